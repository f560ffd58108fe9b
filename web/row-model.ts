/**
 * Which line each row of the log shows, and where each row starts: the lines the filter keeps,
 * or else every line with the bodies of closed groups left out and end markers never shown.
 * Rows have heights in whole text lines (a wrapped line takes several), kept as prefix sums, so
 * row -> offset is one lookup and offset -> row one binary search, whatever the heights.
 * New lines are added at the end without a rebuild; a group appearing, ending or folded, the
 * filter or the wrap width changing rebuilds the list (one pass over the lines).
 */
import type { LineFilter } from "./line-filter.ts";
import type { LogGroups } from "./log-groups.ts";
import type { LogStore } from "./log-store.ts";

export class RowModel {
  readonly #store: LogStore;
  readonly #groups: LogGroups;
  readonly #filter: LineFilter;
  #lines: number[] = []; // line number shown by each row, ascending
  #units: number[] = [0]; // #units[i]: text lines above row i
  #scannedTo = 0;
  #tailHidden = false; // the last lines are inside a closed group that is still running
  #key = "";
  #version = 0; // bumped on each rebuild: rows already drawn are stale

  constructor(store: LogStore, groups: LogGroups, filter: LineFilter) {
    this.#store = store;
    this.#groups = groups;
    this.#filter = filter;
  }

  get version(): number {
    return this.#version;
  }

  /** rows are the filter's matches */
  get filtering(): boolean {
    return this.#filter.active;
  }

  /** the last lines are hidden in a closed group still running */
  get tailHidden(): boolean {
    return this.#tailHidden;
  }

  get count(): number {
    return this.#lines.length;
  }

  /** Height of every row together, in text lines. */
  get units(): number {
    return this.#units[this.#lines.length];
  }

  /** Brings the rows up to date with the store; `cols` is the wrap width in characters (0: no wrap). */
  update(cols: number, generation: number): void {
    this.#groups.update(this.#store);
    this.#filter.update(this.#store);
    const key = `${generation}:${cols}:${this.#groups.version}:${this.#filter.query}:${this.#store.first}`;
    if (key !== this.#key || this.#scannedTo < this.#store.first - 1) {
      this.#key = key;
      this.#version++;
      this.#lines = [];
      this.#units = [0];
      this.#tailHidden = false;
      this.#scannedTo = this.#store.first - 1;
      this.#filtered = 0;
    }
    if (this.#filter.active) this.#addFiltered(cols);
    else this.#addLines(cols);
    this.#scannedTo = this.#store.last;
  }

  #filtered = 0; // filter matches already made rows

  #addFiltered(cols: number): void {
    const rows = this.#filter.rows(this.#store);
    for (; this.#filtered < rows; this.#filtered++) this.#push(this.#filter.lineAt(this.#filtered, this.#store), cols);
  }

  #addLines(cols: number): void {
    const store = this.#store;
    const groups = this.#groups;
    if (this.#tailHidden) return; // until the closed group ends, which rebuilds
    const last = store.last;
    for (let n = Math.max(this.#scannedTo + 1, store.first); n <= last; n++) {
      if (groups.isEnd(n)) continue;
      this.#push(n, cols);
      const g = groups.startingAt(n);
      if (g && !groups.isOpen(g)) {
        if (g.end === 0) {
          this.#tailHidden = true;
          return;
        }
        n = g.end;
      }
    }
  }

  #push(n: number, cols: number): void {
    const len = this.#store.plainText(n).length;
    const height = cols > 0 && len > cols && !this.#groups.startingAt(n) ? Math.ceil(len / cols) : 1;
    this.#lines.push(n);
    this.#units.push(this.#units[this.#units.length - 1] + height);
  }

  lineAt(row: number): number {
    return this.#lines[row];
  }

  /** Text lines above row i. */
  unitsBefore(row: number): number {
    return this.#units[row];
  }

  /** The row at `units` text lines from the top. */
  rowAtUnits(units: number): number {
    let lo = 0;
    let hi = this.#lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#units[mid] <= units) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }

  /** The row showing line n, or -1 when none does. */
  rowOf(n: number): number {
    let lo = 0;
    let hi = this.#lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.#lines[mid] === n) return mid;
      if (this.#lines[mid] < n) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
