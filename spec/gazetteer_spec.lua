-- gazetteer_spec.lua -- user gazetteers (csrc/gazetteer.c): dl.gazetteer,
-- Gazetteer:match and opts.gazetteer.

local dl = require "dateline"

local function names(matches)
  local t = {}
  for _, m in ipairs(matches) do t[#t + 1] = m.text .. "->" .. m.name end
  table.sort(t)
  return table.concat(t, ",")
end

describe("dl.gazetteer", function()
  it("compiles a list of entries", function()
    local g = dl.gazetteer{ { "Xi Jinping", type = "PERSON", id = "Q15031", aliases = { "Xi" } } }
    assert.are.equal(1, #g)
    assert.matches("dateline.Gazetteer", tostring(g))
  end)

  it("raises on malformed entries, naming them", function()
    assert.has_error(function() dl.gazetteer{ { "X" } } end)
    assert.error_matches(function() dl.gazetteer{ { "X", type = "THING" } } end, "entry #1")
    assert.error_matches(function() dl.gazetteer{ "X" } end, "entry #1")
    assert.error_matches(function() dl.gazetteer{ { "", type = "PERSON" } } end, "entry #1")
    assert.error_matches(function() dl.gazetteer{ { "A", type = "PERSON", aliases = { 1 } } } end, "aliases")
    assert.has_error(function() dl.gazetteer("x") end)
  end)

  it("rejects a non-gazetteer opts.gazetteer", function()
    assert.error_matches(function() dl.parse("x", { gazetteer = {} }) end, "gazetteer")
  end)
end)

describe("Gazetteer:match", function()
  local g = dl.gazetteer({
    { "New York", type = "LOCATION" },
    { "New York Stock Exchange", type = "ORGANIZATION", aliases = { "NYSE" } },
    { "York", type = "LOCATION" },
    { "Ann", type = "PERSON" },
  })

  it("finds every entry at word boundaries, overlaps included", function()
    assert.are.equal("New York Stock Exchange->New York Stock Exchange,New York->New York,York->York",
      names(g:match("the New York Stock Exchange")))
  end)

  it("does not match inside words", function()
    assert.are.equal("", names(g:match("Annual Yorkshire NewYork")))
    assert.are.equal("Ann->Ann", names(g:match("Ann's")))
    assert.are.equal("Ann->Ann", names(g:match("“Ann”")))
  end)

  it("matches as written or in capitals, not in other cases", function()
    assert.are.equal("NEW YORK->New York,YORK->York", names(g:match("NEW YORK")))
    assert.are.equal("", names(g:match("new york")))
  end)

  it("ignores case when asked", function()
    local gi = dl.gazetteer({ { "Acme", type = "ORGANIZATION" } }, { ignore_case = true })
    assert.are.equal("acme->Acme", names(gi:match("acme")))
  end)

  -- the scan skips a word whose first word no entry has (a key filter in
  -- front of the automaton): names with punctuation or accents inside,
  -- in capitals, or ending where the text ends must get through it
  it("finds names with punctuation, accents and digits in their first word", function()
    local gp = dl.gazetteer({
      { "St. Kilda", type = "LOCATION" },
      { "Ba'ath Party", type = "ORGANIZATION" },
      { "Caf\195\169 Brel", type = "ORGANIZATION" },
      { "Route 66", type = "LOCATION" },
      { "AT&T", type = "ORGANIZATION" },
    })
    assert.are.equal("Ba'ath Party->Ba'ath Party,ST. KILDA->St. Kilda", names(gp:match("ST. KILDA, Ba'ath Party")))
    assert.are.equal("AT&T->AT&T,Caf\195\169 Brel->Caf\195\169 Brel", names(gp:match("Caf\195\169 Brel and AT&T")))
    assert.are.equal("Route 66->Route 66", names(gp:match("on Route 66")))
    assert.are.equal("", names(gp:match("Stx. Kilda, Baath Party, Route 666")))
  end)

  it("gives 1-based inclusive spans", function()
    local m = g:match("in York")[1]
    assert.are.equal(4, m.start)
    assert.are.equal(7, m.stop)
    assert.are.equal("LOCATION", m.type)
  end)

  -- (that 100,000 entries cost about as much as 10 is measured by
  -- `make bench`, not here: no timed assertions)
  it("finds the same matches with 100,000 entries as with one", function()
    local big = {}
    for i = 1, 100000 do big[i] = { "Name" .. i .. " Surname" .. i, type = "PERSON" } end
    big[#big + 1] = { "Harbor City", type = "LOCATION" }
    local gbig = dl.gazetteer(big)
    local small = dl.gazetteer({ { "Harbor City", type = "LOCATION" } })
    local text = string.rep("Ships left Harbor City for Name77 Surname77 and others. ", 200)
    local ms, mb = small:match(text), gbig:match(text)
    assert.are.equal(200, #ms)
    assert.are.equal(400, #mb)
    assert.are.equal("Name77 Surname77", text:sub(mb[2].start, mb[2].stop))
  end)
end)

describe("opts.gazetteer", function()
  it("names entities with the user's id and canonical name", function()
    local g = dl.gazetteer{ { "Xi Jinping", type = "PERSON", id = "Q15031", aliases = { "Xi" } } }
    local a = dl.parse("Chinese President Xi Jinping arrived. Xi spoke briefly.", { gazetteer = g })
    local found
    for e in a:entities("PERSON") do found = e end
    assert.are.equal("Xi Jinping", found.name)
    assert.are.equal("Q15031", found.id)
    assert.are.equal(2, #found.mentions)
    assert.are.equal("President", found.title)
  end)

  it("types unknown words", function()
    local g = dl.gazetteer{ { "Zorblax", type = "ORGANIZATION", id = "Z1" } }
    local a = dl.parse("Shares of Zorblax rose.", { gazetteer = g })
    local e = a:entities()()
    assert.are.equal("ORGANIZATION", e.type)
    assert.are.equal("Z1", e.id)
  end)

  it("keeps the gazetteer alive as long as the article", function()
    local a = dl.parse("Zorblax rose.", { gazetteer = dl.gazetteer{ { "Zorblax", type = "MISC" } } })
    collectgarbage()
    collectgarbage()
    assert.are.equal("Zorblax", a:entities()().name)
  end)
end)

describe("the built-in gazetteer", function()
  local SEP = " \226\128\150 "
  local n = 0
  for line in assert(io.lines("spec/fixtures/gazetteer_builtin.txt")) do
    n = n + 1
    if line ~= "" and not line:match("^#") then
      local name, expected = line:match("^(.-)\t(.*)$")
      assert(name, "gazetteer_builtin.txt:" .. n .. ": no tab")
      it(string.format("line %d: %s", n, name), function()
        local text = "Officials in " .. name .. " spoke."
        local e
        for x in dl.parse(text):entities() do
          for _, m in ipairs(x.mentions) do if m.text == name then e = x end end
        end
        assert(e, "no entity for " .. name)
        local pos = 1
        while true do
          local a, b = expected:find(SEP, pos, true)
          local item = expected:sub(pos, (a or 0) - 1)
          local field, value = item:match("^(%w+)=(.*)$")
          assert(field, "bad expectation " .. item)
          local got = e[field == "tz" and "timezone" or field]
          if value == "-" then
            assert(got == nil or got == "", field .. " of " .. name .. " is " .. tostring(got))
          else
            assert.are.equal(value, got)
          end
          if not a then break end
          pos = b + 1
        end
      end)
    end
  end
end)
