/**
 * A step's lines in Redis: the store that runs the step's server-side scripts (append, end,
 * read, name: common/lua/step-*.lua), its writes acknowledged by write-policy.ts. The keys and
 * messages the scripts write are spelled in contract.ts and live-events.ts; what else reads a
 * step's meta is step-summaries.ts, and the indexes are recent-steps.ts and build-step-index.ts.
 */
import type { ChainableCommander } from "ioredis";
import type { RedisClient } from "./redis.ts";
import type { EndStatus, LinePage, StepRef } from "./domain.ts";
import { keySlot, stepKeys } from "./contract.ts";
import { encodeLinesJson } from "./live-events.ts";
import { readLuaScript } from "./lua-script.ts";
import { NO_REPLICAS, writePolicy, type Durability } from "./write-policy.ts";

// --- server-side scripts: common/lua/step-*.lua (what each takes and returns is said there) ---

const APPEND_LUA = readLuaScript(new URL("./lua/step-append.lua", import.meta.url));
const END_LUA = readLuaScript(new URL("./lua/step-end.lua", import.meta.url));
const READ_LUA = readLuaScript(new URL("./lua/step-read.lua", import.meta.url));
const NAME_LUA = readLuaScript(new URL("./lua/step-name.lua", import.meta.url));

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
  logrelayName(meta: string, name: string, ttl: number): Promise<"ok" | "same">;
}
type ScriptPipeline = ChainableCommander & { [K in keyof ScriptCommands]: (...args: Parameters<ScriptCommands[K]>) => ScriptPipeline };

/** "ms,count,ms,count" runs as one time per line; undefined when unknown or not matching `count` lines. */
export function expandTimes(runs: string, count: number): number[] | undefined {
  if (runs === "" || count === 0) return undefined;
  const parts = runs.split(",").map(Number);
  const out: number[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) for (let k = 0; k < parts[i + 1]; k++) out.push(parts[i]);
  return out.length === count ? out : undefined;
}

/** Registers the scripts on a connection (ioredis sends EVALSHA and falls back to EVAL). */
export function stepStore(redis: RedisClient, durability: Durability = NO_REPLICAS, onUnreplicated?: () => void) {
  redis.defineCommand("logrelayAppend", { numberOfKeys: 3, lua: APPEND_LUA });
  redis.defineCommand("logrelayEnd", { numberOfKeys: 3, lua: END_LUA });
  redis.defineCommand("logrelayRead", { numberOfKeys: 3, lua: READ_LUA });
  redis.defineCommand("logrelayName", { numberOfKeys: 1, lua: NAME_LUA });
  const scripts = redis as unknown as ScriptCommands;
  const policy = writePolicy(redis, durability, onUnreplicated);
  const write = async (slot: number, add: (p: ScriptPipeline) => void) => (await policy.write(slot, add)) as ScriptReply;

  return {
    async append(ref: StepRef, lines: readonly string[], retention: Retention, expectedFirst?: number): Promise<AppendResult> {
      const k = stepKeys(ref);
      const args = [k.channel, retention.maxLinesPerStep, retention.idleTtlSeconds, expectedFirst ?? "", encodeLinesJson(lines)];
      // with no replica to wait for, the hot path sends the script alone, without a pipeline
      const [outcome, last, appended, at] = policy.waitsForReplicas
        ? await write(keySlot(k.meta), (p) => p.logrelayAppend(k.lines, k.meta, k.times, ...args, ...lines))
        : await scripts.logrelayAppend(k.lines, k.meta, k.times, ...args, ...lines);
      return { outcome: outcome as AppendResult["outcome"], last: Number(last), appended: Number(appended), at: at === undefined ? undefined : Number(at) };
    },

    /** outcome: "ok" ended now, "same" had already ended with this status (a no-op), "ended" with another */
    async end(ref: StepRef, status: EndStatus, retention: Retention): Promise<{ outcome: "ok" | "same" | "ended"; last: number; status?: string }> {
      const k = stepKeys(ref);
      const [outcome, last, current] = await write(keySlot(k.meta), (p) =>
        p.logrelayEnd(k.lines, k.meta, k.times, k.channel, status, retention.endedTtlSeconds),
      );
      return { outcome: outcome as "ok" | "same" | "ended", last: Number(last), status: current === undefined ? undefined : String(current) };
    },

    /** Sets the step's name; "same" when it already had it (a no-op). */
    async name(ref: StepRef, name: string, retention: Retention): Promise<"ok" | "same"> {
      const meta = stepKeys(ref).meta;
      return (await policy.write(keySlot(meta), (p: ScriptPipeline) => p.logrelayName(meta, name, retention.idleTtlSeconds))) as "ok" | "same";
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
