/* Quotes: speakers resolved, what pronouns refer to, mentions, and cue
 * classes (passes 5 and 6). */
#include "quotes_internal.h"

int lede__q_gender_eager;

/* Give back the room of a->quote_verb (as lede__q_find_verbs made it); nothing
 * reads it after. */
static inline void S_drop_verbs(lede_article *a) {
  lede__vec_free(&a->scratch, a->quote_verb, a->tokens.n + 1, 1);
  a->quote_verb = NULL;
}

/* ==== Pass 5: resolution ================================================ */

static int S_span_has_lex(const lede_article *a, lede_span s,
                          const lede__lexicon *lx, int last_only) {
  if (S_empty(s)) return 0;
  size_t t0 = lede__tok_at(a, s.start), t1 = lede__tok_at(a, s.end);
  for (size_t i = t0; i < t1 && i < a->tokens.n; i++)
    if ((!last_only || i + 1 == t1) && S_lex(lx, a, i)) return 1;
  return 0;
}

static int S_one_word(const lede_article *a, lede_span s, const char *w) {
  return lede__eq_ci(a->text + s.start, s.end - s.start, w);
}

/* In an apposition "A, the B", the part that is a name (no determiner,
 * capitalised); else the whole. */
static lede_span S_name_part(const lede_article *a, const S_tspan *x) {
  lede_span s = x->s;
  size_t t0 = x->t0, t1 = x->t1;
  /* The first comma that does not close the phrase: "Ann Berg, chief
   * strategist at Coast Bank," */
  size_t comma = LEDE_NONE;
  for (size_t i = t0; i + 1 < t1 && comma == LEDE_NONE; i++)
    if (S_comma(a, i)) comma = i;
  if (comma == LEDE_NONE) {
    /* "organizing director Kendall Fells": the name after a role */
    size_t k = t1;
    while (k > t0 && S_cap(a, k - 1) && S_word(a, k - 1)) k--;
    if (k > t0 && k + 2 <= t1 && !S_cap(a, k - 1) && !S_cap(a, t0) &&
        S_LEX(quote_role_heads, a, k - 1))
      return S_span_tok(a, k, t1);
    return s;
  }
  size_t a0 = t0, a1 = comma;
  size_t b0 = comma + 1, b1 = t1;
  while (a1 > a0 && S_comma(a, a1 - 1)) a1--;
  if (b0 < b1 && S_LEX(quote_determiners, a, b0)) b0++;
  if (a0 < a1 && S_LEX(quote_determiners, a, a0)) a0++;
  int bcap = b1 > b0, acap = a1 > a0;
  for (size_t i = b0; i < b1; i++)
    if (!S_cap(a, i) && !(i > b0 && S_is(a, i, "and"))) bcap = 0;
  for (size_t i = a0; i < a1; i++)
    if (!S_cap(a, i)) acap = 0;
  if (bcap && !acap) return S_span_tok(a, b0, b1);
  if (acap) return S_span_tok(a, a0, a1);
  return S_span_tok(a, a0, a1);
}

/* The description part of an apposition (the part that is not the name). */
static lede_span S_desc_part(const lede_article *a, const S_tspan *x,
                             lede_span name) {
  size_t t0 = x->t0, t1 = x->t1;
  for (size_t i = t0; i < t1; i++)
    if (S_comma(a, i)) {
      if (name.start > S_tok(a, i)->start) return S_span_tok(a, t0, i);
      return S_span_tok(a, i + 1, t1);
    }
  return (lede_span){0, 0};
}

/* Equal ignoring case, a leading determiner and ' vs ’: the tokens
 * [x0, x1) and [y0, y1). */
static int S_same_desc(const lede_article *a, size_t x0, size_t x1,
                       size_t y0, size_t y1) {
  if (x0 < x1 && S_LEX(quote_determiners, a, x0)) x0++;
  if (y0 < y1 && S_LEX(quote_determiners, a, y0)) y0++;
  if (x1 - x0 != y1 - y0 || x1 == x0) return 0;
  for (size_t i = 0; i < x1 - x0; i++) {
    const lede__token *p = S_tok(a, x0 + i), *q = S_tok(a, y0 + i);
    if (S_possessive(a, x0 + i) && S_possessive(a, y0 + i)) continue;
    size_t n = p->len;
    if (n != q->len) return 0;
    for (size_t k = 0; k < n; k++) {
      unsigned char c1 = (unsigned char)a->text[p->start + k];
      unsigned char c2 = (unsigned char)a->text[q->start + k];
      if (c1 >= 'A' && c1 <= 'Z') c1 |= 0x20;
      if (c2 >= 'A' && c2 <= 'Z') c2 |= 0x20;
      if (c1 != c2) return 0;
    }
  }
  return 1;
}

/* The organization inside a role description: "A Foreign Office
 * official" -> "Foreign Office". */
static lede_span S_org_in(const lede_article *a, const S_tspan *x) {
  size_t t0 = x->t0, t1 = x->t1;
  if (t1 <= t0 || !S_LEX(quote_role_heads, a, t1 - 1))
    return (lede_span){0, 0};
  size_t best0 = 0, best1 = 0, r0 = LEDE_NONE;
  for (size_t i = t0; i < t1; i++) {
    int cap = S_cap(a, i) && S_word(a, i) &&
              !(i == t0 && S_LEX(quote_determiners, a, i)) &&
              !S_LEX(quote_role_heads, a, i);
    if (cap && r0 == LEDE_NONE) r0 = i;
    if (!cap && r0 != LEDE_NONE) {
      if (i - r0 > best1 - best0) best0 = r0, best1 = i;
      r0 = LEDE_NONE;
    }
  }
  if (r0 != LEDE_NONE && t1 - r0 > best1 - best0) best0 = r0, best1 = t1;
  return S_span_tok(a, best0, best1);
}

/* ==== Pass 5a: what pronouns refer to =================================== */

static size_t S_speaker_entity(const lede_article *a, const S_tspan *ref);

/* Everything that can be referred back to (a named mention, a speaker as
 * written, a pronoun already resolved) is an antecedent; a pronoun takes
 * the most salient compatible one before it: the nearest sentence holding
 * one, and in that sentence the first (the subject, usually). */
enum { G_NONE = 0, G_MALE = 1, G_FEMALE = 2, G_UNREAD = 255 };
enum { R_PERSON = 1, R_ORG = 2, R_PLURAL = 4, R_PLACE = 8 };

typedef struct {
  size_t tok, sent, ent; /* ent: LEDE_NONE if none */
  lede_span ref;         /* the name (or description) as written */
  unsigned char kinds, gender, quoted;
  unsigned char speaker; /* the speaker of a quote */
  lede_span desc; /* "the spokeswoman for X" in "Ann Lee, the spokeswoman
                     for X", or the entity's role */
} S_ante;

#define S_RING 64
#define S_BACK_SENTS 6

/* A resolved pronoun (16 bytes: there are many in a long text). */
typedef struct {
  uint32_t tok, ent; /* ent: S_NOENT if none */
  lede__span32 ref;
} S_resolved;
#define S_NOENT UINT32_MAX
static inline size_t S_res_ent(const S_resolved *r) {
  return r->ent == S_NOENT ? LEDE_NONE : r->ent;
}

/* A quote's speaker or ref with its tokens, kept while the span stays as
 * it was (resolution rewrites some): found once, asked many times. Quote i
 * keeps it in slot i & mask of a table of at most S_TMEMO slots, so the
 * tables stay small on inputs with many quotes; a slot holding another
 * span is filled again. */
#define S_TMEMO 4096
typedef struct {
  lede__span32 s;
  uint32_t t0, t1;
  unsigned char known;
} S_tmemo;

static inline S_tspan S_memo(const lede_article *a, S_tmemo *m, lede__span32 s) {
  if (m->known && m->s.start == s.start && m->s.end == s.end)
    return (S_tspan){lede__s64(s), m->t0, m->t1};
  S_tspan x = S_tspan_of(a, lede__s64(s));
  m->s = s;
  m->t0 = (uint32_t)x.t0;
  m->t1 = (uint32_t)x.t1;
  m->known = 1;
  return x;
}

typedef struct {
  lede_article *a;
  S_tmemo *tspk, *tref;  /* per quote: its speaker's, its ref's */
  size_t tmask;          /* slot of quote i: i & tmask */
  const unsigned char *used;
  const uint64_t *pron; /* a bit a token: S_third_person */
  S_ante ring[S_RING];
  size_t n;              /* antecedents pushed so far */
  unsigned char *gender; /* per entity: G_* */
  unsigned char *kinds;  /* per entity: S_ent_kinds */
  LEDE__VEC(S_resolved) res; /* in token order */
  S_sentw sw;   /* the walk's sentence (S_sent_walk) */
  size_t nroles; /* entities with a role */
  size_t desc_n; /* 1 + the last antecedent with a desc pushed, or 0 */
  int eager_gender; /* every person's gender read at the start (tests) */
} S_sal;

/* The sentence of token i, i never below the call before's (the walk of
 * S_salience). */
static inline size_t S_sent_of(S_sal *z, size_t i) {
  return S_sent_walk(z->a, &z->sw, i);
}

/* The gender a word gives: a title, a first name, "spokeswoman". */
static int S_word_gender(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  const char *s = a->text + t->start;
  size_t n = t->len;
  /* (four lists, one look-up) */
  if (!(S_MAYBE(female_words, s, n) | S_MAYBE(first_names_female, s, n) |
        S_MAYBE(male_words, s, n) | S_MAYBE(first_names_male, s, n)))
    return G_NONE;
  const lede__word *w = lede__tok_word(a, i);
  if (S_HAS(female_words, w) || S_HAS(first_names_female, w)) return G_FEMALE;
  if (S_HAS(male_words, w) || S_HAS(first_names_male, w)) return G_MALE;
  return G_NONE;
}

/* The gender of a span: a title or first name opening it (after a
 * determiner or possessive), else a gendered head ("his wife"). */
static int S_span_gender(const lede_article *a, const S_tspan *x) {
  if (S_empty(x->s)) return G_NONE;
  size_t t0 = x->t0, t1 = x->t1;
  if (t1 > a->tokens.n) t1 = a->tokens.n;
  for (size_t i = t0; i < t1 && i < t0 + 3; i++) {
    if (!S_word(a, i) || S_LEX(quote_determiners, a, i)) continue;
    if (!S_cap(a, i)) break;
    int g = S_word_gender(a, i);
    if (g) return g;
    if (!S_LEX(titles, a, i)) break; /* "Sen. Ann Lee" */
  }
  return t1 > t0 && !S_cap(a, t1 - 1) ? S_word_gender(a, t1 - 1) : G_NONE;
}

/* A person's gender by the entity: its title, its name, the last word
 * of its role. */
static int S_ent_gender(const lede_article *a, size_t e) {
  const lede__entity *en = &a->ents.v[e];
  S_tspan ti = S_tspan_of(a, en->title), nm = S_tspan_of(a, en->name);
  int g = S_span_gender(a, &ti);
  if (!g) g = S_span_gender(a, &nm);
  if (!g && !S_empty(en->role)) {
    size_t t1 = lede__tok_at(a, en->role.end);
    if (t1 > 0 && t1 <= a->tokens.n) g = S_word_gender(a, t1 - 1);
  }
  return g;
}

/* z->gender[e], a person's read from the entity when first asked (most
 * are never asked: no pronoun looks back to them). */
static inline int S_gender_of(S_sal *z, size_t e) {
  if (z->gender[e] == G_UNREAD)
    z->gender[e] = (unsigned char)S_ent_gender(z->a, e);
  return z->gender[e];
}

static int S_plural_head(const lede_article *a, const S_tspan *x) {
  size_t t0 = x->t0, t1 = x->t1;
  if (t1 <= t0 || t1 > a->tokens.n) return 0;
  const lede__token *t = S_tok(a, t1 - 1);
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  if (!(t->flags & LEDE__T_WORD) || n < 4) return 0;
  return e[-1] == 's' && e[-2] != 's' && e[-2] != 'u' && e[-2] != 'i';
}

/* The ring's next slot, taken (the oldest antecedent's once full). */
static inline S_ante *S_ring_next(S_sal *z) {
  return &z->ring[z->n++ % S_RING];
}

static void S_push_ante(S_sal *z, const S_ante *an) {
  *S_ring_next(z) = *an;
  if (!S_empty(an->desc)) z->desc_n = z->n;
}

static unsigned char S_ent_kinds(const lede_article *a, size_t e) {
  switch (a->ents.v[e].type) {
  case LEDE_ENTITY_PERSON: return R_PERSON;
  case LEDE_ENTITY_ORGANIZATION: return R_ORG;
  case LEDE_ENTITY_PLACE: return R_PLACE;
  case LEDE_ENTITY_GROUP: {
    S_tspan nm = S_tspan_of(a, a->ents.v[e].name);
    return S_plural_head(a, &nm) ? R_PLURAL : 0;
  }
  default: return 0;
  }
}

/* What a pronoun asks of its antecedent. */
static int S_pron_want(const lede_article *a, size_t i, int *gender) {
  *gender = G_NONE;
  if (S_is(a, i, "he") || S_is(a, i, "him") || S_is(a, i, "his") ||
      S_is(a, i, "himself")) {
    *gender = G_MALE;
    return R_PERSON;
  }
  if (S_is(a, i, "she") || S_is(a, i, "her") || S_is(a, i, "hers") ||
      S_is(a, i, "herself")) {
    *gender = G_FEMALE;
    return R_PERSON;
  }
  if (S_is(a, i, "it")) return R_ORG | R_PLACE;
  if (S_is(a, i, "they") || S_is(a, i, "we")) return R_ORG | R_PLURAL;
  return 0;
}

static int S_ante_fits(S_sal *z, const S_ante *an, int want, int gender) {
  if (!(an->kinds & want)) return 0;
  int g = an->gender;
  if (an->ent != LEDE_NONE && S_gender_of(z, an->ent))
    g = z->gender[an->ent];
  return !gender || !g || g == gender;
}

/* Resolve the pronoun at token i; pushes it as an antecedent in turn. */
static void S_resolve_pronoun(S_sal *z, size_t i, int speaker,
                              lede_span skip) {
  lede_article *a = z->a;
  int gender, want = S_pron_want(a, i, &gender);
  if (!want) return;
  size_t sent = S_sent_of(z, i);
  int quoted = S_used(z->used, i) == 2;
  const S_ante *best = NULL;
  size_t best_sent = LEDE_NONE;
  size_t lo = z->n > S_RING ? z->n - S_RING : 0;
  for (size_t k = z->n; k > lo; k--) {
    const S_ante *an = &z->ring[(k - 1) % S_RING];
    if (an->tok >= i) continue;
    if (an->sent + S_BACK_SENTS < sent) break;
    if (best && an->sent != best_sent) break;
    if ((an->quoted && !quoted) || !S_ante_fits(z, an, want, gender)) continue;
    /* A speaker is not what it said: "X did Y, it added." */
    if (S_tok(a, an->tok)->start >= skip.start &&
        S_tok(a, an->tok)->start < skip.end)
      continue;
    /* In its sentence a speaker comes first, then the first mention. */
    if (best && best->speaker && !an->speaker) continue;
    best = an;
    best_sent = an->sent;
  }
  if (best && gender && best->ent == LEDE_NONE && !best->gender) {
    /* An unknown name of unknown gender: a person the text has shown to
     * be of the pronoun's gender, a little further back, reads better. */
    for (size_t k = z->n; k > lo; k--) {
      const S_ante *an = &z->ring[(k - 1) % S_RING];
      if (an->tok >= i) continue;
      if (an->sent + S_BACK_SENTS < sent) break;
      int g = an->ent != LEDE_NONE && S_gender_of(z, an->ent)
                  ? z->gender[an->ent]
                  : an->gender;
      if (g == gender && (an->kinds & R_PERSON) && (!an->quoted || quoted)) {
        best = an;
        break;
      }
    }
  }
  if (!best) return;
  S_ante r = *best;
  r.tok = i;
  r.sent = sent;
  r.quoted = (unsigned char)quoted;
  r.speaker = (unsigned char)speaker;
  if (gender) {
    r.gender = (unsigned char)gender;
    if (r.ent != LEDE_NONE && !S_gender_of(z, r.ent))
      z->gender[r.ent] = (unsigned char)gender;
  }
  S_resolved *o = LEDE__PUSH(&a->scratch, z->res);
  o->tok = (uint32_t)i;
  o->ent = r.ent == LEDE_NONE || r.ent >= S_NOENT ? S_NOENT : (uint32_t)r.ent;
  o->ref = lede__s32(r.ref);
  S_push_ante(z, &r);
}

typedef struct {
  uint32_t tok, q; /* 32 bits, as tokens are: one a quote */
  int pron;
} S_spk;

static int S_cmp_spk(const void *p, const void *q) {
  const S_spk *x = p, *y = q;
  if (x->tok != y->tok) return x->tok < y->tok ? -1 : 1;
  return x->q < y->q ? -1 : x->q > y->q;
}

static inline __attribute__((always_inline)) int
S_third_person(const lede_article *a, size_t i) {
  /* (asked of every token: most are told by their length) */
  size_t n = S_tok(a, i)->len;
  if (n != 2 && n != 3) return 0;
  return S_is(a, i, "he") || S_is(a, i, "she") || S_is(a, i, "him") ||
         S_is(a, i, "his") || S_is(a, i, "her");
}

/* A speaker written out ("Ann Lee", "the ministry", "officials") as an
 * antecedent. */
static void S_push_speaker(S_sal *z, const lede__quote *q, size_t t) {
  const lede_article *a = z->a;
  size_t qi = (size_t)(q - a->quotes.v);
  S_tspan st = S_memo(a, &z->tspk[qi & z->tmask], q->speaker);
  S_tspan rt = S_empty(lede__s64(q->ref))
                  ? st
                  : S_memo(a, &z->tref[qi & z->tmask], q->ref);
  lede_span ref = rt.s;
  size_t sn = S_sent_of(z, t);
  S_ante an = {t, sn, LEDE_NONE, ref, 0, G_NONE, 0, 1, {0, 0}};
  /* (a quote's own ref was asked already: its entity is what it gave) */
  an.ent = q->entity != LEDE_NONE || !S_empty(lede__s64(q->ref))
               ? q->entity
               : S_speaker_entity(a, &rt);
  if (an.ent != LEDE_NONE) an.kinds = z->kinds[an.ent];
  if (S_orglike_t(a, &rt)) an.kinds |= R_ORG;
  else if (S_plural_head(a, &rt) &&
           (!S_cap(a, rt.t1 - 1) ||
            (rt.t1 == t + 1 &&
             t == a->sent_tok.v[sn] &&
             !(S_tok(a, t)->flags & LEDE__T_UPPER))))
    an.kinds = R_PLURAL; /* "officials", "Critics" opening a sentence */
  else if (!an.kinds && S_personlike_t(a, &rt)) an.kinds = R_PERSON;
  if (an.kinds & R_PERSON) an.gender = (unsigned char)S_span_gender(a, &st);
  if (!S_empty(lede__s64(q->ref)) && (q->ref.start != q->speaker.start ||
                           q->ref.end != q->speaker.end))
    an.desc = S_desc_part(a, &st, lede__s64(q->ref));
  if (an.gender && an.ent != LEDE_NONE && !S_gender_of(z, an.ent))
    z->gender[an.ent] = an.gender;
  if (an.kinds) S_push_ante(z, &an);
}

static size_t S_description_entity(const S_sal *z, const lede__quote *q);

/* For a mention starting at pos (SIZE_MAX: none): *at, the first token
 * starting at or after it; *stop, the first token it starts before the
 * end of. */
static inline void S_mention_tok(const lede_article *a, size_t pos,
                                 size_t *seen, size_t *at, size_t *stop) {
  *seen = pos;
  *at = *stop = a->tokens.n;
  if (pos == SIZE_MAX) return;
  *at = *stop = lede__tok_at(a, pos);
  if (*stop > 0 && lede__tend(S_tok(a, *stop - 1)) > pos) (*stop)--;
}

/* The start of the first mention from *mi on that can be an antecedent,
 * *mi moved to it; SIZE_MAX if none. (an entity of no kind a pronoun
 * asks for is none: its mentions are passed over, with no token to find
 * for them) */
static inline size_t S_next_ment(const S_sal *z, size_t *mi) {
  const lede_article *a = z->a;
  size_t k = *mi;
  while (k < a->ments.n && !z->kinds[a->ments.v[k].entity]) k++;
  *mi = k;
  return k < a->ments.n ? a->ments.v[k].span.start : SIZE_MAX;
}

/* Walk the text once: named mentions and speakers become antecedents;
 * third-person pronouns outside quotation marks, and every pronoun that
 * is a speaker, are resolved. */
static void S_salience(S_sal *z) {
  lede_article *a = z->a;
  z->gender = lede__calloc(&a->scratch, a->ents.n + 1);
  z->kinds = lede__calloc(&a->scratch, a->ents.n + 1);
  for (size_t e = 0; e < a->ents.n; e++) {
    const lede__entity *en = &a->ents.v[e];
    z->kinds[e] = S_ent_kinds(a, e);
    z->nroles += !S_empty(en->role);
    /* (a person's gender is read when first asked: S_gender_of) */
    if (en->type == LEDE_ENTITY_PERSON && !z->eager_gender)
      z->gender[e] = G_UNREAD;
    else if (en->type == LEDE_ENTITY_PERSON)
      z->gender[e] = (unsigned char)S_ent_gender(a, e);
  }
  size_t nq = a->quotes.n, ns = 0;
  S_spk *sp = lede__alloc(&a->scratch, lede__mul(&a->scratch, nq + 1,
                                               sizeof *sp));
  for (size_t q = 0; q < nq; q++) {
    const lede__quote *qq = &a->quotes.v[q];
    if (S_empty(lede__s64(qq->speaker))) continue;
    S_tspan st = S_memo(a, &z->tspk[q & z->tmask], qq->speaker);
    sp[ns].tok = (uint32_t)st.t0;
    sp[ns].q = (uint32_t)q;
    sp[ns].pron = S_pronoun_t(a, &st) &&
                  qq->via != LEDE_VIA_RELATIVE;
    ns++;
  }
  /* (in order already, mostly: quotes are in text order; a few dozen
   * out of order are put in place without qsort's call a comparison) */
  size_t k = 1;
  while (k < ns && S_cmp_spk(&sp[k - 1], &sp[k]) < 0) k++;
  if (k < ns && ns > 64) qsort(sp, ns, sizeof *sp, S_cmp_spk);
  else
    for (; k < ns; k++) {
      S_spk v = sp[k];
      size_t j = k;
      for (; j > 0 && S_cmp_spk(&sp[j - 1], &v) > 0; j--) sp[j] = sp[j - 1];
      sp[j] = v;
    }
  /* Most tokens start no mention and have no speaker: up to the token of
   * the next of either, only the pronouns are visited. */
  size_t mi = 0, si = 0, ntok = a->tokens.n;
  size_t mnext = S_next_ment(z, &mi);
  size_t snext = ns ? sp[0].tok : SIZE_MAX;
  size_t mseen = SIZE_MAX, mtok = ntok, mat = ntok;
  /* (the next pronoun at or after i, kept from stop to stop) */
  size_t pnext = 0;
  for (size_t i = 0; i < ntok; i++) {
    if (mnext != mseen) S_mention_tok(a, mnext, &mseen, &mat, &mtok);
    size_t stop = snext < mtok ? snext : mtok;
    if (stop > ntok) stop = ntok;
    if (stop > i) {
      if (pnext < i) pnext = S_next_cand(z->pron, i, ntok);
      for (; pnext < stop; pnext = S_next_cand(z->pron, pnext + 1, ntok))
        if (S_used(z->used, pnext) != 2)
          S_resolve_pronoun(z, pnext, 0, (lede_span){0, 0});
      i = stop;
      if (i >= ntok) break;
    }
    /* Named mentions starting here. */
    while (mnext < lede__tend(S_tok(a, i))) {
      const lede__mention *m = &a->ments.v[mi++];
      mnext = S_next_ment(z, &mi);
      if (m->span.start != mseen)
        S_mention_tok(a, m->span.start, &mseen, &mat, &mtok);
      /* (the first prose token inside it, or none: furniture) */
      size_t t = mat;
      if (t >= ntok || S_tok(a, t)->start >= m->span.end) t = LEDE_NONE;
      unsigned char kinds = z->kinds[m->entity];
      if (t != i) continue;
      /* (written in its slot of the ring: no desc, as S_push_ante
       * would have it) */
      S_ante *an = S_ring_next(z);
      an->tok = t;
      an->sent = S_sent_of(z, t);
      an->ent = m->entity;
      an->ref = lede__s64(m->span);
      an->kinds = kinds;
      an->gender = G_NONE;
      an->quoted = S_used(z->used, t) == 2;
      an->speaker = 0;
      an->desc = (lede_span){0, 0};
      if (kinds & R_PERSON) {
        /* "Mrs. Lee": the title before the name. */
        size_t b = t;
        if (b > 0 && S_punct(a, b - 1, '.')) b--;
        if (b > 0 && S_LEX(titles, a, b - 1) &&
            lede__tok_sent(a, b - 1) == an->sent) {
          int g = S_word_gender(a, b - 1);
          an->gender = (unsigned char)g;
          if (g && !S_gender_of(z, m->entity))
            z->gender[m->entity] = (unsigned char)g;
        }
      }
    }
    int query = 0;
    lede_span skip = {0, 0};
    if (si < ns && sp[si].tok <= i) {
      for (; si < ns && sp[si].tok <= i; si++) {
        if (sp[si].tok != i) continue;
        lede__quote *q = &a->quotes.v[sp[si].q];
        if (sp[si].pron) {
          query = 1;
          skip = lede__s64(q->content);
          continue;
        }
        if (q->via == LEDE_VIA_DESCRIPTION && q->entity == LEDE_NONE &&
            q->ref.start == q->speaker.start && q->ref.end == q->speaker.end) {
          size_t e = S_description_entity(z, q);
          if (e != LEDE_NONE) {
            q->entity = e;
            q->ref = lede__s32(a->ents.v[e].name);
          }
        }
        S_push_speaker(z, q, i);
      }
      snext = si < ns ? sp[si].tok : SIZE_MAX;
    }
    if (query || (S_third_person(a, i) && S_used(z->used, i) != 2))
      S_resolve_pronoun(z, i, query, skip);
  }
}

/* The resolution of the pronoun at token t, or NULL. */
static const S_resolved *S_resolved_at(const S_sal *z, size_t t) {
  size_t lo = 0, hi = z->res.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (z->res.v[mid].tok < t) lo = mid + 1;
    else hi = mid;
  }
  return lo < z->res.n && z->res.v[lo].tok == t ? &z->res.v[lo] : NULL;
}

/* The speaker's entity: the one with a mention in what the speaker refers
 * to (entities run before quotes). */
static size_t S_speaker_entity(const lede_article *a, const S_tspan *x) {
  lede_span ref = x->s;
  if (S_empty(ref)) return LEDE_NONE;
  size_t e = lede__entity_at(a, ref.start, ref.end);
  if (e != LEDE_NONE) return e;
  /* A name the entity stage did not mark here, but knows elsewhere:
   * whole, or by its last word ("Senate Majority Leader Mitch McConnell"
   * -> "McConnell"). */
  size_t t0 = x->t0, t1 = x->t1;
  if (t1 <= t0 || t1 > a->tokens.n || !S_cap(a, t1 - 1)) return LEDE_NONE;
  e = lede_entity_find(a, a->text + ref.start, ref.end - ref.start);
  if (e == LEDE_NONE && t1 > t0 + 1) {
    const lede__token *t = S_tok(a, t1 - 1);
    e = lede_entity_find(a, a->text + t->start, t->len);
  }
  return e;
}

/* Is the speaker a description ("the spokeswoman", "the former
 * governor"): a determiner or possessive, then lower-case words? */
static int S_description(const lede_article *a, const S_tspan *x) {
  size_t t0 = x->t0, t1 = x->t1;
  if (t1 < t0 + 2 || t1 > a->tokens.n) return 0;
  if (!S_LEX(quote_determiners, a, t0) &&
      !S_is(a, t0, "his") && !S_is(a, t0, "her") && !S_is(a, t0, "their"))
    return 0;
  return S_word(a, t1 - 1) && !S_cap(a, t1 - 1);
}

/* Same word, ignoring ASCII case. */
static int S_same_word(const lede_article *a, size_t i, size_t j) {
  const lede__token *p = S_tok(a, i), *q = S_tok(a, j);
  size_t n = p->len;
  if (n != q->len) return 0;
  for (size_t k = 0; k < n; k++) {
    unsigned char c1 = (unsigned char)a->text[p->start + k];
    unsigned char c2 = (unsigned char)a->text[q->start + k];
    if ((c1 | 0x20) != (c2 | 0x20) || ((c1 ^ c2) & ~0x20u)) return 0;
  }
  return 1;
}

/* A definite description speaker: the entity the text gave that role
 * ("Ann Lee, the spokeswoman" ... "the spokeswoman said"), among the
 * people mentioned lately. */
/* The entity of the first antecedent of the ring from top back (those
 * with a desc alone if desc_only) whose role or desc has the word at
 * head; LEDE_NONE if none. */
static size_t S_desc_scan(const S_sal *z, size_t head, size_t top,
                          int desc_only) {
  const lede_article *a = z->a;
  size_t lo = z->n > S_RING ? z->n - S_RING : 0;
  for (size_t k = top; k > lo; k--) {
    const S_ante *an = &z->ring[(k - 1) % S_RING];
    if ((desc_only && S_empty(an->desc)) || an->ent == LEDE_NONE ||
        !(an->kinds & R_PERSON) || an->tok >= head)
      continue;
    lede_span d[2] = {a->ents.v[an->ent].role, an->desc};
    for (int w = 0; w < 2; w++) {
      if (S_empty(d[w])) continue;
      size_t r0 = lede__tok_at(a, d[w].start), r1 = lede__tok_at(a, d[w].end);
      for (size_t r = r0; r < r1 && r < r0 + 12 && r < a->tokens.n; r++)
        if (S_same_word(a, r, head)) return an->ent;
    }
  }
  return LEDE_NONE;
}

static size_t S_description_entity(const S_sal *z, const lede__quote *q) {
  const lede_article *a = z->a;
  size_t qi = (size_t)(q - a->quotes.v);
  size_t head = S_memo(a, &z->tspk[qi & z->tmask], q->speaker).t1 - 1;
  /* (with no entity's role, only the antecedents with a desc can match:
   * from the last of them back) */
  size_t e = z->nroles ? S_desc_scan(z, head, z->n, 0)
                       : S_desc_scan(z, head, z->desc_n, 1);
  assert(e == S_desc_scan(z, head, z->n, 0));
  return e;
}

/* ==== Pass 5b: resolved pronouns and descriptions as mentions ========== */

static int S_cmp_ment(const void *p, const void *q) {
  const lede__mention *x = p, *y = q;
  return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

/* Pronouns and definite descriptions resolved to an entity join its
 * mentions as references (kinds "pronoun", "description"). */
static void S_link_mentions(lede_article *a, const S_sal *z) {
  size_t nq = a->quotes.n;
  /* As many as are made (a vector): most pronouns and quotes add none. */
  LEDE__VEC(lede__mention) addv = {0};
  lede__mention *add = NULL;
  size_t n = 0;
  for (size_t i = 0; i < z->res.n; i++) {
    const S_resolved *r = &z->res.v[i];
    if (r->ent == S_NOENT) continue;
    LEDE__PUSH(&a->scratch, addv);
    add = addv.v;
    const lede__token *t = S_tok(a, r->tok);
    add[n].span = (lede__span32){t->start, lede__tend(t)};
    add[n].block = a->sents.v[lede__tok_sent(a, r->tok)].block;
    add[n].entity = r->ent;
    add[n].kind = LEDE_MENTION_PRONOUN;
    n++;
  }
  for (size_t i = 0; i < nq; i++) {
    const lede__quote *q = &a->quotes.v[i];
    if (q->via != LEDE_VIA_DESCRIPTION || q->entity == LEDE_NONE) continue;
    S_tspan st = S_memo(a, &z->tspk[i & z->tmask], q->speaker);
    if (!S_description(a, &st) ||
        S_span_has_lex(a, lede__s64(q->speaker), &lede__lex_quote_documents, 1) ||
        lede__entity_at(a, q->speaker.start, q->speaker.end) != LEDE_NONE)
      continue;
    LEDE__PUSH(&a->scratch, addv);
    add = addv.v;
    add[n].span = lede__s32(lede__s64(q->speaker));
    add[n].block = q->block;
    add[n].entity = q->entity;
    add[n].kind = LEDE_MENTION_DESCRIPTION;
    n++;
  }
  /* (pronouns come in text order: most often all of them are) */
  size_t in_order = 1;
  while (in_order < n && S_cmp_ment(&add[in_order - 1], &add[in_order]) <= 0)
    in_order++;
  if (in_order < n) qsort(add, n, sizeof *add, S_cmp_ment);
  /* Per entity: its mentions and the new references, merged in order. */
  size_t ne = a->ents.n, at = 0, total = 0;
  size_t *cnt = lede__calloc(&a->scratch, lede__mul(&a->scratch, ne + 1,
                                                  sizeof *cnt));
  for (size_t j = 0; j < n; j++) cnt[add[j].entity]++;
  for (size_t e = 0; e < ne; e++) {
    a->ents.v[e].first_ref = at;
    a->ents.v[e].nrefs = 0;
    at += a->ents.v[e].nments + cnt[e];
  }
  total = at;
  a->ent_refs.v = lede__alloc(&a->arena, lede__mul(&a->arena, total + 1,
                                                   sizeof *a->ent_refs.v));
  a->ent_refs.n = a->ent_refs.cap = total;
  /* References are indices: a mention is not copied, only what the
   * stage adds is kept. */
  a->ref_extra = lede__alloc(&a->arena, lede__mul(&a->arena, n + 1, sizeof *add));
  if (n) memcpy(a->ref_extra, add, n * sizeof *add);
  size_t i = 0, j = 0, nm = a->ments.n;
  if (nm + n > UINT32_MAX) longjmp(*a->arena.oom, 1);
  while (i < nm || j < n) {
    const lede__mention *m;
    size_t k;
    if (j >= n || (i < nm && a->ments.v[i].span.start <= add[j].span.start)) {
      k = i;
      m = &a->ments.v[i++];
    } else {
      k = nm + j;
      m = &add[j++];
    }
    lede__entity *en = &a->ents.v[m->entity];
    a->ent_refs.v[en->first_ref + en->nrefs++] = (uint32_t)k;
  }
  lede__vec_free(&a->scratch, addv.v, addv.cap, sizeof *addv.v);
}

/* "People briefed on it say that Gov. Lee has revealed nothing", "all
 * signs pointed to Obama endorsing Clinton": a speaker phrase read left
 * across another quote's cue, whose content holds this quote's cue,
 * starts where that content does; the quote is then nested in it. An
 * aside after a comma ("Lee, recalling the talks, said") is part of the
 * phrase. */
static void S_uncross(lede_article *a) {
  for (size_t i = 1; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    if (S_empty(lede__s64(q->speaker)) || S_empty(lede__s64(q->cue))) continue;
    size_t lo = i > 8 ? i - 8 : 0;
    for (size_t j = i; j > lo; j--) {
      const lede__quote *p = &a->quotes.v[j - 1];
      if (p->kind == LEDE_QUOTE_UNATTRIBUTED || S_empty(lede__s64(p->cue)) ||
          q->cue.start < p->content.start || q->cue.end > p->content.end ||
          p->cue.start < q->speaker.start || p->cue.end > q->speaker.end ||
          (!S_empty(lede__s64(p->gap)) && q->cue.start >= p->gap.start &&
           q->cue.start < p->gap.end))
        continue;
      /* ("Lee, recalling the talks, said": an aside in the phrase) */
      size_t c = lede__tok_at(a, p->cue.start);
      if (c > 0 && (S_comma(a, c - 1) || S_dash(a, c - 1))) break;
      size_t k = lede__tok_at(a, p->content.start), e = lede__tok_at(a, q->speaker.end);
      while (k < e && (S_is(a, k, "that") || S_comma(a, k))) k++;
      /* (not a verb: "feared losing her job, said" is a content read
       * too far) */
      if (k < e && S_word(a, k) && !(!S_cap(a, k) && (S_ing(a, k) || S_past(a, k))))
        q->speaker.start = (uint32_t)S_tok(a, k)->start;
      break;
    }
  }
}

/* Are q's ref and speaker both given and apart ("the spokeswoman" of
 * "Ann Lee, the spokeswoman")? */
static int S_ref_apart(const lede__quote *q) {
  return !S_empty(lede__s64(q->ref)) && !S_empty(lede__s64(q->speaker)) &&
         (q->ref.start != q->speaker.start || q->ref.end != q->speaker.end);
}

/* "Smith, who said": the phrase before the relative pronoun (token t,
 * quote q's speaker) becomes q's speaker, with its antecedent as ref;
 * none found, q has no speaker. */
static void S_res_relative(lede_article *a, lede__quote *q, size_t t,
                           int cont) {
  size_t s0, s1, n = LEDE_NONE, e = t;
  S_sent_range(a, t, &s0, &s1);
  /* (or a dash: "Trump - who once said") */
  if (t > s0 + 1 && (S_comma(a, t - 1) || S_dash(a, t - 1))) e = t - 1;
  if (e > s0) n = lede__q_np_left(a, s0, e - 1);
  /* "Cole rebuked critics who say": the antecedent is the object,
   * not the verb before it. */
  for (size_t j = e - 1; n != LEDE_NONE && j > n && j >= s0 + 1; j--)
    if (!S_cap(a, j - 1) && S_word(a, j) &&
        (a->quote_verb[j - 1] ||
         (S_past(a, j - 1) && j - 1 > s0 &&
          (S_cap(a, j - 2) || S_LEX(quote_pronouns, a, j - 2) ||
           (S_ly(a, j - 2) && j - 2 > s0 && S_cap(a, j - 3)))))) {
      n = j;
      break;
    }
  if (n != LEDE_NONE && !S_LEX(quote_pronouns, a, n)) {
    q->speaker = lede__s32(S_span_tok(a, n, t + 1));
    S_tspan ne = S_tspan_of(a, S_span_tok(a, n, e));
    q->ref = lede__s32(S_name_part(a, &ne));
    q->via = cont ? LEDE_VIA_CONTINUATION : LEDE_VIA_RELATIVE;
  } else {
    q->speaker = lede__s32((lede_span){0, 0});
    q->via = LEDE_VIA_NONE;
  }
}

/* How quote q's speaker names the speaker (q->via: a relative pronoun,
 * a pronoun, a name, a description, none) and its ref, the name part;
 * m is the memo of its speaker's tokens. */
static void S_res_via(lede_article *a, lede__quote *q, S_tmemo *m) {
  if (S_empty(lede__s64(q->speaker))) {
    q->via = LEDE_VIA_NONE;
    return;
  }
  lede_span s = lede__s64(q->speaker);
  S_tspan st = S_memo(a, m, q->speaker);
  int cont = q->via == LEDE_VIA_CONTINUATION;
  if (S_one_word(a, s, "who") || S_one_word(a, s, "which") ||
      S_one_word(a, s, "that")) {
    S_res_relative(a, q, st.t0, cont);
    return;
  }
  if (S_pronoun_t(a, &st)) {
    q->via = cont ? LEDE_VIA_CONTINUATION : LEDE_VIA_PRONOUN;
    return;
  }
  q->ref = lede__s32(S_name_part(a, &st));
  size_t last = st.t1;
  if (!cont && last > 0 && S_is(a, last - 1, "who"))
    q->via = LEDE_VIA_RELATIVE; /* "those who say" */
  else if (!cont)
    q->via = S_description(a, &st) ? LEDE_VIA_DESCRIPTION : LEDE_VIA_NAME;
}

/* A description matching one in an apposition elsewhere: a quote whose
 * speaker is all ref takes the ref of a quote near it whose apposition
 * has the same description ("the spokeswoman" of "Ann Lee, the
 * spokeswoman"). */
static void S_res_descriptions(lede_article *a, S_tmemo *tspk, size_t tmask) {
  struct {
    uint32_t t0, t1;
    unsigned char known, empty;
  } *desc = lede__calloc(&a->scratch,
                         lede__mul(&a->scratch, a->quotes.n + 1, sizeof *desc));
  /* A bit a quote: does its ref differ from its speaker (both given)?
   * Only those have a description part to match. */
  uint64_t *hasdesc = lede__calloc(
      &a->scratch, lede__mul(&a->scratch, a->quotes.n / 64 + 1, sizeof *hasdesc));
  for (size_t j = 0; j < a->quotes.n; j++)
    if (S_ref_apart(&a->quotes.v[j])) hasdesc[j >> 6] |= UINT64_C(1) << (j & 63);
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    if (S_empty(lede__s64(q->speaker))) continue;
    S_tspan st = S_memo(a, &tspk[i & tmask], q->speaker);
    if (S_pronoun_t(a, &st)) continue;
    lede_span s = st.s;
    if (q->ref.start != s.start || q->ref.end != s.end) continue;
    size_t j0 = i > S_BACK_QUOTES ? i - S_BACK_QUOTES : 0;
    size_t j1 = a->quotes.n - i > S_BACK_QUOTES ? i + S_BACK_QUOTES
                                                 : a->quotes.n;
    size_t y0 = st.t0, y1 = st.t1;
    for (size_t j = S_next_cand(hasdesc, j0, j1); j < j1;
         j = S_next_cand(hasdesc, j + 1, j1)) {
      lede__quote *r = &a->quotes.v[j];
      if (j == i) continue;
      /* (each quote's description part is found once, as each asks
       * up to 48 others) */
      if (!desc[j].known) {
        S_tspan rs = S_memo(a, &tspk[j & tmask], r->speaker);
        lede_span d = S_desc_part(a, &rs, lede__s64(r->ref));
        desc[j].known = 1;
        desc[j].empty = S_empty(d);
        desc[j].t0 = (uint32_t)lede__tok_at(a, d.start);
        desc[j].t1 = (uint32_t)lede__tok_at(a, d.end);
      }
      if (!desc[j].empty &&
          S_same_desc(a, desc[j].t0, desc[j].t1, y0, y1)) {
        q->ref = r->ref;
        desc[i].known = 0; /* its ref is another's now */
        if (S_ref_apart(q)) hasdesc[i >> 6] |= UINT64_C(1) << (i & 63);
        break;
      }
    }
  }
}

/* "the statement": its issuer, the speaker of the last quote whose
 * cue names a document, else the nearest organization; quote i (q,
 * speaking at s) takes its ref and entity, or no ref. */
static void S_res_document(lede_article *a, const S_sal *z, size_t i,
                           lede__quote *q, lede_span s) {
  q->ref = lede__s32((lede_span){0, 0});
  size_t lo = i > S_BACK_QUOTES ? i - S_BACK_QUOTES : 0;
  for (size_t j = i; j > lo; j--) {
    lede__quote *r = &a->quotes.v[j - 1];
    if (S_empty(lede__s64(r->ref)) || r->speaker.start >= s.start) continue;
    S_tspan rr = S_memo(a, &z->tref[(j - 1) & z->tmask], r->ref);
    if (S_span_has_lex(a, lede__s64(r->cue), &lede__lex_quote_documents, 0) ||
        S_orglike_t(a, &rr)) {
      q->ref = r->ref;
      q->entity = r->entity;
      break;
    }
  }
}

/* "FALLIN: I think ...": a transcript's turn names its speaker
 * before a colon opening the paragraph; quote i (q, whose "I" is token
 * t0 at s) takes it as ref. */
static void S_res_transcript(lede_article *a, const S_sal *z, size_t i,
                             lede__quote *q, lede_span s, size_t t0) {
  size_t bl0, bl1;
  if (S_empty(lede__s64(q->ref)) && S_block_extent(a, q->block, &bl0, &bl1) &&
      bl0 <= s.start && s.start < bl1) {
    size_t b0 = lede__tok_at(a, bl0), k = b0;
    while (k < t0 && k < b0 + 3 && S_cap(a, k) && S_word(a, k)) k++;
    if (k > b0 && k < t0 && S_punct(a, k, ':')) {
      q->ref = lede__s32(S_span_tok(a, b0, k));
      S_tspan rr = S_memo(a, &z->tref[i & z->tmask], q->ref);
      q->entity = S_speaker_entity(a, &rr);
    }
  }
}

/* Quote i's ref and entity once the pronouns are resolved (a document's
 * issuer, a pronoun's antecedent, a transcript's speaker), and the
 * organization its ref names. */
static void S_res_ref(lede_article *a, const S_sal *z, size_t i) {
  lede__quote *q = &a->quotes.v[i];
  lede_span s = lede__s64(q->speaker);
  if (S_empty(s)) return;
  S_tspan st = S_memo(a, &z->tspk[i & z->tmask], q->speaker);
  size_t t0 = st.t0, t1 = st.t1;
  int doc = t1 == t0 + 2 && S_LEX(quote_determiners, a, t0) &&
            S_LEX(quote_documents, a, t0 + 1);
  if (doc) {
    S_res_document(a, z, i, q, s);
  } else if (S_pronoun_t(a, &st) && q->via != LEDE_VIA_RELATIVE) {
    const S_resolved *r = S_resolved_at(z, t0);
    q->ref = r ? r->ref : (lede__span32){0, 0};
    q->entity = r ? S_res_ent(r) : LEDE_NONE;
    if (r && r->ent == S_NOENT) {
      S_tspan rr = S_tspan_of(a, lede__s64(r->ref));
      q->entity = S_speaker_entity(a, &rr);
    }
    if (!r && S_one_word(a, s, "I")) S_res_transcript(a, z, i, q, s, t0);
  }
  if (!S_empty(lede__s64(q->ref)) && S_empty(lede__s64(q->org))) {
    S_tspan rr = S_memo(a, &z->tref[i & z->tmask], q->ref);
    lede_span o = S_org_in(a, &rr);
    q->org = lede__s32(!S_empty(o) ? o : S_orglike_t(a, &rr) ? rr.s : o);
  }
}

void lede__q_resolve(lede_article *a, const unsigned char *used,
                     const uint64_t *pron) {
  size_t nslot = 1;
  while (nslot < a->quotes.n && nslot < S_TMEMO)
    nslot <<= 1;
  size_t tmask = nslot - 1;
  S_tmemo *tspk = lede__calloc(&a->scratch, nslot * sizeof *tspk);
  S_tmemo *tref = lede__calloc(&a->scratch, nslot * sizeof *tref);
  S_uncross(a);
  /* Relative pronouns take their antecedent into the speaker phrase;
   * appositions ("the agency's press office, the FSB") make aliases. */
  for (size_t i = 0; i < a->quotes.n; i++)
    S_res_via(a, &a->quotes.v[i], &tspk[i & tmask]);
  S_res_descriptions(a, tspk, tmask);
  for (size_t i = 0; i < a->quotes.n; i++) {
    S_tspan rt = S_memo(a, &tref[i & tmask], a->quotes.v[i].ref);
    a->quotes.v[i].entity = S_speaker_entity(a, &rt);
  }
  /* Pronouns, in text order. */
  S_sal z;
  memset(&z, 0, sizeof z);
  z.a = a;
  z.tspk = tspk;
  z.tref = tref;
  z.tmask = tmask;
  z.used = used;
  z.pron = pron;
  z.eager_gender = lede__q_gender_eager;
  /* The speech verbs are done with: their room goes to what the
   * pronouns make. */
  S_drop_verbs(a);
  S_salience(&z);
  for (size_t i = 0; i < a->quotes.n; i++) S_res_ref(a, &z, i);
  S_link_mentions(a, &z);
}

/* ==== Pass 6: cue classes and nesting =================================== */

/* "asked Congress to act", "asked for calm": a request, not a question. */
static int S_question_request(const lede_article *a, const lede__quote *q) {
  size_t c1 = lede__tok_at(a, q->cue.end);
  for (size_t k = c1; k < a->tokens.n && k < c1 + 6; k++) {
    if (S_is(a, k, "to") || S_is(a, k, "for")) return 1;
    if (S_LEX(quote_wh_words, a, k) || S_is(a, k, "if") ||
        S_is(a, k, "about") || (S_tok(a, k)->flags & LEDE__T_QUOTE))
      return 0;
  }
  return 0;
}

/* Is nested quote q said by the speaker of its parent p, referred to by a
 * pronoun: "Smith said he would vote for Jones" is one statement. */
static int S_same_source(const lede_article *a, const lede__quote *q,
                         const lede__quote *p) {
  if (q->kind != LEDE_QUOTE_INDIRECT || S_empty(lede__s64(q->speaker)) ||
      !S_pronoun(a, lede__s64(q->speaker)) ||
      S_empty(lede__s64(p->speaker)))
    return 0;
  /* The pronoun opens the reported clause: "said (that) he". */
  size_t c0 = lede__tok_at(a, p->content.start), st = lede__tok_at(a, q->speaker.start);
  if (c0 < a->tokens.n && S_is(a, c0, "that")) c0++;
  if (st == c0) return 1;
  if (q->entity != LEDE_NONE && q->entity == p->entity) return 1;
  lede_span r = lede__s64(q->ref), ps = lede__s64(S_empty(lede__s64(p->ref)) ? p->speaker : p->ref);
  return !S_empty(r) && r.start < ps.end && ps.start < r.end;
}

/* Drop the nested quotes of S_same_source, keeping parents' indices. */
static void S_drop_same_source(lede_article *a) {
  size_t n = a->quotes.n, w = 0;
  if (!n) return;
  size_t *map = lede__calloc(&a->scratch, lede__mul(&a->scratch, n, sizeof *map));
  if (!map) return;
  for (size_t i = 0; i < n; i++) {
    lede__quote *q = &a->quotes.v[i];
    size_t par = q->parent;
    if (par != LEDE_NONE) par = map[par]; /* parents come first */
    if (q->parent != LEDE_NONE &&
        S_same_source(a, q, &a->quotes.v[q->parent])) {
      map[i] = par; /* its own nested quotes hang on its parent */
      continue;
    }
    map[i] = w;
    q->parent = par;
    a->quotes.v[w++] = *q;
  }
  a->quotes.n = w;
}

/* Is q a second predicate of p's speaker inside p's reported content:
 * "Lee said he has held no dinners and never called a donor", "says two
 * dozen are endorsing Rubio"? A participle clause after a comma, "while"
 * or "by" ("endorsed Kim's plan, saying ...") is a report of its own. */
static int S_shared_subject(const lede_article *a, const lede__quote *q,
                            const lede__quote *p) {
  if (q->kind != LEDE_QUOTE_INDIRECT || S_empty(lede__s64(q->speaker)) ||
      q->speaker.start != p->speaker.start || q->speaker.end != p->speaker.end ||
      (p->speaker.start >= p->content.start && p->speaker.start < p->content.end) ||
      q->content.start < p->content.start || q->content.end > p->content.end ||
      q->cue.start < p->content.start || q->cue.end > p->content.end)
    return 0;
  size_t c = lede__tok_at(a, q->cue.start);
  if (c > 0 && c < a->tokens.n && S_ing(a, c) &&
      (S_comma(a, c - 1) || S_dash(a, c - 1) || S_is(a, c - 1, "while") ||
       S_is(a, c - 1, "by")))
    return 0;
  return 1;
}

/* Is report p only the frame of quotation q, its content opening with q's
 * cue: "The senator emailed supporters saying: “...”", "responded on
 * Facebook writing, “...”"? q is the statement; p reports nothing else. */
static int S_frames_quotation(const lede_article *a, const lede__quote *p,
                              const lede__quote *q) {
  if (p->kind != LEDE_QUOTE_INDIRECT ||
      (q->kind != LEDE_QUOTE_DIRECT && q->kind != LEDE_QUOTE_MIXED) ||
      S_empty(lede__s64(p->cue)) || S_empty(lede__s64(q->cue)) ||
      p->speaker.start != q->speaker.start || p->speaker.end != q->speaker.end ||
      q->cue.start < p->content.start || q->content.start >= p->content.end)
    return 0;
  size_t c = lede__tok_at(a, q->cue.start);
  return c < a->tokens.n && c == lede__tok_at(a, p->content.start) && S_ing(a, c);
}

/* Drop the reports of S_frames_quotation (before any parent is set). */
static void S_drop_frames(lede_article *a) {
  size_t w = 0;
  for (size_t i = 0; i < a->quotes.n; i++) {
    const lede__quote *p = &a->quotes.v[i];
    int frame = 0;
    for (size_t j = i + 1; j < a->quotes.n && j < i + 4 && !frame; j++)
      frame = S_frames_quotation(a, p, &a->quotes.v[j]);
    if (!frame) a->quotes.v[w++] = *p;
  }
  a->quotes.n = w;
}

/* Is q a relative clause describing p's speaker in the attribution
 * between the pieces of split quote p: "“A,” said Lee, who backs the
 * plan. “B.”"? (at: q's speaker and cue) */
static int S_speaker_clause(const lede_article *a, const lede__quote *q,
                            const lede__quote *p, lede_span at) {
  if (S_empty(lede__s64(p->gap)) || S_empty(lede__s64(q->speaker)) ||
      at.start < p->gap.start || at.end > p->gap.end)
    return 0;
  size_t k = lede__tok_at(a, q->speaker.end);
  return k > 0 && S_is(a, k - 1, "who");
}

/* "praised the mayor, who has vowed to ...", "shows he was there,
 * contradicting the police's claim that ...", "his record, including his
 * support of ...", "the plan (aides said it ...)": a report whose
 * attribution follows a comma before a relative pronoun or a word in -ing,
 * or an opening parenthesis, in the content of report p, is said of what
 * p's content names, not part of it: p's content ends there and q stands on
 * its own. Both reported speech (no quotation marks); at is where q's
 * attribution starts. Returns 1 when p was cut. */
static int S_cut_at_aside(lede_article *a, size_t pi, size_t qi, size_t at) {
  lede__quote *p = &a->quotes.v[pi];
  const lede__quote *q = &a->quotes.v[qi];
  if (p->kind != LEDE_QUOTE_INDIRECT || q->kind != LEDE_QUOTE_INDIRECT)
    return 0;
  size_t c0 = lede__tok_at(a, p->content.start), t0 = lede__tok_at(a, at);
  for (size_t b = t0; b-- > c0 + 1;) {
    int aside = S_punct(a, b, '(');
    if (!aside && S_comma(a, b) && b < t0) {
      size_t w = b + 1;
      aside = S_is(a, w, "who") || S_is(a, w, "whom") || S_is(a, w, "whose") ||
              (w < t0 && S_ing(a, w) && !(S_tok(a, w)->flags & LEDE__T_CAP));
    }
    if (!aside) continue;
    /* (not an aside p's clause goes on after: "the plan (which aides said
     * would cost more) was sound", "the master, whom workers said they
     * trusted, will stay": q stays nested; ", which ..." goes on with
     * the aside) */
    for (size_t k = t0, ce = lede__tok_at(a, p->content.end); k < ce; k++)
      if (S_punct(a, b, '(') ? S_punct(a, k, ')') && k + 1 < ce
                             : S_comma(a, k) && k + 1 < ce &&
                                   !S_is(a, k + 1, "which"))
        return 0;
    /* (not past a quote already nested in p) */
    size_t cut = lede__tend(S_tok(a, b - 1));
    for (size_t k = pi + 1; k < qi; k++)
      if (a->quotes.v[k].parent == pi && a->quotes.v[k].outer.end > cut)
        return 0;
    p->content.end = (uint32_t)cut;
    p->outer.end = (uint32_t)cut;
    return 1;
  }
  return 0;
}

/* Each quote's cue class; a quote whose attribution lies inside the
 * content of an earlier one, or that shares its speaker and lies inside
 * its content, or that describes the speaker of a split quote between its
 * pieces, is nested in it. A report that only frames a quotation is
 * dropped. */
void lede__q_classify(lede_article *a) {
  S_drop_frames(a);
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    if (!q->cls) q->cls = (unsigned char)S_cue_class_of(q->lemma);
    if (q->lemma && S_same(q->lemma, "ask") && !S_question_request(a, q))
      q->question = 1;
    lede_span at = lede__s64(q->cue);
    if (S_empty(at)) at = lede__s64(q->speaker);
    if (S_empty(at)) continue;
    if (!S_empty(lede__s64(q->speaker)) && q->speaker.start < at.start) at.start = q->speaker.start;
    size_t lo = i > 8 ? i - 8 : 0;
    for (size_t j = i; j > lo; j--) {
      const lede__quote *p = &a->quotes.v[j - 1];
      if (p->kind == LEDE_QUOTE_UNATTRIBUTED || S_empty(lede__s64(p->cue))) continue;
      if (p->content.start <= at.start && at.end <= p->content.end &&
          (p->cue.end <= at.start || p->cue.start >= at.end) &&
          (S_empty(lede__s64(p->gap)) || at.end <= p->gap.start ||
           at.start >= p->gap.end)) {
        if (S_cut_at_aside(a, j - 1, i, at.start)) break;
        q->parent = j - 1;
        break;
      }
      if (S_shared_subject(a, q, p) || S_speaker_clause(a, q, p, at)) {
        q->parent = j - 1;
        break;
      }
    }
  }
  S_drop_same_source(a);
}
