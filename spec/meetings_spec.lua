-- examples/meetings.lua (make demo): meetings found by general rules.
local corpus = require "dateline.corpus"
local meetings = dofile("examples/meetings.lua")

local SEEDS = "../shared/seeds/"
local REFS = { ["000_d120cbaaada3c47b.txt"] = "2023-03-22", ["004_2360a8e67f3e5648.txt"] = "2024-10-22" }

local function find_all(paths, opts)
  local all = {}
  for a in corpus.new(paths, opts):articles() do
    for _, m in ipairs(meetings.meetings_of(a)) do all[#all + 1] = m end
  end
  return meetings.canonical_names(all)
end

local function summary(list)
  local t = {}
  for _, m in ipairs(list) do
    t[#t + 1] = string.format("%s %s %s", m.date, m.place, table.concat(m.participants, "+"))
  end
  table.sort(t)
  return t
end

describe("meetings", function()
  it("finds the summit series of the samples, with place and date", function()
    local s = table.concat(summary(find_all("samples")), "\n")
    assert.matches("2022-05-12 Hanoi Tran Quoc Hai+Álvaro Mendívil", s, 1, true)
    assert.matches("2021-09-08 Nairobi Aino Lehtola+Daniel Kiprop", s, 1, true)
    assert.matches("2024-10-22 Santiago Tran Quoc Hai+Álvaro Mendívil", s, 1, true)
    assert.matches("2025-06-03 Hanoi Tran Quoc Hai+Álvaro Mendívil", s, 1, true)
  end)

  it("finds Xi Jinping and Putin in Moscow and in Kazan in the seed articles", function()
    local f = io.open(SEEDS .. "000_d120cbaaada3c47b.txt", "rb")
    if not f then
      pending("../shared/seeds is not there")
      return
    end
    f:close()
    local list = {}
    for name, ref in pairs(REFS) do
      for _, m in ipairs(find_all(SEEDS .. name, { ref = ref, refs = false })) do list[#list + 1] = m end
    end
    list = meetings.canonical_names(list)
    assert.same({ "2023-03-22 Moscow Vladimir Putin+Xi Jinping", "2024-10-22 Kazan Vladimir Putin+Xi Jinping" },
      summary(list))
  end)

  it("does not take capitalized phrases of non-English articles for people", function()
    -- the recognizer reads English: "Am Mittwoch", "Le Chili" look like names
    local dl = require "dateline"
    local texts = {
      "GENEVA, June 4 (Reuters) - President Mara Lind met Prime Minister Oskar Vell in Geneva "
        .. "on Tuesday. Lind said the talks went well.\n",
      "BERLIN, 6. Juni 2024 (dpa) - Präsidentin Mara Lind ist zu Gast in Berlin. Am Mittwoch "
        .. "besucht Lind ein Stahlwerk in Brandenburg. Lind reist danach weiter nach Wien.\n",
      "PARIS, 7 juin 2024 (AFP) - Le Chili et la France ont signé un accord jeudi. La présidente "
        .. "Mara Lind a rencontré à Paris le ministre Oskar Vell, a annoncé Le Chili.\n",
    }
    local all = {}
    for _, t in ipairs(texts) do
      for _, m in ipairs(meetings.meetings_of(dl.parse(t, { ref = "2024-06-06" }))) do all[#all + 1] = m end
    end
    -- the French article's meeting stays: both people are confirmed by the English one
    -- (dated by its dateline, 7 juin: "jeudi" is French, not read without lang = "fr")
    assert.same({ "2024-06-04 Geneva Mara Lind+Oskar Vell", "2024-06-07 Paris Mara Lind+Oskar Vell" },
      summary(meetings.canonical_names(all)))
  end)

  it("takes a surname that came out as an organization when the corpus names that person", function()
    -- "met Vidal in Beijing": a one-word organization the gazetteer does not know
    local dl = require "dateline"
    local texts = {
      "SANTIAGO, March 13 (AFP) - Chilean President Alejandro Vidal spoke to farmers on Thursday.\n",
      "BEIJING, March 20 (Reuters) - Chinese President Xi Jinping met Vidal in Beijing on Thursday.\n",
      "LIMA, March 21 (Reuters) - Peruvian President Ana Soto met Gazprom in Lima on Friday.\n",
    }
    local all, names = {}, corpus.names()
    for _, t in ipairs(texts) do
      local a = dl.parse(t, { ref = "2025-03-21" })
      names:add(a)
      for _, m in ipairs(meetings.meetings_of(a)) do all[#all + 1] = m end
    end
    -- Gazprom is no person of the corpus: that meeting has one participant and goes
    assert.same({ "2025-03-20 Beijing Alejandro Vidal+Xi Jinping" },
      summary(meetings.canonical_names(all, names)))
  end)
end)
