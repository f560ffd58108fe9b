/**
 * A stack's stop() ends what runs at that moment: the soak (and a test) starts a killed relay
 * or producer again in its place, and those must not outlive the stack (they did: each soak
 * left its restarted processes running, polling a Redis that was gone).
 */
import { describe, expect, it } from "vitest";
import { startProducer, startRelay, startStack, type Proc } from "../../scripts/local-stack.ts";

describe("a stack's stop()", () => {
  it("stops the relay and the producer started in place of killed ones", { timeout: 60_000 }, async () => {
    const stack = await startStack({ relays: 1 });
    try {
      await stack.relays[0].stop("SIGKILL");
      stack.relays[0] = await startRelay({ dir: stack.dir, redisUrl: stack.redis.url, name: "relay1", port: stack.relays[0].port });
      await stack.producer.stop("SIGKILL");
      (stack as { producer: Proc }).producer = await startProducer({ dir: stack.dir, redisUrl: stack.redis.url, port: stack.producer.port });
      const replaced = [stack.relays[0], stack.producer];
      expect(replaced.map((p) => p.running)).toEqual([true, true]);
      await stack.stop();
      expect(replaced.map((p) => p.running)).toEqual([false, false]);
    } finally {
      await stack.stop();
    }
  });
});
