/* make bench: web pages.  bench_html PAGE.html[.gz]...  prints the speed
 * of reading pages (Gumbo's parse, metadata and body extraction) in MB of
 * HTML per second of CPU time on one core, and of the whole analysis of
 * the extracted text on top. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#include "lede.h"
#include "readgz.h"

static double S_cpu(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Seconds of CPU per pass over all pages, the best of a few passes. */
static double S_time(char **pages, size_t *lens, int n, int extract_only) {
  lede_options o = {0};
  o.extract_only = extract_only;
  double best = 1e30;
  for (int rep = 0; rep < 5; rep++) {
    double t0 = S_cpu();
    for (int i = 0; i < n; i++) {
      lede_article *a;
      if (lede_parse_html(pages[i], lens[i], &o, &a) != LEDE_OK) {
        fprintf(stderr, "bench_html: page %d failed\n", i);
        exit(1);
      }
      lede_article_free(a);
    }
    double t = S_cpu() - t0;
    if (t < best) best = t;
  }
  return best;
}

int main(int argc, char **argv) {
  int n = argc - 1;
  if (n < 1) {
    fprintf(stderr, "usage: bench_html PAGE.html[.gz]...\n");
    return 2;
  }
  char **pages = calloc((size_t)n, sizeof *pages);
  size_t *lens = calloc((size_t)n, sizeof *lens), total = 0;
  for (int i = 0; i < n; i++) {
    pages[i] = S_read_gz(argv[i + 1], &lens[i]);
    if (!pages[i]) {
      perror(argv[i + 1]);
      return 1;
    }
    total += lens[i];
  }
  double te = S_time(pages, lens, n, 1), tf = S_time(pages, lens, n, 0);
  printf("HTML pages (%d, %.1f MB): reading %.1f MB/s of HTML; with the "
         "analysis %.1f MB/s\n",
         n, (double)total / 1e6, (double)total / 1e6 / te,
         (double)total / 1e6 / tf);
  for (int i = 0; i < n; i++) free(pages[i]);
  free(pages);
  free(lens);
  return 0;
}
