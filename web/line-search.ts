/**
 * The search box's matches: every occurrence of the query in the shown text of the lines
 * (case-insensitive), as "k of n" with a current one. Kept up to date one new line at a time,
 * on the store's cached shown text with one case-insensitive pattern, so a keystroke on 100 000
 * lines is one pass.
 */
import { queryPattern } from "./line-text.ts";
import type { LogStore } from "./log-store.ts";

export class LineSearch {
  #query = "";
  #pattern = queryPattern("", true);
  #lines: number[] = []; // lines holding a match, ascending
  #before: number[] = []; // occurrences before each of those lines
  #total = 0;
  #current = -1; // index of the current occurrence, -1 when none chosen
  #scannedTo = 0;

  get query(): string {
    return this.#query;
  }

  get total(): number {
    return this.#total;
  }

  get current(): number {
    return this.#current;
  }

  set(query: string, store: LogStore): void {
    this.#query = query.toLowerCase();
    this.#pattern = queryPattern(query, true);
    this.#lines = [];
    this.#before = [];
    this.#total = 0;
    this.#current = -1;
    this.#scannedTo = store.first - 1;
    this.update(store);
  }

  update(store: LogStore): void {
    const q = this.#query;
    if (q === "") {
      this.#scannedTo = store.last;
      return;
    }
    for (let n = Math.max(this.#scannedTo + 1, store.first); n <= store.last; n++) {
      const text = store.plainText(n);
      const re = this.#pattern;
      re.lastIndex = 0;
      if (!re.test(text) || store.command(n)?.kind === "endgroup") continue;
      this.#lines.push(n);
      this.#before.push(this.#total);
      let count = 1;
      while (re.test(text)) count++; // occurrences do not overlap, as the highlights
      this.#total += count;
    }
    this.#scannedTo = store.last;
  }

  /** Moves to the next (+1) or previous (-1) occurrence, from `fromLine` when none is current; returns its line. */
  step(direction: 1 | -1, fromLine: number): number | undefined {
    if (this.#total === 0) return undefined;
    if (this.#current < 0) {
      // the first occurrence at or after the line in view (before it, going back)
      const i = this.#lines.findIndex((n) => n >= fromLine);
      const base = i < 0 ? this.#total : this.#before[i];
      this.#current = direction === 1 ? base % this.#total : (base - 1 + this.#total) % this.#total;
    } else this.#current = (this.#current + direction + this.#total) % this.#total;
    return this.currentMatch()!.line;
  }

  /** The current occurrence: its line and its index among that line's occurrences. */
  currentMatch(): { line: number; index: number } | undefined {
    if (this.#current < 0) return undefined;
    let lo = 0;
    let hi = this.#lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#before[mid] <= this.#current) lo = mid;
      else hi = mid - 1;
    }
    return { line: this.#lines[lo], index: this.#current - this.#before[lo] };
  }
}
