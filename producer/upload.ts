/**
 * One append request's body, read as it arrives (a short POST or a long chunked upload): split
 * into lines, masked, stored in order, and answered once. Chunks that arrive while an append is
 * in flight are split at once and stored together by the next append, so a fast upload makes
 * fewer, larger appends; past HIGH_WATER_BYTES of unread chunks the request is paused.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { isEndStatus, type StepRef } from "../common/domain.ts";
import type { Admission } from "./admission.ts";
import type { Appender } from "./appender.ts";
import { refuseBody, sendJson, type AnswerHeaders } from "./http-answer.ts";
import { LineSplitter, type LineMask } from "./ingest.ts";
import type { ProducerMetrics } from "./metrics.ts";
import { PartialLine } from "./partial-line.ts";
import type { BuildSecrets } from "./secret-store.ts";
import { MAX_SECRET_CHARS } from "./secret-values.ts";
import { StoredLines } from "./stored-lines.ts";

export interface UploadDeps {
  readonly appender: Appender;
  readonly secrets: BuildSecrets;
  readonly admission: Admission;
  readonly metrics: ProducerMetrics;
  readonly maxLineBytes: number;
  readonly maxBodyBytes: number;
  /** counts an error answer (status >= 400); unset when the caller counts them */
  readonly errors?: (status: number) => void;
}

const HIGH_WATER_BYTES = 1 << 20;
export const ENDED = "the step has ended: no more lines can be appended";

export class Upload {
  readonly #deps: UploadDeps;
  readonly #step: StepRef;
  readonly #req: IncomingMessage;
  readonly #res: ServerResponse;
  readonly #log: () => Logger;
  readonly #splitter: LineSplitter;
  readonly #stored = new StoredLines();
  readonly #headers: AnswerHeaders;
  // Logrelay-Partial: 1 (a batching client such as client/step-writer.ts): the body's last line,
  // if it has no newline, is still being written: shown live, not stored; it comes again, whole
  readonly #previewOnly: boolean;
  #partial?: PartialLine; // made when the first unterminated line is previewed
  #expected: number | undefined; // Logrelay-First-Line of the next line to store
  #chunks: Buffer[] = [];
  #queued = 0; // bytes in #chunks
  #received = 0;
  #over = false; // the body passed maxBodyBytes: what came before the limit is stored, then 413
  #ended = false; // the body arrived whole
  #split = false; // ... and its last line left the splitter
  #left = false; // the client went away before the end
  #pumping = false;
  #again = false;
  #answered = false;
  #registering?: Promise<unknown>; // add-mask values on their way to Redis: stored before any line after them
  readonly #added: string[] = []; // values this upload's add-mask lines registered: its later lines are masked with them whatever Redis says

  constructor(
    deps: UploadDeps,
    step: StepRef,
    req: IncomingMessage,
    res: ServerResponse,
    expectedFirst: number | undefined,
    log: () => Logger,
    headers: AnswerHeaders = [],
    previewOnly = false,
  ) {
    this.#deps = deps;
    this.#step = step;
    this.#req = req;
    this.#res = res;
    this.#log = log;
    this.#headers = headers;
    this.#previewOnly = previewOnly;
    this.#expected = expectedFirst;
    this.#splitter = new LineSplitter(deps.maxLineBytes, { holdPartial: previewOnly, addMask: (values, mask) => this.#addMask(values, mask) });
  }

  start(): void {
    const req = this.#req;
    req.on("data", (chunk: Buffer) => this.#onData(chunk));
    req.on("end", () => {
      this.#ended = true;
      this.#pump();
    });
    // closed before its end: the whole lines received are stored, nothing is answered
    req.on("close", () => {
      if (this.#ended || this.#answered) return;
      this.#left = true;
      this.#pump();
    });
  }

  #onData(chunk: Buffer): void {
    if (this.#over || this.#answered) return;
    this.#received += chunk.length;
    const over = this.#received - this.#deps.maxBodyBytes;
    if (over > 0) {
      this.#over = true; // the part of the chunk within the limit still counts: its whole lines are stored
      chunk = chunk.subarray(0, chunk.length - over);
    }
    this.#chunks.push(chunk);
    this.#queued += chunk.length;
    if (this.#queued > HIGH_WATER_BYTES) this.#req.pause();
    this.#pump();
  }

  // One loop at a time: split what came, store it, again until nothing is left; then answer or
  // wait for more. Whatever happens while it runs (data, the end, the client leaving) runs it once more.
  #pump(): void {
    if (this.#answered) return;
    if (this.#pumping) {
      this.#again = true;
      return;
    }
    this.#pumping = true;
    this.#again = false;
    this.#drain()
      .catch((err: unknown) => this.#failed(err))
      .finally(() => {
        this.#pumping = false;
        if (this.#again) this.#pump();
      });
  }

  async #drain(): Promise<void> {
    for (;;) {
      const lines = await this.#nextLines();
      if (lines.length > 0) {
        const conflict = await this.#store(lines);
        if (conflict) return this.#refuse(409, conflict, this.#stored.answer());
      }
      if (this.#chunks.length > 0) continue; // came while storing
      if (this.#left) return;
      if (this.#over) return this.#finishOver();
      if (this.#ended) {
        if (this.#split) return this.#finish();
        if (this.#previewOnly) {
          // the body's last state is shown even if it came within PARTIAL_EVERY_MS of the one before
          await this.#preview();
          this.#partial?.flush();
        }
        continue;
      }
      await this.#preview();
      if (this.#chunks.length > 0) continue;
      this.#req.resume();
      return;
    }
  }

  // The whole lines of the chunks that came, masked; once the body is whole, its unterminated last line.
  async #nextLines(): Promise<string[]> {
    if (this.#chunks.length > 0) {
      const chunks = this.#chunks;
      this.#chunks = [];
      this.#queued = 0;
      this.#splitter.setMask(await this.#mask());
      const lines: string[] = [];
      for (const chunk of chunks) for (const line of this.#splitter.push(chunk)) lines.push(line);
      return lines;
    }
    if (this.#ended && !this.#over && !this.#split) {
      this.#split = true;
      return this.#splitter.end();
    }
    return [];
  }

  // The mask is read per batch of chunks: a secret registered during a long upload masks its
  // later lines. Waiting on Redis for it counts as an append in flight (admission.ts).
  async #mask(): Promise<LineMask | undefined> {
    const current = this.#deps.secrets.current(this.#step);
    const mask = current instanceof Promise ? await this.#deps.admission.run(() => current) : current;
    return this.#added.length > 0 ? this.#deps.secrets.extend(mask, this.#added) : mask;
  }

  async #store(lines: string[]): Promise<string | undefined> {
    if (this.#registering) await this.#registering; // an add-mask value is in Redis before the line or any after it
    const admission = this.#deps.admission;
    admission.enter();
    let result;
    try {
      result = await this.#deps.appender.append(this.#step, lines, this.#expected);
    } finally {
      admission.leave();
    }
    this.#stored.add(result);
    if (this.#expected !== undefined) this.#expected += lines.length;
    if (result.outcome === "ended") return ENDED;
    if (result.outcome === "gap") return `Logrelay-First-Line is past the next line of the step (${result.last + 1})`;
    return undefined;
  }

  // The unterminated line so far goes to live viewers under the number it will have.
  async #preview(): Promise<void> {
    const preview = this.#splitter.preview();
    if (preview === "") return this.#partial?.update(0, "");
    this.#partial ??= new PartialLine(this.#deps.appender, this.#step); // live progress of the unterminated line
    const stepLast = this.#stored.stepLast ?? (await this.#deps.appender.lastLine(this.#step).then((t) => t.last, () => undefined)); // prettier-ignore
    if (stepLast !== undefined && !(this.#previewOnly && this.#splitter.partialTooLong())) this.#partial.update(stepLast + 1, preview);
    else this.#partial.update(0, "");
  }

  /**
   * GitHub's `::add-mask::VALUE` (workflow-commands.ts): VALUE is registered for the build before
   * that line or any later one is stored, and masks the lines after it at once.
   */
  #addMask(values: string[], mask: LineMask | undefined): LineMask | undefined {
    const fit = values.filter((v) => v.length <= MAX_SECRET_CHARS);
    if (fit.length === 0) return mask;
    this.#added.push(...fit);
    // a build that already holds the most values registers no more; this upload masks them anyway
    this.#registering = Promise.all([this.#registering, this.#deps.secrets.store(this.#step, fit)]);
    this.#registering.catch(() => undefined); // the next store (or the answer) fails on it
    return this.#deps.secrets.extend(mask, fit);
  }

  async #finish(): Promise<void> {
    this.#partial?.close();
    // like a registration's answer, this one waits until every producer masks the values
    if (this.#registering) await this.#registering.then(() => this.#deps.secrets.settled());
    if (this.#stored.appended > 0) return this.#answer(200, this.#stored.answer());
    // nothing stored (an empty body, or lines the step already held): where the step ends, and whether it has
    const { last, status } = await this.#deps.appender.lastLine(this.#step);
    if (isEndStatus(status)) return this.#refuse(409, ENDED, this.#stored.answer(last));
    this.#answer(200, this.#stored.answer(last));
  }

  async #finishOver(): Promise<void> {
    this.#partial?.close();
    const max = this.#deps.maxBodyBytes;
    // an answer that stored nothing says where the step ends (read now, not made up), so a retry knows where to start
    const last = this.#stored.appended > 0 ? undefined : await this.#deps.appender.lastLine(this.#step).then((t) => t.last, () => undefined); // prettier-ignore
    this.#refuse(413, `the body is over MAX_BODY_BYTES (${max} bytes); the whole lines before the limit were stored`, this.#stored.answer(last));
  }

  #failed(err: unknown): void {
    this.#partial?.close();
    if (this.#left || this.#answered) return; // the client went away mid-upload
    this.#log().warn({ err: (err as Error).message, ...this.#stored.answer() }, "append failed");
    // `last` is left out when Redis never answered: the client retries with its own Logrelay-First-Line
    this.#refuse(503, "log storage is unavailable; nothing after `last` (if given) was stored, retry with Logrelay-First-Line", this.#stored.answer(), [
      "Retry-After",
      "2",
    ]);
  }

  #answer(status: number, body: object): void {
    if (this.#answered) return;
    this.#answered = true;
    this.#partial?.close();
    sendJson(this.#res, status, body, this.#headers);
  }

  #refuse(status: number, error: string, extra: object = {}, headers: AnswerHeaders = []): void {
    if (this.#answered) return;
    this.#answered = true;
    this.#partial?.close();
    this.#deps.errors?.(status);
    refuseBody(this.#req, this.#res, status, { error, ...extra }, [...this.#headers, ...headers]);
  }
}
