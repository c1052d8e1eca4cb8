-- Print what lede finds in one or more articles.
-- Usage: lua5.4 scripts/report.lua FILE...
local lede = require "lede"

local function usage(code)
  io.stderr:write("usage: lua5.4 scripts/report.lua FILE...\n")
  os.exit(code)
end

local function line(label, value)
  if value ~= nil and value ~= "" then
    print(string.format("%-12s %s", label .. ":", value))
  end
end

local function list(items, field)
  local out = {}
  for _, it in ipairs(items) do out[#out + 1] = it[field or "text"] end
  return table.concat(out, " | ")
end

local function report(a)
  line("headline", a.title)
  line("standfirst", a.standfirst)
  local authors = {}
  for _, au in ipairs(a.authors) do
    authors[#authors + 1] = au.name .. " (" .. au.kind .. ")"
  end
  line("byline", table.concat(authors, ", "))
  line("published", a.published)
  line("dateline", a.dateline and (a.dateline .. (a.agency and " (" .. a.agency .. ")" or "")))
  for _, c in ipairs(a.captions) do
    line("caption", c.text .. (c.credit and ("  [credit: " .. c.credit .. "]") or ""))
  end
  line("related", list(a.related))
  local nsent = 0
  for _ in a:sentences() do nsent = nsent + 1 end
  line("counts", string.format("%d paragraphs, %d sentences, %d furniture lines left out",
    #a.paragraphs, nsent, #a.boilerplate))
  print()
  for _, p in ipairs(a.paragraphs) do
    print(string.format("[%d]", p.index))
    for _, s in ipairs(p.sentences) do print("    " .. s.text) end
  end
end

if #arg == 0 or arg[1] == "-h" or arg[1] == "--help" then usage(#arg == 0 and 2 or 0) end
local status = 0
for i, path in ipairs(arg) do
  local a, err = lede.open(path)
  if not a then
    io.stderr:write("report: ", err, "\n")
    status = 1
  else
    if #arg > 1 then print((i > 1 and "\n" or "") .. "== " .. path) end
    report(a)
  end
end
os.exit(status)
