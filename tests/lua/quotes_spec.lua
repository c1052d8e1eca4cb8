-- article:quotes([filter]) and scripts/quotes.lua. Expected values are a
-- hand reading of the texts (../shared/reference/bajwa-bahrain-expected.md
-- for the reference article).
local lede = require "lede"
local h = require "helpers"
local REF, read =
  h.REF, h.read

local function starts(s, p) return s:sub(1, #p) == p end

local function check(ok, ...)
  local r = table.pack(pcall(...))
  assert.equal(ok, r[1], tostring(r[2]))
  return r[2]
end

describe("article:quotes", function()
  local text = read(REF)
  local a = lede.parse(text)

  it("gives a speaker the article's one table for its entity", function()
    local ents, n = a:entities(), 0
    for _, q in ipairs(a:quotes()) do
      if q.speaker then
        n = n + 1
        assert.is_true(rawequal(q.speaker, ents[q.speaker.index]))
        assert.is_true(rawequal(q.speaker, a:entity(q.speaker.name)))
      end
    end
    assert.is_true(n >= 5) -- ISPR/the military speaks in most of them
    -- the same when the quotes come first and build the speakers' tables
    local b = lede.parse(text)
    local qs = b:quotes()
    local es = b:entities()
    for _, q in ipairs(qs) do
      if q.speaker then
        assert.is_true(rawequal(q.speaker, es[q.speaker.index]))
        assert.is_true(rawequal(q.speaker, b:entity(q.speaker.name)))
      end
    end
  end)

  -- The eleven quotes of the hand analysis are speech; the article also
  -- reports two actions (cue class other), listed apart.
  local SAID = { "speech", "writing", "thought" }

  it("lists the eleven quotes of the reference article", function()
    local qs = a:quotes { class = SAID }
    assert.equal(11, #qs)
    local want = {
      { "indirect", "ISPR", "says", "Issues of mutual interest", "standfirst" },
      { "indirect", "Military's media wing", "says", "issues of mutual interest", "caption" },
      { "indirect", "military", "said", "Chief of Army Staff (COAS)", 1 },
      { "indirect", "military’s media wing, the ISPR", "said in a statement", "The army chief held", 2 },
      { "indirect", "it", "said", "During the meetings,", 3 },
      { "indirect", "it", "added", "The COAS offered", 3 },
      { "indirect", "the statement", "according to", "Later, delegation level talks", 4 },
      { "indirect", "the Russian foreign ministry", "confirmed", "the country was set to host", 6 },
      { "mixed", "it", "said", "The conference it said would focus on \"ways", 7 },
      { "mixed", "A Foreign Office official", "said", "Pakistan would attend the Moscow meeting", 8 },
      { "unattributed", nil, nil, "collective mechanism", 9 },
    }
    for i, w in ipairs(want) do
      local q = qs[i]
      assert.equal(w[1], q.kind)
      assert.equal(w[2], q.speaker_text)
      assert.equal(w[3], q.cue and q.cue.text)
      assert.is_true(starts(q.text, w[4]), q.text)
      if type(w[5]) == "number" then
        assert.equal(w[5], q.paragraph)
        assert.equal("body", q.part)
      else
        assert.equal(w[5], q.part)
      end
      -- Spans are 1-based inclusive and read exactly the text.
      assert.equal(q.text, text:sub(q.start, q.stop))
      assert.is_true(q.outer_start <= q.start and q.outer_stop >= q.stop)
      if q.speaker_text then
        assert.equal(q.speaker_text, text:sub(q.speaker_start, q.speaker_stop))
      end
    end
    -- Resolved speakers, by the hand analysis (#3: "the military"; its
    -- media wing is ISPR, so either reading is right).
    local want_speaker = { "ISPR", "ISPR", nil, "ISPR", "ISPR", "ISPR", "ISPR",
      "Russian foreign ministry", "Russian foreign ministry", "Foreign Office", nil }
    for i = 1, 11 do
      local got = qs[i].speaker and qs[i].speaker.name
      if i == 3 then
        assert.is_true(got == nil or got == "ISPR" or got:lower() == "military", tostring(got))
      else
        assert.equal(want_speaker[i], got)
      end
    end
    assert.equal("organization", qs[10].speaker.type)
    assert.equal("\"collective mechanism\"", text:sub(qs[11].outer_start, qs[11].outer_stop))
    assert.equal("say", qs[4].cue.lemma)
    assert.equal("according to", qs[7].cue.lemma)
  end)

  it("lists the actions it reports apart, as class other", function()
    local qs = a:quotes { class = "other" }
    assert.equal(2, #qs)
    assert.equal(13, #a:quotes())
    assert.equal("discussed", qs[1].cue.text)
    assert.is_true(starts(qs[1].text, "current developments in the ongoing Afghan peace process"))
    assert.equal("Chief of Army Staff (COAS) General Qamar Javed Bajwa", qs[1].speaker_text)
    assert.equal("indirect", qs[1].kind)
    assert.equal("decided", qs[2].cue.text)
    assert.equal("to review the February 29, 2020 deal", qs[2].text)
    assert.equal("the new US administration", qs[2].speaker_text)
  end)

  it("resolves pronouns and descriptions to spans", function()
    local qs = a:quotes { class = SAID }
    local ref = {}
    for i, q in ipairs(qs) do ref[i] = q.speaker_ref and q.speaker_ref.text end
    assert.same({ "ISPR", "ISPR", "military", "ISPR", "ISPR", "ISPR", "ISPR",
      "the Russian foreign ministry", "the Russian foreign ministry",
      "A Foreign Office official" }, { table.unpack(ref, 1, 10) })
    assert.is_nil(ref[11])
    assert.equal("Foreign Office", qs[10].speaker_org.text)
  end)

  it("filters by speaker words, with pronouns and organizations", function()
    local qs = a:quotes { speaker = { "Foreign Office", "Russian ministry" } }
    assert.equal(3, #qs)
    assert.same({ "the Russian foreign ministry", "it", "A Foreign Office official" },
      { qs[1].speaker_text, qs[2].speaker_text, qs[3].speaker_text })
    assert.equal(1, #a:quotes { speaker = "foreign office" })
    assert.equal(0, #a:quotes { speaker = "ministry Russian" }) -- words in order
    assert.equal(6, #a:quotes { speaker = "ISPR" })
    assert.equal(0, #a:quotes { speaker = "Taliban" })
  end)

  it("filters by kind", function()
    assert.equal(1, #a:quotes { kind = "unattributed" })
    assert.equal(2, #a:quotes { kind = "mixed" })
    assert.equal(10, #a:quotes { kind = { "direct", "mixed", "indirect" }, class = SAID })
    assert.equal(12, #a:quotes { kind = { "direct", "mixed", "indirect" } })
    assert.equal(1, #a:quotes { kind = "mixed", speaker = "Foreign Office" })
  end)

  it("rejects bad filters", function()
    check(false, a.quotes, a, 42)
    check(false, a.quotes, a, { kind = 3 })
    check(false, a.quotes, a, { speaker = { "x", {} } })
    check(false, a.quotes, nil)
  end)

  it("reads curly, straight and nested marks in wire copy", function()
    local t = table.concat({
      "Council backs plan",
      "",
      "LONDON (Reuters) - The city council on Monday approved a plan to close two libraries.",
      "",
      "“It’s a sad day for the borough,” said Councillor Amy Park. “But we had no choice.”",
      "",
      "\"We call it 'the cut of a thousand cuts,'\" the union's branch secretary told Reuters.",
      "",
      "Residents said they would fight the closures.",
    }, "\n")
    local b = lede.parse(t)
    -- (the council's approval is an action, class other)
    local other = b:quotes { class = "other" }
    assert.equal(1, #other)
    assert.equal("a plan to close two libraries", other[1].text)
    assert.equal("The city council", other[1].speaker_text)
    local qs = b:quotes { class = { "speech" } }
    assert.equal(3, #qs)
    assert.equal("direct", qs[1].kind)
    -- split around its attribution: the words said, in two pieces
    assert.equal("It’s a sad day for the borough, But we had no choice.", qs[1].text)
    assert.equal(2, #qs[1].fragments)
    assert.equal("It’s a sad day for the borough,", qs[1].fragments[1].text)
    assert.equal("But we had no choice.", qs[1].fragments[2].text)
    assert.equal(qs[1].fragments[1].text, t:sub(qs[1].fragments[1].start, qs[1].fragments[1].stop))
    assert.equal(qs[1].start, qs[1].fragments[1].start)
    assert.equal(qs[1].stop, qs[1].fragments[2].stop)
    assert.equal("Councillor Amy Park", qs[1].speaker_text)
    assert.equal("direct", qs[2].kind)
    assert.equal("We call it 'the cut of a thousand cuts,'", qs[2].text)
    -- one piece: the fragment is the quote's own words and span
    assert.equal(1, #qs[2].fragments)
    assert.equal("We call it 'the cut of a thousand cuts,'", qs[2].fragments[1].text)
    assert.equal(qs[2].start, qs[2].fragments[1].start)
    assert.equal(qs[2].stop, qs[2].fragments[1].stop)
    assert.equal("the union's branch secretary", qs[2].speaker_text)
    assert.equal("tell", qs[2].cue.lemma)
    assert.equal("indirect", qs[3].kind)
    assert.equal("they would fight the closures", qs[3].text)
    assert.equal("Residents", qs[3].speaker_text)
    b:close()
    check(false, b.quotes, b)
  end)
end)

describe("article:quotes on reports without a named source", function()
  it("keeps the cue and leaves the speaker nil", function()
    local t = table.concat({
      "Ferry strike looms",
      "",
      "After a week of talks, the crew is expected to walk out on Monday.",
      "",
      "The offer was rejected by the union's branch secretary.",
      "",
      "Asked whether the sailings would resume, the operator declined to comment.",
    }, "\n")
    local b = lede.parse(t)
    local qs = b:quotes()
    assert.equal(4, #qs)
    assert.equal("the crew is expected to walk out on Monday", qs[1].text)
    assert.equal("indirect", qs[1].kind)
    assert.is_nil(qs[1].speaker_text)
    assert.equal("expect", qs[1].cue.lemma)
    assert.equal("The offer", qs[2].text)
    assert.equal("the union's branch secretary", qs[2].speaker_text)
    assert.equal("rejected by", qs[2].cue.text)
    assert.equal("whether the sailings would resume", qs[3].text)
    assert.is_nil(qs[3].speaker_text)
    assert.equal("to comment", qs[4].text)
    assert.equal("the operator", qs[4].speaker_text)
    assert.equal("decline", qs[4].cue.lemma)
    for _, q in ipairs(qs) do
      assert.equal(q.text, t:sub(q.start, q.stop))
    end
    b:close()
  end)
end)

describe("scripts/quotes.lua", function()
  local function run(args)
    local p = assert(io.popen("LUA_CPATH='build/?.so;;' lua5.4 scripts/quotes.lua " .. args .. " 2>&1"))
    local out = p:read("a")
    p:close()
    return out
  end

  it("prints the three quotes asked for, grouped by speaker", function()
    local out = run("--speaker 'Foreign Office' --speaker 'Russian ministry' " .. REF)
    local n = 0
    local kinds = {}
    for line in out:gmatch("[^\n]+") do
      local kind = line:match("^  (%a+)%s+¶%d")
      if kind then n = n + 1; kinds[#kinds + 1] = kind end
    end
    assert.equal(3, n)
    assert.same({ "indirect", "mixed", "mixed" }, kinds)
    assert.equal(1, out:find("Russian foreign ministry (2)\n", 1, true))
    assert.truthy(out:find("\nForeign Office (1)\n", 1, true))
    assert.truthy(out:find("A Foreign Office official", 1, true))
    -- the quote said as "it" shows the speaker as written
    assert.truthy(out:find("said       it ", 1, true))
  end)

  it("writes CSV and JSON", function()
    local csv = run("--csv --kind mixed " .. REF)
    local lines = {}
    for line in csv:gmatch("[^\r\n]+") do lines[#lines + 1] = line end
    assert.equal(3, #lines)
    assert.truthy(starts(lines[1], "id,kind,text,start,end,cue,cue_lemma,cue_class,speaker,"))
    local json = run("--json --kind unattributed " .. REF)
    assert.truthy(json:find('"text":"collective mechanism"', 1, true))
    assert.truthy(json:find('"speaker":null', 1, true))
  end)

  -- tests/eval/predict.lua writes lede's quotes as attribution relations:
  -- a paragraph that is a quotation continuing the last speaker's joins
  -- that relation; one the writer's sentence goes on after is its own.
  it("joins a continuation to its relation only when the paragraph is the quotation", function()
    local json = require "dkjson"
    local d = h.tmpdir()
    local text = table.concat({
      "Pools", "",
      "Lee said the pools “would open in June.”", "",
      "“They will stay open late,” all summer long, in Lee’s view.", "",
      "Dane said the levy “was fair to every family.”", "",
      "“It will pass.”", ""}, "\n")
    h.write(d .. "/docs.jsonl", json.encode({ id = "t", text = text }) .. "\n")
    local out, err, code = h.run("LUA_PATH='bindings/?.lua;tests/eval/?.lua;;' " ..
      "LUA_CPATH='build/?.so;;' lua5.4 tests/eval/predict.lua " .. d .. "/docs.jsonl")
    os.execute("rm -rf " .. d)
    assert.equal(0, code, err)
    local qs = json.decode(out).quotes
    local function rel(start)
      for _, q in ipairs(qs) do
        if utf8.offset(text, q.start + 1) and
            text:sub(utf8.offset(text, q.start + 1)):sub(1, #start) == start then
          return q
        end
      end
      error("no relation starting with " .. start)
    end
    local lee = rel("the pools")
    assert.equal("the pools “would open in June.”", lee.text)
    assert.equal(utf8.len(text:sub(1, text:find("June.”", 1, true) + #"June.”" - 1)), lee["end"])
    local dane = rel("the levy")
    assert.truthy(dane["end"] > utf8.len(text:sub(1, text:find("It will pass", 1, true))))
  end)
end)
