-- Who said it: speakers resolved as a reader would (q.speaker_via,
-- q.speaker_ref, q.speaker), on invented articles. Expected values are a
-- reading of the texts.
local lede = require "lede"

local function article(lines) return lede.parse(table.concat(lines, "\n")) end

-- The quote whose content starts with `start`.
local function find(qs, start)
  for _, q in ipairs(qs) do
    if q.text:sub(1, #start) == start then return q end
  end
  error("no quote starting with " .. start)
end

local function who(q) return q.speaker and q.speaker.name end

describe("speakers", function()
  it("tells two people of different genders apart, quoting each other", function()
    local a = article({
      "Bakery owners split over new rent rules",
      "",
      "The owners of a bakery on Mill Street gave opposite verdicts on Tuesday on the council's new rent rules.",
      "",
      "Mr. Daniel Ortega, who opened the shop in 2009, said the rules would force him to close. He said the council had ignored small traders.",
      "",
      "His business partner, Ms. Rachel Lim, took the opposite view. She said the rules were overdue and would protect tenants.",
      "",
      "\"Daniel is wrong about this,\" she said. \"The old rules let landlords do anything.\"",
      "",
      "\"Rachel has never signed a lease in her life,\" he replied.",
    })
    local qs = a:quotes()
    local q = find(qs, "the council had ignored")
    assert.equal("He", q.speaker_text)
    assert.equal("pronoun", q.speaker_via)
    assert.equal("Daniel Ortega", who(q))
    q = find(qs, "the rules were overdue")
    assert.equal("pronoun", q.speaker_via)
    assert.equal("Rachel Lim", who(q))
    -- "Daniel" inside her words is no antecedent of "she"
    q = find(qs, "Daniel is wrong")
    assert.equal("she", q.speaker_text)
    assert.equal("Rachel Lim", who(q))
    -- the nearest person is a woman: "he" skips her
    q = find(qs, "Rachel has never")
    assert.equal("he", q.speaker_text)
    assert.equal("Daniel Ortega", who(q))
    a:close()
  end)

  it("resolves an organization quoted as it and as they", function()
    local a = article({
      "Market hall to stay open",
      "",
      "Shoppers packed the market hall on Saturday as Lena Park, a trader, counted her takings.",
      "",
      "The Harbour Trust, a charity that runs the hall, has leased the building since 1990. It said in a statement that rents had doubled in five years. They added that the hall would stay open.",
    })
    local qs = a:quotes()
    local q = find(qs, "rents had doubled")
    assert.equal("It", q.speaker_text)
    assert.equal("pronoun", q.speaker_via)
    assert.equal("Harbour Trust", who(q))
    q = find(qs, "the hall would stay open")
    assert.equal("They", q.speaker_text)
    assert.equal("Harbour Trust", who(q))
    a:close()
  end)

  it("leaves a pronoun with nothing compatible unresolved", function()
    local a = article({
      "Storm closes roads",
      "",
      "Heavy rain closed three roads on Sunday.",
      "",
      "She said the water had reached the doors of the school.",
    })
    local q = find(a:quotes(), "the water had reached")
    assert.equal("She", q.speaker_text)
    assert.equal("pronoun", q.speaker_via)
    assert.is_nil(q.speaker)
    assert.is_nil(q.speaker_ref)
    a:close()
  end)

  it("takes a relative pronoun's antecedent, a description's person and a continuation", function()
    local a = article({
      "Dock workers vote to strike",
      "",
      "Ann Brooks, the spokeswoman for the port authority, said the new cranes were safe.",
      "",
      "Union leader Tom Reyes, who said the strike would go ahead on Friday, met the board on Wednesday.",
      "",
      "\"We are not going anywhere,\" Reyes said at the gates.",
      "",
      "\"Nobody asked the workers what they wanted. Nobody came down here to look.\"",
      "",
      "The spokeswoman said inspections of the cranes would continue through the summer.",
    })
    local qs = a:quotes()
    local q = find(qs, "the strike would go ahead")
    assert.equal("relative", q.speaker_via)
    assert.equal("Union leader Tom Reyes, who", q.speaker_text)
    assert.equal("Tom Reyes", who(q))
    q = find(qs, "Nobody asked")
    assert.equal("direct", q.kind)
    assert.equal("continuation", q.speaker_via)
    assert.equal("Tom Reyes", who(q))
    q = find(qs, "inspections of the cranes")
    assert.equal("description", q.speaker_via)
    assert.equal("The spokeswoman", q.speaker_text)
    assert.equal("Ann Brooks", who(q))
    for _, x in ipairs(qs) do
      assert.is_not.equal("who", x.speaker_text)
      if x.speaker_text then assert.is_not.equal("none", x.speaker_via) end
    end
    a:close()
  end)
end)

describe("attributions", function()
  it("reads colon, inverted colon and dash attributions", function()
    local a = article({
      "Port talks go on",
      "",
      "The board met the union on Monday.",
      "",
      "Board chairman Paul Grant resisted: \"There will be no deal this week.\"",
      "",
      "As the talks broke up, explained Grant: \"We cannot pay what we do not have.\"",
      "",
      "\"We will be back every day until they listen.\" — Maria Santos",
    })
    local qs = a:quotes()
    local q = find(qs, "There will be no deal")
    assert.equal("direct", q.kind)
    assert.equal("Board chairman Paul Grant", q.speaker_text)
    assert.equal("resisted", q.cue.text)
    -- a verb not in the cue lists frames a stance, not speech
    assert.equal("other", q.cue_class)
    q = find(qs, "We cannot pay")
    assert.equal("direct", q.kind)
    assert.equal("Grant", q.speaker_text)
    assert.equal("explained", q.cue.text)
    q = find(qs, "We will be back")
    assert.equal("direct", q.kind)
    assert.equal("Maria Santos", q.speaker_text)
    assert.equal("name", q.speaker_via)
    a:close()
  end)

  it("nests an attribution inside another quote's content", function()
    local a = article({
      "Owner weighs in",
      "",
      "Team owner Mark Cuban said he heard the candidate say the plan would work.",
    })
    local qs = a:quotes()
    local outer = find(qs, "he heard the candidate")
    assert.is_nil(outer.parent)
    local inner = find(qs, "the plan would work")
    assert.equal(outer.index, inner.parent)
    -- top-level statements only
    for _, q in ipairs(a:quotes({ top = true })) do assert.is_nil(q.parent) end
    assert.equal(#qs - 1, #a:quotes({ top = true }))
    a:close()
  end)
end)

describe("what counts", function()
  local a = article({
    "Senator Defends Budget Amid Protests",
    "",
    "Asked about the deficit, Senator Lena Ortiz smiled.",
    "",
    "She said the budget would pass. She wrote on her blog that the vote would be close. She fears the vote will slip. Critics praised the plan.",
    "",
    "The new claims from the committee were not tested, and a tape showing the meeting was released.",
    "",
    "<tweet id=\"1\" author=\"@lenaortiz\" datetime=\"2016-01-02\">We did it</tweet>",
  })
  local qs = a:quotes()

  it("gives each quote a cue class", function()
    assert.equal("speech", find(qs, "the budget would pass").cue_class)
    assert.equal("writing", find(qs, "the vote would be close").cue_class)
    assert.equal("thought", find(qs, "the vote will slip").cue_class)
    assert.equal("other", find(qs, "the plan").cue_class)
    local n = 0
    for _, q in ipairs(a:quotes({ class = { "speech", "writing" } })) do
      assert.truthy(q.cue_class == "speech" or q.cue_class == "writing")
      n = n + 1
    end
    assert.equal(3, n) -- the question asked is speech too
  end)

  it("marks a question put to someone, not a statement", function()
    local q = find(qs, "the deficit")
    assert.is_true(q.question)
    assert.is_false(find(qs, "the budget would pass").question)
    for _, x in ipairs(a:quotes({ top = true })) do assert.is_false(x.question) end
  end)

  it("finds no quote in a headline, a noun, a participle or tweet markup", function()
    for _, q in ipairs(qs) do
      assert.is_not.equal("title", q.part)
      assert.is_nil(q.text:find("committee", 1, true))
      assert.is_nil(q.text:find("the meeting", 1, true))
      assert.is_nil(q.text:find("lenaortiz", 1, true))
    end
    assert.equal(5, #qs)
  end)
end)

describe("references", function()
  it("lists resolved pronouns and descriptions among an entity's mentions, count unchanged", function()
    local a = article({
      "Dock workers vote to strike",
      "",
      "Ann Brooks, the spokeswoman for the port authority, said the new cranes were safe. She said they had passed every test.",
      "",
      "The spokeswoman said inspections would continue.",
    })
    local e = a:entity("Ann Brooks")
    assert.equal(1, e.count)
    local kinds = {}
    for _, m in ipairs(e.mentions) do
      kinds[#kinds + 1] = m.text .. "/" .. m.kind
      assert.equal(m.text, a.text:sub(m.start, m.stop))
    end
    assert.same({ "Ann Brooks/name", "She/pronoun", "The spokeswoman/description" }, kinds)
    a:close()
  end)
end)

describe("speaker phrases", function()
  it("takes the clause's subject, not words that only precede the cue", function()
    local a = article({
      "Flood warning",
      "",
      "The senator spoke for an hour. But he spent more time mocking the plan than defending his own.",
      "",
      "Voters have long called for lower taxes.",
      "",
      "The agency issued a statement saying the river would flood.",
    })
    local qs = a:quotes()
    assert.equal("he", find(qs, "the plan than").speaker_text)
    assert.equal("Voters", find(qs, "lower taxes").speaker_text)
    assert.equal("The agency", find(qs, "the river would flood").speaker_text)
    a:close()
  end)

  it("gives a transcript's 'I' to the name opening the turn", function()
    local a = article({
      "Governor on the budget",
      "",
      "By Ann Lee",
      "",
      "HOST: Do you believe the cuts will hold?",
      "",
      "OKAFOR: I think the cuts will hold until the spring. I believe the schools come first.",
    })
    local qs = a:quotes()
    local q = find(qs, "the cuts will hold until")
    assert.equal("I", q.speaker_text)
    assert.equal("pronoun", q.speaker_via)
    assert.equal("OKAFOR", q.speaker_ref.text)
    q = find(qs, "the schools come first")
    assert.equal("OKAFOR", q.speaker_ref.text)
    a:close()
  end)
end)
