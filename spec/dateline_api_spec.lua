-- Specs of the public Lua API shape (lua/dateline/init.lua and the binding).
local dl = require "dateline"

local STORY = table.concat({
  "Harbour strike ends after talks",
  "",
  "By Ana Ruiz, Reuters",
  "",
  "VALPARAISO, Chile, May 6 (Reuters) - Dock workers ended a nine-day strike on Tuesday, the union said.",
  "",
  "Mr. Soto said the deal, worth 2.5 billion pesos, would be signed next week.",
  "",
  "(Reporting by Ana Ruiz; Editing by Tom Hale)",
}, "\n")

describe("dateline module", function()
  it("has a version string", function()
    assert.is_string(dl._VERSION)
    assert.matches("^dateline %d+%.%d+%.%d+", dl._VERSION)
  end)
end)

describe("dl.parse", function()
  it("raises an error naming the argument for a non-string text", function()
    assert.has_error(function() dl.parse(nil) end,
      "bad argument #1 to 'parse' (text: string expected, got nil)")
    assert.has_error(function() dl.parse(42) end,
      "bad argument #1 to 'parse' (text: string expected, got number)")
    assert.has_error(function() dl.parse({}) end,
      "bad argument #1 to 'parse' (text: string expected, got table)")
  end)

  it("rejects a malformed ref option with a clear message", function()
    local ok, err = pcall(dl.parse, "text", { ref = "22/10/2024" })
    assert.is_false(ok)
    assert.matches("bad option 'ref'", err)
    ok, err = pcall(dl.parse, "text", { ref = 20241022 })
    assert.is_false(ok)
    assert.matches("bad option 'ref' %(string expected, got number%)", err)
  end)

  it("rejects options of the wrong type", function()
    assert.has_error(function() dl.parse("x", "ref") end,
      "bad argument #2 to 'parse' (opts: table expected, got string)")
    local ok, err = pcall(dl.parse, "x", { anchor = "sometimes" })
    assert.is_false(ok)
    assert.matches("bad option 'anchor'", err)
    ok, err = pcall(dl.parse, "x", { dayfirst = "yes" })
    assert.is_false(ok)
    assert.matches("bad option 'dayfirst'", err)
  end)

  it("accepts an empty text", function()
    local a = dl.parse("")
    assert.is_nil(a.dateline)
    assert.is_nil(a.headline)
    assert.is_nil(a:paragraphs()())
    assert.is_nil(a:sentences()())
  end)

  it("gives the headline, byline, dateline and boilerplate of a story", function()
    local a = dl.parse(STORY, { ref = "2025-05-06" })
    assert.equals("Harbour strike ends after talks", a.headline)
    assert.equals("By Ana Ruiz, Reuters", a.byline)
    assert.equals("VALPARAISO, Chile", a.dateline.place)
    assert.equals("2025-05-06", a.dateline.date)
    assert.equals("Reuters", a.dateline.agency)
    assert.equals("2025-05-06", a.date)
    assert.same({ "(Reporting by Ana Ruiz; Editing by Tom Hale)" }, a.boilerplate)
  end)

  it("takes the article's date from ref when there is no dateline", function()
    local a = dl.parse("Rain fell all day. Nobody minded.", { ref = "2024-10-22" })
    assert.is_nil(a.dateline)
    assert.equals("2024-10-22", a.date)
    assert.is_nil(dl.parse("Rain fell all day.").date)
  end)

  it("reports spans that are 1-based inclusive byte positions", function()
    local a = dl.parse(STORY, { ref = "2025-05-06" })
    local d = a.dateline
    assert.equals(d.text, STORY:sub(d.start, d.stop))
    local n = 0
    for p in a:paragraphs() do
      assert.equals(p.text, STORY:sub(p.start, p.stop))
      assert.equals("body", p.role)
      n = n + 1
    end
    assert.equals(2, n)
    for s in a:sentences() do
      assert.equals(s.text, STORY:sub(s.start, s.stop))
    end
  end)

  it("starts the first sentence after the dateline", function()
    local a = dl.parse(STORY, { ref = "2025-05-06" })
    local first = a:sentences()()
    assert.equals("Dock workers ended a nine-day strike on Tuesday, the union said.", first.text)
  end)

  it("lists every paragraph with its role when asked for all", function()
    local a = dl.parse(STORY, { ref = "2025-05-06" })
    local roles = {}
    for p in a:paragraphs({ all = true }) do roles[#roles + 1] = p.role end
    assert.same({ "headline", "byline", "body", "body", "boilerplate" }, roles)
  end)

  it("prints well in the REPL", function()
    local s = tostring(dl.parse(STORY, { ref = "2025-05-06" }))
    assert.matches("^dateline.Article", s)
    assert.matches("headline: Harbour strike ends after talks", s, 1, true)
    assert.matches("VALPARAISO, Chile | 2025-05-06 | Reuters", s, 1, true)
    assert.matches("2 paragraphs, 2 sentences", s, 1, true)
  end)

  it("exports plain tables and JSON", function()
    local a = dl.parse(STORY, { ref = "2025-05-06" })
    local t = a:totable()
    assert.equals("Harbour strike ends after talks", t.headline)
    assert.equals(2, #t.sentences)
    assert.equals("VALPARAISO, Chile", t.dateline.place)
    assert.is_nil(getmetatable(t))
    local cjson = require "cjson"
    local back = cjson.decode(a:tojson())
    assert.equals("2025-05-06", back.date)
    assert.equals(2, #back.sentences)
  end)

  it("keeps the text alive as long as the article", function()
    local a = dl.parse(("word "):rep(10) .. ". Another one.")
    collectgarbage()
    collectgarbage()
    assert.equals(("word "):rep(10) .. ". Another one.", a.text)
  end)

  it("tells its type like lpeg.type", function()
    assert.equals("article", dl.type(dl.parse("x")))
    assert.is_nil(dl.type({}))
    assert.is_nil(dl.type("x"))
  end)
end)

describe("article:timexes", function()
  it("resolves against the article's date", function()
    local a = dl.parse(STORY, { ref = "2025-05-06" })
    local found = {}
    for t in a:timexes() do found[t.text] = t end
    assert.is_table(found["Tuesday"])
    assert.equals("DATE", found["Tuesday"].type)
    assert.equals(STORY:sub(found["Tuesday"].start, found["Tuesday"].stop), "Tuesday")
  end)

  it("writes a TimeML document with inline TIMEX3 tags", function()
    local a = dl.parse("Talks began on 22 March 2023 & ended <soon>.", { ref = "2023-03-25" })
    local x = a:timeml("doc1")
    assert.matches("<DOCID>doc1</DOCID>", x, 1, true)
    assert.matches('functionInDocument="CREATION_TIME">2023-03-25</TIMEX3>', x, 1, true)
    assert.matches('<TIMEX3 tid="t1" type="DATE" value="2023-03-22">22 March 2023</TIMEX3>', x, 1, true)
    assert.matches("&amp; ended &lt;soon&gt;.", x, 1, true)
  end)
end)

describe("dl.timexes", function()
  it("raises an error naming the argument for a non-string text", function()
    assert.has_error(function() dl.timexes(false) end,
      "bad argument #1 to 'timexes' (text: string expected, got boolean)")
  end)

  it("returns an array of records with 1-based spans", function()
    local text = "The vote is on 3 March 2024."
    local list = dl.timexes(text, { ref = "2024-02-01" })
    assert.equals(1, #list)
    assert.equals("3 March 2024", list[1].text)
    assert.equals(text:sub(list[1].start, list[1].stop), list[1].text)
    assert.equals("2024-03-03", list[1].value)
  end)
end)

describe("rockspec", function()
  it("lists every C source of csrc/", function()
    local rs = assert(io.open("rockspec/dateline-dev-1.rockspec")):read("*a")
    local p = assert(io.popen("ls csrc/*.c"))
    for file in p:lines() do
      assert.truthy(rs:find('"' .. file .. '"', 1, true), file .. " missing from the rockspec")
    end
    p:close()
  end)
end)

describe("a.dayfirst", function()
  it("reports the day/month order the document's numeric dates show", function()
    local a = dl.parse("Filed 13/03/2023. The vote is on 04/03/2023.", { ref = "2023-03-01" })
    assert.is_true(a.dayfirst)
    local values = {}
    for t in a:timexes() do values[#values + 1] = t.value end
    assert.same({ "2023-03-13", "2023-03-04" }, values)
  end)

  it("is false for month-first documents and for documents that do not tell", function()
    assert.is_false(dl.parse("On 03/13/2023 and 04/03/2023.").dayfirst)
    assert.is_false(dl.parse("On 04/03/2023.").dayfirst)
  end)

  it("follows the dayfirst option when given", function()
    assert.is_true(dl.parse("On 04/03/2023.", { dayfirst = true }).dayfirst)
    assert.is_false(dl.parse("Filed 13/03/2023.", { dayfirst = false }).dayfirst)
  end)
end)
