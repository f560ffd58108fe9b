/**
 * Every character of a line on screen (chromium, through nginx, real Redis): escape sequences
 * a line leaves open, rows as tall as the browser lays their text out (tabs, multi-line
 * annotations, double-width characters, words kept whole), and copying exactly the lines' text.
 */
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { appendLines, endStep, startTestStack, stopAllStacks, uniqueStep, type LocalStack } from "../support/stack.ts";
import { launchBrowser, type TestBrowser } from "./browser.ts";

let stack: LocalStack;
let browser: TestBrowser;
const pages: Page[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack({ relays: 1 }), launchBrowser()]);
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  expect(pageErrors.splice(0), "uncaught errors in the page").toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await stopAllStacks();
});

async function openStep(body: string[], options: { hash?: string; size?: { width: number; height: number }; end?: string } = {}): Promise<Page> {
  const step = uniqueStep();
  await appendLines(stack.url, step.path, body.join("\n") + "\n");
  if (options.end) await endStep(stack.url, step.path, options.end);
  const page = await browser.newPage();
  pages.push(page);
  page.on("pageerror", (e) => pageErrors.push(e.message));
  if (options.size) await page.setViewportSize(options.size);
  await page.goto(`${stack.url}/?step=${step.org}/${step.repo}/${step.build}/${step.step}${options.hash ?? ""}`);
  await page.locator(`.row[data-n="${body.length}"]`).waitFor();
  return page;
}

const rowText = (page: Page, n: number) => page.locator(`.row[data-n="${n}"] .tx`).textContent();

describe("escape sequences", () => {
  it("keeps each line's text whatever the line before it left open: an unclosed OSC 8 link, then a coloured line", async () => {
    // printf 'one\n\e]8;;https://x.example/\e\\click here\n\e[31mERROR: tests failed\e[0m\n'
    const page = await openStep(["one", "\x1b]8;;https://x.example/\x1b\\click here", "\x1b[31mERROR: tests failed\x1b[0m", "after"]);
    expect(await rowText(page, 1)).toBe("one");
    expect(await rowText(page, 2)).toBe("click here");
    expect(await page.locator('.row[data-n="2"] .tx a').getAttribute("href")).toBe("https://x.example/");
    expect(await page.locator('.row[data-n="3"] .tx span.ansi-red-fg').textContent()).toBe("ERROR: tests failed");
    expect(await rowText(page, 4)).toBe("after");
    expect(await page.locator('.row[data-n="4"] .tx a').count()).toBe(0);
  });
});
