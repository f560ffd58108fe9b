/**
 * What a step's meta hash says of it (the scripts in common/lua/ write it), read as the one
 * StepSummary of common/domain.ts: for the viewer's step picker and a build's steps.
 */
import { stepKeys } from "./contract.ts";
import type { BuildStep, StepRef, StepSummary } from "./domain.ts";
import type { RedisClient } from "./redis.ts";

const META_FIELDS = ["name", "last", "status", "started", "ended", "updated"] as const;
type MetaValues = (string | null)[];

function summaryOf([, last, status, started, ended, updated]: MetaValues): StepSummary {
  const ms = (v: string | null) => (v === null ? null : Number(v));
  return { status: status ?? "pending", lines: Number(last ?? 0), started: ms(started), ended: ms(ended), updated: ms(updated) };
}

/**
 * The summary of each step; undefined for a step that has no line and no end (its keys expired,
 * or it was only named). One HMGET per step, all sent at once (one round trip; in a Redis
 * Cluster each goes to its step's shard: a cluster pipeline must keep to one slot).
 */
export async function readStepSummaries(redis: RedisClient, refs: readonly StepRef[]): Promise<(StepSummary | undefined)[]> {
  return Promise.all(
    refs.map((ref) =>
      redis.hmget(stepKeys(ref).meta, ...META_FIELDS).then(
        (values) => (values[1] === null && values[2] === null ? undefined : summaryOf(values)),
        () => undefined,
      ),
    ),
  );
}

/** One step of a build, with its name; undefined when its meta has expired (or never was). */
export async function readBuildStep(redis: RedisClient, ref: StepRef): Promise<BuildStep | undefined> {
  const values = await redis.hmget(stepKeys(ref).meta, ...META_FIELDS);
  const [name, last, status] = values;
  if (name === null && last === null && status === null) return undefined;
  return { step: ref.step, name, ...summaryOf(values) };
}
