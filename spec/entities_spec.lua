-- entities_spec.lua -- people, places, organizations and nationalities
-- (csrc/entities.c) through the public API.  Recognition cases live in
-- spec/fixtures/entities.txt and entities/newswire.txt, merging cases in
-- spec/fixtures/entities_merge.txt (and entities/names.txt, entities/aliases.txt), a city and its club in entities/clubs.txt
-- (formats at their top); the seed gold runs when ../shared is present.

local dl = require "dateline"
local fixture = require "support.fixture"
local split = fixture.split

local SEP = " \226\128\150 "   -- " ‖ "


local function cases(path)
  local list, n = {}, 0
  for line in assert(io.lines(path)) do
    n = n + 1
    if line ~= "" and not line:match("^#") then
      local input, expected = line:match("^(.-)\t(.*)$")
      assert(input, path .. ":" .. n .. ": no tab")
      list[#list + 1] = { line = n, input = fixture.unescape(input), expected = split(expected, SEP) }
    end
  end
  return list
end

local function entities(text, opts)
  local list = {}
  for e in dl.parse(text, opts):entities() do list[#list + 1] = e end
  return list
end

local function describe_list(list)
  local t = {}
  for _, e in ipairs(list) do t[#t + 1] = e.type .. "=" .. e.name end
  return table.concat(t, ", ")
end

local function by_name(list, name)
  for _, e in ipairs(list) do if e.name == name then return e end end
end

describe("a:entities()", function()
  local all = {}
  for _, path in ipairs({ "spec/fixtures/entities.txt", "spec/fixtures/entities/newswire.txt" }) do
    for _, c in ipairs(cases(path)) do
      c.file = path:match("[^/]+$")
      all[#all + 1] = c
    end
  end
  for _, c in ipairs(all) do
    it(string.format("%s line %d: %s", c.file, c.line, c.input), function()
      local list = entities(c.input)
      for _, want in ipairs(c.expected) do
        local neg = want:match("^%-(.*)$")
        local nty, nname = (neg or ""):match("^(%u+)=(.*)$")
        if nty then   -- "-TYPE=Name": no entity of that type by that name
          local e = by_name(list, nname)
          assert(not e or e.type ~= nty, "unexpected " .. neg .. " in: " .. describe_list(list))
        elseif neg then
          assert(not by_name(list, neg), "unexpected " .. neg .. " in: " .. describe_list(list))
        else
          local ty, name = want:match("^(%u+)=(.*)$")
          local e = by_name(list, name)
          assert(e, "missing " .. want .. " in: " .. describe_list(list))
          assert.are.equal(ty, e.type)
        end
      end
    end)
  end

  it("reads a headline for the body's names and the gazetteer's, in any case", function()
    local text = "ROWING - HALVORSEN WINS IN NORWAY AS STORM HITS .\n\nOSLO 1996-06-02\n\n"
      .. "Kari Halvorsen won the single sculls on Sunday ."
    local found = {}
    for e in dl.parse(text):entities() do
      for _, m in ipairs(e.mentions) do
        if m.stop <= 48 then found[#found + 1] = e.type .. "=" .. e.name .. ":" .. m.text end
      end
    end
    table.sort(found)
    assert.are.same({ "LOCATION=Norway:NORWAY", "PERSON=Kari Halvorsen:HALVORSEN" }, found)
  end)

  it("reads 'X, Country' as a place only after a place's preposition", function()
    local function types(text)
      local t = {}
      for e in dl.parse(text):entities() do t[e.name] = e.type end
      return t
    end
    local t = types("The prize went to Lindqvist, Sweden, and to Okafor, Nigeria.")
    assert.are_not.equal("LOCATION", t.Lindqvist)
    assert.are_not.equal("LOCATION", t.Okafor)
    assert.are.equal("LOCATION", t.Sweden)
    t = types("The plant is in Brevik, Norway, and the mill near Tarvin, Chile.")
    assert.are.equal("LOCATION", t.Brevik)
    assert.are.equal("LOCATION", t.Tarvin)
  end)

  it("gives spans that match the text", function()
    local text = "Russian President Oleg Sokolov met Chinese officials in Kazan, Russia."
    for e in dl.parse(text):entities() do
      for _, m in ipairs(e.mentions) do
        assert.are.equal(m.text, text:sub(m.start, m.stop))
        assert.is_true(m.start <= m.name_start and m.name_stop <= m.stop)
      end
    end
  end)

  it("makes a nationality inside a person's mention a MISC mention too", function()
    local text = "Chilean Foreign Minister Ana Rojas met Peruvian officials. "
      .. "\"We agree,\" Chilean Foreign Minister Ana Rojas said."
    local a = dl.parse(text)
    local list = entities(text)
    local chile, rojas = by_name(list, "Chilean"), by_name(list, "Ana Rojas")
    assert.are.equal("MISC", chile.type)
    assert.are.equal("Chile", chile.country)
    -- the person's mention is as it was: its text, name, nationality, title
    assert.are.equal("Chilean Foreign Minister Ana Rojas", rojas.mentions[1].text)
    assert.are.equal(26, rojas.mentions[1].name_start)
    assert.are.equal("Chilean", rojas.nationality)
    assert.are.equal("Foreign Minister", rojas.title)
    -- the MISC mention lies inside it, each entity's mentions in text order
    assert.are.same({ 1, 7 }, { chile.mentions[1].start, chile.mentions[1].stop })
    assert.are.equal(rojas.mentions[2].start, chile.mentions[2].start)
    assert.is_true(chile.mentions[1].stop < chile.mentions[2].start)
    -- the quote's speaker is the person, not the nationality
    local q = a:quotes()()
    assert.are.equal("Ana Rojas", q.speaker)
    assert.are.equal(rojas.mentions[2].start, q.speaker_start)
    -- each mention once in the totable's entities
    local n = 0
    for _, e in ipairs(a:totable().entities) do n = n + #e.mentions end
    assert.are.equal(5, n)   -- Chilean 2, Ana Rojas 2, Peruvian 1
  end)

  it("filters by type", function()
    local a = dl.parse("Anna Weber said Acme Widgets Inc would leave Paris.")
    for e in a:entities("LOCATION") do assert.are.equal("LOCATION", e.type) end
    local n = 0
    for _ in a:entities("PERSON") do n = n + 1 end
    assert.are.equal(1, n)
  end)

  it("links places and nationalities to their country", function()
    local list = entities("Chinese officials visited Kazan.")
    assert.are.equal("China", by_name(list, "Chinese").country)
    local kazan = by_name(list, "Kazan")
    assert.are.equal("Russia", kazan.country)
    assert.are.equal("Europe/Moscow", kazan.timezone)
    assert.is_true(kazan.population > 100000)
  end)

  it("reads the dateline place", function()
    local list = entities("KAZAN, Russia (AP) -- Leaders met on Tuesday.")
    assert.truthy(by_name(list, "Kazan"))
  end)

  it("is cached and appears in totable", function()
    local a = dl.parse("Officials in Berlin declined to comment.")
    local first = a:entities()()
    assert.are.equal(first, a:entities()())
    assert.are.equal("Berlin", a:totable().entities[1].name)
  end)

  it("copes with empty, odd and huge input", function()
    assert.are.same({}, entities(""))
    entities(string.rep("\255\0 A ", 1000))
    entities(string.rep("Xy ", 20000))
    entities(string.rep("The Ministry of ", 5000))
    entities(string.rep("Paris-", 5000))
  end)
end)

describe("a city and its club", function()
  for _, c in ipairs(cases("spec/fixtures/entities/clubs.txt")) do
    it(string.format("line %d: %s", c.line, c.input), function()
      local list = entities(c.input)
      for _, want in ipairs(c.expected) do
        local ty, name, ms = want:match("^(%u+) (.-) = (.*)$")
        assert(ty, "bad expectation " .. want)
        local e
        for _, x in ipairs(list) do
          if x.type == ty and x.name == name then e = x end
        end
        assert(e, "missing " .. ty .. "=" .. name .. " in: " .. describe_list(list))
        local got = {}
        for _, m in ipairs(e.mentions) do got[#got + 1] = m.text end
        assert.are.same(split(ms, " | "), got)
      end
    end)
  end
end)

describe("alias merging", function()
  local merge_cases = cases("spec/fixtures/entities_merge.txt")
  for _, c in ipairs(cases("spec/fixtures/entities/names.txt")) do merge_cases[#merge_cases + 1] = c end
  for _, c in ipairs(cases("spec/fixtures/entities/aliases.txt")) do merge_cases[#merge_cases + 1] = c end
  for _, c in ipairs(merge_cases) do
    it(string.format("line %d: %s", c.line, c.input), function()
      local list = entities(c.input)
      for _, want in ipairs(c.expected) do
        local name, ms = want:match("^(.-) = (.*)$")
        if name then
          local e = by_name(list, name)
          assert(e, "missing " .. name .. " in: " .. describe_list(list))
          local got = {}
          for _, m in ipairs(e.mentions) do got[#got + 1] = m.text end
          assert.are.same(split(fixture.unescape(ms), " | "), got)
        else
          local n2, field, value = want:match("^(.-) : (%w+)=(.*)$")
          assert(n2, "bad expectation " .. want)
          local e = by_name(list, n2)
          assert(e, "missing " .. n2 .. " in: " .. describe_list(list))
          assert.are.equal(value, e[field])
        end
      end
    end)
  end
end)

describe("seed gold", function()
  local ok, cjson = pcall(require, "cjson")
  local f = io.open("../shared/fixtures/seeds.gold.json")
  if not (ok and f) then
    pending("../shared/fixtures/seeds.gold.json or cjson not available")
    return
  end
  local gold = cjson.decode(f:read("*a"))
  f:close()
  for _, art in ipairs(gold.articles) do
    local tf = io.open("../shared/seeds/" .. art.file)
    if tf then
      local text = tf:read("*a")
      tf:close()
      local list = entities(text, { ref = art.ref })
      for _, g in ipairs(art.entities) do
        it(art.file .. ": " .. g.type .. " " .. g.name, function()
          local e = by_name(list, g.name)
          assert(e, "missing " .. g.name .. " in: " .. describe_list(list))
          assert.are.equal(g.type, e.type)
          local have = {}
          for _, m in ipairs(e.mentions) do have[m.text] = true end
          for _, m in ipairs(g.mentions or {}) do
            assert(have[m], "mention " .. m .. " not merged into " .. g.name)
          end
        end)
      end
    end
  end
end)
