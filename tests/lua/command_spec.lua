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
