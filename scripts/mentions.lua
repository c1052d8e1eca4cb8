-- Who and what articles talk about: entities by mention count, and counts
-- of chosen words. Several files are added up; --per-file adds a column
-- per file.
package.path = (arg[0]:match("^(.*)/") or ".") .. "/?.lua;" .. package.path
local cli = require "cli"
local print = cli.print

local USAGE = [[
usage: mentions.lua [--json|--csv] [--per-file] [--type TYPE] [--top N]
                    [--term WORD]... FILE...

Prints the entities lede finds (type, name, mentions, aliases), most
mentioned first, added up over all files. Entities of several files are
one row when type and name match (ignoring case).

  --term WORD  also count WORD (whole word, any case, furniture included;
               "Kenyan" counts "Kenyan-led", not "Kenyans"); repeatable
  --per-file   a column of counts for each file
  --type TYPE  only person, organization, place, group or event
  --top N      only the N most mentioned
  --json       one JSON document
  --csv        CSV rows (entities, then terms with type "term")
FILE may be -, a folder (*.txt, recursively) or a .jsonl file.]]

local opts, files = cli.options(arg, { name = "mentions", usage = USAGE,
  flags = { json = true, csv = true, per_file = true },
  values = { top = true, type = true }, lists = { term = true } })
local TYPES = { person = true, organization = true, place = true, group = true, event = true }
if opts.type and not TYPES[opts.type] then
  io.stderr:write("mentions: --type must be person, organization, place, group or event\n")
  os.exit(2)
end
local top = opts.top and tonumber(opts.top)
if opts.top and (not top or top < 1) then
  io.stderr:write("mentions: --top needs a positive number\n")
  os.exit(2)
end

local names = {}          -- file names in order
local rows, byKey = {}, {} -- aggregated entities
local terms = {}           -- term -> {total, per = {file -> n}}
for _, t in ipairs(opts.term) do terms[#terms + 1] = { term = t, total = 0, per = {} } end

local status = cli.each(files, function(a, item)
  local name = item.name
  names[#names + 1] = name
  for _, e in ipairs(a:entities(opts.type)) do
    local key = e.type .. "\0" .. e.name:lower()
    local r = byKey[key]
    if not r then
      r = { type = e.type, name = e.name, count = 0, aliases = {}, seen = {}, per = {} }
      byKey[key] = r
      rows[#rows + 1] = r
    end
    r.count = r.count + e.count
    r.per[name] = (r.per[name] or 0) + e.count
    for _, al in ipairs(e.aliases) do
      local k = al:lower()
      if not r.seen[k] and k ~= r.name:lower() then
        r.seen[k] = true
        r.aliases[#r.aliases + 1] = al
      end
    end
  end
  for _, t in ipairs(terms) do
    local n = a:count(t.term)
    t.total = t.total + n
    t.per[name] = n
  end
end, "mentions")

table.sort(rows, function(x, y)
  if x.count ~= y.count then return x.count > y.count end
  if x.type ~= y.type then return x.type < y.type end
  return x.name < y.name
end)
if top then
  for i = #rows, top + 1, -1 do rows[i] = nil end
end

if opts.json then
  local out = { files = names, entities = {}, terms = {} }
  for _, r in ipairs(rows) do
    local e = { type = r.type, name = r.name, count = r.count, aliases = r.aliases }
    if opts.per_file then e.per_file = r.per end
    out.entities[#out.entities + 1] = e
  end
  for _, t in ipairs(terms) do
    local e = { term = t.term, count = t.total }
    if opts.per_file then e.per_file = t.per end
    out.terms[#out.terms + 1] = e
  end
  cli.json(out)
  os.exit(status)
end

-- Column headers for files: paths without the folder they all share
-- ("corpus/a.txt", "corpus/b/c.txt" -> "a.txt", "b/c.txt").
local function short(paths)
  local common = paths[1] and paths[1]:match("^(.*/)") or ""
  for _, p in ipairs(paths) do
    while common ~= "" and p:sub(1, #common) ~= common do
      common = common:match("^(.*/)[^/]*/$") or ""
    end
  end
  local out = {}
  for i, p in ipairs(paths) do out[i] = p:sub(#common + 1) end
  return out
end
local shown = short(names)

local headers = { "type", "name", "count", "aliases" }
if opts.per_file then
  for _, f in ipairs(shown) do headers[#headers + 1] = f end
end
local out = {}
for _, r in ipairs(rows) do
  local row = { r.type, r.name, r.count, table.concat(r.aliases, "; ") }
  if opts.per_file then
    for _, f in ipairs(names) do row[#row + 1] = r.per[f] or 0 end
  end
  out[#out + 1] = row
end
local trow = {}
for _, t in ipairs(terms) do
  local row = { "term", t.term, t.total, "" }
  if opts.per_file then
    for _, f in ipairs(names) do row[#row + 1] = t.per[f] or 0 end
  end
  trow[#trow + 1] = row
end

if opts.csv then
  for _, r in ipairs(trow) do out[#out + 1] = r end
  cli.csv(headers, out)
else
  cli.table(headers, out)
  if #trow > 0 then
    io.write("\n")
    local th = { "term", "count" }
    local rows2 = {}
    for i, t in ipairs(terms) do
      rows2[i] = { t.term, t.total }
      if opts.per_file then
        for _, f in ipairs(names) do rows2[i][#rows2[i] + 1] = t.per[f] or 0 end
      end
    end
    if opts.per_file then
      for _, f in ipairs(shown) do th[#th + 1] = f end
    end
    cli.table(th, rows2)
  end
end
os.exit(status)
