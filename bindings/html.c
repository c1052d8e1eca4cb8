/* Web pages in the Lua module and the command: telling HTML from text,
 * reading gzip files, and the article fields only pages have (url,
 * canonical, site_name, meta, html_span). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "binding.h"
#include "html.h"

/* ==== Telling a page from text ========================================== */

static int S_ieq_prefix(const char *s, size_t n, const char *w) {
  size_t k = strlen(w);
  if (n < k) return 0;
  for (size_t i = 0; i < k; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != w[i]) return 0;
  }
  return 1;
}

int lede_html_sniff(const char *buf, size_t n) {
  size_t i = 0;
  if (n >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) i = 3;
  while (i < n && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' ||
                   buf[i] == '\n' || buf[i] == '\f'))
    i++;
  const char *p = buf + i;
  size_t m = n - i;
  return S_ieq_prefix(p, m, "<!doctype html") || S_ieq_prefix(p, m, "<html") ||
         S_ieq_prefix(p, m, "<head") || S_ieq_prefix(p, m, "<!--") ||
         S_ieq_prefix(p, m, "<?xml") || S_ieq_prefix(p, m, "<meta") ||
         S_ieq_prefix(p, m, "<body");
}

static int S_ends_ci(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && S_ieq_prefix(s + n - k, k, suffix);
}

int lede_html_path(const char *path) {
  return S_ends_ci(path, ".html") || S_ends_ci(path, ".htm") ||
         S_ends_ci(path, ".html.gz") || S_ends_ci(path, ".htm.gz");
}

int lede_gz_data(const char *buf, size_t n) {
  return n >= 2 && (unsigned char)buf[0] == 0x1f &&
         (unsigned char)buf[1] == 0x8b;
}

/* Inflate gzip data (members one after another, as gzip writes them);
 * NULL with *err set (ENOMEM, or EILSEQ for corrupt data). */
char *lede_gunzip(const char *buf, size_t n, size_t *outlen, int *err) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
    *err = ENOMEM;
    return NULL;
  }
  size_t cap = n * 4 + 4096, len = 0;
  char *out = malloc(cap + 1);
  const unsigned char *in = (const unsigned char *)buf;
  size_t left = n;
  int rc = Z_OK;
  *err = 0;
  while (out) {
    if (len == cap) {
      char *nb = cap > ((size_t)-1) / 4 ? NULL : realloc(out, cap * 2 + 1);
      if (!nb) break;
      out = nb;
      cap *= 2;
    }
    uInt ain = left > 0x40000000 ? 0x40000000 : (uInt)left;
    size_t room = cap - len;
    uInt aout = room > 0x40000000 ? 0x40000000 : (uInt)room;
    z.next_in = (unsigned char *)(uintptr_t)in;
    z.avail_in = ain;
    z.next_out = (unsigned char *)out + len;
    z.avail_out = aout;
    rc = inflate(&z, Z_NO_FLUSH);
    in += ain - z.avail_in;
    left -= ain - z.avail_in;
    len += aout - z.avail_out;
    if (rc == Z_STREAM_END) {
      if (!left) break;
      /* Another member follows. */
      if (inflateReset(&z) != Z_OK) break;
      continue;
    }
    if (rc == Z_BUF_ERROR && z.avail_out) {
      rc = Z_DATA_ERROR; /* input ended mid-stream */
      break;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) break;
  }
  inflateEnd(&z);
  if (!out) {
    *err = ENOMEM;
    return NULL;
  }
  if (rc != Z_STREAM_END) {
    free(out);
    *err = rc == Z_MEM_ERROR || len == cap ? ENOMEM : EILSEQ;
    return NULL;
  }
  out[len] = '\0';
  *outlen = len;
  return out;
}

/* ==== Article fields ==================================================== */

static void S_push_meta(lua_State *L, const lede_article *a, lede_meta_key k) {
  const char *v = lede_meta(a, k, NULL, NULL);
  if (v) lua_pushstring(L, v);
  else lua_pushnil(L);
}

/* a.meta: {key = {value = ..., source = ...}}, authors as a list of
 * {name, source}. */
static void S_push_meta_table(lua_State *L, const lede_article *a) {
  lua_newtable(L);
  for (int k = LEDE_META_TITLE; k <= LEDE_META_CHARSET; k++) {
    lede_meta_source src;
    size_t n;
    const char *v = lede_meta(a, (lede_meta_key)k, &n, &src);
    if (!v) continue;
    lua_createtable(L, 0, 2);
    lua_pushlstring(L, v, n);
    lua_setfield(L, -2, "value");
    lua_pushstring(L, lede_meta_source_name(src));
    lua_setfield(L, -2, "source");
    lua_setfield(L, -2, lede_meta_key_name((lede_meta_key)k));
  }
  size_t na = lede_meta_author_count(a);
  if (na) {
    lua_createtable(L, (int)na, 0);
    for (size_t i = 0; i < na; i++) {
      lede_meta_source src;
      size_t n;
      const char *v = lede_meta_author(a, i, &n, &src);
      lua_createtable(L, 0, 2);
      lua_pushlstring(L, v, n);
      lua_setfield(L, -2, "name");
      lua_pushstring(L, lede_meta_source_name(src));
      lua_setfield(L, -2, "source");
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    lua_setfield(L, -2, "authors");
  }
}

int lede_lua_html_field(lua_State *L, const lede_article *a,
                        const char *key) {
  if (!strcmp(key, "url")) S_push_meta(L, a, LEDE_META_URL);
  else if (!strcmp(key, "canonical")) S_push_meta(L, a, LEDE_META_CANONICAL);
  else if (!strcmp(key, "site_name")) S_push_meta(L, a, LEDE_META_SITE_NAME);
  else if (!strcmp(key, "meta")) {
    if (lede_is_html(a)) S_push_meta_table(L, a);
    else lua_pushnil(L);
  } else return 0;
  return 1;
}

/* a:html_span(x): the bytes of the page (1-based, inclusive, for
 * html:sub(i, j)) that x came from; x is a block number (1-based), a
 * paragraph, or any table with start/stop (a sentence, quote, date...),
 * whose block is looked up.  nil when the article is not from HTML or the
 * block has no place (a headline taken from the metadata). */
static int l_article_html_span(lua_State *L) {
  const lede_article *a = lede_lua_check(L, 1);
  size_t block = LEDE_NONE;
  if (lua_type(L, 2) == LUA_TNUMBER) {
    lua_Integer b = luaL_checkinteger(L, 2);
    block = b >= 1 ? (size_t)(b - 1) : LEDE_NONE;
  } else {
    /* Anything with a span: the block holding its start. */
    lua_Integer start;
    if (luaL_getmetafield(L, 2, "__span") != LUA_TNIL) {
      lua_pushvalue(L, 2);
      lua_call(L, 1, 2);
      start = luaL_checkinteger(L, -2);
    } else {
      luaL_checktype(L, 2, LUA_TTABLE);
      lua_getfield(L, 2, "start");
      if (lua_type(L, -1) != LUA_TNUMBER)
        return luaL_argerror(L, 2, "a block number or an item with a span");
      start = lua_tointeger(L, -1);
    }
    size_t pos = start >= 1 ? (size_t)(start - 1) : 0;
    for (size_t i = 0; i < lede_block_count(a); i++) {
      lede_span s = lede_block_span(a, i);
      if (pos >= s.start && pos < s.end) {
        block = i;
        break;
      }
    }
  }
  lede_span h;
  if (block == LEDE_NONE || !lede_block_html_span(a, block, &h)) {
    luaL_pushfail(L);
    return 1;
  }
  lua_pushinteger(L, (lua_Integer)h.start + 1);
  lua_pushinteger(L, (lua_Integer)h.end);
  return 2;
}

void lede_lua_html(lua_State *L) {
  lua_pushcfunction(L, l_article_html_span);
  lua_setfield(L, -2, "html_span");
}
