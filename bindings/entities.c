/* Lua: article:entities([filter]), article:entity(name),
 * article:count(term [, opts]).
 *
 * An entity is a plain table:
 *   { name, type ("person"|"organization"|"place"|"group"|"event"), count,
 *     aliases = {string...}, title, role (strings or nil), index,
 *     mentions = { {text, start, stop, part, paragraph, kind}... } }
 * start/stop are 1-based inclusive: text:sub(start, stop) == m.text. */
#include <stdlib.h>
#include <string.h>

#include "binding.h"
#include "filter.h"

void lede_lua_entities(lua_State *L);

static void S_text(lua_State *L, int K, const lede_article *a, lede_span s,
                   int key) {
  lede_lua_setlstr(L, K, key, lede_text(a, NULL) + s.start, s.end - s.start);
}

/* Are the bytes of span s those of span o? An entity's name is one of
 * its aliases and the text of most of its mentions (5,542 of 7,176
 * mentions in make bench's sample, and 837 more another alias): the
 * string made for it is pushed again, cheaper than making it anew. */
static int S_same(const char *t, lede_span s, lede_span o) {
  return s.end - s.start == o.end - o.start &&
         !memcmp(t + s.start, t + o.start, s.end - s.start);
}

/* Push entity i as a table (also the `speaker` of a quote). */
void lede_lua_entity(lua_State *L, int K, const lede_article *a, size_t i) {
  lede_span s, nm = lede_entity_name(a, i);
  const char *t = lede_text(a, NULL);
  /* The name and the aliases list go below the entity's table. */
  lua_pushlstring(L, t + nm.start, nm.end - nm.start);
  int name = lua_gettop(L);
  size_t na = lede_entity_alias_count(a, i);
  lua_createtable(L, (int)na, 0);
  for (size_t j = 0; j < na; j++) {
    s = lede_entity_alias(a, i, j);
    if (S_same(t, s, nm)) lua_pushvalue(L, name);
    else lua_pushlstring(L, t + s.start, s.end - s.start);
    lua_rawseti(L, -2, (lua_Integer)j + 1);
  }
  /* Sized to its fields: most entities have neither title nor role, and
   * their 7 fields fit a hash part half the size 9 would take. */
  int has_title = !!lede_entity_title(a, i, &s);
  int has_role = !!lede_entity_role(a, i, &s);
  lua_createtable(L, 0, 7 + has_title + has_role);
  lede_lua_setmtk(L, K, LEDE_LUA_ENTITY);
  lede_lua_key(L, K, LEDE_K_NAME);
  lua_pushvalue(L, name);
  lua_rawset(L, -3);
  lede_lua_key(L, K, LEDE_K_KEY);
  lede_lua_pushkey(L, t + nm.start, nm.end - nm.start);
  lua_rawset(L, -3);
  lede_entity_type et = lede_entity_type_of(a, i);
  lede_lua_setname(L, K, LEDE_K_TYPE, LEDE_N_ENTITY, (unsigned)et,
                   lede_entity_type_name(et));
  lede_lua_setint(L, K, LEDE_K_COUNT,
                  (lua_Integer)lede_entity_mention_count(a, i));
  lede_lua_setint(L, K, LEDE_K_INDEX, (lua_Integer)i + 1);
  if (has_title && lede_entity_title(a, i, &s))
    S_text(L, K, a, s, LEDE_K_TITLE);
  if (has_role && lede_entity_role(a, i, &s)) S_text(L, K, a, s, LEDE_K_ROLE);
  lede_lua_key(L, K, LEDE_K_ALIASES);
  lua_pushvalue(L, name + 1);
  lua_rawset(L, -3);
  /* Mentions and the pronouns and descriptions resolved to it; count
   * stays the mentions'. */
  size_t nr = lede_entity_reference_count(a, i);
  lede_lua_key(L, K, LEDE_K_MENTIONS);
  lua_createtable(L, (int)nr, 0);
  for (size_t j = 0; j < nr; j++) {
    lua_createtable(L, 0, 6);
    lede_lua_setmtk(L, K, LEDE_LUA_MENTION);
    s = lede_entity_reference(a, i, j);
    lede_lua_key(L, K, LEDE_K_TEXT);
    if (S_same(t, s, nm)) {
      lua_pushvalue(L, name);
    } else { /* another of the first few aliases, or a string of its own */
      size_t k = 0, nk = na < 4 ? na : 4;
      while (k < nk && !S_same(t, s, lede_entity_alias(a, i, k))) k++;
      if (k < nk) lua_rawgeti(L, name + 1, (lua_Integer)k + 1);
      else lua_pushlstring(L, t + s.start, s.end - s.start);
    }
    lua_rawset(L, -3);
    lede_lua_span(L, K, a, s, LEDE_K_NONE, LEDE_K_START, LEDE_K_STOP);
    lede_lua_block(L, K, a, lede_entity_reference_block(a, i, j));
    lede_mention_kind mk = lede_entity_reference_kind(a, i, j);
    lede_lua_setname(L, K, LEDE_K_KIND, LEDE_N_MENTION, (unsigned)mk,
                     lede_mention_kind_name(mk));
    lua_rawseti(L, -2, (lua_Integer)j + 1);
  }
  lua_rawset(L, -3);
  lua_replace(L, name); /* the entity where the name was; the list goes */
  lua_pop(L, 1);
}

static const char *const S_types[] = {"person", "organization", "place",
                                      "group", "event", NULL};
static const char *const S_mention_kinds[] = {"name", "acronym",
                                              "description", "role", NULL};

static const lede_lua_fkey S_entity_keys[] = {
    {"type", LEDE_LUA_FLIST, S_types},
    {"name", LEDE_LUA_FSTRING, NULL},
    {NULL, 0, NULL}};
static const lede_lua_filter S_entity_filter = {"entities", "type",
                                                S_entity_keys};

/* The entity index the filter's name picks (LEDE_NONE: none), or
 * LEDE_NONE - 1 when the filter has no name. */
static size_t S_only(lua_State *L, const lede_article *a, int fi) {
  if (!lede_lua_filter_has(L, fi, "name")) return LEDE_NONE - 1;
  lua_getfield(L, fi, "name");
  size_t n;
  const char *s = lua_tolstring(L, -1, &n);
  size_t i = lede_entity_find(a, s, n);
  lua_pop(L, 1);
  return i;
}

static int S_entity_pass(lua_State *L, const lede_article *a, size_t i,
                         int fi, size_t only) {
  if (only != LEDE_NONE - 1 && i != only) return 0;
  return lede_lua_filter_is(L, fi, "type",
                            lede_entity_type_name(lede_entity_type_of(a, i)));
}

static const char S_cache_key = 0;

/* Push the article's cache of entity tables (the user value of the
 * article at index art): entity i's table at i + 1, made on first use.
 * Returns its stack index. Fetched once per list, not once per item. */
int lede_lua_entity_cache(lua_State *L, int art, const lede_article *a) {
  lede_lua_cache(L, art, &S_cache_key, lede_entity_count(a), 0);
  return lua_gettop(L);
}

/* Entity i as lede_lua_entity makes it, built once per article and kept
 * in the cache at index cache: entities, entity and every quote's
 * speaker give the same table. */
void lede_lua_entity_shared(lua_State *L, int K, int cache,
                            const lede_article *a, size_t i) {
  if (lua_rawgeti(L, cache, (lua_Integer)i + 1) != LUA_TNIL) return;
  lua_pop(L, 1);
  lede_lua_entity(L, K, a, i);
  lua_pushvalue(L, -1);
  lua_rawseti(L, cache, (lua_Integer)i + 1);
}

/* article:entities([filter]): all entities in order of first mention;
 * filter: a type ("person"), {type = ..., name = ...} or a function. */
static int l_entities(lua_State *L) {
  lede_lua_check(L, 1);
  lua_settop(L, 2);
  lede_lua_filter_check(L, 2, &S_entity_filter);
  lede_article *a = lede_lua_check(L, 1); /* reading may close it */
  lede_lua_article *ud = lua_touserdata(L, 1);
  size_t only = S_only(L, a, 2);
  size_t n = lede_entity_count(a);
  int cache = lede_lua_entity_cache(L, 1, a);
  int K = lede_lua_keys(L);
  lua_createtable(L, n < 1u << 20 ? (int)n : 1 << 20, 0);
  lua_Integer k = 0;
  for (size_t i = 0; i < n; i++) {
    if (!S_entity_pass(L, a, i, 2, only)) continue;
    lede_lua_entity_shared(L, K, cache, a, i);
    int keep = lede_lua_filter_call(L, 2);
    a = lede_lua_live(L, ud); /* the filter may have closed it */
    if (keep) lua_rawseti(L, -2, ++k);
    else lua_pop(L, 1);
  }
  return 1;
}

/* ==== Mentions ========================================================== */

static const lede_lua_fkey S_mention_keys[] = {
    {"type", LEDE_LUA_FLIST, S_types},
    {"kind", LEDE_LUA_FLIST, S_mention_kinds},
    {"name", LEDE_LUA_FSTRING, NULL},
    {NULL, 0, NULL}};
static const lede_lua_filter S_mention_filter = {"mentions", "type",
                                                 S_mention_keys};

typedef struct {
  size_t start, e, j;
} S_mref;

static int S_mref_cmp(const void *x, const void *y) {
  const S_mref *p = x, *q = y;
  if (p->start != q->start) return p->start < q->start ? -1 : 1;
  return p->e < q->e ? -1 : p->e > q->e;
}

/* article:mentions([filter]): every mention of every entity in text
 * order, each with its `entity`. */
static int l_mentions(lua_State *L) {
  lede_lua_check(L, 1);
  lua_settop(L, 2);
  lede_lua_filter_check(L, 2, &S_mention_filter);
  lede_article *a = lede_lua_check(L, 1); /* reading may close it */
  lede_lua_article *ud = lua_touserdata(L, 1);
  size_t only = S_only(L, a, 2), total = 0;
  size_t n = lede_entity_count(a);
  for (size_t i = 0; i < n; i++) total += lede_entity_mention_count(a, i);
  /* Scratch in a userdata: a raising filter leaks nothing. */
  S_mref *refs = lua_newuserdatauv(L, (total ? total : 1) * sizeof *refs, 0);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (!S_entity_pass(L, a, i, 2, only)) continue;
    for (size_t j = 0; j < lede_entity_mention_count(a, i); j++) {
      if (!lede_lua_filter_is(L, 2, "kind",
              lede_mention_kind_name(lede_entity_mention_kind(a, i, j))))
        continue;
      refs[k].start = lede_entity_mention(a, i, j).start;
      refs[k].e = i;
      refs[k].j = j;
      k++;
    }
  }
  qsort(refs, k, sizeof *refs, S_mref_cmp);
  int K = lede_lua_keys(L);
  /* entity tables, built once each */
  lua_createtable(L, n < 1u << 20 ? (int)n : 1 << 20, 0);
  int cache = lua_gettop(L);
  lua_createtable(L, (int)(k < 1024 ? k : 1024), 0);
  lua_Integer out = 0;
  for (size_t m = 0; m < k; m++) {
    size_t i = refs[m].e;
    if (lua_rawgeti(L, cache, (lua_Integer)i + 1) == LUA_TNIL) {
      lua_pop(L, 1);
      lede_lua_entity(L, K, a, i);
      lua_pushvalue(L, -1);
      lua_rawseti(L, cache, (lua_Integer)i + 1);
    }
    lua_getfield(L, -1, "mentions");
    lua_rawgeti(L, -1, (lua_Integer)refs[m].j + 1);
    /* A copy, so the entity's own mention tables stay as they are. */
    lua_createtable(L, 0, 8);
    lede_lua_setmtk(L, K, LEDE_LUA_MENTION);
    lua_pushnil(L);
    while (lua_next(L, -3)) {
      lua_pushvalue(L, -2);
      lua_insert(L, -2);
      lua_rawset(L, -4);
    }
    lua_pushvalue(L, -4);
    lua_setfield(L, -2, "entity");
    lua_replace(L, -4);
    lua_pop(L, 2);
    int keep = lede_lua_filter_call(L, 2);
    lede_lua_live(L, ud); /* the filter may have closed it */
    if (keep) lua_rawseti(L, -2, ++out);
    else lua_pop(L, 1);
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
  int cache = lede_lua_entity_cache(L, 1, a);
  int K = lede_lua_keys(L);
  lede_lua_entity_shared(L, K, cache, a, i);
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
  lua_pushcfunction(L, l_mentions);
  lua_setfield(L, -2, "mentions");
  lua_pushcfunction(L, l_count);
  lua_setfield(L, -2, "count");
}
