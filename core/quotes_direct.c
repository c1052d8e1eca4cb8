/* Quotes: direct quotes attributed next to their marks (pass 2) and the
 * quotes left over (pass 4). */
#include "quotes_internal.h"

/* After the cue of a quotation (from token i): adjuncts, then a clause of
 * time or manner, not reported content ("..., Lee asks as a guard walks
 * in"). */
static inline int S_time_clause(const lede_article *a, size_t i, size_t s1) {
  size_t k = lede__q_skip_adjuncts(a, i, s1);
  return k + 2 < s1 && S_subordinator(a, k) && !S_is(a, k, "that") &&
         (S_LEX(quote_determiners, a, k + 1) ||
          S_personal(a, k + 1) || (S_cap(a, k + 1) && S_word(a, k + 1)));
}

/* After the cue of a quotation (from token i): adjuncts, then what was
 * spoken about ("“Why?” Lee said about the plan to ...", "said of the
 * talks"), not reported content. */
static inline int S_topic_after(const lede_article *a, size_t i, size_t s1) {
  size_t k = lede__q_skip_adjuncts(a, i, s1);
  return k + 1 < s1 && (S_is(a, k, "about") || S_is(a, k, "of")) &&
         !S_cap(a, k) && S_word(a, k + 1);
}

/* The speaker of the last attribution whose cue lies in [cs, ce) of the
 * text ("..., she said, adding ..."): tokens in *sp0, *sp1; 0 if none. */
static inline int S_prev_speaker(const lede_article *a, size_t cs, size_t ce,
                                 size_t *sp0, size_t *sp1) {
  size_t lo = a->quotes.n > 8 ? a->quotes.n - 8 : 0;
  for (size_t qk = a->quotes.n; qk > lo; qk--) {
    const lede__quote *pq = &a->quotes.v[qk - 1];
    if (pq->cue.start >= cs && pq->cue.end <= ce && !S_empty(lede__s64(pq->speaker))) {
      *sp0 = lede__tok_at(a, pq->speaker.start);
      *sp1 = lede__tok_at(a, pq->speaker.end);
      return 1;
    }
  }
  return 0;
}

/* Does the cue at j (its words ending at k) leave the rest of the
 * sentence without content of its own: a tail, a time clause or a
 * topic after its listener? */
static inline int S_no_content_after(const lede_article *a, size_t j, size_t k,
                                     size_t s1) {
  size_t l = S_skip_listener(a, j, k, s1);
  return S_tail_only(a, l, s1) || S_time_clause(a, l, s1) ||
         S_topic_after(a, l, s1);
}

/* ==== Pass 2: direct quotes attributed next to their marks ============== */

/* Does the clause after a phrase ending at r go on with a second verb of
 * one subject ("“terrible,” denounced her record as governor and said
 * ..."): then the verb before the phrase is no inverted cue and the
 * phrase is its object, not its speaker. */
static int S_second_predicate(const lede_article *a, size_t r, size_t s1) {
  for (size_t j = r; j + 1 < s1 && j < r + 12; j++) {
    if (S_comma(a, j) || S_punct(a, j, ';') ||
        (S_tok(a, j)->flags & LEDE__T_QUOTE) || S_is(a, j, "who") ||
        S_is(a, j, "which") || S_is(a, j, "that"))
      return 0; /* ("said Al Lee who runs the fund and ...": his clause) */
    if ((S_is(a, j, "and") || S_is(a, j, "but")) && S_word(a, j + 1) &&
        !S_cap(a, j + 1) &&
        ((a->quote_verb[j + 1] && !lede__q_noun_reading(a, j + 1)) ||
         S_past(a, j + 1)))
      return 1;
  }
  return 0;
}

/* Does the quotation close on a comma, "?" or "!" (the marks of speech
 * handed to an attribution: "“Go,” she said") and hold at least three
 * words or end on "?"/"!" (so a quoted title "“Jaws,”" is left alone)? */
static int S_attribution_close(const lede_article *a, const S_pair *p) {
  size_t e = p->close;
  while (e > p->oend && (a->text[e - 1] == ' ' || a->text[e - 1] == '\n'))
    e--;
  if (e <= p->oend) return 0;
  char c = a->text[e - 1];
  if (c == '?' || c == '!') return 1;
  if (c != ',') return 0;
  size_t t0 = lede__tok_at(a, p->oend), words = 0;
  for (size_t k = t0; k < a->tokens.n && S_tok(a, k)->start < e && words < 3;
       k++)
    if (S_word(a, k)) words++;
  return words >= 3;
}

static int S_block_starts(const lede_article *a, size_t b, size_t pos);

/* A pair of quotation marks under study in pass 2: its tokens and the
 * sentences around them. */
typedef struct {
  S_pair *p;
  size_t ct;     /* the closing mark's last token */
  size_t ot;     /* the opening mark's token */
  size_t s0, s1; /* the closing mark's sentence (crossed: the next one) */
  size_t o0, o1; /* the opening mark's sentence */
  size_t cs1;    /* the end of the closing mark's own sentence */
  size_t i;      /* the token after the mark (and its comma or dash) */
  int crossed;   /* the sentence splits right after the mark */
} S_dpair;

/* The attribution found for a pair: its cue, the cue's first token (c0,
 * LEDE_NONE while none) and the speaker with its side (lede__q_speaker's
 * codes). */
typedef struct {
  S_cue cu;
  size_t c0, sp0, sp1;
  int side;
} S_dattr;

/* The tokens and sentences of pair p in *d. Returns 0 when its marks lie
 * outside the tokens. */
static inline __attribute__((always_inline)) int
S_direct_pair(const lede_article *a, S_pair *p, S_dpair *d) {
  size_t ct = lede__tok_at(a, p->cend) - 1; /* the closing mark's last token */
  size_t ot = lede__tok_at(a, p->open);
  if (ct >= a->tokens.n || ot >= a->tokens.n) return 0;
  size_t s0, s1, o0, o1;
  S_sent_range(a, ct, &s0, &s1);
  S_sent_range(a, ot, &o0, &o1);
  d->cs1 = s1; /* the end of the closing mark's own sentence */
  /* After: "...," she said. / "...," said Smith. */
  size_t i = ct + 1;
  if (i < s1 && (S_comma(a, i) || S_dash(a, i))) i++;
  /* "...!" Dawson shouted. -- the sentence split after the mark. */
  int crossed = 0;
  if (i >= s1 && i < a->tokens.n && lede__tok_sent(a, i) == lede__tok_sent(a, ct) + 1 &&
      a->sents.v[lede__tok_sent(a, i)].block == p->block) {
    S_sent_range(a, i, &s0, &s1);
    crossed = 1;
  }
  d->p = p;
  d->ct = ct;
  d->ot = ot;
  d->s0 = s0;
  d->s1 = s1;
  d->o0 = o0;
  d->o1 = o1;
  d->i = i;
  d->crossed = crossed;
  return 1;
}

/* A new direct quote of pair p: its marks, content and kind set. */
static inline lede__quote *S_direct_new(lede_article *a, const S_pair *p) {
  lede__quote *q = S_new(a, p->block);
  q->outer = lede__s32((lede_span){p->open, p->cend});
  q->content = lede__s32(S_trim_span(a, (lede_span){p->oend, p->close}));
  q->kind = LEDE_QUOTE_DIRECT;
  return q;
}

/* Does the quotation closing at token ct run to the end of its sentence
 * (cs1), past punctuation only? */
static inline int S_ends_sentence(const lede_article *a, size_t ct,
                                  size_t cs1) {
  size_t k = ct + 1;
  while (k < cs1 && k < ct + 16 && (S_tok(a, k)->flags & LEDE__T_PUNCT))
    k++;
  return k >= cs1;
}

/* A signature after the quotation ("..." — Tom Reyes): takes it as the
 * speaker of a direct quote. Returns whether it did. */
static inline __attribute__((always_inline)) int
S_direct_signature(S_ctx *x, const S_dpair *d) {
  lede_article *a = x->a;
  S_pair *p = d->p;
  size_t ct = d->ct, i = d->i, s1 = d->s1;
  size_t d0 = LEDE_NONE, d1 = 0;
  if (!d->crossed && i > ct + 1 && S_dash(a, i - 1)) {
    d0 = i;
    d1 = s1;
  } else if (d->crossed && i < s1 && S_dash(a, i)) {
    d0 = i + 1;
    d1 = s1;
  } else if (!d->crossed && i >= s1 && s1 + 1 < a->tokens.n && S_dash(a, s1)) {
    /* "“...”" then a paragraph "— Ann Lee, Dayton.": a signature
     * line right after the quotation's paragraph, the quotation
     * closing its own. */
    size_t nb = a->sents.v[lede__tok_sent(a, s1)].block;
    size_t ke = ct + 1;
    while (ke < s1 && (S_tok(a, ke)->flags & LEDE__T_PUNCT)) ke++;
    if (ke >= s1 && nb == p->block + 1 &&
        S_block_starts(a, nb, S_tok(a, s1)->start)) {
      size_t n0, n1;
      S_sent_range(a, s1 + 1, &n0, &n1);
      d0 = s1 + 1;
      d1 = n1;
    }
  }
  if (d0 != LEDE_NONE && d0 < d1 && S_cap(a, d0) && S_word(a, d0) &&
      !S_LEX(quote_stop, a, d0) &&
      !S_LEX(quote_pronouns, a, d0)) {
    /* "..." — Tom Reyes: a signature; a handle or a date may follow. */
    size_t r = lede__q_np_right(a, d0, d1);
    size_t k = r;
    while (k < d1 && (S_tok(a, k)->flags & LEDE__T_PUNCT) &&
           !S_punct(a, k, '(') && !S_comma(a, k))
      k++;
    if (r > d0 && (k >= d1 || S_punct(a, k, '(') || S_comma(a, k))) {
      lede__quote *q = S_direct_new(a, p);
      q->cue = lede__s32(S_span_tok(a, d0 - 1, d0));
      q->lemma = "\xE2\x80\x94"; /* the dash */
      q->speaker = lede__s32(S_span_tok(a, d0, r));
      p->used = 1;
      S_mark(x, d0 - 1, r);
      return 1;
    }
  }
  return 0;
}

/* A cue right after the quotation, its speaker after it ("...," said
 * Smith). Sets *t when found. */
static void S_direct_inverted(const lede_article *a, const S_dpair *d,
                              S_dattr *t) {
  size_t i = d->i, s1 = d->s1, ot = d->ot;
  S_cue *cu = &t->cu;
  size_t r = lede__q_np_right(a, cu->cue1, s1);
  /* ("“...,” promising a return": a participle does not invert.) */
  /* ("a “sociopath,” said he does not ...": a pronoun with its own
   * verb after it is the subject of the content.) */
  /* ("host of “Morning Call,” said the station would close": a
   * phrase with a modal or an auxiliary after it is the subject of
   * the content.) */
  if (r > cu->cue1 && !cu->according && !S_ing(a, i) &&
      !(S_LEX(quote_pronouns, a, cu->cue1) &&
        !S_tail_only(a, r, s1)) &&
      !(r < s1 && (S_LEX(quote_modals, a, r) || S_finite_aux(a, r))) &&
      /* ("host of WXYZ’s “Morning Call,” suggested the mayor’s
       * refusal ...": a capitalized quotation right after a
       * possessive or a preposition is a title; the verb after it is
       * the clause's.) */
      !(ot > d->o0 && ot + 1 < s1 && S_cap(a, ot + 1) &&
        (S_possessive(a, ot - 1) || S_LEX(quote_preps, a, ot - 1))) &&
      !S_second_predicate(a, r, s1)) {
    t->c0 = i;
    t->sp0 = cu->cue1;
    t->sp1 = r;
    t->side = 2;
  } else if (cu->according) {
    size_t r2 = lede__q_np_right(a, cu->cue1, s1);
    if (r2 > cu->cue1) {
      t->c0 = i;
      t->sp0 = cu->cue1;
      t->sp1 = r2;
      t->side = 2;
    }
  }
}

/* The end of the speaker's phrase after the quotation, [i, e) read as a
 * phrase: past an apposition, a place or a second phrase joined by
 * "and" when a cue follows them. */
static size_t S_direct_speaker_end(const lede_article *a, size_t i, size_t e,
                                   size_t s1) {
  /* "Butz, 49, told", "Will Estrada, the chairman ..., said" */
  if (e > i && e + 1 < s1 && S_comma(a, e)) {
    size_t e0 = e;
    size_t e2 = lede__q_np_right(a, e + 1, s1);
    if (e2 > e + 1 && e2 + 1 < s1 && S_comma(a, e2)) {
      S_cue c2;
      size_t j = e2 + 1;
      while (j < s1 && j < e2 + 4 && S_LEX(quote_aux, a, j)) j++;
      if (j < s1 && S_cue_at(a, j, s1, &c2) && !c2.according) e = e2 + 1;
    }
    if (e == e0) {
      /* "Ann Berg, chief strategist in Sydney at Coast Bank,
       * said", "Al Bond, 30, of Raleigh, N.C., who was polled,
       * said", "Ed Wu, wearing a “Vote Wu” pin, said": an apposition
       * up to the comma before the cue. */
      for (size_t k = e + 1; k < s1 && k < e + 24; k++) {
        if (S_punct(a, k, ';')) break;
        if (!S_comma(a, k)) continue;
        S_cue c2;
        size_t j = k + 1;
        while (j < s1 && j < k + 4 && S_LEX(quote_aux, a, j))
          j++;
        if (j < s1 && S_cue_at(a, j, s1, &c2) && !c2.according) {
          e = k + 1;
          break;
        }
      }
    }
  } else if (e > i && e + 1 < s1 &&
             (S_is(a, e, "in") || S_is(a, e, "at") || S_is(a, e, "from") ||
              S_is(a, e, "on") || S_is(a, e, "near"))) {
    /* "a Democratic staffer in the room wondered", "a voter from
     * Ohio said": a place after the speaker. */
    size_t e2 = lede__q_np_right(a, e + 1, s1);
    S_cue c2;
    if (e2 > e + 1 && e2 < s1 && e2 <= e + 6 &&
        lede__q_cue_at2(a, e2, s1, &c2, 1) &&
        !c2.according && S_tail_only(a, c2.cue1, s1))
      e = e2;
  } else if (e > i && e + 1 < s1 && S_is(a, e, "and")) {
    /* "the senator and presidential candidate told" */
    size_t e2 = lede__q_np_right(a, e + 1, s1);
    S_cue c2;
    if (e2 > e + 1 && e2 < s1 && S_cue_at(a, e2, s1, &c2) &&
        !c2.according)
      e = e2;
  }
  return e;
}

/* A speaker right after the quotation, then its cue ("...," she said).
 * Sets *t when found. */
static inline __attribute__((always_inline)) void
S_direct_named(const lede_article *a, const S_dpair *d,
                           S_dattr *t) {
  size_t i = d->i, s1 = d->s1;
  size_t e = S_direct_speaker_end(a, i, lede__q_np_right(a, i, s1), s1);
  if (e > i && e - i <= 3 * S_NP_MAX) {
    size_t j = e, n = 0;
    while (j < s1 && n < 3 && S_LEX(quote_aux, a, j)) {
      j++;
      n++;
    }
    /* Mid-sentence, a cue with its own content after it ("On Fox's
     * “Hannity,” Ann Lee said the ...") does not attribute the quote. */
    if (j < s1 && lede__q_cue_at2(a, j, s1, &t->cu, 1) && !t->cu.according &&
        ((!d->crossed && d->ot == d->o0) ||
         S_no_content_after(a, j, t->cu.cue1, s1))) {
      t->c0 = j;
      t->sp0 = i;
      t->sp1 = e;
      t->side = 1;
    }
  }
}

/* Token v's word in ASCII lower case, copied into the arena: the lemma
 * of a cue no list knows. */
static const char *S_lower_copy(lede_article *a, size_t v) {
  const lede__token *vt = S_tok(a, v);
  char *l = lede__strndup(&a->arena, a->text + vt->start, vt->len);
  for (char *c = l; *c; c++)
    if (*c >= 'A' && *c <= 'Z') *c |= 0x20;
  return l;
}

/* The verb of an unlisted cue at v, as a lemma: the listed verb's, the
 * one after it, else the word in lower case. */
static const char *S_direct_lemma(lede_article *a, size_t v) {
  const char *lemma = S_verb_lemma(a, v);
  if (!lemma) lemma = S_after_lemma(a, v);
  return lemma ? lemma : S_lower_copy(a, v);
}

/* A name and a verb right after a quotation that hands it on
 * (S_attribution_close). Sets *t when found. */
static inline __attribute__((always_inline)) void
S_direct_close(S_ctx *x, const S_dpair *d, S_dattr *t) {
  lede_article *a = x->a;
  size_t i = d->i, s1 = d->s1;
  int crossed = d->crossed;
  if (!(i < s1 && !S_used(x->used_tok, i) && d->ot == d->o0 &&
        !(i > d->ct + 1 && S_dash(a, i - 1)) && S_attribution_close(a, d->p)))
    return;
  /* "“Go home,” Smith barked." / "“Wow!” beamed Ann Lee.": right after
   * a quotation that opens its sentence and closes on a comma, "?" or
   * "!", a name then a verb in -ed (or the verb then a name) attribute
   * it, listed cue or not. */
  size_t e = lede__q_np_right(a, i, s1);
  size_t v = LEDE_NONE, n0 = 0, n1 = 0;
  /* ("“...?” a reporter can be heard asking"): past the auxiliaries
   * to a cue in -ing */
  size_t ve = e;
  while (ve < s1 && ve < e + 4 &&
         (S_finite_aux(a, ve) || S_is(a, ve, "be") || S_is(a, ve, "been") ||
          S_is(a, ve, "heard") || S_is(a, ve, "seen")))
    ve++;
  if (ve > e && ve < s1 && S_ing(a, ve) && a->quote_verb[ve] &&
      e > i && S_good_subject(a, i, e) &&
      (!crossed || S_tail_only(a, ve + 1, s1))) {
    v = ve;
    n0 = i;
    n1 = e;
  } else if (e > i && e < s1 && S_good_subject(a, i, e) && S_past(a, e) &&
      !S_LEX(quote_stop, a, e) &&
      (!crossed || S_tail_only(a, e + 1, s1))) {
    v = e;
    n0 = i;
    n1 = e;
  } else if (!crossed && S_past(a, i) && i + 1 < s1 && S_cap(a, i + 1) &&
             !S_LEX(quote_stop, a, i)) {
    size_t r = lede__q_np_right(a, i + 1, s1);
    if (r > i + 1 && S_good_subject(a, i + 1, r)) {
      v = i;
      n0 = i + 1;
      n1 = r;
    }
  } else if (!crossed && S_present_s(a, i) && i + 2 < s1 &&
             S_LEX(quote_determiners, a, i + 1) &&
             !S_LEX(quote_stop, a, i)) {
    /* "“...,” reads an editorial in the Register.": a verb in -s,
     * then its subject, ending the sentence or going on to a
     * clause on it. */
    size_t r = lede__q_np_right(a, i + 1, s1);
    if (r > i + 2 && S_good_subject(a, i + 1, r) &&
        (S_tail_only(a, r, s1) == 1 || S_is(a, r, "that") ||
         S_is(a, r, "which") || S_is(a, r, "who"))) {
      v = i;
      n0 = i + 1;
      n1 = r;
    }
  }
  if (v != LEDE_NONE) {
    t->cu.cue0 = v;
    t->cu.cue1 = v + 1;
    t->cu.lemma = S_direct_lemma(a, v);
    t->cu.according = 0;
    t->c0 = v;
    t->sp0 = n0;
    t->sp1 = n1;
    t->side = v < n0 ? 2 : 1;
  }
}

/* A cue before the quotation in its sentence, the speaker by
 * lede__q_speaker. Sets *t when found; returns 1 then, -1 when the quote
 * is mixed (left to pass 3), else 0. */
static inline __attribute__((always_inline)) int
S_direct_before(S_ctx *x, const S_dpair *d, S_dattr *t) {
  lede_article *a = x->a;
  size_t ot = d->ot, o0 = d->o0;
  int before = 0;
  /* Before: He said: "..." / He said, "..." / He said "..." */
  size_t j = ot;
  if (S_punct(a, j - 1, ':') || S_comma(a, j - 1)) j--;
  /* the cue then its adjuncts: "said in a statement on Tuesday:" */
  size_t lo = j > o0 + 8 ? j - 8 : o0;
  for (size_t k = j; k > lo; k--) {
    S_cue cu2;
    if (lede__q_cue_at2(a, k - 1, d->o1, &cu2,
                  S_punct(a, j, ':') || S_comma(a, j)) &&
        !cu2.according &&
        /* ("said in his book, “An American Son.”": a title) */
        !(j > cu2.cue1 + 1 && j < ot &&
          S_LEX(quote_works, a, j - 1)) &&
        /* ("said Tuesday on WXYZ’s “Morning Desk.”": a quotation right
         * after a preposition or a possessive past the cue is their
         * object, a title) */
        !(j == ot && ot > cu2.cue1 && !a->quote_verb[ot - 1] &&
          (S_possessive(a, ot - 1) || S_LEX(quote_preps, a, ot - 1))) &&
        (lede__q_skip_adjuncts(a, cu2.cue1, j) >= j ||
         ((S_punct(a, j, ':') || (k - 1 == o0 && S_comma(a, j))) &&
          cu2.cue1 < j && lede__q_np_right(a, cu2.cue1, j) >= j)) &&
        !S_used(x->used_tok, k - 1)) {
      size_t q0, q1;
      /* "explained Grant: “...”": the speaker may follow the cue up
       * to the colon. */
      /* "Said Comey, “...”": inverted at the sentence start. */
      int lead = k - 1 == o0 && S_comma(a, j);
      int sd = lede__q_speaker(a, o0, S_punct(a, j, ':') || lead ? j : k - 1,
                         k - 1, cu2.cue1, &q0, &q1);
      /* "..., she said, adding: “...”": the speaker before. */
      if (sd == 3 && q1 <= q0 &&
          !S_prev_speaker(a, S_tok(a, o0)->start, S_tok(a, k - 1)->start,
                          &q0, &q1))
        sd = 0;
      if (sd == 1 || sd == 3 || (S_punct(a, j, ':') && sd) ||
          (lead && sd == 2)) {
        t->cu = cu2;
        t->c0 = k - 1;
        t->sp0 = q0;
        t->sp1 = q1;
        t->side = sd;
        before = 1;
      }
      break;
    }
    if (S_tok(a, k - 1)->flags & LEDE__T_QUOTE) break;
  }
  /* Direct only if the quote runs to the end of its sentence. */
  if (before && !S_ends_sentence(a, d->ct, d->cs1) && !S_punct(a, j, ':'))
    return -1; /* mixed: pass 3 */
  return before;
}

/* Names alone before a colon and the quotation: takes them as the
 * speaker of a direct quote. Returns whether it did. */
static int S_direct_name_colon(S_ctx *x, const S_dpair *d) {
  lede_article *a = x->a;
  size_t ot = d->ot, o0 = d->o0;
  /* "Meghan McCain, Twitter: "..."": a name and a colon, no verb. */
  int names = 1;
  for (size_t k = o0; k + 1 < ot && names; k++)
    names = (S_cap(a, k) && S_word(a, k) &&
             !S_LEX(quote_stop, a, k)) ||
            S_comma(a, k) || S_possessive(a, k) ||
            (S_punct(a, k, '.') && k > o0 &&
             (S_abbrev(a, k - 1) || S_initial(a, k - 1)));
  if (names && S_ends_sentence(a, d->ct, d->cs1) &&
      !S_used(x->used_tok, o0)) {
    lede__quote *q = S_direct_new(a, d->p);
    q->speaker = lede__s32(S_span_tok(a, o0, ot - 1));
    d->p->used = 1;
    S_mark(x, o0, ot);
    return 1;
  }
  return 0;
}

/* The direct (or mixed) quote of the pair, attributed by *t; before: its
 * cue is before the quotation. */
static void S_direct_take(S_ctx *x, const S_dpair *d, const S_dattr *t,
                          int before) {
  lede_article *a = x->a;
  size_t ot = d->ot, o0 = d->o0;
  lede__quote *q = S_direct_new(a, d->p);
  q->cue = lede__s32(S_span_tok(a, t->cu.cue0, t->cu.cue1));
  q->lemma = t->cu.lemma;
  q->speaker = lede__s32(S_span_tok(a, t->sp0, t->sp1));
  /* Words before the quote in its sentence make it mixed:
   * He called it "a disaster," Smith said. */
  if (!before && ot > o0) {
    int words = 0;
    /* (bounded: a very long run before the mark counts as words) */
    size_t k0 = ot - o0 > 64 ? ot - 64 : o0;
    words = k0 > o0;
    for (size_t k = k0; k < ot && !words; k++)
      if (S_word(a, k) && !S_used(x->used_tok, k)) words = 1;
    if (words) {
      q->kind = LEDE_QUOTE_MIXED;
      q->content = lede__s32((lede_span){S_tok(a, o0)->start, d->p->cend});
      q->outer = q->content;
    }
  }
  d->p->used = 1;
  if (t->side == 3) {
    /* The clause's subject, far from the cue ("He called it “X” and
     * called on ..."): the words between stay free for other cues. */
    S_mark(x, t->sp0, t->sp1);
    S_mark(x, t->cu.cue0, t->cu.cue1);
  } else {
    size_t m0 = t->c0 < t->sp0 ? t->c0 : t->sp0,
           m1 = t->cu.cue1 > t->sp1 ? t->cu.cue1 : t->sp1;
    S_mark(x, m0, m1);
  }
}

/* Pass 2: each pair of marks with its attribution next to it (after the
 * quotation, then before it) is a direct quote, or mixed with words of
 * its sentence before it. */
void lede__q_direct(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t pi = 0; pi < x->pairs.n; pi++) {
    S_dpair d;
    if (!S_direct_pair(a, &x->pairs.v[pi], &d)) continue;
    if (S_direct_signature(x, &d)) continue;
    S_dattr t = {.c0 = LEDE_NONE};
    if (d.i < d.s1 && !d.crossed && lede__q_cue_at2(a, d.i, d.s1, &t.cu, 1))
      S_direct_inverted(a, &d, &t);
    else if (d.i < d.s1)
      S_direct_named(a, &d, &t);
    if (t.c0 == LEDE_NONE) S_direct_close(x, &d, &t);
    int before = 0;
    if (t.c0 == LEDE_NONE && d.ot > d.o0 &&
        (before = S_direct_before(x, &d, &t)) < 0)
      continue;
    if (t.c0 == LEDE_NONE && d.ot > d.o0 + 1 && d.ot - d.o0 <= 9 &&
        S_punct(a, d.ot - 1, ':') && S_cap(a, d.o0) &&
        S_direct_name_colon(x, &d))
      continue;
    if (t.c0 == LEDE_NONE || S_used(x->used_tok, t.c0)) continue;
    S_direct_take(x, &d, &t, before);
  }
}

/* ==== Pass 4: quotes left over ========================================== */

int lede__q_cmp_quote(const void *pa, const void *pb) {
  const lede__quote *qa = pa, *qb = pb;
  if (qa->outer.start != qb->outer.start)
    return qa->outer.start < qb->outer.start ? -1 : 1;
  /* (the longer first: a report holding a quote comes before it) */
  return qa->outer.end > qb->outer.end ? -1 : qa->outer.end < qb->outer.end;
}

/* Quotes in text order (lede__q_cmp_quote), as qsort puts them; most
 * often they are in order already, and then are left as they are, else
 * those from the first out of order on are sorted and merged in. */
void lede__q_sort_quotes(lede_article *a) {
  size_t n = a->quotes.n, k = 1;
  while (k < n && lede__q_cmp_quote(&a->quotes.v[k - 1], &a->quotes.v[k]) <= 0)
    k++;
  if (k < n) lede__q_sort_tail(a, k);
}

/* The same when quotes [0, n0) are in order and the few after them were
 * added: those are sorted and merged in from the end, not the whole
 * array sorted again. */
#define S_TAIL_MAX 4096
void lede__q_sort_tail(lede_article *a, size_t n0) {
  size_t n = a->quotes.n, m = n - n0;
  if (!m || n0 == 0) {
    lede__q_sort_quotes(a);
    return;
  }
  lede__quote *v = a->quotes.v;
  /* a long tail sorts with the rest: its copy would stand beside
   * qsort's own buffer (a long text's quotes, four sorts) */
  if (m > S_TAIL_MAX) {
    qsort(v, n, sizeof *v, lede__q_cmp_quote);
    return;
  }
  qsort(v + n0, m, sizeof *v, lede__q_cmp_quote);
  if (lede__q_cmp_quote(&v[n0 - 1], &v[n0]) <= 0) return;
  lede__quote *t = lede__alloc(&a->scratch, lede__mul(&a->scratch, m, sizeof *t));
  if (!t) {
    qsort(v, n, sizeof *v, lede__q_cmp_quote);
    return;
  }
  memcpy(t, v + n0, m * sizeof *t);
  size_t i = n0, j = m, k = n;
  while (j > 0) {
    if (i > 0 && lede__q_cmp_quote(&v[i - 1], &t[j - 1]) > 0) v[--k] = v[--i];
    else v[--k] = t[--j];
  }
}

/* The block where quote q ends (a quotation carried over paragraphs
 * starts in an earlier one). */
static size_t S_end_block(const lede_article *a, const lede__quote *q) {
  size_t t = lede__tok_at(a, q->outer.end);
  if (t == 0 || t > a->tokens.n) return q->block;
  return a->sents.v[lede__tok_sent(a, t - 1)].block;
}

/* Does block b start at position pos (only white space before)? */
static int S_block_starts(const lede_article *a, size_t b, size_t pos) {
  size_t lo = 0, hi = 0; /* (set by S_block_extent when it says yes) */
  return S_block_extent(a, b, &lo, &hi) && lo == pos;
}

/* q is said by tokens [q0, q1) with cue cu: set both and mark them used. */
static int S_take(S_ctx *x, lede__quote *q, size_t q0, size_t q1,
                  const S_cue *cu) {
  q->speaker = lede__s32(S_span_tok(x->a, q0, q1));
  q->cue = lede__s32(S_span_tok(x->a, cu->cue0, cu->cue1));
  q->lemma = cu->lemma;
  S_mark(x, q0 < cu->cue0 ? q0 : cu->cue0, cu->cue1 > q1 ? cu->cue1 : q1);
  return 1;
}

/* Does the prose block before block b end with "SPEAKER CUE:"? Then set
 * q's speaker and cue and mark them used. */
static int S_colon_cue(S_ctx *x, size_t b, lede__quote *q) {
  lede_article *a = x->a;
  size_t pb = b;
  while (pb > 0 && !a->blocks.v[pb - 1].nsents) pb--;
  if (pb == 0) return 0;
  pb--;
  const lede__block *bl = &a->blocks.v[pb];
  size_t si = bl->first_sent + bl->nsents - 1;
  size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
  if (s1 <= s0 + 1 || !S_punct(a, s1 - 1, ':')) return 0;
  size_t lo = s1 - 1 > s0 + 8 ? s1 - 9 : s0;
  for (size_t k = s1 - 1; k > lo; k--) {
    S_cue cu;
    if (S_used(x->used_tok, k - 1) || !S_cue_at(a, k - 1, s1, &cu) || cu.according)
      continue;
    if (lede__q_skip_adjuncts(a, cu.cue1, s1 - 1) < s1 - 1 &&
        lede__q_np_right(a, cu.cue1, s1 - 1) < s1 - 1)
      return 0;
    size_t q0, q1;
    int sd = lede__q_speaker(a, s0, s1 - 1, k - 1, cu.cue1, &q0, &q1);
    if (sd != 1 && sd != 2) return 0; /* ("Stated Stone:") */
    return S_take(x, q, q0, q1, &cu);
  }
  return 0;
}

/* "Her friend Ann Lee, 20, chimed in. “...”": the sentence before the
 * quotation, in its paragraph, ends on a cue with nothing said after it;
 * its speaker says the quotation. Sets q's speaker and cue. */
static int S_stop_cue(S_ctx *x, size_t ot, lede__quote *q) {
  lede_article *a = x->a;
  if (ot == 0) return 0;
  size_t si = lede__tok_sent(a, ot - 1), ts = lede__tok_sent(a, ot);
  if (si + 1 != ts || a->sents.v[si].block != a->sents.v[ts].block)
    return 0;
  size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
  if (s1 <= s0 + 2 || !S_punct(a, s1 - 1, '.')) return 0;
  size_t lo = s1 - 1 > s0 + 8 ? s1 - 9 : s0;
  for (size_t k = s1 - 1; k > lo; k--) {
    if (S_tok(a, k - 1)->flags & LEDE__T_QUOTE) return 0;
    S_cue cu;
    if (S_used(x->used_tok, k - 1) || !lede__q_cue_at2(a, k - 1, s1, &cu, 1) ||
        cu.according)
      continue;
    if (S_ing(a, k - 1) || lede__q_skip_adjuncts(a, cu.cue1, s1 - 1) < s1 - 1)
      return 0;
    size_t q0, q1;
    int sd = lede__q_speaker(a, s0, s1 - 1, k - 1, cu.cue1, &q0, &q1);
    /* (the subject of the sentence, of a verb of saying or writing: not
     * "the bathroom they prefer.") */
    int cls = S_cue_class_of(cu.lemma);
    if (sd != 1 || !(q0 == s0 || S_comma(a, q0 - 1)) ||
        (cls != LEDE_CUE_SPEECH && cls != LEDE_CUE_WRITING))
      return 0;
    return S_take(x, q, q0, q1, &cu);
  }
  return 0;
}

/* A sentence opening with an adverbial ("In 2009, ...", "Earlier this
 * week, ...", "With leaders worried about ..., ...") before its subject. */
static int S_lead_adjunct(const lede_article *a, size_t s0) {
  return S_is(a, s0, "in") || S_is(a, s0, "on") || S_is(a, s0, "at") ||
         S_is(a, s0, "with") || S_is(a, s0, "during") ||
         S_is(a, s0, "before") || S_is(a, s0, "since") ||
         S_is(a, s0, "despite") || S_is(a, s0, "amid") ||
         S_is(a, s0, "earlier") || S_is(a, s0, "later") ||
         S_is(a, s0, "last") || S_is(a, s0, "for") || S_is(a, s0, "around");
}

/* "Smith resisted: “...”", "He offered “my thoughts”", "The ad hits
 * Hale for taking “54 times more”": a quotation inside a clause whose
 * subject opens the sentence. The subject is the speaker, the verb the
 * cue (class "other" unless a listed cue). Returns 1 and fills q. */
static int S_frame(S_ctx *x, const S_pair *p, size_t ot, size_t s0,
                   size_t s1, lede__quote *q) {
  lede_article *a = x->a;
  if (ot <= s0 + 1) return 0;
  /* "When Reyes suggested ..., Ortiz fired back: “...”", "Earlier this
   * week, Ortiz shared ...": the main clause after a subordinate one or
   * an adverbial. */
  if (S_is(a, s0, "when") || S_is(a, s0, "after") || S_is(a, s0, "as") ||
      S_is(a, s0, "while") || S_is(a, s0, "although") ||
      S_is(a, s0, "though") || S_is(a, s0, "because") || S_is(a, s0, "if") ||
      S_lead_adjunct(a, s0)) {
    size_t k = s0 + 1;
    while (k + 1 < ot && k < s0 + 40 && !S_comma(a, k) &&
           !(S_tok(a, k)->flags & LEDE__T_QUOTE))
      k++;
    if (k + 1 < ot && S_comma(a, k) && (S_cap(a, k + 1) || S_personal(a, k + 1)))
      s0 = k + 1;
  }
  size_t st = s0;
  size_t r = lede__q_clause_subject(a, s0, ot, &st);
  if (r <= st || r >= ot || r - st > S_NP_MAX) return 0;
  for (size_t k = st; k < r; k++)
    if (S_used(x->used_tok, k) || (S_tok(a, k)->flags & LEDE__T_QUOTE)) return 0;
  /* A name, a pronoun or a determiner phrase: not "In 2015", "But". */
  int pron = r == st + 1 && S_LEX(quote_pronouns, a, st);
  if (!pron && !(S_cap(a, st) && S_word(a, st) &&
                 !(S_tok(a, st)->flags & LEDE__T_NUM)))
    return 0;
  if (S_LEX(quote_stop, a, st) || S_ing(a, st) ||
      S_is(a, st, "who") || S_is(a, st, "which") || S_is(a, st, "you") ||
      S_is(a, st, "i"))
    return 0;
  size_t v = lede__q_skip_aux_left(a, r, r); /* (no-op: keeps the subject) */
  int aux = 0;
  /* "Reyes, who has postured himself as the “...”": the frame inside a
   * relative clause on the subject. */
  size_t sr = r; /* (the phrase speaks through "who": "Reyes, who") */
  if (v + 2 < ot && S_comma(a, v) && S_is(a, v + 1, "who")) {
    v += 2;
    sr = v;
  }
  for (int n = 0; v < ot && n < 4; n++) {
    /* "He infamously referred to": an adverb before the verb. */
    if (S_ly(a, v) && v + 1 < ot && !a->quote_verb[v]) {
      v++;
      continue;
    }
    if (S_LEX(quote_aux, a, v) || S_finite_aux(a, v) ||
        S_is(a, v, "did") || S_is(a, v, "does") || S_negation(a, v) ||
        S_is(a, v, "not")) {
      aux = 1;
      v++;
    } else {
      break;
    }
  }
  if (v >= ot || !S_verbish(a, v, aux) || S_used(x->used_tok, v)) return 0;
  if (ot - v > 24) return 0;
  size_t c1 = v + 1;
  if (c1 < ot && S_frame_particle(a, c1)) c1++;
  /* "tried to portray X as “...”": the infinitive after the verb is the
   * frame, not the verb itself. */
  if (c1 == v + 2 && S_is(a, v + 1, "to") && c1 + 1 < ot && S_word(a, c1) &&
      !S_cap(a, c1) && !S_LEX(quote_determiners, a, c1) &&
      !S_LEX(quote_pronouns, a, c1) && !a->quote_verb[v] &&
      !S_used(x->used_tok, c1)) {
    v = c1;
    c1 = v + 1;
    if (c1 < ot && S_frame_particle(a, c1)) c1++;
  }
  /* A verb that is no listed cue frames only the quotation right after
   * it ("offered “my thoughts”", "resisted: “...”", "called it
   * “shameful”"), not one deep in its clause (a scare quote). */
  if (!a->quote_verb[v] && !S_after_lemma(a, v) && ot > c1 + 2) {
    /* Deeper in the clause ("identified the judge as “Spanish”"), only
     * if no participle with its own preposition comes first: after "aimed
     * at developing a “mechanism”" the quotation is that phrase's. */
    if (ot > c1 + 16) return 0;
    for (size_t k = c1; k + 1 < ot; k++)
      if (S_past(a, k) && S_frame_particle(a, k + 1)) return 0;
  }
  /* The clause runs from the cue to its end; the pair must be in it. */
  size_t k = c1;
  if (k < s1 && (S_comma(a, k) || S_punct(a, k, ':'))) k++;
  size_t ce = lede__q_clause_end(a, s0, s1, k);
  size_t close_tok = lede__tok_at(a, p->cend);
  if (k >= ce || close_tok > ce + 1) return 0;
  lede_span content = S_trim_span(a, S_span_tok(a, k, ce));
  if (S_empty(content) || content.start > p->open) return 0;
  if (content.end < p->cend) content.end = p->cend;
  q->speaker = lede__s32(S_span_tok(a, st, sr));
  /* "He is best known for his role as “...”": the subject of a passive
   * is its topic; no one named frames it. */
  if (a->quote_verb[v] && lede__q_passive_subject(a, st, r, v, s1))
    q->speaker = lede__s32(S_span_tok(a, v, v));
  q->cue = lede__s32(S_span_tok(a, v, c1));
  const char *lemma = S_verb_lemma(a, v);
  if (!lemma) lemma = S_after_lemma(a, v);
  if (lemma) {
    q->lemma = lemma;
  } else {
    q->lemma = S_lower_copy(a, v);
    q->cls = LEDE_CUE_OTHER;
  }
  if ((content.start == p->open && content.end == p->cend) ||
      (S_punct(a, ot - 1, ':') && close_tok + 1 >= ce)) {
    /* "Smith resisted: “...”" */
    q->kind = LEDE_QUOTE_DIRECT;
  } else {
    q->kind = LEDE_QUOTE_MIXED;
    q->content = lede__s32(content);
    q->outer = lede__s32(content);
  }
  S_mark(x, st, c1);
  return 1;
}

/* "Hale: “...”", "More from Jones: “...”", "Hoff's letter makes the
 * case: “...”": a quotation right after a colon that closes a clause,
 * running to the end of its sentence. The clause names its speaker: a
 * name alone, one after "from", or the subject before a verb (the cue).
 * Returns 1 and fills q. */
static int S_colon_intro(S_ctx *x, const S_pair *p, size_t ot,
                         lede__quote *q) {
  lede_article *a = x->a;
  if (ot == 0 || !S_punct(a, ot - 1, ':')) return 0;
  size_t c = ot - 1, s0, s1;
  S_sent_range(a, c, &s0, &s1);
  /* The quotation ends its sentence. */
  size_t ct = lede__tok_at(a, p->cend) - 1, e0, e1; /* the closing mark */
  if (ct >= a->tokens.n) return 0;
  S_sent_range(a, ct, &e0, &e1);
  size_t k = ct + 1;
  while (k < e1 && k < ct + 8 && (S_tok(a, k)->flags & LEDE__T_PUNCT) &&
         !S_comma(a, k))
    k++;
  if (k < e1) return 0;
  /* The clause: after the last dash before the colon ("... - More from
   * Jones:"), within 16 tokens. */
  size_t st = c > s0 + 24 ? c - 24 : s0;
  for (size_t j = c; j > st; j--)
    if (S_dash(a, j - 1) || S_punct(a, j - 1, ';') ||
        (S_tok(a, j - 1)->flags & LEDE__T_QUOTE)) {
      st = j;
      break;
    }
  if (st == c - 24 && st > s0) return 0; /* a long clause: not ours */
  if (st >= c) return 0;
  for (size_t j = st; j < c; j++)
    if (S_used(x->used_tok, j)) return 0;
  size_t sp0 = 0, sp1 = 0, v0 = 0, v1 = 0;
  /* A name alone, maybe with an apposition: "Ann Lee, editor of The Post:" */
  int names = S_cap(a, st) && S_word(a, st) &&
              !S_LEX(quote_stop, a, st) &&
              !S_LEX(sentence_starters, a, st) &&
              !(S_tok(a, st)->flags & LEDE__T_NUM);
  for (size_t j = st; j < c && names; j++)
    names = (S_word(a, j) && !a->quote_verb[j] && !S_past(a, j) &&
             (S_cap(a, j) || j > st)) ||
            S_comma(a, j) || S_possessive(a, j) || S_punct(a, j, '(') ||
            S_punct(a, j, ')') ||
            (S_punct(a, j, '.') && j > st &&
             (S_abbrev(a, j - 1) || S_initial(a, j - 1)));
  if (names) {
    /* lower-case words only after a comma: an apposition */
    size_t j = st;
    while (j < c && !S_comma(a, j) && (S_cap(a, j) || !S_word(a, j))) j++;
    if (j < c && !S_comma(a, j)) names = 0;
  }
  if (names) {
    sp0 = st;
    sp1 = c;
  } else {
    /* "More from Jones:", "From the report:" */
    for (size_t j = st; j + 1 < c && !sp1; j++)
      if (S_is(a, j, "from") && j <= st + 2 && lede__q_np_right(a, j + 1, c) == c &&
          S_cap(a, j + 1)) {
        sp0 = j + 1;
        sp1 = c;
      }
  }
  if (!sp1) {
    /* The subject, then a verb: "he returned to his lines:" */
    size_t ss = st;
    size_t r = lede__q_clause_subject(a, st, c, &ss);
    if (r <= ss || r >= c || !S_good_subject(a, ss, r) || S_ing(a, ss))
      return 0;
    size_t v = r;
    if (S_comma(a, v)) {
      /* "Mitch McConnell, R-Ky., delivered": past the apposition */
      size_t j = v + 1;
      while (j < c && j < v + 12 && !S_comma(a, j)) j++;
      if (j >= c || !S_comma(a, j)) return 0;
      v = j + 1;
    }
    while (v < c && v < r + 3 &&
           (S_LEX(quote_aux, a, v) || S_negation(a, v)))
      v++;
    if (v >= c || !S_verbish(a, v, v > r)) return 0;
    sp0 = ss;
    sp1 = r;
    v0 = v;
    v1 = v + 1;
  }
  q->kind = LEDE_QUOTE_DIRECT;
  q->speaker = lede__s32(S_span_tok(a, sp0, sp1));
  if (v1) {
    q->cue = lede__s32(S_span_tok(a, v0, v1));
    const char *lemma = S_verb_lemma(a, v0);
    if (!lemma) lemma = S_after_lemma(a, v0);
    if (!lemma) {
      lemma = S_lower_copy(a, v0);
      q->cls = LEDE_CUE_OTHER;
    }
    q->lemma = lemma;
  } else {
    q->cue = lede__s32(S_span_tok(a, c, c + 1));
    q->lemma = ":";
  }
  S_mark(x, sp0, c + 1);
  return 1;
}

/* A work's title after "titled"/"entitled" (a comma between or not):
 * quoted as its maker named it. The maker is the subject of the verb
 * whose object the work is ("Mook released a memo titled “...”"), if the
 * sentence says; else no one. */
static int S_titled(S_ctx *x, size_t ot, size_t s0, lede__quote *q) {
  lede_article *a = x->a;
  if (ot == 0) return 0;
  size_t t = ot - 1;
  if (S_comma(a, t) && t > s0) t--;
  if (t < s0 || !(S_is(a, t, "titled") || S_is(a, t, "entitled")) ||
      S_used(x->used_tok, t))
    return 0;
  q->kind = LEDE_QUOTE_DIRECT;
  q->cue = lede__s32(S_span_tok(a, t, t + 1));
  q->lemma = "title";
  q->cls = LEDE_CUE_OTHER;
  size_t st = s0, r = t > s0 + 2 ? lede__q_object_subject(a, s0, t - 1, &st) : s0;
  if (r > st) q->speaker = lede__s32(S_span_tok(a, st, r));
  S_use(x->used_tok, t, 1);
  return 1;
}

/* Is token i a form in the cue verb lists, whatever its case? */
static int S_listed_verb(const lede_article *a, const S_verb_index *ix,
                         size_t i, size_t *e) {
  const lede__token *t = S_tok(a, i);
  *e = lede__q_verb_entry(ix, a->text + t->start, t->len);
  return *e != LEDE_NONE;
}

/* The token after a name the entity stage found starting at token i, or
 * i. */
static size_t S_name_end(const lede_article *a, size_t i) {
  size_t pos = S_tok(a, i)->start, lo = 0, hi = a->ments.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a->ments.v[mid].span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  if (lo < a->ments.n && a->ments.v[lo].span.start == pos &&
      a->ments.v[lo].kind == LEDE_MENTION_NAME)
    return lede__tok_at(a, a->ments.v[lo].span.end);
  return i;
}

/* A word naming people: "Officials", "Lawmakers", "Voters". */
static int S_people(const lede_article *a, size_t i) {
  return S_LEX(quote_role_heads, a, i) || S_LEX(quote_objects, a, i);
}

/* "Lee Rips Levy As A ‘Tax Grab’", "Ann Lee Just Revealed Her
 * ‘...’": a headline opening with a name and its verb (a listed form, one
 * in -s, or "Just" and one in -ed) frames the quotation after it in its
 * clause; the name is the speaker, the verb the cue. Title case hides
 * the verb: the name ends at the first listed form, at a word in -s that
 * names no people, or after a plural that does ("Dock Lawmakers Rip").
 * Returns 1 and fills q. */
static int S_headline_frame(S_ctx *x, const S_pair *p, size_t ot, size_t s0,
                            size_t s1, lede__quote *q) {
  lede_article *a = x->a;
  if (a->blocks.v[q->block].part != LEDE_PART_TITLE || ot < s0 + 2) return 0;
  S_verb_index ix;
  lede__q_verb_index_build(&ix);
  size_t k = S_name_end(a, s0), e;
  if (k == s0 && s0 + 1 < ot && S_cap(a, s0) && S_word(a, s0) &&
      S_name_end(a, s0 + 1) > s0 + 1)
    k = S_name_end(a, s0 + 1); /* ("Mayor Ann Reyes") */
  /* (a name the entity stage found, "Ann Reyes", maybe after a
   * title; else capitalized words up to the verb) */
  for (size_t k0 = k; k0 == s0 && k < ot && k < s0 + 4; k++) {
    if (!S_cap(a, k) || !S_word(a, k) ||
        (S_tok(a, k)->flags & (LEDE__T_UPPER | LEDE__T_NUM)) ||
        S_LEX(quote_stop, a, k) || (k == s0 && S_LEX(sentence_starters, a, k)))
      break;
    if (k > s0 && (S_is(a, k, "just") || S_listed_verb(a, &ix, k, &e) ||
                   (S_s_form(a, k) && !S_people(a, k)) ||
                   (S_s_form(a, k - 1) && S_people(a, k - 1))))
      break;
  }
  if (k == s0 || k >= ot || S_used(x->used_tok, k)) return 0;
  size_t v = S_is(a, k, "just") && k + 1 < ot ? k + 1 : k;
  const lede__token *vt = S_tok(a, v);
  int listed = S_listed_verb(a, &ix, v, &e);
  if (!listed && !(v == k && (S_s_form(a, v) || S_people(a, k - 1))) &&
      !(v > k && vt->len > 3 &&
        memcmp(a->text + lede__tend(vt) - 2, "ed", 2) == 0))
    return 0;
  /* The quotation is the verb's: close after it, in its clause. */
  if (ot > v + 8) return 0;
  for (size_t j = v + 1; j < ot; j++)
    if (S_used(x->used_tok, j) || S_punct(a, j, ':') || S_comma(a, j)) return 0;
  size_t ce = lede__q_clause_end(a, s0, s1, v + 1);
  size_t close_tok = lede__tok_at(a, p->cend);
  if (v + 1 >= ce || close_tok > ce + 1) return 0;
  lede_span content = S_trim_span(a, S_span_tok(a, v + 1, ce));
  if (S_empty(content) || content.start > p->open) return 0;
  if (content.end < p->cend) content.end = p->cend;
  if (content.start == p->open && content.end == p->cend) {
    q->kind = LEDE_QUOTE_DIRECT;
  } else {
    q->kind = LEDE_QUOTE_MIXED;
    q->content = lede__s32(content);
    q->outer = lede__s32(content);
  }
  q->speaker = lede__s32(S_span_tok(a, s0, k));
  q->cue = lede__s32(S_span_tok(a, k, v + 1));
  if (listed) {
    q->lemma = S_entry_lemma(e);
  } else {
    q->lemma = S_lower_copy(a, v);
    q->cls = LEDE_CUE_OTHER;
  }
  S_mark(x, s0, v + 1);
  return 1;
}

/* Pass 4's walk over quotes and pairs together, in text order. */
typedef struct {
  size_t qi, nq;         /* the next quote of those there were */
  size_t last;           /* last attributed quote so far */
  size_t lastd;          /* last attributed direct quote so far */
  size_t last_end_tok;   /* the token after the last one and its
                            attribution */
} S_lwalk;

/* The quotes opening before pair p, passed: the last attributed ones
 * and where the last one's attribution ends. */
static void S_left_advance(const lede_article *a, S_lwalk *w,
                           const S_pair *p) {
  while (w->qi < w->nq && a->quotes.v[w->qi].outer.start <= p->open) {
    /* (a report inside the last one's content is not the voice a next
     * paragraph continues: "Moss said she backs the strike. “...”") */
    const lede__quote *cq = &a->quotes.v[w->qi];
    int inner = w->last != LEDE_NONE &&
                cq->outer.start >= a->quotes.v[w->last].content.start &&
                cq->outer.end <= a->quotes.v[w->last].content.end;
    if (!S_empty(lede__s64(cq->speaker)) && !inner) {
      w->last = w->qi;
      if (a->quotes.v[w->qi].kind == LEDE_QUOTE_DIRECT) w->lastd = w->qi;
      const lede__quote *lq = &a->quotes.v[w->qi];
      size_t e = lq->cue.end > lq->speaker.end ? lq->cue.end
                                               : lq->speaker.end;
      if (lq->outer.end > e) e = lq->outer.end;
      w->last_end_tok = lede__tok_at(a, e);
    }
    w->qi++;
  }
}

/* "“A,” he said, referring to B. “C.”": a report in the sentence of
 * the cue does not break the quote. The quote a next piece may
 * continue: the last attributed one, or then the last direct one;
 * *tail_report when the report goes on in the piece. */
static size_t S_left_ext(const lede_article *a, const S_lwalk *w,
                         int *tail_report) {
  size_t last = w->last, lastd = w->lastd;
  size_t ext = last;
  *tail_report = 0;
  if (last != LEDE_NONE && lastd != LEDE_NONE && lastd != last &&
      a->quotes.v[last].kind != LEDE_QUOTE_DIRECT &&
      !S_empty(lede__s64(a->quotes.v[last].cue)) && !S_empty(lede__s64(a->quotes.v[lastd].cue)) &&
      lede__tok_sent(a, lede__tok_at(a, a->quotes.v[last].cue.start)) ==
          lede__tok_sent(a, lede__tok_at(a, a->quotes.v[lastd].cue.start))) {
    /* (but "“A,” he said, adding that B. “C.”": a report that says
     * more, after the cue, goes on in C) */
    const lede__quote *rq = &a->quotes.v[last];
    size_t ct = lede__tok_at(a, rq->cue.start);
    *tail_report = rq->kind == LEDE_QUOTE_INDIRECT && S_ing(a, ct) &&
                   rq->lemma &&
                   lede__q_lemma_in(rq->lemma, &lede__lex_cue_continuing) &&
                   !S_cap(a, ct) && ct > 0 && S_comma(a, ct - 1) &&
                   rq->cue.start > a->quotes.v[lastd].cue.start &&
                   rq->speaker.start == a->quotes.v[lastd].speaker.start;
    if (!*tail_report) ext = lastd;
  }
  return ext;
}

/* "A," he said, "B." or "A," he said. "B.": pair p (token ot; q0 its
 * quote as made) is a next piece of the last quote, which takes it.
 * Returns whether it did. */
static int S_left_continues(lede_article *a, S_lwalk *w, S_pair *p,
                            size_t ot, int sent_start,
                            const lede__quote *q0) {
  int tail_report;
  size_t ext = S_left_ext(a, w, &tail_report);
  /* (a mixed quote too when its attribution follows it: "He is a
   * “builder,” Lee said. “He always was.”") */
  const lede__quote *eq = ext != LEDE_NONE ? &a->quotes.v[ext] : NULL;
  int trailing = eq && eq->kind == LEDE_QUOTE_MIXED && !S_empty(lede__s64(eq->cue)) &&
                 eq->cue.start >= eq->content.end &&
                 eq->speaker.start >= eq->content.end;
  if (!(eq && (eq->kind == LEDE_QUOTE_DIRECT || trailing || tail_report) &&
        S_end_block(a, eq) == p->block && w->last_end_tok < a->tokens.n &&
        w->last_end_tok <= ot))
    return 0;
  size_t k = w->last_end_tok;
  int cont = 0;
  if (lede__tok_sent(a, k) == lede__tok_sent(a, ot)) {
    size_t j = lede__q_skip_adjuncts(a, k, ot);
    size_t jl = j + 16;
    while (j < ot && j < jl && (S_tok(a, j)->flags & LEDE__T_PUNCT)) j++;
    /* (after a comma, colon or dash: a title inside the adjunct, "said
     * on Fox's “Morning Desk,”", does not continue the quote) */
    cont = j == ot && ot > k &&
           (S_comma(a, ot - 1) || S_punct(a, ot - 1, ':') ||
            S_dash(a, ot - 1));
  } else if (sent_start && k > 0 &&
             lede__tok_sent(a, ot) == lede__tok_sent(a, k - 1) + 1) {
    cont = 1;
  }
  lede__quote *lq = &a->quotes.v[ext];
  if (!cont || lq->outer.end > p->open) return 0;
  if (tail_report) lq->kind = LEDE_QUOTE_MIXED;
  /* A mixed quote's content holds its marks. */
  lede_span piece = lq->kind == LEDE_QUOTE_MIXED
                        ? (lede_span){p->open, p->cend}
                        : lede__s64(q0->content);
  if (S_empty(lede__s64(lq->gap)))
    lq->gap = lede__s32((lede_span){lq->content.end, piece.start});
  lq->outer.end = p->cend;
  lq->content.end = piece.end;
  p->used = 1;
  w->last_end_tok = lede__tok_at(a, p->cend);
  return 1;
}

/* A quotation opening its sentence (pair p, its sentence ending at s1)
 * with no cue of its own: a floating quote the last speaker goes on
 * in, a direct quote with no speaker, or a few words that are no
 * statement; in q0. */
static void S_left_floating(lede_article *a, const S_lwalk *w,
                            const S_pair *p, size_t ot, size_t s1,
                            lede__quote *q0) {
  size_t last = w->last;
  q0->kind = LEDE_QUOTE_DIRECT;
  /* A floating quote: a paragraph opening with a quote, right after a
   * paragraph whose last quote has a speaker; not a few words that
   * are the subject of their sentence ("“Harbor Lights” was the
   * first to go"). */
  const lede__block *bl = &a->blocks.v[p->block];
  size_t ct = lede__tok_at(a, p->cend), ke = ct, words = 0;
  while (ke < s1 && ke < ct + 8 && (S_tok(a, ke)->flags & LEDE__T_PUNCT))
    ke++;
  for (size_t k = lede__tok_at(a, p->oend); k < ct && words < 5; k++)
    if (S_word(a, k)) words++;
  if (ke < s1 && words < 5) {
    q0->kind = LEDE_QUOTE_UNATTRIBUTED;
  } else if (last != LEDE_NONE && bl->para != LEDE_NONE && bl->para > 0 &&
      S_block_starts(a, p->block, p->open)) {
    const lede__quote *lq = &a->quotes.v[last];
    size_t lb = lq->block;
    if (lb == p->block || (a->blocks.v[lb].para != LEDE_NONE &&
                           a->blocks.v[lb].para + 1 == bl->para)) {
      q0->speaker = lq->speaker;
      q0->cue = lq->cue;
      q0->lemma = lq->lemma;
      q0->via = LEDE_VIA_CONTINUATION;
    }
  } else if (last != LEDE_NONE &&
             S_end_block(a, &a->quotes.v[last]) == p->block &&
             w->last_end_tok > 0 && w->last_end_tok <= ot) {
    /* "Lee backs the plan. “It is overdue.”": inside a paragraph, a
     * quotation opening a sentence after an attribution, the
     * writer's sentences between them or not. */
    const lede__quote *lq = &a->quotes.v[last];
    q0->speaker = lq->speaker;
    q0->cue = lq->cue;
    q0->lemma = lq->lemma;
    q0->via = LEDE_VIA_CONTINUATION;
  }
  /* A few words with no one to say them ("“Friends” was a hit",
   * "‘A change warrior.’") are a title or a phrase, not a statement. */
  if (S_empty(lede__s64(q0->speaker)) && words < 5)
    q0->kind = LEDE_QUOTE_UNATTRIBUTED;
}

void lede__q_leftover(S_ctx *x) {
  lede_article *a = x->a;
  lede__q_sort_quotes(a);
  /* Walk quotes and pairs together in text order; new quotes are appended
   * and everything is sorted again at the end. */
  S_lwalk w = {0, a->quotes.n, LEDE_NONE, LEDE_NONE, LEDE_NONE};
  for (size_t pi = 0; pi < x->pairs.n; pi++) {
    S_pair *p = &x->pairs.v[pi];
    S_left_advance(a, &w, p);
    if (p->used) continue;
    size_t ot = lede__tok_at(a, p->open);
    if (ot >= a->tokens.n) continue;
    size_t s0, s1;
    S_sent_range(a, ot, &s0, &s1);
    int sent_start = ot == s0;
    lede__quote q0;
    memset(&q0, 0, sizeof q0);
    q0.block = p->block;
    q0.entity = LEDE_NONE;
    q0.parent = LEDE_NONE;
    q0.outer = lede__s32((lede_span){p->open, p->cend});
    q0.content = lede__s32(S_trim_span(a, (lede_span){p->oend, p->close}));
    q0.kind = LEDE_QUOTE_UNATTRIBUTED;
    if (S_left_continues(a, &w, p, ot, sent_start, &q0)) continue;
    if (sent_start && S_block_starts(a, p->block, p->open) &&
        S_colon_cue(x, p->block, &q0)) {
      /* "Reporter Jane Doe says:" closing the previous paragraph. */
      q0.kind = LEDE_QUOTE_DIRECT;
    } else if (sent_start && S_stop_cue(x, ot, &q0)) {
      /* "Lee chimed in. “...”" */
      q0.kind = LEDE_QUOTE_DIRECT;
    } else if (S_colon_intro(x, p, ot, &q0)) {
      /* "Hale: “...”", "he returned to his lines: “...”" */
    } else if (S_titled(x, ot, s0, &q0)) {
      /* "released a memo titled “...”", "Titled “...”, the ad ..." */
    } else if (!sent_start && S_frame(x, p, ot, s0, s1, &q0)) {
      /* attributed inside its own clause */
    } else if (!sent_start && S_headline_frame(x, p, ot, s0, s1, &q0)) {
      /* a headline's name and verb */
    } else if (sent_start) {
      S_left_floating(a, &w, p, ot, s1, &q0);
    }
    *LEDE__PUSH(&a->arena, a->quotes) = q0;
    p->used = 1;
    if (!S_empty(lede__s64(q0.speaker))) {
      w.last = a->quotes.n - 1;
      w.last_end_tok = lede__tok_at(a, q0.outer.end);
    }
  }
  lede__q_sort_quotes(a);
}
