/* An allocator for lede_options.alloc that counts the bytes an article
 * holds and keeps their peak. Test and measuring programs only. */
#ifndef LEDE_TEST_PEAKALLOC_H
#define LEDE_TEST_PEAKALLOC_H
#include <stdlib.h>

typedef struct {
  size_t now, peak;
} S_peak;

static void *S_peak_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  S_peak *m = ud;
  if (nsize == 0) {
    if (ptr) m->now -= osize;
    free(ptr);
    return NULL;
  }
  void *r = realloc(ptr, nsize);
  if (r) {
    m->now += nsize - (ptr ? osize : 0);
    if (m->now > m->peak) m->peak = m->now;
  }
  return r;
}
#endif
