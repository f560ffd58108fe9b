/**
 * Demo mode: simulated builds with the output people know from CI (ANSI colours, a `\r`
 * progress bar, a long test step, sometimes a failure), so a fresh stack shows logs moving.
 * Builds of demo/webapp run one after another, numbered from a Redis counter.
 */
import type { RedisClient } from "../common/redis.ts";
import type { Logger } from "pino";
import type { EndStatus, StepRef } from "../common/step.ts";
import type { Appender } from "./appender.ts";

const DEMO_BUILD_KEY = "logrelay:demo:build";
const GREEN = "\x1b[32m", RED = "\x1b[31m", YELLOW = "\x1b[33m", BOLD = "\x1b[1m", DIM = "\x1b[2m", RESET = "\x1b[0m";

type Script = () => Generator<string | string[], EndStatus>;

const steps: Script[] = [
  function* checkout() {
    yield `${BOLD}$ git clone --depth 1 https://git.example.com/demo/webapp.git${RESET}`;
    yield "Cloning into 'webapp'...";
    for (let p = 0; p <= 100; p += 10) yield `Receiving objects: ${String(p).padStart(3)}% (${p * 42}/4200)\r`;
    yield `${GREEN}HEAD is now at 3f2a9c1 Fix flaky retry test${RESET}`;
    return "success";
  },
  function* install() {
    yield `${BOLD}$ npm ci${RESET}`;
    for (let p = 0; p <= 40; p++) yield `[${"#".repeat(p)}${" ".repeat(40 - p)}] ${Math.round((p / 40) * 100)}% reify\r`;
    yield `${YELLOW}npm warn deprecated inflight@1.0.6: This module is not supported${RESET}`;
    yield "added 812 packages in 14s";
    return "success";
  },
  function* test() {
    yield `${BOLD}$ npm test${RESET}`;
    let failed = 0;
    for (let suite = 1; suite <= 40; suite++) {
      yield `${DIM}RUN${RESET} test/suite-${suite}.test.ts`;
      for (let t = 1; t <= 12; t++) {
        const bad = Math.random() < 0.0005; // most builds pass, as most do
        failed += bad ? 1 : 0;
        yield bad ? `  ${RED}✗ case ${t} of suite ${suite} (${(Math.random() * 90).toFixed(0)} ms)${RESET}` : `  ${GREEN}✓${RESET} case ${t} of suite ${suite} ${DIM}(${(Math.random() * 40).toFixed(0)} ms)${RESET}`;
      }
    }
    yield failed ? `${RED}${BOLD}Tests: ${failed} failed${RESET}, ${480 - failed} passed` : `${GREEN}${BOLD}Tests: 480 passed${RESET}`;
    return failed ? "failure" : "success";
  },
  function* deploy() {
    yield `${BOLD}$ ./deploy.sh staging${RESET}`;
    yield "Uploading artefacts… 日本語 ✓ émoji 🚀";
    for (let i = 1; i <= 20; i++) yield `Rolling out pod ${i}/20`;
    return Math.random() < 0.2 ? "failure" : "success";
  },
];

export function startDemo(redis: RedisClient, appender: Appender, linesPerSecond: number, log: Logger): { close(): Promise<void> } {
  let stopped = false;
  const pause = () => new Promise((r) => setTimeout(r, 1000 / linesPerSecond));

  async function runStep(ref: StepRef, script: Script): Promise<EndStatus> {
    const it = script();
    for (let next = it.next(); ; next = it.next()) {
      if (stopped) {
        // a stopped demo leaves no step "running" until its idle TTL
        await appender.end(ref, "canceled").catch(() => undefined);
        return "canceled";
      }
      if (next.done) {
        await appender.end(ref, next.value);
        return next.value;
      }
      await appender.append(ref, Array.isArray(next.value) ? next.value : [next.value]);
      await pause();
    }
  }

  async function loop(): Promise<void> {
    while (!stopped) {
      try {
        const build = await redis.incr(DEMO_BUILD_KEY);
        log.info({ path: `/demo/webapp/builds/${build}` }, "demo build started");
        let status: EndStatus = "success";
        for (let i = 0; i < steps.length; i++) {
          const ref = { org: "demo", repo: "webapp", build, step: i + 1 };
          if (status !== "success") await appender.end(ref, "canceled");
          else status = await runStep(ref, steps[i]);
        }
      } catch (err) {
        log.warn({ err: (err as Error).message }, "demo build interrupted");
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  const running = loop();
  return {
    /** Stops after ending the running step as canceled. */
    close() {
      stopped = true;
      return running;
    },
  };
}
