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

/* In the table on top of the stack set key_start / key_stop to the span's
 * 1-based inclusive positions (for string.sub) and, if text_key is not
 * NULL, text_key to its text. */
void lede_lua_span(lua_State *L, const lede_article *a, lede_span s,
                   const char *text_key, const char *key_start,
                   const char *key_stop);

/* Set t.part (a lede_part name) and t.paragraph (1-based body paragraph
 * number, or nothing) for block b, in the table on top of the stack. */
void lede_lua_block(lua_State *L, const lede_article *a, size_t b);

/* Push entity i as a table {name, type, count, index, title, role,
 * aliases, mentions} (entities.c). */
void lede_lua_entity(lua_State *L, const lede_article *a, size_t i);
/* The same, built once per article and shared (the article at index art). */
void lede_lua_entity_shared(lua_State *L, int art, const lede_article *a,
                            size_t i);

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
