/* lede__q_find_verbs passes most words over by a filter of their length
 * and bytes (S_want_init's tables) before its tests of cue verbs, nouns,
 * adjectives, pronouns and phrase verbs. The filter must let through
 * every word those tests read: over every word of every list, as written
 * in lower case, capitalized and in capitals, the walk finds the same
 * with the filter as without (white-box: core/quotes_internal.h). */
#include "helpers.h"
#include "quotes_internal.h"

typedef struct {
  char *s;
  size_t n, cap;
} t_buf;

static void t_put(t_buf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    b->cap = (b->n + n + 1) * 2;
    b->s = realloc(b->s, b->cap);
    cr_assert(b->s);
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}

/* Word w (up to a space: verb entries are "form lemma"), in case c: 0 as
 * listed, 1 capitalized, 2 in capitals; sentences of eight words. */
static void t_word(t_buf *b, const char *w, int c, size_t *k) {
  size_t n = 0;
  while (w[n] && w[n] != ' ') n++;
  if (!n) return;
  char tmp[128];
  if (n >= sizeof tmp) return;
  for (size_t i = 0; i < n; i++) {
    char ch = w[i];
    if ((c == 2 || (c == 1 && i == 0)) && ch >= 'a' && ch <= 'z') ch -= 32;
    tmp[i] = ch;
  }
  t_put(b, tmp, n);
  if (++*k % 8) t_put(b, " ", 1);
  else t_put(b, ".\n\n", 3);
}

/* The walk's results: the verbs and each pass's candidate tokens. */
typedef struct {
  uint8_t *verb;
  uint64_t *cand[Q_NCAND];
  uint64_t *verb_e;
  size_t nverb_e;
  size_t npairs; /* verbs whose entry has no code (255) */
} t_walk;

/* Each verb's entry as S_verb_of reads it (by its code, or its pair) is
 * the one its form has; returns how many are read by their pair. */
static size_t t_entries_as_formed(const lede_article *a) {
  S_verb_index ix;
  lede__q_verb_index_build(&ix);
  size_t pairs = 0;
  for (size_t i = 0; i < a->tokens.n; i++) {
    if (!a->quote_verb[i]) continue;
    const lede__token *t = &a->tokens.v[i];
    cr_assert_eq(S_verb_of(a, i),
                 lede__q_verb_entry(&ix, a->text + t->start, t->len),
                 "verb at token %zu (%.*s)", i, (int)t->len,
                 a->text + t->start);
    pairs += a->quote_verb[i] == 255;
  }
  return pairs;
}

static t_walk t_run(lede_article *a, int filter) {
  S_ctx x;
  memset(&x, 0, sizeof x);
  x.a = a;
  if (filter) lede__q_find_verbs(&x);
  else lede__q_find_verbs_unfiltered(&x);
  t_walk w;
  size_t n = a->tokens.n, words = n / 64 + 1;
  w.verb = malloc(n + 1);
  memcpy(w.verb, a->quote_verb, n + 1);
  for (int k = 0; k < Q_NCAND; k++) {
    w.cand[k] = malloc(words * sizeof(uint64_t));
    memcpy(w.cand[k], x.cand[k], words * sizeof(uint64_t));
  }
  w.npairs = t_entries_as_formed(a);
  w.nverb_e = a->quote_verb_e.n;
  w.verb_e = malloc((w.nverb_e + 1) * sizeof(uint64_t));
  if (w.nverb_e)
    memcpy(w.verb_e, a->quote_verb_e.v, w.nverb_e * sizeof(uint64_t));
  a->quote_verb = NULL;
  memset(&a->quote_verb_e, 0, sizeof a->quote_verb_e);
  return w;
}

static void t_free(t_walk *w) {
  free(w->verb);
  for (int k = 0; k < Q_NCAND; k++) free(w->cand[k]);
  free(w->verb_e);
}

/* Every word of every list and every cue verb form, as listed, capitalized
 * and in capitals, eight words a sentence. */
static char *t_listed_words(void) {
  t_buf b = {0};
  for (int c = 0; c < 3; c++) {
    size_t k = 0;
    for (size_t v = 0; v <= lede__word_mask; v++)
      if (lede__word_slots[v])
        t_word(&b, lede__words[lede__word_slots[v] & 0x1FFFF].key, c, &k);
    for (size_t e = 0; e < lede__q_verb_n(); e++)
      t_word(&b, lede__q_entry_word(e), c, &k);
    t_put(&b, ".\n\n", 3);
  }
  return b.s;
}

/* The walk finds the same in a with its filter as without. */
static void t_same_walks(lede_article *a) {
  cr_assert(a->tokens.n > 10000);
  t_walk f = t_run(a, 1), u = t_run(a, 0);
  size_t n = a->tokens.n, words = n / 64 + 1;
  for (size_t i = 0; i < n; i++)
    cr_assert_eq(f.verb[i], u.verb[i], "verb at token %zu (%.*s)", i,
                 (int)a->tokens.v[i].len, a->text + a->tokens.v[i].start);
  cr_assert_eq(f.nverb_e, u.nverb_e);
  /* (every cue form is written: more entries than a byte codes, so some
   * verbs are read by their pair) */
  cr_assert_gt(f.npairs, 0);
  for (size_t i = 0; i < f.nverb_e; i++) cr_assert_eq(f.verb_e[i], u.verb_e[i]);
  for (int k = 0; k < Q_NCAND; k++)
    for (size_t w = 0; w < words; w++)
      if (f.cand[k][w] != u.cand[k][w]) {
        size_t i = w * 64 + (size_t)__builtin_ctzll(f.cand[k][w] ^ u.cand[k][w]);
        cr_assert_fail("pass %d: token %zu (%.*s) told apart by the filter", k,
                       i, (int)a->tokens.v[i].len,
                       a->text + a->tokens.v[i].start);
      }
  t_free(&f);
  t_free(&u);
}

Test(quote_filter, passes_every_listed_word) {
  char *s = t_listed_words();
  lede_article *a = t_parse(s);
  cr_assert_null(a->q_want); /* (the filter of the stage's own tables) */
  t_same_walks(a);
  lede_article_free(a);
  free(s);
}

/* The same with the filter the dates stage's look-up of each token gives
 * (a->q_want, while the stages run). */
Test(quote_filter, dates_look_up_passes_every_listed_word) {
  char *s = t_listed_words();
  lede_article *a = t_parse(s);
  lede__tok_words_begin(a);
  lede__dates(a);
  cr_assert_not_null(a->q_want);
  /* (most tokens are told apart) */
  size_t kept = 0;
  for (size_t i = 0; i < a->tokens.n; i++) kept += a->q_want[i >> 6] >> (i & 63) & 1;
  cr_assert_lt(kept, a->tokens.n / 2);
  t_same_walks(a);
  lede__tok_words_end(a);
  lede_article_free(a);
  free(s);
}

/* A cue verb entry's lemma answers list questions from its word, looked
 * up once (lede__q_lemma_in): as the lists themselves answer, for every
 * entry's lemma (as the entry holds it, and copied elsewhere) and every
 * list the stage asks of lemmas. */
Test(quote_filter, lemma_lists_answer_as_the_lists) {
  const lede__lexicon *const lists[] = {
      &lede__lex_cue_that_only,       &lede__lex_cue_particle_only,
      &lede__lex_quote_passive_verbs, &lede__lex_quote_judging_verbs,
      &lede__lex_quote_stance_lemmas, &lede__lex_quote_passive_topic_verbs,
      &lede__lex_cue_tally,           &lede__lex_cue_clause_only,
      &lede__lex_cue_findings,        &lede__lex_cue_nouns_other,
      &lede__lex_cue_continuing};
  size_t yes = 0;
  /* (the slots lede__q_lemma_in reads, made as lede__q_find_verbs makes
   * them: without, every lemma would ask the lists) */
  lede__q_cue_class("say");
  for (size_t e = 0; e < lede__q_verb_n(); e++) {
    const char *w = lede__q_entry_word(e), *sp = strchr(w, ' ');
    const char *l = sp ? sp + 1 : w;
    /* (S_entry_lemma: the same string, from the table made once) */
    cr_assert_eq(S_entry_lemma(e), l, "entry %zu", e);
    char copy[64];
    snprintf(copy, sizeof copy, "%s", l);
    for (size_t k = 0; k < sizeof lists / sizeof *lists; k++) {
      int want = lede__lex_has(lists[k], l, strlen(l));
      yes += (size_t)want;
      cr_assert_eq(lede__q_lemma_in(l, lists[k]), want, "%s, list %zu", l, k);
      cr_assert_eq(lede__q_lemma_in(copy, lists[k]), want, "%s, list %zu", l, k);
    }
  }
  cr_assert_gt(yes, 50);
}

/* lede__q_cue_at2 asks whether the word after a verb makes it another
 * verb ("showed up") only of a lemma some line of the list opens with:
 * for every verb entry, as a walk over the list's lines answers. */
Test(quote_filter, particle_not_asked_where_a_line_opens) {
  const lede__lexicon *lx = &lede__lex_cue_particle_not;
  size_t yes = 0;
  for (size_t e = 0; e < lede__q_verb_n(); e++) {
    const char *w = lede__q_entry_word(e), *sp = strchr(w, ' ');
    const char *l = sp ? sp + 1 : w;
    size_t n = strlen(l);
    int want = 0;
    for (size_t k = 0; k < lx->n; k++)
      if (strncmp(lx->words[k], l, n) == 0 && lx->words[k][n] == ' ') want = 1;
    yes += (size_t)want;
    cr_assert_eq(lede__q_lemma_particle_not(e) != 0, want, "%s", l);
  }
  cr_assert_gt(yes, 8);
}

/* The passes walk their candidates in text order, not sentence by
 * sentence (S_walk_*): each candidate in [s0 + 1, s1 - 2) of its
 * sentence is visited with its sentence, as a walk sentence by sentence
 * visits it, and a pass that goes on from a candidate to a later token
 * (past its sentence's end too) looks on from there or from the next
 * sentence's first token. */
Test(quote_filter, candidate_walk_as_by_sentence) {
  lede_article *a = t_parse(
      "Walks\n\n"
      "The mayor said the bridge would reopen. Lee agreed. Yes. The "
      "council voted on Tuesday to fund it, and the clerk wrote that the "
      "levy passed. No.\n\n"
      "A second paragraph holds more words than the first one does, by "
      "far. Then one more. And a last one that runs on for a while.\n");
  size_t n = a->tokens.n, nt = S_walk_end(a);
  cr_assert_gt(a->sents.n, 6);
  uint64_t *m = calloc(n / 64 + 1, sizeof *m);
  size_t (*ref)[2] = calloc(n + 1, sizeof *ref), (*got)[2] = calloc(n + 1, sizeof *got);
  cr_assert(m && ref && got);
  for (unsigned seed = 1; seed < 60; seed++) {
    memset(m, 0, (n / 64 + 1) * sizeof *m);
    for (size_t i = 0; i < n; i++)
      if ((i * 2654435761u + seed * 40503u) >> 9 & 1) m[i >> 6] |= UINT64_C(1) << (i & 63);
    /* (a pass going on from some candidates, by up to nine tokens) */
#define T_JUMP(i) (((i) + seed) % 4 == 0 ? (i) + ((i) + seed) % 10 : (i))
    size_t nr = 0, ng = 0;
    for (size_t si = 0; si < a->sents.n; si++) {
      size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
      size_t lim = s1 > 2 ? s1 - 2 : 0;
      for (size_t i = s0 + 1; (i = S_next_cand(m, i, lim)) < lim; i++) {
        ref[nr][0] = i, ref[nr][1] = si, nr++;
        i = T_JUMP(i);
      }
    }
    S_cwalk w = {0};
    for (size_t i = S_walk_first(a); (i = S_next_cand(m, i, nt)) < nt;
         i = S_walk_next(&w, i)) {
      S_walk_sent(a, &w, i);
      size_t lim = w.s1 > 2 ? w.s1 - 2 : 0;
      if (i < w.s0 + 1) continue;
      if (i >= lim) {
        i = w.s1;
        continue;
      }
      got[ng][0] = i, got[ng][1] = w.si, ng++;
      i = T_JUMP(i);
    }
#undef T_JUMP
    cr_assert_eq(ng, nr, "seed %u", seed);
    for (size_t k = 0; k < nr; k++) {
      cr_assert_eq(got[k][0], ref[k][0], "seed %u, %zu", seed, k);
      cr_assert_eq(got[k][1], ref[k][1], "seed %u, %zu", seed, k);
    }
  }
  free(m);
  free(ref);
  free(got);
  lede_article_free(a);
}

/* The first entry whose form is s[0..n) in ASCII case folded, or
 * LEDE_NONE: a plain search of the lists. */
static size_t t_plain_entry(const char *s, size_t n) {
  for (size_t e = 0; e < lede__q_verb_n(); e++) {
    const char *w = lede__q_entry_word(e);
    if (strcspn(w, " ") != n) continue;
    size_t k = 0;
    while (k < n && (unsigned char)w[k] ==
                        (unsigned char)((s[k] >= 'A' && s[k] <= 'Z') ? s[k] | 0x20 : s[k]))
      k++;
    if (k == n) return e;
  }
  return LEDE_NONE;
}

/* Each cue verb form found by the hash (forms of another length passed
 * over unread, the rest compared eight bytes at once) as by a plain
 * search: as listed, in capitals, capitalized, a byte longer and a byte
 * shorter. */
Test(quote_filter, verb_entries_as_by_a_plain_search) {
  S_verb_index ix;
  lede__q_verb_index_build(&ix);
  char buf[64];
  size_t found = 0;
  for (size_t e = 0; e < lede__q_verb_n(); e++) {
    const char *w = lede__q_entry_word(e);
    size_t n = strcspn(w, " ");
    if (n + 2 > sizeof buf) continue;
    for (int v = 0; v < 5; v++) {
      size_t m = n;
      memcpy(buf, w, n);
      for (size_t k = 0; k < n; k++)
        if ((v == 1 || (v == 2 && k == 0)) && buf[k] >= 'a' && buf[k] <= 'z')
          buf[k] = (char)(buf[k] - 32);
      if (v == 3) buf[m++] = 's';
      if (v == 4) m--;
      size_t got = lede__q_verb_entry(&ix, buf, m), want = t_plain_entry(buf, m);
      cr_assert_eq(got, want, "\"%.*s\": entry %zu, not %zu", (int)m, buf,
                   got, want);
      found += got != LEDE_NONE;
    }
  }
  cr_assert_gt(found, 3 * lede__q_verb_n());
}
