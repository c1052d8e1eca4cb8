-- What lede finds in an article: headline, date, byline, dateline, counts,
-- entities by mentions, quotes by speaker, and the timeline. Several files
-- (or a folder) give a summary line each and a report on the whole corpus:
-- articles per day, most-mentioned entities, most-quoted speakers.
package.path = (arg[0]:match("^(.*)/") or ".") .. "/?.lua;" .. package.path
local cli = require "cli"
local print = cli.print

local USAGE = [[
usage: report.lua [--json|--csv|--html OUT.html] [--top N] [--class C]...
                  [--published DATE] FILE...

Prints what lede finds in each article. With several files (or a folder),
prints one line per article and the corpus: articles per day, the most
mentioned entities, and the most quoted speakers (direct and reported).

  --json     one JSON document instead of text
  --csv      one CSV row per article
  --html OUT.html
             one self-contained page with the marked text (one article)
             or charts (several); OUT.html may be - for standard output
  --top N    rows in the corpus tables (default 20)
  --class C  quotes of cue class C: speech, writing, thought, other, or
             all. Repeatable; default speech and writing. Questions put
             to someone and attributions nested in another quote are left
             out; the report says how many quotes it left out.
  --published DATE  publication date (YYYY-MM-DD) for articles whose
             JSON Lines record gives none, as in lede json
FILE may be -, a folder (*.txt, recursively) or a .jsonl file.]]

local opts, files = cli.options(arg, { name = "report", usage = USAGE,
  flags = { json = true, csv = true },
  values = { top = true, html = true, published = true },
  lists = { class = true } })
local TOP = tonumber(opts.top or 20)
if not TOP or TOP < 1 then
  io.stderr:write("report: --top needs a positive number\n")
  os.exit(2)
end

local CLASSES = {}
for _, c in ipairs(#opts.class > 0 and opts.class or { "speech", "writing" }) do
  if c == "all" then
    for _, k in ipairs({ "speech", "writing", "thought", "other" }) do CLASSES[k] = true end
  elseif c == "speech" or c == "writing" or c == "thought" or c == "other" then
    CLASSES[c] = true
  else
    io.stderr:write("report: unknown class '", c, "' (speech, writing, thought, other, all)\n")
    os.exit(2)
  end
end

-- Why a quote is left out of the report, or nil to show it.
local function left_out(q)
  if q.cue_class and not CLASSES[q.cue_class] then return q.cue_class end
  if q.question then return "question" end
  if q.parent then return "nested" end
  return nil
end

local function list(a, method)
  return a[method] and a[method](a) or {}
end

local function count_words(a)
  local n = 0
  for _, p in ipairs(a.paragraphs) do
    for _ in p.text:gmatch("[%w\128-\255][%w\128-\255'%-]*") do n = n + 1 end
  end
  return n
end

local function speaker_name(q)
  if q.speaker then return q.speaker.name end
  return q.speaker_text
end

local function is_direct(q) return q.kind == "direct" or q.kind == "mixed" end

-- Everything the report shows about one article, as plain data.
local function analyse(a, item)
  local r = {
    file = item.name, title = a.title, standfirst = a.standfirst,
    published = a.published, dateline = a.dateline, agency = a.agency,
    authors = {}, paragraphs = #a.paragraphs, sentences = 0,
    words = count_words(a), entities = {}, quotes = {}, dates = {},
    left_out = {},
  }
  for _, au in ipairs(a.authors) do r.authors[#r.authors + 1] = { name = au.name, kind = au.kind } end
  for _ in a:sentences() do r.sentences = r.sentences + 1 end
  for _, e in ipairs(list(a, "entities")) do
    local aliases = {}
    for _, al in ipairs(e.aliases or {}) do
      if al ~= e.name then aliases[#aliases + 1] = al end
    end
    r.entities[#r.entities + 1] = { name = e.name, type = e.type,
      mentions = e.count or #e.mentions, aliases = aliases }
  end
  table.sort(r.entities, function(x, y)
    if x.mentions ~= y.mentions then return x.mentions > y.mentions end
    return x.name < y.name
  end)
  for _, q in ipairs(list(a, "quotes")) do
    local why = left_out(q)
    if why then
      r.left_out[why] = (r.left_out[why] or 0) + 1
      goto next_quote
    end
    r.quotes[#r.quotes + 1] = { text = q.text, kind = q.kind,
      cue_class = q.cue_class, speaker_via = q.speaker_via,
      cue = q.cue and q.cue.text, speaker = speaker_name(q),
      speaker_text = q.speaker_text, paragraph = q.paragraph, part = q.part }
    ::next_quote::
  end
  for _, d in ipairs(list(a, "dates")) do
    -- offsets as in doc/json.md: 0-based start, exclusive end
    r.dates[#r.dates + 1] = { text = d.text, type = d.type, value = d.value,
      paragraph = d.paragraph, part = d.part, start = d.start - 1, ["end"] = d.stop }
  end
  -- The timeline: resolved values in order, then the rest in text order.
  table.sort(r.dates, function(x, y)
    if (x.value ~= nil) ~= (y.value ~= nil) then return x.value ~= nil end
    if x.value and x.value ~= y.value then return x.value < y.value end
    return x.start < y.start
  end)
  return r
end

local function where(x)
  if x.paragraph then return "¶" .. x.paragraph end
  return x.part or ""
end

local function byline(r)
  local t = {}
  for _, au in ipairs(r.authors) do t[#t + 1] = au.name .. " (" .. au.kind .. ")" end
  return table.concat(t, ", ")
end

local function print_article(r)
  print(r.title or "(no headline)")
  if r.standfirst then print(r.standfirst) end
  print()
  local function field(k, v) if v and v ~= "" then print(string.format("%-11s %s", k, v)) end end
  field("published", r.published)
  field("byline", byline(r))
  field("dateline", r.dateline and (r.dateline .. (r.agency and (" (" .. r.agency .. ")") or "")))
  field("counts", string.format("%d paragraphs, %d sentences, %d words, %d quotes, %d entities, %d dates",
    r.paragraphs, r.sentences, r.words, #r.quotes, #r.entities, #r.dates))
  if #r.entities > 0 then
    print("\nEntities")
    local rows = {}
    for _, e in ipairs(r.entities) do
      rows[#rows + 1] = { e.type, e.name, e.mentions, table.concat(e.aliases, "; ") }
    end
    cli.table({ "type", "name", "mentions", "aliases" }, rows, "  ")
  end
  if #r.quotes > 0 then
    print("\nQuotes by speaker")
    local order, by = {}, {}
    for _, q in ipairs(r.quotes) do
      local k = q.speaker or "(no speaker)"
      if not by[k] then by[k] = {}; order[#order + 1] = k end
      table.insert(by[k], q)
    end
    for _, k in ipairs(order) do
      local kinds, seen = {}, {}
      for _, q in ipairs(by[k]) do
        if not seen[q.kind] then seen[q.kind] = 0; kinds[#kinds + 1] = q.kind end
        seen[q.kind] = seen[q.kind] + 1
      end
      for i, kind in ipairs(kinds) do kinds[i] = seen[kind] .. " " .. kind end
      print(string.format("  %s: %d (%s)", k, #by[k], table.concat(kinds, ", ")))
      local rows = {}
      for _, q in ipairs(by[k]) do
        rows[#rows + 1] = { q.kind, q.cue or "", where(q), q.text }
      end
      cli.table({ "kind", "cue", "where", "text" }, rows, "    ")
    end
  end
  local out, n_out = {}, 0
  for _, k in ipairs({ "speech", "writing", "thought", "other", "question", "nested" }) do
    if r.left_out[k] then
      out[#out + 1] = r.left_out[k] .. " " .. k
      n_out = n_out + r.left_out[k]
    end
  end
  if n_out > 0 then
    if #r.quotes == 0 then print("\nQuotes by speaker") end
    print(string.format("  (%d more left out: %s)", n_out, table.concat(out, ", ")))
  end
  if #r.dates > 0 then
    print("\nTimeline")
    local rows = {}
    for _, d in ipairs(r.dates) do
      rows[#rows + 1] = { d.value or "?", d.type, d.text, where(d) }
    end
    cli.table({ "value", "type", "as written", "where" }, rows, "  ")
  end
end

-- ==== Corpus ==============================================================

local corpus = { articles = {}, days = {}, entities = {}, speakers = {} }

local function add_to_corpus(r)
  local summary = { file = r.file, published = r.published, title = r.title,
    paragraphs = r.paragraphs, sentences = r.sentences, words = r.words,
    quotes = #r.quotes, entities = #r.entities, dates = #r.dates }
  corpus.articles[#corpus.articles + 1] = summary
  local day = r.published or "undated"
  corpus.days[day] = (corpus.days[day] or 0) + 1
  for _, e in ipairs(r.entities) do
    local k = e.type .. "\0" .. e.name
    local c = corpus.entities[k]
    if not c then
      c = { name = e.name, type = e.type, mentions = 0, articles = 0 }
      corpus.entities[k] = c
    end
    c.mentions = c.mentions + e.mentions
    c.articles = c.articles + 1
  end
  for _, q in ipairs(r.quotes) do
    if q.speaker then
      local s = corpus.speakers[q.speaker]
      if not s then
        s = { name = q.speaker, quotes = 0, direct = 0, reported = 0 }
        corpus.speakers[q.speaker] = s
      end
      s.quotes = s.quotes + 1
      if is_direct(q) then s.direct = s.direct + 1 else s.reported = s.reported + 1 end
    end
  end
  return summary
end

local function ranked(map, key, n)
  local t = {}
  for _, v in pairs(map) do t[#t + 1] = v end
  table.sort(t, function(x, y)
    if x[key] ~= y[key] then return x[key] > y[key] end
    return x.name < y.name
  end)
  while #t > n do t[#t] = nil end
  return t
end

local function corpus_data()
  local days = {}
  for d, n in pairs(corpus.days) do days[#days + 1] = { day = d, articles = n } end
  table.sort(days, function(x, y) return x.day < y.day end)
  return { articles = corpus.articles, per_day = days,
    entities = ranked(corpus.entities, "mentions", TOP),
    speakers = ranked(corpus.speakers, "quotes", TOP) }
end

local function print_corpus()
  local c = corpus_data()
  print(string.format("%d articles\n", #c.articles))
  local rows = {}
  for _, s in ipairs(c.articles) do
    rows[#rows + 1] = { s.published or "", s.paragraphs, s.quotes, s.entities, s.title or "(no headline)", s.file }
  end
  cli.table({ "published", "paras", "quotes", "entities", "headline", "file" }, rows)
  print("\nArticles per day")
  rows = {}
  for _, d in ipairs(c.per_day) do rows[#rows + 1] = { d.day, d.articles } end
  cli.table({ "day", "articles" }, rows, "  ")
  print("\nMost mentioned")
  rows = {}
  for _, e in ipairs(c.entities) do rows[#rows + 1] = { e.type, e.name, e.mentions, e.articles } end
  cli.table({ "type", "name", "mentions", "articles" }, rows, "  ")
  print("\nMost quoted")
  rows = {}
  for _, s in ipairs(c.speakers) do rows[#rows + 1] = { s.name, s.quotes, s.direct, s.reported } end
  cli.table({ "speaker", "quotes", "direct", "reported" }, rows, "  ")
end

-- ==== Main ================================================================

if opts.html then
  if opts.json or opts.csv then
    io.stderr:write("report: --html excludes --json and --csv\n")
    os.exit(2)
  end
  -- Open the page first: a bad path fails before any article is read.
  local out, err = io.stdout, nil
  if opts.html ~= "-" then out, err = io.open(opts.html, "wb") end
  if not out then
    io.stderr:write("report: ", err, "\n")
    os.exit(1)
  end
  local page = require("htmlreport").new({ top = TOP })
  local status = cli.each(files, function(a, item) page:add(a, item.name) end, "report", opts.published)
  local ok, werr = out:write(page:render())
  if ok and out ~= io.stdout then ok, werr = out:close() end
  if not ok then
    io.stderr:write("report: ", opts.html, ": ", tostring(werr), "\n")
    os.exit(1)
  end
  os.exit(status)
end

-- One article read (a file, "-", a one-record .jsonl) is reported in full;
-- several, or a folder, as a corpus.
local folder = false
for _, f in ipairs(files) do
  local h = io.open(f, "rb")
  if h then
    local ok, _, code = h:read(0)
    if ok == nil and code == 21 then folder = true end -- EISDIR
    h:close()
  end
end

local first, count = nil, 0
local status = cli.each(files, function(a, item)
  local r = analyse(a, item)
  add_to_corpus(r)
  count = count + 1
  first = count == 1 and r or nil
end, "report", opts.published)
local single = count == 1 and not folder

if count == 0 then
  -- nothing could be read: the reasons are on stderr, no empty report
  os.exit(status ~= 0 and status or 1)
end
local reports = { first }

if opts.csv then
  local rows = {}
  for _, s in ipairs(corpus.articles) do
    rows[#rows + 1] = { s.file, s.published, s.title, s.paragraphs, s.sentences, s.words, s.quotes, s.entities, s.dates }
  end
  cli.csv({ "file", "published", "headline", "paragraphs", "sentences", "words", "quotes", "entities", "dates" }, rows)
elseif opts.json then
  if single and reports[1] then cli.json(reports[1]) else cli.json(corpus_data()) end
elseif single then
  if reports[1] then print_article(reports[1]) end
else
  print_corpus()
end
os.exit(status)
