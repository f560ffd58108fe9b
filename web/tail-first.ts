/**
 * A long log loaded tail first: the page opens the step's stream TAIL_LINES before its end, so
 * the end of the log (where a running build writes, and where a failed one says why) is on
 * screen in about the time a short log takes; the lines before it come on a second stream,
 * read up to where the first one started and then closed, and are put in front in one go.
 * Measured on a 100 000-line step: the last line on screen in ~0.5 s instead of ~1 s; the
 * whole log held at about the same time as before.
 */
import type { StepRef } from "../common/step.ts";
import { buildStepsUrl } from "./api.ts";
import { StepConnection } from "./connection.ts";

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

export interface Head {
  readonly first: number;
  readonly lines: string[];
  readonly times: number[];
}

/**
 * Reads lines 1..`until` of the step (from the first the relay still holds) on a stream of its
 * own, closed once `until` is in. Resolves with them; undefined when they cannot all be had
 * (the stream failed, or the step started again: the caller then reloads the log whole).
 */
export function loadHead(step: StepRef, token: string | undefined, until: number): { done: Promise<Head | undefined>; cancel(): void } {
  const head: Head & { first: number } = { first: 1, lines: [], times: [] };
  let resolve!: (head: Head | undefined) => void;
  const done = new Promise<Head | undefined>((r) => (resolve = r));
  const last = () => head.first + head.lines.length - 1;
  const finish = (result: Head | undefined) => {
    connection.close();
    resolve(result);
  };
  const connection = new StepConnection(step, token, last, {
    lines(n, lines, t) {
      if (n !== last() + 1) {
        if (head.lines.length === 0 && n > head.first)
          head.first = n; // the oldest lines are no longer kept
        else if (n > last() + 1) return finish(undefined);
      }
      const skip = last() + 1 - n; // lines repeated by a reconnect
      for (let i = Math.max(0, skip); i < lines.length && last() < until; i++) {
        head.lines.push(lines[i]);
        head.times.push((typeof t === "number" ? t : t?.[i]) ?? 0);
      }
      if (last() >= until) finish(head);
    },
    truncated(first) {
      if (head.lines.length === 0) head.first = Math.max(head.first, first);
      if (head.first > until) finish(head);
    },
    partial: () => undefined,
    restarted: () => finish(undefined),
    state(state) {
      if (state.kind === "failed" || state.kind === "ended") finish(last() >= until ? head : undefined);
    },
  });
  connection.open();
  return { done, cancel: () => finish(undefined) };
}
