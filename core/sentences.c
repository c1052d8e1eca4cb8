/* Sentence boundaries inside prose blocks, and the tokens of each sentence.
 *
 * A candidate end is . ? ! or an ellipsis (also ". . ."), followed by
 * closing quotes or brackets (also after a French space: "fini. »"), then
 * white space; the wide stops 。！？ need no space.  A full stop after a
 * known abbreviation, an initial or a dotted acronym ends a sentence only
 * where the next word shows a new one starts.  Every scan is forward and
 * bounded, so the cost is linear in the text. */
#include <string.h>

#include "internal.h"

/* The tokenizer finds most words with SSE2 where the compiler targets
 * it (LEDE_NO_SSE2: never), else byte by byte. */
#if defined(__SSE2__) && !defined(LEDE_NO_SSE2)
#include <emmintrin.h>
#define S_SSE2 1
#else
#define S_SSE2 0
#endif
#include "lexicon.h"
#include "tokens.h"

static inline int S_terminal(int32_t c) {
  if (c < 0x80) return c == '.' || c == '?' || c == '!';
  return c == 0x2026 || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x203C ||
         c == 0x2047 || c == 0x2048 || c == 0x2049;
}

/* Marks that may close a sentence after its stop; « ‹ “ close German
 * quotations (»Ja.« „Ja.“). */
static int S_closer(int32_t c) {
  return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0xBB ||
         c == 0x203A || c == ')' || c == ']' || c == 0x300D || c == 0x300F ||
         c == 0xAB || c == 0x2039 || c == 0x201C;
}

/* Bytes of the word before a stop: 1 an ASCII letter, digit, . ' or -,
 * 2 a byte over 0x7F (decoded), 0 the rest. */
#define W2(b) [b] = 2, [b + 1] = 2
#define W8(b) W2(b), W2(b + 2), W2(b + 4), W2(b + 6)
#define W32(b) W8(b), W8(b + 8), W8(b + 16), W8(b + 24)
#define WL(b) [b] = 1, [b + 1] = 1, [b + 2] = 1, [b + 3] = 1, [b + 4] = 1
#define WL26(b) WL(b), WL(b + 5), WL(b + 10), WL(b + 15), WL(b + 20), [b + 25] = 1
static const unsigned char S_wb[256] = {
    WL26('a'), WL26('A'), WL('0'), WL('5'), ['.'] = 1, ['\''] = 1, ['-'] = 1,
    W32(0x80), W32(0xA0), W32(0xC0), W32(0xE0)};
#undef W2
#undef W8
#undef W32
#undef WL
#undef WL26

/* The word before a full stop at pos: letters, digits, dots, apostrophes
 * (at most 40 code points; a run of ASCII bytes read without decoding
 * if ascii, the other way: lede__sent_check_word_before). */
static size_t S_word_before_by(const char *t, size_t lo, size_t pos, int ascii) {
  const unsigned char *u = (const unsigned char *)t;
  size_t s = pos;
  int steps = 0;
  while (s > lo && steps < 40) {
    if (ascii) {
      size_t floor = s - lo > (size_t)(40 - steps) ? s - (size_t)(40 - steps) : lo, s0 = s;
      while (s > floor && S_wb[u[s - 1]] == 1) s--;
      steps += (int)(s0 - s);
      if (s == lo || steps >= 40 || S_wb[u[s - 1]] == 0) break;
    }
    size_t p = lede__cp_prev(t, s), len;
    int32_t c = lede__cp(t, pos, p, &len);
    if (!(lede__is_letter(c) || lede__is_digit(c) || c == '.' || c == '\'' ||
          c == 0x2019 || c == '-'))
      break;
    s = p;
    steps++;
  }
  return s;
}
#define S_word_before(t, lo, pos) S_word_before_by(t, lo, pos, 1)

/* S_word_before ends where it ends decoding every byte, at each end of
 * t[0..n) and starts 0 to 3, 7 and 41 bytes before it (for a test): NULL
 * if so. */
const char *lede__sent_check_word_before(const char *t, size_t n);
const char *lede__sent_check_word_before(const char *t, size_t n) {
  static const size_t back[] = {0, 1, 2, 3, 7, 41, SIZE_MAX};
  for (size_t pos = 0; pos <= n; pos++)
    for (size_t k = 0; k < sizeof back / sizeof *back; k++) {
      size_t lo = pos > back[k] ? pos - back[k] : 0;
      if (S_word_before_by(t, lo, pos, 1) != S_word_before_by(t, lo, pos, 0))
        return "S_word_before differs from its decoding walk";
    }
  return NULL;
}

/* The word starting at pos (letters only). */
static size_t S_word_after(const char *t, size_t pos, size_t end) {
  size_t e = pos, len;
  while (e < end && lede__is_letter(lede__cp(t, end, e, &len))) e += len;
  return e;
}

/* After an abbreviation, a number, an amount or a dash goes on: "Acme
 * Inc. $1.2bn", "Jan. 5", "the U.S. -- and". */
static int S_continues(int32_t c) {
  return lede__is_digit(c) || c == '$' || c == 0xA3 || c == 0x20AC ||
         c == 0xA5 || c == '%' || c == '&' || c == ',' || c == ';' ||
         lede__is_dash(c);
}

/* A full stop at pos glued to the next sentence, "world.Today",
 * "Tuesday.Mr. Smith", "1,000.That": a word of lower-case letters or
 * digits before it, a capitalized word after it; the words around hold
 * no other dot, '@' or '/' (not "Jane.Doe@example.com", "U.S.A", "www.
 * Example.com", "Node.JS"). */
static int S_glued(const char *t, size_t lo, size_t pos, size_t end) {
  size_t b = pos, n = 0;
  while (b > lo && n < 40) {
    unsigned char ch = (unsigned char)t[b - 1];
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '(' || ch == '"') break;
    if (ch == '.' || ch == '@' || ch == '/' || ch == ':' || ch == '_') return 0;
    b--, n++;
  }
  if (pos < lo + 2) return 0;
  unsigned char p1 = (unsigned char)t[pos - 1];
  if (!((p1 >= 'a' && p1 <= 'z') || (p1 >= '0' && p1 <= '9'))) return 0;
  if (pos + 3 >= end || t[pos + 1] < 'A' || t[pos + 1] > 'Z' || t[pos + 2] < 'a' ||
      t[pos + 2] > 'z')
    return 0;
  /* not a code ("Jul-18.Jul", "v2.Beta") nor an abbreviation ("Govt.
   * Fcast", "Gen.Smith") */
  int letters = 0, digits = 0;
  for (size_t q = b; q < pos; q++) {
    unsigned char ch = (unsigned char)t[q];
    if (ch >= '0' && ch <= '9') digits = 1;
    else if (ch != ',') letters = 1;
  }
  if (letters && digits) return 0;
  if (lede__lex_has(&lede__lex_abbrev_title, t + b, pos - b) ||
      lede__lex_has(&lede__lex_abbrev_other, t + b, pos - b) ||
      lede__lex_has(&lede__lex_abbrev_never, t + b, pos - b))
    return 0;
  /* a word of three letters or more after it, or an abbreviation's
   * ("Mr."): not "low.In" */
  size_t w = pos + 1;
  while (w < end && ((t[w] >= 'a' && t[w] <= 'z') || (t[w] >= 'A' && t[w] <= 'Z'))) w++;
  if (w - pos - 1 < 3 && !(w < end && t[w] == '.')) return 0;
  for (size_t q = pos + 1; q < end && q < pos + 40; q++) {
    unsigned char ch = (unsigned char)t[q];
    if (ch == ' ' || ch == '\n' || ch == '\t') break;
    if (ch == '@' || ch == '/' || ch == '_') return 0;
    /* a dot inside the next word ("Example.com"), not at its end ("Mr.") */
    if (ch == '.' && q + 1 < end && t[q + 1] != ' ' && t[q + 1] != '\n' &&
        t[q + 1] != '\t')
      return 0;
  }
  return 1;
}

/* Full stops of scripts written without spaces: no space needed after. */
static int S_wide_stop(int32_t c) {
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E;
}

/* Is the sentence from start to ws a short time phrase opened by a
 * preposition ("By 7", "At 5")?  Then "p.m." goes on: "By 7 p.m. Dr. Ruiz
 * had left." */
static int S_fronted_time(const char *t, size_t start, size_t ws) {
  size_t e = start;
  while (e < ws && ((t[e] >= 'a' && t[e] <= 'z') || (t[e] >= 'A' && t[e] <= 'Z')))
    e++;
  if (!lede__lex_has(&lede__lex_sentence_time_preps, t + start, e - start)) return 0;
  int words = 1;
  for (size_t i = e; i < ws && words <= 4; i++)
    if (t[i] == ' ' && i + 1 < ws && t[i + 1] != ' ') words++;
  return words <= 4;
}

/* lede__lex_has of the list whose id is id on w[0..n) (n > 0), the
 * word's entry looked up once for every list asked (*e, once *looked). */
static inline int S_in(unsigned id, const char *w, size_t n, const lede__word **e,
                       int *looked) {
  if (!lede__lex_maybe_id(id, w, n)) return 0;
  if (!*looked) {
    *e = lede__word_find(w, n);
    *looked = 1;
  }
  return lede__word_has_id(*e, id);
}

/* S_in answers as lede__lex_has for the three lists S_stop_ends asks of
 * a word, in its order, of w[0..n): 1 if so. */
static int S_in_as_lex(const char *w, size_t n) {
  static const lede__lexicon *const lists[] = {&lede__lex_abbrev_title, &lede__lex_abbrev_never,
                                               &lede__lex_abbrev_other};
  static const unsigned ids[] = {lede__lexid_abbrev_title, lede__lexid_abbrev_never,
                                 lede__lexid_abbrev_other};
  const lede__word *e = NULL;
  int looked = 0;
  for (size_t l = 0; l < 3; l++)
    if (S_in(ids[l], w, n, &e, &looked) != lede__lex_has(lists[l], w, n)) return 0;
  return 1;
}

/* S_in_as_lex of each run of letters, digits, dots and ' in t[0..n) and
 * of each entry of the three lists, as it is and capitalized (for a
 * test): NULL if so. */
const char *lede__sent_check_in(const char *t, size_t n);
const char *lede__sent_check_in(const char *t, size_t n) {
  for (size_t i = 0; i < n;) {
    while (i < n && S_wb[(unsigned char)t[i]] != 1) i++;
    size_t e = i;
    while (e < n && S_wb[(unsigned char)t[e]] == 1) e++;
    if (e > i && !S_in_as_lex(t + i, e - i)) return "S_in differs from lede__lex_has";
    i = e;
  }
  const lede__lexicon *const lists[] = {&lede__lex_abbrev_title, &lede__lex_abbrev_never,
                                        &lede__lex_abbrev_other};
  char w[64];
  for (size_t k = 0; k < 3; k++)
    for (size_t j = 0; j < lists[k]->n; j++) {
      size_t m = strlen(lists[k]->words[j]);
      if (!m || m >= sizeof w) continue;
      memcpy(w, lists[k]->words[j], m);
      if (!S_in_as_lex(w, m)) return "S_in differs from lede__lex_has on an entry";
      if (w[0] >= 'a' && w[0] <= 'z') w[0] = (char)(w[0] - 0x20);
      if (!S_in_as_lex(w, m)) return "S_in differs from lede__lex_has on an entry";
    }
  return NULL;
}

/* Does a full stop at pos (word w before it) end the sentence, given the
 * next sentence would start at k? */
static int S_stop_ends(const char *t, size_t start, size_t ws, size_t pos,
                       size_t k, size_t end) {
  size_t len;
  int32_t nc = lede__cp(t, end, k, &len);
  if (lede__is_lower(nc)) return 0;
  size_t n = pos - ws;
  /* "N°. 5" (a number sign) goes on before its number. */
  if (n == 0 && ws >= start + 3 && (unsigned char)t[ws - 2] == 0xC2 &&
      (unsigned char)t[ws - 1] == 0xB0 && (t[ws - 3] == 'N' || t[ws - 3] == 'n') &&
      lede__is_digit(nc))
    return 0;
  if (n == 0) return 1;
  const char *w = t + ws;
  /* A dotted abbreviation ("U.S", "Ph.D", "a.m"): short pieces between
   * dots; "example.com" is a name, not an abbreviation. */
  int has_dot = memchr(w, '.', n) != NULL;
  for (size_t i = 0, run = 0; has_dot && i < n; i++) {
    run = w[i] == '.' ? 0 : run + 1;
    if (run > 3) has_dot = 0;
  }
  int32_t c0 = lede__cp(t, pos, ws, &len);
  /* An initial ("J. R. R. Tolkien", "George W. Bush") or a piece of a
   * spaced abbreviation ("z. B.", "u. a."). */
  if (len == n && lede__is_letter(c0)) {
    /* but the pronoun after a lower-case word ends one: "between her and
     * I. Was it" */
    if (c0 == 'I' && ws > start + 1 && t[ws - 1] == ' ') {
      /* "Albert I. Jones" is an initial: look at the word's first letter */
      size_t p = S_word_before(t, start, ws - 1);
      if (p < ws - 1 && lede__is_lower(lede__cp(t, ws - 1, p, &len))) return 1;
    }
    return 0;
  }
  const lede__word *e = NULL;
  int looked = 0;
  if (S_in(lede__lexid_abbrev_title, w, n, &e, &looked) ||
      S_in(lede__lexid_abbrev_never, w, n, &e, &looked))
    return 0;
  int digit_next = lede__is_digit(nc);
  /* "$5.5m.", "10.30am.", "2020.": a number ends its sentence. */
  if (lede__is_digit(c0)) return 1;
  /* "a.m." and "p.m." go on before a day, month or time zone ("9 a.m.
   * Tuesday", "10 a.m. EST") and end before anything else capitalized. */
  if (lede__eq_ci(w, n, "a.m") || lede__eq_ci(w, n, "p.m")) {
    size_t we = S_word_after(t, k, end);
    if (we == k) return !S_continues(nc) && nc != '(';
    if (S_fronted_time(t, start, ws)) return 0;
    return !(lede__lex_has(&lede__lex_weekdays, t + k, we - k) ||
             lede__month_from_name(t + k, we - k) ||
             lede__lex_has(&lede__lex_time_words, t + k, we - k));
  }
  if (digit_next && (lede__month_from_name(w, n) || lede__eq_ci(w, n, "no") ||
                     lede__eq_ci(w, n, "nos") || lede__eq_ci(w, n, "art") ||
                     lede__eq_ci(w, n, "p") || lede__eq_ci(w, n, "pp")))
    return 0;
  /* "May", "June" and "July" are whole words, never abbreviations. */
  int month_abbrev = n <= 4 && lede__month_from_name(w, n) &&
                     !lede__eq_ci(w, n, "may") && !lede__eq_ci(w, n, "june") &&
                     !lede__eq_ci(w, n, "july");
  if (has_dot || S_in(lede__lexid_abbrev_other, w, n, &e, &looked) || month_abbrev) {
    /* "U.S.", "a.m.", "Inc.", "Sept.": only before a sentence opener or a
     * title ("... Acme Inc. Ms. Lee said"). */
    size_t we = S_word_after(t, k, end);
    if (we == k) return !lede__is_letter(nc) && !S_continues(nc);
    if (!has_dot && we < end && t[we] == '.' &&
        lede__lex_has(&lede__lex_abbrev_title, t + k, we - k))
      return 1; /* but "U.S. Sen. Ann Lee" goes on */
    return lede__lex_has(&lede__lex_sentence_starters, t + k, we - k);
  }
  return 1;
}

/* Does an attribution open at k, after a quotation that ends in ? or !:
 * one to four capitalized words (a name, "and" between names) and then a
 * speech verb, "Why would we?” Lichtman said."  A pronoun or "The"
 * opens a sentence of its own ("Why?” She left."), as does a name
 * doing something else ("Why?” Lichtman left the room."); the verbs
 * are data/lex/attribution_verbs.txt. */
static int S_attribution_at(const char *t, size_t k, size_t end) {
  size_t q = k, len;
  int names = 0;
  for (int words = 0; words < 6 && q < end; words++) {
    int32_t c0 = lede__cp(t, end, q, &len);
    size_t e = q;
    while (e < end && e - q < 40) {
      int32_t c = lede__cp(t, end, e, &len);
      if (!(lede__is_letter(c) || c == '-' || c == '\'' || c == 0x2019 ||
            (c == '.' && e > q)))
        break;
      e += len;
    }
    if (e == q) return 0;
    if (lede__is_upper(c0)) {
      if (e >= end || t[e] != ' ') return 0;
      if (names == 0 && lede__lex_has(&lede__lex_sentence_starters, t + q, e - q))
        return 0;
      if (++names > 4) return 0;
    } else if (!lede__is_lower(c0)) {
      return 0;
    } else if (names && lede__eq_ci(t + q, e - q, "and") && t[e - 1] != '.') {
      /* "Smith and Jones said" */
    } else {
      if (t[e - 1] == '.') e--; /* "Lichtman said." */
      if (!names) return 0;
      return lede__lex_has(&lede__lex_attribution_verbs, t + q, e - q);
    }
    q = e + 1;
  }
  return 0;
}

static void S_push(lede_article *a, size_t block, size_t s, size_t e) {
  lede_span sp = lede__trim(a->text, (lede_span){s, e});
  if (sp.end == sp.start) return;
  lede__sentence *st = LEDE__PUSH(&a->arena, a->sents);
  st->span = lede__s32(sp);
  st->block = block;
}

/* Bytes that can open a terminal: . ? ! and the lead bytes of the
 * others (E2: … ‼ ⁇ ⁈ ⁉; E3: 。; EF: ！ ？). */
static const unsigned char S_stop_lead[256] = {
    ['.'] = 1, ['?'] = 1, ['!'] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1};

/* Does a terminal (S_terminal) start at t[i], a byte S_stop_lead marks
 * (i < end)? The others are read as their three bytes, not decoded:
 * most E2 bytes open quotation marks and dashes. */
static inline int S_stop_at(const char *t, size_t i, size_t end) {
  const unsigned char *u = (const unsigned char *)t + i;
  if (u[0] < 0x80) return 1;
  if (end - i < 3) return 0;
  uint32_t v = (uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2];
  return v == 0xE280A6 || v == 0xE280BC || (v >= 0xE28187 && v <= 0xE28189) ||
         v == 0xE38082 || v == 0xEFBC81 || v == 0xEFBC9F;
}

#if LEDE__HW
/* Bit k set where byte k of the 32 at t is . ? ! or over 0x7F (AVX2). */
__attribute__((target("avx2"))) static inline unsigned S_stops32(const char *t) {
  __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)t);
  __m256i m = _mm256_or_si256(
      _mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8('.')),
                      _mm256_cmpeq_epi8(x, _mm256_set1_epi8('?'))),
      _mm256_or_si256(_mm256_cmpeq_epi8(x, _mm256_set1_epi8('!')), x));
  return (unsigned)_mm256_movemask_epi8(m);
}
#endif

/* The first position at or after pos where a terminal starts, or end.
 * Sixteen bytes at a time with SSE2, else eight (thirty-two with AVX2:
 * S_next_stop_hw): a run with no . ? ! and no byte over 0x7F is skipped
 * whole. */
static inline __attribute__((always_inline)) size_t S_next_stop_by(const char *t, size_t pos,
                                                                   size_t end, int hw) {
  const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
#if LEDE__HW
  if (hw)
    for (; pos + 32 <= end; pos += 32) {
      for (unsigned z = S_stops32(t + pos); z; z &= z - 1) {
        size_t i = pos + (size_t)__builtin_ctz(z);
        if (S_stop_lead[(unsigned char)t[i]] && S_stop_at(t, i, end)) return i;
      }
    }
#endif
  (void)hw;
#if S_SSE2
  for (; pos + 16 <= end; pos += 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + pos));
    __m128i m = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
                     _mm_cmpeq_epi8(x, _mm_set1_epi8('?'))),
        _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('!')), x));
    /* . ? ! and every byte over 0x7F (may over-report) */
    for (unsigned z = (unsigned)_mm_movemask_epi8(m); z; z &= z - 1) {
      size_t i = pos + (size_t)__builtin_ctz(z);
      if (S_stop_lead[(unsigned char)t[i]] && S_stop_at(t, i, end)) return i;
    }
  }
#endif
  for (; pos + 8 <= end; pos += 8) {
    uint64_t x;
    memcpy(&x, t + pos, 8);
    uint64_t d = x ^ (ones * '.'), q = x ^ (ones * '?'), b = x ^ (ones * '!');
    /* A zero byte in d, q or b, or a high byte in x (may over-report). */
    uint64_t z = ((d - ones) & ~d) | ((q - ones) & ~q) | ((b - ones) & ~b) | x;
    if (!(z & high)) continue;
    for (size_t i = 0; i < 8; i++)
      if (S_stop_lead[(unsigned char)t[pos + i]] && S_stop_at(t, pos + i, end))
        return pos + i;
  }
  for (; pos < end; pos++)
    if (S_stop_lead[(unsigned char)t[pos]] && S_stop_at(t, pos, end)) break;
  return pos;
}

#if LEDE__HW
LEDE__HW_FN static size_t S_next_stop_hw(const char *t, size_t pos, size_t end) {
  return S_next_stop_by(t, pos, end, 1);
}
#endif

static inline size_t S_next_stop(const char *t, size_t pos, size_t end, int hw) {
#if LEDE__HW
  if (hw) return S_next_stop_hw(t, pos, end);
#else
  (void)hw;
#endif
  return S_next_stop_by(t, pos, end, 0);
}

/* The length of a list bullet ending at pos (• ‣ ◦ ⁃ ▪), or 0. */
static size_t S_bullet_before(const char *t, size_t lo, size_t pos) {
  if (pos < lo + 3 || (unsigned char)t[pos - 3] != 0xE2) return 0;
  unsigned char b1 = (unsigned char)t[pos - 2], b2 = (unsigned char)t[pos - 1];
  if ((b1 == 0x80 && (b2 == 0xA2 || b2 == 0xA3)) || (b1 == 0x81 && b2 == 0x83) ||
      (b1 == 0x97 && b2 == 0xA6) || (b1 == 0x96 && b2 == 0xAA))
    return 3;
  return 0;
}

/* An item marker of an inline list ending at the full stop at pos: "2."
 * or "b." after a space or at lo, or "9." after a bullet ("• 9.", "⁃9.").
 * Returns its number (a = 1) or 0; *ws is where the marker (with its
 * bullet) starts, *bullet says whether a bullet opens it. */
static int S_list_marker(const char *t, size_t lo, size_t pos, size_t *ws,
                         int *bullet) {
  size_t s = pos;
  while (s > lo && pos - s < 3 && t[s - 1] >= '0' && t[s - 1] <= '9') s--;
  int v = 0;
  if (s < pos && pos - s <= 2) {
    for (size_t i = s; i < pos; i++) v = v * 10 + (t[i] - '0');
  } else if (pos > lo && t[pos - 1] >= 'a' && t[pos - 1] <= 'z') {
    s = pos - 1;
    v = t[s] - 'a' + 1;
  } else {
    return 0;
  }
  *bullet = 0;
  size_t b = S_bullet_before(t, lo, s);
  if (!b && s > lo && t[s - 1] == ' ' && S_bullet_before(t, lo, s - 1))
    b = 4;
  if (b) {
    s -= b;
    *bullet = 1;
  }
  if (s > lo && t[s - 1] != ' ') return 0;
  *ws = s;
  return v;
}

/* Split [s, e) before an image credit that follows a caption with no
 * final stop: "... at the rally Image: Reuters." */
static void S_push_items(lede_article *a, size_t block, size_t s, size_t e);

static void S_push_credit(lede_article *a, size_t block, size_t s, size_t e) {
  const char *t = a->text;
  for (size_t p = s; p < e;) {
    const char *c = memchr(t + p, ':', e - p);
    if (!c) break;
    size_t colon = (size_t)(c - t);
    p = colon + 1;
    /* The label: one or two words before the colon, the first capitalized,
     * after a lower-case word. */
    size_t ls = colon;
    for (int words = 0; words < 2 && ls > s; words++) {
      size_t q = ls;
      while (q > s && t[q - 1] != ' ' && ls - q < 24) q--;
      if (q > s && t[q - 1] != ' ') break; /* no label is that long */
      if (q == ls) break;
      size_t n = lede__lex_prefix(&lede__lex_credit_markers, t + q, colon - q);
      if (n == colon - q && t[q] >= 'A' && t[q] <= 'Z' && q > s + 1 &&
          t[q - 1] == ' ' && t[q - 2] >= 'a' && t[q - 2] <= 'z' &&
          colon + 2 < e && t[colon + 1] == ' ') {
        S_push_items(a, block, s, q);
        s = q;
        break;
      }
      ls = q > s ? q - 1 : q;
    }
  }
  S_push_items(a, block, s, e);
}

/* Does item v of an inline list follow on the same line, within a few
 * hundred bytes of pos? (Lines of numbered results are left alone.) */
static int S_item_follows(const char *t, size_t pos, size_t end, int v) {
  size_t lim = end - pos > 400 ? pos + 400 : end;
  for (size_t i = pos; i + 3 < lim && t[i] != '\n'; i++) {
    if (t[i] != ' ') continue;
    size_t q = i + 1;
    if (q + 3 < lim && S_bullet_before(t, q, q + 3)) {
      q += 3;
      if (t[q] == ' ') q++;
    }
    int n = 0;
    if (t[q] >= '0' && t[q] <= '9') {
      size_t d = q;
      while (q < lim && t[q] >= '0' && t[q] <= '9' && q - d < 3)
        n = n * 10 + (t[q++] - '0');
    } else if (t[q] >= 'a' && t[q] <= 'z') {
      n = t[q++] - 'a' + 1;
    }
    if (n != v || q + 1 >= lim || t[q] != '.') continue;
    if (t[q + 1] == ' ' || (t[q + 1] == ')' && q + 2 < lim && t[q + 2] == ' '))
      return 1;
  }
  return 0;
}

/* Push [s, e), split before the items of an inline list marked "1) ",
 * "2) " when the piece opens with one: "1) Pack light 2) Arrive early". */
static void S_push_items(lede_article *a, size_t block, size_t s, size_t e) {
  const char *t = a->text;
  size_t q = s;
  while (q < e && (t[q] == ' ' || t[q] == '\n' || t[q] == '\t')) q++;
  int v = 0;
  size_t d = q;
  while (q < e && t[q] >= '0' && t[q] <= '9' && q - d < 2) v = v * 10 + (t[q++] - '0');
  if (q == d || q + 1 >= e || t[q] != ')' || t[q + 1] != ' ') {
    S_push(a, block, s, e);
    return;
  }
  size_t lim = e - q > 400 ? q + 400 : e;
  for (size_t i = q + 2; i + 3 < lim && t[i] != '\n'; i++) {
    if (t[i] != ' ' || t[i + 1] < '0' || t[i + 1] > '9') continue;
    size_t r = i + 1;
    int n = 0;
    while (r < lim && t[r] >= '0' && t[r] <= '9' && r - i <= 2) n = n * 10 + (t[r++] - '0');
    if (n == v + 1 && r + 1 < lim && t[r] == ')' && t[r + 1] == ' ') {
      S_push(a, block, s, i);
      s = i + 1;
      v = n;
      lim = e - r > 400 ? r + 400 : e;
    }
  }
  S_push(a, block, s, e);
}

/* A lone full stop at pos (its run ending at j) that ends an item marker
 * of an inline list: 1 when it ends no sentence, with *next where the
 * walk goes on; an item that follows the list's last is pushed up to its
 * marker first. */
static int S_list_stop(lede_article *a, size_t block, size_t lo, size_t *start,
                       size_t pos, size_t j, size_t end, int *list_next,
                       size_t *next) {
  const char *t = a->text;
  /* "1. Pack light 2. Arrive early": an item opens a sentence, and
   * the next item opens the next. */
  size_t ms = 0, me = j < end && t[j] == ')' ? j + 1 : j; /* "1.)" */
  int bullet = 0;
  int mv = S_list_marker(t, *start, pos, &ms, &bullet);
  if (!(mv && me + 1 < end && t[me] == ' ' && t[me + 1] != ' ')) return 0;
  *next = me;
  if ((bullet || (ms == *start ? mv <= 2 : mv == 1)) &&
      S_item_follows(t, me, end, mv + 1)) {
    *list_next = mv + 1;
    return 1;
  }
  if (*list_next && mv == *list_next) {
    S_push(a, block, *start, ms);
    *start = ms;
    *list_next = mv + 1;
    return 1;
  }
  /* "1. The first item. 2. The second": a marker that opens a
   * sentence after another one is no sentence of its own. */
  return ms == *start && *start > lo;
}

/* An ellipsis after a lone full stop that ends at j: the end of the
 * stop, with *ell (and *spaced3 for ". . .") set when there is one. */
static size_t S_stop_ellipsis(const char *t, size_t j, size_t end, int *ell,
                              int *spaced3) {
  /* "that. ... Next": a stop and an ellipsis are one stop. */
  size_t q;
  if (j + 3 < end && t[j] == ' ' &&
      ((t[j + 1] == '.' && t[j + 2] == '.' && t[j + 3] == '.') ||
       ((unsigned char)t[j + 1] == 0xE2 && (unsigned char)t[j + 2] == 0x80 &&
        (unsigned char)t[j + 3] == 0xA6))) {
    q = j + 1;
    while (q < end && (t[q] == '.' || (q + 2 < end && (unsigned char)t[q] == 0xE2 &&
                                      (unsigned char)t[q + 1] == 0x80 &&
                                      (unsigned char)t[q + 2] == 0xA6)))
      q += t[q] == '.' ? 1 : 3;
    j = q;
    *ell = 1;
  } else {
    /* A spaced ellipsis: "the Constitution . . . and" goes on; with a
     * fourth dot (". . . .") it ends the sentence before it. */
    q = j;
    int n = 1;
    while (q + 1 < end && t[q] == ' ' && t[q + 1] == '.') q += 2, n++;
    if (n >= 3) j = q, *ell = 1, *spaced3 = n == 3;
  }
  return j;
}

/* Where a sentence's stop that ends at j ends with what it takes along:
 * closing marks, citation markers, a closing mark after French spacing. */
static size_t S_stop_tail(const char *t, size_t j, size_t end) {
  size_t len;
  while (j < end) {
    int32_t d = lede__cp(t, end, j, &len);
    if (!S_closer(d)) break;
    j += len;
  }
  /* Citation markers go with the sentence they close: "crowned.[2]" */
  for (int refs = 0; refs < 4 && j < end && t[j] == '['; refs++) {
    size_t q = j + 1;
    while (q < end && q - j <= 5 && ((t[q] >= '0' && t[q] <= '9') ||
                                     (t[q] >= 'a' && t[q] <= 'z')))
      q++;
    if (q == j + 1 || q >= end || t[q] != ']') break;
    j = q + 1;
  }
  /* French spacing: "quoi ? »" or "fini. »" keeps the closing mark when
   * nothing but punctuation or space follows it. */
  if (j < end && lede__is_space(lede__cp(t, end, j, &len))) {
    size_t q = j;
    while (q < end && q - j < 8 && lede__is_space(lede__cp(t, end, q, &len)))
      q += len;
    int32_t m = q < end ? lede__cp(t, end, q, &len) : 0;
    if (m == 0xBB || m == 0x203A || m == 0x201D) {
      size_t r = q + len, l2;
      int32_t after = r < end ? lede__cp(t, end, r, &l2) : ' ';
      if (!lede__is_letter(after) && !lede__is_digit(after)) j = r;
    }
  }
  return j;
}

/* Does the stop c at pos (dots full stops, an ellipsis or a spaced one
 * among them; with what it takes along, through j) end the sentence
 * from start, the next opening at k after space? */
static int S_split_ends(const char *t, size_t start, size_t pos, size_t j,
                        size_t k, size_t end, int32_t c, int dots, int ell,
                        int spaced3) {
  size_t len;
  int32_t nc = lede__cp(t, end, k, &len);
  int ends;
  /* "-- wow! -- it": an aside between dashes goes on. */
  if (lede__is_dash(nc) && (nc != '-' || (k + 1 < end && t[k + 1] == '-')))
    ends = 0;
  else if (spaced3) ends = 0;
  else if (ell) ends = lede__is_upper(nc);
  else if (c == '.' && dots == 1)
    ends = S_stop_ends(t, start, S_word_before(t, start, pos), pos, k, end);
  else if (c == '!' && j == pos + 1 && pos >= start + 5 &&
           lede__eq_ci(t + pos - 5, 5, "yahoo") &&
           (pos == start + 5 || !lede__is_letter(lede__cp(t, pos - 5, lede__cp_prev(t, pos - 5), &len)))) {
    /* "Yahoo! Research": a name's own mark, read like an abbreviation's
     * full stop */
    size_t we = S_word_after(t, k, end);
    ends = !lede__is_lower(nc) &&
           (we == k || lede__lex_has(&lede__lex_sentence_starters, t + k, we - k));
  }
  else {
    ends = !lede__is_lower(nc);
    /* "“Why would we?” Lichtman said.": the attribution after a
     * quoted question or exclamation belongs to its sentence. */
    if (ends && c != '.' && j > pos + 1) {
      int32_t qc = lede__cp(t, end, lede__cp_prev(t, j), &len);
      if ((qc == '"' || qc == '\'' || qc == 0x201D || qc == 0x2019 ||
           qc == 0xBB || qc == 0x203A) &&
          S_attribution_at(t, k, end))
        ends = 0;
    }
  }
  return ends;
}

/* The sentences of block's span sp: at each stop, its run of terminals,
 * an inline list's marker, an ellipsis, what the stop takes along, then
 * whether it ends the sentence (the stops found with AVX2 if hw). */
static void S_split(lede_article *a, size_t block, lede_span sp, int hw) {
  const char *t = a->text;
  size_t end = sp.end, start = sp.start, pos = sp.start, len;
  int list_next = 0; /* the number of the next inline list item, or 0 */
  while (pos < end) {
    pos = S_next_stop(t, pos, end, hw);
    if (pos >= end) break;
    int32_t c = lede__cp(t, end, pos, &len);
    if (!S_terminal(c)) {
      pos += len;
      continue;
    }
    size_t j = pos + len;
    int dots = c == '.', ell = c == 0x2026;
    while (j < end) {
      int32_t d = lede__cp(t, end, j, &len);
      if (!S_terminal(d)) break;
      if (d == '.') dots++;
      if (d == 0x2026) ell = 1;
      j += len;
    }
    if (dots >= 3 && j - pos == (size_t)dots) ell = 1;
    int spaced3 = 0;
    if (c == '.' && j - pos == 1) {
      size_t next;
      if (S_list_stop(a, block, sp.start, &start, pos, j, end, &list_next, &next)) {
        pos = next;
        continue;
      }
      j = S_stop_ellipsis(t, j, end, &ell, &spaced3);
    }
    j = S_stop_tail(t, j, end);
    if (j >= end) break;
    int32_t d = lede__cp(t, end, j, &len);
    if (!lede__is_space(d)) {
      /* "举行。代表": a wide stop ends a sentence without a space;
       * so does a full stop between two words, "world.Today" */
      if ((S_wide_stop(c) && !S_closer(d)) ||
          (c == '.' && j == pos + 1 && S_glued(t, start, pos, end))) {
        S_push(a, block, start, j);
        start = j;
      }
      pos = j;
      continue;
    }
    size_t k = j;
    while (k < end && lede__is_space(lede__cp(t, end, k, &len))) k += len;
    if (k >= end) break;
    if (S_split_ends(t, start, pos, j, k, end, c, dots, ell, spaced3)) {
      S_push_credit(a, block, start, j);
      start = k;
      list_next = 0;
    }
    pos = k;
  }
  S_push_credit(a, block, start, end);
}

void lede__sentences(lede_article *a) {
  size_t c = 0; /* captions come in block order: one pass over them */
  int hw = lede__hw();
  for (size_t i = 0; i < a->blocks.n; i++) {
    lede__block *b = &a->blocks.v[i];
    lede_span sp = lede__s64(b->span);
    switch (b->part) {
    case LEDE_PART_TITLE:
    case LEDE_PART_STANDFIRST:
    case LEDE_PART_DATE:
    case LEDE_PART_BODY:
    case LEDE_PART_HEADING:
      break;
    case LEDE_PART_CAPTION: {
      /* Only the caption's own words, not its credit. */
      int found = 0;
      while (c < a->captions.n && a->captions.v[c].block < i) c++;
      if (c < a->captions.n && a->captions.v[c].block == i) {
        sp = a->captions.v[c].span;
        found = 1;
      }
      if (!found || sp.end <= sp.start) continue;
      break;
    }
    default:
      continue;
    }
    b->first_sent = a->sents.n;
    S_split(a, i, sp, hw);
    b->nsents = a->sents.n - b->first_sent;
  }
}

/* ==== Tokens ============================================================ */

/* Byte classes for the tokenizer: ASCII is classed by table; K_HI bytes
 * (0x80 and up) are decoded. */
enum {
  K_SP = 1,   /* white space */
  K_DG = 2,   /* digit */
  K_UP = 4,   /* A-Z */
  K_LO = 8,   /* a-z */
  K_JN = 16,  /* ' - . & join a word when a letter or digit follows */
  K_NJ = 32,  /* , : / join after a digit */
  K_HI = 64,  /* not ASCII */
  K_QU = 128  /* " ' */
};
#define K_AN (K_DG | K_UP | K_LO)
#define H8 K_HI, K_HI, K_HI, K_HI, K_HI, K_HI, K_HI, K_HI
static const unsigned char S_k[256] = {
    0, 0, 0, 0, 0, 0, 0, 0,
    0, K_SP, K_SP, K_SP, K_SP, K_SP, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0,
    K_SP, 0, K_QU, 0, 0, 0, K_JN, K_JN | K_QU,
    0, 0, 0, 0, K_NJ, K_JN, K_JN, K_NJ,
    K_DG, K_DG, K_DG, K_DG, K_DG, K_DG, K_DG, K_DG,
    K_DG, K_DG, K_NJ, 0, 0, 0, 0, 0,
    0, K_UP, K_UP, K_UP, K_UP, K_UP, K_UP, K_UP,
    K_UP, K_UP, K_UP, K_UP, K_UP, K_UP, K_UP, K_UP,
    K_UP, K_UP, K_UP, K_UP, K_UP, K_UP, K_UP, K_UP,
    K_UP, K_UP, K_UP, 0, 0, 0, 0, 0,
    0, K_LO, K_LO, K_LO, K_LO, K_LO, K_LO, K_LO,
    K_LO, K_LO, K_LO, K_LO, K_LO, K_LO, K_LO, K_LO,
    K_LO, K_LO, K_LO, K_LO, K_LO, K_LO, K_LO, K_LO,
    K_LO, K_LO, K_LO, 0, 0, 0, 0, 0,
    H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8};
#undef H8

static inline int S_alnum_u(int32_t c) {
  return lede__is_letter(c) || lede__is_digit(c);
}

/* A code point and its length, returned by value so that the tokenizer's
 * locals need no address (and can stay in registers). */
typedef struct {
  int32_t c;
  size_t len;
} S_cpl;

static S_cpl S_decode(const char *t, size_t end, size_t pos) {
  S_cpl r;
  r.c = lede__cp_slow(t, end, pos, &r.len);
  return r;
}

/* The length of the letter or digit at t[pos] (pos < end), or 0. */
static inline size_t S_alnum_len(const char *t, size_t pos, size_t end) {
  unsigned char b = (unsigned char)t[pos];
  if (b < 0x80) return (S_k[b] & K_AN) != 0;
  S_cpl r = S_decode(t, end, pos);
  return S_alnum_u(r.c) ? r.len : 0;
}

static int S_quote_mark(int32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E ||
         c == 0x201F || c == 0xAB || c == 0xBB || c == 0x2039 ||
         c == 0x203A || c == '\'' || c == 0x2018 || c == 0x2019 ||
         c == 0x201A || c == 0x201B || c == 0xFF02 || c == 0x300C ||
         c == 0x300D || c == 0x300E || c == 0x300F;
}

/* WORD plus NUM, CAP, UPPER for the word t[s, e). */
static uint32_t S_word_flags_slow(const char *t, size_t s, size_t e) {
  size_t len;
  uint32_t f = LEDE__T_WORD;
  unsigned char b0 = (unsigned char)t[s];
  if (b0 < 0x80) {
    if (S_k[b0] & K_DG) f |= LEDE__T_NUM;
    if (S_k[b0] & K_UP) f |= LEDE__T_CAP;
  } else {
    int32_t c0 = lede__cp_slow(t, e, s, &len);
    if (lede__is_digit(c0)) f |= LEDE__T_NUM;
    if (lede__is_upper(c0)) f |= LEDE__T_CAP;
  }
  int letters = 0, upper = 1;
  for (size_t i = s; i < e && (upper || letters < 2); i += len) {
    unsigned char b = (unsigned char)t[i];
    if (b < 0x80) {
      len = 1;
      if (S_k[b] & K_LO) letters++, upper = 0;
      else if (S_k[b] & K_UP) letters++;
      continue;
    }
    int32_t c = lede__cp_slow(t, e, i, &len);
    if (lede__is_letter(c)) {
      letters++;
      if (!lede__is_upper(c)) upper = 0;
    }
  }
  if (letters >= 2 && upper) f |= LEDE__T_UPPER;
  return f;
}

/* The first byte at or after pos (< wend) that is no ASCII letter or
 * digit, or wend: four bytes a step, with one bound test. */
static inline size_t S_skip_an(const char *t, size_t pos, size_t wend) {
  const unsigned char *u = (const unsigned char *)t;
  for (; pos + 4 <= wend; pos += 4) {
    if (!(S_k[u[pos]] & K_AN)) return pos;
    if (!(S_k[u[pos + 1]] & K_AN)) return pos + 1;
    if (!(S_k[u[pos + 2]] & K_AN)) return pos + 2;
    if (!(S_k[u[pos + 3]] & K_AN)) return pos + 3;
  }
  while (pos < wend && (S_k[u[pos]] & K_AN)) pos++;
  return pos;
}

/* S_word_flags_slow of a word of ASCII letters and digits (the masks'):
 * its capitals counted up to its first small letter. */
static uint32_t S_word_flags_an(const char *t, size_t s, size_t e) {
  unsigned k0 = S_k[(unsigned char)t[s]], up = 0;
  uint32_t f = LEDE__T_WORD | (k0 & K_DG ? LEDE__T_NUM : 0) | (k0 & K_UP ? LEDE__T_CAP : 0);
  for (size_t i = s; i < e; i++) {
    unsigned k = S_k[(unsigned char)t[i]];
    if (k & K_LO) return f;
    up += (k & K_UP) != 0;
  }
  return up >= 2 ? f | LEDE__T_UPPER : f;
}

/* Most words open with a lower-case ASCII letter (no NUM, CAP or UPPER)
 * or a capital and then one (CAP); the others are told by
 * S_word_flags_an if an (a word of ASCII letters and digits), else by
 * S_word_flags_slow. */
static inline __attribute__((always_inline)) uint32_t
S_word_flags_by(const char *t, size_t s, size_t e, int an) {
  unsigned k0 = S_k[(unsigned char)t[s]];
  if (k0 & K_LO) return LEDE__T_WORD;
  if ((k0 & K_UP) && (e - s == 1 || (S_k[(unsigned char)t[s + 1]] & K_LO)))
    return LEDE__T_WORD | LEDE__T_CAP;
  return an ? S_word_flags_an(t, s, e) : S_word_flags_slow(t, s, e);
}
#define S_word_flags(t, s, e) S_word_flags_by(t, s, e, 0)

/* The tokens vector lives in locals while tokenizing: stores to tokens
 * would make the compiler reload a->tokens after each one. */
#define S_TOKEN(s_, e_, flags_)                                       \
  do {                                                                \
    if (checked && n == cap) {                                        \
      a->tokens.n = n;                                                \
      lede__vec_grow(&a->arena, (void **)&a->tokens.v, &a->tokens.cap, \
                     sizeof *a->tokens.v);                            \
      v = a->tokens.v;                                                \
      cap = a->tokens.cap;                                            \
    }                                                                 \
    /* one store of the whole token, not a read-modify-write a field */ \
    v[n] = (lede__token){.start = (uint32_t)(s_),                     \
                         .len = (uint32_t)((e_) - (s_)),              \
                         .flags = (flags_)};                          \
    n++;                                                              \
  } while (0)

#if S_SSE2
/* The ASCII letters and digits of t[0, 16), a bit a byte: each range
 * moved to open at -128, so that one signed compare tells it. */
static inline unsigned S_an16(const char *t) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)t);
  __m128i y = _mm_or_si128(x, _mm_set1_epi8(0x20));
  __m128i lt = _mm_cmplt_epi8(_mm_add_epi8(y, _mm_set1_epi8((char)(0x80 - 'a'))),
                              _mm_set1_epi8((char)(-128 + 26)));
  __m128i dg = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(0x80 - '0'))),
                              _mm_set1_epi8((char)(-128 + 10)));
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(lt, dg));
}

/* The spaces (' ') of t[0, 16), a bit a byte. */
static inline unsigned S_sp16(const char *t) {
  __m128i x = _mm_loadu_si128((const __m128i *)(const void *)t);
  return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
}

#if LEDE__HW
/* S_an16 and S_sp16 of t[0, 32) at once (AVX2). */
__attribute__((target("avx2"))) static inline void S_an_sp32(const char *t, uint32_t *an,
                                                             uint32_t *sp) {
  __m256i x = _mm256_loadu_si256((const __m256i *)(const void *)t);
  __m256i y = _mm256_or_si256(x, _mm256_set1_epi8(0x20));
  __m256i lt = _mm256_cmpgt_epi8(_mm256_set1_epi8((char)(-128 + 26)),
                                 _mm256_add_epi8(y, _mm256_set1_epi8((char)(0x80 - 'a'))));
  __m256i dg = _mm256_cmpgt_epi8(_mm256_set1_epi8((char)(-128 + 10)),
                                 _mm256_add_epi8(x, _mm256_set1_epi8((char)(0x80 - '0'))));
  *an = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(lt, dg));
  *sp = (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, _mm256_set1_epi8(' ')));
}
#endif

/* Most words are ASCII letters and digits ended by a byte that joins
 * nothing (no ' - . & ’, no , : / after a digit, no letter outside
 * ASCII). The bytes of 64 from a word on are classed once, into a bit
 * of letter or digit and a bit of space a byte; words and the ASCII
 * punctuation between them are then cut by those bits, one after
 * another, until a word runs past the 64 bytes (classed again from it)
 * or cannot be ended so. The tokens from *posp, an ASCII letter or
 * digit, on; 1 to go on at the next token, 0 at a word the masks could
 * not end (at *posp). */
static inline __attribute__((always_inline)) int
S_mask_words(lede_article *a, const char *t, size_t *posp, size_t end, lede__token **vp,
             size_t *np, size_t *capp, int checked, int hw) {
  lede__token *v = *vp;
  size_t n = *np, cap = *capp, pos = *posp, o = 0;
  int on = 0;
  /* the 64 bytes are the text's: none read past its end */
  while (a->len - pos >= 64) {
    uint64_t an, sp;
#if LEDE__HW
    if (hw) {
      uint32_t a0, a1, s0, s1;
      S_an_sp32(t + pos, &a0, &s0);
      S_an_sp32(t + pos + 32, &a1, &s1);
      an = a0 | (uint64_t)a1 << 32;
      sp = s0 | (uint64_t)s1 << 32;
    } else
#endif
    {
      (void)hw;
      an = (uint64_t)S_an16(t + pos) | (uint64_t)S_an16(t + pos + 16) << 16 |
           (uint64_t)S_an16(t + pos + 32) << 32 | (uint64_t)S_an16(t + pos + 48) << 48;
      sp = (uint64_t)S_sp16(t + pos) | (uint64_t)S_sp16(t + pos + 16) << 16 |
           (uint64_t)S_sp16(t + pos + 32) << 32 | (uint64_t)S_sp16(t + pos + 48) << 48;
    }
    if (end - pos < 64) { /* no bit past the sentence */
      uint64_t in = ((uint64_t)1 << (end - pos)) - 1;
      an &= in;
      sp &= in;
    }
    /* t[pos + o] opens a word: bit o of an is set */
    for (o = 0;;) {
      uint64_t rest = ~an >> o;
      if (!rest) break; /* the word runs past the 64 bytes */
      size_t e = o + (size_t)__builtin_ctzll(rest), s = pos + o, p = pos + e;
      if (sp >> e & 1) {
        /* a space ends it; on at once if a word follows */
        S_TOKEN(s, p, S_word_flags_by(t, s, p, 1));
        o = e + 1;
        if (o < 64 && (an >> o & 1)) continue;
        p++;
      } else if (p < end) {
        /* a mark that joins a letter or digit after it ("U.S", "10:30")
         * or a byte to decode: the loop below ends the word */
        unsigned kd = S_k[(unsigned char)t[p]];
        if ((kd & K_HI) ||
            (((kd & K_JN) || ((kd & K_NJ) && (S_k[(unsigned char)t[p - 1]] & K_DG))) &&
             p + 1 < end && (S_k[(unsigned char)t[p + 1]] & (K_AN | K_HI)))) {
          pos = s;
          goto done;
        }
        S_TOKEN(s, p, S_word_flags_by(t, s, p, 1));
      } else {
        S_TOKEN(s, p, S_word_flags_by(t, s, p, 1));
      }
      /* p is past the word and its space: ASCII punctuation there (", "
       * ". ") is a token here, as the loop below would make it, and on
       * if a word follows */
      if (p >= end) goto next;
      unsigned char b = (unsigned char)t[p];
      if (b >= 0x80) goto next;
      unsigned kb = S_k[b];
      if (!(kb & K_AN)) {
        if (kb & K_SP) goto next;
        S_TOKEN(p, p + 1, LEDE__T_PUNCT | (kb & K_QU ? LEDE__T_QUOTE : 0));
        p++;
        if (p < end && t[p] == ' ') p++;
        if (p >= end) goto next;
        b = (unsigned char)t[p];
        if (b >= 0x80 || !(S_k[b] & K_AN)) goto next;
      }
      o = p - pos;
      if (o >= 64) break;
      continue;
    next:
      pos = p;
      on = 1;
      goto done;
    }
    if (!o) break; /* a word of 64 bytes or more */
    pos += o;
  }
done:
  *vp = v;
  *np = n;
  *capp = cap;
  *posp = pos;
  return on;
}
#endif

/* The end of a word at pos, past its first letter or digit: letters,
 * digits and the marks that join them ("e-mail", "10:30", "U.S"), up to
 * wend; *dots counts the full stops among them. */
static inline __attribute__((always_inline)) size_t
S_word_end(const char *t, size_t pos, size_t wend, size_t end, size_t *dots) {
  for (;;) {
    pos = S_skip_an(t, pos, wend);
    if (pos >= wend) break;
    unsigned char d0 = (unsigned char)t[pos];
    unsigned kd = S_k[d0];
    if (kd & K_SP) break; /* the usual end of a word */
    int32_t d = d0;
    size_t dl = 1, l2;
    if (kd & K_HI) {
      S_cpl r = S_decode(t, end, pos);
      d = r.c;
      dl = r.len;
      if (S_alnum_u(d)) {
        pos += dl;
        continue;
      }
    }
    int joins = (kd & K_JN) || d == 0x2019 || d == 0x2010 ||
                ((kd & K_NJ) && (S_k[(unsigned char)t[pos - 1]] & K_DG));
    if (joins && pos + dl < end && (l2 = S_alnum_len(t, pos + dl, end))) {
      if (d == '.') (*dots)++;
      pos += dl + l2;
      continue;
    }
    break;
  }
  return pos;
}

/* Split a possessive: "Bahrain's" -> "Bahrain" "'s" (once: no
 * recursion, so "x's's's..." cannot run deep). ' and ’ (E2 80 99)
 * end in 0x27 or 0x99. 1 when the word [s, e) was one, its two tokens
 * made. */
static inline __attribute__((always_inline)) int
S_possessive(lede_article *a, const char *t, size_t s, size_t e, lede__token **vp,
             size_t *np, size_t *capp, int checked) {
  if (e - s > 3 && (t[e - 1] == 's' || t[e - 1] == 'S') &&
      (t[e - 2] == '\'' || (unsigned char)t[e - 2] == 0x99)) {
    size_t ql, p = lede__cp_prev(t, e - 1);
    int32_t q = lede__cp(t, e, p, &ql);
    if ((q == '\'' || q == 0x2019) && p > s) {
      lede__token *v = *vp;
      size_t n = *np, cap = *capp;
      S_TOKEN(s, p, S_word_flags(t, s, p));
      S_TOKEN(p, e, LEDE__T_WORD);
      *vp = v;
      *np = n;
      *capp = cap;
      return 1;
    }
  }
  return 0;
}

/* The tokens of the sentence [pos, end) (lede__tokenize), asking for room
 * before each if checked: space, punctuation, then a word, by masks
 * where they can end it (if masks), else to its end and split at a
 * possessive. */
static inline __attribute__((always_inline)) void
S_sent_tokens(lede_article *a, const char *t, size_t pos, size_t end, lede__token **vp,
              size_t *np, size_t *capp, int checked, int masks, int hw) {
  lede__token *v = *vp;
  size_t n = *np, cap = *capp;
  /* a word stops at the longest a token holds, the rest another: only
   * in a sentence longer than that */
  int huge = end - pos > LEDE__TOK_MAXLEN;
  (void)hw, (void)masks; /* (without SSE2, no masks) */
  while (pos < end) {
    unsigned char b = (unsigned char)t[pos];
    unsigned kb = S_k[b];
    int32_t c = b;
    size_t len = 1;
    if (kb & K_SP) {
      pos++;
      continue;
    }
    if (kb & K_HI) {
      S_cpl r = S_decode(t, end, pos);
      c = r.c;
      len = r.len;
      if (lede__is_space(c)) {
        pos += len;
        continue;
      }
      if (S_alnum_u(c)) kb = K_LO;
    }
    if (!(kb & K_AN)) {
      uint32_t q = (kb & K_QU) || (c >= 0x80 && S_quote_mark(c))
                       ? LEDE__T_QUOTE
                       : 0;
      S_TOKEN(pos, pos + len, LEDE__T_PUNCT | q);
      pos += len;
      continue;
    }
    size_t s = pos, dots = 0;
#if S_SSE2
    if (masks && !huge && b < 0x80) {
      if (S_mask_words(a, t, &pos, end, &v, &n, &cap, checked, hw)) continue;
      s = pos;
    }
#endif
    size_t wend = huge && end - pos > LEDE__TOK_MAXLEN ? pos + LEDE__TOK_MAXLEN : end;
    pos = S_word_end(t, pos + len, wend, end, &dots);
    /* "U.S." keeps its last dot. */
    if (dots && pos < end && t[pos] == '.' && pos - s <= 12) pos++;
    size_t e = pos;
    if (S_possessive(a, t, s, e, &v, &n, &cap, checked)) continue;
    S_TOKEN(s, e, S_word_flags(t, s, e));
    if (pos < end && t[pos] == ' ') pos++; /* as the loop would */
  }
  *vp = v;
  *np = n;
  *capp = cap;
}

int lede__no_hw;

static size_t S_span_tokens(lede_article *a, lede_span sp, lede__token *out) {
  size_t n = 0, cap = sp.end - sp.start;
  S_sent_tokens(a, a->text, sp.start, sp.end, &out, &n, &cap, 0, 1, 0);
  return n;
}

#if LEDE__HW
LEDE__HW_FN static size_t
S_span_tokens_hw(lede_article *a, lede_span sp, lede__token *out) {
  size_t n = 0, cap = sp.end - sp.start;
  S_sent_tokens(a, a->text, sp.start, sp.end, &out, &n, &cap, 0, 1, 1);
  return n;
}
#endif

size_t lede__tokenize_span(lede_article *a, lede_span sp, lede__token *out) {
#if LEDE__HW
  if (lede__hw()) return S_span_tokens_hw(a, sp, out);
#endif
  return S_span_tokens(a, sp, out);
}

size_t lede__tokenize_span_bytes(lede_article *a, lede_span sp, lede__token *out) {
  size_t n = 0, cap = sp.end - sp.start;
  S_sent_tokens(a, a->text, sp.start, sp.end, &out, &n, &cap, 0, 0, 0);
  return n;
}

/* The tokens of every sentence, made from a->tokens.v[n] on (room
 * reserved for most); returns the count of a->tokens then. */
static inline __attribute__((always_inline)) size_t S_all_tokens(lede_article *a, size_t n,
                                                                 int hw) {
  const char *t = a->text;
  lede__token *v = a->tokens.v;
  size_t cap = a->tokens.cap;
  for (size_t si = 0; si < a->sents.n; si++) {
    *LEDE__PUSH(&a->arena, a->sent_tok) = (uint32_t)n;
    size_t pos = a->sents.v[si].span.start, end = a->sents.v[si].span.end;
    /* a sentence of L bytes makes L tokens at most: where they fit,
     * no token asks whether there is room */
    if (cap - n >= end - pos) S_sent_tokens(a, t, pos, end, &v, &n, &cap, 0, 1, hw);
    else S_sent_tokens(a, t, pos, end, &v, &n, &cap, 1, 1, hw);
  }
  a->tokens.v = v;
  a->tokens.cap = cap;
  return n;
}

static size_t S_all_tokens_plain(lede_article *a, size_t n) { return S_all_tokens(a, n, 0); }

#if LEDE__HW
LEDE__HW_FN static size_t
S_all_tokens_hw(lede_article *a, size_t n) {
  return S_all_tokens(a, n, 1);
}
#endif

void lede__tokenize(lede_article *a) {
  /* Token offsets are 32 bits; a text that long would need tens of
   * gigabytes anyway. */
  if (a->len > UINT32_MAX) longjmp(*a->arena.oom, 1);
  /* Prose has about one token in five bytes: room for one in four. */
  size_t bytes = 0;
  for (size_t i = 0; i < a->sents.n; i++)
    bytes += a->sents.v[i].span.end - a->sents.v[i].span.start;
  lede__vec_reserve(&a->arena, (void **)&a->tokens.v, &a->tokens.cap,
                    sizeof *a->tokens.v, a->tokens.n + bytes / 4 + 16);
  lede__vec_reserve(&a->arena, (void **)&a->sent_tok.v, &a->sent_tok.cap,
                    sizeof *a->sent_tok.v, a->sent_tok.n + a->sents.n + 1);
  size_t n;
#if LEDE__HW
  if (lede__hw()) n = S_all_tokens_hw(a, a->tokens.n);
  else
#endif
    n = S_all_tokens_plain(a, a->tokens.n);
  a->tokens.n = n;
  /* most of the room left over goes back before the stages allocate
   * theirs; a little stays for the sub-tokens entities adds */
  lede__vec_shrink(&a->arena, (void **)&a->tokens.v, &a->tokens.cap,
                   sizeof *a->tokens.v, n + n / 16 + 16);
  *LEDE__PUSH(&a->arena, a->sent_tok) = (uint32_t)n;
  lede__tok_index(a);
}
#undef S_TOKEN
