/* lede_options.borrow_text: the article reads the caller's buffer in place
 * of a copy of it, and finds the same things there. */
#include "helpers.h"
#include "outbuf.h"

static const char S_story[] =
    "Harbour board delays vote on dredging contract\n"
    "\n"
    "By Nell Akinyemi\n"
    "\n"
    "HALIFAX (Reuters) - The Halifax Port Authority on Tuesday put off a "
    "vote on its dredging contract until March, its chair, Oren Vasquez, "
    "said.\n"
    "\n"
    "\"We need another look at the costs,\" Vasquez told reporters.\n";

static char *S_json(const lede_article *a, size_t *n) {
  S_buf b = {0};
  cr_assert_eq(lede_article_json(a, "x", S_write, &b), LEDE_OK);
  *n = b.n;
  return b.p;
}

Test(borrow, reads_the_callers_buffer) {
  size_t len = sizeof S_story - 1;
  char *buf = malloc(len + 1);
  cr_assert_not_null(buf);
  memcpy(buf, S_story, len + 1);
  lede_options o = {0};
  o.borrow_text = 1;
  lede_article *lent = NULL, *copied = NULL;
  cr_assert_eq(lede_parse(buf, len, &o, &lent), LEDE_OK);
  cr_assert_null(lede_check(lent));
  size_t tl;
  cr_assert_eq(lede_text(lent, &tl), buf, "the text is not the caller's");
  cr_assert_eq(tl, len);
  lede_span t;
  cr_assert(lede_field_span(lent, LEDE_FIELD_TITLE, &t));
  cr_assert_eq(t.end - t.start,
               strlen("Harbour board delays vote on dredging contract"));
  cr_assert(memcmp(buf + t.start, "Harbour board", 13) == 0);
  cr_assert_eq(lede_quote_count(lent), 2);
  lede_span sp;
  cr_assert(lede_quote_speaker(lent, 1, &sp));
  cr_assert(sp.end - sp.start == 7 && memcmp(buf + sp.start, "Vasquez", 7) == 0);
  /* The same article as from a copy. */
  cr_assert_eq(lede_parse(S_story, len, NULL, &copied), LEDE_OK);
  cr_assert_neq(lede_text(copied, NULL), S_story);
  size_t n1, n2;
  char *j1 = S_json(lent, &n1), *j2 = S_json(copied, &n2);
  cr_assert(n1 == n2 && memcmp(j1, j2, n1) == 0, "lent and copied texts differ");
  free(j1);
  free(j2);
  lede_article_free(copied);
  lede_article_free(lent);
  free(buf);
}

Test(borrow, needs_a_nul_after_the_text) {
  lede_options o = {0};
  o.borrow_text = 1;
  lede_article *a = (lede_article *)&o;
  /* "Ten" of "Ten tonnes.": a space follows it, not a NUL. */
  cr_assert_eq(lede_parse("Ten tonnes.", 3, &o, &a), LEDE_EINVAL);
  cr_assert_null(a);
  cr_assert_eq(lede_parse("Ten tonnes.", 11, &o, &a), LEDE_OK);
  cr_assert_eq(lede_sentence_count(a), 1);
  lede_article_free(a);
}

Test(borrow, empty_text) {
  lede_options o = {0};
  o.borrow_text = 1;
  lede_article *a = NULL;
  cr_assert_eq(lede_parse(NULL, 0, &o, &a), LEDE_OK);
  size_t tl = 1;
  const char *t = lede_text(a, &tl);
  cr_assert(tl == 0 && t && t[0] == '\0');
  cr_assert_eq(lede_block_count(a), 0);
  lede_article_free(a);
}

/* A page's text is what lede extracted from it: always its own. */
Test(borrow, html_keeps_its_own_text) {
  static const char page[] =
      "<html><head><title>Ferry fares rise</title></head><body><article>"
      "<h1>Ferry fares rise</h1><p>Fares on the island ferry rise by a "
      "tenth in May, the operator said.</p></article></body></html>";
  lede_options o = {0};
  o.borrow_text = 1;
  lede_article *a = NULL;
  cr_assert_eq(lede_parse_html(page, sizeof page - 1, &o, &a), LEDE_OK);
  size_t tl;
  const char *t = lede_text(a, &tl);
  cr_assert_neq(t, page);
  cr_assert(tl > 16 && memcmp(t, "Ferry fares rise", 16) == 0);
  lede_article_free(a);
}
