/** The producer's settings, parsed and validated once from the environment. */
import { envReader, type Env } from "../common/env.ts";
import { parseClusterNodes, type RedisTarget } from "../common/redis.ts";
import type { Retention } from "../common/step-store.ts";
import type { Durability } from "../common/write-policy.ts";

export interface ProducerConfig {
  readonly port: number;
  readonly host: string;
  /** REDIS_CLUSTER_NODES when set (a Redis Cluster), else REDIS_URL */
  readonly redis: RedisTarget;
  /** an append or end is acknowledged once `replicas` replicas hold it (APPEND_WAIT_REPLICAS, default 1 in cluster mode, else 0), waiting up to APPEND_WAIT_MS (default 1000) */
  readonly durability: Durability;
  readonly logLevel: string;
  /** bearer token every producer call must carry; unset = open */
  readonly token?: string;
  /** longer lines are split into several (default 65536) */
  readonly maxLineBytes: number;
  /** one request's body (default 64 MiB) */
  readonly maxBodyBytes: number;
  readonly retention: Retention;
  /**
   * how long a producer masks with a build's secret values read from Redis before it reads them
   * again, and how long a registration waits before it is acknowledged (SECRETS_CACHE_MS,
   * default 1000): the same on every producer of a deployment (see secret-store.ts)
   */
  readonly secretsCacheMs: number;
  /** appends waiting on Redis at once past which a new append request gets 503 + Retry-After (MAX_APPENDS_IN_FLIGHT, default 256) */
  readonly maxAppendsInFlight: number;
  /** simulate builds so a fresh stack shows logs moving (DEMO=1) */
  readonly demo: boolean;
  /** demo lines per second per running step (default 20) */
  readonly demoLinesPerSecond: number;
  readonly shutdownGraceMs: number;
}

export function loadProducerConfig(env: Env): ProducerConfig {
  const e = envReader(env);
  const redisUrl = e.url("REDIS_URL", "redis://127.0.0.1:6379", ["redis:", "rediss:"])!;
  const clusterNodes = parseClusterNodes(e.optional("REDIS_CLUSTER_NODES"));
  return Object.freeze({
    port: e.int("PORT", 3100, 0, 65535),
    host: e.string("HOST", "0.0.0.0"),
    redis: clusterNodes ? { clusterNodes } : { url: redisUrl },
    durability: Object.freeze({
      replicas: e.int("APPEND_WAIT_REPLICAS", clusterNodes ? 1 : 0, 0, 16),
      timeoutMs: e.int("APPEND_WAIT_MS", 1000, 1, 60_000),
    }),
    logLevel: e.oneOf("LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
    token: e.optional("PRODUCER_TOKEN"),
    maxLineBytes: e.int("MAX_LINE_BYTES", 65536, 16, 16 * 1024 * 1024),
    maxBodyBytes: e.int("MAX_BODY_BYTES", 64 * 1024 * 1024, 1024),
    retention: Object.freeze({
      maxLinesPerStep: e.int("MAX_LINES_PER_STEP", 1_000_000, 1),
      idleTtlSeconds: e.int("STEP_IDLE_TTL_SECONDS", 7 * 86400, 1),
      endedTtlSeconds: e.int("STEP_TTL_SECONDS", 86400, 1),
    }),
    secretsCacheMs: e.int("SECRETS_CACHE_MS", 1000, 1, 60_000),
    maxAppendsInFlight: e.int("MAX_APPENDS_IN_FLIGHT", 256, 1, 1_000_000),
    demo: e.bool("DEMO", false),
    demoLinesPerSecond: e.int("DEMO_LINES_PER_SECOND", 20, 1, 100_000),
    shutdownGraceMs: e.int("SHUTDOWN_GRACE_MS", 10000, 0, 600_000),
  });
}
