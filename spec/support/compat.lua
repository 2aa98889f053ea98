-- What the specs need to run on Lua 5.1, 5.2, 5.3, 5.4 and LuaJIT 2.1 alike.
local M = {}

local floor = math.floor

--- The interpreter running the specs, as a command name ("lua5.4",
-- "luajit"), for the child processes a spec starts.
M.lua = rawget(_G, "jit") and "luajit" or "lua" .. _VERSION:sub(5)

--- The build folder of that interpreter's module (the Makefile's BUILD).
M.build = M.lua == "lua5.4" and "build" or "build/" .. M.lua

--- os.execute succeeded (true on 5.2+, exit status 0 on 5.1 and LuaJIT).
function M.exec_ok(r) return r == true or r == 0 end

--- math.tointeger: an integer on 5.3+, a whole number on older versions.
M.tointeger = math.tointeger or function(x)
  if type(x) == "number" and x == floor(x) and x > -2^53 and x < 2^53 then return x end
  return nil
end

--- math.type: on versions without integers, a whole number is "integer".
M.mathtype = math.type or function(x)
  if type(x) ~= "number" then return nil end
  if x == floor(x) and x > -2^53 and x < 2^53 then return "integer" end
  return "float"
end

--- Run a shell command: its standard output, standard error and exit
-- status.  Closing an io.popen pipe gives the status only on 5.2+, so the
-- shell writes it to a file.
function M.run(cmd)
  local err, rc = os.tmpname(), os.tmpname()
  local p = assert(io.popen(cmd .. " 2>" .. err .. "; echo $? >" .. rc))
  local out = p:read("*a")
  p:close()
  local function slurp(path)
    local f = io.open(path, "rb")
    local s = f and f:read("*a") or ""
    if f then f:close() end
    os.remove(path)
    return s
  end
  local e = slurp(err)
  return out, e, tonumber((slurp(rc):match("%d+")))
end

local rawutf8 = rawget(_G, "utf8")

--- utf8.char of one code point.
function M.utf8_char(cp)
  if rawutf8 then return rawutf8.char(cp) end
  local char = string.char
  if cp < 0x80 then return char(cp) end
  if cp < 0x800 then return char(0xC0 + floor(cp / 64), 0x80 + cp % 64) end
  if cp < 0x10000 then
    return char(0xE0 + floor(cp / 4096), 0x80 + floor(cp / 64) % 64, 0x80 + cp % 64)
  end
  return char(0xF0 + floor(cp / 262144), 0x80 + floor(cp / 4096) % 64,
              0x80 + floor(cp / 64) % 64, 0x80 + cp % 64)
end

--- utf8.len: the number of characters of s, or nil when s is not valid
-- UTF-8 (shortest forms, no surrogates, at most U+10FFFF).
function M.utf8_len(s)
  if rawutf8 then return rawutf8.len(s) end
  local n, i, len = 0, 1, #s
  local byte = string.byte
  while i <= len do
    local c = byte(s, i)
    local k, min, cp
    if c < 0x80 then k, cp, min = 0, c, 0
    elseif c >= 0xC2 and c <= 0xDF then k, cp, min = 1, c - 0xC0, 0x80
    elseif c >= 0xE0 and c <= 0xEF then k, cp, min = 2, c - 0xE0, 0x800
    elseif c >= 0xF0 and c <= 0xF4 then k, cp, min = 3, c - 0xF0, 0x10000
    else return nil end
    for j = 1, k do
      local cc = byte(s, i + j)
      if not cc or cc < 0x80 or cc > 0xBF then return nil end
      cp = cp * 64 + cc - 0x80
    end
    if cp < min or cp > 0x10FFFF or (cp >= 0xD800 and cp <= 0xDFFF) then return nil end
    n, i = n + 1, i + k + 1
  end
  return n
end

return M
