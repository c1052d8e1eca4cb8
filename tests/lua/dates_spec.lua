-- article:dates([filter]) and article:timeline([filter]).
local lede = require "lede"
local h = require "helpers"
local REF, read =
  h.REF, h.read

local function by_text(list)
  local t = {}
  for _, d in ipairs(list) do t[d.text] = d end
  return t
end

-- Wire copy, published Wednesday 2021-03-10 (ISO week 10).
local WIRE = [[
Ministers agree budget after all-night talks

LONDON (Reuters) - Finance ministers agreed the budget late on Tuesday after talks that began in January, officials said.

The deal will be signed on Friday at 10:30 a.m. GMT and takes effect on April 1.

Spending has risen every year since the 1990s, and the treasury said it would review the rules in three years.
]]

describe("article:dates", function()
  it("gives the reference article's dates table", function()
    local text = read(REF)
    local a = lede.parse(text)
    local want = {
      { "March 10, 2021", "DATE", "2021-03-10", "byline" },
      { "Tuesday", "DATE", "2021-03-09", "body", 2 },
      { "Wednesday", "DATE", "2021-03-10", "body", 2 },
      { "18th", "DATE", "2021-03-18", "related" },
      { "a day after", "DURATION", "P1D", "body", 6 },
      { "March 18", "DATE", "2021-03-18", "body", 6 },
      { "September", "DATE", "2020-09", "body", 10 },
      { "February 29, 2020", "DATE", "2020-02-29", "body", 10 },
    }
    local got = a:dates()
    assert.equal(#want, #got)
    for i, w in ipairs(want) do
      local d = got[i]
      assert.same(w, { d.text, d.type, d.value, d.part, d.paragraph })
      assert.equal(d.text, text:sub(d.start, d.stop))
    end
    assert.equal("published", got[2].anchor)
    assert.equal("none", got[1].anchor)
    assert.equal("month", got[7].granularity)
    assert.equal("Also read: Moscow to host Afghan peace talks on 18th", got[4].sentence)
  end)

  it("resolves wire copy against the publication date", function()
    local a = lede.parse(WIRE, { published = "2021-03-10" })
    local d = by_text(a:dates())
    assert.equal("2021-03-09", d["late on Tuesday"].value)
    assert.equal("2021-01", d["January"].value)
    assert.equal("TIME", d["Friday at 10:30 a.m. GMT"].type)
    assert.equal("2021-03-12T10:30", d["Friday at 10:30 a.m. GMT"].value)
    assert.equal("2021-04-01", d["April 1"].value)
    assert.equal("SET", d["every year"].type)
    assert.equal("P1Y", d["every year"].value)
    assert.equal("199", d["the 1990s"].value)
  end)

  it("filters by type name or predicate", function()
    local a = lede.parse(WIRE, { published = "2021-03-10" })
    local all = a:dates()
    local sets = a:dates("SET")
    assert.equal(1, #sets)
    assert.equal("every year", sets[1].text)
    assert.same(sets, a:dates("set"))
    local body = a:dates(function(d) return d.paragraph == 2 end)
    assert.is_true(#body >= 2)
    for _, d in ipairs(body) do assert.equal(2, d.paragraph) end
    assert.is_true(#all > #body)
    assert.has_error(function() a:dates("nothing") end,
      "dates: unknown type 'nothing' (valid: DATE, TIME, DURATION, SET)")
    assert.has_error(function() a:dates(42) end)
    assert.has_error(function() a:dates(function() error("boom") end) end)
  end)

  it("keeps relative dates unresolved without a publication date", function()
    local a = lede.parse("The minister resigned on Tuesday, a year after the vote.")
    assert.is_nil(a.published)
    local d = a:dates()[1]
    assert.equal("Tuesday", d.text)
    assert.equal("XXXX-WXX-2", d.value)
    assert.equal("unresolved", d.anchor)
  end)

  it("leaves impossible dates without a value", function()
    local a = lede.parse("The law of February 29, 2021 was void.", { published = "2021-03-10" })
    local d = a:dates()[1]
    assert.equal("February 29, 2021", d.text)
    assert.is_nil(d.value)
  end)

  it("raises on a closed article", function()
    local a = lede.parse(WIRE)
    a:close()
    assert.has_error(function() a:dates() end)
    assert.has_error(function() a:timeline() end)
  end)
end)

describe("article:timeline", function()
  it("sorts resolved dates by value with their sentences", function()
    local a = lede.parse(read(REF))
    local t = a:timeline()
    local values = {}
    for i, d in ipairs(t) do values[i] = d.value end
    assert.same({ "2020-02-29", "2020-09", "2021-03-09", "2021-03-10",
                  "2021-03-10", "2021-03-18", "2021-03-18" }, values)
    -- Durations stay out; ties keep text order.
    assert.equal("March 10, 2021", t[4].text)
    assert.equal("Wednesday", t[5].text)
    assert.is_truthy(t[1].sentence:find("February 29, 2020", 1, true))
  end)

  it("puts a coarser value before the days inside it", function()
    local a = lede.parse("Sales rose in 2020. On March 3, 2020 the plant shut. "
      .. "In the third quarter of 2019 it had opened. The 1990s were calm.",
      { published = "2021-03-10" })
    local v = {}
    for i, d in ipairs(a:timeline()) do v[i] = d.value end
    assert.same({ "199", "2019-Q3", "2020", "2020-03-03" }, v)
  end)

  it("lists the very tables dates lists, built once per article", function()
    local a = lede.parse(WIRE, { published = "2021-03-10" })
    local t = a:timeline()
    local dates = by_text(a:dates())
    assert.is_true(#t >= 3)
    for _, d in ipairs(t) do assert.is_true(rawequal(d, dates[d.text])) end
    -- a filtered list and a second call give the same tables again
    assert.is_true(rawequal(a:dates("TIME")[1], dates["Friday at 10:30 a.m. GMT"]))
    assert.is_true(rawequal(a:dates()[1], a:dates()[1]))
  end)

  it("takes a filter too", function()
    local a = lede.parse(WIRE, { published = "2021-03-10" })
    local times = a:timeline("TIME")
    assert.equal(1, #times)
    assert.equal("2021-03-12T10:30", times[1].value)
  end)
end)

describe("scripts/timeline.lua", function()
  local function run(args)
    local p = assert(io.popen("lua5.4 scripts/timeline.lua " .. args .. " 2>&1"))
    local out = p:read("a")
    local ok, _, code = p:close()
    return out, ok and 0 or code
  end

  it("prints the reference article's dates in order with their sentences", function()
    local out, code = run(REF)
    assert.equal(0, code)
    local values = {}
    for v in out:gmatch("\n(%d%d%d%d%-[%d%-]+)%s") do values[#values + 1] = v end
    assert.same({ "2020-02-29", "2020-09", "2021-03-09", "2021-03-10",
                  "2021-03-10", "2021-03-18", "2021-03-18" }, values)
    assert.is_truthy(out:find("Also read: Moscow to host Afghan peace talks on 18th", 1, true))
  end)

  it("resolves against a given publication date, and rejects a bad one", function()
    local f = os.tmpname()
    local h = assert(io.open(f, "wb"))
    h:write("The minister resigned on Tuesday.\n")
    h:close()
    local out, code = run("--csv --published 2021-03-10 " .. f)
    assert.equal(0, code)
    assert.is_truthy(out:find("2021-03-09,DATE,Tuesday", 1, true))
    local _, bad = run("--published 2021-02-30 " .. f)
    assert.equal(2, bad)
    os.remove(f)
  end)
end)

describe("article:dates extents and tense", function()
  it("keeps an approximation in the span and resolves a reported future", function()
    local text = "Officials said the talks, stalled for nearly two years, "
      .. "will resume on Friday.\n"
    local a = lede.parse(text, { published = "2021-03-10" })
    local d = by_text(a:dates())
    local n = d["nearly two years"]
    assert.is_not_nil(n)
    assert.equal("DURATION", n.type)
    assert.equal("P2Y", n.value)
    assert.equal("nearly two years", text:sub(n.start, n.stop))
    assert.equal("2021-03-12", d["Friday"].value)
  end)

  it("gives decades TimeML's three digits", function()
    local a = lede.parse("Crime fell in the late 1970s.\n", { published = "2021-03-10" })
    assert.equal("197", by_text(a:dates())["the late 1970s"].value)
  end)
end)
