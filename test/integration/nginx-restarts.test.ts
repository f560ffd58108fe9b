/**
 * nginx reloaded and restarted under 200 open streams while a producer appends through it
 * (issue 16, bug 8): after a reload the old workers close what they hold within
 * worker_shutdown_timeout (nginx/nginx.conf) instead of living as long as a viewer stays, and
 * every viewer resumes by Last-Event-ID on the new workers with nothing lost or repeated.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, type LocalNginx } from "../../scripts/local-stack.ts";
import { endStep, startTestStack, stopAllStacks, uniqueStep, waitFor } from "../support/stack.ts";
import { Publisher } from "../support/publisher.ts";
import { Viewer } from "../support/sse.ts";

const VIEWERS = 200;
// what nginx.conf says, read rather than repeated: the bound below follows it
const SHUTDOWN_S = Number(/^worker_shutdown_timeout (\d+)s;$/m.exec(readFileSync(path.join(ROOT, "nginx/nginx.conf"), "utf8"))?.[1]);

let stack: Awaited<ReturnType<typeof startTestStack>>;
const viewers: Viewer[] = [];

beforeAll(async () => {
  stack = await startTestStack({ relays: 2 });
});
afterAll(async () => {
  for (const v of viewers) v.close();
  await stopAllStacks();
});

function watchMany(url: string, count: number): Viewer[] {
  const created = Array.from({ length: count }, () => new Viewer(url));
  viewers.push(...created);
  return created;
}

function expectExactly1toN(all: Viewer[], n: number): void {
  const expected = Array.from({ length: n }, (_, i) => i + 1);
  for (const v of all) {
    expect(v.outOfOrder).toEqual([]);
    expect(v.numbers).toEqual(expected);
  }
}

/** 200 viewers on a step a producer appends to through nginx, with lines already flowing. */
async function busyStep(total: number) {
  const step = uniqueStep();
  const all = watchMany(`${stack.url}${step.path}/logs/events`, VIEWERS);
  await waitFor(() => all.every((v) => v.opens === 1), `${VIEWERS} viewers open`, 30_000);
  const publisher = new Publisher(stack.url, step.path);
  publisher.start({ batch: 5, everyMs: 20, total });
  await waitFor(() => all.every((v) => v.lastNumber >= 50), "lines flowing to every viewer", 20_000);
  return { step, all, publisher };
}

async function finish(busy: Awaited<ReturnType<typeof busyStep>>, total: number): Promise<void> {
  await busy.publisher.done();
  await endStep(stack.url, busy.step.path);
  await waitFor(() => busy.all.every((v) => v.ended !== undefined), "every viewer got end", 30_000);
  expectExactly1toN(busy.all, total);
  expect(busy.all.every((v) => v.ended!.lines === total)).toBe(true);
}

describe("nginx with 200 open streams", () => {
  it("reload: the old workers close their streams within worker_shutdown_timeout, and every viewer resumes by id", { timeout: 120_000 }, async () => {
    expect(SHUTDOWN_S).toBeGreaterThan(0);
    expect(SHUTDOWN_S).toBeLessThanOrEqual(60);
    const total = 2000;
    const busy = await busyStep(total);
    const local = stack.servers === "local" ? (stack.nginx as unknown as LocalNginx) : undefined;
    const oldWorkers = local?.workerPids() ?? [];
    const reloadedAt = Date.now();
    await stack.nginx.reload();
    // every stream was on an old worker: each is closed by it and reopened on a new one
    const bound = SHUTDOWN_S * 1000 + 10_000; // a loaded machine's slack; without the timeout they never close
    await waitFor(() => busy.all.every((v) => v.opens >= 2), "every viewer reconnected after the reload", bound);
    const reconnectedMs = Date.now() - reloadedAt;
    if (local) {
      await waitFor(() => !local.workerPids().some((pid) => oldWorkers.includes(pid)), "the old workers to exit", 5_000);
      expect(oldWorkers.length).toBeGreaterThan(0);
    }
    // not at once: the old workers let their streams run until the timeout
    expect(reconnectedMs).toBeGreaterThan(SHUTDOWN_S * 1000 - 1000);
    await finish(busy, total);
    expect(busy.all.every((v) => v.opens === 2)).toBe(true);
    console.info(`reload: ${VIEWERS} viewers reconnected within ${reconnectedMs} ms (worker_shutdown_timeout ${SHUTDOWN_S} s); ${total} lines each, exact`);
  });

  it("restart (stopped, started again on its port): every viewer resumes by id", { timeout: 120_000 }, async () => {
    const total = 1500;
    const busy = await busyStep(total);
    const restartedAt = Date.now();
    await stack.nginx.restart();
    await waitFor(() => busy.all.every((v) => v.opens >= 2 && v.lastNumber > 0), "every viewer reconnected after the restart", 30_000);
    const ms = Date.now() - restartedAt;
    await finish(busy, total);
    console.info(`restart: ${VIEWERS} viewers back within ${ms} ms; ${total} lines each, exact; ${busy.publisher.refusals.length} appends retried`);
  });
});
