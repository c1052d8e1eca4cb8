/* A statistical name tagger: a linear model over hashed features, decoded
 * with Viterbi over BIO tags (person, organization, place, other). Its
 * weights are generated into core/tagger_weights.c by tools/train_tagger.c
 * (make train). Private to the library and the trainer. */
#ifndef LEDE_TAGGER_H
#define LEDE_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"

#define LEDE__TG_BITS 18
#define LEDE__TG_NB (1u << LEDE__TG_BITS) /* weight rows */
#define LEDE__TG_NT 8 /* tags besides O; O scores 0 */

/* Tags: 0 is O; t > 0 is type (t - 1) / 2, beginning if (t - 1) % 2 == 0. */
enum { LEDE__TG_PER, LEDE__TG_ORG, LEDE__TG_LOC, LEDE__TG_MISC };
#define LEDE__TG_TYPE(t) (((t) - 1) / 2)
#define LEDE__TG_BEGIN(t) ((t) > 0 && ((t) - 1) % 2 == 0)

/* Where a token stands. */
enum {
  LEDE__TC_FIRST = 1, /* first token of its line or sentence */
  LEDE__TC_INIT = 2,  /* the first word of a sentence (not of a label) */
  LEDE__TC_UPPER = 4, /* in a line written mostly in capitals */
  LEDE__TC_TITLE = 8, /* in a title or headline not in capitals */
  LEDE__TC_LABEL = 16 /* in a furniture line: dateline, credit */
};

/* The tokens the tagger reads, in place (the tokenizer's, then the
 * entities stage's own): token i is v[i] if i < nv, else extra[i - nv];
 * ctx[i] holds its LEDE__TC_* bits. The text is len bytes. */
struct lede__ttoks {
  const lede__token *v, *extra;
  size_t nv, n;
  const unsigned char *ctx;
  size_t len; /* the text's length */
};

static inline const lede__token *lede__ttok_at(const lede__ttoks *k, size_t i) {
  return i < k->nv ? &k->v[i] : &k->extra[i - k->nv];
}

/* The weights: most rows are 0, so only the others are stored, in row
 * order (lede__tagger_w); bit r % 64 of lede__tagger_wbits[r / 64] says
 * whether row r is stored, and lede__tagger_wrank[r / 64] counts the rows
 * stored before that word of bits. See lede__tag_row. */
extern const int16_t lede__tagger_w[][LEDE__TG_NT];
extern const uint64_t lede__tagger_wbits[LEDE__TG_NB / 64];
extern const uint32_t lede__tagger_wrank[LEDE__TG_NB / 64];

/* Weight row r, or NULL if it is all 0. */
static inline const int16_t *lede__tag_row(uint32_t r) {
  uint64_t b = lede__tagger_wbits[r >> 6], m = b & ((2ULL << (r & 63)) - 1);
  if (!((b >> (r & 63)) & 1)) return NULL;
  /* rows stored up to and including r in this word, less one */
  m -= (m >> 1) & 0x5555555555555555ULL;
  m = (m & 0x3333333333333333ULL) + ((m >> 2) & 0x3333333333333333ULL);
  m = (((m + (m >> 4)) & 0x0f0f0f0f0f0f0f0fULL) * 0x0101010101010101ULL) >> 56;
  return lede__tagger_w[lede__tagger_wrank[r >> 6] + m - 1];
}

/* Frequent words of the training text with their feature sums made once
 * (all but how the article writes them elsewhere): the sums role by role
 * (word idx's from role r: row r * lede__tagger_nwords + idx), and by hash
 * slot of lede__tag_word_key (open addressing, key 0 empty) the key, the
 * look-ups and the word's index, so that a probe reads one small table
 * and a word's sums are read role by role. */
typedef struct {
  uint64_t key;
  uint32_t lex; /* word-list bits; bit 31: opens a two-word entry */
  int16_t gaz;
  uint16_t idx; /* into lede__tagger_sums */
} lede__tgslot;
extern const int32_t lede__tagger_sums[][LEDE__TG_NT];
extern const size_t lede__tagger_nwords;
extern const lede__tgslot lede__tagger_wslots[];
extern const size_t lede__tagger_wmask;

uint64_t lede__tag_word_key(const char *s, size_t n, uint32_t flags);
/* For the trainer: word s[0..n)'s features in a role (as lede__tag reads
 * them, without the document's), and its look-ups. */
size_t lede__tag_word_static(const char *s, size_t n, uint32_t flags, int role,
                             uint32_t *f, uint32_t *lex, int *gaz, int *multi);

/* Tag tokens [0, tk->n) of text t: tags[i] gets 0 (O) or a tag as above.
 * Lines start at tokens with LEDE__TC_FIRST. Linear in n. */
void lede__tag(lede__arena *ar, const char *t, const lede__ttoks *tk,
               unsigned char *tags);

/* For training: the features of every token. Token i's emission features
 * are f[off[i] .. off[i + 1]) (weight rows); edge[i] is the row class of
 * the transition into token i (see lede__tag_edge_row); run[i] says how
 * lede__tag decodes it. */
typedef struct {
  uint32_t *f;
  size_t *off;
  unsigned char *edge;
  unsigned char *run; /* 1 opens a run lede__tag decodes, 2 in it, 0 O */
  size_t n;
} lede__tfeats;
void lede__tag_features(lede__arena *ar, const char *t, const lede__ttoks *tk,
                        lede__tfeats *out);
/* The weight row scoring a move from tag prev to each tag, for a token of
 * edge class ec. */
uint32_t lede__tag_edge_row(int prev, int ec);

#endif
