-- Shared by the busted specs: files, temporary folders, running commands.
local h = {}

h.REF = "examples/articles/bajwa-bahrain-2021-03-10.txt"
h.LEDE = os.getenv("LEDE_BIN") or "build/lede"

function h.read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

function h.write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

function h.tmpdir()
  local d = os.tmpname()
  os.remove(d)
  assert(os.execute("mkdir -p " .. d))
  return d
end

-- Run a shell command line (with stdin text, if given); returns stdout,
-- stderr and the exit code (128 + N for a signal).
function h.run(cmdline, stdin)
  local d = h.tmpdir()
  if stdin then h.write(d .. "/in", stdin) end
  local _, how, code = os.execute(string.format("%s <%s >%s/out 2>%s/err",
    cmdline, stdin and (d .. "/in") or "/dev/null", d, d))
  local out, err = h.read(d .. "/out"), h.read(d .. "/err")
  os.execute("rm -rf " .. d)
  return out, err, how == "exit" and code or 128 + code
end

function h.lines(s)
  local t = {}
  for l in s:gmatch("[^\n]+") do t[#t + 1] = l end
  return t
end

return h
