#ifndef LEDE_WORDHASH_H
#define LEDE_WORDHASH_H
/* The word hash of the generated tables (tools/wordhash.lua computes the
 * same): bytes mixed eight at a time, the last 1..8 in one word (two loads
 * that may overlap, or three bytes), each word folded first. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Little-endian loads, whatever the machine, as the generators read. */
static inline uint64_t lede__le32(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
         (uint64_t)p[3] << 24;
}

/* ASCII upper-case letters of eight bytes to lower case, at once: the
 * bytes from 'A' to 'Z' (high bit clear) get bit 5. */
static inline uint64_t lede__fold_case(uint64_t w) {
  const uint64_t ones = 0x0101010101010101u;
  uint64_t h = w & (0x7F * ones);
  uint64_t up = (h + (0x80 - 'A') * ones) & ~(h + (0x80 - 'Z' - 1) * ones) &
                ~w & (0x80 * ones);
  return w | up >> 2;
}

/* Bit 5 set in every byte: ASCII letters alike in either case (other
 * bytes may collide; look-ups compare exactly). */
static inline uint64_t lede__fold_bit5(uint64_t w) {
  return w | 0x2020202020202020u;
}

/* fold_case: lede__fold_case, else lede__fold_bit5. A constant at each
 * call, so the branch folds away. *bits gets every byte of s[0..n) ORed
 * (is it ASCII?). */
static inline __attribute__((always_inline)) uint32_t
lede__word_hash_bits(const char *s, size_t n, int fold_case, uint64_t *bits) {
  uint64_t x = 0x9E3779B97F4A7C15u ^ n, w, all = 0;
  for (; n > 8; s += 8, n -= 8) {
    w = lede__le32(s) | lede__le32(s + 4) << 32;
    all |= w;
    x = (x ^ (fold_case ? lede__fold_case(w) : lede__fold_bit5(w))) * 0xff51afd7ed558ccdu;
    x ^= x >> 32;
  }
  if (n >= 4)
    w = lede__le32(s) | lede__le32(s + n - 4) << 32;
  else if (n)
    w = (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 |
        (uint64_t)(unsigned char)s[n - 1] << 16;
  else
    w = 0;
  *bits = all | w;
  x = (x ^ (fold_case ? lede__fold_case(w) : lede__fold_bit5(w))) * 0xc4ceb9fe1a85ec53u;
  return (uint32_t)(x >> 32);
}

static inline __attribute__((always_inline)) uint32_t
lede__word_hash(const char *s, size_t n, int fold_case) {
  uint64_t bits;
  return lede__word_hash_bits(s, n, fold_case, &bits);
}

/* s[0..n) equals key[0..n), s ASCII-folded first if fold_case (a
 * constant at each call): eight bytes a step, in loads that overlap
 * rather than read past either's n bytes (keys are short: a call to
 * memcmp costs more). */
static inline int lede__key_eq(const char *s, const char *key, size_t n,
                               int fold_case) {
  uint64_t a, b;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      memcpy(&a, s + i, 8);
      memcpy(&b, key + i, 8);
      if ((fold_case ? lede__fold_case(a) : a) != b) return 0;
    }
    memcpy(&a, s + n - 8, 8);
    memcpy(&b, key + n - 8, 8);
  } else if (n >= 4) {
    uint32_t a0, a1, b0, b1;
    memcpy(&a0, s, 4);
    memcpy(&a1, s + n - 4, 4);
    memcpy(&b0, key, 4);
    memcpy(&b1, key + n - 4, 4);
    a = (uint64_t)a1 << 32 | a0;
    b = (uint64_t)b1 << 32 | b0;
  } else {
    for (size_t i = 0; i < n; i++) {
      unsigned c = (unsigned char)s[i];
      if (fold_case && c - 'A' < 26u) c |= 0x20;
      if (c != (unsigned char)key[i]) return 0;
    }
    return 1;
  }
  return (fold_case ? lede__fold_case(a) : a) == b;
}

#endif
