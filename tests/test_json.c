/* lede_json_string: what is escaped, what goes out as it is, wherever in
 * the string (and in an eight-byte group) the byte falls. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "lede.h"
#include "outbuf.h"

#define FFFD "\xEF\xBF\xBD"

typedef struct {
  const char *in;
  size_t n; /* bytes of in (it may hold a NUL) */
  const char *out; /* without the enclosing quotation marks */
} S_row;

#define ROW(in, out) {in, sizeof in - 1, out}

static const S_row S_rows[] = {
    ROW("", ""),
    ROW("a", "a"),
    ROW("abcdefgh", "abcdefgh"),
    ROW("He said \"no\".", "He said \\\"no\\\"."),
    ROW("back\\slash", "back\\\\slash"),
    ROW("line\nbreak\r\n\ttab", "line\\nbreak\\r\\n\\ttab"),
    ROW("\x01\x1f", "\\u0001\\u001f"),
    ROW("nul\0byte", "nul\\u0000byte"),
    ROW("space and tilde ~ and DEL \x7f", "space and tilde ~ and DEL \x7f"),
    /* well-formed UTF-8 goes out as it is, also across a group of eight */
    ROW("caf\xC3\xA9", "caf\xC3\xA9"),
    ROW("abcdefg\xC3\xA9h", "abcdefg\xC3\xA9h"),
    ROW("\xE2\x80\x9CQuoted,\xE2\x80\x9D he wrote \xF0\x9F\x98\x80",
        "\xE2\x80\x9CQuoted,\xE2\x80\x9D he wrote \xF0\x9F\x98\x80"),
    /* each byte that is not part of well-formed UTF-8 is one U+FFFD */
    ROW("\x80", FFFD),
    ROW("abcdefghij\xFF", "abcdefghij" FFFD),
    ROW("abcdefgh\xE2\x80", "abcdefgh" FFFD FFFD), /* cut short */
    ROW("\xC0\xAF overlong", FFFD FFFD " overlong"),
    ROW("\xED\xA0\x80 surrogate", FFFD FFFD FFFD " surrogate"),
};

static void S_check(const char *in, size_t n, const char *out, size_t outn) {
  S_buf b = {0};
  cr_assert_eq(lede_json_string(in, n, S_write, &b), LEDE_OK);
  cr_assert_eq(b.n, outn + 2, "length %zu, want %zu", b.n, outn + 2);
  cr_assert_eq(b.p[0], '"');
  cr_assert_eq(b.p[b.n - 1], '"');
  cr_assert(memcmp(b.p + 1, out, outn) == 0, "for %.*s: got %.*s",
            (int)n, in, (int)b.n, b.p);
  free(b.p);
}

Test(json, escapes_by_table) {
  for (size_t i = 0; i < sizeof S_rows / sizeof *S_rows; i++)
    S_check(S_rows[i].in, S_rows[i].n, S_rows[i].out, strlen(S_rows[i].out));
}

/* One byte to escape at every place of strings of 1 to 40 letters. */
Test(json, a_byte_to_escape_anywhere) {
  static const struct {
    char c;
    const char *esc;
  } k[] = {{'"', "\\\""}, {'\\', "\\\\"}, {'\n', "\\n"}, {'\x02', "\\u0002"}};
  char in[41], want[48];
  for (size_t n = 1; n <= 40; n++)
    for (size_t at = 0; at < n; at++)
      for (size_t j = 0; j < sizeof k / sizeof *k; j++) {
        memset(in, 'x', n);
        in[at] = k[j].c;
        size_t e = strlen(k[j].esc);
        memset(want, 'x', at);
        memcpy(want + at, k[j].esc, e);
        memset(want + at + e, 'x', n - at - 1);
        S_check(in, n, want, n - 1 + e);
      }
}

/* An invalid byte anywhere, and one well-formed two-byte character. */
Test(json, invalid_and_multibyte_anywhere) {
  char in[41], want[64];
  for (size_t n = 2; n <= 40; n++)
    for (size_t at = 0; at + 1 < n; at++) {
      memset(in, 'y', n);
      in[at] = '\xFE';
      memset(want, 'y', at);
      memcpy(want + at, FFFD, 3);
      memset(want + at + 3, 'y', n - at - 1);
      S_check(in, n, want, n + 2);
      in[at] = '\xC3';
      in[at + 1] = '\xB1'; /* n with tilde */
      memcpy(want, in, n);
      S_check(in, n, want, n);
    }
}

/* in[0..n) as the writer must give it: what utf8proc takes as a code
 * point goes out as it is, every other byte from 0x80 as U+FFFD (in
 * holds no byte below 0x80 that needs escaping). */
static size_t S_want_utf8(const char *in, size_t n, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t r = (unsigned char)in[i] < 0x80
                             ? 1
                             : utf8proc_iterate((const utf8proc_uint8_t *)in + i,
                                                (utf8proc_ssize_t)(n - i), &cp);
    if (r < 1) {
      memcpy(out + o, FFFD, 3);
      o += 3;
      i++;
    } else {
      memcpy(out + o, in + i, (size_t)r);
      o += (size_t)r;
      i += (size_t)r;
    }
  }
  return o;
}

/* Every lead byte from 0x80 with second bytes on each side of the
 * ranges UTF-8 allows (overlongs E0 80-9F and F0 80-8F, surrogates
 * ED A0-BF, F4 90 and up, lone continuation bytes, sequences cut
 * short), at places across a group of eight or sixteen and at the very
 * end of the string: accepted exactly as utf8proc accepts them. */
Test(json, utf8_as_utf8proc_takes_it) {
  static const unsigned char second[] = {0x41, 0x7F, 0x80, 0x8F, 0x90,
                                         0x9F, 0xA0, 0xBF, 0xC0, 0xE2};
  static const unsigned char later[] = {0x80, 0xBF, 0x41};
  static const size_t at[] = {0, 1, 7, 8, 9, 15, 16, 17, 23};
  char in[64], want[256];
  for (unsigned b0 = 0x80; b0 <= 0xFF; b0++)
    for (size_t k1 = 0; k1 < sizeof second; k1++)
      for (size_t k2 = 0; k2 < sizeof later; k2++)
        for (size_t k3 = 0; k3 < sizeof later; k3++)
          for (size_t p = 0; p < sizeof at / sizeof *at; p++)
            for (size_t tail = 0; tail <= 3; tail += 3) {
              const unsigned char seq[4] = {(unsigned char)b0, second[k1],
                                            later[k2], later[k3]};
              for (size_t len = 1; len <= 4; len++) {
                size_t n = at[p] + len + tail;
                memset(in, 'v', n);
                memcpy(in + at[p], seq, len);
                S_check(in, n, want, S_want_utf8(in, n, want));
              }
            }
}

/* A well-formed character, then a byte to escape anywhere after it: the
 * scan goes on past the character and still stops at the byte. */
Test(json, escape_after_multibyte) {
  char in[48], want[64];
  for (size_t n = 3; n <= 48; n++)
    for (size_t at = 0; at + 2 < n; at++)
      for (size_t q = at + 2; q < n; q++) {
        memset(in, 'w', n);
        in[at] = '\xC3';
        in[at + 1] = '\xA9'; /* e with acute */
        in[q] = '"';
        memcpy(want, in, q);
        memcpy(want + q, "\\\"", 2);
        memset(want + q + 2, 'w', n - q - 1);
        S_check(in, n, want, n + 1);
      }
}

/* Longer than the writer's buffer, with escapes near its end. */
Test(json, longer_than_a_buffer) {
  size_t n = 10000;
  char *in = malloc(n), *want = malloc(n + 2);
  cr_assert(in && want);
  memset(in, 'z', n);
  in[4095] = '"';
  in[n - 1] = '\t';
  memcpy(want, in, 4095);
  memcpy(want + 4095, "\\\"", 2);
  memset(want + 4097, 'z', n - 4097);
  memcpy(want + n, "\\t", 2);
  S_check(in, n, want, n + 2);
  free(in);
  free(want);
}

/* A writer that fails on its first call; it must not be called again. */
static int S_fail(void *ud, const char *s, size_t n) {
  (void)s;
  (void)n;
  ++*(int *)ud;
  return 1;
}

Test(json, a_failed_write_is_reported_once) {
  int calls = 0;
  size_t n = 20000;
  char *in = malloc(n);
  cr_assert_not_null(in);
  memset(in, 'w', n);
  for (size_t i = 0; i < n; i += 97) in[i] = '"';
  cr_assert_eq(lede_json_string(in, n, S_fail, &calls), LEDE_EWRITE);
  cr_assert_eq(calls, 1);
  /* a whole article: its text many times over the buffer */
  for (size_t i = 0; i < n; i += 50) in[i] = '\n';
  lede_article *a = NULL;
  cr_assert_eq(lede_parse(in, n, NULL, &a), LEDE_OK);
  calls = 0;
  cr_assert_eq(lede_article_json(a, "id", S_fail, &calls), LEDE_EWRITE);
  cr_assert_eq(calls, 1);
  lede_article_free(a);
  free(in);
}

/* ==== lede_article_json's pieces against lede_json_string ============== */

/* s[0..n) as lede_json_string writes it, NUL-ended (to free). */
static char *S_js(const char *s, size_t n) {
  S_buf b = {0};
  cr_assert_eq(lede_json_string(s, n, S_write, &b), LEDE_OK);
  cr_assert_eq(S_write(&b, "", 1), 0);
  return b.p;
}

/* Is the NUL-ended pattern in the n bytes at p? */
static int S_has(const char *p, size_t n, const char *pat) {
  size_t m = strlen(pat);
  for (size_t i = 0; i + m <= n; i++)
    if (!memcmp(p + i, pat, m)) return 1;
  return 0;
}

static void S_expect(const S_buf *out, const char *pat) {
  cr_assert(S_has(out->p, out->n, pat), "not in the JSON: %s", pat);
}

/* "key":{"text":...,"start":...,"end":...}, for span r of text t, or
 * "key":null, without one (has 0), at p (room for m bytes); its length. */
static int S_opt_span(char *p, size_t m, const char *key, const char *t,
                      int has, lede_span r) {
  if (!has) return snprintf(p, m, "\"%s\":null,", key);
  char *x = S_js(t + r.start, r.end - r.start);
  int k = snprintf(p, m, "\"%s\":{\"text\":%s,\"start\":%zu,\"end\":%zu},",
                   key, x, r.start, r.end);
  free(x);
  return k;
}

/* "part":"...","paragraph":N|null of block b, as the accessors give
 * them, at p (room for m bytes). */
static void S_where(char *p, size_t m, const lede_article *a, size_t b) {
  size_t para = lede_block_paragraph(a, b);
  int k = snprintf(p, m, "\"part\":\"%s\",\"paragraph\":",
                   lede_part_name(lede_block_part(a, b)));
  if (para == LEDE_NONE) snprintf(p + k, m - (size_t)k, "null");
  else snprintf(p + k, m - (size_t)k, "%zu", para + 1);
}

/* Every entity's name, count, title, role, aliases and mentions (with
 * their place and kind), every sentence (in its paragraph and with its
 * place in the page's), every quote's cue, lemma, fragments and place,
 * as the accessors give them and lede_json_string escapes them, must be
 * in the article's JSON: the writer reads the entities where they are,
 * copies short pieces itself, keeps the lemmas it wrote, writes a
 * record's place with its last span, and skips the check for a cut in a
 * sequence in an ASCII text. */
static void S_pieces(const char *text) {
  lede_article *a = NULL;
  cr_assert_eq(lede_parse(text, strlen(text), NULL, &a), LEDE_OK);
  S_buf out = {0};
  cr_assert_eq(lede_article_json(a, NULL, S_write, &out), LEDE_OK);
  const char *t = lede_text(a, NULL);
  char pat[4096];
  cr_assert_gt(lede_entity_count(a), 2);
  for (size_t i = 0; i < lede_entity_count(a); i++) {
    lede_span s = lede_entity_name(a, i), r;
    char *name = S_js(t + s.start, s.end - s.start);
    int k = snprintf(pat, sizeof pat,
                     "{\"name\":%s,\"type\":\"%s\",\"count\":%zu,", name,
                     lede_entity_type_name(lede_entity_type_of(a, i)),
                     lede_entity_mention_count(a, i));
    free(name);
    int has = lede_entity_title(a, i, &r);
    k += S_opt_span(pat + k, sizeof pat - (size_t)k, "title", t, has, r);
    has = lede_entity_role(a, i, &r);
    k += S_opt_span(pat + k, sizeof pat - (size_t)k, "role", t, has, r);
    k += snprintf(pat + k, sizeof pat - (size_t)k, "\"aliases\":[");
    for (size_t j = 0; j < lede_entity_alias_count(a, i); j++) {
      r = lede_entity_alias(a, i, j);
      char *x = S_js(t + r.start, r.end - r.start);
      k += snprintf(pat + k, sizeof pat - (size_t)k, "%s%s", j ? "," : "", x);
      free(x);
    }
    snprintf(pat + k, sizeof pat - (size_t)k, "],\"mentions\":[");
    S_expect(&out, pat);
    for (size_t j = 0; j < lede_entity_reference_count(a, i); j++) {
      r = lede_entity_reference(a, i, j);
      char *x = S_js(t + r.start, r.end - r.start), where[96];
      S_where(where, sizeof where, a, lede_entity_reference_block(a, i, j));
      snprintf(pat, sizeof pat,
               "{\"text\":%s,\"start\":%zu,\"end\":%zu,%s,\"kind\":\"%s\"}", x,
               r.start, r.end, where,
               lede_mention_kind_name(lede_entity_reference_kind(a, i, j)));
      free(x);
      S_expect(&out, pat);
    }
  }
  for (size_t i = 0; i < lede_sentence_count(a); i++) {
    lede_span s = lede_sentence_span(a, i);
    char *x = S_js(t + s.start, s.end - s.start), where[96];
    snprintf(pat, sizeof pat, "{\"text\":%s,\"start\":%zu,\"end\":%zu,", x,
             s.start, s.end);
    S_expect(&out, pat);
    /* in the page's sentences, with its place */
    S_where(where, sizeof where, a, lede_sentence_block(a, i));
    snprintf(pat, sizeof pat, "{\"text\":%s,\"start\":%zu,\"end\":%zu,%s}",
             x, s.start, s.end, where);
    free(x);
    S_expect(&out, pat);
  }
  /* each quote's cue with its lemma, its fragments and its place */
  cr_assert_gt(lede_quote_count(a), 0);
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    lede_span s;
    const char *lemma = lede_quote_cue_lemma(a, i);
    if (lede_quote_cue(a, i, &s) && lemma) {
      char *x = S_js(t + s.start, s.end - s.start);
      char *l = S_js(lemma, strlen(lemma));
      snprintf(pat, sizeof pat,
               "\"cue\":{\"text\":%s,\"start\":%zu,\"end\":%zu,\"lemma\":%s}",
               x, s.start, s.end, l);
      free(x);
      free(l);
      S_expect(&out, pat);
    }
    int k = snprintf(pat, sizeof pat, "\"fragments\":[");
    for (size_t j = 0; j < lede_quote_fragment_count(a, i); j++) {
      s = lede_quote_fragment(a, i, j);
      char *x = S_js(t + s.start, s.end - s.start);
      k += snprintf(pat + k, sizeof pat - (size_t)k,
                    "%s{\"text\":%s,\"start\":%zu,\"end\":%zu}", j ? "," : "",
                    x, s.start, s.end);
      free(x);
    }
    char where[96];
    S_where(where, sizeof where, a, lede_quote_block(a, i));
    snprintf(pat + k, sizeof pat - (size_t)k, "],%s}", where);
    S_expect(&out, pat);
  }
  free(out.p);
  lede_article_free(a);
}

Test(json, article_pieces_as_json_strings) {
  /* ASCII only; accents and curly quotes; a quotation mark, a tab and a
   * backslash inside names and sentences; names of every length up to
   * past sixteen bytes */
  S_pieces("Talks resume in Geneva\n\n"
           "GENEVA (Reuters) - Foreign Minister Ann Lee met John Smith on "
           "Monday. Lee said \"we agreed\" on a plan. Smith, the envoy, left "
           "for Oslo. Bo Li and Jo Wu of the United Nations Development "
           "Programme watched.\n\n"
           "Lee later met Smith again in Geneva with the\tUnited Nations "
           "Development Programme, a back\\slash in hand.\n");
  S_pieces("Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
           "e talks\n\n"
           "PARIS \xE2\x80\x94 Fran\xC3\xA7ois Hollande met Ang\xC3\xA9la "
           "M\xC3\xBCller on Tuesday. \xE2\x80\x9CWe agreed,\xE2\x80\x9D "
           "Hollande said. M\xC3\xBCller, the chancellor, flew to "
           "Z\xC3\xBCrich. Jos\xC3\xA9 \xC3\x81lvarez watched.\n\n"
           "Hollande met M\xC3\xBCller again in Z\xC3\xBCrich \"for "
           "lunch\".\n");
  /* a pronoun resolved to an entity (more references than mentions);
   * a byte that is not UTF-8 in a name; a quote split by its speaker */
  S_pieces("Talks resume in Geneva\n\n"
           "GENEVA (Reuters) - Foreign Minister Ann Lee met John Smith on "
           "Monday. \"We will win,\" he said. Lee said \"we agreed\" on a "
           "plan.\n\nSmith left for Oslo with Bo \xFFLi. \"We agreed,\" "
           "Smith said, \"and we will sign it in May.\"\n");
}

/* The id (as a date's value and a cue's lemma, S_cstr): short plain
 * strings are checked a word at a time and copied, others escaped by
 * S_str. */
Test(json, ids_as_json_strings) {
  static const char *const ids[] = {
      "", "a", "doc-17", "0123456789abcdef0123456789abcdef",
      "0123456789abcdef0123456789abcdefg", "say \"no\"", "back\\slash",
      "tab\there", "line\n", "caf\xC3\xA9", "bad\xFF", "~\x7f"};
  lede_article *a = NULL;
  const char *text = "A title\n\nA paragraph that says little.\n";
  cr_assert_eq(lede_parse(text, strlen(text), NULL, &a), LEDE_OK);
  for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
    S_buf out = {0};
    cr_assert_eq(lede_article_json(a, ids[i], S_write, &out), LEDE_OK);
    char *x = S_js(ids[i], strlen(ids[i]));
    char pat[256];
    snprintf(pat, sizeof pat, "{\"id\":%s,\"lede\":", x);
    cr_assert(out.n > strlen(pat) && !memcmp(out.p, pat, strlen(pat)),
              "id %s: %.*s", x, (int)strlen(pat), out.p);
    free(x);
    free(out.p);
  }
  /* every length up to past 32 bytes, a byte to escape (or not UTF-8)
   * at each place in it, or none */
  static const char bad[] = {'"', '\\', '\n', '\x01', '\x80'};
  for (size_t n = 1; n <= 34; n++)
    for (size_t at = 0; at <= n; at++)
      for (size_t b = 0; b < sizeof bad; b++) {
        char id[40], pat[256];
        memset(id, 'a' + (char)(n % 26), n);
        id[n] = 0;
        if (at < n) id[at] = bad[b];
        S_buf out = {0};
        cr_assert_eq(lede_article_json(a, id, S_write, &out), LEDE_OK);
        char *x = S_js(id, n);
        snprintf(pat, sizeof pat, "{\"id\":%s,\"lede\":", x);
        cr_assert(out.n > strlen(pat) && !memcmp(out.p, pat, strlen(pat)),
                  "id %s: %.*s", x, (int)strlen(pat), out.p);
        free(x);
        free(out.p);
      }
  lede_article_free(a);
}
