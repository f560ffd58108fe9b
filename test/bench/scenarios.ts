/** The benchmark's scenarios (see the issue and README "Performance"); each returns result rows. */
import http from "node:http";
import { benchLine } from "./sse-client.ts";
import { startNginx } from "../../scripts/local-stack.ts";
import { CpuMeter, bucketQuantile, childPids, clockMs, rssBytes, scrape, scrapeHistogram } from "./stats.ts";
import { stopNchanPair } from "./context.ts";
import { publish, redisAppender, type Appender } from "./publisher.ts";
import type { Bench, Route } from "./context.ts";

export interface Row {
  scenario: string;
  route: Route | "producer" | "floor";
  /** the load, for the comparison with nchan (e.g. "1000 x 100 l/s") */
  load?: string;
  /** the cluster rows: "1 Redis" or "3 shards" */
  redis?: string;
  viewers?: number;
  steps?: number;
  /** lines appended per second */
  offered?: number;
  /** lines delivered per second, summed over viewers */
  delivered?: number;
  p50?: number;
  p99?: number;
  max?: number;
  /** lines skipped: a gap in the numbers a viewer received (a failure) */
  lost?: number;
  /** lines not received by the end of the drain period (the relay did not keep up) */
  late?: number;
  dup?: number;
  malformed?: number;
  reconnects?: number;
  /** CPU used during the measurement, in cores (1 = one core busy) */
  cpu: Partial<Record<"relay" | "nginx" | "load" | "redis" | "producer", number>>;
  /** scenario-specific figures */
  figures: Record<string, number>;
  /** correctness held: no line lost, repeated or garbled, no viewer broken */
  ok: boolean;
  note?: string;
}

const LOOP_SAMPLE_MS = 10;
/** pause before a scenario, so the previous one's closing connections do not count in it */
const SETTLE_MS = 700;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const isNchan = (route: Route | "producer") => route === "nchan" || route === "nchan-proxy";

/** Server processes of a route, beside the load generator: for nchan, its nginx workers are the "relay" and there is no producer. */
function meters(b: Bench, route: Route | "producer") {
  const m: Record<string, CpuMeter> = {
    load: new CpuMeter(() => b.loadPids()),
    redis: new CpuMeter(() => b.redisPids().map((r) => r.pid)),
  };
  // each Redis node on its own too (a cluster's shards: do they share the load?)
  const nodes = b.cluster ? b.redisPids().map((r) => ({ name: r.name, meter: new CpuMeter(() => [r.pid]) })) : [];
  for (const n of nodes) n.meter.start();
  if (!isNchan(route)) m.producer = new CpuMeter(() => [b.stack.producer.child.pid!]);
  if (route !== "producer") m.relay = new CpuMeter(() => b.relayPids(route));
  if (route === "nginx" || route === "producer" || route === "nchan-proxy")
    m.nginx = new CpuMeter(() => b.nginxPids(route === "nchan-proxy" ? route : "nginx"));
  for (const meter of Object.values(m)) meter.start();
  const t0 = clockMs();
  return () => {
    const cores = Object.entries(m).map(([k, meter]) => [k, meter.stop()] as const);
    const serverCores = cores.reduce((sum, [k, c]) => sum + (k === "load" ? 0 : c), 0);
    const redisNodes = Object.fromEntries(nodes.map((n) => [`redisCpu${n.name}`, round(n.meter.stop(), 2)]));
    return { cpu: Object.fromEntries(cores.map(([k, c]) => [k, round(c, 2)])), seconds: (clockMs() - t0) / 1000, serverCores, redisNodes };
  };
}

export interface DeliveryPlan {
  scenario: string;
  viewers: number;
  steps: number;
  /** lines per second over all steps */
  rate: number;
  mode: "line" | "tick";
  durationMs: number;
  appender: Appender;
}

/** Viewers watch `steps` steps while lines are appended; every line must reach every viewer. */
export async function delivery(b: Bench, route: Route, plan: DeliveryPlan): Promise<Row> {
  await sleep(SETTLE_MS);
  const paths = Array.from({ length: plan.steps }, () => b.newStep());
  const base = { scenario: plan.scenario, route, viewers: plan.viewers, steps: plan.steps, offered: plan.rate, cpu: {}, figures: {} };
  const opened = await b.openViewers(b.targets(route, plan.viewers, paths));
  if (opened.failed > 0) {
    await b.closeViewers();
    return { ...base, ok: false, note: `${opened.failed} viewers failed to connect: ${opened.firstError}` };
  }
  await sleep(300);
  await b.viewerStats(true);
  // the relay's own view: append in Redis -> event written to every viewer (coarse buckets)
  const relayMetrics = `http://127.0.0.1:${(route === "naive" ? b.naive : b.relay).port}/metrics`;
  const relayBefore = route === "naive" || isNchan(route) ? undefined : await scrapeHistogram(relayMetrics, "logrelay_append_to_write_seconds");
  const stopMeters = meters(b, route);
  const pub = await publish(plan.appender, { steps: paths, rate: plan.rate, durationMs: plan.durationMs, mode: plan.mode });
  const wait = await b.waitViewers(pub.last, 5000 + plan.durationMs);
  const { cpu, seconds, serverCores, redisNodes } = stopMeters();
  const relayAfter = relayBefore && (await scrapeHistogram(relayMetrics, "logrelay_append_to_write_seconds"));
  const { totals, hist } = await b.viewerStats(true);
  await b.closeViewers();
  const span = ((wait.done ? wait.lastReachedAt : clockMs()) - pub.startedAt) / 1000;
  const lost = totals.lost;
  const notes = [];
  if (pub.errors > 0) notes.push(`${pub.errors} appends failed: ${pub.firstError}`);
  if (wait.broken > 0) notes.push(`${wait.broken} viewers broken: ${wait.firstError}`);
  return {
    ...base,
    offered: round(pub.lines / ((pub.endedAt - pub.startedAt) / 1000), 0),
    delivered: round(totals.lines / span, 0),
    p50: round(hist.quantile(0.5), 1),
    p99: round(hist.quantile(0.99), 1),
    max: round(hist.max, 1),
    lost,
    late: wait.missing,
    dup: totals.dup,
    malformed: totals.malformed,
    reconnects: totals.reconnects,
    cpu,
    figures: {
      events: totals.events,
      mbPerSecond: round(totals.bytes / span / 1e6, 1),
      appendP50ms: round(pub.appendMs.quantile(0.5), 1),
      appendP99ms: round(pub.appendMs.quantile(0.99), 1),
      // every server process (relay or nchan, nginx, Redis, producer) over the window, per line delivered
      serverCpuUsPerLine: round((serverCores * seconds * 1e6) / Math.max(1, totals.lines), 2),
      ...redisNodes,
      ...(relayBefore && relayAfter
        ? { relayWriteP50ms: bucketQuantile(relayBefore, relayAfter, 0.5), relayWriteP99ms: bucketQuantile(relayBefore, relayAfter, 0.99) }
        : {}),
    },
    ok: lost === 0 && totals.dup === 0 && totals.malformed === 0 && wait.broken === 0 && pub.errors === 0,
    note: notes.join("; ") || undefined,
  };
}

/** Raises the rate until p99 passes `maxP99` or a line is lost; the last level that held is marked. */
export async function rateRamp(b: Bench, route: Route, levels: readonly number[], durationMs: number, appender: Appender, maxP99 = 150): Promise<Row[]> {
  const rows: Row[] = [];
  let lastHeld = 0;
  for (const rate of levels) {
    const run = () => delivery(b, route, { scenario: "rate", viewers: 100, steps: 1, rate, mode: "tick", durationMs, appender });
    let row = await run();
    if (row.ok && ((row.p99 ?? Infinity) > maxP99 || row.late !== 0)) {
      // one stall of a shared machine is enough to pass the limit: a level gets a second try
      await sleep(1000);
      const again = await run();
      again.figures.retried = 1;
      if (!again.ok || (again.p99 ?? Infinity) < (row.p99 ?? Infinity)) row = again;
    }
    const held = row.ok && row.late === 0 && (row.p99 ?? Infinity) <= maxP99;
    row.figures.held = held ? 1 : 0;
    rows.push(row);
    if (!held) break;
    lastHeld = rate;
  }
  for (const row of rows) row.figures.lastHeld = lastHeld;
  return rows;
}

/** Many open connections doing nothing, on a fresh relay process: memory and event-loop delay per connection. */
export async function idle(b: Bench, kind: "ours" | "naive" | "floor", count: number, windowMs: number): Promise<Row> {
  await sleep(SETTLE_MS);
  const proc = kind === "ours" ? await b.freshRelay() : kind === "naive" ? await b.freshNaive() : await b.freshFloor();
  const pid = proc.child.pid!;
  const metricsUrl = `http://127.0.0.1:${proc.port}/metrics`;
  const names = ["nodejs_heap_size_used_bytes", "nodejs_eventloop_lag_p50_seconds", "nodejs_eventloop_lag_p99_seconds", "nodejs_eventloop_lag_max_seconds"];
  try {
    await sleep(500);
    const before = { rss: rssBytes(pid), heap: (await scrape(metricsUrl, names)).nodejs_heap_size_used_bytes };
    // opened in two halves: the second half's cost is the marginal one, without the fixed
    // costs of the first connections (V8's young generation growing, Redis connection buffers)
    const endpoint = { host: "127.0.0.1", port: proc.port };
    const open = (n: number) =>
      b.openViewers(
        b.targets(
          kind === "ours" ? "direct" : "naive",
          n,
          Array.from({ length: n }, () => b.newStep()),
          undefined,
          endpoint,
        ),
      );
    const half = await open(Math.floor(count / 2));
    await sleep(1500);
    const atHalf = rssBytes(pid);
    const rest = await open(count - Math.floor(count / 2));
    const opened = { opened: half.opened + rest.opened, failed: half.failed + rest.failed, firstError: half.firstError || rest.firstError };
    await sleep(1500);
    await scrape(metricsUrl, names); // restarts prom-client's event-loop delay window
    await b.viewerStats(true);
    const cpu = new CpuMeter(() => [pid]);
    cpu.start();
    await sleep(windowMs);
    const after = await scrape(metricsUrl, names);
    const relayCpu = cpu.stop();
    const rss = rssBytes(pid);
    const { totals } = await b.viewerStats(true);
    await b.closeViewers();
    return {
      scenario: "idle",
      route: kind === "ours" ? "direct" : kind,
      viewers: opened.opened,
      steps: count,
      cpu: { relay: round(relayCpu, 3) },
      figures: {
        rssPerConnKiB: round((rss - before.rss) / opened.opened / 1024, 1),
        marginalRssPerConnKiB: round((rss - atHalf) / rest.opened / 1024, 1),
        heapPerConnKiB: round((after.nodejs_heap_size_used_bytes - before.heap) / opened.opened / 1024, 1),
        rssMiB: round(rss / 2 ** 20, 0),
        // prom-client samples the loop every 10 ms, and its figures include those 10 ms
        loopP50ms: round(after.nodejs_eventloop_lag_p50_seconds * 1000 - LOOP_SAMPLE_MS, 1),
        loopP99ms: round(after.nodejs_eventloop_lag_p99_seconds * 1000 - LOOP_SAMPLE_MS, 1),
        loopMaxMs: round(after.nodejs_eventloop_lag_max_seconds * 1000 - LOOP_SAMPLE_MS, 1),
        heartbeats: totals.heartbeats,
      },
      ok: opened.failed === 0 && totals.lost === 0 && totals.dup === 0,
      note: opened.failed > 0 ? `${opened.failed} failed to connect: ${opened.firstError}` : undefined,
    };
  } finally {
    await proc.stop();
  }
}

/**
 * Many open idle streams through a proxy, each server fresh: what the proxy's workers and what
 * the server behind them hold per stream. "nginx": our nginx.conf in front of a fresh relay;
 * "nchan": nchan's nginx alone; "nchan-proxy": the plain proxy with our stream settings in front
 * of nchan. RSS summed over the nginx workers.
 */
export async function idleThroughProxy(b: Bench, route: "nginx" | "nchan" | "nchan-proxy", count: number): Promise<Row> {
  await sleep(SETTLE_MS);
  let front: number[] = [];
  let back: number[] = [];
  let port = 0;
  let stop: () => Promise<void>;
  if (route === "nginx") {
    const relay = await b.freshRelay();
    const nginx = await startNginx({ dir: b.stack.dir, relayPorts: [relay.port], producerPort: b.stack.producer.port }).catch(async (err: unknown) => {
      await relay.stop();
      throw err;
    });
    front = childPids(nginx.child.pid!);
    back = [relay.child.pid!];
    port = nginx.port;
    stop = async () => {
      await nginx.stop();
      await relay.stop();
    };
  } else {
    const pair = await b.freshNchan();
    back = childPids(pair.nchan.child.pid!);
    if (route === "nchan-proxy") front = childPids(pair.proxy.child.pid!);
    port = route === "nchan" ? pair.nchan.port : pair.proxy.port;
    stop = () => stopNchanPair(pair);
  }
  try {
    const rss = (pids: number[]) => pids.reduce((sum, pid) => sum + rssBytes(pid), 0);
    await sleep(500);
    const before = { front: rss(front), back: rss(back) };
    const opened = await b.openViewers(
      b.targets(
        route,
        count,
        Array.from({ length: count }, () => b.newStep()),
        undefined,
        { host: "127.0.0.1", port },
      ),
    );
    await sleep(1500);
    const after = { front: rss(front), back: rss(back) };
    const { totals } = await b.viewerStats(true);
    await b.closeViewers();
    const per = (bytes: number) => round(bytes / Math.max(1, opened.opened) / 1024, 1);
    const figures: Record<string, number> =
      route === "nginx"
        ? {
            nginxRssPerConnKiB: per(after.front - before.front),
            relayRssPerConnKiB: per(after.back - before.back),
            nginxRssMiB: round(after.front / 2 ** 20, 0),
          }
        : route === "nchan"
          ? { nchanRssPerConnKiB: per(after.back - before.back), nchanRssMiB: round(after.back / 2 ** 20, 0) }
          : { proxyRssPerConnKiB: per(after.front - before.front), nchanRssPerConnKiB: per(after.back - before.back) };
    figures.totalRssPerConnKiB = per(after.front - before.front + after.back - before.back);
    return {
      scenario: "idle",
      route,
      viewers: opened.opened,
      steps: count,
      cpu: {},
      figures,
      ok: opened.failed === 0 && totals.lost === 0 && totals.dup === 0,
      note: opened.failed > 0 ? `${opened.failed} failed to connect: ${opened.firstError}` : undefined,
    };
  } finally {
    await stop();
  }
}

/** A new viewer of a step holding `lines` lines: time until it holds the last one. */
export async function backlog(b: Bench, routes: readonly Route[], lines: number, trials: number): Promise<Row[]> {
  const step = b.newStep();
  const appender = redisAppender(b.stack.redis.url, b.clusterSeeds);
  const now = clockMs();
  for (let n = 1; n <= lines; n += 5000) {
    await appender.append(
      step,
      Array.from({ length: Math.min(5000, lines - n + 1) }, (_, i) => benchLine(n + i, now)),
    );
  }
  await appender.close();
  const rows: Row[] = [];
  for (const route of routes) {
    const times: number[] = [];
    let bad = 0;
    for (let t = 0; t < trials; t++) {
      await b.openViewers(b.targets(route, 1, [step], lines));
      const wait = await b.waitViewers({ [step]: lines }, 10000);
      const { totals } = await b.viewerStats(true);
      await b.closeViewers();
      if (!wait.done || totals.dup > 0 || totals.lost > 0 || totals.malformed > 0) bad++;
      times.push(wait.lastReachedAt - wait.firstOpenedAt);
    }
    times.sort((x, y) => x - y);
    const median = times[Math.floor(times.length / 2)];
    rows.push({
      scenario: "backlog",
      route,
      viewers: 1,
      cpu: {},
      figures: {
        lines,
        medianMs: round(median, 0),
        minMs: round(times[0], 0),
        maxMs: round(times[times.length - 1], 0),
        linesPerSecond: round(lines / (median / 1000), 0),
      },
      ok: bad === 0,
      note: bad > 0 ? `${bad} of ${trials} trials incomplete or with lost/repeated lines` : undefined,
    });
  }
  return rows;
}

/** Streaming uploads (chunked POSTs, as `curl -T -` sends them) for `durationMs`; lines/s stored. */
export async function ingest(b: Bench, route: "direct" | "nginx", uploads: number, durationMs: number): Promise<Row> {
  const port = route === "direct" ? b.stack.producer.port : b.stack.nginx.port;
  const chunk = Buffer.from(Array.from({ length: 500 }, (_, i) => benchLine(i + 1, 0) + "\n").join(""));
  const stopMeters = meters(b, "producer");
  const started = clockMs();
  const results = await Promise.all(Array.from({ length: uploads }, () => upload(port, b.newStep(), chunk, started + durationMs)));
  const elapsed = (Math.max(...results.map((r) => r.doneAt)) - started) / 1000;
  const { cpu, redisNodes } = stopMeters();
  if (route === "direct") delete cpu.nginx;
  const appended = results.reduce((a, r) => a + r.appended, 0);
  const bad = results.filter((r) => r.appended !== r.sent);
  return {
    scenario: uploads === 1 ? "ingest-1" : `ingest-${uploads}`,
    route,
    cpu,
    figures: { uploads, linesPerSecond: round(appended / elapsed, 0), lines: appended, mbPerSecond: round((appended * 81) / elapsed / 1e6, 1), ...redisNodes },
    ok: bad.length === 0,
    note: bad.length > 0 ? `${bad.length} uploads stored fewer lines than sent: ${bad[0].error}` : undefined,
  };
}

function upload(port: number, stepPath: string, chunk: Buffer, until: number): Promise<{ appended: number; sent: number; doneAt: number; error: string }> {
  const linesPerChunk = 500;
  return new Promise((resolve) => {
    let sent = 0;
    const req = http.request(
      { host: "127.0.0.1", port, path: `${stepPath}/logs`, method: "POST", agent: false, headers: { "Content-Type": "text/plain" } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => (text += d));
        res.on("end", () => {
          let appended = 0;
          try {
            appended = (JSON.parse(text) as { appended: number }).appended;
          } catch {
            // reported below as fewer lines than sent
          }
          resolve({ appended, sent, doneAt: clockMs(), error: res.statusCode === 200 ? "" : `HTTP ${res.statusCode} ${text}` });
        });
      },
    );
    req.on("error", (err) => resolve({ appended: 0, sent, doneAt: clockMs(), error: err.message }));
    const pump = () => {
      while (clockMs() < until) {
        sent += linesPerChunk;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

export function round(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
