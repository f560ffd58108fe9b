/**
 * A build worker of the soak: runs one step after another, appending a few lines at a time
 * through nginx and waiting for each answer, as a build agent ships a step's output. A refused
 * or unanswered append is sent again with `Logrelay-First-Line` (nothing stored twice) after
 * its Retry-After; lines count as acknowledged only from a 200's `last`. When the soak's time is
 * up, the running step ends with what was acknowledged.
 */
import { fetch as undiciFetch, type Dispatcher } from "undici";
import { linesOf } from "./lines.ts";
import type { Rng } from "./rng.ts";

export interface StepRun {
  /** /org/repo/builds/B/steps/S */
  readonly path: string;
  /** lines acknowledged (the step's last line, as its last 200 said) */
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
  readonly dispatcher: Dispatcher;
  /** true once the soak's time is up: end the running step, start no other */
  stopping(): boolean;
}

// Shorter than a hung Redis or relay lasts in the soak: a worker gives up on an answer and sends
// the lines again while the first request may still store them, which only Logrelay-First-Line keeps single.
const ANSWER_TIMEOUT_MS = 2500;

export class SoakWorker {
  readonly runs: StepRun[] = [];
  /** refusals by status (0: no answer) */
  readonly refusals = new Map<number, number>();
  readonly problems: string[] = [];
  readonly #options: WorkerOptions;

  constructor(options: WorkerOptions) {
    this.#options = options;
  }

  get current(): StepRun | undefined {
    return this.runs.at(-1);
  }

  async run(): Promise<void> {
    const { rng } = this.#options;
    for (let build = 1; !this.#options.stopping(); build++) {
      const run: StepRun = { path: `/${this.#options.org}/${this.#options.repo}/builds/${build}/steps/${rng.int(1, 3)}`, acked: 0 };
      this.runs.push(run);
      const total = rng.int(100, 600);
      while (run.acked < total && !this.#options.stopping()) {
        await this.#append(run, Math.min(rng.int(1, 20), total - run.acked));
        await sleep(rng.int(200, 1000));
      }
      await this.#end(run);
    }
  }

  async #append(run: StepRun, count: number): Promise<void> {
    const first = run.acked + 1;
    // every line ended by \n: an empty last line must still be a line
    const body = linesOf(this.#options.seed, run.path, first, first + count - 1)
      .map((l) => `${l}\n`)
      .join("");
    for (let attempt = 1; ; attempt++) {
      const answer = await this.#post(`${run.path}/logs`, body, { "Content-Type": "text/plain; charset=utf-8", "Logrelay-First-Line": String(first) });
      if (answer.status === 200) {
        const last = Number(answer.json.last);
        // one writer per step: the step's last line is exactly this batch's last
        if (last !== first + count - 1) this.problems.push(`${run.path}: 200 for lines ${first}..${first + count - 1} says last ${last}`);
        run.acked = last;
        return;
      }
      if (answer.status === 409) {
        // a gap: the store ends before a line it acknowledged (lost), or the step ended under us
        this.problems.push(`${run.path}: 409 appending from ${first}: ${JSON.stringify(answer.json)}`);
        run.acked = Number(answer.json.last ?? run.acked);
        return;
      }
      await sleep(retryDelay(answer, attempt));
    }
  }

  async #end(run: StepRun): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const answer = await this.#post(`${run.path}/logs/end`, "", {});
      if (answer.status === 200) {
        run.endedWith = Number(answer.json.lines);
        if (run.endedWith !== run.acked) this.problems.push(`${run.path}: ended with ${run.endedWith} lines, ${run.acked} acknowledged`);
        return;
      }
      if (answer.status === 409) return void this.problems.push(`${run.path}: 409 ending: ${JSON.stringify(answer.json)}`);
      await sleep(retryDelay(answer, attempt));
    }
  }

  async #post(path: string, body: string, headers: Record<string, string>): Promise<Answer> {
    try {
      const res = await undiciFetch(`${this.#options.baseUrl}${path}`, {
        method: "POST",
        headers,
        body,
        dispatcher: this.#options.dispatcher,
        signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
      });
      const text = await res.text();
      const answer = { status: res.status, retryAfter: res.headers.get("retry-after"), json: parseJson(text) };
      if (res.status !== 200) this.#refused(res.status);
      return answer;
    } catch {
      this.#refused(0);
      return { status: 0, retryAfter: null, json: {} };
    }
  }

  #refused(status: number): void {
    this.refusals.set(status, (this.refusals.get(status) ?? 0) + 1);
  }
}

interface Answer {
  status: number;
  retryAfter: string | null;
  json: Record<string, unknown>;
}

function parseJson(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Retry-After when given (seconds), else backoff from 100 ms to 2 s. */
function retryDelay(answer: Answer, attempt: number): number {
  const after = Number(answer.retryAfter);
  if (answer.retryAfter !== null && Number.isFinite(after)) return after * 1000;
  return Math.min(100 * 2 ** (attempt - 1), 2000);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
