/**
 * `logrelay run` through nginx with real Redis (issue 18): a command's output stored byte for
 * byte, the step ended from its exit, secrets masked, the token kept from the command, signals
 * forwarded.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { numberedOutput } from "../support/numbered-output.ts";
import { CLI, killAll, logrelay, PRINT_LINES } from "../support/logrelay-cli.ts";
import { startTestStack, stopAllStacks, tempDir, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";

const TOKEN = "producer-t0ken";
let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack({ relays: 1, producerEnv: { PRODUCER_TOKEN: TOKEN } });
});
afterEach(killAll);
afterAll(stopAllStacks);

const env = { LOGRELAY_TOKEN: TOKEN };
const rawLog = async (path: string) => Buffer.from(await (await fetch(`${stack.url}${path}/logs`)).arrayBuffer()).toString("utf8");
async function stepInfo(step: ReturnType<typeof uniqueStep>) {
  const { steps } = (await (await fetch(`${stack.url}/${step.org}/${step.repo}/builds/${step.build}/steps`)).json()) as {
    steps: { step: number; name: string | null; status: string; lines: number }[];
  };
  return steps.find((s) => s.step === step.step);
}

describe("logrelay run", () => {
  it("stores 200 000 lines (long, coloured, multi-byte, no final newline) byte for byte and ends the step from the exit code", async () => {
    const step = uniqueStep();
    const stats = path.join(tempDir("client"), "stats.json");
    const run = logrelay(
      ["run", "--quiet", "--step", `${stack.url}${step.path}`, "--", process.execPath, PRINT_LINES, "--lines", "200000", "--exit", "3", "--stats", stats],
      { env },
    );
    expect(await run.exited).toEqual({ code: 3, signal: null });
    expect(run.stderr()).toBe(""); // nothing to report: every line stored
    const expected = `${numberedOutput(1, 200_000)}\n`; // the raw download ends every line with \n
    const got = await rawLog(step.path);
    expect(got.length).toBe(expected.length);
    expect(got === expected).toBe(true);
    expect(await stepInfo(step)).toMatchObject({ status: "failure", lines: 200_000 });
    const { wallMs, writeMs } = JSON.parse(readFileSync(stats, "utf8")) as { wallMs: number; writeMs: number };
    console.info(
      `200 000 lines (${(expected.length / 1e6).toFixed(1)} MB) through logrelay run: the command ran ${wallMs.toFixed(0)} ms, ${writeMs.toFixed(0)} ms of it in write()`,
    );
  }, 90_000);

  it("keeps stdout's and stderr's lines whole when they interleave, names the step, masks --secret-env values, and keeps its token from the command", async () => {
    const step = uniqueStep();
    const script = [
      `process.stdout.write("out: half a ");`,
      `process.stderr.write("err: a whole line\\n");`,
      `setTimeout(() => {`,
      `  process.stdout.write("line, then the rest\\n");`,
      `  console.log("the secret is " + process.env.DEPLOY_KEY + ", the token " + (process.env.LOGRELAY_TOKEN ?? "absent"));`,
      `  process.stderr.write("no newline at the end of stderr");`,
      `}, 300);`,
    ].join("\n");
    const run = logrelay(
      ["run", "--quiet", "--step", `${stack.url}${step.path}`, "--name", "Unit tests", "--secret-env", "DEPLOY_KEY", "--", process.execPath, "-e", script],
      {
        env: { ...env, DEPLOY_KEY: "hunter2-s3cret" },
      },
    );
    expect(await run.exited).toEqual({ code: 0, signal: null });
    const lines = (await rawLog(step.path)).split("\n");
    expect(lines).toEqual([
      "err: a whole line",
      "out: half a line, then the rest",
      "the secret is ***, the token absent",
      "no newline at the end of stderr",
      "",
    ]);
    expect(await stepInfo(step)).toMatchObject({ name: "Unit tests", status: "success", lines: 4 });
  });

  it("forwards SIGINT to the command, ends the step canceled and exits with the command's code", async () => {
    for (const [handles, code] of [
      [true, 42], // the command cleans up and exits on its own
      [false, 130], // killed by the signal: 128 + 2, as a shell says
    ] as const) {
      const step = uniqueStep();
      const script = `${handles ? `process.on("SIGINT", () => { console.log("cleaning up"); process.exit(42); });` : ""}
        let i = 0; setInterval(() => console.log("tick " + ++i), 20);`;
      const run = logrelay(["run", "--quiet", "--step", `${stack.url}${step.path}`, "--", process.execPath, "-e", script], { env });
      await waitFor(async () => ((await stepInfo(step))?.lines ?? 0) >= 5, "some ticks stored");
      run.child.kill("SIGINT"); // to logrelay only, as a CI runner stopping a job does
      expect(await run.exited).toEqual({ code, signal: null });
      expect(await stepInfo(step)).toMatchObject({ status: "canceled" });
      const log = await rawLog(step.path);
      expect(log.endsWith(handles ? "cleaning up\n" : "\n")).toBe(true);
    }
  });

  it("Ctrl-C at a terminal reaches the command once, not twice (the terminal signals both; logrelay does not send it on)", async () => {
    const step = uniqueStep();
    const dir = tempDir("client-tty");
    const command = path.join(dir, "count-sigint.js");
    // each SIGINT counted; exits 40 + the count half a second after the first
    writeFileSync(
      command,
      `let n = 0; process.on("SIGINT", () => { n++; console.log("SIGINT " + n); if (n === 1) setTimeout(() => process.exit(40 + n), 500); });
       let i = 0; setInterval(() => console.log("tick " + ++i), 20);`,
    );
    const line = [process.execPath, CLI, "run", "--quiet", "--step", `${stack.url}${step.path}`, "--", process.execPath, command]
      .map((a) => `'${a}'`)
      .join(" ");
    // script(1) runs the line on a pseudo-terminal through $SHELL; a ^C written to it is the terminal's Ctrl-C.
    // exec: a shell left waiting in between (dash, the usual /bin/sh, does not exec a lone command) would die of that ^C itself
    const tty = spawn("script", ["-qec", `exec ${line}`, "/dev/null"], { env: { ...process.env, ...env }, stdio: ["pipe", "ignore", "pipe"] });
    const exited = new Promise<number | null>((resolve) => tty.once("close", resolve));
    try {
      await waitFor(async () => ((await stepInfo(step))?.lines ?? 0) >= 5, "some ticks stored");
      tty.stdin.write("\x03");
      expect(await exited).toBe(41);
    } finally {
      tty.kill("SIGKILL");
    }
    const log = await rawLog(step.path);
    expect(log).toContain("SIGINT 1\n");
    expect(log).not.toContain("SIGINT 2");
    expect(await stepInfo(step)).toMatchObject({ status: "canceled" });
  });

  it("a command that cannot start: exit 127, the step ended failure", async () => {
    const step = uniqueStep();
    const run = logrelay(["run", "--step", `${stack.url}${step.path}`, "--", "no-such-command-here"], { env });
    expect(await run.exited).toEqual({ code: 127, signal: null });
    expect(run.stderr()).toContain("cannot run no-such-command-here: not found");
    expect(await stepInfo(step)).toMatchObject({ status: "failure" });
  });

  it("without the producer's token: the command still runs and its exit code stands; the message says which lines were not stored", async () => {
    const step = uniqueStep();
    const run = logrelay([
      "run",
      "--quiet",
      "--step",
      `${stack.url}${step.path}`,
      "--",
      process.execPath,
      "-e",
      "console.log('a'); console.log('b'); process.exit(5)",
    ]);
    expect(await run.exited).toEqual({ code: 5, signal: null });
    expect(run.stderr()).toMatch(/output lines 1-2 \(2 of 2\) were not stored: appending was refused \(401/);
  });
});
