/* Questions asked of a parsed article: speaker names and the timeline. */
#include "helpers.h"

static const char S_story[] =
    "Ministry rejects port plan\n"
    "\n"
    "LISBON (Reuters) - The Portuguese transport ministry on Tuesday "
    "rejected the plan. \"The port will not be sold,\" it said in a "
    "statement.\n"
    "\n"
    "\"We were never asked,\" said Ana Costa, the mayor of Sines.\n";

static long S_quote(const lede_article *a, const char *start) {
  long q = t_find(a, start);
  cr_assert_geq(q, 0, "no quote starting \"%s\"", start);
  return q;
}

static int S_is(const lede_article *a, long q, const char *name, int exact) {
  return lede_quote_speaker_is(a, (size_t)q, name, strlen(name), exact);
}

Test(query, speaker_words_in_order) {
  lede_article *a = t_parse(S_story);
  long port = S_quote(a, "The port"), asked = S_quote(a, "We were");
  /* "it" goes by what it refers to, words in order, any case. */
  cr_expect(S_is(a, port, "transport ministry", 0));
  cr_expect(S_is(a, port, "PORTUGUESE ministry", 0));
  cr_expect(!S_is(a, port, "ministry transport", 0));
  cr_expect(!S_is(a, port, "Costa", 0));
  cr_expect(S_is(a, asked, "Costa", 0));
  cr_expect(S_is(a, asked, "ana costa", 0));
  cr_expect(!S_is(a, asked, "ministry", 0));
  /* No words, no match. */
  cr_expect(!S_is(a, asked, " -- ", 0));
  cr_expect(!S_is(a, asked, "", 0));
  lede_article_free(a);
}

Test(query, speaker_exact) {
  lede_article *a = t_parse(S_story);
  long port = S_quote(a, "The port"), asked = S_quote(a, "We were");
  cr_expect(!S_is(a, asked, "Costa", 1));
  cr_expect(S_is(a, asked, "Ana Costa", 1));
  cr_expect(!S_is(a, port, "transport ministry", 1));
  /* A leading article is ignored on either side. */
  cr_expect(S_is(a, port, "the Portuguese transport ministry", 1));
  cr_expect(S_is(a, port, "Portuguese transport ministry", 1));
  lede_article_free(a);
}

Test(query, speaker_bad_arguments) {
  lede_article *a = t_parse(S_story);
  cr_expect(!lede_quote_speaker_is(a, 99, "Costa", 5, 0));
  cr_expect(!lede_quote_speaker_is(a, 0, NULL, 0, 0));
  cr_expect(!lede_quote_speaker_is(NULL, 0, "Costa", 5, 0));
  lede_article_free(a);
}

static const char S_dated[] =
    "Talks resume\n"
    "\n"
    "The talks resume on March 4, 2021, after a break that began in "
    "2020. Delegates met on February 2, 2021, and again at 10:30 on "
    "March 4, 2021. The agreement runs for three years.\n";

Test(query, timeline_order) {
  lede_article *a = t_parse(S_dated);
  size_t n = lede_date_count(a);
  size_t *order = malloc((n ? n : 1) * sizeof *order);
  size_t k = lede_timeline(a, order);
  const char *want[] = {"2020", "2021-02-02", "2021-03-04", "2021-03-04"};
  cr_assert_eq(k, sizeof want / sizeof *want, "timeline has %zu items", k);
  for (size_t j = 0; j < k; j++)
    cr_expect_str_eq(lede_date_value(a, order[j]), want[j]);
  /* Same start and grain: text order. */
  cr_expect_lt(order[2], order[3]);
  /* The duration and the time of an unknown day have no start. */
  for (size_t j = 0; j < k; j++)
    cr_expect_eq(lede_date_type_of(a, order[j]), LEDE_DATE_DATE);
  cr_expect_eq(lede_timeline(NULL, order), 0);
  cr_expect_eq(lede_timeline(a, NULL), 0);
  free(order);
  lede_article_free(a);
}
