/* A strict JSON (RFC 8259) and UTF-8 checker for the fuzz targets and the
 * long-input test: returns NULL if s[0..n) is one valid JSON value in valid
 * UTF-8 (no overlong forms, surrogates or code points past U+10FFFF), else
 * a static message. Depth is limited to 256. */
#ifndef LEDE_JSON_CHECK_H
#define LEDE_JSON_CHECK_H

#include <stddef.h>

typedef struct {
  const unsigned char *p, *e;
  const char *err;
} jc_ctx;

/* Length of the valid UTF-8 sequence at p, or 0. */
static inline size_t jc_utf8(const unsigned char *p, const unsigned char *e) {
  unsigned c = p[0];
  if (c < 0x80) return 1;
  size_t n;
  unsigned cp, min;
  if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07, min = 0x10000;
  else return 0;
  if ((size_t)(e - p) < n) return 0;
  for (size_t i = 1; i < n; i++) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

static inline const char *jc_utf8_check(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s, *e = p + n;
  while (p < e) {
    size_t k = jc_utf8(p, e);
    if (!k) return "invalid UTF-8";
    p += k;
  }
  return NULL;
}

static inline void jc_ws(jc_ctx *c) {
  while (c->p < c->e && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' ||
                         *c->p == '\r'))
    c->p++;
}

static inline int jc_fail(jc_ctx *c, const char *m) {
  if (!c->err) c->err = m;
  return 0;
}

static inline int jc_hex(unsigned char h) {
  return (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') ||
         (h >= 'A' && h <= 'F');
}

static inline int jc_string(jc_ctx *c) {
  c->p++; /* the opening quote */
  while (c->p < c->e && *c->p != '"') {
    unsigned char ch = *c->p;
    if (ch < 0x20) return jc_fail(c, "control character in a string");
    if (ch == '\\') {
      if (++c->p >= c->e) return jc_fail(c, "string ends in an escape");
      ch = *c->p;
      if (ch == 'u') {
        if (c->e - c->p < 5 || !jc_hex(c->p[1]) || !jc_hex(c->p[2]) ||
            !jc_hex(c->p[3]) || !jc_hex(c->p[4]))
          return jc_fail(c, "bad \\u escape");
        c->p += 5;
      } else if (ch == '"' || ch == '\\' || ch == '/' || ch == 'b' ||
                 ch == 'f' || ch == 'n' || ch == 'r' || ch == 't') {
        c->p++;
      } else {
        return jc_fail(c, "bad escape");
      }
      continue;
    }
    size_t k = jc_utf8(c->p, c->e);
    if (!k) return jc_fail(c, "invalid UTF-8 in a string");
    c->p += k;
  }
  if (c->p >= c->e) return jc_fail(c, "unterminated string");
  c->p++;
  return 1;
}

static inline int jc_number(jc_ctx *c) {
  const unsigned char *s = c->p;
  if (c->p < c->e && *c->p == '-') c->p++;
  if (c->p >= c->e) return jc_fail(c, "bad number");
  if (*c->p == '0') c->p++;
  else if (*c->p >= '1' && *c->p <= '9')
    while (c->p < c->e && *c->p >= '0' && *c->p <= '9') c->p++;
  else return jc_fail(c, "bad number");
  if (c->p < c->e && *c->p == '.') {
    c->p++;
    if (c->p >= c->e || *c->p < '0' || *c->p > '9')
      return jc_fail(c, "bad fraction");
    while (c->p < c->e && *c->p >= '0' && *c->p <= '9') c->p++;
  }
  if (c->p < c->e && (*c->p == 'e' || *c->p == 'E')) {
    c->p++;
    if (c->p < c->e && (*c->p == '+' || *c->p == '-')) c->p++;
    if (c->p >= c->e || *c->p < '0' || *c->p > '9')
      return jc_fail(c, "bad exponent");
    while (c->p < c->e && *c->p >= '0' && *c->p <= '9') c->p++;
  }
  return c->p > s;
}

static inline int jc_lit(jc_ctx *c, const char *w, size_t n) {
  if ((size_t)(c->e - c->p) < n) return jc_fail(c, "bad literal");
  for (size_t i = 0; i < n; i++)
    if (c->p[i] != (unsigned char)w[i]) return jc_fail(c, "bad literal");
  c->p += n;
  return 1;
}

static inline int jc_value(jc_ctx *c, int depth) {
  if (depth > 256) return jc_fail(c, "nesting too deep");
  jc_ws(c);
  if (c->p >= c->e) return jc_fail(c, "value expected");
  switch (*c->p) {
  case '"': return jc_string(c);
  case 't': return jc_lit(c, "true", 4);
  case 'f': return jc_lit(c, "false", 5);
  case 'n': return jc_lit(c, "null", 4);
  case '[':
  case '{': {
    unsigned char close = *c->p == '[' ? ']' : '}';
    c->p++;
    jc_ws(c);
    if (c->p < c->e && *c->p == close) {
      c->p++;
      return 1;
    }
    for (;;) {
      if (close == '}') {
        jc_ws(c);
        if (c->p >= c->e || *c->p != '"') return jc_fail(c, "key expected");
        if (!jc_string(c)) return 0;
        jc_ws(c);
        if (c->p >= c->e || *c->p != ':') return jc_fail(c, "':' expected");
        c->p++;
      }
      if (!jc_value(c, depth + 1)) return 0;
      jc_ws(c);
      if (c->p < c->e && *c->p == ',') {
        c->p++;
        continue;
      }
      if (c->p < c->e && *c->p == close) {
        c->p++;
        return 1;
      }
      return jc_fail(c, "',' or end of container expected");
    }
  }
  default: return jc_number(c);
  }
}

static inline const char *jc_check(const char *s, size_t n) {
  jc_ctx c = {(const unsigned char *)s, (const unsigned char *)s + n, NULL};
  if (!jc_value(&c, 0)) return c.err ? c.err : "invalid JSON";
  jc_ws(&c);
  if (c.p != c.e) return "trailing bytes after the value";
  return NULL;
}

#endif
