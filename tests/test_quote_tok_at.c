/* The quotes stage's S_tok_at walks a 32-byte block of the token index
 * where lede__tok_at halves it: the two must give the same token at every
 * offset (white-box: core/quotes_internal.h). */
#include "helpers.h"
#include "quotes_internal.h"

/* S_tok_at and lede__tok_at agree at every offset of a's text and past
 * its end. */
static void t_agree(const lede_article *a, const char *what) {
  for (size_t pos = 0; pos <= a->len + 80; pos++)
    cr_assert_eq(S_tok_at(a, pos), lede__tok_at(a, pos),
                 "%s: offset %zu of %zu", what, pos, a->len);
}

Test(quote_tok_at, short_texts) {
  const char *texts[] = {
      "", " ", "Lee said it rained.", "Lee said it rained.   \n\n   ",
      "“It rained,” Lee said.\n\nAnn Lee, a spokeswoman, said so.",
      "a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7 8",
  };
  for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
    lede_article *a = t_parse(texts[k]);
    t_agree(a, texts[k]);
    lede_article_free(a);
  }
}

Test(quote_tok_at, articles) {
  const char *files[] = {"tests/articles/ap-storm.txt",
                         "tests/articles/crlf-staff.txt",
                         "tests/articles/lemonde-fr.txt",
                         "examples/articles/bajwa-bahrain-2021-03-10.txt"};
  for (size_t k = 0; k < sizeof files / sizeof *files; k++) {
    lede_article *a = t_parse_file(files[k]);
    t_agree(a, files[k]);
    lede_article_free(a);
  }
}

/* A long text (many 2048-byte bases) of words of every length, long runs
 * of blanks (empty blocks) and words longer than a block. */
Test(quote_tok_at, long_text) {
  size_t cap = 40000, n = 0;
  char *s = malloc(cap + 1);
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
  t_agree(a, "long text");
  lede_article_free(a);
  free(s);
}
