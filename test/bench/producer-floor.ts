/**
 * What sets the producer's CPU per append: the producer, Node's HTTP server alone, and the same
 * with the append script through ioredis, each alone on this machine (no nginx, no relay), fed
 * by the fleet's simulated workers (fleet-worker.ts) POSTing straight to it, interleaved:
 *   node test/bench/producer-floor.ts [steps, default 500] [seconds per row, default 12] [rounds, default 2]
 * Each step appends 10 ~100-byte lines a second; the server's CPU (user + system, /proc) over
 * the window is divided by the appends it answered. docs/performance.md, "A fleet of small appends".
 */
import { fork, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import path from "node:path";
import { LocalRedis, freePort, startProducer, tempDir } from "../../scripts/local-stack.ts";
import { FleetGenerators, FLEET_LINE_BYTES } from "./fleet.ts";
import type { Snapshot } from "./fleet-worker.ts";
import { cpuSeconds, rssBytes } from "./stats.ts";

const STEPS = Number(process.argv[2] ?? 500);
const SECONDS = Number(process.argv[3] ?? 12);
const ROUNDS = Number(process.argv[4] ?? 2);
const HERE = path.dirname(new URL(import.meta.url).pathname);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const dir = tempDir("producer-floor");
const redis = await LocalRedis.start({ dir });
const gens = await FleetGenerators.start(2);

async function server(kind: string): Promise<{ port: number; pid: number; stop(): Promise<void> }> {
  if (kind === "producer") {
    const p = await startProducer({ dir, redisUrl: redis.url, env: { LOG_LEVEL: "warn" } });
    return { port: p.port, pid: p.child.pid!, stop: () => p.stop() };
  }
  const port = await freePort();
  const child: ChildProcess = fork(path.join(HERE, "floor-producer.ts"), [], {
    env: { ...process.env, PORT: String(port), REDIS_URL: redis.url, FLOOR: kind },
  });
  await new Promise((r) => child.once("message", r));
  return { port, pid: child.pid!, stop: async () => void child.kill() };
}

try {
  console.log(`${STEPS} steps x 10 lines a second, POSTed straight to the server; ${SECONDS} s per row`);
  console.log("server                     load  appends/s  µs/append  µs/line  RSS MiB");
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of ["http", "redis", "producer"]) {
      const s = await server(kind);
      const run = `${kind}${round}x${Date.now() % 100000}`;
      const steps = Array.from({ length: STEPS }, (_, i) => `/floor/${run}/builds/1/steps/${i + 1}`);
      const plan = (i: number) => ({
        steps: steps.filter((_, k) => k % 2 === i),
        linesPerTick: 10,
        periodMs: 1000,
        lineBytes: FLEET_LINE_BYTES,
        host: "127.0.0.1",
        port: s.port,
        kind: "append" as const,
        localAddresses: ["127.0.0.1"],
      });
      await gens.call((i) => ({ type: "start", plan: plan(i) }));
      await sleep(3000);
      const load = loadavg()[0];
      const answeredBy = (snaps: Snapshot[]) => snaps.reduce((a, x) => a + x.counters.answered, 0);
      const before = answeredBy(await gens.call<Snapshot>(() => ({ type: "mark" })));
      const cpu0 = cpuSeconds(s.pid);
      await sleep(SECONDS * 1000);
      const cpu1 = cpuSeconds(s.pid);
      const answered = answeredBy(await gens.call<Snapshot>(() => ({ type: "mark" }))) - before;
      await gens.call(() => ({ type: "finish", drainMs: 5000 }));
      const perAppend = ((cpu1 - cpu0) * 1e6) / answered;
      const name = { http: "Node's HTTP server alone", redis: "  + append script (ioredis)", producer: "the producer" }[kind]!;
      console.log(
        `${name.padEnd(26)} ${load.toFixed(1).padStart(4)}  ${(answered / SECONDS).toFixed(0).padStart(9)}  ${perAppend.toFixed(0).padStart(9)}  ${(perAppend / 10).toFixed(1).padStart(7)}  ${(rssBytes(s.pid) / 1048576).toFixed(0).padStart(7)}`,
      );
      await s.stop();
    }
  }
} finally {
  gens.stop();
  await redis.stop();
}
