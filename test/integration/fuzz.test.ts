/**
 * A bounded, seeded fuzz of the HTTP surface of both services, through nginx and directly:
 * random methods, paths with odd characters and lengths, headers, Last-Event-ID values, tokens
 * and bodies. Every answer must be under 500 (503 only with Retry-After, as documented), every
 * 4xx from our services a JSON error, no well-formed request may hang, and every process must
 * still be running and healthy afterwards. FUZZ_SEED replays a run; the seed is in every failure.
 */
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, startProducer, startRelay, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { Viewer } from "../support/sse.ts";
import { buildRequest, rawRequest, type RawResponse } from "../support/raw-http.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const BUDGET_MS = 10_000;
const MAX_REQUESTS = 2000;
const CONCURRENCY = 4;
const SECRET = "fuzz-jwt-secret-0123456789abcdef0123";
const PRODUCER_TOKEN = "fuzz-producer-token-0123456789";

let stack: LocalStack;
const extra: { stop(): Promise<void> }[] = [];
let targets: { name: string; port: number }[] = [];
let holder: Viewer | undefined;

beforeAll(async () => {
  stack = await startTestStack({ relays: 1 });
  const [authRelay, authProducer] = await Promise.all([
    startRelay({
      dir: stack.dir,
      redisUrl: stack.redis.url,
      name: "relay-fuzz-auth",
      env: { LOG_LEVEL: "warn", AUTH_JWT_SECRET: SECRET, CORS_ORIGINS: "https://ci.example" },
    }),
    startProducer({ dir: stack.dir, redisUrl: stack.redis.url, env: { LOG_LEVEL: "warn", PRODUCER_TOKEN, MAX_LINE_BYTES: "256", MAX_BODY_BYTES: "65536" } }),
  ]);
  // a relay that is full from the start: every stream it is asked for gets 503, which must carry Retry-After
  const fullRelay = await startRelay({ dir: stack.dir, redisUrl: stack.redis.url, name: "relay-fuzz-full", env: { LOG_LEVEL: "warn", MAX_CONNECTIONS: "1" } });
  holder = new Viewer(`http://127.0.0.1:${fullRelay.port}/acme/full/builds/1/steps/1/logs/events`);
  await waitFor(() => holder!.opens === 1, "the full relay's one stream");
  extra.push(authRelay, authProducer, fullRelay);
  targets = [
    { name: "nginx", port: stack.nginx.port },
    { name: "relay", port: stack.relays[0].port },
    { name: "producer", port: stack.producer.port },
    { name: "relay-auth", port: authRelay.port },
    { name: "producer-token", port: authProducer.port },
    { name: "relay-full", port: fullRelay.port },
  ];
});
afterAll(async () => {
  holder?.close();
  for (const p of extra) await p.stop();
  await stopAllStacks();
});

/** mulberry32: small, fast, and the same sequence for the same seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof prng>;

const ODD = [
  "%",
  "%00",
  "%ZZ",
  "%2F",
  "%2e%2e",
  "..",
  ".",
  "//",
  "%E2%82",
  "%F0%9F%98%80",
  "😀",
  "é",
  "~",
  "!",
  "$",
  "'",
  "(",
  ")",
  "*",
  "+",
  ",",
  ";",
  "=",
  ":",
  "@",
  "[",
  "]",
  "%25",
  "%0d%0a",
  "\\",
  "^",
  "`",
  "|",
];
const NAMES = ["acme", "a", "A.b-c_d", "fuzz", "x".repeat(100), "x".repeat(101), "-", ".", "..", "0", ""];
const NUMBERS = ["1", "2", "42", "0", "-1", "01", "1.5", "1e3", "0x1", "9007199254740991", "9007199254740993", "99999999999999999999", "", "abc", "１"];
const RESUME = ["0", "1", "5", "-1", "abc", "1.0", " 3 ", "99999999999999999999", "9007199254740991", "", "１２", "0x10", "1,2", "%31", "\t7"];

function segment(r: Rng, pool: readonly string[]): string {
  let s = r.pick(pool);
  if (r.chance(0.15)) s += r.pick(ODD);
  if (r.chance(0.05)) s = r.pick(ODD) + s;
  if (r.chance(0.03)) s = "z".repeat(r.int(6000));
  return s;
}

function randomPath(r: Rng, build: number): string {
  const org = r.chance(0.85) ? "fuzz" : segment(r, NAMES);
  const repo = r.chance(0.85) ? "app" : segment(r, NAMES);
  const b = r.chance(0.85) ? String(build) : segment(r, NUMBERS);
  const st = r.chance(0.85) ? String(1 + r.int(3)) : segment(r, NUMBERS);
  const base = `/${org}/${repo}/builds/${b}`;
  let path = r.pick([
    `${base}/steps/${st}/logs/events`,
    `${base}/steps/${st}/logs/events`,
    `${base}/steps/${st}/logs`,
    `${base}/steps/${st}/logs/end`,
    `${base}/secrets`,
    "/healthz",
    "/readyz",
    "/metrics",
    "/",
    `/${segment(r, ODD)}`,
    `${base}/steps/${st}`,
    `${base}/steps/${st}/logs/events/${segment(r, ODD)}`,
  ]);
  if (r.chance(0.3)) {
    const params = [
      `lastEventId=${encodeURIComponent(r.pick(RESUME))}`,
      `token=${segment(r, ["abc", "a.b.c", ""])}`,
      "lastEventId=1&lastEventId=2",
      "token",
      "=",
      "&&",
      `x=${r.pick(ODD)}`,
    ];
    path += `?${Array.from({ length: 1 + r.int(3) }, () => r.pick(params)).join("&")}`;
  }
  return path;
}

async function randomHeaders(r: Rng): Promise<Record<string, string>> {
  const h: Record<string, string> = {};
  if (r.chance(0.3)) h["Last-Event-ID"] = r.pick(RESUME);
  if (r.chance(0.3)) {
    h.Authorization = r.pick([
      "Bearer ",
      "Bearer abc",
      "Bearer a.b.c",
      `Bearer ${PRODUCER_TOKEN}`,
      "Basic Zm9vOmJhcg==",
      "bearer    x",
      `Bearer ${await new SignJWT({ logs: r.pick([["*"], ["fuzz/*"], ["nope"], "fuzz", [1, null], {}]) })
        .setProtectedHeader({ alg: "HS256" })
        .setExpirationTime(r.pick(["5m", "-5m"]))
        .sign(new TextEncoder().encode(SECRET))}`,
      `Bearer ${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from('{"logs":["*"],"exp":9999999999}').toString("base64url")}.`,
    ]);
  }
  if (r.chance(0.15))
    h.Cookie = r.pick(["logrelay_token=abc", "logrelay_token=%E0%A4%A", "logrelay_token=", "a=b; ; =c; logrelay_token", `x=${"c".repeat(r.int(3000))}`]);
  if (r.chance(0.5))
    h["Content-Type"] = r.pick([
      "text/plain",
      "text/plain; charset=utf-8",
      "application/json",
      "text/html",
      "",
      "text/plain;;;",
      "multipart/form-data; boundary=x",
      "*/*",
    ]);
  if (r.chance(0.1)) h["Logrelay-First-Line"] = r.pick(NUMBERS);
  if (r.chance(0.1)) h.Origin = r.pick(["https://ci.example", "https://evil.example", "null", ""]);
  if (r.chance(0.1)) h["X-Request-Id"] = r.pick(["abc", "", "x".repeat(200), "a b", "../../etc"]);
  if (r.chance(0.1)) h.Accept = r.pick(["text/event-stream", "*/*", "application/json"]);
  if (r.chance(0.1)) h[`X-Fuzz-${r.int(1000)}`] = r.pick(["v", "😀", "a\tb", "x".repeat(r.int(2000))]);
  if (r.chance(0.05)) h["Content-Encoding"] = r.pick(["gzip", "br", "identity"]);
  if (r.chance(0.05)) h.Expect = "100-continue";
  return h;
}

function randomBody(r: Rng): Buffer | undefined {
  switch (r.int(7)) {
    case 0:
      return undefined;
    case 1:
      return Buffer.alloc(0);
    case 2:
      return Buffer.from(Array.from({ length: 1 + r.int(20) }, (_, i) => `fuzz line ${i} ${r.pick(ODD)}`).join(r.pick(["\n", "\r\n", "\r"])));
    case 3:
      return Buffer.from(Array.from({ length: r.int(3000) }, () => r.int(256)));
    case 4:
      return Buffer.from(
        r.pick([
          '{"status":"failure"}',
          '{"status":',
          '{"values":["fuzz-secret-1"]}',
          '{"values":["ab"]}',
          "[]",
          "null",
          '{"status":{"$gt":""}}',
          '{"__proto__":{"x":1}}',
        ]),
      );
    case 5:
      return Buffer.from(`${"w".repeat(r.int(70_000))}\n`);
    default:
      return Buffer.from("é".repeat(r.int(500)));
  }
}

interface Outcome {
  readonly target: string;
  readonly request: string;
  readonly res: RawResponse;
}

function violations(o: Outcome): string[] {
  const { res } = o;
  const out: string[] = [];
  if (res.timedOut) out.push("no answer within the timeout");
  else if (res.status === 0) out.push("closed without an answer");
  if (res.status >= 500 && !(res.status === 503 && res.headers["retry-after"]))
    out.push(`status ${res.status} ${res.headers["x-request-id"] ? "from a service" : "from nginx"}: ${JSON.stringify(res.body.slice(0, 160))}`);
  // every refusal is JSON, the services' and nginx's own alike (a HEAD answer has no body)
  if (res.status >= 400 && !o.request.startsWith("HEAD ")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      parsed = undefined;
    }
    if (!(parsed && typeof parsed === "object" && typeof (parsed as { error?: unknown }).error === "string"))
      out.push(`${res.status} without a JSON error: ${JSON.stringify(res.body.slice(0, 120))}`);
  }
  return out;
}

/** Every final status line in a byte stream of several responses. */
function statuses(raw: string): number[] {
  return heads(raw).map((h) => h.status);
}

/** Every final response head (status and header block) in a byte stream of several responses. */
function heads(raw: string): { status: number; headers: string }[] {
  return [...raw.matchAll(/(?:^|\r\n)HTTP\/1\.1 (\d{3}) [^\r\n]*\r\n((?:[^\r\n]+\r\n)*)\r\n/g)]
    .map((m) => ({ status: Number(m[1]), headers: m[2] }))
    .filter((h) => h.status >= 200);
}

describe("fuzzing the HTTP surface", () => {
  it(`answers every random request with < 500 and JSON errors, and stays healthy (seed ${SEED})`, { timeout: 60_000 }, async () => {
    const r = prng(SEED);
    const build = Date.now() % 1_000_000_000;
    const deadline = Date.now() + BUDGET_MS;
    const outcomes: Outcome[] = [];
    let sent = 0;
    const worker = async () => {
      while (sent < MAX_REQUESTS && Date.now() < deadline) {
        sent++;
        const target = r.pick(targets);
        const method = r.chance(0.85)
          ? r.pick(["GET", "POST", "GET", "POST", "HEAD", "OPTIONS"])
          : r.pick(["PUT", "DELETE", "PATCH", "TRACE", "FOO", "get", "CONNECT"]);
        const path = randomPath(r, build);
        const headers = await randomHeaders(r);
        const body = method === "GET" && r.chance(0.8) ? undefined : randomBody(r);
        const request = buildRequest(method, path, headers, body);
        // HEAD of a stream answers headers only, and a TRACE or CONNECT may be held by nginx: read briefly
        const res = await rawRequest(target.port, request, 4000);
        outcomes.push({ target: target.name, request: `${method} ${path.slice(0, 200)} ${JSON.stringify(headers).slice(0, 300)}`, res });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const bad = outcomes.flatMap((o) => violations(o).map((v) => `[seed ${SEED}] ${o.target}: ${o.request} -> ${v}`));
    const statuses = new Map<number, number>();
    for (const o of outcomes) statuses.set(o.res.status, (statuses.get(o.res.status) ?? 0) + 1);
    expect(bad, `status counts ${JSON.stringify(Object.fromEntries(statuses))}`).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(200);
    expect(statuses.get(503) ?? 0, "503s from the full relay, so the Retry-After check ran").toBeGreaterThan(0);
    // a spread of answers, not one error for everything
    expect([...statuses.keys()].filter((s) => s >= 200 && s < 300).length).toBeGreaterThan(0);
    expect([...statuses.keys()].filter((s) => s >= 400 && s < 500).length).toBeGreaterThan(3);

    for (const p of [stack.producer, ...stack.relays, ...(extra as typeof stack.relays)]) expect(p.running, `${p.name} still running`).toBe(true);
    for (const t of targets) expect((await fetch(`http://127.0.0.1:${t.port}/healthz`, { signal: AbortSignal.timeout(2000) })).status, t.name).toBe(200);
    // and still does its job
    const step = uniqueStep("fuzzcheck");
    expect((await appendLines(stack.url, step.path, "after the fuzz\n")).status).toBe(200);
    const viewer = new Viewer(`${stack.url}${step.path}/logs/events`);
    try {
      await waitFor(() => viewer.texts[0] === "after the fuzz", "a line after the fuzz");
    } finally {
      viewer.close();
    }
  });

  it(`answers pipelined random requests on kept-alive connections without a 5xx (seed ${SEED})`, { timeout: 30_000 }, async () => {
    const r = prng(SEED + 1);
    const build = Date.now() % 1_000_000_000;
    const deadline = Date.now() + 4000;
    const bad: string[] = [];
    let connections = 0;
    let answers = 0;
    let pipelined = 0; // connections that got two answers or more
    const worker = async () => {
      while (connections < 300 && Date.now() < deadline) {
        connections++;
        const target = r.pick(targets);
        const parts: Buffer[] = [];
        for (let i = 0, n = 2 + r.int(3); i < n; i++) {
          const method = r.pick(["GET", "POST", "POST", "HEAD", "OPTIONS", "DELETE"]);
          const headers = { ...(await randomHeaders(r)), Connection: i === n - 1 ? "close" : "keep-alive" };
          const body = method === "POST" ? (randomBody(r) ?? Buffer.alloc(0)) : undefined;
          // a stream never ends, so pipelined requests ask for ended or refused ones mostly
          parts.push(buildRequest(method, randomPath(r, build).replace(/\/logs\/events/, r.chance(0.8) ? "/logs/end" : "/logs/events"), headers, body));
        }
        const res = await rawRequest(target.port, Buffer.concat(parts), 3000);
        // every request answered and the connection closed after the last (Connection: close),
        // unless one of them opened a stream, which stays open by design: anything else hung
        if (res.timedOut && !/^content-type: *text\/event-stream/im.test(res.raw))
          bad.push(
            `[seed ${SEED + 1}] ${target.name}: no answer within 3 s after ${statuses(res.raw).length} of ${parts.length}: ${parts.map((p) => p.toString("latin1").split("\r\n")[0].slice(0, 100)).join(" | ")}`,
          );
        answers += statuses(res.raw).length;
        if (statuses(res.raw).length >= 2) pipelined++;
        for (const { status, headers } of heads(res.raw)) {
          if (status >= 500 && !(status === 503 && /^retry-after: *\d+/im.test(headers)))
            bad.push(`[seed ${SEED + 1}] ${target.name}: ${status} in ${parts.map((p) => p.toString("latin1").split("\r\n")[0].slice(0, 100)).join(" | ")}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(bad).toEqual([]);
    expect(connections).toBeGreaterThan(50);
    // pipelining happened: many connections got more than one answer (~25-30% do: the others
    // asked for a stream, which never ends, or were refused and closed after their first request)
    expect(pipelined, `${answers} answers on ${connections} connections`).toBeGreaterThan(connections * 0.1);
    for (const p of [stack.producer, ...stack.relays, ...(extra as typeof stack.relays)]) expect(p.running, `${p.name} still running`).toBe(true);
    for (const t of targets) expect((await fetch(`http://127.0.0.1:${t.port}/healthz`, { signal: AbortSignal.timeout(2000) })).status, t.name).toBe(200);
  });
});
