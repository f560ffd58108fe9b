/**
 * The fleet scenario (issue 15): S running steps, each with a simulated CI worker appending B
 * lines every P ms (fleet-worker.ts), V viewers per step, against fresh servers per row:
 * logrelay through nginx, nchan serving viewers itself, nchan behind a plain nginx proxy. Each
 * row: servers start, viewers connect, the workers start, a warm-up, then a measuring window
 * (appends offered and answered, answer and line delays, CPU of every server process, their
 * memory), then the workers stop, every pending append gets a bounded drain, and every viewer
 * must reach the last acknowledged line of its step within a bounded wait.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { LocalRedis, type LocalRedisCluster, type Proc } from "../../scripts/local-stack.ts";
import { startLogrelay, type Bench, type Route } from "./context.ts";
import { NCHAN_FLEET_TUNING, logErrors, nchanStatus, proxyConf, startNchan, startNginxWith, type NchanTuning } from "./nchan.ts";
import { CpuMeter, Histogram, childPids, pssBytes } from "./stats.ts";
import type { FinishReply, FleetCommand, Snapshot, WorkerPlan, WriterKind } from "./fleet-worker.ts";
import { round, type Row } from "./scenarios.ts";

const HERE = path.dirname(new URL(import.meta.url).pathname);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type FleetServer = "nginx" | "nchan" | "nchan-proxy";

export interface FleetLoad {
  /** the row's name in the tables, e.g. "2000 appends/s" */
  readonly label: string;
  readonly steps: number;
  readonly linesPerAppend: number;
  readonly periodMs: number;
  /** viewers per step: 1, or 0 (nobody watching) */
  readonly viewersPerStep: 0 | 1;
  /** one long chunked POST per step instead of one POST per append (logrelay only) */
  readonly upload?: boolean;
}

export interface FleetTiming {
  readonly warmupMs: number;
  readonly windowMs: number;
  /** after the last tick, how long pending appends may take to be answered */
  readonly drainMs: number;
  /** then, how long viewers may take to reach the last acknowledged line */
  readonly deliverMs: number;
}

/** ~100-byte lines, as the fleet */
export const FLEET_LINE_BYTES = 100;

/** The generator's processes: each runs the simulated workers of a share of the steps. */
export class FleetGenerators {
  readonly #children: { child: ChildProcess; waiting: Map<number, (body: unknown) => void> }[];
  #req = 0;

  private constructor(children: { child: ChildProcess; waiting: Map<number, (body: unknown) => void> }[]) {
    this.#children = children;
  }

  static async start(count: number): Promise<FleetGenerators> {
    const children = Array.from({ length: count }, () => {
      // BENCH_GEN_PROF=<dir>: CPU profiles of the generator's processes (node --cpu-prof, written at exit)
      const prof = process.env.BENCH_GEN_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_GEN_PROF}`] : [];
      const child = fork(path.join(HERE, "fleet-worker.ts"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: [...process.execArgv, ...prof] });
      const waiting = new Map<number, (body: unknown) => void>();
      child.on("message", (m: { req?: number; body?: unknown }) => {
        if (m.req === undefined) return;
        waiting.get(m.req)?.(m.body);
        waiting.delete(m.req);
      });
      return { child, waiting };
    });
    await Promise.all(children.map((c) => new Promise((resolve) => c.child.once("message", resolve))));
    return new FleetGenerators(children);
  }

  get pids(): number[] {
    return this.#children.map((c) => c.child.pid!);
  }

  /** Sends `cmd(i)` to each process i and waits for every reply. */
  call<T>(cmd: (i: number) => Omit<Exclude<FleetCommand, { type: "exit" }>, "req">): Promise<T[]> {
    return Promise.all(
      this.#children.map(
        (c, i) =>
          new Promise<T>((resolve) => {
            const req = ++this.#req;
            c.waiting.set(req, resolve as (body: unknown) => void);
            c.child.send({ ...cmd(i), req });
          }),
      ),
    );
  }

  stop(): void {
    for (const c of this.#children) c.child.send({ type: "exit" });
  }
}

/** Fresh servers for one row, with their processes grouped for CPU and memory. */
interface RowServers {
  readonly route: Route;
  readonly appendPort: number;
  readonly viewPort: number;
  readonly kind: WriterKind;
  /** process groups: pids (re-read: nginx's workers) */
  readonly groups: Record<string, () => number[]>;
  readonly logs: readonly string[];
  readonly nchanPort?: number;
  stop(): Promise<void>;
}

const withMaster = (master: Pick<Proc, "child">) => () => [master.child.pid!, ...childPids(master.child.pid!)];

async function startServers(
  dir: string,
  server: FleetServer,
  load: FleetLoad,
  cluster: LocalRedisCluster | undefined,
  tuning: Partial<NchanTuning>,
): Promise<RowServers> {
  mkdirSync(dir, { recursive: true });
  const redis = cluster ? undefined : await LocalRedis.start({ dir });
  const redisGroup = cluster ? () => cluster.nodes.filter((n) => n.running).map((n) => n.proc.child.pid!) : () => [redis!.proc.child.pid!];
  const redisUrl = cluster ? cluster.url : redis!.url;
  const stopRedis = async () => void (await redis?.stop());
  try {
    if (server === "nginx") {
      const s = await startLogrelay(dir, redisUrl, cluster);
      return {
        route: "nginx",
        appendPort: s.nginx.port,
        viewPort: s.nginx.port,
        kind: load.upload ? "upload" : "append",
        groups: { producer: () => [s.producer.child.pid!], relay: () => [s.relay.child.pid!], nginx: withMaster(s.nginx), redis: redisGroup },
        logs: [s.producer.logFile, s.relay.logFile, s.nginx.logFile],
        stop: async () => {
          await s.stop();
          await stopRedis();
        },
      };
    }
    if (cluster) throw new Error("the fleet's nchan rows run on one Redis");
    const nchan = await startNchan(dir, "nchan", redisUrl, tuning);
    const proxy =
      server === "nchan-proxy"
        ? await startNginxWith(dir, "nchan-proxy", (port) => proxyConf(port, nchan.port)).catch(async (err: unknown) => {
            await nchan.stop();
            throw err;
          })
        : undefined;
    const front = proxy ?? nchan;
    return {
      route: server,
      // through the proxy, publishes go through it too, as logrelay's appends go through its nginx
      appendPort: front.port,
      viewPort: front.port,
      kind: "nchan",
      groups: { relay: withMaster(nchan), ...(proxy ? { nginx: withMaster(proxy) } : {}), redis: redisGroup },
      logs: [nchan.logFile, ...(proxy ? [proxy.logFile] : [])],
      nchanPort: nchan.port,
      stop: async () => {
        await proxy?.stop();
        await nchan.stop();
        await stopRedis();
      },
    };
  } catch (err) {
    await stopRedis();
    throw err;
  }
}

const merge = (parts: { pairs: number[]; max: number }[]) => {
  const h = new Histogram();
  for (const p of parts) h.merge(p);
  return h;
};
const total = (snaps: Snapshot[], pick: (s: Snapshot) => number) => snaps.reduce((a, s) => a + pick(s), 0);

export interface FleetRowOptions {
  readonly scenario: string;
  readonly cluster?: LocalRedisCluster;
  /** "1 Redis" / "3 shards": set on the cluster section's rows */
  readonly redisLabel?: string;
  readonly nchanTuning?: Partial<NchanTuning>;
}

let rowCount = 0;

/** One row of the fleet: `load` against fresh `server` processes. */
export async function fleetRow(
  b: Bench,
  gens: FleetGenerators,
  server: FleetServer,
  load: FleetLoad,
  timing: FleetTiming,
  options: FleetRowOptions,
): Promise<Row> {
  const n = ++rowCount;
  const servers = await startServers(path.join(b.stack.dir, `fleet-${n}-${server}`), server, load, options.cluster, {
    ...NCHAN_FLEET_TUNING,
    ...options.nchanTuning,
  });
  const paths = Array.from({ length: load.steps }, (_, i) => `/fleet/run${process.pid}/builds/${n}/steps/${i + 1}`);
  const viewed = load.viewersPerStep ? paths : [];
  const base = {
    scenario: options.scenario,
    route: servers.route,
    load: load.label,
    redis: options.redisLabel,
    viewers: viewed.length,
    steps: load.steps,
    offered: round((load.steps * load.linesPerAppend * 1000) / load.periodMs, 0),
    cpu: {},
  };
  let generating = false;
  try {
    const endpoint = { host: "127.0.0.1", port: servers.viewPort };
    if (viewed.length > 0) {
      const opened = await b.openViewers(b.targets(servers.route, viewed.length, viewed, undefined, endpoint));
      if (opened.failed > 0) {
        await b.closeViewers();
        return { ...base, figures: {}, ok: false, note: `${opened.failed} viewers failed to connect: ${opened.firstError}` };
      }
      await sleep(300);
    }
    await b.viewerStats(true);
    generating = true;
    // steps dealt round-robin over the generator processes; their connections from 127.0.2.x (the viewers use 127.0.1.x)
    const share = (i: number, count: number) => paths.filter((_, k) => k % count === i);
    const count = gens.pids.length;
    const localAddresses = Array.from({ length: 50 }, (_, i) => `127.0.2.${i + 1}`);
    await gens.call((i) => ({
      type: "start",
      plan: {
        steps: share(i, count),
        linesPerTick: load.linesPerAppend,
        periodMs: load.periodMs,
        lineBytes: FLEET_LINE_BYTES,
        host: "127.0.0.1",
        port: servers.appendPort,
        kind: servers.kind,
        localAddresses,
      } satisfies WorkerPlan,
    }));
    await sleep(timing.warmupMs);

    // the measuring window
    const m0 = await gens.call<Snapshot>(() => ({ type: "mark" }));
    const atStart = await b.viewerStats("hist");
    const meters = Object.fromEntries(Object.entries(servers.groups).map(([k, pids]) => [k, new CpuMeter(pids)]));
    const genMeter = new CpuMeter(() => gens.pids);
    const viewMeter = new CpuMeter(() => b.loadPids());
    for (const m of [...Object.values(meters), genMeter, viewMeter]) m.start();
    await sleep(timing.windowMs);
    const cores = Object.fromEntries(Object.entries(meters).map(([k, m]) => [k, m.stop()]));
    const genCores = genMeter.stop();
    const viewCores = viewMeter.stop();
    const m1 = await gens.call<Snapshot>(() => ({ type: "mark" }));
    const memory = Object.fromEntries(Object.entries(servers.groups).map(([k, pids]) => [k, pids().reduce((a, pid) => a + pssBytes(pid), 0)]));
    const windowStats = await b.viewerStats("hist");
    const nchanFigures = servers.nchanPort ? await nchanStatus(servers.nchanPort) : {};

    // drain: no more ticks; what is pending is sent and answered (bounded), then delivered (bounded)
    const fin = await gens.call<FinishReply>(() => ({ type: "finish", drainMs: timing.drainMs }));
    generating = false;
    const acked: Record<string, number> = Object.assign({}, ...fin.map((f) => f.acked));
    const written: Record<string, number> = Object.assign({}, ...fin.map((f) => f.written));
    const wait = viewed.length ? await b.waitViewers(Object.fromEntries(viewed.map((p) => [p, acked[p]])), timing.deliverMs) : undefined;
    const { totals } = await b.viewerStats(true);
    await b.closeViewers();
    const errors = servers.logs.flatMap((f) => logErrors(f));

    const seconds = (Math.max(...m1.map((m) => m.at)) - Math.min(...m0.map((m) => m.at))) / 1000;
    const delta = (pick: (s: Snapshot) => number) => total(m1, pick) - total(m0, pick);
    const ticks = delta((s) => s.ticks);
    const answered = delta((s) => s.counters.answered);
    // an upload is answered once, at its end: its lines count as appended when written into it
    const linesIn = load.upload ? delta((s) => s.linesWritten) : delta((s) => s.counters.linesAnswered);
    const answerMs = merge(m1.map((m) => m.answerMs));
    const lagMs = merge(m1.map((m) => m.lagMs));
    const serverCores = Object.values(cores).reduce((a, c) => a + c, 0);
    const usPerLine = (c: number) => round((c * seconds * 1e6) / Math.max(1, linesIn), 1);
    const unanswered = Object.keys(written).reduce((a, p) => a + written[p] - acked[p], 0);
    const counters = fin.map((f) => f.counters);
    const failedAppends = counters.reduce((a, c) => a + c.failed, 0);
    const shares = Object.fromEntries(Object.entries(cores).map(([k, c]) => [`us_${k}`, usPerLine(c)]));
    const pss = Object.fromEntries(Object.entries(memory).map(([k, bytes]) => [`mib_${k}`, round(bytes / 2 ** 20, 0)]));
    const notes: string[] = [];
    if (failedAppends > 0) notes.push(`${failedAppends} appends failed: ${counters.find((c) => c.firstError)?.firstError}`);
    if (wait && wait.broken > 0) notes.push(`${wait.broken} viewers broken: ${wait.firstError}`);
    if (errors.length > 0) notes.push(`${errors.length} error lines in the server logs: ${errors[0].slice(0, 200)}`);
    const retried = counters.reduce((a, c) => a + c.retried, 0);
    if (retried > 0)
      notes.push(`${retried} retried (${counters.reduce((a, c) => a + c.status503, 0)} x 503): ${counters.find((c) => c.firstRetry)?.firstRetry}`);
    if (unanswered > 0) notes.push(`${unanswered} lines unanswered after the ${timing.drainMs / 1000} s drain`);
    const lost = totals.lost;
    return {
      ...base,
      delivered: round((windowStats.totals.lines - atStart.totals.lines) / seconds, 0),
      p50: round(windowStats.hist.quantile(0.5), 1),
      p99: round(windowStats.hist.quantile(0.99), 1),
      max: round(windowStats.hist.max, 1),
      lost,
      late: wait?.missing ?? 0,
      dup: totals.dup,
      malformed: totals.malformed,
      reconnects: totals.reconnects,
      cpu: { ...Object.fromEntries(Object.entries(cores).map(([k, c]) => [k, round(c, 2)])), load: round(genCores + viewCores, 2) },
      figures: {
        appendsOffered: round(ticks / seconds, 0),
        appendsAnswered: round(answered / seconds, 0),
        linesAppended: round(linesIn / seconds, 0),
        answerP50ms: round(answerMs.quantile(0.5), 1),
        answerP99ms: round(answerMs.quantile(0.99), 1),
        reordered: totals.reordered,
        unanswered,
        retried,
        serverCpuUsPerLine: usPerLine(serverCores),
        ...shares,
        serverMiB: round(Object.values(memory).reduce((a, m) => a + m, 0) / 2 ** 20, 0),
        ...pss,
        generatorCpu: round(genCores, 2),
        generatorUsPerAppend: round((genCores * seconds * 1e6) / Math.max(1, ticks), 1),
        viewerCpu: round(viewCores, 2),
        generatorLagP99ms: round(lagMs.quantile(0.99), 1),
        seconds: round(seconds, 1),
        ...(servers.nchanPort ? { nchanShmUsedKiB: nchanFigures.sharedMemoryUsedKiB ?? NaN } : {}),
      },
      // a row whose nchan logged errors fails (nchan that errs can go on answering 201 and stop delivering: not an anchor);
      // our servers' errors are noted, and what they cost is counted by the viewers and the workers
      ok:
        lost === 0 &&
        totals.dup === 0 &&
        totals.reordered === 0 &&
        totals.malformed === 0 &&
        failedAppends === 0 &&
        !wait?.broken &&
        (servers.route === "nginx" || errors.length === 0),
      note: notes.join("; ") || undefined,
    };
  } finally {
    if (generating) await gens.call(() => ({ type: "finish", drainMs: 0 }));
    await b.closeViewers();
    await servers.stop();
  }
}
