/* Quotes: reported speech from cues, noun frames, adjectives and reports
 * with no speaker (passes 3 to 3d). */
#include "quotes_internal.h"

/* S_LEX for a closed class of a few function words (data/lex/quote_*),
 * its length and first-byte test (S_MAYBE) written inline: most words
 * are answered as cheaply as by a chain of S_is, with no call. */
#define S_CLASS(name, a, i)                                                 \
  (S_MAYBE(name, (a)->text + S_tok((a), (i))->start, S_tok((a), (i))->len) && \
   S_LEX(name, (a), (i)))

/* A reported clause is a clause: in a run-on text of thousands of words
 * without a full stop, keep the S_CONTENT_MAX tokens next to the cue, so
 * overlapping contents stay linear in the text. */
static inline lede_span S_cap_content(const lede_article *a, lede_span c,
                                      size_t cue_start) {
  size_t t0 = lede__tok_at(a, c.start), t1 = lede__tok_at(a, c.end);
  if (t1 - t0 <= S_CONTENT_MAX) return c;
  if (c.start >= cue_start) t1 = t0 + S_CONTENT_MAX;
  else t0 = t1 - S_CONTENT_MAX;
  return S_span_tok(a, t0, t1);
}

/* A word opening a sentence that cannot be its subject: an adverb in
 * -ly, a participle, or a function word ("Recently", "Frightened",
 * "Besides", "Still"). */
static inline int S_bad_opener(const lede_article *a, size_t k) {
  const lede__token *t = S_tok(a, k);
  const char *e = a->text + lede__tend(t);
  if (!(t->flags & LEDE__T_WORD) || S_personal(a, k) ||
      (t->flags & LEDE__T_UPPER))
    return 0;
  return S_ly(a, k) || S_ing(a, k) ||
         (t->len > 4 && e[-1] == 'd' && e[-2] == 'e') ||
         (S_LEX(sentence_starters, a, k) &&
          !S_LEX(quote_determiners, a, k) &&
          !S_is(a, k, "officials") && !S_is(a, k, "others") &&
          !S_is(a, k, "many") && !S_is(a, k, "few") && !S_is(a, k, "both") &&
          !S_is(a, k, "each") && !S_is(a, k, "one") && !S_is(a, k, "all") &&
          !S_is(a, k, "most") && !S_is(a, k, "more") && !S_is(a, k, "some") &&
          !S_is(a, k, "several") && !S_is(a, k, "other") &&
          !S_is(a, k, "who") && !S_is(a, k, "i") && !S_is(a, k, "you") &&
          !S_is(a, k, "we") && !S_is(a, k, "they")) ||
         (S_LEX(quote_stop, a, k) && !S_personal(a, k));
}

/* The first top-level pair ending after pos (pairs are disjoint and in
 * text order). */
static inline size_t S_pair_after(const S_ctx *x, size_t pos) {
  size_t lo = 0, hi = x->pairs.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x->pairs.v[mid].cend <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Pairs inside [start, end) become part of a mixed quote; returns how many
 * and widens *sp to whole pairs. */
static inline int S_absorb(S_ctx *x, lede_span *sp) {
  int n = 0;
  size_t i0 = S_pair_after(x, sp->start);
  for (size_t i = i0; i < x->pairs.n && i < i0 + 64 &&
                      x->pairs.v[i].open < sp->end; i++) {
    S_pair *p = &x->pairs.v[i];
    if (p->used) continue;
    if (p->open < sp->start) sp->start = p->open;
    if (p->cend > sp->end) sp->end = p->cend;
    p->used = 1;
    n++;
  }
  return n;
}

/* A report of sentence si whose content was found by its cue: indirect,
 * or mixed when it takes in quotations. */
static inline lede__quote *S_report(S_ctx *x, size_t si, lede_span content,
                                    lede_span cue, const char *lemma) {
  lede__quote *q = S_new(x->a, x->a->sents.v[si].block);
  q->kind = S_absorb(x, &content) ? LEDE_QUOTE_MIXED : LEDE_QUOTE_INDIRECT;
  q->content = lede__s32(content);
  q->outer = lede__s32(content);
  q->cue = lede__s32(cue);
  q->lemma = lemma;
  return q;
}

/* Does [sp.start, sp.end) hold a whole top-level pair of marks? */
static inline int S_holds_pair(const S_ctx *x, lede_span sp) {
  size_t i = S_pair_after(x, sp.start);
  return i < x->pairs.n && x->pairs.v[i].open >= sp.start &&
         x->pairs.v[i].cend <= sp.end;
}

/* ==== Pass 3: reported speech from cues ================================= */

/* Is quote pq's cue inside the content of another quote of runs (index
 * ranges, 8 wide at most): a report nested in someone's statement ("Lee
 * said the council supports the plan")? */
static int S_nested_in_runs(const lede_article *a, size_t runs[2][2],
                            const lede__quote *pq) {
  for (int r = 0; r < 2; r++)
    for (size_t qk = runs[r][0]; qk < runs[r][1]; qk++) {
      const lede__quote *o = &a->quotes.v[qk];
      if (o != pq && o->content.start <= pq->cue.start &&
          pq->cue.end <= o->content.end)
        return 1;
    }
  return 0;
}

/* The attribution nearest before ce whose cue lies in [cs, ce) and that
 * has a speaker (with whole_before, its content ends before ce too), or
 * NULL. While pass 3 runs, the quotes hold pass 2's direct quotes of the
 * whole text in order, then pass 3's so far: each run is searched near
 * ce, not just the last quotes found. */
static const lede__quote *S_attribution_before(const S_ctx *x, size_t cs,
                                               size_t ce, int whole_before) {
  const lede_article *a = x->a;
  const lede__quote *best = NULL;
  size_t nd = x->ndirect < a->quotes.n ? x->ndirect : a->quotes.n;
  size_t lo = 0, hi = nd; /* first direct quote opening at or after ce */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a->quotes.v[mid].outer.start < ce) lo = mid + 1;
    else hi = mid;
  }
  size_t runs[2][2] = {{lo > 8 ? lo - 8 : 0, lo},
                       {a->quotes.n - nd > 8 ? a->quotes.n - 8 : nd,
                        a->quotes.n}};
  for (int r = 0; r < 2; r++)
    for (size_t qk = runs[r][1]; qk > runs[r][0]; qk--) {
      const lede__quote *pq = &a->quotes.v[qk - 1];
      if (pq->cue.start >= cs && pq->cue.end <= ce && !S_empty(lede__s64(pq->speaker)) &&
          (!whole_before || pq->content.end <= ce) &&
          !S_nested_in_runs(a, runs, pq)) {
        if (!best || pq->cue.start > best->cue.start) best = pq;
        break;
      }
    }
  return best;
}

/* Does a quotation open right after the cue at v (its speaker or
 * listener and adjuncts ending at k), past a comma or colon: "..., Lee
 * wrote to her followers, “...”"? Then the cue introduces it. */
static int S_opens_pair(const S_ctx *x, size_t v, size_t k, size_t s1) {
  const lede_article *a = x->a;
  int work = k > v + 1 && S_LEX(quote_works, a, k - 1);
  if (k < s1 && (S_comma(a, k) || S_punct(a, k, ':'))) k++;
  if (k + 1 >= s1 || !(S_tok(a, k)->flags & LEDE__T_QUOTE)) return 0;
  /* ("said in his 2012 book, “An American Son.”": a title.) */
  if (work) return -1;
  /* ("These rules, the lawyers said, “all command ...”": a quotation in
   * lower case goes on with the words before the attribution.) */
  if (!S_cap(a, k + 1)) return 0;
  size_t pi = S_pair_after(x, S_tok(a, k)->start);
  return pi < x->pairs.n && x->pairs.v[pi].open == S_tok(a, k)->start;
}

static size_t S_object_end(const lede_article *a, size_t k, size_t s1);

/* After "found", a clause without "that": a name or a determiner phrase,
 * then its verb or participle ("found Clinton leading Trump by 15
 * points", "found the nominee garnered twice the airtime"). */
static int S_found_clause(const lede_article *a, size_t k, size_t s1) {
  if (!(S_cap(a, k) || S_LEX(quote_determiners, a, k)) ||
      S_LEX(quote_pronouns, a, k))
    return 0;
  size_t r = lede__q_np_right(a, k, s1);
  return r > k && r < s1 && S_word(a, r) && !S_cap(a, r) &&
         (S_ing(a, r) || S_finite(a, r)) && !S_is(a, r, "being");
}

/* Do the words [s0, i) only open an adjunct before a participle at i:
 * "Besides", "Instead of", "Since", "One month after", "Before
 * formally"? */
static int S_adjunct_lead(const lede_article *a, size_t s0, size_t i) {
  if (i <= s0 || i > s0 + 5) return 0;
  int conj = 0;
  for (size_t k = s0; k < i; k++) {
    if (S_subordinator(a, k) && !S_is(a, k, "as")) conj = 1;
    else if (S_LEX(quote_adjunct_leads, a, k))
      conj = 1;
    else if (!(S_LEX(quote_adjunct_fillers, a, k) || S_ly(a, k) ||
               S_timeword(a, k)))
      return 0;
  }
  return conj;
}

/* Does a participle phrase open the sentence and hold the cue at i:
 * "Holding signs calling Lee a liar, the protesters ..."? Its words up
 * to i are the participle and its object, with no comma or mark. */
static int S_participle_lead(const lede_article *a, size_t s0, size_t i) {
  if (i <= s0 + 1 || i > s0 + 8 || !S_ing(a, s0) || S_cap(a, s0 + 1) ||
      a->quote_verb[s0])
    return 0;
  for (size_t k = s0 + 1; k < i; k++)
    if (!S_word(a, k) || S_finite(a, k) || S_is(a, k, "and")) return 0;
  return 1;
}

static size_t S_question_at(const lede_article *a, size_t k, size_t s1);

/* Are the tokens [k, j) auxiliaries, negations or adverbs only (a verb
 * group's words before its verb at j), at most three? */
static int S_aux_run(const lede_article *a, size_t k, size_t j) {
  if (j > k + 3) return 0;
  for (; k < j; k++)
    if (!S_LEX(quote_aux, a, k) && !S_negation(a, k) &&
        !S_finite_aux(a, k) && !S_LEX(quote_modals, a, k) &&
        !S_ly(a, k))
      return 0;
  return 1;
}

/* One cue of pass 3 under study: its sentence, its speaker and the side
 * of the cue the speaker stands on (lede__q_speaker's codes; 2 for
 * "according to"). */
typedef struct {
  size_t si, s0, s1; /* the sentence and its tokens [s0, s1) */
  size_t i;          /* the cue's first token looked at */
  S_cue cu;
  size_t ce;       /* S_content_end of the sentence */
  size_t sp0, sp1; /* the speaker's tokens */
  int side;
} S_rcue;

/* Is cue word i in its bare form or in -s ("show", "shows"; not
 * "showed", "said", "shown")? */
static int S_bare_form(const lede_article *a, size_t i) {
  const char *l = a->quote_verb[i] ? S_verb_lemma(a, i) : NULL;
  const lede__token *t = S_tok(a, i);
  if (!l) return 0;
  size_t n = strlen(l);
  return (t->len == n || (t->len == n + 1 && S_s_form(a, i))) &&
         lede__eq_ci(a->text + t->start, n, l);
}

/* Cues that report nothing from where they stand. */
static int S_not_a_report(const lede_article *a, const S_rcue *r) {
  size_t s0 = r->s0, s1 = r->s1, i = r->i;
  /* "270 pledged delegates", "candidates backed by PACs": adjectival
   * and passive participles report nothing from the left. */
  if (!r->cu.according && i > s0 && (S_tok(a, i - 1)->flags & LEDE__T_NUM) &&
      S_past(a, i))
    return 1;
  /* "Lee said, asked about the plan", "Whenever asked whether": a
   * question put to someone unnamed (lede__q_sourceless reports it). */
  if (i > s0 && S_is(a, i, "asked") && i + 1 < s1 &&
      (S_comma(a, i - 1) || S_is(a, i - 1, "whenever") ||
       S_is(a, i - 1, "once") || S_is(a, i - 1, "until")) &&
      S_question_at(a, i + 1, s1) < s1)
    return 1;
  /* "the host of the morning show, said": a cue word in its bare or -s
   * form, then a comma and a speech verb in the past, ends that verb's
   * subject; it is a noun there ("Cruz said, called" is two verbs). */
  if (!r->cu.according && r->cu.cue1 == i + 1 && S_bare_form(a, i)) {
    size_t k = r->cu.cue1;
    if (k + 1 < s1 && S_comma(a, k) && a->quote_verb[k + 1] &&
        !S_bare_form(a, k + 1) && !S_ing(a, k + 1) &&
        S_cue_class_of(S_verb_lemma(a, k + 1)) == LEDE_CUE_SPEECH)
      return 1;
  }
  /* "added his third grand slam": a word inside a tally's noun phrase
   * is a noun of it, no cue. */
  if (!r->cu.according && i > s0 + 2) {
    size_t k = i;
    while (k > s0 + 1 && k + 5 > i && S_word(a, k - 1) && !S_cap(a, k - 1) &&
           !a->quote_verb[k - 1] && !S_is(a, k - 1, "and"))
      k--;
    const char *lem = k < i && a->quote_verb[k - 1] ? S_verb_lemma(a, k - 1)
                                                    : NULL;
    if (lem && lede__q_lemma_in(lem, &lede__lex_cue_tally)) {
      size_t t = k;
      if (t < i && S_LEX(quote_determiners, a, t) &&
          !S_LEX(quote_tally_words, a, t))
        t++;
      if (t < i && S_LEX(quote_tally_words, a, t)) return 1;
    }
  }
  return 0;
}

/* "The plan was praised by the mayor": the subject is the content and
 * the agent the speaker. Returns the token to go on from. */
static size_t S_passive_report(S_ctx *x, const S_rcue *rc) {
  lede_article *a = x->a;
  size_t s0 = rc->s0, s1 = rc->s1, i = rc->i;
  const S_cue *cu = &rc->cu;
  size_t b = lede__q_skip_aux_left(a, s0, i);
  size_t r = lede__q_np_right(a, cu->cue1 + 1, s1);
  if (b > s0 + 1 && S_be(a, b - 1) && r > cu->cue1 + 1 &&
      !S_LEX(quote_pronouns, a, cu->cue1 + 1)) {
    size_t c0 = b - 1, lo = c0 > s0 + 30 ? c0 - 30 : s0;
    while (c0 > lo && !S_comma(a, c0 - 1) && !S_punct(a, c0 - 1, ';') &&
           !(S_tok(a, c0 - 1)->flags & LEDE__T_QUOTE))
      c0--;
    lede_span content =
        S_trim_span(a, S_span_tok(a, c0, lede__q_skip_aux_left(a, c0, b - 1)));
    if ((c0 > lo || lo == s0) && !S_empty(content)) {
      lede__quote *q = S_report(
          x, rc->si, content, S_span_tok(a, cu->cue0, cu->cue1 + 1), cu->lemma);
      q->speaker = lede__s32(S_span_tok(a, cu->cue1 + 1, r));
      S_mark(x, cu->cue0, r);
      i = r - 1;
    }
  }
  return i;
}

/* Cues whose words after them report nothing. */
static int S_no_content(const lede_article *a, const S_rcue *r) {
  size_t s1 = r->s1;
  const S_cue *cu = &r->cu;
  /* "found" reports only a finding: "the study found that ...", "the
   * poll found 40 percent ...", "the report found it was ...". */
  if (S_same(cu->lemma, "find")) {
    /* (past adjuncts: "found in 2014 that") */
    size_t k = lede__q_skip_adjuncts(a, cu->cue1, s1);
    if (k < s1 && S_comma(a, k)) k++;
    if (!(k < s1 && (S_is(a, k, "that") ||
                     (S_tok(a, k)->flags & LEDE__T_NUM) ||
                     (S_LEX(quote_pronouns, a, k) &&
                      !S_is(a, k, "who") && !S_is(a, k, "which")) ||
                     S_CLASS(quote_found_quantifiers, a, k) ||
                     S_found_clause(a, k, s1))))
      return 1;
  }
  /* "added three assists", "added a goal", "added his seventh": a
   * tally, not words. */
  if (!cu->according &&
      lede__q_lemma_in(cu->lemma, &lede__lex_cue_tally)) {
    size_t k = cu->cue1;
    if (k < s1 && S_ly(a, k)) k++;
    if (k + 1 < s1 && S_LEX(quote_determiners, a, k) &&
        !S_LEX(quote_tally_words, a, k))
      k++;
    /* (not the subject of a clause: "added seven were suspended") */
    if (k < s1 && ((S_tok(a, k)->flags & LEDE__T_NUM) ||
                   S_LEX(quote_tally_words, a, k)) &&
        !(k + 1 < s1 && (S_finite(a, k + 1) || S_finite_aux(a, k + 1) ||
                         S_be(a, k + 1) ||
                         S_LEX(quote_modals, a, k + 1))))
      return 1;
  }
  /* "chanted outside city hall on Monday": a place, and no clause or
   * quotation after it, is where the words were said, not them. */
  if (!cu->according && S_cue_class_of(cu->lemma) == LEDE_CUE_SPEECH) {
    size_t k = lede__q_skip_adjuncts(a, cu->cue1, s1);
    if (k < s1 && S_LEX(quote_place_preps, a, k)) {
      size_t j = k + 1;
      while (j < s1 && !S_finite(a, j) && !S_finite_aux(a, j) &&
             !S_be(a, j) && !S_LEX(quote_modals, a, j) &&
             !S_is(a, j, "that") && !S_punct(a, j, ':') &&
             !(S_tok(a, j)->flags & LEDE__T_QUOTE))
        j++;
      if (j >= s1) return 1;
    }
  }
  /* "thought for a moment and said": a cue with only adjuncts before
   * the next cue reports nothing; the next one does. */
  if (!cu->according) {
    size_t k = cu->cue1;
    if (k < s1 && S_ly(a, k)) k++; /* "paused briefly and added" */
    if (k < s1 && (S_is(a, k, "for") || S_LEX(quote_preps, a, k))) {
      size_t j = k + 1;
      while (j < s1 && j < k + 5 && S_word(a, j) && !S_is(a, j, "and") &&
             !a->quote_verb[j] && !S_is(a, j, "that"))
        j++;
      k = j;
    }
    S_cue c2;
    if (k > cu->cue1 && k + 1 < s1 && S_is(a, k, "and") &&
        S_cue_at(a, k + 1, s1, &c2) && !c2.according)
      return 1;
  }
  return 0;
}

/* The end of the source after "according to" (cue cu, sentence ending
 * at s1): a noun phrase, an object pronoun, a quoted title, a noun a
 * participle modifies or a gerund with its maker; cu->cue1 when there
 * is none. */
static size_t S_according_source(const lede_article *a, const S_cue *cu,
                                 size_t s1) {
  size_t r = lede__q_np_right(a, cu->cue1, s1);
  /* "according to him": an object pronoun, a person named before. */
  if (r == cu->cue1 && S_LEX(quote_object_pronouns, a, r) &&
      (r + 1 >= s1 || S_comma(a, r + 1) || S_punct(a, r + 1, '.') ||
       S_punct(a, r + 1, ')') || S_dash(a, r + 1)))
    r++;
  if (r == cu->cue1) {
    /* "according to “Man of the World,” a book": a quoted title. */
    size_t k = cu->cue1;
    if (k < s1 && S_LEX(quote_determiners, a, k)) k++;
    if (k < s1 && (S_tok(a, k)->flags & LEDE__T_QUOTE)) {
      size_t j = k + 1;
      while (j < s1 && j < k + 16 && !(S_tok(a, j)->flags & LEDE__T_QUOTE))
        j++;
      if (j < s1 && j < k + 16 && j > k + 1) {
        r = j + 1; /* "the “Medicare for all” document" */
        if (r < s1 && S_word(a, r) && !S_comma(a, j - 1))
          r = lede__q_np_right(a, r, s1);
      }
    }
  }
  /* "according to a publishing executive": a participle read as the
   * cue's verb modifies the noun after it; "according to polling by
   * the bureau": a gerund source with its maker. */
  size_t k = cu->cue1;
  if (r <= k + 1 && k + 2 < s1 && S_LEX(quote_determiners, a, k) &&
      S_ing(a, k + 1) && !S_cap(a, k + 1) && S_word(a, k + 2) &&
      !S_cap(a, k + 2) && S_np_lower(a, k + 2) &&
      lede__q_np_right(a, k + 2, s1) > k + 2)
    r = lede__q_np_right(a, k + 2, s1);
  else if (r == k && k + 2 < s1 && S_ing(a, k) && !S_cap(a, k) &&
           (S_is(a, k + 1, "by") || S_is(a, k + 1, "from")))
    r = k + 1;
  return r;
}

/* "according to an analysis by the Lowell Institute", "a post
 * from Ann Lee", "audio provided by the station": the maker of a
 * thing speaks through it (not "Ann Lee from the agency"). The source
 * (ending at r) gives way to its maker in rc->sp0, sp1; returns where
 * the source now ends. */
static size_t S_according_maker(const lede_article *a, S_rcue *rc,
                                size_t r) {
  size_t s1 = rc->s1;
  const S_cue *cu = &rc->cu;
  size_t b = r;
  if (b + 1 < s1 && S_past(a, b) && S_is(a, b + 1, "by")) b++;
  if (b + 1 < s1 && (S_is(a, b, "by") || S_is(a, b, "from"))) {
    size_t r2 = lede__q_np_right(a, b + 1, s1);
    if (r2 > b + 1 && !S_LEX(quote_pronouns, a, b + 1)) {
      rc->sp0 = b + 1;
      rc->sp1 = r2;
      r = r2;
    }
  }
  /* "an interview his sister gave", "a letter that Lee wrote": the
   * subject of the clause that made it. */
  b = r < s1 && (S_is(a, r, "that") || S_is(a, r, "which")) ? r + 1 : r;
  if (b == r && r < s1 && S_LEX(quote_maker_verbs, a, r))
    /* (the noun phrase ran on into the clause's subject) */
    for (b = r - 1; b > cu->cue1 + 1; b--)
      if (S_LEX(quote_determiners, a, b)) break;
  size_t m = b;
  if (m < s1 && (S_LEX(quote_determiners, a, m) ||
                 S_LEX(quote_pronouns, a, m)))
    m++;
  while (m < s1 && m < b + 5 && S_word(a, m) && !a->quote_verb[m] &&
         !S_LEX(quote_maker_verbs, a, m) && !S_finite(a, m))
    m++;
  if (rc->sp1 == r && b > cu->cue1 + 1 && m > b && m < s1 &&
      S_LEX(quote_maker_verbs, a, m) &&
      (S_LEX(quote_determiners, a, b) || S_cap(a, b) ||
       S_LEX(quote_pronouns, a, b))) {
    rc->sp0 = b;
    rc->sp1 = m;
    r = m + 1;
  }
  return r;
}

/* The report opens its clause: at the sentence start, after a
 * conjunction ("But according to"), a colon or a parenthesis. (The
 * source ends at r.) */
static int S_according_opens(const lede_article *a, const S_rcue *rc,
                             size_t r) {
  size_t s0 = rc->s0, s1 = rc->s1, i = rc->i, ce = rc->ce;
  int opens = i == s0 || (i > s0 && S_comma(a, i - 1) && i - 1 == s0) ||
              (i == s0 + 1 && (S_CLASS(quote_coordinators, a, s0) ||
                               S_is(a, s0, "yet") || S_is(a, s0, "so") ||
                               S_punct(a, s0, '('))) ||
              (i > s0 && (S_punct(a, i - 1, ':') || S_punct(a, i - 1, '(')));
  /* "because, according to Lee, the ...", "While A, according to Lee,
   * B": after a subordinate clause or its word, the report opens the
   * main clause. */
  if (!opens && i > s0 + 1 && S_comma(a, i - 1) && r < s1 && S_comma(a, r) &&
      S_has_verb(a, r + 1, ce)) {
    /* (the comma before it is the clause's first: looked for backwards,
     * to the comma before, so the reports of a sentence cost its length) */
    size_t c = i - 1;
    while (c > s0 + 1 && !S_comma(a, c - 1)) c--;
    opens = S_subordinator(a, i - 2) || (S_subordinator(a, s0) && c == s0 + 1);
  }
  return opens;
}

/* "according to X": the source X and the content it gives; 0 when
 * there is none. */
/* (out of line: it runs once an "according to"; inline, GCC kept
 * S_content_after, on every other cue's path, out of line instead) */
static __attribute__((noinline)) int
S_according_content(const lede_article *a, S_rcue *rc, lede_span *content) {
  size_t s0 = rc->s0, s1 = rc->s1, i = rc->i, ce = rc->ce;
  const S_cue *cu = &rc->cu;
  size_t r = S_according_source(a, cu, s1);
  if (r == cu->cue1) return 0;
  rc->sp0 = cu->cue1;
  rc->sp1 = r;
  rc->side = 2;
  if (!S_cap(a, cu->cue1)) r = S_according_maker(a, rc, r);
  if (S_according_opens(a, rc, r)) {
    /* "According to reports emerging in the media, he ...": the
     * source's own modifiers run to the comma. */
    size_t k = r;
    while (k < s1 && k < r + 12 && !S_comma(a, k) &&
           !(S_tok(a, k)->flags & LEDE__T_QUOTE) && !a->quote_verb[k])
      k++;
    if (!(k < s1 && k < r + 12 && S_comma(a, k))) k = r;
    if (k < s1 && S_comma(a, k)) k++;
    *content = S_span_tok(a, k, ce);
  } else {
    size_t e = i;
    if (e > s0 && S_comma(a, e - 1)) e--;
    /* "... the gap in delegates, which stood at 263, according to
     * AP": the relative clause or "with" phrase right before is
     * what the source gives. */
    size_t b = s0, c = e;
    while (c > s0 + 1 && c + 40 > e && !S_comma(a, c - 1) &&
           !(S_tok(a, c - 1)->flags & LEDE__T_QUOTE))
      c--;
    if (c > s0 + 1 && c < e && S_comma(a, c - 1) &&
        (S_is(a, c, "which") || S_is(a, c, "who") ||
         S_is(a, c, "whom") || S_is(a, c, "where") ||
         S_is(a, c, "with")))
      b = c;
    *content = S_span_tok(a, b, e);
  }
  return 1;
}

/* "“No,” Hale responded, remarking that ...": the speaker of the
 * attribution before cue i in the sentence replaces [*sp0, *sp1) (that
 * lede__q_speaker found, if any). Returns whether there is a speaker. */
static int S_earlier_speaker(const S_ctx *x, size_t s0, size_t i,
                             size_t *sp0, size_t *sp1) {
  const lede_article *a = x->a;
  int found = *sp1 > *sp0;
  const lede__quote *pq = S_attribution_before(
      x, S_tok(a, s0)->start, S_tok(a, i)->start, 0);
  /* "May said the country would leave ... and suggested": a cue
   * after a modal or "to" in another report's content does not
   * share this past tense; the report holding it does. */
  size_t pc = pq ? lede__tok_at(a, pq->cue.start) : 0;
  while (pq && pc > s0 + 1 && S_ly(a, pc - 1)) pc--; /* "formally" */
  /* ("Lee said she wanted ... and predicted": a pronoun
   * subject inside Lee's content is Lee) */
  size_t pst = pq ? lede__tok_at(a, pq->speaker.start) : 0;
  if (pq && pc > s0 &&
      ((S_past(a, i) && (S_LEX(quote_modals, a, pc - 1) ||
                         S_is(a, pc - 1, "to"))) ||
       (S_personal(a, pst) &&
        lede__tok_at(a, pq->speaker.end) == pst + 1))) {
    const lede__quote *oq = S_attribution_before(
        x, S_tok(a, s0)->start, pq->cue.start, 0);
    if (oq && oq->content.start <= pq->cue.start &&
        pq->cue.end <= oq->content.end)
      pq = oq;
  }
  /* ("..., while her rival, Lee, has soared by saying": a
   * subject of its own after the attribution's content) */
  if (pq && found && S_tok(a, *sp0)->start >= pq->content.end &&
      S_tok(a, *sp0)->start >= pq->cue.end)
    pq = NULL;
  if (pq) {
    *sp0 = lede__tok_at(a, pq->speaker.start);
    *sp1 = lede__tok_at(a, pq->speaker.end);
    found = 1;
  }
  return found;
}

/* The subject of the main clause starting at st, after an opening
 * phrase: its end, or st if there is none before a verb. */
static size_t S_opener_subject(const lede_article *a, size_t st, size_t s1) {
  size_t r = S_personal(a, st) ? st + 1 : lede__q_np_right(a, st, s1);
  /* (the phrase may run into its verb: "the treasurer left") */
  for (size_t m = st + 1; m < r; m++)
    if (!S_cap(a, m) && (S_finite(a, m) || a->quote_verb[m])) {
      r = m;
      break;
    }
  /* (not its adverb: "Rubio still believes") */
  while (r > st + 1 && !S_cap(a, r - 1) &&
         S_LEX(quote_aux, a, r - 1))
    r--;
  if (r > st && r < s1 && S_good_subject(a, st, r) &&
      (S_verbish(a, r, 0) || S_finite(a, r) || S_ly(a, r) ||
       S_LEX(quote_aux, a, r)))
    return r;
  return st;
}

/* "Noting that A, Lee argued ...": a participle opening the sentence
 * reports A; the main clause's subject speaks. */
static void S_opener_report(S_ctx *x, const S_rcue *rc) {
  lede_article *a = x->a;
  size_t s1 = rc->s1;
  const S_cue *cu = &rc->cu;
  size_t k = cu->cue1, j, st = 0, r = 0;
  if (k < s1 && S_is(a, k, "that")) k++;
  int inq = 0;
  for (j = k; j < s1 && j < k + 40; j++) {
    if (S_tok(a, j)->flags & LEDE__T_QUOTE) {
      inq = !inq;
      /* (a comma inside the closing mark: 'calling him “a liar,” the
       * protesters'; the phrase goes on if no subject follows) */
      if (!inq && j > k && S_comma(a, j - 1) && j + 2 < s1 &&
          (r = S_opener_subject(a, j + 1, s1)) > j + 1) {
        st = ++j;
        break;
      }
    } else if (!inq && (S_comma(a, j) || S_punct(a, j, ';'))) {
      if (j > k && j + 2 < s1 && S_comma(a, j)) {
        st = j + 1;
        r = S_opener_subject(a, st, s1);
      }
      break;
    }
  }
  if (st && r > st) {
    lede_span c = S_trim_span(a, S_span_tok(a, k, j));
    if (!S_empty(c)) {
      lede__quote *q = S_report(
          x, rc->si, c, S_span_tok(a, cu->cue0, cu->cue1), cu->lemma);
      q->speaker = lede__s32(S_span_tok(a, st, r));
      S_mark(x, cu->cue0, cu->cue1);
    }
  }
}

/* Where the attribution ends after a speaker on the right (side 2):
 * ", said Smith, a spokesman." */
static size_t S_apposition_end(const lede_article *a, size_t s0, size_t s1,
                               size_t after) {
  if (S_relative_tail(a, s0, s1, after)) return s1;
  if (after < s1 && S_comma(a, after)) {
    size_t k = after + 1;
    size_t r = lede__q_np_right(a, k, s1);
    if (r > k && S_tail_only(a, r, s1) == 1) {
      after = r;
    } else if (r > k) {
      /* ", a spokeswoman for the council.": an apposition with no
       * verb or comma up to the end of the sentence. */
      size_t ce1 = S_content_end(a, s0, s1), j = r;
      while (j < ce1 && j < r + 15 && !S_comma(a, j) &&
             !a->quote_verb[j] && !(S_tok(a, j)->flags & LEDE__T_QUOTE))
        j++;
      if (j == ce1) after = s1;
    }
  }
  return after;
}

/* What follows the attribution of cue i ending at after: S_tail_only's
 * codes, 1 also when a participle goes on with the speaker's next act.
 * *adj: the end of the listener and adjuncts after the cue. */
static int S_attribution_tail(const lede_article *a, size_t i, size_t after,
                              size_t s1, size_t *adj) {
  /* "..., Smith told The Post on Thursday.": the listener too. */
  size_t lis = S_skip_listener(a, i, after, s1);
  int tail = S_tail_only(a, lis, s1);
  if (!tail) {
    /* "“...,” the paper wrote while acknowledging ...": the
     * speaker's next act, with no comma before it. */
    size_t j = lede__q_skip_adjuncts(a, lis, s1);
    if (j + 1 < s1 && S_CLASS(quote_participle_links, a, j) &&
        S_ing(a, j + 1) && !S_cap(a, j + 1))
      tail = 1;
  }
  *adj = tail == 2 ? lede__q_skip_adjuncts(a, lis, s1) : s1;
  if (tail == 2) {
    /* "..., Reyes told reporters, before insisting ...", "...,
     * Marsh said, going on to say ...": a participle after the
     * attribution is its speaker's next act; the content is the
     * words before. */
    size_t j = *adj;
    while (j < s1 && !S_comma(a, j) && (S_tok(a, j)->flags & LEDE__T_PUNCT))
      j++;
    if (j < s1 && S_comma(a, j)) j++;
    if (j < s1 && S_CLASS(quote_participle_links, a, j))
      j++;
    if (j < s1 && S_ly(a, j)) j++;
    if (j < s1 && S_ing(a, j) && !S_cap(a, j)) tail = 1;
  }
  return tail;
}

/* A parenthesis: "The conference it said would focus ...": the
 * content around the attribution ending at after. */
static lede_span S_parenthesis_content(const lede_article *a,
                                       const S_rcue *rc, size_t after) {
  size_t s0 = rc->s0, s1 = rc->s1, sp0 = rc->sp0;
  lede_span content = S_span_tok(a, s0, rc->ce);
  size_t r = sp0 - 1;
  if (rc->side == 1 && sp0 > s0 + 1 &&
      (S_is(a, r, "which") || S_is(a, r, "that") ||
       S_is(a, r, "what") || S_is(a, r, "whom"))) {
    /* "the bathroom rule, which critics said was unfair": the
     * relative clause's predicate is what they said. */
    content = S_span_tok(a, after, lede__q_clause_end(a, after, s1, after));
  } else if (rc->side == 1 && sp0 > s0 + 1 && S_word(a, r) &&
             !S_cap(a, r) && S_np_lower(a, r) && !S_past(a, r)) {
    /* "listed her failings, failings she said are outweighed":
     * the noun it speaks of heads the report. */
    size_t n = lede__q_np_left(a, s0, r);
    if (n != LEDE_NONE && n > s0)
      content = S_span_tok(a, n, lede__q_clause_end(a, n, s1, after));
  }
  return content;
}

/* "told Yahoo News in a story that ran Monday that he believes", "told
 * the Post before he spoke that": after a telling cue i, an adjunct
 * with a clause of its own at k, then "that" and the content's subject.
 * Returns that "that", or k. */
static size_t S_told_that(const lede_article *a, size_t i, size_t k,
                          size_t s1) {
  if (k + 2 < s1 && S_LEX(quote_tell_verbs, a, i) &&
      (S_LEX(quote_preps, a, k) || S_subordinator(a, k) ||
       (S_is(a, k, "that") && !S_cap(a, k + 1) &&
        (S_past(a, k + 1) || S_finite(a, k + 1))))) {
    for (size_t j = k + 1; j < s1 && j < k + 20; j++) {
      if (S_comma(a, j) || (S_tok(a, j)->flags & LEDE__T_QUOTE) ||
          S_punct(a, j, ';') || S_punct(a, j, ':'))
        break;
      if (S_is(a, j, "that") && j + 1 < s1 &&
          (S_personal(a, j + 1) || S_cap(a, j + 1) ||
           S_LEX(quote_determiners, a, j + 1)) &&
          !S_finite(a, j + 1) && !S_past(a, j + 1)) {
        k = j;
        break;
      }
    }
  }
  return k;
}

/* "he said, when a protester stumbled", "wrote while a student": a
 * clause of time at k, right after the cue, is the writer's, unless a
 * main clause follows it after a comma ("said when the vote came, the
 * council would split"). */
static int S_timed_aside(const lede_article *a, size_t k, size_t s1,
                         size_t ce) {
  int timed = k + 1 < s1 &&
              (S_is(a, k, "when") || S_is(a, k, "while") ||
               S_is(a, k, "whenever") || S_is(a, k, "until") ||
               ((S_is(a, k, "before") || S_is(a, k, "after")) &&
                !S_ing(a, k + 1) &&
                !S_LEX(quote_preps, a, k + 1)));
  int main_after = 0;
  for (size_t j = k + 1; timed && j < ce && j < k + 30 && !main_after; j++)
    main_after = S_comma(a, j) && j + 1 < ce &&
                 (S_personal(a, j + 1) || S_cap(a, j + 1) ||
                  S_is(a, j + 1, "that") ||
                  S_LEX(quote_determiners, a, j + 1));
  return timed && !main_after;
}

/* The first token of the content after the attribution ending at
 * after, or LEDE_NONE when the cue reports nothing there. */
static size_t S_content_start(const lede_article *a, const S_rcue *rc,
                              size_t after) {
  size_t s1 = rc->s1, i = rc->i;
  /* "told Reuters", "told reporters on Tuesday" */
  size_t k = S_skip_listener(a, i, after, s1);
  k = lede__q_skip_adjuncts(a, k, s1);
  k = S_told_that(a, i, k, s1);
  if (k < s1 && S_comma(a, k)) {
    k++;
    /* "The board said, reasoning that ...": the participle
     * reports; this cue has no content of its own. */
    if (k < s1 && S_ing(a, k) && a->quote_verb[k] && !S_cap(a, k))
      return LEDE_NONE;
  }
  if (lede__q_lemma_in(rc->cu.lemma, &lede__lex_cue_clause_only)) {
    /* "maintained that", "advised him to", "advising Lee on
     * strategy": a clause or topic within a few words (a listener
     * first); "maintained a lead" has none. */
    size_t j = k;
    while (j < s1 && j < k + 8 && !S_is(a, j, "that") &&
           !S_is(a, j, "to") && !S_punct(a, j, ':') &&
           !S_is(a, j, "on") && !S_is(a, j, "about") &&
           !S_comma(a, j) && !(S_tok(a, j)->flags & LEDE__T_QUOTE))
      j++;
    if (!(j < s1 && j < k + 8 && !S_comma(a, j))) return LEDE_NONE;
  }
  if (S_timed_aside(a, k, s1, rc->ce)) return LEDE_NONE;
  /* (not "say that won't be true": "that" is the subject) */
  if (k < s1 && (S_punct(a, k, ':') ||
                 (S_is(a, k, "that") &&
                  !(k + 1 < s1 && ((S_finite_aux(a, k + 1) &&
                                    !S_is(a, k + 1, "being") &&
                                    !S_is(a, k + 1, "been") &&
                                    !S_is(a, k + 1, "be")) ||
                                   S_negation(a, k + 1))))))
    k++;
  if (k >= rc->ce) return LEDE_NONE;
  return k;
}

/* "endorsed Trump in early June, but ...": a stance or action takes a
 * noun phrase, not a clause (those that report what was found or shown
 * excepted). The end of the content from k, at most end. */
static size_t S_other_cue_end(const lede_article *a, const S_rcue *rc,
                              size_t k, size_t end) {
  size_t s1 = rc->s1;
  /* ("criticized how the agency handled it", "focused on what
   * they said was ...": a clause in a wh-word is the object) */
  int wh = S_CLASS(quote_wh_words, a, k) || S_is(a, k, "where");
  /* (and an infinitive is a clause: "decided to review the
   * February 29 deal") */
  int inf = S_is(a, k, "to") && k + 1 < s1 && S_word(a, k + 1) &&
            !S_cap(a, k + 1) &&
            !S_LEX(quote_determiners, a, k + 1) &&
            !S_LEX(quote_pronouns, a, k + 1);
  if (inf) {
    /* the infinitive's clause, to its first comma (not a
     * date's: "February 29, 2020") */
    for (size_t j = k + 2; j + 1 < end; j++)
      if (S_comma(a, j) && !(S_tok(a, j + 1)->flags & LEDE__T_NUM) &&
          !(S_tok(a, j)->flags & LEDE__T_QUOTE)) {
        end = j;
        break;
      }
  } else if (!wh && !lede__q_lemma_in(rc->cu.lemma, &lede__lex_cue_findings) &&
             !S_is(a, k - 1, "that") && !S_punct(a, k - 1, ':')) {
    size_t oe = S_object_end(a, k, s1), m = oe;
    /* (quoted words after it keep the clause: a mixed quote) */
    while (m < end && !(S_tok(a, m)->flags & LEDE__T_QUOTE)) m++;
    if (oe > k && oe < end && m >= end) end = oe;
  }
  return end;
}

/* "Voters who backed the levy said ...": a relative clause ends where
 * its antecedent's own verb starts. The end of the content from k, at
 * most end. */
static size_t S_relative_end(const lede_article *a, size_t k, size_t end) {
  for (size_t j = k + 1, aside = 0; j < end; j++) {
    /* "Cole, who endorsed her on Thursday, is making ...": the
     * antecedent's verb after the clause's closing comma (the
     * first one: "the men, and Ortega in particular, must" is an
     * aside of the content). */
    if ((S_comma(a, j) || S_dash(a, j)) && !aside++ && j + 1 < end &&
        (S_finite_aux(a, j + 1) ||
         (S_verbish(a, j + 1, 0) && !S_ing(a, j + 1)))) {
      end = j;
      break;
    }
    if (a->quote_verb[j] && !lede__q_noun_reading(a, j) &&
        /* ("who say he should condemn ...": its own verb) */
        !S_LEX(quote_modals, a, j - 1) &&
        !S_is(a, j - 1, "to") &&
        /* (nor "who said they preferred ...", "who has said he
         * doesn't support ...": the first verb after a pronoun
         * opening the content is the pronoun's) */
        !(S_personal(a, k) && S_aux_run(a, k + 1, j))) {
      end = j;
      break;
    }
  }
  return end;
}

/* The content after the attribution ending at after ("Lee said the
 * plan works"); 0 when there is none. */
static int S_content_after(const lede_article *a, const S_rcue *rc,
                           size_t after, lede_span *content) {
  size_t s0 = rc->s0, s1 = rc->s1, sp0 = rc->sp0, sp1 = rc->sp1;
  size_t k = S_content_start(a, rc, after);
  if (k == LEDE_NONE) return 0;
  /* "Later, after the interview ended, Lee said ...": a cue in an
   * adverbial clause opened mid-sentence reports up to the comma
   * closing that clause, as one opening the sentence does. */
  size_t cl = s0;
  if (rc->side == 1 && sp0 > s0 && S_subordinator(a, sp0 - 1) &&
      !S_is(a, sp0 - 1, "as") &&
      (sp0 - 1 == s0 || S_comma(a, sp0 - 2) || S_dash(a, sp0 - 2)))
    cl = sp0 - 1;
  size_t end = lede__q_clause_end(a, cl, s1, k);
  if (S_cue_class_of(rc->cu.lemma) == LEDE_CUE_OTHER)
    end = S_other_cue_end(a, rc, k, end);
  if (sp1 > sp0 && (S_is(a, sp1 - 1, "who") || S_is(a, sp1 - 1, "which")))
    end = S_relative_end(a, k, end);
  *content = S_span_tok(a, k, end);
  return 1;
}

/* A cue's speaker found by lede__q_speaker (or before it) and its
 * content; 0 when it reports nothing. */
static int S_speaker_content(S_ctx *x, S_rcue *rc, lede_span *content) {
  lede_article *a = x->a;
  size_t s0 = rc->s0, s1 = rc->s1, i = rc->i;
  const S_cue *cu = &rc->cu;
  size_t sp0 = 0, sp1 = 0;
  int side = lede__q_speaker(a, s0, s1, cu->cue0, cu->cue1, &sp0, &sp1);
  /* "Besides attacking X, Lee said", "Since announcing A, Lee
   * has": the participle sits in an adjunct opening the sentence;
   * the main clause's subject speaks (read below). */
  int opener = S_ing(a, i) && S_cap(a, s0) &&
               (i == s0 || S_adjunct_lead(a, s0, i) ||
                S_participle_lead(a, s0, i));
  if (opener && i > s0) side = 0;
  if (side == 3 && !S_earlier_speaker(x, s0, i, &sp0, &sp1)) return 0;
  if (!side && i > s0 + 1 &&
      (S_is(a, i - 1, "and") ||
       (S_comma(a, i - 1) && S_past(a, i)) || /* ", called her" */
       (S_LEX(quote_aux, a, i - 1) && S_is(a, i - 2, "and")))) {
    /* "She called it “reckless” and said ...": a second predicate
     * of the subject of the attribution before it. */
    const lede__quote *pq = S_attribution_before(
        x, S_tok(a, s0)->start, S_tok(a, i)->start, 1);
    if (pq) {
      sp0 = lede__tok_at(a, pq->speaker.start);
      sp1 = lede__tok_at(a, pq->speaker.end);
      side = 3;
    }
  }
  if (!side && opener) {
    S_opener_report(x, rc);
    return 0;
  }
  if (!side) return 0; /* no speaker: "quoted X as saying" */
  rc->sp0 = sp0;
  rc->sp1 = sp1;
  rc->side = side;
  size_t after = side == 2 ? S_apposition_end(a, s0, s1, sp1) : cu->cue1;
  size_t adj;
  int tail = S_attribution_tail(a, i, after, s1, &adj);
  size_t lead = side == 2 ? i : sp0; /* first token of attribution */
  /* "..., as Lee put it.", "“...,” as the mayor said": "as" opens
   * the attribution after the content */
  int as_lead = 0;
  if (side == 1 && lead > s0 + 1 && S_is(a, lead - 1, "as") &&
      !S_cap(a, lead - 1) &&
      (S_comma(a, lead - 2) || S_dash(a, lead - 2) ||
       (S_tok(a, lead - 2)->flags & LEDE__T_QUOTE)))
    lead--, as_lead = 1;
  int lead_comma = lead > s0 && (S_comma(a, lead - 1) ||
                                 S_dash(a, lead - 1) ||
                                 (S_tok(a, lead - 1)->flags &
                                  LEDE__T_QUOTE));
  int opens = lead > s0 && after < s1 && tail == 2 && lead_comma
                  ? S_opens_pair(x, i, adj, s1)
                  : 0;
  /* "A, as Lee showed in the debates against Cole.": an attribution
   * in "as" with no object, only adjuncts, follows its content. */
  if (!tail && as_lead && lead_comma && lead > s0 + 2 && after + 1 < s1 &&
      S_LEX(quote_preps, a, after) && !S_is(a, after, "to") &&
      S_has_verb(a, s0, lead - 1)) {
    size_t k = lede__q_skip_adjuncts(a, after, s1);
    if (k > after && k < s1 && !S_is(a, k, "that") && !S_punct(a, k, ':') &&
        !S_is(a, k, "to") && !(S_tok(a, k)->flags & LEDE__T_QUOTE))
      tail = 1;
  }
  if (lead > s0 && (tail == 1 || opens < 0) && lead_comma && side != 3) {
    /* Content first: "..., it said." */
    size_t e = lead - 1;
    /* (not "When Lee asked about it, the firm declined": a clause
     * of time alone is no content) */
    if (S_CLASS(quote_time_conjunctions, a, s0)) {
      size_t j = s0 + 1;
      while (j < e && !S_comma(a, j) && !S_punct(a, j, ';')) j++;
      if (j >= e - 1) return 0;
    }
    if ((S_tok(a, e)->flags & LEDE__T_QUOTE) && !S_comma(a, e)) e++;
    *content = S_span_tok(a, s0, e);
    return 1;
  }
  if (lead > s0 && after < s1 &&
      (S_LEX(quote_modals, a, after) ||
       (tail == 2 && lead_comma && !opens))) {
    *content = S_parenthesis_content(a, rc, after);
    return 1;
  }
  if (side == 1 || side == 3 || side == 4)
    return S_content_after(a, rc, after, content);
  return 0;
}

/* "said little", "said nothing about it": an amount of talk, no
 * statement; "- “...,” she said - and charged that ...": the aside's cue
 * closes at its dash; what follows goes on with the sentence. */
static int S_no_statement(const lede_article *a, lede_span content,
                          size_t s1) {
  size_t ct = lede__tok_at(a, content.start);
  if (ct + 1 < s1 && S_dash(a, ct) &&
      S_CLASS(quote_coordinators, a, ct + 1))
    return 1;
  return ct < s1 && (S_is(a, ct, "little") || S_is(a, ct, "nothing") ||
                     S_is(a, ct, "much")) &&
         (ct + 1 >= s1 || S_tok(a, ct + 1)->start >= content.end ||
          S_is(a, ct + 1, "about") || S_is(a, ct + 1, "on") ||
          S_is(a, ct + 1, "else"));
}

/* A content that is exactly one quotation (the one pair S_absorb took
 * in) makes q a direct quote of the words inside the marks. */
static void S_whole_pair(const S_ctx *x, lede__quote *q, lede_span content) {
  const lede_article *a = x->a;
  size_t cs = content.start, cend = content.end;
  size_t l1, l2;
  int32_t c1 = lede__cp(a->text, cend, cs, &l1);
  size_t pe = lede__cp_prev(a->text, cend);
  int32_t c2 = lede__cp(a->text, cend, pe, &l2);
  if (S_family(c1) && S_family(c2)) {
    size_t pi = S_pair_after(x, cs);
    if (pi < x->pairs.n && x->pairs.v[pi].open == cs &&
        x->pairs.v[pi].cend == cend) {
      const S_pair *p = &x->pairs.v[pi];
      q->kind = LEDE_QUOTE_DIRECT;
      q->content = lede__s32(S_trim_span(a, (lede_span){p->oend, p->close}));
    }
  }
}

/* Reports cue rc with its content, after the last checks on both.
 * Returns the token to go on from. */
static size_t S_report_cue(S_ctx *x, const S_rcue *rc, lede_span content) {
  lede_article *a = x->a;
  size_t s0 = rc->s0, s1 = rc->s1, i = rc->i;
  size_t sp0 = rc->sp0, sp1 = rc->sp1;
  int side = rc->side;
  const S_cue *cu = &rc->cu;
  content = S_trim_span(a, content);
  if (S_empty(content) || S_no_statement(a, content, s1)) return i;
  /* "He isn't expected to attend", "an engineer accused of spying":
   * the subject of a passive is what is reported on; no one named
   * reports it. */
  if ((side == 1 || (side == 3 && sp1 + 4 > i)) &&
      lede__q_passive_subject(a, sp0, sp1, i, s1))
    sp0 = sp1 = i;
  /* "Recently, Lee ...", "Frightened by the vote, leaders ...": a
   * sentence's opening adverb or participle is no speaker; the
   * subject of the clause before the cue is, if there is one. */
  /* (before a verb it is a name: "Boreing said", "Kelly said") */
  if ((side == 1 || side == 3) && sp1 == sp0 + 1 && sp0 == s0 &&
      sp1 + 1 < i && !a->quote_verb[sp1] && !S_finite(a, sp1) &&
      !S_verbish(a, sp1, 0) && S_bad_opener(a, sp0)) {
    size_t nst, nr = lede__q_near_subject(a, s0, i, &nst);
    if (nr > nst && nst > sp0) sp0 = nst, sp1 = nr;
    else sp0 = sp1 = i;
  }
  /* "Do you think he can win?": a question put to the reader or to
   * the person interviewed reports nothing. */
  if (sp1 == sp0 + 1 && S_is(a, sp0, "you") && s1 > s0 &&
      S_punct(a, s1 - 1, '?'))
    return i;
  content = S_cap_content(a, content, S_tok(a, cu->cue0)->start);
  lede__quote *q = S_new(a, a->sents.v[rc->si].block);
  q->kind = LEDE_QUOTE_INDIRECT;
  int n = S_absorb(x, &content);
  if (n) q->kind = LEDE_QUOTE_MIXED;
  else if (cu->according && S_holds_pair(x, content))
    q->kind = LEDE_QUOTE_MIXED; /* "“...,” Lee said, according to AP" */
  q->content = lede__s32(content);
  q->outer = lede__s32(content);
  q->cue = lede__s32(S_span_tok(a, cu->cue0, cu->cue1));
  q->lemma = cu->lemma;
  q->speaker = lede__s32(S_span_tok(a, sp0, sp1));
  if (n == 1) S_whole_pair(x, q, content);
  size_t m0 = cu->cue0 < sp0 ? cu->cue0 : sp0;
  size_t m1 = cu->cue1 > sp1 ? cu->cue1 : sp1;
  if (side == 3) m0 = cu->cue0, m1 = cu->cue1;
  S_mark(x, m0, m1);
  return m1 - 1 > i ? m1 - 1 : i;
}

/* Each cue not yet taken, in text order: the filters, then its speaker
 * and content, then the report. */
void lede__q_reported(S_ctx *x) {
  lede_article *a = x->a;
  S_rcue r;
  for (size_t si = 0; si < a->sents.n; si++) {
    size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
    r.si = si, r.s0 = s0, r.s1 = s1;
    for (size_t i = s0; (i = S_next_cand(x->cand[Q_REPORT], i, s1)) < s1;
         i++) {
      if (S_used(x->used_tok, i) || !S_cue_at(a, i, s1, &r.cu))
        continue;
      r.i = i;
      if (S_not_a_report(a, &r)) continue;
      if (!r.cu.according && r.cu.cue1 < s1 && S_is(a, r.cu.cue1, "by")) {
        i = S_passive_report(x, &r);
        continue;
      }
      if (S_no_content(a, &r)) continue;
      r.ce = S_content_end(a, s0, s1);
      r.sp0 = r.sp1 = 0;
      r.side = 0;
      lede_span content = {0, 0};
      if (r.cu.according ? !S_according_content(a, &r, &content)
                         : !S_speaker_content(x, &r, &content))
        continue;
      i = S_report_cue(x, &r, content);
    }
  }
}

/* ==== Pass 3b: reports framed by a noun ================================== */

/* The entry of list lx equal to s[0..n) (ASCII case folded), as a static
 * string, or NULL. */
static const char *S_lex_entry(const lede__lexicon *lx, const char *s,
                               size_t n) {
  for (size_t e = 0; e < lx->n; e++)
    if (lede__eq_ci(s, n, lx->words[e])) return lx->words[e];
  return NULL;
}

/* The entry of a cue noun for token i, as a static string, or NULL. */
static const char *S_noun_lemma(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  const char *s = a->text + t->start, *w = NULL;
  size_t n = t->len;
  /* (asked of every word: S_LEX answers most inline) */
  if (S_LEX(cue_nouns, a, i)) w = S_lex_entry(&lede__lex_cue_nouns, s, n);
  if (!w && S_LEX(cue_nouns_other, a, i))
    w = S_lex_entry(&lede__lex_cue_nouns_other, s, n);
  return w;
}

/* The end (exclusive) of a noun phrase object starting at k: up to a
 * comma, a clause boundary or a finite verb ("his attacks on the judge |
 * drew criticism"). */
static size_t S_object_end(const lede_article *a, size_t k, size_t s1) {
  size_t e = S_content_end(a, k, s1), j = k;
  int inq = 0;
  for (; j < e && j < k + 30; j++) {
    if (S_tok(a, j)->flags & LEDE__T_QUOTE) {
      inq = !inq;
      continue;
    }
    if (inq) continue;
    if (S_comma(a, j) || S_punct(a, j, ';') || S_punct(a, j, ':') ||
        S_dash(a, j) || S_punct(a, j, '(') || S_punct(a, j, ')'))
      break;
    /* "dismissed critics who called the remarks sexist": a relative
     * clause on the object, no comma before it, is part of it. */
    if (j > k && S_is(a, j, "who") && S_word(a, j - 1) &&
        !S_LEX(quote_pronouns, a, j - 1)) {
      size_t m = j + 1;
      while (m < e && m < j + 30 && !S_comma(a, m) && !S_punct(a, m, ';') &&
             !S_dash(a, m) && !(S_tok(a, m)->flags & LEDE__T_QUOTE))
        m++;
      if (m < j + 30) return m;
      break;
    }
    if (j > k && (S_subordinator(a, j) || S_CLASS(quote_relatives, a, j) ||
                  S_is(a, j, "if") || S_is(a, j, "unless") ||
                  S_LEX(quote_modals, a, j) || S_be(a, j) ||
                  S_finite_aux(a, j)))
      break;
    if (j > k && S_CLASS(quote_coordinators, a, j) && j + 1 < e &&
        (S_verbish(a, j + 1, 0) || S_personal(a, j + 1)))
      break;
    if (j > k + 1 && S_finite(a, j) &&
        !S_LEX(quote_determiners, a, j - 1))
      break;
    /* A time adjunct: "Saturday", "in early June", "last week". */
    if (j > k && (S_timeword(a, j) && !(S_tok(a, j)->flags & LEDE__T_NUM)))
      break;
    if (j > k && j + 1 < e &&
        (S_is(a, j, "in") || S_is(a, j, "on") || S_is(a, j, "last") ||
         S_is(a, j, "this") || S_is(a, j, "next") || S_is(a, j, "earlier")) &&
        (S_timeword(a, j + 1) ||
         (j + 2 < e && (S_is(a, j + 1, "early") || S_is(a, j + 1, "late") ||
                        S_is(a, j + 1, "mid")) &&
          S_timeword(a, j + 2)) ||
         S_is(a, j + 1, "week") || S_is(a, j + 1, "month") ||
         S_is(a, j + 1, "year")))
      break;
  }
  if (inq) return k; /* (a quotation left open: no object) */
  return j;
}

/* The end of a noun's complement that opens the sentence's subject ("His
 * claim that the count was late | surprised nobody", "Dane's refusal to
 * testify | angered ..."): before the second finite verb, the first being
 * the complement's own (an infinitive has its verb already). */
static size_t S_subject_complement_end(const lede_article *a, size_t c0,
                                       size_t e, int have_verb) {
  int inq = 0;
  for (size_t j = c0; j < e && j < c0 + 40; j++) {
    if (S_tok(a, j)->flags & LEDE__T_QUOTE) {
      inq = !inq;
      continue;
    }
    if (inq || !S_word(a, j) || S_cap(a, j)) continue;
    if (!S_finite(a, j)) continue;
    size_t b = j - 1;
    if (have_verb && j > c0 && !S_be(a, b) && !S_finite_aux(a, b) &&
        !S_LEX(quote_modals, a, b) && !S_negation(a, b) &&
        !S_ly(a, b) && !S_is(a, b, "to") && !S_is(a, b, "and") &&
        !S_is(a, b, "or") && !S_is(a, b, "that") && !S_is(a, b, "who") &&
        !S_is(a, b, "which"))
      return j;
    have_verb = 1;
  }
  return e;
}

/* The first word of the verb group ending at v: its auxiliaries,
 * negation and adverbs ("has not yet", "’s been", "is") to the left. */
static size_t S_group_start(const lede_article *a, size_t s0, size_t v) {
  size_t g = v;
  while (g > s0 && g + 5 > v &&
         (S_be(a, g - 1) || S_be_contracted(a, g - 1) ||
          S_finite_aux(a, g - 1) || S_LEX(quote_aux, a, g - 1) ||
          S_LEX(quote_modals, a, g - 1) || S_negation(a, g - 1) ||
          S_is(a, g - 1, "not") || S_is(a, g - 1, "been") ||
          S_is(a, g - 1, "being") || S_ly(a, g - 1)))
    g--;
  return g;
}

/* "He has been ratcheting up his critique of", "has toned down his
 * criticism of", "were unsparing in their criticism of": an owner after
 * a verb's particle, or after "in" that follows the verb's complement;
 * the verb's subject owns the noun. The verb, or LEDE_NONE. ("rebuked
 * for his proposal", "in his remarks": another frame's, or none.) */
static size_t S_owner_verb(const lede_article *a, size_t s0, size_t p) {
  if (p < s0 + 2) return LEDE_NONE;
  size_t b = p - 1;
  if (S_is(a, b, "up") || S_is(a, b, "down"))
    return S_word(a, b - 1) && !S_cap(a, b - 1) &&
                   (S_ing(a, b - 1) || S_verbish(a, b - 1, 1))
               ? b - 1
               : LEDE_NONE;
  if (!S_is(a, b, "in") || !S_word(a, b - 1) || S_cap(a, b - 1) ||
      S_LEX(quote_preps, a, b - 1) ||
      S_LEX(quote_determiners, a, b - 1))
    return LEDE_NONE;
  /* The verb a few words back: "are not mincing words in", "has been
   * particularly persistent in". */
  for (size_t j = b - 1; j > s0 && j + 5 > b; j--) {
    if (S_comma(a, j) || !S_word(a, j) || S_cap(a, j) ||
        S_subordinator(a, j) || S_CLASS(quote_relatives, a, j) ||
        S_LEX(quote_preps, a, j))
      return LEDE_NONE;
    if (S_be(a, j) || S_be_contracted(a, j) || S_finite_aux(a, j) ||
        S_LEX(quote_modals, a, j) ||
        (S_ing(a, j) && j > s0 &&
         (S_be(a, j - 1) || S_be_contracted(a, j - 1))) ||
        (j + 1 < b && S_finite(a, j)))
      return j;
  }
  return LEDE_NONE;
}

/* Does the speaker [q0, q1) fit the owner pronoun at p: "his" no group,
 * "their" no single person? */
static int S_owner_fits(const lede_article *a, size_t p, size_t q0,
                        size_t q1) {
  int one = q1 == q0 + 1;
  if (S_is(a, p, "his") || S_is(a, p, "her"))
    return !(one && (S_is(a, q0, "they") || S_is(a, q0, "we") ||
                     S_is(a, q0, "it") ||
                     S_is(a, q0, S_is(a, p, "his") ? "she" : "he")));
  if (S_is(a, p, "their"))
    return !(one && (S_is(a, q0, "he") || S_is(a, q0, "she") ||
                     S_is(a, q0, "it")));
  return !(one && (S_is(a, q0, "he") || S_is(a, q0, "she") ||
                   S_is(a, q0, "they") || S_is(a, q0, "we")));
}

/* "made an impassioned call for", "delivered a blistering critique of":
 * a light verb, a determiner and one or two lower-case modifiers of any
 * shape before the cue noun at i. The verb, or LEDE_NONE. */
static size_t S_light_gap(const lede_article *a, size_t s0, size_t i) {
  for (size_t d = i - 1; d > s0 + 1 && d + 3 >= i; d--) {
    if (S_LEX(quote_determiners, a, d))
      return d + 1 < i && S_LEX(cue_light_verbs, a, d - 1) ? d - 1
                                                           : LEDE_NONE;
    if (!S_word(a, d) || S_cap(a, d) || S_LEX(quote_preps, a, d) ||
        S_LEX(quote_pronouns, a, d))
      return LEDE_NONE;
  }
  return LEDE_NONE;
}

/* Where the complement of the cue noun at i starts to be looked for:
 * i + 1, or the "that" after an adjunct ("his claim in an interview
 * that ...", "her assertion during the debate that") or, for a
 * possessed noun that is the subject, after a copula ("Lee's argument
 * was that ...", "His warning has long been that"). */
static size_t S_noun_that(const lede_article *a, size_t i, size_t s1,
                          int subject) {
  size_t k = i + 1, j = k;
  if (k < s1 && S_LEX(quote_preps, a, k) && !S_is(a, k, "to")) {
    j = lede__q_skip_adjuncts(a, k, s1);
    if (j > k + 7) return k;
    if (j > k && j + 1 < s1 && S_is(a, j, "that")) return j;
  }
  if (!subject) return k;
  size_t g = j;
  while (j < s1 && j < g + 3 &&
         (S_ly(a, j) || S_is(a, j, "long") || S_is(a, j, "has") ||
          S_is(a, j, "have") || S_is(a, j, "had")))
    j++;
  if (j < s1 && (S_be(a, j) || S_is(a, j, "been"))) j++;
  else return k;
  return j + 1 < s1 && S_is(a, j, "that") ? j : k;
}

/* A cue noun's frame as lede__q_noun_frames reads it: its owner, the
 * verb it goes with, its complement. */
typedef struct {
  size_t p;        /* the token before the noun and its modifiers */
  size_t sp0, sp1; /* the owner's tokens */
  size_t v;        /* the light verb, or the verb whose subject owns the
                      noun; LEDE_NONE */
  int owned;       /* v is S_owner_verb's */
  size_t k;        /* where the complement was looked for */
  size_t c0, c1;   /* the complement's tokens */
  int prep;        /* the complement is a preposition's object */
} S_nframe;

/* The owner of the cue noun at i in the sentence from s0: a possessive
 * ("Lee's claim"), a possessive pronoun ("his call"), or a light verb
 * ("raised questions", "made the case for"). Returns 0 when there is
 * none, or the noun is another frame's. */
static int S_noun_owner(const lede_article *a, size_t s0, size_t i,
                        S_nframe *o) {
  /* The owner, left of up to two modifiers: "her repeated calls". */
  size_t p = i - 1;
  for (int m = 0; m < 2 && p > s0 && (S_adjective_shape(a, p) || S_ly(a, p));
       m++)
    p--;
  size_t sp0 = 0, sp1 = 0, v = LEDE_NONE;
  int owned = 0;
  if (S_possessive(a, p) && p > s0) {
    size_t n = lede__q_np_left(a, s0, p - 1);
    /* (the owner is a name or a determiner phrase: not "help
     * solidify Trump's") */
    while (n != LEDE_NONE && n + 1 < p && !S_cap(a, n) &&
           !S_LEX(quote_determiners, a, n))
      n++;
    if (n == LEDE_NONE || S_LEX(quote_pronouns, a, n) ||
        !(S_cap(a, n) || S_LEX(quote_determiners, a, n)))
      return 0;
    sp0 = n;
    sp1 = p;
    if (n > s0 && S_LEX(cue_light_verbs, a, n - 1)) v = n - 1;
    else if (n > s0 && ((S_verbish(a, n - 1, 1) && !S_ing(a, n - 1)) ||
                        S_frame_particle(a, n - 1) ||
                        S_LEX(quote_preps, a, n - 1)) &&
             /* ("Despite Lee's claims that ...": a preposition
              * opening the clause frames nothing) */
             !(S_LEX(quote_preps, a, n - 1) &&
               S_clause_opens(a, s0, n - 1)))
      return 0; /* "balked at the owner's proposal": another frame's */
  } else if (S_CLASS(quote_possessives, a, p)) {
    sp0 = p;
    sp1 = p + 1;
    /* "is lending his support to": the verb's subject owns it */
    if (p > s0 && (S_LEX(cue_light_verbs, a, p - 1) ||
                   (S_verbish(a, p - 1, 1) && !S_ing(a, p - 1))))
      v = p - 1;
    else if ((v = S_owner_verb(a, s0, p)) != LEDE_NONE)
      owned = 1;
    else if (p > s0 && (S_frame_particle(a, p - 1) ||
                        S_LEX(quote_preps, a, p - 1)))
      return 0; /* "rebuked for his proposal" */
  } else if (S_LEX(cue_light_verbs, a, p) && p > s0) {
    v = p;
  } else if (p > s0 + 1 && S_LEX(cue_light_verbs, a, p - 1) &&
             (S_is(a, p, "a") || S_is(a, p, "an") || S_is(a, p, "the") ||
              S_is(a, p, "some") || S_is(a, p, "new") ||
              S_is(a, p, "fresh") || S_is(a, p, "serious"))) {
    v = p - 1; /* "made the case for", "raised new questions" */
  } else if ((v = S_light_gap(a, s0, i)) == LEDE_NONE) {
    return 0;
  }
  o->p = p;
  o->sp0 = sp0;
  o->sp1 = sp1;
  o->v = v;
  o->owned = owned;
  return 1;
}

/* With a verb (o->v), the owner is the verb's subject, in the sentence
 * [s0, s1): it takes o->sp0, o->sp1. Returns 0 when there is none, or
 * it does not fit the possessive. */
static int S_noun_subject(const lede_article *a, size_t s0, size_t s1,
                          S_nframe *o) {
  size_t p = o->p, v = o->v;
  int owned = o->owned;
  if (!S_LEX(cue_light_verbs, a, v) && S_possessive(a, p)) return 0;
  size_t q0, q1, g = S_group_start(a, s0, v);
  int sd = v > s0 && !owned ? lede__q_speaker(a, s0, s1, v, v + 1, &q0, &q1) : 0;
  /* "Sanders is lending his support", "has thrown his support
   * behind": the subject of the whole verb group. */
  if (((sd != 1 && sd != 3) || q1 <= q0) && g > s0 && (g < v || owned))
    sd = lede__q_speaker(a, s0, s1, g, v + 1, &q0, &q1);
  if ((sd != 1 && sd != 3) || q1 <= q0) return 0;
  if (o->sp1 == p + 1 && !S_owner_fits(a, p, q0, q1)) return 0;
  o->sp0 = q0;
  o->sp1 = q1;
  return 1;
}

/* The complement of the cue noun at i (lemma) in the sentence [s0, s1),
 * in o->k, c0, c1, prep: a "that" clause, an infinitive or a
 * prepositional object. Returns 0 when there is none. */
static int S_noun_complement(const lede_article *a, size_t s0, size_t s1,
                             size_t i, const char *lemma, S_nframe *o) {
  size_t sp0 = o->sp0, v = o->v;
  size_t k = S_noun_that(a, i, s1, v == LEDE_NONE), c0, c1;
  int prep = 0,
      copula = k > i + 1 && (S_be(a, k - 1) || S_is(a, k - 1, "been"));
  if (S_is(a, k, "that") && k + 1 < s1 && !S_verbish(a, k + 1, 1) &&
      !S_LEX(quote_modals, a, k + 1) && !S_be(a, k + 1) &&
      !S_finite_aux(a, k + 1)) {
    c0 = k + 1;
    c1 = lede__q_clause_end(a, s0, s1, c0);
  } else if (S_is(a, k, "to") && k + 1 < s1 && S_word(a, k + 1) &&
             !S_cap(a, k + 1) &&
             !S_LEX(quote_determiners, a, k + 1) &&
             !S_LEX(quote_pronouns, a, k + 1)) {
    c0 = k + 1; /* "his refusal to testify" */
    c1 = lede__q_clause_end(a, s0, s1, c0);
  } else if ((S_CLASS(quote_noun_preps, a, k) ||
              /* ("her remarks to reporters": a listener) */
              (S_is(a, k, "to") && (S_same(lemma, "opposition") ||
                                    S_same(lemma, "support"))) ||
              /* "threw her support behind the nominee" */
              (S_is(a, k, "behind") && (S_same(lemma, "support") ||
                                        S_same(lemma, "backing")))) &&
             k + 1 < s1 && !S_timeword(a, k + 1) &&
             !S_LEX(weekdays, a, k + 1)) {
    c0 = k + 1;
    c1 = S_object_end(a, c0, s1);
    prep = 1;
  } else {
    return 0;
  }
  /* "Despite Lee's claims that A, B": the opener ends at its comma. */
  if (sp0 > s0 && S_LEX(quote_preps, a, sp0 - 1) &&
      S_clause_opens(a, s0, sp0 - 1))
    for (size_t j = c0 + 1; j < c1; j++)
      if (S_comma(a, j)) {
        c1 = j;
        break;
      }
  /* In the subject ("Lee's claim that ... surprised nobody"): the
   * complement ends before the sentence's own verb. */
  if (!prep && !copula && v == LEDE_NONE &&
      (sp0 == s0 || S_comma(a, sp0 - 1) ||
       S_CLASS(quote_coordinators, a, sp0 - 1) || S_subordinator(a, sp0 - 1)))
    c1 = S_subject_complement_end(a, c0, c1, S_is(a, k, "to"));
  o->k = k;
  o->c0 = c0;
  o->c1 = c1;
  o->prep = prep;
  return 1;
}

/* "Lee's claim that ...", "his call for a recount", "raised questions
 * about the deal": a cue noun with an owner (a possessive, or the
 * subject of a verb like "raised") and its complement, a "that" clause,
 * an infinitive or a prepositional object. The owner speaks. */
void lede__q_noun_frames(S_ctx *x) {
  lede_article *a = x->a;
  S_cwalk w = {0};
  const uint64_t *cm = x->cand[Q_NOUN];
  size_t nt = S_walk_end(a);
  for (size_t i = S_walk_first(a); (i = S_walk_in(a, &w, cm, i, nt, 2)) < nt;
       i = S_walk_next(&w, i)) {
    size_t si = w.si, s0 = w.s0, s1 = w.s1;
    if (S_used(x->used_tok, i)) continue;
    const char *lemma = S_noun_lemma(a, i);
    if (!lemma) continue;
    S_nframe o;
    if (!S_noun_owner(a, s0, i, &o)) continue;
    if (o.v != LEDE_NONE && !S_noun_subject(a, s0, s1, &o)) continue;
    /* The complement. */
    if (!S_noun_complement(a, s0, s1, i, lemma, &o) || o.c1 <= o.c0)
      continue;
    lede_span content = S_trim_span(a, S_span_tok(a, o.c0, o.c1));
    if (S_empty(content)) continue;
    lede__quote *q = S_report(
        x, si, content, S_span_tok(a, i, o.prep ? o.k + 1 : i + 1), lemma);
    q->cls = lede__q_lemma_in(lemma, &lede__lex_cue_nouns_other)
                 ? LEDE_CUE_OTHER
                 : LEDE_CUE_SPEECH;
    q->speaker = lede__s32(S_span_tok(a, o.sp0, o.sp1));
    S_mark(x, i, i + 1);
  }
}

/* "The senators came out in support of the bill", "voted in favor of
 * it", "spoke in defense of the mayor": a stance told by a phrase. The
 * subject of the clause's verb holds it; its object is what about.
 * The stance's lemma, or NULL. */
static const char *S_stance_phrase(const lede_article *a, size_t n, size_t s1) {
  if (n + 2 >= s1) return NULL;
  if (S_is(a, n + 1, "of")) {
    if (S_is(a, n, "support")) return "support";
    if (S_is(a, n, "favor") || S_is(a, n, "favour")) return "favor";
    if (S_is(a, n, "defense") || S_is(a, n, "defence")) return "defend";
    return NULL;
  }
  return S_is(a, n + 1, "to") && S_is(a, n, "opposition") ? "oppose" : NULL;
}

void lede__q_stance_phrases(S_ctx *x) {
  lede_article *a = x->a;
  S_cwalk w = {0};
  const uint64_t *cm = x->cand[Q_STANCE];
  size_t nt = S_walk_end(a);
  for (size_t i = S_walk_first(a); (i = S_walk_in(a, &w, cm, i, nt, 3)) < nt;
       i = S_walk_next(&w, i)) {
    size_t si = w.si, s0 = w.s0, s1 = w.s1;
    /* "came out against the plan", "has come out strongly against" */
    int against = S_is(a, i, "out") && S_is(a, i + 1, "against") &&
                  (S_is(a, i - 1, "came") || S_is(a, i - 1, "come") ||
                   S_is(a, i - 1, "comes") || S_is(a, i - 1, "coming"));
    const char *lemma = against ? "oppose"
                        : S_is(a, i, "in") ? S_stance_phrase(a, i + 1, s1)
                                           : NULL;
    if (!lemma || S_used(x->used_tok, i) || S_used(x->used_tok, i + 1))
      continue;
    size_t c0 = against ? i + 2 : i + 3, c1 = S_object_end(a, c0, s1);
    if (c1 <= c0 || !S_word(a, c0)) continue;
    /* the clause's verb, a few words before: "raised $5 million in
     * support of", "has come out in support of" */
    size_t v = LEDE_NONE;
    for (size_t j = i; j > s0 + 1 && j + 6 > i; j--) {
      /* (a gerund's subject is not the clause's: "slams Kasich for
       * voting in favor of the ban") */
      if (S_comma(a, j - 1) || S_punct(a, j - 1, ';') || S_ing(a, j - 1))
        break;
      if (S_finite(a, j - 1) || a->quote_verb[j - 1]) {
        v = j - 1;
        break;
      }
    }
    if (v == LEDE_NONE) continue;
    size_t q0, q1;
    int sd = lede__q_speaker(a, s0, s1, v, v + 1, &q0, &q1);
    if ((sd != 1 && sd != 3) || q1 <= q0) continue;
    /* (someone comes out against a thing; results do not) */
    lede_span who = S_span_tok(a, q0, q1);
    if (against && !S_pronoun(a, who) && !S_orglike(a, who) &&
        !S_personlike(a, who))
      continue;
    lede_span content = S_trim_span(a, S_span_tok(a, c0, c1));
    if (S_empty(content)) continue;
    if (against) i--;
    lede__quote *q = S_report(x, si, content, S_span_tok(a, i, c0), lemma);
    q->cls = LEDE_CUE_OTHER;
    q->speaker = lede__s32(S_span_tok(a, q0, q1));
    S_mark(x, i, c0);
    i = c0 - 1;
  }
}

/* The lemma of a verb that takes an object and an "as" phrase telling
 * how its subject sees it, or NULL, told by its first byte c (lower
 * case). ("cast" and "paint" portray, but as often in an ad's voice as
 * in its sponsor's.) */
static const char *S_as_verb(const lede_article *a, size_t i, int c) {
  const lede__token *t = S_tok(a, i);
  if (t->len < 3 || t->len > 8) return NULL;
  /* (the second byte sets "said", "she", "very" aside uncompared) */
  int c2 = a->text[t->start + 1] | 0x20;
  if (c == 's')
    return (c2 == 'e' && (S_is(a, i, "see") || S_is(a, i, "sees") ||
                          S_is(a, i, "seeing"))) ||
                   (c2 == 'a' && S_is(a, i, "saw"))
               ? "see"
               : NULL;
  if (c == 'v')
    return c2 == 'i' && (S_is(a, i, "view") || S_is(a, i, "views") ||
                         S_is(a, i, "viewed") || S_is(a, i, "viewing"))
               ? "view"
               : NULL;
  if (c == 'r')
    return c2 == 'e' && (S_is(a, i, "regard") || S_is(a, i, "regards") ||
                         S_is(a, i, "regarded"))
               ? "regard"
               : NULL;
  return NULL;
}

/* "Rivals see him as a threat", "voters view Clinton as honest" (verb
 * at i, lemma): the object and its "as" phrase are what the subject
 * holds. Not "was seen as", "remarks viewed by some as" (passives), nor
 * "as" opening a clause ("saw it as the polls closed"). Returns the
 * token to go on from. */
static size_t S_as_frame(S_ctx *x, size_t si, size_t i, const char *lemma) {
  lede_article *a = x->a;
  size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
  if (S_used(x->used_tok, i) || S_cap(a, i) || S_be(a, i - 1) ||
      S_be_contracted(a, i - 1) || S_is(a, i - 1, "been") ||
      S_is(a, i - 1, "being") ||
      S_LEX(quote_determiners, a, i - 1) ||
      S_possessive(a, i - 1) || !S_word(a, i + 1) || S_is(a, i + 1, "as") ||
      S_is(a, i + 1, "by"))
    return i + 1;
  size_t j = i + 2;
  while (j < s1 && j < i + 10 && S_word(a, j) && !S_is(a, j, "as") &&
         !S_be(a, j) && !S_finite_aux(a, j) &&
         !S_LEX(quote_modals, a, j) && !S_is(a, j, "that") &&
         !S_is(a, j, "and") && !a->quote_verb[j])
    j++;
  /* (not "as well", "as soon as") */
  if (j + 1 >= s1 || !S_is(a, j, "as") || S_is(a, j + 1, "well") ||
      S_is(a, j + 1, "soon") || S_is(a, j + 1, "long"))
    return i + 1;
  size_t c1 = S_object_end(a, j + 1, s1), r = lede__q_np_right(a, j + 1, s1);
  if (c1 <= j + 1 || (c1 < s1 && S_word(a, c1) && S_finite(a, c1)) ||
      S_personal(a, j + 1) || S_is(a, j + 1, "I") ||
      (r < c1 && S_word(a, r) && !S_cap(a, r) &&
       (S_verbish(a, r, 0) || S_finite(a, r))))
    return i + 1;
  size_t g = S_group_start(a, s0, i), q0, q1;
  int sd = lede__q_speaker(a, s0, s1, g, i + 1, &q0, &q1);
  if ((sd != 1 && sd != 3) || q1 <= q0) return i + 1;
  lede_span content = S_trim_span(a, S_span_tok(a, i + 1, c1));
  if (S_empty(content)) return i + 1;
  lede__quote *q = S_report(x, si, content, S_span_tok(a, i, i + 1), lemma);
  q->cls = LEDE_CUE_THOUGHT;
  q->speaker = lede__s32(S_span_tok(a, q0, q1));
  S_mark(x, i, i + 1);
  return c1;
}

/* A form of "take" (a word in t at i): "that", "this", "they" are told
 * apart by their second byte. */
static inline int S_take_verb(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  if (t->len < 4) return 0;
  int c = a->text[t->start + 1] | 0x20;
  if (c != 'a' && c != 'o') return 0;
  return S_is(a, i, "took") || S_is(a, i, "take") || S_is(a, i, "takes") ||
         S_is(a, i, "taken") || S_is(a, i, "taking");
}

/* "took issue with the plan", "took multiple swipes at Bush", "has
 * taken aim at the bill" (a form of "take" at i): a stance told by "take"
 * and a noun. Its object is what about; the subject of the verb holds
 * it. Returns the token to go on from. */
static size_t S_take_phrase(S_ctx *x, size_t si, size_t i) {
  lede_article *a = x->a;
  size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
  if (S_used(x->used_tok, i)) return i + 1;
  size_t n = i + 1;
  if (S_is(a, n, "a") || S_is(a, n, "multiple") || S_is(a, n, "several") ||
      S_is(a, n, "repeated") || S_is(a, n, "sharp") || S_is(a, n, "strong"))
    n++;
  if (n + 2 >= s1) return i + 1;
  int ok = ((S_is(a, n, "swipe") || S_is(a, n, "swipes") ||
             S_is(a, n, "aim") || S_is(a, n, "shots")) &&
            S_is(a, n + 1, "at")) ||
           ((S_is(a, n, "issue") || S_is(a, n, "exception")) &&
            (S_is(a, n + 1, "with") || S_is(a, n + 1, "to"))) ||
           (S_is(a, n, "offense") && S_is(a, n + 1, "at"));
  if (!ok) return i + 1;
  size_t c0 = n + 2, c1 = S_object_end(a, c0, s1);
  if (c1 <= c0 || !S_word(a, c0)) return i + 1;
  size_t g = S_group_start(a, s0, i), q0, q1;
  int sd = g > s0 ? lede__q_speaker(a, s0, s1, g, i + 1, &q0, &q1) : 0;
  if ((sd != 1 && sd != 3) || q1 <= q0) return i + 1;
  lede_span content = S_trim_span(a, S_span_tok(a, c0, c1));
  if (S_empty(content)) return i + 1;
  lede__quote *q = S_report(x, si, content, S_span_tok(a, i, c0), "take");
  q->cls = LEDE_CUE_OTHER;
  q->speaker = lede__s32(S_span_tok(a, q0, q1));
  S_mark(x, i, c0);
  return c1;
}

/* The "as" frames and the "take" stances in one walk: a token's first
 * byte picks which (if either) asks about it. Each goes on past its
 * own finds only, as they mark no token the other asks about. */
void lede__q_verb_phrases(S_ctx *x) {
  lede_article *a = x->a;
  S_cwalk w = {0};
  const uint64_t *cm = x->cand[Q_PHRASE];
  size_t nt = S_walk_end(a), cur = LEDE_NONE, as_next = 0, take_next = 0;
  for (size_t i = S_walk_first(a); (i = S_walk_in(a, &w, cm, i, nt, 3)) < nt;
       i = S_walk_next(&w, i)) {
    size_t si = w.si;
    if (si != cur) cur = si, as_next = take_next = 0;
    int c = a->text[S_tok(a, i)->start] | 0x20;
    if (c == 't') {
      if (i >= take_next && S_take_verb(a, i))
        take_next = S_take_phrase(x, si, i);
    } else if ((c == 's' || c == 'v' || c == 'r') && i >= as_next) {
      const char *lemma = S_as_verb(a, i, c);
      if (lemma) as_next = S_as_frame(x, si, i, lemma);
    }
  }
}

/* ==== Pass 3c: stances told by an adjective ============================= */

/* A word of degree between a copula and its adjective: "is deeply
 * skeptical", "were not pleased", "are also concerned". */
static int S_degree(const lede_article *a, size_t i) {
  return S_ly(a, i) || S_LEX(quote_aux, a, i) ||
         S_CLASS(quote_degree_words, a, i);
}

static int S_copula(const lede_article *a, size_t i) {
  return S_be(a, i) || S_be_contracted(a, i) || S_CLASS(quote_copulas, a, i);
}

/* The entry of cue_adjectives.txt for token i, as a static string. */
static const char *S_adjective_entry(const lede_article *a, size_t i) {
  const lede__lexicon *lx = &lede__lex_cue_adjectives;
  const lede__token *t = S_tok(a, i);
  if (!S_LEX(cue_adjectives, a, i)) return NULL;
  return S_lex_entry(lx, a->text + t->start, t->len);
}

/* "Her donors remain confident that ...", "Graham has been critical of
 * Trump", "voters are deeply skeptical of trade": a stance adjective
 * after a copula, with a clause or a prepositional object; the copula's
 * subject holds the stance. */
void lede__q_adjective_frames(S_ctx *x) {
  lede_article *a = x->a;
  S_cwalk w = {0};
  const uint64_t *cm = x->cand[Q_ADJ];
  size_t nt = S_walk_end(a);
  for (size_t i = S_walk_first(a); (i = S_walk_in(a, &w, cm, i, nt, 2)) < nt;
       i = S_walk_next(&w, i)) {
    size_t si = w.si, s0 = w.s0, s1 = w.s1;
    if (S_used(x->used_tok, i)) continue;
    const char *lemma = NULL;
    if (a->quote_verb[i]) {
      /* (the speech verb list's adjectives, left by pass 3 when a word
       * of degree stands before them) */
      lemma = S_verb_lemma(a, i);
      if (!lemma || !(S_adjective_lemma(lemma) || S_is(a, i, "worried")))
        lemma = NULL;
    } else {
      lemma = S_adjective_entry(a, i);
    }
    if (!lemma) continue;
    size_t v = i - 1;
    for (int m = 0; m < 2 && v > s0 && S_degree(a, v); m++) v--;
    /* (not an infinitive: "reasons to be skeptical") */
    if (!S_copula(a, v) || v == s0 || S_is(a, v - 1, "to")) continue;
    size_t k = i + 1, c0, c1;
    if (S_is(a, k, "that") || S_is(a, k, "whether") || S_is(a, k, "if")) {
      c0 = S_is(a, k, "that") ? k + 1 : k;
      c1 = lede__q_clause_end(a, s0, s1, c0);
    } else if (S_CLASS(quote_adjective_preps, a, k) ||
               /* "confident in the outcome", "disappointed in him" */
               (S_is(a, k, "in") && (S_same(lemma, "confident") ||
                                     S_same(lemma, "disappointed")))) {
      c0 = k + 1;
      /* (not "at first", "at times", "with all": adverbials) */
      if (c0 >= s1 || S_timeword(a, c0) || S_LEX(weekdays, a, c0) ||
          S_is(a, c0, "first") || S_is(a, c0, "times") ||
          S_is(a, c0, "least") || S_is(a, c0, "all") || S_is(a, c0, "once"))
        continue;
      c1 = S_CLASS(quote_wh_words, a, c0)
               ? lede__q_clause_end(a, s0, s1, c0)
               : S_object_end(a, c0, s1);
    } else {
      continue;
    }
    if (c1 <= c0) continue;
    size_t q0, q1;
    int sd = lede__q_speaker(a, s0, s1, v, v + 1, &q0, &q1);
    if ((sd != 1 && sd != 3) || q1 <= q0) continue;
    lede_span content = S_trim_span(a, S_span_tok(a, c0, c1));
    if (S_empty(content)) continue;
    lede__quote *q = S_report(
        x, si, content,
        S_span_tok(a, i, c0 == k + 1 && !S_is(a, k, "that") ? k + 1 : i + 1),
        lemma);
    q->speaker = lede__s32(S_span_tok(a, q0, q1));
    S_mark(x, i, i + 1);
  }
}

/* ==== The tokens the verb-phrase walk stops at ========================== */

/* Is token i (first byte c, lower case) a form of "take" or a verb of an
 * "as" frame? (lede__q_find_verbs asks, for its bitmap.) */
int lede__q_phrase_verb(const lede_article *a, size_t i, int c) {
  return c == 't' ? S_take_verb(a, i) : S_as_verb(a, i, c) != NULL;
}

/* ==== Pass 3d: reports with no speaker ================================== */

/* A word that opens an indirect question. */
static int S_wh(const lede_article *a, size_t i) {
  return S_CLASS(quote_wh_words, a, i) || S_is(a, i, "about") ||
         S_is(a, i, "if") || S_is(a, i, "who") || S_is(a, i, "whom") ||
         S_is(a, i, "when") || S_is(a, i, "where") || S_is(a, i, "which");
}

/* The word opening the question after "asked" (from token k), past
 * adjuncts: "asked on Fox News who ...", "asked in Iowa recently
 * whether", "asked directly by the paper if"; s1 if there is none. */
static size_t S_question_at(const lede_article *a, size_t k, size_t s1) {
  if (k >= s1) return s1;
  if (S_wh(a, k)) return k;
  /* (an adjunct opens with a preposition or an adverb; "asked Democrats
   * how" has an object) */
  if (!(S_LEX(quote_preps, a, k) || S_ly(a, k) ||
        S_is(a, k, "again") || S_is(a, k, "later") || S_is(a, k, "once")) ||
      S_is(a, k, "to") || S_is(a, k, "about"))
    return s1;
  for (size_t j = k; j < s1 && j < k + 8; j++) {
    if (j > k && S_wh(a, j) && !S_is(a, j, "about")) return j;
    if (S_comma(a, j) || (S_tok(a, j)->flags & LEDE__T_PUNCT) ||
        a->quote_verb[j] || S_is(a, j, "that"))
      break;
    if (!(S_LEX(quote_preps, a, j) || S_ly(a, j) ||
          S_cap(a, j) || S_LEX(quote_determiners, a, j) ||
          S_np_lower(a, j)))
      break;
  }
  return s1;
}

/* A passive of speech with no agent, "the closure was announced", "Ruiz
 * was declared the winner": the token of "was" (of "has" before "been"),
 * or LEDE_NONE. Not with its agent, object clause or topic after it
 * (data/lex/quote_passive_followers.txt: "by", "that", ...), nor for verbs of
 * thought, stance or feeling, those whose passive names a topic ("was
 * told"), or after a pronoun or relative ("it was announced"). */
static size_t S_agentless_be(const lede_article *a, size_t s0, size_t i,
                             const char *lemma) {
  if (i < s0 + 2 || !S_past(a, i) || S_ing(a, i) ||
      S_cue_class_of(lemma) > LEDE_CUE_WRITING || S_passive_lemma(lemma) ||
      S_judging_lemma(lemma) ||
      lede__q_lemma_in(lemma, &lede__lex_quote_passive_topic_verbs) ||
      S_same(lemma, "ask") || S_same(lemma, "answer"))
    return LEDE_NONE;
  size_t b = i - 1;
  if (S_ly(a, b) && b > s0 + 1) b--;
  int been = S_is(a, b, "been");
  if (!(S_is(a, b, "was") || S_is(a, b, "were") || S_is(a, b, "is") ||
        S_is(a, b, "are") || been))
    return LEDE_NONE;
  if (been && !(b > s0 && (S_is(a, b - 1, "has") || S_is(a, b - 1, "have") ||
                           S_is(a, b - 1, "had"))))
    return LEDE_NONE;
  size_t p = been ? b - 2 : b - 1; /* the subject's last word */
  if (p < s0 || p + 1 <= s0 || !S_word(a, p) || S_LEX(quote_pronouns, a, p) ||
      S_CLASS(quote_relatives, a, p) || S_is(a, p, "this"))
    return LEDE_NONE;
  if (i + 1 < a->tokens.n && S_LEX(quote_passive_followers, a, i + 1))
    return LEDE_NONE;
  return been ? b - 1 : b;
}

/* Where the clause holding token b starts: after the last comma,
 * semicolon, colon, dash, quotation mark or token taken by a quote found
 * (S_used) before it, no further back than lim. */
static size_t S_clause_back(const S_ctx *x, size_t b, size_t lim) {
  const lede_article *a = x->a;
  size_t c0 = b;
  while (c0 > lim && !S_comma(a, c0 - 1) && !S_punct(a, c0 - 1, ';') &&
         !S_punct(a, c0 - 1, ':') && !S_dash(a, c0 - 1) &&
         !(S_tok(a, c0 - 1)->flags & LEDE__T_QUOTE) &&
         !S_used(x->used_tok, c0 - 1))
    c0--;
  return c0;
}

/* "Turnout seems likely to rise", "the minister is expected to resign": the
 * clause around the verb is reported, by no one in particular. */

void lede__q_sourceless(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t si = 0; si < a->sents.n; si++) {
    size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
    size_t stop = s1 > s0 ? s1 - 1 : s0;
    /* (Q_REPORT holds every verb left, and "according") */
    for (size_t i = s0; (i = S_next_cand(x->cand[Q_REPORT], i, stop)) < stop;
         i++) {
      if (!a->quote_verb[i] || S_used(x->used_tok, i)) continue;
      const lede__token *t = S_tok(a, i);
      if (t->flags & LEDE__T_UPPER) continue;
      if (i == s0 && S_is(a, i, "asked")) {
        /* "Asked whether she would run, Smith laughed." */
      } else if (i == s0 || (t->flags & LEDE__T_CAP)) {
        continue;
      }
      const char *lemma = S_entry_lemma(S_verb_of(a, i));
      size_t nx = i + 1;
      int ok = 0;
      if (S_same(lemma, "seem")) {
        ok = S_word(a, nx) && !S_is(a, nx, "in") && !S_is(a, nx, "on") &&
             !S_is(a, nx, "at") && !S_is(a, nx, "with");
      } else if (S_same(lemma, "appear")) {
        ok = S_is(a, nx, "to") || S_is(a, nx, "that") || S_is(a, nx, "likely") ||
             S_is(a, nx, "unlikely") || S_is(a, nx, "poised") ||
             S_is(a, nx, "ready");
      } else if (S_passive_lemma(lemma) && !S_ing(a, i)) {
        size_t b = i - 1;
        if (b > s0 && !S_be(a, b) && lede__q_skip_aux_left(a, s0, b + 1) == b) b--;
        ok = S_be(a, b) && (S_is(a, nx, "to") || S_is(a, nx, "that"));
      } else if (S_judging_lemma(lemma) && !S_ing(a, i) &&
                 (S_is(a, nx, "of") || S_is(a, nx, "for"))) {
        /* "He was accused of lying", "the plan has been criticized for
         * its cost": judged, by no one named. */
        size_t b = i - 1;
        if (b > s0 && !S_be(a, b) && lede__q_skip_aux_left(a, s0, b + 1) == b) b--;
        ok = S_be(a, b);
      }
      if (!ok && S_same(lemma, "ask") && S_is(a, i, "asked") &&
          (nx = S_question_at(a, i + 1, s1)) < s1) {
        /* "When asked about the merger, she ...", "He was asked why",
         * "Asked on Monday whether": the question is reported; the asker
         * is not named. */
        size_t b = i - 1;
        if (i == s0 || S_is(a, b, "when") || S_is(a, b, "if") ||
            S_is(a, b, "after") || S_is(a, b, "whenever") ||
            S_is(a, b, "once") || S_is(a, b, "until") || S_be(a, b) ||
            S_comma(a, b) ||
            (b == s0 && S_CLASS(quote_coordinators, a, b))) {
          size_t c0 = S_is(a, nx, "about") ? nx + 1 : nx;
          /* ("And asked how ..., Bone said": the question's clause
           * opens at "asked") */
          lede_span content = S_trim_span(
              a, S_span_tok(a, c0, lede__q_clause_end(a, b == s0 ? i : s0, s1, c0)));
          if (S_empty(content)) continue;
          lede__quote *q =
              S_report(x, si, content, S_span_tok(a, i, i + 1), lemma);
          /* "Asked by reporters whether ...": the agent asks. */
          size_t by = i + 1 < nx && S_ly(a, i + 1) ? i + 2 : i + 1;
          if (by + 1 < nx && S_is(a, by, "by")) {
            size_t r = lede__q_np_right(a, by + 1, nx);
            if (r > by + 1 && (r == nx || S_timeword(a, r) ||
                               S_LEX(quote_preps, a, r)))
              q->speaker = lede__s32(S_span_tok(a, by + 1, r));
          }
          S_use(x->used_tok, i, 1);
        }
        continue;
      }
      if (!ok && (nx = S_agentless_be(a, s0, i, lemma)) != LEDE_NONE) {
        /* "On Thursday, the closure of the pier was announced": what was
         * announced, from the last comma before the verb to "was". */
        size_t b = nx, lim = b > s0 + 16 ? b - 16 : s0;
        size_t c0 = S_clause_back(x, b, lim);
        if (c0 == lim && lim > s0) continue;
        lede_span content = S_trim_span(a, S_span_tok(a, c0, b));
        if (S_empty(content)) continue;
        S_report(x, si, content, S_span_tok(a, i, i + 1), lemma);
        S_use(x->used_tok, i, 1);
        continue;
      }
      if (!ok) continue;
      /* The clause: from the last comma or semicolon before the verb. */
      size_t c0 = i, lim = i > s0 + 40 ? i - 40 : s0;
      /* ("Narang said North Korea appears to ...": after an
       * attribution's cue, the clause it reports.) */
      while (c0 > lim && !S_comma(a, c0 - 1) && !S_punct(a, c0 - 1, ';') &&
             !S_punct(a, c0 - 1, ':') && !S_dash(a, c0 - 1) &&
             !(S_tok(a, c0 - 1)->flags & LEDE__T_QUOTE) &&
             S_used(x->used_tok, c0 - 1) != 1)
        c0--;
      if (c0 == lim && lim > s0) continue;
      /* ("said Sunday that ...", "told reporters on Monday that ...":
       * the attribution's adjuncts and "that" are not the clause) */
      if (c0 > s0 && S_used(x->used_tok, c0 - 1) == 1 && c0 < i) {
        size_t k = lede__q_skip_adjuncts(a, c0, i);
        if (k < i && S_is(a, k, "that")) c0 = k + 1;
      }
      /* "It is expected that ...": the clause after "that". */
      if (c0 + 2 <= i && S_is(a, c0, "it") && S_is(a, nx, "that")) c0 = nx + 1;
      if (c0 >= s1) continue;
      lede_span content = S_trim_span(
          a, S_span_tok(a, c0, lede__q_clause_end(a, c0, s1, i + 1)));
      if (S_empty(content)) continue;
      S_report(x, si, content, S_span_tok(a, i, i + 1), lemma);
      S_use(x->used_tok, i, 1);
    }
  }
}

/* Does a quote of the first n0 (sorted by start) hold position pos?
 * Positions asked in increasing order; *qi and *reach carry the walk (the
 * next quote, the furthest end of those starting before). */
static int S_covered(const lede_article *a, uint64_t pos, size_t *qi,
                     size_t n0, uint64_t *reach) {
  while (*qi < n0 && a->quotes.v[*qi].outer.start <= pos) {
    if (a->quotes.v[*qi].content.end > *reach)
      *reach = a->quotes.v[*qi].content.end;
    (*qi)++;
  }
  return *reach > pos;
}

/* "There is little doubt that he will run", "there was a sense of
 * disbelief that ...": a view (data/lex/quote_there_nouns.txt) no one is
 * named as holding reports the clause after "that", "whether" or
 * "about"; "there" at i. */
static void S_there_is(S_ctx *x, size_t si, size_t i, size_t *qi, size_t n0,
                       uint64_t *reach) {
  lede_article *a = x->a;
  size_t s1 = a->sent_tok.v[si + 1], k = i + 1;
  if (k < s1 && (S_is(a, k, "has") || S_is(a, k, "have") || S_is(a, k, "had")))
    k++;
  if (k >= s1 || !(S_be(a, k) || S_is(a, k, "\xE2\x80\x99s") ||
                   S_is(a, k, "'s") || S_is(a, k, "remains")))
    return;
  size_t n = LEDE_NONE;
  for (size_t j = k + 1; j < s1 && j < k + 5 && S_word(a, j); j++)
    if (S_LEX(quote_there_nouns, a, j)) {
      n = j;
      break;
    }
  if (n == LEDE_NONE || S_used(x->used_tok, n)) return;
  size_t c = n + 1;
  while (c < s1 && c < n + 6 && S_word(a, c) && !S_is(a, c, "that") &&
         !S_is(a, c, "whether") && !S_is(a, c, "about"))
    c++;
  if (c + 1 >= s1 || !(S_is(a, c, "that") || S_is(a, c, "whether") ||
                       S_is(a, c, "about")) ||
      S_covered(a, S_tok(a, n)->start, qi, n0, reach))
    return;
  lede_span content = S_trim_span(
      a, S_span_tok(a, c + 1, lede__q_clause_end(a, c + 1, s1, c + 1)));
  if (S_empty(content)) return;
  S_report(x, si, content, S_span_tok(a, i, n + 1), lede__tok_word(a, n)->key);
  S_mark(x, i, n + 1);
}

/* "The clerk reportedly kept the ballots": an adverb of hearsay
 * (data/lex/quote_hearsay.txt) reports the clause it stands in, its source
 * unnamed. Not when a cue right after it reports ("allegedly told the
 * board that ..."), nor inside a quotation or a report already found
 * ("Lee said the clerk reportedly ..."). Runs on the quotes sorted by
 * start; returns whether it added any. */
int lede__q_hearsay(S_ctx *x) {
  lede_article *a = x->a;
  size_t n0 = a->quotes.n, qi = 0;
  uint64_t reach = 0; /* the furthest end of the quotes starting so far */
  size_t nt = a->sents.n ? a->sent_tok.v[a->sents.n] : 0;
  {
    /* (the words lede__q_find_verbs marked: "there" and the adverbs) */
    const uint64_t *m = x->cand[Q_HEARSAY];
    for (size_t i = S_next_cand(m, 0, nt); i < nt;
         i = S_next_cand(m, i + 1, nt)) {
      const lede__token *t = S_tok(a, i);
      size_t si = lede__tok_sent(a, i), s0 = a->sent_tok.v[si],
             s1 = a->sent_tok.v[si + 1];
      if (i + 1 >= s1) continue;
      if (t->len == 5) {
        S_there_is(x, si, i, &qi, n0, &reach);
        continue;
      }
      if (S_used(x->used_tok, i)) continue;
      if (S_covered(a, t->start, &qi, n0, &reach)) continue;
      /* the verb it modifies, after an auxiliary or two */
      size_t v = i + 1;
      while (v < s1 && v < i + 3 && S_finite_aux(a, v)) v++;
      if (v >= s1 || !S_word(a, v) || S_used(x->used_tok, v) ||
          S_CLASS(quote_coordinators, a, v) || S_is(a, v, "or"))
        continue;
      /* The clause: from the last comma or semicolon before it. */
      size_t lim = i > s0 + 40 ? i - 40 : s0, c0 = S_clause_back(x, i, lim);
      if (c0 == lim && lim > s0) continue;
      /* ("Reportedly, the clerk ...": the clause after it) */
      if (c0 == i) c0 = S_comma(a, i + 1) ? i + 2 : i + 1;
      if (c0 >= s1) continue;
      lede_span content = S_trim_span(
          a, S_span_tok(a, c0, lede__q_clause_end(a, c0, s1, v)));
      if (S_empty(content)) continue;
      const lede__word *d = lede__tok_word(a, i);
      S_report(x, si, content, S_span_tok(a, i, i + 1), d->key);
      S_use(x->used_tok, i, 1);
    }
  }
  return a->quotes.n > n0;
}

/* "Lee leads in the latest poll", "In a county survey released Monday, 48
 * percent chose Lee": a clause told "in" a poll (data/lex/quote_poll_nouns.txt)
 * is the poll's finding, the poll its source. The poll's phrase is a few
 * words of a name or a determiner phrase ("in the vast majority of the
 * polls"); the clause is the one before "in", with a finite verb of its
 * own ("Lee has sagged in the polls", not "running third in the polls"),
 * or, when the phrase opens the clause and ends at a comma, the one after
 * it. Nothing a report already holds. Runs on the quotes sorted by start;
 * returns whether it added any. */
int lede__q_poll_frames(S_ctx *x) {
  lede_article *a = x->a;
  size_t n0 = a->quotes.n, qi = 0;
  uint64_t reach = 0;
  size_t nt = a->sents.n ? a->sent_tok.v[a->sents.n] : 0;
  const uint64_t *m = x->cand[Q_POLL];
  for (size_t p = S_next_cand(m, 0, nt); p < nt; p = S_next_cand(m, p + 1, nt)) {
    /* "in" a few words before the poll's noun */
    size_t i = LEDE_NONE;
    for (size_t j = p; j > 0 && j + 8 > p; j--) {
      if (S_tok(a, j - 1)->flags & LEDE__T_WORD) {
        if (S_is(a, j - 1, "in")) {
          i = j - 1;
          break;
        }
      } else if (!(S_punct(a, j - 1, '/') || S_punct(a, j - 1, '-') ||
                   S_punct(a, j - 1, '&') || S_punct(a, j - 1, '.') ||
                   S_possessive(a, j - 1))) {
        break;
      }
    }
    if (i == LEDE_NONE || S_used(x->used_tok, i)) continue;
    size_t si = lede__tok_sent(a, i), s0 = a->sent_tok.v[si],
           s1 = a->sent_tok.v[si + 1];
    int ok = p < s1;
    for (size_t j = i + 1; j < p && ok; j++)
      ok = S_is(a, j, "of")
               ? j > i + 1 && S_LEX(quote_poll_shares, a, j - 1)
           : S_word(a, j)
               ? !(S_finite_aux(a, j) || S_subordinator(a, j) ||
                   S_is(a, j, "and") || S_is(a, j, "or") ||
                   S_LEX(quote_preps, a, j))
               : !S_punct(a, j, '.') || S_abbrev(a, j - 1) ||
                     S_initial(a, j - 1);
    if (!ok || S_used(x->used_tok, p) ||
        (p + 1 < s1 && (S_punct(a, p + 1, '-') || S_possessive(a, p + 1))))
      continue;
    if (S_covered(a, S_tok(a, i)->start, &qi, n0, &reach)) continue;
    size_t c0 = LEDE_NONE, c1 = LEDE_NONE;
    int opens = i == s0 || S_comma(a, i - 1) || S_subordinator(a, i - 1) ||
                S_CLASS(quote_coordinators, a, i - 1);
    if (opens) { /* "In the poll, Lee leads": the clause after its comma */
      size_t k = p + 1;
      while (k < s1 && k < p + 8 && !S_comma(a, k) &&
             (S_word(a, k) || (S_tok(a, k)->flags & LEDE__T_NUM)) &&
             !S_finite_aux(a, k))
        k++;
      if (k + 2 < s1 && S_comma(a, k) && S_word(a, k + 1)) {
        c0 = k + 1;
        c1 = lede__q_clause_end(a, c0, s1, c0);
      }
    } else { /* "Lee has sagged in the polls": the clause before "in" */
      size_t lim = i > s0 + 30 ? i - 30 : s0;
      c0 = S_clause_back(x, i, lim);
      if (c0 == lim && lim > s0) continue;
      /* (from the conjunction opening the clause: "where he leads"; a
       * clause under "that", "if" or "because" is another's content) */
      int under = 0;
      for (size_t j = i; j > c0; j--)
        if (S_subordinator(a, j - 1) || S_is(a, j - 1, "that") ||
            S_is(a, j - 1, "where") || S_is(a, j - 1, "if")) {
          under = S_is(a, j - 1, "that") || S_is(a, j - 1, "if") ||
                  S_is(a, j - 1, "because");
          c0 = j;
          break;
        }
      if (under || S_ing(a, c0)) continue;
      /* its verb: the last before "in", finite */
      size_t v = LEDE_NONE;
      for (size_t j = i; j > c0; j--)
        if (S_word(a, j - 1) && !S_cap(a, j - 1) &&
            (S_finite(a, j - 1) || S_ing(a, j - 1))) {
          v = j - 1;
          break;
        }
      if (v == LEDE_NONE || S_ing(a, v) || v == c0) continue;
      c1 = i;
    }
    if (c0 == LEDE_NONE || c1 <= c0) continue;
    lede_span content = S_trim_span(a, S_span_tok(a, c0, c1));
    if (S_empty(content)) continue;
    /* (no report already in it: one starting in the clause before "in",
     * or the next one starting before its end) */
    if ((qi < n0 && a->quotes.v[qi].outer.start < content.end) ||
        (qi > 0 && a->quotes.v[qi - 1].outer.start >= content.start))
      continue;
    lede__quote *q = S_report(x, si, content, S_span_tok(a, i, i + 1),
                              lede__tok_word(a, p)->key);
    q->cls = LEDE_CUE_OTHER;
    q->speaker = lede__s32(S_span_tok(a, i + 1, p + 1));
    S_mark(x, i, p + 1);
  }
  return a->quotes.n > n0;
}

/* "Senator Jane Doe: We will win" -- a headline naming its speaker
 * before a colon, with no verb. */
void lede__q_headline(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t si = 0; si < a->sents.n; si++) {
    if (a->blocks.v[a->sents.v[si].block].part != LEDE_PART_TITLE) continue;
    size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
    size_t k = s0;
    while (k < s1 && k < s0 + 7 && !S_punct(a, k, ':')) k++;
    if (k == s0 || k + 1 >= s1 || !S_punct(a, k, ':') || S_used(x->used_tok, k))
      continue;
    /* Capitalised names only; kickers ("BREAKING:", "Analysis:") and
     * shouted words are furniture, but for a news agency alone ("AP:"). */
    int ok = 1;
    for (size_t i = s0; i < k && ok; i++)
      ok = (S_cap(a, i) && S_word(a, i) &&
            (!(S_tok(a, i)->flags & (LEDE__T_UPPER | LEDE__T_NUM)) ||
             (k == s0 + 1 && S_LEX(agencies, a, i)))) ||
           S_possessive(a, i) ||
           (S_punct(a, i, '.') && i > s0 &&
            (S_abbrev(a, i - 1) || S_initial(a, i - 1)));
    lede_span sp = S_span_tok(a, s0, k);
    if (!ok || lede__lex_has(&lede__lex_quote_kickers, a->text + sp.start,
                             sp.end - sp.start) ||
        S_LEX(quote_stop, a, s0))
      continue;
    lede_span content =
        S_trim_span(a, S_span_tok(a, k + 1, S_content_end(a, k + 1, s1)));
    if (S_empty(content)) continue;
    lede__quote *q = S_report(x, si, content, S_span_tok(a, k, k + 1), ":");
    q->speaker = lede__s32(sp);
    S_mark(x, s0, k + 1);
  }
}

/* The speaker label opening paragraph b of a transcript ("FALLIN: Well,
 * ...", "Q: ...", "Sen. Ann Lee: ..."): up to four capitalized words before
 * a colon, words after it. Returns the colon's token, or LEDE_NONE. */
static size_t S_turn_label(const lede_article *a, size_t b) {
  size_t lo = 0, hi = 0;
  if (a->blocks.v[b].part != LEDE_PART_BODY || !S_block_extent(a, b, &lo, &hi))
    return LEDE_NONE;
  size_t k = lede__tok_at(a, lo), b0 = k, words = 0;
  while (k < a->tokens.n && S_tok(a, k)->start < hi && words <= 4) {
    if (S_word(a, k) && S_cap(a, k) && !(S_tok(a, k)->flags & LEDE__T_NUM))
      words++;
    else if (!(S_punct(a, k, '.') && k > b0 &&
               (S_abbrev(a, k - 1) || S_initial(a, k - 1))))
      break;
    k++;
  }
  /* (a letter alone is a label: "A:" answers, "Q:" asks) */
  int letter = k == b0 + 1 && S_tok(a, b0)->len == 1;
  if (!words || words > 4 || k + 3 >= a->tokens.n || !S_punct(a, k, ':') ||
      (!letter && (S_LEX(quote_stop, a, b0) ||
                   S_LEX(sentence_starters, a, b0))))
    return LEDE_NONE;
  size_t after = 0;
  for (size_t j = k + 1; j < a->tokens.n && S_tok(a, j)->start < hi && after < 3; j++)
    after += S_word(a, j);
  return after >= 3 ? k : LEDE_NONE;
}

/* An interview printed as a transcript: a body paragraph opening with a
 * speaker label is that speaker's turn, reported as said. A label counts
 * when its last word labels another paragraph too ("Q:" and "A:", or
 * "LEE:" twice), so a lone "Update:" or "Note:" is no speaker. */
void lede__q_transcript(S_ctx *x) {
  lede_article *a = x->a;
  size_t np = a->paras.n, n = 0;
  if (np < 2) return;
  size_t *col = lede__calloc(&a->scratch, lede__mul(&a->scratch, np, sizeof *col));
  if (!col) return;
  for (size_t i = 0; i < np; i++) {
    col[i] = S_turn_label(a, a->paras.v[i]);
    n += col[i] != LEDE_NONE;
  }
  if (n < 2) return;
  for (size_t i = 0; i < np; i++) {
    if (col[i] == LEDE_NONE) continue;
    const lede__token *li = S_tok(a, col[i] - 1);
    size_t b = a->paras.v[i], lo = 0, hi = 0;
    S_block_extent(a, b, &lo, &hi);
    size_t c = col[i], b0 = lede__tok_at(a, lo);
    /* (a letter alone labels one side of an exchange: "A:" answers where
     * another letter, "Q:", asks) */
    int letter = li->len == 1 && c == b0 + 1;
    int twice = 0, other = !letter;
    /* (turns alternate: a window of paragraphs keeps this linear) */
    size_t j0 = i > 32 ? i - 32 : 0, j1 = np - i > 32 ? i + 33 : np;
    for (size_t j = j0; j < j1 && !(twice && other); j++) {
      if (j == i || col[j] == LEDE_NONE) continue;
      const lede__token *lj = S_tok(a, col[j] - 1);
      if (li->len == lj->len &&
          lede__eq_ci_n(a->text + li->start, a->text + lj->start, li->len))
        twice = 1;
      else if (lj->len == 1)
        other = 1;
    }
    if (!twice || !other) continue;
    size_t e = c + 1;
    while (e < a->tokens.n && S_tok(a, e)->start < hi) e++;
    lede_span content = S_trim_span(a, S_span_tok(a, c + 1, e));
    if (S_empty(content) || S_used(x->used_tok, c)) continue;
    lede__quote *q = S_new(a, b);
    q->kind = LEDE_QUOTE_INDIRECT; /* the turn is in no quotation marks */
    q->content = lede__s32(content);
    q->outer = lede__s32(content);
    q->cue = lede__s32(S_span_tok(a, c, c + 1));
    q->lemma = ":";
    q->speaker = lede__s32(S_span_tok(a, b0, c));
    S_mark(x, b0, c + 1);
  }
}

/* "The engineer said the cables were sound, and the inspectors warned that
 * ...": a reported clause ends where the next attribution in it starts.
 * Quotes are sorted by position first. */
void lede__q_cut_at_next(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    if (q->kind != LEDE_QUOTE_INDIRECT && q->kind != LEDE_QUOTE_MIXED)
      continue;
    for (size_t j = i + 1; j < a->quotes.n && j < i + 8; j++) {
      const lede__quote *r = &a->quotes.v[j];
      if (r->outer.start >= q->content.end) break;
      size_t at = r->cue.start;
      /* (a speaker before this content is a shared subject: "Ewing said
       * A, but said B" cuts A at "but") */
      if (!S_empty(lede__s64(r->speaker)) && r->speaker.start < at &&
          r->speaker.start >= q->content.start)
        at = r->speaker.start;
      if (S_empty(lede__s64(r->cue)) || at <= q->content.start || at >= q->content.end ||
          r->cue.start < q->content.start)
        continue;
      /* Never split a pair of quotation marks. */
      size_t t0 = lede__tok_at(a, at);
      if (t0 < a->tokens.n && S_used(x->used_tok, t0) == 2) continue;
      size_t e = t0;
      size_t c0 = lede__tok_at(a, q->content.start);
      while (e > c0 && (((S_tok(a, e - 1)->flags & LEDE__T_PUNCT) &&
                         !(S_tok(a, e - 1)->flags & LEDE__T_QUOTE)) ||
                        S_CLASS(quote_coordinators, a, e - 1)))
        e--;
      /* Keep quotation marks in the tail (a mixed quote's fragment). */
      size_t t1 = lede__tok_at(a, q->content.end), k = t0;
      while (k < t1 && k < t0 + 200 && !(S_tok(a, k)->flags & LEDE__T_QUOTE))
        k++;
      if (k < t1) continue;
      /* Only at a clause boundary: ", and", "; but", "but". */
      int coord = 0;
      for (size_t k2 = e; k2 < t0; k2++)
        if (S_punct(a, k2, ';') || S_CLASS(quote_coordinators, a, k2))
          coord = 1;
      if (e <= c0 || !coord) continue;
      /* ("said his wife and her sister wrote it": one subject) */
      if (S_is(a, e, "and") && S_np_only(a, c0, e)) continue;
      /* ("said it is complex and he feels he can win": one report) */
      if (S_is(a, e, "and") && e + 1 == t0 &&
          S_joined_content(a, c0, e, lede__tok_at(a, q->content.end)))
        continue;
      lede_span c = S_span_tok(a, c0, e);
      if (c.end <= q->content.start || c.end >= q->content.end) continue;
      q->content.end = c.end;
      q->outer.end = q->outer.end > c.end && q->outer.start == q->content.start
                         ? c.end
                         : q->outer.end;
      break;
    }
  }
}

/* "told investors that A, adding that B", "called the plan ''reckless,''
 * accusing him of ...": a participle of speech after a comma or dash in a
 * report's content, outside quotation marks, is its speaker's next report:
 * a quote of its own with the same speaker, and the first content ends
 * before it. Only for a speaker and cue before the content: in "A,
 * calling B, Lee said" the participle belongs to what Lee said. Returns
 * how many quotes it added (at the end: sort them after). */
size_t lede__q_participle_reports(S_ctx *x) {
  lede_article *a = x->a;
  size_t n = a->quotes.n, added = 0;
  for (size_t i = 0; i < n; i++) {
    lede__quote q = a->quotes.v[i];
    if ((q.kind != LEDE_QUOTE_INDIRECT && q.kind != LEDE_QUOTE_MIXED) ||
        S_empty(lede__s64(q.cue)) || S_empty(lede__s64(q.speaker)) ||
        q.speaker.end > q.cue.start || q.cue.end > q.content.start)
      continue;
    size_t c0 = lede__tok_at(a, q.content.start);
    size_t c1 = lede__tok_at(a, q.content.end);
    for (size_t k = c0 + 1; k + 2 < c1 && k < c0 + S_CONTENT_MAX; k++) {
      if (!S_comma(a, k) && !S_dash(a, k)) continue;
      size_t j = k + 1, e = k; /* e: the first content's end */
      while (j < c1 && (S_tok(a, j)->flags & LEDE__T_QUOTE)) e = ++j;
      if (j < c1 && S_CLASS(quote_participle_links, a, j)) j++;
      if (j < c1 && (S_ly(a, j) || S_LEX(quote_participle_adverbs, a, j)))
        j++;
      S_cue cu;
      if (j + 1 >= c1 || !S_ing(a, j) || S_cap(a, j) ||
          S_used(x->used_tok, j) == 2 || !a->quote_verb[j] ||
          lede__q_noun_reading(a, j) || !S_cue_at(a, j, c1, &cu) ||
          cu.according || !cu.lemma)
        continue;
      size_t b0 = cu.cue1;
      while (b0 + 1 < c1 && (S_comma(a, b0) || S_punct(a, b0, ':'))) b0++;
      if (b0 + 1 < c1 && S_is(a, b0, "that")) b0++;
      if (b0 >= c1) continue;
      lede_span first = S_span_tok(a, c0, e);
      lede__quote *p = &a->quotes.v[i];
      /* (mixed only while its content holds a pair of marks) */
      int mixed = p->kind == LEDE_QUOTE_MIXED;
      if (mixed && !S_holds_pair(x, first)) p->kind = LEDE_QUOTE_INDIRECT;
      if (p->outer.end == p->content.end) p->outer.end = (uint32_t)first.end;
      p->content.end = (uint32_t)first.end;
      /* (a report the participle already gives, nested so far, stands
       * on its own now) */
      lede__quote *had = NULL;
      for (size_t m = i + 1; m < n && m < i + 16 && !had; m++)
        if (a->quotes.v[m].cue.start == S_tok(a, j)->start)
          had = &a->quotes.v[m];
      for (size_t m = a->quotes.n; m > n && m + 4 > a->quotes.n && !had; m--)
        if (a->quotes.v[m - 1].cue.start == S_tok(a, j)->start)
          had = &a->quotes.v[m - 1];
      if (had) {
        if (mixed && S_holds_pair(x, lede__s64(had->content)))
          had->kind = LEDE_QUOTE_MIXED;
        break;
      }
      lede_span rest = S_span_tok(a, b0, c1);
      lede__quote *r = S_new(a, q.block);
      r->kind = mixed && S_holds_pair(x, rest) ? LEDE_QUOTE_MIXED
                                               : LEDE_QUOTE_INDIRECT;
      r->content = lede__s32(rest);
      r->outer = r->content;
      r->cue = lede__s32(S_span_tok(a, cu.cue0, cu.cue1));
      r->lemma = cu.lemma;
      r->speaker = q.speaker;
      added++;
      break;
    }
  }
  return added;
}

/* A reported content ends at its last word: a comma, semicolon or dash
 * left from the clause boundary ("said the plan was dead, and ...",
 * "said the talks - which had stalled - would resume") is not part of it.
 * A hyphen counts as a dash only after a space or another hyphen ("--");
 * quotation marks stay. Never empties the span. */
static lede_span S_trim_tail(const char *t, lede_span s) {
  lede_span r = lede__trim(t, s);
  for (;;) {
    size_t n = r.end - r.start;
    const unsigned char *e = (const unsigned char *)t + r.end;
    size_t cut = 0;
    if (n >= 2 && (e[-1] == ',' || e[-1] == ';'))
      cut = 1;
    else if (n >= 2 && e[-1] == '-' && (e[-2] == ' ' || e[-2] == '-'))
      cut = 1;
    else if (n >= 4 && e[-3] == 0xE2 && e[-2] == 0x80 &&
             (e[-1] == 0x93 || e[-1] == 0x94)) /* en or em dash */
      cut = 3;
    if (!cut) return r;
    lede_span c = lede__trim(t, (lede_span){r.start, r.end - cut});
    if (c.end <= c.start) return r;
    r = c;
  }
}

void lede__q_trim_reported(lede_article *a) {
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    if (q->kind != LEDE_QUOTE_INDIRECT && q->kind != LEDE_QUOTE_MIXED)
      continue;
    lede_span c = S_trim_tail(a->text, lede__s64(q->content));
    if (q->outer.end == q->content.end) q->outer.end = (uint32_t)c.end;
    q->content = lede__s32(c);
  }
}
