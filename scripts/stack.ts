/**
 * `npm run stack`: the whole of logrelay as local processes (redis-server, the producer in
 * demo mode, RELAYS relays, nginx on PORT). Prints the URL once every part is ready and
 * stops every part on Ctrl-C or SIGTERM (also when the npm that started it is killed).
 */
import path from "node:path";
import { MissingToolError, ROOT, portFree, requireTool, startStack } from "./local-stack.ts";

// Every port follows PORT, so two stacks on different PORTs share nothing: 8080 -> Redis 6380,
// producer 8180, relays 8181...
const port = Number(process.env.PORT ?? 8080);
const relays = Number(process.env.RELAYS ?? 3);
const redisPort = Number(process.env.REDIS_PORT ?? port - 1700);
// REDIS_SHARDS=N: a Redis Cluster of N masters with one replica each, on REDIS_PORT and the next 2N-1 ports
const shards = Number(process.env.REDIS_SHARDS || 0);
if (![port, redisPort].every((p) => Number.isInteger(p) && p > 0 && p < 65536 - 200) || !Number.isInteger(relays) || relays < 1 || relays > 32) {
  console.error("PORT and REDIS_PORT must be port numbers (PORT from 1701) and RELAYS a number from 1 to 32");
  process.exit(2);
}
if (!Number.isInteger(shards) || shards < 0 || shards > 16 || shards === 1 || shards === 2) {
  console.error("REDIS_SHARDS must be 0 (one Redis) or a number of cluster masters from 3 to 16 (Redis Cluster needs 3)");
  process.exit(2);
}

// A port still held (say, by a stack whose npm was killed) would answer the readiness checks
// for parts that failed to start: refuse to start instead of reporting a stack that is not ours.
const redisPorts = Array.from({ length: Math.max(1, shards * 2) }, (_, i) => redisPort + i);
const wanted = [port, ...redisPorts, port + 100, ...Array.from({ length: relays }, (_, i) => port + 101 + i)];
for (const p of wanted) {
  if (!(await portFree(p))) {
    console.error(`port ${p} is in use (another stack still running? stop it, or pick other ports with PORT=... and REDIS_PORT=...)`);
    process.exit(1);
  }
}

try {
  requireTool("redis-server");
  requireTool("nginx");
} catch (err) {
  if (err instanceof MissingToolError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}

// one folder per port: two stacks never share log files or Redis's append-only file
const dir = path.join(ROOT, ".stack", String(port));
const stack = await startStack({
  relays,
  redisShards: shards,
  port,
  dir,
  persistence: true,
  ports: { redis: redisPort, producer: port + 100, firstRelay: port + 101 },
  producerEnv: { DEMO: process.env.DEMO ?? "1" },
}).catch((err: Error) => {
  console.error(`the stack did not start: ${err.message}`);
  process.exit(1);
});

// The demo numbers its builds from a counter kept in Redis: ask the step list which build runs
// now, and point at its long test step (step 3, ~500 lines): its first steps end within
// seconds, and a stream of a step not started yet simply waits for its lines.
async function demoTestStep(): Promise<string | undefined> {
  for (let i = 0; i < 20; i++) {
    const res = await fetch(`${stack.url}/api/steps?limit=20`).catch(() => undefined);
    const steps = res?.ok ? ((await res.json()) as { steps: { name: string; status: string }[] }).steps : [];
    const running = steps.find((s) => s.status === "running" && s.name.startsWith("demo/"));
    if (running) {
      const [org, repo, build] = running.name.split("/");
      return `/${org}/${repo}/builds/${build}/steps/3/logs/events`;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return undefined;
}
const demoStep = await demoTestStep();
const url = stack.url.replace("127.0.0.1", "localhost");

const auth = process.env.AUTH_JWT_SECRET || process.env.AUTH_JWKS_URL ? " -H 'Authorization: Bearer <jwt>'" : "";
console.log(`logrelay is up: ${url}/  (viewer: opens the running demo step)
  ${demoStep ? `stream a demo step: curl -N${auth} ${url}${demoStep}` : `list steps:         curl${auth} ${url}/api/steps`}
  producer:           http://127.0.0.1:${stack.producer.port}  (metrics at /metrics)
  relays:             ${stack.relays.map((r) => `http://127.0.0.1:${r.port}`).join(" ")}  (metrics at /metrics)
  redis:              ${stack.cluster ? `cluster of ${shards} masters + ${shards} replicas (REDIS_CLUSTER_NODES=${stack.cluster.seeds})\n    ${stack.cluster.describe()}` : stack.redis.url}
  logs:               ${dir}/*.log
Ctrl-C stops everything.`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping nginx, relays, producer, redis...`);
  await stack.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
// npm killed without passing the signal on (or killed with SIGKILL): this process is adopted
// by another parent; stop rather than leave the stack running with nobody to stop it
const parent = process.ppid;
setInterval(() => process.ppid !== parent && void shutdown("parent exited"), 1000).unref();

// A part that dies is reported, and the rest keeps running: killing a relay to watch the
// viewers fail over to its siblings is one of the things this stack is for. When none is left,
// the stack is over.
const parts = [stack.producer, ...stack.relays, stack.nginx, ...(stack.cluster ? stack.cluster.nodes.map((n) => n.proc) : [stack.redis.proc])];
let alive = parts.length;
for (const part of parts) {
  void part.exited.then((code) => {
    if (stopping) return;
    const how = code === null ? `killed by ${part.child.signalCode ?? "a signal"}` : `exit code ${code}`;
    console.error(`${part.name} exited (${how}); see ${part.logFile}`);
    if (--alive === 0) {
      console.error("every part of the stack has exited");
      process.exit(1);
    }
  });
}
