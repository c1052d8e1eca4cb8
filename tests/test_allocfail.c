/* Allocation failure at every point returns LEDE_ENOMEM and leaks nothing.
 * This test links a library built with LEDE_ARENA_CHUNK (small arena
 * chunks, see core/arena.c), so even a short article makes hundreds of
 * allocations and each one is a failure point. */
#include <stdint.h>

#include "helpers.h"

typedef struct {
  long fail_at; /* fail the allocation with this number (1-based) */
  long count;   /* allocations so far */
  long live;    /* blocks allocated and not yet freed */
  size_t bytes; /* bytes live */
} S_alloc_state;

static void *S_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  S_alloc_state *st = ud;
  if (nsize == 0) {
    if (ptr) {
      st->live--;
      st->bytes -= osize;
    }
    free(ptr);
    return NULL;
  }
  if (++st->count == st->fail_at) return NULL;
  void *p = realloc(ptr, nsize);
  if (!p) return NULL;
  if (!ptr) st->live++;
  st->bytes += nsize - (ptr ? osize : 0);
  return p;
}

/* Parse with allocation n failing; returns the status and checks that
 * nothing leaked. *count gets the number of allocations tried. */
static lede_status S_try(const char *s, size_t len, long n, long *count,
                         const char *what) {
  S_alloc_state st = {n, 0, 0, 0};
  lede_options o = {0};
  o.alloc = S_alloc;
  o.alloc_ud = &st;
  lede_article *a = NULL;
  lede_status rc = lede_parse(s, len, &o, &a);
  if (rc == LEDE_OK) {
    cr_assert(n <= 0 || st.count < n, "%s: allocation %ld failed unnoticed",
              what, n);
    cr_assert_null(lede_check(a));
    lede_article_free(a);
  } else {
    cr_assert_eq(rc, LEDE_ENOMEM, "%s: failing allocation %ld gave %s", what,
                 n, lede_strerror(rc));
    cr_assert_null(a);
  }
  cr_assert_eq(st.live, 0, "%s: allocation %ld failing leaked %ld blocks",
               what, n, st.live);
  cr_assert_eq(st.bytes, 0);
  *count = st.count;
  return rc;
}

/* Fail each allocation in turn (every one when there are at most `every`,
 * else `every` points spread over them), and report how many points. */
static long S_fail_each(const char *s, size_t len, const char *what,
                        long every) {
  long total;
  cr_assert_eq(S_try(s, len, 0, &total, what), LEDE_OK);
  cr_assert_gt(total, 0, "%s: no allocation at all", what);
  long step = total <= every ? 1 : total / every, points = 0;
  for (long n = 1; n <= total; n += step, points++) {
    long c;
    lede_status rc = S_try(s, len, n, &c, what);
    cr_assert_eq(rc, LEDE_ENOMEM, "%s: allocation %ld of %ld failed "
                 "unnoticed", what, n, total);
  }
  return points;
}

Test(allocfail, every_point) {
  S_fail_each("", 0, "empty", 100000);
  static const char small[] = "Title\n\nBy Jane Smith\n\nLONDON — Body. Two.\n";
  long p = S_fail_each(small, sizeof small - 1, "small", 100000);
  cr_assert_gt(p, 20, "small: only %ld failure points", p);
  size_t len;
  char *buf = t_read("tests/articles/ap-storm.txt", &len);
  p = S_fail_each(buf, len, "ap-storm", 100000);
  cr_log_info("ap-storm: %ld failure points", p);
  cr_assert_gt(p, 100, "ap-storm: only %ld failure points", p);
  free(buf);
  buf = t_read("examples/articles/bajwa-bahrain-2021-03-10.txt", &len);
  p = S_fail_each(buf, len, "reference", 100000);
  cr_log_info("reference: %ld failure points", p);
  cr_assert_gt(p, 150, "reference: only %ld failure points", p);
  free(buf);
}

Test(allocfail, big_input) {
  /* Over 1 MB: vectors leave the chunks and grow by realloc many times. */
  size_t len;
  char *art = t_read("tests/articles/captions-mid.txt", &len);
  size_t times = 900;
  char *big = malloc(len * times + 1);
  for (size_t i = 0; i < times; i++) memcpy(big + i * len, art, len);
  S_fail_each(big, len * times, "captions-mid x900", 30);
  free(big);
  free(art);
}
