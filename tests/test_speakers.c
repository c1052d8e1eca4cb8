/* Who said it, and where the reported content starts: speakers found
 * past long subjects and adjuncts. Invented sentences, read by hand. */
#include "helpers.h"

extern int lede__q_gender_eager; /* (core/quotes_internal.h) */

/* The quote starting `start`: its speaker and cue as written, and kind. */
static size_t s_check(const lede_article *a, const char *start,
                      const char *speaker, const char *cue,
                      lede_quote_kind kind) {
  size_t k = t_said(a, start, speaker, cue);
  cr_assert_eq(lede_quote_kind_of(a, k), kind);
  return k;
}

/* "at a Saturday rally", "to his family": nouns in -ly inside an adjunct
 * after the cue are not adverbs; the content starts after "that". */
Test(speakers, noun_in_ly_inside_an_adjunct) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Mayor Ruth Dane said at a Saturday rally that the levy was \"dead on "
      "arrival.\"\n\n"
      "The treasurer wrote to his family that the pools would close.\n");
  s_check(a, "the levy was", "Mayor Ruth Dane", "said", LEDE_QUOTE_MIXED);
  t_said(a, "the pools would close", "The treasurer", "wrote");
  cr_assert_lt(t_find(a, "rally"), 0);
  cr_assert_lt(t_find(a, "family"), 0);
  lede_article_free(a);
}

/* "Even Norway, Oslo's only partner, said": a focusing word before the
 * subject and its apposition is no opener of its own. */
Test(speakers, focusing_word_before_an_apposition) {
  lede_article *a = t_parse(
      "Test\n\n"
      "Even Norway, the island's only partner and its lifeline to the "
      "outside world, said it was \"firmly opposed\" to the test.\n\n"
      "Still, Ann Lee, who retires soon, said the plan was dead.\n");
  s_check(a, "it was", "Norway, the island's only partner and its "
          "lifeline to the outside world", "said", LEDE_QUOTE_MIXED);
  t_said(a, "the plan was dead", "Ann Lee, who retires soon", "said");
  lede_article_free(a);
}

/* A role, then the name with its own clause between dashes: the phrase
 * speaks, whether the dashes are em dashes or typed as "--". */
Test(speakers, name_between_dashes_after_its_role) {
  lede_article *a = t_parse(
      "Vote\n\n"
      "A former state senator -- Tom Baker, who lost the 2010 race to "
      "Smith -- said the governor \"offered no changes to his plan.\"\n\n"
      "The treasurer \u2014 Ann Lee \u2014 said the levy would pass.\n");
  s_check(a, "the governor", "A former state senator -- Tom Baker, "
          "who lost the 2010 race to Smith", "said", LEDE_QUOTE_MIXED);
  t_said(a, "the levy would pass", "The treasurer \u2014 Ann Lee", "said");
  lede_article_free(a);
}

/* "sent an email saying": the email is the verb's object, and the one
 * who sent it speaks, past a modifier and a time adjunct. */
Test(speakers, sender_of_a_document_speaks) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The Dane campaign sent a fundraising email on Friday morning saying "
      "that the levy is \"killing the middle class.\"\n\n"
      "Minutes later, she sent an email saying, \"Done.\"\n");
  s_check(a, "the levy is", "The Dane campaign", "saying", LEDE_QUOTE_MIXED);
  s_check(a, "Done.", "she", "saying", LEDE_QUOTE_DIRECT);
  lede_article_free(a);
}

/* "..., Lee asks as a guard walks in": the clause after the cue tells
 * when; the question is Lee's and nothing is reported by "asks". */
Test(speakers, time_clause_after_the_cue_of_a_quotation) {
  lede_article *a = t_parse(
      "Sketch\n\n"
      "The sketch opened in a diner.\n\n"
      "\"Who can remember how many towns I have lost? Is it two?\" Lee asks "
      "as a janitor walks in front of her.\n");
  s_check(a, "Who can remember", "Lee", "asks", LEDE_QUOTE_DIRECT);
  cr_assert_lt(t_find(a, "as a janitor"), 0);
  lede_article_free(a);
}

/* A second cue after the attribution, as the speaker's next act: its
 * content is a statement of the same speaker. */
Test(speakers, going_on_to_say_and_before_adding) {
  lede_article *a = t_parse(
      "Debate\n\n"
      "The debate ran late.\n\n"
      "\"This fight is absurd,\" Dane said, going on to say that the city "
      "has spent \"years fighting\" over the pools.\n\n"
      "\"If the levy fails, nothing can be done,\" Dane said before adding: "
      "\"Though the voters may surprise us.\"\n");
  s_check(a, "the city has spent", "Dane", "say", LEDE_QUOTE_MIXED);
  s_check(a, "Though the voters", "Dane", "adding", LEDE_QUOTE_DIRECT);
  t_said(a, "This fight is absurd", "Dane", "said");
  t_said(a, "If the levy fails", "Dane", "said");
  lede_article_free(a);
}

/* ", before noting" after a closing mark that holds the comma. */
Test(speakers, participle_after_a_comma_inside_the_closing_mark) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "Lee told the board that the news was \u201cvery troubling,\u201d "
      "before noting that Dane is \u201ca good person.\u201d\n");
  s_check(a, "Dane is", "Lee", "noting", LEDE_QUOTE_MIXED);
  t_said(a, "the news was", "Lee", "told");
  lede_article_free(a);
}

/* A work's name in its bare form after a singular noun is a noun: "the
 * reality show “...”" names a show; "the polls show" still reports. */
Test(speakers, bare_work_noun_is_no_cue) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "Dane was joined by Ann Lee, star of the cable reality show "
      "\"Pool Boss.\"\n\n"
      "The polls show \"a dead heat\" in the race.\n\n"
      "The sets were built for the reality TV show \"Pool Life.\"\n");
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    lede_span s;
    if (lede_quote_cue(a, i, &s)) {
      char *c = t_str(a, s);
      long pool = t_find(a, "Pool Boss");
      cr_assert(strcmp(c, "show") != 0 || pool < 0 || (size_t)pool != i,
                "\"show\" after \"reality\" is no cue");
      free(c);
    }
  }
  t_said(a, "\"a dead heat\"", "The polls", "show");
  long tv = t_find(a, "Pool Life");
  if (tv >= 0) {
    lede_span c;
    if (lede_quote_cue(a, (size_t)tv, &c)) {
      char *cs = t_str(a, c);
      cr_assert(strcmp(cs, "show") != 0, "\"show\" after \"TV\" is no cue");
      free(cs);
    }
  }
  lede_article_free(a);
}

/* "answers", "replies" and "reasoning" are cues: a paragraph with its own
 * "..., Dane answers." is Dane's, not a continuation of the one before. */
Test(speakers, answers_replies_reasoning) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "The vote was near.\n\n"
      "\"Can you name one thing the council did?\" he asks.\n\n"
      "\"I can point to only two things,\" Dane answers.\n\n"
      "\"The pools are open,\" Lee replies.\n\n"
      "\"He was born in Salem,\" the board said, reasoning that Dane met the "
      "criteria because he \"did not have to take any steps.\"\n");
  t_said(a, "I can point", "Dane", "answers");
  t_said(a, "The pools are open", "Lee", "replies");
  s_check(a, "Dane met the criteria", "the board", "reasoning",
          LEDE_QUOTE_MIXED);
  lede_article_free(a);
}

/* An interview printed as a transcript: each labelled paragraph is its
 * speaker's turn; a lone label ("Update:") is no speaker. */
Test(speakers, transcript_turns) {
  lede_article *a = t_parse(
      "The mayor on the pools\n\n"
      "We spoke with the mayor on Monday.\n\n"
      "Q: How did the vote go for you?\n\n"
      "A: I came home from the hall and the levy had passed. I knew what "
      "that meant.\n\n"
      "DANE: Well, I think the whole city needs to swim together.\n\n"
      "Q: What comes next?\n\n"
      "DANE: We open the pools in June and keep them open.\n\n"
      "Update: The pools open on June 3 this year.\n");
  size_t k = s_check(a, "How did the vote go", "Q", ":", LEDE_QUOTE_INDIRECT);
  k = t_said(a, "Well, I think the whole city", "DANE", ":");
  cr_assert_eq(lede_quote_parent(a, k), LEDE_NONE);
  t_said(a, "We open the pools in June", "DANE", ":");
  /* "A:" and "Update:" label one paragraph each: no turns. */
  cr_assert_lt(t_find(a, "I came home from the hall"), 0);
  cr_assert_lt(t_find(a, "The pools open on June 3"), 0);
  lede_article_free(a);
}

/* "A:" labels a turn only where another letter, "Q:", asks: answers
 * after questions run into the letter ("QWhat comes next?") are read
 * for the reports inside them, with no "A" speaking. */
Test(speakers, letter_turns_need_the_other_side) {
  lede_article *a = t_parse(
      "The mayor on the pools\n\n"
      "We spoke with the mayor on Monday.\n\n"
      "QHow did the vote go for you?\n\n"
      "A: Well, I think the levy had to pass. The city needs its pools.\n\n"
      "QWhat comes next?\n\n"
      "A: Yes, we believe the pools will open in June this year.\n");
  cr_assert_lt(t_find(a, "Well, I think the levy"), 0);
  cr_assert_lt(t_find(a, "Yes, we believe"), 0);
  t_said(a, "the levy had to pass", "I", "think");
  lede_article_free(a);
  a = t_parse(
      "The mayor on the pools\n\n"
      "Q: How did the vote go for you?\n\n"
      "A: Well, I think the levy had to pass.\n\n"
      "Q: What comes next?\n\n"
      "A: We open the pools in June.\n");
  t_said(a, "Well, I think the levy", "A", ":");
  t_said(a, "We open the pools in June", "A", ":");
  lede_article_free(a);
}

/* "thought for a moment and said": the first verb reports nothing; after
 * an opener of time closed by its comma, the content runs on past a
 * comma of its own to the quotation. */
Test(speakers, pause_then_cue_after_a_closed_opener) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "The vote was near.\n\n"
      "When told the mayor was in the race, Dane thought for a moment and "
      "said that in the current climate, \"I think it is an advantage not "
      "to be a celebrity.\"\n\n"
      "Lee paused briefly and added that the pools would \"stay open.\"\n");
  size_t k = s_check(a, "in the current climate", "Dane", "said",
                     LEDE_QUOTE_MIXED);
  lede_span c = lede_quote_span(a, k);
  t_assert_span(a, c, "in the current climate, \"I think it is an advantage "
                "not to be a celebrity.\"");
  cr_assert_lt(t_find(a, "for a moment"), 0);
  t_said(a, "the pools would", "Lee", "added");
  cr_assert_lt(t_find(a, "briefly"), 0);
  lede_article_free(a);
}

/* "Lee started out the debate saying": the phrase before the participle
 * is the verb's object; the subject speaks. */
Test(speakers, subject_of_a_verb_before_its_object_and_a_participle) {
  lede_article *a = t_parse(
      "Debate\n\n"
      "The debate ran late.\n\n"
      "Dane started out their ninth debate saying \"of course\" Lee has the "
      "votes.\n\n"
      "Marchers carried signs saying the pools must stay open.\n");
  s_check(a, "\"of course\" Lee has", "Dane", "saying", LEDE_QUOTE_MIXED);
  t_said(a, "the pools must stay open", "Marchers", "saying");
  lede_article_free(a);
}

/* "spent much of his own speech praising", "have spent $2 million since
 * March attacking", "a campaign that has spent May defending", "Otter,
 * who spent an hour talking about": the time or money spent is no
 * speaker; its spender is. */
Test(speakers, spender_of_time_or_money_speaks) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The levy goes to voters in May.\n\n"
      "Two unions have spent $2 million since March attacking Lee.\n\n"
      "The senator spent much of his own speech praising the candidate.\n\n"
      "Lee let Dane speak first, and then, flanked by aides, he spent much "
      "of his own speech praising the mayor, who is running again.\n\n"
      "It was a change for a campaign that has spent much of the month of "
      "May defending itself.\n\n"
      "Lee was represented by Ann Otter, who spent more time talking about "
      "the West than about Lee.\n");
  t_said(a, "Lee", "Two unions", "attacking");
  t_said(a, "the candidate", "The senator", "praising");
  t_said(a, "the mayor", "he", "praising");
  t_said(a, "itself", "a campaign", "defending");
  t_said(a, "the West", "Ann Otter, who", "talking about");
  lede_article_free(a);
}

/* "called on ... and said ...": a second predicate in an irregular past
 * ends the first report's content. */
Test(speakers, second_predicate_in_an_irregular_past) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "The vote was near.\n\n"
      "Lee called on the agency to conduct an \"expedited review\" of the "
      "pools and said the mayor should act.\n");
  size_t k = t_said(a, "the agency to conduct", "Lee", "called on");
  t_assert_span(a, lede_quote_span(a, k),
                "the agency to conduct an \"expedited review\" of the pools");
  t_said(a, "the mayor should act", "Lee", "said");
  lede_article_free(a);
}

/* A noun phrase set on the whole reported clause at its end is the
 * writer's comment, not the speaker's words; one between commas inside
 * the clause stays in it. */
Test(speakers, trailing_comment_on_the_clause) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "The vote was near.\n\n"
      "Lee said that some families would pay \"slightly more\" in fees, an "
      "acknowledgment that aides quickly trumpeted online.\n\n"
      "Dane said the plan, a costly one, would \"fail badly.\"\n");
  size_t k = t_said(a, "some families", "Lee", "said");
  t_assert_span(a, lede_quote_span(a, k),
                "some families would pay \"slightly more\" in fees");
  k = t_said(a, "the plan, a costly one", "Dane", "said");
  t_assert_span(a, lede_quote_span(a, k),
                "the plan, a costly one, would \"fail badly.\"");
  lede_article_free(a);
}

/* The adjunct after a cue runs to its head, even a head that could be a
 * cue ("after the vote") or one after a possessive ("the mayor's aides"). */
Test(speakers, adjunct_heads_that_look_like_cues_or_follow_a_possessive) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "The vote was near.\n\n"
      "Lee said after the vote that the plan was dead.\n\n"
      "Dane told the mayor's aides that the pools would close.\n\n"
      "The \"plan is dead,\" Ann Lee wrote after the vote.\n");
  t_said(a, "the plan was dead", "Lee", "said");
  t_said(a, "the pools would close", "Dane", "told");
  s_check(a, "The \"plan is dead,\"", "Ann Lee", "wrote", LEDE_QUOTE_MIXED);
  cr_assert_lt(t_find(a, "vote that"), 0);
  cr_assert_lt(t_find(a, "'s aides"), 0);
  lede_article_free(a);
}

/* "“...?” a reporter can be heard asking": the auxiliaries before a cue
 * in -ing after the quotation. */
Test(speakers, heard_asking_after_a_question) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "The vote was near.\n\n"
      "\"Should there be a pool in every town?\" a reporter can be heard "
      "asking Lee after an event.\n");
  s_check(a, "Should there be a pool", "a reporter", "asking",
          LEDE_QUOTE_DIRECT);
  cr_assert_lt(t_find(a, "Lee after an event"), 0);
  lede_article_free(a);
}

/* A title after "titled": quoted as its maker named it, the subject of
 * the verb whose object the work is; with no such verb, no one. */
Test(speakers, titled_works) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "The vote was near.\n\n"
      "On Monday night, Ann Lee released a memo titled \"The Facts on the "
      "Pools.\"\n\n"
      "Titled \"A Very Pool Summer,\" the ad shows children swimming.\n");
  s_check(a, "The Facts on the Pools.", "Ann Lee", "titled", LEDE_QUOTE_DIRECT);
  long t = t_find(a, "A Very Pool Summer");
  cr_assert_geq(t, 0);
  lede_span s;
  cr_assert(!lede_quote_speaker(a, (size_t)t, &s), "no one named the ad");
  cr_assert(lede_quote_cue(a, (size_t)t, &s));
  t_assert_span(a, s, "Titled");
  cr_assert_eq(lede_quote_cue_class(a, (size_t)t), LEDE_CUE_OTHER);
  lede_article_free(a);
}

/* "a message that said, “...”": the relative pronoun's antecedent speaks
 * through it. */
Test(speakers, relative_that_with_its_antecedent) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "The vote was near.\n\n"
      "The listing was replaced by a message that said, \"Sorry, the pool "
      "is closed.\"\n\n"
      "They passed out water bottles that said, \"Welcome to the games.\"\n");
  s_check(a, "Sorry, the pool", "a message that", "said", LEDE_QUOTE_DIRECT);
  t_said(a, "Welcome to the games", "water bottles that", "said");
  lede_article_free(a);
}

/* ", which ..." ends a report unless the speaker's own quoted words come
 * later in that clause. */
Test(speakers, which_clause_holding_the_quoted_words) {
  lede_article *a = t_parse(
      "Pools\n\n"
      "The vote was near.\n\n"
      "She added that most voters seem more against Dane than for Lee, "
      "which is a problem because, \"In the end, we do not vote against "
      "somebody.\"\n");
  s_check(a, "most voters seem", "She", "added", LEDE_QUOTE_MIXED);
  lede_article_free(a);
}

/* A subject with a relative clause between it and the cue speaks: the
 * words after the cue are its content, even when the clause ends on a
 * quoted word whose comma sits inside the closing mark. */
Test(speakers, relative_clause_between_subject_and_cue) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "The mayor, who backs the levy, said the pools would close.\n\n"
      "Ann Berg, who calls the plan a \"farce,\" said she would vote no.\n\n"
      "The delegate, who backs Cole, warned of a long fight ahead.\n");
  t_said(a, "the pools would close", "The mayor, who backs the levy",
         "said");
  t_said(a, "she would vote no", "Ann Berg", "said");
  t_said(a, "of a long fight", "The delegate, who backs Cole", "warned");
  cr_assert_lt(t_find(a, "The mayor"), 0);
  cr_assert_lt(t_find(a, "Ann Berg"), 0);
  lede_article_free(a);
}

/* Indefinite pronouns speak, after a focusing word too ("Not everyone
 * agrees", "almost everyone says", "another says"). */
Test(speakers, indefinite_pronoun_subjects) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "Not everyone is convinced the levy will pass.\n\n"
      "While almost everyone agrees the pools are old, some critics fear "
      "the cost.\n");
  t_said(a, "the levy will pass", "everyone", "convinced");
  t_said(a, "the pools are old", "almost everyone", "agrees");
  t_said(a, "the cost", "some critics", "fear");
  lede_article_free(a);
}

/* "Asked by reporters whether ...": the agent of "asked" is the one who
 * asks; a clause of time before a cue with nothing after it ("When Lee
 * asked ..., the firm declined.") is no content of that cue. */
Test(speakers, asker_named_by_by_and_time_clause_no_content) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "Asked by reporters whether the pools would close, the mayor laughed."
      "\n\n"
      "When asked directly by The Ledger if they were involved, neither firm "
      "responded.\n\n"
      "When Lee asked about the plan, the company declined.\n");
  t_said(a, "whether the pools", "reporters", "Asked");
  t_said(a, "if they were involved", "The Ledger", "asked");
  t_said(a, "about the plan", "Lee", "asked");
  cr_assert_lt(t_find(a, "When"), 0);
  lede_article_free(a);
}

/* A relative pronoun a few words before the cue is its subject, past a
 * time phrase, a prepositional phrase or a first predicate of the
 * relative clause; the antecedent speaks through it, not the sentence's
 * subject or the phrase before the cue. */
Test(speakers, relative_pronoun_subject_past_adjuncts) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "The plan has won over Ann Weber, who came out and endorsed the mayor "
      "on Tuesday.\n\n"
      "Senator Cole, who last year threatened to close the pools, spoke "
      "first.\n\n"
      "Dane, who through his office declined to comment, was born in Ohio."
      "\n\n"
      "The study -- which notes that the pools lose money -- came out in "
      "May.\n\n"
      "The levy, which Cole called a \"disaster,\" passed.\n");
  t_said(a, "the mayor", "Ann Weber, who", "endorsed");
  t_said(a, "to close the pools", "Senator Cole, who", "threatened");
  t_said(a, "to comment", "Dane, who", "declined");
  t_said(a, "the pools lose money", "The study -- which", "notes");
  lede_span s;
  long k = t_find(a, "a \"disaster");
  cr_assert_geq(k, 0);
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "Cole");
  lede_article_free(a);
}

/* "Ewing said A, but said B": two reports by one subject; the first
 * ends before "but", and a name in -ing before its cue is a name, not a
 * participle opening the sentence. */
Test(speakers, second_predicate_cuts_the_first_report) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "Ewing said the budget was sound, but said the schedule would slip."
      "\n\n"
      "Holding signs, the protesters chanted that the levy was a fraud.\n");
  size_t k = t_said(a, "the budget was sound", "Ewing", "said");
  char *c = t_str(a, lede_quote_span(a, k));
  cr_assert_null(strstr(c, "schedule"), "one report: \"%s\"", c);
  free(c);
  t_said(a, "the schedule would slip", "Ewing", "said");
  t_said(a, "the levy was a fraud", "the protesters", "chanted");
  lede_article_free(a);
}

/* A clause opened by a conjunction ("after", "as", "while") has its own
 * subject between the conjunction and the cue, not the main clause's;
 * "such as" opens none. */
Test(speakers, subject_after_a_conjunction) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "Many fear the worst, while nine in 10 said they expect the levy to "
      "fail.\n\n"
      "The mayor smiled, while the clerk warned that the count would be "
      "late.\n");
  t_said(a, "they expect the levy", "nine in 10", "said");
  t_said(a, "the count would be late", "the clerk", "warned");
  lede_article_free(a);
}

/* A participle in an adjunct that opens the sentence ("Besides
 * attacking", "Instead of calling", "Since announcing") is said by the
 * main clause's subject after the comma, not by the opening word. */
Test(speakers, participle_in_an_opening_adjunct) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "Besides attacking the treasurer, Mayor Ruth Dane said the levy was "
      "dead.\n\n"
      "Instead of calling the vote a defeat, Cole argued that it was a "
      "draw.\n\n"
      "A week after announcing that she would run, Ann Lee still "
      "believes that the count was fair.\n");
  t_said(a, "the treasurer", "Mayor Ruth Dane", "attacking");
  t_said(a, "the vote a defeat", "Cole", "calling");
  t_said(a, "it was a draw", "Cole", "argued");
  t_said(a, "she would run", "Ann Lee", "announcing");
  t_said(a, "the count was fair", "Ann Lee", "believes");
  lede_article_free(a);
}

/* "starts talking about", "has lately kept saying": a verb of starting
 * or keeping on before the cue leaves its subject the speaker. */
Test(speakers, subject_past_a_verb_of_starting_or_keeping) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "Pressed about the audit, Ewing just starts talking about the "
      "weather.\n\n"
      "Perhaps not by chance, the mayor has lately kept saying that the "
      "pools would stay open.\n");
  t_said(a, "the weather", "Ewing", "talking about");
  t_said(a, "the pools would stay open", "the mayor", "saying");
  lede_article_free(a);
}

/* "There were emails showing that ...": what the sentence says exists
 * is the source; and the issuer of "a statement saying" is found after
 * an opening clause that holds verbs of its own. */
Test(speakers, existential_source_and_issuer_after_an_opener) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "There were also emails that week showing that the clerk knew of "
      "the shortfall.\n\n"
      "After the auditor released a report on Friday describing the gap, "
      "Marsh issued a statement calling the audit \"a hatchet job.\"\n");
  t_said(a, "the clerk knew", "emails that week", "showing");
  t_said(a, "the audit", "Marsh", "calling");
  lede_article_free(a);
}

/* "It's worth noting that ...", "it is clear that ...": the "it" stands
 * for what follows and names nobody; "that Lee during a visit thanked":
 * the name before an adjunct speaks, not the sentence's "it". */
Test(speakers, it_of_what_follows_and_name_before_an_adjunct) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "It's worth noting that the levy failed twice before.\n\n"
      "It has grown so loud that Dane during a visit thanked its members "
      "for \"their patience.\"\n");
  long k = t_find(a, "the levy failed twice");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert_not(lede_quote_speaker(a, (size_t)k, &s));
  t_said(a, "its members", "Dane", "thanked");
  lede_article_free(a);
}

/* "Her fundraising email to supporters notes": the email speaks, with
 * its modifiers; "one of the family's lawyers, Ann Lee, said": the part
 * of a group speaks, past an opener. */
Test(speakers, document_with_modifiers_and_one_of_a_group) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "Dane's fundraising email to her supporters notes that the levy is "
      "\"a tax on hope.\"\n\n"
      "In a statement, one of the family's lawyers, Ann Lee, said the "
      "video shows the officer leaving his car.\n");
  t_said(a, "the levy is", "Dane's fundraising email to her supporters",
         "notes");
  t_said(a, "the video shows", "one of the family's lawyers, Ann Lee",
         "said");
  lede_article_free(a);
}

/* "told the Post before he spoke that ...": the listener's adjunct
 * holds a clause of its own; the report starts after "that". An object
 * with no verb ends before ", but the council is ...": that clause is
 * the writer's. */
Test(speakers, told_past_an_adjunct_clause_and_object_before_a_new_clause) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "Cole told the Gazette before he spoke to the board that he believed "
      "the levy would pass.\n\n"
      "Dane talks about a fair deal, but the council is deeply divided "
      "over the levy.\n");
  t_said(a, "he believed the levy would pass", "Cole", "told");
  size_t k = t_said(a, "a fair deal", "Dane", "talks about");
  t_assert_span(a, lede_quote_span(a, k), "a fair deal");
  lede_article_free(a);
}

/* Relative pronouns as subjects: joined to an earlier relative clause
 * ("whose ... but who suggested"), after a typed dash, after a count
 * ("18% who say"), in a progressive ("who has been hoping") and shared
 * by two predicates ("who marched and called for"): the antecedent
 * speaks through the pronoun. */
Test(speakers, relative_pronoun_subjects_of_joined_clauses) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "The list includes Ann Lee, a donor whose firm paid for the ads but "
      "who suggested that the levy could fail.\n\n"
      "It might sound odd to economists -- who believe in taxing "
      "polluters -- but the plan pays them.\n\n"
      "The poll found 18% who say they would stay home.\n\n"
      "Cole, who lost in 2010 and who has been hoping to run again, "
      "stayed home.\n\n"
      "The video angered the crowd here, who marched to the hall and "
      "called for the footage to be released.\n");
  t_said(a, "the levy could fail",
         "a donor whose firm paid for the ads but who", "suggested");
  t_said(a, "in taxing polluters", "economists -- who", "believe");
  t_said(a, "they would stay home", "18% who", "say");
  t_said(a, "to run again", "Cole, who lost in 2010 and who", "hoping");
  t_said(a, "the footage to be released", "the crowd here, who",
         "called for");
  lede_article_free(a);
}

/* "early ratings data suggests", "some who favor the levy argue": a
 * bare mass noun of evidence and a quantifier heading a relative clause
 * are speakers. */
Test(speakers, bare_evidence_noun_and_quantifier_with_relative) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "But ratings data suggests that the levy ad reached few voters.\n\n"
      "Still, some who favor the levy argue that the rate is too high.\n");
  t_said(a, "the levy ad reached", "ratings data", "suggests");
  t_said(a, "the rate is too high", "some", "argue");
  lede_article_free(a);
}

/* A time adjunct between the subject and its verb ("Lee a month later
 * announced", "has for weeks been confident") is not the speaker; in
 * "which even critics say" the clause has its own subject; "who he
 * accused of" is active: "he" accuses. */
Test(speakers, time_adjunct_relative_object_and_active_accused) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "When Ewing a month later announced 60 layoffs, the staff was "
      "stunned.\n\n"
      "The auditors have for weeks been confident that the books were "
      "cooked.\n\n"
      "She gave a speech in June, which even critics say was her best.\n\n"
      "He blamed the board, which he accused of hiding the losses.\n");
  t_said(a, "60 layoffs", "Ewing", "announced");
  t_said(a, "the books were cooked", "The auditors", "confident");
  long k = t_find(a, "of hiding the losses");
  cr_assert_geq(k, 0);
  lede_span s;
  cr_assert(lede_quote_speaker(a, (size_t)k, &s));
  t_assert_span(a, s, "he");
  size_t i;
  for (i = 0; i < lede_quote_count(a); i++) {
    lede_span c;
    if (lede_quote_cue(a, i, &c)) {
      char *cs = t_str(a, c);
      int say = strcmp(cs, "say") == 0;
      free(cs);
      if (say) break;
    }
  }
  cr_assert_lt(i, lede_quote_count(a), "no quote under \"say\"");
  cr_assert(lede_quote_speaker(a, i, &s));
  t_assert_span(a, s, "critics");
  lede_article_free(a);
}

/* "He is best known for ..." reports nothing by anyone: a passive
 * "known" has no speaker; "said little" is an amount of talk, not a
 * statement, while "said nothing happened" reports a clause. */
Test(speakers, known_for_and_said_little) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "He is best known for his work on the harbor board.\n\n"
      "Voters who favor the levy said little.\n\n"
      "Everybody said nothing happened at the meeting.\n");
  long k = t_find(a, "for his work");
  if (k >= 0) {
    lede_span s;
    cr_assert_not(lede_quote_speaker(a, (size_t)k, &s));
  }
  cr_assert_lt(t_find(a, "little"), 0);
  t_said(a, "nothing happened", "Everybody", "said");
  lede_article_free(a);
}

/* "- “...,” she said - and urged ...": an aside's cue ends at its
 * closing dash; the words after it go on with the sentence and are not
 * what "she said". */
Test(speakers, aside_cue_closes_at_its_dash) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "Dane called the levy unfair - \"We need the details,\" she said - "
      "and urged the council to wait.\n");
  cr_assert_lt(t_find(a, "-"), 0);
  t_said(a, "to wait", "Dane", "urged");
  lede_article_free(a);
}

/* "no one knows", "but instead focuses on": "no one" is a speaker
 * phrase, and "instead" stands between a second predicate's "but" and
 * its verb. */
Test(speakers, no_one_and_but_instead) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The council met on Monday.\n\n"
      "The vote is two months away, and no one knows what the levy will "
      "cost.\n\n"
      "The mayor said little on Monday but instead talked about the "
      "harbor.\n");
  t_said(a, "what the levy will cost", "no one", "knows");
  t_said(a, "the harbor", "The mayor", "talked about");
  lede_article_free(a);
}

/* "“reckless,” denounced its cost and said": a verb after the closing
 * mark whose phrase goes on to a second verb of the same subject is no
 * inverted cue; its object does not speak. A relative clause after an
 * inverted speaker is that speaker's own. */
Test(speakers, object_before_a_second_predicate_is_no_inverted_speaker) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The board met on Monday.\n\n"
      "The mayor called the plan \u201creckless,\u201d denounced its cost to "
      "the county and said the levy should wait.\n\n"
      "\u201cWe will not wait,\u201d said Ann Lee, who chairs the board and "
      "voted against the levy.\n");
  t_said(a, "the levy should wait", "The mayor", "said");
  s_check(a, "We will not wait", "Ann Lee", "said", LEDE_QUOTE_DIRECT);
  const char *text = lede_text(a, NULL);
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    lede_span s;
    if (lede_quote_speaker(a, i, &s))
      cr_assert(strncmp(text + s.start, "its cost", 8) != 0);
  }
  lede_article_free(a);
}

/* "said the levy was “too big” and she feels ...": a clause of thought
 * joined after a quoted word is still what was said. */
Test(speakers, thought_clause_joined_after_a_quoted_word) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The board met on Monday.\n\n"
      "Dane said the levy was \u201ctoo big\u201d and she feels the board can "
      "find a smaller one.\n");
  size_t k = s_check(a, "the levy was", "Dane", "said", LEDE_QUOTE_MIXED);
  t_assert_span(a, lede_quote_span(a, k),
                "the levy was \u201ctoo big\u201d and she feels the board can "
                "find a smaller one");
  long j = t_find(a, "the board can");
  cr_assert(j < 0 || lede_quote_parent(a, (size_t)j) == k);
  lede_article_free(a);
}

/* "Dane — named ... as the likely pick — told Ann Lee of the Star that":
 * the dash before the cue closes an aside on the subject, so the verb is
 * not inverted and its listener does not speak, however long the aside. */
Test(speakers, long_aside_between_dashes_before_a_tell_verb) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The board met on Monday.\n\n"
      "Dane \u2014 named by the Courier as the likely pick for county "
      "treasurer next year \u2014 told Ann Lee of the Daily Star that the "
      "levy would pass.\n");
  t_said(a, "the levy would pass",
         "Dane \u2014 named by the Courier as the likely pick for county "
         "treasurer next year", "told");
  lede_article_free(a);
}

/* "On Monday, when I asked if ..., Dane looked away": a cue in an
 * adverbial clause opened after a comma reports up to the comma that
 * closes the clause; the main clause after it is the writer's. */
Test(speakers, cue_in_an_adverbial_clause_mid_sentence) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The vote was close.\n\n"
      "On Monday, when I asked if he would back the levy, Dane looked away "
      "and left the room.\n\n"
      "Later, after the clerk announced the result, Lee said the pools "
      "would stay open.\n");
  size_t k = t_said(a, "if he would back the levy", "I", "asked");
  t_assert_span(a, lede_quote_span(a, k), "if he would back the levy");
  t_said(a, "the pools would stay open", "Lee", "said");
  lede_article_free(a);
}

/* "“Why?” Dane said about the race": after the cue of a quotation, what
 * was spoken about is no reported content; the quotation is Dane's. */
Test(speakers, topic_after_the_cue_of_a_quotation) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The vote was close.\n\n"
      "\u201cWhy would anyone want the job?\u201d Dane said about the race "
      "for county treasurer.\n\n"
      "\u201cIt was a fair count,\u201d Lee said of the recount in the third "
      "ward.\n");
  s_check(a, "Why would anyone want", "Dane", "said", LEDE_QUOTE_DIRECT);
  s_check(a, "It was a fair count", "Lee", "said", LEDE_QUOTE_DIRECT);
  cr_assert_lt(t_find(a, "about the race"), 0);
  cr_assert_lt(t_find(a, "of the recount"), 0);
  lede_article_free(a);
}

/* "James A. Baker": an initial that is also an article does not cut the
 * name, read left or right. */
Test(speakers, initial_a_inside_a_name) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The vote was close.\n\n"
      "\u201cWe will open the pools,\u201d Parks Director Ruth A. Dane wrote "
      "in a letter on Tuesday.\n\n"
      "Treasurer Tom A. Lee said the levy would pass.\n");
  s_check(a, "We will open the pools", "Parks Director Ruth A. Dane",
          "wrote in a letter", LEDE_QUOTE_DIRECT);
  t_said(a, "the levy would pass", "Treasurer Tom A. Lee", "said");
  lede_article_free(a);
}

/* "“...,” reads an editorial in the Star.": after a quotation closing on
 * a comma, a verb in -s and then its subject attribute it, listed cue or
 * not. */
Test(speakers, inverted_verb_in_s_after_a_quotation) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The vote was close.\n\n"
      "\u201cThe levy is a bad bet for the county,\u201d reads an editorial "
      "in the Daily Star.\n\n"
      "\u201cPlease stay seated during the count,\u201d begins a recorded "
      "message that plays before every meeting.\n");
  s_check(a, "The levy is a bad bet", "an editorial", "reads",
          LEDE_QUOTE_DIRECT);
  s_check(a, "Please stay seated", "a recorded message", "begins",
          LEDE_QUOTE_DIRECT);
  lede_article_free(a);
}

/* "It is unclear whether Dane knew ...": a question the writer leaves
 * open asserts no one's knowing; the report has no speaker. One asked
 * by a speaker ("Lee knows whether Dane said ...") keeps its own. */
Test(speakers, open_question_names_no_speaker) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The vote was close.\n\n"
      "It is unclear whether Dane knew that the levy had failed.\n\n"
      "It is hard to know where voters will decide to put their money.\n\n"
      "Lee knows whether Dane said that the levy failed.\n");
  lede_span s;
  long k = t_find(a, "the levy had failed");
  cr_assert(k >= 0, "no quote");
  cr_assert(!lede_quote_speaker(a, (size_t)k, &s));
  k = t_find(a, "to put their money");
  cr_assert(k >= 0, "no quote");
  cr_assert(!lede_quote_speaker(a, (size_t)k, &s));
  t_said(a, "the levy failed", "Dane", "said");
  lede_article_free(a);
}

/* "dismissed critics who called the levy a tax grab": a relative clause
 * on the object, with no comma before it, is part of what was dismissed;
 * the critics' own report is nested in it. */
Test(speakers, relative_clause_on_the_object_stays_in_it) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The vote was close.\n\n"
      "Dane dismissed critics who called the levy a tax grab.\n");
  size_t k = t_said(a, "critics who called", "Dane", "dismissed");
  t_assert_span(a, lede_quote_span(a, k),
                "critics who called the levy a tax grab");
  long j = t_find(a, "the levy a tax grab");
  cr_assert(j < 0 || lede_quote_parent(a, (size_t)j) == k);
  lede_article_free(a);
}

/* "she’s tacked to the left, criticizing ...": after a pronoun "’s" is
 * "has", so "tacked" is the clause's verb and its subject criticizes,
 * not the possessive phrase opening the sentence. */
Test(speakers, participle_after_a_contracted_has) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Since Lee\xe2\x80\x99s memo backing the levy in May, she\xe2\x80\x99s "
      "tacked to the left on taxes, criticizing the pipeline.\n");
  t_said(a, "the pipeline", "she", "criticizing");
  lede_article_free(a);
}

/* "It was at the hall that Lee spoke, pointing to ...": in a cleft the
 * clause after "that" has the subject of the participle, not "It". */
Test(speakers, participle_in_a_cleft_sentence) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "It was at the town hall that Lee delivered her speech, pointing to "
      "the rising cost of fuel.\n");
  t_said(a, "the rising cost of fuel", "Lee", "pointing to");
  lede_article_free(a);
}

/* "Arriving at the scene, officers began ..., believing ...": a bare
 * plural (or "police") is a subject too; the participle is theirs, not
 * the opener's. */
Test(speakers, bare_plural_subject_of_a_participle) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Arriving at the scene, officers began searching for the driver, "
      "believing he had fled.\n");
  t_said(a, "he had fled", "officers", "believing");
  lede_article_free(a);
}

/* "Reyes took the stage, then said ...": "then" after a comma joins a
 * second predicate of the sentence's subject, as "and" does. */
Test(speakers, then_after_a_comma_joins_a_predicate) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Reyes thanked the volunteers at the depot, then says she will "
      "fight the levy to the end.\n");
  t_said(a, "she will fight", "Reyes", "says");
  lede_article_free(a);
}

/* "..., the mayor told her.": "her" closing the sentence is the
 * listener, no possessive; the content is the clause before. */
Test(speakers, object_pronoun_after_told_is_the_listener) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Her brother, Tom Park, was safe and would be home by Sunday, the "
      "mayor told her.\n");
  t_said(a, "Her brother, Tom Park, was safe", "the mayor", "told");
  lede_article_free(a);
}

/* "But critics, including Lee, argue ...": a lower-case subject after
 * an opener speaks with the aside that names some of it. */
Test(speakers, lower_case_subject_with_an_including_aside) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "But farmers, including Ann Berg, argue that the levy will close "
      "the mill.\n");
  t_said(a, "the levy will close", "farmers, including Ann Berg", "argue");
  lede_article_free(a);
}

/* "Those over 60 say ...", "four in 10 who said they ...": a group
 * bounded by an age, and a count heading a relative clause, speak; the
 * content keeps its own subject and verb. */
Test(speakers, groups_counted_or_bounded_by_age) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Those under 30 say they back the levy by a wide margin.\n\n"
      "Half backed the mill, against three in 10 who said they wanted "
      "the pool.\n");
  t_said(a, "they back the levy", "Those under 30", "say");
  size_t k = t_said(a, "they wanted the pool", "three in 10 who", "said");
  lede_span s = lede_quote_span(a, k);
  t_assert_span(a, s, "they wanted the pool");
  lede_article_free(a);
}

/* "Instead, Will called for ...", "which Will claims ...": inside a
 * sentence a capitalized "Will" before a verb in -ed or -s is a name,
 * not the modal. */
Test(speakers, will_as_a_name) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Instead, Will called for voters to reject the levy.\n\n"
      "Lee praised the plan, which Will claims saved the town.\n\n"
      "The columnist George Will described the levy as a \"tax on "
      "farmers.\"\n");
  t_said(a, "voters to reject", "Will", "called for");
  t_said(a, "saved the town", "Will", "claims");
  t_said(a, "the levy as", "The columnist George Will", "described");
  lede_article_free(a);
}

/* "memos now deemed secret", "Lee resigned, a move partly intended as
 * ...": a passive participle after its noun reports what is judged, by
 * no one named; "deem" takes its object before the complement, and a
 * phrase in apposition to a clause is no subject. The active verb keeps
 * its subject. */
Test(speakers, reduced_passive_after_its_noun_names_no_speaker) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The new batch holds 40 memos now deemed secret by the board.\n\n"
      "The clerk resigned on Monday, a step partly intended as a warning to "
      "the council.\n\n"
      "The board released some memos it deemed harmless.\n");
  lede_span s;
  long k = t_find(a, "secret");
  cr_assert(k >= 0, "no quote");
  cr_assert(!lede_quote_speaker(a, (size_t)k, &s));
  k = t_find(a, "as a warning");
  cr_assert(k >= 0, "no quote");
  cr_assert(!lede_quote_speaker(a, (size_t)k, &s));
  t_said(a, "harmless", "it", "deemed");
  lede_article_free(a);
}

/* "to make sure everyone knows ...": a pronoun such as "everyone" is a
 * whole speaker phrase (with an adverb of degree at most), not the tail
 * of the words before it. */
Test(speakers, indefinite_pronoun_is_a_whole_phrase) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The clerk wants to make sure everybody knows why the levy failed.\n\n"
      "The board made sure almost everyone understood that the pool "
      "would stay.\n");
  t_said(a, "why the levy failed", "everybody", "knows");
  t_said(a, "the pool would stay", "almost everyone", "understood");
  lede_article_free(a);
}

/* "Park, who has said he doesn't support ...": the content of a relative
 * clause's report opens with a pronoun, whose own verb (past its
 * auxiliaries) is no verb of the antecedent ending the content. */
Test(speakers, pronoun_opening_a_relative_report_keeps_its_verb) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The clerk sided with Dane, who has said she does not support "
      "raising the levy.\n");
  size_t k = t_said(a, "she does not support", "Dane, who", "said");
  t_assert_span(a, lede_quote_span(a, k),
                "she does not support raising the levy");
  lede_article_free(a);
}

/* "according to him": an object pronoun is the source, and refers to
 * the person named before, as "he" would; "according to her “clawback”
 * plan" keeps the plan. */
Test(speakers, according_to_an_object_pronoun) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "Mayor Tom Reyes spoke on Monday. The levy will cost the pool its "
      "summer hours, according to him.\n\n"
      "According to her, the clerk never saw the ballots.\n");
  size_t k = t_said(a, "The levy will cost", "him", "according to");
  lede_span s;
  cr_assert(lede_quote_speaker_ref(a, k, &s));
  t_assert_span(a, s, "Tom Reyes");
  t_said(a, "the clerk never saw", "her", "According to");
  lede_article_free(a);
}

/* "Aides say that the mayor has revealed nothing": the phrase before
 * "revealed" is not read back across "say that"; the mayor speaks, and
 * the report is nested in the aides'. An aside in the phrase ("Lee,
 * recalling the talks, said") stays part of it. */
Test(speakers, speaker_not_read_across_another_cue) {
  lede_article *a = t_parse(
      "Port\n\n"
      "Officials briefed on the plan say that Mayor Ruth Dane, who must make "
      "the final decision, has revealed almost nothing about her plans.\n\n"
      "Though the council kept quiet, all signs pointed to Tom Reyes "
      "endorsing Dane on Friday.\n\n"
      "Mr. Reyes, recalling his talks with the mayor, described himself as "
      "her closest ally.\n");
  size_t k = s_check(a, "Mayor Ruth Dane", "Officials briefed",
                     "say", LEDE_QUOTE_INDIRECT);
  size_t j = s_check(a, "almost nothing",
                     "Mayor Ruth Dane, who must make the final decision",
                     "revealed", LEDE_QUOTE_INDIRECT);
  cr_assert_eq(lede_quote_parent(a, j), k);
  t_said(a, "Dane", "Tom Reyes", "endorsing");
  t_said(a, "himself as", "Mr. Reyes, recalling his talks with the mayor",
         "described");
  lede_article_free(a);
}

/* "Overall, the shops said": an adverb opening the sentence before a
 * comma is no speaker; the subject after it is, and with none after it
 * ("Seriously, please ask ...") the report has no speaker. */
Test(speakers, opening_adverb_is_no_speaker) {
  lede_article *a = t_parse(
      "Sales\n\n"
      "Overall, the remaining shops in Dayton said they had a good "
      "year.\n\n"
      "Seriously, please ask yourself that question.\n");
  t_said(a, "they had a good year", "the remaining shops", "said");
  long k = t_find(a, "yourself");
  cr_assert(k < 0 || !lede_quote_speaker(a, (size_t)k, NULL));
  lede_article_free(a);
}

/* "“A,” said Lee, who backs the plan. “B.”": a relative clause describing
 * a split quote's speaker, between its pieces, is no statement of its
 * own: nested in the quote it describes the speaker of. */
Test(speakers, speaker_clause_between_pieces_is_nested) {
  lede_article *a = t_parse(
      "Seats\n\n"
      "“They might have been able to stop it. So I think the rule matters,” "
      "said Sen. Dana Reyes of Ohio, who supports ending half the appointed "
      "seats. “If it ends badly, they will try to fix it.”\n");
  size_t k = s_check(a, "They might", "Sen. Dana Reyes of Ohio", "said",
                     LEDE_QUOTE_DIRECT);
  cr_assert_eq(lede_quote_fragment_count(a, k), 2);
  long j = t_find(a, "ending half");
  cr_assert(j < 0 || lede_quote_parent(a, (size_t)j) == k);
  lede_article_free(a);
}

/* "emailed supporters saying: “...”": the report whose content opens with
 * the participle introducing a quotation only frames it; the quotation
 * is the one statement, not also a report of "saying: “...”". */
Test(speakers, report_framing_a_quotation_is_dropped) {
  lede_article *a = t_parse(
      "Levy\n\n"
      "The mayor emailed supporters saying: “The fight goes on” and vowing "
      "to run again.\n\n"
      "Reyes responded to the question on Facebook writing, “Yes, I will. "
      "That was a poor choice of words.”\n");
  s_check(a, "The fight", "The mayor", "saying", LEDE_QUOTE_DIRECT);
  s_check(a, "Yes, I will", "Reyes", "writing", LEDE_QUOTE_DIRECT);
  cr_assert_lt(t_find(a, "saying"), 0);
  cr_assert_lt(t_find(a, "writing"), 0);
  lede_article_free(a);
}

/* A person's gender is read when a pronoun first asks it: the articles'
 * JSON (speakers, references) as with every gender read at the start. */
static int t_grow(void *ud, const char *buf, size_t len) {
  char **s = ud;
  size_t n = *s ? strlen(*s) : 0;
  char *r = realloc(*s, n + len + 1);
  if (!r) return 1;
  memcpy(r + n, buf, len);
  r[n + len] = '\0';
  *s = r;
  return 0;
}

static char *t_json(const char *path) {
  lede_article *a = t_parse_file(path);
  char *s = NULL;
  cr_assert_eq(lede_article_json(a, NULL, t_grow, &s), LEDE_OK);
  lede_article_free(a);
  return s;
}

Test(speakers, genders_read_when_asked_as_at_the_start) {
  static const char *const files[] = {
      "examples/articles/bajwa-bahrain-2021-03-10.txt",
      "tests/articles/ap-storm.txt", "tests/articles/reuters-wire.txt",
      "tests/articles/guardian-british.txt", "tests/articles/cr-press.txt",
      "tests/articles/two-bylines.txt"};
  size_t refs = 0;
  for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
    char *lazy = t_json(files[f]);
    lede__q_gender_eager = 1;
    char *eager = t_json(files[f]);
    lede__q_gender_eager = 0;
    cr_assert_str_eq(lazy, eager, "%s", files[f]);
    for (const char *p = lazy; (p = strstr(p, "\"pronoun\"")); p++) refs++;
    free(lazy);
    free(eager);
  }
  cr_assert_gt(refs, 5); /* (pronouns were resolved) */
  /* "She": the woman, told by her first name alone */
  static const char t[] = "Tom Reyes met Maria Lopez on Monday. She said the "
                          "plan would pass next year.\n";
  lede_article *a = t_parse(t);
  size_t k = 0;
  while (k < lede_quote_count(a)) {
    lede_span sp;
    if (lede_quote_speaker(a, k, &sp) && sp.end - sp.start == 3 &&
        !memcmp(t + sp.start, "She", 3))
      break;
    k++;
  }
  lede_span ref;
  cr_assert(k < lede_quote_count(a) && lede_quote_speaker_ref(a, k, &ref));
  cr_assert_eq(ref.end - ref.start, 11);
  cr_assert(!memcmp(t + ref.start, "Maria Lopez", 11));
  lede_article_free(a);
}
