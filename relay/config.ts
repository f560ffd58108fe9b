/** The relay's settings, parsed and validated once from the environment. */
import os from "node:os";
import { ConfigError, envReader, type Env } from "../common/env.ts";
import { parseClusterNodes, type RedisTarget } from "../common/redis.ts";

export interface RelayConfig {
  readonly port: number;
  readonly host: string;
  /** REDIS_CLUSTER_NODES when set (a Redis Cluster), else REDIS_URL */
  readonly redis: RedisTarget;
  readonly instanceId: string;
  readonly logLevel: string;
  /** idle comment heartbeat period (default 15000) */
  readonly heartbeatMs: number;
  /** the SSE `retry:` the browser waits before reconnecting (default 1000) */
  readonly retryMs: number;
  /** unsent bytes past which a viewer is dropped as slow (default 4 MiB) */
  readonly maxBufferBytes: number;
  /** open SSE connections per relay before new ones get 503 (default 20000) */
  readonly maxConnections: number;
  /** time from SIGTERM to exit (default 10000) */
  readonly shutdownGraceMs: number;
  /** lines and bytes read from Redis per backlog page (defaults 5000 lines, 1 MiB) */
  readonly backlogPageLines: number;
  readonly backlogPageBytes: number;
  /** HS256 secret or JWKS URL for viewer auth; neither set = open */
  readonly authJwtSecret?: string;
  readonly authJwksUrl?: string;
  /** `iss` and `aud` a viewer token must carry, when set */
  readonly authIssuer?: string;
  readonly authAudience?: string;
  /** cookie that may carry the viewer token (default logrelay_token) */
  readonly authCookie: string;
  /** origins allowed by CORS; empty = CORS off */
  readonly corsOrigins: readonly string[];
}

export function loadRelayConfig(env: Env): RelayConfig {
  const e = envReader(env);
  if (e.optional("AUTH_JWT_SECRET") && e.optional("AUTH_JWKS_URL")) throw new ConfigError("set AUTH_JWT_SECRET or AUTH_JWKS_URL, not both");
  const redisUrl = e.url("REDIS_URL", "redis://127.0.0.1:6379", ["redis:", "rediss:"])!;
  const clusterNodes = parseClusterNodes(e.optional("REDIS_CLUSTER_NODES"));
  return Object.freeze({
    port: e.int("PORT", 3000, 0, 65535),
    host: e.string("HOST", "0.0.0.0"),
    redis: clusterNodes ? { clusterNodes } : { url: redisUrl },
    instanceId: e.string("INSTANCE_ID", os.hostname()),
    logLevel: e.oneOf("LOG_LEVEL", ["fatal", "error", "warn", "info", "debug", "trace", "silent"], "info"),
    heartbeatMs: e.int("HEARTBEAT_MS", 15000, 100, 3_600_000),
    retryMs: e.int("RETRY_MS", 1000, 0, 600_000),
    maxBufferBytes: e.int("MAX_BUFFER_BYTES", 4 * 1024 * 1024, 1024),
    maxConnections: e.int("MAX_CONNECTIONS", 20000, 1),
    shutdownGraceMs: e.int("SHUTDOWN_GRACE_MS", 10000, 0, 600_000),
    backlogPageLines: e.int("BACKLOG_PAGE_LINES", 5000, 1, 100_000),
    backlogPageBytes: e.int("BACKLOG_PAGE_BYTES", 1024 * 1024, 1024),
    authJwtSecret: e.optional("AUTH_JWT_SECRET"),
    authJwksUrl: e.url("AUTH_JWKS_URL", undefined, ["http:", "https:"]),
    authIssuer: e.optional("AUTH_JWT_ISSUER"),
    authAudience: e.optional("AUTH_JWT_AUDIENCE"),
    authCookie: e.string("AUTH_COOKIE", "logrelay_token"),
    corsOrigins: corsOrigins(e.list("CORS_ORIGINS")),
  });
}

/** Browsers send an origin as scheme://host[:port], so anything else could never match: a typo. */
function corsOrigins(origins: string[]): string[] {
  for (const origin of origins) {
    if (origin !== "*" && !/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(origin)) {
      throw new ConfigError(`CORS_ORIGINS must list origins like https://ci.example.com (scheme://host[:port]) or *, got "${origin}"`);
    }
  }
  return origins;
}
