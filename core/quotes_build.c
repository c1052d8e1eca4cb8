/* Quotes: building quotes and reported clauses: subjects, speakers and
 * where a clause ends. */
#include "quotes_internal.h"

/* ==== Building quotes =================================================== */

/* Skip auxiliaries and adverbs reading left from token i (exclusive);
 * returns the new end (exclusive). */
size_t lede__q_skip_aux_left(const lede_article *a, size_t lo, size_t i) {
  int n = 0;
  /* "She is confident that": a stance adjective after a form of "be". */
  /* (the form of "be" asked first: the lemma costs a look-up) */
  if (i > lo + 1 && i < a->tokens.n && a->quote_verb[i] && S_be(a, i - 1) &&
      (S_adjective_lemma(S_entry_lemma(S_verb_of(a, i))) ||
       S_is(a, i, "worried")))
    i--;
  int prog = i < a->tokens.n && a->quote_verb[i] && S_ing(a, i);
  while (i > lo && n < 4) {
    if (i > lo + 3 && (S_is(a, i - 1, "later") || S_is(a, i - 1, "earlier")) &&
        (S_is(a, i - 2, "month") || S_is(a, i - 2, "week") ||
         S_is(a, i - 2, "year") || S_is(a, i - 2, "day")) &&
        (S_is(a, i - 3, "a") || S_is(a, i - 3, "one"))) {
      i -= 3; /* "Fiorina a month later announced" */
    } else if ((S_LEX(quote_aux, a, i - 1) &&
                !S_name_will(a, i - 1)) ||
               S_negation(a, i - 1) ||
        (prog && (S_be(a, i - 1) || S_be_contracted(a, i - 1))) ||
        (S_ly(a, i - 1) && !S_LEX(quote_org_heads, a, i - 1))) {
      /* "has also said", "gingerly said" */
      i--;
    } else if (i > lo + 1 && (S_is(a, i - 1, "all") || S_is(a, i - 1, "both")) &&
               (S_LEX(quote_aux, a, i - 2) ||
                S_is(a, i - 2, "they") || S_is(a, i - 2, "we") ||
                S_plural_noun(a, i - 2) ||
                (S_cap(a, i - 2) && S_word(a, i - 2)))) {
      i--; /* "Ortega and Kim have all attacked": the quantifier floats */
    } else if (i > lo + 1 && S_possessive(a, i - 1) &&
               S_LEX(quote_pronouns, a, i - 2)) {
      i--; /* "he's said", "she’s argued": a contraction, not a possessive */
    } else if (i > lo + 1 && S_timeword(a, i - 1) &&
               (S_is(a, i - 2, "in") || S_is(a, i - 2, "on"))) {
      i -= 2; /* "who in 2010 said" */
    } else if (i > lo + 2 &&
               (S_is(a, i - 1, "weeks") || S_is(a, i - 1, "months") ||
                S_is(a, i - 1, "years") || S_is(a, i - 1, "days")) &&
               (S_is(a, i - 2, "for") || S_is(a, i - 2, "in"))) {
      i -= 2; /* "has for weeks been confident" */

    } else if (i > lo + 2 && S_is(a, i - 1, "to") && S_is(a, i - 2, "on") &&
               (S_is(a, i - 3, "went") || S_is(a, i - 3, "goes") ||
                S_is(a, i - 3, "go"))) {
      i -= 3; /* "she went on to say" */
    } else if (i > lo + 1 && S_is(a, i - 1, "to") &&
               S_LEX(quote_catenatives, a, i - 2)) {
      i -= 2; /* "he continued to insist" */
    } else if (prog && S_LEX(quote_catenatives, a, i - 1)) {
      i--; /* "Lee just starts talking about", "has kept saying" */
    } else if (i > lo + 1 && (S_is(a, i - 1, "helped") ||
                              S_is(a, i - 1, "helps") || S_is(a, i - 1, "help"))) {
      i--; /* "Lee helped persuade them": the helper speaks */
    } else {
      break;
    }
    n++;
  }
  return i;
}

/* A subject counting people that ends at token e: "Six in 10", "42%",
 * "28 percent", "three out of four", "Most". Returns its first token, or
 * LEDE_NONE. */
size_t lede__q_number_subject0(const lede_article *a, size_t lo,
                               size_t e) {
  size_t k = e;
  int pct = 0;
  if (S_punct(a, k, '%') || S_is(a, k, "percent")) {
    if (k == lo) return LEDE_NONE;
    k--;
    pct = 1;
  }
  int num = (S_tok(a, k)->flags & LEDE__T_NUM) != 0;
  if (!num && !S_LEX(quote_quantifiers, a, k)) return LEDE_NONE;
  if (!pct && k > lo + 1 && (S_is(a, k - 1, "in") || S_is(a, k - 1, "of")) &&
      ((S_tok(a, k - 2)->flags & LEDE__T_NUM) ||
       S_LEX(quote_quantifiers, a, k - 2))) {
    k -= 2; /* "Six in 10", "nine of 10" */
  } else if (!pct && k > lo + 2 && S_is(a, k - 1, "of") &&
             S_is(a, k - 2, "out")) {
    k -= 3; /* "three out of four" */
  } else if (!pct) {
    /* A lone number is no subject ("270 delegates"); a lone quantifier
     * opening the clause is ("Most believe", "Half said"). */
    if (num) {
      /* "Those over 60", "voters under 30": an age bounds a group */
      if (k > lo + 1 && (S_is(a, k - 1, "over") || S_is(a, k - 1, "under")) &&
          (S_is(a, k - 2, "those") || S_plural_noun(a, k - 2)) &&
          S_clause_opens(a, lo, k - 2))
        return k - 2;
      return LEDE_NONE;
    }
    /* ("About four in 10 said": "in 10" was read as a time adjunct.) */
    if (k > lo && S_hedge(a, k - 1) && S_clause_opens(a, lo, k - 1))
      return k - 1;
    if (!S_clause_opens(a, lo, k)) return LEDE_NONE;
    return S_cap(a, k) || k > lo ? k : LEDE_NONE;
  }
  if (k > lo && (S_tok(a, k)->flags & LEDE__T_NUM) == 0 &&
      !S_LEX(quote_quantifiers, a, k))
    return LEDE_NONE;
  /* "only 28 percent", "nearly six in 10" */
  if (k > lo && S_hedge(a, k - 1)) k--;
  return k;
}

/* The subject opening a sentence: a speaker phrase cut before the first
 * lower-case word that looks like a past-tense verb ("Lewandowski |
 * praised the team, adding ..."). Returns its end, or s0. */
static size_t S_subject(const lede_article *a, size_t s0, size_t lim,
                        size_t *start) {
  /* "Thursday, after remaining neutral for months, Warren endorsed":
   * an opener, then a clause of time or circumstance between commas. */
  for (int n = 0; n < 2; n++) {
    size_t k = s0;
    while (k < lim && k < s0 + 6 && !S_comma(a, k) &&
           !(S_tok(a, k)->flags & LEDE__T_QUOTE) && !a->quote_verb[k])
      k++;
    if (k + 2 >= lim || !S_comma(a, k) ||
        !(S_is(a, k + 1, "after") || S_is(a, k + 1, "before") ||
          S_is(a, k + 1, "while") || S_is(a, k + 1, "when") ||
          S_is(a, k + 1, "during") || S_is(a, k + 1, "despite") ||
          S_is(a, k + 1, "following") || S_is(a, k + 1, "since")))
      break;
    size_t j = k + 2;
    while (j < lim && j < k + 26 && !S_comma(a, j) &&
           !(S_tok(a, j)->flags & LEDE__T_QUOTE))
      j++;
    if (j + 1 >= lim || !S_comma(a, j) ||
        !(S_cap(a, j + 1) || S_personal(a, j + 1)))
      break;
    s0 = j + 1;
  }
  /* "But a few days later, Reyes reversed himself", "Speaking to
   * reporters on Monday, Lee said": after the opener. */
  const lede__token *t0 = S_tok(a, s0);
  size_t n0 = t0->len;
  int part = (t0->flags & LEDE__T_WORD) &&
             (S_ing(a, s0) ||
              (n0 > 4 && memcmp(a->text + lede__tend(t0) - 2, "ed", 2) == 0) ||
              (n0 > 4 && memcmp(a->text + lede__tend(t0) - 2, "ly", 2) == 0));
  /* "When told the news, Lee said": a reduced clause of time. */
  int sub = s0 + 1 < lim && S_subordinator(a, s0) && a->quote_verb[s0 + 1];
  if (sub) part = 1;
  size_t klim = s0 + (sub ? 32 : part ? 24 : 10);
  size_t k = s0;
  for (;;) {
    while (k < lim && k < klim && !S_comma(a, k) &&
           !(S_tok(a, k)->flags & LEDE__T_QUOTE) &&
           (!a->quote_verb[k] || (part && k == s0) || (sub && k == s0 + 1) ||
            (!part && k > s0 && lede__q_noun_reading(a, k))))
      k++;
    /* (a participle clause may hold a relative one: "Speaking in Concord,
     * which votes next, Lee said") */
    if (!part || k + 1 >= lim || k >= klim || !S_comma(a, k)) break;
    if (S_cap(a, k + 1) || S_LEX(quote_determiners, a, k + 1) ||
        S_personal(a, k + 1)) {
      /* "Speaking in Salem, New Hampshire, Reyes said": a place and its
       * state are still the opener. */
      size_t r = lede__q_np_right(a, k + 1, lim);
      if (!S_cap(a, k + 1) || r >= lim || !S_comma(a, r) || r >= klim) break;
      k = r;
      continue;
    }
    k++;
  }
  /* "A month later, he paid", "Two weeks after the vote, Lee broke": an
   * opener of time or circumstance ends at its comma. */
  int when = 0;
  for (size_t j = s0; j < k && j < lim; j++)
    if (S_is(a, j, "later") || S_is(a, j, "earlier") || S_is(a, j, "ago") ||
        S_is(a, j, "after") || S_is(a, j, "before") || S_is(a, j, "when") ||
        S_is(a, j, "whenever") || S_is(a, j, "while") ||
        S_is(a, j, "besides") || S_is(a, j, "instead"))
      when = 1;
  if (k + 1 < lim && k < klim && S_comma(a, k) &&
      (S_cap(a, k + 1) || S_LEX(quote_determiners, a, k + 1) ||
       ((part || when) && S_personal(a, k + 1))) &&
      (S_LEX(quote_stop, a, s0) ||
       S_LEX(sentence_starters, a, s0) || S_LEX(quote_openers, a, s0) ||
       part || when)) /* "Walking home, Lee said" */
    s0 = k + 1;
  /* "But the court overruled and said": past the conjunction. */
  if (s0 + 1 < lim && (S_is(a, s0, "but") || S_is(a, s0, "and") ||
                       S_is(a, s0, "yet") || S_is(a, s0, "so")) &&
      (S_cap(a, s0 + 1) || S_LEX(quote_determiners, a, s0 + 1)))
    s0++;
  *start = s0;
  if (S_LEX(quote_stop, a, s0)) return s0;
  /* ("Seriously, please ask yourself": an adverb opening a sentence
   * with no subject after it) */
  if (S_LEX(quote_openers, a, s0) && s0 + 1 < lim && S_comma(a, s0 + 1))
    return s0;
  if (when && S_personal(a, s0)) return s0 + 1;
  size_t r = lede__q_np_right(a, s0, lim);
  for (size_t i = s0 + 1; i < r; i++) {
    const lede__token *t = S_tok(a, i);
    size_t n = t->len;
    if (!(t->flags & LEDE__T_CAP) && (t->flags & LEDE__T_WORD) && n > 3 &&
        memcmp(a->text + lede__tend(t) - 2, "ed", 2) == 0)
      return i;
  }
  return r;
}

/* The subject of a clause that may open with a connective ("And then
 * Reyes went", "Though he brushed off") or a short adverbial ("Last year,
 * he played down"). Returns its end, *start its start; s0 if none. */
size_t lede__q_clause_subject(const lede_article *a, size_t s0, size_t lim,
                              size_t *start) {
  size_t b = s0;
  for (size_t k = s0; k < lim && k < s0 + 8; k++) {
    if (S_tok(a, k)->flags & LEDE__T_QUOTE) break;
    if (S_comma(a, k) && k + 1 < lim && S_personal(a, k + 1)) {
      b = k + 1;
      break;
    }
  }
  for (int n = 0; b == s0 && n < 2 && b + 1 < lim; n++) {
    if (!(S_LEX(quote_stop, a, s0 + n) ||
          S_LEX(sentence_starters, a, s0 + n) ||
          S_is(a, s0 + n, "then")) ||
        (n && S_LEX(quote_determiners, a, s0 + n)))
      break; /* ("In a Fox interview, Lee went": no subject "Fox") */
    size_t nx = s0 + n + 1;
    if (S_personal(a, nx) ||
        (S_cap(a, nx) && S_word(a, nx) && !S_LEX(quote_stop, a, nx) &&
         !S_LEX(sentence_starters, a, nx) && !S_is(a, nx, "then"))) {
      b = nx;
      break;
    }
  }
  if (S_personal(a, b)) {
    *start = b;
    return b + 1;
  }
  size_t r = S_subject(a, b, lim, start);
  /* "Reyes went": a name, then its verb. */
  if (r > *start + 1 && S_cap(a, r - 2) && S_word(a, r - 1) &&
      !S_cap(a, r - 1) && !S_LEX(quote_determiners, a, *start) &&
      !S_LEX(quote_org_heads, a, r - 1) &&
      !S_LEX(quote_role_heads, a, r - 1))
    r--;
  return r;
}

/* "everyone", "nobody", "someone": a pronoun naming people at large. */
static int S_indefinite(const lede_article *a, size_t w) {
  return S_is(a, w, "everyone") || S_is(a, w, "everybody") ||
         S_is(a, w, "anyone") || S_is(a, w, "anybody") ||
         S_is(a, w, "someone") || S_is(a, w, "somebody") ||
         S_is(a, w, "nobody");
}

/* The degree a word such as "everyone" may take: "almost everyone",
 * "not everybody". */
static int S_indefinite_degree(const lede_article *a, size_t w) {
  return S_is(a, w, "almost") || S_is(a, w, "nearly") ||
         S_is(a, w, "virtually") || S_is(a, w, "not");
}

/* A speaker phrase [s, e) read left of the cue at c0 that no reader
 * would take for one: lower-case words with no determiner and no head
 * that names people ("long", "spent more time", "renewed"), or a document
 * before a participle ("a statement saying": its issuer speaks). */
static int S_bad_left_speaker(const lede_article *a, size_t s, size_t e,
                              size_t c0) {
  if (e <= s) return 1;
  if (S_ing(a, c0) && S_LEX(quote_documents, a, e - 1)) return 1;
  if (S_cap(a, s) || S_LEX(quote_pronouns, a, s) ||
      S_LEX(quote_determiners, a, s) || S_possessive(a, s) ||
      S_is(a, s, "all") || S_is(a, s, "both") || S_is(a, s, "each") ||
      S_is(a, s, "few") || S_is(a, s, "one") || S_is(a, s, "none") ||
      S_is(a, s, "some") || S_is(a, s, "many") || S_is(a, s, "most") ||
      S_is(a, s, "several"))
    return 0;
  /* "Not everyone agrees", "almost everybody says", "another says" */
  size_t w = e - 1;
  if (e == s + 2 && S_is(a, s, "no") && S_is(a, s + 1, "one"))
    return 0; /* "no one knows" */
  if ((e == s + 1 ||
       (e == s + 2 && S_indefinite_degree(a, s))) &&
      (S_indefinite(a, w) || S_is(a, w, "another") || S_is(a, w, "others")))
    return 0;
  for (size_t k = s; k < e; k++)
    if (S_cap(a, k) && S_word(a, k)) return 0;
  size_t h = e - 1;
  if (S_LEX(quote_role_heads, a, h) ||
      S_LEX(quote_org_heads, a, h) || S_LEX(groups, a, h) ||
      S_LEX(quote_evidence, a, h)) /* "early ratings data" */
    return 0;
  return !S_plural_noun(a, h);
}

/* The subject of the last finite clause before a participle cue at c0
 * (reading left, not into quotation marks): "The row began after the
 * mayor entered the race, calling ...", "When Lee asked, it declined,
 * citing ...": the participle goes on from that clause. The subject
 * must open its clause (the sentence, or after a comma, a mark, a
 * conjunction or a subordinator). Returns its end, or *start if none. */
size_t lede__q_near_subject(const lede_article *a, size_t s0, size_t c0,
                            size_t *start) {
  *start = s0;
  size_t lo = c0 > s0 + 40 ? c0 - 40 : s0;
  int by = c0 > s0 && (S_is(a, c0 - 1, "by") || S_is(a, c0 - 1, "upon") ||
                       S_is(a, c0 - 1, "without"));
  for (size_t j = c0; j-- > lo + 1;) {
    if (S_tok(a, j)->flags & LEDE__T_QUOTE) break;
    if (!(S_finite(a, j) || S_be(a, j)) || S_cap(a, j)) continue;
    size_t e = lede__q_skip_aux_left(a, s0, j);
    if (e <= s0) continue;
    /* ("married when they were young and arrived ..., hoping": a second
     * predicate shares the subject of the first) */
    if (S_is(a, e - 1, "and") || S_is(a, e - 1, "but")) break;
    size_t n = S_comma(a, e - 1) ? LEDE_NONE : lede__q_np_left(a, s0, e - 1);
    if (e > s0 + 3 && S_comma(a, e - 1)) {
      /* "her main rival, Sen. Al Lee, has soared ..., saying": a
       * subject with its apposition between commas. */
      size_t n2 = lede__q_np_left(a, s0, e - 2);
      if (n2 != LEDE_NONE && n2 > s0 + 1 && S_comma(a, n2 - 1) &&
          S_cap(a, n2)) {
        size_t n1 = lede__q_np_left(a, s0, n2 - 2);
        if (n1 != LEDE_NONE && S_good_subject(a, n1, n2 - 1)) {
          n = n1;
          e--;
        }
      }
    }
    if (n == LEDE_NONE || !S_good_subject(a, n, e)) continue;
    /* (not a conjunct of a subject: "Republicans and their allies are")
     * nor a clause of reason or of the same time: "even as he defended
     * ..., saying" goes on from the main clause) */
    /* ("It was at the rally that Lee spoke, pointing to ...": a cleft's
     * clause has the subject) */
    int cleft = n > s0 + 2 && S_is(a, n - 1, "that") && S_is(a, s0, "it") &&
                S_be(a, s0 + 1);
    if (n > s0 && !cleft && !S_comma(a, n - 1) && !S_dash(a, n - 1) &&
        !S_punct(a, n - 1, ';') && !(S_tok(a, n - 1)->flags & LEDE__T_QUOTE) &&
        !S_is(a, n - 1, "after") && !S_is(a, n - 1, "before") &&
        !S_is(a, n - 1, "when") && !S_is(a, n - 1, "since") &&
        !S_is(a, n - 1, "until") && !S_is(a, n - 1, "once") &&
        /* ("while her rival has soared by saying": "by" ties it to the
         * verb before it) */
        !(by && S_subordinator(a, n - 1)) &&
        !((S_is(a, n - 1, "and") || S_is(a, n - 1, "but")) && n > s0 + 1 &&
          S_comma(a, n - 2)))
      continue;
    *start = n;
    return e;
  }
  return s0;
}

/* "going on to say": the cue at c0 after a participle of going on. */
static int S_going_on_to(const lede_article *a, size_t s0, size_t c0) {
  return c0 > s0 + 3 && S_is(a, c0 - 1, "to") && S_is(a, c0 - 2, "on") &&
         S_is(a, c0 - 3, "going");
}

/* Does the participle cue at c0 (c0 > s0 + 1) go on from its clause's
 * own predicate: "mocked her, saying", "“...,” promising", ", angrily
 * denouncing", ", before insisting", "booed upon saying", "took the step
 * of accusing"? */
static int S_participle_link(const lede_article *a, size_t s0, size_t c0) {
  size_t p = c0 - 1;
  if (S_comma(a, p) || S_dash(a, p) || S_is(a, p, "upon") || S_is(a, p, "of") ||
      S_is(a, p, "by") || S_is(a, p, "without") || S_is(a, p, "while"))
    return 1;
  /* "Lee said before adding:", "..., Lee said, going on to say that" */
  if ((S_is(a, p, "before") || S_is(a, p, "after")) && p > s0 &&
      a->quote_verb[p - 1] && !S_ing(a, p - 1))
    return 1;
  if (c0 > s0 + 4 && S_going_on_to(a, s0, c0))
    return S_participle_link(a, s0, p - 2);
  if (c0 <= s0 + 2) return 0;
  /* (a comma inside the closing mark: "was “troubling,” before noting") */
  int comma = S_comma(a, p - 1) ||
              (c0 > s0 + 3 && (S_tok(a, p - 1)->flags & LEDE__T_QUOTE) &&
               S_comma(a, p - 2) && (S_is(a, p, "before") || S_is(a, p, "after")));
  return comma &&
         ((S_tok(a, p)->flags & LEDE__T_QUOTE) || S_ly(a, p) ||
          S_is(a, p, "before") || S_is(a, p, "after"));
}

/* "The campaign sent an email saying": the object phrase ends at token
 * e; if a lower-case verb stands before it, the subject of that verb
 * [*start, return) speaks; else returns *start. */
size_t lede__q_object_subject(const lede_article *a, size_t s0, size_t e,
                              size_t *start) {
  *start = s0;
  /* (past a time adjunct: "an email on Friday morning saying") */
  size_t k = e;
  while (k > s0 && (S_timeword(a, k) || S_LEX(day_parts, a, k)))
    k--;
  if (k < e && k > s0 + 1 &&
      (S_is(a, k, "on") || S_is(a, k, "in") || S_is(a, k, "at") ||
       S_is(a, k, "last") || S_is(a, k, "this")))
    e = k - 1;
  /* "spent much of his speech praising", "have spent $2 million since
   * March attacking": the spender, past the amount and its adjuncts. */
  /* (not "spent the night with chanting protesters", nor "spent a day
   * there and others were demanding") */
  for (size_t j = e; j > s0 + 1 && j + 12 > e &&
                     !(j == e && S_LEX(quote_preps, a, j));
       j--) {
    int spend = S_LEX(quote_spend_verbs, a, j) && !S_cap(a, j);
    if (S_comma(a, j) || (S_tok(a, j)->flags & LEDE__T_QUOTE) ||
        S_is(a, j, "and") || S_is(a, j, "but") || S_is(a, j, "or") ||
        ((S_finite(a, j) || S_be(a, j)) && !spend && !S_cap(a, j)))
      break;
    if (j < e && spend) {
      size_t v = j;
      while (v > s0 + 1 && S_finite_aux(a, v - 1)) v--;
      size_t st = s0, r = s0;
      if (v > s0 + 2 && (S_is(a, v - 1, "that") || S_is(a, v - 1, "who"))) {
        /* "a campaign that has spent", "Otter, who spent": the
         * relative's antecedent (with ", who", as S_relative_subject) */
        int c = v > s0 + 3 && S_comma(a, v - 2);
        size_t n = lede__q_np_left(a, s0, v - 2 - c);
        if (n != LEDE_NONE && S_good_subject(a, n, v - 1 - c)) {
          st = n;
          r = c ? v : v - 1;
        }
      } else {
        r = lede__q_clause_subject(a, s0, v, &st);
        if (r > v) r = v;
        if (!(r > st && r == v && S_good_subject(a, st, r)))
          r = lede__q_near_subject(a, s0, j + 1, &st); /* "Then, ..., he" */
      }
      if (r > st && r <= v) {
        *start = st;
        return r;
      }
      break;
    }
  }
  size_t m = lede__q_np_left(a, s0, e);
  /* (a verb in -ed the phrase reader took in: "Marchers carried signs") */
  for (size_t j = e; m != LEDE_NONE && j > m && j > s0 + 1; j--)
    if (S_word(a, j - 1) && !S_cap(a, j - 1) && j - 1 > m &&
        memcmp(a->text + lede__tend(S_tok(a, j - 1)) - 2, "ed", 2) == 0 &&
        S_tok(a, j - 1)->len > 3) {
      m = j;
      break;
    }
  /* (a modifier the phrase reader leaves out: "a fundraising email") */
  if (m != LEDE_NONE && m > s0 + 2 && S_word(a, m - 1) && !S_cap(a, m - 1) &&
      S_LEX(quote_determiners, a, m - 2) &&
      (S_ing(a, m - 1) || S_adjective_shape(a, m - 1)))
    m -= 2;
  if (m == LEDE_NONE || m < s0 + 2 || !S_word(a, m - 1) || S_cap(a, m - 1) ||
      S_LEX(quote_stop, a, m - 1) ||
      S_LEX(quote_preps, a, m - 1) || S_ly(a, m - 1) ||
      S_LEX(quote_determiners, a, m - 1) ||
      !(S_LEX(quote_documents, a, e) ||
        (!S_cap(a, m) && !S_LEX(quote_pronouns, a, m))))
    return s0;
  size_t v = m - 1;
  while (v > s0 + 1 && S_finite_aux(a, v - 1)) v--; /* "has sent" */
  size_t st = s0;
  size_t r = S_subject(a, s0, v, &st);
  if (r > v) r = v;
  if (r <= st || !S_good_subject(a, st, r)) {
    st = s0;
    r = lede__q_clause_subject(a, s0, v, &st);
    if (r > v) r = v;
    if (r <= st || !S_good_subject(a, st, r)) {
      /* "After the audit found ..., Lee released a statement saying":
       * the phrase right before the verb, after an opener's comma. */
      size_t n = lede__q_np_left(a, s0, v - 1);
      if (n == LEDE_NONE || n <= s0 || !S_comma(a, n - 1) ||
          !S_good_subject(a, n, v))
        return s0;
      st = n;
      r = v;
    }
  }
  *start = st;
  return r;
}

/* A word opening a sentence before its subject: "Even China, ..., said",
 * "Yet Democratic economists say". */
static int S_opener_word(const lede_article *a, size_t i) {
  return S_is(a, i, "yet") || S_is(a, i, "but") || S_is(a, i, "and") ||
         S_is(a, i, "so") || S_is(a, i, "even") || S_is(a, i, "still") ||
         S_is(a, i, "also") || S_is(a, i, "meanwhile");
}

/* "Weaver, who came out and endorsed", "Cole, who last year
 * threatened", "Dane, who through his office declined": the cue's subject
 * is a relative pronoun a few words back, past adjuncts or a first
 * predicate of its own; its antecedent speaks, through it. e is where
 * the auxiliaries before the cue start. Sets [sp0, sp1) to the antecedent
 * and the pronoun. */
static int S_relative_subject(const lede_article *a, size_t s0, size_t c0,
                              size_t e, size_t *sp0, size_t *sp1) {
  size_t j = e;
  while (j > s0 + 1 && j + 12 > e && !S_comma(a, j - 1) &&
         !S_dash(a, j - 1) && !S_punct(a, j - 1, ';') &&
         !S_punct(a, j - 1, ':') && !S_punct(a, j - 1, '(') &&
         !(S_tok(a, j - 1)->flags & LEDE__T_QUOTE) &&
         !S_is(a, j - 1, "who") && !S_is(a, j - 1, "which") &&
         !a->quote_verb[j - 1] && !S_personal(a, j - 1) &&
         !S_is(a, j - 1, "that"))
    j--;
  size_t w = j - 1;
  /* The pronoun is the clause's subject: a verb, an adverb or a
   * preposition follows it (not "which Trump called", "which the probe
   * said"); right before the cue only after a dash ("the study -- which
   * notes"; S_speaker0 reads "Lee, who said"). A participle cue keeps its
   * own subject. */
  size_t f = w + 1;
  int subj = f < e && !S_cap(a, f) &&
             (S_ly(a, f) || S_LEX(quote_aux, a, f) ||
              S_finite(a, f) || S_is(a, f, "last") ||
              (S_LEX(quote_preps, a, f) && !S_is(a, f, "at")));
  /* ("which even critics say": an adverb, then the clause's own
   * subject) */
  if (subj && f + 1 < e && (S_is(a, f, "even") || S_is(a, f, "also") ||
                            S_is(a, f, "still") || S_is(a, f, "now")) &&
      S_word(a, f + 1) && !S_finite(a, f + 1) && !S_ly(a, f + 1) &&
      !S_LEX(quote_aux, a, f + 1) && !S_be(a, f + 1))
    subj = 0;
  /* "a donor whose firm paid, but who said": the pronoun joined to an
   * earlier relative clause has that clause's antecedent. */
  size_t wj = w;
  if (j > s0 + 3 && (j < e ? subj : 1) &&
      (S_is(a, w, "who") || S_is(a, w, "which")) &&
      (S_is(a, w - 1, "but") || S_is(a, w - 1, "and"))) {
    size_t m = w - 2;
    while (m > s0 + 1 && m + 30 > w && !S_is(a, m, "who") &&
           !S_is(a, m, "whose") && !S_is(a, m, "which") &&
           !(S_tok(a, m)->flags & LEDE__T_QUOTE) && !S_punct(a, m, ';'))
      m--;
    if (m > s0 + 1 && (S_is(a, m, "who") || S_is(a, m, "whose") ||
                       S_is(a, m, "which")))
      wj = m;
  }
  /* (a participle cue keeps its own subject, but "who has been hoping"
   * is a progressive) */
  int ing = S_ing(a, c0) && !(c0 > s0 && S_be(a, c0 - 1));
  if (j > s0 + 1 && !ing &&
      ((j < e && subj) || (j == e && (S_dash(a, w - 1) || wj < w))) &&
      (S_is(a, w, "who") || S_is(a, w, "which"))) {
    size_t n = LEDE_NONE, hd = wj - 1;
    if (S_comma(a, wj - 1) || S_dash(a, wj - 1)) {
      size_t d = wj - 1;
      if (S_dash(a, d) && d > s0 + 1 && S_dash(a, d - 1)) d--; /* "--" */
      if (d > s0) n = lede__q_np_left(a, s0, d - 1);
      if (d > s0) hd = d - 1;
    } else {
      n = lede__q_np_left(a, s0, wj - 1);
    }
    if (n != LEDE_NONE && n < wj && !S_LEX(quote_pronouns, a, n) &&
        !(n > s0 && S_LEX(quote_preps, a, n - 1) &&
          !S_comma(a, wj - 1) && !S_dash(a, wj - 1)) &&
        (S_cap(a, n) || S_LEX(quote_determiners, a, n) ||
         S_possessive(a, n) || S_plural_noun(a, hd) ||
         (S_tok(a, n)->flags & LEDE__T_NUM) || /* "18% who say" */
         S_LEX(quote_role_heads, a, hd) ||
         S_LEX(quote_org_heads, a, hd))) {
      *sp0 = n;
      *sp1 = w + 1;
      return 1;
    }
  }
  return 0;
}

/* A participle cue: the subject of the sentence speaks. Returns 3, with
 * [c0, c0) when there is none. */
static int S_speaker_participle(const lede_article *a, size_t s0, size_t c0,
                                size_t *sp0, size_t *sp1) {
  /* "Reyes mocked her, saying she ...": the subject of the sentence. */
  size_t st = s0;
  size_t r = S_subject(a, s0, c0, &st);
  if (r <= st || S_comma(a, st)) r = lede__q_clause_subject(a, s0, c0, &st);
  size_t nst, nr = lede__q_near_subject(a, s0, c0, &nst);
  if (nr > nst && (r <= st || S_comma(a, st) || nst > st)) {
    st = nst;
    r = nr;
  }
  if (r > st && !S_comma(a, st)) {
    *sp0 = st;
    *sp1 = r;
    return 3;
  }
  /* "“...,” said Tom Lee, recalling ...": the caller looks for the
   * attribution before it in the sentence. */
  *sp0 = *sp1 = c0;
  return 3;
}

/* A cue that is a second predicate (e, where its auxiliaries start, is
 * past "and", "but" or ", then"): who or what did the first speaks.
 * Returns 1, 3 or 0 = none. */
static int S_speaker_conjoined(const lede_article *a, size_t s0, size_t c0,
                               size_t e, size_t *sp0, size_t *sp1) {
  /* "Terris, who saw the crash and described it": the relative
   * pronoun is the subject of both predicates; its antecedent speaks. */
  for (size_t w = e - 2; w > s0 + 1 && w + 16 > e; w--) {
    if (S_comma(a, w) || S_dash(a, w) || S_punct(a, w, ';') ||
        (S_tok(a, w)->flags & LEDE__T_QUOTE) || a->quote_verb[w])
      break;
    if (!S_is(a, w, "who")) continue;
    if (!S_comma(a, w - 1) || w < s0 + 3) break;
    size_t n = lede__q_np_left(a, s0, w - 2);
    if (n == LEDE_NONE && S_word(a, w - 2) && !S_cap(a, w - 2))
      n = lede__q_np_left(a, s0, w - 3); /* "demonstrators here, who" */
    if (n != LEDE_NONE && n < w - 1 &&
        !S_LEX(quote_pronouns, a, n) &&
        (S_cap(a, n) || S_LEX(quote_determiners, a, n) ||
         S_plural_noun(a, w - 2) || S_plural_noun(a, w - 3))) {
      *sp0 = n;
      *sp1 = w + 1;
      return 1;
    }
    break;
  }
  /* "Wealth-X keeps its finances secret but says ...": the subject. */
  size_t st = s0;
  size_t r = S_subject(a, s0, c0, &st);
  if (r > st && (S_cap(a, st) || S_LEX(quote_determiners, a, st) ||
                 (st > s0 && S_personal(a, st))) &&
      (!S_LEX(quote_stop, a, st) || S_personal(a, st))) {
    *sp0 = st;
    *sp1 = r;
    return 3;
  }
  return 0;
}

/* A role, then a name with its own clause between dashes, right before
 * the cue (last is the closing dash). Returns 1 when it speaks, else 0. */
static int S_speaker_dashed_name(const lede_article *a, size_t s0, size_t c0,
                                 size_t last, size_t *sp0, size_t *sp1) {
  /* "A former senator -- Tom Baker, who lost in 2010 -- said": a name
   * with its own clause between dashes ("--" is two tokens), after
   * its role: the whole phrase speaks. */
  size_t l = S_dash(a, last - 1) ? last - 1 : last, d = l - 1;
  while (d > s0 && d + 40 > l && !S_dash(a, d) &&
         !(S_tok(a, d)->flags & LEDE__T_QUOTE))
    d--;
  size_t dn = d > s0 && S_dash(a, d - 1) ? d - 1 : d;
  if (S_dash(a, d) && dn > s0 + 1 && d + 2 < l && S_cap(a, d + 1) &&
      !S_LEX(quote_stop, a, d + 1)) {
    size_t k = d + 1, caps = 1;
    for (; k < l && !S_comma(a, k); k++) caps &= S_cap(a, k) || S_abbrev(a, k);
    size_t n = lede__q_np_left(a, s0, dn - 1);
    if ((k < l || caps) && n != LEDE_NONE && n < dn &&
        (n == s0 || (n == s0 + 1 && S_opener_word(a, s0))) &&
        (S_cap(a, n) || S_LEX(quote_determiners, a, n)) &&
        !S_LEX(quote_pronouns, a, n) &&
        !S_bad_left_speaker(a, n, dn, c0)) {
      *sp0 = n;
      *sp1 = l;
      return 1;
    }
  }
  return 0;
}

/* A phrase, then an age or an aside set off by commas or dashes, then the
 * cue (last is the closing comma or dash). Returns 1 when the phrase
 * speaks, else 0. */
static int S_speaker_aside(const lede_article *a, size_t s0, size_t c0,
                           size_t last, size_t *sp0, size_t *sp1) {
  size_t j = last - 1;
  if (S_comma(a, last) && (S_tok(a, j)->flags & LEDE__T_NUM) &&
      S_comma(a, j - 1) && j - 1 > s0)
    j -= 1;
  else if (S_dash(a, last)) {
    while (j > s0 && j + 10 > last && !S_dash(a, j) && !S_comma(a, j) &&
           !(S_tok(a, j)->flags & LEDE__T_QUOTE))
      j--;
    if (!S_dash(a, j)) {
      /* "Trump - who said he would “bomb” them - said", "Lee —
       * named by the paper as a likely pick for the job — told": an
       * aside between dashes may be long and quote. */
      size_t d = last - 1;
      while (d > s0 && d + 40 > last && !S_dash(a, d)) d--;
      if (S_dash(a, d) && d + 1 < last)
        j = d;
    }
  }
  if (j < last - 1 && (S_comma(a, j) || S_dash(a, j)) && j > s0) {
    size_t n = lede__q_np_left(a, s0, j - 1);
    if (n != LEDE_NONE && (n == s0 || S_comma(a, n - 1)) &&
        !S_bad_left_speaker(a, n, j, c0) &&
        (S_cap(a, n) || S_LEX(quote_determiners, a, n))) {
      *sp0 = n;
      *sp1 = last;
      return 1;
    }
  }
  return 0;
}

/* Apposition: NP1 , NP2 , cue (last is the second comma). Returns 1 when
 * NP1 speaks, else 0. */
static int S_speaker_apposition(const lede_article *a, size_t s0, size_t last,
                                size_t *sp0, size_t *sp1) {
  size_t n2 = lede__q_np_left(a, s0, last - 1);
  if (n2 == LEDE_NONE || n2 <= s0 + 1 || !S_comma(a, n2 - 1)) return 0;
  size_t n1 = lede__q_np_left(a, s0, n2 - 2);
  /* "Ann Lee, 20, a nursing major, said": the name before the age. */
  if (n1 != LEDE_NONE && n1 + 1 == n2 - 1 &&
      (S_tok(a, n1)->flags & LEDE__T_NUM) && n1 > s0 + 1 &&
      S_comma(a, n1 - 1)) {
    size_t n0 = lede__q_np_left(a, s0, n1 - 2);
    if (n0 != LEDE_NONE && n0 > s0 &&
        (S_is(a, n0 - 1, "her") || S_is(a, n0 - 1, "his") ||
         S_is(a, n0 - 1, "their") || S_is(a, n0 - 1, "our")))
      n0--; /* "Her friend Ann Lee" */
    if (n0 != LEDE_NONE && S_cap(a, n1 - 2)) n1 = n0;
  }
  /* "The two senators, Ann Lee and Tom Park,", "Both candidates
   * for the office, Ann Lee and Tom Park,": the first phrase's
   * determiner, and the phrase its preposition hangs on. */
  if (n1 != LEDE_NONE && n1 > s0 &&
      S_LEX(quote_determiners, a, n1 - 1))
    n1--;
  for (int m = 0; m < 2 && n1 != LEDE_NONE && n1 > s0 + 1 &&
                  (S_is(a, n1 - 1, "of") || S_is(a, n1 - 1, "for") ||
                   S_is(a, n1 - 1, "from") || S_is(a, n1 - 1, "at"));
       m++) {
    size_t h = lede__q_np_left(a, s0, n1 - 2);
    if (h == LEDE_NONE || h >= n1 - 1) break;
    n1 = h;
    if (n1 > s0 && S_LEX(quote_determiners, a, n1 - 1)) n1--;
  }
  if (n1 != LEDE_NONE && !(n1 > s0 && S_LEX(quote_preps, a, n1 - 1)) &&
      (n1 == s0 || S_comma(a, n1 - 1) ||
       (n1 == s0 + 1 && S_opener_word(a, s0)) ||
       (S_tok(a, n1 - 1)->flags & LEDE__T_QUOTE) ||
       S_LEX(quote_stop, a, n1 - 1))) {
    *sp0 = n1;
    *sp1 = last;
    return 1;
  }
  return 0;
}

/* A phrase [n, ..) after "in", "at", "during" or "on" right before the
 * cue is an adjunct: whose clause it is in speaks. Returns 1, 3 or 0 =
 * none. */
static int S_speaker_adjunct(const lede_article *a, size_t s0, size_t c0,
                             size_t n, size_t *sp0, size_t *sp1) {
  /* "The campaign sent an email on Friday saying": the subject of
   * the verb whose object the document is. */
  size_t st = s0, r;
  if (S_ing(a, c0) && n > s0 + 2 &&
      (r = lede__q_object_subject(a, s0, n - 2, &st)) > st) {
    *sp0 = st;
    *sp1 = r;
    return 3;
  }
  /* "that Lee during a visit thanked": the name right before the
   * adjunct opens its clause and speaks. */
  size_t m = lede__q_np_left(a, s0, n - 2);
  if (m != LEDE_NONE && m < n - 1 && S_good_subject(a, m, n - 1) &&
      !S_LEX(quote_stop, a, m) &&
      (m == s0 || S_is(a, m - 1, "that") || S_comma(a, m - 1) ||
       S_subordinator(a, m - 1))) {
    *sp0 = m;
    *sp1 = n - 1;
    return 1;
  }
  /* "but in a later interview said": the subject of the sentence. */
  st = s0;
  r = S_subject(a, s0, n - 1, &st);
  /* (or past an opening adverb: "Overall, the shops in Dayton
   * said") */
  if (r > st && !S_LEX(quote_stop, a, st) &&
      (S_cap(a, st) ||
       (st > s0 && S_LEX(quote_openers, a, s0) &&
        S_LEX(quote_determiners, a, st)))) {
    *sp0 = st;
    *sp1 = r;
    return 3;
  }
  return 0;
}

/* A relative pronoun at or before last, the word right before the cue:
 * its antecedent or a count speaks (n: the phrase ending at last, or
 * none). Returns 1 when found, else 0. */
static int S_speaker_who(const lede_article *a, size_t s0, size_t c0,
                         size_t last, size_t n, size_t *sp0, size_t *sp1) {
  /* "those who say", "anyone who believes": a pronoun heads the
   * relative clause that holds the cue. */
  /* ("18% who say", "four in 10 who said": a count) */
  if (S_is(a, last, "who") && last > s0 + 1 &&
      (S_punct(a, last - 1, '%') || S_is(a, last - 1, "percent")) &&
      (S_tok(a, last - 2)->flags & LEDE__T_NUM)) {
    *sp0 = last - 2;
    *sp1 = last + 1;
    return 1;
  }
  if (S_is(a, last, "who") && last > s0 + 3 &&
      (S_tok(a, last - 1)->flags & LEDE__T_NUM) &&
      (S_is(a, last - 2, "in") || S_is(a, last - 2, "of")) &&
      ((S_tok(a, last - 3)->flags & LEDE__T_NUM) ||
       S_LEX(quote_quantifiers, a, last - 3))) {
    *sp0 = last - 3;
    *sp1 = last + 1;
    return 1;
  }
  if (S_is(a, last, "who") && last > s0 &&
      (S_is(a, last - 1, "those") || S_is(a, last - 1, "anyone") ||
       S_is(a, last - 1, "everyone") || S_is(a, last - 1, "someone") ||
       S_is(a, last - 1, "others") || S_is(a, last - 1, "many") ||
       S_is(a, last - 1, "some"))) {
    *sp0 = last - 1;
    *sp1 = last + 1;
    return 1;
  }
  /* "a message that said", "groups which charged": the relative
   * pronoun's antecedent right before it speaks, through the pronoun. */
  const char *rl;
  if ((S_is(a, last, "that") || S_is(a, last, "which")) && last > s0 + 1 &&
      (rl = S_verb_lemma(a, c0)) != NULL &&
      (S_same(rl, "say") || S_same(rl, "read") ||
       S_same(rl, "state")) &&
      S_word(a, last - 1) && !a->quote_verb[last - 1] &&
      !S_LEX(quote_pronouns, a, last - 1) &&
      !S_LEX(quote_stop, a, last - 1)) {
    size_t m = lede__q_np_left(a, s0, last - 1);
    for (size_t j = m; m != LEDE_NONE && j < last; j++)
      if (a->quote_verb[j] || S_past(a, j) || S_is(a, j, "out") ||
          S_is(a, j, "up"))
        m = j + 1 < last ? j + 1 : LEDE_NONE;
    if (m != LEDE_NONE && m < last &&
        (S_LEX(quote_determiners, a, m) || S_cap(a, m) ||
         S_plural_noun(a, last - 1)) &&
        !S_LEX(quote_pronouns, a, m)) {
      *sp0 = m;
      *sp1 = last + 1;
      return 1;
    }
  }
  /* "economists who favor consumption taxes agree": the antecedent
   * of "who" speaks, not the object of its clause. */
  for (size_t w = last; n != LEDE_NONE && w > s0 && w + 12 > last; w--) {
    if (S_comma(a, w) || (S_tok(a, w)->flags & LEDE__T_QUOTE)) break;
    if (!S_is(a, w, "who") || w >= n) continue;
    size_t m = lede__q_np_left(a, s0, w - 1);
    if (m == LEDE_NONE &&
        (S_is(a, w - 1, "some") || S_is(a, w - 1, "many") ||
         S_is(a, w - 1, "most") || S_is(a, w - 1, "others")))
      m = w - 1; /* "some who favor the levy argue" */
    if (m != LEDE_NONE && !S_bad_left_speaker(a, m, w, c0)) {
      *sp0 = m;
      *sp1 = w;
      return 1;
    }
    break;
  }
  return 0;
}

/* The phrase [n, ..) before the cue, or the head it modifies when it is
 * the object of a preposition in a modifier. Returns the phrase's start. */
static size_t S_speaker_modified_head(const lede_article *a, size_t s0,
                                      size_t c0, size_t n) {
  /* "a source speaking to the Tribune said", "a letter obtained by the
   * AP warns", "her email to supporters notes": the phrase after a
   * preposition is the object of a modifier; the speaker is the
   * head before it, with its modifier. */
  if (n != LEDE_NONE && n > s0 + 1 &&
      (S_is(a, n - 1, "to") || S_is(a, n - 1, "by") ||
       S_is(a, n - 1, "with") || S_is(a, n - 1, "outside") ||
       S_is(a, n - 1, "across") || S_is(a, n - 1, "near") ||
       S_is(a, n - 1, "inside") || S_is(a, n - 1, "from") ||
       S_is(a, n - 1, "around") || S_is(a, n - 1, "among")) &&
      !(S_tok(a, n - 2)->flags & LEDE__T_PUNCT)) {
    size_t h = n - 2;
    if ((S_ing(a, h) || S_past(a, h)) && h > s0 && !a->quote_verb[h - 1])
      h--;
    size_t m = lede__q_np_left(a, s0, h);
    /* (a modifier the phrase reader leaves out: "Her fundraising
     * email to supporters") */
    if (m != LEDE_NONE && m > s0 + 1 && S_ing(a, m - 1) &&
        !S_cap(a, m - 1))
      m--;
    if (m != LEDE_NONE && m > s0 && S_possessive(a, m - 1)) {
      size_t m2 = m > s0 + 1 ? lede__q_np_left(a, s0, m - 2) : LEDE_NONE;
      if (m2 != LEDE_NONE && m2 < m - 1) m = m2;
    } else if (m != LEDE_NONE && m > s0 &&
               (S_is(a, m - 1, "her") || S_is(a, m - 1, "his") ||
                S_is(a, m - 1, "their") || S_is(a, m - 1, "its") ||
                S_LEX(quote_determiners, a, m - 1))) {
      m--;
    }
    if (m != LEDE_NONE && m < n - 1 && (m == s0 || S_comma(a, m - 1) ||
                                        S_LEX(quote_stop, a, m - 1)) &&
        !S_LEX(quote_pronouns, a, m) &&
        !S_bad_left_speaker(a, m, h + 1, c0))
      n = m;
  }
  return n;
}

/* A word (or a closing parenthesis) right before the cue, at last: the
 * phrase ending there, or whose clause it is, speaks (nl: the phrase
 * ending at last, or none). Returns 1, 3, 4 = nobody named, or 0. */
static int S_speaker_phrase(const lede_article *a, size_t s0, size_t c0,
                            size_t last, size_t nl, size_t *sp0,
                            size_t *sp1) {
  size_t n = nl; /* lede__q_np_left(a, s0, last) */
  /* ("make sure everyone knows": a pronoun such as "everyone" is a
   * whole phrase, with at most an adverb of degree) */
  if (n != LEDE_NONE && n < last && S_indefinite(a, last)) {
    n = last;
    if (n > s0 && S_indefinite_degree(a, n - 1)) n--;
  }
  if (n != LEDE_NONE && n > s0 + 1 &&
      (S_is(a, n - 1, "in") || S_is(a, n - 1, "at") ||
       S_is(a, n - 1, "during") || S_is(a, n - 1, "on")) &&
      !S_LEX(quote_pronouns, a, n))
    return S_speaker_adjunct(a, s0, c0, n, sp0, sp1);
  if (S_speaker_who(a, s0, c0, last, n, sp0, sp1)) return 1;
  n = S_speaker_modified_head(a, s0, c0, n);
  if (n != LEDE_NONE && !S_bad_left_speaker(a, n, last + 1, c0)) {
    /* "Lee started out the debate saying": the phrase before the
     * participle is the object of a verb; its subject speaks. */
    size_t os = s0, or_ = S_ing(a, c0)
                              ? lede__q_object_subject(a, s0, last, &os)
                              : s0;
    if (or_ > os) {
      *sp0 = os;
      *sp1 = or_;
      return 3;
    }
    *sp0 = n;
    *sp1 = last + 1;
    return 1;
  }
  /* "he spent more time mocking", "Marsh supporters have long
   * called", "Teneo issued a statement saying": the phrase before the
   * cue is no speaker; the clause's subject is. */
  size_t st = s0;
  size_t r = S_ing(a, c0) ? lede__q_object_subject(a, s0, last, &st) : st;
  if (r > st) {
    *sp0 = st;
    *sp1 = r;
    return 3;
  }
  st = s0;
  r = lede__q_clause_subject(a, s0, c0, &st);
  if (n != LEDE_NONE && r > st && r <= n && S_good_subject(a, st, r)) {
    *sp0 = st;
    *sp1 = r;
    return 3;
  }
  if (n != LEDE_NONE) {
    /* Reported, by nobody we can name: no speaker rather than a
     * guess. */
    *sp0 = *sp1 = c0;
    return 4;
  }
  return 0;
}

/* Where the subject starts past an opener and its comma ("In October,
 * Mr. Paulson, who ..."), when the sentence has a comma before its cue
 * (e: where the cue's auxiliaries start); else s0. */
static size_t S_speaker_past_opener(const lede_article *a, size_t s0,
                                    size_t e) {
  size_t b0 = s0;
  if (S_LEX(quote_stop, a, b0) || S_LEX(sentence_starters, a, b0)) {
    /* "In October, Mr. Paulson, who ...": past the opener. */
    size_t k = b0 + 1;
    while (k < e - 1 && k < b0 + 8 && !S_comma(a, k) &&
           !(S_tok(a, k)->flags & LEDE__T_QUOTE))
      k++;
    /* (but "Even China, its ally, said": the word opens the subject) */
    if (k + 1 < e - 1 && k < b0 + 8 && S_comma(a, k) &&
        !(S_opener_word(a, b0) && k > b0 + 1))
      b0 = k + 1;
  }
  return b0;
}

/* A phrase with a clause set off by commas before the cue (b0: past the
 * opener): the phrase speaks. Returns 1 when found, else 0. */
static int S_speaker_clause_aside(const lede_article *a, size_t s0,
                                  size_t c0, size_t e, size_t b0,
                                  int comma_before, size_t *sp0,
                                  size_t *sp1) {
  /* "Reyes, speaking at a rally, warned", "Lee, who retires soon,
   * praised": a name, then a participle or relative clause between
   * commas, then the cue; the phrase as written, the name its head. */
  if (comma_before && S_cap(a, b0) && !S_LEX(quote_stop, a, b0) &&
      e - 1 - b0 <= 24) {
    size_t n = lede__q_np_right(a, b0, c0);
    if (n > b0 && n + 1 < e - 1 && S_comma(a, n) &&
        (S_ing(a, n + 1) || S_is(a, n + 1, "who") ||
         S_is(a, n + 1, "which"))) {
      *sp0 = b0;
      *sp1 = e - 1;
      return 1;
    }
  }
  /* "The delegate, who backs Cruz, warned ...", "Lee, who calls it a
   * “farce,” said ...": a phrase opened by a determiner (or a name) and
   * a relative clause closed by a comma (inside the closing mark or
   * not) before the cue; the phrase speaks, not what follows the cue. */
  for (int pass = 0; pass < 2; pass++) {
    /* (from the sentence start, then past an opener: "In May, Lee, who
     * ..., said") */
    size_t f0 = pass ? b0 : s0;
    if (pass && b0 == s0) break;
    if (!(e > f0 + 4 && e - f0 <= 30 &&
          (S_comma(a, e - 1) ||
           ((S_tok(a, e - 1)->flags & LEDE__T_QUOTE) && S_comma(a, e - 2)))))
      continue;
    size_t h = f0;
    if (S_LEX(quote_determiners, a, h) &&
        !S_is(a, h, "that") && !S_is(a, h, "this"))
      h++;
    size_t n = h < c0 && (S_cap(a, h) || S_np_lower(a, h))
                   ? lede__q_np_right(a, h, c0)
                   : h;
    size_t q = e - 1;
    if (!S_comma(a, q)) q--; /* the comma inside the closing mark */
    /* ("Ann Lee, host of “Morning Call,” said": a name and an
     * apposition that closes on a quoted title) */
    int titled = (S_tok(a, e - 1)->flags & LEDE__T_QUOTE) &&
                 (h > f0 || S_cap(a, h)) && S_word(a, h) && n + 1 < q &&
                 S_word(a, n + 1) && !S_cap(a, n + 1);
    if (n > h && n + 2 < q && S_comma(a, n) &&
        (S_is(a, n + 1, "who") || S_is(a, n + 1, "which") || titled) &&
        !S_LEX(quote_pronouns, a, f0)) {
      /* no other comma or cue in the clause: it is one aside */
      size_t j = n + 2, marks = 0;
      for (; j < q && !S_comma(a, j) &&
             !(a->quote_verb[j] && j + 1 < q && S_is(a, j + 1, "that"));
           j++)
        marks += (S_tok(a, j)->flags & LEDE__T_QUOTE) != 0;
      if (j == q) {
        /* (the phrase as written; its head alone if the clause quotes) */
        *sp0 = f0;
        *sp1 = marks ? n : q;
        return 1;
      }
    }
  }
  return 0;
}

/* The speaker after an inverted cue (", says the FSB"), else a name with
 * an apposition opening the sentence (e: where the cue's auxiliaries
 * start; b0: past the opener). Returns 2, 1 or 0 = none. */
static int S_speaker_inverted(const lede_article *a, size_t s0, size_t s1,
                              size_t c0, size_t c1, size_t e, size_t b0,
                              int comma_before, size_t *sp0, size_t *sp1) {
  /* Inverted: ", says the FSB", ", said Smith, a spokesman." Only words
   * said or written invert: ", endorsed Marsh’ plan" has its object
   * after it, and so has a verb with its particle (", spoke highly of
   * the president"), unlike "said in a statement". */
  const char *lem = S_verb_lemma(a, c0);
  int cls = lem ? S_cue_class_of(lem) : LEDE_CUE_SPEECH;
  int inv = (c0 == s0 || S_comma(a, c0 - 1) || S_dash(a, c0 - 1) ||
             (S_tok(a, c0 - 1)->flags & LEDE__T_QUOTE)) &&
            (cls == LEDE_CUE_SPEECH || cls == LEDE_CUE_WRITING) &&
            (c1 == c0 + 1 || c0 == s0 || S_LEX(quote_documents, a, c1 - 1));
  /* "Lee — named by the paper as a likely pick — told Reyes ...": a dash
   * closing an aside leaves the subject before it. */
  if (inv && c0 > s0 && S_dash(a, c0 - 1))
    for (size_t j = s0; j + 1 < c0; j++)
      if (S_dash(a, j)) {
        inv = 0;
        break;
      }
  if (!inv && !comma_before) return 0;
  size_t r = inv ? lede__q_np_right(a, c1, s1) : c1;
  if (r > c1 &&
      (r >= s1 || S_tail_only(a, r, s1) ||
       (lem && S_same(lem, "say") && S_relative_tail(a, s0, s1, r)))) {
    *sp0 = c1;
    *sp1 = r;
    return 2;
  }
  /* "Steve Smith, a fundraiser close to the campaign, says ...": the
   * sentence opens with a name and an apposition. */
  if (comma_before && s0 + 1 < e && S_opener_word(a, s0))
    s0++; /* "Yet Democratic economists, like ..., say" */
  /* "For now, Pantucci, at the institute, said": past the opener. */
  if (b0 > s0 && S_cap(a, b0) && !(S_tok(a, b0)->flags & LEDE__T_NUM))
    s0 = b0;
  if (comma_before && e - 1 - s0 <= 40 &&
      (S_cap(a, s0) || S_np_lower(a, s0)) &&
      !S_LEX(quote_stop, a, s0)) {
    size_t n = lede__q_np_right(a, s0, c0), k = s0;
    while (k < e - 1 && !S_comma(a, k) &&
           !(S_tok(a, k)->flags & LEDE__T_QUOTE))
      k++;
    /* ("critics, including Lee, argue": a phrase in lower case speaks
     * when the aside names some of it) */
    if (!S_cap(a, s0) &&
        !(k + 1 < e - 1 && (S_is(a, k + 1, "including") ||
                            S_is(a, k + 1, "like") ||
                            S_is(a, k + 1, "especially"))))
      n = s0;
    /* (or a comma right after a whole name: "Sen. Al Lee (D-R.I.), said") */
    if (n > s0 && S_comma(a, k) &&
        ((k < e - 1 && (e - 1 - s0 <= 24 || n >= k)) ||
         (k == e - 1 && n >= k && S_cap(a, k - 1) + S_punct(a, k - 1, ')')))) {
      *sp0 = s0;
      *sp1 = e - 1;
      return 1;
    }
  }
  return 0;
}

/* Find the speaker of a cue [c0, c1) in sentence [s0, s1): to the left,
 * with an apposition ("the agency's press office, the FSB, said"), else to
 * the right ("says the FSB"). Sets sp0, sp1; returns 1 = left, 2 = right,
 * 3 = the clause's subject, 4 = nobody named, 0 = none. */
static int S_speaker0(const lede_article *a, size_t s0, size_t s1, size_t c0,
                     size_t c1, size_t *sp0, size_t *sp1, size_t *aux) {
  if (c0 > s0 + 1 && (S_ing(a, c0) || S_going_on_to(a, s0, c0)) &&
      S_participle_link(a, s0, c0))
    return S_speaker_participle(a, s0, c0, sp0, sp1);
  size_t e = lede__q_skip_aux_left(a, s0, c0);
  *aux = e;
  int comma_before = 0;
  /* ("Lee took the stage, then said ...": "then" after a comma joins a
   * second predicate as "and" does) */
  if (e > s0 + 1 && (S_is(a, e - 1, "and") || S_is(a, e - 1, "but") ||
                     (e < c0 && S_is(a, e, "then") && S_comma(a, e - 1))))
    return S_speaker_conjoined(a, s0, c0, e, sp0, sp1);
  if (e > s0) {
    size_t last = e - 1;
    /* "Marcel Lazar, 44, said", "Democrats — and some Republicans —
     * say": an age or an aside between the subject and its verb. */
    if (last > s0 + 1 && S_dash(a, last) &&
        S_speaker_dashed_name(a, s0, c0, last, sp0, sp1))
      return 1;
    if (last > s0 + 1 && (S_comma(a, last) || S_dash(a, last)) &&
        S_speaker_aside(a, s0, c0, last, sp0, sp1))
      return 1;
    /* (the phrase ending at last, read once for the count and the
     * branch after it) */
    int comma_last = S_comma(a, last) && last > s0;
    size_t nsub = LEDE_NONE, nl = LEDE_NONE;
    if (!comma_last) {
      nsub = lede__q_number_subject0(a, s0, last);
      if (nsub == LEDE_NONE) {
        nl = lede__q_np_left(a, s0, last);
        nsub = S_number_subject_np(a, s0, last, nl);
      }
    }
    if (comma_last) {
      comma_before = 1;
      if (S_speaker_apposition(a, s0, last, sp0, sp1)) return 1;
    } else if (nsub != LEDE_NONE) {
      /* "Six in 10 say", "42% said", "Most believe" */
      *sp0 = nsub;
      *sp1 = last + 1;
      /* "four in 10", read past as a time adjunct */
      if (last + 2 < c0 && (S_is(a, last + 1, "in") || S_is(a, last + 1, "of")) &&
          (S_tok(a, last + 2)->flags & LEDE__T_NUM))
        *sp1 = last + 3;
      return 1;
    } else if (!(S_tok(a, last)->flags & LEDE__T_PUNCT) ||
               S_punct(a, last, ')') || S_suffix_stop(a, last)) {
      return S_speaker_phrase(a, s0, c0, last, nl, sp0, sp1);
    }
  }
  size_t b0 = comma_before ? S_speaker_past_opener(a, s0, e) : s0;
  if (S_speaker_clause_aside(a, s0, c0, e, b0, comma_before, sp0, sp1))
    return 1;
  return S_speaker_inverted(a, s0, s1, c0, c1, e, b0, comma_before, sp0,
                            sp1);
}

/* The speaker of a cue, as S_speaker0 finds it, but a relative pronoun
 * subject a few words back names it when there is one. */
int lede__q_speaker(const lede_article *a, size_t s0, size_t s1, size_t c0,
                    size_t c1, size_t *sp0, size_t *sp1) {
  /* "There were emails that night showing ...", "there is no data
   * suggesting": what the sentence says exists speaks. */
  if (S_ing(a, c0) && c0 > s0 + 2) {
    size_t k = c0;
    while (k > s0 + 2 && k + 7 > c0 && S_word(a, k - 1) &&
           !S_is(a, k - 1, "there") && !a->quote_verb[k - 1] &&
           !S_be(a, k - 1))
      k--;
    size_t b = k, t = k - 2; /* (k > s0 + 1: t is in the sentence) */
    while (b + 1 < c0 && S_LEX(quote_aux, a, b)) b++; /* "also" */
    if (b < c0 && S_be(a, k - 1) && !S_cap(a, b) &&
        S_is(a, t, "there") &&
        (t == s0 || !S_word(a, t - 1) || S_LEX(quote_stop, a, t - 1))) {
      *sp0 = b;
      *sp1 = c0;
      return 1;
    }
  }
  size_t aux = LEDE_NONE; /* lede__q_skip_aux_left(a, s0, c0), if read */
  int side = S_speaker0(a, s0, s1, c0, c1, sp0, sp1, &aux);
  if (!side) return 0;
  /* "It's worth noting that", "it is clear that voters want": an
   * "it" standing for what follows names nobody. */
  size_t x = *sp0;
  if (*sp1 == x + 1 && S_is(a, x, "it") && x + 2 < c0 &&
      (S_be(a, x + 1) || S_be_contracted(a, x + 1)) &&
      (S_is(a, x + 2, "worth") || S_is(a, x + 2, "clear") ||
       S_is(a, x + 2, "unclear") || S_is(a, x + 2, "apparent") ||
       S_is(a, x + 2, "obvious") || S_is(a, x + 2, "evident") ||
       S_is(a, x + 2, "important") || S_is(a, x + 2, "notable"))) {
    *sp0 = *sp1 = c0;
    return 4;
  }
  /* "It is unclear whether Lee knew ...", "it's hard to know where
   * donors will decide": a question the writer leaves open asserts no
   * one's knowing or deciding. */
  if (x > s0 + 1 && (S_is(a, x - 1, "whether") || S_is(a, x - 1, "if") ||
                     S_is(a, x - 1, "where") || S_is(a, x - 1, "how"))) {
    for (size_t w = x - 1; w > s0 && w + 5 > x; w--)
      if (S_is(a, w - 1, "unclear") || S_is(a, w - 1, "uncertain") ||
          S_is(a, w - 1, "unknown") ||
          (S_is(a, w - 1, "clear") && w > s0 + 1 && S_is(a, w - 2, "not")) ||
          (S_is(a, w - 1, "know") && w > s0 + 1 &&
           (S_is(a, w - 2, "to") || S_negation(a, w - 2)))) {
        *sp0 = *sp1 = c0;
        return 4;
      }
  }
  size_t e = aux != LEDE_NONE ? aux : lede__q_skip_aux_left(a, s0, c0), r0, r1;
  if (S_relative_subject(a, s0, c0, e, &r0, &r1)) {
    *sp0 = r0;
    *sp1 = r1;
    return 1;
  }
  /* "..., after half said so", "as early vote data shows": a clause
   * opened by a conjunction has its own subject, between it and the
   * cue; not the main clause's. */
  if (e > s0 + 1 && e < c0 + 1 && !S_ing(a, c0)) {
    size_t b = e - 1;
    while (b > s0 && b + 6 > e && !S_subordinator(a, b) && S_word(a, b) &&
           !a->quote_verb[b])
      b--;
    /* (not "such as post-traumatic stress", nor a noun read as the cue:
     * "because similar disputes are common") */
    if (S_subordinator(a, b) && !S_is(a, b, "that") && b + 1 < e &&
        !(S_is(a, b, "as") && b > s0 &&
          (S_is(a, b - 1, "such") || S_is(a, b - 1, "same"))) &&
        !(c1 < s1 && (S_be(a, c1) || S_finite_aux(a, c1))) &&
        !(S_tok(a, b + 1)->flags & LEDE__T_NUM) &&
        lede__q_np_right(a, b + 1, e) == e && (*sp0 >= *sp1 || *sp1 <= b)) {
      *sp0 = b + 1;
      *sp1 = e;
      /* ("while nine in 10 said": the count, not a time) */
      if (e + 2 <= c0 && S_is(a, e, "in") && (S_tok(a, e + 1)->flags & LEDE__T_NUM))
        *sp1 = e + 2;
      return 1;
    }
  }
  return side;
}

/* A head noun that is also a cue verb, after a determiner inside a
 * prepositional phrase opened at token i: "after the vote", "at a
 * Saturday rally". */
static int S_pp_head(const lede_article *a, size_t i, size_t k) {
  if (k <= i + 1 || !a->quote_verb[k] || !S_word(a, k) || S_cap(a, k) ||
      S_ing(a, k) || S_past(a, k) || S_is(a, k - 1, "that"))
    return 0;
  return S_LEX(quote_determiners, a, k - 1) ||
         (k > i + 2 && S_cap(a, k - 1) &&
          S_LEX(quote_determiners, a, k - 2));
}

/* Tokens after a cue that are adjuncts, not content ("in an interview on
 * Tuesday", "to reporters"): returns the first token after them. */
size_t lede__q_skip_adjuncts(const lede_article *a, size_t i, size_t s1) {
  int steps = 0;
  while (i < s1 && steps < 12) {
    /* "wants to close": an infinitive is content, not an adjunct. */
    if (S_is(a, i, "to") && i + 1 < s1 && S_word(a, i + 1) &&
        !S_cap(a, i + 1) &&
        !S_LEX(quote_determiners, a, i + 1) &&
        !S_LEX(quote_objects, a, i + 1) &&
        !S_LEX(quote_pronouns, a, i + 1) &&
        !S_is(a, i + 1, "him") && !S_is(a, i + 1, "them") &&
        !S_is(a, i + 1, "me") && !S_is(a, i + 1, "us"))
      break;
    /* "replied evenly, “...”", "fired back forcefully: “...”", "said
     * pleasantly into the phone.": an adverb in -ly before the comma or
     * colon that introduces the quotation, a preposition or the end. */
    if (S_ly(a, i) &&
        (i + 1 >= s1 || S_comma(a, i + 1) || S_punct(a, i + 1, ':') ||
         S_LEX(quote_after_cue, a, i + 1) ||
         S_LEX(quote_preps, a, i + 1) ||
         (S_tok(a, i + 1)->flags & LEDE__T_PUNCT))) {
      i++;
      steps++;
      continue;
    }
    if (S_LEX(quote_after_cue, a, i) || S_is(a, i, "to")) {
      /* A prepositional phrase: up to its head noun. */
      size_t k = i + 1;
      while (k < s1 && k < i + 6 &&
             ((S_possessive(a, k) && k > i + 1 && S_word(a, k - 1)) ||
              (S_word(a, k) &&
             !S_is(a, k, "that") && !S_LEX(quote_pronouns, a, k) &&
             (S_cap(a, k) || S_LEX(quote_determiners, a, k) ||
              S_LEX(quote_after_cue, a, k) || S_np_lower(a, k) ||
              S_LEX(day_parts, a, k) || /* "Monday morning" */
              (S_ing(a, k) && S_LEX(quote_determiners, a, k - 1)) ||
              S_pp_head(a, i, k)))))
        k++; /* (a head in -ing after a determiner: "in his filing") */
      if (k == i + 1) {
        /* A time word on its own: "said Thursday", "said yesterday". */
        if (S_cap(a, i) || S_LEX(quote_time_alone, a, i)) {
          i++;
          steps++;
          continue;
        }
        return i;
      }
      /* "on WXYZ’s “Morning Desk.”": a title in marks, capitalized, as
       * the phrase's head, right after the preposition or a possessive */
      if (k + 2 < s1 && (S_tok(a, k)->flags & LEDE__T_QUOTE) &&
          (k == i + 1 || S_possessive(a, k - 1)) && S_cap(a, k + 1) &&
          !S_is(a, i, "to")) {
        size_t m = k + 1;
        while (m < s1 && m < k + 10 && !(S_tok(a, m)->flags & LEDE__T_QUOTE))
          m++;
        if (m < s1 && (S_tok(a, m)->flags & LEDE__T_QUOTE)) k = m + 1;
      }
      steps += (int)(k - i);
      i = k;
      continue;
    }
    break;
  }
  return i;
}

/* Does a new predicate of the clause's subject start at token j (before
 * e): "and vowed", "and saying", ", promising", "before claiming"? */
static int S_new_predicate(const lede_article *a, size_t j, size_t e) {
  int comma = j < e && S_comma(a, j);
  if (comma) j++;
  if (j + 1 >= e) return 0;
  if (S_is(a, j, "and") || S_is(a, j, "but") || S_is(a, j, "before") ||
      S_is(a, j, "after")) {
    size_t v = j + 1;
    if ((S_is(a, j, "and") || S_is(a, j, "but")) && S_new_clause(a, v, e))
      return 1;
    if (S_ly(a, v) && v + 1 < e) v++; /* "before optimistically predicting" */
    if (S_LEX(quote_aux, a, v) && v + 1 < e) v++;
    const lede__token *t = S_tok(a, v);
    if (!(t->flags & LEDE__T_WORD) || (t->flags & LEDE__T_CAP)) return 0;
    /* ("called it “a disgrace” and ranked him last": any verb in -ed) */
    return (a->quote_verb[v] || (S_past(a, v) && !S_is(a, j, "before") &&
                                 !S_is(a, j, "after"))) &&
           (S_ing(a, v) || (!S_is(a, j, "before") && !S_is(a, j, "after")));
  }
  const lede__token *t = S_tok(a, j);
  return comma && (t->flags & LEDE__T_WORD) && !(t->flags & LEDE__T_CAP) &&
         S_ing(a, j);
}

/* "said", "told", "wrote": a cue's past form not in -ed, whose lemma
 * differs from the word and that is no -s form. */
static int S_irregular_past(const lede_article *a, size_t v) {
  const char *l = S_verb_lemma(a, v);
  const lede__token *t = S_tok(a, v);
  if (!l || (t->flags & LEDE__T_CAP) || a->text[lede__tend(t) - 1] == 's' ||
      S_ing(a, v))
    return 0;
  return !(strlen(l) == t->len && memcmp(l, a->text + t->start, t->len) == 0);
}

/* Is there a finite verb before the comma c in its sentence (a clause
 * the comma closes)? */
static int S_clause_before(const lede_article *a, size_t c) {
  size_t s0 = a->sent_tok.v[lede__tok_sent(a, c)];
  for (size_t j = s0 + 1; j < c; j++)
    if (S_finite(a, j) || S_present_s(a, j)) return 1;
  return 0;
}

/* Verbs whose passive names what is reported on, not who reports it:
 * "is expected to", "was told that", "is described as". */
static int S_passive_topic_lemma(const char *l) {
  return S_passive_lemma(l) || S_judging_lemma(l) ||
         lede__q_lemma_in(l, &lede__lex_quote_passive_topic_verbs);
}

/* Is the cue at i a passive participle after its subject (ending at
 * sp1), with no agent: after a form of "be" ("isn't expected to", "is
 * best known for", "was told that"), or right after the subject ("an
 * engineer accused of spying", "a developer known to be", "Kyle,
 * referred to as")? Only verbs of S_passive_topic_lemma: "is worried
 * that" and "warned of" keep their subject as the source. */
int lede__q_passive_subject(const lede_article *a, size_t sp0, size_t sp1,
                            size_t i, size_t s1) {
  const lede__token *t = S_tok(a, i);
  const char *e = a->text + lede__tend(t);
  const char *l = S_verb_lemma(a, i);
  if (!l || S_ing(a, i) || (t->flags & LEDE__T_CAP) || sp1 > i ||
      !S_passive_topic_lemma(l))
    return 0;
  int ed = t->len > 3 && e[-1] == 'd' && e[-2] == 'e';
  if (!ed && !S_irregular_past(a, i)) return 0;
  if (i + 1 < s1 && S_is(a, i + 1, "by")) return 0;
  for (size_t j = sp1; j < i; j++) {
    const lede__token *b = S_tok(a, j);
    const char *bt = a->text + b->start;
    if (S_be(a, j) ||
        (S_negation(a, j) && b->len > 4 &&
         (lede__eq_ci(bt, 2, "is") || lede__eq_ci(bt, 3, "was") ||
          lede__eq_ci(bt, 3, "are") || lede__eq_ci(bt, 4, "were"))))
      return 1;
  }
  /* ("an investment fund once known for", "a move partly intended
   * as": an adverb between) */
  size_t v = i;
  while (v > sp1 && v + 3 > i &&
         (S_ly(a, v - 1) || S_is(a, v - 1, "once") || S_is(a, v - 1, "now") ||
          S_is(a, v - 1, "also") || S_is(a, v - 1, "still") ||
          S_is(a, v - 1, "long") || S_is(a, v - 1, "best") ||
          S_is(a, v - 1, "often") || S_is(a, v - 1, "already") ||
          S_is(a, v - 1, "previously") || S_is(a, v - 1, "originally")))
    v--;
  if (!(sp1 == v || (sp1 + 1 == v && S_comma(a, sp1))) || i + 1 >= s1)
    return 0;
  /* "with Lee and Cole expected to win": an absolute phrase is passive */
  if (sp0 > 0 && S_is(a, sp0 - 1, "with") && ed) return 1;
  if (sp0 > 1 && S_is(a, sp0 - 1, "and"))
    for (size_t j = sp0 - 1; j-- > 0 && j + 8 > sp0;) {
      if (S_is(a, j, "with")) {
        if (ed) return 1;
        break;
      }
      if (!S_word(a, j) || S_finite(a, j)) break;
    }
  /* "in a state known for", "a series of hearings intended to", "it
   * includes 64 emails now deemed secret": a noun phrase after a
   * preposition or a verb is no clause's subject; the participle after
   * it is passive. */
  int bare = (S_same(l, "expect") || S_same(l, "know") ||
               S_same(l, "intend") || S_same(l, "deem") ||
               S_same(l, "consider")) &&
              (S_is(a, i + 1, "to") || S_is(a, i + 1, "as") ||
               S_is(a, i + 1, "for") || S_is(a, i + 1, "this") ||
               S_timeword(a, i + 1) ||
               (S_same(l, "deem") && S_word(a, i + 1) && !S_cap(a, i + 1) &&
                !S_LEX(quote_determiners, a, i + 1) &&
                !S_LEX(quote_pronouns, a, i + 1) &&
                !S_is(a, i + 1, "him") && !S_is(a, i + 1, "them")));
  if (sp0 > 0 && (ed || e[-1] == 'n') && bare &&
      !S_is(a, sp1 - 1, "who") && !S_is(a, sp1 - 1, "which") &&
      (S_LEX(quote_preps, a, sp0 - 1) || S_is(a, sp0 - 1, "of") ||
       S_is(a, sp0 - 1, "in") || S_is(a, sp0 - 1, "for") ||
       (S_finite(a, sp0 - 1) && !S_be(a, sp0 - 1) &&
        !S_finite_aux(a, sp0 - 1) && !S_LEX(quote_modals, a, sp0 - 1)) ||
       /* ("memos now deemed secret": "deem" takes its object before the
        * complement, so one right after it is passive) */
       (S_same(l, "deem") && !S_is(a, i + 1, "to") &&
        !S_LEX(quote_pronouns, a, sp0)) ||
       /* ("Lee resigned, a move partly intended as ...": a phrase in
        * apposition to a clause) */
       (S_comma(a, sp0 - 1) && !S_cap(a, sp0) &&
        S_LEX(quote_determiners, a, sp0) &&
        S_clause_before(a, sp0 - 1))))
    return 1;
  /* ("the group, which Lee blamed for ...": a relative clause's subject) */
  if (sp0 > 0 && (S_is(a, sp0 - 1, "which") || S_is(a, sp0 - 1, "that") ||
                  S_is(a, sp0 - 1, "whom") || S_is(a, sp0 - 1, "who")))
    return 0;
  /* ("he accused of": a subject pronoun acts) */
  if (sp1 == sp0 + 1 && S_personal(a, sp0) && !S_is(a, sp0, "it")) return 0;
  /* (a past tense takes an object: "The panel accused Lee of ...") */
  if (ed && S_judging_lemma(l) && (S_is(a, i + 1, "of") || S_is(a, i + 1, "for")))
    return 1;
  if (ed && i + 2 < s1 && S_is(a, i + 1, "to") && S_is(a, i + 2, "as"))
    return 1;
  return !ed && e[-1] == 'n'; /* "known", "shown", "seen" */
}

/* Does an object phrase [k, e) hold a verb of its own (a clause, not a
 * noun phrase)? A cue word after a determiner, an adjective or "of" is
 * its noun: "a possible suspect", "secretary of state". */
static int S_object_verb(const lede_article *a, size_t k, size_t e) {
  for (size_t j = k; j < e && j < k + 60; j++) {
    if (S_finite(a, j)) return 1;
    if (a->quote_verb[j] && !lede__q_noun_reading(a, j) && !S_ing(a, j) &&
        !S_cap(a, j) &&
        !(j > k && (S_LEX(quote_determiners, a, j - 1) ||
                    S_is(a, j - 1, "of") || S_possessive(a, j - 1) ||
                    S_adjective_shape(a, j - 1) ||
                    (j > k + 1 &&
                     S_LEX(quote_determiners, a, j - 2)))))
      return 1;
  }
  return 0;
}

/* Where a sentence opening with a connective ("And after ...", "So,
 * whether ...", "Even as ...") goes on: the token after it; else s0. */
static size_t S_past_connective(const lede_article *a, size_t s0, size_t s1) {
  size_t j = s0;
  if (j + 2 < s1 && (S_is(a, j, "and") || S_is(a, j, "but") ||
                     S_is(a, j, "so") || S_is(a, j, "yet"))) {
    j++;
    if (S_comma(a, j)) j++;
  }
  if (j + 2 < s1 && S_is(a, j, "even")) j++;
  /* ("Years after", "Two days before", "Shortly after": a measure of
   * time before the conjunction) */
  if (j + 3 < s1 && ((S_tok(a, j)->flags & LEDE__T_NUM) || S_is(a, j, "two") ||
                     S_is(a, j, "three") || S_is(a, j, "a") ||
                     S_is(a, j, "several") || S_is(a, j, "few")))
    if (S_is(a, j + 1, "years") || S_is(a, j + 1, "months") ||
        S_is(a, j + 1, "weeks") || S_is(a, j + 1, "days") ||
        S_is(a, j + 1, "hours") || S_is(a, j + 1, "year") ||
        S_is(a, j + 1, "month") || S_is(a, j + 1, "week") ||
        S_is(a, j + 1, "day"))
      j++;
  if (j + 2 < s1 && (S_is(a, j, "years") || S_is(a, j, "months") ||
                     S_is(a, j, "weeks") || S_is(a, j, "days") ||
                     S_is(a, j, "hours") || S_is(a, j, "year") ||
                     S_is(a, j, "month") || S_is(a, j, "week") ||
                     S_is(a, j, "day") || S_is(a, j, "shortly") ||
                     S_is(a, j, "soon") || S_is(a, j, "long") ||
                     S_is(a, j, "just")) &&
      (S_is(a, j + 1, "after") || S_is(a, j + 1, "before") ||
       S_is(a, j + 1, "since")))
    j++;
  /* "To the extent (that) voters know Lee, they ...": a conjunction of
   * three words */
  if (j + 4 < s1 && S_is(a, j, "to") && S_is(a, j + 1, "the") &&
      S_is(a, j + 2, "extent"))
    return S_is(a, j + 3, "that") ? j + 3 : j + 2;
  return j > s0 && (S_subordinator(a, j) || S_is(a, j, "whether")) ? j : s0;
}

/* Does the content starting at k sit in a subordinate clause or adjunct
 * opening the sentence [s0, ..) ("While ...", "With ...") and still open
 * at k? Then its comma ends the content. */
static int S_clause_sub(const lede_article *a, size_t s0, size_t k) {
  s0 = S_past_connective(a, s0, k);
  int sub = S_is(a, s0, "while") || S_is(a, s0, "although") ||
            S_is(a, s0, "though") || S_is(a, s0, "whereas") ||
            S_is(a, s0, "if") || S_is(a, s0, "because") ||
            S_is(a, s0, "when") || S_is(a, s0, "as") ||
            S_is(a, s0, "after") || S_is(a, s0, "before") ||
            S_is(a, s0, "until") || S_is(a, s0, "unless") ||
            S_is(a, s0, "once") || S_is(a, s0, "asked") ||
            S_is(a, s0, "whenever") || S_is(a, s0, "whether") ||
            S_is(a, s0, "lest") ||
            /* ("With the mayor reportedly weighing a run, a poll found
             * ...": an adjunct opening the sentence ends at its comma) */
            S_is(a, s0, "with") || S_is(a, s0, "without") ||
            S_is(a, s0, "despite") || S_is(a, s0, "amid") ||
            S_is(a, s0, "extent") ||
            (s0 > 0 && S_is(a, s0, "that") && S_is(a, s0 - 1, "extent"));
  /* (closed before the content: "When told ..., Lee said that in the
   * current climate, “...”" reports from the main clause; an aside right
   * after the conjunction, "Though, as a senator, Lee opposed ...", does
   * not close it) */
  for (size_t j = s0; sub && j < k; j++) {
    if (j == s0 + 1 && S_comma(a, j)) {
      for (j++; j < k && !S_comma(a, j); j++) {}
      continue;
    }
    if (S_comma(a, j)) sub = 0;
  }
  return sub;
}

/* Does the clause after "and", "but" or "yet" at i (after a comma) have
 * its own subject and verb? After an object with no verb of its own, the
 * clause is the writer's. */
static int S_writer_clause(const lede_article *a, size_t i, size_t e) {
  size_t v = i + 1;
  /* ("but now Lee plans ...") */
  if (v + 1 < e && (S_is(a, v, "now") || S_is(a, v, "then") ||
                    S_is(a, v, "later") || S_is(a, v, "still")))
    v++;
  if (!S_cap(a, v)) { /* "and at one point the crowd ..." */
    size_t w = lede__q_skip_adjuncts(a, v, e);
    if (w > v && w < v + 6 && !S_is(a, v, "at") && !S_is(a, v, "in")) v = w;
    else if (S_is(a, v, "at") || S_is(a, v, "in"))
      for (size_t m = v + 2; m < v + 5 && m + 1 < e; m++)
        if (S_LEX(quote_determiners, a, m) || S_cap(a, m) ||
            S_personal(a, m)) {
          v = m;
          break;
        }
  }
  /* (a plural noun opens a subject too: "and attorneys for the
   * family released ...") */
  size_t r = S_personal(a, v) && !S_is(a, v, "it") ? v + 1
             : S_cap(a, v) || S_LEX(quote_determiners, a, v) ||
                       S_plural_noun(a, v)
                 ? lede__q_np_right(a, v, e)
                 : v;
  /* ("now Lee plans to ...": the phrase reader took the verb in) */
  if (r > v + 1 && r < e && S_present_s(a, r - 1) &&
      (S_is(a, r, "to") || S_LEX(quote_determiners, a, r)))
    r--;
  if (r > v) r = lede__q_skip_adjuncts(a, r, e); /* "the report on Monday" */
  /* ("attorneys for the family released", "the report for the
   * first time cited": a phrase in a preposition before the verb) */
  for (int pp = 0; pp < 2 && r > v && r + 2 < e &&
                   (S_is(a, r, "for") || S_is(a, r, "of") ||
                    S_is(a, r, "on") || S_is(a, r, "in") ||
                    S_is(a, r, "at") || S_is(a, r, "with"));
       pp++) {
    size_t m = r + 1;
    while (m < e && m < r + 6 && S_word(a, m) && !S_finite(a, m) &&
           !S_past(a, m) && !S_irregular_past(a, m))
      m++;
    if (m >= e || m >= r + 6 || !S_word(a, m)) break;
    r = m;
  }
  while (r > v && r + 1 < e &&
         (S_LEX(quote_aux, a, r) || S_ly(a, r)))
    r++;
  if (r > v && r < v + 12 && r < e && !S_is(a, v, "that") &&
      (S_finite(a, r) || S_past(a, r) || S_irregular_past(a, r) ||
       (S_present_s(a, r) && !lede__q_noun_reading(a, r) && r + 1 < e &&
        (S_is(a, r + 1, "to") ||
         S_LEX(quote_determiners, a, r + 1)))))
    return 1;
  return 0;
}

/* Does "and" or "but" at i open a second report (its own speaker and
 * cue, or a second cue of the subject) after the content from k? */
static int S_second_report(const lede_article *a, size_t k, size_t i,
                           size_t e) {
  size_t v = i + 1;
  if (S_ly(a, v) && v + 1 < e) v++; /* "and specifically mentioned" */
  /* "..., and has championed an agenda": after a comma, a second
   * predicate of the subject with its auxiliary */
  if (S_comma(a, i - 1) && v + 1 < e && S_finite_aux(a, v) &&
      !S_be(a, v) && !S_cap(a, v + 1))
    v++;
  const lede__token *vt = S_tok(a, v);
  S_cue cv;
  if ((S_new_clause(a, i + 1, e) && !S_joined_content(a, k, i, e)) ||
      (a->quote_verb[v] && S_cue_at(a, v, e, &cv) && !S_cap(a, v) &&
       !lede__q_noun_reading(a, v) &&
       (S_past(a, v) || S_ing(a, v) || S_irregular_past(a, v) ||
        (v > i + 1 && a->text[lede__tend(vt) - 1] == 's')))) /* "and repeatedly says" */
    return 1;
  return 0;
}

/* Does the comma or dash at i set the writer's aside or comment on the
 * content from k (an apposition, "although", a cue in -ing, a second
 * predicate)? */
static int S_writer_aside(const lede_article *a, size_t k, size_t i,
                          size_t e) {
  /* "..., part of a movement": an apposition on the whole clause is
   * the writer's; so is "..., hours after the vote" and "- although
   * ...". */
  if (i > k + 2 && i + 1 < e && S_comma(a, i) &&
      ((S_is(a, i + 1, "part") && i + 2 < e && S_is(a, i + 2, "of")) ||
       ((S_is(a, i + 1, "hours") || S_is(a, i + 1, "days") ||
         S_is(a, i + 1, "minutes") || S_is(a, i + 1, "weeks")) &&
        i + 2 < e && (S_is(a, i + 2, "after") || S_is(a, i + 2, "before")))))
    return 1;
  if (i > k && i + 1 < e && S_dash(a, i) &&
      (S_is(a, i + 1, "although") || S_is(a, i + 1, "though")))
    return 1;
  /* "... — asserting that ...": a cue in -ing after a dash is a new
   * predicate of the speaker, as after a comma. */
  if (i > k + 1 && i + 2 < e && S_dash(a, i) && a->quote_verb[i + 1] &&
      S_ing(a, i + 1) && !S_cap(a, i + 1) &&
      !lede__q_noun_reading(a, i + 1))
    return 1;
  /* "..., an acknowledgment that ...", "... — a modest boost for ...":
   * a noun phrase set on the whole clause, with no mark closing it
   * after, is the writer's comment. */
  if (i > k + 2 && i + 2 < e && (S_comma(a, i) || S_dash(a, i)) &&
      (S_is(a, i + 1, "a") || S_is(a, i + 1, "an")) && S_word(a, i + 2) &&
      !S_cap(a, i + 2)) {
    size_t j = i + 1;
    while (j < e && !S_comma(a, j) && !S_dash(a, j) &&
           !(S_tok(a, j)->flags & LEDE__T_QUOTE))
      j++;
    if (j >= e) return 1;
  }
  /* "... was behind her tone, called her “third-rate”": a second
   * predicate after a comma. */
  if (i > k && i + 1 < e && S_comma(a, i) && a->quote_verb[i + 1] &&
      !S_cap(a, i + 1) && S_past(a, i + 1) && !lede__q_noun_reading(a, i + 1) &&
      i + 2 < e) {
    size_t o = i + 2; /* ("talked of a “stolen election”") */

    if (S_LEX(quote_objects, a, o) ||
        S_LEX(quote_determiners, a, o) || S_cap(a, o))
      return 1;
  }
  return 0;
}

/* Where the content ends at the comma *pi (sub: S_clause_sub): *pi, e,
 * or LEDE_NONE to read on, from *pi moved past an aside it keeps. */
static size_t S_comma_end(const lede_article *a, size_t e, int sub,
                          size_t *pi) {
  size_t i = *pi;
  if (sub) {
    /* ("If the Islamic State, or ISIS, has ...", "that my parents, Ann
     * and Lee, were ...": an apposition closed by a comma before the
     * clause's own verb stays in it) */
    size_t m = i + 1;
    while (m < e && m < i + 9 && S_word(a, m) && !S_finite(a, m) &&
           !(a->quote_verb[m] && !lede__q_noun_reading(a, m)))
      m++;
    if (m > i + 1 && m + 1 < e && S_comma(a, m) &&
        (S_finite(a, m + 1) || S_negation(a, m + 1) ||
         S_LEX(quote_modals, a, m + 1))) {
      *pi = m;
      return LEDE_NONE;
    }
    return i;
  }
  size_t j = i + 1;
  /* "..., while critics said ...": a contrast is the writer's. */
  if (S_is(a, j, "while") || S_is(a, j, "whereas")) return i;
  if (S_is(a, j, "which") || S_is(a, j, "who")) {
    /* "the plan, which critics call costly, is “dead”": a relative
     * clause closed by a comma and followed by the predicate it
     * interrupts; "a turnout, which “will help”": one that quotes the
     * speaker's words. Either stays in the content. */
    size_t m = j + 1;
    int quoted = 0, cue = 0;
    while (m < e && m < j + 30 && !S_comma(a, m) && !S_punct(a, m, ';') &&
           !S_dash(a, m)) {
      if (S_tok(a, m)->flags & LEDE__T_QUOTE) quoted = 1;
      if (a->quote_verb[m]) cue = 1; /* ("which he said was “…”") */
      m++;
    }
    if (quoted && !cue && m >= e) return e;
    if (quoted && !cue && S_comma(a, m)) {
      *pi = m - 1;
      return LEDE_NONE;
    }
    size_t mv = m + 1;
    /* ("..., which Republicans back, “wouldn't go 10 feet”": the
     * predicate may open a quotation) */
    if (mv + 1 < e && (S_tok(a, mv)->flags & LEDE__T_QUOTE)) mv++;
    if (m + 1 < e && m < j + 30 && S_comma(a, m) && mv < e &&
        (S_finite_aux(a, mv) || S_negation(a, mv))) {
      *pi = m; /* (the loop goes on after the closing comma) */
      return LEDE_NONE;
    }
    if (S_is(a, j, "which")) {
      /* ("..., which is a problem because, “In the end ...”": the
       * speaker's words later in the clause keep it in the content) */
      for (size_t r = m; !cue && r < e; r++) {
        if (a->quote_verb[r]) break;
        if (S_tok(a, r)->flags & LEDE__T_QUOTE) return e;
      }
      return i;
    }
  }
  if ((S_ing(a, j) && a->quote_verb[j]) ||
      (S_is(a, j, "according") && j + 1 < e && S_is(a, j + 1, "to")))
    return i;
  /* "..., compared with 64 percent who say ...", "..., double the
   * number who said ...": another group's report set against it. */
  for (size_t m = j + 1; m + 1 < e && m < j + 10 && !S_comma(a, m); m++)
    if (S_is(a, m, "who") && a->quote_verb[m + 1] && !S_cap(a, m + 1) &&
        !lede__q_noun_reading(a, m + 1))
      return i;
  if ((S_is(a, j, "and") || S_is(a, j, "but")) && j + 1 < e &&
      S_LEX(quote_pronouns, a, j + 1) &&
      !S_is(a, j + 1, "who") && !S_is(a, j + 1, "which"))
    return i;
  return LEDE_NONE;
}

/* End of content that starts at token k: the sentence end, or an earlier
 * clause boundary (", and he railed ...", "; ...", or the comma closing a
 * clause opened by "While"/"Although"). */
size_t lede__q_clause_end(const lede_article *a, size_t s0, size_t s1,
                          size_t k) {
  size_t e = S_content_end(a, s0, s1);
  int sub = S_clause_sub(a, s0, k);
  size_t lim = k + 80;
  int inq = 0, paren = 0;
  for (size_t i = k; i < e && i < lim; i++) {
    /* The tests below stop only at a mark or other punctuation, "and",
     * "but", "yet" or a subordinator: other words are passed over. */
    const lede__token *ti = S_tok(a, i);
    if (!(ti->flags & (LEDE__T_PUNCT | LEDE__T_QUOTE)) && ti->len != 3 &&
        !S_subordinator(a, i))
      continue;
    /* Never cut inside quotation marks: a mark toggles. */
    if (ti->flags & LEDE__T_QUOTE) {
      inq = !inq;
      /* "called it “a disgrace” and vowed to ...", "... “safe,”
       * promising to ...": a new predicate after the closing mark is
       * no longer the reported content. */
      if (!inq && i > k && S_new_predicate(a, i + 1, e) &&
          !S_joined_content(a, k, i + 1, e))
        return i + 1;
      /* After a quotation closing on a comma, what follows is the
       * writer's: "... “a club,” which drew boos", "her “50-state
       * strategy,” promising ...", "the “Charleston loophole,” a flaw in
       * ...", "“We’ll see,” when asked whether ...", "Lee, who calls
       * himself “a fixer,” has taken ...", unless the list of quotations
       * goes on ("“losers,” “dopes” and ..."). */
      if (!inq && i > k + 1 && i + 1 < e && S_comma(a, i - 1) &&
          !(S_tok(a, i + 1)->flags & LEDE__T_QUOTE) &&
          !S_is(a, i + 1, "and") && !S_is(a, i + 1, "or"))
        return i + 1;
      continue;
    }
    if (inq) continue;
    if (S_punct(a, i, ';')) return i;
    /* "(Cole called it “horrific”)": the aside ends the clause. */
    if (S_punct(a, i, '(')) paren++;
    if (S_punct(a, i, ')') && paren-- == 0) return i;
    if (i > k && S_is(a, i, "but") && i + 1 < e &&
        (S_LEX(quote_modals, a, i + 1) || a->quote_verb[i + 1]))
      return i; /* "she will vote for him but has withheld ..." */
    /* "... — but the campaign rejected it": the writer's aside. */
    if (i > k && S_dash(a, i) && i + 1 < e && S_is(a, i + 1, "but"))
      return i;
    /* "calling for a ban after the senator suggested ...", "... as he
     * live-tweeted ...": a subordinate clause with its own speaker and
     * cue is another report, not this one's content. */
    if (i > k + 1 && i + 2 < e && S_subordinator(a, i) &&
        S_new_clause(a, i + 1, e) && !S_joined_content(a, k, i, e))
      return S_comma(a, i - 1) ? i - 1 : i;
    /* "talks about a consensus, but the council is divided": after an
     * object with no verb of its own, a clause with its own subject and
     * verb is the writer's. */
    if (i > k + 1 && i + 2 < e && S_comma(a, i - 1) &&
        (S_is(a, i, "and") || S_is(a, i, "but") || S_is(a, i, "yet")) &&
        !S_object_verb(a, k, i - 1) && !S_is(a, k, "that") &&
        S_writer_clause(a, i, e))
      return i - 1;
    /* "Ortega said A and Reyes said B": the second attribution's own;
     * "lamented the state of the race and criticized ...": a second
     * predicate of the subject with a cue of its own. */
    if (i > k && i + 1 < e && (S_is(a, i, "and") || S_is(a, i, "but")) &&
        !(S_is(a, i, "and") && S_np_only(a, k, i)) &&
        S_second_report(a, k, i, e))
      return S_comma(a, i - 1) ? i - 1 : i;
    if (S_writer_aside(a, k, i, e)) return i;
    if (!S_comma(a, i) || i + 1 >= e) continue;
    size_t r = S_comma_end(a, e, sub, &i);
    if (r != LEDE_NONE) return r;
  }
  return e;
}
