-- lede.articles and lede.corpus: walking inputs and adding articles up.
-- Built into the module (tools/embed_lua.lua makes a C string of it); run
-- with the module table and the entity metatable.
local lede, ENTITY_MT = ...

-- for a, item in lede.articles(paths [, opts]) do ... end
-- Each readable input parsed (HTML as HTML) with its record's published
-- date, else opts.published. An input that cannot be read or parsed goes
-- to opts.on_error(item) (item.error says why), else to io.stderr, and is
-- skipped. opts.stdin: "auto", "text" or "jsonl", as for lede.inputs.
function lede.articles(paths, opts)
  opts = opts or {}
  if type(opts) ~= "table" then
    error("bad argument #2 to 'articles' (table expected, got " .. type(opts) .. ")", 2)
  end
  local published, on_error = opts.published, opts.on_error
  if published ~= nil then
    lede.parse("", { published = published }) -- raises on a bad date
  end
  local iter, state, _, closing = lede.inputs(paths, opts.stdin and { stdin = opts.stdin } or nil)
  local function fail(item)
    if on_error then on_error(item)
    else io.stderr:write("lede: ", item.error, "\n") end
  end
  local function step()
    while true do
      local item = iter(state)
      if not item then return nil end
      if item.error then
        fail(item)
      else
        local parse = item.html and lede.parse_html or lede.parse
        local ok, a = pcall(parse, item.text, { published = item.published or published })
        if ok then return a, item end
        item.error = item.name .. ": " .. tostring(a)
        fail(item)
      end
    end
  end
  return step, nil, nil, closing
end

-- ==== Corpus =============================================================

local Corpus = {}
Corpus.__index = Corpus
Corpus.__name = "lede.corpus"

-- c = lede.corpus(); c:add(a [, id]); c:entities([filter])
function lede.corpus()
  return setmetatable({ docs = {}, ents = {} }, Corpus)
end

function Corpus:__tostring()
  return string.format("lede.corpus (%d articles, %d entities as read)", #self.docs, #self.ents)
end

-- Adds what the corpus keeps of an article (not the article: it may be
-- closed afterwards). id defaults to "#1", "#2", ...
function Corpus:add(a, id)
  if lede.type(a) ~= "article" then
    error("bad argument #1 to 'add' (lede article expected)", 2)
  end
  local n = #self.docs + 1
  id = id ~= nil and tostring(id) or ("#" .. n)
  self.docs[n] = { id = id, published = a.published }
  for _, e in ipairs(a:entities()) do
    local aliases = {}
    for _, al in ipairs(e.aliases) do aliases[#aliases + 1] = al end
    self.ents[#self.ents + 1] = { doc = n, id = id, name = e.name, key = e.key,
      type = e.type, count = e.count, aliases = aliases }
  end
  self.merged = nil
  return self
end

local function words(key)
  local t = {}
  for w in key:gmatch("%S+") do t[#t + 1] = w end
  return t
end

-- Which entities of different articles are one: the same name (ignoring
-- case and a leading "the"), a name that is another's alias ("US" and
-- "United States"), or a lone surname ("Obama") and the one full name of
-- a person that ends with it ("Barack Obama"; two such names: no merge).
-- The type is the one most mentions have.
local function merge(ents)
  local parent = {}
  local function find(i)
    while parent[i] ~= i do
      parent[i] = parent[parent[i]]
      i = parent[i]
    end
    return i
  end
  local function union(i, j)
    i, j = find(i), find(j)
    if i ~= j then parent[math.max(i, j)] = math.min(i, j) end
  end
  local by_key = {}
  for i, e in ipairs(ents) do
    parent[i] = i
    if by_key[e.key] then union(i, by_key[e.key]) else by_key[e.key] = i end
  end
  -- Last words of full personal names: a lone surname is one of them
  -- only when one full name ends with it (ends[w] false: several do).
  local ends = {}
  for k, i in pairs(by_key) do
    local w = words(k)
    if #w > 1 and ents[i].type == "person" then
      local last = w[#w]
      if ends[last] == nil then ends[last] = k
      elseif ends[last] ~= k then ends[last] = false end
    end
  end
  for i, e in ipairs(ents) do
    for _, al in ipairs(e.aliases) do
      local k = lede.key(al)
      local j = by_key[k]
      if j and not (ends[k] == false and #words(k) == 1) then union(i, j) end
    end
  end
  for k, i in pairs(by_key) do
    if #words(k) == 1 and ends[k] then union(i, by_key[ends[k]]) end
  end
  -- groups
  local groups, order = {}, {}
  for i, e in ipairs(ents) do
    local r = find(i)
    if not groups[r] then
      groups[r] = { members = {} }
      order[#order + 1] = r
    end
    table.insert(groups[r].members, e)
  end
  local out = {}
  for _, r in ipairs(order) do
    local m = groups[r].members
    local best, types, count, docs, in_docs = nil, {}, 0, {}, {}
    for _, e in ipairs(m) do
      count = count + e.count
      types[e.type] = (types[e.type] or 0) + e.count
      local nw = #words(e.key)
      if not best or nw > best.nw or (nw == best.nw and (e.count > best.e.count or
          (e.count == best.e.count and e.name < best.e.name))) then
        best = { e = e, nw = nw }
      end
      if not docs[e.doc] then
        docs[e.doc] = { id = e.id, name = e.name, count = 0 }
        in_docs[#in_docs + 1] = docs[e.doc]
      end
      docs[e.doc].count = docs[e.doc].count + e.count
    end
    local ty, tc = nil, -1
    for t, c in pairs(types) do
      if c > tc or (c == tc and t < ty) then ty, tc = t, c end
    end
    local seen, aliases = {}, {}
    local function alias(s)
      local k = lede.key(s)
      if not seen[k] then
        seen[k] = true
        aliases[#aliases + 1] = s
      end
    end
    alias(best.e.name)
    for _, e in ipairs(m) do
      alias(e.name)
      for _, al in ipairs(e.aliases) do alias(al) end
    end
    table.sort(in_docs, function(x, y) return x.id < y.id end)
    out[#out + 1] = setmetatable({ key = best.e.key, name = best.e.name, type = ty,
      count = count, articles = #in_docs, aliases = aliases, ["in"] = in_docs }, ENTITY_MT)
  end
  table.sort(out, function(x, y)
    if x.count ~= y.count then return x.count > y.count end
    return x.key < y.key
  end)
  return out
end

local TYPES = { person = true, organization = true, place = true, group = true, event = true }
local function bad_type(t)
  error("corpus entities: unknown type '" .. tostring(t) ..
    "' (valid: person, organization, place, group, event)", 3)
end

-- c:entities([filter]): merged entities, most mentioned first, each with
-- key, name, type, count, articles, aliases and `in` ({id, name, count}
-- per article). filter: a type, {type = ..., name = ...} or a function.
function Corpus:entities(filter)
  self.merged = self.merged or merge(self.ents)
  local ty, name, fn
  if type(filter) == "string" then
    if not TYPES[filter:lower()] then bad_type(filter) end
    ty = filter:lower()
  elseif type(filter) == "table" then
    for k in pairs(filter) do
      if k ~= "type" and k ~= "name" then
        error("corpus entities: unknown filter key '" .. tostring(k) .. "' (valid: type, name)", 2)
      end
    end
    if filter.type ~= nil then
      if type(filter.type) ~= "string" or not TYPES[filter.type:lower()] then bad_type(filter.type) end
      ty = filter.type:lower()
    end
    name = filter.name and lede.key(filter.name)
  elseif type(filter) == "function" then
    fn = filter
  elseif filter ~= nil then
    error("corpus entities: a filter is a string, a table or a function, not a " .. type(filter), 2)
  end
  local out = {}
  for _, e in ipairs(self.merged) do
    local ok = (not ty or e.type == ty) and (not fn or fn(e))
    if ok and name then
      ok = false
      for _, al in ipairs(e.aliases) do
        if lede.key(al) == name then ok = true break end
      end
    end
    if ok then out[#out + 1] = e end
  end
  return out
end

-- c:entity(name): the merged entity with that key, else the first with
-- that name or alias, or nil.
function Corpus:entity(name)
  local k = lede.key(name)
  for _, e in ipairs(self:entities()) do
    if e.key == k then return e end
  end
  return self:entities({ name = name })[1]
end
