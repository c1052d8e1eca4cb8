-- The quotes and reported speech of articles, grouped by speaker.
package.path = (arg[0]:match("^(.*)/") or ".") .. "/?.lua;" .. package.path
local lede = require "lede"
local cli = require "cli"
local print = cli.print

local USAGE = [[
usage: quotes.lua [--speaker NAME]... [--exact] [--kind K]... [--class C]...
                  [--top] [--json|--csv] FILE...

Prints every quote and piece of reported speech, grouped by who said it.

  --speaker NAME  only quotes whose speaker matches NAME: its name or an
                  alias, what "it"/"he" refers to, or the organization in a
                  description ("A Foreign Office official"); by words,
                  ignoring case ("Russian ministry" finds "the Russian
                  foreign ministry"). Repeatable.
  --exact         --speaker matches whole names only ("Smith" no longer
                  finds "Jane Smith"; a leading "the" aside)
  --kind K        direct, mixed, indirect or unattributed. Repeatable.
  --class C       cue class: speech, writing, thought or other (stance and
                  action frames). Repeatable; default all.
  --top           only top-level statements: no attribution nested in
                  another quote, no question put to someone.
  --json          a JSON list of quotes: the quote objects of `lede json`
                  (doc/json.md) with `id` and `speaker_name` added
  --csv           the same, one CSV row per quote
FILE may be -, a folder (*.txt, recursively) or a .jsonl file.]]

local opts, files = cli.options(arg, { name = "quotes", usage = USAGE,
  flags = { json = true, csv = true, exact = true, top = true },
  lists = { speaker = true, kind = true, class = true } })
local KINDS = { direct = true, mixed = true, indirect = true, unattributed = true }
for _, k in ipairs(opts.kind) do
  if not KINDS[k] then
    io.stderr:write("quotes: unknown kind '", k, "' (direct, mixed, indirect, unattributed)\n")
    os.exit(2)
  end
end

local CLASSES = { speech = true, writing = true, thought = true, other = true }
for _, c in ipairs(opts.class) do
  if not CLASSES[c] then
    io.stderr:write("quotes: unknown class '", c, "' (speech, writing, thought, other)\n")
    os.exit(2)
  end
end

local filter = {}
if #opts.speaker > 0 then filter.speaker = opts.speaker end
if #opts.kind > 0 then filter.kind = opts.kind end
if opts.exact then
  if not filter.speaker then
    io.stderr:write("quotes: --exact needs --speaker\n")
    os.exit(2)
  end
  filter.exact = true
end
if #opts.class > 0 then filter.class = opts.class end
if opts.top then filter.top = true end

-- The name a quote is filed under: the entity its speaker refers to, else
-- what the speaker refers to as written, else the speaker as written.
local function who(q)
  if q.speaker and q.speaker.name then return q.speaker.name end
  if q.speaker_ref then return q.speaker_ref.text end
  return q.speaker_text or "(no speaker)"
end

local function where(q)
  return q.paragraph and ("¶" .. q.paragraph) or q.part
end

-- --json and --csv use lede's one JSON schema (doc/json.md): each quote is
-- the quote object of `lede json` (0-based start, exclusive end, spans as
-- {text, start, end}) with the article's `id` and `speaker_name` (the name
-- of the resolved speaker entity) added; CSV flattens the same fields.
local FIELDS = { "id", "kind", "text", "start", "end", "cue", "cue_lemma",
  "cue_class", "speaker", "speaker_start", "speaker_end", "speaker_name",
  "speaker_via", "part", "paragraph" }

-- Which of the article's quotes (indexes into a:quotes()) pass the filter.
local function kept(a, qs)
  local at, out = {}, {}
  for i, q in ipairs(a:quotes()) do at[q.outer_start .. ":" .. q.start .. ":" .. q.kind] = i end
  for _, q in ipairs(qs) do out[#out + 1] = at[q.outer_start .. ":" .. q.start .. ":" .. q.kind] end
  return out
end

local records, multi = {}, #files > 1
local totals = { articles = 0, quotes = 0, speakers = {} }
local status = cli.each(files, function(a, item)
  local qs = a:quotes(filter)
  totals.articles = totals.articles + 1
  totals.quotes = totals.quotes + #qs
  local seen = {}
  for _, q in ipairs(qs) do
    local k = who(q)
    local t = totals.speakers[k] or { quotes = 0, articles = 0 }
    totals.speakers[k] = t
    t.quotes = t.quotes + 1
    if not seen[k] then seen[k] = true; t.articles = t.articles + 1 end
  end
  if opts.json or opts.csv then
    local doc = lede.decode(a:json(item.name))
    for _, i in ipairs(kept(a, qs)) do
      local q = doc.quotes[i]
      q.id = doc.id
      local e = q.speaker_entity ~= lede.null and doc.entities[q.speaker_entity + 1]
      q.speaker_name = e and e.name or lede.null
      records[#records + 1] = q
    end
    return
  end
  -- Group by speaker, in order of first appearance.
  local order, groups = {}, {}
  for _, q in ipairs(qs) do
    local k = who(q)
    if not groups[k] then
      groups[k] = {}
      order[#order + 1] = k
    end
    table.insert(groups[k], q)
  end
  if multi or item.record then print("# " .. item.name) end
  for _, k in ipairs(order) do
    print(string.format("%s (%d)", k, #groups[k]))
    local rows = {}
    for _, q in ipairs(groups[k]) do
      local as = (q.speaker_text and q.speaker_text ~= k) and q.speaker_text or ""
      rows[#rows + 1] = { q.kind, where(q), q.cue and q.cue.text or "", as, q.text }
    end
    cli.table({ "kind", "where", "cue", "speaker as written", "text" }, rows, "  ")
  end
  if multi then print() end
end, "quotes")

local function plain(v)
  if v == lede.null then return nil end
  return v
end

if opts.json then
  cli.json(records)
elseif opts.csv then
  local rows = {}
  for _, q in ipairs(records) do
    local cue, sp = plain(q.cue), plain(q.speaker)
    rows[#rows + 1] = { q.id, q.kind, q.text, q.start, q["end"],
      cue and cue.text, cue and cue.lemma, q.cue_class,
      sp and sp.text, sp and sp.start, sp and sp["end"], plain(q.speaker_name),
      q.speaker_via, q.part, plain(q.paragraph) }
  end
  cli.csv(FIELDS, rows)
elseif multi or totals.articles > 1 then
  -- Corpus totals: quotes per speaker over all articles.
  local rows = {}
  for name, t in pairs(totals.speakers) do rows[#rows + 1] = { name, t.quotes, t.articles } end
  table.sort(rows, function(x, y)
    if x[2] ~= y[2] then return x[2] > y[2] end
    return x[1] < y[1]
  end)
  print(string.format("%d quotes by %d speakers in %d articles", totals.quotes, #rows, totals.articles))
  if #rows > 0 then
    print()
    cli.table({ "speaker", "quotes", "articles" }, rows)
  end
end
os.exit(status)
