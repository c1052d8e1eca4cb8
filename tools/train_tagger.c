/* Train the name tagger (core/tagger.c): an averaged structured
 * perceptron over the features lede__tag_features gives for lede's own
 * tokens of each training article, decoded with Viterbi as lede__tag does.
 * Writes the weights as a C table, packed (see tagger.h).
 *
 *   train_tagger DATA OUT.c [--epochs N] [--heldout K]
 *
 * DATA comes from tools/tagger_data.lua. With --heldout K every K-th
 * article is kept out of training and scored after each epoch (typed
 * exact-span F1 over tokens). Deterministic: fixed seed, one thread. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "tagger.h"

#define NT LEDE__TG_NT
#define S_NWORDS 16384 /* frequent word forms the model lists */
#define NTAG (NT + 1)

typedef struct {
  uint32_t *f;
  size_t *off;
  unsigned char *edge, *gold, *run;
  size_t n;
} S_doc;

static double *W, *U, *E; /* weights, their weighted sums, eval weights */

/* Word forms of the training text and how often they occur: the model
 * lists the most frequent, whose feature sums the build makes for the
 * tagger. */
typedef struct {
  uint64_t key;
  char *s;
  size_t n, count;
  uint32_t flags;
} S_form;
#define S_FSLOTS (1u << 20)
static S_form *S_forms;
static size_t S_nforms;

static void S_count_form(const char *s, size_t n, uint32_t flags) {
  if (!n || n > LEDE__TG_FORMMAX || S_nforms * 2 >= S_FSLOTS) return;
  uint64_t key = lede__tag_word_key(s, n, flags);
  size_t k = (size_t)(key ^ (key >> 29)) & (S_FSLOTS - 1);
  while (S_forms[k].key && S_forms[k].key != key) k = (k + 1) & (S_FSLOTS - 1);
  if (!S_forms[k].key) {
    S_forms[k].key = key;
    S_forms[k].s = malloc(n + 1);
    if (!S_forms[k].s) exit(1);
    memcpy(S_forms[k].s, s, n);
    S_forms[k].n = n;
    S_forms[k].flags = flags;
    S_nforms++;
  }
  S_forms[k].count++;
}

static int S_by_count(const void *p, const void *q) {
  const S_form *a = p, *b = q;
  if (a->count != b->count) return a->count > b->count ? -1 : 1;
  return a->key < b->key ? -1 : a->key > b->key;
}
static double C = 1;      /* examples seen, for averaging */

static void *S_xalloc(size_t n) {
  void *p = calloc(1, n ? n : 1);
  if (!p) {
    fprintf(stderr, "train_tagger: out of memory\n");
    exit(1);
  }
  return p;
}

/* A growing byte buffer, for the packed table. */
typedef struct {
  unsigned char *v;
  size_t n, cap;
} S_buf;

static void S_byte(S_buf *b, unsigned char c) {
  if (b->n == b->cap) {
    b->cap = b->cap ? 2 * b->cap : 1 << 16;
    b->v = realloc(b->v, b->cap);
    if (!b->v) {
      fprintf(stderr, "train_tagger: out of memory\n");
      exit(1);
    }
  }
  b->v[b->n++] = c;
}

/* x in 7-bit groups, lowest first; the high bit says more follow. */
static void S_varint(S_buf *b, uint64_t x) {
  for (; x >= 0x80; x >>= 7) S_byte(b, (unsigned char)(x | 0x80));
  S_byte(b, (unsigned char)x);
}

static int S_type(const char *s) {
  if (!strcmp(s, "PER")) return LEDE__TG_PER;
  if (!strcmp(s, "ORG")) return LEDE__TG_ORG;
  if (!strcmp(s, "LOC")) return LEDE__TG_LOC;
  if (!strcmp(s, "MISC")) return LEDE__TG_MISC;
  return -1;
}

/* Read one article; 0 at the end of the input. */
static int S_read_doc(FILE *in, S_doc *d) {
  size_t len;
  if (fscanf(in, " DOC %zu", &len) != 1) return 0;
  fgetc(in);
  char *text = S_xalloc(len + 1);
  if (fread(text, 1, len, in) != len) return 0;
  size_t k;
  if (fscanf(in, " ENTS %zu", &k) != 1) return 0;
  size_t *es = S_xalloc((k + 1) * sizeof *es), *ee = S_xalloc((k + 1) * sizeof *ee);
  int *et = S_xalloc((k + 1) * sizeof *et);
  for (size_t i = 0; i < k; i++) {
    char ty[16];
    if (fscanf(in, "%zu %zu %15s", &es[i], &ee[i], ty) != 3) return 0;
    et[i] = S_type(ty);
  }
  lede_article *a;
  if (lede__parse_keep_ttok(text, len, &a) != LEDE_OK) {
    fprintf(stderr, "train_tagger: parse failed\n");
    exit(1);
  }
  lede__tfeats tf;
  lede__tag_features(&a->arena, a->text, a->ttok, &tf);
  for (size_t j = 0; j < a->ttok->n; j++)
    S_count_form(a->text + a->ttok->v[j].start, a->ttok->v[j].len,
                 a->ttok->v[j].flags);
  d->n = tf.n;
  d->off = S_xalloc((tf.n + 1) * sizeof *d->off);
  memcpy(d->off, tf.off, (tf.n + 1) * sizeof *d->off);
  d->f = S_xalloc(tf.off[tf.n] * sizeof *d->f + 4);
  memcpy(d->f, tf.f, tf.off[tf.n] * sizeof *d->f);
  d->edge = S_xalloc(tf.n + 1);
  memcpy(d->edge, tf.edge, tf.n);
  d->run = S_xalloc(tf.n + 1);
  memcpy(d->run, tf.run, tf.n);
  /* Gold tags: the tokens an entity overlaps, B- then I-. */
  d->gold = S_xalloc(tf.n + 1);
  for (size_t i = 0; i < k; i++) {
    if (et[i] < 0) continue;
    int first = 1;
    for (size_t j = 0; j < tf.n; j++) {
      const lede__token *t = &a->ttok->v[j];
      if (t->start >= ee[i] || lede__tend(t) <= es[i]) continue;
      if ((a->ttok->ctx[j] & LEDE__TC_FIRST)) first = 1;
      d->gold[j] = (unsigned char)(1 + 2 * et[i] + (first ? 0 : 1));
      first = 0;
    }
  }
  lede_article_free(a);
  free(text);
  free(es);
  free(ee);
  free(et);
  return 1;
}

/* Viterbi over tokens [s, e) of d with weights w, entered from tag
 * `from` (NTAG: the line's start); tags into out. */
static void S_viterbi(const S_doc *d, size_t s, size_t e, int from, const double *w,
                      unsigned char *out, double (*em)[NTAG],
                      unsigned char (*bp)[NTAG]) {
  size_t m = e - s;
  for (size_t i = 0; i < m; i++) {
    size_t t = s + i;
    double v[NTAG] = {0};
    for (size_t q = d->off[t]; q < d->off[t + 1]; q++) {
      const double *r = w + (size_t)d->f[q] * NT;
      for (int j = 0; j < NT; j++) v[j + 1] += r[j];
    }
    int ec = d->edge[t] & 0x7f;
    if (i == 0) {
      const double *r = w + (size_t)lede__tag_edge_row(from, ec) * NT;
      for (int j = 0; j < NTAG; j++)
        em[0][j] = (j && !LEDE__TG_BEGIN(j)) ? -1e300 : v[j] + (j ? r[j - 1] : 0);
      continue;
    }
    for (int j = 0; j < NTAG; j++) {
      double best = -1e300;
      int bj = 0;
      for (int p = 0; p < NTAG; p++) {
        if (em[i - 1][p] <= -1e299) continue;
        if (j && !LEDE__TG_BEGIN(j) && (p == 0 || LEDE__TG_TYPE(p) != LEDE__TG_TYPE(j)))
          continue;
        const double *r = w + (size_t)lede__tag_edge_row(p, ec) * NT;
        double sc = em[i - 1][p] + (j ? r[j - 1] : 0);
        if (sc > best) {
          best = sc;
          bj = p;
        }
      }
      em[i][j] = best <= -1e299 ? -1e300 : best + v[j];
      bp[i][j] = (unsigned char)bj;
    }
  }
  int b = 0;
  for (int j = 1; j < NTAG; j++)
    if (em[m - 1][j] > em[m - 1][b]) b = j;
  for (size_t i = m; i-- > 0;) {
    out[s + i] = (unsigned char)b;
    if (i) b = bp[i][b];
  }
}

static void S_upd(uint32_t row, int tag, double dlt) {
  if (!tag) return;
  size_t k = (size_t)row * NT + (size_t)(tag - 1);
  W[k] += dlt;
  U[k] += C * dlt;
}

/* Line [s, e) of d decoded as lede__tag decodes it: its runs each by
 * itself, the other tokens O. */
static void S_decode_line(const S_doc *d, size_t s, size_t e, const double *w,
                          unsigned char *out, double (*em)[NTAG],
                          unsigned char (*bp)[NTAG]) {
  for (size_t i = s; i < e;) {
    if (!d->run[i]) {
      out[i++] = 0;
      continue;
    }
    size_t b = i + 1;
    while (b < e && d->run[b] == 2) b++;
    S_viterbi(d, i, b, i == s ? NTAG : 0, w, out, em, bp);
    i = b;
  }
}

static void S_train_line(const S_doc *d, size_t s, size_t e, unsigned char *pred,
                         double (*em)[NTAG], unsigned char (*bp)[NTAG]) {
  S_decode_line(d, s, e, W, pred, em, bp);
  for (size_t t = s; t < e; t++) {
    int g = d->gold[t], p = pred[t];
    if (g != p)
      for (size_t q = d->off[t]; q < d->off[t + 1]; q++) {
        S_upd(d->f[q], g, 1);
        S_upd(d->f[q], p, -1);
      }
    int gp = t == s ? NTAG : d->gold[t - 1], pp = t == s ? NTAG : pred[t - 1];
    if (g != p || gp != pp) {
      int ec = d->edge[t] & 0x7f;
      S_upd(lede__tag_edge_row(gp, ec), g, 1);
      S_upd(lede__tag_edge_row(pp, ec), p, -1);
    }
  }
  C += 1;
}

/* Lines of d: runs that open at a token marked as a line start. */
static size_t S_line_end(const S_doc *d, size_t s) {
  size_t e = s + 1;
  while (e < d->n && !(d->edge[e] & 0x80)) e++;
  return e;
}

typedef struct {
  size_t tp, pred, gold;
} S_count;

static void S_spans(const unsigned char *tags, size_t n, size_t *out, size_t *k) {
  *k = 0;
  for (size_t i = 0; i < n; i++) {
    if (!LEDE__TG_BEGIN(tags[i])) continue;
    size_t j = i + 1;
    while (j < n && tags[j] == tags[i] + 1) j++;
    out[(*k)++] = i * 16 + (size_t)tags[i];
    out[(*k)++] = j;
  }
}

static void S_score(const S_doc *d, const double *w, S_count *c, size_t maxn,
                    double (*em)[NTAG], unsigned char (*bp)[NTAG]) {
  unsigned char *pred = S_xalloc(d->n + 1);
  for (size_t s = 0; s < d->n;) {
    size_t e = S_line_end(d, s);
    S_decode_line(d, s, e, w, pred, em, bp);
    s = e;
  }
  size_t *ps = S_xalloc((d->n + 1) * 2 * sizeof *ps), *gs = S_xalloc((d->n + 1) * 2 * sizeof *gs);
  size_t pk, gk;
  S_spans(pred, d->n, ps, &pk);
  S_spans(d->gold, d->n, gs, &gk);
  c->pred += pk / 2;
  c->gold += gk / 2;
  for (size_t i = 0, j = 0; i < pk && j < gk;) {
    if (ps[i] == gs[j] && ps[i + 1] == gs[j + 1]) {
      c->tp++;
      i += 2;
      j += 2;
    } else if (ps[i] < gs[j]) i += 2;
    else j += 2;
  }
  (void)maxn;
  free(pred);
  free(ps);
  free(gs);
}

static uint64_t S_rng = 0x2545F4914F6CDD1DULL;
static uint64_t S_rand(void) {
  S_rng ^= S_rng << 13;
  S_rng ^= S_rng >> 7;
  S_rng ^= S_rng << 17;
  return S_rng;
}

/* The articles of DATA at path (*nd of them, the longest *maxn tokens),
 * their word forms counted; NULL if it cannot be read. */
static S_doc *S_read_docs(const char *path, size_t *ndp, size_t *maxnp) {
  FILE *in = fopen(path, "rb");
  if (!in) {
    perror(path);
    return NULL;
  }
  S_forms = S_xalloc(S_FSLOTS * sizeof *S_forms);
  size_t nd = 0, cap = 1024, maxn = 0, ntok = 0;
  S_doc *docs = S_xalloc(cap * sizeof *docs);
  for (;;) {
    if (nd == cap) {
      docs = realloc(docs, (cap *= 2) * sizeof *docs);
      if (!docs) return NULL;
    }
    if (!S_read_doc(in, &docs[nd])) break;
    if (docs[nd].n > maxn) maxn = docs[nd].n;
    ntok += docs[nd].n;
    nd++;
  }
  fclose(in);
  fprintf(stderr, "train_tagger: %zu articles, %zu tokens\n", nd, ntok);
  *ndp = nd;
  *maxnp = maxn;
  return docs;
}

/* Every heldout-th article scored with the weights w, the figures
 * printed after label. */
static void S_heldout(const char *label, const S_doc *docs, size_t nd, int heldout,
                      const double *w, size_t maxn, double (*em)[NTAG],
                      unsigned char (*bp)[NTAG]) {
  S_count c = {0, 0, 0};
  for (size_t di = 0; di < nd; di += (size_t)heldout) S_score(&docs[di], w, &c, maxn, em, bp);
  double p = c.pred ? (double)c.tp / (double)c.pred : 0,
         r = c.gold ? (double)c.tp / (double)c.gold : 0;
  fprintf(stderr, "%s: held-out P %.4f R %.4f F1 %.4f\n", label, p, r,
          p + r > 0 ? 2 * p * r / (p + r) : 0);
}

/* The epochs of training over the articles in a shuffled order, but for
 * every heldout-th, scored after each epoch. */
static void S_train(const S_doc *docs, size_t nd, int epochs, int heldout, size_t maxn,
                    unsigned char *pred, double (*em)[NTAG], unsigned char (*bp)[NTAG]) {
  size_t nw = (size_t)LEDE__TG_NB * NT;
  size_t *order = S_xalloc(nd * sizeof *order);
  for (size_t i = 0; i < nd; i++) order[i] = i;
  for (int ep = 1; ep <= epochs; ep++) {
    for (size_t i = nd; i > 1; i--) {
      size_t j = (size_t)(S_rand() % i), t = order[i - 1];
      order[i - 1] = order[j];
      order[j] = t;
    }
    for (size_t q = 0; q < nd; q++) {
      size_t di = order[q];
      if (heldout && di % (size_t)heldout == 0) continue;
      const S_doc *d = &docs[di];
      for (size_t s = 0; s < d->n;) {
        size_t e = S_line_end(d, s);
        S_train_line(d, s, e, pred, em, bp);
        s = e;
      }
    }
    if (heldout) {
      for (size_t k = 0; k < nw; k++) E[k] = W[k] - U[k] / C;
      char label[32];
      snprintf(label, sizeof label, "epoch %2d", ep);
      S_heldout(label, docs, nd, heldout, E, maxn, em, bp);
    }
  }
}

/* Averaged weights, in units of 1 / 32000 of the largest; each row as
 * int8 times a multiplier of its own, the least that holds its largest
 * weight (see tagger.h): within 1/254 of that weight. E holds them
 * rounded, mult the multipliers; the rows with a weight, and *scalep. */
static size_t S_quantize(unsigned char *mult, double *scalep) {
  size_t nw = (size_t)LEDE__TG_NB * NT;
  double mx = 0;
  for (size_t k = 0; k < nw; k++) {
    E[k] = W[k] - U[k] / C;
    if (fabs(E[k]) > mx) mx = fabs(E[k]);
  }
  double scale = mx > 0 ? 32000.0 / mx : 1;
  size_t rows = 0;
  for (size_t r = 0; r < LEDE__TG_NB; r++) {
    double *e = &E[r * NT], m = 0;
    for (int j = 0; j < NT; j++)
      if (fabs(e[j] * scale) > m) m = fabs(e[j] * scale);
    long mu = (long)ceil(m / 127);
    mult[r] = (unsigned char)(mu < 1 ? 1 : mu > 255 ? 255 : mu);
    int any = 0;
    for (int j = 0; j < NT; j++) {
      long v = lround(e[j] * scale / mult[r]);
      v = v > 127 ? 127 : v < -127 ? -127 : v;
      any |= v != 0;
      e[j] = (double)(v * mult[r]);
    }
    if (any) rows++;
  }
  *scalep = scale;
  return rows;
}

/* The table, packed (see tagger.h): the stored rows of E, then the most
 * frequent word forms. */
static void S_pack(S_buf *pk, size_t rows, const unsigned char *mult) {
  S_varint(pk, rows);
  size_t last = 0;
  for (size_t r = 0; r < LEDE__TG_NB; r++) {
    unsigned mask = 0;
    for (int j = 0; j < NT; j++)
      if (E[r * NT + (size_t)j] != 0) mask |= 1u << j;
    if (!mask) continue;
    S_varint(pk, r - last);
    last = r + 1;
    S_byte(pk, (unsigned char)mask);
    S_byte(pk, mult[r]);
    for (int j = 0; j < NT; j++) {
      long x = (long)E[r * NT + (size_t)j] / mult[r];
      if (x) S_byte(pk, (unsigned char)(signed char)x);
    }
  }
  /* The most frequent word forms: their tokens' flags and bytes. */
  size_t nf = 0;
  for (size_t k = 0; k < S_FSLOTS; k++)
    if (S_forms[k].key && S_forms[k].count >= 2) S_forms[nf++] = S_forms[k];
  qsort(S_forms, nf, sizeof *S_forms, S_by_count);
  if (nf > S_NWORDS) nf = S_NWORDS;
  S_varint(pk, nf);
  for (size_t i = 0; i < nf; i++) {
    S_varint(pk, S_forms[i].flags);
    S_varint(pk, S_forms[i].n);
    for (size_t b = 0; b < S_forms[i].n; b++) S_byte(pk, (unsigned char)S_forms[i].s[b]);
  }
}

/* The packed table written to path as C, in base64 lines; 0, or 1 if it
 * cannot be written. */
static int S_write_table(const char *path, const S_buf *pk) {
  FILE *out = fopen(path, "w");
  if (!out) {
    perror(path);
    return 1;
  }
  fprintf(out, "/* Generated by tools/train_tagger.c (make train); do not edit.\n"
               " * Averaged perceptron weights of the name tagger, trained on the\n"
               " * CoNLL-2003 English training set (see README), packed as\n"
               " * tagger.h says. */\n"
               "#include \"tagger.h\"\n"
               "const char lede__tagger_packed[][LEDE__TG_PACKW + 1] = {\n");
  static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  size_t lines = 0;
  for (size_t i = 0; i < pk->n;) {
    fputc('"', out);
    for (size_t c = 0; c < LEDE__TG_PACKW / 4 && i < pk->n; c++, i += 3) {
      uint32_t x = (uint32_t)pk->v[i] << 16 | (i + 1 < pk->n ? (uint32_t)pk->v[i + 1] << 8 : 0) |
                   (i + 2 < pk->n ? pk->v[i + 2] : 0);
      fputc(b64[x >> 18], out);
      fputc(b64[(x >> 12) & 63], out);
      fputc(i + 1 < pk->n ? b64[(x >> 6) & 63] : '=', out);
      fputc(i + 2 < pk->n ? b64[x & 63] : '=', out);
    }
    fputs("\",\n", out);
    lines++;
  }
  fprintf(out, "};\nconst size_t lede__tagger_npacked = %zu;\n", lines);
  if (fclose(out) != 0) {
    perror(path);
    return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s DATA OUT.c [--epochs N] [--heldout K]\n", argv[0]);
    return 2;
  }
  int epochs = 12, heldout = 0;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--epochs")) epochs = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--heldout")) heldout = atoi(argv[i + 1]);
  }
  size_t nd = 0, maxn = 0;
  S_doc *docs = S_read_docs(argv[1], &nd, &maxn);
  if (!docs) return 1;
  size_t nw = (size_t)LEDE__TG_NB * NT;
  W = S_xalloc(nw * sizeof *W);
  U = S_xalloc(nw * sizeof *U);
  E = S_xalloc(nw * sizeof *E);
  double (*em)[NTAG] = S_xalloc((maxn + 1) * sizeof *em);
  unsigned char (*bp)[NTAG] = S_xalloc((maxn + 1) * sizeof *bp);
  unsigned char *pred = S_xalloc(maxn + 1);
  S_train(docs, nd, epochs, heldout, maxn, pred, em, bp);
  unsigned char *mult = S_xalloc(LEDE__TG_NB);
  double scale;
  size_t rows = S_quantize(mult, &scale);
  S_buf pk = {NULL, 0, 0};
  S_pack(&pk, rows, mult);
  free(mult);
  int bad = S_write_table(argv[2], &pk);
  free(pk.v);
  if (bad) return 1;
  fprintf(stderr, "train_tagger: %zu of %u rows set, scale %.2f\n", rows,
          (unsigned)LEDE__TG_NB, scale);
  if (heldout) S_heldout("int8 table", docs, nd, heldout, E, maxn, em, bp);
  return 0;
}
