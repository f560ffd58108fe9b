/**
 * Limits and bad input: MAX_CONNECTIONS per relay, nginx's per-client connection limit, body
 * and line limits on ingest, header and path limits in nginx, garbage in the path, in
 * Last-Event-ID, in the body and in headers, and a client that sends its request byte by byte.
 * Each gets a clear 4xx (JSON from our services) or is cut off, and every process stays healthy.
 */
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, metric, startRelay, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { Viewer } from "../support/sse.ts";
import { buildRequest, rawRequest } from "../support/raw-http.ts";
import { startUpload } from "../support/upload.ts";

const MAX_BODY = 65536;
const MAX_LINE = 64;

let stack: LocalStack;
const cleanup: (() => unknown)[] = [];

beforeAll(async () => {
  stack = await startTestStack({ relays: 2, producerEnv: { MAX_BODY_BYTES: String(MAX_BODY), MAX_LINE_BYTES: String(MAX_LINE) } });
});
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
  await stopAllStacks();
});

/** An open SSE response, read as it comes; close() ends it; ended() says whether and how it ended before. */
async function openStream(url: string): Promise<{ status: number; headers: Headers; body: string; close(): void; ended(): string | undefined }> {
  const abort = new AbortController();
  const res = await fetch(url, { signal: abort.signal });
  const stream = res.headers.get("content-type")?.startsWith("text/event-stream") === true;
  const body = stream ? "" : await res.text();
  let closed = false;
  let ended: string | undefined;
  if (stream)
    void (async () => {
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) void chunk;
        ended = "the server ended it";
      } catch (err) {
        if (!closed) ended = `it failed: ${(err as Error).message}`;
      }
    })();
  const close = () => ((closed = true), abort.abort());
  cleanup.push(close);
  return { status: res.status, headers: res.headers, body, close, ended: () => ended };
}

function expectJsonError(res: { status: number; body: string }, status: number): void {
  expect(res.status, res.body).toBe(status);
  expect(JSON.parse(res.body)).toEqual({ error: expect.any(String) });
}

async function allHealthy(): Promise<void> {
  for (const p of [stack.producer, ...stack.relays]) expect(p.running, `${p.name} is running`).toBe(true);
  for (const port of [stack.producer.port, ...stack.relays.map((r) => r.port), stack.nginx.port]) {
    expect((await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) })).status).toBe(200);
  }
}

/** A 4xx from nginx itself is its own page; one that went through to our services is JSON. */
/** A refusal from a service or from nginx itself (no X-Request-Id): JSON either way. */
function expectRefusal(res: { status: number; body: string; headers: Record<string, string> }, status: number): void {
  expectJsonError(res, status);
  expect(res.headers["content-type"]).toMatch(/^application\/json/);
}

describe("connection limits", () => {
  it("answers 503 with Retry-After past MAX_CONNECTIONS on a relay, and admits again once one leaves", async () => {
    const relay = await startRelay({ dir: stack.dir, redisUrl: stack.redis.url, name: "relay-max2", env: { LOG_LEVEL: "warn", MAX_CONNECTIONS: "2" } });
    cleanup.push(() => relay.stop());
    const base = `http://127.0.0.1:${relay.port}`;
    const step = uniqueStep();
    const url = `${base}${step.path}/logs/events`;
    const a = await openStream(url);
    const b = await openStream(url);
    expect([a.status, b.status]).toEqual([200, 200]);
    const third = await openStream(url);
    expectJsonError(third, 503);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await metric(base, "logrelay_sse_rejected_total")).toBe(1);
    a.close();
    await waitFor(async () => (await metric(base, "logrelay_sse_connections")) === 1, "the gauge to drop to 1");
    const fourth = await openStream(url);
    expect(fourth.status).toBe(200);
    // health is not a stream and is never refused
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    b.close();
    fourth.close();
  });

  it("limits one client address to 256 open streams in nginx (429), the others unaffected", async () => {
    const step = uniqueStep();
    const url = `${stack.url}${step.path}/logs/events`;
    const open = await Promise.all(Array.from({ length: 256 }, () => openStream(url)));
    expect(open.every((s) => s.status === 200)).toBe(true);
    const over = await openStream(url);
    const gone = open.flatMap((s, i) => (s.ended() ? [`stream ${i}: ${s.ended()}`] : []));
    expect(over.status, `the 257th; of the 256 before it ${gone.length} had ended: ${gone.join("; ")}`).toBe(429);
    expect(over.headers.get("retry-after")).toBe("5");
    expect(JSON.parse(over.body)).toEqual({ error: "too many open streams or uploads from this address" });
    for (const s of open) s.close();
    await waitFor(async () => (await openStream(url).then((s) => (s.close(), s.status))) === 200, "a stream to be admitted again");
  });
});

describe("ingest limits", () => {
  it("answers 413 to a Content-Length over MAX_BODY_BYTES and stores nothing", async () => {
    const step = uniqueStep();
    const body = "x".repeat(40) + "\n";
    const res = await rawRequest(
      stack.nginx.port,
      buildRequest("POST", `${step.path}/logs`, { "Content-Type": "text/plain" }, body.repeat(Math.ceil((MAX_BODY + 1) / body.length))),
    );
    expectJsonError(res, 413);
    expect(await appendLines(stack.url, step.path, "first\n")).toEqual({ status: 200, json: { appended: 1, first: 1, last: 1 } });
  });

  it("answers 413 to a chunked upload passing MAX_BODY_BYTES, with the lines stored before the limit", async () => {
    const step = uniqueStep();
    const upload = startUpload(`${stack.url}${step.path}/logs`);
    cleanup.push(() => upload.destroy());
    const line = "y".repeat(31) + "\n"; // 32 bytes
    await upload.write(line.repeat(1000)); // 32000 bytes: stored
    const viewer = new Viewer(`${stack.url}${step.path}/logs/events`);
    cleanup.push(() => viewer.close());
    await waitFor(() => viewer.lastNumber === 1000, "the first 1000 lines");
    for (let i = 0; i < 4; i++) await upload.write(line.repeat(1000)).catch(() => undefined);
    const answer = await upload.answered;
    expect(answer.status).toBe(413);
    expect(answer.json).toMatchObject({ error: expect.stringMatching(/MAX_BODY_BYTES/), last: expect.any(Number) });
    expect(answer.json.last).toBe(Math.floor(MAX_BODY / 32)); // every whole line before the limit, however the body was chunked
    await waitFor(() => viewer.lastNumber === answer.json.last, "every stored line to be relayed");
  });

  it("answers 413 with the step's real last line, so a retry from last + 1 loses nothing", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, "a\nb\nc\n");
    const upload = startUpload(`${stack.url}${step.path}/logs`);
    cleanup.push(() => upload.destroy());
    await upload.write("z".repeat(MAX_BODY + 100)).catch(() => undefined);
    const answer = await upload.answered;
    expect(answer.status).toBe(413);
    expect(answer.json.last).toBe(3 + Number(answer.json.appended)); // the step's own count, not this request's
  });

  it("splits a line over MAX_LINE_BYTES at character boundaries, losing nothing", async () => {
    const step = uniqueStep();
    const long = "é€😀abc".repeat(20); // 2+3+4+3 bytes each: cuts would land inside characters
    expect((await appendLines(stack.url, step.path, `${long}\nshort\n`)).status).toBe(200);
    const viewer = new Viewer(`${stack.url}${step.path}/logs/events`);
    cleanup.push(() => viewer.close());
    await waitFor(() => viewer.texts.at(-1) === "short", "all lines");
    const pieces = viewer.texts.slice(0, -1);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(Buffer.byteLength(p)).toBeLessThanOrEqual(MAX_LINE);
      expect(p).not.toContain("\uFFFD");
    }
    expect(pieces.join("")).toBe(long);
  });
});

describe("header and path limits in nginx", () => {
  it("refuses an oversized header and too many header bytes with 400 from nginx", async () => {
    const step = uniqueStep();
    const big = await rawRequest(stack.nginx.port, buildRequest("GET", `${step.path}/logs/events`, { "X-Big": "a".repeat(20_000) }));
    expectRefusal(big, 400);
    const many: Record<string, string> = {};
    for (let i = 0; i < 8; i++) many[`X-H${i}`] = "b".repeat(12_000);
    expectRefusal(await rawRequest(stack.nginx.port, buildRequest("GET", `${step.path}/logs/events`, many)), 400);
    const cookie = await rawRequest(stack.nginx.port, buildRequest("POST", `${step.path}/logs`, { Cookie: "c".repeat(20_000) }, "x\n"));
    expectRefusal(cookie, 400);
  });

  it("refuses a very long path with 414", async () => {
    const res = await rawRequest(stack.nginx.port, buildRequest("GET", `/acme/${"r".repeat(20_000)}/builds/1/steps/1/logs/events`));
    expectRefusal(res, 414);
    expectRefusal(await rawRequest(stack.nginx.port, buildRequest("POST", `/acme/${"r".repeat(20_000)}/builds/1/steps/1/logs`, {}, "x\n")), 414);
    // and nginx's other refusals: a method it never proxies, a body it will not take
    expectRefusal(await rawRequest(stack.nginx.port, buildRequest("TRACE", "/")), 405);
    expectRefusal(await rawRequest(stack.nginx.port, buildRequest("PUT", "/acme/app/builds/1/steps/1/logs", {}, "x".repeat(2_000_000))), 413);
    expectRefusal(await rawRequest(stack.nginx.port, buildRequest("GET", "/assets/no-such-file.js")), 404);
    // a known path with a method it does not take: 405 from the relay, naming the one it does
    const put = await rawRequest(stack.nginx.port, buildRequest("PUT", "/acme/app/builds/1/steps/1/logs/events", {}, "x"));
    expectRefusal(put, 405);
    expect(put.headers.allow).toBe("GET");
  });
});

describe("garbage in", () => {
  const badPaths = [
    "/acme/%ZZ/builds/1/steps/1",
    "/acme/re%00po/builds/1/steps/1",
    "/acme/re%20po/builds/1/steps/1",
    "/ac%2Fme/repo/builds/1/steps/1",
    "/acme/%E2%82/builds/1/steps/1",
    `/${"o".repeat(101)}/repo/builds/1/steps/1`,
    "/acme/repo/builds/0/steps/1",
    "/acme/repo/builds/-1/steps/1",
    "/acme/repo/builds/01/steps/1",
    "/acme/repo/builds/1.5/steps/1",
    "/acme/repo/builds/1e3/steps/1",
    "/acme/repo/builds/99999999999999999999/steps/1",
    "/acme/repo/builds/1/steps/abc",
    "/acme/repo/builds/1/steps/%F0%9F%98%80",
  ];

  it.each(badPaths)("answers 400 to the path %s: JSON from the relay and the producer", async (path) => {
    const relay = stack.relays[0].port;
    const producer = stack.producer.port;
    expectJsonError(await rawRequest(relay, buildRequest("GET", `${path}/logs/events`)), 400);
    expectJsonError(await rawRequest(producer, buildRequest("POST", `${path}/logs`, { "Content-Type": "text/plain" }, "x\n")), 400);
    expectJsonError(await rawRequest(producer, buildRequest("POST", `${path}/logs/end`, { "Content-Type": "application/json" }, "{}")), 400);
    // through nginx: the same, except that nginx itself refuses %00 and broken %-escapes
    expectRefusal(await rawRequest(stack.nginx.port, buildRequest("GET", `${path}/logs/events`)), 400);
    expectRefusal(await rawRequest(stack.nginx.port, buildRequest("POST", `${path}/logs`, { "Content-Type": "text/plain" }, "x\n")), 400);
  });

  it("answers 404 JSON to paths that are no route", async () => {
    for (const path of ["/nope", "/acme/repo/builds/1/steps/1/logs/events/extra", "/acme/repo/builds/1/steps/1"]) {
      expectJsonError(await rawRequest(stack.nginx.port, buildRequest("GET", path)), 404);
    }
  });

  it.each(["abc", "-1", "1.5", "1e3", "0x10", "99999999999999999999", "１２", "1,2", "%31"])("answers 400 JSON to Last-Event-ID %j", async (id) => {
    const step = uniqueStep();
    expectJsonError(await rawRequest(stack.nginx.port, buildRequest("GET", `${step.path}/logs/events`, { "Last-Event-ID": id })), 400);
    expectJsonError(await rawRequest(stack.nginx.port, buildRequest("GET", `${step.path}/logs/events?lastEventId=${encodeURIComponent(id)}`)), 400);
  });

  it("stores invalid UTF-8 as replacement characters and keeps serving", async () => {
    const step = uniqueStep();
    const body = Buffer.concat([
      Buffer.from("ok "),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(" half "),
      Buffer.from([0xe2, 0x82]),
      Buffer.from("\nsur "),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from("\n\0nul\x1b[31mred\n"),
    ]);
    const res = await rawRequest(stack.nginx.port, buildRequest("POST", `${step.path}/logs`, { "Content-Type": "text/plain; charset=utf-8" }, body));
    expect(res.status, res.body).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ appended: 3, first: 1, last: 3 });
    const viewer = new Viewer(`${stack.url}${step.path}/logs/events`);
    cleanup.push(() => viewer.close());
    await waitFor(() => viewer.lastNumber === 3, "three lines");
    expect(viewer.texts[0]).toBe("ok \uFFFD\uFFFD half \uFFFD");
    expect(viewer.texts[1]).toMatch(/^sur \uFFFD+$/);
    expect(viewer.texts[2]).toBe("\0nul\x1b[31mred");
  });

  it("answers 4xx JSON to bad headers on ingest", async () => {
    const step = uniqueStep();
    const post = (headers: Record<string, string>, body = "x\n") => rawRequest(stack.nginx.port, buildRequest("POST", `${step.path}/logs`, headers, body));
    expectJsonError(await post({ "Content-Type": "application/json" }), 415);
    expectJsonError(await post({ "Content-Type": "text/html; charset=utf-8" }), 415);
    expectJsonError(await post({ "Content-Type": "text/plainx" }), 415);
    expectJsonError(await post({ "Logrelay-First-Line": "abc" }), 400);
    expectJsonError(await post({ "Logrelay-First-Line": "0" }), 400);
    expectJsonError(
      await rawRequest(stack.nginx.port, buildRequest("POST", `${step.path}/logs/end`, { "Content-Type": "application/json" }, '{"status":')),
      400,
    );
    expectJsonError(
      await rawRequest(stack.nginx.port, buildRequest("POST", `${step.path}/logs/end`, { "Content-Type": "application/json" }, '{"status":"maybe"}')),
      400,
    );
    // an unknown method and a control byte in a header pass nginx; Node's parser refuses them, in JSON
    expectJsonError(await rawRequest(stack.nginx.port, buildRequest("FOO", `${step.path}/logs/events`)), 400);
    expectJsonError(
      await rawRequest(stack.relays[0].port, Buffer.from(`GET ${step.path}/logs/events HTTP/1.1\r\nHost: x\r\nX-Ctl: a\u0001b\r\nConnection: close\r\n\r\n`)),
      400,
    );
    // framing nginx itself refuses: a bad Content-Length, both framings at once, a header without a name
    for (const req of [
      buildRequest("POST", `${step.path}/logs`, { "Content-Length": "abc" }, "x\n"),
      buildRequest("POST", `${step.path}/logs`, { "Content-Length": "2", "Transfer-Encoding": "chunked" }, "x\n"),
      Buffer.from(`GET ${step.path}/logs/events HTTP/1.1\r\nHost: x\r\n: no-name\r\n\r\n`),
      Buffer.from(`GET ${step.path}/logs/events HTTP/1.1\r\nHost: x\r\nX-Ctl: a\u0001b\r\nConnection: close\r\n\r\n`),
    ]) {
      const res = await rawRequest(stack.nginx.port, req);
      expect(res.status, req.toString("latin1").slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    await allHealthy();
  });
});

describe("a bad request pipelined behind a stream", () => {
  it("closes the connection instead of writing an error into the open stream", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, "line 1\n");
    const socket = net.connect(stack.relays[0].port, "127.0.0.1");
    cleanup.push(() => socket.destroy());
    let received = "";
    socket.on("data", (d) => (received += d.toString("latin1")));
    socket.on("error", () => undefined);
    const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
    socket.write(`GET ${step.path}/logs/events HTTP/1.1\r\nHost: x\r\n\r\n`);
    await waitFor(() => received.includes('"lines":["line 1"]'), "the stream to start");
    socket.write("NOT A REQUEST\r\n\r\n");
    await closed;
    expect(received.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    expect(received).not.toContain('"error"');
    await allHealthy();
  });
});

describe("a client that sends its request byte by byte", () => {
  it("is cut off by nginx's client_header_timeout while every process keeps answering", { timeout: 45_000 }, async () => {
    const step = uniqueStep();
    const request = `GET ${step.path}/logs/events HTTP/1.1\r\nHost: x\r\nX-Slow: ${"z".repeat(200)}\r\n\r\n`;
    const started = Date.now();
    const sockets = Array.from({ length: 20 }, () => {
      const socket = net.connect(stack.nginx.port, "127.0.0.1");
      let i = 0;
      const drip = setInterval(() => {
        if (i < request.length && !socket.destroyed) socket.write(request[i++]);
      }, 250);
      const closedAt = new Promise<number>((resolve) => socket.on("close", () => (clearInterval(drip), resolve(Date.now() - started))));
      socket.on("error", () => undefined);
      cleanup.push(() => (clearInterval(drip), socket.destroy()));
      return closedAt;
    });
    // while they drip, everyone else is served
    await allHealthy();
    const s = uniqueStep();
    expect((await appendLines(stack.url, s.path, "still serving\n")).status).toBe(200);
    const closed = await Promise.all(sockets);
    // client_header_timeout is 15 s; the drip alone would take 60 s
    for (const ms of closed) expect(ms).toBeLessThan(25_000);
    await allHealthy();
  });
});
