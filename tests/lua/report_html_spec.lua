-- `lede report --html` and scripts/htmlreport.lua: one article marked up,
-- a corpus as charts, every byte of article text escaped, valid HTML5, and
-- the pages as headless Chromium draws them.
local lede = require "lede"
local h = require "helpers"
local LEDE, REF, write, run, read = h.LEDE, h.REF, h.write, h.run, h.read

package.path = "scripts/?.lua;" .. package.path
local htmlreport = require "htmlreport"

-- Under `make asan` the sanitizer runtime is preloaded; other programs
-- started from here must not inherit it.
local CLEAN = "env -u LD_PRELOAD -u ASAN_OPTIONS -u LSAN_OPTIONS "

local function have(cmd)
  return os.execute("command -v " .. cmd .. " >/dev/null 2>&1") == true
end

-- Debian's python3 (with python3-html5lib, when installed) over another on PATH.
local PYTHON = (os.execute("test -x /usr/bin/python3") == true and "/usr/bin/python3")
  or (have("python3") and "python3") or nil
-- $CHROMIUM names another browser binary (one that is not there: none).
local CHROMIUM = os.getenv("CHROMIUM")
if CHROMIUM then
  if not have(CHROMIUM) then CHROMIUM = nil end
else
  CHROMIUM = (have("chromium") and "chromium") or (have("chromium-browser") and "chromium-browser") or nil
end

local HTML5LIB = PYTHON and os.execute(CLEAN .. PYTHON .. " -c 'import html5lib' 2>/dev/null") == true

-- The text of an HTML fragment as a reader sees it.
local function unescape(s)
  return (s:gsub("&(#?%w+);", function(e)
    if e == "amp" then return "&" elseif e == "lt" then return "<" elseif e == "gt" then return ">"
    elseif e == "quot" then return '"' elseif e:match("^#%d+$") then return utf8.char(tonumber(e:sub(2))) end
  end))
end

local function strip(s)
  return unescape((s:gsub('<small class="val">.-</small>', ""):gsub('<span class="pn">.-</span> ', "")
    :gsub('<span class="part">.-</span> ', ""):gsub("<[^>]*>", "")))
end

local function count(s, pattern)
  local n = 0
  for _ in s:gmatch(pattern) do n = n + 1 end
  return n
end

-- Five short articles over three days: a budget in London, two storms
-- reported by the Met Office, two stories about the Harbour Authority in
-- which Jane Porter is quoted.
local function corpus()
  local d = h.tmpdir()
  write(d .. "/a.txt", "Council approves budget\n\nBy Jane Smith\n\nPublished: 10 Mar 2021\n\n" ..
    "LONDON (Reuters) - The city council approved the budget on Tuesday after a long debate.\n\n" ..
    "The vote was close, officials said.\n")
  write(d .. "/b.txt", "Storm closes schools\n\nBy Ali Khan\n\nPublished: 11 Mar 2021\n\n" ..
    "DUBLIN (AP) — Schools across Ireland closed on Thursday as a storm arrived, the Met Office said.\n")
  write(d .. "/c.txt", "Second storm expected\n\nBy Ali Khan\n\nPublished: 11 Mar 2021\n\n" ..
    "DUBLIN (AP) — Forecasters warned on Thursday that a second storm would hit Ireland, the Met Office said.\n")
  write(d .. "/d.txt", "Dockers end strike at Felixstowe\n\nBy Tom Hale\n\nPublished: 12 Mar 2021\n\n" ..
    "FELIXSTOWE — Dockers returned to work on Friday after the Harbour Authority agreed to a new pay offer.\n\n" ..
    "\"We got what we asked for,\" said Jane Porter, who leads the dockers.\n\n" ..
    "The Harbour Authority said the port would be back to normal within a week.\n")
  write(d .. "/e.txt", "Harbour Authority faces fine over spill\n\nBy Tom Hale\n\nPublished: 12 Mar 2021\n\n" ..
    "FELIXSTOWE — The Harbour Authority could be fined after oil leaked into the estuary, regulators said on Friday.\n\n" ..
    "\"Nobody told us for three days,\" said Jane Porter.\n\n" ..
    "A spokesman for the Harbour Authority declined to comment.\n")
  return d
end

-- A page defaced with markup, an ampersand, bytes that are not UTF-8 and a NUL.
local EVIL = "Hackers target <b>city</b> website & council\n\nBy Jo Reed\n\nPublished: 4 May 2022\n\n" ..
  "LEEDS: The council said on Monday that its website had been defaced.\n\n" ..
  "\"They wrote <script>alert('x')</script> all over the front page & nobody noticed,\" said " ..
  "Mark Ellison, the council's IT chief.\n\n" ..
  "The page showed \255\254 odd bytes\0 and a \"quoted <img src=x onerror=alert(1)> tag\" for an hour.\n"

-- The table under figure `id`, as rows of cell texts.
local function figure_rows(page, id)
  local fig = assert(page:match('<figure id="' .. id .. '">(.-)</figure>'), "no figure " .. id)
  local body = assert(fig:match("<tbody>(.-)</tbody>"))
  local rows = {}
  for tr in body:gmatch("<tr>(.-)</tr>") do
    local r = {}
    for td in tr:gmatch("<td[^>]*>(.-)</td>") do r[#r + 1] = strip(td) end
    rows[#rows + 1] = r
  end
  return rows, fig
end

describe("report --html", function()
  local dir
  before_each(function() dir = h.tmpdir() end)
  after_each(function() os.execute("rm -rf " .. dir) end)

  it("marks one article's text: quotes by speaker, entities, dates with their values", function()
    local out, err, code = run(LEDE .. " report --html " .. dir .. "/a.html " .. REF)
    assert.equal(0, code)
    assert.equal("", out .. err)
    local page = read(dir .. "/a.html")
    assert.matches("^<!DOCTYPE html>", page)
    assert.truthy(page:find("<title>Gen Qamar holds talks on Afghan peace process during Bahrain visit</title>", 1, true))
    -- Paragraph 2: the ISPR's statement, reported; "on Tuesday" in an
    -- article of Wednesday 10 March 2021 is 9 March.
    local ispr = page:match('<span class="quote (s%d+)" id="q%d+" title="Speaker: ISPR · as written: ' ..
      'military’s media wing, the ISPR · cue: said in a statement · kind: indirect · class: speech">')
    assert.truthy(ispr)
    assert.truthy(page:find('<span class="date" title="DATE: 2021-03-09">Tuesday<small class="val">2021-03-09</small></span>', 1, true))
    -- Paragraph 8: the Foreign Office official, in a colour of its own.
    local fo = page:match('<span class="quote (s%d+)" id="q%d+" title="Speaker: Foreign Office · ' ..
      'as written: A Foreign Office official · cue: said · kind: mixed · class: speech">')
    assert.truthy(fo)
    assert.not_equal(ispr, fo)
    assert.truthy(page:find('<span class="speaker ' .. fo .. '" title="Speaker: Foreign Office">A ' ..
      '<span class="ent t-organization"', 1, true))
    -- The side list names each speaker with its colour and count.
    assert.truthy(page:find('<li><span class="swatch ' .. ispr .. '"></span>ISPR <span class="muted">6 quotes (6 indirect)</span></li>', 1, true))
    -- Tables: the army chief's names, and the timeline in time order.
    local row = page:match("<tr><td><span class=\"ent t%-person\">person</span></td><td>Qamar Javed Bajwa</td>(.-)</tr>")
    assert.truthy(row)
    assert.matches('<td class="n">4</td>', row)
    assert.matches("COAS", row)
    assert.matches("army chief", row)
    local feb = page:find("<tr><td>2020-02-29</td><td>DATE</td><td>February 29, 2020</td>", 1, true)
    local mar = page:find("<tr><td>2021-03-18</td><td>DATE</td><td>March 18</td>", 1, true)
    assert.truthy(feb and mar and feb < mar)
    -- Marking loses no text: every block reads as in the article.
    local a = lede.open(REF)
    local blocks = {}
    for tag, inner in page:gmatch('<(%w+) class="blk [%w]+">(.-)</%1>') do blocks[#blocks + 1] = strip(inner) end
    assert.equal(#a.blocks, #blocks)
    for i, b in ipairs(a.blocks) do assert.equal(b.text, blocks[i]) end
    a:close()
  end)

  it("escapes all article text and keeps the page valid UTF-8", function()
    write(dir .. "/evil.txt", EVIL)
    local _, _, code = run(LEDE .. " report --html " .. dir .. "/evil.html " .. dir .. "/evil.txt")
    assert.equal(0, code)
    local page = read(dir .. "/evil.html")
    assert.falsy(page:find("<script", 1, true))
    assert.falsy(page:find("<img", 1, true))
    assert.falsy(page:find("<b>", 1, true))
    assert.truthy(page:find("<title>Hackers target &lt;b&gt;city&lt;/b&gt; website &amp; council</title>", 1, true))
    -- Mark Ellison's quote, shown as text.
    assert.truthy(page:find("They wrote &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; all over the front page &amp; nobody noticed", 1, true))
    assert.truthy(utf8.len(page))
    assert.falsy(page:find("\0", 1, true))
    assert.truthy(page:find("The page showed \u{FFFD}\u{FFFD} odd bytes\u{FFFD} and", 1, true))
  end)

  it("draws a corpus: per day, entities, mentions over time, speakers, events, who about whom", function()
    local d = corpus()
    local _, err, code = run(LEDE .. " report --html " .. dir .. "/c.html " .. d)
    os.execute("rm -rf " .. d)
    assert.equal(0, code, err)
    local page = read(dir .. "/c.html")
    assert.truthy(page:find("<title>lede report: 5 articles</title>", 1, true))
    local rows, fig = figure_rows(page, "per%-day")
    assert.same({ { "2021-03-10", "1" }, { "2021-03-11", "2" }, { "2021-03-12", "2" } }, rows)
    assert.equal(3, count(fig, '<rect class="bar"'))
    assert.matches('<text class="axis%-label"[^>]*>Articles</text>', fig)
    assert.matches('<text class="axis%-label"[^>]*>Publication day</text>', fig)
    -- The Harbour Authority: title, two mentions in d, three in e.
    rows, fig = figure_rows(page, "entities")
    assert.same({ "Harbour Authority", "organization", "5", "2" }, rows[1])
    assert.matches('<text class="label"[^>]*>Harbour Authority</text>', fig)
    -- Over the three days, five series of three points each.
    rows, fig = figure_rows(page, "mentions%-over%-time")
    assert.equal(3, #rows)
    assert.same({ "2021-03-12", "5" }, { rows[3][1], rows[3][2] })
    assert.equal(15, count(fig, '<circle class="point"'))
    assert.equal(5, count(fig, '<polyline class="line"'))
    -- Every quote here is introduced by "said": speech, whether quoted
    -- (Jane Porter) or reported (the Met Office); "officials" is no one.
    rows, fig = figure_rows(page, "speakers")
    local by = {}
    for _, r in ipairs(rows) do by[r[1]] = { table.unpack(r, 2) } end
    assert.same({ "2", "2", "0", "0", "0" }, by["Jane Porter"])
    assert.same({ "2", "2", "0", "0", "0" }, by["Met Office"])
    assert.is_nil(by.officials)
    assert.matches("<th>speech %(said, told%)</th><th>writing</th><th>thought</th><th>other cues</th>", fig)
    -- Thursday 11 March 2021 is cited by both storm stories.
    rows = figure_rows(page, "events")
    local cited = {}
    for _, r in ipairs(rows) do cited[r[1]] = r[2] end
    assert.equal("2", cited["2021-03-11"])
    assert.equal("1", cited["2021-03-09"])
    assert.equal("2", cited["2021-03-12"])
    -- A date line says when a story ran, not what it is about.
    assert.is_nil(cited["2021-03-10"])
    -- Jane Porter is quoted in both Harbour Authority stories.
    rows, fig = figure_rows(page, "who%-about%-whom")
    assert.same({ "Jane Porter", "2" }, rows[1])
    assert.matches("<title>Jane Porter in articles about Harbour Authority: 2</title>", fig)
  end)

  it("refuses bad options and an unwritable page before reading anything", function()
    local _, err, code = run(LEDE .. " report --html " .. dir .. "/x.html --json " .. REF)
    assert.equal(2, code)
    assert.matches("%-%-html excludes", err)
    _, err, code = run(LEDE .. " report --html " .. REF)
    assert.equal(2, code)
    _, err, code = run(LEDE .. " report --html " .. dir .. "/no/such/dir/x.html " .. REF)
    assert.equal(1, code)
    assert.matches("no/such/dir/x%.html", err)
    local out
    out, _, code = run(LEDE .. " report --html - " .. REF)
    assert.equal(0, code)
    assert.matches("^<!DOCTYPE html>.*</html>\n$", out)
  end)
end)

describe("htmlreport from Lua", function()
  it("writes a list of articles, or one added at a time", function()
    local dir = h.tmpdir()
    local a = lede.open(REF)
    local b = lede.parse(EVIL)
    assert.is_true(htmlreport.write({ a }, dir .. "/one.html"))
    assert.truthy(read(dir .. "/one.html"):find("<h2 class=\"blk title\">Gen ", 1, true))
    assert.is_true(htmlreport.write({ { a, "first" }, { b, "second" } }, dir .. "/two.html", { top = 3 }))
    local page = read(dir .. "/two.html")
    assert.truthy(page:find("<title>lede report: 2 articles</title>", 1, true))
    -- --top 3: three bars of entities.
    local _, fig = figure_rows(page, "entities")
    assert.equal(3, count(fig, '<rect class="bar"'))
    local r = htmlreport.new({ title = "Two & more" })
    r:add(a, "first")
    r:add(b)
    -- The mayor writes, speaks and believes: one quote in each class.
    local c = lede.parse("Mayor defends plan\n\nPublished: 3 Feb 2022\n\nMayor Dana Wells wrote on her " ..
      "blog that the plan would cut traffic. \"It will work,\" Wells said on Tuesday. Wells believes " ..
      "the plan will pass.\n")
    r:add(c, "third")
    c:close()
    page = r:render()
    assert.truthy(page:find("<title>Two &amp; more</title>", 1, true))
    local wells
    for _, row in ipairs(figure_rows(page, "speakers")) do
      if row[1] == "Dana Wells" then wells = { table.unpack(row, 2) } end
    end
    assert.same({ "3", "1", "1", "1", "0" }, wells)
    assert.has_error(function() htmlreport.write(a, dir .. "/x.html") end, "htmlreport.write: articles must be a list")
    assert.has_error(function() htmlreport.write({ "text" }, dir .. "/x.html") end,
      "htmlreport.write: item 1 is not a lede article")
    assert.has_error(function() htmlreport.new({ top = 0 }) end, "htmlreport.new: top must be a positive number")
    assert.has_error(function() r:add("text") end, "htmlreport: add needs a lede article")
    local ok, msg = htmlreport.write({ a }, dir .. "/no/such/x.html")
    assert.is_nil(ok)
    assert.matches("no/such/x%.html", msg)
    a:close()
    b:close()
    os.execute("rm -rf " .. dir)
  end)

  it("is found by `lede run` scripts", function()
    local dir = h.tmpdir()
    write(dir .. "/page.lua", 'local r = require("htmlreport").new()\n' ..
      'r:add(lede.open(arg[1]), arg[1])\nassert(r:write(arg[2]))\n')
    local _, err, code = run(LEDE .. " run " .. dir .. "/page.lua " .. REF .. " " .. dir .. "/p.html")
    assert.equal(0, code, err)
    assert.truthy(read(dir .. "/p.html"):find("<title>Gen Qamar holds talks", 1, true))
    os.execute("rm -rf " .. dir)
  end)
end)

-- The three pages above, for the validator and the browser.
local function pages(dir)
  local d = corpus()
  write(dir .. "/evil.txt", EVIL)
  assert.equal(0, select(3, run(LEDE .. " report --html " .. dir .. "/article.html " .. REF)))
  assert.equal(0, select(3, run(LEDE .. " report --html " .. dir .. "/evil.html " .. dir .. "/evil.txt")))
  assert.equal(0, select(3, run(LEDE .. " report --html " .. dir .. "/corpus.html " .. d)))
  os.execute("rm -rf " .. d)
end

describe("report --html pages", function()
  local dir
  before_each(function() dir = h.tmpdir() end)
  after_each(function() os.execute("rm -rf " .. dir) end)

  if not PYTHON then
    it("validate as HTML5", function()
      pending("python3 is not installed: the pages' HTML was not validated")
    end)
  else
    it("validate as HTML5: every element closed, no parse error, no script", function()
      pages(dir)
      local out, err, code = run(CLEAN .. PYTHON .. " tests/html_check.py " .. dir .. "/article.html " ..
        dir .. "/evil.html " .. dir .. "/corpus.html")
      assert.equal("", out .. err)
      assert.equal(0, code)
      -- The checker does catch what it is for.
      write(dir .. "/bad.html", "<!DOCTYPE html><html><head><title>t</title></head><body><div><p>a</div></body></html>")
      out, _, code = run(CLEAN .. PYTHON .. " tests/html_check.py " .. dir .. "/bad.html")
      assert.equal(1, code)
      assert.matches("</div> closes <p>", out)
    end)
    if not HTML5LIB then
      it("parse without error by the HTML5 algorithm", function()
        pending("python3-html5lib is not installed: checked tag balance only")
      end)
    end
  end
end)

-- Width and height of a PNG file, from its header.
local function png_size(path)
  local s = read(path)
  assert.equal("\137PNG\r\n\26\n", s:sub(1, 8))
  local w, hgt = string.unpack(">I4I4", s, 17)
  return w, hgt, #s
end

describe("report --html in headless Chromium", function()
  if not CHROMIUM then
    it("renders the pages", function()
      pending("chromium is not installed (apt-get install chromium): the pages were not rendered")
    end)
    return
  end
  local dir
  before_each(function() dir = h.tmpdir() end)
  after_each(function() os.execute("rm -rf " .. dir) end)

  -- Runs Chromium on a page; returns stdout and its console messages.
  local function chromium(args, page)
    local out, err = run(CLEAN .. "timeout 120 " .. CHROMIUM .. " --headless --no-sandbox --disable-gpu " ..
      "--no-first-run --hide-scrollbars --user-data-dir=" .. dir .. "/profile " ..
      "--enable-logging=stderr --v=0 " .. args .. " file://" .. page)
    local console = {}
    for line in err:gmatch("[^\n]+") do
      if line:find(":CONSOLE", 1, true) then console[#console + 1] = line end
    end
    return out, console
  end

  -- Screenshots stay in $LEDE_SHOTS when it is set.
  local function shot(name, page, w, hgt)
    local path = (os.getenv("LEDE_SHOTS") or dir) .. "/" .. name .. ".png"
    local _, console = chromium("--window-size=" .. w .. "," .. hgt .. " --screenshot=" .. path, page)
    assert.same({}, console)
    local pw, ph, bytes = png_size(path)
    assert.equal(w, pw)
    assert.equal(hgt, ph)
    return bytes
  end

  it("reports console messages, so a clean run means something", function()
    write(dir .. "/noisy.html", "<!DOCTYPE html><html><head><title>t</title></head><body>" ..
      "<script>console.error('lede-check')</script></body></html>")
    local _, console = chromium("--dump-dom", dir .. "/noisy.html")
    assert.equal(1, #console)
    assert.matches("lede%-check", console[1])
    -- Our pages allow no script at all: one smuggled in is refused, loudly.
    pages(dir)
    local page = read(dir .. "/article.html"):gsub("</main>", "<script>document.title='x'</script></main>")
    write(dir .. "/smuggled.html", page)
    _, console = chromium("--dump-dom", dir .. "/smuggled.html")
    assert.equal(1, #console)
    assert.matches("Content Security Policy", console[1])
  end)

  it("draws the article: marks, colours per speaker, tables; no console errors", function()
    pages(dir)
    local src = read(dir .. "/article.html")
    local dom, console = chromium("--dump-dom", dir .. "/article.html")
    assert.same({}, console)
    -- Every mark made it into the DOM where the source put it.
    -- (eleven quotes and two reported actions)
    assert.equal(13, count(src, '<span class="quote s%d+" id="q'))
    assert.equal(13, count(dom, '<span class="quote s%d+" id="q'))
    assert.equal(count(src, '<span class="ent t%-'), count(dom, '<span class="ent t%-'))
    assert.equal(count(src, '<span class="date"'), count(dom, '<span class="date"'))
    assert.truthy(dom:find('title="DATE: 2021-03-09">Tuesday<small class="val">2021-03-09</small>', 1, true))
    assert.truthy(#dom > #src / 2)
    assert.truthy(shot("article", dir .. "/article.html", 1200, 1600) > 50000)
    -- The defaced page: its markup is text in the DOM too.
    dom, console = chromium("--dump-dom", dir .. "/evil.html")
    assert.same({}, console)
    assert.falsy(dom:find("<script", 1, true))
    assert.truthy(dom:find("They wrote &lt;script&gt;alert('x')&lt;/script&gt; all over", 1, true))
  end)

  it("draws the corpus charts: bars, points, lines, labels, cells; no console errors", function()
    pages(dir)
    local src = read(dir .. "/corpus.html")
    local dom, console = chromium("--dump-dom", dir .. "/corpus.html")
    assert.same({}, console)
    local function fig(id) return assert(dom:match('<figure id="' .. id .. '">(.-)</figure>'), id) end
    assert.equal(3, count(fig("per%-day"), '<rect class="bar"'))
    assert.equal(15, count(fig("mentions%-over%-time"), '<circle class="point"'))
    assert.equal(5, count(fig("mentions%-over%-time"), '<polyline class="line"'))
    assert.equal(6, count(fig("entities"), '<rect class="bar"'))
    assert.matches('<text class="label"[^>]*>Harbour Authority</text>', fig("entities"))
    assert.matches('<text class="axis%-label"[^>]*>Mentions</text>', fig("entities"))
    assert.matches('<rect class="cell"', fig("who%-about%-whom"))
    assert.truthy(fig("events"):find('<rect class="bar"'))
    assert.truthy(fig("speakers"):find('<g class="legend">'))
    -- Each chart keeps its table.
    assert.equal(6, count(dom, '<details class="data">'))
    assert.equal(count(src, "<rect "), count(dom, "<rect "))
    assert.equal(count(src, "<text "), count(dom, "<text "))
    assert.truthy(shot("corpus", dir .. "/corpus.html", 1200, 2400) > 50000)
    -- Printed, the charts' tables open: more pages than with them folded.
    local function pdf_pages(page)
      local _, pconsole = chromium("--no-pdf-header-footer --print-to-pdf=" .. dir .. "/p.pdf", page)
      assert.same({}, pconsole)
      local pdf = read(dir .. "/p.pdf")
      assert.equal("%PDF", pdf:sub(1, 4))
      local pages = 0
      for n in pdf:gmatch("/Count (%d+)") do pages = math.max(pages, tonumber(n)) end
      return pages
    end
    local folded = src:gsub("details%.data::details%-content{[^}]*}", "")
    assert.not_equal(src, folded)
    write(dir .. "/folded.html", folded)
    assert.truthy(pdf_pages(dir .. "/corpus.html") > pdf_pages(dir .. "/folded.html"))
  end)
end)
