-- support/fnv1a.lua -- FNV-1a (32 bits) of a string, as html.c hashes a
-- JSON-LD body for its pre-pass marker ("@dl-ld:<k>:<hash>"): the specs
-- and bench/bench.lua forge such markers.  Plain arithmetic every Lua
-- parses (no bit operators before 5.3): the xor on the low byte bit by
-- bit, the multiply by 16777619 = 2^24 + 403 split so that no product
-- passes 2^53.
return function(s)
  local h = 2166136261
  for i = 1, #s do
    local lo, b, x, bit = h % 256, s:byte(i), 0, 1
    for _ = 1, 8 do
      if lo % 2 ~= b % 2 then x = x + bit end
      lo, b, bit = (lo - lo % 2) / 2, (b - b % 2) / 2, bit * 2
    end
    h = h - h % 256 + x
    h = ((h % 256) * 16777216 + h * 403) % 4294967296
  end
  return h
end
