/* Lua: article:entities([filter]), article:entity(name),
 * article:count(term [, opts]).
 *
 * An entity is a plain table:
 *   { name, type ("person"|"organization"|"place"|"group"|"event"), count,
 *     aliases = {string...}, title, role (strings or nil), index,
 *     mentions = { {text, start, stop, part, paragraph, kind}... } }
 * start/stop are 1-based inclusive: text:sub(start, stop) == m.text. */
#include <string.h>

#include "binding.h"

void lede_lua_entities(lua_State *L);

static void S_text(lua_State *L, const lede_article *a, lede_span s,
                   const char *key) {
  lua_pushlstring(L, lede_text(a, NULL) + s.start, s.end - s.start);
  lua_setfield(L, -2, key);
}

/* Push entity i as a table (also the `speaker` of a quote). */
void lede_lua_entity(lua_State *L, const lede_article *a, size_t i) {
  lua_createtable(L, 0, 9);
  luaL_setmetatable(L, LEDE_ENTITY_MT);
  S_text(L, a, lede_entity_name(a, i), "name");
  lua_pushstring(L, lede_entity_type_name(lede_entity_type_of(a, i)));
  lua_setfield(L, -2, "type");
  size_t nm = lede_entity_mention_count(a, i);
  lua_pushinteger(L, (lua_Integer)nm);
  lua_setfield(L, -2, "count");
  lua_pushinteger(L, (lua_Integer)i + 1);
  lua_setfield(L, -2, "index");
  lede_span s;
  if (lede_entity_title(a, i, &s)) S_text(L, a, s, "title");
  if (lede_entity_role(a, i, &s)) S_text(L, a, s, "role");
  size_t na = lede_entity_alias_count(a, i);
  lua_createtable(L, (int)na, 0);
  for (size_t j = 0; j < na; j++) {
    s = lede_entity_alias(a, i, j);
    lua_pushlstring(L, lede_text(a, NULL) + s.start, s.end - s.start);
    lua_rawseti(L, -2, (lua_Integer)j + 1);
  }
  lua_setfield(L, -2, "aliases");
  lua_createtable(L, (int)nm, 0);
  for (size_t j = 0; j < nm; j++) {
    lua_createtable(L, 0, 6);
    luaL_setmetatable(L, LEDE_MENTION_MT);
    lede_lua_span(L, a, lede_entity_mention(a, i, j), "text", "start", "stop");
    lede_lua_block(L, a, lede_entity_mention_block(a, i, j));
    lua_pushstring(L, lede_mention_kind_name(lede_entity_mention_kind(a, i, j)));
    lua_setfield(L, -2, "kind");
    lua_rawseti(L, -2, (lua_Integer)j + 1);
  }
  lua_setfield(L, -2, "mentions");
}

static int S_is_type(const char *s) {
  for (int t = LEDE_ENTITY_PERSON; t <= LEDE_ENTITY_EVENT; t++)
    if (strcmp(s, lede_entity_type_name((lede_entity_type)t)) == 0) return t;
  return -1;
}

/* article:entities([filter]): all entities in order of first mention;
 * filter is a type name ("person"), any alias of one entity, or a table
 * {type = ..., name = ...}. */
static int l_entities(lua_State *L) {
  lede_lua_check(L, 1);
  int type = -1;
  const char *name = NULL;
  size_t nlen = 0;
  if (lua_type(L, 2) == LUA_TSTRING) {
    const char *f = lua_tolstring(L, 2, &nlen);
    type = S_is_type(f);
    if (type < 0) name = f;
  } else if (lua_type(L, 2) == LUA_TTABLE) {
    /* Values stay on the stack: __index may run code, close the article
     * or hand back strings nothing else holds. */
    lua_getfield(L, 2, "type");
    if (!lua_isnil(L, -1)) {
      type = S_is_type(luaL_checkstring(L, -1));
      luaL_argcheck(L, type >= 0, 2, "unknown entity type");
    }
    lua_getfield(L, 2, "name");
    if (!lua_isnil(L, -1)) name = luaL_checklstring(L, -1, &nlen);
  } else {
    luaL_argcheck(L, lua_isnoneornil(L, 2), 2, "string or table expected");
  }
  lede_article *a = lede_lua_check(L, 1);
  size_t only = name ? lede_entity_find(a, name, nlen) : LEDE_NONE;
  lua_newtable(L);
  lua_Integer k = 0;
  size_t n = lede_entity_count(a);
  for (size_t i = 0; i < n; i++) {
    if (type >= 0 && (int)lede_entity_type_of(a, i) != type) continue;
    if (name && i != only) continue;
    lede_lua_entity(L, a, i);
    lua_rawseti(L, -2, ++k);
  }
  return 1;
}

/* article:entity(name): the entity with that alias, or nil. */
static int l_entity(lua_State *L) {
  lede_article *a = lede_lua_check(L, 1);
  size_t n;
  const char *name = luaL_checklstring(L, 2, &n);
  size_t i = lede_entity_find(a, name, n);
  if (i == LEDE_NONE) {
    lua_pushnil(L);
    return 1;
  }
  lede_lua_entity(L, a, i);
  return 1;
}

/* article:count(term [, opts]): whole-word occurrences over the whole
 * page; opts.case = true counts case-sensitively. */
static int l_count(lua_State *L) {
  lede_lua_check(L, 1);
  size_t n;
  const char *term = luaL_checklstring(L, 2, &n);
  unsigned flags = 0;
  if (!lua_isnoneornil(L, 3)) {
    luaL_checktype(L, 3, LUA_TTABLE);
    lua_getfield(L, 3, "case");
    if (lua_toboolean(L, -1)) flags |= LEDE_COUNT_CASE;
    lua_pop(L, 1);
    lua_getfield(L, 3, "case_sensitive");
    if (lua_toboolean(L, -1)) flags |= LEDE_COUNT_CASE;
    lua_pop(L, 1);
  }
  /* the options' __index may have closed the article */
  lede_article *a = lede_lua_check(L, 1);
  lua_pushinteger(L, (lua_Integer)lede_count(a, term, n, flags));
  return 1;
}

void lede_lua_entities(lua_State *L) {
  lua_pushcfunction(L, l_entities);
  lua_setfield(L, -2, "entities");
  lua_pushcfunction(L, l_entity);
  lua_setfield(L, -2, "entity");
  lua_pushcfunction(L, l_count);
  lua_setfield(L, -2, "count");
}
