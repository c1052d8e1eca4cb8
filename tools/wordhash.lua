-- The word hash of the generated tables, as core/wordhash.h computes it:
-- the bytes mixed eight at a time, the last 1..8 in one word (two loads
-- that may overlap, or three bytes), each word passed through fold first.
local M = {}

local ONES = 0x0101010101010101

-- ASCII upper case to lower case in all eight bytes (core/wordhash.h's lede__fold_case).
function M.fold_case(w)
  local h = w & (0x7F * ONES)
  local up = (h + (0x80 - 65) * ONES) & ~(h + (0x80 - 91) * ONES) & ~w & (0x80 * ONES)
  return w | (up >> 2)
end

-- Bit 5 set in every byte: ASCII letters alike in either case (quotes.c).
function M.fold_bit5(w)
  return w | 0x2020202020202020
end

function M.hash(s, fold)
  local x, n, p = 0x9E3779B97F4A7C15 ~ #s, #s, 1
  while n > 8 do
    x = (x ~ fold(string.unpack("<I8", s, p))) * 0xff51afd7ed558ccd
    x = x ~ (x >> 32)
    p, n = p + 8, n - 8
  end
  local w
  if n >= 4 then
    w = string.unpack("<I4", s, p) | string.unpack("<I4", s, p + n - 4) << 32
  else
    w = s:byte(p) | s:byte(p + n // 2) << 8 | s:byte(p + n - 1) << 16
  end
  x = (x ~ fold(w)) * 0xc4ceb9fe1a85ec53
  return x >> 32
end

return M
