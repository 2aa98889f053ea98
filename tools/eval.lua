-- eval.lua: run dl.timexes over te3text.py JSON lines and write the
-- system JSON lines te3score.py reads (0-based code-point offsets, end
-- exclusive).
-- usage: lua5.4 tools/eval.lua DOCS.jsonl SYS.jsonl
local cjson = require "cjson"
local dl = require "dateline"

local inp, outp = arg[1], arg[2]
assert(inp and outp, "usage: eval.lua DOCS.jsonl SYS.jsonl")
local out = assert(io.open(outp, "w"))
local ndoc, ntx = 0, 0
for line in io.lines(inp) do
  local d = cjson.decode(line)
  local text = d.text
  local opts = {}
  if type(d.dct) == "string" then opts.ref = d.dct end
  local ok, list = pcall(dl.timexes, text, opts)
  if not ok then
    opts.ref = type(d.dct) == "string" and d.dct:sub(1, 10) or nil
    list = dl.timexes(text, opts)
  end
  -- byte position -> code points before it, in one pass
  local cp = {}
  local n = 0
  for p in utf8.codes(text, true) do
    n = n + 1
    cp[p] = n - 1
  end
  local function before(b)   -- code points before byte b (1-based)
    while b <= #text and cp[b] == nil do b = b + 1 end
    if b > #text then return n end
    return cp[b]
  end
  local tx = {}
  for _, t in ipairs(list) do
    tx[#tx + 1] = { begin = before(t.start), ["end"] = before(t.stop + 1),
                    type = t.type, value = t.value }
  end
  ntx = ntx + #tx
  ndoc = ndoc + 1
  setmetatable(tx, cjson.array_mt)
  out:write(cjson.encode({ doc = d.doc, timexes = tx }), "\n")
end
out:close()
io.stderr:write(string.format("%d documents, %d timexes\n", ndoc, ntx))
