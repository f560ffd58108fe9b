/**
 * `npm run bench:client`: what `logrelay run` costs the command it runs. Starts the stack as
 * local processes, then runs test/support/print-lines.ts (200 000 lines, ~12 MB, as fast as it
 * can write) ROUNDS times each way, alternating: bare (its stdout a pipe this process reads and
 * drops, as a CI runner capturing output reads it), through `logrelay run` to the stack, and
 * through `logrelay run` with nothing listening (logrelay then only reads and buffers: its own
 * share, without the stack's). It compares the command's own timing: its wall time, and the
 * time it spent blocked in write(), waiting for its reader. A paced run (20 000 lines/s for 5 s)
 * follows: there the command's time is its own pace. `-- --rounds=N` (default 7).
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, freePort, startStack, tempDir } from "../../scripts/local-stack.ts";

const rounds = Number(process.argv.find((a) => a.startsWith("--rounds="))?.slice(9) ?? 7);
const CLI = path.join(ROOT, "client/cli.ts");
const PRINT = path.join(ROOT, "test/support/print-lines.ts");
const dir = tempDir("bench-client");
const DOWN = `http://127.0.0.1:${await freePort()}`; // nothing listens there: every connection is refused
let step = 0;

interface Timing {
  wallMs: number;
  writeMs: number;
}

/** The command bare, or through `logrelay run` to `through`. */
function command(args: string[], through?: string): Promise<Timing> {
  const stats = path.join(dir, `stats-${++step}.json`);
  const print = [PRINT, ...args, "--stats", stats];
  const run = [CLI, "run", "--quiet", "--retry-for", through === DOWN ? "0" : "300", "--step", `${through}/bench/client/builds/${process.pid}/steps/${step}`];
  const child = spawn(process.execPath, through ? [...run, "--", process.execPath, ...print] : print, { stdio: ["ignore", "pipe", "ignore"] });
  child.stdout.on("data", () => undefined); // bare: a reader that drops what it reads
  return new Promise((resolve, reject) =>
    child.once("close", (code) => (code === 0 ? resolve(JSON.parse(readFileSync(stats, "utf8")) as Timing) : reject(new Error(`exit ${code}`)))),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function compare(name: string, args: string[], url: string): Promise<void> {
  const ways: [string, string | undefined][] = [
    ["bare", undefined],
    ["through logrelay run", url],
    ["through logrelay run, nothing listening (it only reads and buffers)", DOWN],
  ];
  const timings = ways.map((): Timing[] => []);
  for (let i = 0; i < rounds; i++) for (const [w, [, through]] of ways.entries()) timings[w].push(await command(args, through));
  console.log(`${name} (${rounds} rounds, alternating), the command's own timing, medians:`);
  const bare = median(timings[0].map((t) => t.wallMs));
  for (const [w, [how]] of ways.entries()) {
    const wall = median(timings[w].map((t) => t.wallMs));
    const vs = w === 0 ? "" : ` (${wall >= bare ? "+" : ""}${(((wall - bare) / bare) * 100).toFixed(1)}%)`;
    console.log(`  ${how}: wall ${wall.toFixed(0)} ms${vs}, blocked in write() ${median(timings[w].map((t) => t.writeMs)).toFixed(0)} ms`);
  }
}

const stack = await startStack({ relays: 1, dir, producerEnv: { LOG_LEVEL: "warn" }, relayEnv: { LOG_LEVEL: "warn" } });
try {
  console.log(`${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}`);
  await compare("200 000 lines as fast as it can", ["--lines", "200000"], stack.url);
  await compare("100 000 lines at 20 000 a second", ["--lines", "100000", "--per-second", "20000"], stack.url);
  console.log(`load average ${os.loadavg()[0].toFixed(1)} at the end`);
} finally {
  await stack.stop();
  rmSync(dir, { recursive: true, force: true });
}
