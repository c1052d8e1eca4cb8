-- The quotes and reported speech of articles, grouped by speaker.
package.path = (arg[0]:match("^(.*)/") or ".") .. "/?.lua;" .. package.path
local cli = require "cli"

local USAGE = [[
usage: quotes.lua [--speaker NAME]... [--exact] [--kind K]... [--json|--csv] FILE...

Prints every quote and piece of reported speech, grouped by who said it.

  --speaker NAME  only quotes whose speaker matches NAME: its name or an
                  alias, what "it"/"he" refers to, or the organization in a
                  description ("A Foreign Office official"); by words,
                  ignoring case ("Russian ministry" finds "the Russian
                  foreign ministry"). Repeatable.
  --exact         --speaker matches whole names only ("Smith" no longer
                  finds "Jane Smith"; a leading "the" aside)
  --kind K        direct, mixed, indirect or unattributed. Repeatable.
  --json          a JSON list of quotes
  --csv           one CSV row per quote
FILE may be -, a folder (*.txt, recursively) or a .jsonl file.]]

local opts, files = cli.options(arg, { name = "quotes", usage = USAGE,
  flags = { json = true, csv = true, exact = true },
  lists = { speaker = true, kind = true } })
local KINDS = { direct = true, mixed = true, indirect = true, unattributed = true }
for _, k in ipairs(opts.kind) do
  if not KINDS[k] then
    io.stderr:write("quotes: unknown kind '", k, "' (direct, mixed, indirect, unattributed)\n")
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

local FIELDS = { "file", "speaker", "speaker_text", "kind", "cue", "lemma",
  "part", "paragraph", "start", "stop", "text" }

local records, multi = {}, #files > 1
local status = cli.each(files, function(a, item)
  local qs = a:quotes(filter)
  if opts.json or opts.csv then
    for _, q in ipairs(qs) do
      records[#records + 1] = { file = item.name, speaker = who(q),
        speaker_text = q.speaker_text, kind = q.kind,
        cue = q.cue and q.cue.text, lemma = q.cue and q.cue.lemma,
        part = q.part, paragraph = q.paragraph, start = q.start, stop = q.stop,
        text = q.text }
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

if opts.json then
  cli.json(records)
elseif opts.csv then
  local rows = {}
  for _, r in ipairs(records) do
    local row = {}
    for k, f in ipairs(FIELDS) do row[k] = r[f] end
    rows[#rows + 1] = row
  end
  cli.csv(FIELDS, rows)
end
os.exit(status)
