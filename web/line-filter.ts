/**
 * The filter box: which line numbers are shown. Empty query = every line. Matching is a
 * case-insensitive substring of the shown text (cached by the LogStore), kept up to date one new line at a time,
 * so typing rescans the log once and streaming costs one test per new line.
 */
import { queryPattern } from "./line-text.ts";
import type { LogStore } from "./log-store.ts";

export class LineFilter {
  #query = "";
  #pattern = queryPattern("");
  #matches: number[] = []; // line numbers, ascending
  #scannedTo = 0; // last line number tested

  get active(): boolean {
    return this.#query !== "";
  }

  get query(): string {
    return this.#query;
  }

  /** Sets the query and rescans the whole store. */
  set(query: string, store: LogStore): void {
    this.#query = query.toLowerCase();
    this.#pattern = queryPattern(query);
    this.#matches = [];
    this.#scannedTo = store.first - 1;
    this.update(store);
  }

  /** Tests the lines added since the last call. */
  update(store: LogStore): void {
    if (!this.active) {
      this.#scannedTo = store.last;
      return;
    }
    for (let n = Math.max(this.#scannedTo + 1, store.first); n <= store.last; n++) {
      if (this.#pattern.test(store.plainText(n)) && store.command(n)?.kind !== "endgroup") this.#matches.push(n);
    }
    this.#scannedTo = store.last;
  }

  /** Number of rows to show. */
  rows(store: LogStore): number {
    return this.active ? this.#matches.length : store.count;
  }

  /** Line number shown in row i (0-based). */
  lineAt(row: number, store: LogStore): number {
    return this.active ? this.#matches[row] : store.first + row;
  }

  /** Row showing line n, or -1 when the filter hides it. */
  rowOf(n: number, store: LogStore): number {
    if (!this.active) return n >= store.first && n <= store.last ? n - store.first : -1;
    let lo = 0;
    let hi = this.#matches.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.#matches[mid] === n) return mid;
      if (this.#matches[mid] < n) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
