import type { AppendResult } from "../common/step-store.ts";

/**
 * What one request stored, from the replies of its appends: `appended` lines, the first at
 * `first` and the last at `last`. Other writers' lines may sit between two appends of one
 * request (a streamed body takes several); the request's own lines are then fewer than
 * last - first + 1. A request that stored nothing answers the empty range just after the
 * step's last line (first = last + 1), so `last + 1` is where a retry starts either way.
 */
export class StoredLines {
  appended = 0;
  #first: number | undefined;
  #last: number | undefined;
  #stepLast: number | undefined; // the step's last line in the latest reply

  add(result: AppendResult): void {
    this.#stepLast = result.last;
    if (result.appended === 0) return;
    // the script stores a call's lines last - appended + 1 .. last, contiguous
    this.#first ??= result.last - result.appended + 1;
    this.#last = result.last;
    this.appended += result.appended;
  }

  /** the step's last line in the latest reply, undefined before one */
  get stepLast(): number | undefined {
    return this.#stepLast;
  }

  /** `stepLast`: the step's last line read afresh, for an answer that stored nothing. */
  answer(stepLast = this.#stepLast): { appended: number; first?: number; last?: number } {
    if (this.appended > 0) return { appended: this.appended, first: this.#first, last: this.#last };
    return stepLast === undefined ? { appended: 0 } : { appended: 0, first: stepLast + 1, last: stepLast };
  }
}
