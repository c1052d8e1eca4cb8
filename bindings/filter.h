/* Filters shared by the list methods (filter.c). */
#ifndef LEDE_FILTER_H
#define LEDE_FILTER_H

#include <lua.h>

typedef enum {
  LEDE_LUA_FSTRING, /* a string */
  LEDE_LUA_FLIST,   /* a string or a list of strings */
  LEDE_LUA_FBOOL    /* true or false */
} lede_lua_ftype;

typedef struct {
  const char *name;
  lede_lua_ftype type;
  const char *const *choices; /* NULL-terminated, or NULL for any string */
} lede_lua_fkey;

typedef struct {
  const char *method;      /* for messages: "entities" */
  const char *shorthand;   /* the key a string filter stands for */
  const lede_lua_fkey *keys; /* ended by {NULL} */
} lede_lua_filter;

enum { LEDE_LUA_FNONE, LEDE_LUA_FTABLE, LEDE_LUA_FFUNC };

/* Checks the filter at idx against f, raising on a bad one; a string or a
 * table is replaced at idx by a plain table of our own, so later reads run
 * no code. Reading a table may run its metamethods, which may close the
 * article: check it after this call. Returns LEDE_LUA_FNONE, _FTABLE or
 * _FFUNC. */
int lede_lua_filter_check(lua_State *L, int idx, const lede_lua_filter *f);
/* Is field key of the table filter at idx set? */
int lede_lua_filter_has(lua_State *L, int idx, const char *key);
/* Does value pass field key (unset, equal ignoring ASCII case, or in the
 * list)? 1 when the filter at idx is not a table. */
int lede_lua_filter_is(lua_State *L, int idx, const char *key,
                       const char *value);
/* With a function filter at idx, calls it with the item on top (which
 * stays); otherwise 1. The function may close the article: check it
 * again after each call. */
int lede_lua_filter_call(lua_State *L, int idx);

#endif
