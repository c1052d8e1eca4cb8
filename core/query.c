/* Questions a caller asks of a parsed article: does a quote's speaker
 * match a name, and in what order do its dates fall. */
#include <string.h>
#include <utf8proc.h>

#include "internal.h"

/* ==== Speaker names ==================================================== */

enum { S_WORD_CAP = 64 };

/* The next word of s[*i..n) (letters and digits; ' and ’ split words):
 * its lower-cased code points go to w (at most S_WORD_CAP), their count
 * returned; 0 at the end. */
static size_t S_next_word(const char *s, size_t n, size_t *i, int32_t *w) {
  size_t k = 0;
  while (*i < n) {
    utf8proc_int32_t c;
    utf8proc_ssize_t len = utf8proc_iterate(
        (const utf8proc_uint8_t *)s + *i, (utf8proc_ssize_t)(n - *i), &c);
    if (len <= 0) {
      len = 1;
      c = -1;
    }
    *i += (size_t)len;
    utf8proc_category_t cat = c >= 0 ? utf8proc_category(c) : 0;
    if (c >= 0 && ((cat >= UTF8PROC_CATEGORY_LU &&
                    cat <= UTF8PROC_CATEGORY_LO) ||
                   cat == UTF8PROC_CATEGORY_ND)) {
      if (k < S_WORD_CAP) w[k] = utf8proc_tolower(c);
      k++;
    } else if (k) {
      break;
    }
  }
  return k < S_WORD_CAP ? k : S_WORD_CAP;
}

/* Do the words of pat occur, in order, among the words of s? */
static int S_words_in(const char *pat, size_t pn, const char *s, size_t sn) {
  int32_t pw[S_WORD_CAP], sw[S_WORD_CAP];
  size_t pi = 0, si = 0, np, ns;
  int any = 0;
  while ((np = S_next_word(pat, pn, &pi, pw)) > 0) {
    any = 1;
    do
      if ((ns = S_next_word(s, sn, &si, sw)) == 0) return 0;
    while (ns != np || memcmp(pw, sw, np * sizeof *pw) != 0);
  }
  return any;
}

/* The first word of s[*i..n) after a leading "the", "an" or "a" that is
 * not the only word; its length, 0 at the end. */
static size_t S_first_word(const char *s, size_t n, size_t *i, int32_t *w) {
  static const int32_t the[] = {'t', 'h', 'e'}, an[] = {'a', 'n'};
  size_t k = S_next_word(s, n, i, w);
  if ((k == 3 && !memcmp(w, the, sizeof the)) ||
      (k == 2 && !memcmp(w, an, sizeof an)) || (k == 1 && w[0] == 'a')) {
    size_t save = *i;
    int32_t tmp[S_WORD_CAP];
    if (S_next_word(s, n, &save, tmp) > 0) k = S_next_word(s, n, i, w);
  }
  return k;
}

/* Are the words of pat exactly the words of s, ignoring case and a
 * leading article ("the Foreign Office" is exactly "Foreign Office")? */
static int S_words_eq(const char *pat, size_t pn, const char *s, size_t sn) {
  int32_t pw[S_WORD_CAP], sw[S_WORD_CAP];
  size_t pi = 0, si = 0;
  size_t np = S_first_word(pat, pn, &pi, pw);
  size_t ns = S_first_word(s, sn, &si, sw);
  if (np == 0) return 0;
  while (np > 0) {
    if (ns != np || memcmp(pw, sw, np * sizeof *pw) != 0) return 0;
    np = S_next_word(pat, pn, &pi, pw);
    ns = S_next_word(s, sn, &si, sw);
  }
  return ns == 0;
}

static int S_span_is(const lede_article *a, lede_span sp, const char *name,
                     size_t len, int exact) {
  if (sp.end <= sp.start) return 0;
  const char *t = a->text + sp.start;
  size_t n = sp.end - sp.start;
  return exact ? S_words_eq(name, len, t, n) : S_words_in(name, len, t, n);
}

int lede_quote_speaker_is(const lede_article *a, size_t i, const char *name,
                          size_t len, int exact) {
  lede_span s;
  if (!a || !name) return 0;
  if ((lede_quote_speaker(a, i, &s) && S_span_is(a, s, name, len, exact)) ||
      (lede_quote_speaker_ref(a, i, &s) &&
       S_span_is(a, s, name, len, exact)) ||
      (lede_quote_speaker_org(a, i, &s) && S_span_is(a, s, name, len, exact)))
    return 1;
  size_t e = lede_quote_speaker_entity(a, i);
  if (e == LEDE_NONE) return 0;
  if (S_span_is(a, lede_entity_name(a, e), name, len, exact)) return 1;
  for (size_t k = 0; k < lede_entity_alias_count(a, e); k++)
    if (S_span_is(a, lede_entity_alias(a, e, k), name, len, exact)) return 1;
  return 0;
}

/* ==== Timeline ========================================================= */

/* Does date i fall after date j on the timeline?  By start, then a
 * coarser value first ("2021" before "2021-01-01"), then text order. */
static int S_after(const lede_article *a, size_t i, size_t j) {
  double x = 0, y = 0;
  lede_date_start(a, i, &x);
  lede_date_start(a, j, &y);
  if (x != y) return x > y;
  lede_date_gran gi = lede_date_granularity(a, i),
                 gj = lede_date_granularity(a, j);
  if (gi != gj) return gi > gj;
  return i > j;
}

/* Restores the heap below v[r] (the largest at the root). */
static void S_sift(const lede_article *a, size_t *v, size_t r, size_t n) {
  for (size_t c; (c = 2 * r + 1) < n; r = c) {
    if (c + 1 < n && S_after(a, v[c + 1], v[c])) c++;
    if (!S_after(a, v[c], v[r])) break;
    size_t t = v[r];
    v[r] = v[c];
    v[c] = t;
  }
}

size_t lede_timeline(const lede_article *a, size_t *out) {
  size_t n = 0;
  double m;
  if (!a || !out) return 0;
  for (size_t i = 0; i < lede_date_count(a); i++) {
    lede_date_type t = lede_date_type_of(a, i);
    if ((t == LEDE_DATE_DATE || t == LEDE_DATE_TIME) &&
        lede_date_start(a, i, &m))
      out[n++] = i;
  }
  /* Heap sort: no scratch memory, and the order is total, so no ties. */
  for (size_t r = n / 2; r-- > 0;) S_sift(a, out, r, n);
  for (size_t k = n; k > 1; k--) {
    size_t t = out[0];
    out[0] = out[k - 1];
    out[k - 1] = t;
    S_sift(a, out, 0, k - 1);
  }
  return n;
}
