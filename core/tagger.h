/* A statistical name tagger: a linear model over hashed features, decoded
 * with Viterbi over BIO tags (person, organization, place, other). Its
 * weights are generated into core/tagger_weights.c by tools/train_tagger.c
 * (make train). Private to the library and the trainer. */
#ifndef LEDE_TAGGER_H
#define LEDE_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "internal.h"
#include "lexicon.h"

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
  LEDE__TC_LABEL = 16, /* in a furniture line: dateline, credit */
  LEDE__TC_UNREAD = 32 /* on a line whose tags no one reads: left O, not decoded */
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

/* The model as core/tagger_weights.c holds it (make train writes it), in
 * lines of base64: a varint (7 bits a byte, lowest first) counting the
 * weight rows not all 0; for each in row order, a varint of how many rows
 * lie between it and the one before, a byte saying which of its
 * LEDE__TG_NT weights are not 0, the row's multiplier (a byte) and those
 * weights as int8 (a byte each); then a varint counting the most frequent
 * word forms of the training text, most frequent first, and for each a
 * varint of its token's flags, a varint of its length (1 to LEDE__TG_FORMMAX) and its
 * bytes. The build unpacks it (tools/unpack_tagger.c) into the tables
 * below, and makes the frequent forms' entries with the tagger's own code
 * (tools/gen_tagger_words.c); the library holds those, not it. */
#define LEDE__TG_PACKW 76 /* characters of a line */
extern const char lede__tagger_packed[][LEDE__TG_PACKW + 1];
extern const size_t lede__tagger_npacked;

/* A weight row: weight j is w[j] * mult (mult 1 to 255, so that it fits
 * in an int16), 9 bytes a row. */
typedef struct {
  int8_t w[LEDE__TG_NT];
  uint8_t mult;
} lede__tgrow;

/* The weights, unpacked: the rows not all 0 in row order; bit r % 64 of
 * lede__tagger_wmap[r / 64].bits says whether row r is stored, and its
 * rank counts the rows stored before that word of bits (side by side, so
 * that finding a row reads one place). */
typedef struct {
  uint64_t bits;
  uint32_t rank;
} lede__tgmap;
extern const lede__tgrow lede__tagger_w[];
extern const lede__tgmap lede__tagger_wmap[LEDE__TG_NB / 64];

/* A frequent word form's entry, made at build time: its key
 * (lede__tag_word_key: the low 48 bits here, the top 16 in its slot), its
 * look-ups, and the sums of its rows seen from each role (tagger.c's
 * S_word_feats): two lines. The first: the key, the look-ups, the rows
 * from two places away (roles 3 and 4) and the sum from the next token
 * (role 1). The second: from the token before (role 2), and from itself
 * (role 0: only the words of a run read that). */
typedef struct {
  _Alignas(64) uint32_t klo;
  uint16_t kmid;
  unsigned char pad;
  signed char multi;
  uint32_t lex;
  int16_t gaz;
  lede__tgrow v3, v4;
  int32_t v1[LEDE__TG_NT];
  int32_t v2[LEDE__TG_NT];
  int32_t v0[LEDE__TG_NT];
} lede__tgword;
_Static_assert(sizeof(lede__tgword) == 128, "a frequent word's entry is two lines");

/* The frequent forms' entries: the model's, most frequent first, then
 * those the build adds (tools/gen_tagger_words.c); and by hash slot
 * (open addressing from lede__tag_wslot of the key) their index plus one
 * in the low 16 bits (0: empty) and the key's top 16 bits above. */
#define LEDE__TG_NWSLOTS 65536 /* a power of 2 */
#define LEDE__TG_NWMAX (LEDE__TG_NWSLOTS / 4 * 3) /* forms at most */
#define LEDE__TG_FORMMAX 40 /* bytes of a frequent form at most */
extern const lede__tgword lede__tagger_gw[];
extern const uint32_t lede__tagger_wslot[LEDE__TG_NWSLOTS];
/* The first slot where key k is looked for, and placed. */
static inline uint32_t lede__tag_wslot(uint64_t k) {
  return (uint32_t)((k ^ (k >> 29)) & (LEDE__TG_NWSLOTS - 1));
}

/* The word lists a word is looked up in, the gazetteer's first (first
 * names, common and top words), the tagger's own from
 * LEDE__TG_OWN_LISTS. The build adds the words of its own lists, after
 * the first names', to the frequent forms (tools/gen_tagger_words.c). */
#define LEDE__TG_NLISTS 21
#define LEDE__TG_OWN_LISTS 3
extern const lede__lexicon *const lede__tag_lists[LEDE__TG_NLISTS];

/* Word s[0..n)'s entry, its token having flags (for the build: the
 * entries are made with the code that reads them). */
void lede__tag_word_entry(const char *s, size_t n, uint32_t flags, lede__tgword *out);

/* The key of word s[0..n) whose token has flags, as the model's list of
 * frequent forms holds it. */
uint64_t lede__tag_word_key(const char *s, size_t n, uint32_t flags);
/* For the tests: the tokens where the keys the tagger makes ahead and
 * the capitalized words it lists differ between the AVX2 way and one by
 * one, and where whether a token can be in a name or a capitalized
 * word's document bits differ with and without the tokens the AVX2 way
 * sorts out (0); or -1 where there is no AVX2 way (or the text is too
 * long for keys made ahead). */
long lede__tag_ahead_check(lede__arena *ar, const char *t, const lede__ttoks *tk);
/* For the tests: the tokens whose tags differ between the decoding with
 * AVX2 and the other way (0), or -1 where there is no AVX2 way. */
long lede__tag_hw_check(lede__arena *ar, const char *t, const lede__ttoks *tk);

/* For the tests: 0 if lede__tag gives every line the tags a decoding of
 * every line gives it, and 0 on lines marked LEDE__TC_UNREAD, each such
 * line marked whole and a title or one token of a label or in capitals;
 * else how many tokens fail. *left gets how many tokens of the unread
 * lines the full decoding tags. */
long lede__tag_unread_check(lede__arena *ar, const char *t, const lede__ttoks *tk, size_t *left);

/* For the tests: the tokens whose runs differ between the decoding's way
 * (read from bits) and the training's (from bytes), and the capitalized
 * words whose document key read at once differs from the one by one (0). */
long lede__tag_runs_check(lede__arena *ar, const char *t, const lede__ttoks *tk);

/* Tag tokens [0, tk->n) of text t: tags[i] gets 0 (O) or a tag as above.
 * Lines start at tokens with LEDE__TC_FIRST; those of a line whose first
 * token has LEDE__TC_UNREAD get 0. Linear in n. */
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
