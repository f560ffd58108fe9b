/**
 * The test helper's own promise, on whichever servers it picked (the binaries, or containers
 * through testcontainers: `npm run test:containers`): Redis comes back on the same port with
 * the same data, nginx stops for good.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLines, lines, startTestStack, stopAllStacks, testServersKind, uniqueStep, waitFor } from "../support/stack.ts";
import { rawStream } from "../support/sse.ts";

let stack: Awaited<ReturnType<typeof startTestStack>>;

beforeAll(async () => {
  stack = await startTestStack({ relays: 1, persistence: true });
});
afterAll(stopAllStacks);

describe(`the test servers (${process.env.LOGRELAY_TEST_SERVERS ?? "auto"})`, () => {
  it("are the kind LOGRELAY_TEST_SERVERS asks for", async () => {
    const wanted = process.env.LOGRELAY_TEST_SERVERS;
    if (wanted === "local" || wanted === "containers") expect(stack.servers).toBe(wanted);
    expect(stack.servers).toBe(await testServersKind());
  });

  it("bring Redis back on the same port with the same lines after SIGTERM and after SIGKILL", async () => {
    const step = uniqueStep();
    const port = stack.redis.port;
    expect((await appendLines(stack.url, step.path, lines(1, 3).join("\n") + "\n")).status).toBe(200);
    await stack.redis.stop("SIGTERM");
    await stack.redis.restart();
    expect(stack.redis.port).toBe(port);
    await waitFor(async () => (await appendLines(stack.url, step.path, "line 4\n")).status === 200, "appends accepted again", 15000);
    await stack.redis.stop("SIGKILL");
    await stack.redis.restart();
    expect(stack.redis.url).toBe(`redis://127.0.0.1:${port}`);
    let text = "";
    await waitFor(
      async () => {
        text = (await rawStream(`${stack.url}${step.path}/logs/events`, {}, 1000)).text;
        return text.includes('"line 4"');
      },
      "the stored lines through nginx",
      15000,
    );
    expect(text).toContain('"n":1,"lines":["line 1","line 2","line 3"');
  });

  it("stop nginx for good", async () => {
    await stack.nginx.stop();
    expect(stack.nginx.running).toBe(false);
    await expect(fetch(`${stack.url}/healthz`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  });
});
