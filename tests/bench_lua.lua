-- make bench: a Lua script that reads every field of every article.
--   lede run tests/bench_lua.lua CORPUS [--dump]
-- CORPUS is a file of records "<bytes>\n<text>" (tests/bench_corpus.lua
-- writes it). Prints MB/s of CPU time; --dump prints every field instead
-- (to compare two builds).
local lede = require "lede"

local path, dump = arg[1], arg[2] == "--dump"
local f = assert(io.open(path, "rb"))
local docs = {}
while true do
  local n = f:read("l")
  if not n then break end
  docs[#docs + 1] = f:read(tonumber(n)) or ""
end
f:close()

local out, sink = {}, 0
local function put(v)
  if dump then out[#out + 1] = tostring(v) else sink = sink + (v and 1 or 0) end
end

local function item(t, keys)
  for _, k in ipairs(keys) do put(t[k]) end
end

local SPAN = { "text", "start", "stop", "part", "paragraph", "index" }
local function entity(e)
  item(e, { "name", "type", "count", "index", "title", "role" })
  for _, s in ipairs(e.aliases) do put(s) end
  for _, m in ipairs(e.mentions) do item(m, { "text", "start", "stop", "kind", "part", "paragraph" }) end
end

local function read(a)
  for _, k in ipairs({ "title", "standfirst", "byline", "published", "dateline",
    "agency", "text" }) do put(a[k]) end
  for _, x in ipairs(a.authors or {}) do item(x, { "name", "kind" }) end
  for _, x in ipairs(a.captions or {}) do item(x, { "text", "credit" }) end
  for _, k in ipairs({ "related", "boilerplate", "blocks" }) do
    for _, x in ipairs(a[k] or {}) do
      if type(x) == "table" then item(x, SPAN) else put(x) end
    end
  end
  for _, p in ipairs(a.paragraphs or {}) do
    item(p, SPAN)
    for _, s in ipairs(p.sentences) do item(s, SPAN) end
  end
  for _, e in ipairs(a:entities()) do entity(e) end
  for _, q in ipairs(a:quotes()) do
    item(q, { "text", "start", "stop", "outer_start", "outer_stop", "kind",
      "speaker_text", "speaker_start", "speaker_stop", "part", "paragraph" })
    if q.cue then item(q.cue, { "text", "lemma", "start", "stop" }) end
    if q.speaker_ref then item(q.speaker_ref, { "text", "start", "stop" }) end
    if q.speaker_org then item(q.speaker_org, { "text", "start", "stop" }) end
    if q.speaker then entity(q.speaker) end
  end
  for _, d in ipairs(a:dates()) do
    item(d, { "text", "type", "value", "granularity", "anchor", "start",
      "stop", "part", "paragraph", "sentence" })
  end
  for _, d in ipairs(a:timeline()) do item(d, { "value", "start" }) end
end

local bytes, t0 = 0, os.clock()
for i, text in ipairs(docs) do
  local a <close> = lede.parse(text)
  read(a)
  bytes = bytes + #text
  if dump then
    io.write("== ", i, "\n", table.concat(out, "\n"), "\n")
    out = {}
  end
end
local dt = os.clock() - t0
if not dump then
  io.write(string.format("Lua, every field: %6.1f MB/s  (%d articles, %.1f MB, %.2f s)\n",
    bytes / 1e6 / dt, #docs, bytes / 1e6, dt))
end
