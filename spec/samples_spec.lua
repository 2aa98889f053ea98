-- The bundled samples/ corpus, read the way a careful reader would.
--
-- One `it` per article: headline, byline, dateline (place, date, agency),
-- the article's date, trailing boilerplate and the number of body sentences
-- are compared in one table, so a failure shows every difference at once.
-- Expected values live in spec/fixtures/samples.expected.lua.
local dl = require "dateline"

local EXPECTED = dofile("spec/fixtures/samples.expected.lua")
local DIR = "samples/"

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

-- What the library reports, in the shape of the expected table.  A missing
-- value (nil, or an empty string from the core) is `false`.
local function value(x)
  if x == nil or x == "" then return false end
  return x
end

local function observe(a)
  local d = a.dateline
  local n = 0
  for _ in a:sentences() do n = n + 1 end
  local bp = {}
  for i, line in ipairs(a.boilerplate or {}) do
    bp[i] = (line:gsub("^%s+", ""):gsub("%s+$", ""))
  end
  return {
    headline = value(a.headline),
    byline = value(a.byline),
    dateline = d and {
      place = value(d.place),
      date = value(d.date),
      agency = value(d.agency),
    } or false,
    date = value(a.date),
    sentences = n,
    boilerplate = bp,
  }
end

local function wanted(e)
  local date = e.dateline and e.dateline.date or e.ref
  return {
    headline = e.headline,
    byline = e.byline,
    dateline = e.dateline and {
      place = e.dateline.place,
      date = e.dateline.date,
      agency = e.dateline.agency,
    } or false,
    date = date,
    sentences = e.sentences,
    boilerplate = e.boilerplate,
  }
end

local names = {}
for name in pairs(EXPECTED) do names[#names + 1] = name end
table.sort(names)

describe("the samples corpus", function()
  it("has at least 24 articles, each with an expected entry", function()
    assert.is_true(#names >= 24)
    for _, name in ipairs(names) do
      assert.is_truthy(io.open(DIR .. name, "rb"), DIR .. name .. " is missing")
    end
  end)

  for _, name in ipairs(names) do
    it("reads " .. name .. " as a careful reader would", function()
      local e = EXPECTED[name]
      local text = read(DIR .. name)
      local a = dl.parse(text, { ref = e.ref })
      assert.same(wanted(e), observe(a))
    end)

    it("gives spans of " .. name .. " that point into the text", function()
      local e = EXPECTED[name]
      local text = read(DIR .. name)
      local a = dl.parse(text, { ref = e.ref })
      local d = a.dateline
      if d then
        assert.equals(d.text, text:sub(d.start, d.stop))
      end
      for s in a:sentences() do
        assert.equals(s.text, text:sub(s.start, s.stop))
        -- a body sentence never carries the dateline, headline or trailer
        if d then
          assert.is_true(s.start > d.stop or s.stop < d.start,
            "a sentence overlaps the dateline: " .. s.text)
        end
        if e.headline then
          assert.not_equals(e.headline, s.text, "the headline is a body sentence")
        end
        for _, line in ipairs(e.boilerplate) do
          assert.is_falsy(s.text:find(line, 1, true),
            "boilerplate is a body sentence: " .. line)
        end
      end
    end)
  end
end)
