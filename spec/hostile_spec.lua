-- Hostile input through the public API: never a crash, a hang or a wrong
-- span, and the rest of the article still parses around the damage.
--
-- The `#huge` tests (a 200 MB line, 10^6 quote marks, a 1 GB JSONL stream
-- through `dateline map`) take time and memory: `make leakcheck` and
-- `make asan` leave them out with `--exclude-tags=huge`.
local dl = require "dateline"

local compat = require "support.compat"

local LUA = compat.lua   -- the interpreter running the specs

-- Every span of every list inside the text, start <= stop, in text order.
local function check_spans(text, a)
  for p in a:paragraphs({ all = true }) do
    assert.is_true(p.start >= 1 and p.stop <= #text and p.start <= p.stop)
    assert.equals(text:sub(p.start, p.stop), p.text)
  end
  local last = 0
  for s in a:sentences() do
    assert.is_true(s.start > last and s.start <= s.stop and s.stop <= #text)
    last = s.stop
  end
  last = 0
  for t in a:timexes() do
    assert.is_true(t.start > last and t.start <= t.stop and t.stop <= #text)
    assert.equals(text:sub(t.start, t.stop), t.text)
    last = t.stop
  end
  last = 0
  for q in a:quotes() do
    assert.is_true(q.start >= 1 and q.start <= q.stop + 1 and q.stop <= #text)
    assert.is_true(q.start > last)
    last = q.start
  end
  for e in a:entities() do
    for _, m in ipairs(e.mentions) do
      assert.is_true(m.start >= 1 and m.start <= m.stop and m.stop <= #text)
    end
  end
end

local function values(list_or_iter)
  local out = {}
  if type(list_or_iter) == "table" then
    for _, t in ipairs(list_or_iter) do out[#out + 1] = t.value end
  else
    for t in list_or_iter do out[#out + 1] = t.value end
  end
  return table.concat(out, " ")
end

-- An article with a dateline, dates, a quote with its speaker and places;
-- `bad` is put inside a sentence, inside the quote and inside the last
-- paragraph.
local function article(bad)
  return "LONDON, March 3 (Reuters) - Britain's trade deficit narrowed in January, "
    .. "data showed on Monday." .. bad .. " Ministers will meet on 12 March 2024.\n\n"
    .. "\"The numbers are good" .. bad .. ",\" Finance Minister Rachel Green said "
    .. "in a statement.\n\n"
    .. "Exports to Germany rose" .. bad .. " 4 percent, the report said.\n"
end

local DAMAGE = {
  { "a lone continuation byte", "\128" },
  { "continuation bytes in a row", "\128\191\128" },
  { "a truncated 2-byte sequence", "\195" },
  { "a truncated 3-byte sequence", "\226\128" },
  { "a truncated 4-byte sequence", "\240\159\152" },
  { "an overlong 2-byte NUL", "\192\128" },
  { "an overlong 3-byte sequence", "\224\128\128" },
  { "an overlong 4-byte sequence", "\240\128\128\128" },
  { "a UTF-16 surrogate", "\237\160\128" },
  { "a code point above U+10FFFF", "\244\144\128\128" },
  { "an F5 byte", "\245" },
  { "FE FF bytes", "\254\255" },
  { "F8..FF lead bytes", "\248\136\128\128\128\252\255" },
  { "a NUL byte", "\0" },
  { "NUL bytes in a row", "\0\0\0" },
}

describe("damaged bytes inside a real article", function()
  for _, c in ipairs(DAMAGE) do
    it("keeps the dateline, dates, quote and places around " .. c[1], function()
      local text = article(c[2])
      local a = dl.parse(text, { ref = "2024-03-04" })
      check_spans(text, a)
      assert.equals("LONDON", a.dateline.place)
      assert.equals("2024-03-03", a.dateline.date)
      local v = values(a:timexes())
      assert.truthy(v:find("2024-03-12", 1, true))
      assert.truthy(v:find("2024-01", 1, true))
      -- the article resolves against its dateline date
      assert.equals(v, values(dl.timexes(text, { ref = a.date })))
      local q = a:quotes()()
      assert.truthy(q and q.text:find("^The numbers are good"))
      assert.equals("Rachel Green", q.speaker)
      local names = {}
      for e in a:entities() do names[e.name] = e.type end
      assert.equals("PERSON", names["Rachel Green"])
      assert.equals("LOCATION", names["Germany"])
      assert.equals("LOCATION", names["London"])
    end)

    it("reads the same damage (" .. c[1] .. ") at the very end of the text", function()
      local text = article("") .. c[2]
      local a = dl.parse(text, { ref = "2024-03-04" })
      check_spans(text, a)
      assert.equals("LONDON", a.dateline.place)
      assert.truthy(values(a:timexes()):find("2024-03-12", 1, true))
    end)

    it("extracts an HTML page with " .. c[1] .. " in its paragraphs", function()
      local page = "<html><head><meta charset=\"utf-8\"><title>Trade" .. c[2] .. " gap</title></head>"
        .. "<body><article><p>LONDON, March 3 (Reuters) - The trade deficit" .. c[2]
        .. " narrowed, data showed on Monday.</p><p>Ministers meet" .. c[2]
        .. " on 12 March 2024, officials said.</p></article></body></html>"
      local a = dl.parse_html(page, { ref = "2024-03-04" })
      assert.truthy(compat.utf8_len(a.text))   -- the extracted text is valid UTF-8
      assert.is_nil(a.text:find("\0", 1, true))
      check_spans(a.text, a)
      assert.equals("LONDON", a.dateline.place)
      assert.truthy(values(a:timexes()):find("2024-03-12", 1, true))
    end)

    it("never raises in dl.date on " .. c[1], function()
      for _, s in ipairs({ c[2], "2024-03-12" .. c[2], c[2] .. "12 March 2024", "March" .. c[2] .. " 12" }) do
        local ok, d, msg = pcall(dl.date, s)
        assert.is_true(ok)
        assert.is_true(d ~= nil or type(msg) == "string")
      end
      assert.equals("2024-03-12", tostring(dl.date("  2024-03-12 ")))
    end)
  end
end)

-- Cases moved here from robustness_spec.lua: odd shapes of whole texts.
local STORY = "LONDON, March 3 (Reuters) - Prices rose on Monday. Analysts said so.\n\n"

local SHAPES = {
  { "NUL bytes", STORY .. "A\0B\0C. Then 12 March 2024.\0" },
  { "invalid UTF-8", STORY .. "\255\254 \192\175 \237\160\128 \244\144\128\128 \226\128. On Friday." },
  { "truncated UTF-8 at the end", STORY .. "Quote \226\128" },
  { "lone surrogates and overlongs", "\237\191\191\224\128\175. March 3." },
  { "only white space", " \t\r\n\194\160\n\n  \n" },
  { "CR only line ends", "Headline\r\rPARIS, May 1 - Text here. More text.\r" },
  { "unbalanced quote marks", STORY .. ("\"\226\128\156 '"):rep(20000) },
  { "digit soup", STORY .. ("1/2/3 4-5-6 7:8:9 2024-13-45 99/99/99 "):rep(5000) },
  { "month soup", STORY .. ("May March June Monday Sunday Dec. "):rep(5000) },
  { "dots", STORY .. ("... . .. U.S. Mr. 2.5 "):rep(5000) },
  { "a 16 MB line without spaces", ("x"):rep(16 * 1024 * 1024) },
  { "a 4 MB line of words", ("word "):rep(800000) },
  { "many blank lines", ("\n"):rep(200000) .. "LONDON, May 1 - End." },
  { "an empty text", "" },
}

describe("texts of odd shapes", function()
  for _, c in ipairs(SHAPES) do
    it("parses " .. c[1] .. " with spans inside the text", function()
      local a = dl.parse(c[2], { ref = "2024-03-04" })
      check_spans(c[2], a)
      assert.is_table(dl.timexes(c[2]))
    end)
  end

  it("still finds the dateline and dates around damaged bytes", function()
    local text = STORY .. "\255\0 Talks end on 12 March 2024. \192"
    local a = dl.parse(text, { ref = "2024-03-04" })
    assert.equals("LONDON", a.dateline.place)
    assert.truthy(values(a:timexes()):find("2024-03-12", 1, true))
  end)

  it("reads a byte-order mark or zero-width space before the dateline as space", function()
    for _, lead in ipairs({ "\239\187\191", "\226\128\139" }) do
      local a = dl.parse(lead .. "LONDON, May 1 (Reuters) - Shares rose.", { ref = "2024-05-02" })
      assert.equals("LONDON", a.dateline.place)
      assert.equals("2024-05-01", a.dateline.date)
    end
  end)

  it("finishes entities on a title or nationality glued to a name by a dot", function()
    for _, text in ipairs({ "Talks went on. Mr.Smith said so.\n", "Talks with Chinese.Li ended.\n" }) do
      local n = 0
      for _ in dl.parse(text):entities() do n = n + 1 end
      assert.is_true(n >= 0)
    end
  end)
end)

describe("large inputs", function()
  it("finds 10^5 dates in one text, with correct values", function()
    local months = { "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December" }
    local parts, want = {}, {}
    for i = 1, 100000 do
      local y, m, d = 1900 + i % 120, i % 12 + 1, i % 28 + 1
      parts[i] = ("On %d %s %d the index moved. "):format(d, months[m], y)
      want[i] = ("%04d-%02d-%02d"):format(y, m, d)
    end
    local text = table.concat(parts)
    local ts = dl.timexes(text)
    assert.equals(100000, #ts)
    for _, i in ipairs({ 1, 2, 12345, 50000, 99999, 100000 }) do
      assert.equals(want[i], ts[i].value)
    end
    local n = 0
    for t in dl.parse(text):timexes() do
      n = n + 1
      if n == 77777 then assert.equals(want[n], t.value) end
    end
    assert.equals(100000, n)
  end)

  it("#huge finds the real quote and its speaker after 10^6 unbalanced quote marks", function()
    local marks = { "\"", "\226\128\156", "\226\128\157", "'", "\194\171", "\194\187",
      "\226\128\158", "\226\128\152", "\226\128\153" }
    local parts = { "BERLIN, May 2 (Reuters) - Noise follows.\n\n" }
    for i = 1, 1000000 do
      parts[#parts + 1] = marks[i % #marks + 1]
      if i % 10 == 0 then parts[#parts + 1] = " " end
      if i % 100000 == 0 then parts[#parts + 1] = "\n\n" end
    end
    parts[#parts + 1] = "\n\n\"The plan is ready,\" Chancellor Maria Weber said on Friday.\n"
    local text = table.concat(parts)
    local a = dl.parse(text, { ref = "2024-05-02" })
    local found
    for q in a:quotes() do
      if q.text == "The plan is ready," then found = q end
    end
    assert.truthy(found)
    assert.equals("Maria Weber", found.speaker)
    assert.equals("said", found.cue)
    assert.equals("BERLIN", a.dateline.place)
    assert.equals("2024-05-02", a.dateline.date)
  end)

  it("#huge parses a 200 MB single line and finds the dates and quotes at its end", function()
    local chunk = ("lorem ipsum dolor sit amet consectetur "):rep(1000)
    local head = "PARIS, June 4 (Reuters) - Talks began on 2 June 2024 and \"we are hopeful,\" "
      .. "said Foreign Minister Paul Martin. "
    local mid = " Officials met again on 15 August 2024. "
    local tail = " The summit ends on 30 November 2024, \"and not a day later,\" said Anne Roy."
    local n = math.floor(200 * 1024 * 1024 / #chunk) + 1
    local parts = { head }
    for i = 1, n do
      parts[#parts + 1] = chunk
      if i == math.floor(n / 2) then parts[#parts + 1] = mid end
    end
    parts[#parts + 1] = tail
    local text = table.concat(parts)
    parts = nil   -- luacheck: ignore
    assert.is_true(#text > 200 * 1024 * 1024 and not text:find("\n", 1, true))
    local a = dl.parse(text, { ref = "2024-06-04" })
    assert.equals("PARIS", a.dateline.place)
    local v = values(a:timexes())
    assert.truthy(v:find("2024-06-02", 1, true))
    assert.truthy(v:find("2024-08-15", 1, true))
    assert.truthy(v:find("2024-11-30", 1, true))
    local last = select(2, v:find("2024-11-30", 1, true))
    assert.is_true(last and last > #v - 20)
    local speakers = {}
    for q in a:quotes() do speakers[#speakers + 1] = q.speaker end
    assert.same({ "Paul Martin", "Anne Roy" }, speakers)
  end)

  it("#huge maps a 1 GB JSONL stream through `dateline map` in flat memory", function()
    local f = io.open("/usr/bin/time")
    if not f then return pending("needs /usr/bin/time for the peak RSS") end
    f:close()
    -- the stream is generated in a pipe: nothing of it is written to disk
    local gen = os.tmpname()
    f = assert(io.open(gen, "w"))
    f:write([[
local total = tonumber(arg[1])
local body = ("the committee members talked at length about the budget and agreed ")
  :rep(20) .. "They meet again on Friday."
local n, written, buf = 0, 0, {}
while written < total do
  n = n + 1
  local rec = ('{"id":"r%d","text":"ROME, May %d (Reuters) - Talks went on. '
    .. '\\"We agree,\\" said Marco Neri. %s"}\n'):format(n, n % 28 + 1, body)
  buf[#buf + 1] = rec
  written = written + #rec
  if #buf == 256 then io.stdout:write(table.concat(buf)); buf = {} end
end
io.stdout:write(table.concat(buf))
io.stderr:write(n, "\n")
]])
    f:close()
    local rss, nrec = os.tmpname(), os.tmpname()
    local cmd = ("%s %s %d 2>%s | /usr/bin/time -f %%M -o %s %s bin/dateline map -q | "
      .. "%s -e 'local n, bad = 0, 0 for l in io.lines() do n = n + 1 "
      .. "if not l:find([[\"speaker\":\"Marco Neri\"]], 1, true) then bad = bad + 1 end end "
      .. "print(n, bad)'"):format(LUA, gen, 1024 * 1024 * 1024, nrec, rss, LUA, LUA)
    local p = assert(io.popen(cmd))
    local out = p:read("*a")
    p:close()
    local lines, bad = out:match("(%d+)%s+(%d+)")
    local want = tonumber(assert(io.open(nrec)):read("*a"))
    local peak_kb = tonumber(assert(io.open(rss)):read("*a"):match("(%d+)%s*$"))
    os.remove(gen); os.remove(rss); os.remove(nrec)
    io.stderr:write(("\n[dateline map: %s records, peak RSS %s KB]\n"):format(tostring(want), tostring(peak_kb)))
    assert.is_true(want > 400000)
    assert.equals(want, tonumber(lines))   -- one output line per record
    assert.equals(0, tonumber(bad))        -- every record annotated
    assert.is_true(peak_kb < 64 * 1024, "peak RSS " .. tostring(peak_kb) .. " KB")
  end)
end)

-- Wrong argument types for the public functions and methods: each raises
-- an error whose message names the argument (or the option).
describe("wrong argument types", function()
  local d = dl.date("2024-05-01")
  local a = dl.parse("LONDON, May 1 (Reuters) - Talks ended on Friday.", { ref = "2024-05-02" })
  local html = require "dateline.html"
  local lp = require "dateline.lpeg"
  local corpus = require "dateline.corpus"
  local report = require "dateline.report"
  local BAD = { { "a number", 42 }, { "a boolean", true }, { "a table", {} }, { "a function", print } }
  local NOT_STRING = { { "a boolean", true }, { "a table", {} }, { "a function", print } }
  local NOT_TABLE = { { "a number", 42 }, { "a boolean", true }, { "a function", print }, { "a string", "x" } }

  -- name, the call (given the bad value), the message it must contain, values.
  -- Each call is in parentheses: `return (f(b))` is not a tail call, so
  -- LuaJIT (which drops the frame of a tail call) can name f in the message.
  local cases = {
    { "dl.parse text", function(b) return (dl.parse(b)) end, "bad argument #1 to 'parse'" },
    { "dl.parse opts", function(b) return (dl.parse("x", b)) end, "bad argument #2 to 'parse'", NOT_TABLE },
    { "dl.parse opts.ref", function(b) return (dl.parse("x", { ref = b })) end, "bad option 'ref'" },
    { "dl.parse opts.anchor", function(b) return (dl.parse("x", { anchor = b })) end, "bad option 'anchor'" },
    { "dl.parse opts.lang", function(b) return (dl.parse("x", { lang = b })) end, "bad option 'lang'" },
    { "dl.parse opts.dayfirst", function(b) return (dl.parse("x", { dayfirst = b })) end, "bad option 'dayfirst'",
      { { "a number", 42 }, { "a table", {} }, { "a string", "yes" } } },
    { "dl.parse opts.gazetteer", function(b) return (dl.parse("x", { gazetteer = b })) end, "bad option 'gazetteer'" },
    { "dl.timexes text", function(b) return (dl.timexes(b)) end, "bad argument #1 to 'timexes'" },
    { "dl.timexes opts", function(b) return (dl.timexes("x", b)) end, "bad argument #2 to 'timexes'", NOT_TABLE },
    { "dl.timexes opts.ref", function(b) return (dl.timexes("x", { ref = b })) end, "bad option 'ref'" },
    { "dl.parse_html html", function(b) return (dl.parse_html(b)) end, "bad argument #1 to 'parse_html'" },
    { "dl.parse_html opts", function(b) return (dl.parse_html("<p>x</p>", b)) end, "bad argument #2 to 'parse_html'",
      NOT_TABLE },
    { "dl.parse_html opts.title", function(b) return (dl.parse_html("<p>x</p>", { title = b })) end,
      "bad option 'title'", { { "a number", 42 }, { "a table", {} } } },
    { "html.extract html", function(b) return (html.extract(b)) end, "bad argument #1 to 'extract'" },
    { "html.extract opts", function(b) return (html.extract("<p>x</p>", b)) end, "bad argument #2 to 'extract'",
      NOT_TABLE },
    { "dl.date string", function(b) return (dl.date(b)) end, "bad argument #1 to 'date'" },
    { "dl.date opts", function(b) return (dl.date("2024-01-01", b)) end, "bad argument #2 to 'date'", NOT_TABLE },
    { "dl.date opts.ref", function(b) return (dl.date("today", { ref = b })) end, "bad option 'ref'" },
    { "dl.date.parse string", function(b) return (dl.date.parse(b)) end, "bad argument #1 to 'date'" },
    { "dl.date.from_timex value", function(b) return (dl.date.from_timex(b)) end, "bad argument #1 to 'from_timex'" },
    { "dl.date.tz_offset zone", function(b) return (dl.date.tz_offset(b, d)) end, "bad argument #1 to 'tz_offset'",
      NOT_STRING },
    { "dl.date.tz_offset date", function(b) return (dl.date.tz_offset("Europe/Paris", b)) end,
      "bad argument #2 to 'tz_offset'" },
    { "dl.date.tz_offset root", function(b) return (dl.date.tz_offset("Europe/Paris", d, b)) end,
      "bad argument #3 to 'tz_offset'", NOT_STRING },
    { "dl.gazetteer entries", function(b) return (dl.gazetteer(b)) end, { "bad argument #1 to '", "gazetteer' (table expected" },
      NOT_TABLE },
    { "dl.gazetteer entry", function(b) return (dl.gazetteer({ b })) end, "bad gazetteer entry #1" },
    { "dl.gazetteer opts", function(b) return (dl.gazetteer({}, b)) end,
      { "bad argument #2 to '", "gazetteer' (table of options expected" },
      { { "a number", 42 }, { "a boolean", true }, { "a function", print } } },
    { "dl.corpus paths", function(b) return (dl.corpus(b)) end, "bad argument #1 to 'corpus'",
      { { "a number", 42 }, { "a boolean", true }, { "a function", print } } },
    { "Date:iso self", function(b) return (d.iso(b)) end, "bad argument #1 to 'iso' (dateline.Date expected" },
    { "Date:weekday self", function(b) return (d.weekday(b)) end, "bad argument #1 to 'weekday'" },
    { "Date:isoweek self", function(b) return (d.isoweek(b)) end, "bad argument #1 to 'isoweek'" },
    { "Date:utc self", function(b) return (d.utc(b)) end, "bad argument #1 to 'utc'" },
    { "Date:first self", function(b) return (d.first(b)) end, "bad argument #1 to 'first'" },
    { "Date:last self", function(b) return (d.last(b)) end, "bad argument #1 to 'last'" },
    { "Date:epoch self", function(b) return (d.epoch(b)) end, "bad argument #1 to 'epoch'" },
    { "Date:format format", function(b) return (d:format(b)) end, "bad argument #1 to 'format'", NOT_STRING },
    { "Date:add amounts", function(b) return (d:add(b)) end, "bad argument #1 to 'add'",
      { { "a number", 42 }, { "a boolean", true }, { "a function", print } } },
    { "Date:add amounts.days", function(b) return (d:add({ days = b })) end, "days: integer expected",
      NOT_STRING },
    { "Date:tz zone", function(b) return (d:tz(b)) end, "bad argument #1 to 'tz'", NOT_STRING },
    -- Lua 5.1 and LuaJIT compare values of different types without calling
    -- __lt ("attempt to compare userdata with number"): checked on 5.2+ only.
    { "Date < x", function(b) return (d < b) end, "dateline.Date expected", skip = _VERSION == "Lua 5.1" },
    { "Date - x", function(b) return (d - b) end, "dateline.Date expected" },
    { "Article:paragraphs self", function(b) return (a.paragraphs(b)) end,
      "bad argument #1 to 'paragraphs' (dateline.Article expected" },
    { "Article:sentences self", function(b) return (a.sentences(b)) end,
      "bad argument #1 to 'sentences' (dateline.Article expected" },
    { "Article:timexes self", function(b) return (a.timexes(b)) end,
      "bad argument #1 to 'timexes' (dateline.Article expected" },
    { "Article:quotes self", function(b) return (a.quotes(b)) end,
      "bad argument #1 to 'quotes' (dateline.Article expected" },
    { "Article:entities self", function(b) return (a.entities(b)) end,
      "bad argument #1 to 'entities' (dateline.Article expected" },
    { "Article:timeml self", function(b) return (a.timeml(b)) end,
      "bad argument #1 to 'timeml' (dateline.Article expected" },
    { "Article:match pattern", function(b) return (a:match(b)) end, "bad argument #1 to 'match'" },
    { "Article:gmatch pattern", function(b) return (a:gmatch(b)) end, "bad argument #1 to 'gmatch'" },
    { "Article:totable self", function(b) return (a.totable(b)) end,
      "bad argument #1 to 'totable' (dateline.Article expected" },
    { "Article:tojson self", function(b) return (a.tojson(b)) end,
      "bad argument #1 to 'tojson' (dateline.Article expected" },
    { "Article:match self", function(b) return (a.match(b, "x")) end,
      "bad argument #1 to 'match' (dateline.Article expected" },
    { "Article:gmatch self", function(b) return (a.gmatch(b, "x")) end,
      "bad argument #1 to 'gmatch' (dateline.Article expected" },
    { "dl.lpeg.match article", function(b) return (lp.match(b, "x")) end,
      "bad argument #1 to 'match' (dateline.Article expected" },
    { "dl.lpeg.gmatch pattern", function(b) return (lp.gmatch(a, b)) end, "bad argument #1 to 'gmatch' (LPeg pattern" },
    { "Article:entities type", function(b) return (a:entities(b)) end,
      { "bad argument #1 to 'entities'", '"PERSON", "LOCATION", "ORGANIZATION" or "MISC" expected' },
      { { "a number", 42 }, { "a boolean", true }, { "a table", {} }, { "an unknown type", "FOO" },
        { "a lower-case type", "person" } } },
    { "Article:paragraphs opts", function(b) return (a:paragraphs(b)) end,
      "bad argument #1 to 'paragraphs' (table expected", NOT_TABLE },
    { "Article:timeml docid", function(b) return (a:timeml(b)) end, "bad argument #1 to 'timeml' (docid: string",
      NOT_STRING },
    { "corpus.timeline items", function(b) return (corpus.timeline(b)) end,
      "bad argument #1 to 'timeline' (items: table or iterator expected",
      { { "a number", 42 }, { "a boolean", true }, { "a string", "x" } } },
    { "corpus.timeline item", function(b) return (corpus.timeline({ b })) end,
      "bad argument #1 to 'timeline' (item #1: table expected",
      { { "a number", 42 }, { "a boolean", true }, { "a string", "x" }, { "a function", print } } },
    { "corpus.counts iter", function(b) return (corpus.counts(b)) end,
      "bad argument #1 to 'counts' (table or iterator expected",
      { { "a number", 42 }, { "a boolean", true }, { "a string", "x" } } },
    { "corpus.counts key", function(b) return (corpus.counts({ "x" }, b)) end,
      -- (a string names the field counted: corpus_spec)
      "bad argument #2 to 'counts' (function or field name expected",
      { { "a number", 42 }, { "a boolean", true }, { "a table", {} } } },
    { "corpus.cooccur article", function(b) return (corpus.cooccur(b, "PERSON", "LOCATION")) end,
      "bad argument #1 to 'cooccur' (dateline.Article expected" },
    { "corpus.cooccur type1", function(b) return (corpus.cooccur(a, b, "LOCATION")) end,
      { "bad argument #2 to 'cooccur'", '"PERSON", "LOCATION", "ORGANIZATION" or "MISC" expected' },
      { { "a number", 42 }, { "a table", {} }, { "an unknown type", "FOO" } } },
    { "corpus.cooccur type2", function(b) return (corpus.cooccur(a, "PERSON", b)) end,
      "bad argument #3 to 'cooccur'", { { "a boolean", true }, { "an unknown type", "people" } } },
    { "corpus.who_said_what article", function(b) return (corpus.who_said_what(b)) end,
      "bad argument #1 to 'who_said_what' (dateline.Article expected" },
    { "corpus.lang_of article", function(b) return (corpus.lang_of(b)) end,
      "bad argument #1 to 'lang_of' (dateline.Article expected" },
    { "Corpus:each fn", function(b) return (dl.corpus({}):each(b)) end, "bad argument #1 to 'each' (function expected",
      { { "a number", 42 }, { "a boolean", true }, { "a table", {} }, { "a string", "x" } } },
    { "Corpus:map fn", function(b) return (dl.corpus({}):map(b)) end, "bad argument #1 to 'map' (function expected",
      { { "a number", 42 }, { "a boolean", true }, { "a table", {} }, { "a string", "x" } } },
    { "Corpus:filter fn", function(b) return (dl.corpus({}):filter(b)) end,
      "bad argument #1 to 'filter' (function expected",
      { { "a number", 42 }, { "a boolean", true }, { "a table", {} }, { "a string", "x" } } },
    { "Corpus:each self", function(b) return (corpus.Corpus.each(b, print)) end,
      "bad argument #1 to 'each' (dateline.Corpus expected" },
    { "report.render corpus", function(b) return (report.render(b)) end,
      "bad argument #1 to 'render' (dateline.Corpus or array of articles expected",
      { { "a number", 42 }, { "a boolean", true }, { "a string", "x" }, { "a function", print } } },
    { "report.render article", function(b) return (report.render({ b })) end,
      "bad argument #1 to 'render' (dateline.Article expected" },
    { "report.render opts", function(b) return (report.render({}, b)) end, "bad argument #2 to 'render' (table expected",
      NOT_TABLE },
    { "report.days iso", function(b) return (report.days(b)) end, "bad argument #1 to 'days' (string expected",
      NOT_STRING },
    { "report.highlight text", function(b) return (report.highlight(b, {})) end,
      "bad argument #1 to 'highlight' (string expected", NOT_STRING },
    { "report.highlight spans", function(b) return (report.highlight("x", b)) end,
      "bad argument #2 to 'highlight' (table expected", NOT_TABLE },
    { "dl.lpeg.new opts", function(b) return (lp.new(b)) end, "bad argument #1 to 'new'",
      { { "a number", 42 }, { "a boolean", true }, { "a function", print } } },
  }

  local function names_it(want, err)
    for _, w in ipairs(type(want) == "table" and want or { want }) do
      assert.matches(w, tostring(err), 1, true)
    end
  end

  for _, c in ipairs(cases) do
    if not c.skip then   -- c.skip: the language itself raises (see the case)
      for _, bad in ipairs(c[4] or BAD) do
        it(c[1] .. " given " .. bad[1] .. " raises an error naming it", function()
          local ok, err = pcall(c[2], bad[2])
          assert.is_false(ok)
          names_it(c[3], err)
        end)
      end
      it(c[1] .. " given nil raises an error naming it (or takes the default)", function()
        local ok, err = pcall(c[2], nil)
        if not ok then names_it(c[3], err) end
      end)
    end
  end

  it("errors point at the caller's line, not inside dateline", function()
    local here = debug.getinfo(1, "S").short_src
    for _, f in ipairs({
      function() return (a.totable(42)) end,
      function() return (a:entities("FOO")) end,
      function() return (corpus.counts(42)) end,
      function() return (report.days(42)) end,
      function() return (dl.date.tz_offset(42, d)) end,
      function() return (a:match(42)) end,
    }) do
      local ok, err = pcall(f)
      assert.is_false(ok)
      assert.matches(here, tostring(err), 1, true)
    end
  end)
end)

-- Work caps (DL_MAX_*): reaching one is a clear error naming the limit, or
-- the documented truncation.
describe("work caps", function()
  it("DL_MAX_HTML: a page over 64 MiB is an error naming the limit", function()
    local ok, err = pcall(dl.parse_html, "<p>" .. ("x"):rep(64 * 1024 * 1024) .. "</p>")
    assert.is_false(ok)
    assert.matches("HTML too large (limit is 67108864 bytes)", err, 1, true)
  end)

  it("DL_MAX_DATE_STRING: a date string over 256 bytes is nil, a message naming the limit", function()
    local d, msg, pos = dl.date(("9"):rep(257))
    assert.is_nil(d)
    assert.matches("DL_MAX_DATE_STRING = 256", msg, 1, true)
    assert.equals(257, pos)
    assert.is_nil((dl.date(("9"):rep(256))))   -- not a date, but read
  end)

  it("DL_MAX_GAZ_NAME: a gazetteer name or alias over 256 bytes is an error", function()
    assert.truthy(dl.gazetteer({ { ("A"):rep(256), type = "PERSON" } }))
    local ok, err = pcall(dl.gazetteer, { { ("A"):rep(257), type = "PERSON" } })
    assert.is_false(ok)
    assert.matches("bad gazetteer entry #1", err, 1, true)
    assert.matches("limit is 256 bytes", err, 1, true)
    ok, err = pcall(dl.gazetteer, { { "Ann", type = "PERSON", aliases = { ("A"):rep(257) } } })
    assert.is_false(ok)
    assert.matches("too long alias", err, 1, true)
    assert.matches("limit is 256 bytes", err, 1, true)
  end)

  it("DL_MAX_DATE_FORMAT: a format string over 4096 bytes is an error naming the limit", function()
    local d = dl.date("2024-05-01")
    assert.equals(("2024"):rep(1000), d:format(("%Y"):rep(1000)))
    local ok, err = pcall(d.format, d, ("%Y"):rep(3000))
    assert.is_false(ok)
    assert.matches("format longer than 4096 bytes", err, 1, true)
  end)

  it("DL_MAX_HTML_AUTHORS and DL_MAX_HTML_META: authors and metadata are truncated", function()
    local authors = {}
    for i = 1, 20 do
      authors[i] = ('<meta name="author" content="Writer%s Person">'):format(string.char(64 + i))
    end
    local page = "<html><head><title>" .. ("T"):rep(5000) .. "</title>" .. table.concat(authors)
      .. "</head><body><article><p>" .. ("Words go here. "):rep(50) .. "</p></article></body></html>"
    local a = dl.parse_html(page)
    assert.equals(16, #a.authors)
    assert.is_true(#a.title < 2048 and #a.title > 2000)
  end)

  it("DL_MAX_MENTIONS: entity mentions past 100,000 are dropped", function()
    local text = ("Paris and Berlin met. "):rep(60000)
    local n = 0
    for e in dl.parse(text):entities() do n = n + #e.mentions end
    assert.equals(100000, n)
  end)

  it("DL_MAX_MENTIONS: a nationality's mentions inside titled names stay within it", function()
    -- 80,000 mentions before the nationalities' 40,000: the first 20,000 fit
    local text = ("Chilean President Ana Rojas met Kenyan envoys. "):rep(40000)
    local n, per = 0, {}
    for e in dl.parse(text):entities() do n = n + #e.mentions; per[e.name] = #e.mentions end
    assert.equals(100000, n)
    assert.equals(40000, per["Ana Rojas"])
    assert.equals(20000, per.Chilean)
  end)

  it("DL_MAX_SENT_TOKENS: dates after a 2,000-token sentence are still found", function()
    local text = "LONDON, May 1 (Reuters) - " .. ("word "):rep(2000) .. "on 12 March 2024 and "
      .. ("more "):rep(600) .. "on 3 April 2024."
    local v = values(dl.timexes(text))
    assert.truthy(v:find("2024-03-12", 1, true))
    assert.truthy(v:find("2024-04-03", 1, true))
  end)

  it("DL_MAX_QUOTE_LOOKAHEAD: a speaker named far after the quote is not taken", function()
    local near = dl.parse("\"We are ready,\" said Anna Berg.\n")
    assert.equals("Anna Berg", near:quotes()().speaker)
    local far = dl.parse("\"We are ready,\" " .. ("and so on "):rep(40) .. "said Anna Berg.\n")
    local q = far:quotes()()
    assert.truthy(q)
    assert.is_nil(q.speaker)
  end)

  it("DL_MAX_TZ_NAME: an over-long zone name gives nil and a message", function()
    local m, msg = dl.date.tz_offset(("A"):rep(300), dl.date("2024-05-01"))
    assert.is_nil(m)
    assert.matches("time zone name too long (300 bytes, limit is 255 bytes)", msg, 1, true)
    local r
    r, msg = dl.date("2024-05-01"):tz(("A"):rep(256))
    assert.is_nil(r)
    assert.matches("limit is 255 bytes", msg, 1, true)
  end)
end)
