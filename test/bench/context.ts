/**
 * What every scenario needs: the stack under test (redis-server, producer, one relay and
 * nginx in front of that same relay, so "direct" and "through nginx" differ by the proxy hop
 * only), the naive relay, and the viewer processes with helpers to drive them.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, rmSync } from "node:fs";
import path from "node:path";
import {
  LocalRedis,
  LocalRedisCluster,
  Proc,
  RELAY_NODE_FLAGS,
  freePort,
  httpOk,
  pipeToLog,
  startNginx,
  startProducer,
  startRelay,
  tempDir,
  type LocalStack,
  type LocalNginx,
} from "../../scripts/local-stack.ts";
import { Histogram, childPids, clockMs } from "./stats.ts";
import { logErrors, proxyConf, startNchan, startNginxWith, type NchanTuning } from "./nchan.ts";
import type { ViewerTarget, ViewerTotals } from "./sse-client.ts";
import type { Command, OpenReply, StatsReply, WaitReply } from "./viewers.ts";

const HERE = path.dirname(new URL(import.meta.url).pathname);

/** BENCH_RELAY_DIR=<checkout>: benchmark the relay of another checkout (e.g. an older commit) instead of this one. */
const RELAY_DIR = process.env.BENCH_RELAY_DIR;

/**
 * Relay settings for the whole run: quieter logs; heartbeats every 5 s so the idle scenario
 * sees them. BENCH_CPU_PROF=<dir> profiles the relays (node --cpu-prof, written at exit);
 * BENCH_RELAY_NODE_OPTIONS adds node flags to the relays alone (e.g. to compare V8 heap settings).
 */
export const RELAY_ENV: Record<string, string> = {
  LOG_LEVEL: "warn",
  HEARTBEAT_MS: "5000",
  MAX_CONNECTIONS: "20000",
  NODE_OPTIONS: [process.env.BENCH_RELAY_NODE_OPTIONS ?? "", process.env.BENCH_CPU_PROF ? `--cpu-prof --cpu-prof-dir=${process.env.BENCH_CPU_PROF}` : ""]
    .join(" ")
    .trim(),
};

/** nchan: nginx with the nchan module serving viewers itself; nchan-proxy: the same behind a plain nginx proxy with our stream settings. */
export type Route = "direct" | "nginx" | "naive" | "nchan" | "nchan-proxy";

/** The comparison's anchors (nchan.ts), when the module is there. */
export interface NchanPair {
  readonly nchan: Proc;
  readonly proxy: Proc;
}

export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

class Worker {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  #req = 0;
  readonly #waiting = new Map<number, (body: unknown) => void>();

  constructor() {
    this.child = fork(path.join(HERE, "viewers.ts"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.ready = new Promise((resolve) => this.child.once("message", () => resolve()));
    this.child.on("message", (m: { req?: number; body?: unknown }) => {
      if (m.req === undefined) return;
      this.#waiting.get(m.req)?.(m.body);
      this.#waiting.delete(m.req);
    });
  }

  call<T>(cmd: DistributiveOmit<Exclude<Command, { type: "exit" }>, "req">): Promise<T> {
    const req = ++this.#req;
    return new Promise((resolve) => {
      this.#waiting.set(req, resolve as (body: unknown) => void);
      this.child.send({ ...cmd, req });
    });
  }
}

export interface ViewerStats {
  totals: ViewerTotals;
  hist: Histogram;
  cpu: number;
}

export class Bench {
  readonly stack: LocalStack;
  /** with `redisShards`: the Redis Cluster the stack runs on (stack.redis is then its first node's stand-in) */
  readonly cluster?: LocalRedisCluster;
  #naive?: Proc;
  nchan?: NchanPair;
  readonly workers: Worker[];
  readonly quick: boolean;
  #steps = 0;
  #nchanRows = 0;
  readonly #runId = Date.now() % 1_000_000_000;

  private constructor(stack: LocalStack, naive: Proc | undefined, workers: Worker[], quick: boolean) {
    this.stack = stack;
    this.#naive = naive;
    this.workers = workers;
    this.quick = quick;
  }

  static async start(options: { quick: boolean; workers: number; redisShards?: number }): Promise<Bench> {
    const dir = tempDir(options.redisShards ? "bench-cluster" : "bench");
    const cluster = options.redisShards ? await LocalRedisCluster.start({ dir, shards: options.redisShards }) : undefined;
    const stack = await startBenchStack(dir, cluster).catch(async (err: unknown) => {
      await cluster?.stop();
      throw err;
    });
    try {
      // the naive relay subscribes on one node: not on a cluster
      const naive = cluster ? undefined : await startNaive(dir, stack.redis.url);
      const workers = Array.from({ length: options.workers }, () => new Worker());
      await Promise.all(workers.map((w) => w.ready));
      const bench = new Bench(stack, naive, workers, options.quick);
      Object.assign(bench, { cluster });
      return bench;
    } catch (err) {
      await stack.stop();
      throw err;
    }
  }

  get naive(): Proc {
    if (!this.#naive) throw new Error("no naive relay on a cluster bench");
    return this.#naive;
  }

  /** Redis processes by name: one, or every node of the cluster (masters and replicas). */
  redisPids(): { name: string; pid: number }[] {
    if (this.cluster) return this.cluster.nodes.filter((n) => n.running).map((n) => ({ name: `:${n.port}`, pid: n.proc.child.pid! }));
    return [{ name: "redis", pid: this.stack.redis.proc.child.pid! }];
  }

  /** REDIS_CLUSTER_NODES of the cluster bench, else undefined. */
  get clusterSeeds(): string | undefined {
    return this.cluster?.seeds;
  }

  get relay(): Proc {
    return this.stack.relays[0];
  }

  get producerUrl(): string {
    return `http://127.0.0.1:${this.stack.producer.port}`;
  }

  endpoint(route: Route): Endpoint {
    const ports: Record<Route, () => number> = {
      direct: () => this.relay.port,
      nginx: () => this.stack.nginx.port,
      naive: () => this.naive.port,
      nchan: () => this.nchanPair.nchan.port,
      "nchan-proxy": () => this.nchanPair.proxy.port,
    };
    return { host: "127.0.0.1", port: ports[route]() };
  }

  get nchanPair(): NchanPair {
    if (!this.nchan) throw new Error("nchan is not running");
    return this.nchan;
  }

  /** The processes that do the relaying for a route (their CPU is "relay CPU"): nchan's are its nginx workers. */
  relayPids(route: Route): number[] {
    if (route === "nchan" || route === "nchan-proxy") return childPids(this.nchanPair.nchan.child.pid!);
    return [(route === "naive" ? this.naive : this.relay).child.pid!];
  }

  /** The proxy's workers in front of the relay (ours, or the plain one in front of nchan). */
  nginxPids(route: Route = "nginx"): number[] {
    if (route === "nchan-proxy") return childPids(this.nchanPair.proxy.child.pid!);
    return childPids(this.stack.nginx.child.pid!);
  }

  /** Starts nchan and its proxy on the bench's Redis (stopped with the bench). */
  async startNchan(): Promise<void> {
    this.nchan = await startNchanPair(this.stack.dir, this.stack.redis.url, "nchan");
  }

  /**
   * A fresh nchan and proxy for the next row, the previous pair stopped: nchan keeps a
   * channel's messages in its shared memory for nchan_message_timeout, so rows on one nchan
   * filled it ("Out of shared memory"), after which nchan still answered publishes 201 but
   * stopped delivering. BENCH_NCHAN_REUSE=1 keeps one pair for the whole run, as before.
   */
  async restartNchan(): Promise<NchanPair> {
    if (this.nchan && process.env.BENCH_NCHAN_REUSE) return this.nchan;
    if (this.nchan) await stopNchanPair(this.nchan);
    this.nchan = undefined;
    this.nchan = await startNchanPair(this.stack.dir, this.stack.redis.url, `nchan-${++this.#nchanRows}`);
    return this.nchan;
  }

  /** Error lines nchan and its proxy have logged since they started. */
  nchanErrors(): string[] {
    return this.nchan ? [...logErrors(this.nchan.nchan.logFile), ...logErrors(this.nchan.proxy.logFile)] : [];
  }

  loadPids(): number[] {
    return [process.pid, ...this.workers.map((w) => w.child.pid!)];
  }

  /** A step path no earlier scenario used. */
  newStep(): string {
    return `/bench/run${this.#runId}/builds/1/steps/${++this.#steps}`;
  }

  /** Viewer i watches paths[i % paths.length], from one of 200 loopback source addresses. */
  targets(route: Route, count: number, paths: readonly string[], goal?: number, endpoint = this.endpoint(route)): ViewerTarget[] {
    const idFromLines = route === "nchan" || route === "nchan-proxy";
    return Array.from({ length: count }, (_, i) => ({
      ...endpoint,
      path: `${paths[i % paths.length]}/logs/events`,
      localAddress: `127.0.1.${1 + (i % 200)}`,
      goal,
      idFromLines,
    }));
  }

  async openViewers(targets: ViewerTarget[], timeoutMs = 60000): Promise<OpenReply> {
    const per = this.workers.map(() => [] as ViewerTarget[]);
    targets.forEach((t, i) => per[i % per.length].push(t));
    const concurrency = 100;
    const replies = await Promise.all(this.workers.map((w, i) => w.call<OpenReply>({ type: "open", targets: per[i], concurrency, timeoutMs })));
    return {
      opened: sum(replies.map((r) => r.opened)),
      failed: sum(replies.map((r) => r.failed)),
      firstError: replies.find((r) => r.firstError)?.firstError ?? "",
    };
  }

  /** Waits until each viewer holds the last line of its step (keys: step paths). */
  async waitViewers(lastByStep: Record<string, number>, timeoutMs: number): Promise<WaitReply> {
    const expect = Object.fromEntries(Object.entries(lastByStep).map(([k, v]) => [`${k}/logs/events`, v]));
    const replies = await Promise.all(this.workers.map((w) => w.call<WaitReply>({ type: "wait", expect, timeoutMs })));
    return {
      done: replies.every((r) => r.done),
      missing: sum(replies.map((r) => r.missing)),
      broken: sum(replies.map((r) => r.broken)),
      firstError: replies.find((r) => r.firstError)?.firstError ?? "",
      lastReachedAt: Math.max(...replies.map((r) => r.lastReachedAt)),
      firstOpenedAt: Math.min(...replies.filter((r) => r.firstOpenedAt > 0).map((r) => r.firstOpenedAt)),
    };
  }

  /** nchan and its proxy as fresh processes, for memory figures (the caller stops them). */
  freshNchan(): Promise<NchanPair> {
    return startNchanPair(this.stack.dir, this.stack.redis.url, `nchan-fresh-${Date.now() % 100000}`);
  }

  async viewerStats(reset: boolean | "hist"): Promise<ViewerStats> {
    const replies = await Promise.all(this.workers.map((w) => w.call<StatsReply>({ type: "stats", reset })));
    const hist = new Histogram();
    const totals: ViewerTotals = { lines: 0, events: 0, lost: 0, dup: 0, malformed: 0, heartbeats: 0, bytes: 0, reconnects: 0, reordered: 0 };
    for (const r of replies) {
      hist.merge(r.hist);
      for (const k of Object.keys(totals) as (keyof ViewerTotals)[]) totals[k] += r.totals[k];
    }
    return { totals, hist, cpu: sum(replies.map((r) => r.cpu)) };
  }

  async closeViewers(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.call({ type: "close" })));
  }

  /** A fresh relay on the same Redis (for memory figures from a clean process). */
  freshRelay(): Promise<Proc> {
    return startBenchRelay(this.stack.dir, this.stack.redis.url, `relay-fresh-${Date.now() % 100000}`, this.cluster);
  }

  freshNaive(): Promise<Proc> {
    return startNaive(this.stack.dir, this.stack.redis.url);
  }

  /** Node's HTTP server alone holding streams open (floor-server.ts): the floor under idle memory. */
  freshFloor(): Promise<Proc> {
    return startScript(this.stack.dir, "floor", path.join(HERE, "floor-server.ts"), { HOST: "127.0.0.1", HEARTBEAT_MS: RELAY_ENV.HEARTBEAT_MS });
  }

  /**
   * Replaces the naive relay with a fresh process: an overloaded naive relay goes on working
   * through its backlog (and Redis through its subscribers' buffers) after a scenario ends.
   */
  async restartNaive(): Promise<void> {
    await this.naive.stop("SIGKILL");
    this.#naive = await startNaive(this.stack.dir, this.stack.redis.url);
  }

  /** Stops every process; the temporary directory (logs, Redis files) stays when `keepDir`. */
  async stop(keepDir = false): Promise<void> {
    for (const w of this.workers) w.child.send({ type: "exit" });
    await this.#naive?.stop();
    if (this.nchan) await stopNchanPair(this.nchan);
    await this.stack.stop();
    if (!keepDir) rmSync(this.stack.dir, { recursive: true, force: true });
  }
}

/** The stack of scripts/local-stack.ts with one relay, and nginx in front of that relay only; on `cluster` when given. */
async function startBenchStack(dir: string, cluster?: LocalRedisCluster): Promise<LocalStack> {
  // on a cluster, stack.redis stands for it (url: the first node; stop: every node)
  const redis = cluster ? (cluster as unknown as LocalRedis) : await LocalRedis.start({ dir });
  try {
    const servers = await startLogrelay(dir, redis.url, cluster);
    const stop = async () => {
      await servers.stop();
      await redis.stop();
    };
    return { dir, redis, producer: servers.producer, relays: [servers.relay], nginx: servers.nginx, url: `http://127.0.0.1:${servers.nginx.port}`, stop };
  } catch (err) {
    await redis.stop().catch(() => undefined);
    throw err;
  }
}

export interface LogrelayServers {
  readonly producer: Proc;
  readonly relay: Proc;
  readonly nginx: LocalNginx;
  /** stops the three (not Redis) */
  stop(): Promise<void>;
}

/** The producer, one relay and nginx (the repository's config) in front of both, on a running Redis or cluster. */
export async function startLogrelay(dir: string, redisUrl: string, cluster?: LocalRedisCluster): Promise<LogrelayServers> {
  const started: { stop(): Promise<void> }[] = [];
  try {
    const clusterEnv: Record<string, string> = cluster ? { REDIS_CLUSTER_NODES: cluster.seeds } : {};
    // a body limit above what one 3 s upload sends on loopback (the default 64 MiB is reached in ~1 s)
    const producer = await startProducer({ dir, redisUrl, env: { LOG_LEVEL: "warn", MAX_BODY_BYTES: String(2 ** 30), ...clusterEnv } });
    started.push(producer);
    const relay = await startBenchRelay(dir, redisUrl, "relay1", cluster);
    started.push(relay);
    const nginx = await startNginx({ dir, relayPorts: [relay.port], producerPort: producer.port });
    started.push(nginx);
    const stop = async () => {
      for (const part of [...started].reverse()) await part.stop();
    };
    return { producer, relay, nginx, stop };
  } catch (err) {
    for (const part of started.reverse()) await part.stop().catch(() => undefined);
    throw err;
  }
}

/** nchan on `redisUrl` and the plain proxy in front of it (nchan.ts). */
export async function startNchanPair(dir: string, redisUrl: string, name: string, tuning?: Partial<NchanTuning>): Promise<NchanPair> {
  const nchan = await startNchan(dir, name, redisUrl, tuning);
  try {
    return { nchan, proxy: await startNginxWith(dir, `${name}-proxy`, (port) => proxyConf(port, nchan.port)) };
  } catch (err) {
    await nchan.stop();
    throw err;
  }
}

export async function stopNchanPair(pair: NchanPair): Promise<void> {
  await pair.proxy.stop();
  await pair.nchan.stop();
}

function startBenchRelay(dir: string, redisUrl: string, name: string, cluster?: LocalRedisCluster): Promise<Proc> {
  const env: Record<string, string> = { ...RELAY_ENV, HOST: "127.0.0.1", ...(cluster ? { REDIS_CLUSTER_NODES: cluster.seeds } : {}) };
  if (!RELAY_DIR) return startRelay({ dir, redisUrl, name, env });
  return startScript(dir, name, path.join(RELAY_DIR, "relay/main.ts"), { ...env, REDIS_URL: redisUrl, INSTANCE_ID: name });
}

/** The naive relay of naive-relay.ts, as a process beside the stack. */
function startNaive(dir: string, redisUrl: string): Promise<Proc> {
  return startScript(dir, "naive", path.join(HERE, "naive-relay.ts"), { REDIS_URL: redisUrl, HOST: "127.0.0.1", HEARTBEAT_MS: RELAY_ENV.HEARTBEAT_MS });
}

/** A relay (an older checkout's, or the naive one) on a free port, with our relays' node flags, ready when its /readyz answers. */
async function startScript(dir: string, name: string, script: string, env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const logFile = path.join(dir, `${name}-${port}.log`);
  const child = spawn(process.execPath, [...RELAY_NODE_FLAGS, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const out = createWriteStream(logFile);
  pipeToLog(child, out);
  const proc = new Proc(name, port, logFile, child);
  const deadline = clockMs() + 20000;
  while (!(await httpOk(`http://127.0.0.1:${port}/readyz`).catch(() => false))) {
    if (!proc.running || clockMs() > deadline) throw new Error(`${name} did not start:\n${proc.logTail()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return proc;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
