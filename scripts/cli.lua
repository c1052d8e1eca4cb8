-- Shared by the scripts: options, reading many inputs, tables, CSV, JSON.
-- Scripts find it next to themselves:
--   package.path = (arg[0]:match("^(.*)/") or ".") .. "/?.lua;" .. package.path
local lede = require "lede"

local cli = {}

-- Parse args against a spec:
--   { name = "quotes", usage = "...", flags = {json = true},
--     values = {kind = true}, lists = {speaker = true} }
-- --x=v and --x v both work; "--" ends options. Returns opts, files.
-- Exits 2 with a message on a bad option, 0 after --help.
function cli.options(args, spec)
  local opts, files = {}, {}
  for k in pairs(spec.lists or {}) do opts[k] = {} end
  local function bad(msg)
    io.stderr:write(spec.name, ": ", msg, "\n", spec.usage, "\n")
    os.exit(2)
  end
  local i = 1
  while i <= #args do
    local a = args[i]
    if a == "--" then
      for j = i + 1, #args do files[#files + 1] = args[j] end
      break
    elseif a == "-h" or a == "--help" then
      io.write(spec.usage, "\n")
      os.exit(0)
    elseif a:match("^%-%-") then
      local name, value = a:match("^%-%-([%w-]+)=(.*)$")
      name = name or a:sub(3)
      local key = name:gsub("-", "_")
      if (spec.flags or {})[key] then
        if value then bad("--" .. name .. " takes no value") end
        opts[key] = true
      elseif (spec.values or {})[key] or (spec.lists or {})[key] then
        if not value then
          i = i + 1
          value = args[i]
          if not value then bad("--" .. name .. " needs a value") end
        end
        if (spec.lists or {})[key] then
          table.insert(opts[key], value)
        else
          opts[key] = value
        end
      else
        bad("unknown option " .. a)
      end
    elseif a ~= "-" and a:match("^%-.") then
      bad("unknown option " .. a)
    else
      files[#files + 1] = a
    end
    i = i + 1
  end
  if #files == 0 and not spec.no_files then bad("no input (give FILE..., or - for stdin)") end
  if opts.json and opts.csv then bad("--json and --csv exclude each other") end
  return opts, files
end

-- Call fn(article, item) for every readable input; unreadable ones are
-- reported on stderr. published (YYYY-MM-DD, or nil) is the publication
-- date for inputs whose JSON Lines record gives none, as in `lede json`; a
-- bad one exits 2. Returns the exit status (0, or 1 if any failed).
function cli.each(files, fn, name, published)
  name = name or "lede"
  if published and not pcall(lede.parse, "", { published = published }) then
    io.stderr:write(name, ": --published: not a date (YYYY-MM-DD): ", published, "\n")
    os.exit(2)
  end
  local status = 0
  for item in lede.inputs(files) do
    if item.error then
      io.stderr:write(name, ": ", cli.clean(item.error), "\n")
      status = 1
    else
      local parse = item.html and lede.parse_html or lede.parse
      local ok, a = pcall(parse, item.text, { published = item.published or published })
      if not ok then
        io.stderr:write(name, ": ", cli.clean(item.name), ": ", tostring(a),
          " (ignoring its publication date)\n")
        a = parse(item.text)
        status = 1
      end
      fn(a, item)
      a:close()
    end
  end
  return status
end

local tty
function cli.is_tty()
  if tty == nil then
    tty = os.getenv("LEDE_COLOR") == "always" or
      (os.execute("test -t 1") == true)
  end
  return tty
end

function cli.width()
  local w = tonumber(os.getenv("COLUMNS") or "")
  if not w and cli.is_tty() then
    local p = io.popen("tput cols 2>/dev/null")
    if p then
      w = tonumber(p:read("l") or "")
      p:close()
    end
  end
  return w or 100
end

-- s with each byte that is not valid UTF-8 replaced by U+FFFD.
function cli.valid(s)
  s = tostring(s)
  if utf8.len(s) then return s end
  local out, i = {}, 1
  while i <= #s do
    local ok, bad = utf8.len(s, i)
    if ok then
      out[#out + 1] = s:sub(i)
      break
    end
    out[#out + 1] = s:sub(i, bad - 1)
    out[#out + 1] = "\u{FFFD}"
    i = bad + 1
  end
  return table.concat(out)
end

-- s as valid UTF-8 with no control characters (C0, DEL, C1) but newline
-- and tab: a terminal must not act on bytes from an article.
function cli.clean(s)
  s = cli.valid(s)
  s = s:gsub("[%z\1-\8\11-\31\127]", "\u{FFFD}")
  s = s:gsub("\194[\128-\159]", "\u{FFFD}")
  return s
end

-- print, with every argument cleaned.
function cli.print(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = cli.clean(tostring(t[i])) end
  io.write(table.concat(t, "\t", 1, t.n), "\n")
end

-- Display width: code points (good enough for the text we print).
local function width(s)
  return utf8.len(s) or #s
end

-- Cut s to at most n code points, with an ellipsis.
function cli.cut(s, n)
  s = tostring(s):gsub("%s+", " ")
  if width(s) <= n then return s end
  if n <= 1 then return "…" end
  local stop = utf8.offset(s, n) or (n + 1)
  return s:sub(1, stop - 1) .. "…"
end

-- Lines of at most n code points from s, broken at spaces where it can.
local function wrap(s, n)
  local out = {}
  while width(s) > n do
    local cut = utf8.offset(s, n + 1) or (#s + 1)
    local head = s:sub(1, cut - 1)
    local sp = head:match("^.*() ")
    if sp and sp > n // 3 then
      out[#out + 1] = s:sub(1, sp - 1)
      s = s:sub(sp + 1)
    else
      out[#out + 1] = head
      s = s:sub(cut)
    end
    s = s:gsub("^ +", "")
  end
  out[#out + 1] = s
  return out
end

-- Print rows (lists of cells) under headers as aligned columns. On a
-- terminal, the widest column is narrowed to fit: the last column's text
-- wraps onto more lines, another column's is cut; piped, nothing is.
function cli.table(headers, rows, indent)
  indent = indent or ""
  local n = #headers
  local w = {}
  for c = 1, n do w[c] = width(headers[c]) end
  local cells = {}
  for r, row in ipairs(rows) do
    cells[r] = {}
    for c = 1, n do
      local s = cli.clean(row[c] == nil and "" or row[c]):gsub("%s+", " ")
      cells[r][c] = s
      if width(s) > w[c] then w[c] = width(s) end
    end
  end
  if cli.is_tty() then
    local total = #indent + 2 * (n - 1)
    for c = 1, n do total = total + w[c] end
    local over = total - cli.width()
    -- Narrow the widest column a step at a time; the wrapped last column
    -- keeps at least 24, a cut one 8.
    while over > 0 do
      local widest
      for c = 1, n do
        local floor = c == n and 24 or 8
        if w[c] > floor and (not widest or w[c] >= w[widest]) then widest = c end
      end
      if not widest then break end
      w[widest] = w[widest] - 1
      over = over - 1
    end
  end
  local function line(row)
    local out = {}
    for c = 1, n do
      local s = cli.cut(row[c], w[c])
      out[c] = c < n and (s .. string.rep(" ", w[c] - width(s))) or s
    end
    local l = (indent .. table.concat(out, "  ")):gsub("%s+$", "")
    cli.print(l)
  end
  local function lines(row)
    if width(row[n]) <= w[n] then return line(row) end
    local parts = wrap(row[n], w[n])
    local first = {}
    for c = 1, n - 1 do first[c] = row[c] end
    first[n] = parts[1]
    line(first)
    for i = 2, #parts do
      local more = {}
      for c = 1, n - 1 do more[c] = "" end
      more[n] = parts[i]
      line(more)
    end
  end
  line(headers)
  local rule = {}
  for c = 1, n do rule[c] = string.rep("-", w[c]) end
  line(rule)
  for _, row in ipairs(cells) do lines(row) end
end

local function csv_cell(v)
  v = v == nil and "" or cli.valid(v)
  if v:find('[,"\r\n]') then v = '"' .. v:gsub('"', '""') .. '"' end
  return v
end

-- Print rows as CSV (RFC 4180) with a header line.
function cli.csv(headers, rows)
  local out = {}
  for c = 1, #headers do out[c] = csv_cell(headers[c]) end
  io.write(table.concat(out, ","), "\r\n")
  for _, row in ipairs(rows) do
    for c = 1, #headers do out[c] = csv_cell(row[c]) end
    io.write(table.concat(out, ","), "\r\n")
  end
end

function cli.json(value)
  io.write(lede.json(value), "\n")
end

return cli
