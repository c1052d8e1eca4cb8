-- Web pages from Lua and the command: lede.parse_html, lede.open telling a
-- page by its name or its first bytes (gzip too), page fields, html_span,
-- and JSON Lines records carrying "html".
local lede = require "lede"
local h = require "helpers"
local LEDE, read, run, write, tmpdir = h.LEDE, h.read, h.run, h.write, h.tmpdir

local PAGE = "tests/html/jsonld-news.html"
local TITLE = "Harbour bridge reopens after storm repairs"

describe("web pages", function()
  it("lede.parse_html reads the page's story and metadata", function()
    local a = lede.parse_html(read(PAGE))
    assert.equal(TITLE, a.title)
    assert.equal("2024-03-12", a.published)
    assert.equal("https://ledger.example/news/2024/03/harbour-bridge-reopens", a.url)
    assert.equal("https://ledger.example/news/harbour-bridge-reopens", a.canonical)
    assert.equal("The Coastal Ledger", a.site_name)
    assert.same({ value = TITLE, source = "json-ld" }, a.meta.title)
    assert.same({ value = "The Coastal Ledger", source = "opengraph" }, a.meta.site_name)
    assert.same({ { name = "Marta Quell", source = "json-ld" },
                  { name = "Ollie Brandt", source = "json-ld" } }, a.meta.authors)
    assert.equal(5, #a.paragraphs)
    assert.matches("^The harbour bridge reopened", a.paragraphs[1].text)
    assert.is_nil(a.text:find("cookies", 1, true))
  end)

  it("a given publication date wins over the page's", function()
    local a = lede.parse_html(read(PAGE), { published = "2024-04-01" })
    assert.equal("2024-04-01", a.published)
  end)

  it("html_span gives each paragraph's place in the page", function()
    local html = read(PAGE)
    local a = lede.parse_html(html)
    for _, p in ipairs(a.paragraphs) do
      local i, j = a:html_span(p)
      local got = html:sub(i, j):gsub("<[^>]*>", ""):gsub("%s+", " ")
      assert.equal(p.text, got)
    end
    local i, j = a:html_span(1) -- block 1: the headline
    assert.equal(TITLE, html:sub(i, j))
    assert.is_nil(lede.parse("Just text.\n"):html_span(1))
  end)

  it("lede.open tells a page by name, by content, and inside gzip", function()
    local d = tmpdir()
    local html = read(PAGE)
    write(d .. "/page.txt", "\n  " .. html) -- content: starts like HTML
    os.execute("gzip -c " .. PAGE .. " > " .. d .. "/page.html.gz")
    os.execute("gzip -c " .. PAGE .. " > " .. d .. "/page.gz")
    write(d .. "/frag.htm", "<p>The council met on Monday to approve the budget for the year.</p>")
    for _, f in ipairs({ "page.txt", "page.html.gz", "page.gz" }) do
      local a = assert(lede.open(d .. "/" .. f))
      assert.equal(TITLE, a.title, f)
      assert.equal(5, #a.paragraphs, f)
    end
    local frag = assert(lede.open(d .. "/frag.htm"))
    assert.equal("The council met on Monday to approve the budget for the year.", frag.text)
    write(d .. "/bad.html.gz", "\31\139\8\0garbage")
    local ok, msg = lede.open(d .. "/bad.html.gz")
    assert.is_nil(ok)
    assert.matches("bad.html.gz", msg)
    os.execute("rm -rf " .. d)
  end)

  it("the command reads pages in folders and JSON Lines records with html", function()
    local d = tmpdir()
    os.execute("mkdir -p " .. d .. "/site && cp " .. PAGE .. " " .. d .. "/site/a.html")
    os.execute("gzip -c " .. PAGE .. " > " .. d .. "/site/b.htm.gz")
    local out, err, code = run(LEDE .. " json " .. d .. "/site")
    assert.equal(0, code, err)
    local n = 0
    for line in out:gmatch("[^\n]+") do
      n = n + 1
      local j = lede.decode(line)
      assert.equal(TITLE, j.title.text)
      assert.equal("json-ld", j.page.meta.published.source)
      assert.equal("2024-03-12T06:30:00Z", j.page.meta.published.value)
      assert.equal("Ollie Brandt", j.page.authors[2].name)
    end
    assert.equal(2, n)
    local rec = lede.json({ id = "p1", html = read(PAGE) })
    out, err, code = run(LEDE .. " json -", rec .. "\n")
    assert.equal(0, code, err)
    local j = lede.decode(out)
    assert.equal("p1", j.id)
    assert.equal(TITLE, j.title.text)
    os.execute("rm -rf " .. d)
  end)
end)
