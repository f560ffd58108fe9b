/**
 * A build worker of the soak: runs one step after another through the worker client's
 * StepWriter (client/), as a build agent ships a step's output, appending a few lines at a time
 * through nginx and waiting until they are stored. The writer resends a refused or unanswered
 * batch with `Logrelay-First-Line` after its Retry-After (nothing stored twice); a line counts
 * as acknowledged only once a flush says it is stored. When the soak's time is up, the running
 * step ends with what was acknowledged.
 */
import { describeReport } from "../../client/report.ts";
import { StepWriter, type WriterLog } from "../../client/step-writer.ts";
import { linesOf } from "./lines.ts";
import type { Rng } from "./rng.ts";

export interface StepRun {
  /** /org/repo/builds/B/steps/S */
  readonly path: string;
  /** lines acknowledged (the step's last line, as the last flush said) */
  acked: number;
  /** the end was acknowledged with this line count */
  endedWith?: number;
}

export interface WorkerOptions {
  readonly baseUrl: string;
  readonly seed: number;
  readonly rng: Rng;
  readonly org: string;
  readonly repo: string;
  /** true once the soak's time is up: end the running step, start no other */
  stopping(): boolean;
}

// Shorter than a hung Redis or relay lasts in the soak: the writer gives up on an answer and
// sends the lines again while the first request may still store them, which only
// Logrelay-First-Line keeps single.
const ANSWER_TIMEOUT_MS = 2500;

export class SoakWorker {
  readonly runs: StepRun[] = [];
  readonly problems: string[] = [];
  /** append requests sent, batches flushed, and how often the log service stopped answering */
  readonly counts = { requests: 0, batches: 0, outages: 0 };
  readonly #options: WorkerOptions;
  readonly #log: WriterLog;

  constructor(options: WorkerOptions) {
    this.#options = options;
    const note = (fields: object, message: string) => {
      if (message.startsWith("the log service is not answering")) this.counts.outages++;
      else if (message !== "the log service is storing lines again") this.problems.push(`writer: ${message} ${JSON.stringify(fields)}`);
    };
    this.#log = { info: note, warn: note, error: note };
  }

  get current(): StepRun | undefined {
    return this.runs.at(-1);
  }

  async run(): Promise<void> {
    const { rng, seed } = this.#options;
    for (let build = 1; !this.#options.stopping(); build++) {
      const run: StepRun = { path: `/${this.#options.org}/${this.#options.repo}/builds/${build}/steps/${rng.int(1, 3)}`, acked: 0 };
      this.runs.push(run);
      // one append per tick: no timed batching, flush() sends what was written and waits until it is stored
      const writer = new StepWriter({
        url: `${this.#options.baseUrl}${run.path}`,
        firstLine: 1,
        flushIntervalMs: 3_600_000,
        requestTimeoutMs: ANSWER_TIMEOUT_MS,
        retryForMs: 120_000,
        log: this.#log,
      });
      const total = rng.int(100, 600);
      try {
        while (run.acked < total && !this.#options.stopping()) {
          const count = Math.min(rng.int(1, 20), total - run.acked);
          const first = run.acked + 1;
          // every line ended by \n: an empty last line must still be a line
          writer.write(
            linesOf(seed, run.path, first, first + count - 1)
              .map((l) => `${l}\n`)
              .join(""),
          );
          const last = await writer.flush();
          this.counts.batches++;
          // one writer per step: the step's last line is exactly this batch's last
          if (last !== first + count - 1) this.problems.push(`${run.path}: lines ${first}..${first + count - 1} stored, the service says last ${last}`);
          run.acked = last;
          await sleep(rng.int(200, 1000));
        }
      } catch (err) {
        this.problems.push(`${run.path}: the writer gave up: ${(err as Error).message}`);
      }
      const report = await writer.end("success");
      this.counts.requests += writer.stats.requests;
      run.endedWith = report.ok ? report.lastLine : undefined;
      if (!report.ok || report.lost.length > 0) this.problems.push(`${run.path}: ${describeReport(report).join("; ")}`);
      else if (report.lastLine !== run.acked) this.problems.push(`${run.path}: ended with ${report.lastLine} lines, ${run.acked} acknowledged`);
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
