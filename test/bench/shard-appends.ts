/**
 * What one Redis shard costs per append, for docs/scaling.md:
 *   node test/bench/shard-appends.ts [seconds per row, default 5]
 * Starts a redis-server (append-only file on, as in compose) on a free loopback port and drives
 * the producer's own append script (common/step-store.ts) over 1 000 steps with 64 calls in flight,
 * one row per lines-per-append and number of relays subscribed to every step (SSUBSCRIBE, as a
 * relay with viewers of the step does). Redis runs one thread, so its CPU time per append
 * (used_cpu of INFO over the row) is what caps a shard: appends/s at one full core = 1 / that
 * time. The driver's own rate depends on how busy this machine is; the per-append CPU time much
 * less.
 */
import { Redis } from "ioredis";
import { LocalRedis, tempDir } from "../../scripts/local-stack.ts";
import { stepKeys } from "../../common/contract.ts";
import { stepStore, type Retention } from "../../common/step-store.ts";
import type { StepRef } from "../../common/domain.ts";

const SECONDS = Number(process.argv[2] ?? 5);
const STEPS = 1000;
const IN_FLIGHT = 64;
const LINE = "x".repeat(80); // a typical CI log line
const retention: Retention = { maxLinesPerStep: 1_000_000, idleTtlSeconds: 3600, endedTtlSeconds: 3600 };

async function redisCpuSeconds(redis: Redis): Promise<number> {
  const info = await redis.info("cpu");
  const field = (name: string) => Number(info.match(new RegExp(`${name}:([\\d.]+)`))![1]);
  return field("used_cpu_sys") + field("used_cpu_user");
}

const server = await LocalRedis.start({ dir: tempDir("shard-appends"), persistence: true });
const redis = new Redis(server.port, "127.0.0.1", { lazyConnect: false });
const relays: Redis[] = [];
const stepOf = (linesPerAppend: number, i: number): StepRef => ({ org: "bench", repo: "shard", build: 1 + linesPerAppend, step: 1 + (i % STEPS) });
try {
  const store = stepStore(redis);
  console.log(
    `redis-server ${(await redis.info("server")).match(/redis_version:(\S+)/)![1]}, appendonly yes (fsync everysec), ${STEPS} steps, ${IN_FLIGHT} appends in flight, ${SECONDS} s per row`,
  );
  console.log("relays  lines/append  appends/s  lines/s  redis CPU  redis µs/append  appends/s at 1 core  lines/s at 1 core");
  for (const [subscribers, linesPerAppend] of [
    [1, 1],
    [1, 10],
    [1, 100],
    [10, 1],
    [10, 10],
  ]) {
    // `subscribers` relays, each on every step channel: each SPUBLISH goes out that many times
    while (relays.length < subscribers) relays.push(new Redis(server.port, "127.0.0.1"));
    for (const relay of relays) await relay.ssubscribe(...Array.from({ length: STEPS }, (_, i) => stepKeys(stepOf(linesPerAppend, i)).channel));
    const lines = Array.from({ length: linesPerAppend }, () => LINE);
    const cpu0 = await redisCpuSeconds(redis);
    const t0 = performance.now();
    const deadline = t0 + SECONDS * 1000;
    let appends = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async (_, worker) => {
        for (let i = worker; performance.now() < deadline; i += IN_FLIGHT) {
          await store.append(stepOf(linesPerAppend, i), lines, retention);
          appends++;
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const cpu = (await redisCpuSeconds(redis)) - cpu0;
    const usPerAppend = (cpu / appends) * 1e6;
    const rate = appends / seconds;
    for (const relay of relays) await relay.sunsubscribe();
    console.log(
      [
        subscribers,
        linesPerAppend,
        rate.toFixed(0),
        (rate * linesPerAppend).toFixed(0),
        `${((cpu / seconds) * 100).toFixed(0)}%`,
        usPerAppend.toFixed(1),
        (1e6 / usPerAppend).toFixed(0),
        ((1e6 / usPerAppend) * linesPerAppend).toFixed(0),
      ]
        .map((v) => String(v).padStart(9))
        .join("  "),
    );
  }
  console.log(`memory: ${(await redis.info("memory")).match(/used_memory_human:(\S+)/)![1]} used after the run`);
} finally {
  for (const relay of relays) relay.disconnect();
  redis.disconnect();
  await server.stop();
}
