/* article:quotes([filter]): quotes and reported speech as plain tables.
 *
 * filter.kind    "direct" | "mixed" | "indirect" | "unattributed", or a
 *                list of them.
 * filter.class   cue class "speech" | "writing" | "thought" | "other", or a
 *                list of them.
 * filter.top     true: only top-level statements (no nested attribution,
 *                no question put to someone).
 * filter.speaker a string or a list of strings; a quote matches when the
 *                words of one of them occur, in order, among the words of
 *                its speaker as written, what that refers to ("it" -> "the
 *                Russian foreign ministry"), or the organization inside it
 *                ("A Foreign Office official" -> "Foreign Office"),
 *                ignoring case: "Russian ministry" finds "the Russian
 *                foreign ministry". */
#include <string.h>
#include <utf8proc.h>

#include "binding.h"

/* ==== Word matching ===================================================== */

/* The next word of s[*i..n) (letters and digits; ' and ’ split words):
 * its lower-cased code points go to w (at most cap), their count returned;
 * 0 at the end. */
static size_t S_next_word(const char *s, size_t n, size_t *i, int32_t *w,
                          size_t cap) {
  size_t k = 0;
  while (*i < n) {
    utf8proc_int32_t c;
    utf8proc_ssize_t len =
        utf8proc_iterate((const utf8proc_uint8_t *)s + *i,
                         (utf8proc_ssize_t)(n - *i), &c);
    if (len <= 0) {
      len = 1;
      c = -1;
    }
    *i += (size_t)len;
    utf8proc_category_t cat = c >= 0 ? utf8proc_category(c) : 0;
    int word = c >= 0 && ((cat >= UTF8PROC_CATEGORY_LU &&
                           cat <= UTF8PROC_CATEGORY_LO) ||
                          cat == UTF8PROC_CATEGORY_ND);
    if (word) {
      if (k < cap) w[k] = utf8proc_tolower(c);
      k++;
    } else if (k) {
      break;
    }
  }
  return k < cap ? k : cap;
}

/* Do the words of pat occur, in order, among the words of s? */
static int S_words_in(const char *pat, size_t pn, const char *s, size_t sn) {
  int32_t pw[64], sw[64];
  size_t pi = 0, si = 0, np, any = 0;
  while ((np = S_next_word(pat, pn, &pi, pw, 64)) > 0) {
    any = 1;
    int found = 0;
    size_t ns;
    while ((ns = S_next_word(s, sn, &si, sw, 64)) > 0)
      if (ns == np && memcmp(pw, sw, np * sizeof *pw) == 0) {
        found = 1;
        break;
      }
    if (!found) return 0;
  }
  return (int)any;
}

static int S_span_match(const lede_article *a, lede_span sp, const char *pat,
                        size_t pn) {
  if (sp.end <= sp.start) return 0;
  const char *t = lede_text(a, NULL);
  return S_words_in(pat, pn, t + sp.start, sp.end - sp.start);
}

static int S_speaker_match(const lede_article *a, size_t i, const char *pat,
                           size_t pn) {
  lede_span s;
  if (lede_quote_speaker(a, i, &s) && S_span_match(a, s, pat, pn)) return 1;
  if (lede_quote_speaker_ref(a, i, &s) && S_span_match(a, s, pat, pn))
    return 1;
  if (lede_quote_speaker_org(a, i, &s) && S_span_match(a, s, pat, pn))
    return 1;
  size_t e = lede_quote_speaker_entity(a, i);
  if (e == LEDE_NONE) return 0;
  if (S_span_match(a, lede_entity_name(a, e), pat, pn)) return 1;
  for (size_t k = 0; k < lede_entity_alias_count(a, e); k++)
    if (S_span_match(a, lede_entity_alias(a, e, k), pat, pn)) return 1;
  return 0;
}

/* ==== Filter ============================================================ */

/* Does the value at idx (a string or a list of strings) accept x? test is
 * called with each string. */
typedef int (*S_test)(const lede_article *a, size_t i, const char *s,
                      size_t n);

static int S_kind_test(const lede_article *a, size_t i, const char *s,
                       size_t n) {
  const char *k = lede_quote_kind_name(lede_quote_kind_of(a, i));
  return strlen(k) == n && memcmp(k, s, n) == 0;
}

static int S_class_test(const lede_article *a, size_t i, const char *s,
                        size_t n) {
  const char *k = lede_cue_class_name(lede_quote_cue_class(a, i));
  return strlen(k) == n && memcmp(k, s, n) == 0;
}

static int S_any(lua_State *L, int idx, const lede_article *a, size_t i,
                 S_test test) {
  if (lua_type(L, idx) == LUA_TSTRING) {
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    return test(a, i, s, n);
  }
  /* our own copy (see S_filter_field): raw reads call no Lua code */
  lua_Integer len = (lua_Integer)lua_rawlen(L, idx);
  for (lua_Integer k = 1; k <= len; k++) {
    lua_rawgeti(L, idx, k);
    size_t n;
    const char *s = lua_tolstring(L, -1, &n);
    int ok = test(a, i, s, n);
    lua_pop(L, 1);
    if (ok) return 1;
  }
  return 0;
}

/* Check filter field key at stack index fi: nil, a string or a list of
 * strings. Leaves the value on the stack (a list as a plain copy, since
 * __index and __len may run code and hand back strings nothing else
 * holds) and returns its index, or 0. */
static int S_filter_field(lua_State *L, int fi, const char *key) {
  lua_getfield(L, fi, key);
  int t = lua_type(L, -1);
  if (t == LUA_TNIL) {
    lua_pop(L, 1);
    return 0;
  }
  if (t == LUA_TTABLE) {
    lua_Integer len = luaL_len(L, -1);
    if (len < 0 || len > 0xffff)
      luaL_error(L, "bad filter.%s (list of %I strings)", key,
                 (LUAI_UACINT)len);
    lua_createtable(L, (int)len, 0);
    for (lua_Integer k = 1; k <= len; k++) {
      if (lua_geti(L, -2, k) != LUA_TSTRING)
        luaL_error(L, "bad filter.%s (list of strings expected)", key);
      lua_rawseti(L, -2, k);
    }
    lua_remove(L, -2);
  } else if (t != LUA_TSTRING) {
    luaL_error(L, "bad filter.%s (string or list of strings expected)", key);
  }
  return lua_gettop(L);
}

/* ==== Items ============================================================= */

static void S_span_table(lua_State *L, const lede_article *a, lede_span s,
                         const char *key) {
  lua_newtable(L);
  lede_lua_span(L, a, s, "text", "start", "stop");
  lua_setfield(L, -2, key);
}

/* Quote i as a table; entity tables are built once per call and kept in
 * the table at index cache, so many quotes by one speaker stay cheap. */
static void S_push_quote(lua_State *L, const lede_article *a, size_t i,
                         int cache) {
  lua_newtable(L);
  luaL_setmetatable(L, LEDE_QUOTE_MT);
  lede_lua_span(L, a, lede_quote_span(a, i), "text", "start", "stop");
  size_t nf = lede_quote_fragment_count(a, i);
  lua_createtable(L, (int)nf, 0);
  for (size_t j = 0; j < nf; j++) {
    lua_createtable(L, 0, 3);
    lede_lua_span(L, a, lede_quote_fragment(a, i, j), "text", "start",
                  "stop");
    lua_seti(L, -2, (lua_Integer)j + 1);
  }
  if (nf > 1) {
    /* The words said, without the attribution between the pieces. */
    const char *t = lede_text(a, NULL);
    int parts = 0;
    for (size_t j = 0; j < nf; j++) {
      lede_span f = lede_quote_fragment(a, i, j);
      if (j) {
        lua_pushliteral(L, " ");
        parts++;
      }
      lua_pushlstring(L, t + f.start, f.end - f.start);
      parts++;
    }
    lua_concat(L, parts);
    lua_setfield(L, -3, "text");
  }
  lua_setfield(L, -2, "fragments");
  lua_pushinteger(L, (lua_Integer)i + 1);
  lua_setfield(L, -2, "index");
  size_t par = lede_quote_parent(a, i);
  if (par != LEDE_NONE) {
    lua_pushinteger(L, (lua_Integer)par + 1);
    lua_setfield(L, -2, "parent");
  }
  lua_pushstring(L, lede_speaker_via_name(lede_quote_speaker_via(a, i)));
  lua_setfield(L, -2, "speaker_via");
  lua_pushstring(L, lede_cue_class_name(lede_quote_cue_class(a, i)));
  lua_setfield(L, -2, "cue_class");
  lua_pushboolean(L, lede_quote_is_question(a, i));
  lua_setfield(L, -2, "question");
  lede_lua_span(L, a, lede_quote_outer(a, i), NULL, "outer_start",
                "outer_stop");
  lua_pushstring(L, lede_quote_kind_name(lede_quote_kind_of(a, i)));
  lua_setfield(L, -2, "kind");
  lede_span s;
  if (lede_quote_cue(a, i, &s)) {
    lua_newtable(L);
    luaL_setmetatable(L, LEDE_CUE_MT);
    lede_lua_span(L, a, s, "text", "start", "stop");
    lua_pushstring(L, lede_quote_cue_lemma(a, i));
    lua_setfield(L, -2, "lemma");
    lua_setfield(L, -2, "cue");
  }
  if (lede_quote_speaker(a, i, &s))
    lede_lua_span(L, a, s, "speaker_text", "speaker_start", "speaker_stop");
  if (lede_quote_speaker_ref(a, i, &s)) S_span_table(L, a, s, "speaker_ref");
  if (lede_quote_speaker_org(a, i, &s)) S_span_table(L, a, s, "speaker_org");
  size_t e = lede_quote_speaker_entity(a, i);
  if (e != LEDE_NONE) {
    if (lua_rawgeti(L, cache, (lua_Integer)e + 1) == LUA_TNIL) {
      lua_pop(L, 1);
      lede_lua_entity(L, a, e);
      lua_pushvalue(L, -1);
      lua_rawseti(L, cache, (lua_Integer)e + 1);
    }
    lua_setfield(L, -2, "speaker");
  }
  lede_lua_block(L, a, lede_quote_block(a, i));
}

static int l_quotes(lua_State *L) {
  const lede_article *a = lede_lua_check(L, 1);
  int kinds = 0, speakers = 0, classes = 0, top = 0;
  if (!lua_isnoneornil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    kinds = S_filter_field(L, 2, "kind");
    speakers = S_filter_field(L, 2, "speaker");
    classes = S_filter_field(L, 2, "class");
    lua_getfield(L, 2, "top");
    if (!lua_isnil(L, -1) && !lua_isboolean(L, -1))
      luaL_error(L, "bad filter.top (boolean expected)");
    top = lua_toboolean(L, -1);
    lua_pop(L, 1);
    a = lede_lua_check(L, 1); /* reading the filter may have closed it */
  }
  lua_newtable(L);
  int cache = lua_gettop(L);
  lua_newtable(L);
  lua_Integer n = 0;
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    if (kinds && !S_any(L, kinds, a, i, S_kind_test)) continue;
    if (classes && !S_any(L, classes, a, i, S_class_test)) continue;
    if (top && (lede_quote_parent(a, i) != LEDE_NONE ||
                lede_quote_is_question(a, i)))
      continue;
    if (speakers && !S_any(L, speakers, a, i, S_speaker_match)) continue;
    S_push_quote(L, a, i, cache);
    lua_seti(L, -2, ++n);
  }
  return 1;
}

void lede_lua_quotes(lua_State *L) {
  lua_pushcfunction(L, l_quotes);
  lua_setfield(L, -2, "quotes");
}
