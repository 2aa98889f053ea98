--- demo.lua: parse a folder of news articles and print what dateline finds.
--
--   lua5.4 examples/demo.lua samples            every *.txt in samples/
--   lua5.4 examples/demo.lua a.txt b.txt ...    just these files
--   lua5.4 examples/demo.lua --ref 2024-10-22 samples
--
-- For each article: file | headline | dateline place | date | agency |
-- number of body sentences, then a total line with the parse speed.
--
-- The reference (publication) date of each article comes from --ref, or
-- from a `refs.tsv` file in the folder ("file<TAB>YYYY-MM-DD" per line);
-- without one, a dateline with no year gives "XXXX-MM-DD".

-- Run from a checkout without LUA_PATH set: also look in ../lua and ../build
-- next to this script (after the paths already configured).
do
  local root = (arg and arg[0] or ""):match("^(.-)[^/]*/[^/]*$")
  if root then
    root = root == "" and "./" or root
    -- the build of this interpreter: build/ (Lua 5.4), else build/lua5.1/,
    -- build/luajit/... (make test LUA=...)
    local build = rawget(_G, "jit") and "build/luajit/"
      or _VERSION == "Lua 5.4" and "build/" or "build/lua" .. _VERSION:sub(5) .. "/"
    package.path = package.path .. ";" .. root .. "lua/?.lua;" .. root .. "lua/?/init.lua"
    package.cpath = package.cpath .. ";" .. root .. build .. "?.so"
  end
end

local dl = require "dateline"

local function usage()
  io.stderr:write("usage: lua5.4 examples/demo.lua [--ref YYYY-MM-DD] FOLDER | FILE...\n")
  os.exit(2)
end

local function read(path)
  local f, err = io.open(path, "rb")
  if not f then return nil, err end
  local s, rerr = f:read("*a")
  f:close()
  return s, rerr
end

-- A folder opens but cannot be read (on POSIX systems).
local function is_dir(path)
  local f = io.open(path, "rb")
  if not f then return false end
  local ok, _, code = f:read(0)
  f:close()
  return ok == nil and code == 21   -- EISDIR
end

-- The *.txt files of a folder, sorted by name (ls, since lfs is optional).
local function list_dir(dir)
  local p = assert(io.popen("ls -1 '" .. dir:gsub("'", "'\\''") .. "'"))
  local files = {}
  for name in p:lines() do
    if name:match("%.txt$") then files[#files + 1] = dir:gsub("/+$", "") .. "/" .. name end
  end
  p:close()
  table.sort(files)
  return files
end

local function basename(path) return path:match("([^/]*)$") end

-- refs.tsv: "name<TAB>YYYY-MM-DD" lines, "#" comments.
local function read_refs(dir)
  local refs = {}
  local s = read(dir:gsub("/+$", "") .. "/refs.tsv")
  if s then
    for name, ref in s:gmatch("([^\t\r\n#][^\t\r\n]*)\t(%d%d%d%d%-%d%d%-%d%d)") do
      refs[name] = ref
    end
  end
  return refs
end

-- Display width in characters (UTF-8), clipped with "..." to n characters.
-- (by pattern, not utf8.*: Lua 5.1, 5.2 and LuaJIT have no utf8 library)
local function width(s) return select(2, s:gsub("[^\128-\191]", "")) end
-- The byte position of the n-th character; #s + 1 just past the end.
local function char_offset(s, n)
  local k = 0
  for p in s:gmatch("()[^\128-\191]") do
    k = k + 1
    if k == n then return p end
  end
  if n == k + 1 then return #s + 1 end
  return nil
end
local function clip(s, n)
  s = s:gsub("%s+", " ")
  if width(s) <= n then return s end
  local cut = char_offset(s, n - 2) or (n - 2)
  return s:sub(1, cut - 1) .. "..."
end

-- Arguments.
local ref, paths = nil, {}
local i = 1
while i <= #arg do
  local a = arg[i]
  if a == "--ref" then
    ref = arg[i + 1] or usage()
    i = i + 1
  elseif a == "-h" or a == "--help" then
    usage()
  else
    paths[#paths + 1] = a
  end
  i = i + 1
end
if #paths == 0 then usage() end

local files = {}
for _, p in ipairs(paths) do
  if is_dir(p) then
    for _, f in ipairs(list_dir(p)) do files[#files + 1] = f end
  else
    files[#files + 1] = p
  end
end

-- The refs.tsv of a file's folder, read once per folder.
local refs_of = {}
local function ref_for(path)
  local dir = path:match("^(.*)/[^/]*$") or "."
  local refs = refs_of[dir]
  if not refs then
    refs = read_refs(dir)
    refs_of[dir] = refs
  end
  return refs[basename(path)]
end
if #files == 0 then
  io.stderr:write("demo: no .txt files found\n")
  os.exit(1)
end

-- Parse everything once for the table.
local header = { "file", "headline", "place", "date", "agency", "sent" }
local rows, texts, opts = {}, {}, {}
local total_sent, total_dl, bytes = 0, 0, 0
for k, path in ipairs(files) do
  local text, err = read(path)
  if not text then
    io.stderr:write("demo: ", tostring(err), "\n")
    os.exit(1)
  end
  local name = basename(path)
  local o = { ref = ref or ref_for(path) }
  texts[k], opts[k] = text, o
  bytes = bytes + #text
  local a = dl.parse(text, o)
  local n = 0
  for _ in a:sentences() do n = n + 1 end
  local d = a.dateline
  if d then total_dl = total_dl + 1 end
  total_sent = total_sent + n
  rows[#rows + 1] = {
    name,
    a.headline and clip(a.headline, 40) or "-",
    d and d.place or "-",
    d and d.date or "-",
    d and d.agency or "-",
    tostring(n),
  }
end

-- Speed of dl.parse (structure, sentences, dateline): parse the whole set
-- again, repeatedly, for at least 0.2 s of CPU time.
local rounds, t0 = 0, os.clock()
local elapsed
repeat
  for k = 1, #texts do dl.parse(texts[k], opts[k]) end
  rounds = rounds + 1
  elapsed = os.clock() - t0
until elapsed >= 0.2
local mbs = bytes * rounds / (1024 * 1024) / elapsed

-- Print the table, columns aligned by character width; the count right-aligned.
local w = {}
for c = 1, #header do w[c] = width(header[c]) end
for _, r in ipairs(rows) do
  for c = 1, #r do w[c] = math.max(w[c], width(r[c])) end
end
local function line(r)
  local out = {}
  for c = 1, #r do
    local pad = string.rep(" ", w[c] - width(r[c]))
    out[c] = (c == #r) and (pad .. r[c]) or (r[c] .. pad)
  end
  return (table.concat(out, " | "):gsub("%s+$", ""))
end
print(line(header))
local rule = {}
for c = 1, #header do rule[c] = string.rep("-", w[c]) end
print(table.concat(rule, "-+-"))
for _, r in ipairs(rows) do print(line(r)) end
local function count(n, what) return n .. " " .. what .. (n == 1 and "" or "s") end
print(string.format("%s, %s, %s found; %.1f KB parsed at %.1f MB/s",
  count(#rows, "article"), count(total_sent, "sentence"), count(total_dl, "dateline"),
  bytes / 1024, mbs))
