-- The case tables of tests/cases/ (also read by tests/test_cases.c): one
-- busted test per row, expectations written by hand.
local lede = require "lede"

local function rows(path)
  local out = {}
  local n = 0
  for line in io.lines(path) do
    n = n + 1
    if line ~= "" and not line:match("^#") then
      local f = {}
      for x in (line .. "\t"):gmatch("(.-)\t") do f[#f + 1] = x end
      out[#out + 1] = { line = n, f = f }
    end
  end
  return out
end

local function items(s)
  local t = {}
  for x in (s .. " || "):gmatch("(.-) || ") do
    t[#t + 1] = x:match("^%s*(.-)%s*$")
  end
  return t
end

local function unescape(s) return (s:gsub("\\n", "\n")) end

describe("sentences.tsv", function()
  for _, r in ipairs(rows("tests/cases/sentences.tsv")) do
    local f = r.f
    it(("line %d (%s)"):format(r.line, f[1]), function()
      local a = lede.parse(unescape(f[2]))
      local got, parts = {}, {}
      for _, s in a:sentences("all") do
        got[#got + 1] = s.text
        parts[#parts + 1] = s.part
      end
      assert.same(items(f[3]), got)
      if f[4] then assert.same(items(f[4]), parts) end
    end)
  end
end)

describe("dates.tsv", function()
  for _, r in ipairs(rows("tests/cases/dates.tsv")) do
    local f = r.f
    it(("line %d (%s)"):format(r.line, f[1]), function()
      local opt = {}
      if f[2] ~= "-" then opt.published = f[2] end
      local order = f[3]:match("^date_order=(%a+)$")
      if order then opt.date_order = order else assert.equal("-", f[3]) end
      local text = unescape(f[4])
      local a = lede.parse(text, opt)
      local ds = a:dates()
      for _, it_ in ipairs(items(f[5])) do
        local no = it_:match("^!(.*)$")
        if no then
          local s, e = text:find(no, 1, true)
          assert.truthy(s, "not in text: " .. no)
          for _, d in ipairs(ds) do
            assert.is_true(d.stop < s or d.start > e,
              ("%q overlaps %q"):format(d.text, no))
          end
        else
          local span, typ, value = it_:match("^(.-)%s*|%s*(%u+)%s*|%s*(.-)$")
          assert.truthy(span, "bad item " .. it_)
          local hit
          for _, d in ipairs(ds) do
            if d.text == span then hit = d; break end
          end
          local found = {}
          for _, d in ipairs(ds) do found[#found + 1] = d.text .. "=" .. tostring(d.value) end
          assert.truthy(hit, ("no %q; found: %s"):format(span, table.concat(found, ", ")))
          assert.equal(typ, hit.type)
          assert.equal(value, hit.value or "-")
        end
      end
    end)
  end
end)
