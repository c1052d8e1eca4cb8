/* Entities: the reference article against its hand analysis, and one
 * small text per rule and trap. Expected values come from reading the
 * texts, not from the program. */
#include "helpers.h"
#include "internal.h"

#define REF "examples/articles/bajwa-bahrain-2021-03-10.txt"

/* The entity named `name` (by any alias), or fail. */
static size_t t_entity(const lede_article *a, const char *name) {
  size_t e = lede_entity_find(a, name, strlen(name));
  cr_assert_neq(e, LEDE_NONE, "no entity \"%s\"", name);
  return e;
}

static void t_no_entity(const lede_article *a, const char *name) {
  size_t e = lede_entity_find(a, name, strlen(name));
  cr_assert_eq(e, LEDE_NONE, "unexpected entity \"%s\"", name);
}

static void t_entity_is(const lede_article *a, const char *name,
                        lede_entity_type type, size_t mentions) {
  size_t e = t_entity(a, name);
  cr_assert_eq(lede_entity_type_of(a, e), type, "%s: type %s", name,
               lede_entity_type_name(lede_entity_type_of(a, e)));
  cr_assert_eq(lede_entity_mention_count(a, e), mentions,
               "%s: %zu mentions, want %zu", name,
               lede_entity_mention_count(a, e), mentions);
}

static size_t t_count(const lede_article *a, const char *term, unsigned f) {
  return lede_count(a, term, strlen(term), f);
}

/* ==== The reference article ============================================= */

Test(entities_reference, table) {
  lede_article *a = t_parse_file(REF);
  t_entity_is(a, "Qamar Javed Bajwa", LEDE_ENTITY_PERSON, 4);
  t_entity_is(a, "ISPR", LEDE_ENTITY_ORGANIZATION, 4);
  t_entity_is(a, "Mohammed Bin Isa Al Khalifa", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Nasser bin Hamad Al Khalifa", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Bahrain", LEDE_ENTITY_PLACE, 4);
  t_entity_is(a, "Bahrain Nation Guard", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "Afghanistan", LEDE_ENTITY_PLACE, 3);
  t_entity_is(a, "Pakistan", LEDE_ENTITY_PLACE, 3);
  t_entity_is(a, "United States", LEDE_ENTITY_PLACE, 3);
  t_entity_is(a, "Russia", LEDE_ENTITY_PLACE, 1);
  t_entity_is(a, "Moscow", LEDE_ENTITY_PLACE, 4);
  t_entity_is(a, "Russian foreign ministry", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "Foreign Office", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "Taliban", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "China", LEDE_ENTITY_PLACE, 1);
  t_entity_is(a, "Iran", LEDE_ENTITY_PLACE, 1);
  t_entity_is(a, "Doha", LEDE_ENTITY_PLACE, 2);
  t_entity_is(a, "Islamabad", LEDE_ENTITY_PLACE, 1);
  /* The nationality adjective, as a group: every "Afghan" on the page. */
  t_entity_is(a, "Afghan", LEDE_ENTITY_GROUP, 10);
  /* Nothing else: 17 rows of the table (China and Iran are two) + Afghan. */
  cr_assert_eq(lede_entity_count(a), 19);
  /* Not entities. */
  t_no_entity(a, "Later");
  t_no_entity(a, "During");
  t_no_entity(a, "Tuesday");
  t_no_entity(a, "COMMENTS");
  t_no_entity(a, "Gulf");
  t_no_entity(a, "Our Correspondent");
  lede_article_free(a);
}

Test(entities_reference, bajwa) {
  lede_article *a = t_parse_file(REF);
  size_t e = t_entity(a, "Qamar Javed Bajwa");
  t_assert_span(a, lede_entity_name(a, e), "Qamar Javed Bajwa");
  lede_span s;
  cr_assert(lede_entity_title(a, e, &s));
  t_assert_span(a, s, "General");
  cr_assert(lede_entity_role(a, e, &s));
  t_assert_span(a, s, "Chief of Army Staff");
  /* Gen Qamar (title), the full name, The army chief, The COAS. */
  cr_assert_eq(lede_entity_mention_count(a, e), 4);
  t_assert_span(a, lede_entity_mention(a, e, 0), "Qamar");
  cr_assert_eq(lede_block_part(a, lede_entity_mention_block(a, e, 0)),
               LEDE_PART_TITLE);
  t_assert_span(a, lede_entity_mention(a, e, 1), "Qamar Javed Bajwa");
  t_assert_span(a, lede_entity_mention(a, e, 2), "army chief");
  cr_assert_eq(lede_entity_mention_kind(a, e, 2), LEDE_MENTION_ROLE);
  t_assert_span(a, lede_entity_mention(a, e, 3), "COAS");
  cr_assert_eq(lede_entity_mention_kind(a, e, 3), LEDE_MENTION_ACRONYM);
  /* Found by any alias, any case. */
  cr_assert_eq(t_entity(a, "coas"), e);
  cr_assert_eq(t_entity(a, "Chief of Army Staff"), e);
  cr_assert_eq(t_entity(a, "qamar"), e);
  lede_article_free(a);
}

Test(entities_reference, ispr_and_places) {
  lede_article *a = t_parse_file(REF);
  size_t e = t_entity(a, "ISPR");
  /* standfirst, caption (description), credit, body apposition */
  t_assert_span(a, lede_entity_mention(a, e, 0), "ISPR");
  cr_assert_eq(lede_block_part(a, lede_entity_mention_block(a, e, 0)),
               LEDE_PART_STANDFIRST);
  t_assert_span(a, lede_entity_mention(a, e, 1), "Military's media wing");
  cr_assert_eq(lede_entity_mention_kind(a, e, 1), LEDE_MENTION_DESCRIPTION);
  t_assert_span(a, lede_entity_mention(a, e, 2), "ISPR");
  cr_assert_eq(lede_block_part(a, lede_entity_mention_block(a, e, 2)),
               LEDE_PART_CAPTION);
  t_assert_span(a, lede_entity_mention(a, e, 3), "ISPR");
  /* Curly or straight apostrophe. */
  cr_assert_eq(t_entity(a, "military\xe2\x80\x99s media wing"), e);
  cr_assert_eq(t_entity(a, "military's media wing"), e);
  size_t us = t_entity(a, "US");
  t_assert_span(a, lede_entity_name(a, us), "United States");
  cr_assert_eq(t_entity(a, "united  States"), us);
  /* Islamabad, from the dateline. */
  size_t isl = t_entity(a, "ISLAMABAD");
  cr_assert_eq(lede_block_part(a, lede_entity_mention_block(a, isl, 0)),
               LEDE_PART_DATELINE);
  /* Moscow, once in the related link. */
  size_t mos = t_entity(a, "Moscow");
  cr_assert_eq(lede_block_part(a, lede_entity_mention_block(a, mos, 0)),
               LEDE_PART_RELATED);
  lede_article_free(a);
}

Test(entities_reference, count) {
  lede_article *a = t_parse_file(REF);
  cr_assert_eq(t_count(a, "Afghan", 0), 10);
  cr_assert_eq(t_count(a, "afghan", 0), 10);
  cr_assert_eq(t_count(a, "Afghanistan", 0), 3);
  cr_assert_eq(t_count(a, "afghan", LEDE_COUNT_CASE), 0);
  cr_assert_eq(t_count(a, "Intra-Afghan", LEDE_COUNT_CASE), 1);
  cr_assert_eq(t_count(a, "Moscow", 0), 4);
  cr_assert_eq(t_count(a, "Bahrain", 0), 5); /* "Bahrain’s" counts */
  cr_assert_eq(t_count(a, "foreign ministry", 0), 1);
  cr_assert_eq(t_count(a, "", 0), 0);
  lede_article_free(a);
}

Test(entities_reference, entity_at) {
  lede_article *a = t_parse_file(REF);
  const char *t = lede_text(a, NULL);
  const char *p = strstr(t, "A Foreign Office official");
  size_t s = (size_t)(p - t);
  cr_assert_eq(lede__entity_at(a, s, s + strlen("A Foreign Office official")),
               t_entity(a, "Foreign Office"));
  p = strstr(t, "Chief of Army Staff (COAS) General Qamar Javed Bajwa");
  s = (size_t)(p - t);
  cr_assert_eq(lede__entity_at(a, s, s + 52), t_entity(a, "Qamar Javed Bajwa"));
  p = strstr(t, "military’s media wing, the ISPR");
  s = (size_t)(p - t);
  cr_assert_eq(lede__entity_at(a, s, s + strlen("military’s media wing, the ISPR")),
               t_entity(a, "ISPR"));
  /* A span with no mention. */
  p = strstr(t, "delegation level talks");
  s = (size_t)(p - t);
  cr_assert_eq(lede__entity_at(a, s, s + 22), LEDE_NONE);
  lede_article_free(a);
}

/* ==== Rules ============================================================= */

Test(entities, titles_are_not_names) {
  lede_article *a = t_parse(
      "Talks in Geneva\n\n"
      "Prime Minister Imran Khan met Dr. Jane Okafor and Lt. Col. Sean "
      "O'Neill in Geneva on Monday. Senator Maria Gonzalez was there too.\n");
  size_t e = t_entity(a, "Imran Khan");
  cr_assert_eq(lede_entity_type_of(a, e), LEDE_ENTITY_PERSON);
  lede_span s;
  cr_assert(lede_entity_title(a, e, &s));
  t_assert_span(a, s, "Prime Minister");
  e = t_entity(a, "Jane Okafor");
  cr_assert(lede_entity_title(a, e, &s));
  t_assert_span(a, s, "Dr");
  e = t_entity(a, "Sean O'Neill");
  t_assert_span(a, lede_entity_name(a, e), "Sean O'Neill");
  cr_assert(lede_entity_title(a, e, &s));
  t_assert_span(a, s, "Lt. Col");
  t_entity_is(a, "Maria Gonzalez", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Geneva", LEDE_ENTITY_PLACE, 2);
  t_no_entity(a, "Monday");
  t_no_entity(a, "Prime Minister Imran Khan");
  lede_article_free(a);
}

Test(entities, particles_stay) {
  lede_article *a = t_parse(
      "Visit\n\n"
      "Foreign Minister Abdullah bin Zayed Al Nahyan received Ursula von der "
      "Leyen and Mark van Bommel. Later Juan de la Cruz, a bin man, met Ann "
      "de Groot de facto.\n");
  t_entity_is(a, "Abdullah bin Zayed Al Nahyan", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Ursula von der Leyen", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Mark van Bommel", LEDE_ENTITY_PERSON, 1);
  /* particles before a capital stay; a particle's spelling elsewhere
   * ("bin man", "de facto") joins nothing */
  t_entity_is(a, "Juan de la Cruz", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Ann de Groot", LEDE_ENTITY_PERSON, 1);
  cr_assert_eq(lede_entity_count(a), 5);
  lede_article_free(a);
}

Test(entities, organizations_by_shape) {
  lede_article *a = t_parse(
      "Budget row\n\n"
      "A spokesman for the Ministry of Defence said Acme Widgets Ltd had "
      "won the contract, the University of Leeds and the National Guard "
      "said. The British embassy and NATO declined to comment, while the "
      "IMF said nothing.\n");
  t_entity_is(a, "Ministry of Defence", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "Acme Widgets Ltd", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "University of Leeds", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "National Guard", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "British embassy", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "NATO", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "IMF", LEDE_ENTITY_ORGANIZATION, 1);
  lede_article_free(a);
}

Test(entities, acronym_defined_in_text) {
  lede_article *a = t_parse(
      "Inspectors return\n\n"
      "The International Atomic Energy Agency (IAEA) said on Friday its "
      "inspectors had returned. The IAEA gave no details.\n");
  size_t e = t_entity(a, "International Atomic Energy Agency");
  cr_assert_eq(lede_entity_type_of(a, e), LEDE_ENTITY_ORGANIZATION);
  cr_assert_eq(t_entity(a, "IAEA"), e);
  cr_assert_eq(lede_entity_mention_count(a, e), 2);
  lede_article_free(a);
}

Test(entities, short_forms_join_only_when_sure) {
  lede_article *a = t_parse(
      "Court case\n\n"
      "John Whitfield told the court he was innocent. Whitfield, 52, "
      "denies the charges.\n\n"
      "Anna Kowalczyk and Piotr Kowalczyk were also charged. Kowalczyk "
      "did not comment.\n");
  t_entity_is(a, "John Whitfield", LEDE_ENTITY_PERSON, 2);
  /* Two Kowalczyks: the bare surname stays apart from both. */
  t_entity_is(a, "Anna Kowalczyk", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Piotr Kowalczyk", LEDE_ENTITY_PERSON, 1);
  lede_article_free(a);
}

Test(entities, country_short_forms) {
  lede_article *a = t_parse(
      "Trade\n\n"
      "The United States and Britain signed the deal. U.S. officials said "
      "the US-backed plan would help the UK.\n");
  size_t us = t_entity(a, "United States");
  cr_assert_eq(lede_entity_mention_count(a, us), 3);
  cr_assert_eq(t_entity(a, "U.S."), us);
  size_t uk = t_entity(a, "Britain");
  cr_assert_eq(t_entity(a, "UK"), uk);
  cr_assert_eq(lede_entity_type_of(a, uk), LEDE_ENTITY_PLACE);
  lede_article_free(a);
}

Test(entities, role_description_after_name) {
  lede_article *a = t_parse(
      "Visit\n\n"
      "The minister said nothing at first. Defence Minister Kwame Mensah "
      "arrived on Sunday. The minister later met troops.\n");
  size_t e = t_entity(a, "Kwame Mensah");
  /* The first "The minister" comes before the name: not joined. */
  cr_assert_eq(lede_entity_mention_count(a, e), 2);
  cr_assert_eq(lede_entity_mention_kind(a, e, 1), LEDE_MENTION_ROLE);
  t_assert_span(a, lede_entity_mention(a, e, 1), "minister");
  lede_article_free(a);
}

/* A role phrase names a person whose role or title has its words: none
 * before the first such person ("The minister spoke first"), none for a
 * title without a role word ("Dr"). */
Test(entities, role_phrases_need_a_person_before) {
  lede_article *a = t_parse(
      "Visit\n\n"
      "The minister spoke first. Dr Ama Owusu arrived on Sunday. The minister "
      "later met Dr Owusu. Defence Minister Kwame Mensah left. The defence "
      "minister said so.\n");
  size_t e = t_entity(a, "Ama Owusu");
  cr_assert_eq(lede_entity_mention_count(a, e), 2);
  cr_assert_eq(lede_entity_mention_kind(a, e, 1), LEDE_MENTION_NAME);
  e = t_entity(a, "Kwame Mensah");
  cr_assert_eq(lede_entity_mention_count(a, e), 2);
  cr_assert_eq(lede_entity_mention_kind(a, e, 1), LEDE_MENTION_ROLE);
  t_assert_span(a, lede_entity_mention(a, e, 1), "defence minister");
  cr_assert_eq(lede_entity_count(a), 2);
  lede_article_free(a);
}

Test(entities, sentence_starts_and_calendar) {
  lede_article *a = t_parse(
      "Markets\n\n"
      "Later, shares rose. During March, traders in Tokyo were busy. "
      "However, on Friday they rested.\n");
  t_entity_is(a, "Tokyo", LEDE_ENTITY_PLACE, 1);
  cr_assert_eq(lede_entity_count(a), 1);
  lede_article_free(a);
}

/* A weekday before a name inside a sentence opens no part of it: told by
 * its word record's entry in the word hash (lede__ent_calendar_word). */
Test(entities, weekday_before_a_name) {
  lede_article *a = t_parse(
      "Talks\n\n"
      "Talks resumed with Vexlor Corp. Ann Marlowe of Vexlor Corp spoke, "
      "and Tuesday Zed Harlan left.\n");
  t_entity_is(a, "Zed Harlan", LEDE_ENTITY_PERSON, 1);
  t_no_entity(a, "Tuesday Zed Harlan");
  t_no_entity(a, "Tuesday");
  lede_article_free(a);
}

/* One-word runs of words no list types (S_run's shortcut): a sentence's
 * first ordinary word and "A", "The" name nothing; an unknown acronym is
 * an organization; an unknown name is kept, mention by mention. */
Test(entities, one_word_runs) {
  lede_article *a = t_parse(
      "Talks\n\n"
      "A deal was near. The talks with Vexlor went on, ZQX staff said. "
      "Later, an aide to Vexlor left. Yesterday it rained.\n");
  t_entity_is(a, "ZQX", LEDE_ENTITY_ORGANIZATION, 1);
  cr_assert_eq(lede_entity_mention_count(a, t_entity(a, "Vexlor")), 2);
  t_no_entity(a, "A");
  t_no_entity(a, "The");
  t_no_entity(a, "Later");
  t_no_entity(a, "Yesterday");
  cr_assert_eq(lede_entity_count(a), 2);
  lede_article_free(a);
}

Test(entities, ambiguous_city_names) {
  lede_article *a = t_parse(
      "Holidays\n\n"
      "Split the bill, she said. They flew to Split in May. Reading is fun, "
      "and Nice work was done. Her parents live in Nice.\n");
  t_entity_is(a, "Split", LEDE_ENTITY_PLACE, 1);
  t_entity_is(a, "Nice", LEDE_ENTITY_PLACE, 1);
  t_no_entity(a, "Reading");
  lede_article_free(a);
}

Test(entities, headline_capitals) {
  lede_article *a = t_parse(
      "President Okonjo Holds Talks On Trade With Germany\n\n"
      "President Ngozi Okonjo met German officials in Berlin on Tuesday.\n");
  t_no_entity(a, "Holds Talks");
  t_no_entity(a, "Holds");
  t_no_entity(a, "Trade");
  size_t e = t_entity(a, "Ngozi Okonjo");
  cr_assert_eq(lede_entity_mention_count(a, e), 2);
  t_entity_is(a, "Germany", LEDE_ENTITY_PLACE, 1);
  t_entity_is(a, "German", LEDE_ENTITY_GROUP, 1);
  t_entity_is(a, "Berlin", LEDE_ENTITY_PLACE, 1);
  lede_article_free(a);
}

/* A name of several words the prose filed, again in a headline: found
 * there by its key (scan_known asks only for names that open with the
 * word: S_map_opens), not cut into a place and a word. */
Test(entities, filed_name_in_a_headline) {
  lede_article *a = t_parse(
      "Jordan Henderson: \"We Go Again\"\n\n"
      "Jordan Henderson said the team would recover.\n");
  t_entity_is(a, "Jordan Henderson", LEDE_ENTITY_PERSON, 2);
  t_no_entity(a, "Jordan");
  lede_article_free(a);
}

/* An entity is found by any of its names in any case and spacing: an
 * alias key is the text in lower case, one space between words, read
 * eight bytes a step up to a space or a byte that is not ASCII
 * (S_key_str); each name here has its spaces at other offsets. */
Test(entities, find_in_any_case_and_spacing) {
  lede_article *a = t_parse(
      "Talks\n\n"
      "Lewis Hamilton met Ngozi Okonjo-Iweala and the International Atomic "
      "Energy Agency in Vienna. Se\xc3\xa1n O\xe2\x80\x99" "Brien and Jean-Baptiste "
      "Kouam\xc3\xa9 were there.\n");
  static const char *const names[] = {
      "Lewis Hamilton", "LEWIS HAMILTON", "lewis  hamilton", " Lewis\tHamilton ",
      "Ngozi Okonjo-Iweala", "NGOZI OKONJO-IWEALA", "ngozi   okonjo-iweala",
      "International Atomic Energy Agency", "INTERNATIONAL ATOMIC ENERGY AGENCY",
      "international atomic  energy agency", "Se\xc3\xa1n O'Brien",
      "SE\xc3\x81N O\xe2\x80\x99" "BRIEN", "Jean-Baptiste Kouam\xc3\xa9",
      "JEAN-BAPTISTE KOUAM\xc3\x89"};
  static const size_t same[] = {0, 0, 0, 0, 4, 4, 4, 7, 7, 7, 10, 10, 12, 12};
  for (size_t k = 0; k < sizeof names / sizeof *names; k++)
    cr_assert_eq(t_entity(a, names[k]), t_entity(a, names[same[k]]), "%s", names[k]);
  cr_assert_neq(t_entity(a, "Lewis Hamilton"), t_entity(a, "Ngozi Okonjo-Iweala"));
  t_no_entity(a, "Lewis Hamilto");
  t_no_entity(a, "Lewis Hamiltonn");
  t_no_entity(a, "LewisHamilton");
  lede_article_free(a);
}

Test(entities, all_caps_labels_and_quotes) {
  lede_article *a = t_parse(
      "Minister quits\n\n"
      "PARIS: \xc2\xab Je pars \xc2\xbb, said Jean-Luc Moreau, who led the "
      "Socialist Party. \xe2\x80\x9c" "France deserves better,\xe2\x80\x9d he "
      "told Le Monde's reporters.\n\nCOMMENTS\n\nShare this article\n");
  t_entity_is(a, "Jean-Luc Moreau", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Socialist Party", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "France", LEDE_ENTITY_PLACE, 1);
  t_no_entity(a, "COMMENTS");
  lede_article_free(a);
}

Test(entities, count_words) {
  lede_article *a = t_parse(
      "Z\xc3\xbcrich notes\n\n"
      "ZÜRICH and z\xc3\xbcrich count; Z\xc3\xbcricher does not. The Afghan-led "
      "and intra-Afghan talks, AFGHAN voices, Afghanistan, Afghans and "
      "Afghan\xe2\x80\x99s.\n");
  cr_assert_eq(t_count(a, "Z\xc3\xbcrich", 0), 3);
  cr_assert_eq(t_count(a, "Z\xc3\xbcrich", LEDE_COUNT_CASE), 1);
  cr_assert_eq(t_count(a, "afghan", 0), 4);
  cr_assert_eq(t_count(a, "Afghan's", 0), 1);
  cr_assert_eq(t_count(a, "Afghans", 0), 1);
  lede_article_free(a);
}

Test(entities, empty_and_odd_inputs) {
  lede_article *a = t_parse("");
  cr_assert_eq(lede_entity_count(a), 0);
  cr_assert_eq(t_count(a, "x", 0), 0);
  cr_assert_eq(lede__entity_at(a, 0, 0), LEDE_NONE);
  cr_assert_eq(lede_entity_find(a, "x", 1), LEDE_NONE);
  lede_span s = lede_entity_name(a, 3);
  cr_assert_eq(s.end, 0);
  cr_assert_str_eq(lede_entity_type_name((lede_entity_type)9), "?");
  cr_assert_str_eq(lede_mention_kind_name(LEDE_MENTION_ROLE), "role");
  lede_article_free(a);
  /* Invalid UTF-8 and NULs around names. */
  static const char bad[] = "Title\n\nVisit \xff\xfe to Cairo \0 by "
                            "Hosni Farouk\xc3 and \xe2\x80 Nairobi.\n";
  a = t_parse_opt(bad, sizeof bad - 1, NULL);
  t_entity_is(a, "Cairo", LEDE_ENTITY_PLACE, 1);
  lede_article_free(a);
}

/* Long runs of capitals and many unmatched brackets stay linear. */
Test(entities, pathological_is_linear, .timeout = 10) {
  size_t n = 2000000;
  char *s = malloc(n + 1);
  for (size_t i = 0; i < n; i++) {
    size_t k = i % 16;
    s[i] = k == 15 ? ' ' : k == 0 ? 'A' + (char)(i / 16 % 26) : k == 7 ? '(' : 'x';
  }
  s[n] = '\0';
  lede_article *a = t_parse_opt(s, n, NULL);
  cr_assert(t_count(a, "Axxxxxx", 0) > 0);
  lede_article_free(a);
  free(s);
}

/* Many named people with roles, then the same role phrase over and over:
 * each phrase is matched against the people once, not per occurrence. */
Test(entities, repeated_role_phrases_are_linear, .timeout = 10) {
  size_t cap = 8 << 20, n = 0;
  char *s = malloc(cap);
  n += (size_t)sprintf(s + n, "Cabinet\n\n");
  for (int i = 0; i < 60; i++)
    n += (size_t)sprintf(s + n, "Deputy Defence Minister Kofi%c%c Mensah%c met "
                                "Chief Economic Adviser Ama%c Owusu. ",
                         'a' + i % 26, 'a' + i / 26, 'a' + i % 26, 'a' + i % 26);
  while (n + 64 < cap) n += (size_t)sprintf(s + n, "Then the defence minister spoke. ");
  lede_article *a = t_parse_opt(s, n, NULL);
  cr_assert(lede_entity_count(a) >= 60);
  lede_article_free(a);
  free(s);
}

/* Wire copy with a dateline, an agency, curly quotes and "Mr". */
Test(entities, wire_copy) {
  lede_article *a = t_parse(
      "US and China agree to resume talks\n\nBy Jane Smith\n\n"
      "WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken said on "
      "Tuesday that Washington and Beijing would resume talks, after Chinese "
      "Foreign Minister Wang Yi called him. \xe2\x80\x9cWe welcome this,"
      "\xe2\x80\x9d Blinken told reporters at the State Department.\n\n"
      "Mr Blinken, 58, will travel to London next week to meet Prime "
      "Minister Rishi Sunak and officials of the Bank of England.\n");
  size_t e = t_entity(a, "Antony Blinken");
  cr_assert_eq(lede_entity_mention_count(a, e), 3);
  lede_span s;
  cr_assert(lede_entity_title(a, e, &s));
  t_assert_span(a, s, "Secretary of State");
  t_entity_is(a, "Washington", LEDE_ENTITY_PLACE, 2); /* dateline, body */
  t_entity_is(a, "U.S.", LEDE_ENTITY_PLACE, 2);        /* title "US", body */
  t_entity_is(a, "Wang Yi", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Chinese", LEDE_ENTITY_GROUP, 1);
  t_entity_is(a, "State Department", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "Rishi Sunak", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Bank of England", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "Beijing", LEDE_ENTITY_PLACE, 1);
  t_entity_is(a, "London", LEDE_ENTITY_PLACE, 1);
  t_no_entity(a, "Jane Smith"); /* the byline is not the story */
  t_no_entity(a, "Reuters");
  lede_article_free(a);
}

/* A dateline names where the story was filed, even when the place is
 * also a word or a surname and the story never names it again. */
Test(entities, dateline_place_named_once) {
  lede_article *a = t_parse(
      "Flood waters rise along the river\n\n"
      "READING, England (AP) -- Rising water closed two bridges on Sunday, "
      "and the council told people near the river to leave their homes.\n");
  t_entity_is(a, "Reading", LEDE_ENTITY_PLACE, 1);
  lede_article_free(a);
  a = t_parse(
      "Snow shuts mountain roads\n\n"
      "DENVER (AP) -- Heavy snow closed two mountain passes on Sunday, and "
      "the state patrol told drivers to stay home. Reading the forecast, "
      "officials expect more.\n");
  t_entity_is(a, "Denver", LEDE_ENTITY_PLACE, 1);
  t_no_entity(a, "Reading"); /* a word in the body, not the dateline */
  lede_article_free(a);
}

/* Hyphenated names add tokens while large token arrays move: a long text
 * full of them (run under ASan by `make asan`). */
Test(entities, many_hyphenated_names, .timeout = 20) {
  const char *unit = "Afghan-led and Bre-X talks in intra-Afghan Doha, US-backed. ";
  size_t ul = strlen(unit), reps = 3000, n = 0;
  char *s = malloc(ul * reps + 16);
  n += (size_t)sprintf(s, "Talks\n\n");
  for (size_t i = 0; i < reps; i++, n += ul) memcpy(s + n, unit, ul);
  lede_article *a = t_parse_opt(s, n, NULL);
  size_t e = t_entity(a, "Afghan");
  cr_assert_eq(lede_entity_type_of(a, e), LEDE_ENTITY_GROUP);
  cr_assert_eq(lede_entity_mention_count(a, e), 2 * reps);
  cr_assert_eq(lede_entity_mention_count(a, t_entity(a, "Doha")), reps);
  cr_assert_eq(lede_entity_mention_count(a, t_entity(a, "US")), reps);
  lede_article_free(a);
  free(s);
}

/* In a sports report towns and shires name clubs; where a match is played
 * ("in Manchester", "Leeds :" heading results) they stay places. */
Test(entities, sports_clubs_named_after_towns) {
  lede_article *a = t_parse(
      "Leeds edge Bristol in thriller\n\n"
      "Leeds beat Bristol 2-1 in the league match on Saturday, their "
      "third victory of the season, after losing in Manchester last week. "
      "The striker scored twice. Lancashire drew with Kent in the cricket.\n");
  t_entity_is(a, "Leeds", LEDE_ENTITY_ORGANIZATION, 2);
  t_entity_is(a, "Manchester", LEDE_ENTITY_PLACE, 1);
  t_entity_is(a, "Lancashire", LEDE_ENTITY_ORGANIZATION, 1);
  lede_article_free(a);
  a = t_parse(
      "Floods close roads\n\n"
      "Heavy rain flooded streets in Leeds on Monday and Lancashire "
      "police closed two roads, the Environment Agency said.\n");
  t_entity_is(a, "Leeds", LEDE_ENTITY_PLACE, 1);
  t_entity_is(a, "Lancashire", LEDE_ENTITY_PLACE, 1);
  lede_article_free(a);
  /* Business words that also serve sport ("beat", "season", "goals") do
   * not make a sports report. */
  a = t_parse(
      "Acme beats forecasts\n\n"
      "Acme Widgets beat forecasts for the third season running, the "
      "manager said, as sales rose in Leeds. Its goals for Leeds were met "
      "after a draw of new customers.\n");
  t_entity_is(a, "Leeds", LEDE_ENTITY_PLACE, 2);
  lede_article_free(a);
}

/* The shortest and the longest words of the sports list count as the
 * others do ("rugby", "quarter-final"): lede__ent_sports_hits looks up
 * words of those lengths. */
Test(entities, sports_words_of_every_length) {
  lede_article *a = t_parse(
      "Leeds edge Bristol in thriller\n\n"
      "Leeds beat Bristol 24-10 in the rugby quarter-final on Saturday, "
      "their third victory of the season, after losing in Manchester last "
      "week.\n");
  t_entity_is(a, "Leeds", LEDE_ENTITY_ORGANIZATION, 2);
  lede_article_free(a);
}

/* Events, contests and prizes by their last word. */
Test(entities, events) {
  lede_article *a = t_parse(
      "WORLD CUP DRAW MADE IN ZURICH\n\n"
      "The draw for the World Cup was held on Friday. She won the "
      "Australian Open in January and the Nobel Peace Prize went to a "
      "charity. Stocks open higher.\n");
  t_entity_is(a, "World Cup", LEDE_ENTITY_EVENT, 2);
  t_entity_is(a, "Australian Open", LEDE_ENTITY_EVENT, 1);
  t_entity_is(a, "Nobel Peace Prize", LEDE_ENTITY_EVENT, 1);
  cr_assert_str_eq(lede_entity_type_name(LEDE_ENTITY_EVENT), "event");
  lede_article_free(a);
  /* A headline of capitals: the event is the short phrase, not the line. */
  a = t_parse(
      "SOCCER - PERU BEAT CHILE IN WORLD CUP QUALIFIER\n\n"
      "Peru beat Chile 2-0 on Sunday.\n");
  t_entity_is(a, "World Cup", LEDE_ENTITY_EVENT, 1);
  t_entity_is(a, "Peru", LEDE_ENTITY_PLACE, 2);
  t_entity_is(a, "Chile", LEDE_ENTITY_PLACE, 2);
  lede_article_free(a);
  /* An event word of two words (S_event2 tells most pairs apart first). */
  a = t_parse("Race report\n\nLewis Hamilton won the Monaco Grand Prix on Sunday.\n");
  t_entity_is(a, "Monaco Grand Prix", LEDE_ENTITY_EVENT, 1);
  lede_article_free(a);
}

/* In a sports report an unknown surname is a player, not a firm; a line
 * of results with names in it is prose, not a headline. */
Test(entities, sports_report_people) {
  lede_article *a = t_parse(
      "County cricket\n\n"
      "Surrey beat Derbyshire by six wickets in the championship match. Surrey "
      "429-7 (Graham Kersey 63, Alec Stewart 70), Derbyshire 212.\n\n"
      "The home side were helped by Okafor and a late burst from "
      "Lindqvist, the coach said.\n");
  t_entity_is(a, "Graham Kersey", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Alec Stewart", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Okafor", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Lindqvist", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Derbyshire", LEDE_ENTITY_ORGANIZATION, 2);
  lede_article_free(a);
  /* "LEEDS 2021-05-01" opening a sports report: the place. */
  a = t_parse(
      "Leeds win again\n\n"
      "LEEDS 2021-05-01\n\n"
      "Leeds beat Derby 3-1 in the league match, their fourth victory of "
      "the season. The striker scored twice and the goalkeeper saved a "
      "penalty.\n");
  t_entity_is(a, "Derby", LEDE_ENTITY_ORGANIZATION, 1);
  lede_article_free(a);
}

/* "Ontario-based" modifies the name after it; "Shares of" and "X of" stay
 * out of a firm joined by "&". */
Test(entities, modifiers_and_firms_with_ampersand) {
  lede_article *a = t_parse(
      "Deal agreed\n\n"
      "Shares of Barlow & Finch Co rose on Friday after Ontario-based Vantor "
      "Industries Inc agreed to buy it, said Jo Marsh of Keene Wells & Co.\n");
  t_entity_is(a, "Barlow & Finch Co", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "Vantor Industries Inc", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "Ontario", LEDE_ENTITY_PLACE, 1);
  t_entity_is(a, "Jo Marsh", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Keene Wells & Co", LEDE_ENTITY_ORGANIZATION, 1);
  t_no_entity(a, "Shares of Barlow & Finch Co");
  t_no_entity(a, "Ontario-based Vantor Industries Inc");
  lede_article_free(a);
}

/* One acronym standing for three organizations: the third claim meets the
 * ambiguity marker of the first two and must not use it as an index. */
Test(entities_regress, acronym_defined_three_times) {
  const char *s =
      "Harbour talks stall\n\n"
      "The Northern Fisheries Council (NFC) met on Monday. The National "
      "Farmers Coalition (NFC) objected. The New Forest Commission (NFC) "
      "said it would wait. The NFC gave no date.\n";
  lede_article *a = t_parse(s);
  t_entity(a, "Northern Fisheries Council");
  t_entity(a, "National Farmers Coalition");
  t_entity(a, "New Forest Commission");
  lede_article_free(a);
}

/* ==== Names the tagger settles ==========================================
 * Invented articles in the styles outlets use; expected values are what a
 * reader takes from them. */

/* The mentions of entity e with kind k. */
static size_t t_kind_count(const lede_article *a, size_t e, lede_mention_kind k) {
  size_t n = 0;
  for (size_t j = 0; j < lede_entity_mention_count(a, e); j++)
    n += lede_entity_mention_kind(a, e, j) == k;
  return n;
}

/* A surname that is an English word: introduced with the first name, then
 * alone inside a sentence, opening one, and in a headline. */
Test(entities_tagged, common_word_surname) {
  lede_article *a = t_parse(
      "Wolf Vows to Fight On After Budget Defeat\n\n"
      "Senator Ann Wolf said on Tuesday she would bring the bill back next "
      "month.\n\n"
      "\"We lost a vote, not the argument,\" Wolf told reporters in "
      "Harrisburg.\n\n"
      "Wolf, a Democrat first elected in 2010, has pushed the measure for "
      "three years. Aides to Wolf said she would meet the governor on "
      "Friday.\n");
  size_t e = t_entity(a, "Ann Wolf");
  cr_assert_eq(lede_entity_type_of(a, e), LEDE_ENTITY_PERSON);
  cr_assert_eq(t_kind_count(a, e, LEDE_MENTION_NAME), 5, "Wolf: %zu names",
               t_kind_count(a, e, LEDE_MENTION_NAME));
  cr_assert_eq(t_entity(a, "Wolf"), e);
  t_assert_span(a, lede_entity_name(a, e), "Ann Wolf");
  t_entity_is(a, "Harrisburg", LEDE_ENTITY_PLACE, 1);
  t_no_entity(a, "Budget Defeat");
  t_no_entity(a, "Senator Ann Wolf");
  lede_article_free(a);
}

/* A surname that is also a town's name: the person's, wherever no place
 * is said to be; after "in" it is the town. */
Test(entities_tagged, surname_that_names_a_town) {
  lede_article *a = t_parse(
      "Budget talks stall\n\n"
      "State Senator Jeremy Bolton said on Monday that the talks had "
      "stalled.\n\n"
      "Bolton, who chairs the finance committee, blamed the governor. "
      "\"We are not close,\" Bolton told reporters.\n\n"
      "The senator flew to Durham later that day. Flooding closed two "
      "schools in Bolton last week.\n");
  size_t e = t_entity(a, "Jeremy Bolton");
  cr_assert_eq(lede_entity_type_of(a, e), LEDE_ENTITY_PERSON);
  cr_assert_eq(t_kind_count(a, e, LEDE_MENTION_NAME), 3, "Bolton: %zu names",
               t_kind_count(a, e, LEDE_MENTION_NAME));
  const char *t = lede_text(a, NULL);
  size_t s = (size_t)(strstr(t, "in Bolton") - t) + 3;
  size_t town = lede__entity_at(a, s, s + 6);
  cr_assert_neq(town, LEDE_NONE);
  cr_assert_neq(town, e);
  cr_assert_eq(lede_entity_type_of(a, town), LEDE_ENTITY_PLACE);
  cr_assert_eq(lede_entity_mention_count(a, town), 1);
  t_entity_is(a, "Durham", LEDE_ENTITY_PLACE, 1);
  lede_article_free(a);
}

/* In a title-case headline: a town-named surname is the article's person;
 * an ordinary word after a title ("Senator Hits Back") is no name. */
Test(entities_tagged, title_case_headline_names) {
  lede_article *a = t_parse(
      "Durham Hits Back At Critics Of Water Plan\n\n"
      "State Senator Ann Durham on Monday defended her plan to rebuild the "
      "county's water mains.\n");
  size_t e = t_entity(a, "Ann Durham");
  cr_assert_eq(lede_entity_type_of(a, e), LEDE_ENTITY_PERSON);
  cr_assert_eq(t_kind_count(a, e, LEDE_MENTION_NAME), 2, "Durham: %zu names",
               t_kind_count(a, e, LEDE_MENTION_NAME));
  lede_article_free(a);
  a = t_parse(
      "Senator Hits Back At Critics Of Water Plan\n\n"
      "State Senator Ann Durham on Monday defended her plan to rebuild the "
      "county's water mains.\n");
  t_no_entity(a, "Hits");
  lede_article_free(a);
}

/* A family name with a lower-case particle, written "De" opening a
 * sentence: one person. */
Test(entities_tagged, particle_in_family_name) {
  lede_article *a = t_parse(
      "Mayor defends housing plan\n\n"
      "Mayor Bill de Blasio on Monday defended his housing plan against "
      "critics on the city council.\n\n"
      "De Blasio said the plan would create 20,000 apartments. Critics say "
      "de Blasio has promised too much before.\n");
  size_t e = t_entity(a, "Bill de Blasio");
  cr_assert_eq(lede_entity_type_of(a, e), LEDE_ENTITY_PERSON);
  cr_assert_eq(lede_entity_mention_count(a, e), 3);
  t_assert_span(a, lede_entity_mention(a, e, 1), "De Blasio");
  t_assert_span(a, lede_entity_mention(a, e, 2), "de Blasio");
  cr_assert_eq(t_entity(a, "De Blasio"), e);
  t_no_entity(a, "Blasio's");
  cr_assert_eq(lede_entity_count(a), 1);
  lede_article_free(a);
}

/* Clubs named after their towns, next to a score and in a results line. */
Test(entities_tagged, team_named_after_city_with_score) {
  lede_article *a = t_parse(
      "Leeds see off Derby\n\n"
      "Leeds beat Derby 3-1 at Elland Road on Saturday to climb to third in "
      "the table.\n\n"
      "Leeds 3 Derby 1\n\n"
      "The home side scored twice before half-time and the goalkeeper saved "
      "a penalty late in the second half. The visitors have now lost four "
      "league matches in a row.\n");
  t_entity_is(a, "Leeds", LEDE_ENTITY_ORGANIZATION, 3);
  t_entity_is(a, "Derby", LEDE_ENTITY_ORGANIZATION, 3);
  t_entity_is(a, "Elland Road", LEDE_ENTITY_PLACE, 1);
  lede_article_free(a);
}

/* A company that bears a town's name. */
Test(entities_tagged, company_named_like_a_place) {
  lede_article *a = t_parse(
      "Glassmaker beats forecasts\n\n"
      "Corning Inc said on Tuesday its quarterly profit rose 12 percent on "
      "demand for display glass.\n\n"
      "Shares of Corning rose 3 percent in New York. Corning said it would "
      "build a new plant in Kentucky next year.\n");
  size_t e = t_entity(a, "Corning Inc");
  cr_assert_eq(lede_entity_type_of(a, e), LEDE_ENTITY_ORGANIZATION);
  cr_assert_eq(lede_entity_mention_count(a, e), 3);
  cr_assert_eq(t_entity(a, "Corning"), e);
  t_entity_is(a, "New York", LEDE_ENTITY_PLACE, 1);
  t_entity_is(a, "Kentucky", LEDE_ENTITY_PLACE, 1);
  lede_article_free(a);
}

/* A headline and a dateline in capitals: the place is a name, the other
 * words are not acronyms. */
Test(entities_tagged, capitals_headline_and_dateline) {
  lede_article *a = t_parse(
      "FLOODS CUT OFF VILLAGES NEAR YORK\n\n"
      "YORK, England 2021-02-03\n\n"
      "Heavy rain flooded roads around York on Wednesday, and police said "
      "two villages were cut off.\n");
  t_entity_is(a, "York", LEDE_ENTITY_PLACE, 3);
  t_entity_is(a, "England", LEDE_ENTITY_PLACE, 1);
  t_no_entity(a, "FLOODS");
  t_no_entity(a, "VILLAGES");
  t_no_entity(a, "CUT");
  cr_assert_eq(lede_entity_count(a), 2);
  lede_article_free(a);
}

/* "I'll", "I've", "we'll" are no names. */
Test(entities_tagged, contractions_are_no_entities) {
  lede_article *a = t_parse(
      "Voters speak\n\n"
      "\"I'll vote for whoever fixes the roads,\" said Maria Lopez, a nurse. "
      "\"I've waited long enough, and I'd like to see a plan.\"\n\n"
      "Lopez said she'll decide in the autumn. \"We'll see,\" she said.\n");
  t_entity_is(a, "Maria Lopez", LEDE_ENTITY_PERSON, 2);
  t_no_entity(a, "I'll");
  t_no_entity(a, "I've");
  t_no_entity(a, "I'd");
  t_no_entity(a, "We'll");
  cr_assert_eq(lede_entity_count(a), 1);
  lede_article_free(a);
}

/* A name in the text's last bytes is read as it is elsewhere: the words
 * of a text are read several bytes at once, and a word near the end must
 * not be read past it. Each text ends right after the name. */
Test(entities_tagged, name_at_the_end_of_the_text) {
  static const char *const texts[] = {
      "Museum names new director\n\n"
      "The city museum on Friday named a new director, Clara van der Berg",
      "Museum names new director\n\n"
      "The city museum on Friday named a new director, Clara van der Berg.\n\n"
      "She starts in May.\n",
      "Clara van der Berg",
  };
  for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
    lede_article *a = t_parse(texts[k]);
    size_t e = t_entity(a, "Clara van der Berg");
    cr_assert_eq(lede_entity_type_of(a, e), LEDE_ENTITY_PERSON, "text %zu", k);
    t_assert_span(a, lede_entity_name(a, e), "Clara van der Berg");
    cr_assert_eq(lede_entity_count(a), 1, "text %zu: %zu entities", k,
                 lede_entity_count(a));
    lede_article_free(a);
  }
}

/* A full name the tagger reads as a place or a company where the same
 * article has its surname alone as a person: one person. */
Test(entities_tagged, full_name_with_its_surname_alone) {
  lede_article *a = t_parse(
      "Tax returns draw questions\n\n"
      "A reporter asked about the release of candidate Walter Crane\xe2\x80\x99s tax "
      "returns on Sunday.\n\n"
      "\xe2\x80\x9cWalter Crane and I are both going to release our tax returns,\xe2\x80\x9d the "
      "running mate told a radio host.\n\n"
      "\xe2\x80\x9cWalter Crane will be releasing his tax returns at the completion of an "
      "audit,\xe2\x80\x9d he said.\n\n"
      "Crane said the audit would end soon. Critics asked what could be in "
      "Walter Crane\xe2\x80\x99s taxes.\n");
  t_entity_is(a, "Walter Crane", LEDE_ENTITY_PERSON, 5);
  cr_assert_eq(lede_entity_count(a), 1);
  lede_article_free(a);
}

/* A full name read as a company in one line and as a person in others:
 * one person. */
Test(entities_tagged, full_name_one_type) {
  lede_article *a = t_parse(
      "Harbour repairs finish early\n\n"
      "Work on the harbour wall ended two weeks ahead of schedule, the port "
      "authority said.\n\n"
      "Heaping praise on Rob Ashford.\n\n"
      "\"Rob Ashford is the best engineer we have!\" the harbour master wrote in "
      "an email to staff. \"Thanks for the great work.\"\n\n"
      "The deputy replied within minutes. \"Another Rob Ashford miracle,\" she "
      "wrote.\n");
  t_entity_is(a, "Rob Ashford", LEDE_ENTITY_PERSON, 3);
  lede_article_free(a);
}

/* "Chancellor Ann Wolf of Norway": the place after a titled name is a
 * place of its own, not the end of the name. */
Test(entities, titled_name_of_a_place) {
  lede_article *a = t_parse(
      "Leaders react\n\n"
      "Officials offered condolences on Monday. Chancellor Helga Brandtner of "
      "Norway condemned the attack.\n\n"
      "She said State Senator Tom Wexley of Ohio, a former House leader, had "
      "called.\n");
  t_entity_is(a, "Helga Brandtner", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Tom Wexley", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Norway", LEDE_ENTITY_PLACE, 1);
  t_entity_is(a, "Ohio", LEDE_ENTITY_PLACE, 1);
  t_no_entity(a, "Helga Brandtner of Norway");
  lede_article_free(a);
}

/* The entities named `name`, whatever their type. */
static size_t t_named(const lede_article *a, const char *name) {
  size_t n = 0, len = strlen(name);
  for (size_t e = 0; e < lede_entity_count(a); e++) {
    lede_span s = lede_entity_name(a, e);
    n += s.end - s.start == len && memcmp(lede_text(a, NULL) + s.start, name, len) == 0;
  }
  return n;
}

/* A company the tagger reads as a company in most sentences and as a
 * place after "At": one company. */
Test(entities_tagged, type_of_most_mentions) {
  lede_article *a = t_parse(
      "Chip maker wins phone order\n\n"
      "Tallis Semiconductor said on Wednesday it would supply modem chips to "
      "Apple from next year, sending its shares up 9 percent.\n\n"
      "Apple has bought modems from two suppliers since 2019. Tallis did not "
      "say how many chips Apple would take.\n\n"
      "\"Apple is a demanding customer,\" Tallis chief executive Mark Oduya "
      "told analysts. At Apple, engineers have tested the chip for a year, he "
      "said.\n\n"
      "Apple declined to comment.\n");
  cr_assert_eq(t_named(a, "Apple"), 1, "%zu entities named Apple", t_named(a, "Apple"));
  size_t e = t_entity(a, "Apple");
  cr_assert_eq(lede_entity_type_of(a, e), LEDE_ENTITY_ORGANIZATION);
  const char *t = lede_text(a, NULL);
  size_t s = (size_t)(strstr(t, "At Apple") - t) + 3;
  cr_assert_eq(lede__entity_at(a, s, s + 5), e);
  lede_article_free(a);
}

/* A one-word company the tagger reads as a person: "the Kelbro app",
 * "Kelbro drivers", "its costs" make it a company; a person named in
 * full keeps the type though "the Lindqvist campaign" reads alike. */
Test(entities_tagged, company_by_use) {
  lede_article *a = t_parse(
      "Ride app raises fares\n\n"
      "Kelbro said on Tuesday it would raise fares in twelve cities next month.\n\n"
      "Kelbro drivers have asked for higher pay since the spring, and the "
      "Kelbro app now shows the new prices to riders.\n\n"
      "Analysts expect Kelbro to report a loss again, as its costs keep rising.\n");
  t_entity_is(a, "Kelbro", LEDE_ENTITY_ORGANIZATION, 4);
  lede_article_free(a);
  a = t_parse(
      "Senator gains ground\n\n"
      "State Senator Mara Lindqvist drew a large crowd in Dalton on Friday.\n\n"
      "The Lindqvist campaign said it had raised more money than expected, "
      "and Lindqvist told supporters that its message was working.\n");
  t_entity_is(a, "Mara Lindqvist", LEDE_ENTITY_PERSON, 3);
  lede_article_free(a);
}

/* A town's name that is the surname of a person in the article: its
 * short forms ("pro-Medina", "the Medina-Pryce race") are the person. */
Test(entities_tagged, short_form_of_a_person) {
  lede_article *a = t_parse(
      "Rivals trade blows in Ohio\n\n"
      "Senator Marta Medina and Governor Alan Pryce spent Sunday courting "
      "voters in Toledo.\n\n"
      "The pro-Medina group bought new ads, and the Medina-Pryce race is now close.\n\n"
      "Medina told voters she would win.\n");
  t_entity_is(a, "Marta Medina", LEDE_ENTITY_PERSON, 4);
  lede_article_free(a);
}

/* Acronyms of common nouns ("the CEO", "its new SUV") name nothing; an
 * organization's acronym still does. */
Test(entities_tagged, common_noun_acronyms) {
  lede_article *a = t_parse(
      "Carmaker lifts outlook\n\n"
      "Harwick Motors raised its profit forecast on Thursday after strong "
      "sales of its new SUV in Europe.\n\n"
      "The CEO, Lena Brandt, said demand for the EV version had surprised the "
      "company. Harwick plans an IPO for its battery unit next year, and NATO "
      "has ordered 200 of its trucks.\n");
  t_no_entity(a, "SUV");
  t_no_entity(a, "CEO");
  t_no_entity(a, "EV");
  t_no_entity(a, "IPO");
  t_entity_is(a, "NATO", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "Lena Brandt", LEDE_ENTITY_PERSON, 1);
  lede_article_free(a);
}

/* A company's name in two capitals ("ShareDesk") is no person's; a
 * surname so written ("McAllister") is. */
Test(entities_tagged, company_in_two_capitals) {
  lede_article *a = t_parse(
      "Office firm cuts jobs\n\n"
      "ShareDesk said on Friday it would cut 300 jobs as it closes offices in "
      "four cities.\n\n"
      "The company, whose chief executive Nora Keel founded it in 2012, has "
      "lost money every year. ShareDesk rents desks to start-ups, and its "
      "rival DeskNest has also cut staff.\n\n"
      "Analyst Mark McAllister said ShareDesk could be sold.\n");
  t_entity_is(a, "ShareDesk", LEDE_ENTITY_ORGANIZATION, 3);
  t_entity_is(a, "DeskNest", LEDE_ENTITY_ORGANIZATION, 1);
  t_entity_is(a, "Mark McAllister", LEDE_ENTITY_PERSON, 1);
  t_entity_is(a, "Nora Keel", LEDE_ENTITY_PERSON, 1);
  lede_article_free(a);
}

/* ==== The tagger's frequent words ======================================= */

#include "gazetteer.h"
#include "tagger.h"

/* The table's entry of the key h (lede__tag_word_key), or NULL. */
static const lede__tgword *S_gw_find(uint64_t h) {
  for (size_t k = lede__tag_wslot(h);; k = (k + 1) & (LEDE__TG_NWSLOTS - 1)) {
    uint32_t x = lede__tagger_wslot[k];
    if (!x) return NULL;
    const lede__tgword *e = &lede__tagger_gw[(x & 0xffff) - 1];
    if (x >> 16 == (uint32_t)(h >> 48) && e->klo == (uint32_t)h && e->kmid == (uint16_t)(h >> 32))
      return e;
  }
}

/* Whether word s[0..n) of a token with flags has the entry the tagger's
 * code makes of it (1), or none (0); else a failure. */
static int S_gw_same(const char *s, size_t n, uint32_t flags) {
  const lede__tgword *e = S_gw_find(lede__tag_word_key(s, n, flags));
  if (!e) return 0;
  lede__tgword m;
  lede__tag_word_entry(s, n, flags, &m);
  cr_assert(memcmp(e, &m, sizeof m) == 0, "entry of \"%.*s\" (flags %u)", (int)n, s,
            (unsigned)flags);
  return 1;
}

/* The entries the build makes for the model's frequent word forms are
 * what the tagger's code makes of them: every token of the reference
 * article that is one of them. */
Test(entities_tagger, frequent_words_built_as_made) {
  lede_article *a = t_parse_file(REF);
  size_t found = 0;
  for (size_t i = 0; i < a->tokens.n; i++) {
    const lede__token *tk = &a->tokens.v[i];
    found += (size_t)S_gw_same(a->text + tk->start, tk->len, tk->flags);
  }
  cr_assert_gt(found, 100);
  lede_article_free(a);
}

/* Word w[0..n) of letters a to z, capitalized into c, and if low as
 * written, have the entries the tagger's code makes of them; else a
 * failure. 0 if it is not such a word. */
static int S_gw_cases(const char *w, size_t n, int low) {
  char c[LEDE__TG_FORMMAX];
  size_t k = 0;
  while (k < n && w[k] >= 'a' && w[k] <= 'z') k++;
  if (!n || k < n || n > sizeof c) return 0;
  memcpy(c, w, n);
  c[0] = (char)(c[0] - 'a' + 'A');
  cr_assert(!low || S_gw_same(w, n, LEDE__T_WORD), "%.*s", (int)n, w);
  cr_assert(S_gw_same(c, n, LEDE__T_WORD | LEDE__T_CAP), "%.*s", (int)n, c);
  return 1;
}

/* Each word of s (apart by spaces), as S_gw_cases: how many. */
static size_t S_gw_words(const char *s, int low) {
  size_t k = 0;
  for (const char *p = s; *p;) {
    size_t m = strcspn(p, " ");
    k += (size_t)S_gw_cases(p, m, low);
    p += m;
    p += *p == ' ';
  }
  return k;
}

/* The forms the build adds to the model's (tools/gen_tagger_words.c
 * S_more) are there, each with the entry the tagger's code makes of it:
 * the possessives, contractions, years, curly marks and dashes, words
 * in capitals; the gazetteer's commonest words in lower case and
 * capitalized, the words of its countries, regions and peoples
 * capitalized, those of the tagger's lists in either case. */
Test(entities_tagger, more_forms_built_as_made) {
  static const char *const words[] = {"'s", "'S", "\xe2\x80\x99s", "\xe2\x80\x99S", "don't",
                                      "Don\xe2\x80\x99t", "it's", "I\xe2\x80\x99m"};
  for (size_t q = 0; q < sizeof words / sizeof *words; q++) {
    uint32_t fl = LEDE__T_WORD | (words[q][0] >= 'A' && words[q][0] <= 'Z' ? LEDE__T_CAP : 0);
    cr_assert(S_gw_same(words[q], strlen(words[q]), fl), "%s", words[q]);
  }
  static const char *const marks[] = {"\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x98",
                                      "\xe2\x80\x99"};
  for (size_t q = 0; q < sizeof marks / sizeof *marks; q++)
    cr_assert(S_gw_same(marks[q], 3, LEDE__T_PUNCT | LEDE__T_QUOTE), "%s", marks[q]);
  cr_assert(S_gw_same("\xe2\x80\x93", 3, LEDE__T_PUNCT));
  cr_assert(S_gw_same("\xe2\x80\x94", 3, LEDE__T_PUNCT));
  cr_assert(S_gw_same("1900", 4, LEDE__T_WORD | LEDE__T_NUM));
  cr_assert(S_gw_same("2039", 4, LEDE__T_WORD | LEDE__T_NUM));
  cr_assert(S_gw_same("SAID", 4, LEDE__T_WORD | LEDE__T_CAP | LEDE__T_UPPER));
  size_t n = 0;
  const lede__lexicon *common[] = {&lede__gaz_top_words, &lede__gaz_common_words};
  for (size_t l = 0; l < 2; l++)
    for (size_t q = 0; q < common[l]->n; q++) n += S_gw_words(common[l]->words[q], 1);
  cr_assert_gt(n, 5000);
  n = 0;
  for (size_t q = 0; q < lede__gaz_n; q++)
    if (lede__gaz[q].kind != LEDE__GAZ_CITY) n += S_gw_words(lede__gaz[q].key, 0);
  cr_assert_gt(n, 1000);
  n = 0;
  const lede__lexicon *names[] = {&lede__lex_first_names_male, &lede__lex_first_names_female};
  for (size_t l = 0; l < 2 + LEDE__TG_NLISTS - LEDE__TG_OWN_LISTS; l++) {
    const lede__lexicon *lx = l < 2 ? names[l] : lede__tag_lists[LEDE__TG_OWN_LISTS + l - 2];
    for (size_t q = 0; q < lx->n; q++) n += S_gw_words(lx->words[q], 1);
  }
  cr_assert_gt(n, 1000);
}

/* Which tokens can be in a name (tagger.c S_can_all: four at once where
 * the processor has AVX2, else one by one, as test_entities_nohw runs it)
 * and what the article's words in lower case say of their capitalized
 * forms: words of 1 to 17 bytes, capitals inside (past the eighth byte
 * too), bytes past ASCII, particles, marks, numbers, each also against
 * the text's end (in a buffer of the text's length). The digest of the runs the tagger
 * decodes and of its tags is the one tagging token by token gave. */
static const char *const S_cp_words[] = {
    "the", "The", "THE", "tHe", "van", "Van", "der", "de", "al-Assad", "iPhone",
    "eBay", "naïve", "café", "Ünal", "über", "straße", "Reuters", "reuters",
    "internat", "Internat", "internati", "Internati", "internationalisat",
    "Internationalisation", "internationalisation", "internationalisations",
    "3M", "3m", "1990s", "'s", "-", "--", "US-led", "u.s.", "U.S.", "ab", "a",
    "A", "abcdefgh", "Abcdefgh", "abcdefghijklmnop", "Abcdefghijklmnop",
    "abcdefghijklmnopq", "ABCDEFGHIJKLMNOPQ", "abcdefghI", "abcdefghijklmnoP",
    "\xc3", "x\xff", "bin", "Bin"};
#define S_CP_NW (sizeof S_cp_words / sizeof *S_cp_words)

/* Text k: a sentence of prose about each word, in an order of its own,
 * then word k last, against the text's end. */
static size_t S_cp_text(size_t k, char *out, size_t cap) {
  size_t n = 0;
  for (size_t q = 0; q <= S_CP_NW; q++) {
    const char *w = S_cp_words[q < S_CP_NW ? (q * (2 * k + 1) + k) % S_CP_NW : k];
    char sent[256];
    int m = q < S_CP_NW ? snprintf(sent, sizeof sent,
                                   "Officials said that the old plan would go ahead with %s after "
                                   "a long delay in the north of the country. ",
                                   w)
                        : snprintf(sent, sizeof sent, "and so it was %s", w);
    if (m < 0 || n + (size_t)m > cap) break;
    memcpy(out + n, sent, (size_t)m);
    n += (size_t)m;
  }
  return n;
}

static uint64_t S_cp_digest(uint64_t h, const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
  return h;
}

Test(entities_tagger, candidates_four_at_once_as_one_by_one) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t k = 0; k < S_CP_NW; k++) {
    char buf[16384];
    size_t n = S_cp_text(k, buf, sizeof buf);
    char *s = malloc(n);
    cr_assert_not_null(s);
    memcpy(s, buf, n);
    lede_article *a = NULL;
    cr_assert_eq(lede__parse_keep_ttok(s, n, &a), LEDE_OK);
    lede__tfeats tf;
    lede__tag_features(&a->arena, a->text, a->ttok, &tf);
    unsigned char *tags = lede__alloc(&a->arena, a->ttok->n + 1);
    lede__tag(&a->arena, a->text, a->ttok, tags);
    h = S_cp_digest(h, tf.run, tf.n);
    h = S_cp_digest(h, tags, a->ttok->n);
    lede_article_free(a);
    free(s);
  }
  cr_assert_eq(h, 0xfb97be4eed769fffULL, "digest %#llx", (unsigned long long)h);
}

/* Whether check (lede__tag_ahead_check or lede__tag_hw_check), the
 * tagger's fast way against its other way, finds no token differing on
 * text buf (n bytes, parsed from a copy of its own length); asserts it
 * finds none. what and k name the text. */
typedef long (*S_tag_check)(lede__arena *, const char *, const lede__ttoks *);
static int S_tag_same(S_tag_check check, const char *what, size_t k, const char *buf,
                      size_t n) {
  char *s = malloc(n);
  cr_assert_not_null(s);
  memcpy(s, buf, n);
  lede_article *a = NULL;
  cr_assert_eq(lede__parse_keep_ttok(s, n, &a), LEDE_OK);
  long d = check(&a->arena, a->text, a->ttok);
  cr_assert_leq(d, 0, "%s %zu: %ld tokens differ", what, k, d);
  lede_article_free(a);
  free(s);
  return d == 0;
}

/* check over the candidate texts (S_cp_text) and, if articles, the test
 * articles: how many compared the same. */
static int S_tag_same_known(S_tag_check check, int articles) {
  int compared = 0;
  for (size_t i = 0; articles && i < T_NARTICLES; i++) {
    size_t len;
    char *text = t_read(t_articles[i], &len);
    compared += S_tag_same(check, t_articles[i], 0, text, len);
    free(text);
  }
  for (size_t k = 0; k < S_CP_NW; k++) {
    char buf[16384];
    compared += S_tag_same(check, "candidate", k, buf, S_cp_text(k, buf, sizeof buf));
  }
  return compared;
}

/* The keys the tagger makes ahead and the capitalized words it lists
 * (tagger.c S_ahead: by a bit set, keys four at once, where the
 * processor has AVX2, else token by token) are the same both ways:
 * texts whose capitals fall at every place of a 64-token word, next to
 * each other and apart, and the texts above (long words, words at the
 * text's end). And which tokens can be in a name, and the document's
 * bits (tagger.c S_can_all, reading only the tokens S_ahead_hw did not
 * sort out, or all): texts of words in lower case whose capitalized
 * forms come before or after them, particles, capitals and bytes past
 * ASCII inside words, words of 1 to 20 bytes, marks and numbers, in
 * prose and in lines in capitals, at every place of a text's end (and
 * of a word's: a capital as its last byte); and the test articles. */
Test(entities_tagger, keys_ahead_as_one_by_one) {
  static const char *const w[] = {"the", "Bank", "of", "England", "said", "US", "on", "Friday", ",", "3M"};
  int compared = 0;
  for (size_t k = 0; k < 140; k++) {
    char buf[8192];
    size_t n = 0;
    for (size_t j = 0; j < 600 && n + 16 < sizeof buf; j++) {
      const char *x = (j * 7 + k) % 13 < 2 || j == k ? w[1 + (j + k) % 9] : w[j % 9 == 4 ? 4 : 0];
      if (j % 97 == 96) x = ".";
      n += (size_t)snprintf(buf + n, sizeof buf - n, "%s ", x);
    }
    compared += S_tag_same(lede__tag_ahead_check, "text", k, buf, n);
  }
  static const char *const v[] = {
      "the",        "The",         "bank",     "Bank",           "van",        "Van",
      "de",         "iPhone",      "über",     "Über",           "government", "Government",
      "internationalist", "Internationalist", "al-",  "state-of-the-art", "mcDonald", "McDonald",
      "3",          "1999",        ",",        "\"",             "'s",         "-",
      "x",          "reconstructions", "Reconstructions", "ÉLAN", "élan",      "a",
      "lowercaseZ", "sixteenbytewordZ", "fourteenbyteÉ", "eightchR", "nineteenbyteswordsX"};
  const size_t nv = sizeof v / sizeof *v;
  for (size_t k = 0; k < 120; k++) {
    char buf[8192];
    size_t n = 0, m = 300 + k * 3;
    for (size_t j = 0; j < m && n + 24 < sizeof buf; j++) {
      const char *x = v[(j * 5 + k * 3 + j / 7) % nv];
      if (j % (41 + k % 23) == 40) x = k % 3 ? ".\n" : ".\nBREAKING NEWS\n";
      n += (size_t)snprintf(buf + n, sizeof buf - n, "%s ", x);
    }
    compared += S_tag_same(lede__tag_ahead_check, "lower", k, buf, n);
  }
  compared += S_tag_same_known(lede__tag_ahead_check, 1);
  cr_log_info("compared: %d", compared);
}

/* Lines whose tags no one reads (entities_tagger.c: a title, a line of
 * one token other than prose) are left O and not decoded. Checked on the
 * test articles and on made texts (headlines in title case and in
 * capitals, datelines, bylines, credits and lines of one word around
 * prose with names): lede__tag gives the same tags as with every line
 * decoded but for those lines, which it leaves 0, some of which the full
 * decoding tags; the lines so marked are whole titles or lines of one
 * token of a label or in capitals.
 *
 * The tokens of text buf on lines left O that the full decoding tags;
 * asserts lede__tag tags the others as it and those lines not at all,
 * and that those lines are as above. */
static size_t S_ue_tags(const char *what, const char *buf, size_t n) {
  char *s = malloc(n);
  cr_assert_not_null(s);
  memcpy(s, buf, n);
  lede_article *a = NULL;
  cr_assert_eq(lede__parse_keep_ttok(s, n, &a), LEDE_OK);
  size_t left = 0;
  long d = lede__tag_unread_check(&a->arena, a->text, a->ttok, &left);
  cr_assert_eq(d, 0, "%s: %ld tokens tagged otherwise than by decoding every line, or on lines marked otherwise", what, d);
  lede_article_free(a);
  free(s);
  return left;
}

Test(entities_tagger, lines_no_one_reads_left_o) {
  size_t left = 0;
  for (size_t i = 0; i < T_NARTICLES; i++) {
    size_t len;
    char *text = t_read(t_articles[i], &len);
    left += S_ue_tags(t_articles[i], text, len);
    free(text);
  }
  static const char *const heads[] = {
      "Storm Hits Coastal Towns As Governor Maria Lopez Declares Emergency",
      "BANK OF ENGLAND RAISES RATES AS INFLATION BITES",
      "Apple Unveils New iPhone In Cupertino",
      "Trump Wins Nevada Caucuses",
      "Merkel Meets Putin In Berlin Over Ukraine Crisis"};
  static const char *const lines[] = {
      "By Tom Reyes and Ana Ruiz", "WASHINGTON (Reuters) -", "Advertisement", "Paris",
      "Photo: John Smith/Getty Images", "LONDON", "Updated March 10, 2021", "Reuters",
      "Related: Toyota Recalls Cars", "Share"};
  static const char *const prose[] = {
      "The Bank of England said on Friday that Mark Carney would meet officials in London.",
      "Maria Lopez, the governor of Texas, told reporters in Austin that help was coming.",
      "Shares of Barlow & Finch Co rose after Goldman Sachs raised its forecast.",
      "\"We will rebuild,\" said Tom Reyes, a spokesman for the Red Cross in New Orleans.",
      "Nice work, said the coach of Real Madrid after the match against Leeds United."};
  for (size_t k = 0; k < 60; k++) {
    char buf[4096];
    size_t n = 0;
    n += (size_t)snprintf(buf + n, sizeof buf - n, "%s\n\n", heads[k % 5]);
    for (size_t j = 0; j < 6; j++) {
      if ((j + k) % 3 == 0)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s\n\n", lines[(j * 3 + k) % 10]);
      n += (size_t)snprintf(buf + n, sizeof buf - n, "%s %s\n\n", prose[(j + k) % 5],
                            prose[(j * 2 + k / 5) % 5]);
      if ((j * 7 + k) % 5 == 1)
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s\n\n", heads[(j + k / 3) % 5]);
    }
    char what[32];
    snprintf(what, sizeof what, "text %zu", k);
    left += S_ue_tags(what, buf, n);
  }
  cr_assert_gt(left, 10, "tokens left O that the full decoding tags: %zu", left);
  cr_log_info("tokens left O that the full decoding tags: %zu", left);
}

/* Whether a token is in one segment with the token before, told by
 * whether it opens a sentence (S_SG_prev), is as their segments tell, on
 * the test articles, all of them as one text, and made texts of short
 * and empty lines, lists and headlines. */
static long S_seg_walk(const char *buf, size_t n, size_t *ntok) {
  lede_article *a = t_parse_opt(buf, n, NULL);
  long d = lede__ent_seg_check(a);
  *ntok += a->tokens.n;
  lede_article_free(a);
  return d;
}

Test(entities, segment_walk_as_by_sentence) {
  size_t ntok = 0, all = 0;
  char *big = NULL;
  for (size_t i = 0; i < T_NARTICLES; i++) {
    size_t len;
    char *text = t_read(t_articles[i], &len);
    cr_assert_eq(S_seg_walk(text, len, &ntok), 0, "%s", t_articles[i]);
    big = realloc(big, all + len + 2);
    cr_assert_not_null(big);
    memcpy(big + all, text, len);
    all += len;
    big[all++] = '\n';
    big[all++] = '\n';
    free(text);
  }
  cr_assert_eq(S_seg_walk(big, all, &ntok), 0, "the articles as one text");
  free(big);
  static const char *const parts[] = {
      "BREAKING NEWS\n\n", "By Ana Ruiz\n", "\n\n\n", "A.\n", "Yes. No. Maybe.\n\n",
      "- Item one\n- Item two\n\n", "Mr. Smith met Dr. Jones in St. Louis on Jan. 5.\n\n",
      "\"Go!\" she said. \"Now?\"\n\n", "LONDON (Reuters) - The Bank of England said so.\n\n",
      "Storm Hits Coastal Towns\n\n"};
  for (size_t k = 0; k < 40; k++) {
    char buf[4096];
    size_t n = 0;
    for (size_t j = 0; j < 12; j++)
      n += (size_t)snprintf(buf + n, sizeof buf - n, "%s", parts[(j * j + k * 3 + j * k) % 10]);
    cr_assert_eq(S_seg_walk(buf, n, &ntok), 0, "text %zu", k);
  }
  cr_log_info("tokens: %zu", ntok);
}

Test(entities_tagger, decoding_with_avx2_as_the_other_way) {
  int compared = 0;
  /* each article, then all of them three times over as one text (past
   * the tokens whose keys are made ahead) */
  char *all = NULL;
  size_t nall = 0;
  for (size_t i = 0; i < T_NARTICLES; i++) {
    size_t len;
    char *text = t_read(t_articles[i], &len);
    compared += S_tag_same(lede__tag_hw_check, t_articles[i], 0, text, len);
    all = realloc(all, nall + len + 2);
    cr_assert_not_null(all);
    memcpy(all + nall, text, len);
    memcpy(all + nall + len, "\n\n", 2);
    nall += len + 2;
    free(text);
  }
  all = realloc(all, 3 * nall);
  cr_assert_not_null(all);
  memcpy(all + nall, all, nall);
  memcpy(all + 2 * nall, all, nall);
  compared += S_tag_same(lede__tag_hw_check, "all three times", 0, all, 3 * nall);
  free(all);
  compared += S_tag_same_known(lede__tag_hw_check, 0);
  cr_log_info("compared: %d", compared);
}

/* The runs the decoding finds in the bits of each token's S_can1
 * (tagger.c S_lines_by) are those the training finds in bytes (S_runs,
 * S_run_next), and a capitalized word's key in the document read at once
 * is the one made byte by byte: texts whose names meet numbers,
 * apostrophes and hyphens ("Windows 95 98", "Moody 's", "U.S.-led"),
 * with names at every place of a 64-token word and lines longer than
 * that, the test articles and the candidate texts. */
Test(entities_tagger, runs_from_bits_as_from_bytes) {
  static const char *const w[] = {"Windows", "95",  "98",   "Moody",   "'s",     "U.S.-led",
                                  "A$",      "170th", "Street", "van",    "the",    "of",
                                  "said",    "-",   "’s",   "Smith",   "iPhone", "3",
                                  "Bank",    "England", "and", "(",      ")",      "INC"};
  const size_t nw = sizeof w / sizeof *w;
  int compared = 0;
  for (size_t k = 0; k < 200; k++) {
    char buf[8192];
    size_t n = 0;
    for (size_t j = 0; j < 500 && n + 24 < sizeof buf; j++) {
      const char *x = (j * 7 + k) % 5 < 2 || j == k ? w[(j * 3 + k) % nw] : w[10 + (j + k) % 3];
      if (j % (61 + k % 50) == 60) x = ".\n";
      n += (size_t)snprintf(buf + n, sizeof buf - n, "%s ", x);
    }
    compared += S_tag_same(lede__tag_runs_check, "text", k, buf, n);
  }
  compared += S_tag_same_known(lede__tag_runs_check, 1);
  cr_log_info("compared: %d", compared);
}

/* A hyphenated word in the text's last bytes: its hyphen is looked for
 * eight bytes at a time, and the text (in a buffer of its own length)
 * must not be read past its end. Each word also ends a text with a stop
 * after it, and gives the same entity. */
Test(entities, hyphenated_word_at_the_end_of_the_text) {
  static const struct {
    const char *word, *name;
    lede_entity_type type;
  } w[] = {{"US-led", "US", LEDE_ENTITY_PLACE},
           {"Kenyan-led", "Kenyan", LEDE_ENTITY_GROUP},
           {"Kenyan-backed", "Kenyan", LEDE_ENTITY_GROUP},
           {"Kenyan-Tanzanian", "Tanzanian", LEDE_ENTITY_GROUP}};
  for (size_t k = 0; k < sizeof w / sizeof *w; k++)
    for (int stop = 0; stop < 2; stop++) {
      char text[128];
      int n = snprintf(text, sizeof text,
                       "Talks resumed on Friday between the rebels and the %s%s",
                       w[k].word, stop ? "." : "");
      char *s = malloc((size_t)n);
      cr_assert_not_null(s);
      memcpy(s, text, (size_t)n);
      lede_article *a = t_parse_opt(s, (size_t)n, NULL);
      free(s);
      size_t e = t_entity(a, w[k].name);
      cr_assert_eq(lede_entity_type_of(a, e), w[k].type, "%s", text);
      lede_article_free(a);
    }
}

/* Does entity e have an alias spelled s but for ASCII case? */
static int t_has_alias(const lede_article *a, size_t e, const char *s) {
  for (size_t j = 0; j < lede_entity_alias_count(a, e); j++) {
    lede_span sp = lede_entity_alias(a, e, j);
    size_t k = 0, n = strlen(s);
    while (k < n && sp.end - sp.start == n &&
           (a->text[sp.start + k] | 0x20) == (s[k] | 0x20))
      k++;
    if (k == n && sp.end - sp.start == n) return 1;
  }
  return 0;
}

/* A standings table names the teams, its schedule the places: two
 * entities with the alias "TEXAS". The first in entity order answers,
 * whatever the case and spacing of the name asked. */
Test(entities, find_gives_the_first_entity_of_an_alias) {
  lede_article *a = t_parse("Standings\n\nWESTERN DIVISION\nW L PCT GB\n"
                            "TEXAS 70 60 .538 -\nSEATTLE 66 64 .508 4\n"
                            "OAKLAND 61 70 .466 9 1/2\nSATURDAY SCHEDULE\n"
                            "OAKLAND AT TEXAS\nBOSTON AT SEATTLE\n");
  size_t e = t_entity(a, "TEXAS"), later = LEDE_NONE;
  for (size_t i = 0; i < lede_entity_count(a); i++)
    if (t_has_alias(a, i, "texas")) {
      if (i < e) cr_assert_fail("entity %zu before %zu is also TEXAS", i, e);
      if (i > e) later = i;
    }
  cr_assert_neq(later, LEDE_NONE, "a single TEXAS: the test asks nothing");
  cr_assert_neq(lede_entity_type_of(a, e), lede_entity_type_of(a, later));
  cr_assert_eq(t_entity(a, "Texas"), e);
  cr_assert_eq(t_entity(a, "  texas\t\n"), e);
  size_t w = t_entity(a, "Western Division");
  cr_assert_eq(t_entity(a, "western \n  DIVISION "), w);
  cr_assert_eq(lede_entity_find(a, "WESTERN DIVISION", 16), w);
  cr_assert_eq(lede_entity_find(a, "WESTERN DIVISION", 7), LEDE_NONE);
  t_no_entity(a, "Denver");
  t_no_entity(a, "Texas Rangers");
  t_no_entity(a, "westerndivision");
  t_no_entity(a, "");
  t_no_entity(a, "   ");
  cr_assert_eq(lede_entity_find(a, NULL, 4), LEDE_NONE);
  lede_article_free(a);
  /* ’ and ' are one letter of a key. */
  a = t_parse("Visit\n\nPat O\xe2\x80\x99Neill flew to Cairo. O\xe2\x80\x99Neill "
              "said the visit went well.\n");
  size_t p = t_entity(a, "Pat O'Neill");
  cr_assert_eq(t_entity(a, "pat o\xe2\x80\x99neill"), p);
  cr_assert_eq(t_entity(a, "PAT  O'NEILL"), p);
  lede_article_free(a);
}

/* Many people, each looked up by every alias: each look-up is one probe,
 * not a pass over every alias of the article. */
Test(entities, find_by_every_alias_is_linear, .timeout = 10) {
  size_t cap = 4 << 20, n = 0, people = 30000;
  char *s = malloc(cap);
  n += (size_t)sprintf(s + n, "Cabinet\n\n");
  for (size_t i = 0; i < people; i++) {
    char x[5] = {(char)('a' + i % 26), (char)('a' + i / 26 % 26),
                 (char)('a' + i / 676 % 26), (char)('a' + i / 17576 % 26), 0};
    n += (size_t)sprintf(s + n, "Deputy Minister Kofi%s Mensah%s met Adviser Ama%s Owusu%s. ",
                         x, x, x, x);
  }
  lede_article *a = t_parse_opt(s, n, NULL);
  size_t ne = lede_entity_count(a), asked = 0;
  cr_assert_geq(ne, people, "%zu entities", ne);
  for (size_t e = 0; e < ne; e++)
    for (size_t j = 0; j < lede_entity_alias_count(a, e); j++) {
      lede_span sp = lede_entity_alias(a, e, j);
      size_t f = lede_entity_find(a, a->text + sp.start, sp.end - sp.start);
      cr_assert_leq(f, e, "alias %zu of entity %zu found as %zu", j, e, f);
      asked++;
    }
  cr_assert_geq(asked, 2 * people, "%zu aliases", asked);
  lede_article_free(a);
  free(s);
}

/* Pass 1 passes over the tokens that need nothing of it four at a time
 * (lede__ent_skip, with SSE2; test_entities_nosse2 runs the other way):
 * it stops where one by one it would, from every token of each test
 * article to its end and to a few tokens on, the next hyphen anywhere,
 * at the text's hyphens, at no hyphen at all. */
size_t lede__ent_skip(const lede__token *tv, size_t i, size_t t1, size_t hy);

static size_t S_skip_slow(const lede__token *tv, size_t i, size_t t1, size_t hy) {
  for (; i < t1; i++) {
    const lede__token *tk = &tv[i];
    if (tk->flags & (LEDE__T_CAP | LEDE__T_UPPER)) return i;
    if ((tk->flags & (LEDE__T_WORD | LEDE__T_NUM)) == LEDE__T_WORD &&
        (size_t)tk->start + tk->len > hy)
      return i;
  }
  return t1;
}

Test(entities, skip_as_one_by_one) {
  size_t asked = 0, hyphens = 0;
  for (size_t k = 0; k < T_NARTICLES; k++) {
    lede_article *a = t_parse_file(t_articles[k]);
    const lede__token *tv = a->tokens.v;
    size_t n = a->tokens.n;
    cr_assert_gt(n, 20, "%s", t_articles[k]);
    /* the hyphens of the text, then no hyphen, then one before each token */
    size_t hs[64], nh = 0;
    for (size_t p = 0; p < a->len && nh < 62; p++)
      if (a->text[p] == '-') hs[nh++] = p;
    hyphens += nh;
    hs[nh++] = SIZE_MAX;
    hs[nh++] = 0;
    for (size_t q = 0; q < nh; q++)
      for (size_t i = 0; i <= n; i++)
        for (size_t d = 0; d <= 9; d++) {
          size_t t1 = d == 9 ? n : (i + d < n ? i + d : n);
          size_t want = S_skip_slow(tv, i, t1, hs[q]);
          size_t got = lede__ent_skip(tv, i, t1, hs[q]);
          cr_assert_eq(got, want, "%s: from %zu to %zu, hyphen at %zu: %zu, want %zu",
                       t_articles[k], i, t1, hs[q], got, want);
          asked++;
        }
    /* the next hyphen just before, at and past each token's end */
    for (size_t i = 0; i < n; i++) {
      size_t e = (size_t)tv[i].start + tv[i].len;
      for (size_t h = e - 1; h <= e + 1; h++) {
        size_t want = S_skip_slow(tv, 0, n, h), got = lede__ent_skip(tv, 0, n, h);
        cr_assert_eq(got, want, "%s: hyphen at %zu: %zu, want %zu", t_articles[k], h, got,
                     want);
        want = S_skip_slow(tv, i, n, h);
        got = lede__ent_skip(tv, i, n, h);
        cr_assert_eq(got, want, "%s: from %zu, hyphen at %zu: %zu, want %zu", t_articles[k],
                     i, h, got, want);
      }
    }
    lede_article_free(a);
  }
  cr_assert_gt(hyphens, 20);
  cr_assert_gt(asked, 100000);
}

/* The scan for role phrases passes over the tokens that cannot be "the"
 * four at a time (lede__ent_next3, with SSE2; test_entities_nosse2 runs
 * the other way): it stops where one by one it would, from every token of
 * each test article to its end and to a few tokens on, and in a text of
 * words of two, three and four bytes. */
size_t lede__ent_next3(const lede__token *tv, size_t i, size_t t1);

static size_t S_next3_slow(const lede__token *tv, size_t i, size_t t1) {
  for (; i < t1; i++)
    if (tv[i].len == 3) return i;
  return t1;
}

Test(entities, next3_as_one_by_one) {
  static const char text[] =
      "At the end of it, the man of the hour and his son said the same thing: "
      "no. Then they went to a shop at dawn in the rain and saw THE END of it all.";
  size_t asked = 0, found = 0;
  for (size_t k = 0; k <= T_NARTICLES; k++) {
    lede_article *a = k < T_NARTICLES ? t_parse_file(t_articles[k])
                                      : t_parse_opt(text, sizeof text - 1, NULL);
    const lede__token *tv = a->tokens.v;
    size_t n = a->tokens.n;
    cr_assert_gt(n, 20, "text %zu", k);
    for (size_t i = 0; i <= n; i++)
      for (size_t d = 0; d <= 10; d++) {
        size_t t1 = d == 10 ? n : (i + d < n ? i + d : n);
        size_t want = S_next3_slow(tv, i, t1), got = lede__ent_next3(tv, i, t1);
        cr_assert_eq(got, want, "text %zu: from %zu to %zu: %zu, want %zu", k, i, t1, got,
                     want);
        found += want < t1;
        asked++;
      }
    lede_article_free(a);
  }
  cr_assert_gt(found, 10000);
  cr_assert_gt(asked, 20000);
}

/* The sports words among tokens are counted four tokens at a time (with
 * SSE2; test_entities_nosse2 runs the other way), the words whose first
 * two bytes open no entry passed over, as one by one: over
 * every stretch of the test articles and of a text of the list's words
 * in each case, with words a byte too short or too long, counted up to
 * one, two and all. */
#include "lexicon.h"
size_t lede__ent_sports_hits(const char *t, const lede__token *tk, size_t n, size_t want);
void lede__ent_sports_init(void);

static size_t S_sports_slow(const char *t, const lede__token *tk, size_t n, size_t want) {
  size_t hits = 0;
  for (size_t i = 0; i < n && hits < want; i++)
    if ((tk[i].flags & (LEDE__T_WORD | LEDE__T_NUM | LEDE__T_CAP | LEDE__T_UPPER)) ==
            LEDE__T_WORD &&
        lede__lex_has(&lede__lex_sports_words, t + tk[i].start, tk[i].len))
      hits++;
  return hits;
}

Test(entities, sports_hits_as_one_by_one) {
  char text[8192];
  size_t tn = 0;
  static const char *const words[] = {
      "rugby",      "Rugby", "RUGBY",   "rugb",     "rugbyx", "quarter-final", "quarter-finals",
      "wickets",    "innings", "homer", "hockey",   "soccer", "the",           "said",
      "semi-final", "Soccer", "2-1",    "touchdown", "goalkeeper"};
  for (size_t r = 0; r < 6; r++)
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
      tn += (size_t)snprintf(text + tn, sizeof text - tn, "%s %s, ",
                             words[(w * (r + 1) + r) % (sizeof words / sizeof *words)],
                             r % 2 ? "and" : "of");
  size_t found = 0;
  lede__ent_sports_init();
  for (size_t k = 0; k <= T_NARTICLES; k++) {
    lede_article *a = k < T_NARTICLES ? t_parse_file(t_articles[k]) : t_parse_opt(text, tn, NULL);
    const lede__token *tv = a->tokens.v;
    size_t n = a->tokens.n;
    for (size_t i = 0; i < n; i++)
      for (size_t d = 0; d <= 13 && i + d <= n; d++) {
        size_t m = d == 13 ? n - i : d;
        for (size_t want = 1; want <= 3; want++) {
          size_t w = want == 3 ? SIZE_MAX : want;
          size_t slow = S_sports_slow(a->text, tv + i, m, w);
          size_t fast = lede__ent_sports_hits(a->text, tv + i, m, w);
          cr_assert_eq(fast, slow, "text %zu, %zu tokens from %zu, up to %zu: %zu, want %zu", k,
                       m, i, w, fast, slow);
          found += slow;
        }
      }
    lede_article_free(a);
  }
  cr_assert_gt(found, 1000);
}
