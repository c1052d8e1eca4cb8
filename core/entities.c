/* Named entities: people, organizations, places and groups, and the
 * grouping of their mentions.
 *
 * Pass 1 walks the prose sentences (not headlines) and cuts runs of
 * capitalized words; each run is split at titles and roles ("Chief of Defence
 * Staff (CDS) General | Ana Maria Ruiz") and typed by the gazetteer,
 * the word lists, the shape of the words (an organization word at the end,
 * a first name at the start) and what the text defines ("(CDS)").
 * Pass 2 makes entities of the typed names, joins short forms ("Ruiz" ->
 * "Ana Maria Ruiz") when only one entity fits, then reads headlines,
 * the dateline and credits against what is known, and finds acronyms,
 * descriptions ("the bank's research arm, the BRI") and role descriptions
 * ("the defence chief") the text has tied to an entity.
 *
 * Everything is bounded: runs are at most S_RUN tokens, look-ups are
 * binary searches or hashes of short keys, so the cost is linear.
 *
 * The files, sharing entities_internal.h: entities_words.c (tokens, their
 * keys and records, look-ups, hash maps), entities_names.c (pass 1),
 * entities_tagger.c (the tagger's votes on pass 1's names),
 * entities_link.c (pass 2: entities, short forms, headlines, acronyms,
 * descriptions and roles; the text's segments) and this file (the result,
 * the typing of one-word names, one type per name, the stage's driver
 * lede__entities, accessors, counting and invariants). */
#include <assert.h>

#include "entities_internal.h"
#include "wordhash.h"

/* ==== Result ============================================================ */

/* Mentions to sort are made in place, entity holding the index into
 * S_ctx.m they come from: by start, the longest first, then in the order
 * they were made. */
static int S_cmp_span_src(const void *p, const void *q) {
  const lede__mention *a = p, *b = q;
  if (a->span.start != b->span.start) return a->span.start < b->span.start ? -1 : 1;
  if (a->span.end != b->span.end) return a->span.end > b->span.end ? -1 : 1;
  return a->entity < b->entity ? -1 : a->entity > b->entity;
}

/* Sort v[0..n) by S_cmp_span_src (a total order: entity tells apart
 * what else is equal): the comparison inline, merging the runs already
 * in order two by two, found as each pass reads them (the mentions come
 * mostly in order, pass by pass: a few runs, a few passes). */
static void S_sort_spans(lede__arena *ar, lede__mention *v, size_t n) {
  if (n < 2) return;
  lede__mention *buf = NULL, *src = v, *dst = NULL;
  for (;;) {
    size_t lo = 0;
    while (lo < n) {
      size_t mid = lo + 1;
      while (mid < n && S_cmp_span_src(&src[mid - 1], &src[mid]) < 0) mid++;
      if (mid == n) {
        if (lo == 0) { /* one run: sorted */
          if (src != v) memcpy(v, src, n * sizeof *v);
          return;
        }
        memcpy(dst + lo, src + lo, (n - lo) * sizeof *v);
        break;
      }
      if (!buf) dst = buf = lede__alloc(ar, lede__mul(ar, n, sizeof *buf));
      size_t hi = mid + 1;
      while (hi < n && S_cmp_span_src(&src[hi - 1], &src[hi]) < 0) hi++;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi)
        dst[k++] = S_cmp_span_src(&src[j], &src[i]) < 0 ? src[j++] : src[i++];
      if (i < mid) memcpy(dst + k, src + i, (mid - i) * sizeof *v), k += mid - i;
      if (j < hi) memcpy(dst + k, src + j, (hi - j) * sizeof *v);
      lo = hi;
    }
    lede__mention *t = src;
    src = dst;
    dst = t;
  }
}

static lede_span S_tspan(const S_ctx *x, size_t i, size_t j) {
  if (i >= j) return (lede_span){0, 0};
  size_t e = j;
  while (e > i + 1 && (S_dot(x, e - 1))) e--;
  return (lede_span){S_T(x, i)->start, lede__tend(S_T(x, e - 1))};
}

/* c in lower case, ’ and ‘ as '. */
static int32_t S_fold(int32_t c) {
  if (c == 0x2019 || c == 0x2018) return '\'';
  if (c >= 'A' && c <= 'Z') return c | 0x20;
  if (c >= 0x80) return utf8proc_tolower(c);
  return c;
}

/* Alias key of a span of text: lower case, ’ as ', one space. */
static size_t S_key_str(const char *s, size_t n, char *buf) {
  size_t o = 0, len, i = 0;
  int space = 0;
  /* Most spans are ASCII words with one space between them, short
   * enough that the key fits: copied in lower case until a byte that is
   * not (the loop below goes on from that byte, no space pending). */
  if (n + 4 < S_KEY) {
    /* Eight bytes a step: those before the first that is a space, a
     * control or not ASCII are copied (the key is never longer than the
     * span: the eight fit); that one is then read alone. */
    const uint64_t ones = 0x0101010101010101u;
    while (i < n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      if (i + 8 <= n) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        uint64_t bad = ((w - 0x21 * ones) | w) & 0x80 * ones;
        w = lede__fold_case(w);
        memcpy(buf + o, &w, 8);
        if (!bad) {
          i += 8, o += 8;
          continue;
        }
        size_t k = (size_t)__builtin_ctzll(bad) / 8; /* the first such byte */
        i += k, o += k;
      }
#endif
      unsigned char b = (unsigned char)s[i];
      if (b > ' ' && b < 0x80) {
        buf[o++] = (char)lede__lower[b];
        i++;
        continue;
      }
      if (b == ' ' && o > 0 && i + 1 < n && (unsigned char)s[i + 1] > ' ' &&
          (unsigned char)s[i + 1] < 0x80) {
        buf[o++] = ' ';
        i++;
        continue;
      }
      break;
    }
  }
  for (; i < n; i += len) {
    unsigned char b = (unsigned char)s[i];
    int32_t c;
    int sp;
    if (b > ' ' && b < 0x80 && !space && o + 4 < S_KEY) {
      /* A letter of a word, most bytes of every key: as S_put_cp would */
      len = 1;
      buf[o++] = (char)lede__lower[b];
      continue;
    }
    if (b < 0x80) { /* ASCII, most of every key: not decoded */
      len = 1;
      c = lede__lower[b];
      sp = b == ' ' || (b >= '\t' && b <= '\r');
    } else {
      c = lede__cp(s, n, i, &len);
      sp = lede__is_space(c);
      c = S_fold(c);
      if (c < 0) c = 0xFFFD;
    }
    if (sp) {
      space = o > 0;
      continue;
    }
    if (space) {
      if (o + 1 >= S_KEY) return 0;
      buf[o++] = ' ';
      space = 0;
    }
    o = S_put_cp(buf, o, c);
    if (!o) return 0;
  }
  return o;
}

static uint64_t S_alias_hash(const char *key, size_t n) {
  uint64_t bits;
  return S_hash_with(key, n, 0, &bits);
}

/* The slot of ent_find holding the alias whose key is key[0..n) (hash
 * h), or the empty slot where it would go. */
static size_t S_find_probe(const lede_article *a, const char *key, size_t n, uint64_t h) {
  char got[S_KEY];
  for (size_t k = (size_t)h & a->ent_find_mask;; k = (k + 1) & a->ent_find_mask) {
    uint32_t v = a->ent_find[k];
    if (!v) return k;
    lede_span s = a->ent_aliases.v[v - 1];
    size_t gn = S_key_str(a->text + s.start, s.end - s.start, got);
    if (gn == n && memcmp(got, key, n) == 0) return k;
  }
}

/* ent_find, from the aliases and their keys' hashes: lede_entity_find
 * probes it once (an article is read from several threads: made here,
 * not when first asked). */
static void S_find_table(lede_article *a, const uint64_t *hashes) {
  size_t n = a->ent_aliases.n, cap = 4;
  if (n > UINT32_MAX / 4) longjmp(*a->arena.oom, 1);
  while (cap < 2 * n) cap *= 2;
  a->ent_find = lede__calloc(&a->arena, cap * sizeof *a->ent_find);
  a->ent_find_mask = cap - 1;
  char key[S_KEY], got[S_KEY];
  for (size_t i = 0; i < n; i++) {
    size_t k = (size_t)hashes[i] & a->ent_find_mask, kn = 0;
    /* Slots of other hashes hold other keys: only an equal hash asks
     * for the keys. */
    for (;; k = (k + 1) & a->ent_find_mask) {
      uint32_t v = a->ent_find[k];
      if (!v) {
        a->ent_find[k] = (uint32_t)(i + 1);
        break;
      }
      if (hashes[v - 1] != hashes[i]) continue;
      lede_span s = a->ent_aliases.v[i], t = a->ent_aliases.v[v - 1];
      if (!kn) kn = S_key_str(a->text + s.start, s.end - s.start, key);
      size_t gn = S_key_str(a->text + t.start, t.end - t.start, got);
      if (gn == kn && memcmp(got, key, kn) == 0) break; /* an earlier alias's key */
    }
  }
}

/* S_finish's passes, in order: from the stage's mentions to the
 * article's mentions, entities and aliases. */

/* Mentions with an entity, by position, without overlaps. Only those
 * are read from here: the others give their room back before the
 * article's mentions are made. Returns how many are kept. */
static size_t S_fin_keep(S_ctx *x) {
  lede_article *a = x->a;
  size_t w = 0;
  for (size_t i = 0; i < x->m.n; i++) {
    size_t e = S_ent_of(&x->m.v[i]);
    if (e != LEDE_NONE && e != S_AMBIG) x->m.v[w++] = x->m.v[i];
  }
  x->m.n = w;
  if (!w) return 0;
  /* (the sort below holds each one's index in a mention's entity) */
  if (w >= LEDE__ENT_MAX) longjmp(*a->arena.oom, 1);
  lede__vec_shrink(&a->scratch, (void **)&x->m.v, &x->m.cap, sizeof *x->m.v, w);
  return w;
}

/* Spans to sort, with the mention each comes from, made in the
 * article's mentions; the rest of a mention is made once it is kept.
 * Returns how many, sorted. */
static size_t S_fin_spans(S_ctx *x) {
  lede_article *a = x->a;
  lede__vec_reserve(&a->arena, (void **)&a->ments.v, &a->ments.cap,
                    sizeof *a->ments.v, x->m.n);
  lede__mention *tmp = a->ments.v;
  size_t n = 0;
  for (size_t i = 0; i < x->m.n; i++) {
    const S_ment *m = &x->m.v[i];
    tmp[n].span = lede__s32(S_tspan(x, m->t0, m->t1));
    /* "Barnett Banks Inc.", "Sammy Davis Jr.": the abbreviation's stop is
     * part of the name. */
    if (m->how == H_NAME && tmp[n].span.end < a->len && x->t[tmp[n].span.end] == '.') {
      const S_tok *lt = S_T(x, m->t1 - 1);
      /* Not the stop that ends the sentence: "... of Keene Wells & Co." */
      if (lede__tend(lt) == tmp[n].span.end && m->t1 < x->ns &&
          m->t1 + 1 < a->sent_tok.v[lede__tok_sent(a, m->t1) + 1] &&
          S_T(x, m->t1)->start == lede__tend(lt) &&
          ((S_in(L_LEX_ORG_WORDS, x, m->t1 - 1, m->t1) &&
            lede__lex_has(&lede__lex_abbrev_other, x->t + lt->start, lt->len)) ||
           S_is(x, m->t1 - 1, "jr")))
        tmp[n].span.end++;
    }
    tmp[n].entity = i;
    n++;
  }
  S_sort_spans(&a->scratch, tmp, n);
  return n;
}

/* Renumber entities by first mention; the sorted spans (*n of them) keep
 * no overlap, and become the article's mentions. Returns where each
 * comes from (its index in x->m). */
static uint32_t *S_fin_mentions(S_ctx *x, size_t *np) {
  lede_article *a = x->a;
  lede__mention *tmp = a->ments.v;
  size_t n = *np;
  size_t *num = lede__alloc(&a->scratch, lede__mul(&a->scratch, x->ent.n, sizeof *num));
  for (size_t i = 0; i < x->ent.n; i++) num[i] = LEDE_NONE;
  size_t prev_end = 0, kept = 0;
  for (size_t i = 0; i < n; i++) {
    if (tmp[i].span.start < prev_end) continue;
    prev_end = tmp[i].span.end;
    tmp[kept++] = tmp[i];
  }
  n = *np = kept;
  /* Where each kept mention comes from, as the mentions are filled in. */
  uint32_t *src = lede__alloc(&a->scratch, lede__mul(&a->scratch, n, sizeof *src));
  for (size_t i = 0; i < n; i++) src[i] = (uint32_t)tmp[i].entity;
  for (size_t i = 0; i < n; i++) {
    const S_ment *m = &x->m.v[src[i]];
    size_t e = S_find(x, S_ent_of(m));
    if (num[e] == LEDE_NONE) {
      num[e] = a->ents.n;
      lede__entity *en = LEDE__PUSH(&a->arena, a->ents);
      memset(en, 0, sizeof *en);
      en->type = (lede_entity_type)x->ent.v[e].type;
    }
    a->ents.v[num[e]].nments++;
    lede__mention *mt = &a->ments.v[a->ments.n++]; /* tmp[i], its span set */
    mt->block = m->block;
    mt->entity = num[e];
    mt->kind = m->how == H_ACR    ? LEDE_MENTION_ACRONYM
               : m->how == H_DESC ? LEDE_MENTION_DESCRIPTION
               : m->how == H_ROLE ? LEDE_MENTION_ROLE
                                  : LEDE_MENTION_NAME;
  }
  return src;
}

/* Mentions grouped by entity (counting sort) in a->ent_ments. */
static void S_fin_group(lede_article *a, size_t n) {
  size_t ne = a->ents.n, at = 0;
  for (size_t e = 0; e < ne; e++) {
    a->ents.v[e].first_ment = at;
    at += a->ents.v[e].nments;
    a->ents.v[e].nments = 0;
  }
  a->ent_ments.v = lede__alloc(&a->arena, lede__mul(&a->arena, n, sizeof *a->ent_ments.v));
  a->ent_ments.n = a->ent_ments.cap = n;
  for (size_t i = 0; i < n; i++) {
    lede__entity *en = &a->ents.v[a->ments.v[i].entity];
    a->ent_ments.v[en->first_ment + en->nments++] = (uint32_t)i;
  }
}

/* Name, title, role: from the source mentions. */
static void S_fin_names(S_ctx *x, const uint32_t *src, size_t n) {
  lede_article *a = x->a;
  size_t ne = a->ents.n;
  unsigned char *name_upper = lede__calloc(&a->scratch, ne + 1);
  for (size_t i = 0; i < n; i++) {
    const S_ment *m = &x->m.v[src[i]];
    lede__entity *en = &a->ents.v[a->ments.v[i].entity];
    lede_span sp = lede__s64(a->ments.v[i].span);
    /* The longest name, in mixed case if there is one ("Islamabad"
     * over a dateline's "ISLAMABAD"). */
    int upper = (S_T(x, m->t0)->flags & LEDE__T_UPPER) != 0;
    size_t cur = en->name.end - en->name.start, e = a->ments.v[i].entity;
    if (m->how == H_NAME &&
        (cur == 0 || (name_upper[e] && !upper) ||
         (upper == name_upper[e] && sp.end - sp.start > cur))) {
      en->name = sp;
      name_upper[e] = (unsigned char)upper;
    }
    /* The fullest title and role: "General" over a headline's "Gen". */
    lede_span ts = S_tspan(x, m->title0, S_title1(m)), rs = S_tspan(x, m->role0, S_role1(m));
    if (ts.end - ts.start > en->title.end - en->title.start) en->title = ts;
    if (rs.end - rs.start > en->role.end - en->role.start) en->role = rs;
  }
  for (size_t e = 0; e < ne; e++) {
    lede__entity *en = &a->ents.v[e];
    if (en->name.end == en->name.start)
      en->name = lede__s64(a->ments.v[a->ent_ments.v[en->first_ment]].span);
  }
}

/* Acronyms the text defined ("(CDS)"), one per entity. */
static lede_span *S_fin_acronyms(S_ctx *x, const uint32_t *src, size_t n) {
  lede_article *a = x->a;
  lede_span *acrs = lede__calloc(&a->scratch, lede__mul(&a->scratch, a->ents.n, sizeof *acrs));
  for (size_t i = 0; i < n; i++) {
    const S_ment *m = &x->m.v[src[i]];
    if (m->acr != S_NOACR && acrs[a->ments.v[i].entity].end == 0)
      acrs[a->ments.v[i].entity] = S_tspan(x, m->acr, m->acr + 1);
  }
  return acrs;
}

/* Aliases: name, then distinct mention texts, acronyms, roles. An
 * entity's keys so far are found by hash in tab (emptied of them once
 * its aliases are made), their bytes kept in kb. */
static void S_fin_aliases(lede_article *a, const lede_span *acrs) {
  lede__arena *sar = &a->scratch;
  size_t ne = a->ents.n;
  size_t tcap = 64, kcap = 0, kbcap = 0;
  uint32_t *tab = lede__calloc(sar, tcap * sizeof *tab), *kslot = NULL;
  size_t *koff = NULL;
  char *kb = NULL;
  LEDE__VEC(uint64_t) hashes = {0}; /* each alias key's */
  for (size_t e = 0; e < ne; e++) {
    lede__entity *en = &a->ents.v[e];
    en->first_alias = a->ent_aliases.n;
    lede_span cand_name = en->name;
    /* The last few texts read for this entity: the same bytes again
     * ("Smith" said ... Smith) have the same key, answered before. */
    lede_span recent[4] = {{0, 0}, {0, 0}, {0, 0}, {0, 0}};
    size_t nrecent = 0, kbn = 0;
    for (size_t j = 0; j <= en->nments + 2; j++) {
      lede_span sp;
      if (j == 0) sp = cand_name;
      else if (j <= en->nments) sp = lede__s64(a->ments.v[a->ent_ments.v[en->first_ment + j - 1]].span);
      else if (j == en->nments + 1) sp = en->role;
      else sp = acrs[e];
      if (sp.end <= sp.start) continue;
      size_t len = sp.end - sp.start, r = 0;
      while (r < 4 && !(recent[r].end - recent[r].start == len &&
                        lede__key_eq(a->text + recent[r].start, a->text + sp.start, len, 0)))
        r++;
      if (r < 4) continue;
      recent[nrecent++ & 3] = sp;
      char key[S_KEY];
      size_t kn = S_key_str(a->text + sp.start, sp.end - sp.start, key);
      if (!kn) continue;
      uint64_t h = S_alias_hash(key, kn);
      size_t p = (size_t)h & (tcap - 1);
      for (; tab[p]; p = (p + 1) & (tcap - 1)) {
        size_t q = tab[p] - 1, ai = en->first_alias + q;
        if (hashes.v[ai] == h && (q + 1 < en->naliases ? koff[q + 1] : kbn) - koff[q] == kn &&
            memcmp(kb + koff[q], key, kn) == 0)
          break;
      }
      if (tab[p]) continue; /* a key the entity has */
      if (2 * (en->naliases + 1) > tcap) {
        /* (grown with the entity that has most aliases) */
        uint32_t *nt = lede__calloc(sar, lede__mul(sar, 2 * tcap, sizeof *nt));
        tcap *= 2;
        for (size_t q = 0; q < en->naliases; q++) {
          size_t d = (size_t)hashes.v[en->first_alias + q] & (tcap - 1);
          while (nt[d]) d = (d + 1) & (tcap - 1);
          nt[d] = (uint32_t)(q + 1);
          kslot[q] = (uint32_t)d;
        }
        tab = nt;
        for (p = (size_t)h & (tcap - 1); tab[p]; p = (p + 1) & (tcap - 1)) {}
      }
      if (en->naliases + 1 > kcap) {
        size_t c2 = kcap;
        lede__vec_reserve(sar, (void **)&koff, &kcap, sizeof *koff, 2 * kcap + 16);
        lede__vec_reserve(sar, (void **)&kslot, &c2, sizeof *kslot, kcap);
      }
      tab[p] = (uint32_t)(en->naliases + 1);
      kslot[en->naliases] = (uint32_t)p;
      koff[en->naliases] = kbn;
      if (kbn + kn > kbcap) lede__vec_reserve(sar, (void **)&kb, &kbcap, 1, kbn + kn + kbcap + 64);
      memcpy(kb + kbn, key, kn);
      kbn += kn;
      *LEDE__PUSH(&a->arena, a->ent_aliases) = sp;
      *LEDE__PUSH(sar, hashes) = h;
      en->naliases++;
    }
    for (size_t q = 0; q < en->naliases; q++) tab[kslot[q]] = 0;
  }
  S_find_table(a, hashes.v);
}

/* The article's mentions, entities and aliases from the stage's. */
static void S_finish(S_ctx *x) {
  if (!S_fin_keep(x)) return;
  size_t n = S_fin_spans(x);
  uint32_t *src = S_fin_mentions(x, &n);
  S_fin_group(x->a, n);
  S_fin_names(x, src, n);
  S_fin_aliases(x->a, S_fin_acronyms(x, src, n));
}

/* A place name that is also a first name or a word, capitalized inside
 * a sentence and not an ordinary word. */
static int S_gaz_ambig_place(const S_ctx *x, size_t i) {
  if (S_common(x, i)) return 0;
  const lede__gaz_entry *g = S_gaz1(x, i); /* NULL for a word without a key */
  return g && (g->flags & LEDE__GAZ_AMBIG) && g->kind != LEDE__GAZ_DEMONYM &&
         (S_T(x, i)->flags & LEDE__T_CAP) && !(S_init(x, i));
}

/* Token j is a score ("3-1", "42-36") in the same sentence. */
static int S_score(const S_ctx *x, size_t j) {
  if (j >= S_NT(x) || !S_SG_prev(x, j)) return 0;
  const S_tok *tk = S_T(x, j);
  if (!(tk->flags & LEDE__T_NUM) || tk->len > 7) return 0;
  int dash = 0;
  for (size_t p = tk->start; p < lede__tend(tk); p++) {
    char c = x->t[p];
    if (c == '-' && !dash && p > tk->start && p + 1 < lede__tend(tk)) dash = 1;
    else if (c < '0' || c > '9') return 0;
  }
  return dash;
}

/* Is k[0..n) (a key, or a plain word: lede__ent_rec_new) token a's key but
 * for ASCII case? plain_a: token a is a plain word. */
static int S_tok_key_eq(const S_ctx *x, size_t a, int plain_a, const char *k,
                        size_t n) {
  const S_tok *ta = S_T(x, a);
  const char *s = x->t + ta->start;
  size_t m = ta->len;
  char buf[S_KEY];
  if (!plain_a) {
    m = lede__ent_key_tok(x, ta, buf, 0);
    s = buf;
  }
  if (m != n) return 0;
  for (size_t j = 0; j < n; j++)
    if (lede__lower[(unsigned char)s[j]] != lede__lower[(unsigned char)k[j]]) return 0;
  return 1;
}

/* The counts' slot for k[0..n) (as S_tok_key_eq, hash h): its own, or
 * the empty one where it would go. */
static S_cnt *S_cnt_slot(const S_ctx *x, S_cnt *v, size_t mask, uint64_t h,
                         const char *k, size_t n) {
  for (size_t s = (size_t)h & mask;; s = (s + 1) & mask) {
    S_cnt *c = &v[s];
    if (!c->count) return c;
    if (c->h == (uint32_t)h && S_tok_key_eq(x, c->tok, c->plain, k, n))
      return c;
  }
}

/* Empty slots for counts (a vector: a big one is given back). */
static S_cnt *S_cnt_new(lede__arena *ar, size_t cap) {
  S_cnt *v = NULL;
  size_t vcap = 0;
  lede__vec_reserve(ar, (void **)&v, &vcap, sizeof *v, cap);
  for (size_t i = 0; i < cap; i++) v[i].count = 0; /* the rest unread */
  return v;
}

/* Count word token k, which has no record, under its key. */
static void S_count_tok(S_ctx *x, size_t k) {
  const S_tok *tk = S_T(x, k);
  const char *key = x->t + tk->start;
  size_t n = tk->len;
  char buf[S_KEY];
  uint64_t bits, h = S_hash_fold(key, n, &bits);
  int plain = !(bits & 0x8080808080808080u) && n < S_KEY && !(n >= 3 && key[1] == '.');
  if (!plain) {
    n = lede__ent_key_tok(x, tk, buf, 0);
    if (!n) return; /* no key: counted nowhere, as it has no record */
    key = buf;
    h = S_hash_fold(key, n, &bits);
  }
  S_cnt *c = S_cnt_slot(x, x->cnt, x->cntmask, h, key, n);
  if (c->count) {
    c->count++;
    return;
  }
  c->h = (uint32_t)h;
  c->tok = (uint32_t)k;
  c->plain = (unsigned char)plain;
  c->count = 1;
  if (++x->ncnt * 2 > x->cntmask + 1) {
    lede__arena *ar = &x->a->scratch;
    size_t cap = 2 * (x->cntmask + 1);
    S_cnt *w = S_cnt_new(ar, cap);
    for (size_t s = 0; s <= x->cntmask; s++) {
      if (!x->cnt[s].count) continue;
      size_t d = (size_t)x->cnt[s].h & (cap - 1);
      while (w[d].count) d = (d + 1) & (cap - 1);
      w[d] = x->cnt[s];
    }
    lede__vec_free(ar, x->cnt, x->cntmask + 1, sizeof *x->cnt);
    x->cnt = w;
    x->cntmask = cap - 1;
  }
}

/* lede__ent_word_count for one word, by reading the word tokens for it:
 * those with its record, and those without one whose key is its. */
static size_t S_count_one(const S_ctx *x, const S_wrec *r) {
  size_t rid = (size_t)(r - x->recs.v), n = r->len, c = 0;
  for (size_t k = 0; k < x->ntag; k++) {
    const S_tok *tk = S_T(x, k);
    if (!S_word(tk) || S_dot(x, k)) continue;
    const char *s = x->t + tk->start;
    size_t m = tk->len;
    /* An ASCII first byte is the key's first, in lower case: most words
     * are told apart by it, record or not. */
    if ((unsigned char)s[0] < 0x80 && lede__lower[(unsigned char)s[0]] != (unsigned char)r->key[0])
      continue;
    uint32_t w = S_wid(x, k);
    if (w) {
      c += w - 1 == rid;
      continue;
    }
    if (S_plain_word(s, m)) {
      /* a plain word: its key is itself in lower case */
      c += m == n && lede__key_eq(s, r->key, n, 1);
      continue;
    }
    char buf[S_KEY];
    m = lede__ent_key_tok(x, tk, buf, 0);
    c += m && m == n && memcmp(buf, r->key, n) == 0;
  }
  return c;
}

/* How often the word of token i appears in the article, in any case.
 * Most articles ask for a word or two: a pass over the tokens each;
 * past that, every word is counted once, by key. A word's record stands
 * for its key (a dot, the one token without a record, is no word): a
 * word token with a record then counts in it, one without in the
 * counts by key, which records made later add to theirs. */
size_t lede__ent_word_count(S_ctx *x, size_t i) {
  if (!x->counted && x->scans < 2) {
    x->scans++;
    const S_wrec *r = S_rec(x, i);
    return r ? S_count_one(x, r) : 0;
  }
  if (!x->counted) {
    x->counted = 1;
    x->cntmask = 63;
    x->cnt = S_cnt_new(&x->a->scratch, x->cntmask + 1);
    for (size_t k = 0; k < x->ntag; k++) {
      if (!S_word(S_T(x, k)) || S_dot(x, k)) continue;
      uint32_t w = S_wid(x, k);
      if (w) x->recs.v[w - 1].count++;
      else S_count_tok(x, k);
    }
  }
  const S_wrec *r = S_rec(x, i);
  if (!r) return 0;
  uint64_t bits;
  const S_cnt *c = S_cnt_slot(x, x->cnt, x->cntmask,
                              S_hash_fold(r->key, r->len, &bits), r->key, r->len);
  return r->count + c->count;
}

/* A word in two capitals not opened as names are ("WeWork", "GrubHub";
 * not "McDonald", "DeSantis"): a company's or a product's. */
static int S_camel(const S_ctx *x, size_t i) {
  const S_tok *tk = S_T(x, i);
  const char *w = x->t + tk->start;
  size_t n = tk->len;
  if (n < 4 || n > 24 || !(w[0] >= 'A' && w[0] <= 'Z')) return 0;
  for (size_t p = 2; p + 1 < n; p++) {
    if (!(w[p] >= 'A' && w[p] <= 'Z')) continue;
    if (!(w[p - 1] >= 'a' && w[p - 1] <= 'z') || !(w[p + 1] >= 'a' && w[p + 1] <= 'z')) return 0;
    char buf[24];
    for (size_t k = 0; k < p; k++) buf[k] = (char)(w[k] | 0x20);
    return !lede__lex_has(&lede__lex_name_prefixes, buf, p);
  }
  return 0;
}

/* Resolve a one-word mention whose type pass 1 left open. */
static void S_resolve(S_ctx *x, S_map *acrs, size_t mi, int unknown_default) {
  S_ment *m = &x->m.v[mi];
  char buf[S_KEY];
  size_t n = S_key_c(x, m->t0, m->t1, buf);
  /* "the CEO", "an SUV": an acronym of a common noun names nothing. */
  const S_tok *tk = S_T(x, m->t0);
  if (n && tk->len >= 2 && lede__is_upper((unsigned char)x->t[tk->start]) &&
      lede__is_upper((unsigned char)x->t[tk->start + 1]) &&
      lede__lex_has(&lede__lex_common_acronyms, buf, n))
    return;
  size_t e = lede__ent_acr_lookup(x, acrs, m->t0);
  if (e != LEDE_NONE) {
    m->how = H_ACR;
  } else if (n && !S_common(x, m->t0) && (e = lede__ent_lookup(x, -1, buf, n)) != LEDE_NONE &&
             e != S_AMBIG &&
             /* the same name in another sense: "Boston" the team, the city */
             (m->tagt < 0 || x->ent.v[S_find(x, e)].type == m->tagt)) {
  } else if (m->tagt != LEDE_ENTITY_ORGANIZATION && m->tagt != LEDE_ENTITY_PLACE &&
             (e = lede__ent_ptok(x, m->t0)) != LEDE_NONE) {
    /* a person's name word alone ("Wolf" after "Ann Wolf"), unless the
     * tagger reads a company or a place there */
  } else if (m->tagt != S_NOTAG &&
             /* an acronym the tagger leaves out, if the article uses it
              * again ("NTSB"), is an organization as before */
             !(m->upper_only && m->tagt < 0 && lede__ent_word_count(x, m->t0) >= 2)) {
    if (m->tagt < 0 && m->tagw >= 0) {
      const uint32_t *c = lede__ent_votes_of(x, m, 0);
      if (c && lede__ent_vote_type(c) == m->tagw) m->tagt = m->tagw;
    }
    /* The tagger read the sentence: its type, or no name. */
    if (m->tagt == LEDE_ENTITY_ORGANIZATION && (e = lede__ent_otok(x, m->t0)) != LEDE_NONE) {
      /* "Barrick" after "Barrick Gold Corp" */
    } else {
      if (m->tagt < 0) return;
      m->type = m->tagt;
      /* In a sports report, clubs carry their town's name, stand in the
       * results and come back; a word met once, known to no list, is a
       * player ("helped by Okafor and a late burst from Lindqvist"). */
      if (m->type != LEDE_ENTITY_PERSON && m->type != LEDE_ENTITY_GROUP && x->sports &&
          m->t1 == m->t0 + 1 && !m->upper_only && !(S_T(x, m->t0)->flags & LEDE__T_UPPER) &&
          !S_gaz1(x, m->t0) && !lede__ent_known_org(x, m->t0, m->t1) &&
          (n < 2 || buf[n - 1] != 's') && /* "the Yankees", "Orioles" */
          !(m->t0 > 0 && lede__ent_where_prep(x, m->t0 - 1)) && /* "at Headingley" */
          !S_init(x, m->t0) && /* "Benfica beat ..." */
          !lede__ent_table_team(x, m->t0, m->t1) && !S_score(x, m->t1)) {
        if (lede__ent_word_count(x, m->t0) <= 1) m->type = LEDE_ENTITY_PERSON;
      }
      if (m->type == LEDE_ENTITY_PERSON && S_camel(x, m->t0)) m->type = LEDE_ENTITY_ORGANIZATION;
      lede__ent_file(x, mi);
      return;
    }
  } else if (m->upper_only) {
    m->type = LEDE_ENTITY_ORGANIZATION;
    lede__ent_file(x, mi);
    return;
  } else if ((e = lede__ent_otok(x, m->t0)) != LEDE_NONE) {
  } else if (unknown_default >= 0 && (lede__ent_table_team(x, m->t0, m->t1) ||
                                      (x->sports && S_score(x, m->t1)))) {
    m->type = LEDE_ENTITY_ORGANIZATION;
    lede__ent_file(x, mi);
    return;
  } else if (unknown_default >= 0 && m->t0 > 0 && S_SG_prev(x, m->t0) &&
             (S_is(x, m->t0 - 1, "in") || S_is(x, m->t0 - 1, "near") ||
              S_is(x, m->t0 - 1, "outside"))) {
    m->type = LEDE_ENTITY_PLACE; /* "fighting near Walikale" */
    lede__ent_file(x, mi);
    return;
  } else if (unknown_default >= 0 && S_gaz_ambig_place(x, m->t0)) {
    /* "Washington", "Victoria" alone, with no person of that name in the
     * text: the place. */
    m->type = LEDE_ENTITY_PLACE;
    lede__ent_file(x, mi);
    return;
  } else if (unknown_default >= 0 && S_in(L_GAZ_FIRST_NAMES, x, m->t0, m->t1) &&
             !S_common(x, m->t0)) {
    m->type = LEDE_ENTITY_PERSON; /* "Ricky" */
    lede__ent_file(x, mi);
    return;
  } else if (unknown_default >= 0 && !(S_init(x, m->t0)) &&
             S_T(x, m->t0)->len > 1 &&
             !S_common(x, m->t0)) {
    /* A capitalized word inside a sentence, not an ordinary word: most
     * often a surname ("Lomason said"). A sentence's first word tells
     * nothing, and ordinary words are left out. */
    m->type = unknown_default;
    lede__ent_file(x, mi);
    return;
  } else {
    return;
  }
  S_set_ent(m, e);
  m->type = x->ent.v[S_find(x, e)].type;
}
/* A mention S_person_by_surname may retype: an organization or a place
 * of two words or more that only the tagger typed, opening with a first
 * name and not ending in an organization's word. */
static int S_surname_cand(S_ctx *x, const S_ment *m) {
  if (m->t1 - m->t0 < 2 || m->t1 > x->ntag || m->sure || m->acr != S_NOACR || m->tlen ||
      m->rlen || m->tagt != m->type ||
      (m->type != LEDE_ENTITY_ORGANIZATION && m->type != LEDE_ENTITY_PLACE) ||
      S_in(L_LEX_ORG_WORDS, x, m->t1 - 1, m->t1))
    return 0;
  if (S_in(L_GAZ_FIRST_NAMES, x, m->t0, m->t0 + 1) && !S_common(x, m->t0)) return 1;
  char buf[S_KEY];
  size_t n = S_key_c(x, m->t0, m->t0 + 1, buf);
  return n && (lede__lex_has(&lede__lex_first_names_male, buf, n) ||
               lede__lex_has(&lede__lex_first_names_female, buf, n));
}

/* "Walter Crane" read as a company in one place and as a place in
 * another, where the article also has "Crane said" read as a person: a
 * name that opens with a first name and whose last word stands alone as
 * a person elsewhere is that person, when only the tagger typed it. */
static void S_person_by_surname(S_ctx *x, size_t m1) {
  size_t first = m1;
  for (size_t i = 0; i < m1 && first == m1; i++)
    if (S_surname_cand(x, &x->m.v[i])) first = i;
  if (first == m1) return;
  S_map solo = {0};
  for (size_t i = 0; i < m1; i++) {
    const S_ment *m = &x->m.v[i];
    if (m->t1 != m->t0 + 1 || m->type != X_UNKNOWN || m->tagt != LEDE_ENTITY_PERSON) continue;
    char buf[S_KEY];
    size_t n = S_key_c(x, m->t0, m->t1, buf);
    if (n) *S_map_slot(x, &solo, buf, n, 1) = 1;
  }
  for (size_t i = first; i < m1; i++) {
    S_ment *m = &x->m.v[i];
    if (!S_surname_cand(x, m)) continue;
    char buf[S_KEY];
    size_t n = S_key_c(x, m->t1 - 1, m->t1, buf);
    size_t *v = n ? S_map_slot(x, &solo, buf, n, 0) : NULL;
    if (v && *v == 1) m->type = m->tagt = LEDE_ENTITY_PERSON;
  }
}

/* One person, one entity: a name of two words or more typed a person in
 * one place and something else in another ("Ann Wolf" read as a company
 * once) is the person throughout. Asked once per entity, of the key the
 * person would be filed under. */
static void S_one_type_per_name(S_ctx *x) {
  size_t ne = x->ent.n;
  if (ne < 2) return;
  unsigned char *seen = lede__calloc(&x->a->scratch, ne);
  for (size_t i = 0; i < x->m.n; i++) {
    const S_ment *m = &x->m.v[i];
    size_t e = S_ent_of(m);
    if (e >= ne || m->how != H_NAME || m->t1 - m->t0 < 2 || m->type == LEDE_ENTITY_PERSON)
      continue;
    size_t r = S_find(x, e);
    if (seen[r] || x->ent.v[r].type == LEDE_ENTITY_PERSON) continue;
    seen[r] = 1;
    if (lede__ent_ptok(x, m->t0) == LEDE_NONE) continue; /* no person has its first word */
    char buf[S_KEY + 1];
    size_t n = S_key_c(x, m->t0, m->t1, buf + 1);
    if (!n) continue;
    buf[0] = lede__ent_tchar[LEDE_ENTITY_PERSON];
    size_t *v = S_map_slot(x, &x->names, buf, n + 1, 0);
    if (v && *v != LEDE_NONE && *v != S_AMBIG && x->ent.v[S_find(x, *v)].type == LEDE_ENTITY_PERSON)
      x->ent.v[r].parent = S_find(x, *v);
  }
}

static int S_lex_tok(const S_ctx *x, const lede__lexicon *l, size_t i) {
  if (l->id) {
    /* The list's lengths by first byte leave most plain words out, with
     * no record made; a record knows its word's lists. */
    if (S_surely_not_in(x, i, l->id)) return 0;
    S_wrec *r = S_rec(x, i);
    if (r) return lede__word_in(S_rec_word(r), l);
  }
  char buf[S_KEY];
  size_t n = S_key_c(x, i, i + 1, buf);
  return n && lede__lex_has(l, buf, n);
}

/* How mention m (one word) is used: +1 as a company's or a product's
 * name ("the Uber app", "Pfizer vaccine", "Dashlane ... its software"),
 * -1 as a person's ("... his", "... she"), 0 neither. */
static int S_use_vote(const S_ctx *x, const S_ment *m) {
  size_t i = m->t0;
  const S_tok *tk = S_T(x, i);
  int v = 0;
  /* the word after it, if a plain word: a noun it modifies or a verb */
  int lower = m->t1 < S_NT(x) && S_SG_same(x, i, m->t1) && S_word(S_T(x, m->t1)) &&
              !(S_T(x, m->t1)->flags & (LEDE__T_CAP | LEDE__T_UPPER));
  if (lower && S_lex_tok(x, &lede__lex_company_nouns, m->t1)) v = 1;
  int det = i > 0 && S_SG_prev(x, i) && S_word(S_T(x, i - 1)) &&
            !(S_T(x, i - 1)->flags & LEDE__T_UPPER) &&
            S_lex_tok(x, &lede__lex_name_determiners, i - 1);
  /* "the Hulu.", "at an Audi," (not "the Smith campaign", "the Smiths",
   * "the Smith-Jones debate") */
  char c = m->t1 < S_NT(x) ? x->t[S_T(x, m->t1)->start] : '.';
  if (det && (m->t1 >= S_NT(x) || !S_SG_same(x, i, m->t1) || strchr(".,;:)!?", c)) &&
      x->t[tk->start + tk->len - 1] != 's')
    v = 1;
  if (det) return v; /* "its" after "the Smith campaign" is the campaign's */
  /* A pronoun later in the sentence: "its" for a company, "his" or
   * "she" for a person (a few words on, so that a long run stays linear). */
  if (i >= x->ns) return v;
  size_t s = lede__tok_sent(x->a, i), end = x->a->sent_tok.v[s + 1];
  for (size_t k = m->t1; k < end && k < m->t1 + 16; k++) {
    const S_tok *p = S_T(x, k);
    if (p->len > 7 || !S_word(p)) continue;
    if (S_lex_tok(x, &lede__lex_name_it_pronouns, k)) return 1;
    if (S_lex_tok(x, &lede__lex_name_person_pronouns, k)) return -1;
  }
  return v;
}

/* A first name ("George", "Chelsea"), a place's name ("Denver") or a
 * word of a person's longer name in the article. */
static int S_first_or_place(S_ctx *x, size_t i) {
  char buf[S_KEY];
  size_t n = S_key_c(x, i, i + 1, buf);
  return !n || S_in(L_GAZ_FIRST_NAMES, x, i, i + 1) || S_gaz1(x, i) ||
         lede__ent_ptok(x, i) != LEDE_NONE || /* a word of a person's longer name */
         lede__lex_has(&lede__lex_first_names_male, buf, n) ||
         lede__lex_has(&lede__lex_first_names_female, buf, n);
}

/* The root entity of mention m, or LEDE_NONE if it has none (of the
 * first ne). */
static size_t S_ment_root(S_ctx *x, const S_ment *m, size_t ne) {
  size_t e = S_ent_of(m);
  return e < ne ? S_find(x, e) : LEDE_NONE;
}

/* A one-word name the tagger read as a person, never given a first name
 * or a title in the article, whose mentions are used as a company's or a
 * product's more than as a person's: an organization (joined with the
 * organization of its name, if there is one). */
static void S_company_by_use(S_ctx *x) {
  size_t ne = x->ent.n;
  if (!ne) return;
  int *vote = lede__calloc(&x->a->scratch, lede__mul(&x->a->scratch, ne, sizeof *vote));
  unsigned char *no = lede__calloc(&x->a->scratch, ne);
  for (size_t i = 0; i < x->m.n; i++) {
    const S_ment *m = &x->m.v[i];
    size_t r = S_ment_root(x, m, ne);
    if (r == LEDE_NONE) continue;
    if (x->ent.v[r].type != LEDE_ENTITY_PERSON || no[r]) continue;
    if (m->t1 - m->t0 != 1 || m->how != H_NAME || m->tlen || m->rlen || m->sure ||
        m->t0 >= x->ns || S_first_or_place(x, m->t0)) {
      no[r] = 1;
      continue;
    }
    vote[r] += S_use_vote(x, m);
  }
  for (size_t i = 0; i < x->m.n; i++) {
    const S_ment *m = &x->m.v[i];
    size_t r = S_ment_root(x, m, ne);
    if (r == LEDE_NONE) continue;
    if (no[r] || vote[r] <= 0 || x->ent.v[r].type != LEDE_ENTITY_PERSON) continue;
    x->ent.v[r].type = LEDE_ENTITY_ORGANIZATION;
    char buf[S_KEY + 1];
    size_t n = S_key_c(x, m->t0, m->t1, buf + 1);
    if (!n) continue;
    buf[0] = lede__ent_tchar[LEDE_ENTITY_ORGANIZATION];
    size_t *v = S_map_slot(x, &x->names, buf, n + 1, 0);
    if (v && *v != LEDE_NONE && *v != S_AMBIG && S_find(x, *v) != r &&
        x->ent.v[S_find(x, *v)].type == LEDE_ENTITY_ORGANIZATION)
      x->ent.v[r].parent = S_find(x, *v);
  }
}

/* A short form the tagger read as a company or a place ("Rubio" after
 * "Marco Rubio", "Trump" in "the Trump team"): a one-word name no list
 * or gazetteer knows, that is the last word of exactly one person's
 * longer name in the article, is that person. */
static void S_short_form_person(S_ctx *x) {
  size_t ne = x->ent.n;
  if (ne < 2) return;
  /* The people by their last word's record (S_ptok.tail): a word without
   * one has no key; a key of several words (they have a space) is no
   * word's. */
  size_t nlast = 0;
  for (size_t i = 0; i < x->m.n; i++) {
    const S_ment *m = &x->m.v[i];
    size_t e = S_ent_of(m);
    if (e >= ne || m->how != H_NAME || m->t1 - m->t0 < 2 ||
        x->ent.v[S_find(x, e)].type != LEDE_ENTITY_PERSON || S_dot(x, m->t1 - 1))
      continue;
    const S_wrec *rk = S_rec(x, m->t1 - 1);
    if (!rk) continue;
    size_t *v = &lede__ent_ptok_of(x, rk)->tail, r = S_find(x, e);
    nlast++;
    if (*v == LEDE_NONE) *v = r;
    else if (*v != S_AMBIG && S_find(x, *v) != r) *v = S_AMBIG;
  }
  if (!nlast) return;
  unsigned char *no = lede__calloc(&x->a->scratch, ne);
  for (size_t i = 0; i < x->m.n; i++) {
    const S_ment *m = &x->m.v[i];
    size_t r = S_ment_root(x, m, ne);
    if (r == LEDE_NONE) continue;
    int ty = x->ent.v[r].type;
    if (ty != LEDE_ENTITY_ORGANIZATION && ty != LEDE_ENTITY_PLACE) continue;
    const S_wrec *r1 = m->t1 - m->t0 == 1 ? S_rec(x, m->t0) : NULL;
    const S_ptok *pk = lede__ent_ptok_at(x, r1);
    const lede__gaz_entry *g = r1 ? S_gaz1(x, m->t0) : NULL;
    if (!r1 || m->how != H_NAME || (m->sure & S_SURE_LIST) ||
        m->acr != S_NOACR || m->upper_only ||
        (S_T(x, m->t0)->flags & LEDE__T_UPPER) || /* a dateline */
        !pk || pk->tail == LEDE_NONE ||
        /* a country, a region, a capital, or a town said to be one ("in
         * Rubio", "Carson, Nevada") */
        (g && (g->kind != LEDE__GAZ_CITY || (g->flags & LEDE__GAZ_CAPITAL))) ||
        (m->t0 > 0 && S_in(L_LEX_LOCATIVE_PREPS, x, m->t0 - 1, m->t0)) ||
        (m->t1 < S_NT(x) && x->t[S_T(x, m->t1)->start] == ','))
      no[r] = 1;
  }
  for (size_t i = 0; i < x->m.n; i++) {
    const S_ment *m = &x->m.v[i];
    size_t r = S_ment_root(x, m, ne);
    if (r == LEDE_NONE) continue;
    int ty = x->ent.v[r].type;
    if (no[r] || (ty != LEDE_ENTITY_ORGANIZATION && ty != LEDE_ENTITY_PLACE)) continue;
    const S_ptok *pk = m->t1 - m->t0 == 1 ? lede__ent_ptok_at(x, S_rec(x, m->t0)) : NULL;
    if (pk && pk->tail != LEDE_NONE && pk->tail != S_AMBIG) x->ent.v[r].parent = S_find(x, pk->tail);
  }
}

/* One name, one type: a name filed as two types ("Apple" a company in
 * three places, a person in one) takes the type of most of its mentions
 * (a tie: a company, then a person, a place), but for a town and its club
 * ("Leeds" the place, "Leeds" the team), which stay two. */
static void S_type_of_most_mentions(S_ctx *x) {
  static const int order[4] = {LEDE_ENTITY_ORGANIZATION, LEDE_ENTITY_PERSON, LEDE_ENTITY_PLACE,
                               LEDE_ENTITY_GROUP};
  size_t ne = x->ent.n;
  if (ne < 2) return;
  uint32_t *cnt = NULL;
  /* Types seen per cheap hash of the words: most names have one, and
   * only the others are looked up. */
  unsigned char seen[1024];
  memset(seen, 0, sizeof seen);
  /* The names' slots in order, each with its type and hash (slot << 12 |
   * type << 10 | hash): the second pass reads these, not every slot.
   * (A vector, given back at the end.) */
  uint64_t *cand = NULL;
  size_t ccap = 0, ncand = 0;
  lede__vec_reserve(&x->a->scratch, (void **)&cand, &ccap, sizeof *cand, x->names.n + 1);
  for (size_t s = 0; s < x->names.cap; s++) {
    const S_slot *sl = &x->names.v[s];
    if (!sl->key || sl->len < 2 || sl->len > S_KEY || sl->val == LEDE_NONE ||
        sl->val == S_AMBIG)
      continue;
    /* its type: the index of key[0] among the first four of lede__ent_tchar */
    char c0 = sl->key[0];
    int mine = c0 == lede__ent_tchar[0]   ? 0
               : c0 == lede__ent_tchar[1] ? 1
               : c0 == lede__ent_tchar[2] ? 2
               : c0 == lede__ent_tchar[3] ? 3
                                          : -1;
    if (mine < 0) continue;
    const unsigned char *kb = (const unsigned char *)sl->key;
    size_t h = (sl->len * 31u + kb[1] * 7u + kb[sl->len - 1] * 131u + kb[1 + (sl->len - 1) / 2]) & 1023;
    seen[h] |= (unsigned char)(1u << mine);
    cand[ncand++] = (uint64_t)s << 12 | (uint64_t)mine << 10 | h;
  }
  for (size_t c = 0; c < ncand; c++) {
    size_t h = (size_t)(cand[c] & 1023);
    if (!(seen[h] & (seen[h] - 1))) continue;
    const S_slot *sl = &x->names.v[cand[c] >> 12];
    int mine = (int)(cand[c] >> 10 & 3);
    /* Each name once: from the slot of its first type that has one. */
    char buf[S_KEY + 1];
    memcpy(buf, sl->key, sl->len);
    size_t r[4];
    int nr = 0, first = 1;
    for (int ty = 0; ty < 4; ty++) {
      r[ty] = LEDE_NONE;
      if (ty == mine) {
        r[ty] = S_find(x, sl->val);
        nr++;
        continue;
      }
      if (!(seen[h] & (1u << ty))) continue;
      buf[0] = lede__ent_tchar[ty];
      size_t *v = S_map_slot(x, &x->names, buf, sl->len, 0);
      if (!v || *v == LEDE_NONE || *v == S_AMBIG) continue;
      if (ty < mine) first = 0;
      r[ty] = S_find(x, *v);
      nr++;
    }
    if (nr < 2 || !first) continue;
    if (!cnt) {
      cnt = lede__calloc(&x->a->scratch, lede__mul(&x->a->scratch, ne, sizeof *cnt));
      for (size_t i = 0; i < x->m.n; i++) {
        size_t e = S_ent_of(&x->m.v[i]);
        if (e < ne) cnt[e]++;
      }
      for (size_t e = 0; e < ne; e++)
        if (S_find(x, e) != e) cnt[S_find(x, e)] += cnt[e];
    }
    /* A town and a club of its name: each keeps its own. */
    int town = r[LEDE_ENTITY_PLACE] != LEDE_NONE && r[LEDE_ENTITY_ORGANIZATION] != LEDE_NONE &&
               (x->sports || lede__gaz_find(sl->key + 1, sl->len - 1));
    int win = -1;
    for (int k = 0; k < 4; k++) {
      int ty = order[k];
      if (r[ty] != LEDE_NONE && x->ent.v[r[ty]].type == ty &&
          (win < 0 || cnt[r[ty]] > cnt[r[win]]))
        win = ty;
    }
    if (win < 0) continue;
    for (int ty = 0; ty < 4; ty++) {
      if (ty == win || r[ty] == LEDE_NONE || S_find(x, r[ty]) == S_find(x, r[win]) ||
          x->ent.v[r[ty]].type != ty)
        continue;
      if (town && (ty == LEDE_ENTITY_PLACE || ty == LEDE_ENTITY_ORGANIZATION) &&
          (win == LEDE_ENTITY_PLACE || win == LEDE_ENTITY_ORGANIZATION))
        continue;
      int to = win;
      if (town && ty != LEDE_ENTITY_PLACE && ty != LEDE_ENTITY_ORGANIZATION &&
          cnt[r[LEDE_ENTITY_PLACE]] > cnt[r[win]]) to = LEDE_ENTITY_PLACE;
      x->ent.v[S_find(x, r[ty])].parent = S_find(x, r[to]);
    }
  }
  lede__vec_free(&x->a->scratch, cand, ccap, sizeof *cand);
}

/* The stage's context: the article's tokens, its segments, room for
 * sub-tokens and for the distinct words' records. */
static void S_ent_begin(S_ctx *x, lede_article *a) {
  memset(x, 0, sizeof *x);
  x->a = a;
  x->t = a->text;
  x->names.typed = 1;
  x->words = lede__calloc(&a->scratch, sizeof *x->words);
  x->self = x;
  x->shared = a->tokens.v;
  x->ns = a->tokens.n;
#ifndef NDEBUG
  for (int k = 0; k < L_N; k++) assert(S_list_id(k) == lede__lex_id(lede__ent_lists[k]));
#endif
  lede__ent_segments(x);
  /* Room for sub-tokens of hyphenated words: a few, covered[] grows
   * with them. */
  size_t ntok = S_NT(x);
  x->maxtok = ntok + ntok / 2 + 16; /* sub-tokens past this are not made */
  /* Records for the distinct words, about one in four tokens of an
   * article, fewer in a longer text (a 3 MB one has one in 32): room for
   * a quarter of the tokens, or 512 and one per 64 bytes if less, grown
   * rarely. */
  size_t nrec = ntok / 4 < 512 + a->len / 64 ? ntok / 4 : 512 + a->len / 64;
  lede__vec_reserve(&a->scratch, (void **)&x->recs.v, &x->recs.cap, sizeof *x->recs.v,
                    nrec + 16);
  lede__vec_reserve(&a->scratch, (void **)&x->covered, &x->covcap, 1, ntok + ntok / 64 + 64);
  memset(x->covered, 0, x->covcap);
  /* The tagger's votes, one per distinct name: about one in thirty
   * tokens; room for one in twenty-four (4096 at most), so that their
   * map need not grow step by step. (Never read in slot order: its size
   * changes no answer.) */
  size_t nv = ntok / 24 < 4096 ? ntok / 24 : 4096, vcap = 64;
  while (vcap < 2 * nv) vcap *= 2;
  lede__ent_map_grow(&a->scratch, &x->votes, vcap, 0);
}

/* The names of the prose segments, from the tagger and pass 1, typed by
 * vote. */
static void S_ent_names(S_ctx *x) {
  lede__ent_modes(x);
  lede__ent_tag(x);
  for (size_t s = 0; s < x->seg.n; s++)
    if (x->seg.v[s].mode == M_NORMAL) {
      size_t mb = x->m.n;
      lede__ent_pass1(x, &x->seg.v[s]);
      lede__ent_tag_seg(x, &x->seg.v[s], mb);
    }
  lede__ent_vote(x, 0, x->m.n, 1);
}

/* Entities of the typed names among the first m1 mentions, the acronyms
 * defined for them (in acrs), and a known acronym spelled out. */
static void S_ent_typed(S_ctx *x, S_map *acrs, size_t m1) {
  S_person_by_surname(x, m1);
  for (size_t i = 0; i < m1; i++)
    if (x->m.v[i].type < X_UNKNOWN && S_ent_of(&x->m.v[i]) == LEDE_NONE) lede__ent_file(x, i);
  /* Acronyms defined for them, and their descriptions. */
  for (size_t i = 0; i < m1; i++) {
    const S_ment *m = &x->m.v[i];
    if (m->acr != S_NOACR && S_ent_of(m) != LEDE_NONE)
      lede__ent_alias(x, acrs, m->type, m->acr, m->acr + 1, S_ent_of(m));
  }
  /* A known acronym the text also spelled out ("IAEA" after "the
   * International Atomic Energy Agency (IAEA)"): one entity. */
  for (size_t i = 0; i < m1; i++) {
    const S_ment *m = &x->m.v[i];
    if (m->t1 - m->t0 != 1 || S_ent_of(m) == LEDE_NONE || m->type >= X_UNKNOWN ||
        !(S_T(x, m->t0)->flags & LEDE__T_UPPER))
      continue;
    size_t e = lede__ent_acr_lookup(x, acrs, m->t0);
    if (e != LEDE_NONE && x->ent.v[S_find(x, e)].type == m->type &&
        S_find(x, e) != S_find(x, S_ent_of(m))) {
      x->ent.v[S_find(x, S_ent_of(m))].parent = S_find(x, e);
      x->m.v[i].how = H_ACR;
    }
  }
}

/* Short forms: "Ruiz" -> "Ana Maria Ruiz", if only one fits;
 * "Barrick" -> "Barrick Gold Corp". Each word of the first m1 mentions'
 * names is noted with the entity it may stand for. */
static void S_ent_short_forms(S_ctx *x, size_t m1) {
  for (size_t i = 0; i < m1; i++) {
    const S_ment *m = &x->m.v[i];
    if (m->type == LEDE_ENTITY_ORGANIZATION && m->t1 - m->t0 >= 2 &&
        S_capital(S_T(x, m->t0)) && !S_common(x, m->t0) &&
        lede__ent_place_type(x, m->t0, m->t0 + 1, 0) < 0) {
      /* (a word without a record has no key) */
      const S_wrec *r = S_rec(x, m->t0);
      if (r) {
        size_t *v = &lede__ent_ptok_of(x, r)->org;
        x->nptok++;
        if (*v == LEDE_NONE) *v = S_ent_of(m);
        else if (*v != S_AMBIG && S_find(x, *v) != S_find(x, S_ent_of(m))) *v = S_AMBIG;
      }
    }
    if (m->type != LEDE_ENTITY_PERSON || m->t1 - m->t0 < 2) continue;
    for (size_t k = m->t0; k < m->t1; k++) {
      if (S_particle(x, k) || (S_dot(x, k))) continue;
      const S_wrec *r = S_rec(x, k);
      if (!r) continue;
      size_t *v = &lede__ent_ptok_of(x, r)->person;
      x->nptok++;
      if (*v == LEDE_NONE) *v = S_ent_of(m);
      else if (*v != S_AMBIG && S_find(x, *v) != S_find(x, S_ent_of(m))) *v = S_AMBIG;
    }
  }
}

/* The first m1 mentions' unknown names resolved, then the other segments
 * read, and entities for the mentions they add. */
static void S_ent_rest(S_ctx *x, S_map *acrs, size_t m1) {
  for (size_t i = 0; i < m1; i++)
    if (x->m.v[i].type == X_UNKNOWN) S_resolve(x, acrs, i, x->sports ? LEDE_ENTITY_PERSON : LEDE_ENTITY_ORGANIZATION);
  for (size_t s = 0; s < x->seg.n; s++) {
    const S_seg *sg = &x->seg.v[s];
    if (sg->mode == M_NORMAL) continue;
    /* Lines in capitals, datelines, tables: the tagger's names first, then
     * what is known. A title in title case capitalizes every word, and a
     * line of one word gives no context: only what is known there. */
    if (x->tag && sg->t1 <= x->ntag && lede__ent_seg_tags_read(x, s)) {
      size_t mb = x->m.n;
      lede__ent_tag_new(x, sg->t0, sg->t1);
      lede__ent_vote(x, mb, x->m.n, 0);
      for (size_t i = mb; i < x->m.n; i++)
        if (x->m.v[i].type == X_UNKNOWN) S_resolve(x, acrs, i, -1);
    }
    lede__ent_scan_known(x, sg);
  }
  for (size_t i = m1; i < x->m.n; i++)
    if (x->m.v[i].type < X_UNKNOWN && S_ent_of(&x->m.v[i]) == LEDE_NONE) lede__ent_file(x, i);
}

/* A one-word person whose word stands for a longer name's entity (the
 * short forms) joins that entity. */
static void S_ent_one_word(S_ctx *x) {
  for (size_t i = 0; i < x->m.n; i++) {
    S_ment *m = &x->m.v[i];
    if (m->type != LEDE_ENTITY_PERSON || m->t1 - m->t0 != 1 || S_ent_of(m) == LEDE_NONE)
      continue;
    size_t e = lede__ent_ptok(x, m->t0);
    if (e != LEDE_NONE && S_find(x, e) != S_find(x, S_ent_of(m))) {
      size_t r = S_find(x, S_ent_of(m)), to = S_find(x, e);
      x->ent.v[r].parent = to;
    }
  }
}

/* The scans for descriptions and roles, each after freeing what it no
 * longer needs; then the word records, which S_finish does without. */
static void S_ent_scans(S_ctx *x) {
  lede_article *a = x->a;
  /* The tagger's tags are done with (not ntag, the tokens it read):
   * room for the mentions the scans add. */
  lede__vec_free(&a->scratch, x->tag, x->tagcap, 1);
  x->tag = NULL;
  lede__ent_scan_desc(x);
  lede__ent_scan_roles(x);
  /* So are the segments: room for the article's mentions. */
  x->ntag = 0;
  lede__vec_free(&a->scratch, x->seg.v, x->seg.cap, sizeof *x->seg.v);
  x->seg.v = NULL;
  x->seg.n = x->seg.cap = 0;
  /* So are the tokens' word records: the few words S_finish asks about
   * are looked up again. */
  lede__vec_free(&a->scratch, x->wid, x->widcap, sizeof *x->wid);
  if (x->widtag) lede__vec_free(&a->scratch, x->widtag, x->widcap, sizeof *x->widtag);
  x->wid = x->widtag = NULL;
  x->widcap = x->widlim = x->widfast = 0;
}

/* The stage: names found and typed, their entities, short forms and
 * acronyms joined, the other segments, one type per entity, the scans,
 * then the article's entities and mentions (S_finish). */
void lede__entities(lede_article *a) {
  S_ctx x;
  S_ent_begin(&x, a);
  S_ent_names(&x);
  /* Entities of the typed names. */
  size_t m1 = x.m.n;
  S_map acrs = {0};
  acrs.typed = 1;
  S_ent_typed(&x, &acrs, m1);
  lede__ent_join_names(&x, m1);
  S_ent_short_forms(&x, m1);
  S_ent_rest(&x, &acrs, m1);
  S_ent_one_word(&x);
  S_one_type_per_name(&x);
  S_company_by_use(&x);
  S_short_form_person(&x);
  S_type_of_most_mentions(&x);
  S_ent_scans(&x);
  S_finish(&x);
  lede__arena_free(&a->scratch);
}

/* ==== Accessors ========================================================= */

static const lede_span S_none = {0, 0};

const char *lede_entity_type_name(lede_entity_type t) {
  switch (t) {
  case LEDE_ENTITY_PERSON: return "person";
  case LEDE_ENTITY_ORGANIZATION: return "organization";
  case LEDE_ENTITY_PLACE: return "place";
  case LEDE_ENTITY_GROUP: return "group";
  case LEDE_ENTITY_EVENT: return "event";
  }
  return "?";
}

size_t lede_entity_count(const lede_article *a) { return a->ents.n; }

lede_entity_type lede_entity_type_of(const lede_article *a, size_t i) {
  return i < a->ents.n ? a->ents.v[i].type : LEDE_ENTITY_PERSON;
}

lede_span lede_entity_name(const lede_article *a, size_t i) {
  return i < a->ents.n ? a->ents.v[i].name : S_none;
}

int lede_entity_title(const lede_article *a, size_t i, lede_span *out) {
  lede_span s = i < a->ents.n ? a->ents.v[i].title : S_none;
  if (out) *out = s;
  return s.end > s.start;
}

int lede_entity_role(const lede_article *a, size_t i, lede_span *out) {
  lede_span s = i < a->ents.n ? a->ents.v[i].role : S_none;
  if (out) *out = s;
  return s.end > s.start;
}

size_t lede_entity_mention_count(const lede_article *a, size_t i) {
  return i < a->ents.n ? a->ents.v[i].nments : 0;
}

lede_span lede_entity_mention(const lede_article *a, size_t i, size_t j) {
  if (i >= a->ents.n || j >= a->ents.v[i].nments) return S_none;
  return lede__s64(a->ments.v[a->ent_ments.v[a->ents.v[i].first_ment + j]].span);
}

size_t lede_entity_mention_block(const lede_article *a, size_t i, size_t j) {
  if (i >= a->ents.n || j >= a->ents.v[i].nments) return LEDE_NONE;
  return a->ments.v[a->ent_ments.v[a->ents.v[i].first_ment + j]].block;
}

lede_mention_kind lede_entity_mention_kind(const lede_article *a, size_t i,
                                           size_t j) {
  if (i >= a->ents.n || j >= a->ents.v[i].nments) return LEDE_MENTION_NAME;
  return a->ments.v[a->ent_ments.v[a->ents.v[i].first_ment + j]].kind;
}

const char *lede_mention_kind_name(lede_mention_kind k) {
  switch (k) {
  case LEDE_MENTION_NAME: return "name";
  case LEDE_MENTION_ACRONYM: return "acronym";
  case LEDE_MENTION_DESCRIPTION: return "description";
  case LEDE_MENTION_ROLE: return "role";
  case LEDE_MENTION_PRONOUN: return "pronoun";
  }
  return "?";
}

size_t lede_entity_alias_count(const lede_article *a, size_t i) {
  return i < a->ents.n ? a->ents.v[i].naliases : 0;
}

lede_span lede_entity_alias(const lede_article *a, size_t i, size_t j) {
  if (i >= a->ents.n || j >= a->ents.v[i].naliases) return S_none;
  return a->ent_aliases.v[a->ents.v[i].first_alias + j];
}

size_t lede_entity_find(const lede_article *a, const char *name, size_t len) {
  if (!name || !a->ent_find) return LEDE_NONE;
  char want[S_KEY];
  size_t wn = S_key_str(name, len, want);
  if (!wn) return LEDE_NONE;
  size_t k = S_find_probe(a, want, wn, S_alias_hash(want, wn));
  if (!a->ent_find[k]) return LEDE_NONE;
  /* The entity whose aliases hold alias k: the last to begin at or
   * before it. */
  size_t al = a->ent_find[k] - 1, lo = 0, hi = a->ents.n;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (a->ents.v[mid].first_alias <= al) lo = mid;
    else hi = mid;
  }
  return lo;
}

size_t lede__entity_at(const lede_article *a, size_t start, size_t end) {
  /* Mentions do not overlap, so their ends are sorted too. */
  size_t lo = 0, hi = a->ments.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a->ments.v[mid].span.end <= start) lo = mid + 1;
    else hi = mid;
  }
  size_t best = LEDE_NONE, best_ov = 0;
  int best_in = 0;
  for (size_t i = lo; i < a->ments.n && a->ments.v[i].span.start < end; i++) {
    lede_span s = lede__s64(a->ments.v[i].span);
    size_t ov = (s.end < end ? s.end : end) - (s.start > start ? s.start : start);
    int in = s.start >= start && s.end <= end;
    if (best == LEDE_NONE || (in && !best_in) || (in == best_in && ov > best_ov)) {
      best = a->ments.v[i].entity;
      best_ov = ov;
      best_in = in;
    }
  }
  return best;
}

/* ==== Counting ========================================================== */

size_t lede_count(const lede_article *a, const char *term, size_t len,
                  unsigned flags) {
  if (!term || !len) return 0;
  const char *t = a->text;
  size_t n = a->len, count = 0, l1, l2;
  int prev_alnum = 0;
  int ci = !(flags & LEDE_COUNT_CASE);
  for (size_t p = 0; p < n; p += l1) {
    int32_t c = lede__cp(t, n, p, &l1);
    if (!prev_alnum) {
      size_t i = p, j = 0;
      int ok = 1;
      while (j < len) {
        if (i >= n) {
          ok = 0;
          break;
        }
        size_t la, lb;
        int32_t x = lede__cp(t, n, i, &la), y = lede__cp(term, len, j, &lb);
        if (x < 0 || y < 0 ? (la != lb || memcmp(t + i, term + j, la) != 0)
                           : (ci ? S_fold(x) != S_fold(y)
                                 : (x != y && !((x == 0x2019 || x == '\'') &&
                                                (y == 0x2019 || y == '\''))))) {
          ok = 0;
          break;
        }
        i += la;
        j += lb;
      }
      if (ok && (i >= n || !S_alnum(lede__cp(t, n, i, &l2)))) count++;
    }
    prev_alnum = S_alnum(c);
  }
  return count;
}

/* ==== Invariants ======================================================== */

long lede__ent_seg_check(lede_article *a) {
  if (!a->sents.n) return 0;
  S_ctx x;
  S_ent_begin(&x, a);
  long d = 0;
  size_t n = x.ns;
  for (int pass = 0; pass < 4; pass++)
    for (size_t k = 0; k < n; k++) {
      size_t i = pass == 0 ? k : pass == 1 ? n - 1 - k
                 : pass == 2 ? k * 7919 % n : (k & 1 ? k / 2 : n - 1 - k / 2);
      if (i) d += S_SG_prev(&x, i) != (S_SG(&x, i - 1) == S_SG(&x, i));
      for (size_t j = i + 1; j < n && j <= i + 6; j++)
        d += S_SG_same(&x, i, j) != (S_SG(&x, i) == S_SG(&x, j));
    }
  lede__arena_free(&a->scratch);
  return d;
}

const char *lede__check_entities(const lede_article *a) {
  size_t prev = 0;
  for (size_t i = 0; i < a->ments.n; i++) {
    const lede__mention *m = &a->ments.v[i];
    if (m->span.start < prev || m->span.end <= m->span.start || m->span.end > a->len)
      return "entity mention out of order or bounds";
    if (m->entity >= a->ents.n) return "mention entity out of range";
    if (m->block >= a->blocks.n) return "mention block out of range";
    lede_span b = lede__s64(a->blocks.v[m->block].span);
    if (m->span.start < b.start || m->span.end > b.end)
      return "mention outside its block";
    prev = m->span.end;
  }
  size_t total = 0;
  for (size_t e = 0; e < a->ents.n; e++) {
    const lede__entity *en = &a->ents.v[e];
    if (!en->nments) return "entity without mentions";
    if (en->first_ment + en->nments > a->ent_ments.n) return "entity mentions out of range";
    if (en->first_alias + en->naliases > a->ent_aliases.n) return "entity aliases out of range";
    if (en->name.end <= en->name.start || en->name.end > a->len) return "entity name broken";
    for (size_t j = 0; j < en->nments; j++)
      if (a->ent_ments.v[en->first_ment + j] >= a->ments.n ||
          a->ments.v[a->ent_ments.v[en->first_ment + j]].entity != e)
        return "entity mention index broken";
    total += en->nments;
  }
  if (total != a->ments.n) return "mentions not all listed";
  return NULL;
}
