-- make bench: write the benchmark corpus, varied articles, no repeats.
--   lede run tests/bench_corpus.lua OUTDIR [DATA_DIR]
-- With DATA_DIR (the annotated news sets, when present) the corpus is the
-- text of every document of its */docs.jsonl, except the sets named
-- *-train: the name tagger learned from those, and its speed on text it
-- was trained on says little of its speed on new text; without it, articles are
-- generated from the bundled ones: each is a new headline, byline, date
-- and body drawn at random (fixed seed) from their sentences, so no two
-- articles are alike. Writes OUTDIR/corpus.txt (records "<bytes>\n<text>")
-- and OUTDIR/docs/NNNN/N.txt (one file per article, for `lede json`).
local lede = require "lede"

local outdir, data = arg[1], arg[2]
local docs, sources = {}, {}

if data and data ~= "" then
  local p = io.popen('ls "' .. data .. '"/*/docs.jsonl 2>/dev/null')
  for f in p:lines() do
    if not f:match("%-train/docs%.jsonl$") then sources[#sources + 1] = f end
  end
  p:close()
end

if #sources > 0 then
  for item in lede.inputs(sources) do
    if item.text then docs[#docs + 1] = item.text end
  end
  io.stderr:write(string.format("corpus: %d documents from %s\n", #docs,
    table.concat(sources, " ")))
else
  local files = {}
  local p = io.popen("ls examples/articles/*.txt tests/articles/*.txt 2>/dev/null")
  for f in p:lines() do files[#files + 1] = f end
  p:close()
  local heads, sents, names = {}, {}, {}
  for _, f in ipairs(files) do
    local a = assert(lede.open(f))
    if a.title then heads[#heads + 1] = a.title end
    for _, par in ipairs(a.paragraphs or {}) do
      for _, s in ipairs(par.sentences) do sents[#sents + 1] = s.text end
    end
    for _, e in ipairs(a:entities("person")) do names[#names + 1] = e.name end
    a:close()
  end
  assert(#sents > 0 and #heads > 0 and #names > 0, "no bundled articles")
  local months = { "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December" }
  math.randomseed(20210310)
  local r = math.random
  local size, n = 0, 0
  while size < 8e6 do
    n = n + 1
    local t = { heads[r(#heads)], "", "By " .. names[r(#names)], "",
      string.format("%s %d, %d", months[r(12)], r(28), 2000 + r(25)), "" }
    for _ = 1, r(6, 24) do
      local par = {}
      for _ = 1, r(1, 4) do par[#par + 1] = sents[r(#sents)] end
      t[#t + 1] = table.concat(par, " ")
      t[#t + 1] = ""
    end
    docs[n] = table.concat(t, "\n")
    size = size + #docs[n]
  end
  io.stderr:write(string.format("corpus: %d generated articles\n", #docs))
end

os.execute('rm -rf "' .. outdir .. '/docs"')
local f = assert(io.open(outdir .. "/corpus.txt", "wb"))
for i, text in ipairs(docs) do
  f:write(#text, "\n", text)
  local d = string.format("%s/docs/%04d", outdir, (i - 1) // 500)
  if (i - 1) % 500 == 0 then os.execute('mkdir -p "' .. d .. '"') end
  local g = assert(io.open(string.format("%s/%06d.txt", d, i), "wb"))
  g:write(text)
  g:close()
end
f:close()
