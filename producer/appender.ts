/** Appends lines and ends steps through the scripts of common/stream.ts, counting what was stored. */
import type { RedisClient } from "../common/redis.ts";
import { stepName, type EndStatus, type StepRef } from "../common/step.ts";
import { recentStepsKeyOf, stepStore, type AppendResult, type Durability, type Retention } from "../common/stream.ts";
import type { ProducerMetrics } from "./metrics.ts";

const RECENT_STEPS_KEPT = 500;
const RECENT_TOUCH_EVERY_MS = 1000;

export class Appender {
  readonly #store: ReturnType<typeof stepStore>;
  readonly #redis: RedisClient;
  readonly #retention: Retention;
  readonly #metrics: ProducerMetrics;
  readonly #touched = new Map<string, number>(); // step name -> last index update, to keep the index cheap

  constructor(redis: RedisClient, retention: Retention, metrics: ProducerMetrics, durability?: Durability) {
    this.#redis = redis;
    this.#store = stepStore(redis, durability, () => metrics.unreplicatedWrites.inc());
    this.#retention = retention;
    this.#metrics = metrics;
  }

  async append(step: StepRef, lines: readonly string[], expectedFirst?: number): Promise<AppendResult> {
    const stop = this.#metrics.appendSeconds.startTimer();
    const result = await this.#store.append(step, lines, this.#retention, expectedFirst);
    stop();
    if (result.appended > 0) {
      this.#metrics.linesAppended.inc(result.appended);
      let bytes = 0;
      for (let i = lines.length - result.appended; i < lines.length; i++) bytes += Buffer.byteLength(lines[i]);
      this.#metrics.bytesAppended.inc(bytes);
      this.#touch(step, false);
    }
    return result;
  }

  async end(step: StepRef, status: EndStatus) {
    const result = await this.#store.end(step, status, this.#retention);
    if (result.outcome === "ok") {
      this.#metrics.stepsEnded.inc({ status });
      this.#touch(step, true);
    }
    return result;
  }

  // The recent-steps index feeds the viewer's step picker; it is a hint, so a failure is ignored.
  // Each step goes to one of RECENT_STEPS_BUCKETS keys (common/stream.ts): no key takes every append.
  #touch(step: StepRef, force: boolean): void {
    const name = stepName(step);
    const now = Date.now();
    if (!force && now - (this.#touched.get(name) ?? 0) < RECENT_TOUCH_EVERY_MS) return;
    this.#touched.set(name, now);
    if (this.#touched.size > RECENT_STEPS_KEPT * 4) this.#touched.clear();
    const key = recentStepsKeyOf(name);
    this.#redis
      .multi()
      .zadd(key, now, name)
      .zremrangebyrank(key, 0, -RECENT_STEPS_KEPT - 1)
      .exec()
      .catch(() => undefined);
  }
}
