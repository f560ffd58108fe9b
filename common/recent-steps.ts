/**
 * The recent-steps index, the viewer's step picker: written as steps append and end (the
 * producer), read by the relays. Each step goes to one of RECENT_STEPS_BUCKETS sorted sets
 * (keys in contract.ts), scored by its last activity (ms), so no key takes every append.
 */
import { RECENT_STEPS_BUCKETS, recentStepsKey, recentStepsKeyOf } from "./contract.ts";
import type { RedisClient } from "./redis.ts";

/** Steps kept per bucket. */
const RECENT_STEPS_KEPT = 500;
// A running step's place in the index is renewed at most this often: the index orders the step
// picker, whose times come from the steps themselves; every second cost a write per append.
const RECENT_TOUCH_EVERY_MS = 10_000;
// steps remembered as touched; past this the ones not touched within the interval are forgotten
const TOUCHED_KEPT = 50_000;

/** The writer: one per producer. */
export class RecentSteps {
  readonly #redis: RedisClient;
  readonly #touched = new Map<string, number>(); // step name -> last index update, to keep the index cheap

  constructor(redis: RedisClient) {
    this.#redis = redis;
  }

  /**
   * Marks the step active now; at most once per RECENT_TOUCH_EVERY_MS unless `force` (its end).
   * The index is a hint, so a failure is ignored.
   */
  touch(name: string, force: boolean): void {
    const now = Date.now();
    if (!force && now - (this.#touched.get(name) ?? 0) < RECENT_TOUCH_EVERY_MS) return;
    if (this.#touched.size >= TOUCHED_KEPT) {
      for (const [step, at] of this.#touched) if (now - at >= RECENT_TOUCH_EVERY_MS) this.#touched.delete(step);
      if (this.#touched.size >= TOUCHED_KEPT) this.#touched.clear();
    }
    this.#touched.set(name, now);
    const key = recentStepsKeyOf(name);
    this.#redis
      .multi()
      .zadd(key, now, name)
      .zremrangebyrank(key, 0, -RECENT_STEPS_KEPT - 1)
      .exec()
      .catch(() => undefined);
  }
}

/**
 * Names of the most recently active steps, newest first, with their last activity (ms): the
 * top `count` of each bucket (RECENT_STEPS_BUCKETS commands sent at once, one round trip),
 * merged.
 */
export async function recentStepNames(redis: RedisClient, count: number): Promise<{ name: string; activeAt: number }[]> {
  const buckets = await Promise.all(Array.from({ length: RECENT_STEPS_BUCKETS }, (_, b) => redis.zrevrange(recentStepsKey(b), 0, count - 1, "WITHSCORES")));
  const out: { name: string; activeAt: number }[] = [];
  for (const flat of buckets) for (let i = 0; i + 1 < flat.length; i += 2) out.push({ name: flat[i], activeAt: Number(flat[i + 1]) });
  return out.sort((a, b) => b.activeAt - a.activeAt || (a.name < b.name ? -1 : 1)).slice(0, count);
}
