/* The page's layout: cut the text into blocks and tell the story from the
 * furniture around it.
 *
 * One pass cuts lines into units (a paragraph: one line, or a hard-wrapped
 * run of lines); each unit gets features from a bounded look at its ends, so
 * a 50 MB paragraph costs one scan; a small state machine (header, body,
 * footer) then gives each unit its part, looking at most a few units ahead.
 * Units pass through a fixed window, so memory does not grow with them.
 * The rules are general: openings and labels come from the word lists in
 * data/lex/, never from any one outlet's page. */
#include <string.h>
/* Words are counted, and digits looked for, sixteen bytes a step with
 * SSE2 where the compiler targets it (LEDE_NO_SSE2: never), else fewer. */
#if defined(__SSE2__) && !defined(LEDE_NO_SSE2)
#include <emmintrin.h>
#define S_SSE2 1
#else
#define S_SSE2 0
#endif

#include "internal.h"
#include "lexicon.h"
#include "month_names_other.h"
#include "tokens.h"

enum {
  U_TERMINAL = 1 << 0,  /* ends with . ? ! ... (before closing marks) */
  U_RELATED = 1 << 1,   /* "Also read: ..." */
  U_CAPTION = 1 << 2,   /* has an image credit marker */
  U_BOILER = 1 << 3,    /* share/subscribe/cookie/... furniture */
  U_FOOTER = 1 << 4,    /* opens the footer: "COMMENTS" */
  U_BYLINE = 1 << 5,    /* "By ...", "Our Correspondent", "Reuters" */
  U_DATELINE = 1 << 6,  /* a dateline alone: "ISLAMABAD:" */
  U_DL_START = 1 << 7,  /* a paragraph opening with a dateline */
  U_DATE = 1 << 8,      /* a line that is mostly a date */
  U_HAS_DATE = 1 << 9,  /* a date somewhere in a short unit */
  U_NAMES = 1 << 10,    /* 1-6 capitalized words: maybe a bare byline */
  U_UPDATED = 1 << 11,  /* the date is introduced by "Updated" */
  U_STRONG = 1 << 12,   /* furniture even if it reads like prose */
  U_WORDS_LOW = 1 << 13, /* words stopped at their cap: see S_words */
  U_HEADED = 1 << 14     /* has its S_head_features */
};

#define SHORT_UNIT 300 /* bytes: furniture is never longer */
#define WORD_CAP 81 /* every rule that counts words stops below this */
/* Most rules look no further than 20 words, and most no further than 8:
 * units count to 9, and the rules that need more recount (S_words; S_prose
 * of a unit with no stop). With every feature (S_all_features) they count
 * to 21, as they used to. */
#define PROSE_WORDS 21
#define BODY_WORDS 9

typedef struct {
  lede_span span; /* trimmed */
  unsigned flags;
  unsigned words; /* capped at WORD_CAP, or at its count's cap if U_WORDS_LOW */
  lede_span date; /* a date in the unit, if U_HAS_DATE */
  int y, m, d;
  /* dateline pieces, if U_DATELINE or U_DL_START */
  lede_span place, agency, rest;
  /* caption pieces, if U_CAPTION */
  lede_span caption, credit;
  /* byline text (without the date), if U_BYLINE */
  lede_span byline;
} S_unit;

typedef LEDE__VEC(S_unit) S_units;

/* Nonzero: every unit gets all its features, whatever the state, and the
 * word lists are asked without the filters before them (a test compares
 * the two ways). */
static int S_all_features;

/* ==== Small scanners ==================================================== */

/* lede__lex_prefix, asked only when some entry opens with s's first byte
 * (in lower case, as the list's index has them) and, when none is that
 * byte alone, s's second byte is between the second bytes of the first
 * and the last of them (sorted): most openings are told by the index
 * and two entries, without the call. */
static inline size_t S_prefix(const lede__lexicon *lx, const char *s,
                              size_t n) {
  if (n && lx->first && !S_all_features) {
    unsigned char c = (unsigned char)s[0];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c | 0x20);
    size_t lo = lx->first[c], hi = lx->first[c + 1];
    if (lo == hi) return 0;
    unsigned char w1 = (unsigned char)lx->words[lo][1];
    if (n > 1 && w1) {
      c = (unsigned char)s[1];
      if (c >= 'A' && c <= 'Z') c = (unsigned char)(c | 0x20);
      if (c < w1 || c > (unsigned char)lx->words[hi - 1][1]) return 0;
    }
  }
  return lede__lex_prefix(lx, s, n);
}

/* S_prefix answers as lede__lex_prefix of each list layout asks it of,
 * for each entry, the entry in capitals, followed by a space or a
 * letter, cut short, and with its second byte each byte from ' ' to
 * 'z' and 0x80 and up (for a test): NULL if so. */
const char *lede__layout_check_prefix(void);
const char *lede__layout_check_prefix(void) {
  const lede__lexicon *lists[] = {
      &lede__lex_related_prefixes, &lede__lex_boilerplate, &lede__lex_credit_markers,
      &lede__lex_byline_intros,    &lede__lex_staff_bylines, &lede__lex_agencies,
      &lede__lex_salutations};
  char s[80];
  for (size_t k = 0; k < sizeof lists / sizeof *lists; k++) {
    const lede__lexicon *lx = lists[k];
    if (!lx->first) return "a list without an index";
    for (size_t i = 0; i < lx->n; i++) {
      size_t n = strlen(lx->words[i]);
      if (n + 2 > sizeof s) continue;
      for (int v = 0; v < 4 + 96 + 128; v++) {
        memcpy(s, lx->words[i], n);
        size_t m = n;
        if (v == 1) s[m++] = ' ', s[m++] = 'x';
        else if (v == 2) s[m++] = 'x';
        else if (v == 3) m = n / 2 ? n / 2 : 1;
        else if (v >= 4 && n >= 2) s[1] = (char)(v < 100 ? ' ' + (v - 4) : 0x80 + (v - 100));
        else if (v >= 4) continue;
        for (size_t j = 0; v == 0 && j < m; j++)
          if (s[j] >= 'a' && s[j] <= 'z') s[j] = (char)(s[j] - 0x20);
        if (S_prefix(lx, s, m) != lede__lex_prefix(lx, s, m))
          return "S_prefix differs from lede__lex_prefix";
      }
    }
  }
  return NULL;
}

/* A letter or digit at t[pos] (ASCII without decoding); *len gets the
 * code point's length. */
static inline int S_alnum_at(const char *t, size_t pos, size_t end,
                             size_t *len) {
  unsigned char b = (unsigned char)t[pos];
  if (b < 0x80) {
    *len = 1;
    return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
  }
  int32_t c = lede__cp(t, end, pos, len);
  return lede__is_letter(c) || lede__is_digit(c);
}

/* Byte classes for counting words: 1 letter or digit, 2 joins a word
 * when a letter or digit follows (' - . &), 0 separates, 3 not ASCII
 * (decode). */
#define W3 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3
static const unsigned char S_wclass[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 2, 2, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    W3, W3, W3, W3, W3, W3, W3, W3};
#undef W3

/* The class (0, 1 or 2 as above) of the code point at t[pos] (pos < end,
 * not ASCII: ’ joins); *len gets its length. */
static int S_wclass_u_slow(const char *t, size_t pos, size_t end,
                           size_t *len) {
  int32_t c = lede__cp_slow(t, end, pos, len);
  return lede__is_letter(c) || lede__is_digit(c) ? 1 : c == 0x2019 ? 2 : 0;
}

static int S_wclass_u(const char *t, size_t pos, size_t end, size_t *len) {
  /* U+2000 to U+203F, E2 80 80 to E2 80 BF (spaces, dashes, quotes,
   * bullets: no letter or digit), the most of news text's non-ASCII */
  const unsigned char *b = (const unsigned char *)t + pos;
  if (b[0] == 0xE2 && end - pos >= 3 && b[1] == 0x80 && (b[2] & 0xC0) == 0x80) {
    *len = 3;
    return b[2] == 0x99 ? 2 : 0; /* ’ */
  }
  return S_wclass_u_slow(t, pos, end, len);
}

/* S_wclass_u answers as its slow path of every code point it tells by its
 * bytes (for a test): NULL if so. */
const char *lede__layout_check_wclass(void) {
  for (unsigned x = 0x80; x < 0xC0; x++) {
    char u[4] = {(char)0xE2, (char)0x80, (char)x, 'a'};
    size_t l1, l2;
    if (S_wclass_u(u, 0, 4, &l1) != S_wclass_u_slow(u, 0, 4, &l2) || l1 != l2)
      return "S_wclass_u differs from its slow path";
  }
  return NULL;
}

/* Next word [*ws, *we) at or after pos and before end: a run of letters,
 * digits and inner ' ’ - . & characters. Returns 0 if none. */
static int S_next_word(const char *t, size_t pos, size_t end, size_t *ws,
                       size_t *we) {
  const unsigned char *u = (const unsigned char *)t;
  size_t len, l2;
  while (pos < end) {
    int k = S_wclass[u[pos]];
    if (k == 1) break;
    if (k == 3) {
      if (S_wclass_u(t, pos, end, &len) == 1) break;
      pos += len;
      continue;
    }
    pos++;
  }
  if (pos >= end) return 0;
  *ws = pos;
  while (pos < end) {
    int k = S_wclass[u[pos]];
    len = 1;
    if (k == 3) k = S_wclass_u(t, pos, end, &len);
    if (k == 1 ||
        (k == 2 && pos + len < end && S_alnum_at(t, pos + len, end, &l2))) {
      pos += len;
      continue;
    }
    break;
  }
  *we = pos;
  return 1;
}

#if S_SSE2
/* The bits set in each byte value: a sixteen-bit count is two look-ups,
 * where lede__popcount64 without the popcnt instruction takes a dozen. */
#define B2(n) n, n + 1, n + 1, n + 2
#define B4(n) B2(n), B2(n + 1), B2(n + 1), B2(n + 2)
#define B6(n) B4(n), B4(n + 1), B4(n + 1), B4(n + 2)
static const unsigned char S_bits8[256] = {B6(0), B6(1), B6(1), B6(2)};
#undef B2
#undef B4
#undef B6
#endif

/* The number of words S_next_word would find, up to cap, in one pass:
 * skip to a letter or digit, count it, then run to the word's end (a
 * joiner keeps it going only before a letter or digit). */
static unsigned S_count_words(const char *t, lede_span s, unsigned cap) {
  const unsigned char *u = (const unsigned char *)t;
  unsigned n = 0;
  size_t pos = s.start, end = s.end, len;
  while (pos < end) {
    int k;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* Out of a word, eight ASCII bytes a step: a word starts at a letter
     * or digit after neither a letter or digit nor a joiner after one
     * (pa, pj: the letters and digits, and joiners, of the step before) */
    const uint64_t ones = UINT64_C(0x0101010101010101), high = ones << 7;
#if S_SSE2
    {
      /* the same sixteen bytes a step, a bit to a byte (sa, sj: the
       * letters and digits, and joiners, of the step before) */
      unsigned sa = 0, sj = 0;
      int stepped = 0;
      while (pos + 16 <= end) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + pos));
        if (_mm_movemask_epi8(x)) break;
        __m128i y = _mm_or_si128(x, _mm_set1_epi8(0x20));
        __m128i an = _mm_or_si128(
            _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                          _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1))),
            _mm_and_si128(_mm_cmpgt_epi8(y, _mm_set1_epi8('a' - 1)),
                          _mm_cmplt_epi8(y, _mm_set1_epi8('z' + 1))));
        __m128i jn = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('&')),
                         _mm_cmpeq_epi8(x, _mm_set1_epi8('\''))),
            _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('-')),
                         _mm_cmpeq_epi8(x, _mm_set1_epi8('.'))));
        unsigned a16 = (unsigned)_mm_movemask_epi8(an);
        unsigned j16 = (unsigned)_mm_movemask_epi8(jn);
        unsigned st = a16 & ~((a16 << 1) | (sa >> 15)) &
                      ~(((j16 << 1) | (sj >> 15)) & ((a16 << 2) | (sa >> 14))) &
                      0xFFFFu;
        unsigned c = S_bits8[st & 0xFF] + S_bits8[st >> 8];
        if (n + c >= cap) return cap; /* (n < cap here) */
        n += c;
        sa = a16;
        sj = j16;
        pos += 16;
        stepped = 1;
      }
      /* in a word where the steps stop: its run goes on */
      if (stepped && (sa >> 15 & 1)) goto in_word;
      if (stepped && (sj >> 15 & 1) && (sa >> 14 & 1)) {
        pos--;
        goto in_word;
      }
    }
#endif
    uint64_t pa = 0, pj = 0;
    while (pos + 8 <= end) {
      uint64_t x;
      memcpy(&x, u + pos, 8);
      if (x & high) break;
      /* high bit: in the byte range [lo, hi] (bytes below 0x80) */
#define S_RANGE(v, lo, hi) (((v) + ones * (0x80 - (lo))) & ~((v) + ones * (0x7F - (hi))))
      uint64_t y = x | ones * 0x20;
      uint64_t an = (S_RANGE(x, '0', '9') | S_RANGE(y, 'a', 'z')) & high;
      uint64_t jn = (S_RANGE(x, '&', '\'') | S_RANGE(x, '-', '.')) & high;
#undef S_RANGE
      uint64_t st = an & ~((an << 8) | (pa >> 56)) &
                    ~(((jn << 8) | (pj >> 56)) & ((an << 16) | (pa >> 48)));
      for (; st; st &= st - 1)
        if (++n >= cap) return n;
      pa = an;
      pj = jn;
      pos += 8;
    }
    /* in a word where the steps stop: its run goes on */
    if (pa >> 63) goto in_word;
    if ((pj >> 63) && (pa >> 55 & 1)) {
      pos--;
      goto in_word;
    }
#endif
    while (pos < end && !((k = S_wclass[u[pos]]) & 1)) pos++; /* 0, 2 */
    if (pos >= end) break;
    if (k == 3 && S_wclass_u(t, pos, end, &len) != 1) {
      pos += len;
      continue;
    }
    if (++n >= cap) break;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  in_word:
#endif
    /* In the word: letters and digits, joined by ' - . & ’. */
    for (;;) {
      while (pos < end && S_wclass[u[pos]] == 1) pos++;
      if (pos >= end) break;
      k = S_wclass[u[pos]];
      len = 1;
      if (k == 3) k = S_wclass_u(t, pos, end, &len);
      size_t l2;
      if (k == 1) pos += len;
      else if (k == 2 && pos + len < end && S_alnum_at(t, pos + len, end, &l2))
        pos += len + l2;
      else break;
    }
  }
  return n;
}

static int S_is_terminal(int32_t c) {
  return c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x3002 ||
         c == 0xFF01 || c == 0xFF1F;
}

/* Last code point of s, skipping closing quotes and brackets. */
static int32_t S_last_char(const char *t, lede_span s) {
  size_t end = s.end, len;
  while (end > s.start) {
    unsigned char b = (unsigned char)t[end - 1];
    /* most spans end in ASCII that is no quote, bracket or space */
    if (b > ' ' && b < 0x80 && b != '"' && b != '\'' && b != ')' && b != ']')
      return b;
    size_t p = lede__cp_prev(t, end);
    int32_t c = lede__cp(t, end, p, &len);
    if (lede__is_close_quote(c) || c == ')' || c == ']' || lede__is_space(c)) {
      end = p;
      continue;
    }
    return c;
  }
  return 0;
}

static int32_t S_first_char(const char *t, lede_span s) {
  size_t len;
  return s.start < s.end ? lede__cp(t, s.end, s.start, &len) : 0;
}

static size_t S_skip_space(const char *t, size_t pos, size_t end) {
  size_t len;
  while (pos < end && lede__is_space(lede__cp(t, end, pos, &len))) pos += len;
  return pos;
}

/* A separator after a label: ":" "|" "-" "--" "–" "—", or the old wire
 * services' " _ ". Returns the position after it (and following spaces),
 * or 0 if there is none. */
static size_t S_separator(const char *t, size_t pos, size_t end) {
  pos = S_skip_space(t, pos, end);
  if (pos >= end) return 0;
  size_t len;
  int32_t c = lede__cp(t, end, pos, &len);
  if (c == ':' || c == '|' || lede__is_dash(c) ||
      (c == '_' &&
       (pos + 1 >= end || lede__is_space((unsigned char)t[pos + 1])))) {
    pos += len;
    while (pos < end && lede__is_dash(lede__cp(t, end, pos, &len))) pos += len;
    return S_skip_space(t, pos, end);
  }
  return 0;
}

/* ==== Dates ============================================================= */

static int S_num(const char *t, size_t s, size_t e, int *v) {
  if (e - s > 4 || e == s) return 0;
  int x = 0;
  for (size_t i = s; i < e; i++) {
    if (t[i] < '0' || t[i] > '9') return 0;
    x = x * 10 + (t[i] - '0');
  }
  *v = x;
  return 1;
}

/* Month names in other languages that write dates in news pages ("12 mai
 * 2022", "3. März 2021"), from data/lex/date_vocab.tab: English ones come
 * from lede__month_from_name. */
static int S_month(const char *t, size_t n) {
  int m = lede__month_from_name(t, n);
  if (m) return m;
  for (size_t k = 0; k < sizeof S_month_other / sizeof *S_month_other; k++)
    if (lede__eq_ci(t, n, S_month_other[k].name)) return S_month_other[k].month;
  return 0;
}

/* A day number with an optional ordinal suffix: "10", "10th", "1st",
 * "1er". */
static int S_day(const char *t, size_t s, size_t e, int *v) {
  size_t k = s;
  while (k < e && t[k] >= '0' && t[k] <= '9') k++;
  if (k == s || k - s > 2) return 0;
  if (k < e && !(lede__eq_ci(t + k, e - k, "st") ||
                 lede__eq_ci(t + k, e - k, "nd") ||
                 lede__eq_ci(t + k, e - k, "rd") ||
                 lede__eq_ci(t + k, e - k, "th") ||
                 lede__eq_ci(t + k, e - k, "er")))
    return 0;
  S_num(t, s, k, v);
  return *v >= 1 && *v <= 31;
}

static int S_valid(int y, int m, int d) {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
         d <= lede__days_in_month(y, m);
}

/* "D.M.YYYY" as one word. */
static int S_dotted_date(const char *t, size_t s, size_t e, int *y, int *m,
                         int *d) {
  const char *p1 = memchr(t + s, '.', e - s);
  if (!p1) return 0;
  size_t a = (size_t)(p1 - t);
  const char *p2 = memchr(t + a + 1, '.', e - a - 1);
  if (!p2) return 0;
  size_t b = (size_t)(p2 - t);
  return e - b - 1 == 4 && a - s <= 2 && b - a - 1 <= 2 &&
         S_num(t, s, a, d) && S_num(t, a + 1, b, m) && S_num(t, b + 1, e, y) &&
         S_valid(*y, *m, *d);
}

static inline int S_isdigit(char c) { return c >= '0' && c <= '9'; }

/* Is there a run of exactly four digits in t[i, end)? Looks at every
 * fourth byte: a run of four or more covers one of them. */
static int S_has_run4(const char *t, size_t i, size_t end) {
  /* Invariant: i is the start or follows a non-digit. */
  while (i + 4 <= end) {
#if S_SSE2
    if (i + 16 <= end) { /* on to the first digit of sixteen bytes */
      __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
      unsigned m = (unsigned)_mm_movemask_epi8(
          _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                        _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1))));
      if (!m) {
        i += 16;
        continue;
      }
      i += (size_t)__builtin_ctz(m);
      if (i + 4 > end) break;
    }
#endif
    if (!S_isdigit(t[i + 3])) {
      i += 4;
      continue;
    }
    size_t r = i + 3, e = i + 4;
    while (r > i && S_isdigit(t[r - 1])) r--;
    while (e < end && S_isdigit(t[e])) e++;
    if (e - r == 4) return 1;
    i = e + 1;
  }
  return 0;
}

/* Find the first full calendar date in s: "March 10, 2021", "10 March
 * 2021", "Mar. 10 2021", "2021-03-10", "10/03/2021" where unambiguous. */
static int S_find_date(const char *t, lede_span s, int *py, int *pm, int *pd,
                       lede_span *out) {
  /* Every form has a four-digit year: look no further without one. */
  if (!S_has_run4(t, s.start, s.end)) return 0;
  size_t w[3][2];
  size_t pos = s.start;
  int have = 0;
  while (1) {
    /* Keep a window of three consecutive words. */
    if (have == 3) {
      memmove(w[0], w[1], sizeof w[0] * 2);
      have = 2;
    }
    if (!S_next_word(t, pos, s.end, &w[have][0], &w[have][1])) break;
    pos = w[have][1];
    have++;
    /* ISO and numeric forms are one word: 2021-03-10, 10/03/2021. */
    size_t a0 = w[have - 1][0], a1 = w[have - 1][1];
    int y, m, d;
    if (a1 - a0 >= 10 && lede__parse_iso_date(t + a0, a1 - a0, &y, &m, &d)) {
      *py = y, *pm = m, *pd = d;
      *out = (lede_span){a0, a0 + 10};
      return 1;
    }
    /* "10.03.2021": with dots the day comes first (German, Russian...). */
    if (a1 - a0 >= 8 && a1 - a0 <= 10 && S_dotted_date(t, a0, a1, &y, &m, &d)) {
      *py = y, *pm = m, *pd = d;
      *out = (lede_span){a0, a1};
      return 1;
    }
    if (have < 3) {
      /* "10/03/2021" is split by S_next_word at '/': look back instead. */
      continue;
    }
    size_t *x = w[0], *yv = w[1], *z = w[2];
    int mo, da, yr;
    /* Month D(,) YYYY */
    if (z[1] - z[0] == 4 && S_num(t, z[0], z[1], &yr) &&
        S_day(t, yv[0], yv[1], &da) && z[0] - yv[1] <= 3 &&
        (mo = S_month(t + x[0], x[1] - x[0])) && S_valid(yr, mo, da)) {
      *py = yr, *pm = mo, *pd = da;
      *out = (lede_span){x[0], z[1]};
      return 1;
    }
    /* D Month YYYY */
    if (z[1] - z[0] == 4 && S_num(t, z[0], z[1], &yr) &&
        S_day(t, x[0], x[1], &da) && z[0] - yv[1] <= 3 &&
        (mo = S_month(t + yv[0], yv[1] - yv[0])) && S_valid(yr, mo, da)) {
      *py = yr, *pm = mo, *pd = da;
      *out = (lede_span){x[0], z[1]};
      return 1;
    }
    /* D/M/YYYY or M/D/YYYY: the three words are joined by '/', '.' or
     * '-' and one of the first two is over 12. */
    if (S_num(t, x[0], x[1], &da) && S_num(t, yv[0], yv[1], &mo) &&
        S_num(t, z[0], z[1], &yr) && z[1] - z[0] == 4 &&
        yv[0] == x[1] + 1 && z[0] == yv[1] + 1 &&
        t[x[1]] == t[yv[1]] && (t[x[1]] == '/' || t[x[1]] == '.')) {
      int dd = da, mm = mo;
      if (da <= 12 && mo > 12) dd = mo, mm = da;
      else if (!(da > 12 && mo <= 12)) continue;
      if (S_valid(yr, mm, dd)) {
        *py = yr, *pm = mm, *pd = dd;
        *out = (lede_span){x[0], z[1]};
        return 1;
      }
    }
  }
  return 0;
}

/* Is every word of s, apart from the date, a date prefix, weekday, time,
 * time zone or number? Allows `extra` other words, and up to three more
 * (a place: "New Delhi, Updated: May 16, 2022") when a label such as
 * "Updated" or "Published" says what the date is. */
static int S_mostly_date(const char *t, lede_span s, lede_span date,
                         int extra, int *updated) {
  size_t ws, we, pos = s.start;
  int other = 0, label = 0;
  *updated = 0;
  while (S_next_word(t, pos, s.end, &ws, &we)) {
    pos = we;
    if (ws >= date.start && we <= date.end) continue;
    size_t n = we - ws;
    if (lede__lex_has(&lede__lex_date_update_labels, t + ws, n)) {
      *updated = 1;
      label = 1;
      continue;
    }
    if (n >= 5 && lede__lex_has(&lede__lex_date_prefixes, t + ws, n))
      label = 1;
    if (lede__lex_has(&lede__lex_date_prefixes, t + ws, n) ||
        lede__lex_has(&lede__lex_weekdays, t + ws, n) ||
        lede__lex_has(&lede__lex_date_line_words, t + ws, n))
      continue;
    if (t[ws] >= '0' && t[ws] <= '9') continue; /* times, years */
    int caps = 1;
    for (size_t i = ws; i < we; i++)
      if (!(t[i] >= 'A' && t[i] <= 'Z')) caps = 0;
    if (caps && n <= 5) continue; /* GMT, EST, IST, PKT */
    ++other;
  }
  return other <= extra || (label && other <= extra + 3);
}

/* ==== Features ========================================================== */

static int S_related(const char *t, lede_span s) {
  size_t n = s.end - s.start;
  size_t k = S_prefix(&lede__lex_related_prefixes, t + s.start, n);
  if (!k) return 0;
  size_t after = s.start + k;
  if (S_separator(t, after, s.end)) return 1;
  /* "READ MORE Pakistan hosts ...": a two-word opening in capitals. */
  int caps = 1, spaces = 0;
  for (size_t i = s.start; i < after; i++) {
    if (t[i] >= 'a' && t[i] <= 'z') caps = 0;
    if (t[i] == ' ') spaces++;
  }
  return caps && spaces >= 1 && after < s.end && t[after] == ' ';
}

/* u->words capped at WORD_CAP: units first count only to BODY_WORDS (or 1:
 * S_features). */
static unsigned S_words(const char *t, S_unit *u) {
  if (u->flags & U_WORDS_LOW) {
    u->words = S_count_words(t, u->span, WORD_CAP);
    u->flags &= ~(unsigned)U_WORDS_LOW;
  }
  return u->words;
}

/* Page furniture: U_BOILER, plus U_STRONG where it may read like prose
 * ("We use cookies to ...", "Our Standards: ...", "... contributed to this
 * report."): a multi-word opening from the boilerplate list, or a
 * credit-line ending, in a unit of at most 40 words. */
static unsigned S_boiler(const char *t, S_unit *u) {
  lede_span s = u->span;
  size_t start = s.start;
  if (start < s.end && (t[start] == '(' || t[start] == '[')) start++;
  size_t n = s.end - start;
  if (n >= 2 && (unsigned char)t[start] == 0xC2 &&
      (unsigned char)t[start + 1] == 0xA9)
    return U_BOILER; /* (c) sign */
  size_t k = S_prefix(&lede__lex_boilerplate, t + start, n);
  if (k) {
    int multi = memchr(t + start, ' ', k) != NULL;
    if (multi && S_words(t, u) <= 40) return U_BOILER | U_STRONG;
    size_t sep = S_skip_space(t, start + k, s.end);
    if (multi || u->words <= 3 || (sep < s.end && t[sep] == ':'))
      return U_BOILER;
  }
  /* The ending first: it is cheaper than a full word count. */
  size_t end = s.end;
  while (end > s.start && (t[end - 1] == '.' || t[end - 1] == ' ')) end--;
  /* (an entry after a space: looked up at each space its lengths allow;
   * with every feature, each entry compared) */
  const lede__lexicon *lx = &lede__lex_boilerplate_endings;
  size_t lo = lx->first ? lx->minlen : 1;
  size_t hi = lx->first ? lx->maxlen : end - s.start;
  int ending = 0;
  if (!S_all_features) {
    /* the spaces at q = end - m - 1, m from lo to hi (and below end -
     * s.start): q from end - lo - 1 down to q0 */
    if (end - s.start > lo) {
      size_t q0 = end - s.start > hi ? end - hi - 1 : s.start;
      for (size_t q = end - lo; q-- > q0 && !ending;)
        if (t[q] == ' ')
          ending = lede__lex_maybe(lx, t + q + 1, end - q - 1) &&
                   lede__lex_has(lx, t + q + 1, end - q - 1);
    }
  } else {
    for (size_t i = 0; i < lx->n && !ending; i++) {
      size_t m = strlen(lx->words[i]);
      ending = end - s.start > m && t[end - m - 1] == ' ' &&
               lede__eq_ci(t + end - m, m, lx->words[i]);
    }
  }
  if (ending) return S_words(t, u) <= 40 ? U_BOILER | U_STRONG : 0;
  if (u->words <= 5) {
    /* "3 min read", "5 minute read": asked where an 'm' is */
    for (size_t i = s.start; i + 8 <= s.end; i++)
      if ((S_all_features || (t[i] | 0x20) == 'm') &&
          (lede__eq_ci(t + i, 8, "min read") ||
           (i + 11 <= s.end && lede__eq_ci(t + i, 11, "minute read")) ||
           (i + 9 <= s.end && lede__eq_ci(t + i, 9, "mins read"))))
        return U_BOILER;
  }
  return 0;
}

static int S_footer(const char *t, lede_span s) {
  if (s.end - s.start > 60) return 0;
  size_t a = s.start, b = s.end;
  /* Strip a count: "Comments (12)", "12 comments", "Comments 3". */
  while (a < b && ((t[a] >= '0' && t[a] <= '9') || t[a] == ' ')) a++;
  while (b > a && ((t[b - 1] >= '0' && t[b - 1] <= '9') || t[b - 1] == ' ' ||
                   t[b - 1] == '(' || t[b - 1] == ')' || t[b - 1] == ':'))
    b--;
  return b > a && lede__lex_has(&lede__lex_footer_markers, t + a, b - a);
}

static int S_cap_word(const char *t, size_t ws, size_t we);

/* Does a credit without a colon ("Photo by ...", "courtesy of ...") at pos
 * stand where a credit can: at the start, after a bracket, or after the
 * caption's last sentence? ("Listen to the interview here, courtesy of
 * BuzzFeed:" is prose.) */
static int S_caption_stop(const char *t, size_t start, size_t pos) {
  lede_span b = lede__trim(t, (lede_span){start, pos});
  if (b.end == b.start) return 1;
  char c = t[b.end - 1];
  return c == '(' || c == '[' || c == '.' || c == '|' || c == '-' ||
         c == '!' || c == '?';
}

/* A credit trailing a caption after its last sentence: a few capitalized
 * words with a slash, one of them an agency or in capitals
 * ("REUTERS/Jane Doe/File Photo", "THOMAS DUVAL / AFP"). Splits s into
 * caption and credit; returns 0 (leaving them) if there is none. */
static int S_trailer_credit(const char *t, lede_span s, lede_span *caption,
                            lede_span *credit) {
  size_t cut = 0;
  for (size_t i = s.end - 1; i > s.start && s.end - i <= 101; i--)
    if ((t[i - 1] == '.' || t[i - 1] == '?' || t[i - 1] == '!') &&
        t[i] == ' ') {
      cut = i;
      break;
    }
  if (!cut) return 0;
  lede_span tr = lede__trim(t, (lede_span){cut, s.end});
  if (tr.end == tr.start || !memchr(t + tr.start, '/', tr.end - tr.start) ||
      tr.end - tr.start > 100 || S_is_terminal(S_last_char(t, tr)))
    return 0;
  size_t ws, we, pos = tr.start;
  unsigned words = 0;
  int strong = 0;
  while (S_next_word(t, pos, tr.end, &ws, &we)) {
    pos = we;
    if (++words > 8 || !S_cap_word(t, ws, we)) return 0;
    int caps = we - ws >= 2;
    for (size_t i = ws; i < we; i++)
      if (t[i] >= 'a' && t[i] <= 'z') caps = 0;
    if (caps || lede__lex_has(&lede__lex_agencies, t + ws, we - ws))
      strong = 1;
  }
  if (!words || !strong) return 0;
  *caption = lede__trim(t, (lede_span){s.start, cut});
  *credit = tr;
  return 1;
}

/* An image credit: "... PHOTO: AFP", "(Photo: AFP)", "Image: Getty",
 * "Photo by Jane Doe/Getty". */
static int S_caption(const char *t, S_unit *u) {
  lede_span s = u->span;
  if (s.end - s.start > 800) return 0;
  size_t pos = s.start;
  /* A marker opens the unit, follows a bracket, or opens a credit that
   * runs to the end (at most 100 bytes): look nowhere else. */
  size_t tail = s.end - s.start > 130 ? s.end - 130 : s.start;
  /* A unit ending a sentence has no credit at its end. */
  if (u->flags & U_TERMINAL) tail = s.end;
  /* The next '(' and '[' at or after the scan point (s.end if none; NULL
   * until searched), so the text before the tail is searched once. */
  const char *np = NULL, *nb = NULL;
  for (;; pos++) {
    /* Next candidate: after a bracket, or a word start in the tail. */
    if (pos > s.start) {
      if (pos < tail) {
        const char *from = t + pos - 1;
        if (!np || np < from) {
          np = memchr(from, '(', s.end - (pos - 1));
          if (!np) np = t + s.end;
        }
        if (!nb || nb < from) {
          nb = memchr(from, '[', s.end - (pos - 1));
          if (!nb) nb = t + s.end;
        }
        size_t q = (size_t)((np < nb ? np : nb) - t);
        pos = q + 1 < tail ? q + 1 : tail;
      }
      while (pos < s.end) {
        char p = t[pos - 1];
        if (p == '(' || p == '[') break;
        if (pos >= tail && (p == ' ' || p == '|' || p == '\n' ||
                            p == '\r' || p == '\t'))
          break;
        pos++;
      }
    }
    if (pos >= s.end) break;
    if (!((t[pos] | 0x20) >= 'a' && (t[pos] | 0x20) <= 'z')) continue;
    size_t k =
        S_prefix(&lede__lex_credit_markers, t + pos, s.end - pos);
    if (!k) continue;
    size_t after = pos + k, cs;
    size_t sp = S_skip_space(t, after, s.end);
    if (sp < s.end && t[sp] == ':') cs = S_skip_space(t, sp + 1, s.end);
    else if ((lede__eq_ci(t + after - 2, 2, "by") ||
              lede__eq_ci(t + pos, k, "courtesy")) &&
             S_caption_stop(t, s.start, pos))
      cs = sp;
    else {
      pos = after;
      continue;
    }
    int paren = pos > s.start && (t[pos - 1] == '(' || t[pos - 1] == '[');
    lede_span credit = {cs, s.end};
    if (paren) {
      const char *close = memchr(t + cs, t[pos - 1] == '(' ? ')' : ']',
                                 s.end - cs);
      if (close) credit.end = (size_t)(close - t);
    }
    credit = lede__trim(t, credit);
    lede_span before = {s.start, paren ? pos - 1 : pos};
    before = lede__trim(t, before);
    while (before.end > before.start &&
           (t[before.end - 1] == '|' || t[before.end - 1] == '-'))
      before.end--, before = lede__trim(t, before);
    unsigned cw = S_count_words(t, credit, 20);
    if (before.end == before.start && cw > 8) {
      /* "FILE PHOTO: A man walks past ...": all caption, and a credit
       * only if one trails it ("... 2021. REUTERS/Jane Doe"). */
      u->caption = credit;
      u->credit = (lede_span){0, 0};
      S_trailer_credit(t, credit, &u->caption, &u->credit);
      return 1;
    }
    if (cw == 0 || cw > 8 || credit.end - credit.start > 100 ||
        (paren ? 0 : credit.end != lede__trim(t, s).end &&
                         credit.end + 1 != s.end))
      return 0;
    u->caption = before.end > before.start ? before : credit;
    u->credit = credit;
    return 1;
  }
  /* No marker: "Passengers at Orly, 11 May 2022. THOMAS DUVAL / AFP". */
  return s.end - s.start <= 400 && !(u->flags & U_TERMINAL) &&
         S_trailer_credit(t, s, &u->caption, &u->credit);
}

static int S_cap_word(const char *t, size_t ws, size_t we) {
  size_t len;
  int32_t c = lede__cp(t, we, ws, &len);
  if (lede__is_upper(c)) return 1;
  return lede__lex_has(&lede__lex_name_particles, t + ws, we - ws);
}

/* " and " (" et ", " und ") at s[i]: its length, or 0. */
static size_t S_and(const char *t, size_t i, size_t end) {
  static const char *const ands[] = {" and ", " et ", " und "};
  for (size_t k = 0; k < sizeof ands / sizeof *ands; k++) {
    size_t n = strlen(ands[k]);
    if (i + n <= end && lede__eq_ci(t + i, n, ands[k])) return n;
  }
  return 0;
}

/* Split a byline's names ("Jane Smith and Ali Khan, Reuters") into
 * authors. Returns how many were added. */
static size_t S_authors(lede_article *a, lede_span s) {
  const char *t = a->text;
  size_t added = 0, pos = s.start;
  while (pos < s.end) {
    /* One segment: up to , ; | & or " and ". */
    size_t seg_end = pos, sep = 0;
    while (seg_end < s.end) {
      char c = t[seg_end];
      if (c == ',' || c == ';' || c == '|' || c == '&') break;
      if (c == ' ' && (sep = S_and(t, seg_end, s.end))) break;
      seg_end++;
    }
    lede_span seg = lede__trim(t, (lede_span){pos, seg_end});
    size_t next = seg_end;
    if (next < s.end) next += (t[next] == ' ') ? sep : 1;
    pos = next;
    if (seg.end == seg.start) continue;
    size_t n = seg.end - seg.start;
    /* "Jane Smith in London": drop the place. */
    size_t ws, we, p2 = seg.start, words = 0, last_s = 0, last_e = 0;
    int allcap = 1;
    while (S_next_word(t, p2, seg.end, &ws, &we)) {
      if (!S_cap_word(t, ws, we)) {
        if (words && (lede__eq_ci(t + ws, we - ws, "in") ||
                      lede__eq_ci(t + ws, we - ws, "at"))) {
          seg.end = lede__trim(t, (lede_span){seg.start, ws}).end;
          break;
        }
        allcap = 0;
      }
      words++;
      last_s = ws, last_e = we;
      p2 = we;
    }
    /* "BYLINE: Amber Phillips.": not the stop of "Jr." or an initial. */
    if (seg.end > seg.start && t[seg.end - 1] == '.' && last_e - last_s > 2 &&
        last_e + 1 == seg.end &&
        !lede__lex_has(&lede__lex_abbrev_title, t + last_s, last_e - last_s))
      seg.end--;
    n = seg.end - seg.start;
    /* "Troy Smith, Cleveland.com": the outlet's address; "Ann Lee, MS,
     * RDN": her degrees. Neither is an author. */
    int web = 0;
    for (size_t i = seg.start; i + 1 < seg.end && !web; i++)
      web = t[i] == '.' && i > seg.start && t[i + 1] >= 'a' && t[i + 1] <= 'z';
    if (web || (added && words == 1 && n <= 4 &&
                !lede__lex_has(&lede__lex_agencies, t + seg.start, n)))
      continue;
    lede_author_kind kind;
    if (lede__lex_has(&lede__lex_agencies, t + seg.start, n))
      kind = LEDE_AUTHOR_AGENCY;
    else if (lede__lex_has(&lede__lex_staff_bylines, t + seg.start, n))
      kind = LEDE_AUTHOR_STAFF;
    else if (allcap && words >= 1 && words <= 6 &&
             !lede__lex_has(&lede__lex_byline_roles, t + last_s,
                            last_e - last_s))
      kind = LEDE_AUTHOR_PERSON;
    else
      continue;
    lede__author *au = LEDE__PUSH(&a->arena, a->authors);
    au->span = seg;
    au->kind = kind;
    added++;
  }
  return added;
}

/* After "By", "Written by", "Par" ... and spaces: where the names start,
 * or 0 if s does not open with such a word. */
static size_t S_byline_intro(const char *t, lede_span s) {
  size_t k = S_prefix(&lede__lex_byline_intros, t + s.start,
                              s.end - s.start);
  if (!k) return 0;
  size_t p = S_skip_space(t, s.start + k, s.end);
  return p > s.start + k && p < s.end ? p : 0;
}

/* "By Jane Smith", "Our Correspondent", "Reuters": sets u->byline. */
static int S_byline(const char *t, S_unit *u) {
  lede_span s = u->span;
  /* Also no more than 24 words: checked once an opening matches. */
  if (s.end - s.start > 250) return 0;
  lede_span text = s;
  if (u->flags & U_HAS_DATE) {
    /* The byline is what stands before the date (or after it). */
    lede_span before = lede__trim(t, (lede_span){s.start, u->date.start});
    lede_span after = lede__trim(t, (lede_span){u->date.end, s.end});
    text = before.end > before.start ? before : after;
  }
  size_t n = text.end - text.start;
  size_t k = S_byline_intro(t, text);
  if (k) {
    if (S_words(t, u) > 24) return 0;
    size_t len;
    int32_t c = lede__cp(t, text.end, k, &len);
    size_t ws, we;
    if (!lede__is_upper(c)) return 0;
    if (S_next_word(t, k, text.end, &ws, &we) &&
        lede__month_from_name(t + ws, we - ws) && we - ws > 3)
      return 0; /* "By March 2022, ..." */
    if ((u->flags & U_TERMINAL) && u->words > 8) return 0;
    u->byline = text;
    return 1;
  }
  /* A staff byline or an agency, with nothing else but the date and
   * separators: "Our Correspondent March 10, 2021", "Reuters | Updated". */
  k = S_prefix(&lede__lex_staff_bylines, t + text.start, n);
  size_t k2 = S_prefix(&lede__lex_agencies, t + text.start, n);
  if (k2 > k) k = k2;
  if (!k || S_words(t, u) > 24) return 0;
  lede_span rest = lede__trim(t, (lede_span){text.start + k, text.end});
  while (rest.end > rest.start &&
         (t[rest.end - 1] == '|' || t[rest.end - 1] == '-' ||
          t[rest.end - 1] == ',' || t[rest.end - 1] == ':'))
    rest.end--, rest = lede__trim(t, rest);
  if (rest.end > rest.start) {
    /* "Reuters | Updated 2 hours ago" is fine; "Reuters said ..." isn't. */
    int upd;
    lede_span none = {0, 0};
    if (!S_mostly_date(t, rest, none, 0, &upd)) return 0;
    text.end = lede__trim(t, (lede_span){text.start, text.start + k}).end;
  }
  u->byline = text;
  return 1;
}

/* "ISLAMABAD:", "WASHINGTON (Reuters) -", "NEW YORK, March 10 (AP) —",
 * "LONDON —" at the start of s. */
static int S_dateline(const char *t, S_unit *u) {
  lede_span s = u->span;
  size_t pos = s.start, len, end = s.end;
  if (end - pos > 4096) end = pos + 4096; /* only the opening matters */
  size_t place_end = pos;
  int letters = 0, words = 0, caps = 1;
  /* The place opens with a capital: none in ASCII, no dateline. */
  if (pos >= end ||
      ((unsigned char)t[pos] < 0x80 && !(t[pos] >= 'A' && t[pos] <= 'Z')))
    return 0;
  /* Place: up to five words of capitals (or Title Case before an agency). */
  while (pos < end && words < 6) {
    size_t ws = pos;
    int wl = 0;
    while (pos < end) {
      int32_t c = lede__cp(t, end, pos, &len);
      if (lede__is_letter(c)) {
        if (!lede__is_upper(c) && !(wl > 0 && !caps)) {
          if (wl == 0) break;
          caps = 0;
        }
        wl++;
      } else if (!(c == '.' || c == '-' || c == '\'' || c == 0x2019) ||
                 wl == 0)
        break;
      pos += len;
    }
    if (wl == 0) {
      pos = ws;
      break;
    }
    letters += wl;
    words++;
    place_end = pos;
    if (pos < end && t[pos] == ' ' && pos + 1 < end &&
        lede__is_upper(lede__cp(t, end, pos + 1, &len)))
      pos++;
    else
      break;
  }
  if (letters < 3 || words == 0) return 0;
  lede_span place = {s.start, place_end};
  pos = place_end;
  /* ", March 10" or ", Pakistan": a few words up to "(" or a separator. */
  if (pos < end && t[pos] == ',') {
    size_t p = pos + 1;
    int n = 0;
    while (p < end && n < 5) {
      p = S_skip_space(t, p, end);
      size_t ws, we;
      if (!S_next_word(t, p, end, &ws, &we) || ws != p) break;
      p = we;
      n++;
      if (p < end && t[p] == '.') p++; /* "BUFFALO, N.Y.", "Calif." */
      if (p < end && t[p] == ',') p++;
      size_t q = S_skip_space(t, p, end);
      if (q < end && (t[q] == '(' || S_separator(t, q, end))) {
        p = q;
        break;
      }
    }
    pos = p;
  }
  pos = S_skip_space(t, pos, end);
  lede_span agency = {0, 0};
  if (pos < end && t[pos] == '(') {
    const char *close = memchr(t + pos, ')', end - pos < 48 ? end - pos : 48);
    if (!close) return 0;
    agency = lede__trim(t, (lede_span){pos + 1, (size_t)(close - t)});
    pos = (size_t)(close - t) + 1;
  }
  if (!caps && !agency.end) return 0;
  size_t body;
  size_t sp = S_skip_space(t, pos, end);
  if (sp >= s.end) {
    /* A line of its own needs the colon or dash, unless an agency. */
    if (!agency.end) return 0;
    body = s.end;
  } else if (!(body = S_separator(t, pos, end))) {
    return 0;
  } else if (t[sp] == '|') {
    return 0;
  }
  /* "ISLAMABAD:" needs no space before the colon, but "ISLAMABAD - " and
   * "LONDON —" need one around a hyphen so "US-led" is not a dateline. */
  if (t[sp] == '-' && !(sp > place_end || agency.end)) return 0;
  /* The word lists last: few openings get this far. */
  if (lede__lex_has(&lede__lex_dateline_not, t + place.start,
                    place.end - place.start) ||
      S_prefix(&lede__lex_salutations, t + place.start,
                       place.end - place.start))
    return 0;
  u->place = place;
  u->agency = agency;
  u->rest = (lede_span){body, s.end};
  u->flags |= body >= s.end ? U_DATELINE : U_DL_START;
  return 1;
}

int lede__find_date(const char *t, size_t n, int *y, int *m, int *d) {
  lede_span out;
  return S_find_date(t, (lede_span){0, n}, y, m, d, &out);
}

int lede__dateline_opening(const char *t, lede_span s, lede_span *place,
                           lede_span *agency, size_t *body) {
  S_unit u = {0};
  u.span = s;
  if (!S_dateline(t, &u)) return 0;
  *place = u.place;
  *agency = u.agency;
  *body = u.rest.start;
  return 1;
}

/* Two to six capitalized words, possibly "Jane Smith in London". */
static int S_names(const char *t, S_unit *u) {
  if (u->words < 2 || u->words > 8 || (u->flags & U_TERMINAL)) return 0;
  size_t ws, we, pos = u->span.start;
  int n = 0;
  while (S_next_word(t, pos, u->span.end, &ws, &we)) {
    pos = we;
    if (!S_cap_word(t, ws, we)) {
      if (n >= 2 && (lede__eq_ci(t + ws, we - ws, "in") ||
                     lede__eq_ci(t + ws, we - ws, "and")))
        continue;
      return 0;
    }
    if (t[ws] >= '0' && t[ws] <= '9') return 0;
    n++;
  }
  return n >= 2 && n <= 6;
}

/* "LONDON 1996-08-30": a place in capitals, then only the date (and a
 * time): a dateline that dates the story. */
static void S_place_date(const char *t, S_unit *u) {
  lede_span before = lede__trim(t, (lede_span){u->span.start, u->date.start});
  while (before.end > before.start && t[before.end - 1] == ',')
    before.end--;
  if (before.end == before.start || before.end - before.start > 40) return;
  size_t len;
  unsigned letters = 0;
  for (size_t i = before.start; i < before.end; i += len) {
    int32_t c = lede__cp(t, before.end, i, &len);
    if (lede__is_lower(c) || lede__is_digit(c)) return;
    letters += lede__is_upper(c);
  }
  unsigned w = S_count_words(t, before, 8);
  if (letters < 3 || w > 4) return;
  int upd;
  lede_span after = {u->date.end, u->span.end};
  if (after.end > after.start &&
      !S_mostly_date(t, after, (lede_span){0, 0}, 0, &upd))
    return;
  if (lede__lex_has(&lede__lex_dateline_not, t + before.start,
                    before.end - before.start))
    return;
  u->place = before;
  u->agency = (lede_span){0, 0};
  u->rest = (lede_span){u->span.end, u->span.end};
  u->flags |= U_DATELINE;
}

/* Prose: a sentence or more of story text. */
static int S_prose(const char *t, S_unit *u) {
  return (u->words >= 6 && (u->flags & U_TERMINAL)) || S_words(t, u) >= 20;
}

/* The parts (S_HEAD, S_BODY, S_FOOT) a unit may still be placed in. */
enum { S_HEAD, S_BODY, S_FOOT };

void lede__layout_all_features(int on) { S_all_features = on; }

/* Does the body ask whether u is a byline (S_place)? */
static int S_byline_asked(const char *t, S_unit *u) {
  return u->words <= 8 && !S_prose(t, u);
}

/* A date in u, then whether u is a byline (which reads the date). */
static void S_date_byline(const char *t, S_unit *u) {
  if (u->span.end - u->span.start <= 200 &&
      S_find_date(t, u->span, &u->y, &u->m, &u->d, &u->date))
    u->flags |= U_HAS_DATE;
  if (S_byline(t, u)) u->flags |= U_BYLINE;
}

/* The features only the header asks about (dateline, date line, byline,
 * names, place and date), once: S_place asks them of a unit it places in
 * the header and of the units it looks at around it. */
static void S_head_features(const char *t, S_unit *u) {
  if (u->flags & U_HEADED) return;
  u->flags |= U_HEADED;
  S_dateline(t, u);
  if (u->span.end - u->span.start > SHORT_UNIT) return;
  if (!S_byline_asked(t, u)) S_date_byline(t, u);
  if (u->flags & U_HAS_DATE) {
    int upd;
    if (S_mostly_date(t, u->span, u->date, 0, &upd)) u->flags |= U_DATE;
    if (upd) u->flags |= U_UPDATED;
  }
  if (S_names(t, u)) u->flags |= U_NAMES;
  if ((u->flags & U_HAS_DATE) && !(u->flags & (U_DATELINE | U_DL_START)))
    S_place_date(t, u);
}

/* The features of unit u every part asks about, featured while the layout
 * is in state (it only moves on, so u will be placed in that state or a
 * later one): the footer asks nothing of a unit; the body whether it is
 * furniture, a byline if short and no prose, and whether it has a word
 * (that alone if it is longer than SHORT_UNIT); the header more, left to
 * S_head_features. */
static void S_features(lede_article *a, S_unit *u, int state) {
  const char *t = a->text;
  size_t n = u->span.end - u->span.start;
  if (S_all_features) state = S_HEAD;
  if (state == S_FOOT) return;
  int head = state == S_HEAD;
  unsigned cap = S_all_features             ? PROSE_WORDS
                 : head || n <= SHORT_UNIT ? BODY_WORDS
                                           : 1;
  u->words = S_count_words(t, u->span, cap);
  if (u->words >= cap) u->flags |= U_WORDS_LOW;
  if (S_is_terminal(S_last_char(t, u->span))) u->flags |= U_TERMINAL;
  if (n <= SHORT_UNIT * 3 && S_caption(t, u)) u->flags |= U_CAPTION;
  if (n <= SHORT_UNIT) {
    if (S_related(t, u->span)) u->flags |= U_RELATED;
    if (S_footer(t, u->span)) u->flags |= U_FOOTER;
    u->flags |= S_boiler(t, u);
    if (S_byline_asked(t, u)) S_date_byline(t, u);
  }
  if (S_all_features) S_head_features(t, u);
}

/* ==== Units ============================================================= */

static int S_blank(const char *t, size_t s, size_t e) {
  size_t len;
  while (s < e) {
    if (!lede__is_space(lede__cp(t, e, s, &len))) return 0;
    s += len;
  }
  return 1;
}

/* The units are placed as they are cut, through a small window: features
 * are computed for a unit once it is final (no later line can join it),
 * and it is placed once the few units the rules look ahead at are known.
 * So memory for units stays bounded however many lines the text has. */
#define LOOKAHEAD 5
#define WINDOW 64

typedef struct {
  lede_article *a;
  S_units us;      /* the window */
  size_t featured; /* us.v[0, featured) have their features */
  size_t next;     /* us.v[next] is the first unit not yet placed */
  int state;       /* S_HEAD, S_BODY, S_FOOT */
  int have_date, date_updated;
  size_t head_units; /* units placed while in the header */
  int no_cr;         /* the text holds no '\r' */
} S_lay;

static void S_place(S_lay *L, size_t i, size_t stable);

static void S_feature_upto(S_lay *L, size_t j) {
  while (L->featured <= j && L->featured < L->us.n)
    S_features(L->a, &L->us.v[L->featured++], L->state);
}

/* Place the units whose look-ahead is known; all of them if final. The
 * last unit may still grow unless final. */
static void S_drain(S_lay *L, int final) {
  size_t n = L->us.n;
  size_t stable = final ? n : (n ? n - 1 : 0);
  while (L->next < stable && (final || L->next + LOOKAHEAD < stable)) {
    size_t la = L->next + LOOKAHEAD;
    S_feature_upto(L, la < stable ? la : stable - 1);
    S_place(L, L->next, stable);
    L->next++;
  }
  /* Keep one placed unit behind for the look-back; drop the rest. */
  if (L->next > WINDOW) {
    size_t drop = L->next - 1;
    memmove(L->us.v, L->us.v + drop, (n - drop) * sizeof *L->us.v);
    L->us.n -= drop;
    L->next -= drop;
    L->featured -= drop;
  }
}

static void S_push_unit(S_lay *L, size_t s, size_t e) {
  lede_span sp = lede__trim(L->a->text, (lede_span){s, e});
  if (sp.end == sp.start) return;
  if (L->us.n - L->next > 2 * WINDOW) S_drain(L, 0);
  S_unit *u = LEDE__PUSH(&L->a->arena, L->us);
  memset(u, 0, sizeof *u);
  u->span = sp;
}

/* A line that is only an image credit: "Image: Getty", "Photo: AFP". */
static int S_bare_credit(const char *t, lede_span s) {
  if (s.end - s.start > 100) return 0;
  size_t k = S_prefix(&lede__lex_credit_markers, t + s.start,
                              s.end - s.start);
  if (!k) return 0;
  size_t p = S_skip_space(t, s.start + k, s.end);
  if (p >= s.end || t[p] != ':') return 0;
  unsigned w = S_count_words(t, (lede_span){p + 1, s.end}, 10);
  return w >= 1 && w <= 8;
}

/* A run of non-blank lines, measured as its lines go by. */
typedef struct {
  size_t start, end; /* bytes: first line's start, last line's end */
  size_t nlines;
  lede_span last;    /* the last line so far */
  size_t wmin, wmax; /* widths of the lines before the last */
  int short_or_long; /* a line before the last is under 45 or over 110 */
  int open_end;      /* a line before the last does not end a sentence */
} S_runstat;

static void S_run_line(const char *t, S_runstat *r, lede_span line) {
  if (r->nlines++ == 0) {
    r->start = line.start;
    r->wmin = (size_t)-1;
    r->wmax = 0;
    r->short_or_long = r->open_end = 0;
  } else {
    size_t w = r->last.end - r->last.start;
    if (w < 45 || w > 110) r->short_or_long = 1;
    if (!S_is_terminal(S_last_char(t, r->last))) r->open_end = 1;
    if (w < r->wmin) r->wmin = w;
    if (w > r->wmax) r->wmax = w;
  }
  r->last = line;
  r->end = line.end;
}

/* The end of the line starting at pos; *next gets the next line's start.
 * nl[0] and nl[1] cache the next '\n' and '\r' (len if none, (size_t)-1
 * until searched), so no byte is searched twice. Inlined: it is called
 * once a line, twice over. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline size_t S_line_end(const char *t, size_t len, size_t pos,
                                size_t nl[2], size_t *next) {
  if (nl[0] == (size_t)-1 || nl[0] < pos) {
    const char *p = memchr(t + pos, '\n', len - pos);
    nl[0] = p ? (size_t)(p - t) : len;
  }
  if (nl[1] == (size_t)-1 || nl[1] < pos) {
    const char *p = memchr(t + pos, '\r', len - pos);
    nl[1] = p ? (size_t)(p - t) : len;
  }
  size_t e = nl[1] < nl[0] ? nl[1] : nl[0];
  *next = e;
  if (e < len)
    *next += (t[e] == '\r' && e + 1 < len && t[e + 1] == '\n') ? 2 : 1;
  return e;
}

/* A run becomes one unit if it is hard-wrapped, else a unit per line (a
 * line that continues a sentence in lower case joins the one before). */
static void S_run(S_lay *L, S_runstat *r) {
  const char *t = L->a->text;
  if (r->nlines == 0) return;
  /* Hard-wrapped text fills its lines to about the same width (the
   * break comes where the next word would not fit); furniture lines
   * ("By Jane Smith" over a date) are short and ragged. */
  int wrapped = r->nlines >= 2 && !r->short_or_long &&
                r->last.end - r->last.start <= 110 &&
                r->wmax - r->wmin <= 30;
  if (wrapped && r->open_end) {
    S_push_unit(L, r->start, r->end);
    r->nlines = 0;
    return;
  }
  if (r->nlines == 1 && !S_all_features) { /* one line: none to join */
    S_push_unit(L, r->start, r->end);
    r->nlines = 0;
    return;
  }
  int pushed = 0;
  size_t pos = r->start, next;
  size_t nl[2] = {(size_t)-1, L->no_cr ? r->end : (size_t)-1};
  while (pos < r->end) {
    size_t e = S_line_end(t, r->end, pos, nl, &next);
    lede_span sp = lede__trim(t, (lede_span){pos, e});
    pos = next;
    if (sp.end == sp.start) continue;
    if (pushed && L->us.n > L->featured) {
      S_unit *prev = &L->us.v[L->us.n - 1];
      int32_t last = S_last_char(t, prev->span);
      int32_t first = S_first_char(t, sp);
      if ((!S_is_terminal(last) && last != ':' && lede__is_lower(first)) ||
          (S_bare_credit(t, sp) && prev->span.end - prev->span.start <= 600)) {
        /* A sentence going on, or "Image: Getty" under its caption. */
        prev->span.end = sp.end;
        continue;
      }
    }
    S_push_unit(L, sp.start, sp.end);
    pushed = 1;
  }
  r->nlines = 0;
}

static void S_cut(S_lay *L) {
  const char *t = L->a->text;
  size_t len = L->a->len, pos = 0, next;
  L->no_cr = !memchr(t, '\r', len);
  size_t nl[2] = {(size_t)-1, L->no_cr ? len : (size_t)-1};
  S_runstat r = {0};
  while (pos < len) {
    size_t e = S_line_end(t, len, pos, nl, &next);
    if (S_blank(t, pos, e)) S_run(L, &r);
    else S_run_line(t, &r, (lede_span){pos, e});
    pos = next;
  }
  S_run(L, &r);
}

/* ==== Parts ============================================================= */

/* Block i is the story's next paragraph. */
static inline void S_to_story(lede_article *a, size_t i) {
  lede__block *b = &a->blocks.v[i];
  b->part = LEDE_PART_BODY;
  b->para = a->paras.n;
  *LEDE__PUSH(&a->arena, a->paras) = i;
}

static lede__block *S_block(lede_article *a, lede_part part, lede_span sp) {
  lede__block *b = LEDE__PUSH(&a->arena, a->blocks);
  b->part = part;
  b->span = lede__s32(sp);
  b->first_sent = b->nsents = 0;
  b->para = LEDE_NONE;
  if (part == LEDE_PART_BODY) S_to_story(a, a->blocks.n - 1);
  return b;
}

static int S_furniture(const S_unit *u) {
  return u->flags & (U_BYLINE | U_DATE | U_CAPTION | U_DATELINE | U_DL_START);
}

/* After a dateline-like opening, a short rest in capitals: a headline. */
static int S_caps_headline(const char *t, const S_unit *u) {
  lede_span r = u->rest;
  if (r.end - r.start > 300) return 0;
  unsigned w = S_count_words(t, r, 32);
  if (w < 2 || w > 30) return 0;
  size_t len;
  for (size_t i = r.start; i < r.end; i += len)
    if (lede__is_lower(lede__cp(t, r.end, i, &len))) return 0;
  return 1;
}

/* A number or a time on its own: list numbers ("1.", "WEEK 13."), the
 * times that head a live blog's entries ("3:40 p.m.", "10:15 GMT"). */
static int S_time_only(const char *t, const S_unit *u) {
  if (u->words > 6 || u->span.end - u->span.start > 40) return 0;
  size_t ws, we, pos = u->span.start;
  int digits = 0;
  while (S_next_word(t, pos, u->span.end, &ws, &we)) {
    pos = we;
    size_t n = we - ws;
    if (t[ws] >= '0' && t[ws] <= '9') {
      digits = 1;
      continue;
    }
    int caps = n <= 4;
    for (size_t i = ws; i < we; i++)
      if (!(t[i] >= 'A' && t[i] <= 'Z')) caps = 0;
    if (!caps && !lede__eq_ci(t + ws, n, "a.m") &&
        !lede__eq_ci(t + ws, n, "p.m") && !lede__eq_ci(t + ws, n, "am") &&
        !lede__eq_ci(t + ws, n, "pm"))
      return 0;
  }
  return digits;
}

/* "He's back.": a short sentence of the story, not a label ("ABSTRACT.",
 * "Economic Scene."): a capital, then words in lower case, then a stop. */
static int S_short_sentence(const char *t, const S_unit *u) {
  if (!(u->flags & U_TERMINAL) || u->words < 2) return 0;
  size_t ws, we, pos = u->span.start;
  int n = 0;
  while (S_next_word(t, pos, u->span.end, &ws, &we)) {
    pos = we;
    size_t len;
    int32_t c = lede__cp(t, we, ws, &len);
    if (n++ == 0 ? !lede__is_upper(c) : !lede__is_lower(c)) return 0;
  }
  return 1;
}

/* After a title: is there header furniture before the story starts? */
static int S_furniture_ahead(S_lay *L, size_t i, size_t stable) {
  for (size_t j = i + 1; j < stable && j <= i + 4; j++) {
    S_unit *u = &L->us.v[j];
    S_head_features(L->a->text, u);
    if (S_furniture(u)) return 1;
    if (u->flags & (U_RELATED | U_BOILER)) continue;
    if (S_prose(L->a->text, u)) return 0;
  }
  return 0;
}

static void S_take_date(lede_article *a, const S_unit *u, int *have,
                        int *from_updated) {
  if (!(u->flags & U_HAS_DATE)) return;
  int upd = (u->flags & U_UPDATED) != 0;
  if (*have && !(*from_updated && !upd)) return;
  *have = 1;
  *from_updated = upd;
  a->published_span = u->date;
  if (!a->published_set) {
    char *p = a->published;
    p[0] = (char)('0' + u->y / 1000);
    p[1] = (char)('0' + u->y / 100 % 10);
    p[2] = (char)('0' + u->y / 10 % 10);
    p[3] = (char)('0' + u->y % 10);
    p[4] = '-';
    p[5] = (char)('0' + u->m / 10);
    p[6] = (char)('0' + u->m % 10);
    p[7] = '-';
    p[8] = (char)('0' + u->d / 10);
    p[9] = (char)('0' + u->d % 10);
    p[10] = '\0';
  }
}

void lede__add_byline(lede_article *a, lede_span s) {
  if (!a->byline.end) a->byline = s;
  size_t k = S_byline_intro(a->text, s);
  if (k) s.start = k;
  S_authors(a, s);
}

static void S_add_caption(lede_article *a, const S_unit *u) {
  lede__caption *c = LEDE__PUSH(&a->arena, a->captions);
  c->span = u->caption;
  c->credit = u->credit;
  c->block = a->blocks.n - 1;
}

static void S_add_dateline(lede_article *a, const S_unit *u, lede_span sp) {
  S_block(a, LEDE_PART_DATELINE, sp);
  if (!a->dateline.end) {
    a->dateline = u->place;
    a->agency = u->agency;
  }
}

/* A one-word headline ("Harbor"): a capitalized word in lower case after
 * its capital, with no stop, alone before a blank line and a sentence of
 * the story. A word in capitals is a section label ("WORLD"); the labels
 * the word lists know ("Opinion", "Update") stay labels; furniture
 * ("Advertisement", "Reuters") was placed before this is asked. */
static int S_word_title(S_lay *L, size_t i, size_t stable) {
  const char *t = L->a->text;
  const S_unit *u = &L->us.v[i];
  if (u->words != 1 || i + 1 >= stable || (u->flags & U_TERMINAL)) return 0;
  lede_span s = u->span;
  size_t len;
  if (s.end - s.start > 40 || !lede__is_upper(lede__cp(t, s.end, s.start, &len)))
    return 0;
  int lower = 0;
  for (size_t p = s.start + len; p < s.end; p += len) {
    int32_t c = lede__cp(t, s.end, p, &len);
    if (lede__is_lower(c)) lower = 1;
    else if (!lede__is_upper(c) && c != '-' && c != '\'') return 0;
  }
  if (!lower || lede__lex_has(&lede__lex_dateline_not, t + s.start,
                              s.end - s.start))
    return 0;
  S_unit *n = &L->us.v[i + 1];
  /* A blank line between: two line breaks in the gap. */
  const char *gap = t + s.end, *nl = memchr(gap, '\n', n->span.start - s.end);
  if (!nl || !memchr(nl + 1, '\n', (size_t)(t + n->span.start - nl - 1))) {
    nl = memchr(gap, '\r', n->span.start - s.end);
    if (!nl || !memchr(nl + 1, '\r', (size_t)(t + n->span.start - nl - 1)))
      return 0;
  }
  S_head_features(t, n);
  if (S_furniture(n) || (n->flags & (U_BOILER | U_RELATED | U_FOOTER)))
    return 0;
  return S_prose(t, n) || ((n->flags & U_TERMINAL) && n->words >= 3);
}

/* Give unit i its part. Units [i + 1, stable) are known, with features up
 * to i + LOOKAHEAD. */
static void S_place(S_lay *L, size_t i, size_t stable) {
  lede_article *a = L->a;
  const char *t = a->text;
  S_unit *u = &L->us.v[i];
  /* A header is a handful of units: past 40, what follows is the story. */
  if (L->state == S_HEAD && ++L->head_units > 40) L->state = S_BODY;
  if (L->state == S_HEAD) S_head_features(t, u);
  unsigned f = u->flags;
  do {
    if (L->state == S_FOOT) {
      S_block(a, LEDE_PART_BOILERPLATE, u->span);
      return;
    }
    if (f & U_FOOTER) {
      L->state = S_FOOT;
      S_block(a, LEDE_PART_BOILERPLATE, u->span);
      return;
    }
    if (f & U_RELATED) {
      S_block(a, LEDE_PART_RELATED, u->span);
      return;
    }
    if (f & U_CAPTION) {
      S_block(a, LEDE_PART_CAPTION, u->span);
      S_add_caption(a, u);
      return;
    }
    if ((f & U_BOILER) && (!S_prose(t, u) || (f & U_STRONG))) {
      S_block(a, LEDE_PART_BOILERPLATE, u->span);
      return;
    }
    if (L->state == S_HEAD) {
      if (f & U_BYLINE) {
        S_block(a, LEDE_PART_BYLINE, u->span);
        lede__add_byline(a, u->byline);
        S_take_date(a, u, &L->have_date, &L->date_updated);
        return;
      }
      if (f & U_DATE) {
        S_block(a, LEDE_PART_DATE, u->span);
        S_take_date(a, u, &L->have_date, &L->date_updated);
        return;
      }
      if (f & U_DATELINE) {
        S_add_dateline(a, u, u->span);
        S_take_date(a, u, &L->have_date, &L->date_updated); /* LONDON 1996-08-30 */
        return;
      }
      if ((f & U_DL_START) && !a->title.end && S_caps_headline(t, u)) {
        /* "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP": a section label and
         * a headline in capitals, not a dateline and a paragraph. */
        a->title = u->span;
        S_block(a, LEDE_PART_TITLE, u->span);
        return;
      }
      if ((f & U_NAMES) && !a->byline.end && a->title.end &&
          ((i + 1 < stable && (S_head_features(t, &L->us.v[i + 1]),
                               L->us.v[i + 1].flags & (U_DATE | U_DATELINE))) ||
           (i > 0 && (L->us.v[i - 1].flags & U_DATE)))) {
        /* A bare byline next to the date line ("Jane Smith in London") or
         * before the dateline. */
        u->byline = u->span;
        S_block(a, LEDE_PART_BYLINE, u->span);
        lede__add_byline(a, u->byline);
        return;
      }
      if (!(f & U_DL_START) && !a->title.end && !a->dateline.end &&
          !a->byline.end && !a->paras.n && S_word_title(L, i, stable)) {
        a->title = u->span;
        S_block(a, LEDE_PART_TITLE, u->span);
        return;
      }
      /* The title comes before the dateline, and does not lead into what
       * follows with a colon ("The Times said in an editorial:"). */
      if (!(f & U_DL_START) && !a->title.end && !a->dateline.end &&
          u->words >= 2 && S_words(t, u) <= 30 &&
          u->span.end - u->span.start <= 300 &&
          !(u->words > 15 && (f & U_TERMINAL)) &&
          S_last_char(t, u->span) != ':') {
        a->title = u->span;
        S_block(a, LEDE_PART_TITLE, u->span);
        return;
      }
      if (!(f & U_DL_START) && a->title.end && !a->standfirst.end &&
          !a->byline.end && !a->dateline.end && u->words >= 4 &&
          S_words(t, u) <= 80 &&
          S_furniture_ahead(L, i, stable)) {
        a->standfirst = u->span;
        S_block(a, LEDE_PART_STANDFIRST, u->span);
        return;
      }
      if (!(f & U_DL_START) && !S_prose(t, u) && u->words < 3 &&
          !S_short_sentence(t, u)) {
        S_block(a, LEDE_PART_OTHER, u->span);
        return;
      }
      L->state = S_BODY;
      if (f & U_DL_START) {
        lede_span dl = {u->span.start, u->rest.start};
        dl = lede__trim(t, dl);
        S_add_dateline(a, u, dl);
        S_block(a, LEDE_PART_BODY, u->rest);
        return;
      }
      S_block(a, LEDE_PART_BODY, u->span);
      return;
    }
    /* BODY */
    if ((f & U_BYLINE) && u->words <= 8 && !S_prose(t, u)) {
      S_block(a, LEDE_PART_BYLINE, u->span);
      lede__add_byline(a, u->byline);
      return;
    }
    if (u->words == 0 || S_time_only(t, u)) {
      /* "___", "* * *", a live blog's "3:40 p.m.": not story text. */
      S_block(a, LEDE_PART_OTHER, u->span);
      return;
    }
    S_block(a, LEDE_PART_BODY, u->span);
  } while (0);
}

/* Does block b hold a letter or a digit of any script ("Monday", "Ölüm"),
 * not only marks ("* * *", "• • •", "★★★") or bytes that are no UTF-8? */
static int S_has_word(const char *t, const lede__block *b) {
  lede_span sp = lede__s64(b->span);
  for (size_t p = sp.start, len; p < sp.end; p += len) {
    int32_t c = lede__cp(t, sp.end, p, &len); /* an invalid byte: -1 */
    if (lede__is_letter(c) || lede__is_digit(c)) return 1;
  }
  return 0;
}

/* A title heads a story: a text that is only a title (and standfirst),
 * with no story and no furniture, is itself the story ("Hello world.").
 * So is a text of short lines only ("Monday", "tomorrow"). */
static void S_no_story(lede_article *a) {
  if (a->paras.n || a->byline.end || a->dateline.end ||
      a->published_span.end || a->captions.n)
    return;
  int lines = !a->title.end; /* no title: the short lines are the story */
  for (size_t i = 0; i < a->blocks.n; i++) {
    lede__block *b = &a->blocks.v[i];
    if (b->part != LEDE_PART_TITLE && b->part != LEDE_PART_STANDFIRST &&
        !(lines && b->part == LEDE_PART_OTHER && S_has_word(a->text, b)))
      continue;
    S_to_story(a, i);
  }
  a->title = a->standfirst = (lede_span){0, 0};
}

/* A standfirst stands before a story: when no paragraph follows it (a
 * headline, one paragraph, then the date line), that paragraph is the
 * story itself. */
static void S_lone_standfirst(lede_article *a) {
  if (a->paras.n || !a->standfirst.end) return;
  for (size_t i = 0; i < a->blocks.n; i++) {
    lede__block *b = &a->blocks.v[i];
    if (b->part != LEDE_PART_STANDFIRST) continue;
    S_to_story(a, i);
  }
  a->standfirst = (lede_span){0, 0};
}

void lede__layout(lede_article *a) {
  S_lay L = {0};
  L.a = a;
  L.state = S_HEAD;
  S_cut(&L);
  S_drain(&L, 1);
  S_lone_standfirst(a);
  S_no_story(a);
}
