/**
 * A build's step index: the set of its step numbers (contract.ts, buildKeys), written by the
 * producer when a step first appears, is named or ends, and read for the build page.
 */
import { buildKeys } from "./contract.ts";
import type { BuildRef, BuildStep } from "./domain.ts";
import type { RedisClient } from "./redis.ts";
import { readBuildStep } from "./step-summaries.ts";

/** Adds steps to the build's index, renewing its TTL. */
export async function indexBuildSteps(redis: RedisClient, build: BuildRef, steps: readonly number[], ttlSeconds: number): Promise<void> {
  const key = buildKeys(build).steps;
  await redis
    .multi()
    .sadd(key, ...steps)
    .expire(key, ttlSeconds)
    .exec();
}

/**
 * The build's steps, by number. Each step's meta is read by its own command, not one
 * pipeline: in a Redis Cluster the metas sit on other shards than the index and each other
 * (ioredis sends the commands at once, auto-pipelined per node). Expired steps are left out.
 */
export async function readBuildSteps(redis: RedisClient, build: BuildRef): Promise<BuildStep[]> {
  const numbers = (await redis.smembers(buildKeys(build).steps)).map(Number).sort((a, b) => a - b);
  const steps = await Promise.all(numbers.map((step) => readBuildStep(redis, { ...build, step })));
  return steps.filter((s): s is BuildStep => s !== undefined);
}
