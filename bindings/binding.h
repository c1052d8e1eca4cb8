/* Shared by the Lua binding's files: the article userdata and helpers for
 * pushing spans. Each stage file (entities.c, quotes.c, dates.c, ...)
 * defines `void lede_lua_<stage>(lua_State *L)`, called by luaopen_lede with
 * the article method table on top of the stack, to add its methods. */
#ifndef LEDE_BINDING_H
#define LEDE_BINDING_H

#include <lauxlib.h>
#include <lua.h>

#include "lede.h"

#define LEDE_ARTICLE_MT "lede.article"
/* Metatables of the plain tables handed back (show.c: __name, __tostring). */
#define LEDE_QUOTE_MT "lede.quote"
#define LEDE_ENTITY_MT "lede.entity"
#define LEDE_MENTION_MT "lede.mention"
#define LEDE_DATE_MT "lede.date"
#define LEDE_CUE_MT "lede.cue"
#define LEDE_SENTENCE_MT "lede.sentence"

/* The same metatables (and the article's and paragraph's), also kept in
 * the registry under the address of lede_lua_mtkey[kind]: fetching one by
 * a light userdata costs no string look-up, and every table handed back
 * gets one. */
enum {
  LEDE_LUA_QUOTE,
  LEDE_LUA_ENTITY,
  LEDE_LUA_MENTION,
  LEDE_LUA_DATE,
  LEDE_LUA_CUE,
  LEDE_LUA_SENTENCE,
  LEDE_LUA_ARTICLE,
  LEDE_LUA_PARAGRAPH,
  LEDE_LUA_NKINDS
};
extern const char lede_lua_mtkey[LEDE_LUA_NKINDS];

/* Set the metatable of that kind on the value on top of the stack. */
static inline void lede_lua_setmt(lua_State *L, int kind) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &lede_lua_mtkey[kind]);
  lua_setmetatable(L, -2);
}

/* ==== Interned keys ====================================================
 * Field names, the library's names ("body", "person", "direct", ...) and
 * the metatables above, in one table made at load and kept in the
 * registry. A builder fetches it once per call (lede_lua_keys) and reads
 * each from its array part: lua_setfield and lua_pushstring would look a
 * C string up in Lua's string cache for every field of every item. */
#define LEDE_LUA_KEYS(X)                                                  \
  X(TEXT, "text") X(START, "start") X(STOP, "stop") X(PART, "part")       \
  X(PARAGRAPH, "paragraph") X(INDEX, "index") X(KIND, "kind")             \
  X(NAME, "name") X(KEY, "key") X(TYPE, "type") X(COUNT, "count")         \
  X(TITLE, "title") X(ROLE, "role") X(ALIASES, "aliases")                 \
  X(MENTIONS, "mentions") X(FRAGMENTS, "fragments") X(PARENT, "parent")   \
  X(SPEAKER_VIA, "speaker_via") X(CUE_CLASS, "cue_class")                 \
  X(QUESTION, "question") X(OUTER_START, "outer_start")                   \
  X(OUTER_STOP, "outer_stop") X(CUE, "cue") X(LEMMA, "lemma")             \
  X(SPEAKER_TEXT, "speaker_text") X(SPEAKER_START, "speaker_start")       \
  X(SPEAKER_STOP, "speaker_stop") X(SPEAKER_REF, "speaker_ref")           \
  X(SPEAKER_ORG, "speaker_org") X(SPEAKER, "speaker") X(VALUE, "value")   \
  X(GRANULARITY, "granularity") X(SORT_KEY, "sort_key")                   \
  X(ANCHOR, "anchor") X(SENTENCE, "sentence") X(CREDIT, "credit")         \
  X(CREDIT_START, "credit_start") X(CREDIT_STOP, "credit_stop")

enum {
  LEDE_K_NONE = 0, /* no field */
#define LEDE_K_ENUM(id, s) LEDE_K_##id,
  LEDE_LUA_KEYS(LEDE_K_ENUM)
#undef LEDE_K_ENUM
  LEDE_K_NKEYS
};
/* Slots after the keys: the metatable of each kind, then the names of
 * each enumeration (lede_part, ...), at most LEDE_K_NAMES_MAX values
 * each, filled on first use. */
#define LEDE_K_MT(kind) (LEDE_K_NKEYS + (kind))
enum {
  LEDE_N_PART,
  LEDE_N_AUTHOR,
  LEDE_N_ENTITY,
  LEDE_N_MENTION,
  LEDE_N_QUOTE,
  LEDE_N_VIA,
  LEDE_N_CUE,
  LEDE_N_DATE,
  LEDE_N_GRAN,
  LEDE_N_ANCHOR,
  LEDE_N_GROUPS
};
#define LEDE_K_NAMES_MAX 32
#define LEDE_K_NAME(group, v) \
  (LEDE_K_NKEYS + LEDE_LUA_NKINDS + (group) * LEDE_K_NAMES_MAX + (int)(v))

extern const char lede_lua_keys_key;
/* show.c: make the keys table; called once the metatables exist. */
void lede_lua_keys_init(lua_State *L);

/* Push the keys table; returns its stack index. */
static inline int lede_lua_keys(lua_State *L) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &lede_lua_keys_key);
  return lua_gettop(L);
}

/* Push the article's cache table under key (in the user value of the
 * article at index art), made with room for n items and nrec more when
 * it is not there yet; returns 1 when it was just made. */
static inline int lede_lua_cache(lua_State *L, int art, const void *key,
                                 size_t n, int nrec) {
  art = lua_absindex(L, art);
  lua_getiuservalue(L, art, 1);
  int made = lua_rawgetp(L, -1, key) != LUA_TTABLE;
  if (made) {
    lua_pop(L, 1);
    lua_createtable(L, n < 1u << 20 ? (int)n : 1 << 20, nrec);
    lua_pushvalue(L, -1);
    lua_rawsetp(L, -3, key);
  }
  lua_remove(L, -2);
  return made;
}

/* Push key k of the keys table at index K. */
static inline void lede_lua_key(lua_State *L, int K, int k) {
  lua_rawgeti(L, K, k);
}

/* t[key k] = the value on top, t just below it; pops the value. The
 * tables built have no __newindex, so a raw set is what lua_setfield
 * would do. */
static inline void lede_lua_setk(lua_State *L, int K, int k) {
  lua_rawgeti(L, K, k);
  lua_insert(L, -2);
  lua_rawset(L, -3);
}

/* t[key k] = integer v, t on top of the stack. */
static inline void lede_lua_setint(lua_State *L, int K, int k, lua_Integer v) {
  lua_rawgeti(L, K, k);
  lua_pushinteger(L, v);
  lua_rawset(L, -3);
}

/* t[key k] = the string s[0..n), t on top of the stack. */
static inline void lede_lua_setlstr(lua_State *L, int K, int k, const char *s,
                                    size_t n) {
  lua_rawgeti(L, K, k);
  lua_pushlstring(L, s, n);
  lua_rawset(L, -3);
}

/* Set the metatable of that kind (from the keys table at K) on the value
 * on top of the stack. */
static inline void lede_lua_setmtk(lua_State *L, int K, int kind) {
  lua_rawgeti(L, K, LEDE_K_MT(kind));
  lua_setmetatable(L, -2);
}

/* Push name, value v of a group's names (name is what the library's name
 * function gives for v; NULL pushes nil), interned in the keys table. */
static inline void lede_lua_pushname(lua_State *L, int K, int group,
                                     unsigned v, const char *name) {
  if (v >= LEDE_K_NAMES_MAX || !name) {
    lua_pushstring(L, name);
    return;
  }
  if (lua_rawgeti(L, K, LEDE_K_NAME(group, v)) == LUA_TSTRING) return;
  lua_pop(L, 1);
  lua_pushstring(L, name);
  lua_pushvalue(L, -1);
  lua_rawseti(L, K, LEDE_K_NAME(group, v));
}

/* t[key k] = name, value v of a group's names (as lede_lua_pushname),
 * t on top of the stack. */
static inline void lede_lua_setname(lua_State *L, int K, int k, int group,
                                    unsigned v, const char *name) {
  lua_rawgeti(L, K, k);
  lede_lua_pushname(L, K, group, v, name);
  lua_rawset(L, -3);
}

/* The userdata at idx if its metatable is that of kind, else NULL. */
static inline void *lede_lua_toudata(lua_State *L, int idx, int kind) {
  void *p = lua_touserdata(L, idx);
  if (!p || !lua_getmetatable(L, idx)) return NULL;
  lua_rawgetp(L, LUA_REGISTRYINDEX, &lede_lua_mtkey[kind]);
  int same = lua_rawequal(L, -1, -2);
  lua_pop(L, 2);
  return same ? p : NULL;
}

/* The userdata at idx if it is of that kind; else raises the error
 * luaL_checkudata gives for type name tname. */
static inline void *lede_lua_checkkind(lua_State *L, int idx, int kind,
                                       const char *tname) {
  void *p = lede_lua_toudata(L, idx, kind);
  return p ? p : luaL_checkudata(L, idx, tname);
}

/* The article userdata: a pointer, NULL once freed. The article's memory
 * comes from the Lua state's allocator (alloc, alloc_ud), and bytes counts
 * what it holds, so the collector can be paced by it. */
typedef struct {
  lede_article *a;
  lua_Alloc alloc;
  void *alloc_ud;
  size_t bytes;
} lede_lua_article;

/* The live article at stack index idx; raises if it is not an article or
 * was closed. */
lede_article *lede_lua_check(lua_State *L, int idx);

/* The article of ud, an article userdata lede_lua_check passed before;
 * raises as it would if a filter has closed the article since. Cheaper
 * than checking the userdata's kind again for every item of a list. */
static inline lede_article *lede_lua_live(lua_State *L,
                                          lede_lua_article *ud) {
  if (!ud->a) luaL_error(L, "attempt to use a closed lede article");
  return ud->a;
}

/* In the table on top of the stack set key_start / key_stop (keys of the
 * keys table at K) to the span's 1-based inclusive positions (for
 * string.sub) and, unless text_key is LEDE_K_NONE, text_key to its text. */
void lede_lua_span(lua_State *L, int K, const lede_article *a, lede_span s,
                   int text_key, int key_start, int key_stop);

/* Set t.part (a lede_part name) and t.paragraph (1-based body paragraph
 * number, or nothing) for block b, in the table on top of the stack. */
void lede_lua_block(lua_State *L, int K, const lede_article *a, size_t b);

/* Push entity i as a table {name, type, count, index, title, role,
 * aliases, mentions} (entities.c). K: the keys table's index. */
void lede_lua_entity(lua_State *L, int K, const lede_article *a, size_t i);
/* Push the article's cache of entity tables (the article at index art);
 * returns its stack index. */
int lede_lua_entity_cache(lua_State *L, int art, const lede_article *a);
/* Push entity i as lede_lua_entity makes it, built once per article and
 * kept in the cache at index cache. */
void lede_lua_entity_shared(lua_State *L, int K, int cache,
                            const lede_article *a, size_t i);

/* show.c: create the metatables above; lede.help and lede._HELP in the
 * table on top; the kind of a table handed back ("quote", ...) or NULL. */
void lede_lua_show(lua_State *L);
void lede_lua_help(lua_State *L);
/* corpus.c: lede.key, lede.articles, lede.corpus in the table on top;
 * push the key of name s[0..n). */
void lede_lua_corpus(lua_State *L);
void lede_lua_pushkey(lua_State *L, const char *s, size_t n);
/* decode.c: lede.decode and lede.null in the table on top. */
void lede_lua_decode(lua_State *L);
const char *lede_lua_kind(lua_State *L, int idx);

/* Stage registrations (each adds methods to the table on top). */
void lede_lua_stages(lua_State *L);
void lede_lua_dates(lua_State *L); /* dates.c: dates, timeline */
void lede_lua_quotes(lua_State *L); /* quotes.c: article:quotes([filter]) */

/* html.c: the fields only pages have (url, canonical, site_name, meta):
 * pushes it and returns 1, or returns 0 for another key; and the
 * html_span method in the table on top. */
int lede_lua_html_field(lua_State *L, const lede_article *a,
                        const char *key);
void lede_lua_html(lua_State *L);

#endif
