/** The viewer page in a real browser (Debian's chromium), against the local stack through nginx. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { SignJWT } from "jose";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { appendLines, endStep, lines, metric, startRelay, startTestStack, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { ciLine } from "./ci-lines.ts";
import { RESULTS_DIR, recordStates, viewerLines, viewerStats } from "./browser.ts";
import { browserSuite, stepParam, status } from "./suite.ts";

const suite = browserSuite({ relays: 2 });
const stopping: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of stopping.splice(0)) await s.stop().catch(() => undefined);
});

async function openPage(query = "", base = suite.stack.url): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(`${base}/${query}`);
  return page;
}

/** Appends `perBatch` numbered lines every `everyMs` until stopped; `last` is the last line sent. */
function streamLines(stepPath: string, perBatch: number, everyMs: number, text = (n: number) => `line ${n}`) {
  let last = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      const batch = Array.from({ length: perBatch }, (_, i) => text(last + 1 + i));
      const res = await appendLines(suite.stack.url, stepPath, batch.join("\n") + "\n");
      if (res.status !== 200) throw new Error(`append failed: ${res.status} ${JSON.stringify(res.json)}`);
      last = Number(res.json.last);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  const handle = {
    get last() {
      return last;
    },
    stop() {
      running = false;
      return done;
    },
  };
  stopping.push(handle);
  return handle;
}

describe("the viewer page", () => {
  it("connects from the form and shows lines in order, ANSI colours as spans and HTML as text", async () => {
    const step = uniqueStep();
    const body = [
      "plain first",
      "\x1b[31mred alert\x1b[0m and default",
      "<script>window.pwned = 1</script><b>not bold</b>",
      "10%\r55%\r100% done",
      "\x1b[33mwarning: a block",
      "still yellow\x1b[0m",
      ...lines(7, 30),
    ];
    await appendLines(suite.stack.url, step.path, body.join("\n") + "\n");
    const page = await openPage("?auto=0"); // idle, not opening the newest running step by itself
    await page.fill("input[name=org]", step.org);
    await page.fill("input[name=repo]", step.repo);
    await page.fill("input[name=build]", String(step.build));
    await page.fill("input[name=step]", String(step.step));
    await page.click("#step-form button[type=submit]");

    await page.locator('.row[data-n="30"]').waitFor();
    expect(await status(page)).toBe("live");
    const numbers = await page.locator(".row").evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.n)));
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const red = page.locator('.row[data-n="2"] .tx span.ansi-red-fg');
    expect(await red.textContent()).toBe("red alert");
    expect(await red.evaluate((el) => getComputedStyle(el).color)).not.toBe(
      await page.locator('.row[data-n="1"] .tx').evaluate((el) => getComputedStyle(el).color),
    );
    expect(await page.locator('.row[data-n="3"] .tx').textContent()).toBe("<script>window.pwned = 1</script><b>not bold</b>");
    expect(await page.locator('.row[data-n="3"] .tx *').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.row[data-n="4"] .tx').textContent()).toBe("100% done");
    // a colour left open carries into the next line, as in a terminal, and stops at its reset
    expect(await page.locator('.row[data-n="6"] .tx span.ansi-yellow-fg').textContent()).toBe("still yellow");
    expect(await page.locator('.row[data-n="7"] .tx span').count()).toBe(0);
    expect(await page.locator('.row[data-n="7"] a.ln').getAttribute("href")).toBe("#L7");
    expect(page.url()).toContain(`?step=${stepParam(step)}`);

    await page.click("#step-form button[type=submit]"); // now labelled Disconnect
    expect(await status(page)).toBe("not connected");
    const open = () => Promise.all(suite.stack.relays.filter((r) => r.running).map((r) => metric(`http://127.0.0.1:${r.port}`, "logrelay_sse_connections")));
    await waitFor(async () => (await open()).every((n) => n === 0), "the stream closed at the relay");
    await appendLines(suite.stack.url, step.path, "after disconnect\n");
    expect((await viewerStats(page)).last).toBe(30);
  });

  it("opens the newest running step by itself on a first visit, so logs move at once", async () => {
    const step = uniqueStep();
    await appendLines(suite.stack.url, step.path, lines(1, 5).join("\n"));
    const page = await openPage();
    await page.locator('.row[data-n="5"]').waitFor();
    expect(await status(page)).toBe("live");
    expect(await page.locator("#step-title").textContent()).toBe(stepParam(step));
    await appendLines(suite.stack.url, step.path, "line 6");
    await page.locator('.row[data-n="6"]').waitFor();
  });

  it("lists the step in the picker with its status and line count, and switches to it on click", async () => {
    const first = uniqueStep();
    await appendLines(suite.stack.url, first.path, lines(1, 12, "first step").join("\n"));
    const step = uniqueStep();
    await appendLines(suite.stack.url, step.path, lines(1, 12).join("\n"));
    await endStep(suite.stack.url, step.path, "failure");
    const page = await openPage(`?step=${stepParam(first)}`);
    await page.locator('.row[data-n="12"]').waitFor();
    const entry = page.locator(`#steps li[data-name="${stepParam(step)}"]`);
    await entry.waitFor();
    expect(await entry.locator(".pill").textContent()).toBe("failure");
    expect(await entry.locator(".count").textContent()).toBe("12 lines");
    await entry.locator("button").click();
    await waitFor(async () => (await status(page)) === "ended: failure", "the ended status");
    expect((await viewerStats(page)).last).toBe(12);
    expect(await page.locator('.row[data-n="1"] .tx').textContent()).toBe("line 1"); // nothing kept from the first step
    expect(page.url()).toContain(`?step=${stepParam(step)}`);
  });

  it("opens a deep link on its line, highlighted and in view", async () => {
    const step = uniqueStep();
    await appendLines(suite.stack.url, step.path, lines(1, 2000).join("\n"));
    await endStep(suite.stack.url, step.path, "success");
    const page = await openPage(`?step=${stepParam(step)}#L1200`);
    const row = page.locator('.row[data-n="1200"]');
    await row.waitFor();
    expect(await row.getAttribute("class")).toContain("hl");
    const [log, box] = await Promise.all([page.locator("#log").boundingBox(), row.boundingBox()]);
    expect(box!.y).toBeGreaterThanOrEqual(log!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(log!.y + log!.height);
    await waitFor(async () => (await status(page)) === "ended: success", "the ended status");
    expect((await viewerStats(page)).following).toBe(false); // stays on the line, does not jump to the end

    await page.locator('.row[data-n="1210"] a.ln').click(); // a line number is a link to that line
    await waitFor(async () => (await page.locator('.row[data-n="1210"]').getAttribute("class"))!.includes("hl"), "the clicked line highlighted");
    expect(page.url()).toMatch(new RegExp(`\\?step=${stepParam(step)}#L1210$`));
    expect(await page.locator(".row.hl").count()).toBe(1);
  });

  it("filters lines, pauses following on scroll up and resumes on the button", async () => {
    const step = uniqueStep();
    const feed = streamLines(step.path, 50, 50, (n) => (n % 10 === 0 ? `line ${n} WARNING` : `line ${n}`));
    const page = await openPage(`?step=${stepParam(step)}`);
    await waitFor(async () => (await viewerStats(page)).last >= 600, "600 lines");
    expect((await viewerStats(page)).following).toBe(true);
    await page.locator("#log").hover();
    await page.mouse.wheel(0, -2000);
    await waitFor(async () => (await viewerStats(page)).following === false, "follow paused");
    expect(await page.locator("#follow").isVisible()).toBe(true);
    const top = await page.locator("#log").evaluate((el) => el.scrollTop);
    await waitFor(async () => (await viewerStats(page)).last >= 900, "more lines");
    expect(await page.locator("#log").evaluate((el) => el.scrollTop)).toBe(top); // the view held still
    await page.click("#follow");
    await waitFor(async () => (await page.locator("#log").evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)) < 40, "back at the bottom");
    expect(await page.locator("#follow").isVisible()).toBe(false);

    await page.click("button.filter-mode");
    await page.fill("#search", "warning");
    await waitFor(
      async () =>
        (await page.locator(".row").count()) > 0 && (await page.locator(".row").evaluateAll((rows) => rows.every((r) => r.textContent!.includes("WARNING")))),
      "only matching rows",
    );
    const shown = await page.locator(".row").evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.n)));
    expect(shown.every((n) => n % 10 === 0)).toBe(true);
    await feed.stop();
  });

  it("shows reconnecting when its relay stops, then continues with no missing or doubled line, then the end status", async () => {
    const step = uniqueStep();
    const feed = streamLines(step.path, 20, 20, ciLine);
    const page = await openPage(`?step=${stepParam(step)}`);
    const states = await recordStates(page);
    await waitFor(async () => (await viewerStats(page)).last >= 300, "300 lines", 15000);
    mkdirSync(RESULTS_DIR, { recursive: true });
    const shot = path.join(RESULTS_DIR, "viewer-streaming.png");
    await page.screenshot({ path: shot });

    // stop the relay that holds the page's step stream (the one delivering lines; the build's
    // stream, maybe on the other relay, carries none); nginx sends the reconnect to the other one
    const delivered = () => Promise.all(suite.stack.relays.map((r) => metric(`http://127.0.0.1:${r.port}`, "logrelay_lines_delivered_total")));
    const d0 = await delivered();
    await waitFor(async () => (await delivered()).some((d, i) => d > d0[i]), "lines delivered");
    const d1 = await delivered();
    const holder = suite.stack.relays[d1.findIndex((d, i) => d > d0[i])];
    expect(holder).toBeDefined();
    const before = (await viewerStats(page)).last;
    await holder.stop();
    await waitFor(async () => (await states()).some((s) => s.startsWith("reconnecting")), "the reconnecting status");
    await waitFor(async () => (await status(page)) === "live" && (await viewerStats(page)).last > before + 200, "live again with new lines", 15000);

    await feed.stop();
    const total = feed.last;
    await endStep(suite.stack.url, step.path, "failure");
    await waitFor(async () => (await status(page)) === "ended: failure", "the ended status");
    const stats = await viewerStats(page);
    expect(stats).toMatchObject({ first: 1, last: total, count: total, gaps: 0, repeated: 0 });
    const held = await viewerLines(page, 1, total);
    const wrong = held.flatMap((text, i) => (text === ciLine(i + 1) ? [] : [`${i + 1}: ${JSON.stringify(text)}`]));
    expect(wrong).toEqual([]);
  });
});

describe("the viewer page when every relay is down", () => {
  const restarted: { stop(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const r of restarted) await r.stop();
  });

  it("keeps retrying from its last line while nginx answers 502, and resumes when a relay is back", async () => {
    const step = uniqueStep();
    const feed = streamLines(step.path, 20, 50, ciLine);
    const page = await openPage(`?step=${stepParam(step)}`);
    await waitFor(async () => (await viewerStats(page)).last >= 100, "100 lines");
    const port = suite.stack.relays[0].port;
    await Promise.all(suite.stack.relays.map((r) => r.stop()));
    await waitFor(async () => (await status(page))!.startsWith("reconnecting… (502"), "reconnecting after a 502");
    const stalled = (await viewerStats(page)).last;

    restarted.push(await startRelay({ dir: suite.stack.dir, redisUrl: suite.stack.redis.url, port, env: { LOG_LEVEL: "warn" } }));
    await waitFor(async () => (await status(page)) === "live" && (await viewerStats(page)).last > stalled + 100, "live again with new lines", 20000);
    await feed.stop();
    await endStep(suite.stack.url, step.path, "success");
    await waitFor(async () => (await status(page)) === "ended: success", "the ended status");
    expect(await viewerStats(page)).toMatchObject({ first: 1, last: feed.last, gaps: 0, repeated: 0 });
    const held = await viewerLines(page, 1, feed.last);
    expect(held.filter((text, i) => text !== ciLine(i + 1))).toEqual([]);
  });
});

describe("the viewer page with auth on", () => {
  const secret = "viewer-e2e-secret";
  let authed: LocalStack;
  const token = (logs: string[]) => new SignJWT({ logs }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("10m").sign(new TextEncoder().encode(secret));

  beforeAll(async () => {
    authed = await startTestStack({ relays: 1, relayEnv: { AUTH_JWT_SECRET: secret } });
  });
  afterEach(async () => {
    await suite.browser.context.clearCookies();
  });

  it("trades a ?token= in the page URL for an HttpOnly cookie: stream, raw log and step list work, and no later URL carries the token", async () => {
    const step = uniqueStep("acme");
    await appendLines(authed.url, step.path, "first\nsecond\n");
    const jwt = await token(["acme/*"]);
    const page = await suite.newPage();
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    const address = `${authed.url}/?step=${stepParam(step)}&token=${jwt}`;
    await page.goto(address);
    await page.locator('.row[data-n="2"]').waitFor();
    expect(await status(page)).toBe("live");
    await page.locator(`#steps li[data-name="${stepParam(step)}"]`).waitFor();
    const href = (await page.locator("#download").getAttribute("href"))!;
    const raw = await page.evaluate(async (h) => (await fetch(h)).text(), href);
    expect(raw).toBe("first\nsecond\n");
    expect(requested.filter((u) => u.includes(jwt))).toEqual([address]); // the page's own address only
    expect(page.url()).toBe(`${authed.url}/?step=${stepParam(step)}`);
    expect(href).not.toContain("token");
    const cookie = (await suite.browser.context.cookies(authed.url)).find((c) => c.name === "logrelay_token");
    expect(cookie).toMatchObject({ value: jwt, httpOnly: true, sameSite: "Strict" });
  });

  it("keeps the session the browser holds when a link carries another viewer's token, and switches only when asked", async () => {
    const step = uniqueStep("acme");
    await appendLines(authed.url, step.path, "mine\n");
    const mine = await token(["acme/*"]);
    await suite.browser.context.addCookies([{ name: "logrelay_token", value: mine, url: authed.url }]);
    const theirs = await token(["globex/*"]);
    const page = await openPage(`?step=${stepParam(step)}&token=${theirs}`, authed.url);
    await page.locator('.row[data-n="1"]').waitFor();
    expect(await status(page)).toBe("live");
    const held = async () => (await suite.browser.context.cookies(authed.url)).find((c) => c.name === "logrelay_token")?.value;
    expect(await held()).toBe(mine);
    expect(page.url()).toBe(`${authed.url}/?step=${stepParam(step)}`);
    const notice = page.locator("#notice");
    expect(await notice.textContent()).toContain("different viewer token");
    await notice.getByRole("button", { name: "Sign in with the link's token" }).click();
    await waitFor(async () => (await held()) === theirs, "the link's token chosen");
    await waitFor(async () => (await status(page))!.startsWith("failed: 403"), "the other viewer's answer");
  });

  it("works with the token in a cookie alone", async () => {
    const step = uniqueStep("acme");
    await appendLines(authed.url, step.path, "by cookie\n");
    await suite.browser.context.addCookies([{ name: "logrelay_token", value: await token(["acme/*"]), url: authed.url }]);
    const page = await openPage(`?step=${stepParam(step)}`, authed.url);
    await page.locator('.row[data-n="1"]').waitFor();
    expect(await status(page)).toBe("live");
  });

  it("shows failed with the reason: 401 without a token, 403 when the token does not grant the step", async () => {
    const step = uniqueStep("acme");
    await appendLines(authed.url, step.path, "secret\n");
    const anonymous = await openPage(`?step=${stepParam(step)}`, authed.url);
    await waitFor(async () => (await status(anonymous))!.startsWith("failed: 401"), "failed: 401");
    const other = await openPage(`?step=${stepParam(step)}&token=${await token(["globex/*"])}`, authed.url);
    await waitFor(async () => (await status(other))!.startsWith("failed: 403"), "failed: 403");
    expect(await status(other)).toContain("does not grant");
    expect(await other.locator(".row").count()).toBe(0);
  });
});
