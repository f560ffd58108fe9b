/**
 * Which line each row of the log shows, and where each row starts: the lines the filter keeps,
 * or else every line with the bodies of closed groups, end markers and hidden commands left out.
 * Row tops are prefix sums in pixels, so row -> offset is one lookup and offset -> row one
 * binary search. A row is as tall as the browser lays it out: LogView measures each row it
 * draws and tells the model (measured), which keeps that height per line until the layout
 * changes; a row never drawn is estimated from its text (text-width.ts). New lines are added at
 * the end without a rebuild; a group appearing, ending or folded, the filter or the layout
 * changing rebuilds the list (one pass over the lines).
 */
import type { LineFilter } from "./line-filter.ts";
import type { LogGroups } from "./log-groups.ts";
import type { LogStore } from "./log-store.ts";
import { wrappedRows } from "./text-width.ts";

/** What row heights depend on: the wrap width in columns (0: no wrap), a text line's height, and a key for the rest (width, font, gutter). */
export interface RowLayout {
  readonly cols: number;
  readonly rowPx: number;
  readonly key: string;
}

export class RowModel {
  readonly #store: LogStore;
  readonly #groups: LogGroups;
  readonly #filter: LineFilter;
  #lines: number[] = []; // line number shown by each row, ascending
  #tops: number[] = [0]; // #tops[i]: pixels above row i
  #measured = new Map<number, number>(); // line number -> height the browser gave its row, in this layout
  #measuredFor = "";
  #stale = -1; // first row whose height changed since the tops were summed, -1 when none
  #scannedTo = 0;
  #tailHidden = false; // the last lines are inside a closed group that is still running
  #key = "";
  #version = 0; // bumped on each rebuild: rows already drawn are stale
  #layout: RowLayout = { cols: 0, rowPx: 18, key: "" };

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

  /** Height of every row together, in pixels. */
  get height(): number {
    return this.#tops[this.#lines.length];
  }

  /** Brings the rows up to date with the store. */
  update(layout: RowLayout, generation: number): void {
    this.#groups.update(this.#store);
    this.#filter.update(this.#store);
    const measuredFor = `${generation}:${layout.key}:${layout.cols}:${layout.rowPx}`;
    if (measuredFor !== this.#measuredFor) {
      this.#measuredFor = measuredFor;
      this.#measured = new Map();
    }
    this.#layout = layout;
    const key = `${measuredFor}:${this.#groups.version}:${this.#filter.query}:${this.#store.first}`;
    if (key !== this.#key || this.#scannedTo < this.#store.first - 1) {
      this.#key = key;
      this.#version++;
      this.#lines = [];
      this.#tops = [0];
      this.#stale = -1;
      this.#tailHidden = false;
      this.#scannedTo = this.#store.first - 1;
      this.#filtered = 0;
    }
    this.#sum();
    if (this.#filter.active) this.#addFiltered();
    else this.#addLines();
    this.#scannedTo = this.#store.last;
  }

  #filtered = 0; // filter matches already made rows

  #addFiltered(): void {
    const rows = this.#filter.rows(this.#store);
    for (; this.#filtered < rows; this.#filtered++) this.#push(this.#filter.lineAt(this.#filtered, this.#store));
  }

  #addLines(): void {
    const store = this.#store;
    const groups = this.#groups;
    if (this.#tailHidden) return; // until the closed group ends, which rebuilds
    const last = store.last;
    for (let n = Math.max(this.#scannedTo + 1, store.first); n <= last; n++) {
      if (groups.isEnd(n) || store.hidden(n)) continue;
      this.#push(n);
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

  #push(n: number): void {
    this.#lines.push(n);
    this.#tops.push(this.#tops[this.#tops.length - 1] + this.#heightOf(n));
  }

  #heightOf(n: number): number {
    const measured = this.#measured.get(n);
    if (measured !== undefined) return measured;
    const { cols, rowPx } = this.#layout;
    return this.#groups.startingAt(n) ? rowPx : wrappedRows(this.#store.plainText(n), cols) * rowPx;
  }

  /**
   * The height the browser gave row `row` (what it drew); true when it differs from the one
   * the tops were summed with (they are summed again on the next read of a top).
   */
  measured(row: number, px: number): boolean {
    const n = this.#lines[row];
    if (n === undefined || px <= 0) return false;
    this.#measured.set(n, px);
    if (Math.abs(this.#tops[row + 1] - this.#tops[row] - px) < 0.5) return false;
    if (this.#stale < 0 || row < this.#stale) this.#stale = row;
    return true;
  }

  // Sums the tops again from the first row whose height changed.
  #sum(): void {
    if (this.#stale < 0) return;
    for (let i = this.#stale; i < this.#lines.length; i++) this.#tops[i + 1] = this.#tops[i] + this.#heightOf(this.#lines[i]);
    this.#stale = -1;
  }

  lineAt(row: number): number {
    return this.#lines[row];
  }

  /** Pixels above row i. */
  top(row: number): number {
    this.#sum();
    return this.#tops[row];
  }

  /** The row at `px` pixels from the top. */
  rowAt(px: number): number {
    this.#sum();
    let lo = 0;
    let hi = this.#lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#tops[mid] <= px) lo = mid;
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
