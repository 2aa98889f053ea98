-- gen_gazetteer.lua -- writes csrc/gazetteer_data.c, the built-in gazetteer.
--
--   lua5.4 tools/gen_gazetteer.lua CITIES_TSV CURATED ISO_DIR ZONE_TAB > csrc/gazetteer_data.c
--
-- Sources (Debian packages, build time only; `make gazetteer` runs this):
--   iso-codes        ISO_DIR/iso_3166-1.json (countries), iso_3166-2.json (subdivisions)
--   libgeonames-dev  CITIES_TSV, dumped by tools/gen_gazetteer_geonames.c
--   tzdata           ZONE_TAB (zone1970.tab): a country's zone when GeoNames has none
--   tools/gazetteer_curated.txt  organizations, agencies, demonyms, titles, ...
-- The output is deterministic: the same inputs give the same file.
local cjson = require "cjson"

local cities_tsv, curated_txt, iso_dir, zone_tab = arg[1], arg[2], arg[3], arg[4]
assert(cities_tsv and curated_txt and iso_dir, "usage: gen_gazetteer.lua CITIES_TSV CURATED ISO_DIR [ZONE_TAB]")

local MIN_POP = tonumber(os.getenv("GAZ_MIN_POP") or "") or 50000

local function readfile(p)
  local f = assert(io.open(p, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function split(s, sep)
  local out = {}
  for part in (s .. sep):gmatch("(.-)" .. sep:gsub("%p", "%%%0")) do out[#out + 1] = part end
  return out
end

-- ASCII folding of the Latin letters news copy often writes without marks.
local fold_map = {
  ["À"]="A",["Á"]="A",["Â"]="A",["Ã"]="A",["Ä"]="A",["Å"]="A",["Ç"]="C",["È"]="E",["É"]="E",
  ["Ê"]="E",["Ë"]="E",["Ì"]="I",["Í"]="I",["Î"]="I",["Ï"]="I",["Ñ"]="N",["Ò"]="O",["Ó"]="O",
  ["Ô"]="O",["Õ"]="O",["Ö"]="O",["Ø"]="O",["Ù"]="U",["Ú"]="U",["Û"]="U",["Ü"]="U",["Ý"]="Y",
  ["à"]="a",["á"]="a",["â"]="a",["ã"]="a",["ä"]="a",["å"]="a",["ç"]="c",["è"]="e",["é"]="e",
  ["ê"]="e",["ë"]="e",["ì"]="i",["í"]="i",["î"]="i",["ï"]="i",["ñ"]="n",["ò"]="o",["ó"]="o",
  ["ô"]="o",["õ"]="o",["ö"]="o",["ø"]="o",["ù"]="u",["ú"]="u",["û"]="u",["ü"]="u",["ý"]="y",
  ["ÿ"]="y",["ā"]="a",["ē"]="e",["ī"]="i",["ō"]="o",["ū"]="u",["ă"]="a",["ą"]="a",["ć"]="c",
  ["č"]="c",["ď"]="d",["ę"]="e",["ě"]="e",["ğ"]="g",["ı"]="i",["ł"]="l",["ń"]="n",["ň"]="n",
  ["ő"]="o",["ř"]="r",["ś"]="s",["ş"]="s",["š"]="s",["ţ"]="t",["ť"]="t",["ů"]="u",["ű"]="u",
  ["ź"]="z",["ż"]="z",["ž"]="z",["Ł"]="L",["Ś"]="S",["Š"]="S",["Ş"]="S",["Ž"]="Z",["Č"]="C",
  ["Ř"]="R",["İ"]="I",["Ō"]="O",["ß"]="ss",["ș"]="s",["ț"]="t",["Ș"]="S",["Ț"]="T",
}
-- drop transliteration marks: Kazan’ -> Kazan.  Each mark is replaced as
-- a whole string: in a Lua character class ("[’ʼ]") its UTF-8 bytes
-- would be single bytes, and every letter sharing one (the 0xBC of "ü")
-- would lose it.
local function clean(s)
  for _, mark in ipairs({ "’", "ʼ", "ʹ", "`", "''" }) do
    s = s:gsub(mark, "")
  end
  return s
end
local function fold(s)
  return (s:gsub("[\xC0-\xF4][\x80-\xBF]*", function(ch) return fold_map[ch] end))
end

-- usable as a pattern: starts with a letter or digit, at most 256 bytes,
-- and not one of the stop words
local stop = {}
local function usable(name)
  return name and #name >= 2 and #name <= 200 and name:match("^[%u%d\xC0-\xF4]")
         and not stop[name] and not name:find("[()|\t]")
end

local entries = {}   -- { names = {canonical, alias...}, id, country, region, tz, pop, kind, flags }
local taken = {}     -- pattern -> true (first entry wins)
local owner = {}     -- pattern -> the entry that took it

local function add(kind, names, e)
  local list, seen = {}, {}
  local function push(n)
    if usable(n) and not seen[n] and not taken[n] then
      seen[n] = true
      list[#list + 1] = n
    end
  end
  for _, n in ipairs(names) do
    n = clean(n)
    push(n)
    local f = fold(n)
    if f ~= n then push(f) end
  end
  if #list == 0 then return end
  for _, n in ipairs(list) do
    taken[n] = kind .. " " .. (e.country or "") .. " " .. (e.region or "") .. " " .. (e.pop or 0)
    owner[n] = e
  end
  e.names, e.kind = list, kind
  entries[#entries + 1] = e
end

-- curated file
local curated = {}
for line in io.lines(curated_txt) do
  if line ~= "" and not line:match("^#") then
    local kind, names, extra = line:match("^(%a+)\t([^\t]+)\t?(.*)$")
    assert(kind, "bad curated line: " .. line)
    curated[#curated + 1] = { kind = kind, names = split(names, "|"), extra = extra }
    if kind == "stop" then
      for _, n in ipairs(split(names, "|")) do stop[n] = true end
    end
  end
end

-- ISO 3166-1 countries
local iso1 = cjson.decode(readfile(iso_dir .. "/iso_3166-1.json"))["3166-1"]
local iso2 = cjson.decode(readfile(iso_dir .. "/iso_3166-2.json"))["3166-2"]
local country_names, country_name = {}, {}
for _, c in ipairs(iso1) do
  local names = {}
  if c.common_name then names[#names + 1] = c.common_name end
  if not c.name:find(",") then names[#names + 1] = c.name end
  if c.official_name then names[#names + 1] = (c.official_name:gsub("^the ", "")) end
  if #names == 0 then names[1] = c.name:match("^[^,]+") end
  country_names[c.alpha_2] = names
end
for _, c in ipairs(curated) do
  if c.kind == "country" then
    local names = {}
    for _, n in ipairs(c.names) do names[#names + 1] = n end
    for _, n in ipairs(country_names[c.extra] or {}) do names[#names + 1] = n end
    country_names[c.extra] = names
  end
end
for cc, names in pairs(country_names) do country_name[cc] = clean(names[1]) end

-- GeoNames cities: the largest of each name wins; a country's zone is the
-- zone of its largest city
local cities, best_city, country_tz = {}, {}, {}
for line in io.lines(cities_tsv) do
  local name, region, _, cc, tz, pop = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(%d+)$")
  if name then
    pop = tonumber(pop)
    local c = { name = name, region = region, cc = cc, tz = tz, pop = pop }
    cities[#cities + 1] = c
    if not best_city[cc] or best_city[cc].pop < pop then best_city[cc] = c end
  end
end
for cc, c in pairs(best_city) do country_tz[cc] = c.tz end
if zone_tab then
  local f = io.open(zone_tab)
  if f then
    for line in f:lines() do
      local ccs, tz = line:match("^([%u,]+)\t[^\t]+\t([^\t]+)")
      if ccs then
        for cc in ccs:gmatch("%u%u") do country_tz[cc] = country_tz[cc] or tz end
      end
    end
    f:close()
  end
end
table.sort(cities, function(a, b)
  if a.pop ~= b.pop then return a.pop > b.pop end
  return a.name < b.name
end)

-- ISO 3166-2 subdivisions of the kinds news names (states, provinces,
-- regions, republics), local type words stripped: their entries come in 5.
local region_types = {
  State = true, Province = true, Region = true, Republic = true, ["Autonomous region"] = true,
  ["Autonomous republic"] = true, ["Administrative region"] = true, ["Administrative territory"] = true,
  Prefecture = true, Governorate = true, Emirate = true, Territory = true, Land = true,
  ["Autonomous community"] = true, ["Federal district"] = true, ["Autonomous province"] = true,
  ["Metropolitan region"] = true, Oblast = true, Voivodship = true, Canton = true,
  Country = true, Nation = true, Municipality = true, ["Special administrative region"] = true,
  ["Capital territory"] = true, ["Federal territory"] = true, ["Autonomous district"] = true,
  ["Union territory"] = true,
}
local local_words = { "Sheng", "Shi", "Zizhiqu", "Zhuangzu", "Huizu", "Weiwu'er", "Uygur",
  "Respublika", "oblast'", "Oblast'", "kraj", "Kraj", "avtonomnyj okrug", "avtonomnaja oblast'",
  "Province", "Prefecture", "Governorate", "Region", "Ken", "Do", "-do", "Teukbyeolsi",
  "Gwangyeoksi", "Wilayah Persekutuan", "Daerah", "State" }
local function strip_local(n)
  local base = n:match("^([^,]+),") or n
  for _ = 1, 3 do
    for _, w in ipairs(local_words) do
      local k = base:find(" " .. w:gsub("%p", "%%%0") .. "$")
      if k then base = base:sub(1, k - 1) end
    end
  end
  return base
end

-- A subdivision's zone is the zone of its most populous GeoNames city, and
-- a city's region is the name of its subdivision's entry.  GeoNames names
-- first-level regions in English ("State of Maine", "Central Java",
-- "Primorskiy (Maritime) Kray"), ISO 3166-2 in the local language
-- ("Maine", "Jawa Tengah", "Primorskij kraj"): both are reduced to a key
-- without type words, transliteration variants or Russian adjective
-- endings, with Indonesian compass words in English, its words sorted.
local key_drop = {}
for w in ([[state of the oblast kray krai kraj republic respublika region province
  territory autonomous avtonomnyj avtonomnaja okrug district federal special capital estado
  free and sovereign prefecture governorate de do da del la]]):gmatch("%S+") do key_drop[w] = true end
local key_word = { jawa = "java", barat = "west", timur = "east", tengah = "central", utara = "north",
  selatan = "south", tenggara = "southeast", kepulauan = "islands", sumatera = "sumatra" }
local function region_key(s)
  s = fold(clean(s)):lower():gsub("%b()", " "):gsub("[%-–']", " ")
  local words = {}
  for w in s:gmatch("%a+") do
    w = key_word[w] or w
    if not key_drop[w] then
      w = w:gsub("kh", "h"):gsub("h", ""):gsub("[jy]", "i"):gsub("ii", "i")
      w = w:gsub("skaia$", ""):gsub("ski$", ""):gsub("sk$", "")
      if w ~= "" then words[#words + 1] = w end
    end
  end
  local joined = table.concat(words)
  table.sort(words)
  return table.concat(words, " "), joined
end
table.sort(iso2, function(a, b) return a.code < b.code end)
-- first-level subdivisions: no parent, or a parent that only groups them
-- (Indonesia's provinces under its islands, "Geographical unit")
local iso2_type = {}
for _, r in ipairs(iso2) do iso2_type[r.code] = r.type end
local function first_level(r)
  return region_types[r.type] and (not r.parent
    or iso2_type[r.code:sub(1, 3) .. r.parent] == "Geographical unit")
end
local subdivisions = {}   -- CC -> { {r =, key =, joined =}, ... }
for _, r in ipairs(iso2) do
  if first_level(r) then
    local cc = r.code:sub(1, 2)
    local key, joined = region_key(r.name)
    subdivisions[cc] = subdivisions[cc] or {}
    table.insert(subdivisions[cc], { r = r, key = key, joined = joined })
  end
end
-- the subdivision a GeoNames region name is: the same key, else the one
-- subdivision whose key begins the other (5 letters at least)
local sub_memo = {}
local function subdivision_of(cc, region)
  local mk = cc .. "\t" .. region
  if sub_memo[mk] ~= nil then return sub_memo[mk] or nil end
  local key, joined = region_key(region)
  local found, n = nil, 0
  for _, s in ipairs(subdivisions[cc] or {}) do
    if s.key == key then found, n = s, 1 break end
  end
  if not found and #joined >= 5 then
    for _, s in ipairs(subdivisions[cc] or {}) do
      if #s.joined >= 5 and (s.joined:sub(1, #joined) == joined or joined:sub(1, #s.joined) == s.joined) then
        found, n = s, n + 1
      end
    end
  end
  if n ~= 1 then found = nil end
  sub_memo[mk] = found or false
  return found
end
local sub_city = {}   -- ISO 3166-2 code -> its most populous GeoNames city
for _, c in ipairs(cities) do   -- (most populous first)
  local sd = subdivision_of(c.cc, c.region)
  c.geonames_region = c.region
  if sd then
    c.region, c.sub = strip_local(sd.r.name), sd.r.code
    if not sub_city[sd.r.code] then sub_city[sd.r.code] = c end
  end
end
-- GAZ_DEBUG=1: how GeoNames regions matched, to check by hand
if os.getenv("GAZ_DEBUG") then
  local seen = {}
  for _, c in ipairs(cities) do
    local k = c.cc .. "\t" .. c.geonames_region
    if not seen[k] and not sub_memo[k] then
      seen[k] = true
      io.stderr:write("unmatched\t", k, "\n")
    end
  end
  for _, r in ipairs(iso2) do
    local c = sub_city[r.code]
    if c then io.stderr:write("zone\t", r.code, "\t", r.name, "\t", c.name, "\t", c.tz, "\n") end
  end
end

-- Ambiguous names: every pattern belongs to the first entry that claims it,
-- in this order: countries, capitals, curated names, cities (most populous
-- first), subdivisions, given names.
-- 1. countries, alphabetical by code
local codes = {}
for cc in pairs(country_names) do codes[#codes + 1] = cc end
table.sort(codes)
for _, cc in ipairs(codes) do
  add("DL_GK_COUNTRY", country_names[cc], { id = cc, country = country_name[cc],
    region = "", tz = country_tz[cc] or "", pop = 0, flags = 0 })
end

-- 2. capitals (curated: a country's capital by the name news copy uses, then
-- aliases, one of them its GeoNames name: "Washington|Washington D.C."): a
-- capital beats any other place of the same name but a country.  Region,
-- zone and population come from GeoNames when it has the city.
local city_of = {}   -- "name\tCC" -> GeoNames city (the largest of that name)
for _, c in ipairs(cities) do
  local k = c.name .. "\t" .. c.cc
  if not city_of[k] then city_of[k] = c end
end
local capital_city = {}   -- GeoNames city -> true: not added again in 3.
for _, c in ipairs(curated) do
  -- (a "city" entry, a city news names short of its GeoNames name, the same)
  if c.kind == "capital" or c.kind == "city" then
    local cc = c.extra
    local g
    -- a name after "=" is GeoNames' only, for its data, not a name of the
    -- entry ("Gaza City|=Gaza": "Gaza" alone stays the Strip's)
    local names = {}
    for _, n in ipairs(c.names) do   -- the largest city under any of its names
      local own = n:sub(1, 1) ~= "="
      if not own then n = n:sub(2) end
      local x = city_of[n .. "\t" .. cc]
      if x and (not g or x.pop > g.pop) then g = x end
      if own then names[#names + 1] = n end
    end
    if g then capital_city[g] = true end
    add("DL_GK_CITY", names, { id = "", country = country_name[cc] or "",
      region = g and g.region or "", tz = g and g.tz or country_tz[cc] or "",
      pop = g and g.pop or 0, flags = 0, city = g, cc = cc })
  end
end

-- 3. curated organizations, agencies, places, demonyms, titles
local flagmap = { m = "DL_GAZ_MALE", f = "DL_GAZ_FEMALE" }
local kindmap = { org = "DL_GK_ORG", agency = "DL_GK_AGENCY", place = "DL_GK_PLACE",
                  demonym = "DL_GK_DEMONYM", title = "DL_GK_TITLE" }
for _, c in ipairs(curated) do
  local kind = kindmap[c.kind]
  if kind then
    local e = { id = "", country = "", region = "", tz = "", pop = 0, flags = 0 }
    if c.kind == "demonym" or c.kind == "place" then
      -- their country in `country`; no id: an id is the entry's own code
      -- (ISO 3166-1 for a country, ISO 3166-2 for a subdivision, an
      -- organization's curated id), never the code of another entry
      if c.extra ~= "" then
        e.country = country_name[c.extra] or ""
        e.tz = country_tz[c.extra] or ""
      end
    elseif c.kind == "title" then
      e.flags = flagmap[c.extra] or 0
    else
      e.id = c.extra or ""
    end
    -- "Omanis", "Sri Lankans": a nationality in -i or -n names its people
    -- with an s (not "Chinese", "Swiss", "Dutch", nor a "Frenchman");
    -- the curated plurals ("Filipinos", "Kurds") are listed as written
    if c.kind == "demonym" then
      local have, n0 = {}, #c.names
      for _, n in ipairs(c.names) do have[n] = true end
      for i = 1, n0 do
        local n = c.names[i]
        if n:match("^%u[%a ]*%l[in]$") and not n:match("man$") and not have[n .. "s"] then
          c.names[#c.names + 1] = n .. "s"
        end
      end
    end
    -- titles and demonyms: each name its own entry (its own text)
    if c.kind == "title" or (c.kind == "demonym" and false) then
      for _, n in ipairs(c.names) do add(kind, { n }, { id = e.id, country = e.country,
        region = "", tz = "", pop = 0, flags = e.flags }) end
    else
      add(kind, c.names, e)
    end
  end
end

-- A subdivision keeps its name from a namesake city elsewhere that is
-- less than half its size (Ontario from the city in California, Florida
-- from the one in Cuba, Wyoming from the one in Michigan), a subdivision's
-- size being the sum of its GeoNames cities; a larger city keeps it
-- (Merida, Mexico, from the state in Venezuela) as does the subdivision's
-- own city (Quebec).  The name is kept for that subdivision only.  Capitals and curated cities, claimed before, stay.
local function region_names(r)
  local base = strip_local(r.name)
  if base ~= r.name then return { base, r.name } end
  return { base }
end
local sub_pop, reserved = {}, {}
for _, c in ipairs(cities) do
  if c.sub then sub_pop[c.sub] = (sub_pop[c.sub] or 0) + c.pop end
end
local largest_named = {}   -- name -> the most populous city of step 4 so named
for _, c in ipairs(cities) do
  local n = clean(c.name)
  if (c.pop >= MIN_POP or best_city[c.cc] == c) and not capital_city[c] then
    largest_named[n] = largest_named[n] or c
    largest_named[fold(n)] = largest_named[fold(n)] or c
  end
end
for _, r in ipairs(iso2) do
  if first_level(r) then
    for _, n in ipairs(region_names(r)) do
      n = clean(n)
      for _, v in ipairs({ n, fold(n) }) do
        local c = largest_named[v]
        if c and not taken[v] and not reserved[v] and c.sub ~= r.code
            and (sub_pop[r.code] or 0) > 2 * c.pop then
          reserved[v] = r.code
        end
      end
    end
  end
end

-- 4. cities above the population threshold, and each country's largest;
-- sorted by population, so of two cities with one name the more populous
-- takes it (first entry wins)
for _, c in ipairs(cities) do
  if (c.pop >= MIN_POP or best_city[c.cc] == c) and not capital_city[c]
      and not reserved[clean(c.name)] and not reserved[fold(clean(c.name))] then
    add("DL_GK_CITY", { c.name }, { id = "", country = country_name[c.cc] or "",
      region = c.region, tz = c.tz, pop = c.pop, flags = 0, city = c, cc = c.cc })
  end
end

-- 5. the subdivisions (their names and zones above), with their curated
-- abbreviations ("Calif.": a dateline's "SACRAMENTO, Calif.")
local region_alias = {}
for _, c in ipairs(curated) do
  if c.kind == "region" then
    region_alias[c.extra] = region_alias[c.extra] or {}
    for _, n in ipairs(c.names) do table.insert(region_alias[c.extra], n) end
  end
end
for _, r in ipairs(iso2) do
  if first_level(r) then
    local cc = r.code:sub(1, 2)
    local names = {}
    for _, n in ipairs(region_names(r)) do
      n = clean(n)
      if not reserved[n] or reserved[n] == r.code then names[#names + 1] = n end
    end
    for _, n in ipairs(region_alias[r.code] or {}) do names[#names + 1] = n end
    local big = sub_city[r.code]
    if os.getenv("GAZ_DEBUG") then
      for _, n in ipairs(names) do
        if taken[n] then io.stderr:write("clash\t", r.code, "\t", n, "\t", taken[n], "\n") end
      end
    end
    add("DL_GK_REGION", names, { id = r.code, country = country_name[cc] or "",
      region = "", tz = big and big.tz or country_tz[cc] or "", pop = 0, flags = 0, cc = cc })
  end
end

-- 6. given names (person cues)
for _, c in ipairs(curated) do
  if c.kind == "given" then
    for _, n in ipairs(c.names) do
      add("DL_GK_GIVEN", { n }, { id = "", country = "", region = "", tz = "", pop = 0,
        flags = flagmap[c.extra] or 0 })
    end
  end
end

-- 7. namesakes: the GeoNames cities (the whole dump, 15,000 people and
-- up) whose name a city or subdivision entry took, under that entry's
-- canonical name.  Never patterns of the automaton (its matching costs
-- the same): entities.c looks one up by name when the text places the
-- mention in another country or subdivision ("Valencia, Spain",
-- "Cambridge, Mass.").  Such a qualifier is explicit, so even a small
-- namesake is safe to take: no population cut beyond the dump's.  A
-- namesake in the entry's own country and subdivision is left out (no
-- qualifier tells them apart), as is a second row of one country and
-- subdivision (the larger is kept: rows come most populous first).
local ALT_MIN_POP = tonumber(os.getenv("GAZ_ALT_MIN_POP") or "") or 0
local alts, alt_seen = {}, {}
local function add_alt(o, c)
  if not o or c.pop < ALT_MIN_POP or o.city == c
      or (o.kind ~= "DL_GK_CITY" and o.kind ~= "DL_GK_REGION") then
    return
  end
  local same
  if o.kind == "DL_GK_REGION" then same = c.sub == o.id
  else same = c.cc == o.cc and c.region == o.region end
  local key = o.names[1]
  local k = key .. "\t" .. c.cc .. "\t" .. (c.sub or c.region)
  if not same and not alt_seen[k] then
    alt_seen[k] = true
    alts[#alts + 1] = { key = key, country = country_name[c.cc] or "", cc = c.cc,
      region = c.region, sub = c.sub or "", tz = c.tz, pop = c.pop }
  end
end
for _, c in ipairs(cities) do
  -- under its name and under its name without marks, which may be
  -- another entry's ("San Jose" of California, San José of Costa Rica)
  local n = clean(c.name)
  add_alt(owner[n], c)
  if owner[fold(n)] ~= owner[n] then add_alt(owner[fold(n)], c) end
end
-- by name (strcmp order, for a binary search), then most populous first
table.sort(alts, function(a, b)
  if a.key ~= b.key then return a.key < b.key end
  if a.pop ~= b.pop then return a.pop > b.pop end
  return a.cc .. a.sub < b.cc .. b.sub
end)

-- output
local function cstr(s)
  return '"' .. s:gsub('[\\"]', "\\%0"):gsub("[\x80-\xFF]", function(ch)
    return string.format("\\%03o", ch:byte())
  end) .. '"'
end
local out = {}
out[#out + 1] = [[
/*
 * gazetteer_data.c -- GENERATED by tools/gen_gazetteer.lua (make gazetteer).
 * Do not edit: change tools/gazetteer_curated.txt or the generator.
 *
 * Sources: ISO 3166-1/3166-2 (Debian iso-codes), GeoNames cities
 * (Debian libgeonames), tzdata zone1970.tab, tools/gazetteer_curated.txt.
 */
#include "gazetteer.h"

const dl_gaz_seed dl_gaz_seeds[] = {
]]
-- the seeds' strings go into one array (dl_gaz_strings, below), each
-- once, and a seed holds their offsets: pointers would make the dynamic
-- loader relocate five per seed in every process that loads the module
local strs, str_at, str_len = {}, {}, 0
local function intern(s)
  local at = str_at[s]
  if not at then
    at = str_len
    str_at[s] = at
    strs[#strs + 1] = s
    str_len = str_len + #s + 1
    assert(str_len < 2^31, "seed strings too long")
  end
  return at .. "u"
end
for _, e in ipairs(entries) do
  out[#out + 1] = string.format("  {%s, %s, %s, %s, %s, %du, %s, %s},\n",
    intern(table.concat(e.names, "|")), intern(e.id), intern(e.country), intern(e.region),
    intern(e.tz), e.pop, e.kind, e.flags == 0 and "0" or e.flags)
end
out[#out + 1] = "};\n\nconst size_t dl_gaz_nseeds = sizeof dl_gaz_seeds / sizeof dl_gaz_seeds[0];\n"
-- one literal made of one piece per string (a C99 compiler need only take
-- 4095 bytes in one: GCC and Clang take any length, -pedantic warns)
out[#out + 1] = "\n#if defined(__GNUC__)\n#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n#endif\n"
out[#out + 1] = "const char dl_gaz_strings[] =\n"
for _, s in ipairs(strs) do out[#out + 1] = "  " .. cstr(s):sub(1, -2) .. "\\0\"\n" end
out[#out + 1] = "  ;\n\nconst size_t dl_gaz_nstrings = sizeof dl_gaz_strings;\n"

-- A digest of everything above (the seeds and their strings: what the
-- committed automaton, csrc/gazetteer_auto.c, is compiled from), which
-- gen_gazetteer_auto copies into that file: at run time a mismatch means
-- the seeds were regenerated and the automaton was not, and the seeds are
-- compiled instead (a count or size compared alone misses an edit of the
-- same length).  Two polynomial hashes modulo primes under 2^24, exact in
-- every Lua's numbers (5.1's doubles, 5.3's integers); not a defence
-- against anyone, only against a stale file.
do
  local P1, P2 = 16777213, 16777199
  local h1, h2 = 0, 0
  for _, piece in ipairs(out) do
    for i = 1, #piece, 4096 do
      local bytes = { piece:byte(i, math.min(i + 4095, #piece)) }
      for k = 1, #bytes do
        local b = bytes[k]
        h1 = (h1 * 257 + b) % P1
        h2 = (h2 * 263 + b) % P2
      end
    end
  end
  out[#out + 1] = string.format("\n/* the seeds' digest (see tools/gen_gazetteer.lua) */\n"
    .. "const uint64_t dl_gaz_digest = UINT64_C(0x%06x%06x);\n", h1, h2)
end

-- every name of a country, subdivision or city, as seed index * 32 + the
-- name's place in its '|' list, sorted by the name with ASCII letters
-- folded to lower case (then by index): a case-insensitive binary search
-- for datelines.c ("LONDON/PARIS —", "EARLY, Texas —")
local places = {}
for i, e in ipairs(entries) do
  if e.kind == "DL_GK_COUNTRY" or e.kind == "DL_GK_REGION" or e.kind == "DL_GK_CITY" then
    assert(#e.names <= 32, "more than 32 names in a seed")
    for j, n in ipairs(e.names) do
      places[#places + 1] = { key = n:gsub("%u", string.lower), code = (i - 1) * 32 + (j - 1) }
    end
  end
end
table.sort(places, function(a, b)
  if a.key ~= b.key then return a.key < b.key end
  return a.code < b.code
end)
out[#out + 1] = "\nconst uint32_t dl_gaz_place_index[] = {\n"
for k = 1, #places, 8 do
  local row = {}
  for m = k, math.min(k + 7, #places) do row[#row + 1] = string.format("%du", places[m].code) end
  out[#out + 1] = "  " .. table.concat(row, ", ") .. ",\n"
end
out[#out + 1] = "};\n\nconst size_t dl_gaz_nplace_index = sizeof dl_gaz_place_index / sizeof dl_gaz_place_index[0];\n"

out[#out + 1] = "\nconst dl_gaz_alt dl_gaz_alts[] = {\n"
for _, a in ipairs(alts) do
  out[#out + 1] = string.format("  {%s, %s, %s, %s, %s, %du},\n", cstr(a.key), cstr(a.country),
    cstr(a.region), cstr(a.sub), cstr(a.tz), a.pop)
end
out[#out + 1] = "};\n\nconst size_t dl_gaz_nalts = sizeof dl_gaz_alts / sizeof dl_gaz_alts[0];\n"

-- the given names again, sorted by strcmp, for a binary search by quotes.c
-- (a pronoun's gender); a name of both genders has none
local given, gnames = {}, {}
for _, c in ipairs(curated) do
  if c.kind == "given" then
    local f = flagmap[c.extra] or 0
    for _, n in ipairs(c.names) do
      if given[n] == nil then gnames[#gnames + 1] = n; given[n] = f
      elseif given[n] ~= f then given[n] = 0 end
    end
  end
end
table.sort(gnames)
out[#out + 1] = "\nconst dl_given_name dl_given_names[] = {\n"
for _, n in ipairs(gnames) do
  local f = given[n]
  out[#out + 1] = string.format("  {%s, %s},\n", cstr(n), f == 0 and "0" or f)
end
out[#out + 1] = "};\n\nconst size_t dl_ngiven_names = sizeof dl_given_names / sizeof dl_given_names[0];\n"

-- their hash table (open addressing, linear probing, at most a third
-- full), keyed by the 32-bit FNV-1a hash of the name's bytes as
-- dl_given_name_find computes it: a word is looked up for most capitalized
-- tokens, and a miss usually ends on the first, empty, slot
local gbits, gmax = 8, 0
while (1 << gbits) < 3 * #gnames do gbits = gbits + 1 end
local gslots = {}
for i = 0, (1 << gbits) - 1 do gslots[i] = 0 end
for i, n in ipairs(gnames) do
  local h = 2166136261
  for k = 1, #n do h = ((h ~ n:byte(k)) * 16777619) & 0xffffffff end
  local s = h >> (32 - gbits)
  while gslots[s] ~= 0 do s = (s + 1) & ((1 << gbits) - 1) end
  gslots[s] = i   -- index + 1 (0: empty)
  if #n > gmax then gmax = #n end
end
out[#out + 1] = string.format("\nconst unsigned dl_given_hash_bits = %d;\n", gbits)
out[#out + 1] = string.format("const size_t dl_given_name_max = %d;\n", gmax)
out[#out + 1] = string.format("const uint16_t dl_given_slots[%d] = {\n", 1 << gbits)
local grow = {}
for i = 0, (1 << gbits) - 1 do
  grow[#grow + 1] = tostring(gslots[i])
  if #grow == 16 or i == (1 << gbits) - 1 then
    out[#out + 1] = "  " .. table.concat(grow, ", ") .. (i == (1 << gbits) - 1 and "\n" or ",\n")
    grow = {}
  end
end
out[#out + 1] = "};\n"
io.write(table.concat(out))
io.stderr:write(string.format("gen_gazetteer: %d entries, %d namesakes\n", #entries, #alts))
