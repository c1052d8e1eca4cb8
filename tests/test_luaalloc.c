/* The Lua module under allocation failure: a Lua state whose allocator
 * fails at the N-th allocation, for each N, while a script parses an
 * article and reads it, gets a Lua error ("not enough memory" or lede's
 * "out of memory") and leaks nothing; the state stays usable. The module
 * hands the state's allocator to lede_parse, so article memory fails too. */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "helpers.h"

int luaopen_lede(lua_State *L);

typedef struct {
  long count, fail_at; /* fail_at 0: never */
  int from;            /* fail every allocation from fail_at on */
  size_t bytes;
  long failed;
} S_state;

static void *S_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  S_state *st = ud;
  if (nsize == 0) {
    if (ptr) st->bytes -= osize;
    free(ptr);
    return NULL;
  }
  if (st->fail_at && (++st->count == st->fail_at ||
                      (st->from && st->count > st->fail_at))) {
    st->failed++;
    return NULL;
  }
  void *p = realloc(ptr, nsize);
  if (p) st->bytes += nsize - (ptr ? osize : 0);
  return p;
}

static const char S_script[] =
    "local lede, text = ...\n"
    "local a = lede.parse(text, { published = '2021-03-10' })\n"
    "local n = #a:entities() + #a:quotes() + #a:dates() + #a:timeline()\n"
    "n = n + #a:json() + #a.paragraphs + a:count('the')\n"
    "for _, s in a:sentences() do n = n + #s.text end\n"
    "a:close()\n"
    "return n\n";

/* Fail allocation n (and, with from, every one after it) for each n. */
static void S_every(int from) {
  S_state st = {0, 0, from, 0, 0};
  lua_State *L = lua_newstate(S_alloc, &st);
  cr_assert_not_null(L);
  luaL_openlibs(L);
  luaL_requiref(L, "lede", luaopen_lede, 1);
  lua_pop(L, 1);
  size_t len;
  char *text = t_read("tests/articles/ap-storm.txt", &len);
  cr_assert_eq(luaL_loadstring(L, S_script), LUA_OK);
  lua_setglobal(L, "script");
  lua_pushlstring(L, text, len);
  lua_setglobal(L, "text");
  free(text);
  /* The answer without failure. */
  lua_getglobal(L, "script");
  lua_getglobal(L, "lede");
  lua_getglobal(L, "text");
  cr_assert_eq(lua_pcall(L, 2, 1, 0), LUA_OK);
  lua_Integer want = lua_tointeger(L, -1);
  lua_pop(L, 1);
  lua_gc(L, LUA_GCCOLLECT);
  size_t base = st.bytes;
  long n, errors = 0;
  for (n = 1;; n++) {
    lua_getglobal(L, "script");
    lua_getglobal(L, "lede");
    lua_getglobal(L, "text");
    st.count = 0;
    st.failed = 0;
    st.fail_at = n;
    int rc = lua_pcall(L, 2, 1, 0);
    st.fail_at = 0;
    if (!st.failed) { /* past the last allocation */
      cr_assert_eq(rc, LUA_OK);
      lua_pop(L, 1);
      break;
    }
    if (rc == LUA_OK) {
      /* Lua retries a failed allocation after a collection; lede does
       * not, but then the answer must be whole. */
      cr_assert_eq(lua_tointeger(L, -1), want, "allocation %ld", n);
    } else {
      errors++;
      cr_assert(rc == LUA_ERRMEM || rc == LUA_ERRRUN,
                "allocation %ld: status %d", n, rc);
      const char *msg = lua_tostring(L, -1);
      cr_assert(msg && (strstr(msg, "not enough memory") ||
                        strstr(msg, "out of memory")),
                "allocation %ld: %s", n, msg ? msg : "(no message)");
    }
    lua_pop(L, 1);
    lua_gc(L, LUA_GCCOLLECT);
    /* (Lua's own tables may shrink or grow a little; an article left
     * behind holds 16 KB or more) */
    cr_assert_leq(st.bytes, base + 8192, "allocation %ld failing: %ld bytes "
                  "held", n, (long)(st.bytes - base));
  }
  if (from) cr_assert_gt(errors, 100, "only %ld failure points", errors);
  cr_log_info("%s: %ld allocations, %ld failures gave an error",
              from ? "from N on" : "N-th only", n - 1, errors);
  lua_close(L);
  cr_assert_eq(st.bytes, 0, "%ld bytes left after lua_close", (long)st.bytes);
}

Test(luaalloc, nth_allocation) { S_every(0); }
Test(luaalloc, from_nth_allocation_on) { S_every(1); }
