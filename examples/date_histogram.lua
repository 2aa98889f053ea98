--- date_histogram.lua: how often each month is mentioned in a corpus.
--
--   lua5.4 examples/date_histogram.lua samples/ [year|month|day]
--
-- Every temporal expression of the stories (corpus.story_timexes: not those
-- of bylines, captions and boilerplate) that names a calendar period is counted at the
-- chosen granularity (default: month), and drawn as a bar.
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

local corpus = require "dateline.corpus"

local paths, gran = {}, "month"
for _, x in ipairs(arg) do
  if x == "year" or x == "month" or x == "day" then gran = x else paths[#paths + 1] = x end
end
if #paths == 0 then paths[1] = "samples" end
local cut = ({ year = 4, month = 7, day = 10 })[gran]

local items = {}
for a in corpus.new(paths):articles() do
  -- the story's own dates: not a caption's or copyright line's
  for _, t in ipairs(corpus.story_timexes(a)) do items[#items + 1] = { value = t.value } end
end
local dated = corpus.timeline(items)   -- sorted, undatable values left out
local counts, order = {}, {}
for _, it in ipairs(dated) do
  local rank = ({ year = 1, quarter = 2, month = 3 })[it.granularity] or 5
  -- an expression coarser than the histogram's unit is not counted
  if rank >= ({ year = 1, month = 3, day = 5 })[gran] then
    local k = it.key:sub(1, cut)
    if not counts[k] then counts[k] = 0; order[#order + 1] = k end
    counts[k] = counts[k] + 1
  end
end
local max = 0
for _, n in pairs(counts) do if n > max then max = n end end
for _, k in ipairs(order) do
  print(string.format("%-10s %4d %s", k, counts[k], string.rep("#", math.ceil(counts[k] * 50 / max))))
end
