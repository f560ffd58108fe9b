/**
 * A step's live messages made into the events every viewer of the step receives: consecutive
 * lines merged into one event, an end its own. Each event is encoded once, with its HTTP/1.1
 * chunk framing, and the same bytes go to every viewer (see ViewerConnection.sendShared).
 */
import { joinLinesJson, type LiveLines, type LiveMessage } from "../common/live-events.ts";
import type { Run } from "../common/domain.ts";
import { encodeEndEvent, encodeLinesEvent, encodeTimes, httpChunk } from "./sse.ts";

/**
 * A live event as every viewer of the channel receives it; `chunk` is `bytes` framed as an HTTP/1.1
 * chunk; `at` the append time of its first line (for line 1, the step's run).
 */
export type SharedEvent =
  { kind: "lines"; first: number; last: number; at: Run; bytes: Buffer; chunk: Buffer } | { kind: "end"; last: number; status: string; bytes: Buffer };

/**
 * Merges runs of consecutive line messages into one event each; an end stays its own event. A
 * run of one message is its event as published, framed already: no copy, no encoding.
 */
export function coalesce(messages: readonly LiveMessage[]): { shared: SharedEvent; appendedAt: number }[] {
  const out: { shared: SharedEvent; appendedAt: number }[] = [];
  let run: LiveLines[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    if (run.length === 1) {
      const m = run[0];
      out.push({ shared: { kind: "lines", first: m.first, last: m.last, at: m.appendedAt, bytes: m.event, chunk: m.chunk }, appendedAt: m.appendedAt });
      run = [];
      return;
    }
    const first = run[0].first;
    const last = run[run.length - 1].last;
    const json = joinLinesJson(run.map((m) => m.linesJson));
    // one time per line only when the run's messages differ (one publish per append)
    const times = run.every((m) => m.appendedAt === run[0].appendedAt)
      ? String(run[0].appendedAt)
      : encodeTimes(run.flatMap((m) => Array<number>(m.last - m.first + 1).fill(m.appendedAt)));
    const chunk = httpChunk(encodeLinesEvent(first, last, json, times));
    out.push({ shared: { kind: "lines", first, last, at: run[0].appendedAt, bytes: chunk.body, chunk: chunk.framed }, appendedAt: run[0].appendedAt });
    run = [];
  };
  for (const m of messages) {
    if (m.kind === "lines") {
      if (run.length > 0 && run[run.length - 1].last + 1 !== m.first) closeRun();
      run.push(m);
    } else {
      closeRun();
      out.push({ shared: { kind: "end", last: m.last, status: m.status, bytes: Buffer.from(encodeEndEvent(m.last, m.status)) }, appendedAt: m.appendedAt });
    }
  }
  closeRun();
  return out;
}
