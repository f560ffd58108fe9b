/**
 * Debian's chromium driven by playwright-core, for the viewer's browser tests.
 * `npx playwright install` cannot work here; .ci/run installs the `chromium` package.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { tempDir } from "../support/stack.ts";

export const CHROMIUM = "/usr/bin/chromium";
export const RESULTS_DIR = "test-results";

export interface TestBrowser {
  readonly context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Launches headless chromium with a fresh profile; fails (never skips) when it is missing. */
export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's chromium. Install it: apt-get install -y chromium`);
  const profile = tempDir("chromium");
  // launchPersistentContext is playwright's way to pass a user data dir (fresh here, removed in close)
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  mkdirSync(RESULTS_DIR, { recursive: true });
  let closed = false;
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      if (closed) return;
      closed = true;
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What the page holds (window.logrelayViewer, see web/viewer.ts). */
export interface ViewerStats {
  first: number;
  last: number;
  count: number;
  gaps: number;
  repeated: number;
  following: boolean;
  /** rows the log shows (closed groups and the filter leave lines out) */
  rows: number;
}

export function viewerStats(page: Page): Promise<ViewerStats> {
  return page.evaluate(() => (window as unknown as { logrelayViewer: { stats(): ViewerStats } }).logrelayViewer.stats());
}

/** Every line the page holds from `from` to `to`, by number. */
export function viewerLines(page: Page, from: number, to: number): Promise<(string | undefined)[]> {
  return page.evaluate(
    ([a, b]) => {
      const v = (window as unknown as { logrelayViewer: { line(n: number): string | undefined } }).logrelayViewer;
      const out: (string | undefined)[] = [];
      for (let n = a; n <= b; n++) out.push(v.line(n));
      return out;
    },
    [from, to],
  );
}

/** Records every value the status badge takes, so a short-lived "reconnecting" is not missed. */
export async function recordStates(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const badge = document.getElementById("status")!;
    const seen: string[] = [badge.textContent ?? ""];
    (window as unknown as { seenStates: string[] }).seenStates = seen;
    new MutationObserver(() => seen.push(badge.textContent ?? "")).observe(badge, { childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { seenStates: string[] }).seenStates);
}
