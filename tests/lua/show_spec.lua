-- What the REPL shows: one-line summaries (__tostring) of every object,
-- pairs(a) on the article, lede.type, lede.help.
local lede = require "lede"
local h = require "helpers"
local LEDE, REF, run = h.LEDE, h.REF, h.run

local TEXT = "Council backs new park\n\nBy Ann Lee\n\nPublished: 4 May 2022\n\n" ..
  "LEEDS - The city council approved a new park on Tuesday.\n\n" ..
  "\"This is a good day for the city,\" said Mayor Tom Reed.\n\n" ..
  "Reed said the work would start in June.\n"

-- "bytes i-j" for the first occurrence of s in TEXT.
local function bytes(s)
  local i, j = TEXT:find(s, 1, true)
  return string.format("bytes %d-%d", i, j)
end

describe("summaries", function()
  local a = lede.parse(TEXT)

  it("an article and a paragraph", function()
    assert.equal('lede.article: "Council backs new park" (2022-05-04, 3 paragraphs, 3 sentences)', tostring(a))
    local p = a.paragraphs[3]
    assert.equal("lede.paragraph 3 (1 sentence, " .. bytes("Reed said the work would start in June.") ..
      "): Reed said the work would start in June.", tostring(p))
  end)

  it("a quote with its speaker and cue", function()
    local q = a:quotes{ kind = "direct" }[1]
    assert.equal('lede.quote [direct] Tom Reed: "This is a good day for the city,"', tostring(q))
    assert.equal("lede.cue said [say] (" .. bytes("said") .. ")", tostring(q.cue))
    assert.equal("quote", lede.type(q))
    assert.equal("cue", lede.type(q.cue))
    local none = lede.parse("A title here\n\nThe so-called \"miracle\" drug was withdrawn from shops on Monday.\n")
    assert.matches('^lede%.quote %[unattributed%] %(no speaker%): "miracle"$', tostring(none:quotes()[1]))
  end)

  it("an entity and its mentions", function()
    local e = a:entity("Tom Reed")
    -- "Reed said ...": the surname alone, opening a sentence, is the mayor.
    assert.equal("lede.entity [person] Tom Reed (2 mentions; aka Reed)", tostring(e))
    assert.equal("lede.mention [name] Tom Reed (body ¶2, " .. bytes("Tom Reed") .. ")", tostring(e.mentions[1]))
    assert.equal("lede.mention [name] LEEDS (dateline, " .. bytes("LEEDS") .. ")", tostring(a:entity("Leeds").mentions[1]))
    assert.equal("entity", lede.type(e))
    assert.equal("mention", lede.type(e.mentions[1]))
  end)

  it("aliases other than the name", function()
    local b = lede.parse("Talks in Vienna\n\nThe World Health Organization (WHO) met in Vienna. " ..
      "The WHO said the meeting would go on.\n")
    local who = b:entity("WHO")
    assert.equal("lede.entity [organization] World Health Organization (2 mentions; aka WHO)", tostring(who))
  end)

  it("a date and a sentence", function()
    local d = a:dates()[2]
    assert.equal('lede.date [DATE] 2022-05-03 "Tuesday" (body ¶1, ' .. bytes("Tuesday") .. ")", tostring(d))
    assert.equal("date", lede.type(d))
    local s = a.paragraphs[1].sentences[1]
    assert.equal("lede.sentence " .. s.index .. " (body ¶1, " .. bytes("The city council approved a new park on Tuesday.") ..
      "): The city council approved a new park on Tuesday.", tostring(s))
    assert.equal("sentence", lede.type(s))
  end)

  it("stays on one line, cut, with no control bytes", function()
    local long = "Title\n\n\"" .. string.rep("word\1\tnext ", 40) .. "\" said Jane Smith.\n"
    local q = lede.parse(long):quotes()[1]
    local s = tostring(q)
    assert.is_nil(s:find("[%c]"))
    assert.is_true(utf8.len(s) < 120)
    assert.matches("…\"$", s)
  end)
end)

describe("the article", function()
  it("lists its fields with pairs", function()
    local a = lede.parse(TEXT)
    local keys = {}
    for k, v in pairs(a) do
      keys[#keys + 1] = k
      assert.equal(a[k], v)
    end
    assert.same({ "title", "byline", "published", "dateline", "authors", "captions",
      "related", "boilerplate", "blocks", "paragraphs", "text" }, keys)
    a:close()
    assert.has_error(function() for _ in pairs(a) do end end, "attempt to use a closed lede article")
  end)
end)

describe("help", function()
  it("lede.help prints the API, also from the REPL", function()
    assert.matches("a:quotes%(%[filter%]%)", lede._HELP)
    local out, _, code = run(LEDE .. " repl", "help()\nlede.help()\n")
    assert.equal(0, code)
    local _, n = out:gsub("a:entities%(%[filter%]%)", "")
    assert.equal(2, n)
    out, _, code = run(LEDE .. " repl --help")
    assert.equal(0, code)
    assert.matches("^usage: lede %[repl%]", out)
    assert.matches("history", out)
    local _, err
    _, err, code = run(LEDE .. " repl extra")
    assert.equal(2, code)
    assert.matches("unexpected argument", err)
  end)

  it("names only what exists", function()
    local a = lede.parse(TEXT)
    local n = 0
    for name in lede._HELP:gmatch("lede%.([%a_]+)") do
      if name ~= "help" then
        assert.is_not_nil(lede[name], "lede." .. name)
        n = n + 1
      end
    end
    for name in lede._HELP:gmatch("a:([%a_]+)%(") do
      assert.is_function(a[name], "a:" .. name)
      n = n + 1
    end
    local c = lede.corpus()
    for name in lede._HELP:gmatch("c:([%a_]+)%(") do
      assert.is_function(c[name], "c:" .. name)
    end
    for field in lede._HELP:match("article fields: (.-)%(pairs"):gmatch("%a+") do
      assert.is_true(a[field] ~= nil or field == "standfirst" or field == "agency", field)
    end
    assert.is_true(n > 15)
  end)

  it("the REPL prints summaries and lists item by item", function()
    local out = run(LEDE, 'a = lede.open("' .. REF .. '")\na:quotes{kind = "mixed"}\n')
    assert.matches("^table: 0x%x+ %(2 items%)\n  %[1%] lede%.quote %[mixed%] [^\n]+\n  %[2%] lede%.quote %[mixed%] Foreign Office: \"Pakistan would attend", out)
  end)
end)
