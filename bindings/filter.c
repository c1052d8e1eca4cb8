/* Filters, one shape for every list method (entities, quotes, dates,
 * timeline, mentions): nil (everything), a string (the shorthand: a type or
 * a kind), a table of named fields, or a function(item) -> boolean. An
 * unknown key, or a value outside a field's choices, raises an error that
 * lists the valid ones. */
#include <string.h>

#include "binding.h"
#include "filter.h"

static int S_ieq(const char *a, size_t an, const char *b) {
  size_t bn = strlen(b);
  if (an != bn) return 0;
  for (size_t i = 0; i < an; i++) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = (char)(y - 'A' + 'a');
    if (x != y) return 0;
  }
  return 1;
}

/* "a, b, c" into the buffer. */
static void S_list(luaL_Buffer *b, const char *const *v) {
  for (size_t i = 0; v[i]; i++) {
    if (i) luaL_addstring(b, ", ");
    luaL_addstring(b, v[i]);
  }
}

static const lede_lua_fkey *S_key(const lede_lua_filter *f, const char *k,
                                  size_t n) {
  for (size_t i = 0; f->keys[i].name; i++)
    if (strlen(f->keys[i].name) == n && !memcmp(f->keys[i].name, k, n))
      return &f->keys[i];
  return NULL;
}

static void S_bad_key(lua_State *L, const lede_lua_filter *f,
                         const char *k) {
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  lua_pushfstring(L, "%s: unknown filter key '%s' (valid: ", f->method, k);
  luaL_addvalue(&b);
  for (size_t i = 0; f->keys[i].name; i++) {
    if (i) luaL_addstring(&b, ", ");
    luaL_addstring(&b, f->keys[i].name);
  }
  luaL_addchar(&b, ')');
  luaL_pushresult(&b);
  lua_error(L);
}

static void S_bad_value(lua_State *L, const lede_lua_filter *f,
                           const lede_lua_fkey *k, const char *v) {
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  lua_pushfstring(L, "%s: unknown %s '%s' (valid: ", f->method, k->name, v);
  luaL_addvalue(&b);
  S_list(&b, k->choices);
  luaL_addchar(&b, ')');
  luaL_pushresult(&b);
  lua_error(L);
}

/* Checks one string value of key k. */
static void S_check_value(lua_State *L, const lede_lua_filter *f,
                          const lede_lua_fkey *k, int idx) {
  size_t n;
  const char *s = lua_tolstring(L, idx, &n);
  if (!k->choices) return;
  for (size_t i = 0; k->choices[i]; i++)
    if (S_ieq(s, n, k->choices[i])) return;
  S_bad_value(L, f, k, s);
}

/* Checks the value on top for key k and replaces it by a plain copy (a
 * list is read through __len and __index, bounded, into a table of our
 * own, which also holds strings nothing else may hold). */
static void S_check_field(lua_State *L, const lede_lua_filter *f,
                          const lede_lua_fkey *k) {
  int t = lua_type(L, -1);
  if (k->type == LEDE_LUA_FBOOL) {
    if (t != LUA_TBOOLEAN)
      luaL_error(L, "%s: filter key '%s' takes true or false, not a %s",
                 f->method, k->name, luaL_typename(L, -1));
    return;
  }
  if (t == LUA_TSTRING) {
    S_check_value(L, f, k, -1);
    return;
  }
  if (t == LUA_TTABLE && k->type == LEDE_LUA_FLIST) {
    lua_Integer len = luaL_len(L, -1);
    if (len < 0 || len > 0xffff)
      luaL_error(L, "%s: bad filter.%s (a list of %I strings)", f->method,
                 k->name, len);
    lua_createtable(L, (int)len, 0);
    for (lua_Integer i = 1; i <= len; i++) {
      if (lua_geti(L, -2, i) != LUA_TSTRING)
        luaL_error(L, "%s: filter key '%s' takes a list of strings",
                   f->method, k->name);
      S_check_value(L, f, k, -1);
      lua_rawseti(L, -2, i);
    }
    lua_replace(L, -2);
    return;
  }
  luaL_error(L, "%s: filter key '%s' takes a string%s, not a %s", f->method,
             k->name, k->type == LEDE_LUA_FLIST ? " or a list of strings" : "",
             luaL_typename(L, -1));
}

int lede_lua_filter_check(lua_State *L, int idx, const lede_lua_filter *f) {
  idx = lua_absindex(L, idx);
  switch (lua_type(L, idx)) {
  case LUA_TNONE:
  case LUA_TNIL: return LEDE_LUA_FNONE;
  case LUA_TFUNCTION: return LEDE_LUA_FFUNC;
  case LUA_TSTRING: {
    /* The shorthand: {[f->shorthand] = s}. */
    const lede_lua_fkey *k = S_key(f, f->shorthand, strlen(f->shorthand));
    S_check_value(L, f, k, idx);
    lua_createtable(L, 0, 1);
    lua_pushvalue(L, idx);
    lua_setfield(L, -2, f->shorthand);
    lua_replace(L, idx);
    return LEDE_LUA_FTABLE;
  }
  case LUA_TTABLE: {
    /* Keys the table has that no filter knows are errors. */
    lua_pushnil(L);
    while (lua_next(L, idx)) {
      lua_pop(L, 1);
      if (lua_type(L, -1) != LUA_TSTRING) {
        lua_pushvalue(L, -1);
        S_bad_key(L, f, luaL_tolstring(L, -1, NULL));
      }
      size_t n;
      const char *key = lua_tolstring(L, -1, &n);
      if (!S_key(f, key, n)) S_bad_key(L, f, key);
    }
    /* Each known key, read as Lua would (a proxy table works), into a
     * plain copy that replaces the filter: later reads run no code, and
     * the copy holds every string we use. Reading may run code that
     * closes the article: callers check it afterwards. */
    lua_newtable(L);
    int copy = lua_gettop(L);
    for (size_t i = 0; f->keys[i].name; i++) {
      if (lua_getfield(L, idx, f->keys[i].name) == LUA_TNIL) {
        lua_pop(L, 1);
        continue;
      }
      S_check_field(L, f, &f->keys[i]);
      lua_setfield(L, copy, f->keys[i].name);
    }
    lua_replace(L, idx);
    return LEDE_LUA_FTABLE;
  }
  default:
    return luaL_error(L, "%s: a filter is a string, a table or a function, "
                         "not a %s", f->method, luaL_typename(L, idx));
  }
}

int lede_lua_filter_has(lua_State *L, int idx, const char *key) {
  if (lua_type(L, idx) != LUA_TTABLE) return 0;
  lua_pushstring(L, key);
  lua_rawget(L, idx < 0 ? idx - 1 : idx);
  int has = !lua_isnil(L, -1);
  lua_pop(L, 1);
  return has;
}

int lede_lua_filter_is(lua_State *L, int idx, const char *key,
                       const char *value) {
  if (lua_type(L, idx) != LUA_TTABLE) return 1;
  lua_pushstring(L, key);
  lua_rawget(L, idx < 0 ? idx - 1 : idx);
  int ok = 0;
  size_t n;
  if (lua_isnil(L, -1)) ok = 1;
  else if (lua_type(L, -1) == LUA_TSTRING) {
    const char *s = lua_tolstring(L, -1, &n);
    ok = S_ieq(s, n, value);
  } else {
    lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= len && !ok; i++) {
      lua_rawgeti(L, -1, i);
      const char *s = lua_tolstring(L, -1, &n);
      ok = s && S_ieq(s, n, value);
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  return ok;
}

int lede_lua_filter_call(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TFUNCTION) return 1;
  lua_pushvalue(L, idx);
  lua_pushvalue(L, -2);
  lua_call(L, 1, 1);
  int ok = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return ok;
}
