/**
 * The client library, StepWriter, through nginx with real Redis (issue 18): batching, flush(),
 * the line being written shown live, and what it does with each refusal the contract names:
 * 409 with a gap, 409 ended, 413.
 */
import { EventSource } from "eventsource";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StepWriter, StepWriterError } from "../../client/step-writer.ts";
import { endStep, startProducer, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";

let stack: LocalStack;
const closers: (() => unknown)[] = [];

beforeAll(async () => {
  stack = await startTestStack({ relays: 1 });
});
afterAll(async () => {
  for (const close of closers) await close();
  await stopAllStacks();
});

function writer(path: string, options: Partial<ConstructorParameters<typeof StepWriter>[0]> = {}, base = stack.url): StepWriter {
  const w = new StepWriter({ url: `${base}${path}`, ...options });
  closers.push(() => w.close());
  return w;
}

const rawLog = async (path: string) => (await fetch(`${stack.url}${path}/logs`)).text();
const numbered = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `line ${from + i}`);

describe("StepWriter", () => {
  it("a chatty command costs one append per interval, not one per line", async () => {
    const step = uniqueStep();
    const w = writer(step.path);
    const started = Date.now();
    for (let i = 1; i <= 6000; i += 60) {
      for (let j = i; j < i + 60; j++) w.write(`line ${j}\n`); // a write per line, as a line-buffered command does
      await new Promise((r) => setTimeout(r, 10));
    }
    const report = await w.end("success");
    const elapsed = Date.now() - started;
    expect(report).toMatchObject({ ok: true, status: "success", lastLine: 6000, outputLines: 6000 });
    expect((await rawLog(step.path)).split("\n").slice(0, -1)).toEqual(numbered(1, 6000));
    // a probe, the end, and at most one append per 200 ms (plus the one the end flushes)
    const appends = w.stats.requests - 2;
    console.info(`6 000 lines written one by one over ${elapsed} ms: ${appends} appends`);
    expect(appends).toBeLessThanOrEqual(Math.ceil(elapsed / 200) + 1);
  });

  it("flush() sends what waits at once and resolves with the step's last line once stored: one append per call", async () => {
    const step = uniqueStep();
    const w = writer(step.path, { firstLine: 1, flushIntervalMs: 60_000 });
    w.write("a\nb\nc\n");
    expect(await w.flush()).toBe(3);
    w.write("d\nhalf");
    expect(await w.flush()).toBe(4); // a line without its newline waits for it
    expect(w.stats.requests).toBe(2);
    expect(await rawLog(step.path)).toBe("a\nb\nc\nd\n");
    expect(await w.end("failure")).toMatchObject({ ok: true, status: "failure", lastLine: 5 });
    expect(await rawLog(step.path)).toBe("a\nb\nc\nd\nhalf\n");
  });

  it("shows the line being written live (event: partial) and stores it once, whole, when its newline comes", async () => {
    const step = uniqueStep();
    const partials: { n: number; line: string }[] = [];
    const es = new EventSource(`${stack.url}${step.path}/logs/events`);
    closers.push(() => es.close());
    es.addEventListener("partial", (e) => partials.push(JSON.parse(e.data)));
    await waitFor(() => es.readyState === EventSource.OPEN, "the stream open");
    const w = writer(step.path);
    w.write("$ npm ci\n[#    ]  20%\r");
    await waitFor(() => partials.some((p) => p.line === "[#    ]  20%\r"), "the line's first state, live");
    w.write("[###  ]  60%\r");
    await waitFor(() => partials.some((p) => p.line === "[#    ]  20%\r[###  ]  60%\r"), "its next state");
    w.write("[#####] 100%\ndone\n");
    expect(await w.end()).toMatchObject({ ok: true, lastLine: 3 });
    expect(await rawLog(step.path)).toBe("$ npm ci\n[#    ]  20%\r[###  ]  60%\r[#####] 100%\ndone\n");
    expect(partials.every((p) => p.n === 2)).toBe(true);
  });

  it("masks the values given to secrets() in every line written after the call", async () => {
    const step = uniqueStep();
    const w = writer(step.path);
    w.secrets(["tok-12345-abcde"]);
    w.write("the token is tok-12345-abcde\n");
    expect(await w.end()).toMatchObject({ ok: true });
    expect(await rawLog(step.path)).toBe("the token is ***\n");
  });

  it("409 ended: another client ended the step; the writer stops and says exactly which lines were not stored", async () => {
    const step = uniqueStep();
    const w = writer(step.path);
    w.write(numbered(1, 10).join("\n") + "\n");
    expect(await w.flush()).toBe(10);
    await endStep(stack.url, step.path, "canceled");
    w.write(numbered(11, 15).join("\n") + "\n");
    await expect(w.flush()).rejects.toBeInstanceOf(StepWriterError);
    const report = await w.end("success");
    expect(report).toMatchObject({ ok: false, lastLine: 10, outputLines: 15, notStored: { first: 11, last: 15 } });
    expect(report.error).toMatch(/ended by another client/);
  });

  it("413: a producer taking small bodies only: batches shrink until they fit, nothing lost or doubled", async () => {
    const producer = await startProducer({ dir: stack.dir, redisUrl: stack.redis.url, env: { LOG_LEVEL: "warn", MAX_BODY_BYTES: "4096" } });
    closers.push(() => producer.stop());
    const step = uniqueStep();
    const w = writer(step.path, {}, `http://127.0.0.1:${producer.port}`); // straight to it: nginx sends POSTs to the stack's own
    w.write(numbered(1, 3000).join("\n") + "\n");
    expect(await w.end()).toMatchObject({ ok: true, lastLine: 3000 });
    expect((await rawLog(step.path)).split("\n").slice(0, -1)).toEqual(numbered(1, 3000));
  });

  // last: it empties Redis under the other tests
  it("409 with a gap: Redis lost lines it had acknowledged; the writer goes on after what the step holds and says which were lost", async () => {
    const step = uniqueStep();
    const w = writer(step.path);
    w.write(numbered(1, 100).join("\n") + "\n");
    expect(await w.flush()).toBe(100);
    await stack.redis.stop("SIGKILL"); // no append-only file: its data is gone
    await stack.redis.restart();
    w.write(numbered(101, 150).join("\n") + "\n");
    const report = await w.end("success");
    expect(report).toMatchObject({ ok: false, status: "success", lastLine: 50, lost: [{ first: 1, last: 100 }] });
    expect(report.notStored).toBeUndefined();
    expect((await rawLog(step.path)).split("\n").slice(0, -1)).toEqual(numbered(101, 150));
  });
});
