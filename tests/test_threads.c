/* No global state: threads parsing at once get the same results as one. */
#include <pthread.h>

#include "helpers.h"

#define REF "examples/articles/bajwa-bahrain-2021-03-10.txt"

typedef struct {
  const char *text;
  size_t len;
  char out[1 << 16];
  size_t n;
  int ok;
} S_job;

static int S_write(void *ud, const char *s, size_t n) {
  S_job *j = ud;
  if (j->n + n > sizeof j->out) return 1;
  memcpy(j->out + j->n, s, n);
  j->n += n;
  return 0;
}

static void *S_run(void *p) {
  S_job *j = p;
  j->ok = 1;
  for (int i = 0; i < 20 && j->ok; i++) {
    lede_options o = {0};
    o.published = "2021-03-10";
    lede_article *a;
    if (lede_parse(j->text, j->len, &o, &a) != LEDE_OK || lede_check(a)) {
      j->ok = 0;
      break;
    }
    j->n = 0;
    if (lede_article_json(a, NULL, S_write, j) != LEDE_OK) j->ok = 0;
    lede_article_free(a);
  }
  return NULL;
}

Test(threads, parse_at_once) {
  size_t len;
  char *text = t_read(REF, &len);
  static S_job one, jobs[4];
  one.text = text;
  one.len = len;
  S_run(&one);
  cr_assert(one.ok);
  pthread_t th[4];
  for (int i = 0; i < 4; i++) {
    jobs[i].text = text;
    jobs[i].len = len;
    cr_assert_eq(pthread_create(&th[i], NULL, S_run, &jobs[i]), 0);
  }
  for (int i = 0; i < 4; i++) pthread_join(th[i], NULL);
  for (int i = 0; i < 4; i++) {
    cr_assert(jobs[i].ok, "thread %d failed", i);
    cr_assert_eq(jobs[i].n, one.n);
    cr_assert(memcmp(jobs[i].out, one.out, one.n) == 0,
              "thread %d disagrees", i);
  }
  free(text);
}
