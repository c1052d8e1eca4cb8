/* Look-ups in the generated word lists. */
#include <string.h>

#include "gazetteer.h"
#include "lexicon.h"
#include "tokens.h"
#include "wordhash.h"

/* Open addressing with linear probing, keyed by the ASCII-folded word
 * hash, as tools/gen_lexicon.lua builds it. */
static inline __attribute__((always_inline)) const lede__word *
S_find(const char *s, size_t n, uint32_t h) {
  size_t i;
  uint32_t tag = h >> 17 << 17;
  for (i = h & lede__word_mask;; i = (i + 1) & lede__word_mask) {
    uint32_t v = lede__word_slots[i];
    if (!v) return NULL;
    if ((v & 0xFFFE0000u) != tag) continue;
    const lede__word *w = &lede__words[v & 0x1FFFF];
    if (w->len == n && lede__key_eq(s, w->key, n, 1)) return w;
  }
}

const lede__word *lede__word_find(const char *s, size_t n) {
  return n ? S_find(s, n, lede__word_hash(s, n, 1)) : NULL;
}

const lede__word *lede__word_find_h(const char *s, size_t n, uint32_t h) {
  return n ? S_find(s, n, h) : NULL;
}

/* The list's bit in lede__word.lists, plus one; 0 for a list outside the
 * hash. The gazetteer's word tables are generated elsewhere, so their
 * ids come from lexicon.h. */
unsigned lede__lex_id(const lede__lexicon *lx) {
  if (lx->id) return lx->id;
  if (lx == &lede__gaz_first_names) return LEDE__LEX_ID_GAZ_FIRST_NAMES;
  if (lx == &lede__gaz_common_words) return LEDE__LEX_ID_GAZ_COMMON_WORDS;
  if (lx == &lede__gaz_top_words) return LEDE__LEX_ID_GAZ_TOP_WORDS;
  return 0;
}

static int S_cmp(const char *s, size_t n, const char *w) {
  for (size_t i = 0; i < n; i++) {
    unsigned char a = (unsigned char)s[i], b = (unsigned char)w[i];
    if (a >= 'A' && a <= 'Z') a = (unsigned char)(a | 0x20);
    if (!b) return 1;
    if (a != b) return a < b ? -1 : 1;
  }
  return w[n] ? -1 : 0;
}

static inline unsigned char S_lower1(char c) {
  unsigned char b = (unsigned char)c;
  return b >= 'A' && b <= 'Z' ? (unsigned char)(b | 0x20) : b;
}

/* First entry whose first byte is >= c. */
static size_t S_first_at_least(const lede__lexicon *lx, unsigned c) {
  size_t lo = 0, hi = lx->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if ((unsigned char)lx->words[mid][0] < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* The entries opening with byte c0, from the index or, for a list without
 * one (first == NULL), by binary search. */
static void S_bucket(const lede__lexicon *lx, unsigned char c0, size_t *lo,
                     size_t *hi) {
  if (lx->first) {
    *lo = lx->first[c0];
    *hi = lx->first[c0 + 1];
  } else {
    *lo = S_first_at_least(lx, c0);
    *hi = S_first_at_least(lx, (unsigned)c0 + 1);
  }
}

int lede__word_in(const lede__word *w, const lede__lexicon *lx) {
  unsigned id = lede__lex_id(lx);
  if (!w) return 0;
  if (id) return lede__word_has_id(w, id);
  return lede__lex_has(lx, w->key, w->len);
}

int lede__lex_has(const lede__lexicon *lx, const char *s, size_t n) {
  if (n == 0 || n < lx->minlen || (lx->first && n > lx->maxlen)) return 0;
  /* No entry of this length opens with this byte: most words, asked of
   * most lists, end here unhashed. */
  if (lx->id && !(lede__lex_lens[lx->id - 1][S_lower1(s[0]) & 31] >>
                  (n < 31 ? n : 31) & 1))
    return 0;
  /* No entry opens with this letter: no need to hash the word. */
  if (lx->first) {
    unsigned char c0 = S_lower1(s[0]);
    if (lx->first[c0] == lx->first[c0 + 1]) return 0;
  }
  unsigned id = lede__lex_id(lx);
  if (id) return lede__word_has_id(lede__word_find(s, n), id);
  unsigned char c0 = S_lower1(s[0]);
  size_t lo, hi;
  S_bucket(lx, c0, &lo, &hi);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = S_cmp(s, n, lx->words[mid]);
    if (c == 0) return 1;
    if (c < 0) hi = mid;
    else lo = mid + 1;
  }
  return 0;
}

static int S_word_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c >= 0x80;
}

/* First k in [lo, hi) whose byte i is >= c (entries in [lo, hi) share
 * bytes 0..i-1 and are longer than i). */
static size_t S_lower(const lede__lexicon *lx, size_t lo, size_t hi,
                      size_t i, unsigned char c) {
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if ((unsigned char)lx->words[mid][i] < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Whole words only: "comments" is not a prefix of "commentsection". An
 * entry w of length i opens s[0..n) at a boundary? */
static int S_boundary(const char *s, size_t n, const char *w, size_t i) {
  return !(i < n && S_word_char((unsigned char)s[i]) &&
           S_word_char((unsigned char)w[i - 1]));
}

/* lede__lex_prefix over a few entries [lo, hi) that share s[0..i): one
 * comparison each. */
static size_t S_prefix_scan(const lede__lexicon *lx, size_t lo, size_t hi,
                            size_t i, const char *s, size_t n, size_t best) {
  for (size_t k = lo; k < hi; k++) {
    const char *w = lx->words[k];
    size_t j = i;
    while (w[j] && j < n && S_lower1(s[j]) == (unsigned char)w[j]) j++;
    if (!w[j] && j > best && S_boundary(s, n, w, j)) best = j;
  }
  return best;
}

size_t lede__lex_prefix(const lede__lexicon *lx, const char *s, size_t n) {
  /* Narrow [lo, hi) to the entries opening with s[0..i), one byte at a
   * time; an entry of length i sorts first in its range. */
  if (n == 0) return 0;
  unsigned char c0 = S_lower1(s[0]);
  size_t lo, hi, best = 0;
  S_bucket(lx, c0, &lo, &hi);
  for (size_t i = 1; lo < hi; i++) {
    const char *w = lx->words[lo];
    if (!w[i]) {
      if (S_boundary(s, n, w, i)) best = i;
      if (++lo == hi) break;
    }
    if (i >= n) break;
    if (hi - lo <= 4) return S_prefix_scan(lx, lo, hi, i, s, n, best);
    unsigned char c = S_lower1(s[i]);
    lo = S_lower(lx, lo, hi, i, c);
    if (c < 0xFF) hi = S_lower(lx, lo, hi, i, (unsigned char)(c + 1));
  }
  return best;
}
