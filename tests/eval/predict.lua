-- Run lede over a JSON Lines file of documents (../shared/eval/FORMAT.md)
-- and print predictions in the same format: code point offsets, end
-- exclusive. Usage: lua5.4 tests/eval/predict.lua DOCS.jsonl [--via] > PRED.jsonl
-- With --via each quote also carries speaker_via and speaker_ref (what its
-- speaker refers to), for tools/quote_misses.py --speakers; the scorer
-- ignores both.
local lede = require "lede"
local json = require "dkjson"

local path = arg[1] or error("usage: predict.lua DOCS.jsonl [--via]")
local via = arg[2] == "--via"

-- cp[b] = code points before byte offset b (0-based), for b = 0 .. #text.
local function cp_index(text)
  local cp, n = { [0] = 0 }, 0
  for b = 1, #text do
    local c = text:byte(b)
    if c < 0x80 or c >= 0xC0 then n = n + 1 end
    cp[b] = n
  end
  return cp
end

local KIND = { person = "PER", organization = "ORG", place = "LOC", group = "MISC" }

local function predict(doc)
  local text = doc.text
  local ok, a = pcall(lede.parse, text, { published = doc.published ~= json.null and doc.published or nil })
  if not ok then a = lede.parse(text) end
  local cp = cp_index(text)
  -- lede positions are 1-based inclusive byte positions
  local function s(i) return cp[i - 1] end
  local function e(j) return cp[j] end
  local out = { id = doc.id, sentences = {} }
  -- The page's sentences: title, standfirst, date line, captions, body.
  for _, st in a:sentences("all") do
    out.sentences[#out.sentences + 1] = { s(st.start), e(st.stop) }
  end
  if a.entities then
    out.entities = {}
    for _, ent in ipairs(a:entities()) do
      -- Names only: descriptions ("military's media wing") and roles
      -- ("the army chief") are links, not names in the NER sense.
      for _, m in ipairs(ent.mentions) do
        if m.kind == "name" or m.kind == "acronym" then
          out.entities[#out.entities + 1] = { start = s(m.start), ["end"] = e(m.stop),
            type = KIND[ent.type] or "MISC", text = m.text }
        end
      end
    end
    table.sort(out.entities, function(x, y) return x.start < y.start end)
  end
  if a.quotes then
    -- The format's unit is an attribution relation (speaker, cue,
    -- content). Paragraphs that continue a quotation with no cue of their
    -- own (speaker_via "continuation") share the cue of the quote they
    -- continue: they are one relation with it, from its first mark to the
    -- last one. An indirect report nested in another speaker's report
    -- (q.parent: "Lee said Cole told her that ...") is that speaker's
    -- account, not an attested statement of its own; quotations in
    -- marks keep their speaker wherever they stand.
    -- A statement known only from a report ("“...,” Lee said, according
    -- to WBUR") is attested by the report: one relation, WBUR's, over
    -- both.
    out.quotes = {}
    local by_cue = {}
    local qs = a:quotes()
    local into = {} -- report index -> the quotes it attests
    local reports = {}
    for _, q in ipairs(qs) do
      if q.cue and q.cue.lemma == "according to" and q.kind ~= "unattributed" then
        reports[#reports + 1] = q
      end
    end
    local attested = {}
    for _, q in ipairs(qs) do
      -- the report whose content holds this quote's attribution
      local at = q.kind ~= "indirect" and q.kind ~= "unattributed" and q.cue
      if at then
        for _, p in ipairs(reports) do
          if p ~= q and p.start <= at.start and at.stop <= p.stop then
            into[p.index] = into[p.index] or {}
            table.insert(into[p.index], q)
            attested[q] = true
            break
          end
        end
      end
    end
    for _, q in ipairs(qs) do
      if attested[q] then
        -- emitted with its report
      elseif q.kind ~= "unattributed" and not (q.parent and q.kind == "indirect")
          and (q.speaker_text or q.cue) then
        -- (a quotation with neither a source nor a cue is no relation)
        local r = q.speaker_via == "continuation" and q.cue and by_cue[q.cue.start]
        -- (a quotation the writer's sentence goes on after, "“...” from
        -- A to B, in Lee's view.", continues no quotation: a relation of
        -- its own)
        if r and text:sub(q.outer_stop + 1):match("^[%p%s]*[%a%d]") and
            not text:sub(q.outer_stop + 1):match("^[^\n%a%d]*\n") then
          r = nil
        end
        if r then
          r["end"] = math.max(r["end"], e(q.outer_stop))
          if r.kind == "indirect" then r.kind = "mixed" end
        else
          r = { start = s(q.outer_start), ["end"] = e(q.outer_stop),
            text = q.text, kind = q.kind, speaker = q.speaker_text or json.null,
            speaker_start = q.speaker_start and s(q.speaker_start) or json.null,
            speaker_end = q.speaker_stop and e(q.speaker_stop) or json.null,
            cue = q.cue and q.cue.text or json.null }
          if via then
            r.speaker_via = q.speaker_via
            r.speaker_ref = q.speaker_ref and q.speaker_ref.text or json.null
          end
          out.quotes[#out.quotes + 1] = r
          if q.cue then by_cue[q.cue.start] = r end
        end
        for _, c in ipairs(into[q.index] or {}) do
          r.start = math.min(r.start, s(c.outer_start))
          r["end"] = math.max(r["end"], e(c.outer_stop))
          if c.cue then by_cue[c.cue.start] = r end
        end
      end
    end
  end
  if a.dates then
    out.dates = {}
    for _, d in ipairs(a:dates()) do
      out.dates[#out.dates + 1] = { start = s(d.start), ["end"] = e(d.stop),
        text = d.text, type = d.type, value = d.value or json.null }
    end
  end
  a:close()
  return out
end

for l in io.lines(path) do
  if l:match("%S") then
    local doc = assert(json.decode(l))
    io.write(json.encode(predict(doc)), "\n")
  end
end
