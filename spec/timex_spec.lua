-- timex_spec.lua: dl.timexes over the fixture cases in spec/fixtures/timex.
-- Positive files: "ref | sentence | expected text | TYPE | value [| mod]"
-- ("\n" in a sentence is a line break);
-- ("ref | sentence | -": nothing found);
-- negative.txt: one sentence a line that must yield no timex.
local dl = require "dateline"
local fixture = require "support.fixture"
local trim = fixture.trim

local DIR = "spec/fixtures/timex/"


local function cases(file)
  local list = {}
  for line in io.lines(DIR .. file) do
    if line:match("%S") and not line:match("^%s*#") then
      local f = {}
      for field in (line .. "|"):gmatch("([^|]*)|") do f[#f + 1] = trim(field) end
      list[#list + 1] = f
    end
  end
  return list
end

local function show(list)
  local out = {}
  for _, t in ipairs(list) do
    out[#out + 1] = string.format("%q %s %s %s", t.text, t.type, t.value, t.mod or "")
  end
  return table.concat(out, "; ")
end

for _, file in ipairs { "absolute.txt", "relative.txt", "duration_set.txt", "news.txt" } do
  describe("dl.timexes (" .. file .. ")", function()
    for _, c in ipairs(cases(file)) do
      local ref, text, want, typ, value, mod = c[1], c[2], c[3], c[4], c[5], c[6]
      text = text:gsub("\\n", "\n")   -- "\n" in a sentence: a line break
      if want == "-" then
        -- "ref | sentence | -": nothing temporal in the sentence
        it(string.format("finds nothing in %q", text), function()
          local list = dl.timexes(text, { ref = ref })
          assert(#list == 0, "spurious: " .. show(list))
        end)
      else
        it(string.format("finds %q in %q as %s %s", want, text, typ, value), function()
          local list = dl.timexes(text, { ref = ref })
          local hit
          for _, t in ipairs(list) do
            if t.text == want then hit = t end
            assert.equal(t.text, text:sub(t.start, t.stop))
          end
          assert(hit, "not found; got: " .. show(list))
          assert.equal(typ, hit.type)
          assert.equal(value, hit.value)
          if mod and mod ~= "" then assert.equal(mod, hit.mod) end
        end)
      end
    end
  end)
end

describe("dl.timexes (negative.txt)", function()
  for _, c in ipairs(cases("negative.txt")) do
    local text = c[1]
    it("finds nothing in " .. string.format("%q", text), function()
      local list = dl.timexes(text, { ref = "2024-10-22" })
      assert(#list == 0, "spurious: " .. show(list))
    end)
  end
end)

describe("dl.timexes without a reference date", function()
  it("keeps X placeholders instead of the clock", function()
    local list = dl.timexes("The talks resumed on October 22.")
    assert.equal(1, #list)
    assert.equal("XXXX-10-22", list[1].value)
  end)
  it("leaves a weekday unresolved", function()
    local list = dl.timexes("The talks resumed on Tuesday.")
    assert.equal("XXXX-WXX-2", list[1].value)
  end)
end)

describe("dl.timexes anchors", function()
  it("gives the anchor of a relative expression", function()
    local list = dl.timexes("The vote was yesterday.", { ref = "2024-10-22" })
    assert.equal("2024-10-21", list[1].value)
    assert.equal("2024-10-22", list[1].anchor)
  end)
  it("resolves against the last date in narrative mode", function()
    local text = "On March 3, 1990, the army moved. Two days ago the town fell."
    local list = dl.timexes(text, { ref = "2024-10-22", anchor = "last" })
    assert.equal("1990-03-01", list[2].value)
  end)
  it("gives freq and quant for sets", function()
    local list = dl.timexes("They meet twice a week and every Monday.", { ref = "2024-10-22" })
    assert.equal("2X", list[1].freq)
    assert.equal("EACH", list[2].quant)
  end)
end)

describe("dl.timexes \"the day before\" an event", function()
  -- the day is marked only when the event's day is known
  for _, text in ipairs({
    "The company said on Tuesday it would cut jobs. Shares rose the day after the company reported results.",
    "The company said on Tuesday it would cut jobs. Shares rose the day after the company's announcement.",
    "The board meets on April 2. Analysts expect a deal the month before the meeting.",
    "The accord was signed on Feb. 3. The week after the signing, fighting resumed.",
  }) do
    it(string.format("marks only the day named in %q", text), function()
      local list = dl.timexes(text, { ref = "2026-03-12" })
      assert.equal(1, #list)
    end)
  end
end)

describe("dl.timexes day order", function()
  it("infers day-first from the document", function()
    local list = dl.timexes("Filed 25/12/2023 and amended 3/4/2024.", { ref = "2024-10-22" })
    assert.equal("2024-04-03", list[2].value)
  end)
  it("is month-first by default", function()
    local list = dl.timexes("Amended 3/4/2024.", { ref = "2024-10-22" })
    assert.equal("2024-03-04", list[1].value)
  end)
end)

describe("dl.timexes on the seeds", function()
  local f = io.open("../shared/fixtures/seeds.gold.json")
  if not f then return end
  local gold = require("cjson").decode(f:read("*a"))
  f:close()
  for _, art in ipairs(gold.articles) do
    local tf = io.open("../shared/seeds/" .. art.file)
    local text = tf:read("*a")
    tf:close()
    local list = dl.timexes(text, { ref = art.ref })
    for _, g in ipairs(art.timexes) do
      it(string.format("finds %q in %s", g.text, art.file), function()
        local hit
        for _, t in ipairs(list) do if t.text == g.text then hit = t end end
        assert(hit, "not found; got: " .. show(list))
        assert.equal(g.type, hit.type)
        assert.equal(g.value, hit.value)
      end)
    end
  end
end)
