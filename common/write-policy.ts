/**
 * When a write to Redis is acknowledged: the policy every step write (append, end, name) goes
 * through. In a Redis Cluster with replicas, once a replica holds the write (WAIT), or once the
 * slot's master has had no replica for ALONE_AFTER_MS; never on a node deposed while the write
 * waited. Redirects that refused a pipelined write before it ran are retried.
 */
import type { ChainableCommander } from "ioredis";
import type { RedisClient } from "./redis.ts";

/**
 * When a write is acknowledged: once `replicas` replicas hold it (WAIT), waiting up to
 * `timeoutMs`. 0 replicas: at once (one Redis, or a cluster without replicas).
 */
export interface Durability {
  readonly replicas: number;
  readonly timeoutMs: number;
}

export const NO_REPLICAS: Durability = Object.freeze({ replicas: 0, timeoutMs: 0 });

const REDIRECT_RETRY_MS = 3000;
/**
 * How long a master must have shown no replica before it acknowledges writes on its own copy.
 * A master that hung while its replica was promoted, and wakes still believing it is the
 * master, shows no replica too (it was the replica that left); it runs what was queued, then
 * learns of the failover from the other nodes within a cluster ping or two. Had its writes
 * been acknowledged at once, they would be lost when it turns replica. A replica's real death
 * costs this long of refused (503) writes instead.
 */
export const ALONE_AFTER_MS = 2000;

/** No replica confirmed a write within the timeout: it may be lost if its master dies, so it is not acknowledged. */
export class NotReplicatedError extends Error {}

export interface WritePolicy {
  /** true when writes wait for replicas (durability.replicas > 0) */
  readonly waitsForReplicas: boolean;
  /**
   * Runs the one write `add` puts in a pipeline, on the master of `slot`, and returns its reply
   * once acknowledged; throws NotReplicatedError when it is not.
   */
  write<P extends ChainableCommander>(slot: number, add: (p: P) => void): Promise<unknown>;
}

/** `onUnreplicated`: counts a write acknowledged on a master alone (a metric). */
export function writePolicy(redis: RedisClient, durability: Durability = NO_REPLICAS, onUnreplicated?: () => void): WritePolicy {
  // slots whose master had no replica at its last reply, since when: WAIT 0 there
  const alone = new Map<number, number>();

  // The write, then WAIT and ROLE in the same pipeline: a pipeline goes to one node, the master
  // of the write's slot (WAIT and ROLE have no key), so WAIT counts the replicas of that master.
  // A master with no replica left acknowledges on its own copy (counted by onUnreplicated) once
  // it has had none for ALONE_AFTER_MS: refusing for longer would turn the loss of one replica
  // into an outage of its shard. A node that answers ROLE as a replica after running the write
  // was deposed meanwhile: never acknowledged.
  // A cluster pipeline is not re-sent by ioredis on a redirect when it holds commands that are
  // not read-only (WAIT): a MOVED, ASK (slot migrating), TRYAGAIN or CLUSTERDOWN refused the
  // write before it ran, so the whole pipeline is sent again, for up to REDIRECT_RETRY_MS.
  async function write<P extends ChainableCommander>(slot: number, add: (p: P) => void): Promise<unknown> {
    for (let attempt = 1, deadline = Date.now() + REDIRECT_RETRY_MS; ; attempt++) {
      try {
        return await writeOnce(slot, add);
      } catch (err) {
        const redirect = /^(MOVED|ASK|TRYAGAIN|CLUSTERDOWN) /.exec((err as Error).message)?.[1];
        if (!redirect || Date.now() > deadline) throw err;
        if (redirect === "MOVED" && "refreshSlotsCache" in redis) redis.refreshSlotsCache();
        await new Promise((r) => setTimeout(r, Math.min(25 * attempt, 200)));
      }
    }
  }

  async function writeOnce<P extends ChainableCommander>(slot: number, add: (p: P) => void): Promise<unknown> {
    const p = redis.pipeline() as P;
    add(p);
    if (durability.replicas === 0) {
      const [[err, reply]] = (await p.exec())!;
      if (err) throw err;
      return reply;
    }
    const want = alone.has(slot) ? 0 : durability.replicas;
    p.wait(want, durability.timeoutMs).role();
    const [[err, reply], [waitErr, acked], [roleErr, role]] = (await p.exec())!;
    if (err) throw err;
    if (waitErr || roleErr) throw waitErr ?? roleErr;
    const master = Array.isArray(role) && role[0] === "master";
    const connected = master && Array.isArray(role[2]) ? role[2].length : 0;
    if (!master) throw new NotReplicatedError("the node lost its master role while the write waited for a replica");
    if (connected > 0) alone.delete(slot);
    else if (!alone.has(slot)) alone.set(slot, Date.now());
    if (Number(acked) >= durability.replicas) return reply;
    if (connected === 0 && Date.now() - alone.get(slot)! >= ALONE_AFTER_MS) {
      onUnreplicated?.();
      return reply;
    }
    throw new NotReplicatedError(
      connected === 0 ? "the master has had no replica for too short a time to act alone" : `no replica confirmed the write within ${durability.timeoutMs} ms`,
    );
  }

  return { waitsForReplicas: durability.replicas > 0, write };
}
