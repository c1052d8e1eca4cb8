/* Entities: the words of a text, their look-up keys and records, and
 * the hash maps of keys. */
#include "entities_internal.h"
#include "wordhash.h"

/* ==== Tokens ============================================================ */

void lede__ent_push_tok(S_ctx *x, size_t s, size_t e, uint32_t seg) {
  const char *t = x->t;
  size_t len;
  uint32_t f = 0;
  int32_t c0 = lede__cp(t, e, s, &len);
  if (S_alnum(c0)) {
    f |= LEDE__T_WORD;
    if (lede__is_digit(c0)) f |= LEDE__T_NUM;
    if (lede__is_upper(c0)) f |= LEDE__T_CAP;
    int letters = 0, upper = 1;
    for (size_t i = s; i < e; i += len) {
      int32_t c = lede__cp(t, e, i, &len);
      if (lede__is_letter(c)) {
        letters++;
        if (!lede__is_upper(c)) upper = 0;
      }
    }
    if (letters >= 2 && upper) f |= LEDE__T_UPPER;
  } else {
    f |= LEDE__T_PUNCT;
  }
  if (x->covered && S_NT(x) >= x->covcap) {
    size_t old = x->covcap;
    lede__vec_reserve(&x->a->scratch, (void **)&x->covered, &x->covcap, 1,
                      old + old / 8 + 64);
    memset(x->covered + old, 0, x->covcap - old);
  }
  if (x->wid && S_NT(x) < x->maxtok) { /* a reused index */
    if (!x->widtag && S_NT(x) >= x->widcap) {
      size_t old = x->widcap;
      lede__vec_reserve(&x->a->scratch, (void **)&x->wid, &x->widcap,
                        sizeof *x->wid, old + old / 8 + 64);
      memset(x->wid + old, 0, (x->widcap - old) * sizeof *x->wid);
      x->widlim = x->widcap < x->maxtok ? x->widcap : x->maxtok;
      x->widfast = x->widlim;
    }
    x->wid[S_NT(x) & x->widmask] = 0;
  }
  if (x->covered) x->covered[S_NT(x)] = 0; /* one dropped may have been here */
  /* Past the article's tokens, in their vector: prose has room to
   * spare there (lede__tokenize), and it grows by little if not. */
  lede_article *a = x->a;
  size_t at = S_NT(x);
  if (at >= a->tokens.cap) {
    lede__vec_reserve(&a->arena, (void **)&a->tokens.v, &a->tokens.cap,
                      sizeof *a->tokens.v, at + at / 8 + 64);
    x->shared = a->tokens.v;
  }
  S_tok *tk = &a->tokens.v[at];
  x->nextra++;
  tk->start = (uint32_t)s;
  tk->len = (uint32_t)(e - s);
  tk->flags = f;
  *LEDE__PUSH(&x->a->scratch, x->xseg) = seg;
}

/* Tokens of a furniture span (dateline, credit, related link), cut like
 * the tokenizer cuts sentences. */
void lede__ent_tokenize(S_ctx *x, lede_span sp, uint32_t seg) {
  const char *t = x->t;
  size_t pos = sp.start, end = sp.end, len, l2;
  while (pos < end) {
    int32_t c = lede__cp(t, end, pos, &len);
    if (lede__is_space(c)) {
      pos += len;
      continue;
    }
    if (!S_alnum(c)) {
      lede__ent_push_tok(x, pos, pos + len, seg);
      pos += len;
      continue;
    }
    size_t s = pos;
    /* a word stops at the longest a token holds, the rest another */
    size_t wend = end - pos > LEDE__TOK_MAXLEN ? pos + LEDE__TOK_MAXLEN : end;
    pos += len;
    while (pos < wend) {
      int32_t d = lede__cp(t, end, pos, &len);
      if (S_alnum(d)) {
        pos += len;
        continue;
      }
      int joins = d == '\'' || d == 0x2019 || d == '-' || d == 0x2010 ||
                  d == '.' || d == '&';
      if (joins && pos + len < end && S_alnum(lede__cp(t, end, pos + len, &l2))) {
        pos += len + l2;
        continue;
      }
      break;
    }
    /* A possessive 's is a token of its own. */
    if (pos - s > 3 && (t[pos - 1] == 's' || t[pos - 1] == 'S')) {
      size_t p = lede__cp_prev(t, pos - 1);
      int32_t q = lede__cp(t, pos, p, &len);
      if ((q == '\'' || q == 0x2019) && p > s) {
        lede__ent_push_tok(x, s, p, seg);
        lede__ent_push_tok(x, p, pos, seg);
        continue;
      }
    }
    lede__ent_push_tok(x, s, pos, seg);
  }
}

/* ==== Keys ==============================================================
 * A look-up key: the words of tokens [i, j) in lower case, one space
 * between them, ’ as ', dots of "U.S." dropped, lone "." tokens skipped.
 * Returns the length, or 0 if it does not fit. */

size_t lede__ent_key_tok(const S_ctx *x, const S_tok *tk, char *buf, size_t n) {
  const char *t = x->t;
  size_t len;
  /* (in locals: a store to buf may alias *tk) */
  const size_t start = tk->start, end = lede__tend(tk);
  /* "U.S.", "U.N.": single letters between dots. */
  int dotted = 0;
  if (end - start >= 3 && t[start + 1] == '.') {
    dotted = 1;
    for (size_t i = start; i < end; i++)
      if ((i - start) % 2 == 1 ? t[i] != '.' : !((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z'))
        dotted = 0;
  }
  size_t i = start;
  /* Most keys are ASCII and fit: one fold a byte up to the first byte
   * that is not. */
  if (!dotted && n + (end - start) < S_KEY) {
    for (; i < end; i++) {
      unsigned char b = (unsigned char)t[i];
      if (b >= 0x80) break;
      buf[n++] = (char)lede__lower[b];
    }
  }
  for (; i < end; i += len) {
    unsigned char b = (unsigned char)t[i];
    if (b < 0x80) {
      len = 1;
      if (dotted && b == '.') continue;
      if (n + 1 >= S_KEY) return 0;
      buf[n++] = (char)lede__lower[b];
      continue;
    }
    int32_t c = lede__cp(t, end, i, &len);
    if (c < 0) return 0;
    if (c == 0x2019 || c == 0x2018) c = '\'';
    else if (c == 0x2010) c = '-';
    else if (c >= 'A' && c <= 'Z') c |= 0x20;
    else if (c >= 0x80) c = utf8proc_tolower(c);
    n = S_put_cp(buf, n, c);
    if (!n) return 0;
  }
  return n;
}

/* memcpy(d, s, n) for a short key: eight bytes a step, in loads and
 * stores that overlap rather than pass n. */
static inline void S_copy_key(char *d, const char *s, size_t n) {
  if (n >= 8) {
    uint64_t w;
    for (size_t k = 0; k + 8 < n; k += 8) {
      memcpy(&w, s + k, 8);
      memcpy(d + k, &w, 8);
    }
    memcpy(&w, s + n - 8, 8);
    memcpy(d + n - 8, &w, 8);
  } else if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4);
    memcpy(d, &lo, 4);
    memcpy(d + n - 4, &hi, 4);
  } else {
    for (size_t k = 0; k < n; k++) d[k] = s[k];
  }
}

size_t lede__ent_key(const S_ctx *x, size_t i, size_t j, char *buf) {
  size_t n = 0;
  for (size_t k = i; k < j; k++) {
    const S_tok *tk = S_T(x, k);
    if (S_dot(x, k)) continue;
    if (n) {
      if (n + 1 >= S_KEY) return 0;
      buf[n++] = ' ';
    }
    /* A word with a record has its key made: copied, when it fits with
     * room to spare (lede__ent_key_tok's checks could not have failed). */
    uint32_t wk = j > i + 1 ? S_wid(x, k) : 0;
    if (wk) {
      const S_wrec *r = &x->recs.v[wk - 1];
      if (n + r->len + 4 < S_KEY) {
        S_copy_key(buf + n, r->key, r->len);
        n += r->len;
        continue;
      }
    }
    size_t m = lede__ent_key_tok(x, tk, buf, n);
    if (!m) return 0;
    n = m;
  }
  return n;
}

/* ==== Look-ups ========================================================== */

const lede__gaz_entry *lede__gaz_find(const char *s, size_t n) {
  /* keys match byte for byte */
  return S_gaz_of(lede__word_find(s, n), s, n);
}

const lede__lexicon *const lede__ent_lists[L_N] = {
    &lede__gaz_common_words, &lede__gaz_first_names, &lede__gaz_top_words,
    &lede__lex_titles,       &lede__lex_roles,       &lede__lex_name_particles,
    &lede__lex_org_words,    &lede__lex_org_of_words, &lede__lex_place_words,
    &lede__lex_place_stop,   &lede__lex_locative_preps, &lede__lex_groups,
    &lede__lex_abbrev_title, &lede__lex_org_heads_lower, &lede__lex_regions,
    &lede__lex_organizations, &lede__lex_agencies,   &lede__lex_event_words};

/* Does the ASCII word s[0..n) hold a capital? Eight bytes a step, in
 * loads that overlap rather than read past n. */
static inline int S_has_upper(const char *s, size_t n) {
  uint64_t w;
  if (n < 4) {
    for (size_t j = 0; j < n; j++)
      if ((unsigned)(unsigned char)s[j] - 'A' < 26u) return 1;
    return 0;
  }
  if (n <= 8) {
    w = lede__le32(s) | lede__le32(s + n - 4) << 32;
    return lede__fold_case(w) != w;
  }
  for (size_t j = 0;; j += 8) {
    if (j + 8 > n) j = n - 8;
    memcpy(&w, s + j, 8);
    if (lede__fold_case(w) != w) return 1;
    if (j + 8 == n) return 0;
  }
}

/* d[0..n) = s[0..n) in ASCII lower case (lede__lower of each byte),
 * eight bytes a step. */
static inline void S_fold_copy(char *d, const char *s, size_t n) {
  uint64_t w;
  if (n < 8) {
    for (size_t j = 0; j < n; j++) d[j] = (char)lede__lower[(unsigned char)s[j]];
    return;
  }
  for (size_t j = 0;; j += 8) {
    if (j + 8 > n) j = n - 8;
    memcpy(&w, s + j, 8);
    w = lede__fold_case(w);
    memcpy(d + j, &w, 8);
    if (j + 8 == n) return;
  }
}

S_wrec *lede__ent_rec_new(const S_ctx *x, size_t i) {
  if (x->covered[i] & C_DOT) return NULL;
  const S_tok *tk = S_T(x, i);
  const char *k = x->t + tk->start;
  size_t n = tk->len;
  char buf[S_KEY];
  /* A plain word (ASCII, not dotted like "U.S.", short enough: its key
   * is itself in lower case) is hashed and compared as it stands,
   * folded; its key is made only for a new record. */
  uint64_t bits;
  uint32_t hv = lede__word_hash_bits(k, n, 1, &bits);
  int plain = !(bits & 0x8080808080808080u) && n < S_KEY && !(n >= 3 && k[1] == '.');
  if (!plain) {
    n = lede__ent_key_tok(x, tk, buf, 0);
    if (!n) return NULL;
    k = buf;
    hv = lede__word_hash(k, n, 1);
  }
  S_map *m = x->words;
  lede__arena *ar = &x->a->scratch;
  if ((m->n + 1) * 2 > m->cap) lede__ent_map_grow(ar, m, m->cap ? m->cap * 2 : 64, 1);
  size_t h = (size_t)hv & (m->cap - 1);
  for (; m->v[h].key; h = (h + 1) & (m->cap - 1)) {
    const S_slot *sl = &m->v[h];
    if (sl->len != n) continue;
    if (plain ? lede__key_eq(k, sl->key, n, 1) : memcmp(sl->key, k, n) == 0) break;
  }
  const lede__word *wd = NULL;
  if (!m->v[h].key) {
    /* A plain word in lower case is its own key, read in the text (keys
     * are read with their length); so is one the word hash has, its
     * entry's key (the word in lower case); others are copied, in lower
     * case (a key made in buf is already). */
    const char *key = k;
    if (plain) {
      wd = lede__word_find_h(k, n, hv);
      if (wd) key = wd->key;
    }
    if (!plain || (!wd && S_has_upper(k, n))) {
      char *cp = lede__alloc(ar, n + 1);
      if (plain) S_fold_copy(cp, k, n);
      else memcpy(cp, k, n);
      cp[n] = '\0';
      key = cp;
    }
    m->v[h].key = key;
    m->v[h].len = n;
    m->v[h].val = x->recs.n;
    m->n++;
    S_wrec *r = LEDE__PUSH(ar, x->self->recs);
    r->key = key;
    r->len = n;
    r->known = r->val = 0;
    r->gaz = -2;
    r->count = 0;
    r->vote = UINT32_MAX;
    r->hash = hv;
    r->lists[0] = r->lists[1] = 0;
    if (plain) { /* its entry, looked up above (S_rec_word) */
      r->word = wd;
      r->known = W_WORD;
      if (wd) {
        r->lists[0] = wd->lists[0];
        r->lists[1] = wd->lists[1];
      }
    }
  }
  size_t v = m->v[h].val;
  x->wid[i & x->widmask] = (uint32_t)v + 1;
  if (x->widtag) x->widtag[i & x->widmask] = (uint32_t)i;
  S_wrec *r = &x->recs.v[v];
  /* A plain word's entry in the word hash is its record's (the same
   * key): looked up once a distinct word, and given to the token for
   * the stages after (lede__tok_word). */
  if (plain && x->a->tok_word) lede__tok_word_put(x->a, i, S_rec_word(r));
  return r;
}

int lede__ent_in_slow(int k, const S_ctx *x, size_t i, size_t j) {
  const lede__lexicon *lx = lede__ent_lists[k];
  if (j == i + 1) {
    S_wrec *r = S_rec(x, i);
    if (r) {
      if (!(r->known & (1u << k))) {
        r->known |= 1u << k;
        if (lede__word_in(S_rec_word(r), lx)) r->val |= 1u << k;
      }
      return (r->val >> k) & 1;
    }
  }
  char buf[S_KEY];
  size_t n = S_key_c(x, i, j, buf);
  return n && lede__lex_has(lx, buf, n);
}

/* Never part of a name: months and weekdays. */
int lede__ent_calendar_word(const S_ctx *x, size_t i) {
  const S_tok *tk = S_T(x, i);
  size_t n = tk->len;
  const char *s = x->t + tk->start;
  if (n < 3 || n > 9) return 0;
  S_wrec *w = S_rec(x, i);
  if (w && (w->known & W_CAL)) return (w->val & W_CAL) != 0;
  /* A plain word's record has its entry in the word hash (made with
   * it): the list's bit there answers as lede__lex_has would. */
  int r = lede__month_from_name(s, n) ||
          (lede__lex_maybe_id(lede__lexid_weekdays, s, n) &&
           (w && (w->known & W_WORD) && S_plain_word(s, n)
                ? lede__word_has_id(w->word, lede__lexid_weekdays)
                : lede__lex_has(&lede__lex_weekdays, s, n)));
  if (w) {
    w->known |= W_CAL;
    if (r) w->val |= W_CAL;
  }
  return r;
}

/* Is the word at token i a title or the first word of one? A bit of
 * its entry in the word hash (LEDE__LEX_ID_TITLE_HEAD). */
int lede__ent_title_head(const S_ctx *x, size_t i) {
  char tmp[S_KEY];
  const char *buf = tmp;
  size_t n = S_key1(x, i, tmp, &buf);
  if (!n) return 0;
  return lede__word_has_id(lede__word_find(buf, n), LEDE__LEX_ID_TITLE_HEAD);
}

size_t lede__ent_title_words(const S_ctx *x, size_t i, size_t e) {
  for (size_t n = 3; n >= 1; n--) {
    if (i + n > e) continue;
    /* Count real words, not dots. */
    size_t j = i, w = 0;
    while (j < e && w < n) {
      if (!(S_dot(x, j))) w++;
      j++;
    }
    if (w == n && S_in(L_LEX_TITLES, x, i, j)) {
      while (j < e && (S_dot(x, j))) j++;
      return j - i;
    }
  }
  return 0;
}

/* ==== Hash map of keys ================================================== */

/* Keys are short. */
static inline uint64_t S_hash(const char *s, size_t n) {
  uint64_t bits;
  return S_hash_with(s, n, 0, &bits);
}

/* Grow m to cap slots (a power of two, more than it has); word: m is the
 * words map, hashed by lede__word_hash. */
void lede__ent_map_grow(lede__arena *ar, S_map *m, size_t cap, int word) {
  size_t vcap = 0;
  S_slot *v = NULL;
  lede__vec_reserve(ar, (void **)&v, &vcap, sizeof *v, cap);
  /* An empty slot is one without a key: its other fields are never read.
   * (cap is a power of two, 64 or more: four a step.) */
  for (size_t i = 0; i < cap; i += 4)
    v[i].key = v[i + 1].key = v[i + 2].key = v[i + 3].key = NULL;
  for (size_t i = 0; i < m->cap; i++)
    if (m->v[i].key) {
      size_t h = (size_t)(word       ? lede__word_hash(m->v[i].key, m->v[i].len, 1)
                          : m->typed ? S_hash(m->v[i].key + 1, m->v[i].len - 1)
                                     : S_hash(m->v[i].key, m->v[i].len)) &
                 (cap - 1);
      while (v[h].key) h = (h + 1) & (cap - 1);
      v[h] = m->v[i];
    }
  lede__vec_free(ar, m->v, m->cap, sizeof *m->v);
  m->v = v;
  m->cap = cap;
}

/* k's slot in m (not the words map: lede__ent_rec_new), made if insert, or NULL. */
size_t *lede__ent_slot_in(lede__arena *ar, S_map *m, const char *k, size_t n,
                          int insert) {
  if (insert && (m->n + 1) * 2 > m->cap)
    lede__ent_map_grow(ar, m, m->cap ? m->cap * 2 : 64, 0);
  if (!m->cap) return NULL;
  size_t h = (size_t)(m->typed ? S_hash(k + 1, n - 1) : S_hash(k, n)) & (m->cap - 1);
  while (m->v[h].key) {
    if (m->v[h].len == n && lede__key_eq(m->v[h].key, k, n, 0)) return &m->v[h].val;
    h = (h + 1) & (m->cap - 1);
  }
  if (!insert) return NULL;
  if (m->typed) {
    const char *sp = n > 1 ? memchr(k + 1, ' ', n - 1) : NULL;
    if (sp) S_map_open_set(m, lede__word_hash(k + 1, (size_t)(sp - k - 1), 1));
  }
  m->v[h].key = lede__strndup(ar, k, n);
  m->v[h].len = n;
  m->v[h].val = LEDE_NONE;
  m->n++;
  return &m->v[h].val;
}

const char lede__ent_tchar[] = "POLGE";

/* The value filed in typed map m under a type letter + key[0..n), of
 * type type (< 0: the first of the five types that has one), other than
 * LEDE_NONE (and, unless ambig, S_AMBIG); LEDE_NONE if none. One hash:
 * the chain holds the key's every type. */
size_t lede__ent_typed_find(const S_map *m, int type, const char *key, size_t n,
                            int ambig) {
  if (!m->cap || n >= S_KEY) return LEDE_NONE;
  size_t best = LEDE_NONE;
  int bt = 5;
  for (size_t h = (size_t)S_hash(key, n) & (m->cap - 1); m->v[h].key;
       h = (h + 1) & (m->cap - 1)) {
    const S_slot *sl = &m->v[h];
    if (sl->len != n + 1 || !lede__key_eq(sl->key + 1, key, n, 0)) continue;
    const char *tc = strchr(lede__ent_tchar, sl->key[0]);
    int ty = tc && *tc ? (int)(tc - lede__ent_tchar) : 5;
    if (ty >= bt || (type >= 0 && ty != type) || sl->val == LEDE_NONE ||
        (!ambig && sl->val == S_AMBIG))
      continue;
    best = sl->val;
    bt = ty;
  }
  return best;
}

/* Entity known by type + key, or LEDE_NONE. type < 0: any type. */
size_t lede__ent_lookup(S_ctx *x, int type, const char *key, size_t n) {
  return lede__ent_typed_find(&x->names, type, key, n, 1);
}
