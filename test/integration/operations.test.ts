/**
 * What an operator relies on: a bad setting stops a process at start, readiness follows Redis,
 * and the metrics count exactly what was sent and delivered.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, endStep, lines, metric, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { Viewer } from "../support/sse.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Runs a service with `env` until it exits (or 15 s pass) and returns its exit code and output. */
function runUntilExit(main: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, main)], {
      env: { PATH: process.env.PATH, PORT: "0", HOST: "127.0.0.1", REDIS_URL: "redis://127.0.0.1:1", ...env },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 15000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("a bad setting stops the process at start, naming the variable", () => {
  const cases: [string, Record<string, string>, string][] = [
    ["relay/main.ts", { HEARTBEAT_MS: "soon" }, "HEARTBEAT_MS"],
    ["relay/main.ts", { MAX_BUFFER_BYTES: "12" }, "MAX_BUFFER_BYTES"],
    ["relay/main.ts", { REDIS_URL: "http://example" }, "REDIS_URL"],
    ["producer/main.ts", { MAX_LINE_BYTES: "-5" }, "MAX_LINE_BYTES"],
    ["producer/main.ts", { STEP_TTL_SECONDS: "1d" }, "STEP_TTL_SECONDS"],
    ["producer/main.ts", { DEMO: "maybe" }, "DEMO"],
  ];
  for (const [main, env, variable] of cases) {
    it(`${main.split("/")[0]}: ${variable}=${Object.values(env)[0]}`, async () => {
      const { code, output } = await runUntilExit(main, env);
      expect(code).not.toBe(0);
      expect(code).not.toBe(null); // exited by itself, not killed at the timeout
      const failure = output.split("\n").find((l) => l.includes("failed to start"));
      expect(failure, output).toBeDefined();
      expect(JSON.parse(failure!).err).toContain(variable);
    }, 20000);
  }
});

describe("with a stack", () => {
  let stack: LocalStack;
  const viewers: Viewer[] = [];
  beforeAll(async () => {
    stack = await startTestStack({ relays: 1 });
  });
  afterAll(async () => {
    for (const v of viewers) v.close();
    await stopAllStacks();
  });
  const relayUrl = () => `http://127.0.0.1:${stack.relays[0].port}`;
  const producerUrl = () => `http://127.0.0.1:${stack.producer.port}`;

  it("counts in logrelay_lines_delivered_total and the producer's metrics exactly what was sent", async () => {
    const step = uniqueStep();
    const [delivered0, appended0, bytes0] = await Promise.all([
      metric(relayUrl(), "logrelay_lines_delivered_total"),
      metric(producerUrl(), "logrelay_lines_appended_total"),
      metric(producerUrl(), "logrelay_bytes_appended_total"),
    ]);
    const early = new Viewer(`${stack.url}${step.path}/logs/events`);
    viewers.push(early);
    await waitFor(() => early.opens === 1, "a viewer before the first line");
    const sent = [...lines(1, 40), "é ✓ 𝄞", ""]; // multi-byte characters and an empty line count as sent
    await appendLines(stack.url, step.path, sent.slice(0, 20).join("\n") + "\n");
    await appendLines(stack.url, step.path, sent.slice(20).join("\n") + "\n");
    await waitFor(() => early.lastNumber === sent.length, "every line live");
    const late = new Viewer(`${stack.url}${step.path}/logs/events`); // the same lines as backlog
    viewers.push(late);
    await waitFor(() => late.lastNumber === sent.length, "every line from the backlog");
    await endStep(stack.url, step.path);
    await waitFor(() => early.ended !== undefined && late.ended !== undefined, "both ended");
    expect(await metric(relayUrl(), "logrelay_lines_delivered_total")).toBe(delivered0 + 2 * sent.length);
    expect(await metric(producerUrl(), "logrelay_lines_appended_total")).toBe(appended0 + sent.length);
    expect(await metric(producerUrl(), "logrelay_bytes_appended_total")).toBe(bytes0 + sent.reduce((n, l) => n + Buffer.byteLength(l), 0));
  });

  it("turns /readyz 503 on each service while Redis is unreachable, and 200 again after", async () => {
    const ready = async (url: string) =>
      await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
        (r) => r.status,
        () => 0,
      );
    expect(await ready(relayUrl())).toBe(200);
    expect(await ready(producerUrl())).toBe(200);
    await stack.redis.stop("SIGKILL");
    await waitFor(async () => (await ready(relayUrl())) === 503, "the relay's readyz 503", 10000);
    await waitFor(async () => (await ready(producerUrl())) === 503, "the producer's readyz 503", 10000);
    for (const url of [relayUrl(), producerUrl()]) expect((await fetch(`${url}/healthz`)).status).toBe(200); // the process is up
    await stack.redis.restart();
    await waitFor(async () => (await ready(relayUrl())) === 200 && (await ready(producerUrl())) === 200, "both ready again", 15000);
  }, 40000);
});
