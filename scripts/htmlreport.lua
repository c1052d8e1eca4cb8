-- The report as one self-contained HTML page: inline CSS and SVG charts, no
-- script, no network. One article: its text with entities, quotes (a colour
-- per speaker) and dates marked, then its tables. Several: the corpus, as
-- charts with a table of their numbers under each. Uses only the public
-- module.
--
--   package.path = "scripts/?.lua;" .. package.path   -- or lede's share dir
--   local htmlreport = require "htmlreport"
--   htmlreport.write({a1, a2, ...}, "out.html")        -- articles from lede.parse
--   local r = htmlreport.new({top = 20})               -- or one at a time:
--   r:add(a, "name"); r:add(b, "other"); r:write("out.html")   -- r:render() gives the string
local lede = require "lede"
local cli = require "cli"

local M = {}

-- ==== Text ================================================================

-- Bytes that are not valid UTF-8, NUL, controls and C1 controls become
-- U+FFFD, so the page is valid UTF-8 and HTML5 has nothing to complain of.
local function valid(s)
  s = cli.valid(s)
  if s:find("[%z\1-\8\11\14-\31\127\194]") then
    s = s:gsub("[%z\1-\8\11\14-\31\127]", "\u{FFFD}")
         :gsub("\194[\128-\159]", "\u{FFFD}")
  end
  return s
end

local ENT = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

-- Text for an element's content or a quoted attribute value.
local function esc(s)
  if s == nil then return "" end
  return (valid(s):gsub("[&<>\"']", ENT))
end
M.escape = esc

local function cut(s, n)
  s = valid(s):gsub("%s+", " ")
  if (utf8.len(s) or #s) <= n then return s end
  return s:sub(1, (utf8.offset(s, n) or (n + 1)) - 1) .. "…"
end

local function num(x)
  if x == math.floor(x) then return string.format("%d", x) end
  return string.format("%.1f", x)
end

-- A buffer of strings.
local function buffer()
  local b = {}
  return b, function(...)
    for i = 1, select("#", ...) do b[#b + 1] = select(i, ...) end
  end
end

-- ==== Dates ===============================================================

-- Days since 1970-01-01 for a proleptic Gregorian date, and back.
local function day_number(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (m + (m > 2 and -3 or 9)) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

local function civil(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp + (mp < 10 and 3 or -9)
  return m <= 2 and y + 1 or y, m, d
end

local function parse_day(s)
  local y, m, d = tostring(s or ""):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m < 1 or m > 12 or d < 1 or d > 31 then return nil end
  return day_number(y, m, d)
end

local function iso(z)
  return string.format("%04d-%02d-%02d", civil(z))
end

-- Buckets covering days lo..hi: by day up to three months, by week (from
-- Monday) up to two years, by month up to twenty, else by year. Returns the unit, the number of
-- buckets, a function day -> bucket index (1-based) and one giving a label.
local function bucketing(lo, hi)
  local span = hi - lo + 1
  if span <= 92 then
    return "day", span, function(z) return z - lo + 1 end,
      function(i) return iso(lo + i - 1) end
  elseif span <= 731 then
    local monday = lo - (lo + 3) % 7 -- 1970-01-01 was a Thursday
    return "week", (hi - monday) // 7 + 1, function(z) return (z - monday) // 7 + 1 end,
      function(i) return iso(monday + (i - 1) * 7) end
  end
  local y0, m0 = civil(lo)
  local y1, m1 = civil(hi)
  if y1 - y0 > 20 then
    return "year", y1 - y0 + 1, function(z) return civil(z) - y0 + 1 end,
      function(i) return string.format("%04d", y0 + i - 1) end
  end
  local function idx(z)
    local y, m = civil(z)
    return (y - y0) * 12 + (m - m0) + 1
  end
  return "month", (y1 - y0) * 12 + (m1 - m0) + 1, idx, function(i)
    local k = m0 - 1 + i - 1
    return string.format("%04d-%02d", y0 + k // 12, k % 12 + 1)
  end
end

-- ==== Charts ==============================================================

local PALETTE = { "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
  "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#8cd17d", "#86bcb6", "#d37295" }
local TYPE_COLOUR = { person = "#4e79a7", organization = "#f28e2b", place = "#59a14f",
  group = "#b07aa1", event = "#e15759" }

-- A round upper bound and a step for an axis from 0 to max.
local function nice(max)
  if max <= 0 then return 1, 1 end
  local raw = max / 5
  local mag = 10 ^ math.floor(math.log(raw, 10))
  local step
  for _, f in ipairs({ 1, 2, 5, 10 }) do
    step = f * mag
    if raw <= step then break end
  end
  if step < 1 then step = 1 end
  return math.ceil(max / step) * step, step
end

local function svg_open(w, h, label, add)
  add('<svg class="chart" viewBox="0 0 ', w, " ", h, '" width="', w, '" height="', h,
    '" role="img" aria-label="', esc(label), '" xmlns="http://www.w3.org/2000/svg">')
end

-- The plain table under a chart.
local function data_table(headers, rows, add, note)
  add('<details class="data"><summary>The numbers', note and (" (" .. esc(note) .. ")") or "",
    '</summary><table><thead><tr>')
  for _, h in ipairs(headers) do add("<th>", esc(h), "</th>") end
  add("</tr></thead><tbody>")
  for _, r in ipairs(rows) do
    add("<tr>")
    for i = 1, #headers do
      local v = r[i]
      if type(v) == "number" then add('<td class="n">', num(v), "</td>")
      else add("<td>", esc(v == nil and "" or v), "</td>") end
    end
    add("</tr>")
  end
  add("</tbody></table></details>")
end

-- Y axis with gridlines for a plot area (x0, y0) .. (x1, y1).
local function y_axis(add, x0, y0, x1, y1, max, label)
  local top, step = nice(max)
  add('<g class="axis y">')
  for v = 0, top, step do
    local y = y1 - (y1 - y0) * v / top
    add('<line class="grid" x1="', x0, '" y1="', num(y), '" x2="', x1, '" y2="', num(y), '"/>')
    add('<text class="tick" x="', x0 - 6, '" y="', num(y + 4), '" text-anchor="end">', num(v), "</text>")
  end
  add('<text class="axis-label" transform="translate(14,', num((y0 + y1) / 2),
    ') rotate(-90)" text-anchor="middle">', esc(label), "</text></g>")
  return top
end

-- X labels for n buckets, as many as fit without touching.
local function x_labels(add, n, xpos, y, labels, axis_label, x0, x1)
  local chars = 1
  for i = 1, n do chars = math.max(chars, #labels[i]) end
  local fit = math.max(1, (x1 - x0) // (chars * 7 + 12))
  local every = math.max(1, math.ceil(n / fit))
  add('<g class="axis x">')
  for i = 1, n, every do
    add('<text class="tick" x="', num(xpos(i)), '" y="', y + 16, '" text-anchor="middle">',
      esc(labels[i]), "</text>")
  end
  add('<line class="base" x1="', x0, '" y1="', y, '" x2="', x1, '" y2="', y, '"/>')
  add('<text class="axis-label" x="', num((x0 + x1) / 2), '" y="', y + 36,
    '" text-anchor="middle">', esc(axis_label), "</text></g>")
end

-- Vertical bars over buckets: spec = {title, xlabel, ylabel, labels, values}.
local function column_chart(spec, add)
  local W, H, L, R, T, B = 760, 260, 56, 16, 12, 48
  local n = #spec.values
  local max = 0
  for _, v in ipairs(spec.values) do if v > max then max = v end end
  svg_open(W, H, spec.title, add)
  local top = y_axis(add, L, T, W - R, H - B, max, spec.ylabel)
  local bw = (W - L - R) / math.max(n, 1)
  local function xpos(i) return L + (i - 0.5) * bw end
  add('<g class="bars">')
  for i, v in ipairs(spec.values) do
    if v > 0 then
      local h = (H - B - T) * v / top
      local w = math.min(math.max(bw * 0.8, 0.5), 60)
      add('<rect class="bar" x="', num(xpos(i) - w / 2), '" y="', num(H - B - h),
        '" width="', num(w), '" height="', num(h), '"><title>',
        esc(spec.labels[i]), ": ", num(v), "</title></rect>")
    end
  end
  add("</g>")
  x_labels(add, n, xpos, H - B, spec.labels, spec.xlabel, L, W - R)
  add("</svg>")
end

-- Horizontal bars for a ranked list: spec = {title, xlabel, ylabel, rows =
-- {{label, v1, v2...}}, series = {names}, colours = {...} or colour(row)}.
local function bar_chart(spec, add)
  local rows = spec.rows
  local W, L, R, T, B, RH = 760, 220, 24, 22, 44, 22
  local H = T + B + RH * math.max(#rows, 1)
  local max = 0
  for _, r in ipairs(rows) do
    local s = 0
    for k = 2, #spec.series + 1 do s = s + (r[k] or 0) end
    if s > max then max = s end
  end
  local top, step = nice(max)
  svg_open(W, H + (#spec.series > 1 and 20 or 0), spec.title, add)
  local pw = W - L - R
  add('<g class="axis x">')
  for v = 0, top, step do
    local x = L + pw * v / top
    add('<line class="grid" x1="', num(x), '" y1="', T, '" x2="', num(x), '" y2="', H - B, '"/>')
    add('<text class="tick" x="', num(x), '" y="', H - B + 16, '" text-anchor="middle">', num(v), "</text>")
  end
  add('<text class="axis-label" x="', num(L + pw / 2), '" y="', H - B + 36,
    '" text-anchor="middle">', esc(spec.xlabel), "</text></g>")
  add('<g class="axis y"><text class="axis-label" x="', L - 8, '" y="', T - 8, '" text-anchor="end">',
    esc(spec.ylabel), "</text>")
  for i, r in ipairs(rows) do
    add('<text class="label" x="', L - 8, '" y="', num(T + (i - 0.5) * RH + 4),
      '" text-anchor="end">', esc(cut(r[1], 30)), "</text>")
  end
  add('</g><g class="bars">')
  for i, r in ipairs(rows) do
    local x = L
    local y = T + (i - 1) * RH + 3
    for k, name in ipairs(spec.series) do
      local v = r[k + 1] or 0
      if v > 0 then
        local w = pw * v / top
        local fill = spec.colour and spec.colour(r, k) or PALETTE[k]
        add('<rect class="bar" x="', num(x), '" y="', num(y), '" width="', num(w), '" height="', RH - 6,
          '" fill="', fill, '"><title>', esc(r[1]), #spec.series > 1 and (", " .. esc(name)) or "",
          ": ", num(v), "</title></rect>")
        x = x + w
      end
    end
    local total = 0
    for k = 2, #spec.series + 1 do total = total + (r[k] or 0) end
    add('<text class="value" x="', num(x + 4), '" y="', num(y + RH - 10), '">', num(total), "</text>")
  end
  add("</g>")
  if #spec.series > 1 then
    add('<g class="legend">')
    local x = L
    for k, name in ipairs(spec.series) do
      add('<rect x="', x, '" y="', H + 4, '" width="12" height="12" fill="', PALETTE[k], '"/>',
        '<text class="label" x="', x + 16, '" y="', H + 14, '">', esc(name), "</text>")
      x = x + 30 + 8 * #name
    end
    add("</g>")
  end
  add("</svg>")
end

-- Lines over buckets: spec = {title, xlabel, ylabel, labels, series =
-- {{name, values}}}.
local function line_chart(spec, add)
  local W, H, L, R, T, B = 760, 280, 56, 16, 12, 48
  local n = #spec.labels
  local max = 0
  for _, s in ipairs(spec.series) do
    for _, v in ipairs(s.values) do if v > max then max = v end end
  end
  local legend_h = 18 * math.ceil(#spec.series / 3)
  svg_open(W, H + legend_h, spec.title, add)
  local top = y_axis(add, L, T, W - R, H - B, max, spec.ylabel)
  local inset = 36 -- room for the first and last labels
  local pw = W - L - R - 2 * inset
  local function xpos(i)
    if n <= 1 then return L + inset + pw / 2 end
    return L + inset + pw * (i - 1) / (n - 1)
  end
  local function ypos(v) return H - B - (H - B - T) * v / top end
  for k, s in ipairs(spec.series) do
    local colour = PALETTE[k]
    local pts = {}
    for i, v in ipairs(s.values) do pts[#pts + 1] = num(xpos(i)) .. "," .. num(ypos(v)) end
    add('<g class="series"><polyline class="line" fill="none" stroke="', colour,
      '" points="', table.concat(pts, " "), '"/>')
    local r = n > 60 and 1.5 or 3
    for i, v in ipairs(s.values) do
      add('<circle class="point" cx="', num(xpos(i)), '" cy="', num(ypos(v)), '" r="', r,
        '" fill="', colour, '"><title>', esc(s.name), ", ", esc(spec.labels[i]), ": ", num(v),
        "</title></circle>")
    end
    add("</g>")
  end
  x_labels(add, n, xpos, H - B, spec.labels, spec.xlabel, L, W - R)
  add('<g class="legend">')
  for k, s in ipairs(spec.series) do
    local x = L + ((k - 1) % 3) * 230
    local y = H + 4 + ((k - 1) // 3) * 18
    add('<rect x="', x, '" y="', y, '" width="12" height="12" fill="', PALETTE[k], '"/>',
      '<text class="label" x="', x + 16, '" y="', y + 10, '">', esc(cut(s.name, 30)), "</text>")
  end
  add("</g></svg>")
end

-- A matrix of counts: spec = {title, xlabel, ylabel, rows, cols, cell(r, c)}.
local function matrix_chart(spec, add)
  local rows, cols = spec.rows, spec.cols
  local L, T, CW, RH = 200, 130, 56, 26
  local W = math.max(L + CW * #cols + 110, 480)
  local H = T + RH * #rows + 12
  local max = 0
  for _, r in ipairs(rows) do
    for _, c in ipairs(cols) do
      local v = spec.cell(r, c)
      if v > max then max = v end
    end
  end
  svg_open(W, H, spec.title, add)
  add('<g class="axis x">')
  for j, c in ipairs(cols) do
    local x = L + (j - 0.5) * CW
    add('<text class="label" transform="translate(', num(x + 4), ",", T - 8,
      ') rotate(-45)">', esc(cut(c, 20)), "</text>")
  end
  add('<text class="axis-label" x="', L, '" y="14">', esc(spec.xlabel), "</text></g>")
  add('<g class="axis y">')
  for i, r in ipairs(rows) do
    add('<text class="label" x="', L - 8, '" y="', num(T + (i - 0.5) * RH + 4), '" text-anchor="end">',
      esc(cut(r, 26)), "</text>")
  end
  add('<text class="axis-label" x="8" y="', T - 8, '">', esc(spec.ylabel), "</text></g>")
  add('<g class="cells">')
  for i, r in ipairs(rows) do
    for j, c in ipairs(cols) do
      local v = spec.cell(r, c)
      local a = max > 0 and v / max or 0
      local x, y = L + (j - 1) * CW, T + (i - 1) * RH
      add('<rect class="cell" x="', x + 1, '" y="', y + 1, '" width="', CW - 2, '" height="', RH - 2,
        '" fill="#4e79a7" fill-opacity="', string.format("%.2f", v > 0 and 0.12 + 0.88 * a or 0.04),
        '"><title>', esc(r), " in articles about ", esc(c), ": ", num(v), "</title></rect>")
      if v > 0 then
        add('<text class="value', a > 0.6 and " on-dark" or "", '" x="', num(x + CW / 2), '" y="',
          num(y + RH / 2 + 4), '" text-anchor="middle">', num(v), "</text>")
      end
    end
  end
  add("</g></svg>")
end

local function figure(add, id, title, caption, draw, spec, headers, rows, note)
  add('<figure id="', id, '"><figcaption><h3>', esc(title), "</h3>")
  if caption then add("<p>", esc(caption), "</p>") end
  if spec.key then add(spec.key) end
  add("</figcaption>")
  spec.title = title
  draw(spec, add)
  data_table(headers, rows, add, note)
  add("</figure>")
end

-- ==== One article ========================================================

local PARTS = { title = "Headline", standfirst = "Standfirst", byline = "Byline", date = "Date",
  dateline = "Dateline", caption = "Caption", related = "Related",
  boilerplate = "Page furniture", body = nil }

local PRONOUN = { it = true, he = true, she = true, they = true, we = true, i = true,
  him = true, her = true, them = true, us = true, you = true }

-- Who said it, as the article page shows it: the entity, else the body
-- or the phrase the speaker refers to; nil for none or a bare pronoun.
local function speaker_of(q)
  if q.speaker and q.speaker.name then return q.speaker.name end
  local t = (q.speaker_org and q.speaker_org.text) or (q.speaker_ref and q.speaker_ref.text)
    or q.speaker_text
  if type(t) ~= "string" or PRONOUN[t:lower()] then return nil end
  return t
end

-- The name a quote is counted under across a corpus: "officials" or "the
-- department" are no one in particular.
local function named_speaker(q)
  local t = speaker_of(q)
  if not t then return nil end
  local rest = t:gsub("^[Tt]he%s+", ""):gsub("^[Aa]n?%s+", "")
  if not rest:match("^[%u\128-\255]") then return nil end
  return t
end

-- The class of a quote's cue (speech, writing, thought, other) when lede
-- gives one; else "speech" for quoted words and "other" for reported ones.
local CUE_CLASSES = { "speech", "writing", "thought", "other" }
local function quote_class(q)
  if q.cue_class ~= nil then
    local c = q.cue_class
    return (c == "speech" or c == "writing" or c == "thought") and c or "other", true
  end
  return (q.kind == "direct" or q.kind == "mixed") and "speech" or "other", false
end

-- Ranges to mark, properly nested: sorted by start, longer first; one
-- that overlaps the range it starts in without fitting inside is dropped.
local function nest(ranges)
  table.sort(ranges, function(x, y)
    if x.s ~= y.s then return x.s < y.s end
    if x.e ~= y.e then return x.e > y.e end
    return x.rank < y.rank
  end)
  local out, stack = {}, {}
  for _, r in ipairs(ranges) do
    while #stack > 0 and stack[#stack].e <= r.s do stack[#stack] = nil end
    if #stack == 0 or r.e <= stack[#stack].e then
      out[#out + 1] = r
      stack[#stack + 1] = r
    end
  end
  return out
end

-- The text of bytes [s, e) (0-based, half-open) with its marked ranges.
local function marked(text, s, e, ranges, add)
  local pos, stack = s, {}
  local function upto(p)
    if p > pos then add(esc(text:sub(pos + 1, p))) end
    if p > pos then pos = p end
  end
  local function close()
    local top = stack[#stack]
    upto(top.e)
    add(top.close)
    stack[#stack] = nil
  end
  for _, r in ipairs(ranges) do
    while #stack > 0 and stack[#stack].e <= r.s do close() end
    upto(r.s)
    add(r.open)
    stack[#stack + 1] = r
  end
  while #stack > 0 do close() end
  upto(e)
end

local function quote_title(q, who)
  local t = { "Speaker: " .. (who or "none") }
  if q.speaker_text and q.speaker_text ~= who then t[#t + 1] = "as written: " .. q.speaker_text end
  if q.cue then t[#t + 1] = "cue: " .. q.cue.text end
  t[#t + 1] = "kind: " .. q.kind
  if q.cue_class then t[#t + 1] = "class: " .. q.cue_class end
  return table.concat(t, " · ")
end

local function where(x)
  if x.paragraph then return "¶" .. x.paragraph end
  return PARTS[x.part] or x.part or ""
end

-- The article section: the marked text, then its tables.
local function render_article(a, name, add)
  local text = a.text
  local entities = a:entities()
  local quotes = a:quotes()
  local dates = a:dates()

  -- Speakers in order of first quote, each with a colour.
  local speakers, colour_of = {}, {}
  for i, q in ipairs(quotes) do
    local who = speaker_of(q) or "(no speaker)"
    if not colour_of[who] then
      speakers[#speakers + 1] = { name = who, n = 0, kinds = {}, quotes = {} }
      colour_of[who] = #speakers
    end
    local s = speakers[colour_of[who]]
    s.n = s.n + 1
    s.kinds[q.kind] = (s.kinds[q.kind] or 0) + 1
    s.quotes[#s.quotes + 1] = i
  end
  local function cls(who)
    if who == "(no speaker)" then return "s0" end
    return "s" .. ((colour_of[who] - 1) % #PALETTE + 1)
  end

  local ranges = {}
  local function range(s, e, rank, open, close)
    if s and e and e > s then
      ranges[#ranges + 1] = { s = s, e = e, rank = rank, open = open, close = close }
    end
  end
  for i, q in ipairs(quotes) do
    local who = speaker_of(q) or "(no speaker)"
    local c = cls(who)
    range(q.outer_start - 1, q.outer_stop, 1, '<span class="quote ' .. c .. '" id="q' .. i ..
      '" title="' .. esc(quote_title(q, who)) .. '">', "</span>")
    if q.speaker_start then
      range(q.speaker_start - 1, q.speaker_stop, 2, '<span class="speaker ' .. c .. '" title="' ..
        esc("Speaker: " .. who) .. '">', "</span>")
    end
    if q.cue and q.cue.start then
      range(q.cue.start - 1, q.cue.stop, 3, '<span class="cue" title="' ..
        esc("cue: " .. q.cue.text .. " (" .. (q.cue.lemma or "") .. ")") .. '">', "</span>")
    end
  end
  for _, e in ipairs(entities) do
    local title = esc(e.type .. ": " .. e.name .. " (" .. e.count .. " mention" ..
      (e.count == 1 and "" or "s") .. ")")
    for _, m in ipairs(e.mentions) do
      range(m.start - 1, m.stop, 4, '<span class="ent t-' .. esc(e.type) .. '" title="' ..
        title .. (m.kind ~= "name" and esc(", " .. m.kind) or "") .. '">', "</span>")
    end
  end
  for _, d in ipairs(dates) do
    range(d.start - 1, d.stop, 5, '<span class="date" title="' ..
      esc(d.type .. (d.value and (": " .. d.value) or ", no value")) .. '">',
      (d.value and ('<small class="val">' .. esc(d.value) .. "</small>") or "") .. "</span>")
  end
  ranges = nest(ranges)

  add('<article class="story"><header>')
  local facts = {}
  if a.published then facts[#facts + 1] = "Published " .. a.published end
  if a.byline then facts[#facts + 1] = "By " .. a.byline end
  if a.dateline then facts[#facts + 1] = "Dateline " .. a.dateline .. (a.agency and (" (" .. a.agency .. ")") or "") end
  facts[#facts + 1] = string.format("%d paragraphs, %d quotes, %d entities, %d dates",
    #a.paragraphs, #quotes, #entities, #dates)
  if name then facts[#facts + 1] = name end
  add('<p class="facts">', esc(table.concat(facts, " · ")), "</p></header>")

  -- The key: speakers with their colours, the kinds of mark.
  add('<aside class="key"><h3>Speakers</h3><ul class="speakers">')
  for _, s in ipairs(speakers) do
    local kinds = {}
    for k, n in pairs(s.kinds) do kinds[#kinds + 1] = n .. " " .. k end
    table.sort(kinds)
    add('<li><span class="swatch ', cls(s.name), '"></span>', esc(s.name), ' <span class="muted">',
      esc(s.n .. (s.n == 1 and " quote" or " quotes") .. " (" .. table.concat(kinds, ", ") .. ")"),
      "</span></li>")
  end
  if #speakers == 0 then add('<li class="muted">No quotes</li>') end
  add('</ul><h3>Marks</h3><ul class="marks"><li><span class="ent t-person">person</span> ',
    '<span class="ent t-organization">organization</span> <span class="ent t-place">place</span> ',
    '<span class="ent t-group">group</span> <span class="ent t-event">event</span></li>',
    '<li><span class="quote s1">quote</span>, <span class="speaker s1">speaker</span>, ',
    '<span class="cue">cue</span></li><li><span class="date">date<small class="val">value</small></span></li>',
    '<li class="muted">Hover a mark for details.</li></ul></aside>')

  -- The text, block by block; a range spanning blocks is cut at each.
  add('<div class="text">')
  local blocks = a.blocks
  local per = {}
  local bi = 1
  for _, r in ipairs(ranges) do
    while bi <= #blocks and blocks[bi].stop <= r.s do bi = bi + 1 end
    local j = bi
    while j <= #blocks and blocks[j].start - 1 < r.e do
      local b = blocks[j]
      local s, e = math.max(r.s, b.start - 1), math.min(r.e, b.stop)
      if e > s then
        per[j] = per[j] or {}
        table.insert(per[j], { s = s, e = e, open = r.open, close = r.close })
      end
      j = j + 1
    end
  end
  for j, b in ipairs(blocks) do
    local part = b.part or "body"
    local label = PARTS[part]
    local tag = part == "title" and "h2" or "p"
    add("<", tag, ' class="blk ', esc(part), '">')
    if label and part ~= "title" then add('<span class="part">', esc(label), "</span> ") end
    if b.paragraph then add('<span class="pn">', b.paragraph, "</span> ") end
    marked(text, b.start - 1, b.stop, per[j] or {}, add)
    add("</", tag, ">")
  end
  add("</div></article>")

  -- Tables.
  add('<section><h2>Entities</h2><table class="list"><thead><tr><th>Type</th><th>Name</th>',
    '<th class="n">Mentions</th><th>Also called</th></tr></thead><tbody>')
  local sorted = {}
  for _, e in ipairs(entities) do sorted[#sorted + 1] = e end
  table.sort(sorted, function(x, y)
    if x.count ~= y.count then return x.count > y.count end
    return x.name < y.name
  end)
  for _, e in ipairs(sorted) do
    local aliases = {}
    for _, al in ipairs(e.aliases or {}) do if al ~= e.name then aliases[#aliases + 1] = al end end
    add('<tr><td><span class="ent t-', esc(e.type), '">', esc(e.type), "</span></td><td>", esc(e.name),
      '</td><td class="n">', e.count, "</td><td>", esc(table.concat(aliases, "; ")), "</td></tr>")
  end
  add("</tbody></table></section>")

  add('<section><h2>Quotes by speaker</h2>')
  for _, s in ipairs(speakers) do
    add('<h3><span class="swatch ', cls(s.name), '"></span>', esc(s.name), ' <span class="muted">',
      s.n, "</span></h3>")
    add('<table class="list quotes"><thead><tr><th>Kind</th><th>Cue</th><th>Where</th><th>Said</th></tr></thead><tbody>')
    for _, i in ipairs(s.quotes) do
      local q = quotes[i]
      add("<tr><td>", esc(q.kind), q.cue_class and ("<br><span class=\"muted\">" .. esc(q.cue_class) .. "</span>") or "",
        "</td><td>", esc(q.cue and q.cue.text or ""), '</td><td><a href="#q', i, '">', esc(where(q)),
        "</a></td><td>", esc(cut(q.text, 400)), "</td></tr>")
    end
    add("</tbody></table>")
  end
  if #speakers == 0 then add('<p class="muted">No quotes.</p>') end
  add("</section>")

  add('<section><h2>Timeline</h2><table class="list timeline"><thead><tr><th>Value</th><th>Type</th>',
    "<th>As written</th><th>Where</th><th>Sentence</th></tr></thead><tbody>")
  local tl = {}
  for _, d in ipairs(dates) do tl[#tl + 1] = d end
  table.sort(tl, function(x, y)
    if (x.value ~= nil) ~= (y.value ~= nil) then return x.value ~= nil end
    if x.value and x.value ~= y.value then return x.value < y.value end
    return x.start < y.start
  end)
  for _, d in ipairs(tl) do
    add("<tr><td>", esc(d.value or "?"), "</td><td>", esc(d.type), "</td><td>", esc(d.text),
      "</td><td>", esc(where(d)), "</td><td>", esc(cut(d.sentence or "", 400)), "</td></tr>")
  end
  add("</tbody></table></section>")
end

-- ==== The corpus ==========================================================

local Report = {}
Report.__index = Report

-- opts.top: rows in ranked charts (default 20); opts.title: the page title.
function M.new(opts)
  opts = opts or {}
  local top = tonumber(opts.top or 20)
  if not top or top < 1 then error("htmlreport.new: top must be a positive number", 2) end
  return setmetatable({
    top = math.floor(top), title = opts.title, n = 0, undated = 0,
    days = {}, entities = {}, speakers = {}, pairs = {}, events = {},
    list = {}, first = nil, classes = false,
  }, Report)
end

local SUBJECT = { person = true, organization = true }
-- Dates the story speaks of; a date line or byline gives only the day it ran.
local EVENT_PARTS = { body = true, title = true, standfirst = true, caption = true }
local LIST_MAX = 200

-- Fold one parsed article into the report (name: its file or id).
function Report:add(a, name)
  if lede.type(a) ~= "article" then error("htmlreport: add needs a lede article", 2) end
  self.n = self.n + 1
  if self.n == 1 then
    local b, add = buffer()
    render_article(a, name, add)
    self.first = table.concat(b)
    self.first_title = a.title or name
  else
    self.first = nil
  end
  local day = parse_day(a.published)
  if day then self.days[day] = (self.days[day] or 0) + 1 else self.undated = self.undated + 1 end

  local entities, quotes = a:entities(), a:quotes()
  local subjects = {}
  for _, e in ipairs(entities) do
    local k = e.type .. "\0" .. e.name
    local c = self.entities[k]
    if not c then
      c = { name = e.name, type = e.type, mentions = 0, articles = 0, by_day = {} }
      self.entities[k] = c
    end
    c.mentions = c.mentions + e.count
    c.articles = c.articles + 1
    if day then c.by_day[day] = (c.by_day[day] or 0) + e.count end
    if SUBJECT[e.type] and e.count >= 2 then subjects[#subjects + 1] = e end
  end
  -- What the article is about: its three most-mentioned people or bodies.
  table.sort(subjects, function(x, y)
    if x.count ~= y.count then return x.count > y.count end
    return x.name < y.name
  end)
  local quoted = {}
  for _, q in ipairs(quotes) do
    local who = named_speaker(q)
    if who then
      local s = self.speakers[who]
      if not s then
        s = { name = who, quotes = 0, speech = 0, writing = 0, thought = 0, other = 0 }
        self.speakers[who] = s
      end
      local class, from_cue = quote_class(q)
      if from_cue then self.classes = true end
      s.quotes = s.quotes + 1
      s[class] = s[class] + 1
      quoted[who] = true
    end
  end
  for who in pairs(quoted) do
    for i = 1, math.min(3, #subjects) do
      local about = subjects[i].name
      if about ~= who then
        local row = self.pairs[who]
        if not row then row = {}; self.pairs[who] = row end
        row[about] = (row[about] or 0) + 1
      end
    end
  end
  -- Dated events: what day (or month) the articles speak of.
  local seen = {}
  for _, d in ipairs(a:dates()) do
    local v = d.type == "DATE" and EVENT_PARTS[d.part] and d.value
    if v and (v:match("^%d%d%d%d%-%d%d%-%d%d$") or v:match("^%d%d%d%d%-%d%d$")) then
      local ev = self.events[v]
      if not ev then
        ev = { value = v, mentions = 0, articles = 0, sentence = d.sentence or d.text, source = a.title or name }
        self.events[v] = ev
      end
      ev.mentions = ev.mentions + 1
      if not seen[v] then
        seen[v] = true
        ev.articles = ev.articles + 1
      end
    end
  end
  if #self.list < LIST_MAX then
    self.list[#self.list + 1] = { name = name, title = a.title, published = a.published,
      quotes = #quotes, entities = #entities }
  end
end

local function ranked(map, key, n, filter)
  local t = {}
  for _, v in pairs(map) do if not filter or filter(v) then t[#t + 1] = v end end
  table.sort(t, function(x, y)
    if x[key] ~= y[key] then return x[key] > y[key] end
    return (x.name or x.value) < (y.name or y.value)
  end)
  while #t > n do t[#t] = nil end
  return t
end

local function render_corpus(self, add)
  local lo, hi
  for d in pairs(self.days) do
    if not lo or d < lo then lo = d end
    if not hi or d > hi then hi = d end
  end
  add('<header class="corpus"><p class="facts">', self.n, " articles")
  if lo then add(" published ", iso(lo), " to ", iso(hi)) end
  if self.undated > 0 then add(" (", self.undated, " without a publication date)") end
  add("</p></header>")

  -- Articles per day (or week, or month).
  if lo then
    local unit, nb, index, label = bucketing(lo, hi)
    local labels, values = {}, {}
    for i = 1, nb do labels[i], values[i] = label(i), 0 end
    for d, n in pairs(self.days) do
      local i = index(d)
      values[i] = values[i] + n
    end
    local rows = {}
    for i = 1, nb do rows[i] = { labels[i], values[i] } end
    figure(add, "per-day", "Articles per " .. unit, "By publication date" ..
      (unit == "day" and "." or (", in " .. unit .. "s starting on the date shown.")),
      column_chart, { labels = labels, values = values, xlabel = "Publication " .. unit,
        ylabel = "Articles" }, { unit, "articles" }, rows)

    -- Mentions of the most-mentioned entities over the same buckets.
    local top = ranked(self.entities, "mentions", 5)
    local series = {}
    for _, e in ipairs(top) do
      local v = {}
      for i = 1, nb do v[i] = 0 end
      for d, n in pairs(e.by_day) do v[index(d)] = v[index(d)] + n end
      series[#series + 1] = { name = e.name, values = v }
    end
    if #series > 0 then
      local headers, rows2 = { unit }, {}
      for _, s in ipairs(series) do headers[#headers + 1] = s.name end
      for i = 1, nb do
        local r = { labels[i] }
        for _, s in ipairs(series) do r[#r + 1] = s.values[i] end
        rows2[i] = r
      end
      figure(add, "mentions-over-time", "Mentions of the top entities per " .. unit,
        "How often the five most-mentioned names appear, by publication " .. unit .. ".",
        line_chart, { labels = labels, series = series, xlabel = "Publication " .. unit,
          ylabel = "Mentions" }, headers, rows2)
    end
  end

  -- Most-mentioned entities.
  local ents = ranked(self.entities, "mentions", self.top)
  if #ents > 0 then
    local rows, table_rows = {}, {}
    for _, e in ipairs(ents) do
      rows[#rows + 1] = { e.name, e.mentions, type = e.type }
      table_rows[#table_rows + 1] = { e.name, e.type, e.mentions, e.articles }
    end
    local key = { '<p class="legend-html">' }
    for _, t in ipairs({ "person", "organization", "place", "group", "event" }) do
      key[#key + 1] = '<span class="swatch t-' .. t .. '"></span>' .. t .. " "
    end
    key[#key + 1] = "</p>"
    figure(add, "entities", "Most-mentioned entities", "Mentions across all articles; colour by type.",
      bar_chart, { rows = rows, series = { "mentions" }, xlabel = "Mentions", ylabel = "Entity",
        key = table.concat(key),
        colour = function(r) return TYPE_COLOUR[r.type] or "#888888" end },
      { "entity", "type", "mentions", "articles" }, table_rows)
  end

  -- Most-quoted speakers, speech and the rest.
  local spk = ranked(self.speakers, "quotes", self.top)
  if #spk > 0 then
    local classes = self.classes and CUE_CLASSES or { "speech", "other" }
    local names = self.classes and { "speech (said, told)", "writing", "thought", "other cues" }
      or { "quoted words (direct, mixed)", "reported (indirect)" }
    local rows, table_rows = {}, {}
    for _, s in ipairs(spk) do
      local r, tr = { s.name }, { s.name, s.quotes }
      for _, c in ipairs(classes) do
        r[#r + 1] = s[c]
        tr[#tr + 1] = s[c]
      end
      rows[#rows + 1] = r
      table_rows[#table_rows + 1] = tr
    end
    local headers = { "speaker", "quotes" }
    for _, n in ipairs(names) do headers[#headers + 1] = n end
    figure(add, "speakers", "Most-quoted speakers",
      self.classes and "Quotes per speaker, split by what their cue says they did: spoke, wrote, thought, or other."
        or "Quotes per speaker, split by kind.",
      bar_chart, { rows = rows, series = names, xlabel = "Quotes", ylabel = "Speaker" },
      headers, table_rows)
  end

  -- Dated events: the most-cited dates, in time order.
  local evs = ranked(self.events, "articles", math.max(self.top, 25))
  if #evs > 0 then
    table.sort(evs, function(x, y) return x.value < y.value end)
    -- A chart over months (or days, for a short range) of the cited dates.
    local elo, ehi
    for _, ev in ipairs(evs) do
      local z = parse_day(ev.value) or parse_day(ev.value .. "-01")
      if z then
        if not elo or z < elo then elo = z end
        if not ehi or z > ehi then ehi = z end
      end
    end
    if elo then
      -- A stray far-off date must not stretch the axis over centuries.
      elo = math.max(elo, ehi - 200 * 365)
      local unit, nb, index, label = bucketing(elo, ehi)
      local labels, values = {}, {}
      for i = 1, nb do labels[i], values[i] = label(i), 0 end
      for _, ev in ipairs(evs) do
        local z = parse_day(ev.value) or parse_day(ev.value .. "-01")
        if z and z >= elo then values[index(z)] = values[index(z)] + ev.articles end
      end
      local rows = {}
      for _, ev in ipairs(evs) do rows[#rows + 1] = { ev.value, ev.articles, ev.mentions, cut(ev.sentence, 160), ev.source } end
      figure(add, "events", "Dated events the articles mention",
        "The " .. #evs .. " dates cited by the most articles, placed by the " .. unit ..
        " they fall in; the table gives a sentence that cites each.",
        column_chart, { labels = labels, values = values, xlabel = "Date cited (" .. unit .. ")",
          ylabel = "Articles citing it" },
        { "date", "articles", "mentions", "for example", "in" }, rows)
    end
  end

  -- Who is quoted in articles about whom.
  local rows = {}
  for _, s in ipairs(ranked(self.speakers, "quotes", 10)) do
    if self.pairs[s.name] then rows[#rows + 1] = s.name end
  end
  local col_total = {}
  for _, r in ipairs(rows) do
    for about, n in pairs(self.pairs[r]) do col_total[about] = (col_total[about] or 0) + n end
  end
  local cols = {}
  for about, n in pairs(col_total) do cols[#cols + 1] = { name = about, n = n } end
  table.sort(cols, function(x, y)
    if x.n ~= y.n then return x.n > y.n end
    return x.name < y.name
  end)
  while #cols > 10 do cols[#cols] = nil end
  for i, c in ipairs(cols) do cols[i] = c.name end
  if #rows > 0 and #cols > 0 then
    local headers, table_rows = { "speaker" }, {}
    for _, c in ipairs(cols) do headers[#headers + 1] = c end
    for _, r in ipairs(rows) do
      local tr = { r }
      for _, c in ipairs(cols) do tr[#tr + 1] = self.pairs[r][c] or 0 end
      table_rows[#table_rows + 1] = tr
    end
    figure(add, "who-about-whom", "Who is quoted in articles about whom",
      "Articles in which the speaker (row) is quoted and the person or body (column) is among " ..
      "the three most mentioned.",
      matrix_chart, { rows = rows, cols = cols, xlabel = "Article about", ylabel = "Speaker",
        cell = function(r, c) return self.pairs[r][c] or 0 end }, headers, table_rows)
  end

  -- The articles themselves (the first ones, for a big corpus).
  add('<section><h2>Articles</h2><details class="articles"><summary>', #self.list < self.n and
    ("The first " .. #self.list .. " of " .. self.n) or ("All " .. self.n), "</summary>",
    '<table class="list"><thead><tr><th>Published</th><th>Headline</th><th class="n">Quotes</th>',
    '<th class="n">Entities</th><th>File</th></tr></thead><tbody>')
  for _, s in ipairs(self.list) do
    add("<tr><td>", esc(s.published or ""), "</td><td>", esc(s.title or "(no headline)"),
      '</td><td class="n">', s.quotes, '</td><td class="n">', s.entities, "</td><td>",
      esc(s.name or ""), "</td></tr>")
  end
  add("</tbody></table></details></section>")
end

local CSS = [[
:root{--ink:#1d2125;--muted:#5f6870;--rule:#d8dde2;--bg:#fff;--soft:#f4f6f8}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:var(--bg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
main{max-width:980px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:1.6rem;margin:.4em 0 .1em}
h1.kicker{font-size:.8rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:.8em 0 0}
h2{font-size:1.25rem;margin:1.6em 0 .5em;border-bottom:1px solid var(--rule);padding-bottom:.2em}
h3{font-size:1rem;margin:1em 0 .3em}
.facts,.muted{color:var(--muted)}
.facts{margin:.2em 0 1em}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.4em 0 1em}
th,td{text-align:left;vertical-align:top;padding:3px 8px;border-bottom:1px solid var(--rule)}
th{background:var(--soft);font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
table.quotes{table-layout:fixed}
.quotes th:nth-child(1){width:7em}.quotes th:nth-child(2){width:9em}.quotes th:nth-child(3){width:6em}
.timeline td:first-child{white-space:nowrap}
figure{margin:1.2em 0 2em;padding:0;break-inside:avoid}
figcaption h3{margin:0}
figcaption p{margin:.1em 0 .5em;color:var(--muted);font-size:.9rem}
svg.chart{display:block;max-width:100%;height:auto;font-size:11px}
svg .grid{stroke:#e6e9ec;stroke-width:1}
svg .base{stroke:#9aa3ab;stroke-width:1}
svg .tick{fill:var(--muted)}
svg .axis-label{fill:var(--ink);font-weight:600}
svg .label{fill:var(--ink)}
svg .value{fill:var(--muted)}
svg .value.on-dark{fill:#fff}
svg .bar:not([fill]){fill:#4e79a7}
svg .line{stroke-width:2}
details summary{cursor:pointer;color:var(--muted);font-size:.85rem}
.legend-html{margin:0 0 .3em;font-size:.85rem;color:var(--muted)}
.legend-html .swatch:first-child{margin-left:0}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin:0 .3em 0 .6em;vertical-align:-.05em}
.story{display:grid;grid-template-columns:minmax(0,1fr) 230px;gap:0 28px}
.story>header{grid-column:1/3}
.text{grid-column:1;font:16px/1.65 Georgia,"DejaVu Serif",serif;max-width:44em}
.key{grid-column:2;grid-row:2;font-size:.85rem;position:sticky;top:8px;align-self:start}
.key ul{list-style:none;margin:0;padding:0}
.key li{margin:.25em 0}
.key .swatch{margin-left:0}
.blk{margin:0 0 .8em}
.blk.title{font-size:1.45rem;line-height:1.3;margin:0 0 .6em;border:0}
.blk.boilerplate{color:var(--muted);font-size:.85rem}
.blk.byline,.blk.dateline,.blk.caption,.blk.related,.blk.standfirst{font-family:system-ui,"DejaVu Sans",sans-serif;font-size:.9rem}
.blk.standfirst{font-size:1rem;font-style:italic}
.part{font:600 .7rem system-ui,"DejaVu Sans",sans-serif;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin-right:.3em}
.pn{font:.7rem system-ui,"DejaVu Sans",sans-serif;color:var(--muted);margin-right:.2em}
.ent{border-bottom:2px solid #888;padding-bottom:1px}
.ent.t-person{border-color:#4e79a7}
.ent.t-organization{border-color:#f28e2b}
.ent.t-place{border-color:#59a14f}
.ent.t-group{border-color:#b07aa1}
.ent.t-event{border-color:#e15759}
.quote{border-radius:3px;padding:1px 0;box-decoration-break:clone;-webkit-box-decoration-break:clone;background:#eceff1}
.speaker{font-weight:700}
.cue{text-decoration:underline dotted;text-underline-offset:3px}
.date{background:#fff3c4;border-radius:3px;padding:0 2px}
.date .val{font:600 .65rem system-ui,"DejaVu Sans",sans-serif;color:#7a5b00;margin-left:.3em;vertical-align:.15em}
]]

-- A colour darkened enough to read as text on white.
local function darker(c)
  local r, g, b = tonumber(c:sub(2, 3), 16), tonumber(c:sub(4, 5), 16), tonumber(c:sub(6, 7), 16)
  return string.format("#%02x%02x%02x", r * 0.62 // 1, g * 0.62 // 1, b * 0.62 // 1)
end

-- One quote background and speaker colour per palette entry.
local function speaker_css()
  local t = {}
  for i, c in ipairs(PALETTE) do
    t[#t + 1] = string.format(".quote.s%d{background:%s2e}.speaker.s%d{color:%s}.swatch.s%d{background:%s}",
      i, c, i, darker(c), i, c)
  end
  t[#t + 1] = ".swatch.s0{background:#b8c0c7}"
  for _, ty in ipairs({ "person", "organization", "place", "group", "event" }) do
    t[#t + 1] = string.format(".swatch.t-%s{background:%s}", ty, TYPE_COLOUR[ty])
  end
  return table.concat(t, "\n")
end

local PRINT_CSS = [[
@media (max-width:760px){.story{display:block}.key{position:static}}
@media print{body{font-size:11pt}main{max-width:none;padding:0}.key{position:static}
details.data::details-content{content-visibility:visible;display:block}
details.data summary{display:none}a{color:inherit;text-decoration:none}
h2{break-after:avoid}tr{break-inside:avoid}}
]]

-- The whole page as a string.
function Report:render()
  local b, add = buffer()
  local single = self.n == 1 and self.first
  local title = self.title or (single and (self.first_title or "lede report")
    or ("lede report: " .. self.n .. " articles"))
  add("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    -- Nothing may load or run: the page is all here.
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    '<meta name="generator" content="', esc(lede._VERSION), '">\n',
    "<title>", esc(title), "</title>\n<style>\n", CSS, speaker_css(), "\n", PRINT_CSS, "</style>\n</head>\n<body>\n<main>\n")
  add(single and '<h1 class="kicker">' or "<h1>", single and "lede report" or esc(title), "</h1>\n")
  if self.n == 0 then
    add('<p class="muted">No articles.</p>')
  elseif single then
    add(self.first)
  else
    render_corpus(self, add)
  end
  add('\n<footer class="muted"><p>Made by ', esc(lede._VERSION), ".</p></footer>\n</main>\n</body>\n</html>\n")
  return table.concat(b)
end

-- Write the page to path ("-": standard output). Returns true, or nil and
-- a message.
function Report:write(path)
  local s = self:render()
  if path == "-" then
    io.stdout:write(s)
    return true
  end
  local f, err = io.open(path, "wb")
  if not f then return nil, err end
  local ok, werr = f:write(s)
  local cok, cerr = f:close()
  if not ok then return nil, werr end
  if not cok then return nil, cerr end
  return true
end

-- htmlreport.write(articles, path [, opts]): articles is a list of lede
-- articles, or of {article, name} pairs.
function M.write(articles, path, opts)
  if type(articles) ~= "table" then error("htmlreport.write: articles must be a list", 2) end
  if type(path) ~= "string" then error("htmlreport.write: path must be a string", 2) end
  local r = M.new(opts)
  for i, x in ipairs(articles) do
    if lede.type(x) == "article" then r:add(x, nil)
    elseif type(x) == "table" and lede.type(x[1]) == "article" then r:add(x[1], x[2])
    else error("htmlreport.write: item " .. i .. " is not a lede article", 2) end
  end
  return r:write(path)
end

return M
