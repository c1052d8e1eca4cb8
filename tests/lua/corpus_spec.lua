-- Corpus helpers: lede.articles walks inputs and parses each with its
-- date; lede.corpus merges one entity across articles under a stable key;
-- dates carry a sort key.
local lede = require "lede"
local json = require "dkjson"
local h = require "helpers"
local write, tmpdir = h.write, h.tmpdir

local VISIT = "Obama visits Berlin\n\nBy Ann Lee\n\nBERLIN - Former US president Barack Obama " ..
  "arrived in Berlin on Monday for talks with the United Nations (UN) envoy.\n"
local CROWD = "Crowds greet former president\n\nThousands gathered on Tuesday as Obama spoke " ..
  "about climate policy. The UN welcomed the speech.\n"
local SCHOOL = "Plan for schools\n\nMichelle Obama and Barack Obama met teachers in Chicago " ..
  "last week, officials said.\n"

describe("lede.articles", function()
  it("parses every input with its date and reports the rest", function()
    local d = tmpdir()
    write(d .. "/a.txt", VISIT)
    write(d .. "/b.jsonl", json.encode({ id = "crowd", text = CROWD, published = "2021-03-10" }) .. "\n" ..
      json.encode({ id = "school", text = SCHOOL }) .. "\n{broken\n")
    local got, errors = {}, {}
    for a, item in lede.articles({ d .. "/a.txt", d .. "/b.jsonl", d .. "/missing.txt" },
        { published = "2022-06-01", on_error = function(item) errors[#errors + 1] = item.error end }) do
      assert.equal("article", lede.type(a))
      got[#got + 1] = { item.name, a.published, a.title }
    end
    assert.same({
      { d .. "/a.txt", "2022-06-01", "Obama visits Berlin" },
      { "crowd", "2021-03-10", "Crowds greet former president" }, -- the record's own date
      { "school", "2022-06-01", "Plan for schools" },
    }, got)
    assert.equal(2, #errors)
    assert.matches("b%.jsonl:3: invalid JSON", errors[1])
    assert.matches("missing%.txt: No such file", errors[2])
    assert.has_error(function() lede.articles({ d }, { published = "2022-13-01" }) end)
    os.execute("rm -rf " .. d)
  end)

  it("stops early without leaking when the loop breaks", function()
    local n = 0
    for _ in lede.articles({ h.REF, h.REF }) do
      n = n + 1
      break
    end
    assert.equal(1, n)
  end)
end)

describe("lede.corpus", function()
  local function corpus(texts)
    local c = lede.corpus()
    for i, t in ipairs(texts) do c:add(lede.parse(t), "doc" .. i) end
    return c
  end

  it("merges a surname and an acronym with the full names", function()
    local c = corpus({ VISIT, CROWD })
    local obama = c:entity("Obama")
    assert.equal("barack obama", obama.key)
    assert.equal("Barack Obama", obama.name)
    assert.equal("person", obama.type)
    assert.equal(3, obama.count) -- "Obama" and "Barack Obama" in VISIT, "Obama" in CROWD
    assert.equal(2, obama.articles)
    assert.same({ { id = "doc1", name = "Barack Obama", count = 2 }, { id = "doc2", name = "Obama", count = 1 } }, obama["in"])
    local un = c:entity("UN")
    assert.equal("united nations", un.key)
    assert.equal(2, un.articles)
    assert.equal(un, c:entity("the United Nations"))
    assert.matches("^lede%.entity %[person%] Barack Obama %(3 mentions", tostring(obama))
  end)

  it("keeps a surname apart when two full names end with it", function()
    local c = corpus({ VISIT, CROWD, SCHOOL })
    assert.equal("obama", c:entity("Obama").key)
    assert.equal(1, c:entity("Obama").articles)
    assert.equal("barack obama", c:entity("Barack Obama").key)
    assert.equal(2, c:entity("Barack Obama").articles)
    assert.equal("michelle obama", c:entity("Michelle Obama").key)
  end)

  it("gives the same keys whatever the order", function()
    local function keys(c)
      local t = {}
      for _, e in ipairs(c:entities()) do t[#t + 1] = e.key .. "=" .. e.count end
      table.sort(t)
      return t
    end
    assert.same(keys(corpus({ VISIT, CROWD, SCHOOL })), keys(corpus({ SCHOOL, CROWD, VISIT })))
  end)

  it("filters like the article methods", function()
    local c = corpus({ VISIT, CROWD })
    for _, e in ipairs(c:entities("person")) do assert.equal("person", e.type) end
    assert.equal(1, #c:entities({ type = "organization", name = "un" }))
    assert.has_error(function() c:entities("persons") end)
    assert.has_error(function() c:entities({ who = 1 }) end)
  end)

  it("gives article entities their key", function()
    local a = lede.parse(VISIT)
    assert.equal("united nations", a:entity("UN").key)
    assert.equal("us state department", lede.key("the U.S. State Department"))
    assert.equal("émile zola", lede.key("ÉMILE  Zola"))
  end)
end)

describe("dates", function()
  it("sort by sort_key, a week among days and months", function()
    local a = lede.parse("Budget talks\n\nThe deficit grew in February, and last week the minister " ..
      "spoke. On March 2 the plan was approved.\n", { published = "2021-03-10" })
    local ds = a:dates()
    local values = {}
    for _, d in ipairs(ds) do values[#values + 1] = d.value end
    assert.same({ "2021-02", "2021-W09", "2021-03-02" }, values)
    -- as strings the week sorts last; the week of 1 March starts before 2 March
    table.sort(values)
    assert.equal("2021-W09", values[3])
    table.sort(ds, function(x, y) return x.sort_key < y.sort_key end)
    assert.same({ "2021-02", "2021-W09", "2021-03-02" }, { ds[1].value, ds[2].value, ds[3].value })
    assert.is_nil(lede.parse("Talks\n\nThe talks lasted three years.\n"):dates()[1].sort_key)
  end)
end)
