--- dateline.lpeg: dateline's recognizers as LPeg patterns.
--
--     local dl = require "dateline"
--     local P = dl.lpeg                       -- or dl.lpeg.new{ ref = "2024-10-22" }
--     local re = require "re"
--     local week = re.compile("'week of ' {:v: %timex :}", P.defs)
--
-- Each pattern matches at the current position only, consumes what the
-- recognizer found there, and captures its normalized value:
--
-- * `timex`    any temporal expression; captures its TIMEX3 value ("2024-10-22", "P3D")
-- * `date`     a temporal expression that names a calendar date or period
--              (value starting with a year); captures the value
-- * `dateline` a dateline ("PARIS, May 14 (AFP) -"); captures a table
--              `{place, city, region, date, agency}`
-- * `person`   a person's name (titles included: "President Xi Jinping");
--              captures the canonical name found in the window
-- * `place`    a place name; captures its canonical name
--
-- They are `lpeg.Cmt` patterns over a bounded window: at position i they
-- run dateline on the next `WINDOW` bytes of the subject (cut back to the
-- last white space, so no word is split) and accept only what starts
-- exactly at i, after a word boundary.  So an expression longer than the
-- window (timex: 160 bytes, dateline: 200, names: 200) is not matched
-- whole, and context before i is not seen ("Tuesday" alone cannot be
-- resolved without a `ref`).  Cost: one small scan per position tried.
--
-- `a:match(p)` and `a:gmatch(p)` (added to articles by this module) search
-- a user pattern in each body sentence and return spans into the article:
-- `{text, start, stop, sentence, captures = {...}}`.
-- @module dateline.lpeg

local dl = require "dateline"
local lpeg = require "lpeg"

local error, ipairs, pairs, pcall, rawget, setmetatable, tostring, type =
      error, ipairs, pairs, pcall, rawget, setmetatable, tostring, type
local find, sub, byte, match, gsub, format = string.find, string.sub, string.byte, string.match, string.gsub,
  string.format
local sort = table.sort
-- A word in names_of: ASCII letters and digits, any byte of a UTF-8 sequence.
local WORD_RUN, WORD_BYTE = "^[0-9A-Za-z\128-\255]+", "^[0-9A-Za-z\128-\255]"
local Cmt, Cp, Ct, P, V = lpeg.Cmt, lpeg.Cp, lpeg.Ct, lpeg.P, lpeg.V

local _ENV = nil

local M = {}

-- The sentence a:match / a:gmatch is matching, while it does: `{a, text,
-- base}` (base: the sentence's first byte in the article).  A `timex` or
-- `date` pattern bound to the article's own date then takes the value
-- the article gives the expression at that position, resolved with the
-- whole article as context ("The budget the council adopted on Tuesday"
-- is the Tuesday before, not the one after, which the window alone gave).
local in_sentence = nil

-- The article's timexes by start position (kept per article, weakly).
local starts_of = setmetatable({}, { __mode = "k" })
local function timex_starting(a, pos)
  local t = starts_of[a]
  if not t then
    t = {}
    for x in a:timexes() do t[x.start] = t[x.start] or x end
    starts_of[a] = t
  end
  return t[pos]
end

--- Window sizes (bytes read after the current position), per pattern.
M.WINDOW = { timex = 160, date = 160, dateline = 200, person = 200, place = 200 }

-- The window of subject at pos: at most n bytes, cut back to the last
-- white space when it ends inside a word.
local function window(subject, pos, n)
  local w = sub(subject, pos, pos + n - 1)
  if #w == n and pos + n <= #subject and not find(sub(subject, pos + n, pos + n), "^%s") then
    local cut = match(w, "^.*()%s")
    if cut and cut > 1 then w = sub(w, 1, cut - 1) end
  end
  return w
end

-- A word boundary before pos: start of subject or a byte that is not a
-- letter or digit (bytes >= 0x80 count as letters: no split in UTF-8).
local function boundary(subject, pos)
  if pos == 1 then return true end
  local b = byte(subject, pos - 1)
  return not (b >= 0x30 and b <= 0x39 or b >= 0x41 and b <= 0x5A
    or b >= 0x61 and b <= 0x7A or b >= 0x80)
end

-- The first byte may start a recognized thing (letter, digit, UTF-8).
local function starts_word(subject, pos)
  local b = byte(subject, pos)
  return b and (b >= 0x30 and b <= 0x39 or b >= 0x41 and b <= 0x5A
    or b >= 0x61 and b <= 0x7A or b >= 0x80)
end

local function copy(t)
  local o = {}
  if t then for k, v in pairs(t) do o[k] = v end end
  return o
end

--- A set of patterns bound to options (`ref`, `dayfirst`, `lang`,
-- `gazetteer`: those of `dl.parse`).  The module itself is `new{}`.
-- @treturn table `{timex, date, dateline, person, place, defs}`; `defs`
--   is the table to give `re.compile` (`%timex`, `%date`, ...).
function M.new(opts)
  if opts ~= nil and type(opts) ~= "table" then
    error("bad argument #1 to 'new' (table expected, got " .. type(opts) .. ")", 2)
  end
  -- a misspelt option raises here, not at the first match (from inside
  -- an lpeg.Cmt, naming 'timexes')
  if opts then dl._check_opts("new", opts, 2) end
  local o = copy(opts)
  -- and so does a bad value ({ref = 20250203}, {lang = "xx"}): checked
  -- once on an empty text
  local ok, err = pcall(dl.timexes, "", o)
  if not ok then error(gsub(tostring(err), "^[^:]*:%d+: ", ""), 2) end
  -- a Date ref as the string a.date is, so that `new{ref = dl.date(a.date)}`
  -- reads an article's expressions as `new{ref = a.date}` does (below)
  if dl.type(o.ref) == "date" then o.ref = o.ref:iso() end
  local W = M.WINDOW
  local set = {}

  local function timex_at(subject, pos, want_date)
    if not starts_word(subject, pos) or not boundary(subject, pos) then return false end
    local cur = in_sentence
    if cur and cur.text == subject and o.ref ~= nil and cur.a.date == o.ref then
      -- the article's own reading of the expression starting here
      local t = timex_starting(cur.a, cur.base + pos - 1)
      if t and t.stop <= cur.base + #subject - 1 then
        if want_date and not find(t.value, "^%d%d%d%d") then return false end
        return pos + t.stop - t.start + 1, t.value
      end
    end
    local list = dl.timexes(window(subject, pos, want_date and W.date or W.timex), o)
    local t = list[1]
    if not t or t.start ~= 1 then return false end
    if want_date and not find(t.value, "^%d%d%d%d") then return false end
    return pos + t.stop, t.value
  end
  set.timex = Cmt(P(true), function(s, i) return timex_at(s, i, false) end)
  set.date = Cmt(P(true), function(s, i) return timex_at(s, i, true) end)

  set.dateline = Cmt(P(true), function(s, i)
    if not starts_word(s, i) or not boundary(s, i) then return false end
    local d = dl.parse(window(s, i, W.dateline), o).dateline
    if not d or d.start ~= 1 then return false end
    return i + d.stop, { place = d.place, city = d.city, region = d.region,
      date = d.date, agency = d.agency }
  end)

  local function entity_at(etype)
    return Cmt(P(true), function(s, i)
      if not starts_word(s, i) or not boundary(s, i) then return false end
      local w = window(s, i, W[etype == "PERSON" and "person" or "place"])
      local a = dl.parse(w, o)
      local best_stop, name
      for e in a:entities(etype) do
        for _, m in ipairs(e.mentions) do
          if (m.start == 1 or m.name_start == 1) and (not best_stop or m.stop > best_stop) then
            best_stop, name = m.stop, e.name
          end
        end
      end
      if not best_stop then return false end
      return i + best_stop, name
    end)
  end
  set.person = entity_at("PERSON")
  set.place = entity_at("LOCATION")

  set.defs = { timex = set.timex, date = set.date, dateline = set.dateline,
    person = set.person, place = set.place }
  set.new = M.new
  return set
end

--- A pattern that matches, at the current position, any name an article
-- uses for one of its people ("Halvorsen", "Trade Minister Ingrid
-- Halvorsen", "Ingrid Halvorsen"), followed by a word boundary, and
-- captures the canonical name.  `person` reads only its window, where a
-- surname alone is no person ("Solvang said"); this one knows the
-- article's people.  Longer names are tried first.
-- @param a an article
-- @param[opt] etype the entity type, "PERSON" by default
-- @return an LPeg pattern
function M.names_of(a, etype)
  dl._check_article("names_of", a)
  -- only nil means the default: a:entities(false) is an error, and so is this
  if etype == nil then etype = "PERSON" end
  -- checked here, so that the error names names_of and the caller's line,
  -- not a:entities inside this module
  if not dl._entity_types[etype] then
    dl._argerror(2, "names_of", format('type: "PERSON", "LOCATION", "ORGANIZATION" or "MISC" '
      .. "expected, got %s", type(etype) == "string" and format("%q", etype) or dl._typename(etype)))
  end
  -- A form can match only where the text's word run equals the form's
  -- leading word run ("Mr" for "Mr. Dahl": the form ends or goes on with a
  -- non-word byte, and must not be followed by a word byte).  So the forms
  -- are found by that run: the lengths of its forms, longest first, and one
  -- table lookup of the text's substring per length.  Of the forms of one
  -- length only one can equal the text, so the first hit is the longest.
  -- (An ordered choice of all the forms would cost a try per form at every
  -- position, and copies the growing pattern to build.)
  local name_of, lengths_of = {}, {}
  local function add(form, name)
    if form and form ~= "" and not name_of[form] then    -- the first name wins
      name_of[form] = name
      local run = match(form, WORD_RUN) or ""            -- "": starts with punctuation
      local lengths = lengths_of[run]
      if not lengths then lengths = {}; lengths_of[run] = lengths end
      lengths[#lengths + 1] = #form
    end
  end
  for e in a:entities(etype) do
    add(e.name, e.name)
    for _, m in ipairs(e.mentions) do
      add(m.text, e.name)                                   -- with its title
      if m.name_start then add(sub(m.text, m.name_start - m.start + 1), e.name) end
    end
  end
  local function longer(x, y) return x > y end
  for _, lengths in pairs(lengths_of) do
    sort(lengths, longer)
    local k = 1                                            -- without repeats
    for j = 2, #lengths do
      if lengths[j] ~= lengths[k] then k = k + 1; lengths[k] = lengths[j] end
    end
    for j = #lengths, k + 1, -1 do lengths[j] = nil end
  end
  return Cmt(P(true), function(s, i)
    if not boundary(s, i) then return false end
    local lengths = lengths_of[match(s, WORD_RUN, i) or ""]
    if not lengths then return false end
    for k = 1, #lengths do
      local len = lengths[k]
      local name = name_of[sub(s, i, i + len - 1)]
      if name and not find(s, WORD_BYTE, i + len) then return i + len, name end
    end
    return false
  end)
end

-- A pattern that finds p anywhere at or after the start of the subject:
-- position before, the captures of p (in a table), position after.
local searchers = setmetatable({}, { __mode = "k" })
local function searcher(p)
  local s = searchers[p]
  if not s then
    s = P{ Cp() * Ct(p) * Cp() + 1 * V(1) }
    searchers[p] = s
  end
  return s
end

-- The pattern argument (a string is a literal), or an error at the line
-- that called the function calling this.
local function check_pattern(fname, p)
  local t = lpeg.type(p)
  if t ~= "pattern" then
    if type(p) == "string" then return P(p) end
    dl._argerror(1, fname, "LPeg pattern expected, got " .. dl._typename(p), 4)
  end
  return p
end
M._check_pattern = check_pattern

--- Iterate over the matches of an LPeg pattern in an article's body
-- sentences: each `{text, start, stop, sentence, captures}` (positions in
-- the article's text; an empty match advances by one byte).
local function gmatch_checked(a, p)
  local sp = searcher(p)
  local sents, s, pos = a:sentences(), nil, 1
  return function()
    while true do
      if not s then
        s = sents()
        if not s then return nil end
        pos = 1
      end
      local from, caps, to = nil, nil, nil
      if pos <= #s.text + 1 then
        local outer = in_sentence
        in_sentence = { a = a, text = s.text, base = s.start }
        local ok, f, c, t = pcall(sp.match, sp, s.text, pos)
        in_sentence = outer
        if not ok then error(f, 0) end
        from, caps, to = f, c, t
      end
      if from then
        pos = to > from and to or from + 1
        return { text = sub(s.text, from, to - 1), start = s.start + from - 1,
          stop = s.start + to - 2, sentence = s, captures = caps }
      end
      s = nil
    end
  end
end

local function gmatch(a, p)
  dl._check_article("gmatch", a)
  local it = gmatch_checked(a, check_pattern("gmatch", p))
  return it
end

--- The first match of a pattern in an article's body sentences, or nil.
local function match1(a, p)
  dl._check_article("match", a)
  local m = gmatch_checked(a, check_pattern("match", p))()
  return m
end

M.gmatch, M.match = gmatch, match1
M._gmatch = gmatch_checked   -- arguments checked by the caller

-- Articles get :match and :gmatch (dateline's init.lua may load this
-- module on first use of either).
local methods = dl._methods
if methods.match == nil then methods.match = match1 end
if methods.gmatch == nil then methods.gmatch = gmatch end

-- The module's own patterns: no options.
local default = M.new({})
for k, v in pairs(default) do
  if k ~= "new" then M[k] = v end
end
if rawget(dl, "lpeg") == nil then dl.lpeg = M end

return M
