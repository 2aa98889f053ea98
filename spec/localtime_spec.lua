-- "local time" bound to the article's place (lua/dateline/init.lua:
-- a.timezone and the timexes it binds), through the gazetteer's zones and
-- the system tz database.
local dl = require "dateline"

local function timex(a, text)
  for t in a:timexes() do
    if t.text == text then return t end
  end
end

local have_tzdata = io.open("/usr/share/zoneinfo/Europe/Moscow") ~= nil

describe("a.timezone", function()
  it("is the zone of the dateline place", function()
    local a = dl.parse("KAZAN, Russia (AP) — The leaders met on Tuesday.", { ref = "2024-10-22" })
    assert.equals("Europe/Moscow", a.timezone)
  end)

  it("falls back to the first city the article names", function()
    local a = dl.parse("The leaders met at the Kremlin in Kazan, Russia, on Tuesday.", { ref = "2024-10-22" })
    assert.equals("Europe/Moscow", a.timezone)
  end)

  it("is nil when the article names no place", function()
    assert.is_nil(dl.parse("Prices rose on Tuesday.", { ref = "2024-10-22" }).timezone)
  end)
end)

describe("local time", function()
  local pending_or_it = have_tzdata and it or pending

  pending_or_it("appends the place's UTC offset on that date to a clock time", function()
    local a = dl.parse("KAZAN, Russia (AP) — The leaders met at 3 p.m. local time on Tuesday.",
      { ref = "2024-10-22" })
    local t = timex(a, "3 p.m. local time")
    assert.equals("2024-10-22T15:00+03", t.value)
    assert.equals("Europe/Moscow", t.zone)
    assert.equals(180, t.offset)
  end)

  pending_or_it("follows daylight saving time", function()
    local summer = dl.parse("NEW YORK, July 4 (Reuters) - Fireworks start at 9:30 p.m. local time.",
      { ref = "2024-07-04" })
    assert.equals("2024-07-04T21:30-04", timex(summer, "9:30 p.m. local time").value)
    local winter = dl.parse("NEW YORK, Jan 4 (Reuters) - The sale starts at 9:30 a.m. local time.",
      { ref = "2024-01-04" })
    assert.equals("2024-01-04T09:30-05", timex(winter, "9:30 a.m. local time").value)
  end)

  it("marks a date followed by ', local time' with the zone but keeps its value", function()
    local a = dl.parse("On the afternoon of October 22, local time, the two presidents met in Kazan.",
      { ref = "2024-10-22" })
    local t = timex(a, "the afternoon of October 22")
    assert.equals("2024-10-22TAF", t.value)
    assert.equals("Europe/Moscow", t.zone)
  end)

  it("leaves times alone when the article has no place", function()
    local a = dl.parse("The vote closes at 8 p.m. local time.", { ref = "2024-10-22" })
    local t = timex(a, "8 p.m. local time")
    assert.equals("2024-10-22T20:00", t.value)
    assert.is_nil(t.zone)
  end)
end)

describe("local time in datelines (fixtures/localtime.txt)", function()
  local pending_or_it = have_tzdata and it or pending
  for line in io.lines("spec/fixtures/localtime.txt") do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      local text, ref, zone, value = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)$")
      pending_or_it(string.format("%s (%s) is %s, %s", text:match("^[^(]+"), ref, zone, value), function()
        local a = dl.parse(text, { ref = ref })
        assert.equals(zone, a.timezone)
        local t = timex(a, "8 p.m. local time")
        assert.is_truthy(t)
        assert.equals(value, t.value)
        assert.equals(zone, t.zone)
      end)
    end
  end
end)
