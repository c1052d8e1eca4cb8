/* Entities: the tagger's reading, and its votes on the names pass 1 found. */
#include "entities_internal.h"

/* ==== The tagger ========================================================
 * Where the rules guess (an unknown capitalized word, a name typed by its
 * shape alone), the tagger's reading of the sentence decides; what a list,
 * a title or an acronym the text defines says stays. */

/* lede's type for a tagger tag over tokens [s, e). */
static int S_tag_type(const S_ctx *x, int tg, size_t s, size_t e) {
  switch (LEDE__TG_TYPE(tg)) {
  case LEDE__TG_PER: return LEDE_ENTITY_PERSON;
  case LEDE__TG_ORG: return LEDE_ENTITY_ORGANIZATION;
  case LEDE__TG_LOC: return LEDE_ENTITY_PLACE;
  default: break;
  }
  /* Other names: an event by its last word, else a group ("Dutch",
   * "Sunnis", "Nasdaq"). */
  if (S_in(L_LEX_EVENT_WORDS, x, e - 1, e) || lede__ent_event_shape(x, s, e)) return LEDE_ENTITY_EVENT;
  return LEDE_ENTITY_GROUP;
}

/* The first tagged token in [i, n), or n. Names are a few tokens in
 * ten: eight tags at a time, the last eight read past n (the tags have
 * S_TAGPAD bytes of room after the last token). */
#define S_TAGPAD 8
static inline __attribute__((always_inline)) size_t
S_tag_skip(const unsigned char *tag, size_t i, size_t n) {
  for (uint64_t w; i < n; i += 8) {
    memcpy(&w, tag + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* the first byte set is the lowest */
    if (w) {
      i += (size_t)(__builtin_ctzll(w) >> 3);
      return i < n ? i : n;
    }
#else
    if (w) break;
#endif
  }
  while (i < n && !tag[i]) i++;
  return i < n ? i : n;
}

/* The tagger's names in [t0, t1), in order: x->tn[0, return). A name
 * is a run of tagged tokens of one type, each but the first inside one
 * (no begin tag); the first tagged token after a name opens the next,
 * as that one ended at a begin or a change of type. Made once a
 * segment, for every step that asks (S_tag_absorb, each mention's
 * names, S_tag_new_in), rather than found again by each. */
static inline __attribute__((always_inline)) size_t S_tag_names(S_ctx *x, size_t t0,
                                                                size_t t1) {
  const unsigned char *tag = x->tag;
  size_t n = 0;
  if (t1 > x->ntag) t1 = x->ntag;
  for (size_t i = S_tag_skip(tag, t0, t1), b; i < t1; i = S_tag_skip(tag, b, t1)) {
    int ty = LEDE__TG_TYPE(tag[i]);
    for (b = i + 1; b < t1 && tag[b] && !LEDE__TG_BEGIN(tag[b]) && LEDE__TG_TYPE(tag[b]) == ty;
         b++) {}
    if (n == x->tncap)
      lede__vec_grow(&x->a->scratch, (void **)&x->tn, &x->tncap, sizeof *x->tn);
    x->tn[n++] = (S_tname){(uint32_t)i, (uint32_t)b, tag[i]};
  }
  return n;
}

/* The first of the n names that ends after token i (n if none): the
 * name over i, else the next. Looked for from q, the answer for the
 * token asked before: mentions come mostly in order, and a segment has
 * few names. */
static inline size_t S_tname_from(const S_ctx *x, size_t n, size_t i, size_t q) {
  if (q > 0 && x->tn[q - 1].e > i) q = 0;
  while (q < n && x->tn[q].e <= i) q++;
  return q;
}

/* A word the gazetteer knows as a place and as an English word ("Split",
 * "Reading"), or one of the commonest English words. */
static int S_gaz_word(const S_ctx *x, size_t i) {
  if (S_in(L_GAZ_TOP_WORDS, x, i, i + 1)) return 1;
  const lede__gaz_entry *g = S_gaz1(x, i);
  return g && (g->flags & LEDE__GAZ_AMBIG);
}

/* "Nice work", "Split the bill": a word the gazetteer knows as a place
 * and as a word is a place only where it allows ("in Nice"); else it is
 * a name only as a short form of one the text gave. */
static int S_tag_doubt(const S_ctx *x, size_t a, size_t b, int ty) {
  if (ty != LEDE_ENTITY_PLACE || b != a + 1 || !S_common(x, a) ||
      (S_T(x, a)->flags & LEDE__T_UPPER))
    return 0;
  const lede__gaz_entry *g = S_gaz1(x, a);
  if (g) return (g->flags & LEDE__GAZ_AMBIG) && lede__ent_place_type(x, a, b, 0) < 0;
  /* An English word no gazetteer has: a place where the text puts it
   * ("at the Oval"), not as a modifier ("the Gulf state"). */
  size_t p = a;
  if (p > 0 && S_SG_prev(x, p) && S_is(x, p - 1, "the")) p--;
  if (p < a && b < S_NT(x) && S_SG_same(x, a, b) && S_word(S_T(x, b)) &&
      !(S_T(x, b)->flags & (LEDE__T_CAP | LEDE__T_UPPER)))
    return 1;
  return !(p > 0 && S_SG_prev(x, p) && /* (p is in a's segment) */
           (lede__ent_where_prep(x, p - 1) || S_in(L_LEX_LOCATIVE_PREPS, x, p - 1, p)));
}

/* The tagger's names x->tn[0, nn) where no mention is: one word waits
 * for pass 2 (it may be a short form of a name), longer ones are typed. */
static void S_tag_new_in(S_ctx *x, size_t nn) {
  for (size_t q = 0; q < nn; q++) {
    size_t a = x->tn[q].s, b = x->tn[q].e;
    int tg = x->tn[q].tg;
    int held = 0;
    for (size_t k = a; k < b; k++) held |= x->covered[k] & (C_COV | C_HELD);
    if (held) continue;
    int ty = S_tag_type(x, tg, a, b);
    if (ty < 0) continue;
    S_ment *m = lede__ent_emit(x, a, b, b - a == 1 ? X_UNKNOWN : ty, H_NAME);
    if (!m) continue;
    if (S_tag_doubt(x, a, b, ty)) {
      m->tagt = -1;
    } else if (b - a == 1 && S_init(x, a) && S_common(x, a) &&
               !(S_T(x, a)->flags & LEDE__T_UPPER) && x->seg.v[S_SG(x, a)].mode == M_NORMAL &&
               /* not a line of results: "Arsenal 2 Derby 2" */
               !lede__ent_table_team(x, a, b) && S_gaz_word(x, a)) {
      /* A sentence's first word that is also a word and a place ("Split
       * the bill") is a name if the article reads it so elsewhere. */
      m->tagt = -1;
      m->tagw = ty;
    } else {
      m->tagt = ty;
    }
  }
}

/* The same for the names in [t0, t1). */
void lede__ent_tag_new(S_ctx *x, size_t t0, size_t t1) {
  S_tag_new_in(x, S_tag_names(x, t0, t1));
}

/* The tagger's name holds mentions the rules cut smaller ("Real |
 * Madrid", "Organisation | for Security ..."): its name instead, unless a
 * title, role or defined acronym is part of what they found. */
static void S_tag_absorb(S_ctx *x, size_t nn, size_t mb, size_t mn) {
  for (size_t nq = 0; nq < nn; nq++) {
    size_t s = x->tn[nq].s, e = x->tn[nq].e;
    int tg = x->tn[nq].tg;
    if (e - s < 2) continue;
    int ok = 1, inside = 0, ty = S_tag_type(x, tg, s, e);
    for (size_t q = mb; q < mn && ok; q++) {
      const S_ment *m = &x->m.v[q];
      if (m->t1 > x->ntag || m->type == X_DROP || m->how != H_NAME) continue;
      if ((m->title0 < S_title1(m) && m->title0 < e && S_title1(m) > s) ||
          (m->role0 < S_role1(m) && m->role0 < e && S_role1(m) > s))
        ok = 0;
      if (m->t0 >= e || m->t1 <= s) continue;
      if (m->t0 < s || m->t1 > e || (m->t0 == s && m->t1 == e) || m->acr != S_NOACR ||
          (m->sure == S_SURE_LIST && m->type != ty))
        ok = 0;
      inside++;
    }
    /* A sentence's first word the rules left out says nothing by its
     * capital: "Shares of Barlow & Finch Co". */
    if (S_init(x, s) && !(x->covered[s] & C_COV)) ok = 0;
    if (!ok || !inside) continue;
    for (size_t q = mb; q < mn; q++) {
      S_ment *m = &x->m.v[q];
      if (m->t1 > x->ntag || m->type == X_DROP || m->how != H_NAME || m->t0 >= e || m->t1 <= s)
        continue;
      m->type = X_DROP;
      for (size_t k = m->t0; k < m->t1; k++) x->covered[k] &= (unsigned char)~C_COV;
    }
  }
}

/* Settle the mentions pass 1 made in segment sg (from mention mb on). */
void lede__ent_tag_seg(S_ctx *x, const S_seg *sg, size_t mb) {
  size_t mn = x->m.n, nn = S_tag_names(x, sg->t0, sg->t1);
  S_tag_absorb(x, nn, mb, mn);
  /* Titles and roles of the names found are no names of their own. */
  for (size_t q = mb; q < mn; q++) {
    const S_ment *m = &x->m.v[q];
    if (m->type == X_DROP) continue;
    for (size_t k = m->title0; k < S_title1(m) && k < x->ntag; k++) x->covered[k] |= C_HELD;
    for (size_t k = m->role0; k < S_role1(m) && k < x->ntag; k++) x->covered[k] |= C_HELD;
  }
  size_t q0 = 0;
  for (size_t q = mb; q < mn; q++) {
    S_ment *m = &x->m.v[q];
    if (m->t1 > x->ntag || m->how != H_NAME || m->type == X_DROP) continue;
    /* The tagger's names over the mention, and the first of them
     * whole: it may go on past the mention if it is the only one. */
    size_t n = 0, fs = 0, fe = 0;
    q0 = S_tname_from(x, nn, m->t0, q0);
    int ft = 0;
    while (q0 + n < nn && x->tn[q0 + n].s < m->t1) n++;
    if (n) fs = x->tn[q0].s, fe = x->tn[q0].e, ft = x->tn[q0].tg;
    if (m->type == X_UNKNOWN) {
      m->tagt = n ? S_tag_type(x, ft, fs, fe) : -1;
      if (S_tag_doubt(x, m->t0, m->t1, m->tagt)) m->tagt = -1;
      /* A capitalized word inside a sentence that no list knows, and that
       * the tagger leaves out: in a sports report, a player ("a late burst
       * from Lindqvist"). */
      if (m->tagt < 0 && n == 0 && x->sports && m->t1 == m->t0 + 1 && !S_init(x, m->t0) &&
          !m->upper_only && !S_common(x, m->t0) && S_T(x, m->t0)->len > 1 &&
          lede__ent_place_type(x, m->t0, m->t1, 1) < 0 && !lede__ent_known_org(x, m->t0, m->t1) &&
          lede__ent_word_count(x, m->t0) <= 1)
        m->tagt = LEDE_ENTITY_PERSON;
      continue;
    }
    if (m->sure == S_SURE_LIST || m->acr != S_NOACR || m->title0 < S_title1(m) ||
        m->type == LEDE_ENTITY_EVENT || m->type == LEDE_ENTITY_GROUP)
      continue;
    /* A place from the gazetteer stays one, but for a club named after
     * its town in a sports report. */
    if (m->sure == S_SURE_GAZ && !x->sports) {
      if (n == 1 && fs == m->t0 && fe == m->t1) m->tagt = S_tag_type(x, ft, fs, fe);
      continue;
    }
    if (n == 1 && fs == m->t0 && fe == m->t1) {
      int ty = S_tag_type(x, ft, fs, fe);
      if (ty >= 0) m->type = m->tagt = ty;
      continue;
    }
    if (m->sure) continue;
    /* A guess the tagger reads otherwise: its names instead, if they can
     * stand (not over a title, a role or another name). */
    int free = 1;
    for (size_t r = q0, i = m->t0; i < m->t1 && r < nn; i = x->tn[r++].e)
      for (size_t s = x->tn[r].s, k = s; k < x->tn[r].e; k++)
        if ((x->covered[k] & C_HELD) || ((x->covered[k] & C_COV) && (k < m->t0 || k >= m->t1)) ||
            (k == s && k < m->t0 && S_init(x, k)))
          free = 0;
    if (!free) continue;
    m->type = X_DROP;
    for (size_t k = m->t0; k < m->t1; k++) x->covered[k] &= (unsigned char)~C_COV;
  }
  S_tag_new_in(x, nn);
}

/* One article, one reading: a name the tagger typed in several ways
 * ("Petofi" a place here, a company there) takes the type it got most. */
/* Slot 5 of a name's votes: how often it follows "in", "at", "near". */
static int S_vote_where(const S_ctx *x, const uint32_t *c) {
  (void)x;
  return c[5] != 0;
}

/* Where a mention's name keeps its votes in x->vote, or LEDE_NONE. */
static size_t S_votes_at(S_ctx *x, const S_ment *m, int add) {
  /* A one-word name's place, once found, is kept with the word's record
   * (whose key is the name's): most names are looked up again and again. */
  S_wrec *r = m->t1 == m->t0 + 1 ? S_rec(x, m->t0) : NULL;
  if (r && r->vote != UINT32_MAX) return r->vote;
  char buf[S_KEY];
  size_t n = S_key_c(x, m->t0, m->t1, buf);
  if (!n) return LEDE_NONE;
  size_t *v = S_map_slot(x, &x->votes, buf, n, add);
  if (!v) return LEDE_NONE;
  if (*v == LEDE_NONE && add) {
    *v = x->vote.n;
    while (x->vote.n + 6 > x->vote.cap)
      lede__vec_grow(&x->a->scratch, (void **)&x->vote.v, &x->vote.cap,
                     sizeof *x->vote.v);
    memset(x->vote.v + x->vote.n, 0, 6 * sizeof *x->vote.v);
    x->vote.n += 6;
  }
  if (r && *v != LEDE_NONE && *v < UINT32_MAX) r->vote = (uint32_t)*v;
  return *v;
}

uint32_t *lede__ent_votes_of(S_ctx *x, const S_ment *m, int add) {
  size_t v = S_votes_at(x, m, add);
  return v == LEDE_NONE ? NULL : &x->vote.v[v];
}

int lede__ent_vote_type(const uint32_t *c) {
  int b = 0;
  uint32_t all = c[0];
  for (int k = 1; k < 5; k++) {
    all += c[k];
    if (c[k] > c[b]) b = k;
  }
  return c[b] * 3 > all * 2 ? b : -1; /* a clear majority only */
}

/* The mentions [m0, m1) the tagger typed take their name's majority. */
void lede__ent_vote(S_ctx *x, size_t m0, size_t m1, int count) {
  /* Each mention's place in x->vote, as the count found it (4 bytes a
   * mention, given back at the end), rather than its name looked up
   * again. */
  uint32_t *at = NULL;
  size_t atcap = 0;
  if (count && m1 > m0) {
    lede__vec_reserve(&x->a->scratch, (void **)&at, &atcap, sizeof *at, m1 - m0);
    for (size_t i = m0; i < m1; i++) {
      const S_ment *m = &x->m.v[i];
      at[i - m0] = UINT32_MAX;
      if (m->tagt < 0 || m->type == X_DROP || m->t1 > x->ntag) continue;
      size_t v = S_votes_at(x, m, 1);
      if (v == LEDE_NONE) continue;
      uint32_t *c = &x->vote.v[v];
      if (v < UINT32_MAX) at[i - m0] = (uint32_t)v;
      c[m->tagt]++;
      if (m->t0 > 0 && S_SG_prev(x, m->t0) && lede__ent_where_prep(x, m->t0 - 1))
        c[5]++;
    }
  }
  for (size_t i = m0; i < m1; i++) {
    S_ment *m = &x->m.v[i];
    if (m->tagt < 0 || m->type == X_DROP || m->t1 > x->ntag) continue;
    uint32_t *c = at && at[i - m0] != UINT32_MAX ? &x->vote.v[at[i - m0]] : lede__ent_votes_of(x, m, 0);
    int ty = c ? lede__ent_vote_type(c) : -1;
    if (ty < 0) continue;
    if (m->type == m->tagt) m->type = ty;
    /* A town the tagger reads as a club again and again ("Leeds beat
     * Derby"), never where something happens ("in Leeds"). */
    else if (m->sure == S_SURE_GAZ && m->type == LEDE_ENTITY_PLACE &&
             ty == LEDE_ENTITY_ORGANIZATION && c[ty] >= 2 && !S_vote_where(x, c))
      m->type = ty;
    m->tagt = ty;
  }
  lede__vec_free(&x->a->scratch, at, atcap, sizeof *at);
}

/* What never opens or closes a name the tagger found: punctuation, a
 * possessive, a connector, a month, a title before a person ("Mr . Wolf
 * 's"), a lower-case particle at the end. */
static inline __attribute__((always_inline)) int S_tag_cut(const S_ctx *x, size_t k, int ty,
                                                          int first) {
  const S_tok *tk = S_T(x, k);
  if (!S_word(tk) || S_poss(x, tk)) return 1;
  size_t n = tk->len;
  if (n <= 3 && (S_is(x, k, "of") || S_is(x, k, "and") || S_is(x, k, "for") || S_is(x, k, "&")))
    return 1;
  if (!first) /* "Ivan de" */
    return !(tk->flags & (LEDE__T_CAP | LEDE__T_UPPER)) && S_particle(x, k);
  /* "June Comelf", "August National Association": a month or weekday */
  if (S_calendar(x, k)) return 1;
  return ty == LEDE__TG_PER &&
         (S_in(L_LEX_TITLES, x, k, k + 1) || S_in(L_LEX_ABBREV_TITLE, x, k, k + 1));
}

static void S_tag_clean(S_ctx *x) {
  unsigned char *tg = x->tag;
  for (size_t i = 0; i < x->ntag;) {
    if (!tg[i]) {
      i = S_tag_skip(tg, i, x->ntag);
      continue;
    }
    int ty = LEDE__TG_TYPE(tg[i]);
    size_t e = i + 1;
    while (e < x->ntag && tg[e] && !LEDE__TG_BEGIN(tg[e]) && LEDE__TG_TYPE(tg[e]) == ty) e++;
    size_t a = i, b = e;
    while (a < b && S_tag_cut(x, a, ty, 1)) a++;
    while (b > a && S_tag_cut(x, b - 1, ty, 0)) b--;
    for (size_t k = i; k < e; k++)
      tg[k] = k < a || k >= b ? 0 : (unsigned char)(1 + 2 * ty + (k > a));
    i = e;
  }
}

/* Run the tagger over every segment's tokens. Its tokens and working
 * memory are released once the tags are out. */
void lede__ent_tag(S_ctx *x) {
  lede_article *a = x->a;
  lede__arena *ar = &a->scratch;
  size_t n = S_NT(x);
  /* A vector, given back before the mentions are made. */
  lede__vec_reserve(ar, (void **)&x->tag, &x->tagcap, 1, n + S_TAGPAD);
  memset(x->tag, 0, n + S_TAGPAD);
  x->ntag = n;
  x->seg_title = lede__calloc(ar, x->seg.n + 1);
  lede__mark mk = lede__arena_mark(ar);
  /* The tagger reads the tokens in place; only their place in the line
   * is made for it (a byte each). */
  lede__arena *tar = a->keep_ttok ? &a->arena : ar;
  unsigned char *cx = lede__alloc(tar, n + 1);
  memset(cx, LEDE__TC_FIRST, n + 1);
  for (size_t s = 0; s < x->seg.n; s++) {
    const S_seg *sg = &x->seg.v[s];
    unsigned char mode = 0;
    if (sg->mode == M_LABEL) mode = LEDE__TC_LABEL;
    else if (sg->upper) mode = LEDE__TC_UPPER;
    else if (sg->mode == M_HEADLINE) mode = LEDE__TC_TITLE;
    x->seg_title[s] = mode == LEDE__TC_TITLE;
    if (sg->t1 <= sg->t0) continue;
    if (!lede__ent_seg_tags_read(x, s)) mode |= LEDE__TC_UNREAD; /* (left O) */
    memset(cx + sg->t0, mode, sg->t1 - sg->t0);
    cx[sg->t0] |= LEDE__TC_FIRST;
    /* S_init holds for the segment's first word only (lede__ent_modes) */
    for (size_t i = sg->t0; i < sg->t1; i++) {
      if (S_init(x, i)) cx[i] |= LEDE__TC_INIT;
      if (S_T(x, i)->flags & LEDE__T_WORD) break;
    }
  }
  lede__ttoks tt = {x->shared, x->shared + x->ns, x->ns, n, cx, a->len};
  if (a->keep_ttok) {
    /* The trainer keeps them past this stage: a copy of its own. */
    lede__token *v = lede__alloc(tar, lede__mul(tar, n + 1, sizeof *v));
    for (size_t i = 0; i < n; i++) v[i] = *S_T(x, i);
    tt.v = v;
    tt.nv = n;
    a->ttok = lede__alloc(tar, sizeof *a->ttok);
    *a->ttok = tt;
  }
  lede__tag(ar, x->t, &tt, x->tag);
  lede__arena_release(ar, mk);
  /* Word records from here on (nothing before asks for one): made after
   * the tagger's memory is back. */
  x->widcap = 0;
  x->widmask = SIZE_MAX;
  if (n + 64 <= S_WID_FULL) {
    lede__vec_reserve(ar, (void **)&x->wid, &x->widcap, sizeof *x->wid, n + 64);
    x->widlim = x->widcap < x->maxtok ? x->widcap : x->maxtok;
    x->widfast = x->widlim;
  } else {
    size_t tagcap = 0;
    lede__vec_reserve(ar, (void **)&x->wid, &x->widcap, sizeof *x->wid, S_WID_CACHE);
    lede__vec_reserve(ar, (void **)&x->widtag, &tagcap, sizeof *x->widtag, S_WID_CACHE);
    x->widmask = S_WID_CACHE - 1;
    x->widlim = x->maxtok;
  }
  memset(x->wid, 0, x->widcap * sizeof *x->wid);
  /* Room for the records of an article of a few thousand tokens, so
   * that their map need not grow step by step (an empty slot costs a
   * store): records are made for the words asked about, capitalized
   * ones and a few others, about one token in eight; room for one in
   * six. Longer ones grow it from there. */
  size_t want = n / 6 < 4096 ? n / 6 : 4096, cap = 64;
  while (cap < 2 * want) cap *= 2;
  if (cap > x->words->cap) lede__ent_map_grow(ar, x->words, cap, 1);
  S_tag_clean(x);
}
