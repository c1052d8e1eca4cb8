/* Reported speech without quotation marks: cue frames with a particle,
 * nested reports, numbers as sources. Invented sentences, read by hand. */
#include "helpers.h"

/* Index of the quote whose content starts with `start`, or -1. */
static long r_find(const lede_article *a, const char *start) {
  const char *text = lede_text(a, NULL);
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    lede_span s = lede_quote_span(a, i);
    if (s.end - s.start >= strlen(start) &&
        strncmp(text + s.start, start, strlen(start)) == 0)
      return (long)i;
  }
  return -1;
}

/* The quote starting `start`: its speaker as written, cue and class. */
static size_t r_check(const lede_article *a, const char *start,
                      const char *speaker, const char *cue,
                      lede_cue_class cls) {
  long i = r_find(a, start);
  cr_assert_geq(i, 0, "no quote starting \"%s\"", start);
  size_t k = (size_t)i;
  lede_span s;
  cr_assert(lede_quote_speaker(a, k, &s), "no speaker for \"%s\"", start);
  t_assert_span(a, s, speaker);
  cr_assert(lede_quote_cue(a, k, &s), "no cue for \"%s\"", start);
  t_assert_span(a, s, cue);
  cr_assert_eq(lede_quote_cue_class(a, k), cls, "class of \"%s\": %s", start,
               lede_cue_class_name(lede_quote_cue_class(a, k)));
  cr_assert_eq(lede_quote_kind_of(a, k), LEDE_QUOTE_INDIRECT);
  return k;
}

Test(reported, verbs_with_a_particle) {
  lede_article *a = t_parse(
      "Council votes on the budget\n\n"
      "Senator Ann Ruiz talked about the budget shortfall at a town hall on "
      "Monday.\n\n"
      "The governor spoke for an hour without notes.\n\n"
      "Three council members voted against the transit levy, and the mayor "
      "pointed to the rising cost of fuel.\n\n"
      "Several donors called for a recount.\n");
  r_check(a, "the budget shortfall", "Senator Ann Ruiz", "talked about",
          LEDE_CUE_SPEECH);
  r_check(a, "the transit levy", "Three council members", "voted against",
          LEDE_CUE_OTHER);
  r_check(a, "the rising cost of fuel", "the mayor", "pointed to",
          LEDE_CUE_SPEECH);
  r_check(a, "a recount", "Several donors", "called for", LEDE_CUE_SPEECH);
  /* "spoke for an hour": no particle of a report, no quote. */
  cr_assert_lt(r_find(a, "an hour"), 0);
  cr_assert_lt(r_find(a, "for an hour"), 0);
  lede_article_free(a);
}

/* "The mayor said she would vote for the levy": one statement by the
 * mayor; a report of someone else inside it is nested in it. */
Test(reported, nested_report_of_the_same_source_is_one_statement) {
  lede_article *a = t_parse(
      "Levy vote\n\n"
      "The mayor said she would vote for the levy next year.\n\n"
      "The treasurer said the governor would vote for the levy.\n");
  size_t k = r_check(a, "she would vote for the levy", "The mayor", "said",
                     LEDE_CUE_SPEECH);
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  cr_assert_lt(r_find(a, "the levy next year"), 0,
               "the mayor's vote is her own statement's content");
  size_t p = r_check(a, "the governor would vote", "The treasurer", "said",
                     LEDE_CUE_SPEECH);
  size_t n = r_check(a, "the levy", "the governor", "vote for",
                     LEDE_CUE_OTHER);
  cr_assert_eq(lede_quote_parent(a, n), p);
  cr_assert_eq(lede_quote_count(a), 3);
  lede_article_free(a);
}
