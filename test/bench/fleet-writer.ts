/**
 * A simulated CI worker's log client for the fleet scenario: what the worker-side client library
 * (a `StepWriter` that batches and retries) will do, written small so the generator stays cheap.
 * `FleetStepWriter` is the seam: the fleet worker only calls write/finish and reads
 * written/acked, so the library's class can take this one's place for the logrelay rows.
 *
 * - `AppendWriter`: one POST per batch to the producer, one in flight per step; lines written
 *   while it is in flight go together in the next POST (as a real worker's buffer would). A 503
 *   (or 502/504/429, or no answer) is retried after its Retry-After with the same
 *   `Logrelay-First-Line`, so nothing is stored twice.
 * - `NchanWriter`: the same batches as nchan publishes, one message per POST to `/pub<step>`,
 *   the body being the event data our relay would send for it.
 * - `UploadWriter`: one long chunked POST per step (`curl -T -`), each batch a chunk; a broken
 *   upload is started again from the line after the last one its answer says was stored.
 */
import { Histogram, clockMs } from "./stats.ts";
import { HttpConnection, type HttpAnswer } from "./fleet-http.ts";

export interface FleetStepWriter {
  /** the step's next lines, in order (the writer numbers them: line k is the k-th written) */
  write(lines: string[]): void;
  /** sends what is left and resolves once every line is acknowledged, or at `deadline` (clock ms) */
  finish(deadline: number): Promise<void>;
  /** lines written so far */
  readonly written: number;
  /** number of the last line the server acknowledged */
  readonly acked: number;
  close(): void;
}

/** Counters shared by every writer of a generator process. */
export interface WriterCounters {
  /** requests sent (a retry counts again); for an upload, chunks sent */
  sent: number;
  /** appends answered with success */
  answered: number;
  linesAnswered: number;
  /** answers asking to come back later (503, 502, 504, 429), and requests with no answer */
  retried: number;
  status503: number;
  noAnswer: number;
  /** answers that are neither success nor retryable (e.g. 409): the step stops */
  failed: number;
  firstError: string;
  /** the first answer that was retried (a 503's text, or why there was no answer) */
  firstRetry: string;
  /** request sent -> its answer, ms */
  answerMs: Histogram;
}

export function newCounters(): WriterCounters {
  return {
    sent: 0,
    answered: 0,
    linesAnswered: 0,
    retried: 0,
    status503: 0,
    noAnswer: 0,
    failed: 0,
    firstError: "",
    firstRetry: "",
    answerMs: new Histogram(),
  };
}

/** at most this many lines in one request (~100 KB), so a step far behind catches up in bounded requests */
const MAX_BATCH_LINES = 1000;
const REQUEST_TIMEOUT_MS = 30_000;
const RETRYABLE = new Set([0, 429, 502, 503, 504]);

/** One line (an nginx error page is HTML over several lines), at most 300 characters, for a table cell. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim().slice(0, 300);

function noteError(counters: WriterCounters, what: string): void {
  counters.firstError ||= oneLine(what);
}

function noteRetry(counters: WriterCounters, answer: HttpAnswer): void {
  counters.retried++;
  if (answer.status === 503) counters.status503++;
  if (answer.status === 0) counters.noAnswer++;
  counters.firstRetry ||= oneLine(answer.status ? `HTTP ${answer.status} ${answer.body}` : answer.error);
}

/** One-request-at-a-time batching with retries; subclasses say how a batch is sent and what success is. */
abstract class BatchWriter implements FleetStepWriter {
  written = 0;
  acked = 0;
  protected readonly conn: HttpConnection;
  protected readonly path: string;
  protected readonly counters: WriterCounters;
  #pending: string[] = [];
  #batch: string[] = [];
  #busy = false;
  #stopped = false;
  #idle?: () => void;
  #retryTimer?: NodeJS.Timeout;

  constructor(conn: HttpConnection, path: string, counters: WriterCounters) {
    this.conn = conn;
    this.path = path;
    this.counters = counters;
  }

  protected abstract request(first: number, batch: string[]): { head: string; body: string };
  protected abstract accepted(answer: HttpAnswer, first: number, count: number): boolean;

  write(lines: string[]): void {
    for (const line of lines) this.#pending.push(line);
    this.written += lines.length;
    if (!this.#busy) this.#send();
  }

  finish(deadline: number): Promise<void> {
    if (!this.#busy || this.#stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - clockMs()));
      this.#idle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  close(): void {
    this.#stopped = true;
    clearTimeout(this.#retryTimer);
    this.conn.close();
    this.#idle?.();
  }

  #send(): void {
    if (this.#stopped) return;
    if (this.#batch.length === 0) {
      if (this.#pending.length === 0) {
        this.#busy = false;
        this.#idle?.();
        return;
      }
      this.#batch = this.#pending.length <= MAX_BATCH_LINES ? this.#pending : this.#pending.slice(0, MAX_BATCH_LINES);
      this.#pending = this.#pending.length <= MAX_BATCH_LINES ? [] : this.#pending.slice(MAX_BATCH_LINES);
    }
    this.#busy = true;
    const first = this.acked + 1;
    const { head, body } = this.request(first, this.#batch);
    const sentAt = clockMs();
    this.counters.sent++;
    void this.conn.request(head, body, REQUEST_TIMEOUT_MS).then((answer) => {
      if (this.#stopped) return;
      const count = this.#batch.length;
      if (this.accepted(answer, first, count)) {
        this.counters.answered++;
        this.counters.linesAnswered += count;
        this.counters.answerMs.add(clockMs() - sentAt);
        this.acked = first + count - 1;
        this.#batch = [];
        this.#send();
      } else if (RETRYABLE.has(answer.status)) {
        noteRetry(this.counters, answer);
        this.#retryTimer = setTimeout(() => this.#send(), (answer.retryAfterS || 1) * 1000);
      } else {
        this.counters.failed++;
        noteError(this.counters, `${this.path}: HTTP ${answer.status} ${answer.body}`);
        this.#stopped = true;
        this.#busy = false;
        this.#idle?.();
      }
    });
  }
}

/** POST <step>/logs with Logrelay-First-Line: the producer's append, through nginx. */
export class AppendWriter extends BatchWriter {
  protected request(first: number, batch: string[]): { head: string; body: string } {
    const body = batch.join("\n") + "\n";
    return {
      head: `POST ${this.path}/logs HTTP/1.1\r\nHost: bench\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\nLogrelay-First-Line: ${first}\r\n\r\n`,
      body,
    };
  }

  protected accepted(answer: HttpAnswer, first: number, count: number): boolean {
    if (answer.status !== 200) return false;
    // the answer's "last" must be the batch's last line: anything else is a numbering error
    const last = /"last":(\d+)/.exec(answer.body)?.[1];
    if (Number(last) !== first + count - 1) {
      noteError(this.counters, `${this.path}: answered ${answer.body} for lines ${first}-${first + count - 1}`);
      this.counters.failed++;
    }
    return true;
  }
}

/** POST /pub<step>: nchan's publisher, one message per batch, the data our relay would send for it. */
export class NchanWriter extends BatchWriter {
  protected request(first: number, batch: string[]): { head: string; body: string } {
    const body = `{"n":${first},"lines":${JSON.stringify(batch)}}`;
    return {
      head: `POST /pub${this.path} HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      body,
    };
  }

  protected accepted(answer: HttpAnswer): boolean {
    return answer.status === 201 || answer.status === 202;
  }
}

/**
 * One chunked POST held open for the whole run; each write is one chunk. Lines since the last
 * acknowledged one are kept so that an upload cut short (its answer says how far it got) starts
 * again after the last stored line, with Logrelay-First-Line.
 */
export class UploadWriter implements FleetStepWriter {
  written = 0;
  acked = 0;
  readonly #conn: HttpConnection;
  readonly #path: string;
  readonly #counters: WriterCounters;
  /** lines after `acked`, oldest first */
  #unacked: string[] = [];
  #answer?: Promise<void>;
  #stopped = false;
  #retryAt = 0;

  constructor(conn: HttpConnection, path: string, counters: WriterCounters) {
    this.#conn = conn;
    this.#path = path;
    this.#counters = counters;
  }

  write(lines: string[]): void {
    for (const line of lines) this.#unacked.push(line);
    this.written += lines.length;
    if (this.#stopped) return;
    if (!this.#answer) {
      if (clockMs() >= this.#retryAt) this.#open();
      return;
    }
    this.#counters.sent++;
    this.#conn.writeChunk(lines.join("\n") + "\n");
  }

  async finish(deadline: number): Promise<void> {
    while (!this.#stopped && this.acked < this.written && clockMs() < deadline) {
      if (!this.#answer) {
        await new Promise((r) => setTimeout(r, Math.max(0, Math.min(this.#retryAt, deadline) - clockMs())));
        if (clockMs() >= deadline) break;
        this.#open();
      }
      this.#conn.endChunks();
      await Promise.race([this.#answer, new Promise((r) => setTimeout(r, Math.max(0, deadline - clockMs())))]);
    }
  }

  close(): void {
    this.#stopped = true;
    this.#conn.close();
  }

  /** Opens an upload that starts with every line not yet acknowledged. */
  #open(): void {
    const first = this.acked + 1;
    const head = `POST ${this.#path}/logs HTTP/1.1\r\nHost: bench\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nLogrelay-First-Line: ${first}\r\n\r\n`;
    const sentAt = clockMs();
    this.#answer = this.#conn.startUpload(head, 3_600_000).then((answer) => this.#answered(answer, first, sentAt));
    if (this.#unacked.length > 0) {
      this.#counters.sent++;
      this.#conn.writeChunk(this.#unacked.join("\n") + "\n");
    }
  }

  #answered(answer: HttpAnswer, first: number, sentAt: number): void {
    this.#answer = undefined;
    const last = Number(/"last":(\d+)/.exec(answer.body)?.[1] ?? first - 1);
    if (last >= first) {
      this.#unacked.splice(0, last - this.acked);
      this.acked = last;
    }
    if (answer.status === 200) {
      this.#counters.answered++;
      this.#counters.linesAnswered += last - first + 1;
      this.#counters.answerMs.add(clockMs() - sentAt);
    } else if (RETRYABLE.has(answer.status)) {
      noteRetry(this.#counters, answer);
      this.#retryAt = clockMs() + (answer.retryAfterS || 1) * 1000;
    } else {
      this.#counters.failed++;
      noteError(this.#counters, `${this.#path}: HTTP ${answer.status} ${answer.body}`);
      this.#stopped = true;
    }
  }
}
