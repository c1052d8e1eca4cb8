/* Entities, pass 2: mentions made entities, short forms, acronyms,
 * aliases and roles linked to them; segments and their modes. */
#include "entities_internal.h"

#include <pthread.h>

/* ==== Pass 2 ============================================================ */

#define S_MAXN 6 /* longest name looked up in headlines, tokens */

static size_t S_new_ent(S_ctx *x, int type, size_t first) {
  /* a mention holds it in 29 bits (lede__mention) */
  if (x->ent.n + 1 >= LEDE__ENT_MAX) longjmp(*x->a->scratch.oom, 1);
  S_ent *e = LEDE__PUSH(&x->a->scratch, x->ent);
  e->type = type;
  e->parent = x->ent.n - 1;
  e->first = first;
  return x->ent.n - 1;
}

/* The key an entity is filed under: type letter + words; a country's
 * names and codes share one key, and so do a country's demonyms. */
static size_t S_ment_key(S_ctx *x, const S_ment *m, char *buf) {
  size_t n = S_key_c(x, m->t0, m->t1, buf + 1);
  if (!n) return 0;
  buf[0] = lede__ent_tchar[m->type];
  if (m->type == LEDE_ENTITY_PLACE || m->type == LEDE_ENTITY_GROUP) {
    const lede__gaz_entry *g =
        m->t1 == m->t0 + 1 ? S_gaz1(x, m->t0) : lede__gaz_find(buf + 1, n);
    if (g && (g->kind == LEDE__GAZ_COUNTRY || g->kind == LEDE__GAZ_DEMONYM)) {
      buf[1] = g->kind == LEDE__GAZ_COUNTRY ? '#' : '@';
      buf[2] = (char)('0' + g->country / 100);
      buf[3] = (char)('0' + g->country / 10 % 10);
      buf[4] = (char)('0' + g->country % 10);
      return 5;
    }
  }
  return n + 1;
}

/* File mention mi under its key, making an entity if the key is new. */
void lede__ent_file(S_ctx *x, size_t mi) {
  char buf[S_KEY + 8];
  S_ment *m = &x->m.v[mi];
  size_t start = S_T(x, m->t0)->start;
  size_t n = S_ment_key(x, m, buf);
  if (!n) {
    S_set_ent(m, S_new_ent(x, m->type, start));
    return;
  }
  size_t *v = S_map_slot(x, &x->names, buf, n, 1);
  /* (making an entity moves no slot) */
  if (*v == LEDE_NONE) *v = S_new_ent(x, m->type, start);
  S_set_ent(&x->m.v[mi], *v);
}

/* File key (type letter + words of tokens [i, j)) for entity e, unless it
 * names another entity already. */
void lede__ent_alias(S_ctx *x, S_map *map, int type, size_t i, size_t j, size_t e) {
  char buf[S_KEY + 1];
  size_t n = S_key_c(x, i, j, buf + 1);
  if (!n) return;
  buf[0] = lede__ent_tchar[type];
  if (map == &x->names && lede__ent_lookup(x, -1, buf + 1, n) != LEDE_NONE) return;
  size_t *v = S_map_slot(x, map, buf, n + 1, 1);
  if (*v == LEDE_NONE) *v = e;
  else if (*v != S_AMBIG && S_find(x, *v) != S_find(x, e)) *v = S_AMBIG;
}

size_t lede__ent_acr_lookup(S_ctx *x, S_map *acrs, size_t i) {
  if (!acrs->n) return LEDE_NONE; /* most texts define none */
  char tmp[S_KEY];
  const char *buf;
  size_t n = S_key1(x, i, tmp, &buf);
  if (!n) return LEDE_NONE;
  return lede__ent_typed_find(acrs, -1, buf, n, 0);
}

/* Record r's entry in x->ptok, made (empty) if r has none yet. */
S_ptok *lede__ent_ptok_of(S_ctx *x, const S_wrec *r) {
  size_t rid = (size_t)(r - x->recs.v);
  if (rid >= x->pcap) {
    size_t old = x->pcap;
    lede__vec_reserve(&x->a->scratch, (void **)&x->ptok, &x->pcap, sizeof *x->ptok,
                      rid + rid / 2 + 64);
    for (size_t k = old; k < x->pcap; k++)
      x->ptok[k].person = x->ptok[k].org = x->ptok[k].last = x->ptok[k].tail = LEDE_NONE;
  }
  return &x->ptok[rid];
}

/* Record r's entry in x->ptok if it has one, else NULL. */
S_ptok *lede__ent_ptok_at(const S_ctx *x, const S_wrec *r) {
  size_t rid = r ? (size_t)(r - x->recs.v) : SIZE_MAX;
  return rid < x->pcap ? &x->ptok[rid] : NULL;
}

/* The person whose name has the word at token i, if only one has (a
 * word without a record has no key: no one's). */
size_t lede__ent_ptok(S_ctx *x, size_t i) {
  if (!x->nptok) return LEDE_NONE;
  const S_ptok *p = lede__ent_ptok_at(x, S_rec(x, i));
  if (!p) return LEDE_NONE;
  size_t v = p->person;
  return v != S_AMBIG ? v : LEDE_NONE;
}

/* The organization whose multi-word name opens with the word at token i
 * ("Barrick" -> "Barrick Gold Corp"), if only one does. */
size_t lede__ent_otok(S_ctx *x, size_t i) {
  if (!x->nptok) return LEDE_NONE;
  const S_ptok *p = lede__ent_ptok_at(x, S_rec(x, i));
  if (!p) return LEDE_NONE;
  size_t v = p->org;
  return v != S_AMBIG ? v : LEDE_NONE;
}

static S_ment *S_add(S_ctx *x, size_t i, size_t j, int type, int how, size_t ent) {
  S_ment *m = lede__ent_emit(x, i, j, type, how);
  if (m) S_set_ent(m, ent);
  return m;
}

/* ==== One person, one entity ==========================================
 * "De Blasio" and "de Blasio" after "Bill de Blasio": a shorter name whose
 * words (particles compared without case) are all in a longer person's
 * name joins it. The longer name is found by the last word, so the cost
 * stays linear. */

static size_t S_last_word(const S_ctx *x, const S_ment *m) {
  for (size_t k = m->t1; k-- > m->t0;)
    if (!S_particle(x, k) && !S_dot(x, k) && S_word(S_T(x, k))) return k;
  return LEDE_NONE;
}

/* A word the gazetteer knows as a town, not a capital. */
static int S_town_word(const S_ctx *x, size_t i) {
  S_wrec *w = S_rec(x, i);
  const lede__gaz_entry *g = w ? S_rec_gaz(w) : NULL;
  return g && g->kind == LEDE__GAZ_CITY && !(g->flags & LEDE__GAZ_CAPITAL);
}

/* "Durham said" after "Ann Durham": one word the gazetteer knows as
 * a town, standing where no place is said to be (not after "in", not a
 * dateline), is the person's surname. */
static int S_town_as_name(const S_ctx *x, const S_ment *m) {
  if (m->type != LEDE_ENTITY_PLACE || m->sure != S_SURE_GAZ || m->t1 != m->t0 + 1 ||
      x->sports || lede__ent_dateline_place(x, m->t0))
    return 0;
  if (m->t0 > 0 && S_SG_prev(x, m->t0) &&
      (lede__ent_where_prep(x, m->t0 - 1) || S_in(L_LEX_LOCATIVE_PREPS, x, m->t0 - 1, m->t0)))
    return 0;
  return S_town_word(x, m->t0);
}

void lede__ent_join_names(S_ctx *x, size_t m1) {
  /* The longer names by their last word's record (S_ptok.last); a word
   * without one has no key. */
  for (size_t i = 0; i < m1; i++) {
    const S_ment *m = &x->m.v[i];
    if (m->type != LEDE_ENTITY_PERSON || S_ent_of(m) == LEDE_NONE || m->t1 - m->t0 < 2) continue;
    size_t k = S_last_word(x, m);
    const S_wrec *rk = k == LEDE_NONE ? NULL : S_rec(x, k);
    if (!rk) continue;
    size_t *v = &lede__ent_ptok_of(x, rk)->last;
    if (*v == LEDE_NONE) *v = i;
    else if (*v != S_AMBIG) {
      const S_ment *o = &x->m.v[*v];
      if (m->t1 - m->t0 > o->t1 - o->t0) *v = i;
      else if (m->t1 - m->t0 == o->t1 - o->t0 && S_find(x, S_ent_of(o)) != S_find(x, S_ent_of(m)))
        *v = S_AMBIG;
    }
  }
  for (size_t i = 0; i < x->m.n; i++) {
    S_ment *m = &x->m.v[i];
    int town = S_town_as_name(x, m);
    if (m->type != LEDE_ENTITY_PERSON && m->type != X_UNKNOWN && !town) continue;
    if (m->t1 > x->ntag) continue;
    size_t k = S_last_word(x, m);
    S_ptok *pk = lede__ent_ptok_at(x, k == LEDE_NONE ? NULL : S_rec(x, k));
    size_t *v = pk ? &pk->last : NULL;
    if (!v || *v == LEDE_NONE || *v == S_AMBIG || *v == i) continue;
    const S_ment *l = &x->m.v[*v];
    if (m->t1 - m->t0 >= l->t1 - l->t0 && m->type == LEDE_ENTITY_PERSON) continue;
    /* Every word of the shorter name is in the longer one. */
    int all = 1;
    for (size_t q = m->t0; q < m->t1 && all; q++) {
      if (S_dot(x, q) || !S_word(S_T(x, q))) continue;
      int found = 0;
      for (size_t r = l->t0; r < l->t1 && !found; r++) found = lede__ent_tok_eq(x, q, r);
      all = found;
    }
    if (!all) continue;
    /* "say de Blasio": the particle before the name belongs to it. */
    if (m->t0 > 0 && S_SG_prev(x, m->t0) && S_particle(x, m->t0 - 1) &&
        !(x->covered[m->t0 - 1] & C_COV) && m->t0 - 1 < x->ntag) {
      for (size_t r = l->t0 + 1; r < l->t1; r++)
        if (lede__ent_tok_eq(x, r, m->t0) && lede__ent_tok_eq(x, r - 1, m->t0 - 1)) {
          m->t0--;
          x->covered[m->t0] |= C_COV;
          break;
        }
    }
    if (m->type == X_UNKNOWN || town) {
      m->type = LEDE_ENTITY_PERSON;
      S_set_ent(m, S_ent_of(l));
    } else if (S_find(x, S_ent_of(m)) != S_find(x, S_ent_of(l))) {
      x->ent.v[S_find(x, S_ent_of(m))].parent = S_find(x, S_ent_of(l));
    }
  }
}

/* Might a name of several words filed so far open with the word at
 * token i? (Yes for a word without a record, or whose key has a space.) */
static int S_names_open(const S_ctx *x, size_t i) {
  const S_wrec *r = S_rec(x, i);
  return !r || S_map_opens(&x->names, r->hash) || S_has_byte(r->key, r->len, ' ');
}

/* Tokens [i, j), n of them, of segment sg: an event's name in a line
 * that is not prose: "WORLD CUP", "DAVIS CUP"; not "Markets Open" (a
 * headline's verbs), "FRIDAY 'S GAMES" or "SPAIN BEAT ITALY IN WORLD
 * CUP". */
static int S_event_here(const S_ctx *x, const S_seg *sg, size_t i, size_t j, size_t n) {
  return sg->mode != M_LABEL && n >= 2 && n <= 3 && !S_is(x, i, "the") && !S_is(x, i, "of") &&
         !S_is(x, i, "and") && !S_is(x, j - 1, "open") && !S_is(x, j - 1, "tour") &&
         !S_poss(x, S_T(x, j - 2)) && lede__ent_event_shape(x, i, j) &&
         !S_in(L_LEX_LOCATIVE_PREPS, x, i, i + 1);
}

/* Headlines, datelines, credits: only what is known. */
void lede__ent_scan_known(S_ctx *x, const S_seg *sg) {
  int loose = sg->mode == M_HEADLINE;
  for (size_t i = sg->t0; i < sg->t1; i++) {
    if (x->covered[i] & C_COV) continue;
    if (!S_capital(S_T(x, i))) {
      /* (a hyphen joins two letters or digits: three bytes at least) */
      if (S_word(S_T(x, i)) && S_T(x, i)->len >= 3 &&
          S_has_byte(x->t + S_T(x, i)->start, S_T(x, i)->len, '-'))
        lede__ent_compound(x, i);
      continue;
    }
    if (S_calendar(x, i)) continue;
    int done = 0;
    size_t maxn = sg->t1 - i < S_MAXN ? sg->t1 - i : S_MAXN;
    for (size_t n = maxn; n >= 1 && !done; n--) {
      size_t j = i + n;
      if (!S_capital(S_T(x, j - 1))) continue;
      int ok = 1;
      for (size_t k = i; k < j; k++)
        if (!S_capital(S_T(x, k)) && !S_particle(x, k) && !S_is(x, k, "of")) ok = 0;
      if (!ok) continue;
      /* Several words no filed name opens with, nor a place's or an
       * organization's of several words (S_multi): only an event's
       * shape is asked below (after the key is made). */
      char buf[S_KEY];
      if (n >= 2 && !S_multi(x, i) && !S_names_open(x, i)) {
        if (S_event_here(x, sg, i, j, n) && S_key_c(x, i, j, buf)) {
          S_add(x, i, j, LEDE_ENTITY_EVENT, H_NAME, LEDE_NONE);
          done = 1;
        }
        continue;
      }
      size_t kn = S_key_c(x, i, j, buf);
      if (!kn) continue;
      size_t e = lede__ent_lookup(x, -1, buf, kn);
      int town = 0;
      /* "LEEDS 1996-08-30" heading a report: the place, not the club. */
      /* (several words no place opens with are none: S_multi) */
      if ((j == i + 1 || S_multi(x, i)) && (lede__ent_venue(x, j) || lede__ent_dateline_place(x, i)) &&
          lede__ent_place_type_raw(x, i, j, loose, &town) == LEDE_ENTITY_PLACE)
        e = lede__ent_lookup(x, LEDE_ENTITY_PLACE, buf, kn);
      if (e != LEDE_NONE && e != S_AMBIG && x->ent.v[S_find(x, e)].type == LEDE_ENTITY_PLACE &&
          lede__ent_table_team(x, i, j))
        e = lede__ent_lookup(x, LEDE_ENTITY_ORGANIZATION, buf, kn);
      if (e != LEDE_NONE && e != S_AMBIG) {
        S_add(x, i, j, x->ent.v[S_find(x, e)].type, H_NAME, e);
        done = 1;
        break;
      }
      /* "Durham Hits Back": the surname of the article's person. */
      if (n == 1 && S_town_word(x, i) && lede__ent_ptok(x, i) != LEDE_NONE && !lede__ent_venue(x, j) &&
          !lede__ent_dateline_place(x, i))
        break;
      int pt = lede__ent_place_type(x, i, j, loose);
      if (pt >= 0) {
        S_add(x, i, j, pt, H_NAME, LEDE_NONE);
        done = 1;
      } else if (lede__ent_known_org(x, i, j)) {
        S_add(x, i, j, LEDE_ENTITY_ORGANIZATION, H_NAME, LEDE_NONE);
        done = 1;
      } else if (S_event_here(x, sg, i, j, n)) {
        S_add(x, i, j, LEDE_ENTITY_EVENT, H_NAME, LEDE_NONE);
        done = 1;
      }
    }
    if (done) continue;
    if (S_T(x, i)->flags & LEDE__T_UPPER) {
      size_t e = lede__ent_acr_lookup(x, &x->names, i);
      if (e != LEDE_NONE) {
        S_add(x, i, i + 1, x->ent.v[S_find(x, e)].type, H_ACR, e);
        continue;
      }
    }
    /* "Gen Ruiz": a title and one name word. */
    size_t tl = S_title_len(x, i, sg->t1);
    if (tl && i + tl < sg->t1 && S_capital(S_T(x, i + tl)) && !S_calendar(x, i + tl)) {
      size_t k = i + tl;
      size_t e = lede__ent_ptok(x, k);
      /* "Senator Hits Back": in a title-case headline an ordinary word
       * after a title is no name unless the article gave it one. */
      if (e == LEDE_NONE && loose && S_common(x, k)) {
        i = k;
        continue;
      }
      S_ment *m = S_add(x, k, k + 1, LEDE_ENTITY_PERSON, H_NAME, e);
      if (m) {
        S_set_title(m, i, k);
      }
      i = k;
      continue;
    }
    size_t e = lede__ent_ptok(x, i);
    if (e != LEDE_NONE) S_add(x, i, i + 1, LEDE_ENTITY_PERSON, H_NAME, e);
  }
}

int lede__ent_tok_eq(const S_ctx *x, size_t a, size_t b) {
  /* Words with records are equal when their records are. */
  uint32_t wa = S_wid(x, a), wb = S_wid(x, b);
  if (wa && wb) return wa == wb;
  const S_tok *ta = S_T(x, a), *tb = S_T(x, b);
  unsigned char ca = (unsigned char)x->t[ta->start], cb = (unsigned char)x->t[tb->start];
  /* Cheap refusals first, where the keys must differ: ASCII first
   * letters, or ASCII-only lengths unless a word may drop its dots
   * ("U.N." and "Un" are one key, as their records would say). */
  if (ca < 0x80 && cb < 0x80 && (ca | 0x20) != (cb | 0x20)) return 0;
  if (ta->len != tb->len && !(ta->len >= 3 && x->t[ta->start + 1] == '.') &&
      !(tb->len >= 3 && x->t[tb->start + 1] == '.')) {
    int ascii = 1;
    for (size_t i = ta->start; i < lede__tend(ta) && ascii; i++) ascii = (unsigned char)x->t[i] < 0x80;
    for (size_t i = tb->start; i < lede__tend(tb) && ascii; i++) ascii = (unsigned char)x->t[i] < 0x80;
    if (ascii) return 0;
  }
  char ka[S_KEY], kb[S_KEY];
  size_t na = S_key_c(x, a, a + 1, ka), nb = S_key_c(x, b, b + 1, kb);
  return na && na == nb && memcmp(ka, kb, na) == 0;
}

/* Occurrences of the descriptions tied to entities. */
void lede__ent_scan_desc(S_ctx *x) {
  for (size_t d = 0; d < x->desc.n; d++) {
    S_desc dd = x->desc.v[d];
    size_t len = dd.t1 - dd.t0;
    size_t ent = S_ent_of(&x->m.v[dd.ment]);
    if (ent == LEDE_NONE) continue;
    char k0[S_KEY];
    size_t n0 = S_key_c(x, dd.t0, dd.t0 + 1, k0);
    if (!n0) continue;
    for (size_t s = 0; s < x->seg.n; s++) {
      const S_seg *sg = &x->seg.v[s];
      if (sg->mode == M_LABEL) continue;
      for (size_t i = sg->t0; i + len <= sg->t1; i++) {
        if (i == dd.t0 || (x->covered[i] & C_COV)) continue;
        const S_tok *tk = S_T(x, i);
        if (tk->len != S_T(x, dd.t0)->len &&
            !(tk->flags & LEDE__T_WORD))
          continue;
        int eq = 1;
        for (size_t k = 0; k < len && eq; k++) eq = lede__ent_tok_eq(x, i + k, dd.t0 + k);
        if (eq) S_add(x, i, i + len, x->ent.v[S_find(x, ent)].type, H_DESC, ent);
      }
    }
  }
}

/* Does the space-framed list of words hold w (" w ", n bytes)? */
static int S_has_word(const char *list, const char *w, size_t n) {
  size_t ln = strlen(list);
  for (size_t i = 0; i + n <= ln; i++)
    if (list[i] == ' ' && memcmp(list + i, w, n) == 0) return 1;
  return 0;
}

/* lede__ent_role_word, without making a record (the last pass made: it
 * would serve no other) for a plain word that no role opens with its
 * first byte and has its length, as most words after "the". */
static int S_role_word_q(const S_ctx *x, size_t k) {
  return !S_surely_not_in(x, k, lede__lexid_roles) && lede__ent_role_word(x, k);
}

/* The first token of [i, t1) of tv three bytes long, as "the" is; t1 if
 * none. Four tokens a step (with SSE2): most are longer or shorter. */
static inline __attribute__((always_inline)) size_t S_next3(const S_tok *tv, size_t i,
                                                             size_t t1) {
#if defined(__SSE2__) && !defined(LEDE_NO_SSE2)
  const __m128i lenm = _mm_set1_epi32((1 << 26) - 1), three = _mm_set1_epi32(3);
  for (; i + 4 <= t1; i += 4) {
    __m128i lf = S_tok_lf4(tv + i, NULL);
    int mk = _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(_mm_and_si128(lf, lenm), three)));
    if (mk) return i + (size_t)__builtin_ctz((unsigned)mk);
  }
#endif
  for (; i < t1; i++)
    if (tv[i].len == 3) return i;
  return t1;
}

size_t lede__ent_next3(const S_tok *tv, size_t i, size_t t1) {
  return S_next3(tv, i, t1);
}

/* "the defence chief" after "Chief of Defence Staff ... General X": lower-case
 * words all found in one named person's role or title. */
void lede__ent_scan_roles(S_ctx *x) {
  /* At most one person per bit of a size_t (minus the NONE pattern). */
  enum { MAXR = sizeof(size_t) * 8 - 1 };
  size_t roled[MAXR], nr = 0;
  S_map memo = {0};
  int any_role = 0;
  size_t first = SIZE_MAX; /* where the first of them starts */
  for (size_t i = 0; i < x->m.n && nr < MAXR; i++) {
    const S_ment *m = &x->m.v[i];
    if (m->type == LEDE_ENTITY_PERSON && S_ent_of(m) != LEDE_NONE &&
        (S_role1(m) > m->role0 || S_title1(m) > m->title0)) {
      roled[nr++] = i;
      if (S_T(x, m->t0)->start < first) first = S_T(x, m->t0)->start;
      /* A phrase's last word is a role word among the person's words:
       * one of these tokens has its key, so is a role word too. */
      for (size_t k = m->role0; k < S_role1(m) && !any_role; k++)
        any_role = !S_dot(x, k) && lede__ent_role_word(x, k);
      for (size_t k = m->title0; k < S_title1(m) && !any_role; k++)
        any_role = !S_dot(x, k) && lede__ent_role_word(x, k);
    }
  }
  if (!any_role) return;
  /* Each one's role and title words, as " w1 w2 ... " */
  char *words[MAXR];
  for (size_t r = 0; r < nr; r++) {
    const S_ment *m = &x->m.v[roled[r]];
    char buf[S_KEY + 2];
    size_t n = S_key_c(x, m->role0, S_role1(m), buf + 1), n2 = 0;
    char buf2[S_KEY + 2];
    if (S_title1(m) > m->title0) n2 = S_key_c(x, m->title0, S_title1(m), buf2);
    words[r] = NULL;
    if (n + n2 + 4 > S_KEY) continue;
    buf[0] = ' ';
    buf[n + 1] = ' ';
    memcpy(buf + n + 2, buf2, n2);
    buf[n + 2 + n2] = ' ';
    words[r] = lede__strndup(&x->a->scratch, buf, n + n2 + 3);
  }
  for (size_t s = 0; s < x->seg.n; s++) {
    const S_seg *sg = &x->seg.v[s];
    /* (a phrase names only a person named before it) */
    if (sg->mode != M_NORMAL || S_T(x, sg->t1 - 1)->start <= first) continue;
    /* (the segment's tokens are x->shared's, one after another) */
    for (size_t i = sg->t0; (i = S_next3(x->shared, i, sg->t1 - 1)) + 1 < sg->t1; i++) {
      if (!S_is(x, i, "the")) continue;
      size_t k = i + 1;
      while (k < sg->t1 && k <= i + 3 && S_word(S_T(x, k)) &&
             !(S_T(x, k)->flags & (LEDE__T_CAP | LEDE__T_UPPER)) && !S_role_word_q(x, k))
        k++;
      if (k >= sg->t1 || k > i + 3 || !S_role_word_q(x, k) ||
          (S_T(x, k)->flags & (LEDE__T_CAP | LEDE__T_UPPER)) ||
          (x->covered[k] & C_COV))
        continue;
      /* Not "the chief executive of ...": the role word ends the phrase. */
      if (k + 1 < sg->t1 && S_word(S_T(x, k + 1)) &&
          !(S_T(x, k + 1)->flags & (LEDE__T_CAP | LEDE__T_UPPER)) &&
          (S_is(x, k + 1, "of") || S_role_word_q(x, k + 1)))
        continue;
      size_t found = LEDE_NONE;
      int many = 0;
      char wk[4][S_KEY + 2];
      size_t wn[4], nw = 0;
      for (size_t w = i + 1; w <= k && nw < 4; w++, nw++) {
        size_t n = S_key_c(x, w, w + 1, wk[nw] + 1);
        if (!n) break;
        wk[nw][0] = ' ';
        wk[nw][n + 1] = ' ';
        wn[nw] = n + 2;
      }
      if (nw != k - i) continue;
      /* Which people the phrase fits, once per distinct phrase: a bit
       * mask over roled[], so repeats cost no more look-ups. */
      char pk[4 * (S_KEY + 2)];
      size_t pn = 0;
      for (size_t w = 0; w < nw; w++) {
        memcpy(pk + pn, wk[w], wn[w]);
        pn += wn[w];
      }
      size_t *fit = S_map_slot(x, &memo, pk, pn, 1);
      if (*fit == LEDE_NONE) {
        size_t mask = 0;
        for (size_t r = 0; r < nr; r++) {
          int all = words[r] != NULL;
          for (size_t w = 0; w < nw && all; w++)
            all = S_has_word(words[r], wk[w], wn[w]);
          if (all) mask |= (size_t)1 << r;
        }
        fit = S_map_slot(x, &memo, pk, pn, 0);
        *fit = mask;
      }
      size_t mask = *fit;
      for (size_t r = 0; r < nr && !many && mask; r++) {
        if (!((mask >> r) & 1)) continue;
        const S_ment *m = &x->m.v[roled[r]];
        if (S_T(x, m->t0)->start >= S_T(x, i)->start) continue;
        size_t root = S_find(x, S_ent_of(m));
        if (found == LEDE_NONE) found = root;
        else if (found != root) many = 1;
      }
      if (found != LEDE_NONE && !many)
        S_add(x, i + 1, k + 1, LEDE_ENTITY_PERSON, H_ROLE, found);
    }
  }
}

/* A segment of tokens [t0, t1); its mode is settled by lede__ent_modes. */
static void S_add_seg(S_ctx *x, size_t t0, size_t t1, size_t block, int mode) {
  S_seg *sg = LEDE__PUSH(&x->a->scratch, x->seg);
  sg->t0 = t0;
  sg->t1 = t1;
  sg->block = block;
  sg->mode = mode;
  sg->where = 0;
  sg->upper = 0;
  sg->table = 0;
}

/* A furniture line: its own tokens, a segment of their own. A line
 * without a letter or digit names nothing, and gets none: a block of
 * millions of "(" would otherwise make a token of each. The tagger's
 * trainer (keep_ttok) still reads such lines ("---", "* * *"), as the
 * weights were learnt with them. */
static void S_add_line(S_ctx *x, lede_span sp, size_t block, int mode) {
  size_t pos = sp.start, len;
  if (!x->a->keep_ttok) {
    while (pos < sp.end && !S_alnum(lede__cp(x->t, sp.end, pos, &len))) pos += len;
    if (pos >= sp.end) return;
  }
  size_t t0 = S_NT(x);
  lede__ent_tokenize(x, sp, (uint32_t)x->seg.n);
  if (S_NT(x) == t0) return;
  S_add_seg(x, t0, S_NT(x), block, mode);
}

/* Sentences first (their tokens are shared), then furniture lines:
 * titles, standfirst, captions and body by sentence; date and other
 * lines, related links, the dateline and credits as lines. */
void lede__ent_segments(S_ctx *x) {
  lede_article *a = x->a;
  /* Grown by LEDE__PUSH only: large vectors live apart from the arena. */
  for (size_t s = 0; s < a->sents.n; s++) *LEDE__PUSH(&a->scratch, x->segof) = 0;
  for (size_t b = 0; b < a->blocks.n; b++) {
    const lede__block *bl = &a->blocks.v[b];
    for (size_t s = bl->first_sent; s < bl->first_sent + bl->nsents; s++) {
      size_t t0 = a->sent_tok.v[s], t1 = a->sent_tok.v[s + 1];
      if (t1 == t0) continue;
      x->segof.v[s] = (uint32_t)x->seg.n;
      S_add_seg(x, t0, t1, b, bl->part == LEDE_PART_TITLE ? M_HEADLINE : M_NORMAL);
    }
  }
  int dateline_done = 0;
  size_t c = 0; /* captions come in block order: one pass over them */
  for (size_t b = 0; b < a->blocks.n; b++) {
    const lede__block *bl = &a->blocks.v[b];
    /* "LONDON 1996-08-30": furniture lines may name a place. */
    if (bl->part == LEDE_PART_DATE || bl->part == LEDE_PART_OTHER)
      S_add_line(x, lede__s64(bl->span), b, M_LABEL);
    if (bl->part == LEDE_PART_RELATED) S_add_line(x, lede__s64(bl->span), b, M_HEADLINE);
    lede_span d = a->dateline;
    if (!dateline_done && d.end > d.start && d.start >= bl->span.start &&
        d.end <= bl->span.end) {
      size_t n0 = x->seg.n;
      S_add_line(x, d, b, M_LABEL);
      if (x->seg.n > n0) x->seg.v[n0].where = 1;
      dateline_done = 1;
    }
    for (; c < a->captions.n && a->captions.v[c].block <= b; c++) {
      lede_span cr = a->captions.v[c].credit;
      if (a->captions.v[c].block != b || cr.end <= cr.start) continue;
      S_add_line(x, cr, b, M_LABEL);
    }
  }
}

/* Bit b of S_sports2[a]: an entry of lede__lex_sports_words opens with
 * bytes whose low five bits are a and b (made once, S_sports2_make). */
static uint32_t S_sports2[32];
static pthread_once_t S_sports2_once = PTHREAD_ONCE_INIT;
static void S_sports2_make(void) {
  const lede__lexicon *lx = &lede__lex_sports_words;
  for (size_t k = 0; k < lx->n; k++) {
    const char *w = lx->words[k];
    S_sports2[(unsigned char)w[0] & 31] |= (uint32_t)1 << ((unsigned char)w[1] & 31);
  }
}

void lede__ent_sports_init(void) {
  pthread_once(&S_sports2_once, S_sports2_make);
}

/* Is s[0..n) in lede__lex_sports_words? Most words are ruled out by the
 * lengths of its entries opening with their first byte, or by their
 * first two bytes (S_sports2); the others are compared with those few
 * entries, cheaper than a look-up in the word hash. */
static inline __attribute__((always_inline)) int S_sports_word(const char *s, size_t n) {
  const lede__lexicon *lx = &lede__lex_sports_words;
  if (!lede__lex_maybe_id(lede__lexid_sports_words, s, n)) return 0;
  unsigned char c0 = lede__lower[(unsigned char)s[0]];
  /* (entries and the words looked up have two bytes or more) */
  if (!(S_sports2[c0 & 31] >> (lede__lower[(unsigned char)s[1]] & 31) & 1)) return 0;
  for (size_t k = lx->first[c0]; k < lx->first[c0 + 1]; k++) {
    const char *w = lx->words[k];
    size_t j = 1;
    while (j < n && w[j] && (unsigned char)w[j] == lede__lower[(unsigned char)s[j]]) j++;
    if (j == n && !w[n]) return 1;
  }
  return 0;
}

/* Sports words among the n tokens at tk, counted up to want: a loop of
 * its own, whose few values stay in registers. */
size_t __attribute__((noinline))
lede__ent_sports_hits(const char *t, const S_tok *tk, size_t n, size_t want) {
  const uint32_t m = LEDE__T_WORD | LEDE__T_NUM | LEDE__T_CAP | LEDE__T_UPPER;
  /* a word shorter or longer than every entry ("the", "said") is not
   * looked up */
  const size_t lo = lede__lex_sports_words.minlen,
               span = lede__lex_sports_words.maxlen - lo;
  size_t hits = 0;
  const S_tok *end = tk + n;
#if defined(__SSE2__) && !defined(LEDE_NO_SSE2)
  /* Four tokens a step (S_tok_lf4): the lower-case words of such
   * lengths are looked up. */
  const __m128i flm = _mm_set1_epi32((int32_t)(m << 26)),
                word = _mm_set1_epi32(LEDE__T_WORD << 26),
                lenm = _mm_set1_epi32((1 << 26) - 1),
                below = _mm_set1_epi32((int32_t)lo - 1),
                above = _mm_set1_epi32((int32_t)(lo + span) + 1);
  for (; end - tk >= 4; tk += 4) {
    __m128i lf = S_tok_lf4(tk, NULL);
    __m128i len = _mm_and_si128(lf, lenm);
    __m128i ask = _mm_and_si128(_mm_cmpeq_epi32(_mm_and_si128(lf, flm), word),
                                _mm_and_si128(_mm_cmpgt_epi32(len, below),
                                              _mm_cmpgt_epi32(above, len)));
    for (unsigned mk = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(ask)); mk; mk &= mk - 1) {
      const S_tok *w = tk + __builtin_ctz(mk);
      if (S_sports_word(t + w->start, w->len) && ++hits >= want) return hits;
    }
  }
#endif
  for (; tk < end; tk++) {
    size_t len = tk->len;
    if ((tk->flags & m) != LEDE__T_WORD || len - lo > span) continue;
    if (S_sports_word(t + tk->start, len) && ++hits >= want) break;
  }
  return hits;
}

/* What a token of flags f adds to a segment's counts: of its first 64
 * tokens, numbers (bits 0-15), other words (16-31) and words in
 * capitals (32-47); of the rest, other words (0-31) and words in
 * capitals (32-63). Tables by the six bits of a token's flags, so that
 * the loops do not branch. */
#define S_MW(f) (((f) & (LEDE__T_WORD | LEDE__T_NUM)) == LEDE__T_WORD)
#define S_MU(f) (S_MW(f) && ((f) & LEDE__T_UPPER))
#define S_M64(f) ((uint64_t)(((f) & LEDE__T_NUM) != 0) | (uint64_t)(S_MW(f)) << 16 | \
                  (uint64_t)(S_MU(f)) << 32)
#define S_MREST(f) ((uint64_t)(S_MW(f)) | (uint64_t)(S_MU(f)) << 32)
#define S_M4(T, f) T(f), T(f + 1), T(f + 2), T(f + 3)
#define S_M16(T, f) S_M4(T, f), S_M4(T, f + 4), S_M4(T, f + 8), S_M4(T, f + 12)
#define S_M64T(T) S_M16(T, 0), S_M16(T, 16), S_M16(T, 32), S_M16(T, 48)
static const uint64_t S_mode64[64] = {S_M64T(S_M64)};
static const uint64_t S_moderest[64] = {S_M64T(S_MREST)};

/* Over the segments' tokens: mark each segment's first word, settle
 * prose or headline case, tell lines of results (S_seg.table) and
 * whether the text is a sports report (x->sports).
 *
 * Headline case: mostly capitals ("BASEBALL - RESULTS"). Capitalized
 * ordinary words alone ("Gen Ruiz Holds Talks") do not make a headline:
 * the page's title is read as one anyway, and lists of names and results
 * lines in prose look the same.
 * A line of a results table ("Chicago 62 72 .463 12", "Barcelona 3 Real
 * Madrid 2"): more numbers than words among its first 64 tokens.
 * A sports report: two sports words among the first 600 prose words
 * ("innings", "striker"), or two lines of results among the prose
 * segments begun before those 600. */
void lede__ent_modes(S_ctx *x) {
  size_t seen = 0, hits = 0, tables = 0;
  int sports = 0;
  lede__ent_sports_init();
  for (size_t s = 0; s < x->seg.n; s++) {
    S_seg *sg = &x->seg.v[s];
    int label = sg->mode == M_LABEL;
    int scan = !label && !sports && seen < 600, tcount = scan;
    size_t t64 = sg->t1 - sg->t0 > 64 ? sg->t0 + 64 : sg->t1;
    uint64_t c64 = 0, crest = 0;
    for (size_t i = sg->t0; i < t64; i++) c64 += S_mode64[S_T(x, i)->flags];
    size_t nums = c64 & 0xFFFF, twords = c64 >> 16 & 0xFFFF;
    sg->table = nums >= 2 && nums * 2 >= twords;
    if (tcount && sg->table && ++tables >= 2) sports = 1;
    if (label) continue;
    for (size_t i = t64; i < sg->t1; i++) crest += S_moderest[S_T(x, i)->flags];
    size_t words = twords + (crest & 0xFFFFFFFF);
    size_t upper = (c64 >> 32 & 0xFFFF) + (crest >> 32);
    for (size_t i = sg->t0; i < sg->t1; i++)
      if (S_T(x, i)->flags & LEDE__T_WORD) {
        x->covered[i] |= C_INIT;
        break;
      }
    if (scan) {
      /* the words before the 600th of the text */
      size_t lim = sg->t1;
      if (seen + words > 600)
        for (size_t i = sg->t0, k = seen; i < sg->t1; i++)
          if (S_mode64[S_T(x, i)->flags] >> 16 & 1 && ++k == 600) {
            lim = i + 1;
            break;
          }
      seen = seen + words > 600 ? 600 : seen + words;
      hits += lede__ent_sports_hits(x->t, S_T(x, sg->t0), lim - sg->t0, 2 - hits);
      if (hits >= 2) sports = 1;
    }
    /* (the tagger asks it again: it is kept) */
    int m = upper && upper * 10 >= words * 7 ? M_HEADLINE : M_NORMAL;
    sg->upper = m == M_HEADLINE;
    if (sg->mode == M_NORMAL) sg->mode = (signed char)m;
  }
  x->sports = sports;
}
