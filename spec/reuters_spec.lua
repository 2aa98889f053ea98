-- Datelines of real Reuters stories (Reuters-21578 developer split).
--
-- Reads ../shared/data/reuters-dev.jsonl and its gold dateline file at run
-- time (they are not part of the repository) and is pending when they are
-- absent.  Place and date must be exactly right for at least 98% of the
-- stories that have a dateline; the figure is printed.
local dl = require "dateline"
local compat = require "support.compat"

local DATA = "../shared/data/"
local STORIES = DATA .. "reuters-dev.jsonl"
local GOLD = DATA .. "reuters-dev-datelines.gold.jsonl"
local GOAL = 0.98

local function read_jsonl(path, json)
  local f = io.open(path, "rb")
  if not f then return nil end
  local out = {}
  for line in f:lines() do
    if line:match("%S") then out[#out + 1] = json.decode(line) end
  end
  f:close()
  return out
end

local has_json, json = pcall(require, "cjson")
local stories = has_json and read_jsonl(STORIES, json)
local gold = has_json and read_jsonl(GOLD, json)

describe("datelines of Reuters stories", function()
  if not (stories and gold) then
    pending("needs lua-cjson and " .. STORIES .. " with its gold file")
    return
  end

  local by_id = {}
  for _, s in ipairs(stories) do by_id[s.id] = s end

  local function dateline_of(g)
    local s = assert(by_id[g.id], "no story " .. tostring(g.id))
    return dl.parse(s.text, { ref = s.day }).dateline
  end

  it("gets place and date exactly right for at least 98% of dateline stories", function()
    local n, right, wrong = 0, 0, {}
    for _, g in ipairs(gold) do
      if g.is_dateline then
        n = n + 1
        local d = dateline_of(g)
        if d and d.place == g.location and d.date == g.date then
          right = right + 1
        else
          wrong[#wrong + 1] = string.format("  id %s: want %s | %s, got %s | %s",
            tostring(compat.tointeger(g.id) or g.id), tostring(g.location), tostring(g.date),
            tostring(d and d.place), tostring(d and d.date))
        end
      end
    end
    local share = right / n
    print(string.format("\nReuters dev datelines: place and date right for %d of %d (%.2f%%)",
      right, n, 100 * share))
    if #wrong > 0 then print(table.concat(wrong, "\n")) end
    assert.is_true(n >= 250, "too few gold datelines")
    assert.is_true(share >= GOAL, string.format("%.2f%% < %.0f%%", 100 * share, 100 * GOAL))
  end)

  it("gets city and region right where the gold gives them", function()
    local n, right = 0, 0
    for _, g in ipairs(gold) do
      if g.is_dateline then
        n = n + 1
        local d = dateline_of(g)
        local region = g.region
        if region == json.null then region = nil end
        if d and d.city == g.city and d.region == region then right = right + 1 end
      end
    end
    assert.is_true(right / n >= GOAL)
  end)

  it("rejects openings that are not datelines", function()
    local checked = 0
    for _, g in ipairs(gold) do
      if not g.is_dateline then
        checked = checked + 1
        local d = dateline_of(g)
        assert.is_nil(d and d.text, "story " .. tostring(compat.tointeger(g.id) or g.id))
      end
    end
    assert.is_true(checked >= 1)
  end)
end)
