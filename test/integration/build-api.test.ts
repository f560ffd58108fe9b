/**
 * The build page's API through nginx with real Redis: step names (producer), a build's steps
 * as JSON and as one SSE stream per build (relay).
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepKeys } from "../../common/stream.ts";
import { appendLines, startTestStack, stopAllStacks, uniqueStep, type LocalStack } from "../support/stack.ts";
import { buildRequest, rawRequest } from "../support/raw-http.ts";

const TOKEN = "build-api-producer-token";
let open: LocalStack;
let guarded: LocalStack;
let redis: Redis;

beforeAll(async () => {
  [open, guarded] = await Promise.all([startTestStack({ relays: 2 }), startTestStack({ relays: 1, producerEnv: { PRODUCER_TOKEN: TOKEN } })]);
  redis = new Redis(open.redis.url);
});
afterAll(async () => {
  redis?.disconnect();
  await stopAllStacks();
});

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
    for (const body of ["", "{", "not json", "[]", "null", '"build"', "{}", '{"name":42}', '{"name":null}', '{"name":""}', JSON.stringify({ name: "x".repeat(201) }), JSON.stringify({ name: "two\nlines" })]) {
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
