/* lede__date_fill classifies a short token by its bytes read eight at a
 * time, a vocabulary word by what S_set_word would write kept with its
 * entry, a first byte by a table of S_dull_byte, and "twenty-five" by
 * lede__date_number only when its right part is a number word of 1 to 9;
 * S_classify, its slow path, does each step as written. Both must agree
 * on every word of the vocabulary and of the quotes stage (in lower case,
 * capitalized and in capitals, and after a tens word and a hyphen), and on
 * the test articles, and leave the same q_want bits as a slow reading of
 * the quotes stage's words and lede__q_phrase_first; lede__date_tense_at,
 * which reads a word with no tcue by its ending alone, must tell the tense
 * S_tense_word reads from every word; S_clock reads no time where
 * S_clock_may turns a token down; no expression may start at a plain word
 * lede__date_fill calls dull (S_may_lead), and S_scan's skip finds the
 * first token that is not (white-box: core/dates_internal.h). */
#include "helpers.h"
#include "dates_internal.h"

static void t_same(const char *what, const char *text) {
  lede_article *a = t_parse(text);
  const char *err = lede__date_check_fill(a);
  cr_expect_null(err, "%s: %s", what, err ? err : "");
  err = lede__date_check_tense(a);
  cr_expect_null(err, "%s: %s", what, err ? err : "");
  err = lede__date_check_clock(a);
  cr_expect_null(err, "%s: %s", what, err ? err : "");
  err = lede__date_check_dull(a);
  cr_expect_null(err, "%s: %s", what, err ? err : "");
  lede_article_free(a);
}

Test(date_fill, fast_path_as_slow_path_on_every_word) {
  char *text = lede__date_words_text();
  cr_assert_not_null(text);
  t_same("every word looked up", text);
  free(text);
}

Test(date_fill, fast_path_as_slow_path_on_articles) {
  static const char *const files[] = {
      "tests/articles/ap-storm.txt",       "tests/articles/boiler-cookies.txt",
      "tests/articles/captions-mid.txt",   "tests/articles/german-dpa.txt",
      "tests/articles/lemonde-fr.txt",     "tests/articles/reuters-wire.txt",
      "examples/articles/bajwa-bahrain-2021-03-10.txt"};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    size_t len;
    char *text = t_read(files[i], &len);
    t_same(files[i], text);
    free(text);
  }
  t_same("dates", "On 10/03/2021 at 10:30am, mid-March, the 1990s, Q3 and "
                  "H1 2021, twenty-five two-week 8-month-old 2014-2015 "
                  "third-quarter 21-September-2013 1,500 3rd 19.02.2010 "
                  "2021-03-10T14:30:00Z 1:15-2:45pm, 100% \u2019s 'til. "
                  "At half past three, a quarter to five, 3 o'clock, noon "
                  "and midnight, 7 in the evening, 0900 GMT, 8 - 11pm.");
  t_same("lead words", "Until then, and by then, the then current chief said "
                       "these days that New Year's Day, the New Year's Eve "
                       "party, Election Day, Easter and Thanksgiving, the '90s "
                       "and the \u201990s were news; the new era, then.");
}
