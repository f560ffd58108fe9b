/**
 * The producer's append route runs on plain node:http for a step's canonical path and on express
 * for any other spelling (producer/append-route.ts). Both must answer alike: the same request
 * sent to the canonical path and to the same path with a query string (express's) gets the same
 * status, headers that matter, and body. Also: the route sheds appends past
 * MAX_APPENDS_IN_FLIGHT with 503 + Retry-After, storing nothing.
 */
import { Redis } from "ioredis";
import { stepKeys } from "../../common/contract.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, endStep, startTestStack, stopAllStacks, uniqueStep } from "../support/stack.ts";
import { rawRequest, type RawResponse } from "../support/raw-http.ts";
import { startUpload } from "../support/upload.ts";
import type { LocalStack } from "../support/stack.ts";

const TOKEN = "append-route-token-3c2e";
const AUTH = { Authorization: `Bearer ${TOKEN}` };
let stack: LocalStack;
let port: number;

beforeAll(async () => {
  stack = await startTestStack({ relays: 1, producerEnv: { PRODUCER_TOKEN: TOKEN, MAX_BODY_BYTES: "2048" } });
  port = stack.producer.port;
});
afterAll(() => stopAllStacks());

function post(path: string, headers: Record<string, string>, body = ""): Promise<RawResponse> {
  const head = Object.entries({ Host: "t", Connection: "close", "Content-Length": String(Buffer.byteLength(body)), ...headers })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("");
  return rawRequest(port, `POST ${path} HTTP/1.1\r\n${head}\r\n${body}`);
}

/** What two answers must share: status, body, and the headers a client acts on. */
function essence(res: RawResponse) {
  return {
    status: res.status,
    body: res.body === "" ? "" : JSON.parse(res.body),
    type: res.headers["content-type"],
    retryAfter: res.headers["retry-after"],
    wwwAuthenticate: res.headers["www-authenticate"],
    requestId: res.headers["x-request-id"] === undefined ? "none" : "set",
  };
}

/** Sends the same request on the canonical path (node:http) and with a query (express), each to a step of its own made by `setup`. */
async function both(setup: (path: string) => Promise<void>, request: (path: string) => Promise<RawResponse>, stepPath?: (p: string) => string) {
  const answers = [];
  for (const query of ["", "?via=express"]) {
    const step = uniqueStep();
    await setup(step.path);
    const path = stepPath ? stepPath(step.path) : `${step.path}/logs`;
    answers.push(essence(await request(`${path}${query}`)));
  }
  return answers;
}

const none = async () => undefined;
const TEXT = { "Content-Type": "text/plain", ...AUTH };

describe("the append route on node:http answers as express does", () => {
  // the status each got from express alone, before the route moved
  it.each([
    ["an append", TEXT, "one\ntwo\n", 200],
    ["an empty body", TEXT, "", 200],
    ["no Content-Type", AUTH, "x\n", 200],
    ["a charset", { ...AUTH, "Content-Type": "text/plain; charset=us-ascii" }, "x\n", 200],
    ["no token", { "Content-Type": "text/plain" }, "x\n", 401],
    ["a wrong token", { ...TEXT, Authorization: "Bearer nope" }, "x\n", 401],
    ["another content type", { ...AUTH, "Content-Type": "application/json" }, "{}", 415],
    ["another charset", { ...AUTH, "Content-Type": "text/plain; charset=latin1" }, "x\n", 415],
    ["a body over MAX_BODY_BYTES", TEXT, "y".repeat(3000), 413],
    ["a bad Logrelay-First-Line", { ...TEXT, "Logrelay-First-Line": "0" }, "x\n", 400],
    ["a Logrelay-First-Line past the end", { ...TEXT, "Logrelay-First-Line": "5" }, "x\n", 409],
    ["Logrelay-Partial with an unterminated last line", { ...TEXT, "Logrelay-Partial": "1" }, "done\nhalf", 200],
    ["a bad Logrelay-Partial", { ...TEXT, "Logrelay-Partial": "yes" }, "x\n", 400],
  ] as const)("%s", async (_what, headers, body, status) => {
    const [hot, viaExpress] = await both(none, (path) => post(path, headers, body));
    expect(hot).toEqual(viaExpress);
    expect(hot.status).toBe(status);
    expect(hot.requestId).toBe("set");
    if (status >= 400) expect(hot.body).toMatchObject({ error: expect.any(String) });
    if (status === 401) expect(hot.wwwAuthenticate).toBe("Bearer");
  });

  it("an append to an ended step, and a retry of stored lines", async () => {
    const ended = await both(
      async (path) => {
        await appendLines(stack.url, path, "a\n", AUTH);
        await endStep(stack.url, path, "success", AUTH);
      },
      (path) => post(path, TEXT, "b\n"),
    );
    expect(ended[0]).toEqual(ended[1]);
    expect(ended[0].status).toBe(409);
    const retried = await both(
      (path) => appendLines(stack.url, path, "a\nb\n", AUTH).then(() => undefined),
      (path) => post(path, { ...TEXT, "Logrelay-First-Line": "1" }, "a\nb\nc\n"),
    );
    expect(retried[0]).toEqual(retried[1]);
    expect(retried[0].body).toEqual({ appended: 1, first: 3, last: 3 });
  });

  it("an invalid path segment", async () => {
    for (const bad of ["/acme/app/builds/01/steps/1", "/acme/app/builds/1/steps/0", "/./app/builds/1/steps/1", "/acme/../builds/1/steps/1"]) {
      const hot = essence(await post(`${bad}/logs`, TEXT, "x\n"));
      expect(hot).toEqual(essence(await post(`${bad}/logs?via=express`, TEXT, "x\n")));
      expect(hot.status, bad).toBe(400);
    }
  });

  it("a chunked upload over MAX_BODY_BYTES stores the whole lines before the limit, then 413", async () => {
    const results = [];
    for (const query of ["", "?via=express"]) {
      const step = uniqueStep();
      const upload = startUpload(`http://127.0.0.1:${port}${step.path}/logs${query}`, AUTH);
      await upload.write(`${"a".repeat(1000)}\n`);
      await upload.write(`${"b".repeat(1000)}\n${"c".repeat(1000)}\n`);
      const answer = await upload.answered;
      upload.destroy();
      results.push(answer);
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]).toMatchObject({ status: 413, json: { appended: 2, first: 1, last: 2 } });
  });
});

describe("admission control", () => {
  it("sheds appends past MAX_APPENDS_IN_FLIGHT with 503 + Retry-After and stores none of them", async () => {
    // one append in flight at most; Redis paused, so the first one stays in flight
    // a long SECRETS_CACHE_MS: the build's mask, read by a first append, is not read again while Redis is paused
    const tight = await startTestStack({ relays: 1, producerEnv: { MAX_APPENDS_IN_FLIGHT: "1", SECRETS_CACHE_MS: "60000" } });
    const redis = new Redis(tight.redis.url);
    const step = uniqueStep();
    try {
      const url = `http://127.0.0.1:${tight.producer.port}${step.path}/logs`;
      expect((await fetch(url, { method: "POST", body: "zero\n" })).status).toBe(200);
      await redis.call("CLIENT", "PAUSE", "1500", "WRITE");
      const first = fetch(url, { method: "POST", body: "first\n" });
      await new Promise((r) => setTimeout(r, 300)); // the first append reached Redis and waits there
      const shed = await fetch(url, { method: "POST", body: "second\n" });
      expect(shed.status).toBe(503);
      expect(shed.headers.get("retry-after")).toBe("1");
      expect(await shed.json()).toEqual({ error: expect.stringMatching(/MAX_APPENDS_IN_FLIGHT/), appended: 0 });
      expect((await first).status).toBe(200);
      expect(await redis.lrange(stepKeys(step).lines, 0, -1)).toEqual(["zero", "first"]);
      expect((await fetch(url, { method: "POST", body: "third\n" })).status).toBe(200);
    } finally {
      redis.disconnect();
    }
  });
});
