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

-- A small article of our own, with its date in a JSON Lines record or not.
local STORY = "Budget passes after long debate\n\nBy Ann Lee\n\n" ..
  "The council approved the budget on Monday, the mayor said.\n\n" ..
  "\"It was a long night,\" said councillor Ruth Obi.\n"

local function no_controls(s)
  return not s:find("[%z\1-\8\11-\31\127]") and not s:find("\194[\128-\159]")
end

describe("lede report", function()
  it("takes --published for records without a date", function()
    local d = tmpdir()
    write(d .. "/one.jsonl", json.encode({ id = "budget", text = STORY }) .. "\n")
    local out, err, code = run(LEDE .. " report --published 2022-05-04 " .. d .. "/one.jsonl")
    assert.equal(0, code, err)
    -- a one-record .jsonl is one article: reported in full
    assert.matches("^Budget passes after long debate\n", out)
    assert.matches("\npublished%s+2022%-05%-04\n", out)
    -- Monday before Wednesday 4 May 2022
    assert.matches("2022%-05%-02", out)
    local _, err2, code2 = run(LEDE .. " report --published 2022-02-30 " .. d .. "/one.jsonl")
    assert.equal(2, code2)
    assert.matches("not a date", err2)
    os.execute("rm -rf " .. d)
  end)

  it("reports a single - in full, and fails on nothing readable", function()
    local out, _, code = run(LEDE .. " report -", STORY)
    assert.equal(0, code)
    assert.matches("^Budget passes after long debate\n", out)
    local err
    out, err, code = run(LEDE .. " report /nonexistent")
    assert.equal(1, code)
    assert.equal("", out)
    assert.matches("/nonexistent: No such file", err)
    out, err, code = run(LEDE .. " report --json /nonexistent /nonexistent2")
    assert.equal(1, code)
    assert.equal("", out)
  end)

  it("skips binary input with a message and prints no control characters", function()
    local d = tmpdir()
    local bin = { "\127ELF\2\1\1\0\0\0\0\0\0\0\0\0" }
    for i = 0, 2000 do bin[#bin + 1] = string.char(i % 256, 0, 0, 0) end
    write(d .. "/prog.txt", table.concat(bin))
    write(d .. "/esc.txt", "Title \27[31mred\27[0m and \7 bell\n\nBy Ann Lee\n\n" ..
      "The \27]0;pwned\7 council met on Monday, \194\155 the mayor said.\n")
    local out, err, code = run(LEDE .. " report " .. d .. "/prog.txt " .. d .. "/esc.txt")
    assert.equal(1, code)
    assert.matches("prog%.txt: binary data, not text %(skipped%)", err)
    assert.is_true(no_controls(out), out)
    out, err, code = run(LEDE .. " report " .. d .. "/esc.txt")
    assert.equal(0, code, err)
    assert.matches("^Title \u{FFFD}%[31mred", out)
    assert.is_true(no_controls(out), out)
    for _, sub in ipairs({ "quotes", "mentions", "dates" }) do
      out = run("LEDE_COLOR=always " .. LEDE .. " " .. sub .. " " .. d .. "/esc.txt")
      assert.is_true(no_controls(out), sub)
    end
    os.execute("rm -rf " .. d)
  end)
end)

describe("tables on a terminal", function()
  it("wrap the text column to the width, losing no word", function()
    local out = run("LEDE_COLOR=always COLUMNS=70 " .. LEDE .. " quotes --kind mixed " .. REF)
    for l in out:gmatch("[^\n]+") do
      assert.is_true(utf8.len(l) <= 70, l)
    end
    local words = out:gsub("%s+", " ")
    assert.truthy(words:find("Pakistan would attend the Moscow meeting as it \"supports all efforts that contribute towards peace\" in Afghanistan", 1, true), out)
  end)
end)

describe("corpus commands", function()
  it("quotes over a folder ends with totals", function()
    local d = tmpdir()
    write(d .. "/a.txt", STORY)
    write(d .. "/b.txt", "Second story here\n\n\"We are ready,\" said councillor Ruth Obi on Tuesday.\n")
    local out, _, code = run(LEDE .. " quotes " .. d)
    assert.equal(0, code)
    local qs = json.decode((run(LEDE .. " quotes --json " .. d)))
    local who = {}
    for _, q in ipairs(qs) do who[q.speaker_name or (q.speaker and q.speaker.text) or "?"] = true end
    local n = 0
    for _ in pairs(who) do n = n + 1 end
    assert.matches(string.format("\n%d quotes by %d speakers in 2 articles\n", #qs, n), out)
    assert.matches("\nRuth Obi%s+2%s+2\n", out)
    os.execute("rm -rf " .. d)
  end)

  it("mentions --per-file names files below their common folder", function()
    local d = tmpdir()
    os.execute("mkdir -p " .. d .. "/x/y")
    write(d .. "/x/a.txt", STORY)
    write(d .. "/x/y/b.txt", "Second story here\n\n\"We are ready,\" said councillor Ruth Obi on Tuesday.\n")
    local out = run(LEDE .. " mentions --per-file " .. d .. "/x")
    local header = out:match("^([^\n]+)")
    assert.matches("  a%.txt  +y/b%.txt$", header)
    assert.is_nil(header:find(d, 1, true))
    os.execute("rm -rf " .. d)
  end)
end)

describe("lede json options", function()
  it("are read as getopt_long reads them", function()
    local one = run(LEDE .. " json " .. REF)
    for _, args in ipairs({ "-j2 " .. REF, "--jobs=2 " .. REF, REF .. " --jobs 2 -q",
                            "-qj 2 " .. REF, "--quiet -- " .. REF }) do
      local out, err, code = run(LEDE .. " json " .. args)
      assert.equal(0, code, args .. ": " .. err)
      assert.equal(one, out, args)
    end
    local _, err, code = run(LEDE .. " json -j")
    assert.equal(2, code)
    assert.matches("%-j needs a value", err)
    _, err, code = run(LEDE .. " json -- -x")
    assert.equal(1, code)
    assert.matches("%-x: No such file", err)
  end)
end)

describe("messages", function()
  it("show no control characters from file names", function()
    local bad = "/nonexistent/a\27[31mred\7.txt"
    for _, sub in ipairs({ "json", "report", "quotes" }) do
      local _, err, code = run(LEDE .. " " .. sub .. " '" .. bad .. "'")
      assert.equal(1, code, sub)
      assert.matches("No such file", err)
      assert.is_true(no_controls(err:gsub("\n", "")), sub .. ": " .. err)
    end
  end)
end)
