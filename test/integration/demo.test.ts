/** The demo through nginx with real Redis: a build page's worth of named, realistic steps. */
import { EventSource } from "eventsource";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildStep } from "../../common/domain.ts";
import { stepStore } from "../../common/step-store.ts";
import { startTestStack, stopAllStacks, waitFor, type LocalStack } from "../support/stack.ts";

let stack: LocalStack;
let redis: Redis;

beforeAll(async () => {
  stack = await startTestStack({ relays: 1, producerEnv: { DEMO: "1", DEMO_LINES_PER_SECOND: "100" } });
  redis = new Redis(stack.redis.url);
});
afterAll(async () => {
  redis?.disconnect();
  await stopAllStacks();
});

const steps = async (build: number) => ((await (await fetch(`${stack.url}/demo/webapp/builds/${build}/steps`)).json()) as { steps: BuildStep[] }).steps;

describe("the demo", () => {
  it("names its steps, shows progress bars as one rewritten line, and prints groups, a section, annotations and URLs", async () => {
    // the next build, watched from before it starts (the demo runs while the stack comes up)
    const b = Number(await redis.get("logrelay:demo:build")) + 1;
    // the install step's progress, live, before its line is stored
    const partials: string[] = [];
    const es = new EventSource(`${stack.url}/demo/webapp/builds/${b}/steps/2/logs/events`);
    es.addEventListener("partial", (e) => partials.push((JSON.parse(e.data) as { line: string }).line));
    try {
      await waitFor(async () => (await steps(b))[2]?.status === "running", "the build step started", 60000);
    } finally {
      es.close();
    }
    expect((await steps(b)).map((s) => s.name)).toEqual(["Checkout", "Install dependencies", "Build", "Test", "Deploy to staging"]);
    expect(partials.length).toBeGreaterThan(3);
    expect(partials.at(-1)).toMatch(/reify\r$/);
    const store = stepStore(redis);
    const lines = async (step: number) => (await store.read({ org: "demo", repo: "webapp", build: b, step }, 1, 1000, 1e7)).lines;
    const checkout = await lines(1);
    expect(checkout.filter((l) => l.includes("Receiving objects"))).toHaveLength(1);
    expect(checkout.find((l) => l.includes("Receiving objects"))).toMatch(/^Receiving objects: {3}0%.*\r.*100% \(4200\/4200\)$/s);
    const install = await lines(2);
    expect(install.filter((l) => l.includes("reify"))).toHaveLength(1);
    expect(install).toContain("::group::Restore npm cache");
    expect(install).toContain("::endgroup::");
    expect(install.some((l) => l.startsWith("::warning file=package.json,line=14::"))).toBe(true);
    expect(install.some((l) => /https:\/\/\S+/.test(l))).toBe(true);
    await waitFor(async () => (await steps(b))[2].status === "success", "the build step ended", 30000);
    const build = await lines(3);
    const ESC = "\x1b";
    expect(build[0].startsWith("section_start:") && build[0].includes(`:compile[collapsed=true]\r${ESC}[0K`)).toBe(true);
    expect(build.some((l) => l.startsWith("section_end:") && l.endsWith(`:compile\r${ESC}[0K`))).toBe(true);
  }, 90_000);
});
