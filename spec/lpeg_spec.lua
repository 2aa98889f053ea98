-- dateline.lpeg: dateline's recognizers as LPeg patterns; a:match, a:gmatch.
local dl = require "dateline"
local L = require "dateline.lpeg"
local lpeg = require "lpeg"
local re = require "re"

describe("dl.lpeg patterns", function()
  it("is the module dateline.lpeg", function()
    assert.equals(L, dl.lpeg)
  end)

  it("timex matches at the current position and captures the value", function()
    assert.equals("2024-10-22", L.timex:match("October 22, 2024 was a Tuesday"))
    assert.equals("P3D", L.timex:match("three days of talks"))
    assert.is_nil(L.timex:match("On October 22, 2024"))   -- not at position 1
  end)

  it("does not start inside a word", function()
    assert.is_nil(lpeg.match(L.timex, "xMay 5, 2024", 2))
  end)

  it("binds options with new{}", function()
    local P = L.new{ ref = "2024-10-23" }
    assert.equals("2024-10-22", P.timex:match("yesterday"))
    assert.equals("2024-10-22", P.date:match("Tuesday"))
    assert.is_nil(L.date:match("three days"))   -- a duration is not a date
  end)

  it("raises in new{} on an option name it does not know", function()
    assert.has_error(function() L.new{ reff = "2024-10-23" } end,
      "bad option 'reff' to 'new' (unknown; did you mean 'ref'? the options are ref, dayfirst, anchor, lang, gazetteer, cst)")
  end)

  it("raises in new{} on a bad option value, not at the first match", function()
    -- it used to raise from inside the lpeg.Cmt, at the first sentence tried
    assert.has_error(function() L.new{ ref = 20250203 } end,
      "bad option 'ref' (string expected, got number)")
    assert.has_error(function() L.new{ lang = "no" } end)
    assert.has_error(function() L.new{ dayfirst = "yes" } end,
      "bad option 'dayfirst' (boolean expected, got string)")
  end)

  it("works inside re grammars through defs", function()
    local week = re.compile("'week of ' %date", L.defs)
    assert.equals("2024-03-03", week:match("week of March 3, 2024"))
    -- a custom dateline format: "[City] dd.mm.yyyy --"
    local custom = re.compile("{%place} ' ' {[0-9.]+} ' --'", L.defs)
    local whole, place = custom:match("Kazan 22.10.2024 -- The summit opened.")
    assert.equals("Kazan", whole)
    assert.equals("Kazan", place)
  end)

  it("dateline captures place, date and agency", function()
    local d = L.dateline:match("PARIS, May 14 (AFP) - The French government said")
    assert.same({ "PARIS", "XXXX-05-14", "AFP" }, { d.place, d.date, d.agency })
  end)

  it("person captures the name, titles included in the match", function()
    local p = lpeg.Cp() * L.person * lpeg.Cp()
    local from, name, to = p:match("President Mara Lind met the press")
    assert.equals(1, from)
    assert.equals("Mara Lind", name)
    assert.equals(#"President Mara Lind" + 1, to)
  end)
end)

describe("a:match and a:gmatch", function()
  local text = "Talks in Geneva\n\nGENEVA, June 4 (Reuters) - President Mara Lind met Prime Minister "
    .. "Oskar Vell in Geneva on Tuesday. They met again in Oslo on June 9.\n"
  local a = dl.parse(text, { ref = "2024-06-04" })

  it("gives spans into the article's text with the captures", function()
    local met = re.compile("{%person} ' met ' {%person}", L.defs)
    local m = a:match(met)
    assert.equals("President Mara Lind met Prime Minister Oskar Vell", m.text)
    assert.equals(m.text, text:sub(m.start, m.stop))
    assert.equals("Mara Lind", m.captures[2])
  end)

  it("iterates over every match of every sentence", function()
    local found = {}
    for m in a:gmatch(L.new{ ref = "2024-06-04" }.date) do
      found[#found + 1] = m.captures[1]
      assert.equals(m.text, text:sub(m.start, m.stop))
    end
    assert.same({ "2024-06-04", "2024-06-09" }, found)
  end)

  -- one case a line of the fixture: ref | text | the values captured
  for line in io.lines("spec/fixtures/lpeg_in_article.txt") do
    if not line:find("^#") then
      local ref, body, want = line:match("^(.-)|(.-)|(.*)$")
      it("captures the article's own date values: " .. body:sub(1, 50), function()
        local art = dl.parse(body, { ref = ref })
        local got, own = {}, {}
        for m in art:gmatch(L.new{ ref = art.date }.date) do got[#got + 1] = m.captures[1] end
        for t in art:timexes() do
          if t.value:find("^%d%d%d%d") and t.start > art.dateline.stop then own[#own + 1] = t.value end
        end
        assert.same(own, got)
        assert.equals(want, table.concat(got, ","))
      end)
    end
  end

  it("reads the window alone when the pattern's ref is not the article's date", function()
    local art = dl.parse("OSLO, June 5 - They meet again on Friday.", { ref = "2024-06-05" })
    local other = L.new{ ref = "2024-07-20" }
    local m = art:match(other.date)
    assert.equals("Friday", m.text)
    assert.equals(lpeg.match(other.date, "Friday."), m.captures[1])
    assert.are_not.equals("2024-06-07", m.captures[1])
    assert.equals("2024-06-07", art:match(L.new{ ref = art.date }.date).captures[1])
  end)

  it("accepts a string as a literal pattern and rejects other types", function()
    assert.equals("Oslo", a:match("Oslo").text)
    assert.has_error(function() a:match(42) end,
      "bad argument #1 to 'match' (LPeg pattern expected, got number)")
  end)
end)

describe("dl.lpeg.names_of", function()
  local text = "Ferry talks resume\n\nBERGEN, March 3 (NTB) - Transport Minister Siri Dahl met union "
    .. "leader Odd Moen on Monday.\n\n\"We are close,\" Dahl said. \"Not yet,\" Moen said.\n"
  local a = dl.parse(text, { ref = "2025-03-03" })

  it("matches a surname used alone, which person cannot see in its window", function()
    local said = re.compile([[ '"' [^"]+ '" ' {%who} ' said' ]], { who = dl.lpeg.names_of(a) })
    local got = {}
    for m in a:gmatch(said) do got[#got + 1] = m.captures[2] end
    assert.same({ "Siri Dahl", "Odd Moen" }, got)
    assert.is_nil(lpeg.match(L.person * " said", "Dahl said."))
  end)

  it("tries the longer name first and stops at a word boundary", function()
    local p = lpeg.Cp() * dl.lpeg.names_of(a) * lpeg.Cp()
    local from, name, to = p:match("Siri Dahl met")
    assert.equals("Siri Dahl", name)
    assert.equals(10, to)
    assert.is_nil(p:match("Dahlia met"))
    assert.is_nil(lpeg.match(lpeg.P("x") * dl.lpeg.names_of(a), "xDahl"))
    assert.equals(1, from)
  end)

  it("keeps the longest-first order among many people, and matches an article with none", function()
    -- the forms are found by their first word: 200 people share "Anna" and
    -- "Minister"; the longest form that the text holds must still win
    local syl = { "ka", "lo", "mi", "ne", "ru", "ta", "vo", "si" }
    local parts = {}
    for i = 1, 200 do
      local n = syl[i % 8 + 1] .. syl[math.floor(i / 8) % 8 + 1]
        .. syl[math.floor(i / 64) % 8 + 1]
      n = n:sub(1, 1):upper() .. n:sub(2)
      parts[#parts + 1] = "Minister Anna " .. n .. "vik met reporters. " .. n .. "vik said no."
    end
    local big = dl.parse(table.concat(parts, "\n\n"), { ref = "2025-03-03" })
    local p = dl.lpeg.names_of(big) * lpeg.Cp()
    local name, to = p:match("Anna Lorukavik left")
    assert.equals("Anna Lorukavik", name)
    assert.equals(15, to)
    assert.equals("Anna Lorukavik", (p:match("Lorukavik left")))
    name, to = p:match("Minister Anna Lorukavik, 40")
    assert.equals("Anna Lorukavik", name)
    assert.equals(24, to)
    assert.is_nil(p:match("Minister Anna Lorukavikson"))
    assert.is_nil(p:match("Annalise Lorukavik"))
    assert.is_nil(dl.lpeg.names_of(dl.parse("no names here")):match("Anna"))
  end)

  it("raises on a bad argument, naming it", function()
    assert.has_error(function() dl.lpeg.names_of("x") end)
    -- a type in lower case named a:entities, at a line inside dateline.lpeg
    local art = dl.parse("Mara Lind arrived in Oslo.")
    local ok, err = pcall(function() local p = dl.lpeg.names_of(art, "person"); return p end)
    assert.is_false(ok)
    assert.matches('^spec/lpeg_spec%.lua:%d+: bad argument #2 to \'names_of\' %(type: "PERSON", '
      .. '"LOCATION", "ORGANIZATION" or "MISC" expected, got "person"%)$', err)
    -- false is no default (it gave the PERSON pattern; a:entities(false) raises)
    ok, err = pcall(function() local p = dl.lpeg.names_of(art, false); return p end)
    assert.is_false(ok)
    assert.matches("bad argument #2 to 'names_of' (type: ", err, 1, true)
    assert.matches("got boolean)", err, 1, true)
  end)
end)

describe("the README's LPeg examples", function()
  -- A reader copies them as written; the first used a global `lpeg` that
  -- `require "re"` does not set, and the others an `a` the README never made.
  -- They run here in a fresh environment without the spec's locals.
  it("run as written and print what their --> lines say", function()
    local f = assert(io.open("README.md"))
    local readme = f:read("*a")
    f:close()
    local section = readme:match("\n## LPeg rules(.-)\n## ")
    local code, want = {}, {}
    for block in section:gmatch("```lua\n(.-)```") do
      code[#code + 1] = block
      for line in block:gmatch("%-%->%s*([^\n]*)") do
        want[#want + 1] = (line:gsub("%s%s+", "\t"))
      end
    end
    assert.equals(3, #code)
    local got = {}
    local env = setmetatable({ print = function(...)
      local t = {}
      for i = 1, select("#", ...) do t[i] = tostring((select(i, ...))) end
      got[#got + 1] = table.concat(t, "\t")
    end }, { __index = function(_, k)
      if k ~= "lpeg" and k ~= "re" and k ~= "dl" then return _G[k] end
    end })
    local src = table.concat(code, "\n")
    local chunk
    local setfenv, loadstring = rawget(_G, "setfenv"), rawget(_G, "loadstring")
    if setfenv then   -- Lua 5.1, LuaJIT
      chunk = assert(loadstring(src, "=README"))
      setfenv(chunk, env)
    else
      chunk = assert(load(src, "=README", "t", env))
    end
    chunk()
    assert.same(want, got)
  end)
end)
