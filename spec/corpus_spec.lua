-- dateline.corpus: reading corpora, streaming, errors, analysis helpers.
local dl = require "dateline"
local corpus = require "dateline.corpus"
local compat = require "support.compat"

local function tmpdir()
  local d = os.tmpname()
  os.remove(d)
  assert(os.execute("mkdir -p '" .. d .. "'"))
  return d
end

local function write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

local function ids(c)
  local t = {}
  for a in c:articles() do t[#t + 1] = a.id end
  return t
end

-- Run Lua code in a child process, in folder `cwd`, with this checkout's
-- modules; its stdout, stderr and exit code.
local ROOT = io.popen("pwd"):read("*l")
local function child(cwd, code)
  local cmd = string.format("cd '%s' && LUA_PATH='%s/lua/?.lua;%s/lua/?/init.lua;;' "
    .. "LUA_CPATH='%s/%s/?.so;;' %s -e '%s'", cwd, ROOT, ROOT, ROOT, compat.build, compat.lua, code)
  return compat.run(cmd)
end

local A1 = "PARIS, May 14 (AFP) - Ministers met on Tuesday. \"We agreed,\" Anna Berg said.\n"
local A2 = "LONDON, June 3 (Reuters) - Shares rose on Monday.\n"

describe("dl.corpus", function()
  local dir
  before_each(function()
    dir = tmpdir()
    write(dir .. "/a.txt", A1)
    write(dir .. "/b.txt", A2 .. "\f" .. A1)
    write(dir .. "/c.jsonl", '{"id":"j1","text":"' .. A2:gsub("\n", "\\n") .. '","date":"2024-06-03"}\n'
      .. '\n' .. '{"id":"j2","html":"<html><body><h1>Port closes</h1><p>VALPARAISO, Chile, '
      .. 'Aug 9 - Fog closed the port on Friday, the authority said.</p></body></html>"}\n')
    write(dir .. "/refs.tsv", "a.txt\t2024-05-14\n")
    write(dir .. "/README.md", "not an article\n")
  end)
  after_each(function() os.execute("rm -rf '" .. dir .. "'") end)

  it("is the function of dateline.corpus", function()
    assert.equals(corpus.new, dl.corpus)
  end)

  it("reads a folder: .txt files, form-feed separated articles and JSON lines, sorted by name", function()
    assert.same({ "a", "b", "b#2", "j1", "j2" }, ids(dl.corpus(dir)))
  end)

  it("takes publication dates from refs.tsv and from the JSON date field", function()
    local dates = {}
    for a in dl.corpus(dir):articles() do dates[a.id] = a.date end
    assert.equals("2024-05-14", dates.a)
    assert.equals("2024-06-03", dates.j1)
  end)

  it("parses the html field of a JSON line as a web page", function()
    local c = dl.corpus(dir .. "/c.jsonl")
    local it = c:articles()
    it()
    local a = it()
    assert.equals("j2", a.id)
    assert.equals("VALPARAISO, Chile", a.dateline.place)
  end)

  it("lets a web page's own publication date win over the corpus's ref", function()
    assert(os.execute("mkdir -p '" .. dir .. "/p'"))
    local body = '<p>HALDEN - The ferry resumed service on Friday, the operator said.</p>'
    write(dir .. "/p/dated.html", '<html><head><meta property="article:published_time" '
      .. 'content="2024-09-04T08:00:00Z"></head><body><article><h1>Ferry back</h1>'
      .. body .. '</article></body></html>')
    write(dir .. "/p/undated.html", '<html><body><article><h1>Ferry back</h1>'
      .. body .. '</article></body></html>')
    local got = {}
    for a in dl.corpus(dir .. "/p", { ref = "2024-10-16" }):articles() do
      local t = a:timexes()()
      got[a.id] = { a.date, t and t.value }
    end
    -- as a JSON line's date field does; the ref serves the page without one
    assert.same({ "2024-09-04", "2024-08-30" }, got.dated)
    assert.same({ "2024-10-16", "2024-10-11" }, got.undated)
  end)

  it("counts each run afresh: narticles and nerrors after a second pass", function()
    assert(os.execute("mkdir -p '" .. dir .. "/e'"))
    write(dir .. "/e/a.txt", A1)
    write(dir .. "/e/empty.txt", "")
    local c = dl.corpus(dir .. "/e", { on_error = function() end })
    for _ in c:articles() do end
    assert.same({ 1, 1, 1 }, { c.narticles, c.nerrors, #c.errors })
    c:map(function(a) return a.id end)
    assert.same({ 1, 1, 1 }, { c.narticles, c.nerrors, #c.errors })
    local f = c:filter(function() return true end)
    f:each(function() end)
    f:each(function() end)
    assert.equals(1, f.narticles)
  end)

  -- JSON-lines exports name their fields their own way: one case per line
  -- of the fixture, whose "expect_" field says what the article gets
  local cjson_ok, cjson = pcall(require, "cjson")
  local ncase = 0
  for line in io.lines("spec/fixtures/corpus_fields.jsonl") do
    ncase = ncase + 1
    local case = ncase
    it("maps the fields of JSON-lines export #" .. case .. " (" .. line:sub(1, 60) .. "...)", function()
      assert(cjson_ok, "needs lua-cjson")
      local want = cjson.decode(line).expect_
      write(dir .. "/x.jsonl", line .. "\n")
      local got = {}
      for a in dl.corpus(dir .. "/x.jsonl"):articles() do got[#got + 1] = a end
      assert.equals(1, #got)
      local a = got[1]
      assert.equals(want.id, a.id)
      assert.equals(want.title, a.title)
      assert.equals(want.ref, a.ref)
      assert.equals(want.url, a.url)
      -- the writers an author field names (no agencies, no roles), or none
      assert.same(want.authors, a.authors)
      assert.equals("PORTO", a.dateline and a.dateline.place)
      local first
      for p in a:paragraphs() do first = first or p.text end
      assert.matches("^PORTO, March 3 %(Reuters%) %- The city council", first)
      if want.values then   -- read in the record's own language
        local values = {}
        for t in a:timexes() do values[#values + 1] = t.value end
        assert.same(want.values, values)
      end
    end)
  end

  it("takes refs.tsv dates by file name or article id, in any form a JSON date field takes", function()
    -- an analyst copies the ids the tool prints (`a`, not `a.txt`), writes
    -- a header row and `March 3, 2025`: those were skipped in silence
    write(dir .. "/refs.tsv", "file\tdate\r\na\t2024-05-14\r\nb.txt\tJune 4, 2024\tchecked\n"
      .. "# a comment\n\nc\tsoon\n")
    local dates, errs = {}, {}
    for a in dl.corpus(dir, { on_error = function(e) errs[#errs + 1] = e end }):articles() do
      dates[a.id] = a.date
    end
    assert.equals("2024-05-14", dates.a)
    assert.equals("2024-06-03", dates.b)     -- its dateline, June 3, nearest the ref
    assert.equals("2024-05-14", dates["b#2"])   -- A1, May 14, in the year of b's ref
    -- a line without a day is reported with its line; the header is not
    assert.equals(1, #errs)
    assert.equals(6, errs[1].line)
    assert.matches("refs.tsv$", errs[1].file)
    assert.equals("file<TAB>date expected, the date naming a day (2025-03-03, March 3, 2025)",
      errs[1].reason)
  end)

  it("names the fields of a JSON line that has no text field", function()
    -- an export of its own naming (`story_text`) shows at once
    write(dir .. "/x.jsonl", '{"id": "q1", "story_text": "x", "date": "2025-03-03"}\n[1]\n')
    local errs = {}
    for _ in dl.corpus(dir .. "/x.jsonl", { on_error = function(e) errs[#errs + 1] = e.reason end })
      :articles() do end
    assert.equals('no "text" (or "body", "content", "html") string field '
      .. '(its fields: "date", "id", "story_text")', errs[1])
  end)

  it("says how to iterate when the corpus itself is put in a for loop", function()
    local ok, err = pcall(function() for _ in dl.corpus(dir) do end end)
    assert.is_false(ok)
    assert.matches("a dateline.Corpus is not an iterator: for a in c:articles() do ... end", err, 1, true)
  end)

  it("reads a JSON line with an unpaired surrogate escape, as U+FFFD", function()
    -- an emoji cut in two by a scraper: lua-cjson refused the whole line
    write(dir .. "/x.jsonl", '{"id": "s1", "date": "2025-03-03", "title": "Tram \\ud83d", "text": "PORTO, March 3 '
      .. '(Reuters) - The council \\ud83d\\ude00 approved it \\udc00 on Monday, \\\\ud800 kept."}\n')
    local got, errors = {}, 0
    local c = dl.corpus(dir .. "/x.jsonl", { on_error = function() errors = errors + 1 end })
    for a in c:articles() do got[#got + 1] = a end
    assert.equals(0, errors)
    assert.equals(1, #got)
    assert.equals("Tram \239\191\189", got[1].title)
    assert.truthy(got[1].text:find("council \240\159\152\128 approved it \239\191\189 on Monday, "
      .. "\\ud800 kept.", 1, true))
    assert.equals("2025-03-03", got[1].date)
  end)

  it("reads a JSON line with a raw NUL byte in a string, as its escape", function()
    -- lua-cjson stopped there: "unexpected end of string", the article lost
    write(dir .. "/x.jsonl", '{"id": "n1", "date": "2025-03-03", "text": "PORTO, March 3 (Reuters) - '
      .. 'The council\0 voted on Monday."}\n{"id": "n2", bad}\n')
    local got, errs = {}, {}
    local c = dl.corpus(dir .. "/x.jsonl", { on_error = function(e) errs[#errs + 1] = e end })
    for a in c:articles() do got[#got + 1] = a end
    -- Lua 5.1/5.2 and LuaJIT read a line only up to its NUL (fgets): there
    -- the line is cut and reported, not read
    write(dir .. "/nul.txt", "a\0b\n")
    local h = io.open(dir .. "/nul.txt", "rb")
    local whole = #h:read("*l") == 3
    h:close()
    if not whole then return end
    assert.equals(1, #got)
    assert.equals("n1", got[1].id)
    assert.truthy(got[1].text:find("council\0 voted", 1, true))
    assert.equals("2025-03-03", got[1]:timexes()().value)
    assert.equals(1, #errs)   -- a line that is no JSON keeps its own message
    assert.matches("^not a JSON line %(Expected object key string", errs[1].reason)
  end)

  it("reads files that open with a UTF-8 byte order mark", function()
    local bom = "\239\187\191"
    local sub = dir .. "/bom"
    assert(os.execute("mkdir -p '" .. sub .. "'"))
    write(sub .. "/b.jsonl", bom .. '{"id": "b1", "text": "The port reopened on Monday."}\n'
      .. '{"id": "b2", "text": "The port closed on Tuesday."}\n')
    write(sub .. "/t.txt", "The port reopened on Monday.")
    write(sub .. "/refs.tsv", bom .. "t.txt\t2025-03-03\n")
    local errors = 0
    assert.same({ "b1", "b2" }, ids(dl.corpus(sub .. "/b.jsonl",
      { on_error = function() errors = errors + 1 end })))
    assert.equals(0, errors)
    local f = assert(io.open(sub .. "/b.jsonl", "rb"))
    assert.same({ "b1", "b2" }, ids(dl.corpus("-", { stdin = f })))
    f:close()
    for a in dl.corpus(sub .. "/t.txt"):articles() do assert.equals("2025-03-03", a.date) end
    os.execute("rm -rf '" .. sub .. "'")
  end)

  it("reads CSV and TSV exports: a header row, one article a record", function()
    local sub = dir .. "/csv"
    assert(os.execute("mkdir -p '" .. sub .. "'"))
    -- quoted fields over several lines, doubled quotes, CRLF, capitalized names
    write(sub .. "/news.csv", 'ID,Title,Date,Content\r\n'
      .. 'c1,"Port, strike ends",1746662400,"VALPARAISO, Chile, May 6 (Reuters) - Dock workers '
      .. 'ended a strike on Tuesday.\r\n\r\n""We will be back tomorrow,"" Jorge Soto said."\r\n'
      .. 'c2,Rates held,2025-02-05,"NAIROBI, Feb 5 - The bank held its rate on Wednesday."\r\n')
    write(sub .. "/more.tsv", "id\ttext\tpublished_at\n"
      .. "t1\tThe port reopened on Monday.\t2025-03-05\n")
    write(sub .. "/figures.csv", "year,count\n2024,3\n2025,4\n")
    write(sub .. "/refs.tsv", "x.txt\t2025-03-03\n")
    local errors = {}
    local got = {}
    for a in dl.corpus(sub, { on_error = function(e) errors[#errors + 1] = e end }):articles() do
      got[#got + 1] = a
    end
    os.execute("rm -rf '" .. sub .. "'")
    -- figures.csv is no articles: one report; refs.tsv is not read as one
    assert.equals(1, #errors)
    assert.matches("figures%.csv$", errors[1].file)
    assert.equals(3, #got)
    local c1, c2, t1 = got[2], got[3], got[1]   -- more.tsv, then news.csv
    assert.equals("c1", c1.id)
    assert.equals("Port, strike ends", c1.title)
    assert.equals("2025-05-06", c1.date)
    assert.equals(2, c1.line)
    assert.equals("VALPARAISO, Chile", c1.dateline.place)
    local q = c1:quotes()()
    assert.equals("Jorge Soto", q.speaker)
    assert.equals("We will be back tomorrow,", q.text)
    assert.equals("c2", c2.id)
    assert.equals(5, c2.line)
    assert.equals("2025-02-05", c2.date)
    assert.equals("t1", t1.id)
    assert.equals("2025-03-05", t1.ref)
  end)

  it("reads a quote mark inside an unquoted CSV or TSV field as text", function()
    -- (an odd '"' mid-field opens no quoted field: the rows after it stay rows)
    write(dir .. "/inch.tsv", "id\ttext\n"
      .. "i1\tLONDON - He stood 6'2\" tall, officials said on Monday.\n"
      .. "i2\tPARIS - Talks resume on Tuesday, officials said.\n")
    write(dir .. "/inch.csv", 'id,text\n'
      .. 'i3,He is 6\'2" tall said Lee on Monday.\n'
      .. 'i4,"PARIS - Talks resume on Tuesday, ""officials"" said."\n')
    local errors, got_ids, texts = {}, {}, {}
    for _, f in ipairs({ "/inch.tsv", "/inch.csv" }) do
      for a in dl.corpus(dir .. f, { on_error = function(e) errors[#errors + 1] = e end })
          :articles() do
        got_ids[#got_ids + 1] = a.id
        texts[#texts + 1] = a.text
      end
      os.remove(dir .. f)
    end
    assert.same({}, errors)
    assert.same({ "i1", "i2", "i3", "i4" }, got_ids)
    assert.equals("LONDON - He stood 6'2\" tall, officials said on Monday.", texts[1])
    assert.equals('PARIS - Talks resume on Tuesday, "officials" said.', texts[4])
  end)

  it("reports a CSV quoted field left open at the end of the file", function()
    write(dir .. "/open.csv", 'id,text\nz1,"The port reopened on Monday.\n')
    local errors = {}
    local n = 0
    for _ in dl.corpus(dir .. "/open.csv", { on_error = function(e) errors[#errors + 1] = e end })
        :articles() do n = n + 1 end
    os.remove(dir .. "/open.csv")
    assert.equals(0, n)
    assert.equals(1, #errors)
    assert.equals(2, errors[1].line)
    assert.matches("not closed", errors[1].reason)
  end)

  it("expands globs", function()
    assert.same({ "a", "b", "b#2" }, ids(dl.corpus(dir .. "/*.txt")))
  end)

  it("reads gzip-compressed files through gzip -dc", function()
    assert(os.execute("gzip -c '" .. dir .. "/c.jsonl' > '" .. dir .. "/d.jsonl.gz'"))
    assert.same({ "j1", "j2" }, ids(dl.corpus(dir .. "/d.jsonl.gz")))
  end)

  it("reads standard input, sniffing JSON lines", function()
    local f = assert(io.open(dir .. "/c.jsonl", "rb"))
    assert.same({ "j1", "j2" }, ids(dl.corpus("-", { stdin = f })))
    f:close()
  end)

  it("reports a bad line with file, line and reason, and goes on", function()
    write(dir .. "/bad.jsonl", '{"id":"ok1","text":"Hello."}\n{"id": broken\n{"id":"nt"}\n{"id":"ok2","text":"Bye."}\n')
    local errs = {}
    local c = dl.corpus(dir .. "/bad.jsonl", { on_error = function(e) errs[#errs + 1] = e end })
    assert.same({ "ok1", "ok2" }, ids(c))
    assert.equals(2, #errs)
    assert.equals(dir .. "/bad.jsonl", errs[1].file)
    assert.equals(2, errs[1].line)
    assert.matches("^not a JSON line %(", errs[1].reason)
    assert.equals(3, errs[2].line)
    assert.matches("text", errs[2].reason)
    assert.equals(2, c.nerrors)
    -- a line cut short: lua-cjson's token names (T_END) said in words
    write(dir .. "/cut.jsonl", '{"id":"c1","text":"Hello."\n')
    errs = {}
    for _ in dl.corpus(dir .. "/cut.jsonl", { on_error = function(e) errs[#errs + 1] = e end }):articles() do end
    assert.equals("not a JSON line (Expected comma or object end but found the end of the line at character 27)",
      errs[1].reason)
  end)

  it("reports a missing file and an empty one", function()
    write(dir .. "/empty.txt", "  \n")
    local errs = {}
    local c = dl.corpus({ dir .. "/nope.txt", dir .. "/empty.txt", dir .. "/a.txt" },
      { on_error = function(e) errs[#errs + 1] = e.reason end })
    assert.same({ "a" }, ids(c))
    assert.same({ "no such file or folder", "empty document" }, errs)
  end)

  it("has map, filter and each", function()
    local c = dl.corpus(dir)
    assert.same({ "a", "b", "b#2", "j1", "j2" }, c:map(function(a) return a.id end))
    local paris = c:filter(function(a) return a.dateline and a.dateline.place == "PARIS" end)
    assert.same({ "a", "b#2" }, ids(paris))
    local n = 0
    assert.equals(5, c:each(function() n = n + 1 end))
    assert.equals(5, n)
  end)

  it("raises on a bad argument, naming it", function()
    assert.has_error(function() dl.corpus(42) end,
      "bad argument #1 to 'corpus' (string or table expected, got number)")
  end)

  it("raises on a path in the list that is no string or holds a NUL byte, naming it", function()
    assert.has_error(function() dl.corpus({ "samples/", 5 }) end,
      "bad argument #1 to 'corpus' (path [2]: string expected, got number)")
    assert.has_error(function() dl.corpus({ {} }) end,
      "bad argument #1 to 'corpus' (path [1]: string expected, got table)")
    assert.has_error(function() dl.corpus("samples/\0x") end,
      "bad argument #1 to 'corpus' (path [1] contains a NUL byte)")
  end)

  -- one case per line: options, then the message (a misspelt option used
  -- to be ignored: {fromat = "jsonl"} read the files by their names)
  local BAD_OPTS = {
    { { fromat = "jsonl" }, "bad option 'fromat' to 'corpus' (unknown; did you mean 'format'? the options are ref, dayfirst, "
      .. "anchor, lang, gazetteer, cst, format, refs, progress, on_error)" },
    { { title = "x" }, "bad option 'title' to 'corpus' (unknown;" },
    { { format = "xml" }, "bad option 'format' to 'corpus' (txt, jsonl, csv, tsv or html expected, got \"xml\")" },
    { { on_error = 5 }, "bad option 'on_error' to 'corpus' (function expected, got number)" },
    { { progress = "no" }, "bad option 'progress' to 'corpus' (boolean expected, got string)" },
    { { ref = 20250203 }, "bad option 'ref' (string expected, got number)" },
    { { ref = "last Monday" }, "bad option 'ref' (expected" },
    { { lang = "no" }, "bad option 'lang' (" },
  }
  for _, case in ipairs(BAD_OPTS) do
    local opts, msg = case[1], case[2]
    local k = next(opts)
    it("raises when opened with a bad option " .. k .. " = " .. tostring(opts[k]), function()
      local ok, err = pcall(dl.corpus, dir, opts)
      assert.is_false(ok)
      assert.truthy(err:find(msg, 1, true), err)
    end)
  end

  it("opens with every documented option", function()
    local c = dl.corpus(dir, { ref = "2025-02-03", dayfirst = true, anchor = "ref", lang = "en",
      cst = "china", format = "txt", refs = false, progress = false, on_error = function() end })
    assert.equals("dateline.Corpus", tostring(c):match("^[%w.]+"))
  end)

  it("reads a relative folder whose name starts with '-' as a folder, not a find expression", function()
    assert(os.execute("mkdir '" .. dir .. "/-print'"))
    write(dir .. "/-print/x.txt", A2)
    write(dir .. "/top.txt", A1)
    local code = [[local c = require("dateline.corpus")
      for _, p in ipairs({ "-print", "-print/*.txt" }) do
        local t = {}
        for a in c.new(p, { on_error = function(e) t[#t + 1] = "error " .. e.reason end }):articles() do
          t[#t + 1] = a.file
        end
        print(table.concat(t, ","))
      end]]
    local out, err, rc = child(dir, code)
    assert.equals(0, rc, err)
    assert.equals("-print/x.txt\n-print/x.txt\n", out)
  end)

  it("follows symbolic links to files and folders", function()
    assert(os.execute("mkdir '" .. dir .. "/real' '" .. dir .. "/in'"))
    write(dir .. "/real/r.txt", A2)
    assert(os.execute("ln -s ../a.txt '" .. dir .. "/in/link.txt' && ln -s ../real '" .. dir .. "/in/sub'"))
    local files = {}
    for a in dl.corpus(dir .. "/in"):articles() do files[#files + 1] = a.file end
    assert.same({ dir .. "/in/link.txt", dir .. "/in/sub/r.txt" }, files)
  end)

  it("reads a file whose name has a newline", function()
    assert(os.execute("mkdir '" .. dir .. "/nl'"))
    write(dir .. "/nl/two\nlines.txt", A2)
    local errs = {}
    local c = dl.corpus(dir .. "/nl", { on_error = function(e) errs[#errs + 1] = e.reason end })
    assert.same({ "two\nlines" }, ids(c))
    assert.same({}, errs)
  end)

  -- (speed is measured by `make bench`, not here: no timed assertions)
  it("reads a big text file whole, then the article after a form feed", function()
    local path = dir .. "/big.txt"
    local f = assert(io.open(path, "wb"))
    local line = string.rep("x", 1023) .. "\n"
    local block = string.rep(line, 1024)            -- 1 MiB
    for _ = 1, 8 do f:write(block) end
    f:write("\f", A1)
    f:close()
    local c = dl.corpus(path)
    local sizes = {}
    for rec in c:records() do sizes[#sizes + 1] = #rec.text end
    assert.same({ 8 * 1024 * 1024, #A1 }, sizes)
  end)

  it("keeps gzip's messages out of the text and reports a truncated .gz", function()
    local big = {}
    for i = 1, 4000 do big[i] = string.format("Line %d of a long story was filed on Monday.\n", i) end
    write(dir .. "/long.txt", table.concat(big))
    assert(os.execute("gzip -c '" .. dir .. "/long.txt' | head -c 4000 > '" .. dir .. "/cut.txt.gz'"))
    local errs = {}
    local c = dl.corpus(dir .. "/cut.txt.gz", { on_error = function(e) errs[#errs + 1] = e.reason end })
    for a in c:articles() do
      assert.is_nil(a.text:find("gzip", 1, true))
      assert.is_nil(a.text:find("unexpected end", 1, true))
    end
    assert.equals(1, #errs)
    assert.matches("gzip %-dc failed .*truncated", errs[1])
  end)

  it("returns exactly an article, or nil and a reason, for a record", function()
    local c = dl.corpus(dir)
    assert.equals(2, select("#", corpus._make_article(c, { text = 42, file = "x" })))
    local a, why = corpus._make_article(c, { text = "Hi.", ref = "2024-13-45", file = "x" })
    assert.is_nil(a)
    assert.matches("bad option 'ref'", why, 1, true)
  end)

  it("draws the progress bar by wall time, not CPU time", function()
    -- a slow standard input: the reader waits, its CPU clock stands still
    local code = [[local c = require("dateline.corpus")
      c._stderr_tty = true
      local left = 5
      local slow = { read = function()
        if left == 0 then return nil end
        left = left - 1
        os.execute("sleep 0.4")
        return "LONDON, May 1 (Reuters) - Prices fell.\f"
      end }
      local n = 0
      for _ in c.new("-", { stdin = slow }):articles() do n = n + 1 end
      print(n)]]
    local out, err, rc = child(dir, code)
    assert.equals(0, rc, err)
    assert.equals("5\n", out)
    assert.matches("%d articles  %d+ articles/s", err)
  end)

  it("streams: memory stays flat over many articles", function()
    local path = dir .. "/many.jsonl"
    local f = assert(io.open(path, "wb"))
    for i = 1, 3000 do
      f:write(string.format('{"id":"%d","text":"BERLIN, May %d (Reuters) - Story number %d was filed on Monday."}\n',
        i, i % 28 + 1, i))
    end
    f:close()
    collectgarbage()
    local peak, n = 0, 0
    for _ in dl.corpus(path):articles() do
      n = n + 1
      if n % 500 == 0 then
        collectgarbage()
        peak = math.max(peak, collectgarbage("count"))
      end
    end
    assert.equals(3000, n)
    local base = collectgarbage("count")
    assert.is_true(peak < base + 2048, "memory grew with the number of articles")
  end)
end)

describe("corpus.timeline", function()
  it("sorts by date, coarser periods first, and leaves out what names no period", function()
    local items = { { value = "2024-10-22" }, { value = "2024-10" }, { value = "P3D" },
      { value = "2023" }, { value = "XXXX-10-22" }, { value = "2024-10-22TAF" }, { value = "2024-W43" } }
    local sorted, out = corpus.timeline(items)
    local v = {}
    for i, x in ipairs(sorted) do v[i] = x.value end
    assert.same({ "2023", "2024-10", "2024-W43", "2024-10-22", "2024-10-22TAF" }, v)
    assert.equals(2, #out)
    assert.equals("2024-10-21", sorted[3].key)
    assert.equals("week", sorted[3].granularity)
  end)

  it("calls a decade and a century so, not a year", function()
    -- "the 1970s" (197) printed granularity "year" in dateline timeline
    local sorted = corpus.timeline({ { value = "1975" }, { value = "197" }, { value = "19" },
      { value = "1970-03" } })
    local v = {}
    for i, x in ipairs(sorted) do v[i] = x.key .. " " .. x.granularity .. " " .. x.value end
    assert.same({ "1900-01-01 century 19", "1970-01-01 decade 197", "1970-03-01 month 1970-03",
      "1975-01-01 year 1975" }, v)
  end)
end)

describe("corpus.story_timexes", function()
  it("leaves out the timexes of the byline and the boilerplate lines", function()
    local a = dl.parse("Ferry service resumes\n\nUpdated 9:10 AM EST, March 4, 2025\n\n"
      .. "The ferry ran again on Monday after a week of ice.\n\n"
      .. "Copyright 2025 The Harbor Times. All rights reserved.", { ref = "2025-03-04" })
    local v = {}
    for i, t in ipairs(corpus.story_timexes(a)) do v[i] = t.text end
    assert.same({ "Monday", "a week" }, v)
    local all = 0
    for _ in a:timexes() do all = all + 1 end
    assert.is_true(all > #v)
  end)
end)

describe("corpus.names", function()
  local function ent(name, ty, n)
    local m = {}
    for i = 1, n or 1 do m[i] = { text = name, start = i, stop = i } end
    return { name = name, type = ty, mentions = m }
  end

  it("merges a surname used alone in another article into the corpus's full name", function()
    local a1 = dl.parse("OSLO, Feb 3 (Reuters) - Chile's Foreign Minister Tomás Barrera met Norway's "
      .. "Trade Minister Ingrid Halvorsen on Monday.", { ref = "2025-02-03" })
    local a2 = dl.parse('SANTIAGO, Feb 27 (AP) - "The complaint is ready," Barrera told the Senate.',
      { ref = "2025-02-27" })
    local names = corpus.names():add(a1):add(a2)
    local q = corpus.who_said_what(a2)[1]
    assert.equals("Barrera", q.speaker)
    assert.same({ "Tomás Barrera", "PERSON" }, { names:canonical(q.speaker) })
    assert.same({ "Ingrid Halvorsen", "PERSON" }, { names:canonical("Halvorsen") })
  end)

  it("takes a name hard-wrapped text breaks over two lines for the same name", function()
    local a1 = dl.parse("OSLO, Feb 3 (Reuters) - Chile's Foreign Minister Tomás Barrera met the\n"
      .. "trade ministers of Norway and Sweden in the capital on Monday to discuss\n"
      .. "the accord, according to Ingrid\nHalvorsen, a spokeswoman for the ministry.\n",
      { ref = "2025-02-03" })
    local a2 = dl.parse("OSLO, Feb 5 (Reuters) - Ingrid Halvorsen said the talks would go on.",
      { ref = "2025-02-05" })
    local names = corpus.names():add(a1):add(a2)
    assert.same({ "Ingrid Halvorsen", "PERSON" }, { names:canonical("Ingrid Halvorsen") })
    local n = 0
    for _, r in ipairs(names:list()) do
      if r.name:find("Halvorsen", 1, true) then n = n + 1; assert.equals("Ingrid Halvorsen", r.name) end
    end
    assert.equals(1, n)
  end)

  -- one case per line: entities added (name, type, mentions), the name asked, the answer
  local CASES = {
    { { { "Tomás Barrera", "PERSON", 3 }, { "Tomas Barrera", "PERSON", 1 } }, "Tomas Barrera", "Tomás Barrera" },
    { { { "Tomás Barrera", "PERSON", 1 }, { "Barrera", "ORGANIZATION", 1 } }, "Barrera", "Tomás Barrera" },
    { { { "Ana Soto", "PERSON", 1 }, { "Luis Soto", "PERSON", 1 } }, "Soto", nil },
    { { { "Ana Soto", "PERSON", 1 }, { "Soto", "PERSON", 1 }, { "Luis Soto", "PERSON", 2 } }, "Soto", "Soto" },
    { { { "Jorge Santiago", "PERSON", 1 }, { "Santiago", "LOCATION", 5 } }, "Santiago", "Santiago" },
    { { { "Anna van der Berg", "PERSON", 1 } }, "van der Berg", "Anna van der Berg" },
    { { { "Jean-Paul Morel", "PERSON", 1 }, { "Jean Paul Morel", "PERSON", 4 } }, "Jean-Paul Morel", "Jean Paul Morel" },
    { { { "Norway", "LOCATION", 1 } }, "Sweden", nil },
    { { { "John Paul Smith", "PERSON", 1 }, { "Paul Smith", "PERSON", 1 } }, "Paul Smith", "Paul Smith" },
    { { { "John Paul Smith", "PERSON", 1 } }, "Smith", "John Paul Smith" },
  }
  for i, case in ipairs(CASES) do
    it("gives the canonical name, case " .. i .. ": " .. case[2] .. " -> " .. tostring(case[3]), function()
      local names = corpus.names()
      for _, e in ipairs(case[1]) do names:add({ ent(e[1], e[2], e[3]) }) end
      assert.equals(case[3], (names:canonical(case[2])))
    end)
  end

  it("lists the canonical names with their variants, most articles first", function()
    local names = corpus.names()
    names:add({ ent("Tomás Barrera", "PERSON") })
    names:add({ ent("Barrera", "ORGANIZATION"), ent("Oslo", "LOCATION") })
    names:add({ ent("Tomas Barrera", "PERSON") })
    local l = names:list()
    assert.equals("Tomás Barrera", l[1].name)
    assert.equals("PERSON", l[1].type)
    assert.equals(3, l[1].articles)
    assert.same({ "Barrera", "Tomas Barrera" }, l[1].variants)
    assert.equals("Oslo", l[2].name)
    assert.equals("dateline.Names (3 names)", tostring(names))
  end)

  it("prints a corpus with its counts in the singular and plural", function()
    local d = tmpdir()
    write(d .. "/one.txt", "RIVERTON, Oct. 6 - The council met on Monday.\n")
    local c = dl.corpus(d)
    c:each(function() end)
    assert.equals("dateline.Corpus(" .. d .. "): 1 article read, 0 errors", tostring(c))
    os.execute("rm -rf '" .. d .. "'")
  end)

  it("counts a person's articles once and all of its mentions, every form merged", function()
    local names = corpus.names()
    -- an article that names her in full and, typed otherwise, by surname
    names:add({ ent("Linda Okafor", "PERSON", 2), ent("Okafor", "ORGANIZATION", 1) })
    names:add({ ent("Okafor", "ORGANIZATION", 3) })
    names:add({ ent("Linda Okafor", "PERSON", 1), ent("City Hall", "LOCATION", 1) })
    local l = names:list()
    assert.equals("Linda Okafor", l[1].name)
    assert.equals(3, l[1].articles)
    assert.equals(7, l[1].mentions)
    assert.equals("PERSON Linda Okafor: 7 mentions in 3 articles (also Okafor)", tostring(l[1]))
    assert.equals("LOCATION City Hall: 1 mention in 1 article", tostring(l[2]))
    -- the rows stay plain for JSON
    assert.equals('{"articles":1,"mentions":1,"name":"City Hall","type":"LOCATION","variants":[]}',
      corpus.json(l[2]))
  end)

  it("raises on a bad argument, naming it", function()
    local names = corpus.names()
    assert.has_error(function() names:canonical(5) end)
    assert.has_error(function() names:add("x") end,
      "bad argument #1 to 'add' (dateline.Article or array of entities expected, got string)")
  end)
end)

describe("corpus.counts", function()
  it("counts values, most frequent first", function()
    local c = corpus.counts({ "b", "a", "b", "c", "b", "a" })
    assert.same({ { "b", 3 }, { "a", 2 }, { "c", 1 } }, { c[1], c[2], c[3] })
    assert.equals(6, c.total)
  end)

  it("counts a field of the items when the key is a field name", function()
    -- `counts(a:entities(), "type")`, as the README's `[, key]` reads
    local a = dl.parse("PARIS, May 14 (AFP) - Anna Berg met Lars Holm in Lyon.")
    local c = corpus.counts(a:entities(), "type")
    assert.equals(2, c.by.PERSON)
    assert.equals(2, c.by.LOCATION)   -- Paris, Lyon
    -- a Date's fields too; an item without the field is not counted
    c = corpus.counts({ dl.date("2024-01-02"), dl.date("2024-05-01"), dl.date("2023-01-01"), "x" }, "year")
    assert.same({ { 2024, 2 }, { 2023, 1 } }, { c[1], c[2] })
    assert.equals(3, c.total)
    assert.has_error(function() corpus.counts({}, 5) end,
      "bad argument #2 to 'counts' (function or field name expected, got number)")
  end)
end)

describe("corpus.cooccur and who_said_what", function()
  local text = "Talks in Geneva\n\nGENEVA, June 4 (Reuters) - President Mara Lind met Prime Minister "
    .. "Oskar Vell in Geneva on Tuesday. \"We agreed on the essentials,\" Lind said after the talks. "
    .. "Vell later flew to Oslo.\n"
  local a = dl.parse(text, { ref = "2024-06-04" })

  it("pairs people with the places of the same sentence", function()
    local pairs_ = {}
    for _, p in ipairs(corpus.cooccur(a, "PERSON", "LOCATION")) do
      pairs_[#pairs_ + 1] = p.a.name .. "@" .. p.b.name
    end
    assert.is_truthy(table.concat(pairs_, " "):find("Mara Lind@Geneva", 1, true))
    assert.is_truthy(table.concat(pairs_, " "):find("Oskar Vell@Oslo", 1, true))
  end)

  it("links every one of many quotes to its speaker", function()
    local t = { "LONDON, May 1 (Reuters) - President Anna Berg spoke on Tuesday.\n\n" }
    for i = 1, 20000 do t[#t + 1] = string.format('"We agreed on item %d," Berg said. ', i) end
    local big = dl.parse(table.concat(t))
    for _ in big:quotes() do end   -- quotes and entities computed and cached
    local w = corpus.who_said_what(big)
    assert.equals(20000, #w)
    assert.equals("Anna Berg", w[20000].speaker)
    assert.equals("Anna Berg", w[20000].entity.name)
  end)

  it("gives each quote its speaker's canonical name", function()
    local w = corpus.who_said_what(a)
    assert.equals(1, #w)
    assert.equals("Mara Lind", w[1].speaker)
    assert.equals("We agreed on the essentials,", w[1].text)
  end)
end)

describe("corpus.lang_of", function()
  it("tells English from the other languages the core reads", function()
    local cases = {
      en = "LONDON, May 1 (Reuters) - The minister said on Tuesday that the talks were over.",
      de = "BERLIN, 1. Mai (dpa) - Der Minister sagte am Dienstag, die Gespräche mit der Regierung seien beendet.",
      fr = "PARIS, 1er mai (AFP) - Le ministre a déclaré mardi que les discussions avec le gouvernement sont terminées.",
      es = "MADRID, 1 de mayo (EFE) - El ministro dijo el martes que las conversaciones con el gobierno han terminado.",
      ru = "МОСКВА, 1 мая - Министр заявил во вторник, что переговоры завершены.",
      zh = "北京5月1日电 部长星期二表示，谈判已经结束。",
    }
    for lang, text in pairs(cases) do
      assert.equals(lang, corpus.lang_of(dl.parse(text)), text)
    end
  end)
end)

describe("examples/date_histogram.lua", function()
  it("counts the story's dates, not a caption's or a copyright line's", function()
    local d = tmpdir()
    write(d .. "/a.txt", "Fire reaches city outskirts\n\nATHENS, Aug 12 (AP) - A wildfire reached "
      .. "the city on Monday, three weeks after the June heat.\n\nPHOTO: Crews fight the fire "
      .. "near Athens, Sept. 3, 2023. (AP Photo/Jo Roe)\n\nThe fire was contained in May 2025."
      .. "\n\nCopyright 2019 Example Press.")
    write(d .. "/refs.tsv", "a.txt\t2024-08-12\n")
    local p = io.popen(string.format("%s examples/date_histogram.lua '%s'", compat.lua, d))
    local out = p:read("*a")
    p:close()
    os.execute("rm -rf '" .. d .. "'")
    assert.matches("2024%-08 ", out)
    assert.matches("2025%-05 ", out)
    assert.is_nil(out:find("2023-09", 1, true))
    assert.is_nil(out:find("2019", 1, true))
  end)
end)

describe("examples/place_dates.lua", function()
  it("indexes each place to the dates of the articles naming it, one form of each name", function()
    local d = tmpdir()
    write(d .. "/a.txt", "TROMSO, Norway, March 6 (Reuters) - A court in Tromso freed the crew on Thursday.\n")
    write(d .. "/b.txt", "OSLO, March 14 (NTB) - Ministers met in Oslo on Friday. The ship left Tromsø.\n")
    write(d .. "/refs.tsv", "a\t2025-03-06\nb\t2025-03-14\n")
    local p = io.popen(string.format("%s examples/place_dates.lua --articles '%s'", compat.lua, d))
    local out = p:read("*a")
    p:close()
    os.execute("rm -rf '" .. d .. "'")
    assert.matches("\nTromsø\t2025%-03%-06 2025%-03%-14\n", out)
    assert.matches("\nOslo\t2025%-03%-14\n", out)
    assert.matches("^a\t2025%-03%-06\tTromsø, Norway\n", out)
  end)
end)

describe("corpus.json", function()
  it("writes keys sorted, so output is the same in every process", function()
    assert.equals('{"a":[1,2.5,"x\\n"],"b":true,"c":{"d":null}}',
      corpus.json({ c = { d = require("cjson").null }, b = true, a = { 1, 2.5, "x\n" } }))
  end)

  it("writes a Date as its ISO form, where it wrote null", function()
    -- a script's own rows ({met = dl.date(a.date)}) lost their dates
    assert.equals('{"at":"2024-01-01T10:00+02:00","f":null,"weeks":["2024-W03","2024-10-22"]}',
      corpus.json({ at = dl.date("2024-01-01T10:00+02:00"), f = print,
        weeks = { dl.date("2024-W03"), dl.date("2024-10-22") } }))
  end)
end)

-- The pure-Lua writer corpus.json replaced (now core.json in C): the C
-- writer must give the same bytes for every value.
local function reference_json(v)
  local floor = math.floor
  local function is_whole(x) return x == floor(x) and x > -2^53 and x < 2^53 end
  local mathtype = math.type or function(x)
    if type(x) ~= "number" then return nil end
    return is_whole(x) and "integer" or "float"
  end
  local ESC = { ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
    ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t" }
  local function str(s)
    return '"' .. s:gsub('[%c"\\]', function(c)
      return ESC[c] or string.format("\\u%04x", c:byte())
    end) .. '"'
  end
  local out = {}
  local function enc(x)
    local t = type(x)
    if t == "string" then out[#out + 1] = str(x)
    elseif t == "number" then
      if mathtype(x) == "integer" then out[#out + 1] = string.format("%d", x)
      elseif x ~= x or x == math.huge or x == -math.huge then out[#out + 1] = "null"
      else out[#out + 1] = string.format("%.14g", x) end
    elseif t == "boolean" then out[#out + 1] = tostring(x)
    elseif t == "table" then
      local n = #x
      if n > 0 or next(x) == nil then
        out[#out + 1] = "["
        for i = 1, n do
          if i > 1 then out[#out + 1] = "," end
          enc(x[i])
        end
        out[#out + 1] = "]"
      else
        local keys = {}
        for k in pairs(x) do if type(k) == "string" then keys[#keys + 1] = k end end
        table.sort(keys)
        out[#out + 1] = "{"
        for i, k in ipairs(keys) do
          if i > 1 then out[#out + 1] = "," end
          out[#out + 1] = str(k)
          out[#out + 1] = ":"
          enc(x[k])
        end
        out[#out + 1] = "}"
      end
    else out[#out + 1] = "null" end
  end
  enc(v)
  return table.concat(out)
end

describe("corpus.json (C writer) against the Lua writer it replaced", function()
  local all_bytes = {}
  for b = 0, 255 do all_bytes[#all_bytes + 1] = string.char(b) end
  local cases = {
    { "every byte in a string", table.concat(all_bytes) },
    { "every byte as a key", (function()
      local t = {}
      for b = 0, 255 do t[string.char(b)] = b end
      return t
    end)() },
    { "keys that are prefixes of each other", { ab = 1, a = 2, abc = 3, ["a\0"] = 4, [""] = 5, b = 6, B = 7 } },
    { "many keys (the sort past the small case)", (function()
      local t = {}
      for i = 1, 300 do t[("k%03d"):format((i * 37) % 301)] = i end
      return t
    end)() },
    { "numbers", { 0, -0.0, 1, -1, 1.5, -2.25, 1e300, -1e-300, 2^53 - 1, 2^53, -2^53, 2^63,
      0.1, 1 / 3, 3.0, 1e15, 123456789012345, 0 / 0, math.huge, -math.huge } },
    { "integers at the edges (5.3+)", math.maxinteger and { math.maxinteger, math.mininteger } or { 1 } },
    { "nested, mixed, empty", { a = {}, b = { {}, { {} } }, c = { x = { y = { z = "deep" } } },
      d = { 1, 2, nil, 4 }, [1.5] = "no", [true] = "no" } },
    { "only non-string keys", { [2] = "x", [true] = 1 } },
    { "an array with other keys", { "a", "b", k = "dropped" } },
    { "other values", { f = print, n = require("cjson").null, co = coroutine.create(function() end) } },
    { "a boolean", false },
    { "nil", nil },
    { "an article's table", dl.parse("PARIS, May 14 (AFP) - Ministers met on Tuesday.\n\"We agreed,\" "
      .. "Anna Berg said on 3 June 2024.\tEnd\1.\n", { ref = "2024-05-14" }):totable() },
  }
  for _, c in ipairs(cases) do
    it(c[1], function()
      assert.equals(reference_json(c[2]), corpus.json(c[2]))
    end)
  end

  it("random values", function()
    local seed = 12345
    local function rnd(n)   -- a small LCG: the same values on every Lua
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    end
    local function value(depth)
      local k = rnd(depth > 3 and 4 or 7)
      if k == 0 then
        local t = {}
        for i = 1, rnd(12) do t[i] = string.char(rnd(256)) end
        return table.concat(t)
      elseif k == 1 then return rnd(2000000) - 1000000
      elseif k == 2 then return (rnd(2000000) - 1000000) / (rnd(1000) + 1)
      elseif k == 3 then return rnd(2) == 1
      elseif k == 4 then
        local t = {}
        for i = 1, rnd(6) do t[i] = value(depth + 1) end
        return t
      else
        local t = {}
        for _ = 1, rnd(8) do t[string.char(97 + rnd(6)) .. string.char(rnd(256))] = value(depth + 1) end
        return t
      end
    end
    for _ = 1, 500 do
      local v = value(0)
      assert.equals(reference_json(v), corpus.json(v))
    end
  end)

  it("a cycle is an error, not a crash", function()
    local t = {}
    t.self = t
    local ok, err = pcall(corpus.json, t)
    assert.is_false(ok)
    assert.matches("nesting", tostring(err), 1, true)
  end)
end)
