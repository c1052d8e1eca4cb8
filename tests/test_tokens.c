/* The token layer's look-ups (white-box: core/tokens.h): the token at a
 * byte offset and a token's word lists give what a plain search and the
 * word list itself give. */
#include "helpers.h"
#include "tokens.h"

static const char S_text[] =
    "WASHINGTON (Reuters) - The Senate said on Tuesday it would vote on the "
    "budget, officials said.\n\n"
    "\"We will not wait,\" Senator Jane Ortiz told reporters. She added: "
    "\"Nobody wants a shutdown.\"\n\n"
    "The Treasury SAID the U.S. deficit widened in March; Ortiz's aides "
    "declined to comment on Monday's figures.\n";

/* lede__tok_at at every offset of a's text and past its end, against
 * the first token starting at or after it found by walking every token
 * (a cursor, as the offsets grow). */
static void S_check_tok_at(const lede_article *a) {
  cr_assert(a->tokens.n > 0);
  size_t i = 0;
  for (size_t pos = 0; pos <= a->len + 300; pos++) {
    while (i < a->tokens.n && a->tokens.v[i].start < pos) i++;
    cr_assert_eq(lede__tok_at(a, pos), i, "at byte %zu", pos);
  }
}

Test(tokens, token_at_every_offset) {
  lede_article *a = t_parse(S_text);
  S_check_tok_at(a);
  lede_article_free(a);
}

static void S_check_tok_sent(lede_article *a);

/* Many index blocks, some with no token starting in them. */
Test(tokens, token_at_in_long_text_with_gaps) {
  size_t n = 0, cap = 20000;
  char *s = malloc(cap);
  cr_assert_not_null(s);
  for (int k = 0; n + 400 < cap; k++) {
    n += (size_t)sprintf(s + n, "Officials said item %d was late. ", k);
    if (k % 7 == 0) {
      memset(s + n, ' ', 300); /* a run of spaces over two blocks */
      n += 300;
    }
  }
  s[n] = '\0';
  lede_article *a = t_parse(s);
  S_check_tok_at(a);
  S_check_tok_sent(a);
  lede_article_free(a);
  free(s);
}

Test(tokens, token_at_in_articles) {
  const char *files[] = {"tests/articles/ap-storm.txt", "tests/articles/crlf-staff.txt",
                         "tests/articles/lemonde-fr.txt",
                         "examples/articles/bajwa-bahrain-2021-03-10.txt"};
  for (size_t k = 0; k < sizeof files / sizeof *files; k++) {
    lede_article *a = t_parse_file(files[k]);
    S_check_tok_at(a);
    lede_article_free(a);
  }
}

/* Words of every length, some longer than a block, and long runs of
 * blanks (blocks with no token start). */
Test(tokens, token_at_with_words_longer_than_a_block) {
  size_t cap = 40000, n = 0;
  char *s = malloc(cap + 1);
  cr_assert_not_null(s);
  unsigned seed = 7;
  while (n + 200 < cap) {
    seed = seed * 1103515245u + 12345u;
    unsigned r = seed >> 16;
    size_t w = r % 9 == 0 ? 40 + r % 30 : 1 + r % 12;
    for (size_t k = 0; k < w; k++) s[n++] = (char)('a' + (r + k) % 26);
    if (r % 5 == 0) s[n++] = r % 2 ? ',' : '.';
    size_t blanks = r % 17 == 0 ? 70 : 1;
    for (size_t k = 0; k < blanks; k++) s[n++] = r % 23 == 0 ? '\n' : ' ';
  }
  s[n] = 0;
  lede_article *a = t_parse(s);
  cr_assert(a->len > 8 * 2048);
  S_check_tok_at(a);
  lede_article_free(a);
  free(s);
}

/* Is s[0..n) an entry of lx, by comparing with each entry? */
static int S_listed(const lede__lexicon *lx, const char *s, size_t n) {
  for (size_t k = 0; k < lx->n; k++) {
    const char *w = lx->words[k];
    size_t i = 0;
    while (i < n && w[i] && (s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]) == w[i])
      i++;
    if (i == n && !w[n] && n) return 1;
  }
  return 0;
}

static const lede__lexicon *const S_lists[] = {
    &lede__lex_titles, &lede__lex_weekdays, &lede__lex_quote_pronouns,
    &lede__lex_roles, &lede__lex_date_tz};

/* The token whose text is w (the first), or fail. */
static size_t S_find(const lede_article *a, const char *w) {
  for (size_t i = 0; i < a->tokens.n; i++) {
    const lede__token *t = &a->tokens.v[i];
    if (t->len == strlen(w) && !memcmp(a->text + t->start, w, strlen(w)))
      return i;
  }
  cr_assert_fail("no token %s", w);
  return 0;
}

/* Each token's sentence is the one whose span holds it, by counting
 * with the popcnt instruction (where the processor has it) and without,
 * and by the search used when a sentence has no token. */
static void S_check_tok_sent(lede_article *a) {
  for (int slow = -1; slow < 2; slow++) {
    int was = a->tok_sent_slow, hw = a->tok_sent_popcnt;
    if (slow < 0 && (!lede__hw() || was)) continue;
    a->tok_sent_popcnt = slow < 0;
    if (slow > 0) a->tok_sent_slow = 1;
    size_t si = 0;
    for (size_t i = 0; i < a->tokens.n; i++) {
      const lede__token *t = &a->tokens.v[i];
      while (si < a->sents.n && a->sents.v[si].span.end <= t->start) si++;
      cr_assert(si < a->sents.n);
      cr_assert_eq(lede__tok_sent(a, i), si, "token %zu (slow %d)", i, slow);
      int opens = i == 0 || lede__tok_sent(a, i) != lede__tok_sent(a, i - 1);
      cr_assert_eq(lede__tok_opens(a, i), opens, "token %zu (slow %d)", i, slow);
    }
    a->tok_sent_slow = was;
    a->tok_sent_popcnt = hw;
  }
}

Test(tokens, sentence_of_every_token) {
  lede_article *a = t_parse(S_text);
  cr_assert_eq(a->sents.n, 4);
  S_check_tok_sent(a);
  /* read as a person would: "She" opens the third sentence, "told"
   * after "Senator Jane Ortiz" is in the second, "Monday" in the last */
  cr_assert_eq(lede__tok_sent(a, S_find(a, "She")), 2);
  cr_assert_eq(lede__tok_sent(a, S_find(a, "Ortiz") + 1), 1);
  cr_assert_eq(lede__tok_sent(a, S_find(a, "Monday")), 3);
  lede_article_free(a);
}

/* Sentences of one to nine words, so that sentences open at every
 * place in the 64 tokens whose openings are counted together, and a
 * sentence runs across their ends. */
Test(tokens, sentence_of_every_token_in_a_long_text) {
  static const char *const words[] = {"Rain", "fell", "on", "the", "old", "town", "all",
                                      "week", "long"};
  char buf[32768];
  size_t n = 0;
  for (int s = 0; s < 300; s++) {
    int len = 1 + (s * 7) % 9;
    for (int w = 0; w < len; w++)
      n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", w ? " " : "", words[w]);
    n += (size_t)snprintf(buf + n, sizeof buf - n, ". ");
  }
  cr_assert(n < sizeof buf);
  lede_article *a = t_parse(buf);
  cr_assert(a->tokens.n > 4 * 64);
  cr_assert(a->sents.n > 100);
  S_check_tok_sent(a);
  lede_article_free(a);
}

/* Token i's lists, remembered or not, are those of its text. */
Test(tokens, word_lists_match_the_lists) {
  lede_article *a = t_parse(S_text);
  size_t nl = sizeof S_lists / sizeof *S_lists;
  /* without a memo, with one slot a token, and with 8 slots shared */
  /* the parse is done: its memo is given back */
  cr_assert_null(a->tok_word);
  for (int memo = 0; memo < 3; memo++) {
    if (memo == 1) lede__tok_words_begin(a);
    if (memo == 2) {
      cr_assert(a->tokens.n > 8);
      lede__tok_words_begin_n(a, 8);
      cr_assert_not_null(a->tok_word_tag);
    }
    for (int pass = 0; pass < 2; pass++)
      for (size_t i = 0; i < a->tokens.n; i++)
        for (size_t l = 0; l < nl; l++) {
          const lede__token *t = &a->tokens.v[i];
          cr_assert_eq(lede__tok_in(a, i, S_lists[l]),
                       S_listed(S_lists[l], a->text + t->start, t->len),
                       "token %zu, list %zu", i, l);
        }
    /* read as a person would */
    cr_assert(lede__tok_in(a, S_find(a, "Tuesday"), &lede__lex_weekdays));
    cr_assert(lede__tok_in(a, S_find(a, "Monday"), &lede__lex_weekdays));
    cr_assert(lede__tok_in(a, S_find(a, "Senator"), &lede__lex_titles));
    cr_assert(lede__tok_in(a, S_find(a, "She"), &lede__lex_quote_pronouns));
    cr_assert(!lede__tok_in(a, S_find(a, "budget"), &lede__lex_weekdays));
    cr_assert(!lede__tok_in(a, S_find(a, "Ortiz"), &lede__lex_titles));
  }
  lede__tok_words_end(a);
  lede_article_free(a);
}

/* The entities stage looks up each distinct word it reads (the
 * capitalized ones) once and leaves its entry with every token of the
 * word, for the stages after; what is remembered is the token's entry. */
Test(tokens, entities_leave_word_entries) {
  lede_article *a = t_parse(S_text);
  /* the stage again, on the tokens the parse kept, with a memo */
  a->ents.n = a->ments.n = a->ent_ments.n = a->ent_aliases.n = 0;
  a->ent_refs.n = 0;
  lede__tok_words_begin(a);
  lede__entities(a);
  size_t caps = 0;
  for (size_t i = 0; i < a->tokens.n; i++) {
    const lede__token *t = &a->tokens.v[i];
    const char *s = a->text + t->start;
    uint16_t v = lede__tok_word_memo(a, i);
    const lede__word *w = lede__word_find(s, t->len);
    if (v) cr_assert_eq(lede__tok_word_of(v), w, "token %zu", i);
    int ascii = 1;
    for (size_t k = 0; k < t->len; k++) ascii &= (unsigned char)s[k] < 0x80;
    if (!(t->flags & LEDE__T_CAP) || !ascii || (t->len >= 3 && s[1] == '.'))
      continue;
    caps++;
    cr_assert_neq(v, 0, "token %zu (%.*s)", i, (int)t->len, s);
  }
  cr_assert_gt(caps, 10);
  lede__tok_words_end(a);
  lede_article_free(a);
}

/* lede__date_fill lowers an ASCII word by setting bit 0x20 of each byte:
 * that holds while a word token's ASCII bytes are capitals or bytes with
 * the bit set (a-z, digits, ' - . & , : /). Every ASCII byte but NUL
 * (controls too) between letters, between digits and at either end of a
 * word. */
Test(tokens, word_bytes_lower_by_bit_0x20) {
  char s[128 * 40];
  size_t n = 0;
  for (int b = 0x01; b < 0x80; b++)
    n += (size_t)sprintf(s + n, "Ab%cCd 12%c34 %cEf Gh%c X%c9 7%cY.\n", b, b, b, b, b, b);
  s[n] = '\0';
  lede_article *a = t_parse(s);
  cr_assert(a->tokens.n > 0);
  for (size_t i = 0; i < a->tokens.n; i++) {
    const lede__token *t = &a->tokens.v[i];
    if (t->flags & LEDE__T_PUNCT) continue;
    for (size_t k = t->start; k < lede__tend(t); k++) {
      unsigned char c = (unsigned char)a->text[k];
      cr_assert(c >= 0x80 || (c | 0x20) == lede__lower[c], "byte %02x in token %zu", c, i);
    }
  }
  lede_article_free(a);
}

/* lede__tokenize_span (most words cut by the masks, with SSE2) and
 * lede__tokenize_span_bytes (every word byte by byte) give the same
 * tokens of t[i, j). */
static void S_same_tokens(lede_article *a, size_t i, size_t j) {
  size_t cap = j - i + 1;
  lede__token *x = malloc(cap * sizeof *x), *y = malloc(cap * sizeof *y);
  cr_assert(x && y);
  lede_span sp = {i, j};
  size_t n = lede__tokenize_span(a, sp, x), m = lede__tokenize_span_bytes(a, sp, y);
  cr_assert_eq(n, m, "[%zu, %zu): %zu tokens, %zu byte by byte", i, j, n, m);
  for (size_t k = 0; k < n; k++)
    cr_assert(x[k].start == y[k].start && x[k].len == y[k].len &&
                  x[k].flags == y[k].flags,
              "[%zu, %zu) token %zu: %u+%u/%u, byte by byte %u+%u/%u", i, j, k,
              x[k].start, (unsigned)x[k].len, (unsigned)x[k].flags, y[k].start,
              (unsigned)y[k].len, (unsigned)y[k].flags);
  free(x);
  free(y);
}

/* Every sentence, the whole text and spans ending anywhere (a word cut
 * by a span's end, bytes after it that would join). */
static void S_same_tokens_all(lede_article *a, unsigned *seed) {
  for (size_t s = 0; s < a->sents.n; s++)
    S_same_tokens(a, a->sents.v[s].span.start, a->sents.v[s].span.end);
  S_same_tokens(a, 0, a->len);
  for (int k = 0; k < 60 && a->len; k++) {
    size_t i = (size_t)rand_r(seed) % a->len;
    size_t j = i + (size_t)rand_r(seed) % (a->len - i + 1);
    S_same_tokens(a, i, j);
  }
}

/* Every test of masks against bytes, with the masks built for AVX2 and
 * BMI2 where the processor has them (lede__no_hw 0) and without. */
static void S_masks_as_bytes(void) {
  static const char *const piece[] = {
      "word", "Word", "WORD", "wORD", "A", "a", "x1", "12", "1,000", "3:30",
      "a/b", "7/8", "e-mail", "U.S.", "it's", "IT'S", "Bahrain\xE2\x80\x99s",
      "caf\xC3\xA9", "\xC3\x89t\xC3\xA9", "\xE2\x80\x9C", "\xE2\x80\x9D",
      "\xE2\x80\x94", " ", " ", " ", " ", "  ", "\n", "\t", ",", ".", "!", "'",
      "\"", "-", "&", "(", ")", ":", "/", "\xE2\x80\x90", "$", "%", "Rock&Roll",
      "AT&T", "no.", "Mr.", "'s", "abcdefghijklmnopqrstuvwxyzabcdefghij",
      "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop"};
  const size_t np = sizeof piece / sizeof *piece;
  unsigned seed = 12345;
  char s[2048];
  for (int k = 0; k < 400; k++) {
    size_t n = 0, want = 64 + (size_t)rand_r(&seed) % 1500;
    while (n < want) {
      /* mostly words and single spaces, as prose */
      unsigned r = (unsigned)rand_r(&seed);
      const char *p = r % 3 == 0 ? " " : r % 3 == 1 ? piece[r / 3 % 8] : piece[r / 3 % np];
      size_t l = strlen(p);
      memcpy(s + n, p, l);
      n += l;
    }
    s[n] = '\0';
    lede_article *a = t_parse(s);
    S_same_tokens_all(a, &seed);
    lede_article_free(a);
  }
  const char *files[] = {"tests/articles/ap-storm.txt", "tests/articles/crlf-staff.txt",
                         "tests/articles/lemonde-fr.txt",
                         "examples/articles/bajwa-bahrain-2021-03-10.txt"};
  for (size_t k = 0; k < sizeof files / sizeof *files; k++) {
    lede_article *a = t_parse_file(files[k]);
    S_same_tokens_all(a, &seed);
    lede_article_free(a);
  }
}

Test(tokens, mask_words_as_bytes) {
  lede__no_hw = 0;
  S_masks_as_bytes();
  lede__no_hw = 1;
  S_masks_as_bytes();
  lede__no_hw = 0;
}

/* The sentences and tokens of text, found the way for processors with
 * AVX2 and BMI2 (where this one has them) and the other. */
static void S_same_hw(const char *what, const char *text, size_t len) {
  lede__no_hw = 0;
  lede_article *a = t_parse_opt(text, len, NULL);
  lede__no_hw = 1;
  lede_article *b = t_parse_opt(text, len, NULL);
  lede__no_hw = 0;
  cr_assert_eq(a->sents.n, b->sents.n, "%s: %zu sentences, %zu without AVX2", what, a->sents.n,
               b->sents.n);
  for (size_t i = 0; i < a->sents.n; i++)
    cr_assert(a->sents.v[i].span.start == b->sents.v[i].span.start &&
                  a->sents.v[i].span.end == b->sents.v[i].span.end,
              "%s: sentence %zu differs without AVX2", what, i);
  cr_assert_eq(a->tokens.n, b->tokens.n, "%s: %zu tokens, %zu without AVX2", what, a->tokens.n,
               b->tokens.n);
  for (size_t i = 0; i < a->tokens.n; i++)
    cr_assert(a->tokens.v[i].start == b->tokens.v[i].start &&
                  a->tokens.v[i].len == b->tokens.v[i].len &&
                  a->tokens.v[i].flags == b->tokens.v[i].flags,
              "%s: token %zu differs without AVX2", what, i);
  for (size_t i = 0; i < a->ntok_idx; i++)
    cr_assert(a->tok_idx[i] == b->tok_idx[i], "%s: index %zu differs without AVX2", what, i);
  lede_article_free(a);
  lede_article_free(b);
}

/* The splitter's stops and the tokenizer's masks, the way for processors
 * with AVX2 and BMI2 and the other: the same sentences and tokens, over
 * the test articles and texts of stops, marks and words of all kinds. */
Test(tokens, hw_as_without) {
  for (size_t i = 0; i < T_NARTICLES; i++) {
    size_t len;
    char *text = t_read(t_articles[i], &len);
    S_same_hw(t_articles[i], text, len);
    free(text);
  }
  static const char *const piece[] = {
      "word", "Word", "WORD", "A", "x1", "12", "1,000", "3:30", "U.S.", "it's", "Mr.",
      "Bahrain\xE2\x80\x99s", "caf\xC3\xA9", "\xE2\x80\x9C", "\xE2\x80\x9D", " ", " ", " ",
      "\n\n", ".", ". ", "? ", "! ", "...", "\xE2\x80\xA6", "\xE3\x80\x82", "\xEF\xBC\x81", ",",
      "\"", "(", ")", "-", "1.", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz"};
  const size_t np = sizeof piece / sizeof *piece;
  unsigned seed = 99;
  char s[4096];
  for (int k = 0; k < 200; k++) {
    size_t n = 0, want = 32 + (size_t)rand_r(&seed) % 3000;
    while (n < want) {
      unsigned r = (unsigned)rand_r(&seed);
      const char *p = r % 3 == 0 ? " " : piece[r / 3 % np];
      size_t l = strlen(p);
      memcpy(s + n, p, l);
      n += l;
    }
    s[n] = '\0';
    S_same_hw("generated text", s, n);
  }
}
