/* Replays fuzz inputs (files named on the command line) without libFuzzer,
 * so `make test` runs the corpus with any compiler. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv) {
  int n = 0;
  for (int i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    if (!f) continue;
    size_t cap = 4096, len = 0, r;
    uint8_t *buf = malloc(cap);
    while (buf && (r = fread(buf + len, 1, cap - len, f)) > 0) {
      len += r;
      if (len == cap) {
        uint8_t *nb = realloc(buf, cap *= 2);
        if (!nb) break;
        buf = nb;
      }
    }
    fclose(f);
    if (!buf) return 1;
    LLVMFuzzerTestOneInput(buf, len);
    free(buf);
    n++;
  }
  printf("fuzz replay: %d inputs, no failure\n", n);
  return 0;
}
