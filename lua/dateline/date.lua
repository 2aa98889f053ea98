--- dateline.date: Date values.
--
-- `dl.date(s [, opts])` parses a whole string into a `dateline.Date`, or
-- returns `nil, message, position`; `dl.date.from_timex(v)` turns a TIMEX3
-- value into a Date plus the first and last days of the period it names;
-- `dl.date.duration(v)` a TIMEX3 duration into the units `d:add` takes.
-- The work is done by the C core (csrc/date.c, tz.c, i18n.c): the same
-- calendar arithmetic and the same temporal recognizer as `dl.timexes`.
--
-- A Date has the fields `year month day hour min sec offset granularity`
-- (`offset` in minutes east of UTC, nil when the string gave none) and the
-- methods `iso format add weekday isoweek utc tz first last epoch`; `==`,
-- `<`, `<=` compare instants (offsets applied), `d1 - d2` is in days.
-- @module dateline.date

local core = require "dateline.core"

local error, getmetatable, pairs, rawget, require, setmetatable, tonumber, type =
      error, getmetatable, pairs, rawget, require, setmetatable, tonumber, type
local format, match, sub = string.format, string.match, string.sub
local floor, huge = math.floor, math.huge

local _ENV = nil

local date = {}

local function check(fname, s, opts)
  local ts = type(s)
  if ts ~= "string" and not (ts == "number" and type(opts) == "table" and opts.epoch) then
    -- a number is epoch seconds only when asked: say how
    error(format("bad argument #1 to '%s' (string expected, got %s%s)", fname, ts,
      ts == "number" and "; epoch seconds take {epoch = true}" or ""), 3)
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

local function typename(v)
  local mt = getmetatable(v)
  local name = type(mt) == "table" and rawget(mt, "__name")
  return type(name) == "string" and name or type(v)
end

-- TIMEX3 duration units: the d:add key each counts in, and how many of it.
-- Decades, centuries and millennia (DE CE ML) are years; a quarter is three
-- months.  The weekend (WE) has no fixed length and is refused.
local DATE_UNITS = {
  Y = { "years", 1 }, DE = { "years", 10 }, CE = { "years", 100 }, ML = { "years", 1000 },
  Q = { "months", 3 }, M = { "months", 1 }, W = { "weeks", 1 }, D = { "days", 1 },
}
local TIME_UNITS = { H = { "hours", 1 }, M = { "minutes", 1 }, S = { "seconds", 1 } }
-- Where a fraction goes when it is exact in a smaller unit (P1.5Y: a year
-- and six months; P2.5D: two days and twelve hours).  A fraction of a month
-- stays a fraction: a month has no fixed number of days.
local CARRY = { years = { "months", 12 }, weeks = { "days", 7 }, days = { "hours", 24 },
  hours = { "minutes", 60 }, minutes = { "seconds", 60 } }

--- A TIMEX3 duration value ("P18M", "PT2H30M", "P1.5Y") as the table of
-- units `d:add` takes: `{months = 18}`, `{hours = 2, minutes = 30}`,
-- `{years = 1, months = 6}`; so `ref:add(dur) > ref:add{years = 1}` says
-- whether it is longer than a year.
-- @return table, or `nil, message, position` (not a duration, an unknown
--   quantity `PXY`, a weekend `P1WE`)
function date.duration(v)
  if type(v) ~= "string" then
    error(format("bad argument #1 to 'duration' (string expected, got %s)", typename(v)), 2)
  end
  if sub(v, 1, 1) ~= "P" then return nil, "not a duration (a TIMEX3 duration starts with P)", 1 end
  local out, pos, units, any, t_at = {}, 2, DATE_UNITS, false, nil
  while pos <= #v do
    local c = sub(v, pos, pos)
    if c == "T" and units == DATE_UNITS then
      units, pos, t_at = TIME_UNITS, pos + 1, pos
    elseif c == "X" then
      return nil, "an unknown quantity (X) has no length", pos
    else
      local num, at = match(v, "^(%d+%.?%d*)()", pos)
      if not num then return nil, "not a duration", pos end
      -- the two-letter units (DE CE ML WE) of the date part, else one letter
      local unit = sub(v, at, at + 1)
      if units ~= DATE_UNITS or not (units[unit] or unit == "WE") then unit = sub(v, at, at) end
      if unit == "WE" then return nil, "a weekend has no fixed length", pos end
      local u = units[unit]
      if unit == "" then return nil, "a number without a unit", at end
      if not u then return nil, "unknown unit '" .. unit .. "'", at end
      local key, n = u[1], tonumber(num) * u[2]
      -- a number past a double's range reads as inf, and inf % 1 is NaN:
      -- the carry below made {years = nan, months = nan} of it
      if n == huge then return nil, "a number too large", pos end
      while n % 1 ~= 0 and CARRY[key] do
        local whole = n - n % 1
        if whole ~= 0 then out[key] = (out[key] or 0) + whole end
        key, n = CARRY[key][1], (n - whole) * CARRY[key][2]
        -- 0.1 is no exact double: 0.1 * 12 is 1.2000000000000002 and
        -- P0.1D ended in seconds = 1.28e-12; a fraction past 1e-9 of the
        -- smaller unit is binary noise, not part of the value
        n = floor(n * 1e9 + 0.5) / 1e9
      end
      if n ~= 0 or key == u[1] then out[key] = (out[key] or 0) + n end
      pos, any = at + #unit, true
    end
  end
  if not any then return nil, "not a duration", pos end
  -- "P1YT": a T and no hours, minutes or seconds after it (as "PT" alone)
  if t_at and sub(v, -1) == "T" then return nil, "a T without a time unit", t_at end
  for k, n in pairs(out) do
    if n % 1 == 0 then out[k] = floor(n) end   -- 18, not 18.0, on Lua 5.3+
  end
  return out
end

--- The UTC offset in minutes of an IANA zone at a Date's instant, from
-- the system tz database (`root` defaults to /usr/share/zoneinfo).
-- @return minutes, or `nil, message`
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
