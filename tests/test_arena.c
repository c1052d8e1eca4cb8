/* The arena's marks and freed vectors (white-box: core/internal.h). */
#include <criterion/criterion.h>
#include <string.h>

#include "internal.h"
#include "peakalloc.h"

static void S_init(lede__arena *ar, S_peak *m, jmp_buf *jb) {
  memset(ar, 0, sizeof *ar);
  memset(m, 0, sizeof *m);
  ar->alloc = S_peak_alloc;
  ar->ud = m;
  ar->oom = jb;
}

Test(arena, release_gives_back_all_made_after_the_mark) {
  lede__arena ar;
  S_peak m;
  jmp_buf jb;
  S_init(&ar, &m, &jb);
  if (setjmp(jb)) cr_assert_fail("out of memory");
  char *keep = lede__alloc(&ar, 100);
  memset(keep, 'k', 100);
  LEDE__VEC(int) old = {0};
  *LEDE__PUSH(&ar, old) = 7;
  size_t before = m.now;
  lede__mark mk = lede__arena_mark(&ar);
  /* small blocks, a chunk of its own, a large vector */
  for (int i = 0; i < 1000; i++) memset(lede__alloc(&ar, 64), 'x', 64);
  memset(lede__alloc(&ar, 200000), 'y', 200000);
  LEDE__VEC(int) v = {0};
  for (int i = 0; i < 50000; i++) *LEDE__PUSH(&ar, v) = i;
  cr_assert_gt(m.now, before + 400000);
  lede__arena_release(&ar, mk);
  cr_assert_eq(m.now, before);
  for (int i = 0; i < 100; i++) cr_assert_eq(keep[i], 'k');
  cr_assert_eq(old.v[0], 7);
  /* the arena goes on from the mark, in the chunk it had */
  memset(lede__alloc(&ar, 100), 'z', 100);
  cr_assert_eq(m.now, before);
  lede__arena_free(&ar);
  cr_assert_eq(m.now, 0);
}

Test(arena, a_vector_freed_before_the_mark_is_not_freed_again) {
  lede__arena ar;
  S_peak m;
  jmp_buf jb;
  S_init(&ar, &m, &jb);
  if (setjmp(jb)) cr_assert_fail("out of memory");
  LEDE__VEC(double) a = {0}, b = {0}, c = {0};
  for (int i = 0; i < 20000; i++) *LEDE__PUSH(&ar, a) = i; /* large */
  for (int i = 0; i < 20000; i++) *LEDE__PUSH(&ar, b) = i; /* large */
  size_t at_mark = m.now;
  lede__mark mk = lede__arena_mark(&ar);
  for (int i = 0; i < 20000; i++) *LEDE__PUSH(&ar, c) = i; /* after */
  size_t with_a = m.now;
  lede__vec_free(&ar, a.v, a.cap, sizeof *a.v); /* out of order */
  size_t size_a = with_a - m.now;
  cr_assert_geq(size_a, 20000 * sizeof(double));
  size_t now = m.now;
  lede__vec_free(&ar, NULL, 0, sizeof(double)); /* a no-op */
  cr_assert_eq(m.now, now);
  lede__arena_release(&ar, mk); /* c goes, b stays */
  cr_assert_eq(m.now, at_mark - size_a);
  for (int i = 0; i < 20000; i++) cr_assert_eq(b.v[i], (double)i);
  lede__arena_free(&ar);
  cr_assert_eq(m.now, 0);
}
