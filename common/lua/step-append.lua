-- Numbers, stores and publishes lines in one step, so line order is total per step.
-- KEYS: the step's lines, meta, times (contract.ts, stepKeys).
-- ARGV: channel, max lines kept, idle ttl s, expected first line ('' = any), the lines as a JSON
-- array (encodeLinesJson: ASCII), lines... With an expected first line, lines already stored are
-- skipped (a retried upload does not duplicate them) and a gap is refused.
-- Publishes the lines' SSE event framed as an HTTP/1.1 chunk (common/live-events.ts): the relay
-- writes it to viewers as it comes. Every call to Redis here is one per append at most; TTLs are
-- renewed once per RENEW_EVERY_MS, the trim only when over.
-- Returns {'ok', last, appended, ms} | {'ended', last, 0} | {'gap', last, 0}.

-- Pairs per block of the times list (see step-read.lua); each block starts with an absolute pair.
local TIMES_BLOCK = 64
-- How often at most an append renews the step's TTLs (ms): a running step's keys expire between
-- this long before and exactly the idle ttl after its last line; at most 1% of it.
local RENEW_EVERY_MS = 60000

local meta = redis.call('HMGET', KEYS[2], 'last', 'status', 'tline', 'ttime', 'tpairs', 'renewed')
local last = tonumber(meta[1]) or 0
if meta[2] and meta[2] ~= 'running' then return {'ended', last, 0} end
local from = 6
local json = ARGV[5]
if ARGV[4] ~= '' then
  local expected = tonumber(ARGV[4])
  if expected > last + 1 then return {'gap', last, 0} end
  if expected < last + 1 then
    from = from + (last + 1 - expected)
    json = nil -- it spells every line sent, not the ones kept
  end
end
local n = #ARGV - from + 1
if n <= 0 then return {'ok', last, 0} end
for i = from, #ARGV, 4000 do
  redis.call('RPUSH', KEYS[1], unpack(ARGV, i, math.min(i + 3999, #ARGV)))
end
local maxLines = tonumber(ARGV[2])
if last + n > maxLines then redis.call('LTRIM', KEYS[1], -maxLines, -1) end
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local fields = {'last', last + n, 'updated', now}
if last == 0 then
  fields[#fields + 1] = 'status'; fields[#fields + 1] = 'running'
  fields[#fields + 1] = 'started'; fields[#fields + 1] = now
end
-- times: a pair (first line, ms) when the time differs from the last pair's; every
-- TIMES_BLOCK-th pair absolute, the others deltas from the pair before (a few bytes each).
-- tpairs counts the pairs (a step stored before it was kept counts its list once).
local tline, ttime = tonumber(meta[3]), tonumber(meta[4])
local tpairs = tonumber(meta[5])
if now ~= ttime then
  if tpairs == nil then tpairs = redis.call('LLEN', KEYS[3]) / 2 end
  if tline == nil or tpairs % TIMES_BLOCK == 0 then
    redis.call('RPUSH', KEYS[3], last + 1, now)
  else
    redis.call('RPUSH', KEYS[3], last + 1 - tline, now - ttime)
  end
  tpairs = tpairs + 1
  fields[#fields + 1] = 'tline'; fields[#fields + 1] = last + 1
  fields[#fields + 1] = 'ttime'; fields[#fields + 1] = now
end
if last + n > maxLines then
  -- a block of pairs goes once the next block starts at or before the first line kept
  local firstKept = last + n - maxLines + 1
  while redis.call('LLEN', KEYS[3]) > 2 * TIMES_BLOCK and tonumber(redis.call('LINDEX', KEYS[3], 2 * TIMES_BLOCK)) <= firstKept do
    redis.call('LTRIM', KEYS[3], 2 * TIMES_BLOCK, -1)
    if tpairs ~= nil then tpairs = tpairs - TIMES_BLOCK end
  end
end
if tpairs ~= nil then fields[#fields + 1] = 'tpairs'; fields[#fields + 1] = tpairs end
local renewed = tonumber(meta[6])
if renewed == nil or now - renewed >= math.min(RENEW_EVERY_MS, tonumber(ARGV[3]) * 10) then
  fields[#fields + 1] = 'renewed'; fields[#fields + 1] = now
end
redis.call('HSET', KEYS[2], unpack(fields))
if renewed == nil or now - renewed >= math.min(RENEW_EVERY_MS, tonumber(ARGV[3]) * 10) then
  redis.call('EXPIRE', KEYS[1], ARGV[3])
  redis.call('EXPIRE', KEYS[2], ARGV[3])
  redis.call('EXPIRE', KEYS[3], ARGV[3])
end
if json == nil then
  local lines = {}
  for i = from, #ARGV do lines[#lines + 1] = ARGV[i] end
  -- the kept lines as JSON.stringify spells them: cjson escapes "/" as "\/", which JSON.stringify
  -- does not. (Characters past ASCII stay as they are here: only a retried append whose first
  -- lines were already stored takes this path.)
  json = (string.gsub(cjson.encode(lines), '\\/', '/'))
end
local event = 'id: ' .. (last + n) .. '\ndata: {"n":' .. (last + 1) .. ',"lines":' .. json .. ',"t":' .. now .. '}\n\n'
redis.call('SPUBLISH', ARGV[1], 'L ' .. (last + 1) .. ' ' .. (last + n) .. ' ' .. now .. ' ' .. string.format('%x', #event) .. '\r\n' .. event .. '\r\n')
return {'ok', last + n, n, now}
