/** Opens an ioredis connection that retries for ever at run time and fails fast at start. */
import { Redis } from "ioredis";
import type { Logger } from "pino";

export function connectRedis(url: string, log: Logger, name: string): Redis {
  const redis = new Redis(url, {
    connectionName: name,
    lazyConnect: true,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: false, // while Redis is away, fail at once: the producer answers 503, the relay retries reads itself
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 1000),
  });
  let wasReady = false;
  redis.on("ready", () => {
    if (wasReady) log.warn({ connection: name }, "redis reconnected");
    wasReady = true;
  });
  redis.on("error", (err) => log.debug({ connection: name, err: err.message }, "redis connection error"));
  redis.on("reconnecting", () => log.warn({ connection: name }, "redis reconnecting"));
  return redis;
}

/** Waits for the first connection, up to `timeoutMs`, so a wrong REDIS_URL stops the process at start. */
export async function waitForRedis(redis: Redis, timeoutMs: number): Promise<void> {
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
