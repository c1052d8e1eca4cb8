/* Many articles from files, folders, stdin and JSON Lines (inputs.h). */
#include "inputs.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
  const char *m = strerror(err);
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
    return p && e && S_add(it, p, SRC_DIR_ERROR, e);
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
        if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
          if (depth < 64) ok = S_walk(it, p, depth + 1);
          free(p);
        } else if (S_ends_with(p, ".txt") &&
                   (stat(p, &st) != 0 || S_ISREG(st.st_mode))) {
          /* (one that cannot be stat'ed is reported when read) */
          if (stat(p, &st) == 0) it->total += (size_t)st.st_size;
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

/* ==== JSON Lines records ================================================ */

static const char *S_ws(const char *p, const char *e) {
  while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) p++;
  return p;
}

static int S_hex4(const char *p, const char *e, unsigned *v) {
  if (e - p < 4) return 0;
  *v = 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    unsigned d = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                 : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                 : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                        : 16u;
    if (d > 15) return 0;
    *v = *v * 16 + d;
  }
  return 1;
}

static size_t S_utf8(unsigned cp, char *out) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* A JSON string at *pp (at the opening quote). If out is not NULL, the
 * decoded bytes are malloc'd into *out. Returns 0 on a syntax error. */
static int S_string(const char **pp, const char *e, char **out, size_t *olen) {
  const char *p = *pp + 1;
  char *b = NULL;
  size_t n = 0;
  if (out) {
    /* Decoded text is never longer than the source. */
    const char *q = p;
    while (q < e && *q != '"') q += (*q == '\\' && q + 1 < e) ? 2 : 1;
    b = malloc((size_t)(q - p) + 1);
    if (!b) return 0;
  }
  while (p < e && *p != '"') {
    /* A run of plain characters at once. */
    const char *q = p;
    while (q < e && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20) q++;
    if (b && q > p) memcpy(b + n, p, (size_t)(q - p));
    n += (size_t)(q - p);
    p = q;
    if (p >= e || *p == '"' || (unsigned char)*p < 0x20) break;
    if (++p >= e) break;
    char esc = *p++;
    char ch = 0;
    switch (esc) {
    case '"': ch = '"'; break;
    case '\\': ch = '\\'; break;
    case '/': ch = '/'; break;
    case 'b': ch = '\b'; break;
    case 'f': ch = '\f'; break;
    case 'n': ch = '\n'; break;
    case 'r': ch = '\r'; break;
    case 't': ch = '\t'; break;
    case 'u': {
      unsigned cp, lo;
      if (!S_hex4(p, e, &cp)) goto bad;
      p += 4;
      if (cp >= 0xD800 && cp <= 0xDBFF && e - p >= 6 && p[0] == '\\' &&
          p[1] == 'u' && S_hex4(p + 2, e, &lo) && lo >= 0xDC00 &&
          lo <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        p += 6;
      } else if (cp >= 0xD800 && cp <= 0xDFFF) {
        cp = 0xFFFD; /* a lone surrogate */
      }
      if (b) n += S_utf8(cp, b + n);
      continue;
    }
    default: goto bad;
    }
    if (b) b[n++] = ch;
  }
  if (p >= e || *p != '"') goto bad;
  *pp = p + 1;
  if (out) {
    b[n] = '\0';
    *out = b;
    *olen = n;
  }
  return 1;
bad:
  free(b);
  return 0;
}

static int S_skip(const char **pp, const char *e, int depth) {
  const char *p = S_ws(*pp, e);
  if (p >= e || depth > 64) return 0;
  if (*p == '"') {
    if (!S_string(&p, e, NULL, NULL)) return 0;
  } else if (*p == '{' || *p == '[') {
    char close = *p == '{' ? '}' : ']';
    p = S_ws(p + 1, e);
    if (p < e && *p == close) {
      *pp = p + 1;
      return 1;
    }
    for (;;) {
      if (close == '}') {
        p = S_ws(p, e);
        if (p >= e || *p != '"' || !S_string(&p, e, NULL, NULL)) return 0;
        p = S_ws(p, e);
        if (p >= e || *p++ != ':') return 0;
      }
      if (!S_skip(&p, e, depth + 1)) return 0;
      p = S_ws(p, e);
      if (p < e && *p == ',') {
        p++;
        continue;
      }
      if (p < e && *p == close) {
        p++;
        break;
      }
      return 0;
    }
  } else {
    const char *s = p;
    while (p < e && (*p == '-' || *p == '+' || *p == '.' ||
                     (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
                     (*p >= 'A' && *p <= 'Z')))
      p++;
    if (p == s) return 0;
  }
  *pp = p;
  return 1;
}

const char *lede_jsonl_record(const char *line, size_t len,
                              const char *fallback, lede_input *in) {
  const char *p = S_ws(line, line + len), *e = line + len;
  const char *msg = "not a JSON object";
  if (p >= e || *p != '{') return msg;
  p = S_ws(p + 1, e);
  int empty = p < e && *p == '}';
  if (empty) p++;
  while (!empty) {
    char *key = NULL;
    size_t klen;
    if (p >= e || *p != '"' || !S_string(&p, e, &key, &klen)) goto bad;
    p = S_ws(p, e);
    if (p >= e || *p++ != ':') {
      free(key);
      goto bad;
    }
    p = S_ws(p, e);
    int is_text = !strcmp(key, "text"), is_id = !strcmp(key, "id"),
        is_pub = !strcmp(key, "published");
    free(key);
    if ((is_text || is_id || is_pub) && p < e && *p == '"') {
      char *v;
      size_t vlen;
      if (!S_string(&p, e, &v, &vlen)) goto bad;
      char **slot = is_text ? &in->text : is_id ? &in->name : &in->published;
      free(*slot);
      *slot = v;
      if (is_text) in->len = vlen;
    } else {
      const char *s = p;
      if (!S_skip(&p, e, 0)) goto bad;
      if (is_id && *s != 'n') { /* a number: keep it as written */
        free(in->name);
        in->name = malloc((size_t)(p - s) + 1);
        if (!in->name) goto bad;
        memcpy(in->name, s, (size_t)(p - s));
        in->name[p - s] = '\0';
      }
      if (is_text && *s != 'n') {
        msg = "\"text\" is not a string";
        goto bad;
      }
    }
    p = S_ws(p, e);
    if (p < e && *p == ',') {
      p = S_ws(p + 1, e);
      continue;
    }
    if (p < e && *p == '}') {
      p++;
      break;
    }
    goto bad;
  }
  if (S_ws(p, e) != e) goto bad;
  if (!in->text) {
    msg = "record has no \"text\"";
    goto bad;
  }
  if (!in->name && !(in->name = S_strdup(fallback))) goto bad;
  return NULL;
bad:
  free(in->text);
  free(in->published);
  in->text = in->published = NULL;
  in->len = 0;
  return msg == NULL ? "invalid JSON" : msg;
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
    const char *p = S_ws(it->buf, it->buf + len);
    if (p == it->buf + len) continue; /* blank line */
    char where[64];
    snprintf(where, sizeof where, ":%zu", it->line);
    size_t nn = strlen(it->fpath) + strlen(where) + 1;
    char *fallback = malloc(nn);
    if (!fallback) return S_set_error(in, it->fpath, "out of memory");
    snprintf(fallback, nn, "%s%s", it->fpath, where);
    in->bytes = len;
    in->record = 1;
    const char *msg = lede_jsonl_record(it->buf, len, fallback, in);
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
    if (err) in->error = S_errmsg(s->path, err);
    return 1;
  }
  return 0;
}
