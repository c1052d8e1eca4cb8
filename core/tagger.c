/* The name tagger (see tagger.h).
 *
 * Features are hashed into LEDE__TG_NB weight rows of one int8 per tag
 * and a multiplier (tagger.h).
 * Most depend on one word only (its form, shape, affixes, the word lists
 * and gazetteer, how the article writes it elsewhere), seen from the token
 * itself or from up to two tokens away; their sums are cached per distinct
 * word, each role's sum made when first needed (those of the training
 * text's frequent words, and of common words news writes, are made at
 * build time), so a token costs a few
 * cache probes, a few position features and the Viterbi step. Most tokens
 * cost less: only runs of tokens that could be in a name (a capital
 * letter, a particle, a line not in prose; what a name can end with; the
 * short gaps between such tokens) are decoded, the rest being O. The
 * trainer asks for the same features as lists, and for the same runs
 * (lede__tag_features), so training and tagging cannot drift apart. */
#include <pthread.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "gazetteer.h"
#include "lexicon.h"
#include "tagger.h"
#include "wordhash.h"

/* A function whose inlining the compiler tends to refuse, in a loop over
 * every token. */
#if defined(__GNUC__)
#define S_HOT static inline __attribute__((always_inline))
#else
#define S_HOT static inline
#endif

/* The decoding and the sums of rows built again for processors with the
 * popcount instruction, AVX2 and BMI2, used where the processor has
 * them (asked at run time: S_const_init; LEDE_NO_HW: never, as a test
 * builds it to run what other processors do). A build for processors
 * that all have them (-march=native on one that does: S_HWALL) runs
 * that code alone, with nothing to ask. S_HWC: that code is built. */
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__)) && !defined(LEDE_NO_HW)
#if defined(__POPCNT__) && defined(__AVX2__) && defined(__BMI__) && defined(__BMI2__)
#define S_HW 0
#define S_HWALL 1
#else
#define S_HW 1
#define S_HWALL 0
#endif
#else
#define S_HW 0
#define S_HWALL 0
#endif
#define S_HWC (S_HW || S_HWALL)
#if S_HWC
#include <immintrin.h> /* (S_w32) */
#include "cpu.h"
#endif
#if defined(__AVX2__)
#define S_AVX2 1
#else
#define S_AVX2 0
#endif

#define S_WMAX 40    /* bytes of a word that features look at */
#define S_CHUNK 2048 /* longest stretch decoded at once, tokens */
#define S_NTAG (LEDE__TG_NT + 1)
#define S_MAXF 96 /* features of one token */
#define S_GAP 3   /* tokens between two that can be in one name */
#define S_CWMAX 16384 /* words the cache holds at most */
#define S_CWB 256     /* words of one block of the cache */
#define S_CTAB0 1024  /* slots of the cache's first table (S_tagger) */
#define S_CANPAD 9    /* room past the last token: S_run_next reads 8 at once */

/* ==== Hashing =========================================================== */

static uint64_t S_hash(uint64_t h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

static uint64_t S_seed(int tmpl) {
  return (0xcbf29ce484222325ULL ^ (uint64_t)tmpl) * 0x100000001b3ULL;
}

static uint32_t S_row(uint64_t h) {
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 32;
  return (uint32_t)(h >> (64 - LEDE__TG_BITS));
}

static uint32_t S_fs(int tmpl, const char *s, size_t n) {
  return S_row(S_hash(S_seed(tmpl), s, n));
}

static uint32_t S_fi(int tmpl, uint32_t v) {
  return S_row(((uint64_t)(unsigned)tmpl << 32 | v) * 0x9e3779b97f4a7c15ULL);
}

/* Feature templates. */
enum {
  F_BIAS = 1, F_LOW, F_EXACT, F_SHAPE, F_SSHAPE, F_PRE3, F_SUF2, F_SUF3,
  F_SUF4, F_LEX, F_GAZ, F_DOC, F_DOCALL, F_LEN,
  F_P1W, F_P1S, F_P1L, F_N1W, F_N1S, F_N1L, F_P2W, F_N2W,
  F_CTX, F_CTXDOC, F_CTXLEX, F_SHAPE3, F_GAZ2, F_EDGE, F_P1CUR, F_PAIRLEX
};

/* ==== The model ======================================================= */

/* Weight row r, or NULL if it is all 0 (see tagger.h); with the
 * processor's popcount instruction if hw (a constant: S_sum_hw). */
S_HOT const lede__tgrow *S_wrow_by(uint32_t r, int hw) {
  const lede__tgmap *e = &lede__tagger_wmap[r >> 6];
  uint64_t b = e->bits, m = b & ((2ULL << (r & 63)) - 1);
  if (!((b >> (r & 63)) & 1)) return NULL;
  /* rows stored up to and including r in this word, less one */
  (void)hw;
#if defined(__GNUC__) && defined(__POPCNT__)
  hw = 1; /* every processor the build targets has it */
#endif
#if defined(__GNUC__)
  if (hw) return &lede__tagger_w[e->rank + (uint32_t)__builtin_popcountll(m) - 1];
#endif
  m -= (m >> 1) & 0x5555555555555555ULL;
  m = (m & 0x3333333333333333ULL) + ((m >> 2) & 0x3333333333333333ULL);
  m = (((m + (m >> 4)) & 0x0f0f0f0f0f0f0f0fULL) * 0x0101010101010101ULL) >> 56;
  return &lede__tagger_w[e->rank + m - 1];
}

static inline const lede__tgrow *S_wrow(uint32_t r) { return S_wrow_by(r, 0); }

/* Row w's weights as int16 into v (0 if w is NULL). */
static void S_row16(const lede__tgrow *w, int16_t *v) {
  for (int j = 0; j < LEDE__TG_NT; j++) v[j] = w ? (int16_t)(w->w[j] * w->mult) : 0;
}

/* A row of zeros, for a feature with no stored row. */
static const lede__tgrow S_zero_row = {{0}, 1};

/* The index of a frequent word (lede__tagger_gw) by its key
 * (lede__tag_word_key), or -1. The key is compared in the entry, whose
 * line is read next anyway. */
static inline long S_gslot(uint64_t h) {
  uint32_t tag = (uint32_t)(h >> 48);
  for (size_t k = lede__tag_wslot(h);;
       k = (k + 1) & (LEDE__TG_NWSLOTS - 1)) {
    uint32_t x = lede__tagger_wslot[k];
    if (!x) return -1;
    const lede__tgword *e = &lede__tagger_gw[(x & 0xffff) - 1];
    if (x >> 16 == tag && e->klo == (uint32_t)h && e->kmid == (uint16_t)(h >> 32))
      return (long)(x & 0xffff) - 1;
  }
}

/* ==== Sums of rows ====================================================== */

/* Add row w to o: eight lanes at once, each int8 weight widened and
 * multiplied in 16 bits (the product fits), then widened again. */
#if defined(__SSE2__) && LEDE__TG_NT == 8
static inline __m128i S_w16(const lede__tgrow *w) {
  __m128i b = _mm_loadl_epi64((const __m128i *)w->w);
  return _mm_mullo_epi16(_mm_srai_epi16(_mm_unpacklo_epi8(b, b), 8),
                         _mm_set1_epi16((short)w->mult));
}
#endif
static inline void S_add_w(int32_t *restrict o, const lede__tgrow *restrict w) {
#if defined(__SSE2__) && LEDE__TG_NT == 8
  __m128i v = S_w16(w);
  __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(v, v), 16);
  __m128i hi = _mm_srai_epi32(_mm_unpackhi_epi16(v, v), 16);
  __m128i *p = (__m128i *)o;
  _mm_storeu_si128(p, _mm_add_epi32(_mm_loadu_si128(p), lo));
  _mm_storeu_si128(p + 1, _mm_add_epi32(_mm_loadu_si128(p + 1), hi));
#else
  for (int j = 0; j < LEDE__TG_NT; j++) o[j] += w->w[j] * w->mult;
#endif
}
#if defined(__SSE2__) && LEDE__TG_NT == 8
#if defined(__GNUC__)
typedef int32_t S_vi4 __attribute__((vector_size(16)));
#endif
/* The lane-wise maximum of a and b. With S_AVX2, lane by lane, which the
 * compiler makes one instruction of; else a comparison and a blend. */
static inline __m128i S_max4(__m128i a, __m128i b) {
#if defined(__GNUC__)
  if (S_AVX2) {
    S_vi4 x = (S_vi4)a, y = (S_vi4)b, r;
    for (int i = 0; i < 4; i++) r[i] = x[i] > y[i] ? x[i] : y[i];
    return (__m128i)r;
  }
#endif
  __m128i gt = _mm_cmpgt_epi32(a, b);
  return _mm_or_si128(_mm_and_si128(gt, a), _mm_andnot_si128(gt, b));
}
#endif
static inline void S_add_r32(int32_t *restrict o, const int32_t *restrict w) {
  for (int j = 0; j < LEDE__TG_NT; j++) o[j] += w[j];
}
static inline void S_sum5(int32_t *restrict o, const int32_t *restrict a,
                          const int32_t *restrict b, const lede__tgrow *restrict c,
                          const int32_t *restrict d, const lede__tgrow *restrict e) {
#if defined(__SSE2__) && LEDE__TG_NT == 8
  /* Four lanes a vector; the rows in 16 bits widened with their sign. */
  __m128i cv = S_w16(c), ev = S_w16(e);
  for (int h = 0; h < 2; h++) {
    __m128i x = _mm_add_epi32(_mm_loadu_si128((const __m128i *)(a + 4 * h)),
                              _mm_loadu_si128((const __m128i *)(b + 4 * h)));
    x = _mm_add_epi32(x, _mm_loadu_si128((const __m128i *)(d + 4 * h)));
    __m128i cw = h ? _mm_unpackhi_epi16(cv, cv) : _mm_unpacklo_epi16(cv, cv);
    __m128i ew = h ? _mm_unpackhi_epi16(ev, ev) : _mm_unpacklo_epi16(ev, ev);
    x = _mm_add_epi32(x, _mm_add_epi32(_mm_srai_epi32(cw, 16), _mm_srai_epi32(ew, 16)));
    _mm_storeu_si128((__m128i *)(o + 4 * h), x);
  }
#else
  for (int j = 0; j < LEDE__TG_NT; j++)
    o[j] = a[j] + b[j] + c->w[j] * c->mult + d[j] + e->w[j] * e->mult;
#endif
}

#if S_HWC && LEDE__TG_NT == 8
/* Row w's eight weights in one register (AVX2), each widened to 32 bits
 * and multiplied there. */
__attribute__((target("avx2"))) static inline __m256i S_w32(const lede__tgrow *w) {
  return _mm256_mullo_epi32(_mm256_cvtepi8_epi32(_mm_loadl_epi64((const __m128i *)w->w)),
                            _mm256_set1_epi32(w->mult));
}

#endif

/* ==== Words ============================================================= */

/* Word lists a word is looked up in: bit k for lede__tag_lists[k]. */
const lede__lexicon *const lede__tag_lists[LEDE__TG_NLISTS] = {
    &lede__gaz_first_names,    &lede__gaz_common_words, &lede__gaz_top_words,
    &lede__lex_titles,         &lede__lex_abbrev_title, &lede__lex_roles,
    &lede__lex_org_words,      &lede__lex_organizations, &lede__lex_agencies,
    &lede__lex_regions,        &lede__lex_groups,       &lede__lex_event_words,
    &lede__lex_place_words,    &lede__lex_name_particles, &lede__lex_weekdays,
    &lede__lex_locative_preps, &lede__lex_org_heads_lower, &lede__lex_speech_verbs,
    &lede__lex_sports_words,   &lede__lex_org_of_words,  &lede__lex_quote_pronouns};
enum {
  L_FIRST, L_COMMON, L_TOP, L_TITLE, L_ABTITLE, L_ROLE, L_ORGW, L_ORG, L_AGENCY,
  L_REGION, L_GROUP, L_EVENT, L_PLACEW, L_PARTICLE, L_WEEKDAY, L_LOCPREP,
  L_ORGHEAD, L_SPEECH, L_SPORTS, L_ORGOF, L_PRONOUN, L_MONTH, L_NLISTS
};

#define S_LISTS_ALL ((1u << L_NLISTS) - 1)

_Static_assert(L_MONTH == LEDE__TG_NLISTS && L_TITLE == LEDE__TG_OWN_LISTS,
               "lede__tag_lists as tagger.h tells it");

/* Where lede__word.lists holds lede__tag_lists (made once, with S_K): the bits
 * of the lists, for a word in lower case (mask[1]) or not (mask[0]); by
 * bit, the list's place in lede__tag_lists; the lists outside the hash (asked
 * with lede__word_in). And the shapes of ASCII characters. */
static struct {
  uint64_t mask[2][2];
  unsigned char k[128];
  uint32_t slow;
  char shape[128]; /* an ASCII character's in a word's shape (S_shapes) */
  signed char sc[64]; /* S_sc of a token's flags */
  unsigned char ctx[32]; /* S_ctx of a place's LEDE__TC_* bits */
} S_L;

/* The lowest bit set in m (m != 0). */
static inline int S_low_bit(uint32_t m) {
#if defined(__GNUC__)
  return __builtin_ctz(m);
#else
  int b = 0;
  while (!(m & 1)) m >>= 1, b++;
  return b;
#endif
}

/* The lowest bit set in m (m != 0). */
static inline int S_low_bit64(uint64_t m) {
#if defined(__GNUC__)
  return __builtin_ctzll(m);
#else
  int b = 0;
  while (!(m & 1)) m >>= 1, b++;
  return b;
#endif
}

#define S_LOWER_LISTS \
  ((1u << L_TITLE) | (1u << L_ROLE) | (1u << L_LOCPREP) | (1u << L_ORGHEAD))

/* Shape classes of a token. */
enum { SC_PUNCT, SC_NUM, SC_LOWER, SC_CAP, SC_UPPER, SC_QUOTE, SC_EDGE };
_Static_assert(SC_EDGE < 8, "eight classes a side (S_K.pos, S_K.shape3)");

/* How the article writes a word elsewhere (by its lower-case form). */
enum {
  D_CAPMID = 1,  /* capitalized inside a prose sentence */
  D_LOWER = 2,   /* in lower case */
  D_TITLE = 4,   /* after a title ("Mr", "Senator") */
  D_FIRST = 8,   /* after a first name */
  D_NAMEP = 16,  /* before another capitalized word */
  D_PREP = 32,   /* after "in", "at", "near" */
  D_ORGW = 64,   /* before an organization word ("Corp") */
  D_NUM = 128    /* before a number: a score, a result, a total */
};

typedef struct {
  /* (what the decoding reads of most words first, in eight bytes) */
  uint32_t lex;
  int16_t gaz; /* 0, or 1 + kind + 4 * flags */
  unsigned char doc; /* D_* */
  signed char sc;
  const char *s; /* exact bytes */
  uint32_t n; /* (a token's length fits: LEDE__TOK_MAXLEN) */
  unsigned char ln, shn, sshn; /* of low, shape, sshape */
  signed char multi; /* opens a two-word entry of the gazetteer or organizations */
  char low[S_WMAX];
  char shape[16], sshape[16];
} S_word;

static int S_sc(uint32_t f) {
  if (f & LEDE__T_QUOTE) return SC_QUOTE;
  if (f & LEDE__T_PUNCT) return SC_PUNCT;
  if (f & LEDE__T_NUM) return SC_NUM;
  if (f & LEDE__T_UPPER) return SC_UPPER;
  if (f & LEDE__T_CAP) return SC_CAP;
  return SC_LOWER;
}

/* Lower-case key of a token (ASCII folded, other bytes kept; cut at S_WMAX). */
static size_t S_lower(const char *s, size_t n, char *out) {
  if (n > S_WMAX) n = S_WMAX;
  if (n >= 8) {
    /* eight bytes at once, the last eight overlapping if need be */
    uint64_t x;
    for (size_t i = 0; i + 8 <= n; i += 8) {
      memcpy(&x, s + i, 8);
      x = lede__fold_case(x);
      memcpy(out + i, &x, 8);
    }
    memcpy(&x, s + n - 8, 8);
    x = lede__fold_case(x);
    memcpy(out + n - 8, &x, 8);
    return n;
  }
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)s[i];
    out[i] = (char)(b >= 'A' && b <= 'Z' ? b | 0x20 : b);
  }
  return n;
}

/* Code point c's character in a word's shape (-1, invalid UTF-8: 'o'). */
static char S_shape_of(int32_t c) {
  return lede__is_upper(c) ? 'X' : lede__is_lower(c) ? 'x'
         : lede__is_digit(c) ? 'd' : c > 0 && c < 0x80 ? (char)c : 'o';
}

static void S_shapes(S_word *w) {
  size_t n = 0, sn = 0, len;
  char last = 0;
  for (size_t i = 0; i < w->n && n < sizeof w->shape; i += len) {
    unsigned char b = (unsigned char)w->s[i];
    char k;
    if (b < 0x80) {
      k = S_L.shape[b]; /* S_shape_of(b) */
      len = 1;
    } else {
      k = S_shape_of(lede__cp(w->s, w->n, i, &len));
    }
    w->shape[n++] = k;
    if (k != last && sn < sizeof w->sshape) w->sshape[sn++] = k;
    last = k;
  }
  w->shn = (unsigned char)n;
  w->sshn = (unsigned char)sn;
}

/* What every use of a word needs: its bytes, lower-case form and class. */
static void S_word_light(S_word *w, const char *s, size_t n, uint32_t flags) {
  w->s = s;
  w->n = (uint32_t)n;
  w->ln = (unsigned char)S_lower(s, n, w->low);
  w->sc = (signed char)S_sc(flags);
  w->lex = 0;
  w->doc = 0;
  w->gaz = 0;
  w->multi = 0;
}

/* w's lower-case form without its dots ("U.S." is looked up as "us"),
 * into key: its length. */
static size_t S_undotted(const S_word *w, char *key) {
  size_t kn = 0;
  for (size_t i = 0; i < w->ln; i++)
    if (w->low[i] != '.') key[kn++] = w->low[i];
  return kn;
}

/* Does the word of key[0..kn) (lower case, no dots), whose entry in the
 * word hash is e (or NULL), open a two-word entry of the gazetteer or the
 * organizations? The word hash marks the first word of every entry of
 * several words of these lists and a few others
 * (LEDE__LEX_ID_MULTI_FIRST): a word it does not mark opens none, and
 * S_pair_look asks of the pair itself. */
static int S_multi_of(const lede__word *e, size_t kn) {
  const unsigned id = LEDE__LEX_ID_MULTI_FIRST - 1;
  return kn && kn + 1 < S_WMAX && e && (e->lists[id / 64] >> (id % 64) & 1);
}

/* The rest (after S_word_light): shapes, word lists, gazetteer, whether
 * the word opens a two-word entry (S_multi_of). One look-up in the word hash
 * answers them all unless the word has dots ("U.S."). */
static void S_word_rest(S_word *w, uint32_t flags) {
  const char *s = w->s;
  size_t n = w->n;
  S_shapes(w);
  if (!(flags & LEDE__T_WORD) || (flags & LEDE__T_NUM) || n > S_WMAX) return;
  /* A word in lower case is looked up in the short lists only: the long
   * ones (names, places, ordinary words) speak of capitalized words. */
  int low = w->sc == SC_LOWER;
  const lede__word *e = lede__word_find(s, n);
  if (e) {
    for (int q = 0; q < 2; q++)
      for (uint64_t m = e->lists[q] & S_L.mask[low][q]; m; m &= m - 1)
        w->lex |= 1u << S_L.k[q * 64 + S_low_bit64(m)];
    for (uint32_t m = S_L.slow & (low ? S_LOWER_LISTS : ~0u); m; m &= m - 1)
      if (lede__word_in(e, lede__tag_lists[S_low_bit(m)])) w->lex |= 1u << S_low_bit(m);
  }
  if (!low && lede__month_from_name(s, n)) w->lex |= 1u << L_MONTH;
  if (low) return;
  char key[S_WMAX];
  size_t kn = S_undotted(w, key);
  /* w->ln is n here: without dots, the key finds e */
  const lede__word *ge = kn == w->ln ? e : kn ? lede__word_find(key, kn) : NULL;
  if (ge && ge->gaz >= 0 && memcmp(ge->key, key, kn) == 0) {
    const lede__gaz_entry *g = &lede__gaz[ge->gaz];
    w->gaz = (int16_t)(1 + g->kind + 4 * g->flags);
  }
  w->multi = (signed char)S_multi_of(ge, kn);
}

static void S_word_init(S_word *w, const char *s, size_t n, uint32_t flags) {
  S_word_light(w, s, n, flags);
  S_word_rest(w, flags);
}

/* How the article writes a capitalized word elsewhere (w->doc). */
static size_t S_doc_feats(const S_word *w, uint32_t *f) {
  size_t k = 0;
  if (w->sc == SC_CAP || w->sc == SC_UPPER) {
    for (uint32_t m = w->doc & 0xff; m; m &= m - 1)
      f[k++] = S_fi(F_DOC, (uint32_t)(S_low_bit(m) * 8 + w->sc));
    f[k++] = S_fi(F_DOCALL, w->doc * 8 + (uint32_t)w->sc);
  }
  return k;
}

/* The one feature of word w seen from two places away (role 3 before, 4
 * after): its lower-case form. */
static inline size_t S_feat34(const S_word *w, int role, uint32_t *f) {
  f[0] = S_fs(role == 3 ? F_P2W : F_N2W, w->low, w->ln);
  return 1;
}

/* The features of word w seen from a token `role` places away
 * (0 itself, 1 before, 2 after, 3 two before, 4 two after). */
static size_t S_word_feats(const S_word *w, int role, uint32_t *f) {
  size_t k = 0;
  switch (role) {
  case 0:
    f[k++] = S_fi(F_BIAS, 0);
    f[k++] = S_fs(F_LOW, w->low, w->ln);
    if (w->sc == SC_CAP || w->sc == SC_UPPER) f[k++] = S_fs(F_EXACT, w->s, w->n < S_WMAX ? w->n : S_WMAX);
    f[k++] = S_fs(F_SHAPE, w->shape, w->shn);
    f[k++] = S_fs(F_SSHAPE, w->sshape, w->sshn);
    /* Length and affixes tell names apart; a word in lower case is read
     * by itself and its neighbours (and costs fewer look-ups). */
    if (w->sc == SC_CAP || w->sc == SC_UPPER) {
      f[k++] = S_fi(F_LEN, (uint32_t)(w->n > 12 ? 12 : w->n));
      if (w->ln >= 3) f[k++] = S_fs(F_PRE3, w->low, 3);
      if (w->ln >= 3) f[k++] = S_fs(F_SUF2, w->low + w->ln - 2, 2);
      if (w->ln >= 4) f[k++] = S_fs(F_SUF3, w->low + w->ln - 3, 3);
      if (w->ln >= 5) f[k++] = S_fs(F_SUF4, w->low + w->ln - 4, 4);
    }
    for (uint32_t m = w->lex & S_LISTS_ALL; m; m &= m - 1)
      f[k++] = S_fi(F_LEX, (uint32_t)(S_low_bit(m) * 8 + w->sc));
    if (w->gaz) f[k++] = S_fi(F_GAZ, (uint32_t)(w->gaz * 8 + w->sc));
    break;
  case 1:
  case 2: {
    int ws = role == 1 ? F_P1W : F_N1W, ss = role == 1 ? F_P1S : F_N1S,
        ls = role == 1 ? F_P1L : F_N1L;
    f[k++] = S_fs(ws, w->low, w->ln);
    f[k++] = S_fs(ss, w->sshape, w->sshn);
    for (uint32_t m = w->lex & S_LISTS_ALL; m; m &= m - 1)
      f[k++] = S_fi(ls, (uint32_t)(S_low_bit(m) * 8 + w->sc));
    if (w->gaz) f[k++] = S_fi(ls, (uint32_t)(1000 + w->gaz * 8 + w->sc));
    break;
  }
  default: k += S_feat34(w, role, f); break;
  }
  return k;
}

/* ==== The document ====================================================== */

typedef struct {
  uint64_t h;
  uint32_t bits;
} S_dslot;

typedef struct {
  S_dslot *v;
  size_t cap, n;
  lede__arena *ar; /* where it grows */
  unsigned char gen; /* times v has moved (S_doc_cap) */
} S_dmap;

#define S_DMAP_MAX ((size_t)1 << 20) /* slots at most: memory stays bounded */

/* S_whash's steps: one word of eight bytes mixed in, and the end. */
static inline uint64_t S_wmix(uint64_t h, uint64_t x) {
  h = (h ^ x) * 0xbf58476d1ce4e5b9ULL;
  return h ^ h >> 31;
}
static inline uint64_t S_wend(uint64_t h) {
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 29;
  return h ? h : 1;
}

/* A hash of t[a, a + n) read eight bytes at a time (t is readable up to
 * tend), with ASCII capitals as lower case if fold: the keys of the word
 * cache and the document's map. Never 0. */
static uint64_t S_whash_long(const char *t, size_t a, size_t n, size_t tend, int fold) {
  const char *s = t + a;
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ (uint64_t)n;
  size_t i = 0;
  for (;; i += 8) {
    uint64_t x = 0;
    size_t k = n - i < 8 ? n - i : 8;
    if (!k) break;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (a + i + 8 <= tend) {
      memcpy(&x, s + i, 8);
      if (k < 8) x &= (1ULL << (8 * k)) - 1;
    } else
#else
    (void)tend;
#endif
      for (size_t q = 0; q < k; q++) x |= (uint64_t)(unsigned char)s[i + q] << (8 * q);
    if (fold) x = lede__fold_case(x);
    h = S_wmix(h, x);
    if (k < 8) break;
  }
  return S_wend(h);
}

/* S_whash of a word of n <= 8 bytes, x (read as S_whash_long reads them). */
static inline uint64_t S_whash8(uint64_t x, size_t n) {
  return S_wend(S_wmix(0x9e3779b97f4a7c15ULL ^ (uint64_t)n, x));
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* The low n bytes of a word of eight, by n (1 to 8). */
static const uint64_t S_mask8[9] = {
    0, 0xff, 0xffff, 0xffffff, 0xffffffffULL, 0xffffffffffULL, 0xffffffffffffULL,
    0xffffffffffffffULL, ~0ULL};
#endif

static inline uint64_t S_whash(const char *t, size_t a, size_t n, size_t tend, int fold) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  /* Most words: one read. */
  if (n - 1 < 8 && a + 8 <= tend) {
    uint64_t x;
    memcpy(&x, t + a, 8);
    x &= S_mask8[n];
    return S_whash8(fold ? lede__fold_case(x) : x, n);
  }
  /* Words of 9 to 16 bytes: two reads, as S_whash_long mixes them. */
  if (n - 9 < 8 && a + 16 <= tend) {
    uint64_t x, y;
    memcpy(&x, t + a, 8);
    memcpy(&y, t + a + 8, 8);
    y &= ~0ULL >> (64 - 8 * (n - 8));
    if (fold) x = lede__fold_case(x), y = lede__fold_case(y);
    return S_wend(S_wmix(S_wmix(0x9e3779b97f4a7c15ULL ^ (uint64_t)n, x), y));
  }
#endif
  return S_whash_long(t, a, n, tend, fold);
}

/* A word's place in a sieve of S_SIEVE bits, by its first eight bytes
 * with ASCII capitals folded, x (the rest 0), and its length, cut at
 * S_WMAX as its key in the document's map is: a word and its lower-case
 * form have the same. In 32 bits, as S_can_hw makes it four at once. */
#define S_SIEVE 8192
static inline uint32_t S_sieve_x(uint64_t x, size_t n) {
  uint32_t h = (uint32_t)x * 0x9e3779b1u + (uint32_t)(x >> 32) * 0x85ebca6bu +
               (uint32_t)(n > S_WMAX ? S_WMAX : n);
  return (h * 0xc2b2ae35u) >> 19;
}
/* S_sieve_x of the word t[a, a + n), t readable up to tend. */
static inline uint32_t S_sieve_of(const char *t, size_t a, size_t n, size_t tend) {
  uint64_t x = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (a + 8 <= tend) {
    memcpy(&x, t + a, 8);
    if (n < 8) x &= (1ULL << (8 * n)) - 1;
  } else
#else
  (void)tend;
#endif
    for (size_t i = 0; i < n && i < 8; i++) x |= (uint64_t)(unsigned char)t[a + i] << (8 * i);
  return S_sieve_x(lede__fold_case(x), n);
}

static S_dslot *S_dget(S_dmap *m, uint64_t h, int add) {
  size_t i = (size_t)(h ^ (h >> 31)) & (m->cap - 1);
  while (m->v[i].h) {
    if (m->v[i].h == h) return &m->v[i];
    i = (i + 1) & (m->cap - 1);
  }
  if (!add) return NULL;
  if (m->n * 2 >= m->cap) {
    /* Sized by the distinct words seen: it doubles as they come. */
    if (m->cap >= S_DMAP_MAX) return NULL;
    S_dslot *old = m->v;
    size_t oc = m->cap;
    m->cap *= 2;
    m->gen++;
    m->v = lede__calloc(m->ar, lede__mul(m->ar, m->cap, sizeof *m->v));
    for (size_t k = 0; k < oc; k++) {
      if (!old[k].h) continue;
      size_t j = (size_t)(old[k].h ^ (old[k].h >> 31)) & (m->cap - 1);
      while (m->v[j].h) j = (j + 1) & (m->cap - 1);
      m->v[j] = old[k];
    }
    for (i = (size_t)(h ^ (h >> 31)) & (m->cap - 1); m->v[i].h; i = (i + 1) & (m->cap - 1)) {}
  }
  m->n++;
  m->v[i].h = h;
  m->v[i].bits = 0;
  return &m->v[i];
}

/* A cached word: the sums of its feature rows from each role, each made
 * when first asked for. 256 bytes on a 64-bit machine. */
typedef struct {
  /* (what the decoding reads first, in 64 bytes on a 64-bit machine) */
  uint64_t key; /* the cache's (S_ckey) */
  const int32_t *rv[3]; /* the sums from role r once made (v[r], or a frequent word's) */
  const lede__tgrow *rv34[2]; /* of roles 3 and 4: one row each */
  unsigned char flags;  /* the token's */
  unsigned char full; /* w is complete (S_word_rest) */
  unsigned char docd; /* w.doc is read */
  unsigned char dsk; /* ds is known: the map's gen plus one when found */
  uint16_t gw; /* a frequent word's index in lede__tagger_gw plus one, or 0 */
  S_word w; /* of a frequent word, low and shapes are not kept */
  S_dslot *ds; /* the word's slot in the document's map (S_doc_cap) */
  int32_t v[3][LEDE__TG_NT];
} S_cword;
_Static_assert(LEDE__TG_NWMAX < 65536, "S_cword.gw holds a frequent word's index");
_Static_assert(sizeof(void *) != 8 || sizeof(S_cword) == 256, "a cached word is 256 bytes");

typedef struct {
  const char *t;
  lede__ttoks k; /* read in place: S_TK */
  size_t n;
  S_dmap doc;
  /* The cache: open addressing over exact-word hashes into cw, a slot
   * holding a word's index plus one (0 empty; the key is the word's),
   * sized by the distinct words seen (it doubles up to maxmask + 1 slots);
   * when cw is full the cache starts over, so memory stays bounded. The
   * words are held in blocks of S_CWB, made as needed, so that they stay
   * in place as the table grows. */
  uint32_t *ctab;
  /* The first tables of the cache and the document's map, here rather
   * than in the arena: most articles never outgrow them. */
  uint32_t ctab0[S_CTAB0];
  S_dslot doc0[64];
  size_t mask, maxmask;
  S_cword *cw[S_CWMAX / S_CWB];
  size_t ncw, maxcw;
  lede__arena *ar;
  size_t tend; /* the text is readable up to here */
  /* of the document's keys (S_doc_bits), and the particles (S_can1) */
  uint64_t sieve[S_SIEVE / 64];
  uint64_t *can1; /* S_can1 of every token (S_can_all): bit i % 64 of can1[i / 64] */
  uint64_t *hk; /* the cache's keys of the tokens S_ahead chose (0: not made), or NULL */
  int every; /* lines with LEDE__TC_UNREAD decoded too (lede__tag_unread_check) */
  uint32_t *capi; /* the tokens S_doc_bits reads, as S_ahead found them, or NULL */
  size_t ncap;
  /* As S_ahead_hw found them: the tokens it stops at as bits (S_can1 1),
   * the others of [0, nlv) not marks, which S_can_all reads (lwi[0,
   * nlw)); or NULL. */
  uint64_t *isb;
  uint32_t *lwi;
  size_t nlw, nlv;
} S_tagger;

/* What every article reads alike, made once per process (S_const_init):
 * the boundary words' sums, the transition scores, the position
 * features that depend on classes only, the name particles. */
static struct {
  S_cword bos, eos;
  /* The transition scores: tr[ec][prev][tag], O scoring 0 (prev S_NTAG:
   * the line's start). */
  int32_t tr[SC_EDGE + 1][S_NTAG + 1][S_NTAG];
  int32_t trb[SC_EDGE + 1][S_NTAG][LEDE__TG_NT / 2]; /* into B- tags only */
  int32_t trbt[SC_EDGE + 1][LEDE__TG_NT / 2][S_NTAG]; /* the same by B- tag, then prev */
  /* into I-X from B-X (tri[ec][0][X]), from I-X (tri[ec][1][X]) */
  int32_t tri[SC_EDGE + 1][2][LEDE__TG_NT / 2];
  /* For S_vit_avx2: trb of tags 2k and 2k + 1 side by side (trb2[ec][k]),
   * and tri's two rows interleaved as the tags are, B- then I- */
  int32_t trb2[SC_EDGE + 1][S_NTAG / 2][2 * (LEDE__TG_NT / 2)];
  int32_t tri2[SC_EDGE + 1][LEDE__TG_NT];
  /* The rows of F_CTX and F_P1CUR summed, by S_ctx and the classes of
   * the previous word and this one; of F_SHAPE3 by the classes of the
   * previous, this and the next word (two small tables rather than one
   * of their sums, eight times as large); of F_CTXLEX by S_ctx, the
   * look-up bits and whether the word is in capitals. */
  int32_t pos[8][8][8][LEDE__TG_NT]; /* (eight classes a side: places by shifts) */
  int32_t shape3[8][8][8][LEDE__TG_NT];
  int32_t ctxlex[8][16][2][LEDE__TG_NT];
  /* The row of F_CTXDOC by S_ctx, the document bits and whether the word
   * is in capitals (a row of zeros where none is stored). */
  lede__tgrow ctxdoc[8][256][2];
  /* The rows of S_doc_feats by the document bits and whether the word is
   * in capitals. */
  int32_t doc[256][2][LEDE__TG_NT];
  /* Name particles by S_pkey, open addressing (0 empty); if the list
   * outgrows it, its look-up instead. */
  uint64_t part[64];
  int part_lex;
  uint64_t psieve[16]; /* S_psieve of each particle */
  uint64_t dsieve[S_SIEVE / 64]; /* S_sieve_of each particle: where g->sieve starts */
  int hw; /* the processor has the popcount instruction, AVX2 and BMI2 (S_HW) */
  uint64_t flkey[64]; /* a token's flags' part of its key (S_ckey_at), by flags */
  uint32_t lwpos[16][4]; /* the places of the bits of a number of four bits, lowest first */
} S_K;
static pthread_once_t S_K_once = PTHREAD_ONCE_INIT;

/* The hash of a word's lower-case key (S_lower). */
static uint64_t S_lkey(const S_tagger *g, const char *s, size_t n) {
  return S_whash(g->t, (size_t)(s - g->t), n > S_WMAX ? S_WMAX : n, g->tend, 1);
}

static inline const lede__token *S_TK(const S_tagger *g, size_t i) {
  return lede__ttok_at(&g->k, i);
}

static int S_is_word(const lede__token *t) {
  return (t->flags & LEDE__T_WORD) && !(t->flags & LEDE__T_NUM);
}
static int S_is_cap(const lede__token *t) {
  return (t->flags & LEDE__T_CAP) && !(t->flags & LEDE__T_NUM);
}

/* The word before token i on its line, skipping a "." ("Mr . Smith"). */
static size_t S_prev_word(const S_tagger *g, size_t i) {
  const unsigned char *cx = g->k.ctx;
  if (i == 0 || (cx[i] & LEDE__TC_FIRST)) return (size_t)-1;
  size_t p = i - 1;
  const lede__token *tp = S_TK(g, p);
  if (tp->len == 1 && g->t[tp->start] == '.' &&
      !(cx[p] & LEDE__TC_FIRST) && p > 0)
    p--;
  return p;
}

static inline S_cword *S_info(S_tagger *g, size_t i);
static S_cword *S_full(S_cword *c);

/* The word-list bits of token i. */
S_HOT uint32_t S_lexof(S_tagger *g, size_t i) {
  if (g->ctab) return S_full(S_info(g, i))->w.lex;
  S_word w;
  const lede__token *a = S_TK(g, i);
  S_word_init(&w, g->t + a->start, a->len, a->flags);
  return w.lex;
}

static void S_doc_cap(S_tagger *g, size_t i, const lede__token *a, S_cword *c);

/* The words S_doc_bits reads: capitalized, not numbers. */
#define S_DOC_MASK (LEDE__T_WORD | LEDE__T_NUM | LEDE__T_CAP)
#define S_DOC_CAP (LEDE__T_WORD | LEDE__T_CAP)

static void S_doc_bits(S_tagger *g, lede__arena *ar) {
  size_t n = g->n;
  S_dmap *m = &g->doc;
  /* Only capitalized words are asked about: they are the map's keys, and a
   * word in lower case is looked up only to mark one of them. */
  m->cap = 64;
  m->ar = ar;
  m->v = g->doc0; /* zeroed with g */
  m->n = 0;
  size_t nv = g->k.nv < n ? g->k.nv : n;
  const lede__token *v = g->k.v, *x = g->k.extra; /* read once */
  if (g->capi) {
    /* Sized for every distinct capitalized word at once (the cache's
     * words, found first, are as many or more), the map never moves: a
     * cached word keeps its slot (S_doc_cap). */
    S_cword **cp = lede__alloc(ar, lede__mul(ar, g->ncap + 1, sizeof *cp));
    for (size_t k = 0; k < g->ncap; k++) cp[k] = S_info(g, g->capi[k]);
    while (m->cap < 2 * (g->ncw + 1) && m->cap < S_DMAP_MAX) m->cap *= 2;
    if (m->cap > 64) m->v = lede__calloc(ar, lede__mul(ar, m->cap, sizeof *m->v));
    for (size_t k = 0; k < g->ncap; k++) {
      size_t i = g->capi[k];
      S_doc_cap(g, i, i < nv ? &v[i] : &x[i - nv], cp[k]);
    }
    return;
  }
  for (size_t i = 0; i < nv; i++)
    if ((v[i].flags & S_DOC_MASK) == S_DOC_CAP) S_doc_cap(g, i, &v[i], NULL);
  for (size_t i = nv; i < n; i++)
    if ((x[i - nv].flags & S_DOC_MASK) == S_DOC_CAP) S_doc_cap(g, i, &x[i - nv], NULL);
}

/* Most words (1 to 8 bytes, eight readable): their key in the document
 * (S_lkey) into h and place in the sieve (S_sieve_of) into sv from one
 * read, and 1; else 0. */
static inline int S_doc_key1(const S_tagger *g, const lede__token *a, uint64_t *h, uint32_t *sv) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (a->len - 1 < 8 && a->start + 8 <= g->tend) {
    uint64_t x;
    memcpy(&x, g->t + a->start, 8);
    x = lede__fold_case(x & S_mask8[a->len]);
    *h = S_whash8(x, a->len);
    *sv = S_sieve_x(x, a->len);
    return 1;
  }
#else
  (void)g, (void)a, (void)h, (void)sv;
#endif
  return 0;
}

/* What capitalized word a (token i) says of its key in the document.
 * The keys go in a sieve too (S_sieve_x): most words in lower case match
 * no key and are passed over without hashing (S_can_all). */
static void S_doc_cap(S_tagger *g, size_t i, const lede__token *a, S_cword *c) {
  const char *t = g->t;
  const unsigned char *cx = g->k.ctx;
  size_t n = g->n;
  S_dmap *m = &g->doc;
  uint64_t *sieve = g->sieve;
  {
    S_dslot *d;
    /* With the keys read ahead the map does not move (S_doc_bits): each
     * word finds its slot once, and keeps it in the cache. Should the map
     * move all the same (two words of one cache key), the slot is found
     * again. */
    if (c && c->dsk == (unsigned char)(m->gen + 1)) {
      d = c->ds;
    } else {
      uint64_t h;
      uint32_t sv;
      if (!S_doc_key1(g, a, &h, &sv)) {
        h = S_lkey(g, t + a->start, a->len);
        sv = S_sieve_of(t, a->start, a->len, g->tend);
      }
      d = S_dget(m, h, 1);
      if (d) sieve[sv >> 6] |= 1ULL << (sv & 63);
      if (c) c->ds = d, c->dsk = (unsigned char)(m->gen + 1);
    }
    if (!d) return;
    int prose = !(cx[i] & (LEDE__TC_UPPER | LEDE__TC_TITLE | LEDE__TC_LABEL));
    if (a->flags & LEDE__T_UPPER) return;
    if (prose && !(cx[i] & LEDE__TC_INIT)) d->bits |= D_CAPMID;
    size_t p = S_prev_word(g, i);
    const lede__token *tp = p != (size_t)-1 ? S_TK(g, p) : NULL;
    if (tp && S_is_word(tp)) {
      uint32_t pl = S_lexof(g, p);
      if (pl & ((1u << L_TITLE) | (1u << L_ABTITLE)))
        d->bits |= D_TITLE;
      else if (S_is_cap(tp) && !(tp->flags & LEDE__T_UPPER) &&
               (pl & ((1u << L_FIRST) | (1u << L_COMMON))) == (1u << L_FIRST))
        d->bits |= D_FIRST;
      else if (!S_is_cap(tp) && (pl & (1u << L_LOCPREP)))
        d->bits |= D_PREP;
    }
    const lede__token *tn = i + 1 < n && !(cx[i + 1] & LEDE__TC_FIRST) ? S_TK(g, i + 1) : NULL;
    if (tn && (tn->flags & LEDE__T_NUM))
      d->bits |= D_NUM;
    if (tn && S_is_cap(tn)) {
      if (S_lexof(g, i + 1) & (1u << L_ORGW)) d->bits |= D_ORGW;
      else if (prose) d->bits |= D_NAMEP;
    }
  }
}

/* A word in lower case marks its capitalized forms' keys (D_LOWER). */
S_HOT void S_doc_lower(S_tagger *g, const lede__token *a) {
  const char *t = g->t;
  uint32_t sv = S_sieve_of(t, a->start, a->len, g->tend);
  if (!(g->sieve[sv >> 6] & (1ULL << (sv & 63)))) return;
  S_dslot *d = S_dget(&g->doc, S_lkey(g, t + a->start, a->len), 0);
  if (d) d->bits |= D_LOWER;
}

/* ==== Position features ================================================= */

static int S_ctx(uint32_t c) {
  int mode = (c & LEDE__TC_LABEL) ? 3 : (c & LEDE__TC_UPPER) ? 2
             : (c & LEDE__TC_TITLE) ? 1 : 0;
  return mode * 2 + ((c & LEDE__TC_INIT) != 0);
}

static int S_capsc(int sc) { return sc == SC_CAP || sc == SC_UPPER; }

/* Lower-case key of a word for the gazetteer: dots of "U.S." dropped. */
static size_t S_gkey(const S_word *w, char *out) {
  char b[S_WMAX];
  size_t ln = S_lower(w->s, w->n, b), k = 0;
  for (size_t q = 0; q < ln; q++)
    if (b[q] != '.') out[k++] = b[q];
  return k;
}

/* The look-ups of a pair of words "a b" in the gazetteer (kind + 1, or 0)
 * and the organizations: a token asks for the pair it ends, and the next
 * for the same pair it opens. */
typedef struct {
  const S_word *a, *b;
  int gaz, org;
} S_pair;

static void S_pair_look(const S_word *a, const S_word *b, S_pair *p) {
  if (p->a == a && p->b == b) return;
  char key[2 * S_WMAX + 1];
  size_t kn = S_gkey(a, key);
  key[kn++] = ' ';
  kn += S_gkey(b, key + kn);
  const lede__gaz_entry *g = lede__gaz_find(key, kn);
  p->a = a;
  p->b = b;
  p->gaz = g ? 1 + g->kind : 0;
  p->org = lede__lex_has(&lede__lex_organizations, key, kn);
}

/* Two capitalized words that make a place or an organization together
 * ("New York", "Hong Kong"): features of the word cur and its neighbours.
 * pc keeps the last look-up. */
S_HOT size_t S_pair_feats(int first, int last, const S_word *prev, const S_word *cur,
                          const S_word *next, uint32_t *f, S_pair *pc) {
  size_t k = 0;
  if ((cur->sc == SC_CAP || cur->sc == SC_UPPER)) {
    for (int side = 0; side < 2; side++) {
      const S_word *o = side ? next : prev;
      if ((side ? last : first) || !(o->sc == SC_CAP || o->sc == SC_UPPER)) continue;
      const S_word *a = side ? cur : prev, *b = side ? next : cur;
      if (side == 1 && (b->lex & (1u << L_ORGW)))
        f[k++] = S_fi(F_PAIRLEX, (uint32_t)(a->lex & 7));
      if (!a->multi) continue;
      S_pair_look(a, b, pc);
      if (pc->gaz) f[k++] = S_fi(F_GAZ2, (uint32_t)(side * 64 + pc->gaz - 1));
      if (pc->org) f[k++] = S_fi(F_GAZ2, (uint32_t)(side * 64 + 32));
    }
  }
  return k;
}

/* Features of token i that depend on where it stands; prev, cur, next are
 * the words at i-1, i, i+1 (boundary words at a line's ends). */
static size_t S_pos_feats(uint32_t ctx, int first, int last,
                          const S_word *prev, const S_word *cur,
                          const S_word *next, uint32_t *f) {
  size_t k = 0;
  uint32_t c = (uint32_t)S_ctx(ctx);
  f[k++] = S_fi(F_CTX, c * 8 + (uint32_t)cur->sc);
  if (cur->sc == SC_CAP || cur->sc == SC_UPPER) {
    f[k++] = S_fi(F_CTXDOC, (c * 256 + cur->doc) * 8 + (uint32_t)cur->sc);
    uint32_t lx = (cur->lex & 7) | (cur->gaz ? 8u : 0u);
    f[k++] = S_fi(F_CTXLEX, (c * 16 + lx) * 8 + (uint32_t)cur->sc);
  }
  f[k++] = S_fi(F_SHAPE3, (uint32_t)(prev->sc * 64 + cur->sc * 8 + next->sc));
  f[k++] = S_fi(F_P1CUR, (uint32_t)prev->sc * 8 + (uint32_t)cur->sc + c * 64);
  S_pair pc = {NULL, NULL, 0, 0};
  return k + S_pair_feats(first, last, prev, cur, next, f + k, &pc);
}

uint32_t lede__tag_edge_row(int prev, int ec) {
  return S_fi(F_EDGE, (uint32_t)(prev * 16 + ec));
}

static int S_edge_class(const S_word *w) { return w->sc; }

/* ==== Tagging =========================================================== */

/* The stored rows of f[0..k) into rows, their count returned, for a sum
 * (S_sum_by, S_sum_hw). The rows are asked for all at once, then added:
 * they are far apart in the table, and mostly not in the processor's
 * cache. (Their places are read in a loop whose turns do not wait for
 * each other.) */
S_HOT size_t S_rows_by(const uint32_t *f, size_t k, const lede__tgrow **rows, int hw) {
  size_t nr = 0;
  for (size_t q = 0; q < k; q++) {
    const lede__tgrow *r = S_wrow_by(f[q], hw);
    if (r) {
#if defined(__GNUC__)
      __builtin_prefetch(r);
#endif
      rows[nr++] = r;
    }
  }
  return nr;
}

/* The sum of rows f[0..k) into v. */
S_HOT void S_sum_by(const uint32_t *f, size_t k, int32_t *v, int hw) {
  const lede__tgrow *rows[S_MAXF];
  size_t nr = S_rows_by(f, k, rows, hw);
  for (int j = 0; j < LEDE__TG_NT; j++) v[j] = 0;
  for (size_t q = 0; q < nr; q++) S_add_w(v, rows[q]);
}

/* Most sums are made here: with the popcount instruction where the
 * processor has it, AVX2 and BMI2 (S_K.hw), a row's place costs a third. */
#if S_HWC
__attribute__((target("popcnt,avx2,bmi,bmi2"))) static void S_sum_hw(const uint32_t *f, size_t k, int32_t *v) {
#if LEDE__TG_NT == 8
  /* The eight lanes in one register (S_w32). */
  const lede__tgrow *rows[S_MAXF];
  size_t nr = S_rows_by(f, k, rows, 1);
  __m256i acc = _mm256_setzero_si256();
  for (size_t q = 0; q < nr; q++) acc = _mm256_add_epi32(acc, S_w32(rows[q]));
  _mm256_storeu_si256((__m256i *)v, acc);
#else
  S_sum_by(f, k, v, 1);
#endif
}
#endif

static void S_sum(const uint32_t *f, size_t k, int32_t *v) {
#if S_HWC
  if (S_HWALL || S_K.hw) {
    S_sum_hw(f, k, v);
    return;
  }
#endif
  S_sum_by(f, k, v, 0);
}

static void S_fill(S_tagger *g, S_word *w, size_t i) {
  const lede__token *a = S_TK(g, i);
  S_word_init(w, g->t + a->start, a->len, a->flags);
  if (S_is_word(a)) {
    S_dslot *d = S_dget(&g->doc, S_lkey(g, w->s, w->n), 0);
    if (d) w->doc = (unsigned char)d->bits;
  }
}

static void S_boundary(S_word *w, const char *s) {
  memset(w, 0, sizeof *w);
  w->s = s;
  w->n = (uint32_t)strlen(s);
  memcpy(w->low, s, w->n);
  w->ln = (unsigned char)w->n;
  w->sc = SC_EDGE;
  w->shape[0] = w->sshape[0] = 'B';
  w->shn = w->sshn = 1;
}

/* The row of word w seen from role r, 3 or 4 (one feature); hw as for
 * S_wrow_by. */
S_HOT const lede__tgrow *S_row34_by(const S_word *w, int r, int hw) {
  uint32_t f[S_MAXF];
  const lede__tgrow *row = S_feat34(w, r, f) ? S_wrow_by(f[0], hw) : NULL;
  return row ? row : &S_zero_row;
}

static const lede__tgrow *S_row34(const S_word *w, int r) { return S_row34_by(w, r, 0); }

static void S_cache_roles(S_cword *c) {
  uint32_t f[S_MAXF];
  for (int r = 0; r < 3; r++) S_sum(f, S_word_feats(&c->w, r, f), c->v[r]);
  for (int r = 3; r < 5; r++) c->rv34[r - 3] = S_row34(&c->w, r);
  c->full = c->docd = 1;
  for (int r = 0; r < 3; r++) c->rv[r] = c->v[r];
}

/* Add the document rows of c's word to its own role. */
static void S_cache_doc(S_cword *c) {
  if (c->w.sc == SC_CAP || c->w.sc == SC_UPPER)
    S_add_r32(c->v[0], S_K.doc[c->w.doc & 0xff][c->w.sc == SC_UPPER]);
}

static inline S_cword *S_cw(S_tagger *g, size_t idx) {
  return &g->cw[idx / S_CWB][idx % S_CWB];
}

/* Double the cache's table. */
static void S_cgrow(S_tagger *g) {
  uint32_t *old = g->ctab;
  size_t on = g->mask + 1;
  g->mask = 2 * on - 1;
  g->ctab = lede__calloc(g->ar, lede__mul(g->ar, 2 * on, sizeof *g->ctab));
  for (size_t q = 0; q < on; q++) {
    if (!old[q]) continue;
    uint64_t h = S_cw(g, old[q] - 1)->key;
    size_t k = (size_t)(h ^ (h >> 29)) & g->mask;
    while (g->ctab[k]) k = (k + 1) & g->mask;
    g->ctab[k] = old[q];
  }
}

/* The key of token a of text t (readable up to tend), as the cache
 * holds it: lede__tag_word_key. */
static inline uint64_t S_ckey_at(const char *t, size_t tend, const lede__token *a) {
  uint64_t h = S_whash(t, a->start, a->len, tend, 0) ^
               ((uint64_t)a->flags + 1) * 0x9e3779b97f4a7c15ULL;
  return h ? h : 1;
}

static inline uint64_t S_ckey(const S_tagger *g, const lede__token *a) {
  return S_ckey_at(g->t, g->tend, a);
}

/* The cache's key of token i, made by S_ahead or now. */
static inline uint64_t S_key_of(const S_tagger *g, size_t i) {
  return g->hk && g->hk[i] ? g->hk[i] : S_ckey(g, S_TK(g, i));
}

static S_cword *S_info_new(S_tagger *g, size_t i, uint64_t h, size_t k);

/* The cache starts over. */
static void S_cclear(S_tagger *g) {
  memset(g->ctab, 0, (g->mask + 1) * sizeof *g->ctab);
  g->ncw = 0;
}

/* S_info_new's rarer ways, apart: room for a new word (the cache starts
 * over, or its table doubles), the slot where key h goes; a new block of
 * words; a word not in the frequent words' table (c, of token a). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t S_info_room(S_tagger *g, uint64_t h) {
  if (g->ncw == g->maxcw) {
    S_cclear(g);
    return (size_t)(h ^ (h >> 29)) & g->mask;
  }
  S_cgrow(g);
  size_t k = (size_t)(h ^ (h >> 29)) & g->mask;
  while (g->ctab[k]) k = (k + 1) & g->mask;
  return k;
}
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static S_cword *S_info_block(S_tagger *g) {
  return g->cw[g->ncw / S_CWB] = lede__alloc(g->ar, S_CWB * sizeof *g->cw[0]);
}
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static S_cword *S_info_light(S_tagger *g, S_cword *c, const lede__token *a) {
  c->gw = 0;
  c->full = 0;
  c->rv[0] = c->rv[1] = c->rv[2] = NULL;
  c->rv34[0] = c->rv34[1] = NULL;
  S_word_light(&c->w, g->t + a->start, a->len, a->flags);
  return c;
}

/* Token i's word from the cache: its bytes and class (S_word_light), or
 * all its look-ups if it is a frequent word. Most words are there: the
 * entry of a new one is made apart (S_info_new). */
S_HOT S_cword *S_info(S_tagger *g, size_t i) {
  uint64_t h = S_key_of(g, i);
  size_t k = (size_t)(h ^ (h >> 29)) & g->mask;
  for (uint32_t x; (x = g->ctab[k]) != 0; k = (k + 1) & g->mask) {
    S_cword *c = S_cw(g, x - 1);
    if (c->key == h) return c;
  }
  return S_info_new(g, i, h, k);
}

/* A new entry for token i, of key h, at slot k of the cache's table. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static S_cword *S_info_new(S_tagger *g, size_t i, uint64_t h, size_t k) {
  if (g->ncw == g->maxcw || (g->ncw * 2 >= g->mask && g->mask < g->maxmask)) k = S_info_room(g, h);
  S_cword *c = g->cw[g->ncw / S_CWB];
  c = (c ? c : S_info_block(g)) + g->ncw % S_CWB;
  g->ctab[k] = (uint32_t)++g->ncw;
  const lede__token *a = S_TK(g, i);
  uint32_t fl = a->flags;
  c->key = h;
  c->flags = (unsigned char)fl;
  c->docd = c->dsk = 0;
  /* The key is lede__tag_word_key's. */
  long gk = S_gslot(h);
  if (gk < 0) return S_info_light(g, c, a);
  const lede__tgword *sw = &lede__tagger_gw[gk];
  c->gw = (uint16_t)(gk + 1);
  c->full = 1;
  /* A frequent word's own sum needs the document's rows only if it is
   * capitalized (S_cache_doc). */
  c->rv[0] = !(fl & (LEDE__T_CAP | LEDE__T_UPPER)) ? sw->v0 : NULL;
  c->rv[1] = sw->v1;
  c->rv[2] = sw->v2;
  c->rv34[0] = &sw->v3;
  c->rv34[1] = &sw->v4;
#if defined(__GNUC__)
  /* a frequent word's sums, read soon */
  __builtin_prefetch((const char *)sw + 64);
#endif
  /* A frequent word: its look-ups and sums are made at build time;
   * only these fields are read. */
  S_word *w = &c->w;
  w->s = g->t + a->start;
  w->n = a->len;
  w->ln = 0;
  w->sc = S_L.sc[fl];
  w->doc = 0;
  w->lex = sw->lex;
  w->gaz = sw->gaz;
  w->multi = sw->multi;
  return c;
}

/* c's word with all its look-ups. */
static S_cword *S_full(S_cword *c) {
  if (!c->full) {
    S_word_rest(&c->w, c->flags);
    c->full = 1;
  }
  return c;
}

/* How the article writes c's word elsewhere, once the document pass is
 * done (only a capitalized word's is read). */
S_HOT void S_docof_read(S_tagger *g, S_cword *c) {
  c->docd = 1;
  if ((c->flags & LEDE__T_WORD) && !(c->flags & LEDE__T_NUM) &&
      (c->w.sc == SC_CAP || c->w.sc == SC_UPPER)) {
    S_dslot *d = c->dsk ? c->ds : S_dget(&g->doc, S_lkey(g, c->w.s, c->w.n), 0);
    if (d) c->w.doc = (unsigned char)d->bits;
  }
}

static inline void S_docof(S_tagger *g, S_cword *c) {
  if (!c->docd) S_docof_read(g, c);
}

/* The sum of c's rows seen from role r (see S_word_feats); for role 0
 * with the document's rows. */
S_HOT const int32_t *S_role_make(S_tagger *g, S_cword *c, int r) {
  if (c->gw) {
    memcpy(c->v[0], lede__tagger_gw[c->gw - 1].v0, sizeof c->v[0]);
  } else {
    uint32_t f[S_MAXF];
    S_sum(f, S_word_feats(&S_full(c)->w, r, f), c->v[r]);
  }
  if (r == 0) {
    S_docof(g, c);
    S_cache_doc(c);
  }
  return c->rv[r] = c->v[r];
}

static inline const int32_t *S_role(S_tagger *g, S_cword *c, int r) {
  return c->rv[r] ? c->rv[r] : S_role_make(g, c, r);
}

/* The row of c's word seen from role r, 3 or 4 (two places away: its
 * lower-case form only, which S_word_light gives). */
S_HOT const lede__tgrow *S_role34(S_cword *c, int r, int hw) {
  if (!c->rv34[r - 3]) c->rv34[r - 3] = S_row34_by(&c->w, r, hw);
  return c->rv34[r - 3];
}

/* Token i's row seen from role 3 or 4 (two places away: its lower-case
 * form only, as S_word_feats reads it), without the cache. */
S_HOT const lede__tgrow *S_far(const S_tagger *g, size_t i, int role, int hw) {
  const lede__token *a = S_TK(g, i);
  /* a frequent word's is in the table (the key as S_info makes it) */
  long k = S_gslot(S_key_of(g, i));
  if (k >= 0) return role == 3 ? &lede__tagger_gw[k].v3 : &lede__tagger_gw[k].v4;
  char low[S_WMAX];
  size_t ln = S_lower(g->t + a->start, a->len, low);
  const lede__tgrow *row = S_wrow_by(S_fs(role == 3 ? F_P2W : F_N2W, low, ln), hw);
  return row ? row : &S_zero_row;
}

/* The best move into each B- tag from the tags of the token before
 * (scores prev). Which tag it comes from is asked only of the best path
 * (S_back). */
S_HOT void S_vit_b(const int32_t *restrict prev, int32_t (*restrict trb)[LEDE__TG_NT / 2],
                   int32_t *restrict bb) {
#if defined(__SSE2__) && LEDE__TG_NT == 8
  /* The four B- tags side by side. */
  __m128i b = _mm_add_epi32(_mm_set1_epi32(prev[0]), _mm_loadu_si128((const __m128i *)trb[0]));
  for (int p = 1; p < S_NTAG; p++) {
    __m128i sc = _mm_add_epi32(_mm_set1_epi32(prev[p]), _mm_loadu_si128((const __m128i *)trb[p]));
    b = S_max4(sc, b);
  }
  _mm_storeu_si128((__m128i *)bb, b);
#else
  for (int y = 0; y < LEDE__TG_NT / 2; y++) bb[y] = prev[0] + trb[0][y];
  for (int p = 1; p < S_NTAG; p++)
    for (int y = 0; y < LEDE__TG_NT / 2; y++) {
      int32_t sc = prev[p] + trb[p][y];
      bb[y] = sc > bb[y] ? sc : bb[y];
    }
#endif
}

/* The best of the nine scores p (the best move into O). */
S_HOT int32_t S_max9(const int32_t *p) {
#if defined(__SSE2__) && LEDE__TG_NT == 8
  __m128i m = S_max4(_mm_loadu_si128((const __m128i *)(p + 1)),
                     _mm_loadu_si128((const __m128i *)(p + 5)));
  /* the best of the four lanes: against the lanes two, then one away */
  for (int k = 0; k < 2; k++) {
    __m128i o = k ? _mm_shuffle_epi32(m, _MM_SHUFFLE(2, 3, 0, 1))
                  : _mm_shuffle_epi32(m, _MM_SHUFFLE(1, 0, 3, 2));
    m = S_max4(m, o);
  }
  int32_t x = _mm_cvtsi128_si32(m);
  return x > p[0] ? x : p[0];
#else
  int32_t x = p[0];
  for (int k = 1; k < S_NTAG; k++) x = p[k] > x ? p[k] : x;
  return x;
#endif
}

/* The first of the nine scores p that is x, their best. */
S_HOT int S_first_of(const int32_t *p, int32_t x) {
#if defined(__SSE2__) && LEDE__TG_NT == 8 && defined(__GNUC__)
  if (p[0] == x) return 0;
  __m128i v = _mm_set1_epi32(x);
  unsigned lo = (unsigned)_mm_movemask_ps(
      _mm_castsi128_ps(_mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)(p + 1)), v)));
  unsigned hi = (unsigned)_mm_movemask_ps(
      _mm_castsi128_ps(_mm_cmpeq_epi32(_mm_loadu_si128((const __m128i *)(p + 5)), v)));
  return 1 + __builtin_ctz(lo | hi << 4);
#else
  int k = 0;
  while (p[k] != x) k++;
  return k;
#endif
}

/* The first of the nine scores p that is the best. */
S_HOT int S_first_best(const int32_t *p) {
  return S_first_of(p, S_max9(p));
}

/* The tag of the token before that the best move into tag t comes from,
 * for a token of edge class ec, the token before scoring prev: the
 * choice S_decode's scores made (the first best wins; I-X from B-X if
 * equal). */
S_HOT int S_back(const int32_t *prev, int t, int ec) {
  if (t == 0) return S_first_best(prev);
  int y = (t - 1) / 2;
  if (LEDE__TG_BEGIN(t)) {
    /* the moves' scores side by side (S_K.trbt) */
    const int32_t *tb = S_K.trbt[ec][y];
    int32_t sc[S_NTAG];
    for (int p = 0; p < S_NTAG; p++) sc[p] = prev[p] + tb[p];
    return S_first_best(sc);
  }
  return prev[t] + S_K.tri[ec][1][y] > prev[t - 1] + S_K.tri[ec][0][y] ? t : t - 1;
}

#if S_HWC && LEDE__TG_NT == 8
/* The greatest of v's eight lanes, in every lane. */
__attribute__((target("avx2"))) static inline __m256i S_hmax8(__m256i v) {
  __m256i m = _mm256_max_epi32(v, _mm256_permute2x128_si256(v, v, 1));
  m = _mm256_max_epi32(m, _mm256_shuffle_epi32(m, _MM_SHUFFLE(1, 0, 3, 2)));
  return _mm256_max_epi32(m, _mm256_shuffle_epi32(m, _MM_SHUFFLE(2, 3, 0, 1)));
}

/* A Viterbi step of S_decode in registers of eight lanes: c (tags 1 to
 * 8) gets the best move into each tag added, from the scores prev of
 * the token before, for a token of edge class ec; *c0 the best move
 * into O. The same sums and maxima as S_decode's other way. */
__attribute__((target("avx2"))) static inline __m256i S_vit_avx2(const int32_t *restrict prev, __m256i c,
                                                                int ec, int32_t *c0) {
  __m256i p = _mm256_loadu_si256((const __m256i *)(prev + 1)); /* tags 1 to 8 */
  int32_t x = _mm256_cvtsi256_si32(S_hmax8(p));
  *c0 = x > prev[0] ? x : prev[0];
  /* into the B- tags: from tags 2k and 2k + 1 in a register's halves
   * (S_K.trb2), then from tag 8 */
  __m256i p0 = _mm256_loadu_si256((const __m256i *)prev), bb = _mm256_setzero_si256();
  for (int k = 0; k < S_NTAG / 2; k++) {
    __m256i at = _mm256_set_epi32(2 * k + 1, 2 * k + 1, 2 * k + 1, 2 * k + 1, 2 * k, 2 * k, 2 * k, 2 * k);
    __m256i sc = _mm256_add_epi32(_mm256_permutevar8x32_epi32(p0, at),
                                  _mm256_loadu_si256((const __m256i *)S_K.trb2[ec][k]));
    bb = k ? _mm256_max_epi32(bb, sc) : sc;
  }
  __m128i b4 = _mm_max_epi32(_mm256_castsi256_si128(bb), _mm256_extracti128_si256(bb, 1));
  b4 = _mm_max_epi32(b4, _mm_add_epi32(_mm_set1_epi32(prev[S_NTAG - 1]),
                                       _mm_loadu_si128((const __m128i *)S_K.trb[ec][S_NTAG - 1])));
  /* into the I- tags: from B-X or I-X, the pair's lanes swapped */
  __m256i f = _mm256_add_epi32(p, _mm256_loadu_si256((const __m256i *)S_K.tri2[ec]));
  f = _mm256_max_epi32(f, _mm256_shuffle_epi32(f, _MM_SHUFFLE(2, 3, 0, 1)));
  return _mm256_add_epi32(c, _mm256_blend_epi32(_mm256_cvtepu32_epi64(b4), f, 0xaa));
}

/* The scores em[0, m) of S_decode's run, which opens at token a of line
 * [s, e), its words cw and pi as S_decode sets them, in registers of
 * eight lanes (AVX2: S_lines_hw): each token's sums, position features
 * and Viterbi step at once. The same sums as S_decode's other way. */
__attribute__((target("popcnt,avx2,bmi,bmi2"))) static inline void S_scores_avx2(
    S_tagger *g, size_t s, size_t e, size_t a, size_t m, int32_t (*restrict em)[S_NTAG],
    const S_word *const *restrict pi, S_cword *const *restrict cw) {
  const unsigned char *ctx = g->k.ctx;
  S_pair pair = {NULL, NULL, 0, 0};
  for (size_t q = 0; q < m; q++) {
    size_t i = a + q, x = q + 2;
    __m256i v = _mm256_add_epi32(_mm256_loadu_si256((const __m256i *)S_role(g, cw[x], 0)),
                                 _mm256_loadu_si256((const __m256i *)S_role(g, cw[x - 1], 1)));
    v = _mm256_add_epi32(v, _mm256_loadu_si256((const __m256i *)S_role(g, cw[x + 1], 2)));
    v = _mm256_add_epi32(v, _mm256_add_epi32(S_w32(S_role34(cw[x - 2], 3, 1)),
                                             S_w32(S_role34(cw[x + 2], 4, 1))));
    /* the position features (S_pos_feats) */
    const S_word *pp = pi[x - 1], *pc = pi[x], *pn = pi[x + 1];
    uint32_t c = S_L.ctx[ctx[i] & 31];
    v = _mm256_add_epi32(v, _mm256_loadu_si256((const __m256i *)S_K.pos[c][pp->sc][pc->sc]));
    v = _mm256_add_epi32(v, _mm256_loadu_si256((const __m256i *)S_K.shape3[pp->sc][pc->sc][pn->sc]));
    if (S_capsc(pc->sc)) {
      uint32_t lx = (pc->lex & 7) | (pc->gaz ? 8u : 0u), f[S_MAXF];
      v = _mm256_add_epi32(v, _mm256_loadu_si256((const __m256i *)S_K.ctxlex[c][lx][pc->sc == SC_UPPER]));
      v = _mm256_add_epi32(v, S_w32(&S_K.ctxdoc[c][pc->doc & 255][pc->sc == SC_UPPER]));
      size_t k = S_pair_feats(i == s, i + 1 == e, pp, pc, pn, f, &pair);
      for (size_t r = 0; r < k; r++) {
        const lede__tgrow *w = S_wrow_by(f[r], 1);
        if (w) v = _mm256_add_epi32(v, S_w32(w));
      }
    }
    int32_t *cur = em[q];
    if (q == 0) {
      /* from the line's start, or from an O; no I- first */
      v = _mm256_add_epi32(v, _mm256_loadu_si256((const __m256i *)(S_K.tr[pc->sc][i == s ? S_NTAG : 0] + 1)));
      v = _mm256_blend_epi32(v, _mm256_set1_epi32(INT32_MIN / 2), 0xaa);
      cur[0] = 0;
    } else {
      v = S_vit_avx2(em[q - 1], v, pc->sc, cur);
    }
    _mm256_storeu_si256((__m256i *)(cur + 1), v);
  }
}

/* S_first_best of the nine scores p0 and v (tags 1 to 8), in eight lanes. */
__attribute__((target("avx2"))) static inline int S_best8(int32_t p0, __m256i v) {
  __m256i m = S_hmax8(v);
  if (p0 >= _mm256_cvtsi256_si32(m)) return 0;
  return 1 + __builtin_ctz((unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(v, m))));
}
/* S_first_of in eight lanes. */
__attribute__((target("avx2"))) static inline int S_first8(const int32_t *p, int32_t x) {
  if (p[0] == x) return 0;
  __m256i e = _mm256_cmpeq_epi32(_mm256_loadu_si256((const __m256i *)(p + 1)), _mm256_set1_epi32(x));
  return 1 + __builtin_ctz((unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(e)));
}

/* The way back along S_decode's best path (AVX2: S_lines_hw): the tags
 * of its m tokens into tags, the classes of their words pi[2..). The
 * same choices as S_back's. */
__attribute__((target("avx2"))) static inline void S_path_avx2(int32_t (*em)[S_NTAG], size_t m,
                                                              const S_word **pi, unsigned char *tags) {
  int bt = S_best8(em[m - 1][0], _mm256_loadu_si256((const __m256i *)(em[m - 1] + 1)));
  for (size_t q = m - 1;; q--) {
    tags[q] = (unsigned char)bt;
    if (!q) break;
    const int32_t *prev = em[q - 1];
    if (!bt) {
      /* (the best move into O is the best of the token before: em[q][0]) */
      bt = S_first8(prev, em[q][0]);
      continue;
    }
    int ec = pi[q + 2]->sc, y = (bt - 1) / 2;
    if (LEDE__TG_BEGIN(bt)) {
      const int32_t *tb = S_K.trbt[ec][y];
      bt = S_best8(prev[0] + tb[0], _mm256_add_epi32(_mm256_loadu_si256((const __m256i *)(prev + 1)),
                                                     _mm256_loadu_si256((const __m256i *)(tb + 1))));
    } else {
      bt = prev[bt] + S_K.tri[ec][1][y] > prev[bt - 1] + S_K.tri[ec][0][y] ? bt : bt - 1;
    }
  }
}
#endif

/* Viterbi over the run [a, b) of line [s, e), the tokens around the run
 * being O (line ends aside). Each word's cached sums go where they count:
 * its own token and up to two on either side, the boundary words standing
 * beyond the line's ends. O scores 0 and so does any move into it, so a
 * run decodes alone: the best path through a line whose other tokens are
 * O is these runs' best paths side by side. */
S_HOT void S_decode(S_tagger *g, size_t s, size_t e, size_t a, size_t b,
                    int32_t (*em)[S_NTAG], const S_word **pi, S_cword **cw,
                    unsigned char *tags, int hw) {
  size_t m = b - a;
  /* The words [a - 2, b + 2) the run's features read, cw and pi by
   * i - a + 2: the boundary words beyond the line's ends. Two places
   * away only a word's form counts (S_word_feats): the words just beyond
   * the run are looked up without the cache, their row in far. */
  S_cword far[2];
  const S_word *bos = &S_K.bos.w, *eos = &S_K.eos.w;
  cw[0] = &S_K.bos;
  if (a >= s + 2) {
    far[0].rv34[0] = S_far(g, a - 2, 3, hw);
    cw[0] = &far[0];
  }
  cw[m + 3] = &S_K.eos;
  if (b + 2 <= e) {
    far[1].rv34[1] = S_far(g, b + 1, 4, hw);
    cw[m + 3] = &far[1];
  }
  /* [a - 1, b] within the line: each word's own look-ups */
  cw[1] = &S_K.bos;
  pi[1] = bos;
  if (a > s) {
    cw[1] = S_info(g, a - 1);
    pi[1] = &S_full(cw[1])->w;
  }
  for (size_t q = 0; q < m; q++) {
    S_cword *c = cw[q + 2] = S_info(g, a + q);
    S_docof(g, c);
    pi[q + 2] = &S_full(c)->w;
  }
  cw[m + 2] = &S_K.eos;
  pi[m + 2] = eos;
  if (b < e) {
    cw[m + 2] = S_info(g, b);
    pi[m + 2] = &S_full(cw[m + 2])->w;
  }
#if S_HWC && LEDE__TG_NT == 8
  if (hw) {
    S_scores_avx2(g, s, e, a, m, em, pi, cw);
    S_path_avx2(em, m, pi, tags + a);
    return;
  }
#endif
  S_pair pair = {NULL, NULL, 0, 0};
  for (size_t q = 0; q < m; q++) {
    size_t x = q + 2;
    /* (the boundary words' and far's are made: S_role and S_role34 only
     * read them) */
    const int32_t *restrict v0 = S_role(g, cw[x], 0);
    const int32_t *restrict v1 = S_role(g, cw[x - 1], 1);
    const lede__tgrow *restrict v3 = S_role34(cw[x - 2], 3, hw);
    const int32_t *restrict v2 = S_role(g, cw[x + 1], 2);
    const lede__tgrow *restrict v4 = S_role34(cw[x + 2], 4, hw);
    int32_t *restrict o = em[q];
    o[0] = 0;
    S_sum5(o + 1, v0, v1, v3, v2, v4);
  }
  const unsigned char *ctx = g->k.ctx; /* (read once: the stores below could alias it) */
  for (size_t q = 0; q < m; q++) {
    size_t i = a + q, x = q + 2;
    /* The position features (S_pos_feats): those of classes only from
     * the tables, the others row by row. */
    const S_word *pp = pi[x - 1], *pc = pi[x], *pn = pi[x + 1];
    uint32_t c = S_L.ctx[ctx[i] & 31];
    int32_t *cur = em[q];
    S_add_r32(cur + 1, S_K.pos[c][pp->sc][pc->sc]);
    S_add_r32(cur + 1, S_K.shape3[pp->sc][pc->sc][pn->sc]);
    uint32_t f[S_MAXF];
    size_t k = 0;
    if (S_capsc(pc->sc)) {
      uint32_t lx = (pc->lex & 7) | (pc->gaz ? 8u : 0u);
      S_add_r32(cur + 1, S_K.ctxlex[c][lx][pc->sc == SC_UPPER]);
      S_add_w(cur + 1, &S_K.ctxdoc[c][pc->doc & 255][pc->sc == SC_UPPER]);
      k += S_pair_feats(i == s, i + 1 == e, pp, pc, pn, f + k, &pair);
    }
    for (size_t r = 0; r < k; r++) {
      const lede__tgrow *w = S_wrow_by(f[r], hw);
      if (w)
        S_add_w(cur + 1, w);
    }
    /* Transitions. */
    int ec = pi[x]->sc;
    if (q == 0) {
      /* from the line's start, or from an O */
      const int32_t *r = S_K.tr[ec][i == s ? S_NTAG : 0];
      S_add_r32(cur + 1, r + 1);
      for (int j = 2; j < S_NTAG; j += 2) cur[j] = INT32_MIN / 2; /* no I- first */
      continue;
    }
    /* O, and B- of any type, from any tag; I-X from B-X or I-X only.
     * The first best wins. The I- tags of a run's first token are out of
     * reach, well below any other score. */
    const int32_t *prev = em[q - 1];
    int32_t (*trb)[LEDE__TG_NT / 2] = S_K.trb[ec];
    int32_t bo = S_max9(prev), bb[LEDE__TG_NT / 2];
    S_vit_b(prev, trb, bb);
    cur[0] = bo;
    int32_t (*tri)[LEDE__TG_NT / 2] = S_K.tri[ec];
#if defined(__SSE2__) && LEDE__TG_NT == 8
    {
      /* The B- tags (1, 3, 5, 7) and the I- tags (2, 4, 6, 8) apart,
       * four lanes each, then side by side again. */
      __m128 p0 = _mm_castsi128_ps(_mm_loadu_si128((const __m128i *)(prev + 1)));
      __m128 p1 = _mm_castsi128_ps(_mm_loadu_si128((const __m128i *)(prev + 5)));
      __m128 c0 = _mm_castsi128_ps(_mm_loadu_si128((const __m128i *)(cur + 1)));
      __m128 c1 = _mm_castsi128_ps(_mm_loadu_si128((const __m128i *)(cur + 5)));
      __m128i pb = _mm_castps_si128(_mm_shuffle_ps(p0, p1, _MM_SHUFFLE(2, 0, 2, 0)));
      __m128i pv = _mm_castps_si128(_mm_shuffle_ps(p0, p1, _MM_SHUFFLE(3, 1, 3, 1)));
      __m128i cb = _mm_castps_si128(_mm_shuffle_ps(c0, c1, _MM_SHUFFLE(2, 0, 2, 0)));
      __m128i ci = _mm_castps_si128(_mm_shuffle_ps(c0, c1, _MM_SHUFFLE(3, 1, 3, 1)));
      __m128i fb = _mm_add_epi32(pb, _mm_loadu_si128((const __m128i *)tri[0]));
      __m128i fi = _mm_add_epi32(pv, _mm_loadu_si128((const __m128i *)tri[1]));
      __m128i best = S_max4(fi, fb); /* (from I-X; B-X if equal: S_back) */
      cb = _mm_add_epi32(cb, _mm_loadu_si128((const __m128i *)bb));
      ci = _mm_add_epi32(ci, best);
      _mm_storeu_si128((__m128i *)(cur + 1), _mm_unpacklo_epi32(cb, ci));
      _mm_storeu_si128((__m128i *)(cur + 5), _mm_unpackhi_epi32(cb, ci));
    }
#else
    for (int y = 0; y < LEDE__TG_NT / 2; y++) {
      int b1 = 2 * y + 1, i1 = 2 * y + 2;
      cur[b1] += bb[y];
      int32_t fb = prev[b1] + tri[0][y], fi = prev[i1] + tri[1][y];
      cur[i1] += fi > fb ? fi : fb;
    }
#endif
  }
  /* Back along the best path: each step asks where its tag came from. */
  int bt = S_first_best(em[m - 1]);
  for (size_t q = m; q-- > 0;) {
    tags[a + q] = (unsigned char)bt;
    /* (the best move into O is the best of the token before: em[q][0]) */
    if (q) bt = bt ? S_back(em[q - 1], bt, pi[q + 2]->sc) : S_first_of(em[q - 1], em[q][0]);
  }
}

/* A word of up to seven bytes as a number: its bytes and its length. */
static uint64_t S_pkey(const char *s, size_t n) {
  uint64_t k = (uint64_t)n << 56;
  for (size_t i = 0; i < n; i++) k |= (uint64_t)(unsigned char)s[i] << (8 * i);
  return k;
}

static size_t S_pslot(uint64_t k) { return (size_t)((k * 0x9e3779b97f4a7c15ULL) >> 58); }

/* A word's bit in a sieve of 1,024, by its length (1 to 7) and first
 * three bytes. */
static uint32_t S_psieve(const char *s, size_t n) {
  uint32_t c1 = n > 1 ? (unsigned char)s[1] : 0, c2 = n > 2 ? (unsigned char)s[2] : 0;
  return (((unsigned char)s[0] | c1 << 8 | c2 << 16 | (uint32_t)n << 24) * 0x9e3779b1u) >> 22;
}

static int S_particle(const char *s, size_t n) {
  if (S_K.part_lex) return lede__lex_has(&lede__lex_name_particles, s, n);
  if (n > 7 || !n) return 0;
  uint32_t sv = S_psieve(s, n);
  if (!((S_K.psieve[sv >> 6] >> (sv & 63)) & 1)) return 0;
  uint64_t k = S_pkey(s, n);
  for (size_t i = S_pslot(k); S_K.part[i]; i = (i + 1) & 63)
    if (S_K.part[i] == k) return 1;
  return 0;
}

/* S_can1 for a word of lower-case letters or other bytes: is there a
 * capital in it, or is it a particle? Byte by byte, code point by code
 * point past ASCII. */
static int S_can_slow(const S_tagger *g, const lede__token *a) {
  const char *t = g->t;
  size_t k = a->start, len;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t hi = 0x8080808080808080ULL;
  for (; k + 8 <= g->tend && k < lede__tend(a); k += 8) {
    uint64_t x, y;
    memcpy(&x, t + k, 8);
    if (lede__tend(a) - k < 8) x &= (1ULL << (8 * (lede__tend(a) - k))) - 1;
    y = x & ~hi;
    if ((y + 0x3f3f3f3f3f3f3f3fULL) & ~(y + 0x2525252525252525ULL) & ~x & hi) return 1;
    if (x & hi) break; /* read by code points below */
  }
#endif
  for (; k < lede__tend(a); k += len) {
    unsigned char c = (unsigned char)t[k];
    len = 1;
    if (c >= 'A' && c <= 'Z') return 1;
    if (c >= 0x80 && lede__is_upper(lede__cp(t, lede__tend(a), k, &len))) return 1;
  }
  return S_particle(t + a->start, a->len);
}

/* Could token a (in place cx) be part of a name: a capital letter in it,
 * a particle ("van", "de", "al-"), or a line not in prose (capitals, a
 * title, a label)? Any other word, number or mark is O unless a
 * neighbour can. A word in lower case in prose also marks its
 * capitalized forms in the document (S_doc_lower), as it is read. tend
 * and fast are g->tend and !S_K.part_lex, t and hasdoc g->t and whether
 * the document has keys (g->doc.n), read once by the caller. */
S_HOT int S_can1(S_tagger *g, const lede__token *a, unsigned char cx, size_t tend, int fast,
                 uint64_t *seen, const char *t, int hasdoc) {
  uint32_t fl = a->flags;
  if (fl & (LEDE__T_CAP | LEDE__T_UPPER)) return 1;
  if (cx & (LEDE__TC_UPPER | LEDE__TC_TITLE | LEDE__TC_LABEL)) return 1;
  if (fl & (LEDE__T_PUNCT | LEDE__T_QUOTE)) return 0;
  /* (a word in lower case, and the map has keys: asked only where needed) */
#define S_LOW ((fl & (LEDE__T_WORD | LEDE__T_NUM)) == LEDE__T_WORD && hasdoc)
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  /* Most words: eight bytes at once, for an ASCII capital or any byte
   * past ASCII; a short word in ASCII is then its own particle key. */
  size_t k = a->start, n = lede__tend(a) - k;
  if (n - 1 < 8 && k + 8 <= tend && fast) {
    const uint64_t hi = 0x8080808080808080ULL;
    uint64_t x, y;
    memcpy(&x, t + k, 8);
    x &= S_mask8[n];
    /* The sieve holds the document's keys and the particles. */
    uint32_t sv = S_sieve_x(lede__fold_case(x), n);
    uint64_t hit = (g->sieve[sv >> 6] >> (sv & 63)) & 1;
    if (hit && S_LOW) {
      /* The same words come again ("the" of "The"): each is looked up
       * once (the map does not change here), known by its bytes as
       * written, lowered only to look it up. */
      uint64_t key = x | (uint64_t)n << 56;
      uint64_t *sk = &seen[(key * 0x9e3779b97f4a7c15ULL) >> 58];
      if (n > 7 || *sk != key) {
        S_dslot *d = S_dget(&g->doc, S_whash8(lede__fold_case(x), n), 0);
        if (d) d->bits |= D_LOWER;
        *sk = key;
      }
    }
    if (!(x & hi)) {
      /* ASCII: an 'A' to 'Z' (a byte carries into its top bit) */
      if ((x + 0x3f3f3f3f3f3f3f3fULL) & ~(x + 0x2525252525252525ULL) & hi) return 1;
      if (n > 7 || !hit) return 0;
      /* the document's key, most often: the particles' own sieve */
      uint32_t pv = (((uint32_t)(x & 0xffffff) | (uint32_t)n << 24) * 0x9e3779b1u) >> 22;
      if (!((S_K.psieve[pv >> 6] >> (pv & 63)) & 1)) return 0; /* S_psieve */
      uint64_t key = x | (uint64_t)n << 56;
      for (size_t q = S_pslot(key); S_K.part[q]; q = (q + 1) & 63)
        if (S_K.part[q] == key) return 1;
      return 0;
    }
    y = x & ~hi;
    if ((y + 0x3f3f3f3f3f3f3f3fULL) & ~(y + 0x2525252525252525ULL) & ~x & hi) return 1;
    return S_can_slow(g, a);
  }
  if (n - 9 < 8 && k + 16 <= tend && fast) {
    /* Words of 9 to 16 bytes, sixteen at once: none is a particle
     * (S_particle). */
    const uint64_t hi = 0x8080808080808080ULL;
    uint64_t x0, x1;
    memcpy(&x0, t + k, 8);
    memcpy(&x1, t + k + 8, 8);
    x1 &= ~0ULL >> (128 - 8 * n);
    uint64_t y0 = x0 & ~hi, y1 = x1 & ~hi;
    if (S_LOW) S_doc_lower(g, a);
    if (((y0 + 0x3f3f3f3f3f3f3f3fULL) & ~(y0 + 0x2525252525252525ULL) & ~x0 & hi) |
        ((y1 + 0x3f3f3f3f3f3f3f3fULL) & ~(y1 + 0x2525252525252525ULL) & ~x1 & hi))
      return 1;
    if (!((x0 | x1) & hi)) return 0;
    return S_can_slow(g, a);
  }
#else
  (void)tend, (void)fast, (void)seen, (void)t;
#endif
  if (S_LOW) S_doc_lower(g, a);
  return S_can_slow(g, a);
#undef S_LOW
}

#if S_HWC && LEDE__TG_NT == 8
/* Eight bytes of the text at each lane's place where rd, the bytes from
 * the lane's n on 0 (n of 0 to 8 a lane); 0 elsewhere. (The other lanes
 * read the text's first bytes: no place is read that rd does not allow,
 * even where a mask would be ignored, as valgrind does.) */
__attribute__((target("avx2"))) static inline __m256i S_read8(const char *t, __m256i at, __m256i rd,
                                                              __m256i n) {
  __m256i x = _mm256_i64gather_epi64((const long long *)(const void *)t, _mm256_and_si256(at, rd), 1);
  x = _mm256_and_si256(x, rd);
  return _mm256_and_si256(x, _mm256_srlv_epi64(_mm256_set1_epi64x(-1),
                                               _mm256_sub_epi64(_mm256_set1_epi64x(64),
                                                                _mm256_slli_epi64(n, 3))));
}

/* Each lane's bytes 0x80 where x has a byte past ASCII or an 'A' to 'Z'
 * (among others; the caller keeps the high bits). */
__attribute__((target("avx2"))) static inline __m256i S_bad8(__m256i x) {
  return _mm256_or_si256(_mm256_andnot_si256(_mm256_add_epi64(x, _mm256_set1_epi64x(0x2525252525252525LL)),
                                             _mm256_add_epi64(x, _mm256_set1_epi64x(0x3f3f3f3f3f3f3f3fLL))),
                         x);
}

/* Of four words without capitals (x0 their first 8 bytes, len their
 * lengths), all ones in a lane whose word the sieve does not hold
 * (S_sieve_x) or memo holds (a short word S_can1 answered 0 for: its key,
 * never 0, at its slot); *key and *slot for memo. */
__attribute__((target("avx2"))) static inline __m256i S_sieve_none(const S_tagger *g, const uint64_t *memo,
                                                                   __m256i x0, __m256i len, __m256i *key,
                                                                   __m256i *slot) {
  __m256i h = _mm256_mullo_epi32(x0, _mm256_set_epi32((int)0x85ebca6bu, (int)0x9e3779b1u, (int)0x85ebca6bu,
                                                      (int)0x9e3779b1u, (int)0x85ebca6bu, (int)0x9e3779b1u,
                                                      (int)0x85ebca6bu, (int)0x9e3779b1u));
  h = _mm256_add_epi32(_mm256_add_epi32(h, _mm256_srli_epi64(h, 32)), len);
  h = _mm256_mullo_epi32(h, _mm256_set1_epi32((int)0xc2b2ae35u));
  __m256i sv = _mm256_srli_epi64(_mm256_slli_epi64(h, 32), 51);
  __m256i sw = _mm256_i64gather_epi64((const long long *)(const void *)g->sieve, _mm256_srli_epi64(sv, 6), 8);
  __m256i miss = _mm256_cmpeq_epi64(
      _mm256_and_si256(_mm256_srlv_epi64(sw, _mm256_and_si256(sv, _mm256_set1_epi64x(63))), _mm256_set1_epi64x(1)),
      _mm256_setzero_si256());
  *key = _mm256_or_si256(x0, _mm256_slli_epi64(len, 56));
  *slot = _mm256_and_si256(sv, _mm256_set1_epi64x(255));
  return _mm256_or_si256(miss, _mm256_cmpeq_epi64(_mm256_i64gather_epi64((const long long *)memo, *slot, 8), *key));
}

/* S_can1 of tokens v[0, nv) into c, four at once where its answer needs
 * no look-up: 1 for a capitalized word or a line not in prose; 0 for a
 * mark, and for a word of 1 to 16 bytes in ASCII, none a capital, that
 * the sieve (the document's keys and the particles) does not hold or
 * that S_can1 has answered 0 for already (memo: the short words that
 * marked their key, "the" of "The", by their bytes and length). Only
 * the others go through S_can1. (x86: a token is its start, then its
 * length in the low 26 bits and its flags above.) The arguments as
 * S_can_all reads them, with fast true. */
__attribute__((target("popcnt,avx2,bmi,bmi2"))) static void S_can_hw(
    S_tagger *g, const lede__token *v, size_t nv, const unsigned char *cx, unsigned char *c,
    size_t tend, uint64_t *seen, const char *t, int hasdoc) {
  uint64_t memo[256] = {0};
  const __m256i zero = _mm256_setzero_si256(), ones = _mm256_set1_epi64x(-1);
  const __m256i hi = _mm256_set1_epi64x((long long)0x8080808080808080ULL);
  size_t i = 0;
  for (; i + 4 <= nv && tend >= 16; i += 4) {
    __m256i tk = _mm256_loadu_si256((const __m256i *)(v + i));
    __m256i start = _mm256_and_si256(tk, _mm256_set1_epi64x(0xffffffff));
    __m256i len = _mm256_and_si256(_mm256_srli_epi64(tk, 32), _mm256_set1_epi64x(0x3ffffff));
    __m256i fl = _mm256_srli_epi64(tk, 58);
    uint32_t c4;
    memcpy(&c4, cx + i, 4);
    __m256i ctx = _mm256_cvtepu8_epi64(_mm_cvtsi32_si128((int)c4));
    /* 1: capitalized, or a line not in prose; 0: a mark */
    __m256i is1 = _mm256_xor_si256(
        _mm256_cmpeq_epi64(
            _mm256_or_si256(_mm256_and_si256(fl, _mm256_set1_epi64x(LEDE__T_CAP | LEDE__T_UPPER)),
                            _mm256_and_si256(ctx, _mm256_set1_epi64x(LEDE__TC_UPPER | LEDE__TC_TITLE |
                                                                     LEDE__TC_LABEL))),
            zero),
        ones);
    __m256i mark = _mm256_xor_si256(
        _mm256_cmpeq_epi64(_mm256_and_si256(fl, _mm256_set1_epi64x(LEDE__T_PUNCT | LEDE__T_QUOTE)), zero),
        ones);
    /* the words of 1 to 16 bytes read whole (x0, and x1 past 8), the
     * text readable 8 or 16 bytes from their start */
    __m256i end8 = _mm256_add_epi64(start, _mm256_set1_epi64x(8));
    __m256i room = _mm256_sub_epi64(_mm256_set1_epi64x((long long)tend), end8);
    __m256i over8 = _mm256_cmpgt_epi64(len, _mm256_set1_epi64x(8));
    __m256i rd = _mm256_and_si256(_mm256_cmpgt_epi64(len, zero),
                                  _mm256_cmpgt_epi64(_mm256_set1_epi64x(17), len));
    /* (room > 7 past 8 bytes, else room > -1) */
    rd = _mm256_and_si256(rd, _mm256_cmpgt_epi64(room, _mm256_sub_epi64(
                                                           _mm256_and_si256(over8, _mm256_set1_epi64x(8)),
                                                           _mm256_set1_epi64x(1))));
    rd = _mm256_andnot_si256(_mm256_or_si256(is1, mark), rd);
    __m256i x0 = S_read8(t, start, rd, _mm256_min_epu32(len, _mm256_set1_epi64x(8)));
    /* any byte past ASCII, or an 'A' to 'Z' (S_can1); the bytes past 8
     * only where a lane has them (bytes of 0 add nothing) */
    __m256i bad = S_bad8(x0);
    __m256i rd1 = _mm256_and_si256(rd, over8);
    if (!_mm256_testz_si256(rd1, rd1)) {
      __m256i x1 = S_read8(t, end8, rd1,
                           _mm256_and_si256(_mm256_sub_epi64(len, _mm256_set1_epi64x(8)), over8));
      bad = _mm256_or_si256(bad, S_bad8(x1));
    }
    bad = _mm256_and_si256(bad, hi);
    __m256i key, mslot, none = S_sieve_none(g, memo, x0, len, &key, &mslot);
    __m256i is0 = _mm256_and_si256(_mm256_and_si256(rd, _mm256_cmpeq_epi64(bad, zero)),
                                   none);
    is0 = _mm256_or_si256(is0, _mm256_andnot_si256(is1, mark));
    unsigned m1 = (unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(is1));
    unsigned m0 = (unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(is0));
    uint32_t b = _pdep_u32(m1, 0x01010101u); /* each lane's byte: 1 where is1 */
    memcpy(c + i, &b, 4);
    unsigned r = ~(m1 | m0) & 15;
    if (!r) continue;
    /* The others; a short word of the sieve that answers 0 is kept. */
    unsigned m7 = r & (unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(
                           _mm256_and_si256(_mm256_and_si256(rd, _mm256_cmpeq_epi64(bad, zero)),
                                            _mm256_cmpgt_epi64(_mm256_set1_epi64x(8), len))));
    uint64_t keys[4], slots[4];
    _mm256_storeu_si256((__m256i *)keys, key);
    _mm256_storeu_si256((__m256i *)slots, mslot);
    for (; r; r &= r - 1) {
      unsigned l = (unsigned)S_low_bit(r);
      size_t k = i + l;
      c[k] = (unsigned char)S_can1(g, &v[k], cx[k], tend, 1, seen, t, hasdoc);
      /* (marked as S_can1 marks a word in lower case, if it is one) */
      if (!c[k] && (m7 >> l & 1) && (v[k].flags & (LEDE__T_WORD | LEDE__T_NUM)) == LEDE__T_WORD)
        memo[slots[l]] = keys[l];
    }
  }
  for (; i < nv; i++) c[i] = (unsigned char)S_can1(g, &v[i], cx[i], tend, 1, seen, t, hasdoc);
}

/* S_can_hw with the tokens S_ahead_hw sorted out: those it stops at are
 * 1 already (cb, its bits) and marks 0; only the others of [0, g->nlv),
 * listed (g->lwi), are read, four at once, 0 where S_can_hw answers 0
 * without S_can1; the tokens from g->nlv by S_can1. The arguments as
 * S_can_all reads them, with fast true. */
__attribute__((target("popcnt,avx2,bmi,bmi2"))) static void S_can_lw(
    S_tagger *g, const lede__token *v, const unsigned char *cx, uint64_t *cb, size_t tend,
    uint64_t *seen, const char *t, int hasdoc) {
  uint64_t memo[256] = {0};
  const __m256i zero = _mm256_setzero_si256();
  const __m256i hi = _mm256_set1_epi64x((long long)0x8080808080808080ULL);
  const uint32_t *li = g->lwi;
  size_t nl = g->nlw, k = 0, nr = nl;
  /* four at once those whose sixteen bytes are readable (in the text's
   * order, the last few not) */
  while (nr && v[li[nr - 1]].start + 16 > tend) nr--;
  for (; k + 4 <= nr; k += 4) {
    __m256i tk = _mm256_i32gather_epi64((const long long *)(const void *)v,
                                        _mm_loadu_si128((const __m128i *)(const void *)(li + k)), 8);
    __m256i start = _mm256_and_si256(tk, _mm256_set1_epi64x(0xffffffff));
    __m256i len = _mm256_and_si256(_mm256_srli_epi64(tk, 32), _mm256_set1_epi64x(0x3ffffff));
    /* as S_can_hw: words of 1 to 16 bytes (x0, and x1 past 8), the
     * sixteen bytes from the start readable; bytes past a word 0 */
    __m256i lm1 = _mm256_sub_epi64(len, _mm256_set1_epi64x(1));
    __m256i rd = _mm256_cmpeq_epi64(_mm256_min_epu32(lm1, _mm256_set1_epi64x(15)), lm1);
    __m256i over8 = _mm256_cmpgt_epi64(len, _mm256_set1_epi64x(8)), ones = _mm256_set1_epi64x(-1);
    __m256i x0 = _mm256_and_si256(
        _mm256_i64gather_epi64((const long long *)(const void *)t, start, 1),
        _mm256_srlv_epi64(ones, _mm256_sub_epi64(_mm256_set1_epi64x(64),
                                                 _mm256_slli_epi64(_mm256_min_epu32(len, _mm256_set1_epi64x(8)), 3))));
    __m256i bad = S_bad8(x0);
    __m256i rd1 = _mm256_and_si256(rd, over8);
    if (!_mm256_testz_si256(rd1, rd1)) {
      /* (the shift is past 63, and the bytes 0, where the word has 8 or fewer) */
      __m256i x1 = _mm256_and_si256(
          _mm256_i64gather_epi64((const long long *)(const void *)(t + 8), start, 1),
          _mm256_srlv_epi64(ones, _mm256_sub_epi64(_mm256_set1_epi64x(128), _mm256_slli_epi64(len, 3))));
      bad = _mm256_or_si256(bad, S_bad8(x1));
    }
    bad = _mm256_and_si256(bad, hi);
    __m256i key, mslot, none = S_sieve_none(g, memo, x0, len, &key, &mslot);
    __m256i ok = _mm256_and_si256(rd, _mm256_cmpeq_epi64(bad, zero));
    unsigned r = ~(unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(
                     _mm256_and_si256(ok, none))) & 15u;
    if (!r) continue;
    /* The others; a short word of the sieve that answers 0 is kept. */
    unsigned m7 = r & (unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(
                           _mm256_and_si256(ok, _mm256_cmpgt_epi64(_mm256_set1_epi64x(8), len))));
    uint64_t keys[4], slots[4];
    _mm256_storeu_si256((__m256i *)keys, key);
    _mm256_storeu_si256((__m256i *)slots, mslot);
    for (; r; r &= r - 1) {
      unsigned l = (unsigned)S_low_bit(r);
      size_t i = li[k + l];
      if (S_can1(g, &v[i], cx[i], tend, 1, seen, t, hasdoc))
        cb[i / 64] |= 1ULL << (i % 64);
      else if ((m7 >> l & 1) && (v[i].flags & (LEDE__T_WORD | LEDE__T_NUM)) == LEDE__T_WORD)
        memo[slots[l]] = keys[l];
    }
  }
  for (; k < nl; k++) {
    size_t i = li[k];
    if (S_can1(g, &v[i], cx[i], tend, 1, seen, t, hasdoc)) cb[i / 64] |= 1ULL << (i % 64);
  }
  for (size_t i = g->nlv; i < g->n; i++)
    if (S_can1(g, lede__ttok_at(&g->k, i), cx[i], tend, 1, seen, t, hasdoc)) cb[i / 64] |= 1ULL << (i % 64);
}

/* The bytes c[0, n) (0 or 1) as bits into b, 64 at once (c is readable
 * up to a multiple of 64 past n). */
__attribute__((target("avx2"))) static void S_bits_avx2(const unsigned char *c, size_t n, uint64_t *b) {
  const __m256i zero = _mm256_setzero_si256();
  for (size_t i = 0; i < n; i += 64) {
    uint32_t lo = ~(uint32_t)_mm256_movemask_epi8(
                   _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(const void *)(c + i)), zero)),
             hi = ~(uint32_t)_mm256_movemask_epi8(
                   _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(const void *)(c + i + 32)), zero));
    uint64_t w = (uint64_t)hi << 32 | lo;
    b[i / 64] = n - i < 64 ? w & ((1ULL << (n - i)) - 1) : w;
  }
}
#endif

/* S_can1 of every token, into the bits of g->can1. */
static void S_can_all(S_tagger *g, lede__arena *ar) {
  size_t n = g->n, nv = g->k.nv < n ? g->k.nv : n;
  const unsigned char *cx = g->k.ctx;
#if S_HWC && LEDE__TG_NT == 8 && defined(__x86_64__)
  if (g->lwi && !S_K.part_lex) {
    /* S_ahead_hw's bits, with the others' */
    uint64_t seen[64] = {0};
    S_can_lw(g, g->k.v, cx, g->can1 = g->isb, g->tend, seen, g->t, g->doc.n != 0);
    return;
  }
#endif
  uint64_t *cb = g->can1 = lede__alloc(ar, lede__mul(ar, n / 64 + 1, sizeof *cb));
  /* a byte a token first (room to read to a multiple of 64) */
  unsigned char *c = lede__alloc(ar, n + 64);
  memset(c + n, 0, 64);
  const lede__token *v = g->k.v, *x = g->k.extra;
  size_t tend = g->tend;
  int fast = !S_K.part_lex; /* S_can1's short words */
  uint64_t seen[64] = {0}; /* words of up to 7 bytes S_can1 has looked up, by bytes */
  /* read once: the stores to c could alias them, for the compiler */
  const char *t = g->t;
  int hasdoc = g->doc.n != 0;
  /* (fast a constant in each loop) */
#if S_HWC && LEDE__TG_NT == 8
  if (fast && (S_HWALL || S_K.hw))
    S_can_hw(g, v, nv, cx, c, tend, seen, t, hasdoc);
  else
#endif
  if (fast)
    for (size_t i = 0; i < nv; i++)
      c[i] = (unsigned char)S_can1(g, &v[i], cx[i], tend, 1, seen, t, hasdoc);
  else
    for (size_t i = 0; i < nv; i++)
      c[i] = (unsigned char)S_can1(g, &v[i], cx[i], tend, 0, seen, t, hasdoc);
  for (size_t i = nv; i < n; i++)
    c[i] = (unsigned char)S_can1(g, &x[i - nv], cx[i], tend, fast, seen, t, hasdoc);
#if S_HWC
  if (S_HWALL || S_K.hw) {
    S_bits_avx2(c, n, cb);
    return;
  }
#endif
  memset(cb, 0, (n / 64 + 1) * sizeof *cb);
  for (size_t i = 0; i < n; i++) cb[i / 64] |= (uint64_t)c[i] << (i % 64);
}

/* Token i's bit of g->can1. */
static inline int S_can_at(const S_tagger *g, size_t i) {
  return (int)(g->can1[i / 64] >> (i % 64) & 1);
}

/* An apostrophe, or a hyphen. */
static inline int S_mark_tok(const char *t, const lede__token *a) {
  const char *w = t + a->start;
  size_t n = a->len;
  return (n == 1 && (w[0] == '\'' || w[0] == '-')) ||
         (n == 3 && w[0] == '\xe2' && w[1] == '\x80' && w[2] == '\x99');
}

/* S_can_end of token a: p the token before it, cp its can (1, or 2 where
 * it ended a group; 0 where p is none), cn the can of the token after. */
S_HOT int S_can_end_tok(const S_tagger *g, unsigned cp, int cn, const lede__token *a,
                        const lede__token *p) {
  if (cp && (S_mark_tok(g->t, a) ||
             (a->start == lede__tend(p) && ((a->flags & LEDE__T_PUNCT) || S_mark_tok(g->t, p)))))
    return 1;
  return (a->flags & LEDE__T_NUM) && ((cp & 1) || cn);
}

/* Whether token i of line [s, e), which cannot be in a name by itself
 * (can[i - s] 0, from S_can1), can end one next to a token that can: an
 * apostrophe ("Moody 's"), a mark written against it ("A$", "U.S.-led"),
 * a word written against that apostrophe or hyphen ("'s", "-led"); and a
 * number next to one ("Windows 95", "170th Street"). The tokens before
 * it are weighed already (can holds 2 for those that can end a name),
 * those after it not (1 or 0). tv as for S_run_next. */
S_HOT int S_can_end(const S_tagger *g, const unsigned char *can, size_t s, size_t e,
                    size_t i, const lede__token *tv) {
  unsigned cp = i > s ? can[i - 1 - s] : 0;
  int cn = i + 1 < e && (can[i + 1 - s] & 1);
  if (!cp && !cn) return 0;
  return S_can_end_tok(g, cp, cn, tv ? &tv[i - s] : S_TK(g, i),
                       cp ? (tv ? &tv[i - 1 - s] : S_TK(g, i - 1)) : NULL);
}

/* The runs of a line that are decoded: tokens that can be in a name
 * (can, from S_can_all), those that can end one (S_can_end: can gets 2)
 * and the gaps of up to S_GAP tokens between them ("Bank of England",
 * "Azad ( free ) Kashmir"); the others are O. Found group by group: a
 * group is tokens that can side by side, the token before it and those
 * after it weighed by S_can_end (no other token is next to one that
 * can). */
typedef struct {
  size_t s, e;
  size_t k;      /* where the next group is looked for; tokens before it are weighed */
  size_t ra, rb; /* the run gathered so far (ra == rb: none) */
  int end;
} S_runit;

static void S_run_begin(S_runit *it, size_t s, size_t e) {
  it->s = s;
  it->e = e;
  it->k = s;
  it->ra = it->rb = s;
  it->end = 0;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* Eight bytes of can from p, those from left on as 0 (can is readable
 * eight bytes past the line: S_CANPAD). */
static inline uint64_t S_can8(const unsigned char *p, size_t left) {
  uint64_t x;
  memcpy(&x, p, 8);
  return left < 8 ? x & S_mask8[left] : x;
}
#endif

/* The next run [*a, *b) of the line, or 0 if there is none; can[i - s]
 * is token i's, and the line's tokens are tv[0..) if tv, else by S_TK. */
S_HOT int S_run_next(const S_tagger *g, S_runit *it, unsigned char *can,
                     const lede__token *tv, size_t *a, size_t *b) {
  size_t s = it->s, e = it->e;
  while (!it->end) {
    size_t p = it->k;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* eight at once (can is readable eight bytes past the line) */
    for (; p < e; p += 8) {
      uint64_t x = S_can8(can + (p - s), e - p);
      if (x) {
        p += (size_t)S_low_bit64(x) / 8;
        break;
      }
    }
    if (p > e) p = e;
#else
    while (p < e && !can[p - s]) p++;
#endif
    if (p == e) {
      it->end = 1;
      break;
    }
    size_t g0 = p, q = p + 1;
    /* the token before, unless weighed with the group before */
    if (p > it->k && S_can_end(g, can, s, e, p - 1, tv)) can[p - 1 - s] = 2, g0 = p - 1;
    for (;;) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      /* the first 0, eight at once (past the line all are 0) */
      for (; q < e; q += 8) {
        uint64_t x = S_can8(can + (q - s), e - q),
                 z = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
        if (z) {
          q += (size_t)S_low_bit64(z) / 8;
          break;
        }
      }
#else
      while (q < e && can[q - s]) q++;
#endif
      if (q < e && S_can_end(g, can, s, e, q, tv)) {
        can[q - s] = 2;
        q++;
        continue;
      }
      break;
    }
    it->k = q < e ? q + 1 : e;
    if (it->ra < it->rb && g0 - (it->rb - 1) <= S_GAP + 1) {
      it->rb = q;
      continue;
    }
    int out = it->ra < it->rb;
    *a = it->ra;
    *b = it->rb;
    it->ra = g0;
    it->rb = q;
    if (out) return 1;
  }
  if (it->ra < it->rb) {
    *a = it->ra;
    *b = it->rb;
    it->ra = it->rb;
    return 1;
  }
  return 0;
}

/* The runs of line [s, e) into run[i - s]: 1 where a run opens, 2
 * inside one, 0 outside (for training). A run is marked once found:
 * the groups after it are read from beyond its gap. */
static void S_runs(const S_tagger *g, size_t s, size_t e, unsigned char *run) {
  for (size_t i = s; i < e; i++) run[i - s] = (unsigned char)S_can_at(g, i);
  S_runit it;
  size_t a, b;
  S_run_begin(&it, s, e);
  const lede__token *tv = e <= g->k.nv ? g->k.v + s : NULL;
  while (S_run_next(g, &it, run, tv, &a, &b))
    for (size_t j = a; j < b; j++) run[j - s] = j == a ? 1 : 2;
}

/* The first token of [i, e) whose bit in b is x (1 or 0), or e. */
static inline size_t S_next_bit(const uint64_t *b, size_t i, size_t e, uint64_t x) {
  if (i >= e) return e;
  size_t w = i / 64;
  uint64_t m = (b[w] ^ (x - 1)) & (~0ULL << (i % 64));
  while (!m) {
    if (++w >= (e + 63) / 64) return e;
    m = b[w] ^ (x - 1);
  }
  size_t r = w * 64 + (size_t)S_low_bit64(m);
  return r < e ? r : e;
}

/* Add weight row r (if stored) to v. */
static void S_add_row(uint32_t r, int32_t *v) {
  const lede__tgrow *w = S_wrow(r);
  if (w)
    S_add_w(v, w);
}

static void S_const_init(void) {
  for (int c = 0; c < 128; c++) S_L.shape[c] = S_shape_of(c);
  for (uint32_t f = 0; f < 64; f++) S_L.sc[f] = (signed char)S_sc(f);
  for (uint64_t f = 0; f < 64; f++) S_K.flkey[f] = (f + 1) * 0x9e3779b97f4a7c15ULL;
  for (uint32_t b = 0; b < 16; b++)
    for (uint32_t l = 0, k = 0; l < 4; l++)
      if (b >> l & 1) S_K.lwpos[b][k++] = l;
  for (uint32_t c = 0; c < 32; c++) S_L.ctx[c] = (unsigned char)S_ctx(c);
#if S_HW
  S_K.hw = lede__cpu_hw();
#endif
  for (size_t k = 0; k < sizeof lede__tag_lists / sizeof *lede__tag_lists; k++) {
    const lede__lexicon *lx = lede__tag_lists[k];
    unsigned id = lx->id                           ? lx->id
                  : lx == &lede__gaz_first_names   ? LEDE__LEX_ID_GAZ_FIRST_NAMES
                  : lx == &lede__gaz_common_words ? LEDE__LEX_ID_GAZ_COMMON_WORDS
                  : lx == &lede__gaz_top_words    ? LEDE__LEX_ID_GAZ_TOP_WORDS
                                                  : 0;
    if (!id || id > 128) {
      S_L.slow |= 1u << k;
      continue;
    }
    S_L.k[id - 1] = (unsigned char)k;
    S_L.mask[0][(id - 1) / 64] |= 1ULL << ((id - 1) % 64);
    if (S_LOWER_LISTS & (1u << k)) S_L.mask[1][(id - 1) / 64] |= 1ULL << ((id - 1) % 64);
  }
  for (int p = 0; p <= S_NTAG; p++)
    for (int ec = 0; ec <= SC_EDGE; ec++) {
      int16_t r[LEDE__TG_NT];
      S_row16(S_wrow(lede__tag_edge_row(p, ec)), r);
      S_K.tr[ec][p][0] = 0;
      for (int j = 1; j < S_NTAG; j++) S_K.tr[ec][p][j] = r[j - 1];
      if (p < S_NTAG)
        for (int x = 0; x < LEDE__TG_NT / 2; x++)
          S_K.trb[ec][p][x] = S_K.trbt[ec][x][p] = r[2 * x];
      for (int x = 0; x < LEDE__TG_NT / 2; x++)
        if (p == 2 * x + 1 || p == 2 * x + 2) S_K.tri[ec][p - 2 * x - 1][x] = r[2 * x + 1];
    }
  for (int ec = 0; ec <= SC_EDGE; ec++)
    for (int x = 0; x < LEDE__TG_NT / 2; x++) {
      for (int k = 0; k < S_NTAG / 2; k++) {
        S_K.trb2[ec][k][x] = S_K.trb[ec][2 * k][x];
        S_K.trb2[ec][k][x + LEDE__TG_NT / 2] = S_K.trb[ec][2 * k + 1][x];
      }
      S_K.tri2[ec][2 * x] = S_K.tri[ec][0][x];
      S_K.tri2[ec][2 * x + 1] = S_K.tri[ec][1][x];
    }
  S_K.part_lex = lede__lex_name_particles.n > 48;
  for (size_t k = 0; !S_K.part_lex && k < lede__lex_name_particles.n; k++) {
    const char *w = lede__lex_name_particles.words[k];
    size_t wn = strlen(w);
    if (wn > 7) {
      S_K.part_lex = 1;
      break;
    }
    uint64_t key = S_pkey(w, wn);
    size_t x = S_pslot(key);
    while (S_K.part[x]) x = (x + 1) & 63;
    S_K.part[x] = key;
    uint32_t sv = S_psieve(w, wn);
    S_K.psieve[sv >> 6] |= 1ULL << (sv & 63);
    sv = S_sieve_of(w, 0, wn, wn);
    S_K.dsieve[sv >> 6] |= 1ULL << (sv & 63);
  }
  S_boundary(&S_K.bos.w, "<s>");
  S_boundary(&S_K.eos.w, "</s>");
  S_cache_roles(&S_K.bos);
  S_cache_roles(&S_K.eos);
  /* As S_pos_feats reads them. */
  for (uint32_t p = 0; p <= SC_EDGE; p++)
    for (uint32_t sc = 0; sc <= SC_EDGE; sc++) {
      for (uint32_t c = 0; c < 8; c++) {
        S_add_row(S_fi(F_CTX, c * 8 + sc), S_K.pos[c][p][sc]);
        S_add_row(S_fi(F_P1CUR, p * 8 + sc + c * 64), S_K.pos[c][p][sc]);
      }
      for (uint32_t nx = 0; nx <= SC_EDGE; nx++)
        S_add_row(S_fi(F_SHAPE3, p * 64 + sc * 8 + nx), S_K.shape3[p][sc][nx]);
    }
  for (uint32_t d = 0; d < 256; d++)
    for (int u = 0; u < 2; u++) {
      S_word w;
      uint32_t f[16];
      memset(&w, 0, sizeof w);
      w.doc = (unsigned char)d;
      w.sc = u ? SC_UPPER : SC_CAP;
      size_t k = S_doc_feats(&w, f);
      for (size_t q = 0; q < k; q++) S_add_row(f[q], S_K.doc[d][u]);
    }
  for (uint32_t c = 0; c < 8; c++)
    for (uint32_t lx = 0; lx < 16; lx++)
      for (uint32_t u = 0; u < 2; u++)
        S_add_row(S_fi(F_CTXLEX, (c * 16 + lx) * 8 + (u ? SC_UPPER : SC_CAP)), S_K.ctxlex[c][lx][u]);
  for (uint32_t c = 0; c < 8; c++)
    for (uint32_t d = 0; d < 256; d++)
      for (uint32_t u = 0; u < 2; u++) {
        const lede__tgrow *w = S_wrow(S_fi(F_CTXDOC, (c * 256 + d) * 8 + (u ? SC_UPPER : SC_CAP)));
        S_K.ctxdoc[c][d][u] = w ? *w : S_zero_row;
      }
}

/* Read ahead the frequent word's entry that slot k of their table names,
 * the slot having been asked for: most often the word's own (another's
 * only costs its reading). */
static inline void S_ahead_entry(uint32_t k) {
#if defined(__GNUC__)
  uint32_t x = lede__tagger_wslot[k];
  if (x) {
    const char *p = (const char *)&lede__tagger_gw[(x & 0xffff) - 1];
    __builtin_prefetch(p);
    __builtin_prefetch(p + 64);
  }
#else
  (void)k;
#endif
}

#define S_LAG 16 /* words between asking for a slot and reading it (a multiple of 4) */
#define S_HKMAX ((size_t)1 << 14) /* tokens of an article read ahead for at most */

#define S_AHEAD_TC (LEDE__TC_UPPER | LEDE__TC_TITLE | LEDE__TC_LABEL)

#if S_HWC && defined(__x86_64__)
/* Which of tokens v[0, 4) S_ahead stops at (bit q for v[q]), four at
 * once: a capitalized word, or a line not in prose (cx); *doc: which of
 * them S_doc_bits reads (S_DOC_CAP); *lw: which it does not stop at are
 * not marks (S_can1 reads their bytes). (x86: a token's flags are its top
 * bits, as S_can_hw reads them.) */
__attribute__((target("avx2"))) static inline unsigned S_ahead4(const lede__token *v,
                                                               const unsigned char *cx,
                                                               unsigned *doc, unsigned *lw) {
  __m256i tk = _mm256_loadu_si256((const __m256i *)v);
  uint32_t c4;
  memcpy(&c4, cx, 4);
  __m256i ctx = _mm256_cvtepu8_epi64(_mm_cvtsi32_si128((int)c4));
  __m256i y = _mm256_or_si256(
      _mm256_and_si256(tk, _mm256_set1_epi64x((long long)((uint64_t)(LEDE__T_CAP | LEDE__T_UPPER) << 58))),
      _mm256_and_si256(ctx, _mm256_set1_epi64x(S_AHEAD_TC)));
  __m256i d = _mm256_cmpeq_epi64(_mm256_and_si256(tk, _mm256_set1_epi64x((long long)((uint64_t)S_DOC_MASK << 58))),
                                 _mm256_set1_epi64x((long long)((uint64_t)S_DOC_CAP << 58)));
  *doc = (unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(d));
  __m256i mk = _mm256_and_si256(tk, _mm256_set1_epi64x((long long)((uint64_t)(LEDE__T_PUNCT | LEDE__T_QUOTE) << 58)));
  __m256i z = _mm256_cmpeq_epi64(y, _mm256_setzero_si256());
  *lw = (unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(
      _mm256_and_si256(z, _mm256_cmpeq_epi64(mk, _mm256_setzero_si256()))));
  return ~(unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(z)) & 15u;
}

/* a * b in each 64-bit lane (AVX2 has no such product). */
__attribute__((target("avx2"))) static inline __m256i S_mul64(__m256i a, __m256i b) {
  __m256i hi = _mm256_add_epi64(_mm256_mul_epu32(_mm256_srli_epi64(a, 32), b),
                                _mm256_mul_epu32(a, _mm256_srli_epi64(b, 32)));
  return _mm256_add_epi64(_mm256_mul_epu32(a, b), _mm256_slli_epi64(hi, 32));
}

/* h, or 1 where h is 0, in each lane. */
__attribute__((target("avx2"))) static inline __m256i S_nz64(__m256i h) {
  return _mm256_or_si256(h, _mm256_and_si256(_mm256_cmpeq_epi64(h, _mm256_setzero_si256()),
                                             _mm256_set1_epi64x(1)));
}

/* S_ckey_at of tokens j[0, 4) of tk into h, four at once where each is
 * a word of 1 to 8 bytes read in one (S_whash), its bytes readable;
 * the others one by one. */
__attribute__((target("avx2"))) static inline void S_ckey4(const char *t, size_t tend,
                                                          const lede__ttoks *tk, size_t nv,
                                                          const size_t *j, uint64_t *h) {
  if (j[3] >= nv || tend < 16) {
    for (int l = 0; l < 4; l++) h[l] = S_ckey_at(t, tend, lede__ttok_at(tk, j[l]));
    return;
  }
  __m256i v = _mm256_i64gather_epi64((const long long *)(const void *)tk->v,
                                     _mm256_loadu_si256((const __m256i *)(const void *)j), 8);
  __m256i start = _mm256_and_si256(v, _mm256_set1_epi64x(0xffffffff));
  __m256i len = _mm256_and_si256(_mm256_srli_epi64(v, 32), _mm256_set1_epi64x(0x3ffffff));
  __m256i fl = _mm256_srli_epi64(v, 58);
  /* 1 to 8 bytes, the eight from the start readable */
  __m256i ok = _mm256_and_si256(
      _mm256_and_si256(_mm256_cmpgt_epi64(len, _mm256_setzero_si256()),
                       _mm256_cmpgt_epi64(_mm256_set1_epi64x(9), len)),
      _mm256_cmpgt_epi64(_mm256_set1_epi64x((long long)tend + 1),
                         _mm256_add_epi64(start, _mm256_set1_epi64x(8))));
  __m256i x = _mm256_i64gather_epi64((const long long *)(const void *)t, _mm256_and_si256(start, ok), 1);
  x = _mm256_and_si256(x, _mm256_srlv_epi64(_mm256_set1_epi64x(-1),
                                            _mm256_sub_epi64(_mm256_set1_epi64x(64),
                                                             _mm256_slli_epi64(len, 3))));
  /* S_whash8, then the flags (S_ckey_at) */
  __m256i y = _mm256_xor_si256(_mm256_xor_si256(_mm256_set1_epi64x((long long)0x9e3779b97f4a7c15ULL), len), x);
  y = S_mul64(y, _mm256_set1_epi64x((long long)0xbf58476d1ce4e5b9ULL));
  y = _mm256_xor_si256(y, _mm256_srli_epi64(y, 31));
  y = S_mul64(y, _mm256_set1_epi64x((long long)0x94d049bb133111ebULL));
  y = S_nz64(_mm256_xor_si256(y, _mm256_srli_epi64(y, 29)));
  y = _mm256_xor_si256(y, _mm256_i64gather_epi64((const long long *)(const void *)S_K.flkey, fl, 8));
  _mm256_storeu_si256((__m256i *)(void *)h, S_nz64(y));
  for (unsigned r = ~(unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(ok)) & 15u; r; r &= r - 1) {
    int l = S_low_bit(r);
    h[l] = S_ckey_at(t, tend, lede__ttok_at(tk, j[l]));
  }
}

/* Key h of token j into hk, its slot of the frequent words' table asked
 * for and the entry of the slot asked S_LAG keys before read ahead. */
S_HOT void S_ahead_key(uint64_t *hk, size_t j, uint64_t h, uint32_t *q, size_t *nq) {
  hk[j] = h;
  uint32_t k = lede__tag_wslot(h);
  __builtin_prefetch(&lede__tagger_wslot[k]);
  if (*nq >= S_LAG) S_ahead_entry(q[*nq % S_LAG]);
  q[(*nq)++ % S_LAG] = k;
}

/* S_ahead with AVX2 and BMI: the tokens it stops at are found four at
 * once into a bit set, widened by two places a side, and the keys made
 * by its bits, in the same order. */
__attribute__((target("popcnt,avx2,bmi,bmi2"))) static void S_ahead_hw(S_tagger *g,
                                                                      lede__arena *ar) {
  size_t n = g->n, nw = n / 64 + 1, nq = 0, nc = 0, i = 0;
  /* (zeroed 64 keys at a time below, as they are made) */
  uint64_t *hk = g->hk = lede__alloc(ar, lede__mul(ar, 64 * nw, sizeof *hk));
  uint32_t *capi = g->capi = lede__alloc(ar, lede__mul(ar, n + 4, sizeof *capi));
  uint64_t *c = g->isb = lede__calloc(ar, lede__mul(ar, nw + 1, sizeof *c)); /* (c[nw] stays 0) */
  uint32_t *lwi = g->lwi = lede__alloc(ar, lede__mul(ar, n + 4, sizeof *lwi));
  size_t nl = 0;
  uint32_t q[S_LAG];
  const unsigned char *cx = g->k.ctx;
  const lede__ttoks tk = g->k;
  const char *t = g->t;
  size_t tend = g->tend, nv = tk.nv < n ? tk.nv : n;
  for (; i + 4 <= nv; i += 4) {
    unsigned dm, lm, m = S_ahead4(tk.v + i, cx + i, &dm, &lm);
    c[i / 64] |= (uint64_t)m << (i % 64); /* (i a multiple of 4) */
    /* the places of dm's and lm's tokens, side by side (four written, as
     * many kept) */
    __m128i at = _mm_set1_epi32((int)i);
    dm &= m;
    _mm_storeu_si128((__m128i *)(void *)(capi + nc),
                     _mm_add_epi32(at, _mm_loadu_si128((const __m128i *)(const void *)S_K.lwpos[dm])));
    _mm_storeu_si128((__m128i *)(void *)(lwi + nl),
                     _mm_add_epi32(at, _mm_loadu_si128((const __m128i *)(const void *)S_K.lwpos[lm])));
    nc += (size_t)__builtin_popcount(dm);
    nl += (size_t)__builtin_popcount(lm);
  }
  g->nlw = nl;
  g->nlv = i;
  for (; i < n; i++) {
    uint32_t fl = i < nv ? tk.v[i].flags : tk.extra[i - nv].flags;
    if (!((fl & (LEDE__T_CAP | LEDE__T_UPPER)) || (cx[i] & S_AHEAD_TC))) continue;
    c[i / 64] |= 1ULL << (i % 64);
    if ((fl & S_DOC_MASK) == S_DOC_CAP) capi[nc++] = (uint32_t)i;
  }
  size_t pj[4], np = 0; /* the places whose keys are made next, four at once */
  for (size_t w = 0; w < nw; w++) {
    uint64_t p = w ? c[w - 1] : 0, x = c[w], y = c[w + 1];
    uint64_t m = x | x << 1 | x << 2 | x >> 1 | x >> 2 | p >> 63 | p >> 62 | y << 63 | y << 62;
    if (w == n / 64) m &= (1ULL << (n % 64)) - 1; /* tokens past n */
    for (size_t z = 0; z < 64; z += 4)
      _mm256_storeu_si256((__m256i *)(void *)(hk + w * 64 + z), _mm256_setzero_si256());
    for (; m; m &= m - 1) {
      pj[np++] = w * 64 + (size_t)S_low_bit64(m);
      if (np < 4) continue;
      uint64_t h[4];
      S_ckey4(t, tend, &tk, nv, pj, h);
      /* (as S_ahead_key four times: the four slots asked for first) */
      uint32_t k4[4];
      for (size_t l = 0; l < 4; l++) {
        hk[pj[l]] = h[l];
        k4[l] = lede__tag_wslot(h[l]);
        __builtin_prefetch(&lede__tagger_wslot[k4[l]]);
      }
      /* (nq a multiple of 4 here, as S_LAG is) */
      if (nq >= S_LAG)
        for (size_t l = 0; l < 4; l++) S_ahead_entry(q[(nq + l) % S_LAG]);
      memcpy(q + nq % S_LAG, k4, sizeof k4);
      nq += 4;
      np = 0;
    }
  }
  for (size_t l = 0; l < np; l++)
    S_ahead_key(hk, pj[l], S_ckey_at(t, tend, lede__ttok_at(&tk, pj[l])), q, &nq);
  for (size_t k = nq > S_LAG ? nq - S_LAG : 0; k < nq; k++) S_ahead_entry(q[k % S_LAG]);
  g->ncap = nc;
}
#endif

/* The words the tagger will ask the cache for (those within two tokens
 * of a capitalized word or of a line not in prose): their keys, into
 * g->hk, and the frequent words' table read ahead. Most of the time a
 * word new to the article costs is spent waiting for that table's lines
 * (its slot, then its entry); asked for many at once here, they come in
 * side by side rather than one after another. Longer articles go
 * without (8 bytes a token). Token by token; S_ahead_hw does the same
 * with AVX2. */
static void S_ahead_by(S_tagger *g, lede__arena *ar) {
  size_t n = g->n, next = 0, nq = 0, nc = 0;
  /* Each key is written once: made, or 0 between the windows. */
  uint64_t *hk = g->hk = lede__alloc(ar, lede__mul(ar, n + 1, sizeof *hk));
  /* The capitalized words, for S_doc_bits: found here in the same pass. */
  uint32_t *capi = g->capi = lede__alloc(ar, lede__mul(ar, n + 1, sizeof *capi));
  uint32_t q[S_LAG]; /* the last slots asked for */
  /* read once: the calls below could write anywhere, for the compiler */
  const unsigned char *cx = g->k.ctx;
  const lede__ttoks tk = g->k;
  const char *t = g->t;
  size_t tend = g->tend, nv = tk.nv < n ? tk.nv : n;
  for (size_t i = 0; i < n; i++) {
    uint32_t fl = i < nv ? tk.v[i].flags : tk.extra[i - nv].flags;
    if (!((fl & (LEDE__T_CAP | LEDE__T_UPPER)) || (cx[i] & S_AHEAD_TC))) continue;
    if ((fl & S_DOC_MASK) == S_DOC_CAP) capi[nc++] = (uint32_t)i;
    size_t j = i >= 2 ? i - 2 : 0, end = i + 3 < n ? i + 3 : n;
    if (j > next) memset(hk + next, 0, (j - next) * sizeof *hk);
    for (j = j > next ? j : next; j < end; j++) {
      uint64_t h = hk[j] = S_ckey_at(t, tend, lede__ttok_at(&tk, j));
      uint32_t k = lede__tag_wslot(h);
#if defined(__GNUC__)
      __builtin_prefetch(&lede__tagger_wslot[k]);
#endif
      if (nq >= S_LAG) S_ahead_entry(q[nq % S_LAG]);
      q[nq++ % S_LAG] = k;
    }
    next = end;
  }
  memset(hk + next, 0, (n + 1 - next) * sizeof *hk);
  for (size_t k = nq > S_LAG ? nq - S_LAG : 0; k < nq; k++) S_ahead_entry(q[k % S_LAG]);
  g->ncap = nc;
}

/* S_ahead_hw where the processor has AVX2 and BMI, else S_ahead_by. */
static void S_ahead(S_tagger *g, lede__arena *ar) {
  if (g->n > S_HKMAX) return;
#if S_HWC && defined(__x86_64__)
  if (S_HWALL || S_K.hw) {
    S_ahead_hw(g, ar);
    return;
  }
#endif
  S_ahead_by(g, ar);
}

/* (lw 0: S_can_all as if S_ahead_hw had sorted out no tokens, for
 * lede__tag_ahead_check) */
static void S_tagger_init_lw(S_tagger *g, lede__arena *ar, const char *t,
                             const lede__ttoks *tk, int cache, int lw) {
  size_t n = tk->n;
  memset(g, 0, sizeof *g);
  g->t = t;
  g->k = *tk;
  g->n = n;
  g->tend = tk->len;
  if (cache) {
    g->maxcw = n < S_CWMAX ? n + 1 : S_CWMAX;
    size_t slots = 64;
    while (slots < 2 * g->maxcw) slots *= 2;
    g->maxmask = slots - 1;
    g->mask = (slots < S_CTAB0 ? slots : S_CTAB0) - 1;
    g->ar = ar;
    g->ctab = g->ctab0; /* zeroed with g */
  }
  pthread_once(&S_K_once, S_const_init);
  memcpy(g->sieve, S_K.dsieve, sizeof g->sieve);
  if (cache) S_ahead(g, ar);
  if (!lw) g->lwi = NULL;
  S_doc_bits(g, ar);
  S_can_all(g, ar);
}

static void S_tagger_init(S_tagger *g, lede__arena *ar, const char *t,
                          const lede__ttoks *tk, int cache) {
  S_tagger_init_lw(g, ar, t, tk, cache, 1);
}

#if S_HWC
/* Past the places of [e, lim) before the first line start among them,
 * 32 at a time (AVX2): the place of that start, or of the last 32 or
 * fewer. */
__attribute__((target("avx2"))) static inline size_t S_line_skip_avx2(const unsigned char *ctx, size_t e,
                                                                     size_t lim) {
  const __m256i f = _mm256_set1_epi8(LEDE__TC_FIRST);
  for (; e + 32 <= lim; e += 32) {
    __m256i x = _mm256_and_si256(_mm256_loadu_si256((const __m256i *)(const void *)(ctx + e)), f);
    unsigned mk = (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x, f));
    if (mk) return e + (size_t)__builtin_ctz(mk);
  }
  return e;
}
#endif

/* Decode the lines of g's tokens (lede__tag); hw as for S_wrow_by. With
 * runs (lede__tag_runs_check), the runs found are marked there as S_runs
 * marks them (tags are left 0). */
S_HOT void S_lines_by(S_tagger *g, lede__arena *ar, const lede__ttoks *tk,
                      unsigned char *tags, int hw, unsigned char *runs) {
  size_t n = tk->n;
  size_t chunk = n < S_CHUNK ? n : S_CHUNK;
  int32_t (*em)[S_NTAG] = lede__alloc(ar, chunk * sizeof *em);
  const S_word **pi = lede__alloc(ar, (chunk + 4) * sizeof *pi);
  S_cword **cw = lede__alloc(ar, (chunk + 4) * sizeof *cw);
  memset(tags, 0, n);
  size_t s = 0;
  while (s < n) {
    size_t e = s + 1, lim = n - s < chunk ? n : s + chunk;
#if S_HWC
    if (hw) e = S_line_skip_avx2(tk->ctx, e, lim);
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* eight places at once, the first line start among them by its bit */
    for (uint64_t x; e + 8 <= lim; e += 8) {
      memcpy(&x, tk->ctx + e, 8);
      x &= (uint64_t)LEDE__TC_FIRST * 0x0101010101010101ULL;
      if (x) {
        e += (size_t)S_low_bit64(x) / 8;
        break;
      }
    }
#endif
    while (e < lim && !(tk->ctx[e] & LEDE__TC_FIRST)) e++;
    if ((tk->ctx[s] & LEDE__TC_UNREAD) && !runs && !g->every) { /* (its tags stay 0) */
      s = e;
      continue;
    }
    /* The line's words stay in the cache while it is decoded. */
    if (g->ncw + (e - s) > g->maxcw) S_cclear(g);
    /* The runs as S_run_next finds them, read from the bits of g->can1,
     * where the next group is looked for (k), the run so far [ra, rb).
     * What S_run_next writes into its bytes is known as it goes: the
     * token before a group can end a name only as a number (the token
     * before that is 0, all before the group weighed), and the token
     * after a group or after one that ended it asks S_can_end_tok
     * whether that one is 1 (in a group) or 2 (cp). */
    const lede__token *tv = e <= g->k.nv ? g->k.v + s : NULL;
    const uint64_t *cb = g->can1;
    size_t k = s, ra = s, rb = s;
    for (;;) {
      size_t p = S_next_bit(cb, k, e, 1), g0 = e, q = e;
      if (p < e) {
        g0 = p;
        if (p > k && ((tv ? &tv[p - 1 - s] : S_TK(g, p - 1))->flags & LEDE__T_NUM)) g0 = p - 1;
        q = S_next_bit(cb, p + 1, e, 0);
        unsigned cp = 1;
        while (q < e) {
          const lede__token *tq = tv ? &tv[q - s] : S_TK(g, q);
          if (!S_can_end_tok(g, cp, q + 1 < e && (cb[(q + 1) / 64] >> ((q + 1) % 64) & 1), tq,
                             tv ? tq - 1 : S_TK(g, q - 1)))
            break;
          size_t r = S_next_bit(cb, q + 1, e, 0);
          cp = r > q + 1 ? 1 : 2;
          q = r;
        }
        k = q < e ? q + 1 : e;
        if (ra < rb && g0 - (rb - 1) <= S_GAP + 1) {
          rb = q;
          continue;
        }
      }
      if (ra < rb) {
        if (runs)
          for (size_t j = ra; j < rb; j++) runs[j] = j == ra ? 1 : 2;
        else
          S_decode(g, s, e, ra, rb, em, pi, cw, tags, hw);
      }
      if (p == e) break;
      ra = g0;
      rb = q;
    }
    s = e;
  }
}

/* The decoding, with the popcount instruction, AVX2 and BMI2 where the
 * processor has them (S_K.hw): the rows the decoding looks up one
 * by one, and each run's scores and steps in registers of eight lanes
 * (S_scores_avx2, S_path_avx2). */
#if S_HWC
__attribute__((target("popcnt,avx2,bmi,bmi2"))) static void S_lines_hw(S_tagger *g, lede__arena *ar,
                                                        const lede__ttoks *tk,
                                                        unsigned char *tags) {
  S_lines_by(g, ar, tk, tags, 1, NULL);
}
#endif

void lede__tag(lede__arena *ar, const char *t, const lede__ttoks *tk,
               unsigned char *tags) {
  if (!tk->n) return;
  S_tagger g;
  S_tagger_init(&g, ar, t, tk, 1);
#if S_HWC
  if (S_HWALL || S_K.hw) {
    S_lines_hw(&g, ar, tk, tags);
    return;
  }
#endif
  S_lines_by(&g, ar, tk, tags, 0, NULL);
}

/* S_ahead both ways (see tagger.h). */
long lede__tag_ahead_check(lede__arena *ar, const char *t, const lede__ttoks *tk) {
  pthread_once(&S_K_once, S_const_init);
#if S_HWC && defined(__x86_64__)
  size_t n = tk->n;
  if (!n || n > S_HKMAX || !(S_HWALL || S_K.hw)) return -1;
  S_tagger *g = lede__calloc(ar, 2 * sizeof *g);
  for (int q = 0; q < 2; q++) {
    g[q].t = t;
    g[q].k = *tk;
    g[q].n = n;
    g[q].tend = tk->len;
  }
  S_ahead_hw(&g[0], ar);
  S_ahead_by(&g[1], ar);
  long d = g[0].ncap != g[1].ncap;
  for (size_t i = 0; i <= n; i++) d += g[0].hk[i] != g[1].hk[i];
  for (size_t k = 0; k < g[0].ncap && k < g[1].ncap; k++) d += g[0].capi[k] != g[1].capi[k];
  /* S_can_all with the tokens S_ahead_hw sorts out and without: the
   * same bits, and the same document bits of each capitalized word */
  S_tagger *h = lede__calloc(ar, 2 * sizeof *h);
  for (int q = 0; q < 2; q++) S_tagger_init_lw(&h[q], ar, t, tk, 1, !q);
  d += !h[0].lwi || h[1].lwi;
  for (size_t i = 0; i < n; i++) {
    d += S_can_at(&h[0], i) != S_can_at(&h[1], i);
    const lede__token *a = S_TK(&h[0], i);
    if ((a->flags & S_DOC_MASK) != S_DOC_CAP) continue;
    uint32_t b[2];
    for (int q = 0; q < 2; q++) {
      S_dslot *x = S_dget(&h[q].doc, S_lkey(&h[q], t + a->start, a->len), 0);
      b[q] = x ? x->bits : 0x100;
    }
    d += b[0] != b[1];
  }
  return d;
#else
  (void)ar, (void)t, (void)tk;
  return -1;
#endif
}

/* The decoding both ways (see tagger.h). */
long lede__tag_hw_check(lede__arena *ar, const char *t, const lede__ttoks *tk) {
  pthread_once(&S_K_once, S_const_init);
#if S_HWC
  size_t n = tk->n;
  if (!n || !(S_HWALL || S_K.hw)) return -1;
  unsigned char *tags = lede__alloc(ar, lede__mul(ar, n, 2));
  for (int q = 0; q < 2; q++) {
    S_tagger g;
    S_tagger_init(&g, ar, t, tk, 1);
    if (q) S_lines_by(&g, ar, tk, tags + n, 0, NULL);
    else S_lines_hw(&g, ar, tk, tags);
  }
  long d = 0;
  for (size_t i = 0; i < n; i++) d += tags[i] != tags[n + i];
  return d;
#else
  (void)ar, (void)t, (void)tk;
  return -1;
#endif
}

/* lede__tag against every line decoded (see tagger.h). */
long lede__tag_unread_check(lede__arena *ar, const char *t, const lede__ttoks *tk, size_t *left) {
  size_t n = tk->n;
  *left = 0;
  if (!n) return 0;
  unsigned char *tags = lede__alloc(ar, lede__mul(ar, n, 2));
  lede__tag(ar, t, tk, tags);
  S_tagger g;
  S_tagger_init(&g, ar, t, tk, 1);
  g.every = 1;
#if S_HWC
  if (S_HWALL || S_K.hw) S_lines_hw(&g, ar, tk, tags + n);
  else
#endif
    S_lines_by(&g, ar, tk, tags + n, 0, NULL);
  long d = 0;
  for (size_t i = 0; i < n; i++) {
    if (tk->ctx[i] & LEDE__TC_UNREAD) {
      d += tags[i] != 0;
      *left += tags[n + i] != 0;
    } else {
      d += tags[i] != tags[n + i];
    }
  }
  /* A line left so is one the entities stage reads no tag of: a title,
   * or a line of one token other than prose (a label, one in capitals or
   * a headline); the whole line is. */
  for (size_t s = 0, e; s < n; s = e) {
    e = s + 1;
    while (e < n && !(tk->ctx[e] & LEDE__TC_FIRST)) e++;
    unsigned c = tk->ctx[s];
    for (size_t i = s; i < e; i++) d += (tk->ctx[i] & LEDE__TC_UNREAD) != (c & LEDE__TC_UNREAD);
    if ((c & LEDE__TC_UNREAD) &&
        !((c & LEDE__TC_TITLE) ||
          (e - s == 1 && (c & (LEDE__TC_LABEL | LEDE__TC_UPPER)))))
      d += (long)(e - s);
  }
  return d;
}

/* The runs both ways, and the document's keys of the capitalized words
 * (see tagger.h). */
long lede__tag_runs_check(lede__arena *ar, const char *t, const lede__ttoks *tk) {
  pthread_once(&S_K_once, S_const_init);
  size_t n = tk->n;
  if (!n) return 0;
  S_tagger g;
  S_tagger_init(&g, ar, t, tk, 1);
  unsigned char *r = lede__calloc(ar, lede__mul(ar, n, 2) + S_CANPAD);
  S_lines_by(&g, ar, tk, r + n, 0, r);
  for (size_t s = 0, e; s < n; s = e) {
    for (e = s + 1; e < n && e - s < S_CHUNK && !(tk->ctx[e] & LEDE__TC_FIRST); e++) {}
    S_runs(&g, s, e, r + n + s);
  }
  long d = 0;
  for (size_t i = 0; i < n; i++) d += r[i] != r[n + i];
  for (size_t i = 0; i < n; i++) {
    const lede__token *a = S_TK(&g, i);
    uint64_t h;
    uint32_t sv;
    if ((a->flags & S_DOC_MASK) == S_DOC_CAP && S_doc_key1(&g, a, &h, &sv))
      d += h != S_lkey(&g, t + a->start, a->len) || sv != S_sieve_of(t, a->start, a->len, g.tend);
  }
  return d;
}

/* ==== Training ========================================================== */

void lede__tag_features(lede__arena *ar, const char *t, const lede__ttoks *tk,
                        lede__tfeats *out) {
  size_t n = tk->n;
  S_tagger g;
  S_tagger_init(&g, ar, t, tk, 0);
  S_word *w = lede__alloc(ar, lede__mul(ar, n + 1, sizeof *w));
  for (size_t i = 0; i < n; i++) S_fill(&g, &w[i], i);
  out->n = n;
  out->off = lede__alloc(ar, lede__mul(ar, n + 1, sizeof *out->off));
  out->edge = lede__alloc(ar, n + 1);
  out->run = lede__alloc(ar, n + S_CANPAD);
  size_t cap = n * 48 + 64, k = 0;
  out->f = lede__alloc(ar, lede__mul(ar, cap, sizeof *out->f));
  size_t s = 0;
  while (s < n) {
    size_t e = s + 1;
    while (e < n && e - s < S_CHUNK && !(tk->ctx[e] & LEDE__TC_FIRST)) e++;
    S_runs(&g, s, e, out->run + s);
    for (size_t i = s; i < e; i++) {
      const S_word *win[5];
      win[0] = i >= s + 2 ? &w[i - 2] : &S_K.bos.w;
      win[1] = i >= s + 1 ? &w[i - 1] : &S_K.bos.w;
      win[2] = &w[i];
      win[3] = i + 1 < e ? &w[i + 1] : &S_K.eos.w;
      win[4] = i + 2 < e ? &w[i + 2] : &S_K.eos.w;
      uint32_t f[5 * S_MAXF];
      size_t m = 0;
      m += S_word_feats(win[2], 0, f + m);
      m += S_doc_feats(win[2], f + m);
      m += S_word_feats(win[1], 1, f + m);
      m += S_word_feats(win[3], 2, f + m);
      m += S_word_feats(win[0], 3, f + m);
      m += S_word_feats(win[4], 4, f + m);
      m += S_pos_feats(tk->ctx[i], i == s, i + 1 == e, win[1], win[2], win[3], f + m);
      if (k + m > cap) {
        size_t nc = cap * 2 + m;
        uint32_t *nf = lede__alloc(ar, lede__mul(ar, nc, sizeof *nf));
        memcpy(nf, out->f, k * sizeof *nf);
        out->f = nf;
        cap = nc;
      }
      out->off[i] = k;
      memcpy(out->f + k, f, m * sizeof *f);
      k += m;
      out->edge[i] = (unsigned char)(i == s ? 0x80 | S_edge_class(&w[i]) : S_edge_class(&w[i]));
    }
    s = e;
  }
  out->off[n] = k;
}

uint64_t lede__tag_word_key(const char *s, size_t n, uint32_t flags) {
  /* as S_info makes it */
  uint64_t h = S_whash(s, 0, n, n, 0) ^ ((uint64_t)flags + 1) * 0x9e3779b97f4a7c15ULL;
  return h ? h : 1;
}

void lede__tag_word_entry(const char *s, size_t n, uint32_t flags, lede__tgword *out) {
  pthread_once(&S_K_once, S_const_init);
  S_word w;
  uint32_t f[S_MAXF];
  uint64_t h = lede__tag_word_key(s, n, flags);
  memset(out, 0, sizeof *out);
  out->klo = (uint32_t)h;
  out->kmid = (uint16_t)(h >> 32);
  S_word_init(&w, s, n, flags);
  S_sum(f, S_word_feats(&w, 0, f), out->v0);
  S_sum(f, S_word_feats(&w, 1, f), out->v1);
  S_sum(f, S_word_feats(&w, 2, f), out->v2);
  out->v3 = *S_row34(&w, 3);
  out->v4 = *S_row34(&w, 4);
  out->lex = w.lex;
  out->gaz = (int16_t)w.gaz;
  out->multi = (signed char)w.multi;
}
