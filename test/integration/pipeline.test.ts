import http from "node:http";
import net from "node:net";
import { Redis, type Cluster } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepKeys } from "../../common/contract.ts";
import { appendLines, endStep, lines, metric, redisClient, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { channelSubscriptions, redisClients } from "../support/pubsub.ts";
import { Viewer, rawStream } from "../support/sse.ts";

// test/integration/cluster.test.ts runs this file once more with LOGRELAY_TEST_REDIS_SHARDS=3: on a Redis Cluster
const redisShards = Number(process.env.LOGRELAY_TEST_REDIS_SHARDS ?? 0);
let stack: LocalStack;
// Subscriptions and connections as the node that owns a channel's slot sees them (the only one that knows, in a cluster).
const onOwner = async <T>(channel: string, ask: (node: Redis) => Promise<T>): Promise<T> => {
  const owner = stack.cluster ? await stack.cluster.masterOf(channel) : stack.redis;
  const node = new Redis(owner.port, "127.0.0.1");
  try {
    return await ask(node);
  } finally {
    node.disconnect();
  }
};
const subscriptionsOf = (channel: string) => onOwner(channel, (node) => channelSubscriptions(node, channel));
const clientsOf = (channel: string) => onOwner(channel, (node) => redisClients(node));
let redis: Redis | Cluster;
const viewers: Viewer[] = [];
const watch = (url: string, headers?: Record<string, string>) => {
  const v = new Viewer(url, { headers });
  viewers.push(v);
  return v;
};

beforeAll(async () => {
  stack = await startTestStack({ relays: 2, redisShards, relayEnv: { HEARTBEAT_MS: "300" }, producerEnv: { MAX_LINES_PER_STEP: "1000" } });
  redis = redisClient(stack);
});
afterAll(async () => {
  for (const v of viewers) v.close();
  redis?.disconnect();
  await stopAllStacks();
});

describe("streaming a step through nginx", () => {
  it("sends the backlog, then live lines, then end, then closes", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, lines(1, 5).join("\n") + "\n");
    const v = watch(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => v.lastNumber === 5, "backlog");
    await appendLines(stack.url, step.path, lines(6, 8).join("\n"));
    await waitFor(() => v.lastNumber === 8, "live lines");
    await endStep(stack.url, step.path, "failure");
    await waitFor(() => v.ended !== undefined, "end event");
    expect(v.texts).toEqual(lines(1, 8));
    expect(v.ended).toEqual({ lines: 8, status: "failure" });
    expect(v.outOfOrder).toEqual([]);
  });

  it("closes the response itself after event: end, as seen at the client's socket", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, "a\nb");
    const socket = net.connect(stack.nginx.port, "127.0.0.1");
    let text = "";
    let closedByServer = false;
    socket.on("data", (d) => (text += d.toString("latin1")));
    socket.on("end", () => (closedByServer = true)); // the peer's FIN: this client never ends or destroys the socket
    socket.on("error", () => undefined);
    socket.write(`GET ${step.path}/logs/events HTTP/1.1\r\nHost: logrelay\r\nAccept: text/event-stream\r\nConnection: close\r\n\r\n`);
    try {
      await waitFor(() => text.includes('"lines":["a","b"]'), "the backlog");
      expect(closedByServer).toBe(false);
      await endStep(stack.url, step.path);
      await waitFor(() => closedByServer, "the server closing the connection after the end event", 5000);
      expect(text).toMatch(/event: end\ndata: \{"lines":2,"status":"success"\}\n\n\r\n0\r\n\r\n$/); // then the last chunk: the response is complete
    } finally {
      socket.destroy();
    }
  });

  it("answers with the contract's headers and starts with retry", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, "only\n");
    const res = await rawStream(`${stack.url}${step.path}/logs/events`, {}, 1000);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("x-accel-buffering")).toBe("no"); // passed on by nginx for proxies in front of it
    expect(res.text).toMatch(/^retry: \d+\n\nid: 1\ndata: \{"n":1,"lines":\["only"\],"t":\d+\}\n\n/);
  });

  it("resumes after Last-Event-ID without repeating a line", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, lines(1, 10).join("\n"));
    const v = watch(`${stack.url}${step.path}/logs/events`, { "Last-Event-ID": "6" });
    await waitFor(() => v.lastNumber === 10, "lines after 6");
    await appendLines(stack.url, step.path, "line 11");
    await waitFor(() => v.lastNumber === 11, "live line 11");
    expect(v.numbers).toEqual([7, 8, 9, 10, 11]);
    expect(v.texts[0]).toBe("line 7");
  });

  it("sends comment heartbeats while idle", async () => {
    const step = uniqueStep();
    const res = await rawStream(`${stack.url}${step.path}/logs/events`, {}, 1100);
    expect(res.text.startsWith("retry: ")).toBe(true);
    expect(res.text.split(": \n\n").length - 1).toBeGreaterThanOrEqual(2);
  });

  it("says truncated when the resume point precedes the oldest retained line", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, lines(1, 1100).join("\n")); // MAX_LINES_PER_STEP is 1000 here
    await endStep(stack.url, step.path);
    const v = watch(`${stack.url}${step.path}/logs/events`, { "Last-Event-ID": "50" });
    await waitFor(() => v.ended !== undefined, "end");
    expect(v.truncated).toBe(101);
    expect(v.numbers).toEqual(Array.from({ length: 1000 }, (_, i) => i + 101));
    expect(v.ended).toEqual({ lines: 1100, status: "success" });
  });

  it("says truncated to a viewer with no resume id when the step's first lines were trimmed", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, lines(1, 1010).join("\n")); // MAX_LINES_PER_STEP is 1000 here
    const res = await rawStream(`${stack.url}${step.path}/logs/events`, {}, 1000);
    expect(res.text).toMatch(/^retry: \d+\n\nevent: truncated\ndata: \{"firstAvailable":11\}\n\nid: 1010\ndata: \{"n":11,"lines":\["line 11",/);
  });

  it("resumes after ?lastEventId= the same way", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, lines(1, 4).join("\n"));
    await endStep(stack.url, step.path);
    const res = await rawStream(`${stack.url}${step.path}/logs/events?lastEventId=2`);
    expect(res.text).toMatch(/id: 4\ndata: \{"n":3,"lines":\["line 3","line 4"\],"t":[\d[\],]+\}\n\n/);
    expect(res.text).toContain('event: end\ndata: {"lines":4,"status":"success"}');
    expect(res.text).not.toContain("line 2");
  });

  it("keeps a viewer connected before the step starts, then streams its lines", async () => {
    const step = uniqueStep();
    const v = watch(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => v.opens === 1, "stream open");
    await appendLines(stack.url, step.path, "first\nsecond");
    await waitFor(() => v.lastNumber === 2, "lines of a step that started later");
    expect(v.texts).toEqual(["first", "second"]);
  });

  it("answers 204 to a resume at or past the end of an ended step", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, lines(1, 3).join("\n"));
    await endStep(stack.url, step.path);
    const atEnd = await fetch(`${stack.url}${step.path}/logs/events`, { headers: { "Last-Event-ID": "3" } });
    expect(atEnd.status).toBe(204);
    for (const [query, headers] of [
      ["?lastEventId=3", {}],
      ["", { "Last-Event-ID": "7" }],
      ["?lastEventId=7", {}],
    ] as const) {
      const res = await fetch(`${stack.url}${step.path}/logs/events${query}`, { headers });
      expect(res.status, `${query} ${JSON.stringify(headers)}`).toBe(204);
      expect(await res.text()).toBe("");
    }
    const before = await rawStream(`${stack.url}${step.path}/logs/events`, { "Last-Event-ID": "2" });
    expect(before.status).toBe(200);
    expect(before.text).toContain('data: {"n":3,"lines":["line 3"],"t":');
    expect(before.text).toMatch(/event: end\ndata: \{"lines":3,"status":"success"\}\n\n$/);
  });

  it("delivers every line in order to many viewers while lines are appended", async () => {
    const step = uniqueStep();
    const early = Array.from({ length: 20 }, () => watch(`${stack.url}${step.path}/logs/events`));
    let n = 0;
    for (let batch = 1; batch <= 40; batch++) {
      const size = (batch % 7) + 1;
      await appendLines(stack.url, step.path, lines(n + 1, n + size).join("\n"));
      n += size;
      if (batch === 20) for (let i = 0; i < 20; i++) early.push(watch(`${stack.url}${step.path}/logs/events`)); // late joiners mid-stream
    }
    await endStep(stack.url, step.path);
    await waitFor(() => early.every((v) => v.ended !== undefined), "every viewer ended", 15000);
    for (const v of early) {
      expect(v.numbers).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(v.outOfOrder).toEqual([]);
    }
  });

  it("keeps \\r, UTF-8 and empty lines byte-exact", async () => {
    const step = uniqueStep();
    const sent = [
      "progress 10%\rprogress 100%",
      "",
      "日本語 ✓ émoji 🚀",
      "\u001b[31mred\u001b[0m",
      "tab\there",
      "  leading",
      "trailing  ",
      'quote " and \\ backslash',
      "",
    ];
    await appendLines(stack.url, step.path, sent.join("\r\n") + "\n");
    const v = watch(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => v.lastNumber === sent.length, "all lines");
    expect(v.texts).toEqual(sent);
  });

  it("streams lines of a chunked upload to a viewer before the upload ends", async () => {
    const step = uniqueStep();
    const v = watch(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => v.opens === 1, "stream open");
    const url = new URL(`${stack.url}${step.path}/logs`);
    const req = http.request(url, { method: "POST", headers: { "Content-Type": "text/plain", "Transfer-Encoding": "chunked" } });
    const response = new Promise<{ status: number; body: string }>((resolve) =>
      req.on("response", (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode!, body }));
      }),
    );
    req.write("compiling...\nhalf a li");
    await waitFor(() => v.lastNumber === 1, "first line while the upload is open");
    expect(v.texts).toEqual(["compiling..."]);
    req.write("ne\n\u00e9"); // a UTF-8 character split across chunks
    req.write(Buffer.from("🚀", "utf8").subarray(0, 2));
    await waitFor(() => v.lastNumber === 2, "second line while the upload is open");
    req.end(Buffer.from("🚀", "utf8").subarray(2));
    const done = await response;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.body)).toEqual({ appended: 3, first: 1, last: 3 });
    await waitFor(() => v.lastNumber === 3, "the final partial line");
    expect(v.texts).toEqual(["compiling...", "half a line", "é🚀"]);
  });

  it("fills a gap in live numbers from the stored lines", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, "line 1");
    const v = watch(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => v.lastNumber === 1, "line 1");
    // lines 2-3 stored without their pub/sub message, as if it were lost
    const k = stepKeys(step);
    await redis.multi().rpush(k.lines, "line 2", "line 3").hset(k.meta, "last", 3).exec();
    await appendLines(stack.url, step.path, "line 4");
    await waitFor(() => v.lastNumber === 4, "line 4");
    expect(v.texts).toEqual(lines(1, 4));
    expect(v.outOfOrder).toEqual([]);
  });

  it("subscribes a channel for the first viewer and unsubscribes after the last", async () => {
    const step = uniqueStep();
    const channel = stepKeys(step).channel;
    expect(await subscriptionsOf(channel)).toBe(0);
    const a = watch(`${stack.url}${step.path}/logs/events`);
    const b = watch(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => a.opens === 1 && b.opens === 1, "two viewers open");
    const relaysUsed = await subscriptionsOf(channel);
    expect(relaysUsed).toBeGreaterThanOrEqual(1);
    expect(relaysUsed).toBeLessThanOrEqual(2);
    a.close();
    b.close();
    await waitFor(async () => (await subscriptionsOf(channel)) === 0, "unsubscribed after the last viewer left");
  });

  it("one subscription per relay, however many viewers: one subscriber connection, one channel subscription", async () => {
    const step = uniqueStep();
    const channel = stepKeys(step).channel;
    const relay = `http://127.0.0.1:${stack.relays[0].port}`;
    const before = await clientsOf(channel);
    const many = Array.from({ length: 25 }, () => watch(`${relay}${step.path}/logs/events`));
    await waitFor(() => many.every((v) => v.opens === 1), "25 viewers open on one relay");
    expect(await subscriptionsOf(channel)).toBe(1);
    const after = await clientsOf(channel);
    expect(after.length).toBe(before.length); // no connection per viewer
    expect(after.filter((c) => c.name === "relay-sub").length).toBe(stack.relays.length);
    // the step's channel is a shard channel on the relays' subscriber connections, never a classic one
    expect(after.filter((c) => c.name === "relay-sub").every((c) => c.classicSubscriptions === 0)).toBe(true);
    expect(after.filter((c) => c.name === "relay-sub").reduce((n, c) => n + c.subscriptions, 0)).toBeGreaterThanOrEqual(1);
    await appendLines(stack.url, step.path, "to all");
    await waitFor(() => many.every((v) => v.lastNumber === 1), "the line reached all 25");
    for (const v of many) v.close();
    await waitFor(async () => (await subscriptionsOf(channel)) === 0, "unsubscribed after the last viewer left");
  });

  it("shows the open connection count going up and down in /metrics", async () => {
    const step = uniqueStep();
    const relayUrls = stack.relays.map((r) => `http://127.0.0.1:${r.port}`);
    const open = async () => (await Promise.all(relayUrls.map((u) => metric(u, "logrelay_sse_connections")))).reduce((a, b) => a + b, 0);
    const base = await open();
    const vs = [1, 2, 3].map(() => watch(`${stack.url}${step.path}/logs/events`));
    await waitFor(async () => (await open()) === base + 3, "three more connections");
    for (const v of vs) v.close();
    await waitFor(async () => (await open()) === base, "connections back down");
  });
});

describe("ingest errors through nginx: a clear JSON error and nothing written", () => {
  const storedLines = async (step: { org: string; repo: string; build: number; step: number }) => redis.llen(stepKeys(step).lines);

  it("400 for an invalid path, on both services", async () => {
    const bad = await fetch(`${stack.url}/acme/bad!repo/builds/1/steps/1/logs`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "x" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: expect.stringContaining("repo") });
    const escaped = await fetch(`${stack.url}/acme/bad%20repo/builds/1/steps/1/logs`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "x" });
    expect(escaped.status).toBe(400);
    expect(await escaped.json()).toEqual({ error: expect.stringContaining("percent-escapes") });
    const badStream = await fetch(`${stack.url}/acme/app/builds/zero/steps/1/logs/events`);
    expect(badStream.status).toBe(400);
    expect(await badStream.json()).toEqual({ error: expect.stringContaining("build") });
  });

  it("400 for a Last-Event-ID that is not a line number", async () => {
    const step = uniqueStep();
    const res = await fetch(`${stack.url}${step.path}/logs/events`, { headers: { "Last-Event-ID": "abc" } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: expect.stringContaining("Last-Event-ID") });
  });

  it("415 for a content type other than text/plain, showing the right header", async () => {
    const step = uniqueStep();
    const res = await fetch(`${stack.url}${step.path}/logs`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"a":1}' });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toContain("Content-Type: text/plain");
    expect(await storedLines(step)).toBe(0);
  });

  it("415 for a charset other than UTF-8, rather than storing mangled text", async () => {
    const step = uniqueStep();
    const res = await fetch(`${stack.url}${step.path}/logs`, {
      method: "POST",
      headers: { "Content-Type": "text/plain; charset=iso-8859-1" },
      body: new Uint8Array([0x6c, 0xe9, 0x0a]),
    });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toContain("charset=utf-8");
    expect(await storedLines(step)).toBe(0);
  });

  it("accepts text/plain with a charset and no content type at all", async () => {
    const step = uniqueStep();
    const withCharset = await appendLines(stack.url, step.path, "a", { "Content-Type": "text/plain; charset=utf-8" });
    expect(withCharset.json).toEqual({ appended: 1, first: 1, last: 1 });
    const none = await fetch(`${stack.url}${step.path}/logs`, { method: "POST", body: new Blob(["b"]) });
    expect(none.status).toBe(200);
    expect(await none.json()).toEqual({ appended: 1, first: 2, last: 2 });
  });

  it("409 for lines appended to an ended step", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, "a");
    await endStep(stack.url, step.path);
    const res = await appendLines(stack.url, step.path, "late");
    expect(res.status).toBe(409);
    expect(res.json.error).toContain("ended");
    expect(await storedLines(step)).toBe(1);
  });

  it("reports the step's real last line when an upload is refused before storing anything", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, lines(1, 3).join("\n"));
    await endStep(stack.url, step.path);
    const refused = await appendLines(stack.url, step.path, "late");
    expect(refused.json).toMatchObject({ appended: 0, last: 3 });
  });

  it("400 with a JSON hint for an end body that is not JSON", async () => {
    const step = uniqueStep();
    const res = await fetch(`${stack.url}${step.path}/logs/end`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{status" });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toContain("must be JSON");
  });

  it("ends a step as success when /logs/end has no body", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, "x");
    const v = watch(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => v.lastNumber === 1, "line 1");
    const res = await fetch(`${stack.url}${step.path}/logs/end`, { method: "POST" });
    expect(res.status).toBe(200);
    await waitFor(() => v.ended !== undefined, "end");
    expect(v.ended).toEqual({ lines: 1, status: "success" });
    expect(await redis.hget(stepKeys(step).meta, "status")).toBe("success");
  });

  it("400 for an unknown end status, 409 for ending again with another one; a repeat is a no-op, counted once", async () => {
    const step = uniqueStep();
    const ended = () => metric(`http://127.0.0.1:${stack.producer.port}`, "logrelay_steps_ended_total");
    const before = await ended();
    expect((await endStep(stack.url, step.path, "exploded")).status).toBe(400);
    expect((await endStep(stack.url, step.path, "canceled")).status).toBe(200);
    expect((await endStep(stack.url, step.path, "canceled")).status).toBe(200);
    expect((await endStep(stack.url, step.path, "success")).status).toBe(409);
    expect(await ended()).toBe(before + 1);
  });

  it("skips lines already stored when a retried upload names its first line", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, lines(1, 3).join("\n"), { "Logrelay-First-Line": "1" });
    const retry = await appendLines(stack.url, step.path, lines(1, 5).join("\n"), { "Logrelay-First-Line": "1" });
    expect(retry.json).toEqual({ appended: 2, first: 4, last: 5 });
    const gap = await appendLines(stack.url, step.path, "line 9", { "Logrelay-First-Line": "9" });
    expect(gap.status).toBe(409);
    expect(await redis.lrange(stepKeys(step).lines, 0, -1)).toEqual(lines(1, 5));
  });
});
