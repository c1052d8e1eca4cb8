/* One-line summaries for the plain tables the module hands back (quotes,
 * entities, mentions, dates, cues, sentences), so a REPL prints
 * `lede.quote [direct] NTSB: "..."` rather than `table: 0x...`, and
 * lede.help(). Each kind of table gets a metatable with __name and
 * __tostring; the tables stay plain tables (rawget, ipairs, lede.json). */
#include <stdio.h>
#include <string.h>

#include "binding.h"

/* ==== Reading fields ==================================================== */

/* Summaries are short: every field is cut, so a fixed buffer does (and
 * the Lua stack stays free for reading fields). */
typedef struct {
  char b[1024];
  size_t n;
} S_line;

static void S_addl(S_line *l, const char *s, size_t n) {
  if (n > sizeof l->b - l->n) n = sizeof l->b - l->n;
  memcpy(l->b + l->n, s, n);
  l->n += n;
}

static void S_adds(S_line *l, const char *s) { S_addl(l, s, strlen(s)); }

static void S_addc(S_line *l, char c) { S_addl(l, &c, 1); }

static int S_push(lua_State *L, S_line *l) {
  lua_pushlstring(L, l->b, l->n);
  return 1;
}

/* t[key] from the table at idx without metamethods, as a string or NULL. */
static const char *S_str(lua_State *L, int idx, const char *key, size_t *n) {
  lua_pushstring(L, key);
  lua_rawget(L, idx);
  const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, n)
                                                  : NULL;
  lua_pop(L, 1); /* the string stays referenced by the table */
  if (!s && n) *n = 0;
  return s;
}

static lua_Integer S_int(lua_State *L, int idx, const char *key) {
  lua_pushstring(L, key);
  lua_rawget(L, idx);
  lua_Integer v = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
  lua_pop(L, 1);
  return v;
}

/* Add s[0..n) on one line: at most max bytes (cut on a UTF-8 boundary,
 * with "…"), white space runs as one space, other control bytes as '?'. */
static void S_add_line(S_line *b, const char *s, size_t n, size_t max) {
  size_t out = 0;
  int space = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' ||
        c == '\v') {
      space = out > 0;
      continue;
    }
    if (space) {
      S_addc(b, ' ');
      out++;
      space = 0;
    }
    if (out >= max && (c & 0xC0) != 0x80) {
      S_adds(b, "\xE2\x80\xA6");
      return;
    }
    S_addc(b, (char)(c < 0x20 || c == 0x7F ? '?' : c));
    out++;
  }
}

static void S_add_field(S_line *b, lua_State *L, int idx,
                        const char *key, size_t max) {
  size_t n;
  const char *s = S_str(L, idx, key, &n);
  if (s) S_add_line(b, s, n, max);
}

/* " (body ¶3, bytes 10-20)" from part, paragraph, start, stop. */
static void S_add_where(S_line *b, lua_State *L, int idx) {
  char tmp[96];
  const char *part = S_str(L, idx, "part", NULL);
  lua_Integer p = S_int(L, idx, "paragraph");
  S_adds(b, " (");
  if (part) S_adds(b, part);
  if (p > 0) {
    snprintf(tmp, sizeof tmp, " \xC2\xB6%lld", (long long)p);
    S_adds(b, tmp);
  }
  snprintf(tmp, sizeof tmp, "%sbytes %lld-%lld", part || p > 0 ? ", " : "",
           (long long)S_int(L, idx, "start"), (long long)S_int(L, idx, "stop"));
  S_adds(b, tmp);
  S_addc(b, ')');
}

/* ==== Summaries ========================================================= */

static int l_quote_tostring(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  S_line b;
  b.n = 0;
  S_adds(&b, "lede.quote [");
  S_add_field(&b, L, 1, "kind", 20);
  S_adds(&b, "] ");
  /* The entity's name, else the speaker as written. */
  const char *who = NULL;
  size_t n = 0;
  lua_pushliteral(L, "speaker");
  lua_rawget(L, 1);
  if (lua_type(L, -1) == LUA_TTABLE) who = S_str(L, lua_gettop(L), "name", &n);
  int top = lua_gettop(L);
  if (!who) who = S_str(L, 1, "speaker_text", &n);
  if (who) S_add_line(&b, who, n, 40);
  else S_adds(&b, "(no speaker)");
  S_adds(&b, ": \"");
  S_add_field(&b, L, 1, "text", 60);
  S_addc(&b, '"');
  lua_settop(L, top - 1);
  return S_push(L, &b);
}

static int l_entity_tostring(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  S_line b;
  b.n = 0;
  S_adds(&b, "lede.entity [");
  S_add_field(&b, L, 1, "type", 20);
  S_adds(&b, "] ");
  S_add_field(&b, L, 1, "name", 60);
  char tmp[64];
  lua_Integer c = S_int(L, 1, "count");
  snprintf(tmp, sizeof tmp, " (%lld mention%s", (long long)c, c == 1 ? "" : "s");
  S_adds(&b, tmp);
  size_t nn;
  const char *name = S_str(L, 1, "name", &nn);
  lua_pushliteral(L, "aliases");
  lua_rawget(L, 1);
  int al = lua_gettop(L), shown = 0;
  if (lua_type(L, al) == LUA_TTABLE) {
    lua_Integer na = (lua_Integer)lua_rawlen(L, al);
    for (lua_Integer i = 1; i <= na && shown < 5; i++) {
      lua_rawgeti(L, al, i);
      size_t an;
      const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &an)
                                                     : NULL;
      if (s && !(name && an == nn && memcmp(s, name, an) == 0)) {
        S_adds(&b, shown ? ", " : "; aka ");
        S_add_line(&b, s, an, 40);
        shown++;
      }
      lua_pop(L, 1);
    }
    if (shown == 5 && na > 6) S_adds(&b, ", ...");
  }
  S_addc(&b, ')');
  lua_remove(L, al);
  return S_push(L, &b);
}

static int l_mention_tostring(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  S_line b;
  b.n = 0;
  S_adds(&b, "lede.mention [");
  S_add_field(&b, L, 1, "kind", 20);
  S_adds(&b, "] ");
  S_add_field(&b, L, 1, "text", 60);
  S_add_where(&b, L, 1);
  return S_push(L, &b);
}

static int l_date_tostring(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  S_line b;
  b.n = 0;
  S_adds(&b, "lede.date [");
  S_add_field(&b, L, 1, "type", 20);
  S_adds(&b, "] ");
  if (S_str(L, 1, "value", NULL)) S_add_field(&b, L, 1, "value", 40);
  else S_adds(&b, "(no value)");
  S_adds(&b, " \"");
  S_add_field(&b, L, 1, "text", 60);
  S_addc(&b, '"');
  S_add_where(&b, L, 1);
  return S_push(L, &b);
}

static int l_cue_tostring(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  S_line b;
  b.n = 0;
  S_adds(&b, "lede.cue ");
  S_add_field(&b, L, 1, "text", 40);
  if (S_str(L, 1, "lemma", NULL)) {
    S_adds(&b, " [");
    S_add_field(&b, L, 1, "lemma", 40);
    S_addc(&b, ']');
  }
  char tmp[64];
  snprintf(tmp, sizeof tmp, " (bytes %lld-%lld)", (long long)S_int(L, 1, "start"),
           (long long)S_int(L, 1, "stop"));
  S_adds(&b, tmp);
  return S_push(L, &b);
}

static int l_sentence_tostring(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  S_line b;
  b.n = 0;
  char tmp[48];
  snprintf(tmp, sizeof tmp, "lede.sentence %lld", (long long)S_int(L, 1, "index"));
  S_adds(&b, tmp);
  S_add_where(&b, L, 1);
  S_adds(&b, ": ");
  S_add_field(&b, L, 1, "text", 60);
  return S_push(L, &b);
}

/* ==== Registration ====================================================== */

static const struct {
  const char *name;
  lua_CFunction tostring;
  int kind;
} S_kinds[] = {
    {LEDE_QUOTE_MT, l_quote_tostring, LEDE_LUA_QUOTE},
    {LEDE_ENTITY_MT, l_entity_tostring, LEDE_LUA_ENTITY},
    {LEDE_MENTION_MT, l_mention_tostring, LEDE_LUA_MENTION},
    {LEDE_DATE_MT, l_date_tostring, LEDE_LUA_DATE},
    {LEDE_CUE_MT, l_cue_tostring, LEDE_LUA_CUE},
    {LEDE_SENTENCE_MT, l_sentence_tostring, LEDE_LUA_SENTENCE},
};

const char lede_lua_mtkey[LEDE_LUA_NKINDS];

void lede_lua_show(lua_State *L) {
  for (size_t i = 0; i < sizeof S_kinds / sizeof *S_kinds; i++) {
    luaL_newmetatable(L, S_kinds[i].name); /* sets __name */
    lua_pushcfunction(L, S_kinds[i].tostring);
    lua_setfield(L, -2, "__tostring");
    lua_rawsetp(L, LUA_REGISTRYINDEX, &lede_lua_mtkey[S_kinds[i].kind]);
  }
}

const char lede_lua_keys_key = 0;

/* The keys table (binding.h), once every metatable exists. */
void lede_lua_keys_init(lua_State *L) {
  static const char *const names[] = {
#define S_KEY_NAME(id, s) s,
      LEDE_LUA_KEYS(S_KEY_NAME)
#undef S_KEY_NAME
  };
  int n = LEDE_K_NAME(LEDE_N_GROUPS, 0);
  lua_createtable(L, n, 0);
  for (int k = 1; k < LEDE_K_NKEYS; k++) {
    lua_pushstring(L, names[k - 1]);
    lua_rawseti(L, -2, k);
  }
  for (int kind = 0; kind < LEDE_LUA_NKINDS; kind++) {
    lua_rawgetp(L, LUA_REGISTRYINDEX, &lede_lua_mtkey[kind]);
    lua_rawseti(L, -2, LEDE_K_MT(kind));
  }
  /* the name slots (in the array part made above) stay nil until used */
  lua_rawsetp(L, LUA_REGISTRYINDEX, &lede_lua_keys_key);
}

const char *lede_lua_kind(lua_State *L, int idx) {
  if (lua_type(L, idx) != LUA_TTABLE || !lua_getmetatable(L, idx)) return NULL;
  const char *kind = NULL;
  for (size_t i = 0; i < sizeof S_kinds / sizeof *S_kinds && !kind; i++) {
    luaL_getmetatable(L, S_kinds[i].name);
    if (lua_rawequal(L, -1, -2)) kind = S_kinds[i].name + 5; /* "lede." */
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return kind;
}

/* ==== Help ============================================================== */

static const char S_help[] =
    "lede: read a news article (lede.help() prints this)\n"
    "\n"
    "  a = lede.open(path [, {published = \"YYYY-MM-DD\"}])  -- nil, msg on error\n"
    "  a = lede.parse(text [, opts]);  a = lede.parse_html(html [, opts])\n"
    "  for a, item in lede.articles{path, ...} do ... end  -- each parsed, dated\n"
    "  for item in lede.inputs{path, ...} do ... end  -- files, folders, -, .jsonl\n"
    "  c = lede.corpus(); c:add(a, id); c:entities([filter]); c:entity(name)\n"
    "  lede.key(name)  lede.decode(json)  lede.null\n"
    "  lede.type(x)  lede.json(value)  lede.version  lede._VERSION\n"
    "\n"
    "article fields: title standfirst byline published dateline agency authors\n"
    "  captions related boilerplate blocks paragraphs text   (pairs(a) lists them)\n"
    "article methods:\n"
    "  a:sentences()          iterator: for i, s in a:sentences() do ... end\n"
    "  a:entities([filter])   people, organizations, places, groups, events\n"
    "  a:entity(name)         one entity by any alias; a:count(word [, {case=true}])\n"
    "  a:mentions([filter])   every mention of every entity, in text order\n"
    "  a:quotes([filter])     direct, mixed, indirect and unattributed speech\n"
    "  a:dates([filter])      temporal expressions; a:timeline([filter]) by time\n"
    "  a:span(field)  a:json([id])  a:close()\n"
    "filters, alike for every list method: a string (a type or kind: \"person\",\n"
    "  \"direct\", \"DATE\"), a table of fields, or a function(item) -> boolean.\n"
    "  Fields: entities {type=, name=}; mentions {type=, kind=, name=}; quotes\n"
    "  {kind=, class=, speaker=, exact=, top=}; dates, timeline {type=, anchor=}.\n"
    "  Unknown keys and values raise an error listing the valid ones.\n"
    "\n"
    "Everything has start/stop (1-based, inclusive): a.text:sub(x.start, x.stop).\n"
    "README.md and `man lede` say more.\n";

static int l_help(lua_State *L) {
  lua_getglobal(L, "io");
  if (lua_type(L, -1) == LUA_TTABLE) {
    lua_getfield(L, -1, "write");
    lua_pushstring(L, S_help);
    lua_call(L, 1, 0);
  }
  return 0;
}

void lede_lua_help(lua_State *L) {
  lua_pushcfunction(L, l_help);
  lua_setfield(L, -2, "help");
  lua_pushstring(L, S_help);
  lua_setfield(L, -2, "_HELP");
}
