/* Embedding lede: read a file, print its layout and sentences.
 *   cc embed.c $(pkg-config --cflags --libs lede) -o embed
 *   ./embed article.txt */
#include <stdio.h>
#include <stdlib.h>

#include <lede.h>

static void print_span(const char *text, lede_span s) {
  printf("%.*s", (int)(s.end - s.start), text + s.start);
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s ARTICLE.txt\n", argv[0]);
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    perror(argv[1]);
    return 1;
  }
  size_t cap = 1 << 16, len = 0, n;
  char *buf = malloc(cap);
  while (buf && (n = fread(buf + len, 1, cap - len, f)) > 0) {
    len += n;
    if (len == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  if (!buf) return 1;

  lede_article *a;
  lede_status st = lede_parse(buf, len, NULL, &a);
  free(buf); /* the article keeps its own copy */
  if (st != LEDE_OK) {
    fprintf(stderr, "lede: %s\n", lede_strerror(st));
    return 1;
  }
  const char *text = lede_text(a, NULL);
  lede_span s;
  if (lede_field_span(a, LEDE_FIELD_TITLE, &s)) {
    printf("title: ");
    print_span(text, s);
    printf("\n");
  }
  printf("published: %s\n", lede_published(a) ? lede_published(a) : "-");
  for (size_t i = 0; i < lede_block_count(a); i++) {
    size_t first, ns = lede_block_sentences(a, i, &first);
    printf("[%s] ", lede_part_name(lede_block_part(a, i)));
    print_span(text, lede_block_span(a, i));
    printf("\n");
    for (size_t j = first; j < first + ns; j++) {
      printf("    - ");
      print_span(text, lede_sentence_span(a, j));
      printf("\n");
    }
  }
  lede_article_free(a);
  return 0;
}
