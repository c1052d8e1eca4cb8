/* Fuzz target for the JSON string writer: any bytes come out as one valid
 * JSON string in valid UTF-8, and decoding it gives the input back with
 * each invalid byte replaced by U+FFFD. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_check.h"
#include "lede.h"
#include "../outbuf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


static int S_hexval(char c) {
  return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* Decode the JSON string s[0..n) (valid, as checked) into out. */
static size_t S_decode(const char *s, size_t n, char *out) {
  size_t k = 0;
  for (size_t i = 1; i + 1 < n; i++) {
    if (s[i] != '\\') {
      out[k++] = s[i];
      continue;
    }
    char e = s[++i];
    switch (e) {
    case 'n': out[k++] = '\n'; break;
    case 't': out[k++] = '\t'; break;
    case 'r': out[k++] = '\r'; break;
    case 'b': out[k++] = '\b'; break;
    case 'f': out[k++] = '\f'; break;
    case 'u': {
      unsigned cp = 0;
      for (int j = 1; j <= 4; j++) cp = cp * 16 + (unsigned)S_hexval(s[i + j]);
      i += 4;
      if (cp >= 0x80) abort(); /* the writer escapes only control bytes */
      out[k++] = (char)cp;
      break;
    }
    default: out[k++] = e; break;
    }
  }
  return k;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  S_buf b = {0};
  if (lede_json_string((const char *)data, size, S_write, &b) != LEDE_OK)
    abort();
  const char *bad = jc_check(b.p, b.n);
  if (bad) {
    fprintf(stderr, "lede_json_string: %s\n", bad);
    abort();
  }
  /* The expected text: valid sequences kept, each bad byte as U+FFFD. */
  char *want = malloc(size * 3 + 1), *got = malloc(b.n + 1);
  if (!want || !got) abort();
  size_t wn = 0;
  const unsigned char *p = data, *e = data + size;
  while (p < e) {
    size_t k = jc_utf8(p, e);
    if (k) {
      memcpy(want + wn, p, k);
      wn += k;
      p += k;
    } else {
      memcpy(want + wn, "\xEF\xBF\xBD", 3);
      wn += 3;
      p++;
    }
  }
  size_t gn = S_decode(b.p, b.n, got);
  if (gn != wn || memcmp(got, want, wn) != 0) {
    fprintf(stderr, "lede_json_string: round trip differs\n");
    abort();
  }
  free(want);
  free(got);
  free(b.p);
  return 0;
}
