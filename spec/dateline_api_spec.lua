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

  it("takes the article's date from a time stamp line when no ref is given", function()
    local page = "Floods close mountain pass\n\nBy Lena Moor\n\nPublished 19 February 2022\n\n"
      .. "The pass closed on Friday and reopens on Tuesday, officials said."
    local a = dl.parse(page)
    assert.equals("2022-02-19", a.date)
    local v = {}
    for t in a:timexes() do v[#v + 1] = t.value end
    assert.same({ "2022-02-19", "2022-02-18", "2022-02-22" }, v)
    -- the stamp gives an undated dateline its year
    a = dl.parse("Updated 4:20 PM EST, March 4, 2025\n\nOSLO, March 3 (Reuters) - Talks ended.")
    assert.equals("2025-03-03", a.dateline.date)
    assert.equals("2025-03-03", a.date)
    -- ref, when given, is the article's date; the stamp is not looked at
    assert.equals("2023-01-02", dl.parse(page, { ref = "2023-01-02" }).date)
    -- a line with no stamp word is a stamp only when it holds nothing but
    -- its date (a weekday, a zone) or opens a byline; a headline or a
    -- table's row naming a date is none
    local body = "\n\nThe council said on Monday it would close the bridge."
    for line, date in pairs {
      ["Tuesday 4 March 2025 10.05 GMT"] = "2025-03-04",
      ["Sat 8 Feb 2025 05.00 CET"] = "2025-02-08",
      ["By Lena Moor | March 4, 2025"] = "2025-03-04",
      ["Looking Back at the Great Flood of July 4, 1998"] = false,
      ["Arsenal 2 Chelsea 1, Jan 3 2024"] = false,
    } do
      assert.equals(date, dl.parse("Bridge to close\n\n" .. line .. body).date or false, line)
    end
    -- such a line past the first body paragraph is a timeline's entry; a
    -- line with a stamp word still counts there (after a standfirst)
    local timeline = "Key dates in the dispute\n\nThe main events so far:\n\nMarch 4, 1990\n\n"
      .. "The wall fell after talks on Friday."
    assert.is_nil(dl.parse(timeline).date)
    assert.equals("2025-03-04", dl.parse("Bridge to close\n\nIt will stay shut for a week, "
      .. "officials said.\n\nUpdated 4:20 PM EST, March 4, 2025" .. body).date)
    -- the title, a date line and the dateline each on a line of its own
    -- with no blank line between (the date line found as front matter only
    -- once the dateline is): the date line gives the year, and the
    -- article's date; a deck there gives none
    local wire = " - Dock workers walked out on Friday, halting most traffic at the port for a "
      .. "second week, the port authority said.\n\n"
      .. "Talks resume next week."
    for top, want in pairs {
      ["Dock strike halts port\nFriday, May 3, 2024\nLE HAVRE, May 3 (AFP)"] = "2024-05-03",
      ["Dock strike halts port\nBy Ann Lee\nMay 3, 2024\nLE HAVRE, May 3 (AFP)"] = "2024-05-03",
      ["Dock strike halts port\nDecember 30, 2024\nLE HAVRE, Jan 2 (AFP)"] = "2025-01-02",
      ["Dock strike halts port\nMay 3, 2024\nLE HAVRE (AFP)"] = "2024-05-03",
      ["Dock strike halts port\nUnions dig in over pay\nLE HAVRE (AFP)"] = false,
      ["Dock strike halts port\nUnions dig in over pay\nLE HAVRE, May 3 (AFP)"] = "XXXX-05-03",
    } do
      local w = dl.parse(top .. wire)
      assert.equals("Dock strike halts port", w.headline, top)
      assert.equals(want, w.date or false, top)
    end
    assert.equals("2023-05-03", dl.parse("Dock strike halts port\nFriday, May 3, 2024\n"
      .. "LE HAVRE, May 3 (AFP)" .. wire, { ref = "2023-05-04" }).date)
    -- a city alone on its line in capitals is the dateline, and the
    -- credit's "Update : 08.05.2025" a stamp (Anadolu's layout)
    a = dl.parse("Bank holds rate steady\nSelin Kaya |08.05.2025 - Update : 08.05.2025\n"
      .. "ANKARA\n\nThe central bank kept its rate unchanged on Thursday, citing inflation.")
    assert.equals("ANKARA", a.dateline.place)
    assert.is_nil(a.dateline.date)
    assert.equals("2025-05-08", a.date)
    assert.equals("Bank holds rate steady", a.headline)
    -- no dateline: the title, a byline and a date line each on a line of
    -- its own over the story; not a timeline's dates nor a sentence's
    local story = "\nStarting next month, the central library will stay open until 8 p.m. on "
      .. "Saturdays and Sundays, the city said.\n\nThe change follows a survey."
    for top, want in pairs {
      ["Library extends weekend hours\nJune 3, 2025"] = "2025-06-03",
      ["Library extends weekend hours\nBy Ann Lee\nJune 3, 2025"] = "2025-06-03",
      ["Library extends weekend hours\nUpdated 6:45 p.m. EDT, June 3, 2025"] = "2025-06-03",
    } do
      a = dl.parse(top .. story)
      assert.equals("Library extends weekend hours", a.headline, top)
      assert.equals(want, a.date, top)
    end
    a = dl.parse("Key events\nMarch 4, 1990\nThe wall fell after talks on Friday, officials said.\n"
      .. "March 9, 1990\nElections were called for the spring.")
    assert.is_nil(a.headline)
    assert.is_nil(a.date)
    a = dl.parse("The library will extend its hours.\nJune 3, 2025" .. story)
    assert.is_nil(a.headline)
    assert.is_nil(a.date)
  end)

  it("resolves each item of a digest of wire stories against the item's own dateline", function()
    local digest = "Week in review\n\n"
      .. "OSLO, June 2 (Reuters) - Norway's wealth fund said on Monday it had sold a stake.\n\n"
      .. "LIMA, June 6 (Reuters) - Peru's congress voted on Thursday to remove a minister.\n\n"
      .. "HANOI, June 9 (Reuters) - Vietnam will raise power prices on Friday, the ministry said."
    local a = dl.parse(digest, { ref = "2025-06-10" })
    assert.equals("2025-06-02", a.date)
    local v = {}
    for t in a:timexes() do v[#v + 1] = t.text .. "=" .. t.value end
    assert.same({ "June 2=2025-06-02", "Monday=2025-06-02", "June 6=2025-06-06",
                  "Thursday=2025-06-05", "June 9=2025-06-09", "Friday=2025-06-13" }, v)
    -- one story whose later paragraph only names a place is no digest
    a = dl.parse("OSLO, June 9 (Reuters) - Talks resumed on Monday.\n\n"
      .. "LIMA - Officials there said on Friday they would join.", { ref = "2025-06-10" })
    v = {}
    for t in a:timexes() do v[#v + 1] = t.value end
    assert.same({ "2025-06-09", "2025-06-09", "2025-06-06" }, v)
    -- with no reference date, an item's day takes the year nearest the
    -- item before it (the first dateline's year, across New Year too)
    a = dl.parse("OSLO, Dec 30, 2024 (Reuters) - The fund said on Monday it had sold a stake.\n\n"
      .. "LIMA, Jan 3 (Reuters) - Peru's congress voted on Thursday to remove a minister.")
    v = {}
    for t in a:timexes() do v[#v + 1] = t.text .. "=" .. t.value end
    assert.same({ "Dec 30, 2024=2024-12-30", "Monday=2024-12-30", "Jan 3=2025-01-03",
                  "Thursday=2025-01-02" }, v)
  end)

  it("takes the zone of a dateline's region in another country than its namesake city", function()
    local function zone(text)
      local a = dl.parse(text, { ref = "2024-01-17" })
      local z
      for t in a:timexes() do z = z or t.zone end
      return a.timezone, z
    end
    -- the gazetteer's Perth is in Australia, its Paris in France
    assert.same({ "Europe/London", "Europe/London" },
      { zone("PERTH, Scotland (PA) - The ferry left at 9 a.m. local time.") })
    assert.matches("^America/", (zone("PARIS, Texas (AP) - The fair opened at 10 a.m. local time.")))
    -- a region of the city's own country changes nothing
    assert.equals("America/Santiago", (zone("VALPARAISO, Chile, May 6 (Reuters) - Workers met at 9 a.m. local time.")))
    assert.equals("Europe/Moscow", (zone("KAZAN, Russia, Oct 22 (Reuters) - The summit opened at 10 a.m. local time.")))
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

  it("finds the dateline below a web page's time stamp line", function()
    for _, stamp in ipairs { "March 4, 2025", "Updated 4:20 PM EST, March 4, 2025", "2025-03-04 16:20" } do
      local a = dl.parse("Court hears buoy case\n\n" .. stamp
        .. "\n\nAUSTIN, Texas (AP) — The court heard the case on Tuesday.\n", { ref = "2025-03-04" })
      assert.are.equal("AUSTIN, Texas (AP) —", a.dateline.text)
    end
    -- a standfirst under the headline is front matter too: the dateline
    -- still opens the story, and the standfirst is no body paragraph
    local a = dl.parse("Court hears buoy case\n\nThe river buoys went up in 2023\n\n"
      .. "AUSTIN, Texas (AP) — The court heard the case.\n")
    assert.are.equal("AUSTIN, Texas (AP) —", a.dateline.text)
    assert.are.equal("The court heard the case.", a:sentences()().text)
    -- but a paragraph of story above it means the story began without one
    local long = "The river buoys went up in 2023, and since then the state and the federal government have argued"
      .. " in three courts over who may decide what floats in the river, how far the barrier may reach and"
      .. " whether the treaty of 1944 applies to it at all, while ranchers on both banks watched the water"
      .. " levels fall through a dry summer and the cost of the case rose past ten million dollars."
    a = dl.parse("Court hears buoy case\n\n" .. long .. "\n\nAUSTIN, Texas (AP) — The court heard the case.\n")
    assert.is_nil(a.dateline)
  end)

  it("keeps a short headline over a deck, and lead paragraphs above a later dateline", function()
    local a = dl.parse("Harbour Reopens\n\nFerries return after a week of repairs to the quay\n\n" ..
      "KIRKWALL (AP) — The harbour reopened on Monday.\n")
    assert.are.equal("Harbour Reopens", a.headline)
    a = dl.parse("Harbour reopens\n\nUpdated 9:15 AM GMT, May 6, 2025\n\nKIRKWALL (AP) — The harbour reopened.\n")
    assert.are.equal("Harbour reopens", a.headline)
    a = dl.parse("Harbour reopens\n\nThe harbour reopened on Monday after repairs, the council said.\n\n" ..
      "In a statement, the port said ferries would resume.\n\nLERWICK, May 5 (Reuters) - Shetland followed.\n")
    assert.are.equal("The harbour reopened on Monday after repairs, the council said.", a:sentences()().text)
  end)

  it("gives the headline line without the deck under it", function()
    local a = dl.parse("Ferry fares rise by a third\nIslanders say they cannot pay\n\n"
      .. "KIRKWALL (AP) — Ferry fares rose on Monday.")
    assert.equals("Ferry fares rise by a third", a.headline)
    assert.equals("KIRKWALL", a.dateline.place)
  end)

  it("lists every paragraph with its role when asked for all", function()
    local a = dl.parse(STORY, { ref = "2025-05-06" })
    local roles = {}
    for p in a:paragraphs({ all = true }) do roles[#roles + 1] = p.role end
    assert.same({ "headline", "byline", "body", "body", "boilerplate" }, roles)
  end)

  it("raises on a paragraphs option other than all, naming it", function()
    local a = dl.parse(STORY, { ref = "2025-05-06" })
    assert.has_error(function() a:paragraphs({ al = true }) end,
      "bad option 'al' to 'paragraphs' (unknown; the option is all)")
  end)

  it("prints well in the REPL", function()
    local s = tostring(dl.parse(STORY, { ref = "2025-05-06" }))
    assert.matches("^dateline.Article", s)
    assert.matches("headline: Harbour strike ends after talks", s, 1, true)
    assert.matches("VALPARAISO, Chile | 2025-05-06 | Reuters", s, 1, true)
    assert.matches("2 paragraphs, 2 sentences", s, 1, true)
  end)

  it("shows a JSON record's title in the REPL when the text has no headline", function()
    local name = os.tmpname() .. ".jsonl"
    local f = assert(io.open(name, "wb"))
    f:write('{"title":"Bridge reopens","body":"The bridge reopened on Monday.","published_at":"2025-03-04"}\n')
    f:close()
    local s
    for a in dl.corpus(name):articles() do s = tostring(a) end
    os.remove(name)
    assert.matches("\n  title:    Bridge reopens\n", s, 1, true)
    -- which article of the corpus it is, and where it came from
    assert.matches("^dateline.Article\n  id:       [^\n]+:1 %(" .. name:gsub("%p", "%%%0") .. ":1%)\n", s)
    -- a text with a headline line shows only that
    assert.is_nil(tostring(dl.parse(STORY)):find("title:", 1, true))
  end)

  it("counts one paragraph and one sentence in the singular", function()
    assert.matches("1 paragraph, 1 sentence,", tostring(dl.parse("The port reopened.")), 1, true)
    assert.matches("1 paragraph, 1 sentence, 1 byte$", tostring(dl.parse("x")))
  end)

  it("raises on an option name it does not know, in every entry point", function()
    assert.has_error(function() dl.parse("The port reopened.", { date = "2024-05-06" }) end,
      "bad option 'date' to 'parse' (unknown; the options are ref, dayfirst, anchor, lang, gazetteer, cst)")
    assert.has_error(function() dl.timexes("on Monday", { reff = "2024-05-06" }) end)
    assert.has_error(function() dl.parse_html("<p>The port reopened.</p>", { dayfirts = true }) end,
      "bad option 'dayfirts' to 'parse_html' (unknown; did you mean 'dayfirst'? the options are ref, dayfirst, anchor, lang, "
      .. "gazetteer, cst, title)")
    -- the options of dl.corpus and dl.parse_html may share the table
    assert.truthy(dl.parse("The port reopened.", { ref = "2024-05-06", format = "jsonl", title = false }))
  end)

  it("prints paragraph, sentence and dateline records in one line each", function()
    local a = dl.parse(STORY, { ref = "2025-05-06" })
    local d = a.dateline
    assert.equals(string.format("dateline VALPARAISO, Chile | 2025-05-06 | %s (%d-%d)",
                                d.agency or "-", d.start, d.stop), tostring(d))
    for p in a:paragraphs({ all = true }) do
      assert.matches("^" .. p.role .. " paragraph " .. p.index .. " %(" .. p.start .. "%-"
                     .. p.stop .. '%): ".+"$', tostring(p))
    end
    local s = a:sentences()()
    assert.matches("^sentence in paragraph " .. s.paragraph .. " %(" .. s.start .. "%-"
                   .. s.stop .. '%): ".+"$', tostring(s))
    -- still plain records: every field, and cjson writes them as before
    local keys = {}
    for k in pairs(s) do keys[#keys + 1] = k end
    table.sort(keys)
    assert.same({ "paragraph", "start", "stop", "text" }, keys)
    assert.equals(d.place, require("cjson").decode(require("cjson").encode(d)).place)
  end)

  it("prints timex, quote and entity records in one line each", function()
    local a = dl.parse(STORY .. '\n\n"We are glad it is over," Soto told reporters.',
                       { ref = "2025-05-06" })
    local t = dl.timexes("about three days on Tuesday", { ref = "2025-05-06" })
    assert.equals('DATE 2025-05-06 "Tuesday" (21-27)', tostring(t[#t]))
    for x in a:timexes() do
      assert.matches('^%u+ %S+ ".+" %(%d+%-%d+%)', tostring(x))
    end
    local q = a:quotes()()
    assert.equals('Soto (told): "We are glad it is over," (' .. q.start .. "-" .. q.stop .. ")",
                  tostring(q))
    local bare = dl.parse('The sign read "closed for the season" all winter.', { ref = "2025-05-06" })
    for u in bare:quotes() do
      assert.is_nil(u.speaker)
      assert.matches('^%(no speaker%): "', tostring(u))
    end
    for e in a:entities() do
      assert.equals(string.format("%s %s%s, %d mention%s", e.type, e.name,
                                  e.title and " (" .. e.title .. ")" or "", #e.mentions,
                                  #e.mentions == 1 and "" or "s"), tostring(e))
    end
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

  it("exports where the article came from and a page's metadata", function()
    local cjson = require "cjson"
    local a = dl.parse(STORY, { ref = "2025-05-06" })
    local t = a:totable()
    assert.equals("America/Santiago", t.timezone)
    assert.is_nil(t.id)
    local page = dl.parse_html('<html lang="en"><head><title>Dock strike ends</title>'
      .. '<meta property="article:published_time" content="2025-05-06T10:00:00-04:00">'
      .. '<meta name="author" content="Ana Ruiz"></head><body><article><h1>Dock strike ends</h1>'
      .. '<p>VALPARAISO, Chile (Reuters) - Dock workers ended a strike on Tuesday.</p>'
      .. '</article></body></html>')
    local back = cjson.decode(page:tojson())
    assert.equals("2025-05-06T10:00:00-04:00", back.published)
    assert.same({ "Ana Ruiz" }, back.authors)
    assert.equals("Dock strike ends", back.title)
    local dir = os.tmpname()
    local f = assert(io.open(dir, "wb"))
    f:write(cjson.encode({ id = "s1", title = "Dock strike ends", url = "https://example.org/s1",
      text = STORY }), "\n")
    f:close()
    os.rename(dir, dir .. ".jsonl")
    for art in dl.corpus(dir .. ".jsonl"):articles() do
      local r = cjson.decode(art:tojson())
      assert.equals("s1", r.id)
      assert.equals("Dock strike ends", r.title)
      assert.equals("https://example.org/s1", r.url)
      assert.equals(1, r.line)
    end
    os.remove(dir .. ".jsonl")
  end)

  it("reads an export's metadata header: title, author, date", function()
    local a = dl.parse("id: 48213\nTitle: Council approves budget\nAuthor: Priya Natarajan\n"
      .. "Date: 2025-06-12\n---\nLEEDS — The council approved a budget on Wednesday.\n")
    assert.equals("Council approves budget", a.headline)
    assert.equals("Priya Natarajan", a.byline)
    assert.equals("2025-06-12", a.date)
    assert.equals("LEEDS", a.dateline.place)
    local values = {}
    for t in a:timexes() do values[t.text] = t.value end
    assert.equals("2025-06-11", values.Wednesday)
    local h = a:paragraphs({ all = true })()
    assert.equals("boilerplate", h.role)
    local hp
    for p in a:paragraphs({ all = true }) do if p.role == "headline" then hp = p end end
    assert.equals(a.headline, a.text:sub(hp.start, hp.stop))
  end)

  it("takes a.timezone of a city named with its country or state in the text", function()
    -- the gazetteer's Valencia is Venezuela's, its Cambridge England's
    assert.equals("Europe/Madrid", dl.parse("Floods hit Valencia, Spain, on Tuesday.").timezone)
    assert.equals("America/New_York",
      dl.parse("Talks were held in Cambridge, Massachusetts, on Monday.").timezone)
    assert.equals("Europe/Paris", dl.parse("Officials met in Paris, France, on Friday.").timezone)
    assert.equals("Europe/Paris", dl.parse("Talks in Paris and London ended.").timezone)
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

  it("writes well-formed UTF-8 XML from Latin-1 bytes and control characters", function()
    -- "Café" in Latin-1, a form feed and a NUL: XML 1.0 allows none of them
    local a = dl.parse("Caf\233 talks began on 22 March 2023.\f Done\0.", { ref = "2023-03-25" })
    local x = a:timeml("d\233")
    assert.matches("<DOCID>d\239\191\189</DOCID>", x, 1, true)
    assert.matches("Caf\239\191\189 talks began on <TIMEX3", x, 1, true)
    assert.matches(">22 March 2023</TIMEX3>.\239\191\189 Done\239\191\189.", x, 1, true)
    assert.is_nil(x:find("[%z\1-\8\11\12\14-\31]"))
  end)

  it("writes TimeML 1.2 mods (late 2019 is END there, LATE in the records)", function()
    local a = dl.parse("Prices rose in late 2019 and early 2020.", { ref = "2021-01-05" })
    local mods = {}
    for t in a:timexes() do mods[#mods + 1] = t.mod end
    assert.same({ "LATE", "EARLY" }, mods)
    local x = a:timeml()
    assert.matches('value="2019" mod="END">late 2019<', x, 1, true)
    assert.matches('value="2020" mod="START">early 2020<', x, 1, true)
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

  it("reads options however the table holds them", function()
    local text = "The vote was on Tuesday."
    local want = dl.timexes(text, { ref = "2024-02-01" })[1].value
    assert.equals("2024-01-30", want)
    -- through __index, among non-string keys, in a table with many entries
    -- (an unknown option name raises: see "raises on an option name it does not know")
    local inherited = setmetatable({}, { __index = { ref = "2024-02-01" } })
    assert.equals(want, dl.timexes(text, inherited)[1].value)
    local mixed = { [1] = "x", [true] = 0, ref = "2024-02-01" }
    assert.equals(want, dl.timexes(text, mixed)[1].value)
    local many = { ref = "2024-02-01" }
    for i = 1, 40 do many[i] = i end
    assert.equals(want, dl.timexes(text, many)[1].value)
    many.dayfirst = "yes"
    local ok, err = pcall(dl.timexes, text, many)
    assert.is_false(ok)
    assert.matches("bad option 'dayfirst'", err)
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

-- Entity records get `mentions` from the core when first read (see
-- force_mentions in csrc/ldateline.c); to their users they are plain tables.
describe("article:entities", function()
  local TEXT = table.concat({
    "OSLO, March 4 (Reuters) - Prime Minister Ingrid Dahl met Karl Berg in Oslo on Monday.",
    "",
    '"We agreed on the main points," Dahl said after the talks.',
    "",
    "Berg told reporters in Bergen that Dahl had been clear.",
  }, "\n")

  local function find(a, name)
    for e in a:entities() do if e.name == name then return e end end
  end

  it("gives every entity its mentions, in text order", function()
    local a = dl.parse(TEXT)
    local e = find(a, "Ingrid Dahl")
    assert.is_table(e)
    assert.equals(3, #e.mentions)
    local last = 0
    for _, m in ipairs(e.mentions) do
      assert.equals(m.text, a.text:sub(m.start, m.stop))
      assert.is_true(m.start > last)
      assert.is_true(m.name_start >= m.start and m.name_stop <= m.stop)
      last = m.start
    end
  end)

  it("makes plain tables, mentions included (cjson, pairs and rawget see them)", function()
    local a = dl.parse(TEXT)
    for e in a:entities() do
      -- a metatable only to print: no __index or __pairs hides a field
      local mt = getmetatable(e)
      assert.is_true(mt == nil or (mt.__index == nil and mt.__pairs == nil))
      assert.is_table(rawget(e, "mentions"))
      local keys = {}
      for k in pairs(e) do keys[k] = true end
      assert.is_true(keys.mentions and keys.name and keys.type)
    end
    local e = a:entities()()
    assert.matches('"mentions":%[{', require("cjson").encode(e))
  end)

  it("exports the mentions with totable and tojson", function()
    local a = dl.parse(TEXT)
    for _ in a:entities() do end
    local t = a:totable()
    for _, e in ipairs(t.entities) do assert.is_table(rawget(e, "mentions")) end
    local back = require("cjson").decode(a:tojson())
    for _, e in ipairs(back.entities) do assert.is_true(#e.mentions >= 1) end
    local json = require("dateline.core").json(dl.parse(TEXT):totable())
    assert.matches('"mentions":%[{', json)
  end)

  it("keeps a record usable after its article is collected", function()
    local e = dl.parse(TEXT):entities()()
    collectgarbage()
    collectgarbage()
    assert.equals("OSLO", e.mentions[1].text)
  end)

  it("reads absent fields as nil", function()
    local e = find(dl.parse(TEXT), "Karl Berg")
    assert.is_nil(e.population)
    assert.is_nil(e[1])
    assert.equals("PERSON", e.type)
  end)
end)

describe("article:quotes", function()
  it("names a speaker by the merged entity of the mention it resolves to", function()
    local a = dl.parse(table.concat({
      "OSLO, March 4 (Reuters) - Prime Minister Ingrid Dahl met Karl Berg on Monday.",
      "",
      '"We agreed on the main points," Dahl said.',
    }, "\n"))
    local q = a:quotes()()
    assert.equals("Ingrid Dahl", q.speaker)
    assert.equals("Dahl", q.speaker_text)
    -- the same entity as a:entities() gives, whichever is read first
    local ids = {}
    for e in a:entities("PERSON") do ids[e.name] = e end
    local m = ids["Ingrid Dahl"].mentions
    local covered = false
    for _, x in ipairs(m) do
      if x.start <= q.resolved_start and q.resolved_stop <= x.stop then covered = true end
    end
    assert.is_true(covered)
  end)

  it("gives the speaker's entity id when the gazetteer has one", function()
    local g = dl.gazetteer({ { "Ingrid Dahl", type = "PERSON", id = "P42", aliases = { "Dahl" } } })
    local a = dl.parse('"It is done," Ingrid Dahl said on Monday.', { gazetteer = g })
    for _ in a:entities() do end   -- entities first, then quotes
    local q = a:quotes()()
    assert.equals("Ingrid Dahl", q.speaker)
    assert.equals("P42", q.speaker_id)
  end)
end)

describe("dl.gazetteer", function()
  -- A misspelt field or option used to be ignored: `alias = {...}` compiled
  -- the entry without its aliases, `{ignorecase = true}` matched in case.
  local BAD = {
    { { { "Ana Vell", type = "PERSON", alias = { "Vell" } } },
      "bad gazetteer entry #1 (unknown field 'alias'; the fields are [1] (the name), type, id, aliases" },
    { { { "Ana Vell", "Vell", type = "PERSON" } },
      "bad gazetteer entry #1 (unknown field [2];" },
    { { [2] = { "Ana Vell", type = "PERSON" } },
      "(a list of entries expected, got key [2])" },
    { { x = { "Ana Vell", type = "PERSON" } },
      "(a list of entries expected, got key 'x')" },
  }
  for i, case in ipairs(BAD) do
    it("raises on a malformed entry list #" .. i, function()
      local ok, err = pcall(dl.gazetteer, case[1])
      assert.is_false(ok)
      assert.truthy(err:find(case[2], 1, true), err)
    end)
  end

  it("raises on an unknown or mistyped option", function()
    local e = { { "Ana Vell", type = "PERSON" } }
    assert.has_error(function() dl.gazetteer(e, { ignorecase = true }) end,
      "bad option 'ignorecase' to 'gazetteer' (unknown; the option is ignore_case)")
    assert.has_error(function() dl.gazetteer(e, { ignore_case = "yes" }) end,
      "bad option 'ignore_case' (boolean expected, got string)")
    assert.truthy(dl.gazetteer(e, { ignore_case = false }))
  end)
end)

describe("a:sentences, a:timexes and a:quotes", function()
  local a = dl.parse('"Not yet," Ana Ruiz said on Monday.', { ref = "2025-02-03" })
  -- an argument used to be ignored: a:quotes("Ana Ruiz") gave every quote
  for _, case in ipairs({ { "quotes", "Ana Ruiz", "string" }, { "timexes", "DATE", "string" },
      { "sentences", 1, "number" } }) do
    it("raise on an argument: " .. case[1], function()
      assert.has_error(function() return a[case[1]](a, case[2]) end,
        "bad argument #1 to '" .. case[1] .. "' (none expected, got " .. case[3]
          .. "; filter the records in the loop)")
    end)
  end

  it("take none, or nil", function()
    assert.equals("Ana Ruiz", a:quotes()().speaker)
    assert.equals("Monday", a:timexes(nil)().text)
  end)
end)

describe("options given as a list", function()
  -- {"ref", "2025-02-03"} was read as no options at all
  it("raise, naming the key", function()
    assert.has_error(function() dl.parse("x", { "ref", "2025-02-03" }) end,
      "bad option [1] to 'parse' (option names are strings: {ref = \"2025-02-03\"})")
    assert.has_error(function() dl.timexes("x", { [2] = true }) end,
      "bad option [2] to 'timexes' (option names are strings: {ref = \"2025-02-03\"})")
    assert.has_error(function() dl.date("2025-02-03", { "ref" }) end)
  end)
end)

describe("errors a new user meets", function()
  -- one case a line: the entry point, the misspelt option, the option the
  -- message suggests (nil: none is close enough, or two are as close)
  local MISSPELT = {
    { "parse", "dayfrist", "dayfirst" },
    { "parse", "reff", "ref" },
    { "parse", "Ref", "ref" },
    { "parse", "langs", "lang" },
    { "parse", "gazeteer", "gazetteer" },
    { "parse", "anchr", "anchor" },
    { "parse", "date", nil },
    { "parse", "x", nil },
    { "timexes", "dayfist", "dayfirst" },
    { "date", "epok", "epoch" },
    { "parse_html", "titel", "title" },
  }
  for _, case in ipairs(MISSPELT) do
    local fname, bad, want = case[1], case[2], case[3]
    it(fname .. "{" .. bad .. " = ...} names " .. tostring(want), function()
      local ok, err = pcall(dl[fname], "x", { [bad] = true })
      assert.is_false(ok)
      local hint = want and "did you mean '" .. want .. "'? " or ""
      assert.truthy(err:find("bad option '" .. bad .. "' to '" .. fname .. "' (unknown; " .. hint
        .. "the options are ", 1, true), err)
    end)
  end

  it("suggests nothing when two options are equally near", function()
    assert.is_nil(dl._suggest("ab", { "ax", "xb" }))
    assert.equals("dayfirst", dl._suggest("dyafirst", { "ref", "dayfirst" }))   -- a swap is one edit
  end)

  -- one case a line: a ref that is shaped like a date but is none, and why
  local BAD_REFS = {
    { "2024-02-30", "no such day in that month" },
    { "2025-02-29", "no such day in that month" },
    { "2025-04-31", "no such day in that month" },
    { "2025-13-01", "no such month" },
    { "2025-00-10", "no such month" },
    { "0000-05-01", "there is no year 0" },
    { "2024-02-30T10:00:00Z", "no such day in that month" },
  }
  for _, case in ipairs(BAD_REFS) do
    it("says why ref " .. case[1] .. " is no date", function()
      local ok, err = pcall(dl.parse, "x", { ref = case[1] })
      assert.is_false(ok)
      assert.equals('bad option \'ref\' (expected "YYYY-MM-DD" or an ISO 8601 date-time, got "'
        .. case[1] .. '": ' .. case[2] .. ")", err)
    end)
  end

  it("keeps the plain message for a ref of another shape, and takes a leap day", function()
    local _, err = pcall(dl.parse, "x", { ref = "yesterday" })
    assert.equals('bad option \'ref\' (expected "YYYY-MM-DD" or an ISO 8601 date-time, got "yesterday")', err)
    assert.equals("2024-02-29", dl.parse("x", { ref = "2024-02-29" }).date)
  end)

  it("names the type of each object dl.type is asked about", function()
    local corpus = require "dateline.corpus"
    assert.equals("gazetteer", dl.type(dl.gazetteer({ { "Ana Vell", type = "PERSON" } })))
    assert.equals("corpus", dl.type(dl.corpus("samples/")))
    assert.equals("corpus", dl.type(dl.corpus("samples/"):filter(function() return true end)))
    assert.equals("names", dl.type(corpus.names()))
    assert.equals("date", dl.type(dl.date("2025-10-14")))
    assert.is_nil(dl.type(io.stdout))
    assert.is_nil(dl.type(setmetatable({}, { __name = "dateline.Gazetteer" })))
  end)

  it("says an article is read-only when a script sets a field", function()
    -- Lua's own "attempt to index a dateline.Article value" read like a
    -- failed read
    local a = dl.parse("PARIS, May 3 (Reuters) - Talks ended.", { ref = "2024-05-03" })
    local ok, err = pcall(function() a.tag = "talks" end)
    assert.is_false(ok)
    assert.matches("^spec/dateline_api_spec%.lua:%d+: cannot set field 'tag': a dateline%.Article is "
      .. "read%-only %(keep your own data in a table keyed by the article%)$", err)
    ok, err = pcall(function() a.date = "2024-01-01" end)
    assert.is_false(ok)
    assert.matches("cannot set field 'date'", err, 1, true)
    assert.equals("2024-05-03", a.date)
    assert.is_nil(a.tag)
  end)

  it("counts a gazetteer's entries in the singular and plural", function()
    assert.equals("dateline.Gazetteer (1 entry)", tostring(dl.gazetteer({ { "Ana Vell", type = "PERSON" } })))
    assert.equals("dateline.Gazetteer (2 entries)", tostring(dl.gazetteer({
      { "Ana Vell", type = "PERSON" }, { "Port of Riverton", type = "LOCATION" } })))
  end)
end)

describe("Date arithmetic as an analyst uses it", function()
  it("gives whole days as a whole number, a part of a day as a fraction", function()
    -- "days between the summit and the vote" printed 11.0 on Lua 5.3+
    local summit, vote = dl.date("2025-03-01"), dl.date("2025-03-12")
    assert.equals("11", tostring(vote - summit))
    assert.equals("-11", tostring(summit - vote))
    assert.equals("0", tostring(summit - summit))
    if math.type then assert.equals("integer", math.type(vote - summit)) end
    assert.equals("0.5", tostring(dl.date("2024-10-23T00:00Z") - dl.date("2024-10-22T12:00Z")))
    -- a month's date is its first day
    assert.equals("11", tostring(vote - dl.date("2025-03")))
  end)

  it("takes a Date as the ref, as its ISO string is taken", function()
    -- `ref = d:add{days = 1}` raised "string expected, got userdata"
    local d = dl.date("2025-06-01")
    assert.equals("2025-06-01", dl.parse("The port reopened on Monday.", { ref = d }).date)
    assert.equals("2025-06-03", dl.timexes("tomorrow", { ref = d:add{ days = 1 } })[1].value)
    assert.equals("2025-05-31", dl.date("yesterday", { ref = d }):iso())
    assert.equals("2025-06-01", dl.parse("x", { ref = dl.date("2025-06-01T23:30:00-05:00") }).date)
    -- its dateline's Oct. 22 in the year nearest the ref, as with the string
    for a in dl.corpus("samples/05-xinhua.txt", { ref = d, refs = false }):articles() do
      assert.equals("2025-10-22", a.date)
    end
    local match = require("lpeg").match
    local want = match(dl.lpeg.new{ ref = "2025-06-01" }.date, "Monday")
    assert.matches("^2025%-0", want)
    assert.equals(want, match(dl.lpeg.new{ ref = d }.date, "Monday"))
    -- a Date coarser than a day is no ref, as the string is none
    local ok, err = pcall(dl.parse, "x", { ref = dl.date("2025-06") })
    assert.is_false(ok)
    assert.matches('bad option \'ref\' (expected "YYYY-MM-DD" or an ISO 8601 date-time, got "2025-06")',
      err, 1, true)
  end)
end)

describe("the C core from C (README, From C)", function()
  it("builds examples/timexes.c against csrc/dateline.h and prints an article's timexes", function()
    local compat = require "support.compat"
    local function sh(cmd) return compat.exec_ok(os.execute(cmd .. " >/dev/null 2>&1")) end
    -- the objects `make` built (all but the Lua binding): faster than the sources
    local objs = compat.build .. "/obj"
    if not (sh("command -v cc") and sh("pkg-config --exists libxml-2.0") and sh("test -f " .. objs .. "/text.o")) then
      pending("needs cc, libxml2's pkg-config and " .. objs)
      return
    end
    local exe = os.tmpname()
    assert.is_true(sh(("cc -std=c99 -Wall -Wextra -pedantic -Werror -Icsrc -o %s examples/timexes.c "
      .. "$(ls %s/*.o | grep -v ldateline) $(pkg-config --libs libxml-2.0)"):format(exe, objs)))
    local out = compat.run("printf 'RIVERTON, Oct. 8 (AP) - The final vote is next Tuesday.\\n' | " .. exe .. " 2025-10-08")
    local _, err, code = compat.run("printf x | " .. exe .. " 2025-02-30")
    os.remove(exe)
    assert.equals("DATE\t2025-10-08\t\tOct. 8\nDATE\t2025-10-14\t\tnext Tuesday\n", out)
    assert.equals(2, code)
    assert.matches("bad reference date", err, 1, true)
  end)
end)
