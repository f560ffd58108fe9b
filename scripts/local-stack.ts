/**
 * Starts the parts of logrelay as local processes on loopback: redis-server, the producer,
 * relays and nginx. Used by `npm run stack`, the tests and the benchmark, so all three run
 * the very same stack.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, createWriteStream, mkdtempSync, type WriteStream } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export class MissingToolError extends Error {}

const INSTALL_HINT: Record<string, string> = {
  "redis-server": "sudo apt-get install -y redis-server   (macOS: brew install redis)",
  nginx: "sudo apt-get install -y nginx-light   (macOS: brew install nginx)",
};

/** Throws a message with the install command when a binary is not on the PATH. */
export function requireTool(name: "redis-server" | "nginx"): void {
  const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  if (found.status !== 0) throw new MissingToolError(`${name} is not installed (needed on the PATH). Install it: ${INSTALL_HINT[name]}`);
}

/** Whether `port` can be listened on at 127.0.0.1 now (nothing else holds it). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `logrelay-${prefix}-`));
}

/** A child process of the stack, with its log file. */
export class Proc {
  readonly name: string;
  readonly port: number;
  readonly logFile: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(name: string, port: number, logFile: string, child: ChildProcess) {
    this.name = name;
    this.port = port;
    this.logFile = logFile;
    this.child = child;
    this.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? null : 0))));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Sends `signal` and waits for the exit (SIGKILL after `timeoutMs`). */
  async stop(signal: NodeJS.Signals = "SIGTERM", timeoutMs = 15000): Promise<void> {
    if (!this.running) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill("SIGKILL"), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Freezes or thaws the process (SIGSTOP / SIGCONT), e.g. to starve a client. */
  pause(): void {
    this.child.kill("SIGSTOP");
  }
  resume(): void {
    this.child.kill("SIGCONT");
  }

  logTail(lines = 30): string {
    try {
      return readFileSync(this.logFile, "utf8").split("\n").slice(-lines).join("\n");
    } catch {
      return "";
    }
  }
}

function launch(name: string, port: number, dir: string, command: string, args: string[], env: Record<string, string> = {}): Proc {
  const logFile = path.join(dir, `${name}.log`);
  const out = createWriteStream(logFile, { flags: "a" });
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], cwd: ROOT });
  pipeToLog(child, out);
  return new Proc(name, port, logFile, child);
}

/**
 * Both output streams into one log file, closed once the process and both streams are done:
 * with pipe's default, whichever stream ended first would close the file under the other
 * ("write after end", which crashed the bench when nginx failed to start).
 */
export function pipeToLog(child: ChildProcess, out: WriteStream): void {
  child.stdout!.pipe(out, { end: false });
  child.stderr!.pipe(out, { end: false });
  child.on("close", () => out.end());
}

// 60 s: on a 2-core machine shared by many test runs, a relay has been seen to take 56 s to start
async function waitUntil(proc: Proc, check: () => Promise<boolean>, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!proc.running) throw new Error(`${proc.name} exited while starting:\n${proc.logTail()}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  const tail = proc.logTail();
  await proc.stop("SIGKILL"); // not left running when its stack gives up on it
  throw new Error(`${proc.name} did not become ready within ${timeoutMs} ms:\n${tail}`);
}

export async function httpOk(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await res.body?.cancel();
  return res.ok;
}

function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(500, () => (socket.destroy(), resolve(false)));
    socket.on("error", () => resolve(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (d) => (socket.destroy(), resolve(d.toString().startsWith("+PONG"))));
  });
}

export interface RedisOptions {
  port?: number;
  dir: string;
  /** append-only file on, as in compose: the data survives a restart */
  persistence?: boolean;
}

/** What the stack needs of Redis: redis-server here, or a container (test/support/containers.ts). */
export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** stops it; `restart()` brings it back */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** back on the same port with the same data (when persistence is on) */
  restart(): Promise<void>;
}

/** What the stack needs of nginx, with the repository's nginx.conf in front of the given processes. */
export interface NginxServer {
  readonly name: string;
  readonly port: number;
  readonly running: boolean;
  stop(): Promise<void>;
  /** `nginx -s reload`: new workers take new connections, the old ones finish what they hold (worker_shutdown_timeout) */
  reload(): Promise<void>;
  /** stops it (fast shutdown: open connections are closed) and starts it again on the same port */
  restart(): Promise<void>;
}

export interface NginxOptions {
  dir: string;
  relayPorts: number[];
  producerPort: number;
  port?: number;
}

/** How the stack starts Redis and nginx; `localServers` (the binaries) unless told otherwise. */
export interface Servers<R extends RedisServer, N extends NginxServer> {
  redis(options: RedisOptions): Promise<R>;
  nginx(options: NginxOptions): Promise<N>;
}

/** redis-server on loopback. `restart()` brings it back on the same port with the same data. */
export class LocalRedis implements RedisServer {
  proc!: Proc;
  readonly port: number;
  readonly options: RedisOptions;

  private constructor(port: number, options: RedisOptions) {
    this.port = port;
    this.options = options;
  }

  static async start(options: RedisOptions): Promise<LocalRedis> {
    requireTool("redis-server");
    const redis = new LocalRedis(options.port ?? (await freePort()), options);
    await redis.restart();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async restart(): Promise<void> {
    const persistence = this.options.persistence ?? false;
    const args = [
      "--port",
      String(this.port),
      "--bind",
      "127.0.0.1",
      "--dir",
      this.options.dir,
      "--save",
      "",
      "--appendonly",
      persistence ? "yes" : "no",
      "--protected-mode",
      "no",
      "--loglevel",
      "warning",
    ];
    this.proc = launch("redis", this.port, this.options.dir, "redis-server", args);
    await waitUntil(this.proc, () => redisPing(this.port));
  }

  stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    return this.proc.stop(signal);
  }
}

/** One redis-server of a local cluster: its port, its role now, and a way to kill and restart it. */
export class LocalClusterNode {
  proc!: Proc;
  readonly port: number;
  readonly dir: string;
  readonly nodeTimeoutMs: number;
  readonly persistence: boolean;

  constructor(port: number, dir: string, nodeTimeoutMs: number, persistence: boolean) {
    this.port = port;
    this.dir = dir;
    this.nodeTimeoutMs = nodeTimeoutMs;
    this.persistence = persistence;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.proc.running;
  }

  /** Starts it (again): with its nodes.conf it rejoins the cluster, as a replica if its slots failed over meanwhile. */
  async restart(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    // cluster-require-full-coverage no: while one shard fails over, the others keep serving
    const args = [
      "--port", String(this.port), "--bind", "127.0.0.1", "--dir", this.dir, "--save", "", "--appendonly", this.persistence ? "yes" : "no",
      "--protected-mode", "no", "--loglevel", "warning", "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
      "--cluster-node-timeout", String(this.nodeTimeoutMs), "--cluster-require-full-coverage", "no",
    ]; // prettier-ignore
    this.proc = launch(`redis-${this.port}`, this.port, path.dirname(this.dir), "redis-server", args);
    await waitUntil(this.proc, () => redisPing(this.port));
  }

  /** SIGKILL by default: the master dies with no goodbye, as a crashed host. */
  kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    return this.proc.stop(signal);
  }

  /** `master`, `slave`, or `down` when it does not answer. */
  async role(): Promise<"master" | "slave" | "down"> {
    if (!this.running) return "down";
    const out = redisCli(this.port, ["ROLE"]);
    return out.startsWith("master") ? "master" : out.startsWith("slave") ? "slave" : "down";
  }
}

function redisCli(port: number, args: string[]): string {
  const r = spawnSync("redis-cli", ["-h", "127.0.0.1", "-p", String(port), ...args], { encoding: "utf8", timeout: 5000 });
  return (r.stdout ?? "").trim();
}

export interface ClusterOptions {
  dir: string;
  /** masters (each with `replicas` replicas) */
  shards: number;
  replicas?: number;
  /** cluster-node-timeout: how long a master is unreachable before its replica takes over (default 1500) */
  nodeTimeoutMs?: number;
  persistence?: boolean;
  /** first port of 2 * shards consecutive ones; free ones when unset */
  firstPort?: number;
}

/**
 * A Redis Cluster of `shards` masters with one replica each, as redis-server processes on
 * loopback, created with `redis-cli --cluster create`. It stands in for the stack's Redis:
 * `url` is the first node's (what a bare redis-cli needs), `seeds` is REDIS_CLUSTER_NODES.
 */
export class LocalRedisCluster implements RedisServer {
  readonly nodes: LocalClusterNode[];

  private constructor(nodes: LocalClusterNode[]) {
    this.nodes = nodes;
  }

  static async start(options: ClusterOptions): Promise<LocalRedisCluster> {
    requireTool("redis-server");
    const count = options.shards * (1 + (options.replicas ?? 1));
    const ports: number[] = [];
    // Each node also listens on its cluster bus port, port + 10000: both must be free, and apart from every other node's.
    const taken = (port: number) => ports.some((p) => p === port || p + 10000 === port || p === port + 10000);
    for (let i = 0; i < count; i++) {
      let port = options.firstPort !== undefined ? options.firstPort + i : await freePort();
      while (options.firstPort === undefined && (port > 55535 || taken(port) || !(await portFree(port + 10000)))) port = await freePort();
      ports.push(port);
    }
    const nodes = ports.map(
      (port) => new LocalClusterNode(port, path.join(options.dir, `redis-${port}`), options.nodeTimeoutMs ?? 1500, options.persistence ?? false),
    );
    const cluster = new LocalRedisCluster(nodes);
    try {
      await Promise.all(nodes.map((n) => n.restart()));
      const create = spawnSync(
        "redis-cli",
        ["--cluster", "create", ...nodes.map((n) => n.address), "--cluster-replicas", String(options.replicas ?? 1), "--cluster-yes"],
        { encoding: "utf8", timeout: 60000 },
      );
      if (create.status !== 0) throw new Error(`redis-cli --cluster create failed:\n${create.stdout}\n${create.stderr}`);
      await cluster.waitHealthy();
    } catch (err) {
      await cluster.stop("SIGKILL");
      throw err;
    }
    return cluster;
  }

  /** REDIS_CLUSTER_NODES for the services */
  get seeds(): string {
    return this.nodes.map((n) => n.address).join(",");
  }

  get url(): string {
    return this.nodes[0].url;
  }

  get port(): number {
    return this.nodes[0].port;
  }

  /** the running node that serves `key`'s slot as master now */
  async masterOf(key: string): Promise<LocalClusterNode> {
    for (const node of this.nodes) {
      if (!node.running) continue;
      const slot = redisCli(node.port, ["CLUSTER", "KEYSLOT", key]);
      const owner = /^(\S+) (\S+):(\d+)@\d+\S* (myself,)?master\S* \S+ \d+ \d+ \d+ connected (.*)$/gm;
      const nodesText = redisCli(node.port, ["CLUSTER", "NODES"]);
      for (const m of nodesText.matchAll(owner)) {
        const ranges = m[5].split(" ").filter((r) => !r.startsWith("["));
        if (
          ranges.some((r) =>
            r.includes("-") ? Number(r.split("-")[0]) <= Number(slot) && Number(slot) <= Number(r.split("-")[1]) : Number(r) === Number(slot),
          )
        ) {
          const found = this.nodes.find((n) => n.port === Number(m[3]));
          if (found?.running) return found;
        }
      }
    }
    throw new Error(`no running master serves ${key}`);
  }

  /** Every running node says cluster_state:ok, knows the same masters, and every master's replicas are in sync. */
  async waitHealthy(timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const running = this.nodes.filter((n) => n.running);
      const ok = running.every((n) => {
        const info = redisCli(n.port, ["CLUSTER", "INFO"]);
        if (!info.includes("cluster_state:ok")) return false;
        const role = redisCli(n.port, ["INFO", "replication"]);
        return role.includes("role:master") || role.includes("master_link_status:up");
      });
      if (ok && running.length > 0) return;
      if (Date.now() > deadline)
        throw new Error(`the redis cluster is not healthy after ${timeoutMs} ms:\n${redisCli(running[0]?.port ?? 0, ["CLUSTER", "NODES"])}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Restarts every node that is down. */
  async restart(): Promise<void> {
    await Promise.all(this.nodes.filter((n) => !n.running).map((n) => n.restart()));
  }

  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    await Promise.all(this.nodes.map((n) => (n.proc ? n.proc.stop(signal) : undefined)));
  }

  /** One line per node: address, role, slots (what `npm run stack` prints). */
  describe(): string {
    const any = this.nodes.find((n) => n.running);
    if (!any) return "(no node running)";
    return redisCli(any.port, ["CLUSTER", "NODES"])
      .split("\n")
      .map((line) => {
        const f = line.split(" ");
        const role = f[2].replace("myself,", "");
        return `${f[1].split("@")[0]}  ${role}${role.includes("slave") ? ` of ${f[3].slice(0, 8)}` : ""}  id ${f[0].slice(0, 8)}  ${f.slice(8).join(" ")}`;
      })
      .sort()
      .join("\n    ");
  }
}

/**
 * V8 grows the old generation after each full GC by a factor it picks (up to 4x the live heap
 * under load); 20% keeps the heap near what is live. At 2 000 busy steps: producer 124 -> 73-77
 * MiB, relay 129-135 -> 103-104 MiB; CPU per line, fan-out delay and past-saturation throughput
 * inside their run-to-run spread (npm run bench, docs/performance.md).
 */
const HEAP_GROWTH = "--heap-growing-percent=20";

/**
 * Node flags every relay runs with (here, in the Dockerfile's CMD, which compose runs, and in
 * `npm run relay`; test/unit/config.test.ts keeps them equal). A young generation capped at 4 MB semi-spaces: V8 grows it to ~50 MB under the burst
 * of thousands of connections opening and never gives it back, which measured as ~9 KiB of RSS
 * per idle stream at 10 000; fan-out throughput and delay did not change (npm run bench).
 */
export const RELAY_NODE_FLAGS = ["--max-semi-space-size=4", HEAP_GROWTH];

/**
 * Node flags the producer runs with, wherever it is started (test/unit/config.test.ts keeps
 * them equal). The same 4 MB semi-spaces: with 2 000 steps appending, its memory went from
 * 205 to 123 MiB and its CPU per line did not move (npm run bench -- --only=fleet).
 */
export const PRODUCER_NODE_FLAGS = ["--max-semi-space-size=4", HEAP_GROWTH];

export async function startRelay(options: { dir: string; redisUrl: string; port?: number; name?: string; env?: Record<string, string> }): Promise<Proc> {
  const port = options.port ?? (await freePort());
  const name = options.name ?? `relay-${port}`;
  const env = { PORT: String(port), HOST: "127.0.0.1", REDIS_URL: options.redisUrl, INSTANCE_ID: name, ...options.env };
  const proc = launch(name, port, options.dir, process.execPath, [...RELAY_NODE_FLAGS, path.join(ROOT, "relay/main.ts")], env);
  await waitUntil(proc, () => httpOk(`http://127.0.0.1:${port}/readyz`));
  return proc;
}

export async function startProducer(options: { dir: string; redisUrl: string; port?: number; env?: Record<string, string> }): Promise<Proc> {
  const port = options.port ?? (await freePort());
  const env = { PORT: String(port), HOST: "127.0.0.1", REDIS_URL: options.redisUrl, ...options.env };
  const proc = launch("producer", port, options.dir, process.execPath, [...PRODUCER_NODE_FLAGS, path.join(ROOT, "producer/main.ts")], env);
  await waitUntil(proc, () => httpOk(`http://127.0.0.1:${port}/readyz`));
  return proc;
}

/** nginx with the repository's nginx.conf, listening on `port`, in front of the given processes. */
export async function startNginx(options: NginxOptions): Promise<LocalNginx> {
  requireTool("nginx");
  const nginx = new LocalNginx({ ...options, port: options.port ?? (await freePort()) });
  await nginx.start();
  return nginx;
}

/** The nginx binary as a process of the stack (its master; `workerPids()` are its workers). */
export class LocalNginx implements NginxServer {
  readonly name = "nginx";
  readonly port: number;
  readonly options: NginxOptions;
  proc!: Proc;

  constructor(options: NginxOptions & { port: number }) {
    this.port = options.port;
    this.options = options;
  }

  get child(): ChildProcess {
    return this.proc.child;
  }

  get logFile(): string {
    return this.proc.logFile;
  }

  get running(): boolean {
    return this.proc.running;
  }

  async start(): Promise<void> {
    const { dir, port } = this.options;
    const prefix = path.join(dir, `nginx-${port}`);
    mkdirSync(prefix, { recursive: true });
    // started as root, nginx's workers run as nobody: they must get through the (mkdtemp, 0700)
    // stack dir to html/ and the body temp dir, or `/` and buffered bodies fail with 500
    chmodSync(dir, 0o755);
    writeFileSync(path.join(prefix, "nginx.conf"), nginxConf(this.port));
    writeFileSync(path.join(prefix, "upstreams.conf"), localUpstreams(this.options.relayPorts, this.options.producerPort));
    rmSync(path.join(prefix, "html"), { force: true }); // a previous run on this port left its link
    symlinkSync(path.join(ROOT, "nginx/html"), path.join(prefix, "html"));
    const args = ["-p", `${prefix}/`, "-c", path.join(prefix, "nginx.conf"), "-e", "stderr", "-g", `pid ${prefix}/nginx.pid; daemon off;`];
    this.proc = launch("nginx", this.port, dir, "nginx", args);
    await waitUntil(this.proc, () => httpOk(`http://127.0.0.1:${this.port}/healthz`));
  }

  /** The worker processes now (children of the master). */
  workerPids(): number[] {
    return childPids(this.proc.child.pid!);
  }

  /** SIGHUP, then waits until a new generation of workers runs (the old ones may still be draining). */
  async reload(): Promise<void> {
    const before = new Set(this.workerPids());
    this.proc.child.kill("SIGHUP");
    const deadline = Date.now() + 30000;
    while (!this.workerPids().some((pid) => !before.has(pid))) {
      if (Date.now() > deadline || !this.running) throw new Error(`nginx did not start new workers after a reload:\n${this.proc.logTail()}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  stop(): Promise<void> {
    return this.proc.stop();
  }
}

/** Processes whose parent is `pid` (from /proc). */
export function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) out.push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  return out;
}

/** The repository's nginx.conf, listening on 127.0.0.1:`port` instead of 8080. */
export function nginxConf(port: number): string {
  return readFileSync(path.join(ROOT, "nginx/nginx.conf"), "utf8").replace(/listen 8080;/, `listen 127.0.0.1:${port};`);
}

export const localServers: Servers<LocalRedis, LocalNginx> = { redis: (options) => LocalRedis.start(options), nginx: startNginx };

/** As nginx/upstreams.compose.conf: `keepalive 512` to the producer, or a fleet's appends each open a connection. */
export function localUpstreams(relayPorts: number[], producerPort: number): string {
  const relays = relayPorts.map((p) => `  server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n");
  return `upstream relays {\n  least_conn;\n${relays}\n  keepalive 64;\n}\n\nupstream producer {\n  server 127.0.0.1:${producerPort};\n  keepalive 512;\n}\n`;
}

export interface StackOptions {
  relays?: number;
  /** a local Redis Cluster of this many masters, one replica each, instead of one Redis (0 or unset: one Redis) */
  redisShards?: number;
  /** its cluster-node-timeout (default 1500 ms) */
  clusterNodeTimeoutMs?: number;
  /** nginx port; a free one when unset */
  port?: number;
  dir?: string;
  persistence?: boolean;
  relayEnv?: Record<string, string>;
  producerEnv?: Record<string, string>;
  /** fixed ports (npm run stack); free ones when unset */
  ports?: { redis: number; producer: number; relays: readonly number[] };
}

export interface Stack<R extends RedisServer, N extends NginxServer> {
  readonly dir: string;
  /** with `redisShards`, the cluster's first node (`cluster` holds them all) */
  readonly redis: R;
  readonly cluster?: LocalRedisCluster;
  readonly producer: Proc;
  readonly relays: Proc[];
  readonly nginx: N;
  /** nginx's base URL, e.g. http://127.0.0.1:8080 */
  readonly url: string;
  stop(): Promise<void>;
}

export type LocalStack = Stack<LocalRedis, LocalNginx>;

/** The whole stack; `stop()` stops every part (nginx first, Redis last). */
export async function startStack(options?: StackOptions): Promise<LocalStack>;
export async function startStack<R extends RedisServer, N extends NginxServer>(options: StackOptions, servers: Servers<R, N>): Promise<Stack<R, N>>;
export async function startStack(
  options: StackOptions = {},
  servers: Servers<RedisServer, NginxServer> = localServers,
): Promise<Stack<RedisServer, NginxServer>> {
  const dir = options.dir ?? tempDir("stack");
  mkdirSync(dir, { recursive: true });
  const ports = options.ports;
  const started: { stop(): Promise<void> }[] = [];
  try {
    // a cluster is always local redis-server processes (containers mode keeps one Redis)
    const cluster = options.redisShards
      ? await LocalRedisCluster.start({
          dir,
          shards: options.redisShards,
          nodeTimeoutMs: options.clusterNodeTimeoutMs,
          persistence: options.persistence,
          firstPort: ports?.redis,
        })
      : undefined;
    const redis = cluster ?? (await servers.redis({ dir, persistence: options.persistence, port: ports?.redis }));
    started.push(redis);
    const clusterEnv: Record<string, string> = cluster ? { REDIS_CLUSTER_NODES: cluster.seeds } : {};
    const producer = await startProducer({ dir, redisUrl: redis.url, env: { ...clusterEnv, ...options.producerEnv }, port: ports?.producer });
    started.push(producer);
    // allSettled: when one relay fails to start, the others that did are stopped with the rest
    const settled = await Promise.allSettled(
      Array.from({ length: options.relays ?? 3 }, (_, i) =>
        startRelay({ dir, redisUrl: redis.url, env: { ...clusterEnv, ...options.relayEnv }, name: `relay${i + 1}`, port: ports?.relays[i] }),
      ),
    );
    const relays = settled.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    started.push(...relays);
    const failed = settled.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
    const nginx = await servers.nginx({ dir, relayPorts: relays.map((r) => r.port), producerPort: producer.port, port: options.port });
    started.push(nginx);
    const stack: Stack<RedisServer, NginxServer> = {
      dir,
      redis,
      cluster,
      producer,
      relays,
      nginx,
      url: `http://127.0.0.1:${nginx.port}`,
      async stop() {
        // what runs now first: the soak starts a killed relay or producer again in its place
        // (each stop is a no-op on a process that has ended)
        for (const part of [stack.nginx, ...stack.relays, stack.producer]) await part.stop();
        for (const part of started.reverse()) await part.stop();
      },
    };
    return stack;
  } catch (err) {
    for (const part of started.reverse()) await part.stop().catch(() => undefined);
    throw err;
  }
}
