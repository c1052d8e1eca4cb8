-- Rebuild the S_slot hash index of core/dates_tokens.c from its S_words table
-- (run after adding a word): lua5.4 tools/gen_date_slots.lua core/dates_tokens.c
local path = arg[1] or "core/dates_tokens.c"
local f = assert(io.open(path, "rb"))
local src = f:read("a")
f:close()
local body = assert(src:match("static const S_word S_words%[%] = {(.-)\n};"))
local words = {}
for w in body:gmatch('{"(.-)", C_') do words[#words + 1] = w end
assert(#words < 256, "too many words for an unsigned char index")
local slots = tonumber(src:match("#define S_SLOTS (%d+)"))
local t = {}
for i = 0, slots - 1 do t[i] = 0 end
for i, w in ipairs(words) do
  -- S_hash: 8-byte little-endian words, zero past the end, mixed by a
  -- multiply (64-bit wrap-around), the top 10 bits
  local h = #w
  for k = 1, #w, 8 do
    local c = w:sub(k, k + 7)
    h = (h ~ string.unpack("<i8", c .. ("\0"):rep(8 - #c))) * -7046029254386353131
  end
  local x = (h >> 54) % slots
  while t[x] ~= 0 do x = (x + 1) % slots end
  t[x] = i
end
local out = {}
for i = 0, slots - 1, 16 do
  local row = {}
  for k = i, i + 15 do row[#row + 1] = ("%3d"):format(t[k]) end
  out[#out + 1] = "    " .. table.concat(row, ", ") .. ","
end
local head = "static const unsigned char S_slot[S_SLOTS] = {\n"
local s, e = src:find(head, 1, true)
local e2 = src:find("\n};", e, true)
src = src:sub(1, e) .. table.concat(out, "\n") .. src:sub(e2)
f = assert(io.open(path, "wb"))
f:write(src)
f:close()
print(("%d words in %d slots"):format(#words, slots))
