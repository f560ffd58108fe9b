/**
 * What a writer holds that the log service has not stored yet, in the order it must go: whole
 * lines (in a Spool: memory, then disk), and between them the calls that must come first (a
 * name, secrets) and, at the end, the last lines that have no newline. It counts lines in the
 * output's own numbering, so a report can say exactly which were not stored: those stored as
 * their batch is stored, those still waiting only when asked (a scan of what waits), so a byte
 * is scanned for newlines once. No network here.
 */
import { countNewlines, LineCutter } from "./line-cutter.ts";
import { Spool, type SpoolOptions } from "./spool.ts";

export type Op = { readonly at: number; readonly seq: number } & (
  | { readonly kind: "secrets"; readonly values: readonly string[] }
  | { readonly kind: "name"; readonly name: string }
  /** a line written last without a newline: it ends a body, as it is */
  | { readonly kind: "final"; readonly bytes: Buffer }
);

export type OpInput = { kind: "secrets"; values: readonly string[] } | { kind: "name"; name: string } | { kind: "final"; bytes: Buffer };

/** The next append's worth of lines: `spoolBytes` whole lines, and the first final line after them when `final`. */
export interface Batch {
  readonly body: Buffer;
  readonly spoolBytes: number;
  readonly final: boolean;
  /** nothing waits after it */
  readonly takesAll: boolean;
}

export interface BacklogOptions extends SpoolOptions {
  /** a line without its newline yet is cut past this many bytes */
  readonly maxLineBytes: number;
}

export class Backlog {
  readonly #spool: Spool;
  readonly #cutter: LineCutter;
  readonly #maxLineBytes: number;
  readonly #ops: Op[] = [];
  #opSeq = 0;
  #opsDone = 0;
  readonly #cuts: number[] = []; // spool offsets of newlines a forced cut added (not the output's own)
  #storedLines = 0;
  #notKeptLines = 0; // lines written and not kept (memory and disk full, or discarded)
  #discardedLines = 0; // lines that were waiting when the backlog was discarded
  #full = false; // memory and disk were full once: nothing taken after that is kept
  #discarded = false;

  constructor(options: BacklogOptions) {
    this.#spool = new Spool(options);
    this.#cutter = new LineCutter(options.maxLineBytes);
    this.#maxLineBytes = options.maxLineBytes;
  }

  /** Takes output; false when it could not be kept (memory and disk full: nothing after it is kept either). */
  write(bytes: Uint8Array, output: string): boolean {
    const cut = this.#cutter.push(bytes, output);
    if (!cut) return !this.#full;
    const at = this.#spool.tail;
    if (!this.#full && !this.#discarded && !this.#spool.push(cut.parts)) this.#full = true; // the log stays a prefix of the output: no hole
    if (this.#full || this.#discarded) {
      for (const part of cut.parts) this.#notKeptLines += countNewlines(part);
      this.#notKeptLines -= cut.cuts.length;
      return false;
    }
    for (const c of cut.cuts) this.#cuts.push(at + c);
    return true;
  }

  addSecrets(values: readonly string[]): void {
    this.#cutter.addSecrets(values);
  }

  /** Queues a call after every byte taken so far; returns its sequence number. */
  addOp(op: OpInput): number {
    this.#ops.push({ ...op, at: this.#spool.tail, seq: ++this.#opSeq } as Op);
    return this.#opSeq;
  }

  /** The writer ends: each output's line without a newline becomes a final line. */
  end(): void {
    for (const bytes of this.#cutter.takePending()) {
      if (!this.#full && !this.#discarded) this.addOp({ kind: "final", bytes });
      else this.#notKeptLines++;
    }
  }

  /** The call (a name, secrets) whose turn has come: every line before it is stored. */
  opDue(): Exclude<Op, { kind: "final" }> | undefined {
    const op = this.#ops[0];
    return op && op.at <= this.#spool.head && op.kind !== "final" ? op : undefined;
  }

  /** The next batch of lines, up to `batchBytes` (one whole line at least), up to the next call; undefined when none waits before it. */
  next(batchBytes: number): Batch | undefined {
    const op = this.#ops[0];
    const head = this.#spool.head;
    const upTo = op ? op.at : this.#spool.tail;
    const waiting = upTo - head;
    if (waiting === 0 && op?.kind !== "final") return undefined;
    let body = this.#spool.peek(Math.min(waiting, batchBytes));
    if (body.length < waiting) {
      let nl = body.lastIndexOf(0x0a);
      if (nl < 0) {
        // a batch holds one line at least (lines are at most maxLineBytes + \r\n)
        body = this.#spool.peek(Math.min(waiting, this.#maxLineBytes + 2));
        nl = body.indexOf(0x0a);
      }
      body = body.subarray(0, nl + 1);
    }
    const takesAll = body.length === waiting;
    const final = op?.kind === "final" && takesAll && (body.length === 0 || body.length + op.bytes.length <= batchBytes);
    const spoolBytes = body.length;
    if (final) body = Buffer.concat([body, op.bytes]);
    return { body, spoolBytes, final, takesAll: takesAll && (!op || final) };
  }

  // Lines waiting: the newlines in the Spool that are the output's own, and the final lines queued.
  #waitingLines(): number {
    let lines = this.#spool.countNewlines() - this.#cuts.length;
    for (const op of this.#ops) if (op.kind === "final") lines++;
    return lines;
  }

  /** The output lines a batch holds (whole ones, and its final line): not the newlines a cut added. */
  outputLinesIn(batch: Batch): number {
    const end = this.#spool.head + batch.spoolBytes;
    let cutsIn = 0;
    while (cutsIn < this.#cuts.length && this.#cuts[cutsIn] < end) cutsIn++;
    return countNewlines(batch.body.subarray(0, batch.spoolBytes)) - cutsIn + (batch.final ? 1 : 0);
  }

  /** The lines of a `next()` were stored. */
  stored(next: Batch): void {
    this.#storedLines += this.outputLinesIn(next);
    const end = this.#spool.head + next.spoolBytes;
    while (this.#cuts.length > 0 && this.#cuts[0] < end) this.#cuts.shift();
    this.#spool.drop(next.spoolBytes);
    if (next.final) this.opDone();
  }

  /** The first queued call was made. */
  opDone(): void {
    this.#ops.shift();
    this.#opsDone++;
  }

  /** The line being written now, to show live. */
  pending(): Buffer | undefined {
    return this.#cutter.pending();
  }

  /** Whether everything taken up to `bytes` and calls up to `ops` are done. */
  reached(mark: { bytes: number; ops: number }): boolean {
    return this.#spool.head >= mark.bytes && this.#opsDone >= mark.ops;
  }

  /** Where the backlog ends now: a mark for reached(). */
  mark(): { bytes: number; ops: number } {
    return { bytes: this.#spool.tail, ops: this.#opSeq };
  }

  get empty(): boolean {
    return this.#spool.length === 0 && this.#ops.length === 0;
  }

  get waitingBytes(): number {
    return this.#spool.length;
  }

  /** of those, the bytes on disk */
  get diskBytes(): number {
    return this.#spool.diskBytes;
  }

  get full(): boolean {
    return this.#full;
  }

  /** Lines written (a final line without a newline counts). Scans what waits: for reports, not for every write. */
  get outputLines(): number {
    return this.#storedLines + this.#waitingLines() + this.#discardedLines + this.#notKeptLines;
  }

  get storedLines(): number {
    return this.#storedLines;
  }

  get stats() {
    return { ...this.#spool.stats, waitingBytes: this.#spool.length, outputLines: this.outputLines, storedLines: this.#storedLines };
  }

  /** Drops everything waiting and the files: nothing more will be sent. Idempotent. */
  discard(): void {
    if (this.#discarded) return;
    this.#discardedLines = this.#waitingLines();
    this.#spool.close();
    this.#ops.length = 0;
    this.#discarded = true;
  }
}
