/**
 * One browser test file's setup: a stack and chromium shared by its tests, every page a test
 * opens closed after it, and an uncaught error in any of those pages failing that test.
 */
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { StackOptions } from "../../scripts/local-stack.ts";
import { startTestStack, stopAllStacks, type LocalStack } from "../support/stack.ts";
import { launchBrowser, type TestBrowser } from "./browser.ts";

export interface BrowserSuite {
  readonly stack: LocalStack;
  readonly browser: TestBrowser;
  /** A page closed after the current test; its uncaught errors fail the test. */
  newPage(): Promise<Page>;
}

/** Registers the file's hooks; call it at the top level of a test file. */
export function browserSuite(options: StackOptions): BrowserSuite {
  let started: { stack: LocalStack; browser: TestBrowser } | undefined;
  const pages: Page[] = [];
  const pageErrors: string[] = [];
  const ready = () => {
    if (!started) throw new Error("the browser suite is not started: use it inside a test or a hook");
    return started;
  };

  beforeAll(async () => {
    const [stack, browser] = await Promise.all([startTestStack(options), launchBrowser()]);
    started = { stack, browser };
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
    expect(pageErrors.splice(0), "uncaught errors in the page").toEqual([]);
  });
  afterAll(async () => {
    await started?.browser.close();
    await stopAllStacks();
  });

  return {
    get stack() {
      return ready().stack;
    },
    get browser() {
      return ready().browser;
    },
    async newPage() {
      const page = await ready().browser.newPage();
      pages.push(page);
      page.on("pageerror", (e) => pageErrors.push(e.message));
      return page;
    },
  };
}

/** A step as the page's `?step=` takes it: org/repo/build/step. */
export const stepParam = (s: { org: string; repo: string; build: number; step: number }) => `${s.org}/${s.repo}/${s.build}/${s.step}`;

/** The page's status badge. */
export const status = (page: Page) => page.locator("#status").textContent();
