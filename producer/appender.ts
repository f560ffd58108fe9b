/** Appends lines, ends and names steps through common/step-store.ts, counting what was stored, and keeps the recent-steps index. */
import type { RedisClient } from "../common/redis.ts";
import { stepName, type EndStatus, type StepRef } from "../common/domain.ts";
import { stepKeys } from "../common/contract.ts";
import { RecentSteps } from "../common/recent-steps.ts";
import { encodeLivePartial } from "../common/live-events.ts";
import { stepStore, type AppendResult, type Retention } from "../common/step-store.ts";
import type { Durability } from "../common/write-policy.ts";
import type { BuildEvents } from "./build-events.ts";
import type { ProducerMetrics } from "./metrics.ts";

export class Appender {
  readonly #store: ReturnType<typeof stepStore>;
  readonly #redis: RedisClient;
  readonly #retention: Retention;
  readonly #metrics: ProducerMetrics;
  readonly #recent: RecentSteps;
  readonly #builds?: BuildEvents;

  constructor(redis: RedisClient, retention: Retention, metrics: ProducerMetrics, durability?: Durability, builds?: BuildEvents) {
    this.#redis = redis;
    this.#recent = new RecentSteps(redis);
    this.#builds = builds;
    this.#store = stepStore(redis, durability, () => metrics.unreplicatedWrites.inc());
    this.#retention = retention;
    this.#metrics = metrics;
  }

  async append(step: StepRef, lines: readonly string[], expectedFirst?: number): Promise<AppendResult> {
    const started = performance.now();
    const result = await this.#store.append(step, lines, this.#retention, expectedFirst);
    this.#metrics.appendSeconds.observe((performance.now() - started) / 1000);
    if (result.appended > 0) {
      this.#metrics.linesAppended.inc(result.appended);
      let bytes = 0;
      for (let i = lines.length - result.appended; i < lines.length; i++) bytes += Buffer.byteLength(lines[i]);
      this.#metrics.bytesAppended.inc(bytes);
      this.#touch(step, false);
      // the step's first lines make it appear on its build page (awaited: a listing right after sees it)
      if (result.last === result.appended) await this.#builds?.changed(step);
      else this.#builds?.counted(step, result.last, result.at ?? Date.now());
    }
    return result;
  }

  /** The step's last line and status, read without appending. */
  lastLine(step: StepRef): Promise<{ last: number; status: string }> {
    return this.#store.lastLine(step);
  }

  async end(step: StepRef, status: EndStatus) {
    const result = await this.#store.end(step, status, this.#retention);
    if (result.outcome === "ok") {
      this.#metrics.stepsEnded.inc({ status });
      this.#touch(step, true);
      await this.#builds?.changed(step);
    }
    return result;
  }

  /** Publishes the state so far of line `n`, not yet ended by its newline, to live viewers (not stored). */
  async partial(step: StepRef, n: number, text: string): Promise<void> {
    await this.#redis.spublish(stepKeys(step).channel, encodeLivePartial(n, text));
  }

  /** Names the step (idempotent: "same" when it already had that name). */
  async name(step: StepRef, name: string): Promise<"ok" | "same"> {
    const outcome = await this.#store.name(step, name, this.#retention);
    if (outcome === "ok") await this.#builds?.changed(step);
    return outcome;
  }

  // The recent-steps index feeds the viewer's step picker (common/recent-steps.ts).
  #touch(step: StepRef, force: boolean): void {
    this.#recent.touch(stepName(step), force);
  }
}
