/**
 * Promises of docs/api.md that no other test checked (issue 16), through nginx with real Redis:
 * settings wired from the environment (RETRY_MS, BACKLOG_PAGE_BYTES, INSTANCE_ID, the JWT's
 * issuer and audience), the metrics the page lists, the limits of /api/steps and of secrets,
 * charset=us-ascii, `partial` withheld during a backlog, the build stream's headers and
 * heartbeats and its snapshot after a Redis reconnect, a draining relay's 503, and nginx's 502.
 */
import { readFileSync } from "node:fs";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, metric, startRelay, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { buildRequest, rawRequest } from "../support/raw-http.ts";
import { rawStream } from "../support/sse.ts";
import { startUpload, type Upload } from "../support/upload.ts";

const RETRY_MS = 2500;
const PAGE_BYTES = 2048;
const JWT_SECRET = "contract-test-secret-0123456789abcdef";

let stack: LocalStack;
const cleanup: (() => unknown)[] = [];

beforeAll(async () => {
  stack = await startTestStack({
    relays: 1,
    persistence: true,
    relayEnv: { RETRY_MS: String(RETRY_MS), BACKLOG_PAGE_BYTES: String(PAGE_BYTES), HEARTBEAT_MS: "400", LOG_LEVEL: "info" },
  });
});
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
  await stopAllStacks();
});

const relayUrl = () => `http://127.0.0.1:${stack.relays[0].port}`;
const producerUrl = () => `http://127.0.0.1:${stack.producer.port}`;

/** The events of a raw SSE text: comments, retry and data frames, in order. */
function frames(text: string): { event?: string; data?: string; retry?: string; comment?: boolean }[] {
  return text
    .split("\n\n")
    .slice(0, -1)
    .map((frame) => {
      const out: { event?: string; data?: string; retry?: string; comment?: boolean } = {};
      for (const line of frame.split("\n")) {
        if (line.startsWith(":")) out.comment = true;
        else if (line.startsWith("event: ")) out.event = line.slice(7);
        else if (line.startsWith("data: ")) out.data = line.slice(6);
        else if (line.startsWith("retry: ")) out.retry = line.slice(7);
      }
      return out;
    });
}

describe("settings wired from the environment", () => {
  it("RETRY_MS is the stream's first field", async () => {
    const s = uniqueStep();
    const res = await rawStream(`${stack.url}${s.path}/logs/events`, {}, 500);
    expect(res.text.startsWith(`retry: ${RETRY_MS}\n\n`)).toBe(true);
  });

  it("BACKLOG_PAGE_BYTES bounds one backlog read: a backlog comes in events of at most that many bytes of lines", async () => {
    const s = uniqueStep();
    const line = (i: number) => `line ${String(i).padStart(5, "0")} `.padEnd(100, "x");
    await appendLines(stack.url, s.path, Array.from({ length: 200 }, (_, i) => line(i + 1)).join("\n"));
    const res = await rawStream(`${stack.url}${s.path}/logs/events`, {}, 1500);
    const batches = frames(res.text)
      .filter((f) => f.data && !f.event)
      .map((f) => (JSON.parse(f.data!) as { lines: string[] }).lines);
    expect(batches.flat()).toEqual(Array.from({ length: 200 }, (_, i) => line(i + 1)));
    // 20 000 bytes of lines in pages of 2 048: about ten events, none over one page (one line may pass it)
    expect(batches.length).toBeGreaterThanOrEqual(9);
    for (const b of batches) expect(b.join("").length).toBeLessThanOrEqual(PAGE_BYTES + 100);
  });

  it("INSTANCE_ID names the relay in its log lines", async () => {
    // startRelay sets INSTANCE_ID to the relay's name (relay1)
    const log = readFileSync(stack.relays[0].logFile, "utf8").split("\n").filter(Boolean);
    expect(log.length).toBeGreaterThan(0);
    expect(log.every((l) => (JSON.parse(l) as { instance?: string }).instance === "relay1")).toBe(true);
  });

  it("AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE are required of a viewer token when set", async () => {
    const relay = await startRelay({
      dir: stack.dir,
      redisUrl: stack.redis.url,
      name: "relay-iss",
      env: { LOG_LEVEL: "warn", AUTH_JWT_SECRET: JWT_SECRET, AUTH_JWT_ISSUER: "https://ci.example.com", AUTH_JWT_AUDIENCE: "logrelay" },
    });
    cleanup.push(() => relay.stop());
    const s = uniqueStep();
    await appendLines(stack.url, s.path, "x");
    const token = (claims: Record<string, string>) =>
      new SignJWT({ logs: ["*"], ...claims }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(JWT_SECRET));
    const status = async (t: string) => {
      const res = await fetch(`http://127.0.0.1:${relay.port}${s.path}/logs`, { headers: { Authorization: `Bearer ${t}` } });
      await res.body?.cancel();
      return res.status;
    };
    expect(await status(await token({}))).toBe(401);
    expect(await status(await token({ iss: "https://ci.example.com" }))).toBe(401);
    expect(await status(await token({ aud: "logrelay" }))).toBe(401);
    expect(await status(await token({ iss: "https://evil.example.com", aud: "logrelay" }))).toBe(401);
    expect(await status(await token({ iss: "https://ci.example.com", aud: "other" }))).toBe(401);
    expect(await status(await token({ iss: "https://ci.example.com", aud: "logrelay" }))).toBe(200);
  });
});

describe("metrics the contract lists", () => {
  it("producer: logrelay_request_errors_total by status, logrelay_append_seconds per append", async () => {
    const errors = (status: number) => metric(producerUrl(), `logrelay_request_errors_total{status="${status}"}`);
    const [e415, e400, appends] = [await errors(415), await errors(400), await metric(producerUrl(), "logrelay_append_seconds_count")];
    const s = uniqueStep();
    expect((await appendLines(stack.url, s.path, "x", { "Content-Type": "application/json" })).status).toBe(415);
    expect((await appendLines(stack.url, s.path, "x", { "Logrelay-First-Line": "zero" })).status).toBe(400);
    expect((await appendLines(stack.url, s.path, "a\nb\n")).status).toBe(200); // one body in one chunk: one append
    expect(await errors(415), "415s").toBe(e415 + 1);
    expect(await errors(400), "400s").toBe(e400 + 1);
    expect(await metric(producerUrl(), "logrelay_append_seconds_count"), "appends timed").toBe(appends + 1);
  });

  it("relay: logrelay_append_to_write_seconds per live write, logrelay_resyncs_total per gap filled", async () => {
    const s = uniqueStep();
    const writes = await metric(relayUrl(), "logrelay_append_to_write_seconds_count");
    const resyncs = await metric(relayUrl(), "logrelay_resyncs_total");
    const open = rawStream(`${stack.url}${s.path}/logs/events`, {}, 2500);
    await new Promise((r) => setTimeout(r, 300));
    await appendLines(stack.url, s.path, "one");
    await waitFor(async () => (await metric(relayUrl(), "logrelay_append_to_write_seconds_count")) > writes, "a live write timed");
    // a gap in live numbers: line 2 stored without its message, then line 3 published
    const { Redis } = await import("ioredis");
    const { stepKeys } = await import("../../common/contract.ts");
    const redis = new Redis(stack.redis.url);
    await redis.multi().rpush(stepKeys(s).lines, "two").hset(stepKeys(s).meta, "last", 2).exec();
    redis.disconnect();
    await appendLines(stack.url, s.path, "three");
    await waitFor(async () => (await metric(relayUrl(), "logrelay_resyncs_total")) === resyncs + 1, "one re-sync");
    const lines = frames((await open).text)
      .filter((f) => f.data && !f.event)
      .flatMap((f) => (JSON.parse(f.data!) as { lines: string[] }).lines);
    expect(lines).toEqual(["one", "two", "three"]);
  });
});

describe("limits", () => {
  it("/api/steps: limit 1 to 200, default 50; anything else 400 JSON", async () => {
    await Promise.all(Array.from({ length: 51 }, () => appendLines(stack.url, uniqueStep().path, "x")));
    const count = async (query: string) => {
      const res = await fetch(`${stack.url}/api/steps${query}`);
      return res.status === 200 ? ((await res.json()) as { steps: unknown[] }).steps.length : res.status;
    };
    expect(await count("")).toBe(50);
    expect(await count("?limit=1")).toBe(1);
    expect(await count("?limit=200")).toBeGreaterThanOrEqual(51);
    for (const bad of ["0", "201", "-1", "1.5", "abc", ""]) {
      const res = await rawRequest(stack.nginx.port, buildRequest("GET", `/api/steps?limit=${bad}`));
      expect(res.status, `limit=${bad}`).toBe(400);
      expect(JSON.parse(res.body)).toEqual({ error: expect.any(String) });
    }
  });

  it("secrets: 1 000 values per build, the next one refused with 400 and nothing added; values it holds can be registered again", async () => {
    const s = uniqueStep();
    const url = `${stack.url}/${s.org}/${s.repo}/builds/${s.build}/secrets`;
    const register = async (values: string[]) => {
      const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ values }) });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    };
    for (let call = 0; call < 10; call++) {
      const values = Array.from({ length: 100 }, (_, i) => `secret-${call}-${i}-value`);
      expect(await register(values)).toEqual({ status: 200, json: { registered: 100, total: (call + 1) * 100 } });
    }
    const over = await register(["one-more-secret"]);
    expect(over.status).toBe(400);
    expect(over.json.error).toMatch(/1000/);
    // a runner registering its values again (every step does) is not refused at the most; a new one among them still is
    expect(await register(["secret-3-7-value", "secret-9-99-value", "secret-3-7-value"])).toEqual({ status: 200, json: { registered: 2, total: 1000 } });
    expect((await register(["secret-3-7-value", "one-more-secret"])).status).toBe(400);
  });
});

describe("appends", () => {
  it("take text/plain; charset=us-ascii", async () => {
    const s = uniqueStep();
    const res = await appendLines(stack.url, s.path, "plain ascii\n", { "Content-Type": "text/plain; charset=us-ascii" });
    expect(res).toEqual({ status: 200, json: { appended: 1, first: 1, last: 1 } });
  });
});

describe("event: partial", () => {
  it("is withheld from a viewer still replaying its backlog: it comes only after the line before it", { timeout: 60_000 }, async () => {
    const s = uniqueStep();
    const line = (i: number) => `line ${String(i).padStart(5, "0")} `.padEnd(100, "x");
    const total = 20_000;
    for (let from = 1; from <= total; from += 5000)
      await appendLines(stack.url, s.path, Array.from({ length: 5000 }, (_, i) => line(from + i)).join("\n") + "\n");
    const u: Upload = startUpload(`${stack.url}${s.path}/logs`);
    cleanup.push(() => u.destroy());
    let progress = 0;
    const ticking = setInterval(() => void u.write(`${progress++}%\r`).catch(() => undefined), 20);
    cleanup.push(() => clearInterval(ticking));
    await new Promise((r) => setTimeout(r, 200));
    // 2 MB of backlog in pages of 2 048: the viewer replays ~1 000 pages while partials come (~10 a second)
    // read until the backlog is in and two partials came after it (20 s at most on a loaded machine)
    const ctl = new AbortController();
    const res = await fetch(`${stack.url}${s.path}/logs/events`, { signal: ctl.signal });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    let held = 0;
    let partials = 0;
    const early: string[] = [];
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !(held === total && partials >= 2)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (text.lastIndexOf("\n\n") < 0) continue;
      const cut = text.lastIndexOf("\n\n") + 2;
      for (const f of frames(text.slice(0, cut))) {
        if (f.data && !f.event) {
          const { n, lines } = JSON.parse(f.data) as { n: number; lines: string[] };
          held = n + lines.length - 1;
        } else if (f.event === "partial") {
          partials++;
          const { n } = JSON.parse(f.data!) as { n: number };
          if (n !== held + 1) early.push(`partial for ${n} while holding ${held}`);
        }
      }
      text = text.slice(cut);
    }
    ctl.abort();
    clearInterval(ticking);
    expect(held).toBe(total);
    expect(partials).toBeGreaterThan(0);
    expect(early).toEqual([]);
  });
});

// last: these restart Redis and stop relays
describe("the build stream", () => {
  it("has a stream's headers, retry and heartbeats, and sends a fresh snapshot after a Redis reconnect", { timeout: 60_000 }, async () => {
    const s = uniqueStep();
    const buildPath = `/${s.org}/${s.repo}/builds/${s.build}`;
    await appendLines(stack.url, s.path, "a\nb");
    const ctl = new AbortController();
    cleanup.push(() => ctl.abort());
    const res = await fetch(`${stack.url}${buildPath}/events`, { signal: ctl.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("x-accel-buffering")).toBe("no");
    let text = "";
    const reader = res.body!.getReader();
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        text += new TextDecoder().decode(value);
      }
    })();
    const snapshots = () => frames(text).filter((f) => f.event === "steps").length;
    await waitFor(() => snapshots() === 1 && frames(text).some((f) => f.comment), "the snapshot and a heartbeat (HEARTBEAT_MS 400)");
    expect(frames(text)[0].retry).toBe(String(RETRY_MS));
    expect(JSON.parse(frames(text).find((f) => f.event === "steps")!.data!)).toMatchObject({ steps: [{ step: s.step, lines: 2 }] });

    await stack.redis.stop("SIGTERM");
    await stack.redis.restart();
    await waitFor(() => snapshots() === 2, "a second snapshot after Redis came back", 30_000);
    expect(JSON.parse(frames(text).filter((f) => f.event === "steps")[1].data!)).toMatchObject({ steps: [{ step: s.step, lines: 2 }] });
  });
});

describe("refusals at the edges", () => {
  it("a draining relay answers 503 + Retry-After and counts it as draining", { timeout: 60_000 }, async () => {
    const relay = await startRelay({ dir: stack.dir, redisUrl: stack.redis.url, name: "relay-drain", env: { LOG_LEVEL: "warn", SHUTDOWN_GRACE_MS: "6000" } });
    cleanup.push(() => relay.stop());
    const base = `http://127.0.0.1:${relay.port}`;
    const s = uniqueStep();
    // open streams keep it draining for half the grace
    const open = Array.from({ length: 5 }, () => rawStream(`${base}${s.path}/logs/events`, {}, 10_000));
    await waitFor(async () => (await metric(base, "logrelay_sse_connections")) === 5, "five streams open");
    relay.child.kill("SIGTERM");
    let refusal: Response | undefined;
    await waitFor(async () => {
      refusal = await fetch(`${base}${s.path}/logs/events`);
      if (refusal.status === 200) await refusal.body?.cancel();
      return refusal.status === 503;
    }, "a new stream refused while draining");
    expect(refusal!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refusal!.json()).toEqual({ error: expect.stringMatching(/shutting down/) });
    expect(await metric(base, 'logrelay_sse_rejected_total{reason="draining"}')).toBeGreaterThanOrEqual(1);
    await relay.exited;
    await Promise.all(open);
  });

  it("nginx answers 502 JSON with Retry-After when no relay answers", async () => {
    for (const r of stack.relays) await r.stop("SIGKILL");
    const s = uniqueStep();
    for (const path of [`${s.path}/logs/events`, `${s.path}/logs`, "/api/steps"]) {
      const res = await rawRequest(stack.nginx.port, buildRequest("GET", path));
      expect(res.status, path).toBe(502);
      expect(res.headers["retry-after"]).toBe("1");
      expect(res.headers["content-type"]).toMatch(/^application\/json/);
      expect(JSON.parse(res.body)).toEqual({ error: expect.stringMatching(/retry/) });
    }
  });
});
