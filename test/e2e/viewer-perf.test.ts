/**
 * The viewer under load, measured in chromium: a 100 000-line backlog, then a live stream of
 * 2 000 lines/s. The numbers go to test-results/viewer-perf.json (quoted in the README); the
 * assertions are loose bounds, since CI machines are shared, plus exact line accounting.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { ciLine } from "./ci-lines.ts";
import { RESULTS_DIR, launchBrowser, viewerStats, type TestBrowser } from "./browser.ts";

const BACKLOG = 100_000;
const RATE = 2000; // lines per second
const STREAM_SECONDS = 10;

let stack: LocalStack;
let browser: TestBrowser;
const results: Record<string, unknown> = { machine: `${process.platform} ${process.arch}, shared CI host` };

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack({ relays: 2 }), launchBrowser()]);
});
afterAll(async () => {
  writeFileSync(path.join(RESULTS_DIR, "viewer-perf.json"), JSON.stringify(results, null, 2) + "\n");
  await browser?.close();
  await stopAllStacks();
});

const stepParam = (s: ReturnType<typeof uniqueStep>) => `${s.org}/${s.repo}/${s.build}/${s.step}`;

async function cdpMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/** Starts recording rAF frame gaps and long tasks in the page. */
function recordFrames(page: Page): Promise<void> {
  return page.evaluate(() => {
    const rec = { gaps: [] as number[], longTasks: [] as number[], stop: false };
    (window as unknown as { perfRec: typeof rec }).perfRec = rec;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => rec.longTasks.push(e.duration))).observe({ type: "longtask" });
    let prev = performance.now();
    const tick = (t: number) => {
      rec.gaps.push(t - prev);
      prev = t;
      if (!rec.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

function stopFrames(page: Page): Promise<{ gaps: number[]; longTasks: number[] }> {
  return page.evaluate(() => {
    const rec = (window as unknown as { perfRec: { gaps: number[]; longTasks: number[]; stop: boolean } }).perfRec;
    rec.stop = true;
    return { gaps: rec.gaps.slice(1), longTasks: rec.longTasks };
  });
}

/** Puts `query` in the search box as one keystroke would; ms until the next frame is drawn. */
function typeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.getElementById("search") as HTMLInputElement;
    const t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new Event("input"));
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    return performance.now() - t0;
  }, query);
}

describe("the viewer at 100 000 lines and 2 000 lines/s", () => {
  it("renders a 100 000-line backlog", { timeout: 120_000 }, async () => {
    const step = uniqueStep();
    for (let from = 1; from <= BACKLOG; from += 10_000) {
      const chunk = Array.from({ length: 10_000 }, (_, i) => ciLine(from + i));
      expect((await appendLines(stack.url, step.path, chunk.join("\n") + "\n")).status).toBe(200);
    }
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(`${stack.url}/?step=${stepParam(step)}`);
    await page.waitForFunction((n) => document.querySelector(`.row[data-n="${n}"]`) !== null, BACKLOG, { polling: "raf", timeout: 60_000 });
    const renderedMs = await page.evaluate(() => performance.now()); // since navigation start
    // the log is read tail first (web/tail-first.ts): then every line before the tail, in front
    await page.waitForFunction(
      (n) => {
        const s = (window as unknown as { logrelayViewer: { stats(): { first: number; count: number } } }).logrelayViewer.stats();
        return s.first === 1 && s.count === n;
      },
      BACKLOG,
      { polling: "raf", timeout: 60_000 },
    );
    const wholeMs = await page.evaluate(() => performance.now());
    const m = await cdpMetrics(cdp);
    const domRows = await page.locator(".row").count();
    expect(await page.locator(`.row[data-n="${BACKLOG}"]`).count()).toBe(1); // still following the end

    // a keystroke in the search box: every line scanned, matches counted and painted, next frame drawn
    const searchMs = await typeQuery(page, "error");
    const searchCount = await page.locator(".search-count").textContent();
    // the same in filter mode: only the matching lines left as rows
    await page.locator("button.filter-mode").click();
    const filterMs = await typeQuery(page, "error");
    const stats = await viewerStats(page);
    // the raw log of the same 100 000 lines, through the page's own link
    const href = (await page.locator("#download").getAttribute("href"))!;
    const raw = await page.evaluate(async (h) => (await (await fetch(h)).text()).length, href);
    results.backlog = {
      lines: BACKLOG,
      msFromNavigationToLastLineOnScreen: Math.round(renderedMs),
      msFromNavigationToWholeBacklogHeld: Math.round(wholeMs),
      mainThreadTaskMs: Math.round(m.TaskDuration * 1000),
      scriptMs: Math.round(m.ScriptDuration * 1000),
      jsHeapMB: Math.round(m.JSHeapUsedSize / 1e6),
      domRowsInDocument: domRows,
      searchKeystrokeMs: Math.round(searchMs),
      filterRescanMs: Math.round(filterMs),
    };
    expect(searchCount).toMatch(/^[\d,]+ matches$/);
    await page.close();
    expect(stats).toMatchObject({ first: 1, last: BACKLOG, gaps: 0, repeated: 0 });
    expect(domRows).toBeLessThan(200); // virtualised: the DOM holds what is near the viewport
    expect(raw).toBe(Array.from({ length: BACKLOG }, (_, i) => ciLine(i + 1) + "\n").join("").length);
    // each wait for a slow socket to drain used to leave a `close` listener behind: Node warned after ten
    const warned = stack.relays.filter((r) => readFileSync(r.logFile, "utf8").includes("MaxListenersExceededWarning"));
    expect(warned.map((r) => r.name)).toEqual([]);
    // the README's times (last line 0.25-0.73 s, every line 0.8-1.25 s) with room for a loaded
    // CI host; reading from line 1 again, or a stream that parses slowly, takes seconds more
    expect(renderedMs, "the last line on screen").toBeLessThan(5_000);
    expect(wholeMs, "every line held").toBeLessThan(10_000);
  });

  it("follows a live stream of 2 000 lines/s without losing a line or starving the main thread", { timeout: 60_000 }, async () => {
    const step = uniqueStep();
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(`${stack.url}/?step=${stepParam(step)}`);
    await page.locator("#status[data-state=waiting]").waitFor(); // connected, no line yet
    await recordFrames(page);
    const before = await cdpMetrics(cdp);

    // append on a schedule, so the average is RATE lines/s whatever each POST costs
    const start = Date.now();
    let sent = 0;
    while (Date.now() - start < STREAM_SECONDS * 1000) {
      const due = Math.floor(((Date.now() - start) / 1000) * RATE);
      if (due > sent) {
        const batch = Array.from({ length: due - sent }, (_, i) => ciLine(sent + 1 + i));
        expect((await appendLines(stack.url, step.path, batch.join("\n") + "\n")).status).toBe(200);
        sent = due;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    const seconds = (Date.now() - start) / 1000;
    await waitFor(async () => (await viewerStats(page)).last === sent, "every line on the page", 20_000);
    const after = await cdpMetrics(cdp);
    const { gaps, longTasks } = await stopFrames(page);
    const stats = await viewerStats(page);

    const frameMs = 1000 / 60;
    const dropped = gaps.reduce((sum, g) => sum + Math.max(0, Math.round(g / frameMs) - 1), 0);
    const taskMs = (after.TaskDuration - before.TaskDuration) * 1000;
    results.stream = {
      linesPerSecond: Math.round(sent / seconds),
      seconds: Math.round(seconds * 10) / 10,
      lines: sent,
      mainThreadBusyPercent: Math.round((taskMs / (seconds * 1000)) * 1000) / 10,
      mainThreadTaskMsPerSecond: Math.round(taskMs / seconds),
      scriptMsPerSecond: Math.round(((after.ScriptDuration - before.ScriptDuration) * 1000) / seconds),
      layoutMsPerSecond: Math.round(((after.LayoutDuration - before.LayoutDuration) * 1000) / seconds),
      styleMsPerSecond: Math.round(((after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000) / seconds),
      framesRendered: gaps.length,
      framesDropped: dropped,
      framesDroppedPercent: Math.round((dropped / (gaps.length + dropped)) * 1000) / 10,
      worstFrameGapMs: Math.round(Math.max(...gaps)),
      longTasks: longTasks.length,
      longTaskMs: Math.round(longTasks.reduce((a, b) => a + b, 0)),
    };
    await page.close();
    expect(stats).toMatchObject({ first: 1, last: sent, gaps: 0, repeated: 0, following: true });
    // a loose bound: the page keeps up even on a shared CI host with a load of 40 on 2 cores
    // (measured there: 84% busy; on an idle machine far less, see test-results/viewer-perf.json)
    expect(taskMs / (seconds * 1000)).toBeLessThan(0.95);
    // frames dropped: 0.5-1.3% on a quiet host, 8.5% with the tests beside it, 35% in a full-suite
    // run at load average 25: the figure is the machine's more than the page's, so the bound
    // only catches a page that stops drawing (most frames dropped)
    expect(dropped / (gaps.length + dropped), "frames dropped").toBeLessThan(0.6);
  });
});
