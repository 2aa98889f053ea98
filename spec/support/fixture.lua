-- Helpers the specs share to read their fixture files (one case per line).
local compat = require "support.compat"

local M = {}

--- Undo the escapes fixture lines use for what a line cannot hold:
-- \n \r \t and \uXXXX.
function M.unescape(s)
  return (s:gsub("\\u(%x%x%x%x)", function(h) return compat.utf8_char(tonumber(h, 16)) end)
           :gsub("\\n", "\n"):gsub("\\r", "\r"):gsub("\\t", "\t"))
end

--- Split s at every plain occurrence of sep ("" gives no fields).
function M.split(s, sep)
  local out, pos = {}, 1
  if s == "" then return out end
  while true do
    local a, b = s:find(sep, pos, true)
    if not a then out[#out + 1] = s:sub(pos); break end
    out[#out + 1] = s:sub(pos, a - 1)
    pos = b + 1
  end
  return out
end

function M.trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

return M
