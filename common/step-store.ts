/**
 * A step's lines in Redis: the server-side scripts (append, end, read, name) and the store that
 * runs them, with the acknowledgement policy (WAIT for replicas, redirects in a Cluster); the
 * recent-steps index and a build's step index, and the step summaries read from the metas.
 * The keys and messages these write are spelled in contract.ts.
 */
import type { ChainableCommander } from "ioredis";
import type { RedisClient } from "./redis.ts";
import type { BuildRef, BuildStep, EndStatus, LinePage, StepRef, StepSummary } from "./domain.ts";
import { RECENT_STEPS_BUCKETS, buildKeys, keySlot, recentStepsKey, stepKeys } from "./contract.ts";
import { encodeLinesJson } from "./live-events.ts";

// --- server-side scripts -------------------------------------------------------------------

/** Pairs per block of a step's times list (see TIMES_LUA); each block starts with an absolute pair. */
const TIMES_BLOCK = 64;

// The kept lines as a JSON array, spelled as JSON.stringify spells them: cjson escapes "/" as
// "\\/", which JSON.stringify does not. (Characters past ASCII stay as they are here: only a
// retried append whose first lines were already stored takes this path, see APPEND_LUA.)
const LUA_JSON_LINES = `(string.gsub(cjson.encode(lines), '\\\\/', '/'))`;

// How often at most an append renews the step's TTLs (ms): a running step's keys expire
// between this long before and exactly STEP_IDLE_TTL_SECONDS after its last line; at most 1% of it.
const RENEW_EVERY_MS = 60_000;

// Numbers, stores and publishes lines in one step, so line order is total per step.
// ARGV: channel, max lines kept, idle ttl s, expected first line ("" = any), the lines as a
// JSON array (encodeLinesJson: ASCII), lines... With an expected first line, lines already
// stored are skipped (a retried upload does not duplicate them) and a gap is refused.
// The message published carries the lines' SSE event framed as an HTTP/1.1 chunk
// (common/live-events.ts): the relay writes it to viewers as it comes. Every call to Redis here
// is one per append at most; TTLs are renewed once per RENEW_EVERY_MS, the trim only when over.
const APPEND_LUA = `
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
  if tline == nil or tpairs % ${TIMES_BLOCK} == 0 then
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
  while redis.call('LLEN', KEYS[3]) > ${2 * TIMES_BLOCK} and tonumber(redis.call('LINDEX', KEYS[3], ${2 * TIMES_BLOCK})) <= firstKept do
    redis.call('LTRIM', KEYS[3], ${2 * TIMES_BLOCK}, -1)
    if tpairs ~= nil then tpairs = tpairs - ${TIMES_BLOCK} end
  end
end
if tpairs ~= nil then fields[#fields + 1] = 'tpairs'; fields[#fields + 1] = tpairs end
local renewed = tonumber(meta[6])
if renewed == nil or now - renewed >= math.min(${RENEW_EVERY_MS}, tonumber(ARGV[3]) * 10) then
  fields[#fields + 1] = 'renewed'; fields[#fields + 1] = now
end
redis.call('HSET', KEYS[2], unpack(fields))
if renewed == nil or now - renewed >= math.min(${RENEW_EVERY_MS}, tonumber(ARGV[3]) * 10) then
  redis.call('EXPIRE', KEYS[1], ARGV[3])
  redis.call('EXPIRE', KEYS[2], ARGV[3])
  redis.call('EXPIRE', KEYS[3], ARGV[3])
end
if json == nil then
  local lines = {}
  for i = from, #ARGV do lines[#lines + 1] = ARGV[i] end
  json = ${LUA_JSON_LINES}
end
local event = 'id: ' .. (last + n) .. '\\ndata: {"n":' .. (last + 1) .. ',"lines":' .. json .. ',"t":' .. now .. '}\\n\\n'
redis.call('SPUBLISH', ARGV[1], 'L ' .. (last + 1) .. ' ' .. (last + n) .. ' ' .. now .. ' ' .. string.format('%x', #event) .. '\\r\\n' .. event .. '\\r\\n')
return {'ok', last + n, n, now}
`;

// The arrival times of lines from..to as "ms,count,..." runs, from the times list (KEYS[3]):
// pairs (first line, ms), in blocks of TIMES_BLOCK pairs whose first pair is absolute and the
// others deltas from the pair before. A binary search over the blocks' first pairs finds the
// block holding line `from`, then pairs are read a block at a time. Lines older than the first
// pair (stored before times were kept) take its time.
const TIMES_LUA = `
local function times(from, to)
  local len = redis.call('LLEN', KEYS[3])
  if len == 0 or to < from then return '' end
  local lo, hi = 0, math.ceil(len / ${2 * TIMES_BLOCK}) - 1
  while lo < hi do
    local mid = math.floor((lo + hi + 1) / 2)
    if tonumber(redis.call('LINDEX', KEYS[3], mid * ${2 * TIMES_BLOCK})) <= from then lo = mid else hi = mid - 1 end
  end
  local buf, bi, pos, pl, pt = {}, 1, lo * ${2 * TIMES_BLOCK}, 0, 0
  local function nextPair()
    if bi > #buf then
      buf = redis.call('LRANGE', KEYS[3], pos, pos + ${2 * TIMES_BLOCK - 1})
      pos, bi = pos + ${2 * TIMES_BLOCK}, 1
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
`;

// ARGV: channel, status, ttl s after end. Ending twice with the same status is a no-op ('same').
const END_LUA = `
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
`;

// Reads up to ARGV[2] lines (and about ARGV[3] bytes, at least one line) from line ARGV[1],
// with the step's first retained line, last line, status, the lines' arrival times as
// "ms,count,ms,count..." ('' when unknown) and the step's start time, all from one snapshot.
const READ_LUA = `
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
${TIMES_LUA}
out[4] = times(from, from + #out - 6)
return out
`;

export interface AppendResult {
  /** "ok"; "ended": the step has ended; "gap": expectedFirst is past the next line */
  readonly outcome: "ok" | "ended" | "gap";
  /** number of the step's last stored line after the call */
  readonly last: number;
  /** lines stored by this call (fewer than sent when some were already stored) */
  readonly appended: number;
  /** when they were stored (ms, Redis's clock); undefined when none was */
  readonly at?: number;
}

export interface Retention {
  readonly maxLinesPerStep: number;
  readonly idleTtlSeconds: number;
  readonly endedTtlSeconds: number;
}

type ScriptReply = [string | number, ...(string | number)[]];
interface ScriptCommands {
  logrelayAppend(lines: string, meta: string, times: string, ...args: (string | number)[]): Promise<ScriptReply>;
  logrelayEnd(lines: string, meta: string, times: string, ...args: (string | number)[]): Promise<ScriptReply>;
  logrelayRead(lines: string, meta: string, times: string, ...args: (string | number)[]): Promise<ScriptReply>;
}

/** "ms,count,ms,count" runs as one time per line; undefined when unknown or not matching `count` lines. */
export function expandTimes(runs: string, count: number): number[] | undefined {
  if (runs === "" || count === 0) return undefined;
  const parts = runs.split(",").map(Number);
  const out: number[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) for (let k = 0; k < parts[i + 1]; k++) out.push(parts[i]);
  return out.length === count ? out : undefined;
}
type ScriptPipeline = ChainableCommander & { [K in keyof ScriptCommands]: (...args: Parameters<ScriptCommands[K]>) => ScriptPipeline };

/**
 * When a write is acknowledged: once `replicas` replicas hold it (WAIT), waiting up to
 * `timeoutMs`. 0 replicas: at once (one Redis, or a cluster without replicas).
 */
export interface Durability {
  readonly replicas: number;
  readonly timeoutMs: number;
}

const REDIRECT_RETRY_MS = 3000;
/**
 * How long a master must have shown no replica before it acknowledges writes on its own copy.
 * A master that hung while its replica was promoted, and wakes still believing it is the
 * master, shows no replica too (it was the replica that left); it runs what was queued, then
 * learns of the failover from the other nodes within a cluster ping or two. Had its writes
 * been acknowledged at once, they would be lost when it turns replica. A replica's real death
 * costs this long of refused (503) writes instead.
 */
export const ALONE_AFTER_MS = 2000;

/** No replica confirmed a write within the timeout: it may be lost if its master dies, so it is not acknowledged. */
export class NotReplicatedError extends Error {}

/** Registers the scripts on a connection (ioredis sends EVALSHA and falls back to EVAL). */
export function stepStore(redis: RedisClient, durability: Durability = { replicas: 0, timeoutMs: 0 }, onUnreplicated?: () => void) {
  redis.defineCommand("logrelayAppend", { numberOfKeys: 3, lua: APPEND_LUA });
  redis.defineCommand("logrelayEnd", { numberOfKeys: 3, lua: END_LUA });
  redis.defineCommand("logrelayRead", { numberOfKeys: 3, lua: READ_LUA });
  const scripts = redis as unknown as ScriptCommands;
  // slots whose master had no replica at its last reply, since when: WAIT 0 there, see durable()
  const alone = new Map<number, number>();

  // The script, then WAIT and ROLE in the same pipeline: a pipeline goes to one node, the
  // master of the step's slot (WAIT and ROLE have no key), so WAIT counts the replicas of that
  // master. A master with no replica left acknowledges on its own copy (counted by
  // onUnreplicated) once it has had none for ALONE_AFTER_MS: refusing for longer would turn the
  // loss of one replica into an outage of its shard. A node that answers ROLE as a replica
  // after running the script was deposed meanwhile: never acknowledged.
  // A cluster pipeline is not re-sent by ioredis on a redirect when it holds commands that are
  // not read-only (WAIT): a MOVED, ASK (slot migrating), TRYAGAIN or CLUSTERDOWN refused the
  // script before it ran, so the whole pipeline is sent again, for up to REDIRECT_RETRY_MS.
  async function durable(slot: number, add: (p: ScriptPipeline) => void): Promise<ScriptReply> {
    for (let attempt = 1, deadline = Date.now() + REDIRECT_RETRY_MS; ; attempt++) {
      try {
        return await durableOnce(slot, add);
      } catch (err) {
        const redirect = /^(MOVED|ASK|TRYAGAIN|CLUSTERDOWN) /.exec((err as Error).message)?.[1];
        if (!redirect || Date.now() > deadline) throw err;
        if (redirect === "MOVED" && "refreshSlotsCache" in redis) redis.refreshSlotsCache();
        await new Promise((r) => setTimeout(r, Math.min(25 * attempt, 200)));
      }
    }
  }

  async function durableOnce(slot: number, add: (p: ScriptPipeline) => void): Promise<ScriptReply> {
    const p = redis.pipeline() as ScriptPipeline;
    add(p);
    if (durability.replicas === 0) {
      const [[err, reply]] = (await p.exec())!;
      if (err) throw err;
      return reply as ScriptReply;
    }
    const want = alone.has(slot) ? 0 : durability.replicas;
    p.wait(want, durability.timeoutMs).role();
    const [[err, reply], [waitErr, acked], [roleErr, role]] = (await p.exec())!;
    if (err) throw err;
    if (waitErr || roleErr) throw waitErr ?? roleErr;
    const master = Array.isArray(role) && role[0] === "master";
    const connected = master && Array.isArray(role[2]) ? role[2].length : 0;
    if (!master) throw new NotReplicatedError("the node lost its master role while the write waited for a replica");
    if (connected > 0) alone.delete(slot);
    else if (!alone.has(slot)) alone.set(slot, Date.now());
    if (Number(acked) >= durability.replicas) return reply as ScriptReply;
    if (connected === 0 && Date.now() - alone.get(slot)! >= ALONE_AFTER_MS) {
      onUnreplicated?.();
      return reply as ScriptReply;
    }
    throw new NotReplicatedError(
      connected === 0 ? "the master has had no replica for too short a time to act alone" : `no replica confirmed the write within ${durability.timeoutMs} ms`,
    );
  }

  return {
    async append(ref: StepRef, lines: readonly string[], retention: Retention, expectedFirst?: number): Promise<AppendResult> {
      const k = stepKeys(ref);
      const args = [k.channel, retention.maxLinesPerStep, retention.idleTtlSeconds, expectedFirst ?? "", encodeLinesJson(lines)];
      const [outcome, last, appended, at] =
        durability.replicas === 0
          ? await scripts.logrelayAppend(k.lines, k.meta, k.times, ...args, ...lines)
          : await durable(keySlot(k.meta), (p) => p.logrelayAppend(k.lines, k.meta, k.times, ...args, ...lines));
      return { outcome: outcome as AppendResult["outcome"], last: Number(last), appended: Number(appended), at: at === undefined ? undefined : Number(at) };
    },

    /** outcome: "ok" ended now, "same" had already ended with this status (a no-op), "ended" with another */
    async end(ref: StepRef, status: EndStatus, retention: Retention): Promise<{ outcome: "ok" | "same" | "ended"; last: number; status?: string }> {
      const k = stepKeys(ref);
      const [outcome, last, current] = await durable(keySlot(k.meta), (p) =>
        p.logrelayEnd(k.lines, k.meta, k.times, k.channel, status, retention.endedTtlSeconds),
      );
      return { outcome: outcome as "ok" | "same" | "ended", last: Number(last), status: current === undefined ? undefined : String(current) };
    },

    async read(ref: StepRef, from: number, maxLines: number, maxBytes: number): Promise<LinePage> {
      const k = stepKeys(ref);
      const [first, last, status, runs, started, ...lines] = await scripts.logrelayRead(k.lines, k.meta, k.times, from, maxLines, maxBytes);
      const f = Number(first);
      return {
        first: f,
        last: Number(last),
        status: String(status),
        started: Number(started),
        lines: lines.map(String),
        from: Math.max(from, f),
        times: expandTimes(String(runs), lines.length),
      };
    },

    /** The number of the step's last line (0 before its first) and its status ("" when it has none), from its meta alone. */
    async lastLine(ref: StepRef): Promise<{ last: number; status: string }> {
      const [last, status] = await redis.hmget(stepKeys(ref).meta, "last", "status");
      return { last: Number(last ?? 0), status: status ?? "" };
    },
  };
}

// --- the recent-steps index and step summaries (the viewer's step picker) --------------------

const STEP_META_FIELDS = ["last", "status", "started", "ended", "updated"] as const;

/**
 * Names of the most recently active steps, newest first, with their last activity (ms): the
 * top `count` of each bucket (RECENT_STEPS_BUCKETS commands sent at once, one round trip),
 * merged.
 */
export async function recentStepNames(redis: RedisClient, count: number): Promise<{ name: string; activeAt: number }[]> {
  const buckets = await Promise.all(Array.from({ length: RECENT_STEPS_BUCKETS }, (_, b) => redis.zrevrange(recentStepsKey(b), 0, count - 1, "WITHSCORES")));
  const out: { name: string; activeAt: number }[] = [];
  for (const flat of buckets) for (let i = 0; i + 1 < flat.length; i += 2) out.push({ name: flat[i], activeAt: Number(flat[i + 1]) });
  return out.sort((a, b) => b.activeAt - a.activeAt || (a.name < b.name ? -1 : 1)).slice(0, count);
}

/**
 * The meta of each step; undefined for a step whose keys have expired. One HMGET per step, all
 * sent at once (one round trip; in a Redis Cluster each goes to its step's shard: a cluster
 * pipeline must keep to one slot).
 */
export async function readStepSummaries(redis: RedisClient, refs: readonly StepRef[]): Promise<(StepSummary | undefined)[]> {
  return Promise.all(
    refs.map((ref) =>
      redis.hmget(stepKeys(ref).meta, ...STEP_META_FIELDS).then(
        (values) => parseStepSummary(values),
        () => undefined,
      ),
    ),
  );
}

function parseStepSummary([last, status, started, ended, updated]: (string | null)[]): StepSummary | undefined {
  if (last === null && status === null) return undefined;
  const ms = (v: string | null) => (v === null ? null : Number(v));
  return { status: status ?? "pending", lines: Number(last ?? 0), started: ms(started), ended: ms(ended), updated: ms(updated) };
}

// --- step names --------------------------------------------------------------------------------

// Names a step: the `name` field of its meta hash (same slot as the rest of the step). A meta
// made by the name alone gets the idle TTL; one that already has a TTL keeps it (an ended step
// still expires STEP_TTL_SECONDS after its end). ARGV: name, idle ttl s. Returns 'same' or 'ok'.
const NAME_LUA = `
if redis.call('HGET', KEYS[1], 'name') == ARGV[1] then return 'same' end
redis.call('HSET', KEYS[1], 'name', ARGV[1])
if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return 'ok'
`;

/** Sets a step's name; "same" when it already had it (a no-op). */
export async function nameStep(redis: RedisClient, ref: StepRef, name: string, retention: Retention): Promise<"ok" | "same"> {
  return (await redis.eval(NAME_LUA, 1, stepKeys(ref).meta, name, retention.idleTtlSeconds)) as "ok" | "same";
}

// --- a build's steps: the index and the summaries ---------------------------------------------

const BUILD_STEP_FIELDS = ["name", "last", "status", "started", "ended", "updated"] as const;

/** Adds steps to the build's index, renewing its TTL. */
export async function indexBuildSteps(redis: RedisClient, build: BuildRef, steps: readonly number[], ttlSeconds: number): Promise<void> {
  const key = buildKeys(build).steps;
  await redis
    .multi()
    .sadd(key, ...steps)
    .expire(key, ttlSeconds)
    .exec();
}

/**
 * The build's steps, by number. Each step's meta is read by its own command, not one
 * pipeline: in a Redis Cluster the metas sit on other shards than the index and each other
 * (ioredis sends the commands at once, auto-pipelined per node). Expired steps are left out.
 */
export async function readBuildSteps(redis: RedisClient, build: BuildRef): Promise<BuildStep[]> {
  const numbers = (await redis.smembers(buildKeys(build).steps)).map(Number).sort((a, b) => a - b);
  const steps = await Promise.all(numbers.map((step) => readBuildStep(redis, { ...build, step })));
  return steps.filter((s): s is BuildStep => s !== undefined);
}

/** One step's summary; undefined when its meta has expired (or never was). */
export async function readBuildStep(redis: RedisClient, ref: StepRef): Promise<BuildStep | undefined> {
  const [name, last, status, started, ended, updated] = await redis.hmget(stepKeys(ref).meta, ...BUILD_STEP_FIELDS);
  if (name === null && last === null && status === null) return undefined;
  const ms = (v: string | null) => (v === null ? null : Number(v));
  return { step: ref.step, name, status: status ?? "pending", lines: Number(last ?? 0), started: ms(started), ended: ms(ended), updated: ms(updated) };
}
