/* Quotes and reported speech: the reference article's eleven quotes (from
 * ../shared/reference/bajwa-bahrain-expected.md, read by hand) and the
 * two actions it reports (cues of the class other), then our own
 * sentences for each pattern and trap. */
#include <time.h>

#include "helpers.h"

#define REF "examples/articles/bajwa-bahrain-2021-03-10.txt"

typedef struct {
  const char *start, *end; /* content opens and closes with these */
  lede_quote_kind kind;
  const char *speaker;     /* as written, NULL for none */
  const char *ref;         /* resolved, as written; NULL for none */
  const char *cue, *lemma; /* NULL for none */
  const char *org;         /* NULL: not checked */
} t_quote;

static void t_check(const lede_article *a, const t_quote *w) {
  long i = t_find(a, w->start);
  cr_assert_geq(i, 0, "no quote starting \"%s\"", w->start);
  size_t k = (size_t)i;
  char *content = t_str(a, lede_quote_span(a, k));
  size_t n = strlen(content), m = strlen(w->end);
  cr_assert(n >= m && strcmp(content + n - m, w->end) == 0,
            "quote \"%s\" should end \"%s\"", content, w->end);
  free(content);
  cr_assert_eq(lede_quote_kind_of(a, k), w->kind, "kind of \"%s\": %s",
               w->start, lede_quote_kind_name(lede_quote_kind_of(a, k)));
  lede_span s;
  if (w->speaker) {
    cr_assert(lede_quote_speaker(a, k, &s), "no speaker for \"%s\"", w->start);
    t_assert_span(a, s, w->speaker);
  } else {
    cr_assert_not(lede_quote_speaker(a, k, &s), "speaker for \"%s\"",
                  w->start);
  }
  if (w->ref) {
    cr_assert(lede_quote_speaker_ref(a, k, &s), "no ref for \"%s\"",
              w->start);
    t_assert_span(a, s, w->ref);
  } else {
    cr_assert_not(lede_quote_speaker_ref(a, k, &s));
  }
  if (w->cue) {
    cr_assert(lede_quote_cue(a, k, &s));
    t_assert_span(a, s, w->cue);
    cr_assert_str_eq(lede_quote_cue_lemma(a, k), w->lemma);
  } else {
    cr_assert_not(lede_quote_cue(a, k, &s));
    cr_assert_null(lede_quote_cue_lemma(a, k));
  }
  if (w->org) {
    cr_assert(lede_quote_speaker_org(a, k, &s));
    t_assert_span(a, s, w->org);
  }
}

/* ==== The reference article ============================================= */

Test(quotes, reference_eleven) {
  lede_article *a = t_parse_file(REF);
  static const t_quote want[] = {
      {"Issues of mutual interest", "with Bahrain leadership",
       LEDE_QUOTE_INDIRECT, "ISPR", "ISPR", "says", "say", NULL},
      {"issues of mutual interest", "came under discussion",
       LEDE_QUOTE_INDIRECT, "Military's media wing", "ISPR", "says", "say",
       NULL},
      {"Chief of Army Staff (COAS)", "during his visit to the Gulf state",
       LEDE_QUOTE_INDIRECT, "military", "military", "said", "say", NULL},
      /* an action told inside the military's report: class other */
      {"current developments in the ongoing", "during his visit to the Gulf state",
       LEDE_QUOTE_INDIRECT,
       "Chief of Army Staff (COAS) General Qamar Javed Bajwa",
       "Chief of Army Staff (COAS) General Qamar Javed Bajwa", "discussed",
       "discuss", NULL},
      {"The army chief held", "on Tuesday", LEDE_QUOTE_INDIRECT,
       "military\xE2\x80\x99s media wing, the ISPR", "ISPR",
       "said in a statement", "say", NULL},
      {"During the meetings,", "came under discussion", LEDE_QUOTE_INDIRECT,
       "it", "ISPR", "said", "say", NULL},
      {"The COAS offered Pakistan's complete support", "capacity building",
       LEDE_QUOTE_INDIRECT, "it", "ISPR", "added", "add", NULL},
      {"Later, delegation level talks", "were discussed",
       LEDE_QUOTE_INDIRECT, "the statement", "ISPR", "according to",
       "according to", NULL},
      {"the country was set to host", "slow-moving peace process",
       LEDE_QUOTE_INDIRECT, "the Russian foreign ministry",
       "the Russian foreign ministry", "confirmed", "confirm", NULL},
      {"The conference it said would focus on \"ways",
       "free from terrorism and drug trafficking\"", LEDE_QUOTE_MIXED, "it",
       "the Russian foreign ministry", "said", "say", NULL},
      {"Pakistan would attend the Moscow meeting",
       "towards peace\" in Afghanistan", LEDE_QUOTE_MIXED,
       "A Foreign Office official", "A Foreign Office official", "said",
       "say", "Foreign Office"},
      {"collective mechanism", "collective mechanism",
       LEDE_QUOTE_UNATTRIBUTED, NULL, NULL, NULL, NULL, NULL},
      {"to review the February 29, 2020 deal",
       "to review the February 29, 2020 deal", LEDE_QUOTE_INDIRECT,
       "the new US administration", "the new US administration", "decided",
       "decide", NULL},
  };
  cr_assert_eq(lede_quote_count(a), 13, "got %zu quotes",
               lede_quote_count(a));
  cr_assert_eq(lede_quote_parent(a, 3), 2, "Bajwa's talks inside the report");
  cr_assert_eq(lede_quote_cue_class(a, 3), LEDE_CUE_OTHER);
  cr_assert_eq(lede_quote_cue_class(a, 12), LEDE_CUE_OTHER);
  for (size_t i = 0; i < sizeof want / sizeof *want; i++) t_check(a, &want[i]);
  /* Where they sit: standfirst, caption, then body paragraphs 1..9. */
  cr_assert_eq(lede_block_part(a, lede_quote_block(a, 0)),
               LEDE_PART_STANDFIRST);
  cr_assert_eq(lede_block_part(a, lede_quote_block(a, 1)), LEDE_PART_CAPTION);
  static const size_t para[] = {0, 0, 1, 2, 2, 3, 5, 6, 7, 8, 9};
  for (size_t i = 0; i < 11; i++)
    cr_assert_eq(lede_block_paragraph(a, lede_quote_block(a, i + 2)), para[i]);
  /* The outer span of the scare quote has its marks. */
  t_assert_span(a, lede_quote_outer(a, 11), "\"collective mechanism\"");
  cr_assert_eq(lede_quote_speaker_entity(a, 11), LEDE_NONE);
  lede_article_free(a);
}

/* ==== Patterns ========================================================== */

Test(quotes, quote_then_cue) {
  lede_article *a = t_parse(
      "Headline here\n\n"
      "\xE2\x80\x9CWe will not back down,\xE2\x80\x9D she said.\n\n"
      "\xE2\x80\x9CThe plan is dead,\xE2\x80\x9D said Mary Jones, a "
      "spokeswoman for the council.\n\n"
      "\"It was a mistake,\" Smith told reporters on Tuesday.\n");
  t_quote w[] = {
      {"We will not back down,", "back down,", LEDE_QUOTE_DIRECT, "she", NULL,
       "said", "say", NULL},
      {"The plan is dead,", "dead,", LEDE_QUOTE_DIRECT, "Mary Jones",
       "Mary Jones", "said", "say", NULL},
      {"It was a mistake,", "mistake,", LEDE_QUOTE_DIRECT, "Smith", "Smith",
       "told", "tell", NULL},
  };
  for (size_t i = 0; i < 3; i++) t_check(a, &w[i]);
  cr_assert_eq(lede_quote_count(a), 3);
  t_assert_span(a, lede_quote_outer(a, 0),
                "\xE2\x80\x9CWe will not back down,\xE2\x80\x9D");
  lede_article_free(a);
}

Test(quotes, cue_then_quote) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The minister said: \xE2\x80\x9CWe have no choice.\xE2\x80\x9D\n\n"
      "Asked about the vote, Senator Ann Lee replied, \"I never comment on "
      "polls.\"\n");
  t_quote w[] = {
      {"We have no choice.", "choice.", LEDE_QUOTE_DIRECT, "The minister",
       "The minister", "said", "say", NULL},
      {"I never comment on polls.", "polls.", LEDE_QUOTE_DIRECT,
       "Senator Ann Lee", "Senator Ann Lee", "replied", "reply", NULL},
  };
  for (size_t i = 0; i < 2; i++) t_check(a, &w[i]);
  lede_article_free(a);
}

Test(quotes, split_quote_is_one) {
  lede_article *a = t_parse(
      "Title\n\n"
      "\xE2\x80\x9CThis is not over,\xE2\x80\x9D he said, \xE2\x80\x9Cnot by "
      "a long way.\xE2\x80\x9D\n");
  cr_assert_eq(lede_quote_count(a), 1);
  t_quote w = {"This is not over,", "not by a long way.", LEDE_QUOTE_DIRECT,
               "he", NULL, "said", "say", NULL};
  t_check(a, &w);
  lede_article_free(a);
}

Test(quotes, floating_and_multi_paragraph) {
  lede_article *a = t_parse(
      "Plant to close\n\n"
      "LAGOS (Reuters) - Workers at the Ikeja plant were told on Monday "
      "that it would close next month.\n\n"
      "\xE2\x80\x9CWe were stunned,\xE2\x80\x9D said Paul Okafor, the union "
      "leader.\n\n"
      "\xE2\x80\x9CNobody told us anything. Nobody asked.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9C""First the plant closed.\n\n"
      "\xE2\x80\x9CThen the school closed. Then the clinic,\xE2\x80\x9D "
      "Okafor added.\n\n"
      "The company did not reply.\n");
  cr_assert_eq(lede_quote_count(a), 3);
  t_quote w[] = {
      {"We were stunned,", "stunned,", LEDE_QUOTE_DIRECT, "Paul Okafor",
       "Paul Okafor", "said", "say", NULL},
      {"Nobody told us anything.", "Nobody asked.", LEDE_QUOTE_DIRECT,
       "Paul Okafor", "Paul Okafor", "said", "say", NULL},
      {"First the plant closed.", "Then the clinic,", LEDE_QUOTE_DIRECT,
       "Okafor", "Okafor", "added", "add", NULL},
  };
  for (size_t i = 0; i < 3; i++) t_check(a, &w[i]);
  lede_article_free(a);
}

Test(quotes, indirect_patterns) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The central bank said on Thursday that inflation would ease next "
      "year.\n\n"
      "Prices will keep rising, according to the finance ministry.\n\n"
      "According to Maria Silva, the deal is off.\n\n"
      "John Smith, the mayor, said the road would reopen soon.\n\n"
      "Officials warned that the river could flood.\n");
  t_quote w[] = {
      {"inflation would ease", "next year", LEDE_QUOTE_INDIRECT,
       "The central bank", "The central bank", "said", "say", NULL},
      {"Prices will keep rising", "rising", LEDE_QUOTE_INDIRECT,
       "the finance ministry", "the finance ministry", "according to",
       "according to", NULL},
      {"the deal is off", "off", LEDE_QUOTE_INDIRECT, "Maria Silva",
       "Maria Silva", "According to", "according to", NULL},
      {"the road would reopen", "soon", LEDE_QUOTE_INDIRECT,
       "John Smith, the mayor", "John Smith", "said", "say", NULL},
      {"the river could flood", "flood", LEDE_QUOTE_INDIRECT, "Officials",
       "Officials", "warned", "warn", NULL},
  };
  for (size_t i = 0; i < 5; i++) t_check(a, &w[i]);
  cr_assert_eq(lede_quote_count(a), 5);
  lede_article_free(a);
}

Test(quotes, told_and_pronouns) {
  lede_article *a = t_parse(
      "Title\n\n"
      "Acme Corp said profits fell.\n\n"
      "It added that it would cut 200 jobs.\n\n"
      "Chief executive Laura Chen told Reuters the cuts were painful.\n\n"
      "She said she regretted them.\n");
  t_quote w[] = {
      {"profits fell", "fell", LEDE_QUOTE_INDIRECT, "Acme Corp", "Acme Corp",
       "said", "say", NULL},
      {"it would cut 200 jobs", "jobs", LEDE_QUOTE_INDIRECT, "It",
       "Acme Corp", "added", "add", NULL},
      {"the cuts were painful", "painful", LEDE_QUOTE_INDIRECT,
       "Chief executive Laura Chen", "Chief executive Laura Chen", "told",
       "tell", NULL},
      {"she regretted them", "them", LEDE_QUOTE_INDIRECT, "She",
       "Chief executive Laura Chen", "said", "say", NULL},
  };
  for (size_t i = 0; i < 4; i++) t_check(a, &w[i]);
  lede_article_free(a);
}

/* ==== Marks and traps =================================================== */

Test(quotes, apostrophes_are_not_quotes) {
  lede_article *a = t_parse(
      "Title\n\n"
      "Bahrain\xE2\x80\x99s king met O\xE2\x80\x99Malley, a fan of rock "
      "\xE2\x80\x99n\xE2\x80\x99 roll since the \xE2\x80\x99""90s, at the "
      "players\xE2\x80\x99 union hall. It's the rock 'n' roll of the '80s "
      "that the O'Briens' children love.\n");
  cr_assert_eq(lede_quote_count(a), 0);
  lede_article_free(a);
}

Test(quotes, british_single_quotes_with_nested_double) {
  lede_article *a = t_parse(
      "Title\n\n"
      "\xE2\x80\x98The so-called \xE2\x80\x9C""deal\xE2\x80\x9D is worthless "
      "and the workers\xE2\x80\x99 pay is falling,\xE2\x80\x99 said the "
      "union\xE2\x80\x99s general secretary.\n");
  cr_assert_eq(lede_quote_count(a), 1);
  t_quote w = {"The so-called", "pay is falling,", LEDE_QUOTE_DIRECT,
               "the union\xE2\x80\x99s general secretary",
               "the union\xE2\x80\x99s general secretary", "said", "say",
               NULL};
  t_check(a, &w);
  lede_article_free(a);
}

Test(quotes, guillemets_and_german_marks) {
  lede_article *a = t_parse(
      "Title\n\n"
      "\xC2\xABNous resterons\xC2\xBB, said Marie Dupont.\n\n"
      "\xE2\x80\x9EWir schaffen das\xE2\x80\x9C, said the chancellor.\n\n"
      "\xE2\x80\xB9Non\xE2\x80\xBA, said Jean.\n");
  t_quote w[] = {
      {"Nous resterons", "resterons", LEDE_QUOTE_DIRECT, "Marie Dupont",
       "Marie Dupont", "said", "say", NULL},
      {"Wir schaffen das", "das", LEDE_QUOTE_DIRECT, "the chancellor",
       "the chancellor", "said", "say", NULL},
      {"Non", "Non", LEDE_QUOTE_DIRECT, "Jean", "Jean", "said", "say", NULL},
  };
  for (size_t i = 0; i < 3; i++) t_check(a, &w[i]);
  lede_article_free(a);
}

Test(quotes, unmatched_mark_stays_in_its_paragraph) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The players flew home from \xE2\x80\x9C""Paris after the loss.\n\n"
      "The team said it would appeal.\n\n"
      "Fans chanted \"we want more\" all night.\n");
  /* The stray mark opens nothing; the later paragraphs are intact: the
   * fans' chant is theirs (a verb not in the cue lists frames the
   * quotation right after it). */
  t_quote w[] = {
      {"it would appeal", "appeal", LEDE_QUOTE_INDIRECT, "The team",
       "The team", "said", "say", NULL},
      {"\"we want more\"", "all night", LEDE_QUOTE_MIXED, "Fans", "Fans",
       "chanted", "chant", NULL},
  };
  for (size_t i = 0; i < 2; i++) t_check(a, &w[i]);
  cr_assert_eq(lede_quote_count(a), 2);
  lede_article_free(a);
}

Test(quotes, pathological_marks_are_linear) {
  /* 10,000 (and 200,000) unmatched marks of every kind, in one paragraph
   * and in many: time must grow linearly. */
  static const char *const marks[] = {"\"", "\xE2\x80\x9C", "'", "\xC2\xAB",
                                      "\xE2\x80\x98 said"};
  double per[2];
  size_t sizes[2] = {10000, 200000};
  for (int r = 0; r < 2; r++) {
    size_t n = sizes[r], cap = n * 16 + 64, len = 0;
    char *buf = malloc(cap);
    memcpy(buf, "Title\n\n", 7);
    len = 7;
    for (size_t i = 0; i < n; i++) {
      const char *m = marks[i % 5];
      size_t ml = strlen(m);
      memcpy(buf + len, m, ml);
      len += ml;
      buf[len++] = (i % 97 == 96) ? '\n' : ' ';
      if (i % 997 == 996) buf[len++] = '\n';
    }
    clock_t t0 = clock();
    lede_article *a = t_parse_opt(buf, len, NULL);
    per[r] = (double)(clock() - t0) / (double)n;
    lede_article_free(a);
    free(buf);
  }
  /* 20x the input must not take much more than 20x the time. */
  cr_assert(per[1] < per[0] * 4 + 1e-6, "per-mark time grew: %g -> %g",
            per[0], per[1]);
}

Test(quotes, accessors_out_of_range) {
  lede_article *a = t_parse("Title\n\nNothing here.\n");
  lede_span s;
  cr_assert_eq(lede_quote_count(a), 0);
  cr_assert_eq(lede_quote_span(a, 3).end, 0);
  cr_assert_not(lede_quote_cue(a, 3, &s));
  cr_assert_not(lede_quote_speaker(a, 3, &s));
  cr_assert_null(lede_quote_cue_lemma(a, 3));
  cr_assert_eq(lede_quote_speaker_entity(a, 3), LEDE_NONE);
  cr_assert_eq(lede_quote_block(a, 3), LEDE_NONE);
  cr_assert_str_eq(lede_quote_kind_name(LEDE_QUOTE_MIXED), "mixed");
  cr_assert_str_eq(lede_quote_kind_name((lede_quote_kind)99), "?");
  lede_article_free(a);
}

Test(quotes, colon_paragraph_and_after_only_verbs) {
  lede_article *a = t_parse(
      "Storm hits coast\n\n"
      "MIAMI (AP) - A storm hit the coast on Monday, cutting power to "
      "thousands of homes.\n\n"
      "Governor Rick Alvarez said in a statement:\n\n"
      "\"Stay indoors and keep off the roads.\"\n\n"
      "\"We are not out of danger,\" he continued. \"Not yet.\"\n\n"
      "The war continued for years.\n");
  t_quote w[] = {
      {"Stay indoors", "roads.", LEDE_QUOTE_DIRECT, "Governor Rick Alvarez",
       "Governor Rick Alvarez", "said in a statement", "say", NULL},
      {"We are not out of danger,", "Not yet.", LEDE_QUOTE_DIRECT, "he",
       "Governor Rick Alvarez", "continued", "continue", NULL},
  };
  for (size_t i = 0; i < 2; i++) t_check(a, &w[i]);
  /* "continued" alone is no speech verb. */
  cr_assert_eq(lede_quote_count(a), 2);
  lede_article_free(a);
}

Test(quotes, subjects_names_and_colons) {
  lede_article *a = t_parse(
      "Debate night\n\n"
      "DES MOINES, Iowa (AP) - The candidates met for a last debate on "
      "Thursday night before the caucuses.\n\n"
      "Lewandowski praised the team, adding: \"They are going to help "
      "everybody down the ballot.\"\n\n"
      "Meghan McCain, Twitter: \"Chris Wallace is the real winner of this "
      "debate.\"\n\n"
      "Raphael Lemkin, who coined the word genocide, once said "
      "\xE2\x80\x9CIt happened so many times.\xE2\x80\x9D\n");
  t_quote w[] = {
      {"They are going to help", "ballot.", LEDE_QUOTE_DIRECT, "Lewandowski",
       "Lewandowski", "adding", "add", NULL},
      {"Chris Wallace is", "debate.", LEDE_QUOTE_DIRECT,
       "Meghan McCain, Twitter", "Meghan McCain", NULL, NULL, NULL},
      {"It happened", "times.", LEDE_QUOTE_DIRECT,
       "Raphael Lemkin, who coined the word genocide", "Raphael Lemkin",
       "said", "say", NULL},
  };
  for (size_t i = 0; i < 3; i++) t_check(a, &w[i]);
  lede_article_free(a);
}

Test(quotes, name_then_after_only_verb) {
  lede_article *a = t_parse(
      "Debate\n\n"
      "MANCHESTER, N.H. (AP) - The candidates took questions on Saturday "
      "night.\n\n"
      "\"We face a real threat,\" Ortiz continued. \"We need allies.\"\n");
  cr_assert_eq(lede_quote_count(a), 1);
  t_quote w = {"We face a real threat,", "We need allies.", LEDE_QUOTE_DIRECT,
               "Ortiz", "Ortiz", "continued", "continue", NULL};
  t_check(a, &w);
  lede_article_free(a);
}

/* ==== Stance verbs and reports without a source ========================= */

Test(quotes, stance_verbs_and_negation) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The farmers' union rejected the new quota outright.\n\n"
      "Councillor Ben Ogle wants to close the old library.\n\n"
      "The governor didn't deny that talks had stalled.\n\n"
      "She doesn\xE2\x80\x99t believe the figures are right.\n\n"
      "Labour leads by 120 pledged seats in the count.\n\n"
      "Candidates backed by big donors lost.\n\n"
      "The bill was backed by most of the committee.\n");
  t_quote w[] = {
      {"the new quota", "outright", LEDE_QUOTE_INDIRECT,
       "The farmers' union", NULL, "rejected", "reject", NULL},
      {"to close the old library", "library", LEDE_QUOTE_INDIRECT,
       "Councillor Ben Ogle", NULL, "wants", "want", NULL},
      {"talks had stalled", "stalled", LEDE_QUOTE_INDIRECT, "The governor",
       NULL, "deny", "deny", NULL},
      {"the figures are right", "right", LEDE_QUOTE_INDIRECT, "She", NULL,
       "believe", "believe", NULL},
  };
  for (size_t i = 0; i < 4; i++) {
    long k = t_find(a, w[i].start);
    cr_assert_geq(k, 0, "no quote \"%s\"", w[i].start);
    lede_span s;
    cr_assert(lede_quote_speaker(a, (size_t)k, &s));
    t_assert_span(a, s, w[i].speaker);
    cr_assert(lede_quote_cue(a, (size_t)k, &s));
    t_assert_span(a, s, w[i].cue);
    cr_assert_str_eq(lede_quote_cue_lemma(a, (size_t)k), w[i].lemma);
    cr_assert_eq(lede_quote_kind_of(a, (size_t)k), LEDE_QUOTE_INDIRECT);
  }
  /* "120 pledged seats" is an adjective, "candidates backed by" a
   * participle; "was backed by" is a passive report, its agent the
   * speaker. */
  long k = t_find(a, "The bill");
  cr_assert_geq(k, 0);
  t_assert_span(a, lede_quote_span(a, (size_t)k), "The bill");
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "most of the committee");
  cr_assert(lede_quote_cue(a, (size_t)k, &s));
  t_assert_span(a, s, "backed by");
  cr_assert_eq(lede_quote_count(a), 5, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, reports_without_a_source) {
  lede_article *a = t_parse(
      "Title\n\n"
      "After weeks of delay, the minister is expected to resign on "
      "Friday.\n\n"
      "The plan seemed doomed from the start.\n\n"
      "Two aides are said to be looking for new jobs.\n\n"
      "She appeared on the evening news.\n\n"
      "The vote is expected Tuesday.\n");
  t_quote w[] = {
      {"the minister is expected to resign", "on Friday", LEDE_QUOTE_INDIRECT,
       NULL, NULL, "expected", "expect", NULL},
      {"The plan seemed doomed", "from the start", LEDE_QUOTE_INDIRECT, NULL,
       NULL, "seemed", "seem", NULL},
      {"Two aides are said to be", "new jobs", LEDE_QUOTE_INDIRECT, NULL,
       NULL, "said", "say", NULL},
  };
  for (size_t i = 0; i < 3; i++) t_check(a, &w[i]);
  /* "appeared on", "is expected Tuesday": no report. */
  cr_assert_eq(lede_quote_count(a), 3, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

/* "The clerk reportedly kept the ballots": a hearsay adverb reports its
 * clause, its source unnamed; before a cue of its own ("allegedly told")
 * the cue reports, and a report or a quotation already holding it is
 * left alone. */
Test(quotes, hearsay_adverbs_report_their_clause) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The clerk reportedly kept the ballots in her garage for a week.\n\n"
      "After the vote, two aides allegedly shredded the minutes.\n\n"
      "Ruiz allegedly told the board that the count was wrong.\n\n"
      "Lee said the clerk reportedly kept the keys.\n\n"
      "The mayor spoke reportedly and at length.\n");
  t_quote w[] = {
      {"The clerk reportedly kept", "for a week", LEDE_QUOTE_INDIRECT, NULL,
       NULL, "reportedly", "reportedly", NULL},
      {"two aides allegedly shredded", "the minutes", LEDE_QUOTE_INDIRECT,
       NULL, NULL, "allegedly", "allegedly", NULL},
  };
  for (size_t i = 0; i < 2; i++) t_check(a, &w[i]);
  t_said(a, "the count was wrong", "Ruiz", "told");
  t_said(a, "the clerk reportedly kept the keys", "Lee", "said");
  cr_assert_lt(t_find(a, "The mayor"), 0);
  cr_assert_eq(lede_quote_count(a), 4, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

/* "With the mayor reportedly weighing a run, a poll found that ...": the
 * adjunct opening the sentence ends at its comma, so the hearsay reports
 * only it, and the main clause's report is a statement of its own, not
 * one nested in the hearsay. */
Test(quotes, hearsay_in_an_opening_adjunct_ends_at_its_comma) {
  lede_article *a = t_parse(
      "Title\n\n"
      "With the mayor reportedly weighing a second run, a new county poll "
      "found that she would lose to the treasurer.\n\n"
      "Despite the clerk allegedly losing the keys, the board said the "
      "count would go on.\n");
  long h = t_find(a, "With the mayor reportedly");
  cr_assert_geq(h, 0);
  t_assert_span(a, lede_quote_span(a, (size_t)h),
                "With the mayor reportedly weighing a second run");
  size_t k = t_said(a, "she would lose", "a new county poll", "found");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  k = t_said(a, "the count would go on", "the board", "said");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  lede_article_free(a);
}

/* "Lee leads in the latest poll": a clause told in a poll is its finding,
 * the poll its source; opening the clause up to a comma, the poll frames
 * the clause after. Not a participle's clause ("running third in the
 * polls"), nor one under another's "that". */
Test(quotes, a_clause_told_in_a_poll_is_its_finding) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The treasurer has gained ground in the latest county polls.\n\n"
      "In a Harbor Tribune survey released Sunday, 41 percent of voters "
      "chose the mayor.\n\n"
      "Running third in most polls, the clerk stayed home.\n\n"
      "Her pitch has been that she is ahead in the polls.\n");
  t_said(a, "The treasurer has gained ground", "the latest county polls", "in");
  t_said(a, "41 percent of voters chose the mayor",
         "a Harbor Tribune survey", "In");
  cr_assert_lt(t_find(a, "Running third"), 0);
  cr_assert_lt(t_find(a, "she is ahead"), 0);
  lede_article_free(a);
}

/* "The mayor said Sunday that the clerk appeared to be lying": the
 * evidential reports the clause inside the mayor's report, not the
 * report's adjuncts ("Sunday", "in an interview on Monday") and "that";
 * it is nested in it. */
Test(quotes, evidential_in_a_report_starts_after_its_adjuncts) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The mayor said Sunday that the clerk appeared to be lying.\n\n"
      "Ruiz said in an interview on Monday that the count seemed to be "
      "late.\n");
  size_t k = t_said(a, "the clerk appeared", "The mayor", "said");
  size_t r = t_said(a, "the count seemed", "Ruiz", "said");
  cr_assert_lt(t_find(a, "Sunday"), 0, "the report's adjunct is no clause");
  cr_assert_lt(t_find(a, "in an interview"), 0);
  size_t nested = 0;
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    const char *l = lede_quote_cue_lemma(a, i);
    if (l && (strcmp(l, "appear") == 0 || strcmp(l, "seem") == 0)) {
      size_t p = lede_quote_parent(a, i);
      cr_assert(p == k || p == r, "evidential %zu not nested", i);
      nested++;
    }
  }
  cr_assert_eq(nested, 2, "got %zu", nested);
  lede_article_free(a);
}

/* "The winner was declared on Friday": a passive of speech with no agent
 * reports on its subject, the source unnamed; not a passive with its
 * agent, object clause or topic ("was declared by", "was told that"),
 * nor one of thought or stance ("were convinced"). */
Test(quotes, agentless_passives_of_speech_report_their_subject) {
  lede_article *a = t_parse(
      "Title\n\n"
      "On Thursday, the closure of the north pier was announced.\n\n"
      "Shortly after Ruiz was declared the winner, the count stopped.\n\n"
      "The voters were convinced.\n\n"
      "The ferry schedule was mentioned that morning by the clerk.\n\n"
      "The clerk was told to wait.\n\n"
      "It was announced on Friday.\n");
  t_quote w[] = {
      {"the closure of the north pier", "the north pier",
       LEDE_QUOTE_INDIRECT, NULL, NULL, "announced", "announce", NULL},
      {"Shortly after Ruiz", "after Ruiz", LEDE_QUOTE_INDIRECT, NULL, NULL,
       "declared", "declare", NULL},
  };
  for (size_t i = 0; i < 2; i++) t_check(a, &w[i]);
  cr_assert_lt(t_find(a, "The voters"), 0);
  cr_assert_lt(t_find(a, "The clerk"), 0);
  cr_assert_lt(t_find(a, "It"), 0);
  lede_article_free(a);
}

/* "There is little doubt that ...": a view no one is named as holding
 * reports the clause after "that", "whether" or "about"; "there is" with
 * no such noun reports nothing. */
Test(quotes, there_is_a_view_reports_its_clause) {
  lede_article *a = t_parse(
      "Title\n\n"
      "There is little doubt that the ferry will stop in June.\n\n"
      "In the harbor, there was a sense of relief that the pier held.\n\n"
      "There is a park near the pier that the mayor likes.\n");
  t_quote w[] = {
      {"the ferry will stop", "in June", LEDE_QUOTE_INDIRECT, NULL, NULL,
       "There is little doubt", "doubt", NULL},
      {"the pier held", "the pier held", LEDE_QUOTE_INDIRECT, NULL, NULL,
       "there was a sense", "sense", NULL},
  };
  for (size_t i = 0; i < 2; i++) t_check(a, &w[i]);
  cr_assert_lt(t_find(a, "the mayor likes"), 0);
  cr_assert_eq(lede_quote_count(a), 2, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, asked_headline_and_coordinated_reports) {
  lede_article *a = t_parse(
      "Mayor Ann Ruiz: The bridge will reopen in May\n\n"
      "Asked whether she would run again, Ruiz laughed.\n\n"
      "The mayor was asked why the bridge had closed.\n\n"
      "The engineer stressed that the cables were sound, and the inspectors "
      "warned that the deck needed work.\n");
  t_quote w[] = {
      {"The bridge will reopen", "in May", LEDE_QUOTE_INDIRECT,
       "Mayor Ann Ruiz", NULL, ":", ":", NULL},
      {"whether she would run again", "run again", LEDE_QUOTE_INDIRECT, NULL,
       NULL, "Asked", "ask", NULL},
      {"why the bridge had closed", "closed", LEDE_QUOTE_INDIRECT, NULL, NULL,
       "asked", "ask", NULL},
      {"the cables were sound", "were sound", LEDE_QUOTE_INDIRECT,
       "The engineer", NULL, "stressed", "stress", NULL},
      {"the deck needed work", "needed work", LEDE_QUOTE_INDIRECT,
       "the inspectors", NULL, "warned", "warn", NULL},
  };
  for (size_t i = 0; i < 5; i++) {
    long k = t_find(a, w[i].start);
    cr_assert_geq(k, 0, "no quote \"%s\"", w[i].start);
    char *c = t_str(a, lede_quote_span(a, (size_t)k));
    size_t n = strlen(c), m = strlen(w[i].end);
    cr_assert(n >= m && strcmp(c + n - m, w[i].end) == 0, "\"%s\"", c);
    free(c);
    lede_span s;
    if (w[i].speaker) {
      cr_assert(lede_quote_speaker(a, (size_t)k, &s));
      t_assert_span(a, s, w[i].speaker);
    } else {
      cr_assert_not(lede_quote_speaker(a, (size_t)k, &s));
    }
    cr_assert(lede_quote_cue(a, (size_t)k, &s));
    t_assert_span(a, s, w[i].cue);
    cr_assert_str_eq(lede_quote_cue_lemma(a, (size_t)k), w[i].lemma);
  }
  cr_assert_eq(lede_quote_count(a), 5, "got %zu", lede_quote_count(a));
  lede_article_free(a);

  /* Kickers and shouted words before a colon name no one. */
  a = t_parse("Analysis: The bridge will reopen in May\n\n"
              "Nothing else.\n");
  cr_assert_eq(lede_quote_count(a), 0);
  lede_article_free(a);
  a = t_parse("BREAKING: The bridge will reopen in May\n\nNothing else.\n");
  cr_assert_eq(lede_quote_count(a), 0);
  lede_article_free(a);
}

Test(quotes, parentheses_participles_and_pointed_to) {
  lede_article *a = t_parse(
      "Title\n\n"
      "\xE2\x80\x9CThe levee held,\xE2\x80\x9D Rep. Dana Cole (D-La.) "
      "said.\n\n"
      "Sen. Al Lee (R-Fla.) said the bill was dead.\n\n"
      "\"It felt like a war,\" said Tom Reyes, a former aide, recalling the "
      "floods of 2005.\n\n"
      "The engineers pointed to the cracks in the wall.\n");
  t_quote w[] = {
      {"The levee held,", "held,", LEDE_QUOTE_DIRECT,
       "Rep. Dana Cole (D-La.)", NULL, "said", "say", NULL},
      {"the bill was dead", "dead", LEDE_QUOTE_INDIRECT,
       "Sen. Al Lee (R-Fla.)", NULL, "said", "say", NULL},
      {"the floods of 2005", "2005", LEDE_QUOTE_INDIRECT, "Tom Reyes", NULL,
       "recalling", "recall", NULL},
      {"the cracks in the wall", "wall", LEDE_QUOTE_INDIRECT,
       "The engineers", NULL, "pointed to", "point", NULL},
  };
  for (size_t i = 0; i < 4; i++) {
    long k = t_find(a, w[i].start);
    cr_assert_geq(k, 0, "no quote \"%s\"", w[i].start);
    cr_assert_eq(lede_quote_kind_of(a, (size_t)k), w[i].kind);
    lede_span s;
    cr_assert(lede_quote_speaker(a, (size_t)k, &s));
    t_assert_span(a, s, w[i].speaker);
    cr_assert(lede_quote_cue(a, (size_t)k, &s));
    t_assert_span(a, s, w[i].cue);
    cr_assert_str_eq(lede_quote_cue_lemma(a, (size_t)k), w[i].lemma);
  }
  cr_assert_eq(lede_quote_count(a), 5, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, fixed_frames_findings_and_passive_as) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The governor made it clear that she would veto the bill.\n\n"
      "The audit found it was a long-standing problem.\n\n"
      "Police found a car in the river.\n\n"
      "The deal is widely seen as a defeat for the union.\n\n"
      "She has seen the report and made a cake.\n");
  t_quote w[] = {
      {"she would veto the bill", "bill", LEDE_QUOTE_INDIRECT, "The governor",
       NULL, "made it clear", "make", NULL},
      {"it was a long-standing problem", "problem", LEDE_QUOTE_INDIRECT,
       "The audit", NULL, "found", "find", NULL},
  };
  for (size_t i = 0; i < 2; i++) {
    long k = t_find(a, w[i].start);
    cr_assert_geq(k, 0, "no quote \"%s\"", w[i].start);
    lede_span s;
    if (w[i].speaker) {
      cr_assert(lede_quote_speaker(a, (size_t)k, &s));
      t_assert_span(a, s, w[i].speaker);
    } else {
      cr_assert_not(lede_quote_speaker(a, (size_t)k, &s));
    }
    cr_assert(lede_quote_cue(a, (size_t)k, &s));
    t_assert_span(a, s, w[i].cue);
    cr_assert_str_eq(lede_quote_cue_lemma(a, (size_t)k), w[i].lemma);
  }
  /* "found a car", "seen as" (an assessment, not a report), "made a
   * cake": no reports. */
  cr_assert_eq(lede_quote_count(a), 2, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, content_first_with_a_time_word_after_the_cue) {
  lede_article *a = t_parse(
      "Title\n\n"
      "Two ferries were damaged in the storm, port spokesman Ali "
      "Cherif said Thursday.\n\n"
      "The bridge is safe, the engineer said yesterday.\n\n"
      "\"We did our best,\" the coach said in a long interview with the "
      "Gazette.\n");
  t_quote w[] = {
      {"Two ferries were damaged in the storm", "storm",
       LEDE_QUOTE_INDIRECT, "port spokesman Ali Cherif", NULL, "said",
       "say", NULL},
      {"The bridge is safe", "safe", LEDE_QUOTE_INDIRECT, "the engineer", NULL,
       "said", "say", NULL},
      {"We did our best,", "best,", LEDE_QUOTE_DIRECT, "the coach", NULL,
       "said", "say", NULL},
  };
  for (size_t i = 0; i < 3; i++) {
    long k = t_find(a, w[i].start);
    cr_assert_geq(k, 0, "no quote \"%s\"", w[i].start);
    char *c = t_str(a, lede_quote_span(a, (size_t)k));
    size_t n = strlen(c), m = strlen(w[i].end);
    cr_assert(n >= m && strcmp(c + n - m, w[i].end) == 0, "\"%s\"", c);
    free(c);
    lede_span s;
    cr_assert(lede_quote_speaker(a, (size_t)k, &s));
    t_assert_span(a, s, w[i].speaker);
  }
  /* Nothing reported after the cue: "Thursday", "in a long interview". */
  cr_assert_eq(lede_quote_count(a), 3, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, stance_adjectives_after_be) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The union is confident the deal will pass.\n\n"
      "Analysts were worried that rates would rise.\n\n"
      "The worried parents left early.\n\n"
      "She sees the vote as a test of her leadership.\n");
  t_quote w[] = {
      {"the deal will pass", "pass", LEDE_QUOTE_INDIRECT, "The union", NULL,
       "confident", "confident", NULL},
      {"rates would rise", "rise", LEDE_QUOTE_INDIRECT, "Analysts", NULL,
       "worried", "worry", NULL},
      {"the vote as a test", "leadership", LEDE_QUOTE_INDIRECT, "She", NULL,
       "sees", "see", NULL},
  };
  for (size_t i = 0; i < 3; i++) {
    long k = t_find(a, w[i].start);
    cr_assert_geq(k, 0, "no quote \"%s\"", w[i].start);
    lede_span s;
    cr_assert(lede_quote_speaker(a, (size_t)k, &s));
    t_assert_span(a, s, w[i].speaker);
    cr_assert(lede_quote_cue(a, (size_t)k, &s));
    t_assert_span(a, s, w[i].cue);
    cr_assert_str_eq(lede_quote_cue_lemma(a, (size_t)k), w[i].lemma);
  }
  /* "The worried parents": an adjective, not a report. */
  cr_assert_eq(lede_quote_count(a), 3, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, adding_and_a_report_inside_a_split_quote) {
  lede_article *a = t_parse(
      "Title\n\n"
      "\xE2\x80\x9CThe water was bad for months,\xE2\x80\x9D she said, adding, "
      "\xE2\x80\x9CIn a rich suburb there would have been action.\xE2\x80\x9D\n\n"
      "\"The gate was open,\" Lee told reporters, referring to the depot. "
      "\"Anyone could walk in.\"\n");
  long k = t_find(a, "In a rich suburb");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert_eq(lede_quote_kind_of(a, (size_t)k), LEDE_QUOTE_DIRECT);
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "she");
  cr_assert(lede_quote_cue(a, (size_t)k, &s));
  t_assert_span(a, s, "adding");
  /* One quote from "The gate" to "walk in.", spoken by Lee. */
  k = t_find(a, "The gate was open");
  cr_assert_geq(k, 0);
  t_assert_span(a, lede_quote_outer(a, (size_t)k),
                "\"The gate was open,\" Lee told reporters, referring to the "
                "depot. \"Anyone could walk in.\"");
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Lee");
  k = t_find(a, "the depot");
  cr_assert_geq(k, 0);
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Lee");
  cr_assert_eq(lede_quote_count(a), 4, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, long_apposition_between_quote_and_cue) {
  lede_article *a = t_parse(
      "Title\n\n"
      "\"Markets hate surprises,\" Ann Berg, chief strategist in Sydney at "
      "Coast Bank, said in a note to clients.\n");
  long k = t_find(a, "Markets hate surprises");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert_eq(lede_quote_kind_of(a, (size_t)k), LEDE_QUOTE_DIRECT);
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Ann Berg, chief strategist in Sydney at Coast Bank,");
  cr_assert(lede_quote_speaker_ref(a, (size_t)k, &s));
  t_assert_span(a, s, "Ann Berg");
  cr_assert(lede_quote_cue(a, (size_t)k, &s));
  t_assert_span(a, s, "said");
  cr_assert_eq(lede_quote_count(a), 1, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, content_first_before_told_and_a_listener) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The levy will be scrapped next year, Sen. Jo Park (D-Ore.) told The "
      "Oregon Times on Thursday.\n\n"
      "The county followed the rules of its neighbours, he told the court "
      "in his filing.\n");
  long k = t_find(a, "The levy will be scrapped");
  cr_assert_geq(k, 0);
  t_assert_span(a, lede_quote_span(a, (size_t)k),
                "The levy will be scrapped next year");
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Sen. Jo Park (D-Ore.)");
  k = t_find(a, "The county followed");
  cr_assert_geq(k, 0);
  t_assert_span(a, lede_quote_span(a, (size_t)k),
                "The county followed the rules of its neighbours");
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "he");
  cr_assert_eq(lede_quote_count(a), 2, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, opening_adverb_before_a_speaker_with_apposition) {
  lede_article *a = t_parse(
      "Title\n\n"
      "Even Norway, the only neighbour with a coast guard in the area, said "
      "it was opposed to the test.\n");
  long k = t_find(a, "it was opposed");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s,
                "Norway, the only neighbour with a coast guard in the area");
  cr_assert(lede_quote_speaker_ref(a, (size_t)k, &s));
  t_assert_span(a, s, "Norway");
  lede_article_free(a);
}

Test(quotes, contracted_subjects) {
  lede_article *a = t_parse(
      "Title\n\n"
      "He's suggesting that the count was wrong.\n\n"
      "They\xE2\x80\x99re hopeful the deal will pass.\n\n"
      "I've said the plan would fail.\n");
  static const char *const want[][2] = {
      {"the count was wrong", "He"},
      {"the deal will pass", "They\xE2\x80\x99re"},
      {"the plan would fail", "I've"},
  };
  for (size_t i = 0; i < 3; i++) {
    long k = t_find(a, want[i][0]);
    cr_assert_geq(k, 0, "no quote \"%s\"", want[i][0]);
    lede_span s;
    cr_assert(lede_quote_speaker(a, (size_t)k, &s));
    t_assert_span(a, s, want[i][1]);
  }
  cr_assert_eq(lede_quote_count(a), 3, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, inverted_cue_with_a_long_apposition) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The deal is done, said Jane Smith, a spokeswoman for the council.\n\n"
      "\"I do not know,\" said undecided voter Mia Grant.\n");
  long k = t_find(a, "The deal is done");
  cr_assert_geq(k, 0);
  t_assert_span(a, lede_quote_span(a, (size_t)k), "The deal is done");
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Jane Smith");
  k = t_find(a, "I do not know");
  cr_assert_geq(k, 0);
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "undecided voter Mia Grant");
  cr_assert_eq(lede_quote_count(a), 2, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, verbs_of_judging_and_conceding) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The editor lambasted the council for the delay.\n\n"
      "The coach apologized for the remarks.\n\n"
      "The minister likened the strike to blackmail.\n\n"
      "Ann Lee, a fellow at a Washington think tank, was not surprised.\n");
  static const char *const want[][3] = {
      {"the council for the delay", "The editor", "lambaste"},
      {"for the remarks", "The coach", "apologize"},
      {"the strike to blackmail", "The minister", "liken"},
  };
  for (size_t i = 0; i < 3; i++) {
    long k = t_find(a, want[i][0]);
    cr_assert_geq(k, 0, "no quote \"%s\"", want[i][0]);
    lede_span s;
    cr_assert(lede_quote_speaker(a, (size_t)k, &s));
    t_assert_span(a, s, want[i][1]);
    cr_assert_str_eq(lede_quote_cue_lemma(a, (size_t)k), want[i][2]);
  }
  /* "think tank" is a noun. */
  cr_assert_eq(lede_quote_count(a), 3, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

Test(quotes, clause_ends_after_a_quoted_fragment) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The mayor said the plan was \"costly, slow and late\"; the council "
      "disagreed.\n");
  long k = t_find(a, "the plan was");
  cr_assert_geq(k, 0);
  /* The fragment stays whole (its comma is no boundary); the clause stops
   * at the semicolon after it. */
  t_assert_span(a, lede_quote_span(a, (size_t)k),
                "the plan was \"costly, slow and late\"");
  cr_assert_eq(lede_quote_kind_of(a, (size_t)k), LEDE_QUOTE_MIXED);
  lede_article_free(a);
}

/* A run-on text with no full stop and a cue every few words: contents stay
 * near their cue, so their total size grows with the text, not its square. */
Test(quotes, run_on_text_keeps_contents_bounded) {
  static const char *const words[] = {"he", "said", "that", "officials",
                                      "told", "reporters", "the", "plan"};
  size_t cap = 400000, len = 0;
  char *buf = malloc(cap);
  unsigned seed = 7;
  while (len + 16 < cap) {
    seed = seed * 1103515245u + 12345u;
    const char *w = words[(seed >> 16) % 8];
    size_t n = strlen(w);
    memcpy(buf + len, w, n);
    len += n;
    buf[len++] = ' ';
  }
  lede_article *a = t_parse_opt(buf, len, NULL);
  size_t total = 0, n = lede_quote_count(a);
  cr_assert_gt(n, 1000);
  for (size_t i = 0; i < n; i++) {
    lede_span s = lede_quote_span(a, i);
    total += s.end - s.start;
  }
  /* at most about 200 tokens of at most 10 bytes each per quote */
  cr_assert_leq(total, n * 2000, "contents total %zu bytes for %zu quotes",
                total, n);
  lede_article_free(a);
  free(buf);
}

/* ==== How speakers were found, cue classes, split quotes =============== */

Test(quotes, names_of_via_and_cue_class) {
  cr_assert_str_eq(lede_speaker_via_name(LEDE_VIA_PRONOUN), "pronoun");
  cr_assert_str_eq(lede_speaker_via_name(LEDE_VIA_CONTINUATION),
                   "continuation");
  cr_assert_str_eq(lede_speaker_via_name((lede_speaker_via)99), "?");
  cr_assert_str_eq(lede_cue_class_name(LEDE_CUE_WRITING), "writing");
  cr_assert_str_eq(lede_cue_class_name((lede_cue_class)99), "?");
}

Test(quotes, pronoun_resolved_by_gender_and_split_quote_pieces) {
  lede_article *a = t_parse(
      "Budget talks stall\n\n"
      "Mr. Omar Haddad, the mayor, met Ms. Clara Voss, the council leader, "
      "on Monday.\n\n"
      "\"We agreed on nothing,\" she said. \"Not one thing.\"\n");
  size_t n = lede_quote_count(a), k = LEDE_NONE;
  for (size_t i = 0; i < n; i++)
    if (lede_quote_kind_of(a, i) == LEDE_QUOTE_DIRECT) k = i;
  cr_assert_neq(k, LEDE_NONE);
  cr_assert_eq(lede_quote_speaker_via(a, k), LEDE_VIA_PRONOUN);
  size_t e = lede_quote_speaker_entity(a, k);
  cr_assert_neq(e, LEDE_NONE);
  t_assert_span(a, lede_entity_name(a, e), "Clara Voss");
  cr_assert_eq(lede_quote_cue_class(a, k), LEDE_CUE_SPEECH);
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  cr_assert_eq(lede_quote_fragment_count(a, k), 2);
  t_assert_span(a, lede_quote_fragment(a, k, 0), "We agreed on nothing,");
  t_assert_span(a, lede_quote_fragment(a, k, 1), "Not one thing.");
  lede_span none = lede_quote_fragment(a, k, 2);
  cr_assert_eq(none.end - none.start, 0);
  cr_assert_eq(lede_quote_speaker_via(a, n), LEDE_VIA_NONE);
  cr_assert_eq(lede_quote_fragment_count(a, n), 0);
  lede_article_free(a);
}

/* Found by fuzzing: a curly quote left open at the end of the title and a
 * straight one opening the next line made one mixed quote starting in the
 * title, while its block said the next line. A quote's block holds its
 * start. */
Test(quotes_regress, start_in_the_block_of_the_quote) {
  static const char s[] = "Seo()- \xe2\x80\x9c" "B\n\"&s'''said e";
  for (int k = 0; k < 2; k++) {
    lede_article *a = t_parse_opt(s, sizeof s - 1, k ? "2021-03-10" : NULL);
    cr_assert_gt(lede_quote_count(a), 0);
    for (size_t i = 0; i < lede_quote_count(a); i++) {
      lede_span o = lede_quote_outer(a, i);
      lede_span b = lede_block_span(a, lede_quote_block(a, i));
      cr_assert(o.start >= b.start && o.start < b.end,
                "quote %zu starts at %zu, its block is [%zu, %zu)", i,
                o.start, b.start, b.end);
    }
    lede_article_free(a);
  }
}

/* A verb outside the cue lists still attributes a quotation that opens its
 * sentence and closes on a comma, "?" or "!": "...," Name verbed. */
Test(quotes, unlisted_verb_after_a_closing_quotation) {
  lede_article *a = t_parse(
      "Title\n\n"
      "\xE2\x80\x9CGet off my porch and take your flyers with you,\xE2\x80\x9D "
      "Harold Binns growled at the canvassers.\n\n"
      "\"Who approved a fountain in a drought?\" snorted Councilwoman Ida "
      "Marsh.\n\n"
      "The museum lent \"Harbor at Dusk,\" its founder painted in 1921.\n");
  static const t_quote want[] = {
      {"Get off my porch", "with you,", LEDE_QUOTE_DIRECT, "Harold Binns",
       "Harold Binns", "growled", "growled", NULL},
      {"Who approved a fountain", "in a drought?", LEDE_QUOTE_DIRECT,
       "Councilwoman Ida Marsh", "Councilwoman Ida Marsh", "snorted",
       "snorted", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  /* A quoted title inside a sentence is no statement of "its founder". */
  long k = t_find(a, "Harbor at Dusk");
  if (k >= 0) {
    lede_span s;
    cr_assert_not(lede_quote_speaker(a, (size_t)k, &s));
  }
  lede_article_free(a);
}

/* A second predicate after a quoted phrase ends the first report ("...
 * “a hatchet job” and vowed ..."), and "and said ..." is the same
 * subject's next report. */
Test(quotes, coordinated_predicate_after_a_quoted_phrase) {
  lede_article *a = t_parse(
      "Title\n\n"
      "The mayor called the audit \xE2\x80\x9C" "a hatchet job\xE2\x80\x9D "
      "and vowed to appeal the ruling.\n\n"
      "Senator Joan Pratt called the bill \xE2\x80\x9Creckless\xE2\x80\x9D "
      "and said it would \xE2\x80\x9Cgut the pension fund.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"the audit", "hatchet job\xE2\x80\x9D", LEDE_QUOTE_MIXED, "The mayor",
       "The mayor", "called", "call", NULL},
      {"the bill", "reckless\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Senator Joan Pratt", "Senator Joan Pratt", "called", "call", NULL},
      {"it would", "pension fund.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Senator Joan Pratt", "Senator Joan Pratt", "said", "say", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* A quoted name inside a sentence followed by "Name said <content>" is
 * no statement: the content after the cue is. A quotation that is the
 * content ("...," Name said on Monday.) keeps its speaker. */
Test(quotes, cue_with_its_own_content_after_a_quoted_name) {
  lede_article *a = t_parse(
      "Title\n\n"
      "Council news.\n\n"
      "On Sunday\xE2\x80\x99s \xE2\x80\x9CMorning Desk,\xE2\x80\x9D Mayor Ted "
      "Olin said the budget would be \xE2\x80\x9C" "balanced by June.\xE2\x80\x9D\n\n"
      "The plan is \xE2\x80\x9C" "dead on arrival,\xE2\x80\x9D Alderman Roy "
      "Fisk said on Monday.\n");
  static const t_quote want[] = {
      {"the budget would be", "by June.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Mayor Ted Olin", "Mayor Ted Olin", "said", "say", NULL},
      {"The plan is", "arrival,\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Alderman Roy Fisk", "Alderman Roy Fisk", "said", "say", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  long k = t_find(a, "Morning Desk");
  if (k >= 0) {
    lede_span s;
    cr_assert_not(lede_quote_speaker(a, (size_t)k, &s));
  }
  k = t_find(a, "On Sunday");
  cr_assert_lt(k, 0, "the lead-in is no quote");
  lede_article_free(a);
}

/* "“A,” she said, adding that B. “C.”": the words after the report that
 * says more are that report's, not the first cue's; after "referring
 * to" they stay the first cue's ("adding_and_a_report_inside_a_split_quote"). */
Test(quotes, a_quotation_after_adding_goes_on_with_adding) {
  lede_article *a = t_parse(
      "Title\n\n"
      "\"The pumps held all night,\" the engineer said, adding that the "
      "levee was never at risk. \"We had a foot to spare.\"\n");
  static const t_quote want[] = {
      {"The pumps held", "all night,", LEDE_QUOTE_DIRECT, "the engineer",
       "the engineer", "said", "say", NULL},
      {"the levee was", "a foot to spare.\"", LEDE_QUOTE_MIXED,
       "the engineer", "the engineer", "adding", "add", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  long k = t_find(a, "The pumps held");
  t_assert_span(a, lede_quote_outer(a, (size_t)k),
                "\"The pumps held all night,\"");
  cr_assert_eq(lede_quote_count(a), 2, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

/* "“...,” the mayor said, adding that ...": the second report takes the
 * speaker of the attribution before it in its sentence, however many
 * quotations the rest of the article holds. */
Test(quotes, adding_takes_the_speaker_before_it_in_a_long_article) {
  char buf[4096];
  int n = snprintf(buf, sizeof buf, "%s",
                   "Title\n\n"
                   "\"We see no link to the storm,\" the mayor said, adding "
                   "that it would take \"more hours\" to know.\n\n");
  static const char *const names[] = {"Ann Lee", "Bo Park",  "Cy Dunn",
                                      "Di Ross", "Ed Vance", "Flo Hart",
                                      "Gus Kim", "Hal Ortiz", "Ida Moss",
                                      "Jo Reyes", "Kit Lund", "Lou Baird"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    n += snprintf(buf + n, sizeof buf - (size_t)n,
                  "\"The pumps held up all night long,\" %s said.\n\n",
                  names[i]);
  lede_article *a = t_parse(buf);
  static const t_quote want[] = {
      {"We see no link", "the storm,", LEDE_QUOTE_DIRECT, "the mayor",
       "the mayor", "said", "say", NULL},
      {"it would take", "to know", LEDE_QUOTE_MIXED, "the mayor",
       "the mayor", "adding", "add", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* A mixed quote attributed after it continues into a quotation opening
 * the next sentence (one quote, two pieces); an unlisted verb frames a
 * quotation deeper in its clause, after an opening "First,"; a subject
 * taken from afar for one cue leaves the words between free for another;
 * a quotation after a participle phrase ("aimed at") is no frame's. */
Test(quotes, mixed_continuation_and_deeper_frames) {
  lede_article *a = t_parse(
      "Toll plan splits council\n\n"
      "The port board is \xE2\x80\x9C" "a builder of bridges,\xE2\x80\x9D "
      "Councilman Abe Lund said on Monday. \xE2\x80\x9CIt always "
      "was.\xE2\x80\x9D\n\n"
      "Mayor Ruth Alder branded the new toll plan \xE2\x80\x9Chighway "
      "robbery.\xE2\x80\x9D\n\n"
      "First, Alder pinned the blame on the board for \xE2\x80\x9C" "a "
      "decade of neglect,\xE2\x80\x9D which drew boos.\n\n"
      "She called the plan \"shameful\" and called on the board \"to start "
      "again.\"\n\n"
      "The league is holding talks aimed at building a \"fair share\" fund "
      "for the port.\n");
  static const t_quote want[] = {
      {"The port board is", "always was.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Councilman Abe Lund", "Councilman Abe Lund", "said", "say", NULL},
      {"the new toll plan", "robbery.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Mayor Ruth Alder", "Mayor Ruth Alder", "branded", "brand", NULL},
      {"the blame on", "neglect,\xE2\x80\x9D", LEDE_QUOTE_MIXED, "Alder",
       "Alder", "pinned", "pinned", NULL},
      {"the plan", "shameful\"", LEDE_QUOTE_MIXED, "She", "Alder",
       "called", "call", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  long k = t_find(a, "The port board is");
  cr_assert_eq(lede_quote_fragment_count(a, (size_t)k), 2);
  t_assert_span(a, lede_quote_fragment(a, (size_t)k, 0),
                "The port board is \xE2\x80\x9C" "a builder of bridges,"
                "\xE2\x80\x9D");
  t_assert_span(a, lede_quote_fragment(a, (size_t)k, 1),
                "\xE2\x80\x9CIt always was.\xE2\x80\x9D");
  k = t_find(a, "fair share");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert_not(lede_quote_speaker(a, (size_t)k, &s));
  lede_article_free(a);
}

/* Speaker phrases after a quotation: an apposition of several commas or
 * holding a quotation of its own, two nouns joined by "and", a participle
 * after a determiner ("a smiling Vogt"), an irregular verb ("shot back");
 * a participle clause opening the sentence is no speaker. */
Test(quotes, long_and_joined_speaker_phrases) {
  lede_article *a = t_parse(
      "Levy vote nears\n\n"
      "\xE2\x80\x9CWe should have fixed the bridge years ago,\xE2\x80\x9D "
      "Harry Vogt, 61, of Dunmore, Pa., who drives it daily, said on "
      "Friday.\n\n"
      "\xE2\x80\x9CVote no on the levy,\xE2\x80\x9D Ed Wu, wearing a "
      "\xE2\x80\x9CSave Our Pool\xE2\x80\x9D button, told the crowd.\n\n"
      "\xE2\x80\x9CThe bridge is safe,\xE2\x80\x9D the county engineer and "
      "former mayor told reporters.\n\n"
      "\xE2\x80\x9CTonight, we rest,\xE2\x80\x9D a smiling Vogt said.\n\n"
      "\xE2\x80\x9CYou lost the vote,\xE2\x80\x9D Wu shot back.\n\n"
      "Speaking to reporters in Dunmore, which votes next week, Mayor Ida "
      "Cole called the plan \xE2\x80\x9C" "a mirage.\xE2\x80\x9D\n\n"
      "Holding signs calling the levy \xE2\x80\x9Ctheft,\xE2\x80\x9D the "
      "protesters marched to the hall.\n");
  static const t_quote want[] = {
      {"We should have fixed", "years ago,", LEDE_QUOTE_DIRECT,
       "Harry Vogt, 61, of Dunmore, Pa., who drives it daily,", "Harry Vogt",
       "said", "say", NULL},
      {"Vote no on the levy", "levy,", LEDE_QUOTE_DIRECT,
       "Ed Wu, wearing a \xE2\x80\x9CSave Our Pool\xE2\x80\x9D button,",
       "Ed Wu", "told", "tell", NULL},
      {"The bridge is safe", "safe,", LEDE_QUOTE_DIRECT,
       "the county engineer and former mayor",
       "the county engineer and former mayor", "told", "tell", NULL},
      {"Tonight, we rest", "rest,", LEDE_QUOTE_DIRECT, "a smiling Vogt",
       "a smiling Vogt", "said", "say", NULL},
      {"You lost the vote", "vote,", LEDE_QUOTE_DIRECT, "Wu", "Wu",
       "shot back", "shoot", NULL},
      {"the plan", "mirage.\xE2\x80\x9D", LEDE_QUOTE_MIXED, "Mayor Ida Cole",
       "Mayor Ida Cole", "called", "call", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  const char *text = lede_text(a, NULL);
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    lede_span s;
    if (lede_quote_speaker(a, i, &s))
      cr_assert(strncmp(text + s.start, "Holding", 7) != 0 &&
                    strncmp(text + s.start, "Speaking", 8) != 0,
                "a participle clause as speaker");
  }
  lede_article_free(a);
}

/* A quotation after a colon that closes a clause, running to the end of
 * its sentence: a name alone (with an apposition), a name after "from",
 * a subject and its verb; an inverted cue closing the paragraph before. */
Test(quotes, colon_introductions) {
  lede_article *a = t_parse(
      "Debate night: what the pundits said\n\n"
      "By Ann Lee\n\n"
      "The candidates met for the last time on Wednesday in a hall in "
      "Tulsa.\n\n"
      "Mara Quist, editor of The Plains Review: \"Neither of them talked "
      "about water. That was the story.\"\n\n"
      "Why the polls missed - More from Jones: \xE2\x80\x9CTurnout was higher "
      "than anyone expected.\xE2\x80\x9D\n\n"
      "Governor Ed Ruiz, R-Okla., sent a blunt message to both: \"Stop "
      "attacking each other and talk about jobs.\"\n\n"
      "Later, he returned to his favorite theme: \"Water is the "
      "future.\"\n\n"
      "Added Quist:\n\n"
      "\xE2\x80\x9CThe moderators lost control early.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"Neither of them", "the story.", LEDE_QUOTE_DIRECT,
       "Mara Quist, editor of The Plains Review", "Mara Quist", ":", ":",
       NULL},
      {"Turnout was higher", "expected.", LEDE_QUOTE_DIRECT, "Jones", "Jones",
       ":", ":", NULL},
      {"Stop attacking", "about jobs.", LEDE_QUOTE_DIRECT, "Governor Ed Ruiz",
       "Governor Ed Ruiz", "sent", "sent", NULL},
      {"Water is the future", "future.", LEDE_QUOTE_DIRECT, "he",
       "Governor Ed Ruiz", "returned", "returned", NULL},
      {"The moderators lost", "early.", LEDE_QUOTE_DIRECT, "Quist", "Quist",
       "Added", "add", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* A body sentence whose names fill it is no headline when its verb is a
 * cue in lower case; a participle before a role ("organizing director")
 * stays in the speaker; inside a paragraph, a quotation opening the
 * sentence after an attribution continues it. */
Test(quotes, name_heavy_sentences_and_continuation_in_a_paragraph) {
  lede_article *a = t_parse(
      "Rally in the rain\n\n"
      "By Ann Lee\n\n"
      "Hundreds of workers marched through the rain on Tuesday to demand "
      "higher pay.\n\n"
      "\"Go Ana Ruiz, go,\" Piet Brandt wrote on his page.\n\n"
      "\"We are not going away,\" organizing director Kendall Fells told "
      "the crowd.\n\n"
      "Ida Moss, a nurse, said she backs the strike. \xE2\x80\x9CIt is "
      "overdue and it is fair.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"Go Ana Ruiz, go", "go,", LEDE_QUOTE_DIRECT, "Piet Brandt",
       "Piet Brandt", "wrote", "write", NULL},
      {"We are not going away", "away,", LEDE_QUOTE_DIRECT,
       "organizing director Kendall Fells", "Kendall Fells", "told", "tell",
       NULL},
      {"It is overdue", "fair.", LEDE_QUOTE_DIRECT, "Ida Moss, a nurse",
       "Ida Moss", "said", "say", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  long k = t_find(a, "It is overdue");
  cr_assert_eq(lede_quote_speaker_via(a, (size_t)k), LEDE_VIA_CONTINUATION);
  lede_article_free(a);
}

/* "“...,” Lee said, according to the Post": the paper's report holds a
 * quotation, so it is mixed, and Lee's quote hangs on it. A few quoted
 * words opening a sentence with no one to say them are a title, not a
 * statement. */
Test(quotes, according_to_around_a_quote_and_quoted_titles) {
  lede_article *a = t_parse(
      "Stations cut old shows\n\n"
      "By Ann Lee\n\n"
      "Two networks dropped their oldest series on Monday after a season "
      "of low ratings.\n\n"
      "\xE2\x80\x9CWe kept them too long,\xE2\x80\x9D the programming chief "
      "said, according to the Post.\n\n"
      "\xE2\x80\x9CHarbor Lights\xE2\x80\x9D was the first to go.\n");
  long k = t_find(a, "\xE2\x80\x9CWe kept them");
  cr_assert_geq(k, 0);
  cr_assert_eq(lede_quote_kind_of(a, (size_t)k), LEDE_QUOTE_MIXED);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "the Post");
  long d = t_find(a, "We kept them");
  cr_assert_geq(d, 0);
  cr_assert_eq(lede_quote_kind_of(a, (size_t)d), LEDE_QUOTE_DIRECT);
  cr_assert(lede_quote_speaker(a, (size_t)d, &s));
  t_assert_span(a, s, "the programming chief");
  cr_assert_eq(lede_quote_parent(a, (size_t)d), (size_t)k);
  long h = t_find(a, "Harbor Lights");
  cr_assert_geq(h, 0);
  cr_assert_eq(lede_quote_kind_of(a, (size_t)h), LEDE_QUOTE_UNATTRIBUTED);
  lede_article_free(a);
}

/* A participle cue after a preposition ("booed upon saying", "the step
 * of accusing") is said by the clause's subject; a participle clause
 * naming a place and its state ("in Salem, New Hampshire,") is passed
 * over to the subject. */
Test(quotes, participle_cues_take_the_clause_subject) {
  lede_article *a = t_parse(
      "Council fight\n\n"
      "By Ann Lee\n\n"
      "Speaking at a town hall in Salem, New Hampshire, Mayor Ann Cole went "
      "after the council, calling it \xE2\x80\x9C" "a rubber stamp.\xE2\x80\x9D\n\n"
      "The union leader was booed upon saying the strike was "
      "\xE2\x80\x9Cover for now.\xE2\x80\x9D\n\n"
      "Ida Moss, the union's lawyer, took the unusual step of accusing the "
      "board of \xE2\x80\x9C" "bad faith.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"it \xE2\x80\x9C" "a rubber", "stamp.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Mayor Ann Cole", "Mayor Ann Cole", "calling", "call", NULL},
      {"the strike was", "for now.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "The union leader", "The union leader", "saying", "say", NULL},
      {"the board of", "faith.\xE2\x80\x9D", LEDE_QUOTE_MIXED, "Ida Moss",
       "Ida Moss", "accusing", "accuse", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* "the influential daily wrote": a paper named by its frequency is a
 * speaker's head, not an adverb; a quoted show's name inside the
 * adjunct after a cue ("said on Fox's “Morning Desk,”") does not
 * continue the quotation before it, while ", she said, “...”" does. */
Test(quotes, daily_papers_and_titles_after_the_cue) {
  lede_article *a = t_parse(
      "Paper backs the levy\n\n"
      "By Ann Lee\n\n"
      "\xE2\x80\x9CWe back the levy without hesitation,\xE2\x80\x9D the "
      "influential daily wrote on Sunday.\n\n"
      "\xE2\x80\x9CThe levy will pass by a mile,\xE2\x80\x9D Ed Ruiz said on "
      "Fox\xE2\x80\x99s \xE2\x80\x9CMorning Desk.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CWe lost,\xE2\x80\x9D she said, \xE2\x80\x9C" "but we will "
      "be back.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"We back the levy", "hesitation,", LEDE_QUOTE_DIRECT,
       "the influential daily", "the influential daily", "wrote", "write",
       NULL},
      {"The levy will pass", "a mile,", LEDE_QUOTE_DIRECT, "Ed Ruiz",
       "Ed Ruiz", "said", "say", NULL},
      /* (no woman named before: "she" stays unresolved) */
      {"We lost,", "be back.", LEDE_QUOTE_DIRECT, "she", NULL, "said", "say",
       NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  long k = t_find(a, "Morning Desk");
  cr_assert_geq(k, 0, "the show's name is a quote of its own");
  lede_article_free(a);
}

/* "found" reports a finding after its adjuncts too ("found in 2014
 * that"), and still only a finding. */
Test(quotes, found_after_adjuncts) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Two analysts, Pat Megan and Chris Harm, found in 2014 that the air "
      "force is \xE2\x80\x9Cthe best in the world.\xE2\x80\x9D\n\n"
      "He found in the attic a box of old letters.\n");
  static const t_quote want[] = {
      {"the air force is", "world.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Two analysts, Pat Megan and Chris Harm", "Pat Megan and Chris Harm",
       "found", "find", NULL},
  };
  t_check(a, &want[0]);
  cr_assert_lt(t_find(a, "a box"), 0);
  lede_article_free(a);
}

/* An opener "In a ... interview," is no subject: the name after its
 * comma is ("In a radio interview, Cole went further: “...”"). */
Test(quotes, opener_with_an_article_before_the_subject) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "\xE2\x80\x9CHe should not run,\xE2\x80\x9D Ida Cole said on Monday. "
      "In a Fox interview later that day, Cole went even further: "
      "\xE2\x80\x9CIf he runs and loses, it is the end of his career.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"If he runs", "his career.", LEDE_QUOTE_DIRECT, "Cole", "Cole", "went",
       "go", NULL},
  };
  t_check(a, &want[0]);
  lede_article_free(a);
}

/* A verb that attributes only next to a quotation also introduces one
 * after a comma ("Hillary shot back, “...”", "The letter read, “...”"). */
Test(quotes, comma_introductions_with_after_only_verbs) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "After a rival mocked her plan, Mayor Ida Cole shot back, "
      "\xE2\x80\x9CI would rather fix roads than make speeches.\xE2\x80\x9D\n\n"
      "The letter read, \xE2\x80\x9CWe regret to tell you that the plant "
      "will close.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"I would rather", "speeches.", LEDE_QUOTE_DIRECT, "Mayor Ida Cole",
       "Mayor Ida Cole", "shot back", "shoot", NULL},
      /* (a document whose issuer is not named: no reference) */
      {"We regret", "will close.", LEDE_QUOTE_DIRECT, "The letter", NULL,
       "read", "read", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* An opener of time ends at its comma: the subject after it speaks, a
 * pronoun included ("A week later, she toured ... and promised"). */
Test(quotes, subject_after_a_time_opener) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Mayor Ida Cole visited the harbor on Monday. A week later, she "
      "toured the docks and promised that the city would build "
      "\xE2\x80\x9C" "a new pier by spring.\xE2\x80\x9D\n\n"
      "Two days after the vote, Senator Tom Reyes broke his silence by "
      "calling the result \xE2\x80\x9C" "a disgrace.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"the city", "spring.\xE2\x80\x9D", LEDE_QUOTE_MIXED, "she", "Ida Cole",
       "promised", "promise", NULL},
      {"the result", "disgrace.\xE2\x80\x9D", LEDE_QUOTE_MIXED, "Senator Tom Reyes",
       "Senator Tom Reyes", "calling", "call", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* A floating quantifier is no speaker: "Cole and Reyes have both said"
 * is said by Cole and Reyes, "they all agree" by them. */
Test(quotes, floating_quantifier_before_the_cue) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Mayor Ida Cole and Senator Tom Reyes have both said that the toll "
      "plan was \xE2\x80\x9Creckless.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"the toll plan", "reckless.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Mayor Ida Cole and Senator Tom Reyes",
       "Mayor Ida Cole and Senator Tom Reyes", "said", "say", NULL},
  };
  t_check(a, &want[0]);
  lede_article_free(a);
}

/* "those who say": the pronoun and its relative clause speak, read as a
 * relative attribution. */
Test(quotes, pronoun_head_of_a_relative_speaker) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "The new station gave a voice to those who said the old one ignored "
      "their town.\n");
  long k = t_find(a, "the old one");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "those who");
  cr_assert_eq(lede_quote_speaker_via(a, (size_t)k), LEDE_VIA_RELATIVE);
  lede_article_free(a);
}

/* "After the vote, Reyes said, “...” She then left.": the quotation closes
 * its own sentence, so it is direct, whatever sentence follows. */
Test(quotes, said_then_quotation_before_another_sentence) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "After the vote, Senator Tom Reyes said, \xE2\x80\x9CI take full "
      "responsibility for the delay.\xE2\x80\x9D He then left the chamber "
      "without taking questions.\n");
  static const t_quote want[] = {
      {"I take full", "delay.", LEDE_QUOTE_DIRECT, "Senator Tom Reyes",
       "Senator Tom Reyes", "said", "say", NULL},
  };
  t_check(a, &want[0]);
  lede_article_free(a);
}

/* A relative clause between commas inside reported content ("the plan,
 * which critics call costly, is ...") does not end it, nor does one that
 * quotes the speaker ("a turnout, which “will help”"); one that holds an
 * attribution of its own does ("which the auditor said was “late”"). */
Test(quotes, relative_clause_inside_the_content) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Mayor Ida Cole said the toll plan, which some have argued was meant "
      "to fund the stadium, was an \xE2\x80\x9Cinsult\xE2\x80\x9D to "
      "drivers.\n\n"
      "Senator Tom Reyes said he hoped for a large turnout, which "
      "\xE2\x80\x9Cwill help the schools.\xE2\x80\x9D\n\n"
      "Cole defended the budget, which the auditor said was "
      "\xE2\x80\x9C" "filed late,\xE2\x80\x9D and left the hall.\n");
  static const t_quote want[] = {
      {"the toll plan", "to drivers", LEDE_QUOTE_MIXED, "Mayor Ida Cole",
       "Mayor Ida Cole", "said", "say", NULL},
      {"he hoped", "schools.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Senator Tom Reyes", "Senator Tom Reyes", "said", "say", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  /* The auditor's words are the auditor's, not Cole's. */
  long k = t_find(a, "the budget");
  if (k >= 0) {
    char *c = t_str(a, lede_quote_span(a, (size_t)k));
    cr_assert_null(strstr(c, "filed late"), "content \"%s\"", c);
    free(c);
  }
  lede_article_free(a);
}

/* "..., Lee wrote to her followers, “...,” and shared": a capitalized
 * quotation after the attribution is what was written (the next
 * predicate is not), not the words before it; one in
 * lower case goes on with them ("These rules, the lawyers said, “all
 * command ...”"). */
Test(quotes, quotation_after_an_attribution_with_a_listener) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Soon after the mayor was booed at a breakfast in Denver, Tom Reyes "
      "wrote to his 20,000 followers, \xE2\x80\x9CIt is time to end her "
      "career for good,\xE2\x80\x9D and shared a link to his page.\n\n"
      "These rules, the lawyers said, \xE2\x80\x9C" "all command the same "
      "conclusion\xE2\x80\x9D on his eligibility.\n");
  static const t_quote want[] = {
      {"It is time", "for good,", LEDE_QUOTE_DIRECT, "Tom Reyes",
       "Tom Reyes", "wrote", "write", NULL},
      {"These rules", "eligibility", LEDE_QUOTE_MIXED,
       "the lawyers", "the lawyers", "said", "say", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* "About four in 10 said": a hedged count speaks, all of it. */
Test(quotes, hedged_count_as_speaker) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "The poll asked 900 voters about the levy. About four in 10 said "
      "they were \xE2\x80\x9C" "angry\xE2\x80\x9D with the council.\n");
  static const t_quote want[] = {
      {"they were", "council", LEDE_QUOTE_MIXED, "About four in 10",
       "About four in 10", "said", "say", NULL},
  };
  t_check(a, &want[0]);
  lede_article_free(a);
}

/* "..., Reyes said in his 2012 book, “Harbor Days.”": the quotation after
 * a work is its title; the words before the attribution are what he said. */
Test(quotes, title_after_said_in_his_book) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "The flood ended his plans to return home, Senator Tom Reyes said in "
      "his 2012 book, \xE2\x80\x9CHarbor Days.\xE2\x80\x9D So he stayed.\n");
  static const t_quote want[] = {
      {"The flood ended", "to return home", LEDE_QUOTE_INDIRECT,
       "Senator Tom Reyes", "Senator Tom Reyes", "said", "say", NULL},
  };
  t_check(a, &want[0]);
  long k = t_find(a, "Harbor Days");
  cr_assert(k < 0 || lede_quote_kind_of(a, (size_t)k) == LEDE_QUOTE_UNATTRIBUTED);
  lede_article_free(a);
}

/* A name with a long apposition, or after an opener, before "said":
 * "Ann Berg, a strategist who ... and is now ..., said"; "For now, Lee,
 * at the institute, said". */
Test(quotes, long_apposition_before_the_cue) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Rita Haas, a veteran party organizer who played a major role in the "
      "governor's 2014 win and is now running the early-vote effort in the "
      "county, said the mail program is a \xE2\x80\x9C" "critical part of "
      "our plan.\xE2\x80\x9D\n\n"
      "For now, Tom Reyes, at the Harbor Policy Institute, said the two "
      "ports have reached a \xE2\x80\x9Cquiet truce\xE2\x80\x9D on fees.\n");
  static const t_quote want[] = {
      {"the mail program", "plan.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Rita Haas, a veteran party organizer who played a major role in the "
       "governor's 2014 win and is now running the early-vote effort in the "
       "county",
       NULL, "said", "say", NULL},
      {"the two ports", "on fees", LEDE_QUOTE_MIXED,
       "Tom Reyes, at the Harbor Policy Institute", NULL, "said", "say", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
    long k = t_find(a, want[i].start);
    cr_assert_geq(k, 0, "no quote \"%s\"", want[i].start);
    lede_span s;
    cr_assert(lede_quote_speaker(a, (size_t)k, &s));
    t_assert_span(a, s, want[i].speaker);
    cr_assert_eq(lede_quote_kind_of(a, (size_t)k), want[i].kind);
  }
  lede_article_free(a);
}

/* Names in apposition to a phrase before "say": the phrase with its
 * determiner ("The two senators, Ann Lee and Tom Park, say") and with the
 * phrase its preposition hangs on ("Both candidates for the seat, ...")
 * speaks with them. */
Test(quotes, apposition_of_names_after_a_longer_phrase) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "The two senators, Ida Cole and Tom Park, say the levy is too "
      "high.\n\n"
      "Both candidates for the seat, Democrat Ida Cole and Republican Tom "
      "Park, say they oppose the treaty.\n");
  static const char *const want[][2] = {
      {"the levy is too high", "The two senators, Ida Cole and Tom Park"},
      {"they oppose the treaty",
       "candidates for the seat, Democrat Ida Cole and Republican Tom Park"},
  };
  for (size_t i = 0; i < 2; i++) {
    long k = t_find(a, want[i][0]);
    cr_assert_geq(k, 0, "no quote \"%s\"", want[i][0]);
    lede_span s;
    cr_assert(lede_quote_speaker(a, (size_t)k, &s));
    t_assert_span(a, s, want[i][1]);
  }
  lede_article_free(a);
}

/* A relative attribution: the antecedent is the object of the verb before
 * it ("rebuked critics who say"), its content runs through its own verbs
 * ("he should condemn ...") and stops at the antecedent's verb after the
 * clause's closing comma ("Reyes, who endorsed Cole on Monday, is ..."). */
Test(quotes, relative_attribution_bounds) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Mayor Ida Cole sharply rebuked critics who say she should condemn "
      "the strike as illegal.\n\n"
      "Senator Tom Reyes, who endorsed Cole on Monday, is touring the "
      "harbor this week.\n");
  long k = t_find(a, "she should");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "critics who");
  t_assert_span(a, lede_quote_span(a, (size_t)k),
                "she should condemn the strike as illegal");
  /* (the time of the endorsement is no part of its content) */
  k = t_find(a, "Cole");
  cr_assert_geq(k, 0);
  t_assert_span(a, lede_quote_span(a, (size_t)k), "Cole");
  lede_article_free(a);
}

/* "Said Reyes, “...”": the cue opens the sentence, the speaker follows. */
Test(quotes, inverted_said_opening_the_sentence) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "The levy failed by 40 votes. Said Reyes, \xE2\x80\x9CWe will try "
      "again in the spring.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"We will try", "spring.", LEDE_QUOTE_DIRECT, "Reyes", "Reyes", "Said",
       "say", NULL},
  };
  t_check(a, &want[0]);
  lede_article_free(a);
}

/* "..., but said, “...,” promising a return": a participle after the
 * quotation continues the subject's sentence; it does not invert ("a
 * return" is no speaker). */
Test(quotes, participle_after_a_quotation_does_not_invert) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Reyes said the club will still meet, but said, \xE2\x80\x9CIt is time "
      "we change how we do it,\xE2\x80\x9D promising a return to its "
      "roots.\n");
  long k = t_find(a, "\xE2\x80\x9CIt is time");
  if (k < 0) k = t_find(a, "It is time");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Reyes");
  for (size_t i = 0; i < lede_quote_count(a); i++)
    if (lede_quote_speaker(a, i, &s)) {
      char *sp = t_str(a, s);
      cr_assert(strstr(sp, "return") == NULL, "speaker \"%s\"", sp);
      free(sp);
    }
  lede_article_free(a);
}

/* Frames with an adverb before the verb ("He infamously referred to X as
 * “...”") or inside a relative clause on the subject ("Reyes, who has
 * cast himself as the “harbor candidate,” has ..."): the subject speaks
 * (through "who", as written),
 * and the main clause's verb after the quotation is not part of it. */
Test(quotes, frame_after_an_adverb_or_in_a_relative_clause) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Senator Tom Reyes famously referred to the toll as "
      "\xE2\x80\x9Chighway robbery.\xE2\x80\x9D\n\n"
      "Mayor Ida Cole, who has cast herself as the \xE2\x80\x9Charbor "
      "candidate,\xE2\x80\x9D has taken a hard line on fees.\n");
  static const t_quote want[] = {
      {"the toll as", "robbery.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Senator Tom Reyes", "Senator Tom Reyes", "referred to", "refer",
       NULL},
      {"herself as", "candidate,\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Mayor Ida Cole, who", "Mayor Ida Cole", "cast", "cast", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* "Ortega accuses Lee of “...” and Reyes says ...": each clause has its
 * own speaker; the first content stops before the second subject. */
Test(quotes, coordinated_attributions) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Mayor Ida Cole accuses the council of \xE2\x80\x9Cleading from "
      "behind\xE2\x80\x9D and Senator Tom Reyes says it is \xE2\x80\x9C"
      "losing the port,\xE2\x80\x9D part of a week of attacks.\n\n"
      "Cole said the plan was sound and Reyes said it was reckless.\n");
  static const t_quote want[] = {
      {"the council of", "behind\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Mayor Ida Cole", "Mayor Ida Cole", "accuses", "accuse", NULL},
      {"it is", "port,\xE2\x80\x9D", LEDE_QUOTE_MIXED, "Senator Tom Reyes",
       "Senator Tom Reyes", "says", "say", NULL},
      {"the plan was sound", "sound", LEDE_QUOTE_INDIRECT, "Cole", "Cole",
       "said", "say", NULL},
      {"it was reckless", "reckless", LEDE_QUOTE_INDIRECT, "Reyes", "Reyes",
       "said", "say", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* "according to an analysis by X", "a post from X", "audio provided by X":
 * the maker speaks through the thing; a person "from the agency" stays
 * the speaker. */
Test(quotes, according_to_a_thing_made_by_someone) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Turnout rose sharply this year, according to an analysis by the "
      "Harbor Research Center.\n\n"
      "The fees will rise in May, according to audio provided by Harbor "
      "Public Radio.\n\n"
      "The plan failed, according to John Smith from the port agency.\n");
  static const t_quote want[] = {
      {"Turnout rose", "this year", LEDE_QUOTE_INDIRECT,
       "the Harbor Research Center", "the Harbor Research Center",
       "according to", "according to", NULL},
      {"The fees will rise", "in May", LEDE_QUOTE_INDIRECT,
       "Harbor Public Radio", "Harbor Public Radio", "according to",
       "according to", NULL},
      {"The plan failed", "failed", LEDE_QUOTE_INDIRECT, "John Smith",
       "John Smith", "according to", "according to", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* A second predicate of the subject ends the first one's content:
 * "lamented the “sorry” state of the race and criticized ...", "called
 * the merger “a terrible deal” and ranked ...", "..., and called for";
 * a verb inside the content stays ("was broke and needed help"). */
Test(quotes, second_predicate_ends_the_content) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Speaker Ann Cole lamented the \xE2\x80\x9Csorry\xE2\x80\x9D state of "
      "the race and criticized the \xE2\x80\x9Cidentity politics\xE2\x80\x9D "
      "on display.\n\n"
      "Reyes called the merger \xE2\x80\x9C" "a terrible deal\xE2\x80\x9D and "
      "ranked Cole as one of the worst managers.\n\n"
      "Reyes said the city was broke and needed help.\n");
  static const t_quote want[] = {
      {"the \xE2\x80\x9Csorry", "of the race", LEDE_QUOTE_MIXED,
       "Speaker Ann Cole", "Speaker Ann Cole", "lamented", "lament", NULL},
      {"the \xE2\x80\x9Cidentity", "on display", LEDE_QUOTE_MIXED,
       "Speaker Ann Cole", "Speaker Ann Cole", "criticized", "criticize",
       NULL},
      {"the merger", "deal\xE2\x80\x9D", LEDE_QUOTE_MIXED, "Reyes", "Reyes",
       "called", "call", NULL},
      {"the city was broke", "needed help", LEDE_QUOTE_INDIRECT, "Reyes",
       "Reyes", "said", "say", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* "tried to portray X as “...”": the infinitive is the frame. */
Test(quotes, frame_in_an_infinitive) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Senator Tom Reyes tried to portray the levy as \xE2\x80\x9C" "a tax on "
      "the poor.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"the levy as", "poor.\xE2\x80\x9D", LEDE_QUOTE_MIXED,
       "Senator Tom Reyes", "Senator Tom Reyes", "portray", "portray", NULL},
  };
  t_check(a, &want[0]);
  lede_article_free(a);
}

/* A quotation carried over a paragraph break (the paragraph opens with a
 * mark and does not close it), then "X said. “...”": the last piece is
 * the same speaker's, though the quote began a paragraph earlier. */
Test(quotes, split_quote_after_a_carried_quotation) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "The mayor spoke on Monday.\n"
      "\xE2\x80\x9COne is a quiet kind of anger,\xE2\x80\x9D Reyes said. "
      "\xE2\x80\x9CIt comes out at rallies.\n"
      "\xE2\x80\x9CThe other is louder, like wanting to burn it all down,"
      "\xE2\x80\x9D Reyes said. \xE2\x80\x9CI do not know if it was real. "
      "But many felt it.\xE2\x80\x9D\n"
      "The rally ended at ten.\n");
  const char *text = lede_text(a, NULL);
  const char *w = strstr(text, "I do not know");
  cr_assert_not_null(w);
  size_t pos = (size_t)(w - text);
  int found = 0;
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    lede_span o = lede_quote_outer(a, i);
    if (o.start > pos || o.end <= pos) continue;
    lede_span s;
    cr_assert(lede_quote_speaker(a, i, &s), "no speaker for the last piece");
    t_assert_span(a, s, "Reyes");
    found = 1;
  }
  cr_assert(found);
  lede_article_free(a);
}

/* "“...?” a staffer in the room wondered": a place after the speaker;
 * "Her friend Ann Berg, 20, a nursing major, chimed in. “...”": the
 * sentence before the quotation ends on its cue, and the name before
 * the age is the speaker's. A verb of thought there ("the plan they
 * prefer.") gives no speaker. */
Test(quotes, speaker_with_a_place_or_before_the_quotation) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "The mayor spoke on Monday.\n\n"
      "\xE2\x80\x9CWill he run again?\xE2\x80\x9D a staffer in the room "
      "wondered.\n\n"
      "Her friend Ann Berg, 20, a nursing major from Memphis, chimed in. "
      "\xE2\x80\x9CI did not think I would ever vote for him.\xE2\x80\x9D\n\n"
      "Voters should pick the plan they prefer. \xE2\x80\x9CIt is their "
      "money, after all.\xE2\x80\x9D\n");
  long k = t_find(a, "Will he run");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "a staffer in the room");
  k = t_find(a, "I did not think");
  cr_assert_geq(k, 0);
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Her friend Ann Berg, 20, a nursing major from Memphis");
  cr_assert(lede_quote_cue(a, (size_t)k, &s));
  t_assert_span(a, s, "chimed in");
  k = t_find(a, "It is their");
  cr_assert(k < 0 || !lede_quote_speaker(a, (size_t)k, &s));
  lede_article_free(a);
}

/* "Thursday, after staying neutral for months, Cole endorsed Reyes,
 * saying, “...”": the subject after an opener and a clause of time;
 * "“We’ll see,” when asked ...", "“...,” before optimistically
 * predicting ...": the writer's clause after the quotation is not
 * part of it. */
Test(quotes, quotation_bounds_and_subject_after_openers) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Thursday, after staying neutral for months, Mayor Ida Cole endorsed "
      "Reyes, saying, \xE2\x80\x9CHe is exactly what this port needs.\xE2\x80\x9D\n\n"
      "Reyes had previously said, \xE2\x80\x9CWe will see,\xE2\x80\x9D when "
      "asked whether he would run.\n\n"
      "Cole cautioned \xE2\x80\x9Clet us not get ahead of ourselves,\xE2\x80\x9D "
      "before optimistically predicting a win.\n");
  static const t_quote want[] = {
      {"He is exactly", "needs.", LEDE_QUOTE_DIRECT, "Mayor Ida Cole",
       "Mayor Ida Cole", "saying", "say", NULL},
      {"We will see", "see,", LEDE_QUOTE_DIRECT, "Reyes", "Reyes", "said",
       "say", NULL},
      {"let us not", "ourselves,", LEDE_QUOTE_DIRECT, "Cole", "Cole",
       "cautioned", "caution", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* "replied evenly, “...”": an adverb before the comma is no content;
 * "an office (Cole called it “horrific”)": the aside bounds both the
 * speaker and the content. */
Test(quotes, adverb_before_the_quotation_and_an_aside) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Reyes replied evenly, \xE2\x80\x9CI think the mayor knows that what "
      "she says is wrong.\xE2\x80\x9D\n\n"
      "After the fire at an office (Cole called it \xE2\x80\x9Chorrific"
      "\xE2\x80\x9D on Monday), the port closed.\n");
  static const t_quote want[] = {
      {"I think the mayor", "wrong.", LEDE_QUOTE_DIRECT, "Reyes", "Reyes",
       "replied", "reply", NULL},
      {"it \xE2\x80\x9Chorrific", "on Monday", LEDE_QUOTE_MIXED, "Cole",
       "Cole", "called", "call", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* Reported content ends after a quotation closing on a comma ("her
 * “harbor plan,” promising ...", "the “toll gap,” a flaw in ...") unless
 * a list of quotations goes on; at a second predicate after a comma
 * ("..., called her “third-rate”") or after "and" with an adverb ("and
 * specifically mentioned"). */
Test(quotes, content_ends_at_the_writer_s_words) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Cole talked up her \xE2\x80\x9Charbor plan,\xE2\x80\x9D promising to "
      "campaign in every ward.\n\n"
      "Reyes said he would close the \xE2\x80\x9Ctoll gap,\xE2\x80\x9D a flaw "
      "in the law that lets trucks pass free.\n\n"
      "Reyes called them \xE2\x80\x9Closers,\xE2\x80\x9D \xE2\x80\x9C" "dopes"
      "\xE2\x80\x9D and worse.\n\n"
      "He later suggested her plan was behind the delay, called her "
      "\xE2\x80\x9Cthird-rate\xE2\x80\x9D and boycotted the debate.\n");
  static const t_quote want[] = {
      {"her \xE2\x80\x9Charbor", "plan,\xE2\x80\x9D", LEDE_QUOTE_MIXED, "Cole",
       "Cole", "talked up", "talk", NULL},
      {"he would close", "gap,\xE2\x80\x9D", LEDE_QUOTE_MIXED, "Reyes",
       "Reyes", "said", "say", NULL},
      {"them \xE2\x80\x9Closers", "worse", LEDE_QUOTE_MIXED, "Reyes", "Reyes",
       "called", "call", NULL},
      {"her \xE2\x80\x9Cthird-rate", "rate\xE2\x80\x9D", LEDE_QUOTE_MIXED, "He",
       "Reyes", "called", "call", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* The writer's words after reported content: "..., part of a movement",
 * "..., hours after the vote", "- though ..."; "and repeatedly says" is
 * a second predicate of the subject. */
Test(quotes, writer_s_additions_after_the_content) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Cole said the toll was \xE2\x80\x9Cunfair,\xE2\x80\x9D part of a week "
      "of attacks on the port.\n\n"
      "Reyes defended his aide as a \xE2\x80\x9Cvery decent man\xE2\x80\x9D "
      "Tuesday, hours after the aide was charged.\n\n"
      "Reyes said it was the driver's fault for \xE2\x80\x9Cspeeding\xE2\x80\x9D "
      "- though the video showed no such thing.\n\n"
      "She urges her husband to stay in the car and repeatedly says, "
      "\xE2\x80\x9C" "Do not do it.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"the toll was", "unfair,\xE2\x80\x9D", LEDE_QUOTE_MIXED, "Cole",
       "Cole", "said", "say", NULL},
      {"his aide as", "Tuesday", LEDE_QUOTE_MIXED, "Reyes", "Reyes",
       "defended", "defend", NULL},
      {"it was the driver", "speeding\xE2\x80\x9D", LEDE_QUOTE_MIXED, "Reyes",
       "Reyes", "said", "say", NULL},
      {"to stay", "in the car", LEDE_QUOTE_INDIRECT, "She", "Cole", "urges",
       "urge", NULL},
      {"Do not do it", "it.", LEDE_QUOTE_DIRECT, "She", "Cole", "says", "say",
       NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* "Lee said the port appears to be failing": the reported clause starts
 * after the attribution's cue; "the pipeline, which Republicans back,
 * “would not go 10 feet”": a quotation after the relative clause is
 * still the content's predicate. */
Test(quotes, evidential_after_a_cue_and_quotation_after_a_relative) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Reyes said the port no longer appears to be following the old "
      "plan.\n\n"
      "Cole argued the pipeline, which is widely supported by farmers, "
      "\xE2\x80\x9Cwould not go 10 feet\xE2\x80\x9D without the land.\n");
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    char *c = t_str(a, lede_quote_span(a, i));
    cr_assert(strncmp(c, "Reyes said", 10) != 0, "content \"%s\"", c);
    free(c);
  }
  static const t_quote want[] = {
      {"the pipeline", "the land", LEDE_QUOTE_MIXED, "Cole", "Cole", "argued",
       "argue", NULL},
  };
  t_check(a, &want[0]);
  lede_article_free(a);
}

/* "There is great danger, Reyes told reporters, before insisting he had a
 * “great relationship” with the port": the words before the attribution
 * are what he told; the participle reports its own content. "began
 * calling groups and making an effort": "making" is no cue here. */
Test(quotes, participle_after_an_inverted_attribution) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "There is great danger, Reyes told reporters, before insisting he had "
      "a \xE2\x80\x9Cgreat relationship\xE2\x80\x9D with the port.\n\n"
      "Cole said she began calling local groups and making an effort to "
      "\xE2\x80\x9Chelp the docks.\xE2\x80\x9D\n");
  static const t_quote want[] = {
      {"There is great danger", "danger", LEDE_QUOTE_INDIRECT, "Reyes",
       "Reyes", "told", "tell", NULL},
      {"he had a", "with the port", LEDE_QUOTE_MIXED, "Reyes", "Reyes",
       "insisting", "insist", NULL},
      {"she began calling", "docks.\xE2\x80\x9D", LEDE_QUOTE_MIXED, "Cole",
       "Cole", "said", "say", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* "He's said": a contraction after a pronoun, not a possessive noun. */
Test(quotes, contracted_has_before_the_cue) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Mayor Tom Reyes spoke on Monday. He's said the toll plan is "
      "\xE2\x80\x9C" "dead.\xE2\x80\x9D\n");
  long k = t_find(a, "the toll plan");
  cr_assert_geq(k, 0);
  cr_assert_eq(lede_quote_kind_of(a, (size_t)k), LEDE_QUOTE_MIXED);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "He");
  cr_assert(lede_quote_cue(a, (size_t)k, &s));
  t_assert_span(a, s, "said");
  lede_article_free(a);
}

/* No cue: "That said, ..." (nevertheless); "They had guns at the ready
 * to “defend the farm”" (a plural noun after an auxiliary is no verb);
 * "this season's best-rated new shows" (a noun after two modifiers). */
Test(quotes, idioms_and_nouns_that_look_like_cues) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "The mayor spoke on Monday. (That said, she also noted the port was "
      "\xE2\x80\x9C" "busy.\xE2\x80\x9D)\n\n"
      "They had guns at the ready to \xE2\x80\x9C" "defend the farm\xE2\x80\x9D "
      "from anyone.\n\n"
      "The revival was among this season's best-rated new shows, but the "
      "network canceled \xE2\x80\x9CHarbor Lights\xE2\x80\x9D after a month.\n");
  lede_span s;
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    if (lede_quote_cue(a, i, &s)) {
      char *c = t_str(a, s);
      cr_assert(strcmp(c, "said") != 0 && strcmp(c, "guns") != 0 &&
                    strcmp(c, "shows") != 0,
                "cue \"%s\"", c);
      free(c);
    }
    if (lede_quote_speaker(a, i, &s)) {
      char *c = t_str(a, s);
      cr_assert(strstr(c, "That") == NULL && strcmp(c, "They") != 0, "speaker \"%s\"", c);
      free(c);
    }
  }
  long k = t_find(a, "the port was");
  cr_assert_geq(k, 0);
  cr_assert(lede_quote_cue(a, (size_t)k, &s));
  t_assert_span(a, s, "noted");
  lede_article_free(a);
}

/* "Another source speaking to Harbor Radio said": the phrase after the
 * participle's preposition is not the speaker; the source is. */
Test(quotes, speaker_before_a_participle_and_its_object) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "Another port official speaking to Harbor Radio said, \xE2\x80\x9CThe "
      "cranes are failing.\xE2\x80\x9D\n");
  long k = t_find(a, "The cranes");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Another port official speaking to Harbor Radio");
  lede_article_free(a);
}

/* "When Cole suggested ..., Reyes fired back forcefully: “...”": the frame
 * is the main clause's, after the subordinate one. */
Test(quotes, frame_after_a_subordinate_clause) {
  lede_article *a = t_parse(
      "Title\n\n"
      "By Ann Lee\n\n"
      "When Cole suggested that the port would sue the city, Reyes fired "
      "back forcefully: \xE2\x80\x9CIf they sue us, they are going to "
      "lose,\xE2\x80\x9D referencing the judges.\n");
  long k = t_find(a, "If they sue us");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Reyes");
  lede_article_free(a);
}

/* "On Monday, Reyes knocked ... a “modest sum” ...": an adverbial
 * opening the sentence comes before the frame's subject, as a
 * subordinate clause does ("On Thursday night as ..., Reyes opened"). */
Test(quotes, frame_after_an_opening_adverbial) {
  lede_article *a = t_parse(
      "Port levy\n\n"
      "By Ann Lee\n\n"
      "The council met on Tuesday to vote on the levy for the harbor.\n\n"
      "On Monday, Reyes knocked a statement by the port board that a "
      "\xE2\x80\x9Cmodest sum\xE2\x80\x9D was spent on the study.\n\n"
      "On Thursday night as the four candidates took the stage, Cole opened "
      "with a call for the council to \xE2\x80\x9C" "embrace\xE2\x80\x9D her "
      "plan.\n");
  static const t_quote want[] = {
      {"a statement by", "the study", LEDE_QUOTE_MIXED, "Reyes", "Reyes",
       "knocked", "knocked", NULL},
      {"a call for", "her plan", LEDE_QUOTE_MIXED, "Cole", "Cole",
       "opened with", "opened", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* A headline naming its source before a colon: a poll and a news agency
 * in capitals speak ("Poll: ...", "AP: ..."); a shouted kicker
 * ("BREAKING: ...") and "Analysis:" do not. */
Test(quotes, headline_poll_and_agency_before_a_colon) {
  static const struct {
    const char *title, *content, *speaker;
  } rows[] = {
      {"Poll: Reyes and Cole tied before the levy vote", "Reyes and Cole",
       "Poll"},
      {"AP: Port board routed levy money to lobbyists", "Port board", "AP"},
      {"BREAKING: Port board routed levy money to lobbyists", "Port board",
       NULL},
      {"Analysis: Reyes and Cole tied before the levy vote", "Reyes and Cole",
       NULL},
  };
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    char text[512];
    snprintf(text, sizeof text,
             "%s\n\nBy Ann Lee\n\nThe council meets on Tuesday.\n",
             rows[i].title);
    lede_article *a = t_parse(text);
    long k = t_find(a, rows[i].content);
    if (!rows[i].speaker) {
      cr_assert_lt(k, 0, "a quote in \"%s\"", rows[i].title);
    } else {
      cr_assert_geq(k, 0, "no quote in \"%s\"", rows[i].title);
      lede_span s;
      cr_assert(lede_quote_speaker(a, (size_t)k, &s));
      t_assert_span(a, s, rows[i].speaker);
      cr_assert(lede_quote_cue(a, (size_t)k, &s));
      t_assert_span(a, s, ":");
    }
    lede_article_free(a);
  }
}

/* A headline's name and verb frame the quotation after them: a listed
 * verb ("Slam", after a plural naming people), one in -s ("Sees", before
 * a listed noun: "Gives Talk"), or "Just" and one in -ed. A quotation
 * opening the headline has no frame. */
Test(quotes, headline_name_and_verb_frame_a_quotation) {
  static const struct {
    const char *title, *content, *speaker, *cue;
  } rows[] = {
      {"Harbor Officials Slam Port Plan As A \xE2\x80\x98"
       "Costly Mistake\xE2\x80\x99",
       "Port Plan", "Harbor Officials", "Slam"},
      {"Dock Lawmakers Rip Port Plan As \xE2\x80\x98Reckless\xE2\x80\x99",
       "Port Plan", "Dock Lawmakers", "Rip"},
      {"Cole Gives Talk Of A Port Levy \xE2\x80\x98Top Priority\xE2\x80\x99",
       "Talk Of", "Cole", "Gives"},
      {"Mayor Reyes Sees \xE2\x80\x98Real Danger\xE2\x80\x99 In Levy "
       "Vote",
       "\xE2\x80\x98Real Danger", "Mayor Reyes", "Sees"},
      {"Ann Cole Just Revealed Her \xE2\x80\x98Plan B\xE2\x80\x99 For "
       "The Port",
       "Her \xE2\x80\x98Plan B", "Ann Cole", "Just Revealed"},
  };
  for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
    char text[512];
    snprintf(text, sizeof text,
             "%s\n\nBy Ann Lee\n\nThe council meets on Tuesday. Tom "
             "Reyes and Ann Cole, who runs the port, will speak.\n",
             rows[i].title);
    lede_article *a = t_parse(text);
    long k = t_find(a, rows[i].content);
    cr_assert_geq(k, 0, "no quote for \"%s\"", rows[i].title);
    lede_span s;
    cr_assert(lede_quote_speaker(a, (size_t)k, &s), "no speaker: %s",
              rows[i].title);
    t_assert_span(a, s, rows[i].speaker);
    cr_assert(lede_quote_cue(a, (size_t)k, &s));
    t_assert_span(a, s, rows[i].cue);
    lede_article_free(a);
  }
  lede_article *a = t_parse(
      "\xE2\x80\x98Missing\xE2\x80\x99 Voters Might Help Reyes\n\n"
      "By Ann Lee\n\nThe council meets on Tuesday.\n");
  long k = t_find(a, "Missing");
  cr_assert_geq(k, 0);
  cr_assert_eq(lede_quote_kind_of(a, (size_t)k), LEDE_QUOTE_UNATTRIBUTED);
  lede_article_free(a);
}

/* "points out" after a quotation attributes it like "notes"; "states"
 * does next to a quotation, also after a speaker placed with "in". */
Test(quotes, points_out_and_states_after_a_quotation) {
  lede_article *a = t_parse(
      "Levy ads\n\n"
      "\xE2\x80\x9CNobody on this council has read the budget,\xE2\x80\x9D "
      "Ruiz points out.\n\n"
      "\xE2\x80\x9CVote for the levy,\xE2\x80\x9D a voice-over in the ad "
      "states.\n");
  static const t_quote want[] = {
      {"Nobody on this council", "the budget,", LEDE_QUOTE_DIRECT, "Ruiz",
       "Ruiz", "points out", "point", NULL},
      {"Vote for the levy", "levy,", LEDE_QUOTE_DIRECT,
       "a voice-over in the ad", "a voice-over in the ad", "states", "state",
       NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* Inside a paragraph, a quotation opening a sentence after an attributed
 * one is the same speaker's, with the writer's sentences between them or
 * not. */
Test(quotes, continuation_later_in_the_paragraph) {
  lede_article *a = t_parse(
      "Small towns\n\n"
      "\xE2\x80\x9COh, those are small towns,\xE2\x80\x9D Woolson said. They "
      "also lie far from any television market. \xE2\x80\x9CThat is a tough "
      "area.\xE2\x80\x9D\n");
  long k = t_find(a, "That is a tough area.");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Woolson");
  cr_assert_eq(lede_quote_speaker_via(a, (size_t)k), LEDE_VIA_CONTINUATION);
  lede_article_free(a);
}

/* A signature line in its own paragraph ("- Ann Lee, Dayton.") right after
 * a paragraph that is one quotation attributes it; a paragraph of prose
 * after it does not. */
Test(quotes, signature_paragraph_after_a_quotation) {
  lede_article *a = t_parse(
      "Letters\n\n"
      "\"Fix the pools before the roads.\"\n\n"
      "- Ann Lee, Dayton.\n\n"
      "\xE2\x80\x9CThe levy is a start.\xE2\x80\x9D\n\n"
      "\xE2\x80\x94 Councilor Tom Reyes\n\n"
      "\"Nobody asked us.\"\n\n"
      "The mayor left early.\n");
  static const t_quote want[] = {
      {"Fix the pools", "the roads.", LEDE_QUOTE_DIRECT, "Ann Lee", "Ann Lee",
       "-", "\xE2\x80\x94", NULL},
      {"The levy is a start.", "start.", LEDE_QUOTE_DIRECT,
       "Councilor Tom Reyes", "Councilor Tom Reyes", "\xE2\x80\x94",
       "\xE2\x80\x94", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  long k = t_find(a, "Nobody asked us.");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert_not(lede_quote_speaker(a, (size_t)k, &s));
  lede_article_free(a);
}

/* An adverb in -ly and a place after the cue are adjuncts, also when the
 * quotation ends in a question of its own sentence: "... said pleasantly
 * into the phone." attributes the quotation and reports nothing else. */
Test(quotes, adverb_and_place_after_a_cue_are_adjuncts) {
  lede_article *a = t_parse(
      "Phone bank\n\n"
      "\"I am calling from the campaign. How are you today?\" Ann Lee said "
      "pleasantly into the phone.\n");
  static const t_quote want[] = {
      {"I am calling from", "How are you today?", LEDE_QUOTE_DIRECT,
       "Ann Lee", "Ann Lee", "said", "say", NULL},
  };
  t_check(a, &want[0]);
  cr_assert_eq(lede_quote_count(a), 1);
  lede_article_free(a);
}

/* « guillemets » with spaces inside, in English copy: quotation marks all
 * the same, so the words inside are quoted, not reported. */
Test(quotes, spaced_guillemets_quote) {
  lede_article *a = t_parse(
      "Stadium vote\n\n"
      "\xC2\xAB We will build the stadium \xC2\xBB, Mayor Ana Kell said on "
      "Monday.\n\n"
      "The club's owner said: \xC2\xAB Tickets go on sale in June. \xC2\xBB\n\n"
      "Coach Tom Rudd called the loss \xC2\xAB a disaster for everyone \xC2\xBB "
      "after the match.\n");
  long k = t_find(a, "We will build the stadium");
  cr_assert_geq(k, 0);
  cr_assert_eq(lede_quote_kind_of(a, (size_t)k), LEDE_QUOTE_DIRECT);
  t_said(a, "We will build the stadium", "Mayor Ana Kell", "said");
  k = t_find(a, "Tickets go on sale in June.");
  cr_assert_geq(k, 0);
  cr_assert_eq(lede_quote_kind_of(a, (size_t)k), LEDE_QUOTE_DIRECT);
  k = t_find(a, "the loss \xC2\xAB a disaster");
  cr_assert_geq(k, 0);
  cr_assert_eq(lede_quote_kind_of(a, (size_t)k), LEDE_QUOTE_MIXED);
  lede_article_free(a);
}

/* A name, then an apposition that closes on a quoted title ("host of
 * “Morning Call,”"), then the cue: the name speaks, and the phrase after
 * the cue with a modal of its own is the content's subject, no speaker
 * of the title. */
Test(quotes, apposition_closing_on_a_title) {
  lede_article *a = t_parse(
      "Radio station to close\n\n"
      "Dana Price, host of \"Morning Call,\" said the station would close "
      "next month.\n\n"
      "Tom Reyes, author of \xE2\x80\x9CSalt Roads,\xE2\x80\x9D said the "
      "library will reopen in May.\n");
  static const t_quote want[] = {
      {"the station would close", "next month", LEDE_QUOTE_INDIRECT,
       "Dana Price", "Dana Price", "said", "say", NULL},
      {"the library will reopen", "in May", LEDE_QUOTE_INDIRECT,
       "Tom Reyes", "Tom Reyes", "said", "say", NULL},
  };
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    t_check(a, &want[i]);
  lede_article_free(a);
}

/* A title in marks after a possessive in the cue's adjuncts ("said
 * Tuesday on WXYZ’s “Morning Desk.”") is where it was said, not what:
 * the clause before the attribution is the content. */
Test(quotes, title_after_a_possessive_in_the_adjuncts) {
  lede_article *a = t_parse(
      "Budget vote set\n\n"
      "The new budget was a mistake from the start, Mayor Ann Lee said "
      "Tuesday morning on WXYZ\xE2\x80\x99s \xE2\x80\x9CMorning "
      "Desk.\xE2\x80\x9D\n");
  static const t_quote want = {"The new budget", "from the start",
                               LEDE_QUOTE_INDIRECT, "Mayor Ann Lee",
                               "Mayor Ann Lee", "said", "say", NULL};
  t_check(a, &want);
  long k = t_find(a, "Morning Desk");
  cr_assert(k < 0 ||
            lede_quote_kind_of(a, (size_t)k) == LEDE_QUOTE_UNATTRIBUTED);
  lede_article_free(a);
}

/* A name and an apposition closing on a title after a possessive
 * ("host of WXYZ’s “Morning Call,”"), then a cue: the title is no
 * quotation and the phrase after the cue is no inverted speaker. */
Test(quotes, title_after_a_possessive_before_the_cue) {
  lede_article *a = t_parse(
      "Radio host weighs in\n\n"
      "Dana Price, host of WXYZ\xE2\x80\x99s \xE2\x80\x9CMorning "
      "Call,\xE2\x80\x9D suggested the mayor\xE2\x80\x99s refusal to "
      "resign could cost him the race.\n");
  static const t_quote want = {"the mayor", "cost him the race",
                               LEDE_QUOTE_INDIRECT, "Dana Price",
                               "Dana Price", "suggested", "suggest", NULL};
  t_check(a, &want);
  long k = t_find(a, "Dana Price");
  cr_assert_lt(k, 0);
  lede_article_free(a);
}

/* "added his third grand slam": after a tally ("added his third"), a
 * word of the tally's noun phrase that is also a cue verb is a noun. */
Test(quotes, noun_of_a_tally_is_no_cue) {
  lede_article *a = t_parse(
      "Bats win\n\n"
      "Ortiz added his third grand slam of the season in the fifth "
      "inning.\n");
  cr_assert_eq(lede_quote_count(a), 0);
  lede_article_free(a);
}

/* "chanted outside city hall on Monday": a place after a cue of speech,
 * with no clause or quotation after it, is where the words were said,
 * not what was said. */
Test(quotes, place_after_a_cue_is_no_content) {
  lede_article *a = t_parse(
      "Rally\n\n"
      "Dozens of parents chanted outside city hall on Monday.\n\n"
      "Students shouted across the quad for an hour.\n");
  cr_assert_eq(lede_quote_count(a), 0);
  lede_article_free(a);
}

/* "Ann Lee says A — asserting that B": a cue in -ing after a dash is a
 * second predicate of the speaker, as after a comma: two reports. */
Test(quotes, participle_after_a_dash_is_a_new_report) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Ann Lee says the levy failed because voters were angry \xE2\x80\x94 "
      "asserting that the board had misled them.\n");
  size_t k = t_said(a, "the levy failed", "Ann Lee", "says");
  t_assert_span(a, lede_quote_span(a, k),
                "the levy failed because voters were angry");
  t_said(a, "the board had misled them", "Ann Lee", "asserting");
  lede_article_free(a);
}

/* "Editor's note: the mayor has repeatedly promised ...": the verbs of a
 * note of the publication set apart from the story open no quotes; the
 * story's own report stays. */
Test(quotes, an_editors_note_reports_nothing) {
  lede_article *a = t_parse(
      "Bridge vote\n\n"
      "Councilwoman Ida Marsh said the bridge would reopen in May.\n\n"
      "Editor\xE2\x80\x99s note: Mayor Tom Reyes has repeatedly promised to "
      "close the harbor to every foreign ship.\n\n"
      "Editor's note: This story was amended to say that Reyes vowed to "
      "sell the port.\n");
  cr_assert_eq(lede_quote_count(a), 1, "got %zu quotes", lede_quote_count(a));
  t_said(a, "the bridge would reopen in May", "Councilwoman Ida Marsh", "said");
  lede_article_free(a);
}

/* A headline in title case whose only lower-case verb is shorter than
 * four bytes ("say") is still a headline: lede__q_find_verbs skips its
 * title-case test only at a lower-case verb of four bytes or more. */
Test(quotes, title_case_with_a_short_lower_case_verb) {
  lede_article *a = t_parse(
      "Senator Defends Budget Amid Protests, Aides say\n\n"
      "The budget passed on Tuesday after a long debate in the chamber.\n");
  cr_assert_eq(lede_quote_count(a), 0, "got %zu quotes", lede_quote_count(a));
  lede_article_free(a);
}

/* A note's answer is kept for its block's sentences alone (S_note asks
 * once a block): the sentences after a note's, in a block of their own,
 * report. */
Test(quotes, an_editors_note_ends_with_its_block) {
  lede_article *a = t_parse(
      "Bridge vote\n\n"
      "Editor's note: Mayor Tom Reyes has promised to close the harbor. "
      "He said the port would shut in May.\n\n"
      "Councilwoman Ida Marsh said the bridge would reopen in May. Reyes "
      "said the ferry would run all year.\n");
  cr_assert_eq(lede_quote_count(a), 2, "got %zu quotes", lede_quote_count(a));
  t_said(a, "the bridge would reopen in May", "Councilwoman Ida Marsh", "said");
  t_said(a, "the ferry would run all year", "Reyes", "said");
  lede_article_free(a);
}
