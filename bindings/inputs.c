/* Many articles from files, folders, stdin and JSON Lines (inputs.h). */
#include "inputs.h"
#include "html.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

typedef enum { SRC_TEXT, SRC_JSONL, SRC_STDIN, SRC_DIR_ERROR } S_kind;

typedef struct {
  char *path;
  S_kind kind;
  char *error; /* for SRC_DIR_ERROR */
} S_source;

/* A directory already walked (symlinks may lead back to it). */
typedef struct {
  dev_t dev;
  ino_t ino;
} S_dirid;

struct lede_inputs {
  S_source *src;
  S_dirid *seen;
  size_t nseen, capseen;
  size_t n, cap, next;
  size_t total;
  lede_stdin_mode mode;
  /* The JSON Lines source being read, if any. */
  FILE *f;
  const char *fpath;
  size_t line;
  char *buf;
  size_t bufcap;
};

static char *S_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  if (p) memcpy(p, s, n);
  return p;
}

static char *S_errmsg(const char *path, int err) {
  const char *m = err == EILSEQ ? "corrupt gzip data" : strerror(err);
  size_t n = strlen(path) + strlen(m) + 3;
  char *p = malloc(n);
  if (p) snprintf(p, n, "%s: %s", path, m);
  return p;
}

static int S_ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && !strcmp(s + n - k, suffix);
}

static int S_add(lede_inputs *it, char *path, S_kind kind, char *error) {
  if (it->n == it->cap) {
    size_t ncap = it->cap ? it->cap * 2 : 16;
    S_source *ns = realloc(it->src, ncap * sizeof *ns);
    if (!ns) return 0;
    it->src = ns;
    it->cap = ncap;
  }
  it->src[it->n].path = path;
  it->src[it->n].kind = kind;
  it->src[it->n].error = error;
  it->n++;
  return 1;
}

static int S_cmp(const void *x, const void *y) {
  return strcmp(*(char *const *)x, *(char *const *)y);
}

/* 1 if the directory was walked before, else records it; -1 on OOM. Each
 * directory is walked once, so symlinks to a parent (or several links to
 * one folder) cannot make the walk loop or grow exponentially. */
static int S_seen(lede_inputs *it, const struct stat *st) {
  for (size_t i = 0; i < it->nseen; i++)
    if (it->seen[i].dev == st->st_dev && it->seen[i].ino == st->st_ino)
      return 1;
  if (it->nseen == it->capseen) {
    size_t ncap = it->capseen ? it->capseen * 2 : 16;
    S_dirid *ns = realloc(it->seen, ncap * sizeof *ns);
    if (!ns) return -1;
    it->seen = ns;
    it->capseen = ncap;
  }
  it->seen[it->nseen].dev = st->st_dev;
  it->seen[it->nseen].ino = st->st_ino;
  it->nseen++;
  return 0;
}

/* Add the *.txt files under dir, in name order. Returns 0 on OOM. Only
 * regular files are taken: a FIFO or a device named *.txt would block the
 * walk or never end. */
static int S_walk(lede_inputs *it, const char *dir, int depth) {
  struct stat dst;
  if (stat(dir, &dst) == 0) {
    int seen = S_seen(it, &dst);
    if (seen) return seen > 0;
  }
  DIR *d = opendir(dir);
  if (!d) {
    char *e = S_errmsg(dir, errno);
    char *p = S_strdup(dir);
    if (p && e && S_add(it, p, SRC_DIR_ERROR, e)) return 1;
    free(e); /* out of memory: nothing of this entry is kept */
    free(p);
    return 0;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *de;
  int ok = 1;
  while (ok && (de = readdir(d))) {
    if (de->d_name[0] == '.') continue; /* ., .., hidden files */
    if (n == cap) {
      cap = cap ? cap * 2 : 32;
      char **nn = realloc(names, cap * sizeof *nn);
      if (!nn) {
        ok = 0;
        break;
      }
      names = nn;
    }
    if (!(names[n] = S_strdup(de->d_name))) ok = 0;
    else n++;
  }
  closedir(d);
  if (names) qsort(names, n, sizeof *names, S_cmp);
  for (size_t i = 0; i < n; i++) {
    if (ok) {
      size_t len = strlen(dir) + strlen(names[i]) + 2;
      char *p = malloc(len);
      if (!p) ok = 0;
      else {
        snprintf(p, len, "%s%s%s", dir,
                 S_ends_with(dir, "/") ? "" : "/", names[i]);
        struct stat st;
        int have = stat(p, &st) == 0;
        if (have && S_ISDIR(st.st_mode)) {
          if (depth < 64) ok = S_walk(it, p, depth + 1);
          free(p);
        } else if ((S_ends_with(p, ".txt") || lede_html_path(p)) &&
                   (!have || S_ISREG(st.st_mode))) {
          /* (one that cannot be stat'ed is reported when read) */
          if (have) it->total += (size_t)st.st_size;
          ok = S_add(it, p, SRC_TEXT, NULL);
          if (!ok) free(p);
        } else {
          free(p);
        }
      }
    }
    free(names[i]);
  }
  free(names);
  return ok;
}

lede_inputs *lede_inputs_open(const char *const *paths, size_t n,
                              lede_stdin_mode mode) {
  lede_inputs *it = calloc(1, sizeof *it);
  if (!it) return NULL;
  it->mode = mode;
  for (size_t i = 0; i < n; i++) {
    const char *p = paths[i];
    struct stat st;
    int ok;
    if (!strcmp(p, "-")) {
      char *c = S_strdup("-");
      ok = c && S_add(it, c, SRC_STDIN, NULL);
    } else if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
      ok = S_walk(it, p, 0);
    } else {
      char *c = S_strdup(p);
      if (stat(p, &st) == 0) it->total += (size_t)st.st_size;
      ok = c && S_add(it, c, S_ends_with(p, ".jsonl") ? SRC_JSONL : SRC_TEXT,
                      NULL);
      if (!ok) free(c);
    }
    if (!ok) {
      lede_inputs_close(it);
      return NULL;
    }
  }
  return it;
}

size_t lede_inputs_total_bytes(const lede_inputs *it) { return it->total; }

void lede_input_clear(lede_input *in) {
  free(in->name);
  free(in->text);
  free(in->published);
  free(in->error);
  memset(in, 0, sizeof *in);
}

void lede_inputs_close(lede_inputs *it) {
  if (!it) return;
  for (size_t i = 0; i < it->n; i++) {
    free(it->src[i].path);
    free(it->src[i].error);
  }
  free(it->src);
  free(it->seen);
  if (it->f && it->f != stdin) fclose(it->f);
  free(it->buf);
  free(it);
}

/* Read all of f after the `pre` bytes already taken. */
static int S_slurp(FILE *f, const char *pre, size_t npre, lede_input *in) {
  size_t cap = npre + 65536, len = npre, r;
  char *b = malloc(cap + 1);
  if (!b) return ENOMEM;
  memcpy(b, pre, npre);
  while ((r = fread(b + len, 1, cap - len, f)) > 0) {
    len += r;
    /* fread stops short only at the end or an error */
    if (len < cap) break;
    if (len == cap) {
      char *nb = cap > ((size_t)-1) / 4 ? NULL : realloc(b, cap * 2 + 1);
      if (!nb) {
        free(b);
        return ENOMEM;
      }
      b = nb;
      cap *= 2;
    }
  }
  if (ferror(f)) {
    int e = errno ? errno : EIO;
    free(b);
    return e;
  }
  b[len] = '\0';
  in->text = b;
  in->len = len;
  in->bytes = len;
  return 0;
}

/* Does this look like a program, an image or an archive rather than text?
 * Judged on the first 8 KB: many NUL bytes (more than a stray one or two),
 * or more than one byte in eight a control character other than white
 * space. A text with a few odd bytes is still text. */
static void S_count_ctl(const char *t, size_t i, size_t n, size_t *nul,
                        size_t *ctl) {
  for (; i < n; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == 0) ++*nul;
    else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
             c != '\v')
      ++*ctl;
  }
}

static int S_binary(const char *t, size_t len) {
  size_t n = len < 8192 ? len : 8192, nul = 0, ctl = 0, i = 0;
  /* Eight bytes at a time: a byte below 0x20 (a line break, mostly)
   * borrows out of itself, and only then are they looked at one by one. */
  const uint64_t ones = UINT64_C(0x0101010101010101);
  for (; i + 8 <= n; i += 8) {
    uint64_t v;
    memcpy(&v, t + i, 8);
    if ((v - 0x20 * ones) & ~v & (ones << 7)) S_count_ctl(t, i, i + 8, &nul, &ctl);
  }
  S_count_ctl(t, i, n, &nul, &ctl);
  return nul > n / 64 + 2 || (nul + ctl) * 8 > n;
}

/* ==== JSON Lines records ================================================ */

static const char *S_ws(const char *p, const char *e) {
  while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) p++;
  return p;
}

static char *S_memdup(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (p) {
    memcpy(p, s, n);
    p[n] = '\0';
  }
  return p;
}

/* Records are read by Jansson: strict JSON (a bad token or a trailing
 * comma is an error that says where), and "\u0000" in a text is kept. */
const char *lede_jsonl_record(const char *line, size_t len,
                              const char *fallback, lede_input *in,
                              char *msg, size_t msgcap) {
  json_error_t jerr;
  json_t *root = json_loadb(line, len, JSON_ALLOW_NUL, &jerr);
  const char *why = NULL;
  if (!root) {
    snprintf(msg, msgcap, "invalid JSON: %s (column %d)", jerr.text,
             jerr.column);
    return msg;
  }
  if (!json_is_object(root)) {
    why = "not a JSON object";
    goto bad;
  }
  json_t *text = json_object_get(root, "text");
  if (!text || json_is_null(text)) {
    /* A web page in place of the text. */
    text = json_object_get(root, "html");
    if (text && !json_is_null(text)) in->html = 1;
    else text = NULL;
  }
  json_t *id = json_object_get(root, "id");
  json_t *pub = json_object_get(root, "published");
  if (!text || json_is_null(text)) {
    why = "record has no \"text\"";
  } else if (!json_is_string(text)) {
    why = in->html ? "\"html\" is not a string" : "\"text\" is not a string";
  } else if (pub && !json_is_null(pub) && !json_is_string(pub)) {
    why = "\"published\" is not a string";
  }
  /* The id names the record, also in an error line. */
  if (id && json_is_string(id)) {
    in->name = S_memdup(json_string_value(id), json_string_length(id));
  } else if (id && json_is_integer(id)) {
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
    in->name = S_memdup(tmp, strlen(tmp));
  } else if (id && json_is_real(id)) {
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%.17g", json_real_value(id));
    in->name = S_memdup(tmp, strlen(tmp));
  }
  if (why) goto bad;
  in->len = json_string_length(text);
  in->text = S_memdup(json_string_value(text), in->len);
  if (pub && json_is_string(pub))
    in->published = S_memdup(json_string_value(pub), json_string_length(pub));
  if (!in->name) in->name = S_strdup(fallback);
  if (!in->text || !in->name || (pub && json_is_string(pub) && !in->published)) {
    why = "out of memory";
    goto bad;
  }
  json_decref(root);
  return NULL;
bad:
  json_decref(root);
  free(in->text);
  free(in->published);
  in->text = in->published = NULL;
  in->len = 0;
  snprintf(msg, msgcap, "%s", why);
  return msg;
}

/* ==== Iteration ========================================================= */

static int S_set_error(lede_input *in, const char *name, const char *msg) {
  size_t n = strlen(name) + strlen(msg) + 3;
  in->error = malloc(n);
  if (in->error) snprintf(in->error, n, "%s: %s", name, msg);
  if (!in->name) in->name = S_strdup(name);
  in->record = 1; /* only JSON Lines reading reports errors this way */
  return 1;
}

/* The next record of the open JSON Lines source, or 0 at its end. */
static int S_next_line(lede_inputs *it, lede_input *in) {
  for (;;) {
    errno = 0;
    ssize_t got = getline(&it->buf, &it->bufcap, it->f);
    if (got < 0 && errno == ENOMEM)
      return S_set_error(in, it->fpath, "out of memory");
    size_t len = got > 0 ? (size_t)got : 0;
    if (len == 0) {
      int err = ferror(it->f);
      if (it->f != stdin) fclose(it->f);
      it->f = NULL;
      if (err) return S_set_error(in, it->fpath, strerror(EIO));
      return 0;
    }
    it->line++;
    char where[64];
    snprintf(where, sizeof where, ":%zu", it->line);
    size_t nn = strlen(it->fpath) + strlen(where) + 1;
    char *fallback = malloc(nn);
    if (!fallback) return S_set_error(in, it->fpath, "out of memory");
    snprintf(fallback, nn, "%s%s", it->fpath, where);
    in->bytes = len;
    in->record = 1;
    /* A blank line is an error record too: one output line per input
     * line. */
    char buf[256];
    const char *msg = S_ws(it->buf, it->buf + len) == it->buf + len
                          ? "blank line (no JSON record)"
                          : lede_jsonl_record(it->buf, len, fallback, in,
                                              buf, sizeof buf);
    if (msg) S_set_error(in, fallback, msg);
    free(fallback);
    return 1;
  }
}

int lede_inputs_next(lede_inputs *it, lede_input *in) {
  lede_input_clear(in);
  if (it->f) {
    if (S_next_line(it, in)) return 1;
  }
  while (it->next < it->n) {
    S_source *s = &it->src[it->next++];
    if (s->kind == SRC_DIR_ERROR) {
      in->name = S_strdup(s->path);
      in->error = S_strdup(s->error);
      return 1;
    }
    FILE *f = s->kind == SRC_STDIN ? stdin : fopen(s->path, "rb");
    if (!f) {
      in->name = S_strdup(s->path);
      in->error = S_errmsg(s->path, errno);
      return 1;
    }
    int jsonl = s->kind == SRC_JSONL;
    char pre[256];
    size_t npre = 0;
    if (s->kind == SRC_STDIN && it->mode != LEDE_STDIN_TEXT) {
      if (it->mode == LEDE_STDIN_JSONL) {
        jsonl = 1;
      } else {
        /* Look past leading white space for a '{'. */
        int c;
        for (;;) {
          c = getc(f);
          if (c == EOF) break;
          if (npre < sizeof pre &&
              (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
            pre[npre++] = (char)c;
            continue;
          }
          break;
        }
        if (c == '{') jsonl = 1;
        if (c != EOF) ungetc(c, f);
      }
    }
    if (jsonl) {
      it->f = f;
      it->fpath = s->kind == SRC_STDIN ? "<stdin>" : s->path;
      it->line = 0;
      if (S_next_line(it, in)) return 1;
      continue;
    }
    in->name = S_strdup(s->path);
    int err = S_slurp(f, pre, npre, in);
    if (f != stdin) fclose(f);
    if (!err && lede_gz_data(in->text, in->len)) {
      size_t zlen;
      char *z = lede_gunzip(in->text, in->len, &zlen, &err);
      free(in->text);
      in->text = z;
      in->len = z ? zlen : 0;
    }
    if (err) in->error = S_errmsg(s->path, err);
    else if (S_binary(in->text, in->len)) {
      free(in->text);
      in->text = NULL;
      in->len = 0;
      size_t n = strlen(s->path) + 64;
      if ((in->error = malloc(n)))
        snprintf(in->error, n, "%s: binary data, not text (skipped)", s->path);
    } else
      in->html = lede_html_path(s->path) || lede_html_sniff(in->text, in->len);
    return 1;
  }
  return 0;
}
