/* Look-ups in the generated word lists. */
#include <string.h>

#include "gazetteer.h"
#include "lexicon.h"
#include "wordhash.h"

/* ASCII lower case of every byte: one load in the hash's inner loops. */
static const unsigned char S_fold_tab[256] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
    32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
    64, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91, 92, 93, 94, 95,
    96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
    128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,
    144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
    160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175,
    176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
    192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207,
    208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223,
    224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
    240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
};
#define S_fold(b) S_fold_tab[(unsigned char)(b)]

/* s[0..n) ASCII-folded equals key[0..n): eight bytes a step, in loads
 * that overlap rather than read past either's n bytes. */
static int S_eq_fold(const char *s, const char *key, size_t n) {
  uint64_t a, b;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      memcpy(&a, s + i, 8);
      memcpy(&b, key + i, 8);
      if (lede__fold_case(a) != b) return 0;
    }
    memcpy(&a, s + n - 8, 8);
    memcpy(&b, key + n - 8, 8);
    return lede__fold_case(a) == b;
  }
  if (n >= 4) {
    uint32_t a0, a1, b0, b1;
    memcpy(&a0, s, 4);
    memcpy(&a1, s + n - 4, 4);
    memcpy(&b0, key, 4);
    memcpy(&b1, key + n - 4, 4);
    return lede__fold_case((uint64_t)a1 << 32 | a0) == ((uint64_t)b1 << 32 | b0);
  }
  for (size_t i = 0; i < n; i++)
    if (S_fold((unsigned char)s[i]) != (unsigned char)key[i]) return 0;
  return 1;
}

/* Open addressing with linear probing, keyed by the ASCII-folded word
 * hash, as tools/gen_lexicon.lua builds it. */
const lede__word *lede__word_find(const char *s, size_t n) {
  if (n == 0) return NULL;
  uint32_t h = lede__word_hash(s, n, 1);
  size_t i;
  uint32_t tag = h >> 17 << 17;
  for (i = h & lede__word_mask;; i = (i + 1) & lede__word_mask) {
    uint32_t v = lede__word_slots[i];
    if (!v) return NULL;
    if ((v & 0xFFFE0000u) != tag) continue;
    const lede__word *w = &lede__words[v & 0x1FFFF];
    if (w->len == n && S_eq_fold(s, w->key, n)) return w;
  }
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
  if (id) return (w->lists[(id - 1) / 64] >> ((id - 1) % 64)) & 1;
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
  if (id) return lede__word_in(lede__word_find(s, n), lx);
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
