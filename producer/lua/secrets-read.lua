-- A build's secret values, if they changed. KEYS: the set, the generation token (contract.ts).
-- The generation names the set's content: a token written by every registration, and the count
-- (values are only ever added), so a set changed by anything that skips the token is seen too.
-- ARGV: the generation the caller holds ('' for none), ttl s. Returns the generation ('' when the
-- build has no value), then the values when it differs from the caller's.
local n = redis.call('SCARD', KEYS[1])
if n == 0 then return {''} end
local gen = (redis.call('GET', KEYS[2]) or '') .. ':' .. n
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
if gen == ARGV[1] then return {gen} end
return {gen, unpack(redis.call('SMEMBERS', KEYS[1]))}
