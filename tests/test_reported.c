/* Reported speech without quotation marks: cue frames with a particle,
 * nested reports, numbers as sources. Invented sentences, read by hand. */
#include "helpers.h"

/* The quote starting `start`: its speaker as written, cue and class. */
static size_t r_check(const lede_article *a, const char *start,
                      const char *speaker, const char *cue,
                      lede_cue_class cls) {
  size_t k = t_said(a, start, speaker, cue);
  cr_assert_eq(lede_quote_cue_class(a, k), cls, "class of \"%s\": %s", start,
               lede_cue_class_name(lede_quote_cue_class(a, k)));
  cr_assert_eq(lede_quote_kind_of(a, k), LEDE_QUOTE_INDIRECT);
  return k;
}

/* The quote starting `start`, asserting it is nested in quote p; returns
 * its index. */
static size_t r_nested(const lede_article *a, const char *start, size_t p) {
  long n = t_find(a, start);
  cr_assert_geq(n, 0, "no quote starting \"%s\"", start);
  cr_assert_eq(lede_quote_parent(a, (size_t)n), p);
  return (size_t)n;
}

Test(reported, verbs_with_a_particle) {
  lede_article *a = t_parse(
      "Council votes on the budget\n\n"
      "Senator Ann Ruiz talked about the budget shortfall at a town hall on "
      "Monday.\n\n"
      "The governor spoke for an hour without notes.\n\n"
      "Three council members voted against the transit levy, and the mayor "
      "pointed to the rising cost of fuel.\n\n"
      "Several donors called for a recount.\n\n"
      "The board voted to close the pool.\n");
  r_check(a, "the budget shortfall", "Senator Ann Ruiz", "talked about",
          LEDE_CUE_SPEECH);
  r_check(a, "the transit levy", "Three council members", "voted against",
          LEDE_CUE_OTHER);
  r_check(a, "the rising cost of fuel", "the mayor", "pointed to",
          LEDE_CUE_SPEECH);
  r_check(a, "a recount", "Several donors", "called for", LEDE_CUE_SPEECH);
  r_check(a, "close the pool", "The board", "voted to", LEDE_CUE_OTHER);
  /* "spoke for an hour": no particle of a report, no quote. */
  cr_assert_lt(t_find(a, "an hour"), 0);
  cr_assert_lt(t_find(a, "for an hour"), 0);
  lede_article_free(a);
}

/* "spoke of", "talks freely of", "spoke highly of": "of" joins "speak"
 * and "talk" as "about" does, past an adverb too; and a verb with its
 * particle after an aside's comma has its object after it, its subject
 * before ("Lee, the former judge who ..., spoke highly of the mayor"). */
Test(reported, speak_of_and_an_adverb_before_the_particle) {
  lede_article *a = t_parse(
      "Harbor plan\n\n"
      "Councilwoman Mara Dunn spoke of a recent visit to the old docks.\n\n"
      "Judge Omar Pell, the magistrate who fined the port authority in 2012, "
      "spoke highly of the new harbor master.\n\n"
      "The harbor master now talks freely of his own years at sea.\n");
  r_check(a, "a recent visit to the old docks", "Councilwoman Mara Dunn",
          "spoke of", LEDE_CUE_SPEECH);
  r_check(a, "the new harbor master",
          "Judge Omar Pell, the magistrate who fined the port authority in 2012",
          "spoke highly of",
          LEDE_CUE_SPEECH);
  r_check(a, "his own years at sea", "The harbor master", "talks freely of",
          LEDE_CUE_SPEECH);
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
  cr_assert_lt(t_find(a, "the levy next year"), 0,
               "the mayor's vote is her own statement's content");
  size_t p = r_check(a, "the governor would vote", "The treasurer", "said",
                     LEDE_CUE_SPEECH);
  size_t n = r_check(a, "the levy", "the governor", "vote for",
                     LEDE_CUE_OTHER);
  cr_assert_eq(lede_quote_parent(a, n), p);
  cr_assert_eq(lede_quote_count(a), 3);
  lede_article_free(a);
}

/* "The coach said his assistant and a team doctor wrote the report": the
 * reported clause has a subject of two people; the coach's content runs
 * to its end, and the report inside it is nested in his statement. */
Test(reported, two_subjects_of_a_reported_clause_stay_in_it) {
  lede_article *a = t_parse(
      "Team news\n\n"
      "The coach said his assistant and a team doctor wrote the report last "
      "week.\n\n"
      "The coach said the players and the staff had agreed to the new "
      "schedule.\n\n"
      "The coach called the referee careless and accused him of bias.\n");
  size_t p = r_check(a, "his assistant and a team doctor wrote the report last week",
                     "The coach", "said", LEDE_CUE_SPEECH);
  cr_assert_eq(lede_quote_parent(a, p), LEDE_NONE);
  r_nested(a, "the report last week", p);
  r_check(a, "the players and the staff had agreed to the new schedule",
          "The coach", "said", LEDE_CUE_SPEECH);
  /* "and accused": a second predicate of the coach, not a subject. */
  r_check(a, "the referee careless", "The coach", "called", LEDE_CUE_SPEECH);
  r_check(a, "him of bias", "The coach", "accused", LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* A clause joined by a bare "and" or by "because"/"when" that reports
 * no speech of its own belongs to what the speaker said; a second
 * speaker who says something, or a clause joined to a noun phrase, does
 * not. */
Test(reported, joined_clauses_stay_in_the_report) {
  lede_article *a = t_parse(
      "Bridge news\n\n"
      "The engineer said the bridge is unsafe and she fears it will "
      "crack.\n\n"
      "The mayor said the road was closed because he wanted the crews to "
      "work at night.\n\n"
      "The treasurer said the books were sound when she learned that the "
      "audit had begun.\n\n"
      "Ortega said the pier was safe and Reyes said it was not.\n\n"
      "The union is calling for a strike after the manager suggested the "
      "pay would fall.\n");
  r_check(a, "the bridge is unsafe and she fears it will crack", "The engineer",
          "said", LEDE_CUE_SPEECH);
  r_check(a, "the road was closed because he wanted the crews to work at night",
          "The mayor", "said", LEDE_CUE_SPEECH);
  size_t p = r_check(a,
                     "the books were sound when she learned that the audit had "
                     "begun",
                     "The treasurer", "said", LEDE_CUE_SPEECH);
  r_nested(a, "the audit had begun", p);
  size_t o = r_check(a, "the pier was safe", "Ortega", "said", LEDE_CUE_SPEECH);
  size_t r = r_check(a, "it was not", "Reyes", "said", LEDE_CUE_SPEECH);
  cr_assert_eq(lede_quote_parent(a, o), LEDE_NONE);
  cr_assert_eq(lede_quote_parent(a, r), LEDE_NONE);
  size_t u = r_check(a, "a strike", "The union", "calling for", LEDE_CUE_SPEECH);
  size_t m = r_check(a, "the pay would fall", "the manager", "suggested",
                     LEDE_CUE_SPEECH);
  cr_assert_eq(lede_quote_parent(a, u), LEDE_NONE);
  cr_assert_eq(lede_quote_parent(a, m), LEDE_NONE);
  lede_article_free(a);
}

/* "The mayor said she held no fundraisers and never called a donor": the
 * second predicate shares the mayor's subject inside what she said, so it
 * is nested in her statement; a participle after a comma ("endorsed the
 * plan, saying ...") is a report of its own. */
Test(reported, second_predicate_inside_a_report_is_nested) {
  lede_article *a = t_parse(
      "Fundraising\n\n"
      "Mayor Dana Holt said she has held no fundraisers and never called a "
      "donor for money.\n\n"
      "Polls show that most voters favor the levy and also back tougher "
      "fines.\n\n"
      "Councilor Ray Ibarra endorsed the transit plan on Friday, saying the "
      "buses would run all night.\n");
  size_t p = r_check(a, "she has held no fundraisers and never called a donor",
                     "Mayor Dana Holt", "said", LEDE_CUE_SPEECH);
  r_nested(a, "a donor for money", p);
  p = r_check(a, "most voters favor the levy and also back tougher fines",
              "Polls", "show", LEDE_CUE_OTHER);
  r_nested(a, "tougher fines", p);
  size_t e = r_check(a, "the transit plan", "Councilor Ray Ibarra", "endorsed",
                     LEDE_CUE_OTHER);
  size_t s = r_check(a, "the buses would run all night", "Councilor Ray Ibarra",
                     "saying", LEDE_CUE_SPEECH);
  cr_assert_eq(lede_quote_parent(a, e), LEDE_NONE);
  cr_assert_eq(lede_quote_parent(a, s), LEDE_NONE);
  lede_article_free(a);
}

/* "the host of the morning show, said": "show" ends the subject of
 * "said", a noun, no cue of its own. */
Test(reported, cue_word_ending_a_subject_is_a_noun) {
  lede_article *a = t_parse(
      "Station news\n\n"
      "Jane Doe, the host of the morning show, said the station would "
      "close.\n\n"
      "The new polls show the levy is popular.\n");
  r_check(a, "the station would close", "Jane Doe, the host of the morning show",
          "said", LEDE_CUE_SPEECH);
  cr_assert_lt(t_find(a, "said the station would close"), 0,
               "\"show\" is no cue before \", said\"");
  r_check(a, "the levy is popular", "The new polls", "show", LEDE_CUE_OTHER);
  cr_assert_eq(lede_quote_count(a), 2);
  lede_article_free(a);
}

/* A stance or action verb takes a noun phrase; a clause opened by a
 * wh-word is one object, with any report inside it nested. */
Test(reported, a_wh_clause_is_the_object_of_a_stance) {
  lede_article *a = t_parse(
      "Flood news\n\n"
      "The senator criticized how the agency handled the flood.\n\n"
      "The council focused on what the engineers said was the cause of the "
      "leak.\n");
  r_check(a, "how the agency handled the flood", "The senator", "criticized",
          LEDE_CUE_OTHER);
  size_t p = r_check(a, "what the engineers said was the cause of the leak",
                     "The council", "focused on", LEDE_CUE_OTHER);
  size_t n = r_nested(a, "was the cause of the leak", p);
  lede_span s;
  cr_assert(lede_quote_speaker(a, n, &s));
  t_assert_span(a, s, "the engineers");
  lede_article_free(a);
}

/* The subject of a passive is what is reported on: "The governor isn't
 * expected to attend" names no one who expects it. */
Test(reported, a_passive_subject_is_no_speaker) {
  lede_article *a = t_parse(
      "Dinner news\n\n"
      "The governor, a guest in recent years, isn't expected to attend the "
      "dinner.\n\n"
      "A clerk accused of fraud resigned on Monday.\n\n"
      "Ms. Vance, referred to as the best cook in town, opened a cafe.\n\n"
      "The group, which the mayor blamed for the delay, denied any fault.\n\n"
      "The treasurer accused the clerk of fraud.\n\n"
      "Officials were worried that the audit would fail.\n");
  lede_span s;
  const char *none[] = {"to attend the dinner", "of fraud resigned",
                        "as the best cook"};
  for (size_t n = 0; n < sizeof none / sizeof *none; n++) {
    long i = t_find(a, none[n]);
    cr_assert_geq(i, 0, "no quote starting \"%s\"", none[n]);
    cr_assert_not(lede_quote_speaker(a, (size_t)i, &s), "a speaker for \"%s\"",
                  none[n]);
  }
  /* Active verbs keep their subjects. */
  r_check(a, "for the delay", "the mayor", "blamed", LEDE_CUE_OTHER);
  r_check(a, "the clerk of fraud", "The treasurer", "accused", LEDE_CUE_SPEECH);
  r_check(a, "the audit would fail", "Officials", "worried", LEDE_CUE_THOUGHT);
  lede_article_free(a);
}

/* A participle after its topic with an adverb between ("a fund once
 * known for"), or in an absolute phrase after "with" ("with Lee and Cole
 * expected to win"), is a passive: no one named reports it; so is one
 * that frames a quotation ("is known for his role as “...”"). */
Test(reported, passive_participle_after_an_adverb_or_with) {
  lede_article *a = t_parse(
      "Race news\n\n"
      "The largest donor is Dane Partners, a fund once known for its ties "
      "to the mayor.\n\n"
      "Both races are set for May, with Lee and Cole expected to win their "
      "primaries.\n\n"
      "Cole expected to win the primary.\n\n"
      "He is known for his role as the \"night mayor\" of the city.\n");
  lede_span s;
  const char *none[] = {"for its ties", "to win their", "his role as"};
  for (size_t n = 0; n < sizeof none / sizeof *none; n++) {
    long i = t_find(a, none[n]);
    cr_assert_geq(i, 0, "no quote starting \"%s\"", none[n]);
    cr_assert_not(lede_quote_speaker(a, (size_t)i, &s), "a speaker for \"%s\"",
                  none[n]);
  }
  /* The active past keeps its subject. */
  r_check(a, "to win the primary", "Cole", "expected", LEDE_CUE_THOUGHT);
  lede_article_free(a);
}

/* A participle after a comma goes on from the clause just before it:
 * its subject speaks, not a phrase of time or the subject of a clause
 * that only sets the scene. */
Test(reported, a_participle_takes_the_subject_of_the_clause_before_it) {
  lede_article *a = t_parse(
      "Race news\n\n"
      "The row began a week after the developer entered the race, calling "
      "his rivals cowards.\n\n"
      "When Lee asked the firm to act, it declined, citing legal risks.\n\n"
      "The day before, at a rally in Dayton, Ms. Cole was just as blunt, "
      "claiming the count was rigged.\n\n"
      "Mr. Ruiz, who joined the board in 2010, resigned on Monday, saying he "
      "was tired.\n\n"
      "Her parents married when they were young and settled in Ohio, "
      "hoping for steady work.\n");
  r_check(a, "his rivals cowards", "the developer", "calling", LEDE_CUE_SPEECH);
  r_check(a, "legal risks", "it", "citing", LEDE_CUE_SPEECH);
  r_check(a, "the count was rigged", "Ms. Cole", "claiming", LEDE_CUE_SPEECH);
  r_check(a, "he was tired", "Mr. Ruiz", "saying", LEDE_CUE_SPEECH);
  r_check(a, "for steady work", "Her parents", "hoping", LEDE_CUE_THOUGHT);
  lede_article_free(a);
}

/* An adverb or a participle opening the sentence is never its speaker:
 * the clause's subject is, or no one. A name in -ing or -ly stays one. */
Test(reported, an_opening_adverb_or_participle_does_not_speak) {
  lede_article *a = t_parse(
      "Bank news\n\n"
      "Frightened by the vote, the city's bankers have in recent weeks "
      "sought to calm investors.\n\n"
      "Still, the council has criticized his business record.\n\n"
      "Ewing said the members will still meet, but said the club would "
      "move.\n");
  r_check(a, "to calm investors", "the city's bankers", "sought",
          LEDE_CUE_OTHER);
  r_check(a, "his business record", "the council", "criticized",
          LEDE_CUE_OTHER);
  r_check(a, "the club would move", "Ewing", "said", LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* A participle after a clause with a subject of its own (an apposition
 * included) takes that subject, even after another attribution. */
Test(reported, a_participle_after_a_new_subject_takes_it) {
  lede_article *a = t_parse(
      "Race news\n\n"
      "Voters watched the mayor argue that the rules are rigged, while her "
      "main rival, Tom Reyes, has soared in the polls by saying that the "
      "system is broken.\n\n"
      "Lee said that when the vote came, the council would split, adding "
      "that she would abstain.\n");
  r_check(a, "the rules are rigged", "the mayor", "argue", LEDE_CUE_SPEECH);
  r_check(a, "the system is broken", "her main rival, Tom Reyes", "saying",
          LEDE_CUE_SPEECH);
  /* (a clause inside Lee's content does not take her "adding") */
  r_check(a, "she would abstain", "Lee", "adding", LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* Who speaks when a participle, a relative clause or a count stands
 * where a name usually does. */
Test(reported, subjects_a_reader_would_pick) {
  lede_article *a = t_parse(
      "Rally news\n\n"
      "Mayor Ruth Dane, speaking at a rally in Dayton, Ohio, warned that the "
      "plant would close.\n\n"
      "Colonel Ames, who will retire after serving in Kabul, Basra and "
      "Herat, praised the new commander in an interview.\n\n"
      "Walking to her car, Ms. Ortiz said the vote had been fair.\n\n"
      "Judge Carl Weems Jr. warned that the docket was full.\n\n"
      "Six in 10 say the council is doing a good job.\n\n"
      "On taxes, 42% say they pay too much.\n\n"
      "Most believe that rents will rise.\n\n"
      "Only 28 percent said they trusted the board.\n\n"
      "The treasurer continued to insist that the books were sound.\n\n"
      "The city has 270 pledged delegates.\n");
  /* The speaker as written, its apposition included; the name is what
   * it refers to. */
  size_t q = r_check(a, "the plant would close",
                     "Mayor Ruth Dane, speaking at a rally in Dayton, Ohio",
                     "warned", LEDE_CUE_SPEECH);
  lede_span s;
  cr_assert(lede_quote_speaker_ref(a, q, &s));
  t_assert_span(a, s, "Mayor Ruth Dane");
  q = r_check(a, "the new commander",
              "Colonel Ames, who will retire after serving in Kabul, Basra "
              "and Herat",
              "praised", LEDE_CUE_OTHER);
  cr_assert(lede_quote_speaker_ref(a, q, &s));
  t_assert_span(a, s, "Colonel Ames");
  r_check(a, "the vote had been fair", "Ms. Ortiz", "said", LEDE_CUE_SPEECH);
  r_check(a, "the docket was full", "Judge Carl Weems Jr.", "warned",
          LEDE_CUE_SPEECH);
  size_t k = r_check(a, "they pay too much", "42%", "say", LEDE_CUE_SPEECH);
  (void)k;
  r_check(a, "rents will rise", "Most", "believe", LEDE_CUE_THOUGHT);
  r_check(a, "they trusted the board", "Only 28 percent", "said",
          LEDE_CUE_SPEECH);
  r_check(a, "the books were sound", "The treasurer", "insist",
          LEDE_CUE_SPEECH);
  /* "Six in 10": the count speaks (written out, it opens the phrase). */
  long i = t_find(a, "the council is doing");
  cr_assert_geq(i, 0);
  cr_assert(lede_quote_speaker(a, (size_t)i, &s));
  t_assert_span_starts(a, s, "Six");
  /* "270 pledged delegates": a participle before a noun, no report. */
  cr_assert_lt(t_find(a, "delegates"), 0);
  lede_article_free(a);
}

/* "said Monday morning" is when, not what. */
Test(reported, time_of_day_after_the_cue_is_no_content) {
  lede_article *a = t_parse(
      "Bridge\n\n"
      "The bridge will reopen in May, a spokesman announced Monday "
      "morning.\n");
  r_check(a, "The bridge will reopen in May", "a spokesman", "announced",
          LEDE_CUE_SPEECH);
  cr_assert_eq(lede_quote_count(a), 1);
  lede_article_free(a);
}

/* A verb of stance after an apposition has its object after it, not an
 * inverted speaker; a relative clause's antecedent speaks. */
Test(reported, stance_verbs_do_not_invert_and_who_clauses) {
  lede_article *a = t_parse(
      "Water\n\n"
      "Erin Doyle, a veteran water engineer, endorsed the mayor’s plan "
      "Saturday.\n\n"
      "The pipes are sound, said Ray Lutz, a city spokesman.\n\n"
      "Even economists who favor new fees agree that the change will be "
      "slow.\n\n"
      "Voters who backed the levy said the roads were a mess.\n");
  r_check(a, "the mayor’s plan", "Erin Doyle, a veteran water engineer",
          "endorsed", LEDE_CUE_OTHER);
  r_check(a, "The pipes are sound", "Ray Lutz", "said",
          LEDE_CUE_SPEECH);
  r_check(a, "the change will be slow", "economists", "agree",
          LEDE_CUE_SPEECH);
  r_check(a, "the roads were a mess", "Voters", "said", LEDE_CUE_SPEECH);
  /* The relative clause reports only its own object. */
  long i = t_find(a, "the levy");
  cr_assert_geq(i, 0);
  char *t = t_str(a, lede_quote_span(a, (size_t)i));
  cr_assert_str_eq(t, "the levy");
  free(t);
  lede_article_free(a);
}

/* An age or a dash aside between the subject and the verb; a second
 * predicate after "and" in a sentence opening with "But". */
Test(reported, ages_asides_and_second_predicates) {
  lede_article *a = t_parse(
      "Court\n\n"
      "A clerk, Dana Wu, 44, said that the files had been moved.\n\n"
      "Farmers — and some ranchers — say the water rules are unfair.\n\n"
      "A judge sided with the county. But the appeals court overruled "
      "and said the county had no case.\n");
  r_check(a, "the files had been moved", "Dana Wu, 44", "said",
          LEDE_CUE_SPEECH);
  r_check(a, "the water rules are unfair", "Farmers — and some ranchers",
          "say", LEDE_CUE_SPEECH);
  r_check(a, "the county had no case", "the appeals court", "said",
          LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* A contrast after a comma and a dash aside are the writer's, not the
 * content; "known as" names, it reports no thought. */
Test(reported, contrasts_asides_and_names_given) {
  lede_article *a = t_parse(
      "Budget\n\n"
      "The mayor said the budget was balanced, while the auditor found a "
      "gap of $2 million.\n\n"
      "The governor proposed a June vote — but the council rejected the "
      "date.\n\n"
      "Police said a gang known as the Eastsiders was involved.\n");
  size_t k = r_check(a, "the budget was balanced", "The mayor", "said",
                     LEDE_CUE_SPEECH);
  char *t = t_str(a, lede_quote_span(a, k));
  cr_assert_str_eq(t, "the budget was balanced");
  free(t);
  k = r_check(a, "a June vote", "The governor", "proposed", LEDE_CUE_SPEECH);
  t = t_str(a, lede_quote_span(a, k));
  cr_assert_str_eq(t, "a June vote");
  free(t);
  r_check(a, "a gang known as the Eastsiders was involved", "Police", "said",
          LEDE_CUE_SPEECH);
  cr_assert_lt(t_find(a, "as the Eastsiders"), 0);
  cr_assert_lt(t_find(a, "the Eastsiders was"), 0);
  lede_article_free(a);
}

/* "according to" opening its clause after a conjunction or a colon, with
 * a source that runs to its comma, or a quoted title as the source. */
Test(reported, according_to_after_but_a_colon_and_titles) {
  lede_article *a = t_parse(
      "Harbor\n\n"
      "But according to reports circulating in the port, the ferry will "
      "stop in June.\n\n"
      "It did not go unnoticed: According to two surveys, most residents "
      "oppose the fee.\n\n"
      "The pier cost $4 million, according to \xE2\x80\x9CHarbor Lights,\xE2\x80\x9D "
      "a history of the port.\n");
  r_check(a, "the ferry will stop in June", "reports", "according to",
          LEDE_CUE_SPEECH);
  r_check(a, "most residents oppose the fee", "two surveys", "According to",
          LEDE_CUE_SPEECH);
  r_check(a, "The pier cost $4 million",
          "\xE2\x80\x9CHarbor Lights,\xE2\x80\x9D", "according to",
          LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* A charge or praise in the passive with no agent: reported, by no one
 * named. With "by", the agent speaks. */
Test(reported, judged_in_the_passive) {
  lede_article *a = t_parse(
      "Council\n\n"
      "The treasurer was accused of hiding the losses for two years.\n\n"
      "The new budget has been widely criticized for its cuts to "
      "libraries.\n\n"
      "The plan was praised by the mayor.\n");
  long i = t_find(a, "The treasurer was accused");
  cr_assert_geq(i, 0);
  lede_span s;
  cr_assert_not(lede_quote_speaker(a, (size_t)i, &s));
  cr_assert(lede_quote_cue(a, (size_t)i, &s));
  t_assert_span(a, s, "accused");
  i = t_find(a, "The new budget has been widely criticized");
  cr_assert_geq(i, 0);
  cr_assert_not(lede_quote_speaker(a, (size_t)i, &s));
  cr_assert_eq(lede_quote_cue_class(a, (size_t)i), LEDE_CUE_OTHER);
  r_check(a, "The plan", "the mayor", "praised by", LEDE_CUE_OTHER);
  lede_article_free(a);
}

/* An opener before a name with a relative clause; "told her that". */
Test(reported, openers_and_listeners) {
  lede_article *a = t_parse(
      "Port\n\n"
      "In October, Mr. Hale, who ran the port for a decade, told investors "
      "that the cranes were obsolete.\n\n"
      "The warden told her that the gate would stay shut.\n");
  size_t k = r_check(a, "the cranes were obsolete",
                     "Mr. Hale, who ran the port for a decade", "told",
                     LEDE_CUE_SPEECH);
  lede_span s;
  cr_assert(lede_quote_speaker_ref(a, k, &s));
  t_assert_span(a, s, "Mr. Hale");
  k = r_check(a, "the gate would stay shut", "The warden", "told",
              LEDE_CUE_SPEECH);
  char *t = t_str(a, lede_quote_span(a, k));
  cr_assert_str_eq(t, "the gate would stay shut");
  free(t);
  lede_article_free(a);
}

/* A question put to someone reports no thought of theirs. */
Test(reported, questions_to_you_report_nothing) {
  lede_article *a = t_parse(
      "Interview\n\n"
      "HOST: Do you think the mayor can win a second term?\n\n"
      "GUEST: I think the mayor has a good chance.\n\n"
      "You said last year that the plan would fail.\n");
  cr_assert_lt(t_find(a, "the mayor can win"), 0);
  r_check(a, "the plan would fail", "You", "said", LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* A participle after a comma and an adverb: the sentence's subject. */
Test(reported, adverb_before_a_trailing_participle) {
  lede_article *a = t_parse(
      "Debate\n\n"
      "The senator had a strong hour on stage, forcefully denouncing the "
      "new tariffs.\n");
  r_check(a, "the new tariffs", "The senator", "denouncing", LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* A clause opened by "after", "as" or "because" with a speaker and a cue
 * of its own is a second report, not the first one's content. */
Test(reported, adverbial_clause_with_its_own_report_ends_the_content) {
  lede_article *a = t_parse(
      "Recount\n\n"
      "Senator Ann Ruiz called for a recount after the county clerk said "
      "the count had been late.\n\n"
      "The union demanded a new vote as its president warned that talks "
      "had stalled.\n");
  size_t k = r_check(a, "a recount", "Senator Ann Ruiz", "called for",
                     LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "a recount");
  k = r_check(a, "the count had been late", "the county clerk", "said",
              LEDE_CUE_SPEECH);
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  k = r_check(a, "a new vote", "The union", "demanded", LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "a new vote");
  r_check(a, "talks had stalled", "its president", "warned",
          LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* Base and -s forms of cue verbs report where no determiner makes them
 * nouns; "seemed to" and "appeared to" leave the speaker to the verb
 * they take. */
Test(reported, base_forms_and_seeming_to_report) {
  lede_article *a = t_parse(
      "Plant closure\n\n"
      "The unions claim the plant will close by spring.\n\n"
      "Residents fear the levy will fail again.\n\n"
      "The mayor appeared to blame the delays on the state.\n\n"
      "The claim surprised nobody at the plant.\n");
  r_check(a, "the plant will close", "The unions", "claim", LEDE_CUE_SPEECH);
  r_check(a, "the levy will fail", "Residents", "fear", LEDE_CUE_THOUGHT);
  r_check(a, "the delays on the state", "The mayor", "blame",
          LEDE_CUE_OTHER);
  /* "The claim" is a noun: nothing is reported. */
  cr_assert_lt(t_find(a, "surprised"), 0);
  cr_assert_eq(lede_quote_count(a), 3);
  lede_article_free(a);
}

/* A cue noun reports when its owner is named ("Ruiz's claim that ...",
 * "her attacks on ...") or is the subject of a verb like "raised"; in the
 * subject, its complement ends before the sentence's verb; the object of
 * another verb ("balked at the owner's proposal") is that verb's. */
Test(reported, cue_nouns_with_an_owner) {
  lede_article *a = t_parse(
      "Recount\n\n"
      "Senator Ann Ruiz's claim that the count was late surprised the "
      "clerk.\n\n"
      "Her attacks on the judge drew criticism from both parties.\n\n"
      "The newspaper raised questions about the contract with the county.\n\n"
      "Dane's refusal to testify angered the committee.\n\n"
      "The union made the case for a longer term.\n\n"
      "Two members cast new doubts about the new budget.\n\n"
      "The claim that the count was late surprised nobody.\n\n"
      "City officials balked at the owner's proposal to build a hotel.\n");
  size_t k = r_check(a, "the count was late", "Senator Ann Ruiz", "claim",
                     LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "the count was late");
  k = r_check(a, "the judge", "Her", "attacks on", LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k), "the judge");
  r_check(a, "the contract with the county", "The newspaper",
          "questions about", LEDE_CUE_SPEECH);
  r_check(a, "a longer term", "The union", "case for", LEDE_CUE_SPEECH);
  r_check(a, "the new budget", "Two members", "doubts about",
          LEDE_CUE_SPEECH);
  k = r_check(a, "testify", "Dane", "refusal", LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k), "testify");
  /* No owner: "The claim" reports nobody's words; "balked at" is no
   * cue here, and the proposal is not a report of its own. */
  cr_assert_lt(t_find(a, "build a hotel"), 0);
  cr_assert_eq(lede_quote_count(a), 6);
  lede_article_free(a);
}

/* An owner after a verb's particle ("ratcheting up her critique of"),
 * after "in" following the verb's complement ("unsparing in its
 * criticism of"), or after a light verb in a longer verb group ("are
 * lending their support to"): the verb's subject speaks. After "for" the
 * owner is the object of another frame ("rebuked for her proposal"). */
Test(reported, cue_nouns_owned_through_the_verb) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Mayor Ruth Dane has been ratcheting up her critique of the county "
      "board.\n\n"
      "The teachers' union was unsparing in its criticism of the "
      "budget.\n\n"
      "Council members are lending their support to the new library.\n\n"
      "Senator Al Reyes threw his support behind Ann Ruiz on Monday.\n\n"
      "Judge Ida Marsh was rebuked for her proposal to close the court.\n\n"
      "The treasurer has toned down his attacks on the board, and she was "
      "firm in her refusal to resign.\n");
  size_t k = r_check(a, "the county board", "Mayor Ruth Dane", "critique of",
                     LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "the county board");
  k = r_check(a, "the budget", "The teachers' union", "criticism of",
              LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k), "the budget");
  k = r_check(a, "the new library", "Council members", "support to",
              LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k), "the new library");
  k = r_check(a, "Ann Ruiz", "Senator Al Reyes", "support behind",
              LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k), "Ann Ruiz");
  r_check(a, "the board", "The treasurer", "attacks on", LEDE_CUE_OTHER);
  k = r_check(a, "resign", "she", "refusal", LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k), "resign");
  cr_assert_lt(t_find(a, "close the court"), 0);
  lede_article_free(a);
}

/* The "that" clause of an owned cue noun may follow an adjunct ("her
 * claim in an interview that ...") or, for a possessed subject, a
 * copula ("Ruiz's argument was that ..."); the clause is the content. A
 * copula before an adjective ("was that simple") opens none. */
Test(reported, cue_noun_clause_after_an_adjunct_or_a_copula) {
  lede_article *a = t_parse(
      "Recount\n\n"
      "Senator Ann Ruiz's argument on Monday was that the count was "
      "late.\n\n"
      "His warning has long been that the levy would fail.\n\n"
      "Her claim in a radio interview that the clerk had lied was "
      "false.\n\n"
      "The treasurer's claim was that simple.\n");
  size_t k = r_check(a, "the count was late", "Senator Ann Ruiz", "argument",
                     LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "the count was late");
  k = r_check(a, "the levy would fail", "His", "warning", LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "the levy would fail");
  k = r_check(a, "the clerk had lied", "Her", "claim", LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "the clerk had lied");
  cr_assert_lt(t_find(a, "simple"), 0);
  cr_assert_eq(lede_quote_count(a), 3);
  lede_article_free(a);
}

/* "because, according to Ruiz, ..." and "While A, according to Ruiz, B":
 * after a subordinate clause the source gives the main clause; after a
 * main clause ("A, according to Ruiz, and B") it gives that one. */
Test(reported, according_to_after_a_subordinate_clause) {
  lede_article *a = t_parse(
      "Recount\n\n"
      "The clerk stopped the count, because, according to Ruiz, the ballots "
      "were wet.\n\n"
      "While most boxes were sealed, according to an aide, two in the last "
      "batch were open.\n\n"
      "The vote was delayed, according to a clerk, and nobody knew why.\n");
  size_t k = r_check(a, "the ballots were wet", "Ruiz", "according to",
                     LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "the ballots were wet");
  k = r_check(a, "two in the last batch", "an aide", "according to",
              LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "two in the last batch were open");
  k = r_check(a, "The vote was delayed", "a clerk", "according to",
              LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "The vote was delayed");
  cr_assert_lt(t_find(a, "The clerk stopped"), 0);
  cr_assert_lt(t_find(a, "While most boxes"), 0);
  lede_article_free(a);
}

/* "A, as Ruiz showed in the debates against Cole.": an attribution in
 * "as" with only adjuncts after its cue follows its content; with an
 * object or an infinitive ("as the aides urged him to do") it has its
 * own. */
Test(reported, as_attribution_with_adjuncts_follows_its_content) {
  lede_article *a = t_parse(
      "Debate\n\n"
      "The senator is strong on the facts of the case, as she showed in the "
      "first debates against Cole.\n\n"
      "The mayor stayed in the race, as his aides urged him to do.\n");
  size_t k = r_check(a, "The senator is strong", "she", "showed",
                     LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k),
                "The senator is strong on the facts of the case");
  cr_assert_lt(t_find(a, "against Cole"), 0);
  cr_assert_lt(t_find(a, "The mayor stayed"), 0);
  lede_article_free(a);
}

/* A form mostly read as a noun ("support", "doubt", "back") is a verb
 * after a plural subject; after a singular modifier it stays a noun. */
Test(reported, noun_first_cue_after_a_plural_subject) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Most council members support raising the levy.\n\n"
      "Many voters doubt the count was fair.\n\n"
      "The parents groups back the plan.\n\n"
      "Voter support for the levy fell in May.\n");
  size_t k = r_check(a, "raising the levy", "Most council members", "support",
                     LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k), "raising the levy");
  r_check(a, "the count was fair", "Many voters", "doubt", LEDE_CUE_THOUGHT);
  r_check(a, "the plan", "The parents groups", "back", LEDE_CUE_OTHER);
  cr_assert_eq(lede_quote_count(a), 3);
  lede_article_free(a);
}

/* "found" takes a clause without "that": a name or a determiner phrase,
 * then its verb or participle; a bare object is no finding. */
Test(reported, finding_clause_without_that) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "A poll released Monday found Ruiz leading Dane by nine points.\n\n"
      "The county audit found the old board ignored its own rules.\n\n"
      "Volunteers found a lost dog near the library.\n");
  size_t k = r_check(a, "Ruiz leading Dane", "A poll released Monday",
                     "found", LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k), "Ruiz leading Dane by nine points");
  k = r_check(a, "the old board ignored", "The county audit", "found",
              LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k),
                "the old board ignored its own rules");
  cr_assert_lt(t_find(a, "a lost dog"), 0);
  cr_assert_eq(lede_quote_count(a), 2);
  lede_article_free(a);
}

/* A stance or action takes a noun phrase: its content ends before a time
 * adjunct, a comma or a clause of the writer's; a finding ("shows")
 * takes a clause. */
Test(reported, stance_cues_take_a_noun_phrase) {
  lede_article *a = t_parse(
      "Endorsements\n\n"
      "Mayor Ruth Dane endorsed Ann Ruiz in early June, but only after "
      "weeks of talks with the union.\n\n"
      "The council praised the new library on Monday.\n\n"
      "The survey shows the levy has lost support since spring.\n");
  size_t k = r_check(a, "Ann Ruiz", "Mayor Ruth Dane", "endorsed",
                     LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k), "Ann Ruiz");
  k = r_check(a, "the new library", "The council", "praised",
              LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k), "the new library");
  long s = t_find(a, "the levy has lost support");
  cr_assert_geq(s, 0);
  t_assert_span(a, lede_quote_span(a, (size_t)s),
                "the levy has lost support since spring");
  lede_article_free(a);
}

/* A stray comma between a whole name and its cue does not hide the
 * speaker; adjuncts after the cue come before "that". */
Test(reported, comma_after_a_whole_name) {
  lede_article *a = t_parse(
      "Budget\n\n"
      "Democrats were vague. Sen. Al Reyes (D-R.I.), said after a lunch on "
      "Tuesday that he had not read the plan.\n\n"
      "Mayor Ruth Dane - who once said she would \"shut the pools for "
      "good\" if the levy failed - said on Monday that the pools would "
      "open in June.\n");
  size_t k = r_check(a, "he had not read the plan", "Sen. Al Reyes (D-R.I.)",
                     "said", LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "he had not read the plan");
  /* A relative aside between dashes, long and quoting: the phrase as
   * written, its name the head. */
  k = r_check(a, "the pools would open in June",
              "Mayor Ruth Dane - who once said she would \"shut the pools for "
              "good\" if the levy failed",
              "said", LEDE_CUE_SPEECH);
  t_assert_span(a, lede_quote_span(a, k), "the pools would open in June");
  /* The relative clause's own report: its antecedent across the dash. */
  k = (size_t)t_find(a, "she would");
  lede_span sp;
  cr_assert(lede_quote_speaker(a, k, &sp));
  t_assert_span(a, sp, "Mayor Ruth Dane - who");
  cr_assert_eq(lede_quote_speaker_via(a, k), LEDE_VIA_RELATIVE);
  lede_article_free(a);
}

/* "and suggested" goes on from the report whose past tense it shares, not
 * from a cue after "would" inside that report's content. */
Test(reported, coordinated_cue_shares_the_outer_tense) {
  lede_article *a = t_parse(
      "Emergency\n\n"
      "Mayor Ruth Dane said the council would formally declare an emergency "
      "and suggested that the pools would close.\n\n"
      "Judge Ida Marsh said she did not want to think about a recount and "
      "predicted that the count would hold.\n");
  r_check(a, "the pools would close", "Mayor Ruth Dane", "suggested",
          LEDE_CUE_SPEECH);
  /* (a pronoun subject inside the judge's content is the judge) */
  r_check(a, "the count would hold", "Judge Ida Marsh", "predicted",
          LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* Verbs that report by naming what was said or sent; "put it" reports
 * only as a whole ("put the plan on hold" does not); a place after the
 * speaker's head noun is not the speaker. */
Test(reported, discussed_emailed_put_it_and_a_place_after_the_speaker) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "Mayor Ruth Dane emailed supporters that the pools would open.\n\n"
      "The council referred to the new levy as a tax.\n\n"
      "As the mayor put it, \"The pools stay open.\"\n\n"
      "Voters across the county said the levy would pass.\n\n"
      "She put the plan on hold.\n");
  r_check(a, "the pools would open", "Mayor Ruth Dane", "emailed",
          LEDE_CUE_WRITING);
  r_check(a, "the new levy as a tax", "The council", "referred to",
          LEDE_CUE_SPEECH);
  r_check(a, "the levy would pass", "Voters across the county", "said",
          LEDE_CUE_SPEECH);
  long k = t_find(a, "The pools stay open.");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "the mayor");
  cr_assert(lede_quote_cue(a, (size_t)k, &s));
  t_assert_span(a, s, "put it");
  cr_assert_lt(t_find(a, "the plan on hold"), 0);
  cr_assert_lt(t_find(a, "on hold"), 0);
  lede_article_free(a);
}

/* No quote has cue text `cue`. */
static void r_no_cue(const lede_article *a, const char *cue) {
  const char *text = lede_text(a, NULL);
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    lede_span s;
    if (!lede_quote_cue(a, i, &s)) continue;
    cr_assert(!(s.end - s.start == strlen(cue) &&
                strncmp(text + s.start, cue, strlen(cue)) == 0),
              "\"%s\" was read as a cue", cue);
  }
}

/* A participle before its noun, a comparison, "backed away", and verbs
 * that report only with a clause: no report in these. */
Test(reported, cue_words_that_report_nothing_here) {
  lede_article *a = t_parse(
      "Delegates\n\n"
      "Ms. Ruiz holds a majority of pledged delegates, and fewer pledged "
      "delegates remain in the west.\n\n"
      "Turnout rose 7 percent compared with 2012, the clerk's figures "
      "show.\n\n"
      "The mayor backed away from the plan on Friday.\n\n"
      "Ms. Ortiz, who has advised three governors, maintained a narrow lead "
      "in the count.\n\n"
      "The lawyer maintained that the contract was void.\n\n"
      "Her aides advised the senator to skip the debate.\n");
  r_no_cue(a, "pledged");
  r_no_cue(a, "compared");
  r_no_cue(a, "backed");
  r_no_cue(a, "advised three governors");
  cr_assert_lt(t_find(a, "three governors"), 0);
  cr_assert_lt(t_find(a, "a narrow lead"), 0);
  cr_assert_lt(t_find(a, "away from the plan"), 0);
  r_check(a, "the contract was void", "The lawyer", "maintained",
          LEDE_CUE_SPEECH);
  long k = t_find(a, "the senator to skip the debate");
  cr_assert_geq(k, 0, "the advice is reported");
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Her aides");
  lede_article_free(a);
}

/* A cue verb with a particle that makes it another verb: "showed up",
 * "add up to", "called in to": no report. */
Test(reported, a_particle_that_makes_another_verb) {
  lede_article *a = t_parse(
      "Turnout\n\n"
      "The real governor showed up at the fair on Sunday.\n\n"
      "And then the mayor showed up.\n\n"
      "In all, the pledges add up to more than $2 million.\n\n"
      "She recently called in to a radio program about the levy.\n\n"
      "The clerk said turnout was high.\n");
  r_no_cue(a, "showed");
  r_no_cue(a, "add");
  r_no_cue(a, "called");
  cr_assert_lt(t_find(a, "up at the fair on Sunday"), 0);
  cr_assert_lt(t_find(a, "up to more than $2 million"), 0);
  cr_assert_lt(t_find(a, "in to a radio program about the levy"), 0);
  r_check(a, "turnout was high", "The clerk", "said", LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* A cue word in -s after "and", before a finite verb, is a plural noun
 * of the subject: "Questions and answers have been edited". */
Test(reported, a_plural_noun_joined_to_a_subject) {
  lede_article *a = t_parse(
      "Interview\n\n"
      "Questions and answers have been edited for length.\n\n"
      "The judge said the clerk's calm and answers had eased the room.\n\n"
      "The fund paid for a levy which the mayor says was unfair.\n");
  r_no_cue(a, "answers");
  cr_assert_lt(t_find(a, "have been edited for length"), 0);
  cr_assert_lt(t_find(a, "had eased the room"), 0);
  r_check(a, "the clerk's calm and answers had eased the room", "The judge",
          "said", LEDE_CUE_SPEECH);
  cr_assert_geq(t_find(a, "was unfair"), 0, "the relative clause reports");
  lede_article_free(a);
}

/* A participle between a determiner and its noun modifies the noun:
 * "some warning signs", "some affirming language". */
Test(reported, a_participle_between_a_determiner_and_its_noun) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The count is close, but there are some warning signs for the mayor.\n\n"
      "The council hopes to get some affirming words out of the panel.\n\n"
      "The clerk issued a warning that the polls would close early.\n");
  r_no_cue(a, "affirming");
  cr_assert_lt(t_find(a, "signs for the mayor"), 0);
  cr_assert_lt(t_find(a, "words out of the panel"), 0);
  cr_assert_geq(t_find(a, "the polls would close early"), 0,
                "a warning that ... reports");
  lede_article_free(a);
}

/* "charged that", "determined that", "estimates that" report; "charged
 * him with", "determined to win", "estimates the cost at" and "charges
 * that might follow" do not. */
Test(reported, cue_words_that_report_only_before_that) {
  lede_article *a = t_parse(
      "Ferry\n\n"
      "Critics charged that the ferry contract was rigged.\n\n"
      "The harbor board determined that the old pier was unsafe.\n\n"
      "The union estimates that 900 members marched on Friday.\n\n"
      "Prosecutors charged the captain with negligence.\n\n"
      "The captain was determined to sail on Monday.\n\n"
      "The firm estimates the repair cost at $5 million.\n\n"
      "The captain faces criminal charges that might follow the inquiry.\n");
  r_check(a, "the ferry contract was rigged", "Critics", "charged",
          LEDE_CUE_SPEECH);
  r_check(a, "the old pier was unsafe", "The harbor board", "determined",
          LEDE_CUE_OTHER);
  r_check(a, "900 members marched", "The union", "estimates",
          LEDE_CUE_SPEECH);
  cr_assert_lt(t_find(a, "the captain with negligence"), 0);
  cr_assert_lt(t_find(a, "with negligence"), 0);
  cr_assert_lt(t_find(a, "to sail on Monday"), 0);
  cr_assert_lt(t_find(a, "the repair cost"), 0);
  cr_assert_lt(t_find(a, "might follow the inquiry"), 0);
  cr_assert_eq(lede_quote_count(a), 3, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

/* "Asked on Tuesday whether ...": the question is reported past the
 * adjuncts between "asked" and the question word; the asker is not
 * named (unless by "by": "Asked by a reporter how"), and the answer is
 * the speaker's own statement. */
Test(reported, a_question_asked_after_adjuncts) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Asked on Tuesday whether she would run again, Mayor Ruth Dane "
      "smiled.\n\n"
      "Asked by a reporter how the plant would be paid for, the governor "
      "said the state would borrow.\n\n"
      "And asked in Dayton recently if the levy would pass, Ms. Ortiz said "
      "it would.\n");
  const char *qs[] = {"whether she would run again",
                      "how the plant would be paid for",
                      "if the levy would pass"};
  for (size_t n = 0; n < 3; n++) {
    long k = t_find(a, qs[n]);
    cr_assert_geq(k, 0, "no question \"%s\"", qs[n]);
    lede_span s = lede_quote_span(a, (size_t)k);
    t_assert_span(a, s, qs[n]);
    if (n == 1) {
      cr_assert(lede_quote_speaker(a, (size_t)k, &s));
      t_assert_span(a, s, "a reporter");
    } else {
      cr_assert(!lede_quote_speaker(a, (size_t)k, &s), "the asker is unnamed");
    }
    cr_assert(lede_quote_cue(a, (size_t)k, &s));
    cr_assert(s.end - s.start == 5); /* "Asked" or "asked" */
  }
  r_check(a, "the state would borrow", "the governor", "said",
          LEDE_CUE_SPEECH);
  r_check(a, "it would", "Ms. Ortiz", "said", LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* Counts of people as sources: "One in five", "Many in the crowd",
 * "only 28", "all but two", after a sentence's conjunction too. */
Test(reported, counts_of_people_speak) {
  lede_article *a = t_parse(
      "Survey\n\n"
      "One in five say that won't be true.\n\n"
      "Many in the crowd said the mayor was the only candidate they "
      "trusted.\n\n"
      "Of 48 towns that answered, only 28 said yes.\n\n"
      "All but two said the levy was too high.\n\n"
      "But six in 10 said they want a new council.\n");
  /* ("that" is the subject here, not a conjunction) */
  r_check(a, "that won't be true", "One in five", "say", LEDE_CUE_SPEECH);
  r_check(a, "the mayor was the only candidate", "Many in the crowd", "said",
          LEDE_CUE_SPEECH);
  r_check(a, "yes", "only 28", "said", LEDE_CUE_SPEECH);
  r_check(a, "the levy was too high", "All but two", "said",
          LEDE_CUE_SPEECH);
  r_check(a, "they want a new council", "six in 10", "said", LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* "the rule, which critics said was unfair": the relative clause's
 * predicate is the report, and the sentence around it is the writer's
 * (or another report). */
Test(reported, a_report_inside_a_relative_clause) {
  lede_article *a = t_parse(
      "Rules\n\n"
      "The board kept the old dress code, which critics said was unfair to "
      "younger staff.\n\n"
      "The mayor cited a study of the floods, which the auditors said were "
      "hidden from the council.\n\n"
      "She listed her failings, failings she said are outweighed by her "
      "record.\n");
  r_check(a, "was unfair to younger staff", "critics", "said",
          LEDE_CUE_SPEECH);
  r_check(a, "were hidden from the council", "the auditors", "said",
          LEDE_CUE_SPEECH);
  r_check(a, "a study of the floods", "The mayor", "cited", LEDE_CUE_SPEECH);
  r_check(a, "failings she said are outweighed by her record", "she", "said",
          LEDE_CUE_SPEECH);
  cr_assert_lt(t_find(a, "The board kept"), 0);
  lede_article_free(a);
}

/* A stance adjective after "be" or "remain", with a clause or an object
 * saying about what, past words of degree; not an infinitive, not an
 * adverbial ("at first"), not an adjective with no such object. */
Test(reported, stances_told_by_an_adjective) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Her donors remain confident that she will win.\n\n"
      "Graham has been critical of the mayor since the spring.\n\n"
      "These voters are deeply skeptical of free trade.\n\n"
      "The treasurer was not pleased with the audit, and the clerk is "
      "unsure whether the count will hold.\n\n"
      "His publisher was skeptical at first.\n\n"
      "There are reasons to be skeptical about the plan.\n\n"
      "The bridge is critical to the city.\n");
  r_check(a, "she will win", "Her donors", "confident", LEDE_CUE_THOUGHT);
  r_check(a, "the mayor", "Graham", "critical of", LEDE_CUE_OTHER);
  r_check(a, "free trade", "These voters", "skeptical of", LEDE_CUE_THOUGHT);
  r_check(a, "the audit", "The treasurer", "pleased with", LEDE_CUE_THOUGHT);
  r_check(a, "whether the count will hold", "the clerk", "unsure",
          LEDE_CUE_THOUGHT);
  cr_assert_lt(t_find(a, "first"), 0);
  cr_assert_lt(t_find(a, "the plan"), 0);
  cr_assert_lt(t_find(a, "the city"), 0);
  cr_assert_eq(lede_quote_count(a), 5);
  lede_article_free(a);
}

/* "confident in" and "disappointed in" take an object; after other
 * stance adjectives "in" tells where or when. */
Test(reported, stance_adjectives_with_in) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Her campaign staff is confident in the final count.\n\n"
      "The clerk was disappointed in the board.\n\n"
      "The treasurer was critical in private.\n");
  size_t k = r_check(a, "the final count", "Her campaign staff",
                     "confident in", LEDE_CUE_THOUGHT);
  t_assert_span(a, lede_quote_span(a, k), "the final count");
  r_check(a, "the board", "The clerk", "disappointed in", LEDE_CUE_THOUGHT);
  cr_assert_lt(t_find(a, "private"), 0);
  cr_assert_eq(lede_quote_count(a), 2);
  lede_article_free(a);
}

/* "see", "view" and "regard" with an object and an "as" phrase: what the
 * subject holds; not a passive, not "as" opening a clause of time. */
Test(reported, seeing_something_as_something) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Many parents see the levy as a lifeline.\n\n"
      "Most voters view the mayor as honest.\n\n"
      "Local groups regard the library as essential to the town.\n\n"
      "The remarks were seen as a slight.\n\n"
      "The crowd saw the mayor as she walked in.\n");
  size_t k = r_check(a, "the levy as", "Many parents", "see",
                     LEDE_CUE_THOUGHT);
  t_assert_span(a, lede_quote_span(a, k), "the levy as a lifeline");
  r_check(a, "the mayor as honest", "Most voters", "view", LEDE_CUE_THOUGHT);
  k = r_check(a, "the library as", "Local groups", "regard", LEDE_CUE_THOUGHT);
  t_assert_span(a, lede_quote_span(a, k),
                "the library as essential to the town");
  cr_assert_lt(t_find(a, "a slight"), 0);
  cr_assert_lt(t_find(a, "the mayor as she"), 0);
  cr_assert_eq(lede_quote_count(a), 3);
  lede_article_free(a);
}

/* "took issue with", "has taken a swipe at", "took offense at": a stance
 * told by "take" and a noun; the object is what about. Other things
 * taken are not stances. */
Test(reported, stances_told_by_take) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The treasurer took issue with the new audit.\n\n"
      "Mayor Ruth Dane has taken a swipe at the county board.\n\n"
      "The clerk took the ballots to the county office.\n");
  size_t k = r_check(a, "the new audit", "The treasurer", "took issue with",
                     LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k), "the new audit");
  r_check(a, "the county board", "Mayor Ruth Dane", "taken a swipe at",
          LEDE_CUE_OTHER);
  cr_assert_lt(t_find(a, "the ballots"), 0);
  cr_assert_lt(t_find(a, "the county office"), 0);
  lede_article_free(a);
}

/* "“...,” the paper wrote while acknowledging ...": the quotation before
 * the attribution is the content; the participle after it is the
 * speaker's next act. */
Test(reported, content_first_before_a_participle_of_time) {
  lede_article *a = t_parse(
      "Endorsement\n\n"
      "The mayor \"is dogged and smart,\" the paper wrote while "
      "acknowledging her missteps.\n");
  long k = t_find(a, "The mayor \"is dogged and smart,\"");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "the paper");
  cr_assert_lt(t_find(a, "while acknowledging"), 0);
  lede_article_free(a);
}

/* A clause of time right after the cue is the writer's ("he said, when
 * ..."), unless a main clause follows it: then it opens the content. */
Test(reported, a_clause_of_time_after_the_cue) {
  lede_article *a = t_parse(
      "Rally\n\n"
      "\"Don't fall,\" he said, when a protester began to stumble.\n\n"
      "Ruiz wrote while a student at the state college.\n\n"
      "She said when the vote came, the council would split.\n");
  cr_assert_lt(t_find(a, "when a protester"), 0);
  cr_assert_lt(t_find(a, "while a student"), 0);
  r_check(a, "when the vote came, the council would split", "She", "said",
          LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* "Despite Lee's claims that ...": a preposition opening the clause does
 * not keep the owner's noun from framing a report; ", and has
 * championed": a second predicate of the subject ends the content. */
Test(reported, claims_after_despite_and_a_second_predicate) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Despite Mayor Ruth Dane's claims that the levy is small, the county "
      "ranks it among the highest.\n\n"
      "The treasurer insists the budget must balance, and has championed "
      "cuts to the parks.\n");
  long k = t_find(a, "the levy is small");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Mayor Ruth Dane");
  t_assert_span(a, lede_quote_span(a, (size_t)t_find(a, "the levy is small")),
                "the levy is small");
  k = t_find(a, "the budget must balance");
  cr_assert_geq(k, 0);
  t_assert_span(a, lede_quote_span(a, (size_t)k), "the budget must balance");
  lede_article_free(a);
}

/* "a company called Acme": a name given to an indefinite noun phrase is
 * no report; "a paper called on", "the mayor called the plan" are. */
Test(reported, called_after_an_indefinite_noun_names) {
  lede_article *a = t_parse(
      "Names\n\n"
      "They paid a consulting firm called Harbor Analytics.\n\n"
      "A local paper called on the mayor to resign.\n\n"
      "The mayor called the plan a disaster.\n");
  cr_assert_lt(t_find(a, "Harbor Analytics"), 0);
  r_check(a, "the mayor to resign", "A local paper", "called on",
          LEDE_CUE_SPEECH);
  r_check(a, "the plan a disaster", "The mayor", "called", LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* "..., which stood at 263, according to AP": the relative clause right
 * before "according to" is what the source gives; the report before it
 * stays its speaker's own. */
Test(reported, according_to_after_a_relative_clause) {
  lede_article *a = t_parse(
      "Delegates\n\n"
      "Her manager says she can still close the gap in delegates, which "
      "stood at 263 on Tuesday, according to the county clerk.\n");
  r_check(a, "which stood at 263 on Tuesday", "the county clerk",
          "according to", LEDE_CUE_SPEECH);
  long k = t_find(a, "she can still close the gap");
  cr_assert_geq(k, 0);
  t_assert_span(a, lede_quote_span(a, (size_t)k),
                "she can still close the gap in delegates");
  lede_article_free(a);
}

/* "Noting that A, Lee argued ...": a participle opening the sentence
 * reports A, and the main clause's subject speaks. */
Test(reported, a_participle_opening_the_sentence) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Noting that the pools had closed twice, Mayor Ruth Dane argued for "
      "the levy.\n\n"
      "Promising that the audit would be public, the treasurer left the "
      "meeting.\n");
  r_check(a, "the pools had closed twice", "Mayor Ruth Dane", "Noting",
          LEDE_CUE_SPEECH);
  r_check(a, "the audit would be public", "the treasurer", "Promising",
          LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* "..., compared with 64 percent who say ...": another group's report
 * set against the first ends it, and stands as a report of its own. */
Test(reported, a_compared_group_reports_on_its_own) {
  lede_article *a = t_parse(
      "Poll\n\n"
      "Seventy percent of voters say they trust the mayor, compared with 40 "
      "percent who say the same of the council.\n");
  long k = t_find(a, "they trust the mayor");
  cr_assert_geq(k, 0);
  t_assert_span(a, lede_quote_span(a, (size_t)k), "they trust the mayor");
  k = t_find(a, "the same of the council");
  cr_assert_geq(k, 0);
  cr_assert_eq(lede_quote_parent(a, (size_t)k), LEDE_NONE);
  lede_span s;
  cr_assert(lede_quote_cue(a, (size_t)k, &s));
  t_assert_span(a, s, "say");
  lede_article_free(a);
}

/* "support" and "reports" are verbs only where a verb stands:
 * after a subject pronoun, "who", a modal or a name; "broad support
 * among", "news reports of", "according to reports" are nouns and report
 * nothing. */
Test(reported, noun_first_verbs_read_in_context) {
  lede_article *a = t_parse(
      "Levy vote\n\n"
      "Most of the drivers who support Dana Ortiz live outside the city.\n\n"
      "The Harbor Gazette reports that the ferry will stop in June.\n\n"
      "They will not support the toll.\n\n"
      "The plan has broad support among farmers.\n\n"
      "The news reports of a strike were wrong.\n\n"
      "The toll will double, according to reports.\n\n"
      "The auditor reports directly to the board.\n");
  r_check(a, "Dana Ortiz", "the drivers who", "support", LEDE_CUE_OTHER);
  r_check(a, "the ferry will stop in June", "The Harbor Gazette", "reports",
          LEDE_CUE_WRITING);
  r_check(a, "the toll", "They", "support", LEDE_CUE_OTHER);
  cr_assert_lt(t_find(a, "among farmers"), 0);
  cr_assert_lt(t_find(a, "of a strike"), 0);
  /* "according to reports": the reports are the source */
  t_said(a, "The toll will double", "reports", "according to");
  cr_assert_lt(t_find(a, "directly to the board"), 0);
  cr_assert_lt(t_find(a, "to the board"), 0);
  cr_assert_eq(lede_quote_count(a), 4, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

/* A title-case headline: "Name Says ..." or "Name Just Announced ..."
 * reports what the named person said; its verbs of stance or thought
 * ("Senator Defends Budget", "Ortiz Wants") are no cues. */
Test(reported, headline_says_after_a_name) {
  lede_article *a = t_parse(
      "Mayor Dana Ortiz Says Ferry Will Stop In June\n\n"
      "By Lee Park\n\n"
      "The ferry will stop running in June, the mayor said on Tuesday.\n\n"
      "Senator Defends Budget Amid Protests\n\n"
      "The senator spoke for an hour.\n\n"
      "Ortiz Just Announced Her Run For The Senate\n\n"
      "Ortiz Wants A Recount In Every Ward\n\n"
      "Treasurer Accused Of Hiding Losses\n");
  size_t k = t_said(a, "Ferry Will Stop In June", "Mayor Dana Ortiz", "Says");
  cr_assert_eq(lede_quote_kind_of(a, k), LEDE_QUOTE_INDIRECT);
  cr_assert_eq(lede_quote_cue_class(a, k), LEDE_CUE_SPEECH);
  k = t_said(a, "Her Run For The Senate", "Ortiz", "Just Announced");
  cr_assert_eq(lede_quote_cue_class(a, k), LEDE_CUE_SPEECH);
  /* (a thought or stance in a headline is no report) */
  cr_assert_lt(t_find(a, "A Recount"), 0);
  cr_assert_lt(t_find(a, "Hiding Losses"), 0);
  cr_assert_lt(t_find(a, "Of Hiding Losses"), 0);
  cr_assert_lt(t_find(a, "Budget Amid Protests"), 0);
  cr_assert_lt(t_find(a, "Amid Protests"), 0);
  lede_article_free(a);
}

/* "Ortiz said the increased focus on the mayor ..., pointing to ...": the
 * participle's speaker is the one who said it, not a report nested in
 * what she said. */
Test(reported, participle_after_a_report_skips_the_nested_one) {
  lede_article *a = t_parse(
      "Polls\n\n"
      "Ortiz said the increased focus on the mayor is taking a toll on "
      "him, pointing to the polls in May.\n");
  size_t p = r_check(a, "the increased focus on the mayor", "Ortiz", "said",
                     LEDE_CUE_SPEECH);
  size_t k = r_check(a, "the polls in May", "Ortiz", "pointing to",
                     LEDE_CUE_SPEECH);
  cr_assert_neq(k, p);
  lede_article_free(a);
}

/* "The levy will pass, as the mayor predicted.": "as" opens an
 * attribution after its content; "as the mayor spoke" is a time. */
Test(reported, as_attribution_after_the_content) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The levy will pass, as the mayor predicted last week.\n\n"
      "Prices rose in May, as most analysts expected.\n\n"
      "The crowd grew quiet as the mayor spoke.\n");
  r_check(a, "The levy will pass", "the mayor", "predicted",
          LEDE_CUE_SPEECH);
  r_check(a, "Prices rose in May", "most analysts", "expected",
          LEDE_CUE_THOUGHT);
  cr_assert_lt(t_find(a, "The crowd"), 0);
  cr_assert_eq(lede_quote_count(a), 2, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

/* Base forms that are mostly nouns ("favor", "doubt", "praise") report
 * as verbs after a subject pronoun, "who" or a modal; "in favor of",
 * "our doubt", "the praise for" stay nouns ("in favor of" reports as a
 * phrase of its own). */
Test(reported, noun_first_base_forms) {
  lede_article *a = t_parse(
      "Vote\n\n"
      "Most voters who favor the levy live downtown.\n\n"
      "The council voted in favor of the ferry levy.\n\n"
      "They doubt the bridge reopens in May.\n\n"
      "Our doubt is that the bridge reopens.\n\n"
      "The mayor will praise the council.\n\n"
      "The praise for the plan faded.\n");
  r_check(a, "the levy", "Most voters who", "favor", LEDE_CUE_OTHER);
  r_check(a, "the bridge reopens in May", "They", "doubt", LEDE_CUE_THOUGHT);
  r_check(a, "the council", "The mayor", "praise", LEDE_CUE_OTHER);
  r_check(a, "the ferry levy", "The council", "in favor of", LEDE_CUE_OTHER);
  cr_assert_lt(t_find(a, "of the ferry levy"), 0);
  cr_assert_lt(t_find(a, "the plan"), 0);
  cr_assert_eq(lede_quote_count(a), 4, "got %zu", lede_quote_count(a));
  lede_article_free(a);
}

/* Verbs of stance and action (data/lex/cue_action_verbs.txt) frame what
 * their subject decided, ordered or rebuked: cues of the class other. */
Test(reported, stance_and_action_verbs) {
  lede_article *a = t_parse(
      "North pier to close for the winter\n\n"
      "The harbor board decided to close the north pier for the winter.\n\n"
      "Judge Ana Pereira ordered a new count of the ballots on Friday.\n\n"
      "Councilwoman Mia Holt rebuked the mayor over the ferry contract.\n\n"
      "The union leader discussed the pension plan with reporters.\n\n"
      "Her aides helped persuade the treasurer to delay the vote.\n");
  size_t k = r_check(a, "to close the north pier", "The harbor board",
                     "decided", LEDE_CUE_OTHER);
  t_assert_span(a, lede_quote_span(a, k),
                "to close the north pier for the winter");
  r_check(a, "a new count of the ballots", "Judge Ana Pereira", "ordered",
          LEDE_CUE_OTHER);
  r_check(a, "the mayor", "Councilwoman Mia Holt", "rebuked", LEDE_CUE_OTHER);
  r_check(a, "the pension plan", "The union leader", "discussed",
          LEDE_CUE_OTHER);
  r_check(a, "the treasurer to delay the vote", "Her aides", "persuade",
          LEDE_CUE_OTHER);
  lede_article_free(a);
}

/* The same words as a name's part, as a participle after its noun, in
 * the headline or as a noun's modifier: no cue. */
Test(reported, action_verbs_that_report_nothing_here) {
  lede_article *a = t_parse(
      "Board approves clinic plan\n\n"
      "Planned Parenthood opened a clinic on Elm Street last year.\n\n"
      "The panel is made up of judges nominated to the court by two "
      "governors.\n\n"
      "A ban ordered by the court in May still holds.\n\n"
      "The board's decided aim was a balanced budget.\n");
  r_no_cue(a, "Planned");
  r_no_cue(a, "nominated");
  r_no_cue(a, "ordered");
  r_no_cue(a, "decided");
  r_no_cue(a, "approves");
  cr_assert_lt(t_find(a, "clinic plan"), 0);
  cr_assert_lt(t_find(a, "Parenthood"), 0);
  cr_assert_lt(t_find(a, "to the court by two governors"), 0);
  cr_assert_lt(t_find(a, "the court in May"), 0);
  lede_article_free(a);
}

/* Forms of listed cues that the speech verb list lacks: "backs",
 * "wondering", "thanking"; a plural noun "backs" after a possessive is
 * none. */
Test(reported, more_forms_of_listed_cues) {
  lede_article *a = t_parse(
      "Town weighs the pier plan\n\n"
      "The dockworkers' union backs the harbor plan.\n\n"
      "Residents are wondering whether the pier will reopen.\n\n"
      "The mayor was thanking volunteers for their work.\n\n"
      "The clinic's backs were against the wall.\n");
  r_check(a, "the harbor plan", "The dockworkers' union", "backs",
          LEDE_CUE_OTHER);
  r_check(a, "whether the pier will reopen", "Residents", "wondering",
          LEDE_CUE_THOUGHT);
  r_check(a, "volunteers for their work", "The mayor", "thanking",
          LEDE_CUE_OTHER);
  /* (three quotes: nothing from "The clinic's backs") */
  cr_assert_eq(lede_quote_count(a), 3);
  lede_article_free(a);
}

/* "came out in support of", "voted in favor of", "spoke in opposition
 * to", "has come out against": the clause's subject holds the stance;
 * not a gerund's ("for voting in favor of"). */
Test(reported, stances_told_by_a_phrase) {
  lede_article *a = t_parse(
      "Senators line up behind the levy\n\n"
      "Senator Ann Ruiz has come out in support of the harbor levy.\n\n"
      "The council voted in favor of a smaller budget on Monday.\n\n"
      "Two aldermen spoke in opposition to the new pier.\n\n"
      "The teachers' union has come out against the school budget.\n\n"
      "The results came out against all forecasts in the spring.\n\n"
      "The union's ad attacks Mayor Dane for voting in favor of the ferry "
      "cuts.\n");
  r_check(a, "the harbor levy", "Senator Ann Ruiz", "in support of",
          LEDE_CUE_OTHER);
  r_check(a, "a smaller budget", "The council", "in favor of", LEDE_CUE_OTHER);
  r_check(a, "the new pier", "Two aldermen", "in opposition to",
          LEDE_CUE_OTHER);
  r_check(a, "the school budget", "The teachers' union", "come out against",
          LEDE_CUE_OTHER);
  cr_assert_lt(t_find(a, "all forecasts"), 0);
  cr_assert_lt(t_find(a, "the ferry cuts"), 0);
  lede_article_free(a);
}

/* A report cut at a clause boundary ends at its last word: the comma or
 * dash before "but" is not part of it; a quotation's own comma, inside
 * its marks, stays. */
Test(reported, content_ends_at_its_last_word) {
  lede_article *a = t_parse(
      "Ferry service to end\n\n"
      "The harbor master said the ferry would stop in May, but declined to "
      "say why.\n\n"
      "Union officials said the pier was unsafe -- but would not give "
      "details.\n\n"
      "The mayor said the plan was \"dead in the water,\" but promised "
      "another vote in June.\n");
  static const char *const want[] = {
      "the ferry would stop in May", "the pier was unsafe",
      "the plan was \"dead in the water,\""};
  for (size_t k = 0; k < 3; k++) {
    long n = t_find(a, want[k]);
    cr_assert_geq(n, 0, "no quote starting \"%s\"", want[k]);
    t_assert_span(a, lede_quote_span(a, (size_t)n), want[k]);
    lede_span o = lede_quote_outer(a, (size_t)n);
    cr_expect_eq(o.end, lede_quote_span(a, (size_t)n).end);
  }
  cr_expect_eq(lede_quote_kind_of(a, (size_t)t_find(a, want[2])),
               LEDE_QUOTE_MIXED);
  lede_article_free(a);
}

/* A report in a clause opening the sentence ends at the comma closing
 * that clause, after a connective ("And after", "Even as", "So,
 * whether") or an aside ("Though, as a senator,"); an apposition inside
 * it, closed before its verb, stays. */
Test(reported, fronted_clause_after_a_connective_ends_at_its_comma) {
  lede_article *a = t_parse(
      "Levy fight\n\n"
      "And after the treasurer said the fund was empty, the mayor called "
      "for an audit.\n\n"
      "Even as the mayor praised the plan, however, her aides drafted "
      "another one.\n\n"
      "Though, as a senator, Lee opposed the levy, in 2019, as governor, "
      "she signed it.\n\n"
      "Lest you think that the levy, a tax on fuel, was popular, the "
      "council voted it down.\n");
  static const char *const want[][3] = {
      {"the fund was empty", "the treasurer", "said"},
      {"the plan", "the mayor", "praised"},
      {"the levy", "Lee", "opposed"},
      {"the levy, a tax on fuel, was popular", "you", "think"}};
  for (size_t k = 0; k < 4; k++) {
    size_t n = t_said(a, want[k][0], want[k][1], want[k][2]);
    t_assert_span(a, lede_quote_span(a, n), want[k][0]);
  }
  lede_article_free(a);
}

/* "To the extent (that)" opens a clause as "if" does: a report in it
 * ends at its closing comma. */
Test(reported, to_the_extent_opens_a_clause) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "To the extent she talks about the levy, her message will be simple.\n\n"
      "To the extent that voters know Lee, they may think of her as a "
      "mayor.\n");
  size_t n = t_said(a, "the levy", "she", "talks about");
  t_assert_span(a, lede_quote_span(a, n), "the levy");
  n = t_said(a, "Lee", "voters", "know");
  t_assert_span(a, lede_quote_span(a, n), "Lee");
  lede_article_free(a);
}

/* After an object with no verb of its own ("a possible suspect" and
 * "secretary of state" are nouns), a clause joined by ", and" or ", but"
 * with its own subject and verb is the writer's: past an adverb ("but
 * now Dane plans to"), a phrase ("at one point the crowd"), a plural
 * noun subject ("and attorneys for the family released") or adjuncts
 * ("the report on Wednesday for the first time cited"). */
Test(reported, object_ends_before_a_joined_clause_of_its_own) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Ann Cole says she knew little about Lee before he announced his bid, "
      "but now Dane plans to vote for him.\n\n"
      "Boos rained down when Lee mentioned the former secretary of state, "
      "and at one point the crowd loudly reprised the chant.\n\n"
      "Some members had mentioned Dane as a possible suspect, but the report "
      "on Wednesday for the first time cited a memo.\n\n"
      "The Gazette first published the video Friday afternoon, and "
      "attorneys for the family released it to the Post.\n");
  static const char *const want[][3] = {
      {"his bid", "he", "announced"},
      {"the former secretary of state", "Lee", "mentioned"},
      {"Dane as a possible suspect", "Some members", "mentioned"},
      {"the video Friday afternoon", "The Gazette", "published"}};
  for (size_t k = 0; k < 4; k++) {
    size_t n = t_said(a, want[k][0], want[k][1], want[k][2]);
    t_assert_span(a, lede_quote_span(a, n), want[k][0]);
  }
  lede_article_free(a);
}

/* "Lee said, asked about ...", "Whenever asked about ...": a question put
 * to someone by an asker the text does not name; its subject answers,
 * it does not ask. */
Test(reported, asked_after_a_comma_has_no_named_asker) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "\"It has been years,\" Lee said, asked about the delay in an "
      "interview. \"Why wait?\"\n\n"
      "Whenever asked about the levy, the aides changed the subject.\n");
  lede_span s;
  long n = t_find(a, "the delay");
  cr_assert_geq(n, 0);
  cr_assert_not(lede_quote_speaker(a, (size_t)n, &s));
  n = t_find(a, "the levy");
  cr_assert_geq(n, 0);
  cr_assert_not(lede_quote_speaker(a, (size_t)n, &s));
  t_said(a, "It has been years", "Lee", "said");
  lede_article_free(a);
}

/* "with Lee and Dane expected to win", "In a year expected to bring",
 * "over 300 people expected this year": a participle of expecting or
 * knowing after a noun phrase that is no clause's subject (after "with
 * ... and", a preposition or a verb) is passive; no one named expects. */
Test(reported, passive_participle_after_a_noun_phrase_has_no_speaker) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The vote is in May, with Lee and Dane expected to win the two "
      "seats.\n\n"
      "In a year expected to bring record turnout, the council is "
      "nervous.\n");
  lede_span s;
  long n = t_find(a, "to win the two seats");
  if (n >= 0) cr_assert_not(lede_quote_speaker(a, (size_t)n, &s));
  n = t_find(a, "to bring record turnout");
  if (n >= 0) cr_assert_not(lede_quote_speaker(a, (size_t)n, &s));
  for (size_t k = 0; k < lede_quote_count(a); k++)
    if (lede_quote_speaker(a, k, &s)) {
      char *w = t_str(a, s);
      cr_assert(strcmp(w, "Dane") != 0 && strcmp(w, "a year") != 0,
                "speaker \"%s\"", w);
      free(w);
    }
  lede_article_free(a);
}

/* "Years after Lee claimed ..., Dane won the race by promising ...": a
 * measure of time before the conjunction opens the clause as well; its
 * report ends at its comma and the main clause's subject promises. */
Test(reported, clause_after_a_measure_of_time_ends_at_its_comma) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Years after Lee claimed the era of big budgets was over, Dane won the "
      "race by promising a park.\n");
  size_t n = t_said(a, "the era of big budgets was over", "Lee", "claimed");
  t_assert_span(a, lede_quote_span(a, n), "the era of big budgets was over");
  t_said(a, "a park", "Dane", "promising");
  lede_article_free(a);
}

/* "added" with a tally after it counts a score or a sum: no report.
 * With a clause or a quotation it still reports. */
Test(reported, added_with_a_tally_reports_nothing) {
  lede_article *a = t_parse(
      "Hawks 98, Owls 90\n\n"
      "Mia Torres scored 31 points, and Dana Li added 12 points and nine "
      "rebounds for the Hawks.\n\n"
      "Kim Ross added three assists, and rookie Lou Hart added a goal as "
      "Riverton won again.\n\n"
      "Sam Oduya added his seventh of the season late in the game.\n\n"
      "Harbor Bank added 2,300 accounts in the quarter, its report "
      "said.\n");
  cr_assert_lt(t_find(a, "12 points"), 0);
  cr_assert_lt(t_find(a, "three assists"), 0);
  cr_assert_lt(t_find(a, "a goal"), 0);
  cr_assert_lt(t_find(a, "his seventh"), 0);
  cr_assert_lt(t_find(a, "2,300 accounts"), 0);
  r_no_cue(a, "added");
  lede_article_free(a);
  a = t_parse("Trip\n\nCoach Ann Pike added that the team was tired.\n\n"
              "The county added two were hurt in the fire.\n");
  r_check(a, "the team was tired", "Coach Ann Pike", "added",
          LEDE_CUE_SPEECH);
  r_check(a, "two were hurt", "The county", "added", LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* A participle phrase opening the sentence ("Holding signs calling Lee a
 * liar, ...") holds a report of the main clause's subject; its content
 * ends with the phrase, a comma inside a closing mark included. */
Test(reported, a_report_inside_an_opening_participle_phrase) {
  lede_article *a = t_parse(
      "Rally at city hall\n\n"
      "Holding signs calling Mayor Lee a liar, the protesters marched to "
      "city hall on Tuesday.\n\n"
      "Carrying a letter urging the board to resign, the parents walked "
      "into the meeting.\n\n"
      "After weeks of refusing to endorse the levy the council called "
      "\xE2\x80\x9C""reckless,\xE2\x80\x9D the union backed it on "
      "Friday.\n");
  long k = t_find(a, "Mayor Lee a liar");
  cr_assert_geq(k, 0);
  t_assert_span(a, lede_quote_span(a, (size_t)k), "Mayor Lee a liar");
  r_check(a, "Mayor Lee a liar", "the protesters", "calling",
          LEDE_CUE_SPEECH);
  r_check(a, "the board to resign", "the parents", "urging",
          LEDE_CUE_SPEECH);
  t_said(a, "to endorse the levy", "the union", "refusing");
  lede_article_free(a);
}

/* "according to an interview his sister gave": the one who made the
 * text, named in a clause after it, is the source. */
Test(reported, according_to_a_text_someone_made) {
  lede_article *a = t_parse(
      "Plant closing\n\n"
      "The foreman was fired in 2019, according to an interview his sister "
      "gave to the Herald.\n\n"
      "The plant will close in May, according to a statement the company "
      "released on Monday.\n\n"
      "According to a letter that Mayor Ruiz wrote, the pool will stay "
      "open.\n\n"
      "Sales fell, according to a report by the county.\n");
  t_said(a, "The foreman was fired", "his sister", "according to");
  t_said(a, "The plant will close", "the company", "according to");
  t_said(a, "the pool will stay open", "Mayor Ruiz", "According to");
  t_said(a, "Sales fell", "the county", "according to");
  lede_article_free(a);
}

/* "told reporters that A, adding that B": a participle of speech after a
 * comma in a report's content is the speaker's next report, a top-level
 * quote of its own; the first content ends before it. Not when the
 * attribution comes after the content ("A, calling B, Lee said"). */
Test(reported, a_participle_after_the_content_reports_again) {
  lede_article *a = t_parse(
      "Budget talks\n\n"
      "Mayor Ann Ruiz told reporters that the budget was ''balanced,'' "
      "adding that the city had ''money to spare.''\n\n"
      "Senator Tom Okafor called the transit plan ''reckless,'' accusing "
      "the governor of ''hiding the cost.''\n\n"
      "The union praised the contract, saying it protected pensions.\n\n"
      "The deal is fair, calling it a win for both sides, the chamber "
      "said.\n");
  size_t k = t_said(a, "the budget was", "Mayor Ann Ruiz", "told");
  t_assert_span(a, lede_quote_span(a, k), "the budget was ''balanced,''");
  k = t_said(a, "the city had", "Mayor Ann Ruiz", "adding");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  cr_assert_eq(lede_quote_kind_of(a, k), LEDE_QUOTE_MIXED);
  k = t_said(a, "the transit plan", "Senator Tom Okafor", "called");
  t_assert_span(a, lede_quote_span(a, k), "the transit plan ''reckless,''");
  k = t_said(a, "the governor of", "Senator Tom Okafor", "accusing");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  k = t_said(a, "the contract", "The union", "praised");
  t_assert_span(a, lede_quote_span(a, k), "the contract");
  cr_assert_eq(lede_quote_kind_of(a, k), LEDE_QUOTE_INDIRECT);
  k = t_said(a, "it protected pensions", "The union", "saying");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  k = t_said(a, "The deal is fair", "the chamber", "said");
  t_assert_span(a, lede_quote_span(a, k),
                "The deal is fair, calling it a win for both sides");
  lede_article_free(a);
}

/* "made an impassioned call for", "delivering a blistering critique of":
 * a light verb's cue noun past a determiner and modifiers of any shape;
 * the verb's subject owns it. */
Test(reported, a_light_verb_cue_noun_past_its_modifiers) {
  lede_article *a = t_parse(
      "Harbor vote\n\n"
      "Councilwoman Mara Dunn made an impassioned call for a second vote "
      "on the harbor plan.\n\n"
      "The port director toured the docks on Friday, delivering a "
      "blistering critique of the dredging contract.\n");
  r_check(a, "a second vote on the harbor plan", "Councilwoman Mara Dunn",
          "call for", LEDE_CUE_SPEECH);
  r_check(a, "the dredging contract", "The port director", "critique of",
          LEDE_CUE_SPEECH);
  lede_article_free(a);
}

/* ", said an official who was briefed on the talks.": a relative clause
 * on the speaker after "said" runs to the end of the sentence; the
 * clause before is the content, its own cue nested in it. Not when the
 * words after the comma are the object of another verb ("voiced the
 * frustration of voters who ..."). */
Test(reported, a_speaker_after_said_with_a_relative_clause) {
  lede_article *a = t_parse(
      "Harbor talks\n\n"
      "The port deal will be delayed until the spring, said a senior "
      "official who was briefed on the talks.\n\n"
      "Mayor Ruiz warned the envoy not to move on the dock, said an aide "
      "who spoke on condition of anonymity because of the talks.\n\n"
      "Tom Okafor, a teacher at the school, voiced the anger of many "
      "parents who have watched the budget shrink year by year.\n");
  size_t k = t_said(a, "The port deal", "a senior official", "said");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  k = t_said(a, "Mayor Ruiz warned", "an aide", "said");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  t_said(a, "the anger of many parents", "Tom Okafor, a teacher at the school",
         "voiced");
  lede_article_free(a);
}

/* "according to a publishing executive", "according to polling by the
 * bureau": a participle before the source's noun, or a gerund source
 * with its maker, still names the source of the clause before. */
Test(reported, according_to_a_source_with_a_participle) {
  lede_article *a = t_parse(
      "Harbor books\n\n"
      "Harbor Books declined to renew the offer, according to a publishing "
      "executive familiar with the talks.\n\n"
      "Farmers favored Mayor Ruiz in 2008 by nearly 20 points, according "
      "to polling by the farm bureau.\n");
  size_t k = t_said(a, "Harbor Books declined", "a publishing executive familiar",
                    "according to");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  k = t_said(a, "Farmers favored", "the farm bureau", "according to");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  lede_article_free(a);
}

/* "said lobbyist and party strategist Al Lee", "since the businessman and
 * reality star announced": two role nouns joined by "and" name one
 * speaker; the phrase runs on past "and". */
Test(reported, a_speaker_with_two_roles_joined_by_and) {
  lede_article *a = t_parse(
      "Harbor lobby\n\n"
      "The firm lobbied the council on dredging, said lobbyist and party "
      "strategist Al Lee, a former partner of the firm.\n\n"
      "A year after the developer and reality star announced his bid for "
      "mayor, the harbor plan is stalled.\n");
  size_t k = t_said(a, "The firm lobbied", "lobbyist and party strategist Al Lee",
                    "said");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  t_said(a, "his bid for mayor", "the developer and reality star", "announced");
  lede_article_free(a);
}

/* "praised the mayor, who ...", "shows he was there, contradicting the
 * police's claim that ...", "a plan (its engineers said ...)": a report
 * whose attribution follows a comma before a relative pronoun or a word in
 * -ing, or an opening parenthesis, is said of what the content before it
 * names: that content ends there and the report stands on its own. Not
 * after ", and" (two reports, cut as before) or inside quotation marks. */
Test(reported, a_report_in_an_aside_ends_the_content_before_it) {
  lede_article *a = t_parse(
      "Harbor dispute\n\n"
      "The governor recognized the harbor master, who has quietly won over "
      "the dock workers and is widely expected to run for the council "
      "seat.\n\n"
      "Video shows the ferry left on time, contradicting the port "
      "authority's claim that it was late.\n\n"
      "The council published a plan to dredge the channel (its engineers "
      "said the work would take a year).\n\n"
      "Councilman Tom Okafor said the levy was fair, and the treasurer "
      "warned that it would not last.\n");
  size_t k = t_said(a, "the harbor master", "The governor", "recognized");
  t_assert_span(a, lede_quote_span(a, k), "the harbor master");
  k = t_said(a, "the ferry left", "Video", "shows");
  t_assert_span(a, lede_quote_span(a, k), "the ferry left on time");
  k = t_said(a, "it was late", "the port authority", "claim");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  k = t_said(a, "a plan to dredge", "The council", "published");
  t_assert_span(a, lede_quote_span(a, k), "a plan to dredge the channel");
  k = t_said(a, "the work would take", "its engineers", "said");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  k = t_said(a, "the levy was fair", "Councilman Tom Okafor", "said");
  t_assert_span(a, lede_quote_span(a, k), "the levy was fair");
  t_said(a, "it would not last", "the treasurer", "warned");
  lede_article_free(a);
}

/* An aside the reported clause goes on after ("the plan (which ... said
 * ...) was sound", "the master, whom ... said ..., will stay") is inside
 * the content: the report in it stays nested, and the content runs on.
 * A comma before "which" goes on with the aside. */
Test(reported, an_aside_inside_the_content_does_not_end_it) {
  lede_article *a = t_parse(
      "Harbor dispute\n\n"
      "The mayor said the dredging plan (which engineers said would cost "
      "more than the levy) was sound and would be approved.\n\n"
      "The governor said the harbor master, whom the dock workers said they "
      "trusted, would stay on through the winter.\n\n"
      "Her campaign has attacked Tom Reyes' record on taxes, including his "
      "support of the harbor levy, which let the port raise its fees "
      "without a vote.\n");
  size_t k = t_said(a, "the dredging plan", "The mayor", "said");
  t_assert_span(a, lede_quote_span(a, k),
                "the dredging plan (which engineers said would cost more "
                "than the levy) was sound and would be approved");
  size_t n = t_said(a, "would cost", "engineers", "said");
  cr_assert_eq(lede_quote_parent(a, n), k);
  k = t_said(a, "the harbor master", "The governor", "said");
  t_assert_span(a, lede_quote_span(a, k),
                "the harbor master, whom the dock workers said they "
                "trusted, would stay on through the winter");
  n = t_said(a, "they trusted", "the dock workers", "said");
  cr_assert_eq(lede_quote_parent(a, n), k);
  /* (", which" goes on with the aside, not with the content) */
  k = t_said(a, "Tom Reyes' record", "Her campaign", "attacked");
  t_assert_span(a, lede_quote_span(a, k), "Tom Reyes' record on taxes");
  n = t_said(a, "the harbor levy", "his", "support of");
  cr_assert_eq(lede_quote_parent(a, n), LEDE_NONE);
  lede_article_free(a);
}
