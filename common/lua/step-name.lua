-- Names a step: the `name` field of its meta hash (KEYS[1], the same slot as the rest of the
-- step). A meta made by the name alone gets the idle TTL; one that already has a TTL keeps it (an
-- ended step still expires its ttl after its end). ARGV: name, idle ttl s. Returns 'same' or 'ok'.
if redis.call('HGET', KEYS[1], 'name') == ARGV[1] then return 'same' end
redis.call('HSET', KEYS[1], 'name', ARGV[1])
if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return 'ok'
