/**
 * Small measuring tools shared by the benchmark's processes: one clock, a fixed-bucket delay
 * histogram that merges across processes, and CPU / memory read from /proc.
 */
import { readFileSync } from "node:fs";

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes. */
export function clockMs(): number {
  return performance.timeOrigin + performance.now();
}

// 0.1 ms buckets up to 1 s, then 10 ms buckets up to 60 s; the last bucket takes the rest.
const FINE = 10_000;
const COARSE = 5_900;
const SIZE = FINE + COARSE + 1;

function bucketOf(ms: number): number {
  if (ms < 1000) return ms < 0 ? 0 : Math.floor(ms * 10);
  return Math.min(SIZE - 1, FINE + Math.floor((ms - 1000) / 10));
}

function valueOf(bucket: number): number {
  return bucket < FINE ? (bucket + 1) / 10 : 1000 + (bucket - FINE + 1) * 10;
}

export class Histogram {
  readonly counts = new Float64Array(SIZE);
  total = 0;
  max = 0;

  add(ms: number, weight = 1): void {
    this.counts[bucketOf(ms)] += weight;
    this.total += weight;
    if (ms > this.max) this.max = ms;
  }

  reset(): void {
    this.counts.fill(0);
    this.total = 0;
    this.max = 0;
  }

  /** Sparse form for IPC: [bucket, count, bucket, count, ...]. */
  toSparse(): { pairs: number[]; max: number } {
    const pairs: number[] = [];
    for (let i = 0; i < SIZE; i++) if (this.counts[i] > 0) pairs.push(i, this.counts[i]);
    return { pairs, max: this.max };
  }

  merge(sparse: { pairs: number[]; max: number }): void {
    for (let i = 0; i < sparse.pairs.length; i += 2) {
      this.counts[sparse.pairs[i]] += sparse.pairs[i + 1];
      this.total += sparse.pairs[i + 1];
    }
    if (sparse.max > this.max) this.max = sparse.max;
  }

  /** Upper bound of the bucket holding quantile q (0..1), in ms. */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const want = q * this.total;
    let seen = 0;
    for (let i = 0; i < SIZE; i++) {
      seen += this.counts[i];
      if (seen >= want && this.counts[i] > 0) return Math.min(valueOf(i), this.max);
    }
    return this.max;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (CLK_TCK = 100)
  } catch {
    return 0;
  }
}

/** Resident memory of a process in bytes, from /proc/<pid>/status. */
export function rssBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Proportional resident memory of a process in bytes (Pss of /proc/<pid>/smaps_rollup): pages
 * shared between processes (nginx's workers share nchan's shared memory zone) count once over
 * all of them, so a sum over a server's processes does not count them twice, as a sum of RSS
 * would. RSS when smaps_rollup cannot be read.
 */
export function pssBytes(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return m ? Number(m[1]) * 1024 : rssBytes(pid);
  } catch {
    return rssBytes(pid);
  }
}

/** Child processes of `pid` (e.g. nginx workers under the master): the stack's own reader. */
export { childPids } from "../../scripts/local-stack.ts";

/** Total CPU seconds of a set of processes, read twice to give the share used in between. */
export class CpuMeter {
  readonly #pids: () => number[];
  #start = 0;
  #t0 = 0;

  constructor(pids: () => number[]) {
    this.#pids = pids;
  }

  start(): void {
    this.#start = this.#read();
    this.#t0 = clockMs();
  }

  /** CPU used since start() as a fraction of one core (1.0 = one core busy). */
  stop(): number {
    const seconds = (clockMs() - this.#t0) / 1000;
    return seconds > 0 ? (this.#read() - this.#start) / seconds : 0;
  }

  #read(): number {
    let sum = 0;
    for (const pid of this.#pids()) sum += cpuSeconds(pid);
    return sum;
  }
}

/** Reads selected series of a Prometheus text page (first sample of each name). */
export async function scrape(url: string, names: readonly string[]): Promise<Record<string, number>> {
  const text = await (await fetch(url)).text();
  const out: Record<string, number> = {};
  for (const line of text.split("\n")) {
    const space = line.lastIndexOf(" ");
    if (space < 0 || line.startsWith("#")) continue;
    const key = line.slice(0, line.indexOf("{") > 0 ? line.indexOf("{") : space);
    if (names.includes(key) && !(key in out)) out[key] = Number(line.slice(space + 1));
  }
  return out;
}

/** Cumulative bucket counts of a prom-client histogram: le (seconds) -> count. */
export async function scrapeHistogram(url: string, name: string): Promise<Map<number, number>> {
  const text = await (await fetch(url)).text();
  const out = new Map<number, number>();
  const prefix = `${name}_bucket{le="`;
  for (const line of text.split("\n")) {
    if (!line.startsWith(prefix)) continue;
    const le = line.slice(prefix.length, line.indexOf('"', prefix.length));
    out.set(le === "+Inf" ? Infinity : Number(le), Number(line.slice(line.lastIndexOf(" ") + 1)));
  }
  return out;
}

/** Quantile q of the observations between two scrapes of a histogram, as the upper bound of its bucket (ms). */
export function bucketQuantile(before: Map<number, number>, after: Map<number, number>, q: number): number {
  const les = [...after.keys()].sort((a, b) => a - b);
  const total = (after.get(Infinity) ?? 0) - (before.get(Infinity) ?? 0);
  if (total <= 0) return NaN;
  for (const le of les) if ((after.get(le) ?? 0) - (before.get(le) ?? 0) >= q * total) return le * 1000;
  return Infinity;
}
