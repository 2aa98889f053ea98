--- place_dates.lua: where things happened, and when.
--
--   lua5.4 examples/place_dates.lua samples/ [--articles]
--
-- An index of the places a corpus names (its LOCATION entities, by
-- canonical name, `Tromso` and `Tromsø` as one) to the dates of the
-- articles that name them, most named first; with --articles, the places
-- of each article before it.
do
  local root = (arg and arg[0] or ""):match("^(.-)[^/]*/[^/]*$")
  if root then
    root = root == "" and "./" or root
    -- the build of this interpreter: build/ (Lua 5.4), else build/lua5.1/,
    -- build/luajit/... (make test LUA=...)
    local build = rawget(_G, "jit") and "build/luajit/"
      or _VERSION == "Lua 5.4" and "build/" or "build/lua" .. _VERSION:sub(5) .. "/"
    package.path = root .. "lua/?.lua;" .. root .. "lua/?/init.lua;" .. package.path
    package.cpath = root .. build .. "?.so;" .. package.cpath
  end
end

local dl = require "dateline"

local paths, per_article = {}, false
for _, x in ipairs(arg) do
  if x == "--articles" then per_article = true else paths[#paths + 1] = x end
end
if #paths == 0 then paths[1] = "samples" end

local dates, order = {}, {}   -- place -> { [date] = true }; places as first seen
for a in dl.corpus(paths):articles() do
  local names = {}
  for e in a:entities("LOCATION") do
    names[#names + 1] = e.name
    if not dates[e.name] then dates[e.name] = {}; order[#order + 1] = e.name end
    -- an article without a date (no dateline, no ref) still counts
    dates[e.name][a.date or "?"] = true
  end
  if per_article then print(a.id, a.date or "?", table.concat(names, ", ")) end
end
if per_article then print() end

local rows = {}
for _, place in ipairs(order) do
  local list = {}
  for d in pairs(dates[place]) do list[#list + 1] = d end
  table.sort(list)
  rows[#rows + 1] = { place = place, dates = list }
end
-- most named first (in the most articles' dates), then by name
table.sort(rows, function(x, y)
  if #x.dates ~= #y.dates then return #x.dates > #y.dates end
  return x.place < y.place
end)
for _, r in ipairs(rows) do print(r.place, table.concat(r.dates, " ")) end
