-- The README's examples, taken from README.md as written and run: the REPL
-- session, the one-liner, the Lua snippets and the command lines.
local h = require "helpers"
local LEDE, REF, read, run, write, tmpdir = h.LEDE, h.REF, h.read, h.run, h.write, h.tmpdir

-- The README's indented code blocks, each a list of lines without the
-- four-space indent.
local function blocks()
  local out, cur = {}, nil
  for line in (read("README.md") .. "\n"):gmatch("([^\n]*)\n") do
    local code = line:match("^    (.*)$")
    if code then
      if not cur then
        cur = {}
        out[#out + 1] = cur
      end
      cur[#cur + 1] = code
    elseif line:match("%S") then
      cur = nil
    end
  end
  return out
end

local function find_block(pred)
  for _, b in ipairs(blocks()) do
    if pred(b) then return b end
  end
  error("README block not found")
end


-- Every line of want appears in got, in order.
local function in_order(want, got)
  local pos = 1
  for _, w in ipairs(want) do
    local i, j = got:find(w, pos, true)
    assert(i, "missing from the output: " .. w .. "\n--- output:\n" .. got)
    pos = j + 1
  end
end

describe("README", function()
  it("REPL session gives the outputs it shows", function()
    local b = find_block(function(b) return b[1]:match("^%$ LUA_CPATH=") end)
    local cmd = b[1]:gsub("^%$ ", "")
    local input, want = {}, {}
    for i = 2, #b do
      local l = b[i]
      if l:match("^> ") then input[#input + 1] = l:sub(3)
      else want[#want + 1] = l end
    end
    assert.is_true(#want >= 3)
    local out, err, code = run(cmd .. " -i", table.concat(input, "\n") .. "\n")
    assert.equal(0, code, err)
    assert.equal("", err)
    in_order(want, out)
    -- The last line walks the sentences: the first one's text shows.
    assert.matches("1\tChief of Army Staff (COAS) General", out, 1, true)
  end)

  it("one-liner after make install prints the article", function()
    local b = find_block(function(b) return b[1]:match("^%$ lua5%.4 %-l lede") end)
    local out, err, code = run('LUA_CPATH="build/?.so;;" ' .. b[1]:gsub("^%$ ", ""))
    assert.equal(0, code, err)
    assert.equal(b[2] .. "\n", out)
  end)

  it("Lua snippets run against the example article", function()
    local n = 0
    for _, b in ipairs(blocks()) do
      local src = table.concat(b, "\n")
      if src:match("^for ") or src:match("^print%(") or src:match("^local c = lede") then
        n = n + 1
        local d = tmpdir()
        write(d .. "/s.lua", 'local lede = require "lede"\nlocal a = assert(lede.open("' .. REF .. '"))\n' .. src .. "\n")
        local out, err, code = run('LUA_CPATH="build/?.so;;" lua5.4 ' .. d .. "/s.lua")
        os.execute("rm -rf " .. d)
        assert.equal(0, code, src .. "\n" .. err)
        assert.is_true(#out > 0, src)
      end
    end
    assert.is_true(n >= 6, "found " .. n .. " snippets")
  end)

  it("command lines on the example article run", function()
    local n = 0
    for _, b in ipairs(blocks()) do
      for _, l in ipairs(b) do
        local cmd = l:match("^(build/lede[^#]*)")
        cmd = cmd and cmd:gsub("%s+$", "")
        if cmd and not cmd:match("myscript") and not cmd:match("articles/ >") and cmd ~= "build/lede" then
          n = n + 1
          local out, err, code = run(cmd)
          assert.equal(0, code, cmd .. "\n" .. err)
          assert.matches("Gen Qamar holds talks", out, 1, true)
        end
      end
    end
    assert.is_true(n >= 1)
    -- lede json over a folder, as the README writes it, into a file.
    local d = tmpdir()
    os.execute("mkdir -p " .. d .. "/articles && cp " .. REF .. " " .. d .. "/articles/")
    local out, err, code = run("(cd " .. d .. " && " .. os.getenv("PWD") .. "/build/lede json --jobs 2 articles/ > articles.jsonl && wc -l < articles.jsonl)")
    os.execute("rm -rf " .. d)
    assert.equal(0, code, err)
    assert.equal("1", out:match("%d+"))
  end)

  it("`lede run` gives a script the global lede", function()
    local d = tmpdir()
    write(d .. "/myscript.lua", 'print(lede.open(arg[1]).dateline, ...)\n')
    local out, err, code = run(LEDE .. " run " .. d .. "/myscript.lua " .. REF .. " x")
    os.execute("rm -rf " .. d)
    assert.equal(0, code, err)
    assert.equal("ISLAMABAD\t" .. REF .. "\tx\n", out)
  end)

  it("lists the packages the Makefile and CI install", function()
    local function set(s)
      local t = {}
      for w in s:gmatch("[%w%.%-]+") do t[#t + 1] = w end
      table.sort(t)
      return t
    end
    local mk = read("Makefile"):match("\nDEBIAN_PKGS = (.-[^\\])\n"):gsub("\\\n", " ")
    local readme = read("README.md"):match("Both install what is missing %(`(.-)`%)"):gsub("\n", " ")
    local ci = read(".ci/run"):match("apt%-get install %-y %-qq (.-)>/dev/null"):gsub("\\\n", " ")
    assert.same(set(mk), set(readme))
    local in_ci = {}
    for _, p in ipairs(set(ci)) do in_ci[p] = true end
    for _, p in ipairs(set(mk)) do assert.is_true(in_ci[p], p .. " is not in .ci/run") end
  end)

  it("states facts the code keeps", function()
    local lede = require "lede"
    local readme = read("README.md")
    -- Every status in lede.h is in the README's error list.
    for st in read("core/lede.h"):match("typedef enum {(.-)} lede_status;"):gmatch("LEDE_E%u+") do
      assert.truthy(readme:find("`" .. st .. "`", 1, true), st)
    end
    local a = lede.parse("Talks resume in Geneva\n\nBy Jane Smith\n\n" ..
      "GENEVA (Reuters) - The World Health Organization said on Monday that talks would resume.\n\n" ..
      "Read more: Geneva hosts a new round\n")
    -- aliases include the entity's own name
    local who = a:entity("World Health Organization")
    assert.same({ "World Health Organization" }, who.aliases)
    -- related links (and the dateline) count toward entities
    assert.equal(1, #a.related)
    local geneva, parts = a:entity("Geneva"), {}
    for _, m in ipairs(geneva.mentions) do parts[#parts + 1] = m.part end
    assert.same({ "title", "dateline", "related" }, parts)
    assert.equal(3, geneva.count)
    -- lede.version and lede._VERSION
    assert.matches("^%d+%.%d+%.%d+$", lede.version)
    assert.equal("lede " .. lede.version, lede._VERSION)
    -- lede.json: arrays, sorted objects, errors for what JSON cannot say
    assert.equal('{"a":[1,2,[]],"b":"x\\u0000\xEF\xBF\xBD"}', lede.json({ b = "x\0\255", a = { 1, 2, {} } }))
    assert.has_error(function() lede.json({ [1] = "b", ["1"] = "b" }) end)
    assert.has_error(function() lede.json({ "a", x = 1 }) end)
    assert.has_error(function() lede.json({ [3] = "c" }) end)
    assert.has_error(function() lede.json({ f = print }) end)
  end)
end)
