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
 * first token that is not (white-box: core/dates_internal.h). The word
 * entries lede__date_fill keeps for the quotes stage (lede__tok_word_put)
 * must be lede__tok_word_slow's, alone and after the entities stage's. */
#include <ctype.h>

#include "helpers.h"
#include "dates_internal.h"

/* The word entries lede__date_fill keeps in a's memo, with a slot a
 * token and with 8 shared (where it keeps none); how many. */
static size_t t_words(const char *what, lede_article *a) {
  size_t kept = 0;
  for (int m = 0; m < 2; m++) {
    if (m) lede__tok_words_begin_n(a, 8);
    else lede__tok_words_begin(a);
    S_ctx c;
    S_tok *tk = lede__date_fill_all(a, &c, NULL);
    cr_assert_not_null(tk);
    free(tk);
    size_t k;
    const char *err = lede__date_check_words(a, &k);
    cr_expect_null(err, "%s: %s", what, err ? err : "");
    if (m) cr_expect_eq(k, 0, "%s: words kept in shared slots", what);
    else kept = k;
    lede__tok_words_end(a);
  }
  return kept;
}

static size_t t_same(const char *what, const char *text) {
  lede_article *a = t_parse(text);
  size_t kept = t_words(what, a);
  const char *err = lede__date_check_fill(a);
  cr_expect_null(err, "%s: %s", what, err ? err : "");
  err = lede__date_check_tense(a);
  cr_expect_null(err, "%s: %s", what, err ? err : "");
  err = lede__date_check_clock(a);
  cr_expect_null(err, "%s: %s", what, err ? err : "");
  err = lede__date_check_dull(a);
  cr_expect_null(err, "%s: %s", what, err ? err : "");
  lede_article_free(a);
  return kept;
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
    size_t kept = t_same(files[i], text);
    /* (the German and French ones have few English words) */
    if (!strstr(files[i], "german") && !strstr(files[i], "-fr"))
      cr_expect_gt(kept, 20, "%s: words kept", files[i]);
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

/* Random text of words in any case (the vocabulary's, the quotes stage's,
 * others), numbers, marks, controls and UTF-8: the word entries kept are
 * lede__tok_word_slow's. */
Test(date_fill, word_entries_as_looked_up_on_random_text) {
  static const char *const piece[] = {
      "the", "said", "to", "of", "and", "a", "in", "on", "March", "monday",
      "TUESDAY", "today", "Yesterday", "ago", "last", "next", "week", "says",
      "told", "according", "he", "She", "THEY", "then", "New", "Year's",
      "o'clock", "mid-March", "twenty-five", "1990s", "'90s", "3rd", "10:30",
      "pm", "%", "100%", "U.S.", "e-mail", "it's", "\xE2\x80\x99s", "caf\xC3\xA9",
      "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94", ",", ".", "\"", "'",
      "-", "(", ")", "@", "_", "[", "^", "`", "\x01", "\x07", "\x1F", "\x05",
      "Q3", "H1", "zebra", "quarterly", "abcdefghijklmnopq", "x", "Z"};
  const size_t np = sizeof piece / sizeof *piece;
  unsigned seed = 4242;
  char s[4096];
  size_t kept = 0;
  for (int k = 0; k < 200; k++) {
    size_t n = 0, want = 64 + (size_t)rand_r(&seed) % 3000;
    while (n < want) {
      unsigned r = (unsigned)rand_r(&seed);
      const char *p = piece[r % np];
      size_t l = strlen(p);
      memcpy(s + n, p, l);
      /* in capitals or capitalized at times */
      if (r / np % 4 == 0)
        for (size_t i = 0; i < l; i++) s[n + i] = (char)toupper((unsigned char)s[n + i]);
      else if (r / np % 4 == 1)
        s[n] = (char)toupper((unsigned char)s[n]);
      n += l;
      if (r / np / 4 % 5) s[n++] = ' ';
    }
    s[n] = '\0';
    lede_article *a = t_parse(s);
    kept += t_words("random text", a);
    lede_article_free(a);
  }
  cr_assert_gt(kept, 1000);
}

/* The entities stage, then the dates stage, on one memo, as the parse
 * runs them: every entry kept is the token's. */
Test(date_fill, word_entries_after_entities) {
  static const char *const files[] = {"tests/articles/ap-storm.txt",
                                      "tests/articles/reuters-wire.txt",
                                      "examples/articles/bajwa-bahrain-2021-03-10.txt"};
  for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
    lede_article *a = t_parse_file(files[i]);
    a->ents.n = a->ments.n = a->ent_ments.n = a->ent_aliases.n = 0;
    a->ent_refs.n = 0;
    a->dates.n = 0;
    lede__tok_words_begin(a);
    lede__entities(a);
    lede__dates(a);
    size_t kept;
    const char *err = lede__date_check_words(a, &kept);
    cr_expect_null(err, "%s: %s", files[i], err ? err : "");
    cr_expect_gt(kept, 50, "%s", files[i]);
    lede__tok_words_end(a);
    lede_article_free(a);
  }
}
