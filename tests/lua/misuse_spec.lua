-- Misuse of the Lua module: callbacks and metamethods that close the
-- article or hand back short-lived strings, absurd lengths, a replaced
-- standard library, a damaged metatable, hostile folders. Each must give a
-- Lua error or a right answer, never a memory error (make asan runs this).
local lede = require "lede"
local h = require "helpers"

local ARTICLE = table.concat({
  "Port authority names new chief",
  "",
  "By Ruth Okafor",
  "",
  "KISUMU, March 9, 2021 - The Lake Basin Port Authority (LBPA) named "
    .. "Daniel Mwangi as its chief on Tuesday.",
  "",
  '"We will dredge the harbour by June," Mwangi said. The LBPA said '
    .. "that the work would take three years.",
  "",
  "Grace Mwangi, a fisherman, said the plan came too late.",
}, "\n")

-- A table whose every read runs f first, then answers from t with a
-- fresh copy of any string: nothing else holds the copy (strings over 40
-- bytes are not interned, so give long ones to test that).
local PAD = (" "):rep(48)
local function proxy(t, f)
  return setmetatable({}, {
    __index = function(_, k)
      f()
      local v = t[k]
      if type(v) == "string" then v = table.concat({ v }) end
      return v
    end,
    __len = function() f(); return #t end,
  })
end

-- A collector that runs a whole cycle at every allocation, so a string
-- nothing holds is freed at once.
local function eager_gc()
  collectgarbage("incremental", 0, 1000, 20)
  collectgarbage("restart")
end
local function normal_gc()
  collectgarbage("incremental", 200, 100, 13)
end

local function errs(pattern, fn, ...)
  local ok, err = pcall(fn, ...)
  assert.is_false(ok)
  assert.matches(pattern, tostring(err))
end

describe("callbacks that close the article", function()
  for _, m in ipairs({ "dates", "timeline" }) do
    it("a:" .. m .. "(filter) raises when the filter closes it", function()
      local a = lede.parse(ARTICLE, { published = "2021-03-10" })
      assert.is_true(#a[m](a) > 0)
      errs("closed", a[m], a, function() a:close(); return true end)
    end)
  end

  it("a:quotes(filter) raises when reading the filter closes it", function()
    local a = lede.parse(ARTICLE)
    errs("closed", a.quotes, a, proxy({ kind = "direct" }, function() a:close() end))
    a = lede.parse(ARTICLE)
    errs("closed", a.quotes, a, { kind = proxy({ "direct" }, function() a:close() end) })
  end)

  it("a:entities(filter) raises when reading the filter closes it", function()
    local a = lede.parse(ARTICLE)
    errs("closed", a.entities, a, proxy({ name = "LBPA" }, function() a:close() end))
  end)

  it("a:count(term, opts) raises when reading opts closes it", function()
    local a = lede.parse(ARTICLE)
    errs("closed", a.count, a, "Mwangi", proxy({ case = true }, function() a:close() end))
  end)
end)

describe("strings handed back by metamethods", function()
  local noop = function() end
  before_each(eager_gc)
  after_each(normal_gc)

  it("lede.parse keeps the published option alive", function()
    local a = lede.parse(ARTICLE, proxy({ published = "2021-03-10T09:30:00+03:00" .. PAD }, noop))
    assert.equal("2021-03-10", a.published)
    -- "on Tuesday" resolved against it: the Tuesday before, March 9
    local found
    for _, d in ipairs(a:dates()) do
      if d.text:find("Tuesday") then found = d.value end
    end
    assert.equal("2021-03-09", found)
  end)

  it("a:quotes keeps kind and speaker strings alive", function()
    local a = lede.parse(ARTICLE)
    local direct = a:quotes({ kind = proxy({ "direct" }, noop) })
    assert.equal(1, #direct)
    assert.equal("We will dredge the harbour by June,", direct[1].text)
    -- (the LBPA named its chief, an action, and said the work would take
    -- three years)
    local q = a:quotes(proxy({ speaker = "LBPA" .. PAD }, noop))
    assert.equal(2, #q)
    q = a:quotes({ speaker = proxy({ "Lake Basin" .. PAD }, noop) })
    assert.is_true(#q >= 1)
    for _, x in ipairs(q) do assert.equal("indirect", x.kind) end
  end)

  it("a:entities keeps type and name strings alive", function()
    local a = lede.parse(ARTICLE)
    local e = a:entities(proxy({ name = "LBPA" .. PAD }, noop))
    assert.equal(1, #e)
    assert.equal("Lake Basin Port Authority", e[1].name)
    local people = a:entities(proxy({ type = "person" }, noop))
    for _, p in ipairs(people) do assert.equal("person", p.type) end
  end)

  it("lede.inputs keeps paths alive", function()
    local d = h.tmpdir()
    h.write(d .. "/one.txt", ARTICLE)
    local names = {}
    local path = d .. ("/."):rep(30) .. "/one.txt"
    for item in lede.inputs(proxy({ path }, noop)) do
      names[#names + 1] = item.name
      assert.equal(ARTICLE, item.text)
    end
    assert.same({ path }, names)
    os.execute("rm -rf " .. d)
  end)
end)

describe("lengths", function()
  for _, n in ipairs({ -1, 2 ^ 61 // 1, math.maxinteger, math.mininteger }) do
    it("lede.inputs refuses a __len of " .. n, function()
      local t = setmetatable({}, { __len = function() return n end })
      errs("paths", lede.inputs, t)
    end)
    it("a:quotes refuses a kind list of length " .. n, function()
      local a = lede.parse(ARTICLE)
      local t = setmetatable({}, { __len = function() return n end })
      errs("filter.kind", a.quotes, a, { kind = t })
    end)
  end

  it("the sentences iterator takes any control value", function()
    local a = lede.parse(ARTICLE)
    local f, s = a:sentences()
    local k, sent = f(s, math.maxinteger)
    assert.equal(math.mininteger, k)
    assert.is_string(sent.text)
    errs("number expected", f, s, "x")
  end)
end)

describe("a replaced standard library", function()
  it("lede.json sorts keys without table.sort", function()
    local sort = table.sort
    table.sort = function() error("not this one") end
    local ok, out = pcall(lede.json, { b = 1, a = { y = true, x = "s" }, aa = { 1, 2 } })
    table.sort = sort
    assert.is_true(ok, out)
    assert.equal('{"a":{"x":"s","y":true},"aa":[1,2],"b":1}', out)
  end)
end)

describe("a damaged metatable", function()
  it("an article works without __methods, and says so for methods", function()
    local a = lede.parse(ARTICLE)
    local mt = getmetatable(a)
    local methods = mt.__methods
    mt.__methods = nil
    local ok1, title = pcall(function() return a.title end)
    local ok2, m = pcall(function() return a.dates end)
    local ok3 = pcall(function() return a:dates() end)
    mt.__methods = 42
    local ok4, t4 = pcall(function() return a.title end)
    mt.__methods = methods
    assert.is_true(ok1)
    assert.equal("Port authority names new chief", title)
    assert.is_true(ok2)
    assert.is_nil(m)
    assert.is_false(ok3)
    assert.is_true(ok4)
    assert.equal(title, t4)
    assert.is_function(a.dates)
  end)
end)

describe("hostile folders", function()
  it("walks a folder of symlinks to itself once", function()
    local d = h.tmpdir()
    h.write(d .. "/story.txt", ARTICLE)
    for i = 1, 6 do os.execute(string.format("ln -s . %s/loop%d", d, i)) end
    os.execute(string.format("ln -s %s %s/back", d, d))
    local n = 0
    for item in lede.inputs({ d }) do
      n = n + 1
      assert.equal(ARTICLE, item.text)
    end
    assert.equal(1, n)
    os.execute("rm -rf " .. d)
  end)

  it("skips a FIFO named *.txt instead of blocking on it", function()
    local d = h.tmpdir()
    h.write(d .. "/a.txt", ARTICLE)
    assert.is_true(os.execute("mkfifo " .. d .. "/b.txt"))
    local names = {}
    for item in lede.inputs({ d }) do names[#names + 1] = item.name end
    assert.same({ d .. "/a.txt" }, names)
    os.execute("rm -rf " .. d)
  end)
end)

describe("article memory", function()
  it("is seen by the collector: unclosed parses do not pile up", function()
    local text = ARTICLE .. "\n\n"
    text = text:rep(math.ceil(65536 / #text)):sub(1, 65536)
    local alive = setmetatable({}, { __mode = "k" })
    for _ = 1, 400 do alive[lede.parse(text)] = true end
    local open = 0
    for a in pairs(alive) do
      if not tostring(a):find("closed") then open = open + 1 end
    end
    -- Each article holds several hundred KB; the collector, told so,
    -- keeps only a few alive (without the hint: several hundred).
    assert.is_true(open < 40, open .. " articles still open")
  end)
end)
