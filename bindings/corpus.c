/* lede.key(name), the key of an entity's name; lede.articles and
 * lede.corpus, written in Lua (corpus.lua, built in as a string). */
#include <string.h>
#include <utf8proc.h>

#include "binding.h"
#include "corpus_lua.h"

/* The key of s[0..n) into out (room for 4 * n bytes: a lower-cased code
 * point takes at most 4, a space at most the separator it stands for);
 * returns its length. */
static size_t S_key(const char *s, size_t n, char *out) {
  size_t i = 0, k = 0;
  int gap = 0;
  while (i < n) {
    utf8proc_int32_t c;
    int word;
    unsigned char ch = (unsigned char)s[i];
    if (ch < 0x80) { /* ASCII, most names: no Unicode tables */
      c = ch;
      i++;
      word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
             (ch >= '0' && ch <= '9');
    } else {
      utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                              (utf8proc_ssize_t)(n - i), &c);
      if (len <= 0) { /* not UTF-8: one byte, a separator */
        i++;
        gap = k > 0;
        continue;
      }
      i += (size_t)len;
      utf8proc_category_t cat = utf8proc_category(c);
      word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
             cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_MN;
    }
    if (!word) {
      if (c != '.' && c != '\'' && c != 0x2019) gap = k > 0;
      continue;
    }
    if (gap) {
      out[k++] = ' ';
      gap = 0;
    }
    if (c < 0x80) {
      out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      continue;
    }
    k += (size_t)utf8proc_encode_char(utf8proc_tolower(c),
                                      (utf8proc_uint8_t *)out + k);
  }
  return k;
}

/* lede.key(s): lower case (Unicode), letters and digits only, words
 * separated by one space, a leading "the" dropped; "." and "'" join
 * ("U.S." -> "us", "O'Neill" -> "oneill"). Equal keys are one name.
 * A name's key is made on the stack (one string pushed, no buffer);
 * a long text's in a Lua buffer. */
void lede_lua_pushkey(lua_State *L, const char *s, size_t n) {
  char local[256];
  luaL_Buffer b;
  char *out = local;
  if (n > sizeof local / 4) {
    if (n > ((size_t)-1 - 4) / 4) luaL_error(L, "not enough memory");
    out = luaL_buffinitsize(L, &b, 4 * n + 4);
  }
  size_t k = S_key(s, n, out);
  size_t skip = k > 4 && !memcmp(out, "the ", 4) ? 4 : 0;
  if (out == local) {
    lua_pushlstring(L, out + skip, k - skip);
    return;
  }
  if (skip) memmove(out, out + skip, k - skip);
  luaL_pushresultsize(&b, k - skip);
}

static int l_key(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lede_lua_pushkey(L, s, n);
  return 1;
}

void lede_lua_corpus(lua_State *L) {
  lua_pushcfunction(L, l_key);
  lua_setfield(L, -2, "key");
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (size_t i = 0; S_corpus_lua[i]; i++) luaL_addstring(&b, S_corpus_lua[i]);
  luaL_pushresult(&b);
  size_t n;
  const char *src = lua_tolstring(L, -1, &n);
  if (luaL_loadbuffer(L, src, n, "=lede/corpus.lua") != LUA_OK) lua_error(L);
  lua_remove(L, -2);
  lua_pushvalue(L, -2);                  /* the module table */
  luaL_getmetatable(L, LEDE_ENTITY_MT);  /* merged entities print alike */
  lua_call(L, 2, 0);
}
