/* The whole of a file, gzip-compressed or not, in memory (zlib's gzread
 * reads both): *n bytes, or NULL. Test and measuring programs only. */
#ifndef LEDE_TEST_READGZ_H
#define LEDE_TEST_READGZ_H
#include <stdlib.h>
#include <zlib.h>

static char *S_read_gz(const char *path, size_t *n) {
  gzFile f = gzopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, len = 0;
  char *buf = malloc(cap);
  int r;
  while (buf && (r = gzread(f, buf + len, (unsigned)(cap - len))) > 0) {
    len += (size_t)r;
    if (len == cap) {
      char *nb = realloc(buf, cap *= 2);
      if (!nb) free(buf);
      buf = nb;
    }
  }
  gzclose(f);
  *n = len;
  return buf;
}
#endif
