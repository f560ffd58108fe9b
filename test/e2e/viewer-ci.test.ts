/**
 * CI output as GitHub Actions and GitLab show it (chromium, through nginx, real Redis): the
 * runner's commands, groups of an ended step, a failed GitLab job's sections, and the error lines
 * of ordinary tools found without any `::error`.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appendLines, endStep, uniqueStep, waitFor } from "../support/stack.ts";
import { browserSuite, status } from "./suite.ts";

const suite = browserSuite({ relays: 1 });

async function openStep(step: ReturnType<typeof uniqueStep>, hash = ""): Promise<Page> {
  const page = await suite.newPage();
  await page.goto(`${suite.stack.url}/?step=${step.org}/${step.repo}/${step.build}/${step.step}${hash}`);
  return page;
}

const shownLines = (page: Page) => page.locator(".row").evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.n)));
const rowText = (page: Page, n: number) => page.locator(`.row[data-n="${n}"] .tx`).textContent();

describe("GitHub's runner commands", () => {
  it("folds ##[group], shows ##[error] and ::debug:: as GitHub does, runs nothing between stop-commands, and never shows ::add-mask::", async () => {
    const step = uniqueStep();
    const body = [
      "##[group]Run npm ci", // 1
      "added 1 package", // 2
      "##[endgroup]", // 3
      "::add-mask::***", // 4: the producer has masked its value; the line itself is not shown
      "token is ***", // 5
      "::debug::Evaluating condition for step", // 6
      "::stop-commands::pause-42", // 7
      "::error::printed by a test, not an error", // 8
      "::group::not a group either", // 9
      "::pause-42::", // 10
      "##[error]Process completed with exit code 1.", // 11
    ];
    await appendLines(suite.stack.url, step.path, body.join("\n") + "\n");
    await endStep(suite.stack.url, step.path, "failure");
    const page = await openStep(step);
    await page.locator('.row[data-n="11"]').waitFor();
    expect(await shownLines(page)).toEqual([1, 5, 6, 8, 9, 11]);
    expect(await page.locator('.row[data-n="1"] .gt').textContent()).toBe("Run npm ci");
    expect(await rowText(page, 6)).toBe("Evaluating condition for step");
    expect(await page.locator('.row[data-n="6"] .tx').getAttribute("class")).toContain("msg-debug");
    expect(await rowText(page, 8)).toBe("::error::printed by a test, not an error");
    expect(await rowText(page, 9)).toBe("::group::not a group either");
    expect(await rowText(page, 11)).toBe("Error: Process completed with exit code 1.");
    expect(await page.locator("#annotations li").allTextContents()).toEqual(["Error: Process completed with exit code 1."]);
    // the search does not find what is not shown
    await page.fill("#search", "add-mask");
    await waitFor(async () => (await page.locator(".search-count").textContent()) === "no match", "no match");
  });
});

describe("groups of an ended step", () => {
  it("end with the step: a group never closed stops ticking when the step ends", async () => {
    const step = uniqueStep();
    await appendLines(suite.stack.url, step.path, "::group::npm ci\nfetching\n");
    const page = await openStep(step);
    const dur = page.locator('.row[data-n="1"] .dur');
    await page.locator('.row[data-n="2"]').waitFor();
    expect(await dur.getAttribute("class")).toContain("running");
    await endStep(suite.stack.url, step.path, "success");
    await waitFor(async () => (await status(page)) === "ended: success", "the end");
    await waitFor(async () => !(await dur.getAttribute("class"))!.includes("running"), "the duration stopped");
    const stopped = await dur.textContent();
    await new Promise((r) => setTimeout(r, 2200)); // two ticks of the clock that moves running durations
    expect(await dur.textContent()).toBe(stopped);
    expect(await page.locator('.row[data-n="1"] button.fold').getAttribute("aria-expanded")).toBe("false"); // closed once ended, as GitHub shows it
  });
});

describe("a failed GitLab job", () => {
  it("keeps its sections open unless collapsed, opens the collapsed one holding the first error, and jumps to it", async () => {
    const step = uniqueStep();
    const t = 1_700_000_000;
    const body = [
      `section_start:${t}:prepare_executor\r\x1b[0K\x1b[0K\x1b[36;1mPreparing the "docker" executor\x1b[0;m`, // 1
      "Using docker image node:24", // 2
      `section_end:${t + 2}:prepare_executor\r\x1b[0K`, // 3
      `section_start:${t + 2}:get_sources\r\x1b[0K\x1b[0K\x1b[36;1mGetting source from Git repository\x1b[0;m`, // 4
      "Checking out 1a2b3c4d as detached HEAD", // 5
      `section_end:${t + 4}:get_sources\r\x1b[0K`, // 6
      `section_start:${t + 4}:step_script[collapsed=true]\r\x1b[0K\x1b[0K\x1b[36;1mExecuting "step_script" stage of the job script\x1b[0;m`, // 7
      "\x1b[32;1m$ npx vitest run\x1b[0;m", // 8
      " \x1b[31mFAIL\x1b[39m  test/sum.test.ts > sum > adds", // 9
      "\x1b[31mAssertionError: expected 3 to be 4 // Object.is equality\x1b[39m", // 10
      `section_end:${t + 30}:step_script\r\x1b[0K`, // 11
      `section_start:${t + 30}:cleanup_file_variables[collapsed=true]\r\x1b[0K\x1b[0K\x1b[36;1mCleaning up project directory and file based variables\x1b[0;m`, // 12
      "removed 3 files", // 13
      `section_end:${t + 31}:cleanup_file_variables\r\x1b[0K`, // 14
      "\x1b[31;1mERROR: Job failed: exit code 1\x1b[0;m", // 15
    ];
    await appendLines(suite.stack.url, step.path, body.join("\n") + "\n");
    await endStep(suite.stack.url, step.path, "failure");
    const page = await openStep(step);
    await waitFor(async () => (await status(page)) === "ended: failure", "the end");
    await waitFor(async () => (await shownLines(page)).join() === "1,2,4,5,7,8,9,10,12,15", "the sections as GitLab shows them");
    expect(await page.locator("#annotations li").allTextContents()).toEqual([
      "Error: FAIL  test/sum.test.ts > sum > adds",
      "Error: AssertionError: expected 3 to be 4 // Object.is equality",
      "Error: Job failed: exit code 1",
    ]);
    await page.click("#first-error");
    await page.locator('.row[data-n="9"].hl').waitFor();
    expect(page.url()).toMatch(/#L9$/);
  });
});

describe("errors in ordinary output", () => {
  it("finds vitest, tsc, eslint and npm errors without any ::error, and a matcher added with ::add-matcher::", async () => {
    const step = uniqueStep();
    const matcher = {
      problemMatcher: [{ owner: "checker", severity: "warning", pattern: [{ regexp: "^CHECK (\\S+):(\\d+) (.*)$", file: 1, line: 2, message: 3 }] }],
    };
    const body = [
      "> tsc --noEmit", // 1
      "src/app.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.", // 2
      "> eslint .", // 3
      "/home/ci/app/src/util.ts", // 4
      "  12:5  error  'x' is assigned a value but never used  no-unused-vars", // 5
      "> vitest run", // 6
      " FAIL  test/sum.test.ts > sum > adds", // 7
      "AssertionError: expected 3 to be 4 // Object.is equality", // 8
      `::add-matcher::${JSON.stringify(matcher)}`, // 9
      "CHECK src/app.ts:3 line too long", // 10
      "npm ERR! code ELIFECYCLE", // 11
      "done", // 12
    ];
    await appendLines(suite.stack.url, step.path, body.join("\n") + "\n");
    await endStep(suite.stack.url, step.path, "failure");
    const page = await openStep(step);
    await page.locator('.row[data-n="12"]').waitFor();
    await waitFor(async () => (await page.locator("#annotations li").count()) === 6, "six issues listed");
    expect(await page.locator("#annotations li").allTextContents()).toEqual([
      "Error: TS2322 Type 'string' is not assignable to type 'number'. (src/app.ts:12:5)",
      "Error: no-unused-vars 'x' is assigned a value but never used (/home/ci/app/src/util.ts:12:5)",
      "Error: FAIL  test/sum.test.ts > sum > adds",
      "Error: AssertionError: expected 3 to be 4 // Object.is equality",
      "Warning: line too long (src/app.ts:3)",
      "Error: code ELIFECYCLE",
    ]);
    expect(await page.locator("#annotations .summary").textContent()).toBe("5 errors, 1 warning or notice");
    expect(await shownLines(page)).not.toContain(9); // the command itself is not shown
    expect(await page.locator('.row[data-n="2"]').getAttribute("class")).toContain("problem-error");
    expect(await rowText(page, 2)).toBe(body[1]); // the line keeps its text
    await page.keyboard.press("e");
    await page.locator('.row[data-n="2"].hl').waitFor();
  });
});
