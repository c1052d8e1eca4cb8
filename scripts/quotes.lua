-- Print the quotes and reported speech of articles, grouped by speaker.
-- Usage: lua5.4 scripts/quotes.lua [--speaker NAME]... [--kind K]...
--                                  [--json|--csv] FILE...
-- --speaker matches by words, ignoring case ("Russian ministry" finds "the
-- Russian foreign ministry", also where the text says "it"); --kind is
-- direct, mixed, indirect or unattributed.
local lede = require "lede"

local function usage(code)
  io.stderr:write("usage: lua5.4 scripts/quotes.lua [--speaker NAME]... "
    .. "[--kind K]... [--json|--csv] FILE...\n")
  os.exit(code)
end

local speakers, kinds, files, format = {}, {}, {}, "text"
local i = 1
while i <= #arg do
  local a = arg[i]
  if a == "--speaker" or a == "--kind" then
    local v = arg[i + 1] or usage(2)
    if a == "--speaker" then speakers[#speakers + 1] = v
    else kinds[#kinds + 1] = v end
    i = i + 2
  elseif a == "--json" or a == "--csv" then
    format = a:sub(3)
    i = i + 1
  elseif a == "-h" or a == "--help" then
    usage(0)
  elseif a:sub(1, 2) == "--" then
    io.stderr:write("unknown option " .. a .. "\n")
    usage(2)
  else
    files[#files + 1] = a
    i = i + 1
  end
end
if #files == 0 then usage(2) end

local filter = {}
if #speakers > 0 then filter.speaker = speakers end
if #kinds > 0 then filter.kind = kinds end

-- The name a quote is filed under: who its speaker refers to, else the
-- speaker as written.
local function who(q)
  if q.speaker and q.speaker.name then return q.speaker.name end
  if q.speaker_ref then return q.speaker_ref.text end
  return q.speaker_text or "(no speaker)"
end

local function where(q)
  if q.paragraph then return "paragraph " .. q.paragraph end
  return q.part
end

-- ==== JSON and CSV ======================================================

local function jstr(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    local named = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n",
      ["\r"] = "\\r", ["\t"] = "\\t" }
    return named[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function jval(v)
  if v == nil then return "null" end
  if type(v) == "number" then return string.format("%d", v) end
  return jstr(tostring(v))
end

local function csv(s)
  s = s and tostring(s) or ""
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

local function record(file, q)
  return {
    file = file, speaker = who(q), speaker_text = q.speaker_text,
    kind = q.kind, cue = q.cue and q.cue.text, lemma = q.cue and q.cue.lemma,
    part = q.part, paragraph = q.paragraph, start = q.start, stop = q.stop,
    text = q.text,
  }
end

local FIELDS = { "file", "speaker", "speaker_text", "kind", "cue", "lemma",
  "part", "paragraph", "start", "stop", "text" }

-- ==== Main ==============================================================

if format == "csv" then print(table.concat(FIELDS, ",")) end
if format == "json" then io.write("[") end
local first, status = true, 0
for _, file in ipairs(files) do
  local fh, err = io.open(file, "rb")
  if not fh then
    io.stderr:write(err, "\n")
    status = 1
    goto continue
  end
  do
    local text = fh:read("a")
    fh:close()
    local art <close> = lede.parse(text)
    local qs = art:quotes(filter)
    if format == "json" or format == "csv" then
      for _, q in ipairs(qs) do
        local r = record(file, q)
        if format == "csv" then
          local row = {}
          for k, f in ipairs(FIELDS) do row[k] = csv(r[f]) end
          print(table.concat(row, ","))
        else
          local parts = {}
          for k, f in ipairs(FIELDS) do parts[k] = jstr(f) .. ":" .. jval(r[f]) end
          io.write(first and "\n" or ",\n", "{", table.concat(parts, ","), "}")
          first = false
        end
      end
    else
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
      if #files > 1 then print("# " .. file) end
      for _, k in ipairs(order) do
        print(string.format("%s (%d)", k, #groups[k]))
        for _, q in ipairs(groups[k]) do
          local via = ""
          if q.speaker_text and q.speaker_text ~= k then
            via = " as \"" .. q.speaker_text .. "\""
          end
          print(string.format("  [%s, %s%s%s] %s", q.kind, where(q),
            q.cue and (", " .. q.cue.text) or "", via, q.text))
        end
      end
      if #files > 1 then print() end
    end
  end
  ::continue::
end
if format == "json" then io.write(first and "]\n" or "\n]\n") end
os.exit(status)
