-- bench/bench.lua -- throughput of dateline over real news text.
--
--   lua5.4 bench/bench.lua [SHARED_DIR]
--
-- Builds a corpus from SHARED_DIR/data/reuters-dev.jsonl (real Reuters
-- stories; read at run time, never copied into the repo), repeated to at
-- least 50 MB, and reports MB/s of dl.parse (structure + dateline) and of
-- dl.timexes on one core, plus the peak resident memory, which must stay
-- flat in the number of articles.  Also times adversarial inputs per MB
-- against normal text.
local dl = require "dateline"
local cjson = require "cjson"

local shared = arg[1] or "../shared"
local TARGET = 50 * 1024 * 1024

local function peak_rss_kb()
  local f = io.open("/proc/self/status")
  if not f then return 0 end
  local s = f:read("a")
  f:close()
  return tonumber(s:match("VmHWM:%s*(%d+)")) or 0
end

local f = assert(io.open(shared .. "/data/reuters-dev.jsonl"))
local docs, bytes = {}, 0
for line in f:lines() do
  local d = cjson.decode(line)
  docs[#docs + 1] = { text = d.text, ref = d.day }
  bytes = bytes + #d.text
end
f:close()
local reps = math.ceil(TARGET / bytes)
print(string.format("corpus: %d Reuters stories, %.1f KB, repeated %d times = %.1f MB",
  #docs, bytes / 1024, reps, bytes * reps / 1048576))

local function run(name, fn)
  collectgarbage()
  local rss0 = peak_rss_kb()
  local t0 = os.clock()
  local n = 0
  for r = 1, reps do
    for i = 1, #docs do
      fn(docs[i])
      n = n + 1
    end
    if r == 1 then rss0 = peak_rss_kb() end
  end
  local dt = os.clock() - t0
  local mb = bytes * reps / 1048576
  print(string.format("%-28s %8.1f MB/s  %9.0f articles/s  peak RSS %d KB after 1 pass, %d KB after %d",
    name, mb / dt, n / dt, rss0, peak_rss_kb(), reps))
  return mb / dt
end

local opts = {}
run("dl.parse (structure+dateline)", function(d)
  opts.ref = d.ref
  return dl.parse(d.text, opts)
end)
local normal = run("dl.timexes", function(d)
  opts.ref = d.ref
  return dl.timexes(d.text, opts)
end)

-- Adversarial inputs, time per MB against normal text (goal: <= 3x).
local function per_mb(name, text)
  local t0, n = os.clock(), 0
  repeat
    dl.parse(text)
    dl.timexes(text)
    n = n + 1
  until os.clock() - t0 > 0.5
  local rate = #text * n / 1048576 / (os.clock() - t0)
  print(string.format("  %-34s %8.1f MB/s (parse+timexes)", name, rate))
end
print("adversarial inputs (normal text: see above):")
local big = {}
for i = 1, #docs do big[#big + 1] = docs[i].text end
big = table.concat(big, "\n\n")
per_mb("normal Reuters text", big)
per_mb("digits and separators", string.rep("12/31/99 1-2-3 4:5:6 1987-02-26 ", 60000))
per_mb("month and weekday words", string.rep("March May June Monday Sunday ", 60000))
per_mb("one 8 MB line, no spaces", string.rep("a", 8 * 1048576))
per_mb("unbalanced quotes", string.rep("\"\226\128\156 '", 300000))
per_mb("dots and abbreviations", string.rep("Mr. U.S. J.R.R. 2.5 ... ", 200000))
per_mb("invalid UTF-8 and NUL", string.rep("\255\0\192\128 x", 300000))
io.write(string.format("timex scan on normal text: %.1f MB/s\n", normal))
