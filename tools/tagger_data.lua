-- Turn a set in the common evaluation format (docs.jsonl + gold.jsonl,
-- code point offsets) into the trainer's input, with byte offsets:
--   DOC <bytes>\n<text>\nENTS <k>\n<start> <end> <TYPE>\n ...
-- Usage: lua5.4 tools/tagger_data.lua DIR > OUT
local json = require "dkjson"
local dir = arg[1] or error("usage: tagger_data.lua DIR")

local gold = {}
for l in io.lines(dir .. "/gold.jsonl") do
  if l:match("%S") then
    local g = assert(json.decode(l))
    gold[g.id] = g.entities or {}
  end
end

-- byte[c] = byte offset (0-based) of code point c, for c = 0 .. #cps.
local function byte_index(text)
  local b, n = { [0] = 0 }, 0
  for p = 1, #text do
    local c = text:byte(p)
    if c < 0x80 or c >= 0xC0 then
      b[n] = p - 1
      n = n + 1
    end
  end
  b[n] = #text
  return b
end

local out = io.stdout
for l in io.lines(dir .. "/docs.jsonl") do
  if l:match("%S") then
    local d = assert(json.decode(l))
    local ents = gold[d.id] or {}
    local b = byte_index(d.text)
    out:write("DOC ", #d.text, "\n", d.text, "\nENTS ", #ents, "\n")
    for _, e in ipairs(ents) do
      out:write(b[e.start], " ", b[e["end"]], " ", e.type, "\n")
    end
  end
end
