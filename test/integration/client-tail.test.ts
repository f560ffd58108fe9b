/**
 * `logrelay tail` through nginx with real Redis (issue 18): every line of a running step once,
 * colours as they are, across its relay being killed and every relay being down a moment, and
 * the exit code from the end status.
 */
import { spawn } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { StepWriter } from "../../client/step-writer.ts";
import { numberedLine } from "../support/numbered-output.ts";
import { CLI, killAll, logrelay } from "../support/logrelay-cli.ts";
import { StackParts } from "../support/restart.ts";
import { appendLines, endStep, metric, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";

let stack: LocalStack;
let parts: StackParts;

beforeAll(async () => {
  stack = await startTestStack({ relays: 2 });
  parts = new StackParts(stack);
});
afterEach(killAll);
afterAll(async () => {
  await parts.stopAll();
  await stopAllStacks();
});

const lineCount = (out: string) => out.split("\n").length - 1;

describe("logrelay tail", () => {
  it("prints every line of a running step once, across its relay killed and every relay down, and exits 1 when it ends failure", async () => {
    const step = uniqueStep();
    const w = new StepWriter({ url: `${stack.url}${step.path}`, flushIntervalMs: 50 });
    const total = 3000;
    let written = 0;
    const writeSome = (n: number) => {
      for (const end = Math.min(total, written + n); written < end;) w.write(`${numberedLine(++written)}\n`);
    };
    writeSome(500);
    await w.flush();
    const tail = logrelay(["tail", `${stack.url}${step.path}`], { keepStdout: true });
    const ticker = setInterval(() => writeSome(20), 20); // ~1 000 lines a second while the faults happen
    try {
      await waitFor(() => lineCount(tail.stdout()) >= 800, "the backlog and some live lines printed");
      const perRelay = await Promise.all(parts.relays.map((r) => metric(`http://127.0.0.1:${r.port}`, "logrelay_sse_connections")));
      const serving = perRelay.findIndex((n) => n > 0);
      expect(serving).toBeGreaterThanOrEqual(0);
      await parts.killRelay(serving);
      const mark = lineCount(tail.stdout());
      await waitFor(() => lineCount(tail.stdout()) >= mark + 300, "tail resumed on the other relay", 15_000);

      await parts.killRelay(1 - serving); // now no relay: nginx answers 502 meanwhile, and tail keeps trying
      await new Promise((r) => setTimeout(r, 1500));
      await parts.restartRelay(serving);
      const back = lineCount(tail.stdout());
      await waitFor(() => lineCount(tail.stdout()) >= back + 300, "tail resumed after every relay was down", 30_000);
      await waitFor(() => written >= total, "every line written", 20_000);
    } finally {
      clearInterval(ticker);
    }
    expect(await w.end("failure")).toMatchObject({ ok: true, lastLine: total });
    expect(await tail.exited).toEqual({ code: 1, signal: null });
    const expected = Array.from({ length: total }, (_, i) => `${numberedLine(i + 1)}\n`).join("");
    expect(tail.stdout().length).toBe(expected.length);
    expect(tail.stdout() === expected).toBe(true); // colours and \r as they were, no line twice
    expect(tail.stderr()).toContain("the step ended failure");
  }, 60_000);

  it("an ended step: prints it and exits 0 when it ended success; a step ended with no line too", async () => {
    const step = uniqueStep();
    const w = new StepWriter({ url: `${stack.url}${step.path}` });
    w.write("\x1b[32mone\x1b[0m\ntwo");
    await w.end("success");
    const tail = logrelay(["tail", `${stack.url}${step.path}`], { keepStdout: true });
    expect(await tail.exited).toEqual({ code: 0, signal: null });
    expect(tail.stdout()).toBe("\x1b[32mone\x1b[0m\ntwo\n");

    const empty = uniqueStep();
    await endStep(stack.url, empty.path, "success");
    const tailEmpty = logrelay(["tail", `${stack.url}${empty.path}`], { keepStdout: true });
    expect(await tailEmpty.exited).toEqual({ code: 0, signal: null });
    expect(tailEmpty.stdout()).toBe("");
  });

  it("on a terminal shows the line being written on the last row and replaces it with the whole line; into a pipe goes only the whole line", async () => {
    const step = uniqueStep();
    const url = `${stack.url}${step.path}`;
    expect((await appendLines(stack.url, step.path, "one\n")).status).toBe(200);
    // script(1) runs it on a pseudo-terminal and copies what it shows to its stdout
    const onTty = spawn("script", ["-qec", [process.execPath, CLI, "tail", url].map((a) => `'${a}'`).join(" "), "/dev/null"], {
      stdio: ["pipe", "pipe", "ignore"],
    });
    let screen = "";
    onTty.stdout.setEncoding("utf8").on("data", (s: string) => (screen += s));
    const ttyExit = new Promise<number | null>((resolve) => onTty.once("close", resolve));
    const piped = logrelay(["tail", url], { keepStdout: true });
    try {
      await waitFor(() => screen.includes("one") && piped.stdout() === "one\n", "both tails print line 1");
      // a line being written (a partial reaches a viewer once it is live: sent until one shows)
      await waitFor(
        async () => {
          await appendLines(stack.url, step.path, "\x1b[1mdownloading\x1b[0m 10%\rdownloading 40%", { "Logrelay-Partial": "1", "Logrelay-First-Line": "2" });
          return screen.includes("downloading 40%");
        },
        "the line being written on the terminal",
        10_000,
        200,
      );
      expect((await appendLines(stack.url, step.path, "downloaded\n", { "Logrelay-First-Line": "2" })).status).toBe(200);
      await endStep(stack.url, step.path, "success");
      expect(await ttyExit).toBe(0);
      expect(await piped.exited).toEqual({ code: 0, signal: null });
    } finally {
      onTty.kill("SIGKILL");
    }
    // the row showed the state after the last \r, then was cleared for the whole line
    expect(screen).toContain("\r\x1b[2Kdownloading 40%\r\x1b[2Kdownloaded\r\n"); // the terminal turns \n into \r\n
    expect(piped.stdout()).toBe("one\ndownloaded\n");
  });

  it("a refusal retrying cannot mend (the producer has no stream to give: 404) says so and exits 1; an address that is no step's: 2", async () => {
    const refused = logrelay(["tail", `http://127.0.0.1:${parts.producer.port}/acme/app/builds/7/steps/1`]);
    expect(await refused.exited).toEqual({ code: 1, signal: null });
    expect(refused.stderr()).toMatch(/cannot follow the step: 404 /);
    const usage = logrelay(["tail", `${stack.url}/acme/app/builds/7/steps/0`]);
    expect((await usage.exited).code).toBe(2);
    expect(usage.stderr()).toMatch(/step must be a positive integer/);
  });
});
