-- luacheck configuration (make lint).
std = "lua54"
-- `local _ENV = nil` after capturing globals is deliberate (as re.lua does):
-- it turns any accidental global access into an error.
ignore = { "211/_ENV" }
files["spec/"] = { std = "+busted" }
files["bin/dateline"] = { read_globals = { arg = { other_fields = true, read_only = false } } }
-- Fixture data (article text, generated pages) is prose: long lines are fine.
files["spec/fixtures/"] = { max_line_length = false }
max_line_length = 130
