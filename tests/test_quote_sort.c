/* lede__q_sort_quotes sorts from the first quote out of order on and
 * merges that tail in: the order must be a stable sort's, quotes with the
 * same marks keeping theirs (white-box: core/quotes_internal.h). */
#include "helpers.h"
#include "quotes_internal.h"

/* A stable sort by lede__q_cmp_quote, one insertion at a time. */
static void t_insertion(lede__quote *v, size_t n) {
  for (size_t i = 1; i < n; i++) {
    lede__quote q = v[i];
    size_t k = i;
    for (; k > 0 && lede__q_cmp_quote(&v[k - 1], &q) > 0; k--) v[k] = v[k - 1];
    v[k] = q;
  }
}

/* lede__q_sort_quotes of v[0, n) (through article a) gives a stable
 * sort's order: each quote's content start is its place before. */
static void t_sorts_stably(lede_article *a, lede__quote *v, lede__quote *w,
                           size_t n, int round) {
  lede__quote *saved = a->quotes.v;
  size_t saved_n = a->quotes.n;
  memcpy(w, v, n * sizeof *v);
  t_insertion(w, n);
  a->quotes.v = v;
  a->quotes.n = n;
  lede__q_sort_quotes(a);
  a->quotes.v = saved;
  a->quotes.n = saved_n;
  for (size_t i = 0; i < n; i++)
    cr_assert_eq(v[i].content.start, w[i].content.start,
                 "round %d: quote %zu differs", round, i);
}

Test(quote_sort, sorted_as_a_stable_sort) {
  lede_article *a = t_parse("Lee said it rained.");
  lede__quote v[24], w[24];
  unsigned seed = 12345;
  for (int round = 0; round < 2000; round++) {
    size_t n = (size_t)round % 24 + 1;
    for (size_t i = 0; i < n; i++) {
      memset(&v[i], 0, sizeof v[i]);
      seed = seed * 1103515245u + 12345u;
      /* (few starts and ends, so that many quotes tie) */
      uint32_t s = (seed >> 16) % 6, e = s + (seed >> 8) % 3;
      /* an in-order prefix of some length, then anything */
      if (i < (size_t)round % 7) s = e = (uint32_t)i;
      v[i].outer = (lede__span32){s, e};
      v[i].content = (lede__span32){(uint32_t)i, (uint32_t)i}; /* its place */
    }
    t_sorts_stably(a, v, w, n, round);
  }
  lede_article_free(a);
}

/* A tail longer than lede__q_sort_tail merges (a long text's) is sorted
 * with the rest: the same order. */
Test(quote_sort, long_tail_sorted_as_a_stable_sort) {
  lede_article *a = t_parse("Lee said it rained.");
  size_t n = 6000;
  lede__quote *v = calloc(n, sizeof *v), *w = calloc(n, sizeof *w);
  cr_assert(v && w);
  unsigned seed = 777;
  for (size_t i = 0; i < n; i++) {
    seed = seed * 1103515245u + 12345u;
    uint32_t s = (seed >> 16) % 500, e = s + (seed >> 8) % 3;
    if (i < 100) s = e = (uint32_t)i; /* in order, then anything */
    v[i].outer = (lede__span32){s, e};
    v[i].content = (lede__span32){(uint32_t)i, (uint32_t)i};
  }
  t_sorts_stably(a, v, w, n, 0);
  lede_article_free(a);
  free(v);
  free(w);
}
