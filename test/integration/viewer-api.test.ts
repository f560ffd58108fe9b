/** The relay endpoints the viewer page needs, through nginx: the raw log and the recent-steps list. */
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, endStep, lines, startTestStack, stopAllStacks, uniqueStep, type LocalStack } from "../support/stack.ts";

const SECRET = "viewer-api-test-secret";
let open: LocalStack;
let authed: LocalStack;

beforeAll(async () => {
  [open, authed] = await Promise.all([startTestStack({ relays: 1 }), startTestStack({ relays: 1, relayEnv: { AUTH_JWT_SECRET: SECRET } })]);
});
afterAll(async () => {
  await stopAllStacks();
});

const token = (logs: string[]) => new SignJWT({ logs }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(SECRET));

interface Listed {
  name: string;
  status: string;
  lines: number;
  build: number;
  step: number;
  updated: number;
}
async function listSteps(base: string, query = ""): Promise<{ status: number; steps: Listed[]; body: Record<string, unknown> }> {
  const res = await fetch(`${base}/api/steps${query}`);
  const body = (await res.json()) as { steps?: Listed[] };
  return { status: res.status, steps: body.steps ?? [], body };
}

// first in the file: the authed stack holds no step yet
describe("an empty step list with auth on", () => {
  it("still wants a valid token: 401 without, 200 and no steps with", async () => {
    expect((await fetch(`${authed.url}/api/steps`)).status).toBe(401);
    expect((await fetch(`${authed.url}/api/steps?token=not-a-jwt`)).status).toBe(401);
    expect(await listSteps(authed.url, `?token=${await token(["acme/*"])}`)).toMatchObject({ status: 200, steps: [] });
  });
});

describe("GET /api/session: a viewer token traded for a cookie", () => {
  it("sets the token as an HttpOnly cookie until it expires, which then opens streams", async () => {
    const step = uniqueStep("acme");
    await appendLines(authed.url, step.path, "by session cookie\n");
    const jwt = await token(["acme/*"]);
    const res = await fetch(`${authed.url}/api/session`, { headers: { Authorization: `Bearer ${jwt}` } });
    expect(res.status).toBe(204);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^logrelay_token=[\w.-]+; Path=\/; Max-Age=(29\d|300); HttpOnly; SameSite=Strict$/);
    const value = cookie.split(";")[0];
    const raw = await fetch(`${authed.url}${step.path}/logs`, { headers: { Cookie: value } });
    expect([raw.status, await raw.text()]).toEqual([200, "by session cookie\n"]);
    // behind a TLS proxy that says so, the cookie is Secure too
    const tls = await fetch(`${authed.url}/api/session`, { headers: { Authorization: `Bearer ${jwt}`, "X-Forwarded-Proto": "https" } });
    expect(tls.headers.get("set-cookie")).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
  });

  it("sets nothing for a missing, bad or query-only token; with auth off it has nothing to do", async () => {
    for (const [url, headers] of [
      [`${authed.url}/api/session`, {}],
      [`${authed.url}/api/session`, { Authorization: "Bearer not-a-jwt" }],
      [`${authed.url}/api/session?token=${await token(["acme/*"])}`, {}],
    ] as const) {
      const res = await fetch(url, { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(await res.json()).toEqual({ error: expect.any(String) });
    }
    const open204 = await fetch(`${open.url}/api/session`, { headers: { Authorization: `Bearer ${await token(["*"])}` } });
    expect([open204.status, open204.headers.get("set-cookie")]).toEqual([204, null]);
  });
});

describe("GET /api/session when the browser is signed in already", () => {
  const signed = (claims: Record<string, unknown>, expires = "5m") =>
    new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setExpirationTime(expires).sign(new TextEncoder().encode(SECRET));
  const trade = (jwt: string, cookie: string, query = "") =>
    fetch(`${authed.url}/api/session${query}`, { headers: { Authorization: `Bearer ${jwt}`, Cookie: `logrelay_token=${cookie}` } });

  it("keeps another viewer's valid session (409, no cookie set) unless asked to replace it", async () => {
    const mine = await signed({ logs: ["acme/*"], sub: "alice" });
    const theirs = await signed({ logs: ["globex/*"], sub: "mallory" });
    const kept = await trade(theirs, mine);
    expect([kept.status, kept.headers.get("set-cookie")]).toEqual([409, null]);
    expect(await kept.json()).toEqual({ error: expect.stringContaining("another viewer") });
    const anonymous = await trade(await signed({ logs: ["globex/*"] }), await signed({ logs: ["acme/*"] }));
    expect(anonymous.status).toBe(409); // no subject to compare: another token is another viewer
    const replaced = await trade(theirs, mine, "?replace=1");
    expect(replaced.status).toBe(204);
    expect(replaced.headers.get("set-cookie")).toContain(`logrelay_token=${theirs};`);
  });

  it("replaces the same viewer's token, an expired one or a bad one without asking", async () => {
    const fresh = await signed({ logs: ["acme/*"], sub: "alice" });
    for (const cookie of [
      await signed({ logs: ["acme/app"], sub: "alice" }, "1m"),
      await signed({ logs: ["globex/*"], sub: "bob" }, "-1m"),
      "not-a-jwt",
      fresh,
    ]) {
      const res = await trade(fresh, cookie);
      expect(res.status).toBe(204);
      expect(res.headers.get("set-cookie")).toContain(`logrelay_token=${fresh};`);
    }
  });
});

describe("raw log download", () => {
  it("returns the stored lines, each ended by \\n, as text/plain, \\r, HTML and Unicode untouched", async () => {
    const step = uniqueStep();
    const stored = ["plain", "progress 10%\rprogress 100%", "<script>alert(1)</script>", "\x1b[31mred\x1b[0m", "naïve ✓ 日本"];
    await appendLines(open.url, step.path, stored.join("\n") + "\n");
    const res = await fetch(`${open.url}${step.path}/logs`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await res.text()).toBe(stored.join("\n") + "\n");
  });

  it("streams a long log completely, across many Redis pages", async () => {
    const step = uniqueStep();
    const all = lines(1, 30000, "a fairly ordinary build output line number");
    for (let i = 0; i < all.length; i += 10000) await appendLines(open.url, step.path, all.slice(i, i + 10000).join("\n"));
    const res = await fetch(`${open.url}${step.path}/logs`);
    expect(res.headers.get("logrelay-last-line")).toBe("30000");
    const text = await res.text();
    expect(text).toBe(all.join("\n") + "\n");
  });

  it("serves an ended step, and 404 JSON for a step with no line and no status", async () => {
    const step = uniqueStep();
    await appendLines(open.url, step.path, "only\n");
    await endStep(open.url, step.path, "failure");
    const ended = await fetch(`${open.url}${step.path}/logs`);
    expect(ended.headers.get("logrelay-status")).toBe("failure");
    expect(await ended.text()).toBe("only\n");

    const missing = await fetch(`${open.url}${uniqueStep().path}/logs`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await missing.json()) as { error: string }).error).toMatch(/no such step/);
  });

  it("rejects an invalid path with 400 JSON", async () => {
    const res = await fetch(`${open.url}/acme/app/builds/x/steps/1/logs`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/build/);
  });

  it("needs the same token as the stream when auth is on: 401, 403, then 200 with ?token=", async () => {
    const step = uniqueStep("acme");
    await appendLines(authed.url, step.path, "secret line\n");
    expect((await fetch(`${authed.url}${step.path}/logs`)).status).toBe(401);
    expect((await fetch(`${authed.url}${step.path}/logs?token=${await token(["other/*"])}`)).status).toBe(403);
    const ok = await fetch(`${authed.url}${step.path}/logs?token=${await token(["acme/*"])}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("secret line\n");
    const cookie = await fetch(`${authed.url}${step.path}/logs`, { headers: { Cookie: `logrelay_token=${await token(["acme/*"])}` } });
    expect(cookie.status).toBe(200);
  });
});

describe("recent steps listing", () => {
  it("lists steps newest first with status and line count", async () => {
    const older = uniqueStep();
    const newer = uniqueStep();
    await appendLines(open.url, older.path, lines(1, 3).join("\n"));
    await endStep(open.url, older.path, "failure"); // ending touches the index too
    await new Promise((r) => setTimeout(r, 5)); // distinct activity scores (ms)
    await appendLines(open.url, newer.path, lines(1, 7).join("\n"));
    const { status, steps } = await listSteps(open.url);
    expect(status).toBe(200);
    const name = (s: typeof older) => `${s.org}/${s.repo}/${s.build}/${s.step}`;
    const a = steps.findIndex((s) => s.name === name(newer));
    const b = steps.findIndex((s) => s.name === name(older));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(b);
    expect(steps[a]).toMatchObject({ status: "running", lines: 7, build: newer.build, step: newer.step });
    expect(steps[b]).toMatchObject({ status: "failure", lines: 3 });
    expect(steps[a].updated).toBeGreaterThan(0);
  });

  it("spells each entry as docs/api.md does: its keys in order, a time not yet known as null", async () => {
    const running = uniqueStep();
    const ended = uniqueStep();
    await appendLines(open.url, running.path, "one\n");
    await appendLines(open.url, ended.path, "one\ntwo\n");
    await endStep(open.url, ended.path, "success");
    const text = await (await fetch(`${open.url}/api/steps?limit=200`)).text();
    const entry = (s: typeof running) => text.match(new RegExp(`\\{"name":"${s.org}/${s.repo}/${s.build}/${s.step}"[^}]*\\}`))?.[0];
    const ms = "[1-9][0-9]{12}";
    expect(entry(running)).toMatch(
      new RegExp(
        `^\\{"name":"[^"]+","org":"${running.org}","repo":"${running.repo}","build":${running.build},"step":${running.step},"status":"running","lines":1,"started":${ms},"ended":null,"updated":${ms}\\}$`,
      ),
    );
    expect(entry(ended)).toMatch(new RegExp(`"status":"success","lines":2,"started":${ms},"ended":${ms},"updated":${ms}\\}$`));
  });

  it("honours limit and rejects a bad one with 400", async () => {
    for (let i = 0; i < 3; i++) await appendLines(open.url, uniqueStep().path, "x");
    expect((await listSteps(open.url, "?limit=2")).steps).toHaveLength(2);
    expect((await listSteps(open.url, "?limit=0")).status).toBe(400);
    expect((await listSteps(open.url, "?limit=abc")).status).toBe(400);
    expect((await listSteps(open.url, "?limit=100000")).status).toBe(400);
  });

  it("with auth on, lists only the steps the token grants, and 401 without a valid token", async () => {
    const mine = uniqueStep("acme");
    const theirs = uniqueStep("globex");
    await appendLines(authed.url, mine.path, "mine");
    await appendLines(authed.url, theirs.path, "theirs");
    const res = await fetch(`${authed.url}/api/steps?token=${await token(["acme/*"])}`);
    const names = ((await res.json()) as { steps: Listed[] }).steps.map((s) => s.name);
    expect(names).toContain(`acme/${mine.repo}/${mine.build}/${mine.step}`);
    expect(names.some((n) => n.startsWith("globex/"))).toBe(false);
    expect((await fetch(`${authed.url}/api/steps`)).status).toBe(401);
    expect((await fetch(`${authed.url}/api/steps?token=not-a-jwt`)).status).toBe(401);
  });
});
