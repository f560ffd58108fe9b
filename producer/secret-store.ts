/**
 * The secret values of each build, in Redis: a set per build (key from common/contract.ts) whose
 * TTL (secretsTtlSeconds) is renewed whenever the build appends, so they last as long as any of
 * its steps can take lines. They are never logged nor sent back.
 */
import type { RedisClient } from "../common/redis.ts";
import type { StepRef } from "../common/step.ts";
import type { Retention } from "../common/step-store.ts";
import { buildSecretsKey } from "../common/contract.ts";
import { SecretMask } from "./secret-mask.ts";

export type BuildRef = Pick<StepRef, "org" | "repo" | "build">;

export const MAX_VALUES_PER_BUILD = 1000;

/**
 * How long a build's values live after its last append: as long as any step of the build can
 * still take lines (a running step lives STEP_IDLE_TTL_SECONDS after its last line) or be
 * named (an ended one lives STEP_TTL_SECONDS), plus a minute. STEP_TTL_SECONDS alone let the
 * values expire while a step of the build could still append, whose lines were then stored in clear.
 */
export function secretsTtlSeconds(retention: Retention): number {
  return Math.max(retention.idleTtlSeconds, retention.endedTtlSeconds) + 60;
}

/** The registered values of each build, in Redis. */
export class BuildSecrets {
  readonly #redis: RedisClient;
  readonly #ttlSeconds: number;
  // masks by their values, so a busy build does not rebuild one per chunk
  readonly #compiled = new Map<string, SecretMask>();

  constructor(redis: RedisClient, ttlSeconds: number) {
    this.#redis = redis;
    this.#ttlSeconds = ttlSeconds;
  }

  /** Adds values; returns how many the build now has, or an error when that would pass MAX_VALUES_PER_BUILD. */
  async register(build: BuildRef, values: readonly string[]): Promise<{ total: number } | { error: string }> {
    const key = buildSecretsKey(build);
    const known = await this.#redis.scard(key);
    if (known + values.length > MAX_VALUES_PER_BUILD) return { error: `a build holds at most ${MAX_VALUES_PER_BUILD} secret values` };
    const replies = await this.#redis
      .multi()
      .sadd(key, ...values)
      .expire(key, this.#ttlSeconds)
      .scard(key)
      .exec();
    const failed = replies?.find(([err]) => err);
    if (!replies || failed) throw failed?.[0] ?? new Error("secrets transaction aborted");
    return { total: Number(replies[2][1]) };
  }

  /** The mask for the build's lines, or undefined when it has no secret; one round trip, which also renews the TTL. */
  async mask(build: BuildRef): Promise<SecretMask | undefined> {
    const key = buildSecretsKey(build);
    const replies = await this.#redis.pipeline().smembers(key).expire(key, this.#ttlSeconds).exec();
    const [err, members] = replies?.[0] ?? [new Error("no reply")];
    if (err) throw err;
    const values = members as string[];
    if (values.length === 0) return undefined;
    const id = values.sort().join("\n");
    let mask = this.#compiled.get(id);
    if (!mask) {
      if (this.#compiled.size >= 256) this.#compiled.clear();
      mask = new SecretMask(values);
      this.#compiled.set(id, mask);
    }
    return mask;
  }
}
