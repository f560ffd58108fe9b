/**
 * The demo (DEMO=1) across a Redis restart: the step it was writing must carry on or end, never
 * stay "running" for ever (issue 10, bug 4).
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepKeys } from "../../common/contract.ts";
import { END_STATUSES } from "../../common/domain.ts";
import { startTestStack, stopAllStacks, waitFor, type LocalStack } from "../support/stack.ts";

let stack: LocalStack;
let redis: Redis;

beforeAll(async () => {
  // persistence: Redis comes back with its data, as in compose (append-only file on a volume)
  stack = await startTestStack({ relays: 1, persistence: true, producerEnv: { DEMO: "1", DEMO_LINES_PER_SECOND: "50" } });
  redis = new Redis(stack.redis.url, { maxRetriesPerRequest: 1 });
  redis.on("error", () => undefined);
});
afterAll(async () => {
  redis?.disconnect();
  await stopAllStacks();
});

/** The demo step running now, with its line count. */
async function runningDemoStep(): Promise<{ step: { org: string; repo: string; build: number; step: number }; last: number } | undefined> {
  const build = Number(await redis.get("logrelay:demo:build"));
  for (let i = 1; i <= 5; i++) {
    const step = { org: "demo", repo: "webapp", build, step: i };
    const [last, status] = await redis.hmget(stepKeys(step).meta, "last", "status");
    if (status === "running") return { step, last: Number(last) };
  }
  return undefined;
}

describe("the demo across a Redis restart", () => {
  it("carries on (or ends) the step it was writing instead of leaving it running", { timeout: 60_000 }, async () => {
    let running: Awaited<ReturnType<typeof runningDemoStep>>;
    await waitFor(async () => (running = await runningDemoStep()) !== undefined && running.last >= 3, "a demo step under way", 20_000);
    const producerReady = async () => (await fetch(`http://127.0.0.1:${stack.producer.port}/readyz`).catch(() => undefined))?.status === 200;

    const { step } = running!;
    const keys = stepKeys(step);
    // what the step held when Redis went away: it must come back with it (append-only file)
    await redis.set("logrelay:test:marker", "kept");
    const held = await redis.lrange(keys.lines, 0, -1);
    expect(held.length).toBeGreaterThanOrEqual(3);

    await stack.redis.stop();
    await waitFor(async () => !(await producerReady()), "the producer to see Redis gone");
    await stack.redis.restart();
    await waitFor(producerReady, "the producer to see Redis back", 20_000);

    expect(await redis.get("logrelay:test:marker")).toBe("kept"); // the same data, not an empty Redis
    const [lastAtRestart, statusAtRestart] = await redis.hmget(keys.meta, "last", "status");
    const atRestart = Number(lastAtRestart);
    expect(atRestart).toBeGreaterThanOrEqual(held.length);
    expect(["running", ...END_STATUSES]).toContain(statusAtRestart);
    // the step must move again: more lines, or an end status
    let status: string | null = null;
    await waitFor(
      async () => {
        const [last, now] = await redis.hmget(keys.meta, "last", "status");
        status = now;
        return (now !== null && now !== "running") || Number(last) > atRestart + 2;
      },
      `demo step ${JSON.stringify(step)} (last ${atRestart}) to carry on or end`,
      20_000,
    );
    expect(["running", ...END_STATUSES]).toContain(status);
    // one run of lines, 1..last with no gap, and the lines held before are unchanged
    // read in one transaction: the demo appends meanwhile
    const [[, last], [, now]] = (await redis.multi().hget(keys.meta, "last").lrange(keys.lines, 0, -1).exec()) as [[null, string], [null, string[]]];
    expect(now.length).toBe(Number(last));
    expect(now.slice(0, held.length)).toEqual(held);
  });
});
