/**
 * The relays' subscriptions as Redis itself sees them. The contract puts step and build channels
 * on shard channels in both modes (SSUBSCRIBE, counted by PUBSUB SHARDNUMSUB), one Redis or a
 * Cluster: a classic subscription (SUBSCRIBE) to one of them is a failure, not another way to pass.
 */
import type { Redis } from "ioredis";

/** Shard subscriptions to `channel` across every connection of this Redis node; throws if any connection holds it as a classic channel. */
export async function channelSubscriptions(redis: Redis, channel: string): Promise<number> {
  const classic = (await redis.pubsub("NUMSUB", channel)) as [string, number];
  if (Number(classic[1]) !== 0)
    throw new Error(`${channel} has ${classic[1]} classic (SUBSCRIBE) subscriptions: the contract says shard channels (SSUBSCRIBE)`);
  const sharded = (await redis.call("PUBSUB", "SHARDNUMSUB", channel)) as [string, number];
  return Number(sharded[1]);
}

export interface RedisClient {
  readonly name: string;
  readonly addr: string;
  /** shard channel subscriptions held by the connection (SSUBSCRIBE) */
  readonly subscriptions: number;
  /** classic channel and pattern subscriptions (SUBSCRIBE, PSUBSCRIBE): none of ours should hold one */
  readonly classicSubscriptions: number;
}

/** Every connection of this Redis node (CLIENT LIST), the asking one included. */
export async function redisClients(redis: Redis): Promise<RedisClient[]> {
  const text = (await redis.call("CLIENT", "LIST")) as string;
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const f = Object.fromEntries(
        line
          .trim()
          .split(" ")
          .map((kv) => [kv.slice(0, kv.indexOf("=")), kv.slice(kv.indexOf("=") + 1)]),
      );
      return {
        name: f.name ?? "",
        addr: f.addr ?? "",
        subscriptions: Number(f.ssub ?? 0),
        classicSubscriptions: Number(f.sub ?? 0) + Number(f.psub ?? 0),
      };
    });
}
