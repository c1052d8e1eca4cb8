/* make bench: throughput and peak memory of lede_parse.
 *   bench FILE...   (the example articles)
 * Speeds are MB per second of CPU time.
 * Two runs: every article parsed on its own, many times (the corpus case),
 * and all of them concatenated into one large input (~64 MB). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "lede.h"

/* CPU time of this process: the machine may be shared, and MB/s per
 * core is what we promise. */
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

static long S_peak_kb(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s ARTICLE...\n", argv[0]);
    return 2;
  }
  int n = argc - 1;
  char **docs = calloc((size_t)n, sizeof *docs);
  size_t *lens = calloc((size_t)n, sizeof *lens), total = 0;
  for (int i = 0; i < n; i++) {
    docs[i] = S_read(argv[i + 1], &lens[i]);
    if (!docs[i]) {
      perror(argv[i + 1]);
      return 1;
    }
    total += lens[i];
  }

  /* Many small articles. */
  size_t bytes = 0;
  double t0 = S_now();
  while (bytes < (size_t)64 << 20) {
    for (int i = 0; i < n; i++) {
      lede_article *a;
      if (lede_parse(docs[i], lens[i], NULL, &a) != LEDE_OK) return 1;
      lede_article_free(a);
      bytes += lens[i];
    }
  }
  double dt = S_now() - t0;
  printf("articles:   %6.1f MB/s  (%zu articles of %zu bytes on average, %.2f s)\n",
         (double)bytes / 1e6 / dt, bytes / (total / (size_t)n),
         total / (size_t)n, dt);
  long base_kb = S_peak_kb();

  /* One large input, ~64 MB: the articles' body paragraphs over and over
   * (whole pages would end at the first comment section). */
  size_t big_len = 0, cap = ((size_t)64 << 20) + total;
  char *big = malloc(cap);
  while (big_len + total <= cap) {
    for (int i = 0; i < n; i++) {
      lede_article *p;
      if (lede_parse(docs[i], lens[i], NULL, &p) != LEDE_OK) return 1;
      const char *text = lede_text(p, NULL);
      for (size_t k = 0; k < lede_paragraph_count(p); k++) {
        lede_span s = lede_paragraph_span(p, k);
        if (big_len + s.end - s.start + 2 > cap) break;
        memcpy(big + big_len, text + s.start, s.end - s.start);
        big_len += s.end - s.start;
        big[big_len++] = '\n';
        big[big_len++] = '\n';
      }
      lede_article_free(p);
    }
  }
  t0 = S_now();
  lede_article *a;
  if (lede_parse(big, big_len, NULL, &a) != LEDE_OK) return 1;
  dt = S_now() - t0;
  long peak_kb = S_peak_kb();
  printf("one input:  %6.1f MB/s  (%.1f MB in %.2f s, %zu sentences)\n",
         (double)big_len / 1e6 / dt, (double)big_len / 1e6, dt,
         lede_sentence_count(a));
  printf("peak memory: %.1f MB for a %.1f MB input (%.1fx; %.1f MB before)\n",
         (double)peak_kb / 1024, (double)big_len / 1e6,
         (double)(peak_kb - base_kb) * 1024 / (double)big_len,
         (double)base_kb / 1024);
  lede_article_free(a);

  /* A single paragraph with no full stop: the worst case for splitting. */
  memset(big, 'a', big_len);
  for (size_t i = 7; i < big_len; i += 8) big[i] = ' ';
  t0 = S_now();
  if (lede_parse(big, big_len, NULL, &a) != LEDE_OK) return 1;
  dt = S_now() - t0;
  printf("no stop:    %6.1f MB/s  (%.1f MB, one paragraph)\n",
         (double)big_len / 1e6 / dt, (double)big_len / 1e6);
  lede_article_free(a);
  free(big);
  for (int i = 0; i < n; i++) free(docs[i]);
  free(docs);
  free(lens);
  return 0;
}
