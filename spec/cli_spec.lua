-- bin/dateline: the command-line tool.
local corpus = require "dateline.corpus"
local compat = require "support.compat"

local LUA = compat.lua   -- the interpreter running the specs
local BIN = LUA .. " bin/dateline"
local SHARED_REUTERS = "../shared/data/reuters-dev.jsonl"

-- Run a shell command; its stdout, stderr and exit code.
local run = compat.run

local function have(prog)
  return compat.exec_ok(os.execute("command -v " .. prog .. " >/dev/null 2>&1"))
end

-- A JSON-lines corpus of the samples (and the Reuters stories when
-- ../shared is there), written once.  The name must end in .jsonl: a file
-- is read by its extension.
local JSONL_BASE = os.tmpname()
local JSONL = JSONL_BASE .. ".jsonl"
do
  local f = assert(io.open(JSONL, "wb"))
  for a in corpus.new("samples"):articles() do
    f:write(corpus.json({ id = a.id, text = a.text, date = a.date }), "\n")
  end
  local r = io.open(SHARED_REUTERS, "rb")
  if r then
    for line in r:lines() do f:write(line, "\n") end
    r:close()
  end
  f:close()
end

describe("dateline (the command)", function()
  teardown(function() os.remove(JSONL); os.remove(JSONL_BASE) end)

  it("prints help for itself and for each subcommand, exit 0", function()
    local out, _, code = run(BIN .. " --help")
    assert.equals(0, code)
    assert.matches("Commands:", out)
    for _, sub in ipairs({ "parse", "dates", "quotes", "entities", "timeline", "report", "map" }) do
      out, _, code = run(BIN .. " " .. sub .. " --help")
      assert.equals(0, code, sub)
      assert.matches("usage: dateline " .. sub, out, 1, true)
    end
  end)

  it("exits 2 with a message on a usage error", function()
    -- a usage error: exit status 2, nothing on standard output, this message
    local function refused(args, message)
      local out, err, code = run(BIN .. " " .. args)
      assert.equals(2, code)
      assert.equals("", out)
      assert.equals(message, err)
    end
    local _, err, code = run(BIN .. " frobnicate")
    assert.equals(2, code)
    assert.matches("unknown command 'frobnicate'", err, 1, true)
    _, err, code = run(BIN .. " dates --format xml samples")
    assert.equals(2, code)
    assert.matches("unknown format 'xml'", err, 1, true)
    -- map writes annotated JSON lines and nothing else (csv gave empty lines)
    _, err, code = run(BIN .. " map --format csv samples")
    assert.equals(2, code)
    assert.matches("map: the only format is jsonl", err, 1, true)
    -- a --ref the calendar lacks: one usage error, not one per document
    local out
    out, err, code = run(BIN .. " dates --ref 2024-13-45 samples")
    assert.equals(2, code)
    assert.equals("", out)
    assert.matches('^dateline: %-%-ref: expected "YYYY%-MM%-DD" or an ISO 8601 date%-time, got "2024%-13%-45": '
      .. 'no such month\n$', err)
    -- a ref of another shape: the message shows what was given
    refused("dates --ref yesterday samples", 'dateline: --ref: YYYY-MM-DD expected, got "yesterday"\n')
    -- the shape is right but the day is not: the message says which
    _, err, code = run(BIN .. " dates --ref 2025-02-30 samples")
    assert.equals(2, code)
    assert.matches('got "2025-02-30": no such day in that month', err, 1, true)
    -- an unknown --lang: a usage error naming the option, not a Lua error
    refused("dates --lang it samples",
            'dateline: --lang: "en", "ru", "zh", "de", "fr", "es" or "auto" expected, got "it"\n')
    -- --limit keeps the report's first N articles; another command does
    -- not read it, so it is a usage error there, not silently ignored
    refused("quotes --limit 3 samples", "dateline: --limit is for report\n")
    -- two readings of 3/4 at once: the last one was silently in force
    refused("dates --dayfirst --monthfirst samples",
            "dateline: --dayfirst and --monthfirst exclude each other\n")
    _, _, code = run(BIN .. " dates --dayfirst --dayfirst samples")
    assert.equals(0, code)
  end)

  -- one case a line: the misspelt option, the one the message suggests
  -- (nil: none is close enough to name)
  for _, case in ipairs({
    { "--fromat", "--format" }, { "--refs", "--ref" }, { "--gazeteer", "--gazetteer" },
    { "--dayfrist", "--dayfirst" }, { "--qiet", "--quiet" }, { "--xyz", nil },
  }) do
    it("suggests the option a misspelt one means: " .. case[1], function()
      local _, err, code = run(BIN .. " dates " .. case[1] .. " csv samples/05-xinhua.txt")
      assert.equals(2, code)
      local hint = case[2] and "did you mean '" .. case[2] .. "'? " or ""
      assert.equals("dateline: unknown option '" .. case[1] .. "' (" .. hint
        .. "try 'dateline dates --help')\n", err)
    end)
  end

  it("runs from a LuaRocks tree of its own, with no LUA_PATH set", function()
    -- the layout `luarocks make --tree DIR` gives: the script under
    -- DIR/lib/luarocks/rocks-5.x/dateline/VERSION/bin, the modules in
    -- DIR/share/lua/5.x and DIR/lib/lua/5.x
    if compat.lua ~= "lua5.4" and compat.lua ~= "lua5.3" then return end
    local v = _VERSION:sub(5)
    local tree = os.tmpname()
    os.remove(tree)
    local cwd = os.getenv("PWD")
    local bindir = tree .. "/lib/luarocks/rocks-" .. v .. "/dateline/dev-1/bin"
    assert.is_true(compat.exec_ok(os.execute(("mkdir -p %s %s/share/lua/%s %s/lib/lua/%s/dateline"
      .. " && cp bin/dateline %s/ && ln -s %s/lua/dateline %s/share/lua/%s/dateline"
      .. " && ln -s %s/%s/dateline/core.so %s/lib/lua/%s/dateline/core.so"):format(
      bindir, tree, v, tree, v, bindir, cwd, tree, v, cwd, compat.build, tree, v))))
    local out, err, code = run("cd / && env -u LUA_PATH -u LUA_CPATH -u LUA_PATH_5_4 -u LUA_CPATH_5_4 "
      .. LUA .. " " .. bindir .. "/dateline dates " .. cwd .. "/samples/05-xinhua.txt")
    os.execute("rm -rf " .. tree)
    assert.equals("", err)
    assert.equals(0, code)
    assert.matches("05-xinhua\t73\t79\tDATE\t2024-10-22", out, 1, true)
  end)

  it("exits 1 and names the file when an input cannot be read, after the rest", function()
    local out, err, code = run(BIN .. " dates samples/05-xinhua.txt no-such-file.txt")
    assert.equals(1, code)
    assert.matches("dateline: no-such-file.txt: no such file or folder", err, 1, true)
    assert.matches("05-xinhua\t", out, 1, true)
  end)

  it("reads a --gazetteer TSV, and names the line of an entry of no known type", function()
    local gaz = os.tmpname()
    local f = assert(io.open(gaz, "wb"))
    f:write("Name\tType\tId\tAliases\n# ships and squares\nPraca da Liberdade\tlocation\nHafdis\tMISC\n")
    f:close()
    local text = "PORTO, March 2 (Lusa) - Crowds filled Praca da Liberdade as the Hafdis sailed."
    local out, _, code = run("printf '%s' '" .. text .. "' | " .. BIN .. " entities --gazetteer " .. gaz .. " -")
    assert.equals(0, code)
    assert.matches("stdin\tLOCATION\tPraca da Liberdade\t", out, 1, true)
    assert.matches("stdin\tMISC\tHafdis\t", out, 1, true)
    -- (a header row first is skipped); the entry's line (3), where
    -- dl.gazetteer would count entries (#2)
    f = assert(io.open(gaz, "wb"))
    f:write("# ships and squares\nPraca da Liberdade\tLOCATION\nHafdis\tSHIP\n")
    f:close()
    local err
    out, err, code = run(BIN .. " entities --gazetteer " .. gaz .. " samples/05-xinhua.txt")
    os.remove(gaz)
    assert.equals(2, code)
    assert.equals("", out)
    assert.equals("dateline: " .. gaz .. ':3: TYPE must be PERSON, LOCATION, ORGANIZATION or MISC, got "SHIP"\n',
      err)
  end)

  it("lists dates as TSV with a header", function()
    local out, _, code = run(BIN .. " dates samples/05-xinhua.txt")
    assert.equals(0, code)
    local first, second = out:match("^([^\n]*)\n([^\n]*)")
    assert.equals("id\tstart\tstop\ttype\tvalue\tmod\ttext", first)
    assert.equals("05-xinhua\t73\t79\tDATE\t2024-10-22\t\tOct. 22", second)
  end)

  it("writes CSV, JSON and TimeML, and -o FILE", function()
    local out = run(BIN .. " quotes --format csv samples/01-reuters-style.txt")
    assert.matches('^id,speaker,start,stop,partial,text,date\r\n', out)
    -- every quote has a row: an unattributed one with an empty speaker
    assert.matches('\r\n01%-reuters%-style,,597,699,,"We are not trying', out)
    -- and the article's date, for a spreadsheet without a join
    assert.matches('\r\n01%-reuters%-style,,597,699,,"We are not trying[^\r]*",%d%d%d%d%-%d%d%-%d%d\r\n', out)
    out = run(BIN .. " quotes samples/02-tdi-colon.txt")
    assert.matches("\tpartial\tfrank, practical and, at times, long.\t2024-04-17\n", out, 1, true)
    out = run(BIN .. " parse --format json samples/01-reuters-style.txt samples/02-tdi-colon.txt")
    local t = require("cjson").decode(out)
    assert.equals(2, #t)
    assert.equals("WASHINGTON", t[1].dateline.place)
    out = run(BIN .. " dates --format timeml samples/05-xinhua.txt")
    assert.matches("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-10-22\">Oct. 22</TIMEX3>", out, 1, true)
    -- -o FOLDER with --format timeml: one well-formed document per article,
    -- named after its id (characters that could leave the folder made "_")
    local dir = os.tmpname()
    os.remove(dir)
    assert(os.execute("mkdir " .. dir))
    local lines = '{"id":"a/../b","text":"Talks resumed on Monday."}\n'
      .. '{"id":"a/../b","text":"Talks ended in 2019."}\n'
      .. '{"id":"a_.._b-3","text":"Talks began in 2017."}\n'
      .. '{"id":"a/../b","text":"Talks ended in 2020."}\n'
      .. '{"id":"","text":"Talks stalled in 2016."}\n'
    local _, _, dcode = run("printf '%s' '" .. lines .. "' | " .. BIN
      .. " dates --format timeml --ref 2025-03-05 -o " .. dir .. "/ -")
    assert.equals(0, dcode)
    local function document(name)
      local f = assert(io.open(dir .. "/" .. name, "rb"))
      local doc = f:read("*a")
      f:close()
      return doc
    end
    local doc1 = document("a_.._b.tml")
    assert.matches('^<%?xml.-<DOCID>a/%.%./b</DOCID>', doc1)
    assert.matches('value="2025-03-03">Monday</TIMEX3>', doc1, 1, true)
    assert.matches('value="2019">2019</TIMEX3>', document("a_.._b-2.tml"), 1, true)
    -- a third article with that id counts on past a name another id took
    assert.matches('value="2017">2017</TIMEX3>', document("a_.._b-3.tml"), 1, true)
    assert.matches('value="2020">2020</TIMEX3>', document("a_.._b-4.tml"), 1, true)
    -- an empty id is no hidden ".tml" file
    assert.matches('value="2016">2016</TIMEX3>', document("article.tml"), 1, true)
    assert(os.execute("rm -r " .. dir))
    local _, err, ncode = run(BIN .. " dates --format timeml -o " .. dir .. "/ samples/05-xinhua.txt")
    assert.equals(2, ncode)
    assert.matches("no such folder", err, 1, true)
    local tmp = os.tmpname()
    local _, _, code = run(BIN .. " entities samples/01-reuters-style.txt -o " .. tmp)
    assert.equals(0, code)
    local f = io.open(tmp, "rb")
    assert.matches("PERSON\tHelena Okafor", f:read("*a"), 1, true)
    f:close()
    os.remove(tmp)
  end)

  it("puts a JSON record's title in the headline column when the text has none", function()
    local record = '{"title":"Bridge reopens","body":"The bridge reopened on Monday.",'
      .. '"published_at":"2025-03-04"}'
    local out = run("printf '%s\\n' '" .. record .. "' | " .. BIN .. " parse --format tsv")
    assert.matches("\nstdin:1\tBridge reopens\t\t2025%-03%-04\t", out)
  end)

  it("parse --format json keeps a web page's publication time, writers and metadata", function()
    local out, _, code = run(BIN .. " parse --format json samples/34-valparaiso-port.html")
    assert.equals(0, code)
    local r = require("cjson").decode(out)[1]
    assert.equals("2024-08-09T07:15:00-04:00", r.published)
    assert.same({ "Tomás Urrutia" }, r.authors)
    -- and the rest of its metadata, as a:totable() gives it
    local page = '<html lang="de"><head><meta property="og:site_name" content="Rhein Post">'
      .. '<meta name="description" content="Der Hafen bleibt zu.">'
      .. '<meta property="article:published_time" content="2025-01-07T06:00:00Z">'
      .. '<meta property="article:modified_time" content="2025-01-08T09:30:00Z"></head>'
      .. '<body><article><h1>Hafen zu</h1><p>KOELN - Der Hafen bleibt bis Freitag geschlossen.</p>'
      .. '</article></body></html>'
    out, _, code = run("printf '%s' '" .. page .. "' | " .. BIN .. " parse --format json -")
    assert.equals(0, code)
    r = require("cjson").decode(out)[1]
    assert.same({ "Rhein Post", "de", "Der Hafen bleibt zu.", "2025-01-08T09:30:00Z" },
      { r.site, r.lang, r.description, r.modified })
  end)

  it("says that map's input must be JSON lines", function()
    local _, err, code = run("printf 'Plain text, not JSON.\\n' | " .. BIN .. " map")
    assert.equals(1, code)
    assert.matches("dateline: <stdin>:1: not a JSON line (", err, 1, true)
  end)

  it("reads standard input and takes --ref", function()
    local out = run("printf 'LONDON, May 1 (Reuters) - Prices fell yesterday.' | " .. BIN .. " dates --ref 2024-05-02")
    assert.matches("stdin\t%d+\t%d+\tDATE\t2024%-05%-01", out)
  end)

  it("sorts the corpus timeline by date", function()
    local out = run(BIN .. " timeline samples")
    local prev = ""
    for line in out:gmatch("[^\n]+") do
      local d = line:match("^(%d%d%d%d%-%d%d%-%d%d)\t")
      if d then
        assert.is_true(d >= prev, line)
        prev = d
      end
    end
  end)

  it("gives the timeline's dateline and headline dates their line as context", function()
    -- the sentence column was empty for a date outside the body sentences
    local base = os.tmpname()
    local path = base .. ".txt"
    local f = assert(io.open(path, "wb"))
    f:write("Ferry talks to resume next month\n\nBERGEN, March 3 (NTB) - Ferry operators and "
      .. "unions met on Monday.\n")
    f:close()
    local out = run(BIN .. " timeline --ref 2025-03-04 " .. path)
    os.remove(path); os.remove(base)
    assert.matches("\n2025%-03%-03\tday\t2025%-03%-03\t[^\t]+\tMarch 3\tBERGEN, March 3 %(NTB%) %-\n", out)
    assert.matches("\tnext month\tFerry talks to resume next month\n", out)
    assert.matches("\tMonday\tFerry operators and unions met on Monday%.\n", out)
    for line in out:gmatch("[^\n]+") do assert.is_nil(line:find("\t$"), line) end
  end)

  it("keeps the input order with -j workers", function()
    local one = run(BIN .. " dates -j 1 " .. JSONL)
    local four = run(BIN .. " dates -j 3 --chunk 7 " .. JSONL)
    assert.equals(one, four)
    local j1 = run(BIN .. " parse --format json -j 1 " .. JSONL)
    local j3 = run(BIN .. " parse --format json -j 3 --chunk 9 " .. JSONL)
    assert.equals(j1, j3)
  end)

  it("reads each JSON record in its own language, with -j workers too", function()
    local base = os.tmpname()
    local path = base .. ".jsonl"
    local f = assert(io.open(path, "wb"))
    f:write(corpus.json({ id = "es1", lang = "es", date = 1738771200,
      text = "MADRID, 5 feb - La bolsa subió el miércoles. El próximo lunes habrá datos." }), "\n")
    f:write(corpus.json({ id = "en1", lang = "en-GB", date = "Wed, 05 Feb 2025 09:00:00 +0000",
      text = "LONDON, Feb 5 - Shares rose on Wednesday. Data are due next Monday." }), "\n")
    f:close()
    local one = run(BIN .. " dates -j 1 " .. path)
    local two = run(BIN .. " dates -j 2 --chunk 1 " .. path)
    os.remove(path); os.remove(base)
    assert.equals(one, two)
    assert.matches("es1\t%d+\t%d+\tDATE\t2025%-02%-10\t\tEl próximo lunes", one)
    assert.matches("en1\t%d+\t%d+\tDATE\t2025%-02%-10\t\tnext Monday", one)
  end)

  it("runs -j workers under a $TMPDIR whose name holds a space and a quote", function()
    local work = os.tmpname()
    os.remove(work)
    local odd = work .. " it's"
    assert(os.execute("mkdir -p \"" .. odd .. "\""))
    local one, _, code1 = run(BIN .. " dates -j 1 " .. JSONL)
    local two, err, code2 = run("TMPDIR=" .. corpus.shell_quote(odd) .. " " .. BIN
      .. " dates -j 2 --chunk 3 " .. JSONL)
    os.execute("rm -rf \"" .. odd .. "\"")
    assert.equals(code1, code2)
    assert.equals("", err)
    assert.equals(one, two)
  end)

  it("exits 2 with a message when the output cannot be written", function()
    local _, err, code = run(BIN .. " dates samples/05-xinhua.txt > /dev/full")
    assert.equals(2, code)
    assert.matches("dateline: cannot write the output: ", err, 1, true)
    _, err, code = run(BIN .. " dates samples/05-xinhua.txt -o /dev/full")
    assert.equals(2, code)
    assert.matches("dateline: cannot write the output: ", err, 1, true)
    _, err, code = run(BIN .. " dates -j 2 --chunk 7 " .. JSONL .. " -o /dev/full")
    assert.equals(2, code)
    assert.matches("dateline: cannot write the output: ", err, 1, true)
  end)

  it("rejects help for an unknown command, without a traceback", function()
    local _, err, code = run(BIN .. " --help foo")
    assert.equals(2, code)
    assert.equals("dateline: unknown command 'foo' (try 'dateline --help')\n", err)
  end)

  it("takes --name=value only for options with a value", function()
    local out, err, code = run(BIN .. " dates --ref=2024-10-25 samples/05-xinhua.txt")
    assert.equals(0, code, err)
    assert.matches("05-xinhua\t", out, 1, true)
    for _, opt in ipairs({ "--quiet=1", "--dayfirst=x", "--monthfirst=", "--help=x" }) do
      _, err, code = run(BIN .. " dates " .. opt .. " samples/05-xinhua.txt")
      assert.equals(2, code, opt)
      assert.matches("option '" .. opt:match("^[^=]*") .. "' takes no value", err, 1, true)
    end
  end)

  it("wants a positive number of jobs, however written", function()
    for _, opt in ipairs({ "-j0", "-j 0", "-j-1", "--jobs=0", "-jx" }) do
      local _, err, code = run(BIN .. " dates " .. opt .. " samples/05-xinhua.txt")
      assert.equals(2, code, opt)
      assert.matches("-j: a positive number expected", err, 1, true)
    end
  end)

  it("gives -j workers a private folder under $TMPDIR, removed after success and after failure", function()
    if not have("bash") or not have("mktemp") then
      pending("bash and mktemp are needed")
      return
    end
    local tmpdir = io.popen("mktemp -d"):read("*l")
    local log = tmpdir .. "/log"
    local work = tmpdir .. "/tmp"
    assert(os.execute("mkdir " .. work))
    -- an interpreter that logs the chunk folder of each worker (its last
    -- argument) and the folder's mode
    local fake = tmpdir .. "/lua"
    local f = assert(io.open(fake, "wb"))
    f:write("#!/bin/bash\n",
      'for x; do last=$x; done\n',
      'case "$* $last" in *--worker*.jsonl) d=$(dirname "$last"); echo "$d $(stat -c %a "$d")" >> ' .. log .. ';; esac\n',
      "exec -a \"$0\" " .. LUA .. " \"$@\"\n")
    f:close()
    assert(os.execute("chmod +x " .. fake))
    local function folders()
      local seen, list = {}, {}
      local l = io.open(log, "rb")
      if l then
        for line in l:lines() do
          if not seen[line] then seen[line] = true; list[#list + 1] = line end
        end
        l:close()
      end
      os.remove(log)
      return list
    end
    local env = "TMPDIR=" .. work .. " "
    for _, case in ipairs({ { "", 0 }, { " -o /dev/full", 2 } }) do
      local _, err, code = run(env .. fake .. " bin/dateline dates -j 2 --chunk 7 " .. JSONL .. case[1])
      assert.equals(case[2], code, err)
      local list = folders()
      assert.equals(1, #list, table.concat(list, "\n"))
      local dir, mode = list[1]:match("^(.*) (%d+)$")
      assert.equals(work, dir:match("^(.*)/[^/]*$"))
      assert.equals("700", mode)
      assert.is_nil(io.open(dir, "rb"))
    end
    os.execute("rm -rf " .. tmpdir)
  end)

  it("reports a worker's error with the line of the input file", function()
    local base = os.tmpname()
    local path = base .. ".jsonl"
    local f = assert(io.open(path, "wb"))
    for i = 1, 20 do
      local date = i == 15 and "2024-13-45" or "2024-05-01"
      f:write(string.format('{"id":"r%d","text":"LONDON, May 1 (Reuters) - Story %d.","date":"%s"}\n', i, i, date))
    end
    f:close()
    local _, err, code = run(BIN .. " dates -j 2 --chunk 4 " .. path)
    os.remove(path)
    os.remove(base)
    assert.equals(1, code)
    assert.matches(path .. ":15: bad option 'ref'", err, 1, true)
  end)

  it("map: one annotated JSON line per input line", function()
    local out, _, code = run(BIN .. " map < " .. JSONL)
    assert.equals(0, code)
    local n, inputs = 0, 0
    for _ in io.lines(JSONL) do inputs = inputs + 1 end
    local cjson = require "cjson"
    for line in out:gmatch("[^\n]+") do
      n = n + 1
      local r = cjson.decode(line)
      assert.is_string(r.text)
      assert.is_table(r.dateline)
    end
    assert.equals(inputs, n)
  end)

  it("map: a line of plain text is a reported error, not an article without its record", function()
    local tmp = os.tmpname()
    local f = assert(io.open(tmp, "wb"))
    f:write("The ferry sailed at noon.\n", '{"id": "x1", "text": "The ferry sailed at noon."}\n')
    f:close()
    local out, err, code = run(BIN .. " map < " .. tmp)
    os.remove(tmp)
    assert.equals(1, code)
    assert.matches("<stdin>:1:", err, 1, true)
    local n = 0
    for _ in out:gmatch("[^\n]+") do n = n + 1 end
    assert.equals(1, n)
    assert.matches('"id":"x1"', out, 1, true)
  end)

  it("map under GNU parallel gives the same output as one process", function()
    if not have("parallel") then
      pending("GNU parallel is not installed (Debian package parallel)")
      return
    end
    local single = run(BIN .. " map < " .. JSONL)
    local par, err, code = run("parallel --will-cite --pipe -k -j 2 --block 20k " .. BIN
      .. " map < " .. JSONL)
    assert.equals(0, code, err)
    assert.equals(single, par)
    -- without -k the blocks come back in any order: the same lines
    local unordered = run("parallel --will-cite --pipe -j 2 --block 20k " .. BIN .. " map < " .. JSONL)
    local function sorted(s)
      local t = {}
      for l in s:gmatch("[^\n]+") do t[#t + 1] = l end
      table.sort(t)
      return t
    end
    assert.same(sorted(single), sorted(unordered))
  end)
end)
