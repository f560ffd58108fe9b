/**
 * A load-generator process (forked by run.ts): holds many SSE viewers and answers the
 * parent's commands over IPC. Viewers live here, apart from the publisher, so parsing
 * does not slow the appends down.
 */
import { Histogram, clockMs, cpuSeconds } from "./stats.ts";
import { Viewer, type ViewerTarget, type ViewerTotals } from "./sse-client.ts";

export type Command =
  | { type: "open"; req: number; targets: ViewerTarget[]; concurrency: number; timeoutMs: number }
  | { type: "wait"; req: number; expect: Record<string, number>; timeoutMs: number }
  /** reset: true clears every counter; "hist" only the delay histogram (a measuring window starts, loss is still counted over the whole run) */
  | { type: "stats"; req: number; reset: boolean | "hist" }
  | { type: "close"; req: number }
  | { type: "exit" };

export interface OpenReply {
  opened: number;
  failed: number;
  firstError: string;
}

export interface WaitReply {
  /** every viewer holds its expected line */
  done: boolean;
  /** lines expected but not held when the wait ended */
  missing: number;
  /** viewers that failed or were closed before the end */
  broken: number;
  firstError: string;
  /** latest time (clock ms) a viewer reached its expected line */
  lastReachedAt: number;
  firstOpenedAt: number;
}

export interface StatsReply {
  totals: ViewerTotals;
  hist: { pairs: number[]; max: number };
  cpu: number;
}

let viewers: Viewer[] = [];
// one totals object and one histogram for every viewer of this process, reset in place
const totals: ViewerTotals = freshTotals();
const hist = new Histogram();

function freshTotals(): ViewerTotals {
  return { lines: 0, events: 0, lost: 0, dup: 0, malformed: 0, heartbeats: 0, bytes: 0, reconnects: 0, reordered: 0 };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function open(targets: ViewerTarget[], concurrency: number, timeoutMs: number): Promise<OpenReply> {
  const batch: Viewer[] = [];
  const answered = new Set<Viewer>(); // got response headers or failed
  const onChange = (v: Viewer) => {
    if (v.headersAt > 0 || v.error) answered.add(v);
  };
  const deadline = Date.now() + timeoutMs;
  for (const target of targets) {
    // hold at most `concurrency` connections between connect and response headers
    while (batch.length - answered.size >= concurrency && Date.now() < deadline) await sleep(2);
    const v = new Viewer(target, totals, hist, onChange);
    v.open();
    batch.push(v);
  }
  while (answered.size < batch.length && Date.now() < deadline) await sleep(5);
  viewers.push(...batch);
  const failed = batch.filter((v) => v.headersAt === 0 || v.error);
  return { opened: batch.length - failed.length, failed: failed.length, firstError: failed[0]?.error ?? "" };
}

async function wait(expect: Record<string, number>, timeoutMs: number): Promise<WaitReply> {
  for (const v of viewers) {
    const goal = expect[v.target.path] ?? Infinity;
    if (goal !== v.goal) {
      v.goal = goal;
      v.reachedAt = v.last >= goal ? clockMs() : 0;
    }
  }
  const deadline = Date.now() + timeoutMs;
  const behind = () => viewers.filter((v) => !v.error && v.last < v.goal);
  while (behind().length > 0 && Date.now() < deadline) await sleep(10);
  let missing = 0;
  let lastReachedAt = 0;
  for (const v of viewers) {
    if (v.goal !== Infinity && v.last < v.goal) missing += v.goal - v.last;
    lastReachedAt = Math.max(lastReachedAt, v.reachedAt);
  }
  const broken = viewers.filter((v) => v.error);
  return {
    done: missing === 0,
    missing,
    broken: broken.length,
    firstError: broken[0]?.error ?? "",
    lastReachedAt,
    firstOpenedAt: viewers.length ? Math.min(...viewers.map((v) => v.openedAt)) : 0,
  };
}

function stats(reset: boolean | "hist"): StatsReply {
  const reply = { totals: { ...totals }, hist: hist.toSparse(), cpu: cpuSeconds(process.pid) };
  if (reset === "hist") hist.reset();
  else if (reset) resetCounters();
  return reply;
}

async function closeAll(): Promise<void> {
  for (const v of viewers) v.close();
  viewers = [];
  resetCounters();
  await sleep(50);
}

function resetCounters(): void {
  Object.assign(totals, freshTotals());
  hist.reset();
}

process.on("message", (cmd: Command) => {
  const reply = (req: number, body: unknown) => process.send!({ req, body });
  switch (cmd.type) {
    case "open":
      void open(cmd.targets, cmd.concurrency, cmd.timeoutMs).then((r) => reply(cmd.req, r));
      break;
    case "wait":
      void wait(cmd.expect, cmd.timeoutMs).then((r) => reply(cmd.req, r));
      break;
    case "stats":
      reply(cmd.req, stats(cmd.reset));
      break;
    case "close":
      void closeAll().then(() => reply(cmd.req, { closed: true }));
      break;
    case "exit":
      process.exit(0);
  }
});
process.send!({ ready: true, at: clockMs() });
