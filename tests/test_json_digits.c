/* The JSON writer's numbers (core/json.c S_digits, static: the file is
 * compiled in here): every value below 10^5, then around each power of
 * ten up to a size_t's most, against snprintf. Each is written in a
 * buffer of a byte that is not a digit, as a writer's room is: the digits
 * counted must be the digits written. */
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "json.c"

static void S_one(size_t v) {
  char got[32], want[32];
  memset(got, 'x', sizeof got);
  size_t n = S_digits(got, v);
  int m = snprintf(want, sizeof want, "%zu", v);
  cr_assert_eq(n, (size_t)m, "%zu: %zu digits, want %d", v, n, m);
  cr_assert(memcmp(got, want, n) == 0, "%zu: got %.*s", v, (int)n, got);
}

Test(json_digits, every_value_below_100000) {
  for (size_t v = 0; v < 100000; v++) S_one(v);
}

Test(json_digits, around_each_power_of_ten) {
  for (size_t p = 10; p <= SIZE_MAX / 10; p *= 10)
    for (size_t v = p - 3; v <= p + 3; v++) S_one(v);
  S_one(SIZE_MAX);
  S_one(99999999);
  S_one(100000000);
  S_one(123456789);
}
