--- dateline: read news articles into data a script can analyse.
--
-- `dateline.parse(text [, opts])` returns an article object: its dateline,
-- headline, byline, paragraphs, sentences and temporal expressions, all as
-- spans (1-based inclusive byte positions, like `string.find`) into the
-- caller's text.  The work is done by the C core (`dateline.core`); this
-- module shapes its results into a small, regular Lua API and builds Lua
-- tables only when a script asks for them.
-- @module dateline

local core = require "dateline.core"

local error, getmetatable, ipairs, pairs, pcall, rawget, require, setmetatable, tostring, type =
      error, getmetatable, ipairs, pairs, pcall, rawget, require, setmetatable, tostring, type
local concat = table.concat
local loaded = package.loaded
local byte, char, find, format, gmatch, gsub, match, sub = string.byte, string.char, string.find,
  string.format, string.gmatch, string.gsub, string.match, string.sub
local abs, floor, min = math.abs, math.floor, math.min

local _ENV = nil

local M = {
  _VERSION = "dateline " .. core.version,
  _DESCRIPTION = "News articles to data: datelines, structure, TIMEX3 dates",
}

local Article = core.Article      -- the metatable of dateline.Article
local C = Article.methods         -- the core's raw accessors (_para, ...)

-- Argument errors of the public functions and methods, shared by the
-- modules of this package (dateline.corpus, .report, .lpeg, .date, .html):
-- "bad argument #1 to 'totable' (dateline.Article expected, got nil)",
-- raised at `level` (default 3: the line that called the function that
-- called this; 2 from a function raising on its own behalf).
local function typename(v)
  local mt = getmetatable(v)
  local name = type(mt) == "table" and rawget(mt, "__name")
  if type(name) == "string" then return name end
  return type(v)
end

local function argerror(n, fname, msg, level)
  error(format("bad argument #%d to '%s' (%s)", n, fname, msg), level or 3)
end

-- The value v must be of Lua type `want` (or nil when `optional`): else an
-- error "bad argument #n to 'f' (want expected, got T)".
local function check_type(n, fname, v, want, optional, level)
  if type(v) == want or (optional and v == nil) then return v end
  argerror(n, fname, format("%s expected, got %s", want, typename(v)), (level or 3) + 1)
end

-- The value a must be a dateline.Article (self of a method, or #1).
local function check_article(fname, a, n, level)
  if getmetatable(a) ~= Article then
    argerror(n or 1, fname, "dateline.Article expected, got " .. typename(a), (level or 3) + 1)
  end
  return a
end
M._argerror, M._check_type, M._check_article, M._typename =
  argerror, check_type, check_article, typename

-- Paragraph role flags, as in csrc/dateline.h.
local HEADLINE, BYLINE, BOILERPLATE, DATELINE = 1, 2, 4, 8

-- flags & f ~= 0, for a power of two f, in arithmetic (Lua 5.1, 5.2 and
-- LuaJIT have no bitwise operators)
local function has(flags, f) return flags % (f + f) >= f end

local function role_of(flags)
  if has(flags, HEADLINE) then return "headline"
  elseif has(flags, BYLINE) then return "byline"
  elseif has(flags, BOILERPLATE) then return "boilerplate"
  else return "body" end
end

local function span_record(text, start, stop)
  return { text = sub(text, start, stop), start = start, stop = stop }
end

-- Paragraph, sentence and dateline records stay plain tables; their
-- metatables only give the REPL a readable line (filled in below, by
-- Article.__tostring).
local ParagraphMT, SentenceMT, DatelineMT = {}, {}, {}

-- Lazily computed fields: each is built once, then kept in the article's
-- cache table (a user value of the userdata, so it dies with the article).
local fields = {}

function fields.text(a)
  return C._text(a)
end

function fields.dateline(a)
  local d = C._dateline(a)
  return d and setmetatable(d, DatelineMT) or false
end

-- The first paragraph with the given role flag, as a string, or false.
local function first_with(a, flag)
  local text = C._text(a)
  for i = 1, C._npara(a) do
    local start, stop, flags = C._para(a, i)
    if has(flags, flag) then return sub(text, start, stop) end
  end
  return false
end

-- The headline line: a deck on the line under it stays in the headline
-- paragraph (a:paragraphs{all = true}), not in a.headline.
function fields.headline(a)
  local h = first_with(a, HEADLINE)
  return h and (match(h, "^([^\n]-)%s*\n") or h)
end
function fields.byline(a) return first_with(a, BYLINE) end

function fields.boilerplate(a)
  local text, list = C._text(a), {}
  for i = 1, C._npara(a) do
    local start, stop, flags = C._para(a, i)
    if has(flags, BOILERPLATE) then list[#list + 1] = sub(text, start, stop) end
  end
  return list
end

function fields.ref(a)
  return C._ref(a) or false
end

function fields.date(a)
  local d = a.dateline
  if d and d.date and not d.date:find("X", 1, true) then return d.date end
  return C._ref(a) or C._stamp(a) or (d and d.date) or false
end

local methods = {}

--- Iterate over the body paragraphs (`{text, start, stop, role, index}`).
-- With `{all = true}`, every paragraph, headline, byline, boilerplate and
-- a dateline on a line of its own included, each with its `role`.
function methods.paragraphs(a, opts)
  check_article("paragraphs", a)
  check_type(1, "paragraphs", opts, "table", true)
  -- as with dl.parse's options, a misspelt name ({al = true}) raises rather
  -- than silently give the body paragraphs only
  for k in pairs(opts or {}) do
    if k ~= "all" then
      error(format("bad option '%s' to 'paragraphs' (unknown; the option is all)", tostring(k)), 2)
    end
  end
  local all = opts and opts.all
  local text, n, i = C._text(a), C._npara(a), 0
  local d = a.dateline
  return function()
    while i < n do
      i = i + 1
      local start, stop, flags = C._para(a, i)
      local role = role_of(flags)
      -- "LONDON 1996-08-30" over the story: the dateline, not a paragraph
      if role == "body" and d and has(flags, DATELINE) and d.stop >= stop then
        role = "dateline"
      end
      if all or role == "body" then
        local p = setmetatable(span_record(text, start, stop), ParagraphMT)
        p.role, p.index = role, i
        if has(flags, DATELINE) then p.dateline = true end
        return p
      end
    end
  end
end

-- sentences, timexes and quotes take no argument: a:quotes("Ana Ruiz")
-- or a:timexes("DATE") would iterate over everything, silently unfiltered.
local function no_argument(fname, x)
  argerror(1, fname, "none expected, got " .. typename(x) .. "; filter the records in the loop", 4)
end

--- Iterate over the body sentences (`{text, start, stop, paragraph}`).
-- The dateline, headline, byline and boilerplate are not sentences.
function methods.sentences(a, extra)
  check_article("sentences", a)
  if extra ~= nil then no_argument("sentences", extra) end
  local text, n, i = C._text(a), C._nsent(a), 0
  return function()
    if i >= n then return nil end
    i = i + 1
    local start, stop, para = C._sent(a, i)
    local s = setmetatable(span_record(text, start, stop), SentenceMT)
    s.paragraph = para
    return s
  end
end

-- A generic-for iterator over the items of a cached list (a C function
-- per item, cheaper to call than a Lua closure).
local each = core._each

local entity_list   -- defined below

-- "local time" after a clock time means the time of the article's place:
-- the zone of its dateline place (Kazan -> Europe/Moscow) or, without a
-- dateline, of the first city the article names.  The zone comes from the
-- gazetteer, the offset on that date from the system's tz database.
-- A dateline city that is not in the region the dateline names is a
-- namesake: the region's zone is the place's.  The region is another
-- country ("PERTH, Scotland") or a subdivision the gazetteer's city of
-- that name is not in ("PORTLAND, Maine": its Portland is Oregon's;
-- "SPRINGFIELD, Ill."), a subdivision's zone being the one of its most
-- populous city.
-- The zone of city, written "city, region": the region's when the city of
-- the gazetteer is a namesake elsewhere (the region a state or country of
-- the gazetteer, not a city: those have a population; a city's region is
-- its subdivision's name).
-- A city the core placed in the region named ("Athens, Georgia": the
-- state's Athens, Georgia also being a country) keeps its zone.
local function qualified_zone(city, region)
  if region and not region.population and region.country and city.country
      and region.timezone ~= city.timezone and city.region ~= region.name
      and (region.country ~= city.country
           or (region.id and find(region.id, "-", 1, true) and city.region ~= region.name)) then
    return region.timezone
  end
  return city.timezone
end

function fields.timezone(a)
  local d = a.dateline
  local first_city, first_at, city, city_at, region, region_at
  local at = {}   -- start of each place mention -> its entity
  for _, e in ipairs(entity_list(a)) do
    if e.type == "LOCATION" and e.timezone then
      for _, m in ipairs(e.mentions) do at[m.start] = e end
      if d then
        for _, m in ipairs(e.mentions) do
          if m.start <= d.stop and d.start <= m.stop then
            if not city_at or m.start < city_at then
              if city then region, region_at = city, city_at end
              city, city_at = e, m.start
            elseif not region_at or m.start < region_at then
              region, region_at = e, m.start
            end
            break
          end
        end
      end
      if not first_city and e.population and e.mentions[1] then
        first_city, first_at = e, e.mentions[1]
      end
    end
  end
  if city then return qualified_zone(city, region) end
  if not first_city then return false end
  -- "Floods hit Valencia, Spain": the place named right after the city
  local comma = match(C._text(a), "^,%s+()", first_at.stop + 1)
  return qualified_zone(first_city, comma and at[comma])
end

local function offset_string(minutes)
  local sign = minutes < 0 and "-" or "+"
  minutes = minutes < 0 and -minutes or minutes
  if minutes % 60 == 0 then return format("%s%02d", sign, floor(minutes / 60)) end
  return format("%s%02d:%02d", sign, floor(minutes / 60), minutes % 60)
end

-- Bind the timexes followed by (or ending in) "local time" to the
-- article's zone: `zone` always, and for a clock time without a zone of
-- its own the UTC offset on that date appended to the value, as TIMEX3
-- writes explicit zones ("2024-10-22T15:00+03").
local function bind_local_time(a, text, list)
  local zone
  for _, t in ipairs(list) do
    local after = sub(text, t.stop + 1, t.stop + 14)
    if find(t.text, "local time$") or find(after, "^,? local time") then
      if zone == nil then zone = a.timezone or false end
      if not zone then return end
      t.zone = zone
      local v = t.value
      if find(v, "T%d%d:%d%d$") and not find(v, "^X") then
        local d = require("dateline.date")(v)
        local minutes = d and core.tz_offset(zone, d)
        if minutes then
          t.value = v .. offset_string(minutes)
          t.offset = minutes
        end
      end
    end
  end
end

local function timex_list(a)
  local cache = C._cache(a)
  local list = cache.timexes
  if not list then
    local text = C._text(a)
    list = C._timexes(a)
    if find(text, "local time", 1, true) then bind_local_time(a, text, list) end
    cache.timexes = list
  end
  return list
end

--- Iterate over the temporal expressions (TIMEX3): `{text, start, stop,
-- type, value [, mod, anchor, freq, quant]}`, resolved against the
-- article's date.
function methods.timexes(a, extra)
  if getmetatable(a) ~= Article then check_article("timexes", a) end
  if extra ~= nil then no_argument("timexes", extra) end
  return each(timex_list(a))
end

-- Entities (entities.c, gazetteer.c): computed once per article and kept
-- by the core (C._entities gives the same array each time), plain tables
-- with their mentions.
entity_list = C._entities

-- Quotes (csrc/quotes.c), computed on first use and kept by the core
-- (C._quotes gives the same array each time).  The core links a speaker
-- to the merged PERSON entity its (resolved) mention belongs to, so "Xi",
-- "President Xi" and "he" all give the canonical "Xi Jinping"
-- (speaker_id: the entity's id).
local quote_list = C._quotes

--- Iterate over the direct quotes: `{text, start, stop, partial, speaker,
-- speaker_start, speaker_stop, cue [, via_pronoun]}`; `start`/`stop` cover
-- the content without the quote marks, `speaker` is the speaker's name
-- (titles removed) and `speaker_start`/`speaker_stop` the mention that
-- names the speaker in this quote's attribution.
function methods.quotes(a, extra)
  if getmetatable(a) ~= Article then check_article("quotes", a) end
  if extra ~= nil then no_argument("quotes", extra) end
  return each(quote_list(a))
end

--- Iterate over the people, places, organizations and nationalities:
-- `{name, type, id, title, nationality, country, mentions = {{text, start,
-- stop}, ...}}`, aliases merged (canonical `name` = the fullest form).
-- @tparam[opt] string type "PERSON", "LOCATION", "ORGANIZATION" or "MISC"
local ENTITY_TYPES = { PERSON = true, LOCATION = true, ORGANIZATION = true, MISC = true }

function methods.entities(a, etype)
  if getmetatable(a) ~= Article then check_article("entities", a) end
  if etype == nil then return each(entity_list(a)) end
  if not ENTITY_TYPES[etype] then
    argerror(1, "entities", format('type: "PERSON", "LOCATION", "ORGANIZATION" or "MISC" '
      .. "expected, got %s", type(etype) == "string" and format("%q", etype) or typename(etype)))
  end
  local list, i = entity_list(a), 0
  return function()
    while true do
      i = i + 1
      local e = list[i]
      if e == nil or etype == nil or e.type == etype then return e end
    end
  end
end

local function collect(iter)
  local t = {}
  for x in iter do t[#t + 1] = x end
  return t
end

--- The whole article as plain tables (for export, inspection, JSON).
-- What an export needs besides the parse: where the article came from
-- (dl.corpus: id, file, line, title, url), a web page's metadata
-- (dl.parse_html: published, authors ...) and the place's time zone.
local EXPORT_META = { "id", "file", "line", "title", "url", "published", "modified",
  "authors", "site", "lang", "description", "timezone" }

local function totable(a)
  local d = a.dateline
  local t = {
    headline = a.headline or nil,
    byline = a.byline or nil,
    date = a.date or nil,
    dateline = d or nil,
    boilerplate = a.boilerplate,
    paragraphs = collect(methods.paragraphs(a)),
    sentences = collect(methods.sentences(a)),
    timexes = timex_list(a),
    entities = entity_list(a),
    quotes = quote_list(a),
  }
  for i = 1, #EXPORT_META do
    local k = EXPORT_META[i]
    t[k] = a[k]
  end
  return t
end

function methods.totable(a)
  check_article("totable", a)
  return totable(a)
end

--- The article as a JSON string (needs lua-cjson).
function methods.tojson(a)
  check_article("tojson", a)
  local ok, cjson = pcall(require, "cjson")
  if not ok then error("dateline: tojson needs the lua-cjson module", 2) end
  local t = totable(a)
  -- lua-cjson writes an empty table as an object: leave empty lists out
  for k, v in pairs(t) do
    if type(v) == "table" and #v == 0 and k ~= "dateline" then t[k] = nil end
  end
  return cjson.encode(t)
end

-- s with each byte that does not start a well-formed UTF-8 sequence made
-- U+FFFD: a TimeML document or the HTML report declares UTF-8, and a
-- Latin-1 or broken input must not make it an invalid document (positions
-- are taken before this, on the article's own bytes).  One pass; ASCII
-- text is returned as it is.
local REPLACEMENT = "\239\191\189"
local function utf8_repaired(s)
  local i = find(s, "[\128-\255]")
  if not i then return s end
  local out, last = {}, 1
  while i do
    local c, need, lo, hi = byte(s, i), 0, 0x80, 0xBF
    if c >= 0xC2 and c <= 0xDF then need = 1
    elseif c >= 0xE0 and c <= 0xEF then
      need = 2
      if c == 0xE0 then lo = 0xA0 elseif c == 0xED then hi = 0x9F end   -- no overlongs, no surrogates
    elseif c >= 0xF0 and c <= 0xF4 then
      need = 3
      if c == 0xF0 then lo = 0x90 elseif c == 0xF4 then hi = 0x8F end   -- U+10000 to U+10FFFF
    end
    local ok = need > 0
    for k = 1, need do
      local d = byte(s, i + k)
      if not d or d < (k == 1 and lo or 0x80) or d > (k == 1 and hi or 0xBF) then
        ok = false
        break
      end
    end
    if ok then
      i = find(s, "[\128-\255]", i + need + 1)
    else
      out[#out + 1] = sub(s, last, i - 1)
      out[#out + 1] = REPLACEMENT
      last = i + 1
      i = find(s, "[\128-\255]", last)
    end
  end
  if last == 1 then return s end
  out[#out + 1] = sub(s, last)
  return concat(out)
end

M._utf8_repaired = utf8_repaired

local xml_escapes = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;" }
-- the control characters XML 1.0 forbids (all below space but tab, LF, CR)
for c = 0, 31 do
  if c ~= 9 and c ~= 10 and c ~= 13 then xml_escapes[char(c)] = REPLACEMENT end
end
-- TimeML 1.2.1 has no EARLY/LATE mod: its START/END say the same
local timeml_mods = { EARLY = "START", LATE = "END" }
local function xml(s) return (gsub(utf8_repaired(s), '[&<>"%z\1-\8\11\12\14-\31]', xml_escapes)) end

--- The article as a TimeML document: TIMEX3 tags inline in <TEXT>, the
-- document creation time from the article's date.
function methods.timeml(a, docid)
  check_article("timeml", a)
  if docid ~= nil and type(docid) ~= "string" and type(docid) ~= "number" then
    argerror(1, "timeml", "docid: string expected, got " .. typename(docid))
  end
  local text, out, pos = C._text(a), {}, 1
  out[#out + 1] = '<?xml version="1.0" ?>\n<TimeML>\n'
  out[#out + 1] = format("<DOCID>%s</DOCID>\n", xml(docid or "dateline"))
  local date = a.date
  if date then
    out[#out + 1] = format('<DCT><TIMEX3 tid="t0" type="DATE" value="%s" '
      .. 'temporalFunction="false" functionInDocument="CREATION_TIME">%s'
      .. '</TIMEX3></DCT>\n', xml(date), xml(date))
  end
  out[#out + 1] = "<TEXT>"
  for i, t in ipairs(timex_list(a)) do
    out[#out + 1] = xml(sub(text, pos, t.start - 1))
    local attrs = format('tid="t%d" type="%s" value="%s"', i, t.type, xml(t.value))
    if t.mod then attrs = attrs .. format(' mod="%s"', timeml_mods[t.mod] or t.mod) end
    if t.freq then attrs = attrs .. format(' freq="%s"', xml(t.freq)) end
    if t.quant then attrs = attrs .. format(' quant="%s"', xml(t.quant)) end
    out[#out + 1] = format("<TIMEX3 %s>%s</TIMEX3>", attrs, xml(t.text))
    pos = t.stop + 1
  end
  out[#out + 1] = xml(sub(text, pos))
  out[#out + 1] = "</TEXT>\n</TimeML>\n"
  return concat(out)
end

Article.__index = function(a, k)
  local m = methods[k]
  if m then return m end
  -- a.dayfirst: true when the article's numeric dates read day-first
  -- (13/03/2023), as opts.dayfirst says or, without it, as the document
  -- shows; false (month-first) otherwise.  Not cached: false is a value.
  if k == "dayfirst" then return C._dayfirst(a) end
  local cache = C._cache(a)
  local v = cache[k]
  if v == nil then
    local build = fields[k]
    if not build then return nil end
    v = build(a)
    cache[k] = v
  end
  if v == false then return nil end
  return v
end

-- An article is read-only; without this `a.tag = "x"` raises Lua's
-- "attempt to index a dateline.Article value", which reads like a failed
-- read.  Say what failed and what to do instead.
Article.__newindex = function(_, k)
  error(format("cannot set field '%s': a dateline.Article is read-only "
    .. "(keep your own data in a table keyed by the article)", tostring(k)), 2)
end

local function clip(s, n)
  s = gsub(s, "%s+", " ")
  if #s > n then s = sub(s, 1, n - 3) .. "..." end
  return s
end

-- body paragraph 3 (120-245): "Transport Minister Francois Durovray..."
ParagraphMT.__tostring = function(p)
  return format('%s paragraph %d (%d-%d): "%s"', rawget(p, "role") or "?",
    rawget(p, "index") or 0, rawget(p, "start") or 0, rawget(p, "stop") or 0,
    clip(rawget(p, "text") or "", 60))
end
-- sentence in paragraph 2 (120-180): "The strike is due to end..."
SentenceMT.__tostring = function(s)
  return format('sentence in paragraph %d (%d-%d): "%s"', rawget(s, "paragraph") or 0,
    rawget(s, "start") or 0, rawget(s, "stop") or 0, clip(rawget(s, "text") or "", 60))
end
-- dateline PARIS | 2024-10-14 | Reuters (1-24): the fields of a:tostring's line
DatelineMT.__tostring = function(d)
  return format("dateline %s | %s | %s (%d-%d)", rawget(d, "place") or "-",
    rawget(d, "date") or "-", rawget(d, "agency") or "-", rawget(d, "start") or 0,
    rawget(d, "stop") or 0)
end

Article.__tostring = function(a)
  local lines = { "dateline.Article" }
  -- an article of a corpus: which one, and the file (and line) it came from
  if a.id ~= nil then
    local where = a.file and " (" .. a.file .. (a.line and ":" .. tostring(a.line) or "") .. ")" or ""
    lines[#lines + 1] = "  id:       " .. clip(tostring(a.id), 72) .. where
  end
  if a.headline then lines[#lines + 1] = "  headline: " .. clip(a.headline, 72) end
  -- a JSON record's or web page's title, when the text shows no headline
  local title = not a.headline and a.title
  if type(title) == "string" then lines[#lines + 1] = "  title:    " .. clip(title, 72) end
  if a.byline then lines[#lines + 1] = "  byline:   " .. clip(a.byline, 72) end
  local d = a.dateline
  if d then
    lines[#lines + 1] = format("  dateline: %s | %s | %s", d.place or "-",
      d.date or "-", d.agency or "-")
  end
  if a.date then lines[#lines + 1] = "  date:     " .. a.date end
  local np = 0
  for _ in methods.paragraphs(a) do np = np + 1 end
  local ns = C._nsent(a)
  local nb = #C._text(a)
  lines[#lines + 1] = format("  body:     %d paragraph%s, %d sentence%s, %d byte%s",
    np, np == 1 and "" or "s", ns, ns == 1 and "" or "s", nb, nb == 1 and "" or "s")
  return concat(lines, "\n")
end

-- Argument checks of the public entry points: the message names the
-- argument and the error points at the caller's line.
-- Every option name of the API: a table shared between dl.corpus, dl.parse
-- and dl.parse_html passes, a misspelt name ({reff = ...}, {date = ...})
-- raises instead of being ignored.
local OPTION_NAMES = {
  ref = true, dayfirst = true, anchor = true, lang = true, gazetteer = true,
  cst = true, title = true, epoch = true, format = true, refs = true,
  progress = true, on_error = true,
}
-- The name of `names` (an array) that `name` most likely misspells: at
-- most two edits away (a letter added, dropped, changed, or two swapped:
-- "dayfrist", "reff", "fromat"), and fewer edits than `name` has letters;
-- nil when none is that close or two are equally close.
local function suggest(name, names)
  if type(name) ~= "string" or #name > 40 then return nil end
  local best, bestd, tie
  for _, cand in ipairs(names) do
    local n, m = #name, #cand
    if abs(n - m) <= 2 then
      -- optimal string alignment distance, two rows back kept for swaps
      local prev2, prev = nil, {}
      for j = 0, m do prev[j] = j end
      for i = 1, n do
        local cur = { [0] = i }
        local ci = sub(name, i, i)
        for j = 1, m do
          local cj = sub(cand, j, j)
          local d = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ci == cj and 0 or 1))
          if prev2 and i > 1 and j > 1 and ci == sub(cand, j - 1, j - 1)
              and sub(name, i - 1, i - 1) == cj then
            d = min(d, prev2[j - 2] + 1)
          end
          cur[j] = d
        end
        prev2, prev = prev, cur
      end
      local d = prev[m]
      if d <= 2 and d < n then
        if not bestd or d < bestd then best, bestd, tie = cand, d, false
        elseif d == bestd then tie = true end
      end
    end
  end
  if tie then return nil end
  return best
end
M._suggest = suggest

-- "did you mean 'dayfirst'? " for a misspelt option name, or "".
local function did_you_mean(name, names)
  local s = suggest(name, names)
  return s and format("did you mean '%s'? ", s) or ""
end
M._did_you_mean = did_you_mean

-- The options each entry point reads, for the message.
local OPTIONS_OF = {
  parse_html = "ref, dayfirst, anchor, lang, gazetteer, cst, title",
  date = "ref, dayfirst, lang, epoch, cst",
}
local function check_opts(fname, opts, level)
  local named, other = false, nil
  for k in pairs(opts) do
    if type(k) ~= "string" then
      other = other or k
    else
      named = true
    end
  end
  if other ~= nil and not named then
    -- {"ref", "2025-02-03"}: a list, read as no options at all (keys that
    -- are not names beside named options are let through: a table that
    -- is also something else)
    error(format("bad option [%s] to '%s' (option names are strings: {ref = \"2025-02-03\"})",
      tostring(other), fname), level + 1)
  end
  for k in pairs(opts) do
    if type(k) == "string" and not OPTION_NAMES[k] then
      local list = OPTIONS_OF[fname] or "ref, dayfirst, anchor, lang, gazetteer, cst"
      local names = {}
      for w in gmatch(list, "[%w_]+") do names[#names + 1] = w end
      error(format("bad option '%s' to '%s' (unknown; %sthe options are %s)", k, fname,
        did_you_mean(k, names), list), level + 1)
    end
  end
end
M._check_opts = check_opts

-- level: where the error points (default 3: the caller of the function
-- that called check_args).
local function check_args(fname, text, opts, level)
  level = level or 3
  if type(text) ~= "string" then
    error(format("bad argument #1 to '%s' (text: string expected, got %s)",
      fname, type(text)), level)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error(format("bad argument #2 to '%s' (opts: table expected, got %s)",
      fname, type(opts)), level)
  end
  if opts then check_opts(fname, opts, level) end
end
M._check_args = check_args

-- dl.parse and dl.timexes: the core takes a string and plain options
-- itself (core._public: no Lua function between the script and the core)
-- and hands anything else to check_args, which raises or lets it through;
-- the error points at the script's line, past the core's C function.

--- Parse an article.
-- @tparam string text the article (plain text, UTF-8)
-- @tparam[opt] table opts `ref` = "YYYY-MM-DD" (publication date),
--   `dayfirst` (boolean), `anchor` = "ref" | "last"
-- @treturn dateline.Article
M.parse = core._public("parse", function(text, opts)
  check_args("parse", text, opts, 4)
  return core.parse(text, opts, true)
end)

--- Parse a news web page (HTML) into the same article object as `parse`:
-- main text, title, authors, publication date...  See dateline.html.
function M.parse_html(html, opts)
  return require("dateline.html").parse_html(html, opts)
end

--- Find the temporal expressions of a text without the rest of the parse.
-- @treturn table array of `{text, start, stop, type, value, ...}`
M.timexes = core._public("timexes", function(text, opts)   -- as M.parse
  check_args("timexes", text, opts, 4)
  return core.timexes(text, opts, true)
end)

-- For the modules of this package (dateline.html, ...): an article's
-- field cache, where they store fields they compute themselves.
M._cache = C._cache
M._Article = Article
M._fields = fields
M._methods = methods
M._entity_types = ENTITY_TYPES   -- the set dateline.corpus and bin/dateline check too

--- Compile a gazetteer for `opts.gazetteer`: a list of
-- `{ "Name", type = "PERSON", id = "Q1", aliases = { "N" } }`;
-- `opts.ignore_case` matches in any case.  One automaton: 100,000 entries
-- match about as fast as 10.
M.gazetteer = core.gazetteer

--- Date values: `dl.date(s [, opts])` -> dateline.Date or nil, message,
-- position; `dl.date.from_timex(v)`.  See dateline.date.
M.date = require "dateline.date"

--- The dateline type of a value ("article", "date"), or nil, like `lpeg.type`.
function M.type(x)
  local mt = getmetatable(x)
  if mt == nil then return nil end
  if mt == Article then return "article" end
  if mt == core.Date then return "date" end
  -- a compiled gazetteer (the binding's userdata); a corpus and a name
  -- index when dateline.corpus is loaded (nothing can make one before)
  if type(x) == "userdata" and type(mt) == "table" and rawget(mt, "__name") == "dateline.Gazetteer" then
    return "gazetteer"
  end
  local cm = rawget(loaded, "dateline.corpus")
  if type(cm) == "table" then
    if mt == rawget(cm, "Corpus") then return "corpus" end
    if mt == rawget(cm, "Names") then return "names" end
  end
  return nil
end

--- Run an LPeg pattern over the article's sentences (see dateline.lpeg).
function methods.match(a, p)
  check_article("match", a)
  local lp = require "dateline.lpeg"
  local m = lp._gmatch(a, lp._check_pattern("match", p))()
  return m
end
function methods.gmatch(a, p)
  check_article("gmatch", a)
  local lp = require "dateline.lpeg"
  local it = lp._gmatch(a, lp._check_pattern("gmatch", p))
  return it
end

-- dl.corpus and dl.lpeg load their modules on first use, so that
-- `require "dateline"` stays cheap for scripts that only parse.
setmetatable(M, { __index = function(_, k)
  if k == "corpus" then return require("dateline.corpus").new
  elseif k == "lpeg" then return require "dateline.lpeg" end
end })

return M
