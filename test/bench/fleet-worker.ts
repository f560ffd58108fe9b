/**
 * A fleet load-generator process (forked by fleet.ts): simulated CI workers, one per step, each
 * writing B lines every P ms from its own random phase through its own step writer
 * (fleet-writer.ts), with one request in flight per step. One timer drives every step of the
 * process: the steps are kept in phase order, so the next one due is always the next in line.
 * Lines carry their creation time and number (sse-client's benchLine), so viewers measure
 * line created -> line parsed and check every number.
 */
import { benchLine } from "./sse-client.ts";
import { Histogram, clockMs } from "./stats.ts";
import { HttpConnection } from "./fleet-http.ts";
import { AppendWriter, NchanWriter, UploadWriter, newCounters, type FleetStepWriter, type WriterCounters } from "./fleet-writer.ts";

export type WriterKind = "append" | "nchan" | "upload";

export interface WorkerPlan {
  readonly steps: readonly string[];
  readonly linesPerTick: number;
  readonly periodMs: number;
  readonly lineBytes: number;
  readonly host: string;
  readonly port: number;
  readonly kind: WriterKind;
  /** source addresses the steps' connections are spread over */
  readonly localAddresses: readonly string[];
}

export type FleetCommand =
  { type: "start"; req: number; plan: WorkerPlan } | { type: "mark"; req: number } | { type: "finish"; req: number; drainMs: number } | { type: "exit" };

export interface Snapshot {
  at: number;
  /** appends due so far (one per step per period) */
  ticks: number;
  linesWritten: number;
  counters: Omit<WriterCounters, "answerMs">;
  /** request -> answer since the last mark */
  answerMs: { pairs: number[]; max: number };
  /** how late the generator made its ticks since the last mark (it must keep up, or it is what is measured) */
  lagMs: { pairs: number[]; max: number };
}

export interface FinishReply extends Snapshot {
  /** per step: last line written and last acknowledged */
  written: Record<string, number>;
  acked: Record<string, number>;
}

/** The writer a simulated worker uses: the seam for the worker-side client library. */
function writerFor(kind: WriterKind, conn: HttpConnection, step: string, counters: WriterCounters): FleetStepWriter {
  if (kind === "nchan") return new NchanWriter(conn, step, counters);
  if (kind === "upload") return new UploadWriter(conn, step, counters);
  return new AppendWriter(conn, step, counters);
}

interface SimulatedWorker {
  readonly step: string;
  readonly phase: number;
  readonly writer: FleetStepWriter;
}

const MIN_WAKE_MS = 10;

let counters = newCounters();
let lag = new Histogram();
let workers: SimulatedWorker[] = [];
let plan: WorkerPlan | undefined;
let ticks = 0;
let linesWritten = 0;
let running = false;
let timer: NodeJS.Timeout | undefined;
let t0 = 0;
let cycle = 0;
let next = 0;

/** Connects every step's connection (at most 100 handshakes at a time), then starts the ticks; resolves with the connections that failed. */
async function start(p: WorkerPlan): Promise<{ failed: number }> {
  plan = p;
  counters = newCounters();
  lag = new Histogram();
  ticks = 0;
  linesWritten = 0;
  const conns = p.steps.map((_, i) => new HttpConnection({ host: p.host, port: p.port, localAddress: p.localAddresses[i % p.localAddresses.length] }));
  let failed = 0;
  for (let i = 0; i < conns.length; i += 100) failed += (await Promise.all(conns.slice(i, i + 100).map((c) => c.connect(10_000)))).filter((ok) => !ok).length;
  workers = p.steps
    .map((step, i) => ({ step, phase: Math.random() * p.periodMs, writer: writerFor(p.kind, conns[i], step, counters) }))
    .sort((a, b) => a.phase - b.phase);
  t0 = clockMs();
  cycle = 0;
  next = 0;
  running = workers.length > 0;
  if (running) run();
  return { failed };
}

function run(): void {
  if (!running) return;
  const p = plan!;
  const now = clockMs();
  for (;;) {
    const w = workers[next];
    const due = t0 + cycle * p.periodMs + w.phase;
    if (due > now) {
      // at most one wake-up per MIN_WAKE_MS: the ticks due meanwhile go together (their lag is measured)
      timer = setTimeout(run, Math.max(MIN_WAKE_MS, due - clockMs()));
      return;
    }
    lag.add(now - due);
    const first = w.writer.written + 1;
    const lines: string[] = [];
    for (let i = 0; i < p.linesPerTick; i++) lines.push(benchLine(first + i, now, p.lineBytes));
    w.writer.write(lines);
    ticks++;
    linesWritten += p.linesPerTick;
    if (++next === workers.length) {
      next = 0;
      cycle++;
    }
  }
}

function snapshot(): Snapshot {
  const { answerMs, ...rest } = counters;
  const out = { at: clockMs(), ticks, linesWritten, counters: { ...rest }, answerMs: answerMs.toSparse(), lagMs: lag.toSparse() };
  answerMs.reset();
  lag.reset();
  return out;
}

async function finish(drainMs: number): Promise<FinishReply> {
  running = false;
  clearTimeout(timer);
  const end = snapshot();
  const deadline = clockMs() + drainMs;
  await Promise.all(workers.map((w) => w.writer.finish(deadline)));
  const last = snapshot();
  const written: Record<string, number> = {};
  const acked: Record<string, number> = {};
  for (const w of workers) {
    written[w.step] = w.writer.written;
    acked[w.step] = w.writer.acked;
    w.writer.close();
  }
  workers = [];
  // the window's figures are those at its end (`end`); the drain adds its answers to the counters
  return { ...end, counters: last.counters, written, acked };
}

process.on("message", (cmd: FleetCommand) => {
  const reply = (req: number, body: unknown) => process.send!({ req, body });
  switch (cmd.type) {
    case "start":
      void start(cmd.plan).then((r) => reply(cmd.req, r));
      break;
    case "mark":
      reply(cmd.req, snapshot());
      break;
    case "finish":
      void finish(cmd.drainMs).then((r) => reply(cmd.req, r));
      break;
    case "exit":
      process.exit(0);
  }
});
process.send!({ ready: true });
