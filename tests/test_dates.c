/* Dates and times: the reference article's table, then one or more
 * sentences of our own for every form and trap of the dates issue.
 * Expected values are worked out by hand from the calendar: 2021-03-10 is
 * a Wednesday, ISO week 10 of 2021. */
#include "helpers.h"

#define REF "examples/articles/bajwa-bahrain-2021-03-10.txt"
#define PUB "2021-03-10"

/* Index of the first date whose text is `want`, or LEDE_NONE. */
static size_t S_find(const lede_article *a, const char *want) {
  const char *t = lede_text(a, NULL);
  for (size_t i = 0; i < lede_date_count(a); i++) {
    lede_span s = lede_date_span(a, i);
    if (s.end - s.start == strlen(want) &&
        !memcmp(t + s.start, want, s.end - s.start))
      return i;
  }
  return LEDE_NONE;
}

/* Parse `text` published on `pub` (may be NULL) and check that the date
 * written `span` is there with this type and value (NULL: no value). */
static void S_check(const char *text, const char *pub, const char *span,
                    lede_date_type type, const char *value) {
  lede_article *a = t_parse_opt(text, strlen(text), pub);
  size_t i = S_find(a, span);
  if (i == LEDE_NONE) {
    fprintf(stderr, "dates found in \"%s\":\n", text);
    for (size_t k = 0; k < lede_date_count(a); k++) {
      char *s = t_str(a, lede_date_span(a, k));
      fprintf(stderr, "  \"%s\" %s\n", s,
              lede_date_value(a, k) ? lede_date_value(a, k) : "(null)");
      free(s);
    }
  }
  cr_assert_neq(i, LEDE_NONE, "no date \"%s\" in \"%s\"", span, text);
  cr_assert_str_eq(lede_date_type_name(lede_date_type_of(a, i)),
                   lede_date_type_name(type), "type of \"%s\"", span);
  const char *v = lede_date_value(a, i);
  if (value) {
    cr_assert_not_null(v, "\"%s\" has no value, expected %s", span, value);
    cr_assert_str_eq(v, value, "value of \"%s\" in \"%s\"", span, text);
  } else {
    cr_assert_null(v, "\"%s\" should have no value, got %s", span, v);
  }
  lede_article_free(a);
}

/* `text` holds no temporal expression at all. */
static void S_none(const char *text) {
  lede_article *a = t_parse_opt(text, strlen(text), PUB);
  if (lede_date_count(a)) {
    char *s = t_str(a, lede_date_span(a, 0));
    cr_assert_fail("\"%s\" found in \"%s\"", s, text);
  }
  lede_article_free(a);
}

/* ==== The reference article ============================================= */

Test(dates, reference_table) {
  lede_article *a = t_parse_file(REF);
  static const struct {
    const char *text, *value;
    lede_date_type type;
    lede_part part;
  } want[] = {
      {"March 10, 2021", "2021-03-10", LEDE_DATE_DATE, LEDE_PART_BYLINE},
      {"Tuesday", "2021-03-09", LEDE_DATE_DATE, LEDE_PART_BODY},
      {"Wednesday", "2021-03-10", LEDE_DATE_DATE, LEDE_PART_BODY},
      {"18th", "2021-03-18", LEDE_DATE_DATE, LEDE_PART_RELATED},
      {"a day after", "P1D", LEDE_DATE_DURATION, LEDE_PART_BODY},
      {"March 18", "2021-03-18", LEDE_DATE_DATE, LEDE_PART_BODY},
      {"September", "2020-09", LEDE_DATE_DATE, LEDE_PART_BODY},
      {"February 29, 2020", "2020-02-29", LEDE_DATE_DATE, LEDE_PART_BODY},
  };
  size_t n = sizeof want / sizeof *want;
  cr_assert_eq(lede_date_count(a), n, "%zu dates", lede_date_count(a));
  for (size_t i = 0; i < n; i++) {
    t_assert_span(a, lede_date_span(a, i), want[i].text);
    cr_assert_str_eq(lede_date_value(a, i), want[i].value);
    cr_assert_eq(lede_date_type_of(a, i), want[i].type);
    cr_assert_eq(lede_block_part(a, lede_date_block(a, i)), want[i].part,
                 "part of %s", want[i].text);
  }
  /* "on Tuesday" is in body paragraph 2; the related link has no
   * sentence. */
  cr_assert_eq(lede_block_paragraph(a, lede_date_block(a, 1)), 1);
  cr_assert_eq(lede_date_sentence(a, 3), LEDE_NONE);
  cr_assert_neq(lede_date_sentence(a, 1), LEDE_NONE);
  cr_assert_eq(lede_date_anchor_of(a, 0), LEDE_ANCHOR_NONE);
  cr_assert_eq(lede_date_anchor_of(a, 1), LEDE_ANCHOR_PUBLISHED);
  cr_assert_eq(lede_date_granularity(a, 6), LEDE_GRAN_MONTH);
  cr_assert_eq(lede_date_granularity(a, 7), LEDE_GRAN_DAY);
  lede_article_free(a);
}

/* ==== Absolute dates ==================================================== */

Test(dates, absolute_forms) {
  S_check("The law took effect on March 10, 2021, officials said.", PUB,
          "March 10, 2021", LEDE_DATE_DATE, "2021-03-10");
  S_check("The law took effect on 10 March 2021, officials said.", PUB,
          "10 March 2021", LEDE_DATE_DATE, "2021-03-10");
  S_check("Shares fell on Mar. 8 after the report.", PUB, "Mar. 8",
          LEDE_DATE_DATE, "2021-03-08");
  S_check("The vote was held on the 10th of March.", PUB, "10th of March",
          LEDE_DATE_DATE, "2021-03-10");
  S_check("The filing is dated 2021-03-10.", PUB, "2021-03-10",
          LEDE_DATE_DATE, "2021-03-10");
  S_check("Sales collapsed in March 2021.", PUB, "March 2021", LEDE_DATE_DATE,
          "2021-03");
  S_check("The company was founded in 2019.", PUB, "2019", LEDE_DATE_DATE,
          "2019");
  S_check("Crime fell sharply in the 1990s.", PUB, "the 1990s",
          LEDE_DATE_DATE, "199");
  S_check("The shop closed in mid-March.", PUB, "mid-March", LEDE_DATE_DATE,
          "2021-03");
  S_check("The plan was first drafted in early 2020.", PUB, "early 2020",
          LEDE_DATE_DATE, "2020");
  S_check("A new model is due in spring 2021.", PUB, "spring 2021",
          LEDE_DATE_DATE, "2021-SP");
  S_check("Budgets resume in the autumn of 2021.", PUB, "the autumn of 2021",
          LEDE_DATE_DATE, "2021-FA");
  /* Each end of a range is an expression of its own. */
  S_check("It was the worst winter since 1990-91.", PUB, "1990",
          LEDE_DATE_DATE, "1990");
  S_check("It was the worst winter since 1990-91.", PUB, "91",
          LEDE_DATE_DATE, "1991");
  S_check("The summit was held on March 3-5.", PUB, "March 3",
          LEDE_DATE_DATE, "2021-03-03");
  S_check("The summit was held on March 3-5.", PUB, "5", LEDE_DATE_DATE,
          "2021-03-05");
  S_check("Profits doubled in Q3 2020.", PUB, "Q3 2020", LEDE_DATE_DATE,
          "2020-Q3");
  /* Published in the first quarter: a third quarter in the past is last
   * year's, one still to come is this year's. */
  S_check("Profits rose in the third quarter.", PUB, "the third quarter",
          LEDE_DATE_DATE, "2020-Q3");
  S_check("Profits will rise in the third quarter.", PUB, "the third quarter",
          LEDE_DATE_DATE, "2021-Q3");
}

Test(dates, numeric_forms) {
  /* Only an order that the numbers themselves settle gets a value. */
  S_check("The meeting on 10/03/2021 ended early.", PUB, "10/03/2021",
          LEDE_DATE_DATE, NULL);
  S_check("The meeting on 25/12/2020 ended early.", PUB, "25/12/2020",
          LEDE_DATE_DATE, "2020-12-25");
  S_check("The meeting on 12/25/2020 ended early.", PUB, "12/25/2020",
          LEDE_DATE_DATE, "2020-12-25");
}

Test(dates, impossible_dates) {
  S_check("The contract was signed on February 29, 2021.", PUB,
          "February 29, 2021", LEDE_DATE_DATE, NULL);
  S_check("The contract is said to run until April 31.", PUB, "April 31",
          LEDE_DATE_DATE, NULL);
  S_check("The deal of February 29, 2020 was reviewed.", PUB,
          "February 29, 2020", LEDE_DATE_DATE, "2020-02-29");
  S_check("They met on 29 February 2024 in Geneva.", PUB, "29 February 2024",
          LEDE_DATE_DATE, "2024-02-29");
}

/* ==== Relative dates (published Wednesday 2021-03-10) =================== */

Test(dates, weekdays_by_tense) {
  S_check("The minister resigned on Tuesday.", PUB, "Tuesday", LEDE_DATE_DATE,
          "2021-03-09");
  S_check("The two leaders will meet on Friday.", PUB, "Friday",
          LEDE_DATE_DATE, "2021-03-12");
  S_check("Police said the attack happened on Friday.", PUB, "Friday",
          LEDE_DATE_DATE, "2021-03-05");
  S_check("The statement was issued on Wednesday.", PUB, "Wednesday",
          LEDE_DATE_DATE, "2021-03-10");
  /* Curly quotes around a promise: the nearest cue is "will". */
  S_check("\xE2\x80\x9CWe will meet them on Monday,\xE2\x80\x9D she said.", PUB,
          "Monday", LEDE_DATE_DATE, "2021-03-15");
  S_check("Markets reopened last Friday.", PUB, "last Friday", LEDE_DATE_DATE,
          "2021-03-05");
  S_check("The board meets next Tuesday.", PUB, "next Tuesday",
          LEDE_DATE_DATE, "2021-03-16");
  /* A British weekday with its date takes the date's value. */
  /* A weekday and its date are one expression (TimeML). */
  S_check("The minister said on Thursday 4 March that he would stay.", PUB,
          "Thursday 4 March", LEDE_DATE_DATE, "2021-03-04");
}

Test(dates, deictic_and_units) {
  S_check("The report was published yesterday.", PUB, "yesterday",
          LEDE_DATE_DATE, "2021-03-09");
  S_check("The talks resume today.", PUB, "today", LEDE_DATE_DATE,
          "2021-03-10");
  S_check("The talks resume tomorrow.", PUB, "tomorrow", LEDE_DATE_DATE,
          "2021-03-11");
  S_check("Prices rose last week.", PUB, "last week", LEDE_DATE_DATE,
          "2021-W09");
  S_check("Prices will rise next month.", PUB, "next month", LEDE_DATE_DATE,
          "2021-04");
  S_check("Exports have grown this year.", PUB, "this year", LEDE_DATE_DATE,
          "2021");
  S_check("Exports fell last year.", PUB, "last year", LEDE_DATE_DATE, "2020");
  S_check("He arrived two days ago.", PUB, "two days ago", LEDE_DATE_DATE,
          "2021-03-08");
  /* TimeML: "in" is a signal; the expression is a length of time. */
  S_check("The plant will reopen in three weeks.", PUB, "three weeks",
          LEDE_DATE_DURATION, "P3W");
  S_check("Shares are now trading higher.", PUB, "now", LEDE_DATE_DATE,
          "PRESENT_REF");
  S_check("The firm recently cut jobs.", PUB, "recently", LEDE_DATE_DATE,
          "PAST_REF");
  S_check("Prices could rise in the future.", PUB, "the future",
          LEDE_DATE_DATE, "FUTURE_REF");
  /* Anchored to the text's last date, not to publication. */
  S_check("He was promoted on May 22, 1995, and the following year he was "
          "posted to Washington.", PUB, "the following year", LEDE_DATE_DATE,
          "1996");
  S_check("The doctor was shot on Oct. 23, 1998. Earlier that day, the family "
          "had sent a fax.", PUB, "Earlier that day", LEDE_DATE_DATE,
          "1998-10-23");
  S_check("The ship sank on June 3, 2019 and the crew was rescued the next "
          "day.", PUB, "the next day", LEDE_DATE_DATE, "2019-06-04");
  S_check("Rates rose in the third quarter. Revenue was flat a year earlier.",
          PUB, "a year earlier", LEDE_DATE_DATE, "2019-Q3");
}

Test(dates, months_and_days_without_year) {
  S_check("The talks that began in September made slow progress.", PUB,
          "September", LEDE_DATE_DATE, "2020-09");
  S_check("The talks will resume in April.", PUB, "April", LEDE_DATE_DATE,
          "2021-04");
  S_check("The border was closed in January.", PUB, "January",
          LEDE_DATE_DATE, "2021-01");
  S_check("Moscow to host Afghan peace talks on 18th", PUB, "18th",
          LEDE_DATE_DATE, "2021-03-18");
  S_check("The court sat on the 2nd and adjourned.", PUB, "the 2nd",
          LEDE_DATE_DATE, "2021-03-02");
  /* Published in January: a December date is last year's. */
  S_check("The deal was signed on Dec. 28.", "2021-01-05", "Dec. 28",
          LEDE_DATE_DATE, "2020-12-28");
  S_check("It came a day after the ministry spoke.", PUB, "a day after",
          LEDE_DATE_DURATION, "P1D");
}

/* ==== Times ============================================================= */

Test(dates, times) {
  S_check("The polls open at 10am.", PUB, "10am", LEDE_DATE_TIME,
          "2021-03-10T10:00");
  S_check("Trading halted at 10:30 a.m. EST on the exchange.", PUB,
          "10:30 a.m. EST", LEDE_DATE_TIME, "2021-03-10T10:30");
  S_check("The ceasefire began at 14:30 GMT.", PUB, "14:30 GMT",
          LEDE_DATE_TIME, "2021-03-10T14:30");
  S_check("The rally started at noon.", PUB, "noon", LEDE_DATE_TIME,
          "2021-03-10T12:00");
  /* TimeML: midnight is the end of its day, T24:00 */
  S_check("The curfew starts at midnight.", PUB, "midnight", LEDE_DATE_TIME,
          "2021-03-10T24:00");
  S_check("The quake struck on Tuesday morning.", PUB, "Tuesday morning",
          LEDE_DATE_TIME, "2021-03-09TMO");
  S_check("The deal was signed late on Friday.", PUB, "late on Friday",
          LEDE_DATE_DATE, "2021-03-05");
  S_check("The budget was published at 08.30 GMT.", PUB, "08.30 GMT",
          LEDE_DATE_TIME, "2021-03-10T08:30");
  S_none("Shares closed at 10.30 and the index rose 12.45 points.");
  /* A clock time takes the day its sentence names. */
  S_check("The blast occurred at 10:35 a.m. on Friday, police said.", PUB,
          "10:35 a.m.", LEDE_DATE_TIME, "2021-03-05T10:35");
}

/* ==== Durations and sets ================================================ */

Test(dates, durations_and_sets) {
  S_check("He served three years in prison.", PUB, "three years",
          LEDE_DATE_DURATION, "P3Y");
  S_check("A two-week quarantine applies.", PUB, "two-week",
          LEDE_DATE_DURATION, "P2W");
  S_check("The strike lasted 48 hours.", PUB, "48 hours", LEDE_DATE_DURATION,
          "PT48H");
  S_check("Prices rose over the past two months.", PUB, "the past two months",
          LEDE_DATE_DURATION, "P2M");
  S_check("The market is held every Monday.", PUB, "every Monday",
          LEDE_DATE_SET, "XXXX-WXX-1");
  S_check("The fee is reviewed annually.", PUB, "annually", LEDE_DATE_SET,
          "P1Y");
  S_check("The fee rises each year.", PUB, "each year", LEDE_DATE_SET, "P1Y");
  S_check("It costs $40 a month.", PUB, "a month", LEDE_DATE_SET, "P1M");
  S_check("They lived in camps for 2 1/2 years.", PUB, "2 1/2 years",
          LEDE_DATE_DURATION, "P2Y6M");
  S_check("The lease runs for at least 20 more years.", PUB,
          "at least 20 more years",
          LEDE_DATE_DURATION, "P20Y");
  S_check("Dividends are paid every quarter.", PUB, "every quarter",
          LEDE_DATE_SET, "P1Q");
  S_check("It was the worst war of the 20th century.", PUB,
          "the 20th century", LEDE_DATE_DATE, "19");
  S_check("Hate groups shrank through the nineties.", PUB, "the nineties",
          LEDE_DATE_DATE, "199");
}

/* ==== Not dates ========================================================= */

Test(dates, traps) {
  S_none("Officials said they may resign over the affair.");
  S_none("May I add that the minister was wrong?");
  S_none("Thousands joined a protest march through the city.");
  S_none("The workers will march to parliament.");
  S_none("The army chief held one-on-one meetings with the generals.");
  S_none("The interview was broadcast on Channel 4.");
  S_none("More than 1,000 people were evacuated.");
  S_none("United sealed a 2-1 win at home.");
  S_none("City fell to a 1-2 defeat.");
  S_none("The prime minister returned to No. 10 after the vote.");
  S_none("Call 020 7946 0958 or 555-1234 for tickets.");
  S_none("India revoked Article 370 of its constitution.");
  S_none("April Jones and June Carter were named.");
  S_none("She is 52 years old.");
}

Test(dates, may_and_march_as_months) {
  S_check("The election was held in May.", PUB, "May", LEDE_DATE_DATE,
          "2020-05");
  S_check("Voting ends on May 6.", PUB, "May 6", LEDE_DATE_DATE,
          "2021-05-06");
  S_check("Prices peaked in March.", PUB, "March", LEDE_DATE_DATE, "2021-03");
}

/* ==== No publication date =============================================== */

Test(dates, unresolved_without_publication_date) {
  const char *text = "The minister resigned on Tuesday. Prices fell last "
                     "year and rose yesterday. The law of March 10, 2021 "
                     "stands.";
  lede_article *a = t_parse_opt(text, strlen(text), NULL);
  cr_assert_null(lede_published(a));
  size_t i = S_find(a, "Tuesday");
  cr_assert_neq(i, LEDE_NONE);
  cr_assert_str_eq(lede_date_value(a, i), "XXXX-WXX-2");
  cr_assert_eq(lede_date_anchor_of(a, i), LEDE_ANCHOR_UNRESOLVED);
  i = S_find(a, "last year");
  cr_assert_neq(i, LEDE_NONE);
  cr_assert_str_eq(lede_date_value(a, i), "XXXX");
  i = S_find(a, "yesterday");
  cr_assert_neq(i, LEDE_NONE);
  cr_assert_str_eq(lede_date_value(a, i), "XXXX-XX-XX");
  i = S_find(a, "March 10, 2021");
  cr_assert_neq(i, LEDE_NONE);
  cr_assert_str_eq(lede_date_value(a, i), "2021-03-10");
  cr_assert_eq(lede_date_anchor_of(a, i), LEDE_ANCHOR_NONE);
  lede_article_free(a);
}

/* ==== API edges ========================================================= */

Test(dates, names_and_out_of_range) {
  cr_assert_str_eq(lede_date_type_name(LEDE_DATE_SET), "SET");
  cr_assert_str_eq(lede_date_type_name((lede_date_type)99), "?");
  cr_assert_str_eq(lede_date_gran_name(LEDE_GRAN_QUARTER), "quarter");
  cr_assert_str_eq(lede_date_gran_name((lede_date_gran)99), "?");
  cr_assert_str_eq(lede_date_anchor_name(LEDE_ANCHOR_TEXT), "text");
  cr_assert_str_eq(lede_date_anchor_name((lede_date_anchor)99), "?");
  lede_article *a = t_parse("Nothing happened.");
  cr_assert_eq(lede_date_count(a), 0);
  cr_assert_null(lede_date_value(a, 3));
  cr_assert_eq(lede_date_span(a, 3).end, 0);
  cr_assert_eq(lede_date_block(a, 3), LEDE_NONE);
  cr_assert_eq(lede_date_sentence(a, 3), LEDE_NONE);
  lede_article_free(a);
}

/* Many dates in one sentence stay linear and keep their order. */
Test(dates, long_run_of_dates) {
  size_t n = 200000;
  char *s = malloc(n * 8 + 1);
  cr_assert_not_null(s);
  for (size_t i = 0; i < n; i++) memcpy(s + i * 8, "Friday, ", 8);
  s[n * 8] = '\0';
  lede_article *a = t_parse_opt(s, n * 8, PUB);
  cr_assert_eq(lede_date_count(a), n);
  lede_article_free(a);
  free(s);
  /* Six-token dates across the scan windows: none lost or doubled. */
  const char *unit = "on March 10, 2021 and ";
  size_t ul = strlen(unit), m = 30000;
  s = malloc(m * ul + 1);
  cr_assert_not_null(s);
  for (size_t i = 0; i < m; i++) memcpy(s + i * ul, unit, ul);
  s[m * ul] = '\0';
  a = t_parse_opt(s, m * ul, PUB);
  cr_assert_eq(lede_date_count(a), m);
  for (size_t i = 0; i < m; i++) {
    cr_assert_str_eq(lede_date_value(a, i), "2021-03-10");
    cr_assert_eq(lede_date_span(a, i).start, i * ul + 3);
  }
  lede_article_free(a);
  free(s);
}

/* ==== TimeML value conventions ========================================== */

Test(dates, timeml_decades) {
  /* A decade is its first three digits; "late" or "mid" is a modifier,
   * not part of the value. */
  S_check("The guerrillas held power in the late 1970s.", PUB,
          "the late 1970s", LEDE_DATE_DATE, "197");
  S_check("Output should double by the mid-1990s, the board said.", "1989-10-26",
          "mid-1990s", LEDE_DATE_DATE, "199");
  S_check("Prices stayed flat through the '80s.", PUB, "the '80s",
          LEDE_DATE_DATE, "198");
}

/* Words that are no time words are rejected before any look-up; the
 * holidays and the quote of '90s still start expressions. */
Test(dates, quick_rejection_keeps_leads) {
  S_check("Stores will shut on Christmas Eve.", PUB, "Christmas Eve",
          LEDE_DATE_DATE, "2021-12-24");
  S_check("The parade is on Thanksgiving.", "2021-11-01", "Thanksgiving",
          LEDE_DATE_DATE, "2021-11-25");
  S_check("Crowds gathered on New Year's Day.", PUB, "New Year's Day",
          LEDE_DATE_DATE, "2021-01-01");
  S_check("These days, few people write letters.", PUB, "These days",
          LEDE_DATE_DATE, "PRESENT_REF");
  S_none("Nobody wrote anything about the thematic carnival whatsoever.");
}

/* ==== Earnings reports ================================================== */
/* A report about a quarter compares it with the same quarter a year
 * before; phrases that name that comparison take the reported quarter a
 * year back. Published Thursday 1989-10-26 (fourth quarter of 1989). */
#define EARN "1989-10-26"
#define EARN_Q "Acme Corp. said profit rose 12% in the third quarter. "

Test(dates, earnings_comparisons) {
  S_check(EARN_Q "In the year-earlier third quarter, Acme earned $2.8 million.",
          EARN, "the year-earlier third quarter", LEDE_DATE_DATE, "1988-Q3");
  S_check(EARN_Q "Acme earned $4 million in the 1988 quarter.", EARN,
          "the 1988 quarter", LEDE_DATE_DATE, "1988-Q3");
  S_check(EARN_Q "In the 1988 second quarter it took a charge.", EARN,
          "the 1988 second quarter", LEDE_DATE_DATE, "1988-Q2");
  S_check(EARN_Q "That compares with $3 million for the same period last year.",
          EARN, "the same period last year", LEDE_DATE_DATE, "1988-Q3");
  S_check(EARN_Q "For the quarter a year ago, Acme lost money.", EARN,
          "the quarter a year ago", LEDE_DATE_DATE, "1988-Q3");
  /* The quarter under way is the one the article is written in. */
  S_check(EARN_Q "The current quarter has begun well.", EARN,
          "The current quarter", LEDE_DATE_DATE, "1989-Q4");
}

Test(dates, earnings_reported_quarter) {
  /* A forecast quarter or an older one named in passing does not change
   * the quarter a report is about. */
  S_check(EARN_Q "Losses may last through the third quarter of 1990. "
          "In the year-ago period, Acme earned $1 million.",
          EARN, "the year-ago period", LEDE_DATE_DATE, "1988-Q3");
  S_check(EARN_Q "In the 1987 second quarter it had a gain. "
          "A year earlier, Acme earned $1 million.",
          EARN, "A year earlier", LEDE_DATE_DATE, "1988-Q3");
  /* After a nine-month figure, "a year earlier" is the year. */
  S_check(EARN_Q "For the nine months, net was $9 million, compared with "
          "$7 million a year earlier.",
          EARN, "a year earlier", LEDE_DATE_DATE, "1988");
}

/* ==== Tense across clauses ============================================== */
/* PUB 2021-03-10 is a Wednesday: last Friday 03-05, next Friday 03-12. */

Test(dates, tense_reported_clause) {
  /* "said" belongs to the main clause; the reported clause is future. */
  S_check("The talks will, officials said, resume on Friday.", PUB, "Friday",
          LEDE_DATE_DATE, "2021-03-12");
  S_check("Officials said the talks will resume on Friday.", PUB, "Friday",
          LEDE_DATE_DATE, "2021-03-12");
  /* Right next to the date, "said" dates the saying. */
  S_check("The talks will resume soon, officials said Friday.", PUB, "Friday",
          LEDE_DATE_DATE, "2021-03-05");
}

Test(dates, tense_governed_infinitive) {
  /* An infinitive takes the tense of the verb it hangs on. */
  S_check("Two rival bidders extended their offers to acquire the Toronto "
          "vaccine maker Friday.", PUB, "Friday", LEDE_DATE_DATE, "2021-03-05");
  S_check("The union plans to hold a rally in the capital on Friday.", PUB,
          "Friday", LEDE_DATE_DATE, "2021-03-12");
  /* With no verb to hang on, an infinitive looks ahead. */
  S_check("Ministers to meet in Brussels on Friday", PUB, "Friday",
          LEDE_DATE_DATE, "2021-03-12");
  /* "set to", "about to": what comes next. */
  S_check("Rebels opposed to the truce attacked a town before talks set "
          "to resume Monday.", PUB, "Monday", LEDE_DATE_DATE, "2021-03-15");
  /* A plan in the past tense still looks ahead. */
  S_check("Farmers were planning to block the motorway on Saturday.", PUB,
          "Saturday", LEDE_DATE_DATE, "2021-03-13");
}

Test(dates, payable_and_effective_look_ahead) {
  S_check("The reduced dividend is payable Jan. 2 to stock of record Dec. 15.",
          "1989-11-02", "Jan. 2", LEDE_DATE_DATE, "1990-01-02");
  S_check("The board created a new post, effective Feb. 1.", "2021-10-26",
          "Feb. 1", LEDE_DATE_DATE, "2022-02-01");
  /* A recent date stays in the past. */
  S_check("He resigned, effective Oct. 1.", "2021-11-02", "Oct. 1",
          LEDE_DATE_DATE, "2021-10-01");
}

Test(dates, adjective_ed_is_no_past) {
  /* "unspecified" after "a still" is an adjective, not a past verb. */
  S_check("The split would be paid on a still unspecified date in January.",
          "1989-10-26", "January", LEDE_DATE_DATE, "1990-01");
  /* A real past verb still counts. */
  S_check("The company unveiled a new computer in April.", "1989-10-26",
          "April", LEDE_DATE_DATE, "1989-04");
}

Test(dates, year_words) {
  S_check("The bank expects to close the deal by year end.", PUB, "year end",
          LEDE_DATE_DATE, "2021");
  S_check("New rules should be in place by year's end.", PUB, "year's end",
          LEDE_DATE_DATE, "2021");
  S_check("He promised to halve unemployment by the year two thousand.",
          "1998-02-05", "the year two thousand", LEDE_DATE_DATE, "2000");
  S_check("The bug was feared for the year two thousand and one.",
          "1998-02-05", "the year two thousand and one", LEDE_DATE_DATE,
          "2001");
  S_check("Nobody knew what the year 2000 would bring.", "1998-02-05",
          "the year 2000", LEDE_DATE_DATE, "2000");
  S_check("The post-1959 politics split many families.", PUB, "post-1959",
          LEDE_DATE_DATE, "1959");
  S_none("Two thousand people marched through the town.");
}

Test(dates, trading_days) {
  S_check("The index fell 4% in the eight trading days after the crash.", PUB,
          "the eight trading days after", LEDE_DATE_DURATION, "P8D");
  S_check("Refunds arrive within ten business days.", PUB,
          "ten business days", LEDE_DATE_DURATION, "P10D");
}

/* TimeML keeps approximations and bounds in the extent (as its mod). */
Test(dates, approximations_in_extent) {
  S_check("The siege lasted nearly two years.", PUB, "nearly two years",
          LEDE_DATE_DURATION, "P2Y");
  S_check("He has been in exile for more than a decade.", PUB,
          "more than a decade", LEDE_DATE_DURATION, "P10Y");
  S_check("Detainees may be held for at least 72 hours.", PUB,
          "at least 72 hours", LEDE_DATE_DURATION, "PT72H");
  S_check("The blast came at around 7:15 p.m. local time.", PUB,
          "around 7:15 p.m. local time", LEDE_DATE_TIME, "2021-03-10T19:15");
  S_check("The mine closed almost four years ago.", PUB,
          "almost four years ago", LEDE_DATE_DATE, "2017");
  S_check("Sales rose 5% in the first nine months.", PUB,
          "the first nine months", LEDE_DATE_DURATION, "P9M");
  /* "about" as a preposition stays out. */
  S_check("They argued about Friday's vote.", PUB, "Friday", LEDE_DATE_DATE,
          "2021-03-05");
}

/* Seasons run spring to winter; a winter is named by the year it ends in. */
Test(dates, seasons_relative) {
  /* In February 1998 the last fall was 1997's, the next spring 1998's. */
  S_check("Hiring picked up last fall.", "1998-02-06", "last fall",
          LEDE_DATE_DATE, "1997-FA");
  S_check("The mall will open next spring.", "1998-02-06", "next spring",
          LEDE_DATE_DATE, "1998-SP");
  S_check("Heating bills soared last winter.", "1998-02-06", "last winter",
          LEDE_DATE_DATE, "1997-WI");
  S_check("Rivals cut prices over the summer.", "1989-10-26", "the summer",
          LEDE_DATE_DATE, "1989-SU");
  S_check("Orders stayed weak well into the summer.", "1989-10-26",
          "the summer", LEDE_DATE_DATE, "1989-SU");
  /* A future sentence in October: next year's spring. */
  S_check("The plant will reopen in the spring.", "1989-10-26", "the spring",
          LEDE_DATE_DATE, "1990-SP");
  S_none("The hotel has a hot spring water pool.");
}

Test(dates, second_quarter_and_half) {
  /* "second" is also a unit of time; before "quarter" or "half" it is
   * an ordinal. */
  S_check("Sales rose in the second quarter.", "1989-10-27",
          "the second quarter", LEDE_DATE_DATE, "1989-Q2");
  S_check("Profit doubled in the second half of 2020.", PUB,
          "the second half of 2020", LEDE_DATE_DATE, "2020-H2");
  S_none("Wait a second, he said.");
}

/* Where each value starts, for ordering: a week at its Monday, a day at
 * midnight, a duration nowhere. */
Test(dates, start_for_ordering) {
  const char *s = "Council talks stall\n\n"
                  "The council met on March 9, 2021, and twice last week. "
                  "The talks have run for three years.\n";
  lede_article *a = t_parse_opt(s, strlen(s), "2021-03-10");
  int day = 0, week = 0, dur = 0;
  for (size_t i = 0; i < lede_date_count(a); i++) {
    const char *v = lede_date_value(a, i);
    double m = -1;
    int ok = lede_date_start(a, i, &m);
    if (v && strcmp(v, "2021-03-09") == 0) {
      cr_assert(ok);
      cr_assert_eq(m, 18695.0 * 1440); /* days from 1970-01-01 to 2021-03-09 */
      day = 1;
    } else if (v && strcmp(v, "2021-W09") == 0) {
      cr_assert(ok);
      cr_assert_eq(m, 18687.0 * 1440); /* Monday 2021-03-01 */
      week = 1;
    } else if (v && strcmp(v, "P3Y") == 0) {
      cr_assert(!ok);
      dur = 1;
    }
  }
  cr_assert(day && week && dur, "values: day %d week %d duration %d", day, week, dur);
  lede_article_free(a);
}

/* ==== Token classes ====================================================== */

/* A date word read eight bytes at a time, or byte by byte when fewer than
 * 32 bytes of text follow its start: the same date either way. */
Test(dates, word_at_the_end_of_the_text) {
  char buf[96];
  for (size_t k = 0; k <= 40; k++) {
    int n = snprintf(buf, sizeof buf, "The minister resigned on TUESDAY%*s", (int)k, "");
    cr_assert(n > 0 && (size_t)n < sizeof buf);
    S_check(buf, PUB, "TUESDAY", LEDE_DATE_DATE, "2021-03-09");
    snprintf(buf, sizeof buf, "The talks ended ten days ago%*s", (int)k, "");
    S_check(buf, PUB, "ten days ago", LEDE_DATE_DATE, "2021-02-28");
  }
}

/* Words no expression starts at are passed over: not those that start
 * one ("mid-", a quote before a decade, a count, "the", a number). */
Test(dates, starts_among_plain_words) {
  S_check("Work stopped in mid-March and resumed.", PUB, "mid-March",
          LEDE_DATE_DATE, "2021-03");
  S_check("Hits from '90s radio were played.", PUB, "'90s", LEDE_DATE_DATE,
          "199");
  S_check("Prices rose in the 1990s sharply.", PUB, "the 1990s", LEDE_DATE_DATE,
          "199");
  S_check("Output fell by 2019 standards.", PUB, "2019", LEDE_DATE_DATE, "2019");
  S_check("Staff left Ten days ago.", PUB, "Ten days ago", LEDE_DATE_DATE,
          "2021-02-28");
}

/* A sentence longer than the scan's window of tokens: a date at any
 * place around where the window moves is found. */
Test(dates, dates_across_the_token_window) {
  static const size_t ats[] = {4020, 4031, 4032, 4033, 4060, 4095, 4096, 4097, 4150, 4900};
  for (size_t q = 0; q < sizeof ats / sizeof *ats; q++) {
    size_t at = ats[q], n = 5000, len = 0;
    char *s = malloc(3 * n + 64);
    cr_assert_not_null(s);
    for (size_t k = 0; k < n; k++) {
      if (k == at || k == at + 1) {
        len += (size_t)sprintf(s + len, "%s ", k == at ? "on" : "Tuesday");
      } else {
        s[len++] = 'x';
        s[len++] = ' ';
      }
    }
    s[len++] = '.';
    s[len] = 0;
    lede_article *a = t_parse_opt(s, len, PUB);
    size_t i = S_find(a, "Tuesday");
    cr_assert_neq(i, LEDE_NONE, "no date at token %zu", at);
    cr_assert_str_eq(lede_date_value(a, i), "2021-03-09");
    lede_article_free(a);
    free(s);
  }
}

/* ==== Lines without sentences =========================================== */

/* A related link is cut into tokens as a sentence is, so it yields the
 * dates the same words yield in a paragraph: "this year's" is "this
 * year" and "'s", "10:30" one token. */
Test(dates, furniture_reads_as_prose) {
  static const char *const lines[] = {
      "How the drought could shape this year's harvest",
      "Council to vote at 10:30 a.m. on Oct. 5",
      "Markets since last week's U.S. rate decision",
  };
  for (size_t k = 0; k < sizeof lines / sizeof *lines; k++) {
    char page[1024], prose[1024];
    snprintf(page, sizeof page,
             "Rains expected early in the south\n\n"
             "Forecasters said on Monday that the rains would come three "
             "days early this season.\n\nRelated: %s\n\n"
             "Farmers welcomed the forecast, officials said.\n",
             lines[k]);
    snprintf(prose, sizeof prose,
             "Rains expected early in the south\n\n"
             "Forecasters said on Monday that the rains would come three "
             "days early this season.\n\nThe story: %s.\n",
             lines[k]);
    lede_article *a = t_parse_opt(page, strlen(page), PUB);
    lede_article *b = t_parse_opt(prose, strlen(prose), PUB);
    size_t rel = 0, seen = 0;
    for (size_t i = 0; i < lede_date_count(a); i++) {
      if (lede_block_part(a, lede_date_block(a, i)) != LEDE_PART_RELATED) continue;
      rel++;
      char *s = t_str(a, lede_date_span(a, i));
      for (size_t j = 0; j < lede_date_count(b); j++) {
        char *u = t_str(b, lede_date_span(b, j));
        if (!strcmp(s, u) && !strcmp(lede_date_value(a, i), lede_date_value(b, j)))
          seen++;
        free(u);
      }
      free(s);
    }
    size_t body = 0;
    cr_assert_eq(lede_paragraph_count(b), 2);
    lede_span ps = lede_paragraph_span(b, 1);
    for (size_t j = 0; j < lede_date_count(b); j++) {
      lede_span d = lede_date_span(b, j);
      body += d.start >= ps.start && d.end <= ps.end;
    }
    cr_assert_gt(rel, 0, "no date in the related line \"%s\"", lines[k]);
    cr_assert_eq(rel, body, "\"%s\": %zu dates as a related line, %zu as prose",
                 lines[k], rel, body);
    cr_assert_eq(seen, rel, "\"%s\": a date differs from prose's", lines[k]);
    lede_article_free(a);
    lede_article_free(b);
  }
}
