/* lede.open under a Lua allocator that fails allocation N, for every N
 * until one run needs no more: each failure must be a Lua error, and no
 * FILE may stay open afterwards (file descriptors are counted).
 *   lua_oom ARTICLE */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

int luaopen_lede(lua_State *L);

static long S_fail_at, S_count;

static void *S_alloc(void *ud, void *p, size_t osize, size_t nsize) {
  (void)ud;
  (void)osize;
  if (nsize == 0) {
    free(p);
    return NULL;
  }
  if (S_fail_at && ++S_count == S_fail_at) return NULL;
  return realloc(p, nsize);
}

static int S_open_fds(void) {
  DIR *d = opendir("/proc/self/fd");
  int n = 0;
  if (!d) return -1;
  while (readdir(d)) n++;
  closedir(d);
  return n;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: lua_oom ARTICLE\n");
    return 2;
  }
  int before = S_open_fds();
  long n;
  for (n = 1; n < 100000; n++) {
    S_fail_at = 0;
    lua_State *L = lua_newstate(S_alloc, NULL);
    if (!L) return 1;
    luaL_openlibs(L);
    luaL_requiref(L, "lede", luaopen_lede, 1);
    lua_getfield(L, -1, "open");
    lua_pushstring(L, argv[1]);
    S_count = 0;
    S_fail_at = n;
    int rc = lua_pcall(L, 1, 1, 0);
    S_fail_at = 0;
    if (rc != LUA_OK && rc != LUA_ERRMEM && !lua_isstring(L, -1)) {
      fprintf(stderr, "lua_oom: allocation %ld: an error without a message\n", n);
      return 1;
    }
    int done = rc == LUA_OK && S_count < n;
    lua_close(L);
    if (S_open_fds() != before) {
      fprintf(stderr, "lua_oom: a file stayed open after failing allocation %ld\n", n);
      return 1;
    }
    if (done) break;
  }
  printf("lua oom check: passed (%ld failure points)\n", n - 1);
  return 0;
}
