/* Quotes and reported speech: what the files of the stage share (the
 * passes are described in quotes.c). */
#ifndef LEDE_QUOTES_INTERNAL_H
#define LEDE_QUOTES_INTERNAL_H

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "lexicon.h"
#include "tokens.h"
#include "wordhash.h"

#define S_DEPTH 4
#define S_MAX_CARRY 12
#define S_NP_MAX 9     /* tokens in a speaker phrase */
#define S_BACK_QUOTES 24 /* earlier quotes searched for an antecedent */
#define S_CONTENT_MAX 200 /* tokens in a reported clause */

enum { F_NONE, F_DQ, F_SQ, F_GU, F_SGU, F_CJK, F_CJK2 };

/* Offsets and blocks in 32 bits, as tokens have them: one a mark. */
typedef struct {
  uint32_t open, oend;  /* the opening mark */
  uint32_t close, cend; /* the closing mark */
  uint32_t block;       /* block of the opening mark */
  int used;             /* taken by a quote */
  size_t parent;        /* opener id of the enclosing mark, or LEDE_NONE */
} S_pair;

typedef struct {
  size_t parent;
  int closed;
} S_opener_rec;

typedef struct {
  int fam;
  int32_t c;
  size_t pos, end, block, id;
} S_open;

/* The passes that walk every token, each told by lede__q_find_verbs
 * which tokens can open what it looks for. */
enum { Q_REPORT, Q_NOUN, Q_STANCE, Q_PHRASE, Q_ADJ,
       Q_PRON /* "he", "she", "him", "his", "her" (pass 5) */,
       Q_HEARSAY /* "reportedly", "there" (lede__q_hearsay) */,
       Q_POLL /* "poll", "survey" (lede__q_poll_frames) */, Q_NCAND };

typedef struct {
  lede_article *a;
  LEDE__VEC(S_pair) pairs;      /* top-level pairs, in text order */
  LEDE__VEC(S_pair) pending;    /* pairs waiting for their ancestors */
  LEDE__VEC(S_opener_rec) openers;
  S_open stack[S_DEPTH];
  int depth;
  unsigned char *used_tok;      /* per token, 2 bits (S_used): 1 part of
                                   an attribution, 2 inside quotation
                                   marks */
  size_t ndirect;               /* quotes found by pass 2 */
  uint64_t *cand[Q_NCAND];      /* per pass (Q_*), a bit a token: the
                                   tokens its walk stops at */
  size_t note_block;            /* 1 + the block S_note asked last, or 0 */
  int note;                     /* and its answer */
} S_ctx;

/* The cue verb forms in an open-addressing hash table: one probe or two
 * a token. Entry e is line e of data/lex/speech_verbs.txt, or past its
 * end, of data/lex/cue_action_verbs.txt (stance and action verbs the
 * tagger does not read). tools/gen_quote_verbs.lua precomputes it
 * (quote_verbs.h); should the lists and the table ever disagree in size,
 * it is built per article on the stack instead. */
#define S_VHASH 2048
/* Verb entries a byte of a->quote_verb codes per article (S_verb_of). */
#define S_VCODES 254

typedef struct {
  const uint16_t *slot;   /* entry + 1, or 0 */
  const uint32_t *lens;   /* by (first byte & 31) * 32 + (last byte & 31):
                             bit n set if a form has length n (a cheap
                             filter before hashing) */
  const uint32_t *lens2;  /* the same by the second byte and the one
                             before the last */
  uint16_t slot_buf[S_VHASH];
  uint32_t lens_buf[32 * 32], lens2_buf[32 * 32];
} S_verb_index;

typedef struct {
  size_t cue0, cue1;  /* cue tokens [cue0, cue1) */
  const char *lemma;
  int according;      /* "according to" */
} S_cue;

/* quotes_marks.c */
int lede__q_alnum(int32_t c);
void lede__q_find_pairs(S_ctx *x);
/* The first position from j on in t[.., hi) holding " ' ` or a byte not
 * ASCII, hi if none, as the scan for marks reads it (t holds lim >= hi
 * bytes): 32 bytes a step with AVX2 if hw and the processor has it
 * (lede__hw), else not. */
size_t lede__q_plain_end(const char *t, size_t j, size_t hi, size_t lim,
                         int hw);
size_t lede__q_verb_n(void);
const char *lede__q_entry_word(size_t e);
/* Verb entry e's lemma: the word after the form's space ("said say"), or
 * the entry itself; a string of the list, found in it (S_entry_lemma
 * asks lede__q_lemmas first). */
const char *lede__q_entry_lemma(size_t e);
/* The same of the first S_VHASH / 2 entries, found once (by
 * lede__q_find_verbs, before any token has an entry); NULL before. */
extern const char *lede__q_lemmas[S_VHASH / 2];
void lede__q_verb_index_build(S_verb_index *ix);
/* The cue class (lede_cue_class) of a lemma: writing, thought, other or
 * speech, by data/lex/cue_writing.txt and the others. */
int lede__q_cue_class(const char *lemma);
/* Is lemma in list lx? lede__lex_has of it, but a cue verb entry's
 * lemma answers from the bits of its word looked up once. */
int lede__q_lemma_in(const char *lemma, const lede__lexicon *lx);
size_t lede__q_verb_entry(const S_verb_index *ix, const char *s, size_t n);
void lede__q_find_verbs(S_ctx *x);
/* The same with every word asked, none passed over by the filter of
 * S_want_init's tables: what the filter lets through must be a superset
 * of what the walk's tests read (tests/test_quote_filter.c). */
void lede__q_find_verbs_unfiltered(S_ctx *x);
/* Does lede__q_cue_at2 ask whether the word after a verb of entry e
 * makes it another verb (data/lex/cue_particle_not.txt)? Only where
 * some entry opens with its lemma (tests/test_quote_filter.c). */
int lede__q_lemma_particle_not(size_t e);
int lede__q_noun_reading(const lede_article *a, size_t i);
int lede__q_cue_at2(const lede_article *a, size_t i, size_t s1, S_cue *cu,
                    int loose);
size_t lede__q_np_left(const lede_article *a, size_t lo, size_t e);
size_t lede__q_np_right(const lede_article *a, size_t s, size_t hi);

/* quotes_build.c */
size_t lede__q_skip_aux_left(const lede_article *a, size_t lo, size_t i);
size_t lede__q_number_subject0(const lede_article *a, size_t lo,
                               size_t e);
size_t lede__q_clause_subject(const lede_article *a, size_t s0, size_t lim,
                              size_t *start);
size_t lede__q_near_subject(const lede_article *a, size_t s0, size_t c0,
                            size_t *start);
size_t lede__q_object_subject(const lede_article *a, size_t s0, size_t e,
                              size_t *start);
int lede__q_speaker(const lede_article *a, size_t s0, size_t s1, size_t c0,
                    size_t c1, size_t *sp0, size_t *sp1);
size_t lede__q_skip_adjuncts(const lede_article *a, size_t i, size_t s1);
int lede__q_passive_subject(const lede_article *a, size_t sp0, size_t sp1,
                            size_t i, size_t s1);
size_t lede__q_clause_end(const lede_article *a, size_t s0, size_t s1,
                          size_t k);

/* quotes_direct.c */
void lede__q_direct(S_ctx *x);
int lede__q_cmp_quote(const void *pa, const void *pb);
void lede__q_sort_quotes(lede_article *a);
void lede__q_sort_tail(lede_article *a, size_t n0);
void lede__q_leftover(S_ctx *x);

/* quotes_reported.c */
void lede__q_reported(S_ctx *x);
void lede__q_noun_frames(S_ctx *x);
void lede__q_stance_phrases(S_ctx *x);
void lede__q_verb_phrases(S_ctx *x);
void lede__q_adjective_frames(S_ctx *x);
void lede__q_sourceless(S_ctx *x);
int lede__q_hearsay(S_ctx *x);
int lede__q_poll_frames(S_ctx *x);
void lede__q_headline(S_ctx *x);
void lede__q_transcript(S_ctx *x);
void lede__q_cut_at_next(S_ctx *x);
size_t lede__q_participle_reports(S_ctx *x);
void lede__q_trim_reported(lede_article *a);
int lede__q_phrase_verb(const lede_article *a, size_t i, int c);

/* quotes_frames.c */
int lede__q_frames(S_ctx *x);
/* For the tests: the weights looked up bucket by bucket and by halving
 * the table, over every weight's id, its neighbours and random ids: the
 * number that differ. */
size_t lede__q_frame_weight_check(void);
/* The id of list feature p ("objlex", "lex", "lexl") of list k (k = the
 * number of lists: "none"), as the pass takes it and hashed from its
 * text; 0 past them. */
uint32_t lede__q_frame_list_feat(size_t p, size_t k);
uint32_t lede__q_frame_list_feat_slow(size_t p, size_t k);
/* For the tests: whether [s, e) overlaps one of the last quotes before e,
 * told by the greatest end of each 32 quotes and by a walk over them, for
 * many spans of a's text: the number of answers that differ. */
size_t lede__q_frame_in_quote_check(lede_article *a);
/* For the tests: the hash of the last word of each span of t[0..n) up to
 * 40 bytes long, by the table of byte classes and byte by byte: the
 * number that differ. */
size_t lede__q_frame_last_word_check(const char *t, size_t n);

/* quotes_resolve.c */
/* For the tests: nonzero, every person's gender is read before the
 * pronouns are resolved, not when first asked. */
extern int lede__q_gender_eager;
void lede__q_resolve(lede_article *a, const unsigned char *used,
                     const uint64_t *pron);
void lede__q_classify(lede_article *a);

static inline int S_family(int32_t c);
static inline unsigned S_used(const unsigned char *u, size_t i);
static inline void S_use(unsigned char *u, size_t i, unsigned v);
static inline int S_block_extent(const lede_article *a, size_t b, size_t *lo,
                                 size_t *hi);
static inline const lede__token *S_tok(const lede_article *a, size_t i);
static inline int S_lex(const lede__lexicon *lx, const lede_article *a, size_t i);
static inline __attribute__((always_inline)) int S_is(const lede_article *a,
                                                       size_t i, const char *w);
static inline int S_same(const char *l, const char *w);
static inline __attribute__((always_inline)) int S_punct(const lede_article *a,
                                                          size_t i, int32_t c);
static inline int S_comma(const lede_article *a, size_t i);
static inline int S_dash(const lede_article *a, size_t i);
static inline int S_possessive(const lede_article *a, size_t i);
static inline int S_negation(const lede_article *a, size_t i);
static inline const char *S_entry_lemma(size_t e);
static inline size_t S_verb_of(const lede_article *a, size_t i);
static inline const char *S_verb_lemma(const lede_article *a, size_t i);
static inline const char *S_after_lemma(const lede_article *a, size_t i);
static inline int S_be_contracted(const lede_article *a, size_t i);
static inline int S_adjective_lemma(const char *l);
static inline int S_adjective_shape(const lede_article *a, size_t i);
static inline int S_cue_at(const lede_article *a, size_t i, size_t s1, S_cue *cu);
static inline int S_word(const lede_article *a, size_t i);
static inline int S_cap(const lede_article *a, size_t i);
static inline int S_abbrev(const lede_article *a, size_t i);
static inline int S_ing(const lede_article *a, size_t i);
static inline int S_ly(const lede_article *a, size_t i);
static inline int S_finite_aux(const lede_article *a, size_t i);
static inline int S_past(const lede_article *a, size_t i);
static inline int S_s_form(const lede_article *a, size_t i);
static inline int S_present_s(const lede_article *a, size_t i);
static inline int S_name_will(const lede_article *a, size_t i);
static inline int S_initial(const lede_article *a, size_t i);
static inline int S_ly_noun(const lede_article *a, size_t i);
static inline int S_np_lower(const lede_article *a, size_t i);
static inline int S_suffix_stop(const lede_article *a, size_t k);
static inline lede_span S_span_tok(const lede_article *a, size_t t0, size_t t1);
static inline int S_empty(lede_span s);
static inline lede__quote *S_new(lede_article *a, size_t block);
static inline void S_sent_range(const lede_article *a, size_t i, size_t *s0,
                                size_t *s1);
static inline void S_mark(S_ctx *x, size_t t0, size_t t1);
static inline int S_timeword(const lede_article *a, size_t i);
static inline int S_hedge(const lede_article *a, size_t i);
static inline int S_clause_opens(const lede_article *a, size_t lo, size_t k);
static inline size_t S_number_subject_np(const lede_article *a, size_t lo,
                                         size_t e, size_t n);
static inline size_t S_number_subject(const lede_article *a, size_t lo, size_t e);
static inline int S_personal(const lede_article *a, size_t i);
static inline int S_plural_noun(const lede_article *a, size_t i);
static inline int S_good_subject(const lede_article *a, size_t s, size_t e);
static inline int S_subordinator(const lede_article *a, size_t i);
static inline int S_tail_only(const lede_article *a, size_t i, size_t s1);
static inline int S_new_clause(const lede_article *a, size_t v, size_t e);
static inline int S_np_only(const lede_article *a, size_t k, size_t e);
static inline int S_has_verb(const lede_article *a, size_t k, size_t e);
static inline size_t S_new_clause_verb(const lede_article *a, size_t v, size_t e);
static inline int S_joined_content(const lede_article *a, size_t k, size_t i,
                                   size_t e);
static inline size_t S_content_end(const lede_article *a, size_t s0, size_t s1);
static inline lede_span S_trim_span(const lede_article *a, lede_span s);
static inline size_t S_skip_listener(const lede_article *a, size_t v, size_t k,
                                     size_t s1);
static inline int S_finite(const lede_article *a, size_t i);
static inline int S_be(const lede_article *a, size_t i);
static inline int S_passive_lemma(const char *l);
static inline int S_judging_lemma(const char *l);
static inline int S_frame_particle(const lede_article *a, size_t i);
static inline int S_verbish(const lede_article *a, size_t i, int aux);
static inline int S_pronoun(const lede_article *a, lede_span s);
static inline int S_orglike(const lede_article *a, lede_span s);
static inline int S_personlike(const lede_article *a, lede_span s);
static inline int S_cue_class_of(const char *lemma);

static inline int S_family(int32_t c) {
  switch (c) {
  case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
  case 0xFF02:
    return F_DQ;
  case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    return F_SQ;
  case 0xAB: case 0xBB: return F_GU;
  case 0x2039: case 0x203A: return F_SGU;
  case 0x300C: case 0x300D: return F_CJK;
  case 0x300E: case 0x300F: return F_CJK2;
  }
  return F_NONE;
}

/* The first token in [i, hi) whose bit is set in m, or hi if none. */
static inline size_t S_next_cand(const uint64_t *m, size_t i, size_t hi) {
  while (i < hi) {
    uint64_t w = m[i >> 6] >> (i & 63);
    if (w) {
      i += (size_t)__builtin_ctzll(w);
      return i < hi ? i : hi;
    }
    i = (i | 63) + 1;
  }
  return hi;
}

/* lede__tok_sent along a walk whose tokens go forward: the sentence
 * last found, its first token and the next one's (zeros at the walk's
 * start). */
typedef struct {
  size_t open, lo, hi; /* sentences opening at or before lo; [lo, hi) */
} S_sentw;

/* lede__tok_sent of token i on walk w: a token of the sentence last
 * found is told by two compares, and the sentences opening up to a
 * later one are counted on from there rather than by the bits of its
 * word; a token before it asks lede__tok_sent. */
static inline size_t S_sent_walk(const lede_article *a, S_sentw *w,
                                 size_t i) {
  if (i >= w->lo && i < w->hi) return w->open - 1;
  /* (with an empty sentence two open at one token: lede__tok_sent
   * asks them all) */
  if (a->tok_sent_slow || i < w->lo) return lede__tok_sent(a, i);
  size_t k = w->open, n = a->sents.n;
  const uint32_t *st = a->sent_tok.v;
  while (k < n && st[k] <= i) k++;
  w->open = k;
  w->lo = k ? st[k - 1] : 0;
  w->hi = k < n ? st[k] : SIZE_MAX;
  assert(k - 1 == lede__tok_sent(a, i));
  return k - 1;
}

/* A pass's walk over its candidates (x->cand) in text order, not
 * sentence by sentence (most sentences hold none of a pass's): each
 * one's sentence told by S_sent_walk. The walk runs over the sentences'
 * tokens, [S_walk_first, S_walk_end). */
typedef struct {
  S_sentw w;
  size_t si, s0, s1; /* the sentence of the candidate last found */
} S_cwalk;

static inline size_t S_walk_first(const lede_article *a) {
  return a->sents.n ? a->sent_tok.v[0] : 0;
}
static inline size_t S_walk_end(const lede_article *a) {
  return a->sents.n ? a->sent_tok.v[a->sents.n] : 0;
}

/* Sets c to the sentence of token i (S_sent_walk: the walk goes
 * forward). */
static inline void S_walk_sent(const lede_article *a, S_cwalk *c, size_t i) {
  c->si = S_sent_walk(a, &c->w, i);
  c->s0 = a->sent_tok.v[c->si];
  c->s1 = a->sent_tok.v[c->si + 1];
}

/* Where the walk looks on from after candidate i (or the token a pass
 * went on to): the next token of its sentence, or the next sentence's
 * first, as a walk sentence by sentence bounded by the sentence's end
 * would. */
static inline size_t S_walk_next(const S_cwalk *c, size_t i) {
  return i + 1 < c->s1 ? i + 1 : c->s1;
}

/* The walk's next candidate of m from token i that has a token of its
 * sentence before it and tail after it (c its sentence), or nt: the
 * others are passed over as a pass's loop would go on from them. */
static inline size_t S_walk_in(const lede_article *a, S_cwalk *c,
                               const uint64_t *m, size_t i, size_t nt,
                               size_t tail) {
  while ((i = S_next_cand(m, i, nt)) < nt) {
    S_walk_sent(a, c, i);
    if (i < c->s0 + 1) i = S_walk_next(c, i);
    else if (i + tail >= c->s1) i = c->s1;
    else return i;
  }
  return nt;
}

/* Two bits a token, four tokens a byte: what a token is used for. */
static inline unsigned S_used(const unsigned char *u, size_t i) {
  return (u[i >> 2] >> ((i & 3) * 2)) & 3u;
}

static inline void S_use(unsigned char *u, size_t i, unsigned v) {
  unsigned sh = (unsigned)(i & 3) * 2;
  u[i >> 2] = (unsigned char)((u[i >> 2] & ~(3u << sh)) | (v << sh));
}

/* S_use of every token in [t0, t1): whole bytes at once. */
static inline void S_use_range(unsigned char *u, size_t t0, size_t t1,
                               unsigned v) {
  for (; t0 < t1 && (t0 & 3); t0++) S_use(u, t0, v);
  for (; t1 > t0 && (t1 & 3); t1--) S_use(u, t1 - 1, v);
  if (t1 > t0) memset(u + (t0 >> 2), (int)(v * 0x55u), (t1 - t0) >> 2);
}

/* The prose extent of block b: its first sentence to its last. */
static inline int S_block_extent(const lede_article *a, size_t b, size_t *lo,
                                 size_t *hi) {
  const lede__block *bl = &a->blocks.v[b];
  if (!bl->nsents) return 0;
  *lo = a->sents.v[bl->first_sent].span.start;
  *hi = a->sents.v[bl->first_sent + bl->nsents - 1].span.end;
  return 1;
}

static inline const lede__token *S_tok(const lede_article *a, size_t i) {
  return &a->tokens.v[i];
}

static inline int S_lex(const lede__lexicon *lx, const lede_article *a, size_t i) {
  return lede__tok_in(a, i, lx);
}

/* S_lex for a list named here: S_LEX(quote_stop, a, i) asks
 * lede__lex_quote_stop, its id a constant. */
#define S_LEX(name, a, i) lede__tok_in_id((a), (i), lede__lexid_##name)

/* Could the word of n > 0 bytes at s (a token's) be in list name, by its
 * length and first byte (lede__lex_maybe_id1)? For a word asked of
 * several lists:
 * OR the answers of S_MAYBE, fetch the entry once (lede__tok_word) and
 * test each list's bit (S_HAS); an entry is in no list its length and
 * first byte rule out. */
#define S_MAYBE(name, s, n) lede__lex_maybe_id1(lede__lexid_##name, (s), (n))
#define S_HAS(name, w) lede__word_has_id((w), lede__lexid_##name)

/* Inline at every call: w is a literal, so its length is a constant and
 * most tokens are told apart by their length or first byte. */
static inline __attribute__((always_inline)) int S_is(const lede_article *a,
                                                       size_t i, const char *w) {
  const lede__token *t = S_tok(a, i);
  size_t n = strlen(w);
  if (t->len != n) return 0;
  const char *s = a->text + t->start;
  /* (bytes alike in ASCII case are alike with bit 5 set) */
  if (n && (((unsigned char)s[0] ^ (unsigned char)w[0]) & ~0x20u)) return 0;
  if (n <= 8) {
    /* Eight bytes at once, bit 5 set on both sides where the word has a
     * letter and its other bytes compared as they are, as lede__eq_ci_n
     * does (w is a literal: the masks are constants). */
    /* (written out, not a loop: a loop over a literal is left to run
     * where the compiler does not unroll it) */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define S_FB_AT(k) (8 * (7 - (k)))
#else
#define S_FB_AT(k) (8 * (k))
#endif
#define S_FB(k)                                                          \
  ((k) < n && (unsigned char)((w[(k) < n ? (k) : 0] | 0x20) - 'a') < 26 \
       ? (uint64_t)0x20 << S_FB_AT(k)                                   \
       : 0)
    uint64_t fold = S_FB(0) | S_FB(1) | S_FB(2) | S_FB(3) | S_FB(4) |
                    S_FB(5) | S_FB(6) | S_FB(7);
#undef S_FB
#undef S_FB_AT
    uint64_t v = 0, wv = 0;
    memcpy(&v, s, n);
    memcpy(&wv, w, n);
    return (v | fold) == (wv | fold);
  }
  return lede__eq_ci_n(s, w, n);
}

/* Equal strings; most lemmas differ from a literal in their first byte,
 * so that is compared before the call. */
static inline int S_same(const char *l, const char *w) {
  return l[0] == w[0] && strcmp(l, w) == 0;
}

/* Inline: c is a constant at most calls, and for an ASCII c the first
 * byte decides (a longer sequence decodes past ASCII). */
static inline __attribute__((always_inline)) int S_punct(const lede_article *a,
                                                          size_t i, int32_t c) {
  const lede__token *t = S_tok(a, i);
  size_t len;
  if (!(t->flags & LEDE__T_PUNCT)) return 0;
  if (c >= 0 && c < 0x80) return (unsigned char)a->text[t->start] == c;
  return lede__cp(a->text, lede__tend(t), t->start, &len) == c;
}

static inline int S_comma(const lede_article *a, size_t i) {
  return S_punct(a, i, ',');
}

static inline int S_dash(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  size_t len;
  return (t->flags & LEDE__T_PUNCT) &&
         lede__is_dash(lede__cp(a->text, lede__tend(t), t->start, &len));
}

static inline int S_possessive(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  size_t n = t->len;
  const char *s = a->text + t->start;
  if ((n == 1 && s[0] == '\'') ||
      (n == 3 && memcmp(s, "\xE2\x80\x99", 3) == 0)) {
    /* "the farmers' union": an apostrophe right after a plural. */
    return i > 0 && lede__tend(&a->tokens.v[i - 1]) == t->start &&
           (s[-1] | 0x20) == 's' && (a->tokens.v[i - 1].flags & LEDE__T_WORD);
  }
  return (n == 2 && s[0] == '\'' && (s[1] | 0x20) == 's') ||
         (n == 4 && memcmp(s, "\xE2\x80\x99", 3) == 0 && (s[3] | 0x20) == 's');
}

/* A contracted negation: "didn't", "doesn’t". */
static inline int S_negation(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  return (n > 3 && e[-1] == 't' && e[-2] == '\'' && e[-3] == 'n') ||
         (n > 5 && e[-1] == 't' && memcmp(e - 4, "\xE2\x80\x99", 3) == 0 &&
          e[-5] == 'n');
}

static inline const char *S_entry_lemma(size_t e) {
  const char *l = e < S_VHASH / 2 ? lede__q_lemmas[e] : NULL;
  return l ? l : lede__q_entry_lemma(e);
}

/* The speech verb entry of token i, whose a->quote_verb[i] is set: the
 * byte is a code of the article's, the first S_VCODES entries its tokens
 * have in a->quote_verb_e.v[code - 1] (most articles use a few dozen,
 * "said" among them); 255 for a later one, found in the pairs of token
 * and entry after them. */
static inline size_t S_verb_of(const lede_article *a, size_t i) {
  unsigned v = a->quote_verb[i];
  if (v < 255) return (size_t)a->quote_verb_e.v[v - 1];
  const uint64_t *e = a->quote_verb_e.v, key = (uint64_t)i << 16;
  size_t lo = S_VCODES, hi = a->quote_verb_e.n;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    if (e[m] < key) lo = m + 1;
    else hi = m;
  }
  return (size_t)(e[lo] & 0xffff);
}

/* The lemma of speech verb token i ("said" -> "say"), or NULL. */
static inline const char *S_verb_lemma(const lede_article *a, size_t i) {
  return a->quote_verb[i] ? S_entry_lemma(S_verb_of(a, i)) : NULL;
}

/* The lemma of a verb that attributes only next to a quotation
 * ("continued"), or NULL. The list is short and read only per quote. */
static inline const char *S_after_lemma(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  const char *s = a->text + t->start;
  size_t n = t->len;
  const lede__lexicon *lx = &lede__lex_quote_after_verbs;
  unsigned char c0 = n ? (unsigned char)s[0] : 0;
  if (c0 >= 'A' && c0 <= 'Z') c0 |= 0x20;
  /* (only the entries opening with c0, by the list's index) */
  size_t e0 = lx->first ? lx->first[c0] : 0,
         e1 = lx->first ? lx->first[c0 + 1] : lx->n;
  for (size_t e = e0; e < e1; e++) {
    const char *w = lx->words[e];
    if ((unsigned char)w[0] != c0) continue;
    if (strlen(w) > n && w[n] == ' ') {
      size_t k = 0;
      for (; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c >= 'A' && c <= 'Z') c |= 0x20;
        if ((unsigned char)w[k] != c) break;
      }
      if (k == n) return w + n + 1;
    }
  }
  return NULL;
}

/* "they're", "I’m", "he's" (split as "he" "'s"): a contracted "be". */
static inline int S_be_contracted(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  if (S_possessive(a, i)) return i > 0 && S_LEX(quote_pronouns, a, i - 1);
  if (n > 3 && e[-3] == '\'' && e[-2] == 'r' && e[-1] == 'e') return 1;
  if (n > 2 && e[-2] == '\'' && e[-1] == 'm') return 1;
  if (n > 5 && memcmp(e - 5, "\xE2\x80\x99re", 5) == 0) return 1;
  return n > 4 && memcmp(e - 4, "\xE2\x80\x99m", 4) == 0;
}

/* Stance adjectives ("confident", "worried") report only after "be". */
static inline int S_adjective_lemma(const char *l) {
  return lede__q_lemma_in(l, &lede__lex_quote_stance_lemmas);
}

/* A word that stands before a noun: "new", "latest", "false". */
static inline int S_adjective_shape(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  if (!(t->flags & LEDE__T_WORD) || (t->flags & LEDE__T_CAP)) return 0;
  if (S_LEX(quote_noun_modifiers, a, i)) return 1;
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  /* "best-rated", "well-known" */
  if (n > 4 && memchr(a->text + t->start, '-', n) &&
      ((e[-2] == 'e' && e[-1] == 'd') || (e[-2] == 'w' && e[-1] == 'n')))
    return 1;
  /* (the suffixes by their length, known here: no call to compare) */
  if (n > 5 && (memcmp(e - 3, "ous", 3) == 0 || memcmp(e - 3, "ive", 3) == 0 ||
                memcmp(e - 3, "ful", 3) == 0))
    return 1;
  return n > 6 && (memcmp(e - 4, "less", 4) == 0 ||
                   memcmp(e - 4, "able", 4) == 0 ||
                   memcmp(e - 4, "ible", 4) == 0 ||
                   memcmp(e - 4, "ical", 4) == 0);
}

static inline int S_cue_at(const lede_article *a, size_t i, size_t s1, S_cue *cu) {
  return lede__q_cue_at2(a, i, s1, cu, 0);
}

static inline int S_word(const lede_article *a, size_t i) {
  return (S_tok(a, i)->flags & LEDE__T_WORD) != 0;
}

static inline int S_cap(const lede_article *a, size_t i) {
  return (S_tok(a, i)->flags & (LEDE__T_CAP | LEDE__T_NUM)) != 0;
}

/* A title abbreviation before a full stop: "Sen", "Gov", "Mr". */
static inline int S_abbrev(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  return (t->flags & LEDE__T_CAP) && t->len <= 5 && S_LEX(abbrev_title, a, i);
}

static inline int S_ing(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  return t->len > 4 && memcmp(a->text + lede__tend(t) - 3, "ing", 3) == 0;
}

/* A lower-case adverb in -ly: "forcefully denouncing". */
static inline int S_ly(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  return (t->flags & LEDE__T_WORD) && !(t->flags & LEDE__T_CAP) &&
         t->len > 4 && memcmp(a->text + lede__tend(t) - 2, "ly", 2) == 0;
}

/* A form of "be" or "have", or a modal: a finite verb, where the
 * predicate of a clause ("..., is making", "..., has taken") goes on. */
static inline int S_finite_aux(const lede_article *a, size_t i) {
  return S_be(a, i) || S_is(a, i, "has") || S_is(a, i, "have") ||
         S_is(a, i, "had") || S_LEX(quote_modals, a, i);
}

/* A lower-case word in -ed, or one that attributes next to a quote:
 * the verb after a name ("Ortiz continued"), not part of it. */
static inline int S_past(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  size_t n = t->len;
  if (t->flags & LEDE__T_CAP) return 0;
  return (n > 3 && memcmp(a->text + lede__tend(t) - 2, "ed", 2) == 0) ||
         S_after_lemma(a, i) != NULL;
}

/* A word of four letters or more in -s, not -ss, -us, -is: "reads",
 * "voters" (not "news", "this", "pass"). */
static inline int S_s_form(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  const char *e = a->text + lede__tend(t);
  return (t->flags & LEDE__T_WORD) && t->len > 3 && e[-1] == 's' &&
         e[-2] != 's' && e[-2] != 'u' && e[-2] != 'i';
}

/* A lower-case word in -s: "reads", "begins". */
static inline int S_present_s(const lede_article *a, size_t i) {
  return !(S_tok(a, i)->flags & LEDE__T_CAP) && S_s_form(a, i);
}

/* "Instead, Will called for ...", "which Will claims ...": inside a
 * sentence a capitalized "Will" before a verb in -ed or -s is a name, as
 * a modal takes the base form ("Will voters decide?"). Asked only of a
 * word already found in a list holding "will". */
static inline int S_name_will(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  if (!(t->flags & LEDE__T_CAP) || (t->flags & LEDE__T_UPPER) || t->len != 4 ||
      memcmp(a->text + t->start + 1, "ill", 3) != 0)
    return 0;
  if (i == 0 || i + 1 >= a->tokens.n ||
      lede__tok_opens(a, i) || lede__tok_opens(a, i + 1) ||
      (S_tok(a, i - 1)->flags & LEDE__T_QUOTE))
    return 0;
  return S_word(a, i + 1) && (S_past(a, i + 1) || S_present_s(a, i + 1));
}

/* A one-letter capital before a full stop: "J. Gerald Hebert". */
static inline int S_initial(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  return (t->flags & LEDE__T_CAP) && t->len == 1;
}

/* A word in -ly read as a noun after a determiner or a possessive, with
 * at most a capitalized modifier between: "a rally", "at a Saturday
 * rally", "his family", "the Democratic assembly". */
static inline int S_ly_noun(const lede_article *a, size_t i) {
  size_t p = i;
  if (p > 0 && S_cap(a, p - 1) && S_word(a, p - 1)) p--;
  if (p == 0 || lede__tok_opens(a, p) || lede__tok_opens(a, i)) return 0;
  return (S_LEX(quote_determiners, a, p - 1) &&
          !S_is(a, p - 1, "that")) ||
         S_possessive(a, p - 1);
}

/* Can a lower-case word stand inside a speaker phrase? */
static inline int S_np_lower(const lede_article *a, size_t i) {
  if (!S_word(a, i)) return 0;
  const lede__token *t = S_tok(a, i);
  const char *s = a->text + t->start;
  size_t n = t->len;
  /* (two lists, one look-up) */
  if (S_MAYBE(quote_stop, s, n) | S_MAYBE(quote_pronouns, s, n)) {
    const lede__word *w = lede__tok_word(a, i);
    if (S_HAS(quote_stop, w) || S_HAS(quote_pronouns, w)) return 0;
  }
  if (a->quote_verb[i]) return 0;
  if (n > 4 && (memcmp(s + n - 2, "ly", 2) == 0) &&
      !S_LEX(quote_org_heads, a, i) && !S_ly_noun(a, i))
    return 0;
  /* (but "organizing director", "a founding member") */
  if (n > 5 && (memcmp(s + n - 3, "ing", 3) == 0) &&
      !(i + 1 < a->tokens.n && S_LEX(quote_role_heads, a, i + 1)))
    return 0;
  return 1;
}

/* The full stop of a name suffix: "Joseph R. Biden Jr." */
static inline int S_suffix_stop(const lede_article *a, size_t k) {
  return k > 0 && S_punct(a, k, '.') &&
         (S_is(a, k - 1, "Jr") || S_is(a, k - 1, "Sr"));
}

static inline lede_span S_span_tok(const lede_article *a, size_t t0, size_t t1) {
  if (t1 <= t0) return (lede_span){0, 0};
  return (lede_span){S_tok(a, t0)->start, lede__tend(S_tok(a, t1 - 1))};
}

static inline int S_empty(lede_span s) { return s.end <= s.start; }

static inline lede__quote *S_new(lede_article *a, size_t block) {
  lede__quote *q = LEDE__PUSH(&a->arena, a->quotes);
  memset(q, 0, sizeof *q);
  q->block = block;
  q->entity = LEDE_NONE;
  q->parent = LEDE_NONE;
  q->kind = LEDE_QUOTE_UNATTRIBUTED;
  return q;
}

/* Sentence token range of token i. */
static inline void S_sent_range(const lede_article *a, size_t i, size_t *s0,
                                size_t *s1) {
  size_t si = lede__tok_sent(a, i);
  *s0 = a->sent_tok.v[si];
  *s1 = a->sent_tok.v[si + 1];
}

static inline void S_mark(S_ctx *x, size_t t0, size_t t1) {
  S_use_range(x->used_tok, t0, t1, 1);
}

/* A number, weekday or month ("in 2010", "on Tuesday"). */
static inline int S_timeword(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  return (t->flags & LEDE__T_NUM) || S_LEX(weekdays, a, i) ||
         lede__month_from_name(a->text + t->start, t->len);
}

/* A word that hedges a count: "only", "nearly six in 10". */
static inline int S_hedge(const lede_article *a, size_t i) {
  return S_is(a, i, "only") || S_is(a, i, "nearly") || S_is(a, i, "about") ||
         S_is(a, i, "almost") || S_is(a, i, "just") || S_is(a, i, "roughly");
}

/* Does a clause open at token k (not before lo): the start, after a
 * comma, or after a conjunction that opens the sentence ("But most")? */
static inline int S_clause_opens(const lede_article *a, size_t lo, size_t k) {
  return k == lo || S_comma(a, k - 1) ||
         (k - 1 == lo && (S_is(a, lo, "but") || S_is(a, lo, "and") ||
                          S_is(a, lo, "yet") || S_is(a, lo, "so")));
}

/* S_number_subject past lede__q_number_subject0, which found none; n is
 * lede__q_np_left(a, lo, e). */
static inline size_t S_number_subject_np(const lede_article *a, size_t lo,
                                         size_t e, size_t n) {
  size_t k;
  /* "Many in the crowd", "most of them", "only 28", "all but two": a
   * count of a group, opening its clause. */
  if (n != LEDE_NONE && n > lo + 1 && n + 5 > e &&
      (S_is(a, n - 1, "in") || S_is(a, n - 1, "of")) &&
      S_LEX(quote_quantifiers, a, n - 2) &&
      !(S_tok(a, n - 2)->flags & LEDE__T_NUM))
    k = n - 2;
  else if (e > lo + 1 && S_LEX(quote_quantifiers, a, e) &&
           S_is(a, e - 1, "but") && S_is(a, e - 2, "all"))
    k = e - 2;
  else if ((S_tok(a, e)->flags & LEDE__T_NUM) && e > lo && S_hedge(a, e - 1))
    k = e - 1;
  else
    return LEDE_NONE;
  if (k > lo && S_hedge(a, k - 1)) k--;
  return S_clause_opens(a, lo, k) ? k : LEDE_NONE;
}

static inline size_t S_number_subject(const lede_article *a, size_t lo, size_t e) {
  size_t k = lede__q_number_subject0(a, lo, e);
  if (k != LEDE_NONE) return k;
  return S_number_subject_np(a, lo, e, lede__q_np_left(a, lo, e));
}

static inline int S_personal(const lede_article *a, size_t i) {
  return S_is(a, i, "he") || S_is(a, i, "she") || S_is(a, i, "they") ||
         S_is(a, i, "it") || S_is(a, i, "we");
}

/* A plural noun by its shape: "voters", "critics" (not "news", "this"). */
static inline int S_plural_noun(const lede_article *a, size_t i) {
  return S_s_form(a, i) && !a->quote_verb[i];
}

/* A clause subject good enough to speak: a name, a pronoun or a
 * determiner phrase. */
static inline int S_good_subject(const lede_article *a, size_t s, size_t e) {
  if (e <= s || e - s > S_NP_MAX) return 0;
  if (S_LEX(quote_stop, a, s) && !S_personal(a, s)) return 0;
  if (S_is(a, s, "who") || S_is(a, s, "which") || S_ing(a, s)) return 0;
  for (size_t k = s; k < e; k++)
    if (S_tok(a, k)->flags & LEDE__T_QUOTE) return 0;
  /* (a bare plural or body on its own: "officers began", "police
   * said") */
  return S_personal(a, s) || (S_cap(a, s) && S_word(a, s)) ||
         S_LEX(quote_determiners, a, s) ||
         (e == s + 1 && S_word(a, s) &&
          (S_plural_noun(a, s) || S_LEX(quote_org_heads, a, s)));
}

/* A conjunction that opens an adverbial clause: "after", "because". */
static inline int S_subordinator(const lede_article *a, size_t i) {
  return S_LEX(quote_subordinators, a, i);
}

/* Does the text after the cue (from token i) hold only adjuncts up to the
 * end of the sentence (", military said in a statement on Wednesday.")? */
static inline int S_tail_only(const lede_article *a, size_t i, size_t s1) {
  size_t k = lede__q_skip_adjuncts(a, i, s1), lim = k + 16;
  while (k < s1 && k < lim && ((S_tok(a, k)->flags & LEDE__T_PUNCT) &&
                               !S_comma(a, k)))
    k++;
  if (k < s1 && S_comma(a, k)) return 2; /* the sentence goes on */
  return k >= s1;
}

/* Does a clause with its own subject and cue start at v: "(and) Donald
 * Reyes says", "(but) he said"? */
static inline int S_new_clause(const lede_article *a, size_t v, size_t e) {
  size_t r = S_personal(a, v)                                ? v + 1
             : S_cap(a, v) ||
                     (S_LEX(quote_determiners, a, v) &&
                      !S_is(a, v, "that"))                   ? lede__q_np_right(a, v, e)
                                                             : v;
  if (r <= v || r >= e || r >= v + 8) return 0;
  while (r + 1 < e && S_LEX(quote_aux, a, r)) r++;
  return a->quote_verb[r] && !lede__q_noun_reading(a, r) && !S_ing(a, r);
}

/* Are tokens [k, e) a bare noun phrase, with no verb and no comma, and
 * does a noun phrase follow the "and" at e? Then the "and" joins
 * subjects ("said his band and a producer wrote ..."), not clauses; a
 * verb after it ("called him divisive and accused ...") is a second
 * predicate. */
static inline int S_np_only(const lede_article *a, size_t k, size_t e) {
  if (e <= k || e > k + 12 || e + 1 >= a->tokens.n) return 0;
  size_t v = e + 1;
  if (!(S_tok(a, v)->flags & LEDE__T_WORD) || S_verbish(a, v, 0) ||
      S_finite(a, v) || S_ing(a, v) || S_ly(a, v) ||
      S_LEX(quote_aux, a, v) || S_LEX(quote_modals, a, v))
    return 0;
  for (size_t j = k; j < e; j++)
    if (!(S_tok(a, j)->flags & LEDE__T_WORD) || S_finite(a, j) ||
        S_ing(a, j) || S_is(a, j, "that") ||
        /* (a plural after a determiner is a noun: "the players") */
        (S_verbish(a, j, 0) &&
         !(j > k && S_LEX(quote_determiners, a, j - 1))))
      return 0;
  return 1;
}

/* Does tokens [k, e) hold a finite verb: is the content so far a clause? */
static inline int S_has_verb(const lede_article *a, size_t k, size_t e) {
  for (size_t j = k; j < e && j < k + 60; j++)
    if (S_finite(a, j) ||
        (a->quote_verb[j] && !lede__q_noun_reading(a, j) && !S_ing(a, j) &&
         !S_cap(a, j)))
      return 1;
  return 0;
}

/* The verb of the clause starting at v (as S_new_clause finds it), or
 * LEDE_NONE. */
static inline size_t S_new_clause_verb(const lede_article *a, size_t v, size_t e) {
  if (!S_new_clause(a, v, e)) return LEDE_NONE;
  size_t r = S_personal(a, v) ? v + 1 : lede__q_np_right(a, v, e);
  while (r + 1 < e && S_LEX(quote_aux, a, r)) r++;
  return r;
}

/* Does a clause joined at token i (a bare "and", or a subordinator such
 * as "because" or "when", with no comma before it) belong to the
 * reported clause [k, i)? It does when that is a clause itself and the
 * new one reports no speech or writing of its own: "said the system is
 * complex and he feels he can win", "said she asked for it because she
 * wanted ...". "Ortega said A and Reyes said B" is two statements;
 * "calling for a ban after the senator suggested ..." joins the ban. */
static inline int S_joined_content(const lede_article *a, size_t k, size_t i,
                                   size_t e) {
  if (i <= k + 1 || S_comma(a, i - 1) || S_dash(a, i - 1) ||
      S_punct(a, i - 1, ';') || S_punct(a, i - 1, ':'))
    return 0;
  if (!S_is(a, i, "and") &&
      !(S_subordinator(a, i) && !S_is(a, i, "as") && !S_is(a, i, "while") &&
        !S_is(a, i, "though") && !S_is(a, i, "although") &&
        !S_is(a, i, "whereas")))
    return 0;
  size_t r = S_new_clause_verb(a, i + 1, e);
  S_cue cv;
  if (r == LEDE_NONE || !S_cue_at(a, r, e, &cv)) return 0;
  int cls = S_cue_class_of(cv.lemma);
  if (cls == LEDE_CUE_SPEECH || cls == LEDE_CUE_WRITING) return 0;
  return S_has_verb(a, k, i);
}

/* End of content: the sentence's last token before final punctuation. */
static inline size_t S_content_end(const lede_article *a, size_t s0, size_t s1) {
  size_t e = s1;
  while (e > s0 && (S_tok(a, e - 1)->flags & LEDE__T_PUNCT) &&
         !(S_tok(a, e - 1)->flags & LEDE__T_QUOTE) && !S_punct(a, e - 1, ')'))
    e--;
  return e;
}

/* ", said an official who was briefed on the talks.": does a relative
 * clause on the speaker ending at r run to the end of the sentence? */
static inline int S_relative_tail(const lede_article *a, size_t s0,
                                  size_t s1, size_t r) {
  if (r + 1 >= s1 || !(S_is(a, r, "who") || S_is(a, r, "whose"))) return 0;
  size_t ce = S_content_end(a, s0, s1), j = r + 1;
  while (j < ce && j < r + 40 && !(S_tok(a, j)->flags & LEDE__T_QUOTE) &&
         !S_punct(a, j, ';') && !S_punct(a, j, ':'))
    j++;
  return j == ce;
}

static inline lede_span S_trim_span(const lede_article *a, lede_span s) {
  return lede__trim(a->text, s);
}

/* After a "tell" verb at token v (cue ends at k), the listener:
 * "told reporters", "told The Huffington Post". Returns the token after. */
static inline size_t S_skip_listener(const lede_article *a, size_t v, size_t k,
                                     size_t s1) {
  if (k >= s1 || !S_LEX(quote_tell_verbs, a, v)) return k;
  /* "told her that", "the mayor told her.": "her" owns no noun after it */
  if (S_LEX(quote_objects, a, k) &&
      (!S_LEX(quote_determiners, a, k) || k + 1 >= s1 ||
       S_is(a, k + 1, "that") || !S_word(a, k + 1)))
    return k + 1;
  if (S_cap(a, k)) {
    while (k < s1 && S_cap(a, k) && S_word(a, k)) {
      k++;
      if (k + 1 < s1 && S_is(a, k, "of") && S_cap(a, k + 1)) k++;
      /* "Ann Lee of the Daily Star" */
      if (k + 2 < s1 && S_is(a, k, "of") && S_is(a, k + 1, "the") &&
          S_cap(a, k + 2))
        k += 2;
    }
    return k;
  }
  size_t r = lede__q_np_right(a, k, s1);
  return r > k ? r : k;
}

/* A finite verb by its form: a cue or -ed verb (S_verbish), an irregular
 * past ("drew", "took"), a form of "be" or a modal. */
static inline int S_finite(const lede_article *a, size_t i) {
  /* (S_finite_aux asks "be" and the modals too) */
  if (S_finite_aux(a, i)) return 1;
  const lede__token *t = S_tok(a, i);
  if (!(t->flags & LEDE__T_WORD) || (t->flags & (LEDE__T_CAP | LEDE__T_NUM)) ||
      S_ing(a, i))
    return 0;
  /* (the word's own form asked first: most words are no past form, and
   * need no look at the word before) */
  const char *e = a->text + lede__tend(t);
  if (!S_LEX(date_past_verbs, a, i) &&
      !(t->len > 3 && e[-1] == 'd' && e[-2] == 'e' && !S_LEX(quote_stop, a, i)))
    return 0;
  /* (not "the expected vote", "newly crowned", "his stated aim"; but
   * "she’s tacked": after a pronoun "’s" is "has") */
  return !(i > 0 && (S_LEX(quote_determiners, a, i - 1) ||
                     S_ly(a, i - 1) ||
                     (S_possessive(a, i - 1) && !S_be_contracted(a, i - 1))));
}

static inline int S_be(const lede_article *a, size_t i) {
  return S_is(a, i, "is") || S_is(a, i, "are") || S_is(a, i, "was") ||
         S_is(a, i, "were") || S_is(a, i, "be") || S_is(a, i, "been") ||
         S_is(a, i, "being");
}

/* A verb that, in the passive, reports without naming a source: "is
 * expected to", "are said to", "was widely believed that". */
static inline int S_passive_lemma(const char *l) {
  return lede__q_lemma_in(l, &lede__lex_quote_passive_verbs);
}

/* Verbs of judging that, in the passive with "of" or "for", report a
 * charge or a praise without naming who made it. */
static inline int S_judging_lemma(const char *l) {
  return lede__q_lemma_in(l, &lede__lex_quote_judging_verbs);
}

/* A preposition that belongs to a frame verb ("talking about", "stood
 * by", "fuming at"). */
static inline int S_frame_particle(const lede_article *a, size_t i) {
  return S_LEX(quote_frame_particles, a, i);
}

/* Could token i be a finite verb after a subject: "said", "hits",
 * "stood", "offered", or one after an auxiliary? */
static inline int S_verbish(const lede_article *a, size_t i, int aux) {
  const lede__token *t = S_tok(a, i);
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  if (!(t->flags & LEDE__T_WORD) || (t->flags & (LEDE__T_CAP | LEDE__T_NUM)))
    return 0;
  /* (five lists, one look-up) */
  const char *s = a->text + t->start;
  if (S_MAYBE(quote_stop, s, n) | S_MAYBE(quote_determiners, s, n) |
      S_MAYBE(quote_after_cue, s, n) | S_MAYBE(quote_frame_particles, s, n) |
      S_MAYBE(quote_pronouns, s, n)) {
    const lede__word *w = lede__tok_word(a, i);
    if (S_HAS(quote_stop, w) || S_HAS(quote_determiners, w) ||
        S_HAS(quote_after_cue, w) || S_HAS(quote_frame_particles, w) ||
        S_HAS(quote_pronouns, w))
      return 0;
  }
  if (S_is(a, i, "and") || S_is(a, i, "or") || S_is(a, i, "but"))
    return 0;
  if (a->quote_verb[i] || S_after_lemma(a, i)) return 1;
  if (n > 3 && e[-1] == 'd' && e[-2] == 'e') return 1;
  /* After an auxiliary a verb is a participle ("has described"), not a
   * plural noun ("They had guns at ..."). */
  if (aux) return !(n > 3 && e[-1] == 's' && e[-2] != 's');
  if (n > 3 && e[-1] == 's' && e[-2] != 's' && e[-2] != 'u') return 1;
  return 0;
}

/* A span with its tokens [t0, t1) (lede__tok_at of its two ends), found once
 * and asked many times; an empty span has none (t0 == t1 == 0). */
typedef struct {
  lede_span s;
  size_t t0, t1;
} S_tspan;

static inline S_tspan S_tspan_of(const lede_article *a, lede_span s) {
  S_tspan r = {s, 0, 0};
  if (!S_empty(s)) {
    r.t0 = lede__tok_at(a, s.start);
    r.t1 = lede__tok_at(a, s.end);
  }
  return r;
}

static inline int S_pronoun_t(const lede_article *a, const S_tspan *x) {
  return x->t1 == x->t0 + 1 && (S_LEX(quote_pronouns, a, x->t0) ||
                                S_LEX(quote_object_pronouns, a, x->t0));
}

static inline int S_pronoun(const lede_article *a, lede_span s) {
  S_tspan x = S_tspan_of(a, s);
  return S_pronoun_t(a, &x);
}

/* Organization-like: its head is an organization noun, or it is (or ends
 * in) an acronym. */
static inline int S_orglike_t(const lede_article *a, const S_tspan *x) {
  if (S_empty(x->s) || S_pronoun_t(a, x)) return 0;
  size_t t0 = x->t0, t1 = x->t1;
  if (t1 <= t0) return 0;
  if (S_LEX(quote_org_heads, a, t1 - 1)) return 1;
  if (S_tok(a, t1 - 1)->flags & LEDE__T_UPPER) return 1;
  return 0;
}

static inline int S_orglike(const lede_article *a, lede_span s) {
  S_tspan x = S_tspan_of(a, s);
  return S_orglike_t(a, &x);
}

static inline int S_personlike_t(const lede_article *a, const S_tspan *x) {
  if (S_empty(x->s) || S_pronoun_t(a, x) || S_orglike_t(a, x)) return 0;
  size_t t0 = x->t0, t1 = x->t1;
  if (t1 <= t0) return 0;
  if (S_LEX(quote_role_heads, a, t1 - 1)) return 1;
  return S_cap(a, t1 - 1) && S_word(a, t1 - 1);
}

static inline int S_personlike(const lede_article *a, lede_span s) {
  S_tspan x = S_tspan_of(a, s);
  return S_personlike_t(a, &x);
}

static inline int S_cue_class_of(const char *lemma) {
  return lemma ? lede__q_cue_class(lemma) : LEDE_CUE_SPEECH;
}

#endif
