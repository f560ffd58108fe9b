/**
 * Live progress through nginx with real Redis: a line rewritten with \r over several chunks of
 * a streaming upload reaches live viewers as `event: partial` while it is written, then as
 * its stored line; a viewer that does not listen for it sees only the lines.
 */
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { stepStore } from "../../common/step-store.ts";
import { startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { Viewer } from "../support/sse.ts";
import { startUpload, type Upload } from "../support/upload.ts";
import { EventSource } from "eventsource";

let stack: LocalStack;
let redis: Redis;
const cleanup: (() => void)[] = [];

beforeAll(async () => {
  stack = await startTestStack({ relays: 1 });
  redis = new Redis(stack.redis.url);
});
afterEach(() => {
  while (cleanup.length) cleanup.pop()!();
});
afterAll(async () => {
  redis?.disconnect();
  await stopAllStacks();
});

/** Every event of a stream, partial ones included, in order. */
function watchAll(url: string) {
  const es = new EventSource(url);
  cleanup.push(() => es.close());
  const events: { type: string; data: { n: number; line?: string; lines?: string[] } }[] = [];
  es.onmessage = (e) => events.push({ type: "message", data: JSON.parse(e.data) });
  es.addEventListener("partial", (e) => events.push({ type: "partial", data: JSON.parse(e.data) }));
  return { es, events };
}

function upload(path: string): Upload {
  const u = startUpload(`${stack.url}${path}/logs`);
  cleanup.push(() => u.destroy());
  return u;
}

describe("a line still being written", () => {
  it("shows its latest state live, as event: partial with the line's future number, then the stored line", async () => {
    const step = uniqueStep();
    const w = watchAll(`${stack.url}${step.path}/logs/events`);
    const plain = new Viewer(`${stack.url}${step.path}/logs/events`);
    cleanup.push(() => plain.close());
    await waitFor(() => w.es.readyState === EventSource.OPEN && plain.opens === 1, "streams open");
    const u = upload(step.path);
    await u.write("$ npm ci\n[#   ]  25%\r");
    await waitFor(() => w.events.some((e) => e.type === "partial" && e.data.line === "[#   ]  25%\r"), "the first state of line 2");
    await u.write("[##  ]  50%\r");
    await waitFor(() => w.events.some((e) => e.type === "partial" && e.data.line === "[#   ]  25%\r[##  ]  50%\r"), "its next state");
    await u.write("[####] 100%\n");
    await waitFor(() => w.events.some((e) => e.type === "message" && e.data.n + e.data.lines!.length - 1 >= 2), "the stored line");
    const partials = w.events.filter((e) => e.type === "partial");
    expect(partials.every((e) => e.data.n === 2)).toBe(true);
    // the partial never comes after its line
    expect(w.events.findIndex((e) => e.type === "partial")).toBeLessThan(
      w.events.findIndex((e) => e.type === "message" && e.data.lines!.length + e.data.n - 1 >= 2),
    );
    expect(w.events.at(-1)!.type).toBe("message");
    expect((await u.end()).status).toBe(200);
    // stored: one line, not one per state; a viewer not listening for partials sees just the lines
    expect((await stepStore(redis).read(step, 1, 10, 1e6)).lines).toEqual(["$ npm ci", "[#   ]  25%\r[##  ]  50%\r[####] 100%"]);
    await waitFor(() => plain.lastNumber === 2, "the plain viewer's lines");
    expect(plain.texts).toEqual(["$ npm ci", "[#   ]  25%\r[##  ]  50%\r[####] 100%"]);
    expect(plain.outOfOrder).toEqual([]);
  });

  it("sends at most about ten states a second however many chunks come", async () => {
    const step = uniqueStep();
    const w = watchAll(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => w.es.readyState === EventSource.OPEN, "stream open");
    const u = upload(step.path);
    const started = Date.now();
    let i = 0;
    while (Date.now() - started < 1000) {
      await u.write(`${++i}%\r`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const elapsed = Date.now() - started;
    await waitFor(() => w.events.some((e) => e.type === "partial" && e.data.line!.endsWith(`${i}%\r`)), "the latest state");
    const partials = w.events.filter((e) => e.type === "partial").length;
    expect(i).toBeGreaterThan(30);
    expect(partials).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 2);
    await u.end();
  });

  it("Logrelay-Partial: 1 (a batching client): the body's unterminated last line is shown live and not stored; the lines before it are", async () => {
    const step = uniqueStep();
    const w = watchAll(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => w.es.readyState === EventSource.OPEN, "stream open");
    const post = (body: string, first: number, partial = "1") =>
      fetch(`${stack.url}${step.path}/logs`, { method: "POST", headers: { "Logrelay-First-Line": String(first), "Logrelay-Partial": partial }, body });
    expect(await (await post("$ make\n[##   ] 40%\r", 1)).json()).toEqual({ appended: 1, first: 1, last: 1 });
    await waitFor(() => w.events.some((e) => e.type === "partial" && e.data.n === 2 && e.data.line === "[##   ] 40%\r"), "the preview of line 2");
    // the next batch sends the line again, further along: nothing of the preview was stored
    expect(await (await post("[##   ] 40%\r[#####] 100%\ndone\n", 2)).json()).toEqual({ appended: 2, first: 2, last: 3 });
    expect((await stepStore(redis).read(step, 1, 10, 1e6)).lines).toEqual(["$ make", "[##   ] 40%\r[#####] 100%", "done"]);
    const bad = await post("x", 4, "yes");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/Logrelay-Partial must be 1/);
  });
});
