-- Datelines: the place, date and agency that open a news story.
--
-- Every case of spec/fixtures/datelines.txt (format described at the top of
-- that file; the C tests read the same file) becomes one `it`, parsed with
-- dl.parse(text, { ref = ... }) and checked through `a.dateline`.  Cases
-- with a line break inside are left to the C tests (test/test_datelines.c
-- gives them to dl_find_dateline as one paragraph): in a whole article the
-- paragraph splitter decides first whether a single line break ends a
-- paragraph.
local dl = require "dateline"

local FIXTURE = "spec/fixtures/datelines.txt"
local BODY = "Officials said the talks would resume next week."

local function unescape(s)
  return (s:gsub("\\n", "\n"))
end

-- Split "a | b | c" into fields ("-" = absent = nil).
local function fields(s)
  local out, n = {}, 0
  for f in (s .. " | "):gmatch("(.-) | ") do
    n = n + 1
    out[n] = f
  end
  return out, n
end

local function absent(x)
  if x == "-" then return nil end
  return x
end

-- The cases of the fixture file, in order, each with its reference date.
local function load_cases()
  local cases, ref = {}, nil
  local f = assert(io.open(FIXTURE, "rb"))
  local lineno = 0
  for line in f:lines() do
    lineno = lineno + 1
    line = line:gsub("\r$", "")
    local r = line:match("^@ref (%S+)$")
    if r then
      ref = absent(r)
    elseif line ~= "" and not line:match("^#") then
      local input, want = line:match("^(.-) → (.*)$")
      assert(input, FIXTURE .. ":" .. lineno .. ": no arrow")
      input = unescape(input)
      local text = input
      if input:sub(-1) ~= "\n" then text = text .. " " end
      text = text .. BODY
      local case = { line = lineno, input = input, text = text, ref = ref }
      if want ~= "none" then
        local fs, n = fields(want)
        assert(n == 5 or n == 6, FIXTURE .. ":" .. lineno .. ": want 5 or 6 fields")
        case.want = {
          place = absent(fs[1]), city = absent(fs[2]), region = absent(fs[3]),
          agency = absent(fs[4]), date = absent(fs[5]),
          -- the span defaults to the input (the dateline is trimmed: the
          -- paragraph starts at its first non-space byte)
          text = fs[6] and unescape(fs[6]) or (input:gsub("^%s+", ""):gsub("%s+$", "")),
        }
      end
      if not input:find("\n", 1, true) then cases[#cases + 1] = case end
    end
  end
  f:close()
  return cases
end

local function observed(d)
  if not d then return nil end
  local function v(x) if x == "" then return nil end return x end
  return {
    place = v(d.place), city = v(d.city), region = v(d.region),
    agency = v(d.agency), date = v(d.date), text = d.text,
  }
end

describe("a.dateline", function()
  local cases = load_cases()

  it("has a few hundred fixture cases", function()
    assert.is_true(#cases >= 200)
  end)

  for _, c in ipairs(cases) do
    local name = string.format("line %d: %s", c.line, (c.input:gsub("\n", "\\n")))
    if c.want then
      it("reads " .. name, function()
        local a = dl.parse(c.text, { ref = c.ref })
        local d = a.dateline
        assert.is_table(d, "no dateline")
        assert.same(c.want, observed(d))
        assert.equal(d.text, c.text:sub(d.start, d.stop))
      end)
    else
      it("finds no dateline in " .. name, function()
        local a = dl.parse(c.text, { ref = c.ref })
        assert.is_nil(a.dateline and a.dateline.text)
      end)
    end
  end
end)

describe("a.dateline positions", function()
  it("are 1-based inclusive byte positions into the original text", function()
    local text = "Port strike ends\n\nSANTA CRUZ, Calif., Feb 26 (Reuters) - Dock workers went back."
    local d = dl.parse(text, { ref = "1987-02-26" }).dateline
    assert.equal("SANTA CRUZ, Calif., Feb 26 (Reuters) -", d.text)
    assert.equal(19, d.start)
    assert.equal(d.text, text:sub(d.start, d.stop))
    assert.equal("SANTA CRUZ, Calif.", d.place)
    assert.equal("1987-02-26", d.date)
    assert.equal("Reuters", d.agency)
  end)

  it("leave the separator in the dateline and the body out of it", function()
    local text = "LONDON — The pound rose."
    local d = dl.parse(text).dateline
    assert.equal("LONDON —", d.text)
    assert.equal(1, d.start)
    assert.equal(#"LONDON —", d.stop)
  end)
end)

describe("a.date", function()
  it("is the dateline's date when it has a year", function()
    local a = dl.parse("NEW YORK, March 3, 2023 /PRNewswire/ -- Acme Corp said it would merge.")
    assert.equal("2023-03-03", a.dateline.date)
  end)

  it("takes the year nearest the reference date", function()
    local a = dl.parse("LONDON, Dec 31 - Markets were closed.", { ref = "1988-01-02" })
    assert.equal("1987-12-31", a.dateline.date)
  end)

  it("is XXXX-MM-DD when nothing gives the year", function()
    local a = dl.parse("LONDON, Dec 31 - Markets were closed.")
    assert.equal("XXXX-12-31", a.dateline.date)
  end)

  it("comes from a podcast's 'Recorded' stamp line, which is no dateline", function()
    local a = dl.parse("Episode 9: The port strike\n\nRecorded June 12, 2024\n\n"
      .. "HOST: Welcome to the show.\n\nGUEST: Glad to be here.")
    assert.is_nil(a.dateline)
    assert.equal("2024-06-12", a.date)
  end)

  it("comes from a time stamp in the byline's block, under the name or its outlet", function()
    local body = "\n\nLEEDS — The council approved the budget on Tuesday after a long debate."
    local a = dl.parse("Council passes budget\n\nJane Doe, Leeds\nJune 3, 2025" .. body)
    assert.equal("2025-06-03", a.date)
    assert.equal("Jane Doe, Leeds", a.byline)
    a = dl.parse("Council passes budget\n\nBY JANE DOE\nAssociated Press\nJune 3, 2025, 11:02 AM" .. body)
    assert.equal("2025-06-03", a.date)
    assert.truthy(a.byline:find("BY JANE DOE", 1, true))
    -- a date alone under the name line, in a block of its own
    a = dl.parse("Council passes budget\n\nJane Doe, Leeds\n\nJune 3, 2025" .. body)
    assert.equal("2025-06-03", a.date)
    -- the name, a bullet and the date, under the headline in its block
    a = dl.parse("Council passes budget\nJane Doe • 3 June 2025 • 4 min read" .. body)
    assert.equal("2025-06-03", a.date)
    assert.equal("Jane Doe • 3 June 2025 • 4 min read", a.byline)
    -- no date: a page's age line is no story either
    a = dl.parse("Council passes budget\n\nBy Jane Doe\nUpdated 3h ago\n\n"
      .. "The council approved the budget on Tuesday after a long debate.")
    assert.is_nil(a.date)
    assert.equal("By Jane Doe", a.byline)
    local body_paras = {}
    for p in a:paragraphs() do body_paras[#body_paras + 1] = p.text end
    assert.same({ "The council approved the budget on Tuesday after a long debate." }, body_paras)
  end)

  it("is the first publication's date when the stamp names an update before it", function()
    local body = "\n\nThe harbour wall will be rebuilt by spring, the council said."
    assert.equal("2025-06-04", dl.parse("Harbour wall to be rebuilt\n\nUpdated: Thu 5 Jun 2025 10.14 BST\n"
      .. "First published: Wed 4 Jun 2025 18.00 BST" .. body).date)
    assert.equal("2025-06-04", dl.parse("Harbour wall to be rebuilt\n\nPublished 4 June 2025, updated 5 June 2025"
      .. body).date)
    assert.equal("2025-06-05", dl.parse("Harbour wall to be rebuilt\n\nUpdated 5 June 2025 09:00" .. body).date)
  end)
end)
