-- Print the events of one or more articles in date order: the date as
-- written, its value, and the sentence it comes from.
-- Usage: lua5.4 scripts/timeline.lua [--published YYYY-MM-DD] FILE...
local lede = require "lede"

local function usage(code)
  io.stderr:write("usage: lua5.4 scripts/timeline.lua [--published YYYY-MM-DD] FILE...\n")
  os.exit(code)
end

local files, published = {}, nil
local i = 1
while i <= #arg do
  local a = arg[i]
  if a == "-h" or a == "--help" then usage(0)
  elseif a == "--published" then
    published = arg[i + 1] or usage(2)
    i = i + 1
  else files[#files + 1] = a end
  i = i + 1
end
if #files == 0 then usage(2) end

-- One line of a sentence: white space runs folded, cut at 100 characters
-- on a UTF-8 boundary.
local function oneline(s)
  s = s:gsub("%s+", " ")
  if #s > 100 then
    local cut = 100
    while cut > 1 and (s:byte(cut + 1) or 0) & 0xC0 == 0x80 do cut = cut - 1 end
    s = s:sub(1, cut) .. "..."
  end
  return s
end

local status = 0
for n, path in ipairs(files) do
  local ok, art, err = pcall(lede.open, path, { published = published })
  if not ok then art, err = nil, art end
  if not art then
    io.stderr:write("timeline.lua: ", tostring(err), "\n")
    status = 1
  else
    if #files > 1 then
      if n > 1 then print() end
      print("== " .. path)
    end
    print("published: " .. (art.published or "unknown"))
    for _, d in ipairs(art:timeline()) do
      print(string.format("%-12s %-24s %s", d.value, d.text, oneline(d.sentence)))
    end
    art:close()
  end
end
os.exit(status)
