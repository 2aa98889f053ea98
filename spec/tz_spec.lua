-- tz_spec.lua: zone abbreviations and offsets in dl.date, and the system
-- tz database through d:tz() and dl.date.tz_offset (csrc/tz.c).
local dl = require "dateline"

local HAVE_TZDATA = io.open("/usr/share/zoneinfo/Europe/Moscow", "rb")
if HAVE_TZDATA then HAVE_TZDATA:close() end

describe("zone abbreviations", function()
  local cases = {
    { "GMT", 0 }, { "UTC", 0 }, { "UT", 0 }, { "Z", 0 }, { "EST", -300 }, { "EDT", -240 },
    { "CST", -360 }, { "CDT", -300 }, { "MST", -420 }, { "MDT", -360 }, { "PST", -480 },
    { "PDT", -420 }, { "AKST", -540 }, { "HST", -600 }, { "WET", 0 }, { "BST", 60 },
    { "CET", 60 }, { "CEST", 120 }, { "EET", 120 }, { "EEST", 180 }, { "MSK", 180 },
    { "IST", 330 }, { "PKT", 300 }, { "ICT", 420 }, { "SGT", 480 }, { "HKT", 480 },
    { "JST", 540 }, { "KST", 540 }, { "AEST", 600 }, { "AEDT", 660 }, { "NZST", 720 },
    { "NZDT", 780 }, { "SAST", 120 }, { "EAT", 180 }, { "WAT", 60 }, { "BRT", -180 },
    { "NST", -210 },
  }
  for _, c in ipairs(cases) do
    it(string.format("reads %s as %+d minutes", c[1], c[2]), function()
      local d = assert(dl.date("Tue, 22 Oct 2024 14:05:00 " .. c[1]))
      assert.equal(c[2], d.offset)
    end)
  end
  it("reads CST as China's with cst = \"china\"", function()
    assert.equal(480, dl.date("22 Oct 2024 14:05 CST", { cst = "china" }).offset)
    assert.equal(-360, dl.date("22 Oct 2024 14:05 CST", { cst = "us" }).offset)
    assert.has_error(function() dl.date("22 Oct 2024 14:05 CST", { cst = "mars" }) end,
      'bad option \'cst\' ("us" or "china" expected, got "mars")')
  end)
  it("rejects an unknown abbreviation", function()
    local d, msg = dl.date("Tue, 22 Oct 2024 14:05:00 XYZ")
    assert.is_nil(d)
    assert.equal("unexpected text after the date", msg)
  end)
end)

describe("d:tz() and dl.date.tz_offset", function()
  local pending_if = HAVE_TZDATA and it or pending
  pending_if("gives Moscow's offset (Kazan's zone) from the tz database", function()
    local d = dl.date("2024-10-22T12:00Z")
    assert.equal(180, dl.date.tz_offset("Europe/Moscow", d))
    assert.equal("2024-10-22T15:00+03:00", d:tz("Europe/Moscow"):iso())
    -- Moscow kept +04:00 from 2011 to 2014
    assert.equal(240, dl.date.tz_offset("Europe/Moscow", dl.date("2012-06-01T00:00Z")))
  end)
  pending_if("follows daylight saving time by date", function()
    assert.equal(-240, dl.date.tz_offset("America/New_York", dl.date("2024-07-01T12:00Z")))
    assert.equal(-300, dl.date.tz_offset("America/New_York", dl.date("2024-12-01T12:00Z")))
    assert.equal(-300, dl.date.tz_offset("America/New_York", dl.date("2060-12-01T12:00Z")))
    assert.equal(-240, dl.date.tz_offset("America/New_York", dl.date("2060-07-01T12:00Z")))
    assert.equal(60, dl.date.tz_offset("Europe/Paris", dl.date("2024-10-27T01:00Z")))
    assert.equal(120, dl.date.tz_offset("Europe/Paris", dl.date("2024-10-27T00:59Z")))
    assert.equal(330, dl.date.tz_offset("Asia/Kolkata", dl.date("2024-10-22T00:00Z")))
    assert.equal(780, dl.date.tz_offset("Pacific/Auckland", dl.date("2024-01-10T00:00Z")))
  end)
  it("keeps the instant when converting", function()
    local d = dl.date("2024-10-22T12:00Z")
    local m = d:tz("Europe/Moscow")
    if m then assert.equal(d, m) end
  end)
  it("answers nil and a message for unknown or unsafe zone names", function()
    local d = dl.date("2024-10-22T12:00Z")
    for _, z in ipairs { "No/Such_Zone", "../../etc/passwd", "/etc/passwd", "", "a//b" } do
      local off, msg = dl.date.tz_offset(z, d)
      assert.is_nil(off)
      assert.is_string(msg)
    end
    local off = dl.date.tz_offset("Europe/Moscow", d, "/nonexistent/zoneinfo")
    assert.is_nil(off)
  end)
  it("answers nil for a zone or folder with a NUL byte, not the zone before it", function()
    local d = dl.date("2024-10-22T12:00Z")
    local off, msg = dl.date.tz_offset("UTC\0junk", d)
    assert.is_nil(off)
    assert.matches("NUL", msg)
    local z, zmsg = d:tz("Europe/Paris\0junk")
    assert.is_nil(z)
    assert.matches("NUL", zmsg)
    assert.is_nil(dl.date.tz_offset("UTC", d, "/usr/share/zoneinfo\0/x"))
  end)
end)
