/* article:quotes([filter]): quotes and reported speech as plain tables.
 *
 * filter.kind    "direct" | "mixed" | "indirect" | "unattributed", or a
 *                list of them.
 * filter.class   cue class "speech" | "writing" | "thought" | "other", or a
 *                list of them.
 * filter.top     true: only top-level statements (none with a parent:
 *                no nested attribution, no relative clause on a split
 *                quote's speaker; no question put to someone).
 * A string filter is a kind; a function(quote) -> boolean filters too.
 * filter.exact   true: a speaker matches only when its words are exactly
 *                those of the name, ignoring case and a leading "the" or
 *                "a": "Smith" no longer finds "Jane Smith".
 * filter.speaker a string or a list of strings; a quote matches when the
 *                words of one of them occur, in order, among the words of
 *                its speaker as written, what that refers to ("it" -> "the
 *                Russian foreign ministry"), or the organization inside it
 *                ("A Foreign Office official" -> "Foreign Office"),
 *                ignoring case: "Russian ministry" finds "the Russian
 *                foreign ministry" (lede_quote_speaker_is). */
#include "binding.h"
#include "filter.h"

/* ==== Filter ============================================================ */

static const char *const S_kinds[] = {"direct", "mixed", "indirect",
                                      "unattributed", NULL};
static const char *const S_classes[] = {"speech", "writing", "thought",
                                        "other", NULL};
static const lede_lua_fkey S_quote_keys[] = {
    {"kind", LEDE_LUA_FLIST, S_kinds},
    {"class", LEDE_LUA_FLIST, S_classes},
    {"speaker", LEDE_LUA_FLIST, NULL},
    {"exact", LEDE_LUA_FBOOL, NULL},
    {"top", LEDE_LUA_FBOOL, NULL},
    {NULL, 0, NULL}};
static const lede_lua_filter S_quote_filter = {"quotes", "kind",
                                               S_quote_keys};

/* Does quote i pass filter.speaker (a string or a list) at index fi? */
static int S_speaker_pass(lua_State *L, const lede_article *a, size_t i,
                          int fi, int exact) {
  lua_getfield(L, fi, "speaker"); /* our own plain copy */
  int ok = 0;
  size_t n;
  if (lua_type(L, -1) == LUA_TSTRING) {
    const char *s = lua_tolstring(L, -1, &n);
    ok = lede_quote_speaker_is(a, i, s, n, exact);
  } else {
    lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer k = 1; k <= len && !ok; k++) {
      lua_rawgeti(L, -1, k);
      const char *s = lua_tolstring(L, -1, &n);
      ok = s && lede_quote_speaker_is(a, i, s, n, exact);
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  return ok;
}

/* ==== Items ============================================================= */

static void S_span_table(lua_State *L, int K, const lede_article *a,
                         lede_span s, int key) {
  lede_lua_key(L, K, key);
  lua_createtable(L, 0, 3);
  lede_lua_span(L, K, a, s, LEDE_K_TEXT, LEDE_K_START, LEDE_K_STOP);
  lua_rawset(L, -3);
}

/* Quote i as a table; a speaker's entity table is the article's shared
 * one (from the cache at index cache), so many quotes by one speaker stay
 * cheap. */
static void S_push_quote(lua_State *L, int K, int cache,
                         const lede_article *a, size_t i) {
  /* Sized to its fields (12 to 21): a hash part no larger than needed. */
  lede_span cue, spk, ref, org;
  size_t e = lede_quote_speaker_entity(a, i);
  size_t par = lede_quote_parent(a, i);
  int has_cue = lede_quote_cue(a, i, &cue) != 0;
  int has_spk = lede_quote_speaker(a, i, &spk) != 0;
  int has_ref = lede_quote_speaker_ref(a, i, &ref) != 0;
  int has_org = lede_quote_speaker_org(a, i, &org) != 0;
  int nk = 12 + (par != LEDE_NONE) + has_cue + 3 * has_spk + has_ref +
           has_org + (e != LEDE_NONE) +
           (lede_block_paragraph(a, lede_quote_block(a, i)) != LEDE_NONE);
  lua_createtable(L, 0, nk);
  lede_lua_setmtk(L, K, LEDE_LUA_QUOTE);
  lede_span qs = lede_quote_span(a, i);
  lede_lua_span(L, K, a, qs, LEDE_K_TEXT, LEDE_K_START, LEDE_K_STOP);
  size_t nf = lede_quote_fragment_count(a, i);
  lua_createtable(L, (int)nf, 0);
  for (size_t j = 0; j < nf; j++) {
    lede_span f = lede_quote_fragment(a, i, j);
    lua_createtable(L, 0, 3);
    if (f.start == qs.start && f.end == qs.end) {
      /* The quote's own words: the same string, not a second copy. */
      lede_lua_key(L, K, LEDE_K_TEXT);
      lua_pushvalue(L, -1);
      lua_rawget(L, -5);
      lua_rawset(L, -3);
      lede_lua_span(L, K, a, f, LEDE_K_NONE, LEDE_K_START, LEDE_K_STOP);
    } else {
      lede_lua_span(L, K, a, f, LEDE_K_TEXT, LEDE_K_START, LEDE_K_STOP);
    }
    lua_rawseti(L, -2, (lua_Integer)j + 1);
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
    lede_lua_key(L, K, LEDE_K_TEXT); /* into the quote, below the list */
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
  lede_lua_setk(L, K, LEDE_K_FRAGMENTS);
  lede_lua_setint(L, K, LEDE_K_INDEX, (lua_Integer)i + 1);
  if (par != LEDE_NONE)
    lede_lua_setint(L, K, LEDE_K_PARENT, (lua_Integer)par + 1);
  lede_speaker_via via = lede_quote_speaker_via(a, i);
  lede_lua_setname(L, K, LEDE_K_SPEAKER_VIA, LEDE_N_VIA, (unsigned)via,
                   lede_speaker_via_name(via));
  lede_cue_class cls = lede_quote_cue_class(a, i);
  lede_lua_setname(L, K, LEDE_K_CUE_CLASS, LEDE_N_CUE, (unsigned)cls,
                   lede_cue_class_name(cls));
  lede_lua_key(L, K, LEDE_K_QUESTION);
  lua_pushboolean(L, lede_quote_is_question(a, i));
  lua_rawset(L, -3);
  lede_lua_span(L, K, a, lede_quote_outer(a, i), LEDE_K_NONE,
                LEDE_K_OUTER_START, LEDE_K_OUTER_STOP);
  lede_quote_kind kind = lede_quote_kind_of(a, i);
  lede_lua_setname(L, K, LEDE_K_KIND, LEDE_N_QUOTE, (unsigned)kind,
                   lede_quote_kind_name(kind));
  if (has_cue) {
    lede_lua_key(L, K, LEDE_K_CUE);
    lua_createtable(L, 0, 4);
    lede_lua_setmtk(L, K, LEDE_LUA_CUE);
    lede_lua_span(L, K, a, cue, LEDE_K_TEXT, LEDE_K_START, LEDE_K_STOP);
    lede_lua_key(L, K, LEDE_K_LEMMA);
    lua_pushstring(L, lede_quote_cue_lemma(a, i));
    lua_rawset(L, -3);
    lua_rawset(L, -3);
  }
  if (has_spk)
    lede_lua_span(L, K, a, spk, LEDE_K_SPEAKER_TEXT, LEDE_K_SPEAKER_START,
                  LEDE_K_SPEAKER_STOP);
  if (has_ref) S_span_table(L, K, a, ref, LEDE_K_SPEAKER_REF);
  if (has_org) S_span_table(L, K, a, org, LEDE_K_SPEAKER_ORG);
  if (e != LEDE_NONE) {
    lede_lua_key(L, K, LEDE_K_SPEAKER);
    lede_lua_entity_shared(L, K, cache, a, e);
    lua_rawset(L, -3);
  }
  lede_lua_block(L, K, a, lede_quote_block(a, i));
}

/* article:quotes([filter]): filter is a kind ("direct"), a table {kind,
 * speaker, exact} or a function(quote) -> boolean. */
static int l_quotes(lua_State *L) {
  lede_lua_check(L, 1);
  lua_settop(L, 2);
  lede_lua_filter_check(L, 2, &S_quote_filter);
  const lede_article *a = lede_lua_check(L, 1); /* reading may close it */
  lede_lua_article *ud = lua_touserdata(L, 1);
  int speakers = lede_lua_filter_has(L, 2, "speaker"), exact = 0, top = 0;
  if (lua_type(L, 2) == LUA_TTABLE) { /* our own plain copy */
    lua_getfield(L, 2, "exact");
    exact = lua_toboolean(L, -1);
    lua_getfield(L, 2, "top");
    top = lua_toboolean(L, -1);
    lua_pop(L, 2);
  }
  size_t nq = lede_quote_count(a);
  int cache = lede_lua_entity_cache(L, 1, a); /* the speakers' tables */
  int K = lede_lua_keys(L);
  lua_createtable(L, nq < 1u << 20 ? (int)nq : 1 << 20, 0);
  lua_Integer n = 0;
  for (size_t i = 0; i < lede_quote_count(a); i++) {
    if (!lede_lua_filter_is(L, 2, "kind",
                            lede_quote_kind_name(lede_quote_kind_of(a, i))))
      continue;
    if (!lede_lua_filter_is(L, 2, "class",
                            lede_cue_class_name(lede_quote_cue_class(a, i))))
      continue;
    if (top && (lede_quote_parent(a, i) != LEDE_NONE ||
                lede_quote_is_question(a, i)))
      continue;
    if (speakers && !S_speaker_pass(L, a, i, 2, exact)) continue;
    S_push_quote(L, K, cache, a, i);
    int keep = lede_lua_filter_call(L, 2);
    a = lede_lua_live(L, ud); /* the filter may have closed it */
    if (keep) lua_rawseti(L, -2, ++n);
    else lua_pop(L, 1);
  }
  return 1;
}

void lede_lua_quotes(lua_State *L) {
  lua_pushcfunction(L, l_quotes);
  lua_setfield(L, -2, "quotes");
}
