/* Quotes and reported speech, with their speakers.
 *
 * 1. Quotation marks are paired per prose block with a small stack (depth
 *    at most S_DEPTH), so an unmatched mark dies at the end of its block;
 *    a quote left open at the end of a body paragraph carries into the
 *    next one only if that one opens with a mark of the same family (the
 *    multi-paragraph convention), for at most S_MAX_CARRY paragraphs.
 * 2. Each quote is attributed from the words right after its closing mark
 *    (", she said", ", said Smith") or right before its opening one ("He
 *    said: ").
 * 3. Every remaining speech verb (data/lex/speech_verbs.txt) or "according
 *    to" gives reported speech: a speaker phrase read left (or right) of
 *    the verb within its sentence and the reported clause; a quote inside
 *    that clause makes it mixed.
 * 4. Quotes left over continue the previous quote ("A," he said, "B."),
 *    float after an attributed paragraph, or stay unattributed.
 * 5. Speakers are resolved to an antecedent span ("it" -> the nearest
 *    organization-like speaker before, "he"/"she" -> the nearest person).
 * Every look-around is bounded, so the stage is linear in the text. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "lexicon.h"
#include "quote_verbs.h"
#include "tokens.h"
#include "wordhash.h"

#define S_DEPTH 4
#define S_MAX_CARRY 12
#define S_NP_MAX 9     /* tokens in a speaker phrase */
#define S_BACK_QUOTES 24 /* earlier quotes searched for an antecedent */
#define S_CONTENT_MAX 200 /* tokens in a reported clause */

/* ==== Quotation marks =================================================== */

enum { F_NONE, F_DQ, F_SQ, F_GU, F_SGU, F_CJK, F_CJK2 };

static int S_family(int32_t c) {
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

/* Marks that may open a quote (» and › open in the reversed style, ” in
 * the Swedish one). */
static int S_opener(int32_t c) {
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 ||
         c == 0x201E || c == 0x201A || c == 0x201F || c == 0x201B ||
         c == 0xAB || c == 0x2039 || c == 0x300C || c == 0x300E ||
         c == 0xFF02 || c == 0xBB || c == 0x203A || c == 0x201D;
}

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

/* Two bits a token, four tokens a byte: what a token is used for. */
static inline unsigned S_used(const unsigned char *u, size_t i) {
  return (u[i >> 2] >> ((i & 3) * 2)) & 3u;
}
static inline void S_use(unsigned char *u, size_t i, unsigned v) {
  unsigned sh = (unsigned)(i & 3) * 2;
  u[i >> 2] = (unsigned char)((u[i >> 2] & ~(3u << sh)) | (v << sh));
}

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
} S_ctx;

/* Pending pairs whose every enclosing mark stayed unclosed are top level. */
static void S_flush(S_ctx *x) {
  for (size_t i = 0; i < x->pending.n; i++) {
    S_pair *p = &x->pending.v[i];
    size_t id = p->parent;
    int top = 1;
    while (id != LEDE_NONE) {
      if (x->openers.v[id].closed) {
        top = 0;
        break;
      }
      id = x->openers.v[id].parent;
    }
    if (top) *LEDE__PUSH(&x->a->scratch, x->pairs) = *p;
  }
  x->pending.n = 0;
  x->openers.n = 0;
  x->depth = 0;
}

static int S_alnum(int32_t c) {
  return lede__is_letter(c) || lede__is_digit(c);
}

/* Non-zero if one of the eight bytes in v is " ' ` or not ASCII (a byte
 * equal to one of them borrows out of itself only, and the high bits of
 * bytes that have them are kept apart). */
static inline uint64_t S_mark8(uint64_t v) {
  const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones << 7;
  uint64_t z = ((v ^ (ones * '"')) - ones) | ((v ^ (ones * '\'')) - ones) |
               ((v ^ (ones * '`')) - ones);
  return ((z & ~v) | v) & highs;
}

/* Scan s[lo, hi) of block b for marks, carrying the stack in x. skip is a
 * position whose mark re-opens a carried quote (or (size_t)-1). */
static void S_scan(S_ctx *x, size_t b, size_t lo, size_t hi, size_t skip) {
  const char *t = x->a->text;
  int32_t prev = -2;
  size_t len;
  for (size_t i = lo; i < hi; i += len) {
    unsigned char byte = (unsigned char)t[i];
    if (byte < 0x80 && byte != '"' && byte != '\'' && byte != '`') {
      /* Plain ASCII up to the next mark or non-ASCII byte, eight bytes
       * at a time while there is none among them. */
      size_t j = i + 1;
      while (hi - j >= 8) {
        uint64_t v;
        memcpy(&v, t + j, 8);
        if (S_mark8(v)) break;
        j += 8;
      }
      while (j < hi && (unsigned char)t[j] < 0x80 && t[j] != '"' &&
             t[j] != '\'' && t[j] != '`')
        j++;
      prev = (unsigned char)t[j - 1];
      len = j - i;
      continue;
    }
    int32_t c = lede__cp(t, hi, i, &len);
    /* '' and `` stand for double marks in some archives. */
    if ((c == '\'' || c == '`') && i + 1 < hi && t[i + 1] == t[i]) {
      c = c == '`' ? 0x201C : '"';
      len = 2;
    }
    int fam = S_family(c);
    if (!fam || i == skip) {
      prev = c;
      continue;
    }
    size_t l2 = 0;
    int32_t next = i + len < hi ? lede__cp(t, hi, i + len, &l2) : -2;
    int32_t next2 = -2;
    if (next != -2 && i + len + l2 < hi) {
      size_t l3;
      next2 = lede__cp(t, hi, i + len + l2, &l3);
    }
    int32_t cur_prev = prev;
    prev = c;
    if (fam == F_SQ) {
      /* Apostrophes: Bahrain's, O'Malley, '90s, players' union. */
      if (S_alnum(cur_prev) && S_alnum(next)) continue;
      if ((cur_prev == -2 || lede__is_space(cur_prev)) && lede__is_digit(next))
        continue;
      if ((cur_prev == 's' || cur_prev == 'S') && next == ' ' &&
          lede__is_lower(next2))
        continue;
    }
    int can_open = next != -2 && !lede__is_space(next) && !S_alnum(cur_prev);
    int can_close = cur_prev != -2 && !lede__is_space(cur_prev);
    int k = x->depth - 1;
    while (k >= 0 && x->stack[k].fam != fam) k--;
    int closes = 0;
    if (k >= 0) {
      int32_t oc = x->stack[k].c;
      switch (c) {
      /* A straight mark after a space that opens a word is an opener
       * even with one pending: the pending one was a stray. */
      case '"': case 0xFF02: closes = can_close || !can_open; break;
      case '\'': closes = can_close; break;
      case 0x201C: closes = oc == 0x201E || oc == 0x201D || !can_open; break;
      case 0x2018: closes = oc == 0x201A || !can_open; break;
      case 0xAB: closes = oc == 0xBB; break;
      case 0x2039: closes = oc == 0x203A; break;
      case 0x201E: case 0x201A: closes = 0; break;
      default: closes = can_close || !can_open; break;
      }
    }
    if (closes) {
      S_open *o = &x->stack[k];
      x->openers.v[o->id].closed = 1;
      S_pair *p = LEDE__PUSH(&x->a->scratch, x->pending);
      p->open = (uint32_t)o->pos;
      p->oend = (uint32_t)o->end;
      p->close = (uint32_t)i;
      p->cend = (uint32_t)(i + len);
      p->block = (uint32_t)o->block;
      p->parent = x->openers.v[o->id].parent;
      p->used = 0;
      x->depth = k;
      if (k == 0) S_flush(x);
      continue;
    }
    if (!can_open || !S_opener(c) || c == 0x2019) continue;
    if (k >= 0 && (c == 0xBB || c == 0x203A || c == 0x201D)) continue;
    if (x->depth == S_DEPTH) continue;
    S_opener_rec *r = LEDE__PUSH(&x->a->scratch, x->openers);
    r->parent = x->depth ? x->stack[x->depth - 1].id : LEDE_NONE;
    r->closed = 0;
    S_open *o = &x->stack[x->depth++];
    o->fam = fam;
    o->c = c;
    o->pos = i;
    o->end = i + len;
    o->block = b;
    o->id = x->openers.n - 1;
  }
}

/* The prose extent of block b: its first sentence to its last. */
static int S_block_extent(const lede_article *a, size_t b, size_t *lo,
                          size_t *hi) {
  const lede__block *bl = &a->blocks.v[b];
  if (!bl->nsents) return 0;
  *lo = a->sents.v[bl->first_sent].span.start;
  *hi = a->sents.v[bl->first_sent + bl->nsents - 1].span.end;
  return 1;
}

static void S_find_pairs(S_ctx *x) {
  lede_article *a = x->a;
  size_t carry = 0, skip = (size_t)-1;
  for (size_t b = 0; b < a->blocks.n; b++) {
    size_t lo, hi;
    if (!S_block_extent(a, b, &lo, &hi)) continue;
    S_scan(x, b, lo, hi, skip);
    skip = (size_t)-1;
    if (!x->depth) {
      carry = 0;
      continue;
    }
    /* An open quote carries on if the next prose block is body text that
     * opens with a mark of the same family. */
    size_t nb = b + 1, nlo, nhi, len;
    while (nb < a->blocks.n && !a->blocks.v[nb].nsents) nb++;
    int go = 0;
    if (nb < a->blocks.n && a->blocks.v[b].part == LEDE_PART_BODY &&
        a->blocks.v[nb].part == LEDE_PART_BODY && carry < S_MAX_CARRY &&
        S_block_extent(a, nb, &nlo, &nhi)) {
      int32_t c = lede__cp(a->text, nhi, nlo, &len);
      if (S_family(c) == x->stack[0].fam && S_opener(c) && c != 0x2019)
        go = 1;
    }
    if (go) {
      x->depth = 1;
      skip = nlo;
      carry++;
    } else {
      S_flush(x);
      carry = 0;
    }
  }
  S_flush(x);
}

/* ==== Tokens ============================================================ */

static const lede__token *S_tok(const lede_article *a, size_t i) {
  return &a->tokens.v[i];
}

/* First token starting at or after pos. */
static size_t S_tok_at(const lede_article *a, size_t pos) {
  return lede__tok_at(a, pos);
}

static int S_lex(const lede__lexicon *lx, const lede_article *a, size_t i) {
  return lede__tok_in(a, i, lx);
}

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

static int S_comma(const lede_article *a, size_t i) {
  return S_punct(a, i, ',');
}

static int S_dash(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  size_t len;
  return (t->flags & LEDE__T_PUNCT) &&
         lede__is_dash(lede__cp(a->text, lede__tend(t), t->start, &len));
}

static int S_possessive(const lede_article *a, size_t i) {
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
static int S_negation(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  return (n > 3 && e[-1] == 't' && e[-2] == '\'' && e[-3] == 'n') ||
         (n > 5 && e[-1] == 't' && memcmp(e - 4, "\xE2\x80\x99", 3) == 0 &&
          e[-5] == 'n');
}

/* The cue verb forms in an open-addressing hash table: one probe or two
 * a token. Entry e is line e of data/lex/speech_verbs.txt, or past its
 * end, of data/lex/cue_action_verbs.txt (stance and action verbs the
 * tagger does not read). tools/gen_quote_verbs.lua precomputes it
 * (quote_verbs.h); should the lists and the table ever disagree in size,
 * it is built per article on the stack instead. */
#define S_VHASH 2048
typedef struct {
  const uint16_t *slot;   /* entry + 1, or 0 */
  const uint32_t *lens;   /* by (first byte & 31) * 32 + (last byte & 31):
                             bit n set if a form has length n (a cheap
                             filter before hashing) */
  uint16_t slot_buf[S_VHASH];
  uint32_t lens_buf[32 * 32];
} S_verb_index;

/* The generator's hash: ASCII letters alike in either case. */
static uint32_t S_hash(const char *s, size_t n) { return lede__word_hash(s, n, 0); }

static size_t S_verb_n(void) {
  return lede__lex_speech_verbs.n + lede__lex_cue_action_verbs.n;
}

/* The line of entry e: "said say", or a bare lemma. */
static const char *S_entry_word(size_t e) {
  size_t n1 = lede__lex_speech_verbs.n;
  return e < n1 ? lede__lex_speech_verbs.words[e]
                : lede__lex_cue_action_verbs.words[e - n1];
}

static void S_verb_index_build(S_verb_index *ix) {
  ix->slot = S_verb_slot;
  ix->lens = S_verb_lens;
  if (lede__lex_speech_verbs.n == S_VERB_N &&
      lede__lex_cue_action_verbs.n == S_VERB_N2)
    return;
  memset(ix->slot_buf, 0, sizeof ix->slot_buf);
  memset(ix->lens_buf, 0, sizeof ix->lens_buf);
  ix->slot = ix->slot_buf;
  ix->lens = ix->lens_buf;
  for (size_t e = 0; e < S_verb_n() && e < S_VHASH / 2; e++) {
    /* The form: up to a space or the end (entries are lower case). */
    const char *w0 = S_entry_word(e), *w = w0;
    while (*w && *w != ' ') w++;
    size_t n = (size_t)(w - w0);
    if (n && n < 32)
      ix->lens_buf[((unsigned char)*w0 & 31) * 32 +
                   ((unsigned char)w0[n - 1] & 31)] |= 1u << n;
    uint32_t h = S_hash(w0, n) & (S_VHASH - 1);
    while (ix->slot_buf[h]) h = (h + 1) & (S_VHASH - 1);
    ix->slot_buf[h] = (uint16_t)(e + 1);
  }
}

/* The entry of a cue verb form in the lists ("said say" for "said"),
 * or LEDE_NONE. The lists hold "form lemma" lines, or a bare lemma. */
/* 0 if s[0..n) is surely no form (its length by first and last byte). */
static inline int S_verb_maybe(const S_verb_index *ix, const char *s,
                               size_t n) {
  if (n < 2 || n > 30) return 0;
  unsigned b = ((unsigned char)s[0] & 31) * 32 + ((unsigned char)s[n - 1] & 31);
  return (int)(ix->lens[b] >> n & 1);
}

static size_t S_verb_entry(const S_verb_index *ix, const char *s, size_t n) {
  if (!S_verb_maybe(ix, s, n)) return LEDE_NONE;
  uint32_t h = S_hash(s, n) & (S_VHASH - 1);
  for (uint16_t e; (e = ix->slot[h]) != 0; h = (h + 1) & (S_VHASH - 1)) {
    const char *w = S_entry_word(e - 1u);
    size_t k = 0;
    for (; k < n; k++) {
      unsigned char c = (unsigned char)s[k];
      if (c >= 'A' && c <= 'Z') c |= 0x20;
      if ((unsigned char)w[k] != c) break; /* stops at w's end too */
    }
    if (k == n && (w[n] == '\0' || w[n] == ' ')) return e - 1u;
  }
  return LEDE_NONE;
}

static const char *S_entry_lemma(size_t e) {
  const char *w = S_entry_word(e);
  const char *sp = strchr(w, ' ');
  return sp ? sp + 1 : w;
}

/* The speech verb entry of token i, whose a->quote_verb[i] is set: a
 * byte holds the first 254 entries, the others are looked up again. */
static size_t S_verb_of(const lede_article *a, size_t i) {
  unsigned v = a->quote_verb[i];
  if (v < 255) return v - 1u;
  S_verb_index ix;
  S_verb_index_build(&ix);
  const lede__token *t = S_tok(a, i);
  return S_verb_entry(&ix, a->text + t->start, t->len);
}

/* The lemma of speech verb token i ("said" -> "say"), or NULL. */
static const char *S_verb_lemma(const lede_article *a, size_t i) {
  return a->quote_verb[i] ? S_entry_lemma(S_verb_of(a, i)) : NULL;
}

/* The lemma of a verb that attributes only next to a quotation
 * ("continued"), or NULL. The list is short and read only per quote. */
static const char *S_after_lemma(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  const char *s = a->text + t->start;
  size_t n = t->len;
  const lede__lexicon *lx = &lede__lex_quote_after_verbs;
  unsigned char c0 = n ? (unsigned char)s[0] : 0;
  if (c0 >= 'A' && c0 <= 'Z') c0 |= 0x20;
  for (size_t e = 0; e < lx->n; e++) {
    const char *w = lx->words[e];
    if ((unsigned char)w[0] != c0) continue; /* most end here */
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

static int S_cap(const lede_article *a, size_t i);
static int S_word(const lede_article *a, size_t i);
static int S_be(const lede_article *a, size_t i);
static int S_ly(const lede_article *a, size_t i);
static int S_finite(const lede_article *a, size_t i);
static int S_finite_aux(const lede_article *a, size_t i);
static int S_cue_class_of(const char *lemma);
static int S_plural_noun(const lede_article *a, size_t i);

/* A cue form that is mostly a noun (data/lex/cue_noun_first.txt) read as
 * a noun at token i: a verb needs a verb's left context ("they support",
 * "who reports", "will support", "strongly supports", "AP reports") and
 * no preposition or verb of its own after it ("support for", "reports
 * of", "support cratered"). */
static int S_noun_first(const lede_article *a, size_t i, size_t s1) {
  if (!S_lex(&lede__lex_cue_noun_first, a, i)) return 0;
  size_t si = lede__tok_sent(a, i);
  if (i == 0 || lede__tok_sent(a, i - 1) != si) return 1;
  size_t p = i - 1;
  const lede__token *t = S_tok(a, i);
  int s_form = a->text[lede__tend(t) - 1] == 's';
  /* (a verb goes on to a word or ends the sentence: not "FEC reports —") */
  if (i + 1 < s1 && !S_word(a, i + 1) && !S_punct(a, i + 1, '.') &&
      !(S_tok(a, i + 1)->flags & LEDE__T_QUOTE))
    return 1;
  /* ("reports directly to the president": answers to) */
  if (i + 2 < s1 && S_ly(a, i + 1) && S_is(a, i + 2, "to")) return 1;
  if (i + 1 < s1 && (S_lex(&lede__lex_quote_preps, a, i + 1) ||
                     S_finite(a, i + 1) || S_be(a, i + 1)))
    return 1;
  /* (after "to", a modal or "do", only the base form: "according to
   * reports", "will support") */
  if (s_form && (S_is(a, p, "to") || S_finite_aux(a, p) || S_is(a, p, "do") ||
                 S_is(a, p, "does") || S_is(a, p, "did") || S_negation(a, p)))
    return 1;
  if (S_lex(&lede__lex_quote_pronouns, a, p) || S_is(a, p, "that") ||
      S_lex(&lede__lex_quote_aux, a, p) ||
      S_lex(&lede__lex_quote_modals, a, p) || S_is(a, p, "to") ||
      S_negation(a, p) || S_ly(a, p))
    return 0;
  /* a name as subject: "the Associated Press reports", not "Latino
   * support" (a base form after a name is a noun it modifies) */
  if (s_form && S_cap(a, p) && S_word(a, p) && p > a->sent_tok.v[si])
    return 0;
  /* a plural subject before a base form: "most senators support
   * reforming it", "voters favor Clinton" */
  if (!s_form && S_plural_noun(a, p) && !S_cap(a, p)) return 0;
  return 1;
}

/* Is sentence si set in title case ("Senator Defends Budget Amid
 * Protests")? Then it is a headline, whatever block it sits in, and its
 * words are no cues. Reads a->quote_verb of every word (no speech verb
 * opens with a digit, so a number has none). */
static int S_title_case(const lede_article *a, size_t si) {
  size_t t0 = a->sent_tok.v[si], t1 = a->sent_tok.v[si + 1];
  size_t words = 0, caps = 0;
  for (size_t i = t0; i < t1 && i < t0 + 64; i++) {
    const lede__token *t = &a->tokens.v[i];
    if (!(t->flags & LEDE__T_WORD) || t->len < 4) continue;
    words++;
    if (t->flags & LEDE__T_CAP) caps++;
    /* A cue in lower case ('“Go, Ana Ruiz,” Piet Brandt wrote')
     * is a sentence's, not a headline's: those capitalize their verbs. */
    else if (a->quote_verb[i])
      return 0;
  }
  return words >= 3 && caps * 5 >= words * 4;
}

/* A participle after its noun, with no auxiliary, before a preposition:
 * "judges nominated to the court", "a ban ordered by the court". A
 * transitive verb's finite form takes its object first ("the Senate
 * approved the bill"). */
static int S_reduced_relative(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  const char *e = a->text + lede__tend(t);
  if (t->len < 4 || e[-2] != 'e' || e[-1] != 'd' || i == 0 ||
      i + 1 >= a->tokens.n)
    return 0;
  size_t si = lede__tok_sent(a, i);
  if (lede__tok_sent(a, i - 1) != si || lede__tok_sent(a, i + 1) != si ||
      !S_word(a, i - 1) || S_be(a, i - 1) ||
      S_lex(&lede__lex_quote_aux, a, i - 1) ||
      S_lex(&lede__lex_quote_pronouns, a, i - 1))
    return 0;
  /* (an infinitive is the verb's own: "the board decided to close") */
  if (S_is(a, i + 1, "to"))
    return i + 2 < a->tokens.n && lede__tok_sent(a, i + 2) == si &&
           (S_lex(&lede__lex_quote_determiners, a, i + 2) || S_cap(a, i + 2) ||
            S_lex(&lede__lex_quote_pronouns, a, i + 2));
  return S_lex(&lede__lex_quote_preps, a, i + 1) || S_is(a, i + 1, "by");
}

/* The speech verb entry of every word, looked up once; none in a
 * title-case sentence. */
static void S_find_verbs(lede_article *a) {
  /* in a block of its own, to be given back before the stage ends */
  size_t cap = 0;
  lede__vec_reserve(&a->scratch, (void **)&a->quote_verb, &cap, 1,
                    a->tokens.n + 1);
  memset(a->quote_verb, 0, cap);
  S_verb_index ix;
  S_verb_index_build(&ix);
  for (size_t i = 0; i < a->tokens.n; i++) {
    const lede__token *t = &a->tokens.v[i];
    if (!(t->flags & LEDE__T_WORD) || (t->flags & LEDE__T_NUM)) continue;
    /* (most words fail the filter: tested here, with no call) */
    const char *w = a->text + t->start;
    size_t e = S_verb_maybe(&ix, w, t->len) ? S_verb_entry(&ix, w, t->len)
                                            : LEDE_NONE;
    /* A stance or action verb in capitals is a name's word ("Planned
     * Parenthood") or a headline's; in the headline it is furniture as
     * in a title-case one ("Council backs plan"). */
    if (e != LEDE_NONE && e >= lede__lex_speech_verbs.n &&
        ((t->flags & LEDE__T_CAP) || S_reduced_relative(a, i) ||
         a->blocks.v[a->sents.v[lede__tok_sent(a, i)].block].part ==
             LEDE_PART_TITLE))
      continue;
    if (e != LEDE_NONE) a->quote_verb[i] = (uint8_t)(e < 254 ? e + 1 : 255);
  }
  for (size_t si = 0; si + 1 < a->sent_tok.n; si++) {
    size_t t0 = a->sent_tok.v[si], t1 = a->sent_tok.v[si + 1];
    /* ("news reports of", "support for": nouns, in speaker phrases too) */
    for (size_t i = t0; i < t1; i++)
      if (a->quote_verb[i] && S_noun_first(a, i, t1)) a->quote_verb[i] = 0;
    if (t0 >= t1 || !S_title_case(a, si)) continue;
    /* "Lee Says Bridge Will Reopen", "Lee Just Announced ...": a
     * headline's verb of speech or writing after a name still reports;
     * its stances and thoughts ("Senator Defends Budget") are
     * furniture. */
    for (size_t i = t0; i < t1; i++) {
      const char *l = S_verb_lemma(a, i);
      size_t b = i > t0 && S_is(a, i - 1, "just") ? i - 1 : i;
      int cls = l ? S_cue_class_of(l) : LEDE_CUE_OTHER;
      if ((cls == LEDE_CUE_SPEECH || cls == LEDE_CUE_WRITING) && b > t0 &&
          S_cap(a, b - 1) && S_word(a, b - 1) && i + 1 < t1 && S_word(a, i + 1) &&
          /* (a passive: "Mayor Accused Of Fraud") */
          !S_is(a, i + 1, "of") && !S_is(a, i + 1, "by"))
        continue;
      a->quote_verb[i] = 0;
    }
  }
}

/* Give back the room of a->quote_verb (as S_find_verbs made it); nothing
 * reads it after. */
static void S_drop_verbs(lede_article *a) {
  lede__vec_free(&a->scratch, a->quote_verb, a->tokens.n + 1, 1);
  a->quote_verb = NULL;
}

/* ==== Speaker phrases =================================================== */

typedef struct {
  size_t cue0, cue1;  /* cue tokens [cue0, cue1) */
  const char *lemma;
  int according;      /* "according to" */
} S_cue;

/* "they're", "I’m", "he's" (split as "he" "'s"): a contracted "be". */
static int S_be_contracted(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  if (S_possessive(a, i)) return i > 0 && S_lex(&lede__lex_quote_pronouns, a, i - 1);
  if (n > 3 && e[-3] == '\'' && e[-2] == 'r' && e[-1] == 'e') return 1;
  if (n > 2 && e[-2] == '\'' && e[-1] == 'm') return 1;
  if (n > 5 && memcmp(e - 5, "\xE2\x80\x99re", 5) == 0) return 1;
  return n > 4 && memcmp(e - 4, "\xE2\x80\x99m", 4) == 0;
}

/* Stance adjectives ("confident", "worried") report only after "be". */
static int S_adjective_lemma(const char *l) {
  static const char *const w[] = {"confident", "convinced", "skeptical",
                                  "optimistic", "pessimistic", "hopeful",
                                  "eager"};
  for (size_t k = 0; k < sizeof w / sizeof *w; k++)
    if (S_same(l, w[k])) return 1;
  return 0;
}

/* "seem", "appear": they report the clause they stand in, no speaker. */
static int S_evidential_lemma(const char *lemma) {
  return S_same(lemma, "seem") || S_same(lemma, "appear") ||
         S_same(lemma, "rumor");
}

/* A word that stands before a noun: "new", "latest", "false". */
static int S_adjective_shape(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  if (!(t->flags & LEDE__T_WORD) || (t->flags & LEDE__T_CAP)) return 0;
  if (S_lex(&lede__lex_quote_noun_modifiers, a, i)) return 1;
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  /* "best-rated", "well-known" */
  if (n > 4 && memchr(a->text + t->start, '-', n) &&
      ((e[-2] == 'e' && e[-1] == 'd') || (e[-2] == 'w' && e[-1] == 'n')))
    return 1;
  static const char *const suf[] = {"ous", "ive", "ful", "less", "able",
                                    "ible", "ical"};
  for (size_t k = 0; k < sizeof suf / sizeof *suf; k++) {
    size_t m = strlen(suf[k]);
    if (n > m + 2 && memcmp(e - m, suf[k], m) == 0) return 1;
  }
  return 0;
}

static size_t S_number_subject(const lede_article *a, size_t lo, size_t e);

static int S_np_lower(const lede_article *a, size_t i);

/* Is the cue word at token i read as a noun or as a participle modifying
 * one, in context? "the new claims from", "his comments", "Reyes's
 * remarks", "a tape showing". */
static int S_noun_reading(const lede_article *a, size_t i) {
  if (i == 0) return 0;
  const lede__token *t = S_tok(a, i);
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  int ing = n > 4 && memcmp(e - 3, "ing", 3) == 0;
  int ed = n > 3 && e[-1] == 'd' && e[-2] == 'e';
  size_t si = lede__tok_sent(a, i), p = i - 1;
  if (lede__tok_sent(a, p) != si) return 0;
  /* "the reality show “Pool Boss”": a work's name in its bare form after
   * a singular noun (a verb would agree: "shows"), before its title. */
  if (!ing && !ed && e[-1] != 's' && S_lex(&lede__lex_quote_works, a, i) &&
      i + 1 < a->tokens.n && (S_tok(a, i + 1)->flags & LEDE__T_QUOTE) &&
      (S_tok(a, p)->flags & LEDE__T_WORD) &&
      !S_plural_noun(a, p) && !S_lex(&lede__lex_quote_pronouns, a, p) &&
      !S_lex(&lede__lex_quote_aux, a, p) && !S_lex(&lede__lex_quote_modals, a, p) &&
      !S_lex(&lede__lex_quote_determiners, a, p) && !S_is(a, p, "to") &&
      !a->quote_verb[p]) {
    /* back over modifiers to a determiner, possessive or name */
    /* (a name before it needs a determiner too: "the reality TV show") */
    int cap = (S_tok(a, p)->flags & LEDE__T_CAP) != 0;
    size_t k = p;
    while (k > 0 && k + 3 > p && lede__tok_sent(a, k - 1) == si &&
           (S_np_lower(a, k - 1) || (cap && (S_tok(a, k - 1)->flags & LEDE__T_CAP))) &&
           !S_lex(&lede__lex_quote_determiners, a, k - 1))
      k--;
    if (k > 0 && lede__tok_sent(a, k - 1) == si &&
        (S_lex(&lede__lex_quote_determiners, a, k - 1) ||
         S_possessive(a, k - 1) ||
         (!cap && (S_tok(a, k - 1)->flags & LEDE__T_CAP))))
      return 1;
  }
  if (!ing && !ed) {
    /* A determiner or possessive right before: a noun; but a quantifier
     * opening the clause is its subject ("Most believe", "Many say"). */
    int quant = S_lex(&lede__lex_quote_quantifiers, a, p) && e[-1] != 's' &&
                (p == a->sent_tok.v[si] || S_comma(a, p - 1) ||
                 /* ("One in five say") */
                 S_number_subject(a, a->sent_tok.v[si], p) != LEDE_NONE);
    if (S_lex(&lede__lex_quote_determiners, a, p) && !S_is(a, p, "that") &&
        !quant)
      return 1;
    /* ("he's said": a contraction after a pronoun, not a possessive) */
    if (S_possessive(a, p) &&
        !(p > 0 && S_lex(&lede__lex_quote_pronouns, a, p - 1)))
      return 1;
    /* "the new claims", "its repeated denials" */
    if (p > 0 && lede__tok_sent(a, p - 1) == si && S_adjective_shape(a, p) &&
        (S_lex(&lede__lex_quote_determiners, a, p - 1) ||
         S_possessive(a, p - 1)))
      return 1;
    /* "this season's best-rated new shows": two modifiers */
    if (p > 1 && lede__tok_sent(a, p - 2) == si && S_adjective_shape(a, p) &&
        S_adjective_shape(a, p - 1) &&
        (S_lex(&lede__lex_quote_determiners, a, p - 2) ||
         S_possessive(a, p - 2)))
      return 1;
    return 0;
  }
  if (ed && (S_is(a, i, "called") || S_is(a, i, "named") ||
             S_is(a, i, "dubbed") || S_is(a, i, "titled"))) {
    /* "a company called Cambridge Analytica", "a move called the
     * boneless": a name given to an indefinite noun phrase. */
    size_t nx = i + 1;
    int particle = nx < a->tokens.n &&
                   (S_lex(&lede__lex_quote_preps, a, nx) || S_is(a, nx, "out") ||
                    S_is(a, nx, "up") || S_is(a, nx, "off"));
    for (size_t k = p, m = 0; !particle && m < 4 && lede__tok_sent(a, k) == si;
         k--, m++) {
      /* (not "a Baton Rouge paper called on", "one lawmaker called") */
      if (S_is(a, k, "a") || S_is(a, k, "an") || S_is(a, k, "another"))
        return 1;
      if (!S_word(a, k) || S_lex(&lede__lex_quote_pronouns, a, k) ||
          S_lex(&lede__lex_quote_determiners, a, k) || a->quote_verb[k] ||
          S_lex(&lede__lex_quote_aux, a, k) || k == 0)
        break;
    }
  }
  if (ed) {
    /* "a majority of pledged delegates", "fewer pledged delegates": a
     * participle between a preposition, quantifier or determiner and
     * the plural noun it modifies. */
    size_t nx = i + 1;
    if (nx < a->tokens.n && lede__tok_sent(a, nx) == si &&
        !S_cap(a, nx) && S_plural_noun(a, nx) &&
        !S_lex(&lede__lex_quote_objects, a, nx) &&
        ((S_lex(&lede__lex_quote_preps, a, p) && !S_is(a, p, "to")) ||
         S_lex(&lede__lex_quote_quantifiers, a, p) || S_is(a, p, "fewer") ||
         S_is(a, p, "more") ||
         (S_lex(&lede__lex_quote_determiners, a, p) && !S_is(a, p, "that"))))
      return 1;
    return 0;
  }
  if (ing) {
    /* "a tape showing", "the emails reflecting": a participle right
     * after a noun phrase's head (documents excepted: "a statement
     * saying" reports). */
    const lede__token *pt = S_tok(a, p);
    if (!(pt->flags & LEDE__T_WORD) || (pt->flags & LEDE__T_CAP) ||
        S_lex(&lede__lex_quote_pronouns, a, p) ||
        S_lex(&lede__lex_quote_documents, a, p) ||
        S_lex(&lede__lex_quote_aux, a, p) || a->quote_verb[p])
      return 0;
    for (size_t k = p; k > 0 && k + 3 > p; k--) {
      if (lede__tok_sent(a, k - 1) != si) break;
      if (S_lex(&lede__lex_quote_determiners, a, k - 1) &&
          !S_is(a, k - 1, "that"))
        return 1;
      if (!S_adjective_shape(a, k - 1)) break;
    }
  }
  return 0;
}

/* Does token k (before s1) join the cue verb of lemma as its particle
 * (data/lex/cue_particles.txt: "talk about")? */
static int S_particle(const lede_article *a, const char *lemma, size_t k,
                      size_t s1) {
  if (k >= s1 || !S_word(a, k)) return 0;
  const lede__token *t = S_tok(a, k);
  size_t ln = strlen(lemma), n = t->len;
  char key[32];
  if (ln + 1 + n > sizeof key) return 0;
  memcpy(key, lemma, ln);
  key[ln] = ' ';
  memcpy(key + ln + 1, a->text + t->start, n);
  return lede__lex_has(&lede__lex_cue_particles, key, ln + 1 + n);
}

/* Is token i (in sentence range [s0, s1)) the start of a cue? */
static int S_cue_at2(const lede_article *a, size_t i, size_t s1, S_cue *cu,
                     int loose) {
  const lede__token *t = S_tok(a, i);
  /* Words in capitals are headline furniture ("OZ'S BOSS THINKS"). */
  if (!(t->flags & LEDE__T_WORD) || (t->flags & LEDE__T_UPPER)) return 0;
  const char *s = a->text + t->start;
  size_t n = t->len;
  /* Most words are no cue: leave before any string comparison. */
  if (!a->quote_verb[i] && !loose && n != 9) return 0;
  if (n == 9 && lede__eq_ci(s, n, "according") && i + 1 < s1 &&
      S_is(a, i + 1, "to")) {
    cu->cue0 = i;
    cu->cue1 = i + 2;
    cu->lemma = "according to";
    cu->according = 1;
    return 1;
  }
  const char *lemma = S_verb_lemma(a, i);
  if (lemma && S_evidential_lemma(lemma)) return 0;
  /* "That said, ...": "nevertheless", not a report. */
  if (i > 0 && i + 1 < s1 && S_is(a, i, "said") && S_is(a, i - 1, "that") &&
      S_comma(a, i + 1) &&
      (i - 1 == a->sent_tok.v[lede__tok_sent(a, i)] || S_punct(a, i - 2, '(')))
    return 0;
  if (lemma && S_adjective_lemma(lemma) &&
      !(i > 0 && (S_be(a, i - 1) || S_be_contracted(a, i - 1))))
    return 0;
  int after = 0;
  if (!lemma && loose) {
    lemma = S_after_lemma(a, i);
    after = lemma != NULL;
  }
  if (!lemma) return 0;
  if (S_noun_reading(a, i)) return 0;
  /* "40 percent, compared with 23 percent", "up 7 percent compared to
   * 2014": a comparison; the verb has its object first ("compared her
   * to Nixon"). */
  if (i + 1 < s1 && S_is(a, i, "compared") &&
      (S_is(a, i + 1, "with") || S_is(a, i + 1, "to")))
    return 0;
  /* "backed away from the deal", "backed off": a movement, not support. */
  if (S_same(lemma, "back") && i + 1 < s1 &&
      (S_is(a, i + 1, "away") || S_is(a, i + 1, "off") ||
       S_is(a, i + 1, "down") || S_is(a, i + 1, "out")))
    return 0;
  cu->cue0 = i;
  cu->cue1 = i + 1;
  /* "Lee Just Announced ...": a headline's adverb joins its cue, not
   * the name before it */
  if (i > 1 && S_cap(a, i - 1) && S_is(a, i - 1, "just") &&
      lede__tok_sent(a, i - 2) == lede__tok_sent(a, i))
    cu->cue0 = i - 1;
  /* "shot back", "cut in", "went on" */
  if (after && i + 1 < s1 &&
      (S_is(a, i + 1, "back") || S_is(a, i + 1, "in") ||
       S_is(a, i + 1, "on")))
    cu->cue1 = i + 2;
  cu->lemma = lemma;
  cu->according = 0;
  /* "a group known as Ansar al-Sharia": a name given, not a thought. */
  if (S_same(lemma, "know") && i + 1 < s1 && S_is(a, i + 1, "as"))
    return 0;
  /* "a Washington think tank" is a noun. */
  if (S_same(lemma, "think") && i + 1 < s1 &&
      (S_is(a, i + 1, "tank") || S_is(a, i + 1, "tanks")))
    return 0;
  /* "made it clear that". */
  if (S_same(lemma, "make")) {
    size_t k = i + 1;
    if (k < s1 && S_is(a, k, "it")) k++;
    if (k < s1 && S_is(a, k, "clear")) cu->cue1 = k + 1;
    else return 0;
  }
  /* "pointed out", "talked about", "voted against": the particle joins
   * the cue; some verbs report only with one ("spoke for an hour"). */
  if (S_particle(a, lemma, i + 1, s1)) cu->cue1 = i + 2;
  else if (lede__lex_has(&lede__lex_cue_particle_only, lemma, strlen(lemma)))
    return 0;
  /* "said in a statement". */
  size_t j = i + 1;
  if (j + 1 < s1 && S_is(a, j, "in")) {
    size_t k = j + 1;
    if (k < s1 && (S_is(a, k, "a") || S_is(a, k, "an") || S_is(a, k, "the")))
      k++;
    if (k < s1 && k + 1 < s1 && S_lex(&lede__lex_quote_documents, a, k + 1) &&
        !S_lex(&lede__lex_quote_documents, a, k))
      k++; /* "a written statement" */
    if (k < s1 && S_lex(&lede__lex_quote_documents, a, k)) cu->cue1 = k + 1;
  }
  return 1;
}

static int S_cue_at(const lede_article *a, size_t i, size_t s1, S_cue *cu) {
  return S_cue_at2(a, i, s1, cu, 0);
}

static int S_word(const lede_article *a, size_t i) {
  return (S_tok(a, i)->flags & LEDE__T_WORD) != 0;
}
static int S_cap(const lede_article *a, size_t i) {
  return (S_tok(a, i)->flags & (LEDE__T_CAP | LEDE__T_NUM)) != 0;
}

/* A title abbreviation before a full stop: "Sen", "Gov", "Mr". */
static int S_abbrev(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  return (t->flags & LEDE__T_CAP) && t->len <= 5 &&
         lede__lex_has(&lede__lex_abbrev_title, a->text + t->start,
                       t->len);
}

static int S_ing(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  return t->len > 4 && memcmp(a->text + lede__tend(t) - 3, "ing", 3) == 0;
}

/* A lower-case adverb in -ly: "forcefully denouncing". */
static int S_ly(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  return (t->flags & LEDE__T_WORD) && !(t->flags & LEDE__T_CAP) &&
         t->len > 4 && memcmp(a->text + lede__tend(t) - 2, "ly", 2) == 0;
}

/* A form of "be" or "have", or a modal: a finite verb, where the
 * predicate of a clause ("..., is making", "..., has taken") goes on. */
static int S_finite_aux(const lede_article *a, size_t i) {
  return S_be(a, i) || S_is(a, i, "has") || S_is(a, i, "have") ||
         S_is(a, i, "had") || S_lex(&lede__lex_quote_modals, a, i);
}

/* A lower-case word in -ed, or one that attributes next to a quote:
 * the verb after a name ("Ortiz continued"), not part of it. */
static int S_past(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  size_t n = t->len;
  if (t->flags & LEDE__T_CAP) return 0;
  return (n > 3 && memcmp(a->text + lede__tend(t) - 2, "ed", 2) == 0) ||
         S_after_lemma(a, i) != NULL;
}

/* A word of four letters or more in -s, not -ss, -us, -is: "reads",
 * "voters" (not "news", "this", "pass"). */
static int S_s_form(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  const char *e = a->text + lede__tend(t);
  return (t->flags & LEDE__T_WORD) && t->len > 3 && e[-1] == 's' &&
         e[-2] != 's' && e[-2] != 'u' && e[-2] != 'i';
}

/* A lower-case word in -s: "reads", "begins". */
static int S_present_s(const lede_article *a, size_t i) {
  return !(S_tok(a, i)->flags & LEDE__T_CAP) && S_s_form(a, i);
}

/* A one-letter capital before a full stop: "J. Gerald Hebert". */
static int S_initial(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  return (t->flags & LEDE__T_CAP) && t->len == 1;
}

/* An initial that is also a determiner: the "A." of "James A. Baker". */
static int S_initial_stop(const lede_article *a, size_t i) {
  return S_initial(a, i) && i + 1 < a->tokens.n && S_punct(a, i + 1, '.');
}

/* A word in -ly read as a noun after a determiner or a possessive, with
 * at most a capitalized modifier between: "a rally", "at a Saturday
 * rally", "his family", "the Democratic assembly". */
static int S_ly_noun(const lede_article *a, size_t i) {
  size_t p = i;
  if (p > 0 && S_cap(a, p - 1) && S_word(a, p - 1)) p--;
  if (p == 0 || lede__tok_sent(a, p - 1) != lede__tok_sent(a, i)) return 0;
  return (S_lex(&lede__lex_quote_determiners, a, p - 1) &&
          !S_is(a, p - 1, "that")) ||
         S_possessive(a, p - 1);
}

/* Can a lower-case word stand inside a speaker phrase? */
static int S_np_lower(const lede_article *a, size_t i) {
  if (!S_word(a, i)) return 0;
  if (S_lex(&lede__lex_quote_stop, a, i)) return 0;
  if (S_lex(&lede__lex_quote_pronouns, a, i)) return 0;
  const lede__token *t = S_tok(a, i);
  const char *s = a->text + t->start;
  size_t n = t->len;
  if (a->quote_verb[i]) return 0;
  if (n > 4 && (memcmp(s + n - 2, "ly", 2) == 0) &&
      !S_lex(&lede__lex_quote_org_heads, a, i) && !S_ly_noun(a, i))
    return 0;
  /* (but "organizing director", "a founding member") */
  if (n > 5 && (memcmp(s + n - 3, "ing", 3) == 0) &&
      !(i + 1 < a->tokens.n && S_lex(&lede__lex_quote_role_heads, a, i + 1)))
    return 0;
  return 1;
}

/* The full stop of a name suffix: "Joseph R. Biden Jr." */
static int S_suffix_stop(const lede_article *a, size_t k) {
  return k > 0 && S_punct(a, k, '.') &&
         (S_is(a, k - 1, "Jr") || S_is(a, k - 1, "Sr"));
}

/* A speaker phrase ending at token e (inclusive), reading left, not
 * before token lo. Returns its first token, or LEDE_NONE. */
static size_t S_np_left(const lede_article *a, size_t lo, size_t e) {
  if (e < lo || e == LEDE_NONE) return LEDE_NONE;
  if (S_lex(&lede__lex_quote_pronouns, a, e)) return e;
  size_t s = LEDE_NONE;
  size_t k = e;
  int words = 0;
  for (;;) {
    if (words >= S_NP_MAX) break;
    if (S_punct(a, k, ')') && k > lo) {
      /* "Sen. Al Lee (R-Fla.)": back to the opening parenthesis. */
      size_t j = k - 1;
      while (j > lo && j + 8 > k && !S_punct(a, j, '(') &&
             !S_punct(a, j, ')') && !(S_tok(a, j)->flags & LEDE__T_QUOTE))
        j--;
      if (S_punct(a, j, '(') && j > lo) {
        words++;
        k = j - 1;
        continue;
      }
    }
    if (S_possessive(a, k)) {
      if (k == e) break;
    } else if (S_lex(&lede__lex_quote_determiners, a, k) && words &&
               !S_initial_stop(a, k)) {
      s = k;
      break;
    } else if (S_cap(a, k) && S_word(a, k)) {
      if (S_lex(&lede__lex_quote_pronouns, a, k) ||
          (S_lex(&lede__lex_quote_stop, a, k) && !S_tok(a, k)->flags))
        break;
      /* "Holding signs calling ...": a participle opening the sentence
       * is no name. */
      /* (but right before the cue it is a name: "Ewing said") */
      if (S_ing(a, k) && k == a->sent_tok.v[lede__tok_sent(a, k)] && k != e)
        break;
      s = k;
    } else if ((S_is(a, k, "of") || S_is(a, k, "for") || S_is(a, k, "and") ||
                S_punct(a, k, '&')) &&
               words && k > lo && S_cap(a, k - 1) && s != LEDE_NONE &&
               S_cap(a, s)) {
      /* "Bank of England", "Secretary of State" */
    } else if (S_punct(a, k, '(') && s != LEDE_NONE) {
      /* "an office (Cole called it ...)": an aside opens here. */
      break;
    } else if (S_punct(a, k, '(') || S_punct(a, k, ')') ||
               (S_punct(a, k, '-') && words) ||
               (S_punct(a, k, '.') && words && k > lo &&
                (S_abbrev(a, k - 1) || S_initial(a, k - 1))) ||
               (S_punct(a, k, '.') && k == e && S_suffix_stop(a, k))) {
      /* "(D-N.Y.)", "Sen. Smith" */
    } else if (S_np_lower(a, k) || (S_tok(a, k)->flags & LEDE__T_NUM) ||
               (k == e && k > lo && S_ing(a, k) && !a->quote_verb[k] &&
                S_lex(&lede__lex_quote_determiners, a, k - 1))) {
      /* (a head in -ing after a determiner: "The filing said") */
      s = k;
    } else {
      break;
    }
    words++;
    if (k == lo) break;
    k--;
  }
  if (s == LEDE_NONE) return LEDE_NONE;
  /* A capitalised sentence opener that is a stop word ("After", "When")
   * is not part of the phrase. */
  while (s <= e && (S_lex(&lede__lex_quote_stop, a, s) ||
                    S_punct(a, s, ')') || S_possessive(a, s)))
    s++;
  if (s > e) return LEDE_NONE;
  /* "one of the family's lawyers", "some of his aides": the part
   * speaks, with its whole. */
  if (s >= lo + 2 && S_is(a, s - 1, "of") &&
      (S_lex(&lede__lex_quote_quantifiers, a, s - 2) || S_is(a, s - 2, "each") ||
       S_is(a, s - 2, "several") || S_is(a, s - 2, "none")) &&
      !S_is(a, s, "them") && !S_is(a, s, "us") &&
      /* (not the group a relative clause picks: "most of the drivers
       * who back her": all those drivers back her) */
      !(e + 1 < a->tokens.n &&
        (S_is(a, e + 1, "who") || S_is(a, e + 1, "that") ||
         S_is(a, e + 1, "which"))))
    s -= 2;
  /* A phrase of determiners only is no speaker. */
  int content = 0;
  for (size_t i = s; i <= e; i++)
    if (S_word(a, i) && !S_lex(&lede__lex_quote_determiners, a, i) &&
        !(S_tok(a, i)->flags & LEDE__T_NUM) && !S_negation(a, i))
      content = 1;
  return content ? s : LEDE_NONE;
}

/* A speaker phrase starting at token s, reading right up to hi (excl.).
 * Returns its end (exclusive), or s if none. */
static size_t S_np_right(const lede_article *a, size_t s, size_t hi) {
  if (s >= hi) return s;
  if (S_lex(&lede__lex_quote_pronouns, a, s)) return s + 1;
  /* "warned of a battle": a phrase opened by a preposition is its
   * object, no speaker. */
  if (!S_cap(a, s) && S_lex(&lede__lex_quote_preps, a, s)) return s;
  size_t k = s, last = s;
  int words = 0;
  while (k < hi && words < S_NP_MAX) {
    if (S_punct(a, k, '(') && k > s) {
      /* "Rep. Dana Cole (D-La.)": up to the closing parenthesis. */
      size_t j = k + 1;
      while (j < hi && j < k + 8 && !S_punct(a, j, ')') &&
             !S_punct(a, j, '(') && !(S_tok(a, j)->flags & LEDE__T_QUOTE))
        j++;
      if (j < hi && S_punct(a, j, ')')) {
        last = j + 1;
        k = j + 1;
        words++;
        continue;
      }
    }
    if (S_lex(&lede__lex_quote_determiners, a, k) && !S_initial_stop(a, k)) {
      if (k != s && !S_is(a, k - 1, "of")) break;
    } else if (S_possessive(a, k) && k > s) {
    } else if (S_cap(a, k) && S_word(a, k) &&
               !S_lex(&lede__lex_quote_after_cue, a, k)) {
      last = k + 1;
    } else if ((S_is(a, k, "of") || S_is(a, k, "for")) && k + 1 < hi &&
               (S_cap(a, k + 1) || S_is(a, k + 1, "the")) && last == k) {
    } else if (S_punct(a, k, '.') && last == k && k > s &&
               (S_abbrev(a, k - 1) || S_initial(a, k - 1)) && k + 1 < hi &&
               S_cap(a, k + 1)) {
      /* "Gov. Kasich" */
    } else if (S_punct(a, k, '(') || S_punct(a, k, ')') ||
               (S_punct(a, k, '-') && last == k)) {
      if (S_punct(a, k, ')')) last = k + 1;
    } else if (k == s + 1 && S_ing(a, k) && !a->quote_verb[k] &&
               S_lex(&lede__lex_quote_determiners, a, s) && k + 1 < hi &&
               S_word(a, k + 1) && (S_cap(a, k + 1) || S_np_lower(a, k + 1))) {
      /* "a smiling Hale", "the visiting delegation" */
      last = k + 1;
    } else if (S_np_lower(a, k) && !S_lex(&lede__lex_quote_after_cue, a, k) &&
               (!S_past(a, k) ||
                /* "said undecided voter Ann Lee": an adjective first */
                ((k == s || (k == s + 1 &&
                             S_lex(&lede__lex_quote_determiners, a, s))) &&
                 k + 1 < hi && S_word(a, k + 1) &&
                 (S_cap(a, k + 1) || S_np_lower(a, k + 1))))) {
      last = k + 1;
    } else {
      break;
    }
    k++;
    words++;
  }
  return last;
}

/* ==== Building quotes =================================================== */

static lede_span S_span_tok(const lede_article *a, size_t t0, size_t t1) {
  if (t1 <= t0) return (lede_span){0, 0};
  return (lede_span){S_tok(a, t0)->start, lede__tend(S_tok(a, t1 - 1))};
}

static int S_empty(lede_span s) { return s.end <= s.start; }

/* A reported clause is a clause: in a run-on text of thousands of words
 * without a full stop, keep the S_CONTENT_MAX tokens next to the cue, so
 * overlapping contents stay linear in the text. */
static lede_span S_cap_content(const lede_article *a, lede_span c,
                               size_t cue_start) {
  size_t t0 = S_tok_at(a, c.start), t1 = S_tok_at(a, c.end);
  if (t1 - t0 <= S_CONTENT_MAX) return c;
  if (c.start >= cue_start) t1 = t0 + S_CONTENT_MAX;
  else t0 = t1 - S_CONTENT_MAX;
  return S_span_tok(a, t0, t1);
}

static lede__quote *S_new(lede_article *a, size_t block) {
  lede__quote *q = LEDE__PUSH(&a->arena, a->quotes);
  memset(q, 0, sizeof *q);
  q->block = block;
  q->entity = LEDE_NONE;
  q->parent = LEDE_NONE;
  q->kind = LEDE_QUOTE_UNATTRIBUTED;
  return q;
}

/* Sentence token range of token i. */
static void S_sent_range(const lede_article *a, size_t i, size_t *s0,
                         size_t *s1) {
  size_t si = lede__tok_sent(a, i);
  *s0 = a->sent_tok.v[si];
  *s1 = a->sent_tok.v[si + 1];
}

static void S_mark(S_ctx *x, size_t t0, size_t t1) {
  for (size_t i = t0; i < t1; i++) S_use(x->used_tok, i, 1);
}

/* A number, weekday or month ("in 2010", "on Tuesday"). */
static int S_timeword(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  return (t->flags & LEDE__T_NUM) ||
         lede__lex_has(&lede__lex_weekdays, a->text + t->start,
                       t->len) ||
         lede__month_from_name(a->text + t->start, t->len);
}


/* Skip auxiliaries and adverbs reading left from token i (exclusive);
 * returns the new end (exclusive). */
static size_t S_skip_aux_left(const lede_article *a, size_t lo, size_t i) {
  int n = 0;
  /* "She is confident that": a stance adjective after a form of "be". */
  /* (the form of "be" asked first: the lemma costs a look-up) */
  if (i > lo + 1 && i < a->tokens.n && a->quote_verb[i] && S_be(a, i - 1) &&
      (S_adjective_lemma(S_entry_lemma(S_verb_of(a, i))) ||
       S_is(a, i, "worried")))
    i--;
  int prog = i < a->tokens.n && a->quote_verb[i] && S_ing(a, i);
  while (i > lo && n < 4) {
    if (i > lo + 3 && (S_is(a, i - 1, "later") || S_is(a, i - 1, "earlier")) &&
        (S_is(a, i - 2, "month") || S_is(a, i - 2, "week") ||
         S_is(a, i - 2, "year") || S_is(a, i - 2, "day")) &&
        (S_is(a, i - 3, "a") || S_is(a, i - 3, "one"))) {
      i -= 3; /* "Fiorina a month later announced" */
    } else if (S_lex(&lede__lex_quote_aux, a, i - 1) || S_negation(a, i - 1) ||
        (prog && (S_be(a, i - 1) || S_be_contracted(a, i - 1))) ||
        (S_ly(a, i - 1) && !S_lex(&lede__lex_quote_org_heads, a, i - 1))) {
      /* "has also said", "gingerly said" */
      i--;
    } else if (i > lo + 1 && (S_is(a, i - 1, "all") || S_is(a, i - 1, "both")) &&
               (S_lex(&lede__lex_quote_aux, a, i - 2) ||
                S_is(a, i - 2, "they") || S_is(a, i - 2, "we") ||
                S_plural_noun(a, i - 2) ||
                (S_cap(a, i - 2) && S_word(a, i - 2)))) {
      i--; /* "Ortega and Kim have all attacked": the quantifier floats */
    } else if (i > lo + 1 && S_possessive(a, i - 1) &&
               S_lex(&lede__lex_quote_pronouns, a, i - 2)) {
      i--; /* "he's said", "she’s argued": a contraction, not a possessive */
    } else if (i > lo + 1 && S_timeword(a, i - 1) &&
               (S_is(a, i - 2, "in") || S_is(a, i - 2, "on"))) {
      i -= 2; /* "who in 2010 said" */
    } else if (i > lo + 2 &&
               (S_is(a, i - 1, "weeks") || S_is(a, i - 1, "months") ||
                S_is(a, i - 1, "years") || S_is(a, i - 1, "days")) &&
               (S_is(a, i - 2, "for") || S_is(a, i - 2, "in"))) {
      i -= 2; /* "has for weeks been confident" */

    } else if (i > lo + 2 && S_is(a, i - 1, "to") && S_is(a, i - 2, "on") &&
               (S_is(a, i - 3, "went") || S_is(a, i - 3, "goes") ||
                S_is(a, i - 3, "go"))) {
      i -= 3; /* "she went on to say" */
    } else if (i > lo + 1 && S_is(a, i - 1, "to") &&
               S_lex(&lede__lex_quote_catenatives, a, i - 2)) {
      i -= 2; /* "he continued to insist" */
    } else if (prog && S_lex(&lede__lex_quote_catenatives, a, i - 1)) {
      i--; /* "Lee just starts talking about", "has kept saying" */
    } else if (i > lo + 1 && (S_is(a, i - 1, "helped") ||
                              S_is(a, i - 1, "helps") || S_is(a, i - 1, "help"))) {
      i--; /* "Lee helped persuade them": the helper speaks */
    } else {
      break;
    }
    n++;
  }
  return i;
}

/* A word that hedges a count: "only", "nearly six in 10". */
static int S_hedge(const lede_article *a, size_t i) {
  return S_is(a, i, "only") || S_is(a, i, "nearly") || S_is(a, i, "about") ||
         S_is(a, i, "almost") || S_is(a, i, "just") || S_is(a, i, "roughly");
}

/* A subject counting people that ends at token e: "Six in 10", "42%",
 * "28 percent", "three out of four", "Most". Returns its first token, or
 * LEDE_NONE. */
static size_t S_number_subject0(const lede_article *a, size_t lo,
                                size_t e);
/* Does a clause open at token k (not before lo): the start, after a
 * comma, or after a conjunction that opens the sentence ("But most")? */
static int S_clause_opens(const lede_article *a, size_t lo, size_t k) {
  return k == lo || S_comma(a, k - 1) ||
         (k - 1 == lo && (S_is(a, lo, "but") || S_is(a, lo, "and") ||
                          S_is(a, lo, "yet") || S_is(a, lo, "so")));
}
static size_t S_number_subject(const lede_article *a, size_t lo, size_t e) {
  size_t k = S_number_subject0(a, lo, e);
  if (k != LEDE_NONE) return k;
  /* "Many in the crowd", "most of them", "only 28", "all but two": a
   * count of a group, opening its clause. */
  size_t n = S_np_left(a, lo, e);
  if (n != LEDE_NONE && n > lo + 1 && n + 5 > e &&
      (S_is(a, n - 1, "in") || S_is(a, n - 1, "of")) &&
      S_lex(&lede__lex_quote_quantifiers, a, n - 2) &&
      !(S_tok(a, n - 2)->flags & LEDE__T_NUM))
    k = n - 2;
  else if (e > lo + 1 && S_lex(&lede__lex_quote_quantifiers, a, e) &&
           S_is(a, e - 1, "but") && S_is(a, e - 2, "all"))
    k = e - 2;
  else if ((S_tok(a, e)->flags & LEDE__T_NUM) && e > lo && S_hedge(a, e - 1))
    k = e - 1;
  else
    return LEDE_NONE;
  if (k > lo && S_hedge(a, k - 1)) k--;
  return S_clause_opens(a, lo, k) ? k : LEDE_NONE;
}

static size_t S_number_subject0(const lede_article *a, size_t lo,
                                size_t e) {
  size_t k = e;
  int pct = 0;
  if (S_punct(a, k, '%') || S_is(a, k, "percent")) {
    if (k == lo) return LEDE_NONE;
    k--;
    pct = 1;
  }
  int num = (S_tok(a, k)->flags & LEDE__T_NUM) != 0;
  if (!num && !S_lex(&lede__lex_quote_quantifiers, a, k)) return LEDE_NONE;
  if (!pct && k > lo + 1 && (S_is(a, k - 1, "in") || S_is(a, k - 1, "of")) &&
      ((S_tok(a, k - 2)->flags & LEDE__T_NUM) ||
       S_lex(&lede__lex_quote_quantifiers, a, k - 2))) {
    k -= 2; /* "Six in 10", "nine of 10" */
  } else if (!pct && k > lo + 2 && S_is(a, k - 1, "of") &&
             S_is(a, k - 2, "out")) {
    k -= 3; /* "three out of four" */
  } else if (!pct) {
    /* A lone number is no subject ("270 delegates"); a lone quantifier
     * opening the clause is ("Most believe", "Half said"). */
    if (num) return LEDE_NONE;
    /* ("About four in 10 said": "in 10" was read as a time adjunct.) */
    if (k > lo && S_hedge(a, k - 1) && S_clause_opens(a, lo, k - 1))
      return k - 1;
    if (!S_clause_opens(a, lo, k)) return LEDE_NONE;
    return S_cap(a, k) || k > lo ? k : LEDE_NONE;
  }
  if (k > lo && (S_tok(a, k)->flags & LEDE__T_NUM) == 0 &&
      !S_lex(&lede__lex_quote_quantifiers, a, k))
    return LEDE_NONE;
  /* "only 28 percent", "nearly six in 10" */
  if (k > lo && S_hedge(a, k - 1)) k--;
  return k;
}

/* Find the speaker of a cue [c0, c1) in sentence [s0, s1): to the left,
 * with an apposition ("the agency's press office, the FSB, said"), else to
 * the right ("says the FSB"). Sets sp0, sp1; returns 1 = left, 2 = right,
 * 0 = none. */
static int S_tail_only(const lede_article *a, size_t i, size_t s1);

static int S_personal(const lede_article *a, size_t i);

/* The subject opening a sentence: a speaker phrase cut before the first
 * lower-case word that looks like a past-tense verb ("Lewandowski |
 * praised the team, adding ..."). Returns its end, or s0. */
static int S_subordinator(const lede_article *a, size_t i);

static size_t S_subject(const lede_article *a, size_t s0, size_t lim,
                        size_t *start) {
  /* "Thursday, after remaining neutral for months, Warren endorsed":
   * an opener, then a clause of time or circumstance between commas. */
  for (int n = 0; n < 2; n++) {
    size_t k = s0;
    while (k < lim && k < s0 + 6 && !S_comma(a, k) &&
           !(S_tok(a, k)->flags & LEDE__T_QUOTE) && !a->quote_verb[k])
      k++;
    if (k + 2 >= lim || !S_comma(a, k) ||
        !(S_is(a, k + 1, "after") || S_is(a, k + 1, "before") ||
          S_is(a, k + 1, "while") || S_is(a, k + 1, "when") ||
          S_is(a, k + 1, "during") || S_is(a, k + 1, "despite") ||
          S_is(a, k + 1, "following") || S_is(a, k + 1, "since")))
      break;
    size_t j = k + 2;
    while (j < lim && j < k + 26 && !S_comma(a, j) &&
           !(S_tok(a, j)->flags & LEDE__T_QUOTE))
      j++;
    if (j + 1 >= lim || !S_comma(a, j) ||
        !(S_cap(a, j + 1) || S_personal(a, j + 1)))
      break;
    s0 = j + 1;
  }
  /* "But a few days later, Reyes reversed himself", "Speaking to
   * reporters on Monday, Lee said": after the opener. */
  const lede__token *t0 = S_tok(a, s0);
  size_t n0 = t0->len;
  int part = (t0->flags & LEDE__T_WORD) &&
             (S_ing(a, s0) ||
              (n0 > 4 && memcmp(a->text + lede__tend(t0) - 2, "ed", 2) == 0) ||
              (n0 > 4 && memcmp(a->text + lede__tend(t0) - 2, "ly", 2) == 0));
  /* "When told the news, Lee said": a reduced clause of time. */
  int sub = s0 + 1 < lim && S_subordinator(a, s0) && a->quote_verb[s0 + 1];
  if (sub) part = 1;
  size_t klim = s0 + (sub ? 32 : part ? 24 : 10);
  size_t k = s0;
  for (;;) {
    while (k < lim && k < klim && !S_comma(a, k) &&
           !(S_tok(a, k)->flags & LEDE__T_QUOTE) &&
           (!a->quote_verb[k] || (part && k == s0) || (sub && k == s0 + 1) ||
            (!part && k > s0 && S_noun_reading(a, k))))
      k++;
    /* (a participle clause may hold a relative one: "Speaking in Concord,
     * which votes next, Lee said") */
    if (!part || k + 1 >= lim || k >= klim || !S_comma(a, k)) break;
    if (S_cap(a, k + 1) || S_lex(&lede__lex_quote_determiners, a, k + 1) ||
        S_personal(a, k + 1)) {
      /* "Speaking in Salem, New Hampshire, Reyes said": a place and its
       * state are still the opener. */
      size_t r = S_np_right(a, k + 1, lim);
      if (!S_cap(a, k + 1) || r >= lim || !S_comma(a, r) || r >= klim) break;
      k = r;
      continue;
    }
    k++;
  }
  /* "A month later, he paid", "Two weeks after the vote, Lee broke": an
   * opener of time or circumstance ends at its comma. */
  int when = 0;
  for (size_t j = s0; j < k && j < lim; j++)
    if (S_is(a, j, "later") || S_is(a, j, "earlier") || S_is(a, j, "ago") ||
        S_is(a, j, "after") || S_is(a, j, "before") || S_is(a, j, "when") ||
        S_is(a, j, "whenever") || S_is(a, j, "while") ||
        S_is(a, j, "besides") || S_is(a, j, "instead"))
      when = 1;
  if (k + 1 < lim && k < klim && S_comma(a, k) &&
      (S_cap(a, k + 1) || S_lex(&lede__lex_quote_determiners, a, k + 1) ||
       ((part || when) && S_personal(a, k + 1))) &&
      (S_lex(&lede__lex_quote_stop, a, s0) ||
       S_lex(&lede__lex_sentence_starters, a, s0) ||
       part || when)) /* "Walking home, Lee said" */
    s0 = k + 1;
  /* "But the court overruled and said": past the conjunction. */
  if (s0 + 1 < lim && (S_is(a, s0, "but") || S_is(a, s0, "and") ||
                       S_is(a, s0, "yet") || S_is(a, s0, "so")) &&
      (S_cap(a, s0 + 1) || S_lex(&lede__lex_quote_determiners, a, s0 + 1)))
    s0++;
  *start = s0;
  if (S_lex(&lede__lex_quote_stop, a, s0)) return s0;
  if (when && S_personal(a, s0)) return s0 + 1;
  size_t r = S_np_right(a, s0, lim);
  for (size_t i = s0 + 1; i < r; i++) {
    const lede__token *t = S_tok(a, i);
    size_t n = t->len;
    if (!(t->flags & LEDE__T_CAP) && (t->flags & LEDE__T_WORD) && n > 3 &&
        memcmp(a->text + lede__tend(t) - 2, "ed", 2) == 0)
      return i;
  }
  return r;
}


static int S_personal(const lede_article *a, size_t i) {
  return S_is(a, i, "he") || S_is(a, i, "she") || S_is(a, i, "they") ||
         S_is(a, i, "it") || S_is(a, i, "we");
}

/* The subject of a clause that may open with a connective ("And then
 * Reyes went", "Though he brushed off") or a short adverbial ("Last year,
 * he played down"). Returns its end, *start its start; s0 if none. */
static size_t S_clause_subject(const lede_article *a, size_t s0, size_t lim,
                               size_t *start) {
  size_t b = s0;
  for (size_t k = s0; k < lim && k < s0 + 8; k++) {
    if (S_tok(a, k)->flags & LEDE__T_QUOTE) break;
    if (S_comma(a, k) && k + 1 < lim && S_personal(a, k + 1)) {
      b = k + 1;
      break;
    }
  }
  for (int n = 0; b == s0 && n < 2 && b + 1 < lim; n++) {
    if (!(S_lex(&lede__lex_quote_stop, a, s0 + n) ||
          S_lex(&lede__lex_sentence_starters, a, s0 + n) ||
          S_is(a, s0 + n, "then")) ||
        (n && S_lex(&lede__lex_quote_determiners, a, s0 + n)))
      break; /* ("In a Fox interview, Lee went": no subject "Fox") */
    size_t nx = s0 + n + 1;
    if (S_personal(a, nx) ||
        (S_cap(a, nx) && S_word(a, nx) && !S_lex(&lede__lex_quote_stop, a, nx) &&
         !S_lex(&lede__lex_sentence_starters, a, nx) && !S_is(a, nx, "then"))) {
      b = nx;
      break;
    }
  }
  if (S_personal(a, b)) {
    *start = b;
    return b + 1;
  }
  size_t r = S_subject(a, b, lim, start);
  /* "Reyes went": a name, then its verb. */
  if (r > *start + 1 && S_cap(a, r - 2) && S_word(a, r - 1) &&
      !S_cap(a, r - 1) && !S_lex(&lede__lex_quote_determiners, a, *start) &&
      !S_lex(&lede__lex_quote_org_heads, a, r - 1) &&
      !S_lex(&lede__lex_quote_role_heads, a, r - 1))
    r--;
  return r;
}


/* A speaker phrase [s, e) read left of the cue at c0 that no reader
 * would take for one: lower-case words with no determiner and no head
 * that names people ("long", "spent more time", "renewed"), or a document
 * before a participle ("a statement saying": its issuer speaks). */
static int S_bad_left_speaker(const lede_article *a, size_t s, size_t e,
                              size_t c0) {
  if (e <= s) return 1;
  if (S_ing(a, c0) && S_lex(&lede__lex_quote_documents, a, e - 1)) return 1;
  if (S_cap(a, s) || S_lex(&lede__lex_quote_pronouns, a, s) ||
      S_lex(&lede__lex_quote_determiners, a, s) || S_possessive(a, s) ||
      S_is(a, s, "all") || S_is(a, s, "both") || S_is(a, s, "each") ||
      S_is(a, s, "few") || S_is(a, s, "one") || S_is(a, s, "none") ||
      S_is(a, s, "some") || S_is(a, s, "many") || S_is(a, s, "most") ||
      S_is(a, s, "several"))
    return 0;
  /* "Not everyone agrees", "almost everybody says", "another says" */
  size_t w = e - 1;
  if (e == s + 2 && S_is(a, s, "no") && S_is(a, s + 1, "one"))
    return 0; /* "no one knows" */
  if ((e == s + 1 ||
       (e == s + 2 && (S_is(a, s, "almost") || S_is(a, s, "nearly") ||
                       S_is(a, s, "virtually") || S_is(a, s, "not")))) &&
      (S_is(a, w, "everyone") || S_is(a, w, "everybody") ||
       S_is(a, w, "anyone") || S_is(a, w, "anybody") ||
       S_is(a, w, "someone") || S_is(a, w, "somebody") ||
       S_is(a, w, "nobody") || S_is(a, w, "another") ||
       S_is(a, w, "others")))
    return 0;
  for (size_t k = s; k < e; k++)
    if (S_cap(a, k) && S_word(a, k)) return 0;
  size_t h = e - 1;
  if (S_lex(&lede__lex_quote_role_heads, a, h) ||
      S_lex(&lede__lex_quote_org_heads, a, h) || S_lex(&lede__lex_groups, a, h) ||
      S_lex(&lede__lex_quote_evidence, a, h)) /* "early ratings data" */
    return 0;
  return !S_plural_noun(a, h);
}

/* A plural noun by its shape: "voters", "critics" (not "news", "this"). */
static int S_plural_noun(const lede_article *a, size_t i) {
  return S_s_form(a, i) && !a->quote_verb[i];
}

/* A clause subject good enough to speak: a name, a pronoun or a
 * determiner phrase. */
static int S_good_subject(const lede_article *a, size_t s, size_t e) {
  if (e <= s || e - s > S_NP_MAX) return 0;
  if (S_lex(&lede__lex_quote_stop, a, s) && !S_personal(a, s)) return 0;
  if (S_is(a, s, "who") || S_is(a, s, "which") || S_ing(a, s)) return 0;
  for (size_t k = s; k < e; k++)
    if (S_tok(a, k)->flags & LEDE__T_QUOTE) return 0;
  return S_personal(a, s) || (S_cap(a, s) && S_word(a, s)) ||
         S_lex(&lede__lex_quote_determiners, a, s);
}

/* The subject of the last finite clause before a participle cue at c0
 * (reading left, not into quotation marks): "The row began after the
 * mayor entered the race, calling ...", "When Lee asked, it declined,
 * citing ...": the participle goes on from that clause. The subject
 * must open its clause (the sentence, or after a comma, a mark, a
 * conjunction or a subordinator). Returns its end, or *start if none. */
static size_t S_near_subject(const lede_article *a, size_t s0, size_t c0,
                             size_t *start) {
  *start = s0;
  size_t lo = c0 > s0 + 40 ? c0 - 40 : s0;
  int by = c0 > s0 && (S_is(a, c0 - 1, "by") || S_is(a, c0 - 1, "upon") ||
                       S_is(a, c0 - 1, "without"));
  for (size_t j = c0; j-- > lo + 1;) {
    if (S_tok(a, j)->flags & LEDE__T_QUOTE) break;
    if (!(S_finite(a, j) || S_be(a, j)) || S_cap(a, j)) continue;
    size_t e = S_skip_aux_left(a, s0, j);
    if (e <= s0) continue;
    /* ("married when they were young and arrived ..., hoping": a second
     * predicate shares the subject of the first) */
    if (S_is(a, e - 1, "and") || S_is(a, e - 1, "but")) break;
    size_t n = S_comma(a, e - 1) ? LEDE_NONE : S_np_left(a, s0, e - 1);
    if (e > s0 + 3 && S_comma(a, e - 1)) {
      /* "her main rival, Sen. Al Lee, has soared ..., saying": a
       * subject with its apposition between commas. */
      size_t n2 = S_np_left(a, s0, e - 2);
      if (n2 != LEDE_NONE && n2 > s0 + 1 && S_comma(a, n2 - 1) &&
          S_cap(a, n2)) {
        size_t n1 = S_np_left(a, s0, n2 - 2);
        if (n1 != LEDE_NONE && S_good_subject(a, n1, n2 - 1)) {
          n = n1;
          e--;
        }
      }
    }
    if (n == LEDE_NONE || !S_good_subject(a, n, e)) continue;
    /* (not a conjunct of a subject: "Republicans and their allies are")
     * nor a clause of reason or of the same time: "even as he defended
     * ..., saying" goes on from the main clause) */
    if (n > s0 && !S_comma(a, n - 1) && !S_dash(a, n - 1) &&
        !S_punct(a, n - 1, ';') && !(S_tok(a, n - 1)->flags & LEDE__T_QUOTE) &&
        !S_is(a, n - 1, "after") && !S_is(a, n - 1, "before") &&
        !S_is(a, n - 1, "when") && !S_is(a, n - 1, "since") &&
        !S_is(a, n - 1, "until") && !S_is(a, n - 1, "once") &&
        /* ("while her rival has soared by saying": "by" ties it to the
         * verb before it) */
        !(by && S_subordinator(a, n - 1)) &&
        !((S_is(a, n - 1, "and") || S_is(a, n - 1, "but")) && n > s0 + 1 &&
          S_comma(a, n - 2)))
      continue;
    *start = n;
    return e;
  }
  return s0;
}

/* "going on to say": the cue at c0 after a participle of going on. */
static int S_going_on_to(const lede_article *a, size_t s0, size_t c0) {
  return c0 > s0 + 3 && S_is(a, c0 - 1, "to") && S_is(a, c0 - 2, "on") &&
         S_is(a, c0 - 3, "going");
}

/* Does the participle cue at c0 (c0 > s0 + 1) go on from its clause's
 * own predicate: "mocked her, saying", "“...,” promising", ", angrily
 * denouncing", ", before insisting", "booed upon saying", "took the step
 * of accusing"? */
static int S_participle_link(const lede_article *a, size_t s0, size_t c0) {
  size_t p = c0 - 1;
  if (S_comma(a, p) || S_is(a, p, "upon") || S_is(a, p, "of") ||
      S_is(a, p, "by") || S_is(a, p, "without") || S_is(a, p, "while"))
    return 1;
  /* "Lee said before adding:", "..., Lee said, going on to say that" */
  if ((S_is(a, p, "before") || S_is(a, p, "after")) && p > s0 &&
      a->quote_verb[p - 1] && !S_ing(a, p - 1))
    return 1;
  if (c0 > s0 + 4 && S_going_on_to(a, s0, c0))
    return S_participle_link(a, s0, p - 2);
  if (c0 <= s0 + 2) return 0;
  /* (a comma inside the closing mark: "was “troubling,” before noting") */
  int comma = S_comma(a, p - 1) ||
              (c0 > s0 + 3 && (S_tok(a, p - 1)->flags & LEDE__T_QUOTE) &&
               S_comma(a, p - 2) && (S_is(a, p, "before") || S_is(a, p, "after")));
  return comma &&
         ((S_tok(a, p)->flags & LEDE__T_QUOTE) || S_ly(a, p) ||
          S_is(a, p, "before") || S_is(a, p, "after"));
}

/* "The campaign sent an email saying": the object phrase ends at token
 * e; if a lower-case verb stands before it, the subject of that verb
 * [*start, return) speaks; else returns *start. */
static size_t S_object_subject(const lede_article *a, size_t s0, size_t e,
                               size_t *start) {
  *start = s0;
  /* (past a time adjunct: "an email on Friday morning saying") */
  size_t k = e;
  while (k > s0 && (S_timeword(a, k) || S_lex(&lede__lex_day_parts, a, k)))
    k--;
  if (k < e && k > s0 + 1 &&
      (S_is(a, k, "on") || S_is(a, k, "in") || S_is(a, k, "at") ||
       S_is(a, k, "last") || S_is(a, k, "this")))
    e = k - 1;
  size_t m = S_np_left(a, s0, e);
  /* (a verb in -ed the phrase reader took in: "Marchers carried signs") */
  for (size_t j = e; m != LEDE_NONE && j > m && j > s0 + 1; j--)
    if (S_word(a, j - 1) && !S_cap(a, j - 1) && j - 1 > m &&
        memcmp(a->text + lede__tend(S_tok(a, j - 1)) - 2, "ed", 2) == 0 &&
        S_tok(a, j - 1)->len > 3) {
      m = j;
      break;
    }
  /* (a modifier the phrase reader leaves out: "a fundraising email") */
  if (m != LEDE_NONE && m > s0 + 2 && S_word(a, m - 1) && !S_cap(a, m - 1) &&
      S_lex(&lede__lex_quote_determiners, a, m - 2) &&
      (S_ing(a, m - 1) || S_adjective_shape(a, m - 1)))
    m -= 2;
  if (m == LEDE_NONE || m < s0 + 2 || !S_word(a, m - 1) || S_cap(a, m - 1) ||
      S_lex(&lede__lex_quote_stop, a, m - 1) ||
      S_lex(&lede__lex_quote_preps, a, m - 1) || S_ly(a, m - 1) ||
      S_lex(&lede__lex_quote_determiners, a, m - 1) ||
      !(S_lex(&lede__lex_quote_documents, a, e) ||
        (!S_cap(a, m) && !S_lex(&lede__lex_quote_pronouns, a, m))))
    return s0;
  size_t v = m - 1;
  while (v > s0 + 1 && S_finite_aux(a, v - 1)) v--; /* "has sent" */
  size_t st = s0;
  size_t r = S_subject(a, s0, v, &st);
  if (r > v) r = v;
  if (r <= st || !S_good_subject(a, st, r)) {
    st = s0;
    r = S_clause_subject(a, s0, v, &st);
    if (r > v) r = v;
    if (r <= st || !S_good_subject(a, st, r)) {
      /* "After the audit found ..., Lee released a statement saying":
       * the phrase right before the verb, after an opener's comma. */
      size_t n = S_np_left(a, s0, v - 1);
      if (n == LEDE_NONE || n <= s0 || !S_comma(a, n - 1) ||
          !S_good_subject(a, n, v))
        return s0;
      st = n;
      r = v;
    }
  }
  *start = st;
  return r;
}

/* A word opening a sentence before its subject: "Even China, ..., said",
 * "Yet Democratic economists say". */
static int S_opener_word(const lede_article *a, size_t i) {
  return S_is(a, i, "yet") || S_is(a, i, "but") || S_is(a, i, "and") ||
         S_is(a, i, "so") || S_is(a, i, "even") || S_is(a, i, "still") ||
         S_is(a, i, "also") || S_is(a, i, "meanwhile");
}

/* "Weaver, who came out and endorsed", "Cole, who last year
 * threatened", "Dane, who through his office declined": the cue's subject
 * is a relative pronoun a few words back, past adjuncts or a first
 * predicate of its own; its antecedent speaks, through it. e is where
 * the auxiliaries before the cue start. Sets [sp0, sp1) to the antecedent
 * and the pronoun. */
static int S_relative_subject(const lede_article *a, size_t s0, size_t c0,
                              size_t e, size_t *sp0, size_t *sp1) {
  size_t j = e;
  while (j > s0 + 1 && j + 12 > e && !S_comma(a, j - 1) &&
         !S_dash(a, j - 1) && !S_punct(a, j - 1, ';') &&
         !S_punct(a, j - 1, ':') && !S_punct(a, j - 1, '(') &&
         !(S_tok(a, j - 1)->flags & LEDE__T_QUOTE) &&
         !S_is(a, j - 1, "who") && !S_is(a, j - 1, "which") &&
         !a->quote_verb[j - 1] && !S_personal(a, j - 1) &&
         !S_is(a, j - 1, "that"))
    j--;
  size_t w = j - 1;
  /* The pronoun is the clause's subject: a verb, an adverb or a
   * preposition follows it (not "which Trump called", "which the probe
   * said"); right before the cue only after a dash ("the study -- which
   * notes"; S_speaker0 reads "Lee, who said"). A participle cue keeps its
   * own subject. */
  size_t f = w + 1;
  int subj = f < e && !S_cap(a, f) &&
             (S_ly(a, f) || S_lex(&lede__lex_quote_aux, a, f) ||
              S_finite(a, f) || S_is(a, f, "last") ||
              (S_lex(&lede__lex_quote_preps, a, f) && !S_is(a, f, "at")));
  /* ("which even critics say": an adverb, then the clause's own
   * subject) */
  if (subj && f + 1 < e && (S_is(a, f, "even") || S_is(a, f, "also") ||
                            S_is(a, f, "still") || S_is(a, f, "now")) &&
      S_word(a, f + 1) && !S_finite(a, f + 1) && !S_ly(a, f + 1) &&
      !S_lex(&lede__lex_quote_aux, a, f + 1) && !S_be(a, f + 1))
    subj = 0;
  /* "a donor whose firm paid, but who said": the pronoun joined to an
   * earlier relative clause has that clause's antecedent. */
  size_t wj = w;
  if (j > s0 + 3 && (j < e ? subj : 1) &&
      (S_is(a, w, "who") || S_is(a, w, "which")) &&
      (S_is(a, w - 1, "but") || S_is(a, w - 1, "and"))) {
    size_t m = w - 2;
    while (m > s0 + 1 && m + 30 > w && !S_is(a, m, "who") &&
           !S_is(a, m, "whose") && !S_is(a, m, "which") &&
           !(S_tok(a, m)->flags & LEDE__T_QUOTE) && !S_punct(a, m, ';'))
      m--;
    if (m > s0 + 1 && (S_is(a, m, "who") || S_is(a, m, "whose") ||
                       S_is(a, m, "which")))
      wj = m;
  }
  /* (a participle cue keeps its own subject, but "who has been hoping"
   * is a progressive) */
  int ing = S_ing(a, c0) && !(c0 > s0 && S_be(a, c0 - 1));
  if (j > s0 + 1 && !ing &&
      ((j < e && subj) || (j == e && (S_dash(a, w - 1) || wj < w))) &&
      (S_is(a, w, "who") || S_is(a, w, "which"))) {
    size_t n = LEDE_NONE, hd = wj - 1;
    if (S_comma(a, wj - 1) || S_dash(a, wj - 1)) {
      size_t d = wj - 1;
      if (S_dash(a, d) && d > s0 + 1 && S_dash(a, d - 1)) d--; /* "--" */
      if (d > s0) n = S_np_left(a, s0, d - 1);
      if (d > s0) hd = d - 1;
    } else {
      n = S_np_left(a, s0, wj - 1);
    }
    if (n != LEDE_NONE && n < wj && !S_lex(&lede__lex_quote_pronouns, a, n) &&
        !(n > s0 && S_lex(&lede__lex_quote_preps, a, n - 1) &&
          !S_comma(a, wj - 1) && !S_dash(a, wj - 1)) &&
        (S_cap(a, n) || S_lex(&lede__lex_quote_determiners, a, n) ||
         S_possessive(a, n) || S_plural_noun(a, hd) ||
         (S_tok(a, n)->flags & LEDE__T_NUM) || /* "18% who say" */
         S_lex(&lede__lex_quote_role_heads, a, hd) ||
         S_lex(&lede__lex_quote_org_heads, a, hd))) {
      *sp0 = n;
      *sp1 = w + 1;
      return 1;
    }
  }
  return 0;
}

static int S_speaker0(const lede_article *a, size_t s0, size_t s1, size_t c0,
                     size_t c1, size_t *sp0, size_t *sp1) {
  if (c0 > s0 + 1 && (S_ing(a, c0) || S_going_on_to(a, s0, c0)) &&
      S_participle_link(a, s0, c0)) {
    /* "Reyes mocked her, saying she ...": the subject of the sentence. */
    size_t st = s0;
    size_t r = S_subject(a, s0, c0, &st);
    if (r <= st || S_comma(a, st)) r = S_clause_subject(a, s0, c0, &st);
    size_t nst, nr = S_near_subject(a, s0, c0, &nst);
    if (nr > nst && (r <= st || S_comma(a, st) || nst > st)) {
      st = nst;
      r = nr;
    }
    if (r > st && !S_comma(a, st)) {
      *sp0 = st;
      *sp1 = r;
      return 3;
    }
    /* "“...,” said Tom Lee, recalling ...": the caller looks for the
     * attribution before it in the sentence. */
    *sp0 = *sp1 = c0;
    return 3;
  }
  size_t e = S_skip_aux_left(a, s0, c0);
  int comma_before = 0;
  if (e > s0 + 1 && (S_is(a, e - 1, "and") || S_is(a, e - 1, "but"))) {
    /* "Terris, who saw the crash and described it": the relative
     * pronoun is the subject of both predicates; its antecedent speaks. */
    for (size_t w = e - 2; w > s0 + 1 && w + 16 > e; w--) {
      if (S_comma(a, w) || S_dash(a, w) || S_punct(a, w, ';') ||
          (S_tok(a, w)->flags & LEDE__T_QUOTE) || a->quote_verb[w])
        break;
      if (!S_is(a, w, "who")) continue;
      if (!S_comma(a, w - 1) || w < s0 + 3) break;
      size_t n = S_np_left(a, s0, w - 2);
      if (n == LEDE_NONE && S_word(a, w - 2) && !S_cap(a, w - 2))
        n = S_np_left(a, s0, w - 3); /* "demonstrators here, who" */
      if (n != LEDE_NONE && n < w - 1 &&
          !S_lex(&lede__lex_quote_pronouns, a, n) &&
          (S_cap(a, n) || S_lex(&lede__lex_quote_determiners, a, n) ||
           S_plural_noun(a, w - 2) || S_plural_noun(a, w - 3))) {
        *sp0 = n;
        *sp1 = w + 1;
        return 1;
      }
      break;
    }
    /* "Wealth-X keeps its finances secret but says ...": the subject. */
    size_t st = s0;
    size_t r = S_subject(a, s0, c0, &st);
    if (r > st && (S_cap(a, st) || S_lex(&lede__lex_quote_determiners, a, st) ||
                   (st > s0 && S_personal(a, st))) &&
        (!S_lex(&lede__lex_quote_stop, a, st) || S_personal(a, st))) {
      *sp0 = st;
      *sp1 = r;
      return 3;
    }
    return 0;
  }
  if (e > s0) {
    size_t last = e - 1;
    /* "Marcel Lazar, 44, said", "Democrats — and some Republicans —
     * say": an age or an aside between the subject and its verb. */
    if (last > s0 + 1 && S_dash(a, last)) {
      /* "A former senator -- Tom Baker, who lost in 2010 -- said": a name
       * with its own clause between dashes ("--" is two tokens), after
       * its role: the whole phrase speaks. */
      size_t l = S_dash(a, last - 1) ? last - 1 : last, d = l - 1;
      while (d > s0 && d + 40 > l && !S_dash(a, d) &&
             !(S_tok(a, d)->flags & LEDE__T_QUOTE))
        d--;
      size_t dn = d > s0 && S_dash(a, d - 1) ? d - 1 : d;
      if (S_dash(a, d) && dn > s0 + 1 && d + 2 < l && S_cap(a, d + 1) &&
          !S_lex(&lede__lex_quote_stop, a, d + 1)) {
        size_t k = d + 1, caps = 1;
        for (; k < l && !S_comma(a, k); k++) caps &= S_cap(a, k) || S_abbrev(a, k);
        size_t n = S_np_left(a, s0, dn - 1);
        if ((k < l || caps) && n != LEDE_NONE && n < dn &&
            (n == s0 || (n == s0 + 1 && S_opener_word(a, s0))) &&
            (S_cap(a, n) || S_lex(&lede__lex_quote_determiners, a, n)) &&
            !S_lex(&lede__lex_quote_pronouns, a, n) &&
            !S_bad_left_speaker(a, n, dn, c0)) {
          *sp0 = n;
          *sp1 = l;
          return 1;
        }
      }
    }
    if (last > s0 + 1 && (S_comma(a, last) || S_dash(a, last))) {
      size_t j = last - 1;
      if (S_comma(a, last) && (S_tok(a, j)->flags & LEDE__T_NUM) &&
          S_comma(a, j - 1) && j - 1 > s0)
        j -= 1;
      else if (S_dash(a, last)) {
        while (j > s0 && j + 10 > last && !S_dash(a, j) && !S_comma(a, j) &&
               !(S_tok(a, j)->flags & LEDE__T_QUOTE))
          j--;
        if (!S_dash(a, j)) {
          /* "Trump - who said he would “bomb” them - said", "Lee —
           * named by the paper as a likely pick for the job — told": an
           * aside between dashes may be long and quote. */
          size_t d = last - 1;
          while (d > s0 && d + 40 > last && !S_dash(a, d)) d--;
          if (S_dash(a, d) && d + 1 < last)
            j = d;
        }
      }
      if (j < last - 1 && (S_comma(a, j) || S_dash(a, j)) && j > s0) {
        size_t n = S_np_left(a, s0, j - 1);
        if (n != LEDE_NONE && (n == s0 || S_comma(a, n - 1)) &&
            !S_bad_left_speaker(a, n, j, c0) &&
            (S_cap(a, n) || S_lex(&lede__lex_quote_determiners, a, n))) {
          *sp0 = n;
          *sp1 = last;
          return 1;
        }
      }
    }
    if (S_comma(a, last) && last > s0) {
      comma_before = 1;
      /* Apposition: NP1 , NP2 , cue */
      size_t n2 = S_np_left(a, s0, last - 1);
      if (n2 != LEDE_NONE && n2 > s0 + 1 && S_comma(a, n2 - 1)) {
        size_t n1 = S_np_left(a, s0, n2 - 2);
        /* "Ann Lee, 20, a nursing major, said": the name before the age. */
        if (n1 != LEDE_NONE && n1 + 1 == n2 - 1 &&
            (S_tok(a, n1)->flags & LEDE__T_NUM) && n1 > s0 + 1 &&
            S_comma(a, n1 - 1)) {
          size_t n0 = S_np_left(a, s0, n1 - 2);
          if (n0 != LEDE_NONE && n0 > s0 &&
              (S_is(a, n0 - 1, "her") || S_is(a, n0 - 1, "his") ||
               S_is(a, n0 - 1, "their") || S_is(a, n0 - 1, "our")))
            n0--; /* "Her friend Ann Lee" */
          if (n0 != LEDE_NONE && S_cap(a, n1 - 2)) n1 = n0;
        }
        if (n1 != LEDE_NONE && !(n1 > s0 && S_lex(&lede__lex_quote_preps, a, n1 - 1)) &&
            (n1 == s0 || S_comma(a, n1 - 1) ||
             (n1 == s0 + 1 && S_opener_word(a, s0)) ||
             (S_tok(a, n1 - 1)->flags & LEDE__T_QUOTE) ||
             S_lex(&lede__lex_quote_stop, a, n1 - 1))) {
          *sp0 = n1;
          *sp1 = last;
          return 1;
        }
      }
    } else if ((S_number_subject(a, s0, last)) != LEDE_NONE) {
      /* "Six in 10 say", "42% said", "Most believe" */
      *sp0 = S_number_subject(a, s0, last);
      *sp1 = last + 1;
      /* "four in 10", read past as a time adjunct */
      if (last + 2 < c0 && (S_is(a, last + 1, "in") || S_is(a, last + 1, "of")) &&
          (S_tok(a, last + 2)->flags & LEDE__T_NUM))
        *sp1 = last + 3;
      return 1;
    } else if (!(S_tok(a, last)->flags & LEDE__T_PUNCT) ||
               S_punct(a, last, ')') || S_suffix_stop(a, last)) {
      size_t n = S_np_left(a, s0, last);
      if (n != LEDE_NONE && n > s0 + 1 &&
          (S_is(a, n - 1, "in") || S_is(a, n - 1, "at") ||
           S_is(a, n - 1, "during") || S_is(a, n - 1, "on")) &&
          !S_lex(&lede__lex_quote_pronouns, a, n)) {
        /* "The campaign sent an email on Friday saying": the subject of
         * the verb whose object the document is. */
        size_t st = s0, r;
        if (S_ing(a, c0) && n > s0 + 2 &&
            (r = S_object_subject(a, s0, n - 2, &st)) > st) {
          *sp0 = st;
          *sp1 = r;
          return 3;
        }
        /* "that Lee during a visit thanked": the name right before the
         * adjunct opens its clause and speaks. */
        size_t m = S_np_left(a, s0, n - 2);
        if (m != LEDE_NONE && m < n - 1 && S_good_subject(a, m, n - 1) &&
            !S_lex(&lede__lex_quote_stop, a, m) &&
            (m == s0 || S_is(a, m - 1, "that") || S_comma(a, m - 1) ||
             S_subordinator(a, m - 1))) {
          *sp0 = m;
          *sp1 = n - 1;
          return 1;
        }
        /* "but in a later interview said": the subject of the sentence. */
        st = s0;
        r = S_subject(a, s0, n - 1, &st);
        if (r > st && S_cap(a, st) && !S_lex(&lede__lex_quote_stop, a, st)) {
          *sp0 = st;
          *sp1 = r;
          return 3;
        }
        return 0;
      }
      /* "those who say", "anyone who believes": a pronoun heads the
       * relative clause that holds the cue. */
      /* ("18% who say", "four in 10 who said": a count) */
      if (S_is(a, last, "who") && last > s0 + 1 &&
          (S_punct(a, last - 1, '%') || S_is(a, last - 1, "percent")) &&
          (S_tok(a, last - 2)->flags & LEDE__T_NUM)) {
        *sp0 = last - 2;
        *sp1 = last + 1;
        return 1;
      }
      if (S_is(a, last, "who") && last > s0 &&
          (S_is(a, last - 1, "those") || S_is(a, last - 1, "anyone") ||
           S_is(a, last - 1, "everyone") || S_is(a, last - 1, "someone") ||
           S_is(a, last - 1, "others") || S_is(a, last - 1, "many") ||
           S_is(a, last - 1, "some"))) {
        *sp0 = last - 1;
        *sp1 = last + 1;
        return 1;
      }
      /* "a message that said", "groups which charged": the relative
       * pronoun's antecedent right before it speaks, through the pronoun. */
      const char *rl;
      if ((S_is(a, last, "that") || S_is(a, last, "which")) && last > s0 + 1 &&
          (rl = S_verb_lemma(a, c0)) != NULL &&
          (S_same(rl, "say") || S_same(rl, "read") ||
           S_same(rl, "state")) &&
          S_word(a, last - 1) && !a->quote_verb[last - 1] &&
          !S_lex(&lede__lex_quote_pronouns, a, last - 1) &&
          !S_lex(&lede__lex_quote_stop, a, last - 1)) {
        size_t m = S_np_left(a, s0, last - 1);
        for (size_t j = m; m != LEDE_NONE && j < last; j++)
          if (a->quote_verb[j] || S_past(a, j) || S_is(a, j, "out") ||
              S_is(a, j, "up"))
            m = j + 1 < last ? j + 1 : LEDE_NONE;
        if (m != LEDE_NONE && m < last &&
            (S_lex(&lede__lex_quote_determiners, a, m) || S_cap(a, m) ||
             S_plural_noun(a, last - 1)) &&
            !S_lex(&lede__lex_quote_pronouns, a, m)) {
          *sp0 = m;
          *sp1 = last + 1;
          return 1;
        }
      }
      /* "economists who favor consumption taxes agree": the antecedent
       * of "who" speaks, not the object of its clause. */
      for (size_t w = last; n != LEDE_NONE && w > s0 && w + 12 > last; w--) {
        if (S_comma(a, w) || (S_tok(a, w)->flags & LEDE__T_QUOTE)) break;
        if (!S_is(a, w, "who") || w >= n) continue;
        size_t m = S_np_left(a, s0, w - 1);
        if (m == LEDE_NONE &&
            (S_is(a, w - 1, "some") || S_is(a, w - 1, "many") ||
             S_is(a, w - 1, "most") || S_is(a, w - 1, "others")))
          m = w - 1; /* "some who favor the levy argue" */
        if (m != LEDE_NONE && !S_bad_left_speaker(a, m, w, c0)) {
          *sp0 = m;
          *sp1 = w;
          return 1;
        }
        break;
      }
      /* "a source speaking to the Tribune said", "a letter obtained by the
       * AP warns", "her email to supporters notes": the phrase after a
       * preposition is the object of a modifier; the speaker is the
       * head before it, with its modifier. */
      if (n != LEDE_NONE && n > s0 + 1 &&
          (S_is(a, n - 1, "to") || S_is(a, n - 1, "by") ||
           S_is(a, n - 1, "with") || S_is(a, n - 1, "outside") ||
           S_is(a, n - 1, "across") || S_is(a, n - 1, "near") ||
           S_is(a, n - 1, "inside") || S_is(a, n - 1, "from") ||
           S_is(a, n - 1, "around") || S_is(a, n - 1, "among")) &&
          !(S_tok(a, n - 2)->flags & LEDE__T_PUNCT)) {
        size_t h = n - 2;
        if ((S_ing(a, h) || S_past(a, h)) && h > s0 && !a->quote_verb[h - 1])
          h--;
        size_t m = S_np_left(a, s0, h);
        /* (a modifier the phrase reader leaves out: "Her fundraising
         * email to supporters") */
        if (m != LEDE_NONE && m > s0 + 1 && S_ing(a, m - 1) &&
            !S_cap(a, m - 1))
          m--;
        if (m != LEDE_NONE && m > s0 && S_possessive(a, m - 1)) {
          size_t m2 = m > s0 + 1 ? S_np_left(a, s0, m - 2) : LEDE_NONE;
          if (m2 != LEDE_NONE && m2 < m - 1) m = m2;
        } else if (m != LEDE_NONE && m > s0 &&
                   (S_is(a, m - 1, "her") || S_is(a, m - 1, "his") ||
                    S_is(a, m - 1, "their") || S_is(a, m - 1, "its") ||
                    S_lex(&lede__lex_quote_determiners, a, m - 1))) {
          m--;
        }
        if (m != LEDE_NONE && m < n - 1 && (m == s0 || S_comma(a, m - 1) ||
                                            S_lex(&lede__lex_quote_stop, a, m - 1)) &&
            !S_lex(&lede__lex_quote_pronouns, a, m) &&
            !S_bad_left_speaker(a, m, h + 1, c0))
          n = m;
      }
      if (n != LEDE_NONE && !S_bad_left_speaker(a, n, last + 1, c0)) {
        /* "Lee started out the debate saying": the phrase before the
         * participle is the object of a verb; its subject speaks. */
        size_t os = s0, or_ = S_ing(a, c0)
                                  ? S_object_subject(a, s0, last, &os)
                                  : s0;
        if (or_ > os) {
          *sp0 = os;
          *sp1 = or_;
          return 3;
        }
        *sp0 = n;
        *sp1 = last + 1;
        return 1;
      }
      /* "he spent more time mocking", "Marsh supporters have long
       * called", "Teneo issued a statement saying": the phrase before the
       * cue is no speaker; the clause's subject is. */
      size_t st = s0;
      size_t r = S_ing(a, c0) ? S_object_subject(a, s0, last, &st) : st;
      if (r > st) {
        *sp0 = st;
        *sp1 = r;
        return 3;
      }
      st = s0;
      r = S_clause_subject(a, s0, c0, &st);
      if (n != LEDE_NONE && r > st && r <= n && S_good_subject(a, st, r)) {
        *sp0 = st;
        *sp1 = r;
        return 3;
      }
      if (n != LEDE_NONE) {
        /* Reported, by nobody we can name: no speaker rather than a
         * guess. */
        *sp0 = *sp1 = c0;
        return 4;
      }
      return 0;
    }
  }
  /* "Reyes, speaking at a rally, warned", "Lee, who retires soon,
   * praised": a name, then a participle or relative clause between
   * commas, then the cue; the phrase as written, the name its head. */
  size_t b0 = s0;
  if (comma_before && (S_lex(&lede__lex_quote_stop, a, b0) ||
                       S_lex(&lede__lex_sentence_starters, a, b0))) {
    /* "In October, Mr. Paulson, who ...": past the opener. */
    size_t k = b0 + 1;
    while (k < e - 1 && k < b0 + 8 && !S_comma(a, k) &&
           !(S_tok(a, k)->flags & LEDE__T_QUOTE))
      k++;
    /* (but "Even China, its ally, said": the word opens the subject) */
    if (k + 1 < e - 1 && k < b0 + 8 && S_comma(a, k) &&
        !(S_opener_word(a, b0) && k > b0 + 1))
      b0 = k + 1;
  }
  if (comma_before && S_cap(a, b0) && !S_lex(&lede__lex_quote_stop, a, b0) &&
      e - 1 - b0 <= 24) {
    size_t n = S_np_right(a, b0, c0);
    if (n > b0 && n + 1 < e - 1 && S_comma(a, n) &&
        (S_ing(a, n + 1) || S_is(a, n + 1, "who") ||
         S_is(a, n + 1, "which"))) {
      *sp0 = b0;
      *sp1 = e - 1;
      return 1;
    }
  }
  /* "The delegate, who backs Cruz, warned ...", "Lee, who calls it a
   * “farce,” said ...": a phrase opened by a determiner (or a name) and
   * a relative clause closed by a comma (inside the closing mark or
   * not) before the cue; the phrase speaks, not what follows the cue. */
  for (int pass = 0; pass < 2; pass++) {
    /* (from the sentence start, then past an opener: "In May, Lee, who
     * ..., said") */
    size_t f0 = pass ? b0 : s0;
    if (pass && b0 == s0) break;
    if (!(e > f0 + 4 && e - f0 <= 30 &&
          (S_comma(a, e - 1) ||
           ((S_tok(a, e - 1)->flags & LEDE__T_QUOTE) && S_comma(a, e - 2)))))
      continue;
    size_t h = f0;
    if (S_lex(&lede__lex_quote_determiners, a, h) &&
        !S_is(a, h, "that") && !S_is(a, h, "this"))
      h++;
    size_t n = h < c0 && (S_cap(a, h) || S_np_lower(a, h))
                   ? S_np_right(a, h, c0)
                   : h;
    size_t q = e - 1;
    if (!S_comma(a, q)) q--; /* the comma inside the closing mark */
    if (n > h && n + 2 < q && S_comma(a, n) &&
        (S_is(a, n + 1, "who") || S_is(a, n + 1, "which")) &&
        !S_lex(&lede__lex_quote_pronouns, a, f0)) {
      /* no other comma or cue in the clause: it is one aside */
      size_t j = n + 2, marks = 0;
      for (; j < q && !S_comma(a, j) &&
             !(a->quote_verb[j] && j + 1 < q && S_is(a, j + 1, "that"));
           j++)
        marks += (S_tok(a, j)->flags & LEDE__T_QUOTE) != 0;
      if (j == q) {
        /* (the phrase as written; its head alone if the clause quotes) */
        *sp0 = f0;
        *sp1 = marks ? n : q;
        return 1;
      }
    }
  }
  /* Inverted: ", says the FSB", ", said Smith, a spokesman." Only words
   * said or written invert: ", endorsed Marsh’ plan" has its object
   * after it. */
  const char *lem = S_verb_lemma(a, c0);
  int cls = lem ? S_cue_class_of(lem) : LEDE_CUE_SPEECH;
  int inv = (c0 == s0 || S_comma(a, c0 - 1) || S_dash(a, c0 - 1) ||
             (S_tok(a, c0 - 1)->flags & LEDE__T_QUOTE)) &&
            (cls == LEDE_CUE_SPEECH || cls == LEDE_CUE_WRITING);
  /* "Lee — named by the paper as a likely pick — told Reyes ...": a dash
   * closing an aside leaves the subject before it. */
  if (inv && c0 > s0 && S_dash(a, c0 - 1))
    for (size_t j = s0; j + 1 < c0; j++)
      if (S_dash(a, j)) {
        inv = 0;
        break;
      }
  if (!inv && !comma_before) return 0;
  size_t r = inv ? S_np_right(a, c1, s1) : c1;
  if (r > c1 && (r >= s1 || S_tail_only(a, r, s1))) {
    *sp0 = c1;
    *sp1 = r;
    return 2;
  }
  /* "Steve Smith, a fundraiser close to the campaign, says ...": the
   * sentence opens with a name and an apposition. */
  if (comma_before && s0 + 1 < e && S_opener_word(a, s0))
    s0++; /* "Yet Democratic economists, like ..., say" */
  /* "For now, Pantucci, at the institute, said": past the opener. */
  if (b0 > s0 && S_cap(a, b0) && !(S_tok(a, b0)->flags & LEDE__T_NUM))
    s0 = b0;
  if (comma_before && e - 1 - s0 <= 40 && S_cap(a, s0) &&
      !S_lex(&lede__lex_quote_stop, a, s0)) {
    size_t n = S_np_right(a, s0, c0), k = s0;
    while (k < e - 1 && !S_comma(a, k) &&
           !(S_tok(a, k)->flags & LEDE__T_QUOTE))
      k++;
    /* (or a comma right after a whole name: "Sen. Al Lee (D-R.I.), said") */
    if (n > s0 && S_comma(a, k) &&
        ((k < e - 1 && (e - 1 - s0 <= 24 || n >= k)) ||
         (k == e - 1 && n >= k && S_cap(a, k - 1) + S_punct(a, k - 1, ')')))) {
      *sp0 = s0;
      *sp1 = e - 1;
      return 1;
    }
  }
  return 0;
}

/* The speaker of a cue, as S_speaker0 finds it, but a relative pronoun
 * subject a few words back names it when there is one. */
static int S_speaker(const lede_article *a, size_t s0, size_t s1, size_t c0,
                     size_t c1, size_t *sp0, size_t *sp1) {
  /* "There were emails that night showing ...", "there is no data
   * suggesting": what the sentence says exists speaks. */
  if (S_ing(a, c0) && c0 > s0 + 2) {
    size_t k = c0;
    while (k > s0 + 2 && k + 7 > c0 && S_word(a, k - 1) &&
           !S_is(a, k - 1, "there") && !a->quote_verb[k - 1] &&
           !S_be(a, k - 1))
      k--;
    size_t b = k, t = k - 2; /* (k > s0 + 1: t is in the sentence) */
    while (b + 1 < c0 && S_lex(&lede__lex_quote_aux, a, b)) b++; /* "also" */
    if (b < c0 && S_be(a, k - 1) && !S_cap(a, b) &&
        S_is(a, t, "there") &&
        (t == s0 || !S_word(a, t - 1) || S_lex(&lede__lex_quote_stop, a, t - 1))) {
      *sp0 = b;
      *sp1 = c0;
      return 1;
    }
  }
  int side = S_speaker0(a, s0, s1, c0, c1, sp0, sp1);
  if (!side) return 0;
  /* "It's worth noting that", "it is clear that voters want": an
   * "it" standing for what follows names nobody. */
  size_t x = *sp0;
  if (*sp1 == x + 1 && S_is(a, x, "it") && x + 2 < c0 &&
      (S_be(a, x + 1) || S_be_contracted(a, x + 1)) &&
      (S_is(a, x + 2, "worth") || S_is(a, x + 2, "clear") ||
       S_is(a, x + 2, "unclear") || S_is(a, x + 2, "apparent") ||
       S_is(a, x + 2, "obvious") || S_is(a, x + 2, "evident") ||
       S_is(a, x + 2, "important") || S_is(a, x + 2, "notable"))) {
    *sp0 = *sp1 = c0;
    return 4;
  }
  /* "It is unclear whether Lee knew ...", "it's hard to know where
   * donors will decide": a question the writer leaves open asserts no
   * one's knowing or deciding. */
  if (x > s0 + 1 && (S_is(a, x - 1, "whether") || S_is(a, x - 1, "if") ||
                     S_is(a, x - 1, "where") || S_is(a, x - 1, "how"))) {
    for (size_t w = x - 1; w > s0 && w + 5 > x; w--)
      if (S_is(a, w - 1, "unclear") || S_is(a, w - 1, "uncertain") ||
          S_is(a, w - 1, "unknown") ||
          (S_is(a, w - 1, "clear") && w > s0 + 1 && S_is(a, w - 2, "not")) ||
          (S_is(a, w - 1, "know") && w > s0 + 1 &&
           (S_is(a, w - 2, "to") || S_negation(a, w - 2)))) {
        *sp0 = *sp1 = c0;
        return 4;
      }
  }
  size_t e = S_skip_aux_left(a, s0, c0), r0, r1;
  if (S_relative_subject(a, s0, c0, e, &r0, &r1)) {
    *sp0 = r0;
    *sp1 = r1;
    return 1;
  }
  /* "..., after half said so", "as early vote data shows": a clause
   * opened by a conjunction has its own subject, between it and the
   * cue; not the main clause's. */
  if (e > s0 + 1 && e < c0 + 1 && !S_ing(a, c0)) {
    size_t b = e - 1;
    while (b > s0 && b + 6 > e && !S_subordinator(a, b) && S_word(a, b) &&
           !a->quote_verb[b])
      b--;
    /* (not "such as post-traumatic stress", nor a noun read as the cue:
     * "because similar disputes are common") */
    if (S_subordinator(a, b) && !S_is(a, b, "that") && b + 1 < e &&
        !(S_is(a, b, "as") && b > s0 &&
          (S_is(a, b - 1, "such") || S_is(a, b - 1, "same"))) &&
        !(c1 < s1 && (S_be(a, c1) || S_finite_aux(a, c1))) &&
        !(S_tok(a, b + 1)->flags & LEDE__T_NUM) &&
        S_np_right(a, b + 1, e) == e && (*sp0 >= *sp1 || *sp1 <= b)) {
      *sp0 = b + 1;
      *sp1 = e;
      /* ("while nine in 10 said": the count, not a time) */
      if (e + 2 <= c0 && S_is(a, e, "in") && (S_tok(a, e + 1)->flags & LEDE__T_NUM))
        *sp1 = e + 2;
      return 1;
    }
  }
  return side;
}

/* A conjunction that opens an adverbial clause: "after", "because". */
static int S_subordinator(const lede_article *a, size_t i) {
  return S_lex(&lede__lex_quote_subordinators, a, i);
}

/* A head noun that is also a cue verb, after a determiner inside a
 * prepositional phrase opened at token i: "after the vote", "at a
 * Saturday rally". */
static int S_pp_head(const lede_article *a, size_t i, size_t k) {
  if (k <= i + 1 || !a->quote_verb[k] || !S_word(a, k) || S_cap(a, k) ||
      S_ing(a, k) || S_past(a, k) || S_is(a, k - 1, "that"))
    return 0;
  return S_lex(&lede__lex_quote_determiners, a, k - 1) ||
         (k > i + 2 && S_cap(a, k - 1) &&
          S_lex(&lede__lex_quote_determiners, a, k - 2));
}

/* Tokens after a cue that are adjuncts, not content ("in an interview on
 * Tuesday", "to reporters"): returns the first token after them. */
static size_t S_skip_adjuncts(const lede_article *a, size_t i, size_t s1) {
  int steps = 0;
  while (i < s1 && steps < 12) {
    /* "wants to close": an infinitive is content, not an adjunct. */
    if (S_is(a, i, "to") && i + 1 < s1 && S_word(a, i + 1) &&
        !S_cap(a, i + 1) &&
        !S_lex(&lede__lex_quote_determiners, a, i + 1) &&
        !S_lex(&lede__lex_quote_objects, a, i + 1) &&
        !S_lex(&lede__lex_quote_pronouns, a, i + 1) &&
        !S_is(a, i + 1, "him") && !S_is(a, i + 1, "them") &&
        !S_is(a, i + 1, "me") && !S_is(a, i + 1, "us"))
      break;
    /* "replied evenly, “...”", "fired back forcefully: “...”", "said
     * pleasantly into the phone.": an adverb in -ly before the comma or
     * colon that introduces the quotation, a preposition or the end. */
    if (S_ly(a, i) &&
        (i + 1 >= s1 || S_comma(a, i + 1) || S_punct(a, i + 1, ':') ||
         S_lex(&lede__lex_quote_after_cue, a, i + 1) ||
         S_lex(&lede__lex_quote_preps, a, i + 1) ||
         (S_tok(a, i + 1)->flags & LEDE__T_PUNCT))) {
      i++;
      steps++;
      continue;
    }
    if (S_lex(&lede__lex_quote_after_cue, a, i) || S_is(a, i, "to")) {
      /* A prepositional phrase: up to its head noun. */
      size_t k = i + 1;
      while (k < s1 && k < i + 6 &&
             ((S_possessive(a, k) && k > i + 1 && S_word(a, k - 1)) ||
              (S_word(a, k) &&
             !S_is(a, k, "that") && !S_lex(&lede__lex_quote_pronouns, a, k) &&
             (S_cap(a, k) || S_lex(&lede__lex_quote_determiners, a, k) ||
              S_lex(&lede__lex_quote_after_cue, a, k) || S_np_lower(a, k) ||
              S_lex(&lede__lex_day_parts, a, k) || /* "Monday morning" */
              (S_ing(a, k) && S_lex(&lede__lex_quote_determiners, a, k - 1)) ||
              S_pp_head(a, i, k)))))
        k++; /* (a head in -ing after a determiner: "in his filing") */
      if (k == i + 1) {
        /* A time word on its own: "said Thursday", "said yesterday". */
        if (S_cap(a, i) || S_is(a, i, "yesterday") || S_is(a, i, "today") ||
            S_is(a, i, "tonight") || S_is(a, i, "earlier") ||
            S_is(a, i, "later")) {
          i++;
          steps++;
          continue;
        }
        return i;
      }
      steps += (int)(k - i);
      i = k;
      continue;
    }
    break;
  }
  return i;
}

/* Does the text after the cue (from token i) hold only adjuncts up to the
 * end of the sentence (", military said in a statement on Wednesday.")? */
static int S_tail_only(const lede_article *a, size_t i, size_t s1) {
  size_t k = S_skip_adjuncts(a, i, s1), lim = k + 16;
  while (k < s1 && k < lim && ((S_tok(a, k)->flags & LEDE__T_PUNCT) &&
                               !S_comma(a, k)))
    k++;
  if (k < s1 && S_comma(a, k)) return 2; /* the sentence goes on */
  return k >= s1;
}

/* After the cue of a quotation (from token i): adjuncts, then a clause of
 * time or manner, not reported content ("..., Lee asks as a guard walks
 * in"). */
static int S_time_clause(const lede_article *a, size_t i, size_t s1) {
  size_t k = S_skip_adjuncts(a, i, s1);
  return k + 2 < s1 && S_subordinator(a, k) && !S_is(a, k, "that") &&
         (S_lex(&lede__lex_quote_determiners, a, k + 1) ||
          S_personal(a, k + 1) || (S_cap(a, k + 1) && S_word(a, k + 1)));
}

/* After the cue of a quotation (from token i): adjuncts, then what was
 * spoken about ("“Why?” Lee said about the plan to ...", "said of the
 * talks"), not reported content. */
static int S_topic_after(const lede_article *a, size_t i, size_t s1) {
  size_t k = S_skip_adjuncts(a, i, s1);
  return k + 1 < s1 && (S_is(a, k, "about") || S_is(a, k, "of")) &&
         !S_cap(a, k) && S_word(a, k + 1);
}

/* End of content: the sentence's last token before final punctuation. */
/* End of content that starts at token k: the sentence end, or an earlier
 * clause boundary (", and he railed ...", "; ...", or the comma closing a
 * clause opened by "While"/"Although"). */
static size_t S_content_end(const lede_article *a, size_t s0, size_t s1);
/* Does a clause with its own subject and cue start at v: "(and) Donald
 * Reyes says", "(but) he said"? */
static int S_new_clause(const lede_article *a, size_t v, size_t e) {
  size_t r = S_personal(a, v)                                ? v + 1
             : S_cap(a, v) ||
                     (S_lex(&lede__lex_quote_determiners, a, v) &&
                      !S_is(a, v, "that"))                   ? S_np_right(a, v, e)
                                                             : v;
  if (r <= v || r >= e || r >= v + 8) return 0;
  while (r + 1 < e && S_lex(&lede__lex_quote_aux, a, r)) r++;
  return a->quote_verb[r] && !S_noun_reading(a, r) && !S_ing(a, r);
}

/* Does a new predicate of the clause's subject start at token j (before
 * e): "and vowed", "and saying", ", promising", "before claiming"? */
static int S_new_predicate(const lede_article *a, size_t j, size_t e) {
  int comma = j < e && S_comma(a, j);
  if (comma) j++;
  if (j + 1 >= e) return 0;
  if (S_is(a, j, "and") || S_is(a, j, "but") || S_is(a, j, "before") ||
      S_is(a, j, "after")) {
    size_t v = j + 1;
    if ((S_is(a, j, "and") || S_is(a, j, "but")) && S_new_clause(a, v, e))
      return 1;
    if (S_ly(a, v) && v + 1 < e) v++; /* "before optimistically predicting" */
    if (S_lex(&lede__lex_quote_aux, a, v) && v + 1 < e) v++;
    const lede__token *t = S_tok(a, v);
    if (!(t->flags & LEDE__T_WORD) || (t->flags & LEDE__T_CAP)) return 0;
    /* ("called it “a disgrace” and ranked him last": any verb in -ed) */
    return (a->quote_verb[v] || (S_past(a, v) && !S_is(a, j, "before") &&
                                 !S_is(a, j, "after"))) &&
           (S_ing(a, v) || (!S_is(a, j, "before") && !S_is(a, j, "after")));
  }
  const lede__token *t = S_tok(a, j);
  return comma && (t->flags & LEDE__T_WORD) && !(t->flags & LEDE__T_CAP) &&
         S_ing(a, j);
}

static int S_frame_particle(const lede_article *a, size_t i);
static int S_verbish(const lede_article *a, size_t i, int aux);

/* Are tokens [k, e) a bare noun phrase, with no verb and no comma, and
 * does a noun phrase follow the "and" at e? Then the "and" joins
 * subjects ("said his band and a producer wrote ..."), not clauses; a
 * verb after it ("called him divisive and accused ...") is a second
 * predicate. */
static int S_np_only(const lede_article *a, size_t k, size_t e) {
  if (e <= k || e > k + 12 || e + 1 >= a->tokens.n) return 0;
  size_t v = e + 1;
  if (!(S_tok(a, v)->flags & LEDE__T_WORD) || S_verbish(a, v, 0) ||
      S_finite(a, v) || S_ing(a, v) || S_ly(a, v) ||
      S_lex(&lede__lex_quote_aux, a, v) || S_lex(&lede__lex_quote_modals, a, v))
    return 0;
  for (size_t j = k; j < e; j++)
    if (!(S_tok(a, j)->flags & LEDE__T_WORD) || S_finite(a, j) ||
        S_ing(a, j) || S_is(a, j, "that") ||
        /* (a plural after a determiner is a noun: "the players") */
        (S_verbish(a, j, 0) &&
         !(j > k && S_lex(&lede__lex_quote_determiners, a, j - 1))))
      return 0;
  return 1;
}

/* "said", "told", "wrote": a cue's past form not in -ed, whose lemma
 * differs from the word and that is no -s form. */
static int S_irregular_past(const lede_article *a, size_t v) {
  const char *l = S_verb_lemma(a, v);
  const lede__token *t = S_tok(a, v);
  if (!l || (t->flags & LEDE__T_CAP) || a->text[lede__tend(t) - 1] == 's' ||
      S_ing(a, v))
    return 0;
  return !(strlen(l) == t->len && memcmp(l, a->text + t->start, t->len) == 0);
}

static int S_passive_lemma(const char *l);
static int S_judging_lemma(const char *l);

/* Verbs whose passive names what is reported on, not who reports it:
 * "is expected to", "was told that", "is described as". */
static int S_passive_topic_lemma(const char *l) {
  static const char *const w[] = {"tell",  "inform", "describe", "call",
                                  "view",  "regard", "refer",    "label",
                                  "dub",   "portray", "nickname", "deem",
                                  "see",   "quote",  "cite",     "name"};
  if (S_passive_lemma(l) || S_judging_lemma(l)) return 1;
  for (size_t k = 0; k < sizeof w / sizeof *w; k++)
    if (S_same(l, w[k])) return 1;
  return 0;
}

/* Is the cue at i a passive participle after its subject (ending at
 * sp1), with no agent: after a form of "be" ("isn't expected to", "is
 * best known for", "was told that"), or right after the subject ("an
 * engineer accused of spying", "a developer known to be", "Kyle,
 * referred to as")? Only verbs of S_passive_topic_lemma: "is worried
 * that" and "warned of" keep their subject as the source. */
static int S_passive_subject(const lede_article *a, size_t sp0, size_t sp1,
                             size_t i, size_t s1) {
  const lede__token *t = S_tok(a, i);
  const char *e = a->text + lede__tend(t);
  const char *l = S_verb_lemma(a, i);
  if (!l || S_ing(a, i) || (t->flags & LEDE__T_CAP) || sp1 > i ||
      !S_passive_topic_lemma(l))
    return 0;
  int ed = t->len > 3 && e[-1] == 'd' && e[-2] == 'e';
  if (!ed && !S_irregular_past(a, i)) return 0;
  if (i + 1 < s1 && S_is(a, i + 1, "by")) return 0;
  for (size_t j = sp1; j < i; j++) {
    const lede__token *b = S_tok(a, j);
    const char *bt = a->text + b->start;
    if (S_be(a, j) ||
        (S_negation(a, j) && b->len > 4 &&
         (lede__eq_ci(bt, 2, "is") || lede__eq_ci(bt, 3, "was") ||
          lede__eq_ci(bt, 3, "are") || lede__eq_ci(bt, 4, "were"))))
      return 1;
  }
  /* ("an investment fund once known for", "a move partly intended
   * as": an adverb between) */
  size_t v = i;
  while (v > sp1 && v + 3 > i &&
         (S_ly(a, v - 1) || S_is(a, v - 1, "once") || S_is(a, v - 1, "now") ||
          S_is(a, v - 1, "also") || S_is(a, v - 1, "still") ||
          S_is(a, v - 1, "long") || S_is(a, v - 1, "best") ||
          S_is(a, v - 1, "often") || S_is(a, v - 1, "already") ||
          S_is(a, v - 1, "previously") || S_is(a, v - 1, "originally")))
    v--;
  if (!(sp1 == v || (sp1 + 1 == v && S_comma(a, sp1))) || i + 1 >= s1)
    return 0;
  /* "with Lee and Cole expected to win": an absolute phrase is passive */
  if (sp0 > 0 && S_is(a, sp0 - 1, "with") && ed) return 1;
  /* ("the group, which Lee blamed for ...": a relative clause's subject) */
  if (sp0 > 0 && (S_is(a, sp0 - 1, "which") || S_is(a, sp0 - 1, "that") ||
                  S_is(a, sp0 - 1, "whom") || S_is(a, sp0 - 1, "who")))
    return 0;
  /* ("he accused of": a subject pronoun acts) */
  if (sp1 == sp0 + 1 && S_personal(a, sp0) && !S_is(a, sp0, "it")) return 0;
  /* (a past tense takes an object: "The panel accused Lee of ...") */
  if (ed && S_judging_lemma(l) && (S_is(a, i + 1, "of") || S_is(a, i + 1, "for")))
    return 1;
  if (ed && i + 2 < s1 && S_is(a, i + 1, "to") && S_is(a, i + 2, "as"))
    return 1;
  return !ed && e[-1] == 'n'; /* "known", "shown", "seen" */
}

/* A word opening a sentence that cannot be its subject: an adverb in
 * -ly, a participle, or a function word ("Recently", "Frightened",
 * "Besides", "Still"). */
static int S_bad_opener(const lede_article *a, size_t k) {
  const lede__token *t = S_tok(a, k);
  const char *e = a->text + lede__tend(t);
  if (!(t->flags & LEDE__T_WORD) || S_personal(a, k) ||
      (t->flags & LEDE__T_UPPER))
    return 0;
  return S_ly(a, k) || S_ing(a, k) ||
         (t->len > 4 && e[-1] == 'd' && e[-2] == 'e') ||
         (S_lex(&lede__lex_sentence_starters, a, k) &&
          !S_lex(&lede__lex_quote_determiners, a, k) &&
          !S_is(a, k, "officials") && !S_is(a, k, "others") &&
          !S_is(a, k, "many") && !S_is(a, k, "few") && !S_is(a, k, "both") &&
          !S_is(a, k, "each") && !S_is(a, k, "one") && !S_is(a, k, "all") &&
          !S_is(a, k, "most") && !S_is(a, k, "more") && !S_is(a, k, "some") &&
          !S_is(a, k, "several") && !S_is(a, k, "other") &&
          !S_is(a, k, "who") && !S_is(a, k, "i") && !S_is(a, k, "you") &&
          !S_is(a, k, "we") && !S_is(a, k, "they")) ||
         (S_lex(&lede__lex_quote_stop, a, k) && !S_personal(a, k));
}

/* Does tokens [k, e) hold a finite verb: is the content so far a clause? */
static int S_has_verb(const lede_article *a, size_t k, size_t e) {
  for (size_t j = k; j < e && j < k + 60; j++)
    if (S_finite(a, j) ||
        (a->quote_verb[j] && !S_noun_reading(a, j) && !S_ing(a, j) &&
         !S_cap(a, j)))
      return 1;
  return 0;
}

/* The verb of the clause starting at v (as S_new_clause finds it), or
 * LEDE_NONE. */
static size_t S_new_clause_verb(const lede_article *a, size_t v, size_t e) {
  if (!S_new_clause(a, v, e)) return LEDE_NONE;
  size_t r = S_personal(a, v) ? v + 1 : S_np_right(a, v, e);
  while (r + 1 < e && S_lex(&lede__lex_quote_aux, a, r)) r++;
  return r;
}

/* Does a clause joined at token i (a bare "and", or a subordinator such
 * as "because" or "when", with no comma before it) belong to the
 * reported clause [k, i)? It does when that is a clause itself and the
 * new one reports no speech or writing of its own: "said the system is
 * complex and he feels he can win", "said she asked for it because she
 * wanted ...". "Ortega said A and Reyes said B" is two statements;
 * "calling for a ban after the senator suggested ..." joins the ban. */
static int S_joined_content(const lede_article *a, size_t k, size_t i,
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

static size_t S_clause_end(const lede_article *a, size_t s0, size_t s1,
                           size_t k) {
  size_t e = S_content_end(a, s0, s1);
  int sub = S_is(a, s0, "while") || S_is(a, s0, "although") ||
            S_is(a, s0, "though") || S_is(a, s0, "whereas") ||
            S_is(a, s0, "if") || S_is(a, s0, "because") ||
            S_is(a, s0, "when") || S_is(a, s0, "as") ||
            S_is(a, s0, "after") || S_is(a, s0, "before") ||
            S_is(a, s0, "until") || S_is(a, s0, "unless") ||
            S_is(a, s0, "once") || S_is(a, s0, "asked") ||
            S_is(a, s0, "whenever");
  /* (closed before the content: "When told ..., Lee said that in the
   * current climate, “...”" reports from the main clause) */
  for (size_t j = s0; sub && j < k; j++)
    if (S_comma(a, j)) sub = 0;
  size_t lim = k + 80;
  int inq = 0, paren = 0;
  for (size_t i = k; i < e && i < lim; i++) {
    /* Never cut inside quotation marks: a mark toggles. */
    if (S_tok(a, i)->flags & LEDE__T_QUOTE) {
      inq = !inq;
      /* "called it “a disgrace” and vowed to ...", "... “safe,”
       * promising to ...": a new predicate after the closing mark is
       * no longer the reported content. */
      if (!inq && i > k && S_new_predicate(a, i + 1, e) &&
          !S_joined_content(a, k, i + 1, e))
        return i + 1;
      /* After a quotation closing on a comma, what follows is the
       * writer's: "... “a club,” which drew boos", "her “50-state
       * strategy,” promising ...", "the “Charleston loophole,” a flaw in
       * ...", "“We’ll see,” when asked whether ...", "Lee, who calls
       * himself “a fixer,” has taken ...", unless the list of quotations
       * goes on ("“losers,” “dopes” and ..."). */
      if (!inq && i > k + 1 && i + 1 < e && S_comma(a, i - 1) &&
          !(S_tok(a, i + 1)->flags & LEDE__T_QUOTE) &&
          !S_is(a, i + 1, "and") && !S_is(a, i + 1, "or"))
        return i + 1;
      continue;
    }
    if (inq) continue;
    if (S_punct(a, i, ';')) return i;
    /* "(Cole called it “horrific”)": the aside ends the clause. */
    if (S_punct(a, i, '(')) paren++;
    if (S_punct(a, i, ')') && paren-- == 0) return i;
    if (i > k && S_is(a, i, "but") && i + 1 < e &&
        (S_lex(&lede__lex_quote_modals, a, i + 1) || a->quote_verb[i + 1]))
      return i; /* "she will vote for him but has withheld ..." */
    /* "... — but the campaign rejected it": the writer's aside. */
    if (i > k && S_dash(a, i) && i + 1 < e && S_is(a, i + 1, "but"))
      return i;
    /* "calling for a ban after the senator suggested ...", "... as he
     * live-tweeted ...": a subordinate clause with its own speaker and
     * cue is another report, not this one's content. */
    if (i > k + 1 && i + 2 < e && S_subordinator(a, i) &&
        S_new_clause(a, i + 1, e) && !S_joined_content(a, k, i, e))
      return S_comma(a, i - 1) ? i - 1 : i;
    /* "talks about a consensus, but the council is divided": after an
     * object with no verb of its own, a clause with its own subject and
     * verb is the writer's. */
    if (i > k + 1 && i + 2 < e && S_comma(a, i - 1) &&
        (S_is(a, i, "and") || S_is(a, i, "but") || S_is(a, i, "yet")) &&
        !S_has_verb(a, k, i - 1) && !S_is(a, k, "that")) {
      size_t v = i + 1;
      if (!S_cap(a, v)) { /* "and at one point the crowd ..." */
        size_t w = S_skip_adjuncts(a, v, e);
        if (w > v && w < v + 6) v = w;
      }
      size_t r = S_personal(a, v) && !S_is(a, v, "it") ? v + 1
                 : S_cap(a, v) || S_lex(&lede__lex_quote_determiners, a, v)
                     ? S_np_right(a, v, e)
                     : v;
      if (r > v) r = S_skip_adjuncts(a, r, e); /* "the report on Monday" */
      while (r > v && r + 1 < e &&
             (S_lex(&lede__lex_quote_aux, a, r) || S_ly(a, r)))
        r++;
      if (r > v && r < v + 10 && r < e && !S_is(a, v, "that") &&
          (S_finite(a, r) || S_past(a, r) || S_irregular_past(a, r)))
        return i - 1;
    }
    /* "Ortega said A and Reyes said B": the second attribution's own;
     * "lamented the state of the race and criticized ...": a second
     * predicate of the subject with a cue of its own. */
    if (i > k && i + 1 < e && (S_is(a, i, "and") || S_is(a, i, "but")) &&
        !(S_is(a, i, "and") && S_np_only(a, k, i))) {
      size_t v = i + 1;
      if (S_ly(a, v) && v + 1 < e) v++; /* "and specifically mentioned" */
      /* "..., and has championed an agenda": after a comma, a second
       * predicate of the subject with its auxiliary */
      if (S_comma(a, i - 1) && v + 1 < e && S_finite_aux(a, v) &&
          !S_be(a, v) && !S_cap(a, v + 1))
        v++;
      const lede__token *vt = S_tok(a, v);
      S_cue cv;
      if ((S_new_clause(a, i + 1, e) && !S_joined_content(a, k, i, e)) ||
          (a->quote_verb[v] && S_cue_at(a, v, e, &cv) && !S_cap(a, v) &&
           !S_noun_reading(a, v) &&
           (S_past(a, v) || S_ing(a, v) || S_irregular_past(a, v) ||
            (v > i + 1 && a->text[lede__tend(vt) - 1] == 's')))) /* "and repeatedly says" */
        return S_comma(a, i - 1) ? i - 1 : i;
    }
    /* "..., part of a movement": an apposition on the whole clause is
     * the writer's; so is "..., hours after the vote" and "- although
     * ...". */
    if (i > k + 2 && i + 1 < e && S_comma(a, i) &&
        ((S_is(a, i + 1, "part") && i + 2 < e && S_is(a, i + 2, "of")) ||
         ((S_is(a, i + 1, "hours") || S_is(a, i + 1, "days") ||
           S_is(a, i + 1, "minutes") || S_is(a, i + 1, "weeks")) &&
          i + 2 < e && (S_is(a, i + 2, "after") || S_is(a, i + 2, "before")))))
      return i;
    if (i > k && i + 1 < e && S_dash(a, i) &&
        (S_is(a, i + 1, "although") || S_is(a, i + 1, "though")))
      return i;
    /* "..., an acknowledgment that ...", "... — a modest boost for ...":
     * a noun phrase set on the whole clause, with no mark closing it
     * after, is the writer's comment. */
    if (i > k + 2 && i + 2 < e && (S_comma(a, i) || S_dash(a, i)) &&
        (S_is(a, i + 1, "a") || S_is(a, i + 1, "an")) && S_word(a, i + 2) &&
        !S_cap(a, i + 2)) {
      size_t j = i + 1;
      while (j < e && !S_comma(a, j) && !S_dash(a, j) &&
             !(S_tok(a, j)->flags & LEDE__T_QUOTE))
        j++;
      if (j >= e) return i;
    }
    /* "... was behind her tone, called her “third-rate”": a second
     * predicate after a comma. */
    if (i > k && i + 1 < e && S_comma(a, i) && a->quote_verb[i + 1] &&
        !S_cap(a, i + 1) && S_past(a, i + 1) && !S_noun_reading(a, i + 1) &&
        i + 2 < e) {
      size_t o = i + 2; /* ("talked of a “stolen election”") */

      if (S_lex(&lede__lex_quote_objects, a, o) ||
          S_lex(&lede__lex_quote_determiners, a, o) || S_cap(a, o))
        return i;
    }

    if (!S_comma(a, i) || i + 1 >= e) continue;
    if (sub) return i;
    size_t j = i + 1;
    /* "..., while critics said ...": a contrast is the writer's. */
    if (S_is(a, j, "while") || S_is(a, j, "whereas")) return i;
    if (S_is(a, j, "which") || S_is(a, j, "who")) {
      /* "the plan, which critics call costly, is “dead”": a relative
       * clause closed by a comma and followed by the predicate it
       * interrupts; "a turnout, which “will help”": one that quotes the
       * speaker's words. Either stays in the content. */
      size_t m = j + 1;
      int quoted = 0, cue = 0;
      while (m < e && m < j + 30 && !S_comma(a, m) && !S_punct(a, m, ';') &&
             !S_dash(a, m)) {
        if (S_tok(a, m)->flags & LEDE__T_QUOTE) quoted = 1;
        if (a->quote_verb[m]) cue = 1; /* ("which he said was “…”") */
        m++;
      }
      if (quoted && !cue && m >= e) return e;
      if (quoted && !cue && S_comma(a, m)) {
        i = m - 1;
        continue;
      }
      size_t mv = m + 1;
      /* ("..., which Republicans back, “wouldn't go 10 feet”": the
       * predicate may open a quotation) */
      if (mv + 1 < e && (S_tok(a, mv)->flags & LEDE__T_QUOTE)) mv++;
      if (m + 1 < e && m < j + 30 && S_comma(a, m) && mv < e &&
          (S_finite_aux(a, mv) || S_negation(a, mv))) {
        i = m; /* (the loop goes on after the closing comma) */
        continue;
      }
      if (S_is(a, j, "which")) {
        /* ("..., which is a problem because, “In the end ...”": the
         * speaker's words later in the clause keep it in the content) */
        for (size_t r = m; !cue && r < e; r++) {
          if (a->quote_verb[r]) break;
          if (S_tok(a, r)->flags & LEDE__T_QUOTE) return e;
        }
        return i;
      }
    }
    if ((S_ing(a, j) && a->quote_verb[j]) ||
        (S_is(a, j, "according") && j + 1 < e && S_is(a, j + 1, "to")))
      return i;
    /* "..., compared with 64 percent who say ...", "..., double the
     * number who said ...": another group's report set against it. */
    for (size_t m = j + 1; m + 1 < e && m < j + 10 && !S_comma(a, m); m++)
      if (S_is(a, m, "who") && a->quote_verb[m + 1] && !S_cap(a, m + 1) &&
          !S_noun_reading(a, m + 1))
        return i;
    if ((S_is(a, j, "and") || S_is(a, j, "but")) && j + 1 < e &&
        S_lex(&lede__lex_quote_pronouns, a, j + 1) &&
        !S_is(a, j + 1, "who") && !S_is(a, j + 1, "which"))
      return i;
  }
  return e;
}

static size_t S_content_end(const lede_article *a, size_t s0, size_t s1) {
  size_t e = s1;
  while (e > s0 && (S_tok(a, e - 1)->flags & LEDE__T_PUNCT) &&
         !(S_tok(a, e - 1)->flags & LEDE__T_QUOTE) && !S_punct(a, e - 1, ')'))
    e--;
  return e;
}

/* The first top-level pair ending after pos (pairs are disjoint and in
 * text order). */
static size_t S_pair_after(const S_ctx *x, size_t pos) {
  size_t lo = 0, hi = x->pairs.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x->pairs.v[mid].cend <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Pairs inside [start, end) become part of a mixed quote; returns how many
 * and widens *sp to whole pairs. */
static int S_absorb(S_ctx *x, lede_span *sp) {
  int n = 0;
  size_t i0 = S_pair_after(x, sp->start);
  for (size_t i = i0; i < x->pairs.n && i < i0 + 64 &&
                      x->pairs.v[i].open < sp->end; i++) {
    S_pair *p = &x->pairs.v[i];
    if (p->used) continue;
    if (p->open < sp->start) sp->start = p->open;
    if (p->cend > sp->end) sp->end = p->cend;
    p->used = 1;
    n++;
  }
  return n;
}

/* A report of sentence si whose content was found by its cue: indirect,
 * or mixed when it takes in quotations. */
static lede__quote *S_report(S_ctx *x, size_t si, lede_span content,
                             lede_span cue, const char *lemma) {
  lede__quote *q = S_new(x->a, x->a->sents.v[si].block);
  q->kind = S_absorb(x, &content) ? LEDE_QUOTE_MIXED : LEDE_QUOTE_INDIRECT;
  q->content = lede__s32(content);
  q->outer = lede__s32(content);
  q->cue = lede__s32(cue);
  q->lemma = lemma;
  return q;
}

/* Does [sp.start, sp.end) hold a whole top-level pair of marks? */
static int S_holds_pair(const S_ctx *x, lede_span sp) {
  size_t i = S_pair_after(x, sp.start);
  return i < x->pairs.n && x->pairs.v[i].open >= sp.start &&
         x->pairs.v[i].cend <= sp.end;
}

static lede_span S_trim_span(const lede_article *a, lede_span s) {
  return lede__trim(a->text, s);
}

/* After a "tell" verb at token v (cue ends at k), the listener:
 * "told reporters", "told The Huffington Post". Returns the token after. */
static size_t S_skip_listener(const lede_article *a, size_t v, size_t k,
                              size_t s1) {
  if (k >= s1 || !S_lex(&lede__lex_quote_tell_verbs, a, v)) return k;
  if (S_lex(&lede__lex_quote_objects, a, k) &&
      (!S_lex(&lede__lex_quote_determiners, a, k) ||
       (k + 1 < s1 && S_is(a, k + 1, "that")))) /* "told her that" */
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
  size_t r = S_np_right(a, k, s1);
  return r > k ? r : k;
}

/* The speaker of the last attribution whose cue lies in [cs, ce) of the
 * text ("..., she said, adding ..."): tokens in *sp0, *sp1; 0 if none. */
static int S_prev_speaker(const lede_article *a, size_t cs, size_t ce,
                          size_t *sp0, size_t *sp1) {
  size_t lo = a->quotes.n > 8 ? a->quotes.n - 8 : 0;
  for (size_t qk = a->quotes.n; qk > lo; qk--) {
    const lede__quote *pq = &a->quotes.v[qk - 1];
    if (pq->cue.start >= cs && pq->cue.end <= ce && !S_empty(lede__s64(pq->speaker))) {
      *sp0 = S_tok_at(a, pq->speaker.start);
      *sp1 = S_tok_at(a, pq->speaker.end);
      return 1;
    }
  }
  return 0;
}

/* Does the cue at j (its words ending at k) leave the rest of the
 * sentence without content of its own: a tail, a time clause or a
 * topic after its listener? */
static int S_no_content_after(const lede_article *a, size_t j, size_t k,
                              size_t s1) {
  size_t l = S_skip_listener(a, j, k, s1);
  return S_tail_only(a, l, s1) || S_time_clause(a, l, s1) ||
         S_topic_after(a, l, s1);
}

/* ==== Pass 2: direct quotes attributed next to their marks ============== */

/* Does the clause after a phrase ending at r go on with a second verb of
 * one subject ("“terrible,” denounced her record as governor and said
 * ..."): then the verb before the phrase is no inverted cue and the
 * phrase is its object, not its speaker. */
static int S_second_predicate(const lede_article *a, size_t r, size_t s1) {
  for (size_t j = r; j + 1 < s1 && j < r + 12; j++) {
    if (S_comma(a, j) || S_punct(a, j, ';') ||
        (S_tok(a, j)->flags & LEDE__T_QUOTE) || S_is(a, j, "who") ||
        S_is(a, j, "which") || S_is(a, j, "that"))
      return 0; /* ("said Al Lee who runs the fund and ...": his clause) */
    if ((S_is(a, j, "and") || S_is(a, j, "but")) && S_word(a, j + 1) &&
        !S_cap(a, j + 1) &&
        ((a->quote_verb[j + 1] && !S_noun_reading(a, j + 1)) ||
         S_past(a, j + 1)))
      return 1;
  }
  return 0;
}

/* Does the quotation close on a comma, "?" or "!" (the marks of speech
 * handed to an attribution: "“Go,” she said") and hold at least three
 * words or end on "?"/"!" (so a quoted title "“Jaws,”" is left alone)? */
static int S_attribution_close(const lede_article *a, const S_pair *p) {
  size_t e = p->close;
  while (e > p->oend && (a->text[e - 1] == ' ' || a->text[e - 1] == '\n'))
    e--;
  if (e <= p->oend) return 0;
  char c = a->text[e - 1];
  if (c == '?' || c == '!') return 1;
  if (c != ',') return 0;
  size_t t0 = S_tok_at(a, p->oend), words = 0;
  for (size_t k = t0; k < a->tokens.n && S_tok(a, k)->start < e && words < 3;
       k++)
    if (S_word(a, k)) words++;
  return words >= 3;
}

static int S_block_starts(const lede_article *a, size_t b, size_t pos);

static void S_direct(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t pi = 0; pi < x->pairs.n; pi++) {
    S_pair *p = &x->pairs.v[pi];
    size_t ct = S_tok_at(a, p->cend) - 1; /* the closing mark's last token */
    size_t ot = S_tok_at(a, p->open);
    if (ct >= a->tokens.n || ot >= a->tokens.n) continue;
    size_t s0, s1, o0, o1;
    S_sent_range(a, ct, &s0, &s1);
    S_sent_range(a, ot, &o0, &o1);
    size_t cs1 = s1; /* the end of the closing mark's own sentence */
    size_t c0 = LEDE_NONE, sp0 = 0, sp1 = 0;
    S_cue cu = {0};
    int side = 0;
    /* After: "...," she said. / "...," said Smith. */
    size_t i = ct + 1;
    if (i < s1 && (S_comma(a, i) || S_dash(a, i))) i++;
    /* "...!" Dawson shouted. -- the sentence split after the mark. */
    int crossed = 0;
    if (i >= s1 && i < a->tokens.n && lede__tok_sent(a, i) == lede__tok_sent(a, ct) + 1 &&
        a->sents.v[lede__tok_sent(a, i)].block == p->block) {
      S_sent_range(a, i, &s0, &s1);
      crossed = 1;
    }
    size_t d0 = LEDE_NONE, d1 = 0;
    if (!crossed && i > ct + 1 && S_dash(a, i - 1)) {
      d0 = i;
      d1 = s1;
    } else if (crossed && i < s1 && S_dash(a, i)) {
      d0 = i + 1;
      d1 = s1;
    } else if (!crossed && i >= s1 && s1 + 1 < a->tokens.n && S_dash(a, s1)) {
      /* "“...”" then a paragraph "— Ann Lee, Dayton.": a signature
       * line right after the quotation's paragraph, the quotation
       * closing its own. */
      size_t nb = a->sents.v[lede__tok_sent(a, s1)].block;
      size_t ke = ct + 1;
      while (ke < s1 && (S_tok(a, ke)->flags & LEDE__T_PUNCT)) ke++;
      if (ke >= s1 && nb == p->block + 1 &&
          S_block_starts(a, nb, S_tok(a, s1)->start)) {
        size_t n0, n1;
        S_sent_range(a, s1 + 1, &n0, &n1);
        d0 = s1 + 1;
        d1 = n1;
      }
    }
    if (d0 != LEDE_NONE && d0 < d1 && S_cap(a, d0) && S_word(a, d0) &&
        !S_lex(&lede__lex_quote_stop, a, d0) &&
        !S_lex(&lede__lex_quote_pronouns, a, d0)) {
      /* "..." — Tom Reyes: a signature; a handle or a date may follow. */
      size_t r = S_np_right(a, d0, d1);
      size_t k = r;
      while (k < d1 && (S_tok(a, k)->flags & LEDE__T_PUNCT) &&
             !S_punct(a, k, '(') && !S_comma(a, k))
        k++;
      if (r > d0 && (k >= d1 || S_punct(a, k, '(') || S_comma(a, k))) {
        lede__quote *q = S_new(a, p->block);
        q->outer = lede__s32((lede_span){p->open, p->cend});
        q->content = lede__s32(S_trim_span(a, (lede_span){p->oend, p->close}));
        q->kind = LEDE_QUOTE_DIRECT;
        q->cue = lede__s32(S_span_tok(a, d0 - 1, d0));
        q->lemma = "\xE2\x80\x94"; /* the dash */
        q->speaker = lede__s32(S_span_tok(a, d0, r));
        p->used = 1;
        S_mark(x, d0 - 1, r);
        continue;
      }
    }
    if (i < s1 && !crossed && S_cue_at2(a, i, s1, &cu, 1)) {
      size_t r = S_np_right(a, cu.cue1, s1);
      /* ("“...,” promising a return": a participle does not invert.) */
      /* ("a “sociopath,” said he does not ...": a pronoun with its own
       * verb after it is the subject of the content.) */
      if (r > cu.cue1 && !cu.according && !S_ing(a, i) &&
          !(S_lex(&lede__lex_quote_pronouns, a, cu.cue1) &&
            !S_tail_only(a, r, s1)) &&
          !S_second_predicate(a, r, s1)) {
        c0 = i;
        sp0 = cu.cue1;
        sp1 = r;
        side = 2;
      } else if (cu.according) {
        size_t r2 = S_np_right(a, cu.cue1, s1);
        if (r2 > cu.cue1) {
          c0 = i;
          sp0 = cu.cue1;
          sp1 = r2;
          side = 2;
        }
      }
    } else if (i < s1) {
      size_t e = S_np_right(a, i, s1);
      /* "Butz, 49, told", "Will Estrada, the chairman ..., said" */
      if (e > i && e + 1 < s1 && S_comma(a, e)) {
        size_t e0 = e;
        size_t e2 = S_np_right(a, e + 1, s1);
        if (e2 > e + 1 && e2 + 1 < s1 && S_comma(a, e2)) {
          S_cue c2;
          size_t j = e2 + 1;
          while (j < s1 && j < e2 + 4 && S_lex(&lede__lex_quote_aux, a, j)) j++;
          if (j < s1 && S_cue_at(a, j, s1, &c2) && !c2.according) e = e2 + 1;
        }
        if (e == e0) {
          /* "Ann Berg, chief strategist in Sydney at Coast Bank,
           * said", "Al Bond, 30, of Raleigh, N.C., who was polled,
           * said", "Ed Wu, wearing a “Vote Wu” pin, said": an apposition
           * up to the comma before the cue. */
          for (size_t k = e + 1; k < s1 && k < e + 24; k++) {
            if (S_punct(a, k, ';')) break;
            if (!S_comma(a, k)) continue;
            S_cue c2;
            size_t j = k + 1;
            while (j < s1 && j < k + 4 && S_lex(&lede__lex_quote_aux, a, j))
              j++;
            if (j < s1 && S_cue_at(a, j, s1, &c2) && !c2.according) {
              e = k + 1;
              break;
            }
          }
        }
      } else if (e > i && e + 1 < s1 &&
                 (S_is(a, e, "in") || S_is(a, e, "at") || S_is(a, e, "from") ||
                  S_is(a, e, "on") || S_is(a, e, "near"))) {
        /* "a Democratic staffer in the room wondered", "a voter from
         * Ohio said": a place after the speaker. */
        size_t e2 = S_np_right(a, e + 1, s1);
        S_cue c2;
        if (e2 > e + 1 && e2 < s1 && e2 <= e + 6 &&
            S_cue_at2(a, e2, s1, &c2, 1) &&
            !c2.according && S_tail_only(a, c2.cue1, s1))
          e = e2;
      } else if (e > i && e + 1 < s1 && S_is(a, e, "and")) {
        /* "the senator and presidential candidate told" */
        size_t e2 = S_np_right(a, e + 1, s1);
        S_cue c2;
        if (e2 > e + 1 && e2 < s1 && S_cue_at(a, e2, s1, &c2) &&
            !c2.according)
          e = e2;
      }
      if (e > i && e - i <= 3 * S_NP_MAX) {
        size_t j = e, n = 0;
        while (j < s1 && n < 3 && S_lex(&lede__lex_quote_aux, a, j)) {
          j++;
          n++;
        }
        /* Mid-sentence, a cue with its own content after it ("On Fox's
         * “Hannity,” Ann Lee said the ...") does not attribute the quote. */
        if (j < s1 && S_cue_at2(a, j, s1, &cu, 1) && !cu.according &&
            ((!crossed && ot == o0) ||
             S_no_content_after(a, j, cu.cue1, s1))) {
          c0 = j;
          sp0 = i;
          sp1 = e;
          side = 1;
        }
      }
    }
    if (c0 == LEDE_NONE && i < s1 && !S_used(x->used_tok, i) && ot == o0 &&
        !(i > ct + 1 && S_dash(a, i - 1)) && S_attribution_close(a, p)) {
      /* "“Go home,” Smith barked." / "“Wow!” beamed Ann Lee.": right after
       * a quotation that opens its sentence and closes on a comma, "?" or
       * "!", a name then a verb in -ed (or the verb then a name) attribute
       * it, listed cue or not. */
      size_t e = S_np_right(a, i, s1);
      size_t v = LEDE_NONE, n0 = 0, n1 = 0;
      /* ("“...?” a reporter can be heard asking"): past the auxiliaries
       * to a cue in -ing */
      size_t ve = e;
      while (ve < s1 && ve < e + 4 &&
             (S_finite_aux(a, ve) || S_is(a, ve, "be") || S_is(a, ve, "been") ||
              S_is(a, ve, "heard") || S_is(a, ve, "seen")))
        ve++;
      if (ve > e && ve < s1 && S_ing(a, ve) && a->quote_verb[ve] &&
          e > i && S_good_subject(a, i, e) &&
          (!crossed || S_tail_only(a, ve + 1, s1))) {
        v = ve;
        n0 = i;
        n1 = e;
      } else if (e > i && e < s1 && S_good_subject(a, i, e) && S_past(a, e) &&
          !S_lex(&lede__lex_quote_stop, a, e) &&
          (!crossed || S_tail_only(a, e + 1, s1))) {
        v = e;
        n0 = i;
        n1 = e;
      } else if (!crossed && S_past(a, i) && i + 1 < s1 && S_cap(a, i + 1) &&
                 !S_lex(&lede__lex_quote_stop, a, i)) {
        size_t r = S_np_right(a, i + 1, s1);
        if (r > i + 1 && S_good_subject(a, i + 1, r)) {
          v = i;
          n0 = i + 1;
          n1 = r;
        }
      } else if (!crossed && S_present_s(a, i) && i + 2 < s1 &&
                 S_lex(&lede__lex_quote_determiners, a, i + 1) &&
                 !S_lex(&lede__lex_quote_stop, a, i)) {
        /* "“...,” reads an editorial in the Register.": a verb in -s,
         * then its subject, ending the sentence or going on to a
         * clause on it. */
        size_t r = S_np_right(a, i + 1, s1);
        if (r > i + 2 && S_good_subject(a, i + 1, r) &&
            (S_tail_only(a, r, s1) == 1 || S_is(a, r, "that") ||
             S_is(a, r, "which") || S_is(a, r, "who"))) {
          v = i;
          n0 = i + 1;
          n1 = r;
        }
      }
      if (v != LEDE_NONE) {
        const char *lemma = S_verb_lemma(a, v);
        if (!lemma) lemma = S_after_lemma(a, v);
        if (!lemma) {
          const lede__token *vt = S_tok(a, v);
          char *l = lede__strndup(&a->arena, a->text + vt->start,
                                  vt->len);
          for (char *c = l; *c; c++)
            if (*c >= 'A' && *c <= 'Z') *c |= 0x20;
          lemma = l;
        }
        cu.cue0 = v;
        cu.cue1 = v + 1;
        cu.lemma = lemma;
        cu.according = 0;
        c0 = v;
        sp0 = n0;
        sp1 = n1;
        side = v < n0 ? 2 : 1;
      }
    }
    int before = 0;
    if (c0 == LEDE_NONE && ot > o0) {
      /* Before: He said: "..." / He said, "..." / He said "..." */
      size_t j = ot;
      if (S_punct(a, j - 1, ':') || S_comma(a, j - 1)) j--;
      /* the cue then its adjuncts: "said in a statement on Tuesday:" */
      size_t lo = j > o0 + 8 ? j - 8 : o0;
      for (size_t k = j; k > lo; k--) {
        S_cue cu2;
        if (S_cue_at2(a, k - 1, o1, &cu2,
                      S_punct(a, j, ':') || S_comma(a, j)) &&
            !cu2.according &&
            /* ("said in his book, “An American Son.”": a title) */
            !(j > cu2.cue1 + 1 && j < ot &&
              S_lex(&lede__lex_quote_works, a, j - 1)) &&
            (S_skip_adjuncts(a, cu2.cue1, j) >= j ||
             ((S_punct(a, j, ':') || (k - 1 == o0 && S_comma(a, j))) &&
              cu2.cue1 < j && S_np_right(a, cu2.cue1, j) >= j)) &&
            !S_used(x->used_tok, k - 1)) {
          size_t q0, q1;
          /* "explained Grant: “...”": the speaker may follow the cue up
           * to the colon. */
          /* "Said Comey, “...”": inverted at the sentence start. */
          int lead = k - 1 == o0 && S_comma(a, j);
          int sd = S_speaker(a, o0, S_punct(a, j, ':') || lead ? j : k - 1,
                             k - 1, cu2.cue1, &q0, &q1);
          /* "..., she said, adding: “...”": the speaker before. */
          if (sd == 3 && q1 <= q0 &&
              !S_prev_speaker(a, S_tok(a, o0)->start, S_tok(a, k - 1)->start,
                              &q0, &q1))
            sd = 0;
          if (sd == 1 || sd == 3 || (S_punct(a, j, ':') && sd) ||
              (lead && sd == 2)) {
            cu = cu2;
            c0 = k - 1;
            sp0 = q0;
            sp1 = q1;
            side = sd;
            before = 1;
          }
          break;
        }
        if (S_tok(a, k - 1)->flags & LEDE__T_QUOTE) break;
      }
      if (before) {
        /* Direct only if the quote runs to the end of its sentence. */
        size_t k = ct + 1;
        while (k < cs1 && k < ct + 16 && (S_tok(a, k)->flags & LEDE__T_PUNCT))
          k++;
        if (k < cs1 && !S_punct(a, j, ':')) continue; /* mixed: pass 3 */
      }
    }
    if (c0 == LEDE_NONE && ot > o0 + 1 && ot - o0 <= 9 &&
        S_punct(a, ot - 1, ':') && S_cap(a, o0)) {
      /* "Meghan McCain, Twitter: "..."": a name and a colon, no verb. */
      int names = 1;
      for (size_t k = o0; k + 1 < ot && names; k++)
        names = (S_cap(a, k) && S_word(a, k) &&
                 !S_lex(&lede__lex_quote_stop, a, k)) ||
                S_comma(a, k) || S_possessive(a, k) ||
                (S_punct(a, k, '.') && k > o0 &&
                 (S_abbrev(a, k - 1) || S_initial(a, k - 1)));
      size_t k = ct + 1;
      while (k < cs1 && k < ct + 16 && (S_tok(a, k)->flags & LEDE__T_PUNCT))
        k++;
      if (names && k >= cs1 && !S_used(x->used_tok, o0)) {
        lede__quote *q = S_new(a, p->block);
        q->outer = lede__s32((lede_span){p->open, p->cend});
        q->content = lede__s32(S_trim_span(a, (lede_span){p->oend, p->close}));
        q->kind = LEDE_QUOTE_DIRECT;
        q->speaker = lede__s32(S_span_tok(a, o0, ot - 1));
        p->used = 1;
        S_mark(x, o0, ot);
        continue;
      }
    }
    if (c0 == LEDE_NONE || S_used(x->used_tok, c0)) continue;
    lede__quote *q = S_new(a, p->block);
    q->outer = lede__s32((lede_span){p->open, p->cend});
    q->content = lede__s32(S_trim_span(a, (lede_span){p->oend, p->close}));
    q->kind = LEDE_QUOTE_DIRECT;
    q->cue = lede__s32(S_span_tok(a, cu.cue0, cu.cue1));
    q->lemma = cu.lemma;
    q->speaker = lede__s32(S_span_tok(a, sp0, sp1));
    /* Words before the quote in its sentence make it mixed:
     * He called it "a disaster," Smith said. */
    if (!before && ot > o0) {
      int words = 0;
      /* (bounded: a very long run before the mark counts as words) */
      size_t k0 = ot - o0 > 64 ? ot - 64 : o0;
      words = k0 > o0;
      for (size_t k = k0; k < ot && !words; k++)
        if (S_word(a, k) && !S_used(x->used_tok, k)) words = 1;
      if (words) {
        q->kind = LEDE_QUOTE_MIXED;
        q->content = lede__s32((lede_span){S_tok(a, o0)->start, p->cend});
        q->outer = q->content;
      }
    }
    p->used = 1;
    if (side == 3) {
      /* The clause's subject, far from the cue ("He called it “X” and
       * called on ..."): the words between stay free for other cues. */
      S_mark(x, sp0, sp1);
      S_mark(x, cu.cue0, cu.cue1);
    } else {
      size_t m0 = c0 < sp0 ? c0 : sp0, m1 = cu.cue1 > sp1 ? cu.cue1 : sp1;
      S_mark(x, m0, m1);
    }
  }
}

/* ==== Pass 3: reported speech from cues ================================= */

/* Is quote pq's cue inside the content of another quote of runs (index
 * ranges, 8 wide at most): a report nested in someone's statement ("Lee
 * said the council supports the plan")? */
static int S_nested_in_runs(const lede_article *a, size_t runs[2][2],
                            const lede__quote *pq) {
  for (int r = 0; r < 2; r++)
    for (size_t qk = runs[r][0]; qk < runs[r][1]; qk++) {
      const lede__quote *o = &a->quotes.v[qk];
      if (o != pq && o->content.start <= pq->cue.start &&
          pq->cue.end <= o->content.end)
        return 1;
    }
  return 0;
}

/* The attribution nearest before ce whose cue lies in [cs, ce) and that
 * has a speaker (with whole_before, its content ends before ce too), or
 * NULL. While pass 3 runs, the quotes hold pass 2's direct quotes of the
 * whole text in order, then pass 3's so far: each run is searched near
 * ce, not just the last quotes found. */
static const lede__quote *S_attribution_before(const S_ctx *x, size_t cs,
                                               size_t ce, int whole_before) {
  const lede_article *a = x->a;
  const lede__quote *best = NULL;
  size_t nd = x->ndirect < a->quotes.n ? x->ndirect : a->quotes.n;
  size_t lo = 0, hi = nd; /* first direct quote opening at or after ce */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a->quotes.v[mid].outer.start < ce) lo = mid + 1;
    else hi = mid;
  }
  size_t runs[2][2] = {{lo > 8 ? lo - 8 : 0, lo},
                       {a->quotes.n - nd > 8 ? a->quotes.n - 8 : nd,
                        a->quotes.n}};
  for (int r = 0; r < 2; r++)
    for (size_t qk = runs[r][1]; qk > runs[r][0]; qk--) {
      const lede__quote *pq = &a->quotes.v[qk - 1];
      if (pq->cue.start >= cs && pq->cue.end <= ce && !S_empty(lede__s64(pq->speaker)) &&
          (!whole_before || pq->content.end <= ce) &&
          !S_nested_in_runs(a, runs, pq)) {
        if (!best || pq->cue.start > best->cue.start) best = pq;
        break;
      }
    }
  return best;
}


/* Does a quotation open right after the cue at v (its speaker or
 * listener and adjuncts ending at k), past a comma or colon: "..., Lee
 * wrote to her followers, “...”"? Then the cue introduces it. */
static int S_opens_pair(const S_ctx *x, size_t v, size_t k, size_t s1) {
  const lede_article *a = x->a;
  int work = k > v + 1 && S_lex(&lede__lex_quote_works, a, k - 1);
  if (k < s1 && (S_comma(a, k) || S_punct(a, k, ':'))) k++;
  if (k + 1 >= s1 || !(S_tok(a, k)->flags & LEDE__T_QUOTE)) return 0;
  /* ("said in his 2012 book, “An American Son.”": a title.) */
  if (work) return -1;
  /* ("These rules, the lawyers said, “all command ...”": a quotation in
   * lower case goes on with the words before the attribution.) */
  if (!S_cap(a, k + 1)) return 0;
  size_t pi = S_pair_after(x, S_tok(a, k)->start);
  return pi < x->pairs.n && x->pairs.v[pi].open == S_tok(a, k)->start;
}

static size_t S_object_end(const lede_article *a, size_t k, size_t s1);

/* Cues of the class "other" that report a finding, not a stance: their
 * content is a clause ("the poll shows Lee leads"). */
/* After "found", a clause without "that": a name or a determiner phrase,
 * then its verb or participle ("found Clinton leading Trump by 15
 * points", "found the nominee garnered twice the airtime"). */
static int S_found_clause(const lede_article *a, size_t k, size_t s1) {
  if (!(S_cap(a, k) || S_lex(&lede__lex_quote_determiners, a, k)) ||
      S_lex(&lede__lex_quote_pronouns, a, k))
    return 0;
  size_t r = S_np_right(a, k, s1);
  return r > k && r < s1 && S_word(a, r) && !S_cap(a, r) &&
         (S_ing(a, r) || S_finite(a, r)) && !S_is(a, r, "being");
}

static int S_clause_taker(const char *l) {
  static const char *const w[] = {"appear", "discover", "find", "indicate",
                                  "rumor", "seem", "show", "signal"};
  for (size_t k = 0; k < sizeof w / sizeof *w; k++)
    if (S_same(l, w[k])) return 1;
  return 0;
}

/* Do the words [s0, i) only open an adjunct before a participle at i:
 * "Besides", "Instead of", "Since", "One month after", "Before
 * formally"? */
static int S_adjunct_lead(const lede_article *a, size_t s0, size_t i) {
  if (i <= s0 || i > s0 + 5) return 0;
  int conj = 0;
  for (size_t k = s0; k < i; k++) {
    if (S_subordinator(a, k) && !S_is(a, k, "as")) conj = 1;
    else if (S_is(a, k, "besides") || S_is(a, k, "instead") ||
             S_is(a, k, "rather") || S_is(a, k, "without") ||
             S_is(a, k, "upon") || S_is(a, k, "despite"))
      conj = 1;
    else if (!(S_is(a, k, "of") || S_is(a, k, "than") ||
               S_is(a, k, "just") || S_is(a, k, "shortly") ||
               S_is(a, k, "soon") || S_is(a, k, "long") ||
               S_is(a, k, "even") || S_ly(a, k) ||
               S_timeword(a, k) || S_is(a, k, "one") || S_is(a, k, "a") ||
               S_is(a, k, "day") || S_is(a, k, "days") ||
               S_is(a, k, "week") || S_is(a, k, "weeks") ||
               S_is(a, k, "month") || S_is(a, k, "months") ||
               S_is(a, k, "year") || S_is(a, k, "years")))
      return 0;
  }
  return conj;
}

static void S_reported(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t si = 0; si < a->sents.n; si++) {
    size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
    for (size_t i = s0; i < s1; i++) {
      S_cue cu;
      if (S_used(x->used_tok, i) ||
          (!a->quote_verb[i] &&
           a->tokens.v[i].len != 9) || /* according */
          !S_cue_at(a, i, s1, &cu))
        continue;
      /* "270 pledged delegates", "candidates backed by PACs": adjectival
       * and passive participles report nothing from the left. */
      if (!cu.according && i > s0 && (S_tok(a, i - 1)->flags & LEDE__T_NUM) &&
          S_past(a, i))
        continue;
      if (!cu.according && cu.cue1 < s1 && S_is(a, cu.cue1, "by")) {
        /* "The plan was praised by the mayor": the subject is the content
         * and the agent the speaker. */
        size_t b = S_skip_aux_left(a, s0, i);
        size_t r = S_np_right(a, cu.cue1 + 1, s1);
        if (b > s0 + 1 && S_be(a, b - 1) && r > cu.cue1 + 1 &&
            !S_lex(&lede__lex_quote_pronouns, a, cu.cue1 + 1)) {
          size_t c0 = b - 1, lo = c0 > s0 + 30 ? c0 - 30 : s0;
          while (c0 > lo && !S_comma(a, c0 - 1) && !S_punct(a, c0 - 1, ';') &&
                 !(S_tok(a, c0 - 1)->flags & LEDE__T_QUOTE))
            c0--;
          lede_span content =
              S_trim_span(a, S_span_tok(a, c0, S_skip_aux_left(a, c0, b - 1)));
          if ((c0 > lo || lo == s0) && !S_empty(content)) {
            lede__quote *q = S_report(
                x, si, content, S_span_tok(a, cu.cue0, cu.cue1 + 1), cu.lemma);
            q->speaker = lede__s32(S_span_tok(a, cu.cue1 + 1, r));
            S_mark(x, cu.cue0, r);
            i = r - 1;
          }
        }
        continue;
      }
      /* "found" reports only a finding: "the study found that ...", "the
       * poll found 40 percent ...", "the report found it was ...". */
      if (S_same(cu.lemma, "find")) {
        /* (past adjuncts: "found in 2014 that") */
        size_t k = S_skip_adjuncts(a, cu.cue1, s1);
        if (k < s1 && S_comma(a, k)) k++;
        if (!(k < s1 && (S_is(a, k, "that") ||
                         (S_tok(a, k)->flags & LEDE__T_NUM) ||
                         (S_lex(&lede__lex_quote_pronouns, a, k) &&
                          !S_is(a, k, "who") && !S_is(a, k, "which")) ||
                         S_is(a, k, "most") || S_is(a, k, "many") ||
                         S_is(a, k, "more") || S_is(a, k, "no") ||
                         S_found_clause(a, k, s1))))
          continue;
      }
      /* "thought for a moment and said": a cue with only adjuncts before
       * the next cue reports nothing; the next one does. */
      if (!cu.according) {
        size_t k = cu.cue1;
        if (k < s1 && S_ly(a, k)) k++; /* "paused briefly and added" */
        if (k < s1 && (S_is(a, k, "for") || S_lex(&lede__lex_quote_preps, a, k))) {
          size_t j = k + 1;
          while (j < s1 && j < k + 5 && S_word(a, j) && !S_is(a, j, "and") &&
                 !a->quote_verb[j] && !S_is(a, j, "that"))
            j++;
          k = j;
        }
        S_cue c2;
        if (k > cu.cue1 && k + 1 < s1 && S_is(a, k, "and") &&
            S_cue_at(a, k + 1, s1, &c2) && !c2.according)
          continue;
      }
      /* A verb inside quotation marks is the speaker's own word. */
      size_t sp0 = 0, sp1 = 0;
      size_t ce = S_content_end(a, s0, s1);
      lede_span content = {0, 0};
      int side = 0;
      if (cu.according) {
        size_t r = S_np_right(a, cu.cue1, s1);
        if (r == cu.cue1) {
          /* "according to “Man of the World,” a book": a quoted title. */
          size_t k = cu.cue1;
          if (k < s1 && S_lex(&lede__lex_quote_determiners, a, k)) k++;
          if (k < s1 && (S_tok(a, k)->flags & LEDE__T_QUOTE)) {
            size_t j = k + 1;
            while (j < s1 && j < k + 16 && !(S_tok(a, j)->flags & LEDE__T_QUOTE))
              j++;
            if (j < s1 && j < k + 16 && j > k + 1) {
              r = j + 1; /* "the “Medicare for all” document" */
              if (r < s1 && S_word(a, r) && !S_comma(a, j - 1))
                r = S_np_right(a, r, s1);
            }
          }
        }
        if (r == cu.cue1) continue;
        sp0 = cu.cue1;
        sp1 = r;
        side = 2;
        /* "according to an analysis by the Lowell Institute", "a post
         * from Ann Lee", "audio provided by the station": the maker of a
         * thing speaks through it (not "Ann Lee from the agency"). */
        if (!S_cap(a, cu.cue1)) {
          size_t b = r;
          if (b + 1 < s1 && S_past(a, b) && S_is(a, b + 1, "by")) b++;
          if (b + 1 < s1 && (S_is(a, b, "by") || S_is(a, b, "from"))) {
            size_t r2 = S_np_right(a, b + 1, s1);
            if (r2 > b + 1 && !S_lex(&lede__lex_quote_pronouns, a, b + 1)) {
              sp0 = b + 1;
              sp1 = r2;
              r = r2;
            }
          }
        }
        /* The report opens its clause: at the sentence start, after a
         * conjunction ("But according to"), a colon or a parenthesis. */
        int opens = i == s0 || (i > s0 && S_comma(a, i - 1) && i - 1 == s0) ||
                    (i == s0 + 1 && (S_is(a, s0, "but") || S_is(a, s0, "and") ||
                                     S_is(a, s0, "yet") || S_is(a, s0, "so") ||
                                     S_punct(a, s0, '('))) ||
                    (i > s0 && (S_punct(a, i - 1, ':') || S_punct(a, i - 1, '(')));
        if (opens) {
          /* "According to reports emerging in the media, he ...": the
           * source's own modifiers run to the comma. */
          size_t k = r;
          while (k < s1 && k < r + 12 && !S_comma(a, k) &&
                 !(S_tok(a, k)->flags & LEDE__T_QUOTE) && !a->quote_verb[k])
            k++;
          if (!(k < s1 && k < r + 12 && S_comma(a, k))) k = r;
          if (k < s1 && S_comma(a, k)) k++;
          content = S_span_tok(a, k, ce);
        } else {
          size_t e = i;
          if (e > s0 && S_comma(a, e - 1)) e--;
          /* "... the gap in delegates, which stood at 263, according to
           * AP": the relative clause or "with" phrase right before is
           * what the source gives. */
          size_t b = s0, c = e;
          while (c > s0 + 1 && c + 40 > e && !S_comma(a, c - 1) &&
                 !(S_tok(a, c - 1)->flags & LEDE__T_QUOTE))
            c--;
          if (c > s0 + 1 && c < e && S_comma(a, c - 1) &&
              (S_is(a, c, "which") || S_is(a, c, "who") ||
               S_is(a, c, "whom") || S_is(a, c, "where") ||
               S_is(a, c, "with")))
            b = c;
          content = S_span_tok(a, b, e);
        }
      } else {
        side = S_speaker(a, s0, s1, cu.cue0, cu.cue1, &sp0, &sp1);
        /* "Besides attacking X, Lee said", "Since announcing A, Lee
         * has": the participle sits in an adjunct opening the sentence;
         * the main clause's subject speaks (read below). */
        int opener = S_ing(a, i) && S_cap(a, s0) &&
                     (i == s0 || S_adjunct_lead(a, s0, i));
        if (opener && i > s0) side = 0;
        if (side == 3) {
          /* "“No,” Hale responded, remarking that ...": the speaker of
           * the attribution before it in the sentence. */
          int found = sp1 > sp0;
          const lede__quote *pq = S_attribution_before(
              x, S_tok(a, s0)->start, S_tok(a, i)->start, 0);
          /* "May said the country would leave ... and suggested": a cue
           * after a modal or "to" in another report's content does not
           * share this past tense; the report holding it does. */
          size_t pc = pq ? S_tok_at(a, pq->cue.start) : 0;
          while (pq && pc > s0 + 1 && S_ly(a, pc - 1)) pc--; /* "formally" */
          /* ("Lee said she wanted ... and predicted": a pronoun
           * subject inside Lee's content is Lee) */
          size_t pst = pq ? S_tok_at(a, pq->speaker.start) : 0;
          if (pq && pc > s0 &&
              ((S_past(a, i) && (S_lex(&lede__lex_quote_modals, a, pc - 1) ||
                                 S_is(a, pc - 1, "to"))) ||
               (S_personal(a, pst) &&
                S_tok_at(a, pq->speaker.end) == pst + 1))) {
            const lede__quote *oq = S_attribution_before(
                x, S_tok(a, s0)->start, pq->cue.start, 0);
            if (oq && oq->content.start <= pq->cue.start &&
                pq->cue.end <= oq->content.end)
              pq = oq;
          }
          /* ("..., while her rival, Lee, has soared by saying": a
           * subject of its own after the attribution's content) */
          if (pq && found && S_tok(a, sp0)->start >= pq->content.end &&
              S_tok(a, sp0)->start >= pq->cue.end)
            pq = NULL;
          if (pq) {
            sp0 = S_tok_at(a, pq->speaker.start);
            sp1 = S_tok_at(a, pq->speaker.end);
            found = 1;
          }
          if (!found) continue;
        }
        if (!side && i > s0 + 1 &&
            (S_is(a, i - 1, "and") ||
             (S_comma(a, i - 1) && S_past(a, i)) || /* ", called her" */
             (S_lex(&lede__lex_quote_aux, a, i - 1) && S_is(a, i - 2, "and")))) {
          /* "She called it “reckless” and said ...": a second predicate
           * of the subject of the attribution before it. */
          const lede__quote *pq = S_attribution_before(
              x, S_tok(a, s0)->start, S_tok(a, i)->start, 1);
          if (pq) {
            sp0 = S_tok_at(a, pq->speaker.start);
            sp1 = S_tok_at(a, pq->speaker.end);
            side = 3;
          }
        }
        if (!side && opener) {
          /* "Noting that A, Lee argued ...": a participle opening the
           * sentence reports A; the main clause's subject speaks. */
          size_t k = cu.cue1, j;
          if (k < s1 && S_is(a, k, "that")) k++;
          int inq = 0;
          for (j = k; j < s1 && j < k + 40; j++) {
            if (S_tok(a, j)->flags & LEDE__T_QUOTE) inq = !inq;
            else if (!inq && (S_comma(a, j) || S_punct(a, j, ';'))) break;
          }
          if (j > k && j + 2 < s1 && S_comma(a, j)) {
            size_t st = j + 1, r = S_personal(a, st) ? st + 1
                                                     : S_np_right(a, st, s1);
            /* (the phrase may run into its verb: "the treasurer left") */
            for (size_t m = st + 1; m < r; m++)
              if (!S_cap(a, m) && (S_finite(a, m) || a->quote_verb[m])) {
                r = m;
                break;
              }
            /* (not its adverb: "Rubio still believes") */
            while (r > st + 1 && !S_cap(a, r - 1) &&
                   S_lex(&lede__lex_quote_aux, a, r - 1))
              r--;
            if (r > st && r < s1 && S_good_subject(a, st, r) &&
                (S_verbish(a, r, 0) || S_finite(a, r) || S_ly(a, r) ||
                 S_lex(&lede__lex_quote_aux, a, r))) {
              lede_span c = S_trim_span(a, S_span_tok(a, k, j));
              if (!S_empty(c)) {
                lede__quote *q = S_report(
                    x, si, c, S_span_tok(a, cu.cue0, cu.cue1), cu.lemma);
                q->speaker = lede__s32(S_span_tok(a, st, r));
                S_mark(x, cu.cue0, cu.cue1);
              }
            }
          }
          continue;
        }
        if (!side) {
          /* "quoted X as saying" */
          continue;
        }
        size_t after = side == 2 ? sp1 : cu.cue1;
        if (side == 2) {
          /* ", said Smith, a spokesman." */
          if (after < s1 && S_comma(a, after)) {
            size_t k = after + 1;
            size_t r = S_np_right(a, k, s1);
            if (r > k && S_tail_only(a, r, s1) == 1) {
              after = r;
            } else if (r > k) {
              /* ", a spokeswoman for the council.": an apposition with no
               * verb or comma up to the end of the sentence. */
              size_t ce1 = S_content_end(a, s0, s1), j = r;
              while (j < ce1 && j < r + 15 && !S_comma(a, j) &&
                     !a->quote_verb[j] && !(S_tok(a, j)->flags & LEDE__T_QUOTE))
                j++;
              if (j == ce1) after = s1;
            }
          }
        }
        /* "..., Smith told The Post on Thursday.": the listener too. */
        size_t lis = S_skip_listener(a, i, after, s1);
        int tail = S_tail_only(a, lis, s1);
        if (!tail) {
          /* "“...,” the paper wrote while acknowledging ...": the
           * speaker's next act, with no comma before it. */
          size_t j = S_skip_adjuncts(a, lis, s1);
          if (j + 1 < s1 && (S_is(a, j, "while") || S_is(a, j, "before") ||
                             S_is(a, j, "after")) &&
              S_ing(a, j + 1) && !S_cap(a, j + 1))
            tail = 1;
        }
        /* the end of the listener and adjuncts after the cue */
        size_t adj = tail == 2 ? S_skip_adjuncts(a, lis, s1) : s1;
        if (tail == 2) {
          /* "..., Reyes told reporters, before insisting ...", "...,
           * Marsh said, going on to say ...": a participle after the
           * attribution is its speaker's next act; the content is the
           * words before. */
          size_t j = adj;
          while (j < s1 && !S_comma(a, j) && (S_tok(a, j)->flags & LEDE__T_PUNCT))
            j++;
          if (j < s1 && S_comma(a, j)) j++;
          if (j < s1 && (S_is(a, j, "before") || S_is(a, j, "after") ||
                         S_is(a, j, "while")))
            j++;
          if (j < s1 && S_ly(a, j)) j++;
          if (j < s1 && S_ing(a, j) && !S_cap(a, j)) tail = 1;
        }
        size_t lead = side == 2 ? i : sp0; /* first token of attribution */
        /* "..., as Lee put it.", "“...,” as the mayor said": "as" opens
         * the attribution after the content */
        if (side == 1 && lead > s0 + 1 && S_is(a, lead - 1, "as") &&
            !S_cap(a, lead - 1) &&
            (S_comma(a, lead - 2) || S_dash(a, lead - 2) ||
             (S_tok(a, lead - 2)->flags & LEDE__T_QUOTE)))
          lead--;
        int lead_comma = lead > s0 && (S_comma(a, lead - 1) ||
                                       S_dash(a, lead - 1) ||
                                       (S_tok(a, lead - 1)->flags &
                                        LEDE__T_QUOTE));
        int opens = lead > s0 && after < s1 && tail == 2 && lead_comma
                        ? S_opens_pair(x, i, adj, s1)
                        : 0;
        if (lead > s0 && (tail == 1 || opens < 0) && lead_comma && side != 3) {
          /* Content first: "..., it said." */
          size_t e = lead - 1;
          /* (not "When Lee asked about it, the firm declined": a clause
           * of time alone is no content) */
          if (S_is(a, s0, "when") || S_is(a, s0, "whenever") ||
              S_is(a, s0, "after") || S_is(a, s0, "before") ||
              S_is(a, s0, "until") || S_is(a, s0, "once") ||
              S_is(a, s0, "while")) {
            size_t j = s0 + 1;
            while (j < e && !S_comma(a, j) && !S_punct(a, j, ';')) j++;
            if (j >= e - 1) continue;
          }
          if ((S_tok(a, e)->flags & LEDE__T_QUOTE) && !S_comma(a, e)) e++;
          content = S_span_tok(a, s0, e);
        } else if (lead > s0 && after < s1 &&
                   (S_lex(&lede__lex_quote_modals, a, after) ||
                    (tail == 2 && lead_comma && !opens))) {
          /* A parenthesis: "The conference it said would focus ..." */
          content = S_span_tok(a, s0, ce);
          size_t r = sp0 - 1;
          if (side == 1 && sp0 > s0 + 1 &&
              (S_is(a, r, "which") || S_is(a, r, "that") ||
               S_is(a, r, "what") || S_is(a, r, "whom"))) {
            /* "the bathroom rule, which critics said was unfair": the
             * relative clause's predicate is what they said. */
            content = S_span_tok(a, after, S_clause_end(a, after, s1, after));
          } else if (side == 1 && sp0 > s0 + 1 && S_word(a, r) &&
                     !S_cap(a, r) && S_np_lower(a, r) && !S_past(a, r)) {
            /* "listed her failings, failings she said are outweighed":
             * the noun it speaks of heads the report. */
            size_t n = S_np_left(a, s0, r);
            if (n != LEDE_NONE && n > s0)
              content = S_span_tok(a, n, S_clause_end(a, n, s1, after));
          }
        } else if (side == 1 || side == 3 || side == 4) {
          size_t k = after;
          /* "told Reuters", "told reporters on Tuesday" */
          k = S_skip_listener(a, i, k, s1);
          k = S_skip_adjuncts(a, k, s1);
          if (k + 2 < s1 && S_lex(&lede__lex_quote_tell_verbs, a, i) &&
              (S_lex(&lede__lex_quote_preps, a, k) || S_subordinator(a, k) ||
               (S_is(a, k, "that") && !S_cap(a, k + 1) &&
                (S_past(a, k + 1) || S_finite(a, k + 1))))) {
            /* "told Yahoo News in a story that ran Monday that he
             * believes", "told the Post before he spoke that": an
             * adjunct with a clause of its own, then "that" and the
             * content's subject. */
            for (size_t j = k + 1; j < s1 && j < k + 20; j++) {
              if (S_comma(a, j) || (S_tok(a, j)->flags & LEDE__T_QUOTE) ||
                  S_punct(a, j, ';') || S_punct(a, j, ':'))
                break;
              if (S_is(a, j, "that") && j + 1 < s1 &&
                  (S_personal(a, j + 1) || S_cap(a, j + 1) ||
                   S_lex(&lede__lex_quote_determiners, a, j + 1)) &&
                  !S_finite(a, j + 1) && !S_past(a, j + 1)) {
                k = j;
                break;
              }
            }
          }
          if (k < s1 && S_comma(a, k)) {
            k++;
            /* "The board said, reasoning that ...": the participle
             * reports; this cue has no content of its own. */
            if (k < s1 && S_ing(a, k) && a->quote_verb[k] && !S_cap(a, k))
              continue;
          }
          if (lede__lex_has(&lede__lex_cue_clause_only, cu.lemma,
                            strlen(cu.lemma))) {
            /* "maintained that", "advised him to", "advising Lee on
             * strategy": a clause or topic within a few words (a listener
             * first); "maintained a lead" has none. */
            size_t j = k;
            while (j < s1 && j < k + 8 && !S_is(a, j, "that") &&
                   !S_is(a, j, "to") && !S_punct(a, j, ':') &&
                   !S_is(a, j, "on") && !S_is(a, j, "about") &&
                   !S_comma(a, j) && !(S_tok(a, j)->flags & LEDE__T_QUOTE))
              j++;
            if (!(j < s1 && j < k + 8 && !S_comma(a, j))) continue;
          }
          /* "he said, when a protester stumbled", "wrote while a
           * student": a clause of time right after the cue is the
           * writer's, unless a main clause follows it after a comma
           * ("said when the vote came, the council would split"). */
          int timed = k + 1 < s1 &&
                      (S_is(a, k, "when") || S_is(a, k, "while") ||
                       S_is(a, k, "whenever") || S_is(a, k, "until") ||
                       ((S_is(a, k, "before") || S_is(a, k, "after")) &&
                        !S_ing(a, k + 1) &&
                        !S_lex(&lede__lex_quote_preps, a, k + 1)));
          int main_after = 0;
          for (size_t j = k + 1; timed && j < ce && j < k + 30 && !main_after;
               j++)
            main_after = S_comma(a, j) && j + 1 < ce &&
                         (S_personal(a, j + 1) || S_cap(a, j + 1) ||
                          S_is(a, j + 1, "that") ||
                          S_lex(&lede__lex_quote_determiners, a, j + 1));
          if (timed && !main_after) continue;
          /* (not "say that won't be true": "that" is the subject) */
          if (k < s1 && (S_punct(a, k, ':') ||
                         (S_is(a, k, "that") &&
                          !(k + 1 < s1 && ((S_finite_aux(a, k + 1) &&
                                            !S_is(a, k + 1, "being") &&
                                            !S_is(a, k + 1, "been") &&
                                            !S_is(a, k + 1, "be")) ||
                                           S_negation(a, k + 1))))))
            k++;
          if (k >= ce) continue;
          /* "Later, after the interview ended, Lee said ...": a cue in an
           * adverbial clause opened mid-sentence reports up to the comma
           * closing that clause, as one opening the sentence does. */
          size_t cl = s0;
          if (side == 1 && sp0 > s0 && S_subordinator(a, sp0 - 1) &&
              !S_is(a, sp0 - 1, "as") &&
              (sp0 - 1 == s0 || S_comma(a, sp0 - 2) || S_dash(a, sp0 - 2)))
            cl = sp0 - 1;
          size_t end = S_clause_end(a, cl, s1, k);
          /* "endorsed Trump in early June, but ...": a stance or action
           * takes a noun phrase, not a clause (those that report what
           * was found or shown excepted). */
          if (S_cue_class_of(cu.lemma) == LEDE_CUE_OTHER) {
            /* ("criticized how the agency handled it", "focused on what
             * they said was ...": a clause in a wh-word is the object) */
            int wh = S_is(a, k, "what") || S_is(a, k, "how") ||
                     S_is(a, k, "why") || S_is(a, k, "whether") ||
                     S_is(a, k, "where");
            /* (and an infinitive is a clause: "decided to review the
             * February 29 deal") */
            int inf = S_is(a, k, "to") && k + 1 < s1 && S_word(a, k + 1) &&
                      !S_cap(a, k + 1) &&
                      !S_lex(&lede__lex_quote_determiners, a, k + 1) &&
                      !S_lex(&lede__lex_quote_pronouns, a, k + 1);
            if (inf) {
              /* the infinitive's clause, to its first comma (not a
               * date's: "February 29, 2020") */
              for (size_t j = k + 2; j + 1 < end; j++)
                if (S_comma(a, j) && !(S_tok(a, j + 1)->flags & LEDE__T_NUM) &&
                    !(S_tok(a, j)->flags & LEDE__T_QUOTE)) {
                  end = j;
                  break;
                }
            } else if (!wh && !S_clause_taker(cu.lemma) &&
                       !S_is(a, k - 1, "that") && !S_punct(a, k - 1, ':')) {
              size_t oe = S_object_end(a, k, s1), m = oe;
              /* (quoted words after it keep the clause: a mixed quote) */
              while (m < end && !(S_tok(a, m)->flags & LEDE__T_QUOTE)) m++;
              if (oe > k && oe < end && m >= end) end = oe;
            }
          }
          if (sp1 > sp0 && (S_is(a, sp1 - 1, "who") || S_is(a, sp1 - 1, "which")))
            /* "Voters who backed the levy said ...": a relative clause
             * ends where its antecedent's own verb starts. */
            for (size_t j = k + 1, aside = 0; j < end; j++) {
              /* "Cole, who endorsed her on Thursday, is making ...": the
               * antecedent's verb after the clause's closing comma (the
               * first one: "the men, and Ortega in particular, must" is an
               * aside of the content). */
              if ((S_comma(a, j) || S_dash(a, j)) && !aside++ && j + 1 < end &&
                  (S_finite_aux(a, j + 1) ||
                   (S_verbish(a, j + 1, 0) && !S_ing(a, j + 1)))) {
                end = j;
                break;
              }
              if (a->quote_verb[j] && !S_noun_reading(a, j) &&
                  /* ("who say he should condemn ...": its own verb) */
                  !S_lex(&lede__lex_quote_modals, a, j - 1) &&
                  !S_is(a, j - 1, "to")) {
                end = j;
                break;
              }
            }
          content = S_span_tok(a, k, end);
        } else {
          continue;
        }
      }
      content = S_trim_span(a, content);
      if (S_empty(content)) continue;
      /* "said little", "said nothing about it": an amount of talk, no
       * statement. */
      {
        size_t ct = S_tok_at(a, content.start);
        /* "- “...,” she said - and charged that ...": the aside's cue
         * closes at its dash; what follows goes on with the sentence. */
        if (ct + 1 < s1 && S_dash(a, ct) &&
            (S_is(a, ct + 1, "and") || S_is(a, ct + 1, "but")))
          continue;
        if (ct < s1 && (S_is(a, ct, "little") || S_is(a, ct, "nothing") ||
                        S_is(a, ct, "much")) &&
            (ct + 1 >= s1 || S_tok(a, ct + 1)->start >= content.end ||
             S_is(a, ct + 1, "about") || S_is(a, ct + 1, "on") ||
             S_is(a, ct + 1, "else")))
          continue;
      }
      /* "He isn't expected to attend", "an engineer accused of spying":
       * the subject of a passive is what is reported on; no one named
       * reports it. */
      if ((side == 1 || (side == 3 && sp1 + 4 > i)) && S_passive_subject(a, sp0, sp1, i, s1)) sp0 = sp1 = i;
      /* "Recently, Lee ...", "Frightened by the vote, leaders ...": a
       * sentence's opening adverb or participle is no speaker; the
       * subject of the clause before the cue is, if there is one. */
      /* (before a verb it is a name: "Boreing said", "Kelly said") */
      if ((side == 1 || side == 3) && sp1 == sp0 + 1 && sp0 == s0 &&
          sp1 + 1 < i && !a->quote_verb[sp1] && !S_finite(a, sp1) &&
          !S_verbish(a, sp1, 0) && S_bad_opener(a, sp0)) {
        size_t nst, nr = S_near_subject(a, s0, i, &nst);
        if (nr > nst && nst > sp0) sp0 = nst, sp1 = nr;
        else sp0 = sp1 = i;
      }
      /* "Do you think he can win?": a question put to the reader or to
       * the person interviewed reports nothing. */
      if (sp1 == sp0 + 1 && S_is(a, sp0, "you") && s1 > s0 &&
          S_punct(a, s1 - 1, '?'))
        continue;
      content = S_cap_content(a, content, S_tok(a, cu.cue0)->start);
      lede__quote *q = S_new(a, a->sents.v[si].block);
      q->kind = LEDE_QUOTE_INDIRECT;
      int n = S_absorb(x, &content);
      if (n) q->kind = LEDE_QUOTE_MIXED;
      else if (cu.according && S_holds_pair(x, content))
        q->kind = LEDE_QUOTE_MIXED; /* "“...,” Lee said, according to AP" */
      q->content = lede__s32(content);
      q->outer = lede__s32(content);
      q->cue = lede__s32(S_span_tok(a, cu.cue0, cu.cue1));
      q->lemma = cu.lemma;
      q->speaker = lede__s32(S_span_tok(a, sp0, sp1));
      /* A content that is exactly one quote is a direct quote. */
      if (n == 1) {
        size_t cs = content.start, cend = content.end;
        size_t l1, l2;
        int32_t c1 = lede__cp(a->text, cend, cs, &l1);
        size_t pe = lede__cp_prev(a->text, cend);
        int32_t c2 = lede__cp(a->text, cend, pe, &l2);
        if (S_family(c1) && S_family(c2)) {
          size_t pi = S_pair_after(x, cs);
          if (pi < x->pairs.n && x->pairs.v[pi].open == cs &&
              x->pairs.v[pi].cend == cend) {
            const S_pair *p = &x->pairs.v[pi];
            q->kind = LEDE_QUOTE_DIRECT;
            q->content = lede__s32(S_trim_span(a, (lede_span){p->oend, p->close}));
          }
        }
      }
      size_t m0 = cu.cue0 < sp0 ? cu.cue0 : sp0;
      size_t m1 = cu.cue1 > sp1 ? cu.cue1 : sp1;
      if (side == 3) m0 = cu.cue0, m1 = cu.cue1;
      S_mark(x, m0, m1);
      i = m1 - 1 > i ? m1 - 1 : i;
    }
  }
}

/* ==== Pass 3b: reports framed by a noun ================================== */

/* The entry of list lx equal to s[0..n) (ASCII case folded), as a static
 * string, or NULL. */
static const char *S_lex_entry(const lede__lexicon *lx, const char *s,
                               size_t n) {
  for (size_t e = 0; e < lx->n; e++)
    if (lede__eq_ci(s, n, lx->words[e])) return lx->words[e];
  return NULL;
}

/* The entry of a cue noun for token i, as a static string, or NULL. */
static const char *S_noun_lemma(const lede_article *a, size_t i) {
  const lede__lexicon *ls[] = {&lede__lex_cue_nouns, &lede__lex_cue_nouns_other};
  const lede__token *t = S_tok(a, i);
  const char *s = a->text + t->start;
  size_t n = t->len;
  for (size_t l = 0; l < 2; l++) {
    /* asked of every word: most fail the inline test */
    if (!lede__lex_maybe(ls[l], s, n) || !lede__lex_has(ls[l], s, n)) continue;
    const char *w = S_lex_entry(ls[l], s, n);
    if (w) return w;
  }
  return NULL;
}

/* A finite verb by its form: a cue or -ed verb (S_verbish), an irregular
 * past ("drew", "took"), a form of "be" or a modal. */
static int S_finite(const lede_article *a, size_t i) {
  if (S_be(a, i) || S_lex(&lede__lex_quote_modals, a, i) ||
      S_finite_aux(a, i))
    return 1;
  const lede__token *t = S_tok(a, i);
  if (!(t->flags & LEDE__T_WORD) || (t->flags & (LEDE__T_CAP | LEDE__T_NUM)) ||
      S_ing(a, i))
    return 0;
  /* (not "the expected vote", "newly crowned", "his stated aim") */
  if (i > 0 && (S_lex(&lede__lex_quote_determiners, a, i - 1) ||
                S_ly(a, i - 1) || S_possessive(a, i - 1)))
    return 0;
  if (S_lex(&lede__lex_date_past_verbs, a, i)) return 1;
  const char *e = a->text + lede__tend(t);
  return t->len > 3 && e[-1] == 'd' && e[-2] == 'e' &&
         !S_lex(&lede__lex_quote_stop, a, i);
}

/* The end (exclusive) of a noun phrase object starting at k: up to a
 * comma, a clause boundary or a finite verb ("his attacks on the judge |
 * drew criticism"). */
static size_t S_object_end(const lede_article *a, size_t k, size_t s1) {
  size_t e = S_content_end(a, k, s1), j = k;
  int inq = 0;
  for (; j < e && j < k + 30; j++) {
    if (S_tok(a, j)->flags & LEDE__T_QUOTE) {
      inq = !inq;
      continue;
    }
    if (inq) continue;
    if (S_comma(a, j) || S_punct(a, j, ';') || S_punct(a, j, ':') ||
        S_dash(a, j) || S_punct(a, j, '(') || S_punct(a, j, ')'))
      break;
    /* "dismissed critics who called the remarks sexist": a relative
     * clause on the object, no comma before it, is part of it. */
    if (j > k && S_is(a, j, "who") && S_word(a, j - 1) &&
        !S_lex(&lede__lex_quote_pronouns, a, j - 1)) {
      size_t m = j + 1;
      while (m < e && m < j + 30 && !S_comma(a, m) && !S_punct(a, m, ';') &&
             !S_dash(a, m) && !(S_tok(a, m)->flags & LEDE__T_QUOTE))
        m++;
      if (m < j + 30) return m;
      break;
    }
    if (j > k && (S_subordinator(a, j) || S_is(a, j, "which") ||
                  S_is(a, j, "if") || S_is(a, j, "unless") ||
                  S_is(a, j, "who") || S_is(a, j, "that") ||
                  S_lex(&lede__lex_quote_modals, a, j) || S_be(a, j) ||
                  S_finite_aux(a, j)))
      break;
    if (j > k && (S_is(a, j, "and") || S_is(a, j, "but")) && j + 1 < e &&
        (S_verbish(a, j + 1, 0) || S_personal(a, j + 1)))
      break;
    if (j > k + 1 && S_finite(a, j) &&
        !S_lex(&lede__lex_quote_determiners, a, j - 1))
      break;
    /* A time adjunct: "Saturday", "in early June", "last week". */
    if (j > k && (S_timeword(a, j) && !(S_tok(a, j)->flags & LEDE__T_NUM)))
      break;
    if (j > k && j + 1 < e &&
        (S_is(a, j, "in") || S_is(a, j, "on") || S_is(a, j, "last") ||
         S_is(a, j, "this") || S_is(a, j, "next") || S_is(a, j, "earlier")) &&
        (S_timeword(a, j + 1) ||
         (j + 2 < e && (S_is(a, j + 1, "early") || S_is(a, j + 1, "late") ||
                        S_is(a, j + 1, "mid")) &&
          S_timeword(a, j + 2)) ||
         S_is(a, j + 1, "week") || S_is(a, j + 1, "month") ||
         S_is(a, j + 1, "year")))
      break;
  }
  if (inq) return k; /* (a quotation left open: no object) */
  return j;
}

/* The end of a noun's complement that opens the sentence's subject ("His
 * claim that the count was late | surprised nobody", "Dane's refusal to
 * testify | angered ..."): before the second finite verb, the first being
 * the complement's own (an infinitive has its verb already). */
static size_t S_subject_complement_end(const lede_article *a, size_t c0,
                                       size_t e, int have_verb) {
  int inq = 0;
  for (size_t j = c0; j < e && j < c0 + 40; j++) {
    if (S_tok(a, j)->flags & LEDE__T_QUOTE) {
      inq = !inq;
      continue;
    }
    if (inq || !S_word(a, j) || S_cap(a, j)) continue;
    if (!S_finite(a, j)) continue;
    size_t b = j - 1;
    if (have_verb && j > c0 && !S_be(a, b) && !S_finite_aux(a, b) &&
        !S_lex(&lede__lex_quote_modals, a, b) && !S_negation(a, b) &&
        !S_ly(a, b) && !S_is(a, b, "to") && !S_is(a, b, "and") &&
        !S_is(a, b, "or") && !S_is(a, b, "that") && !S_is(a, b, "who") &&
        !S_is(a, b, "which"))
      return j;
    have_verb = 1;
  }
  return e;
}

/* The first word of the verb group ending at v: its auxiliaries,
 * negation and adverbs ("has not yet", "’s been", "is") to the left. */
static size_t S_group_start(const lede_article *a, size_t s0, size_t v) {
  size_t g = v;
  while (g > s0 && g + 5 > v &&
         (S_be(a, g - 1) || S_be_contracted(a, g - 1) ||
          S_finite_aux(a, g - 1) || S_lex(&lede__lex_quote_aux, a, g - 1) ||
          S_lex(&lede__lex_quote_modals, a, g - 1) || S_negation(a, g - 1) ||
          S_is(a, g - 1, "not") || S_is(a, g - 1, "been") ||
          S_is(a, g - 1, "being") || S_ly(a, g - 1)))
    g--;
  return g;
}

/* "He has been ratcheting up his critique of", "has toned down his
 * criticism of", "were unsparing in their criticism of": an owner after
 * a verb's particle, or after "in" that follows the verb's complement;
 * the verb's subject owns the noun. The verb, or LEDE_NONE. ("rebuked
 * for his proposal", "in his remarks": another frame's, or none.) */
static size_t S_owner_verb(const lede_article *a, size_t s0, size_t p) {
  if (p < s0 + 2) return LEDE_NONE;
  size_t b = p - 1;
  if (S_is(a, b, "up") || S_is(a, b, "down"))
    return S_word(a, b - 1) && !S_cap(a, b - 1) &&
                   (S_ing(a, b - 1) || S_verbish(a, b - 1, 1))
               ? b - 1
               : LEDE_NONE;
  if (!S_is(a, b, "in") || !S_word(a, b - 1) || S_cap(a, b - 1) ||
      S_lex(&lede__lex_quote_preps, a, b - 1) ||
      S_lex(&lede__lex_quote_determiners, a, b - 1))
    return LEDE_NONE;
  /* The verb a few words back: "are not mincing words in", "has been
   * particularly persistent in". */
  for (size_t j = b - 1; j > s0 && j + 5 > b; j--) {
    if (S_comma(a, j) || !S_word(a, j) || S_cap(a, j) ||
        S_subordinator(a, j) || S_is(a, j, "that") || S_is(a, j, "who") ||
        S_is(a, j, "which") || S_lex(&lede__lex_quote_preps, a, j))
      return LEDE_NONE;
    if (S_be(a, j) || S_be_contracted(a, j) || S_finite_aux(a, j) ||
        S_lex(&lede__lex_quote_modals, a, j) ||
        (S_ing(a, j) && j > s0 &&
         (S_be(a, j - 1) || S_be_contracted(a, j - 1))) ||
        (j + 1 < b && S_finite(a, j)))
      return j;
  }
  return LEDE_NONE;
}

/* Does the speaker [q0, q1) fit the owner pronoun at p: "his" no group,
 * "their" no single person? */
static int S_owner_fits(const lede_article *a, size_t p, size_t q0,
                        size_t q1) {
  int one = q1 == q0 + 1;
  if (S_is(a, p, "his") || S_is(a, p, "her"))
    return !(one && (S_is(a, q0, "they") || S_is(a, q0, "we") ||
                     S_is(a, q0, "it") ||
                     S_is(a, q0, S_is(a, p, "his") ? "she" : "he")));
  if (S_is(a, p, "their"))
    return !(one && (S_is(a, q0, "he") || S_is(a, q0, "she") ||
                     S_is(a, q0, "it")));
  return !(one && (S_is(a, q0, "he") || S_is(a, q0, "she") ||
                   S_is(a, q0, "they") || S_is(a, q0, "we")));
}

/* "Lee's claim that ...", "his call for a recount", "raised questions
 * about the deal": a cue noun with an owner (a possessive, or the
 * subject of a verb like "raised") and its complement, a "that" clause,
 * an infinitive or a prepositional object. The owner speaks. */
static void S_noun_frames(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t si = 0; si < a->sents.n; si++) {
    size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
    for (size_t i = s0 + 1; i + 2 < s1; i++) {
      const lede__token *t = S_tok(a, i);
      if (S_used(x->used_tok, i) || !(t->flags & LEDE__T_WORD) ||
          (t->flags & (LEDE__T_CAP | LEDE__T_NUM)))
        continue;
      const char *lemma = S_noun_lemma(a, i);
      if (!lemma) continue;
      /* The owner, left of up to two modifiers: "her repeated calls". */
      size_t p = i - 1;
      for (int m = 0; m < 2 && p > s0 && (S_adjective_shape(a, p) || S_ly(a, p));
           m++)
        p--;
      size_t sp0 = 0, sp1 = 0, v = LEDE_NONE;
      int owned = 0;
      if (S_possessive(a, p) && p > s0) {
        size_t n = S_np_left(a, s0, p - 1);
        /* (the owner is a name or a determiner phrase: not "help
         * solidify Trump's") */
        while (n != LEDE_NONE && n + 1 < p && !S_cap(a, n) &&
               !S_lex(&lede__lex_quote_determiners, a, n))
          n++;
        if (n == LEDE_NONE || S_lex(&lede__lex_quote_pronouns, a, n) ||
            !(S_cap(a, n) || S_lex(&lede__lex_quote_determiners, a, n)))
          continue;
        sp0 = n;
        sp1 = p;
        if (n > s0 && S_lex(&lede__lex_cue_light_verbs, a, n - 1)) v = n - 1;
        else if (n > s0 && ((S_verbish(a, n - 1, 1) && !S_ing(a, n - 1)) ||
                            S_frame_particle(a, n - 1) ||
                            S_lex(&lede__lex_quote_preps, a, n - 1)) &&
                 /* ("Despite Lee's claims that ...": a preposition
                  * opening the clause frames nothing) */
                 !(S_lex(&lede__lex_quote_preps, a, n - 1) &&
                   S_clause_opens(a, s0, n - 1)))
          continue; /* "balked at the owner's proposal": another frame's */
      } else if (S_is(a, p, "his") || S_is(a, p, "her") ||
                 S_is(a, p, "their") || S_is(a, p, "its")) {
        sp0 = p;
        sp1 = p + 1;
        /* "is lending his support to": the verb's subject owns it */
        if (p > s0 && (S_lex(&lede__lex_cue_light_verbs, a, p - 1) ||
                       (S_verbish(a, p - 1, 1) && !S_ing(a, p - 1))))
          v = p - 1;
        else if ((v = S_owner_verb(a, s0, p)) != LEDE_NONE)
          owned = 1;
        else if (p > s0 && (S_frame_particle(a, p - 1) ||
                            S_lex(&lede__lex_quote_preps, a, p - 1)))
          continue; /* "rebuked for his proposal" */
      } else if (S_lex(&lede__lex_cue_light_verbs, a, p) && p > s0) {
        v = p;
      } else if (p > s0 + 1 && S_lex(&lede__lex_cue_light_verbs, a, p - 1) &&
                 (S_is(a, p, "a") || S_is(a, p, "an") || S_is(a, p, "the") ||
                  S_is(a, p, "some") || S_is(a, p, "new") ||
                  S_is(a, p, "fresh") || S_is(a, p, "serious"))) {
        v = p - 1; /* "made the case for", "raised new questions" */
      } else {
        continue;
      }
      if (v != LEDE_NONE) {
        if (!S_lex(&lede__lex_cue_light_verbs, a, v) && S_possessive(a, p))
          continue;
        size_t q0, q1, g = S_group_start(a, s0, v);
        int sd = v > s0 && !owned ? S_speaker(a, s0, s1, v, v + 1, &q0, &q1) : 0;
        /* "Sanders is lending his support", "has thrown his support
         * behind": the subject of the whole verb group. */
        if (((sd != 1 && sd != 3) || q1 <= q0) && g > s0 && (g < v || owned))
          sd = S_speaker(a, s0, s1, g, v + 1, &q0, &q1);
        if ((sd != 1 && sd != 3) || q1 <= q0) continue;
        if (sp1 == p + 1 && !S_owner_fits(a, p, q0, q1)) continue;
        sp0 = q0;
        sp1 = q1;
      }
      /* The complement. */
      size_t k = i + 1, c0, c1;
      int prep = 0;
      if (S_is(a, k, "that") && k + 1 < s1 && !S_verbish(a, k + 1, 1) &&
          !S_lex(&lede__lex_quote_modals, a, k + 1) && !S_be(a, k + 1) &&
          !S_finite_aux(a, k + 1)) {
        c0 = k + 1;
        c1 = S_clause_end(a, s0, s1, c0);
      } else if (S_is(a, k, "to") && k + 1 < s1 && S_word(a, k + 1) &&
                 !S_cap(a, k + 1) &&
                 !S_lex(&lede__lex_quote_determiners, a, k + 1) &&
                 !S_lex(&lede__lex_quote_pronouns, a, k + 1)) {
        c0 = k + 1; /* "his refusal to testify" */
        c1 = S_clause_end(a, s0, s1, c0);
      } else if ((S_is(a, k, "of") || S_is(a, k, "about") ||
                  S_is(a, k, "on") || S_is(a, k, "against") ||
                  S_is(a, k, "for") || S_is(a, k, "over") ||
                  S_is(a, k, "at") ||
                  /* ("her remarks to reporters": a listener) */
                  (S_is(a, k, "to") && (S_same(lemma, "opposition") ||
                                        S_same(lemma, "support"))) ||
                  /* "threw her support behind the nominee" */
                  (S_is(a, k, "behind") && (S_same(lemma, "support") ||
                                            S_same(lemma, "backing")))) &&
                 k + 1 < s1 && !S_timeword(a, k + 1) &&
                 !S_lex(&lede__lex_weekdays, a, k + 1)) {
        c0 = k + 1;
        c1 = S_object_end(a, c0, s1);
        prep = 1;
      } else {
        continue;
      }
      /* "Despite Lee's claims that A, B": the opener ends at its comma. */
      if (sp0 > s0 && S_lex(&lede__lex_quote_preps, a, sp0 - 1) &&
          S_clause_opens(a, s0, sp0 - 1))
        for (size_t j = c0 + 1; j < c1; j++)
          if (S_comma(a, j)) {
            c1 = j;
            break;
          }
      /* In the subject ("Lee's claim that ... surprised nobody"): the
       * complement ends before the sentence's own verb. */
      if (!prep && v == LEDE_NONE &&
          (sp0 == s0 || S_comma(a, sp0 - 1) || S_is(a, sp0 - 1, "and") ||
           S_is(a, sp0 - 1, "but") || S_subordinator(a, sp0 - 1)))
        c1 = S_subject_complement_end(a, c0, c1, S_is(a, k, "to"));
      if (c1 <= c0) continue;
      lede_span content = S_trim_span(a, S_span_tok(a, c0, c1));
      if (S_empty(content)) continue;
      lede__quote *q = S_report(x, si, content,
                                S_span_tok(a, i, prep ? k + 1 : i + 1), lemma);
      q->cls = lede__lex_has(&lede__lex_cue_nouns_other, lemma, strlen(lemma))
                   ? LEDE_CUE_OTHER
                   : LEDE_CUE_SPEECH;
      q->speaker = lede__s32(S_span_tok(a, sp0, sp1));
      S_mark(x, i, i + 1);
    }
  }
}

/* "The senators came out in support of the bill", "voted in favor of
 * it", "spoke in defense of the mayor": a stance told by a phrase. The
 * subject of the clause's verb holds it; its object is what about.
 * The stance's lemma, or NULL. */
static const char *S_stance_phrase(const lede_article *a, size_t n, size_t s1) {
  if (n + 2 >= s1) return NULL;
  if (S_is(a, n + 1, "of")) {
    if (S_is(a, n, "support")) return "support";
    if (S_is(a, n, "favor") || S_is(a, n, "favour")) return "favor";
    if (S_is(a, n, "defense") || S_is(a, n, "defence")) return "defend";
    return NULL;
  }
  return S_is(a, n + 1, "to") && S_is(a, n, "opposition") ? "oppose" : NULL;
}

static int S_pronoun(const lede_article *a, lede_span s);
static int S_orglike(const lede_article *a, lede_span s);
static int S_personlike(const lede_article *a, lede_span s);

static void S_stance_phrases(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t si = 0; si < a->sents.n; si++) {
    size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
    for (size_t i = s0 + 1; i + 3 < s1; i++) {
      /* "came out against the plan", "has come out strongly against" */
      int against = S_is(a, i, "out") && S_is(a, i + 1, "against") &&
                    (S_is(a, i - 1, "came") || S_is(a, i - 1, "come") ||
                     S_is(a, i - 1, "comes") || S_is(a, i - 1, "coming"));
      const char *lemma = against ? "oppose"
                          : S_is(a, i, "in") ? S_stance_phrase(a, i + 1, s1)
                                             : NULL;
      if (!lemma || S_used(x->used_tok, i) || S_used(x->used_tok, i + 1))
        continue;
      size_t c0 = against ? i + 2 : i + 3, c1 = S_object_end(a, c0, s1);
      if (c1 <= c0 || !S_word(a, c0)) continue;
      /* the clause's verb, a few words before: "raised $5 million in
       * support of", "has come out in support of" */
      size_t v = LEDE_NONE;
      for (size_t j = i; j > s0 + 1 && j + 6 > i; j--) {
        /* (a gerund's subject is not the clause's: "slams Kasich for
         * voting in favor of the ban") */
        if (S_comma(a, j - 1) || S_punct(a, j - 1, ';') || S_ing(a, j - 1))
          break;
        if (S_finite(a, j - 1) || a->quote_verb[j - 1]) {
          v = j - 1;
          break;
        }
      }
      if (v == LEDE_NONE) continue;
      size_t q0, q1;
      int sd = S_speaker(a, s0, s1, v, v + 1, &q0, &q1);
      if ((sd != 1 && sd != 3) || q1 <= q0) continue;
      /* (someone comes out against a thing; results do not) */
      lede_span who = S_span_tok(a, q0, q1);
      if (against && !S_pronoun(a, who) && !S_orglike(a, who) &&
          !S_personlike(a, who))
        continue;
      lede_span content = S_trim_span(a, S_span_tok(a, c0, c1));
      if (S_empty(content)) continue;
      if (against) i--;
      lede__quote *q = S_report(x, si, content, S_span_tok(a, i, c0), lemma);
      q->cls = LEDE_CUE_OTHER;
      q->speaker = lede__s32(S_span_tok(a, q0, q1));
      S_mark(x, i, c0);
      i = c0 - 1;
    }
  }
}

/* The lemma of a verb that takes an object and an "as" phrase telling
 * how its subject sees it, or NULL, told by its first byte c (lower
 * case). ("cast" and "paint" portray, but as often in an ad's voice as
 * in its sponsor's.) */
static const char *S_as_verb(const lede_article *a, size_t i, int c) {
  const lede__token *t = S_tok(a, i);
  if (t->len < 3 || t->len > 8) return NULL;
  /* (the second byte sets "said", "she", "very" aside uncompared) */
  int c2 = a->text[t->start + 1] | 0x20;
  if (c == 's')
    return (c2 == 'e' && (S_is(a, i, "see") || S_is(a, i, "sees") ||
                          S_is(a, i, "seeing"))) ||
                   (c2 == 'a' && S_is(a, i, "saw"))
               ? "see"
               : NULL;
  if (c == 'v')
    return c2 == 'i' && (S_is(a, i, "view") || S_is(a, i, "views") ||
                         S_is(a, i, "viewed") || S_is(a, i, "viewing"))
               ? "view"
               : NULL;
  if (c == 'r')
    return c2 == 'e' && (S_is(a, i, "regard") || S_is(a, i, "regards") ||
                         S_is(a, i, "regarded"))
               ? "regard"
               : NULL;
  return NULL;
}

/* "Rivals see him as a threat", "voters view Clinton as honest" (verb
 * at i, lemma): the object and its "as" phrase are what the subject
 * holds. Not "was seen as", "remarks viewed by some as" (passives), nor
 * "as" opening a clause ("saw it as the polls closed"). Returns the
 * token to go on from. */
static size_t S_as_frame(S_ctx *x, size_t si, size_t i, const char *lemma) {
  lede_article *a = x->a;
  size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
  if (S_used(x->used_tok, i) || S_cap(a, i) || S_be(a, i - 1) ||
      S_be_contracted(a, i - 1) || S_is(a, i - 1, "been") ||
      S_is(a, i - 1, "being") ||
      S_lex(&lede__lex_quote_determiners, a, i - 1) ||
      S_possessive(a, i - 1) || !S_word(a, i + 1) || S_is(a, i + 1, "as") ||
      S_is(a, i + 1, "by"))
    return i + 1;
  size_t j = i + 2;
  while (j < s1 && j < i + 10 && S_word(a, j) && !S_is(a, j, "as") &&
         !S_be(a, j) && !S_finite_aux(a, j) &&
         !S_lex(&lede__lex_quote_modals, a, j) && !S_is(a, j, "that") &&
         !S_is(a, j, "and") && !a->quote_verb[j])
    j++;
  /* (not "as well", "as soon as") */
  if (j + 1 >= s1 || !S_is(a, j, "as") || S_is(a, j + 1, "well") ||
      S_is(a, j + 1, "soon") || S_is(a, j + 1, "long"))
    return i + 1;
  size_t c1 = S_object_end(a, j + 1, s1), r = S_np_right(a, j + 1, s1);
  if (c1 <= j + 1 || (c1 < s1 && S_word(a, c1) && S_finite(a, c1)) ||
      S_personal(a, j + 1) || S_is(a, j + 1, "I") ||
      (r < c1 && S_word(a, r) && !S_cap(a, r) &&
       (S_verbish(a, r, 0) || S_finite(a, r))))
    return i + 1;
  size_t g = S_group_start(a, s0, i), q0, q1;
  int sd = S_speaker(a, s0, s1, g, i + 1, &q0, &q1);
  if ((sd != 1 && sd != 3) || q1 <= q0) return i + 1;
  lede_span content = S_trim_span(a, S_span_tok(a, i + 1, c1));
  if (S_empty(content)) return i + 1;
  lede__quote *q = S_report(x, si, content, S_span_tok(a, i, i + 1), lemma);
  q->cls = LEDE_CUE_THOUGHT;
  q->speaker = lede__s32(S_span_tok(a, q0, q1));
  S_mark(x, i, i + 1);
  return c1;
}

/* A form of "take" (a word in t at i): "that", "this", "they" are told
 * apart by their second byte. */
static inline int S_take_verb(const lede_article *a, size_t i) {
  const lede__token *t = S_tok(a, i);
  if (t->len < 4) return 0;
  int c = a->text[t->start + 1] | 0x20;
  if (c != 'a' && c != 'o') return 0;
  return S_is(a, i, "took") || S_is(a, i, "take") || S_is(a, i, "takes") ||
         S_is(a, i, "taken") || S_is(a, i, "taking");
}

/* "took issue with the plan", "took multiple swipes at Bush", "has
 * taken aim at the bill" (a form of "take" at i): a stance told by "take"
 * and a noun. Its object is what about; the subject of the verb holds
 * it. Returns the token to go on from. */
static size_t S_take_phrase(S_ctx *x, size_t si, size_t i) {
  lede_article *a = x->a;
  size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
  if (S_used(x->used_tok, i)) return i + 1;
  size_t n = i + 1;
  if (S_is(a, n, "a") || S_is(a, n, "multiple") || S_is(a, n, "several") ||
      S_is(a, n, "repeated") || S_is(a, n, "sharp") || S_is(a, n, "strong"))
    n++;
  if (n + 2 >= s1) return i + 1;
  int ok = ((S_is(a, n, "swipe") || S_is(a, n, "swipes") ||
             S_is(a, n, "aim") || S_is(a, n, "shots")) &&
            S_is(a, n + 1, "at")) ||
           ((S_is(a, n, "issue") || S_is(a, n, "exception")) &&
            (S_is(a, n + 1, "with") || S_is(a, n + 1, "to"))) ||
           (S_is(a, n, "offense") && S_is(a, n + 1, "at"));
  if (!ok) return i + 1;
  size_t c0 = n + 2, c1 = S_object_end(a, c0, s1);
  if (c1 <= c0 || !S_word(a, c0)) return i + 1;
  size_t g = S_group_start(a, s0, i), q0, q1;
  int sd = g > s0 ? S_speaker(a, s0, s1, g, i + 1, &q0, &q1) : 0;
  if ((sd != 1 && sd != 3) || q1 <= q0) return i + 1;
  lede_span content = S_trim_span(a, S_span_tok(a, c0, c1));
  if (S_empty(content)) return i + 1;
  lede__quote *q = S_report(x, si, content, S_span_tok(a, i, c0), "take");
  q->cls = LEDE_CUE_OTHER;
  q->speaker = lede__s32(S_span_tok(a, q0, q1));
  S_mark(x, i, c0);
  return c1;
}

/* The "as" frames and the "take" stances in one walk: a token's first
 * byte picks which (if either) asks about it. Each goes on past its
 * own finds only, as they mark no token the other asks about. */
static void S_verb_phrases(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t si = 0; si < a->sents.n; si++) {
    size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
    size_t as_next = 0, take_next = 0;
    for (size_t i = s0 + 1; i + 3 < s1; i++) {
      int c = a->text[S_tok(a, i)->start] | 0x20;
      if (c == 't') {
        if (i >= take_next && S_take_verb(a, i))
          take_next = S_take_phrase(x, si, i);
      } else if ((c == 's' || c == 'v' || c == 'r') && i >= as_next) {
        const char *lemma = S_as_verb(a, i, c);
        if (lemma) as_next = S_as_frame(x, si, i, lemma);
      }
    }
  }
}

/* ==== Pass 3c: stances told by an adjective ============================= */

/* A word of degree between a copula and its adjective: "is deeply
 * skeptical", "were not pleased", "are also concerned". */
static int S_degree(const lede_article *a, size_t i) {
  return S_ly(a, i) || S_lex(&lede__lex_quote_aux, a, i) || S_is(a, i, "so") ||
         S_is(a, i, "very") || S_is(a, i, "more") || S_is(a, i, "less") ||
         S_is(a, i, "too") || S_is(a, i, "most") || S_is(a, i, "quite");
}

static int S_copula(const lede_article *a, size_t i) {
  return S_be(a, i) || S_be_contracted(a, i) || S_is(a, i, "remain") ||
         S_is(a, i, "remains") || S_is(a, i, "remained") ||
         S_is(a, i, "become") || S_is(a, i, "became") ||
         S_is(a, i, "becomes") || S_is(a, i, "grew") || S_is(a, i, "grown");
}

/* The entry of cue_adjectives.txt for token i, as a static string. */
static const char *S_adjective_entry(const lede_article *a, size_t i) {
  const lede__lexicon *lx = &lede__lex_cue_adjectives;
  const lede__token *t = S_tok(a, i);
  if (!S_lex(lx, a, i)) return NULL;
  return S_lex_entry(lx, a->text + t->start, t->len);
}

/* "Her donors remain confident that ...", "Graham has been critical of
 * Trump", "voters are deeply skeptical of trade": a stance adjective
 * after a copula, with a clause or a prepositional object; the copula's
 * subject holds the stance. */
static void S_adjective_frames(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t si = 0; si < a->sents.n; si++) {
    size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
    for (size_t i = s0 + 1; i + 2 < s1; i++) {
      const lede__token *t = S_tok(a, i);
      if (S_used(x->used_tok, i) || !(t->flags & LEDE__T_WORD) ||
          (t->flags & (LEDE__T_CAP | LEDE__T_NUM)))
        continue;
      const char *lemma = NULL;
      if (a->quote_verb[i]) {
        /* (the speech verb list's adjectives, left by pass 3 when a word
         * of degree stands before them) */
        lemma = S_verb_lemma(a, i);
        if (!lemma || !(S_adjective_lemma(lemma) || S_is(a, i, "worried")))
          lemma = NULL;
      } else {
        lemma = S_adjective_entry(a, i);
      }
      if (!lemma) continue;
      size_t v = i - 1;
      for (int m = 0; m < 2 && v > s0 && S_degree(a, v); m++) v--;
      /* (not an infinitive: "reasons to be skeptical") */
      if (!S_copula(a, v) || v == s0 || S_is(a, v - 1, "to")) continue;
      size_t k = i + 1, c0, c1;
      if (S_is(a, k, "that") || S_is(a, k, "whether") || S_is(a, k, "if")) {
        c0 = S_is(a, k, "that") ? k + 1 : k;
        c1 = S_clause_end(a, s0, s1, c0);
      } else if (S_is(a, k, "about") || S_is(a, k, "of") ||
                 S_is(a, k, "over") || S_is(a, k, "with") ||
                 S_is(a, k, "by") || S_is(a, k, "at") ||
                 /* "confident in the outcome", "disappointed in him" */
                 (S_is(a, k, "in") && (S_same(lemma, "confident") ||
                                       S_same(lemma, "disappointed")))) {
        c0 = k + 1;
        /* (not "at first", "at times", "with all": adverbials) */
        if (c0 >= s1 || S_timeword(a, c0) || S_lex(&lede__lex_weekdays, a, c0) ||
            S_is(a, c0, "first") || S_is(a, c0, "times") ||
            S_is(a, c0, "least") || S_is(a, c0, "all") || S_is(a, c0, "once"))
          continue;
        c1 = S_is(a, c0, "whether") || S_is(a, c0, "how") ||
                     S_is(a, c0, "what") || S_is(a, c0, "why")
                 ? S_clause_end(a, s0, s1, c0)
                 : S_object_end(a, c0, s1);
      } else {
        continue;
      }
      if (c1 <= c0) continue;
      size_t q0, q1;
      int sd = S_speaker(a, s0, s1, v, v + 1, &q0, &q1);
      if ((sd != 1 && sd != 3) || q1 <= q0) continue;
      lede_span content = S_trim_span(a, S_span_tok(a, c0, c1));
      if (S_empty(content)) continue;
      lede__quote *q = S_report(
          x, si, content,
          S_span_tok(a, i, c0 == k + 1 && !S_is(a, k, "that") ? k + 1 : i + 1),
          lemma);
      q->speaker = lede__s32(S_span_tok(a, q0, q1));
      S_mark(x, i, i + 1);
    }
  }
}

/* ==== Pass 3d: reports with no speaker ================================== */

static int S_be(const lede_article *a, size_t i) {
  return S_is(a, i, "is") || S_is(a, i, "are") || S_is(a, i, "was") ||
         S_is(a, i, "were") || S_is(a, i, "be") || S_is(a, i, "been") ||
         S_is(a, i, "being");
}

/* A verb that, in the passive, reports without naming a source: "is
 * expected to", "are said to", "was widely believed that". */
static int S_passive_lemma(const char *l) {
  static const char *const w[] = {"expect", "know",    "say",     "believe",
                                  "think",  "report",  "consider", "rumor",
                                  "allege", "predict", "understand",
                                  "estimate", "project"};
  for (size_t k = 0; k < sizeof w / sizeof *w; k++)
    if (S_same(l, w[k])) return 1;
  return 0;
}

/* Verbs of judging that, in the passive with "of" or "for", report a
 * charge or a praise without naming who made it. */
static int S_judging_lemma(const char *l) {
  static const char *const w[] = {"accuse", "criticize", "criticise",
                                  "blame",  "praise",    "condemn",
                                  "fault",  "credit",    "hail"};
  for (size_t k = 0; k < sizeof w / sizeof *w; k++)
    if (S_same(l, w[k])) return 1;
  return 0;
}

/* A word that opens an indirect question. */
static int S_wh(const lede_article *a, size_t i) {
  return S_is(a, i, "about") || S_is(a, i, "whether") || S_is(a, i, "if") ||
         S_is(a, i, "why") || S_is(a, i, "what") || S_is(a, i, "how") ||
         S_is(a, i, "who") || S_is(a, i, "whom") || S_is(a, i, "when") ||
         S_is(a, i, "where") || S_is(a, i, "which");
}

/* The word opening the question after "asked" (from token k), past
 * adjuncts: "asked on Fox News who ...", "asked in Iowa recently
 * whether", "asked directly by the paper if"; s1 if there is none. */
static size_t S_question_at(const lede_article *a, size_t k, size_t s1) {
  if (k >= s1) return s1;
  if (S_wh(a, k)) return k;
  /* (an adjunct opens with a preposition or an adverb; "asked Democrats
   * how" has an object) */
  if (!(S_lex(&lede__lex_quote_preps, a, k) || S_ly(a, k) ||
        S_is(a, k, "again") || S_is(a, k, "later") || S_is(a, k, "once")) ||
      S_is(a, k, "to") || S_is(a, k, "about"))
    return s1;
  for (size_t j = k; j < s1 && j < k + 8; j++) {
    if (j > k && S_wh(a, j) && !S_is(a, j, "about")) return j;
    if (S_comma(a, j) || (S_tok(a, j)->flags & LEDE__T_PUNCT) ||
        a->quote_verb[j] || S_is(a, j, "that"))
      break;
    if (!(S_lex(&lede__lex_quote_preps, a, j) || S_ly(a, j) ||
          S_cap(a, j) || S_lex(&lede__lex_quote_determiners, a, j) ||
          S_np_lower(a, j)))
      break;
  }
  return s1;
}

/* "Turnout seems likely to rise", "the minister is expected to resign": the
 * clause around the verb is reported, by no one in particular. */
static void S_sourceless(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t si = 0; si < a->sents.n; si++) {
    size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
    for (size_t i = s0; i + 1 < s1; i++) {
      if (!a->quote_verb[i] || S_used(x->used_tok, i)) continue;
      const lede__token *t = S_tok(a, i);
      if (t->flags & LEDE__T_UPPER) continue;
      if (i == s0 && S_is(a, i, "asked")) {
        /* "Asked whether she would run, Smith laughed." */
      } else if (i == s0 || (t->flags & LEDE__T_CAP)) {
        continue;
      }
      const char *lemma = S_entry_lemma(S_verb_of(a, i));
      size_t nx = i + 1;
      int ok = 0;
      if (S_same(lemma, "seem")) {
        ok = S_word(a, nx) && !S_is(a, nx, "in") && !S_is(a, nx, "on") &&
             !S_is(a, nx, "at") && !S_is(a, nx, "with");
      } else if (S_same(lemma, "appear")) {
        ok = S_is(a, nx, "to") || S_is(a, nx, "that") || S_is(a, nx, "likely") ||
             S_is(a, nx, "unlikely") || S_is(a, nx, "poised") ||
             S_is(a, nx, "ready");
      } else if (S_passive_lemma(lemma) && !S_ing(a, i)) {
        size_t b = i - 1;
        if (b > s0 && !S_be(a, b) && S_skip_aux_left(a, s0, b + 1) == b) b--;
        ok = S_be(a, b) && (S_is(a, nx, "to") || S_is(a, nx, "that"));
      } else if (S_judging_lemma(lemma) && !S_ing(a, i) &&
                 (S_is(a, nx, "of") || S_is(a, nx, "for"))) {
        /* "He was accused of lying", "the plan has been criticized for
         * its cost": judged, by no one named. */
        size_t b = i - 1;
        if (b > s0 && !S_be(a, b) && S_skip_aux_left(a, s0, b + 1) == b) b--;
        ok = S_be(a, b);
      }
      if (!ok && S_same(lemma, "ask") && S_is(a, i, "asked") &&
          (nx = S_question_at(a, i + 1, s1)) < s1) {
        /* "When asked about the merger, she ...", "He was asked why",
         * "Asked on Monday whether": the question is reported; the asker
         * is not named. */
        size_t b = i - 1;
        if (i == s0 || S_is(a, b, "when") || S_is(a, b, "if") ||
            S_is(a, b, "after") || S_be(a, b) || S_comma(a, b) ||
            (b == s0 && (S_is(a, b, "and") || S_is(a, b, "but")))) {
          size_t c0 = S_is(a, nx, "about") ? nx + 1 : nx;
          /* ("And asked how ..., Bone said": the question's clause
           * opens at "asked") */
          lede_span content = S_trim_span(
              a, S_span_tok(a, c0, S_clause_end(a, b == s0 ? i : s0, s1, c0)));
          if (S_empty(content)) continue;
          lede__quote *q =
              S_report(x, si, content, S_span_tok(a, i, i + 1), lemma);
          /* "Asked by reporters whether ...": the agent asks. */
          size_t by = i + 1 < nx && S_ly(a, i + 1) ? i + 2 : i + 1;
          if (by + 1 < nx && S_is(a, by, "by")) {
            size_t r = S_np_right(a, by + 1, nx);
            if (r > by + 1 && (r == nx || S_timeword(a, r) ||
                               S_lex(&lede__lex_quote_preps, a, r)))
              q->speaker = lede__s32(S_span_tok(a, by + 1, r));
          }
          S_use(x->used_tok, i, 1);
        }
        continue;
      }
      if (!ok) continue;
      /* The clause: from the last comma or semicolon before the verb. */
      size_t c0 = i, lim = i > s0 + 40 ? i - 40 : s0;
      /* ("Narang said North Korea appears to ...": after an
       * attribution's cue, the clause it reports.) */
      while (c0 > lim && !S_comma(a, c0 - 1) && !S_punct(a, c0 - 1, ';') &&
             !S_punct(a, c0 - 1, ':') && !S_dash(a, c0 - 1) &&
             !(S_tok(a, c0 - 1)->flags & LEDE__T_QUOTE) &&
             S_used(x->used_tok, c0 - 1) != 1)
        c0--;
      if (c0 == lim && lim > s0) continue;
      if (c0 > s0 && S_used(x->used_tok, c0 - 1) == 1 && c0 < i && S_is(a, c0, "that"))
        c0++;
      /* "It is expected that ...": the clause after "that". */
      if (c0 + 2 <= i && S_is(a, c0, "it") && S_is(a, nx, "that")) c0 = nx + 1;
      if (c0 >= s1) continue;
      lede_span content = S_trim_span(
          a, S_span_tok(a, c0, S_clause_end(a, c0, s1, i + 1)));
      if (S_empty(content)) continue;
      S_report(x, si, content, S_span_tok(a, i, i + 1), lemma);
      S_use(x->used_tok, i, 1);
    }
  }
}

/* "Senator Jane Doe: We will win" -- a headline naming its speaker
 * before a colon, with no verb. */
static void S_headline(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t si = 0; si < a->sents.n; si++) {
    if (a->blocks.v[a->sents.v[si].block].part != LEDE_PART_TITLE) continue;
    size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
    size_t k = s0;
    while (k < s1 && k < s0 + 7 && !S_punct(a, k, ':')) k++;
    if (k == s0 || k + 1 >= s1 || !S_punct(a, k, ':') || S_used(x->used_tok, k))
      continue;
    /* Capitalised names only; kickers ("BREAKING:", "Analysis:") and
     * shouted words are furniture. */
    int ok = 1;
    for (size_t i = s0; i < k && ok; i++)
      ok = (S_cap(a, i) && S_word(a, i) &&
            !(S_tok(a, i)->flags & (LEDE__T_UPPER | LEDE__T_NUM))) ||
           S_possessive(a, i) ||
           (S_punct(a, i, '.') && i > s0 &&
            (S_abbrev(a, i - 1) || S_initial(a, i - 1)));
    lede_span sp = S_span_tok(a, s0, k);
    if (!ok || lede__lex_has(&lede__lex_quote_kickers, a->text + sp.start,
                             sp.end - sp.start) ||
        S_lex(&lede__lex_quote_stop, a, s0))
      continue;
    lede_span content =
        S_trim_span(a, S_span_tok(a, k + 1, S_content_end(a, k + 1, s1)));
    if (S_empty(content)) continue;
    lede__quote *q = S_report(x, si, content, S_span_tok(a, k, k + 1), ":");
    q->speaker = lede__s32(sp);
    S_mark(x, s0, k + 1);
  }
}

/* The speaker label opening paragraph b of a transcript ("FALLIN: Well,
 * ...", "Q: ...", "Sen. Ann Lee: ..."): up to four capitalized words before
 * a colon, words after it. Returns the colon's token, or LEDE_NONE. */
static size_t S_turn_label(const lede_article *a, size_t b) {
  size_t lo = 0, hi = 0;
  if (a->blocks.v[b].part != LEDE_PART_BODY || !S_block_extent(a, b, &lo, &hi))
    return LEDE_NONE;
  size_t k = S_tok_at(a, lo), b0 = k, words = 0;
  while (k < a->tokens.n && S_tok(a, k)->start < hi && words <= 4) {
    if (S_word(a, k) && S_cap(a, k) && !(S_tok(a, k)->flags & LEDE__T_NUM))
      words++;
    else if (!(S_punct(a, k, '.') && k > b0 &&
               (S_abbrev(a, k - 1) || S_initial(a, k - 1))))
      break;
    k++;
  }
  /* (a letter alone is a label: "A:" answers, "Q:" asks) */
  int letter = k == b0 + 1 && S_tok(a, b0)->len == 1;
  if (!words || words > 4 || k + 3 >= a->tokens.n || !S_punct(a, k, ':') ||
      (!letter && (S_lex(&lede__lex_quote_stop, a, b0) ||
                   S_lex(&lede__lex_sentence_starters, a, b0))))
    return LEDE_NONE;
  size_t after = 0;
  for (size_t j = k + 1; j < a->tokens.n && S_tok(a, j)->start < hi && after < 3; j++)
    after += S_word(a, j);
  return after >= 3 ? k : LEDE_NONE;
}

/* An interview printed as a transcript: a body paragraph opening with a
 * speaker label is that speaker's turn, reported as said. A label counts
 * when its last word labels another paragraph too ("Q:" and "A:", or
 * "LEE:" twice), so a lone "Update:" or "Note:" is no speaker. */
static void S_transcript(S_ctx *x) {
  lede_article *a = x->a;
  size_t np = a->paras.n, n = 0;
  if (np < 2) return;
  size_t *col = lede__calloc(&a->scratch, lede__mul(&a->scratch, np, sizeof *col));
  if (!col) return;
  for (size_t i = 0; i < np; i++) {
    col[i] = S_turn_label(a, a->paras.v[i]);
    n += col[i] != LEDE_NONE;
  }
  if (n < 2) return;
  for (size_t i = 0; i < np; i++) {
    if (col[i] == LEDE_NONE) continue;
    const lede__token *li = S_tok(a, col[i] - 1);
    int twice = 0;
    /* (turns alternate: a window of paragraphs keeps this linear) */
    size_t j0 = i > 32 ? i - 32 : 0, j1 = np - i > 32 ? i + 33 : np;
    for (size_t j = j0; j < j1 && !twice; j++) {
      if (j == i || col[j] == LEDE_NONE) continue;
      const lede__token *lj = S_tok(a, col[j] - 1);
      twice = li->len == lj->len &&
              lede__eq_ci_n(a->text + li->start, a->text + lj->start, li->len);
    }
    if (!twice) continue;
    size_t b = a->paras.v[i], lo = 0, hi = 0;
    S_block_extent(a, b, &lo, &hi);
    size_t c = col[i], b0 = S_tok_at(a, lo);
    size_t e = c + 1;
    while (e < a->tokens.n && S_tok(a, e)->start < hi) e++;
    lede_span content = S_trim_span(a, S_span_tok(a, c + 1, e));
    if (S_empty(content) || S_used(x->used_tok, c)) continue;
    lede__quote *q = S_new(a, b);
    q->kind = LEDE_QUOTE_INDIRECT; /* the turn is in no quotation marks */
    q->content = lede__s32(content);
    q->outer = lede__s32(content);
    q->cue = lede__s32(S_span_tok(a, c, c + 1));
    q->lemma = ":";
    q->speaker = lede__s32(S_span_tok(a, b0, c));
    S_mark(x, b0, c + 1);
  }
}

/* "The engineer said the cables were sound, and the inspectors warned that
 * ...": a reported clause ends where the next attribution in it starts.
 * Quotes are sorted by position first. */
static void S_cut_at_next(S_ctx *x) {
  lede_article *a = x->a;
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    if (q->kind != LEDE_QUOTE_INDIRECT && q->kind != LEDE_QUOTE_MIXED)
      continue;
    for (size_t j = i + 1; j < a->quotes.n && j < i + 8; j++) {
      const lede__quote *r = &a->quotes.v[j];
      if (r->outer.start >= q->content.end) break;
      size_t at = r->cue.start;
      /* (a speaker before this content is a shared subject: "Ewing said
       * A, but said B" cuts A at "but") */
      if (!S_empty(lede__s64(r->speaker)) && r->speaker.start < at &&
          r->speaker.start >= q->content.start)
        at = r->speaker.start;
      if (S_empty(lede__s64(r->cue)) || at <= q->content.start || at >= q->content.end ||
          r->cue.start < q->content.start)
        continue;
      /* Never split a pair of quotation marks. */
      size_t t0 = S_tok_at(a, at);
      if (t0 < a->tokens.n && S_used(x->used_tok, t0) == 2) continue;
      size_t e = t0;
      size_t c0 = S_tok_at(a, q->content.start);
      while (e > c0 && (((S_tok(a, e - 1)->flags & LEDE__T_PUNCT) &&
                         !(S_tok(a, e - 1)->flags & LEDE__T_QUOTE)) ||
                        S_is(a, e - 1, "and") || S_is(a, e - 1, "but")))
        e--;
      /* Keep quotation marks in the tail (a mixed quote's fragment). */
      size_t t1 = S_tok_at(a, q->content.end), k = t0;
      while (k < t1 && k < t0 + 200 && !(S_tok(a, k)->flags & LEDE__T_QUOTE))
        k++;
      if (k < t1) continue;
      /* Only at a clause boundary: ", and", "; but", "but". */
      int coord = 0;
      for (size_t k2 = e; k2 < t0; k2++)
        if (S_punct(a, k2, ';') || S_is(a, k2, "and") || S_is(a, k2, "but"))
          coord = 1;
      if (e <= c0 || !coord) continue;
      /* ("said his wife and her sister wrote it": one subject) */
      if (S_is(a, e, "and") && S_np_only(a, c0, e)) continue;
      /* ("said it is complex and he feels he can win": one report) */
      if (S_is(a, e, "and") && e + 1 == t0 &&
          S_joined_content(a, c0, e, S_tok_at(a, q->content.end)))
        continue;
      lede_span c = S_span_tok(a, c0, e);
      if (c.end <= q->content.start || c.end >= q->content.end) continue;
      q->content.end = c.end;
      q->outer.end = q->outer.end > c.end && q->outer.start == q->content.start
                         ? c.end
                         : q->outer.end;
      break;
    }
  }
}

/* A reported content ends at its last word: a comma, semicolon or dash
 * left from the clause boundary ("said the plan was dead, and ...",
 * "said the talks - which had stalled - would resume") is not part of it.
 * A hyphen counts as a dash only after a space or another hyphen ("--");
 * quotation marks stay. Never empties the span. */
static lede_span S_trim_tail(const char *t, lede_span s) {
  lede_span r = lede__trim(t, s);
  for (;;) {
    size_t n = r.end - r.start;
    const unsigned char *e = (const unsigned char *)t + r.end;
    size_t cut = 0;
    if (n >= 2 && (e[-1] == ',' || e[-1] == ';'))
      cut = 1;
    else if (n >= 2 && e[-1] == '-' && (e[-2] == ' ' || e[-2] == '-'))
      cut = 1;
    else if (n >= 4 && e[-3] == 0xE2 && e[-2] == 0x80 &&
             (e[-1] == 0x93 || e[-1] == 0x94)) /* en or em dash */
      cut = 3;
    if (!cut) return r;
    lede_span c = lede__trim(t, (lede_span){r.start, r.end - cut});
    if (c.end <= c.start) return r;
    r = c;
  }
}

static void S_trim_reported(lede_article *a) {
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    if (q->kind != LEDE_QUOTE_INDIRECT && q->kind != LEDE_QUOTE_MIXED)
      continue;
    lede_span c = S_trim_tail(a->text, lede__s64(q->content));
    if (q->outer.end == q->content.end) q->outer.end = (uint32_t)c.end;
    q->content = lede__s32(c);
  }
}

/* ==== Pass 4: quotes left over ========================================== */

static int S_cmp_quote(const void *pa, const void *pb) {
  const lede__quote *qa = pa, *qb = pb;
  if (qa->outer.start != qb->outer.start)
    return qa->outer.start < qb->outer.start ? -1 : 1;
  /* (the longer first: a report holding a quote comes before it) */
  return qa->outer.end > qb->outer.end ? -1 : qa->outer.end < qb->outer.end;
}

/* The block where quote q ends (a quotation carried over paragraphs
 * starts in an earlier one). */
static size_t S_end_block(const lede_article *a, const lede__quote *q) {
  size_t t = S_tok_at(a, q->outer.end);
  if (t == 0 || t > a->tokens.n) return q->block;
  return a->sents.v[lede__tok_sent(a, t - 1)].block;
}

/* Does block b start at position pos (only white space before)? */
static int S_block_starts(const lede_article *a, size_t b, size_t pos) {
  size_t lo, hi;
  return S_block_extent(a, b, &lo, &hi) && lo == pos;
}

/* q is said by tokens [q0, q1) with cue cu: set both and mark them used. */
static int S_take(S_ctx *x, lede__quote *q, size_t q0, size_t q1,
                  const S_cue *cu) {
  q->speaker = lede__s32(S_span_tok(x->a, q0, q1));
  q->cue = lede__s32(S_span_tok(x->a, cu->cue0, cu->cue1));
  q->lemma = cu->lemma;
  S_mark(x, q0 < cu->cue0 ? q0 : cu->cue0, cu->cue1 > q1 ? cu->cue1 : q1);
  return 1;
}

/* Does the prose block before block b end with "SPEAKER CUE:"? Then set
 * q's speaker and cue and mark them used. */
static int S_colon_cue(S_ctx *x, size_t b, lede__quote *q) {
  lede_article *a = x->a;
  size_t pb = b;
  while (pb > 0 && !a->blocks.v[pb - 1].nsents) pb--;
  if (pb == 0) return 0;
  pb--;
  const lede__block *bl = &a->blocks.v[pb];
  size_t si = bl->first_sent + bl->nsents - 1;
  size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
  if (s1 <= s0 + 1 || !S_punct(a, s1 - 1, ':')) return 0;
  size_t lo = s1 - 1 > s0 + 8 ? s1 - 9 : s0;
  for (size_t k = s1 - 1; k > lo; k--) {
    S_cue cu;
    if (S_used(x->used_tok, k - 1) || !S_cue_at(a, k - 1, s1, &cu) || cu.according)
      continue;
    if (S_skip_adjuncts(a, cu.cue1, s1 - 1) < s1 - 1 &&
        S_np_right(a, cu.cue1, s1 - 1) < s1 - 1)
      return 0;
    size_t q0, q1;
    int sd = S_speaker(a, s0, s1 - 1, k - 1, cu.cue1, &q0, &q1);
    if (sd != 1 && sd != 2) return 0; /* ("Stated Stone:") */
    return S_take(x, q, q0, q1, &cu);
  }
  return 0;
}

/* "Her friend Ann Lee, 20, chimed in. “...”": the sentence before the
 * quotation, in its paragraph, ends on a cue with nothing said after it;
 * its speaker says the quotation. Sets q's speaker and cue. */
static int S_stop_cue(S_ctx *x, size_t ot, lede__quote *q) {
  lede_article *a = x->a;
  if (ot == 0) return 0;
  size_t si = lede__tok_sent(a, ot - 1), ts = lede__tok_sent(a, ot);
  if (si + 1 != ts || a->sents.v[si].block != a->sents.v[ts].block)
    return 0;
  size_t s0 = a->sent_tok.v[si], s1 = a->sent_tok.v[si + 1];
  if (s1 <= s0 + 2 || !S_punct(a, s1 - 1, '.')) return 0;
  size_t lo = s1 - 1 > s0 + 8 ? s1 - 9 : s0;
  for (size_t k = s1 - 1; k > lo; k--) {
    if (S_tok(a, k - 1)->flags & LEDE__T_QUOTE) return 0;
    S_cue cu;
    if (S_used(x->used_tok, k - 1) || !S_cue_at2(a, k - 1, s1, &cu, 1) ||
        cu.according)
      continue;
    if (S_ing(a, k - 1) || S_skip_adjuncts(a, cu.cue1, s1 - 1) < s1 - 1)
      return 0;
    size_t q0, q1;
    int sd = S_speaker(a, s0, s1 - 1, k - 1, cu.cue1, &q0, &q1);
    /* (the subject of the sentence, of a verb of saying or writing: not
     * "the bathroom they prefer.") */
    int cls = S_cue_class_of(cu.lemma);
    if (sd != 1 || !(q0 == s0 || S_comma(a, q0 - 1)) ||
        (cls != LEDE_CUE_SPEECH && cls != LEDE_CUE_WRITING))
      return 0;
    return S_take(x, q, q0, q1, &cu);
  }
  return 0;
}

/* A preposition that belongs to a frame verb ("talking about", "stood
 * by", "fuming at"). */
static int S_frame_particle(const lede_article *a, size_t i) {
  return S_lex(&lede__lex_quote_frame_particles, a, i);
}

/* Could token i be a finite verb after a subject: "said", "hits",
 * "stood", "offered", or one after an auxiliary? */
static int S_verbish(const lede_article *a, size_t i, int aux) {
  const lede__token *t = S_tok(a, i);
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  if (!(t->flags & LEDE__T_WORD) || (t->flags & (LEDE__T_CAP | LEDE__T_NUM)))
    return 0;
  if (S_lex(&lede__lex_quote_stop, a, i) ||
      S_lex(&lede__lex_quote_determiners, a, i) ||
      S_lex(&lede__lex_quote_after_cue, a, i) || S_frame_particle(a, i) ||
      S_lex(&lede__lex_quote_pronouns, a, i) || S_is(a, i, "and") ||
      S_is(a, i, "or") || S_is(a, i, "but"))
    return 0;
  if (a->quote_verb[i] || S_after_lemma(a, i)) return 1;
  if (n > 3 && e[-1] == 'd' && e[-2] == 'e') return 1;
  /* After an auxiliary a verb is a participle ("has described"), not a
   * plural noun ("They had guns at ..."). */
  if (aux) return !(n > 3 && e[-1] == 's' && e[-2] != 's');
  if (n > 3 && e[-1] == 's' && e[-2] != 's' && e[-2] != 'u') return 1;
  return 0;
}

/* "Smith resisted: “...”", "He offered “my thoughts”", "The ad hits
 * Hale for taking “54 times more”": a quotation inside a clause whose
 * subject opens the sentence. The subject is the speaker, the verb the
 * cue (class "other" unless a listed cue). Returns 1 and fills q. */
static int S_frame(S_ctx *x, const S_pair *p, size_t ot, size_t s0,
                   size_t s1, lede__quote *q) {
  lede_article *a = x->a;
  if (ot <= s0 + 1) return 0;
  /* "When Reyes suggested ..., Ortiz fired back: “...”": the main
   * clause after a subordinate one. */
  if (S_is(a, s0, "when") || S_is(a, s0, "after") || S_is(a, s0, "as") ||
      S_is(a, s0, "while") || S_is(a, s0, "although") ||
      S_is(a, s0, "though") || S_is(a, s0, "because") || S_is(a, s0, "if")) {
    size_t k = s0 + 1;
    while (k + 1 < ot && k < s0 + 40 && !S_comma(a, k) &&
           !(S_tok(a, k)->flags & LEDE__T_QUOTE))
      k++;
    if (k + 1 < ot && S_comma(a, k) && (S_cap(a, k + 1) || S_personal(a, k + 1)))
      s0 = k + 1;
  }
  size_t st = s0;
  size_t r = S_clause_subject(a, s0, ot, &st);
  if (r <= st || r >= ot || r - st > S_NP_MAX) return 0;
  for (size_t k = st; k < r; k++)
    if (S_used(x->used_tok, k) || (S_tok(a, k)->flags & LEDE__T_QUOTE)) return 0;
  /* A name, a pronoun or a determiner phrase: not "In 2015", "But". */
  int pron = r == st + 1 && S_lex(&lede__lex_quote_pronouns, a, st);
  if (!pron && !(S_cap(a, st) && S_word(a, st) &&
                 !(S_tok(a, st)->flags & LEDE__T_NUM)))
    return 0;
  if (S_lex(&lede__lex_quote_stop, a, st) || S_ing(a, st) ||
      S_is(a, st, "who") || S_is(a, st, "which") || S_is(a, st, "you") ||
      S_is(a, st, "i"))
    return 0;
  size_t v = S_skip_aux_left(a, r, r); /* (no-op: keeps the subject) */
  int aux = 0;
  /* "Reyes, who has postured himself as the “...”": the frame inside a
   * relative clause on the subject. */
  size_t sr = r; /* (the phrase speaks through "who": "Reyes, who") */
  if (v + 2 < ot && S_comma(a, v) && S_is(a, v + 1, "who")) {
    v += 2;
    sr = v;
  }
  for (int n = 0; v < ot && n < 4; n++) {
    /* "He infamously referred to": an adverb before the verb. */
    if (S_ly(a, v) && v + 1 < ot && !a->quote_verb[v]) {
      v++;
      continue;
    }
    if (S_lex(&lede__lex_quote_aux, a, v) || S_finite_aux(a, v) ||
        S_is(a, v, "did") || S_is(a, v, "does") || S_negation(a, v) ||
        S_is(a, v, "not")) {
      aux = 1;
      v++;
    } else {
      break;
    }
  }
  if (v >= ot || !S_verbish(a, v, aux) || S_used(x->used_tok, v)) return 0;
  if (ot - v > 24) return 0;
  size_t c1 = v + 1;
  if (c1 < ot && S_frame_particle(a, c1)) c1++;
  /* "tried to portray X as “...”": the infinitive after the verb is the
   * frame, not the verb itself. */
  if (c1 == v + 2 && S_is(a, v + 1, "to") && c1 + 1 < ot && S_word(a, c1) &&
      !S_cap(a, c1) && !S_lex(&lede__lex_quote_determiners, a, c1) &&
      !S_lex(&lede__lex_quote_pronouns, a, c1) && !a->quote_verb[v] &&
      !S_used(x->used_tok, c1)) {
    v = c1;
    c1 = v + 1;
    if (c1 < ot && S_frame_particle(a, c1)) c1++;
  }
  /* A verb that is no listed cue frames only the quotation right after
   * it ("offered “my thoughts”", "resisted: “...”", "called it
   * “shameful”"), not one deep in its clause (a scare quote). */
  if (!a->quote_verb[v] && !S_after_lemma(a, v) && ot > c1 + 2) {
    /* Deeper in the clause ("identified the judge as “Spanish”"), only
     * if no participle with its own preposition comes first: after "aimed
     * at developing a “mechanism”" the quotation is that phrase's. */
    if (ot > c1 + 16) return 0;
    for (size_t k = c1; k + 1 < ot; k++)
      if (S_past(a, k) && S_frame_particle(a, k + 1)) return 0;
  }
  /* The clause runs from the cue to its end; the pair must be in it. */
  size_t k = c1;
  if (k < s1 && (S_comma(a, k) || S_punct(a, k, ':'))) k++;
  size_t ce = S_clause_end(a, s0, s1, k);
  size_t close_tok = S_tok_at(a, p->cend);
  if (k >= ce || close_tok > ce + 1) return 0;
  lede_span content = S_trim_span(a, S_span_tok(a, k, ce));
  if (S_empty(content) || content.start > p->open) return 0;
  if (content.end < p->cend) content.end = p->cend;
  q->speaker = lede__s32(S_span_tok(a, st, sr));
  /* "He is best known for his role as “...”": the subject of a passive
   * is its topic; no one named frames it. */
  if (a->quote_verb[v] && S_passive_subject(a, st, r, v, s1))
    q->speaker = lede__s32(S_span_tok(a, v, v));
  q->cue = lede__s32(S_span_tok(a, v, c1));
  const lede__token *vt = S_tok(a, v);
  const char *lemma = S_verb_lemma(a, v);
  if (!lemma) lemma = S_after_lemma(a, v);
  if (lemma) {
    q->lemma = lemma;
  } else {
    char *l = lede__strndup(&a->arena, a->text + vt->start,
                            vt->len);
    for (char *c = l; *c; c++)
      if (*c >= 'A' && *c <= 'Z') *c |= 0x20;
    q->lemma = l;
    q->cls = LEDE_CUE_OTHER;
  }
  if ((content.start == p->open && content.end == p->cend) ||
      (S_punct(a, ot - 1, ':') && close_tok + 1 >= ce)) {
    /* "Smith resisted: “...”" */
    q->kind = LEDE_QUOTE_DIRECT;
  } else {
    q->kind = LEDE_QUOTE_MIXED;
    q->content = lede__s32(content);
    q->outer = lede__s32(content);
  }
  S_mark(x, st, c1);
  return 1;
}

/* "Hale: “...”", "More from Jones: “...”", "Hoff's letter makes the
 * case: “...”": a quotation right after a colon that closes a clause,
 * running to the end of its sentence. The clause names its speaker: a
 * name alone, one after "from", or the subject before a verb (the cue).
 * Returns 1 and fills q. */
static int S_colon_intro(S_ctx *x, const S_pair *p, size_t ot,
                         lede__quote *q) {
  lede_article *a = x->a;
  if (ot == 0 || !S_punct(a, ot - 1, ':')) return 0;
  size_t c = ot - 1, s0, s1;
  S_sent_range(a, c, &s0, &s1);
  /* The quotation ends its sentence. */
  size_t ct = S_tok_at(a, p->cend) - 1, e0, e1; /* the closing mark */
  if (ct >= a->tokens.n) return 0;
  S_sent_range(a, ct, &e0, &e1);
  size_t k = ct + 1;
  while (k < e1 && k < ct + 8 && (S_tok(a, k)->flags & LEDE__T_PUNCT) &&
         !S_comma(a, k))
    k++;
  if (k < e1) return 0;
  /* The clause: after the last dash before the colon ("... - More from
   * Jones:"), within 16 tokens. */
  size_t st = c > s0 + 24 ? c - 24 : s0;
  for (size_t j = c; j > st; j--)
    if (S_dash(a, j - 1) || S_punct(a, j - 1, ';') ||
        (S_tok(a, j - 1)->flags & LEDE__T_QUOTE)) {
      st = j;
      break;
    }
  if (st == c - 24 && st > s0) return 0; /* a long clause: not ours */
  if (st >= c) return 0;
  for (size_t j = st; j < c; j++)
    if (S_used(x->used_tok, j)) return 0;
  size_t sp0 = 0, sp1 = 0, v0 = 0, v1 = 0;
  /* A name alone, maybe with an apposition: "Ann Lee, editor of The Post:" */
  int names = S_cap(a, st) && S_word(a, st) &&
              !S_lex(&lede__lex_quote_stop, a, st) &&
              !S_lex(&lede__lex_sentence_starters, a, st) &&
              !(S_tok(a, st)->flags & LEDE__T_NUM);
  for (size_t j = st; j < c && names; j++)
    names = (S_word(a, j) && !a->quote_verb[j] && !S_past(a, j) &&
             (S_cap(a, j) || j > st)) ||
            S_comma(a, j) || S_possessive(a, j) || S_punct(a, j, '(') ||
            S_punct(a, j, ')') ||
            (S_punct(a, j, '.') && j > st &&
             (S_abbrev(a, j - 1) || S_initial(a, j - 1)));
  if (names) {
    /* lower-case words only after a comma: an apposition */
    size_t j = st;
    while (j < c && !S_comma(a, j) && (S_cap(a, j) || !S_word(a, j))) j++;
    if (j < c && !S_comma(a, j)) names = 0;
  }
  if (names) {
    sp0 = st;
    sp1 = c;
  } else {
    /* "More from Jones:", "From the report:" */
    for (size_t j = st; j + 1 < c && !sp1; j++)
      if (S_is(a, j, "from") && j <= st + 2 && S_np_right(a, j + 1, c) == c &&
          S_cap(a, j + 1)) {
        sp0 = j + 1;
        sp1 = c;
      }
  }
  if (!sp1) {
    /* The subject, then a verb: "he returned to his lines:" */
    size_t ss = st;
    size_t r = S_clause_subject(a, st, c, &ss);
    if (r <= ss || r >= c || !S_good_subject(a, ss, r) || S_ing(a, ss))
      return 0;
    size_t v = r;
    if (S_comma(a, v)) {
      /* "Mitch McConnell, R-Ky., delivered": past the apposition */
      size_t j = v + 1;
      while (j < c && j < v + 12 && !S_comma(a, j)) j++;
      if (j >= c || !S_comma(a, j)) return 0;
      v = j + 1;
    }
    while (v < c && v < r + 3 &&
           (S_lex(&lede__lex_quote_aux, a, v) || S_negation(a, v)))
      v++;
    if (v >= c || !S_verbish(a, v, v > r)) return 0;
    sp0 = ss;
    sp1 = r;
    v0 = v;
    v1 = v + 1;
  }
  q->kind = LEDE_QUOTE_DIRECT;
  q->speaker = lede__s32(S_span_tok(a, sp0, sp1));
  if (v1) {
    q->cue = lede__s32(S_span_tok(a, v0, v1));
    const char *lemma = S_verb_lemma(a, v0);
    if (!lemma) lemma = S_after_lemma(a, v0);
    if (!lemma) {
      const lede__token *vt = S_tok(a, v0);
      char *l = lede__strndup(&a->arena, a->text + vt->start,
                              vt->len);
      for (char *ch = l; *ch; ch++)
        if (*ch >= 'A' && *ch <= 'Z') *ch |= 0x20;
      lemma = l;
      q->cls = LEDE_CUE_OTHER;
    }
    q->lemma = lemma;
  } else {
    q->cue = lede__s32(S_span_tok(a, c, c + 1));
    q->lemma = ":";
  }
  S_mark(x, sp0, c + 1);
  return 1;
}

/* A work's title after "titled"/"entitled" (a comma between or not):
 * quoted as its maker named it. The maker is the subject of the verb
 * whose object the work is ("Mook released a memo titled “...”"), if the
 * sentence says; else no one. */
static int S_titled(S_ctx *x, size_t ot, size_t s0, lede__quote *q) {
  lede_article *a = x->a;
  if (ot == 0) return 0;
  size_t t = ot - 1;
  if (S_comma(a, t) && t > s0) t--;
  if (t < s0 || !(S_is(a, t, "titled") || S_is(a, t, "entitled")) ||
      S_used(x->used_tok, t))
    return 0;
  q->kind = LEDE_QUOTE_DIRECT;
  q->cue = lede__s32(S_span_tok(a, t, t + 1));
  q->lemma = "title";
  q->cls = LEDE_CUE_OTHER;
  size_t st = s0, r = t > s0 + 2 ? S_object_subject(a, s0, t - 1, &st) : s0;
  if (r > st) q->speaker = lede__s32(S_span_tok(a, st, r));
  S_use(x->used_tok, t, 1);
  return 1;
}

static void S_leftover(S_ctx *x) {
  lede_article *a = x->a;
  if (a->quotes.n > 1)
    qsort(a->quotes.v, a->quotes.n, sizeof *a->quotes.v, S_cmp_quote);
  /* Walk quotes and pairs together in text order; new quotes are appended
   * and everything is sorted again at the end. */
  size_t qi = 0, nq = a->quotes.n;
  size_t last = LEDE_NONE; /* last attributed quote so far */
  size_t lastd = LEDE_NONE; /* last attributed direct quote so far */
  size_t last_end_tok = LEDE_NONE;
  for (size_t pi = 0; pi < x->pairs.n; pi++) {
    S_pair *p = &x->pairs.v[pi];
    while (qi < nq && a->quotes.v[qi].outer.start <= p->open) {
      /* (a report inside the last one's content is not the voice a next
       * paragraph continues: "Moss said she backs the strike. “...”") */
      const lede__quote *cq = &a->quotes.v[qi];
      int inner = last != LEDE_NONE &&
                  cq->outer.start >= a->quotes.v[last].content.start &&
                  cq->outer.end <= a->quotes.v[last].content.end;
      if (!S_empty(lede__s64(cq->speaker)) && !inner) {
        last = qi;
        if (a->quotes.v[qi].kind == LEDE_QUOTE_DIRECT) lastd = qi;
        const lede__quote *lq = &a->quotes.v[qi];
        size_t e = lq->cue.end > lq->speaker.end ? lq->cue.end
                                                 : lq->speaker.end;
        if (lq->outer.end > e) e = lq->outer.end;
        last_end_tok = S_tok_at(a, e);
      }
      qi++;
    }
    if (p->used) continue;
    size_t ot = S_tok_at(a, p->open);
    if (ot >= a->tokens.n) continue;
    size_t s0, s1;
    S_sent_range(a, ot, &s0, &s1);
    int sent_start = ot == s0;
    lede__quote q0;
    memset(&q0, 0, sizeof q0);
    q0.block = p->block;
    q0.entity = LEDE_NONE;
    q0.parent = LEDE_NONE;
    q0.outer = lede__s32((lede_span){p->open, p->cend});
    q0.content = lede__s32(S_trim_span(a, (lede_span){p->oend, p->close}));
    q0.kind = LEDE_QUOTE_UNATTRIBUTED;
    /* "“A,” he said, referring to B. “C.”": a report in the sentence of
     * the cue does not break the quote. */
    size_t ext = last;
    if (last != LEDE_NONE && lastd != LEDE_NONE && lastd != last &&
        a->quotes.v[last].kind != LEDE_QUOTE_DIRECT &&
        !S_empty(lede__s64(a->quotes.v[last].cue)) && !S_empty(lede__s64(a->quotes.v[lastd].cue)) &&
        lede__tok_sent(a, S_tok_at(a, a->quotes.v[last].cue.start)) ==
            lede__tok_sent(a, S_tok_at(a, a->quotes.v[lastd].cue.start)))
      ext = lastd;
    /* (a mixed quote too when its attribution follows it: "He is a
     * “builder,” Lee said. “He always was.”") */
    const lede__quote *eq = ext != LEDE_NONE ? &a->quotes.v[ext] : NULL;
    int trailing = eq && eq->kind == LEDE_QUOTE_MIXED && !S_empty(lede__s64(eq->cue)) &&
                   eq->cue.start >= eq->content.end &&
                   eq->speaker.start >= eq->content.end;
    if (eq && (eq->kind == LEDE_QUOTE_DIRECT || trailing) &&
        S_end_block(a, eq) == p->block && last_end_tok < a->tokens.n &&
        last_end_tok <= ot) {
      /* "A," he said, "B." or "A," he said. "B." */
      size_t k = last_end_tok;
      int cont = 0;
      if (lede__tok_sent(a, k) == lede__tok_sent(a, ot)) {
        size_t j = S_skip_adjuncts(a, k, ot);
        size_t jl = j + 16;
        while (j < ot && j < jl && (S_tok(a, j)->flags & LEDE__T_PUNCT)) j++;
        /* (after a comma, colon or dash: a title inside the adjunct, "said
         * on Fox's “Morning Desk,”", does not continue the quote) */
        cont = j == ot && ot > k &&
               (S_comma(a, ot - 1) || S_punct(a, ot - 1, ':') ||
                S_dash(a, ot - 1));
      } else if (sent_start && k > 0 &&
                 lede__tok_sent(a, ot) == lede__tok_sent(a, k - 1) + 1) {
        cont = 1;
      }
      lede__quote *lq = &a->quotes.v[ext];
      if (cont && lq->outer.end <= p->open) {
        /* A mixed quote's content holds its marks. */
        lede_span piece = lq->kind == LEDE_QUOTE_MIXED
                              ? (lede_span){p->open, p->cend}
                              : lede__s64(q0.content);
        if (S_empty(lede__s64(lq->gap)))
          lq->gap = lede__s32((lede_span){lq->content.end, piece.start});
        lq->outer.end = p->cend;
        lq->content.end = piece.end;
        p->used = 1;
        last_end_tok = S_tok_at(a, p->cend);
        continue;
      }
    }
    if (sent_start && S_block_starts(a, p->block, p->open) &&
        S_colon_cue(x, p->block, &q0)) {
      /* "Reporter Jane Doe says:" closing the previous paragraph. */
      q0.kind = LEDE_QUOTE_DIRECT;
    } else if (sent_start && S_stop_cue(x, ot, &q0)) {
      /* "Lee chimed in. “...”" */
      q0.kind = LEDE_QUOTE_DIRECT;
    } else if (S_colon_intro(x, p, ot, &q0)) {
      /* "Hale: “...”", "he returned to his lines: “...”" */
    } else if (S_titled(x, ot, s0, &q0)) {
      /* "released a memo titled “...”", "Titled “...”, the ad ..." */
    } else if (!sent_start && S_frame(x, p, ot, s0, s1, &q0)) {
      /* attributed inside its own clause */
    } else if (sent_start) {
      q0.kind = LEDE_QUOTE_DIRECT;
      /* A floating quote: a paragraph opening with a quote, right after a
       * paragraph whose last quote has a speaker; not a few words that
       * are the subject of their sentence ("“Harbor Lights” was the
       * first to go"). */
      const lede__block *bl = &a->blocks.v[p->block];
      size_t ct = S_tok_at(a, p->cend), ke = ct, words = 0;
      while (ke < s1 && ke < ct + 8 && (S_tok(a, ke)->flags & LEDE__T_PUNCT))
        ke++;
      for (size_t k = S_tok_at(a, p->oend); k < ct && words < 5; k++)
        if (S_word(a, k)) words++;
      if (ke < s1 && words < 5) {
        q0.kind = LEDE_QUOTE_UNATTRIBUTED;
      } else if (last != LEDE_NONE && bl->para != LEDE_NONE && bl->para > 0 &&
          S_block_starts(a, p->block, p->open)) {
        const lede__quote *lq = &a->quotes.v[last];
        size_t lb = lq->block;
        if (lb == p->block || (a->blocks.v[lb].para != LEDE_NONE &&
                               a->blocks.v[lb].para + 1 == bl->para)) {
          q0.speaker = lq->speaker;
          q0.cue = lq->cue;
          q0.lemma = lq->lemma;
          q0.via = LEDE_VIA_CONTINUATION;
        }
      } else if (last != LEDE_NONE &&
                 S_end_block(a, &a->quotes.v[last]) == p->block &&
                 last_end_tok > 0 && last_end_tok <= ot) {
        /* "Lee backs the plan. “It is overdue.”": inside a paragraph, a
         * quotation opening a sentence after an attribution, the
         * writer's sentences between them or not. */
        const lede__quote *lq = &a->quotes.v[last];
        q0.speaker = lq->speaker;
        q0.cue = lq->cue;
        q0.lemma = lq->lemma;
        q0.via = LEDE_VIA_CONTINUATION;
      }
      /* A few words with no one to say them ("“Friends” was a hit",
       * "‘A change warrior.’") are a title or a phrase, not a statement. */
      if (S_empty(lede__s64(q0.speaker)) && words < 5)
        q0.kind = LEDE_QUOTE_UNATTRIBUTED;
    }
    *LEDE__PUSH(&a->arena, a->quotes) = q0;
    p->used = 1;
    if (!S_empty(lede__s64(q0.speaker))) {
      last = a->quotes.n - 1;
      last_end_tok = S_tok_at(a, q0.outer.end);
    }
  }
  if (a->quotes.n > 1)
    qsort(a->quotes.v, a->quotes.n, sizeof *a->quotes.v, S_cmp_quote);
}

/* ==== Pass 5: resolution ================================================ */

static int S_span_has_lex(const lede_article *a, lede_span s,
                          const lede__lexicon *lx, int last_only) {
  if (S_empty(s)) return 0;
  size_t t0 = S_tok_at(a, s.start), t1 = S_tok_at(a, s.end);
  for (size_t i = t0; i < t1 && i < a->tokens.n; i++)
    if ((!last_only || i + 1 == t1) && S_lex(lx, a, i)) return 1;
  return 0;
}

static int S_one_word(const lede_article *a, lede_span s, const char *w) {
  return lede__eq_ci(a->text + s.start, s.end - s.start, w);
}

static int S_pronoun(const lede_article *a, lede_span s) {
  size_t t0 = S_tok_at(a, s.start), t1 = S_tok_at(a, s.end);
  return t1 == t0 + 1 && S_lex(&lede__lex_quote_pronouns, a, t0);
}

/* Organization-like: its head is an organization noun, or it is (or ends
 * in) an acronym. */
static int S_orglike(const lede_article *a, lede_span s) {
  if (S_empty(s) || S_pronoun(a, s)) return 0;
  size_t t0 = S_tok_at(a, s.start), t1 = S_tok_at(a, s.end);
  if (t1 <= t0) return 0;
  if (S_lex(&lede__lex_quote_org_heads, a, t1 - 1)) return 1;
  if (S_tok(a, t1 - 1)->flags & LEDE__T_UPPER) return 1;
  return 0;
}

static int S_personlike(const lede_article *a, lede_span s) {
  if (S_empty(s) || S_pronoun(a, s) || S_orglike(a, s)) return 0;
  size_t t0 = S_tok_at(a, s.start), t1 = S_tok_at(a, s.end);
  if (t1 <= t0) return 0;
  if (S_lex(&lede__lex_quote_role_heads, a, t1 - 1)) return 1;
  return S_cap(a, t1 - 1) && S_word(a, t1 - 1);
}

/* In an apposition "A, the B", the part that is a name (no determiner,
 * capitalised); else the whole. */
static lede_span S_name_part(const lede_article *a, lede_span s) {
  size_t t0 = S_tok_at(a, s.start), t1 = S_tok_at(a, s.end);
  /* The first comma that does not close the phrase: "Ann Berg, chief
   * strategist at Coast Bank," */
  size_t comma = LEDE_NONE;
  for (size_t i = t0; i + 1 < t1 && comma == LEDE_NONE; i++)
    if (S_comma(a, i)) comma = i;
  if (comma == LEDE_NONE) {
    /* "organizing director Kendall Fells": the name after a role */
    size_t k = t1;
    while (k > t0 && S_cap(a, k - 1) && S_word(a, k - 1)) k--;
    if (k > t0 && k + 2 <= t1 && !S_cap(a, k - 1) && !S_cap(a, t0) &&
        S_lex(&lede__lex_quote_role_heads, a, k - 1))
      return S_span_tok(a, k, t1);
    return s;
  }
  size_t a0 = t0, a1 = comma;
  size_t b0 = comma + 1, b1 = t1;
  while (a1 > a0 && S_comma(a, a1 - 1)) a1--;
  if (b0 < b1 && S_lex(&lede__lex_quote_determiners, a, b0)) b0++;
  if (a0 < a1 && S_lex(&lede__lex_quote_determiners, a, a0)) a0++;
  int bcap = b1 > b0, acap = a1 > a0;
  for (size_t i = b0; i < b1; i++)
    if (!S_cap(a, i) && !(i > b0 && S_is(a, i, "and"))) bcap = 0;
  for (size_t i = a0; i < a1; i++)
    if (!S_cap(a, i)) acap = 0;
  if (bcap && !acap) return S_span_tok(a, b0, b1);
  if (acap) return S_span_tok(a, a0, a1);
  return S_span_tok(a, a0, a1);
}

/* The description part of an apposition (the part that is not the name). */
static lede_span S_desc_part(const lede_article *a, lede_span s,
                             lede_span name) {
  size_t t0 = S_tok_at(a, s.start), t1 = S_tok_at(a, s.end);
  for (size_t i = t0; i < t1; i++)
    if (S_comma(a, i)) {
      if (name.start > S_tok(a, i)->start) return S_span_tok(a, t0, i);
      return S_span_tok(a, i + 1, t1);
    }
  return (lede_span){0, 0};
}

/* Equal ignoring case, a leading determiner and ' vs ’. */
static int S_same_desc(const lede_article *a, lede_span x, lede_span y) {
  size_t x0 = S_tok_at(a, x.start), x1 = S_tok_at(a, x.end);
  size_t y0 = S_tok_at(a, y.start), y1 = S_tok_at(a, y.end);
  if (x0 < x1 && S_lex(&lede__lex_quote_determiners, a, x0)) x0++;
  if (y0 < y1 && S_lex(&lede__lex_quote_determiners, a, y0)) y0++;
  if (x1 - x0 != y1 - y0 || x1 == x0) return 0;
  for (size_t i = 0; i < x1 - x0; i++) {
    const lede__token *p = S_tok(a, x0 + i), *q = S_tok(a, y0 + i);
    if (S_possessive(a, x0 + i) && S_possessive(a, y0 + i)) continue;
    size_t n = p->len;
    if (n != q->len) return 0;
    for (size_t k = 0; k < n; k++) {
      unsigned char c1 = (unsigned char)a->text[p->start + k];
      unsigned char c2 = (unsigned char)a->text[q->start + k];
      if (c1 >= 'A' && c1 <= 'Z') c1 |= 0x20;
      if (c2 >= 'A' && c2 <= 'Z') c2 |= 0x20;
      if (c1 != c2) return 0;
    }
  }
  return 1;
}

/* The organization inside a role description: "A Foreign Office
 * official" -> "Foreign Office". */
static lede_span S_org_in(const lede_article *a, lede_span s) {
  size_t t0 = S_tok_at(a, s.start), t1 = S_tok_at(a, s.end);
  if (t1 <= t0 || !S_lex(&lede__lex_quote_role_heads, a, t1 - 1))
    return (lede_span){0, 0};
  size_t best0 = 0, best1 = 0, r0 = LEDE_NONE;
  for (size_t i = t0; i < t1; i++) {
    int cap = S_cap(a, i) && S_word(a, i) &&
              !(i == t0 && S_lex(&lede__lex_quote_determiners, a, i)) &&
              !S_lex(&lede__lex_quote_role_heads, a, i);
    if (cap && r0 == LEDE_NONE) r0 = i;
    if (!cap && r0 != LEDE_NONE) {
      if (i - r0 > best1 - best0) best0 = r0, best1 = i;
      r0 = LEDE_NONE;
    }
  }
  if (r0 != LEDE_NONE && t1 - r0 > best1 - best0) best0 = r0, best1 = t1;
  return S_span_tok(a, best0, best1);
}

/* ==== Pass 5a: what pronouns refer to =================================== */

static size_t S_speaker_entity(const lede_article *a, lede_span ref);

/* Everything that can be referred back to (a named mention, a speaker as
 * written, a pronoun already resolved) is an antecedent; a pronoun takes
 * the most salient compatible one before it: the nearest sentence holding
 * one, and in that sentence the first (the subject, usually). */
enum { G_NONE = 0, G_MALE = 1, G_FEMALE = 2 };
enum { R_PERSON = 1, R_ORG = 2, R_PLURAL = 4, R_PLACE = 8 };

typedef struct {
  size_t tok, sent, ent; /* ent: LEDE_NONE if none */
  lede_span ref;         /* the name (or description) as written */
  unsigned char kinds, gender, quoted;
  unsigned char speaker; /* the speaker of a quote */
  lede_span desc; /* "the spokeswoman for X" in "Ann Lee, the spokeswoman
                     for X", or the entity's role */
} S_ante;

#define S_RING 64
#define S_BACK_SENTS 6

/* A resolved pronoun (16 bytes: there are many in a long text). */
typedef struct {
  uint32_t tok, ent; /* ent: S_NOENT if none */
  lede__span32 ref;
} S_resolved;
#define S_NOENT UINT32_MAX
static inline size_t S_res_ent(const S_resolved *r) {
  return r->ent == S_NOENT ? LEDE_NONE : r->ent;
}

typedef struct {
  lede_article *a;
  const unsigned char *used;
  S_ante ring[S_RING];
  size_t n;              /* antecedents pushed so far */
  unsigned char *gender; /* per entity: G_* */
  LEDE__VEC(S_resolved) res; /* in token order */
} S_sal;

/* The gender a word gives: a title, a first name, "spokeswoman". */
static int S_word_gender(const lede_article *a, size_t i) {
  if (S_lex(&lede__lex_female_words, a, i) ||
      S_lex(&lede__lex_first_names_female, a, i))
    return G_FEMALE;
  if (S_lex(&lede__lex_male_words, a, i) ||
      S_lex(&lede__lex_first_names_male, a, i))
    return G_MALE;
  return G_NONE;
}

/* The gender of a span: a title or first name opening it (after a
 * determiner or possessive), else a gendered head ("his wife"). */
static int S_span_gender(const lede_article *a, lede_span s) {
  if (S_empty(s)) return G_NONE;
  size_t t0 = S_tok_at(a, s.start), t1 = S_tok_at(a, s.end);
  if (t1 > a->tokens.n) t1 = a->tokens.n;
  for (size_t i = t0; i < t1 && i < t0 + 3; i++) {
    if (!S_word(a, i) || S_lex(&lede__lex_quote_determiners, a, i)) continue;
    if (!S_cap(a, i)) break;
    int g = S_word_gender(a, i);
    if (g) return g;
    if (!S_lex(&lede__lex_titles, a, i)) break; /* "Sen. Ann Lee" */
  }
  return t1 > t0 && !S_cap(a, t1 - 1) ? S_word_gender(a, t1 - 1) : G_NONE;
}

/* The first prose token inside span s, or LEDE_NONE (furniture). */
static size_t S_span_tok0(const lede_article *a, lede_span s) {
  size_t t = S_tok_at(a, s.start);
  return t < a->tokens.n && S_tok(a, t)->start < s.end ? t : LEDE_NONE;
}

static int S_plural_head(const lede_article *a, lede_span s) {
  size_t t0 = S_tok_at(a, s.start), t1 = S_tok_at(a, s.end);
  if (t1 <= t0 || t1 > a->tokens.n) return 0;
  const lede__token *t = S_tok(a, t1 - 1);
  size_t n = t->len;
  const char *e = a->text + lede__tend(t);
  if (!(t->flags & LEDE__T_WORD) || n < 4) return 0;
  return e[-1] == 's' && e[-2] != 's' && e[-2] != 'u' && e[-2] != 'i';
}

static void S_push_ante(S_sal *z, const S_ante *an) {
  z->ring[z->n % S_RING] = *an;
  z->n++;
}

static unsigned char S_ent_kinds(const lede_article *a, size_t e) {
  switch (a->ents.v[e].type) {
  case LEDE_ENTITY_PERSON: return R_PERSON;
  case LEDE_ENTITY_ORGANIZATION: return R_ORG;
  case LEDE_ENTITY_PLACE: return R_PLACE;
  case LEDE_ENTITY_GROUP:
    return S_plural_head(a, a->ents.v[e].name) ? R_PLURAL : 0;
  default: return 0;
  }
}

/* What a pronoun asks of its antecedent. */
static int S_pron_want(const lede_article *a, size_t i, int *gender) {
  *gender = G_NONE;
  if (S_is(a, i, "he") || S_is(a, i, "him") || S_is(a, i, "his") ||
      S_is(a, i, "himself")) {
    *gender = G_MALE;
    return R_PERSON;
  }
  if (S_is(a, i, "she") || S_is(a, i, "her") || S_is(a, i, "hers") ||
      S_is(a, i, "herself")) {
    *gender = G_FEMALE;
    return R_PERSON;
  }
  if (S_is(a, i, "it")) return R_ORG | R_PLACE;
  if (S_is(a, i, "they") || S_is(a, i, "we")) return R_ORG | R_PLURAL;
  return 0;
}

static int S_ante_fits(const S_sal *z, const S_ante *an, int want,
                       int gender) {
  if (!(an->kinds & want)) return 0;
  int g = an->gender;
  if (an->ent != LEDE_NONE && z->gender[an->ent]) g = z->gender[an->ent];
  return !gender || !g || g == gender;
}

/* Resolve the pronoun at token i; pushes it as an antecedent in turn. */
static void S_resolve_pronoun(S_sal *z, size_t i, int speaker,
                              lede_span skip) {
  lede_article *a = z->a;
  int gender, want = S_pron_want(a, i, &gender);
  if (!want) return;
  size_t sent = lede__tok_sent(a, i);
  int quoted = S_used(z->used, i) == 2;
  const S_ante *best = NULL;
  size_t best_sent = LEDE_NONE;
  size_t lo = z->n > S_RING ? z->n - S_RING : 0;
  for (size_t k = z->n; k > lo; k--) {
    const S_ante *an = &z->ring[(k - 1) % S_RING];
    if (an->tok >= i) continue;
    if (an->sent + S_BACK_SENTS < sent) break;
    if (best && an->sent != best_sent) break;
    if ((an->quoted && !quoted) || !S_ante_fits(z, an, want, gender)) continue;
    /* A speaker is not what it said: "X did Y, it added." */
    if (S_tok(a, an->tok)->start >= skip.start &&
        S_tok(a, an->tok)->start < skip.end)
      continue;
    /* In its sentence a speaker comes first, then the first mention. */
    if (best && best->speaker && !an->speaker) continue;
    best = an;
    best_sent = an->sent;
  }
  if (best && gender && best->ent == LEDE_NONE && !best->gender) {
    /* An unknown name of unknown gender: a person the text has shown to
     * be of the pronoun's gender, a little further back, reads better. */
    for (size_t k = z->n; k > lo; k--) {
      const S_ante *an = &z->ring[(k - 1) % S_RING];
      if (an->tok >= i) continue;
      if (an->sent + S_BACK_SENTS < sent) break;
      int g = an->ent != LEDE_NONE && z->gender[an->ent] ? z->gender[an->ent]
                                                        : an->gender;
      if (g == gender && (an->kinds & R_PERSON) && (!an->quoted || quoted)) {
        best = an;
        break;
      }
    }
  }
  if (!best) return;
  S_ante r = *best;
  r.tok = i;
  r.sent = sent;
  r.quoted = (unsigned char)quoted;
  r.speaker = (unsigned char)speaker;
  if (gender) {
    r.gender = (unsigned char)gender;
    if (r.ent != LEDE_NONE && !z->gender[r.ent])
      z->gender[r.ent] = (unsigned char)gender;
  }
  S_resolved *o = LEDE__PUSH(&a->scratch, z->res);
  o->tok = (uint32_t)i;
  o->ent = r.ent == LEDE_NONE || r.ent >= S_NOENT ? S_NOENT : (uint32_t)r.ent;
  o->ref = lede__s32(r.ref);
  S_push_ante(z, &r);
}

typedef struct {
  uint32_t tok, q; /* 32 bits, as tokens are: one a quote */
  int pron;
} S_spk;

static int S_cmp_spk(const void *p, const void *q) {
  const S_spk *x = p, *y = q;
  if (x->tok != y->tok) return x->tok < y->tok ? -1 : 1;
  return x->q < y->q ? -1 : x->q > y->q;
}

static int S_third_person(const lede_article *a, size_t i) {
  /* (asked of every token: most are told by their length) */
  size_t n = S_tok(a, i)->len;
  if (n != 2 && n != 3) return 0;
  return S_is(a, i, "he") || S_is(a, i, "she") || S_is(a, i, "him") ||
         S_is(a, i, "his") || S_is(a, i, "her");
}

/* A speaker written out ("Ann Lee", "the ministry", "officials") as an
 * antecedent. */
static void S_push_speaker(S_sal *z, const lede__quote *q, size_t t) {
  const lede_article *a = z->a;
  lede_span ref = lede__s64(S_empty(lede__s64(q->ref)) ? q->speaker : q->ref);
  S_ante an = {t, lede__tok_sent(a, t), LEDE_NONE, ref, 0, G_NONE, 0, 1,
               {0, 0}};
  an.ent = q->entity != LEDE_NONE ? q->entity : S_speaker_entity(a, ref);
  if (an.ent != LEDE_NONE) an.kinds = S_ent_kinds(a, an.ent);
  if (S_orglike(a, ref)) an.kinds |= R_ORG;
  else if (S_plural_head(a, ref) &&
           (!S_cap(a, S_tok_at(a, ref.end) - 1) ||
            (S_tok_at(a, ref.end) == t + 1 &&
             t == a->sent_tok.v[lede__tok_sent(a, t)] &&
             !(S_tok(a, t)->flags & LEDE__T_UPPER))))
    an.kinds = R_PLURAL; /* "officials", "Critics" opening a sentence */
  else if (!an.kinds && S_personlike(a, ref)) an.kinds = R_PERSON;
  if (an.kinds & R_PERSON) an.gender = (unsigned char)S_span_gender(a, lede__s64(q->speaker));
  if (!S_empty(lede__s64(q->ref)) && (q->ref.start != q->speaker.start ||
                           q->ref.end != q->speaker.end))
    an.desc = S_desc_part(a, lede__s64(q->speaker), lede__s64(q->ref));
  if (an.gender && an.ent != LEDE_NONE && !z->gender[an.ent])
    z->gender[an.ent] = an.gender;
  if (an.kinds) S_push_ante(z, &an);
}

static size_t S_description_entity(const S_sal *z, const lede__quote *q);

/* Walk the text once: named mentions and speakers become antecedents;
 * third-person pronouns outside quotation marks, and every pronoun that
 * is a speaker, are resolved. */
static void S_salience(S_sal *z) {
  lede_article *a = z->a;
  z->gender = lede__calloc(&a->scratch, a->ents.n + 1);
  for (size_t e = 0; e < a->ents.n; e++) {
    const lede__entity *en = &a->ents.v[e];
    if (en->type != LEDE_ENTITY_PERSON) continue;
    int g = S_span_gender(a, en->title);
    if (!g) g = S_span_gender(a, en->name);
    if (!g && !S_empty(en->role)) {
      size_t t1 = S_tok_at(a, en->role.end);
      if (t1 > 0 && t1 <= a->tokens.n) g = S_word_gender(a, t1 - 1);
    }
    z->gender[e] = (unsigned char)g;
  }
  size_t nq = a->quotes.n, ns = 0;
  S_spk *sp = lede__alloc(&a->scratch, lede__mul(&a->scratch, nq + 1,
                                               sizeof *sp));
  for (size_t q = 0; q < nq; q++) {
    const lede__quote *qq = &a->quotes.v[q];
    if (S_empty(lede__s64(qq->speaker))) continue;
    sp[ns].tok = (uint32_t)S_tok_at(a, qq->speaker.start);
    sp[ns].q = (uint32_t)q;
    sp[ns].pron = S_pronoun(a, lede__s64(qq->speaker)) &&
                  qq->via != LEDE_VIA_RELATIVE;
    ns++;
  }
  qsort(sp, ns, sizeof *sp, S_cmp_spk);
  /* Most tokens start no mention and have no speaker: the next of each
   * is kept at hand, so that such a token costs two comparisons. */
  size_t mi = 0, si = 0;
  size_t mnext = a->ments.n ? a->ments.v[0].span.start : SIZE_MAX;
  for (size_t i = 0; i < a->tokens.n; i++) {
    /* Named mentions starting here. */
    while (mnext < lede__tend(S_tok(a, i))) {
      const lede__mention *m = &a->ments.v[mi++];
      mnext = mi < a->ments.n ? a->ments.v[mi].span.start : SIZE_MAX;
      size_t t = S_span_tok0(a, lede__s64(m->span));
      if (t != i) continue;
      S_ante an = {t, lede__tok_sent(a, t), m->entity, lede__s64(m->span),
                   S_ent_kinds(a, m->entity), G_NONE, S_used(z->used, t) == 2, 0,
                   {0, 0}};
      if (an.kinds & R_PERSON) {
        /* "Mrs. Lee": the title before the name. */
        size_t b = t;
        if (b > 0 && S_punct(a, b - 1, '.')) b--;
        if (b > 0 && lede__tok_sent(a, b - 1) == an.sent &&
            S_lex(&lede__lex_titles, a, b - 1)) {
          int g = S_word_gender(a, b - 1);
          an.gender = (unsigned char)g;
          if (g && !z->gender[m->entity]) z->gender[m->entity] = (unsigned char)g;
        }
      }
      if (an.kinds) S_push_ante(z, &an);
    }
    int query = 0;
    lede_span skip = {0, 0};
    if (si < ns && sp[si].tok <= i) {
      for (; si < ns && sp[si].tok <= i; si++) {
        if (sp[si].tok != i) continue;
        lede__quote *q = &a->quotes.v[sp[si].q];
        if (sp[si].pron) {
          query = 1;
          skip = lede__s64(q->content);
          continue;
        }
        if (q->via == LEDE_VIA_DESCRIPTION && q->entity == LEDE_NONE &&
            q->ref.start == q->speaker.start && q->ref.end == q->speaker.end) {
          size_t e = S_description_entity(z, q);
          if (e != LEDE_NONE) {
            q->entity = e;
            q->ref = lede__s32(a->ents.v[e].name);
          }
        }
        S_push_speaker(z, q, i);
      }
    }
    if (query || (S_third_person(a, i) && S_used(z->used, i) != 2))
      S_resolve_pronoun(z, i, query, skip);
  }
}

/* The resolution of the pronoun at token t, or NULL. */
static const S_resolved *S_resolved_at(const S_sal *z, size_t t) {
  size_t lo = 0, hi = z->res.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (z->res.v[mid].tok < t) lo = mid + 1;
    else hi = mid;
  }
  return lo < z->res.n && z->res.v[lo].tok == t ? &z->res.v[lo] : NULL;
}

/* The speaker's entity: the one with a mention in what the speaker refers
 * to (entities run before quotes). */
static size_t S_speaker_entity(const lede_article *a, lede_span ref) {
  if (S_empty(ref)) return LEDE_NONE;
  size_t e = lede__entity_at(a, ref.start, ref.end);
  if (e != LEDE_NONE) return e;
  /* A name the entity stage did not mark here, but knows elsewhere:
   * whole, or by its last word ("Senate Majority Leader Mitch McConnell"
   * -> "McConnell"). */
  size_t t0 = S_tok_at(a, ref.start), t1 = S_tok_at(a, ref.end);
  if (t1 <= t0 || t1 > a->tokens.n || !S_cap(a, t1 - 1)) return LEDE_NONE;
  e = lede_entity_find(a, a->text + ref.start, ref.end - ref.start);
  if (e == LEDE_NONE && t1 > t0 + 1) {
    const lede__token *t = S_tok(a, t1 - 1);
    e = lede_entity_find(a, a->text + t->start, t->len);
  }
  return e;
}

/* Is the speaker a description ("the spokeswoman", "the former
 * governor"): a determiner or possessive, then lower-case words? */
static int S_description(const lede_article *a, lede_span s) {
  size_t t0 = S_tok_at(a, s.start), t1 = S_tok_at(a, s.end);
  if (t1 < t0 + 2 || t1 > a->tokens.n) return 0;
  if (!S_lex(&lede__lex_quote_determiners, a, t0) &&
      !S_is(a, t0, "his") && !S_is(a, t0, "her") && !S_is(a, t0, "their"))
    return 0;
  return S_word(a, t1 - 1) && !S_cap(a, t1 - 1);
}

/* Same word, ignoring ASCII case. */
static int S_same_word(const lede_article *a, size_t i, size_t j) {
  const lede__token *p = S_tok(a, i), *q = S_tok(a, j);
  size_t n = p->len;
  if (n != q->len) return 0;
  for (size_t k = 0; k < n; k++) {
    unsigned char c1 = (unsigned char)a->text[p->start + k];
    unsigned char c2 = (unsigned char)a->text[q->start + k];
    if ((c1 | 0x20) != (c2 | 0x20) || ((c1 ^ c2) & ~0x20u)) return 0;
  }
  return 1;
}

/* A definite description speaker: the entity the text gave that role
 * ("Ann Lee, the spokeswoman" ... "the spokeswoman said"), among the
 * people mentioned lately. */
static size_t S_description_entity(const S_sal *z, const lede__quote *q) {
  const lede_article *a = z->a;
  size_t head = S_tok_at(a, q->speaker.end) - 1;
  size_t lo = z->n > S_RING ? z->n - S_RING : 0;
  for (size_t k = z->n; k > lo; k--) {
    const S_ante *an = &z->ring[(k - 1) % S_RING];
    if (an->ent == LEDE_NONE || !(an->kinds & R_PERSON) ||
        an->tok >= head)
      continue;
    lede_span d[2] = {a->ents.v[an->ent].role, an->desc};
    for (int w = 0; w < 2; w++) {
      if (S_empty(d[w])) continue;
      size_t r0 = S_tok_at(a, d[w].start), r1 = S_tok_at(a, d[w].end);
      for (size_t r = r0; r < r1 && r < r0 + 12 && r < a->tokens.n; r++)
        if (S_same_word(a, r, head)) return an->ent;
    }
  }
  return LEDE_NONE;
}

/* ==== Pass 5b: resolved pronouns and descriptions as mentions ========== */

static int S_cmp_ment(const void *p, const void *q) {
  const lede__mention *x = p, *y = q;
  return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

/* Pronouns and definite descriptions resolved to an entity join its
 * mentions as references (kinds "pronoun", "description"). */
static void S_link_mentions(lede_article *a, const S_sal *z) {
  size_t nq = a->quotes.n;
  /* As many as are made (a vector): most pronouns and quotes add none. */
  LEDE__VEC(lede__mention) addv = {0};
  lede__mention *add = NULL;
  size_t n = 0;
  for (size_t i = 0; i < z->res.n; i++) {
    const S_resolved *r = &z->res.v[i];
    if (r->ent == S_NOENT) continue;
    LEDE__PUSH(&a->scratch, addv);
    add = addv.v;
    const lede__token *t = S_tok(a, r->tok);
    add[n].span = (lede__span32){t->start, lede__tend(t)};
    add[n].block = a->sents.v[lede__tok_sent(a, r->tok)].block;
    add[n].entity = r->ent;
    add[n].kind = LEDE_MENTION_PRONOUN;
    n++;
  }
  for (size_t i = 0; i < nq; i++) {
    const lede__quote *q = &a->quotes.v[i];
    if (q->via != LEDE_VIA_DESCRIPTION || q->entity == LEDE_NONE ||
        !S_description(a, lede__s64(q->speaker)) ||
        S_span_has_lex(a, lede__s64(q->speaker), &lede__lex_quote_documents, 1) ||
        lede__entity_at(a, q->speaker.start, q->speaker.end) != LEDE_NONE)
      continue;
    LEDE__PUSH(&a->scratch, addv);
    add = addv.v;
    add[n].span = lede__s32(lede__s64(q->speaker));
    add[n].block = q->block;
    add[n].entity = q->entity;
    add[n].kind = LEDE_MENTION_DESCRIPTION;
    n++;
  }
  if (n > 1) qsort(add, n, sizeof *add, S_cmp_ment);
  /* Per entity: its mentions and the new references, merged in order. */
  size_t ne = a->ents.n, at = 0, total = 0;
  size_t *cnt = lede__calloc(&a->scratch, lede__mul(&a->scratch, ne + 1,
                                                  sizeof *cnt));
  for (size_t j = 0; j < n; j++) cnt[add[j].entity]++;
  for (size_t e = 0; e < ne; e++) {
    a->ents.v[e].first_ref = at;
    a->ents.v[e].nrefs = 0;
    at += a->ents.v[e].nments + cnt[e];
  }
  total = at;
  a->ent_refs.v = lede__alloc(&a->arena, lede__mul(&a->arena, total + 1,
                                                   sizeof *a->ent_refs.v));
  a->ent_refs.n = a->ent_refs.cap = total;
  /* References are indices: a mention is not copied, only what the
   * stage adds is kept. */
  a->ref_extra = lede__alloc(&a->arena, lede__mul(&a->arena, n + 1, sizeof *add));
  if (n) memcpy(a->ref_extra, add, n * sizeof *add);
  size_t i = 0, j = 0, nm = a->ments.n;
  if (nm + n > UINT32_MAX) longjmp(*a->arena.oom, 1);
  while (i < nm || j < n) {
    const lede__mention *m;
    size_t k;
    if (j >= n || (i < nm && a->ments.v[i].span.start <= add[j].span.start)) {
      k = i;
      m = &a->ments.v[i++];
    } else {
      k = nm + j;
      m = &add[j++];
    }
    lede__entity *en = &a->ents.v[m->entity];
    a->ent_refs.v[en->first_ref + en->nrefs++] = (uint32_t)k;
  }
  lede__vec_free(&a->scratch, addv.v, addv.cap, sizeof *addv.v);
}

static void S_resolve(lede_article *a, const unsigned char *used) {
  /* Relative pronouns take their antecedent into the speaker phrase;
   * appositions ("the agency's press office, the FSB") make aliases. */
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    if (S_empty(lede__s64(q->speaker))) {
      q->via = LEDE_VIA_NONE;
      continue;
    }
    lede_span s = lede__s64(q->speaker);
    int cont = q->via == LEDE_VIA_CONTINUATION;
    if (S_one_word(a, s, "who") || S_one_word(a, s, "which") ||
        S_one_word(a, s, "that")) {
      /* "Smith, who said": the phrase before the relative pronoun. */
      size_t t = S_tok_at(a, s.start);
      size_t s0, s1, n = LEDE_NONE, e = t;
      S_sent_range(a, t, &s0, &s1);
      /* (or a dash: "Trump - who once said") */
      if (t > s0 + 1 && (S_comma(a, t - 1) || S_dash(a, t - 1))) e = t - 1;
      if (e > s0) n = S_np_left(a, s0, e - 1);
      /* "Cole rebuked critics who say": the antecedent is the object,
       * not the verb before it. */
      for (size_t j = e - 1; n != LEDE_NONE && j > n && j >= s0 + 1; j--)
        if (!S_cap(a, j - 1) && S_word(a, j) &&
            (a->quote_verb[j - 1] ||
             (S_past(a, j - 1) && j - 1 > s0 &&
              (S_cap(a, j - 2) || S_lex(&lede__lex_quote_pronouns, a, j - 2) ||
               (S_ly(a, j - 2) && j - 2 > s0 && S_cap(a, j - 3)))))) {
          n = j;
          break;
        }
      if (n != LEDE_NONE && !S_lex(&lede__lex_quote_pronouns, a, n)) {
        q->speaker = lede__s32(S_span_tok(a, n, t + 1));
        q->ref = lede__s32(S_name_part(a, S_span_tok(a, n, e)));
        q->via = cont ? LEDE_VIA_CONTINUATION : LEDE_VIA_RELATIVE;
      } else {
        q->speaker = lede__s32((lede_span){0, 0});
        q->via = LEDE_VIA_NONE;
      }
      continue;
    }
    if (S_pronoun(a, s)) {
      q->via = cont ? LEDE_VIA_CONTINUATION : LEDE_VIA_PRONOUN;
      continue;
    }
    q->ref = lede__s32(S_name_part(a, s));
    size_t last = S_tok_at(a, s.end);
    if (!cont && last > 0 && S_is(a, last - 1, "who"))
      q->via = LEDE_VIA_RELATIVE; /* "those who say" */
    else if (!cont)
      q->via = S_description(a, s) ? LEDE_VIA_DESCRIPTION : LEDE_VIA_NAME;
  }
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    if (S_empty(lede__s64(q->speaker)) || S_pronoun(a, lede__s64(q->speaker))) continue;
    lede_span s = lede__s64(q->speaker);
    if (q->ref.start != s.start || q->ref.end != s.end) continue;
    /* A description matching one in an apposition elsewhere. */
    size_t j0 = i > S_BACK_QUOTES ? i - S_BACK_QUOTES : 0;
    size_t j1 = a->quotes.n - i > S_BACK_QUOTES ? i + S_BACK_QUOTES
                                                 : a->quotes.n;
    for (size_t j = j0; j < j1; j++) {
      lede__quote *r = &a->quotes.v[j];
      if (j == i || S_empty(lede__s64(r->ref)) || S_empty(lede__s64(r->speaker))) continue;
      if (r->ref.start == r->speaker.start && r->ref.end == r->speaker.end)
        continue;
      lede_span d = S_desc_part(a, lede__s64(r->speaker), lede__s64(r->ref));
      if (!S_empty(d) && S_same_desc(a, d, s)) {
        q->ref = r->ref;
        break;
      }
    }
  }
  for (size_t i = 0; i < a->quotes.n; i++)
    a->quotes.v[i].entity = S_speaker_entity(a, lede__s64(a->quotes.v[i].ref));
  /* Pronouns, in text order. */
  S_sal z;
  memset(&z, 0, sizeof z);
  z.a = a;
  z.used = used;
  /* The speech verbs are done with: their room goes to what the
   * pronouns make. */
  S_drop_verbs(a);
  S_salience(&z);
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    lede_span s = lede__s64(q->speaker);
    if (S_empty(s)) continue;
    size_t t0 = S_tok_at(a, s.start), t1 = S_tok_at(a, s.end);
    int doc = t1 == t0 + 2 && S_lex(&lede__lex_quote_determiners, a, t0) &&
              S_lex(&lede__lex_quote_documents, a, t0 + 1);
    if (doc) {
      /* "the statement": its issuer, the speaker of the last quote whose
       * cue names a document, else the nearest organization. */
      q->ref = lede__s32((lede_span){0, 0});
      size_t lo = i > S_BACK_QUOTES ? i - S_BACK_QUOTES : 0;
      for (size_t j = i; j > lo; j--) {
        lede__quote *r = &a->quotes.v[j - 1];
        if (S_empty(lede__s64(r->ref)) || r->speaker.start >= s.start) continue;
        if (S_span_has_lex(a, lede__s64(r->cue), &lede__lex_quote_documents, 0) ||
            S_orglike(a, lede__s64(r->ref))) {
          q->ref = r->ref;
          q->entity = r->entity;
          break;
        }
      }
    } else if (S_pronoun(a, s) && q->via != LEDE_VIA_RELATIVE) {
      const S_resolved *r = S_resolved_at(&z, t0);
      q->ref = r ? r->ref : (lede__span32){0, 0};
      q->entity = r ? S_res_ent(r) : LEDE_NONE;
      if (r && r->ent == S_NOENT)
        q->entity = S_speaker_entity(a, lede__s64(r->ref));
      if (!r && S_one_word(a, s, "I")) {
        /* "FALLIN: I think ...": a transcript's turn names its speaker
         * before a colon opening the paragraph. */
        size_t bl0, bl1;
        if (S_empty(lede__s64(q->ref)) && S_block_extent(a, q->block, &bl0, &bl1) &&
            bl0 <= s.start && s.start < bl1) {
          size_t b0 = S_tok_at(a, bl0), k = b0;
          while (k < t0 && k < b0 + 3 && S_cap(a, k) && S_word(a, k)) k++;
          if (k > b0 && k < t0 && S_punct(a, k, ':')) {
            q->ref = lede__s32(S_span_tok(a, b0, k));
            q->entity = S_speaker_entity(a, lede__s64(q->ref));
          }
        }
      }
    }
    if (!S_empty(lede__s64(q->ref)) && S_empty(lede__s64(q->org))) {
      lede_span o = S_org_in(a, lede__s64(q->ref));
      q->org = lede__s32(!S_empty(o) ? o : S_orglike(a, lede__s64(q->ref)) ? lede__s64(q->ref) : o);
    }
  }
  S_link_mentions(a, &z);
}

/* ==== Pass 6: cue classes and nesting =================================== */

static int S_cue_class_of(const char *lemma) {
  if (!lemma) return LEDE_CUE_SPEECH;
  /* one look-up for the three lists */
  const lede__word *w = lede__word_find(lemma, strlen(lemma));
  if (lede__word_in(w, &lede__lex_cue_writing)) return LEDE_CUE_WRITING;
  if (lede__word_in(w, &lede__lex_cue_thought)) return LEDE_CUE_THOUGHT;
  if (lede__word_in(w, &lede__lex_cue_other)) return LEDE_CUE_OTHER;
  return LEDE_CUE_SPEECH;
}

/* "asked Congress to act", "asked for calm": a request, not a question. */
static int S_question_request(const lede_article *a, const lede__quote *q) {
  size_t c1 = S_tok_at(a, q->cue.end);
  for (size_t k = c1; k < a->tokens.n && k < c1 + 6; k++) {
    if (S_is(a, k, "to") || S_is(a, k, "for")) return 1;
    if (S_is(a, k, "whether") || S_is(a, k, "if") || S_is(a, k, "about") ||
        S_is(a, k, "why") || S_is(a, k, "how") || S_is(a, k, "what") ||
        (S_tok(a, k)->flags & LEDE__T_QUOTE))
      return 0;
  }
  return 0;
}

/* Is nested quote q said by the speaker of its parent p, referred to by a
 * pronoun: "Smith said he would vote for Jones" is one statement. */
static int S_same_source(const lede_article *a, const lede__quote *q,
                         const lede__quote *p) {
  if (q->kind != LEDE_QUOTE_INDIRECT || S_empty(lede__s64(q->speaker)) ||
      !S_pronoun(a, lede__s64(q->speaker)) ||
      S_empty(lede__s64(p->speaker)))
    return 0;
  /* The pronoun opens the reported clause: "said (that) he". */
  size_t c0 = S_tok_at(a, p->content.start), st = S_tok_at(a, q->speaker.start);
  if (c0 < a->tokens.n && S_is(a, c0, "that")) c0++;
  if (st == c0) return 1;
  if (q->entity != LEDE_NONE && q->entity == p->entity) return 1;
  lede_span r = lede__s64(q->ref), ps = lede__s64(S_empty(lede__s64(p->ref)) ? p->speaker : p->ref);
  return !S_empty(r) && r.start < ps.end && ps.start < r.end;
}

/* Drop the nested quotes of S_same_source, keeping parents' indices. */
static void S_drop_same_source(lede_article *a) {
  size_t n = a->quotes.n, w = 0;
  if (!n) return;
  size_t *map = lede__calloc(&a->scratch, lede__mul(&a->scratch, n, sizeof *map));
  if (!map) return;
  for (size_t i = 0; i < n; i++) {
    lede__quote *q = &a->quotes.v[i];
    size_t par = q->parent;
    if (par != LEDE_NONE) par = map[par]; /* parents come first */
    if (q->parent != LEDE_NONE &&
        S_same_source(a, q, &a->quotes.v[q->parent])) {
      map[i] = par; /* its own nested quotes hang on its parent */
      continue;
    }
    map[i] = w;
    q->parent = par;
    a->quotes.v[w++] = *q;
  }
  a->quotes.n = w;
}

/* Each quote's cue class; a quote whose attribution lies inside the
 * content of an earlier one is nested in it. */
static void S_classify(lede_article *a) {
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    if (!q->cls) q->cls = (unsigned char)S_cue_class_of(q->lemma);
    if (q->lemma && S_same(q->lemma, "ask") && !S_question_request(a, q))
      q->question = 1;
    lede_span at = lede__s64(q->cue);
    if (S_empty(at)) at = lede__s64(q->speaker);
    if (S_empty(at)) continue;
    if (!S_empty(lede__s64(q->speaker)) && q->speaker.start < at.start) at.start = q->speaker.start;
    size_t lo = i > 8 ? i - 8 : 0;
    for (size_t j = i; j > lo; j--) {
      const lede__quote *p = &a->quotes.v[j - 1];
      if (p->kind == LEDE_QUOTE_UNATTRIBUTED || S_empty(lede__s64(p->cue))) continue;
      if (p->content.start <= at.start && at.end <= p->content.end &&
          (p->cue.end <= at.start || p->cue.start >= at.end) &&
          (S_empty(lede__s64(p->gap)) || at.end <= p->gap.start ||
           at.start >= p->gap.end)) {
        q->parent = j - 1;
        break;
      }
    }
  }
  S_drop_same_source(a);
}

/* ==== Stage ============================================================= */

/* A quote's block holds its start. Absorbing a quoted fragment that opened
 * in the paragraph before (a mark carried over a paragraph break) moves the
 * start back: find the block again, by binary search over the blocks. */
static void S_start_blocks(lede_article *a) {
  for (size_t i = 0; i < a->quotes.n; i++) {
    lede__quote *q = &a->quotes.v[i];
    lede_span bs = lede__s64(a->blocks.v[q->block].span);
    if (q->outer.start >= bs.start && q->outer.start < bs.end) continue;
    size_t lo = 0, hi = a->blocks.n; /* last block starting at or before */
    while (hi - lo > 1) {
      size_t mid = lo + (hi - lo) / 2;
      if (a->blocks.v[mid].span.start <= q->outer.start) lo = mid;
      else hi = mid;
    }
    q->block = lo;
  }
}

void lede__quotes(lede_article *a) {
  S_ctx x;
  memset(&x, 0, sizeof x);
  x.a = a;
  /* Working memory goes in scratch, given back when the stage ends. */
  x.used_tok = lede__calloc(&a->scratch, a->tokens.n / 4 + 1);
  lede__tok_words_begin(a);
  S_find_verbs(a);
  S_find_pairs(&x);
  /* Drop pairs with no letters or a single letter ("rock 'n' roll"). */
  size_t w = 0;
  for (size_t i = 0; i < x.pairs.n; i++) {
    S_pair p = x.pairs.v[i];
    size_t letters = 0, len;
    for (size_t k = p.oend; k < p.close && letters < 2; k += len)
      if (S_alnum(lede__cp(a->text, p.close, k, &len))) letters++;
    /* author="@name": a value in markup, not a quotation. */
    if (p.open > 0 && a->text[p.open - 1] == '=') continue;
    if (letters >= 2) x.pairs.v[w++] = p;
  }
  x.pairs.n = w;
  for (size_t i = 0; i < x.pairs.n; i++) {
    size_t t0 = S_tok_at(a, x.pairs.v[i].oend);
    size_t t1 = S_tok_at(a, x.pairs.v[i].close);
    for (size_t k = t0; k < t1; k++) S_use(x.used_tok, k, 2);
  }
  S_direct(&x);
  x.ndirect = a->quotes.n;
  S_reported(&x);
  S_noun_frames(&x);
  S_stance_phrases(&x);
  S_verb_phrases(&x);
  S_adjective_frames(&x);
  S_sourceless(&x);
  S_headline(&x);
  if (a->quotes.n > 1)
    qsort(a->quotes.v, a->quotes.n, sizeof *a->quotes.v, S_cmp_quote);
  S_cut_at_next(&x);
  S_transcript(&x);
  S_leftover(&x);
  S_trim_reported(a);
  /* The quotation marks are done with: their room goes back first. */
  lede__vec_free(&a->scratch, x.pairs.v, x.pairs.cap, sizeof *x.pairs.v);
  lede__vec_free(&a->scratch, x.pending.v, x.pending.cap, sizeof *x.pending.v);
  lede__vec_free(&a->scratch, x.openers.v, x.openers.cap, sizeof *x.openers.v);
  memset(&x.pairs, 0, sizeof x.pairs);
  memset(&x.pending, 0, sizeof x.pending);
  memset(&x.openers, 0, sizeof x.openers);
  S_resolve(a, x.used_tok);
  S_classify(a);
  S_start_blocks(a);
  a->quote_verb = NULL; /* scratch: only while the stage runs */
  lede__tok_words_end(a);
  lede__arena_free(&a->scratch);
}

/* ==== Accessors ========================================================= */

const char *lede_quote_kind_name(lede_quote_kind k) {
  switch (k) {
  case LEDE_QUOTE_DIRECT: return "direct";
  case LEDE_QUOTE_MIXED: return "mixed";
  case LEDE_QUOTE_INDIRECT: return "indirect";
  case LEDE_QUOTE_UNATTRIBUTED: return "unattributed";
  }
  return "?";
}

static const lede_span S_none = {0, 0};

size_t lede_quote_count(const lede_article *a) { return a->quotes.n; }

lede_quote_kind lede_quote_kind_of(const lede_article *a, size_t i) {
  return i < a->quotes.n ? a->quotes.v[i].kind : LEDE_QUOTE_UNATTRIBUTED;
}
lede_span lede_quote_span(const lede_article *a, size_t i) {
  return i < a->quotes.n ? lede__s64(a->quotes.v[i].content) : S_none;
}
lede_span lede_quote_outer(const lede_article *a, size_t i) {
  return i < a->quotes.n ? lede__s64(a->quotes.v[i].outer) : S_none;
}
static int S_opt(lede_span s, lede_span *out) {
  if (out) *out = s;
  return s.end > s.start;
}
int lede_quote_cue(const lede_article *a, size_t i, lede_span *out) {
  return S_opt(i < a->quotes.n ? lede__s64(a->quotes.v[i].cue) : S_none, out);
}
const char *lede_quote_cue_lemma(const lede_article *a, size_t i) {
  return i < a->quotes.n ? a->quotes.v[i].lemma : NULL;
}
int lede_quote_speaker(const lede_article *a, size_t i, lede_span *out) {
  return S_opt(i < a->quotes.n ? lede__s64(a->quotes.v[i].speaker) : S_none, out);
}
int lede_quote_speaker_ref(const lede_article *a, size_t i, lede_span *out) {
  return S_opt(i < a->quotes.n ? lede__s64(a->quotes.v[i].ref) : S_none, out);
}
int lede_quote_speaker_org(const lede_article *a, size_t i, lede_span *out) {
  return S_opt(i < a->quotes.n ? lede__s64(a->quotes.v[i].org) : S_none, out);
}
size_t lede_quote_speaker_entity(const lede_article *a, size_t i) {
  return i < a->quotes.n ? a->quotes.v[i].entity : LEDE_NONE;
}
size_t lede_quote_block(const lede_article *a, size_t i) {
  return i < a->quotes.n ? a->quotes.v[i].block : LEDE_NONE;
}

size_t lede_entity_reference_count(const lede_article *a, size_t i) {
  if (i >= a->ents.n) return 0;
  return a->ent_refs.v ? a->ents.v[i].nrefs : a->ents.v[i].nments;
}
static const lede__mention *S_ref(const lede_article *a, size_t i, size_t j) {
  if (j >= lede_entity_reference_count(a, i)) return NULL;
  if (a->ent_refs.v) {
    uint32_t k = a->ent_refs.v[a->ents.v[i].first_ref + j];
    return k < a->ments.n ? &a->ments.v[k] : &a->ref_extra[k - a->ments.n];
  }
  return &a->ments.v[a->ent_ments.v[a->ents.v[i].first_ment + j]];
}
lede_span lede_entity_reference(const lede_article *a, size_t i, size_t j) {
  const lede__mention *m = S_ref(a, i, j);
  return m ? lede__s64(m->span) : S_none;
}
size_t lede_entity_reference_block(const lede_article *a, size_t i,
                                   size_t j) {
  const lede__mention *m = S_ref(a, i, j);
  return m ? m->block : LEDE_NONE;
}
lede_mention_kind lede_entity_reference_kind(const lede_article *a, size_t i,
                                             size_t j) {
  const lede__mention *m = S_ref(a, i, j);
  return m ? m->kind : LEDE_MENTION_NAME;
}

const char *lede_speaker_via_name(lede_speaker_via v) {
  switch (v) {
  case LEDE_VIA_NONE: return "none";
  case LEDE_VIA_NAME: return "name";
  case LEDE_VIA_PRONOUN: return "pronoun";
  case LEDE_VIA_RELATIVE: return "relative";
  case LEDE_VIA_DESCRIPTION: return "description";
  case LEDE_VIA_CONTINUATION: return "continuation";
  }
  return "?";
}
lede_speaker_via lede_quote_speaker_via(const lede_article *a, size_t i) {
  return i < a->quotes.n ? (lede_speaker_via)a->quotes.v[i].via
                         : LEDE_VIA_NONE;
}
const char *lede_cue_class_name(lede_cue_class c) {
  switch (c) {
  case LEDE_CUE_SPEECH: return "speech";
  case LEDE_CUE_WRITING: return "writing";
  case LEDE_CUE_THOUGHT: return "thought";
  case LEDE_CUE_OTHER: return "other";
  }
  return "?";
}
lede_cue_class lede_quote_cue_class(const lede_article *a, size_t i) {
  return i < a->quotes.n ? (lede_cue_class)a->quotes.v[i].cls
                         : LEDE_CUE_SPEECH;
}
int lede_quote_is_question(const lede_article *a, size_t i) {
  return i < a->quotes.n && a->quotes.v[i].question;
}
size_t lede_quote_parent(const lede_article *a, size_t i) {
  return i < a->quotes.n ? a->quotes.v[i].parent : LEDE_NONE;
}
size_t lede_quote_fragment_count(const lede_article *a, size_t i) {
  if (i >= a->quotes.n) return 0;
  return S_empty(lede__s64(a->quotes.v[i].gap)) ? 1 : 2;
}
lede_span lede_quote_fragment(const lede_article *a, size_t i, size_t j) {
  if (i >= a->quotes.n) return S_none;
  const lede__quote *q = &a->quotes.v[i];
  if (S_empty(lede__s64(q->gap))) return j == 0 ? lede__s64(q->content) : S_none;
  if (j == 0) return (lede_span){q->content.start, q->gap.start};
  if (j == 1) return (lede_span){q->gap.end, q->content.end};
  return S_none;
}

/* ==== Invariants ======================================================== */

static int S_ok(lede_span s, size_t len) {
  return s.start <= s.end && s.end <= len;
}

const char *lede__check_quotes(const lede_article *a) {
  /* The precomputed verb table matches the lists (make data). */
  if (lede__lex_speech_verbs.n != S_VERB_N ||
      lede__lex_cue_action_verbs.n != S_VERB_N2)
    return "quote_verbs.h is stale: run make data";
  S_verb_index ix;
  S_verb_index_build(&ix);
  for (size_t e = 0; e < S_verb_n(); e++) {
    /* (a form listed twice with two lemmas finds the first) */
    const char *w = S_entry_word(e), *sp = strchr(w, ' ');
    size_t n = sp ? (size_t)(sp - w) : strlen(w);
    size_t f = S_verb_entry(&ix, w, n);
    const char *fw = f == LEDE_NONE ? NULL : S_entry_word(f);
    if (!fw || strncmp(fw, w, n) != 0 || (fw[n] != ' ' && fw[n] != '\0'))
      return "quote_verbs.h is stale: run make data";
  }
  size_t prev = 0;
  for (size_t i = 0; i < a->quotes.n; i++) {
    const lede__quote *q = &a->quotes.v[i];
    if (!S_ok(lede__s64(q->content), a->len) || !S_ok(lede__s64(q->outer), a->len) ||
        !S_ok(lede__s64(q->cue), a->len) || !S_ok(lede__s64(q->speaker), a->len) ||
        !S_ok(lede__s64(q->ref), a->len) || !S_ok(lede__s64(q->org), a->len))
      return "quote span out of bounds";
    if (S_empty(lede__s64(q->content))) return "empty quote";
    if (q->content.start < q->outer.start || q->content.end > q->outer.end)
      return "quote content outside its marks";
    if (q->outer.start < prev) return "quotes out of order";
    prev = q->outer.start;
    if (q->block >= a->blocks.n) return "quote block out of range";
    if (q->outer.start < a->blocks.v[q->block].span.start ||
        (q->block + 1 < a->blocks.n &&
         q->outer.start >= a->blocks.v[q->block + 1].span.start))
      return "quote does not start in its block";
    if ((unsigned)q->kind > LEDE_QUOTE_UNATTRIBUTED) return "bad quote kind";
    if ((q->lemma != NULL) != !S_empty(lede__s64(q->cue))) return "cue without lemma";
    if (q->kind == LEDE_QUOTE_UNATTRIBUTED && !S_empty(lede__s64(q->speaker)))
      return "unattributed quote with a speaker";
    if (q->parent != LEDE_NONE && q->parent >= i) return "bad quote parent";
    if (!S_empty(lede__s64(q->gap)) &&
        (q->gap.start <= q->content.start || q->gap.end >= q->content.end))
      return "quote gap outside its content";
    if ((q->via == LEDE_VIA_NONE) != S_empty(lede__s64(q->speaker)))
      return "speaker and speaker_via disagree";
  }
  return NULL;
}
