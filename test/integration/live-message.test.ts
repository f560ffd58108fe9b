/**
 * The append script publishes a step's lines with their SSE event already framed as an HTTP/1.1
 * chunk (common/live-events.ts), which a relay writes to a lone viewer as it came. Against a real
 * Redis: what the script publishes is byte for byte what the JavaScript spelling gives, for
 * lines with Unicode, quotes, slashes, backslashes and control characters, and stays a valid
 * event when a retried append skips lines already stored.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepKeys } from "../../common/contract.ts";
import { encodeLinesJson, liveLinesMessage, parseLiveMessage, type LiveLines } from "../../common/live-events.ts";
import { stepStore } from "../../common/step-store.ts";
import { startTestStack, stopAllStacks, uniqueStep, type LocalStack } from "../support/stack.ts";

const retention = { maxLinesPerStep: 1000, idleTtlSeconds: 600, endedTtlSeconds: 600 };
let stack: LocalStack;
let redis: Redis;
let sub: Redis;

beforeAll(async () => {
  stack = await startTestStack({ relays: 1 });
  redis = new Redis(stack.redis.url);
  sub = new Redis(stack.redis.url);
});
afterAll(async () => {
  redis?.disconnect();
  sub?.disconnect();
  await stopAllStacks();
});

/** Appends with the producer's own store and returns the message published for it. */
async function published(lines: string[], expectedFirst?: number, path = uniqueStep()) {
  const step = { org: path.org, repo: path.repo, build: path.build, step: path.step };
  const channel = stepKeys(step).channel;
  const got = new Promise<Buffer>((resolve) => sub.once("smessageBuffer", (_c: Buffer, m: Buffer) => resolve(m)));
  await sub.ssubscribe(channel);
  const result = await stepStore(redis).append(step, lines, retention, expectedFirst);
  const message = await got;
  await sub.sunsubscribe(channel);
  return { result, message };
}

describe("the lines' message, as the append script publishes it", () => {
  it("is the JavaScript spelling of the event, framed, for any text", async () => {
    const lines = ["plain", "naïve ✓ 日本 😀", 'say "hi" \\ back/slash </script>', "tab\tcr\rbell\u0007", "", "\u007f\u0080\u2028"];
    const { result, message } = await published(lines);
    expect(message.toString()).toBe(liveLinesMessage(1, 6, result.at!, encodeLinesJson(lines)));
    expect(message.every((b) => b < 0x80)).toBe(true); // ASCII only
    const event = (parseLiveMessage(message) as LiveLines).event.toString();
    const data = JSON.parse(event.slice(event.indexOf("data: ") + 6)) as { n: number; lines: string[]; t: number };
    expect(data).toEqual({ n: 1, lines, t: result.at });
  });

  it("carries only the lines kept when a retry skips some already stored", async () => {
    const path = uniqueStep();
    await published(["one", "two"], undefined, path);
    const { result, message } = await published(["two", "three ✓", "four/4"], 2, path);
    expect(result).toMatchObject({ appended: 2, last: 4 });
    const parsed = parseLiveMessage(message) as LiveLines;
    expect([parsed.first, parsed.last]).toEqual([3, 4]);
    const chunk = parsed.chunk.toString();
    const size = parseInt(chunk.slice(0, chunk.indexOf("\r\n")), 16);
    expect(Buffer.byteLength(parsed.event)).toBe(size);
    expect(JSON.parse(parsed.linesJson)).toEqual(["three ✓", "four/4"]);
  });
});
