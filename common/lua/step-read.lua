-- Reads up to ARGV[2] lines (and about ARGV[3] bytes, at least one line) from line ARGV[1].
-- KEYS: the step's lines, meta, times. Returns, all from one snapshot: the step's first retained
-- line, last line, status, the lines' arrival times as "ms,count,ms,count..." ('' when unknown),
-- the step's start time, then the lines.

-- Pairs per block of the times list (step-append.lua writes it).
local TIMES_BLOCK = 64

-- The arrival times of lines from..to as "ms,count,..." runs, from the times list (KEYS[3]):
-- pairs (first line, ms), in blocks of TIMES_BLOCK pairs whose first pair is absolute and the
-- others deltas from the pair before. A binary search over the blocks' first pairs finds the
-- block holding line `from`, then pairs are read a block at a time. Lines older than the first
-- pair (stored before times were kept) take its time.
local function times(from, to)
  local len = redis.call('LLEN', KEYS[3])
  if len == 0 or to < from then return '' end
  local lo, hi = 0, math.ceil(len / (2 * TIMES_BLOCK)) - 1
  while lo < hi do
    local mid = math.floor((lo + hi + 1) / 2)
    if tonumber(redis.call('LINDEX', KEYS[3], mid * 2 * TIMES_BLOCK)) <= from then lo = mid else hi = mid - 1 end
  end
  local buf, bi, pos, pl, pt = {}, 1, lo * 2 * TIMES_BLOCK, 0, 0
  local function nextPair()
    if bi > #buf then
      buf = redis.call('LRANGE', KEYS[3], pos, pos + 2 * TIMES_BLOCK - 1)
      pos, bi = pos + 2 * TIMES_BLOCK, 1
      if #buf == 0 then return nil end
      pl, pt = 0, 0
    end
    pl, pt = pl + tonumber(buf[bi]), pt + tonumber(buf[bi + 1])
    bi = bi + 2
    return pl, pt
  end
  local _, ct = nextPair()
  local nl, nt = nextPair()
  while nl and nl <= from do
    ct = nt
    nl, nt = nextPair()
  end
  local runs, n = {}, from
  while n <= to do
    local upto = to
    if nl and nl - 1 < to then upto = nl - 1 end
    runs[#runs + 1] = ct .. ',' .. (upto - n + 1)
    n = upto + 1
    if n <= to then
      ct = nt
      nl, nt = nextPair()
    end
  end
  return table.concat(runs, ',')
end

local meta = redis.call('HMGET', KEYS[2], 'last', 'status', 'started')
local last = tonumber(meta[1]) or 0
local len = redis.call('LLEN', KEYS[1])
local first = last - len + 1
local out = {first, last, meta[2] or '', '', tonumber(meta[3]) or 0}
local from = math.max(tonumber(ARGV[1]), first)
if from > last then return out end
local got = redis.call('LRANGE', KEYS[1], from - first, from - first + tonumber(ARGV[2]) - 1)
local budget = tonumber(ARGV[3])
for i, line in ipairs(got) do
  if i > 1 and budget < #line then break end
  budget = budget - #line
  out[#out + 1] = line
end
out[4] = times(from, from + #out - 6)
return out
