/* joincheck FILE...: join the inputs into one text and parse it with the
 * invariant checker. A *.jsonl file gives the "text" of each record, any
 * other file its bytes; pieces are joined with a blank line. Prints the
 * size, what was found, the parse time and the peak memory of the parse
 * (bytes held by the article at its largest); exits 1 if the parse fails
 * or an invariant is broken. Used by make eval on each data set. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "inputs.h"
#include "lede.h"

typedef struct {
  char *p;
  size_t n, cap;
} S_buf;

static void S_add(S_buf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 1 << 20;
    while (cap < b->n + n + 1) cap *= 2;
    char *np = realloc(b->p, cap);
    if (!np) {
      fprintf(stderr, "joincheck: out of memory\n");
      exit(2);
    }
    b->p = np;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
}

#include "peakalloc.h"

int main(int argc, char **argv) {
  S_buf b = {0};
  size_t pieces = 0;
  for (int i = 1; i < argc; i++) {
    const char *paths[1] = {argv[i]};
    lede_inputs *it = lede_inputs_open(paths, 1, LEDE_STDIN_AUTO);
    lede_input in;
    memset(&in, 0, sizeof in);
    while (it && lede_inputs_next(it, &in)) {
      if (in.error) {
        fprintf(stderr, "joincheck: %s\n", in.error);
        return 2;
      }
      if (pieces++) S_add(&b, "\n\n", 2);
      S_add(&b, in.text, in.len);
    }
    lede_input_clear(&in);
    lede_inputs_close(it);
  }
  S_peak m = {0, 0};
  lede_options o = {0};
  o.alloc = S_peak_alloc;
  o.alloc_ud = &m;
  lede_article *a = NULL;
  clock_t t0 = clock();
  lede_status st = lede_parse(b.p ? b.p : "", b.n, &o, &a);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  if (st != LEDE_OK) {
    printf("joincheck: %s\n", lede_strerror(st));
    return 1;
  }
  const char *bad = lede_check(a);
  size_t len;
  const char *text = lede_text(a, &len);
  if (!bad && (len != b.n || (len && memcmp(text, b.p, len))))
    bad = "text changed";
  printf("%zu pieces, %.1f MB: %zu blocks, %zu sentences, %zu entities, "
         "%zu quotes, %zu dates; parse %.2f s, peak %.1f MB (%.1fx); %s\n",
         pieces, (double)b.n / 1e6, lede_block_count(a),
         lede_sentence_count(a), lede_entity_count(a), lede_quote_count(a),
         lede_date_count(a), secs, (double)m.peak / 1e6,
         b.n ? (double)m.peak / (double)b.n : 0.0,
         bad ? bad : "invariants hold");
  lede_article_free(a);
  free(b.p);
  return bad ? 1 : 0;
}
