/* The JSON writer's look at an article's text (core/json.c S_scan_text
 * and S_clear, static: the file is compiled in here), against a byte by
 * byte one: which bytes need escaping (below 0x20, '"' and '\\'), listed
 * and marked in the bitmap, whether the text is well-formed (all ASCII
 * or not), and for pieces [start, end), whether S_clear finds none of
 * the bitmap's bits over them set, as a walk over those bits does. Texts
 * of many lengths, so of bitmaps of one byte a bit and of two, four and
 * eight. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json.c"

static int S_needs(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

/* Is bit k of the bitmap set? */
static int S_bit(const S_out *o, size_t k) {
  return (int)(o->emap[k / 64] >> (k % 64) & 1);
}

/* S_clear as the walk over the bits of [start, end) says. */
static int S_clear_walk(const S_out *o, size_t start, size_t end) {
  for (size_t k = start >> o->eshift; k <= (end - 1) >> o->eshift; k++)
    if (S_bit(o, k)) return 0;
  return 1;
}

static S_out S_o; /* large: not on the stack */

/* The ways S_scan_text can take here: without AVX2, and with it where
 * the processor has it (S_scan_hw). */
static int S_ways(void) {
#if LEDE__HW && S_SSE2
  return lede__cpu_hw() ? 2 : 1;
#else
  return 1;
#endif
}

static void S_check_by(char *text, size_t n, size_t step, int hw);

/* text[0..n) (well-formed) scanned each way; pieces from every start (or
 * every step-th) to every end (or, past 300 bytes, every step-th)
 * checked. */
static void S_check(char *text, size_t n, size_t step) {
  for (int hw = 0; hw < S_ways(); hw++) S_check_by(text, n, step, hw);
}

static void S_check_by(char *text, size_t n, size_t step, int hw) {
  int ascii = 1;
  for (size_t i = 0; i < n; i++) ascii &= (unsigned char)text[i] < 0x80;
  lede_article a;
  memset(&a, 0, sizeof a);
  a.text = text;
  a.len = n;
  S_out *o = &S_o;
  memset(o, 0x5A, sizeof *o); /* no help from zeros left behind */
  S_out_init(o, NULL, NULL, &a);
  S_scan_text_by(o, hw);
  cr_assert_eq(o->valid, ascii ? 2 : 1, "valid %d, %zu bytes (hw %d)",
               o->valid, n, hw);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (!S_needs((unsigned char)text[i])) continue;
    if (k < S_NESC) cr_assert_eq(o->esc[k], i, "escape %zu at %u, want %zu",
                                 k, o->esc[k], i);
    k++;
  }
  cr_assert_eq(o->nesc, k, "%zu bytes to escape listed, want %zu", o->nesc, k);
  /* each bit set where a byte of its bytes needs escaping */
  for (size_t b = 0; b <= (n - 1) >> o->eshift; b++) {
    int want = 0;
    for (size_t i = b << o->eshift; i < n && i < (b + 1) << o->eshift; i++)
      want |= S_needs((unsigned char)text[i]);
    cr_assert_eq(S_bit(o, b), want, "bit %zu of %zu bytes", b, n);
  }
  for (size_t s = 0; s < n; s += step)
    for (size_t e = s + 1; e <= n; e += (e - s < 300 ? 1 : 37))
      cr_assert_eq(S_clear(o, s, e), S_clear_walk(o, s, e),
                   "[%zu, %zu) of %zu bytes (shift %u)", s, e, n, o->eshift);
}

/* n bytes of words, a byte to escape about every gap bytes (none for
 * gap 0), accented letters and curly quotes unless ascii. */
static char *S_text(size_t n, size_t gap, int ascii, unsigned seed) {
  static const char *const esc[] = {"\"", "\\", "\n", "\t", "\x01"};
  static const char *const wide[] = {"\xC3\xA9", "\xE2\x80\x9C", "\xE2\x80\x94"};
  char *t = malloc(n + 1);
  size_t i = 0;
  while (i < n) {
    seed = seed * 1103515245u + 12345u;
    unsigned r = seed >> 16;
    const char *piece = "word ";
    if (gap && r % gap == 0) piece = esc[r / gap % 5];
    else if (!ascii && r % 7 == 0) piece = wide[r / 7 % 3];
    size_t m = strlen(piece);
    if (i + m > n) piece = " ", m = 1;
    memcpy(t + i, piece, m);
    i += m;
  }
  t[n] = 0;
  return t;
}

Test(json_scan, every_piece_of_short_texts) {
  for (size_t n = 1; n <= 160; n += 3)
    for (size_t gap = 0; gap <= 40; gap += 8)
      for (int ascii = 0; ascii <= 1; ascii++) {
        char *t = S_text(n, gap, ascii, (unsigned)(n * 7 + gap));
        S_check(t, n, 1);
        free(t);
      }
}

Test(json_scan, pieces_of_long_texts) {
  /* one byte a bit up to 4,095 bytes, then two, four, eight bytes */
  static const size_t lens[] = {700, 4095, 4096, 5000, 9000, 17000, 33000};
  for (size_t i = 0; i < sizeof lens / sizeof *lens; i++)
    for (size_t gap = 0; gap <= 3000; gap += 200) {
      char *t = S_text(lens[i], gap, (int)(gap / 200 % 2), (unsigned)gap);
      S_check(t, lens[i], lens[i] / 60 + 1);
      free(t);
    }
}

Test(json_scan, not_well_formed) {
  char t[] = "abc \"d\" \xFF efgh";
  S_out *o = &S_o;
  lede_article a;
  memset(&a, 0, sizeof a);
  a.text = t;
  a.len = strlen(t);
  S_out_init(o, NULL, NULL, &a);
  S_scan_text(o);
  cr_assert_eq(o->valid, 0);
}

/* S_scan_hw against the scan without it, on t[0..n): the same verdict
 * on the UTF-8 and, for a well-formed text, the same bytes listed and
 * marked. */
static S_out S_o2;
static void S_same_ways(char *t, size_t n) {
  lede_article a;
  memset(&a, 0, sizeof a);
  a.text = t;
  a.len = n;
  S_out *o = &S_o, *h = &S_o2;
  S_out_init(o, NULL, NULL, &a);
  S_scan_text_by(o, 0);
  S_out_init(h, NULL, NULL, &a);
  S_scan_text_by(h, 1);
  cr_assert_eq(h->valid, o->valid, "valid %d, want %d: %zu bytes, "
               "%02x %02x %02x %02x at the end", h->valid, o->valid, n,
               n > 3 ? (unsigned char)t[n - 4] : 0,
               n > 2 ? (unsigned char)t[n - 3] : 0,
               n > 1 ? (unsigned char)t[n - 2] : 0,
               n ? (unsigned char)t[n - 1] : 0);
  if (!o->valid) return;
  cr_assert_eq(h->nesc, o->nesc);
  for (size_t k = 0; k < o->nesc && k < S_NESC; k++)
    cr_assert_eq(h->esc[k], o->esc[k]);
  for (size_t w = 0; w <= ((n ? n - 1 : 0) >> o->eshift) / 64; w++) {
    cr_assert_eq(h->emap[w], o->emap[w]);
    cr_assert_eq(h->efirst[w], o->efirst[w]);
  }
}

/* Every sequence of one to three of the bytes that tell UTF-8's cases
 * apart, and of four opening with a lead, in ASCII text: at its start,
 * across a step of 32 bytes, at its end and just before it. */
Test(json_scan, hw_as_without) {
  if (S_ways() < 2) return; /* no AVX2 here: one way */
  static const unsigned char b[] = {
      0x00, 0x0A, 0x1F, 0x20, 0x22, 0x41, 0x5C, 0x7F, 0x80, 0x8F, 0x90,
      0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
      0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF};
  static const unsigned char lead[] = {0xC2, 0xE0, 0xED, 0xF0, 0xF1, 0xF4,
                                       0xF5};
  enum { NB = sizeof b };
  static const size_t at[] = {0, 29, 30, 31, 32, 61, 95};
  char t[128];
  for (size_t len = 1; len <= 4; len++) {
    size_t total = 1;
    for (size_t k = 0; k < len; k++) total *= NB;
    if (len == 4) total = sizeof lead * NB * NB * NB;
    for (size_t c = 0; c < total; c++) {
      unsigned char seq[4];
      size_t x = c;
      for (size_t k = len; k-- > 0;) {
        if (len == 4 && k == 0) seq[0] = lead[x];
        else seq[k] = b[x % NB], x /= NB;
      }
      for (size_t j = 0; j < sizeof at / sizeof *at; j++) {
        if (len == 4 && j % 2) continue;
        memset(t, 'a', sizeof t);
        memcpy(t + at[j], seq, len);
        S_same_ways(t, at[j] + len + 3); /* three bytes after it */
        S_same_ways(t, at[j] + len);     /* at the end */
      }
    }
  }
  /* the random texts of the tests above, and each cut short */
  for (size_t n = 1; n <= 400; n += 7)
    for (int ascii = 0; ascii <= 1; ascii++) {
      char *r = S_text(n, 13, ascii, (unsigned)n);
      for (size_t m = n > 40 ? n - 40 : 0; m <= n; m++) S_same_ways(r, m);
      free(r);
    }
}
