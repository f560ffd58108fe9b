import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, endStep, lines, startTestStack, stopAllStacks, uniqueStep, waitFor, type LocalStack } from "../support/stack.ts";
import { Viewer, rawStream } from "../support/sse.ts";

let stack: LocalStack;
const viewers: Viewer[] = [];
const watch = (url: string, headers?: Record<string, string>) => {
  const v = new Viewer(url, { headers });
  viewers.push(v);
  return v;
};

beforeAll(async () => {
  stack = await startTestStack({ relays: 2 });
});
afterAll(async () => {
  for (const v of viewers) v.close();
  await stopAllStacks();
});

describe("the pipeline through nginx", () => {
  it("sends the backlog, then live lines, then end", async () => {
    const step = uniqueStep();
    await appendLines(stack.url, step.path, lines(1, 5).join("\n") + "\n");
    const v = watch(`${stack.url}${step.path}/logs/events`);
    await waitFor(() => v.lastNumber === 5, "backlog");
    await appendLines(stack.url, step.path, lines(6, 8).join("\n"));
    await waitFor(() => v.lastNumber === 8, "live lines");
    await endStep(stack.url, step.path, "failure");
    await waitFor(() => v.ended !== undefined, "end event");
    expect(v.texts).toEqual(lines(1, 8));
    expect(v.ended).toEqual({ lines: 8, status: "failure" });
    expect(v.outOfOrder).toEqual([]);
  });
});
