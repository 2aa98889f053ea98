-- Hostile input through the public API: never a crash, a hang or a wrong
-- span; the rest of the text still parses around the damage.
local dl = require "dateline"

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
end

local STORY = "LONDON, March 3 (Reuters) - Prices rose on Monday. Analysts said so.\n\n"

local cases = {
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
}

describe("hostile input", function()
  for _, c in ipairs(cases) do
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
    local values = {}
    for t in a:timexes() do values[#values + 1] = t.value end
    assert.truthy(table.concat(values, " "):find("2024-03-12", 1, true))
  end)

  it("rejects wrong argument types with a message naming the argument", function()
    for _, bad in ipairs({ 1, true, {}, print }) do
      local ok, err = pcall(dl.parse, bad)
      assert.is_false(ok)
      assert.matches("bad argument #1 to 'parse'", err, 1, true)
      ok, err = pcall(dl.timexes, bad)
      assert.is_false(ok)
      assert.matches("bad argument #1 to 'timexes'", err, 1, true)
    end
  end)
end)

describe("invisible characters", function()
  it("reads a byte-order mark or zero-width space before the dateline as space", function()
    for _, lead in ipairs({ "\239\187\191", "\226\128\139" }) do
      local a = dl.parse(lead .. "LONDON, May 1 (Reuters) - Shares rose.", { ref = "2024-05-02" })
      assert.equals("LONDON", a.dateline.place)
      assert.equals("2024-05-01", a.dateline.date)
    end
  end)
end)

describe("entities on glued titles", function()
  it("finish on a title or nationality glued to a name by a dot", function()
    for _, text in ipairs({ "Talks went on. Mr.Smith said so.\n", "Talks with Chinese.Li ended.\n" }) do
      local n = 0
      for _ in dl.parse(text):entities() do n = n + 1 end
      assert.is_true(n >= 0)
    end
  end)
end)
