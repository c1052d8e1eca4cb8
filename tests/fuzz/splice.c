/* Structure-aware mutation for the parser target: besides libFuzzer's byte
 * mutations, splice whole paragraphs of the seed articles into the input,
 * repeat a paragraph of the input, give one capitalized word another's
 * spelling (people sharing a surname), and define an acronym for a
 * capitalized run ("Lake Basin Authority (LBA)"), several times over.
 * That reaches what byte mutations rarely do: many names, acronyms
 * defined twice and three times, the same name as person and
 * organization. Seeds come from the directories in LEDE_FUZZ_SEEDS
 * (colon-separated), by default the test and example articles. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max,
                               unsigned int seed);
size_t LLVMFuzzerCustomCrossOver(const uint8_t *d1, size_t s1,
                                 const uint8_t *d2, size_t s2, uint8_t *out,
                                 size_t max, unsigned int seed);
int LLVMFuzzerInitialize(int *argc, char ***argv);

typedef struct {
  char *p;
  size_t n;
} S_para;

static S_para *S_paras;
static size_t S_npara, S_cap;

static void S_add_para(const char *p, size_t n) {
  if (!n) return;
  if (S_npara == S_cap) {
    S_cap = S_cap ? S_cap * 2 : 256;
    S_para *np = realloc(S_paras, S_cap * sizeof *np);
    if (!np) return;
    S_paras = np;
  }
  char *c = malloc(n);
  if (!c) return;
  memcpy(c, p, n);
  S_paras[S_npara].p = c;
  S_paras[S_npara].n = n;
  S_npara++;
}

static void S_load_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return;
  char buf[65536];
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  size_t s = 0;
  for (size_t i = 0; i + 1 < n; i++)
    if (buf[i] == '\n' && buf[i + 1] == '\n' && i >= s) {
      S_add_para(buf + s, i - s);
      s = i + 2;
    }
  if (s < n) S_add_para(buf + s, n - s);
}

static void S_load_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *de;
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.') continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    S_load_file(path);
  }
  closedir(d);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  const char *env = getenv("LEDE_FUZZ_SEEDS");
  char dirs[4096];
  snprintf(dirs, sizeof dirs, "%s",
           env ? env : "tests/articles:examples/articles:tests/fuzz/corpus");
  for (char *tok = strtok(dirs, ":"); tok; tok = strtok(NULL, ":"))
    S_load_dir(tok);
  return 0;
}

static unsigned S_rand(unsigned *x) {
  *x = *x * 1103515245u + 12345u;
  return *x >> 8;
}

/* Paragraph boundaries of data: offsets just after "\n\n" (and 0, size). */
static size_t S_bounds(const uint8_t *d, size_t n, size_t *b, size_t cap) {
  size_t k = 0;
  b[k++] = 0;
  for (size_t i = 0; i + 1 < n && k < cap - 1; i++)
    if (d[i] == '\n' && d[i + 1] == '\n') b[k++] = i + 2;
  b[k++] = n;
  return k;
}

/* Insert src[0..n) + "\n\n" at offset at; returns the new size. */
static size_t S_insert(uint8_t *d, size_t size, size_t max, size_t at,
                       const char *src, size_t n) {
  if (size + n + 2 > max) return size;
  memmove(d + at + n + 2, d + at, size - at);
  memcpy(d + at, src, n);
  d[at + n] = '\n';
  d[at + n + 1] = '\n';
  return size + n + 2;
}

static int S_upper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static int S_alpha(uint8_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* A capitalized word at or after offset from: its start and end. */
static int S_cap_word(const uint8_t *d, size_t n, size_t from, size_t *s,
                      size_t *e) {
  for (size_t i = from; i < n; i++)
    if (S_upper(d[i]) && (i == 0 || !S_alpha(d[i - 1]))) {
      size_t j = i + 1;
      while (j < n && S_alpha(d[j])) j++;
      if (j - i >= 2) {
        *s = i;
        *e = j;
        return 1;
      }
    }
  return 0;
}

static size_t S_mutate(uint8_t *d, size_t size, size_t max, unsigned *r) {
  size_t b[512];
  size_t nb = S_bounds(d, size, b, 512);
  switch (S_rand(r) % 5) {
  case 0: { /* a seed paragraph */
    if (!S_npara) break;
    const S_para *p = &S_paras[S_rand(r) % S_npara];
    return S_insert(d, size, max, b[S_rand(r) % nb], p->p, p->n);
  }
  case 1: { /* repeat a paragraph of the input */
    if (nb < 2) break;
    size_t i = S_rand(r) % (nb - 1);
    size_t s = b[i], e = b[i + 1];
    if (e - s > 4096 || e <= s) break;
    char tmp[4096];
    memcpy(tmp, d + s, e - s);
    size_t n = e - s;
    while (n && tmp[n - 1] == '\n') n--;
    return S_insert(d, size, max, b[S_rand(r) % nb], tmp, n);
  }
  case 2: { /* one capitalized word spelled as another */
    size_t s1, e1, s2, e2;
    if (!size || !S_cap_word(d, size, S_rand(r) % size, &s1, &e1) ||
        !S_cap_word(d, size, S_rand(r) % size, &s2, &e2) || s1 == s2)
      break;
    char w[64];
    size_t n = e1 - s1 < sizeof w ? e1 - s1 : sizeof w;
    memcpy(w, d + s1, n);
    size_t old = e2 - s2;
    if (size - old + n > max) break;
    memmove(d + s2 + n, d + e2, size - e2);
    memcpy(d + s2, w, n);
    return size - old + n;
  }
  case 3: { /* define an acronym after a run of capitalized words */
    size_t s, e, at = size ? S_rand(r) % size : 0;
    if (!S_cap_word(d, size, at, &s, &e)) break;
    char acr[16];
    size_t k = 0, end = e;
    acr[k++] = ' ';
    acr[k++] = '(';
    acr[k++] = (char)d[s];
    size_t s2, e2;
    while (k < 10 && S_cap_word(d, size, end, &s2, &e2) && s2 <= end + 4) {
      acr[k++] = (char)d[s2];
      end = e2;
    }
    acr[k++] = ')';
    if (size + k > max) break;
    memmove(d + end + k, d + end, size - end);
    memcpy(d + end, acr, k);
    return size + k;
  }
  default: { /* drop a paragraph */
    if (nb < 3) break;
    size_t i = S_rand(r) % (nb - 1);
    memmove(d + b[i], d + b[i + 1], size - b[i + 1]);
    return size - (b[i + 1] - b[i]);
  }
  }
  return LLVMFuzzerMutate(d, size, max);
}

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max,
                               unsigned int seed) {
  unsigned r = seed;
  if (S_rand(&r) % 2) return LLVMFuzzerMutate(data, size, max);
  size_t n = S_rand(&r) % 3 + 1;
  for (size_t i = 0; i < n; i++) size = S_mutate(data, size, max, &r);
  return size;
}

/* Paragraphs of both inputs, taken in turn. */
size_t LLVMFuzzerCustomCrossOver(const uint8_t *d1, size_t s1,
                                 const uint8_t *d2, size_t s2, uint8_t *out,
                                 size_t max, unsigned int seed) {
  unsigned r = seed;
  size_t b1[256], b2[256];
  size_t n1 = S_bounds(d1, s1, b1, 256), n2 = S_bounds(d2, s2, b2, 256);
  size_t k = 0, i = 0, j = 0;
  while ((i + 1 < n1 || j + 1 < n2) && k < max) {
    int first = (S_rand(&r) & 1) ? i + 1 < n1 : !(j + 1 < n2);
    const uint8_t *src = first ? d1 + b1[i] : d2 + b2[j];
    size_t len = first ? b1[i + 1] - b1[i] : b2[j + 1] - b2[j];
    if (first) i++;
    else j++;
    if (S_rand(&r) % 4 == 0) continue;
    if (len > max - k) len = max - k;
    memcpy(out + k, src, len);
    k += len;
  }
  return k;
}
