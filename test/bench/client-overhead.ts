/**
 * `npm run bench:client`: what `logrelay run` costs the command it runs. Starts the stack as
 * local processes, then runs test/support/print-lines.ts (200 000 lines, ~12 MB, as fast as
 * it can write) ROUNDS times bare and ROUNDS times through `logrelay run`, alternating, and
 * compares the command's own timing: its wall time and the time it spent blocked in write()
 * (waiting for its reader). Bare, stdout is a pipe this process reads and drops, as a CI
 * runner capturing output reads it. A paced run (20 000 lines/s for 5 s) follows: there the
 * command's time is its own pace, and the overhead should vanish. `-- --rounds=N` (default 7).
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, startStack, tempDir } from "../../scripts/local-stack.ts";

const rounds = Number(process.argv.find((a) => a.startsWith("--rounds="))?.slice(9) ?? 7);
const CLI = path.join(ROOT, "client/cli.ts");
const PRINT = path.join(ROOT, "test/support/print-lines.ts");
const dir = tempDir("bench-client");
let step = 0;

interface Timing {
  wallMs: number;
  writeMs: number;
}

function command(args: string[], through?: string): Promise<Timing> {
  const stats = path.join(dir, `stats-${++step}.json`);
  const print = [PRINT, ...args, "--stats", stats];
  const argv = through
    ? [CLI, "run", "--quiet", "--step", `${through}/bench/client/builds/${process.pid}/steps/${step}`, "--", process.execPath, ...print]
    : print;
  const child = spawn(process.execPath, argv, { stdio: ["ignore", "pipe", "inherit"] });
  child.stdout.on("data", () => undefined); // bare: a reader that drops what it reads
  return new Promise((resolve, reject) =>
    child.once("close", (code) => (code === 0 ? resolve(JSON.parse(readFileSync(stats, "utf8")) as Timing) : reject(new Error(`exit ${code}`)))),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function compare(name: string, args: string[], url: string): Promise<void> {
  const bare: Timing[] = [];
  const through: Timing[] = [];
  for (let i = 0; i < rounds; i++) {
    bare.push(await command(args));
    through.push(await command(args, url));
  }
  const [bw, tw] = [median(bare.map((t) => t.wallMs)), median(through.map((t) => t.wallMs))];
  const [bb, tb] = [median(bare.map((t) => t.writeMs)), median(through.map((t) => t.writeMs))];
  console.log(
    `${name}: command wall time median ${bw.toFixed(0)} ms bare, ${tw.toFixed(0)} ms through logrelay run (${(((tw - bw) / bw) * 100).toFixed(1)}%); ` +
      `blocked in write() ${bb.toFixed(0)} ms bare, ${tb.toFixed(0)} ms through logrelay (${rounds} rounds each, alternating)`,
  );
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
