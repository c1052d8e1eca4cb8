/* For make tsan (ThreadSanitizer, which Criterion's runner does not
 * survive): threads parse the articles named on the command line at once,
 * each many times, and must write the same JSON as one thread did. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lede.h"
#include "outbuf.h"

#define NTHREADS 6
#define ROUNDS 5


static int nfiles;
static char **texts;
static size_t *lens;
static S_buf *want;

static int S_json(int i, S_buf *out) {
  lede_options o = {0};
  o.published = "2021-03-10";
  lede_article *a;
  if (lede_parse(texts[i], lens[i], &o, &a) != LEDE_OK) return 0;
  int ok = !lede_check(a) && lede_article_json(a, NULL, S_write, out) == LEDE_OK;
  lede_article_free(a);
  return ok;
}

static void *S_run(void *arg) {
  (void)arg;
  long bad = 0;
  for (int r = 0; r < ROUNDS; r++)
    for (int i = 0; i < nfiles; i++) {
      S_buf b = {0};
      if (!S_json(i, &b) || b.n != want[i].n || memcmp(b.p, want[i].p, b.n))
        bad++;
      free(b.p);
    }
  return (void *)bad;
}

int main(int argc, char **argv) {
  nfiles = argc - 1;
  texts = calloc((size_t)nfiles + 1, sizeof *texts);
  lens = calloc((size_t)nfiles + 1, sizeof *lens);
  want = calloc((size_t)nfiles + 1, sizeof *want);
  for (int i = 0; i < nfiles; i++) {
    FILE *f = fopen(argv[i + 1], "rb");
    if (!f) return 2;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    texts[i] = malloc((size_t)n + 1);
    lens[i] = fread(texts[i], 1, (size_t)n, f);
    fclose(f);
    if (!S_json(i, &want[i])) return 1;
  }
  pthread_t th[NTHREADS];
  for (int t = 0; t < NTHREADS; t++) pthread_create(&th[t], NULL, S_run, NULL);
  long bad = 0;
  for (int t = 0; t < NTHREADS; t++) {
    void *r;
    pthread_join(th[t], &r);
    bad += (long)r;
  }
  printf("threads: %d threads x %d rounds x %d articles, %ld differences\n",
         NTHREADS, ROUNDS, nfiles, bad);
  for (int i = 0; i < nfiles; i++) {
    free(texts[i]);
    free(want[i].p);
  }
  free(texts);
  free(lens);
  free(want);
  return bad ? 1 : 0;
}
