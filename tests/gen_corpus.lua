-- Writes N invented news articles as JSON Lines ({"id", "text",
-- "published"}) for measuring and testing corpus reports: wire, broadsheet
-- and local styles, varied people, bodies, places and dates.
--   lua5.4 tests/gen_corpus.lua N [SEED] > corpus.jsonl
-- Publication dates run over about a year from 2023-01-02; the same N and
-- SEED give the same file.
local lede = require "lede"

local N = tonumber(arg[1] or "")
if not N or N < 1 then
  io.stderr:write("usage: gen_corpus.lua N [SEED] > corpus.jsonl\n")
  os.exit(2)
end
math.randomseed(tonumber(arg[2] or "1") or 1)

local FIRST = { "Amina", "Tomasz", "Keiko", "Rafael", "Ingrid", "Oluwaseun", "Priya", "Mateus",
  "Hanna", "Dmitri", "Fatou", "Liam", "Chen", "Soraya", "Elif", "Marcus", "Nadia", "Joaquin",
  "Astrid", "Kwame", "Leila", "Viktor", "Siobhan", "Arjun", "Camille", "Yusuf", "Greta", "Emeka" }
local LAST = { "Okonkwo", "Lindqvist", "Tanaka", "Moreau", "Haddad", "Kowalczyk", "Mensah",
  "Fitzgerald", "Castellanos", "Novak", "Abernathy", "Rahimi", "Delacroix", "Sato", "Byrne",
  "Achterberg", "Oyelaran", "Petrov", "Villanueva", "Chaudhry", "Brennan", "Eriksen" }
local ROLES = { "finance minister", "chief executive", "mayor", "spokesperson", "health secretary",
  "union leader", "police commissioner", "central bank governor", "opposition leader" }
local ORGS = { "Ministry of Finance", "Northgate Water", "Harbour Authority", "Central Bank",
  "Transport Workers Union", "National Health Service", "Meridian Energy", "Port Council",
  "Election Commission", "Red Cross", "World Bank", "Baltic Rail" }
local PLACES = { "London", "Nairobi", "Lisbon", "Manila", "Toronto", "Accra", "Warsaw",
  "Dublin", "Karachi", "Santiago", "Osaka", "Cairo", "Oslo", "Lagos" }
local AGENCIES = { "Reuters", "AP", "AFP" }
local TOPICS = {
  { "budget", "approved a new budget that raises spending on schools and roads" },
  { "strike", "called off a strike that had closed the port for a week" },
  { "floods", "warned that the floods could cut off villages along the river" },
  { "merger", "agreed to a merger worth nearly 2 billion dollars" },
  { "vote", "would hold the vote on the new constitution as planned" },
  { "fares", "raised train fares by 4 percent from next month" },
  { "outbreak", "confirmed 40 new cases in the outbreak" },
  { "talks", "resumed talks over the disputed border" },
}
local QUOTES = { "We will not back down now", "This is the best deal we could get",
  "People are tired and they want answers", "The numbers speak for themselves",
  "Nobody expected it to happen this fast", "We have a plan and we will stick to it",
  "It is too early to say what went wrong", "Our doors remain open" }
local WEEKDAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }
local MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December" }

local function pick(t) return t[math.random(#t)] end

-- Civil date of day number z (days since 1970-01-01).
local function civil(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp + (mp < 10 and 3 or -9)
  local y = yoe + era * 400
  return m <= 2 and y + 1 or y, m, d
end

local START = 19359 -- 2023-01-02

-- A few people and bodies recur far more than others, as in real news.
local function person()
  local i = math.min(#FIRST, math.floor(math.random() ^ 2 * #FIRST) + 1)
  local j = math.min(#LAST, math.floor(math.random() ^ 2 * #LAST) + 1)
  return FIRST[i], LAST[j]
end

local function article(k)
  local day = START + math.floor(math.random() ^ 0.8 * 360)
  local y, m, d = civil(day)
  local published = string.format("%04d-%02d-%02d", y, m, d)
  local topic = pick(TOPICS)
  local f1, l1 = person()
  local f2, l2 = person()
  if l2 == l1 then l2 = LAST[(k % #LAST) + 1] end
  local org, org2 = pick(ORGS), pick(ORGS)
  local place = pick(PLACES)
  local role = pick(ROLES)
  local later = day + math.random(3, 40)
  local _, lm, ld = civil(later)
  local p = {}
  local style = k % 3
  p[#p + 1] = string.format("%s %s over %s", org, pick({ "faces questions", "moves", "under pressure" }), topic[1])
  if style == 0 then
    p[#p + 1] = string.format("By %s %s", pick(FIRST), pick(LAST))
    p[#p + 1] = string.format("Published: %d %s %d", d, MONTHS[m]:sub(1, 3), y)
    p[#p + 1] = string.format("%s (%s) - %s %s, the %s, said on %s that the %s %s.",
      place:upper(), pick(AGENCIES), f1, l1, role, pick(WEEKDAYS), org, topic[2])
  elseif style == 1 then
    p[#p + 1] = string.format("%s %d, %d", MONTHS[m], d, y)
    p[#p + 1] = string.format("%s: The %s %s, %s %s told reporters on %s.",
      place:upper(), org, topic[2], role, l1, pick(WEEKDAYS))
  else
    p[#p + 1] = string.format("Updated %d %s %d", d, MONTHS[m], y)
    p[#p + 1] = string.format("The %s %s last week, according to %s %s.", org, topic[2], f1, l1)
  end
  p[#p + 1] = string.format("\"%s,\" %s said in %s. \"%s.\"", pick(QUOTES), l1, place, pick(QUOTES))
  p[#p + 1] = string.format("%s %s, who speaks for %s, said the decision would be reviewed on %s %d.",
    f2, l2, org2, MONTHS[lm], ld)
  if math.random() < 0.6 then
    p[#p + 1] = string.format("\"%s,\" said %s. %s has asked %s to explain the %s.",
      pick(QUOTES), l2, org2, org, topic[1])
  end
  if math.random() < 0.5 then
    p[#p + 1] = string.format("%s %s warned that the %s could drag on until %s.",
      f1, l1, topic[1], MONTHS[(lm % 12) + 1])
  end
  return { id = string.format("gen-%05d", k), published = published, text = table.concat(p, "\n\n") .. "\n" }
end

for k = 1, N do
  io.write(lede.json(article(k)), "\n")
end
