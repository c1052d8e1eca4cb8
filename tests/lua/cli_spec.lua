-- The `lede` command: output, exit codes, errors, JSON validity, --jobs.
local json = require "dkjson"
local h = require "helpers"
local LEDE, REF, tmpdir, write, read, run, lines =
  h.LEDE, h.REF, h.tmpdir, h.write, h.read, h.run, h.lines

-- Run a shell command line; returns stdout, stderr, exit code.

describe("lede", function()
  it("prints help and version", function()
    local out, _, code = run(LEDE .. " --help")
    assert.equal(0, code)
    assert.matches("usage: lede", out)
    out, _, code = run(LEDE .. " --version")
    assert.equal(0, code)
    assert.matches("^lede %d+%.%d+%.%d+", out)
    out, _, code = run(LEDE .. " json --help")
    assert.equal(0, code)
    assert.matches("%-%-jobs", out)
  end)

  it("exits 2 on usage errors", function()
    local _, err, code = run(LEDE .. " frobnicate")
    assert.equal(2, code)
    assert.matches("unknown command", err)
    _, err, code = run(LEDE .. " json --bogus " .. REF)
    assert.equal(2, code)
    assert.matches("unknown option %-%-bogus", err)
    _, err, code = run(LEDE .. " json --jobs zero " .. REF)
    assert.equal(2, code)
    _, err, code = run(LEDE .. " json --published 2021-02-30 " .. REF)
    assert.equal(2, code)
    assert.matches("not a date", err)
    _, err, code = run(LEDE .. " json")
    assert.equal(2, code)
    _, err, code = run(LEDE .. " run")
    assert.equal(2, code)
  end)
end)

describe("lede json", function()
  it("writes one valid JSON object per article with byte spans", function()
    local out, _, code = run(LEDE .. " json " .. REF)
    assert.equal(0, code)
    local ls = lines(out)
    assert.equal(1, #ls)
    local doc = assert(json.decode(ls[1]))
    local text = read(REF)
    assert.equal(REF, doc.id)
    assert.equal(#text, doc.length)
    assert.equal("2021-03-10", doc.published)
    assert.equal("ISLAMABAD", doc.dateline.text)
    assert.equal(10, #doc.paragraphs)
    for _, p in ipairs(doc.paragraphs) do
      assert.equal(p.text, text:sub(p.start + 1, p["end"]))
      for _, s in ipairs(p.sentences) do
        assert.equal(s.text, text:sub(s.start + 1, s["end"]))
      end
    end
    assert.equal(doc.title.text, text:sub(doc.title.start + 1, doc.title["end"]))
  end)

  it("gives a split quote's words without the attribution between them", function()
    local t = "Ferry fares\n\n\"We agreed on nothing,\" the harbour master replied. \"Not one thing.\"\n"
    local out, _, code = run(LEDE .. " json --text -", t)
    assert.equal(0, code)
    local q = assert(json.decode(out)).quotes[1]
    assert.equal("We agreed on nothing, Not one thing.", q.text)
    assert.equal(2, #q.fragments)
    for _, f in ipairs(q.fragments) do
      assert.equal(f.text, t:sub(f.start + 1, f["end"]))
    end
    assert.equal(q.fragments[1].start, q.start)
    assert.equal(q.fragments[2]["end"], q["end"])
    assert.equal("the harbour master", t:sub(q.speaker.start + 1, q.speaker["end"]))
  end)

  it("gives valid UTF-8 JSON for invalid input", function()
    local bad = "Title \255\254 here\n\nA body \0 with \192 bad bytes and a \"quote.\n"
    local out, _, code = run(LEDE .. " json --text -", bad)
    assert.equal(0, code)
    assert.is_truthy(utf8.len(out), "output is not valid UTF-8")
    local doc = assert(json.decode(out))
    assert.equal(#bad, doc.length)
  end)

  it("reports an unreadable file, skips it and exits 1", function()
    local d = tmpdir()
    write(d .. "/a.txt", "First story.\n\nIt has a paragraph.\n")
    os.execute("ln -s " .. d .. "/nowhere " .. d .. "/b.txt")
    write(d .. "/c.txt", "Third story.\n\nAnother paragraph here.\n")
    local out, err, code = run(LEDE .. " json " .. d .. " /nonexistent/x.txt")
    assert.equal(1, code)
    local ls = lines(out)
    assert.equal(2, #ls)
    assert.equal(d .. "/a.txt", json.decode(ls[1]).id)
    assert.equal(d .. "/c.txt", json.decode(ls[2]).id)
    assert.matches("b%.txt", err)
    assert.matches("/nonexistent/x.txt: No such file", err)
    os.execute("rm -rf " .. d)
  end)

  it("maps JSON Lines on stdin to one line per record, in order", function()
    local recs = {}
    for i = 1, 50 do
      recs[#recs + 1] = json.encode({ id = "doc" .. i, published = "2021-03-10",
        text = "Story " .. i .. ".\n\nOfficials said on Tuesday that talks would resume.\n" })
    end
    table.insert(recs, 10, "this is not json")
    table.insert(recs, 20, '{"id": "no-text"}')
    local input = table.concat(recs, "\n") .. "\n"
    for _, jobs in ipairs({ 1, 3 }) do
      local out, err, code = run(LEDE .. " json --jobs " .. jobs .. " -", input)
      assert.equal(1, code)
      local ls = lines(out)
      assert.equal(#recs, #ls)
      for i, l in ipairs(ls) do
        local doc = assert(json.decode(l))
        if i == 10 then
          assert.matches("invalid JSON", doc.error)
        elseif i == 20 then
          assert.equal("no-text", doc.id)
          assert.matches("no \"text\"", doc.error)
        else
          assert.equal(json.decode(recs[i]).id, doc.id)
          assert.equal("2021-03-10", doc.published)
        end
      end
      assert.matches("invalid JSON", err)
    end
  end)

  it("gives the same output with --jobs as with one job", function()
    local d = tmpdir()
    local text = read(REF)
    for i = 1, 40 do
      os.execute("mkdir -p " .. d .. "/s" .. (i % 3))
      write(string.format("%s/s%d/%03d.txt", d, i % 3, i),
        i % 2 == 0 and text or ("Story " .. i .. "\n\nBy Jane Smith\n\nLONDON (Reuters) - A body paragraph " .. i .. " said more.\n"))
    end
    local one, _, c1 = run(LEDE .. " json " .. d)
    local two, _, c2 = run(LEDE .. " json -j 2 " .. d)
    local four, _, c4 = run(LEDE .. " json --jobs=4 " .. d)
    assert.same({ 0, 0, 0 }, { c1, c2, c4 })
    assert.equal(40, #lines(one))
    assert.equal(one, two)
    assert.equal(one, four)
    os.execute("rm -rf " .. d)
  end)

  it("reads a .jsonl file and takes --published for records without one", function()
    local d = tmpdir()
    write(d .. "/docs.jsonl", json.encode({ id = 7, text = "A story.\n\nMore text here.\n" }) .. "\n")
    local out, _, code = run(LEDE .. " json --published 2020-02-29 " .. d .. "/docs.jsonl")
    assert.equal(0, code)
    local doc = json.decode(out)
    assert.equal("7", doc.id)
    assert.equal("2020-02-29", doc.published)
    os.execute("rm -rf " .. d)
  end)
end)

describe("lede run and repl", function()
  it("runs a script with the module loaded and its arguments", function()
    local d = tmpdir()
    write(d .. "/s.lua", 'local lede = require "lede"\nlocal a = assert(lede.open(arg[1]))\nprint(a.dateline, #a.paragraphs, select("#", ...))\n')
    local out, _, code = run(LEDE .. " run " .. d .. "/s.lua " .. REF)
    assert.equal(0, code)
    assert.equal("ISLAMABAD\t10\t1\n", out)
    write(d .. "/bad.lua", 'error("boom")\n')
    local _, err
    _, err, code = run(LEDE .. " run " .. d .. "/bad.lua")
    assert.equal(1, code)
    assert.matches("boom", err)
    -- More arguments than the Lua stack holds at first: each is on it.
    write(d .. "/n.lua", 'print(#arg, select("#", ...), arg[300], (select(300, ...)))\n')
    local many = {}
    for i = 1, 300 do many[i] = "a" .. i end
    out, _, code = run(LEDE .. " run " .. d .. "/n.lua " .. table.concat(many, " "))
    assert.equal(0, code)
    assert.equal("300\t300\ta300\ta300\n", out)
    os.execute("rm -rf " .. d)
  end)

  it("keeps every value whole while its memory is freed, reused and resized", function()
    -- Strings and tables of every size around the small-block limit,
    -- half of them dropped and collected, then new ones made over the
    -- freed memory; each is checked against what it was built from.
    local d = tmpdir()
    write(d .. "/heap.lua", [[
local keep, t = {}, {}
for n = 1, 600 do
  keep[n] = string.rep(string.char(65 + n % 26), n) .. n
  t[#t + 1] = { n = n, s = keep[n], list = {} }
  for k = 1, n % 40 do t[#t].list[k] = k * n end
end
for n = 1, 600, 2 do keep[n], t[n] = nil, nil end
collectgarbage()
local again = {}
for n = 1, 600 do again[n] = { string.rep("x", n), n } end
local bad = 0
for n = 2, 600, 2 do
  local s = keep[n]
  if s ~= string.rep(string.char(65 + n % 26), n) .. n then bad = bad + 1 end
  if t[n].n ~= n or t[n].s ~= s or #t[n].list ~= n % 40 then bad = bad + 1 end
  for k = 1, n % 40 do if t[n].list[k] ~= k * n then bad = bad + 1 end end
end
for n = 1, 600 do
  if #again[n][1] ~= n or again[n][2] ~= n then bad = bad + 1 end
end
local grow = {}
for i = 1, 5000 do grow[i] = i end
local sum, len = 0, 0
for i = 1, #grow do sum = sum + grow[i] end
for n = 2, 600, 2 do len = len + #keep[n] end
print(bad, sum, len)
warn("not shown: warnings start off")
warn("@on")
warn("shown ", "in two parts")
]])
    local out, err, code = run(LEDE .. " run " .. d .. "/heap.lua")
    assert.equal(0, code)
    -- 5000 * 5001 / 2; the kept strings: even n from 2 to 600, each n
    -- letters and the digits of n (1 for 2..8, 2 for 10..98, 3 for 100..600)
    local len = 0
    for n = 2, 600, 2 do len = len + n + #tostring(n) end
    assert.equal("0\t12502500\t" .. len .. "\n", out)
    assert.equal("Lua warning: shown in two parts\n", err)
    os.execute("rm -rf " .. d)
  end)

  it("evaluates expressions and statements in the REPL", function()
    local out, _, code = run(LEDE .. " repl",
      'a = lede.parse("Title here now\\n\\nA first paragraph that is long enough to be prose.\\n")\n' ..
      "for i = 1,\n2 do x = i end\nx\n#a.paragraphs\nnosuch.field\n")
    assert.equal(0, code)
    assert.equal("2\n1\n", out)
  end)
end)

describe("lede report, quotes, mentions, dates", function()
  local subs = { "report", "quotes", "mentions", "dates" }

  it("answer --help and reject bad options and missing input", function()
    for _, sub in ipairs(subs) do
      local out, _, code = run(LEDE .. " " .. sub .. " --help")
      assert.equal(0, code, sub)
      assert.matches("usage:", out)
      local _, err
      _, err, code = run(LEDE .. " " .. sub .. " --bogus " .. REF)
      assert.equal(2, code, sub)
      assert.matches("unknown option %-%-bogus", err)
      _, err, code = run(LEDE .. " " .. sub)
      assert.equal(2, code, sub)
      out, err, code = run(LEDE .. " " .. sub .. " /nonexistent/x.txt " .. REF)
      assert.equal(1, code, sub)
      assert.matches("/nonexistent/x.txt: No such file or directory", err)
      assert.is_true(#out > 0, sub .. " printed nothing for the readable file")
    end
  end)

  it("write JSON that parses back and valid UTF-8 for invalid input", function()
    local d = tmpdir()
    write(d .. "/bad.txt", "Storm \255 hits coast\n\nBy Jane \254Smith\n\n" ..
      "LONDON (Reuters) - \"We are ready \192,\" the mayor said on Tuesday.\n")
    for _, sub in ipairs(subs) do
      for _, f in ipairs({ REF, d .. "/bad.txt" }) do
        local out, _, code = run(LEDE .. " " .. sub .. " --json " .. f)
        assert.equal(0, code, sub)
        assert.is_truthy(utf8.len(out), sub .. ": output is not valid UTF-8")
        assert.is_truthy(json.decode(out), sub .. ": output is not JSON")
        out, _, code = run(LEDE .. " " .. sub .. " --csv " .. f)
        assert.equal(0, code, sub)
        assert.is_truthy(utf8.len(out), sub .. ": CSV is not valid UTF-8")
      end
    end
    os.execute("rm -rf " .. d)
  end)

  it("quotes, mentions and dates give what the hand analysis says", function()
    local out = run(LEDE .. " quotes --json --speaker 'Foreign Office' " .. REF)
    local qs = json.decode(out)
    assert.equal(1, #qs)
    assert.equal("mixed", qs[1].kind)
    assert.equal("A Foreign Office official", qs[1].speaker.text)
    out = run(LEDE .. " mentions --json --term Afghan --term Afghanistan " .. REF)
    local m = json.decode(out)
    local terms = {}
    for _, t in ipairs(m.terms) do terms[t.term] = t.count end
    assert.same({ Afghan = 10, Afghanistan = 3 }, terms)
    out = run(LEDE .. " dates --csv " .. REF)
    assert.matches("2021%-03%-09", out)
    assert.matches("2020%-09", out)
  end)
end)
