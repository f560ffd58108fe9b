import { styleAfter } from "./line-text.ts";

/**
 * The lines of the step being viewed, by number. Lines arrive in consecutive runs (the
 * contract's `{"n","lines"}` events); a run that repeats lines already held is trimmed, so a
 * reconnect can never show a line twice, and a gap is counted so it is visible, not hidden.
 * It also follows the ANSI style each line starts in, as changes only (a colour left open for
 * 100 000 lines is one entry).
 */
export class LogStore {
  #lines: string[] = [];
  #styleFrom: number[] = [0]; // index of the first line of each style run
  #styles: string[] = [""]; // that run's style (see styleAfter)
  #first = 1; // number of #lines[0]
  #gaps = 0;
  #repeated = 0;

  /** number of the first line held (after a truncation, the first one retained) */
  get first(): number {
    return this.#first;
  }

  /** number of the last line held; first - 1 when empty */
  get last(): number {
    return this.#first + this.#lines.length - 1;
  }

  get count(): number {
    return this.#lines.length;
  }

  /** runs that did not start right after the last held line (should stay 0) */
  get gaps(): number {
    return this.#gaps;
  }

  /** lines received again that were already held (dropped; stays 0 when resumes are exact) */
  get repeated(): number {
    return this.#repeated;
  }

  /** Stores a run of lines starting at number n; returns how many were new. */
  append(n: number, lines: readonly string[]): number {
    if (this.#lines.length === 0 && n > this.#first) this.#first = n; // a resumed or truncated start
    const skip = this.last + 1 - n; // lines of this run already held
    if (skip < 0) this.#gaps++;
    this.#repeated += Math.max(0, Math.min(skip, lines.length));
    if (skip >= lines.length) return 0;
    if (skip < 0) {
      // never leave holes in the numbering: hold empty lines where the relay skipped some
      for (let i = skip; i < 0; i++) this.#lines.push("");
    }
    const start = Math.max(0, skip);
    for (let i = start; i < lines.length; i++) {
      const line = lines[i];
      this.#lines.push(line);
      if (!line.includes("\x1b[")) continue;
      const current = this.#styles[this.#styles.length - 1];
      const next = styleAfter(current, line);
      if (next !== current) {
        this.#styleFrom.push(this.#lines.length);
        this.#styles.push(next);
      }
    }
    return lines.length - start;
  }

  /** The relay no longer holds lines before `firstAvailable` (event `truncated`). */
  truncatedTo(firstAvailable: number): void {
    if (this.#lines.length === 0) this.#first = Math.max(this.#first, firstAvailable);
  }

  /** The ANSI style line number n starts in ("" for the default). */
  styleAt(n: number): string {
    const index = n - this.#first;
    let lo = 0;
    let hi = this.#styleFrom.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#styleFrom[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.#styles[lo];
  }

  /** Text of line number n, or undefined when it is not held. */
  line(n: number): string | undefined {
    return this.#lines[n - this.#first];
  }

  clear(): void {
    this.#lines = [];
    this.#styleFrom = [0];
    this.#styles = [""];
    this.#first = 1;
    this.#gaps = 0;
    this.#repeated = 0;
  }
}
