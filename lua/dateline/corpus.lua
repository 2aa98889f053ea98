--- dateline.corpus: read many articles, stream them, analyse them.
--
--     local dl = require "dateline"
--     local corpus = dl.corpus("samples/")           -- or "news/*.jsonl.gz", "-"
--     for a in corpus:articles() do print(a.id, a.date, a.headline) end
--
-- `dl.corpus(paths [, opts])` takes a file, a folder (read recursively,
-- following symbolic links; any file name, even one with a newline), a
-- glob (`*` within a folder, `**` across folders), `"-"` for standard input,
-- or an array of those.  Formats, chosen by extension (after `.gz`, which is
-- read through `gzip -dc`):
--
-- * `.txt` (and any other explicitly named file): one article per file, or
--   several separated by form feeds (`\f`);
-- * `.jsonl` / `.ndjson`: one JSON object per line with `text` (or `body`,
--   `content`, `articleBody`..., or `html` for a web page), and optional
--   `id`, a date (`date`, `ref`, `published_at`, `datePublished`...: ISO
--   8601, RFC 2822, epoch seconds or milliseconds), `title` (or
--   `headline`), `url` (or `link`), `lang` (the record's language when
--   `opts.lang` is not given); an object that wraps the
--   article (`{"article": {...}}`, `story`, `doc`, `data`, `_source`...)
--   is read inside;
-- * `.csv` / `.tsv`: a header row naming the columns as the JSON fields
--   (any case), then one article a record (RFC 4180 quoting);
-- * `.html` / `.htm`: a web page (`dl.parse_html`).
--
-- Standard input is sniffed: `{` starts JSON lines, `<` HTML, else text.
-- A folder's `refs.tsv` (`file<TAB>YYYY-MM-DD`) gives the publication dates
-- of its text files.  Articles are read one at a time: memory stays flat
-- whatever the size of the corpus.  A document that cannot be read or
-- parsed is reported (`file:line: reason`) and skipped.
--
-- Each article gets `a.id`, `a.file`, `a.line` (JSON lines), and `a.title`,
-- `a.url` when the record has them.
-- @module dateline.corpus

local dl = require "dateline"

local error, ipairs, pairs, pcall, setmetatable, tonumber, tostring, type =
      error, ipairs, pairs, pcall, setmetatable, tonumber, tostring, type
local getmetatable, next, rawget, require = getmetatable, next, rawget, require
local io, os, math, string, table, coroutine = io, os, math, string, table, coroutine
local concat, sort = table.concat, table.sort
local format, match, gmatch, gsub, sub, find, byte =
      string.format, string.match, string.gmatch, string.gsub, string.sub,
      string.find, string.byte

local floor = math.floor

-- Lua 5.1, 5.2 and LuaJIT have no integer subtype: a whole number (below
-- 2^53) counts as an integer there.
local function is_whole(x) return x == floor(x) and x > -2^53 and x < 2^53 end
local tointeger = math.tointeger or function(x)
  if type(x) == "number" and is_whole(x) then return x end
  return nil
end
-- os.execute's success: true (5.2+), 0 (5.1, LuaJIT)
local function exec_ok(r) return r == true or r == 0 end
-- Lua 5.1 and LuaJIT: closing a pipe gives no exit status, so the shell
-- writes gzip's to a temporary file, read after the close.
local PIPE_STATUS_FILE = _VERSION == "Lua 5.1"

local _ENV = nil

local M = {}

local Corpus = {}
Corpus.__index = Corpus

-- Argument checks (dateline's shared helpers): errors name the argument
-- and the function, at the caller's line.
local argerror, check_article, typename = dl._argerror, dl._check_article, dl._typename
local check_type, lower = dl._check_type, string.lower

local function callable(f)
  if type(f) == "function" then return true end
  local mt = getmetatable(f)
  return type(mt) == "table" and rawget(mt, "__call") ~= nil
end

-- fn must be a function (argument #n of fname); self a dateline.Corpus.
local function check_fn(fname, n, fn, optional)
  if not (callable(fn) or (optional and fn == nil)) then
    argerror(n, fname, "function expected, got " .. typename(fn), 4)
  end
end
local function check_corpus(fname, c)
  if getmetatable(c) ~= Corpus then
    argerror(1, fname, "dateline.Corpus expected, got " .. typename(c), 4)
  end
end

-- How many bytes a text reader takes at a time (form-feed splitting).
local CHUNK = 65536
-- How many errors are kept in corpus.errors (all are counted).
local MAX_ERRORS_KEPT = 100

-- JSON decoding: lua-cjson (a Debian package the project already uses).
local cjson_ok, cjson = pcall(require, "cjson")
if cjson_ok then
  cjson = cjson.new()
  cjson.decode_max_depth(64)
end

local function shell_quote(s)
  return "'" .. gsub(s, "'", "'\\''") .. "'"
end
M.shell_quote = shell_quote

-- Kind of a path: "dir", "file" or nil (missing).
local function kind(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local ok, _, code = f:read(0)
  f:close()
  if ok == nil and code == 21 then return "dir" end   -- EISDIR
  return "file"
end

local FORMATS = { txt = "txt", text = "txt", jsonl = "jsonl", ndjson = "jsonl",
  json = "jsonl", html = "html", htm = "html", csv = "csv", tsv = "tsv" }
-- a folder's list of publication dates, not a table of articles
local REFS_FILE = "refs.tsv"

-- Format and compression of a file name: "txt"|"jsonl"|"html"|nil, gz?
local function format_of(path)
  local base, gz = path, false
  if match(path, "%.gz$") then base, gz = sub(path, 1, -4), true end
  local ext = match(base, "%.([%w]+)$")
  return ext and FORMATS[ext:lower()], gz
end
M.format_of = format_of

-- Files under a folder (recursively), sorted, via find(1).  A relative
-- path gets a "./" prefix for find (so "-print" or "-delete" is a folder
-- name, never an expression), removed again from the names found.
-- Symbolic links are followed (`find -L`: a link to a file is a file, a
-- link to a folder is read; loops are skipped by find).  Names are read
-- NUL-separated (`-print0`), so a file name may contain a newline.
local function find_files(dir)
  local arg, strip = dir, false
  if sub(dir, 1, 1) ~= "/" and sub(dir, 1, 2) ~= "./" then arg, strip = "./" .. dir, true end
  local p = io.popen("find -L " .. shell_quote(arg) .. " -type f -print0 2>/dev/null")
  local files = {}
  if p then
    local all = p:read("*a") or ""
    p:close()
    for f in gmatch(all, "([^%z]+)%z") do
      files[#files + 1] = strip and sub(f, 3) or f
    end
  end
  sort(files)
  return files
end

-- A glob as a Lua pattern: `*` and `?` stay within a folder, `**` crosses.
local function glob_pattern(glob)
  local out, i = { "^" }, 1
  while i <= #glob do
    local c = sub(glob, i, i)
    if c == "*" and sub(glob, i + 1, i + 1) == "*" then
      out[#out + 1] = ".*"
      i = i + 1
      if sub(glob, i + 1, i + 1) == "/" then out[#out + 1] = "/?"; i = i + 1 end
    elseif c == "*" then out[#out + 1] = "[^/]*"
    elseif c == "?" then out[#out + 1] = "[^/]"
    elseif c == "[" then
      local j = find(glob, "]", i + 1, true)
      if j then
        out[#out + 1] = gsub(sub(glob, i, j), "^%[!", "[^")
        i = j
      else out[#out + 1] = "%[" end
    elseif find(c, "^[%^%$%(%)%%%.%]%+%-]") then out[#out + 1] = "%" .. c
    else out[#out + 1] = c end
    i = i + 1
  end
  out[#out + 1] = "$"
  return concat(out)
end

-- Expand one path argument into a list of { path =, format =, gz = }.
local function expand(arg, opts, list, problems)
  if arg == "-" then
    list[#list + 1] = { path = "-", format = opts.format }
    return
  end
  if find(arg, "[%*%?%[]") then
    local dir = match(arg, "^(.-)/[^/]*[%*%?%[]") or "."
    while find(dir, "[%*%?%[]") do dir = match(dir, "^(.*)/") or "." end
    local pat = glob_pattern(arg)
    local n = 0
    for _, f in ipairs(find_files(dir)) do
      local g = f
      if dir == "." and not match(arg, "^%./") then g = gsub(f, "^%./", "") end
      if match(g, pat) and match(f, "([^/]*)$") ~= REFS_FILE then
        local fmt, gz = format_of(f)
        list[#list + 1] = { path = f, format = opts.format or fmt or "txt", gz = gz }
        n = n + 1
      end
    end
    if n == 0 then problems[#problems + 1] = { file = arg, reason = "no file matches" } end
    return
  end
  local k = kind(arg)
  if k == "dir" then
    for _, f in ipairs(find_files(arg)) do
      local fmt, gz = format_of(f)
      -- a folder gives its articles only: README.md, refs.tsv are not news
      if fmt and match(f, "([^/]*)$") ~= REFS_FILE then
        list[#list + 1] = { path = f, format = opts.format or fmt, gz = gz }
      end
    end
  elseif k == "file" then
    local fmt, gz = format_of(arg)
    list[#list + 1] = { path = arg, format = opts.format or fmt or "txt", gz = gz }
  else
    problems[#problems + 1] = { file = arg, reason = "no such file or folder" }
  end
end

-- The options dl.parse sees (known keys only).
local PARSE_KEYS = { "ref", "dayfirst", "anchor", "lang", "gazetteer", "cst" }
local PARSE_KEY = {}
for _, k in ipairs(PARSE_KEYS) do PARSE_KEY[k] = true end
local function parse_opts(opts)
  local o = {}
  for _, k in ipairs(PARSE_KEYS) do o[k] = opts[k] end
  return o
end

-- The corpus's own options and the type each takes; `stdin` and
-- `keep_raw` are for bin/dateline and the specs (stdin: any file-like value).
local CORPUS_OPTS = { format = "string", refs = "boolean", progress = "boolean",
  on_error = "function", stdin = true, keep_raw = "boolean" }

local CORPUS_OPT_NAMES = { "ref", "dayfirst", "anchor", "lang", "gazetteer", "cst", "format",
  "refs", "progress", "on_error" }

-- A misspelt or mistyped option raises when the corpus is opened, not
-- once per document later (or never: `{fromat = "jsonl"}` was ignored).
local function check_corpus_opts(opts)
  for k, v in pairs(opts) do
    local want = CORPUS_OPTS[k]
    if want then
      if k == "on_error" and not callable(v) or want ~= true and k ~= "on_error" and type(v) ~= want then
        error(format("bad option '%s' to 'corpus' (%s expected, got %s)", k, want, type(v)), 3)
      end
      if k == "format" and FORMATS[v] ~= v then
        error(format("bad option 'format' to 'corpus' (txt, jsonl, csv, tsv or html expected, "
          .. "got \"%s\")", v), 3)
      end
    elseif not PARSE_KEY[k] then
      error(format("bad option '%s' to 'corpus' (unknown; %sthe options are ref, dayfirst, "
        .. "anchor, lang, gazetteer, cst, format, refs, progress, on_error)", tostring(k),
        dl._did_you_mean(k, CORPUS_OPT_NAMES)), 3)
    end
  end
  -- the values of dl.parse's options: checked once on an empty text
  local ok, err = pcall(dl.timexes, "", parse_opts(opts))
  if not ok then error(gsub(tostring(err), "^[^:]*:%d+: ", ""), 3) end
end

--- Open a corpus.
-- @param paths a path, folder, glob or `"-"`, or an array of them
-- @tparam[opt] table opts the options of `dl.parse` (`ref` as the default
--   publication date, `dayfirst`, `anchor`, `lang`, `gazetteer`), plus
--   `format` ("txt"|"jsonl"|"html": force one), `refs` (false: ignore
--   refs.tsv), `progress` (false: never draw the progress bar),
--   `on_error` (function(err) with `{file, line, reason}`; the default
--   writes `dateline: file:line: reason` to stderr), `stdin` (a file
--   handle to read for "-").
-- @treturn dateline.Corpus
function M.new(paths, opts)
  if type(paths) == "string" then paths = { paths }
  elseif type(paths) ~= "table" then
    error(format("bad argument #1 to 'corpus' (string or table expected, got %s)", type(paths)), 2)
  end
  -- each path goes to io.open and find(1): a number or table there failed
  -- later inside the reader (or in tostring(c)), and a NUL byte would cut
  -- the name short at the C boundary, naming another file
  for i, p in ipairs(paths) do
    if type(p) ~= "string" then
      error(format("bad argument #1 to 'corpus' (path [%d]: string expected, got %s)", i,
        type(p)), 2)
    elseif find(p, "\0", 1, true) then
      error(format("bad argument #1 to 'corpus' (path [%d] contains a NUL byte)", i), 2)
    end
  end
  if opts ~= nil and type(opts) ~= "table" then
    error(format("bad argument #2 to 'corpus' (table expected, got %s)", type(opts)), 2)
  end
  opts = opts or {}
  check_corpus_opts(opts)
  local self = setmetatable({ opts = opts, paths = paths, nerrors = 0, errors = {},
    narticles = 0 }, Corpus)
  return self
end

function Corpus:_error(file, line, reason)
  self.nerrors = self.nerrors + 1
  local e = { file = file, line = line, reason = reason }
  if #self.errors < MAX_ERRORS_KEPT then self.errors[#self.errors + 1] = e end
  if self.opts.on_error then
    self.opts.on_error(e)
  else
    if self._bar then io.stderr:write("\r\27[K") end
    io.stderr:write(format("dateline: %s%s: %s\n", file,
      line and (":" .. line) or "", reason))
  end
end

local BOM = "\239\187\191"   -- UTF-8 byte order mark (Windows tools write one)

-- lua-cjson names the token it found by its C enum ("found T_END at
-- character 258"): what a reader of the message calls it
local CJSON_TOKEN = { T_OBJ_BEGIN = "'{'", T_OBJ_END = "'}'", T_ARR_BEGIN = "'['",
  T_ARR_END = "']'", T_STRING = "a string", T_NUMBER = "a number", T_BOOLEAN = "true or false",
  T_NULL = "null", T_COLON = "':'", T_COMMA = "','", T_END = "the end of the line",
  T_ERROR = "an invalid token", T_UNKNOWN = "an unknown token" }

local function basename_noext(path)
  local b = match(path, "([^/]*)$")
  b = gsub(b, "%.gz$", "")
  return (gsub(b, "%.[%w]+$", ""))
end

-- Epoch numbers at or above this are milliseconds (JavaScript's Date.now()
-- style, which news APIs export); in seconds it is the year 5138.
local EPOCH_MS = 1e11

-- The calendar day of a Date, as YYYY-MM-DD (the day in the date's own
-- offset: the day the writer saw).
local DAY_GRAINS = { day = true, hour = true, minute = true, second = true }
local function day_of(d)
  if not d or not DAY_GRAINS[d.granularity] then return nil end
  return format("%04d-%02d-%02d", d.year, d.month, d.day)
end

-- A record's date as YYYY-MM-DD, or nil: an ISO 8601 string (the common
-- case, read without a parse), epoch seconds or milliseconds (a number or
-- a string of digits), or any date dl.date reads that names a day (RFC
-- 2822 `Mon, 03 Feb 2025 14:30:00 +0000`, `February 3, 2025`).
local function ref_of(v)
  if type(v) == "string" then
    local iso = match(v, "^%s*(%d%d%d%d%-%d%d%-%d%d)")
    if iso then return iso end
    local digits = match(v, "^%s*(%d%d%d%d%d%d%d%d%d%d?%d?%d?%d?)%s*$")
    if digits then v = tonumber(digits) end
  end
  if type(v) == "number" then
    if v >= EPOCH_MS then v = v / 1000 end
    local ok, d = pcall(dl.date, math.floor(v), { epoch = true })
    return ok and day_of(d) or nil
  end
  if type(v) ~= "string" or #v > 64 then return nil end
  local ok, d = pcall(dl.date, v)
  return ok and day_of(d) or nil
end

-- refs.tsv of a folder, read once per folder: `file<TAB>date` a line, the
-- file named as in the folder (`a.txt`) or as its articles' ids name it
-- (`a`), the date read as a JSON line's date field is (`2025-03-03`,
-- `March 3, 2025`).  A line without a day is reported, not skipped in
-- silence, but for a first line, which is a header (`file<TAB>date`).
local function refs_for(self, path)
  if self.opts.refs == false or path == "-" then return nil end
  local dir = match(path, "^(.*)/[^/]*$") or "."
  self._refs = self._refs or {}
  local refs = self._refs[dir]
  if not refs then
    refs = {}
    local f = io.open(dir .. "/refs.tsv", "rb")
    if f then
      local n = 0
      for line in f:lines() do
        n = n + 1
        if sub(line, 1, 3) == BOM then line = sub(line, 4) end
        if sub(line, -1) == "\r" then line = sub(line, 1, -2) end   -- a CRLF file
        if find(line, "%S") and not find(line, "^%s*#") then
          local name, date = match(line, "^([^\t]+)\t([^\t]*)")   -- (more columns: notes)
          -- (a date is short: ref_of refuses a longer one unread)
          if date and #date <= 64 then date = match(date, "^%s*(.-)%s*$") end
          local ref = date and ref_of(date)
          if ref then
            refs[name] = ref
          elseif n > 1 then
            self:_error(dir .. "/refs.tsv", n, "file<TAB>date expected, the date naming a day "
              .. "(2025-03-03, March 3, 2025)")
          end
        end
      end
      f:close()
    end
    self._refs[dir] = refs
  end
  local file = match(path, "([^/]*)$")
  return refs[file] or refs[basename_noext(file)]
end

-- The field names JSON-lines exports use, most usual first: news APIs,
-- CMS dumps and crawlers each name them their own way.
local TEXT_KEYS = { "text", "body", "content", "articleBody", "article_body", "maintext",
  "full_text" }
local TITLE_KEYS = { "title", "headline" }
local DATE_KEYS = { "ref", "date", "day", "published_at", "publishedAt", "published",
  "datePublished", "date_published", "publish_date", "pubdate", "pubDate", "pub_date",
  "published_date", "publication_date", "created_at" }
local URL_KEYS = { "url", "link", "canonical_url" }
local AUTHOR_KEYS = { "authors", "author", "byline", "creator", "writer" }
local LANG_KEYS = { "lang", "language", "locale" }
-- the languages whose dates and words the parser reads besides English
local PARSE_LANGS = { en = true, ru = true, zh = true, de = true, fr = true, es = true }
-- an export that wraps each article in an object: {"article": {...}}
local NEST_KEYS = { "article", "story", "doc", "document", "item", "post", "data", "_source" }

-- The first string among r's fields keys.
local function field(r, keys)
  for i = 1, #keys do
    local v = r[keys[i]]
    if type(v) == "string" then return v end
  end
  return nil
end

-- The first date among r's fields keys, as YYYY-MM-DD.
local function date_field(r, keys)
  for i = 1, #keys do
    local d = ref_of(r[keys[i]])
    if d then return d end
  end
  return nil
end

-- The writers a byline string names ("by Janie Gabbett, Reuters" ->
-- {"Janie Gabbett"}), read as a web page's author meta tag is: "By", "and"
-- and roles split off, agencies and news desks dropped (csrc/html.c).
local HTML_ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;" }
local function writers_of(s, out)
  if #s > 1000 then return end
  local page = '<html><head><meta name="author" content="' .. gsub(s, '[&<>"]', HTML_ESC)
    .. '"></head><body><p>.</p></body></html>'
  local ok, _, meta = pcall(require("dateline.core").html_extract, page)
  if ok and type(meta) == "table" and type(meta.authors) == "table" then
    for _, name in ipairs(meta.authors) do out[#out + 1] = name end
  end
end

-- A record's writers as an array of names, or nil: a string (`"Ana Ruiz"`,
-- `"By Ana Ruiz and Li Wen, Reuters"`), an array of strings, or of objects
-- with a `name` (schema.org's `{"@type": "Person", "name": ...}`).
local function authors_field(r)
  for i = 1, #AUTHOR_KEYS do
    local v = r[AUTHOR_KEYS[i]]
    if type(v) == "table" and type(v.name) == "string" then v = { v } end
    local out = {}
    if type(v) == "string" then
      writers_of(v, out)
    elseif type(v) == "table" then
      for _, x in ipairs(v) do
        if type(x) == "table" then x = x.name end
        if type(x) == "string" then writers_of(x, out) end
      end
    end
    if #out > 0 then return out end
  end
  return nil
end

-- A record's language (`"es"`, `"es-ES"`, `"de_DE"`) as one the parser
-- reads, or nil: another language is read as the default.
local function lang_field(r)
  local v = field(r, LANG_KEYS)
  local primary = v and (match(v, "^%s*(%a%a)%f[^%a]") or ""):lower()
  return primary and PARSE_LANGS[primary] and primary or nil
end

-- t, or when some of its field names are capitalised (`Title`, `Body`,
-- `ArticleBody`, `TEXT`: spreadsheet and .NET exports) a copy that also
-- has them as the field lists above spell them: first letter lower case,
-- and all lower case.  A name in capitals only (`TEXT`) gets only the
-- latter: its "tEXT" is no spelling any list has.  The record itself
-- stays as it came (`dateline map` writes it back).
local function folded(t)
  local copy
  for k, v in pairs(t) do
    if type(k) == "string" and match(k, "^%u") then
      local kl = lower(k)
      local k1 = match(k, "%l") and lower(sub(k, 1, 1)) .. sub(k, 2) or kl
      if t[k1] == nil or t[kl] == nil then
        if not copy then
          copy = {}
          for k2, v2 in pairs(t) do copy[k2] = v2 end
        end
        if copy[k1] == nil then copy[k1] = v end
        if copy[kl] == nil then copy[kl] = v end
      end
    end
  end
  return copy or t
end

-- The object of a JSON line that holds the article: the line itself, or
-- the object under one of NEST_KEYS when the line has no text of its own.
local function article_of(r)
  if field(r, TEXT_KEYS) or type(r.html) == "string" then return r end
  for i = 1, #NEST_KEYS do
    local inner = r[NEST_KEYS[i]]
    if type(inner) == "table" and (field(inner, TEXT_KEYS) or type(inner.html) == "string") then
      return inner
    end
  end
  return r
end

-- Parse one record into an article; set its metadata.  Returns the
-- article, or nil and a reason.
local function make_article(self, rec)
  local po = parse_opts(self.opts)
  if rec.ref then po.ref = rec.ref end
  -- the record's own language, unless the caller chose one for all
  if po.lang == nil and rec.lang then po.lang = rec.lang end
  local ok, a
  if rec.html then
    -- the corpus's ref only for a page that has no date of its own
    local fallback
    if not rec.ref then fallback, po.ref = po.ref, nil end
    ok, a = pcall(require("dateline.html").parse_html, rec.html, po, fallback)
  else
    ok, a = pcall(dl.parse, rec.text, po)
  end
  if not ok then return nil, (gsub(tostring(a), "^[^:]*:%d+: ", "")) end
  local cache = dl._cache(a)
  cache.id = rec.id
  cache.file = rec.file
  cache.line = rec.line or false
  if rec.title and not cache.title then cache.title = rec.title end
  if rec.url and not cache.url then cache.url = rec.url end
  if rec.lang and not cache.lang then cache.lang = rec.lang end
  if rec.authors and not cache.authors then cache.authors = rec.authors end
  if rec.raw then cache.record = rec.raw end
  cache.bytes = #(rec.text or rec.html)
  return a
end

-- Open a source for reading: a file handle (popen for .gz), or nil, why.
-- The 4th result is true for a pipe (the status file's name on Lua 5.1).
local function open_source(self, src)
  if src.path == "-" then return self.opts.stdin or io.stdin, nil, true end
  if src.gz then
    local f = io.open(src.path, "rb")
    if not f then return nil, "cannot open" end
    f:close()
    -- gzip's messages must not mix with the data: its exit status (checked
    -- at close) reports a corrupt or truncated file
    local cmd = "gzip -dc -- " .. shell_quote(src.path) .. " 2>/dev/null"
    local status = PIPE_STATUS_FILE and os.tmpname()
    if status then cmd = cmd .. "; echo $? > " .. shell_quote(status) end
    local p = io.popen(cmd, "r")
    if not p then
      if status then os.remove(status) end
      return nil, "cannot run gzip"
    end
    return p, nil, false, status or true
  end
  local f, err = io.open(src.path, "rb")
  if not f then return nil, (gsub(err or "cannot open", "^[^:]*: ", "")) end
  return f
end

-- Sniff the format of standard input from its first bytes.
local function sniff(first)
  local c = match(first, "^" .. BOM .. "%s*(.)") or match(first, "^%s*(.)")
  if c == "{" then return "jsonl" elseif c == "<" then return "html" end
  return "txt"
end

-- Call fn with each line of file f, the bytes already read from it
-- (pending: sniffed stdin) first.
local function each_line(f, pending, fn)
  if pending ~= "" then
    pending = pending .. (f:read("*l") or "")
    for line in (pending .. "\n"):gmatch("([^\n]*)\n") do fn(line) end
  end
  for line in f:lines() do fn(line) end
end

-- The fields of one CSV record (RFC 4180: a field in double quotes may
-- hold the separator, line breaks and doubled quotes), split at sep.
-- Linear: each byte is looked at a bounded number of times.
local function csv_fields(s, sep)
  local out, i, n = {}, 1, #s
  while true do
    local v
    if sub(s, i, i) == '"' then
      local parts, j = {}, i + 1
      while true do
        local q = find(s, '"', j, true)
        if not q then parts[#parts + 1] = sub(s, j); i = n + 1; break end
        parts[#parts + 1] = sub(s, j, q - 1)
        if sub(s, q + 1, q + 1) == '"' then
          parts[#parts + 1] = '"'
          j = q + 2
        else
          i = q + 1
          break
        end
      end
      v = concat(parts)
    else
      v = ""
    end
    -- (lenient: bytes between a closing quote and the separator are kept)
    local e = find(s, sep, i, true)
    out[#out + 1] = v .. sub(s, i, e and e - 1 or n)
    if not e then break end
    i = e + 1
  end
  return out
end

-- Is a quoted field still open at the end of one physical line, given
-- open at its start?  Quoting as csv_fields reads it: only a field that
-- opens with '"' is quoted, and '""' inside it is a quote mark; a '"'
-- inside an unquoted field ('6'2" tall') is text and opens nothing.
local function csv_open_after(line, sep, open)
  local i = 1
  while true do
    if open then
      local q = find(line, '"', i, true)
      if not q then return true end
      if sub(line, q + 1, q + 1) == '"' then
        i = q + 2
      else
        open = false
        local e = find(line, sep, q + 1, true)   -- (bytes after the close kept)
        if not e then return false end
        i = e + 1
      end
    elseif sub(line, i, i) == '"' then          -- a field opening with a quote
      open, i = true, i + 1
    else
      local e = find(line, sep, i, true)
      if not e then return false end
      i = e + 1
    end
  end
end

-- Longest CSV record: an unbalanced quote must not swallow the file.
local MAX_CSV_RECORD = 64 * 1024 * 1024

-- An article's id as a string.  lua-cjson decodes every number as a float:
-- 12 must stay "12", not "12.0", and a 64-bit id (a post's 19 digits) is
-- read back from the line's own digits, which the float has rounded.  An
-- object ({"$oid": "65f1c0"}, as database exports write ids) gives its one
-- value, else its JSON: never a "table: 0x..." that changes every run.
local function id_string(id, raw)
  if type(id) == "number" then
    local i = tointeger(id)
    if i and is_whole(id) then return format("%d", i) end
    if raw and id == floor(id) then
      for digits in gmatch(raw, '"id"%s*:%s*(%-?%d+)[%s,}]') do
        if tonumber(digits) * 1.0 == id then return digits end   -- compared as floats
      end
    end
    return tostring(i or id)
  elseif type(id) == "table" then
    local k1, v1 = next(id)
    if k1 ~= nil and next(id, k1) == nil and (type(v1) == "string" or type(v1) == "number") then
      return id_string(v1, nil)
    end
    return M.json(id)
  end
  return tostring(id)
end

-- A JSON line with its unpaired UTF-16 surrogate escapes ("\ud83d" of an
-- emoji cut in two, as scrapers and Python's json.dumps write them) made
-- "\ufffd", the replacement character: lua-cjson refuses the whole line
-- for one of them.  A backslash escaped before the "u" ("\\ud83d") is
-- text, not an escape, and stays.
local function lone_surrogates_replaced(line)
  local out, pos = {}, 1
  while true do
    local s, e, bs, hex = find(line, "(\\+)u([dD][89a-fA-F]%x%x)", pos)
    if not s then break end
    local stop = e
    if #bs % 2 == 1 then
      local high = find(hex, "^[dD][89abAB]")
      if high and find(line, "^\\u[dD][c-fC-F]%x%x", e + 1) then
        stop = e + 6                     -- a whole pair: kept
      else
        out[#out + 1] = sub(line, pos, e - 6) .. "\\ufffd"   -- the escape's own backslash replaced
        pos = e + 1
        stop = nil
      end
    end
    if stop then
      out[#out + 1] = sub(line, pos, stop)
      pos = stop + 1
    end
  end
  out[#out + 1] = sub(line, pos)
  return concat(out)
end
M._lone_surrogates_replaced = lone_surrogates_replaced   -- for the specs

-- Read records of one source, yielding { text|html, id, ref, file, line }.
local function read_source(self, src, yield)
  local f, err, is_stdin, is_pipe = open_source(self, src)
  local name = src.path == "-" and "<stdin>" or src.path
  if not f then self:_error(name, nil, err); return end
  local fmt = src.format
  local pending = ""
  if not fmt then   -- stdin: sniff
    pending = f:read(CHUNK) or ""
    fmt = sniff(pending)
  end
  local dref = refs_for(self, src.path)
  local base = src.path == "-" and "stdin" or basename_noext(src.path)
  local progress = self._progress
  -- one record of a JSON line or a CSV row (a table of fields) as an
  -- article; n its line
  local function from_table(r, n, raw)
    local rec = r
    r = folded(r)
    local art = article_of(r)
    if art ~= r then art = folded(art) end
    local text = field(art, TEXT_KEYS)
    local html = art.html
    if type(text) ~= "string" and type(html) ~= "string" then
      -- the fields it has, so that an export's own name for the text
      -- (`story_text`) shows at once
      local keys = {}
      for k in pairs(art) do
        if type(k) == "string" then keys[#keys + 1] = format("%q", sub(k, 1, 40)) end
      end
      sort(keys)
      local more = #keys > 8 and ", ..." or ""
      for i = #keys, 9, -1 do keys[i] = nil end
      self:_error(name, n, "no \"text\" (or \"body\", \"content\", \"html\") string field"
        .. (#keys > 0 and " (its fields: " .. concat(keys, ", ") .. more .. ")" or ""))
      return
    end
    local null = cjson_ok and cjson.null   -- (a CSV row needs no cjson)
    local id = art.id
    if id == nil or id == null then id = r.id end
    if id == nil or id == null then id = base .. ":" .. n end
    yield({
      text = type(text) == "string" and text or nil,
      html = type(text) ~= "string" and html or nil,
      id = id_string(id, raw),
      ref = date_field(art, DATE_KEYS) or (art ~= r and date_field(r, DATE_KEYS)) or dref,
      title = field(art, TITLE_KEYS),
      lang = lang_field(art) or (art ~= r and lang_field(r)) or nil,
      url = field(art, URL_KEYS),
      authors = authors_field(art) or (art ~= r and authors_field(r)) or nil,
      file = type(r.file_) == "string" and r.file_ or name,
      -- lua-cjson decodes every number as a float: 12.0 -> 12
      line = type(r.line_) == "number" and tointeger(r.line_) or n,
      raw = self.opts.keep_raw and (type(rec.record_) == "table" and rec.record_ or rec) or nil,
    })
  end
  if fmt == "jsonl" then
    if not cjson_ok then self:_error(name, nil, "reading JSON lines needs lua-cjson"); return end
    local n = 0
    local function record(line)
      n = n + 1
      if progress then progress(#line + 1) end
      if n == 1 and sub(line, 1, 3) == BOM then line = sub(line, 4) end
      if not find(line, "%S") then return end
      local ok, r = pcall(cjson.decode, line)
      if not ok then
        -- what lua-cjson refuses of lines other readers take: a raw NUL
        -- byte in a string (it takes the other control bytes raw), read
        -- as its escape; an unpaired surrogate escape, as U+FFFD.  The
        -- line's own message stays when that does not help.
        local fixed = lone_surrogates_replaced((gsub(line, "%z", "\\u0000")))
        if fixed ~= line then
          local ok2, r2 = pcall(cjson.decode, fixed)
          if ok2 then ok, r = ok2, r2 end
        end
      end
      if not ok or type(r) ~= "table" then
        -- cjson's own words ("Expected value but found invalid token at
        -- character 1") do not say that the line had to be JSON
        self:_error(name, n, ok and "not a JSON object"
          or "not a JSON line (" .. gsub(gsub(tostring(r), "^.-: ", ""), "T_[%u_]+", CJSON_TOKEN) .. ")")
        return
      end
      from_table(r, n, line)
    end
    each_line(f, pending, record)
  elseif fmt == "csv" or fmt == "tsv" then
    -- a header row of field names (those of JSON lines, any case), then
    -- one article a record; a quoted field may span lines
    local sep = fmt == "csv" and "," or "\t"
    local header, skip, n, first, parts, open, size = nil, false, 0, nil, {}, false, 0
    local function row(rec, line)
      if not find(rec, "%S") then return end
      local cells = csv_fields(rec, sep)
      if skip then return end
      if not header then
        header = {}
        local has_text = false
        for i, h in ipairs(cells) do
          header[i] = match(h, "^%s*(.-)%s*$")
          for _, k in ipairs(TEXT_KEYS) do
            if header[i]:lower() == k:lower() or header[i]:lower() == "html" then has_text = true end
          end
        end
        -- a table that is not articles (figures, a list of names): one
        -- report for the file, not one a row
        if not has_text then
          self:_error(name, line, "no \"text\" (or \"body\", \"content\", \"html\") column in the header row")
          skip = true
        end
        return
      end
      local r = {}
      for i, h in ipairs(header) do
        local v = cells[i]
        if v and v ~= "" and h ~= "" then
          r[h] = v
          local lh = h:lower()
          if r[lh] == nil then r[lh] = v end
        end
      end
      from_table(r, line)
    end
    local function physical(line)
      n = n + 1
      if progress then progress(#line + 1) end
      if n == 1 and sub(line, 1, 3) == BOM then line = sub(line, 4) end
      if sub(line, -1) == "\r" then line = sub(line, 1, -2) end
      first = first or n
      parts[#parts + 1] = line
      size = size + #line + 1
      open = csv_open_after(line, sep, open)
      if open and size <= MAX_CSV_RECORD then return end   -- a quoted field goes on
      local rec = concat(parts, "\n")
      if open then
        self:_error(name, first, "a quoted field is not closed (record longer than "
          .. MAX_CSV_RECORD .. " bytes)")
      else
        row(rec, first)
      end
      first, parts, open, size = nil, {}, false, 0
    end
    each_line(f, pending, physical)
    if #parts > 0 then
      self:_error(name, first, "a quoted field is not closed at the end of the file")
    end
  elseif fmt == "html" then
    local s = pending .. (f:read("*a") or "")
    if progress then progress(#s) end
    yield({ html = s, id = base, ref = dref, file = name })
  else
    -- text: articles separated by form feeds, read in chunks.  The chunks
    -- of the current article are collected in a table and joined once, at
    -- a form feed or at the end: linear in the size of the file.
    local n, parts = 0, {}
    local function emit(t)
      if find(t, "%S") then
        n = n + 1
        yield({ text = t, id = n == 1 and base or (base .. "#" .. n), ref = dref, file = name })
      end
    end
    local function feed(chunk)
      local s = 1
      while true do
        local ff = find(chunk, "\f", s, true)
        if not ff then break end
        parts[#parts + 1] = sub(chunk, s, ff - 1)
        local t = concat(parts)
        parts = {}
        emit(t)
        s = ff + 1
      end
      if s == 1 then parts[#parts + 1] = chunk
      elseif s <= #chunk then parts[#parts + 1] = sub(chunk, s) end
    end
    if pending ~= "" then feed(pending) end
    while true do
      local chunk = f:read(CHUNK)
      if not chunk then break end
      if progress then progress(#chunk) end
      feed(chunk)
    end
    local buf = concat(parts)
    parts = nil
    if n == 0 then
      -- one article per file: an empty file is reported (and skipped)
      if find(buf, "%S") then emit(buf)
      else self:_error(name, nil, "empty document") end
    else
      emit(buf)
    end
  end
  if is_pipe then
    local ok, _, code = f:close()
    if is_pipe ~= true then   -- the status file (Lua 5.1, LuaJIT)
      local sf = io.open(is_pipe, "rb")
      code = sf and tonumber(sf:read("*l") or "")
      if sf then sf:close() end
      os.remove(is_pipe)
      ok = code == 0
    end
    if not ok then
      self:_error(name, nil, "gzip -dc failed (exit status " .. tostring(code)
        .. "): corrupt or truncated file")
    end
  elseif not is_stdin then
    f:close()
  end
end

-- Total bytes of the plain files (for the ETA), 0 when unknown.
local function total_bytes(sources)
  local total = 0
  for _, s in ipairs(sources) do
    if s.path == "-" or s.gz then return 0 end
    local f = io.open(s.path, "rb")
    if f then total = total + (f:seek("end") or 0); f:close() end
  end
  return total
end

-- Elapsed real time for the progress bar (os.clock is CPU time: it stands
-- still while the reader waits on a disk, a pipe or gzip).  Lua has no
-- monotonic clock without C: /proc/uptime (Linux; seconds since boot to
-- 1/100 s, never set back) where it can be read, else os.time() (whole
-- seconds of the system clock).
local function wall_clock()
  local f = io.open("/proc/uptime", "rb")
  if f then
    local s = f:read("*n")
    f:close()
    if s then return s end
  end
  return os.time()
end
M._wall_clock = wall_clock

-- The progress bar: drawn on stderr only when it is a terminal, after the
-- first second of wall time, then at most five times a second.  The wall
-- clock is read only when os.time() moves on or the CPU clock advanced by
-- 50 ms, so a record costs two cheap calls, and a reader waiting on its
-- input is still looked at every second.
local function progress_bar(self, sources)
  if self.opts.progress == false then return nil end
  if M._stderr_tty == nil then
    M._stderr_tty = exec_ok(os.execute("test -t 2"))
  end
  if not M._stderr_tty then return nil end
  local total = total_bytes(sources)
  local t0, second, cpu, last, bytes = wall_clock(), os.time(), os.clock(), 0, 0
  local function draw(final)
    if not final then
      local now, c = os.time(), os.clock()
      if now == second and c - cpu < 0.05 then return end
      second, cpu = now, c
    end
    local dt = wall_clock() - t0
    if dt < 1 then return end
    if not final and dt - last < 0.2 then return end
    last = dt
    self._bar = true
    local rate, mbs = self.narticles / dt, bytes / dt / 1048576
    local eta = ""
    if total > 0 and bytes > 0 and bytes < total then
      local s = (total - bytes) / (bytes / dt)
      eta = format("  %3d%%  ETA %d:%02d", floor(bytes * 100 / total), floor(s / 60), floor(s % 60))
    end
    io.stderr:write(format("\r\27[K%d articles  %.0f articles/s  %.1f MB/s%s",
      self.narticles, rate, mbs, eta))
    if final then io.stderr:write("\n") end
  end
  self._progress = function(n) bytes = bytes + n; draw(false) end
  return draw
end

--- Iterate over the articles: `for a in corpus:articles() do ... end`.
-- Each is a `dateline.Article` with `id`, `file`, `line`, `title`, `url`.
function Corpus:articles()
  -- each run counts afresh: c:map after a loop over c:articles() must not
  -- report every article twice
  -- (errors emptied in place: a filtered corpus shares the table)
  self.narticles, self.nerrors = 0, 0
  for i = #self.errors, 1, -1 do self.errors[i] = nil end
  if self._source then return self._source() end
  local sources, problems = {}, {}
  for _, p in ipairs(self.paths) do expand(p, self.opts, sources, problems) end
  for _, pr in ipairs(problems) do self:_error(pr.file, nil, pr.reason) end
  local draw = progress_bar(self, sources)
  return coroutine.wrap(function()
    local yield = coroutine.yield
    for _, src in ipairs(sources) do
      read_source(self, src, function(rec)
        local a, why = make_article(self, rec)
        if a then
          self.narticles = self.narticles + 1
          yield(a)
        else
          self:_error(rec.file, rec.line, why)
        end
      end)
    end
    if draw and self._bar then draw(true) end
    self._progress = nil
  end)
end

--- The raw records (`{text|html, id, ref, title, url, file, line}`),
-- unparsed: for tools that ship articles elsewhere (`dateline -j`).
function Corpus:records()
  local sources, problems = {}, {}
  for _, p in ipairs(self.paths) do expand(p, self.opts, sources, problems) end
  for _, pr in ipairs(problems) do self:_error(pr.file, nil, pr.reason) end
  return coroutine.wrap(function()
    for _, src in ipairs(sources) do read_source(self, src, coroutine.yield) end
  end)
end

-- A record (from `records`) as an article, or nil and why.
function Corpus:_article(rec)
  local a, why = make_article(self, rec)
  if a then self.narticles = self.narticles + 1 end
  return a, why
end

--- Call `fn(a)` for every article; returns the number of articles.
function Corpus:each(fn)
  check_corpus("each", self)
  check_fn("each", 1, fn)
  local n = 0
  for a in self:articles() do n = n + 1; fn(a) end
  return n
end

--- The non-nil results of `fn(a)` over the articles, in order.  The
-- articles themselves are not kept: memory is what `fn` returns.
function Corpus:map(fn)
  check_corpus("map", self)
  check_fn("map", 1, fn)
  local out = {}
  for a in self:articles() do
    local v = fn(a)
    if v ~= nil then out[#out + 1] = v end
  end
  return out
end

--- A corpus of the articles for which `fn(a)` is true (lazy: nothing is
-- read until it is iterated).
function Corpus:filter(fn)
  check_corpus("filter", self)
  check_fn("filter", 1, fn)
  local parent = self
  local c = setmetatable({ opts = self.opts, paths = self.paths, nerrors = 0,
    errors = self.errors, narticles = 0 }, Corpus)
  c._source = function()
    local it = parent:articles()
    return function()
      while true do
        local a = it()
        if a == nil then return nil end
        if fn(a) then c.narticles = c.narticles + 1; return a end
      end
    end
  end
  return c
end

Corpus.__name = "dateline.Corpus"
-- `for a in c do` (the :articles() left out) failed with Lua's "attempt to
-- call a dateline.Corpus value"; this says what to write instead
Corpus.__call = function()
  error("a dateline.Corpus is not an iterator: for a in c:articles() do ... end", 2)
end
Corpus.__tostring = function(c)
  local p = {}
  for i, x in ipairs(c.paths) do p[i] = x end
  return format("dateline.Corpus(%s): %d article%s read, %d error%s", concat(p, ", "),
    c.narticles, c.narticles == 1 and "" or "s", c.nerrors, c.nerrors == 1 and "" or "s")
end

---------------------------------------------------------------------------
-- Analysis helpers
---------------------------------------------------------------------------

local GRAN_RANK = { century = -1, decade = 0, year = 1, quarter = 2, month = 3, week = 4, day = 5,
  hour = 6, minute = 7, second = 8 }

-- A TIMEX3 value as (first day "YYYY-MM-DD", granularity), or nil.
local function date_key(v)
  if type(v) ~= "string" then return nil end
  local ok, d, first = pcall(dl.date.from_timex, v)
  if ok and d then
    -- a Date has no decade or century: its granularity says "year" for
    -- "197" (the 1970s) and "19" (the 1900s); the value says which
    local gran = d.granularity
    if gran == "year" and match(v, "^%d%d%d$") then gran = "decade"
    elseif gran == "year" and match(v, "^%d%d$") then gran = "century" end
    return first:iso(), gran
  end
  -- without dateline.date: the plain ISO prefixes
  local y, m, dd = match(v, "^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then return y .. "-" .. m .. "-" .. dd, "day" end
  y, m = match(v, "^(%d%d%d%d)%-(%d%d)$")
  if y then return y .. "-" .. m .. "-01", "month" end
  y = match(v, "^(%d%d%d%d)$")
  if y then return y .. "-01-01", "year" end
  return nil
end
M.date_key = date_key

--- Sort dated items by their normalized date.  Each item is a table with
-- `value` (a TIMEX3 value) or `date`; items whose value names no calendar
-- period (durations, `XXXX-10-22`, `PRESENT_REF`) are left out.  Each kept
-- item gets `key` (the first day of its period, "YYYY-MM-DD") and
-- `granularity` ("year" ... "day", "hour"...); a coarser period sorts before
-- a finer one starting the same day, then the input order is kept.
-- @tparam table items an array (or an iterator of items)
-- @treturn table the dated items, sorted; and the array of those left out
function M.timeline(items)
  if type(items) ~= "table" and not callable(items) then
    argerror(1, "timeline", "items: table or iterator expected, got " .. typename(items))
  end
  if type(items) ~= "table" then
    local t = {}
    for x in items do t[#t + 1] = x end
    items = t
  end
  local kept, out = {}, {}
  for i, it in ipairs(items) do
    if type(it) ~= "table" then
      argerror(1, "timeline", format("item #%d: table expected, got %s", i, typename(it)))
    end
    local key, gran = date_key(it.value or it.date)
    if key then
      it.key, it.granularity = key, gran
      kept[#kept + 1] = { it, i }
    else
      out[#out + 1] = it
    end
  end
  sort(kept, function(x, y)
    local a, b = x[1], y[1]
    if a.key ~= b.key then return a.key < b.key end
    local ra, rb = GRAN_RANK[a.granularity] or 9, GRAN_RANK[b.granularity] or 9
    if ra ~= rb then return ra < rb end
    return x[2] < y[2]
  end)
  for i, p in ipairs(kept) do kept[i] = p[1] end
  return kept, out
end

--- Count values: `counts(iter [, key])` where iter is an iterator or an
-- array, and key (optional) maps an item to the string counted, or names
-- the item's field counted (`counts(a:entities(), "type")`).
-- @treturn table `{ {value, n}, ... }` most frequent first (ties by value),
--   with `.total` and `.by` (value -> n)
function M.counts(iter, key)
  if type(iter) ~= "table" and not callable(iter) then
    argerror(1, "counts", "table or iterator expected, got " .. typename(iter))
  end
  if type(key) == "string" then
    local name = key
    key = function(x)   -- a record (a table) or a Date (`counts(dates, "year")`)
      local t = type(x)
      if t == "table" or t == "userdata" then return x[name] end
      return nil
    end
  elseif key ~= nil and not callable(key) then
    argerror(2, "counts", "function or field name expected, got " .. typename(key))
  end
  local by, total = {}, 0
  local function add(x)
    if key then x = key(x) end
    if x ~= nil then
      by[x] = (by[x] or 0) + 1
      total = total + 1
    end
  end
  if type(iter) == "table" then
    for _, x in ipairs(iter) do add(x) end
  else
    for x in iter do add(x) end
  end
  local list = {}
  for v, n in pairs(by) do list[#list + 1] = { v, n } end
  sort(list, function(a, b)
    if a[2] ~= b[2] then return a[2] > b[2] end
    return tostring(a[1]) < tostring(b[1])
  end)
  list.total, list.by = total, by
  return list
end

-- The sentences of an article as an array.
local function sentence_list(a)
  local list = {}
  for s in a:sentences() do list[#list + 1] = s end
  return list
end

-- Index of the sentence containing byte pos (binary search), or nil.
local function sentence_at(sents, pos)
  local lo, hi = 1, #sents
  while lo <= hi do
    local mid = floor((lo + hi) / 2)
    local s = sents[mid]
    if pos < s.start then hi = mid - 1
    elseif pos > s.stop then lo = mid + 1
    else return mid end
  end
  return nil
end
M.sentence_at = sentence_at

--- The dated events of an article for a timeline: its timexes outside the
-- byline and the boilerplate lines (a "Copyright 2024" or "Updated 4:20
-- PM" line, a live blog's entry stamps are about the page, not the story).
-- @param a an article
-- @treturn table an array of timex records, in text order
function M.story_timexes(a)
  check_article("story_timexes", a)
  local skip = {}   -- { start, stop } of the paragraphs to leave out
  for p in a:paragraphs({ all = true }) do
    if p.role == "boilerplate" or p.role == "byline" then skip[#skip + 1] = p end
  end
  local out, k = {}, 1
  for t in a:timexes() do
    while skip[k] and skip[k].stop < t.start do k = k + 1 end
    if not (skip[k] and skip[k].start <= t.start) then out[#out + 1] = t end
  end
  return out
end

--- Entities that occur in the same sentence: `cooccur(a, "PERSON",
-- "LOCATION")` gives `{ {a = entity1, b = entity2, sentence = s}, ... }`,
-- once per sentence and pair, in text order (with type1 == type2, each
-- unordered pair once).
local ENTITY_TYPES = dl._entity_types

function M.cooccur(a, type1, type2)
  check_article("cooccur", a)
  for n = 2, 3 do
    local t = n == 2 and type1 or type2
    if not ENTITY_TYPES[t] then
      argerror(n, "cooccur", format('"PERSON", "LOCATION", "ORGANIZATION" or "MISC" expected, got %s',
        type(t) == "string" and format("%q", t) or typename(t)))
    end
  end
  local sents = sentence_list(a)
  local per = {}   -- sentence index -> { [entity] = type-set }
  for e in a:entities() do
    if e.type == type1 or e.type == type2 then
      for _, m in ipairs(e.mentions) do
        local si = sentence_at(sents, m.start)
        if si then
          per[si] = per[si] or { list = {}, seen = {} }
          if not per[si].seen[e] then
            per[si].seen[e] = true
            per[si].list[#per[si].list + 1] = e
          end
        end
      end
    end
  end
  local out = {}
  for si = 1, #sents do
    local p = per[si]
    if p then
      for i, e1 in ipairs(p.list) do
        for j, e2 in ipairs(p.list) do
          if e1 ~= e2 and e1.type == type1 and e2.type == type2
             and (type1 ~= type2 or i < j) then
            out[#out + 1] = { a = e1, b = e2, sentence = sents[si] }
          end
        end
      end
    end
  end
  return out
end

-- PERSON mentions of an article sorted by start, each with its entity
-- (built once per article: linking n quotes costs n binary searches), and
-- the people by the word-suffixes of their names ("Jinping", "Xi Jinping").
local function person_index(a)
  local idx, by_suffix = {}, {}
  for e in a:entities("PERSON") do
    for _, m in ipairs(e.mentions) do idx[#idx + 1] = { m.start, m.stop, e } end
    local name = e.name
    if by_suffix[name] == nil then by_suffix[name] = e end
    for p in gmatch(name, "() ") do
      local suffix = sub(name, p + 1)
      if suffix ~= "" and by_suffix[suffix] == nil then by_suffix[suffix] = e end
    end
  end
  sort(idx, function(x, y) return x[1] < y[1] end)
  return { mentions = idx, by_suffix = by_suffix }
end
M.person_index = person_index

-- The PERSON entity a quote's speaker refers to: the one with a mention
-- covering the (resolved) speaker mention, else the first whose name is
-- or ends with the speaker's name.  `people` is `person_index(a)`.
local function speaker_entity(people, q)
  local s = q.resolved_start or q.speaker_start
  if s then
    local idx = people.mentions
    local lo, hi = 1, #idx
    while lo <= hi do   -- the last mention starting at or before s
      local mid = floor((lo + hi) / 2)
      if idx[mid][1] <= s then lo = mid + 1 else hi = mid - 1 end
    end
    local m = idx[hi]
    if m and s <= m[2] then return m[3] end
  end
  if q.speaker then return people.by_suffix[q.speaker] end
  return nil
end
M.speaker_entity = speaker_entity

--- Who said what: `{ {speaker, text, entity, quote, date, id}, ... }` for
-- the article's direct quotes that have a speaker; `speaker` is the
-- canonical name of the person (the fullest form the article uses).
-- `a:quotes()` already names each linked speaker by its merged entity;
-- the entity itself is found by binary search in a mention index built
-- once per article, so the cost is O((quotes + mentions) log mentions).
function M.who_said_what(a)
  check_article("who_said_what", a)
  local people
  local out = {}
  for q in a:quotes() do
    if q.speaker and not q.partial then
      people = people or person_index(a)
      local e = speaker_entity(people, q)
      out[#out + 1] = { speaker = e and e.name or q.speaker, text = q.text,
        entity = e, quote = q, date = a.date, id = a.id }
    end
  end
  return out
end

-- Function words of the languages the core reads, for `lang_of`.
local FUNCTION_WORDS = {
  en = { "the", "and", "of", "to", "is", "was", "in", "on", "for", "with", "that", "said",
    "it", "by", "at", "he", "she", "has", "have", "from", "were", "will" },
  de = { "der", "die", "das", "und", "nicht", "ist", "mit", "ein", "eine", "den", "dem",
    "von", "zu", "auf", "wurde", "sich", "im", "am", "sagte" },
  fr = { "le", "la", "les", "et", "est", "une", "des", "du", "dans", "pour", "pas", "qui",
    "sur", "au", "a", "aux", "il", "elle", "selon" },
  es = { "el", "los", "las", "y", "es", "una", "del", "por", "para", "con", "que", "fue",
    "se", "al", "su", "dijo", "como" },
}
local WORD_LANG = {}   -- word -> { lang = true }
for lang, words in pairs(FUNCTION_WORDS) do
  for _, w in ipairs(words) do
    WORD_LANG[w] = WORD_LANG[w] or {}
    WORD_LANG[w][lang] = true
  end
end
local LANG_ORDER = { "en", "de", "fr", "es" }
local MAX_LANG_BYTES = 65536   -- bytes of an article lang_of reads

--- The language of an article's text: "en", "de", "fr", "es", "ru" or
-- "zh" (cached).  Uses the core's guesser (`dl.lang_guess`) when the
-- binding exposes it; else counts, over the first 64 KiB, Cyrillic and
-- CJK characters and the function words of each Latin-script language
-- (ties go to English, the core's default).
-- @treturn string
function M.lang_of(a)
  check_article("lang_of", a)
  local cache = dl._cache(a)
  if cache.lang then return cache.lang end
  local text = a.text
  if #text > MAX_LANG_BYTES then text = sub(text, 1, MAX_LANG_BYTES) end
  local lang
  local guess = rawget(dl, "lang_guess")
  if type(guess) == "function" then lang = guess(text) end
  if type(lang) ~= "string" then
    local score = { en = 0, de = 0, fr = 0, es = 0 }
    local latin, cyr, han = 0, 0, 0
    for w in gmatch(text, "[%a\128-\255]+") do
      local lead = byte(w)
      if lead == 0xD0 or lead == 0xD1 then cyr = cyr + 1          -- Cyrillic U+0400..047F
      elseif lead >= 0xE4 and lead <= 0xE9 then han = han + floor(#w / 3)   -- CJK U+4000..9FFF
      else
        latin = latin + 1
        local l = WORD_LANG[w:lower()]
        if l then for k in pairs(l) do score[k] = score[k] + 1 end end
      end
    end
    if han > 0 and han * 2 >= latin + cyr then lang = "zh"
    elseif cyr > 0 and cyr >= latin then lang = "ru"
    else
      lang = "en"
      for _, k in ipairs(LANG_ORDER) do
        if score[k] > score[lang] then lang = k end
      end
    end
  end
  cache.lang = lang
  return lang
end

---------------------------------------------------------------------------
-- JSON output with a stable key order (for `dateline map` and the CLI:
-- the same input gives byte-identical output in every process).
---------------------------------------------------------------------------

-- The writer is the C core's (core.json, csrc/ldateline.c): strings
-- escaped as lua-cjson does, integers without a fraction, other numbers
-- "%.14g" (NaN, infinities: null), a table with elements 1..#t (or an
-- empty one) an array, else an object of its string keys sorted bytewise;
-- any other value null.  spec/corpus_spec.lua checks it against the
-- pure-Lua writer it replaced (~10x slower), byte for byte.

--- A value as JSON text, object keys sorted (empty tables are `[]`).
-- @function json
---------------------------------------------------------------------------
-- Names across a corpus
---------------------------------------------------------------------------

-- Latin letters with diacritics (UTF-8) and their base letter: wires
-- drop accents ("Tomas Barrera" for "Tomás Barrera"), so names are
-- compared without them.
local FOLD = {}
do
  local groups = {
    a = "àáâãäåāăą", c = "çćĉċč", d = "ďđ", e = "èéêëēĕėęě", g = "ĝğġģ", h = "ĥħ",
    i = "ìíîïĩīĭįı", j = "ĵ", k = "ķ", l = "ĺļľŀł", n = "ñńņňŉ", o = "òóôõöøōŏő",
    r = "ŕŗř", s = "śŝşšș", t = "ţťŧț", u = "ùúûüũūŭůűų", w = "ŵ", y = "ýÿŷ", z = "źżž",
    A = "ÀÁÂÃÄÅĀĂĄ", C = "ÇĆĈĊČ", D = "ĎĐ", E = "ÈÉÊËĒĔĖĘĚ", G = "ĜĞĠĢ", H = "ĤĦ",
    I = "ÌÍÎÏĨĪĬĮİ", J = "Ĵ", K = "Ķ", L = "ĹĻĽĿŁ", N = "ÑŃŅŇ", O = "ÒÓÔÕÖØŌŎŐ",
    R = "ŔŖŘ", S = "ŚŜŞŠȘ", T = "ŢŤŦȚ", U = "ÙÚÛÜŨŪŬŮŰŲ", W = "Ŵ", Y = "ÝŸŶ", Z = "ŹŻŽ",
  }
  for base, letters in pairs(groups) do
    for ch in gmatch(letters, "[\194-\244][\128-\191]*") do FOLD[ch] = base end
  end
end

-- The key a name is compared by: accents folded, lower case, spaces
-- squeezed, dots and hyphens as spaces ("Jean-Paul" = "Jean Paul").
local function name_key(name)
  local k = gsub(name, "[\194-\244][\128-\191]*", FOLD)
  k = lower(gsub(gsub(k, "[%.%-]", " "), "%s+", " "))
  return (match(k, "^%s*(.-)%s*$"))
end
M._name_key = name_key

local Names = {}
Names.__index = Names
Names.__name = "dateline.Names"

--- A name index over a corpus: `names:add(a)` for each article, then
-- `names:canonical(name)` gives the name the corpus knows that person or
-- organization by.  Two rules, both across articles: a spelling without
-- accents, or with other dots and hyphens, is the most frequent spelling
-- of that name ("Tomas Barrera" -> "Tomás Barrera"); and a surname used
-- alone ("Barrera"), whatever type the article gave it, is the one full
-- PERSON name of the corpus that ends with it -- when two people share
-- it ("Ana Soto", "Luis Soto"), or the corpus has it as a place or a
-- nationality ("Santiago"), it stays as it is.
-- @treturn dateline.Names
function M.names()
  return setmetatable({ spell = {}, types = {}, articles = {}, seen_in = {}, narticles = 0,
    _done = nil }, Names)
end

--- Add the entities of an article (or an array of entity records).
function Names:add(a)
  if getmetatable(self) ~= Names then argerror(1, "add", "dateline.Names expected, got " .. typename(self)) end
  local list = a
  if dl.type(a) == "article" then
    list = {}
    for e in a:entities() do list[#list + 1] = e end
  elseif type(a) ~= "table" then
    argerror(1, "add", "dateline.Article or array of entities expected, got " .. typename(a))
  end
  local seen = {}
  -- the articles each name is in, by number: names:list() counts an
  -- article once for a person it names both "Okafor" and "Linda Okafor"
  self.narticles = self.narticles + 1
  for _, e in ipairs(list) do
    local name, ty = e.name, e.type
    if type(name) == "string" and name ~= "" then
      local key = name_key(name)
      local sp = self.spell[key]
      if not sp then sp = {}; self.spell[key] = sp end
      sp[name] = (sp[name] or 0) + #(e.mentions or { 1 })
      local tk = key .. "\0" .. tostring(ty)
      self.types[tk] = (self.types[tk] or 0) + 1
      if not seen[key] then
        seen[key] = true
        self.articles[key] = (self.articles[key] or 0) + 1
        local ins = self.seen_in[key]
        if not ins then ins = {}; self.seen_in[key] = ins end
        ins[#ins + 1] = self.narticles
      end
    end
  end
  self._done = nil
  return self
end

-- The most frequent spelling of each key, the type each key has most
-- often, and the full names of people by surname key.
local function names_build(self)
  local best, ptype, by_surname = {}, {}, {}
  for key, sp in pairs(self.spell) do
    local b, bn
    for s, n in pairs(sp) do
      -- ties: the accented (longer) spelling, then the first in byte order
      if not b or n > bn or n == bn and (#s > #b or #s == #b and s < b) then b, bn = s, n end
    end
    best[key] = b
  end
  for tk, n in pairs(self.types) do
    local key, ty = match(tk, "^(.-)%z(.*)$")
    local cur = ptype[key]
    if not cur or n > cur[2] or n == cur[2] and ty == "PERSON" then ptype[key] = { ty, n } end
  end
  for key in pairs(self.spell) do
    if (self.types[key .. "\0PERSON"] or 0) > 0 and find(key, " ", 1, true) then
      for p in gmatch(key, "() ") do
        local suffix = sub(key, p + 1)
        local cur = by_surname[suffix]
        if cur == nil then by_surname[suffix] = key
        elseif cur ~= key then by_surname[suffix] = false end   -- two people: ambiguous
      end
    end
  end
  self._done = { best = best, ptype = ptype, by_surname = by_surname }
  return self._done
end

--- The canonical name of `name` in the corpus, and its type
-- ("PERSON" for a surname merged into a person); nil when the index has
-- never seen the name.
function Names:canonical(name)
  if getmetatable(self) ~= Names then argerror(1, "canonical", "dateline.Names expected, got " .. typename(self)) end
  check_type(1, "canonical", name, "string")
  local d = self._done or names_build(self)
  local key = name_key(name)
  local full = d.by_surname[key]
  -- a place or a nationality is never a surname: "Santiago" stays the
  -- city though a Jorge Santiago is in the corpus
  -- (a surname of several words, "van der Berg", too; but a full name the
  -- corpus has as a person, "Paul Smith", is not John Paul Smith's)
  if full and full ~= key and not self.types[key .. "\0LOCATION"]
      and not self.types[key .. "\0MISC"]
      and not (find(key, " ", 1, true) and self.types[key .. "\0PERSON"]) then
    return d.best[full], "PERSON"
  end
  if d.best[key] then return d.best[key], d.ptype[key] and d.ptype[key][1] end
  return nil
end

local NameRow = {}
NameRow.__name = "dateline.Name"
NameRow.__tostring = function(r)
  return format("%s %s: %d mention%s in %d article%s%s", tostring(r.type), r.name, r.mentions,
    r.mentions == 1 and "" or "s", r.articles, r.articles == 1 and "" or "s",
    #r.variants > 0 and " (also " .. concat(r.variants, ", ") .. ")" or "")
end

--- Every canonical name: `{ {name, type, articles, mentions, variants = {...}}, ... }`,
-- most articles first (the variants: the other spellings and surnames
-- merged into it; `articles`: the articles that name it in any of its
-- forms; `mentions`: its mentions in all of them).
function Names:list()
  if getmetatable(self) ~= Names then argerror(1, "list", "dateline.Names expected, got " .. typename(self)) end
  local d = self._done or names_build(self)
  local out, by, ins = {}, {}, {}
  for key in pairs(self.spell) do
    local name, ty = self:canonical(d.best[key])
    local target = by[name]
    if not target then
      target = setmetatable({ name = name, type = ty, articles = 0, mentions = 0, variants = {} },
        NameRow)
      by[name] = target
      ins[name] = {}
      out[#out + 1] = target
    end
    for _, i in ipairs(self.seen_in[key]) do
      if not ins[name][i] then
        ins[name][i] = true
        target.articles = target.articles + 1
      end
    end
    for s, n in pairs(self.spell[key]) do
      target.mentions = target.mentions + n
      if s ~= name then target.variants[#target.variants + 1] = s end
    end
  end
  for _, t in ipairs(out) do sort(t.variants) end
  sort(out, function(x, y)
    if x.articles ~= y.articles then return x.articles > y.articles end
    return x.name < y.name
  end)
  return out
end

Names.__tostring = function(self)
  local n = 0
  for _ in pairs(self.spell) do n = n + 1 end
  return format("dateline.Names (%d names)", n)
end
M.Names = Names

M.json = require("dateline.core").json

M.Corpus = Corpus
M._make_article = make_article   -- for the specs

-- `dl.corpus(...)`, once this module is loaded (dateline's init.lua may
-- also load it on first use).
if rawget(dl, "corpus") == nil then dl.corpus = M.new end

return setmetatable(M, { __call = function(_, ...) return M.new(...) end })
