-- What the data steps of make train share (tools/tagger_data.lua,
-- tools/frame_data.lua): a set in the common evaluation format's gold,
-- and its code point offsets as byte offsets.
local json = require "dkjson"
local M = {}

-- gold[id] = the field (a list) of each gold record of DIR/gold.jsonl.
function M.gold(dir, field)
  local gold = {}
  for l in io.lines(dir .. "/gold.jsonl") do
    if l:match("%S") then
      local g = assert(json.decode(l))
      gold[g.id] = g[field] or {}
    end
  end
  return gold
end

-- The documents of DIR/docs.jsonl, one decoded record a step, in order.
function M.docs(dir)
  local lines = io.lines(dir .. "/docs.jsonl")
  return function()
    for l in lines do
      if l:match("%S") then return assert(json.decode(l)) end
    end
  end
end

-- byte[c] = byte offset (0-based) of code point c, for c = 0 .. #cps.
function M.byte_index(text)
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

return M
