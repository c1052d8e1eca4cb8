/* Private to the library: the article's layout in memory and the helpers
 * every stage shares. */
#ifndef LEDE_INTERNAL_H
#define LEDE_INTERNAL_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lede.h"

/* ==== Arena =============================================================
 * Every allocation made while parsing comes from the article's arena and is
 * released by one free.  On failure the arena longjmps to the handler set
 * by lede_parse, which frees the arena and returns LEDE_ENOMEM; so no stage
 * checks for NULL and no stage may hold memory from elsewhere. */
typedef struct lede__chunk lede__chunk;
struct lede__big;
typedef struct {
  lede_alloc_fn alloc;
  void *ud;
  lede__chunk *head;
  struct lede__big *big; /* large vectors, see lede__vec_grow */
  char *cur, *lim;
  size_t first; /* size of the first chunk; 0 for the default */
  size_t nbig;  /* big blocks made (their serial numbers) */
  jmp_buf *oom;
} lede__arena;

void *lede__alloc(lede__arena *ar, size_t n);  /* aligned, uninitialized */
void *lede__calloc(lede__arena *ar, size_t n); /* zeroed */
char *lede__strndup(lede__arena *ar, const char *s, size_t n);
void lede__arena_free(lede__arena *ar);
/* A point in the arena to come back to: lede__arena_release frees all
 * allocated after the mark, including storage a vector made before it got
 * when it grew after it (so such a vector must not grow in between). */
typedef struct {
  lede__chunk *head;
  char *cur, *lim;
  size_t nbig;
} lede__mark;
lede__mark lede__arena_mark(const lede__arena *ar);
void lede__arena_release(lede__arena *ar, lede__mark m);
/* n * m, or an OOM jump on overflow. */
size_t lede__mul(lede__arena *ar, size_t n, size_t m);

/* Growable array: small ones in the arena (old storage is abandoned on
 * growth), large ones in blocks of their own grown by realloc. */
#define LEDE__VEC(T) \
  struct {           \
    T *v;            \
    size_t n, cap;   \
  }
void lede__vec_grow(lede__arena *ar, void **v, size_t *cap, size_t elem);
/* Make room for at least n elements (capacity only). */
void lede__vec_reserve(lede__arena *ar, void **v, size_t *cap, size_t elem,
                       size_t n);
/* Give back the room of a vector past n elements (n at least its
 * length): a large vector's block shrinks, and may move; a small one
 * stays as it is. Only for storage a vector grew, not lede__alloc's. */
void lede__vec_shrink(lede__arena *ar, void **v, size_t *cap, size_t elem,
                      size_t n);
/* Give back a vector's storage (v, cap as the vector has them); it must
 * not be used again. */
void lede__vec_free(lede__arena *ar, void *v, size_t cap, size_t elem);
#define LEDE__PUSH(ar, vec)                                                  \
  (((vec).n == (vec).cap ? lede__vec_grow((ar), (void **)&(vec).v,           \
                                          &(vec).cap, sizeof *(vec).v)       \
                         : (void)0),                                         \
   &(vec).v[(vec).n++])

/* A span in 32 bits, for the many items of a long text. */
typedef struct {
  uint32_t start, end;
} lede__span32;
static inline lede__span32 lede__s32(lede_span s) {
  lede__span32 r = {(uint32_t)s.start, (uint32_t)s.end};
  return r;
}
static inline lede_span lede__s64(lede__span32 s) {
  lede_span r = {s.start, s.end};
  return r;
}

/* ==== Article =========================================================== */
typedef struct {
  lede_part part;
  lede__span32 span;
  uint32_t first_sent, nsents;
  size_t para; /* body paragraph number, or LEDE_NONE */
} lede__block;

/* Sentences, blocks and tokens hold 32-bit offsets and indices: a text
 * of 4 GiB or more is refused (lede__tokenize). */
typedef struct {
  lede__span32 span;
  uint32_t block;
} lede__sentence;

typedef struct {
  lede_span span;
  lede_author_kind kind;
} lede__author;

typedef struct {
  lede_span span, credit; /* credit {0,0} if none */
  size_t block;
} lede__caption;

/* A word or punctuation token of a prose sentence. */
enum {
  LEDE__T_WORD = 1 << 0,  /* letters (and inner ' - . digits) */
  LEDE__T_NUM = 1 << 1,   /* starts with a digit */
  LEDE__T_PUNCT = 1 << 2, /* one punctuation character */
  LEDE__T_CAP = 1 << 3,   /* first letter is uppercase */
  LEDE__T_UPPER = 1 << 4, /* all letters uppercase, at least two */
  LEDE__T_QUOTE = 1 << 5  /* a quotation mark (not an apostrophe) */
};
/* Tokens are the article's most numerous items: 8 bytes each.  Offsets
 * are 32 bits (a text of 4 GiB or more is refused as too large to hold,
 * see lede__tokenize) and a length shares a word with the flags: the
 * tokenizers end a word at LEDE__TOK_MAXLEN bytes and go on with the
 * rest as another.  A token's sentence is lede__tok_sent (tokens.h). */
#define LEDE__TOK_MAXLEN (((size_t)1 << 26) - 64)
typedef struct {
  uint32_t start;
  uint32_t len : 26;
  uint32_t flags : 6;
} lede__token;
_Static_assert(sizeof(lede__token) == 8, "tokens are 8 bytes");
/* After the parse a text of this many tokens or more has none left
 * (lede.c S_drop_tokens): tokens.n is 0 and sent_tok empty. */
#define LEDE__TOK_KEEP ((size_t)1 << 20)
/* The end of token t. */
static inline size_t lede__tend(const lede__token *t) {
  return (size_t)t->start + t->len;
}
_Static_assert(LEDE__T_QUOTE < 1 << 6, "token flags fit 6 bits");

/* Entities (entities.c); the tagger's tokens (tagger.h). */
typedef struct lede__ttoks lede__ttoks;
/* A candidate of the frames pass (quotes_frames.c) as its trainer sees
 * it: byte spans of the clause and of its subject, and the ids of its
 * features. */
#define LEDE__FR_NF 48
typedef struct {
  size_t cs, ce, sp0, sp1;
  size_t nf;
  uint32_t f[LEDE__FR_NF];
} lede__frame_cand;
typedef void (*lede__frame_sink)(void *ud, const lede__frame_cand *c);
typedef struct {
  lede_entity_type type;
  lede_span name, title, role;
  size_t first_ment, nments;    /* into ent_ments */
  size_t first_ref, nrefs;      /* into ent_refs */
  size_t first_alias, naliases; /* into ent_aliases */
} lede__entity;

/* Mentions and references are many (one for every 50 bytes of news):
 * their offsets and indices are 32 bits, as the tokens' are, and the
 * entity shares a word with the kind (a lede_mention_kind): 16 bytes.
 * The entity stage makes fewer than LEDE__ENT_MAX entities. */
#define LEDE__ENT_MAX ((size_t)1 << 29)
typedef struct {
  lede__span32 span;
  uint32_t block;
  uint32_t entity : 29;
  uint32_t kind : 3;
} lede__mention;
_Static_assert(sizeof(lede__mention) == 16, "mentions are 16 bytes");
_Static_assert(LEDE_MENTION_PRONOUN < 8, "a mention kind fits 3 bits");

/* A temporal expression (dates.c). */
typedef struct {
  lede_span span;
  const char *value; /* NULL if none */
  unsigned char type, gran, anchor;
  size_t block, sent; /* sent: LEDE_NONE outside prose */
} lede__date;
typedef LEDE__VEC(lede__date) lede__date_vec;
/* A quote (quotes.c); absent spans are {0, 0}. A long text has one for
 * every 200 bytes: the byte-sized fields sit together (88 bytes). */
typedef struct {
  lede__span32 content, outer, cue, speaker, ref, org;
  lede__span32 gap; /* the attribution inside a split quote, else {0, 0} */
  const char *lemma; /* static; NULL without a cue */
  uint32_t block;
  unsigned char kind; /* a lede_quote_kind */
  unsigned char via, cls, question;
  size_t entity; /* LEDE_NONE until resolved */
  size_t parent; /* LEDE_NONE for a top-level statement */
} lede__quote;

/* HTML input (html.c): the page's metadata and each block's place in the
 * HTML. */
typedef struct lede__html lede__html;

struct lede_article {
  lede__arena arena;
  /* A stage's working memory, released when the stage ends (the same
   * allocator and failure handler as arena); nothing the article keeps
   * lives there. */
  lede__arena scratch;
  /* The token word memo (tokens.h): from tokenizing to the parse's end */
  lede__arena memo;
  char *text;
  size_t len;
  int borrowed; /* text is the caller's (lede_options.borrow_text) */
  lede__html *html; /* NULL for text input */

  LEDE__VEC(lede__block) blocks;
  LEDE__VEC(lede__sentence) sents;
  LEDE__VEC(lede__author) authors;
  LEDE__VEC(lede__caption) captions;
  LEDE__VEC(size_t) paras; /* block index of each body paragraph */
  LEDE__VEC(lede__token) tokens;
  LEDE__VEC(uint32_t) sent_tok; /* first token of each sentence; n = sents+1 */
  /* The first token at or after each 32 bytes of text (tokens.h), for
   * the offsets below tok_at_lim (the last token's start + 1; 0 without
   * an index) */
  uint16_t *tok_idx;
  uint32_t *tok_base;
  size_t ntok_idx, tok_at_lim;
  /* Each token's sentence (tokens.h): bit i % 64 of tok_sbits[i / 64]
   * is set if token i opens its sentence, and tok_sbase[i / 64] counts
   * the sentences opened before token i / 64 * 64; tok_sent_slow if a
   * sentence has no token, so that counting cannot tell; else
   * tok_sent_popcnt if they are counted by the popcnt instruction */
  uint64_t *tok_sbits;
  uint32_t *tok_sbase;
  int tok_sent_slow, tok_sent_popcnt;
  /* Per token while the stages run: its word-hash entry + 2, 1 for
   * none, 0 not looked up yet (tokens.h); NULL otherwise */
  uint16_t *tok_word;
  /* For a long text, tok_word is a cache: token i in slot i & tok_word_mask
   * if tok_word_tag there is i (tokens.h); else tok_word_tag is NULL and
   * tokens [0, tok_word_n) have a slot each (tok_word_n is tokens.n; 0
   * without tok_word) */
  uint32_t *tok_word_tag;
  size_t tok_word_mask, tok_word_n;
  /* Per token while the stages run, bit i % 64 of q_want[i / 64]: 0 if
   * token i is surely none of the words lede__q_find_verbs asks about
   * (lede__q_want_word), told by the dates stage's look-up of each token
   * (lede__date_fill), which runs first; NULL otherwise. A token that
   * look-up passed over keeps its bit set. */
  uint64_t *q_want;

  lede_span title, standfirst, byline, published_span, dateline, agency;

  /* Entities (entities.c) */
  int keep_ttok;    /* set by lede__parse_keep_ttok (the tagger's trainer) */
  /* set by lede__parse_frames (the frame model's trainer): the frames
   * pass hands it every candidate and adds none */
  lede__frame_sink frame_sink;
  void *frame_ud;
  lede__ttoks *ttok; /* then the tokens the tagger read; else NULL */
  LEDE__VEC(lede__entity) ents;
  LEDE__VEC(lede__mention) ments; /* sorted by start, non-overlapping */
  LEDE__VEC(uint32_t) ent_ments;  /* mention indices, grouped by entity */
  LEDE__VEC(lede_span) ent_aliases; /* grouped by entity */
  /* alias key -> alias index + 1 (0: empty), the first alias in order
   * of entity then alias having that key; mask + 1 slots (entities.c) */
  uint32_t *ent_find;
  size_t ent_find_mask;
  /* mentions and resolved pronouns and descriptions, grouped by entity in
   * text order (quotes.c); empty until then: each an index into ments,
   * or (from ments.n on) into ref_extra, the resolved ones */
  LEDE__VEC(uint32_t) ent_refs;
  lede__mention *ref_extra;

  /* Quotes (quotes.c) */
  LEDE__VEC(lede__quote) quotes;
  uint8_t *quote_verb; /* per token: the code of its speech verb entry in
                        * quote_verb_e (255: a later entry), or 0; NULL
                        * from the pronoun pass (quotes.c S_resolve) on */
  /* the entries the article's verbs have, code c's at c - 1, for the
   * first 254; then those of the tokens whose quote_verb is 255, as
   * token << 16 | entry, in token order: few tokens, so no array of them
   * all */
  LEDE__VEC(uint64_t) quote_verb_e;


  /* Dates (dates.c) */
  lede__date_vec dates;

  char published[11]; /* "YYYY-MM-DD" or "" */
  int published_set;  /* published came from the options */
  int date_order;     /* lede_date_order from the options */
};

/* The references of entity i (< a->ents.n): lede_entity_reference_count
 * without the bound check. Until quotes are resolved, its mentions. */
static inline size_t lede__ent_nrefs(const lede_article *a, size_t i) {
  return a->ent_refs.v ? a->ents.v[i].nrefs : a->ents.v[i].nments;
}

/* Reference j of entity i (j below lede_entity_reference_count): a
 * mention, or a pronoun or description resolved to the entity. */
static inline const lede__mention *lede__ent_ref(const lede_article *a,
                                                 size_t i, size_t j) {
  if (a->ent_refs.v) {
    uint32_t k = a->ent_refs.v[a->ents.v[i].first_ref + j];
    return k < a->ments.n ? &a->ments.v[k] : &a->ref_extra[k - a->ments.n];
  }
  return &a->ments.v[a->ent_ments.v[a->ents.v[i].first_ment + j]];
}

/* lede_parse, with the frames pass (quotes_frames.c) handing every
 * candidate to sink instead of keeping any: for training its model. */
lede_status lede__parse_frames(const char *text, size_t len,
                               const lede_options *opt, lede__frame_sink sink,
                               void *ud, lede_article **out);

/* lede_parse, keeping the tokens the tagger read in a->ttok (for
 * training it; they are working memory otherwise). */
lede_status lede__parse_keep_ttok(const char *text, size_t len,
                                  lede_article **out);

/* ==== Stages, run in this order by lede_parse ========================== */
void lede__layout(lede_article *a);    /* blocks, fields, authors, captions */
/* Nonzero: lede__layout gives every unit all its features, even those no
 * rule asks of a unit past the header (for a test; not thread-safe). */
void lede__layout_all_features(int on);
/* NULL if the layout's word scanner tells U+2000 to U+203F by their bytes
 * as by decoding them (for a test). */
const char *lede__layout_check_wclass(void);
/* s is a byline ("By Jane Smith and Ali Khan"): the article's byline, if
 * it has none, and its authors. */
void lede__add_byline(lede_article *a, lede_span s);
/* The first full calendar date in t[0..n) ("19 Nov 2019 07:09 GMT",
 * "November 19, 2019", "2019-11-19"). */
int lede__find_date(const char *t, size_t n, int *y, int *m, int *d);
/* A dateline opening the trimmed span s ("WASHINGTON (Reuters) -",
 * "LONDON —"): its place, its agency (or an empty span) and where the
 * story resumes (s.end for a dateline alone); 0 when s opens with none. */
int lede__dateline_opening(const char *t, lede_span s, lede_span *place,
                           lede_span *agency, size_t *body);
void lede__sentences(lede_article *a); /* sentences of prose blocks */
void lede__tokenize(lede_article *a);  /* tokens of every sentence */
/* The tokens of sp, made as a sentence's are, into out (room for one a
 * byte), for a block without sentences; returns how many. */
size_t lede__tokenize_span(lede_article *a, lede_span sp, lede__token *out);
/* entities, dates, quotes stages are declared below as they arrive */
void lede__entities(lede_article *a); /* named entities and their mentions */
/* Invariants of the entities (NULL if they hold), for lede_check. */
const char *lede__check_entities(const lede_article *a);
/* For the tests: the tokens the entity stage tells in one segment with
 * the token before by their sentence (S_SG_prev) otherwise than by the
 * two tokens' segments, asked in order, backwards, in strides and back
 * and forth (0). */
long lede__ent_seg_check(lede_article *a);
/* The entity with a mention overlapping [start, end) best (a mention inside
 * the span first, then the longest overlap), or LEDE_NONE. */
size_t lede__entity_at(const lede_article *a, size_t start, size_t end);

void lede__dates(lede_article *a); /* temporal expressions (dates.c) */
const char *lede__check_dates(const lede_article *a);
void lede__quotes(lede_article *a); /* quotes and reported speech */
const char *lede__check_quotes(const lede_article *a);
/* The k-th word (from 0) lede__q_find_verbs asks about by its whole text,
 * ASCII lower case, of *n bytes (no space), or NULL past the last: cue
 * verb forms, cue nouns and adjectives, poll nouns, hearsay adverbs and
 * the few words it names. Besides these it asks about the words of 3 to
 * 8 bytes that lede__q_phrase_first passes. */
const char *lede__q_want_word(size_t k, size_t *n);
/* Can a word of n bytes opening with b0, b1 (ASCII lower case) be a form
 * of a phrase's verb ("take", "see", "raise", "view" ...)? */
static inline int lede__q_phrase_first(unsigned b0, unsigned b1, size_t n) {
  return n >= 3 && n <= 8 &&
         ((b0 == 't' && (b1 == 'a' || b1 == 'o')) ||
          ((b0 == 's' || b0 == 'r') && (b1 == 'e' || b1 == 'a')) ||
          (b0 == 'v' && b1 == 'i'));
}




/* ==== HTML input (html.c) ==============================================
 * Gumbo's memory: chunks tracked in a circular list, so that they can all
 * be freed after an allocation failure unwound out of the parser. */
typedef struct lede__gmem lede__gmem;
struct lede__gmem {
  lede__gmem *prev, *next;
  size_t size;
  size_t pad; /* keeps the payload 16-byte aligned */
};
typedef struct {
  lede__arena *ar; /* its allocator, and where to jump on failure */
  lede__gmem head;
  char *cur;         /* the current chunk's free bytes */
  size_t left, chunk; /* their number; the next chunk's size */
} lede__gumbo_mem;
/* Parse html into a->text, blocks and metadata (the arena's oom handler
 * must be set). Returns 0 if the page is refused as too deeply nested. */
int lede__html_input(lede_article *a, const char *html, size_t len,
                     lede__gumbo_mem *gm);
/* Free what Gumbo still holds. gm zeroed or released: a no-op. */
void lede__gumbo_release(lede__gumbo_mem *gm);

/* ==== Text helpers (utf8.c) ============================================= */
/* Decode the code point at s[i] (i < n); *len gets its byte length (1 for
 * an invalid byte, which decodes as -1). ASCII is decoded inline. */
int32_t lede__cp_slow(const char *s, size_t n, size_t i, size_t *len);
static inline int32_t lede__cp(const char *s, size_t n, size_t i,
                               size_t *len) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  return lede__cp_slow(s, n, i, len);
}
/* Start of the code point before position i (i > 0). */
size_t lede__cp_prev_slow(const char *s, size_t i);
static inline size_t lede__cp_prev(const char *s, size_t i) {
  return (unsigned char)s[i - 1] < 0x80 ? i - 1 : lede__cp_prev_slow(s, i);
}
/* Character classes; ASCII inline, the rest from utf8proc's tables. */
int lede__is_space_u(int32_t c);
int lede__is_letter_u(int32_t c);
int lede__is_upper_u(int32_t c);
int lede__is_lower_u(int32_t c);
int lede__is_digit_u(int32_t c);
static inline int lede__is_space(int32_t c) { /* incl. NBSP */
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return lede__is_space_u(c);
}
static inline int lede__is_letter(int32_t c) { /* L* */
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return lede__is_letter_u(c);
}
static inline int lede__is_upper(int32_t c) { /* Lu, Lt */
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return lede__is_upper_u(c);
}
static inline int lede__is_lower(int32_t c) { /* Ll */
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return lede__is_lower_u(c);
}
static inline int lede__is_digit(int32_t c) { /* Nd */
  if (c < 0x80) return c >= '0' && c <= '9';
  return lede__is_digit_u(c);
}
int lede__is_dash(int32_t c);   /* - – — ― and friends */
/* ASCII lower case of a byte (others as they are): one load a byte. */
extern const unsigned char lede__lower[256];
/* Opening / closing quotation marks. ' and " and ’ are both. */
int lede__is_open_quote(int32_t c);
int lede__is_close_quote(int32_t c);
/* Case-insensitive ASCII compare of s[0..n) and word[0..n). */
int lede__eq_ci_n(const char *s, const char *word, size_t n);
/* Case-insensitive ASCII compare of s[0..n) with a NUL-terminated word.
 * Inline: a literal word's length is known, so most calls end there. */
static inline int lede__eq_ci(const char *s, size_t n, const char *word) {
  return strlen(word) == n && lede__eq_ci_n(s, word, n);
}
/* Trim Unicode white space off both ends of span. Inline: most spans
 * open and end with an ASCII byte that is no space, and are answered by
 * two loads; the rest by lede__trim_slow. */
lede_span lede__trim_slow(const char *s, lede_span sp);
static inline lede_span lede__trim(const char *s, lede_span sp) {
  if (sp.start < sp.end) {
    unsigned char a = (unsigned char)s[sp.start], z = (unsigned char)s[sp.end - 1];
    if (a > ' ' && a < 0x80 && z > ' ' && z < 0x80) return sp;
  }
  return lede__trim_slow(s, sp);
}

/* Parse "YYYY-MM-DD" (first 10 bytes); 1 if it is a real calendar date. */
int lede__parse_iso_date(const char *s, size_t n, int *y, int *m, int *d);
int lede__days_in_month(int y, int m);
/* Month from a name or abbreviation ("March", "Mar", "mar."), 1..12 or 0. */
int lede__month_from_name(const char *s, size_t n);

#endif
