/**
 * `npm run stack`: the whole of logrelay as local processes (redis-server, the producer in
 * demo mode, RELAYS relays, nginx on PORT). Prints the URL once every part is ready and
 * stops every part on Ctrl-C or SIGTERM (also when the npm that started it is killed).
 */
import path from "node:path";
import { MissingToolError, ROOT, freePort, portFree, requireTool, startStack } from "./local-stack.ts";

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
// for parts that failed to start. A port the user asked for (PORT, the address to open, and
// REDIS_PORT when set) must be free, or the stack refuses to start, naming it; a port derived
// from PORT that is taken is replaced by a free one, said on the way.
const taken = new Set<number>();
async function portFor(part: string, wanted: number, askedBy?: string): Promise<number> {
  if (!taken.has(wanted) && (await portFree(wanted))) {
    taken.add(wanted);
    return wanted;
  }
  if (askedBy) {
    console.error(`port ${wanted} (${part}, ${askedBy}) is in use: another stack still running? Stop it, or set ${askedBy} to another port`);
    process.exit(1);
  }
  let other = await freePort();
  while (taken.has(other)) other = await freePort();
  taken.add(other);
  console.log(`port ${wanted} (${part}, derived from PORT) is in use: ${part} takes ${other} instead`);
  return other;
}
// A local cluster takes `count` consecutive ports from REDIS_PORT (or from another free run of
// them when the derived ones are taken and REDIS_PORT was not set).
async function clusterPorts(first: number, count: number): Promise<number> {
  const asked = process.env.REDIS_PORT !== undefined;
  for (let base = first, tries = 0; tries < 50; tries++, base = asked ? base : await freePort()) {
    const range = Array.from({ length: count }, (_, i) => base + i);
    const free = await Promise.all(range.map((p) => !taken.has(p) && portFree(p)));
    if (free.every(Boolean)) {
      range.forEach((p) => taken.add(p));
      if (base !== first)
        console.log(`ports ${first}-${first + count - 1} (redis cluster, derived from PORT) are in use: the cluster takes ${base}-${base + count - 1} instead`);
      return base;
    }
    if (asked) {
      console.error(
        `ports ${first}-${first + count - 1} (redis cluster, REDIS_PORT) are not all free: stop what holds them, or set REDIS_PORT to another port`,
      );
      process.exit(1);
    }
  }
  console.error(`no free run of ${count} ports for the redis cluster`);
  process.exit(1);
}
const nginxPort = await portFor("nginx", port, "PORT");
const ports = {
  redis:
    shards > 0 ? await clusterPorts(redisPort, shards * 2) : await portFor("redis", redisPort, process.env.REDIS_PORT === undefined ? undefined : "REDIS_PORT"),
  producer: await portFor("producer", port + 100),
  relays: [] as number[],
};
for (let i = 0; i < relays; i++) ports.relays.push(await portFor(`relay${i + 1}`, port + 101 + i));

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
  port: nginxPort,
  dir,
  persistence: true,
  ports,
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
const parts = [stack.producer, ...stack.relays, stack.nginx.proc, ...(stack.cluster ? stack.cluster.nodes.map((n) => n.proc) : [stack.redis.proc])];
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
