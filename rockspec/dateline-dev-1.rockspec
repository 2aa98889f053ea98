package = "dateline"
version = "dev-1"
source = {
  url = "git+https://example.invalid/dateline.git",
}
description = {
  summary = "News articles to data: datelines, structure and TIMEX3 dates, with a C core",
  detailed = [[
dateline reads news articles (plain text) and gives each article's dateline,
headline, byline, paragraphs and sentences, and every temporal expression
normalized the TimeML/TIMEX3 way, through a small Lua API over a C core.
]],
  license = "MIT",
}
dependencies = {
  "lua >= 5.1, < 5.5",   -- and LuaJIT 2.1 (make test LUA=luajit)
}
-- HTML pages (csrc/html.c) are parsed with libxml2 (Debian: libxml2-dev).
external_dependencies = {
  LIBXML2 = { header = "libxml2/libxml/HTMLparser.h", library = "xml2" },
}
build = {
  type = "builtin",
  modules = {
    ["dateline"] = "lua/dateline/init.lua",
    ["dateline.html"] = "lua/dateline/html.lua",
    ["dateline.corpus"] = "lua/dateline/corpus.lua",
    ["dateline.lpeg"] = "lua/dateline/lpeg.lua",
    ["dateline.report"] = "lua/dateline/report.lua",
    ["dateline.date"] = "lua/dateline/date.lua",
    ["dateline.core"] = {
      sources = {
        "csrc/article.c",
        "csrc/calendar.c",
        "csrc/date.c",        -- Date values
        "csrc/datelines.c",
        "csrc/entities.c",
        "csrc/gazetteer.c",
        "csrc/gazetteer_data.c",
        "csrc/gazetteer_auto.c",   -- generated: the compiled built-in automaton
        "csrc/html.c",
        "csrc/i18n.c",        -- Date values
        "csrc/ldateline.c",
        "csrc/normalize.c",
        "csrc/quotes.c",
        "csrc/segment.c",
        "csrc/speakers.c",
        "csrc/text.c",
        "csrc/timex.c",
        "csrc/timex_tok.c",
        "csrc/tz.c",          -- Date values
      },
      incdirs = { "csrc", "$(LIBXML2_INCDIR)/libxml2" },
      libdirs = { "$(LIBXML2_LIBDIR)" },
      libraries = { "xml2" },   -- HTML (html.c): libxml2's HTML parser
      defines = {},
    },
  },
  -- the command-line tool (parse, dates, quotes, entities, timeline, report, map)
  install = {
    bin = { dateline = "bin/dateline" },
  },
}
