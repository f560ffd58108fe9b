/**
 * Retention with short settings: a step's keys expire a while after it ends and after a time
 * without appends, and a step that starts again from line 1 under an open stream is stated to
 * the viewer (truncated with restarted), through nginx.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepKeys } from "../../common/contract.ts";
import { appendLines, endStep, lines, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { Viewer, rawStream } from "../support/sse.ts";

const IDLE_TTL = 2;
const ENDED_TTL = 1;
let stack: LocalStack;
let redis: Redis;
const viewers: Viewer[] = [];

beforeAll(async () => {
  stack = await startTestStack({ relays: 1, producerEnv: { STEP_IDLE_TTL_SECONDS: String(IDLE_TTL), STEP_TTL_SECONDS: String(ENDED_TTL) } });
  redis = new Redis(stack.redis.url);
});
afterAll(async () => {
  for (const v of viewers) v.close();
  redis?.disconnect();
  await stopAllStacks();
});

const keysOf = (step: ReturnType<typeof uniqueStep>) => [stepKeys(step).lines, stepKeys(step).meta];
const gone = async (step: ReturnType<typeof uniqueStep>) => (await redis.exists(...keysOf(step))) === 0;
const fresh = (a: number, b: number) => lines(a, b, "new");

describe("keys expire", () => {
  it("STEP_TTL_SECONDS after the step ends", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, lines(1, 3).join("\n"));
    expect(await redis.ttl(stepKeys(step).meta)).toBeGreaterThan(ENDED_TTL); // the idle TTL until the end
    await endStep(stack.url, step.path);
    for (const key of keysOf(step)) expect(await redis.ttl(key)).toBeLessThanOrEqual(ENDED_TTL);
    await waitFor(() => gone(step), "keys gone after the ended TTL", 5000);
  });

  it("STEP_IDLE_TTL_SECONDS after the last append, each append pushing it back", async () => {
    const step = uniqueStep();
    const started = Date.now();
    await appendLines(stack.url, step.path, "one");
    await new Promise((r) => setTimeout(r, 1200)); // past half the idle TTL: the next append must restart it
    await appendLines(stack.url, step.path, "two");
    const lastAppend = Date.now();
    expect(await redis.exists(...keysOf(step))).toBe(2);
    await waitFor(() => gone(step), "keys gone after the idle TTL", 8000);
    expect(Date.now() - lastAppend).toBeGreaterThanOrEqual(IDLE_TTL * 1000 - 1000); // Redis TTLs have 1 s grain
    expect(Date.now() - started).toBeGreaterThan(IDLE_TTL * 1000);
  });
});

describe("a build's steps", () => {
  it("leave out a step once its keys have expired (STEP_TTL_SECONDS after its end), the others listed", async () => {
    const one = uniqueStep();
    const two = { ...one, step: one.step + 1000, path: one.path.replace(/\/steps\/\d+$/, `/steps/${one.step + 1000}`) };
    await appendLines(stack.url, one.path, "one");
    await appendLines(stack.url, two.path, "two");
    await endStep(stack.url, one.path);
    const list = async () =>
      ((await (await fetch(`${stack.url}/${one.org}/${one.repo}/builds/${one.build}/steps`)).json()) as { steps: { step: number }[] }).steps.map((s) => s.step);
    expect(await list()).toEqual([one.step, two.step]);
    // step two keeps appending (its idle TTL pushed back) while step one's ended TTL runs out
    let n = 0;
    await waitFor(
      async () => {
        await appendLines(stack.url, two.path, `more ${n++}`);
        return gone(one);
      },
      "step one's keys expired",
      8000,
      300,
    );
    expect(await list()).toEqual([two.step]);
  });
});

describe("a step that starts again from line 1 after its keys expired", () => {
  it("is stated to an open stream, which then gets the new run from line 1", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, lines(1, 5).join("\n"));
    const v = new Viewer(`${stack.url}${step.path}/logs/events`);
    viewers.push(v);
    await waitFor(() => v.lastNumber === 5, "old lines 1-5");
    await waitFor(() => gone(step), "keys gone after the idle TTL", 8000);
    await appendLines(stack.url, step.path, fresh(1, 5).join("\n"));
    await appendLines(stack.url, step.path, fresh(6, 7).join("\n"));
    await waitFor(() => v.texts.at(-1) === "new 7", "the new run's line 7");
    expect(v.restarts).toEqual([{ after: 5, firstAvailable: 1, id: "0" }]);
    expect(v.texts).toEqual([...lines(1, 5), ...fresh(1, 7)]);
    expect(v.outOfOrder).toEqual([]);
    expect(v.opens).toBe(1);
  });

  it("is stated to a resume point past the end of a running step, by header or query", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, fresh(1, 2).join("\n"));
    for (const [query, headers] of [
      ["", { "Last-Event-ID": "9" }],
      ["?lastEventId=9", {}],
    ] as const) {
      const res = await rawStream(`${stack.url}${step.path}/logs/events${query}`, headers, 800);
      expect(res.text).toMatch(
        /event: truncated\nid: 0\ndata: \{"firstAvailable":1,"restarted":true\}\n\nid: 2\ndata: \{"n":1,"lines":\["new 1","new 2"\],"t":[^}]+\}\n\n/,
      );
    }
  });
});
