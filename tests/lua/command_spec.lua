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
