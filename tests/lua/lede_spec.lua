-- The Lua module: parsing, fields, paragraphs, sentences, errors, lifetimes.
local lede = require "lede"
local h = require "helpers"
local REF, read =
  h.REF, h.read

describe("lede.parse", function()
  it("reads the layout of an article", function()
    local a = lede.parse(read(REF))
    assert.equal("Gen Qamar holds talks on Afghan peace process during Bahrain visit", a.title)
    assert.equal("Issues of mutual interest and regional security situation were also discussed with Bahrain leadership, says ISPR", a.standfirst)
    assert.equal("Our Correspondent", a.byline)
    assert.equal("2021-03-10", a.published)
    assert.equal("ISLAMABAD", a.dateline)
    assert.is_nil(a.agency)
    assert.equal(1, #a.authors)
    assert.same({ "Our Correspondent", "staff" }, { a.authors[1].name, a.authors[1].kind })
    assert.equal(1, #a.captions)
    assert.equal("ISPR", a.captions[1].credit)
    assert.equal(1, #a.related)
    assert.equal("Also read: Moscow to host Afghan peace talks on 18th", a.related[1].text)
    assert.equal(4, #a.boilerplate)
    assert.equal(10, #a.paragraphs)
  end)

  it("gives positions usable with string.sub", function()
    local text = read(REF)
    local a = lede.parse(text)
    for _, p in ipairs(a.paragraphs) do
      assert.equal(p.text, text:sub(p.start, p.stop))
      local s, e = p:span()
      assert.same({ p.start, p.stop }, { s, e })
      for _, s in ipairs(p.sentences) do
        assert.equal(s.text, text:sub(s.start, s.stop))
        assert.equal(p.index, s.paragraph)
      end
    end
    local s, e = a:span("title")
    assert.equal(a.title, text:sub(s, e))
    assert.equal(a.captions[1].credit, text:sub(a.captions[1].credit_start, a.captions[1].credit_stop))
    assert.equal(text, a.text)
  end)

  it("iterates over the body's sentences", function()
    local a = lede.parse(read(REF))
    local n, last = 0, 0
    for i, s in a:sentences() do
      n = n + 1
      assert.equal(n, i)
      assert.equal("body", s.part)
      assert.is_true(s.start > last)
      last = s.start
    end
    -- 1+1+2+1+1+1+1+1+1+3 by the hand analysis
    assert.equal(13, n)
    assert.equal(2, #a.paragraphs[3].sentences)
    assert.equal(3, #a.paragraphs[10].sentences)
  end)

  it("gives a paragraph's sentences as one table, kept", function()
    local a = lede.parse(read(REF))
    local p = a.paragraphs[3]
    local ss = p.sentences
    assert.equal(ss, p.sentences)
    assert.equal(ss, a.paragraphs[3].sentences)
    assert.equal(2, #ss)
    assert.equal(a.text:sub(ss[2].start, ss[2].stop), ss[2].text)
    assert.are_not.equal(ss, a.paragraphs[10].sentences)
    -- a paragraph keeps its article alive: its sentences can be made
    -- once nothing else holds the article
    local q = lede.parse(read(REF)).paragraphs[10]
    collectgarbage(); collectgarbage()
    assert.equal(3, #q.sentences)
    assert.is_string(q.sentences[3].text)
  end)

  it("takes the publication date as an option", function()
    local a = lede.parse("Talks ended on Tuesday.\n", { published = "2020-01-02" })
    assert.equal("2020-01-02", a.published)
    local b = lede.parse(read(REF), { published = "2022-12-31" })
    assert.equal("2022-12-31", b.published)
  end)

  it("leaves absent fields nil", function()
    local a = lede.parse("Officials met in the capital on Monday to discuss the budget, which has been delayed for months. No agreement was reached.\n")
    assert.is_nil(a.title)
    assert.is_nil(a.standfirst)
    assert.is_nil(a.byline)
    assert.is_nil(a.published)
    assert.is_nil(a.dateline)
    assert.same({}, a.authors)
    assert.same({}, a.captions)
    assert.equal(1, #a.paragraphs)
    assert.equal(2, #a.paragraphs[1].sentences)
  end)

  it("accepts any bytes and keeps them", function()
    for _, s in ipairs({ "", "\0\0\0", "\255\254 abc", ("\"x "):rep(10000),
                         "A\r\nB\rC\n", ("word "):rep(100000) }) do
      local a = lede.parse(s)
      assert.equal(s, a.text)
      for _, p in ipairs(a.paragraphs) do
        assert.equal(p.text, s:sub(p.start, p.stop))
      end
    end
  end)
end)

describe("errors", function()
  it("raises on a wrong argument type", function()
    local ok, err = pcall(lede.parse, 42)
    assert.is_false(ok)
    assert.matches("bad argument #1 to 'lede.parse' %(string expected, got number%)", err)
    ok, err = pcall(lede.parse, "x", "2021-03-10")
    assert.is_false(ok)
    assert.matches("table expected", err)
    ok, err = pcall(lede.parse, "x", { published = 20210310 })
    assert.is_false(ok)
    assert.matches("published", err)
    ok, err = pcall(lede.parse, "x", { published = "2021-02-29" })
    assert.is_false(ok)
    assert.matches("YYYY%-MM%-DD", err)
    ok, err = pcall(lede.open)
    assert.is_false(ok)
    assert.matches("bad argument #1", err)
  end)

  it("returns nil and a message for a file it cannot open, like io.open", function()
    local a, msg, code = lede.open("/nonexistent/article.txt")
    assert.is_nil(a)
    assert.matches("^/nonexistent/article.txt: ", msg)
    assert.is_number(code)
    local io_a, io_msg = io.open("/nonexistent/article.txt")
    assert.equal(io_msg, msg)
    a, msg = lede.open("/")
    assert.is_nil(a)
    assert.is_string(msg)
  end)

  it("opens a readable file", function()
    local a = assert(lede.open(REF))
    assert.equal(10, #a.paragraphs)
  end)

  it("refuses to modify an article", function()
    local a = lede.parse("x")
    assert.has_error(function() a.title = "y" end)
  end)
end)

describe("lifetimes", function()
  it("keeps the article alive while a paragraph is held", function()
    local p = lede.parse(read(REF)).paragraphs[2]
    collectgarbage()
    collectgarbage()
    assert.matches("^The army chief held", p.text)
    assert.equal(2, p.index)
    assert.equal("article", lede.type(p.article))
  end)

  it("frees early with <close>, and a closed article says so", function()
    local p
    do
      local a <close> = lede.parse(read(REF))
      p = a.paragraphs[1]
      assert.equal(10, #a.paragraphs)
    end
    local ok, err = pcall(function() return p.text end)
    assert.is_false(ok)
    assert.matches("closed", err)
    assert.matches("closed", tostring(p))
  end)

  it("closing twice is harmless", function()
    local a = lede.parse("x")
    a:close()
    a:close()
    assert.equal("lede.article (closed)", tostring(a))
  end)
end)

describe("printing", function()
  it("shows title, date and counts", function()
    local a = lede.parse(read(REF))
    local s = tostring(a)
    assert.matches("Gen Qamar holds talks", s, 1, true)
    assert.matches("2021%-03%-10", s)
    assert.matches("10 paragraphs", s)
    assert.matches("13 sentences", s)
    local p = tostring(a.paragraphs[3])
    assert.matches("^lede.paragraph 3 %(2 sentences", p)
    assert.matches("During the meetings", p, 1, true)
  end)

  it("names its types", function()
    local a = lede.parse("x")
    assert.equal("article", lede.type(a))
    assert.is_nil(lede.type({}))
    assert.matches("^lede %d", lede._VERSION)
  end)
end)
