/**
 * A test command: prints numbered lines (test/support/numbered-output.ts) to stdout in writes
 * of awkward sizes (cutting lines and UTF-8 characters anywhere), at a given pace or as fast as
 * it can, then exits with the code asked for. It times itself: with --stats FILE it writes
 * {"wallMs", "writeMs"} there as it exits, writeMs being the time spent inside write() calls,
 * that is, waiting for whoever reads its stdout.
 *
 *   node test/support/print-lines.ts --lines 200000 [--per-second 5000] [--exit 3] [--stats FILE]
 */
import { writeFileSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";
import { numberedLine } from "./numbered-output.ts";

const { values } = parseArgs({
  options: {
    lines: { type: "string", default: "1000" },
    "per-second": { type: "string", default: "0" },
    exit: { type: "string", default: "0" },
    stats: { type: "string" },
    "final-newline": { type: "boolean", default: false },
  },
});
const total = Number(values.lines);
const perSecond = Number(values["per-second"]);
const CHUNKS = [4093, 65521, 777, 16411, 1];

const started = performance.now();
let writeMs = 0;
let chunk = 0;
function write(text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length;) {
    const size = CHUNKS[chunk++ % CHUNKS.length];
    const piece = bytes.subarray(at, at + size);
    const t = performance.now();
    for (let done = 0; done < piece.length;) {
      try {
        done += writeSync(1, piece, done);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "EAGAIN") throw err;
      }
    }
    writeMs += performance.now() - t;
    at += piece.length;
  }
}

const TICK_MS = 10;
const perTick = perSecond > 0 ? Math.max(1, Math.round((perSecond * TICK_MS) / 1000)) : total;
for (let i = 1; i <= total;) {
  const tickStart = performance.now();
  const parts: string[] = [];
  const last = Math.min(total, i + perTick - 1);
  for (; i <= last; i++) parts.push(i === total && !values["final-newline"] ? numberedLine(i) : `${numberedLine(i)}\n`);
  write(parts.join(""));
  if (perSecond > 0 && i <= total) {
    const wait = tickStart + TICK_MS - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}
if (values.stats) writeFileSync(values.stats, JSON.stringify({ wallMs: performance.now() - started, writeMs }));
process.exit(Number(values.exit));
