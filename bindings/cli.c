/* The `lede` command: subcommands that run the Lua scripts with the module
 * loaded, `lede json` (C, parallel with --jobs), `lede run` and a REPL.
 * Exit status: 0 all fine, 1 some input failed, 2 usage error. */
#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <limits.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "inputs.h"
#include "lede.h"

int luaopen_lede(lua_State *L);

#ifndef LEDE_SCRIPTS_DIR
#define LEDE_SCRIPTS_DIR "/usr/local/share/lede/scripts"
#endif

static const char S_usage[] =
    "usage: lede [COMMAND] [OPTIONS] [FILE...]\n"
    "\n"
    "Read news articles saved as text and report what they say.\n"
    "\n"
    "commands:\n"
    "  report [--html OUT.html] FILE...\n"
    "                            headline, byline, counts, entities, quotes,\n"
    "                            timeline; several files are aggregated;\n"
    "                            --html: one page with the text or charts\n"
    "  quotes [--speaker NAME]... [--exact] [--kind K] FILE...\n"
    "                            quotes grouped by speaker; totals for many\n"
    "  mentions [--term WORD]... FILE...\n"
    "                            entities by mention count, term counts\n"
    "  dates FILE...             the timeline of dates\n"
    "  json [--jobs N] FILE...   everything, one JSON object per article\n"
    "  run SCRIPT.lua [ARGS]     run a Lua script with the global `lede`\n"
    "  repl                      an interactive Lua prompt (also: no command)\n"
    "\n"
    "FILE may be '-' (standard input), a folder (its *.txt files, recursively)\n"
    "or a .jsonl file of {\"id\", \"text\", \"published\"} records.\n"
    "report, quotes, mentions and dates take --json and --csv.\n"
    "Run `lede COMMAND --help` for a command's options.\n"
    "\n"
    "  -h, --help      this help\n"
    "  -V, --version   the version\n";

static const char S_json_usage[] =
    "usage: lede json [OPTIONS] FILE...\n"
    "\n"
    "Print one JSON object per article (JSON Lines), in input order: layout,\n"
    "paragraphs and sentences, entities, quotes and dates, with byte offsets.\n"
    "Input records that cannot be parsed give {\"id\": ..., \"error\": ...}, so a\n"
    "JSON Lines input gets exactly one output line per record.\n"
    "\n"
    "  -j, --jobs N          parse with N threads (default 1); output order is\n"
    "                        kept and memory stays bounded\n"
    "  -p, --published DATE  publication date (YYYY-MM-DD) for inputs that\n"
    "                        give none\n"
    "      --jsonl           read standard input as JSON Lines\n"
    "      --text            read standard input as one article\n"
    "                        (default: JSON Lines if it starts with '{')\n"
    "  -q, --quiet           no progress line\n"
    "  -h, --help            this help\n";

/* ==== Messages ========================================================== */

/* A message on stderr with control characters (from file names and
 * records) shown as '?': a terminal must not act on them. */
static void S_warn(const char *fmt, ...) {
  char buf[2048];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  for (char *p = buf; *p; p++)
    if (((unsigned char)*p < 0x20 && *p != '\n') || *p == 0x7f) *p = '?';
  fputs(buf, stderr);
}

/* ==== Finding the scripts =============================================== */

static int S_is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* LEDE_SCRIPTS, else ../scripts next to the executable (the build tree),
 * else ../share/lede/scripts (installed), else the compiled-in path. */
static void S_scripts_dir(char *out, size_t n) {
  const char *env = getenv("LEDE_SCRIPTS");
  if (env && *env) {
    snprintf(out, n, "%s", env);
    return;
  }
  char exe[PATH_MAX];
  ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (k > 0) {
    exe[k] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      if (snprintf(out, n, "%s/../scripts", exe) < (int)n && S_is_dir(out))
        return;
      if (snprintf(out, n, "%s/../share/lede/scripts", exe) < (int)n &&
          S_is_dir(out))
        return;
    }
  }
  snprintf(out, n, "%s", LEDE_SCRIPTS_DIR);
}

/* ==== Lua =============================================================== */

static int S_traceback(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (!msg) msg = lua_pushfstring(L, "(error object is a %s value)",
                                  luaL_typename(L, 1));
  luaL_traceback(L, L, msg, 1);
  return 1;
}

/* ==== The Lua state's heap ============================================= */

/* A script reading articles makes many small objects (a table and its
 * hash part for every item, a string for every field) and frees them
 * soon after: blocks of up to S_SMALL bytes (a sentence's or paragraph's
 * text among them) come from free lists, one per
 * 16-byte size class, cut from 64 KB chunks, which costs a few
 * instructions where malloc and free cost a hundred or more. Lua passes
 * a block's size on every call, so blocks carry no header; larger ones
 * go to realloc and free. The chunks go with the state (S_lua_close).
 * Under AddressSanitizer every block is malloc's, so a freed object
 * stays poisoned. */
#define S_SMALL 1024
#define S_CLASS(n) (((n) + 15) / 16)
#define S_CHUNK (64 * 1024)

typedef struct {
  void *free[S_CLASS(S_SMALL) + 1];
  char *cur, *end; /* the rest of the newest chunk */
  void *chunks;    /* linked through each chunk's first word */
} S_heap;

static void *S_heap_get(S_heap *h, size_t c) {
  void *p = h->free[c];
  if (p) {
    h->free[c] = *(void **)p;
    return p;
  }
  if ((size_t)(h->end - h->cur) < c * 16) {
    char *chunk = malloc(S_CHUNK);
    if (!chunk) return NULL;
    *(void **)chunk = h->chunks;
    h->chunks = chunk;
    h->cur = chunk + 16; /* blocks stay 16-byte aligned */
    h->end = chunk + S_CHUNK;
  }
  p = h->cur;
  h->cur += c * 16;
  return p;
}

static void S_heap_put(S_heap *h, void *p, size_t osize) {
  size_t c = S_CLASS(osize);
  *(void **)p = h->free[c];
  h->free[c] = p;
}

/* What S_heap_alloc does not do itself: growing or shrinking a block,
 * large blocks, and a new chunk. Out of line, so the common cases pay for
 * no saved registers. */
__attribute__((noinline)) static void *S_heap_slow(S_heap *h, void *ptr,
                                                   size_t osize, size_t nsize) {
  if (!ptr) osize = 0; /* then osize is the kind of object */
  int small_o = ptr && osize <= S_SMALL, small_n = nsize <= S_SMALL;
  if (nsize == 0) {
    if (small_o) S_heap_put(h, ptr, osize);
    else if (ptr) free(ptr); /* a table with no array part asks this */
    return NULL;
  }
  if (!small_n && (!ptr || !small_o)) return realloc(ptr, nsize);
  if (small_o && small_n && S_CLASS(osize) == S_CLASS(nsize)) return ptr;
  void *np = small_n ? S_heap_get(h, S_CLASS(nsize)) : malloc(nsize);
  if (!np) /* a small block shrinking can stay where it is */
    return small_o && small_n && nsize < osize ? ptr : NULL;
  if (ptr) {
    memcpy(np, ptr, osize < nsize ? osize : nsize);
    if (small_o) S_heap_put(h, ptr, osize);
    else free(ptr);
  }
  return np;
}

/* Most calls make a small block (from its free list, or the rest of the
 * newest chunk) or free one: those here, the rest in S_heap_slow. */
static void *S_heap_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  S_heap *h = ud;
  if (!ptr) {
    if (nsize - 1 < S_SMALL) { /* 1 to S_SMALL bytes */
      size_t c = S_CLASS(nsize);
      void *p = h->free[c];
      if (p) {
        h->free[c] = *(void **)p;
        return p;
      }
      if ((size_t)(h->end - h->cur) >= c * 16) {
        p = h->cur;
        h->cur += c * 16;
        return p;
      }
    } else if (nsize == 0) { /* nothing to free: a table's empty part */
      return NULL;
    }
  } else if (nsize == 0 && osize <= S_SMALL) {
    S_heap_put(h, ptr, osize);
    return NULL;
  }
  return S_heap_slow(h, ptr, osize, nsize);
}

/* Warnings as luaL_newstate sets them up: off until "@on". */
static void S_warn_on(void *ud, const char *msg, int tocont);
static void S_warn_off(void *ud, const char *msg, int tocont);

static int S_warn_control(lua_State *L, const char *msg, int tocont) {
  if (tocont || *msg++ != '@') return 0;
  if (!strcmp(msg, "off")) lua_setwarnf(L, S_warn_off, L);
  else if (!strcmp(msg, "on")) lua_setwarnf(L, S_warn_on, L);
  return 1;
}

static void S_warn_cont(void *ud, const char *msg, int tocont) {
  lua_State *L = ud;
  fputs(msg, stderr);
  if (tocont) {
    lua_setwarnf(L, S_warn_cont, L);
  } else {
    fputs("\n", stderr);
    lua_setwarnf(L, S_warn_on, L);
  }
}

static void S_warn_on(void *ud, const char *msg, int tocont) {
  if (S_warn_control(ud, msg, tocont)) return;
  fputs("Lua warning: ", stderr);
  S_warn_cont(ud, msg, tocont);
}

static void S_warn_off(void *ud, const char *msg, int tocont) {
  S_warn_control(ud, msg, tocont);
}

static int S_panic(lua_State *L) {
  const char *msg = lua_tostring(L, -1);
  fprintf(stderr, "PANIC: unprotected error in call to Lua API (%s)\n",
          msg ? msg : "error object is not a string");
  return 0; /* Lua aborts */
}

#if defined(__SANITIZE_ADDRESS__)
#define S_HEAP 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define S_HEAP 0
#endif
#endif
#ifndef S_HEAP
#define S_HEAP 1
#endif

static lua_State *S_newstate(void) {
  if (!S_HEAP) return luaL_newstate();
  S_heap *h = calloc(1, sizeof *h);
  if (!h) return NULL;
  lua_State *L = lua_newstate(S_heap_alloc, h);
  if (!L) {
    free(h);
    return NULL;
  }
  lua_atpanic(L, S_panic);
  lua_setwarnf(L, S_warn_off, L);
  return L;
}

/* lua_close, and the heap's chunks after it. */
static void S_lua_close(lua_State *L) {
  void *ud;
  int ours = lua_getallocf(L, &ud) == S_heap_alloc;
  lua_close(L);
  if (!ours) return;
  S_heap *h = ud;
  while (h->chunks) {
    void *next = *(void **)h->chunks;
    free(h->chunks);
    h->chunks = next;
  }
  free(h);
}

static lua_State *S_lua(void) {
  lua_State *L = S_newstate();
  if (!L) {
    fprintf(stderr, "lede: out of memory\n");
    exit(1);
  }
  luaL_openlibs(L);
  /* package.loaded.lede, and the global `lede` for scripts and the REPL */
  luaL_requiref(L, "lede", luaopen_lede, 1);
  lua_pop(L, 1);
  /* the scripts' modules (require "htmlreport") come first on package.path */
  char dir[PATH_MAX];
  S_scripts_dir(dir, sizeof dir);
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "path");
  lua_pushfstring(L, "%s/?.lua;%s", dir, lua_tostring(L, -1));
  lua_setfield(L, -3, "path");
  lua_pop(L, 2);
  return L;
}

/* Run a Lua file with arg = {[0] = script, ...}. */
static int S_run_script(const char *script, int argc, char **argv) {
  lua_State *L = S_lua();
  /* The arguments go on the stack too, as the script's `...`. */
  luaL_checkstack(L, argc + 4, "too many arguments");
  lua_createtable(L, argc, 1);
  lua_pushstring(L, script);
  lua_rawseti(L, -2, 0);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i + 1);
  }
  lua_setglobal(L, "arg");
  lua_pushcfunction(L, S_traceback);
  int status = luaL_loadfile(L, script);
  if (status == LUA_OK) {
    for (int i = 0; i < argc; i++) lua_pushstring(L, argv[i]);
    status = lua_pcall(L, argc, 0, -2 - argc);
  }
  if (status != LUA_OK) {
    fprintf(stderr, "lede: %s\n", lua_tostring(L, -1));
    S_lua_close(L);
    return 1;
  }
  S_lua_close(L);
  return 0;
}

static int S_subcommand(const char *name, int argc, char **argv) {
  char dir[PATH_MAX], path[PATH_MAX + 64];
  S_scripts_dir(dir, sizeof dir);
  snprintf(path, sizeof path, "%s/%s.lua", dir, name);
  if (access(path, R_OK) != 0) {
    fprintf(stderr, "lede: cannot find the %s script at %s (set LEDE_SCRIPTS)\n",
            name, path);
    return 2;
  }
  return S_run_script(path, argc, argv);
}

/* ==== REPL ============================================================== */

static const char S_repl_usage[] =
    "usage: lede [repl]\n"
    "\n"
    "An interactive Lua 5.4 prompt with the global `lede` loaded. Expressions\n"
    "print their values (lede objects as one-line summaries, lists one item a\n"
    "line); statements run; an unfinished statement asks for more (>>).\n"
    "On a terminal, lines are edited with readline (arrows, Ctrl-R) and kept\n"
    "in the history file $LEDE_HISTORY (default ~/.lede_history).\n"
    "help() or lede.help() prints the API. Ctrl-D leaves.\n"
    "\n"
    "  -h, --help   this help\n";

/* Where the history lives: $LEDE_HISTORY, else ~/.lede_history, else none. */
static int S_history_path(char *out, size_t n) {
  const char *env = getenv("LEDE_HISTORY");
  if (env) return *env && snprintf(out, n, "%s", env) < (int)n;
  const char *home = getenv("HOME");
  return home && *home &&
         snprintf(out, n, "%s/.lede_history", home) < (int)n;
}

/* One line of input without its newline, malloc'd; NULL at the end. */
static char *S_read_line(int tty, const char *prompt) {
  if (tty) {
    char *l = readline(prompt);
    if (l && *l) add_history(l);
    return l;
  }
  char *l = NULL;
  size_t cap = 0;
  ssize_t n = getline(&l, &cap, stdin);
  if (n < 0) {
    free(l);
    return NULL;
  }
  if (n > 0 && l[n - 1] == '\n') l[n - 1] = '\0';
  return l;
}

/* Print the value at idx: its tostring; a plain list (no metatable) of
 * values also one per line, so a:quotes() reads as quotes. */
static void S_show(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  luaL_tolstring(L, idx, NULL);
  fputs(lua_tostring(L, -1), stdout);
  lua_pop(L, 1);
  if (lua_type(L, idx) != LUA_TTABLE || lua_getmetatable(L, idx)) {
    if (lua_type(L, idx) == LUA_TTABLE) lua_pop(L, 1);
    return;
  }
  lua_Integer n = (lua_Integer)lua_rawlen(L, idx);
  if (n == 0) return;
  printf(" (%lld item%s)", (long long)n, n == 1 ? "" : "s");
  for (lua_Integer i = 1; i <= n && i <= 20; i++) {
    lua_rawgeti(L, idx, i);
    luaL_tolstring(L, -1, NULL);
    printf("\n  [%lld] %s", (long long)i, lua_tostring(L, -1));
    lua_pop(L, 2);
  }
  if (n > 20) printf("\n  ... %lld more", (long long)(n - 20));
}

static int S_help_global(lua_State *L) {
  lua_getglobal(L, "lede");
  lua_getfield(L, -1, "help");
  lua_call(L, 0, 0);
  return 0;
}

/* A line-at-a-time REPL: expressions print their values (with
 * __tostring), statements run, incomplete input asks for more. */
static int S_repl(void) {
  lua_State *L = S_lua();
  lua_pushcfunction(L, S_help_global);
  lua_setglobal(L, "help");
  int tty = isatty(0) && isatty(1);
  char hist[PATH_MAX];
  int has_hist = tty && S_history_path(hist, sizeof hist);
  if (tty) {
    rl_readline_name = "lede";
    using_history();
    if (has_hist) read_history(hist);
    printf("lede %s (%s); `lede` is loaded; help() lists the API.\n"
           "Try: a = lede.open(\"FILE\")\n",
           lede_version(), LUA_RELEASE);
  }
  lua_pushliteral(L, "");
  for (;;) {
    int more = lua_rawlen(L, -1) > 0;
    char *line = S_read_line(tty, more ? ">> " : "> ");
    if (!line) break;
    if (more) lua_pushliteral(L, "\n");
    lua_pushstring(L, line);
    free(line);
    lua_concat(L, more ? 3 : 2);
    size_t len;
    const char *chunk = lua_tolstring(L, -1, &len);
    /* First as an expression, then as statements. */
    lua_pushfstring(L, "return %s;", chunk);
    int st = luaL_loadbuffer(L, lua_tostring(L, -1), lua_rawlen(L, -1), "=stdin");
    lua_remove(L, -2);
    if (st != LUA_OK) {
      lua_pop(L, 1);
      st = luaL_loadbuffer(L, chunk, len, "=stdin");
      if (st == LUA_ERRSYNTAX) {
        const char *msg = lua_tostring(L, -1);
        size_t ml = strlen(msg);
        if (ml >= 5 && !strcmp(msg + ml - 5, "<eof>")) {
          lua_pop(L, 1); /* incomplete: keep the chunk, read more */
          continue;
        }
      }
    }
    if (st == LUA_OK) {
      int base = lua_gettop(L);
      lua_pushcfunction(L, S_traceback);
      lua_insert(L, base);
      st = lua_pcall(L, 0, LUA_MULTRET, base);
      lua_remove(L, base);
      if (st == LUA_OK) {
        int n = lua_gettop(L) - (base - 1);
        for (int i = 0; i < n; i++) {
          S_show(L, base + i);
          fputs(i + 1 < n ? "\t" : "\n", stdout);
        }
        lua_settop(L, base - 1);
      }
    }
    if (st != LUA_OK) {
      fprintf(stderr, "%s\n", lua_tostring(L, -1));
      lua_pop(L, 1);
    }
    fflush(stdout);
    lua_pop(L, 1);
    lua_pushliteral(L, "");
  }
  if (tty) {
    putchar('\n');
    if (has_hist) {
      write_history(hist);
      history_truncate_file(hist, 1000);
    }
  }
  S_lua_close(L);
  return 0;
}

/* ==== lede json ========================================================= */

typedef struct {
  char *b;
  size_t n, cap;
  int oom;
} S_buf;

static int S_buf_write(void *ud, const char *s, size_t n) {
  S_buf *b = ud;
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + n + 1) cap *= 2;
    char *nb = realloc(b->b, cap);
    if (!nb) {
      b->oom = 1;
      return 1;
    }
    b->b = nb;
    b->cap = cap;
  }
  memcpy(b->b + b->n, s, n);
  b->n += n;
  return 0;
}

static void S_json_str(S_buf *b, const char *s) {
  lede_json_string(s, strlen(s), S_buf_write, b);
}

static int S_file_write(void *ud, const char *s, size_t n) {
  return fwrite(s, 1, n, ud) != n;
}

/* One input -> one line in out (or nothing for an unreadable file); with
 * stream, a parsed article's line goes straight there instead, so a large
 * article's JSON is never held whole. A text's article borrows the input's
 * text (no copy of it), which goes with the article. Returns 1 if the
 * input failed. */
static int S_json_one(lede_input *in, const char *published, int from_jsonl,
                      S_buf *out, FILE *stream) {
  out->n = 0;
  out->oom = 0;
  if (in->error) {
    S_warn("lede: %s\n", in->error);
    if (from_jsonl) {
      S_buf_write(out, "{\"id\":", 6);
      S_json_str(out, in->name ? in->name : "");
      S_buf_write(out, ",\"error\":", 9);
      S_json_str(out, in->error);
      S_buf_write(out, "}\n", 2);
    }
    return 1;
  }
  lede_options o = {0};
  o.published = in->published ? in->published : published;
  o.borrow_text = 1; /* inputs' texts end with a NUL */
  lede_article *a = NULL;
  lede_status (*parse)(const char *, size_t, const lede_options *,
                       lede_article **) = in->html ? lede_parse_html : lede_parse;
  lede_status st = parse(in->text, in->len, &o, &a);
  int failed = 0;
  if (st == LEDE_EINVAL && o.published) {
    S_warn("lede: %s: ignoring bad publication date \"%s\"\n", in->name,
           o.published);
    o.published = NULL;
    st = parse(in->text, in->len, &o, &a);
    failed = 1;
  }
  if (st == LEDE_OK && stream) {
    if (lede_article_json(a, in->name, S_file_write, stream) != LEDE_OK ||
        putc('\n', stream) == EOF) {
      fprintf(stderr, "lede: write error: %s\n", strerror(errno));
      exit(1);
    }
    lede_article_free(a);
    free(in->text);
    in->text = NULL;
    return failed;
  }
  if (st == LEDE_OK) st = lede_article_json(a, in->name, S_buf_write, out);
  lede_article_free(a);
  free(in->text);
  in->text = NULL;
  if (st != LEDE_OK || out->oom) {
    S_warn("lede: %s: %s\n", in->name,
            out->oom ? "out of memory" : lede_strerror(st));
    out->n = 0;
    S_buf_write(out, "{\"id\":", 6);
    S_json_str(out, in->name);
    S_buf_write(out, ",\"error\":", 9);
    S_json_str(out, out->oom ? "out of memory" : lede_strerror(st));
    S_buf_write(out, "}\n", 2);
    return 1;
  }
  S_buf_write(out, "\n", 1);
  return failed;
}

typedef struct {
  lede_input in;
  int jsonl;
  S_buf out;
  int state; /* 0 free, 1 ready, 2 working, 3 done */
  int failed;
} S_slot;

typedef struct {
  pthread_mutex_t mu;
  pthread_cond_t ready, done;
  S_slot *slots;
  size_t q, head, tail, work;
  int eof;
  const char *published;
} S_pool;

static void *S_worker(void *arg) {
  S_pool *p = arg;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (p->work == p->tail && !p->eof) pthread_cond_wait(&p->ready, &p->mu);
    if (p->work == p->tail) break;
    S_slot *s = &p->slots[p->work++ % p->q];
    s->state = 2;
    pthread_mutex_unlock(&p->mu);
    s->failed = S_json_one(&s->in, p->published, s->jsonl, &s->out, NULL);
    pthread_mutex_lock(&p->mu);
    s->state = 3;
    pthread_cond_broadcast(&p->done);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

typedef struct {
  int on;
  double start, last;
  size_t done, bytes, total;
} S_progress;

static double S_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void S_progress_step(S_progress *pr, size_t bytes, int final) {
  if (!pr->on) return;
  pr->done++;
  pr->bytes += bytes;
  double now = S_now();
  if (!final && now - pr->last < 0.2) return;
  pr->last = now;
  double dt = now - pr->start, mbs = dt > 0 ? (double)pr->bytes / 1e6 / dt : 0;
  fprintf(stderr, "\r%zu articles, %.1f MB, %.1f MB/s", pr->done,
          (double)pr->bytes / 1e6, mbs);
  if (pr->total > pr->bytes && mbs > 0)
    fprintf(stderr, ", ETA %.0f s   ",
            (double)(pr->total - pr->bytes) / 1e6 / mbs);
  else
    fputs("   ", stderr);
  if (final) fputc('\n', stderr);
}

static int S_emit(S_slot *s, S_progress *pr) {
  if (s->out.n && fwrite(s->out.b, 1, s->out.n, stdout) != s->out.n) {
    fprintf(stderr, "lede: write error: %s\n", strerror(errno));
    exit(1);
  }
  S_progress_step(pr, s->in.bytes ? s->in.bytes : s->in.len, 0);
  int failed = s->failed;
  lede_input_clear(&s->in);
  s->state = 0;
  return failed;
}

/* The options of lede json (argv[0] is "json"), read by getopt_long
 * (GNU: options and files may mix; "--" ends options). Returns -1 to go
 * on, else the exit status. */
static int S_json_opts(int argc, char **argv, int *jobs, int *quiet,
                       const char **published, lede_stdin_mode *mode) {
  static const struct option longopts[] = {
      {"help", no_argument, NULL, 'h'},
      {"jobs", required_argument, NULL, 'j'},
      {"published", required_argument, NULL, 'p'},
      {"jsonl", no_argument, NULL, 'J'},
      {"text", no_argument, NULL, 'T'},
      {"quiet", no_argument, NULL, 'q'},
      {NULL, 0, NULL, 0}};
  int c;
  opterr = 0;
  optind = 1;
  while ((c = getopt_long(argc, argv, ":hj:p:q", longopts, NULL)) != -1) {
    switch (c) {
    case 'h': fputs(S_json_usage, stdout); return 0;
    case 'j': {
      char *end;
      long n = strtol(optarg, &end, 10);
      if (!*optarg || *end || n < 1 || n > 256) {
        fprintf(stderr, "lede json: --jobs needs a number from 1 to 256\n");
        return 2;
      }
      *jobs = (int)n;
      break;
    }
    case 'p': {
      *published = optarg;
      lede_options o = {0};
      o.published = *published;
      lede_article *t;
      if (lede_parse("", 0, &o, &t) != LEDE_OK) {
        fprintf(stderr, "lede json: --published: not a date: %s\n", *published);
        return 2;
      }
      lede_article_free(t);
      break;
    }
    case 'J': *mode = LEDE_STDIN_JSONL; break;
    case 'T': *mode = LEDE_STDIN_TEXT; break;
    case 'q': *quiet = 1; break;
    case ':':
      fprintf(stderr, "lede json: %s needs a value (see lede json --help)\n",
              argv[optind - 1]);
      return 2;
    default:
      fprintf(stderr, "lede json: unknown option %s (see lede json --help)\n",
              argv[optind - 1]);
      return 2;
    }
  }
  return -1;
}

/* One job: each article is written as it is made, through one buffer
 * kept for the whole run. Returns whether some input failed. */
static int S_json_serial(lede_inputs *it, const char *published, S_progress *pr) {
  int failed = 0;
  lede_input in = {0};
  S_buf one = {0};
  /* (setvbuf with no buffer of its own keeps stdio's default size: a
   * write for every 4 KB) */
  static char obuf[(size_t)1 << 16];
  if (!isatty(1)) setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
  for (;;) {
    int more = lede_inputs_next(it, &in);
    int jsonl = in.record;
    if (!more) break;
    S_slot s = {0};
    s.in = in;
    s.out = one;
    s.failed = S_json_one(&s.in, published, jsonl, &s.out, stdout);
    memset(&in, 0, sizeof in);
    failed |= S_emit(&s, pr);
    one = s.out;
  }
  free(one.b);
  lede_input_clear(&in);
  return failed;
}

/* Jobs in threads: the inputs go into p's ring of slots in order, and
 * finished slots are written in order. Returns whether some input failed. */
static int S_json_feed(lede_inputs *it, S_pool *p, S_progress *pr) {
  int failed = 0;
  lede_input in = {0};
  for (;;) {
    int more = lede_inputs_next(it, &in);
    int jsonl = in.record;
    pthread_mutex_lock(&p->mu);
    /* Write finished slots in order; wait while the ring is full. */
    for (;;) {
      while (p->head != p->tail && p->slots[p->head % p->q].state == 3) {
        S_slot *s = &p->slots[p->head % p->q];
        pthread_mutex_unlock(&p->mu);
        failed |= S_emit(s, pr);
        pthread_mutex_lock(&p->mu);
        p->head++;
      }
      if (!more && p->head == p->tail) break;
      if (more && p->tail - p->head < p->q) break;
      pthread_cond_wait(&p->done, &p->mu);
    }
    if (!more) {
      p->eof = 1;
      pthread_cond_broadcast(&p->ready);
      pthread_mutex_unlock(&p->mu);
      break;
    }
    S_slot *s = &p->slots[p->tail % p->q];
    s->in = in;
    s->jsonl = jsonl;
    memset(&in, 0, sizeof in);
    s->state = 1;
    p->tail++;
    pthread_cond_signal(&p->ready);
    pthread_mutex_unlock(&p->mu);
  }
  lede_input_clear(&in);
  return failed;
}

/* lede json: argv[0] is "json". */
static int S_json(int argc, char **argv) {
  int jobs = 1, quiet = 0;
  const char *published = NULL;
  lede_stdin_mode mode = LEDE_STDIN_AUTO;
  int st = S_json_opts(argc, argv, &jobs, &quiet, &published, &mode);
  if (st >= 0) return st;
  const char *const *files = (const char *const *)argv + optind;
  size_t nfiles = (size_t)(argc - optind);
  if (nfiles == 0) {
    fprintf(stderr, "lede json: no input (give FILE..., or - for stdin)\n");
    return 2;
  }
  lede_inputs *it = lede_inputs_open(files, nfiles, mode);
  if (!it) {
    fprintf(stderr, "lede: out of memory\n");
    return 1;
  }
  S_progress pr = {0};
  pr.on = !quiet && isatty(2);
  pr.start = pr.last = S_now();
  pr.total = lede_inputs_total_bytes(it);

  S_pool p;
  memset(&p, 0, sizeof p);
  p.q = (size_t)jobs * 4;
  p.slots = calloc(p.q, sizeof *p.slots);
  p.published = published;
  if (!p.slots) {
    lede_inputs_close(it);
    return 1;
  }
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.ready, NULL);
  pthread_cond_init(&p.done, NULL);
  pthread_t *th = calloc((size_t)jobs, sizeof *th);
  int nth = 0;
  if (jobs > 1 && th)
    for (; nth < jobs; nth++)
      if (pthread_create(&th[nth], NULL, S_worker, &p)) break;

#if defined(M_TRIM_THRESHOLD)
  /* Articles come one after another: the heap an article gave back is
   * kept (up to 32 MB) for the next one, not handed to the kernel and
   * faulted in again. */
  mallopt(M_TRIM_THRESHOLD, 32 << 20);
#endif
  int failed = nth == 0 ? S_json_serial(it, published, &pr) : S_json_feed(it, &p, &pr);
  for (int i = 0; i < nth; i++) pthread_join(th[i], NULL);
  free(th);
  for (size_t i = 0; i < p.q; i++) free(p.slots[i].out.b);
  free(p.slots);
  pthread_mutex_destroy(&p.mu);
  pthread_cond_destroy(&p.ready);
  pthread_cond_destroy(&p.done);
  lede_inputs_close(it);
  if (pr.on && pr.done) {
    pr.done--;
    S_progress_step(&pr, 0, 1);
  }
  if (fflush(stdout)) {
    fprintf(stderr, "lede: write error: %s\n", strerror(errno));
    return 1;
  }
  return failed ? 1 : 0;
}

/* ==== main ============================================================== */

int main(int argc, char **argv) {
  if (argc < 2) return S_repl();
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
    fputs(S_usage, stdout);
    return 0;
  }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) {
    printf("lede %s (%s)\n", lede_version(), LUA_RELEASE);
    return 0;
  }
  if (!strcmp(cmd, "json")) return S_json(argc - 1, argv + 1);
  if (!strcmp(cmd, "repl")) {
    if (argc > 2 && (!strcmp(argv[2], "-h") || !strcmp(argv[2], "--help"))) {
      fputs(S_repl_usage, stdout);
      return 0;
    }
    if (argc > 2) {
      fprintf(stderr, "lede repl: unexpected argument '%s' (see lede repl "
                      "--help)\n", argv[2]);
      return 2;
    }
    return S_repl();
  }
  if (!strcmp(cmd, "run")) {
    if (argc < 3) {
      fprintf(stderr, "usage: lede run SCRIPT.lua [ARGS]\n");
      return 2;
    }
    if (access(argv[2], R_OK) != 0) {
      fprintf(stderr, "lede run: %s: %s\n", argv[2], strerror(errno));
      return 2;
    }
    return S_run_script(argv[2], argc - 3, argv + 3);
  }
  if (!strcmp(cmd, "report") || !strcmp(cmd, "quotes") ||
      !strcmp(cmd, "mentions") || !strcmp(cmd, "dates"))
    return S_subcommand(!strcmp(cmd, "dates") ? "timeline" : cmd, argc - 2,
                        argv + 2);
  fprintf(stderr, "lede: unknown command '%s' (see lede --help)\n", cmd);
  return 2;
}
