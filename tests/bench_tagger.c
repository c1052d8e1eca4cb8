/* make bench: the name tagger alone, in tokens per second of CPU time.
 *   bench_tagger FILE...
 * Each article is parsed once, keeping the tokens the tagger read; then
 * only lede__tag runs, over and over, on one core. */
#include <malloc.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"
#include "tagger.h"

static void *S_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  (void)ud;
  (void)osize;
  if (nsize == 0) {
    free(ptr);
    return NULL;
  }
  return realloc(ptr, nsize);
}

static double S_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *S_read(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)n + 1);
  if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
    free(b);
    b = NULL;
  }
  fclose(f);
  *len = (size_t)n;
  return b;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s ARTICLE...\n", argv[0]);
    return 2;
  }
#if defined(M_TRIM_THRESHOLD)
  /* Each call's arena is freed and the next one allocated again: as in
   * `lede json`, the heap is kept, or the kernel's trimming and faulting
   * the pages in again (a brk call each time) is what gets measured. */
  mallopt(M_TRIM_THRESHOLD, 32 << 20);
#endif
  int n = argc - 1;
  lede_article **arts = calloc((size_t)n, sizeof *arts);
  size_t tokens = 0;
  for (int i = 0; i < n; i++) {
    size_t len;
    char *text = S_read(argv[i + 1], &len);
    if (!text || lede__parse_keep_ttok(text, len, &arts[i]) != LEDE_OK) {
      perror(argv[i + 1]);
      return 1;
    }
    free(text);
    tokens += arts[i]->ttok->n;
  }
  if (!tokens) return 1;
  size_t done = 0;
  jmp_buf jb;
  if (setjmp(jb)) return 1; /* out of memory */
  double t0 = S_now();
  while (done < (size_t)10 << 20) {
    for (int i = 0; i < n; i++) {
      lede_article *a = arts[i];
      /* A fresh arena a call, as a parse gives the tagger. */
      lede__arena ar;
      memset(&ar, 0, sizeof ar);
      ar.alloc = S_alloc;
      ar.oom = &jb;
      unsigned char *tags = lede__alloc(&ar, a->ttok->n + 1);
      lede__tag(&ar, a->text, a->ttok, tags);
      lede__arena_free(&ar);
      done += a->ttok->n;
    }
  }
  double dt = S_now() - t0;
  printf("tagger:     %6.2f M tokens/s  (%zu tokens in %d articles, %.2f s)\n",
         (double)done / 1e6 / dt, tokens, n, dt);
  for (int i = 0; i < n; i++) lede_article_free(arts[i]);
  free(arts);
  return 0;
}
