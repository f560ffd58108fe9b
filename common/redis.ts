/**
 * Opens ioredis connections that retry for ever at run time and fail fast at start: one Redis
 * (REDIS_URL) or a Redis Cluster (REDIS_CLUSTER_NODES), behind one type, `RedisClient`.
 */
import { Cluster, Redis } from "ioredis";
import type { Logger } from "pino";
import { ConfigError } from "./env.ts";

/** Where Redis is: one node by URL, or a cluster by its seed nodes. */
export type RedisTarget = { readonly url: string } | { readonly clusterNodes: readonly { host: string; port: number }[] };

/** A Redis or a Redis Cluster: both speak the commands and scripts of common/step-store.ts. */
export type RedisClient = Redis | Cluster;

export function isCluster(redis: RedisClient): redis is Cluster {
  return redis instanceof Cluster;
}

/** Parses REDIS_CLUSTER_NODES ("host:port,host:port"); throws a ConfigError naming the variable. */
export function parseClusterNodes(value: string | undefined): { host: string; port: number }[] | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  return value.split(",").map((item) => {
    const m = /^\s*\[?([A-Za-z0-9.:_-]+?)\]?:(\d{1,5})\s*$/.exec(item);
    const port = Number(m?.[2]);
    if (!m || port < 1 || port > 65535) throw new ConfigError(`REDIS_CLUSTER_NODES must list host:port seed nodes separated by commas, got "${item.trim()}"`);
    return { host: m[1], port };
  });
}

/** The target as one line for logs. */
export function describeTarget(target: RedisTarget): string {
  return "url" in target ? target.url.replace(/\/\/[^@/]*@/, "//***@") : `cluster ${target.clusterNodes.map((n) => `${n.host}:${n.port}`).join(",")}`;
}

const retryStrategy = (attempt: number) => Math.min(50 * 2 ** attempt, 1000);

export function connectRedis(target: RedisTarget, log: Logger, name: string): RedisClient {
  const redis =
    "url" in target
      ? new Redis(target.url, {
          connectionName: name,
          lazyConnect: true,
          maxRetriesPerRequest: 2,
          enableOfflineQueue: false, // while Redis is away, fail at once: the producer answers 503, the relay retries reads itself
          retryStrategy,
        })
      : new Cluster([...target.clusterNodes], {
          lazyConnect: true,
          enableOfflineQueue: false,
          scaleReads: "master", // a replica may lag: reads and scripts go to the slot's master
          maxRedirections: 16,
          retryDelayOnFailover: 100,
          retryDelayOnClusterDown: 100,
          retryDelayOnTryAgain: 50, // a multi-key script during a slot migration
          retryDelayOnMoved: 0,
          slotsRefreshTimeout: 1000,
          slotsRefreshInterval: 2000, // learns a failover even when no command hits the dead master
          clusterRetryStrategy: retryStrategy,
          redisOptions: { connectionName: name, maxRetriesPerRequest: 2 },
        });
  let wasReady = false;
  redis.on("ready", () => {
    if (wasReady) log.warn({ connection: name }, "redis reconnected");
    wasReady = true;
  });
  redis.on("error", (err: Error) => log.debug({ connection: name, err: err.message }, "redis connection error"));
  redis.on("reconnecting", () => log.warn({ connection: name }, "redis reconnecting"));
  if (isCluster(redis)) {
    redis.on("+node", (node: Redis) => log.debug({ connection: name, node: `${node.options.host}:${node.options.port}` }, "redis cluster node added"));
    redis.on("-node", (node: Redis) => log.info({ connection: name, node: `${node.options.host}:${node.options.port}` }, "redis cluster node removed"));
  }
  return redis;
}

/** One node of a cluster, as the relay's shard subscribers connect to it. */
export function connectRedisNode(host: string, port: number, log: Logger, name: string): Redis {
  const redis = new Redis({
    host,
    port,
    connectionName: name,
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: false,
    autoResubscribe: false,
    retryStrategy,
  });
  redis.on("error", (err: Error) => log.debug({ connection: name, node: `${host}:${port}`, err: err.message }, "redis connection error"));
  return redis;
}

/** Waits for the first connection, up to `timeoutMs`, so a wrong REDIS_URL stops the process at start. */
export async function waitForRedis(redis: RedisClient, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (redis.status === "wait") await redis.connect();
      await redis.ping();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`redis unreachable after ${timeoutMs} ms: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
