--- who_said_what.lua: every attributed quote of a corpus, by speaker.
--
--   lua5.4 examples/who_said_what.lua samples/
--
-- Speakers are canonical names: the fullest form an article uses ("Xi"
-- -> "Xi Jinping"), then across the corpus (corpus.names: "Barrera" alone
-- in one article -> "Tomás Barrera" of another); the most quoted first.
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

local quotes, names = {}, corpus.names()
for a in corpus.new(#arg > 0 and arg or { "samples" }):articles() do
  names:add(a)
  for _, w in ipairs(corpus.who_said_what(a)) do quotes[#quotes + 1] = w end
end
for _, w in ipairs(quotes) do w.speaker = names:canonical(w.speaker) or w.speaker end
local by = corpus.counts(quotes, function(w) return w.speaker end)
for _, row in ipairs(by) do
  local speaker, n = row[1], row[2]
  print(string.format("%s (%d)", speaker, n))
  for _, w in ipairs(quotes) do
    if w.speaker == speaker then
      local text = w.text:gsub("%s+", " ")
      if #text > 100 then text = text:sub(1, 97) .. "..." end
      print(string.format("  %s  %-20s \"%s\"", w.date or "----------", w.id, text))
    end
  end
end
