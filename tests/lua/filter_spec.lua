-- Filters: every list method takes nil, a string shorthand, a table and a
-- function; unknown keys and values are errors that list the valid ones.
local lede = require "lede"

local TEXT = "Port strike ends after talks\n\nBy Maria Lopez\n\nPublished: 12 April 2023\n\n" ..
  "ROTTERDAM - Dock workers returned to work on Tuesday after the Port Authority " ..
  "(PA) and the union agreed a deal, the union said.\n\n" ..
  "\"We got what we asked for,\" said union leader Piet de Vries.\n\n" ..
  "De Vries said the deal runs for three years. The PA told reporters that " ..
  "ships would dock from Wednesday.\n\n" ..
  "A \"historic\" day, one worker called it.\n"

local a = lede.parse(TEXT)

-- method, a valid shorthand, the key it stands for, a valid table, how to
-- read an item's value for the shorthand key.
local METHODS = {
  { "entities", "person", "type", { type = { "person", "place" } }, function(x) return x.type end },
  { "mentions", "organization", "type", { kind = "acronym" }, function(x) return x.entity.type end },
  { "quotes", "direct", "kind", { kind = { "direct", "indirect" } }, function(x) return x.kind end },
  { "dates", "DATE", "type", { type = "DATE", anchor = "published" }, function(x) return x.type end },
  { "timeline", "DATE", "type", { anchor = { "published", "none" } }, function(x) return x.type end },
}

local function call(m, f) return a[m](a, f) end

describe("filters", function()
  for _, row in ipairs(METHODS) do
    local m, short, key, tbl, get = table.unpack(row)

    it(m .. " takes a string, a table and a function alike", function()
      local all = call(m)
      assert.is_true(#all > 0, m)
      local by_string = call(m, short)
      assert.is_true(#by_string > 0 and #by_string <= #all, m)
      for _, x in ipairs(by_string) do assert.equal(short, get(x)) end
      -- the string is the table {[key] = string}, and the function alike
      assert.same(by_string, call(m, { [key] = short }))
      assert.same(by_string, call(m, function(x) return get(x) == short end))
      -- lists in a table
      assert.is_true(#call(m, tbl) > 0, m)
    end)

    it(m .. " rejects unknown keys and values, listing the valid ones", function()
      local ok, err = pcall(call, m, { who = "x" })
      assert.is_false(ok)
      assert.matches("^" .. m .. ": unknown filter key 'who' %(valid: [%w, ]+%)$", err:gsub("^[^:]*:%d+: ", ""))
      ok, err = pcall(call, m, short .. "s")
      assert.is_false(ok)
      assert.matches(m .. ": unknown " .. key .. " '" .. short .. "s' %(valid: .*" .. short, err)
      assert.has_error(function() call(m, 42) end)
      assert.has_error(function() call(m, { [key] = 42 }) end)
      assert.has_error(function() call(m, { [key] = { short, "nope" } }) end)
      assert.has_error(function() call(m, function() error("boom") end) end)
    end)
  end

  it("entities and mentions pick one entity by name", function()
    local pa = a:entities({ name = "PA" })
    assert.equal(1, #pa)
    assert.equal("Port Authority", pa[1].name)
    local ms = a:mentions({ name = "Port Authority" })
    assert.equal(pa[1].count, #ms)
    for i, m in ipairs(ms) do
      assert.equal("Port Authority", m.entity.name)
      assert.equal(m.text, TEXT:sub(m.start, m.stop))
      if i > 1 then assert.is_true(ms[i - 1].start < m.start) end
    end
    assert.same({}, a:mentions({ name = "Nobody Here" }))
  end)

  it("quotes match a speaker by words, or exactly", function()
    local loose = a:quotes({ speaker = "Vries" })
    assert.is_true(#loose >= 1)
    assert.same({}, a:quotes({ speaker = "Vries", exact = true }))
    local exact = a:quotes({ speaker = "piet de vries", exact = true })
    assert.is_true(#exact >= 1)
    assert.equal("Piet de Vries", exact[1].speaker.name)
    assert.equal("union leader Piet de Vries", exact[1].speaker_text)
    assert.same(a:quotes({ speaker = "the union", exact = true }), a:quotes({ speaker = "union", exact = true }))
    assert.has_error(function() a:quotes({ exact = "yes" }) end)
  end)

  it("values are matched ignoring case", function()
    assert.same(a:dates("DATE"), a:dates("date"))
    assert.same(a:entities("person"), a:entities("PERSON"))
  end)
end)
