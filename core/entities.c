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
 * binary searches or hashes of short keys, so the cost is linear. */
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
#define S_MAXN 6     /* longest name looked up in headlines, tokens */
#define S_MAXDESC 32 /* descriptions tied to an entity, per article */

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
 * follow them there, past a->tokens.n (S_push_tok), so that token i is
 * shared[i] whichever it is. */
typedef lede__token S_tok;

typedef struct {
  uint32_t t0, t1, block; /* 32 bits, as tokens are (see lede__token) */
  signed char mode;
  signed char where; /* the dateline: it names where the story was filed */
  signed char upper; /* its words in upper case (S_mode), set by S_modes */
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

typedef struct {
  S_slot *v;
  size_t cap, n;
} S_map;

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
 * says whether bit k of val answers "is it in S_lists[k]". */
#define W_CAL (1u << 31)   /* a month or weekday */
#define W_TITLE (1u << 30) /* a title or a title's first word */
#define W_MULTI (1u << 29) /* the first word of a multi-word place or name */
#define W_WORD (1u << 28)  /* word below is looked up */
typedef struct {
  const char *key;
  size_t len;
  uint32_t known, val;
  int32_t gaz; /* gazetteer entry, -1 none, -2 not looked up */
  uint32_t count; /* word tokens with this key and a record when counted
                   * (S_word_count adds those in S_ctx.cnt) */
  uint32_t vote;  /* its place in x->vote (S_votes_at), UINT32_MAX not yet */
  const lede__word *word; /* its entry in the word hash, or NULL */
  uint64_t lists[2]; /* its lists (word->lists), once W_WORD is known */
} S_wrec;
typedef LEDE__VEC(S_wrec) S_wrecs;

/* A key S_word_count counts outside records: its hash (S_hash_fold,
 * low bits), a token that has it (plain: a plain word, its key but for
 * case), how many word tokens have it. */
typedef struct {
  uint32_t h, tok, count;
  unsigned char plain;
} S_cnt;

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

typedef struct {
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
  S_wrecs *recs;          /* per distinct word: cached look-ups */
  S_map *words;           /* word key -> record (hashed by S_hash_fold) */
  int sports;   /* a sports report: clubs are named after towns */
  S_map names;  /* type char + key -> entity */
  S_map ptoks;  /* a person's name word -> entity, or NONE if several */
  unsigned char *tag; /* per token: the tagger's tag (tagger.h) */
  size_t tagcap;      /* its capacity, to give it back */
  unsigned char *seg_title; /* per segment: read by the tagger as a title */
  S_map votes;        /* name key -> index into vote (the tagger's types) */
  LEDE__VEC(uint32_t) vote; /* 6 counts a name: how the tagger typed it */
  int counted;        /* S_wrec.count and cnt are set */
  unsigned char list_ids[L_N]; /* lede__lex_id of each of S_lists */
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
static inline int S_dot(const S_ctx *x, size_t i) { return (x->covered[i] & C_DOT) != 0; }
static inline int S_init(const S_ctx *x, size_t i) { return (x->covered[i] & C_INIT) != 0; }
/* Token i's word record + 1 if remembered, else 0. */
static inline uint32_t S_wid(const S_ctx *x, size_t i) {
  if (i >= x->widlim) return 0;
  size_t k = i & x->widmask;
  return !x->widtag || x->widtag[k] == (uint32_t)i ? x->wid[k] : 0;
}

/* ==== Tokens ============================================================ */

static int S_alnum(int32_t c) {
  return lede__is_letter(c) || lede__is_digit(c);
}

static void S_push_tok(S_ctx *x, size_t s, size_t e, uint32_t seg) {
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
static void S_tokenize(S_ctx *x, lede_span sp, uint32_t seg) {
  const char *t = x->t;
  size_t pos = sp.start, end = sp.end, len, l2;
  while (pos < end) {
    int32_t c = lede__cp(t, end, pos, &len);
    if (lede__is_space(c)) {
      pos += len;
      continue;
    }
    if (!S_alnum(c)) {
      S_push_tok(x, pos, pos + len, seg);
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
        S_push_tok(x, s, p, seg);
        S_push_tok(x, p, pos, seg);
        continue;
      }
    }
    S_push_tok(x, s, pos, seg);
  }
}

/* ==== Keys ==============================================================
 * A look-up key: the words of tokens [i, j) in lower case, one space
 * between them, ’ as ', dots of "U.S." dropped, lone "." tokens skipped.
 * Returns the length, or 0 if it does not fit. */
static size_t S_put_cp(char *buf, size_t n, int32_t c) {
  if (n + 4 >= S_KEY) return 0;
  if (c < 0x80) {
    buf[n] = (char)c;
    return n + 1;
  }
  return n + (size_t)utf8proc_encode_char(c, (utf8proc_uint8_t *)buf + n);
}

static size_t S_key_tok(const S_ctx *x, const S_tok *tk, char *buf, size_t n) {
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

static size_t S_key(const S_ctx *x, size_t i, size_t j, char *buf) {
  size_t n = 0;
  for (size_t k = i; k < j; k++) {
    const S_tok *tk = S_T(x, k);
    if (S_dot(x, k)) continue;
    if (n) {
      if (n + 1 >= S_KEY) return 0;
      buf[n++] = ' ';
    }
    /* A word with a record has its key made: copied, when it fits with
     * room to spare (S_key_tok's checks could not have failed). */
    uint32_t wk = j > i + 1 ? S_wid(x, k) : 0;
    if (wk) {
      const S_wrec *r = &x->recs->v[wk - 1];
      if (n + r->len + 4 < S_KEY) {
        memcpy(buf + n, r->key, r->len);
        n += r->len;
        continue;
      }
    }
    size_t m = S_key_tok(x, tk, buf, n);
    if (!m) return 0;
    n = m;
  }
  return n;
}

/* ==== Look-ups ========================================================== */

/* The place entry of s[0..n), given w = lede__word_find(s, n). */
static const lede__gaz_entry *S_gaz_of(const lede__word *w, const char *s,
                                       size_t n) {
  return w && w->gaz >= 0 && memcmp(w->key, s, n) == 0 ? &lede__gaz[w->gaz]
                                                         : NULL;
}

const lede__gaz_entry *lede__gaz_find(const char *s, size_t n) {
  /* keys match byte for byte */
  return S_gaz_of(lede__word_find(s, n), s, n);
}

static size_t *S_slot_in(lede__arena *ar, S_map *m, const char *k, size_t n,
                         int insert);
static void S_map_grow(lede__arena *ar, S_map *m, size_t cap, int word);

static const lede__lexicon *const S_lists[] = {
    &lede__gaz_common_words, &lede__gaz_first_names, &lede__gaz_top_words,
    &lede__lex_titles,       &lede__lex_roles,       &lede__lex_name_particles,
    &lede__lex_org_words,    &lede__lex_org_of_words, &lede__lex_place_words,
    &lede__lex_place_stop,   &lede__lex_locative_preps, &lede__lex_groups,
    &lede__lex_abbrev_title, &lede__lex_org_heads_lower, &lede__lex_regions,
    &lede__lex_organizations, &lede__lex_agencies,   &lede__lex_event_words};

/* The bit of S_lists[k] in lede__word.lists, plus one (0: not there). */
/* A record's entry in the word hash, looked up once: every list's answer
 * for the word is a bit of it, kept in the record. */
static const lede__word *S_rec_word(S_wrec *r) {
  if (!(r->known & W_WORD)) {
    const lede__word *w = lede__word_find(r->key, r->len);
    r->word = w;
    r->known |= W_WORD;
    if (w) {
      r->lists[0] = w->lists[0];
      r->lists[1] = w->lists[1];
    }
  }
  return r->word;
}

static S_wrec *S_rec_new(const S_ctx *x, size_t i);

/* The record of the word at token i, made on first use; NULL for a dot
 * or a word too long for a key. Records may move when one is added.
 * Asked about a million times a megabyte: the look-up is inline. */
static inline S_wrec *S_rec(const S_ctx *x, size_t i) {
  if (i >= x->widlim) return NULL; /* also before wid[] is made */
  uint32_t w = S_wid(x, i);
  if (w) return &x->recs->v[w - 1];
  return S_rec_new(x, i);
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

/* The words map's hash: bit 5 set in each byte, so that a word and its
 * key (the word in lower case) hash alike. */
static inline uint64_t S_hash_fold(const char *s, size_t n, uint64_t *bits) {
  return S_hash_with(s, n, 0x2020202020202020u, bits);
}

static S_wrec *S_rec_new(const S_ctx *x, size_t i) {
  if (x->covered[i] & C_DOT) return NULL;
  const S_tok *tk = S_T(x, i);
  const char *k = x->t + tk->start;
  size_t n = tk->len;
  char buf[S_KEY];
  /* A plain word (ASCII, not dotted like "U.S.", short enough: its key
   * is itself in lower case) is hashed and compared as it stands,
   * folded; its key is made only for a new record. */
  uint64_t bits;
  uint64_t hv = S_hash_fold(k, n, &bits);
  int plain = !(bits & 0x8080808080808080u) && n < S_KEY && !(n >= 3 && k[1] == '.');
  if (!plain) {
    n = S_key_tok(x, tk, buf, 0);
    if (!n) return NULL;
    k = buf;
    hv = S_hash_fold(k, n, &bits);
  }
  S_map *m = x->words;
  lede__arena *ar = &x->a->scratch;
  if ((m->n + 1) * 2 > m->cap) S_map_grow(ar, m, m->cap ? m->cap * 2 : 64, 1);
  size_t h = (size_t)hv & (m->cap - 1);
  for (; m->v[h].key; h = (h + 1) & (m->cap - 1)) {
    const S_slot *sl = &m->v[h];
    if (sl->len != n) continue;
    size_t j = 0;
    if (plain)
      while (j < n && lede__lower[(unsigned char)k[j]] == (unsigned char)sl->key[j]) j++;
    else if (memcmp(sl->key, k, n) == 0)
      j = n;
    if (j == n) break;
  }
  if (!m->v[h].key) {
    /* A plain word in lower case is its own key, read in the text (keys
     * are read with their length); others are copied, in lower case. */
    size_t up = 0;
    if (plain)
      while (up < n && (unsigned)(unsigned char)k[up] - 'A' >= 26u) up++;
    const char *key = k;
    if (!plain || up < n) {
      char *cp = lede__alloc(ar, n + 1);
      for (size_t j = 0; j < n; j++) cp[j] = (char)lede__lower[(unsigned char)k[j]];
      cp[n] = '\0';
      key = cp;
    }
    m->v[h].key = key;
    m->v[h].len = n;
    m->v[h].val = x->recs->n;
    m->n++;
    S_wrec *r = LEDE__PUSH(ar, *x->recs);
    r->key = key;
    r->len = n;
    r->known = r->val = 0;
    r->gaz = -2;
    r->count = 0;
    r->vote = UINT32_MAX;
    r->lists[0] = r->lists[1] = 0;
  }
  size_t v = m->v[h].val;
  x->wid[i & x->widmask] = (uint32_t)v + 1;
  if (x->widtag) x->widtag[i & x->widmask] = (uint32_t)i;
  return &x->recs->v[v];
}

/* Token i is a dot from here on: it has no record (S_rec_new makes
 * none), so one made for it before is forgotten, as a cache that had
 * already dropped it would make none again. */
static void S_set_dot(S_ctx *x, size_t i) {
  x->covered[i] |= C_DOT;
  if (S_wid(x, i)) x->wid[i & x->widmask] = 0;
}

/* Can a multi-word place, group or known organization start at token i?
 * Most words open none, so longer keys need not be built. The word hash
 * knows the words that open one (a key has no space). */
static int S_multi(const S_ctx *x, size_t i) {
  S_wrec *w = S_rec(x, i);
  if (!w) return 1;
  if (!(w->known & W_MULTI)) {
    w->known |= W_MULTI;
    const lede__word *hw = S_rec_word(w);
    const unsigned id = LEDE__LEX_ID_MULTI_FIRST - 1;
    if (hw && (hw->lists[id / 64] >> (id % 64) & 1)) w->val |= W_MULTI;
  }
  return (w->val & W_MULTI) != 0;
}

/* Is the word of token i (or the words of [i, j)) in list S_lists[k]? */
/* The key of token i: its record's (in *out) or built in buf. */
static size_t S_key1(const S_ctx *x, size_t i, char *buf, const char **out) {
  const S_wrec *w = S_rec(x, i);
  if (w) {
    *out = w->key;
    return w->len;
  }
  *out = buf;
  return S_key(x, i, i + 1, buf);
}

/* S_key, from the record for one token: a record is made once per word,
 * and its key is S_key's (which builds the key a byte at a time). */
static size_t S_key_c(const S_ctx *x, size_t i, size_t j, char *buf) {
  if (j != i + 1) return S_key(x, i, j, buf);
  const char *k;
  size_t n = S_key1(x, i, buf, &k);
  if (k != buf && n) memcpy(buf, k, n);
  return n;
}

static int S_in_slow(int k, const S_ctx *x, size_t i, size_t j);

/* Answered from the word's record once it knows (inline: S_in is asked
 * as often as S_rec). */
static inline int S_in(int k, const S_ctx *x, size_t i, size_t j) {
  if (j == i + 1) {
    S_wrec *r = S_rec(x, i);
    if (r) {
      /* a list in the word hash: the bit of the word's entry */
      unsigned id = x->list_ids[k];
      if (id) {
        if (!(r->known & W_WORD)) S_rec_word(r);
        return (int)(r->lists[(id - 1) / 64] >> ((id - 1) % 64) & 1);
      }
      if (r->known >> k & 1) return (r->val >> k) & 1;
    }
  }
  return S_in_slow(k, x, i, j);
}

static int S_in_slow(int k, const S_ctx *x, size_t i, size_t j) {
  const lede__lexicon *lx = S_lists[k];
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

static int S_word(const S_tok *tk) {
  return (tk->flags & LEDE__T_WORD) && !(tk->flags & LEDE__T_NUM);
}

static int S_capital(const S_tok *tk) {
  return S_word(tk) && (tk->flags & (LEDE__T_CAP | LEDE__T_UPPER));
}

/* Ends in "'s" (a possessive token). */
static int S_poss(const S_ctx *x, const S_tok *tk) {
  size_t n = tk->len;
  const char *s = x->t + tk->start;
  return (n == 2 && s[0] == '\'') || (n == 4 && (unsigned char)s[0] == 0xE2);
}

static inline int S_is(const S_ctx *x, size_t i, const char *w) {
  const S_tok *tk = S_T(x, i);
  return lede__eq_ci(x->t + tk->start, tk->len, w);
}

/* Never part of a name: months and weekdays. */
static int S_calendar_word(const S_ctx *x, size_t i) {
  const S_tok *tk = S_T(x, i);
  size_t n = tk->len;
  const char *s = x->t + tk->start;
  if (n < 3 || n > 9) return 0;
  S_wrec *w = S_rec(x, i);
  if (w && (w->known & W_CAL)) return (w->val & W_CAL) != 0;
  int r = lede__month_from_name(s, n) || lede__lex_has(&lede__lex_weekdays, s, n);
  if (w) {
    w->known |= W_CAL;
    if (r) w->val |= W_CAL;
  }
  return r;
}

/* Asked of a token again and again as runs are cut: kept per token. */
static int S_calendar(const S_ctx *x, size_t i) {
  unsigned char cv = x->covered[i];
  if (cv & C_CALK) return (cv & C_CAL) != 0;
  int r = S_calendar_word(x, i);
  x->covered[i] = (unsigned char)(cv | C_CALK | (r ? C_CAL : 0));
  return r;
}

static int S_common(const S_ctx *x, size_t i) {
  return S_in(L_GAZ_COMMON_WORDS, x, i, i + 1);
}

/* Length in tokens of the longest title starting at token i (before e),
 * whose word is a title's first word. */
static size_t S_title_words(const S_ctx *x, size_t i, size_t e);

static int S_title_head(const S_ctx *x, size_t i);

/* Most words open no title: that answer is cached per word. */
static size_t S_title_len(const S_ctx *x, size_t i, size_t e) {
  S_wrec *w = S_rec(x, i);
  if (w) {
    if (!(w->known & W_TITLE)) {
      w->known |= W_TITLE;
      if (S_title_head(x, i)) S_rec(x, i)->val |= W_TITLE;
    }
    if (!(S_rec(x, i)->val & W_TITLE)) return 0;
  } else if (!S_title_head(x, i)) {
    return 0;
  }
  return S_title_words(x, i, e);
}

/* Is the word at token i a title or the first word of one? One binary
 * search for "word" and "word ..." in the sorted list. */
static int S_title_head(const S_ctx *x, size_t i) {
  char tmp[S_KEY];
  const char *buf = tmp;
  size_t n = S_key1(x, i, tmp, &buf);
  if (!n) return 0;
  const lede__lexicon *lx = &lede__lex_titles;
  /* Among the entries opening with its first byte, when indexed. */
  size_t lo = 0, hi = lx->n;
  if (lx->first) {
    lo = lx->first[(unsigned char)buf[0]];
    hi = lx->first[(unsigned char)buf[0] + 1];
  }
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *w = lx->words[mid];
    size_t k = 0;
    while (k < n && w[k] && w[k] == buf[k]) k++;
    int c = k == n ? 0 : !w[k] ? 1 : (unsigned char)buf[k] < (unsigned char)w[k] ? -1 : 1;
    if (c <= 0) hi = mid;
    else lo = mid + 1;
  }
  /* lo: the first entry not below buf; it opens with buf if any does. */
  for (size_t k = lo; k < lx->n && k < lo + 2; k++) {
    const char *w = lx->words[k];
    if (strncmp(w, buf, n) == 0 && (w[n] == '\0' || w[n] == ' ' || w[n] == '.')) return 1;
  }
  return 0;
}

static size_t S_title_words(const S_ctx *x, size_t i, size_t e) {
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
static uint64_t S_hash(const char *s, size_t n) {
  uint64_t bits;
  return S_hash_with(s, n, 0, &bits);
}

/* Grow m to cap slots (a power of two, more than it has); word: m is the
 * words map, hashed by S_hash_fold. */
static void S_map_grow(lede__arena *ar, S_map *m, size_t cap, int word) {
  size_t vcap = 0;
  S_slot *v = NULL;
  lede__vec_reserve(ar, (void **)&v, &vcap, sizeof *v, cap);
  /* An empty slot is one without a key: its other fields are never read. */
  for (size_t i = 0; i < cap; i++) v[i].key = NULL;
  for (size_t i = 0; i < m->cap; i++)
    if (m->v[i].key) {
      uint64_t bits;
      size_t h = (size_t)(word ? S_hash_fold(m->v[i].key, m->v[i].len, &bits)
                                : S_hash(m->v[i].key, m->v[i].len)) &
                 (cap - 1);
      while (v[h].key) h = (h + 1) & (cap - 1);
      v[h] = m->v[i];
    }
  lede__vec_free(ar, m->v, m->cap, sizeof *m->v);
  m->v = v;
  m->cap = cap;
}

/* k's slot in m (not the words map: S_rec_new), made if insert, or NULL. */
static size_t *S_slot_in(lede__arena *ar, S_map *m, const char *k, size_t n,
                         int insert) {
  if (insert && (m->n + 1) * 2 > m->cap)
    S_map_grow(ar, m, m->cap ? m->cap * 2 : 64, 0);
  if (!m->cap) return NULL;
  size_t h = (size_t)S_hash(k, n) & (m->cap - 1);
  while (m->v[h].key) {
    if (m->v[h].len == n && memcmp(m->v[h].key, k, n) == 0) return &m->v[h].val;
    h = (h + 1) & (m->cap - 1);
  }
  if (!insert) return NULL;
  m->v[h].key = lede__strndup(ar, k, n);
  m->v[h].len = n;
  m->v[h].val = LEDE_NONE;
  m->n++;
  return &m->v[h].val;
}

static size_t *S_map_slot(S_ctx *x, S_map *m, const char *k, size_t n,
                          int insert) {
  return S_slot_in(&x->a->scratch, m, k, n, insert);
}

static const char S_tchar[] = "POLGE";

/* Entity known by type + key, or LEDE_NONE. type < 0: any type. */
static size_t S_lookup(S_ctx *x, int type, const char *key, size_t n) {
  char buf[S_KEY + 1];
  if (n >= S_KEY) return LEDE_NONE;
  memcpy(buf + 1, key, n);
  for (int ty = 0; ty < 5; ty++) {
    if (type >= 0 && ty != type) continue;
    buf[0] = S_tchar[ty];
    size_t *v = S_map_slot(x, &x->names, buf, n + 1, 0);
    if (v && *v != LEDE_NONE) return *v;
  }
  return LEDE_NONE;
}

static size_t S_find(S_ctx *x, size_t e) {
  while (x->ent.v[e].parent != e) e = x->ent.v[e].parent = x->ent.v[x->ent.v[e].parent].parent;
  return e;
}

/* ==== Pass 1: runs of capitalized words ================================= */

static S_ment *S_emit(S_ctx *x, size_t i, size_t j, int type, int how) {
  if (i >= j) return NULL;
  for (size_t k = i; k < j; k++)
    if (x->covered[k] & C_COV) return NULL;
  for (size_t k = i; k < j; k++) x->covered[k] |= C_COV;
  S_ment *m = LEDE__PUSH(&x->a->scratch, x->m);
  memset(m, 0, sizeof *m);
  m->t0 = i;
  m->t1 = j;
  m->block = x->seg.v[S_SG(x, i)].block;
  m->type = type;
  m->how = how;
  m->acr = S_NOACR;
  S_set_ent(m, LEDE_NONE);
  m->tagt = S_NOTAG;
  m->tagw = -1;
  return m;
}

/* A line of a results table ("Chicago 62 72 .463 12", "Barcelona 3
 * Real Madrid 2"): more numbers than words. */
static int S_table(const S_ctx *x, uint32_t seg) {
  const S_seg *sg = &x->seg.v[seg];
  size_t words = 0, nums = 0;
  for (size_t i = sg->t0; i < sg->t1 && i < sg->t0 + 64; i++) {
    const S_tok *tk = S_T(x, i);
    if (tk->flags & LEDE__T_NUM) nums++;
    else if (tk->flags & LEDE__T_WORD) words++;
  }
  return nums >= 2 && nums * 2 >= words;
}

/* A name [i, j) followed by a score in a results table: a team. */
static int S_table_team(const S_ctx *x, size_t i, size_t j) {
  if (j >= S_NT(x) || S_SG(x, j) != S_SG(x, i)) return 0;
  if (!(S_T(x, j)->flags & LEDE__T_NUM)) return 0;
  return S_table(x, S_SG(x, i));
}

/* "WASHINGTON", "VAIL, Colorado" heading a report: a dateline's words
 * name where it was filed, so a place that is also a word or a name
 * ("Reading", "Washington") is a place there, as after "in". */
static int S_dateline_place(const S_ctx *x, size_t i) {
  const S_seg *sg = &x->seg.v[S_SG(x, i)];
  if (!sg->where) return 0;
  return i == sg->t0 || (i > sg->t0 && S_is(x, i - 1, ","));
}

/* A place or group from the gazetteer and the lists, for tokens [i, j).
 * strict: the words must be capitalized where they stand (not a
 * sentence's first word, not a headline) when they are also English words. */
static int S_place_type_raw(const S_ctx *x, size_t i, size_t j, int loose,
                            int *town) {
  char buf[S_KEY];
  const char *key = buf;
  size_t n;
  const lede__gaz_entry *g;
  S_wrec *w = j == i + 1 ? S_rec(x, i) : NULL;
  if (w) {
    /* One word: the answer is cached in its record. */
    if (w->gaz == -2) {
      g = S_gaz_of(S_rec_word(w), w->key, w->len);
      w->gaz = g ? (int32_t)(g - lede__gaz) : -1;
    }
    g = w->gaz >= 0 ? &lede__gaz[w->gaz] : NULL;
    n = w->len;
    key = w->key;
  } else {
    if (!S_multi(x, i)) return -1;
    n = S_key_c(x, i, j, buf);
    if (!n) return -1;
    g = lede__gaz_find(buf, n);
  }
  if (g) {
    const S_tok *tk = S_T(x, i);
    /* "ILO" in running text is an acronym, not the town of Ilo. */
    if (j == i + 1 && (tk->flags & LEDE__T_UPPER) && tk->len <= 4 &&
        !(g->flags & LEDE__GAZ_CODE) && g->kind != LEDE__GAZ_COUNTRY &&
        x->seg.v[S_SG(x, i)].mode == M_NORMAL)
      g = NULL;
  }
  if (g) {
    const S_tok *tk = S_T(x, i);
    if ((g->flags & LEDE__GAZ_CODE) && !(tk->flags & LEDE__T_UPPER) &&
        !memchr(x->t + tk->start, '.', tk->len))
      g = NULL;
    else if ((g->flags & LEDE__GAZ_AMBIG) && !S_dateline_place(x, i) &&
             (!(tk->flags & LEDE__T_CAP) || S_init(x, i) || loose ||
              i == 0 || S_SG(x, i - 1) != S_SG(x, i) ||
              !S_in(L_LEX_LOCATIVE_PREPS, x, i - 1, i)))
      g = NULL;
    /* Clubs are named after towns; national sides stay their country. */
    if (g && g->kind != LEDE__GAZ_DEMONYM && g->kind != LEDE__GAZ_COUNTRY &&
        S_table_team(x, i, j))
      return LEDE_ENTITY_ORGANIZATION;
    if (g) {
      /* Towns and shires, not nations inside a state ("Wales"). */
      *town = g->kind == LEDE__GAZ_CITY ||
              (g->kind == LEDE__GAZ_SUBDIVISION && n > 5 && memcmp(key + n - 5, "shire", 5) == 0);
      return g->kind == LEDE__GAZ_DEMONYM ? LEDE_ENTITY_GROUP : LEDE_ENTITY_PLACE;
    }
  }
  if (w) {
    if (S_in(L_LEX_REGIONS, x, i, j)) return LEDE_ENTITY_PLACE;
    if (S_in(L_LEX_GROUPS, x, i, j)) return LEDE_ENTITY_GROUP;
    return -1;
  }
  if (lede__lex_has(&lede__lex_regions, buf, n)) return LEDE_ENTITY_PLACE;
  if (lede__lex_has(&lede__lex_groups, buf, n)) return LEDE_ENTITY_GROUP;
  return -1;
}

/* Is token i "in", "at", "near" or "outside" in the same sentence? */
static int S_where_prep(const S_ctx *x, size_t i) {
  if (i >= S_NT(x)) return 0;
  const S_tok *tk = S_T(x, i);
  size_t n = tk->len;
  if (n < 2 || n > 7) return 0;
  return S_is(x, i, "in") || S_is(x, i, "at") || S_is(x, i, "near") ||
         S_is(x, i, "outside");
}

/* Token j says the place before it is where or when: "Leeds :" heading
 * results, "LEEDS 1996-08-30" opening a report. */
static int S_venue(const S_ctx *x, size_t j) {
  if (j >= S_NT(x) || S_SG(x, j) != S_SG(x, j - 1)) return 0;
  const S_tok *tk = S_T(x, j);
  const char *s = x->t + tk->start;
  size_t n = tk->len;
  if (n == 1 && (s[0] == ':' || s[0] == '(')) return 1;
  return (tk->flags & LEDE__T_NUM) && n >= 8 && memchr(s, '-', n) != NULL;
}

/* As S_place_type_raw; in a sports report a town or county that is not
 * where something happens ("in Leeds") is a club: "Leeds beat Derby". */
static int S_place_type(const S_ctx *x, size_t i, size_t j, int loose) {
  int town = 0;
  int r = S_place_type_raw(x, i, j, loose, &town);
  if (r == LEDE_ENTITY_PLACE && town && x->sports &&
      x->seg.v[S_SG(x, i)].mode != M_LABEL &&
      !(i > 0 && S_SG(x, i - 1) == S_SG(x, i) && S_where_prep(x, i - 1)) &&
      !S_venue(x, j))
    return LEDE_ENTITY_ORGANIZATION;
  return r;
}

/* A known organization: the list, or a news agency. Short ones (acronyms)
 * only in capitals. */
static int S_known_org(const S_ctx *x, size_t i, size_t j) {
  size_t n;
  if (j == i + 1) {
    if (!S_in(L_LEX_ORGANIZATIONS, x, i, j) && !S_in(L_LEX_AGENCIES, x, i, j))
      return 0;
    const S_wrec *w = S_rec(x, i);
    n = w ? w->len : 0;
  } else {
    if (!S_multi(x, i)) return 0;
    char buf[S_KEY];
    n = S_key_c(x, i, j, buf);
    if (!n) return 0;
    if (!lede__lex_has(&lede__lex_organizations, buf, n) &&
        !lede__lex_has(&lede__lex_agencies, buf, n))
      return 0;
  }
  /* "WHO", "Fed": a short one in capitals, or capitalized inside a
   * sentence ("Who" opening one is a question). */
  const S_tok *tk = S_T(x, i);
  if (j == i + 1 && n <= 4 && !(tk->flags & LEDE__T_UPPER) &&
      (!(tk->flags & LEDE__T_CAP) || S_init(x, i) ||
       x->seg.v[S_SG(x, i)].mode != M_NORMAL))
    return 0;
  return 1;
}

static int S_org_shape(const S_ctx *x, size_t s, size_t e) {
  if (e - s >= 2 && S_in(L_LEX_ORG_WORDS, x, e - 1, e)) return 1;
  if (e - s >= 3 && S_is(x, s + 1, "of") && S_in(L_LEX_ORG_OF_WORDS, x, s, s + 1))
    return 1;
  return 0;
}

/* Tokens [s, e) end in an event word after another capitalized word
 * ("Davis Cup", "Asian Games", "Monaco Grand Prix"). */
static int S_event_shape(const S_ctx *x, size_t s, size_t e) {
  if (e - s < 2 || !S_capital(S_T(x, e - 1)) || !S_capital(S_T(x, e - 2)))
    return 0;
  if (e - s >= 3 && S_in(L_LEX_EVENT_WORDS, x, e - 2, e)) return 1;
  return S_in(L_LEX_EVENT_WORDS, x, e - 1, e);
}

static int S_role_word(const S_ctx *x, size_t i) {
  return S_in(L_LEX_ROLES, x, i, i + 1);
}

static int S_particle(const S_ctx *x, size_t i) {
  return S_in(L_LEX_NAME_PARTICLES, x, i, i + 1);
}

static void S_run(S_ctx *x, size_t s, size_t e, size_t acr, int strict);
static void S_compound(S_ctx *x, size_t i);

/* A capitalized word whose last hyphenated part is lower case:
 * "Ontario-based", "Family-controlled". */
static int S_modifier(const S_ctx *x, size_t i) {
  const S_tok *tk = S_T(x, i);
  const char *t = x->t;
  size_t h = lede__tend(tk);
  while (h > tk->start && t[h - 1] != '-') h--;
  return h > tk->start + 1 && h < lede__tend(tk) && t[h] >= 'a' && t[h] <= 'z';
}
static int S_tok_eq(const S_ctx *x, size_t a, size_t b);

/* Tokens [s, e) before a title: a role ("Chief of Defence Staff", "National
 * Security Advisor", "Commander <org>") or something else to type. */
static void S_prefix(S_ctx *x, size_t s, size_t e, S_ment *person) {
  if (s >= e) return;
  int first = S_role_word(x, s), last = S_role_word(x, e - 1);
  if (!first && !last) {
    S_run(x, s, e, LEDE_NONE, 0);
    return;
  }
  if (person) {
    S_set_role(person, s, e);
  }
  if (first && e - s > 1) {
    size_t k = s + 1;
    if (S_is(x, k, "of")) k++;
    S_run(x, k, e, LEDE_NONE, 1);
  } else if (last && e - s > 1) {
    /* "Pakistani Foreign Minister", "US Secretary": a place or group. */
    for (size_t n = e - 1 - s; n >= 1; n--)
      if (S_place_type(x, s, s + n, 0) >= 0) {
        S_emit(x, s, s + n, S_place_type(x, s, s + n, 0), H_NAME);
        break;
      }
  }
}

/* Tokens [s, e) look like a person's name: two to five capitalized
 * words, none an ordinary word (a first name may be one). */
static int S_person_shape(const S_ctx *x, size_t s, size_t e) {
  if (e - s < 2 || e - s > 5) return 0;
  int first_name = S_in(L_GAZ_FIRST_NAMES, x, s, s + 1);
  int common = 0;
  for (size_t k = s; k < e; k++) {
    if (S_particle(x, k) || (S_dot(x, k)) || S_T(x, k)->len == 1)
      continue;
    if (S_T(x, k)->flags & LEDE__T_UPPER) return 0;
    if (!(S_T(x, k)->flags & LEDE__T_CAP)) return 0;
    if (S_common(x, k) && !(k == s && first_name)) common++;
  }
  return common == 0 || first_name;
}

static S_ment *S_person(S_ctx *x, size_t s, size_t e) {
  while (e > s && S_particle(x, e - 1)) e--;
  return S_emit(x, s, e, LEDE_ENTITY_PERSON, H_NAME);
}

/* Type the run of capitalized tokens [s, e); acr is the token of an
 * acronym defined after it in brackets, or NONE. strict: only what a list
 * or a shape says (inside a role phrase). */
static void S_run(S_ctx *x, size_t s, size_t e, size_t acr, int strict) {
  /* Connectors and dots never open or close a name. */
  while (s < e && (!S_capital(S_T(x, s)) || S_calendar(x, s))) s++;
  while (e > s && (!S_capital(S_T(x, e - 1)) || S_calendar(x, e - 1))) e--;
  if (s >= e) return;
  /* "Ontario-based", "Kremlin-backed": a modifier before the name. */
  if (e - s > 1 && S_modifier(x, s)) {
    S_compound(x, s);
    S_run(x, s + 1, e, acr, strict);
    return;
  }
  /* A sentence's first word, when it is an ordinary word: "Later", "The". */
  if ((S_init(x, s)) && S_T(x, s)->len > 1 &&
      !(e - s > 1 && S_in(L_GAZ_FIRST_NAMES, x, s, s + 1)) &&
      (e - s == 1 ? S_common(x, s) : S_in(L_GAZ_TOP_WORDS, x, s, s + 1)) &&
      !S_title_len(x, s, e) &&
      !S_role_word(x, s) && S_place_type(x, s, e, 0) < 0 && !S_known_org(x, s, e) &&
      S_place_type(x, s, s + 1, 0) < 0 &&
      !(e - s >= 2 && S_org_shape(x, s, e))) {
    S_run(x, s + 1, e, acr, strict);
    return;
  }
  if ((S_is(x, s, "the") || S_is(x, s, "a") || S_is(x, s, "an")) &&
      !(s + 1 < e && (S_dot(x, s + 1)))) {
    if (S_place_type(x, s, e, 0) < 0 && !S_known_org(x, s, e)) {
      S_run(x, s + 1, e, acr, strict);
      return;
    }
  }
  S_ment *m = NULL;
  /* 1. The whole run is a known place, group or organization. */
  int pt = S_place_type(x, s, e, 0);
  if (pt >= 0) {
    m = S_emit(x, s, e, pt, H_NAME);
    if (m) m->sure = S_SURE_GAZ;
  } else if (S_known_org(x, s, e)) {
    m = S_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
    if (m) m->sure = S_SURE_LIST;
  }
  if (m || pt >= 0) {
    if (m && acr != LEDE_NONE) m->acr = acr;
    return;
  }
  /* Events by their last word: "World Cup", "Australian Open". */
  if (S_event_shape(x, s, e)) {
    S_emit(x, s, e, LEDE_ENTITY_EVENT, H_NAME);
    return;
  }
  /* 2. Split at "and" / "&" / "of" unless the run is an organization. */
  int org = S_org_shape(x, s, e);
  for (size_t k = s + 1; k + 1 < e; k++) {
    /* "Douglas & Lomason", "Procter & Gamble": one firm; "Shares of
     * Acme & Co", "Jo Lee of Smith & Sons": the firm is after "of". */
    if (S_is(x, k, "&")) {
      for (size_t q = k - 1; q > s; q--)
        if (S_is(x, q, "of")) {
          S_run(x, s, q, LEDE_NONE, strict);
          S_run(x, q + 1, e, acr, strict);
          return;
        }
      m = S_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
      if (m && acr != LEDE_NONE) m->acr = acr;
      return;
    }
    if (S_is(x, k, "and")) {
      if (org && !S_in(L_LEX_ORG_WORDS, x, k - 1, k)) continue;
      S_run(x, s, k, LEDE_NONE, strict);
      S_run(x, k + 1, e, acr, strict);
      return;
    }
  }
  /* 3. Titles: the last chain of titles with a name after it. */
  size_t cs = LEDE_NONE, ce = 0;
  for (size_t k = s; k < e;) {
    size_t n = S_title_len(x, k, e);
    if (!n) {
      k++;
      continue;
    }
    size_t c0 = k;
    while (k < e && (n = S_title_len(x, k, e)) > 0) k += n;
    if (k < e && !S_is(x, k, "of") && !S_is(x, k, "for") && S_capital(S_T(x, k))) {
      cs = c0;
      ce = k;
    }
  }
  if (cs != LEDE_NONE && !strict) {
    S_ment *p = NULL;
    if (S_place_type(x, ce, e, 0) >= 0 || S_known_org(x, ce, e) || S_org_shape(x, ce, e))
      S_run(x, ce, e, LEDE_NONE, 0);
    else
      p = S_person(x, ce, e);
    if (p) {
      p->sure = S_SURE_LIST;
      S_set_title(p, cs, ce);
      /* "... (CDS) General Ruiz": the acronym names the role holder. */
      if (acr != LEDE_NONE) p->acr = acr;
    }
    S_prefix(x, s, cs, p);
    return;
  }
  /* "Lynn Reaser of Barnett Banks Inc": a person of an organization. */
  for (size_t k = s + 2; k + 1 < e; k++)
    if (S_is(x, k, "of") && S_person_shape(x, s, k) && !S_org_shape(x, s, k)) {
      S_run(x, s, k, LEDE_NONE, strict);
      S_run(x, k + 1, e, acr, strict);
      return;
    }
  /* 4. Organizations by shape. */
  if (org) {
    m = S_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
    if (m && acr != LEDE_NONE) m->acr = acr;
    return;
  }
  /* Places by shape: "Grace Road", "Ellis Park". */
  if (e - s >= 2 && S_in(L_LEX_PLACE_WORDS, x, e - 1, e)) {
    S_emit(x, s, e, LEDE_ENTITY_PLACE, H_NAME);
    return;
  }
  /* 5. "X of Y": a role or title of a place ("Prime Minister of Pakistan"). */
  for (size_t k = s + 1; k + 1 < e; k++)
    if (S_is(x, k, "of") || S_is(x, k, "for")) {
      int role = S_role_word(x, k - 1) || S_role_word(x, s) || S_title_len(x, s, k);
      S_run(x, s, k, LEDE_NONE, strict || role);
      S_run(x, k + 1, e, acr, strict || role);
      return;
    }
  /* A role phrase with no name ("National Security Advisor"). */
  if (S_role_word(x, s) || S_role_word(x, e - 1)) {
    S_prefix(x, s, e, NULL);
    return;
  }
  /* 6. A group or place first: "Kurdish PKK", "Russian Alexei ...";
   * not a first name ("Paul Johnson", "Jordan Henderson"). */
  if (e - s >= 2 && !S_in(L_GAZ_FIRST_NAMES, x, s, s + 1)) {
    for (size_t n = e - s - 1; n >= 1; n--) {
      int t = S_place_type(x, s, s + n, 1);
      if (t < 0) continue;
      /* Then a known name or a person: two things. Else one name
       * built on a place: "New York Yankees", "Moscow Dynamo". */
      if (t == LEDE_ENTITY_GROUP || S_known_org(x, s + n, e) ||
          S_place_type(x, s + n, e, 0) >= 0 || S_person_shape(x, s + n, e)) {
        S_emit(x, s, s + n, t, H_NAME);
        S_run(x, s + n, e, acr, strict);
        return;
      }
      if (strict) return;
      m = S_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
      if (m && acr != LEDE_NONE) m->acr = acr;
      return;
    }
    /* A name ending in a place: "Real Madrid", "Bayer Leverkusen"; not
     * "Eastern Ukraine". */
    int town = 0;
    if (!strict && S_place_type_raw(x, e - 1, e, 1, &town) == LEDE_ENTITY_PLACE &&
        !S_in(L_LEX_PLACE_STOP, x, e - 2, e - 1) && !S_title_len(x, s, e) &&
        !S_person_shape(x, s, e - 1)) {
      m = S_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
      if (m && acr != LEDE_NONE) m->acr = acr;
      return;
    }
  }
  if (strict) return;
  /* An acronym defined for a phrase: "Inter-Services Public Relations". */
  if (acr != LEDE_NONE && e - s >= 2) {
    m = S_emit(x, s, e, LEDE_ENTITY_ORGANIZATION, H_NAME);
    if (m) m->acr = acr;
    return;
  }
  /* 7. People by shape. */
  if (e - s >= 2) {
    if (S_person_shape(x, s, e)) {
      m = S_person(x, s, e);
      if (m && acr != LEDE_NONE) m->acr = acr;
    }
    return;
  }
  /* 8. One word: an acronym, a first name, or unknown till pass 2. */
  if (S_T(x, s)->flags & LEDE__T_UPPER) {
    if (e - s == 1 && S_T(x, s)->len <= 8) {
      m = S_emit(x, s, e, X_UNKNOWN, H_NAME);
      if (m) m->upper_only = 1;
    }
    return;
  }
  if (memchr(x->t + S_T(x, s)->start, '-', S_T(x, s)->len)) {
    size_t before = x->m.n;
    S_compound(x, s);
    if (x->m.n > before) return;
    /* "Bre-X", "Nagorno-Karabakh": a name of its own; not "Kremlin-backed". */
    size_t h = lede__tend(S_T(x, s)), hl;
    while (h > S_T(x, s)->start && x->t[h - 1] != '-') h--;
    if (h == S_T(x, s)->start || h >= lede__tend(S_T(x, s)) ||
        !lede__is_upper(lede__cp(x->t, lede__tend(S_T(x, s)), h, &hl)))
      return;
    x->covered[s] &= (unsigned char)~C_COV;
  }
  if (S_common(x, s) && (S_init(x, s))) return;
  m = S_emit(x, s, e, X_UNKNOWN, H_NAME);
  if (m && acr != LEDE_NONE) m->acr = acr;
}

/* A lower-case hyphenated word with a place or group inside:
 * "intra-Kenyan", "Kenyan-led", "US-backed", "al-Qaeda". */
static void S_compound(S_ctx *x, size_t i) {
  const S_tok *tk = S_T(x, i);
  if ((x->covered[i] & C_COV) || !memchr(x->t + tk->start, '-', tk->len)) return;
  if (S_known_org(x, i, i + 1)) {
    S_emit(x, i, i + 1, LEDE_ENTITY_ORGANIZATION, H_NAME);
    return;
  }
  /* Cut at hyphens into sub-tokens pushed at the end of the token list:
   * mentions then point at them. */
  size_t s = tk->start, end = lede__tend(tk), len;
  uint32_t seg = S_SG(x, i), flags = tk->flags;
  for (size_t p = s; p <= end; p++) {
    if (p < end && x->t[p] != '-') continue;
    if (p > s) {
      int32_t c = lede__cp(x->t, p, s, &len);
      if (lede__is_upper(c) && !(s == tk->start && p == end) && S_NT(x) + 1 < x->maxtok) {
        /* Look the part up through a token of its own. */
        S_push_tok(x, s, p, seg);
        tk = S_T(x, i);
        size_t ti = S_NT(x) - 1;
        int ty = S_place_type(x, ti, ti + 1, 1);
        if (ty >= 0 && (!(flags & LEDE__T_UPPER) || (S_T(x, ti)->flags & LEDE__T_UPPER))) {
          S_ment *m = LEDE__PUSH(&x->a->scratch, x->m);
          memset(m, 0, sizeof *m);
          m->t0 = ti;
          m->t1 = ti + 1;
          m->block = x->seg.v[seg].block;
          m->type = ty;
          m->how = H_NAME;
          m->acr = S_NOACR;
          S_set_ent(m, LEDE_NONE);
          m->tagt = S_NOTAG;
          m->tagw = -1;
        } else {
          x->nextra--;
          x->xseg.n--;
        }
      }
    }
    s = p + 1;
  }
  x->covered[i] |= C_COV;
}

/* "the bank's research arm, the BRI": a description before ", the X". */
static void S_apposition(S_ctx *x, size_t i, S_ment *target, size_t t0) {
  /* i: the comma before "the". */
  if (x->desc.n >= S_MAXDESC || !target) return;
  size_t k = i, lo = t0;
  int words = 0;
  while (k > lo && words < 5) {
    const S_tok *tk = S_T(x, k - 1);
    if (!(tk->flags & LEDE__T_WORD) || (tk->flags & LEDE__T_NUM)) break;
    if ((tk->flags & (LEDE__T_CAP | LEDE__T_UPPER)) && !S_init(x, k - 1))
      return;
    k--;
    words++;
  }
  if (words < 2 || (k > lo && !(S_T(x, k - 1)->flags & LEDE__T_PUNCT))) return;
  if (S_T(x, i - 1)->flags & LEDE__T_CAP) return;
  if (S_poss(x, S_T(x, i - 1))) return;
  /* The same description again adds nothing. */
  for (size_t q = 0; q < x->desc.n; q++) {
    const S_desc *o = &x->desc.v[q];
    if (o->t1 - o->t0 != i - k) continue;
    int eq = 1;
    for (size_t w = 0; w < i - k && eq; w++) eq = S_tok_eq(x, o->t0 + w, k + w);
    if (eq) return;
  }
  S_desc *d = LEDE__PUSH(&x->a->scratch, x->desc);
  d->t0 = k;
  d->t1 = i;
  d->ment = (size_t)(target - x->m.v);
}

static void S_pass1(S_ctx *x, const S_seg *sg) {
  size_t i = sg->t0;
  while (i < sg->t1) {
    if (!S_capital(S_T(x, i))) {
      /* (a hyphen joins two letters or digits: three bytes at least) */
      if (S_word(S_T(x, i)) && S_T(x, i)->len >= 3 &&
          memchr(x->t + S_T(x, i)->start, '-', S_T(x, i)->len))
        S_compound(x, i);
      i++;
      continue;
    }
    if (S_calendar(x, i)) {
      i++;
      continue;
    }
    /* Collect the run. */
    size_t j = i, acr = LEDE_NONE;
    while (j < sg->t1 && j - i < S_RUN) {
      const S_tok *tk = S_T(x, j);
      if (S_capital(tk) && !S_calendar(x, j)) {
        /* "Dr." "Lt. Col.", "M. Waugh": a dot after a title or an
         * initial stays in the run. */
        if (j + 2 < sg->t1 && S_T(x, j + 1)->len == 1 &&
            x->t[S_T(x, j + 1)->start] == '.' && S_capital(S_T(x, j + 2)) &&
            (S_in(L_LEX_TITLES, x, j, j + 1) || tk->len == 1 ||
             S_in(L_LEX_ABBREV_TITLE, x, j, j + 1))) {
          S_set_dot(x, j + 1);
          j += 2;
          continue;
        }
        j++;
        continue;
      }
      /* Lower-case particles and connectors between capitals. */
      if (S_word(tk) && j + 1 < sg->t1 &&
          (S_capital(S_T(x, j + 1)) ||
           (j + 2 < sg->t1 && S_particle(x, j + 1) && S_capital(S_T(x, j + 2)))) &&
          (S_particle(x, j) || S_is(x, j, "of") || S_is(x, j, "for") ||
           S_is(x, j, "and") || S_is(x, j, "&") || S_is(x, j, "al-"))) {
        j++;
        continue;
      }
      if (tk->len == 1 && x->t[tk->start] == '&' && j + 1 < sg->t1 &&
          S_capital(S_T(x, j + 1))) {
        j++;
        continue;
      }
      /* "(CDS)": an acronym defined for what precedes. */
      if (acr == LEDE_NONE && x->t[tk->start] == '(' && j + 2 < sg->t1 &&
          (S_T(x, j + 1)->flags & LEDE__T_UPPER) && x->t[S_T(x, j + 2)->start] == ')') {
        acr = j + 1;
        x->covered[j + 1] |= C_COV;
        if (j + 3 < sg->t1 && S_capital(S_T(x, j + 3))) {
          /* The name goes on after the brackets: keep one run, but type
           * the part before as its own. */
          size_t k = j + 3;
          while (k < sg->t1 && k - j < S_RUN &&
                 ((S_capital(S_T(x, k)) && !S_calendar(x, k)) ||
                  (S_dot(x, k)) ||
                  (S_word(S_T(x, k)) && k + 1 < sg->t1 && S_capital(S_T(x, k + 1)) &&
                   S_particle(x, k))))
            k++;
          /* Titles after the brackets: the part before is a role. */
          if (S_title_len(x, j + 3, k)) {
            S_run(x, j + 3, k, acr, 0);
            S_ment *p = x->m.n ? &x->m.v[x->m.n - 1] : NULL;
            if (p && p->type == LEDE_ENTITY_PERSON && p->t0 > j) {
              if (S_role_word(x, i) || S_role_word(x, j - 1)) {
                S_set_role(p, i, j);
              }
              p->acr = acr;
            } else {
              S_run(x, i, j, acr, 0);
            }
            i = k;
            goto next;
          }
        }
        S_run(x, i, j, acr, 0);
        i = j + 3;
        goto next;
      }
      break;
    }
    S_run(x, i, j, LEDE_NONE, 0);
    /* "..., the BRI,": an apposition. */
    if (j == i + 1 && (S_T(x, i)->flags & LEDE__T_UPPER) && i >= sg->t0 + 2 &&
        S_is(x, i - 1, "the") && x->t[S_T(x, i - 2)->start] == ',' && x->m.n &&
        x->m.v[x->m.n - 1].t0 == i)
      S_apposition(x, i - 2, &x->m.v[x->m.n - 1], sg->t0);
    i = j > i ? j : i + 1;
  next:;
  }
}

/* "the Russian foreign ministry": a demonym, lower-case words, a head. */
static void S_demonym_orgs(S_ctx *x, const S_seg *sg) {
  for (size_t i = sg->t0; i < sg->t1; i++) {
    const S_tok *tk = S_T(x, i);
    if (!(tk->flags & LEDE__T_CAP) || (x->covered[i] & C_COV) || i + 1 >= sg->t1 ||
        !S_word(S_T(x, i + 1)) || (S_T(x, i + 1)->flags & LEDE__T_CAP))
      continue;
    if (S_place_type(x, i, i + 1, 0) != LEDE_ENTITY_GROUP) continue;
    for (size_t k = i + 1; k < sg->t1 && k <= i + 3; k++) {
      const S_tok *w = S_T(x, k);
      if (!S_word(w) || (w->flags & LEDE__T_CAP)) break;
      if (S_in(L_LEX_ORG_HEADS_LOWER, x, k, k + 1)) {
        S_ment *m = S_emit(x, i, k + 1, LEDE_ENTITY_ORGANIZATION, H_NAME);
        if (m) m->sure = S_SURE_LIST;
        break;
      }
    }
  }
}

/* ==== The tagger ========================================================
 * Where the rules guess (an unknown capitalized word, a name typed by its
 * shape alone), the tagger's reading of the sentence decides; what a list,
 * a title or an acronym the text defines says stays. */

/* lede's type for a tagger tag over tokens [s, e). */
static int S_tag_type(const S_ctx *x, int tg, size_t s, size_t e) {
  switch (LEDE__TG_TYPE(tg)) {
  case LEDE__TG_PER: return LEDE_ENTITY_PERSON;
  case LEDE__TG_ORG: return LEDE_ENTITY_ORGANIZATION;
  case LEDE__TG_LOC: return LEDE_ENTITY_PLACE;
  default: break;
  }
  /* Other names: an event by its last word, else a group ("Dutch",
   * "Sunnis", "Nasdaq"). */
  if (S_in(L_LEX_EVENT_WORDS, x, e - 1, e) || S_event_shape(x, s, e)) return LEDE_ENTITY_EVENT;
  return LEDE_ENTITY_GROUP;
}

/* The first tagged token in [i, n), or n. Names are a few tokens in
 * ten: eight tags at a time. */
static inline __attribute__((always_inline)) size_t
S_tag_skip(const unsigned char *tag, size_t i, size_t n) {
  for (uint64_t w; i + 8 <= n; i += 8) {
    memcpy(&w, tag + i, 8);
    if (w) break;
  }
  while (i < n && !tag[i]) i++;
  return i;
}

/* The tagger's next name in [i, t1) of one segment: [*s, *e) and its tag;
 * 0 if none. A name cut by i is taken whole from its start. Asked for
 * every name and mention of a segment: inlined. */
static inline __attribute__((always_inline)) int S_tag_next(const S_ctx *x, size_t i, size_t t0,
                                                           size_t t1, size_t *s,
                      size_t *e, int *tg) {
  if (t1 > x->ntag) t1 = x->ntag;
  i = S_tag_skip(x->tag, i, t1);
  if (i >= t1) return 0;
  int ty = LEDE__TG_TYPE(x->tag[i]);
  size_t a = i;
  while (a > t0 && !LEDE__TG_BEGIN(x->tag[a]) && x->tag[a - 1] &&
         LEDE__TG_TYPE(x->tag[a - 1]) == ty)
    a--;
  size_t b = i + 1;
  while (b < t1 && x->tag[b] && !LEDE__TG_BEGIN(x->tag[b]) &&
         LEDE__TG_TYPE(x->tag[b]) == ty)
    b++;
  *s = a;
  *e = b;
  *tg = x->tag[a];
  return 1;
}

/* A word the gazetteer knows as a place and as an English word ("Split",
 * "Reading"), or one of the commonest English words. */
static int S_gaz_word(const S_ctx *x, size_t i) {
  if (S_in(L_GAZ_TOP_WORDS, x, i, i + 1)) return 1;
  char buf[S_KEY];
  size_t n = S_key_c(x, i, i + 1, buf);
  const lede__gaz_entry *g = n ? lede__gaz_find(buf, n) : NULL;
  return g && (g->flags & LEDE__GAZ_AMBIG);
}

/* "Nice work", "Split the bill": a word the gazetteer knows as a place
 * and as a word is a place only where it allows ("in Nice"); else it is
 * a name only as a short form of one the text gave. */
static int S_tag_doubt(const S_ctx *x, size_t a, size_t b, int ty) {
  if (ty != LEDE_ENTITY_PLACE || b != a + 1 || !S_common(x, a) ||
      (S_T(x, a)->flags & LEDE__T_UPPER))
    return 0;
  char buf[S_KEY];
  size_t n = S_key_c(x, a, b, buf);
  const lede__gaz_entry *g = n ? lede__gaz_find(buf, n) : NULL;
  if (g) return (g->flags & LEDE__GAZ_AMBIG) && S_place_type(x, a, b, 0) < 0;
  /* An English word no gazetteer has: a place where the text puts it
   * ("at the Oval"), not as a modifier ("the Gulf state"). */
  size_t p = a;
  if (p > 0 && S_SG(x, p - 1) == S_SG(x, a) && S_is(x, p - 1, "the")) p--;
  if (p < a && b < S_NT(x) && S_SG(x, b) == S_SG(x, a) && S_word(S_T(x, b)) &&
      !(S_T(x, b)->flags & (LEDE__T_CAP | LEDE__T_UPPER)))
    return 1;
  return !(p > 0 && S_SG(x, p - 1) == S_SG(x, a) &&
           (S_where_prep(x, p - 1) || S_in(L_LEX_LOCATIVE_PREPS, x, p - 1, p)));
}

/* The tagger's names in [t0, t1) where no mention is: one word waits
 * for pass 2 (it may be a short form of a name), longer ones are typed. */
static void S_tag_new(S_ctx *x, size_t t0, size_t t1) {
  size_t s, e;
  int tg;
  for (size_t i = t0; S_tag_next(x, i, t0, t1, &s, &e, &tg); i = e > i ? e : i + 1) {
    size_t a = s, b = e;
    int held = 0;
    for (size_t k = a; k < b; k++) held |= x->covered[k] & (C_COV | C_HELD);
    if (held) continue;
    int ty = S_tag_type(x, tg, a, b);
    if (ty < 0) continue;
    S_ment *m = S_emit(x, a, b, b - a == 1 ? X_UNKNOWN : ty, H_NAME);
    if (!m) continue;
    if (S_tag_doubt(x, a, b, ty)) {
      m->tagt = -1;
    } else if (b - a == 1 && S_init(x, a) && S_common(x, a) &&
               !(S_T(x, a)->flags & LEDE__T_UPPER) && x->seg.v[S_SG(x, a)].mode == M_NORMAL &&
               /* not a line of results: "Arsenal 2 Derby 2" */
               !S_table_team(x, a, b) && S_gaz_word(x, a)) {
      /* A sentence's first word that is also a word and a place ("Split
       * the bill") is a name if the article reads it so elsewhere. */
      m->tagt = -1;
      m->tagw = ty;
    } else {
      m->tagt = ty;
    }
  }
}

/* The tagger's name holds mentions the rules cut smaller ("Real |
 * Madrid", "Organisation | for Security ..."): its name instead, unless a
 * title, role or defined acronym is part of what they found. */
static void S_tag_absorb(S_ctx *x, const S_seg *sg, size_t mb, size_t mn) {
  size_t s, e;
  int tg;
  for (size_t i = sg->t0; S_tag_next(x, i, sg->t0, sg->t1, &s, &e, &tg); i = e > i ? e : i + 1) {
    if (e - s < 2) continue;
    int ok = 1, inside = 0, ty = S_tag_type(x, tg, s, e);
    for (size_t q = mb; q < mn && ok; q++) {
      const S_ment *m = &x->m.v[q];
      if (m->t1 > x->ntag || m->type == X_DROP || m->how != H_NAME) continue;
      if ((m->title0 < S_title1(m) && m->title0 < e && S_title1(m) > s) ||
          (m->role0 < S_role1(m) && m->role0 < e && S_role1(m) > s))
        ok = 0;
      if (m->t0 >= e || m->t1 <= s) continue;
      if (m->t0 < s || m->t1 > e || (m->t0 == s && m->t1 == e) || m->acr != S_NOACR ||
          (m->sure == S_SURE_LIST && m->type != ty))
        ok = 0;
      inside++;
    }
    /* A sentence's first word the rules left out says nothing by its
     * capital: "Shares of Barlow & Finch Co". */
    if (S_init(x, s) && !(x->covered[s] & C_COV)) ok = 0;
    if (!ok || !inside) continue;
    for (size_t q = mb; q < mn; q++) {
      S_ment *m = &x->m.v[q];
      if (m->t1 > x->ntag || m->type == X_DROP || m->how != H_NAME || m->t0 >= e || m->t1 <= s)
        continue;
      m->type = X_DROP;
      for (size_t k = m->t0; k < m->t1; k++) x->covered[k] &= (unsigned char)~C_COV;
    }
  }
}

static size_t S_word_count(S_ctx *x, size_t i);

/* Settle the mentions pass 1 made in segment sg (from mention mb on). */
static void S_tag_seg(S_ctx *x, const S_seg *sg, size_t mb) {
  size_t mn = x->m.n;
  S_tag_absorb(x, sg, mb, mn);
  /* Titles and roles of the names found are no names of their own. */
  for (size_t q = mb; q < mn; q++) {
    const S_ment *m = &x->m.v[q];
    if (m->type == X_DROP) continue;
    for (size_t k = m->title0; k < S_title1(m) && k < x->ntag; k++) x->covered[k] |= C_HELD;
    for (size_t k = m->role0; k < S_role1(m) && k < x->ntag; k++) x->covered[k] |= C_HELD;
  }
  for (size_t q = mb; q < mn; q++) {
    S_ment *m = &x->m.v[q];
    if (m->t1 > x->ntag || m->how != H_NAME || m->type == X_DROP) continue;
    size_t n = 0, fs = 0, fe = 0, s, e;
    int ft = 0, tg;
    for (size_t i = m->t0; i < m->t1 && S_tag_next(x, i, sg->t0, m->t1, &s, &e, &tg); i = e) {
      if (!n) fs = s, fe = e, ft = tg;
      n++;
    }
    if (n == 1 && fe < sg->t1 && x->tag[fe] && !LEDE__TG_BEGIN(x->tag[fe])) {
      /* The tagger's name goes on past the mention. */
      S_tag_next(x, fs, sg->t0, sg->t1, &s, &fe, &tg);
    }
    if (m->type == X_UNKNOWN) {
      m->tagt = n ? S_tag_type(x, ft, fs, fe) : -1;
      if (S_tag_doubt(x, m->t0, m->t1, m->tagt)) m->tagt = -1;
      /* A capitalized word inside a sentence that no list knows, and that
       * the tagger leaves out: in a sports report, a player ("a late burst
       * from Lindqvist"). */
      if (m->tagt < 0 && n == 0 && x->sports && m->t1 == m->t0 + 1 && !S_init(x, m->t0) &&
          !m->upper_only && !S_common(x, m->t0) && S_T(x, m->t0)->len > 1 &&
          S_place_type(x, m->t0, m->t1, 1) < 0 && !S_known_org(x, m->t0, m->t1) &&
          S_word_count(x, m->t0) <= 1)
        m->tagt = LEDE_ENTITY_PERSON;
      continue;
    }
    if (m->sure == S_SURE_LIST || m->acr != S_NOACR || m->title0 < S_title1(m) ||
        m->type == LEDE_ENTITY_EVENT || m->type == LEDE_ENTITY_GROUP)
      continue;
    /* A place from the gazetteer stays one, but for a club named after
     * its town in a sports report. */
    if (m->sure == S_SURE_GAZ && !x->sports) {
      if (n == 1 && fs == m->t0 && fe == m->t1) m->tagt = S_tag_type(x, ft, fs, fe);
      continue;
    }
    if (n == 1 && fs == m->t0 && fe == m->t1) {
      int ty = S_tag_type(x, ft, fs, fe);
      if (ty >= 0) m->type = m->tagt = ty;
      continue;
    }
    if (m->sure) continue;
    /* A guess the tagger reads otherwise: its names instead, if they can
     * stand (not over a title, a role or another name). */
    int free = 1;
    for (size_t i = m->t0; i < m->t1 && S_tag_next(x, i, sg->t0, sg->t1, &s, &e, &tg); i = e)
      for (size_t k = s; k < e; k++)
        if ((x->covered[k] & C_HELD) || ((x->covered[k] & C_COV) && (k < m->t0 || k >= m->t1)) ||
            (k == s && k < m->t0 && S_init(x, k)))
          free = 0;
    if (!free) continue;
    m->type = X_DROP;
    for (size_t k = m->t0; k < m->t1; k++) x->covered[k] &= (unsigned char)~C_COV;
  }
  S_tag_new(x, sg->t0, sg->t1);
}

/* One article, one reading: a name the tagger typed in several ways
 * ("Petofi" a place here, a company there) takes the type it got most. */
/* Slot 5 of a name's votes: how often it follows "in", "at", "near". */
static int S_vote_where(const S_ctx *x, const uint32_t *c) {
  (void)x;
  return c[5] != 0;
}

/* Where a mention's name keeps its votes in x->vote, or LEDE_NONE. */
static size_t S_votes_at(S_ctx *x, const S_ment *m, int add) {
  /* A one-word name's place, once found, is kept with the word's record
   * (whose key is the name's): most names are looked up again and again. */
  S_wrec *r = m->t1 == m->t0 + 1 ? S_rec(x, m->t0) : NULL;
  if (r && r->vote != UINT32_MAX) return r->vote;
  char buf[S_KEY];
  size_t n = S_key_c(x, m->t0, m->t1, buf);
  if (!n) return LEDE_NONE;
  size_t *v = S_map_slot(x, &x->votes, buf, n, add);
  if (!v) return LEDE_NONE;
  if (*v == LEDE_NONE && add) {
    *v = x->vote.n;
    for (int k = 0; k < 6; k++) *LEDE__PUSH(&x->a->scratch, x->vote) = 0;
  }
  if (r && *v != LEDE_NONE && *v < UINT32_MAX) r->vote = (uint32_t)*v;
  return *v;
}

static uint32_t *S_votes_of(S_ctx *x, const S_ment *m, int add) {
  size_t v = S_votes_at(x, m, add);
  return v == LEDE_NONE ? NULL : &x->vote.v[v];
}

static int S_vote_type(const uint32_t *c) {
  int b = 0;
  uint32_t all = c[0];
  for (int k = 1; k < 5; k++) {
    all += c[k];
    if (c[k] > c[b]) b = k;
  }
  return c[b] * 3 > all * 2 ? b : -1; /* a clear majority only */
}

/* The mentions [m0, m1) the tagger typed take their name's majority. */
static void S_vote(S_ctx *x, size_t m0, size_t m1, int count) {
  /* Each mention's place in x->vote, as the count found it (4 bytes a
   * mention, given back at the end), rather than its name looked up
   * again. */
  uint32_t *at = NULL;
  size_t atcap = 0;
  if (count && m1 > m0) {
    lede__vec_reserve(&x->a->scratch, (void **)&at, &atcap, sizeof *at, m1 - m0);
    for (size_t i = m0; i < m1; i++) {
      const S_ment *m = &x->m.v[i];
      at[i - m0] = UINT32_MAX;
      if (m->tagt < 0 || m->type == X_DROP || m->t1 > x->ntag) continue;
      size_t v = S_votes_at(x, m, 1);
      if (v == LEDE_NONE) continue;
      uint32_t *c = &x->vote.v[v];
      if (v < UINT32_MAX) at[i - m0] = (uint32_t)v;
      c[m->tagt]++;
      if (m->t0 > 0 && S_SG(x, m->t0 - 1) == S_SG(x, m->t0) && S_where_prep(x, m->t0 - 1))
        c[5]++;
    }
  }
  for (size_t i = m0; i < m1; i++) {
    S_ment *m = &x->m.v[i];
    if (m->tagt < 0 || m->type == X_DROP || m->t1 > x->ntag) continue;
    uint32_t *c = at && at[i - m0] != UINT32_MAX ? &x->vote.v[at[i - m0]] : S_votes_of(x, m, 0);
    int ty = c ? S_vote_type(c) : -1;
    if (ty < 0) continue;
    if (m->type == m->tagt) m->type = ty;
    /* A town the tagger reads as a club again and again ("Leeds beat
     * Derby"), never where something happens ("in Leeds"). */
    else if (m->sure == S_SURE_GAZ && m->type == LEDE_ENTITY_PLACE &&
             ty == LEDE_ENTITY_ORGANIZATION && c[ty] >= 2 && !S_vote_where(x, c))
      m->type = ty;
    m->tagt = ty;
  }
  lede__vec_free(&x->a->scratch, at, atcap, sizeof *at);
}

/* ==== Pass 2 ============================================================ */

static size_t S_new_ent(S_ctx *x, int type, size_t first) {
  /* a mention holds it in 29 bits (lede__mention) */
  if (x->ent.n + 1 >= LEDE__ENT_MAX) longjmp(*x->a->scratch.oom, 1);
  S_ent *e = LEDE__PUSH(&x->a->scratch, x->ent);
  e->type = type;
  e->parent = x->ent.n - 1;
  e->first = first;
  return x->ent.n - 1;
}

/* The key an entity is filed under: type letter + words; a country's
 * names and codes share one key, and so do a country's demonyms. */
static size_t S_ment_key(S_ctx *x, const S_ment *m, char *buf) {
  size_t n = S_key_c(x, m->t0, m->t1, buf + 1);
  if (!n) return 0;
  buf[0] = S_tchar[m->type];
  if (m->type == LEDE_ENTITY_PLACE || m->type == LEDE_ENTITY_GROUP) {
    const lede__gaz_entry *g = lede__gaz_find(buf + 1, n);
    if (g && (g->kind == LEDE__GAZ_COUNTRY || g->kind == LEDE__GAZ_DEMONYM)) {
      buf[1] = g->kind == LEDE__GAZ_COUNTRY ? '#' : '@';
      buf[2] = (char)('0' + g->country / 100);
      buf[3] = (char)('0' + g->country / 10 % 10);
      buf[4] = (char)('0' + g->country % 10);
      return 5;
    }
  }
  return n + 1;
}

#define S_AMBIG ((size_t)-2)

/* File mention mi under its key, making an entity if the key is new. */
static void S_file(S_ctx *x, size_t mi) {
  char buf[S_KEY + 8];
  S_ment *m = &x->m.v[mi];
  size_t start = S_T(x, m->t0)->start;
  size_t n = S_ment_key(x, m, buf);
  if (!n) {
    S_set_ent(m, S_new_ent(x, m->type, start));
    return;
  }
  size_t *v = S_map_slot(x, &x->names, buf, n, 1);
  if (*v == LEDE_NONE) {
    size_t e = S_new_ent(x, m->type, start);
    v = S_map_slot(x, &x->names, buf, n, 0);
    *v = e;
  }
  S_set_ent(&x->m.v[mi], *v);
}

/* File key (type letter + words of tokens [i, j)) for entity e, unless it
 * names another entity already. */
static void S_alias(S_ctx *x, S_map *map, int type, size_t i, size_t j, size_t e) {
  char buf[S_KEY + 1];
  size_t n = S_key_c(x, i, j, buf + 1);
  if (!n) return;
  buf[0] = S_tchar[type];
  if (map == &x->names && S_lookup(x, -1, buf + 1, n) != LEDE_NONE) return;
  size_t *v = S_map_slot(x, map, buf, n + 1, 1);
  if (*v == LEDE_NONE) *v = e;
  else if (*v != S_AMBIG && S_find(x, *v) != S_find(x, e)) *v = S_AMBIG;
}

static size_t S_acr_lookup(S_ctx *x, S_map *acrs, size_t i) {
  char buf[S_KEY + 1];
  size_t n = S_key_c(x, i, i + 1, buf + 1);
  if (!n) return LEDE_NONE;
  for (int ty = 0; ty < 5; ty++) {
    buf[0] = S_tchar[ty];
    size_t *v = S_map_slot(x, acrs, buf, n + 1, 0);
    if (v && *v != LEDE_NONE && *v != S_AMBIG) return *v;
  }
  return LEDE_NONE;
}

/* The person whose name has the word at token i, if only one has. */
static size_t S_ptok(S_ctx *x, size_t i) {
  char tmp[S_KEY];
  const char *buf;
  size_t n = S_key1(x, i, tmp, &buf);
  if (!n) return LEDE_NONE;
  size_t *v = S_map_slot(x, &x->ptoks, buf, n, 0);
  return v && *v != S_AMBIG ? *v : LEDE_NONE;
}

/* The organization whose multi-word name opens with the word at token i
 * ("Barrick" -> "Barrick Gold Corp"), if only one does. */
static size_t S_otok(S_ctx *x, size_t i) {
  char buf[S_KEY + 1];
  size_t n = S_key_c(x, i, i + 1, buf + 1);
  if (!n) return LEDE_NONE;
  buf[0] = '^';
  size_t *v = S_map_slot(x, &x->ptoks, buf, n + 1, 0);
  return v && *v != S_AMBIG ? *v : LEDE_NONE;
}

static S_ment *S_add(S_ctx *x, size_t i, size_t j, int type, int how, size_t ent) {
  S_ment *m = S_emit(x, i, j, type, how);
  if (m) S_set_ent(m, ent);
  return m;
}

/* ==== One person, one entity ==========================================
 * "De Blasio" and "de Blasio" after "Bill de Blasio": a shorter name whose
 * words (particles compared without case) are all in a longer person's
 * name joins it. The longer name is found by the last word, so the cost
 * stays linear. */

static size_t S_last_word(const S_ctx *x, const S_ment *m) {
  for (size_t k = m->t1; k-- > m->t0;)
    if (!S_particle(x, k) && !S_dot(x, k) && S_word(S_T(x, k))) return k;
  return LEDE_NONE;
}

/* A word the gazetteer knows as a town, not a capital. */
static int S_town_word(const S_ctx *x, size_t i) {
  S_wrec *w = S_rec(x, i);
  return w && w->gaz >= 0 && lede__gaz[w->gaz].kind == LEDE__GAZ_CITY &&
         !(lede__gaz[w->gaz].flags & LEDE__GAZ_CAPITAL);
}

/* "Durham said" after "Ann Durham": one word the gazetteer knows as
 * a town, standing where no place is said to be (not after "in", not a
 * dateline), is the person's surname. */
static int S_town_as_name(const S_ctx *x, const S_ment *m) {
  if (m->type != LEDE_ENTITY_PLACE || m->sure != S_SURE_GAZ || m->t1 != m->t0 + 1 ||
      x->sports || S_dateline_place(x, m->t0))
    return 0;
  if (m->t0 > 0 && S_SG(x, m->t0 - 1) == S_SG(x, m->t0) &&
      (S_where_prep(x, m->t0 - 1) || S_in(L_LEX_LOCATIVE_PREPS, x, m->t0 - 1, m->t0)))
    return 0;
  return S_town_word(x, m->t0);
}

static void S_join_names(S_ctx *x, size_t m1) {
  S_map last = {0};
  for (size_t i = 0; i < m1; i++) {
    const S_ment *m = &x->m.v[i];
    if (m->type != LEDE_ENTITY_PERSON || S_ent_of(m) == LEDE_NONE || m->t1 - m->t0 < 2) continue;
    size_t k = S_last_word(x, m);
    char buf[S_KEY];
    size_t n = k == LEDE_NONE ? 0 : S_key_c(x, k, k + 1, buf);
    if (!n) continue;
    size_t *v = S_map_slot(x, &last, buf, n, 1);
    if (*v == LEDE_NONE) *v = i;
    else if (*v != S_AMBIG) {
      const S_ment *o = &x->m.v[*v];
      if (m->t1 - m->t0 > o->t1 - o->t0) *v = i;
      else if (m->t1 - m->t0 == o->t1 - o->t0 && S_find(x, S_ent_of(o)) != S_find(x, S_ent_of(m)))
        *v = S_AMBIG;
    }
  }
  for (size_t i = 0; i < x->m.n; i++) {
    S_ment *m = &x->m.v[i];
    int town = S_town_as_name(x, m);
    if (m->type != LEDE_ENTITY_PERSON && m->type != X_UNKNOWN && !town) continue;
    if (m->t1 > x->ntag) continue;
    size_t k = S_last_word(x, m);
    char buf[S_KEY];
    size_t n = k == LEDE_NONE ? 0 : S_key_c(x, k, k + 1, buf);
    size_t *v = n ? S_map_slot(x, &last, buf, n, 0) : NULL;
    if (!v || *v == LEDE_NONE || *v == S_AMBIG || *v == i) continue;
    const S_ment *l = &x->m.v[*v];
    if (m->t1 - m->t0 >= l->t1 - l->t0 && m->type == LEDE_ENTITY_PERSON) continue;
    /* Every word of the shorter name is in the longer one. */
    int all = 1;
    for (size_t q = m->t0; q < m->t1 && all; q++) {
      if (S_dot(x, q) || !S_word(S_T(x, q))) continue;
      int found = 0;
      for (size_t r = l->t0; r < l->t1 && !found; r++) found = S_tok_eq(x, q, r);
      all = found;
    }
    if (!all) continue;
    /* "say de Blasio": the particle before the name belongs to it. */
    if (m->t0 > 0 && S_SG(x, m->t0 - 1) == S_SG(x, m->t0) && S_particle(x, m->t0 - 1) &&
        !(x->covered[m->t0 - 1] & C_COV) && m->t0 - 1 < x->ntag) {
      for (size_t r = l->t0 + 1; r < l->t1; r++)
        if (S_tok_eq(x, r, m->t0) && S_tok_eq(x, r - 1, m->t0 - 1)) {
          m->t0--;
          x->covered[m->t0] |= C_COV;
          break;
        }
    }
    if (m->type == X_UNKNOWN || town) {
      m->type = LEDE_ENTITY_PERSON;
      S_set_ent(m, S_ent_of(l));
    } else if (S_find(x, S_ent_of(m)) != S_find(x, S_ent_of(l))) {
      x->ent.v[S_find(x, S_ent_of(m))].parent = S_find(x, S_ent_of(l));
    }
  }
}

/* Headlines, datelines, credits: only what is known. */
static void S_scan_known(S_ctx *x, const S_seg *sg) {
  int loose = sg->mode == M_HEADLINE;
  for (size_t i = sg->t0; i < sg->t1; i++) {
    if (x->covered[i] & C_COV) continue;
    if (!S_capital(S_T(x, i))) {
      /* (a hyphen joins two letters or digits: three bytes at least) */
      if (S_word(S_T(x, i)) && S_T(x, i)->len >= 3 &&
          memchr(x->t + S_T(x, i)->start, '-', S_T(x, i)->len))
        S_compound(x, i);
      continue;
    }
    if (S_calendar(x, i)) continue;
    int done = 0;
    size_t maxn = sg->t1 - i < S_MAXN ? sg->t1 - i : S_MAXN;
    for (size_t n = maxn; n >= 1 && !done; n--) {
      size_t j = i + n;
      if (!S_capital(S_T(x, j - 1))) continue;
      int ok = 1;
      for (size_t k = i; k < j; k++)
        if (!S_capital(S_T(x, k)) && !S_particle(x, k) && !S_is(x, k, "of")) ok = 0;
      if (!ok) continue;
      char buf[S_KEY];
      size_t kn = S_key_c(x, i, j, buf);
      if (!kn) continue;
      size_t e = S_lookup(x, -1, buf, kn);
      int town = 0;
      /* "LEEDS 1996-08-30" heading a report: the place, not the club. */
      if ((S_venue(x, j) || S_dateline_place(x, i)) &&
          S_place_type_raw(x, i, j, loose, &town) == LEDE_ENTITY_PLACE)
        e = S_lookup(x, LEDE_ENTITY_PLACE, buf, kn);
      if (e != LEDE_NONE && e != S_AMBIG && x->ent.v[S_find(x, e)].type == LEDE_ENTITY_PLACE &&
          S_table_team(x, i, j))
        e = S_lookup(x, LEDE_ENTITY_ORGANIZATION, buf, kn);
      if (e != LEDE_NONE && e != S_AMBIG) {
        S_add(x, i, j, x->ent.v[S_find(x, e)].type, H_NAME, e);
        done = 1;
        break;
      }
      /* "Durham Hits Back": the surname of the article's person. */
      if (n == 1 && S_town_word(x, i) && S_ptok(x, i) != LEDE_NONE && !S_venue(x, j) &&
          !S_dateline_place(x, i))
        break;
      int pt = S_place_type(x, i, j, loose);
      if (pt >= 0) {
        S_add(x, i, j, pt, H_NAME, LEDE_NONE);
        done = 1;
      } else if (S_known_org(x, i, j)) {
        S_add(x, i, j, LEDE_ENTITY_ORGANIZATION, H_NAME, LEDE_NONE);
        done = 1;
      } else if (sg->mode != M_LABEL && n <= 3 && S_event_shape(x, i, j) &&
                 !S_poss(x, S_T(x, j - 2)) && !S_in(L_LEX_LOCATIVE_PREPS, x, i, i + 1) &&
                 !S_is(x, i, "the") && !S_is(x, i, "of") && !S_is(x, i, "and") &&
                 !S_is(x, j - 1, "open") && !S_is(x, j - 1, "tour")) {
        /* "WORLD CUP", "DAVIS CUP"; not "Markets Open" (a headline's
         * verbs), "FRIDAY 'S GAMES" or "SPAIN BEAT ITALY IN WORLD CUP". */
        S_add(x, i, j, LEDE_ENTITY_EVENT, H_NAME, LEDE_NONE);
        done = 1;
      }
    }
    if (done) continue;
    if (S_T(x, i)->flags & LEDE__T_UPPER) {
      size_t e = S_acr_lookup(x, &x->names, i);
      if (e != LEDE_NONE) {
        S_add(x, i, i + 1, x->ent.v[S_find(x, e)].type, H_ACR, e);
        continue;
      }
    }
    /* "Gen Ruiz": a title and one name word. */
    size_t tl = S_title_len(x, i, sg->t1);
    if (tl && i + tl < sg->t1 && S_capital(S_T(x, i + tl)) && !S_calendar(x, i + tl)) {
      size_t k = i + tl;
      size_t e = S_ptok(x, k);
      /* "Senator Hits Back": in a title-case headline an ordinary word
       * after a title is no name unless the article gave it one. */
      if (e == LEDE_NONE && loose && S_common(x, k)) {
        i = k;
        continue;
      }
      S_ment *m = S_add(x, k, k + 1, LEDE_ENTITY_PERSON, H_NAME, e);
      if (m) {
        S_set_title(m, i, k);
      }
      i = k;
      continue;
    }
    size_t e = S_ptok(x, i);
    if (e != LEDE_NONE) S_add(x, i, i + 1, LEDE_ENTITY_PERSON, H_NAME, e);
  }
}

static int S_tok_eq(const S_ctx *x, size_t a, size_t b) {
  /* Words with records are equal when their records are. */
  uint32_t wa = S_wid(x, a), wb = S_wid(x, b);
  if (wa && wb) return wa == wb;
  const S_tok *ta = S_T(x, a), *tb = S_T(x, b);
  unsigned char ca = (unsigned char)x->t[ta->start], cb = (unsigned char)x->t[tb->start];
  /* Cheap refusals first, where the keys must differ: ASCII first
   * letters, or ASCII-only lengths unless a word may drop its dots
   * ("U.N." and "Un" are one key, as their records would say). */
  if (ca < 0x80 && cb < 0x80 && (ca | 0x20) != (cb | 0x20)) return 0;
  if (ta->len != tb->len && !(ta->len >= 3 && x->t[ta->start + 1] == '.') &&
      !(tb->len >= 3 && x->t[tb->start + 1] == '.')) {
    int ascii = 1;
    for (size_t i = ta->start; i < lede__tend(ta) && ascii; i++) ascii = (unsigned char)x->t[i] < 0x80;
    for (size_t i = tb->start; i < lede__tend(tb) && ascii; i++) ascii = (unsigned char)x->t[i] < 0x80;
    if (ascii) return 0;
  }
  char ka[S_KEY], kb[S_KEY];
  size_t na = S_key_c(x, a, a + 1, ka), nb = S_key_c(x, b, b + 1, kb);
  return na && na == nb && memcmp(ka, kb, na) == 0;
}

/* Occurrences of the descriptions tied to entities. */
static void S_scan_desc(S_ctx *x) {
  for (size_t d = 0; d < x->desc.n; d++) {
    S_desc dd = x->desc.v[d];
    size_t len = dd.t1 - dd.t0;
    size_t ent = S_ent_of(&x->m.v[dd.ment]);
    if (ent == LEDE_NONE) continue;
    char k0[S_KEY];
    size_t n0 = S_key_c(x, dd.t0, dd.t0 + 1, k0);
    if (!n0) continue;
    for (size_t s = 0; s < x->seg.n; s++) {
      const S_seg *sg = &x->seg.v[s];
      if (sg->mode == M_LABEL) continue;
      for (size_t i = sg->t0; i + len <= sg->t1; i++) {
        if (i == dd.t0 || (x->covered[i] & C_COV)) continue;
        const S_tok *tk = S_T(x, i);
        if (tk->len != S_T(x, dd.t0)->len &&
            !(tk->flags & LEDE__T_WORD))
          continue;
        int eq = 1;
        for (size_t k = 0; k < len && eq; k++) eq = S_tok_eq(x, i + k, dd.t0 + k);
        if (eq) S_add(x, i, i + len, x->ent.v[S_find(x, ent)].type, H_DESC, ent);
      }
    }
  }
}

/* Does the space-framed list of words hold w (" w ", n bytes)? */
static int S_has_word(const char *list, const char *w, size_t n) {
  size_t ln = strlen(list);
  for (size_t i = 0; i + n <= ln; i++)
    if (list[i] == ' ' && memcmp(list + i, w, n) == 0) return 1;
  return 0;
}

/* "the defence chief" after "Chief of Defence Staff ... General X": lower-case
 * words all found in one named person's role or title. */
static void S_scan_roles(S_ctx *x) {
  /* At most one person per bit of a size_t (minus the NONE pattern). */
  enum { MAXR = sizeof(size_t) * 8 - 1 };
  size_t roled[MAXR], nr = 0;
  S_map memo = {0};
  for (size_t i = 0; i < x->m.n && nr < MAXR; i++) {
    const S_ment *m = &x->m.v[i];
    if (m->type == LEDE_ENTITY_PERSON && S_ent_of(m) != LEDE_NONE &&
        (S_role1(m) > m->role0 || S_title1(m) > m->title0))
      roled[nr++] = i;
  }
  if (!nr) return;
  /* Each one's role and title words, as " w1 w2 ... " */
  char *words[MAXR];
  for (size_t r = 0; r < nr; r++) {
    const S_ment *m = &x->m.v[roled[r]];
    char buf[S_KEY + 2];
    size_t n = S_key_c(x, m->role0, S_role1(m), buf + 1), n2 = 0;
    char buf2[S_KEY + 2];
    if (S_title1(m) > m->title0) n2 = S_key_c(x, m->title0, S_title1(m), buf2);
    words[r] = NULL;
    if (n + n2 + 4 > S_KEY) continue;
    buf[0] = ' ';
    buf[n + 1] = ' ';
    memcpy(buf + n + 2, buf2, n2);
    buf[n + 2 + n2] = ' ';
    words[r] = lede__strndup(&x->a->scratch, buf, n + n2 + 3);
  }
  for (size_t s = 0; s < x->seg.n; s++) {
    const S_seg *sg = &x->seg.v[s];
    if (sg->mode != M_NORMAL) continue;
    for (size_t i = sg->t0; i + 1 < sg->t1; i++) {
      if (!S_is(x, i, "the")) continue;
      size_t k = i + 1;
      while (k < sg->t1 && k <= i + 3 && S_word(S_T(x, k)) &&
             !(S_T(x, k)->flags & (LEDE__T_CAP | LEDE__T_UPPER)) && !S_role_word(x, k))
        k++;
      if (k >= sg->t1 || k > i + 3 || !S_role_word(x, k) ||
          (S_T(x, k)->flags & (LEDE__T_CAP | LEDE__T_UPPER)) ||
          (x->covered[k] & C_COV))
        continue;
      /* Not "the chief executive of ...": the role word ends the phrase. */
      if (k + 1 < sg->t1 && S_word(S_T(x, k + 1)) &&
          !(S_T(x, k + 1)->flags & (LEDE__T_CAP | LEDE__T_UPPER)) &&
          (S_is(x, k + 1, "of") || S_role_word(x, k + 1)))
        continue;
      size_t found = LEDE_NONE;
      int many = 0;
      char wk[4][S_KEY + 2];
      size_t wn[4], nw = 0;
      for (size_t w = i + 1; w <= k && nw < 4; w++, nw++) {
        size_t n = S_key_c(x, w, w + 1, wk[nw] + 1);
        if (!n) break;
        wk[nw][0] = ' ';
        wk[nw][n + 1] = ' ';
        wn[nw] = n + 2;
      }
      if (nw != k - i) continue;
      /* Which people the phrase fits, once per distinct phrase: a bit
       * mask over roled[], so repeats cost no more look-ups. */
      char pk[4 * (S_KEY + 2)];
      size_t pn = 0;
      for (size_t w = 0; w < nw; w++) {
        memcpy(pk + pn, wk[w], wn[w]);
        pn += wn[w];
      }
      size_t *fit = S_map_slot(x, &memo, pk, pn, 1);
      if (*fit == LEDE_NONE) {
        size_t mask = 0;
        for (size_t r = 0; r < nr; r++) {
          int all = words[r] != NULL;
          for (size_t w = 0; w < nw && all; w++)
            all = S_has_word(words[r], wk[w], wn[w]);
          if (all) mask |= (size_t)1 << r;
        }
        fit = S_map_slot(x, &memo, pk, pn, 0);
        *fit = mask;
      }
      size_t mask = *fit;
      for (size_t r = 0; r < nr && !many && mask; r++) {
        if (!((mask >> r) & 1)) continue;
        const S_ment *m = &x->m.v[roled[r]];
        if (S_T(x, m->t0)->start >= S_T(x, i)->start) continue;
        size_t root = S_find(x, S_ent_of(m));
        if (found == LEDE_NONE) found = root;
        else if (found != root) many = 1;
      }
      if (found != LEDE_NONE && !many)
        S_add(x, i + 1, k + 1, LEDE_ENTITY_PERSON, H_ROLE, found);
    }
  }
}

/* Headline case: mostly capitals ("BASEBALL - RESULTS"). Capitalized
 * ordinary words alone ("Gen Ruiz Holds Talks") do not make a headline:
 * the page's title is read as one anyway, and lists of names and results
 * lines in prose look the same. */
static int S_mode(const S_ctx *x, size_t t0, size_t t1) {
  size_t words = 0, upper = 0;
  for (size_t i = t0; i < t1; i++) {
    const S_tok *tk = S_T(x, i);
    if (!S_word(tk)) continue;
    words++;
    if (tk->flags & LEDE__T_UPPER) upper++;
  }
  return upper && upper * 10 >= words * 7 ? M_HEADLINE : M_NORMAL;
}

/* A segment of tokens [t0, t1); its mode is settled by S_modes. */
static void S_add_seg(S_ctx *x, size_t t0, size_t t1, size_t block, int mode) {
  S_seg *sg = LEDE__PUSH(&x->a->scratch, x->seg);
  sg->t0 = t0;
  sg->t1 = t1;
  sg->block = block;
  sg->mode = mode;
  sg->where = 0;
  sg->upper = 0;
}

/* A furniture line: its own tokens, a segment of their own. */
static void S_add_line(S_ctx *x, lede_span sp, size_t block, int mode) {
  size_t t0 = S_NT(x);
  S_tokenize(x, sp, (uint32_t)x->seg.n);
  if (S_NT(x) == t0) return;
  S_add_seg(x, t0, S_NT(x), block, mode);
}

/* Sentences first (their tokens are shared), then furniture lines:
 * titles, standfirst, captions and body by sentence; date and other
 * lines, related links, the dateline and credits as lines. */
static void S_segments(S_ctx *x) {
  lede_article *a = x->a;
  /* Grown by LEDE__PUSH only: large vectors live apart from the arena. */
  for (size_t s = 0; s < a->sents.n; s++) *LEDE__PUSH(&a->scratch, x->segof) = 0;
  for (size_t b = 0; b < a->blocks.n; b++) {
    const lede__block *bl = &a->blocks.v[b];
    for (size_t s = bl->first_sent; s < bl->first_sent + bl->nsents; s++) {
      size_t t0 = a->sent_tok.v[s], t1 = a->sent_tok.v[s + 1];
      if (t1 == t0) continue;
      x->segof.v[s] = (uint32_t)x->seg.n;
      S_add_seg(x, t0, t1, b, bl->part == LEDE_PART_TITLE ? M_HEADLINE : M_NORMAL);
    }
  }
  int dateline_done = 0;
  size_t c = 0; /* captions come in block order: one pass over them */
  for (size_t b = 0; b < a->blocks.n; b++) {
    const lede__block *bl = &a->blocks.v[b];
    /* "LONDON 1996-08-30": furniture lines may name a place. */
    if (bl->part == LEDE_PART_DATE || bl->part == LEDE_PART_OTHER)
      S_add_line(x, lede__s64(bl->span), b, M_LABEL);
    if (bl->part == LEDE_PART_RELATED) S_add_line(x, lede__s64(bl->span), b, M_HEADLINE);
    lede_span d = a->dateline;
    if (!dateline_done && d.end > d.start && d.start >= bl->span.start &&
        d.end <= bl->span.end) {
      size_t n0 = x->seg.n;
      S_add_line(x, d, b, M_LABEL);
      if (x->seg.n > n0) x->seg.v[n0].where = 1;
      dateline_done = 1;
    }
    for (; c < a->captions.n && a->captions.v[c].block <= b; c++) {
      lede_span cr = a->captions.v[c].credit;
      if (a->captions.v[c].block != b || cr.end <= cr.start) continue;
      S_add_line(x, cr, b, M_LABEL);
    }
  }
}

/* Mark each segment's first word and settle prose or headline case. */
static void S_modes(S_ctx *x) {
  for (size_t s = 0; s < x->seg.n; s++) {
    S_seg *sg = &x->seg.v[s];
    for (size_t i = sg->t0; i < sg->t1; i++)
      if (S_T(x, i)->flags & LEDE__T_WORD) {
        if (sg->mode != M_LABEL) x->covered[i] |= C_INIT;
        break;
      }
    if (sg->mode == M_LABEL) continue;
    /* (the tagger asks it again: it is kept) */
    int m = S_mode(x, sg->t0, sg->t1);
    sg->upper = m == M_HEADLINE;
    if (sg->mode == M_NORMAL) sg->mode = (signed char)m;
  }
}

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
 * what else is equal): merging runs that double, the comparison inline,
 * and two runs already in order copied as they are (the mentions come
 * mostly in order, pass by pass). */
static void S_sort_spans(lede__arena *ar, lede__mention *v, size_t n) {
  if (n < 2) return;
  lede__mention *buf = lede__alloc(ar, lede__mul(ar, n, sizeof *buf));
  lede__mention *src = v, *dst = buf;
  for (size_t w = 1; w < n; w *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * w) {
      size_t mid = n - lo > w ? lo + w : n;
      size_t hi = n - mid > w ? mid + w : n;
      size_t i = lo, j = mid, k = lo;
      if (mid < hi && S_cmp_span_src(&src[mid - 1], &src[mid]) > 0) {
        while (i < mid && j < hi)
          dst[k++] = S_cmp_span_src(&src[j], &src[i]) < 0 ? src[j++] : src[i++];
      }
      if (i < mid) memcpy(dst + k, src + i, (mid - i) * sizeof *v), k += mid - i;
      if (j < hi) memcpy(dst + k, src + j, (hi - j) * sizeof *v);
    }
    lede__mention *t = src;
    src = dst;
    dst = t;
  }
  if (src != v) memcpy(v, src, n * sizeof *v);
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
  size_t o = 0, len;
  int space = 0;
  for (size_t i = 0; i < n; i += len) {
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

static void S_finish(S_ctx *x) {
  lede_article *a = x->a;
  /* Mentions with an entity, by position, without overlaps. Only those
   * are read from here: the others give their room back before the
   * article's mentions are made. */
  size_t w = 0;
  for (size_t i = 0; i < x->m.n; i++) {
    size_t e = S_ent_of(&x->m.v[i]);
    if (e != LEDE_NONE && e != S_AMBIG) x->m.v[w++] = x->m.v[i];
  }
  x->m.n = w;
  if (!w) return;
  /* (the sort below holds each one's index in a mention's entity) */
  if (w >= LEDE__ENT_MAX) longjmp(*a->arena.oom, 1);
  lede__vec_shrink(&a->scratch, (void **)&x->m.v, &x->m.cap, sizeof *x->m.v, w);
  /* Spans to sort, with the mention each comes from, made in the
   * article's mentions; the rest of a mention is made once it is kept. */
  lede__vec_reserve(&a->arena, (void **)&a->ments.v, &a->ments.cap,
                    sizeof *a->ments.v, w);
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
  /* Renumber entities by first mention. */
  size_t *num = lede__alloc(&a->scratch, lede__mul(&a->scratch, x->ent.n, sizeof *num));
  for (size_t i = 0; i < x->ent.n; i++) num[i] = LEDE_NONE;
  size_t prev_end = 0, kept = 0;
  for (size_t i = 0; i < n; i++) {
    if (tmp[i].span.start < prev_end) continue;
    prev_end = tmp[i].span.end;
    tmp[kept++] = tmp[i];
  }
  n = kept;
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
  /* Mentions grouped by entity (counting sort). */
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
  /* Name, title, role: from the source mentions. */
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
  /* Acronyms the text defined ("(CDS)"), one per entity. */
  lede_span *acrs = lede__calloc(&a->scratch, lede__mul(&a->scratch, ne, sizeof *acrs));
  for (size_t i = 0; i < n; i++) {
    const S_ment *m = &x->m.v[src[i]];
    if (m->acr != S_NOACR && acrs[a->ments.v[i].entity].end == 0)
      acrs[a->ments.v[i].entity] = S_tspan(x, m->acr, m->acr + 1);
  }
  /* Aliases: name, then distinct mention texts, acronyms, roles. */
  S_map seen = {0};
  for (size_t e = 0; e < ne; e++) {
    lede__entity *en = &a->ents.v[e];
    en->first_alias = a->ent_aliases.n;
    lede_span cand_name = en->name;
    /* The last few texts read for this entity: the same bytes again
     * ("Smith" said ... Smith) have the same key, answered before. */
    lede_span recent[4] = {{0, 0}, {0, 0}, {0, 0}, {0, 0}};
    size_t nrecent = 0;
    for (size_t j = 0; j <= en->nments + 2; j++) {
      lede_span sp;
      if (j == 0) sp = cand_name;
      else if (j <= en->nments) sp = lede__s64(a->ments.v[a->ent_ments.v[en->first_ment + j - 1]].span);
      else if (j == en->nments + 1) sp = en->role;
      else sp = acrs[e];
      if (sp.end <= sp.start) continue;
      size_t len = sp.end - sp.start, r = 0;
      while (r < 4 && !(recent[r].end - recent[r].start == len &&
                        memcmp(a->text + recent[r].start, a->text + sp.start, len) == 0))
        r++;
      if (r < 4) continue;
      recent[nrecent++ & 3] = sp;
      char buf[S_KEY + 16];
      size_t kn = S_key_str(a->text + sp.start, sp.end - sp.start, buf + sizeof(size_t));
      if (!kn) continue;
      memcpy(buf, &e, sizeof(size_t));
      size_t *v = S_map_slot(x, &seen, buf, kn + sizeof(size_t), 1);
      if (*v != LEDE_NONE) continue;
      *v = e;
      *LEDE__PUSH(&a->arena, a->ent_aliases) = sp;
      en->naliases++;
    }
  }
}

/* A place name that is also a first name or a word, capitalized inside
 * a sentence and not an ordinary word. */
static int S_gaz_ambig_place(const S_ctx *x, size_t i) {
  char buf[S_KEY];
  size_t n = S_key_c(x, i, i + 1, buf);
  if (!n || S_common(x, i)) return 0;
  const lede__gaz_entry *g = lede__gaz_find(buf, n);
  return g && (g->flags & LEDE__GAZ_AMBIG) && g->kind != LEDE__GAZ_DEMONYM &&
         (S_T(x, i)->flags & LEDE__T_CAP) && !(S_init(x, i));
}

/* Token j is a score ("3-1", "42-36") in the same sentence. */
static int S_score(const S_ctx *x, size_t j) {
  if (j >= S_NT(x) || S_SG(x, j) != S_SG(x, j - 1)) return 0;
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

/* Is k[0..n) (a key, or a plain word: S_rec_new) token a's key but
 * for ASCII case? plain_a: token a is a plain word. */
static int S_tok_key_eq(const S_ctx *x, size_t a, int plain_a, const char *k,
                        size_t n) {
  const S_tok *ta = S_T(x, a);
  const char *s = x->t + ta->start;
  size_t m = ta->len;
  char buf[S_KEY];
  if (!plain_a) {
    m = S_key_tok(x, ta, buf, 0);
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
    n = S_key_tok(x, tk, buf, 0);
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

/* How often the word of token i appears in the article, in any case
 * (counted once for all words, on first use). A word's record stands
 * for its key (a dot, the one token without a record, is no word): a
 * word token with a record then counts in it, one without in the
 * counts by key, which records made later add to theirs. */
static size_t S_word_count(S_ctx *x, size_t i) {
  if (!x->counted) {
    x->counted = 1;
    x->cntmask = 63;
    x->cnt = S_cnt_new(&x->a->scratch, x->cntmask + 1);
    for (size_t k = 0; k < x->ntag; k++) {
      if (!S_word(S_T(x, k)) || S_dot(x, k)) continue;
      uint32_t w = S_wid(x, k);
      if (w) x->recs->v[w - 1].count++;
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

/* Resolve a one-word mention whose type pass 1 left open. */
static void S_resolve(S_ctx *x, S_map *acrs, size_t mi, int unknown_default) {
  S_ment *m = &x->m.v[mi];
  char buf[S_KEY];
  size_t n = S_key_c(x, m->t0, m->t1, buf);
  size_t e = S_acr_lookup(x, acrs, m->t0);
  if (e != LEDE_NONE) {
    m->how = H_ACR;
  } else if (n && !S_common(x, m->t0) && (e = S_lookup(x, -1, buf, n)) != LEDE_NONE &&
             e != S_AMBIG &&
             /* the same name in another sense: "Boston" the team, the city */
             (m->tagt < 0 || x->ent.v[S_find(x, e)].type == m->tagt)) {
  } else if (m->tagt != LEDE_ENTITY_ORGANIZATION && m->tagt != LEDE_ENTITY_PLACE &&
             (e = S_ptok(x, m->t0)) != LEDE_NONE) {
    /* a person's name word alone ("Wolf" after "Ann Wolf"), unless the
     * tagger reads a company or a place there */
  } else if (m->tagt != S_NOTAG &&
             /* an acronym the tagger leaves out, if the article uses it
              * again ("NTSB"), is an organization as before */
             !(m->upper_only && m->tagt < 0 && S_word_count(x, m->t0) >= 2)) {
    if (m->tagt < 0 && m->tagw >= 0) {
      const uint32_t *c = S_votes_of(x, m, 0);
      if (c && S_vote_type(c) == m->tagw) m->tagt = m->tagw;
    }
    /* The tagger read the sentence: its type, or no name. */
    if (m->tagt == LEDE_ENTITY_ORGANIZATION && (e = S_otok(x, m->t0)) != LEDE_NONE) {
      /* "Barrick" after "Barrick Gold Corp" */
    } else {
      if (m->tagt < 0) return;
      m->type = m->tagt;
      /* In a sports report, clubs carry their town's name, stand in the
       * results and come back; a word met once, known to no list, is a
       * player ("helped by Okafor and a late burst from Lindqvist"). */
      if (m->type != LEDE_ENTITY_PERSON && m->type != LEDE_ENTITY_GROUP && x->sports &&
          m->t1 == m->t0 + 1 && !m->upper_only && !(S_T(x, m->t0)->flags & LEDE__T_UPPER) &&
          !lede__gaz_find(buf, n) && !S_known_org(x, m->t0, m->t1) &&
          (n < 2 || buf[n - 1] != 's') && /* "the Yankees", "Orioles" */
          !(m->t0 > 0 && S_where_prep(x, m->t0 - 1)) && /* "at Headingley" */
          !S_init(x, m->t0) && /* "Benfica beat ..." */
          !S_table_team(x, m->t0, m->t1) && !S_score(x, m->t1)) {
        if (S_word_count(x, m->t0) <= 1) m->type = LEDE_ENTITY_PERSON;
      }
      S_file(x, mi);
      return;
    }
  } else if (m->upper_only) {
    m->type = LEDE_ENTITY_ORGANIZATION;
    S_file(x, mi);
    return;
  } else if ((e = S_otok(x, m->t0)) != LEDE_NONE) {
  } else if (unknown_default >= 0 && (S_table_team(x, m->t0, m->t1) ||
                                      (x->sports && S_score(x, m->t1)))) {
    m->type = LEDE_ENTITY_ORGANIZATION;
    S_file(x, mi);
    return;
  } else if (unknown_default >= 0 && m->t0 > 0 && S_SG(x, m->t0 - 1) == S_SG(x, m->t0) &&
             (S_is(x, m->t0 - 1, "in") || S_is(x, m->t0 - 1, "near") ||
              S_is(x, m->t0 - 1, "outside"))) {
    m->type = LEDE_ENTITY_PLACE; /* "fighting near Walikale" */
    S_file(x, mi);
    return;
  } else if (unknown_default >= 0 && S_gaz_ambig_place(x, m->t0)) {
    /* "Washington", "Victoria" alone, with no person of that name in the
     * text: the place. */
    m->type = LEDE_ENTITY_PLACE;
    S_file(x, mi);
    return;
  } else if (unknown_default >= 0 && S_in(L_GAZ_FIRST_NAMES, x, m->t0, m->t1) &&
             !S_common(x, m->t0)) {
    m->type = LEDE_ENTITY_PERSON; /* "Ricky" */
    S_file(x, mi);
    return;
  } else if (unknown_default >= 0 && !(S_init(x, m->t0)) &&
             S_T(x, m->t0)->len > 1 &&
             !S_common(x, m->t0)) {
    /* A capitalized word inside a sentence, not an ordinary word: most
     * often a surname ("Lomason said"). A sentence's first word tells
     * nothing, and ordinary words are left out. */
    m->type = unknown_default;
    S_file(x, mi);
    return;
  } else {
    return;
  }
  S_set_ent(m, e);
  m->type = x->ent.v[S_find(x, e)].type;
}

/* A sports report: two sports words among the first prose words
 * ("innings", "striker"), or two lines of results. */
static int S_sports(const S_ctx *x) {
  size_t seen = 0, hits = 0, tables = 0;
  for (size_t s = 0; s < x->seg.n && seen < 600; s++) {
    const S_seg *sg = &x->seg.v[s];
    if (sg->mode == M_LABEL) continue;
    if (S_table(x, (uint32_t)s) && ++tables >= 2) return 1;
    for (size_t i = sg->t0; i < sg->t1 && seen < 600; i++) {
      const S_tok *tk = S_T(x, i);
      if (!S_word(tk)) continue;
      seen++;
      size_t n = tk->len;
      if ((tk->flags & (LEDE__T_CAP | LEDE__T_UPPER)) || n < 3 || n > 13) continue;
      if (lede__lex_maybe(&lede__lex_sports_words, x->t + tk->start, n) &&
          lede__lex_has(&lede__lex_sports_words, x->t + tk->start, n) && ++hits >= 2)
        return 1;
    }
  }
  return 0;
}

/* What never opens or closes a name the tagger found: punctuation, a
 * possessive, a connector, a month, a title before a person ("Mr . Wolf
 * 's"), a lower-case particle at the end. */
static int S_tag_cut(const S_ctx *x, size_t k, int ty, int first) {
  const S_tok *tk = S_T(x, k);
  if (!S_word(tk) || S_poss(x, tk)) return 1;
  size_t n = tk->len;
  if (n <= 3 && (S_is(x, k, "of") || S_is(x, k, "and") || S_is(x, k, "for") || S_is(x, k, "&")))
    return 1;
  if (!first) /* "Ivan de" */
    return !(tk->flags & (LEDE__T_CAP | LEDE__T_UPPER)) && S_particle(x, k);
  /* "June Comelf", "August National Association": a month or weekday */
  if (S_calendar(x, k)) return 1;
  return ty == LEDE__TG_PER &&
         (S_in(L_LEX_TITLES, x, k, k + 1) || S_in(L_LEX_ABBREV_TITLE, x, k, k + 1));
}

static void S_tag_clean(S_ctx *x) {
  unsigned char *tg = x->tag;
  for (size_t i = 0; i < x->ntag;) {
    if (!tg[i]) {
      i = S_tag_skip(tg, i, x->ntag);
      continue;
    }
    int ty = LEDE__TG_TYPE(tg[i]);
    size_t e = i + 1;
    while (e < x->ntag && tg[e] && !LEDE__TG_BEGIN(tg[e]) && LEDE__TG_TYPE(tg[e]) == ty) e++;
    size_t a = i, b = e;
    while (a < b && S_tag_cut(x, a, ty, 1)) a++;
    while (b > a && S_tag_cut(x, b - 1, ty, 0)) b--;
    for (size_t k = i; k < e; k++)
      tg[k] = k < a || k >= b ? 0 : (unsigned char)(1 + 2 * ty + (k > a));
    i = e;
  }
}

/* Run the tagger over every segment's tokens. Its tokens and working
 * memory are released once the tags are out. */
static void S_tag(S_ctx *x) {
  lede_article *a = x->a;
  lede__arena *ar = &a->scratch;
  size_t n = S_NT(x);
  /* A vector, given back before the mentions are made. */
  lede__vec_reserve(ar, (void **)&x->tag, &x->tagcap, 1, n + 1);
  memset(x->tag, 0, n + 1);
  x->ntag = n;
  x->seg_title = lede__calloc(ar, x->seg.n + 1);
  lede__mark mk = lede__arena_mark(ar);
  /* The tagger reads the tokens in place; only their place in the line
   * is made for it (a byte each). */
  lede__arena *tar = a->keep_ttok ? &a->arena : ar;
  unsigned char *cx = lede__alloc(tar, n + 1);
  memset(cx, LEDE__TC_FIRST, n + 1);
  for (size_t s = 0; s < x->seg.n; s++) {
    const S_seg *sg = &x->seg.v[s];
    unsigned char mode = 0;
    if (sg->mode == M_LABEL) mode = LEDE__TC_LABEL;
    else if (sg->upper) mode = LEDE__TC_UPPER;
    else if (sg->mode == M_HEADLINE) mode = LEDE__TC_TITLE;
    x->seg_title[s] = mode == LEDE__TC_TITLE;
    if (sg->t1 <= sg->t0) continue;
    memset(cx + sg->t0, mode, sg->t1 - sg->t0);
    cx[sg->t0] |= LEDE__TC_FIRST;
    /* S_init holds for the segment's first word only (S_modes) */
    for (size_t i = sg->t0; i < sg->t1; i++) {
      if (S_init(x, i)) cx[i] |= LEDE__TC_INIT;
      if (S_T(x, i)->flags & LEDE__T_WORD) break;
    }
  }
  lede__ttoks tt = {x->shared, x->shared + x->ns, x->ns, n, cx, a->len};
  if (a->keep_ttok) {
    /* The trainer keeps them past this stage: a copy of its own. */
    lede__token *v = lede__alloc(tar, lede__mul(tar, n + 1, sizeof *v));
    for (size_t i = 0; i < n; i++) v[i] = *S_T(x, i);
    tt.v = v;
    tt.nv = n;
    a->ttok = lede__alloc(tar, sizeof *a->ttok);
    *a->ttok = tt;
  }
  lede__tag(ar, x->t, &tt, x->tag);
  lede__arena_release(ar, mk);
  /* Word records from here on (nothing before asks for one): made after
   * the tagger's memory is back. */
  x->widcap = 0;
  x->widmask = SIZE_MAX;
  if (n + 64 <= S_WID_FULL) {
    lede__vec_reserve(ar, (void **)&x->wid, &x->widcap, sizeof *x->wid, n + 64);
    x->widlim = x->widcap < x->maxtok ? x->widcap : x->maxtok;
  } else {
    size_t tagcap = 0;
    lede__vec_reserve(ar, (void **)&x->wid, &x->widcap, sizeof *x->wid, S_WID_CACHE);
    lede__vec_reserve(ar, (void **)&x->widtag, &tagcap, sizeof *x->widtag, S_WID_CACHE);
    x->widmask = S_WID_CACHE - 1;
    x->widlim = x->maxtok;
  }
  memset(x->wid, 0, x->widcap * sizeof *x->wid);
  /* Room for the distinct words of an article of a few thousand tokens
   * (about one in three), so that their map need not grow step by step;
   * longer ones grow it from there. */
  size_t want = n / 3 < 4096 ? n / 3 : 4096, cap = 64;
  while (cap < 2 * want) cap *= 2;
  if (cap > x->words->cap) S_map_grow(ar, x->words, cap, 1);
  S_tag_clean(x);
}

void lede__entities(lede_article *a) {
  S_ctx x;
  memset(&x, 0, sizeof x);
  x.a = a;
  x.t = a->text;
  x.words = lede__calloc(&a->scratch, sizeof *x.words);
  x.recs = lede__calloc(&a->scratch, sizeof *x.recs);
  x.shared = a->tokens.v;
  x.ns = a->tokens.n;
  for (int k = 0; k < L_N; k++) x.list_ids[k] = (unsigned char)lede__lex_id(S_lists[k]);
  S_segments(&x);
  /* Room for sub-tokens of hyphenated words: a few, covered[] grows
   * with them. */
  size_t ntok = S_NT(&x);
  x.maxtok = ntok + ntok / 2 + 16; /* sub-tokens past this are not made */
  lede__vec_reserve(&a->scratch, (void **)&x.covered, &x.covcap, 1, ntok + ntok / 64 + 64);
  memset(x.covered, 0, x.covcap);
  S_modes(&x);
  S_tag(&x);
  x.sports = S_sports(&x);
  for (size_t s = 0; s < x.seg.n; s++)
    if (x.seg.v[s].mode == M_NORMAL) {
      size_t mb = x.m.n;
      S_demonym_orgs(&x, &x.seg.v[s]);
      S_pass1(&x, &x.seg.v[s]);
      S_tag_seg(&x, &x.seg.v[s], mb);
    }
  S_vote(&x, 0, x.m.n, 1);
  /* Entities of the typed names. */
  size_t m1 = x.m.n;
  for (size_t i = 0; i < m1; i++)
    if (x.m.v[i].type < X_UNKNOWN && S_ent_of(&x.m.v[i]) == LEDE_NONE) S_file(&x, i);
  /* Acronyms defined for them, and their descriptions. */
  S_map acrs = {0};
  for (size_t i = 0; i < m1; i++) {
    const S_ment *m = &x.m.v[i];
    if (m->acr != S_NOACR && S_ent_of(m) != LEDE_NONE)
      S_alias(&x, &acrs, m->type, m->acr, m->acr + 1, S_ent_of(m));
  }
  /* A known acronym the text also spelled out ("IAEA" after "the
   * International Atomic Energy Agency (IAEA)"): one entity. */
  for (size_t i = 0; i < m1; i++) {
    const S_ment *m = &x.m.v[i];
    if (m->t1 - m->t0 != 1 || S_ent_of(m) == LEDE_NONE || m->type >= X_UNKNOWN ||
        !(S_T(&x, m->t0)->flags & LEDE__T_UPPER))
      continue;
    size_t e = S_acr_lookup(&x, &acrs, m->t0);
    if (e != LEDE_NONE && x.ent.v[S_find(&x, e)].type == m->type &&
        S_find(&x, e) != S_find(&x, S_ent_of(m))) {
      x.ent.v[S_find(&x, S_ent_of(m))].parent = S_find(&x, e);
      x.m.v[i].how = H_ACR;
    }
  }
  S_join_names(&x, m1);
  /* Short forms: "Ruiz" -> "Ana Maria Ruiz", if only one fits;
   * "Barrick" -> "Barrick Gold Corp". */
  for (size_t i = 0; i < m1; i++) {
    const S_ment *m = &x.m.v[i];
    if (m->type == LEDE_ENTITY_ORGANIZATION && m->t1 - m->t0 >= 2 &&
        S_capital(S_T(&x, m->t0)) && !S_common(&x, m->t0) &&
        S_place_type(&x, m->t0, m->t0 + 1, 0) < 0) {
      char buf[S_KEY + 1];
      size_t n = S_key_c(&x, m->t0, m->t0 + 1, buf + 1);
      if (n) {
        buf[0] = '^';
        size_t *v = S_map_slot(&x, &x.ptoks, buf, n + 1, 1);
        if (*v == LEDE_NONE) *v = S_ent_of(m);
        else if (*v != S_AMBIG && S_find(&x, *v) != S_find(&x, S_ent_of(m))) *v = S_AMBIG;
      }
    }
    if (m->type != LEDE_ENTITY_PERSON || m->t1 - m->t0 < 2) continue;
    for (size_t k = m->t0; k < m->t1; k++) {
      if (S_particle(&x, k) || (S_dot(&x, k))) continue;
      char buf[S_KEY];
      size_t n = S_key_c(&x, k, k + 1, buf);
      if (!n) continue;
      size_t *v = S_map_slot(&x, &x.ptoks, buf, n, 1);
      if (*v == LEDE_NONE) *v = S_ent_of(m);
      else if (*v != S_AMBIG && S_find(&x, *v) != S_find(&x, S_ent_of(m))) *v = S_AMBIG;
    }
  }
  for (size_t i = 0; i < m1; i++)
    if (x.m.v[i].type == X_UNKNOWN) S_resolve(&x, &acrs, i, x.sports ? LEDE_ENTITY_PERSON : LEDE_ENTITY_ORGANIZATION);
  for (size_t s = 0; s < x.seg.n; s++) {
    const S_seg *sg = &x.seg.v[s];
    if (sg->mode == M_NORMAL) continue;
    /* Lines in capitals, datelines, tables: the tagger's names first, then
     * what is known. A title in title case capitalizes every word, and a
     * line of one word gives no context: only what is known there. */
    if (x.tag && sg->t1 <= x.ntag && sg->t1 - sg->t0 >= 2 &&
        !x.seg_title[s]) {
      size_t mb = x.m.n;
      S_tag_new(&x, sg->t0, sg->t1);
      S_vote(&x, mb, x.m.n, 0);
      for (size_t i = mb; i < x.m.n; i++)
        if (x.m.v[i].type == X_UNKNOWN) S_resolve(&x, &acrs, i, -1);
    }
    S_scan_known(&x, sg);
  }
  for (size_t i = m1; i < x.m.n; i++)
    if (x.m.v[i].type < X_UNKNOWN && S_ent_of(&x.m.v[i]) == LEDE_NONE) S_file(&x, i);
  for (size_t i = 0; i < x.m.n; i++) {
    S_ment *m = &x.m.v[i];
    if (m->type != LEDE_ENTITY_PERSON || m->t1 - m->t0 != 1 || S_ent_of(m) == LEDE_NONE)
      continue;
    size_t e = S_ptok(&x, m->t0);
    if (e != LEDE_NONE && S_find(&x, e) != S_find(&x, S_ent_of(m))) {
      size_t r = S_find(&x, S_ent_of(m)), to = S_find(&x, e);
      x.ent.v[r].parent = to;
    }
  }
  /* The tagger's tags are done with (not ntag, the tokens it read):
   * room for the mentions the scans add. */
  lede__vec_free(&a->scratch, x.tag, x.tagcap, 1);
  x.tag = NULL;
  S_scan_desc(&x);
  S_scan_roles(&x);
  /* So are the segments: room for the article's mentions. */
  x.ntag = 0;
  lede__vec_free(&a->scratch, x.seg.v, x.seg.cap, sizeof *x.seg.v);
  x.seg.v = NULL;
  x.seg.n = x.seg.cap = 0;
  /* So are the tokens' word records: the few words S_finish asks about
   * are looked up again. */
  lede__vec_free(&a->scratch, x.wid, x.widcap, sizeof *x.wid);
  if (x.widtag) lede__vec_free(&a->scratch, x.widtag, x.widcap, sizeof *x.widtag);
  x.wid = x.widtag = NULL;
  x.widcap = x.widlim = 0;
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
  if (!name) return LEDE_NONE;
  char want[S_KEY], got[S_KEY];
  size_t wn = S_key_str(name, len, want);
  if (!wn) return LEDE_NONE;
  for (size_t e = 0; e < a->ents.n; e++)
    for (size_t j = 0; j < a->ents.v[e].naliases; j++) {
      lede_span s = a->ent_aliases.v[a->ents.v[e].first_alias + j];
      size_t gn = S_key_str(a->text + s.start, s.end - s.start, got);
      if (gn == wn && memcmp(got, want, wn) == 0) return e;
    }
  return LEDE_NONE;
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
