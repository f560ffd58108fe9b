/**
 * GitHub Actions' `::add-mask::VALUE` through nginx: VALUE becomes a secret of the build before
 * the line is stored, the line is stored as `::add-mask::***`, and later lines with VALUE are
 * masked in that upload, in other steps of the build, and on another producer; neither the
 * stored lines, the live stream, its partial-line previews nor the raw download carry VALUE.
 */
import { Redis } from "ioredis";
import { EventSource } from "eventsource";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepKeys } from "../../common/contract.ts";
import type { Proc } from "../../scripts/local-stack.ts";
import { appendLines, startProducer, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { Viewer } from "../support/sse.ts";
import { startUpload } from "../support/upload.ts";

let stack: LocalStack;
let other: Proc; // a second producer on the same Redis
let redis: Redis;
const closers: (() => void)[] = [];

beforeAll(async () => {
  stack = await startTestStack({ relays: 1 });
  other = await startProducer({ dir: stack.dir, redisUrl: stack.redis.url, env: { LOG_LEVEL: "warn" } });
  redis = new Redis(stack.redis.url);
});
afterAll(async () => {
  closers.forEach((close) => close());
  redis?.disconnect();
  await other?.stop();
  await stopAllStacks();
});

const stepOf = (s: ReturnType<typeof uniqueStep>, n: number) => ({ ...s, step: n, path: `/${s.org}/${s.repo}/builds/${s.build}/steps/${n}` });
const stored = async (s: ReturnType<typeof uniqueStep>) => (await redis.lrange(stepKeys(s).lines, 0, -1)).join("\n");

describe("::add-mask::VALUE", () => {
  it("registers VALUE before the line is stored: later lines masked here, in other steps and on another producer", async () => {
    const a = uniqueStep();
    const b = stepOf(a, a.step + 1000);
    const c = stepOf(a, a.step + 2000);
    const viewer = new Viewer(`${stack.url}${a.path}/logs/events`);
    closers.push(() => viewer.close());
    const body = "before gh-mask-value-1\n::add-mask::gh-mask-value-1\nafter gh-mask-value-1 and gh-mask-value-1\n";
    expect(await appendLines(stack.url, a.path, body)).toEqual({ status: 200, json: { appended: 3, first: 1, last: 3 } });
    // as GitHub: the lines before the command are as printed; the command hides its value
    await waitFor(() => viewer.lastNumber === 3, "three lines");
    expect(viewer.texts).toEqual(["before gh-mask-value-1", "::add-mask::***", "after *** and ***"]);
    expect(await stored(a)).toBe("before gh-mask-value-1\n::add-mask::***\nafter *** and ***");
    expect(await (await fetch(`${stack.url}${a.path}/logs`)).text()).toBe("before gh-mask-value-1\n::add-mask::***\nafter *** and ***\n");
    // right after the answer: another step through nginx, and another producer
    await appendLines(stack.url, b.path, "step b gh-mask-value-1\n");
    await appendLines(`http://127.0.0.1:${other.port}`, c.path, "step c gh-mask-value-1\n");
    expect(await stored(b)).toBe("step b ***");
    expect(await stored(c)).toBe("step c ***");
  });

  it("takes the runner's forms, any case, and a multi-line value, in a streamed upload split mid-command", async () => {
    const step = uniqueStep();
    const partials: string[] = [];
    const es = new EventSource(`${stack.url}${step.path}/logs/events`);
    closers.push(() => es.close());
    es.addEventListener("partial", (e) => partials.push(e.data));
    const lines: string[] = [];
    es.onmessage = (e) => lines.push(...(JSON.parse(e.data) as { lines: string[] }).lines);
    await new Promise<void>((resolve) => (es.onopen = () => resolve()));
    const upload = startUpload(`${stack.url}${step.path}/logs`);
    await upload.write("  ::ADD-MASK::stream-sec");
    // the unterminated command is held back from live previews
    await new Promise((r) => setTimeout(r, 300));
    await upload.write("ret-2\nuse stream-secret-2\n##[add-mask]legacy-secret-3\n::add-mask::key-line-a%0Akey-line-b\n");
    await upload.write("legacy-secret-3 key-line-a key-line-b\n");
    expect(await upload.end()).toEqual({ status: 200, json: { appended: 5, first: 1, last: 5 } });
    await waitFor(() => lines.length === 5, "five lines");
    expect(lines).toEqual(["::add-mask::***", "use ***", "::add-mask::***", "::add-mask::***", "*** *** ***"]);
    const everything = `${await stored(step)}\n${partials.join("\n")}`;
    for (const value of ["stream-sec", "legacy-secret", "key-line"]) expect(everything).not.toContain(value);
  });
});
