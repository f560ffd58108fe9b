/**
 * What a new user found by trying logrelay through nginx (issue 10): plain bodies over nginx's
 * default 1 MiB, `.` and `..` as names, end bodies that are not an object, the append answer
 * under concurrent writers, the session cookie of a token with a huge `exp`, and a raw download
 * that is byte for byte what was uploaded. Everything goes through nginx to the services.
 */
import http from "node:http";
import { SignJWT } from "jose";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepKeys } from "../../common/contract.ts";
import { appendLines, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { startUpload } from "../support/upload.ts";

const MAX_BODY_BYTES = 64 * 1024 * 1024; // the producer's default (producer/config.ts)
const JWT_SECRET = "trust-test-secret-0123456789abcdef0123456789";

let stack: LocalStack;
let authStack: LocalStack;
let redis: Redis;

beforeAll(async () => {
  stack = await startTestStack({ relays: 2 });
  authStack = await startTestStack({ relays: 1, relayEnv: { AUTH_JWT_SECRET: JWT_SECRET } });
  redis = new Redis(stack.redis.url);
}, 60_000);
afterAll(async () => {
  redis?.disconnect();
  await stopAllStacks();
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * One request with a raw path (no URL normalisation: `.` and `%2E` reach nginx as written).
 * The answer counts even when the server answers before taking the whole body and the rest
 * of the upload then fails.
 */
function request(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: stack.nginx.port, method, path, headers, agent: false });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", (err) => !answered && reject(err));
    req.end(body);
  });
}

const json = (a: Answer) => JSON.parse(a.body.toString("utf8")) as Record<string, unknown>;
const meta = async (step: Parameters<typeof stepKeys>[0]) => redis.hgetall(stepKeys(step).meta);
const storedLines = async (step: Parameters<typeof stepKeys>[0]) => redis.lrange(stepKeys(step).lines, 0, -1);

/** `size` bytes of 100-byte lines, each ending with \n, numbered so any mix-up shows. */
function bodyOf(size: number): Buffer {
  const line = (i: number) => `line ${String(i).padStart(9, "0")} `.padEnd(99, "x") + "\n";
  const count = Math.floor(size / 100);
  const out = Buffer.alloc(count * 100);
  for (let i = 0; i < count; i++) out.write(line(i + 1), i * 100, "latin1");
  return out;
}

describe("plain (non-chunked) bodies over nginx's default 1 MiB", () => {
  it("reach the producer through nginx and are stored: 5 MB and 60 MB (under MAX_BODY_BYTES, 64 MiB)", { timeout: 120_000 }, async () => {
    for (const size of [5_000_000, 60_000_000]) {
      const step = uniqueStep();
      const body = bodyOf(size);
      const res = await request("POST", `${step.path}/logs`, { "Content-Type": "text/plain", "Content-Length": String(body.length) }, body);
      expect(res.status, `${size} bytes: ${res.body.toString().slice(0, 200)}`).toBe(200);
      const lines = size / 100;
      expect(json(res)).toEqual({ appended: lines, first: 1, last: lines });
      expect(await redis.llen(stepKeys(step).lines)).toBe(lines);
      expect(await redis.lindex(stepKeys(step).lines, -1)).toBe(body.subarray(body.length - 100, body.length - 1).toString("latin1"));
    }
  });

  it("over MAX_BODY_BYTES gets the producer's own JSON 413, not nginx's, and nothing is stored", { timeout: 60_000 }, async () => {
    const step = uniqueStep();
    const body = Buffer.alloc(MAX_BODY_BYTES + 1_000_000, "z\n");
    const res = await request("POST", `${step.path}/logs`, { "Content-Type": "text/plain", "Content-Length": String(body.length) }, body);
    expect(res.status).toBe(413);
    expect(json(res).error).toMatch(/MAX_BODY_BYTES \(67108864 bytes\)/);
    expect(await redis.exists(stepKeys(step).lines)).toBe(0);
  });

  it("still get nginx's 413 on a path that takes no body", async () => {
    const res = await request("GET", "/api/steps", { "Content-Length": String(2 * 1024 * 1024) }, Buffer.alloc(2 * 1024 * 1024));
    expect(res.status).toBe(413);
    expect(json(res)).toEqual({ error: "the request body is too large" });
  });
});

describe("`.` and `..` as org or repo", () => {
  const dots = [".", "..", "%2E", "%2e%2E"];
  const routes = (org: string, repo: string) =>
    [
      ["POST", `/${org}/${repo}/builds/1/steps/1/logs`, "text/plain", "x\n"],
      ["POST", `/${org}/${repo}/builds/1/steps/1/logs/end`, "application/json", '{"status":"success"}'],
      ["POST", `/${org}/${repo}/builds/1/secrets`, "application/json", '{"values":["a-long-secret"]}'],
      ["GET", `/${org}/${repo}/builds/1/steps/1/logs/events`, undefined, undefined],
      ["GET", `/${org}/${repo}/builds/1/steps/1/logs`, undefined, undefined],
    ] as const;

  it("are refused with 400 JSON on every route, and nothing is stored", async () => {
    const answers: string[] = [];
    for (const dot of dots) {
      for (const [org, repo] of [
        [dot, "app"],
        ["acme", dot],
      ]) {
        for (const [method, path, type, body] of routes(org, repo)) {
          const res = await request(method, path, type ? { "Content-Type": type } : {}, body);
          answers.push(`${method} ${path} ${res.status} ${res.body.toString().slice(0, 80)}`);
          expect(res.status, answers.at(-1)).toBe(400);
          expect(json(res), answers.at(-1)).toEqual({ error: expect.any(String) });
        }
      }
    }
    expect(await redis.keys("logrelay:{./*")).toEqual([]);
    expect(await redis.keys("logrelay:{*/./*")).toEqual([]);
    expect(await redis.keys("logrelay:{*..*")).toEqual([]);
  });

  it("still accepts names with dots in them", async () => {
    const step = { org: "my.org", repo: ".dotfiles", build: 1, step: 1 };
    const res = await request("POST", `/${step.org}/${step.repo}/builds/1/steps/1/logs`, { "Content-Type": "text/plain" }, "ok\n");
    expect(res.status).toBe(200);
    expect(await storedLines(step)).toEqual(["ok"]);
  });
});

describe("ending a step with a body that is not a status object", () => {
  it("answers 400 and ends nothing; an object with a known status, or no body at all, ends it", async () => {
    for (const body of ['"failure"', '["failure"]', "null", '{"Status":"failure"}', "{}", "42", '{"status":"Failure"}', '{"status":null}']) {
      const step = uniqueStep();
      await appendLines(stack.url, step.path, "a\n");
      const res = await request("POST", `${step.path}/logs/end`, { "Content-Type": "application/json" }, body);
      expect(res.status, body).toBe(400);
      expect(json(res).error, body).toMatch(/status/);
      expect((await meta(step)).status, body).toBe("running");
      const right = await request("POST", `${step.path}/logs/end`, { "Content-Type": "application/json" }, '{"status":"failure"}');
      expect(json(right)).toEqual({ lines: 1, status: "failure" });
    }
    for (const headers of [{}, { "Content-Type": "application/json" }, { "Content-Length": "0" }] as Record<string, string>[]) {
      const step = uniqueStep();
      const res = await request("POST", `${step.path}/logs/end`, headers);
      expect(json(res), JSON.stringify(headers)).toEqual({ lines: 0, status: "success" });
      expect((await meta(step)).status).toBe("success");
    }
  });
});

describe("the append answer under concurrent writers", () => {
  const CLIENTS = 10;
  const LINES = 300;
  const body = (client: number) => Array.from({ length: LINES }, (_, i) => `client ${client} line ${i + 1}`).join("\n") + "\n";

  /** Each answer's first..last holds exactly its own `appended` lines, and the answers add up to the step. */
  function expectExact(answers: Record<string, unknown>[], stored: string[]): void {
    let total = 0;
    answers.forEach((a, client) => {
      const { appended, first, last } = a as { appended: number; first: number; last: number };
      total += appended;
      if (appended === 0) {
        expect(first, JSON.stringify(a)).toBe(last + 1);
        return;
      }
      const range = stored.slice(first - 1, last);
      expect(range[0], `client ${client}: ${JSON.stringify(a)}`).toMatch(new RegExp(`^client ${client} `));
      expect(range.at(-1), `client ${client}: ${JSON.stringify(a)}`).toMatch(new RegExp(`^client ${client} `));
      expect(range.filter((l) => l.startsWith(`client ${client} `)).length, `client ${client}: ${JSON.stringify(a)}`).toBe(appended);
    });
    expect(total).toBe(stored.length);
  }

  it("says which lines each request stored, without Logrelay-First-Line", async () => {
    const step = uniqueStep();
    const answers = await Promise.all(Array.from({ length: CLIENTS }, (_, c) => appendLines(stack.url, step.path, body(c))));
    for (const a of answers) expect(a.status).toBe(200);
    const stored = await storedLines(step);
    expect(stored.length).toBe(CLIENTS * LINES);
    expectExact(
      answers.map((a) => a.json),
      stored,
    );
  });

  it("says which lines each request stored when all name the same Logrelay-First-Line", async () => {
    const step = uniqueStep();
    const answers = await Promise.all(Array.from({ length: CLIENTS }, (_, c) => appendLines(stack.url, step.path, body(c), { "Logrelay-First-Line": "1" })));
    for (const a of answers) expect(a.status).toBe(200);
    const stored = await storedLines(step);
    expect(stored.length).toBe(LINES); // positions 1..LINES were taken once; the rest were skipped
    expectExact(
      answers.map((a) => a.json),
      stored,
    );
  });

  it("answers a streamed upload with its first and last stored line, and an empty range after the step's end when it stored nothing", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, "a\nb\n");
    const upload = startUpload(`${stack.url}${step.path}/logs`);
    await upload.write("c\n");
    await waitFor(async () => (await storedLines(step)).includes("c"), "the upload's first chunk stored");
    await appendLines(stack.url, step.path, "other\n");
    await upload.write("d\ne\n");
    await waitFor(async () => (await storedLines(step)).includes("e"), "the upload's second chunk stored");
    await appendLines(stack.url, step.path, "other again\n");
    expect((await upload.end()).json).toMatchObject({ appended: 3 });
    const stored = await storedLines(step);
    const ended = (await upload.answered).json as { first: number; last: number };
    expect(stored[ended.first - 1]).toBe("c");
    expect(stored[ended.last - 1]).toBe("e");
    const empty = await appendLines(stack.url, step.path, "", {});
    expect(empty.json).toEqual({ appended: 0, first: stored.length + 1, last: stored.length });
  });
});

describe("the viewer session cookie", () => {
  it("has an integer Max-Age of at most 400 days, however far the token's exp", async () => {
    const key = new TextEncoder().encode(JWT_SECRET);
    for (const [exp, want] of [
      [1e300, 400 * 86400],
      [2 ** 53 - 1, 400 * 86400],
      [Math.floor(Date.now() / 1000) + 300, 300],
    ] as const) {
      const token = await new SignJWT({ logs: ["*"] }).setProtectedHeader({ alg: "HS256" }).setExpirationTime(exp).sign(key);
      const res = await fetch(`${authStack.url}/api/session`, { headers: { Authorization: `Bearer ${token}` } });
      expect(res.status).toBe(204);
      const maxAge = /; Max-Age=([^;]*);/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "";
      expect(maxAge, String(exp)).toMatch(/^[0-9]+$/);
      expect(Number(maxAge)).toBeGreaterThan(want - 30);
      expect(Number(maxAge)).toBeLessThanOrEqual(want);
    }
  });
});

describe("the raw download", () => {
  it("is byte for byte what a build piped through a streaming upload printed", async () => {
    const step = uniqueStep();
    const printed = [
      "\x1b[1m$ npm ci\x1b[0m\n",
      "[####      ] 40%\r[##########] 100%\n",
      "\n",
      "日本語 ✓ émoji 🚀\n",
      "  \x1b[32m✓\x1b[0m case 1\n",
      "tabs\tand trailing spaces   \n",
      "done\n",
    ].join("");
    const bytes = Buffer.from(printed, "utf8");
    const upload = startUpload(`${stack.url}${step.path}/logs`);
    // chunks cut anywhere, through a UTF-8 character too
    for (const [from, to] of [
      [0, 7],
      [7, 40],
      [40, 58],
      [58, 61],
      [61, bytes.length],
    ])
      await upload.write(bytes.subarray(from, to));
    expect((await upload.end()).status).toBe(200);
    const res = await request("GET", `${step.path}/logs`);
    expect(res.status).toBe(200);
    expect(res.body.toString("utf8")).toBe(printed);
    expect(res.body.equals(bytes)).toBe(true);
  });

  it("ends every line with \\n, a last line sent without one too, and is empty for a step with no line", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, "one\r\ntwo\n\nthree");
    expect((await request("GET", `${step.path}/logs`)).body.toString()).toBe("one\ntwo\n\nthree\n");
    const empty = uniqueStep();
    await request("POST", `${empty.path}/logs/end`);
    const res = await request("GET", `${empty.path}/logs`);
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
  });
});
