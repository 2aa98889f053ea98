-- html_spec.lua -- news web pages to articles (csrc/html.c, dateline.html).
--
-- The fixture pages in spec/fixtures/html/ (written for the project by
-- generate.lua there, in the markup styles of common news sites) and in
-- spec/fixtures/html/pages/ (written by hand, in other layouts) each come
-- with NAME.txt, the expected main text, and NAME.meta.lua, the expected
-- metadata.  One `it` per page checks the text (token F1 against the
-- expected text, and every expected paragraph in order) and one per page
-- checks the metadata.  The overall figures are printed at the end.

local dl = require "dateline"
local html = require "dateline.html"
local compat = require "support.compat"

local DIRS = { "spec/fixtures/html/", "spec/fixtures/html/pages/" }
local MIN_F1 = 0.97

local function read(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("*a")
  f:close()
  return s
end

-- The pages as paths without ".html", in order.
local function pages()
  local list = {}
  for _, dir in ipairs(DIRS) do
    local found = {}
    local p = assert(io.popen("ls " .. dir))
    for name in p:lines() do
      local base = name:match("^(.+)%.html$")
      if base then found[#found + 1] = dir .. base end
    end
    p:close()
    table.sort(found)
    for _, path in ipairs(found) do list[#list + 1] = path end
  end
  return list
end

local function short(path)
  return (path:gsub("^spec/fixtures/html/", ""))
end

local function tokens(s)
  local t = {}
  for w in s:gmatch("[^%s]+") do t[w] = (t[w] or 0) + 1 end
  return t
end

-- Bag-of-tokens F1, as the article-extraction benchmarks compute it.
local function f1(got, want)
  local g, w = tokens(got), tokens(want)
  local common, ng, nw = 0, 0, 0
  for k, n in pairs(g) do ng = ng + n; common = common + math.min(n, w[k] or 0) end
  for _, n in pairs(w) do nw = nw + n end
  if ng == 0 or nw == 0 then return ng == nw and 1 or 0 end
  local p, r = common / ng, common / nw
  if p + r == 0 then return 0 end
  return 2 * p * r / (p + r)
end

local function paragraphs(s)
  local out = {}
  for para in (s .. "\n\n"):gmatch("(.-)\n\n+") do
    para = para:gsub("^%s+", ""):gsub("%s+$", "")
    if para ~= "" then out[#out + 1] = para end
  end
  return out
end

local totals = { pages = 0, f1 = 0, exact = 0, fields = 0, fields_ok = 0 }

local fnv1a = require "support.fnv1a"

describe("dl.parse_html", function()
  for _, path in ipairs(pages()) do
    local base = short(path)
    local page = read(path .. ".html")
    local want_text = read(path .. ".txt"):gsub("\n$", "")
    local want = dofile(path .. ".meta.lua")
    local ok, a = pcall(dl.parse_html, page)

    it("extracts the main text of " .. base, function()
      assert(ok, a)
      local got = a.text
      local score = f1(got, want_text)
      totals.pages = totals.pages + 1
      totals.f1 = totals.f1 + score
      if got == want_text then totals.exact = totals.exact + 1 end
      -- every expected paragraph is there, in order (live blogs: any order)
      local gp, pos = paragraphs(got), 1
      local index = {}
      for i, p in ipairs(gp) do index[p] = index[p] or i end
      for _, p in ipairs(paragraphs(want_text)) do
        local at = index[p]
        assert.is_truthy(at, "missing paragraph: " .. p)
        if not want.unordered then
          assert.is_true(at >= pos, "out of order: " .. p)
          pos = at
        end
      end
      assert.is_true(score >= MIN_F1, string.format("F1 %.3f", score))
    end)

    it("reads the metadata of " .. base, function()
      assert(ok, a)
      local function check(field, got, expected)
        totals.fields = totals.fields + 1
        if got == expected then totals.fields_ok = totals.fields_ok + 1 end
        assert.are.same(expected, got, field)
      end
      check("title", a.title, want.title)
      check("authors", table.concat(a.authors, "; "), table.concat(want.authors or {}, "; "))
      check("published", a.published and a.published:sub(1, 10), want.published)
      for _, k in ipairs({ "site", "lang", "url", "description", "modified" }) do
        if want[k] then check(k, a[k], want[k]) end
      end
      if want.published_at then check("published_at", a.published, want.published_at) end
      if want.dateline then check("dateline", a.dateline and a.dateline.text, want.dateline) end
      -- credit lines kept in the text are boilerplate, not body
      for _, line in ipairs(want.boilerplate or {}) do
        local role
        for p in a:paragraphs({ all = true }) do
          if p.text == line then role = p.role end
        end
        check("boilerplate", role, "boilerplate")
      end
      -- the article's own parse works on the extracted text
      assert.are.equal(want.title, a.headline)
      assert.are.equal(want.published, a.ref)
    end)
  end

  it("reports the figures over the fixture pages", function()
    if totals.pages > 0 then
      print(string.format("\nHTML fixtures: %d pages, mean body F1 %.4f, %d exact texts, "
        .. "metadata %d/%d fields right", totals.pages, totals.f1 / totals.pages,
        totals.exact, totals.fields_ok, totals.fields))
    end
  end)
end)

-- Real pages are mostly script, style, inline SVG and comments by bytes;
-- none of it is text, and the pre-pass that drops it before libxml2 must
-- never change what is extracted.
local function padded(page)
  local junk = '<script>var s = "</div><p>not text</p>"; if (a < b && c > d) { x = "<!--"; }' ..
    "</script>\n<style>p > a { color: red } /* </p> */</style>\n" ..
    '<script type="application/json">{"html":"<p>feed item</p>","n":1}</script>\n' ..
    "<!-- old markup: <div class=\"story\"><p>commented out</p></div> -->\n"
  local icons = '<svg viewBox="0 0 24 24" aria-hidden="true"><title>Share</title>' ..
    '<g><path d="M0 0h24v24H0z"/><circle cx="12" cy="12" r="4"/></g></svg>' ..
    '<SCRIPT>document.write("</scr" + "ipt>")</SCRIPT><script src="/a.js"></script>'
  local s = page:gsub("</[hH][eE][aA][dD]>", function(h) return junk .. h end, 1)
  return (s:gsub("</[bB][oO][dD][yY]>", function(b) return icons .. junk .. b end, 1))
end

describe("dl.parse_html on pages heavy with script", function()
  for _, path in ipairs(pages()) do
    it("extracts the same text and metadata from " .. short(path) .. " padded with script, style, SVG and comments",
      function()
        local page = read(path .. ".html")
        local text, meta = html.extract(page)
        local text2, meta2 = html.extract(padded(page))
        assert.are.equal(text, text2)
        assert.are.same(meta, meta2)
      end)
  end
end)

describe("dl.parse_html on its own", function()
  it("gives an article whose positions refer to the extracted text", function()
    local a = dl.parse_html([[<html lang="fr"><head><title>Le port rouvre | Le Quotidien</title>
      <meta property="og:site_name" content="Le Quotidien"></head><body><article>
      <h1>Le port rouvre</h1><p>MARSEILLE, 3 mai (AFP) - Le port a rouvert mardi apr&egrave;s
      une semaine de gr&egrave;ve, selon la direction, qui a sign&eacute; un accord.</p>
      <p>Les dockers reprendront le travail demain matin, ont indiqu&eacute; les syndicats.</p>
      </article></body></html>]], { ref = "2024-05-03" })
    assert.are.equal("Le port rouvre", a.title)
    assert.are.equal("Le Quotidien", a.site)
    assert.are.equal("fr", a.lang)
    for s in a:sentences() do
      assert.are.equal(s.text, a.text:sub(s.start, s.stop))
    end
    assert.truthy(a.text:find("après une semaine de grève", 1, true))
    assert.are.equal("2024-05-03", a.ref)
  end)

  it("uses the publication date as the reference date", function()
    local a = dl.parse_html([[<html><head><meta property="article:published_time"
      content="2024-10-22T08:00:00Z"></head><body><article><p>Officials said on Tuesday
      that the bridge would reopen next week, after repairs that took longer than planned.</p>
      <p>Traffic had been diverted through the town centre since the middle of September.</p>
      </article></body></html>]])
    assert.are.equal("2024-10-22T08:00:00Z", a.published)
    local values = {}
    for t in a:timexes() do values[#values + 1] = t.value end
    assert.are.equal("2024-10-22", values[1])
  end)

  it("keeps the title out of the text on request", function()
    local text, meta = html.extract([[<html><head><title>A title here</title></head>
      <body><p>Just one paragraph of body text that is long enough to count as one.</p></body></html>]],
      { title = false })
    assert.are.equal("Just one paragraph of body text that is long enough to count as one.", text)
    assert.are.equal("A title here", meta.title)
  end)

  it("splits bylines and drops agencies and roles", function()
    local _, meta = html.extract([[<html><head>
      <meta name="author" content="By Jane Doe, John Roe and Ann Lee, Reuters"></head>
      <body><p>Text.</p></body></html>]])
    assert.are.same({ "Jane Doe", "John Roe", "Ann Lee" }, meta.authors)
    _, meta = html.extract([[<html><body><article><div class="byline">By Sam Hill,
      Senior Correspondent | Associated Press</div><p>Text of the story goes here.</p>
      </article></body></html>]])
    assert.are.same({ "Sam Hill" }, meta.authors)
    -- a part ending in a job-title noun is a role; a <br> separates parts; a
    -- date or an agency after the name is not the name; capitals are names
    local cases = {
      { "By Ann Lee, Local Democracy Reporter", { "Ann Lee" } },
      { "By Ann Lee<br>Health Correspondent", { "Ann Lee" } },
      { "By Ann Lee <span>22 July 2025</span>", { "Ann Lee" } },
      { "By ANN LEE and JOSÉ O'BRIEN Associated Press", { "Ann Lee", "José O'Brien" } },
      { "Metro News Staff", {} },
      -- a station's web desk and an unsigned report are no writers
      { "Posted by KXYZ Web Team", {} },
      { "Staff Report", {} },
      { "By Ann Lee, Staff Report", { "Ann Lee" } },
      { "By Tom Teamer", { "Tom Teamer" } },
      -- a name typed into one field with its title; a paper's name is none
      { "Hollis Grant Staff Writer", { "Hollis Grant" } },
      { "By MARY JO ELLIS Staff Reporter", { "Mary Jo Ellis" } },
      { "Courier Staff Writer", {} },
      { "Times Herald Staff Writer", {} },
      { "Local Democracy Reporter", {} },
      -- a given name, then a surname that is a newsroom's word: a writer;
      -- a desk's or an agency's name with such a word is none
      { "By Karen Bureau", { "Karen Bureau" } },
      { "Paul Desk", { "Paul Desk" } },
      { "By Anna Staff and Omar Editor", { "Anna Staff", "Omar Editor" } },
      { "Grace Newsroom", { "Grace Newsroom" } },
      { "By KAREN BUREAU", { "Karen Bureau" } },
      { "TOKYO BUREAU", {} },
      { "Tokyo Bureau", {} },
      { "Metro Desk", {} },
      { "Reuters Bureau", {} },
      { "Staff", {} },
      { "City Newsroom", {} },
      -- a broadcaster's news desk is no writer, a wire's closing mark no name
      { "By Rob Diaz | Fox News", { "Rob Diaz" } },
      { "By Jo Park, CNBC", { "Jo Park" } },
      { "(END)", {} },
      -- a time stamp beside the name, in its own part or its own block
      { "UNI | Updated: Aug 14, 2024, 18:40 IST", {} },
      { "<p>By <a href=\"/by/ho\">Ken Ho</a></p><time>Sept. 3, 2024</time>", { "Ken Ho" } },
    }
    for _, case in ipairs(cases) do
      _, meta = html.extract("<html><body><article><div class=\"byline\">" .. case[1] ..
        "</div><p>Text of the story goes here.</p></article></body></html>")
      assert.are.same(case[2], meta.authors, case[1])
    end
  end)

  it("gives a.byline for the writers of the page's byline element", function()
    local function page(byline)
      return [[<html><head><meta property="article:published_time" content="2023-03-20T09:00:00Z">
        </head><body><article><h1>Harbor tunnel opens after six years of work</h1>]] .. byline ..
        [[<p>The harbor tunnel opened to traffic on Monday after six years of construction.</p>
        <p>About 40,000 cars a day are expected to use it, the city said.</p></article></body></html>]]
    end
    local a = dl.parse_html(page('<p class="byline">By Maria Olsen</p>'))
    assert.are.same({ "Maria Olsen" }, a.authors)
    assert.are.equal("By Maria Olsen", a.byline)
    a = dl.parse_html(page('<div class="byline"><a href="/a/jo">Jo Park</a> and <a href="/a/li">Li Wen</a></div>'))
    assert.are.equal("By Jo Park and Li Wen", a.byline)
    a = dl.parse_html(page('<div class="author">Ann Lee, Bo Chen, Cy Dunn</div>'))
    assert.are.equal("By Ann Lee, Bo Chen and Cy Dunn", a.byline)
    a = dl.parse_html(page(""))
    assert.are.same({}, a.authors)
    assert.is_nil(a.byline)
  end)

  it("gives no text for a section front, only its title", function()
    local cards = {}
    for i = 1, 5 do
      cards[i] = ('<article class="card"><a href="/world/%d"><h3>Teaser headline number %d about the ' ..
        'news</h3></a><p class="card__standfirst">A line of teaser text for story %d.</p></article>')
        :format(i, i, i)
    end
    local a = dl.parse_html([[<html><head><title>World news | The Daily Example</title>
      <meta property="og:type" content="website"><meta property="og:title" content="World news">
      </head><body><main><h1>World</h1>]] .. table.concat(cards) .. [[</main></body></html>]])
    assert.are.equal("", a.text)
    assert.are.equal("World news", a.title)
    assert.is_nil(a.published)
  end)

  it("takes the <h1> over og:title only when <title> says what the <h1> says", function()
    local body = ("<h1>Ferry workers end their three-week strike after pay deal</h1><article><p>" ..
      ("The ferry workers voted on Tuesday to accept the offer the operator made. "):rep(6) ..
      "</p></article></body></html>")
    local og = [[<meta property="og:title" content="Ferry strike ends">]]
    local _, meta = html.extract("<html><head>" .. og .. "</head><body>" .. body)
    assert.are.equal("Ferry strike ends", meta.title)
    _, meta = html.extract("<html><head>" .. og .. "<title>Ferry workers end their three-week " ..
      "strike after pay deal | The Daily Example</title></head><body>" .. body)
    assert.are.equal("Ferry workers end their three-week strike after pay deal", meta.title)
  end)

  it("reads the JSON of a parsely-page meta tag", function()
    local _, meta = html.extract([[<html><head><meta name="parsely-page" content='{"title":"Dam
      opens","pub_date":"2024-05-03T10:00:00Z","authors":["Ann Lee","Bo Chen"]}'></head>
      <body><p>Text.</p></body></html>]])
    assert.are.equal("2024-05-03T10:00:00Z", meta.published)
    assert.are.same({ "Ann Lee", "Bo Chen" }, meta.authors)
    _, meta = html.extract([[<html><head><meta name="parsely-page"
      content='{"author":"Sam Hill","pub_date":"2024-05-04"}'></head><body><p>Text.</p></body></html>]])
    assert.are.equal("2024-05-04", meta.published)
    assert.are.same({ "Sam Hill" }, meta.authors)
    -- not JSON: ignored
    _, meta = html.extract([[<html><head><meta name="parsely-page" content="{oops"></head>
      <body><p>Text.</p></body></html>]])
    assert.is_nil(meta.published)
  end)

  it("prefers the original date to the updated one", function()
    local _, meta = html.extract([[<html><body><article>
      <p>Updated <time class="updated" datetime="2024-10-23T10:00:00Z">Oct 23</time></p>
      <p>Published <time class="published" datetime="2024-10-21T09:00:00Z">Oct 21</time></p>
      <p>Body text of a story, long enough to be a paragraph of its own.</p>
      </article></body></html>]])
    assert.are.equal("2024-10-21T09:00:00Z", meta.published)
    assert.are.equal("2024-10-23T10:00:00Z", meta.modified)
  end)

  it("keeps hidden text only where JSON-LD marks it as the paywalled part", function()
    local body = [[<article><h1>Dam opens</h1><p>The new dam opened on Monday after
      six years of work, the regional water authority said in a statement.</p>
      <div class="%s" style="display:none"><p>Engineers said the reservoir would take
      two winters to fill, and that the old weir downstream would be removed.</p></div>
      </article>]]
    local ld = [[<script type="application/ld+json">{"@type":"NewsArticle",
      "hasPart":[{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":"%s"}]}
      </script>]]
    local function text(cls, sel)
      return (html.extract("<html><head>" .. ld:format(sel) .. "</head><body>" ..
        body:format(cls) .. "</body></html>"))
    end
    assert.truthy(text("locked full", ".locked"):find("two winters", 1, true))
    assert.falsy(text("locked full", ".lock"):find("two winters", 1, true))
    assert.falsy(text("locked", "div > .locked"):find("two winters", 1, true))
    -- the JSON-LD may come after the hidden part, at the end of the body
    local late = html.extract("<html><body>" .. body:format("locked") ..
      ld:format(".locked") .. "</body></html>")
    assert.truthy(late:find("two winters", 1, true))
    assert.truthy(late:find("six years of work", 1, true))
  end)

  it("leaves a paywall's subscribers-only notice out, not a story about subscribers", function()
    local function text(p)
      return (html.extract("<html><body><article><h1>Dam opens</h1><p>The new dam opened on "
        .. "Monday after six years of work, the regional water authority said.</p>" .. p
        .. "</article></body></html>"))
    end
    assert.falsy(text("<h3>This article is for subscribers only.</h3>"):find("subscribers", 1, true))
    assert.falsy(text("<p>This story is for subscribers</p>"):find("subscribers", 1, true))
    assert.truthy(text("<p>This article is about subscribers who left the service in May.</p>")
      :find("left the service", 1, true))
    assert.truthy(text("<p>The lounge is for subscribers only, the operator said.</p>")
      :find("lounge", 1, true))
  end)

  it("keeps the text a subscriber's class wraps, not a box that offers a subscription", function()
    local function kept(cls)
      local t = html.extract("<html><body><article><h1>Grain bill advances</h1>"
        .. "<div itemprop=\"articleBody\"><p>The first paragraph of the story is here, and it is "
        .. "long enough to count as text.</p><div class=\"" .. cls .. "\"><p>Lawmakers on a "
        .. "committee voted Tuesday to send the grain bill to the full House.</p></div>"
        .. "<p>The committee meets again next month to take up two related measures.</p>"
        .. "</div></article></body></html>")
      return t:find("Lawmakers on a committee", 1, true) ~= nil
    end
    for _, cls in ipairs({ "subscriber-only", "subscriber-premium", "subscriber-preview",
                           "subscribers-only", "subscriber-only encrypted-content",
                           "subscriber_content", "subscriberOnly" }) do
      assert.is_true(kept(cls), cls)
    end
    for _, cls in ipairs({ "subscriber-offer", "subscriber-box", "subscribe-cta",
                           "subscription-prompt", "subscriber-login", "subscriber-only-banner",
                           "subscribe-only", "newsletter subscriber-only" }) do
      assert.is_false(kept(cls), cls)
    end
  end)

  it("keeps a data table's row as one paragraph", function()
    local text = html.extract([[<html><body><article><p>Turnout rose in every district
      that reported by midnight, the electoral commission said on Sunday.</p><table>
      <tr><th>District</th><th>Turnout</th></tr><tr><td>North</td><td>61%</td></tr>
      <tr><td>South</td><td>58%</td></tr></table><p>Final figures are due on Tuesday,
      after postal votes from abroad have been counted.</p></article></body></html>]])
    assert.truthy(text:find("\n\nDistrict Turnout\n\nNorth 61%\n\nSouth 58%\n\n", 1, true))
  end)

  it("reads bylines in German, French and Spanish", function()
    for _, by in ipairs { "Von Anna Berg und Jonas Weil", "Par Anna Berg et Jonas Weil",
      "Por Anna Berg y Jonas Weil" } do
      local _, meta = html.extract("<html><body><article><div>" .. by .. "</div><p>" ..
        string.rep("Text of the story. ", 12) .. "</p></article></body></html>")
      assert.are.same({ "Anna Berg", "Jonas Weil" }, meta.authors)
    end
  end)

  it("finds a date in the URL and in the visible text", function()
    local _, meta = html.extract([[<html><head><link rel="canonical"
      href="https://x.example/news/2023/02/26/story-slug"></head><body><p>Text.</p></body></html>]])
    assert.are.equal("2023-02-26", meta.published)
    _, meta = html.extract([[<html><body><h1>Title</h1><div class="date">Published
      14 March 2022, 10:31</div><p>Body.</p></body></html>]])
    assert.are.equal("2022-03-14", meta.published)
  end)
end)

describe("dl.parse_html on bad input", function()
  it("raises on a non-string argument, naming it", function()
    assert.has_error(function() dl.parse_html(42) end,
      "bad argument #1 to 'parse_html' (string expected, got number)")
    assert.has_error(function() dl.parse_html(nil) end,
      "bad argument #1 to 'parse_html' (string expected, got nil)")
  end)

  it("gives an empty article for 0 bytes", function()
    local a = dl.parse_html("")
    assert.are.equal("", a.text)
    assert.is_nil(a.title)
    assert.are.same({}, a.authors)
  end)

  it("survives garbage, NUL bytes and invalid UTF-8 with valid UTF-8 out", function()
    local inputs = {
      "<<<>>><//a><p<p<p>&&&&#;&#x;&#99999999;",
      "<p>caf\195\169 \255\254 \0 nul \195</p><p>" .. string.rep("x ", 50) .. "</p>",
      string.rep("\0", 1000),
      string.rep("\255", 1000),
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[[[[[[" ..
        string.rep("[", 100) .. "</script><p>text</p>",
      "<html><head><meta charset='iso-8859-1'></head><body><p>caf\233 cr\232me</p></body></html>",
    }
    for _, s in ipairs(inputs) do
      local a = dl.parse_html(s)
      assert.is_truthy(compat.utf8_len(a.text), "invalid UTF-8 out")
    end
    local a = dl.parse_html("<html><head><meta charset='iso-8859-1'></head><body><p>caf\233 " ..
      "cr\232me br\251l\233e, a dessert that is long enough to be kept</p></body></html>")
    assert.truthy(a.text:find("café crème brûlée", 1, true))
  end)

  it("keeps the article around nesting past the limit, in linear time", function()
    local story = "<p>" .. string.rep("The council said the bridge would reopen next week. ", 5) .. "</p>"
    local after = "<p>" .. string.rep("Traders on the high street said business had suffered. ", 4) .. "</p>"
    -- a good article followed by unclosed <span>s: its text, no error
    local a = dl.parse_html("<html><body><article>" .. story .. "</article>" ..
      string.rep("<span>", 260) .. "junk</body></html>")
    assert.truthy(a.text:find("The council said the bridge", 1, true))
    -- nested 100,000 deep, then the story: the deep part is junk, the rest parses
    local function page(n, tag)
      return "<html><body>" .. string.rep("<" .. tag .. ">", n) .. "deep" ..
        string.rep("</" .. tag .. ">", n) .. story .. after .. "</body></html>"
    end
    -- (time per MB of deep pages is measured by `make bench`, not here)
    for _, tag in ipairs { "div", "span" } do
      a = dl.parse_html(page(100000, tag))
      assert.truthy(a.text:find("The council said the bridge", 1, true))
      assert.truthy(a.text:find("Traders on the high street", 1, true))
      assert.falsy(a.text:find("deep", 1, true))
    end
    a = dl.parse_html("<html><body>" .. string.rep("<div>", 200) .. story .. "</body></html>")
    assert.truthy(a.text:find("The council said the bridge", 1, true))
  end)

  it("reads a JSON-LD body once however many scripts repeat its pre-pass marker", function()
    -- the pre-pass puts "@dl-ld:<k>:<hash>" in the place of body k; a page
    -- may write that text itself, in scripts too short to be taken out
    -- (each would parse the whole body again: 5,000 of them, minutes)
    local ld = '{"@type":"NewsArticle","headline":"Harbor tunnel opens","description":"' ..
      string.rep("A long description of the tunnel. ", 20) .. '"}'
    local h = fnv1a(ld)
    local marker = string.format('<script type="application/ld+json">@dl-ld:0:%08x</script>', h)
    local body = "<p>" .. string.rep("The harbor tunnel opened to traffic on Monday. ", 4) .. "</p>"
    local _, meta = html.extract("<html><head>" .. marker .. '<script type="application/ld+json">' ..
      ld .. "</script>" .. string.rep(marker, 5000) .. "</head><body><article>" .. body ..
      "</article></body></html>")
    assert.are.equal("Harbor tunnel opens", meta.title)
    -- a marker naming no body, or a body by the wrong hash, is read as it is
    _, meta = html.extract('<html><head><script type="application/ld+json">@dl-ld:7:00000000' ..
      "</script></head><body><article>" .. body .. "</article></body></html>")
    assert.is_nil(meta.title)
  end)

  it("keeps the article after thousands of unclosed tags and stray end tags", function()
    local story = "<p>" .. string.rep("The council said the bridge would reopen next week. ", 5) .. "</p>"
    -- (libxml2 alone is quadratic here; the time is measured by `make bench`)
    for _, t in ipairs { { "b", "i" }, { "span", "div" } } do
      local a = dl.parse_html("<html><body>" .. story .. "<p>" ..
        string.rep("<" .. t[1] .. ">", 50000) .. "x" .. string.rep("</" .. t[2] .. ">", 50000) ..
        "</p>" .. story:gsub("council", "mayor") .. "</body></html>")
      assert.truthy(a.text:find("The council said the bridge", 1, true))
    end
  end)

  it("reads '</script' inside a script's strings as browsers do, 100,000 times over", function()
    local story = "<p>" .. string.rep("The council said the bridge would reopen next week. ", 5) .. "</p>"
    -- "</script" + a quote is not an end tag: the script goes on to its real end
    local page = "<html><body>" .. story .. "<script>" ..
      string.rep("x = \"</script' + '>\"; y = '</scripts>'; ", 100000) .. "</script>" ..
      story:gsub("council", "mayor") .. "</body></html>"
    local a = dl.parse_html(page)
    assert.truthy(a.text:find("The council said the bridge", 1, true))
    assert.truthy(a.text:find("The mayor said the bridge", 1, true))
    assert.falsy(a.text:find("x = ", 1, true))
  end)

  it("#huge keeps the article before the node limit on a page of millions of elements", function()
    local story = "<p>" .. string.rep("The council said the bridge would reopen next week. ", 5) .. "</p>"
    -- 1.2 million empty elements: past DL_MAX_HTML_NODES (2^20) the rest is left out, no error
    local a = dl.parse_html("<html><body><article>" .. story .. string.rep("<i></i>", 1200000) ..
      "<p>late</p></article></body></html>")
    assert.truthy(a.text:find("The council said the bridge", 1, true))
    assert.falsy(a.text:find("late", 1, true))
  end)

  it("leaves a summary deck in the article's header out of the story", function()
    local a = dl.parse_html([[<html><body><article><header><h1>Harbour tolls to rise</h1>
<p class="summary">The port says the money will pay for a new breakwater.</p></header>
<div class="body"><p>The harbour board voted on Monday to raise tolls by a tenth from June.</p>
<p>Fishing crews said they had not been consulted about the change.</p></div></article></body></html>]])
    assert.falsy(a.text:find("new breakwater", 1, true))
    local n = 0
    for _ in a:paragraphs() do n = n + 1 end
    assert.are.equal(2, n)
  end)

  it("raises a clear error past the size limit", function()
    local big = string.rep(" ", 64 * 1024 * 1024 + 1)
    assert.has_error(function() dl.parse_html(big) end,
      "dateline: HTML too large (limit is 67108864 bytes)")
  end)
end)

describe("the dateline.HtmlDoc metatable", function()
  it("is registered once, when the module loads", function()
    local i = 0
    while arg and arg[i - 1] do i = i - 1 end
    local lua = arg and arg[i] or "lua5.4"
    local cmd = string.format("%s -e 'require \"dateline.core\" " ..
      "io.write(tostring(debug.getregistry()[\"dateline.HtmlDoc\"] ~= nil))'", lua)
    local p = assert(io.popen(cmd))
    local out = p:read("*a")
    p:close()
    assert.are.equal("true", out)
  end)
end)

describe("dl.parse_html: a name before the headline in <title>", function()
  local function page(title, h1)
    return "<html><head><title>" .. title .. "</title></head><body><article><h1>" .. h1
      .. "</h1><p>The council voted on Tuesday to cut the library budget by a third, "
      .. "and residents said it was a mistake.</p><p>It meets again next month, when "
      .. "the vote could be reversed.</p></article></body></html>"
  end
  it("is the site when it is a name in capitals of two words or more", function()
    local a = dl.parse_html(page("Riverside Weekly: Council cuts library budget",
                                 "Council cuts library budget"))
    assert.are.equal("Riverside Weekly", a.site)
  end)
  it("is no site when it is a kicker, a speaker or a phrase in lower case", function()
    for _, t in ipairs({ "Opinion: Council cuts library budget",
                         "Analysis - Council cuts library budget",
                         "Mayor: Council cuts library budget",
                         "Live updates: Council cuts library budget" }) do
      local a = dl.parse_html(page(t, "Council cuts library budget"))
      assert.is_nil(a.site, t)
      assert.are.equal("Council cuts library budget", a.title, t)
    end
  end)
end)

-- (the page is written out whole, one element a line)
-- luacheck: push no max line length
describe("dl.parse_html on an Elementor page", function()
  it("keeps the post's text beside a WordPress widget placed in a sidebar column", function()
    local a = dl.parse_html([[<html lang="en"><head><title>County opens cooling centres &#8211; Lakeshore Ledger</title><meta property="article:published_time" content="2025-07-08T10:00:00Z"></head><body>
<div class="elementor elementor-123"><div class="elementor-section"><div class="elementor-container">
<div class="elementor-column elementor-col-66">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title"><h1 class="elementor-heading-title">County opens cooling centres</h1></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
<p>The county opened four cooling centres on Tuesday as temperatures were forecast to pass 35 degrees for the rest of the week.</p>
<p>The centres will stay open until 9 p.m. each day, the health department said.</p>
</div></div></div>
<div class="elementor-column elementor-col-33">
<div class="elementor-element elementor-widget elementor-widget-wp-widget-recent-posts"><div class="elementor-widget-container"><h5>Recent Posts</h5>
<ul><li><a href="/a">Library hours extended for the summer season at all branches</a></li><li><a href="/b">Council approves new budget for road repairs across the county</a></li></ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>Lakeshore Ledger is an independent newsroom covering the county since 1998. Support our work with a donation today.</p></div></div>
</div></div></div></div></body></html>]])
    assert.is_truthy(a.text:find("four cooling centres", 1, true), a.text)
    assert.is_truthy(a.text:find("health department said", 1, true), a.text)
    assert.is_nil(a.text:find("Library hours extended", 1, true))
  end)
end)
-- luacheck: pop
