/**
 * `npm run bench` (`-- --quick` for a short smoke run, `-- --only=fanout,rate` for some of
 * fanout, ticks, rate, spread, idle, backlog, ingest, cluster, naive, fleet): starts redis-server, the producer, one relay with nginx in front of it and the
 * naive relay of naive-relay.ts as local processes, drives viewers from worker processes,
 * and nchan (nginx's pub/sub module) alone and behind a plain nginx proxy as the comparison's
 * anchors; prints tables, writes bench-results/*.json and (full runs) docs/bench.svg and
 * docs/bench-nchan.svg. A run where our relay loses, repeats or garbles a line, or leaves a
 * line undelivered, exits 1.
 *
 * The fleet (`--only=fleet`, fleet.ts): many steps each appending small batches, one viewer or
 * none each, against fresh servers per row. Narrow it with
 *   --fleet=loads,idle,ramp,upload,cluster   which parts (default all): the fixed loads
 *       (500, 2 000, 8 000 appends/s), 2 000 appends/s with no viewer, the ramp to each
 *       server's highest sustained rate, streaming uploads, the 3-shard Redis Cluster
 *   --fleet-servers=nginx,nchan,nchan-proxy  which servers (default all three)
 *   --fleet-loads=500,2000                   which fixed loads, in appends/s
 * and the fan-out rows with
 *   --routes=nginx,nchan,nchan-proxy,direct  which servers (default all four)
 *   --viewers=1000                           which fan-out sizes (default 1 000 and 5 000)
 * Environment: BENCH_PUBLISH=serial feeds every batch as its own append, queued behind the
 * step's unanswered ones (default: coalescing, publisher.ts); BENCH_NCHAN_REUSE=1 keeps one
 * nchan for the run; BENCH_NCHAN_SHM / _BUFFER / _WORKERS tune nchan (nchan.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT } from "../../scripts/local-stack.ts";
import { Bench } from "./context.ts";
import { feedPolicy, httpAppender, redisAppender } from "./publisher.ts";
import type { Route } from "./context.ts";
import { chartSvg, deliveryTable, otherTable, type Series } from "./report.ts";
import { backlog, delivery, idle, idleThroughProxy, ingest, rateRamp, round, type DeliveryPlan, type Row } from "./scenarios.ts";
import { ensureNchan, nchanAppender, nchanStatus } from "./nchan.ts";
import { clusterTable, comparisonChart, comparisonTable, nchanTargets } from "./compare.ts";
import { undelivered } from "./verdict.ts";
import { fleetTargets } from "./fleet-targets.ts";
import { FleetGenerators, fleetRow, type FleetLoad, type FleetServer, type FleetTiming } from "./fleet.ts";
import { fleetTable } from "./fleet-report.ts";
import { LocalRedisCluster } from "../../scripts/local-stack.ts";

const quick = process.argv.includes("--quick");
const onlyArg = process.argv.find((a) => a.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice(7).split(",")) : undefined;
const want = (name: string) => !only || only.has(name);
const listArg = (name: string) =>
  process.argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.slice(name.length + 3)
    .split(",");
const fleetParts = new Set(listArg("fleet") ?? ["loads", "idle", "ramp", "upload", "cluster"]);
const fleetServerArg = listArg("fleet-servers");
const fleetLoadArg = listArg("fleet-loads")?.map(Number);
const routeArg = listArg("routes");
const viewersArg = listArg("viewers")?.map(Number);

// 10 000 viewers need as many descriptors in one process: raise the soft limit up to the hard
// one (no privilege needed) by running again under a shell that does, once.
const limits = spawnSync("sh", ["-c", "ulimit -n; ulimit -Hn"], { encoding: "utf8" }).stdout.trim().split("\n");
const [soft, hard] = limits.map((l) => (l === "unlimited" ? Infinity : Number(l) || 1024));
const WANT_FDS = 65536;
if (soft < Math.min(WANT_FDS, hard) && !process.env.BENCH_FDS_RAISED) {
  const raise = Math.min(WANT_FDS, hard);
  const args = [process.execPath, ...process.execArgv, ...process.argv.slice(1)].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const child = spawnSync("sh", ["-c", `ulimit -n ${raise} && exec ${args}`], { stdio: "inherit", env: { ...process.env, BENCH_FDS_RAISED: "1" } });
  process.exit(child.status ?? 1);
}
const fdLimit = soft;
if (fdLimit < 10500) console.log(`note: ${fdLimit} open files allowed (ulimit -n); the idle scenarios scale down to fit, and 5 000 viewers need about 6 000`);
// a naive viewer holds two descriptors in the naive relay (its socket and its Redis connection)
const idleOurs = Math.min(quick ? 2000 : 10000, fdLimit - 500);
const idleNaive = Math.min(quick ? 2000 : 9000, Math.floor((fdLimit - 500) / 2));

const P = quick
  ? {
      fanoutMs: 2000,
      fanout: [1000],
      naive: [1000],
      rateLevels: [1000, 5000, 20000],
      rateMs: 1500,
      ticks: [20000],
      ticksMs: 2000,
      clusterSteps: 1000,
      spreadMs: 2000,
      idleMs: 2000,
      backlogTrials: 1,
      ingestMs: 1000,
    }
  : {
      fanoutMs: 5000,
      fanout: [1000, 5000],
      naive: [1000, 5000],
      rateLevels: [1000, 5000, 10000, 20000, 40000, 60000, 80000, 120000, 160000, 200000, 240000],
      rateMs: 3000,
      ticks: [10000, 20000],
      ticksMs: 5000,
      clusterSteps: 2000,
      spreadMs: 5000,
      idleMs: 6000,
      backlogTrials: 3,
      ingestMs: 3000,
    };

/**
 * The fleet's shapes (issue 15): one append a second per step with 10 lines up to 2 000
 * appends/s; from 8 000 appends/s (and in the ramp) two a second with 5 lines, so S = rate / 2.
 */
function fleetShape(appendsPerSecond: number, viewersPerStep: 0 | 1 = 1, upload = false, ramp = false): FleetLoad {
  const fast = ramp || appendsPerSecond >= 8000;
  const periodMs = fast ? 500 : 1000;
  return {
    label: `${appendsPerSecond} appends/s${upload ? ", uploads" : ""}${viewersPerStep ? "" : ", no viewer"}`,
    steps: Math.round((appendsPerSecond * periodMs) / 1000),
    linesPerAppend: fast ? 5 : 10,
    periodMs,
    viewersPerStep,
    upload,
  };
}

const F: { timing: FleetTiming; rampTiming: FleetTiming; loads: number[]; ramp: number[]; upload: number[]; cluster: number[] } = quick
  ? {
      timing: { warmupMs: 1000, windowMs: 3000, drainMs: 10000, deliverMs: 10000 },
      rampTiming: { warmupMs: 1000, windowMs: 3000, drainMs: 10000, deliverMs: 10000 },
      loads: fleetLoadArg ?? [500, 2000],
      ramp: [1000, 2000, 4000],
      upload: [500],
      cluster: [500],
    }
  : {
      timing: { warmupMs: 2000, windowMs: 8000, drainMs: 15000, deliverMs: 15000 },
      rampTiming: { warmupMs: 1500, windowMs: 5000, drainMs: 10000, deliverMs: 10000 },
      loads: fleetLoadArg ?? [500, 2000, 8000],
      ramp: [1000, 2000, 3000, 4000, 6000, 8000, 12000],
      upload: [500, 2000],
      cluster: [500, 2000],
    };

const t0 = Date.now();
const loadBefore = os.loadavg();
const log = (msg: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
log(
  `logrelay bench ${quick ? "(quick)" : ""}: ${os.cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, fd limit ${fdLimit}, node ${process.version}, relay from ${process.env.BENCH_RELAY_DIR ?? "this checkout"}`,
);

const bench = await Bench.start({ quick, workers: 2 });
const nchanCheck = ensureNchan(log);
let nchanMissing = "missing" in nchanCheck ? nchanCheck.missing : "";
if (!nchanMissing) {
  try {
    await bench.startNchan();
    log(
      `nchan (${"module" in nchanCheck ? nchanCheck.module : ""}) on :${bench.nchanPair.nchan.port}, behind a plain proxy with our stream settings on :${bench.nchanPair.proxy.port}`,
    );
  } catch (err) {
    nchanMissing = `nchan did not start: ${(err as Error).message}`;
  }
}
if (nchanMissing) log(`NO NCHAN ROWS: ${nchanMissing}`);
let completed = false;
const rows: Row[] = [];
const redisRoles = new Map<string, string>();
const add = (r: Row | Row[]) => {
  for (const row of [r].flat()) {
    rows.push(row);
    const d =
      row.delivered !== undefined
        ? ` delivered ${row.delivered} l/s p50 ${row.p50} p99 ${row.p99} max ${row.max} ms lost ${row.lost} late ${row.late} dup ${row.dup}`
        : "";
    log(
      `${row.scenario} ${row.route}${row.viewers ? ` ${row.viewers} viewers` : ""}${row.offered ? ` ${row.offered} l/s` : ""}:${d} ${JSON.stringify(row.figures)} cpu ${JSON.stringify(row.cpu)} ${row.ok ? "ok" : "FAIL"} ${row.note ?? ""}`,
    );
  }
};

try {
  const producer = httpAppender(bench.producerUrl);
  const redis = redisAppender(bench.stack.redis.url);
  // our relay direct and through nginx, then the anchors: nchan serving viewers itself and behind a plain proxy
  const routes = (nchanMissing ? (["direct", "nginx"] as const) : (["direct", "nginx", "nchan", "nchan-proxy"] as const)).filter(
    (r) => !routeArg || routeArg.includes(r),
  );
  // every fan-out row feeds its server the same way (publisher.ts's feedPolicy); nchan gets a
  // fresh nchan and proxy and a new publisher per row, and a row whose nchan logged errors is failed
  const fed = feedPolicy(producer);
  const fanRow = async (route: Route, plan: Omit<DeliveryPlan, "appender">): Promise<Row> => {
    if (route !== "nchan" && route !== "nchan-proxy") return delivery(bench, route, { ...plan, appender: fed });
    const pair = await bench.restartNchan();
    const pub = feedPolicy(nchanAppender(`http://127.0.0.1:${pair.nchan.port}`));
    try {
      const row = await delivery(bench, route, { ...plan, appender: pub });
      const status = await nchanStatus(pair.nchan.port);
      row.figures.nchanShmUsedKiB = status.sharedMemoryUsedKiB ?? NaN;
      const errors = bench.nchanErrors();
      if (errors.length > 0) {
        row.ok = false;
        row.note = [row.note, `nchan logged ${errors.length} errors: ${errors[0].slice(0, 200)}`].filter(Boolean).join("; ");
      }
      return row;
    } finally {
      await pub.close();
    }
  };
  if (want("fanout")) {
    for (const viewers of viewersArg ?? P.fanout) {
      for (const route of routes) {
        const row = await fanRow(route, { scenario: "fan-out", viewers, steps: 1, rate: 100, mode: "line", durationMs: P.fanoutMs });
        add({ ...row, load: `${viewers} x 100 l/s` });
      }
    }
  }
  if (want("ticks")) {
    // 100 viewers of one step, one batch per 10 ms tick through each side's HTTP publish endpoint
    for (const rate of P.ticks) {
      for (const route of routes) {
        const row = await fanRow(route, { scenario: "ticks", viewers: 100, steps: 1, rate, mode: "tick", durationMs: P.ticksMs });
        add({ ...row, load: `100 x ${rate} l/s` });
      }
    }
  }
  if (want("rate")) {
    // batches straight to Redis with the producer's script: the producer's HTTP path is measured by "ingest"
    for (const route of ["direct", "nginx"] as const) add(await rateRamp(bench, route, P.rateLevels, P.rateMs, redis));
  }
  if (want("spread")) {
    // 20 000 appends/s: straight to Redis with the producer's script, so the relay is what is measured
    for (const route of ["direct", "nginx"] as const) {
      add(await delivery(bench, route, { scenario: "spread", viewers: 2000, steps: 2000, rate: 20000, mode: "line", durationMs: P.spreadMs, appender: redis }));
    }
  }
  if (want("idle")) {
    add(await idle(bench, "ours", idleOurs, P.idleMs));
    add(await idle(bench, "floor", idleOurs, P.idleMs));
    add(await idleThroughProxy(bench, "nginx", idleOurs));
    if (!nchanMissing) {
      add(await idleThroughProxy(bench, "nchan", idleOurs));
      add(await idleThroughProxy(bench, "nchan-proxy", idleOurs));
    }
  }
  if (want("backlog")) add(await backlog(bench, ["direct", "nginx"], 100_000, P.backlogTrials));
  if (want("ingest")) {
    for (const uploads of [1, 100]) for (const route of ["direct", "nginx"] as const) add(await ingest(bench, route, uploads, P.ingestMs));
  }
  if (want("cluster")) {
    // the same ingest and fan-out over many steps on the single Redis above and on a 3-shard
    // Redis Cluster (3 masters, 3 replicas; appends acknowledged once a replica holds them)
    const onBoth = async (b: Bench, label: string) => {
      add({ ...(await ingest(b, "direct", 100, P.ingestMs)), redis: label });
      const appender = redisAppender(b.stack.redis.url, b.clusterSeeds);
      const spread = await delivery(b, "nginx", {
        scenario: "spread",
        viewers: P.clusterSteps,
        steps: P.clusterSteps,
        rate: 20000,
        mode: "line",
        durationMs: P.spreadMs,
        appender,
      });
      await appender.close();
      add({ ...spread, redis: label });
    };
    await onBoth(bench, "1 Redis");
    log("starting a 3-shard Redis Cluster (3 masters + 3 replicas) with its own producer, relay and nginx");
    // a node's cluster bus port (its port + 10 000) can be taken by another program: try again on other ports
    let clustered: Bench | undefined;
    for (let attempt = 1; !clustered; attempt++) {
      clustered = await Bench.start({ quick, workers: 2, redisShards: 3 }).catch((err: Error) => {
        if (attempt >= 3) throw err;
        log(`the cluster did not start (${err.message.split("\n").slice(-2).join(" ")}); again`);
        return undefined;
      });
    }
    try {
      for (const node of clustered.cluster!.nodes) redisRoles.set(`:${node.port}`, await node.role());
      await onBoth(clustered, "3 shards");
    } finally {
      const keepLogs = rows.some((r) => r.redis === "3 shards" && !r.ok);
      if (keepLogs) log(`keeping the cluster's logs in ${clustered.stack.dir}`);
      await clustered.stop(keepLogs);
    }
  }
  if (want("fleet")) await fleet();
  // the naive relay last, each time a fresh process: overloaded, it goes on loading Redis and the CPU after a scenario
  if (want("naive")) {
    for (const viewers of P.naive) {
      await bench.restartNaive();
      add(await delivery(bench, "naive", { scenario: "fan-out", viewers, steps: 1, rate: 100, mode: "line", durationMs: P.fanoutMs, appender: producer }));
    }
    await bench.restartNaive();
    add(await idle(bench, "naive", idleNaive, P.idleMs));
  }
  await redis.close();
  completed = true;
  await producer.close();
} finally {
  const keep = !completed || rows.some((r) => !r.ok && r.route !== "naive");
  if (keep) log(`keeping the processes' logs in ${bench.stack.dir}`);
  await bench.stop(keep);
}

const fleetRows = rows.filter((r) => r.scenario.startsWith("fleet"));
const benchRows = rows.filter((r) => !fleetRows.includes(r));
const clusterRows = benchRows.filter((r) => r.redis);
const delivering = benchRows
  .filter((r) => !r.redis)
  .filter((r) => r.delivered !== undefined || r.scenario === "fan-out" || r.scenario === "rate" || r.scenario === "spread" || r.scenario === "ticks");
const others = benchRows.filter((r) => !r.redis && !delivering.includes(r));
console.log("\nDelivery (delay = append sent -> line parsed by the viewer; CPU in cores, 100% = one core)\n");
console.log(deliveryTable(delivering));
console.log("\nIdle, backlog, ingest\n");
console.log(otherTable(others));

console.log("\nlogrelay against nchan (same run, same feed; server CPU = relay or nchan + nginx + Redis + producer, per line delivered)\n");
console.log(nchanMissing ? `not measured: ${nchanMissing}` : comparisonTable(benchRows));

if (clusterRows.length) {
  console.log("\nOne Redis against a 3-shard Redis Cluster (same run; CPU in cores, 100% = one core)\n");
  console.log(clusterTable(clusterRows, redisRoles));
}

if (fleetRows.length) {
  console.log(
    "\nFleet: S steps, each a worker appending B ~100-byte lines every P ms and waiting for each answer; fresh servers per row (CPU: µs per appended line over the window, every server process; memory: PSS)\n",
  );
  console.log(fleetTable(fleetRows));
  const ramps = fleetRows.filter((r) => r.scenario === "fleet-ramp");
  for (const route of new Set(ramps.map((r) => r.route)))
    console.log(
      `highest sustained rate (all answered, nothing lost, line p99 <= 1 s), ${route}: ${ramps.find((r) => r.route === route)!.figures.lastHeld} appends/s`,
    );
}

const targets = [
  ...evaluateTargets(benchRows.filter((r) => !r.redis)),
  ...(nchanMissing ? [] : nchanTargets(benchRows)),
  ...(fleetRows.length ? fleetTargets(fleetRows) : []),
];
console.log("\nTargets of the issue (through nginx)\n");
for (const t of targets) console.log(`${t.met === undefined ? "  -  " : t.met ? " met " : " MISS"}  ${t.target}: ${t.figure}`);

const loadAfter = os.loadavg();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
mkdirSync(path.join(ROOT, "bench-results"), { recursive: true });
const jsonFile = path.join(ROOT, "bench-results", `bench-${quick ? "quick-" : ""}${stamp}.json`);
const result = {
  date: new Date().toISOString(),
  quick,
  durationS: round((Date.now() - t0) / 1000, 0),
  machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadBefore, loadAfter, fdLimit },
  relayDir: process.env.BENCH_RELAY_DIR ?? ".",
  rows,
  targets,
};
writeFileSync(jsonFile, JSON.stringify(result, null, 2));
const svg = chart(benchRows, quick);
const svgFile = quick || only ? path.join(ROOT, "bench-results", `bench-${stamp}.svg`) : path.join(ROOT, "docs", "bench.svg");
mkdirSync(path.dirname(svgFile), { recursive: true });
writeFileSync(svgFile, svg);
const nchanSvgFile = quick || only ? path.join(ROOT, "bench-results", `bench-nchan-${stamp}.svg`) : path.join(ROOT, "docs", "bench-nchan.svg");
if (!nchanMissing) writeFileSync(nchanSvgFile, comparisonChart(benchRows, quick));
log(
  `wrote ${path.relative(ROOT, jsonFile)}, ${path.relative(ROOT, svgFile)}${nchanMissing ? "" : ` and ${path.relative(ROOT, nchanSvgFile)}`}; load average now ${loadAfter.map((l) => l.toFixed(2)).join(" ")}`,
);

const failed = rows.filter((r) => !r.ok && r.route !== "naive" && r.route !== "nchan" && r.route !== "nchan-proxy");
const missing = undelivered(rows);
if (failed.length > 0)
  console.log(`\nFAILED: ${failed.map((r) => `${r.scenario}/${r.route}`).join(", ")} (lines skipped, repeated or garbled, viewers broken or appends failed)`);
if (missing.length > 0)
  console.log(
    `\nFAILED: lines never delivered: ${missing.map((m) => `${m.row.scenario}/${m.row.route}${m.row.viewers ? ` ${m.row.viewers} viewers` : ""}: ${m.lines} lines`).join(", ")}`,
  );
process.exit(failed.length > 0 || missing.length > 0 ? 1 : 0);

interface Target {
  target: string;
  figure: string;
  met?: boolean;
}

function evaluateTargets(all: readonly Row[]): Target[] {
  const find = (scenario: string, route: string, viewers?: number) =>
    all.find((r) => r.scenario === scenario && r.route === route && (viewers === undefined || r.viewers === viewers));
  const out: Target[] = [];
  for (const [viewers, limit] of [
    [1000, 75],
    [5000, 200],
  ]) {
    const r = find("fan-out", "nginx", viewers);
    const d = find("fan-out", "direct", viewers);
    out.push({
      target: `${viewers} viewers x 100 lines/s: p99 < ${limit} ms, 0 loss`,
      figure: r ? `p99 ${r.p99} ms, lost ${r.lost}, late ${r.late}, dup ${r.dup} (direct: p99 ${d?.p99} ms)` : "not run",
      met: r ? r.ok && r.late === 0 && (r.p99 ?? Infinity) < limit : undefined,
    });
  }
  const rateRows = (route: string) => all.filter((r) => r.scenario === "rate" && r.route === route);
  const held = (route: string) => rateRows(route)[0]?.figures.lastHeld;
  const at20k = rateRows("nginx").find((r) => r.offered !== undefined && r.viewers === 100 && Math.abs(r.offered - 20000) < 2000);
  out.push({
    target: "100 viewers x 20 000 lines/s in ticks: p99 < 150 ms, 0 loss",
    figure: at20k ? `at 20 000 l/s: p99 ${at20k.p99} ms, lost ${at20k.lost}; last rate held ${held("nginx")} l/s (direct ${held("direct")})` : "not run",
    met: at20k ? at20k.ok && at20k.late === 0 && (at20k.p99 ?? Infinity) < 150 : undefined,
  });
  const idleRow = find("idle", "direct");
  const floorRow = find("idle", "floor");
  out.push({
    target: "idle: <= 8 KiB RSS per connection at 10 000",
    figure: idleRow
      ? `${idleRow.figures.rssPerConnKiB} KiB RSS, ${idleRow.figures.heapPerConnKiB} KiB heap per connection at ${idleRow.viewers}` +
        (floorRow ? ` (Node's HTTP server alone: ${floorRow.figures.rssPerConnKiB} KiB RSS)` : "")
      : "not run",
    met: idleRow ? idleRow.figures.rssPerConnKiB <= 8 : undefined,
  });
  const bl = find("backlog", "nginx");
  out.push({
    target: "backlog: 100 000 lines to a new viewer in < 1 s",
    figure: bl ? `${bl.figures.medianMs} ms (direct ${find("backlog", "direct")?.figures.medianMs} ms)` : "not run",
    met: bl ? bl.ok && bl.figures.medianMs < 1000 : undefined,
  });
  const ing = find("ingest-100", "nginx");
  out.push({
    target: "ingest: >= 200 000 lines/s from 100 concurrent uploads",
    figure: ing ? `${ing.figures.linesPerSecond} lines/s (direct ${find("ingest-100", "direct")?.figures.linesPerSecond})` : "not run",
    met: ing ? ing.ok && ing.figures.linesPerSecond >= 200000 : undefined,
  });
  const ratios: string[] = [];
  let within = true;
  const compare = (what: string, n?: number, d?: number, higherIsBetter = true) => {
    if (n === undefined || d === undefined || !d) return;
    const ratio = higherIsBetter ? n / d : d / n;
    ratios.push(`${what} ${Math.round(ratio * 100)}%`);
    if (ratio < 0.8) within = false;
  };
  compare("rate held", held("nginx"), held("direct"));
  compare("backlog speed", bl?.figures.medianMs, find("backlog", "direct")?.figures.medianMs, false);
  compare("ingest-100", ing?.figures.linesPerSecond, find("ingest-100", "direct")?.figures.linesPerSecond);
  compare("ingest-1", find("ingest-1", "nginx")?.figures.linesPerSecond, find("ingest-1", "direct")?.figures.linesPerSecond);
  for (const v of [1000, 5000]) compare(`fan-out ${v} delivered`, find("fan-out", "nginx", v)?.delivered, find("fan-out", "direct", v)?.delivered);
  out.push({
    target: "through nginx: no more than 20% below direct",
    figure: ratios.length ? `nginx as % of direct: ${ratios.join(", ")}` : "not run",
    met: ratios.length ? within : undefined,
  });
  return out;
}

function chart(all: readonly Row[], isQuick: boolean): string {
  const pts = (scenario: string, route: string, labelled = false) =>
    all
      .filter((r) => r.scenario === scenario && r.route === route && r.delivered && r.p99)
      .map((r) => ({ x: (r.offered ?? 0) * (r.viewers ?? 1), y: r.p99!, label: labelled ? `${r.viewers} viewers` : undefined }));
  const fan: Series[] = [
    { name: "logrelay, direct", color: "#1f6feb", points: pts("fan-out", "direct") },
    { name: "logrelay, through nginx", color: "#1f6feb", dash: true, points: pts("fan-out", "nginx", true) },
    { name: "naive relay (Redis conn per viewer), direct", color: "#d2691e", points: pts("fan-out", "naive", true) },
  ];
  const rate: Series[] = [
    { name: "logrelay, direct", color: "#1f6feb", points: pts("rate", "direct") },
    { name: "logrelay, through nginx", color: "#1f6feb", dash: true, points: pts("rate", "nginx") },
  ];
  return chartSvg(
    `logrelay: append-to-receive delay against load${isQuick ? " (quick run)" : ""}`,
    [
      {
        title: "fan-out: N viewers x 100 lines/s, 1 line/append",
        xLabel: "lines to deliver per second (viewers x lines/s)",
        series: fan,
        limits: [
          { ms: 75, label: "target 1 000 viewers: 75 ms" },
          { ms: 200, label: "target 5 000 viewers: 200 ms" },
        ],
      },
      {
        title: "highest rate: 100 viewers, batches per 10 ms",
        xLabel: "lines to deliver per second (100 x rate)",
        series: rate,
        limits: [{ ms: 150, label: "limit: 150 ms" }],
      },
    ],
    `${new Date().toISOString().slice(0, 16)} UTC, ${os.cpus().length} cores shared by relay, nginx, Redis, producer and load generator; npm run bench`,
  );
}

/** The fleet section: fixed loads, no viewers, the ramp, uploads and the cluster, each row on fresh servers. */
async function fleet(): Promise<void> {
  const servers: FleetServer[] = (fleetServerArg ?? ["nginx", "nchan-proxy", "nchan"]).filter(
    (s): s is FleetServer => (s === "nginx" || s === "nchan" || s === "nchan-proxy") && (s === "nginx" || !nchanMissing),
  );
  const gens = await FleetGenerators.start(2);
  try {
    const row = async (server: FleetServer, load: FleetLoad, scenario = "fleet", timing = F.timing, extra = {}) => {
      log(`fleet: ${load.label} (${load.steps} steps x ${load.linesPerAppend} lines every ${load.periodMs} ms) against ${server}`);
      const r = await fleetRow(bench, gens, server, load, timing, { scenario, ...extra });
      add(r);
      return r;
    };
    if (fleetParts.has("loads")) for (const rate of F.loads) for (const server of servers) await row(server, fleetShape(rate));
    if (fleetParts.has("idle")) for (const server of servers) await row(server, fleetShape(2000, 0));
    if (fleetParts.has("upload") && servers.includes("nginx")) for (const rate of F.upload) await row("nginx", fleetShape(rate, 1, true), "fleet-upload");
    if (fleetParts.has("ramp")) {
      for (const server of servers) {
        const levels: typeof rows = [];
        let lastHeld = 0;
        for (const rate of F.ramp) {
          let r = await row(server, fleetShape(rate, 1, false, true), "fleet-ramp", F.rampTiming);
          const sustained = (x: typeof r) =>
            x.ok &&
            x.late === 0 &&
            (x.figures.unanswered ?? 0) === 0 &&
            x.figures.appendsAnswered >= 0.98 * x.figures.appendsOffered &&
            (x.p99 ?? Infinity) <= 1000;
          if (!sustained(r) && r.ok && !quick) {
            // one stall of a shared machine is enough to miss: a level gets a second try
            const again = await row(server, fleetShape(rate, 1, false, true), "fleet-ramp", F.rampTiming);
            again.figures.secondTry = 1;
            rows.splice(rows.indexOf(sustained(again) ? r : again), 1);
            if (sustained(again)) r = again;
          }
          r.figures.held = sustained(r) ? 1 : 0;
          levels.push(r);
          if (!r.figures.held) break;
          lastHeld = rate;
        }
        for (const r of levels) r.figures.lastHeld = lastHeld;
      }
    }
    if (fleetParts.has("cluster") && servers.includes("nginx")) {
      log("fleet: starting a 3-shard Redis Cluster (3 masters + 3 replicas); appends acknowledged once a replica holds them");
      const dir = path.join(bench.stack.dir, "fleet-cluster");
      mkdirSync(dir, { recursive: true });
      const cluster = await LocalRedisCluster.start({ dir, shards: 3 });
      try {
        for (const rate of F.cluster) await row("nginx", fleetShape(rate), "fleet-cluster", F.timing, { cluster, redisLabel: "3 shards" });
      } finally {
        await cluster.stop();
      }
    }
  } finally {
    gens.stop();
  }
}
