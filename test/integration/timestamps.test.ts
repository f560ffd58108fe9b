/**
 * Arrival times through nginx with real Redis: `t` on live and backlog events, the raw download
 * with ?timestamps=1, their storage cost; and one JSON spelling of a line live and from backlog.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepKeys } from "../../common/contract.ts";
import { stepStore } from "../../common/step-store.ts";
import { appendLines, endStep, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";

let stack: LocalStack;
let redis: Redis;

beforeAll(async () => {
  stack = await startTestStack({ relays: 1 });
  redis = new Redis(stack.redis.url);
});
afterAll(async () => {
  redis?.disconnect();
  await stopAllStacks();
});

/** An open raw SSE stream: the text so far, and close(). */
async function openRaw(url: string) {
  const abort = new AbortController();
  const res = await fetch(url, { signal: abort.signal });
  const state = { text: "", close: () => abort.abort() };
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) state.text += decoder.decode(chunk, { stream: true });
    } catch {
      // aborted
    }
  })();
  return state;
}

const dataLines = (text: string) => text.split("\n").filter((l) => l.startsWith('data: {"n"'));

describe("arrival times", () => {
  it("carries t on live events and the same times from backlog, one per line when appends differ", async () => {
    const step = uniqueStep();
    const live = await openRaw(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => live.text.startsWith("retry:"), "the stream open");
    const before = Date.now();
    await appendLines(stack.url, step.path, "a\nb\n");
    await waitFor(() => dataLines(live.text).length === 1, "the first live event");
    await new Promise((r) => setTimeout(r, 5)); // a later millisecond for the next append
    await appendLines(stack.url, step.path, "c\n");
    await waitFor(() => dataLines(live.text).length === 2, "the second live event");
    live.close();
    const [e1, e2] = dataLines(live.text).map((l) => JSON.parse(l.slice(6)) as { n: number; lines: string[]; t: number });
    expect(typeof e1.t).toBe("number"); // one append: one time for both lines
    expect(e1.t).toBeGreaterThanOrEqual(before - 1000);
    expect(e2.t).toBeGreaterThan(e1.t);
    const backlog = await openRaw(`${stack.url}${step.path}/logs/events?lastEventId=0`);
    await waitFor(() => dataLines(backlog.text).length === 1, "the backlog");
    backlog.close();
    expect(JSON.parse(dataLines(backlog.text)[0].slice(6))).toEqual({ n: 1, lines: ["a", "b", "c"], t: [e1.t, e1.t, e2.t] });
  });

  it("prefixes the raw download's lines with their RFC 3339 arrival time on ?timestamps=1", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, "one\ntwo\n");
    await new Promise((r) => setTimeout(r, 5));
    await appendLines(stack.url, step.path, "three\n");
    await endStep(stack.url, step.path);
    const page = await stepStore(redis).read(step, 1, 10, 1e6);
    const iso = page.times!.map((t) => new Date(t).toISOString());
    const text = await (await fetch(`${stack.url}${step.path}/logs?timestamps=1`)).text();
    const got = text.split("\n").filter((l) => l !== "");
    expect(got).toEqual([`${iso[0]} one`, `${iso[1]} two`, `${iso[2]} three`]);
    expect(got[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z one$/);
    expect(iso[2] > iso[0]).toBe(true);
    // without the parameter the download is unchanged
    expect((await (await fetch(`${stack.url}${step.path}/logs`)).text()).split("\n").filter((l) => l !== "")).toEqual(["one", "two", "three"]);
  });

  it("stores the times of 100 000 100-byte lines in under 10% of the lines' memory, in batches and one line per append", async () => {
    const store = stepStore(redis);
    const retention = { maxLinesPerStep: 1_000_000, idleTtlSeconds: 3600, endedTtlSeconds: 3600 };
    const line = (n: number) => `${String(n).padStart(8, "0")} ${"x".repeat(91)}`; // 100 bytes
    const measure = async (batch: (i: number) => number) => {
      const step = uniqueStep();
      const calls: Promise<unknown>[] = [];
      for (let n = 1; n <= 100_000;) {
        const k = Math.min(batch(n), 100_001 - n);
        calls.push(
          store.append(
            step,
            Array.from({ length: k }, (_, i) => line(n + i)),
            retention,
          ),
        );
        n += k;
        if (calls.length === 500) await Promise.all(calls.splice(0));
      }
      await Promise.all(calls);
      const k = stepKeys(step);
      const usage = async (key: string) => Number(await redis.call("MEMORY", "USAGE", key, "SAMPLES", "0"));
      const [lines, times, meta] = [await usage(k.lines), await usage(k.times), await usage(k.meta)];
      const pairs = (await redis.llen(k.times)) / 2;
      return { lines, times, meta, pairs, share: times / lines };
    };
    // batches as a chunked upload delivers them: 1 to 64 lines per append
    const batched = await measure((n) => 1 + ((n * 7919) % 64));
    const single = await measure(() => 1);
    console.log(`times storage, 100 000 lines of 100 bytes: batched ${JSON.stringify(batched)}; one per append ${JSON.stringify(single)}`);
    expect(batched.share).toBeLessThan(0.1);
    expect(single.share).toBeLessThan(0.1);
    // one line per append with a time of its own each: the same bytes per pair for every pair
    const worst = (single.times / single.pairs) * 100_000;
    console.log(
      `one line per append, every append in a millisecond of its own (extrapolated): ${Math.round(worst)} bytes, ${((worst / single.lines) * 100).toFixed(1)}%`,
    );
    expect(worst / single.lines).toBeLessThan(0.1);
  }, 120_000);
});

describe("one JSON spelling for live and backlog events", () => {
  it("sends a line with /, \\/, \\, DEL and characters past ASCII byte for byte the same live and from backlog, in ASCII", async () => {
    const step = uniqueStep();
    const text = "see https://example.com/a/b and C:\\dir\\ and \\/ and \\\\/ and \\u007f and \x7f and ✓ é 😀 end";
    const live = await openRaw(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => live.text.startsWith("retry:"), "the stream open");
    await appendLines(stack.url, step.path, `${text}\n`);
    await waitFor(() => dataLines(live.text).length === 1, "the live event");
    live.close();
    const backlog = await openRaw(`${stack.url}${step.path}/logs/events?lastEventId=0`);
    await waitFor(() => dataLines(backlog.text).length === 1, "the backlog event");
    backlog.close();
    expect(dataLines(live.text)[0]).toBe(dataLines(backlog.text)[0]);
    expect(dataLines(live.text)[0]).toContain('"see https://example.com/a/b and C:\\\\dir\\\\ and \\\\/ and');
    expect(dataLines(live.text)[0]).toContain("\\u007f and \\u2713 \\u00e9 \\ud83d\\ude00 end");
    expect(dataLines(live.text)[0]).toMatch(/^[\x20-\x7e]*$/);
    expect((JSON.parse(dataLines(live.text)[0].slice(6)) as { lines: string[] }).lines).toEqual([text]);
  });
});
