--- dateline.report: a corpus as one self-contained HTML page.
--
--     local report = require "dateline.report"
--     local html = report.render(dl.corpus("samples/"), { title = "Samples" })
--
-- The page needs no network: styles and the small script are inline, the
-- chart is inline SVG.  It has a timeline of the dated events (each
-- article's date, and every temporal expression that names a calendar
-- period within the articles' range and its margin), then each article with its temporal
-- expressions, people, places, organizations and quotes highlighted; the
-- `title` of each highlight (shown on hover) is the normalized value, the
-- canonical entity, or the speaker.  Used by `dateline report`.
-- @module dateline.report

local corpus = require "dateline.corpus"
local dl = require "dateline"

local getmetatable, ipairs, pairs, tostring, type, pcall = getmetatable, ipairs, pairs, tostring, type, pcall
local concat, sort = table.concat, table.sort
local format, gsub, match, sub = string.format, string.gsub, string.match, string.sub
local floor = math.floor

local _ENV = nil

local M = {}

local check_type, check_article, typename = dl._check_type, dl._check_article, dl._typename

local utf8_repaired = dl._utf8_repaired

local ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }
local function esc(s) return (gsub(utf8_repaired(tostring(s)), "[&<>\"']", ESC)) end
M.escape = esc

-- Days since 1970-01-01 of a "YYYY-MM-DD" (proleptic Gregorian).
local function days(iso)
  check_type(1, "days", iso, "string")
  local y, m, d = match(iso, "^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if not y then return nil end
  y, m, d = y + 0, m + 0, d + 0
  if m <= 2 then y = y - 1 end
  local era = floor((y >= 0 and y or y - 399) / 400)
  local yoe = y - era * 400
  local doy = floor((153 * (m + (m > 2 and -3 or 9)) + 2) / 5) + d - 1
  local doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
end
M.days = days

local ENT_CLASS = { PERSON = "per", LOCATION = "loc", ORGANIZATION = "org", MISC = "misc" }

-- The highlighted spans of an article: { start, stop, class, title, kind }.
local function spans_of(a)
  local spans = {}
  for q in a:quotes() do
    local who = q.speaker and ("speaker: " .. q.speaker) or "quote (no speaker found)"
    spans[#spans + 1] = { q.start, q.stop, "q", who }
  end
  for t in a:timexes() do
    local title = t.type .. " " .. t.value .. (t.mod and (" (" .. t.mod .. ")") or "")
    spans[#spans + 1] = { t.start, t.stop, "tx", title }
  end
  for e in a:entities() do
    local cls = ENT_CLASS[e.type] or "misc"
    local title = e.type .. ": " .. e.name .. (e.id and (" [" .. e.id .. "]") or "")
      .. (e.country and e.country ~= e.name and (", " .. e.country) or "")
    for _, m in ipairs(e.mentions) do
      spans[#spans + 1] = { m.start, m.stop, cls, title }
    end
  end
  -- outer spans first: by start, then longer first
  sort(spans, function(x, y)
    if x[1] ~= y[1] then return x[1] < y[1] end
    return x[2] > y[2]
  end)
  return spans
end

-- The text with the spans as nested <span>s (a span crossing the end of
-- an enclosing one is left out: the markup stays well nested).
local function highlight(text, spans)
  check_type(1, "highlight", text, "string")
  check_type(2, "highlight", spans, "table")
  local out, pos, stack = {}, 1, {}
  local function close_until(p)
    while #stack > 0 and stack[#stack] < p do
      local stop = stack[#stack]
      out[#out + 1] = esc(sub(text, pos, stop))
      out[#out + 1] = "</span>"
      pos = stop + 1
      stack[#stack] = nil
    end
  end
  for _, s in ipairs(spans) do
    local start, stop = s[1], s[2]
    close_until(start)
    local top = stack[#stack]
    if start >= pos and (not top or stop <= top) then
      out[#out + 1] = esc(sub(text, pos, start - 1))
      out[#out + 1] = format('<span class="%s" title="%s">', s[3], esc(s[4]))
      pos = start
      stack[#stack + 1] = stop
    end
  end
  close_until(#text + 1)
  out[#out + 1] = esc(sub(text, pos))
  return concat(out)
end
M.highlight = highlight

local CSS = [[
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60em;padding:1em;color:#222}
h1{font-size:1.6em}h2{font-size:1.15em;margin:0}
.meta{color:#666;font-size:.9em}
article{border-top:1px solid #ddd;padding:.8em 0}
.text{white-space:pre-wrap}
.tx{background:#fff2b3}.per{background:#cde8ff}.loc{background:#d4f5d4}
.org{background:#f3d6f3}.misc{background:#eee}
.q{border-bottom:2px solid #e08a00}
span[title]{cursor:help}
.legend span{padding:0 .4em;margin-right:.5em}
svg{width:100%;height:auto;border:1px solid #ddd;background:#fcfcfc}
svg .ev-article{fill:#1f6fb2}svg .ev-timex{fill:#e08a00;opacity:.7}
svg text{font-size:11px;fill:#444}
]]

-- A script that runs in the browser: counts the highlights into #stats
-- (the report spec reads it back from the rendered DOM).
local SCRIPT = [[
(function(){
  var c = function(s){ return document.querySelectorAll(s).length; };
  var st = document.getElementById("stats");
  st.textContent = c("span.tx") + " timexes, " + c("span.per") + " people, " +
    c("span.loc") + " places, " + c("span.org") + " organizations, " +
    c("span.q") + " quotes, " + c("svg circle") + " events on the chart";
  document.body.setAttribute("data-rendered", "yes");
})();
]]

local MONTHS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" }

-- The axis ticks of the range [lo, hi] (days) as { {day, label}, ... }:
-- months when the range is under three years (a story of a few weeks or
-- months must not be a dot in a decade), else years; `step` thins them so
-- labels stay at least 48 px apart on a plot `width` px wide.
local function ticks(lo, hi, width)
  local out = {}
  local y0 = 1970 + floor(lo / 365.2425) - 1
  local y1 = 1970 + floor(hi / 365.2425) + 1
  if hi - lo <= 3 * 366 then
    local n = floor((hi - lo) / 30.4) + 1
    local step = floor(n * 48 / width) + 1
    local k = 0
    for y = y0, y1 do
      for m = 1, 12 do
        local d = days(format("%04d-%02d-01", y, m))
        if d >= lo and d <= hi then
          if k % step == 0 then
            -- the year on January and on the first tick
            local label = (m == 1 or #out == 0) and (MONTHS[m] .. " " .. y) or MONTHS[m]
            out[#out + 1] = { d, label }
          end
          k = k + 1
        end
      end
    end
  else
    local step = floor((y1 - y0 + 1) * 48 / width) + 1
    for y = y0, y1 do
      local d = days(format("%04d-01-01", y))
      if d >= lo and d <= hi and y % step == 0 then out[#out + 1] = { d, tostring(y) } end
    end
  end
  return out
end
M._ticks = ticks

-- The SVG timeline: article dates (blue) and dated timexes (orange).  The
-- range is that of the article dates with a margin of a quarter of it
-- (two weeks at least, a year at most); events outside it are counted
-- under the chart, not drawn.  Events of one 6 px column stack upwards;
-- the chart grows to show up to MAX_LANES of them.
local MAX_LANES = 24
local function chart(events)
  local W, L, R = 900, 40, 20
  local lo, hi
  for _, e in ipairs(events) do
    if e.kind == "article" then
      lo = (not lo or e.d < lo) and e.d or lo
      hi = (not hi or e.d > hi) and e.d or hi
    end
  end
  if not lo then
    return '<svg viewBox="0 0 900 40" id="timeline"><text x="10" y="25">no dated articles</text></svg>', 0
  end
  local pad = floor((hi - lo) / 4)
  pad = pad < 14 and 14 or pad > 366 and 366 or pad
  lo, hi = lo - pad, hi + pad
  local span = hi - lo
  -- the columns first: their height sets the chart's
  local lanes, placed, deepest, before, after = {}, {}, 1, {}, {}
  for _, e in ipairs(events) do
    if e.d < lo then before[#before + 1] = e
    elseif e.d > hi then after[#after + 1] = e
    else
      local x = L + (e.d - lo) * (W - L - R) / span
      local bucket = floor(x / 6)
      lanes[bucket] = (lanes[bucket] or 0) + 1
      local lane = (lanes[bucket] - 1) % MAX_LANES
      if lane + 1 > deepest then deepest = lane + 1 end
      placed[#placed + 1] = { e, x, lane }
    end
  end
  local H = 50 + deepest * 9
  local out = { format('<svg viewBox="0 0 %d %d" id="timeline" role="img" '
    .. 'aria-label="timeline of dated events">', W, H) }
  out[#out + 1] = format('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#999"/>', L, H - 30, W - R, H - 30)
  for _, t in ipairs(ticks(lo, hi, W - L - R)) do
    local x = L + (t[1] - lo) * (W - L - R) / span
    out[#out + 1] = format('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ccc"/>'
      .. '<text x="%.1f" y="%d" text-anchor="middle">%s</text>', x, 10, x, H - 26, x, H - 12, t[2])
  end
  for _, p in ipairs(placed) do
    local e = p[1]
    out[#out + 1] = format('<circle class="ev-%s" cx="%.1f" cy="%d" r="%d"><title>%s</title></circle>',
      e.kind, p[2], H - 40 - p[3] * 9, e.kind == "article" and 4 or 3, esc(e.title))
  end
  out[#out + 1] = "</svg>"
  -- what lies outside: a line naming the earliest and the latest
  local notes = {}
  local function note(list, word)
    if #list == 0 then return end
    sort(list, function(x, y) return x.d < y.d end)
    local first, last = list[1], list[#list]
    notes[#notes + 1] = format("%d %s (%s%s)", #list, word, esc(first.title),
      #list > 1 and (" \226\128\166 " .. esc(last.title)) or "")
  end
  note(before, "earlier")
  note(after, "later")
  if #notes > 0 then
    out[#out + 1] = '<p class="meta" id="offchart">Dated events outside the chart: '
      .. concat(notes, "; ") .. ".</p>"
  end
  return concat(out), #placed
end

-- One article as its <article> element; adds its dated events.
local function render_article(a, n, events)
  local id = a.id or ("article " .. n)
  local anchor = "a" .. n
  local title = a.headline or a.title or id
  local d = a.dateline
  local ev = {}
  if a.date then
    local dd = days(a.date)
    if dd then
      ev[#ev + 1] = { d = dd, kind = "article",
        title = a.date .. " " .. title .. " (" .. id .. ")" }
    end
  end
  for _, t in ipairs(corpus.story_timexes(a)) do
    local key = corpus.date_key(t.value)
    local dd = key and days(key)
    if dd then
      ev[#ev + 1] = { d = dd, kind = "timex",
        title = t.value .. " \226\128\148 " .. t.text .. " (" .. id .. ")" }
    end
  end
  local html = format('<article id="%s"><h2>%s</h2><div class="meta">%s%s%s</div>'
    .. '<div class="text">%s</div></article>',
    anchor, esc(title), esc(id),
    a.date and (" \194\183 " .. esc(a.date)) or "",
    d and d.place and (" \194\183 " .. esc(d.place)) or "",
    highlight(a.text, spans_of(a)))
  for _, e in ipairs(ev) do events[#events + 1] = e end
  return html
end

--- Render a corpus (or an array of articles) as an HTML page.
-- From a corpus, only the first `limit` records are parsed (the rest are
-- counted, not parsed), and an article that fails to render is reported
-- through the corpus's error channel and left out; from an array, an
-- error is raised.
-- @param c a `dateline.Corpus`, or an array of articles
-- @tparam[opt] table opts `title`, `limit` (articles kept, default 2000)
-- @treturn string the page
function M.render(c, opts)
  if getmetatable(c) ~= corpus.Corpus and type(c) ~= "table" then
    dl._argerror(1, "render", "dateline.Corpus or array of articles expected, got " .. typename(c))
  end
  check_type(2, "render", opts, "table", true)
  if getmetatable(c) ~= corpus.Corpus then
    for i = 1, #c do check_article("render", c[i]) end
  end
  opts = opts or {}
  for k, v in pairs(opts) do
    if k ~= "title" and k ~= "limit" then
      dl._argerror(2, "render", format("unknown option '%s'; the options are title, limit", tostring(k)))
    end
    if k == "title" and type(v) ~= "string" then
      dl._argerror(2, "render", "title: string expected, got " .. typename(v))
    end
    if k == "limit" and (type(v) ~= "number" or v < 0 or v ~= floor(v)) then
      dl._argerror(2, "render", "limit: a whole number >= 0 expected, got " .. tostring(v))
    end
  end
  local limit = opts.limit or 2000
  local parts, events, n, skipped = {}, {}, 0, 0
  local function add(a)
    n = n + 1
    parts[#parts + 1] = render_article(a, n, events)
  end
  if type(c) == "table" and c.articles then
    local function try(a)
      local ok, err = pcall(add, a)
      if not ok then
        n = n - 1
        c:_error(a.file or a.id or "?", a.line or nil, "report: " .. tostring(err))
      end
    end
    if c._source == nil and c.records then
      -- raw records: what lies past the limit is counted, never parsed
      for rec in c:records() do
        if n >= limit then
          skipped = skipped + 1
        else
          local a, why = c:_article(rec)
          if a then try(a) else c:_error(rec.file, rec.line, why) end
        end
      end
    else   -- a filtered corpus: the filter needs the parsed articles
      for a in c:articles() do
        if n >= limit then skipped = skipped + 1 else try(a) end
      end
    end
  else
    for _, a in ipairs(c) do
      if n >= limit then skipped = skipped + 1 else add(a) end
    end
  end
  local svg, nev = chart(events)
  local page = {
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
    format("<title>%s</title>", esc(opts.title or "dateline report")),
    "<style>", CSS, "</style></head><body>",
    format("<h1>%s</h1>", esc(opts.title or "dateline report")),
    format('<p class="meta">%d article%s%s, %d dated events on the chart. '
      .. '<span id="stats"></span></p>', n, n == 1 and "" or "s",
      skipped > 0 and format(" (%d more not shown)", skipped) or "", nev),
    svg,
    '<p class="legend"><span class="tx">time</span><span class="per">person</span>'
      .. '<span class="loc">place</span><span class="org">organization</span>'
      .. '<span class="misc">other</span><span class="q">quote</span></p>',
    concat(parts, "\n"),
    "<script>", SCRIPT, "</script></body></html>\n",
  }
  return concat(page)
end

return M
