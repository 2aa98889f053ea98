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
  "lua >= 5.4",
}
build = {
  type = "builtin",
  modules = {
    ["dateline"] = "lua/dateline/init.lua",
    ["dateline.core"] = {
      sources = {
        "csrc/article.c",
        "csrc/calendar.c",
        "csrc/datelines.c",
        "csrc/ldateline.c",
        "csrc/normalize.c",
        "csrc/segment.c",
        "csrc/text.c",
        "csrc/timex.c",
        "csrc/timex_tok.c",
      },
      incdirs = { "csrc" },
      defines = {},
    },
  },
}
