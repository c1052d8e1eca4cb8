/* Quotation marks (core/quotes_marks.c): the scan for marks passes over
 * plain ASCII sixteen or eight bytes at a time; a mark is found wherever
 * it falls in those steps, and at the end of the buffer. The Makefile
 * builds this test a second time over quotes_marks.c without SSE2. */
#include "helpers.h"
#include "quotes_internal.h"

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

/* Whether some quote of a has the cue word cue. */
static int S_has_cue(const lede_article *a, const char *text, const char *cue) {
  for (size_t k = 0; k < lede_quote_count(a); k++) {
    lede_span c;
    if (lede_quote_cue(a, k, &c) && c.end - c.start == strlen(cue) &&
        !memcmp(text + c.start, cue, c.end - c.start))
      return 1;
  }
  return 0;
}

/* A sentence in title case reads as a headline: its verbs of speech
 * report only after a name ("Lee Says ..."). Whether it is one is told
 * from its first 64 tokens; a verb in lower case among them is a
 * sentence's (its verbs report), one past them is not looked at. */
Test(quotes_marks, title_case_is_told_from_64_tokens) {
  static const char *const w[] = {"Harbor", "Bridge", "Reopens", "After",
                                  "Months", "Works", "Council", "Votes"};
  for (size_t words = 16; words <= 80; words += 64) {
    char text[1024];
    size_t n = (size_t)snprintf(text, sizeof text,
                                "City Hall Notes\n\nThe city published its "
                                "weekly notes on Monday.\n\n");
    for (size_t i = 0; i < words; i++)
      n += (size_t)snprintf(text + n, sizeof text - n, "%s%s", w[i % 8],
                            i % 4 == 3 ? ", " : " ");
    n += (size_t)snprintf(text + n, sizeof text - n,
                          "officials said the repairs were finished.\n");
    cr_assert_lt(n, sizeof text);
    lede_article *a = t_parse_opt(text, n, NULL);
    /* 16 words (20 tokens): "said" is the 22nd token; 80 words: past
     * the 64th */
    cr_assert_eq(S_has_cue(a, text, "said"), words < 64,
                 "%zu capitalized words before \"officials said\"", words);
    lede_article_free(a);
  }
}

/* The plain runs read 32 bytes a step with AVX2 (where the processor has
 * it) end where they end read sixteen or eight at a time: at every start
 * and end in buffers of ASCII with marks and bytes over 0x7F strewn at
 * random, the step past the end of the run read in one step where the
 * buffer holds 32 bytes. */
Test(quotes_marks, plain_runs_with_avx2_as_without) {
  static const char strew[] = "\"'`\xc3\xe2\x80";
  unsigned r = 7;
  for (int round = 0; round < 200; round++) {
    char buf[160];
    size_t lim = 40 + (size_t)(round % 120);
    for (size_t k = 0; k < lim; k++) {
      r = r * 1103515245u + 12345u;
      buf[k] = (char)('a' + (r >> 16) % 26);
      if ((r >> 8) % 53 < (unsigned)(round % 5)) buf[k] = strew[(r >> 20) % 6];
      if ((r >> 8) % 61 == 0) buf[k] = ' ';
    }
    size_t bad = 0;
    for (size_t j = 0; j < lim; j++)
      for (size_t hi = j; hi <= lim; hi++)
        bad += lede__q_plain_end(buf, j, hi, lim, 1) !=
               lede__q_plain_end(buf, j, hi, lim, 0);
    cr_assert_eq(bad, 0, "round %d", round);
  }
}
