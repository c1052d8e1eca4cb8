/* Entities, pass 1: runs of capitalized words cut into names, typed by
 * the lists, the gazetteer and their shape; appositions and titles. */
#include "entities_internal.h"

/* ==== Pass 1: runs of capitalized words ================================= */

#define S_MAXDESC 32 /* descriptions tied to an entity, per article */

/* Token i is a dot from here on: it has no record (lede__ent_rec_new makes
 * none), so one made for it before is forgotten, as a cache that had
 * already dropped it would make none again. */
static void S_set_dot(S_ctx *x, size_t i) {
  x->covered[i] |= C_DOT;
  if (S_wid(x, i)) x->wid[i & x->widmask] = 0;
}

S_ment *lede__ent_emit(S_ctx *x, size_t i, size_t j, int type, int how) {
  if (i >= j) return NULL;
  for (size_t k = i; k < j; k++)
    if (x->covered[k] & C_COV) return NULL;
  for (size_t k = i; k < j; k++) x->covered[k] |= C_COV;
  S_ment *m = LEDE__PUSH(&x->a->scratch, x->m);
  memset(m, 0, sizeof *m);
  m->t0 = i;
  m->t1 = j;
  m->block = x->seg.v[S_SG(x, i)].block;
  m->type = type;
  m->how = how;
  m->acr = S_NOACR;
  S_set_ent(m, LEDE_NONE);
  m->tagt = S_NOTAG;
  m->tagw = -1;
  return m;
}

/* A name [i, j) followed by a score in a results table: a team. */
int lede__ent_table_team(const S_ctx *x, size_t i, size_t j) {
  if (j >= S_NT(x) || !S_SG_same(x, i, j)) return 0;
  if (!(S_T(x, j)->flags & LEDE__T_NUM)) return 0;
  return lede__ent_table(x, S_SG(x, i));
}

/* "WASHINGTON", "VAIL, Colorado" heading a report: a dateline's words
 * name where it was filed, so a place that is also a word or a name
 * ("Reading", "Washington") is a place there, as after "in". */
int lede__ent_dateline_place(const S_ctx *x, size_t i) {
  const S_seg *sg = &x->seg.v[S_SG(x, i)];
  if (!sg->where) return 0;
  return i == sg->t0 || (i > sg->t0 && S_is(x, i - 1, ","));
}

/* A place or group from the gazetteer and the lists, for tokens [i, j).
 * strict: the words must be capitalized where they stand (not a
 * sentence's first word, not a headline) when they are also English words. */
int lede__ent_place_type_raw(const S_ctx *x, size_t i, size_t j, int loose,
                             int *town) {
  char buf[S_KEY];
  const char *key = buf;
  size_t n;
  const lede__gaz_entry *g;
  S_wrec *w = j == i + 1 ? S_rec(x, i) : NULL;
  if (w) {
    /* One word: the answer is cached in its record. */
    g = S_rec_gaz(w);
    n = w->len;
    key = w->key;
  } else {
    if (!S_multi(x, i)) return -1;
    n = S_key_c(x, i, j, buf);
    if (!n) return -1;
    g = lede__gaz_find(buf, n);
  }
  if (g) {
    const S_tok *tk = S_T(x, i);
    /* "ILO" in running text is an acronym, not the town of Ilo. */
    if (j == i + 1 && (tk->flags & LEDE__T_UPPER) && tk->len <= 4 &&
        !(g->flags & LEDE__GAZ_CODE) && g->kind != LEDE__GAZ_COUNTRY &&
        x->seg.v[S_SG(x, i)].mode == M_NORMAL)
      g = NULL;
  }
  if (g) {
    const S_tok *tk = S_T(x, i);
    if ((g->flags & LEDE__GAZ_CODE) && !(tk->flags & LEDE__T_UPPER) &&
        !memchr(x->t + tk->start, '.', tk->len))
      g = NULL;
    else if ((g->flags & LEDE__GAZ_AMBIG) && !lede__ent_dateline_place(x, i) &&
             (!(tk->flags & LEDE__T_CAP) || S_init(x, i) || loose ||
              i == 0 || !S_SG_prev(x, i) ||
              !S_in(L_LEX_LOCATIVE_PREPS, x, i - 1, i)))
      g = NULL;
    /* Clubs are named after towns; national sides stay their country. */
    if (g && g->kind != LEDE__GAZ_DEMONYM && g->kind != LEDE__GAZ_COUNTRY &&
        lede__ent_table_team(x, i, j))
      return LEDE_ENTITY_ORGANIZATION;
    if (g) {
      /* Towns and shires, not nations inside a state ("Wales"). */
      *town = g->kind == LEDE__GAZ_CITY ||
              (g->kind == LEDE__GAZ_SUBDIVISION && n > 5 && memcmp(key + n - 5, "shire", 5) == 0);
      return g->kind == LEDE__GAZ_DEMONYM ? LEDE_ENTITY_GROUP : LEDE_ENTITY_PLACE;
    }
  }
  if (w) {
    if (S_in(L_LEX_REGIONS, x, i, j)) return LEDE_ENTITY_PLACE;
    if (S_in(L_LEX_GROUPS, x, i, j)) return LEDE_ENTITY_GROUP;
    return -1;
  }
  if (lede__lex_has(&lede__lex_regions, buf, n)) return LEDE_ENTITY_PLACE;
  if (lede__lex_has(&lede__lex_groups, buf, n)) return LEDE_ENTITY_GROUP;
  return -1;
}

/* Is token i "in", "at", "near" or "outside" in the same sentence? */
int lede__ent_where_prep(const S_ctx *x, size_t i) {
  if (i >= S_NT(x)) return 0;
  const S_tok *tk = S_T(x, i);
  size_t n = tk->len;
  if (n < 2 || n > 7) return 0;
  return S_is(x, i, "in") || S_is(x, i, "at") || S_is(x, i, "near") ||
         S_is(x, i, "outside");
}

/* Token j says the place before it is where or when: "Leeds :" heading
 * results, "LEEDS 1996-08-30" opening a report. */
int lede__ent_venue(const S_ctx *x, size_t j) {
  if (j >= S_NT(x) || !S_SG_prev(x, j)) return 0;
  const S_tok *tk = S_T(x, j);
  const char *s = x->t + tk->start;
  size_t n = tk->len;
  if (n == 1 && (s[0] == ':' || s[0] == '(')) return 1;
  return (tk->flags & LEDE__T_NUM) && n >= 8 && memchr(s, '-', n) != NULL;
}

/* As lede__ent_place_type_raw; in a sports report a town or county that is not
 * where something happens ("in Leeds") is a club: "Leeds beat Derby". */
int lede__ent_place_type(const S_ctx *x, size_t i, size_t j, int loose) {
  int town = 0;
  int r = lede__ent_place_type_raw(x, i, j, loose, &town);
  if (r == LEDE_ENTITY_PLACE && town && x->sports &&
      x->seg.v[S_SG(x, i)].mode != M_LABEL &&
      !(i > 0 && S_SG_prev(x, i) && lede__ent_where_prep(x, i - 1)) &&
      !lede__ent_venue(x, j))
    return LEDE_ENTITY_ORGANIZATION;
  return r;
}

/* A known organization: the list, or a news agency. Short ones (acronyms)
 * only in capitals. */
int lede__ent_known_org(const S_ctx *x, size_t i, size_t j) {
  size_t n;
  if (j == i + 1) {
    if (!S_in(L_LEX_ORGANIZATIONS, x, i, j) && !S_in(L_LEX_AGENCIES, x, i, j))
      return 0;
    const S_wrec *w = S_rec(x, i);
    n = w ? w->len : 0;
  } else {
    if (!S_multi(x, i)) return 0;
    char buf[S_KEY];
    n = S_key_c(x, i, j, buf);
    if (!n) return 0;
    if (!lede__lex_has(&lede__lex_organizations, buf, n) &&
        !lede__lex_has(&lede__lex_agencies, buf, n))
      return 0;
  }
  /* "WHO", "Fed": a short one in capitals, or capitalized inside a
   * sentence ("Who" opening one is a question). */
  const S_tok *tk = S_T(x, i);
  if (j == i + 1 && n <= 4 && !(tk->flags & LEDE__T_UPPER) &&
      (!(tk->flags & LEDE__T_CAP) || S_init(x, i) ||
       x->seg.v[S_SG(x, i)].mode != M_NORMAL))
    return 0;
  return 1;
}

static int S_org_shape(const S_ctx *x, size_t s, size_t e) {
  if (e - s >= 2 && S_in(L_LEX_ORG_WORDS, x, e - 1, e)) return 1;
  if (e - s >= 3 && S_is(x, s + 1, "of") && S_in(L_LEX_ORG_OF_WORDS, x, s, s + 1))
    return 1;
  return 0;
}

/* Are the words of tokens i, i + 1 an entry of the event words ("grand
 * prix")? Most pairs are told no by the first byte and length of the
 * key they would make (each word's record's key, a space between). */
static int S_event2(const S_ctx *x, size_t i) {
  /* (making b's record may move a's: a is asked for again) */
  const S_wrec *b = S_rec(x, i) ? S_rec(x, i + 1) : NULL, *a = b ? S_rec(x, i) : NULL;
  if (b && !lede__lex_maybe_id(lede__lexid_event_words, a->key, a->len + 1 + b->len))
    return 0;
  return S_in(L_LEX_EVENT_WORDS, x, i, i + 2);
}

/* Tokens [s, e) end in an event word after another capitalized word
 * ("Davis Cup", "Asian Games", "Monaco Grand Prix"). */
int lede__ent_event_shape(const S_ctx *x, size_t s, size_t e) {
  if (e - s < 2 || !S_capital(S_T(x, e - 1)) || !S_capital(S_T(x, e - 2)))
    return 0;
  if (e - s >= 3 && S_event2(x, e - 2)) return 1;
  return S_in(L_LEX_EVENT_WORDS, x, e - 1, e);
}

int lede__ent_role_word(const S_ctx *x, size_t i) {
  return S_in(L_LEX_ROLES, x, i, i + 1);
}

static void S_run(S_ctx *x, size_t s, size_t e, size_t acr, int strict);
static void S_one_word(S_ctx *x, size_t s, size_t e, size_t acr);

/* Does the word of token i type nothing alone: it has a record, no place
 * entry, and is in no list that makes one word a place, group,
 * organization, role or title (lede__ent_place_type, lede__ent_known_org,
 * lede__ent_role_word, S_title_len)? Most words; known per record. */
static int S_types_nothing(const S_ctx *x, size_t i) {
  S_wrec *w = S_rec(x, i);
  if (!w) return 0;
  if (!(w->known & W_NOTYPE)) {
    static const unsigned ids[] = {lede__lexid_regions,  lede__lexid_groups,
                                   lede__lexid_organizations, lede__lexid_agencies,
                                   lede__lexid_roles,    LEDE__LEX_ID_TITLE_HEAD};
    const lede__word *wd = S_rec_word(w);
    int any = S_rec_gaz(w) != NULL;
    for (size_t k = 0; k < sizeof ids / sizeof *ids && !any; k++)
      any = lede__word_has_id(wd, ids[k]);
    w->known |= W_NOTYPE;
    if (!any) w->val |= W_NOTYPE;
  }
  return (w->val & W_NOTYPE) != 0;
}

/* A capitalized word whose last hyphenated part is lower case:
 * "Ontario-based", "Family-controlled". */
static int S_modifier(const S_ctx *x, size_t i) {
  const S_tok *tk = S_T(x, i);
  const char *t = x->t;
  size_t h = lede__tend(tk);
  while (h > tk->start && t[h - 1] != '-') h--;
  return h > tk->start + 1 && h < lede__tend(tk) && t[h] >= 'a' && t[h] <= 'z';
}

/* Tokens [s, e) before a title: a role ("Chief of Defence Staff", "National
 * Security Advisor", "Commander <org>") or something else to type. */
static void S_prefix(S_ctx *x, size_t s, size_t e, S_ment *person) {
  if (s >= e) return;
  int first = lede__ent_role_word(x, s), last = lede__ent_role_word(x, e - 1);
  if (!first && !last) {
    S_run(x, s, e, LEDE_NONE, 0);
    return;
  }
  if (person) {
    S_set_role(person, s, e);
  }
  if (first && e - s > 1) {
    size_t k = s + 1;
    if (S_is(x, k, "of")) k++;
    S_run(x, k, e, LEDE_NONE, 1);
  } else if (last && e - s > 1) {
    /* "Pakistani Foreign Minister", "US Secretary": a place or group. */
    for (size_t n = e - 1 - s; n >= 1; n--)
      if (lede__ent_place_type(x, s, s + n, 0) >= 0) {
        lede__ent_emit(x, s, s + n, lede__ent_place_type(x, s, s + n, 0), H_NAME);
        break;
      }
  }
}

/* Tokens [s, e) look like a person's name: two to five capitalized
 * words, none an ordinary word (a first name may be one). */
static int S_person_shape(const S_ctx *x, size_t s, size_t e) {
  if (e - s < 2 || e - s > 5) return 0;
  int first_name = S_in(L_GAZ_FIRST_NAMES, x, s, s + 1);
  int common = 0;
  for (size_t k = s; k < e; k++) {
    if (S_particle(x, k) || (S_dot(x, k)) || S_T(x, k)->len == 1)
      continue;
    if (S_T(x, k)->flags & LEDE__T_UPPER) return 0;
    if (!(S_T(x, k)->flags & LEDE__T_CAP)) return 0;
    if (S_common(x, k) && !(k == s && first_name)) common++;
  }
  return common == 0 || first_name;
}

static S_ment *S_person(S_ctx *x, size_t s, size_t e) {
  while (e > s && S_particle(x, e - 1)) e--;
  return lede__ent_emit(x, s, e, LEDE_ENTITY_PERSON, H_NAME);
}

/* S_run's steps, in the order it tries them; each returns 1 when it has
 * typed the run [s, e) (or left it untyped for good), 0 to go on. */

/* The run's first word is no part of a name (an ordinary word, "the", a
 * modifier): drop it and type the rest; or one word types nothing. */
static int S_run_lead(S_ctx *x, size_t s, size_t e, size_t acr, int strict) {
  /* One word that types nothing alone: of the tests below, only the
   * sentence's first word, "the" and step 8 can answer. */
  if (e - s == 1 && S_types_nothing(x, s)) {
    if ((S_init(x, s) && S_T(x, s)->len > 1 && S_common(x, s)) || S_is(x, s, "the") ||
        S_is(x, s, "a") || S_is(x, s, "an") || strict)
      return 1;
    S_one_word(x, s, e, acr);
    return 1;
  }
  /* "Ontario-based", "Kremlin-backed": a modifier before the name. */
  if (e - s > 1 && S_modifier(x, s)) {
    lede__ent_compound(x, s);
    S_run(x, s + 1, e, acr, strict);
    return 1;
  }
  /* A sentence's first word, when it is an ordinary word: "Later", "The". */
  if ((S_init(x, s)) && S_T(x, s)->len > 1 &&
      !(e - s > 1 && S_in(L_GAZ_FIRST_NAMES, x, s, s + 1)) &&
      (e - s == 1 ? S_common(x, s) : S_in(L_GAZ_TOP_WORDS, x, s, s + 1)) &&
      !S_title_len(x, s, e) &&
      !lede__ent_role_word(x, s) && lede__ent_place_type(x, s, e, 0) < 0 && !lede__ent_known_org(x, s, e) &&
      lede__ent_place_type(x, s, s + 1, 0) < 0 &&
      !(e - s >= 2 && S_org_shape(x, s, e))) {
    S_run(x, s + 1, e, acr, strict);
    return 1;
  }
  if ((S_is(x, s, "the") || S_is(x, s, "a") || S_is(x, s, "an")) &&
      !(s + 1 < e && (S_dot(x, s + 1)))) {
    if (lede__ent_place_type(x, s, e, 0) < 0 && !lede__ent_known_org(x, s, e)) {
      S_run(x, s + 1, e, acr, strict);
      return 1;
    }
  }
  return 0;
}

/* 1. The whole run is a known place, group or organization; or an event
 * by its last word. */
static int S_run_known(S_ctx *x, size_t s, size_t e, size_t acr) {
  S_ment *m = NULL;
  int pt = lede__ent_place_type(x, s, e, 0);
  if (pt >= 0) {
    m = lede__ent_emit(x, s, e, pt, H_NAME);
    if (m) m->sure = S_SURE_GAZ;
  } else if (lede__ent_known_org(x, s, e)) {
    m = lede__ent_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
    if (m) m->sure = S_SURE_LIST;
  }
  if (m || pt >= 0) {
    if (m && acr != LEDE_NONE) m->acr = acr;
    return 1;
  }
  /* Events by their last word: "World Cup", "Australian Open". */
  if (lede__ent_event_shape(x, s, e)) {
    lede__ent_emit(x, s, e, LEDE_ENTITY_EVENT, H_NAME);
    return 1;
  }
  return 0;
}

/* 2. Split at "and" / "&" / "of" unless the run is an organization (org:
 * it has an organization's shape). */
static int S_run_split(S_ctx *x, size_t s, size_t e, size_t acr, int strict, int org) {
  for (size_t k = s + 1; k + 1 < e; k++) {
    /* "Douglas & Lomason", "Procter & Gamble": one firm; "Shares of
     * Acme & Co", "Jo Lee of Smith & Sons": the firm is after "of". */
    if (S_is(x, k, "&")) {
      for (size_t q = k - 1; q > s; q--)
        if (S_is(x, q, "of")) {
          S_run(x, s, q, LEDE_NONE, strict);
          S_run(x, q + 1, e, acr, strict);
          return 1;
        }
      S_ment *m = lede__ent_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
      if (m && acr != LEDE_NONE) m->acr = acr;
      return 1;
    }
    if (S_is(x, k, "and")) {
      if (org && !S_in(L_LEX_ORG_WORDS, x, k - 1, k)) continue;
      S_run(x, s, k, LEDE_NONE, strict);
      S_run(x, k + 1, e, acr, strict);
      return 1;
    }
  }
  return 0;
}

/* 3. Titles: the last chain of titles with a name after it; the name is
 * a person's, the words before the chain a role. */
static int S_run_titles(S_ctx *x, size_t s, size_t e, size_t acr, int strict) {
  size_t cs = LEDE_NONE, ce = 0;
  for (size_t k = s; k < e;) {
    size_t n = S_title_len(x, k, e);
    if (!n) {
      k++;
      continue;
    }
    size_t c0 = k;
    while (k < e && (n = S_title_len(x, k, e)) > 0) k += n;
    if (k < e && !S_is(x, k, "of") && !S_is(x, k, "for") && S_capital(S_T(x, k))) {
      cs = c0;
      ce = k;
    }
  }
  if (cs == LEDE_NONE || strict) return 0;
  S_ment *p = NULL;
  /* "Senator Ann Wolf of Ohio": the place after "of" is no part of the
   * name. */
  size_t pe = e;
  for (size_t k = ce + 2; k + 1 < e && pe == e; k++)
    if (S_is(x, k, "of") && lede__ent_place_type(x, k + 1, e, 0) >= 0) pe = k;
  if (lede__ent_place_type(x, ce, e, 0) >= 0 || lede__ent_known_org(x, ce, e) || S_org_shape(x, ce, e))
    S_run(x, ce, e, LEDE_NONE, 0), pe = e;
  else
    p = S_person(x, ce, pe);
  if (p) {
    p->sure = S_SURE_LIST;
    S_set_title(p, cs, ce);
    /* "... (CDS) General Ruiz": the acronym names the role holder. */
    if (acr != LEDE_NONE) p->acr = acr;
  }
  S_prefix(x, s, cs, p);
  if (pe < e) S_run(x, pe + 1, e, LEDE_NONE, 0);
  return 1;
}

/* A person of an organization, 4. an organization or a place by shape,
 * 5. "X of Y", or a role phrase with no name. */
static int S_run_shapes(S_ctx *x, size_t s, size_t e, size_t acr, int strict, int org) {
  /* "Lynn Reaser of Barnett Banks Inc": a person of an organization. */
  for (size_t k = s + 2; k + 1 < e; k++)
    if (S_is(x, k, "of") && S_person_shape(x, s, k) && !S_org_shape(x, s, k)) {
      S_run(x, s, k, LEDE_NONE, strict);
      S_run(x, k + 1, e, acr, strict);
      return 1;
    }
  /* 4. Organizations by shape. */
  if (org) {
    S_ment *m = lede__ent_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
    if (m && acr != LEDE_NONE) m->acr = acr;
    return 1;
  }
  /* Places by shape: "Grace Road", "Ellis Park". */
  if (e - s >= 2 && S_in(L_LEX_PLACE_WORDS, x, e - 1, e)) {
    lede__ent_emit(x, s, e, LEDE_ENTITY_PLACE, H_NAME);
    return 1;
  }
  /* 5. "X of Y": a role or title of a place ("Prime Minister of Pakistan"). */
  for (size_t k = s + 1; k + 1 < e; k++)
    if (S_is(x, k, "of") || S_is(x, k, "for")) {
      int role = lede__ent_role_word(x, k - 1) || lede__ent_role_word(x, s) || S_title_len(x, s, k);
      S_run(x, s, k, LEDE_NONE, strict || role);
      S_run(x, k + 1, e, acr, strict || role);
      return 1;
    }
  /* A role phrase with no name ("National Security Advisor"). */
  if (lede__ent_role_word(x, s) || lede__ent_role_word(x, e - 1)) {
    S_prefix(x, s, e, NULL);
    return 1;
  }
  return 0;
}

/* 6. A group or place first: "Kurdish PKK", "Russian Alexei ...";
 * not a first name ("Paul Johnson", "Jordan Henderson"). Or a name
 * ending in a place. */
static int S_run_place_first(S_ctx *x, size_t s, size_t e, size_t acr, int strict) {
  S_ment *m;
  if (!(e - s >= 2 && !S_in(L_GAZ_FIRST_NAMES, x, s, s + 1))) return 0;
  for (size_t n = e - s - 1; n >= 1; n--) {
    int t = lede__ent_place_type(x, s, s + n, 1);
    if (t < 0) continue;
    /* Then a known name or a person: two things. Else one name
     * built on a place: "New York Yankees", "Moscow Dynamo". */
    if (t == LEDE_ENTITY_GROUP || lede__ent_known_org(x, s + n, e) ||
        lede__ent_place_type(x, s + n, e, 0) >= 0 || S_person_shape(x, s + n, e)) {
      lede__ent_emit(x, s, s + n, t, H_NAME);
      S_run(x, s + n, e, acr, strict);
      return 1;
    }
    if (strict) return 1;
    m = lede__ent_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
    if (m && acr != LEDE_NONE) m->acr = acr;
    return 1;
  }
  /* A name ending in a place: "Real Madrid", "Bayer Leverkusen"; not
   * "Eastern Ukraine". */
  int town = 0;
  if (!strict && lede__ent_place_type_raw(x, e - 1, e, 1, &town) == LEDE_ENTITY_PLACE &&
      !S_in(L_LEX_PLACE_STOP, x, e - 2, e - 1) && !S_title_len(x, s, e) &&
      !S_person_shape(x, s, e - 1)) {
    m = lede__ent_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
    if (m && acr != LEDE_NONE) m->acr = acr;
    return 1;
  }
  return 0;
}

/* Type the run of capitalized tokens [s, e); acr is the token of an
 * acronym defined after it in brackets, or NONE. strict: only what a list
 * or a shape says (inside a role phrase). */
static void S_run(S_ctx *x, size_t s, size_t e, size_t acr, int strict) {
  /* Connectors and dots never open or close a name. */
  while (s < e && (!S_capital(S_T(x, s)) || S_calendar(x, s))) s++;
  while (e > s && (!S_capital(S_T(x, e - 1)) || S_calendar(x, e - 1))) e--;
  if (s >= e) return;
  if (S_run_lead(x, s, e, acr, strict)) return;
  if (S_run_known(x, s, e, acr)) return;
  int org = S_org_shape(x, s, e);
  if (S_run_split(x, s, e, acr, strict, org)) return;
  if (S_run_titles(x, s, e, acr, strict)) return;
  if (S_run_shapes(x, s, e, acr, strict, org)) return;
  if (S_run_place_first(x, s, e, acr, strict)) return;
  if (strict) return;
  /* An acronym defined for a phrase: "Inter-Services Public Relations". */
  if (acr != LEDE_NONE && e - s >= 2) {
    S_ment *m = lede__ent_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
    if (m) m->acr = acr;
    return;
  }
  /* 7. People by shape. */
  if (e - s >= 2) {
    if (S_person_shape(x, s, e)) {
      S_ment *m = S_person(x, s, e);
      if (m && acr != LEDE_NONE) m->acr = acr;
    }
    return;
  }
  S_one_word(x, s, e, acr);
}

/* 8. One word [s, e): an acronym, a first name, or unknown till pass 2. */
static void S_one_word(S_ctx *x, size_t s, size_t e, size_t acr) {
  S_ment *m;
  if (S_T(x, s)->flags & LEDE__T_UPPER) {
    if (e - s == 1 && S_T(x, s)->len <= 8) {
      m = lede__ent_emit(x, s, e, X_UNKNOWN, H_NAME);
      if (m) m->upper_only = 1;
    }
    return;
  }
  if (S_has_byte(x->t + S_T(x, s)->start, S_T(x, s)->len, '-')) {
    size_t before = x->m.n;
    lede__ent_compound(x, s);
    if (x->m.n > before) return;
    /* "Bre-X", "Nagorno-Karabakh": a name of its own; not "Kremlin-backed". */
    size_t h = lede__tend(S_T(x, s)), hl;
    while (h > S_T(x, s)->start && x->t[h - 1] != '-') h--;
    if (h == S_T(x, s)->start || h >= lede__tend(S_T(x, s)) ||
        !lede__is_upper(lede__cp(x->t, lede__tend(S_T(x, s)), h, &hl)))
      return;
    x->covered[s] &= (unsigned char)~C_COV;
  }
  if (S_common(x, s) && (S_init(x, s))) return;
  m = lede__ent_emit(x, s, e, X_UNKNOWN, H_NAME);
  if (m && acr != LEDE_NONE) m->acr = acr;
}

/* A lower-case hyphenated word with a place or group inside:
 * "intra-Kenyan", "Kenyan-led", "US-backed", "al-Qaeda". */
void lede__ent_compound(S_ctx *x, size_t i) {
  const S_tok *tk = S_T(x, i);
  if ((x->covered[i] & C_COV) || !S_has_byte(x->t + tk->start, tk->len, '-')) return;
  if (lede__ent_known_org(x, i, i + 1)) {
    lede__ent_emit(x, i, i + 1, LEDE_ENTITY_ORGANIZATION, H_NAME);
    return;
  }
  /* Cut at hyphens into sub-tokens pushed at the end of the token list:
   * mentions then point at them. */
  size_t s = tk->start, end = lede__tend(tk), len;
  uint32_t seg = S_SG(x, i), flags = tk->flags;
  for (size_t p = s; p <= end; p++) {
    if (p < end && x->t[p] != '-') continue;
    if (p > s) {
      int32_t c = lede__cp(x->t, p, s, &len);
      if (lede__is_upper(c) && !(s == tk->start && p == end) && S_NT(x) + 1 < x->maxtok) {
        /* Look the part up through a token of its own. */
        lede__ent_push_tok(x, s, p, seg);
        tk = S_T(x, i);
        size_t ti = S_NT(x) - 1;
        int ty = lede__ent_place_type(x, ti, ti + 1, 1);
        if (ty >= 0 && (!(flags & LEDE__T_UPPER) || (S_T(x, ti)->flags & LEDE__T_UPPER))) {
          S_ment *m = LEDE__PUSH(&x->a->scratch, x->m);
          memset(m, 0, sizeof *m);
          m->t0 = ti;
          m->t1 = ti + 1;
          m->block = x->seg.v[seg].block;
          m->type = ty;
          m->how = H_NAME;
          m->acr = S_NOACR;
          S_set_ent(m, LEDE_NONE);
          m->tagt = S_NOTAG;
          m->tagw = -1;
        } else {
          x->nextra--;
          x->xseg.n--;
        }
      }
    }
    s = p + 1;
  }
  x->covered[i] |= C_COV;
}

/* "the bank's research arm, the BRI": a description before ", the X". */
static void S_apposition(S_ctx *x, size_t i, S_ment *target, size_t t0) {
  /* i: the comma before "the". */
  if (x->desc.n >= S_MAXDESC || !target) return;
  size_t k = i, lo = t0;
  int words = 0;
  while (k > lo && words < 5) {
    const S_tok *tk = S_T(x, k - 1);
    if (!(tk->flags & LEDE__T_WORD) || (tk->flags & LEDE__T_NUM)) break;
    if ((tk->flags & (LEDE__T_CAP | LEDE__T_UPPER)) && !S_init(x, k - 1))
      return;
    k--;
    words++;
  }
  if (words < 2 || (k > lo && !(S_T(x, k - 1)->flags & LEDE__T_PUNCT))) return;
  if (S_T(x, i - 1)->flags & LEDE__T_CAP) return;
  if (S_poss(x, S_T(x, i - 1))) return;
  /* The same description again adds nothing. */
  for (size_t q = 0; q < x->desc.n; q++) {
    const S_desc *o = &x->desc.v[q];
    if (o->t1 - o->t0 != i - k) continue;
    int eq = 1;
    for (size_t w = 0; w < i - k && eq; w++) eq = lede__ent_tok_eq(x, o->t0 + w, k + w);
    if (eq) return;
  }
  S_desc *d = LEDE__PUSH(&x->a->scratch, x->desc);
  d->t0 = k;
  d->t1 = i;
  d->ment = (size_t)(target - x->m.v);
}

/* "the Russian foreign ministry": a demonym, lower-case words, a head;
 * asked of the tokens [a, b) of segment sg, in order. Pass 1 asks it as
 * it goes of each word followed by a lower-case one, before it types the
 * run the word ends (or a month), as if it had asked every token of the
 * segment first: nothing typed before covers a token of a later run, and
 * a word before a capital, a dot or a bracket is never one. */
static inline __attribute__((always_inline)) void S_demonym_orgs(S_ctx *x, const S_seg *sg,
                                                                 size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    const S_tok *tk = S_T(x, i);
    if (!(tk->flags & LEDE__T_CAP) || (x->covered[i] & C_COV) || i + 1 >= sg->t1 ||
        !S_word(S_T(x, i + 1)) || (S_T(x, i + 1)->flags & LEDE__T_CAP))
      continue;
    /* A group is a demonym of the gazetteer or a word of the groups
     * list: most words are neither. */
    S_wrec *rec = S_rec(x, i);
    if (rec) {
      const lede__gaz_entry *g = S_rec_gaz(rec);
      if (!(g && g->kind == LEDE__GAZ_DEMONYM) && !S_in(L_LEX_GROUPS, x, i, i + 1)) continue;
    }
    if (lede__ent_place_type(x, i, i + 1, 0) != LEDE_ENTITY_GROUP) continue;
    for (size_t k = i + 1; k < sg->t1 && k <= i + 3; k++) {
      const S_tok *w = S_T(x, k);
      if (!S_word(w) || (w->flags & LEDE__T_CAP)) break;
      if (S_in(L_LEX_ORG_HEADS_LOWER, x, k, k + 1)) {
        S_ment *m = lede__ent_emit(x, i, k + 1, LEDE_ENTITY_ORGANIZATION, H_NAME);
        if (m) m->sure = S_SURE_LIST;
        break;
      }
    }
  }
}

/* The same, out of line, where pass 1 rarely asks. */
static __attribute__((noinline)) void S_demonym_orgs_rare(S_ctx *x, const S_seg *sg, size_t a,
                                                          size_t b) {
  S_demonym_orgs(x, sg, a, b);
}

/* Does pass 1 stop at token tk, the next hyphen being at h: one with a
 * capital, or a lower-case word ending past h? (It asks of the words
 * among them; lede__ent_skip passes over the others.) */
static inline int S_skip_stop(const S_tok *tk, uint32_t h) {
  if (tk->flags & (LEDE__T_CAP | LEDE__T_UPPER)) return 1;
  return (tk->flags & (LEDE__T_WORD | LEDE__T_NUM)) == LEDE__T_WORD &&
         tk->start + tk->len > h;
}

static inline __attribute__((always_inline)) size_t S_skip(const S_tok *tv, size_t i,
                                                            size_t t1, size_t hy) {
  /* (token ends and text offsets fit 32 bits: see lede__token) */
  uint32_t h = hy > UINT32_MAX ? UINT32_MAX : (uint32_t)hy;
#if defined(__SSE2__) && !defined(LEDE_NO_SSE2)
  /* Four tokens a step; each is its start and a word of its length and
   * flags (the flags the top six bits). */
  const __m128i zero = _mm_setzero_si128();
  if (i < t1 && h >= lede__tend(&tv[t1 - 1])) {
    /* No hyphen before the end: the capitals alone. */
    const __m128i capm = _mm_set_epi32((LEDE__T_CAP | LEDE__T_UPPER) << 26, 0,
                                       (LEDE__T_CAP | LEDE__T_UPPER) << 26, 0);
    for (; i + 4 <= t1; i += 4) {
      __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(tv + i));
      __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(tv + i + 2));
      __m128i c = _mm_and_si128(_mm_or_si128(a, b), capm);
      if (_mm_movemask_epi8(_mm_cmpeq_epi32(c, zero)) != 0xFFFF) break;
    }
  } else {
    const __m128i capm = _mm_set1_epi32((LEDE__T_CAP | LEDE__T_UPPER) << 26),
                  kindm = _mm_set1_epi32((LEDE__T_WORD | LEDE__T_NUM | LEDE__T_CAP |
                                          LEDE__T_UPPER) << 26),
                  lword = _mm_set1_epi32(LEDE__T_WORD << 26),
                  lenm = _mm_set1_epi32((1 << 26) - 1), sign = _mm_set1_epi32(INT32_MIN),
                  hv = _mm_set1_epi32((int32_t)(h ^ 0x80000000u));
    for (; i + 4 <= t1; i += 4) {
      __m128i st, lf = S_tok_lf4(tv + i, &st);
      __m128i nocap = _mm_cmpeq_epi32(_mm_and_si128(lf, capm), zero);
      __m128i lw = _mm_cmpeq_epi32(_mm_and_si128(lf, kindm), lword);
      __m128i end = _mm_add_epi32(st, _mm_and_si128(lf, lenm));
      __m128i past = _mm_cmpgt_epi32(_mm_xor_si128(end, sign), hv);
      /* a lane goes on: no capital, and no lower-case word past h */
      int on = _mm_movemask_ps(_mm_castsi128_ps(_mm_andnot_si128(_mm_and_si128(lw, past), nocap)));
      if (on != 0xF) return i + (size_t)__builtin_ctz((unsigned)~on);
    }
  }
#endif
  for (; i < t1; i++)
    if (S_skip_stop(&tv[i], h)) return i;
  return t1;
}

size_t lede__ent_skip(const S_tok *tv, size_t i, size_t t1, size_t hy) {
  return S_skip(tv, i, t1, hy);
}

void lede__ent_pass1(S_ctx *x, const S_seg *sg) {
  size_t i = sg->t0;
  if (i >= sg->t1) return;
  /* The segment's next hyphen at or after a word (SIZE_MAX: none), looked
   * for again once the words pass it: its text is read once. */
  size_t hy = 0, send = lede__tend(S_T(x, sg->t1 - 1));
  while (i < sg->t1) {
    if (!S_capital(S_T(x, i))) {
      /* (a hyphen joins two letters or digits: three bytes at least) */
      const S_tok *tk = S_T(x, i);
      if (S_word(tk) && tk->len >= 3) {
        if (hy < tk->start) {
          const char *p = memchr(x->t + tk->start, '-', send - tk->start);
          hy = p ? (size_t)(p - x->t) : SIZE_MAX;
        }
        if (hy < lede__tend(tk)) lede__ent_compound(x, i);
      }
      i = S_skip(x->shared, i + 1, sg->t1, hy);
      continue;
    }
    if (S_calendar(x, i)) {
      S_demonym_orgs(x, sg, i, i + 1);
      i++;
      continue;
    }
    /* Collect the run. */
    size_t j = i, acr = LEDE_NONE;
    while (j < sg->t1 && j - i < S_RUN) {
      const S_tok *tk = S_T(x, j);
      if (S_capital(tk) && !S_calendar(x, j)) {
        if (!(tk->flags & LEDE__T_CAP) && j > i) S_demonym_orgs_rare(x, sg, j - 1, j);
        /* "Dr." "Lt. Col.", "M. Waugh": a dot after a title or an
         * initial stays in the run. */
        if (j + 2 < sg->t1 && S_T(x, j + 1)->len == 1 &&
            x->t[S_T(x, j + 1)->start] == '.' && S_capital(S_T(x, j + 2)) &&
            (S_in(L_LEX_TITLES, x, j, j + 1) || tk->len == 1 ||
             S_in(L_LEX_ABBREV_TITLE, x, j, j + 1))) {
          S_set_dot(x, j + 1);
          j += 2;
          continue;
        }
        j++;
        continue;
      }
      /* Lower-case particles and connectors between capitals. */
      if (S_word(tk) && j + 1 < sg->t1 &&
          (S_capital(S_T(x, j + 1)) ||
           (j + 2 < sg->t1 && S_capital(S_T(x, j + 2)) && S_particle(x, j + 1))) &&
          (S_particle(x, j) || S_is(x, j, "of") || S_is(x, j, "for") ||
           S_is(x, j, "and") || S_is(x, j, "&") || S_is(x, j, "al-"))) {
        S_demonym_orgs(x, sg, j - 1, j); /* a word before a lower-case one */
        j++;
        continue;
      }
      if (tk->len == 1 && x->t[tk->start] == '&' && j + 1 < sg->t1 &&
          S_capital(S_T(x, j + 1))) {
        j++;
        continue;
      }
      /* "(CDS)": an acronym defined for what precedes. */
      if (acr == LEDE_NONE && x->t[tk->start] == '(' && j + 2 < sg->t1 &&
          (S_T(x, j + 1)->flags & LEDE__T_UPPER) && x->t[S_T(x, j + 2)->start] == ')') {
        acr = j + 1;
        x->covered[j + 1] |= C_COV;
        if (j + 3 < sg->t1 && S_capital(S_T(x, j + 3))) {
          /* The name goes on after the brackets: keep one run, but type
           * the part before as its own. */
          size_t k = j + 3;
          while (k < sg->t1 && k - j < S_RUN &&
                 ((S_capital(S_T(x, k)) && !S_calendar(x, k)) ||
                  (S_dot(x, k)) ||
                  (S_word(S_T(x, k)) && k + 1 < sg->t1 && S_capital(S_T(x, k + 1)) &&
                   S_particle(x, k))))
            k++;
          /* Titles after the brackets: the part before is a role. */
          if (S_title_len(x, j + 3, k)) {
            S_demonym_orgs_rare(x, sg, j + 3, k);
            S_run(x, j + 3, k, acr, 0);
            S_ment *p = x->m.n ? &x->m.v[x->m.n - 1] : NULL;
            if (p && p->type == LEDE_ENTITY_PERSON && p->t0 > j) {
              if (lede__ent_role_word(x, i) || lede__ent_role_word(x, j - 1)) {
                S_set_role(p, i, j);
              }
              p->acr = acr;
            } else {
              S_run(x, i, j, acr, 0);
            }
            i = k;
            goto next;
          }
        }
        S_run(x, i, j, acr, 0);
        i = j + 3;
        goto next;
      }
      break;
    }
    S_demonym_orgs(x, sg, j - 1, j);
    S_run(x, i, j, LEDE_NONE, 0);
    /* "..., the BRI,": an apposition. */
    if (j == i + 1 && (S_T(x, i)->flags & LEDE__T_UPPER) && i >= sg->t0 + 2 &&
        S_is(x, i - 1, "the") && x->t[S_T(x, i - 2)->start] == ',' && x->m.n &&
        x->m.v[x->m.n - 1].t0 == i)
      S_apposition(x, i - 2, &x->m.v[x->m.n - 1], sg->t0);
    i = j > i ? j : i + 1;
  next:;
  }
}

