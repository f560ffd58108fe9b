/**
 * The README's one case where a viewer has seen lines the store no longer holds, end to end in
 * Chromium on a Redis Cluster: a master stores and publishes lines its replica never gets (they
 * are refused to the producer: no replica confirmed them), then dies; the promoted replica
 * lacks them. The relay tells the page the step restarted, and the page shows exactly what the
 * store holds, the lines appended after the failover included, with nothing of the lost run.
 */
import { spawnSync } from "node:child_process";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepKeys } from "../../common/contract.ts";
import { appendLines, endStep, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalClusterNode, type LocalStack } from "../support/stack.ts";
import { launchBrowser, viewerLines, viewerStats, type TestBrowser } from "./browser.ts";

let stack: LocalStack;
let browser: TestBrowser;
const pageErrors: string[] = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack({ relays: 1, redisShards: 3, producerEnv: { APPEND_WAIT_MS: "300" } }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stopAllStacks();
});

const numbered = (from: number, to: number, run: string) => Array.from({ length: to - from + 1 }, (_, i) => `${run} ${from + i}`);

/** The replica of `master`, once the master lists it online. */
async function replicaOf(master: LocalClusterNode): Promise<LocalClusterNode> {
  let found: LocalClusterNode | undefined;
  await waitFor(
    async () => {
      for (const n of stack.cluster!.nodes) {
        if (n === master || !n.running) continue;
        const info = spawnSync("redis-cli", ["-p", String(n.port), "INFO", "replication"], { encoding: "utf8", timeout: 5000 }).stdout ?? "";
        if (info.includes("role:slave") && info.includes(`master_port:${master.port}`) && info.includes("master_link_status:up")) found = n;
      }
      return found !== undefined;
    },
    "the master's replica in sync",
    20_000,
  );
  return found!;
}

async function openStep(path: { org: string; repo: string; build: number; step: number }): Promise<Page> {
  const page = await browser.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${stack.url}/?step=${path.org}/${path.repo}/${path.build}/${path.step}`);
  return page;
}

describe("the promoted replica lacks lines the page had shown", () => {
  it("the page is told the step restarted and shows exactly what the store holds", { timeout: 120_000 }, async () => {
    const step = uniqueStep();
    expect((await appendLines(stack.url, step.path, numbered(1, 100, "first").join("\n") + "\n")).status).toBe(200);
    const page = await openStep(step);
    await waitFor(async () => (await viewerStats(page)).last === 100, "the page holds lines 1..100", 20_000);

    // every value the page's last line takes: the lost lines show as a peak, the restart as a fall
    await page.evaluate(() => {
      const w = window as unknown as { lastSeen: number[]; logrelayViewer: { stats(): { last: number } } };
      w.lastSeen = [];
      setInterval(() => {
        const last = w.logrelayViewer.stats().last;
        if (w.lastSeen.at(-1) !== last) w.lastSeen.push(last);
      }, 5);
    });
    const lastSeen = () => page.evaluate(() => (window as unknown as { lastSeen: number[] }).lastSeen);
    const master = await stack.cluster!.masterOf(stepKeys(step).meta);
    const replica = await replicaOf(master);
    // The master hangs with appends queued at its socket; its replica takes over without them.
    // When it wakes it runs them, storing and publishing lines (the page shows them) that are
    // never acknowledged and that the promoted replica lacks, then follows the new master.
    master.proc.pause();
    let queued: Promise<{ status: number }>;
    try {
      queued = appendLines(stack.url, step.path, numbered(101, 150, "lost").join("\n") + "\n").catch(() => ({ status: 0, json: {} }));
      await waitFor(async () => (await replica.role()) === "master", "the replica promoted", 30_000);
    } finally {
      master.proc.resume();
    }
    const queuedStatus = (await queued).status;
    await waitFor(async () => (await master.role()) === "slave", "the old master to follow the promoted replica", 30_000);
    // What the store holds now: 1..100, or 1..150 when the queued append ran on the promoted
    // replica instead (the woken master learnt of the failover first and redirected it: then
    // it was acknowledged, 200, and the page never held a line the store lacks).
    const held = (await (await fetch(`${stack.url}${step.path}/logs`)).text()).split("\n").slice(0, -1);
    expect(held.slice(0, 100)).toEqual(numbered(1, 100, "first"));
    if (queuedStatus === 200) expect(held).toEqual([...numbered(1, 100, "first"), ...numbered(101, 150, "lost")]);
    else expect(held).toEqual(numbered(1, 100, "first"));
    // the producer goes on from what the store holds (a retry would resend 101..150; here: new text)
    const from = held.length + 1;
    const after = numbered(from, from + 19, "after");
    let appended: { status: number; json: Record<string, unknown> } = { status: 0, json: {} };
    await waitFor(
      async () =>
        (appended = await appendLines(stack.url, step.path, after.join("\n") + "\n", { "Logrelay-First-Line": String(from) }).catch(() => appended)).status ===
        200,
      "an append acknowledged after the failover",
      30_000,
    );
    expect(appended.json.last).toBe(from + 19); // a refused try may have stored them: the retry then skips them
    await endStep(stack.url, step.path);
    await waitFor(async () => (await page.locator("#status").textContent()) === "ended: success", "the page shows the end", 30_000);

    const expected = [...held, ...after];
    const seen = await lastSeen();
    const showedLost = queuedStatus !== 200 && seen.includes(150);
    if (showedLost) {
      // the page showed the hung master's unacknowledged lines, then dropped them for the new run
      expect(
        seen.slice(seen.indexOf(150) + 1).some((n) => n < 150),
        `the page started over after the restart: ${seen.join(" ")}`,
      ).toBe(true);
    }
    console.info(
      showedLost
        ? `promoted replica lacking lines: the page showed 101..150, was told restarted, and holds the ${expected.length} stored lines`
        : `the queued append ran on the promoted replica (${queuedStatus}): nothing lost to show; the page holds the ${expected.length} stored lines`,
    );
    expect(await viewerStats(page)).toMatchObject({ first: 1, last: expected.length, count: expected.length, gaps: 0, repeated: 0 });
    expect(await viewerLines(page, 1, expected.length)).toEqual(expected);
    const download = await (await fetch(`${stack.url}${step.path}/logs`)).text();
    expect(download).toBe(expected.join("\n") + "\n");
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
