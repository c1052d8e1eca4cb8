-- make bench: a Lua script that reads every field of every article.
--   lede run tests/bench_lua.lua CORPUS [--dump | --parse | --build | --read [BYTES]]
-- CORPUS is a file of records "<bytes>\n<text>" (tests/bench_corpus.lua
-- writes it). Prints MB/s of CPU time; --dump prints every field instead
-- (to compare two builds). --parse (only parse), --build (parse and
-- build every table the reading touches, read nothing) and --read (all
-- of it) print the bytes parsed, for a count of instructions: the
-- differences are what building and reading cost. BYTES stops the
-- corpus after that many.
local lede = require "lede"

local path, mode = arg[1], arg[2]
local dump = mode == "--dump"
local count = mode == "--parse" or mode == "--build" or mode == "--read"
local limit = tonumber(arg[3] or "") or math.huge
local f = assert(io.open(path, "rb"))
local docs, total = {}, 0
while total < limit do
  local n = f:read("l")
  if not n then break end
  docs[#docs + 1] = f:read(tonumber(n)) or ""
  total = total + #docs[#docs]
end
f:close()

local out, sink = {}, 0
local function put(v)
  if dump then out[#out + 1] = tostring(v) else sink = sink + (v and 1 or 0) end
end

-- The key lists are made once, and lists are walked with numeric loops:
-- the script's own garbage and calls would otherwise cost as much as
-- lede's tables.
local function item(t, keys)
  for i = 1, #keys do put(t[keys[i]]) end
end

local ARTICLE = { "title", "standfirst", "byline", "published", "dateline",
  "agency", "text" }
local AUTHOR, CAPTION = { "name", "kind" }, { "text", "credit" }
local LISTS = { "related", "boilerplate", "blocks" }
local SPAN = { "text", "start", "stop", "part", "paragraph", "index" }
local ENTITY = { "name", "type", "count", "index", "title", "role" }
local MENTION = { "text", "start", "stop", "kind", "part", "paragraph" }
local QUOTE = { "text", "start", "stop", "outer_start", "outer_stop", "kind",
  "speaker_text", "speaker_start", "speaker_stop", "part", "paragraph" }
local CUE, REF = { "text", "lemma", "start", "stop" }, { "text", "start", "stop" }
local DATE = { "text", "type", "value", "granularity", "anchor", "start",
  "stop", "part", "paragraph", "sentence" }
local TIMELINE = { "value", "start" }
local NONE = {}

local function entity(e)
  item(e, ENTITY)
  local al, ms = e.aliases, e.mentions
  for i = 1, #al do put(al[i]) end
  for i = 1, #ms do item(ms[i], MENTION) end
end

local function read(a)
  item(a, ARTICLE)
  local xs = a.authors or NONE
  for i = 1, #xs do item(xs[i], AUTHOR) end
  xs = a.captions or NONE
  for i = 1, #xs do item(xs[i], CAPTION) end
  for k = 1, #LISTS do
    xs = a[LISTS[k]] or NONE
    for i = 1, #xs do
      local x = xs[i]
      if type(x) == "table" then item(x, SPAN) else put(x) end
    end
  end
  xs = a.paragraphs or NONE
  for i = 1, #xs do
    local p = xs[i]
    item(p, SPAN)
    local ss = p.sentences
    for j = 1, #ss do item(ss[j], SPAN) end
  end
  xs = a:entities()
  for i = 1, #xs do entity(xs[i]) end
  xs = a:quotes()
  for i = 1, #xs do
    local q = xs[i]
    item(q, QUOTE)
    if q.cue then item(q.cue, CUE) end
    if q.speaker_ref then item(q.speaker_ref, REF) end
    if q.speaker_org then item(q.speaker_org, REF) end
    if q.speaker then entity(q.speaker) end
  end
  xs = a:dates()
  for i = 1, #xs do item(xs[i], DATE) end
  xs = a:timeline()
  for i = 1, #xs do item(xs[i], TIMELINE) end
end

-- Every table read() reads, built and left unread.
local function build(a)
  for k = 1, #ARTICLE do local _ = a[ARTICLE[k]] end
  local _ = a.authors, a.captions
  for k = 1, #LISTS do local _ = a[LISTS[k]] end
  local ps = a.paragraphs or NONE
  for i = 1, #ps do local _ = ps[i].sentences end
  local _ = a:entities(), a:quotes(), a:dates(), a:timeline()
end

local bytes, t0 = 0, os.clock()
for i, text in ipairs(docs) do
  local a <close> = lede.parse(text)
  if mode == "--build" then build(a) elseif mode ~= "--parse" then read(a) end
  bytes = bytes + #text
  if dump then
    io.write("== ", i, "\n", table.concat(out, "\n"), "\n")
    out = {}
  end
end
local dt = os.clock() - t0
if count then
  io.write(bytes, "\n")
elseif not dump then
  io.write(string.format("Lua, every field: %6.1f MB/s  (%d articles, %.1f MB, %.2f s)\n",
    bytes / 1e6 / dt, #docs, bytes / 1e6, dt))
end
