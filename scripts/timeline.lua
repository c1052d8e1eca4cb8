-- The events of one or more articles in date order: each date's value, the
-- words that give it, and the sentence it comes from.
package.path = (arg[0]:match("^(.*)/") or ".") .. "/?.lua;" .. package.path
local lede = require "lede"
local cli = require "cli"
local print = cli.print

local USAGE = [[
usage: timeline.lua [--json|--csv] [--published YYYY-MM-DD] [--type T] FILE...

Prints the dates of each article sorted by their value (durations and dates
that cannot be placed are left out), with the sentence each comes from.
Relative dates ("on Tuesday", "last month") are resolved against the
publication date: the article's own, or the one given.

  --json          one JSON list of {id, published, dates}: the date objects
                  of `lede json` (doc/json.md) with their sentence
  --csv           one CSV row per date
  --published D   resolve against D (YYYY-MM-DD) for every article
  --type T        only DATE or TIME
FILE may be -, a folder (*.txt, recursively) or a .jsonl file.]]

local opts, files = cli.options(arg, { name = "timeline", usage = USAGE,
  flags = { json = true, csv = true }, values = { published = true, type = true } })

if opts.type and not ({ DATE = true, TIME = true })[opts.type:upper()] then
  io.stderr:write("timeline: --type must be DATE or TIME\n")
  os.exit(2)
end

local articles, status = {}, 0
for item in lede.inputs(files) do
  if item.error then
    io.stderr:write("timeline: ", item.error, "\n")
    status = 1
  else
    local ok, a = pcall(item.html and lede.parse_html or lede.parse, item.text,
      { published = opts.published or item.published })
    if not ok then
      io.stderr:write("timeline: ", item.name, ": ", tostring(a), "\n")
      os.exit(2)
    end
    -- The date objects of `lede json` (doc/json.md), in time order, with
    -- the sentence each comes from.
    local doc = lede.decode(a:json(item.name))
    local at = {}
    for _, d in ipairs(doc.dates) do at[d.start .. ":" .. d["end"]] = d end
    local dates = {}
    for _, d in ipairs(a:timeline(opts.type)) do
      local j = at[(d.start - 1) .. ":" .. d.stop]
      j.sentence = d.sentence
      dates[#dates + 1] = j
    end
    articles[#articles + 1] = { id = item.name, published = a.published or lede.null, dates = dates }
    a:close()
  end
end

if opts.json then
  cli.json(articles)
elseif opts.csv then
  local rows = {}
  for _, art in ipairs(articles) do
    for _, d in ipairs(art.dates) do
      rows[#rows + 1] = { art.id, art.published ~= lede.null and art.published or nil,
        d.value, d.type, d.text, d.start, d["end"], d.sentence }
    end
  end
  cli.csv({ "id", "published", "value", "type", "text", "start", "end", "sentence" }, rows)
else
  for n, art in ipairs(articles) do
    if #articles > 1 then
      if n > 1 then print() end
      print("== " .. art.id)
    end
    print("published: " .. (art.published ~= lede.null and art.published or "unknown"))
    local rows = {}
    for _, d in ipairs(art.dates) do
      rows[#rows + 1] = { d.value, d.text, d.sentence }
    end
    if #rows > 0 then cli.table({ "date", "as written", "sentence" }, rows) end
  end
end
os.exit(status)
