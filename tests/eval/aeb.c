/* Article bodies of web pages, for the article-extraction benchmark's
 * scorer: aeb PRED.json PAGE.html[.gz]...  writes {id: {"articleBody":
 * text}}, where id is the file name without .html[.gz], and the body is
 * lede's paragraphs, subheadings and the dateline opening the story, a
 * blank line between. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "lede.h"
#include "../readgz.h"

static int S_write(void *ud, const char *buf, size_t len) {
  return fwrite(buf, 1, len, ud) == len ? 0 : 1;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: aeb PRED.json PAGE.html[.gz]...\n");
    return 2;
  }
  FILE *out = fopen(argv[1], "w");
  if (!out) {
    perror(argv[1]);
    return 1;
  }
  fputs("{", out);
  for (int i = 2; i < argc; i++) {
    size_t n;
    char *html = S_read_gz(argv[i], &n);
    if (!html) {
      perror(argv[i]);
      return 1;
    }
    lede_article *a;
    lede_status st = lede_parse_html(html, n, NULL, &a);
    free(html);
    if (st != LEDE_OK) {
      fprintf(stderr, "%s: %s\n", argv[i], lede_strerror(st));
      continue;
    }
    const char *base = strrchr(argv[i], '/');
    base = base ? base + 1 : argv[i];
    size_t idn = strcspn(base, ".");
    if (i > 2) fputs(",\n", out);
    lede_json_string(base, idn, S_write, out);
    fputs(": {\"articleBody\": ", out);
    /* Paragraphs, subheadings and the dateline; the headline and captions
     * are not the body the benchmark marks. */
    size_t tl, bn = 0;
    const char *t = lede_text(a, &tl);
    char *body = malloc(tl + 1);
    for (size_t b = 0; body && b < lede_block_count(a); b++) {
      lede_part p = lede_block_part(a, b);
      if (p != LEDE_PART_BODY && p != LEDE_PART_HEADING &&
          p != LEDE_PART_DATELINE)
        continue;
      lede_span s = lede_block_span(a, b);
      if (bn) {
        body[bn++] = '\n';
        body[bn++] = '\n';
      }
      memcpy(body + bn, t + s.start, s.end - s.start);
      bn += s.end - s.start;
    }
    lede_json_string(body ? body : "", bn, S_write, out);
    free(body);
    fputs("}", out);
    lede_article_free(a);
  }
  fputs("}\n", out);
  return fclose(out) ? 1 : 0;
}
