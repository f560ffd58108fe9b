/**
 * The contract between the producer and the relays, as pure functions: the Redis key scheme (a
 * step's keys, a build's keys, the recent-steps buckets, cluster slots) and the messages on a
 * build's channel. The only place a key or a build message is spelled; a step's channel messages
 * (lines, end, partial line) are spelled in live-events.ts and re-exported here. The scripts
 * that write keys and messages are in common/lua/ (run by step-store.ts), the SSE events made
 * of them in relay/stream/sse.ts and, for lines, live-events.ts. No Redis client here, so
 * anything may import it.
 *
 * Per step, all under one hash tag so they share a Redis Cluster slot:
 *   logrelay:{org/repo/build/step}:lines  list of the retained lines (oldest first)
 *   logrelay:{org/repo/build/step}:meta   hash: last (line count), status, started, ended, updated, name
 *   logrelay:{org/repo/build/step}:live   shard channel (SPUBLISH / SSUBSCRIBE: it lives on the step's slot)
 *   logrelay:{org/repo/build/step}:times  list: when the lines arrived (see common/lua/step-read.lua), trimmed with the lines
 *
 * The demo's build counter (producer/demo.ts): see demoBuildCounterKey.
 *
 * Per build (see buildSecretsKey, buildKeys):
 *   logrelay:{org/repo/build}:secrets     set of secret values masked out of the build's lines
 *   logrelay:{org/repo/build}:secrets-gen a token each registration writes: with the set's size,
 *                                         names its content, so a producer's cached mask is re-read only when it changed
 */
import { buildName, stepName, type BuildMessage, type BuildRef, type BuildStep, type StepCount, type StepRef } from "./domain.ts";

export interface StepKeys {
  readonly lines: string;
  readonly meta: string;
  readonly channel: string;
  readonly times: string;
}

export function stepKeys(ref: StepRef): StepKeys {
  const tag = `logrelay:{${stepName(ref)}}`;
  return { lines: `${tag}:lines`, meta: `${tag}:meta`, channel: `${tag}:live`, times: `${tag}:times` };
}

/**
 * The set of secret values registered for a build. The secrets belong to the build, not to one
 * step, so the key carries the build's own hash tag {org/repo/build}: in a Redis Cluster it
 * may sit on another slot than the build's steps, which is fine because the producer reads it
 * before an append and never inside the append script.
 */
export function buildSecretsKey(build: BuildRef): string {
  return `logrelay:{${buildName(build)}}:secrets`;
}

/** The generation token of a build's secret set (same hash tag as the set). */
export function buildSecretsGenerationKey(build: BuildRef): string {
  return `logrelay:{${buildName(build)}}:secrets-gen`;
}

/**
 * The recent-steps index (the viewer's step picker): sorted sets of step names scored by last
 * activity (ms), spread over RECENT_STEPS_BUCKETS keys with their own hash tags, so no key is
 * written by every append (in a Redis Cluster the buckets land on different slots and shards).
 * A step always goes to the same bucket; a reader merges the buckets (recent-steps.ts writes and reads them).
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

/** The demo's counter of builds (DEMO=1 numbers its builds from it). */
export function demoBuildCounterKey(): string {
  return "logrelay:demo:build";
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

// The messages on a step's channel (lines, end, a partial line) and the events they carry are
// spelled in live-events.ts, next to the append script's framing of them.
export { encodeLivePartial, joinLinesJson, parseLiveMessage, parseLivePartial, type LiveMessage } from "./live-events.ts";

// --- step names --------------------------------------------------------------------------------

/** Longest step name `PUT /:org/:repo/builds/:build/steps/:step` takes, in characters. */
export const MAX_STEP_NAME_CHARS = 200;

// --- a build: its keys, its steps' summaries and its channel's messages -------------------------
//
// Per build, under the build's own hash tag (another slot than its steps' in a Redis Cluster,
// so never touched by a step's scripts; the producer writes them with separate commands):
//   logrelay:{org/repo/build}:steps    set of the build's step numbers, written when a step
//                                      first appears, is named or ends
//   logrelay:{org/repo/build}:events   shard channel of the build page (SPUBLISH, on the build's slot)

export function buildKeys(build: BuildRef): { readonly steps: string; readonly channel: string } {
  const tag = `logrelay:{${buildName(build)}}`;
  return { steps: `${tag}:steps`, channel: `${tag}:events` };
}

// Messages on a build's channel: "S <json BuildStep>" (a step appeared, was named, ended) and
// "C <json {steps: StepCount[]}>" (line counts, at most once a second per build). The relay
// frames the JSON into an SSE event without parsing it.
export function encodeBuildStepMessage(step: BuildStep): string {
  return `S ${JSON.stringify(step)}`;
}

export function encodeBuildCountsMessage(counts: readonly StepCount[]): string {
  return `C ${JSON.stringify({ steps: counts })}`;
}

export function parseBuildMessage(message: string): BuildMessage | undefined {
  if (message.startsWith("S ")) return { kind: "step", json: message.slice(2) };
  if (message.startsWith("C ")) return { kind: "counts", json: message.slice(2) };
  return undefined;
}
