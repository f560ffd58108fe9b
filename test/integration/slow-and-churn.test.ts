/**
 * A viewer that stops reading, and viewers arriving and leaving at a high rate: the relay
 * drops the first without making anyone else wait, and the second leaves nothing behind.
 */
import net from "node:net";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { stepKeys } from "../../common/contract.ts";
import { appendLines, endStep, metric, startTestStack, stopAllStacks, uniqueStep, waitFor } from "../support/stack.ts";
import { Viewer } from "../support/sse.ts";

const cleanup: (() => void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) c();
  await stopAllStacks();
});

/**
 * Lines per append: about 48 KiB, less than the 64 KiB MAX_BUFFER_BYTES the tests set. The test
 * waits for the fast viewer after each batch, so a viewer that keeps up never has more than one
 * batch unsent (a 600 KiB batch could leave even it over the limit on a loaded machine).
 */
const BATCH_LINES = 12;

/** Opens a stream on a raw socket and never reads it: the kernel buffers fill, then the relay's. */
function stalledViewer(port: number, path: string): { socket: net.Socket; received: () => Buffer } {
  const socket = net.connect(port, "127.0.0.1");
  const chunks: Buffer[] = [];
  socket.write(`GET ${path} HTTP/1.1\r\nHost: relay\r\nAccept: text/event-stream\r\n\r\n`);
  socket.on("data", (d) => chunks.push(d));
  socket.on("error", () => undefined);
  socket.pause();
  cleanup.push(() => socket.destroy());
  return { socket, received: () => Buffer.concat(chunks) };
}

/** Line numbers in raw SSE bytes (complete events only). */
function numbersIn(raw: string): number[] {
  const out: number[] = [];
  for (const frame of raw.split("\n\n").slice(0, -1)) {
    const fields = frame.split("\n");
    const data = fields.find((l) => l.startsWith('data: {"n"'));
    if (!data || fields.some((l) => l.startsWith("event:"))) continue; // lines are default events; `partial` is not a line
    const { n, lines } = JSON.parse(data.slice(6)) as { n: number; lines: string[] };
    lines.forEach((_, i) => out.push(n + i));
  }
  return out;
}

describe("a viewer that stops reading", () => {
  it("is dropped past MAX_BUFFER_BYTES, counted, resumes by id, and the others' delay does not grow", async () => {
    const stack = await startTestStack({ relays: 1, relayEnv: { MAX_BUFFER_BYTES: String(64 * 1024) } });
    const relay = `http://127.0.0.1:${stack.relays[0].port}`;
    const step = uniqueStep();
    const slow = stalledViewer(stack.relays[0].port, `${step.path}/logs/events`);
    const fast = new Viewer(`${stack.url}${step.path}/logs/events`);
    cleanup.push(() => fast.close());
    await waitFor(async () => (await metric(relay, "logrelay_sse_connections")) === 2, "both viewers open");

    // 4 KiB lines with their append time, a batch at a time, until the stalled viewer is dropped (at most 48 MiB)
    const pad = "x".repeat(4000);
    const delays: number[] = [];
    let n = 0;
    for (let batch = 0; batch < 1000 && (batch % 25 !== 0 || (await metric(relay, "logrelay_slow_clients_dropped_total")) === 0); batch++) {
      const body = Array.from({ length: BATCH_LINES }, (_, i) => `${n + i + 1} ${Date.now()} ${pad}`).join("\n");
      await appendLines(stack.url, step.path, body);
      n += BATCH_LINES;
      await waitFor(() => fast.lastNumber === n, `fast viewer holds line ${n}`, 10000, 2);
      for (const line of fast.received.slice(-BATCH_LINES)) delays.push(line.at - Number(line.text.split(" ")[1]));
    }
    expect(await metric(relay, "logrelay_slow_clients_dropped_total")).toBe(1);
    expect(fast.opens).toBe(1); // the viewer that kept up was never dropped
    expect(await metric(relay, "logrelay_sse_connections")).toBe(1);

    // the dropped viewer reads what it had, then resumes after the last complete event
    slow.socket.resume();
    await new Promise((r) => slow.socket.once("close", r));
    const before = numbersIn(slow.received().toString());
    expect(before.length).toBeLessThan(n);
    const resumed = new Viewer(`${stack.url}${step.path}/logs/events`, { headers: { "Last-Event-ID": String(before[before.length - 1] ?? 0) } });
    cleanup.push(() => resumed.close());
    await endStep(stack.url, step.path);
    await waitFor(() => resumed.ended !== undefined && fast.ended !== undefined, "both ended");
    expect([...before, ...resumed.numbers]).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(fast.numbers).toEqual(Array.from({ length: n }, (_, i) => i + 1));

    delays.sort((a, b) => a - b);
    const p99 = delays[Math.floor(delays.length * 0.99)];
    console.info(
      `slow viewer: dropped after ${before.length} of ${n} lines (${(slow.received().length / 1048576).toFixed(1)} MiB taken); fast viewer delay p50 ${delays[delays.length >> 1]} ms, p99 ${p99} ms, max ${delays[delays.length - 1]} ms`,
    );
    expect(p99).toBeLessThan(1000);
  }, 60000);
});

/** The body of a chunked HTTP/1.1 response as far as it arrived (a cut last chunk kept as is). */
function dechunk(raw: Buffer): string {
  const text = raw.toString("latin1");
  let at = text.indexOf("\r\n\r\n") + 4;
  const out: string[] = [];
  while (at > 3 && at < text.length) {
    const eol = text.indexOf("\r\n", at);
    if (eol < 0) break;
    const size = parseInt(text.slice(at, eol), 16);
    if (!(size > 0)) break;
    out.push(text.slice(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.from(out.join(""), "latin1").toString("utf8");
}

describe("a viewer that stops reading, through nginx", () => {
  it("is dropped by the relay past MAX_BUFFER_BYTES, counted, and resumes by id with nothing lost", async () => {
    const stack = await startTestStack({ relays: 1, relayEnv: { MAX_BUFFER_BYTES: String(64 * 1024) } });
    const relay = `http://127.0.0.1:${stack.relays[0].port}`;
    const step = uniqueStep();
    const slow = stalledViewer(stack.nginx.port, `${step.path}/logs/events`);
    const fast = new Viewer(`${stack.url}${step.path}/logs/events`);
    cleanup.push(() => fast.close());
    await waitFor(async () => (await metric(relay, "logrelay_sse_connections")) === 2, "both viewers open");
    const dropped0 = await metric(relay, "logrelay_slow_clients_dropped_total");
    const pad = "y".repeat(4000);
    let n = 0;
    // about 4 KiB a line, a batch at a time, until the relay gives up on the stalled viewer (at most 48 MiB)
    for (let batch = 0; batch < 1000 && (batch % 25 !== 0 || (await metric(relay, "logrelay_slow_clients_dropped_total")) === dropped0); batch++) {
      await appendLines(stack.url, step.path, Array.from({ length: BATCH_LINES }, (_, i) => `${n + i + 1} ${pad}`).join("\n"));
      n += BATCH_LINES;
      await waitFor(() => fast.lastNumber === n, `fast viewer holds line ${n}`, 10000, 2);
    }
    expect(await metric(relay, "logrelay_slow_clients_dropped_total")).toBe(dropped0 + 1);
    expect(fast.opens).toBe(1); // the viewer that kept up was never dropped
    await waitFor(async () => (await metric(relay, "logrelay_sse_connections")) === 1, "only the fast viewer left");

    // nginx closes the stalled client's connection once it has passed on what the relay sent
    slow.socket.resume();
    await new Promise((r) => slow.socket.once("close", r));
    const before = numbersIn(dechunk(slow.received()));
    expect(before.length).toBeLessThan(n);
    expect(before).toEqual(Array.from({ length: before.length }, (_, i) => i + 1));
    const resumed = new Viewer(`${stack.url}${step.path}/logs/events`, { headers: { "Last-Event-ID": String(before.at(-1) ?? 0) } });
    cleanup.push(() => resumed.close());
    await endStep(stack.url, step.path);
    await waitFor(() => resumed.ended !== undefined && fast.ended !== undefined, "both ended");
    expect([...before, ...resumed.numbers]).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(fast.numbers).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    console.info(`slow viewer through nginx: dropped after ${before.length} of ${n} lines (${(slow.received().length / 1048576).toFixed(1)} MiB taken)`);
  }, 90000);
});

describe("viewers connecting and leaving at a high rate", () => {
  it("leaves no subscription, connection, handle or heap growth behind", async () => {
    // A small old space makes V8 collect for real: a leak would end the relay, not just show as garbage.
    const stack = await startTestStack({ relays: 1, relayEnv: { NODE_OPTIONS: "--max-old-space-size=40" } });
    const relay = `http://127.0.0.1:${stack.relays[0].port}`;
    const redis = new Redis(stack.redis.url);
    cleanup.push(() => redis.disconnect());
    const steps = Array.from({ length: 20 }, () => uniqueStep());
    const baseHandles = await metric(relay, "nodejs_active_handles_total");

    let appending = true;
    const appender = (async () => {
      for (let i = 0; appending; i++) {
        await Promise.all(steps.map((s) => appendLines(stack.url, s.path, `tick ${i}`)));
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    // Each round opens `count` streams (or stops at 20 s on a loaded machine), 30 at a time. A
    // stream counts as opened once it answered 200 and its first bytes (`retry:`) arrived; any
    // other answer or error is a failure of the test, not an attempt that counts.
    const failures: string[] = [];
    async function churn(count: number): Promise<number> {
      const until = Date.now() + 20000;
      let started = 0;
      let opened = 0;
      const worker = async () => {
        while (started < count && Date.now() < until) {
          const s = steps[started++ % steps.length];
          const abort = new AbortController();
          try {
            const res = await fetch(`${stack.url}${s.path}/logs/events`, { signal: abort.signal });
            const reader = res.body!.getReader();
            const first = new TextDecoder().decode((await reader.read()).value);
            if (res.status === 200 && first.startsWith("retry:")) opened++;
            else failures.push(`${res.status} ${first.slice(0, 80)}`);
            await new Promise((r) => setTimeout(r, Math.random() * 100));
            abort.abort();
            await reader.cancel().catch(() => undefined);
          } catch (err) {
            failures.push(String(err));
          }
        }
      };
      await Promise.all(Array.from({ length: 30 }, worker));
      return opened;
    }

    const settle = () =>
      waitFor(
        async () => (await metric(relay, "logrelay_sse_connections")) === 0 && (await metric(relay, "logrelay_channel_subscriptions")) === 0,
        "no connection and no subscription left",
        15000,
      );

    const opened1 = await churn(800);
    await settle();
    const heap1 = await metric(relay, "nodejs_heap_size_used_bytes");
    const opened2 = await churn(800);
    await settle();
    const opened3 = await churn(800);
    await settle();
    appending = false;
    await appender;
    const heap3 = await metric(relay, "nodejs_heap_size_used_bytes");

    const channels = steps.map((s) => stepKeys(s).channel);
    const counts = (await redis.pubsub("SHARDNUMSUB", ...channels)) as (string | number)[];
    expect(counts.filter((_, i) => i % 2 === 1).every((c) => Number(c) === 0)).toBe(true);
    await waitFor(async () => (await metric(relay, "nodejs_active_handles_total")) <= baseHandles + 2, "handles back to where they were");
    const growth = heap3 - heap1;
    console.info(
      `churn: ${opened1 + opened2 + opened3} streams opened and abandoned; heap after round 1 ${(heap1 / 1048576).toFixed(1)} MiB, after round 3 ${(heap3 / 1048576).toFixed(1)} MiB`,
    );
    expect(failures).toEqual([]);
    expect(opened2 + opened3).toBeGreaterThanOrEqual(1000);
    expect(growth).toBeLessThan(6 * 1024 * 1024);
    for (const s of steps) await endStep(stack.url, s.path);
  }, 90000);
});
