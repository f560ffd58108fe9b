/**
 * Secret masking through nginx: a build registers secret values with the producer, and every
 * later line of that build reaches Redis and the viewers with each value replaced by ***,
 * including a value split across two chunks of a streaming upload and one spanning a
 * MAX_LINE_BYTES split.
 */
import { readFileSync } from "node:fs";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSecretsKey } from "../../common/contract.ts";
import { appendLines, endStep, startProducer, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import type { Proc } from "../../scripts/local-stack.ts";
import { Viewer } from "../support/sse.ts";
import { startUpload, type Upload } from "../support/upload.ts";

const TOKEN = "producer-token-for-secrets-test-5b1f";
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const TTL = 3600;
const IDLE_TTL = 7 * 86400; // STEP_IDLE_TTL_SECONDS's default

let stack: LocalStack;
let redis: Redis;
const viewers: Viewer[] = [];
const uploads: Upload[] = [];

beforeAll(async () => {
  stack = await startTestStack({ relays: 1, producerEnv: { PRODUCER_TOKEN: TOKEN, MAX_LINE_BYTES: "64", STEP_TTL_SECONDS: String(TTL), LOG_LEVEL: "debug" } });
  redis = new Redis(stack.redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
});
afterAll(async () => {
  for (const v of viewers) v.close();
  for (const u of uploads) u.destroy();
  redis?.disconnect();
  await stopAllStacks();
});

const watch = (path: string) => {
  const v = new Viewer(`${stack.url}${path}/logs/events`);
  viewers.push(v);
  return v;
};

async function register(step: { org: string; repo: string; build: number }, body: unknown, headers: Record<string, string> = AUTH) {
  const res = await fetch(`${stack.url}/${step.org}/${step.repo}/builds/${step.build}/secrets`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** Every line Redis holds for a step: what any relay will ever serve. */
async function stored(path: string): Promise<string> {
  const [, org, repo, , build, , step] = path.split("/");
  const keys = await redis.keys(`logrelay:{${org}/${repo}/${build}/${step}}:*`);
  const lines = keys.find((k) => k.endsWith(":lines"));
  return lines ? (await redis.lrange(lines, 0, -1)).join("\n") : "";
}

describe("registering secrets", () => {
  it("needs the producer token", async () => {
    const step = uniqueStep();
    for (const headers of [{}, { Authorization: "Bearer wrong" }] as Record<string, string>[]) {
      const res = await register(step, { values: ["hunter22-value"] }, headers);
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ error: expect.any(String) });
    }
    expect(await redis.exists(buildSecretsKey(step))).toBe(0);
  });

  it("refuses short, blank, non-string and malformed values with 400 and stores nothing", async () => {
    const step = uniqueStep();
    for (const body of [{ values: ["abc"] }, { values: ["    "] }, { values: [1234] }, { values: [] }, {}, "not json", '{"values":']) {
      const res = await register(step, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.error).toEqual(expect.any(String));
    }
    const huge = await register(step, { values: Array.from({ length: 100 }, (_, i) => `${i}`.padEnd(4096, "x")).concat(["y".repeat(200_000)]) });
    expect(huge.status).toBe(413);
    expect(huge.json.error).toEqual(expect.any(String));
    expect(await redis.exists(buildSecretsKey(step))).toBe(0);
    const bad = await fetch(`${stack.url}/acme/re%20po/builds/1/secrets`, { method: "POST", headers: AUTH, body: '{"values":["hunter22"]}' });
    expect(bad.status).toBe(400);
  });

  it("keeps the values under the build's key for as long as a step of the build can take lines", async () => {
    const step = uniqueStep();
    const res = await register(step, { values: ["ttl-secret-value", "multi\nline-key"] });
    expect(res).toEqual({ status: 200, json: { registered: 3, total: 3 } });
    const key = buildSecretsKey(step);
    expect(key).toBe(`logrelay:{${step.org}/${step.repo}/${step.build}}:secrets`);
    expect((await redis.smembers(key)).sort()).toEqual(["line-key", "multi", "ttl-secret-value"]);
    // a running step lives STEP_IDLE_TTL_SECONDS after its last line, an ended one STEP_TTL_SECONDS after its end
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThanOrEqual(Math.max(TTL, IDLE_TTL));
    expect(ttl).toBeLessThanOrEqual(Math.max(TTL, IDLE_TTL) + 3600);
  });
});

describe("values registered on another producer", () => {
  // each producer keeps a build's values in memory for SECRETS_CACHE_MS: long here, so only the
  // registration's wait can make the other producer read them again
  const env = { PRODUCER_TOKEN: TOKEN, SECRETS_CACHE_MS: "2000", LOG_LEVEL: "warn" };
  let a: Proc;
  let b: Proc;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      startProducer({ dir: stack.dir, redisUrl: stack.redis.url, env }),
      startProducer({ dir: stack.dir, redisUrl: stack.redis.url, env }),
    ]);
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });
  const url = (p: Proc) => `http://127.0.0.1:${p.port}`;

  it("masks every line sent to the first producer after the second one answered the registration", async () => {
    const step = uniqueStep();
    const other = { ...step, step: step.step + 1000, path: `/${step.org}/${step.repo}/builds/${step.build}/steps/${step.step + 1000}` };
    // producer a reads the build's values (none yet), and an upload to it stays open
    expect((await appendLines(url(a), step.path, "before cross-producer-secret-9\n", AUTH)).status).toBe(200);
    const upload = startUpload(`${url(a)}${other.path}/logs`, AUTH);
    uploads.push(upload);
    await upload.write("streamed before cross-producer-secret-9\n");
    await waitFor(async () => (await stored(other.path)) !== "", "the upload's first line");
    const started = Date.now();
    const res = await fetch(`${url(b)}/${step.org}/${step.repo}/builds/${step.build}/secrets`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...AUTH },
      body: JSON.stringify({ values: ["cross-producer-secret-9"] }),
    });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000); // the answer waited out the other producers' copies
    expect((await appendLines(url(a), step.path, "after cross-producer-secret-9\n", AUTH)).status).toBe(200);
    await upload.write("streamed after cross-producer-secret-9\n");
    expect((await upload.end()).status).toBe(200);
    expect(await stored(step.path)).toBe("before cross-producer-secret-9\nafter ***");
    expect(await stored(other.path)).toBe("streamed before cross-producer-secret-9\nstreamed after ***");
  });
});

describe("how long a build's values last", () => {
  let producer: Proc;
  beforeAll(async () => {
    // a step ended expires after 1 s, a running one after 120 s idle
    producer = await startProducer({
      dir: stack.dir,
      redisUrl: stack.redis.url,
      env: { PRODUCER_TOKEN: TOKEN, STEP_TTL_SECONDS: "1", STEP_IDLE_TTL_SECONDS: "120", LOG_LEVEL: "warn" },
    });
  });
  afterAll(() => producer?.stop());

  it("masks a running step's lines after STEP_TTL_SECONDS without lines, while it can still take them", async () => {
    const base = `http://127.0.0.1:${producer.port}`;
    const running = uniqueStep();
    const ended = { ...running, step: running.step + 1000, path: `/${running.org}/${running.repo}/builds/${running.build}/steps/${running.step + 1000}` };
    const res = await fetch(`${base}/${running.org}/${running.repo}/builds/${running.build}/secrets`, {
      method: "POST",
      headers: { "Content-Type": "application/json", ...AUTH },
      body: JSON.stringify({ values: ["idle-step-secret-31"] }),
    });
    expect(res.status).toBe(200);
    expect((await appendLines(base, running.path, "first idle-step-secret-31\n", AUTH)).json).toMatchObject({ appended: 1 });
    // a step of the same build ends after that append: its keys run out STEP_TTL_SECONDS later
    expect((await appendLines(base, ended.path, "short step\n", AUTH)).status).toBe(200);
    expect((await endStep(base, ended.path, "success", AUTH)).status).toBe(200);
    const endedMeta = `logrelay:{${ended.org}/${ended.repo}/${ended.build}/${ended.step}}:meta`;
    await waitFor(async () => (await redis.exists(endedMeta)) === 0, "the ended step's keys to expire", 15000, 100);
    // the running step still takes lines, and they are still masked
    expect((await appendLines(base, running.path, "later idle-step-secret-31\n", AUTH)).json).toMatchObject({ appended: 1, last: 2 });
    expect(await stored(running.path)).toBe("first ***\nlater ***");
  });
});

describe("masking", () => {
  it("masks every later line of every step of the build, stored and relayed, and no other build", async () => {
    const a = uniqueStep();
    const b = { ...a, step: a.step + 1000, path: `/${a.org}/${a.repo}/builds/${a.build}/steps/${a.step + 1000}` };
    const other = { ...uniqueStep(), build: a.build + 1 };
    other.path = `/${other.org}/${other.repo}/builds/${other.build}/steps/${other.step}`;
    expect((await appendLines(stack.url, a.path, "before: hunter22-value\n", AUTH)).status).toBe(200);
    expect((await register(a, { values: ["hunter22-value", "tok_ABCDEF"] })).status).toBe(200);
    const viewer = watch(a.path);
    await appendLines(stack.url, a.path, "after: hunter22-value and tok_ABCDEF\ntwice hunter22-valuehunter22-value\n", AUTH);
    await appendLines(stack.url, b.path, "other step: tok_ABCDEF\n", AUTH);
    await appendLines(stack.url, other.path, "other build: tok_ABCDEF\n", AUTH);
    await waitFor(() => viewer.lastNumber === 3, "three lines");
    // registration is not retroactive: the line stored before it stays as it was
    expect(viewer.texts).toEqual(["before: hunter22-value", "after: *** and ***", "twice ***"]);
    expect(await stored(a.path)).not.toMatch(/after: hunter22|tok_ABCDEF/);
    expect(await stored(b.path)).toBe("other step: ***");
    expect(await stored(other.path)).toBe("other build: tok_ABCDEF");
  });

  it("masks a value split across two chunks of a streaming upload", async () => {
    const step = uniqueStep();
    await register(step, { values: ["split-secret-0042"] });
    const viewer = watch(step.path);
    const upload = startUpload(`${stack.url}${step.path}/logs`, AUTH);
    uploads.push(upload);
    await upload.write("first line\nexport TOKEN=split-se");
    // the first line is live before the rest of the secret has even been sent
    await waitFor(() => viewer.lastNumber === 1, "the first line, streamed");
    await upload.write("cret-0042 # done\nlast\n");
    expect(await upload.end()).toEqual({ status: 200, json: { appended: 3, first: 1, last: 3 } });
    await waitFor(() => viewer.lastNumber === 3, "all lines");
    expect(viewer.texts).toEqual(["first line", "export TOKEN=*** # done", "last"]);
    expect(await stored(step.path)).not.toMatch(/split-se|cret-0042/);
  });

  it("masks lines sent after a registration made during an open upload", async () => {
    const step = uniqueStep();
    const viewer = watch(step.path);
    const upload = startUpload(`${stack.url}${step.path}/logs`, AUTH);
    uploads.push(upload);
    await upload.write("generated late-secret-77\n");
    await waitFor(() => viewer.lastNumber === 1, "line 1");
    expect((await register(step, { values: ["late-secret-77"] })).status).toBe(200);
    await upload.write("using late-secret-77\n");
    expect((await upload.end()).status).toBe(200);
    await waitFor(() => viewer.lastNumber === 2, "line 2");
    expect(viewer.texts).toEqual(["generated late-secret-77", "using ***"]);
  });

  it("masks a value that spans a MAX_LINE_BYTES split of a long line, whole line or streamed", async () => {
    const step = uniqueStep();
    const secret = "SPANNING-SECRET-123";
    await register(step, { values: [secret] });
    // one complete line of 100 bytes, the secret across byte 64
    const line = `${"a".repeat(55)}${secret}${"b".repeat(26)}`;
    await appendLines(stack.url, step.path, `${line}\n`, AUTH);
    // the same unterminated, in chunks: the first cut (64 bytes) would fall inside the secret;
    // the producer has split that first chunk once the marker line before it is visible
    const viewer = watch(step.path);
    const upload = startUpload(`${stack.url}${step.path}/logs`, AUTH);
    uploads.push(upload);
    await upload.write(`marker\n${"c".repeat(60)}SPANNIN`);
    await waitFor(() => viewer.texts.includes("marker"), "the marker line");
    await upload.write(`G-SECRET-123${"d".repeat(80)}`);
    await upload.write("\n");
    expect((await upload.end()).status).toBe(200);
    const pieces = (await stored(step.path)).split("\n").filter((p) => p !== "marker");
    for (const p of pieces) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(64);
    const joined = pieces.join("");
    expect(joined).toBe(`${"a".repeat(55)}***${"b".repeat(26)}${"c".repeat(60)}***${"d".repeat(80)}`);
  });

  it("never writes a secret value or the producer token to the producer's log", async () => {
    const text = readFileSync(stack.producer.logFile, "utf8");
    expect(text).toMatch(/secrets registered/); // debug logs were on and written
    for (const needle of [TOKEN, "hunter22-value", "tok_ABCDEF", "split-secret-0042", "late-secret-77", "SPANNING-SECRET"]) {
      expect(text).not.toContain(needle);
    }
  });
});
