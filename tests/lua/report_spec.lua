-- scripts/report.lua through the `lede` command: one article, a corpus,
-- CSV and JSON, errors.
local lede = require "lede"
local json = require "dkjson"
local h = require "helpers"
local LEDE, REF, write, run =
  h.LEDE, h.REF, h.write, h.run

-- A small corpus of our own: three days, one unreadable file.
local function corpus()
  local d = os.tmpname()
  os.remove(d)
  os.execute("mkdir -p " .. d .. "/march")
  write(d .. "/a.txt", "Council approves budget\n\nBy Jane Smith\n\nPublished: 10 Mar 2021\n\n" ..
    "LONDON (Reuters) - The city council approved the budget on Tuesday after a long debate.\n\n" ..
    "The vote was close, officials said.\n")
  write(d .. "/march/b.txt", "Storm closes schools\n\nBy Ali Khan\n\nPublished: 11 Mar 2021\n\n" ..
    "DUBLIN (AP) — Schools across Ireland closed on Thursday as a storm arrived, the Met Office said.\n")
  write(d .. "/march/c.txt", "Second storm expected\n\nBy Ali Khan\n\nPublished: 11 Mar 2021\n\n" ..
    "DUBLIN (AP) — Forecasters warned on Thursday that a second storm would hit Ireland, the Met Office said.\n")
  write(d .. "/march/notes.md", "not an article")
  os.execute("ln -s " .. d .. "/missing " .. d .. "/march/d.txt")
  return d
end

describe("report", function()
  it("shows speech and writing by default and says what it left out", function()
    local d = os.tmpname()
    write(d, "Budget vote nears\n\nAsked about the deficit, Senator Lena Ortiz smiled. " ..
      "She said the budget would pass. She wrote on her blog that the vote would be close. " ..
      "She fears the vote will slip. Critics praised the plan.\n")
    local out, _, code = run(LEDE .. " report " .. d)
    assert.equal(0, code)
    assert.matches("\n  Lena Ortiz: 2 %(2 indirect%)\n", out)
    assert.matches("%(3 more left out: 1 thought, 1 other, 1 question%)", out)
    out = run(LEDE .. " report --class all " .. d)
    assert.matches("\n  Lena Ortiz: 3 %(3 indirect%)\n", out)
    assert.matches("%(1 more left out: 1 question%)", out)
    out = run(LEDE .. " quotes --class thought " .. d)
    assert.matches("the vote will slip", out)
    assert.is_nil(out:find("the budget would pass", 1, true))
    local _, err, bad = run(LEDE .. " report --class song " .. d)
    assert.equal(2, bad)
    assert.matches("unknown class", err)
    os.remove(d)
  end)

  it("reports one article in full", function()
    local out, _, code = run(LEDE .. " report " .. REF)
    assert.equal(0, code)
    assert.matches("^Gen Qamar holds talks on Afghan peace process during Bahrain visit\n", out)
    assert.matches("\npublished%s+2021%-03%-10\n", out)
    assert.matches("\nbyline%s+Our Correspondent %(staff%)\n", out)
    assert.matches("\ndateline%s+ISLAMABAD\n", out)
    assert.matches("10 paragraphs, 13 sentences, %d+ words, 11 quotes", out)
    -- by the hand analysis: who said what, and the timeline
    assert.matches("\n  ISPR: 6 %(6 indirect%)\n", out)
    assert.matches("\n  Foreign Office: 1 %(1 mixed%)\n", out)
    assert.matches("\n  person%s+Qamar Javed Bajwa%s+4%s", out)
    assert.matches("\n  2020%-02%-29%s+DATE%s+February 29, 2020", out)
    assert.matches("\n  2021%-03%-18%s+DATE%s+March 18", out)
  end)

  it("aggregates a folder: articles per day, and says which input failed", function()
    local d = corpus()
    local out, err, code = run(LEDE .. " report " .. d)
    assert.equal(1, code)
    assert.matches("d%.txt", err)
    assert.matches("^3 articles\n", out)
    local per_day = out:match("Articles per day\n(.-)\n\n")
    assert.matches("2021%-03%-10%s+1", per_day)
    assert.matches("2021%-03%-11%s+2", per_day)
    assert.not_matches("notes%.md", out)
    -- Across the corpus: Ireland and the Met Office in two articles each,
    -- and the Met Office quoted twice, reported both times.
    local mentioned = out:match("Most mentioned\n(.-)\n\n")
    assert.matches("place%s+Ireland%s+2%s+2", mentioned)
    assert.matches("organization%s+Met Office%s+2%s+2", mentioned)
    local quoted = out:match("Most quoted\n(.*)$")
    assert.matches("\n  Met Office%s+2%s+0%s+2\n", quoted)
    os.execute("rm -rf " .. d)
  end)

  it("writes CSV rows and JSON that parse back", function()
    local d = corpus()
    local out, _, code = run(LEDE .. " report --csv " .. d .. "/a.txt " .. d .. "/march/b.txt")
    assert.equal(0, code)
    local rows = {}
    for l in out:gmatch("[^\r\n]+") do rows[#rows + 1] = l end
    assert.equal(3, #rows)
    assert.matches("^file,published,headline,", rows[1])
    assert.matches(",2021%-03%-10,Council approves budget,", rows[2])
    out, _, code = run(LEDE .. " report --json " .. d)
    local doc = assert(json.decode(out))
    assert.equal(3, #doc.articles)
    assert.same({ { day = "2021-03-10", articles = 1 }, { day = "2021-03-11", articles = 2 } }, doc.per_day)
    out, _, code = run(LEDE .. " report --json " .. REF)
    assert.equal(0, code)
    doc = assert(json.decode(out))
    assert.equal("ISLAMABAD", doc.dateline)
    assert.equal(10, doc.paragraphs)
    os.execute("rm -rf " .. d)
  end)

  it("rejects bad options", function()
    local _, err, code = run(LEDE .. " report --frob " .. REF)
    assert.equal(2, code)
    assert.matches("unknown option %-%-frob", err)
    _, err, code = run(LEDE .. " report --json --csv " .. REF)
    assert.equal(2, code)
    _, err, code = run(LEDE .. " report")
    assert.equal(2, code)
    _, err, code = run(LEDE .. " report --top x " .. REF)
    assert.equal(2, code)
  end)
end)
