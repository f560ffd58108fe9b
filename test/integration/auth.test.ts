/**
 * Viewer auth through nginx: HS256 with AUTH_JWT_SECRET, and RS256/ES256 with a JWKS served by
 * a small local http server. 401 for a missing or bad token, 403 for a good one that does not
 * grant the step, 200 for a good one from the header, the query or the cookie.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import { once } from "node:events";
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, startRelay, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";

const SECRET = "auth-test-secret-0123456789abcdef0123456789";
const hsKey = new TextEncoder().encode(SECRET);
const now = () => Math.floor(Date.now() / 1000);

let hs: LocalStack;
let jwks: LocalStack;
let jwksServer: http.Server;
const keys: Record<string, { privateKey: CryptoKey; jwk: JWK }> = {};
const stopLater: { stop(): Promise<void> }[] = [];

beforeAll(async () => {
  for (const [kid, alg] of [
    ["rsa-1", "RS256"],
    ["ec-1", "ES256"],
    ["ec-rogue", "ES256"],
  ] as const) {
    const pair = await generateKeyPair(alg, { extractable: true });
    keys[kid] = { privateKey: pair.privateKey, jwk: { ...(await exportJWK(pair.publicKey)), kid, alg, use: "sig" } };
  }
  // the rogue key is never published: a token it signs must be refused
  const published = { keys: [keys["rsa-1"].jwk, keys["ec-1"].jwk] };
  jwksServer = http.createServer((_req, res) => res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(published)));
  jwksServer.listen(0, "127.0.0.1");
  await once(jwksServer, "listening");
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as { port: number }).port}/.well-known/jwks.json`;
  [hs, jwks] = await Promise.all([
    // heartbeats every 300 ms: the clock that also ends streams whose token has expired
    startTestStack({ relays: 1, relayEnv: { AUTH_JWT_SECRET: SECRET, HEARTBEAT_MS: "300" } }),
    startTestStack({ relays: 1, relayEnv: { AUTH_JWKS_URL: jwksUrl } }),
  ]);
});

afterAll(async () => {
  for (const p of stopLater) await p.stop();
  await stopAllStacks();
  jwksServer?.close();
});

const hsToken = (logs: unknown, exp: number = now() + 300, secret: Uint8Array = hsKey) =>
  new SignJWT({ logs }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(exp).sign(secret);

const keyToken = (kid: string, logs: unknown, exp: number = now() + 300) =>
  new SignJWT({ logs }).setProtectedHeader({ alg: keys[kid].jwk.alg!, kid }).setExpirationTime(exp).sign(keys[kid].privateKey);

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");

/** Opens a stream and returns its status, headers and body (the first bytes of a 200 stream). */
async function open(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: string }> {
  const abort = new AbortController();
  const res = await fetch(url, { headers, signal: abort.signal, redirect: "manual" });
  let body = "";
  if (res.status === 200) {
    // read until the first line event has arrived: proof the stream serves the step
    const reader = res.body!.getReader();
    const deadline = Date.now() + 5000;
    while (!body.includes("data:") && Date.now() < deadline) {
      const { value, done } = await reader.read();
      if (done) break;
      body += new TextDecoder().decode(value);
    }
    abort.abort();
  } else body = await res.text();
  return { status: res.status, headers: res.headers, body };
}

async function expectRefused(url: string, headers: Record<string, string>, status: number): Promise<void> {
  const res = await open(url, headers);
  expect(res.status, res.body).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/application\/json/);
  expect(JSON.parse(res.body)).toEqual({ error: expect.any(String) });
  if (status === 401) expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
}

async function stepWithLine(stack: LocalStack, org = "acme") {
  const step = uniqueStep(org);
  expect((await appendLines(stack.url, step.path, "secret log line\n")).status).toBe(200);
  return { ...step, events: `${stack.url}${step.path}/logs/events` };
}

describe("viewer auth with an HS256 secret, through nginx", () => {
  it("refuses a request without a token with 401", async () => {
    const s = await stepWithLine(hs);
    await expectRefused(s.events, {}, 401);
    await expectRefused(s.events, { Authorization: "Basic dXNlcjpwYXNz" }, 401);
    await expectRefused(s.events, { Authorization: "Bearer" }, 401);
  });

  it("refuses a bad signature, an expired token, alg none, another key and garbage with 401", async () => {
    const s = await stepWithLine(hs);
    const good = await hsToken(["acme/*"]);
    const [h, p] = good.split(".");
    const tampered = `${h}.${b64({ logs: ["*"], exp: now() + 300 })}.${good.split(".")[2]}`;
    const badSignature = `${h}.${p}.${Buffer.from("not the signature").toString("base64url")}`;
    const expired = await hsToken(["acme/*"], now() - 60);
    const none = `${b64({ alg: "none", typ: "JWT" })}.${b64({ logs: ["*"], exp: now() + 300 })}.`;
    const otherKey = await hsToken(["acme/*"], now() + 300, new TextEncoder().encode("another-secret-0123456789abcdef012345"));
    const noExp = await new SignJWT({ logs: ["*"] }).setProtectedHeader({ alg: "HS256" }).sign(hsKey);
    const rs256 = await keyToken("rsa-1", ["*"]);
    for (const token of [tampered, badSignature, expired, none, otherKey, noExp, rs256, "garbage", "a.b.c", "%%%"]) {
      await expectRefused(`${s.events}?token=${encodeURIComponent(token)}`, {}, 401);
      await expectRefused(s.events, { Authorization: `Bearer ${token}` }, 401);
    }
  });

  it("answers 403 to a valid token whose patterns do not cover the step", async () => {
    const s = await stepWithLine(hs);
    for (const logs of [["other/*"], [`acme/${s.repo}/${s.build + 1}`], [`acme/${s.repo}/${s.build}/${s.step + 1}`], [], "other/*", { acme: true }]) {
      await expectRefused(s.events, { Authorization: `Bearer ${await hsToken(logs)}` }, 403);
    }
  });

  it("streams with a valid token from the header, the query or the cookie", async () => {
    const s = await stepWithLine(hs);
    for (const logs of [["acme/*"], [`acme/${s.repo}/${s.build}/${s.step}`], ["nope/*", "*/*"], "acme"]) {
      const token = await hsToken(logs);
      for (const [url, headers] of [
        [s.events, { Authorization: `Bearer ${token}` }],
        [`${s.events}?token=${token}`, {}],
        [s.events, { Cookie: `theme=dark; logrelay_token=${token}` }],
      ] as const) {
        const res = await open(url, headers);
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
        expect(res.body).toContain('"lines":["secret log line"]');
      }
    }
  });

  it("does not let a valid token for one step open another", async () => {
    const a = await stepWithLine(hs);
    const b = await stepWithLine(hs, "globex");
    const token = await hsToken([`acme/${a.repo}/${a.build}/${a.step}`]);
    expect((await open(a.events, { Authorization: `Bearer ${token}` })).status).toBe(200);
    await expectRefused(`${b.events}?token=${token}`, {}, 403);
  });

  it("ends a stream when its token expires, and the reconnect with that token gets 401", async () => {
    const s = await stepWithLine(hs);
    const expiresAt = now() + 2;
    const shortLived = await hsToken(["acme/*"], expiresAt);
    const longLived = await hsToken(["acme/*"]);
    const read = (token: string, abort: AbortSignal) => {
      const state = { body: "", ended: false, endedAt: 0, done: Promise.resolve() };
      state.done = (async () => {
        const res = await fetch(`${s.events}?token=${token}`, { signal: abort });
        expect(res.status).toBe(200);
        const reader = res.body!.getReader();
        try {
          for (let r = await reader.read(); !r.done; r = await reader.read()) state.body += Buffer.from(r.value).toString();
          state.ended = true; // the relay ended it
        } catch {
          // aborted by the test
        }
        state.endedAt = Date.now();
      })();
      return state;
    };
    const keep = new AbortController();
    const [short, long] = [read(shortLived, new AbortController().signal), read(longLived, keep.signal)];
    await short.done;
    expect(short.ended).toBe(true);
    expect(short.body).toContain('"lines":["secret log line"]');
    expect(short.endedAt).toBeGreaterThanOrEqual(expiresAt * 1000); // not before the token's exp
    expect(short.endedAt).toBeLessThan(expiresAt * 1000 + 3000); // within a heartbeat period or so
    // the other stream lives on: two more heartbeats (HEARTBEAT_MS 300) come on it after the short one ended
    const mark = long.body.length;
    await waitFor(() => long.ended || (long.body.slice(mark).match(/^: $/gm) ?? []).length >= 2, "two more heartbeats on the long-lived stream");
    expect(long.ended).toBe(false);
    keep.abort();
    await long.done;
    await expectRefused(`${s.events}?token=${shortLived}`, { "Last-Event-ID": "1" }, 401);
  });

  it("warns at start when the HS256 secret is shorter than 32 bytes, and not otherwise", async () => {
    const weak = await startRelay({ dir: hs.dir, redisUrl: hs.redis.url, name: "relay-weak-secret", env: { AUTH_JWT_SECRET: "short-secret" } });
    stopLater.push(weak);
    await waitFor(() => weak.logTail().includes("shorter than 32 bytes"), "the warning in the relay's log");
    expect(readFileSync(hs.relays[0].logFile, "utf8")).not.toContain("shorter than 32 bytes");
  });

  it("keeps health, readiness and metrics open", async () => {
    for (const path of ["/readyz", "/healthz", "/metrics"]) {
      expect((await fetch(`http://127.0.0.1:${hs.relays[0].port}${path}`)).status).toBe(200);
    }
  });
});

describe("viewer auth with a JWKS URL, through nginx", () => {
  it("streams with RS256 and ES256 tokens signed by published keys", async () => {
    const s = await stepWithLine(jwks);
    for (const kid of ["rsa-1", "ec-1"]) {
      const token = await keyToken(kid, ["acme/*"]);
      expect((await open(s.events, { Authorization: `Bearer ${token}` })).status).toBe(200);
      expect((await open(`${s.events}?token=${token}`)).status).toBe(200);
      expect((await open(s.events, { Cookie: `logrelay_token=${token}` })).status).toBe(200);
    }
  });

  it("refuses no token, an unpublished key, a forged kid, expiry, alg none and HS256 with 401", async () => {
    const s = await stepWithLine(jwks);
    const rogue = await keyToken("ec-rogue", ["*"]);
    // signed by the rogue key but claiming a published kid
    const forgedKid = await new SignJWT({ logs: ["*"] })
      .setProtectedHeader({ alg: "ES256", kid: "ec-1" })
      .setExpirationTime(now() + 300)
      .sign(keys["ec-rogue"].privateKey);
    const expired = await keyToken("ec-1", ["*"], now() - 60);
    const none = `${b64({ alg: "none", kid: "ec-1" })}.${b64({ logs: ["*"], exp: now() + 300 })}.`;
    // "HS256 keyed with the public key" confusion: refused because the JWKS allows asymmetric algorithms only
    const hsWithPublic = await new SignJWT({ logs: ["*"] })
      .setProtectedHeader({ alg: "HS256", kid: "rsa-1" })
      .setExpirationTime(now() + 300)
      .sign(new TextEncoder().encode(JSON.stringify(keys["rsa-1"].jwk)));
    await expectRefused(s.events, {}, 401);
    for (const token of [rogue, forgedKid, expired, none, hsWithPublic, await hsToken(["*"])]) {
      await expectRefused(s.events, { Authorization: `Bearer ${token}` }, 401);
    }
  });

  it("answers 403 to a valid token that does not cover the step", async () => {
    const s = await stepWithLine(jwks);
    await expectRefused(s.events, { Authorization: `Bearer ${await keyToken("ec-1", ["globex/*"])}` }, 403);
  });

  it("answers 503 with Retry-After, not 401, while the key set cannot be fetched", async () => {
    const closed = http.createServer();
    closed.listen(0, "127.0.0.1");
    await once(closed, "listening");
    const port = (closed.address() as { port: number }).port;
    closed.close(); // nothing listens there any more
    const relay = await startRelay({
      dir: jwks.dir,
      redisUrl: jwks.redis.url,
      name: "relay-nojwks",
      env: { LOG_LEVEL: "warn", AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json` },
    });
    stopLater.push(relay);
    const s = await stepWithLine(jwks);
    const res = await open(`http://127.0.0.1:${relay.port}${s.path}/logs/events`, { Authorization: `Bearer ${await keyToken("ec-1", ["*"])}` });
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(JSON.parse(res.body).error).toMatch(/signing keys/);
    // a request without a token is still a plain 401
    expect((await open(`http://127.0.0.1:${relay.port}${s.path}/logs/events`)).status).toBe(401);
  });
});

describe("viewer auth with a JWKS that changes after start, through nginx", () => {
  it(
    "serves tokens of the cached keys while the URL is down, answers 503 (never a final 401) for a key it cannot fetch, and takes a rotated key",
    { timeout: 60_000 },
    async () => {
      let serving: "old" | "down" | "rotated" = "old";
      const server = http.createServer((req, res) => {
        if (serving === "down") return void req.socket.destroy(); // unreachable, as a dead host or a reset
        const published = serving === "old" ? [keys["rsa-1"].jwk] : [keys["ec-1"].jwk];
        res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ keys: published }));
      });
      server.listen(0, "127.0.0.1");
      await once(server, "listening");
      stopLater.push({ stop: async () => void server.close() });
      const stack = await startTestStack({
        relays: 1,
        relayEnv: { AUTH_JWKS_URL: `http://127.0.0.1:${(server.address() as { port: number }).port}/jwks.json` },
      });
      const s = await stepWithLine(stack);
      const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
      const oldToken = await keyToken("rsa-1", ["acme/*"]);
      const newToken = await keyToken("ec-1", ["acme/*"]);

      expect((await open(s.events, bearer(oldToken))).status).toBe(200);
      serving = "down";
      // the key set fetched at start keeps serving
      expect((await open(s.events, bearer(oldToken))).status).toBe(200);
      // a key it has never seen and cannot fetch: retry later, not "your token is bad"
      const unknown = await open(s.events, bearer(newToken));
      expect(unknown.status, unknown.body).toBe(503);
      expect(unknown.headers.get("retry-after")).toBe("5");

      // rotated: the set now holds the new key only
      serving = "rotated";
      const rotatedAt = Date.now();
      await waitFor(async () => (await open(s.events, bearer(newToken))).status === 200, "a token of the rotated-in key to be taken", 15_000);
      const takenMs = Date.now() - rotatedAt;
      expect((await open(s.events, bearer(newToken))).status).toBe(200);
      // the retired key is refused once the new set is in
      await expectRefused(s.events, bearer(oldToken), 401);
      console.info(`JWKS rotation: the new key taken ${takenMs} ms after it was published`);
    },
  );
});
