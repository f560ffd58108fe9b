/**
 * The step's groups (GitHub `::group::`) and sections (GitLab `section_start`), nested, found
 * as lines arrive. A group shows as one row (its start line) with its title and duration; it is
 * open while running and closed once ended (a GitLab section marked `[collapsed=true]` is
 * closed from the start, as GitLab shows it), unless the user chose otherwise. Also lists the
 * annotation lines (`::error`, `::warning`, `::notice`) for the step's summary.
 */
import type { LogStore } from "./log-store.ts";

export interface Group {
  readonly start: number; // line number of the start marker: the group's row
  end: number; // line number of the end marker, 0 while running
  readonly title: string;
  readonly depth: number;
  readonly parent?: Group;
  readonly name?: string; // a GitLab section's name
  readonly startSec?: number; // a GitLab marker's own time (seconds)
  readonly collapsed?: boolean; // a GitLab section with [collapsed=true]: closed even while running
  endSec?: number;
  open?: boolean; // the user's choice; undefined: the default
}

export class LogGroups {
  #byStart = new Map<number, Group>();
  #all: Group[] = []; // by start line
  #ends = new Set<number>();
  #stack: Group[] = []; // groups still open at the last line scanned
  #annotations: number[] = [];
  #scannedTo = 0;
  #version = 0; // bumped when a group appears, ends or is folded: rows must be rebuilt

  get version(): number {
    return this.#version;
  }

  get annotations(): readonly number[] {
    return this.#annotations;
  }

  /** Reads the lines added since the last call. */
  update(store: LogStore): void {
    for (let n = Math.max(this.#scannedTo + 1, store.first); n <= store.last; n++) {
      const c = store.command(n);
      if (!c) continue;
      if (c.kind === "annotation") this.#annotations.push(n);
      else if (c.kind === "group") {
        const parent = this.#stack.at(-1);
        const g: Group = { start: n, end: 0, title: c.title, depth: this.#stack.length, parent, name: c.name, startSec: c.time, collapsed: c.collapsed };
        this.#byStart.set(n, g);
        this.#all.push(g);
        this.#stack.push(g);
        this.#version++;
      } else {
        this.#ends.add(n); // an end marker is never shown, even a stray one
        // a named section_end closes that section (and any left open inside it); ::endgroup:: the innermost
        const at = c.name === undefined ? this.#stack.length - 1 : this.#stack.findLastIndex((g) => g.name === c.name);
        if (at < 0) continue;
        for (const g of this.#stack.splice(at)) {
          g.end = n;
          g.endSec = c.time;
        }
        this.#version++;
      }
    }
    this.#scannedTo = store.last;
  }

  startingAt(n: number): Group | undefined {
    return this.#byStart.get(n);
  }

  isEnd(n: number): boolean {
    return this.#ends.has(n);
  }

  isOpen(g: Group): boolean {
    return g.open ?? (g.end === 0 && !g.collapsed);
  }

  toggle(g: Group): void {
    g.open = !this.isOpen(g);
    this.#version++;
  }

  /**
   * Opens every group around line n and keeps them open when they end (a search or a link went
   * there); true when one of them was closed, so the rows must be rebuilt.
   */
  reveal(n: number): boolean {
    let changed = false;
    for (const g of this.#all) {
      if (g.start >= n) break;
      if (g.end !== 0 && n > g.end) continue;
      if (!this.isOpen(g)) changed = true;
      g.open = true;
    }
    if (changed) this.#version++;
    return changed;
  }

  /** How long the group ran (ms), or ran so far; undefined when no time is known. */
  durationMs(g: Group, store: LogStore, now: number): number | undefined {
    if (g.startSec !== undefined && g.endSec !== undefined) return (g.endSec - g.startSec) * 1000;
    const from = store.time(g.start);
    if (!from) return undefined;
    const to = g.end ? store.time(g.end) : now;
    return to ? Math.max(0, to - from) : undefined;
  }

  clear(): void {
    this.#byStart = new Map();
    this.#all = [];
    this.#ends = new Set();
    this.#stack = [];
    this.#annotations = [];
    this.#scannedTo = 0;
    this.#version++;
  }
}

/** 75 000 -> "1m 15s", 4 200 -> "4.2s", 300 -> "0.3s". */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)}s`;
  const s = Math.floor(ms / 1000);
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}
