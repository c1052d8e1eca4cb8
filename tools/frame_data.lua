-- The frame model's training data (tools/train_frames.c): the TRAIN half
-- of a quote set in the common evaluation format (docs.jsonl +
-- gold.jsonl, code point offsets), as tests/eval/half.py splits it (a
-- document is held out when the CRC-32 of its id is odd), with byte
-- offsets:
--   DOC <bytes> <published or ->\n<text>\nGOLD <k>\n
--   <start> <end> <speaker start> <speaker end> <speaker bytes>\n<speaker>\n ...
-- (a quote without a speaker has speaker start -1).
-- Usage: lua5.4 tools/frame_data.lua DIR > OUT
local dir = arg[1] or error("usage: frame_data.lua DIR")

local crc_table = {}
for i = 0, 255 do
  local c = i
  for _ = 1, 8 do
    if c & 1 == 1 then c = 0xEDB88320 ~ (c >> 1) else c = c >> 1 end
  end
  crc_table[i] = c
end
local function crc32(s)
  local c = 0xFFFFFFFF
  for p = 1, #s do c = crc_table[(c ~ s:byte(p)) & 0xFF] ~ (c >> 8) end
  return c ~ 0xFFFFFFFF
end

local set = dofile((arg[0]:match("(.*/)") or "./") .. "eval_set.lua")
local gold = set.gold(dir, "quotes")

local out = io.stdout
for d in set.docs(dir) do
  if crc32(d.id) & 1 == 0 then
    local qs = gold[d.id] or {}
    local b = set.byte_index(d.text)
    local pub = d.published
    -- one word of at most 63 bytes, as train_frames.c reads it
    if type(pub) ~= "string" or not pub:match("^%S+$") or #pub > 63 then pub = "-" end
    out:write("DOC ", #d.text, " ", pub, "\n", d.text, "\nGOLD ", #qs, "\n")
    for _, q in ipairs(qs) do
      local sp = type(q.speaker) == "string" and q.speaker or nil
      local ss, se = -1, -1
      if sp and type(q.speaker_start) == "number" and type(q.speaker_end) == "number" then
        ss, se = b[q.speaker_start], b[q.speaker_end]
      end
      sp = sp or ""
      out:write(b[q.start], " ", b[q["end"]], " ", ss, " ", se, " ",
                (type(q.speaker) == "string") and #sp or -1, "\n", sp, "\n")
    end
  end
end
