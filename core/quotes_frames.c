/* Quotes, last pass: clauses no cue list holds, kept by a trained model.
 *
 * "Walsh signed the bill", "The mayor's office released a plan to ...":
 * a clause whose subject is a person or organization named at the start
 * of a clause (or "he"/"she", or "NAME, who"), then auxiliaries, negation
 * and -ly adverbs, then a verb-like word, is often reported speech that
 * no cue list names. Outside every quote found so far, each such clause
 * is a candidate: its words after the verb up to the first comma, dash or
 * semicolon are the content, the subject the speaker. A logistic
 * regression over hashed features of the verb, what follows it, the
 * subject and the article (core/frame_weights.c, trained by
 * tools/train_frames.c on half of a quote corpus) keeps those it scores
 * over one half. Their cue is the verb, their class that of its lemma by
 * the cue lists (other when in none), their kind indirect; pronouns and
 * relative pronouns are resolved as every speaker is (quotes_resolve.c).
 * Candidates are read only at the tokens where a clause can open, a few
 * words each: linear in the text. */
#include <pthread.h>

#include "frame_weights.h"
#include "quotes_internal.h"

#define S_MAXW 24   /* bytes of a word read for features */
#define S_APP_MAX 9 /* tokens of an apposition: "Lee, the county's mayor," */
#define S_NCAND 16  /* candidates of a sentence weighed against each other */

/* ==== Words ============================================================= */

/* An auxiliary's bit: 1 negation, 2 modal, 4 "have", 8 "be"; 0 for
 * none. (one table, its lengths kept: a word is compared once) */
static unsigned S_aux_bit(const char *w, size_t n) {
  static const struct {
    char w[6];
    unsigned char n, bit;
  } tab[] = {{"not", 3, 1},   {"n't", 3, 1},   {"never", 5, 1}, {"no", 2, 1},
             {"will", 4, 2},  {"would", 5, 2}, {"could", 5, 2}, {"should", 6, 2},
             {"might", 5, 2}, {"may", 3, 2},   {"must", 4, 2},  {"can", 3, 2},
             {"has", 3, 4},   {"have", 4, 4},  {"had", 3, 4},   {"was", 3, 8},
             {"were", 4, 8},  {"is", 2, 8},    {"are", 3, 8},   {"been", 4, 8},
             {"be", 2, 8},    {"being", 5, 8}};
  for (size_t k = 0; k < sizeof tab / sizeof *tab; k++)
    if (tab[k].n == n && tab[k].w[0] == w[0] && memcmp(tab[k].w, w, n) == 0)
      return tab[k].bit;
  return 0;
}

/* What follows the verb: its word's class, or NULL for the shape. (one
 * table, its lengths kept: a word is compared once) */
#define S_C(w, v) {w, sizeof(w) - 1, v}
static const char *S_comp(const char *w, size_t n) {
  static const struct {
    char w[8];
    unsigned char n;
    const char *v;
  } tab[] = {
      S_C("that", "that"), S_C("to", "to"), S_C("whether", "wh"),
      S_C("if", "wh"), S_C("why", "wh"), S_C("how", "wh"), S_C("what", "wh"),
      S_C("who", "wh"), S_C("when", "wh"), S_C(":", "colon"),
      S_C("the", "det"), S_C("a", "det"), S_C("an", "det"), S_C("his", "det"),
      S_C("her", "det"), S_C("their", "det"), S_C("its", "det"),
      S_C("this", "det"), S_C("it", "pron"), S_C("him", "pron"),
      S_C("them", "pron"), S_C("for", "for"), S_C("on", "on"),
      S_C("about", "about"), S_C("with", "with"), S_C("in", "in"),
      S_C("against", "against"), S_C("as", "as"), S_C("by", "by"),
      S_C("of", "of"), S_C("up", "up"), S_C("out", "out"), S_C(",", "comma"),
      S_C("\xE2\x80\x9C", "quote")};
  for (size_t k = 0; k < sizeof tab / sizeof *tab; k++)
    if (tab[k].n == n && tab[k].w[0] == w[0] && memcmp(tab[k].w, w, n) == 0)
      return tab[k].v;
  return NULL;
}
#undef S_C

/* The lists a verb, its lemma or its object's words are looked up in. */
static const struct {
  const char *name;
  unsigned id;
} S_lists[] = {
    {"attribution_verbs", lede__lexid_attribution_verbs},
    {"cue_action_verbs", lede__lexid_cue_action_verbs},
    {"cue_findings", lede__lexid_cue_findings},
    {"cue_light_verbs", lede__lexid_cue_light_verbs},
    {"cue_noun_first", lede__lexid_cue_noun_first},
    {"cue_nouns", lede__lexid_cue_nouns},
    {"cue_nouns_other", lede__lexid_cue_nouns_other},
    {"cue_other", lede__lexid_cue_other},
    {"cue_thought", lede__lexid_cue_thought},
    {"cue_writing", lede__lexid_cue_writing},
    {"quote_catenatives", lede__lexid_quote_catenatives},
    {"quote_documents", lede__lexid_quote_documents},
    {"quote_evidence", lede__lexid_quote_evidence},
    {"quote_judging_verbs", lede__lexid_quote_judging_verbs},
    {"quote_maker_verbs", lede__lexid_quote_maker_verbs},
    {"quote_objects", lede__lexid_quote_objects},
    {"quote_stance_lemmas", lede__lexid_quote_stance_lemmas},
    {"quote_tell_verbs", lede__lexid_quote_tell_verbs},
    {"quote_works", lede__lexid_quote_works},
    {"speech_verbs", lede__lexid_speech_verbs},
};
#define S_NLISTS (sizeof S_lists / sizeof *S_lists)
/* (the lists an object word's membership in is a feature) */
#define S_OBJ_LISTS                                                       \
  ((1u << 2) | (1u << 4) | (1u << 5) | (1u << 6) | (1u << 11) |          \
   (1u << 12) | (1u << 15) | (1u << 18) | (1u << 19))

/* The bits of the lists' ids in lede__word.lists (all are under 129). */
#define S_B(id, w)                                                        \
  ((id) > 64 * (w) && (id) <= 64 * ((w) + 1)                              \
       ? UINT64_C(1) << (((id) - 1) % 64)                                 \
       : 0)
#define S_M(w)                                                            \
  (S_B(lede__lexid_attribution_verbs, w) | S_B(lede__lexid_cue_action_verbs, w) | \
   S_B(lede__lexid_cue_findings, w) | S_B(lede__lexid_cue_light_verbs, w) | \
   S_B(lede__lexid_cue_noun_first, w) | S_B(lede__lexid_cue_nouns, w) |  \
   S_B(lede__lexid_cue_nouns_other, w) | S_B(lede__lexid_cue_other, w) |  \
   S_B(lede__lexid_cue_thought, w) | S_B(lede__lexid_cue_writing, w) |    \
   S_B(lede__lexid_quote_catenatives, w) |                                \
   S_B(lede__lexid_quote_documents, w) | S_B(lede__lexid_quote_evidence, w) | \
   S_B(lede__lexid_quote_judging_verbs, w) |                              \
   S_B(lede__lexid_quote_maker_verbs, w) | S_B(lede__lexid_quote_objects, w) | \
   S_B(lede__lexid_quote_stance_lemmas, w) |                              \
   S_B(lede__lexid_quote_tell_verbs, w) | S_B(lede__lexid_quote_works, w) | \
   S_B(lede__lexid_speech_verbs, w))
_Static_assert(lede__lexid_attribution_verbs <= 128 &&
                   lede__lexid_speech_verbs <= 128 &&
                   lede__lexid_quote_works <= 128,
               "the lists' ids are under 129");

/* The lists (bit k: S_lists[k]) a word-hash entry is in. */
static unsigned S_lists_e(const lede__word *e) {
  unsigned m = 0;
  /* (most words are in none: one test) */
  if (!e || !((e->lists[0] & S_M(0)) | (e->lists[1] & S_M(1)))) return 0;
  for (size_t k = 0; k < S_NLISTS; k++)
    m |= (unsigned)lede__word_has_id(e, S_lists[k].id) << k;
  return m;
}

static unsigned S_lists_of(const char *w, size_t n) {
  return S_lists_e(lede__word_find(w, n));
}

/* Token i's text in lower case (ASCII), at most S_MAXW bytes: its length,
 * 0 when longer. */
static size_t S_low(const lede_article *a, size_t i, char *buf) {
  const lede__token *t = S_tok(a, i);
  if (t->len > S_MAXW) return 0;
  for (size_t k = 0; k < t->len; k++) {
    char c = a->text[t->start + k];
    buf[k] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
  }
  return t->len;
}

/* A crude lemma: "ies", "ied" -> "y"; "ing", "ed", "es", "s" cut when
 * three letters stay. */
static size_t S_lemma(const char *w, size_t n, char *out) {
  static const char *const suf[][2] = {{"ies", "y"}, {"ied", "y"}, {"ing", ""},
                                       {"ed", ""},   {"es", ""},  {"s", ""}};
  memcpy(out, w, n);
  for (size_t k = 0; k < 6; k++) {
    size_t m = k < 3 ? 3 : k < 5 ? 2 : 1;
    if (n >= m + 3 && w[n - 1] == suf[k][0][m - 1] &&
        memcmp(w + n - m, suf[k][0], m) == 0) {
      size_t r = k < 2;
      memcpy(out + n - m, suf[k][1], r);
      return n - m + r;
    }
  }
  return n;
}

/* ==== Features ========================================================== */

typedef struct {
  uint32_t f[LEDE__FR_NF];
  size_t n;
} S_feats;

static uint32_t S_fnv(uint32_t h, const char *s, size_t n) {
  for (size_t k = 0; k < n; k++) h = (h ^ (unsigned char)s[k]) * 16777619u;
  return h;
}

/* Feature "name=value": its id. */
/* (inline: name is a literal, whose hash the compiler works out) */
/* The hash of "name=" for a literal name of at most 8 bytes, a
 * constant. */
#define S_STEP(h, s, k)                                                    \
  ((k) < sizeof(s) - 1                                                     \
       ? ((h) ^ (unsigned char)(s)[(k) < sizeof(s) - 1 ? (k) : 0]) * 16777619u \
       : (h))
#define S_NAME(s)                                                          \
  ((S_STEP(S_STEP(S_STEP(S_STEP(S_STEP(S_STEP(S_STEP(S_STEP(2166136261u, s, \
   0), s, 1), s, 2), s, 3), s, 4), s, 5), s, 6), s, 7) ^ (unsigned char)'=') \
   * 16777619u)
#define S_f(fs, name, v, n) S_fh((fs), S_NAME(name), (v), (n))
#define S_fs(fs, name, v) S_fsh((fs), S_NAME(name), (v))
#define S_fi(fs, name, v) S_fih((fs), S_NAME(name), (v))

static inline void S_fh(S_feats *fs, uint32_t h, const char *v, size_t n) {
  if (fs->n < LEDE__FR_NF) fs->f[fs->n++] = S_fnv(h, v, n);
}
static inline void S_fsh(S_feats *fs, uint32_t h, const char *v) {
  S_fh(fs, h, v, strlen(v));
}
/* A small number's feature: "name=0" to "name=9". */
static inline void S_fih(S_feats *fs, uint32_t h, int v) {
  char d = (char)('0' + (v < 0 ? 0 : v > 9 ? 9 : v));
  S_fh(fs, h, &d, 1);
}

/* The features naming a list, "objlex=", "lex=" and "lexl=" with each
 * list's name or "none" (S_LIST_NONE), hashed once: their ids. */
enum { S_OBJLEX, S_LEX_V, S_LEXL, S_NPFX };
#define S_LIST_NONE S_NLISTS
static uint32_t S_list_feat[S_NPFX][S_NLISTS + 1];
static pthread_once_t S_list_once = PTHREAD_ONCE_INIT;

static void S_list_init(void) {
  const uint32_t pfx[S_NPFX] = {S_NAME("objlex"), S_NAME("lex"),
                                S_NAME("lexl")};
  for (size_t p = 0; p < S_NPFX; p++) {
    for (size_t k = 0; k < S_NLISTS; k++)
      S_list_feat[p][k] =
          S_fnv(pfx[p], S_lists[k].name, strlen(S_lists[k].name));
    S_list_feat[p][S_LIST_NONE] = S_fnv(pfx[p], "none", 4);
  }
}

/* Adds the list feature of prefix p and list k (or S_LIST_NONE). */
static inline void S_flist(S_feats *fs, size_t p, size_t k) {
  if (fs->n < LEDE__FR_NF) fs->f[fs->n++] = S_list_feat[p][k];
}

uint32_t lede__q_frame_list_feat(size_t p, size_t k) {
  pthread_once(&S_list_once, S_list_init);
  return p < S_NPFX && k <= S_NLISTS ? S_list_feat[p][k] : 0;
}

uint32_t lede__q_frame_list_feat_slow(size_t p, size_t k) {
  static const char *const name[S_NPFX] = {"objlex", "lex", "lexl"};
  if (p >= S_NPFX || k > S_NLISTS) return 0;
  const char *v = k == S_LIST_NONE ? "none" : S_lists[k].name;
  char buf[64];
  size_t n = strlen(name[p]);
  memcpy(buf, name[p], n);
  buf[n] = '=';
  return S_fnv(S_fnv(2166136261u, buf, n + 1), v, strlen(v));
}

/* The weight of feature f, 0 if the model has none: its bucket's ids
 * (fewer than one a bucket on average) read one by one. */
static inline int32_t S_weight(uint32_t f) {
  size_t lo = lede__frame_first[f >> LEDE__FR_SHIFT],
         hi = lede__frame_first[(f >> LEDE__FR_SHIFT) + 1];
  for (; lo < hi; lo++)
    if (lede__frame_w[lo].id == f) return lede__frame_w[lo].w;
  return 0;
}

/* The same by halving the table (the ids are sorted): for the test. */
static int32_t S_weight_search(uint32_t f) {
  size_t lo = 0, hi = lede__frame_nw;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (lede__frame_w[mid].id < f) lo = mid + 1;
    else hi = mid;
  }
  return lo < lede__frame_nw && lede__frame_w[lo].id == f ? lede__frame_w[lo].w
                                                          : 0;
}

size_t lede__q_frame_weight_check(void) {
  size_t bad = 0;
  uint32_t r = 12345u;
  for (size_t k = 0; k < lede__frame_nw; k++) {
    uint32_t f = lede__frame_w[k].id;
    bad += S_weight(f) != S_weight_search(f);
    bad += S_weight(f - 1) != S_weight_search(f - 1);
    bad += S_weight(f + 1) != S_weight_search(f + 1);
  }
  for (size_t k = 0; k < 100000; k++) {
    r = r * 1103515245u + 12345u;
    uint32_t f = r ^ (r << 13);
    bad += S_weight(f) != S_weight_search(f);
  }
  bad += S_weight(0) != S_weight_search(0);
  bad += S_weight(UINT32_MAX) != S_weight_search(UINT32_MAX);
  return bad;
}

static int S_score(const S_feats *fs) {
  int64_t z = lede__frame_bias;
  for (size_t k = 0; k < fs->n; k++) z += S_weight(fs->f[k]);
  return z > 0 ? (int)(z > INT32_MAX ? INT32_MAX : z) : (int)(z < -INT32_MAX ? -INT32_MAX : z);
}

/* ==== Candidates ======================================================== */

enum { K_PER, K_ORG, K_PERPOSS, K_ORGPOSS, K_PER_APP, K_HE, K_SHE, K_REL };
static const char *const S_kind_name[] = {
    "PER", "ORG", "PERPOSS", "ORGPOSS", "PER_app", "PRON_he", "PRON_she",
    "REL"};
static const char *const S_kind_base[] = {"PER", "ORG", "PERPOSS", "ORGPOSS",
                                          "PER", "PRON", "PRON", "REL"};

typedef struct {
  size_t cs, ce;      /* content, bytes */
  size_t sp0, sp1;    /* the subject as the trainer reads it */
  size_t spk0, spk1;  /* the speaker phrase the quote gets, tokens */
  size_t v;           /* the verb's token */
  int score;
  S_feats fs;
} S_cand;

/* What the article's quotes say once: who they quote (by the last word
 * of the speaker) and how dense they are. */
typedef struct {
  const lede_article *a;
  size_t nq, nsent;
  /* the sentence's: capitals and quotation marks, counted once */
  size_t caps;
  int qmark, stats;
  /* quotation marks open before token mk of the sentence */
  size_t mk;
  int mopen, mplain;
  /* the last words of the speakers quoted, sorted (S_last_word) */
  uint32_t *qh; /* NULL until a candidate asks */
  size_t nqh;
  lede_article *scratch_of; /* (the article, for its scratch memory) */
  /* of each quote j, the greatest end of quotes j - S_BACK + 1 to j
   * (S_in_quote); NULL until a candidate asks */
  uint32_t *qend;
} S_doc;

static int S_cmp_u32(const void *p, const void *q);
static uint32_t S_last_word(const char *t, size_t s, size_t e);

static void S_quoted_build(S_doc *d) {
  const lede_article *a = d->a;
  d->qh = lede__calloc(&d->scratch_of->scratch, (d->nq + 1) * sizeof *d->qh);
  for (size_t i = 0; i < d->nq; i++) {
    const lede__quote *q = &a->quotes.v[i];
    uint32_t h = q->speaker.end > q->speaker.start
                     ? S_last_word(a->text, q->speaker.start, q->speaker.end)
                     : 0;
    if (h) d->qh[d->nqh++] = h;
  }
  /* (most articles quote a few dozen times: sorted in place, without
   * qsort's call a comparison) */
  if (d->nqh > 64) {
    qsort(d->qh, d->nqh, sizeof *d->qh, S_cmp_u32);
    return;
  }
  for (size_t i = 1; i < d->nqh; i++) {
    uint32_t h = d->qh[i];
    size_t k = i;
    for (; k > 0 && d->qh[k - 1] > h; k--) d->qh[k] = d->qh[k - 1];
    d->qh[k] = h;
  }
}

static void S_stats(S_doc *d, size_t s0, size_t s1) {
  if (d->stats) return;
  d->stats = 1;
  for (size_t i = s0; i < s1; i++) {
    const lede__token *t = S_tok(d->a, i);
    if (t->flags & LEDE__T_QUOTE) d->qmark = 1;
    if (t->flags & LEDE__T_CAP) d->caps++;
  }
}

/* Each byte's class: 1 an ASCII letter or digit (lede__q_alnum of a byte
 * under 0x80), 2 another ASCII byte, 0 a byte over 0x7F. */
static const unsigned char S_cls7[256] = {
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2,
    2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2,
    2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* The hash of the last word of s[0..n) (ASCII letters and digits, lower
 * case), or 0 if none (or too long). */
static uint32_t S_last_word(const char *t, size_t s, size_t e) {
  while (e > s && S_cls7[(unsigned char)t[e - 1]] == 2) e--;
  size_t b = e;
  while (b > s && S_cls7[(unsigned char)t[b - 1]] == 1) b--;
  if (b == e || e - b > S_MAXW) return 0;
  uint32_t h = 2166136261u;
  /* (a letter or digit in lower case: bit 5 set) */
  for (size_t k = b; k < e; k++) h = (h ^ ((unsigned char)t[k] | 0x20u)) * 16777619u;
  return h | 1;
}

/* The same byte by byte, for the test. */
static int S_alnum7(unsigned char c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
}
static uint32_t S_last_word_bytes(const char *t, size_t s, size_t e) {
  while (e > s && (unsigned char)t[e - 1] < 0x80 &&
         !S_alnum7((unsigned char)t[e - 1]))
    e--;
  size_t b = e;
  while (b > s && (unsigned char)t[b - 1] < 0x80 &&
         S_alnum7((unsigned char)t[b - 1]))
    b--;
  if (b == e || e - b > S_MAXW) return 0;
  uint32_t h = 2166136261u;
  for (size_t k = b; k < e; k++) {
    char ch = t[k];
    h = (h ^ (unsigned char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch)) * 16777619u;
  }
  return h | 1;
}

size_t lede__q_frame_last_word_check(const char *t, size_t n) {
  size_t bad = 0;
  for (size_t s = 0; s < n; s++)
    for (size_t e = s; e <= n && e < s + 40; e++)
      bad += S_last_word(t, s, e) != S_last_word_bytes(t, s, e);
  return bad;
}

static int S_cmp_u32(const void *p, const void *q) {
  uint32_t x = *(const uint32_t *)p, y = *(const uint32_t *)q;
  return x < y ? -1 : x > y;
}

/* Quotes whose speaker ends in the word of hash h (at most 3). */
static int S_quoted(const S_doc *d, uint32_t h) {
  size_t lo = 0, hi = d->nqh;
  if (!h) return 0;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->qh[mid] < h) lo = mid + 1;
    else hi = mid;
  }
  int c = 0;
  while (lo < d->nqh && d->qh[lo] == h && c < 3) lo++, c++;
  return c;
}

/* The first of the nq quotes found so far (sorted by start) that starts
 * at or after pos; nq if none. */
static size_t S_quote_from(const lede_article *a, size_t nq, size_t pos) {
  size_t lo = 0, hi = nq;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a->quotes.v[mid].outer.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Does [s, e) overlap a quote found so far? Those starting before e, the
 * last S_BACK of them. */
#define S_BACK 32
static int S_in_quote_by_walk(const lede_article *a, size_t nq, size_t s,
                              size_t e) {
  size_t lo = S_quote_from(a, nq, e);
  for (size_t i = lo; i > 0 && i + S_BACK > lo; i--)
    if (a->quotes.v[i - 1].outer.end > s) return 1;
  return 0;
}

/* d->qend: the greatest end of each S_BACK quotes, each block of S_BACK
 * (by index) by the running greatest of its own and the greatest of the
 * tail of the block before. */
static void S_qend_build(S_doc *d) {
  const lede_article *a = d->a;
  size_t n = d->nq;
  uint32_t *w = lede__calloc(&d->scratch_of->scratch, (n + 1) * sizeof *w);
  uint32_t tail[S_BACK], run = 0;
  for (size_t j = 0; j < n; j++) {
    size_t r = j % S_BACK;
    if (r == 0 && j) { /* the block before's tails */
      uint32_t m = 0;
      for (size_t k = S_BACK; k-- > 0;) {
        uint32_t e = a->quotes.v[j - S_BACK + k].outer.end;
        m = e > m ? e : m;
        tail[k] = m;
      }
    }
    if (r == 0) run = 0;
    uint32_t e = a->quotes.v[j].outer.end;
    run = e > run ? e : run;
    w[j] = j < S_BACK || r == S_BACK - 1 || run >= tail[r + 1] ? run
                                                                : tail[r + 1];
  }
  d->qend = w;
}

/* S_in_quote_by_walk by d->qend: one look. */
static int S_in_quote(S_doc *d, size_t s, size_t e) {
  size_t lo = S_quote_from(d->a, d->nq, e);
  if (!lo) return 0;
  if (!d->qend) S_qend_build(d);
  return d->qend[lo - 1] > s;
}

/* The features of a candidate: verb v (lv its nv bytes in lower case,
 * lem its nl of S_lemma), content [k0, ...), subject kind. */
static void S_features(S_doc *d, size_t si, size_t s0, size_t s1,
                       size_t v, const char *lv, size_t nv, const char *lem,
                       size_t nl, int kind, unsigned aux, size_t naux,
                       size_t sp0, size_t sp1, S_cand *c) {
  const lede_article *a = d->a;
  S_feats *fs = &c->fs;
  char nx[S_MAXW];
  size_t nn = S_low(a, v + 1, nx);
  fs->n = 0;
  S_f(fs, "v", lv, nv);
  S_f(fs, "lem", lem, nl);
  S_f(fs, "suf", lv + (nv > 3 ? nv - 3 : 0), nv > 3 ? 3 : nv);
  S_f(fs, "suf2", lv + (nv > 2 ? nv - 2 : 0), nv > 2 ? 2 : nv);
  const char *comp = nn ? S_comp(nx, nn) : NULL;
  if (!comp) {
    const lede__token *t = S_tok(a, v + 1);
    comp = t->flags & LEDE__T_NUM ? "num" : t->flags & LEDE__T_CAP ? "cap" : "word";
  }
  char kc[40];
  S_fs(fs, "comp", comp);
  S_fs(fs, "kind", S_kind_name[kind]);
  size_t kb = strlen(S_kind_base[kind]), cl = strlen(comp);
  memcpy(kc, S_kind_base[kind], kb);
  kc[kb] = '_';
  memcpy(kc + kb + 1, comp, cl);
  S_f(fs, "kc", kc, kb + 1 + cl);
  char vc[S_MAXW + 12];
  memcpy(vc, lem, nl);
  vc[nl] = '_';
  memcpy(vc + nl + 1, comp, cl);
  S_f(fs, "vc", vc, nl + 1 + cl);
  S_f(fs, "nx", nx, nn);
  S_fi(fs, "neg", !!(aux & 1));
  S_fi(fs, "modal", !!(aux & 2));
  S_fi(fs, "have", !!(aux & 4));
  S_fi(fs, "naux", (int)(naux < 3 ? naux : 3));
  /* the sentence: quotation marks, quotes, a headline's capitals */
  S_stats(d, s0, s1);
  lede_span ss = lede__s64(a->sents.v[si].span);
  S_fi(fs, "qmark", d->qmark);
  S_fi(fs, "haspred", S_in_quote(d, ss.start, ss.end));
  S_fi(fs, "heady", 10 * d->caps > 6 * (s1 - s0));
  S_fi(fs, "sentpos", (int)(si / 3 < 4 ? si / 3 : 4));
  S_fi(fs, "clen", (int)((c->ce - c->cs) / 25 < 6 ? (c->ce - c->cs) / 25 : 6));
  S_fi(fs, "ing", nv > 3 && memcmp(lv + nv - 3, "ing", 3) == 0);
  /* the lists the object's first words are in */
  unsigned ol = 0;
  for (size_t i = v + 1; i < s1 && i < v + 7 && S_tok(a, i)->start < c->ce; i++) {
    const lede__token *t = S_tok(a, i);
    if (!t->len || t->len > S_MAXW) continue;
    ol |= S_lists_e(lede__tok_word(a, i));
    /* (its lemma differs only after an "s", "d" or "g") */
    char e = a->text[lede__tend(t) - 1] | 0x20;
    if (e != 's' && e != 'd' && e != 'g') continue;
    char o[S_MAXW], ol2[S_MAXW + 1];
    size_t n = S_low(a, i, o), n2 = S_lemma(o, n, ol2);
    if (n2 != n) ol |= S_lists_of(ol2, n2);
  }
  ol &= S_OBJ_LISTS;
  if (!ol) S_flist(fs, S_OBJLEX, S_LIST_NONE);
  for (unsigned m = ol; m; m &= m - 1)
    S_flist(fs, S_OBJLEX, (size_t)__builtin_ctz(m));
  /* who the article quotes */
  if (!d->qh) S_quoted_build(d);
  int nq = S_quoted(d, S_last_word(a->text, sp0, sp1));
  S_fi(fs, "quoted", nq < 3 ? nq : 3);
  size_t dens = 3 * d->nq / (d->nsent ? d->nsent : 1);
  S_fi(fs, "density", (int)(dens < 4 ? dens : 4));
  char kq[16];
  memcpy(kq, S_kind_base[kind], kb);
  kq[kb] = '_';
  kq[kb + 1] = (char)('0' + (nq < 2 ? nq : 2));
  S_f(fs, "kq", kq, kb + 2);
  unsigned lx = S_lists_e(lede__tok_word(a, v)),
           ll = nl != nv ? S_lists_of(lem, nl) : lx;
  if (!lx) S_flist(fs, S_LEX_V, S_LIST_NONE);
  if (!ll) S_flist(fs, S_LEXL, S_LIST_NONE);
  for (size_t k = 0; k < S_NLISTS; k++) {
    if (lx >> k & 1) S_flist(fs, S_LEX_V, k);
    if (ll >> k & 1) S_flist(fs, S_LEXL, k);
  }
}

/* Does token i open a clause: the sentence's start, after a comma or a
 * conjunction, or after an opening mark that opens the sentence? */
static int S_opens(const lede_article *a, size_t s0, size_t i) {
  if (i == s0) return 1;
  if (S_comma(a, i - 1) || S_LEX(frame_openers, a, i - 1)) return 1;
  return i == s0 + 1 && ((S_tok(a, s0)->flags & LEDE__T_QUOTE) ||
                         S_punct(a, s0, '('));
}

/* Is token v inside a quotation opened earlier in the sentence? (v
 * grows along the sentence: the marks are counted from where the last
 * call stopped) */
static int S_in_marks(S_doc *d, size_t v) {
  for (; d->mk < v; d->mk++) {
    const lede__token *t = S_tok(d->a, d->mk);
    if (!(t->flags & LEDE__T_QUOTE)) continue;
    const char *s = d->a->text + t->start;
    if (s[0] == '"') d->mplain ^= 1;
    else if (t->len == 3 && memcmp(s, "\xE2\x80\x9C", 3) == 0) d->mopen++;
    else if (t->len == 3 && memcmp(s, "\xE2\x80\x9D", 3) == 0) d->mopen--;
  }
  return d->mopen > 0 || d->mplain;
}

/* The candidate whose subject opens at token i of sentence si, if any:
 * fills c, returns the token to go on from. */
static size_t S_candidate(S_doc *d, size_t si, size_t s0, size_t s1,
                          size_t i, const lede__mention *m, S_cand *c,
                          int *found) {
  const lede_article *a = d->a;
  *found = 0;
  int kind;
  size_t j;
  if (m) {
    lede_entity_type ty = a->ents.v[m->entity].type;
    kind = ty == LEDE_ENTITY_PERSON ? K_PER : K_ORG;
    j = i + 1;
    while (j < s1 && S_tok(a, j)->start < m->span.end) j++;
    if (!S_opens(a, s0, i)) return j;
    /* "Smith's campaign" */
    if (j + 1 < s1 && S_possessive(a, j) && S_word(a, j + 1) &&
        !S_cap(a, j + 1) && !S_LEX(frame_notverb, a, j + 1)) {
      kind = kind == K_PER ? K_PERPOSS : K_ORGPOSS;
      j += 2;
    }
  } else {
    kind = S_is(a, i, "he") ? K_HE : K_SHE;
    j = i + 1;
    if (!S_opens(a, s0, i)) return j;
  }
  size_t sp0 = S_tok(a, i)->start, sp1 = lede__tend(S_tok(a, j - 1));
  size_t spk0 = i, spk1 = j;
  /* "NAME, who ...": the relative pronoun speaks; "NAME, the mayor, ..." */
  if (j + 1 < s1 && kind != K_HE && kind != K_SHE && S_comma(a, j) &&
      S_is(a, j + 1, "who")) {
    kind = K_REL;
    spk0 = j + 1;
    spk1 = j + 2;
    j += 2;
    sp1 = lede__tend(S_tok(a, j - 1));
  } else if (j < s1 && S_comma(a, j) && kind != K_HE && kind != K_SHE) {
    size_t k = j + 1;
    while (k < s1 && k < j + 10 && !S_comma(a, k) && !S_punct(a, k, '.') &&
           !S_punct(a, k, ';'))
      k++;
    if (k < s1 && k < j + 10 && S_comma(a, k) && k > j + 1) {
      if (kind != K_PER) return j;
      kind = K_PER_APP;
      j = k + 1;
    }
  }
  /* auxiliaries, negation, adverbs */
  size_t k = j, naux = 0;
  unsigned aux = 0;
  for (; k < s1; k++) {
    char w[S_MAXW];
    if (!S_LEX(frame_aux, a, k) && !S_ly(a, k) && !S_possessive(a, k) &&
        !S_negation(a, k))
      break;
    size_t n = S_low(a, k, w);
    if (!n) break;
    unsigned b = S_aux_bit(w, n);
    aux |= b == 1 || S_negation(a, k) ? 1 : b;
    naux++;
  }
  if (k + 1 >= s1) return j;
  char lv[S_MAXW], lem[S_MAXW + 1];
  size_t nv = S_low(a, k, lv);
  const lede__token *vt = S_tok(a, k);
  if (!nv || !(vt->flags & LEDE__T_WORD) || S_LEX(frame_notverb, a, k) ||
      S_possessive(a, k))
    return j;
  if (vt->flags & LEDE__T_CAP) {
    S_stats(d, s0, s1);
    if (10 * d->caps <= 6 * (s1 - s0)) return j;
  }
  if (S_in_marks(d, k) ||
      S_in_quote(d, vt->start, lede__tend(vt)))
    return j;
  size_t nl = S_lemma(lv, nv, lem);
  int verbish = (nv > 2 && (memcmp(lv + nv - 2, "ed", 2) == 0 ||
                            memcmp(lv + nv - 2, "es", 2) == 0)) ||
                lv[nv - 1] == 's' ||
                (nv > 3 && memcmp(lv + nv - 3, "ing", 3) == 0) ||
                S_LEX(frame_irregular, a, k) ||
                S_lists_e(lede__tok_word(a, k)) || S_lists_of(lem, nl);
  if (!verbish) return j;
  /* passives ("X was named by Y") are left alone */
  if ((aux & 8) && ((nv > 2 && (memcmp(lv + nv - 2, "ed", 2) == 0 ||
                                memcmp(lv + nv - 2, "en", 2) == 0)) ||
                    S_LEX(frame_irregular, a, k)))
    return j;
  /* the content: to the first comma, dash or semicolon, or a quote */
  size_t cs = S_tok(a, k + 1)->start, ce = a->sents.v[si].span.end;
  size_t qf = S_quote_from(a, d->nq, cs);
  if (qf < d->nq && a->quotes.v[qf].outer.start < ce)
    ce = a->quotes.v[qf].outer.start;
  for (size_t t = k + 1; t < s1; t++)
    if (S_comma(a, t) || S_punct(a, t, ';') || S_dash(a, t)) {
      if (S_tok(a, t)->start < ce) ce = S_tok(a, t)->start;
      break;
    }
  while (ce > cs && strchr(" .,;:\n\"", a->text[ce - 1])) ce--;
  while (ce >= cs + 3 && (memcmp(a->text + ce - 3, "\xE2\x80\x9D", 3) == 0 ||
                          memcmp(a->text + ce - 3, "\xE2\x80\x9C", 3) == 0)) {
    ce -= 3;
    while (ce > cs && strchr(" .,;:\n\"", a->text[ce - 1])) ce--;
  }
  if (ce <= cs || S_in_quote(d, cs, ce)) return j;
  c->cs = cs;
  c->ce = ce;
  c->sp0 = sp0;
  c->sp1 = sp1;
  c->spk0 = spk0;
  c->spk1 = spk1;
  c->v = k;
  S_features(d, si, s0, s1, k, lv, nv, lem, nl, kind, aux, naux, sp0, sp1, c);
  c->score = S_score(&c->fs);
  *found = 1;
  return j;
}

/* ==== Pass ============================================================== */

static int S_overlap(const S_cand *c, const S_cand *o) {
  return c->cs < o->ce && o->cs < c->ce;
}

static void S_keep(S_ctx *x, size_t si, S_cand *cv, size_t nc) {
  lede_article *a = x->a;
  int kept[S_NCAND] = {0};
  for (;;) { /* the best left, over none kept that it overlaps */
    size_t best = nc;
    for (size_t k = 0; k < nc; k++) {
      if (kept[k] || cv[k].score <= 0) continue;
      int ok = 1;
      for (size_t o = 0; o < nc && ok; o++)
        if (kept[o] == 1 && S_overlap(&cv[k], &cv[o])) ok = 0;
      if (ok && (best == nc || cv[k].score > cv[best].score)) best = k;
    }
    if (best == nc) break;
    kept[best] = 1;
    for (size_t k = 0; k < nc; k++)
      if (!kept[k] && S_overlap(&cv[k], &cv[best])) kept[k] = 2;
    S_cand *c = &cv[best];
    lede__quote *q = S_new(a, a->sents.v[si].block);
    q->kind = LEDE_QUOTE_INDIRECT;
    q->content = q->outer = lede__s32((lede_span){c->cs, c->ce});
    q->cue = lede__s32(S_span_tok(a, c->v, c->v + 1));
    q->speaker = lede__s32(S_span_tok(a, c->spk0, c->spk1));
    q->via = LEDE_VIA_NAME;
    /* the lemma: the verb with its suffix cut (S_lemma), as the
     * features read it */
    char lv[S_MAXW], *lem = lede__alloc(&a->arena, S_MAXW + 2);
    size_t nl = S_lemma(lv, S_low(a, c->v, lv), lem);
    lem[nl] = '\0';
    q->lemma = lem;
    q->cls = (unsigned char)lede__q_cue_class(lem);
    if (q->cls == LEDE_CUE_SPEECH) q->cls = LEDE_CUE_OTHER;
    S_mark(x, c->v, c->v + 1);
  }
}

/* A mention that can be a subject: a person's or organization's name. */
static int S_subject_ment(const lede_article *a, const lede__mention *m) {
  if (m->kind != LEDE_MENTION_NAME && m->kind != LEDE_MENTION_ACRONYM) return 0;
  lede_entity_type ty = a->ents.v[m->entity].type;
  return ty == LEDE_ENTITY_PERSON || ty == LEDE_ENTITY_ORGANIZATION;
}

/* The subjects are read where names start and at the pronouns pass 5
 * marks ("he", "she" of them), in text order; the candidates of a
 * sentence are weighed together once it is done. */
int lede__q_frames(S_ctx *x) {
  lede_article *a = x->a;
  size_t n0 = a->quotes.n, nt = a->sents.n ? a->sent_tok.v[a->sents.n] : 0;
  S_doc d = {a, n0, a->sents.n, 0, 0, 0, 0, 0, 0, NULL, 0, a, NULL};
  const uint64_t *pm = x->cand[Q_PRON];
  size_t mi = 0, p = pm ? S_next_cand(pm, 0, nt) : nt, next = 0;
  size_t si = LEDE_NONE, s0 = 0, s1 = 0, nc = 0;
  S_cand cv[S_NCAND];
  pthread_once(&S_list_once, S_list_init);
  for (;;) {
    while (mi < a->ments.n && !S_subject_ment(a, &a->ments.v[mi])) mi++;
    size_t mt = mi < a->ments.n ? lede__tok_at(a, a->ments.v[mi].span.start) : nt;
    const lede__mention *m = NULL;
    size_t i;
    if (mt >= nt && p >= nt) break;
    if (mt <= p) {
      i = mt;
      if (mt < nt) {
        if (S_tok(a, mt)->start == a->ments.v[mi].span.start) m = &a->ments.v[mi];
        mi++;
      }
      if (mt == p && p < nt) p = S_next_cand(pm, p + 1, nt);
      if (!m) continue;
    } else {
      i = p;
      p = S_next_cand(pm, p + 1, nt);
      if (!(S_tok(a, i)->len == 2 && S_is(a, i, "he")) &&
          !(S_tok(a, i)->len == 3 && S_is(a, i, "she")))
        continue;
    }
    if (i >= nt) break;
    if (i < next) continue;
    size_t sn = lede__tok_sent(a, i);
    if (sn != si) {
      if (nc) S_keep(x, si, cv, nc);
      nc = 0;
      si = sn;
      s0 = a->sent_tok.v[si];
      s1 = a->sent_tok.v[si + 1];
      d.caps = 0;
      d.qmark = d.stats = d.mopen = d.mplain = 0;
      d.mk = s0;
    }
    if (nc >= S_NCAND) continue;
    int found;
    size_t j = S_candidate(&d, si, s0, s1, i, m, &cv[nc], &found);
    if (found) {
      if (a->frame_sink) {
        lede__frame_cand fc = {cv[nc].cs, cv[nc].ce, cv[nc].sp0, cv[nc].sp1,
                               cv[nc].fs.n, {0}};
        memcpy(fc.f, cv[nc].fs.f, cv[nc].fs.n * sizeof *fc.f);
        a->frame_sink(a->frame_ud, &fc);
      } else {
        nc++;
      }
    }
    next = j > i ? j : i + 1;
  }
  if (nc) S_keep(x, si, cv, nc);
  return a->quotes.n > n0;
}

static size_t S_in_quote_cmp(lede_article *a, size_t end) {
  S_doc d = {a, a->quotes.n, a->sents.n, 0, 0, 0, 0, 0, 0, NULL, 0, a, NULL};
  size_t bad = 0;
  for (size_t s = 0; s < end; s += 1 + s % 7)
    for (size_t e = s; e < end && e < s + 400; e += 1 + e % 5)
      bad += S_in_quote(&d, s, e) != S_in_quote_by_walk(a, d.nq, s, e);
  return bad;
}

size_t lede__q_frame_in_quote_check(lede_article *a) {
  size_t bad = S_in_quote_cmp(a, a->len + 2);
  /* and a's quotes set aside for runs of random spans, sorted by start,
   * some long (their ends in no order) */
  __typeof__(a->quotes) keep = a->quotes;
  lede__quote *v = calloc(300, sizeof *v);
  if (!v) return bad + 1;
  uint32_t r = 99u;
  for (size_t round = 0; round < 48; round++) {
    size_t n = round < 8 ? round : 24 + 5 * round;
    size_t every = 20 + round % 17; /* (a long one every so many) */
    uint32_t at = 0;
    for (size_t k = 0; k < n; k++) {
      r = r * 1103515245u + 12345u;
      at += (r >> 16) % 40;
      int long_one = k % every == every - 1 || (r >> 8) % 60 == 0;
      uint32_t len = long_one ? (r >> 4) % 2000 : (r >> 12) % 30;
      v[k].outer.start = at;
      v[k].outer.end = at + len;
    }
    a->quotes.v = v;
    a->quotes.n = n;
    bad += S_in_quote_cmp(a, at + 100);
  }
  a->quotes = keep;
  free(v);
  return bad;
}
