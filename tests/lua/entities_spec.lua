-- article:entities(), article:entity(), article:count(), and
-- scripts/mentions.lua through the `lede` command.
local lede = require "lede"
local json = require "dkjson"
local h = require "helpers"
local LEDE, REF, read, run =
  h.LEDE, h.REF, h.read, h.run

local function by_name(list)
  local t = {}
  for _, e in ipairs(list) do t[e.name] = e end
  return t
end

describe("article:entities", function()
  local a = lede.parse(read(REF))

  it("reproduces the reference table", function()
    local want = {
      { "Qamar Javed Bajwa", "person", 4 }, { "ISPR", "organization", 4 },
      { "Mohammed Bin Isa Al Khalifa", "person", 1 },
      { "Nasser bin Hamad Al Khalifa", "person", 1 },
      { "Bahrain", "place", 4 }, { "Bahrain Nation Guard", "organization", 1 },
      { "Afghanistan", "place", 3 }, { "Pakistan", "place", 3 },
      { "United States", "place", 3 }, { "Russia", "place", 1 },
      { "Moscow", "place", 4 }, { "Russian foreign ministry", "organization", 1 },
      { "Foreign Office", "organization", 1 }, { "Taliban", "organization", 1 },
      { "China", "place", 1 }, { "Iran", "place", 1 }, { "Doha", "place", 2 },
      { "ISLAMABAD", "place", 1 }, { "Afghan", "group", 10 },
    }
    local got = by_name(a:entities())
    assert.equal(#want, #a:entities())
    for _, w in ipairs(want) do
      local e = got[w[1]]
      assert.is_truthy(e, w[1])
      assert.same({ w[1], w[2], w[3] }, { e.name, e.type, e.count })
      -- count is the names; mentions also list resolved pronouns
      local named = 0
      for _, m in ipairs(e.mentions) do
        if m.kind ~= "pronoun" then
          named = named + 1
        end
      end
      assert.equal(e.count, named)
    end
  end)

  it("gives mentions with spans, parts and kinds", function()
    local e = a:entity("Qamar Javed Bajwa")
    -- "his visit" in paragraph 1 is his: a pronoun mention
    assert.same({ "Qamar", "Qamar Javed Bajwa", "his", "army chief", "COAS" },
      { e.mentions[1].text, e.mentions[2].text, e.mentions[3].text, e.mentions[4].text,
        e.mentions[5].text })
    assert.same({ "name", "name", "pronoun", "role", "acronym" },
      { e.mentions[1].kind, e.mentions[2].kind, e.mentions[3].kind, e.mentions[4].kind,
        e.mentions[5].kind })
    table.remove(e.mentions, 3)
    assert.equal("title", e.mentions[1].part)
    assert.is_nil(e.mentions[1].paragraph)
    assert.equal("body", e.mentions[2].part)
    assert.equal(1, e.mentions[2].paragraph)
    assert.equal(2, e.mentions[3].paragraph)
    assert.equal(3, e.mentions[4].paragraph)
    for _, m in ipairs(e.mentions) do
      assert.equal(m.text, a.text:sub(m.start, m.stop))
    end
    assert.equal("General", e.title)
    assert.equal("Chief of Army Staff", e.role)
    local al = {}
    for _, s in ipairs(e.aliases) do al[s] = true end
    assert.is_true(al["COAS"] and al["Qamar"] and al["Chief of Army Staff"])
  end)

  it("gives each mention and alias the text's own bytes", function()
    -- a mention's string may be the name's or an alias's, made once
    local b = lede.parse("Lee and Park\n\nJohn Lee met Sara Park. Lee said LEE was " ..
      "not Lee's; Park, Sara Park and PARK agreed. Lee left.\n")
    for _, x in ipairs({ a, b }) do
      for _, e in ipairs(x:entities()) do
        local seen = {}
        for _, s in ipairs(e.aliases) do seen[s] = true end
        assert.is_true(seen[e.name], e.name)
        for _, m in ipairs(e.mentions) do
          assert.equal(x.text:sub(m.start, m.stop), m.text)
        end
      end
    end
  end)

  it("filters by type, by name and by table", function()
    assert.equal(3, #a:entities("person"))
    assert.equal(5, #a:entities("organization"))
    assert.equal(10, #a:entities("place"))
    assert.equal(1, #a:entities("group"))
    local us = a:entities({ name = "us" })
    assert.equal(1, #us)
    assert.equal("United States", us[1].name)
    assert.equal(0, #a:entities({ name = "nobody at all" }))
    assert.has_error(function() a:entities("us") end,
      "entities: unknown type 'us' (valid: person, organization, place, group, event)")
    assert.equal(1, #a:entities({ type = "organization", name = "isPR" }))
    assert.equal(0, #a:entities({ type = "person", name = "ISPR" }))
    assert.has_error(function() a:entities({ type = "animal" }) end)
    assert.has_error(function() a:entities(42) end)
  end)

  it("types events and filters by them", function()
    local b = lede.parse("Draw made\n\nThe draw for the Davis Cup was held in Paris, "
      .. "a week before the Asian Games opened.\n")
    local ev = b:entities("event")
    assert.equal(2, #ev)
    assert.equal("Davis Cup", ev[1].name)
    assert.equal("Asian Games", ev[2].name)
    assert.equal("place", b:entity("Paris").type)
  end)

  it("finds one entity by any alias, any case", function()
    assert.equal("ISPR", a:entity("military’s media wing").name)
    assert.equal("ISPR", a:entity("MILITARY'S MEDIA WING").name)
    assert.equal("Qamar Javed Bajwa", a:entity("coas").name)
    assert.is_nil(a:entity("Bajwa Qamar"))
    assert.has_error(function() a:entity() end)
  end)

  it("counts whole words over the whole page", function()
    assert.equal(10, a:count("Afghan"))
    assert.equal(10, a:count("AFGHAN"))
    assert.equal(0, a:count("AFGHAN", { case = true }))
    assert.equal(1, a:count("Intra-Afghan", { case = true }))
    assert.equal(3, a:count("Afghanistan"))
    assert.equal(0, a:count(""))
    assert.has_error(function() a:count() end)
    assert.has_error(function() a:count("x", 5) end)
  end)

  it("works on other articles and after close raises", function()
    local b = lede.parse("Trade talks\n\nFrench Finance Minister Marie Dubois met " ..
      "officials of the World Bank in Washington on Friday. Dubois said the " ..
      "talks were «useful».\n")
    local got = by_name(b:entities())
    assert.equal("person", got["Marie Dubois"].type)
    assert.equal(2, got["Marie Dubois"].count)
    assert.equal("Finance Minister", got["Marie Dubois"].title)
    assert.equal("organization", got["World Bank"].type)
    assert.equal("place", got["Washington"].type)
    assert.equal("group", got["French"].type)
    b:close()
    assert.has_error(function() b:entities() end)
    assert.has_error(function() b:count("x") end)
  end)
end)

describe("lede json", function()
  it("carries the entities with byte spans", function()
    local out, _, code = run(LEDE .. " json " .. REF)
    assert.equal(0, code)
    local doc = json.decode(out)
    local text = read(REF)
    assert.equal(19, #doc.entities)
    local got = by_name(doc.entities)
    local e = got["ISPR"]
    assert.equal("organization", e.type)
    assert.equal(4, e.count)
    assert.equal("description", e.mentions[2].kind)
    for _, m in ipairs(e.mentions) do
      assert.equal(m.text, text:sub(m.start + 1, m["end"]))
    end
    assert.equal("General", got["Qamar Javed Bajwa"].title.text)
    assert.is_nil(got["ISPR"].title) -- JSON null
  end)
end)

describe("mentions", function()
  it("prints entities by mention count and term counts", function()
    local out, _, code = run(LEDE .. " mentions --term Afghan --term Afghanistan " .. REF)
    assert.equal(0, code)
    local first = out:match("\n%-[%- ]+\n([^\n]*)")
    assert.truthy(first:match("^group%s+Afghan%s+10"))
    assert.truthy(out:match("Qamar Javed Bajwa%s+4%s+Qamar; army chief; COAS"))
    assert.truthy(out:match("\nAfghan%s+10\n"))
    assert.truthy(out:match("\nAfghanistan%s+3\n"))
  end)

  it("adds up several files, with a column per file on request", function()
    local d = os.tmpname()
    local f = io.open(d, "w")
    f:write("Doha talks\n\nEnvoys met in Doha on Monday. Afghan delegates attended.\n")
    f:close()
    local out, _, code = run(LEDE .. " mentions --json --per-file --term Afghan " .. REF .. " " .. d)
    os.remove(d)
    assert.equal(0, code)
    local doc = json.decode(out)
    assert.equal(2, #doc.files)
    local doha
    for _, e in ipairs(doc.entities) do if e.name == "Doha" then doha = e end end
    assert.equal(4, doha.count) -- 2 in REF, title and body in ours
    assert.equal(2, doha.per_file[REF])
    assert.equal(11, doc.terms[1].count)
  end)

  it("writes CSV and keeps to a type", function()
    local out, _, code = run(LEDE .. " mentions --csv --type person --top 1 " .. REF)
    assert.equal(0, code)
    assert.equal("type,name,count,aliases\r\nperson,Qamar Javed Bajwa,4,Qamar; army chief; COAS; Chief of Army Staff\r\n", out)
    local _, err, code2 = run(LEDE .. " mentions --type animal " .. REF)
    assert.equal(2, code2)
    assert.truthy(err:match("type"))
  end)
end)
