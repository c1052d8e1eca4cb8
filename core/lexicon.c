/* Look-ups in the generated word lists. */
#include "lexicon.h"

static int S_cmp(const char *s, size_t n, const char *w) {
  for (size_t i = 0; i < n; i++) {
    unsigned char a = (unsigned char)s[i], b = (unsigned char)w[i];
    if (a >= 'A' && a <= 'Z') a = (unsigned char)(a | 0x20);
    if (!b) return 1;
    if (a != b) return a < b ? -1 : 1;
  }
  return w[n] ? -1 : 0;
}

int lede__lex_has(const lede__lexicon *lx, const char *s, size_t n) {
  size_t lo = 0, hi = lx->n;
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

size_t lede__lex_prefix(const lede__lexicon *lx, const char *s, size_t n) {
  if (n == 0) return 0;
  /* Only entries sharing the first byte can match: find their range. */
  unsigned char c0 = (unsigned char)s[0];
  if (c0 >= 'A' && c0 <= 'Z') c0 = (unsigned char)(c0 | 0x20);
  size_t lo = 0, hi = lx->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if ((unsigned char)lx->words[mid][0] < c0) lo = mid + 1;
    else hi = mid;
  }
  size_t best = 0;
  for (size_t k = lo; k < lx->n && (unsigned char)lx->words[k][0] == c0;
       k++) {
    const char *w = lx->words[k];
    size_t i = 0;
    for (; w[i] && i < n; i++) {
      unsigned char a = (unsigned char)s[i];
      if (a >= 'A' && a <= 'Z') a = (unsigned char)(a | 0x20);
      if (a != (unsigned char)w[i]) break;
    }
    if (w[i]) continue;
    /* Whole words only: "comments" is not a prefix of "commentsection". */
    if (i < n && S_word_char((unsigned char)s[i]) &&
        S_word_char((unsigned char)w[i - 1]))
      continue;
    if (i > best) best = i;
  }
  return best;
}
