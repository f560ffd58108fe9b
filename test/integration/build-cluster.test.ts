/**
 * The build page's API on a local Redis Cluster of 3 masters (producer and relays in cluster
 * mode): a build's steps sit on several shards, its index and channel on the build's own slot.
 */
import { EventSource } from "eventsource";
import type { Cluster, Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildKeys, keySlot, stepKeys } from "../../common/contract.ts";
import type { BuildStep } from "../../common/domain.ts";
import { appendLines, endStep, redisClient, shardSubscribers, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";

let stack: LocalStack;
let redis: Redis | Cluster;

beforeAll(async () => {
  stack = await startTestStack({ relays: 1, redisShards: 3 });
  redis = redisClient(stack);
}, 120_000);
afterAll(async () => {
  redis?.disconnect();
  await stopAllStacks();
});

describe("a build on a Redis Cluster", () => {
  it("lists steps from several shards and streams their changes on the build's shard channel", async () => {
    expect(stack.cluster).toBeDefined();
    const first = uniqueStep();
    const b = { org: first.org, repo: first.repo, build: first.build };
    const base = `${stack.url}/${b.org}/${b.repo}/builds/${b.build}`;
    const slots = new Set([1, 2, 3, 4, 5, 6].map((step) => keySlot(stepKeys({ ...b, step }).meta)));
    expect(slots.size).toBeGreaterThan(1); // the steps' metas are on different slots

    const es = new EventSource(`${base}/events`);
    const seen = new Map<number, BuildStep>();
    let snapshot = false;
    es.addEventListener("steps", () => (snapshot = true));
    es.addEventListener("step", (e) => {
      const s = JSON.parse(e.data) as BuildStep;
      seen.set(s.step, s);
    });
    try {
      await waitFor(() => snapshot, "the snapshot");
      await waitFor(async () => (await shardSubscribers(stack, buildKeys(b).channel)) === 1, "the build channel subscribed on its shard");
      for (let step = 1; step <= 6; step++) {
        await appendLines(stack.url, `/${b.org}/${b.repo}/builds/${b.build}/steps/${step}`, `line of ${step}\n`);
        await fetch(`${base}/steps/${step}`, {
          method: "PUT",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ name: `step ${step}` }),
        });
      }
      await endStep(stack.url, `/${b.org}/${b.repo}/builds/${b.build}/steps/6`, "failure");
      await waitFor(
        () => seen.size === 6 && seen.get(6)?.status === "failure" && [...seen.values()].every((s) => s.name === `step ${s.step}`),
        "every step's events",
      );
    } finally {
      es.close();
    }
    const res = await fetch(`${base}/steps`);
    const steps = ((await res.json()) as { steps: BuildStep[] }).steps;
    expect(steps.map((s) => [s.step, s.name, s.status, s.lines])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, `step ${n}`, n === 6 ? "failure" : "running", 1]));
  }, 120_000);
});
