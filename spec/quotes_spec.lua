-- quotes_spec.lua -- direct quotes and their speakers (csrc/quotes.c)
-- through a:quotes().  Cases live in spec/fixtures/quotes*.txt (format at
-- the top of each file); the seed gold and real-text invariants run on
-- ../shared when it is present.

local dl = require "dateline"
local fixture = require "support.fixture"
local unescape, split, trim = fixture.unescape, fixture.split, fixture.trim

local SEP = " \226\128\150 "   -- " ‖ " between expected quotes




-- One expected quote: "text | speaker | cue [| partial] [| via he]", with
-- "-" for no speaker / no cue.
local function parse_expected(e)
  local f = split(e, " | ")
  local q = { text = trim(f[1] or ""), speaker = trim(f[2] or "-"), cue = trim(f[3] or "-"),
              partial = false, via = "-" }
  for i = 4, #f do
    local x = trim(f[i])
    if x == "partial" then q.partial = true
    elseif x:match("^via ") then q.via = x:sub(5)
    else error("unknown flag " .. x) end
  end
  return q
end

local function cases(path)
  local list, n = {}, 0
  for line in assert(io.lines(path)) do
    n = n + 1
    if line ~= "" and not line:match("^#") then
      local input, expected = line:match("^(.-)\t+(.*)$")
      assert(input, path .. ":" .. n .. ": no tab")
      local want = {}
      if expected ~= "none" then
        for _, e in ipairs(split(unescape(expected), SEP)) do want[#want + 1] = parse_expected(e) end
      end
      list[#list + 1] = { line = n, input = unescape(input), expected = want }
    end
  end
  return list
end

local function short(s)
  s = s:gsub("\n", "\\n")
  return #s > 60 and s:sub(1, 57) .. "..." or s
end

-- Invariants of one quote record against its text.
local function check_quote(text, q)
  assert.are.equal(text:sub(q.start, q.stop), q.text)
  assert(q.outer_start <= q.start and q.outer_stop >= q.stop, "outer span contains the content")
  if q.speaker_start then
    assert(q.speaker_start >= 1 and q.speaker_stop <= #text, "speaker span in range")
    assert.are.equal(text:sub(q.speaker_start, q.speaker_stop), q.speaker_text)
  end
  if q.cue then assert.are.equal(text:sub(q.cue_start, q.cue_stop), q.cue) end
end

local function got_quotes(text)
  local got = {}
  for q in dl.parse(text):quotes() do
    check_quote(text, q)
    got[#got + 1] = { text = q.text, speaker = q.speaker or "-", cue = q.cue or "-",
                      partial = q.partial, via = q.via_pronoun or "-" }
  end
  return got
end

local fixtures = { "spec/fixtures/quotes_marks.txt", "spec/fixtures/quotes_speakers.txt",
                   "spec/fixtures/quotes_partial.txt", "spec/fixtures/quotes/political.txt",
                   "spec/fixtures/quotes/wire.txt",
                   "spec/fixtures/quotes/field.txt" }

for _, path in ipairs(fixtures) do
  describe("a:quotes() on " .. path:match("[^/]+$"), function()
    for _, c in ipairs(cases(path)) do
      it("reads line " .. c.line .. ": " .. short(c.input), function()
        assert.are.same(c.expected, got_quotes(c.input))
      end)
    end
  end)
end

describe("a:quotes() records", function()
  it("gives 1-based spans of the content, the marks and the speaker", function()
    local t = 'Talks ended. "We agreed," said Ana Ruiz, a spokeswoman.'
    local q = dl.parse(t):quotes()()
    assert.are.equal("We agreed,", q.text)
    assert.are.equal(15, q.start)
    assert.are.equal(14, q.outer_start)
    assert.are.equal(t:find('"', 15, true), q.outer_stop)
    assert.are.equal("Ana Ruiz", q.speaker)
    assert.are.equal("Ana Ruiz", t:sub(q.speaker_start, q.speaker_stop))
    assert.are.equal("said", q.cue)
    assert.is_false(q.partial)
    assert.is_nil(q.via_pronoun)
  end)

  it("keeps the title in the mention and strips it from the speaker", function()
    local q = dl.parse('Russian President Ivan Petrov said: "No."'):quotes()()
    assert.are.equal("Ivan Petrov", q.speaker)
    assert.are.equal("Russian President Ivan Petrov", q.speaker_text)
  end)

  it("gives a pronoun's antecedent as resolved and the pronoun as speaker_text", function()
    local t = 'Mayor Ana Ruiz spoke first. "It works," she said.'
    local q = dl.parse(t):quotes()()
    assert.are.equal("she", q.via_pronoun)
    assert.are.equal("she", q.speaker_text)
    assert.are.equal("Mayor Ana Ruiz", q.resolved)
    assert.are.equal("Ana Ruiz", q.speaker)
  end)

  it("marks an unclosed quote", function()
    local q = dl.parse('The talks ended late on Friday.\n\nHe said: "We will stay\n\n'
                       .. 'The vote is next week.'):quotes()()
    assert.are.equal("We will stay", q.text)
    assert.is_false(q.closed)
  end)

  it("is part of totable()", function()
    local t = dl.parse('"Yes," she said.'):totable()
    assert.are.equal(1, #t.quotes)
    assert.are.equal("Yes,", t.quotes[1].text)
  end)

  it("caches the list", function()
    local a = dl.parse('"Yes," he said.')
    local q1 = a:quotes()()
    assert.are.equal(q1, a:quotes()())
  end)
end)

describe("a:quotes() on hostile input", function()
  -- (that the scan stays linear is measured by `make bench`, quotes
  -- section: no timed assertions here)
  local function scan(text)
    local n = 0
    for q in dl.parse(text):quotes() do
      n = n + 1
      assert(q.start >= 1 and q.stop <= #text)
      assert(q.outer_start >= 1 and q.outer_stop <= #text)
    end
    return n
  end
  local marks = { '"', "\226\128\156", "\226\128\157", "'", "\226\128\152", "\226\128\153",
                  "\194\171", "\194\187", "\226\128\158" }   -- " \u{201C} \u{201D} ' \u{2018} \u{2019} \u{AB} \u{BB} \u{201E}
  for _, m in ipairs(marks) do
    it("completes on 20,000 marks " .. m .. " with in-range spans", function()
      local n = scan(("a " .. m .. " b. "):rep(20000))
      assert(n >= 0 and n <= 20000)
    end)
  end
  it("pairs 10,000 balanced quotes into 10,000 quotes", function()
    assert.are.equal(10000, scan(('"a b," he said. '):rep(10000)))
  end)
  it("keeps the rest of the article after unbalanced marks", function()
    local t = 'The talks ended.\n\nHe said: “No. Then he left.\n\nLater, “we met,” he said.'
    local got = {}
    for q in dl.parse(t):quotes() do got[#got + 1] = q.text end
    assert.are.same({ "No. Then he left.", "we met," }, got)
  end)
  it("survives bad bytes and NULs", function()
    for _, t in ipairs { '"\255\254" he said', '\0"a\0"\0', '\226\128"x"', '"\226\128\156' } do
      scan(t)
    end
  end)
end)

-- Real text from ../shared (never copied into the repo).
local SHARED = os.getenv("DATELINE_SHARED") or "../shared"
local function readfile(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

describe("a:quotes() on the seeds", function()
  local gold_text = readfile(SHARED .. "/fixtures/seeds.gold.json")
  local ok, cjson = pcall(require, "cjson")
  if not gold_text or not ok then
    pending("../shared/fixtures/seeds.gold.json or cjson not found: skipped")
    return
  end
  -- the entity linker gives canonical names later; until then the speaker is
  -- the mention without titles ("Xi" for "Xi Jinping"),
  -- so every word of ours must be a word of the gold name
  local function within(ours, gold)
    if not ours then return false end
    for w in ours:gmatch("%S+") do
      if not (" " .. gold .. " "):find(" " .. w .. " ", 1, true) then return false end
    end
    return true
  end
  for _, art in ipairs(cjson.decode(gold_text).articles) do
    it("finds every quote with its speaker in " .. art.file, function()
      local text = assert(readfile(SHARED .. "/seeds/" .. art.file))
      local got = {}
      for q in dl.parse(text, { ref = art.ref }):quotes() do
        check_quote(text, q)
        got[#got + 1] = q
      end
      assert.are.equal(#art.quotes, #got)
      for i, g in ipairs(art.quotes) do
        local q = got[i]
        assert.are.equal(g.starts, q.text:sub(1, #g.starts))
        assert(within(q.speaker, g.speaker), tostring(q.speaker) .. " is not " .. g.speaker)
        assert.are.equal(g.cue, q.cue)
        assert.are.equal(g.partial or false, q.partial)
        if g.via_pronoun then assert.are.equal(g.via_pronoun, q.via_pronoun) end
      end
    end)
  end
end)

describe("a:quotes() on Reuters stories", function()
  local f = io.open(SHARED .. "/data/reuters-dev.jsonl")
  local ok, cjson = pcall(require, "cjson")
  if not f or not ok then
    pending("../shared/data/reuters-dev.jsonl not found: skipped")
    return
  end
  local docs = {}
  for line in f:lines() do docs[#docs + 1] = cjson.decode(line).text end
  f:close()
  it("keeps every span valid and most quotes attributed", function()
    local n, with = 0, 0
    for _, t in ipairs(docs) do
      for q in dl.parse(t):quotes() do
        check_quote(t, q)
        n = n + 1
        if q.speaker or q.cue then with = with + 1 end
      end
    end
    assert(n > 0)
    print(string.format("\n  Reuters: %d quotes, %d (%.0f%%) with a cue or speaker", n, with, 100 * with / n))
  end)
end)

describe("the dateline.QuoteList metatable", function()
  it("is registered once, when the module loads", function()
    local i = 0
    while arg and arg[i - 1] do i = i - 1 end
    local lua = arg and arg[i] or "lua5.4"
    local cmd = string.format("%s -e 'require \"dateline.core\" " ..
      "io.write(tostring(debug.getregistry()[\"dateline.QuoteList\"] ~= nil))'", lua)
    local p = assert(io.popen(cmd))
    local out = p:read("*a")
    p:close()
    assert.are.equal("true", out)
  end)
end)
