/**
 * The producer's bearer token, CORS, and what must never leak: tokens and secrets in the
 * process logs (even at debug), request input in metric labels.
 */
import { readFileSync } from "node:fs";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, endStep, startRelay, startTestStack, stopAllStacks, type LocalStack } from "../support/stack.ts";
import { startUpload } from "../support/upload.ts";

const PRODUCER_TOKEN = "ptok-7f3a9c1e5b2d8f4a6c0e";
const JWT_SECRET = "jwt-secret-for-security-test-4e8a2c6b0d";
const ORIGIN = "https://ci.example";
const AUTH = { Authorization: `Bearer ${PRODUCER_TOKEN}` };

let stack: LocalStack;
const extra: { stop(): Promise<void> }[] = [];
// request input that must never show up in a metric label
const ORG = "leakyorg";
const REPO = "leakyrepo";
const path = (build: number, step = 1) => `/${ORG}/${REPO}/builds/${build}/steps/${step}`;

beforeAll(async () => {
  stack = await startTestStack({
    relays: 2,
    relayEnv: { LOG_LEVEL: "debug", AUTH_JWT_SECRET: JWT_SECRET, CORS_ORIGINS: `${ORIGIN}, https://other.example` },
    producerEnv: { LOG_LEVEL: "debug", PRODUCER_TOKEN },
  });
});
afterAll(async () => {
  for (const p of extra) await p.stop();
  await stopAllStacks();
});

const viewerToken = (logs: string[]) =>
  new SignJWT({ logs }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(JWT_SECRET));

async function head(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Response> {
  const abort = new AbortController();
  const res = await fetch(url, { method, headers, signal: abort.signal });
  if (res.headers.get("content-type")?.startsWith("text/event-stream")) abort.abort();
  else await res.arrayBuffer();
  return res;
}

describe("producer bearer token", () => {
  it("answers 401 with a JSON error and WWW-Authenticate to a missing or wrong token, storing nothing", async () => {
    for (const headers of [
      {},
      { Authorization: "Bearer wrong" },
      { Authorization: `Bearer ${PRODUCER_TOKEN}x` },
      { Authorization: `Bearer ${PRODUCER_TOKEN.slice(0, -1)}` },
      { Authorization: `Basic ${Buffer.from(`u:${PRODUCER_TOKEN}`).toString("base64")}` },
      { Authorization: PRODUCER_TOKEN },
      { Cookie: `token=${PRODUCER_TOKEN}` },
    ] as Record<string, string>[]) {
      const res = await appendLines(stack.url, path(1), "not stored\n", headers);
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ error: "send Authorization: Bearer <PRODUCER_TOKEN>" });
      expect((await endStep(stack.url, path(1), "success", headers)).status).toBe(401);
    }
    const q = await fetch(`${stack.url}${path(1)}/logs?token=${PRODUCER_TOKEN}`, { method: "POST", body: "x\n" });
    expect(q.status).toBe(401);
    expect(q.headers.get("www-authenticate")).toBe("Bearer");
    // nothing was stored: the first authorised line is line 1
    expect(await appendLines(stack.url, path(1), "first\n", AUTH)).toEqual({ status: 200, json: { appended: 1, first: 1, last: 1 } });
  });

  it("refuses a streaming upload without the token before reading it", async () => {
    const upload = startUpload(`${stack.url}${path(2)}/logs`);
    await upload.write("a line\n").catch(() => undefined);
    const answer = await upload.answered;
    upload.destroy();
    expect(answer.status).toBe(401);
    expect(await appendLines(stack.url, path(2), "first\n", AUTH)).toEqual({ status: 200, json: { appended: 1, first: 1, last: 1 } });
  });

  it("accepts the token in any case of the scheme, and leaves health and metrics open", async () => {
    expect((await appendLines(stack.url, path(3), "x\n", { Authorization: `bearer ${PRODUCER_TOKEN}` })).status).toBe(200);
    expect((await endStep(stack.url, path(3), "success", AUTH)).status).toBe(200);
    for (const p of ["/healthz", "/readyz", "/metrics"]) expect((await fetch(`http://127.0.0.1:${stack.producer.port}${p}`)).status).toBe(200);
  });
});

describe("CORS", () => {
  it("sends Access-Control-Allow-Origin with credentials to a listed origin only", async () => {
    await appendLines(stack.url, path(10), "x\n", AUTH);
    const token = await viewerToken([`${ORG}/*`]);
    const url = `${stack.url}${path(10)}/logs/events?token=${token}`;
    const listed = await head(url, { Origin: ORIGIN });
    expect(listed.status).toBe(200);
    expect(listed.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(listed.headers.get("access-control-allow-credentials")).toBe("true");
    expect(listed.headers.get("vary")).toMatch(/Origin/);
    for (const origin of ["https://evil.example", `${ORIGIN}.evil.example`, "null"]) {
      const other = await head(url, { Origin: origin });
      expect(other.status).toBe(200);
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
      expect(other.headers.get("access-control-allow-credentials")).toBeNull();
    }
    // errors carry it too, so the page can read why it was refused
    const refused = await head(`${stack.url}${path(10)}/logs/events`, { Origin: ORIGIN });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("access-control-allow-origin")).toBe(ORIGIN);
  });

  it("answers a preflight from a listed origin and not from another", async () => {
    const url = `${stack.url}${path(10)}/logs/events`;
    const pre = await head(url, { Origin: ORIGIN, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization" }, "OPTIONS");
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
    const other = await head(url, { Origin: "https://evil.example", "Access-Control-Request-Method": "GET" }, "OPTIONS");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("is off by default, and '*' allows any origin without credentials", async () => {
    const plain = await startRelay({ dir: stack.dir, redisUrl: stack.redis.url, name: "relay-nocors", env: { LOG_LEVEL: "warn" } });
    extra.push(plain);
    const star = await startRelay({ dir: stack.dir, redisUrl: stack.redis.url, name: "relay-starcors", env: { LOG_LEVEL: "warn", CORS_ORIGINS: "*" } });
    extra.push(star);
    const res = await head(`http://127.0.0.1:${plain.port}${path(10)}/logs/events`, { Origin: ORIGIN });
    expect(res.status).toBe(200);
    for (const [name] of res.headers) expect(name).not.toMatch(/^access-control-/);
    const pre = await head(`http://127.0.0.1:${plain.port}${path(10)}/logs/events`, { Origin: ORIGIN, "Access-Control-Request-Method": "GET" }, "OPTIONS");
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const any = await head(`http://127.0.0.1:${star.port}${path(10)}/logs/events`, { Origin: "https://anyone.example" });
    expect(any.headers.get("access-control-allow-origin")).toBe("*");
    expect(any.headers.get("access-control-allow-credentials")).toBeNull();
  });
});

describe("nothing leaks", () => {
  it("keeps viewer tokens, the producer token and secret values out of every process log, at debug level", async () => {
    const token = await viewerToken([`${ORG}/*`]);
    const badToken = `${token.slice(0, -4)}AAAA`;
    await appendLines(stack.url, path(20), "a\n", AUTH);
    await appendLines(stack.url, path(20), "a\n", { Authorization: "Bearer wrong-producer-token-1234" });
    await fetch(`${stack.url}/${ORG}/${REPO}/builds/20/secrets`, {
      method: "POST",
      headers: AUTH,
      body: JSON.stringify({ values: ["leaked-secret-value-99"] }),
    });
    await appendLines(stack.url, path(20), "uses leaked-secret-value-99\n", AUTH);
    const events = `${stack.url}${path(20)}/logs/events`;
    for (let i = 0; i < 4; i++) {
      // several requests each, so both relays see every way of sending a token
      await head(events, { Authorization: `Bearer ${token}` });
      await head(`${events}?token=${token}`);
      await head(events, { Cookie: `logrelay_token=${token}` });
      await head(events, { Authorization: `Bearer ${badToken}` });
      await head(`${events}?token=${badToken}&lastEventId=zz`);
    }
    await endStep(stack.url, path(20), "success", AUTH);
    const logs = [stack.producer, ...stack.relays].map((p) => ({ name: p.name, text: readFileSync(p.logFile, "utf8") }));
    // debug logging was on and the relays did log these requests
    expect(logs.filter((l) => l.name.startsWith("relay")).every((l) => /stream opened/.test(l.text))).toBe(true);
    for (const { name, text } of logs) {
      for (const needle of [
        token,
        token.split(".")[2],
        badToken.split(".")[2],
        PRODUCER_TOKEN,
        "wrong-producer-token-1234",
        "leaked-secret-value-99",
        JWT_SECRET,
      ]) {
        expect(text.includes(needle), `${needle} in the log of ${name}`).toBe(false);
      }
    }
  });

  it("does not serve metrics through nginx, only on each process's own port", async () => {
    const res = await fetch(`${stack.url}/metrics`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("logrelay_");
    expect((await fetch(`http://127.0.0.1:${stack.relays[0].port}/metrics`)).status).toBe(200);
  });

  it("never puts org, repo, step or any other request input in a metric label", async () => {
    const inputs = [ORG, REPO, "builds", "steps", PRODUCER_TOKEN, "zz"];
    const allowed: Record<string, RegExp> = { reason: /^[a-z_]+$/, status: /^([1-5]\d\d|success|failure|canceled|error)$/, le: /^([\d.e+-]+|\+Inf)$/ };
    for (const port of [stack.producer.port, ...stack.relays.map((r) => r.port)]) {
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      let series = 0;
      for (const line of text.split("\n")) {
        const m = /^(\w+)\{(.*)\} /.exec(line);
        if (!m) continue;
        series++;
        for (const [, label, value] of m[2].matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) {
          for (const input of inputs) expect(value, `${m[1]}{${label}}`).not.toContain(input);
          if (m[1].startsWith("logrelay_")) {
            expect(Object.keys(allowed), `label ${label} of ${m[1]}`).toContain(label);
            expect(value).toMatch(allowed[label]);
          }
        }
      }
      expect(series).toBeGreaterThan(0);
    }
  });
});
