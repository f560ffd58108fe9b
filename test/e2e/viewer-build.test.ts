/**
 * The build page in chromium, through nginx with real Redis: named steps with status and
 * duration, the running or first failed step opened by itself, moving between steps without a
 * reload on at most two connections; and a relay SIGKILLed under the page's stream.
 */
import { copyFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { appendLines, endStep, lines, metric, uniqueStep, waitFor } from "../support/stack.ts";
import { startUpload } from "../support/upload.ts";
import { ciLine } from "./ci-lines.ts";
import { RESULTS_DIR, recordStates, viewerLines, viewerStats } from "./browser.ts";
import { browserSuite } from "./suite.ts";

const suite = browserSuite({ relays: 2 });

/** Opens the page with every EventSource, stream and fetch counted: most open at once, and in total. */
async function openPage(query: string): Promise<Page> {
  const page = await suite.newPage();
  await page.addInitScript(() => {
    const rec = { open: 0, max: 0, streams: 0, log: [] as string[] };
    (window as unknown as { connRec: typeof rec }).connRec = rec;
    const up = (what = "") => {
      rec.max = Math.max(rec.max, ++rec.open);
      rec.log.push(`+${rec.open} ${what}`);
    };
    const Native = window.EventSource;
    window.EventSource = class extends Native {
      #closed = false;
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        rec.streams++;
        up(String(url));
        this.addEventListener("error", () => this.readyState === Native.CLOSED && this.#done());
      }
      close(): void {
        super.close();
        this.#done();
      }
      #done(): void {
        if (!this.#closed) rec.open--;
        if (!this.#closed) rec.log.push(`-${rec.open} ${this.url}`);
        this.#closed = true;
      }
    } as typeof EventSource;
    const nativeFetch = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      up(String(args[0]));
      // a step's stream is an EventSource over fetch (the eventsource package): open until its
      // body ends, fails or is cancelled (the page aborts it to close it)
      if (new Headers(args[1]?.headers).get("accept") === "text/event-stream") {
        rec.streams++;
        let done = false;
        const finish = () => {
          if (!done) rec.log.push(`-${--rec.open} stream`);
          done = true;
        };
        args[1]?.signal?.addEventListener("abort", finish); // closed by the page: free from now on
        try {
          const res = await nativeFetch(...args);
          if (!res.body) {
            finish();
            return res;
          }
          const reader = res.body.getReader();
          const body = new ReadableStream<Uint8Array>({
            async pull(controller) {
              try {
                const { done: end, value } = await reader.read();
                if (end) {
                  finish();
                  controller.close();
                } else controller.enqueue(value);
              } catch (err) {
                finish();
                controller.error(err);
              }
            },
            cancel(reason) {
              finish();
              return reader.cancel(reason);
            },
          });
          return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
        } catch (err) {
          finish();
          throw err;
        }
      }
      try {
        const res = await nativeFetch(...args);
        await res
          .clone()
          .arrayBuffer()
          .catch(() => undefined); // the body read: the connection is free again
        return res;
      } finally {
        rec.open--;
        rec.log.push(`-${rec.open} fetch`);
      }
    };
  });
  await page.goto(`${suite.stack.url}/${query}`);
  return page;
}

const connections = (page: Page) =>
  page.evaluate(() => (window as unknown as { connRec: { open: number; max: number; streams: number; log: string[] } }).connRec);

async function nameStep(stepPath: string, name: string): Promise<void> {
  const res = await fetch(`${suite.stack.url}${stepPath.replace(/\/logs$/, "")}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name }),
  });
  expect(res.status).toBeLessThan(300);
}

/** A build of four steps: checkout (success), lint (failure), test (running), deploy (named, not started). */
async function demoBuild() {
  const first = uniqueStep();
  const at = (step: number) => ({ ...first, step, path: `/${first.org}/${first.repo}/builds/${first.build}/steps/${step}` });
  const [checkout, lint, test, deploy] = [1, 2, 3, 4].map(at);
  await nameStep(checkout.path, "Checkout");
  await appendLines(
    suite.stack.url,
    checkout.path,
    ["::group::Fetching", ...lines(2, 30, "fetch"), "::endgroup::", "HEAD is now at 1a2b3c4"].join("\n") + "\n",
  );
  await endStep(suite.stack.url, checkout.path, "success");
  await nameStep(lint.path, "Lint");
  await appendLines(
    suite.stack.url,
    lint.path,
    ["eslint .", "::error file=src/app.ts,line=12::'x' is assigned a value but never used", "1 problem"].join("\n") + "\n",
  );
  await endStep(suite.stack.url, lint.path, "failure");
  await nameStep(test.path, "Unit tests");
  await appendLines(suite.stack.url, test.path, Array.from({ length: 120 }, (_, i) => ciLine(i + 1)).join("\n") + "\n");
  await nameStep(deploy.path, "Deploy");
  return { build: first, checkout, lint, test, deploy, buildParam: `${first.org}/${first.repo}/${first.build}` };
}

describe("the build page", () => {
  it("lists the build's named steps with status and duration, opens the running one, moves between steps without reloading, on two connections", async () => {
    const b = await demoBuild();
    const page = await openPage(`?build=${b.buildParam}`);
    await page.locator('#build-steps li[data-step="4"]').waitFor();
    expect(await page.locator("#build-steps .name").allTextContents()).toEqual(["Checkout", "Lint", "Unit tests", "Deploy"]);
    expect(await page.locator("#build-steps .pill").allTextContents()).toEqual(["success", "failure", "running", "pending"]);
    await page.locator('.row[data-n="120"]').waitFor(); // the running step opened by itself
    expect(await page.locator("#step-title").textContent()).toBe("Unit tests");
    expect(page.url()).toContain(`?step=${b.buildParam}/3`);
    const running = page.locator('#build-steps li[data-step="3"] .dur');
    const first = await running.textContent();
    await waitFor(async () => (await running.textContent()) !== first, "the running step's duration ticking", 5000);
    expect(await page.locator('#build-steps li[data-step="1"] .count').textContent()).toBe("32 lines");

    // another step: no reload, the step's stream replaced, the build's kept
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.locator('#build-steps li[data-step="2"] button').click();
    await page.locator('.row[data-n="3"]').waitFor();
    expect(await page.locator("#step-title").textContent()).toBe("Lint");
    expect(await page.locator("#annotations li").count()).toBe(1);
    await page.locator('#build-steps li[data-step="1"] button').click();
    await page.locator('.row[data-n="1"] button.fold').waitFor();
    await page.goBack();
    await waitFor(async () => (await page.locator("#step-title").textContent()) === "Lint", "Back returns to the step before");
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // a step starting, lines, an end: seen live through the build's one stream
    await appendLines(suite.stack.url, b.deploy.path, "deploying\n");
    await waitFor(async () => (await page.locator('#build-steps li[data-step="4"] .pill').textContent()) === "running", "deploy running");
    await endStep(suite.stack.url, b.test.path, "success");
    await waitFor(async () => (await page.locator('#build-steps li[data-step="3"] .pill').textContent()) === "success", "tests ended");
    const rec = await connections(page);
    expect(rec.max, rec.log.join("\n")).toBeLessThanOrEqual(2);
    expect(rec.open).toBeLessThanOrEqual(2);
    // one build stream, one per step opened (3 opened, one by Back)
    expect(rec.streams).toBe(5);

    await page.setViewportSize({ width: 1280, height: 720 });
    const shot = path.join(RESULTS_DIR, "build-page.png");
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOT) copyFileSync(shot, "docs/build-page.png");
  });

  it("opens the first failed step of an ended build, and a shared step link still opens its line", async () => {
    const b = await demoBuild();
    await endStep(suite.stack.url, b.test.path, "success");
    const page = await openPage(`?build=${b.buildParam}`);
    await page.locator('.row[data-n="3"]').waitFor();
    expect(await page.locator("#step-title").textContent()).toBe("Lint");

    const shared = await openPage(`?step=${b.buildParam}/3#L80`);
    await shared.locator('.row[data-n="80"].hl').waitFor();
    // the name comes with the build's steps, whose stream starts once the step list has loaded
    await waitFor(async () => (await shared.locator("#step-title").textContent()) === "Unit tests", "the step's name as title");
    expect(await shared.locator('#build-steps li[data-step="3"] button').getAttribute("aria-current")).toBe("true");
  });

  it("says a step that has not started yet is waiting, and turns live when its first line comes", async () => {
    const step = uniqueStep();
    const page = await openPage(`?step=${step.org}/${step.repo}/${step.build}/${step.step}`);
    await waitFor(async () => (await page.locator("#status").textContent()) === "waiting: no such step has started yet", "waiting");
    expect(await page.locator("#status").getAttribute("data-state")).toBe("waiting");
    await appendLines(suite.stack.url, step.path, "at last\n");
    await waitFor(async () => (await page.locator("#status").textContent()) === "live", "live");
  });

  it("fits an 800 px wide window: nothing in the header or toolbar cut off", async () => {
    const b = await demoBuild();
    const page = await openPage(`?step=${b.buildParam}/3`);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.locator('.row[data-n="120"]').waitFor();
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll("header *, .toolbar *")]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(cut).toEqual([]);
  });
});

describe("live progress", () => {
  it("shows a line being rewritten with \\r in place of the next line, then the line once it ends", async () => {
    const step = uniqueStep();
    await appendLines(suite.stack.url, step.path, "$ npm ci\n");
    const page = await openPage(`?step=${step.org}/${step.repo}/${step.build}/${step.step}`);
    await page.locator('.row[data-n="1"]').waitFor();
    const u = startUpload(`${suite.stack.url}${step.path}/logs`);
    try {
      await u.write("[#   ]  25%\r");
      await waitFor(
        async () =>
          (await page
            .locator(".partial .tx")
            .textContent()
            .catch(() => "")) === "[#   ]  25%",
        "the first state",
        15000,
      );
      expect(await page.locator(".partial .ln").textContent()).toBe("2");
      await u.write("[##  ]  50%\r");
      await waitFor(async () => (await page.locator(".partial .tx").textContent()) === "[##  ]  50%", "the next state", 15000);
      expect(await page.locator('.row[data-n="2"]').count()).toBe(0);
      await u.write("[####] 100%\n");
      await page.locator('.row[data-n="2"]').waitFor();
      expect(await rowTextOf(page, 2)).toBe("[####] 100%");
      expect(await page.locator(".partial").isHidden()).toBe(true);
    } finally {
      expect((await u.end()).status).toBe(200);
    }
  });
});

const rowTextOf = (page: Page, n: number) => page.locator(`.row[data-n="${n}"] .tx`).textContent();

describe("a relay SIGKILLed under the page's stream", () => {
  it("resumes on the other relay and ends with every line exactly once", { timeout: 60_000 }, async () => {
    const step = uniqueStep();
    let last = 0;
    let running = true;
    const feed = (async () => {
      while (running) {
        const batch = Array.from({ length: 20 }, (_, i) => ciLine(last + 1 + i));
        const res = await appendLines(suite.stack.url, step.path, batch.join("\n") + "\n");
        last = Number(res.json.last);
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    const page = await openPage(`?step=${step.org}/${step.repo}/${step.build}/${step.step}`);
    await waitFor(async () => (await viewerStats(page)).last >= 300, "300 lines", 15000);
    const states = await recordStates(page);
    // the relay holding the step's stream is the one delivering lines (the build's stream carries none)
    const delivered = () =>
      Promise.all(suite.stack.relays.map((r) => (r.running ? metric(`http://127.0.0.1:${r.port}`, "logrelay_lines_delivered_total") : 0)));
    const d0 = await delivered();
    await waitFor(async () => (await delivered()).some((d, i) => d > d0[i]), "lines delivered");
    const d1 = await delivered();
    const holder = suite.stack.relays[d1.findIndex((d, i) => d > d0[i])];
    expect(holder.running).toBe(true);
    const before = (await viewerStats(page)).last;
    holder.child.kill("SIGKILL");
    await holder.exited;
    await waitFor(async () => (await viewerStats(page)).last > before + 200, "lines again after the kill", 20000);
    expect(
      (await states()).some((st) => st.startsWith("reconnecting")),
      "the step's stream was cut",
    ).toBe(true);
    running = false;
    await feed;
    await endStep(suite.stack.url, step.path, "success");
    await waitFor(async () => (await page.locator("#status").textContent()) === "ended: success", "the end", 15000);
    expect(await viewerStats(page)).toMatchObject({ first: 1, last, count: last, gaps: 0, repeated: 0 });
    const held = await viewerLines(page, 1, last);
    expect(held.flatMap((text, i) => (text === ciLine(i + 1) ? [] : [i + 1]))).toEqual([]);
  });
});
