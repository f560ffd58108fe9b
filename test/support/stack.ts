/**
 * The one helper tests use to get real servers: the stack of scripts/local-stack.ts (producer
 * and relays as processes on loopback) with Redis and nginx either as the local binaries or,
 * when a Docker engine answers, as containers through testcontainers (test/support/containers.ts).
 * LOGRELAY_TEST_SERVERS picks: `local`, `containers` (fails if no engine answers), or unset
 * for whichever is there. Tests see the same `stack.redis` / `stack.nginx` either way.
 */
import { existsSync } from "node:fs";
import { Cluster, Redis } from "ioredis";
import { localServers, startStack, type NginxServer, type RedisServer, type Servers, type Stack, type StackOptions } from "../../scripts/local-stack.ts";

export { freePort, startRelay, startNginx, startProducer, LocalRedis, LocalRedisCluster, LocalClusterNode, tempDir } from "../../scripts/local-stack.ts";

/** What a test gets: `redis` has url, port, stop(signal?), restart(); `nginx` has port, stop(). */
export type LocalStack = Stack<RedisServer, NginxServer>;

type TestServers = Servers<RedisServer, NginxServer> & { readonly kind: "local" | "containers"; remove?(): Promise<void> };

let chosen: Promise<"local" | "containers"> | undefined;

/** `local` or `containers`, decided once per process. */
export function testServersKind(): Promise<"local" | "containers"> {
  chosen ??= (async () => {
    const wanted = process.env.LOGRELAY_TEST_SERVERS ?? "auto";
    if (!["local", "containers", "auto"].includes(wanted)) throw new Error(`LOGRELAY_TEST_SERVERS must be local, containers or unset, not ${wanted}`);
    if (wanted === "local") return "local";
    if (wanted === "auto" && !process.env.DOCKER_HOST && !existsSync("/var/run/docker.sock")) return "local";
    const { dockerAnswers } = await import("./containers.ts");
    if (await dockerAnswers()) return "containers";
    if (wanted === "containers") throw new Error("LOGRELAY_TEST_SERVERS=containers but no Docker engine answers (is dockerd running? DOCKER_HOST?)");
    return "local";
  })();
  return chosen;
}

async function testServers(): Promise<TestServers> {
  if ((await testServersKind()) === "local") return { ...localServers, kind: "local" };
  const { containerServers } = await import("./containers.ts");
  return { ...containerServers(), kind: "containers" };
}

const open: LocalStack[] = [];

/**
 * Starts a stack for a test file; with `redisShards: 3` on a local Redis Cluster of 3 masters
 * and 3 replicas (`stack.cluster`: its nodes, each with port, role(), kill(signal), restart(),
 * and masterOf(key)), always as local redis-server processes, also in containers mode.
 */
/** Starts a stack for a test file; `stopAllStacks()` in afterAll stops it (and removes its containers). */
export async function startTestStack(options: StackOptions = {}): Promise<LocalStack & { readonly servers: "local" | "containers" }> {
  const servers = await testServers();
  const stackOptions = {
    relays: 2,
    ...options,
    relayEnv: { LOG_LEVEL: "warn", ...options.relayEnv },
    producerEnv: { LOG_LEVEL: "warn", ...options.producerEnv },
  };
  const stack = await startStack(stackOptions, servers).catch(async (err: unknown) => {
    await servers.remove?.();
    throw err;
  });
  const testStack = {
    ...stack,
    servers: servers.kind,
    async stop() {
      await stack.stop();
      await servers.remove?.();
    },
  };
  open.push(testStack);
  return testStack;
}

export async function stopAllStacks(): Promise<void> {
  while (open.length) await open.pop()!.stop();
}

/** A client of the stack's Redis: a Cluster client on a cluster, else a plain one. Disconnect it after. */
export function redisClient(stack: LocalStack): Redis | Cluster {
  if (!stack.cluster) return new Redis(stack.redis.url);
  return new Cluster(
    stack.cluster.nodes.map((n) => ({ host: "127.0.0.1", port: n.port })),
    { scaleReads: "master" },
  );
}

/** PUBSUB SHARDNUMSUB of a step channel, asked of the node that owns its slot (the only one that knows). */
export async function shardSubscribers(stack: LocalStack, channel: string): Promise<number> {
  const node = stack.cluster ? await stack.cluster.masterOf(channel) : stack.redis;
  const redis = new Redis(node.port, "127.0.0.1");
  try {
    return Number(((await redis.pubsub("SHARDNUMSUB", channel)) as [string, number])[1]);
  } finally {
    redis.disconnect();
  }
}

let stepCounter = 0;
/** A step path no other test uses. */
export function uniqueStep(org = "acme"): { org: string; repo: string; build: number; step: number; path: string } {
  const build = Date.now() % 1_000_000_000;
  const step = ++stepCounter;
  const repo = `repo${process.pid}`;
  return { org, repo, build, step, path: `/${org}/${repo}/builds/${build}/steps/${step}` };
}

export async function appendLines(
  baseUrl: string,
  stepPath: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}${stepPath}/logs`, { method: "POST", headers: { "Content-Type": "text/plain", ...headers }, body });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export async function endStep(
  baseUrl: string,
  stepPath: string,
  status = "success",
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}${stepPath}/logs/end`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify({ status }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export function lines(from: number, to: number, prefix = "line"): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix} ${from + i}`);
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10000, everyMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Reads one metric's value (summed over its series) from a /metrics endpoint; `name{label="v"}`
 * reads that one series. A metric the process does not export throws: a renamed metric must fail
 * the test that watches it, not read 0. A series not counted yet (its metric's `# TYPE` line is
 * there) reads 0.
 */
export async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const family = name.split("{")[0].replace(/_(count|sum|bucket)$/, "");
  let sum = 0;
  let found = false;
  for (const line of text.split("\n")) {
    if (line.startsWith(`${name} `) || (!name.includes("{") && line.startsWith(`${name}{`))) {
      sum += Number(line.slice(line.lastIndexOf(" ") + 1));
      found = true;
    } else if (line.startsWith(`# TYPE ${name} `) || line.startsWith(`# TYPE ${family} `)) found = true;
  }
  if (!found) throw new Error(`${url}/metrics has no metric ${name}`);
  return sum;
}
