/**
 * The anchors the bench compares logrelay with: nchan (nginx's pub/sub module, in C, Redis-backed
 * like us) serving the viewers itself, and the same nchan behind a plain nginx proxy with the
 * stream settings of our nginx.conf. The module comes from Debian's `libnginx-mod-nchan`, built
 * against the same nginx ABI as the system's nginx-light; when it is missing the bench installs
 * it with apt-get (as root) or says why it cannot and runs without the nchan rows.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { Proc, ROOT, freePort, httpOk, pipeToLog } from "../../scripts/local-stack.ts";
import type { Appender } from "./publisher.ts";
import { childPids, clockMs } from "./stats.ts";

export const NCHAN_MODULE = "/usr/lib/nginx/modules/ngx_nchan_module.so";
const PACKAGE = "libnginx-mod-nchan";

/** The module's path, installing the package when missing; or the reason there is none. */
export function ensureNchan(log: (msg: string) => void): { module: string } | { missing: string } {
  if (process.env.BENCH_NO_NCHAN) return { missing: "BENCH_NO_NCHAN is set" };
  if (!existsSync(NCHAN_MODULE)) {
    if (process.getuid?.() !== 0) return { missing: `${NCHAN_MODULE} is missing and the bench is not root: install it with  sudo apt-get install ${PACKAGE}` };
    if (spawnSync("sh", ["-c", "command -v apt-get"]).status !== 0)
      return { missing: `${NCHAN_MODULE} is missing and there is no apt-get: install nchan for this nginx (${PACKAGE} on Debian/Ubuntu)` };
    log(`installing ${PACKAGE} with apt-get (nchan, the comparison's anchor)`);
    let r = spawnSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=120", PACKAGE], {
      encoding: "utf8",
      timeout: 300_000,
    });
    if (r.status !== 0) {
      // a container's package lists are often empty: update once and try again
      spawnSync("apt-get", ["update", "-q"], { encoding: "utf8", timeout: 300_000 });
      r = spawnSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=120", PACKAGE], {
        encoding: "utf8",
        timeout: 300_000,
      });
    }
    if (r.status !== 0 || !existsSync(NCHAN_MODULE))
      return { missing: `apt-get install ${PACKAGE} failed: ${(r.stderr || r.stdout || String(r.error)).trim().split("\n").slice(-3).join(" / ")}` };
  }
  // the module must match the nginx it is loaded into (Debian's nginx-abi-<version>): a test load
  const dir = path.join(ROOT, "bench-results");
  mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, "nchan-check.conf");
  writeFileSync(conf, `load_module ${NCHAN_MODULE};\nevents {}\nhttp { server { listen 127.0.0.1:1; location / { nchan_subscriber; } } }\n`);
  const t = spawnSync("nginx", ["-t", "-q", "-p", `${dir}/`, "-c", conf, "-e", "stderr", "-g", `pid ${dir}/nchan-check.pid;`], { encoding: "utf8" });
  if (t.status !== 0) return { missing: `nginx cannot load ${NCHAN_MODULE} (module and nginx versions differ?): ${t.stderr.trim()}` };
  return { module: NCHAN_MODULE };
}

/**
 * How nchan is set up. Overridable for experiments with BENCH_NCHAN_SHM (nchan_shared_memory_size),
 * BENCH_NCHAN_BUFFER (nchan_message_buffer_length) and BENCH_NCHAN_WORKERS (worker_processes).
 */
export interface NchanTuning {
  readonly sharedMemory: string;
  readonly bufferLength: number;
  readonly workers: number | "auto";
}

const workersEnv: number | "auto" | undefined = process.env.BENCH_NCHAN_WORKERS ? Number(process.env.BENCH_NCHAN_WORKERS) || "auto" : undefined;

/**
 * - 512M of shared memory: nchan caches each channel's recent messages there; the fleet's
 *   thousands of channels and the ticks' 20 KB messages fit with room to spare (mapped, so
 *   untouched pages cost nothing; the figure after each row is in nchanShmUsedKiB).
 * - 1 000 messages kept per channel (was 100: one second of a 100-publish/s fan-out, so a
 *   viewer a second behind skipped lines that logrelay, which keeps every line, re-reads).
 * - One worker for the fan-out rows, as logrelay has one relay process: with two, each publish
 *   crosses between them, and at 5 000 viewers two were slower in three rounds out of three
 *   (docs/performance.md).
 */
export const NCHAN_TUNING: NchanTuning = {
  sharedMemory: process.env.BENCH_NCHAN_SHM ?? "512M",
  bufferLength: Number(process.env.BENCH_NCHAN_BUFFER ?? 1000),
  workers: workersEnv ?? 1,
};

/**
 * The fleet's nchan: one worker per core (nginx's `auto`, as nchan is deployed), since there
 * nchan also parses every publish, which logrelay spreads over nginx's workers and its producer.
 */
export const NCHAN_FLEET_TUNING: Partial<NchanTuning> = { workers: workersEnv ?? "auto" };

const COMMON = (port: number, workers: number | "auto" = "auto") => `worker_processes ${workers};
worker_rlimit_nofile 65536;
error_log stderr warn;
events {
  worker_connections 16384;
  multi_accept on;
}
http {
  access_log off;
  tcp_nodelay on;
  client_body_temp_path body_temp;
  proxy_temp_path proxy_temp;
  fastcgi_temp_path fastcgi_temp;
  uwsgi_temp_path uwsgi_temp;
  scgi_temp_path scgi_temp;
  server {
    listen 127.0.0.1:${port};
    location = /healthz {
      return 200 ok;
    }
`;

/**
 * nchan serving viewers itself: `<step>/logs/events` is an EventSource subscriber of channel
 * `<step>`, `/pub<step>` nchan's HTTP publisher; messages go through Redis (stored and
 * published there) like ours. `/nchan_status` is its stub status (shared memory used, etc.).
 */
export function nchanConf(port: number, redisUrl: string, tuning: Partial<NchanTuning> = {}): string {
  const t = { ...NCHAN_TUNING, ...tuning };
  const redis = new URL(redisUrl);
  // Redis through an upstream block (nchan_redis_pass), the form nchan's documentation recommends over nchan_redis_url
  const http = `http {
  nchan_shared_memory_size ${t.sharedMemory};
  upstream redis {
    nchan_redis_server redis://${redis.hostname}:${redis.port};
  }`;
  return `load_module ${NCHAN_MODULE};
${COMMON(port, t.workers).replace("http {", http)}
    location = /nchan_status {
      nchan_stub_status;
    }
    location ~ ^/pub(/.+)$ {
      nchan_publisher;
      nchan_channel_id $1;
      nchan_redis_pass redis;
      nchan_message_buffer_length ${t.bufferLength};
      nchan_message_timeout 1h;
    }
    location ~ ^(/.+)/logs/events$ {
      nchan_subscriber eventsource;
      nchan_channel_id $1;
      nchan_redis_pass redis;
    }
  }
}
`;
}

/** nchan's stub status as numbers ("shared memory used: 1824K" -> sharedMemoryUsedKiB 1824, ...). */
export async function nchanStatus(port: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/nchan_status`, { signal: AbortSignal.timeout(5000) })).text();
    for (const line of text.split("\n")) {
      const m = /^([a-z ]+): (\d+)(K?)$/.exec(line.trim());
      if (m) out[m[1].replace(/ (\w)/g, (_, c: string) => c.toUpperCase()) + (m[3] ? "KiB" : "")] = Number(m[2]);
    }
  } catch {
    // no status: nothing to add
  }
  return out;
}

/**
 * Starts nchan (nchanConf) and waits until every worker holds its Redis connection: until
 * then a worker answers subscribers and publishers 503 ("Redis not ready"), and a row that
 * began at once lost hundreds of viewers to it.
 */
export async function startNchan(dir: string, name: string, redisUrl: string, tuning: Partial<NchanTuning> = {}): Promise<Proc> {
  const nchan = await startNginxWith(dir, name, (port) => nchanConf(port, redisUrl, tuning));
  const deadline = clockMs() + 20_000;
  for (;;) {
    const workers = childPids(nchan.child.pid!).length;
    const connected = (await nchanStatus(nchan.port)).redisConnectedServers ?? 0;
    if (workers > 0 && connected >= workers) break;
    if (clockMs() > deadline) {
      await nchan.stop();
      throw new Error(`${name}: ${connected} of ${workers} workers connected to Redis after 20 s:\n${nchan.logTail()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 200));
  return nchan;
}

/**
 * The error lines of a server's log (nginx's [error] and worse, e.g. nchan's "Out of shared
 * memory"; pino's level 50 and up), from byte `from` on: a row whose servers logged errors is
 * flagged, not reported as if nothing happened.
 */
export function logErrors(logFile: string, from = 0): string[] {
  let text = "";
  try {
    text = readFileSync(logFile).subarray(from).toString("utf8");
  } catch {
    return [];
  }
  return (
    text
      .split("\n")
      .filter((l) => /\[(error|crit|alert|emerg)\]/.test(l) || /"level":(5|6)\d/.test(l))
      // at start, as non-root or under a lower hard limit, nginx cannot raise its workers' open-file limit to worker_rlimit_nofile and keeps the one it has (20 000 here)
      .filter((l) => !l.includes("setrlimit(RLIMIT_NOFILE"))
  );
}

/**
 * The stream settings of our nginx.conf's `location /` (every proxy_* directive but the
 * upstream, and gzip), read from the file so the anchor follows it.
 */
export function streamSettings(conf = readFileSync(path.join(ROOT, "nginx/nginx.conf"), "utf8")): string[] {
  const start = conf.indexOf("location / {");
  if (start < 0) throw new Error("nginx.conf has no `location / {`");
  const body = conf.slice(start, conf.indexOf("\n    }", start));
  return body
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter((l) => /^(proxy_|gzip )/.test(l) && !/^proxy_(pass|next_upstream)\b/.test(l));
}

/**
 * The ingest settings of our nginx.conf's `location @producer` (every proxy_* and client_*
 * directive but the upstream), read from the file: publishes through the anchor's proxy are
 * handled as our appends are. With the stream settings instead, nchan's publishes got the
 * streams' 300 ms connect timeout, and a burst of a few thousand publishes failed with 504
 * while nchan's listen queue was full.
 */
export function ingestSettings(conf = readFileSync(path.join(ROOT, "nginx/nginx.conf"), "utf8")): string[] {
  const start = conf.indexOf("location @producer {");
  if (start < 0) throw new Error("nginx.conf has no `location @producer {`");
  const body = conf.slice(start, conf.indexOf("\n    }", start));
  return body
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter((l) => /^(proxy_|client_)/.test(l) && !/^proxy_pass\b/.test(l));
}

/** A plain nginx proxy in front of nchan: our stream location settings for viewers, our ingest settings for publishes. */
export function proxyConf(port: number, upstreamPort: number): string {
  const indent = (lines: string[]) => lines.map((l) => `      ${l}`).join("\n");
  return `${COMMON(port).replace("  server {", `  upstream nchan {\n    server 127.0.0.1:${upstreamPort};\n    keepalive 64;\n  }\n  server {`)}
    location / {
      proxy_pass http://nchan;
${indent(streamSettings())}
    }
    location /pub/ {
      proxy_pass http://nchan;
${indent(ingestSettings())}
    }
  }
}
`;
}

/** nginx with one of the configs above, in its own prefix under `dir`. */
export async function startNginxWith(dir: string, name: string, conf: (port: number) => string): Promise<Proc> {
  const port = await freePort();
  const prefix = path.join(dir, `${name}-${port}`);
  mkdirSync(prefix, { recursive: true });
  chmodSync(dir, 0o755);
  writeFileSync(path.join(prefix, "nginx.conf"), conf(port));
  const logFile = path.join(dir, `${name}-${port}.log`);
  const child = spawn("nginx", ["-p", `${prefix}/`, "-c", path.join(prefix, "nginx.conf"), "-e", "stderr", "-g", `pid ${prefix}/nginx.pid; daemon off;`], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  pipeToLog(child, createWriteStream(logFile));
  const proc = new Proc(name, port, logFile, child);
  const deadline = clockMs() + 20000;
  while (!(await httpOk(`http://127.0.0.1:${port}/healthz`).catch(() => false))) {
    if (!proc.running || clockMs() > deadline) throw new Error(`${name} did not start:\n${proc.logTail()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return proc;
}

/**
 * Publishes to nchan's HTTP publisher the batch our producer would get, as the event data our
 * relay would send for it (`{"n":<first>,"lines":[...]}`), one keep-alive socket per step so
 * the batches stay in order.
 */
export function nchanAppender(baseUrl: string): Appender {
  const url = new URL(baseUrl);
  const agents = new Map<string, http.Agent>();
  const next = new Map<string, number>();
  return {
    append(stepPath, lines) {
      let agent = agents.get(stepPath);
      if (!agent) agents.set(stepPath, (agent = new http.Agent({ keepAlive: true, maxSockets: 1 })));
      const first = next.get(stepPath) ?? 1;
      next.set(stepPath, first + lines.length);
      const body = JSON.stringify({ n: first, lines });
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: `/pub${stepPath}`,
            method: "POST",
            agent,
            headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            res.on("end", () => (res.statusCode === 201 || res.statusCode === 202 ? resolve() : reject(new Error(`nchan publish: HTTP ${res.statusCode}`))));
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    },
    async close() {
      for (const agent of agents.values()) agent.destroy();
    },
  };
}
