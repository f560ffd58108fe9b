/** Broker on ioredis: one subscriber connection for every channel of the process, one for reads. */
import type { Logger } from "pino";
import { connectRedis, waitForRedis } from "../common/redis.ts";
import { readBuildSteps, readStepMetas, recentStepNames, stepStore } from "../common/stream.ts";
import type { Broker, BrokerHandlers } from "./broker.ts";

export async function startRedisBroker(url: string, log: Logger, startTimeoutMs = 10000): Promise<Broker> {
  const sub = connectRedis(url, log, "relay-sub");
  const cmd = connectRedis(url, log, "relay-cmd");
  await Promise.all([waitForRedis(sub, startTimeoutMs), waitForRedis(cmd, startTimeoutMs)]);
  const store = stepStore(cmd);
  let handlers: BrokerHandlers | undefined;

  sub.on("smessage", (channel: string, message: string) => handlers?.message(channel, message));
  // Step channels are shard channels (SSUBSCRIBE), as the scripts SPUBLISH.
  // ioredis re-sends SSUBSCRIBE for every channel on reconnect (autoResubscribe); what was
  // published while the connection was down is read back from the stored lines.
  // The first "ready" has passed (waitForRedis), so each one from now on is a reconnect.
  sub.on("ready", () => handlers?.resubscribed());

  let closed = false;
  return {
    listen(h) {
      handlers = h;
    },
    async subscribe(channel) {
      await sub.ssubscribe(channel);
    },
    async unsubscribe(channel) {
      if (sub.status === "ready") await sub.sunsubscribe(channel);
    },
    read: (step, from, maxLines, maxBytes) => store.read(step, from, maxLines, maxBytes),
    recentSteps: (count) => recentStepNames(cmd, count),
    stepMetas: (steps) => readStepMetas(cmd, steps),
    buildSteps: (build) => readBuildSteps(cmd, build),
    ready: () => sub.status === "ready" && cmd.status === "ready",
    async close() {
      if (closed) return;
      closed = true;
      sub.disconnect();
      cmd.disconnect();
    },
  };
}
