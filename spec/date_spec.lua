-- date_spec.lua: dl.date, dateline.Date and dl.date.from_timex over the
-- fixture cases in spec/fixtures/date (one `it` per case).
local dl = require "dateline"
local fixture = require "support.fixture"
local trim = fixture.trim

local DIR = "spec/fixtures/date/"


-- Fields separated by " | "; the first is kept as written (white space
-- is part of some inputs), the others are trimmed.
local function cases(file)
  local list = {}
  for line in io.lines(DIR .. file) do
    if line:match("%S") and not line:match("^%s*#") then
      local f, pos = {}, 1
      while true do
        local a, b = line:find(" | ", pos, true)
        if not a then f[#f + 1] = line:sub(pos); break end
        f[#f + 1] = line:sub(pos, a - 1)
        pos = b + 1
      end
      for i = 2, #f do f[i] = trim(f[i]) end
      f.line = line
      list[#list + 1] = f
    end
  end
  return list
end

-- "ref=2024-10-22 lang=ru dayfirst=true" -> options table
local function options(s, defaults)
  local o = {}
  for k, v in pairs(defaults or {}) do o[k] = v end
  for k, v in (s or ""):gmatch("(%w+)=(%S+)") do
    if v == "true" then v = true elseif v == "false" then v = false end
    o[k] = v
  end
  return o
end

local function positive(file, defaults)
  describe("dl.date (" .. file .. ")", function()
    for _, c in ipairs(cases(file)) do
      local input, want, opts = c[1], c[2], options(c[3], defaults)
      it(string.format("reads %q as %s", input, want), function()
        local d, msg, pos = dl.date(input, opts)
        assert(d, string.format("got nil, %s, %s", tostring(msg), tostring(pos)))
        assert.equal(want, d:iso())
        assert.equal("date", dl.type(d))
        -- the round trip keeps the value and its granularity
        local back = dl.date(d:iso())
        assert(back, "round trip failed on " .. d:iso())
        assert.equal(d, back)
        assert.equal(d.granularity, back.granularity)
      end)
    end
  end)
end

positive("iso.txt")
positive("rfc.txt")
positive("human.txt")
positive("natural.txt")
positive("i18n.txt", { ref = "2024-10-22" })
positive("epoch.txt", { epoch = true })

describe("dl.date (invalid.txt)", function()
  for _, c in ipairs(cases("invalid.txt")) do
    local input, want, pos, opts = c[1], c[2]:gsub("^ERR%s*", ""), tonumber(c[3]), options(c[4])
    it(string.format("rejects %q (%s)", input, want), function()
      local d, msg, p = dl.date(input, opts)
      assert.is_nil(d, d and ("parsed as " .. d:iso()))
      assert.is_string(msg)
      assert(msg:find(want, 1, true), "message: " .. msg)
      assert.is_number(p)
      assert(p >= 1 and p <= #input + 1, "position out of the string: " .. p)
      if pos then assert.equal(pos, p) end
    end)
  end
end)

describe("dl.date.from_timex (timex.txt)", function()
  for _, c in ipairs(cases("timex.txt")) do
    local v = c[1]
    if c[2]:match("^ERR") then
      local want = c[2]:gsub("^ERR%s*", "")
      it(string.format("rejects %q", v), function()
        local d, msg, p = dl.date.from_timex(v)
        assert.is_nil(d)
        assert(msg:find(want, 1, true), "message: " .. tostring(msg))
        assert.is_number(p)
      end)
    else
      it(string.format("reads %q as %s, %s .. %s", v, c[2], c[3], c[4]), function()
        local d, first, last = dl.date.from_timex(v)
        assert(d, tostring(first))
        assert.equal(c[2], d:iso())
        assert.equal(c[3], first:iso())
        assert.equal(c[4], last:iso())
        assert.equal("day", first.granularity)
      end)
    end
  end
end)

-- "all durations over a year" had no answer short of parsing P18M by hand
describe("dl.date.duration (duration.txt)", function()
  for _, c in ipairs(cases("duration.txt")) do
    local v = c[1]
    if c[2]:match("^ERR") then
      local want = c[2]:gsub("^ERR%s*", "")
      it(string.format("rejects %q: %s", v, want), function()
        local t, msg, p = dl.date.duration(v)
        assert.is_nil(t)
        assert.equal(want, msg)
        assert.equal(tonumber(c[3]), p)
      end)
    else
      it(string.format("reads %q as %s", v, c[2]), function()
        local t = assert(dl.date.duration(v))
        local keys = {}
        for k, n in pairs(t) do keys[#keys + 1] = k .. "=" .. tostring(n) end
        table.sort(keys)
        assert.equal(c[2], table.concat(keys, " "))
      end)
    end
  end

  it("gives what d:add takes, to compare lengths", function()
    local ref = dl.date("2024-03-01")
    local year = ref:add{ years = 1 }
    assert.is_true(ref:add(dl.date.duration("P18M")) > year)
    assert.is_false(ref:add(dl.date.duration("P11M")) > year)
    assert.equal("2024-03-18T12", ref:add(dl.date.duration("P2.5W")):iso():sub(1, 13))
  end)

  it("raises on a value that is no string", function()
    local ok, err = pcall(dl.date.duration, 18)
    assert.is_false(ok)
    assert.matches("bad argument #1 to 'duration' (string expected, got number)", err, 1, true)
  end)
end)

describe("dateline.Date", function()
  local d = dl.date("2024-10-22T14:05:09+03:00")

  it("has its fields", function()
    assert.same({ 2024, 10, 22, 14, 5, 9, 180, "second" },
      { d.year, d.month, d.day, d.hour, d.min, d.sec, d.offset, d.granularity })
    assert.is_nil(dl.date("2024-10-22").offset)
    assert.equal(0, dl.date("2024-10-22T14:05Z").offset)
    assert.equal(9.25, dl.date("2024-10-22T14:05:09.25Z").sec)
    assert.is_nil(d.nonsense)
  end)

  it("prints as ISO 8601 at its granularity", function()
    assert.equal("2024-10-22T14:05:09+03:00", tostring(d))
    for _, s in ipairs { "2024", "2024-Q2", "2024-05", "2024-W05", "2024-05-06", "2024-05-06T07",
                         "2024-05-06T07:08", "2024-05-06T07:08:09", "2024-05-06T07:08:09.5-01:30" } do
      assert.equal(s, tostring(dl.date(s)))
    end
  end)

  it("formats with the strftime directives, locale-free", function()
    assert.equal("Tuesday 22 October 2024 14:05:09 +0300",
      d:format("%A %d %B %Y %H:%M:%S %z"))
    assert.equal("Tue Oct 296 2024-W43-2 %", d:format("%a %b %j %G-W%V-%u %%"))
    assert.equal("2024-12-30 2025-W01", dl.date("2024-12-30"):format("%F %G-W%V"))
    assert.has_error(function() d:format("%Q") end,
      "bad argument #1 to 'format' (unknown format directive at position 1)")
  end)

  it("adds with end-of-month clamping", function()
    local j = dl.date("2024-01-31")
    assert.equal("2024-02-29", j:add{ months = 1 }:iso())
    assert.equal("2025-02-28", j:add{ years = 1, months = 1 }:iso())
    assert.equal("2023-12-31", j:add{ months = -1 }:iso())
    assert.equal("2024-03-01", j:add{ days = 30 }:iso())
    assert.equal("2024-02-14", j:add{ weeks = 2 }:iso())
    assert.equal("2024-01-31T05", j:add{ hours = 5 }:iso())
    assert.equal("2024-01-30T23:30", j:add{ minutes = -30 }:iso())
    assert.equal("2024-10-22T12:05:09+03:00", d:add{ hours = -2 }:iso())
    assert.equal("2024-Q4", dl.date("2024-Q3"):add{ months = 3 }:iso())
    assert.equal("2024-W44", dl.date("2024-W43"):add{ weeks = 1 }:iso())
    assert.has_error(function() j:add{ years = 8000 } end, "dateline: date out of range (years 1..9999)")
    assert.has_error(function() j:add{ fortnights = 1 } end)
    assert.has_error(function() j:add{ days = 1.5 } end)
  end)

  it("compares instants, offsets applied", function()
    assert.equal(dl.date("2024-10-22T14:05+03:00"), dl.date("2024-10-22T11:05Z"))
    assert.is_true(dl.date("2024-10-22T14:05+03:00") < dl.date("2024-10-22T11:06Z"))
    assert.is_true(dl.date("2024-10-22") <= dl.date("2024-10-22"))
    assert.is_true(dl.date("2024-10-21") < dl.date("2024-10-22"))
    assert.is_false(dl.date("2024-10-23") < dl.date("2024-10-22"))
    assert.not_equal(dl.date("2024-10"), dl.date("2024-10-01"))
  end)

  it("subtracts to days, fractions for times", function()
    assert.equal(1, dl.date("2024-10-23") - dl.date("2024-10-22"))
    assert.equal(-366, dl.date("2024-01-01") - dl.date("2025-01-01"))
    assert.equal(0.5, dl.date("2024-10-23T00:00Z") - dl.date("2024-10-22T12:00Z"))
    assert.equal(0.125, dl.date("2024-10-22T14:00+03:00") - dl.date("2024-10-22T08:00Z"))
  end)

  it("gives its weekday, ISO week, first and last days", function()
    assert.equal(2, d:weekday())
    local w, y = dl.date("2024-12-30"):isoweek()
    assert.same({ 1, 2025 }, { w, y })
    assert.equal("2024-02-01", dl.date("2024-02"):first():iso())
    assert.equal("2024-02-29", dl.date("2024-02"):last():iso())
    assert.equal("2024-10-27", dl.date("2024-W43"):last():iso())
  end)

  it("converts to UTC and to other offsets", function()
    assert.equal("2024-10-22T11:05:09Z", d:utc():iso())
    assert.equal("2024-10-22T16:35:09+05:30", d:utc(330):iso())
    assert.equal("2024-10-22", dl.date("2024-10-22"):utc():iso())
    assert.equal("2024-10-21T23:30Z", dl.date("2024-10-22T01:30+02:00"):utc():iso())
    assert.equal(1729595109, d:epoch())
  end)

  -- `d + 1` and `d.day = 5` raised Lua's "attempt to perform arithmetic on
  -- a dateline.Date value" / "attempt to index ...": the messages now say
  -- what to write instead, at the caller's line
  it("raises on +, on - a number and on assignment, naming d:add", function()
    local ok, err = pcall(function() return d + 1 end)
    assert.is_false(ok)
    assert.matches("^spec/date_spec%.lua:%d+: a dateline%.Date takes no arithmetic but d1 %- d2 %(days%): "
      .. "d:add{days = n} gives a new Date$", err)
    -- `d * 2` and `-d` raised Lua's generic message: every arithmetic
    -- operator names d:add
    for _, f in ipairs{ function() return d * 2 end, function() return -d end,
                        function() return d / 2 end, function() return d % 7 end } do
      ok, err = pcall(f)
      assert.is_false(ok)
      assert.matches("^spec/date_spec%.lua:%d+: a dateline%.Date takes no arithmetic", err)
    end
    ok, err = pcall(function() return d - 1 end)
    assert.is_false(ok)
    assert.matches("^spec/date_spec%.lua:%d+: d1 %- d2 %(the days between two dates%): dateline%.Date "
      .. "expected, got number; d:add{days = %-n} gives a Date n days earlier$", err)
    ok, err = pcall(function() return 1 + d end)
    assert.is_false(ok)
    assert.matches("d:add{days = n}", err, 1, true)
    ok, err = pcall(function() d.day = 5 end)
    assert.is_false(ok)
    assert.matches("^spec/date_spec%.lua:%d+: a dateline%.Date is read%-only: d:add{...} or dl%.date%(...%) "
      .. "gives a new Date$", err)
    assert.equal(22, d.day)
  end)

  it("concatenates as its ISO form", function()
    assert.equal("on 2024-10-22T14:05:09+03:00", "on " .. d)
    assert.equal("2024-10-22 to 2024-10-23", dl.date("2024-10-22") .. " to " .. dl.date("2024-10-23"))
    assert.equal("2024-W43/1", dl.date("2024-W43") .. "/" .. 1)
    local ok, err = pcall(function() return d .. {} end)
    assert.is_false(ok)
    assert.matches("^spec/date_spec%.lua:%d+: attempt to concatenate a table value$", err)
  end)
end)

describe("dl.date arguments", function()
  it("rejects a non-string with a message naming the argument", function()
    assert.has_error(function() dl.date(nil) end, "bad argument #1 to 'date' (string expected, got nil)")
    -- a number: the message says how to read it as epoch seconds
    assert.has_error(function() dl.date(12) end,
      "bad argument #1 to 'date' (string expected, got number; epoch seconds take {epoch = true})")
    assert.has_error(function() dl.date("2024", 5) end)
  end)
  it("takes numbers as epoch seconds with epoch = true", function()
    assert.equal("2023-11-14T22:13:20Z", dl.date(1700000000, { epoch = true }):iso())
    assert.equal("2023-11-14T22:13:20.5Z", dl.date(1700000000.5, { epoch = true }):iso())
  end)
  it("carries a fraction that rounds to a whole second (no :59.0 / nsec = 1e9)", function()
    assert.equal("1970-01-01T00:00:00Z", dl.date(-1e-17, { epoch = true }):iso())
    assert.equal(0, dl.date(-1e-17, { epoch = true }).sec)
    assert.equal("1969-12-31T23:59:59.5Z", dl.date(-0.5, { epoch = true }):iso())
  end)
  it("caps the length of a format pattern with a clear error", function()
    local d = dl.date("2024-10-22")
    assert.equal(string.rep("2024", 1024), d:format(string.rep("%Y", 1024)))
    assert.has_error(function() d:format(string.rep("x", 4097)) end,
      "bad argument #1 to 'format' (format longer than 4096 bytes)")
  end)
  it("names a bad lang option", function()
    assert.has_error(function() dl.date("hier", { lang = "xx" }) end,
      'bad option \'lang\' ("en", "ru", "zh", "de", "fr", "es" or "auto" expected, got "xx")')
    assert.has_error(function() dl.timexes("hier", { lang = "klingon" }) end)
    assert.has_error(function() dl.date("x", { epoch = "yes" }) end)
  end)
  it("raises on a misspelt option name instead of ignoring it", function()
    assert.has_error(function() dl.date("3/4/2023", { dayfrist = true }) end,
      "bad option 'dayfrist' to 'date' (unknown; did you mean 'dayfirst'? the options are ref, dayfirst, lang, epoch, cst)")
    -- a table shared with dl.parse passes
    assert.equal("2023-04-03", dl.date("3/4/2023", { dayfirst = true, anchor = "ref" }):iso())
  end)
  it("refuses strings longer than the limit", function()
    local d, msg = dl.date(string.rep("1", 300))
    assert.is_nil(d)
    assert(msg:find("DL_MAX_DATE_STRING", 1, true))
  end)
  it("never crashes on garbage", function()
    local bytes = "0123456789-/:.,+TZW QJanOctMonGMT()\0\255\208\188"
    local seed = 7
    for _ = 1, 3000 do
      local t = {}
      for k = 1, (seed % 30) do
        seed = (seed * 1103515245 + 12345) % 2147483648
        local i = seed % #bytes + 1
        t[k] = bytes:sub(i, i)
      end
      seed = (seed * 1103515245 + 12345) % 2147483648
      local s = table.concat(t)
      local d, msg, p = dl.date(s, { ref = "2024-10-22" })
      if d then assert.equal("date", dl.type(d))
      else assert(type(msg) == "string" and p >= 1 and p <= #s + 1) end
    end
  end)
end)

describe("Date arithmetic (property)", function()
  -- an independent day count: days before year y, then before month m
  local function leap(y) return (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0 end
  local mlen = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
  local ystart, acc = {}, 0
  for y = 1, 10000 do ystart[y] = acc; acc = acc + (leap(y) and 366 or 365) end
  local function ordinal(y, m, d)
    local n = ystart[y] + d - 1
    for k = 1, m - 1 do n = n + mlen[k] + ((k == 2 and leap(y)) and 1 or 0) end
    return n
  end
  it("agrees with an independent day count over years 1..9999", function()
    local seed = 20241022
    local function rnd(n)
      seed = (seed * 16807) % 2147483647   -- exact in doubles (Lua 5.1, LuaJIT)
      return seed % n
    end
    for _ = 1, 3000 do
      local y, m = rnd(9999) + 1, rnd(12) + 1
      local dim = mlen[m] + ((m == 2 and leap(y)) and 1 or 0)
      local day = rnd(dim) + 1
      local a = dl.date(string.format("%04d-%02d-%02d", y, m, day))
      local n = rnd(400001) - 200000
      local o = ordinal(y, m, day) + n
      if o >= 0 and o < ystart[10000] then
        local b = a:add{ days = n }
        assert.equal(o, ordinal(b.year, b.month, b.day))
        assert.equal(n, b - a)
        assert.equal(a, b:add{ days = -n })
      end
    end
  end)
end)
