--- meetings.lua: who met whom, where and when -- a summit timeline.
--
--   lua5.4 examples/meetings.lua samples/            (make demo)
--   lua5.4 examples/meetings.lua news/*.jsonl.gz --ref 2024-10-22
--
-- A sentence reports a meeting when it has a meeting cue ("met", "convened
-- with", "held talks", "visit to", "summit", ... and the same in ru, zh,
-- de, fr, es).  Its participants are the people named in it; when it names
-- fewer than two, the article's most mentioned other people fill in (the
-- host is often named only later).  The place is a place named after
-- "in"/"to"/"at" in the sentence (a city before a country), else the
-- dateline's place.  The date is a day-precise date in the sentence, else
-- the week, month or quarter it names, else the article's date.  Names are merged across the corpus ("Putin" ->
-- "Vladimir Putin"), through corpus.names too: a surname the recognizer
-- took for an organization ("met Vidal in Beijing") counts when the
-- corpus names that person in full.  General rules, nothing keyed to
-- particular articles.
--
-- The entity recognizer reads English: in another language it also takes
-- capitalized phrases for names ("Am Mittwoch", "Le Chili").  So a PERSON
-- of an article that is not in English (`corpus.lang_of`) is only
-- tentative, unless the recognizer confirmed it with a title or a
-- nationality; a tentative name is kept when the corpus names the same
-- person in a confirmed context (an English article, a title), and a
-- meeting left with fewer than two people is dropped.

-- Run from a checkout: ../lua and ../build next to this script.
do
  local root = (arg and arg[0] or ""):match("^(.-)[^/]*/[^/]*$")
  if root then
    root = root == "" and "./" or root
    -- the build of this interpreter: build/ (Lua 5.4), else build/lua5.1/,
    -- build/luajit/... (make test LUA=...)
    local build = rawget(_G, "jit") and "build/luajit/"
      or _VERSION == "Lua 5.4" and "build/" or "build/lua" .. _VERSION:sub(5) .. "/"
    package.path = root .. "lua/?.lua;" .. root .. "lua/?/init.lua;" .. package.path
    package.cpath = root .. build .. "?.so;" .. package.cpath
  end
end

require "dateline"
local corpus = require "dateline.corpus"

-- Meeting cues, as Lua patterns over a lower-cased sentence (frontier
-- patterns for word boundaries).
local CUES = {
  "%f[%a]met%f[%A]", "%f[%a]meets%f[%A]", "%f[%a]meeting%f[%A]", "%f[%a]convened with%f[%A]",
  "%f[%a]held talks%f[%A]", "%f[%a]hold talks%f[%A]", "%f[%a]holds talks%f[%A]",
  "%f[%a]talks with%f[%A]", "%f[%a]talks between%f[%A]", "%f[%a]discussions? between%f[%A]",
  "%f[%a]visit to%f[%A]", "%f[%a]state visit%f[%A]", "%f[%a]summit%f[%A]", "%f[%a]hosted%f[%A]",
  "%f[%a]welcomed%f[%A]", "%f[%a]received%f[%A]",
  -- ru, zh, de, fr, es (lower case where the script has case)
  "встретил", "встреч", "переговор", "визит", "саммит",
  "会晤", "会见", "会谈", "峰会", "访问",
  "%f[%a]traf%f[%A]", "%f[%a]treffen%f[%A]", "gespräch", "%f[%a]gipfel", "besuch",
  "rencontr", "%f[%a]sommet%f[%A]", "entretien", "%f[%a]visite%f[%A]", "s'est entretenu",
  "se reuni", "reunión", "%f[%a]cumbre%f[%A]", "%f[%a]visita%f[%A]",
}
-- Words before a place that make it the meeting's location.
local PLACE_PREP = { ["in"] = 3, ["to"] = 2, ["at"] = 1, ["en"] = 3, ["à"] = 3, ["a"] = 2,
  ["nach"] = 2, ["im"] = 3, ["в"] = 3, ["во"] = 3, ["in der"] = 3 }

local STRONG = { "%f[%a]met%f[%A]", "%f[%a]convened with", "%f[%a]held talks", "%f[%a]talks with",
  "встретил", "会晤", "会见", "%f[%a]traf%f[%A]", "rencontr", "se reuni" }
local function strong_cue(text)
  local low = text:lower()
  for _, c in ipairs(STRONG) do
    if low:find(c) then return true end
  end
  return false
end

local function has_cue(text)
  local low = text:lower()
  for _, c in ipairs(CUES) do
    if low:find(c) then return true end
  end
  return false
end

local function is_country(e)
  -- ISO 3166 countries have a two-letter gazetteer id
  return e.id ~= nil and e.id:match("^%u%u$") ~= nil and (e.country == nil or e.country == e.name)
end

-- Another meeting of the list has exactly m's participants (merged).
local function seen_pair_of(list, m)
  for _, x in ipairs(list) do
    if x ~= m and x.named >= 2 and table.concat(x.participants, "|") == table.concat(m.participants, "|") then
      return true
    end
  end
  return false
end

-- The meetings of one article: { participants = {...}, place, date, sentence }.
local function meetings_of(a)
  local sents = {}
  for s in a:sentences() do sents[#sents + 1] = s end
  -- mentions per sentence; outside English, an untitled PERSON is tentative
  local english = corpus.lang_of(a) == "en"
  local people = {}
  local by_sent = {}
  -- a surname alone may come out as an organization ("Xi Jinping met Vidal
  -- in Beijing"): a one-word organization the gazetteer does not know is
  -- a tentative participant, kept when the corpus has a person of that
  -- surname (confirm)
  local function surname_like(e)
    return e.type == "ORGANIZATION" and e.id == nil and not e.name:find("[%s%d]")
      and e.name:find("^%u%l") ~= nil
  end
  for e in a:entities() do
    if e.type == "PERSON" or e.type == "LOCATION" or surname_like(e) then
      if e.type == "PERSON" then people[#people + 1] = e end
      for _, m in ipairs(e.mentions) do
        local si = corpus.sentence_at(sents, m.start)
        if si then
          by_sent[si] = by_sent[si] or {}
          table.insert(by_sent[si], { e = e, m = m })
        end
      end
    end
  end
  table.sort(people, function(x, y)
    if #x.mentions ~= #y.mentions then return #x.mentions > #y.mentions end
    return x.mentions[1].start < y.mentions[1].start
  end)
  local timexes = {}
  for t in a:timexes() do timexes[#timexes + 1] = t end

  local found, seen = {}, {}
  for si, s in ipairs(sents) do
    if has_cue(s.text) then
      local names, in_sent = {}, {}
      for _, x in ipairs(by_sent[si] or {}) do
        if x.e.type ~= "LOCATION" and not in_sent[x.e] then
          in_sent[x.e] = "named"
          names[#names + 1] = x.e
        end
      end
      if #names >= 1 then
        -- fewer than two named: the article's other main people (named
        -- at least twice) join
        for _, e in ipairs(people) do
          if #names >= 2 then break end
          if not in_sent[e] and #e.mentions >= 2 then in_sent[e] = true; names[#names + 1] = e end
        end
      end
      if #names >= 2 then
        local named = 0
        for _, e in ipairs(names) do
          if in_sent[e] == "named" then named = named + 1 end
        end
        -- place: after in/to/at in the sentence, a city before a country
        local best, best_score
        for _, x in ipairs(by_sent[si] or {}) do
          if x.e.type == "LOCATION" then
            local before = a.text:sub(math.max(1, x.m.start - 8), x.m.start - 1):lower()
            local w = before:match("(%S+)%s+$")
            local prep = PLACE_PREP[w or ""] or 0
            if prep > 0 then
              local score = prep * 2 + (is_country(x.e) and 0 or 10)
              if not best_score or score > best_score then best, best_score = x.e, score end
            end
          end
        end
        -- date: a day-precise date in the sentence, else the period it
        -- names ("talks in Kyiv next week": 2024-W13, not the article's day)
        local date, period
        for _, t in ipairs(timexes) do
          if t.start >= s.start and t.stop <= s.stop and (t.type == "DATE" or t.type == "TIME") then
            if t.value:match("^%d%d%d%d%-%d%d%-%d%d") then
              date = t.value:sub(1, 10)
              break
            end
            period = period or (t.value:match("^%d%d%d%d%-[WQ0-9][0-9]+$") and t.value)
          end
        end
        date = date or period
        local parts, tentative = {}, {}
        for i, e in ipairs(names) do
          parts[i] = e.name
          if e.type ~= "PERSON" or not english and not e.title and not e.nationality then
            tentative[e.name] = true
          end
        end
        table.sort(parts)
        local key = table.concat(parts, "|")
        local score = (best and not is_country(best) and 8 or best and 2 or 0)
          + (date and 4 or 0) + (named >= 2 and 2 or 0) + (strong_cue(s.text) and 1 or 0)
        local m = { participants = parts, place = best and best.name,
          city = best and not is_country(best), date = date, sentence = s.text,
          id = a.id, score = score, named = named, tentative = tentative }
        local old = seen[key]
        if not old then
          seen[key] = m
          found[#found + 1] = m
        elseif score > old.score then
          -- a better sentence for the same meeting: keep what the old one knew
          for k, v in pairs(m) do old[k] = v end
        end
      end
    end
  end
  -- a meeting with only one person named in its sentence is dropped when
  -- the article reports another one with both named
  local both = false
  for _, m in ipairs(found) do if m.named >= 2 then both = true end end
  if both then
    local kept = {}
    for _, m in ipairs(found) do
      if m.named >= 2 or seen_pair_of(found, m) then kept[#kept + 1] = m end
    end
    found = kept
  end
  -- what the best sentence lacks: the dateline's city, the article's date
  local d = a.dateline
  for _, m in ipairs(found) do
    if not m.city and d and d.city then
      m.place = d.city:sub(1, 1) .. d.city:sub(2):lower()
    end
    m.date = m.date or a.date
    if m.date and not m.date:match("^%d%d%d%d") then m.date = nil end
    m.score, m.city, m.named = nil, nil, nil
  end
  return found
end

-- Keep a tentative participant only when some meeting of the list names
-- the same person as a confirmed one (a surname alone: a confirmed name
-- ending with it); drop meetings left with fewer than two participants.
local function confirm(list, names)
  local known = {}
  for _, m in ipairs(list) do
    for _, n in ipairs(m.participants) do
      if not (m.tentative and m.tentative[n]) then
        known[n] = true
        for p in n:gmatch("() ") do known[n:sub(p + 1)] = true end
      end
    end
  end
  local kept = {}
  for _, m in ipairs(list) do
    local parts = {}
    for _, n in ipairs(m.participants) do
      if known[n] or not (m.tentative and m.tentative[n]) then
        parts[#parts + 1] = n
      elseif names then
        -- the corpus names this surname's person in full (corpus.names)
        local full, ty = names:canonical(n)
        if ty == "PERSON" and full ~= n then parts[#parts + 1] = full end
      end
    end
    m.participants, m.tentative = parts, nil
    if #parts >= 2 then kept[#kept + 1] = m end
  end
  return kept
end

-- Merge a surname used alone ("Putin") into the full name the corpus uses
-- most often for it ("Vladimir Putin"); then one meeting per participants
-- and date, whatever the number of articles reporting it.
local function canonical_names(list, names)
  list = confirm(list, names)
  local freq = {}
  for _, m in ipairs(list) do
    for _, n in ipairs(m.participants) do freq[n] = (freq[n] or 0) + 1 end
  end
  local map = {}
  for n in pairs(freq) do
    local target
    if not n:find(" ") then
      for f, k in pairs(freq) do
        if f:sub(-#n - 1) == " " .. n and (not target or k > freq[target]
            or k == freq[target] and (#f < #target or #f == #target and f < target)) then
          target = f
        end
      end
    end
    map[n] = target or n
  end
  local merged, by_key = {}, {}
  for _, m in ipairs(list) do
    local seen, parts = {}, {}
    for _, n in ipairs(m.participants) do
      local c = map[n]
      if not seen[c] then seen[c] = true; parts[#parts + 1] = c end
    end
    table.sort(parts)
    m.participants = parts
    local key = table.concat(parts, "|") .. "@" .. tostring(m.date)
    local old = by_key[key]
    if old then
      old.sources[#old.sources + 1] = m.id
      old.place = old.place or m.place
    else
      m.sources = { m.id }
      by_key[key] = m
      merged[#merged + 1] = m
    end
  end
  return merged
end

-- The byte position of the n-th character (UTF-8); #s + 1 just past the
-- end (utf8.offset, which Lua 5.1, 5.2 and LuaJIT lack).
local function char_offset(s, n)
  local k = 0
  for p in s:gmatch("()[^\128-\191]") do
    k = k + 1
    if k == n then return p end
  end
  if n == k + 1 then return #s + 1 end
  return nil
end

-- At most n characters (UTF-8), "..." when cut.
local function clip(s, n)
  s = s:gsub("%s+", " ")
  local cut = char_offset(s, n + 1)
  if cut and cut <= #s then return s:sub(1, char_offset(s, n - 2) - 1) .. "..." end
  return s
end

local function main(args)
  local paths, opts = {}, {}
  local i = 1
  while i <= #args do
    local x = args[i]
    if x == "--ref" then opts.ref = args[i + 1]; i = i + 1
    elseif x == "-h" or x == "--help" then
      print("usage: lua5.4 examples/meetings.lua [--ref YYYY-MM-DD] FILES|FOLDERS...")
      return 0
    else paths[#paths + 1] = x end
    i = i + 1
  end
  if #paths == 0 then paths[1] = "samples" end
  local c = corpus.new(paths, opts)
  local all, narticles = {}, 0
  local names = corpus.names()
  for a in c:articles() do
    narticles = narticles + 1
    names:add(a)
    for _, m in ipairs(meetings_of(a)) do all[#all + 1] = m end
  end
  all = canonical_names(all, names)
  local sorted, undated = corpus.timeline(all)
  print(string.format("Summit timeline: %d meeting%s in %d article%s", #all,
    #all == 1 and "" or "s", narticles, narticles == 1 and "" or "s"))
  print()
  for _, m in ipairs(sorted) do
    print(string.format("%-10s  %-14s %s", m.date, m.place or "?",
      table.concat(m.participants, " + ")))
    print(string.format("            %s: %s", table.concat(m.sources, ", "),
      clip(m.sentence, 110)))
  end
  for _, m in ipairs(undated) do
    print(string.format("%-10s  %-14s %s   (%s)", "undated", m.place or "?",
      table.concat(m.participants, " + "), m.id))
  end
  -- who met whom, how often
  local pairs_count = corpus.counts(all, function(m)
    return table.concat(m.participants, " + ")
  end)
  print()
  print("Most frequent meetings:")
  for k = 1, math.min(5, #pairs_count) do
    print(string.format("  %2d  %s", pairs_count[k][2], pairs_count[k][1]))
  end
  return 0
end

-- As a module (specs): require gives the functions.
if ... == "meetings" or (arg and arg[0] and not arg[0]:match("meetings%.lua$")) then
  return { meetings_of = meetings_of, canonical_names = canonical_names, main = main }
end
os.exit(main(arg))
