/**
 * StepWriter: ships one step's output to logrelay without losing or doubling a line.
 *
 *   const step = new StepWriter({ url: "http://localhost:8080/acme/app/builds/7/steps/2", token });
 *   step.name("Unit tests");
 *   step.secrets([process.env.NPM_TOKEN]);      // masked in every line written after this call
 *   child.stdout.on("data", (b) => step.write(b, "stdout"));
 *   const report = await step.end("success");  // sends what is left, then ends the step
 *
 * write() never blocks: what is not stored yet waits in a Backlog (memory, then disk). One
 * request at a time, in order: a batch goes when it is `flushIntervalMs` old or `batchBytes`
 * big, so a chatty command costs a few appends a second. Every append names its first line
 * (Logrelay-First-Line), so resending a batch after a lost answer stores nothing twice.
 * Refusals worth retrying are retried with backoff and Retry-After: before end() for as long
 * as it takes, after it for `retryForMs` without progress. The rules are in docs/client.md.
 */
import type { EndStatus } from "../common/domain.ts";
import { Backlog, type Batch, type Op, type OpInput } from "./backlog.ts";
import type { Outcome } from "./http-call.ts";
import { LogService } from "./log-service.ts";
import { RetryClock } from "./retry-clock.ts";
import type { LineRange, WriterReport } from "./report.ts";
import { StepWriterError, type StepWriterOptions, type WriterLog } from "./writer-options.ts";
import { parseStepUrl, type StepUrls } from "./step-url.ts";

export { StepWriterError, type StepWriterOptions, type WriterLog };

/** A line still being written is shown live (Logrelay-Partial) only while it is this short. */
const PREVIEW_MAX_BYTES = 16 * 1024;

interface Waiter {
  readonly mark: { bytes: number; ops: number };
  resolve(lastLine: number): void;
  reject(err: Error): void;
}

interface Ending {
  readonly status: EndStatus;
  readonly since: number;
  ended?: EndStatus;
  readonly promise: Promise<WriterReport>;
  resolve(r: WriterReport): void;
}

export class StepWriter {
  readonly urls: StepUrls;
  readonly #log?: WriterLog;
  readonly #intervalMs: number;
  readonly #service: LogService;
  readonly #retry: RetryClock;
  readonly #backlog: Backlog;
  #batchBytes: number;
  #nextLine?: number; // Logrelay-First-Line of the next append
  #lastLine = 0;
  #unconfirmed = 0; // output lines after the stored ones that went in a request never answered
  readonly #lost: LineRange[] = [];
  #failure?: string; // why nothing more is sent
  #endable = true; // after a failure, whether ending the step is still worth a try
  #dueAt?: number; // when what waits must go
  #spilling = false;
  #preview?: Buffer; // the preview last sent
  #previewAt = 0;
  readonly #waiters: Waiter[] = [];
  #ending?: Ending;
  #closed = false;
  readonly #abort = new AbortController();
  #wake?: () => void;
  readonly #running: Promise<void>;

  constructor(options: StepWriterOptions) {
    this.urls = parseStepUrl(options.url);
    this.#log = options.log;
    this.#intervalMs = options.flushIntervalMs ?? 200;
    this.#service = new LogService(this.urls, { token: options.token, timeoutMs: options.requestTimeoutMs ?? 30_000, signal: this.#abort.signal });
    this.#retry = new RetryClock(options.retryForMs ?? 300_000);
    const maxLineBytes = options.maxLineBytes ?? 1024 * 1024;
    this.#batchBytes = Math.max(options.batchBytes ?? 1024 * 1024, 1);
    this.#nextLine = options.firstLine;
    this.#backlog = new Backlog({
      memoryBytes: options.memoryBytes ?? 8 * 1024 * 1024,
      diskBytes: options.diskBytes ?? 1024 * 1024 * 1024,
      dir: options.spoolDir,
      maxLineBytes,
    });
    this.#running = this.#run();
  }

  /** Takes output as it comes (bytes or text, cut anywhere); `output` keeps stdout's and stderr's lines apart. Never blocks. */
  write(data: Uint8Array | string, output = "stdout"): void {
    if (this.#ending || this.#closed) throw new Error("write after end() or close()");
    const wasFull = this.#backlog.full;
    const kept = this.#backlog.write(typeof data === "string" ? Buffer.from(data) : data, output);
    if (!kept && !wasFull && !this.#failure) {
      this.#log?.error({ firstNotStored: this.#backlog.storedLines + 1 }, "log buffers full: the output from here on is not stored");
    } else if (!this.#spilling && this.#backlog.diskBytes > 0) {
      this.#spilling = true;
      this.#log?.info({ waitingBytes: this.#backlog.waitingBytes }, "log output spilling to disk while the log service catches up");
    }
    if (this.#dueAt === undefined) {
      this.#dueAt = Date.now() + this.#intervalMs;
      this.#wakeUp();
    } else if (this.#backlog.waitingBytes >= this.#batchBytes) this.#wakeUp();
  }

  /** Names the step (the build page shows it); sent before the lines written after this call. */
  name(name: string): void {
    this.#addOp({ kind: "name", name });
  }

  /**
   * Registers values to mask as *** in every line of the build written after this call: no
   * such line is sent before the service has them. Each value: 4 to 4096 characters.
   */
  secrets(values: readonly string[]): void {
    for (const v of values) {
      if (typeof v !== "string" || v.length < 4 || v.length > 4096) throw new RangeError("a secret must be a string of 4 to 4096 characters");
    }
    this.#backlog.addSecrets(values);
    for (let i = 0; i < values.length; i += 100) this.#addOp({ kind: "secrets", values: values.slice(i, i + 100) });
  }

  /**
   * Sends every whole line written so far (and the names and secrets before them) now, without
   * waiting for the interval; resolves with the step's last line once they are stored. Rejects
   * with a StepWriterError once the writer has given up.
   */
  flush(): Promise<number> {
    if (this.#failure || this.#closed) return Promise.reject(new StepWriterError(this.report()));
    const mark = this.#backlog.mark();
    if (this.#backlog.reached(mark)) return Promise.resolve(this.#lastLine);
    return new Promise((resolve, reject) => {
      this.#waiters.push({ mark, resolve, reject });
      this.#wakeUp();
    });
  }

  /** Sends what is left (a last line without a newline too), then ends the step with `status`. Resolves with the report; never rejects. */
  end(status: EndStatus = "success"): Promise<WriterReport> {
    if (this.#ending) return this.#ending.promise;
    let resolve!: (r: WriterReport) => void;
    const promise = new Promise<WriterReport>((r) => (resolve = r));
    this.#ending = { status, since: Date.now(), promise, resolve };
    this.#backlog.end();
    if (this.#closed) resolve(this.report());
    this.#wakeUp();
    return promise;
  }

  /** Stops at once: nothing more is sent or retried, the spill files go. Idempotent; resolves with the report. */
  async close(): Promise<WriterReport> {
    if (!this.#closed) {
      this.#closed = true;
      this.#abort.abort();
      this.#wakeUp();
      await this.#running;
    }
    return this.report();
  }

  /** The step's last line, as the service last answered. */
  get lastLine(): number {
    return this.#lastLine;
  }

  /** What waits, in memory and on disk; the line counts; the requests made so far. */
  get stats() {
    return { ...this.#backlog.stats, requests: this.#service.requests };
  }

  report(): WriterReport {
    const b = this.#backlog;
    const ended = this.#ending?.ended;
    const notStored = b.storedLines < b.outputLines ? { first: b.storedLines + 1, last: b.outputLines } : undefined;
    const unconfirmed = notStored && this.#unconfirmed > 0 ? { first: notStored.first, last: b.storedLines + this.#unconfirmed } : undefined;
    const full = b.full && !this.#failure && notStored ? "more output waited than the memory and disk buffers hold" : undefined;
    const notEnded = this.#ending && !ended ? "the step was not ended" : undefined;
    return {
      ok: !notStored && this.#lost.length === 0 && (!this.#ending || ended === this.#ending.status),
      status: ended,
      lastLine: this.#lastLine,
      outputLines: b.outputLines,
      notStored,
      unconfirmed,
      lost: [...this.#lost],
      error: this.#failure ?? full ?? (this.#closed && notStored ? "the writer was closed before they were stored" : notEnded),
    };
  }

  #addOp(op: OpInput): void {
    if (this.#ending || this.#closed) throw new Error("the writer has ended");
    if (this.#failure) return;
    this.#backlog.addOp(op);
    this.#wakeUp();
  }

  // --- sending: one request at a time, in order -------------------------------------------

  async #run(): Promise<void> {
    while (!this.#closed) {
      const now = Date.now();
      if (now < this.#retry.retryAt) {
        await this.#sleep(this.#retry.retryAt);
        continue;
      }
      if (this.#failure) {
        if (!this.#ending) {
          await this.#sleep(undefined); // until end() or close()
          continue;
        }
        if (this.#ending.ended || !this.#endable || (await this.#sendEnd())) break;
        continue;
      }
      if (this.#nextLine === undefined) {
        await this.#probe();
        continue;
      }
      const op = this.#backlog.opDue();
      if (op) {
        await this.#sendOp(op);
        continue;
      }
      if (!this.#backlog.empty) {
        const due = this.#ending !== undefined || this.#waiters.length > 0 || this.#backlog.waitingBytes >= this.#batchBytes || now >= (this.#dueAt ?? now);
        const batch = due ? this.#backlog.next(this.#batchBytes) : undefined;
        if (batch) await this.#sendLines(batch);
        else await this.#sleep(this.#dueAt ?? now + this.#intervalMs);
        continue;
      }
      // nothing waits: the line being written may be shown, or the step ended
      const preview = this.#previewToSend();
      const previewAt = this.#previewAt + this.#intervalMs;
      if (preview && now >= previewAt) await this.#sendLines({ body: Buffer.alloc(0), spoolBytes: 0, final: false, takesAll: true });
      else if (this.#ending) {
        if (await this.#sendEnd()) break;
      } else await this.#sleep(preview ? previewAt : undefined);
    }
    this.#backlog.discard();
    this.#settleWaiters();
    this.#ending?.resolve(this.report());
  }

  /** The line being written, when it should be shown (again). */
  #previewToSend(): Buffer | undefined {
    if (this.#ending) return undefined;
    const pending = this.#backlog.pending();
    if (!pending || pending.length > PREVIEW_MAX_BYTES || (this.#preview && pending.equals(this.#preview))) return undefined;
    return pending;
  }

  /** An empty append: where the step ends (its next line), and whether it has ended. */
  async #probe(): Promise<void> {
    const outcome = await this.#service.probe();
    if (outcome.kind === "ok" && typeof outcome.json.last === "number") {
      this.#nextLine = outcome.json.last + 1;
      this.#lastLine = outcome.json.last;
      return this.#succeeded();
    }
    if (outcome.kind === "refused" && outcome.status === 409) return this.#fail("the step has already ended: no line can be appended to it", false);
    this.#refused(outcome, "appending");
  }

  async #sendLines(next: Batch): Promise<void> {
    const startedAt = Date.now();
    const first = this.#nextLine!;
    // a body that takes all that waits may end with the line being written, shown live and not stored
    const preview = next.takesAll && !next.final ? this.#previewToSend() : undefined;
    if (preview) {
      this.#preview = Buffer.from(preview);
      this.#previewAt = startedAt;
    }
    const outcome = await this.#service.append(first, preview ? Buffer.concat([next.body, preview]) : next.body, preview !== undefined);
    const last = outcome.json.last;
    // no answer, or one that does not say what was stored: the batch may be stored, or not
    if (outcome.kind === "retry" && !(typeof last === "number" && last < first)) {
      this.#unconfirmed = Math.max(this.#unconfirmed, this.#backlog.outputLinesIn(next));
    }
    if (outcome.kind === "ok" && typeof last === "number") {
      this.#unconfirmed = 0;
      this.#backlog.stored(next);
      this.#nextLine = last + 1;
      this.#lastLine = last;
      // at most one batch per interval, unless batchBytes are waiting
      this.#dueAt = this.#backlog.empty ? undefined : startedAt + this.#intervalMs;
      this.#settleWaiters();
      return this.#succeeded();
    }
    if (outcome.kind === "refused" && outcome.status === 409) {
      if (typeof last === "number" && last + 1 < first) {
        // the service no longer holds lines it acknowledged (a Redis that lost its data): they cannot be sent again; the log goes on after them
        this.#lost.push({ first: last + 1, last: first - 1 });
        this.#log?.error({ first: last + 1, last: first - 1 }, "the log service lost lines it had stored; the log goes on after them");
        this.#nextLine = last + 1;
        this.#lastLine = last;
        return;
      }
      return this.#fail("the step was ended by another client: no more lines can be appended to it", false);
    }
    if (outcome.kind === "refused" && outcome.status === 413 && next.spoolBytes > 0 && this.#batchBytes > 1) {
      // over MAX_BODY_BYTES: what it stored is skipped when the batch goes again, smaller from now on
      this.#batchBytes = Math.max(1, Math.floor(next.spoolBytes / 2));
      return;
    }
    this.#refused(outcome, "appending");
  }

  async #sendOp(op: Exclude<Op, { kind: "final" }>): Promise<void> {
    const outcome = op.kind === "secrets" ? await this.#service.registerSecrets(op.values) : await this.#service.name(op.name);
    if (outcome.kind === "refused" && op.kind === "name") this.#log?.warn({ error: outcome.message }, "the step's name was refused");
    if (outcome.kind === "ok" || (outcome.kind === "refused" && op.kind === "name")) {
      this.#backlog.opDone();
      this.#settleWaiters();
      return this.#succeeded();
    }
    // a line sent before its secrets are registered could show them: none is sent
    this.#refused(outcome, "registering secrets");
  }

  /** true when done with: ended, or refused for good */
  async #sendEnd(): Promise<boolean> {
    const ending = this.#ending!;
    const outcome = await this.#service.end(ending.status);
    if (outcome.kind === "ok") {
      ending.ended = ending.status;
      this.#succeeded();
      return true;
    }
    if (outcome.kind === "refused") {
      this.#failure ??= `the step was not ended ${ending.status} (${outcome.message})`;
      return true;
    }
    this.#refused(outcome, "ending the step");
    return !this.#endable;
  }

  #refused(outcome: Outcome, what: string): void {
    if (outcome.kind === "ok") return this.#fail(`${what}: the log service answered ${outcome.status} without the fields expected`, true);
    if (outcome.kind === "refused") return this.#fail(`${what} was refused (${outcome.message})`, true);
    const { first, giveUpAfterMs } = this.#retry.failed(outcome.retryAfterMs, this.#ending?.since);
    if (first) {
      this.#log?.warn(
        { error: outcome.message, waitingBytes: this.#backlog.waitingBytes },
        "the log service is not answering; retrying while the output waits",
      );
    }
    if (giveUpAfterMs !== undefined) this.#fail(`gave up after ${Math.round(giveUpAfterMs / 1000)} s of retrying (${outcome.message})`, false);
  }

  #succeeded(): void {
    const outage = this.#retry.succeeded();
    if (outage !== undefined) this.#log?.info({ afterMs: outage, waitingBytes: this.#backlog.waitingBytes }, "the log service is storing lines again");
    if (this.#backlog.diskBytes === 0) this.#spilling = false;
  }

  /** Nothing more is sent; `endable`: the step may still be ended (the failure was about the lines, not the service). */
  #fail(reason: string, endable: boolean): void {
    if (this.#failure) {
      this.#endable &&= endable;
      return;
    }
    this.#failure = reason;
    this.#endable = endable;
    this.#retry.stop();
    this.#log?.error({ reason, firstNotStored: this.#backlog.storedLines + 1 }, "log lines not stored");
    this.#backlog.discard();
    this.#settleWaiters();
  }

  #settleWaiters(): void {
    for (let i = 0; i < this.#waiters.length;) {
      const w = this.#waiters[i];
      if (this.#failure || this.#closed) w.reject(new StepWriterError(this.report()));
      else if (this.#backlog.reached(w.mark)) w.resolve(this.#lastLine);
      else {
        i++;
        continue;
      }
      this.#waiters.splice(i, 1);
    }
  }

  #wakeUp(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  // Until `at` (ms since the epoch; undefined: no deadline) or until woken.
  #sleep(at: number | undefined): Promise<void> {
    if (this.#closed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = at === undefined ? undefined : setTimeout(() => this.#wakeUp(), Math.max(0, at - Date.now()));
      this.#wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
