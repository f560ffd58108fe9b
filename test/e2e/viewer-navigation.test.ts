/**
 * Addresses, the tab and the toolbar (chromium, through nginx, real Redis): bad or stale links
 * say what is wrong, the tab shows the step's status, line ranges are highlighted and shared,
 * and the toolbar holds still.
 */
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { appendLines, endStep, lines, startRelay, uniqueStep, waitFor } from "../support/stack.ts";
import { viewerStats } from "./browser.ts";
import { browserSuite, stepParam, status } from "./suite.ts";

const suite = browserSuite({ relays: 1 });
const restarted: { stop(): Promise<void> }[] = [];
afterAll(async () => {
  for (const r of restarted) await r.stop();
});

async function openPage(query: string, size?: { width: number; height: number }): Promise<Page> {
  const page = await suite.newPage();
  if (size) await page.setViewportSize(size);
  await page.goto(`${suite.stack.url}/${query}`);
  return page;
}

const notice = (page: Page) => page.locator("#notice .text").textContent();
const highlighted = (page: Page) => page.locator(".row.hl").evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.n)));

describe("bad or stale links", () => {
  it("says an address names no step instead of opening another build, and offers the way back", async () => {
    const running = uniqueStep();
    await appendLines(suite.stack.url, running.path, "a running build a first visit would open\n");
    for (const [address, why] of [
      ["?step=me/app/abc/1", "build must be a positive integer"],
      ["?step=me/app/1/0", "step must be a positive integer"],
      ["?step=me/../1/1", "repo must match"],
    ]) {
      const page = await openPage(address);
      await waitFor(async () => (await page.locator("#notice").isVisible()) && (await notice(page))!.includes(why), `what is wrong with ${address}`);
      expect(await notice(page)).toContain("Invalid address");
      expect(await page.locator("#notice a").getAttribute("href")).toBe("/?auto=0");
      await new Promise((r) => setTimeout(r, 500)); // (a first visit opens the running step at once)
      expect(await status(page)).toBe("not connected");
      expect(await page.locator(".row").count()).toBe(0);
    }
  });

  it("says a step is not in its ended build, and that a build with no step at all does not exist", { timeout: 60_000 }, async () => {
    const first = uniqueStep();
    const build = { org: first.org, repo: first.repo, build: first.build };
    for (const n of [1, 2]) {
      const path = `/${build.org}/${build.repo}/builds/${build.build}/steps/${n}`;
      await appendLines(suite.stack.url, path, `step ${n}\n`);
      await endStep(suite.stack.url, path, n === 2 ? "failure" : "success");
    }
    const missing = await openPage(`?step=${stepParam({ ...build, step: 99 })}`);
    await waitFor(async () => (await missing.locator("#notice").isVisible()) && (await notice(missing)) !== "", "the missing step said", 15_000);
    expect(await notice(missing)).toBe(`No step 99 in build ${build.org}/${build.repo}/${build.build}: it has ended, with steps 1, 2.`);
    expect(await missing.locator("#notice a").first().getAttribute("href")).toBe(`/?build=${build.org}/${build.repo}/${build.build}`);

    const nowhere = await openPage(`?build=nope${process.pid}/nope/1`);
    await waitFor(async () => (await nowhere.locator("#notice").isVisible()) && (await notice(nowhere)) !== "", "the missing build said", 30_000);
    expect(await notice(nowhere)).toBe(`No such build: nothing has been logged for nope${process.pid}/nope/1.`);
    expect(await nowhere.locator("#notice a").getAttribute("href")).toBe("/?auto=0");
  });
});

describe("the tab", () => {
  it("shows the step's status in the title and the favicon, so a background tab tells when it fails", async () => {
    const step = uniqueStep();
    await appendLines(suite.stack.url, step.path, "working\n");
    const page = await openPage(`?step=${stepParam(step)}`);
    await page.locator('.row[data-n="1"]').waitFor();
    await waitFor(async () => (await page.title()) === `running · ${stepParam(step)} · logrelay`, "running in the title");
    const icon = page.locator("#favicon");
    expect(await icon.getAttribute("data-status")).toBe("running");
    await endStep(suite.stack.url, step.path, "failure");
    await waitFor(async () => (await page.title()) === `failure · ${stepParam(step)} · logrelay`, "the failure in the title");
    expect(await icon.getAttribute("data-status")).toBe("failure");
    expect(decodeURIComponent((await icon.getAttribute("href"))!)).toContain("#cf222e");
  });
});

describe("line ranges", () => {
  it("highlights #L196-L202, makes a range with shift-click on a line number (in the address, no new window), and opens a shared one", async () => {
    const step = uniqueStep();
    await appendLines(suite.stack.url, step.path, lines(1, 400).join("\n") + "\n");
    await endStep(suite.stack.url, step.path, "success");
    const page = await openPage(`?step=${stepParam(step)}#L196-L202`);
    await page.locator('.row[data-n="196"].hl').waitFor();
    expect(await highlighted(page)).toEqual([196, 197, 198, 199, 200, 201, 202]);

    await page.locator('.row[data-n="205"] a.ln').click();
    await waitFor(async () => (await highlighted(page)).join() === "205", "line 205");
    const windows = suite.browser.context.pages().length;
    await page.locator('.row[data-n="210"] a.ln').click({ modifiers: ["Shift"] });
    await waitFor(async () => (await highlighted(page)).join() === "205,206,207,208,209,210", "lines 205-210");
    expect(page.url()).toMatch(/#L205-L210$/);
    expect(suite.browser.context.pages().length).toBe(windows);

    const shared = await openPage(`?step=${stepParam(step)}#L205-L210`);
    await shared.locator('.row[data-n="205"].hl').waitFor();
    expect(await highlighted(shared)).toEqual([205, 206, 207, 208, 209, 210]);
    expect((await viewerStats(shared)).following).toBe(false);
  });
});

describe("the toolbar", () => {
  it("puts a clicked annotation's line in the address", async () => {
    const step = uniqueStep();
    await appendLines(suite.stack.url, step.path, [...lines(1, 50), "::warning file=a.ts,line=3::look here", ...lines(52, 60)].join("\n") + "\n");
    const page = await openPage(`?step=${stepParam(step)}`);
    await page.locator("#annotations li button").click();
    await page.locator('.row[data-n="51"].hl').waitFor();
    expect(page.url()).toMatch(/#L51$/);
  });

  it("holds still with a long step title when the status changes to reconnecting", async () => {
    const step = uniqueStep();
    const name = `Build, test and publish the documentation site for every supported platform and locale (${"x".repeat(60)})`;
    const named = await fetch(`${suite.stack.url}${step.path}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name }),
    });
    expect(named.status).toBeLessThan(300);
    await appendLines(suite.stack.url, step.path, lines(1, 100).join("\n") + "\n");
    const page = await openPage(`?step=${stepParam(step)}`, { width: 1280, height: 800 });
    await waitFor(async () => (await page.locator("#step-title").textContent()) === name, "the step's name");
    await waitFor(async () => (await status(page)) === "live", "live");
    const logTop = () => page.locator("#log").evaluate((el) => el.getBoundingClientRect().top);
    const toolbar = () => page.locator(".toolbar").evaluate((el) => el.getBoundingClientRect().height);
    const [top, height] = [await logTop(), await toolbar()];
    expect(height).toBeLessThan(50); // one line, the title cut short rather than wrapped
    // the relay stops: nginx answers 502 and the page retries, saying so
    const port = suite.stack.relays[0].port;
    await suite.stack.relays[0].stop();
    await waitFor(async () => (await status(page))!.startsWith("reconnecting"), "reconnecting");
    expect([await logTop(), await toolbar()]).toEqual([top, height]);
    restarted.push(await startRelay({ dir: suite.stack.dir, redisUrl: suite.stack.redis.url, port, env: { LOG_LEVEL: "warn" } }));
    await waitFor(async () => (await status(page)) === "live", "live again", 20_000);
  });
});
