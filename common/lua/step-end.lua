-- Ends a step. KEYS: the step's lines, meta, times. ARGV: channel, status, ttl s after the end.
-- Returns {'ok', last}; {'same', last} when it had already ended with this status (a no-op);
-- {'ended', last, status} when it had ended with another.
local meta = redis.call('HMGET', KEYS[2], 'last', 'status')
local last = tonumber(meta[1]) or 0
if meta[2] and meta[2] ~= 'running' then
  if meta[2] == ARGV[2] then return {'same', last} end
  return {'ended', last, meta[2]}
end
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('HSET', KEYS[2], 'last', last, 'status', ARGV[2], 'ended', now, 'updated', now)
redis.call('EXPIRE', KEYS[2], ARGV[3])
if redis.call('EXISTS', KEYS[1]) == 1 then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
if redis.call('EXISTS', KEYS[3]) == 1 then redis.call('EXPIRE', KEYS[3], ARGV[3]) end
redis.call('SPUBLISH', ARGV[1], 'E ' .. last .. ' ' .. now .. ' ' .. ARGV[2])
return {'ok', last}
