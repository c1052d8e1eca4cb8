/* Train the frame model (core/quotes_frames.c): a logistic regression,
 * L2-regularized, by averaged stochastic gradient descent, over the
 * features the frames pass gives for each candidate clause of each
 * training article. A candidate is positive when it overlaps a gold quote
 * none of lede's other quotes matches (the scorer's relaxed matching: the
 * most overlap first) and its subject is that quote's speaker (the
 * scorer's speaker test: spans overlapping, or the same words, one inside
 * the other, or the same last word). Writes the weights as a C table.
 *
 *   train_frames DATA OUT.c [--epochs N] [--l2 L]
 *
 * DATA comes from tools/frame_data.lua. Deterministic: fixed seed, one
 * thread. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frame_weights.h"
#include "internal.h"

static void *S_xalloc(size_t n) {
  void *p = calloc(1, n ? n : 1);
  if (!p) {
    fprintf(stderr, "train_frames: out of memory\n");
    exit(1);
  }
  return p;
}

typedef struct {
  long s, e, ss, se;
  char *spk; /* NULL: no speaker */
} S_gold;

typedef struct {
  uint32_t f[LEDE__FR_NF];
  size_t nf, cs, ce, sp0, sp1;
  int y;
} S_ex;

static S_ex *S_exs;
static size_t S_nex, S_capex;

/* ---- the scorer's speaker test ---------------------------------------- */

/* A word byte: ASCII letters, digits and '_', and any byte of a code
 * point past ASCII but general punctuation (U+2000..U+206F: ’ “ —). */
static size_t S_words(const char *s, size_t n, char (*w)[32], size_t max,
                      int parens) {
  size_t k = 0, i = 0;
  int depth = 0;
  while (i < n && k < max) {
    unsigned char c = (unsigned char)s[i];
    if (parens && (c == '(' || c == '[')) { depth++; i++; continue; }
    if (parens && (c == ')' || c == ']') && depth) { depth--; i++; continue; }
    if (c == 0xE2 && i + 1 < n && ((unsigned char)s[i + 1] & 0xFC) == 0x80) {
      i += 3;
      continue;
    }
    int word = c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
               (c >= 'A' && c <= 'Z') || c == '_';
    if (!word) { i++; continue; }
    size_t j = i, m = 0;
    while (j < n) {
      unsigned char d = (unsigned char)s[j];
      if (d == 0xE2 && j + 1 < n && ((unsigned char)s[j + 1] & 0xFC) == 0x80) break;
      if (!(d >= 0x80 || (d >= '0' && d <= '9') || (d >= 'a' && d <= 'z') ||
            (d >= 'A' && d <= 'Z') || d == '_'))
        break;
      if (m < 31) w[k][m++] = (char)(d >= 'A' && d <= 'Z' ? d + 32 : d);
      j++;
    }
    w[k][m] = '\0';
    if (!depth) k++;
    i = j;
  }
  return k;
}

static int S_contains(char (*a)[32], size_t na, char (*b)[32], size_t nb) {
  if (!nb || nb > na) return 0;
  for (size_t i = 0; i + nb <= na; i++) {
    size_t k = 0;
    while (k < nb && strcmp(a[i + k], b[k]) == 0) k++;
    if (k == nb) return 1;
  }
  return 0;
}

static int S_speaker_ok(const S_gold *g, const char *text, size_t ps,
                        size_t pe) {
  if (!g->spk) return 0;
  if (g->ss >= 0 && (long)pe > g->ss && g->se > (long)ps) return 1;
  char gw[32][32], pw[32][32];
  size_t gn = S_words(g->spk, strlen(g->spk), gw, 32, 1);
  if (!gn) gn = S_words(g->spk, strlen(g->spk), gw, 32, 0);
  size_t pn = S_words(text + ps, pe - ps, pw, 32, 1);
  if (!pn) pn = S_words(text + ps, pe - ps, pw, 32, 0);
  if (!gn || !pn) return 0;
  return S_contains(gw, gn, pw, pn) || S_contains(pw, pn, gw, gn) ||
         strcmp(gw[gn - 1], pw[pn - 1]) == 0;
}

/* ---- one article -------------------------------------------------------- */

typedef struct {
  const char *text;
  S_gold *missed;
  size_t nmissed;
} S_doc;

static void S_label(const S_doc *d, S_ex *c) {
  int y = 0;
  for (size_t k = 0; k < d->nmissed && !y; k++) {
    const S_gold *g = &d->missed[k];
    if (g->s < (long)c->ce && g->e > (long)c->cs)
      y = S_speaker_ok(g, d->text, c->sp0, c->sp1);
  }
  c->y = y;
}

static void S_sink(void *ud, const lede__frame_cand *c) {
  (void)ud;
  if (S_nex == S_capex) {
    S_capex = S_capex ? 2 * S_capex : 1024;
    S_exs = realloc(S_exs, S_capex * sizeof *S_exs);
    if (!S_exs) exit(1);
  }
  S_ex *x = &S_exs[S_nex++];
  memcpy(x->f, c->f, c->nf * sizeof *c->f);
  x->nf = c->nf;
  x->cs = c->cs;
  x->ce = c->ce;
  x->sp0 = c->sp0;
  x->sp1 = c->sp1;
  x->y = 0;
}

typedef struct {
  long ov, dist;
  size_t g, p;
} S_pairc;

static int S_by_pair(const void *pa, const void *pb) {
  const S_pairc *a = pa, *b = pb;
  if (a->ov != b->ov) return a->ov > b->ov ? -1 : 1;
  if (a->dist != b->dist) return a->dist < b->dist ? -1 : 1;
  if (a->g != b->g) return a->g < b->g ? -1 : 1;
  return a->p < b->p ? -1 : a->p > b->p;
}

/* The gold quotes lede's quotes leave unmatched (relaxed matching). */
static size_t S_missed(const lede_article *a, S_gold *gv, size_t ng,
                       S_gold *out) {
  size_t np = lede_quote_count(a), nc = 0;
  S_pairc *cv = S_xalloc((ng * np + 1) * sizeof *cv);
  for (size_t i = 0; i < ng; i++)
    for (size_t j = 0; j < np; j++) {
      lede_span p = lede_quote_span(a, j);
      long lo = gv[i].s > (long)p.start ? gv[i].s : (long)p.start;
      long hi = gv[i].e < (long)p.end ? gv[i].e : (long)p.end;
      if (hi > lo)
        cv[nc++] = (S_pairc){hi - lo, labs(gv[i].s - (long)p.start) +
                                          labs(gv[i].e - (long)p.end), i, j};
    }
  qsort(cv, nc, sizeof *cv, S_by_pair);
  unsigned char *ug = S_xalloc(ng), *up = S_xalloc(np);
  for (size_t k = 0; k < nc; k++)
    if (!ug[cv[k].g] && !up[cv[k].p]) ug[cv[k].g] = up[cv[k].p] = 1;
  size_t n = 0;
  for (size_t i = 0; i < ng; i++)
    if (!ug[i]) out[n++] = gv[i];
  free(cv);
  free(ug);
  free(up);
  return n;
}

/* ---- training ----------------------------------------------------------- */

#define S_SLOTS (1u << 18)
static uint32_t S_key[S_SLOTS];
static double S_w[S_SLOTS], S_avg[S_SLOTS];
static int S_has[S_SLOTS];

static size_t S_used;

static size_t S_slot(uint32_t id) {
  size_t k = (id * 2654435761u) & (S_SLOTS - 1);
  while (S_has[k] && S_key[k] != id) k = (k + 1) & (S_SLOTS - 1);
  if (!S_has[k]) {
    /* (a full table would send the probe above round for ever) */
    if (++S_used == S_SLOTS) {
      fprintf(stderr, "train_frames: more than %u features\n", S_SLOTS - 1);
      exit(1);
    }
    S_has[k] = 1;
    S_key[k] = id;
  }
  return k;
}

static uint64_t S_rng = 88172645463325252ull;
static uint64_t S_rand(void) {
  S_rng ^= S_rng << 13;
  S_rng ^= S_rng >> 7;
  S_rng ^= S_rng << 17;
  return S_rng;
}

typedef struct {
  uint32_t id;
  int32_t w;
} S_out;
static int S_by_id(const void *pa, const void *pb) {
  const S_out *a = pa, *b = pb;
  return a->id < b->id ? -1 : a->id > b->id;
}

/* One article of DATA, after its DOC line (len bytes of text, published
 * pub): its gold read, parsed, its candidates added and labelled; 0, or
 * 1 if it cannot be read or parsed. */
static int S_read_article(FILE *in, long len, const char *pub) {
  fgetc(in);
  char *text = S_xalloc((size_t)len + 1);
  if (fread(text, 1, (size_t)len, in) != (size_t)len) return 1;
  size_t ng;
  if (fscanf(in, " GOLD %zu", &ng) != 1) return 1;
  S_gold *gv = S_xalloc((ng + 1) * sizeof *gv), *mv = S_xalloc((ng + 1) * sizeof *mv);
  for (size_t k = 0; k < ng; k++) {
    long sl;
    if (fscanf(in, "%ld %ld %ld %ld %ld", &gv[k].s, &gv[k].e, &gv[k].ss,
               &gv[k].se, &sl) != 5)
      return 1;
    fgetc(in);
    char *sp = S_xalloc(sl > 0 ? (size_t)sl + 1 : 1);
    if (sl > 0 && fread(sp, 1, (size_t)sl, in) != (size_t)sl) return 1;
    gv[k].spk = sl >= 0 ? sp : (free(sp), NULL);
  }
  lede_options opt = {0};
  if (strcmp(pub, "-") != 0) opt.published = pub;
  /* (the frames pass hands its candidates over and adds none: the
   * gold is matched against the other quotes) */
  lede_article *a;
  size_t first = S_nex;
  if (lede__parse_frames(text, (size_t)len, &opt, S_sink, NULL, &a) != LEDE_OK &&
      lede__parse_frames(text, (size_t)len, NULL, S_sink, NULL, &a) != LEDE_OK)
    return 1;
  S_doc d = {text, mv, 0};
  d.nmissed = S_missed(a, gv, ng, mv);
  lede_article_free(a);
  for (size_t k = first; k < S_nex; k++) S_label(&d, &S_exs[k]);
  for (size_t k = 0; k < ng; k++) free(gv[k].spk);
  free(gv);
  free(mv);
  free(text);
  return 0;
}

/* The candidates of every article of DATA at path (*ndocs of them); 0,
 * or 1 if it cannot be read. */
static int S_read_data(const char *path, size_t *ndocs) {
  FILE *in = fopen(path, "rb");
  if (!in) {
    perror(path);
    return 1;
  }
  long len;
  char pub[64];
  while (fscanf(in, " DOC %ld %63s", &len, pub) == 2) {
    if (S_read_article(in, len, pub)) return 1;
    (*ndocs)++;
  }
  fclose(in);
  return 0;
}

/* Averaged SGD, as the analysis script tools/frame_probe.py does: the
 * weights of the last half of the epochs summed in S_avg, the bias's in
 * *bavg; the epochs summed. */
static int S_train(int epochs, double l2, double *bavgp) {
  size_t *order = S_xalloc((S_nex + 1) * sizeof *order);
  for (size_t k = 0; k < S_nex; k++) order[k] = k;
  double bias = 0, bavg = 0, lr0 = 0.1;
  long step = 0;
  int cnt = 0;
  for (int ep = 0; ep < epochs; ep++) {
    for (size_t k = S_nex; k > 1; k--) {
      size_t r = (size_t)(S_rand() % k), t = order[k - 1];
      order[k - 1] = order[r];
      order[r] = t;
    }
    for (size_t o = 0; o < S_nex; o++) {
      const S_ex *x = &S_exs[order[o]];
      step++;
      double lr = lr0 / (1 + 0.0005 * (double)step), z = bias;
      size_t sl[LEDE__FR_NF];
      for (size_t k = 0; k < x->nf; k++) z += S_w[sl[k] = S_slot(x->f[k])];
      if (z > 30) z = 30;
      if (z < -30) z = -30;
      double g = 1 / (1 + exp(-z)) - x->y;
      /* (a feature twice in one candidate is stepped twice, as the
       * script does) */
      for (size_t k = 0; k < x->nf; k++)
        S_w[sl[k]] = S_w[sl[k]] * (1 - lr * l2) - lr * g;
      bias = bias * (1 - lr * l2) - lr * g;
    }
    if (ep >= epochs / 2) {
      cnt++;
      for (size_t k = 0; k < S_SLOTS; k++)
        if (S_has[k]) S_avg[k] += S_w[k];
      bavg += bias;
    }
  }
  *bavgp = bavg;
  return cnt;
}

/* The averaged weights over cnt epochs that round to something, by id;
 * *np of them. */
static S_out *S_weights(int cnt, size_t *np) {
  S_out *ov = S_xalloc(S_SLOTS * sizeof *ov);
  size_t n = 0;
  for (size_t k = 0; k < S_SLOTS; k++) {
    if (!S_has[k]) continue;
    long w = lround(S_avg[k] / cnt * LEDE__FR_SCALE);
    if (w) ov[n++] = (S_out){S_key[k], (int32_t)w};
  }
  qsort(ov, n, sizeof *ov, S_by_id);
  *np = n;
  return ov;
}

/* The table written to path as C: the bias, the n weights ov, the first
 * weight of each id bucket; 0, or 1 if it cannot be opened. */
static int S_write_table(const char *path, const S_out *ov, size_t n, long bias,
                         size_t ndocs, size_t npos) {
  FILE *out = fopen(path, "w");
  if (!out) {
    perror(path);
    return 1;
  }
  fprintf(out,
          "/* Generated by tools/train_frames.c (make train); do not edit.\n"
          " * The frame model's weights (quotes_frames.c), trained on the\n"
          " * train half of PolNeAR (%zu articles, %zu candidates, %zu\n"
          " * positive), as frame_weights.h says. */\n"
          "#include \"frame_weights.h\"\n"
          "const int32_t lede__frame_bias = %ld;\n"
          "const size_t lede__frame_nw = %zu;\n"
          "const lede__frame_wt lede__frame_w[] = {\n",
          ndocs, S_nex, npos, bias, n);
  for (size_t k = 0; k < n; k++)
    fprintf(out, "{%uu, %d},%s", ov[k].id, ov[k].w, k % 4 == 3 ? "\n" : " ");
  fprintf(out, "%s};\n", n % 4 ? "\n" : "");
  fprintf(out, "const uint16_t lede__frame_first[%u] = {",
          (1u << (32 - LEDE__FR_SHIFT)) + 1);
  for (size_t b = 0, k = 0; b <= (1u << (32 - LEDE__FR_SHIFT)); b++) {
    while (k < n && (ov[k].id >> LEDE__FR_SHIFT) < b) k++;
    fprintf(out, "%s%zu,", b % 12 ? " " : "\n", k);
  }
  fprintf(out, "\n};\n");
  fclose(out);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: train_frames DATA OUT.c [--epochs N] [--l2 L]\n");
    return 2;
  }
  int epochs = 10;
  double l2 = 0.01;
  for (int i = 3; i + 1 < argc; i += 2) {
    if (!strcmp(argv[i], "--epochs")) epochs = atoi(argv[i + 1]);
    else if (!strcmp(argv[i], "--l2")) l2 = atof(argv[i + 1]);
  }
  if (epochs < 1) {
    fprintf(stderr, "train_frames: --epochs must be 1 or more\n");
    return 2;
  }
  size_t ndocs = 0;
  if (S_read_data(argv[1], &ndocs)) return 1;
  size_t npos = 0;
  for (size_t k = 0; k < S_nex; k++) npos += (size_t)S_exs[k].y;
  fprintf(stderr, "train_frames: %zu articles, %zu candidates, %zu positive\n",
          ndocs, S_nex, npos);
  double bavg;
  int cnt = S_train(epochs, l2, &bavg);
  size_t n;
  S_out *ov = S_weights(cnt, &n);
  /* lede__frame_first holds places in the table as uint16_t */
  if (n > UINT16_MAX) {
    fprintf(stderr, "train_frames: %zu weights, over the %u frame_weights.h indexes\n",
            n, (unsigned)UINT16_MAX);
    return 1;
  }
  return S_write_table(argv[2], ov, n, lround(bavg / cnt * LEDE__FR_SCALE), ndocs, npos);
}
