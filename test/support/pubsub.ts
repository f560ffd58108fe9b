/**
 * The relays' subscriptions as Redis itself sees them. Pub/sub is classic (SUBSCRIBE,
 * PUBSUB NUMSUB) or sharded (SSUBSCRIBE, PUBSUB SHARDNUMSUB) depending on the version of the
 * broker; every test asks through here, and both kinds are counted, so either passes the
 * same assertions.
 */
import type { Redis } from "ioredis";

/** Subscriptions to `channel` across every connection of this Redis node. */
export async function channelSubscriptions(redis: Redis, channel: string): Promise<number> {
  const classic = (await redis.pubsub("NUMSUB", channel)) as [string, number];
  const sharded = (await redis.call("PUBSUB", "SHARDNUMSUB", channel)) as [string, number];
  return Number(classic[1]) + Number(sharded[1]);
}

export interface RedisClient {
  readonly name: string;
  readonly addr: string;
  /** channel subscriptions held by the connection, classic and sharded */
  readonly subscriptions: number;
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
      return { name: f.name ?? "", addr: f.addr ?? "", subscriptions: Number(f.sub ?? 0) + Number(f.ssub ?? 0) };
    });
}
