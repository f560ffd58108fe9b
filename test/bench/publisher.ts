/**
 * The benchmark's publisher: appends numbered, time-stamped lines on a 10 ms tick, either
 * through the producer's HTTP API or with the producer's own append script straight to
 * Redis (for loads whose request rate would measure the producer rather than the relay).
 */
import http from "node:http";
import { Cluster, Redis } from "ioredis";
import { parseStepRef, isStepRef } from "../../common/domain.ts";
import { stepStore } from "../../common/step-store.ts";
import { benchLine } from "./sse-client.ts";
import { Histogram, clockMs } from "./stats.ts";

export interface Appender {
  append(stepPath: string, lines: string[]): Promise<void>;
  close(): Promise<void>;
}

/** POSTs to the producer; one keep-alive socket per step keeps the appends in order. */
export function httpAppender(baseUrl: string): Appender {
  const url = new URL(baseUrl);
  const agents = new Map<string, http.Agent>();
  return {
    append(stepPath, lines) {
      let agent = agents.get(stepPath);
      if (!agent) agents.set(stepPath, (agent = new http.Agent({ keepAlive: true, maxSockets: 1 })));
      const body = lines.join("\n") + "\n";
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: `${stepPath}/logs`,
            method: "POST",
            agent,
            headers: { "Content-Type": "text/plain", "Content-Length": Buffer.byteLength(body) },
          },
          (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (d: string) => (text += d));
            res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`append: HTTP ${res.statusCode} ${text}`))));
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

/** Runs the append script on Redis directly, pipelined on one connection per node (so in order); on the cluster of `clusterSeeds` when given. */
export function redisAppender(redisUrl: string, clusterSeeds?: string): Appender {
  const redis = clusterSeeds
    ? new Cluster(
        clusterSeeds.split(",").map((a) => ({ host: a.split(":")[0], port: Number(a.split(":")[1]) })),
        { enableAutoPipelining: true },
      )
    : new Redis(redisUrl, { enableAutoPipelining: true });
  const store = stepStore(redis);
  const retention = { maxLinesPerStep: 1_000_000, idleTtlSeconds: 3600, endedTtlSeconds: 3600 };
  return {
    async append(stepPath, lines) {
      const [, org, repo, , build, , step] = stepPath.split("/");
      const ref = parseStepRef({ org, repo, build, step });
      if (!isStepRef(ref)) throw new Error(ref.error);
      const result = await store.append(ref, lines, retention);
      if (result.outcome !== "ok") throw new Error(`append: ${result.outcome}`);
    },
    async close() {
      redis.disconnect();
    },
  };
}

/**
 * One append in flight per step, as a log shipper does: lines that come while the step's
 * append is unanswered go together in its next append; each call settles with the append that
 * carried its lines. Without it, a server whose answers are slower than the tick gets its
 * appends queued behind each other on the step's one connection, and the queue, not the
 * server, sets the delay (nchan's publisher answers only after its own fan-out: at 1 000
 * viewers x 100 appends/s its answers took 0.2-3 s, so lines waited seconds to be sent).
 */
export function coalescing(inner: Appender): Appender {
  interface Pending {
    busy: boolean;
    lines: string[];
    settle: ((err?: Error) => void)[];
  }
  const steps = new Map<string, Pending>();
  const pump = (step: string, p: Pending) => {
    if (p.lines.length === 0) {
      p.busy = false;
      return;
    }
    const { lines, settle } = p;
    p.lines = [];
    p.settle = [];
    p.busy = true;
    inner.append(step, lines).then(
      () => {
        for (const s of settle) s();
        pump(step, p);
      },
      (err: Error) => {
        for (const s of settle) s(err);
        pump(step, p);
      },
    );
  };
  return {
    append(step, lines) {
      let p = steps.get(step);
      if (!p) steps.set(step, (p = { busy: false, lines: [], settle: [] }));
      const pending = p;
      return new Promise((resolve, reject) => {
        for (const line of lines) pending.lines.push(line);
        pending.settle.push((err) => (err ? reject(err) : resolve()));
        if (!pending.busy) pump(step, pending);
      });
    },
    close: () => inner.close(),
  };
}

/** The fan-out's feed policy: coalescing (the default), or BENCH_PUBLISH=serial for every batch in its own append, queued (how the bench fed both before). */
export function feedPolicy(inner: Appender): Appender {
  return process.env.BENCH_PUBLISH === "serial" ? inner : coalescing(inner);
}

export interface PublishPlan {
  readonly steps: readonly string[];
  /** lines per second over all steps; line k goes to step k mod steps */
  readonly rate: number;
  readonly durationMs: number;
  /** "line": one append per line; "tick": one append per step per 10 ms tick */
  readonly mode: "line" | "tick";
  readonly lineBytes?: number;
  /** how long to wait for the appends in flight after the last is due (default: 30 s + durationMs) */
  readonly maxWaitMs?: number;
}

export interface PublishResult {
  /** last line number per step */
  readonly last: Record<string, number>;
  readonly lines: number;
  readonly appends: number;
  readonly errors: number;
  readonly firstError: string;
  readonly startedAt: number;
  readonly endedAt: number;
  /** time from a line's creation to its append's reply, ms */
  readonly appendMs: Histogram;
}

const TICK_MS = 10;

/** Appends at `rate` lines/s for `durationMs`, then waits for the appends in flight. */
export async function publish(appender: Appender, plan: PublishPlan): Promise<PublishResult> {
  const last: Record<string, number> = Object.fromEntries(plan.steps.map((s) => [s, 0]));
  const inFlight = new Set<Promise<void>>();
  let lines = 0;
  let appends = 0;
  let errors = 0;
  let firstError = "";
  const appendMs = new Histogram();
  const track = (p: Promise<void>, createdAt: number) => {
    const t = p
      .then(() => appendMs.add(clockMs() - createdAt))
      .catch((err: Error) => {
        errors++;
        firstError ||= err.message;
      });
    inFlight.add(t);
    void t.finally(() => inFlight.delete(t));
    appends++;
  };
  const startedAt = clockMs();
  for (let tick = 1; ; tick++) {
    const now = clockMs();
    const elapsed = Math.min(now - startedAt, plan.durationMs);
    const due = Math.floor((elapsed / 1000) * plan.rate) - lines;
    const batches = new Map<string, string[]>();
    for (let i = 0; i < due; i++) {
      const step = plan.steps[lines % plan.steps.length];
      const line = benchLine(++last[step], now, plan.lineBytes);
      lines++;
      if (plan.mode === "line") track(appender.append(step, [line]), now);
      else {
        let batch = batches.get(step);
        if (!batch) batches.set(step, (batch = []));
        batch.push(line);
      }
    }
    for (const [step, batch] of batches) track(appender.append(step, batch), now);
    if (elapsed >= plan.durationMs) break;
    await new Promise((r) => setTimeout(r, Math.max(0, startedAt + tick * TICK_MS - clockMs())));
  }
  const endedAt = clockMs();
  // bounded: a server that stopped answering (nchan's publisher behind its own fan-out) must not hold the run
  const maxWaitMs = plan.maxWaitMs ?? 30_000 + plan.durationMs;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(inFlight), new Promise((r) => (timer = setTimeout(r, maxWaitMs)))]);
  clearTimeout(timer);
  if (inFlight.size > 0) {
    errors += inFlight.size;
    firstError ||= `${inFlight.size} appends unanswered ${maxWaitMs / 1000} s after the last was due`;
  }
  return { last, lines, appends, errors, firstError, startedAt, endedAt, appendMs };
}
