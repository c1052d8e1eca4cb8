/* What the files of entities (entities*.c) share: the context, mentions,
 * word records, the helpers asked per token (inline) and the functions
 * one file calls in another. */
#ifndef LEDE_ENTITIES_INTERNAL_H
#define LEDE_ENTITIES_INTERNAL_H

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "gazetteer.h"
#include "internal.h"
#include "lexicon.h"
#include "tagger.h"
#include "tokens.h"

#define S_RUN 12     /* longest run of capitalized words considered */
#define S_KEY 160    /* longest look-up key, bytes */

enum { M_NORMAL, M_HEADLINE, M_LABEL };
enum { X_UNKNOWN = 8, X_DROP = 9 };   /* type not known yet; not a name */
enum { S_SURE_LIST = 1, S_SURE_GAZ = 2 };
#define S_NOTAG (-2)
enum { H_NAME, H_ACR, H_DESC, H_ROLE }; /* how a mention names its entity */

/* Per-token bits in S_ctx.covered. */
enum {
  C_COV = 1, C_DOT = 2, C_INIT = 4, C_HELD = 8, /* a title or role */
  C_CALK = 16, C_CAL = 32 /* S_calendar is known for it, and says yes */
};

/* The tokenizer's tokens are shared, not copied: token i < ns is
 * a->tokens.v[i]; furniture tokens and sub-tokens of hyphenated words
 * follow them there, past a->tokens.n (lede__ent_push_tok), so that token i is
 * shared[i] whichever it is. */
typedef lede__token S_tok;

#if defined(__SSE2__) && !defined(LEDE_NO_SSE2)
#include <emmintrin.h>
/* Tokens tv[0..4) a lane each: the words of their length and flags (the
 * flags the top six bits); their starts in *st if st. */
static inline __m128i S_tok_lf4(const S_tok *tv, __m128i *st) {
  __m128 a = _mm_castsi128_ps(_mm_loadu_si128((const __m128i *)(const void *)tv));
  __m128 b = _mm_castsi128_ps(_mm_loadu_si128((const __m128i *)(const void *)(tv + 2)));
  if (st) *st = _mm_castps_si128(_mm_shuffle_ps(a, b, _MM_SHUFFLE(2, 0, 2, 0)));
  return _mm_castps_si128(_mm_shuffle_ps(a, b, _MM_SHUFFLE(3, 1, 3, 1)));
}
#endif

typedef struct {
  uint32_t t0, t1, block; /* 32 bits, as tokens are (see lede__token) */
  signed char mode;
  signed char where; /* the dateline: it names where the story was filed */
  signed char upper; /* its words in upper case, set by lede__ent_modes */
  signed char table; /* a line of results (lede__ent_table), set there too */
} S_seg;

/* A mention's entity in 32 bits: an index, or LEDE_NONE or S_AMBIG kept
 * as the two largest values; read and set through S_ent_of and
 * S_set_ent (a struct, so that it is never compared as it is). */
typedef struct {
  uint32_t v;
} S_eref;

/* Token and block indices fit 32 bits (see lede__token); mentions are
 * many (one in ten tokens), so they are kept small: 36 bytes. */
typedef struct {
  uint32_t t0, t1; /* tokens */
  uint32_t block;
  uint32_t title0, role0;  /* title and role tokens, from here... */
  uint32_t acr;            /* token of an acronym defined for it, or S_NOACR */
  S_eref ent;
  uint16_t tlen, rlen;     /* ... this many (S_title1, S_role1), 0 if none */
  signed char type;
  signed char tagt;       /* the tagger's type for it, -1 none, S_NOTAG not asked */
  signed char tagw;       /* the tagger's type where it is too weak alone, or -1 */
  unsigned char how : 2;  /* H_* */
  unsigned char sure : 2; /* typed by a list, a title or the gazetteer (S_SURE_*) */
  unsigned char upper_only : 1; /* an unknown acronym: an organization by default */
} S_ment;
_Static_assert(sizeof(S_ment) == 36, "mentions are 36 bytes");
#define S_NOACR UINT32_MAX /* (uint32_t)LEDE_NONE */

static inline size_t S_ent_of(const S_ment *m) {
  return m->ent.v >= UINT32_MAX - 1 ? (size_t)-1 - (UINT32_MAX - m->ent.v)
                                    : m->ent.v;
}
/* The ends of a mention's title and role tokens. */
static inline size_t S_title1(const S_ment *m) { return (size_t)m->title0 + m->tlen; }
static inline size_t S_role1(const S_ment *m) { return (size_t)m->role0 + m->rlen; }
/* Titles and roles are a few words of one run (S_RUN); a longer span,
 * which none is, would be left out. */
static inline void S_set_span(uint32_t *at, uint16_t *len, size_t i, size_t j) {
  if (j > i && j - i > UINT16_MAX) return;
  *at = (uint32_t)i;
  *len = (uint16_t)(j > i ? j - i : 0);
}
static inline void S_set_title(S_ment *m, size_t i, size_t j) {
  S_set_span(&m->title0, &m->tlen, i, j);
}
static inline void S_set_role(S_ment *m, size_t i, size_t j) {
  S_set_span(&m->role0, &m->rlen, i, j);
}
/* e: an entity (fewer than UINT32_MAX - 1, as tokens are), LEDE_NONE or
 * S_AMBIG. */
static inline void S_set_ent(S_ment *m, size_t e) {
  m->ent.v = e >= (size_t)-2 ? (uint32_t)(UINT32_MAX - ((size_t)-1 - e))
                             : (uint32_t)e;
}

typedef struct {
  size_t t0, t1;  /* the defining occurrence */
  size_t ment;    /* the mention it describes */
} S_desc;

typedef struct {
  const char *key;
  size_t len, val;
} S_slot;

/* typed: every key opens with a type letter (lede__ent_tchar), left out
 * of its hash, so that a name's keys of every type are found in one
 * probe (lede__ent_typed_find). */
typedef struct {
  S_slot *v;
  size_t cap, n;
  int typed;
  /* typed: a bit per hash (lede__word_hash, folded: a word record's) of
   * the first word of each key of several words (S_map_opens) */
  uint64_t opens[4];
} S_map;

/* Might a key of several words filed in typed map m open with a word
 * (a key without a space) whose hash is h? No if its bit is clear. */
static inline int S_map_opens(const S_map *m, uint32_t h) {
  return (int)(m->opens[h >> 30] >> (h >> 24 & 63) & 1);
}
/* The same bit set, for a key filed whose first word's hash is h. */
static inline void S_map_open_set(S_map *m, uint32_t h) {
  m->opens[h >> 30] |= (uint64_t)1 << (h >> 24 & 63);
}

/* What is filed under a word record (LEDE_NONE: nothing; S_AMBIG: more
 * than one): see S_ctx.ptok. */
typedef struct {
  size_t person, org;
  size_t last; /* the longest person's name ending in it (lede__ent_join_names) */
  size_t tail; /* the person whose longer name ends in it (S_short_form_person) */
} S_ptok;

typedef struct {
  int type;
  size_t parent;
  size_t first; /* first mention's start */
} S_ent;

/* Texts of more tokens than S_WID_FULL remember their word records in
 * a cache of S_WID_CACHE slots (a power of two, 8 bytes a slot) rather
 * than one each: the passes come back to a token soon after, or only
 * once the whole text has been read, when no cache would still hold it.
 * Both can be set lower to test the cache on small texts. */
#ifndef S_WID_CACHE
#define S_WID_CACHE ((size_t)1 << 19)
#endif
#ifndef S_WID_FULL
#define S_WID_FULL ((size_t)1 << 20)
#endif

/* What is known of one distinct word (its look-up key): bit k of known
 * says whether bit k of val answers "is it in lede__ent_lists[k]". */
#define W_CAL (1u << 31)   /* a month or weekday */
#define W_NOTYPE (1u << 30) /* types nothing alone (S_types_nothing) */
#define W_MULTI (1u << 29) /* the first word of a multi-word place or name */
#define W_WORD (1u << 28)  /* word below is looked up */
typedef struct {
  const char *key;
  size_t len;
  uint32_t known, val;
  int32_t gaz; /* gazetteer entry, -1 none, -2 not looked up */
  uint32_t count; /* word tokens with this key and a record when counted
                   * (lede__ent_word_count adds those in S_ctx.cnt) */
  uint32_t vote;  /* its place in x->vote (S_votes_at), UINT32_MAX not yet */
  uint32_t hash;  /* lede__word_hash(key, len, 1): the words map's and
                   * the word hash's (lede__word_find_h) */
  const lede__word *word; /* its entry in the word hash, or NULL */
  uint64_t lists[2]; /* its lists (word->lists), once W_WORD is known */
} S_wrec;
typedef LEDE__VEC(S_wrec) S_wrecs;

/* A key lede__ent_word_count counts outside records: its hash (S_hash_fold,
 * low bits), a token that has it (plain: a plain word, its key but for
 * case), how many word tokens have it. */
typedef struct {
  uint32_t h, tok, count;
  unsigned char plain;
} S_cnt;

/* A name the tagger found: tokens [s, e), the tag of its first. */
typedef struct {
  uint32_t s, e;
  unsigned char tg;
} S_tname;

/* Lists whose one-word answers are cached in word records. */
enum {
  L_GAZ_COMMON_WORDS,
  L_GAZ_FIRST_NAMES,
  L_GAZ_TOP_WORDS,
  L_LEX_TITLES,
  L_LEX_ROLES,
  L_LEX_NAME_PARTICLES,
  L_LEX_ORG_WORDS,
  L_LEX_ORG_OF_WORDS,
  L_LEX_PLACE_WORDS,
  L_LEX_PLACE_STOP,
  L_LEX_LOCATIVE_PREPS,
  L_LEX_GROUPS,
  L_LEX_ABBREV_TITLE,
  L_LEX_ORG_HEADS_LOWER,
  L_LEX_REGIONS,
  L_LEX_ORGANIZATIONS,
  L_LEX_AGENCIES,
  L_LEX_EVENT_WORDS,
  L_N
};

typedef struct lede__ent_ctx {
  lede_article *a;
  const char *t;
  const S_tok *shared;   /* a->tokens.v, moved as extra tokens are added */
  size_t ns;             /* shared tokens */
  size_t nextra;         /* tokens after them */
  LEDE__VEC(uint32_t) xseg;  /* each extra token's segment */
  LEDE__VEC(uint32_t) segof; /* sentence -> segment */
  LEDE__VEC(S_seg) seg;
  LEDE__VEC(S_ment) m;
  LEDE__VEC(S_desc) desc;
  LEDE__VEC(S_ent) ent;
  unsigned char *covered; /* per token: C_COV, C_DOT, C_INIT */
  /* Per token: its word record + 1, 0 = not yet; for a long text, a
   * cache of S_WID_CACHE of them (slot i & widmask, for token widtag) */
  uint32_t *wid, *widtag;
  size_t widmask;
  size_t maxtok;          /* tokens there may be (sub-tokens past it are not made) */
  size_t covcap;          /* tokens covered[] has room for (grown with them) */
  size_t widcap;          /* tokens wid[] has room for (grown with them) */
  size_t widlim;          /* min(maxtok, widcap): tokens that may have one */
  size_t widfast;         /* widlim without the cache, else 0: below it,
                           * wid[i] is token i's (S_wid's inline test) */
  /* Per distinct word: cached look-ups. Kept here, read with one load
   * (S_rec); grown by lede__ent_rec_new through self, the context itself
   * (which the stage's functions are given as const). */
  S_wrecs recs;
  struct lede__ent_ctx *self;
  S_map *words;           /* word key -> record (hashed by lede__word_hash, folded) */
  int sports;   /* a sports report: clubs are named after towns */
  S_map names;  /* type char + key -> entity */
  /* Per word record: the person whose longer name has the word, the
   * organization whose name of several words opens with it, and the
   * names ending in it (S_ptok); pcap records have room, nptok person or
   * organization words were filed. */
  S_ptok *ptok;
  size_t pcap, nptok;
  unsigned char *tag; /* per token: the tagger's tag (tagger.h) */
  size_t tagcap;      /* its capacity, to give it back */
  S_tname *tn;        /* one segment's names from the tagger (S_tag_names) */
  size_t tncap;
  unsigned char *seg_title; /* per segment: read by the tagger as a title */
  S_map votes;        /* name key -> index into vote (the tagger's types) */
  LEDE__VEC(uint32_t) vote; /* 6 counts a name: how the tagger typed it */
  int counted;        /* S_wrec.count and cnt are set */
  int scans;          /* words counted by reading the tokens for them alone */
  S_cnt *cnt;         /* counts of word tokens without a record, by key */
  size_t cntmask, ncnt; /* cnt has cntmask + 1 slots, ncnt used */
  size_t ntag;        /* tokens tagged (sub-tokens made later are not) */
} S_ctx;

static inline const S_tok *S_T(const S_ctx *x, size_t i) {
  return &x->shared[i];
}
static inline size_t S_NT(const S_ctx *x) { return x->ns + x->nextra; }
/* Token i's segment. */
static inline uint32_t S_SG(const S_ctx *x, size_t i) {
  return i < x->ns ? x->segof.v[lede__tok_sent(x->a, i)] : x->xseg.v[i - x->ns];
}
/* Are tokens i - 1 and i (i > 0) in one segment? They are when i opens
 * no sentence (lede__tok_opens: one bit read, no counting). */
static inline __attribute__((always_inline)) int S_SG_prev(const S_ctx *x, size_t i) {
  if (i < x->ns && !lede__tok_opens(x->a, i)) return 1;
  return S_SG(x, i - 1) == S_SG(x, i);
}
/* Are tokens i and j in one segment? For i < j, they are when none of
 * (i, j] opens a sentence. */
static inline int S_SG_same(const S_ctx *x, size_t i, size_t j) {
  if (i < j && j < x->ns) {
    size_t k = i + 1;
    while (k <= j && !lede__tok_opens(x->a, k)) k++;
    if (k > j) return 1;
  }
  return S_SG(x, i) == S_SG(x, j);
}
/* Does the stage read the tagger's tags of segment s? Those of prose,
 * and of other lines of two tokens or more but a title (S_ent_rest);
 * the tagger leaves the rest O (LEDE__TC_UNREAD). x->seg_title[s] is set. */
static inline int lede__ent_seg_tags_read(const S_ctx *x, size_t s) {
  const S_seg *sg = &x->seg.v[s];
  return sg->mode == M_NORMAL || (sg->t1 - sg->t0 >= 2 && !x->seg_title[s]);
}
static inline int S_dot(const S_ctx *x, size_t i) { return (x->covered[i] & C_DOT) != 0; }
static inline int S_init(const S_ctx *x, size_t i) { return (x->covered[i] & C_INIT) != 0; }
/* Token i's word record + 1 if remembered, else 0. */
static inline uint32_t S_wid_any(const S_ctx *x, size_t i) {
  if (i >= x->widlim) return 0;
  if (!x->widtag) return x->wid[i]; /* one each: widmask is all ones */
  size_t k = i & x->widmask;
  return x->widtag[k] == (uint32_t)i ? x->wid[k] : 0;
}
/* The same, asked most often: one test where each token has its slot. */
static inline uint32_t S_wid(const S_ctx *x, size_t i) {
  if (i < x->widfast) return x->wid[i];
  return S_wid_any(x, i);
}

/* Is segment seg a line of a results table (lede__ent_modes)? */
static inline int lede__ent_table(const S_ctx *x, uint32_t seg) {
  return x->seg.v[seg].table;
}

/* A mention's entity when more than one fits (see S_eref). */
#define S_AMBIG ((size_t)-2)

extern const lede__lexicon *const lede__ent_lists[L_N];
extern const char lede__ent_tchar[];

/* entities_words.c */
void lede__ent_push_tok(S_ctx *x, size_t s, size_t e, uint32_t seg);
void lede__ent_tokenize(S_ctx *x, lede_span sp, uint32_t seg);
size_t lede__ent_key_tok(const S_ctx *x, const S_tok *tk, char *buf, size_t n);
size_t lede__ent_key(const S_ctx *x, size_t i, size_t j, char *buf);
S_wrec *lede__ent_rec_new(const S_ctx *x, size_t i);
int lede__ent_in_slow(int k, const S_ctx *x, size_t i, size_t j);
int lede__ent_calendar_word(const S_ctx *x, size_t i);
int lede__ent_title_head(const S_ctx *x, size_t i);
/* Length in tokens of the longest title starting at token i (before e),
 * whose word is a title's first word. */
size_t lede__ent_title_words(const S_ctx *x, size_t i, size_t e);
void lede__ent_map_grow(lede__arena *ar, S_map *m, size_t cap, int word);
size_t *lede__ent_slot_in(lede__arena *ar, S_map *m, const char *k, size_t n,
                          int insert);
size_t lede__ent_typed_find(const S_map *m, int type, const char *key, size_t n,
                            int ambig);
size_t lede__ent_lookup(S_ctx *x, int type, const char *key, size_t n);

/* entities_names.c */
S_ment *lede__ent_emit(S_ctx *x, size_t i, size_t j, int type, int how);
int lede__ent_table_team(const S_ctx *x, size_t i, size_t j);
int lede__ent_dateline_place(const S_ctx *x, size_t i);
int lede__ent_place_type_raw(const S_ctx *x, size_t i, size_t j, int loose,
                             int *town);
int lede__ent_where_prep(const S_ctx *x, size_t i);
int lede__ent_venue(const S_ctx *x, size_t j);
int lede__ent_place_type(const S_ctx *x, size_t i, size_t j, int loose);
int lede__ent_known_org(const S_ctx *x, size_t i, size_t j);
int lede__ent_event_shape(const S_ctx *x, size_t s, size_t e);
int lede__ent_role_word(const S_ctx *x, size_t i);
void lede__ent_compound(S_ctx *x, size_t i);
void lede__ent_pass1(S_ctx *x, const S_seg *sg);
/* The first token of [i, t1) of tv that pass 1 stops at, the next hyphen
 * of the text being at hy (SIZE_MAX: none): one with a capital, or a
 * lower-case word ending past hy; t1 if none. */
size_t lede__ent_skip(const S_tok *tv, size_t i, size_t t1, size_t hy);

/* entities_tagger.c */
void lede__ent_tag_new(S_ctx *x, size_t t0, size_t t1);
void lede__ent_tag_seg(S_ctx *x, const S_seg *sg, size_t mb);
uint32_t *lede__ent_votes_of(S_ctx *x, const S_ment *m, int add);
int lede__ent_vote_type(const uint32_t *c);
void lede__ent_vote(S_ctx *x, size_t m0, size_t m1, int count);
void lede__ent_tag(S_ctx *x);

/* entities_link.c */
void lede__ent_file(S_ctx *x, size_t mi);
void lede__ent_alias(S_ctx *x, S_map *map, int type, size_t i, size_t j, size_t e);
size_t lede__ent_acr_lookup(S_ctx *x, S_map *acrs, size_t i);
S_ptok *lede__ent_ptok_of(S_ctx *x, const S_wrec *r);
S_ptok *lede__ent_ptok_at(const S_ctx *x, const S_wrec *r);
size_t lede__ent_ptok(S_ctx *x, size_t i);
size_t lede__ent_otok(S_ctx *x, size_t i);
void lede__ent_join_names(S_ctx *x, size_t m1);
void lede__ent_scan_known(S_ctx *x, const S_seg *sg);
int lede__ent_tok_eq(const S_ctx *x, size_t a, size_t b);
void lede__ent_scan_desc(S_ctx *x);
void lede__ent_scan_roles(S_ctx *x);
void lede__ent_segments(S_ctx *x);
void lede__ent_modes(S_ctx *x);
/* Words of lede__lex_sports_words among the n tokens at tk (of text t),
 * counted up to want, once lede__ent_sports_init has run (as
 * lede__ent_modes has it). */
size_t lede__ent_sports_hits(const char *t, const S_tok *tk, size_t n, size_t want);
/* The first token of [i, t1) of tv three bytes long; t1 if none. */
size_t lede__ent_next3(const S_tok *tv, size_t i, size_t t1);
void lede__ent_sports_init(void);

/* entities.c */
size_t lede__ent_word_count(S_ctx *x, size_t i);

static inline int S_alnum(int32_t c) {
  return lede__is_letter(c) || lede__is_digit(c);
}

static inline size_t S_put_cp(char *buf, size_t n, int32_t c) {
  if (n + 4 >= S_KEY) return 0;
  if (c < 0x80) {
    buf[n] = (char)c;
    return n + 1;
  }
  return n + (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)buf + n);
}

/* The place entry of s[0..n), given w = lede__word_find(s, n). */
static inline const lede__gaz_entry *S_gaz_of(const lede__word *w, const char *s,
                                       size_t n) {
  return w && w->gaz >= 0 && memcmp(w->key, s, n) == 0 ? &lede__gaz[w->gaz]
                                                         : NULL;
}

/* A record's entry in the word hash, looked up once: every list's answer
 * for the word is a bit of it, kept in the record. */
static inline const lede__word *S_rec_word(S_wrec *r) {
  if (!(r->known & W_WORD)) {
    const lede__word *w = lede__word_find_h(r->key, r->len, r->hash);
    r->word = w;
    r->known |= W_WORD;
    if (w) {
      r->lists[0] = w->lists[0];
      r->lists[1] = w->lists[1];
    }
  }
  return r->word;
}

/* The record of the word at token i, made on first use; NULL for a dot
 * or a word too long for a key. Records may move when one is added.
 * Asked about a million times a megabyte: the look-up is inline. */
static inline S_wrec *S_rec(const S_ctx *x, size_t i) {
  uint32_t w;
  if (i < x->widfast) {
    w = x->wid[i];
  } else {
    if (i >= x->widlim) return NULL; /* also before wid[] is made */
    w = S_wid_any(x, i);
  }
  if (w) return &x->recs.v[w - 1];
  return lede__ent_rec_new(x, i);
}

/* Can a multi-word place, group or known organization start at token i?
 * Most words open none, so longer keys need not be built. The word hash
 * knows the words that open one (a key has no space). */
static inline int S_multi(const S_ctx *x, size_t i) {
  S_wrec *w = S_rec(x, i);
  if (!w) return 1;
  if (!(w->known & W_MULTI)) {
    w->known |= W_MULTI;
    if (lede__word_has_id(S_rec_word(w), LEDE__LEX_ID_MULTI_FIRST)) w->val |= W_MULTI;
  }
  return (w->val & W_MULTI) != 0;
}

/* The place entry of a record's word (lede__gaz_find of its key), looked
 * up on first ask and kept. */
static inline const lede__gaz_entry *S_rec_gaz(S_wrec *w) {
  if (w->gaz == -2) {
    const lede__gaz_entry *g = S_gaz_of(S_rec_word(w), w->key, w->len);
    w->gaz = g ? (int32_t)(g - lede__gaz) : -1;
  }
  return w->gaz >= 0 ? &lede__gaz[w->gaz] : NULL;
}

/* The place entry of the word at token i, from its record when it has
 * one. */
static inline const lede__gaz_entry *S_gaz1(const S_ctx *x, size_t i) {
  S_wrec *w = S_rec(x, i);
  if (w) return S_rec_gaz(w);
  char buf[S_KEY];
  size_t n = lede__ent_key(x, i, i + 1, buf);
  return n ? lede__gaz_find(buf, n) : NULL;
}

/* Eight bytes at a time, each byte ORed with the same byte of fold;
 * *bits gets every byte's bits ORed (is it ASCII?). */
static inline __attribute__((always_inline)) uint64_t
S_hash_with(const char *s, size_t n, uint64_t fold, uint64_t *bits) {
  uint64_t h = 0x9E3779B97F4A7C15u ^ n, w, all = 0;
  for (; n >= 8; s += 8, n -= 8) {
    memcpy(&w, s, 8);
    all |= w;
    h = (h ^ (w | fold)) * 0xff51afd7ed558ccdu;
    h ^= h >> 32;
  }
  /* The last 0..7 bytes: two loads that may overlap, or three bytes. */
  if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4);
    w = (uint64_t)hi << 32 | lo;
  } else if (n) {
    w = (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 |
        (uint64_t)(unsigned char)s[n - 1] << 16;
  } else {
    w = 0;
  }
  all |= w;
  *bits = all;
  h = (h ^ (w | fold)) * 0xc4ceb9fe1a85ec53u;
  return h ^ (h >> 29);
}

/* The hash of the counts by key (S_cnt): bit 5 set in each byte, so
 * that a word and its key (the word in lower case) hash alike. */
static inline uint64_t S_hash_fold(const char *s, size_t n, uint64_t *bits) {
  return S_hash_with(s, n, 0x2020202020202020u, bits);
}

/* The key of token i: its record's (in *out) or built in buf. */
static inline size_t S_key1(const S_ctx *x, size_t i, char *buf, const char **out) {
  const S_wrec *w = S_rec(x, i);
  if (w) {
    *out = w->key;
    return w->len;
  }
  *out = buf;
  return lede__ent_key(x, i, i + 1, buf);
}

/* lede__ent_key, from the record for one token: a record is made once per word,
 * and its key is lede__ent_key's (which builds the key a byte at a time). */
static inline size_t S_key_c(const S_ctx *x, size_t i, size_t j, char *buf) {
  if (j != i + 1) return lede__ent_key(x, i, j, buf);
  const char *k;
  size_t n = S_key1(x, i, buf, &k);
  if (k != buf && n) memcpy(buf, k, n);
  return n;
}

/* lede__lex_id(lede__ent_lists[k]), a constant where k is one. */
static inline unsigned S_list_id(int k) {
  switch (k) {
  case L_GAZ_COMMON_WORDS: return LEDE__LEX_ID_GAZ_COMMON_WORDS;
  case L_GAZ_FIRST_NAMES: return LEDE__LEX_ID_GAZ_FIRST_NAMES;
  case L_GAZ_TOP_WORDS: return LEDE__LEX_ID_GAZ_TOP_WORDS;
  case L_LEX_TITLES: return lede__lexid_titles;
  case L_LEX_ROLES: return lede__lexid_roles;
  case L_LEX_NAME_PARTICLES: return lede__lexid_name_particles;
  case L_LEX_ORG_WORDS: return lede__lexid_org_words;
  case L_LEX_ORG_OF_WORDS: return lede__lexid_org_of_words;
  case L_LEX_PLACE_WORDS: return lede__lexid_place_words;
  case L_LEX_PLACE_STOP: return lede__lexid_place_stop;
  case L_LEX_LOCATIVE_PREPS: return lede__lexid_locative_preps;
  case L_LEX_GROUPS: return lede__lexid_groups;
  case L_LEX_ABBREV_TITLE: return lede__lexid_abbrev_title;
  case L_LEX_ORG_HEADS_LOWER: return lede__lexid_org_heads_lower;
  case L_LEX_REGIONS: return lede__lexid_regions;
  case L_LEX_ORGANIZATIONS: return lede__lexid_organizations;
  case L_LEX_AGENCIES: return lede__lexid_agencies;
  case L_LEX_EVENT_WORDS: return lede__lexid_event_words;
  default: return 0;
  }
}

/* Is the word of token i (or the words of [i, j)) in list
 * lede__ent_lists[k]? Answered from the word's record once it knows
 * (inline: S_in is asked as often as S_rec). */
static inline __attribute__((always_inline)) int S_in(int k, const S_ctx *x,
                                                      size_t i, size_t j) {
  if (j == i + 1) {
    S_wrec *r = S_rec(x, i);
    if (r) {
      /* a list in the word hash: the bit of the word's entry */
      unsigned id = S_list_id(k);
      if (id) {
        if (!(r->known & W_WORD)) S_rec_word(r);
        return (int)(r->lists[(id - 1) / 64] >> ((id - 1) % 64) & 1);
      }
      if (r->known >> k & 1) return (r->val >> k) & 1;
    }
  }
  return lede__ent_in_slow(k, x, i, j);
}

static inline int S_word(const S_tok *tk) {
  return (tk->flags & LEDE__T_WORD) && !(tk->flags & LEDE__T_NUM);
}

static inline int S_capital(const S_tok *tk) {
  return S_word(tk) && (tk->flags & (LEDE__T_CAP | LEDE__T_UPPER));
}

/* Ends in "'s" (a possessive token). */
static inline int S_poss(const S_ctx *x, const S_tok *tk) {
  size_t n = tk->len;
  const char *s = x->t + tk->start;
  return (n == 2 && s[0] == '\'') || (n == 4 && (unsigned char)s[0] == 0xE2);
}

/* w: a short literal in lower case. Compared inline: asked of most
 * tokens, and most differ in length. */
static inline __attribute__((always_inline)) int S_is(const S_ctx *x, size_t i,
                                                      const char *w) {
  const S_tok *tk = S_T(x, i);
  size_t n = strlen(w);
  if (tk->len != n) return 0;
  const char *s = x->t + tk->start;
  for (size_t j = 0; j < n; j++)
    if (lede__lower[(unsigned char)s[j]] != (unsigned char)w[j]) return 0;
  return 1;
}

/* Does s[0..n) hold the byte c? Eight bytes a step, in loads that
 * overlap rather than read past n (most words are short). */
static inline int S_has_byte(const char *s, size_t n, unsigned char c) {
  const uint64_t ones = 0x0101010101010101u, rep = ones * c;
  uint64_t w;
  if (n < 4) {
    for (size_t j = 0; j < n; j++)
      if ((unsigned char)s[j] == c) return 1;
    return 0;
  }
  if (n <= 8) {
    uint32_t lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4);
    w = ((uint64_t)hi << 32 | lo) ^ rep;
    return ((w - ones) & ~w & (ones << 7)) != 0;
  }
  for (size_t j = 0;; j += 8) {
    if (j + 8 > n) j = n - 8;
    memcpy(&w, s + j, 8);
    w ^= rep;
    if ((w - ones) & ~w & (ones << 7)) return 1;
    if (j + 8 == n) return 0;
  }
}

/* Is s[0..n) ASCII? Eight bytes a step, in loads that overlap. */
static inline int S_ascii(const char *s, size_t n) {
  uint64_t all = 0, w;
  if (n >= 8) {
    for (size_t j = 0;; j += 8) {
      if (j + 8 > n) j = n - 8;
      memcpy(&w, s + j, 8);
      all |= w;
      if (j + 8 == n) break;
    }
  } else if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4);
    all = lo | hi;
  } else {
    for (size_t j = 0; j < n; j++) all |= (unsigned char)s[j];
  }
  return !(all & 0x8080808080808080u);
}

/* Is the word s[0..n) plain: ASCII, short enough and not dotted like
 * "U.S.", so that its key is itself in lower case (lede__ent_rec_new)? */
static inline int S_plain_word(const char *s, size_t n) {
  return n < S_KEY && !(n >= 3 && s[1] == '.') && S_ascii(s, n);
}

/* Is token i surely in no entry of list id: a plain word without a
 * record whose first byte and length no entry has? (No record need be
 * made to tell.) */
static inline int S_surely_not_in(const S_ctx *x, size_t i, unsigned id) {
  if (S_wid(x, i)) return 0;
  const S_tok *tk = S_T(x, i);
  const char *s = x->t + tk->start;
  return !lede__lex_maybe_id(id, s, tk->len) && S_plain_word(s, tk->len);
}

/* Asked of a token again and again as runs are cut: kept per token. */
static inline int S_calendar(const S_ctx *x, size_t i) {
  unsigned char cv = x->covered[i];
  if (cv & C_CALK) return (cv & C_CAL) != 0;
  int r = lede__ent_calendar_word(x, i);
  x->covered[i] = (unsigned char)(cv | C_CALK | (r ? C_CAL : 0));
  return r;
}

static inline int S_common(const S_ctx *x, size_t i) {
  return S_in(L_GAZ_COMMON_WORDS, x, i, i + 1);
}

/* Most words open no title: a bit of the word's entry in the word hash
 * tells (LEDE__LEX_ID_TITLE_HEAD). */
static inline size_t S_title_len(const S_ctx *x, size_t i, size_t e) {
  S_wrec *w = S_rec(x, i);
  if (w) {
    if (!lede__word_has_id(S_rec_word(w), LEDE__LEX_ID_TITLE_HEAD)) return 0;
  } else if (!lede__ent_title_head(x, i)) {
    return 0;
  }
  return lede__ent_title_words(x, i, e);
}

static inline size_t *S_map_slot(S_ctx *x, S_map *m, const char *k, size_t n,
                          int insert) {
  return lede__ent_slot_in(&x->a->scratch, m, k, n, insert);
}

static inline size_t S_find(S_ctx *x, size_t e) {
  while (x->ent.v[e].parent != e) e = x->ent.v[e].parent = x->ent.v[x->ent.v[e].parent].parent;
  return e;
}

/* Asked of the lower-case word after most runs of capitals: a plain
 * word no particle can be is told without making it a record. */
static inline int S_particle(const S_ctx *x, size_t i) {
  return !S_surely_not_in(x, i, lede__lexid_name_particles) &&
         S_in(L_LEX_NAME_PARTICLES, x, i, i + 1);
}

#endif
