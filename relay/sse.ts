/**
 * The SSE framing of the viewer's streams, the only place an event's text is spelled: retry,
 * truncated, end, partial, heartbeat, a build's events. The event of lines and the HTTP/1.1
 * chunk an event is written in are spelled with the live message that carries them
 * (common/live-events.ts: the append script frames them too), and exported from here as well.
 */
import type { BuildMessage, BuildStep } from "../common/domain.ts";
import { asciiJson } from "../common/live-events.ts";

export { asciiJson, encodeLinesEvent, httpChunk } from "../common/live-events.ts";

export function encodeRetry(ms: number): string {
  return `retry: ${ms}\n\n`;
}

/** The "t" of an event: one number when every line shares it, else an array with one per line. */
export function encodeTimes(times: readonly number[]): string {
  return times.every((t) => t === times[0]) ? String(times[0]) : `[${times.join(",")}]`;
}

/**
 * Lines before `firstAvailable` are gone. `restarted`: the step started again from line 1 (its
 * keys expired, then new lines came), so every line the viewer holds belongs to an older run;
 * the event then carries `id: firstAvailable - 1`, so a browser that reconnects before the next
 * line resumes within the new run instead of past it.
 */
export function encodeTruncatedEvent(firstAvailable: number, restarted = false): string {
  if (!restarted) return `event: truncated\ndata: {"firstAvailable":${firstAvailable}}\n\n`;
  return `event: truncated\nid: ${firstAvailable - 1}\ndata: {"firstAvailable":${firstAvailable},"restarted":true}\n\n`;
}

export function encodeEndEvent(lines: number, status: string): string {
  return `event: end\ndata: ${asciiJson(JSON.stringify({ lines, status }))}\n\n`;
}

export const HEARTBEAT_FRAME = ": \n\n";

/** The SSE event of a build's change: `event: step` or `event: counts`. */
export function buildMessageEvent(message: BuildMessage): string {
  return `event: ${message.kind}\ndata: ${asciiJson(message.json)}\n\n`;
}

/** The build stream's first event (and its event after a re-sync): every step. */
export function encodeBuildStepsEvent(steps: readonly BuildStep[]): string {
  return `event: steps\ndata: ${asciiJson(JSON.stringify({ steps }))}\n\n`;
}

export function encodePartialEvent(n: number, textJson: string): string {
  return `event: partial\ndata: {"n":${n},"line":${asciiJson(textJson)}}\n\n`;
}
