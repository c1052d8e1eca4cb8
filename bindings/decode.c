/* lede.decode(text): JSON text -> Lua value, read by Jansson (strict
 * JSON; "\u0000" kept in strings). null is lede.null (a light userdata
 * that lede.json writes as null), so a decoded document keeps its keys.
 * Returns nil, message on a syntax error. */
#include <string.h>

#include <jansson.h>

#include "binding.h"

#define DOC_MT "lede.jsondoc"

/* The parsed document lives in a userdata until converted, so an error
 * (memory, stack) while building Lua values frees it. */
typedef struct {
  json_t *root;
} S_doc;

static int l_doc_gc(lua_State *L) {
  S_doc *d = luaL_checkudata(L, 1, DOC_MT);
  json_decref(d->root);
  d->root = NULL;
  return 0;
}

static void S_push(lua_State *L, json_t *v, int depth) {
  if (depth > 200) luaL_error(L, "lede.decode: nesting too deep");
  luaL_checkstack(L, 4, "lede.decode");
  switch (json_typeof(v)) {
  case JSON_OBJECT: {
    lua_createtable(L, 0, (int)json_object_size(v));
    const char *key;
    size_t klen;
    json_t *x;
    json_object_keylen_foreach(v, key, klen, x) {
      lua_pushlstring(L, key, klen);
      S_push(L, x, depth + 1);
      lua_rawset(L, -3);
    }
    return;
  }
  case JSON_ARRAY: {
    size_t n = json_array_size(v);
    lua_createtable(L, n < 1024 ? (int)n : 1024, 0);
    for (size_t i = 0; i < n; i++) {
      S_push(L, json_array_get(v, i), depth + 1);
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    return;
  }
  case JSON_STRING:
    lua_pushlstring(L, json_string_value(v), json_string_length(v));
    return;
  case JSON_INTEGER:
    lua_pushinteger(L, (lua_Integer)json_integer_value(v));
    return;
  case JSON_REAL: lua_pushnumber(L, (lua_Number)json_real_value(v)); return;
  case JSON_TRUE: lua_pushboolean(L, 1); return;
  case JSON_FALSE: lua_pushboolean(L, 0); return;
  case JSON_NULL: lua_pushlightuserdata(L, NULL); return;
  }
}

static int l_decode(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  S_doc *d = lua_newuserdatauv(L, sizeof *d, 0);
  d->root = NULL;
  luaL_setmetatable(L, DOC_MT);
  json_error_t err;
  d->root = json_loadb(s, n, JSON_ALLOW_NUL | JSON_DECODE_ANY, &err);
  if (!d->root) {
    luaL_pushfail(L);
    lua_pushfstring(L, "invalid JSON: %s (line %d, column %d)", err.text,
                    err.line, err.column);
    return 2;
  }
  S_push(L, d->root, 0);
  json_decref(d->root);
  d->root = NULL;
  return 1;
}

void lede_lua_decode(lua_State *L) {
  luaL_newmetatable(L, DOC_MT);
  lua_pushcfunction(L, l_doc_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);
  lua_pushcfunction(L, l_decode);
  lua_setfield(L, -2, "decode");
  lua_pushlightuserdata(L, NULL);
  lua_setfield(L, -2, "null");
}
