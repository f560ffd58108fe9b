/**
 * The step's groups (GitHub `::group::`) and sections (GitLab `section_start`), nested, found
 * as lines arrive. A group shows as one row (its start line) with its title and duration. As
 * each system shows them: a GitHub group is open while running and closed once ended; a GitLab
 * section is open unless marked `[collapsed=true]`; the user's own choice wins. When the step
 * ends, the groups it left open end with it (their durations stop), and a failed step opens the
 * groups around its first error. Also lists the step's issues for its summary: annotation lines
 * (`::error`, `::warning`, `::notice`) and the problems matchers found (see problems.ts).
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
  endedWithStep?: boolean; // never closed: ended when the step did, at its last line
  open?: boolean; // the user's choice; undefined: the default
}

export class LogGroups {
  #byStart = new Map<number, Group>();
  #all: Group[] = []; // by start line
  #ends = new Set<number>();
  #stack: Group[] = []; // groups still open at the last line scanned
  #issues: number[] = []; // annotation and problem lines, ascending
  #errors: number[] = []; // those of level error
  #scannedTo = 0;
  #version = 0; // bumped when a group appears, ends or is folded: rows must be rebuilt
  #stepStatus = ""; // the step's end status once it has ended
  #errorRevealed = false;

  get version(): number {
    return this.#version;
  }

  /** Lines with an annotation or a problem, in order. */
  get issues(): readonly number[] {
    return this.#issues;
  }

  /** The issues of level error. */
  get errors(): readonly number[] {
    return this.#errors;
  }

  /** The step ended with `status`: on the next update its open groups end, and a failure opens its first error's. */
  stepEnded(status: string): void {
    this.#stepStatus = status;
  }

  /** Reads the lines added since the last call. */
  update(store: LogStore): void {
    for (let n = Math.max(this.#scannedTo + 1, store.first); n <= store.last; n++) {
      const c = store.command(n);
      if (!c) {
        const p = store.problem(n);
        if (p) this.#issue(n, p.level);
        continue;
      }
      if (c.kind === "annotation") this.#issue(n, c.level);
      else if (c.kind === "group") {
        const parent = this.#stack.at(-1);
        const g: Group = { start: n, end: 0, title: c.title, depth: this.#stack.length, parent, name: c.name, startSec: c.time, collapsed: c.collapsed };
        this.#byStart.set(n, g);
        this.#all.push(g);
        this.#stack.push(g);
        this.#version++;
      } else if (c.kind === "endgroup") {
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
    if (this.#stepStatus) this.#endWithStep(store);
  }

  #issue(n: number, level: string): void {
    this.#issues.push(n);
    if (level === "error") this.#errors.push(n);
  }

  // The step has ended: what it left open ends at its last line; a failure shows its first error.
  #endWithStep(store: LogStore): void {
    if (this.#stack.length > 0) {
      for (const g of this.#stack.splice(0)) {
        g.end = store.last;
        g.endedWithStep = true;
      }
      this.#version++;
    }
    const failed = this.#stepStatus !== "success" && this.#stepStatus !== "canceled";
    if (failed && !this.#errorRevealed && this.#errors.length > 0) {
      this.#errorRevealed = true;
      this.reveal(this.#errors[0]);
    }
  }

  startingAt(n: number): Group | undefined {
    return this.#byStart.get(n);
  }

  isEnd(n: number): boolean {
    return this.#ends.has(n);
  }

  isOpen(g: Group): boolean {
    if (g.open !== undefined) return g.open;
    return g.name !== undefined ? !g.collapsed : g.end === 0; // a GitLab section : a GitHub group
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
    this.#issues = [];
    this.#errors = [];
    this.#scannedTo = 0;
    this.#stepStatus = "";
    this.#errorRevealed = false;
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
