/**
 * The build page's API through nginx with real Redis: step names (producer), a build's steps
 * as JSON and as one SSE stream per build (relay).
 */
import { EventSource } from "eventsource";
import type { Cluster, Redis } from "ioredis";
import { SignJWT } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildKeys, stepKeys } from "../../common/contract.ts";
import type { BuildStep, StepCount } from "../../common/domain.ts";
import {
  appendLines,
  endStep,
  lines,
  redisClient,
  shardSubscribers,
  startTestStack,
  stopAllStacks,
  uniqueStep,
  waitFor,
  type LocalStack,
} from "../support/stack.ts";
import { buildRequest, rawRequest } from "../support/raw-http.ts";

const TOKEN = "build-api-producer-token";
const SECRET = "build-api-viewer-secret-of-32-bytes!";
let open: LocalStack;
let guarded: LocalStack;
let redis: Redis | Cluster;
const cleanup: (() => void)[] = [];

beforeAll(async () => {
  [open, guarded] = await Promise.all([
    startTestStack({ relays: 1 }),
    startTestStack({ relays: 1, producerEnv: { PRODUCER_TOKEN: TOKEN }, relayEnv: { AUTH_JWT_SECRET: SECRET } }),
  ]);
  redis = redisClient(open);
});
afterEach(() => {
  while (cleanup.length) cleanup.pop()!();
});
afterAll(async () => {
  redis?.disconnect();
  await stopAllStacks();
});

const viewerToken = (logs: string[]) =>
  new SignJWT({ logs }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));

/** A uniqueStep's build path, "/org/repo/builds/N", and its step paths. */
function uniqueBuild() {
  const first = uniqueStep();
  const build = `/${first.org}/${first.repo}/builds/${first.build}`;
  return { org: first.org, repo: first.repo, build: first.build, path: build, step: (n: number) => `${build}/steps/${n}` };
}

async function listBuild(base: string, buildPath: string): Promise<BuildStep[]> {
  const res = await fetch(`${base}${buildPath}/steps`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { steps: BuildStep[] }).steps;
}

/** A build page's stream: every event in order, and the steps as the page would hold them. */
class BuildWatcher {
  readonly es: EventSource;
  readonly events: { type: string; data: unknown; at: number }[] = [];
  readonly steps = new Map<number, BuildStep>();
  constructor(url: string) {
    this.es = new EventSource(url);
    cleanup.push(() => this.es.close());
    this.es.addEventListener("steps", (e) => {
      const data = JSON.parse(e.data) as { steps: BuildStep[] };
      this.events.push({ type: "steps", data, at: Date.now() });
      this.steps.clear();
      for (const s of data.steps) this.steps.set(s.step, s);
    });
    this.es.addEventListener("step", (e) => {
      const data = JSON.parse(e.data) as BuildStep;
      this.events.push({ type: "step", data, at: Date.now() });
      this.steps.set(data.step, data);
    });
    this.es.addEventListener("counts", (e) => {
      const data = JSON.parse(e.data) as { steps: StepCount[] };
      this.events.push({ type: "counts", data, at: Date.now() });
      for (const c of data.steps) {
        const s = this.steps.get(c.step);
        if (s) this.steps.set(c.step, { ...s, lines: c.lines, updated: c.updated });
      }
    });
  }
  of(type: string) {
    return this.events.filter((e) => e.type === type);
  }
}

function putName(base: string, stepPath: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}${stepPath}`, { method: "PUT", headers: { "Content-Type": "application/json", ...headers }, body });
}

describe("PUT /:org/:repo/builds/:build/steps/:step: naming a step", () => {
  it("stores the name with the step, before or after its first line, and again is a no-op", async () => {
    const step = uniqueStep();
    const res = await putName(open.url, step.path, JSON.stringify({ name: "install dependencies" }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ step: step.step, name: "install dependencies" });
    const meta = stepKeys(step).meta;
    expect(await redis.hget(meta, "name")).toBe("install dependencies");
    expect(await redis.ttl(meta)).toBeGreaterThan(0); // a name alone expires like an idle step
    await appendLines(open.url, step.path, "a\nb\n");
    expect(await redis.hmget(meta, "name", "last", "status")).toEqual(["install dependencies", "2", "running"]);
    const again = await putName(open.url, step.path, JSON.stringify({ name: "install dependencies" }));
    expect(again.status).toBe(200);
    const renamed = await putName(open.url, step.path, JSON.stringify({ name: "npm ci ✓ 日本" }));
    expect(renamed.status).toBe(200);
    expect(await redis.hget(meta, "name")).toBe("npm ci ✓ 日本");
  });

  it("takes a name of exactly 200 characters and refuses bad bodies with 400 JSON", async () => {
    const step = uniqueStep();
    expect((await putName(open.url, step.path, JSON.stringify({ name: "é".repeat(200) }))).status).toBe(200);
    for (const body of [
      "",
      "{",
      "not json",
      "[]",
      "null",
      '"build"',
      "{}",
      '{"name":42}',
      '{"name":null}',
      '{"name":""}',
      JSON.stringify({ name: "x".repeat(201) }),
      JSON.stringify({ name: "two\nlines" }),
    ]) {
      const res = await putName(open.url, step.path, body);
      expect(res.status, body).toBe(400);
      expect(await res.json(), body).toEqual({ error: expect.any(String) });
    }
    expect(await redis.hget(stepKeys(step).meta, "name")).toBe("é".repeat(200));
  });

  it("applies the path rules: 400 JSON for a bad path, through nginx and on the producer", async () => {
    for (const path of ["/acme/repo/builds/0/steps/1", "/acme/repo/builds/1/steps/abc", "/acme/re%20po/builds/1/steps/1", "/acme/repo/builds/1/steps/01"]) {
      const res = await rawRequest(open.nginx.port, buildRequest("PUT", path, { "Content-Type": "application/json" }, '{"name":"x"}'));
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body), path).toEqual({ error: expect.any(String) });
    }
  });

  it("needs the producer token when PRODUCER_TOKEN is set", async () => {
    const step = uniqueStep();
    const body = JSON.stringify({ name: "build" });
    expect((await putName(guarded.url, step.path, body)).status).toBe(401);
    expect((await putName(guarded.url, step.path, body, { Authorization: "Bearer wrong" })).status).toBe(401);
    expect((await putName(guarded.url, step.path, body, { Authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it("leaves other PUTs to the relays' 405", async () => {
    const res = await rawRequest(open.nginx.port, buildRequest("PUT", `${uniqueStep().path}/logs/events`, {}, "x"));
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET");
  });
});

describe("GET /:org/:repo/builds/:build/steps: a build's steps", () => {
  it("lists every step by number with name, status, lines and activity times", async () => {
    const b = uniqueBuild();
    expect(await listBuild(open.url, b.path)).toEqual([]); // a build page opened before its first step
    const before = Date.now();
    await appendLines(open.url, b.step(1), lines(1, 3).join("\n"));
    await endStep(open.url, b.step(1), "success");
    await putName(open.url, b.step(1), JSON.stringify({ name: "checkout" }));
    await putName(open.url, b.step(3), JSON.stringify({ name: "test" })); // named before it starts
    await appendLines(open.url, b.step(2), lines(1, 12).join("\n"));
    const steps = await listBuild(open.url, b.path);
    expect(steps.map((s) => [s.step, s.name, s.status, s.lines])).toEqual([
      [1, "checkout", "success", 3],
      [2, null, "running", 12],
      [3, "test", "pending", 0],
    ]);
    expect(steps[0].started).toBeGreaterThanOrEqual(before - 1000);
    expect(steps[0].ended).toBeGreaterThanOrEqual(steps[0].started!);
    expect(steps[0].updated).toBe(steps[0].ended);
    expect(steps[1]).toMatchObject({ started: expect.any(Number), ended: null, updated: expect.any(Number) });
    expect(steps[2]).toMatchObject({ started: null, ended: null, updated: null });
    // the exact text, as docs/api.md spells it: keys in this order, a time not yet known as null
    const text = await (await fetch(`${open.url}${b.path}/steps`)).text();
    const ms = "[1-9][0-9]{12}";
    expect(text).toMatch(
      new RegExp(
        `^\\{"steps":\\[\\{"step":1,"name":"checkout","status":"success","lines":3,"started":${ms},"ended":${ms},"updated":${ms}\\},` +
          `\\{"step":2,"name":null,"status":"running","lines":12,"started":${ms},"ended":null,"updated":${ms}\\},` +
          `\\{"step":3,"name":"test","status":"pending","lines":0,"started":null,"ended":null,"updated":null\\}\\]\\}$`,
      ),
    );
    // the index has the build's own hash tag and a TTL
    expect(await redis.ttl(buildKeys(b).steps)).toBeGreaterThan(0);
  });

  it("answers 400 JSON for a bad path and 405 for another method", async () => {
    for (const path of ["/acme/repo/builds/0/steps", "/acme/repo/builds/x/events", "/acme/re%20po/builds/1/steps"]) {
      const res = await rawRequest(open.nginx.port, buildRequest("GET", path));
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.body)).toEqual({ error: expect.any(String) });
    }
    const put = await rawRequest(open.nginx.port, buildRequest("PUT", "/acme/repo/builds/1/steps", {}, "x"));
    expect([put.status, put.headers.allow]).toEqual([405, "GET"]);
  });

  it("with viewer auth, needs a token granting the whole build: 401, 403, then 200", async () => {
    const b = uniqueBuild();
    await appendLines(guarded.url, b.step(1), "x", { Authorization: `Bearer ${TOKEN}` });
    for (const path of [`${b.path}/steps`, `${b.path}/events`]) {
      expect((await fetch(`${guarded.url}${path}`)).status).toBe(401);
      expect((await fetch(`${guarded.url}${path}?token=${await viewerToken(["other/*"])}`)).status).toBe(403);
      expect((await fetch(`${guarded.url}${path}?token=${await viewerToken([`${b.org}/${b.repo}/${b.build}/1`])}`)).status).toBe(403);
    }
    const ok = await fetch(`${guarded.url}${b.path}/steps?token=${await viewerToken([`${b.org}/*`])}`);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { steps: BuildStep[] }).steps.map((s) => s.step)).toEqual([1]);
    const abort = new AbortController();
    const stream = await fetch(`${guarded.url}${b.path}/events`, {
      headers: { Authorization: `Bearer ${await viewerToken([`${b.org}/${b.repo}/${b.build}`])}` },
      signal: abort.signal,
    });
    expect([stream.status, stream.headers.get("content-type")]).toEqual([200, "text/event-stream; charset=utf-8"]);
    abort.abort();
  });
});

describe("GET /:org/:repo/builds/:build/events: the build page's stream", () => {
  it("sends the steps on connect, then a step event as a step appears, is named and ends", async () => {
    const b = uniqueBuild();
    await appendLines(open.url, b.step(1), "before");
    const w = new BuildWatcher(`${open.url}${b.path}/events`);
    await waitFor(() => w.of("steps").length === 1, "the snapshot");
    expect((w.events[0].data as { steps: BuildStep[] }).steps).toMatchObject([{ step: 1, status: "running", lines: 1 }]);

    await appendLines(open.url, b.step(2), "a\nb\n");
    await waitFor(() => w.steps.get(2)?.status === "running", "step 2 appears");
    expect(w.of("step").at(-1)!.data).toMatchObject({ step: 2, name: null, status: "running", lines: 2 });
    await putName(open.url, b.step(2), JSON.stringify({ name: "install" }));
    await waitFor(() => w.steps.get(2)?.name === "install", "step 2 named");
    await endStep(open.url, b.step(2), "failure");
    await waitFor(() => w.steps.get(2)?.status === "failure", "step 2 ends");
    expect(w.steps.get(2)).toMatchObject({ lines: 2, ended: expect.any(Number) });
    // naming again with the same name changes nothing and sends nothing
    const sent = w.events.length;
    await putName(open.url, b.step(2), JSON.stringify({ name: "install" }));
    await putName(open.url, b.step(1), JSON.stringify({ name: "checkout" }));
    await waitFor(() => w.steps.get(1)?.name === "checkout", "step 1 named");
    expect(w.events.length).toBe(sent + 1);
  });

  it("sends line counts at most once a second, and the page's counts end up exact", async () => {
    const b = uniqueBuild();
    await appendLines(open.url, b.step(1), "first");
    const w = new BuildWatcher(`${open.url}${b.path}/events`);
    await waitFor(() => w.of("steps").length === 1, "the snapshot");
    const started = Date.now();
    let sent = 1;
    while (Date.now() - started < 2500) {
      await appendLines(open.url, b.step(1), lines(1, 10).join("\n"));
      sent += 10;
      await new Promise((r) => setTimeout(r, 20));
    }
    await waitFor(() => w.steps.get(1)?.lines === sent, `the count reaching ${sent}`, 5000);
    const counts = w.of("counts");
    expect(counts.length).toBeGreaterThanOrEqual(2);
    expect(counts.length).toBeLessThanOrEqual(5);
    // the producer spaces them by a second; delivery jitter cannot bring two within half of that
    for (let i = 1; i < counts.length; i++) expect(counts[i].at - counts[i - 1].at).toBeGreaterThan(500);
  });

  it("shares one subscription per relay among a build's viewers, gone after the last leaves", async () => {
    const b = uniqueBuild();
    const channel = buildKeys(b).channel;
    const subscribed = () => shardSubscribers(open, channel);
    const relay = `http://127.0.0.1:${open.relays[0].port}`;
    const viewers = [1, 2, 3].map(() => new BuildWatcher(`${relay}${b.path}/events`));
    await waitFor(() => viewers.every((v) => v.of("steps").length === 1), "three snapshots");
    expect(await subscribed()).toBe(1);
    await appendLines(open.url, b.step(1), "x");
    await waitFor(() => viewers.every((v) => v.steps.get(1)?.lines === 1), "every viewer sees the step");
    for (const v of viewers) v.es.close();
    await waitFor(async () => (await subscribed()) === 0, "unsubscribed after the last viewer");
  });
});
