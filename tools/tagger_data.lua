-- Turn a set in the common evaluation format (docs.jsonl + gold.jsonl,
-- code point offsets) into the trainer's input, with byte offsets:
--   DOC <bytes>\n<text>\nENTS <k>\n<start> <end> <TYPE>\n ...
-- Usage: lua5.4 tools/tagger_data.lua DIR > OUT
local dir = arg[1] or error("usage: tagger_data.lua DIR")

local set = dofile((arg[0]:match("(.*/)") or "./") .. "eval_set.lua")
local gold = set.gold(dir, "entities")

local out = io.stdout
for d in set.docs(dir) do
  local ents = gold[d.id] or {}
  local b = set.byte_index(d.text)
  out:write("DOC ", #d.text, "\n", d.text, "\nENTS ", #ents, "\n")
  for _, e in ipairs(ents) do
    out:write(b[e.start], " ", b[e["end"]], " ", e.type, "\n")
  end
end
