-- i18n_spec.lua: dates and relative words of Russian, Chinese, German,
-- French and Spanish text in dl.timexes / a:timexes with opts.lang
-- (csrc/i18n.c); cases in spec/fixtures/date/i18n_text.txt.
local dl = require "dateline"
local fixture = require "support.fixture"
local trim = fixture.trim


local function cases(file)
  local list = {}
  for line in io.lines("spec/fixtures/date/" .. file) do
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
  for _, t in ipairs(list) do out[#out + 1] = string.format("%q %s", t.text, t.value) end
  return table.concat(out, "; ")
end

describe("dl.timexes with opts.lang (i18n_text.txt)", function()
  for _, c in ipairs(cases("i18n_text.txt")) do
    local lang, text, want, value = c[1], c[2], c[3], c[4]
    local ttype = c[5] or "DATE"
    it(string.format("[%s] finds %q in %q as %s %s", lang, want, text, ttype, value), function()
      for _, l in ipairs { lang, "auto" } do
        local list = dl.timexes(text, { ref = "2024-10-22", lang = l })
        local hit
        for i, t in ipairs(list) do
          assert.equal(t.text, text:sub(t.start, t.stop))
          if i > 1 then assert(list[i - 1].stop < t.start, "overlap or disorder") end
          if t.text == want then hit = t end
        end
        assert(hit, "lang " .. l .. ": not found; got: " .. show(list))
        assert.equal(value, hit.value)
        assert.equal(ttype, hit.type)
      end
    end)
  end
end)

describe("Chinese numbers with 十", function()
  it("are counts of years, never years (二十年 is not 2020)", function()
    for _, text in ipairs { "过去十年里经济增长很快。", "他工作了二十年。", "三十年代的上海。",
                            "近四十年来，这里变化很大。" } do
      for _, t in ipairs(dl.timexes(text, { lang = "zh", ref = "2024-10-22" })) do
        assert(not t.value:match("^20[1-4]0$"), text .. ": " .. t.text .. " " .. t.value)
      end
    end
  end)
end)

describe("opts.lang", function()
  it("is English by default: other languages' words are not read", function()
    assert.equal(0, #dl.timexes("Il est parti hier.", { ref = "2024-10-22" }))
  end)
  it("keeps X placeholders without a reference date", function()
    local list = dl.timexes("Он приехал вчера.", { lang = "ru" })
    assert.equal(1, #list)
    assert.equal("XXXX-XX-XX", list[1].value)
    list = dl.timexes("上周二发布了报告。", { lang = "zh" })
    assert.equal("XXXX-WXX-2", list[1].value)
  end)
  it("still finds the language-neutral forms (ISO dates)", function()
    local list = dl.timexes("Die Frist endet am 2025-01-31.", { lang = "de", ref = "2024-10-22" })
    assert.equal("2025-01-31", list[#list].value)
  end)
  it("works on parsed articles", function()
    local a = dl.parse("Titel\n\nBERLIN (dpa) - Die Regierung hat gestern entschieden.",
      { ref = "2024-10-22", lang = "de" })
    local found
    for t in a:timexes() do if t.text == "gestern" then found = t end end
    assert(found)
    assert.equal("2024-10-21", found.value)
  end)
  it("rejects an unknown language with a clear message", function()
    assert.has_error(function() dl.timexes("x", { lang = "it" }) end,
      'bad option \'lang\' ("en", "ru", "zh", "de", "fr", "es" or "auto" expected, got "it")')
    assert.has_error(function() dl.parse("x", { lang = 3 }) end,
      "bad option 'lang' (string expected, got number)")
  end)
  it("is linear on long and repetitive text", function()
    local text = string.rep("22 марта 2023 года вчера в прошлом году ", 20000)
    local list = dl.timexes(text, { lang = "ru", ref = "2024-10-22" })
    assert(#list >= 60000)
    local zh = string.rep("2023年3月22日昨天上周二一二三四五六七八九十", 20000)
    assert(#dl.timexes(zh, { lang = "zh", ref = "2024-10-22" }) >= 60000)
  end)
end)
