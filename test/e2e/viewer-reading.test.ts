/**
 * Reading a log in the viewer (chromium, through nginx, real Redis): groups and sections,
 * wrapping, search, links and annotations, timestamps, themes, shortcuts, accessibility.
 */
import { copyFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appendLines, endStep, lines, uniqueStep, waitFor } from "../support/stack.ts";
import { RESULTS_DIR, viewerStats } from "./browser.ts";
import { browserSuite, stepParam } from "./suite.ts";

const suite = browserSuite({ relays: 1 });

async function openPage(query: string, size?: { width: number; height: number }): Promise<Page> {
  const page = await suite.newPage();
  if (size) await page.setViewportSize(size);
  await page.goto(`${suite.stack.url}/${query}`);
  return page;
}

/** An element's box; a virtualised row replaced between finding and measuring it has none, so it is asked again. */
async function boxOf(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number }> {
  for (let tries = 0; tries < 50; tries++) {
    const box = await page.locator(selector).boundingBox();
    if (box) return box;
  }
  throw new Error(`${selector} has no box`);
}

const shownLines = (page: Page) => page.locator(".row").evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.n)));
const rowText = (page: Page, n: number) => page.locator(`.row[data-n="${n}"] .tx`).textContent();

describe("groups and sections", () => {
  it("folds GitHub groups and GitLab sections into one titled row, nested, closed once ended, open while running", async () => {
    const step = uniqueStep();
    const body = [
      "before", // 1
      "::group::Install dependencies", // 2
      "npm ci", // 3
      "::group::Nested", // 4
      "inside nested", // 5
      "::endgroup::", // 6
      "added 120 packages", // 7
      "::endgroup::", // 8
      "section_start:1700000000:build_app[collapsed=true]\r\x1b[0KBuilding the app", // 9
      "compiling", // 10
      "section_end:1700000075:build_app\r\x1b[0K", // 11
      "::group::Running tests", // 12
      "test 1 ok", // 13
    ];
    await appendLines(suite.stack.url, step.path, body.join("\n") + "\n");
    const page = await openPage(`?step=${stepParam(step)}`);
    await page.locator('.row[data-n="13"]').waitFor();
    // ended groups closed: their bodies and end markers are not rows; the running one is open
    expect(await shownLines(page)).toEqual([1, 2, 9, 12, 13]);
    expect(await page.locator('.row[data-n="2"] .gt').textContent()).toBe("Install dependencies");
    expect(await page.locator('.row[data-n="9"] .gt').textContent()).toBe("Building the app");
    expect(await page.locator('.row[data-n="9"] .dur').textContent()).toBe("1m 15s"); // from the section's own times
    expect(await page.locator('.row[data-n="12"] button.fold').getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator(".row .tx").allTextContents()).not.toContain("::endgroup::");

    await page.locator('.row[data-n="2"] button.fold').click();
    await waitFor(async () => (await shownLines(page)).join() === "1,2,3,4,7,9,12,13", "the group open, its nested group closed");
    await page.locator('.row[data-n="4"] button.fold').click();
    await waitFor(async () => (await shownLines(page)).join() === "1,2,3,4,5,7,9,12,13", "the nested group open");
    expect(await page.locator('.row[data-n="4"] .tx').evaluate((el) => parseFloat(getComputedStyle(el).paddingLeft))).toBeGreaterThan(0);

    // the running group closes by itself when it ends
    await appendLines(suite.stack.url, step.path, "test 2 ok\n::endgroup::\nafter\n");
    await page.locator('.row[data-n="16"]').waitFor();
    expect((await shownLines(page)).slice(-2)).toEqual([12, 16]);
  });

  it("opens a shared link to a line inside a closed group on that line", async () => {
    const step = uniqueStep();
    await appendLines(suite.stack.url, step.path, ["::group::Setup", ...lines(2, 500), "::endgroup::", ...lines(502, 600)].join("\n") + "\n");
    await endStep(suite.stack.url, step.path, "success");
    const page = await openPage(`?step=${stepParam(step)}#L250`);
    const row = page.locator('.row[data-n="250"]');
    await row.waitFor();
    expect(await row.getAttribute("class")).toContain("hl");
    expect((await viewerStats(page)).rows).toBe(599); // the group opened: every line but its end marker
  });
});

describe("a long log, read tail first", () => {
  it("shows the end before the start is held, then every line in order, a group across the seam folded, and lines that came meanwhile", async () => {
    const step = uniqueStep();
    // 8 000 lines: the stream starts 3 000 before the end (line 5 001); a group opened in the head closes in the tail
    const body = [...lines(1, 9), "::group::Long group", ...lines(11, 6999), "::endgroup::", ...lines(7001, 8000)];
    await appendLines(suite.stack.url, step.path, body.join("\n") + "\n");
    // the page takes the count from the build's step list: it holds the step
    await waitFor(async () => {
      const res = await fetch(`${suite.stack.url}/${step.org}/${step.repo}/builds/${step.build}/steps`);
      return ((await res.json()) as { steps: { lines: number }[] }).steps[0]?.lines === 8000;
    }, "the step in its build's list");
    const page = await suite.newPage();
    // what the page held when the last line's row was first put in the DOM: read by a mutation
    // observer in that same task (a poll on animation frames can be starved while the head loads)
    await page.addInitScript(() => {
      const w = window as unknown as { firstSight?: { first: number }; logrelayViewer?: { stats(): { first: number } } };
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.row[data-n="8000"]')) return;
        w.firstSight = w.logrelayViewer?.stats();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${suite.stack.url}/?step=${stepParam(step)}`);
    await page.waitForFunction(() => (window as unknown as { firstSight?: unknown }).firstSight !== undefined);
    const atFirstSight = (await page.evaluate(() => (window as unknown as { firstSight: { first: number } }).firstSight))!;
    expect(atFirstSight.first).toBe(5001); // the end on screen; the head's stream starts only now
    await appendLines(suite.stack.url, step.path, "while the head loads\n");
    await waitFor(async () => {
      const s = await viewerStats(page);
      return s.first === 1 && s.last === 8001;
    }, "every line held");
    expect(await viewerStats(page)).toMatchObject({ first: 1, last: 8001, count: 8001, gaps: 0, repeated: 0, following: true });
    expect(await page.evaluate(() => (window as unknown as { logrelayViewer: { line(n: number): string } }).logrelayViewer.line(4321))).toBe(body[4320]);
    // the group, opened in the head and ended in the tail: one closed row with its title
    await page.evaluate(() => (document.getElementById("log") as HTMLElement).scrollTo(0, 0));
    await page.locator('.row[data-n="10"] .gt').waitFor();
    expect(await rowText(page, 10)).toContain("Long group");
    expect(await page.locator('.row[data-n="10"] button.fold').getAttribute("aria-expanded")).toBe("false");
    expect((await viewerStats(page)).rows).toBe(8001 - 6990); // lines 11..7000 folded into row 10
  });
});

describe("long lines", () => {
  it("wraps by default; the toggle is remembered; line numbers stay put when scrolling sideways", async () => {
    const step = uniqueStep();
    const long = (n: number) => `line ${n} ` + "x".repeat(n % 3 === 0 ? 900 : 10);
    await appendLines(suite.stack.url, step.path, Array.from({ length: 300 }, (_, i) => long(i + 1)).join("\n") + "\n");
    const page = await openPage(`?step=${stepParam(step)}#L1`, { width: 1000, height: 700 });
    await page.locator('.row[data-n="3"]').waitFor();
    const h1 = (await boxOf(page, '.row[data-n="1"]')).height;
    const h3 = (await boxOf(page, '.row[data-n="3"]')).height;
    expect(h3).toBeGreaterThan(h1 * 5); // one 900-character line, several screen lines
    // the wrapped text fits its row: nothing hidden below, nothing overlapping the next row
    const fits = await page.locator('.row[data-n="3"] .tx').evaluate((el) => el.scrollHeight <= (el.parentElement as HTMLElement).clientHeight + 1);
    expect(fits).toBe(true);
    const b3 = await boxOf(page, '.row[data-n="3"]');
    const b4 = await boxOf(page, '.row[data-n="4"]');
    expect(Math.abs(b4.y - (b3.y + b3.height))).toBeLessThan(1);
    // far down the log, rows of mixed heights still sit where the scroll puts them
    await page.locator("#log").evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.locator('.row[data-n="300"]').waitFor();

    await page.click("#wrap");
    expect(await page.locator("#wrap").getAttribute("aria-pressed")).toBe("false");
    await waitFor(async () => Math.abs((await boxOf(page, '.row[data-n="300"]')).height - h1) < 0.5, "one screen line per row");
    await page.locator("#log").evaluate((el) => (el.scrollLeft = 2000));
    const log = await boxOf(page, "#log");
    const ln = await boxOf(page, '.row[data-n="300"] .ln');
    expect(Math.abs(ln.x - log.x)).toBeLessThan(2); // sticky at the left edge

    await page.reload();
    await page.locator('.row[data-n="3"]').waitFor();
    expect((await boxOf(page, '.row[data-n="3"]')).height).toBeCloseTo(h1, 0);
    expect(await page.locator("#wrap").getAttribute("aria-pressed")).toBe("false");
    await page.evaluate(() => localStorage.clear());
  });
});

describe("search", () => {
  it("highlights every match, counts k of n, goes next and previous into closed groups, and says when nothing matches", async () => {
    const step = uniqueStep();
    const body = ["alpha needle", "beta", "::group::Hidden", "gamma NEEDLE needle", "::endgroup::", ...lines(6, 400), "last needle"];
    await appendLines(suite.stack.url, step.path, body.join("\n") + "\n");
    await endStep(suite.stack.url, step.path, "success");
    const page = await openPage(`?step=${stepParam(step)}#L1`);
    await page.locator('.row[data-n="1"]').waitFor();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.type("needle");
    await waitFor(async () => (await page.locator(".search-count").textContent()) === "4 matches", "4 matches");
    const painted = await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("search")?.size ?? 0);
    expect(painted).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await waitFor(async () => (await page.locator(".search-count").textContent()) === "1 of 4", "1 of 4");
    await page.keyboard.press("Enter");
    await waitFor(async () => (await page.locator(".search-count").textContent()) === "2 of 4", "2 of 4");
    await page.locator('.row[data-n="4"]').waitFor(); // inside the group, opened
    const current = await page.evaluate(() => {
      const r = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("search-current")!][0];
      return { text: r.toString(), row: (r.startContainer.parentElement!.closest(".row") as HTMLElement).dataset.n };
    });
    expect(current).toEqual({ text: "NEEDLE", row: "4" });
    await page.keyboard.press("Shift+Enter");
    await waitFor(async () => (await page.locator(".search-count").textContent()) === "1 of 4", "back to 1 of 4");
    await page.keyboard.press("Shift+Enter");
    await waitFor(async () => (await page.locator(".search-count").textContent()) === "4 of 4", "wraps to 4 of 4");
    await page.locator('.row[data-n="401"]').waitFor();

    await page.fill("#search", "nothing like this");
    await waitFor(async () => (await page.locator(".search-count").textContent()) === "no match", "no match");
    expect(await page.locator("#log-empty").textContent()).toContain("No line matches");
    await page.click("button.filter-mode");
    await waitFor(async () => (await page.locator(".row").count()) === 0, "no rows");
    expect(await page.locator("#log-empty").isVisible()).toBe(true);
    await page.fill("#search", "needle");
    await waitFor(async () => (await shownLines(page)).join() === "1,4,401", "only the matching lines");
  });
});

describe("links and annotations", () => {
  it("links web addresses, never javascript:; lists ::error and ::warning with jumps; drops window titles; keeps a refused OSC 8 link's text", async () => {
    const step = uniqueStep();
    const body = [
      "see https://example.com/build?a=1&b=2. for details", // 1
      "javascript:alert(1) is not a link", // 2
      "::warning file=src/a.ts,line=3::Unused variable x", // 3
      ...lines(4, 300),
      "::error file=src/b.ts,line=10,col=2::Type error here", // 301
      "\x1b]0;my window title\x07after the title", // 302
      "\x1b]8;;javascript:alert(1)\x1b\\click me\x1b]8;;\x1b\\ stays text", // 303
      "\x1b]8;;https://example.org/x\x1b\\a real link\x1b]8;;\x1b\\", // 304
    ];
    await appendLines(suite.stack.url, step.path, body.join("\n") + "\n");
    await endStep(suite.stack.url, step.path, "failure");
    const page = await openPage(`?step=${stepParam(step)}#L1`);
    await page.locator('.row[data-n="1"]').waitFor();
    const link = page.locator('.row[data-n="1"] a:not(.ln)');
    expect(await link.getAttribute("href")).toBe("https://example.com/build?a=1&b=2");
    expect(await link.getAttribute("rel")).toBe("noopener");
    expect(await page.locator('.row[data-n="2"] .tx a').count()).toBe(0);
    expect(await rowText(page, 3)).toBe("Warning: Unused variable x");

    expect(await page.locator("#annotations li").allTextContents()).toEqual([
      "Warning: Unused variable x (src/a.ts:3)",
      "Error: Type error here (src/b.ts:10)",
    ]);
    await page.click("#first-error");
    await page.locator('.row[data-n="301"].hl').waitFor();
    expect(await rowText(page, 302)).toBe("after the title");
    expect(await rowText(page, 303)).toBe("click me stays text");
    expect(await page.locator('.row[data-n="303"] .tx a').count()).toBe(0);
    expect(await page.locator('.row[data-n="304"] .tx a').getAttribute("href")).toBe("https://example.org/x");
    await page.locator("#annotations li").nth(0).locator("button").click();
    await page.locator('.row[data-n="3"].hl').waitFor();
  });
});

describe("timestamps, themes, shortcuts", () => {
  it("shows arrival times on demand, remembered", async () => {
    const step = uniqueStep();
    await appendLines(suite.stack.url, step.path, "first\n");
    const page = await openPage(`?step=${stepParam(step)}`);
    await page.locator('.row[data-n="1"]').waitFor();
    expect(await page.locator(".row .ts").count()).toBe(0);
    await page.keyboard.press("t");
    await page.locator('.row[data-n="1"] .ts').waitFor();
    await appendLines(suite.stack.url, step.path, "second\n");
    await page.locator('.row[data-n="2"] .ts').waitFor();
    const ts = await page.locator('.row[data-n="2"] .ts').textContent();
    // from the events' "t": local time and time since the step's first line
    expect(ts).toMatch(/^\d\d:\d\d:\d\d\.\d{3} \+\d+:\d\d$/);
    const title = await page.locator('.row[data-n="2"] .ts').getAttribute("title");
    expect(Math.abs(Date.parse(title!) - Date.now())).toBeLessThan(60_000);
    await page.reload();
    await page.locator('.row[data-n="2"] .ts').waitFor();
    await page.evaluate(() => localStorage.clear());
  });

  it("follows prefers-color-scheme, switches with the toggle, lists shortcuts under ?", async () => {
    const step = uniqueStep();
    await appendLines(suite.stack.url, step.path, "text\n");
    const page = await openPage(`?step=${stepParam(step)}`);
    await page.locator('.row[data-n="1"]').waitFor();
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: "light" });
    expect(await bg()).toBe("rgb(255, 255, 255)");
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await bg()).toBe("rgb(13, 17, 23)");
    await page.click("#theme"); // auto -> light
    expect(await bg()).toBe("rgb(255, 255, 255)");
    await page.reload();
    expect(await bg()).toBe("rgb(255, 255, 255)");
    await page.locator("#log").focus();
    await page.keyboard.press("?");
    expect(await page.locator("#help").isVisible()).toBe(true);
    expect(await page.locator("#help").textContent()).toContain("next / previous match");
    await page.keyboard.press("Escape");
    await page.evaluate(() => localStorage.clear());
  });
});

describe("the step page as a person sees it", () => {
  it("makes docs/viewer.png: groups with durations, an error listed, colours, a search, times", { timeout: 60_000 }, async () => {
    const step = uniqueStep();
    const now = Math.floor(Date.now() / 1000);
    const body = [
      "\x1b[1;36m==> logrelay CI · unit tests\x1b[0m",
      `section_start:${now - 95}:install[collapsed=true]\r\x1b[0KInstall dependencies`,
      "npm ci",
      "added 412 packages in 9s",
      `section_end:${now - 86}:install\r\x1b[0K`,
      "::group::Build",
      "tsc -p tsconfig.build.json",
      "::endgroup::",
      "::group::Run the tests",
      ...Array.from(
        { length: 14 },
        (_, i) => ` \x1b[32m✓\x1b[0m test/unit/case-${i + 1}.test.ts \x1b[2m(${((i * 7) % 13) + 1} tests)\x1b[0m ${(i * 37) % 400}ms`,
      ),
      " \x1b[31m✗\x1b[0m test/e2e/viewer.test.ts > search > counts every match",
      "::error file=web/line-search.ts,line=42::expected 4 matches, got 3",
      "   see https://github.com/example/logrelay/issues/11 for the failing case",
      " \x1b[33mwarning\x1b[0m a long line that wraps: " + "the viewer wraps long lines by default so nothing hides off the right edge; ".repeat(3),
      ...Array.from({ length: 8 }, (_, i) => ` \x1b[32m✓\x1b[0m test/integration/pipeline-${i + 1}.test.ts ${(i * 53) % 900}ms`),
    ];
    const named = await fetch(`${suite.stack.url}${step.path}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Unit tests" }),
    });
    expect(named.status).toBeLessThan(300);
    await appendLines(suite.stack.url, step.path, body.join("\n") + "\n");
    const page = await openPage(`?step=${stepParam(step)}`, { width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.locator(`.row[data-n="${body.length}"]`).waitFor();
    await page.keyboard.press("t");
    await page.fill("#search", "test/unit");
    await page.keyboard.press("Enter");
    await waitFor(async () => (await page.locator(".search-count").textContent()) === "1 of 14", "1 of 14");
    await page.locator("#log").evaluate((el) => (el.scrollTop = 0));
    await page.mouse.move(0, 700);
    expect(await page.locator("#step-title").textContent()).toBe("Unit tests");
    const shot = path.join(RESULTS_DIR, "viewer.png");
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOT) copyFileSync(shot, "docs/viewer.png");
    await page.evaluate(() => localStorage.clear());
  });
});

describe("accessibility", () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

  for (const theme of ["dark", "light"] as const) {
    it(`has no serious or critical axe-core violation (${theme} theme)`, async () => {
      const step = uniqueStep();
      const body = [
        "::group::Setup",
        "\x1b[32m✓\x1b[0m ok \x1b[33mwarn\x1b[0m \x1b[31mred\x1b[0m \x1b[36mcyan\x1b[0m \x1b[34mblue\x1b[0m \x1b[35mmagenta\x1b[0m \x1b[90mgrey\x1b[0m",
        "::endgroup::",
        "::error file=a.ts,line=1::broken",
        "see https://example.com",
        ...lines(5, 60),
      ];
      await appendLines(suite.stack.url, step.path, body.join("\n") + "\n");
      const page = await openPage(`?step=${stepParam(step)}`);
      await page.emulateMedia({ colorScheme: theme });
      await page.locator('.row[data-n="60"]').waitFor();
      await page.locator('.row[data-n="1"] button.fold').click();
      await page.locator('.row[data-n="2"]').waitFor();
      await page.fill("#search", "line");
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { html: string; failureSummary: string }[] }[] }>;
            };
          }
        ).axe;
        return axe.run(document, { resultTypes: ["violations"] });
      });
      const bad = result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .slice(0, 3)
              .map((n) => `${n.html} ${n.failureSummary}`)
              .join(" | ")}`,
        );
      expect(bad).toEqual([]);
      // the log has a role and a label, and line numbers are not one tab stop each
      expect(await page.locator("#log").getAttribute("role")).toBe("log");
      expect(await page.locator("#log").getAttribute("aria-label")).toBeTruthy();
      expect(await page.locator('.ln[tabindex="-1"]').count()).toBe(await page.locator(".ln").count());
      expect((await viewerStats(page)).last).toBe(61);
    });
  }
});
