/* Code points, character classes and small date helpers. */
#include <string.h>
#include <utf8proc.h>

#include "internal.h"
#include "month_names.h"

int32_t lede__cp_slow(const char *s, size_t n, size_t i, size_t *len) {
  utf8proc_int32_t cp;
  utf8proc_ssize_t r = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                        (utf8proc_ssize_t)(n - i), &cp);
  if (r < 1) {
    *len = 1;
    return -1;
  }
  *len = (size_t)r;
  return cp;
}

size_t lede__cp_prev_slow(const char *s, size_t i) {
  size_t j = i - 1, k = 0;
  while (j > 0 && k < 3 && ((unsigned char)s[j] & 0xC0) == 0x80) j--, k++;
  /* A lone continuation byte is a code point of its own. */
  size_t len;
  if (((unsigned char)s[j] & 0xC0) != 0x80) {
    lede__cp(s, i, j, &len);
    if (j + len == i) return j;
  }
  return i - 1;
}

int lede__is_space_u(int32_t c) {
  if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
      c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
      c == 0x3000 || c == 0x85)
    return 1;
  return 0;
}

int lede__is_letter_u(int32_t c) {
  if (c < 0) return 0;
  utf8proc_category_t k = utf8proc_category(c);
  return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

int lede__is_upper_u(int32_t c) {
  if (c < 0) return 0;
  utf8proc_category_t k = utf8proc_category(c);
  return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

int lede__is_lower_u(int32_t c) {
  if (c < 0) return 0;
  return utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
}

int lede__is_digit_u(int32_t c) {
  if (c < 0) return 0;
  return utf8proc_category(c) == UTF8PROC_CATEGORY_ND;
}

/* ASCII lower case of every byte. */
#define S_L(c) ((c) >= 'A' && (c) <= 'Z' ? (c) | 0x20 : (c))
#define S_L4(c) S_L(c), S_L((c) + 1), S_L((c) + 2), S_L((c) + 3)
#define S_L16(c) S_L4(c), S_L4((c) + 4), S_L4((c) + 8), S_L4((c) + 12)
#define S_L64(c) S_L16(c), S_L16((c) + 16), S_L16((c) + 32), S_L16((c) + 48)
const unsigned char lede__lower[256] = {S_L64(0), S_L64(64), S_L64(128),
                                        S_L64(192)};
#undef S_L64
#undef S_L16
#undef S_L4
#undef S_L

int lede__is_dash(int32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 ||
         c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
}

int lede__is_open_quote(int32_t c) {
  switch (c) {
  case '"': case '\'': case 0x201C: case 0x2018: case 0x201E: case 0x201A:
  case 0x00AB: case 0x2039: case 0x00BB: case 0x203A: case 0x300C:
  case 0x300E: case 0x201F: case 0x201B: case 0xFF02:
    return 1;
  }
  return 0;
}

int lede__is_close_quote(int32_t c) {
  switch (c) {
  case '"': case '\'': case 0x201D: case 0x2019: case 0x00BB: case 0x203A:
  case 0x00AB: case 0x2039: case 0x201C: case 0x300D: case 0x300F:
  case 0xFF02:
    return 1;
  }
  return 0;
}

int lede__eq_ci_n(const char *s, const char *word, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char a = (unsigned char)s[i], b = (unsigned char)word[i];
    if (a >= 'A' && a <= 'Z') a = (unsigned char)(a | 0x20);
    if (b >= 'A' && b <= 'Z') b = (unsigned char)(b | 0x20);
    if (a != b) return 0;
  }
  return 1;
}

lede_span lede__trim_slow(const char *s, lede_span sp) {
  size_t len;
  /* ASCII first: most spans have no space at either end. */
  while (sp.start < sp.end && (unsigned char)s[sp.start] < 0x80 &&
         lede__is_space((unsigned char)s[sp.start]))
    sp.start++;
  while (sp.end > sp.start && (unsigned char)s[sp.end - 1] < 0x80 &&
         lede__is_space((unsigned char)s[sp.end - 1]))
    sp.end--;
  if (sp.end == sp.start || ((unsigned char)s[sp.start] < 0x80 &&
                              (unsigned char)s[sp.end - 1] < 0x80))
    return sp;
  while (sp.start < sp.end && lede__is_space(lede__cp(s, sp.end, sp.start, &len)))
    sp.start += len;
  while (sp.end > sp.start) {
    size_t p = lede__cp_prev(s, sp.end);
    if (p < sp.start) break;
    if (!lede__is_space(lede__cp(s, sp.end, p, &len))) break;
    sp.end = p;
  }
  return sp;
}

int lede__days_in_month(int y, int m) {
  static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return dm[m - 1];
}

static int S_digits(const char *s, size_t n, int *out) {
  int v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return 0;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return 1;
}

int lede__parse_iso_date(const char *s, size_t n, int *y, int *m, int *d) {
  if (n < 10 || s[4] != '-' || s[7] != '-') return 0;
  if (!S_digits(s, 4, y) || !S_digits(s + 5, 2, m) || !S_digits(s + 8, 2, d))
    return 0;
  if (n > 10 && s[10] != 'T' && s[10] != ' ') return 0;
  return *m >= 1 && *m <= 12 && *d >= 1 && *d <= lede__days_in_month(*y, *m);
}

int lede__month_from_name(const char *s, size_t n) {
  if (n && s[n - 1] == '.') n--;
  if (n < 3 || n > S_MONTH_MAXLEN) return 0;
  /* No two months open with the same three letters: those pick the one
   * month the word can be, and most words none. */
  uint32_t k = (uint32_t)lede__lower[(unsigned char)s[0]] << 16 |
               (uint32_t)lede__lower[(unsigned char)s[1]] << 8 |
               lede__lower[(unsigned char)s[2]];
  uint32_t e = S_month3[(uint32_t)(k * S_MONTH3_MUL) >> 27];
  if ((e & 0xFFFFFF) != k) return 0;
  unsigned m = e >> 24;
  /* a name of the month: the full name or one of its shortenings */
  if (!(S_month_lens[m] >> n & 1)) return 0;
  for (size_t i = 3; i < n; i++)
    if (lede__lower[(unsigned char)s[i]] != (unsigned char)S_month_names[m][i]) return 0;
  return (int)m + 1;
}
