-- segment_spec.lua -- paragraphs, roles and sentences (csrc/segment.c)
-- through the public API.  Cases live in spec/fixtures/sentences.txt and
-- spec/fixtures/paragraphs.txt (formats documented at their top); real-text
-- invariants run on ../shared when it is present.

local dl = require "dateline"
local fixture = require "support.fixture"
local unescape, split = fixture.unescape, fixture.split

local SEP = " \226\128\150 "   -- " ‖ " between expected items



-- Cases of a fixture file: { line = n, input = ..., expected = {...} }.
local function cases(path)
  local list, n = {}, 0
  for line in assert(io.lines(path)) do
    n = n + 1
    if line ~= "" and not line:match("^#") then
      local input, expected = line:match("^(.-)\t(.*)$")
      assert(input, path .. ":" .. n .. ": no tab")
      list[#list + 1] = { line = n, input = unescape(input),
                          expected = split(unescape(expected), SEP) }
    end
  end
  return list
end

-- Collapse white space (NBSP included) for paragraph comparisons.
local function squash(s)
  return (s:gsub("\194\160", " "):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local function short(s)
  s = s:gsub("\n", "\\n")
  return #s > 60 and s:sub(1, 57) .. "..." or s
end

local function check_positions(text, items, what)
  for _, x in ipairs(items) do
    assert(x.start >= 1 and x.stop <= #text and x.start <= x.stop + 1,
           what .. " out of range")
    assert.are.equal(text:sub(x.start, x.stop), x.text)
  end
end

describe("sentences", function()
  for _, c in ipairs(cases("spec/fixtures/sentences.txt")) do
    it("splits line " .. c.line .. ": " .. short(c.input), function()
      local a = dl.parse(c.input)
      local got = {}
      for s in a:sentences() do got[#got + 1] = s end
      check_positions(c.input, got, "sentence")
      local texts = {}
      for i, s in ipairs(got) do texts[i] = s.text end
      assert.are.same(c.expected, texts)
    end)
  end
end)

describe("paragraphs", function()
  for _, c in ipairs(cases("spec/fixtures/paragraphs.txt")) do
    it("splits and marks line " .. c.line .. ": " .. short(c.input), function()
      local a = dl.parse(c.input)
      local got, texts = {}, {}
      for p in a:paragraphs { all = true } do got[#got + 1] = p end
      check_positions(c.input, got, "paragraph")
      for i, p in ipairs(got) do
        texts[i] = (p.role ~= "body" and "[" .. p.role .. "] " or "") .. squash(p.text)
      end
      local want = {}
      for i, e in ipairs(c.expected) do want[i] = squash(e) end
      assert.are.same(want, texts)
    end)
  end

  it("reports the headline, byline and boilerplate as fields", function()
    local a = dl.parse("Budget passes\n\nBy Jane Doe\n\nThe council met.\n\n"
                       .. "Related: More news\n\nReuter\n")
    assert.are.equal("Budget passes", a.headline)
    assert.are.equal("By Jane Doe", a.byline)
    assert.are.same({ "Related: More news", "Reuter" }, a.boilerplate)
    local body = {}
    for p in a:paragraphs() do body[#body + 1] = p.text end
    assert.are.same({ "The council met." }, body)
  end)
end)

describe("robustness", function()
  local texts = {
    "",
    "\0\0\0",
    "Bad \255\254 bytes. Then \226\128 more.\n\n\192\175 Next.",
    "A\0B. C\0D.\n\n\0",
    ("word "):rep(20000),
    ("x. "):rep(5000),
    ("...."):rep(5000),
    ("\n"):rep(5000) .. "End.",
    (" \194\160\r\n"):rep(1000),
    ("\226\128\156"):rep(3000),
    ("Mr. "):rep(3000),
  }
  for i, t in ipairs(texts) do
    it("handles hostile input " .. i .. " without error", function()
      local a = dl.parse(t)
      local ps, ss = {}, {}
      for p in a:paragraphs { all = true } do ps[#ps + 1] = p end
      for s in a:sentences() do ss[#ss + 1] = s end
      check_positions(t, ps, "paragraph")
      check_positions(t, ss, "sentence")
    end)
  end
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

-- Title-like abbreviations after which a sentence never ends.
local TITLES = {}
for w in ("Mr Mrs Ms Dr Gen Sen Rep Gov Lt Col Capt Sgt Prof St Adm Maj Rev")
    :gmatch("%S+") do TITLES[w] = true end

-- Invariants of an article's paragraphs and sentences; returns a list of
-- problems (empty when all hold).
local function invariants(text)
  local problems = {}
  local function bad(msg, s) problems[#problems + 1] = msg .. ": " .. short(s) end
  local a = dl.parse(text)
  local paras = {}
  for p in a:paragraphs { all = true } do
    paras[#paras + 1] = p
    if text:sub(p.start, p.stop) ~= p.text then bad("paragraph span", p.text) end
    if p.text:match("^%s") or p.text:match("%s$") then bad("untrimmed paragraph", p.text) end
    if p.role == "body" and p.text:match("^Reuters?$") then bad("sign-off in body", p.text) end
  end
  local prev
  for s in a:sentences() do
    if text:sub(s.start, s.stop) ~= s.text then bad("sentence span", s.text) end
    local inside = false
    for _, p in ipairs(paras) do
      if s.start >= p.start and s.stop <= p.stop then inside = true; break end
    end
    if not inside then bad("sentence outside its paragraph", s.text) end
    if prev and prev.stop + 1 < s.start then
      local gap = text:sub(prev.stop + 1, s.start - 1)
      local same_para = not gap:find("\n%s*\n")
      if same_para then
        if s.text:match("^%l") then bad("sentence starts lower case", s.text) end
        local last = prev.text:match("(%a+)%.$")
        if last and TITLES[last] then bad("split after a title", prev.text) end
        if prev.text:match("%d%.$") and s.text:match("^%d") then
          bad("split inside a number", prev.text .. s.text)
        end
      end
    end
    prev = s
  end
  return problems, a
end

describe("real text", function()
  local seeds = {}
  for _, name in ipairs { "000_d120cbaaada3c47b.txt", "004_2360a8e67f3e5648.txt" } do
    seeds[#seeds + 1] = readfile(SHARED .. "/seeds/" .. name)
  end

  if #seeds == 0 then
    pending("../shared/seeds not found: seed checks skipped")
  else
    it("keeps the seeds' invariants", function()
      for _, t in ipairs(seeds) do
        assert.are.same({}, (invariants(t)))
      end
    end)

    it("keeps the first seed's 'Also read' line out of the body", function()
      local a = dl.parse(seeds[1])
      assert.are.equal(1, #a.boilerplate)
      assert.truthy(a.boilerplate[1]:match("^Also read:"))
      for p in a:paragraphs() do assert.falsy(p.text:match("^Also read")) end
    end)

    it("splits every seed sentence at its full stop", function()
      -- in these texts every ". X" / ".” X" is a sentence boundary
      for _, t in ipairs(seeds) do
        local a = dl.parse(t)
        for s in a:sentences() do
          local inner = s.text:sub(1, -2)
          assert.falsy(inner:match("[%.!?][\"\226\128\157]?%s+[\226\128\156\"]?%u")
                       and not inner:match("Mr%.%s"), s.text)
        end
      end
    end)
  end

  local ok, cjson = pcall(require, "cjson")
  local jsonl = readfile(SHARED .. "/data/reuters-dev.jsonl")
  if not (ok and jsonl) then
    pending("../shared/data/reuters-dev.jsonl or cjson missing: Reuters checks skipped")
  else
    local stories = {}
    for line in jsonl:gmatch("[^\n]+") do stories[#stories + 1] = cjson.decode(line) end

    it("keeps the invariants on every Reuters story (text field)", function()
      local failures = {}
      for _, st in ipairs(stories) do
        if type(st.text) == "string" then
          for _, p in ipairs((invariants(st.text))) do
            failures[#failures + 1] = st.id .. ": " .. p
          end
        end
      end
      assert.are.same({}, failures)
    end)

    it("keeps the invariants on hard-wrapped Reuters copy (body field)", function()
      local failures = {}
      for _, st in ipairs(stories) do
        if type(st.body) == "string" then
          local t = (type(st.dateline) == "string" and st.dateline .. " " or "") .. st.body
          for _, p in ipairs((invariants(t))) do
            failures[#failures + 1] = st.id .. ": " .. p
          end
        end
      end
      assert.are.same({}, failures)
    end)

    it("rebuilds the paragraphs of hard-wrapped copy (>= 95% of stories)", function()
      local same, total = 0, 0
      for _, st in ipairs(stories) do
        if type(st.body) == "string" and type(st.text) == "string" then
          local t = (type(st.dateline) == "string" and st.dateline .. " " or "") .. st.body
          local want, got = {}, {}
          for p in dl.parse(st.text):paragraphs { all = true } do
            want[#want + 1] = squash(p.text)
          end
          for p in dl.parse(t):paragraphs { all = true } do
            if p.role ~= "boilerplate" then got[#got + 1] = squash(p.text) end
          end
          total = total + 1
          local equal = #want == #got
          for i = 1, #want do equal = equal and want[i] == got[i] end
          if equal then same = same + 1 end
        end
      end
      print(string.format("\nsegment: hard-wrapped paragraphs rebuilt for %d/%d stories", same, total))
      assert.is_true(same >= 0.95 * total)
    end)

    it("marks the 'Reuter' sign-off of hard-wrapped copy as boilerplate", function()
      local marked, total = 0, 0
      for _, st in ipairs(stories) do
        if type(st.body) == "string" and st.body:match("Reuter%s*$") then
          total = total + 1
          local a = dl.parse(st.body)
          local last = a.boilerplate[#a.boilerplate]
          if last and last:match("^Reuter") then marked = marked + 1 end
        end
      end
      assert.are.equal(total, marked)
    end)
  end
end)
