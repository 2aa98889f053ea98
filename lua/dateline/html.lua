--- dateline.html: news web pages to the same article object as `dl.parse`.
--
-- `parse_html(html [, opts])` extracts the page's main text and metadata
-- with the C core (libxml2's HTML parser, then Readability-style scoring;
-- see csrc/html.c), parses that text with `dl.parse`, and stores the
-- metadata in the article: `a.title`, `a.authors`, `a.published`,
-- `a.modified`, `a.site`, `a.lang`, `a.url`, `a.description`.  Positions
-- refer to the extracted text, `a.text`.
-- @module dateline.html

local core = require "dateline.core"

local error, pairs, require, type = error, pairs, require, type
local format, lower, match = string.format, string.lower, string.match
local concat = table.concat

local _ENV = nil

local M = {}

-- "By A", "By A and B", "By A, B and C"
local function byline_of(authors)
  local n = #authors
  if n == 0 then return false end
  if n == 1 then return "By " .. authors[1] end
  return "By " .. concat(authors, ", ", 1, n - 1) .. " and " .. authors[n]
end

local META = { "title", "published", "modified", "site", "lang", "url", "description" }

-- languages `dl.parse` reads besides English (its `lang` option)
local PARSE_LANGS = { de = true, es = true, fr = true, ru = true, zh = true }

--- Extract the main text and metadata of a web page, without parsing.
-- @tparam string html the page
-- @tparam[opt] table opts `title = false` leaves the title out of the text
-- @treturn string the main text (paragraphs separated by blank lines)
-- @treturn table `{title, authors, published, modified, site, lang, url, description}`
function M.extract(html, opts)
  if type(html) ~= "string" then
    error(format("bad argument #1 to 'extract' (string expected, got %s)", type(html)), 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error(format("bad argument #2 to 'extract' (opts: table expected, got %s)", type(opts)), 2)
  end
  -- not a tail call: LuaJIT would drop this frame and the name from errors
  local text, meta = core.html_extract(html, opts)
  return text, meta
end

--- Parse a news web page into an article.
-- @tparam string html the page (UTF-8, or the charset it declares)
-- @tparam[opt] table opts the options of `dl.parse` (`ref`, `dayfirst`,
--   `anchor`, `lang`); `ref` defaults to the page's publication date (else
--   its modification date), `lang` to the page's language when `dl.parse`
--   knows it; `title = false` leaves the title out of the text
-- @treturn dateline.Article with `title`, `authors`, `published`,
--   `modified`, `site`, `lang`, `url`, `description`
--
-- `fallback_ref` (dl.corpus's `ref`; dl.parse_html passes none) is the date
-- a page with no date of its own resolves against: like a JSON line's date
-- field, a page's publication date wins over the corpus's `ref`.
function M.parse_html(html, opts, fallback_ref)
  if type(html) ~= "string" then
    error(format("bad argument #1 to 'parse_html' (string expected, got %s)", type(html)), 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error(format("bad argument #2 to 'parse_html' (table expected, got %s)", type(opts)), 2)
  end
  if opts then require("dateline")._check_opts("parse_html", opts, 2) end
  local text, meta = core.html_extract(html, opts)
  local opts2 = {}
  if opts then
    for k, v in pairs(opts) do opts2[k] = v end
  end
  if opts2.ref == nil then
    local d = meta.published or meta.modified
    opts2.ref = d and match(d, "^%d%d%d%d%-%d%d%-%d%d") or fallback_ref
  end
  -- the page's language, when the parser knows its dates and words
  if opts2.lang == nil and meta.lang then
    local primary = lower(match(meta.lang, "^%a%a") or "")
    if PARSE_LANGS[primary] then opts2.lang = primary end
  end
  opts2.title = nil
  local dl = require "dateline"
  local a = dl.parse(text, opts2)
  local cache = dl._cache(a)
  for i = 1, #META do
    local k = META[i]
    cache[k] = meta[k] or false
  end
  cache.authors = meta.authors
  -- the page's byline element went into a.authors and out of the text;
  -- a.byline names the same writers, as for a text with a "By" line
  if not a.byline then cache.byline = byline_of(meta.authors) end
  return a
end

return M
