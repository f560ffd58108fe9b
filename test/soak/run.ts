/**
 * `npm run soak`: the whole stack as local processes (scripts/local-stack.ts) under random
 * faults for SOAK_SECONDS (default 300), while build workers append through nginx (retrying
 * refusals with Logrelay-First-Line: the worker client's StepWriter) and viewers watch through nginx. Faults, at random
 * intervals from a seeded schedule: a relay SIGKILLed or SIGSTOPped, the producer SIGKILLed,
 * nginx reloaded, Redis SIGSTOPped; with REDIS_SHARDS=3 also a master SIGKILLed and a slot
 * migrated (a SIGSTOPped master then fails over and comes back as a replica). What a fault
 * kills is started again. At the end every viewer and every raw download must hold exactly
 * what was acknowledged, once, in order, and every step must have ended for every viewer.
 * Prints the faults, the lines checked and the longest stall after each kind of fault; exits
 * 1 on any loss, repeat or reorder. SOAK_SEED replays a run's schedule.
 */
import os from "node:os";
import { Agent, fetch as undiciFetch } from "undici";
import { startStack, requireTool } from "../../scripts/local-stack.ts";
import { CLUSTER_FAULTS, SINGLE_FAULTS, inject, restartAll, type FaultKind, type Parts } from "./faults.ts";
import { linesOf } from "./lines.ts";
import { Rng } from "./rng.ts";
import { SoakViewer } from "./viewer.ts";
import { SoakWorker, type StepRun } from "./worker.ts";
import { stallsByFault, type Fault } from "./report.ts";

const env = process.env;
const seconds = positive("SOAK_SECONDS", 300);
const shards = Number(env.REDIS_SHARDS ?? 0);
const stepsCount = positive("SOAK_STEPS", 200);
const viewersCount = positive("SOAK_VIEWERS", 400);
const seed = env.SOAK_SEED ? Number(env.SOAK_SEED) : Math.floor(Math.random() * 2 ** 31);
if (!Number.isSafeInteger(seed)) fail("SOAK_SEED must be an integer");
if (shards !== 0 && shards !== 3) fail("REDIS_SHARDS must be 0 (one Redis) or 3");

const t0 = Date.now();
const log = (message: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${message}`);
const rng = new Rng(seed);
const faultRng = rng.fork();

requireTool("redis-server");
requireTool("nginx");
log(
  `soak: ${seconds} s, seed ${seed} (SOAK_SEED=${seed} replays it), ${shards ? `Redis Cluster of ${shards} shards` : "one Redis"}, ${stepsCount} workers, ${viewersCount} viewers, load average ${os.loadavg()[0].toFixed(1)}`,
);
// a bound on the whole run, whatever hangs
const hardStop = setTimeout(() => fail(`soak still running ${seconds + 300} s after its start: stopped`), (seconds + 300) * 1000);
hardStop.unref();

const quiet = { LOG_LEVEL: "warn" };
const stack = await startStack({ relays: 3, redisShards: shards, relayEnv: quiet, producerEnv: quiet });
const clusterEnv: Record<string, string> = stack.cluster ? { REDIS_CLUSTER_NODES: stack.cluster.seeds } : {};
const stopStack = () => stack.stop().catch(() => undefined);
process.once("SIGINT", () => void stopStack().then(() => process.exit(130)));
process.once("SIGTERM", () => void stopStack().then(() => process.exit(143)));
log(`stack up at ${stack.url} (logs in ${stack.dir})`);

// Viewers spread over loopback addresses, as a fleet's are: nginx caps streams per address
// (the workers' one upload each stays under its cap of 256 per address).
const agents = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => new Agent({ localAddress: `${prefix}.${i + 1}` }));
const viewerAgents = agents("127.0.1", 200);
const downloads = new Agent();

let stopping = false;
const workers = Array.from(
  { length: stepsCount },
  (_, i) =>
    new SoakWorker({
      baseUrl: stack.url,
      seed,
      rng: rng.fork(),
      org: "soak",
      repo: `w${i + 1}`,
      stopping: () => stopping,
    }),
);
const gaps: { at: number; ms: number }[] = [];
const watched: { run: StepRun; viewer: SoakViewer }[] = [];

/** A viewer slot: follows one worker's steps, one viewer per step, joining each at a random moment. */
async function watch(slot: number, worker: SoakWorker, slotRng: Rng): Promise<void> {
  let seen = 0; // runs of the worker this slot has opened or skipped
  while (!(stopping && worker.runs.length === seen && workersDone)) {
    await sleep(slotRng.int(0, 3000));
    if (worker.runs.length === seen) continue;
    seen = worker.runs.length;
    const run = worker.runs[seen - 1];
    const viewer = new SoakViewer({
      baseUrl: stack.url,
      path: run.path,
      seed,
      dispatcher: viewerAgents[slot % viewerAgents.length],
      onGap: (at, ms) => ms >= 300 && gaps.push({ at, ms }),
    });
    watched.push({ run, viewer });
    // some viewers leave and come back mid-step, as a reloaded page resumes by its last line
    if (slotRng.chance(0.2)) setTimeout(() => viewer.reload(), slotRng.int(500, 20000));
    await Promise.race([viewer.done, finalDeadline.then(() => viewer.close())]);
  }
}

let workersDone = false;
let releaseFinal!: () => void;
const finalDeadline = new Promise<void>((resolve) => (releaseFinal = resolve));
const running = workers.map(async (w) => {
  await sleep(rng.int(0, 1000));
  await w.run();
});
const slots = Array.from({ length: viewersCount }, (_, j) => watch(j, workers[j % workers.length], rng.fork()));

const parts: Parts = {
  stack,
  relayEnv: { ...clusterEnv, ...quiet },
  producerEnv: { ...clusterEnv, ...quiet },
  steps: () => workers.flatMap((w) => (w.current && w.current.endedWith === undefined ? [w.current.path] : [])),
  log,
};
const kinds: readonly FaultKind[] = shards ? CLUSTER_FAULTS : SINGLE_FAULTS;
const faults: Fault[] = [];
const deadline = Date.now() + seconds * 1000;
// every kind of fault once per round, in a seeded order: a short run still tries each
let deck: FaultKind[] = [];
try {
  while (Date.now() < deadline) {
    await sleep(faultRng.int(2000, 6000));
    if (Date.now() >= deadline) break;
    if (deck.length === 0) deck = faultRng.shuffle(kinds);
    const kind = deck.pop()!;
    const at = Date.now();
    const what = await inject(kind, parts, faultRng);
    faults.push({ kind, at, until: Date.now(), what });
    log(`fault ${faults.length}: ${what} (${Date.now() - at} ms)`);
  }
  log(`${faults.length} faults injected; ending the steps`);
  stopping = true;
  await restartAll(parts);
  await withTimeout(Promise.all(running), 120_000, "the workers did not end their steps");
  workersDone = true;
  setTimeout(releaseFinal, 120_000).unref();
  await Promise.all(slots);
  releaseFinal();
  const problems = await verify();
  report(problems);
  await stopStack();
  process.exit(problems.length > 0 ? 1 : 0);
} catch (err) {
  log(`soak failed: ${(err as Error).stack ?? err}`);
  await stopStack();
  process.exit(1);
}

async function verify(): Promise<string[]> {
  const problems: string[] = [];
  for (const w of workers) problems.push(...w.problems);
  for (const { run, viewer } of watched) {
    const where = `viewer of ${run.path}`;
    problems.push(...viewer.problems.map((p) => `${where}: ${p}`));
    if (!viewer.ended && !viewer.endedBy204) problems.push(`${where}: never ended (holds ${viewer.held.length} of ${run.acked} lines)`);
    else if (viewer.held.length !== run.acked) problems.push(`${where}: holds ${viewer.held.length} lines, ${run.acked} were acknowledged`);
    else if (viewer.ended && (viewer.ended.lines !== run.acked || viewer.ended.status !== "success"))
      problems.push(`${where}: end says ${JSON.stringify(viewer.ended)}, ${run.acked} lines acknowledged`);
  }
  for (const w of workers) {
    for (const run of w.runs) {
      const res = await undiciFetch(`${stack.url}${run.path}/logs`, { dispatcher: downloads });
      const text = await res.text();
      const want = run.acked === 0 ? "" : `${linesOf(seed, run.path, 1, run.acked).join("\n")}\n`;
      if (run.acked > 0 && res.status !== 200) problems.push(`download of ${run.path}: HTTP ${res.status}`);
      else if (run.acked > 0 && text !== want)
        problems.push(`download of ${run.path}: ${text.length} characters, ${want.length} expected (first difference at ${firstDifference(text, want)})`);
    }
  }
  return problems;
}

function report(problems: string[]): void {
  const runs = workers.flatMap((w) => w.runs);
  const linesStored = runs.reduce((sum, r) => sum + r.acked, 0);
  const linesViewed = watched.reduce((sum, w) => sum + w.viewer.held.length, 0);
  const counts = { requests: 0, batches: 0, outages: 0 };
  for (const w of workers) for (const k of ["requests", "batches", "outages"] as const) counts[k] += w.counts[k];
  log(`steps: ${runs.length} (${linesStored} lines acknowledged, each checked in its raw download)`);
  log(
    `viewers: ${watched.length} streams, ${linesViewed} lines checked; ${sum(watched, (w) => w.viewer.reopens)} reopened after a 5xx, ${sum(watched, (w) => w.viewer.restarts)} started over (restarted), ${sum(watched, (w) => Number(w.viewer.endedBy204))} ended by 204`,
  );
  log(
    `appends: ${counts.batches} batches in ${counts.requests} requests (${counts.requests - counts.batches - runs.length} sent again after a refusal or no answer; ${counts.outages} times a writer found the service not answering)`,
  );
  log("longest stall after each kind of fault (a viewer's wait between two deliveries; workers append every 0.2-1 s):");
  for (const row of stallsByFault(faults, gaps)) log(`  ${row.kind.padEnd(14)} ${String(row.count).padStart(4)} injected   longest stall ${row.longestMs} ms`);
  if (problems.length === 0) log(`PASS: seed ${seed}, nothing lost, repeated or reordered`);
  else {
    log(`FAIL: ${problems.length} problems (seed ${seed}); the first ones:`);
    for (const p of problems.slice(0, 30)) log(`  ${p}`);
  }
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function sum<T>(items: readonly T[], f: (t: T) => number): number {
  return items.reduce((s, t) => s + f(t), 0);
}

function positive(name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) fail(`${name} must be a positive integer, not ${raw}`);
  return n;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} within ${ms} ms`)), ms)));
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
