/* A growing byte buffer for lede's writer callbacks (lede_write_fn):
 * S_write appends, returning 1 when memory runs out. Test programs only. */
#ifndef LEDE_TEST_OUTBUF_H
#define LEDE_TEST_OUTBUF_H
#include <stdlib.h>
#include <string.h>

typedef struct {
  char *p;
  size_t n, cap;
} S_buf;

static int S_write(void *ud, const char *s, size_t n) {
  S_buf *b = ud;
  if (b->n + n > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + n) cap *= 2;
    char *np = realloc(b->p, cap);
    if (!np) return 1;
    b->p = np;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
  return 0;
}
#endif
