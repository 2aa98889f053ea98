--- dateline.date: Date values.
--
-- `dl.date(s [, opts])` parses a whole string into a `dateline.Date`, or
-- returns `nil, message, position`; `dl.date.from_timex(v)` turns a TIMEX3
-- value into a Date plus the first and last days of the period it names.
-- The work is done by the C core (csrc/date.c, tz.c, i18n.c): the same
-- calendar arithmetic and the same temporal recognizer as `dl.timexes`.
--
-- A Date has the fields `year month day hour min sec offset granularity`
-- (`offset` in minutes east of UTC, nil when the string gave none) and the
-- methods `iso format add weekday isoweek utc tz first last epoch`; `==`,
-- `<`, `<=` compare instants (offsets applied), `d1 - d2` is in days.
-- @module dateline.date

local core = require "dateline.core"

local error, getmetatable, rawget, require, setmetatable, type =
      error, getmetatable, rawget, require, setmetatable, type
local format = string.format

local _ENV = nil

local date = {}

local function check(fname, s, opts)
  local ts = type(s)
  if ts ~= "string" and not (ts == "number" and type(opts) == "table" and opts.epoch) then
    error(format("bad argument #1 to '%s' (string expected, got %s)", fname, ts), 3)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error(format("bad argument #2 to '%s' (opts: table expected, got %s)", fname, type(opts)), 3)
  end
  -- a misspelt option name ({dayfrist = true}) raises, as in dl.parse
  if opts ~= nil then require("dateline")._check_opts(fname, opts, 3) end
end

--- Parse a whole string as a date.
-- @tparam string s ISO 8601, RFC 3339, RFC 2822, HTTP dates, numeric and
--   month-name dates, or any single temporal expression (`"yesterday"`)
-- @tparam[opt] table opts `ref`, `dayfirst`, `lang`, `epoch`, `cst`
-- @return a `dateline.Date`, or `nil, message, position`
function date.parse(s, opts)
  check("date", s, opts)
  return core.date(s, opts)
end

--- A TIMEX3 value ("2024-W43", "1998-SU", "198") as a Date at its
-- granularity, and the first and last days of its period.
-- @return Date, first, last (or `nil, message, position`)
function date.from_timex(v)
  if type(v) ~= "string" then
    error(format("bad argument #1 to 'from_timex' (string expected, got %s)", type(v)), 2)
  end
  return core.date_from_timex(v)
end

--- The UTC offset in minutes of an IANA zone at a Date's instant, from
-- the system tz database (`root` defaults to /usr/share/zoneinfo).
-- @return minutes, or `nil, message`
local function typename(v)
  local mt = getmetatable(v)
  local name = type(mt) == "table" and rawget(mt, "__name")
  return type(name) == "string" and name or type(v)
end

function date.tz_offset(zone, d, root)
  if type(zone) ~= "string" then
    error(format("bad argument #1 to 'tz_offset' (zone: string expected, got %s)", typename(zone)), 2)
  end
  if getmetatable(d) ~= core.Date then
    error(format("bad argument #2 to 'tz_offset' (dateline.Date expected, got %s)", typename(d)), 2)
  end
  if root ~= nil and type(root) ~= "string" then
    error(format("bad argument #3 to 'tz_offset' (root: string expected, got %s)", typename(root)), 2)
  end
  -- not a tail call: LuaJIT would drop this frame and the name from errors
  local minutes, msg = core.tz_offset(zone, d, root)
  return minutes, msg
end

--- The metatable of dateline.Date values.
date.Date = core.Date

return setmetatable(date, {
  __call = function(_, s, opts)
    check("date", s, opts)
    return core.date(s, opts)
  end,
})
