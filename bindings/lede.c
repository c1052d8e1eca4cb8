/* The Lua module: lede.parse, lede.open, articles and paragraphs.
 *
 * An article is a full userdata holding the C article; its user value is a
 * cache table for fields built once (paragraph objects, lists).  A
 * paragraph is a userdata holding its index, with the article as its user
 * value, so it keeps the article alive. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "binding.h"
#include "html.h"
#include "inputs.h"

#define PARAGRAPH_MT "lede.paragraph"
#define MODULE_VERSION "lede " LEDE_VERSION_STRING

typedef struct {
  size_t i;               /* paragraph index, 0-based */
  lede_lua_article *ud;   /* the article: the user value, which keeps it */
} S_paragraph;

/* ==== Helpers shared with the stage files ============================= */

lede_article *lede_lua_check(lua_State *L, int idx) {
  lede_lua_article *ud =
      lede_lua_checkkind(L, idx, LEDE_LUA_ARTICLE, LEDE_ARTICLE_MT);
  if (!ud->a) luaL_error(L, "attempt to use a closed lede article");
  return ud->a;
}

void lede_lua_span(lua_State *L, int K, const lede_article *a, lede_span s,
                   int text_key, int key_start, int key_stop) {
  if (text_key) {
    lede_lua_setlstr(L, K, text_key, lede_text(a, NULL) + s.start,
                     s.end - s.start);
  }
  lede_lua_setint(L, K, key_start, (lua_Integer)s.start + 1);
  lede_lua_setint(L, K, key_stop, (lua_Integer)s.end);
}

void lede_lua_block(lua_State *L, int K, const lede_article *a, size_t b) {
  lede_part part = lede_block_part(a, b);
  lede_lua_setname(L, K, LEDE_K_PART, LEDE_N_PART, (unsigned)part,
                   lede_part_name(part));
  size_t p = lede_block_paragraph(a, b);
  if (p != LEDE_NONE) {
    lede_lua_setint(L, K, LEDE_K_PARAGRAPH, (lua_Integer)p + 1);
  }
}

/* ==== Options =========================================================== */

/* Reads the options table at idx into o; raises on a bad option. The
 * published string is left on the stack (an __index metamethod may hand
 * back a string nothing else holds), so it lives while that slot does. */
static void S_options(lua_State *L, int idx, lede_options *o) {
  memset(o, 0, sizeof *o);
  if (lua_isnoneornil(L, idx)) {
    lua_pushnil(L);
    return;
  }
  luaL_checktype(L, idx, LUA_TTABLE);
  lua_getfield(L, idx, "published");
  if (!lua_isnil(L, -1)) {
    if (lua_type(L, -1) != LUA_TSTRING)
      luaL_error(L, "bad option 'published' (string \"YYYY-MM-DD\" expected, "
                    "got %s)", luaL_typename(L, -1));
    o->published = lua_tostring(L, -1);
  }
  lua_getfield(L, idx, "date_order");
  if (!lua_isnil(L, -1)) {
    const char *v = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
    if (!strcmp(v, "mdy")) o->date_order = LEDE_DATE_ORDER_MDY;
    else if (!strcmp(v, "dmy")) o->date_order = LEDE_DATE_ORDER_DMY;
    else
      luaL_error(L, "bad option 'date_order' (\"mdy\" or \"dmy\" expected)");
  }
  lua_pop(L, 1); /* date_order; published stays */
}

/* Article memory comes from the Lua state's allocator, counted here so the
 * collector can be told how much an article holds: its userdata is small,
 * and without that hint thousands of unclosed articles pile up unseen. */
static void *S_counting_alloc(void *ud, void *ptr, size_t osize,
                              size_t nsize) {
  lede_lua_article *u = ud;
  void *r = u->alloc(u->alloc_ud, ptr, osize, nsize);
  if (nsize == 0) {
    if (ptr) u->bytes -= osize;
  } else if (r) {
    u->bytes += nsize - (ptr ? osize : 0);
  }
  return r;
}

/* ==== Parsing =========================================================== */

/* Parses the string at index 1 with options at index 2 and pushes the
 * article. The userdata exists before the C article, so an error leaves
 * nothing to leak. A text is lent to the article, not copied: a Lua
 * string ends with a NUL and does not move, and the article's cache table
 * keeps it alive. */
static int S_parse_string(lua_State *L, const char *text, size_t len,
                          int html) {
  lede_options o;
  S_options(L, 2, &o);
  lede_lua_article *ud = lua_newuserdatauv(L, sizeof *ud, 1);
  memset(ud, 0, sizeof *ud);
  lede_lua_setmt(L, LEDE_LUA_ARTICLE);
  /* The cache: the text, the fields built once and the entity tables. */
  lua_createtable(L, 0, 12);
  if (!html) {
    lua_pushvalue(L, 1);
    lua_rawseti(L, -2, 0);
    o.borrow_text = 1;
  }
  lua_setiuservalue(L, -2, 1);
  ud->alloc = lua_getallocf(L, &ud->alloc_ud);
  o.alloc = S_counting_alloc;
  o.alloc_ud = ud;
  lede_status st = html ? lede_parse_html(text, len, &o, &ud->a)
                        : lede_parse(text, len, &o, &ud->a);
  if (st == LEDE_EINVAL)
    return luaL_error(L, "bad option 'published' (expected a real date "
                         "\"YYYY-MM-DD\", got \"%s\")", o.published);
  if (st != LEDE_OK) return luaL_error(L, "lede: %s", lede_strerror(st));
  size_t kb = ud->bytes / 1024;
  if (kb) lua_gc(L, LUA_GCSTEP, kb > 0x7fffffff ? 0x7fffffff : (int)kb);
  return 1;
}

static int l_parse(lua_State *L) {
  if (lua_type(L, 1) != LUA_TSTRING)
    return luaL_typeerror(L, 1, "string");
  size_t len;
  const char *text = lua_tolstring(L, 1, &len);
  return S_parse_string(L, text, len, 0);
}

/* lede.parse_html(html [, opts]): a web page. */
static int l_parse_html(lua_State *L) {
  if (lua_type(L, 1) != LUA_TSTRING)
    return luaL_typeerror(L, 1, "string");
  size_t len;
  const char *html = lua_tolstring(L, 1, &len);
  return S_parse_string(L, html, len, 1);
}

#define FILE_MT "lede.file"
typedef struct {
  FILE *f;
} S_file;

static int l_file_gc(lua_State *L) {
  S_file *box = luaL_checkudata(L, 1, FILE_MT);
  if (box->f) fclose(box->f);
  box->f = NULL;
  return 0;
}

/* lede.open(path [, opts]): like io.open, fail + message on I/O errors. */
static int l_open(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TTABLE);
  lua_settop(L, 2);
  lua_pushvalue(L, 1); /* path stays alive at 3 when the text takes 1 */
  /* The FILE lives in a userdata whose __gc closes it: growing the buffer
   * may raise (out of memory), and the FILE must not leak then. */
  S_file *box = lua_newuserdatauv(L, sizeof *box, 0);
  box->f = NULL;
  luaL_setmetatable(L, FILE_MT);
  FILE *f = box->f = fopen(path, "rb");
  if (!f) return luaL_fileresult(L, 0, path);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  size_t n;
  do {
    char *p = luaL_prepbuffer(&b);
    n = fread(p, 1, LUAL_BUFFERSIZE, f);
    luaL_addsize(&b, n);
  } while (n == LUAL_BUFFERSIZE);
  int err = ferror(f);
  int en = errno;
  box->f = NULL;
  fclose(f);
  if (err) {
    errno = en ? en : EIO;
    return luaL_fileresult(L, 0, path);
  }
  luaL_pushresult(&b);
  size_t len;
  const char *text = lua_tolstring(L, -1, &len);
  lua_replace(L, 1); /* keep the text alive at index 1 */
  text = lua_tolstring(L, 1, &len);
  if (lede_gz_data(text, len)) {
    /* A gzip file: its contents, kept at index 1 in place of it. */
    int zerr;
    size_t zlen;
    char *z = lede_gunzip(text, len, &zlen, &zerr);
    if (!z) {
      errno = zerr;
      return luaL_fileresult(L, 0, path);
    }
    lua_pushlstring(L, z, zlen);
    free(z);
    lua_replace(L, 1);
    text = lua_tolstring(L, 1, &len);
  }
  return S_parse_string(L, text, len,
                        lede_html_path(path) || lede_html_sniff(text, len));
}

/* ==== Articles ========================================================== */

static int l_article_gc(lua_State *L) {
  lede_lua_article *ud = luaL_checkudata(L, 1, LEDE_ARTICLE_MT);
  lede_article_free(ud->a);
  ud->a = NULL;
  return 0;
}

static void S_push_span_text(lua_State *L, const lede_article *a,
                             lede_span s) {
  lua_pushlstring(L, lede_text(a, NULL) + s.start, s.end - s.start);
}

static void S_push_field(lua_State *L, const lede_article *a, lede_field f) {
  lede_span s;
  if (lede_field_span(a, f, &s)) S_push_span_text(L, a, s);
  else lua_pushnil(L);
}

/* A list of {text, start, stop, part} for the blocks of one part (or all
 * blocks when part < 0). */
static void S_push_blocks(lua_State *L, const lede_article *a, int part) {
  int K = lede_lua_keys(L);
  size_t n = 0, nb = lede_block_count(a);
  for (size_t i = 0; i < nb; i++)
    n += part < 0 || (int)lede_block_part(a, i) == part;
  lua_createtable(L, n < 1u << 20 ? (int)n : 1 << 20, 0);
  lua_Integer k = 0;
  for (size_t i = 0; i < lede_block_count(a); i++) {
    if (part >= 0 && (int)lede_block_part(a, i) != part) continue;
    lua_createtable(L, 0, 5);
    lede_lua_span(L, K, a, lede_block_span(a, i), LEDE_K_TEXT, LEDE_K_START,
                  LEDE_K_STOP);
    lede_lua_block(L, K, a, i);
    lua_rawseti(L, -2, ++k);
  }
  lua_remove(L, K);
}

static void S_push_authors(lua_State *L, const lede_article *a) {
  int K = lede_lua_keys(L);
  size_t n = lede_author_count(a);
  lua_createtable(L, (int)n, 0);
  for (size_t i = 0; i < n; i++) {
    lua_createtable(L, 0, 4);
    lede_lua_span(L, K, a, lede_author_span(a, i), LEDE_K_NAME, LEDE_K_START,
                  LEDE_K_STOP);
    lede_author_kind ak = lede_author_kind_of(a, i);
    lede_lua_setname(L, K, LEDE_K_KIND, LEDE_N_AUTHOR, (unsigned)ak,
                     lede_author_kind_name(ak));
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_remove(L, K);
}

static void S_push_captions(lua_State *L, const lede_article *a) {
  int K = lede_lua_keys(L);
  size_t n = lede_caption_count(a);
  lua_createtable(L, (int)n, 0);
  for (size_t i = 0; i < n; i++) {
    lua_createtable(L, 0, 8); /* text, credit, their spans, part, paragraph */
    lede_lua_span(L, K, a, lede_caption_span(a, i), LEDE_K_TEXT, LEDE_K_START,
                  LEDE_K_STOP);
    lede_span c;
    if (lede_caption_credit(a, i, &c))
      lede_lua_span(L, K, a, c, LEDE_K_CREDIT, LEDE_K_CREDIT_START,
                    LEDE_K_CREDIT_STOP);
    lede_lua_block(L, K, a, lede_caption_block(a, i));
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_remove(L, K);
}

/* Paragraph i with the paragraph metatable at index mt. */
static void S_push_paragraph(lua_State *L, int article_idx, int mt, size_t i) {
  /* user values: the article, then the sentences once asked for */
  S_paragraph *p = lua_newuserdatauv(L, sizeof *p, 2);
  p->i = i;
  p->ud = lua_touserdata(L, article_idx);
  lua_pushvalue(L, mt);
  lua_setmetatable(L, -2);
  lua_pushvalue(L, article_idx);
  lua_setiuservalue(L, -2, 1);
}

static void S_push_paragraphs(lua_State *L, int article_idx,
                              const lede_article *a) {
  size_t n = lede_paragraph_count(a);
  /* the metatable fetched once for the list, not once per paragraph */
  lua_rawgetp(L, LUA_REGISTRYINDEX, &lede_lua_mtkey[LEDE_LUA_PARAGRAPH]);
  int mt = lua_gettop(L);
  lua_createtable(L, (int)n, 0);
  for (size_t i = 0; i < n; i++) {
    S_push_paragraph(L, article_idx, mt, i);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_remove(L, mt);
}

/* A sentence as a plain table {text, start, stop, index, part,
 * paragraph}. */
static void S_push_sentence(lua_State *L, int K, const lede_article *a,
                            size_t i) {
  lua_createtable(L, 0, 6);
  lede_lua_setmtk(L, K, LEDE_LUA_SENTENCE);
  lede_lua_span(L, K, a, lede_sentence_span(a, i), LEDE_K_TEXT, LEDE_K_START,
                LEDE_K_STOP);
  lede_lua_setint(L, K, LEDE_K_INDEX, (lua_Integer)i + 1);
  lede_lua_block(L, K, a, lede_sentence_block(a, i));
}

/* Fields computed once and kept in the article's cache table. */
static int S_cached(lua_State *L, const char *key, const lede_article *a) {
  lua_getiuservalue(L, 1, 1);
  if (lua_getfield(L, -1, key) != LUA_TNIL) return 1;
  lua_pop(L, 1);
  if (!strcmp(key, "paragraphs")) S_push_paragraphs(L, 1, a);
  else if (!strcmp(key, "authors")) S_push_authors(L, a);
  else if (!strcmp(key, "captions")) S_push_captions(L, a);
  else if (!strcmp(key, "related")) S_push_blocks(L, a, LEDE_PART_RELATED);
  else if (!strcmp(key, "boilerplate"))
    S_push_blocks(L, a, LEDE_PART_BOILERPLATE);
  else if (!strcmp(key, "blocks")) S_push_blocks(L, a, -1);
  else if (!strcmp(key, "text")) {
    size_t len, n;
    const char *t = lede_text(a, &len);
    /* A text lent to the article is the string parsed: no copy. */
    const char *lent =
        lua_rawgeti(L, -1, 0) == LUA_TSTRING ? lua_tolstring(L, -1, &n) : NULL;
    if (lent != t || n != len) {
      lua_pop(L, 1);
      lua_pushlstring(L, t, len);
    }
  } else {
    lua_pop(L, 1);
    return 0;
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, key);
  return 1;
}

static int l_article_index(lua_State *L) {
  lede_lua_article *ud =
      lede_lua_checkkind(L, 1, LEDE_LUA_ARTICLE, LEDE_ARTICLE_MT);
  const char *key = luaL_checkstring(L, 2);
  /* Methods first: they work (or say why not) on a closed article. The
   * metatable is reachable from Lua, so __methods may be gone or not a
   * table. */
  int mt = luaL_getmetafield(L, 1, "__methods");
  if (mt == LUA_TTABLE) {
    lua_pushvalue(L, 2);
    if (lua_rawget(L, -2) != LUA_TNIL) return 1;
    lua_pop(L, 2);
  } else if (mt != LUA_TNIL) {
    lua_pop(L, 1);
  }
  /* still the article checked above: raw look-ups ran no Lua code */
  lede_article *a = lede_lua_live(L, ud);
  if (!strcmp(key, "title")) S_push_field(L, a, LEDE_FIELD_TITLE);
  else if (!strcmp(key, "standfirst")) S_push_field(L, a, LEDE_FIELD_STANDFIRST);
  else if (!strcmp(key, "byline")) S_push_field(L, a, LEDE_FIELD_BYLINE);
  else if (!strcmp(key, "dateline")) S_push_field(L, a, LEDE_FIELD_DATELINE);
  else if (!strcmp(key, "published")) {
    const char *p = lede_published(a);
    if (p) lua_pushstring(L, p);
    else lua_pushnil(L);
  } else if (!strcmp(key, "agency")) {
    lede_span s;
    if (lede_dateline_agency(a, &s)) S_push_span_text(L, a, s);
    else lua_pushnil(L);
  } else if (!lede_lua_html_field(L, a, key) && !S_cached(L, key, a))
    lua_pushnil(L);
  return 1;
}

/* pairs(a): the fields the article has (those that are not nil). */
static const char *const S_fields[] = {
    "title",   "standfirst", "byline",      "published", "dateline",
    "agency",  "authors",    "captions",    "related",   "boilerplate",
    "blocks",  "paragraphs", "text",        NULL};

static int S_pairs_next(lua_State *L) {
  lua_settop(L, 2);
  size_t i = 0;
  if (!lua_isnil(L, 2)) {
    const char *k = luaL_checkstring(L, 2);
    while (S_fields[i] && strcmp(S_fields[i], k)) i++;
    if (S_fields[i]) i++;
  }
  for (; S_fields[i]; i++) {
    lua_settop(L, 1);
    lua_pushstring(L, S_fields[i]);
    l_article_index(L);
    if (!lua_isnil(L, -1)) {
      lua_pushstring(L, S_fields[i]);
      lua_insert(L, -2);
      return 2;
    }
  }
  return 0;
}

static int l_article_pairs(lua_State *L) {
  lede_lua_check(L, 1);
  lua_pushcfunction(L, S_pairs_next);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

static int l_article_newindex(lua_State *L) {
  return luaL_error(L, "lede articles are read-only (cannot set '%s')",
                    luaL_checkstring(L, 2));
}

static lede_field S_field_arg(lua_State *L, int idx) {
  static const char *const names[] = {"title", "standfirst", "byline",
                                      "published", "dateline", NULL};
  return (lede_field)luaL_checkoption(L, idx, NULL, names);
}

/* article:span(field) -> start, stop (1-based) or nil */
static int l_article_span(lua_State *L) {
  lede_article *a = lede_lua_check(L, 1);
  lede_span s;
  if (!lede_field_span(a, S_field_arg(L, 2), &s)) {
    luaL_pushfail(L);
    return 1;
  }
  lua_pushinteger(L, (lua_Integer)s.start + 1);
  lua_pushinteger(L, (lua_Integer)s.end);
  return 2;
}

/* for i, s in article:sentences([which]) -- the body's sentences, or with
 * "all" those of every block (title, standfirst, date line, captions,
 * body) with their part. The iterator's upvalues: the next sentence, the
 * "all" flag and the keys table (fetched once per loop). */
static int S_sentences_iter(lua_State *L) {
  lede_article *a = lede_lua_check(L, 1);
  lua_Integer k = luaL_checkinteger(L, 2);
  lua_Integer i = (lua_Integer)lua_tointeger(L, lua_upvalueindex(1));
  int all = lua_toboolean(L, lua_upvalueindex(2));
  size_t n = lede_sentence_count(a);
  for (; (size_t)i < n && !all; i++) {
    if (lede_block_part(a, lede_sentence_block(a, (size_t)i)) ==
        LEDE_PART_BODY)
      break;
  }
  if ((size_t)i >= n) return 0;
  lua_pushinteger(L, i + 1);
  lua_replace(L, lua_upvalueindex(1));
  lua_pushinteger(L, (lua_Integer)((lua_Unsigned)k + 1)); /* wraps as Lua */
  S_push_sentence(L, lua_upvalueindex(3), a, (size_t)i);
  return 2;
}

static int l_article_sentences(lua_State *L) {
  lede_lua_check(L, 1);
  static const char *const which[] = {"body", "all", NULL};
  int all = luaL_checkoption(L, 2, "body", which);
  lua_pushinteger(L, 0);
  lua_pushboolean(L, all);
  lede_lua_keys(L); /* for every sentence the iterator makes */
  lua_pushcclosure(L, S_sentences_iter, 3);
  lua_pushvalue(L, 1);
  lua_pushinteger(L, 0);
  return 3;
}

static int l_article_close(lua_State *L) { return l_article_gc(L); }

static int l_article_tostring(lua_State *L) {
  lede_lua_article *ud = luaL_checkudata(L, 1, LEDE_ARTICLE_MT);
  if (!ud->a) {
    lua_pushliteral(L, "lede.article (closed)");
    return 1;
  }
  const lede_article *a = ud->a;
  size_t nsent = 0;
  for (size_t i = 0; i < lede_paragraph_count(a); i++)
    nsent += lede_block_sentences(a, lede_paragraph_block(a, i), NULL);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  luaL_addstring(&b, "lede.article: ");
  lede_span s;
  if (lede_field_span(a, LEDE_FIELD_TITLE, &s)) {
    size_t n = s.end - s.start;
    const char *t = lede_text(a, NULL) + s.start;
    luaL_addchar(&b, '"');
    if (n > 70) {
      /* Cut on a UTF-8 boundary. */
      n = 70;
      while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80) n--;
      luaL_addlstring(&b, t, n);
      luaL_addstring(&b, "...");
    } else {
      luaL_addlstring(&b, t, n);
    }
    luaL_addstring(&b, "\" ");
  } else {
    luaL_addstring(&b, "(no title) ");
  }
  lua_pushfstring(L, "(%s, %d paragraphs, %d sentences)",
                  lede_published(a) ? lede_published(a) : "undated",
                  (int)lede_paragraph_count(a), (int)nsent);
  luaL_addvalue(&b);
  luaL_pushresult(&b);
  return 1;
}

/* ==== Paragraphs ======================================================== */

static const lede_article *S_paragraph_check(lua_State *L, S_paragraph **pp) {
  *pp = lede_lua_checkkind(L, 1, LEDE_LUA_PARAGRAPH, PARAGRAPH_MT);
  lua_getiuservalue(L, 1, 1);
  lede_article *a = lede_lua_check(L, -1);
  lua_pop(L, 1);
  return a;
}

/* Is the key k (kn bytes) the literal lit? Lengths first, then a memcmp
 * of constant size, cheaper than a chain of strcmp. */
#define S_KEY_IS(k, kn, lit) \
  ((kn) == sizeof(lit) - 1 && !memcmp((k), (lit), sizeof(lit) - 1))

/* In a C closure: the userdata at idx if its metatable is upvalue up,
 * else NULL (cheaper than a registry look-up on every field read). */
static void *S_udata_up(lua_State *L, int idx, int up) {
  void *u = lua_touserdata(L, idx);
  if (!u || !lua_getmetatable(L, idx)) return NULL;
  int same = lua_rawequal(L, -1, lua_upvalueindex(up));
  lua_pop(L, 1);
  return same ? u : NULL;
}

/* __index of paragraphs; upvalues: the paragraph metatable and the keys
 * table (read there rather than from the registry at every paragraph's
 * sentences). Checks as S_paragraph_check does, and raises as it would;
 * the article is the one the paragraph points to (its user value keeps
 * it). */
static int l_paragraph_index(lua_State *L) {
  S_paragraph *p = S_udata_up(L, 1, 1);
  if (!p) p = luaL_checkudata(L, 1, PARAGRAPH_MT); /* raises */
  const lede_article *a = lede_lua_live(L, p->ud);
  const char *key = luaL_checkstring(L, 2);
  size_t kn = strlen(key); /* as strcmp would: "text\0x" is "text" */
  size_t b = lede_paragraph_block(a, p->i);
  lede_span s = lede_paragraph_span(a, p->i);
  if (S_KEY_IS(key, kn, "text")) S_push_span_text(L, a, s);
  else if (S_KEY_IS(key, kn, "index")) lua_pushinteger(L, (lua_Integer)p->i + 1);
  else if (S_KEY_IS(key, kn, "start"))
    lua_pushinteger(L, (lua_Integer)s.start + 1);
  else if (S_KEY_IS(key, kn, "stop")) lua_pushinteger(L, (lua_Integer)s.end);
  else if (S_KEY_IS(key, kn, "article")) lua_getiuservalue(L, 1, 1);
  else if (S_KEY_IS(key, kn, "sentences")) {
    /* made at the first asking and kept: p.sentences is one table */
    if (lua_getiuservalue(L, 1, 2) != LUA_TTABLE) {
      lua_pop(L, 1);
      size_t first, n = lede_block_sentences(a, b, &first);
      int K = lua_upvalueindex(2);
      lua_createtable(L, (int)n, 0);
      for (size_t i = 0; i < n; i++) {
        S_push_sentence(L, K, a, first + i);
        lua_rawseti(L, -2, (lua_Integer)i + 1);
      }
      lua_pushvalue(L, -1);
      lua_setiuservalue(L, 1, 2);
    }
  } else if (S_KEY_IS(key, kn, "span")) {
    if (luaL_getmetafield(L, 1, "__span") == LUA_TNIL) lua_pushnil(L);
  } else
    lua_pushnil(L);
  return 1;
}

static int l_paragraph_span(lua_State *L) {
  S_paragraph *p;
  const lede_article *a = S_paragraph_check(L, &p);
  lede_span s = lede_paragraph_span(a, p->i);
  lua_pushinteger(L, (lua_Integer)s.start + 1);
  lua_pushinteger(L, (lua_Integer)s.end);
  return 2;
}

static int l_paragraph_tostring(lua_State *L) {
  S_paragraph *p = luaL_checkudata(L, 1, PARAGRAPH_MT);
  lua_getiuservalue(L, 1, 1);
  lede_lua_article *ud = luaL_checkudata(L, -1, LEDE_ARTICLE_MT);
  if (!ud->a) {
    lua_pushfstring(L, "lede.paragraph %d (article closed)", (int)p->i + 1);
    return 1;
  }
  const lede_article *a = ud->a;
  lede_span s = lede_paragraph_span(a, p->i);
  size_t ns = lede_block_sentences(a, lede_paragraph_block(a, p->i), NULL);
  const char *t = lede_text(a, NULL) + s.start;
  size_t n = s.end - s.start, cut = n > 60 ? 60 : n;
  while (cut < n && cut > 0 && ((unsigned char)t[cut] & 0xC0) == 0x80) cut--;
  lua_pushfstring(L, "lede.paragraph %d (%d sentence%s, bytes %d-%d): ",
                  (int)p->i + 1, (int)ns, ns == 1 ? "" : "s",
                  (int)s.start + 1, (int)s.end);
  lua_pushlstring(L, t, cut);
  lua_pushstring(L, cut < n ? "..." : "");
  lua_concat(L, 3);
  return 1;
}

static int l_paragraph_eq(lua_State *L) {
  S_paragraph *p = luaL_checkudata(L, 1, PARAGRAPH_MT);
  S_paragraph *q = luaL_checkudata(L, 2, PARAGRAPH_MT);
  lua_getiuservalue(L, 1, 1);
  lua_getiuservalue(L, 2, 1);
  lua_pushboolean(L, p->i == q->i && lua_rawequal(L, -1, -2));
  return 1;
}

/* ==== JSON ============================================================== */

static int S_json_write(void *ud, const char *s, size_t n) {
  luaL_addlstring((luaL_Buffer *)ud, s, n);
  return 0;
}

/* article:json([id]) -> the JSON object lede_article_json writes. */
static int l_article_json(lua_State *L) {
  lede_article *a = lede_lua_check(L, 1);
  const char *id = luaL_optstring(L, 2, NULL);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  /* The writer may raise (memory); lede_article_json holds nothing. */
  lede_article_json(a, id, S_json_write, &b);
  luaL_pushresult(&b);
  return 1;
}

/* lede.json(value): a JSON text for nil, booleans, numbers, strings and
 * tables (a table with only keys 1..n is an array; an empty table is []; a
 * table with only string keys is an object, keys sorted so output is
 * stable; anything else raises). Invalid UTF-8 becomes U+FFFD.
 * The text grows in a userdata box (not a luaL_Buffer, whose stack
 * discipline the recursion would break), so an error frees it. */
#define JSONBUF_MT "lede.jsonbuf"
typedef struct {
  char *p;
  size_t n, cap;
} S_jbuf;

static int l_jbuf_gc(lua_State *L) {
  S_jbuf *b = luaL_checkudata(L, 1, JSONBUF_MT);
  void *ud;
  lua_Alloc f = lua_getallocf(L, &ud);
  if (b->p) f(ud, b->p, b->cap, 0);
  b->p = NULL;
  b->cap = b->n = 0;
  return 0;
}

static void S_jadd(lua_State *L, S_jbuf *b, const char *s, size_t n) {
  if (b->n + n > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + n) {
      if (cap > ((size_t)-1) / 2) luaL_error(L, "not enough memory");
      cap *= 2;
    }
    void *ud;
    lua_Alloc f = lua_getallocf(L, &ud);
    char *np = f(ud, b->p, b->cap, cap);
    if (!np) luaL_error(L, "not enough memory");
    b->p = np;
    b->cap = cap;
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
}

#define S_JLIT(L, b, lit) S_jadd((L), (b), (lit), sizeof(lit) - 1)

typedef struct {
  lua_State *L;
  S_jbuf *b;
} S_jctx;

static int S_jwrite(void *ud, const char *s, size_t n) {
  S_jctx *c = ud;
  S_jadd(c->L, c->b, s, n);
  return 0;
}

static void S_json_string(lua_State *L, S_jbuf *b, const char *s, size_t n) {
  S_jctx c = {L, b};
  lede_json_string(s, n, S_jwrite, &c);
}

/* Object keys are sorted in C: calling table.sort would run whatever a
 * script put there. */
typedef struct {
  const char *s;
  size_t n;
  lua_Integer i; /* entry in the keys table */
} S_jkey;

static int S_jkey_cmp(const void *x, const void *y) {
  const S_jkey *p = x, *q = y;
  int c = memcmp(p->s, q->s, p->n < q->n ? p->n : q->n);
  if (c) return c;
  return p->n < q->n ? -1 : p->n > q->n;
}

static void S_json_value(lua_State *L, S_jbuf *b, int idx, int depth) {
  idx = lua_absindex(L, idx);
  if (depth > 100) luaL_error(L, "lede.json: nesting too deep (a cycle?)");
  luaL_checkstack(L, 8, "lede.json");
  switch (lua_type(L, idx)) {
  case LUA_TNIL: S_JLIT(L, b, "null"); return;
  case LUA_TBOOLEAN:
    if (lua_toboolean(L, idx)) S_JLIT(L, b, "true");
    else S_JLIT(L, b, "false");
    return;
  case LUA_TNUMBER: {
    char tmp[64];
    int k;
    if (lua_isinteger(L, idx)) {
      k = snprintf(tmp, sizeof tmp, LUA_INTEGER_FMT,
                   (LUAI_UACINT)lua_tointeger(L, idx));
    } else {
      double x = (double)lua_tonumber(L, idx);
      if (x != x || x - x != 0)
        luaL_error(L, "lede.json: cannot encode %s", x != x ? "NaN" : "inf");
      k = snprintf(tmp, sizeof tmp, "%.14g", x);
    }
    S_jadd(L, b, tmp, (size_t)k);
    return;
  }
  case LUA_TSTRING: {
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    S_json_string(L, b, s, n);
    return;
  }
  case LUA_TTABLE: break;
  case LUA_TLIGHTUSERDATA:
    if (lua_touserdata(L, idx) == NULL) { /* lede.null */
      S_JLIT(L, b, "null");
      return;
    }
    /* fall through */
  default:
    luaL_error(L, "lede.json: cannot encode a %s", luaL_typename(L, idx));
  }
  lua_Integer n = (lua_Integer)lua_rawlen(L, idx), count = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    count++;
    lua_pop(L, 1);
  }
  if (count == n) {
    S_JLIT(L, b, "[");
    for (lua_Integer i = 1; i <= n; i++) {
      if (i > 1) S_JLIT(L, b, ",");
      lua_rawgeti(L, idx, i);
      S_json_value(L, b, -1, depth + 1);
      lua_pop(L, 1);
    }
    S_JLIT(L, b, "]");
    return;
  }
  /* An object: string keys only (a number key among them would be
   * ambiguous: {[1] = "a", ["1"] = "b"}), sorted. */
  if (count > 0x7fffffff) luaL_error(L, "lede.json: table too large");
  lua_createtable(L, (int)count, 0);
  int keys = lua_gettop(L);
  lua_Integer k = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) {
      if (lua_type(L, -1) == LUA_TNUMBER)
        luaL_error(L, "lede.json: cannot encode a table mixing number and "
                      "string keys, or with number keys other than 1..n");
      luaL_error(L, "lede.json: cannot encode a %s key", luaL_typename(L, -1));
    }
    lua_pushvalue(L, -1);
    lua_rawseti(L, keys, ++k);
  }
  S_jkey *order = lua_newuserdatauv(L, (size_t)(k ? k : 1) * sizeof *order, 0);
  for (lua_Integer i = 1; i <= k; i++) {
    lua_rawgeti(L, keys, i); /* anchored in keys */
    order[i - 1].s = lua_tolstring(L, -1, &order[i - 1].n);
    order[i - 1].i = i;
    lua_pop(L, 1);
  }
  qsort(order, (size_t)k, sizeof *order, S_jkey_cmp);
  S_JLIT(L, b, "{");
  for (lua_Integer i = 1; i <= k; i++) {
    if (i > 1) S_JLIT(L, b, ",");
    S_json_string(L, b, order[i - 1].s, order[i - 1].n);
    S_JLIT(L, b, ":");
    lua_rawgeti(L, keys, order[i - 1].i);
    lua_rawget(L, idx);
    S_json_value(L, b, -1, depth + 1);
    lua_pop(L, 1);
  }
  S_JLIT(L, b, "}");
  lua_settop(L, keys - 1);
}

static int l_json(lua_State *L) {
  luaL_checkany(L, 1);
  lua_settop(L, 1);
  S_jbuf *b = lua_newuserdatauv(L, sizeof *b, 0);
  memset(b, 0, sizeof *b);
  luaL_setmetatable(L, JSONBUF_MT);
  S_json_value(L, b, 1, 0);
  lua_pushlstring(L, b->p ? b->p : "", b->n);
  return 1;
}

/* ==== Inputs ============================================================ */

#define INPUTS_MT "lede.inputs"

typedef struct {
  lede_inputs *it;
  lede_input in; /* the current item, freed by the next call or __gc */
} S_inputs;

static int l_inputs_gc(lua_State *L) {
  S_inputs *s = luaL_checkudata(L, 1, INPUTS_MT);
  lede_input_clear(&s->in);
  lede_inputs_close(s->it);
  s->it = NULL;
  return 0;
}

/* Each step: a table {name, text, published, error, record, html}. */
static int S_inputs_iter(lua_State *L) {
  S_inputs *s = luaL_checkudata(L, 1, INPUTS_MT);
  if (!s->it || !lede_inputs_next(s->it, &s->in)) return 0;
  lua_createtable(L, 0, 5);
  lua_pushstring(L, s->in.name ? s->in.name : "?");
  lua_setfield(L, -2, "name");
  if (s->in.text) {
    lua_pushlstring(L, s->in.text, s->in.len);
    lua_setfield(L, -2, "text");
  }
  if (s->in.published) {
    lua_pushstring(L, s->in.published);
    lua_setfield(L, -2, "published");
  }
  if (s->in.error) {
    lua_pushstring(L, s->in.error);
    lua_setfield(L, -2, "error");
  }
  lua_pushboolean(L, s->in.record);
  lua_setfield(L, -2, "record");
  if (s->in.html) {
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, "html");
  }
  lede_input_clear(&s->in);
  return 1;
}

/* for item in lede.inputs(paths [, {stdin = "auto"|"text"|"jsonl"}]) */
static int l_inputs(lua_State *L) {
  static const char *const modes[] = {"auto", "text", "jsonl", NULL};
  luaL_checktype(L, 1, LUA_TTABLE);
  lede_stdin_mode mode = LEDE_STDIN_AUTO;
  if (!lua_isnoneornil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_getfield(L, 2, "stdin");
    mode = (lede_stdin_mode)luaL_checkoption(L, -1, "auto", modes);
    lua_pop(L, 1);
  }
  /* The length may come from __len and each path from __index: bound the
   * one and keep the others in a table of our own while they are read. */
  lua_Integer n = luaL_len(L, 1);
  if (n < 0 || n > 0xffffff)
    return luaL_error(L, "bad argument #1 to 'inputs' (%I paths)",
                      (LUAI_UACINT)n);
  lua_createtable(L, (int)n, 0);
  int anchor = lua_gettop(L);
  const char **paths = lua_newuserdatauv(L, sizeof *paths * (size_t)(n + 1), 0);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_geti(L, 1, i);
    if (lua_type(L, -1) != LUA_TSTRING)
      return luaL_error(L, "bad argument #1 to 'inputs' (path %d is not a "
                           "string)", (int)i);
    paths[i - 1] = lua_tostring(L, -1);
    lua_rawseti(L, anchor, i);
  }
  lua_pushcfunction(L, S_inputs_iter);
  S_inputs *s = lua_newuserdatauv(L, sizeof *s, 0);
  memset(s, 0, sizeof *s);
  luaL_setmetatable(L, INPUTS_MT);
  s->it = lede_inputs_open(paths, (size_t)n, mode);
  if (!s->it) return luaL_error(L, "not enough memory");
  lua_pushnil(L);
  lua_pushvalue(L, -2); /* to-be-closed: frees early on break */
  return 4;
}

/* ==== Module ============================================================ */

/* lede.type(x): "article", "paragraph", "sentence", "quote", "entity",
 * "mention", "date", "cue" or nil. */
static int l_type(lua_State *L) {
  const char *k;
  if (luaL_testudata(L, 1, LEDE_ARTICLE_MT)) lua_pushliteral(L, "article");
  else if (luaL_testudata(L, 1, PARAGRAPH_MT)) lua_pushliteral(L, "paragraph");
  else if ((k = lede_lua_kind(L, 1))) lua_pushstring(L, k);
  else luaL_pushfail(L);
  return 1;
}

void lede_lua_entities(lua_State *L);

void lede_lua_stages(lua_State *L) {
  (void)L;
  /* stage registrations: entities */
  lede_lua_entities(L);
  /* stage registrations: quotes */
  lede_lua_quotes(L);
  /* stage registrations: dates */
  lede_lua_dates(L);
  /* stage registrations: json */
  lede_lua_html(L);
}

LEDE_API int luaopen_lede(lua_State *L);

LEDE_API int luaopen_lede(lua_State *L) {
  static const luaL_Reg article_meta[] = {
      {"__index", l_article_index},   {"__newindex", l_article_newindex},
      {"__gc", l_article_gc},         {"__close", l_article_gc},
      {"__tostring", l_article_tostring}, {"__pairs", l_article_pairs},
      {NULL, NULL}};
  static const luaL_Reg article_methods[] = {
      {"sentences", l_article_sentences}, {"span", l_article_span},
      {"close", l_article_close},         {"json", l_article_json},
      {NULL, NULL}};
  static const luaL_Reg paragraph_meta[] = {
      {"__tostring", l_paragraph_tostring},
      {"__eq", l_paragraph_eq},       {"__span", l_paragraph_span},
      {NULL, NULL}};
  static const luaL_Reg funcs[] = {{"parse", l_parse},
                                   {"parse_html", l_parse_html},
                                   {"open", l_open},
                                   {"type", l_type},
                                   {"inputs", l_inputs},
                                   {"json", l_json},
                                   {NULL, NULL}};

  lede_lua_show(L);
  luaL_newmetatable(L, LEDE_ARTICLE_MT);
  lua_pushvalue(L, -1);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &lede_lua_mtkey[LEDE_LUA_ARTICLE]);
  luaL_setfuncs(L, article_meta, 0);
  luaL_newlib(L, article_methods);
  lede_lua_stages(L);
  lua_setfield(L, -2, "__methods");
  lua_pushliteral(L, "lede.article");
  lua_setfield(L, -2, "__name");
  lua_pop(L, 1);

  luaL_newmetatable(L, PARAGRAPH_MT);
  lua_pushvalue(L, -1);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &lede_lua_mtkey[LEDE_LUA_PARAGRAPH]);
  luaL_setfuncs(L, paragraph_meta, 0);
  lua_pop(L, 1);

  luaL_newmetatable(L, JSONBUF_MT);
  lua_pushcfunction(L, l_jbuf_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);

  luaL_newmetatable(L, FILE_MT);
  lua_pushcfunction(L, l_file_gc);
  lua_setfield(L, -2, "__gc");
  lua_pop(L, 1);

  luaL_newmetatable(L, INPUTS_MT);
  lua_pushcfunction(L, l_inputs_gc);
  lua_setfield(L, -2, "__gc");
  lua_pushcfunction(L, l_inputs_gc);
  lua_setfield(L, -2, "__close");
  lua_pop(L, 1);

  lede_lua_keys_init(L);
  /* __index of paragraphs, once the keys table (an upvalue) exists */
  lua_rawgetp(L, LUA_REGISTRYINDEX, &lede_lua_mtkey[LEDE_LUA_PARAGRAPH]);
  lua_pushvalue(L, -1);
  lede_lua_keys(L);
  lua_pushcclosure(L, l_paragraph_index, 2);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);

  luaL_newlib(L, funcs);
  lede_lua_help(L);
  lede_lua_decode(L);
  lede_lua_corpus(L);
  lua_pushliteral(L, MODULE_VERSION);
  lua_setfield(L, -2, "_VERSION");
  lua_pushstring(L, lede_version());
  lua_setfield(L, -2, "version");
  return 1;
}
