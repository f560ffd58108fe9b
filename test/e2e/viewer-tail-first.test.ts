/**
 * A long log read tail first (web/tail-first.ts), with the slow ordering a loaded machine makes
 * forced: the head's stream held back by the page's fetch until the relay has sent it everything,
 * then handed to the page in one read, as a browser does when its main thread was busy while the
 * bytes came. Chromium, through nginx, real Redis.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appendLines, lines, uniqueStep, waitFor } from "../support/stack.ts";
import { viewerLines, viewerStats } from "./browser.ts";
import { browserSuite } from "./suite.ts";

const suite = browserSuite({ relays: 1 });

/**
 * Holds the body of the page's stream that reads a step from its first line (the head's: no
 * lastEventId) until the text `release` says has come, then gives it to the page as one chunk;
 * `window.headSeen` is what has come so far.
 */
async function holdHeadStream(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { headSeen: string; headRelease?: string };
    w.headSeen = "";
    const nativeFetch = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const url = String(args[0]);
      const res = await nativeFetch(...args);
      if (!url.includes("/logs/events") || url.includes("lastEventId=") || !res.body) return res;
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let held: Uint8Array[] = [];
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return controller.close();
            if (!held) return controller.enqueue(value);
            held.push(value);
            w.headSeen += decoder.decode(value, { stream: true });
            if (w.headRelease && w.headSeen.includes(w.headRelease)) {
              const all = new Uint8Array(held.reduce((sum, c) => sum + c.length, 0));
              let at = 0;
              for (const c of held) all.set(c, (at += c.length) - c.length);
              held = undefined as unknown as Uint8Array[];
              return controller.enqueue(all); // one read: every event in it is handled in one task
            }
          }
        },
        cancel: (reason) => reader.cancel(reason),
      });
      return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    };
  });
}

describe("a long log, read tail first, on a slow machine", () => {
  it("holds every line once when the head's stream comes in one read, lines past the seam with it", async () => {
    const step = uniqueStep();
    const total = 12_000; // the tail is 9 001..12 000; the head's stream reads on past 9 000
    await appendLines(suite.stack.url, step.path, lines(1, total).join("\n") + "\n");
    await waitFor(async () => {
      const res = await fetch(`${suite.stack.url}/${step.org}/${step.repo}/builds/${step.build}/steps`);
      return ((await res.json()) as { steps: { lines: number }[] }).steps[0]?.lines === total;
    }, "the step in its build's list");
    const page = await suite.newPage();
    await holdHeadStream(page);
    await page.goto(`${suite.stack.url}/?step=${step.org}/${step.repo}/${step.build}/${step.step}`);
    await page.locator(`.row[data-n="${total}"]`).waitFor();
    expect((await viewerStats(page)).first).toBe(total - 3000 + 1);
    // the head's stream has the whole backlog; a live line follows it, then all of it is let through at once
    await waitFor(() => page.evaluate((id) => (window as unknown as { headSeen: string }).headSeen.includes(`id: ${id}\n`), total), "the head's backlog read");
    // (what to wait for is set first: the live line's chunk releases the rest when it comes)
    await page.evaluate((id) => ((window as unknown as { headRelease: string }).headRelease = `id: ${id}\n`), total + 1);
    expect((await appendLines(suite.stack.url, step.path, "a live line\n")).json.last).toBe(total + 1);
    await waitFor(async () => (await viewerStats(page)).first === 1, "the head put in front", 20_000);
    await waitFor(async () => (await viewerStats(page)).last === total + 1, "the live line");
    expect(await viewerStats(page)).toMatchObject({ first: 1, last: total + 1, count: total + 1, gaps: 0, repeated: 0 });
    const held = await viewerLines(page, 1, total + 1);
    expect(held.flatMap((text, i) => (text === (i < total ? `line ${i + 1}` : "a live line") ? [] : [`${i + 1}: ${text}`]))).toEqual([]);
  });
});
