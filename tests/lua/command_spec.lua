-- The command's options and edge cases: quotes --exact, report on one
-- input, binary input, blank JSON Lines, corpus totals.
local json = require "dkjson"
local h = require "helpers"
local LEDE, REF, run, write, tmpdir = h.LEDE, h.REF, h.run, h.write, h.tmpdir

describe("lede quotes", function()
  it("--exact matches whole speaker names", function()
    local function n(args)
      local out, err, code = run(LEDE .. " quotes --json " .. args .. " " .. REF)
      assert.equal(0, code, err)
      return #json.decode(out)
    end
    assert.equal(1, n("--speaker Office"))
    assert.equal(0, n("--speaker Office --exact"))
    assert.equal(1, n("--speaker 'foreign office' --exact"))
    local _, err, code = run(LEDE .. " quotes --exact " .. REF)
    assert.equal(2, code)
    assert.matches("needs %-%-speaker", err)
  end)
end)

describe("JSON Lines input", function()
  it("is read strictly, one output line per input line, blank ones too", function()
    local recs = {
      '{"id": "ok", "text": "A title\\n\\nBody text here.\\n"}',
      '{"id": tru, "text": "x"}',
      '{"text": "a",}',
      '',
      '[1, 2]',
      '{"id": 12, "text": "nul \\u0000 kept"}',
      '   ',
      '{"id": "pub", "text": "x", "published": 20210310}',
    }
    local out, err, code = run(LEDE .. " json --jsonl -", table.concat(recs, "\n") .. "\n")
    assert.equal(1, code)
    local ls = {}
    for l in out:gmatch("([^\n]*)\n") do ls[#ls + 1] = json.decode(l) end
    assert.equal(#recs, #ls)
    assert.equal("ok", ls[1].id)
    assert.is_nil(ls[1].error)
    assert.matches("invalid JSON: invalid token near 'tru'", ls[2].error)
    assert.matches("invalid JSON", ls[3].error)
    assert.is_nil(ls[3].error:find("not a JSON object", 1, true))
    assert.equal("<stdin>:4", ls[4].id)
    assert.matches("blank line", ls[4].error)
    assert.matches("not a JSON object", ls[5].error)
    assert.equal("12", ls[6].id)
    assert.equal(#"nul \0 kept", ls[6].length)
    assert.matches("blank line", ls[7].error)
    assert.equal("pub", ls[8].id)
    assert.matches('"published" is not a string', ls[8].error)
    assert.matches("<stdin>:2: invalid JSON", err)
  end)
end)

describe("one JSON schema", function()
  it("lede quotes and lede dates give lede json's objects", function()
    local text = h.read(REF)
    local doc = json.decode((run(LEDE .. " json " .. REF)))
    local qs = json.decode((run(LEDE .. " quotes --json " .. REF)))
    assert.equal(#doc.quotes, #qs)
    for i, q in ipairs(qs) do
      assert.equal(REF, q.id)
      local e = doc.quotes[i].speaker_entity
      assert.equal(e and doc.entities[e + 1].name, q.speaker_name)
      q.id, q.speaker_name = nil, nil
      assert.same(doc.quotes[i], q)
      -- 0-based start, exclusive end
      assert.equal(q.text, text:sub(q.start + 1, q["end"]))
      assert.is_nil(q.stop)
    end
    -- CSV: the same fields, flattened
    local csv = run(LEDE .. " quotes --csv --kind mixed " .. REF)
    local header = csv:match("^([^\r\n]+)")
    assert.equal("id,kind,text,start,end,cue,cue_lemma,cue_class,speaker,speaker_start,speaker_end,speaker_name,speaker_via,part,paragraph", header)
    local m
    for _, q in ipairs(doc.quotes) do if q.kind == "mixed" then m = q break end end
    assert.truthy(csv:find("," .. m.start .. "," .. m["end"] .. "," .. m.cue.text .. ",", 1, true))
    -- dates: the objects of lede json, in time order, with their sentence
    local tl = json.decode((run(LEDE .. " dates --json " .. REF)))
    assert.equal(REF, tl[1].id)
    local by = {}
    for _, d in ipairs(doc.dates) do by[d.start] = d end
    for _, d in ipairs(tl[1].dates) do
      assert.is_string(d.sentence)
      d.sentence = nil
      assert.same(by[d.start], d)
      assert.equal(d.text, text:sub(d.start + 1, d["end"]))
    end
  end)
end)
