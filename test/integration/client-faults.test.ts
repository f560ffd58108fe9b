/**
 * `logrelay run` across faults injected mid-run (issue 18): the producer SIGKILLed and started
 * again, nginx restarted, every relay killed, Redis frozen (SIGSTOP) for 10 s, and, on a Redis
 * Cluster, the step's master SIGKILLed. Each run's log must equal the command's output, byte for
 * byte: no line lost, none twice. The command prints 12 000 lines at 4 000 a second.
 */
import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { stepKeys } from "../../common/contract.ts";
import type { LocalRedis } from "../../scripts/local-stack.ts";
import { numberedOutput } from "../support/numbered-output.ts";
import { killAll, logrelay, PRINT_LINES } from "../support/logrelay-cli.ts";
import { StackParts } from "../support/restart.ts";
import { startTestStack, stopAllStacks, testServersKind, uniqueStep, waitFor, type LocalClusterNode, type LocalStack } from "../support/stack.ts";

const LINES = 12_000;
const local = (await testServersKind()) === "local"; // nginx and Redis as processes this test can restart and freeze

let parts: StackParts | undefined;
afterEach(killAll);
afterAll(async () => {
  await parts?.stopAll();
  await stopAllStacks();
});

async function storedLines(stack: LocalStack, step: ReturnType<typeof uniqueStep>): Promise<number> {
  const res = await fetch(`${stack.url}/${step.org}/${step.repo}/builds/${step.build}/steps`).catch(() => undefined);
  if (!res?.ok) return 0;
  const { steps } = (await res.json()) as { steps: { step: number; lines: number }[] };
  return steps.find((s) => s.step === step.step)?.lines ?? 0;
}

type Step = ReturnType<typeof uniqueStep>;

/**
 * Runs the command through logrelay, injects `fault` once a sixth of its lines are stored, and
 * checks the log. `before` runs before the command starts (what the fault needs, ready, so it
 * strikes while the command still prints).
 */
async function runThrough(
  stack: LocalStack,
  name: string,
  fault: (step: Step) => Promise<void>,
  options: string[] = [],
  before?: (step: Step) => Promise<void>,
): Promise<string> {
  const step = uniqueStep();
  await before?.(step);
  const startedAt = Date.now();
  const command = [process.execPath, PRINT_LINES, "--lines", String(LINES), "--per-second", "4000"];
  const run = logrelay(["run", "--quiet", ...options, "--step", `${stack.url}${step.path}`, "--", ...command]);
  await waitFor(async () => (await storedLines(stack, step)) >= LINES / 6, "a sixth of the lines stored", 20_000);
  const faultAt = Date.now();
  await fault(step);
  expect(await run.exited).toEqual({ code: 0, signal: null });
  let raw = "";
  await waitFor(async () => {
    const res = await fetch(`${stack.url}${step.path}/logs`).catch(() => undefined);
    raw = res?.ok ? await res.text() : "";
    return res?.ok === true;
  }, "the raw log");
  const expected = `${numberedOutput(1, LINES)}\n`;
  expect(raw.length).toBe(expected.length);
  expect(raw === expected).toBe(true);
  const said = run.stderr().trim().split("\n").filter(Boolean);
  console.info(
    `${name}: log exact (${LINES} lines); fault at ${faultAt - startedAt} ms, run done after ${Date.now() - startedAt} ms; logrelay said: ${said.join(" | ") || "nothing"}`,
  );
  return run.stderr();
}

// the fault reached the writer: its appends were refused for a while, and then stored again
const RETRIED = /the log service is not answering; retrying[^]*the log service is storing lines again/;

describe("logrelay run across faults, through nginx with one Redis", () => {
  it("the producer SIGKILLed and started again, nginx restarted, every relay killed, Redis frozen 10 s: each log exact", async () => {
    const stack = await startTestStack({ relays: 2 });
    const p = (parts = new StackParts(stack));
    expect(await runThrough(stack, "producer SIGKILL", () => p.restartProducer())).toMatch(RETRIED);
    if (local) expect(await runThrough(stack, "nginx down 1 s", () => p.restartNginx(1000))).toMatch(RETRIED);
    await runThrough(stack, "every relay killed", async () => {
      await Promise.all(p.relays.map((_, i) => p.killRelay(i)));
      await new Promise((r) => setTimeout(r, 1000)); // the command goes on printing meanwhile
      await p.restartRelay(0); // one is enough to read the log back
    });
    if (local) {
      // requests give up after 2 s: each is sent again while the one before still waits on the frozen Redis, and all
      // of them run once it thaws; Logrelay-First-Line is what keeps their lines from being stored several times
      const said = await runThrough(
        stack,
        "Redis SIGSTOP 10 s",
        async () => {
          const redis = (stack.redis as LocalRedis).proc;
          redis.pause();
          await new Promise((r) => setTimeout(r, 10_000));
          redis.resume();
        },
        ["--request-timeout", "2"],
      );
      expect(said).toMatch(/not answering; retrying while the output waits \(error=timeout/);
    }
  }, 120_000);
});

describe("logrelay run on a Redis Cluster", () => {
  it("the step's master SIGKILLed mid-run: the replica takes over and the log is exact", async () => {
    const stack = await startTestStack({ relays: 1, redisShards: 3, producerEnv: { APPEND_WAIT_MS: "500" } });
    const masterOf = (step: Step) => stack.cluster!.masterOf(stepKeys(step).meta); // by the step's slot: known before its first line
    const said = await runThrough(
      stack,
      "cluster master SIGKILL",
      async (step) => {
        const master = await masterOf(step);
        await master.kill("SIGKILL");
        await waitFor(async () => (await masterOf(step).catch((): LocalClusterNode => master)) !== master, "a replica promoted", 30_000);
      },
      [],
      async (step) => {
        const master = await masterOf(step);
        await waitFor(
          async () => {
            const redis = new Redis(master.port, "127.0.0.1", { maxRetriesPerRequest: 1 });
            try {
              return /slave\d*:ip=[^,]+,port=\d+,state=online/.test(await redis.info("replication"));
            } finally {
              redis.disconnect();
            }
          },
          "the master's replica online",
          20_000,
        );
      },
    );
    expect(said).toMatch(RETRIED);
  }, 120_000);
});
