import { annotationText, type LineCommand } from "./commands.ts";
import { LineReader } from "./line-reader.ts";
import { shownText, styleAfter } from "./line-text.ts";
import type { Problem } from "./problems.ts";

/**
 * The lines of the step being viewed, by number. Lines arrive in consecutive runs (the
 * contract's `{"n","lines"}` events); a run that repeats lines already held is trimmed, so a
 * reconnect can never show a line twice, and a gap is counted so it is visible, not hidden.
 * It also follows the ANSI style each line starts in, as changes only (a colour left open for
 * 100 000 lines is one entry). Per line it also keeps, computed once on arrival: the text a
 * search matches (what the row shows), its arrival time, and the CI command or the problem it
 * is (LineReader, which reads the lines in order).
 */
export class LogStore {
  #lines: string[] = [];
  #plain: string[] = []; // shown text of each line (see plainText)
  #times: number[] = []; // arrival time (ms since the epoch) of each line, 0 when unknown
  #commands = new Map<number, LineCommand>(); // line number -> the CI marker it is
  #problems = new Map<number, Problem>(); // line number -> the error or warning a matcher found in it
  #reader = new LineReader();
  #styleFrom: number[] = [0]; // index of the first line of each style run
  #styles: string[] = [""]; // that run's style (see styleAfter)
  #first = 1; // number of #lines[0]
  #gaps = 0;
  #maxWidth = 0; // longest shown text, in characters
  #partial?: { n: number; text: string }; // the next line while it is still being written (`event: partial`)
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

  /** The line after the last one, as written so far (a progress bar being redrawn with `\r`), if any. */
  get partial(): { readonly n: number; readonly text: string } | undefined {
    return this.#partial?.n === this.last + 1 ? this.#partial : undefined;
  }

  /** Line n as written so far; forgotten once line n itself arrives. */
  setPartial(n: number, text: string): void {
    this.#partial = n > this.last ? { n, text } : undefined;
  }

  /**
   * Stores a run of lines starting at number n, `t` their arrival time(s) (the events' `"t"`:
   * one for all, or one per line); returns how many were new.
   */
  append(n: number, lines: readonly string[], t?: number | readonly number[]): number {
    if (this.#lines.length === 0 && n > this.#first) this.#first = n; // a resumed or truncated start
    const skip = this.last + 1 - n; // lines of this run already held
    if (skip < 0) this.#gaps++;
    this.#repeated += Math.max(0, Math.min(skip, lines.length));
    if (skip >= lines.length) return 0;
    if (skip < 0) {
      // never leave holes in the numbering: hold empty lines where the relay skipped some
      for (let i = skip; i < 0; i++) {
        this.#lines.push("");
        this.#plain.push("");
        this.#times.push(0);
      }
    }
    const start = Math.max(0, skip);
    for (let i = start; i < lines.length; i++) {
      const line = lines[i];
      this.#lines.push(line);
      this.#times.push((typeof t === "number" ? t : t?.[i]) ?? 0);
      // the line itself when it shows as stored (most do): no copy of 100 000 lines to collect
      const shown = line.includes("\x1b") || line.includes("\r") ? shownText(line) : line;
      const { command, problem } = this.#reader.read(line, shown);
      if (command) this.#commands.set(this.last, command);
      if (problem) this.#problems.set(this.last, problem);
      const plain = command ? commandText(command, shown) : shown;
      this.#plain.push(plain);
      if (plain.length > this.#maxWidth) this.#maxWidth = plain.length; // (the view widens to rows it measures wider)
      if (!line.includes("\x1b[")) continue;
      const current = this.#styles[this.#styles.length - 1];
      const next = styleAfter(current, line);
      if (next !== current) {
        this.#styleFrom.push(this.#lines.length);
        this.#styles.push(next);
      }
    }
    if (this.#partial && this.#partial.n <= this.last) this.#partial = undefined;
    return lines.length - start;
  }

  /**
   * Puts the lines of `head` before the ones held, which must follow them (a log loaded tail
   * first). The head's lines keep what was worked out for them as they came (they start the log,
   * so nothing before them changes it); the lines held are appended after them again, since
   * their style depends on the lines before.
   */
  prepend(head: LogStore): void {
    const rest = { first: this.#first, lines: this.#lines, times: this.#times, partial: this.#partial, gaps: this.#gaps, repeated: this.#repeated };
    this.#lines = head.#lines;
    this.#plain = head.#plain;
    this.#times = head.#times;
    this.#commands = head.#commands;
    this.#problems = head.#problems;
    this.#reader = head.#reader;
    this.#styleFrom = head.#styleFrom;
    this.#styles = head.#styles;
    this.#first = head.#first;
    this.#maxWidth = head.#maxWidth;
    this.#gaps = head.#gaps + rest.gaps;
    this.#repeated = head.#repeated + rest.repeated;
    this.#partial = undefined;
    this.append(rest.first, rest.lines, rest.times);
    this.#partial = rest.partial;
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

  /** The longest shown line, in characters (the log's width when not wrapping, until a row drawn wider says otherwise). */
  get maxWidth(): number {
    return this.#maxWidth;
  }

  /** What a search matches in line n: the text its row shows ("" when not held). */
  plainText(n: number): string {
    return this.#plain[n - this.#first] ?? "";
  }

  /** Arrival time of line n (ms since the epoch), 0 when unknown. */
  time(n: number): number {
    return this.#times[n - this.#first] ?? 0;
  }

  /** The CI marker line n is, if any. */
  command(n: number): LineCommand | undefined {
    return this.#commands.get(n);
  }

  /** The error or warning a problem matcher found in line n, if any. */
  problem(n: number): Problem | undefined {
    return this.#problems.get(n);
  }

  /** Whether line n is a command the runner acts on and never shows (`::add-mask::`, say). */
  hidden(n: number): boolean {
    return this.#commands.get(n)?.kind === "hidden";
  }

  /** Text of line number n, or undefined when it is not held. */
  line(n: number): string | undefined {
    return this.#lines[n - this.#first];
  }

  clear(): void {
    this.#lines = [];
    this.#plain = [];
    this.#times = [];
    this.#commands = new Map();
    this.#problems = new Map();
    this.#reader = new LineReader();
    this.#styleFrom = [0];
    this.#styles = [""];
    this.#first = 1;
    this.#gaps = 0;
    this.#repeated = 0;
    this.#maxWidth = 0;
    this.#partial = undefined;
  }
}

/** The text a command's row shows (and a search matches): "" for those never shown. */
function commandText(c: LineCommand, shown: string): string {
  switch (c.kind) {
    case "annotation":
      return annotationText(c);
    case "group":
      return c.title;
    case "message":
      return c.text;
    case "hidden":
      return "";
    case "endgroup":
      return shown;
  }
}
