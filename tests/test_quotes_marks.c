/* Quotation marks (core/quotes_marks.c): the scan for marks passes over
 * plain ASCII sixteen or eight bytes at a time; a mark is found wherever
 * it falls in those steps, and at the end of the buffer. The Makefile
 * builds this test a second time over quotes_marks.c without SSE2. */
#include "helpers.h"

/* A sentence before the quote's, then pad spaces (pad >= 1). */
static size_t S_fill(char *b, size_t pad) {
  static const char before[] = "Jos\xc3\xa9 left.";
  memcpy(b, before, sizeof before - 1);
  memset(b + sizeof before - 1, ' ', pad);
  return sizeof before - 1 + pad;
}

/* The quote whose marks span [start, end) is found. */
static void S_has_outer(const char *s, size_t len, size_t start, size_t end) {
  lede_article *a = t_parse_opt(s, len, NULL);
  size_t k = 0, n = lede_quote_count(a);
  while (k < n && lede_quote_outer(a, k).start != start) k++;
  cr_assert_lt(k, n, "no quote at %zu in \"%.*s\"", start, (int)len, s);
  cr_assert_eq(lede_quote_outer(a, k).end, end, "quote at %zu ends at %zu",
               start, lede_quote_outer(a, k).end);
  lede_article_free(a);
}

Test(quotes_marks, a_mark_is_found_at_every_offset) {
  static const char *const marks[][2] = {
      {"\"", "\""},
      {"\xe2\x80\x9c", "\xe2\x80\x9d"},
      {"\xe2\x80\x98", "\xe2\x80\x99"},
      {"\xc2\xab", "\xc2\xbb"},
      {"``", "''"},
  };
  static const char *const inner[] = {"We will win the vote,",
                                      "We'll win, it\xe2\x80\x99s sure,"};
  for (size_t m = 0; m < sizeof marks / sizeof *marks; m++)
    for (size_t q = 0; q < sizeof inner / sizeof *inner; q++)
      for (size_t pad = 1; pad <= 40; pad++)
        for (int tail = 0; tail < 2; tail++) {
          char text[160];
          size_t n = S_fill(text, pad);
          size_t o = strlen(marks[m][0]), c = strlen(marks[m][1]);
          size_t w = strlen(inner[q]);
          memcpy(text + n, marks[m][0], o);
          memcpy(text + n + o, inner[q], w);
          memcpy(text + n + o + w, marks[m][1], c);
          size_t end = n + o + w + c, len = end;
          if (tail) { /* else the closing mark ends the buffer */
            memcpy(text + end, " Lee said.", 10);
            len += 10;
          }
          char *buf = malloc(len);
          cr_assert_not_null(buf);
          memcpy(buf, text, len);
          S_has_outer(buf, len, n, end);
          free(buf);
        }
}
