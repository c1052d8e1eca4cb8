/* make bench: throughput and peak memory of lede_parse on varied articles.
 *   bench CORPUS                 MB/s of lede_parse, and of lede_parse +
 *                                lede_article_json, over every article
 *   bench --parse SECS CORPUS    MB/s of lede_parse alone, for SECS
 *   bench --once CORPUS [BYTES]  parse + JSON each article once, up to
 *                                BYTES of text (a sample for callgrind)
 *   bench --peak MB CORPUS [copy]  peak memory of one MB-megabyte input
 *                                made of the articles one after another,
 *                                lent to the article (lede_options.
 *                                borrow_text), or with copy copied
 *   bench --write MB CORPUS OUT  write that input to OUT
 * CORPUS holds records "<bytes>\n<text>" (tests/bench_corpus.lua).
 * Speeds are MB per second of CPU time, one thread. */
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

typedef struct {
  char **v;
  size_t *len, n, total;
} S_corpus;

static int S_load(const char *path, S_corpus *c) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return 0;
  }
  memset(c, 0, sizeof *c);
  size_t cap = 0, n;
  while (fscanf(f, "%zu", &n) == 1 && fgetc(f) == '\n') {
    if (c->n == cap) {
      cap = cap ? 2 * cap : 1024;
      c->v = realloc(c->v, cap * sizeof *c->v);
      c->len = realloc(c->len, cap * sizeof *c->len);
      if (!c->v || !c->len) return 0;
    }
    char *b = malloc(n + 1);
    if (!b || fread(b, 1, n, f) != n) {
      fprintf(stderr, "%s: truncated record\n", path);
      return 0;
    }
    c->v[c->n] = b;
    c->len[c->n++] = n;
    c->total += n;
  }
  fclose(f);
  if (!c->n) fprintf(stderr, "%s: no articles\n", path);
  return c->n > 0;
}

static void S_unload(S_corpus *c) {
  for (size_t i = 0; i < c->n; i++) free(c->v[i]);
  free(c->v);
  free(c->len);
}

static int S_null_write(void *ud, const char *buf, size_t len) {
  (void)buf;
  *(size_t *)ud += len;
  return 0;
}

/* Parse (and, with json, write as JSON) articles from the corpus, going
 * round it until max bytes or min_secs of CPU time. */
static size_t S_run(const S_corpus *c, int json, size_t max, double min_secs,
                    double *secs) {
  size_t bytes = 0, out = 0;
  double t0 = S_now();
  for (size_t i = 0;; i = (i + 1) % c->n) {
    if (bytes >= max) break;
    if (i == 0 && bytes && S_now() - t0 >= min_secs) break;
    lede_article *a;
    if (lede_parse(c->v[i], c->len[i], NULL, &a) != LEDE_OK) exit(1);
    if (json && lede_article_json(a, NULL, S_null_write, &out) != LEDE_OK)
      exit(1);
    lede_article_free(a);
    bytes += c->len[i];
  }
  *secs = S_now() - t0;
  return bytes;
}

/* One input of about mb megabytes: the articles one after another,
 * separated by a blank line, round the corpus as often as needed, and a
 * NUL byte after it. */
static char *S_big(const S_corpus *c, size_t mb, size_t *len) {
  size_t want = mb << 20, n = 0;
  char *b = malloc(want + 2);
  if (!b) return NULL;
  for (size_t i = 0; n < want; i = (i + 1) % c->n) {
    size_t k = c->len[i] < want - n ? c->len[i] : want - n;
    memcpy(b + n, c->v[i], k);
    n += k;
    if (n + 2 <= want) {
      b[n++] = '\n';
      b[n++] = '\n';
    }
  }
  b[n] = '\0';
  *len = n;
  return b;
}

int main(int argc, char **argv) {
  S_corpus c;
  if (argc == 2) {
    if (!S_load(argv[1], &c)) return 1;
    double dt, dj;
    size_t b = S_run(&c, 0, (size_t)-1, 3.0, &dt);
    size_t bj = S_run(&c, 1, (size_t)-1, 3.0, &dj);
    printf("C core, full pipeline: %6.1f MB/s  (%zu articles, %.1f MB of "
           "varied text)\n", (double)b / 1e6 / dt, c.n, (double)c.total / 1e6);
    printf("C core + JSON:         %6.1f MB/s\n", (double)bj / 1e6 / dj);
  } else if (argc >= 4 && strcmp(argv[1], "--parse") == 0) {
    if (!S_load(argv[3], &c)) return 1;
    double dt;
    size_t b = S_run(&c, 0, (size_t)-1, strtod(argv[2], NULL), &dt);
    printf("%.2f\n", (double)b / 1e6 / dt);
  } else if (argc >= 3 && strcmp(argv[1], "--once") == 0) {
    if (!S_load(argv[2], &c)) return 1;
    /* every k-th article, for a sample as varied as the corpus */
    size_t max = argc > 3 ? strtoul(argv[3], NULL, 10) : c.total;
    size_t k = max && max < c.total ? c.total / max : 1, m = 0;
    for (size_t i = 0; i < c.n; i++) {
      if (i % k == 0) {
        c.v[m] = c.v[i];
        c.len[m++] = c.len[i];
      } else {
        free(c.v[i]);
      }
    }
    c.n = m;
    double dt;
    size_t b = S_run(&c, 1, max, 0, &dt);
    printf("%zu\n", b);
  } else if (argc >= 4 && strcmp(argv[1], "--peak") == 0) {
    size_t mb = strtoul(argv[2], NULL, 10), len;
    if (!S_load(argv[3], &c)) return 1;
    char *big = S_big(&c, mb, &len);
    S_unload(&c);
    if (!big) return 1;
    lede_article *a;
    lede_options o = {0};
    o.borrow_text = !(argc > 4 && strcmp(argv[4], "copy") == 0);
    size_t out = 0;
    if (lede_parse(big, len, &o, &a) != LEDE_OK ||
        lede_article_json(a, NULL, S_null_write, &out) != LEDE_OK)
      return 1;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("%.1f MB input: peak %.1f MB (%.1fx the input, %s)\n",
           (double)len / (1 << 20), (double)ru.ru_maxrss / 1024,
           (double)ru.ru_maxrss * 1024 / (double)len,
           o.borrow_text ? "text lent" : "caller's copy included");
    lede_article_free(a);
    free(big);
  } else if (argc >= 5 && strcmp(argv[1], "--write") == 0) {
    size_t mb = strtoul(argv[2], NULL, 10), len;
    if (!S_load(argv[3], &c)) return 1;
    char *big = S_big(&c, mb, &len);
    FILE *f = fopen(argv[4], "wb");
    if (!big || !f || fwrite(big, 1, len, f) != len || fclose(f)) return 1;
    free(big);
    S_unload(&c);
  } else {
    fprintf(stderr, "usage: %s CORPUS | --parse SECS CORPUS | --once CORPUS [BYTES] | --peak MB "
            "CORPUS [copy] | --write MB CORPUS OUT\n", argv[0]);
    return 2;
  }
  return 0;
}
