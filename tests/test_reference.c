/* The reference article (examples/articles/bajwa-bahrain-2021-03-10.txt)
 * against its hand analysis: layout and sentence counts. */
#include "helpers.h"

#define REF "examples/articles/bajwa-bahrain-2021-03-10.txt"

Test(reference, fields) {
  lede_article *a = t_parse_file(REF);
  lede_span s;
  cr_assert(lede_field_span(a, LEDE_FIELD_TITLE, &s));
  t_assert_span(a, s,
                "Gen Qamar holds talks on Afghan peace process during Bahrain "
                "visit");
  cr_assert(lede_field_span(a, LEDE_FIELD_STANDFIRST, &s));
  t_assert_span(a, s,
                "Issues of mutual interest and regional security situation "
                "were also discussed with Bahrain leadership, says ISPR");
  cr_assert(lede_field_span(a, LEDE_FIELD_BYLINE, &s));
  t_assert_span(a, s, "Our Correspondent");
  cr_assert_eq(lede_author_count(a), 1);
  t_assert_span(a, lede_author_span(a, 0), "Our Correspondent");
  cr_assert_eq(lede_author_kind_of(a, 0), LEDE_AUTHOR_STAFF);
  cr_assert_str_eq(lede_published(a), "2021-03-10");
  cr_assert(lede_field_span(a, LEDE_FIELD_PUBLISHED, &s));
  t_assert_span(a, s, "March 10, 2021");
  cr_assert(lede_field_span(a, LEDE_FIELD_DATELINE, &s));
  t_assert_span(a, s, "ISLAMABAD");
  cr_assert_not(lede_dateline_agency(a, &s));
  lede_article_free(a);
}

Test(reference, caption_related_boilerplate) {
  lede_article *a = t_parse_file(REF);
  cr_assert_eq(lede_caption_count(a), 1);
  t_assert_span(a, lede_caption_span(a, 0),
                "Military's media wing says issues of mutual interest and "
                "regional security situation came under discussion.");
  lede_span s;
  cr_assert(lede_caption_credit(a, 0, &s));
  t_assert_span(a, s, "ISPR");
  size_t related = 0, boiler = 0;
  for (size_t i = 0; i < lede_block_count(a); i++) {
    lede_part p = lede_block_part(a, i);
    if (p == LEDE_PART_RELATED) {
      related++;
      t_assert_span(a, lede_block_span(a, i),
                    "Also read: Moscow to host Afghan peace talks on 18th");
    }
    if (p == LEDE_PART_BOILERPLATE) boiler++;
  }
  cr_assert_eq(related, 1);
  cr_assert_eq(boiler, 4);
  lede_article_free(a);
}

Test(reference, paragraphs_and_sentences) {
  static const char *const starts[] = {
      "Chief of Army Staff (COAS)", "The army chief held",
      "During the meetings",        "Later, delegation level talks",
      "The meeting was seen",       "It came a day after",
      "The conference it said",     "A Foreign Office official",
      "Russia is hosting",          "Moscow is also pushing"};
  static const size_t nsent[] = {1, 1, 2, 1, 1, 1, 1, 1, 1, 3};
  lede_article *a = t_parse_file(REF);
  cr_assert_eq(lede_paragraph_count(a), 10);
  for (size_t i = 0; i < 10; i++) {
    t_assert_span_starts(a, lede_paragraph_span(a, i), starts[i]);
    size_t first;
    size_t n = lede_block_sentences(a, lede_paragraph_block(a, i), &first);
    cr_assert_eq(n, nsent[i], "paragraph %zu: %zu sentences, want %zu", i + 1,
                 n, nsent[i]);
  }
  lede_article_free(a);
}
