/* What the stages ask of the article's tokens (a->tokens): the token at a
 * byte offset, and the entry of a token's word in the word hash, looked
 * up once per token. Private to the library. */
#ifndef LEDE_TOKENS_H
#define LEDE_TOKENS_H

#include "internal.h"
#include "lexicon.h"

/* The first token at or after each 32 bytes of text: tok_base per 2048
 * bytes, and tok_idx (16 bits) from there per 32 bytes. */
#define LEDE__TOK_IDX_SHIFT 5
#define LEDE__TOK_BASE_SHIFT 11

/* lede__tokenize_span with every word cut byte by byte, as the masks
 * (SSE2) cut most of them; for tests, which compare the two. */
size_t lede__tokenize_span_bytes(lede_article *a, lede_span sp, lede__token *out);

/* The tokenizer and the splitter's search for stops are built again for
 * processors with AVX2, BMI1, BMI2 and the popcount instruction (with
 * SSE2 and GCC's target attribute, as the tagger's decoding is), and
 * take that way where the processor has them (lede__hw; LEDE_NO_HW:
 * never). lede__no_hw nonzero: never either (for tests, which compare
 * the two ways). */
extern int lede__no_hw;
#if defined(__SSE2__) && !defined(LEDE_NO_SSE2) && !defined(LEDE_NO_HW) && \
    defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define LEDE__HW 1
#include <immintrin.h>
#include "cpu.h"
static inline int lede__hw(void) { return !lede__no_hw && lede__cpu_hw(); }
#define LEDE__HW_FN __attribute__((target("avx2,bmi,bmi2,popcnt")))
#else
#define LEDE__HW 0
static inline int lede__hw(void) { return 0; }
#endif

/* Build the index for the tokens made (lede__tokenize calls it). */
void lede__tok_index(lede_article *a);

/* The first token starting at or after pos (a->tokens.n if none). */
static inline size_t lede__tok_at(const lede_article *a, size_t pos) {
  const lede__token *v = a->tokens.v;
  if (pos < a->tok_at_lim) {
    /* tokens before block b's first start before pos, and a few start
     * in a block: walked from there, not halved (the last token, which
     * starts at or after pos, ends the walk) */
    const int sh = LEDE__TOK_BASE_SHIFT - LEDE__TOK_IDX_SHIFT;
    size_t b = pos >> LEDE__TOK_IDX_SHIFT, lo = a->tok_base[b >> sh] + a->tok_idx[b];
    while (v[lo].start < pos) lo++;
    return lo;
  }
  size_t lo = 0, hi = a->tokens.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Bits set in m. Without the popcnt instruction the compiler calls a
 * library function; the same arithmetic inline costs less than the
 * call. */
static inline unsigned lede__popcount64(uint64_t m) {
#ifdef __POPCNT__
  return (unsigned)__builtin_popcountll(m);
#else
  m -= (m >> 1) & UINT64_C(0x5555555555555555);
  m = (m & UINT64_C(0x3333333333333333)) + ((m >> 2) & UINT64_C(0x3333333333333333));
  m = (m + (m >> 4)) & UINT64_C(0x0F0F0F0F0F0F0F0F);
  return (unsigned)((m * UINT64_C(0x0101010101010101)) >> 56);
#endif
}

size_t lede__tok_sent_slow(const lede_article *a, size_t i);
/* The sentence of token i (< a->tokens.n): the openings up to i counted
 * by the popcnt instruction where a->tok_sent_popcnt (lede__tok_index
 * sets it where the processor has it, as lede__hw tells), else by
 * lede__popcount64, or by lede__tok_sent_slow's search. */
static inline size_t lede__tok_sent(const lede_article *a, size_t i) {
  /* (the bits of tokens up to i, shifted to the top) */
#if LEDE__HW && defined(__x86_64__) && !defined(__POPCNT__)
  if (a->tok_sent_popcnt) {
    uint64_t m = a->tok_sbits[i >> 6] << (~i & 63), c;
    __asm__("popcntq %1, %0" : "=r"(c) : "rm"(m) : "cc");
    return a->tok_sbase[i >> 6] + (size_t)c - 1;
  }
#endif
  if (a->tok_sent_slow) return lede__tok_sent_slow(a, i);
  uint64_t m = a->tok_sbits[i >> 6] << (~i & 63);
  return a->tok_sbase[i >> 6] + (size_t)lede__popcount64(m) - 1;
}

/* Does token i (< a->tokens.n) open a sentence? For i > 0, whether
 * lede__tok_sent of i - 1 and of i differ: one bit, no counting (an empty
 * sentence opens where the next one does, which sets the bit). */
static inline int lede__tok_opens(const lede_article *a, size_t i) {
  return (int)(a->tok_sbits[i >> 6] >> (i & 63) & 1);
}

/* Start and stop remembering each token's word-hash entry (in a->memo,
 * begun once tokens are made and ended when the parse is done); without,
 * lede__tok_word looks it up each time. Tokens past a->tokens.n (which
 * entities adds) are looked up each time. A text of more than
 * LEDE__TOK_WORD_SLOTS tokens remembers them in that many slots (6 bytes
 * each), the last token to use a slot keeping it. */
#define LEDE__TOK_WORD_SLOTS ((size_t)1 << 18)
void lede__tok_words_begin(lede_article *a);
/* The same with at most slots slots (a power of two); for tests. */
void lede__tok_words_begin_n(lede_article *a, size_t slots);
void lede__tok_words_end(lede_article *a);

/* What the memo keeps for w (an entry, or NULL for none): its index + 2,
 * 1 for none; 0 for an entry past what 16 bits hold (never kept, looked
 * up each time). */
static inline uint16_t lede__tok_word_code(const lede__word *w) {
  size_t k = w ? (size_t)(w - lede__words) + 2 : 1;
  return k <= UINT16_MAX ? (uint16_t)k : 0;
}

/* The entry (or NULL) of a kept value v > 0 of the memo. */
static inline const lede__word *lede__tok_word_of(uint16_t v) {
  return v == 1 ? NULL : &lede__words[v - 2];
}

/* lede__tok_word_memo and lede__tok_word_put of a token with no slot of
 * its own: slots shared (tok_word_tag), no memo, or past tokens.n. */
uint16_t lede__tok_word_memo_shared(const lede_article *a, size_t i);
void lede__tok_word_put_shared(const lede_article *a, size_t i, uint16_t k);

/* Token i's remembered entry + 2 (1 for none), or 0 if not remembered. */
static inline uint16_t lede__tok_word_memo(const lede_article *a, size_t i) {
  if (i < a->tok_word_n) return a->tok_word[i];
  return lede__tok_word_memo_shared(a, i);
}

/* Remember w (an entry, or NULL for none) as token i's word, as
 * lede__tok_word_slow does once it has looked it up; for a stage that
 * found it another way. (A token's slot holds its word's value or 0, so
 * 0, for an entry past 16 bits, is written as it is.) */
static inline void lede__tok_word_put(const lede_article *a, size_t i,
                                      const lede__word *w) {
  uint16_t k = lede__tok_word_code(w);
  if (i < a->tok_word_n) a->tok_word[i] = k;
  else lede__tok_word_put_shared(a, i, k);
}

const lede__word *lede__tok_word_slow(const lede_article *a, size_t i);
/* The word-hash entry of token i's text (ASCII case folded), or NULL. */
static inline const lede__word *lede__tok_word(const lede_article *a,
                                               size_t i) {
  uint16_t v = lede__tok_word_memo(a, i);
  if (v) return lede__tok_word_of(v);
  return lede__tok_word_slow(a, i);
}

/* lede__word_find(s, n), given h = lede__word_hash(s, n, 1) (wordhash.h):
 * for a word whose hash is known. */
const lede__word *lede__word_find_h(const char *s, size_t n, uint32_t h);

/* Is w (from lede__word_find or lede__tok_word) in list lx? */
static inline int lede__word_has(const lede__word *w, const lede__lexicon *lx) {
  if (!lx->id) return lede__word_in(w, lx);
  return lede__word_has_id(w, lx->id);
}

/* Is token i's word in list lx? The same as lede__lex_has on its text. */
int lede__tok_in(const lede_article *a, size_t i, const lede__lexicon *lx);

/* The same for the list whose id is id (lede__lexid_NAME), inline: most
 * words are told by the lengths of the list's entries by first byte, a
 * constant table; a remembered word then answers with one bit. */
static inline int lede__tok_in_id(const lede_article *a, size_t i, unsigned id) {
  const lede__token *t = &a->tokens.v[i];
  if (!lede__lex_maybe_id1(id, a->text + t->start, t->len)) return 0;
  uint16_t v = lede__tok_word_memo(a, i);
  const lede__word *w = v ? lede__tok_word_of(v) : lede__tok_word_slow(a, i);
  return lede__word_has_id(w, id);
}

#endif
