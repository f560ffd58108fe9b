/**
 * The Redis key scheme, the server-side scripts and the event encoding: the only place a
 * key, a pub/sub message or an SSE event is spelled. See ../shared/DESIGN.md.
 *
 * Per step, all under one hash tag so they share a Redis Cluster slot:
 *   logrelay:{org/repo/build/step}:lines  list of the retained lines (oldest first)
 *   logrelay:{org/repo/build/step}:meta   hash: last (line count), status, started, ended
 *   logrelay:{org/repo/build/step}:live   shard channel (SPUBLISH / SSUBSCRIBE: it lives on the step's slot)
 *
 * Per build (see buildSecretsKey):
 *   logrelay:{org/repo/build}:secrets     set of secret values masked out of the build's lines
 */
import type { ChainableCommander } from "ioredis";
import type { RedisClient } from "./redis.ts";
import { stepName, type StepRef, type EndStatus } from "./step.ts";

export interface StepKeys {
  readonly lines: string;
  readonly meta: string;
  readonly channel: string;
}

export function stepKeys(ref: StepRef): StepKeys {
  const tag = `logrelay:{${stepName(ref)}}`;
  return { lines: `${tag}:lines`, meta: `${tag}:meta`, channel: `${tag}:live` };
}

/**
 * The set of secret values registered for a build. The secrets belong to the build, not to one
 * step, so the key carries the build's own hash tag {org/repo/build}: in a Redis Cluster it
 * may sit on another slot than the build's steps, which is fine because the producer reads it
 * before an append and never inside the append script.
 */
export function buildSecretsKey(build: Pick<StepRef, "org" | "repo" | "build">): string {
  return `logrelay:{${build.org}/${build.repo}/${build.build}}:secrets`;
}

/**
 * The recent-steps index (the viewer's step picker): sorted sets of step names scored by last
 * activity (ms), spread over RECENT_STEPS_BUCKETS keys with their own hash tags, so no key is
 * written by every append (in a Redis Cluster the buckets land on different slots and shards).
 * A step always goes to the same bucket; a reader merges the buckets (recentStepNames).
 */
export const RECENT_STEPS_BUCKETS = 16;

export function recentStepsKey(bucket: number): string {
  return `logrelay:{recent-steps:${bucket}}`;
}

/** The bucket key of a step's name in the recent-steps index. */
export function recentStepsKeyOf(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) | 0;
  return recentStepsKey((h >>> 0) % RECENT_STEPS_BUCKETS);
}

// --- Redis Cluster slots -----------------------------------------------------------------------

const CRC16_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let crc = i << 8;
    for (let j = 0; j < 8; j++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    table[i] = crc;
  }
  return table;
})();

/** The Redis Cluster hash slot of a key or shard channel (CRC16 of its hash tag, mod 16384). */
export function keySlot(key: string): number {
  let bytes = Buffer.from(key);
  const open = bytes.indexOf(0x7b); // {
  if (open >= 0) {
    const close = bytes.indexOf(0x7d, open + 1); // }
    if (close > open + 1) bytes = bytes.subarray(open + 1, close);
  }
  let crc = 0;
  for (const b of bytes) crc = ((crc << 8) & 0xffff) ^ CRC16_TABLE[((crc >> 8) ^ b) & 0xff];
  return crc % 16384;
}

/** A message on a step's channel, as the append and end scripts publish it. */
export type LiveMessage =
  | { kind: "lines"; first: number; last: number; appendedAt: number; linesJson: string }
  | { kind: "end"; last: number; appendedAt: number; status: string };

// "L <first> <last> <ms> <json array>" and "E <last> <ms> <status>": cheap to split, and the
// JSON array goes into the SSE event untouched, so the relay never parses a line.
export function parseLiveMessage(message: string): LiveMessage | undefined {
  const a = message.indexOf(" ", 2);
  const b = message.indexOf(" ", a + 1);
  if (a < 0 || b < 0) return undefined;
  if (message.startsWith("L ")) {
    const c = message.indexOf(" ", b + 1);
    if (c < 0) return undefined;
    return {
      kind: "lines",
      first: Number(message.slice(2, a)),
      last: Number(message.slice(a + 1, b)),
      appendedAt: Number(message.slice(b + 1, c)),
      linesJson: message.slice(c + 1),
    };
  }
  if (message.startsWith("E ")) {
    return { kind: "end", last: Number(message.slice(2, a)), appendedAt: Number(message.slice(a + 1, b)), status: message.slice(b + 1) };
  }
  return undefined;
}

/** The messages the append and end scripts publish, spelled for code that publishes without them (MemoryBroker). */
export function encodeLiveLines(first: number, last: number, appendedAt: number, linesJson: string): string {
  return `L ${first} ${last} ${appendedAt} ${linesJson}`;
}

export function encodeLiveEnd(last: number, appendedAt: number, status: string): string {
  return `E ${last} ${appendedAt} ${status}`;
}

/** Joins consecutive JSON arrays of lines into one array without parsing them. */
export function joinLinesJson(parts: readonly string[]): string {
  if (parts.length === 1) return parts[0];
  return `[${parts.map((p) => p.slice(1, -1)).join(",")}]`;
}

// --- SSE framing of the contract ---------------------------------------------------------

export function encodeRetry(ms: number): string {
  return `retry: ${ms}\n\n`;
}

/** One default event carrying lines first..last; `id` is the last line's number. */
export function encodeLinesEvent(first: number, last: number, linesJson: string): string {
  return `id: ${last}\ndata: {"n":${first},"lines":${linesJson}}\n\n`;
}

export function encodeTruncatedEvent(firstAvailable: number): string {
  return `event: truncated\ndata: {"firstAvailable":${firstAvailable}}\n\n`;
}

export function encodeEndEvent(lines: number, status: string): string {
  return `event: end\ndata: ${JSON.stringify({ lines, status })}\n\n`;
}

export const HEARTBEAT_FRAME = ": \n\n";

// --- server-side scripts -------------------------------------------------------------------

// Numbers, stores and publishes lines in one step, so line order is total per step.
// ARGV: channel, max lines kept, idle ttl s, expected first line ("" = any), lines...
// With an expected first line, lines already stored are skipped (a retried upload
// does not duplicate them) and a gap is refused.
const APPEND_LUA = `
local meta = redis.call('HMGET', KEYS[2], 'last', 'status')
local last = tonumber(meta[1]) or 0
if meta[2] and meta[2] ~= 'running' then return {'ended', last, 0} end
local from = 5
if ARGV[4] ~= '' then
  local expected = tonumber(ARGV[4])
  if expected > last + 1 then return {'gap', last, 0} end
  from = from + (last + 1 - expected)
end
local n = #ARGV - from + 1
if n <= 0 then return {'ok', last, 0} end
for i = from, #ARGV, 4000 do
  redis.call('RPUSH', KEYS[1], unpack(ARGV, i, math.min(i + 3999, #ARGV)))
end
redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
if last == 0 then redis.call('HSET', KEYS[2], 'status', 'running', 'started', now) end
redis.call('HSET', KEYS[2], 'last', last + n, 'updated', now)
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[3])
local lines = {}
for i = from, #ARGV do lines[#lines + 1] = ARGV[i] end
redis.call('SPUBLISH', ARGV[1], 'L ' .. (last + 1) .. ' ' .. (last + n) .. ' ' .. now .. ' ' .. cjson.encode(lines))
return {'ok', last + n, n}
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
redis.call('SPUBLISH', ARGV[1], 'E ' .. last .. ' ' .. now .. ' ' .. ARGV[2])
return {'ok', last}
`;

// Reads up to ARGV[2] lines (and about ARGV[3] bytes, at least one line) from line ARGV[1],
// with the step's first retained line, last line and status, all from one snapshot.
const READ_LUA = `
local meta = redis.call('HMGET', KEYS[2], 'last', 'status')
local last = tonumber(meta[1]) or 0
local len = redis.call('LLEN', KEYS[1])
local first = last - len + 1
local out = {first, last, meta[2] or ''}
local from = math.max(tonumber(ARGV[1]), first)
if from > last then return out end
local got = redis.call('LRANGE', KEYS[1], from - first, from - first + tonumber(ARGV[2]) - 1)
local budget = tonumber(ARGV[3])
for i, line in ipairs(got) do
  if i > 1 and budget < #line then break end
  budget = budget - #line
  out[#out + 1] = line
end
return out
`;

export interface AppendResult {
  /** "ok"; "ended": the step has ended; "gap": expectedFirst is past the next line */
  readonly outcome: "ok" | "ended" | "gap";
  /** number of the step's last stored line after the call */
  readonly last: number;
  /** lines stored by this call (fewer than sent when some were already stored) */
  readonly appended: number;
}

export interface StepPage {
  /** number of the oldest retained line (last + 1 when none is stored) */
  readonly first: number;
  /** number of the last line stored; 0 when the step has no line yet */
  readonly last: number;
  /** "" (not started), "running", or an end status */
  readonly status: string;
  /** lines from max(from, first), consecutive */
  readonly lines: readonly string[];
  /** number of lines[0] */
  readonly from: number;
}

export interface Retention {
  readonly maxLinesPerStep: number;
  readonly idleTtlSeconds: number;
  readonly endedTtlSeconds: number;
}

type ScriptReply = [string | number, ...(string | number)[]];
interface ScriptCommands {
  logrelayAppend(lines: string, meta: string, ...args: (string | number)[]): Promise<ScriptReply>;
  logrelayEnd(lines: string, meta: string, ...args: (string | number)[]): Promise<ScriptReply>;
  logrelayRead(lines: string, meta: string, ...args: (string | number)[]): Promise<ScriptReply>;
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

/** No replica confirmed a write within the timeout: it may be lost if its master dies, so it is not acknowledged. */
export class NotReplicatedError extends Error {}

/** Registers the scripts on a connection (ioredis sends EVALSHA and falls back to EVAL). */
export function stepStore(redis: RedisClient, durability: Durability = { replicas: 0, timeoutMs: 0 }, onUnreplicated?: () => void) {
  redis.defineCommand("logrelayAppend", { numberOfKeys: 2, lua: APPEND_LUA });
  redis.defineCommand("logrelayEnd", { numberOfKeys: 2, lua: END_LUA });
  redis.defineCommand("logrelayRead", { numberOfKeys: 2, lua: READ_LUA });
  const scripts = redis as unknown as ScriptCommands;
  // slots whose master had no replica at its last reply: WAIT 0 there, see durable()
  const alone = new Set<number>();

  // The script, then WAIT and ROLE in the same pipeline: a pipeline goes to one node, the
  // master of the step's slot (WAIT and ROLE have no key), so WAIT counts the replicas of that
  // master. A master with no replica left acknowledges on its own copy (counted by
  // onUnreplicated): refusing would turn the loss of one replica into an outage of its shard.
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
    const connected = Array.isArray(role) && role[0] === "master" && Array.isArray(role[2]) ? role[2].length : 0;
    if (connected === 0) alone.add(slot);
    else alone.delete(slot);
    if (Number(acked) >= durability.replicas) return reply as ScriptReply;
    if (connected === 0) {
      onUnreplicated?.();
      return reply as ScriptReply;
    }
    throw new NotReplicatedError(`no replica confirmed the write within ${durability.timeoutMs} ms`);
  }

  return {
    async append(ref: StepRef, lines: readonly string[], retention: Retention, expectedFirst?: number): Promise<AppendResult> {
      const k = stepKeys(ref);
      const args = [k.channel, retention.maxLinesPerStep, retention.idleTtlSeconds, expectedFirst ?? ""];
      const [outcome, last, appended] =
        durability.replicas === 0
          ? await scripts.logrelayAppend(k.lines, k.meta, ...args, ...lines)
          : await durable(keySlot(k.meta), (p) => p.logrelayAppend(k.lines, k.meta, ...args, ...lines));
      return { outcome: outcome as AppendResult["outcome"], last: Number(last), appended: Number(appended) };
    },

    /** outcome: "ok" ended now, "same" had already ended with this status (a no-op), "ended" with another */
    async end(ref: StepRef, status: EndStatus, retention: Retention): Promise<{ outcome: "ok" | "same" | "ended"; last: number; status?: string }> {
      const k = stepKeys(ref);
      const [outcome, last, current] = await durable(keySlot(k.meta), (p) => p.logrelayEnd(k.lines, k.meta, k.channel, status, retention.endedTtlSeconds));
      return { outcome: outcome as "ok" | "same" | "ended", last: Number(last), status: current === undefined ? undefined : String(current) };
    },

    async read(ref: StepRef, from: number, maxLines: number, maxBytes: number): Promise<StepPage> {
      const k = stepKeys(ref);
      const [first, last, status, ...lines] = await scripts.logrelayRead(k.lines, k.meta, from, maxLines, maxBytes);
      const f = Number(first);
      return { first: f, last: Number(last), status: String(status), lines: lines.map(String), from: Math.max(from, f) };
    },
  };
}

// --- the recent-steps index and step summaries (the viewer's step picker) --------------------

/** A step's meta hash as the scripts above write it; timestamps are ms, undefined when unset. */
export interface StepMeta {
  readonly last: number;
  /** "running" or an end status */
  readonly status: string;
  readonly started?: number;
  readonly ended?: number;
  readonly updated?: number;
}

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
export async function readStepMetas(redis: RedisClient, refs: readonly StepRef[]): Promise<(StepMeta | undefined)[]> {
  return Promise.all(
    refs.map((ref) =>
      redis.hmget(stepKeys(ref).meta, ...STEP_META_FIELDS).then(
        (values) => parseStepMeta(values),
        () => undefined,
      ),
    ),
  );
}

function parseStepMeta([last, status, started, ended, updated]: (string | null)[]): StepMeta | undefined {
  if (last === null && status === null) return undefined;
  const ms = (v: string | null) => (v === null ? undefined : Number(v));
  return { last: Number(last ?? 0), status: status ?? "", started: ms(started), ended: ms(ended), updated: ms(updated) };
}
