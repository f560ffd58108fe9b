/**
 * Demo mode: simulated builds with the output people know from CI (ANSI colours, GitHub
 * `::group::` and `::error ...::` lines, a GitLab section, URLs, a `\r` progress bar that is
 * one line rewritten while it runs, a long test step, sometimes a failure), so a fresh stack
 * shows logs moving and a build page has named steps. Builds of demo/webapp run one after
 * another, numbered from a Redis counter; every step is named when the build starts. The demo
 * is a build worker like any other: it writes through the client library (client/), over this
 * producer's own HTTP port, so it takes the real ingest path, retries included.
 */
import type { RedisClient } from "../common/redis.ts";
import type { Logger } from "pino";
import type { EndStatus, StepRef } from "../common/domain.ts";
import { StepWriter } from "../client/step-writer.ts";
import { demoBuildCounterKey } from "../common/contract.ts";

const GREEN = "\x1b[32m",
  RED = "\x1b[31m",
  YELLOW = "\x1b[33m",
  BOLD = "\x1b[1m",
  DIM = "\x1b[2m",
  RESET = "\x1b[0m";

/** A script yields lines, or `{ partial }`: the state so far of the next line, shown live and not stored. */
type Out = string | string[] | { partial: string };
type Script = () => Generator<Out, EndStatus>;

/** A progress bar as one line rewritten with \r: each state shown live, the whole line stored once. */
function* progress(states: readonly string[]): Generator<Out, void> {
  let line = "";
  for (const [i, state] of states.entries()) {
    line += i < states.length - 1 ? `${state}\r` : state;
    if (i < states.length - 1) yield { partial: line };
  }
  yield line;
}

const bar = (p: number, width = 30) => `[${"#".repeat(Math.round((p / 100) * width)).padEnd(width)}] ${String(p).padStart(3)}%`;
const unix = () => Math.floor(Date.now() / 1000);

const steps: { name: string; script: Script }[] = [
  {
    name: "Checkout",
    *script() {
      yield `${BOLD}$ git clone --depth 1 https://git.example.com/demo/webapp.git${RESET}`;
      yield "Cloning into 'webapp'...";
      yield* progress(Array.from({ length: 11 }, (_, i) => `Receiving objects: ${String(i * 10).padStart(3)}% (${i * 420}/4200)`));
      yield `${GREEN}HEAD is now at 3f2a9c1 Fix flaky retry test${RESET}`;
      return "success";
    },
  },
  {
    name: "Install dependencies",
    *script() {
      yield "::group::Restore npm cache";
      yield "Cache restored from key: npm-linux-x64-8f14e45f (https://cache.example.com/npm/8f14e45f)";
      yield "Received 48234112 of 48234112 (100.0%), 46.0 MBs/sec";
      yield "::endgroup::";
      yield `${BOLD}$ npm ci${RESET}`;
      yield* progress(Array.from({ length: 41 }, (_, p) => `${bar(Math.round((p / 40) * 100))} reify`));
      yield `${YELLOW}npm warn deprecated inflight@1.0.6: This module is not supported, see https://github.com/isaacs/node-glob/issues/435${RESET}`;
      yield "::warning file=package.json,line=14::inflight@1.0.6 is deprecated";
      yield "added 812 packages in 14s";
      return "success";
    },
  },
  {
    name: "Build",
    *script() {
      yield `section_start:${unix()}:compile[collapsed=true]\r\x1b[0K${BOLD}Compiling TypeScript${RESET}`;
      yield "$ tsc -p tsconfig.build.json";
      for (const file of ["src/server.ts", "src/routes.ts", "src/db.ts", "src/auth.ts", "src/views.ts"])
        yield `${DIM}emit${RESET} ${file.replace(/^src/, "dist").replace(/\.ts$/, ".js")}`;
      yield `section_end:${unix()}:compile\r\x1b[0K`;
      yield `section_start:${unix()}:bundle\r\x1b[0K${BOLD}Bundling assets${RESET}`;
      yield "$ esbuild web/index.ts --bundle --minify --outdir=dist/web";
      yield "  dist/web/index.js  142.3kb";
      yield "  dist/web/index.css  18.1kb";
      yield `section_end:${unix()}:bundle\r\x1b[0K`;
      return "success";
    },
  },
  {
    name: "Test",
    *script() {
      yield `${BOLD}$ npm test${RESET}`;
      let failed = 0;
      for (let suite = 1; suite <= 40; suite++) {
        yield `::group::test/suite-${suite}.test.ts`;
        for (let t = 1; t <= 12; t++) {
          const bad = Math.random() < 0.0005; // most builds pass, as most do
          failed += bad ? 1 : 0;
          if (bad) {
            yield `  ${RED}✗ case ${t} of suite ${suite} (${(Math.random() * 90).toFixed(0)} ms)${RESET}`;
            yield `::error file=test/suite-${suite}.test.ts,line=${10 * t + 2}::expected status 200, got 500 (see https://docs.example.com/errors/500)`;
          } else yield `  ${GREEN}✓${RESET} case ${t} of suite ${suite} ${DIM}(${(Math.random() * 40).toFixed(0)} ms)${RESET}`;
        }
        yield "::endgroup::";
      }
      yield failed ? `${RED}${BOLD}Tests: ${failed} failed${RESET}, ${480 - failed} passed` : `${GREEN}${BOLD}Tests: 480 passed${RESET}`;
      yield "Coverage report: https://coverage.example.com/demo/webapp/latest/index.html";
      return failed ? "failure" : "success";
    },
  },
  {
    name: "Deploy to staging",
    *script() {
      yield `${BOLD}$ ./deploy.sh staging${RESET}`;
      yield "Uploading artefacts… 日本語 ✓ émoji 🚀";
      yield "::group::Rolling out";
      for (let i = 1; i <= 20; i++) yield `Rolling out pod ${i}/20`;
      yield "::endgroup::";
      if (Math.random() < 0.2) {
        yield "::error file=deploy.sh,line=57::health check failed: https://staging.example.com/healthz answered 503";
        return "failure";
      }
      yield `${GREEN}Deployed: https://staging.example.com/${RESET}`;
      return "success";
    },
  },
];

export interface DemoOptions {
  /** the producer's own address (http://127.0.0.1:<port>): the demo appends through it, as a build worker does */
  readonly producerUrl: string;
  readonly token?: string;
  readonly linesPerSecond: number;
  readonly log: Logger;
}

/** How long a stopping demo tries to end its steps as canceled before it closes their writers (the log service may be away). */
const STOP_GRACE_MS = 2000;

export function startDemo(redis: RedisClient, options: DemoOptions): { close(): Promise<void> } {
  const { linesPerSecond, log } = options;
  let stopped = false;
  const pause = () => new Promise((r) => setTimeout(r, 1000 / linesPerSecond));
  const partialPauseMs = Math.min(100, 5000 / linesPerSecond);
  const open = new Set<StepWriter>();

  /** The step's writer: the client library, posting to this producer's own HTTP port; steps are fresh, so it starts at line 1. */
  function writer(ref: StepRef): StepWriter {
    const w = new StepWriter({
      url: `${options.producerUrl}/${ref.org}/${ref.repo}/builds/${ref.build}/steps/${ref.step}`,
      token: options.token,
      firstLine: 1,
      flushIntervalMs: 100,
      log: log.child({ step: ref.step }),
    });
    open.add(w);
    return w;
  }

  async function end(w: StepWriter, status: EndStatus): Promise<void> {
    await w.end(status); // a stopping demo closes its writers after STOP_GRACE_MS: this returns then at the latest
    await w.close();
    open.delete(w);
  }

  async function runStep(w: StepWriter, script: Script): Promise<EndStatus> {
    const it = script();
    let shown = ""; // the part of the line being written that was already written (its states so far)
    for (let next = it.next(); ; next = it.next()) {
      if (stopped) {
        // a stopped demo leaves no step "running" until its idle TTL
        await end(w, "canceled");
        return "canceled";
      }
      if (next.done) {
        await end(w, next.value);
        return next.value;
      }
      const out = next.value;
      if (typeof out === "object" && !Array.isArray(out)) {
        w.write(out.partial.slice(shown.length)); // shown live, stored once its newline comes
        shown = out.partial;
        await new Promise((r) => setTimeout(r, partialPauseMs)); // at most ten states a second
        continue;
      }
      const lines = Array.isArray(out) ? out : [out];
      w.write(`${lines.join("\n").slice(shown.length)}\n`);
      shown = "";
      await pause();
    }
  }

  async function loop(): Promise<void> {
    while (!stopped) {
      try {
        const build = await redis.incr(demoBuildCounterKey());
        log.info({ path: `/demo/webapp/builds/${build}` }, "demo build started");
        const writers = steps.map((s, i) => {
          const w = writer({ org: "demo", repo: "webapp", build, step: i + 1 });
          w.name(s.name);
          return w;
        });
        await Promise.all(writers.map((w) => w.flush())); // the build page lists them at once
        let status: EndStatus = "success";
        for (const [i, w] of writers.entries()) {
          if (status !== "success" || stopped) await end(w, "canceled");
          else status = await runStep(w, steps[i].script);
        }
      } catch (err) {
        for (const w of open) await w.close();
        open.clear();
        if (stopped) break;
        log.warn({ err: (err as Error).message }, "demo build interrupted");
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  const running = loop();
  return {
    /** Stops after ending the running step (and the build's steps to come) as canceled, or giving up on that after STOP_GRACE_MS. */
    async close() {
      stopped = true;
      const giveUp = setTimeout(() => open.forEach((w) => void w.close()), STOP_GRACE_MS);
      await running;
      clearTimeout(giveUp);
      for (const w of open) await w.close();
    },
  };
}
