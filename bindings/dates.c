/* Lua: article:dates([filter]) and article:timeline([filter]).
 *
 * Each date is a plain table: text, type ("DATE" | "TIME" | "DURATION" |
 * "SET"), value (TIMEX3 string, or nil), granularity, anchor, start, stop
 * (1-based inclusive byte positions), part, paragraph (body only), and
 * sentence (the text of the sentence or block it comes from). A date's
 * table is built once per article: dates and timeline list the same
 * tables. */
#include <string.h>

#include "binding.h"
#include "filter.h"

/* The table for date i, on top of the stack. Sentence strings are made
 * once per article and kept in the table at index cache: a long run-on
 * sentence full of dates must not be copied once per date. */
static void S_push_date(lua_State *L, int K, const lede_article *a, size_t i,
                        int cache) {
  /* Sized to its fields (8 to 11): a hash part no larger than needed. */
  double start;
  int has_start = lede_date_start(a, i, &start);
  size_t b = lede_date_block(a, i);
  int nf = 8 + (lede_date_value(a, i) != NULL) + !!has_start +
           (lede_block_paragraph(a, b) != LEDE_NONE);
  lua_createtable(L, 0, nf);
  lede_lua_setmtk(L, K, LEDE_LUA_DATE);
  lede_lua_span(L, K, a, lede_date_span(a, i), LEDE_K_TEXT, LEDE_K_START,
                LEDE_K_STOP);
  lede_date_type t = lede_date_type_of(a, i);
  lede_lua_setname(L, K, LEDE_K_TYPE, LEDE_N_DATE, (unsigned)t,
                   lede_date_type_name(t));
  const char *v = lede_date_value(a, i);
  if (v) {
    lede_lua_key(L, K, LEDE_K_VALUE);
    lua_pushstring(L, v);
    lua_rawset(L, -3);
  }
  lede_date_gran g = lede_date_granularity(a, i);
  lede_lua_setname(L, K, LEDE_K_GRANULARITY, LEDE_N_GRAN, (unsigned)g,
                   lede_date_gran_name(g));
  /* sort_key: minutes since 1970 at which a calendar value starts, so
   * "2021-W10" sorts before "2021-03-09" as it should; nil otherwise. */
  if (has_start) {
    lede_lua_setint(L, K, LEDE_K_SORT_KEY, (lua_Integer)start);
  }
  lede_date_anchor an = lede_date_anchor_of(a, i);
  lede_lua_setname(L, K, LEDE_K_ANCHOR, LEDE_N_ANCHOR, (unsigned)an,
                   lede_date_anchor_name(an));
  lede_lua_block(L, K, a, b);
  size_t s = lede_date_sentence(a, i);
  /* keys: sentence s as s + 1, a block b without sentences as -(b + 1) */
  lua_Integer key = s != LEDE_NONE ? (lua_Integer)s + 1 : -(lua_Integer)b - 1;
  if (lua_rawgeti(L, cache, key) == LUA_TNIL) {
    lua_pop(L, 1);
    lede_span ss = s != LEDE_NONE ? lede_sentence_span(a, s)
                                  : lede_block_span(a, b);
    lua_pushlstring(L, lede_text(a, NULL) + ss.start, ss.end - ss.start);
    lua_pushvalue(L, -1);
    lua_rawseti(L, cache, key);
  }
  lede_lua_setk(L, K, LEDE_K_SENTENCE);
}

/* Push the article's cache of date tables (the user value of the article
 * at index art): date i's table at i + 1, made on first use, and at 0 the
 * sentence strings S_push_date keeps. */
static int S_date_cache(lua_State *L, int art, const lede_article *a) {
  static const char key = 0;
  size_t n = lede_date_count(a);
  if (lede_lua_cache(L, art, &key, n, 1)) {
    /* sentence strings: at most one per date */
    lua_createtable(L, 0, (int)(n < 1024 ? n : 1024));
    lua_rawseti(L, -2, 0);
  }
  return lua_gettop(L);
}

/* Push date i's table from the cache at index cache, built there if it is
 * not yet. */
static void S_push_date_shared(lua_State *L, int K, const lede_article *a,
                               size_t i, int cache) {
  if (lua_rawgeti(L, cache, (lua_Integer)i + 1) != LUA_TNIL) return;
  lua_pop(L, 1);
  lua_rawgeti(L, cache, 0);
  S_push_date(L, K, a, i, lua_gettop(L));
  lua_remove(L, -2);
  lua_pushvalue(L, -1);
  lua_rawseti(L, cache, (lua_Integer)i + 1);
}

/* Filters: a type ("DATE"), {type = ..., anchor = ...} (strings or lists,
 * any case) or a function(date) -> boolean. */
static const char *const S_types[] = {"DATE", "TIME", "DURATION", "SET", NULL};
static const char *const S_anchors[] = {"none", "published", "text",
                                        "unresolved", NULL};
static const lede_lua_fkey S_date_keys[] = {
    {"type", LEDE_LUA_FLIST, S_types},
    {"anchor", LEDE_LUA_FLIST, S_anchors},
    {NULL, 0, NULL}};
static const lede_lua_filter S_dates_filter = {"dates", "type", S_date_keys};
static const lede_lua_filter S_timeline_filter = {"timeline", "type",
                                                  S_date_keys};

/* Does date i pass the table part of the filter at index 2? */
static int S_pass(lua_State *L, const lede_article *a, size_t i) {
  return lede_lua_filter_is(L, 2, "type",
                            lede_date_type_name(lede_date_type_of(a, i))) &&
         lede_lua_filter_is(L, 2, "anchor",
                            lede_date_anchor_name(lede_date_anchor_of(a, i)));
}

/* Does the item on top pass a function filter at index 2? */
static int S_keep(lua_State *L) { return lede_lua_filter_call(L, 2); }

static void S_check_filter(lua_State *L, const lede_lua_filter *f) {
  lua_settop(L, 2); /* the filter, or nil, stays at index 2 */
  lede_lua_filter_check(L, 2, f);
}

/* article:dates([filter]) -> list of date tables in text order. */
static int l_dates(lua_State *L) {
  lede_lua_check(L, 1);
  S_check_filter(L, &S_dates_filter);
  lede_article *a = lede_lua_check(L, 1); /* reading may close it */
  lede_lua_article *ud = lua_touserdata(L, 1);
  size_t n = lede_date_count(a);
  int cache = S_date_cache(L, 1, a);
  int K = lede_lua_keys(L);
  lua_createtable(L, (int)(n < 1024 ? n : 1024), 0);
  lua_Integer k = 0;
  for (size_t i = 0; i < n; i++) {
    if (!S_pass(L, a, i)) continue;
    S_push_date_shared(L, K, a, i, cache);
    int keep = S_keep(L);
    a = lede_lua_live(L, ud); /* the filter may have closed it */
    if (keep)
      lua_rawseti(L, -2, ++k);
    else
      lua_pop(L, 1);
  }
  return 1;
}

/* ==== Timeline ========================================================== */

/* article:timeline([filter]) -> the DATE and TIME items with a calendar
 * value, in timeline order (lede_timeline). */
static int l_timeline(lua_State *L) {
  lede_lua_check(L, 1);
  S_check_filter(L, &S_timeline_filter);
  lede_article *a = lede_lua_check(L, 1); /* reading may close it */
  lede_lua_article *ud = lua_touserdata(L, 1);
  /* The order in a userdata, so a raising filter leaks nothing. */
  size_t n = lede_date_count(a);
  size_t *order = lua_newuserdatauv(L, (n ? n : 1) * sizeof *order, 0);
  size_t k = lede_timeline(a, order);
  int cache = S_date_cache(L, 1, a);
  int K = lede_lua_keys(L);
  lua_createtable(L, (int)(k < 1024 ? k : 1024), 0);
  lua_Integer out = 0;
  for (size_t j = 0; j < k; j++) {
    if (!S_pass(L, a, order[j])) continue;
    S_push_date_shared(L, K, a, order[j], cache);
    int keep = S_keep(L);
    a = lede_lua_live(L, ud); /* the filter may have closed it */
    if (keep)
      lua_rawseti(L, -2, ++out);
    else
      lua_pop(L, 1);
  }
  return 1;
}

void lede_lua_dates(lua_State *L) {
  lua_pushcfunction(L, l_dates);
  lua_setfield(L, -2, "dates");
  lua_pushcfunction(L, l_timeline);
  lua_setfield(L, -2, "timeline");
}
