/* The token layer's index and word memo (tokens.h). */
#include "tokens.h"

void lede__tok_index(lede_article *a) {
  const int sh = LEDE__TOK_BASE_SHIFT - LEDE__TOK_IDX_SHIFT;
  size_t nb = (a->len >> LEDE__TOK_IDX_SHIFT) + 2;
  uint16_t *idx = lede__alloc(&a->arena, lede__mul(&a->arena, nb, sizeof *idx));
  uint32_t *base = lede__alloc(&a->arena, lede__mul(&a->arena, (nb >> sh) + 1,
                                                    sizeof *base));
  /* block b's first token: the first starting at or after b << shift; at
   * most 2048 tokens start between it and its base's, as each takes a
   * byte at least */
  const lede__token *v = a->tokens.v;
  size_t n = a->tokens.n, t = 0;
  const size_t low = ((size_t)1 << sh) - 1;
  /* a block holds a few tokens: passed over four at a time, then two
   * and one (fewer than four are left before at) */
  for (size_t b = 0; b < nb; b++) {
    size_t at = b << LEDE__TOK_IDX_SHIFT;
    while (n - t >= 4 && v[t + 3].start < at) t += 4;
    if (n - t >= 2 && v[t + 1].start < at) t += 2;
    if (t < n && v[t].start < at) t++;
    if (!(b & low)) base[b >> sh] = (uint32_t)t;
    idx[b] = (uint16_t)(t - base[b >> sh]);
  }
  a->tok_idx = idx;
  a->tok_base = base;
  a->ntok_idx = nb;
  /* (an offset at or before the last token's start is below len: its
   * block and the next are indexed) */
  a->tok_at_lim = n ? (size_t)v[n - 1].start + 1 : 0;
  /* The sentence openings, counted per 64 tokens. */
  size_t nw = (a->tokens.n >> 6) + 1;
  uint64_t *bits = lede__calloc(&a->arena, lede__mul(&a->arena, nw, sizeof *bits));
  uint32_t *sbase = lede__alloc(&a->arena, lede__mul(&a->arena, nw, sizeof *sbase));
  a->tok_sent_slow = 0;
  for (size_t s = 0; s < a->sents.n; s++) {
    size_t t0 = a->sent_tok.v[s];
    if (t0 == a->sent_tok.v[s + 1]) a->tok_sent_slow = 1;
    else bits[t0 >> 6] |= UINT64_C(1) << (t0 & 63);
  }
  size_t opened = 0;
  for (size_t w = 0; w < nw; w++) {
    sbase[w] = (uint32_t)opened;
    opened += lede__popcount64(bits[w]);
  }
  a->tok_sbits = bits;
  a->tok_sbase = sbase;
  a->tok_sent_popcnt = !a->tok_sent_slow && lede__hw();
}

/* The last sentence whose first token is at or before token i. */
size_t lede__tok_sent_slow(const lede_article *a, size_t i) {
  size_t lo = 0, hi = a->sents.n;
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (a->sent_tok.v[mid] <= i) lo = mid;
    else hi = mid;
  }
  return lo;
}

void lede__tok_words_begin_n(lede_article *a, size_t slots) {
  lede__tok_words_end(a);
  lede__arena *ar = &a->memo;
  size_t n = a->tokens.n + 1, tag = 0;
  a->tok_word_mask = SIZE_MAX;
  if (n > slots) {
    n = slots;
    a->tok_word_mask = slots - 1;
    tag = n * sizeof *a->tok_word_tag;
  }
  /* one chunk for both */
  ar->first = 64 + tag + lede__mul(ar, n, sizeof *a->tok_word);
  if (tag) a->tok_word_tag = lede__alloc(ar, tag);
  a->tok_word = lede__calloc(ar, n * sizeof *a->tok_word);
  a->tok_word_n = a->tok_word && !tag ? a->tokens.n : 0;
}

void lede__tok_words_end(lede_article *a) {
  a->tok_word = NULL;
  a->tok_word_tag = NULL;
  a->tok_word_n = 0;
  a->q_want = NULL;
  lede__arena_free(&a->memo);
}

void lede__tok_words_begin(lede_article *a) {
  lede__tok_words_begin_n(a, LEDE__TOK_WORD_SLOTS);
}

uint16_t lede__tok_word_memo_shared(const lede_article *a, size_t i) {
  if (!a->tok_word || i >= a->tokens.n) return 0;
  size_t k = i & a->tok_word_mask;
  return !a->tok_word_tag || a->tok_word_tag[k] == (uint32_t)i ? a->tok_word[k] : 0;
}

void lede__tok_word_put_shared(const lede_article *a, size_t i, uint16_t k) {
  if (a->tok_word && k && i < a->tokens.n) {
    size_t s = i & a->tok_word_mask;
    a->tok_word[s] = k;
    if (a->tok_word_tag) a->tok_word_tag[s] = (uint32_t)i;
  }
}

const lede__word *lede__tok_word_slow(const lede_article *a, size_t i) {
  const lede__token *t = &a->tokens.v[i];
  const lede__word *w = lede__word_find(a->text + t->start, t->len);
  lede__tok_word_put(a, i, w);
  return w;
}

int lede__tok_in(const lede_article *a, size_t i, const lede__lexicon *lx) {
  /* Most words are answered by the list's lengths by first byte, looked
   * up or not: asked first. */
  const lede__token *t = &a->tokens.v[i];
  if (!lede__lex_maybe(lx, a->text + t->start, t->len)) return 0;
  return lede__word_has(lede__tok_word(a, i), lx);
}
