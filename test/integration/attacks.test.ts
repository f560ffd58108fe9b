/**
 * What attacking logrelay through nginx found (issue 16): secrets in step names, nginx answering
 * in HTML, the relay's /metrics under other spellings, one step on several URLs, a repeated
 * resume id, names that are not one line of text, and uploads without a cap per address.
 * Everything goes through nginx with the repository's nginx.conf to real services and Redis.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { buildRequest, rawRequest, type RawResponse } from "../support/raw-http.ts";
import { rawStream } from "../support/sse.ts";
import { startUpload, type Upload } from "../support/upload.ts";

let stack: LocalStack;

beforeAll(async () => {
  stack = await startTestStack({ relays: 2, producerEnv: { LOG_LEVEL: "debug" } });
});
afterAll(async () => {
  await stopAllStacks();
});

const send = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
  rawRequest(stack.nginx.port, buildRequest(method, path, headers, body), 10_000);

/** The contract's error answer: JSON `{"error": "..."}` and nothing else, whoever made it. */
function expectJsonError(res: RawResponse, what: string): void {
  expect(res.headers["content-type"], `${what}: ${res.status} ${res.body.slice(0, 120)}`).toMatch(/^application\/json/);
  expect(JSON.parse(res.body), what).toEqual({ error: expect.any(String) });
}

function uniqueBuild() {
  const s = uniqueStep();
  return { ...s, buildPath: `/${s.org}/${s.repo}/builds/${s.build}` };
}

describe("a secret value in a step's name", () => {
  it("is masked like a line: in the answer, the steps JSON, the build's stream, and never in the producer's log", async () => {
    const secret = "hunter2-name-secret-value";
    const b = uniqueBuild();
    const reg = await fetch(`${stack.url}${b.buildPath}/secrets`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ values: [secret] }),
    });
    expect(reg.status).toBe(200);
    const watching = rawStream(`${stack.url}${b.buildPath}/events`, {}, 4000);
    await new Promise((r) => setTimeout(r, 300)); // the build stream's snapshot is sent before the name comes
    const put = await fetch(`${stack.url}${b.path}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: `deploy ${secret} now` }),
    });
    expect(await put.json()).toEqual({ step: b.step, name: "deploy *** now" });
    const list = (await (await fetch(`${stack.url}${b.buildPath}/steps`)).json()) as { steps: { name: string }[] };
    expect(list.steps.map((s) => s.name)).toEqual(["deploy *** now"]);
    const stream = await watching;
    expect(stream.text).toContain('"name":"deploy *** now"');
    expect(stream.text).not.toContain(secret);
    // the producer logs the naming at info (LOG_LEVEL=debug here): with the mask applied
    await waitFor(() => readFileSync(stack.producer.logFile, "utf8").includes("deploy *** now"), "the producer to log the naming");
    expect(readFileSync(stack.producer.logFile, "utf8")).not.toContain(secret);
  });
});

describe("a step's name", () => {
  it("is one line of well-formed text: U+0085, U+2028 and a lone surrogate get 400, an emoji is kept as sent", async () => {
    const s = uniqueStep();
    const put = (raw: string) => send("PUT", s.path, { "Content-Type": "application/json" }, raw);
    for (const raw of ['{"name":"a\\u0085b"}', '{"name":"a\\u2028b"}', '{"name":"a\\u009bb"}', '{"name":"a\\ud800b"}', '{"name":"a\\udc00"}']) {
      const res = await put(raw);
      expect(res.status, raw).toBe(400);
      expectJsonError(res, raw);
    }
    const ok = await put('{"name":"ship it \\ud83d\\ude80"}');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ step: s.step, name: "ship it 🚀" });
    const list = (await (await fetch(`${stack.url}/${s.org}/${s.repo}/builds/${s.build}/steps`)).json()) as { steps: { name: string }[] };
    expect(list.steps[0].name).toBe("ship it 🚀");
  });
});

describe("nginx's own answers", () => {
  it("are JSON for 501 (unknown Transfer-Encoding), 505, a bad chunk size on ingest, and 403 under /assets/", async () => {
    const s = uniqueStep();
    const cases: [string, string | Buffer, number][] = [
      ["501", buildRequest("POST", `${s.path}/logs`, { "Transfer-Encoding": "gzip", "Content-Type": "text/plain" }), 501],
      ["505", "GET / HTTP/2.0\r\nHost: x\r\nConnection: close\r\n\r\n", 505],
      ["505 on ingest", `POST ${s.path}/logs HTTP/3.0\r\nHost: x\r\nConnection: close\r\n\r\n`, 505],
      [
        "bad chunk size",
        buildRequest("POST", `${s.path}/logs`, { "Transfer-Encoding": "chunked", "Content-Type": "text/plain" }, "zz\r\nabc\r\n0\r\n\r\n"),
        400,
      ],
      ["403", buildRequest("GET", "/assets/"), 403],
    ];
    for (const [what, request, status] of cases) {
      const res = await rawRequest(stack.nginx.port, request);
      expect(res.status, what).toBe(status);
      expectJsonError(res, what);
    }
  });
});

describe("the relay's /metrics", () => {
  it("is not served through nginx under any spelling, and an org named metrics still works", async () => {
    for (const path of [
      "/metrics",
      "/metrics/",
      "/METRICS",
      "/Metrics",
      "/mEtRiCs/",
      "/metrics//",
      "/%6Detrics",
      "/%6detrics/",
      "/metrics?x=1",
      "/METRICS/?a=b",
    ]) {
      const res = await send("GET", path);
      expect(res.status, path).toBe(404);
      expectJsonError(res, path);
      expect(res.body).not.toContain("logrelay_");
    }
    const org = await fetch(`${stack.url}/metrics/app/builds/1/steps`);
    expect(org.status).toBe(200);
    expect(await org.json()).toEqual({ steps: [] });
  });
});

describe("one step, one URL", () => {
  /** Every route of both services through nginx, with a body each takes. */
  const routes = (b: ReturnType<typeof uniqueBuild>) =>
    [
      ["POST", `${b.path}/logs`, "text/plain", "x\n"],
      ["POST", `${b.path}/logs/end`, "application/json", '{"status":"success"}'],
      ["PUT", b.path, "application/json", '{"name":"n"}'],
      ["POST", `${b.buildPath}/secrets`, "application/json", '{"values":["a-long-secret"]}'],
      ["GET", `${b.path}/logs/events`],
      ["GET", `${b.path}/logs`],
      ["GET", `${b.buildPath}/steps`],
      ["GET", `${b.buildPath}/events`],
      ["GET", "/api/steps"],
      ["GET", "/api/session"],
      ["GET", "/readyz"],
    ] as const;

  /** Other spellings of a path: another case of a fixed segment, a trailing or doubled slash, an escaped character. */
  function variants(path: string): string[] {
    const out = new Set<string>();
    for (const word of ["builds", "steps", "logs", "events", "secrets", "api", "session", "readyz"]) {
      const at = path.indexOf(`/${word}`);
      if (at < 0) continue;
      out.add(path.slice(0, at + 1) + word.toUpperCase() + path.slice(at + 1 + word.length));
      out.add(path.slice(0, at + 1) + word[0].toUpperCase() + path.slice(at + 2));
      out.add(path.slice(0, at + 1) + `%${word.charCodeAt(0).toString(16)}` + path.slice(at + 2));
    }
    out.add(`${path}/`);
    out.add(path.replace(/\/([^/]+)$/, "//$1"));
    out.add(path.replace(/\/builds\/(\d)/, "/builds/%3$1").replace(/\/steps\/(\d)/, "/steps/%3$1"));
    out.add(path.replace(/^\/([a-z])/, (_, c: string) => `/%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    out.delete(path);
    return [...out];
  }

  it("answers every other spelling of every route with 404 or 400 JSON, and stores nothing", { timeout: 60_000 }, async () => {
    const b = uniqueBuild();
    // digits to escape: build and step numbers made of 1-9 so "%3N" spells one of them
    const wrong: string[] = [];
    for (const [method, path, type, body] of routes(b)) {
      for (const variant of variants(path)) {
        const res = await send(method, variant, type ? { "Content-Type": type } : {}, body);
        if (![400, 404].includes(res.status)) wrong.push(`${method} ${variant}: ${res.status} ${res.body.slice(0, 80)}`);
        else expectJsonError(res, `${method} ${variant}`);
      }
    }
    expect(wrong).toEqual([]);
    // nothing reached the step or the build under another spelling
    const list = (await (await fetch(`${stack.url}${b.buildPath}/steps`)).json()) as { steps: unknown[] };
    expect(list.steps).toEqual([]);
    // and every route is there under its one URL
    const answers: string[] = [];
    for (const [method, path, type, body] of routes(b)) {
      const res = await send(method, path, type ? { "Content-Type": type } : {}, body);
      answers.push(`${method} ${path.replace(b.buildPath, "")} ${res.status}`);
    }
    expect(answers).toEqual([
      "POST /steps/" + b.step + "/logs 200",
      "POST /steps/" + b.step + "/logs/end 200",
      "PUT /steps/" + b.step + " 200",
      "POST /secrets 200",
      "GET /steps/" + b.step + "/logs/events 200",
      "GET /steps/" + b.step + "/logs 200",
      "GET /steps 200",
      "GET /events 200",
      "GET /api/steps 200",
      "GET /api/session 204",
      "GET /readyz 200",
    ]);
  });

  it("answers a query parameter given twice with 400, first of all ?lastEventId=7&lastEventId=3", async () => {
    const s = uniqueStep();
    await appendLines(stack.url, s.path, Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join("\n"));
    for (const path of [
      `${s.path}/logs/events?lastEventId=7&lastEventId=3`,
      `${s.path}/logs/events?lastEventId=7&lastEventId=7`,
      `${s.path}/logs?timestamps=1&timestamps=0`,
      "/api/steps?limit=1&limit=100",
      `${s.path}/logs/events?token=a&token=b`,
    ]) {
      const res = await send("GET", path);
      expect(res.status, path).toBe(400);
      expectJsonError(res, path);
    }
    // one of each is fine
    const one = await rawStream(`${stack.url}${s.path}/logs/events?lastEventId=7`, {}, 1000);
    expect(one.text).toContain('data: {"n":8,');
  });
});

describe("open uploads per client address", () => {
  it("are capped in nginx at 256 (429 JSON with Retry-After), appends and the others unaffected", { timeout: 60_000 }, async () => {
    const s = uniqueStep();
    const uploads: Upload[] = [];
    try {
      for (let i = 0; i < 256; i++) uploads.push(startUpload(`${stack.url}${s.path}/logs`));
      // each has reached the producer once a line of it is stored
      for (let i = 0; i < uploads.length; i++) await uploads[i].write(`upload ${i}\n`);
      await waitFor(
        async () => Number((await (await fetch(`${stack.url}${s.path}/logs`)).headers.get("logrelay-last-line")) ?? 0) === 256,
        "a line of each upload stored",
        30_000,
      );
      const chunked = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n0\r\n\r\n`;
      const over = await send("POST", `${s.path}/logs`, { "Content-Type": "text/plain", "Transfer-Encoding": "chunked" }, chunked("one more\n"));
      expect(over.status).toBe(429);
      expect(over.headers["retry-after"]).toBe("5");
      expectJsonError(over, "429");
      // an append (a body with its length) is not an upload: it goes through meanwhile
      const append = await send("POST", `${s.path}/logs`, { "Content-Type": "text/plain" }, "an append\n");
      expect(append.status).toBe(200);
      const done = await uploads.pop()!.end();
      expect(done.status).toBe(200);
      await waitFor(
        async () =>
          (await send("POST", `${s.path}/logs`, { "Content-Type": "text/plain", "Transfer-Encoding": "chunked" }, chunked("admitted\n"))).status === 200,
        "an upload to be admitted again",
      );
    } finally {
      for (const u of uploads) u.destroy();
    }
  });
});

// last: it stops the stack's producer
describe("the producer down", () => {
  it("gets nginx's JSON 502 with Retry-After on every producer route, as the relays' routes do", async () => {
    await stack.producer.stop("SIGKILL");
    const b = uniqueBuild();
    for (const [method, path, type, body] of [
      ["POST", `${b.path}/logs`, "text/plain", "x\n"],
      ["POST", `${b.path}/logs/end`, "application/json", ""],
      ["PUT", b.path, "application/json", '{"name":"n"}'],
      ["POST", `${b.buildPath}/secrets`, "application/json", '{"values":["a-long-secret"]}'],
    ] as const) {
      const res = await send(method, path, { "Content-Type": type }, body);
      expect(res.status, `${method} ${path}`).toBe(502);
      expect(res.headers["retry-after"], `${method} ${path}`).toBe("1");
      expectJsonError(res, `${method} ${path}`);
    }
  });
});
