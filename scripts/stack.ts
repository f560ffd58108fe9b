/**
 * `npm run stack`: the whole of logrelay as local processes (redis-server, the producer in
 * demo mode, RELAYS relays, nginx on PORT). Prints the URL once every part is ready and
 * stops every part on Ctrl-C or SIGTERM.
 */
import path from "node:path";
import { MissingToolError, ROOT, requireTool, startStack } from "./local-stack.ts";

const port = Number(process.env.PORT ?? 8080);
const relays = Number(process.env.RELAYS ?? 3);
const redisPort = Number(process.env.REDIS_PORT ?? 6380);
if (!Number.isInteger(port) || !Number.isInteger(relays) || relays < 1 || relays > 32) {
  console.error("PORT must be a port number and RELAYS a number from 1 to 32");
  process.exit(2);
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
  port,
  dir,
  persistence: true,
  ports: { redis: redisPort, producer: port + 100, firstRelay: port + 101 },
  producerEnv: { DEMO: process.env.DEMO ?? "1" },
}).catch((err: Error) => {
  console.error(`the stack did not start: ${err.message}`);
  process.exit(1);
});

// The demo numbers its builds from a counter kept in Redis: ask the step list which one runs now.
async function runningDemoStep(): Promise<string | undefined> {
  for (let i = 0; i < 20; i++) {
    const res = await fetch(`${stack.url}/api/steps?limit=20`).catch(() => undefined);
    const steps = res?.ok ? ((await res.json()) as { steps: { name: string; status: string }[] }).steps : [];
    const running = steps.find((s) => s.status === "running" && s.name.startsWith("demo/"));
    if (running) {
      const [org, repo, build, step] = running.name.split("/");
      return `/${org}/${repo}/builds/${build}/steps/${step}/logs/events`;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return undefined;
}
const demoStep = await runningDemoStep();

console.log(`logrelay is up: ${stack.url.replace("127.0.0.1", "localhost")}/  (viewer: opens the running demo step)
  ${demoStep ? `stream a demo step: curl -N ${stack.url}${demoStep}` : `list steps:         curl ${stack.url}/api/steps`}
  producer:           http://127.0.0.1:${stack.producer.port}  (metrics at /metrics)
  relays:             ${stack.relays.map((r) => `http://127.0.0.1:${r.port}`).join(" ")}  (metrics at /metrics)
  redis:              ${stack.redis.url}
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

// A part that dies is reported, and the rest keeps running: killing a relay to watch the
// viewers fail over to its siblings is one of the things this stack is for.
for (const part of [stack.producer, ...stack.relays, stack.nginx, stack.redis.proc]) {
  void part.exited.then((code) => {
    if (stopping) return;
    console.error(`${part.name} exited (${code}); see ${part.logFile}`);
  });
}
