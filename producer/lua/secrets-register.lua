-- Adds secret values to a build's set. KEYS: the set, the generation token (contract.ts).
-- ARGV: ttl s, a new token, the most values a build holds, values... Returns the count, or -1
-- (and the count) when the values would pass the most.
local n = redis.call('SCARD', KEYS[1])
if n + #ARGV - 3 > tonumber(ARGV[3]) then return {-1, n} end
redis.call('SADD', KEYS[1], unpack(ARGV, 4))
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[1])
return {redis.call('SCARD', KEYS[1])}
