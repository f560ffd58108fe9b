/**
 * A long log loaded tail first: the page opens the step's stream TAIL_LINES before its end, so
 * the end of the log (where a running build writes, and where a failed one says why) is on
 * screen in about the time a short log takes; the lines before it come on a second stream,
 * read up to where the first one started and then closed, and are put in front in one go.
 * Measured on a 100 000-line step: the last line on screen in ~0.5 s instead of ~1 s; the
 * whole log held at about the same time as before.
 */
import type { StepRef } from "../common/domain.ts";
import { buildStepsUrl } from "./api.ts";
import { StepConnection } from "./connection.ts";
import { LogStore } from "./log-store.ts";

/** Lines read first, from the end; a log shorter than twice this is read from its start. */
export const TAIL_LINES = 3000;

/** The step's line count from its build's step list; undefined when it cannot be had (a token for one step only, say). */
export async function stepLineCount(step: StepRef, token: string | undefined): Promise<number | undefined> {
  try {
    const res = await fetch(buildStepsUrl(step, token));
    if (!res.ok) return undefined;
    const { steps } = (await res.json()) as { steps: { step: number; lines: number }[] };
    return steps.find((s) => s.step === step.step)?.lines;
  } catch {
    return undefined;
  }
}

/**
 * Reads lines 1..`until` of the step (from the first the relay still holds) into a LogStore of
 * their own, on a stream of its own closed once `until` is in. Resolves with them; undefined
 * when they cannot all be had (a gap, the stream failed, or the step started again: the caller
 * then reloads the log whole).
 */
export function loadHead(step: StepRef, token: string | undefined, until: number): { done: Promise<LogStore | undefined>; cancel(): void } {
  const head = new LogStore();
  let finished = false;
  let resolve!: (head: LogStore | undefined) => void;
  const done = new Promise<LogStore | undefined>((r) => (resolve = r));
  // Once given to the caller the store is theirs (prepend adopts its arrays): nothing after the
  // seam may touch it, however many events the stream had already read.
  const finish = (result: LogStore | undefined) => {
    if (finished) return;
    finished = true;
    connection.close();
    resolve(result);
  };
  const connection = new StepConnection(step, token, () => head.last, {
    lines(n, lines, t) {
      if (finished) return;
      const take = Math.max(0, until - n + 1); // the tail's stream has the lines after `until`
      head.append(n, lines.slice(0, take), Array.isArray(t) ? t.slice(0, take) : t);
      if (head.gaps > 0) finish(undefined);
      else if (head.last >= until) finish(head);
    },
    truncated(first) {
      if (finished) return;
      head.truncatedTo(first);
      if (head.first > until) finish(head);
    },
    partial: () => undefined,
    restarted: () => finish(undefined),
    state(state) {
      if (state.kind === "failed" || state.kind === "ended") finish(head.last >= until ? head : undefined);
    },
  });
  connection.open();
  return { done, cancel: () => finish(undefined) };
}
