/** The StepWriter's options, the logger it takes, and the error its flush() rejects with. */
import type { WriterReport } from "./report.ts";

export interface StepWriterOptions {
  /** the step's address through nginx: http://host:8080/org/repo/builds/7/steps/2 */
  readonly url: string;
  /** the producer's bearer token (PRODUCER_TOKEN), if it has one */
  readonly token?: string;
  /** the longest a written line waits before it is sent (default 200 ms) */
  readonly flushIntervalMs?: number;
  /** a batch goes at once when this many bytes wait (default 1 MiB); also the most one request carries */
  readonly batchBytes?: number;
  /** bytes waiting in memory before spilling to a temp file (default 8 MiB) */
  readonly memoryBytes?: number;
  /** bytes waiting on disk at most (default 1 GiB); output past memory + disk is not stored, and the report says from which line */
  readonly diskBytes?: number;
  /** where spill files go (default: the OS's temp dir) */
  readonly spoolDir?: string;
  /** a line is cut past this many bytes (default 1 MiB; the producer splits at MAX_LINE_BYTES anyway) */
  readonly maxLineBytes?: number;
  /** after end(), how long to keep retrying without progress before giving up (default 300 000 ms) */
  readonly retryForMs?: number;
  /** one request's limit (default 30 000 ms) */
  readonly requestTimeoutMs?: number;
  /** the step's next line when known (a fresh step: 1); unset, the writer asks the service first and appends after what the step holds */
  readonly firstLine?: number;
  /** where the writer says what it goes through (a pino logger fits) */
  readonly log?: WriterLog;
}

export interface WriterLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export class StepWriterError extends Error {
  readonly report: WriterReport;
  constructor(report: WriterReport) {
    super(report.error ?? "the log was not stored");
    this.report = report;
  }
}
