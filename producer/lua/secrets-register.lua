-- Adds secret values to a build's set. KEYS: the set, the generation token (contract.ts).
-- ARGV: ttl s, a new token, the most values a build holds, values... Returns the count, or -1
-- (and the count) when the values not yet held would pass the most: a value already held, or
-- sent twice, counts once, so a build at the most can register what it holds again.
local n = redis.call('SCARD', KEYS[1])
local held = redis.call('SMISMEMBER', KEYS[1], unpack(ARGV, 4))
local new, seen = 0, {}
for i = 4, #ARGV do
  if held[i - 3] == 0 and not seen[ARGV[i]] then
    seen[ARGV[i]] = true
    new = new + 1
  end
end
if n + new > tonumber(ARGV[3]) then return {-1, n} end
redis.call('SADD', KEYS[1], unpack(ARGV, 4))
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[1])
return {redis.call('SCARD', KEYS[1])}
