/**
 * Every character of a line on screen (chromium, through nginx, real Redis): escape sequences
 * a line leaves open, rows as tall as the browser lays their text out (tabs, multi-line
 * annotations, double-width characters, words kept whole), and copying exactly the lines' text.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appendLines, endStep, lines, uniqueStep, waitFor } from "../support/stack.ts";
import { browserSuite } from "./suite.ts";

const suite = browserSuite({ relays: 1 });

async function openStep(body: string[], options: { hash?: string; size?: { width: number; height: number }; end?: string } = {}): Promise<Page> {
  const step = uniqueStep();
  await appendLines(suite.stack.url, step.path, body.join("\n") + "\n");
  if (options.end) await endStep(suite.stack.url, step.path, options.end);
  const page = await suite.newPage();
  if (options.size) await page.setViewportSize(options.size);
  await page.goto(`${suite.stack.url}/?step=${step.org}/${step.repo}/${step.build}/${step.step}${options.hash ?? ""}`);
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

/** Where each of the rows' text lies: every rect of the row's text inside its row, and no row over the next. */
function rowsHoldTheirText(page: Page, lines: number[]): Promise<string[]> {
  return page.evaluate((ns) => {
    const wrong: string[] = [];
    for (const n of ns) {
      const row = document.querySelector<HTMLElement>(`.row[data-n="${n}"]`);
      if (!row) {
        wrong.push(`${n}: no row`);
        continue;
      }
      const box = row.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(row.querySelector(".tx")!);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const outside = rects.filter((r) => r.bottom > box.bottom + 0.5 || r.top < box.top - 0.5 || r.right > box.right + 0.5);
      if (outside.length) wrong.push(`${n}: text at ${outside.map((r) => `${r.top}-${r.bottom}`).join()} outside the row at ${box.top}-${box.bottom}`);
      const next = row.nextElementSibling?.getBoundingClientRect();
      if (next && next.top < box.bottom - 0.5) wrong.push(`${n}: the next row starts at ${next.top}, inside this one (to ${box.bottom})`);
    }
    return wrong;
  }, lines);
}

describe("wrapped rows", () => {
  it("are as tall as their text: tabs, an ::error:: message of three lines, double-width characters, in both wrap modes", async () => {
    const body = [
      "before",
      "\t".repeat(10) + "END-OF-TABS", // 21 characters, 91 columns
      "::error::a%0Ab%0Ac",
      "日本語のテキスト".repeat(8) + "END", // 67 characters, 131 columns (where a CJK font is installed)
      "😀".repeat(60) + "END", // 63 characters, two columns each where a font has them
      "⟹".repeat(50) + "END", // 53 characters that a fallback font draws wider than a column
      "after",
    ];
    const page = await openStep(body, { size: { width: 1000, height: 700 } });
    expect(await rowsHoldTheirText(page, [1, 2, 3, 4, 5, 6, 7])).toEqual([]);
    expect(await rowText(page, 3)).toBe("Error: a\nb\nc");
    const height = (n: number) => page.locator(`.row[data-n="${n}"]`).evaluate((el) => el.getBoundingClientRect().height);
    const one = await height(1);
    expect(await height(2)).toBeGreaterThan(one * 1.5);
    expect(await height(3)).toBeGreaterThan(one * 2.5);
    await page.click("#wrap");
    await waitFor(async () => Math.abs((await height(2)) - one) < 0.5, "one screen line for the tabs");
    expect(await rowsHoldTheirText(page, [1, 3, 7])).toEqual([]);
    expect(await height(3)).toBeGreaterThan(one * 2.5); // a message of three lines is three lines unwrapped too
    await page.evaluate(() => localStorage.clear());
  });

  it("wraps at spaces, breaking a word only when it is longer than a row", async () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}_${"abcdefghij".slice(0, (i * 7) % 10)}`); // (a hyphen may end a row)
    const body = [words.join(" "), "x".repeat(300)];
    const page = await openStep(body, { size: { width: 1000, height: 700 } });
    expect(await rowsHoldTheirText(page, [1, 2])).toEqual([]);
    const split = await page.locator('.row[data-n="1"] .tx').evaluate((tx) => {
      const node = tx.firstChild as Text;
      const broken: string[] = [];
      let at = 0;
      for (const word of node.data.split(" ")) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(word);
        at += word.length + 1;
      }
      return broken;
    });
    expect(split).toEqual([]);
    const rows = await page.locator('.row[data-n="2"]').evaluate((row) => row.getBoundingClientRect().height);
    const one = await page.locator('.row[data-n="1"] .tx').evaluate((tx) => parseFloat(getComputedStyle(tx).lineHeight));
    expect(rows).toBeGreaterThan(one * 2.5); // a word longer than a row is broken where the row is full
  });
});

describe("copy", () => {
  it("gives exactly the lines' text: blank lines kept, a folded group as its title", async () => {
    const body = [...lines(1, 4), "", ...lines(6, 8), "", ...lines(10, 17), "::group::npm ci", "added 1 package", "::endgroup::", "after"];
    const page = await openStep(body, { end: "success" });
    await page.locator('.row[data-n="18"] .gt').waitFor(); // the group, closed once the step ended
    await suite.browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: suite.stack.url });
    const first = (await page.locator('.row[data-n="1"] .tx').boundingBox())!;
    const last = (await page.locator('.row[data-n="21"] .tx').boundingBox())!;
    const lastText = await page.locator('.row[data-n="21"] .tx').evaluate((tx) => {
      const range = document.createRange();
      range.selectNodeContents(tx);
      const r = range.getBoundingClientRect();
      return { right: r.right, middle: r.top + r.height / 2 };
    });
    await page.mouse.move(first.x + 1, first.y + first.height / 2);
    await page.mouse.down();
    await page.mouse.move(last.x + 40, last.y + last.height / 2, { steps: 5 });
    await page.mouse.move(lastText.right + 1, lastText.middle, { steps: 2 });
    await page.mouse.up();
    await page.keyboard.press("Control+C");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe([...lines(1, 4), "", ...lines(6, 8), "", ...lines(10, 17), "npm ci", "after"].join("\n"));
  });
});
