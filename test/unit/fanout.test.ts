/**
 * The hub's fan-out under load: one event per flush shared by every viewer, its HTTP chunk
 * framing made once, and adaptive batching (a channel whose flush is costly waits a little
 * before the next one, so lines arriving meanwhile go out together). Driven with a
 * MemoryBroker and feeds that record what they get.
 */
import { pino } from "pino";
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { Hub, type StepChannelFeed } from "../../relay/hub.ts";
import type { SharedEvent } from "../../relay/shared-event.ts";
import { httpChunk } from "../../relay/sse.ts";
import { MemoryBroker } from "../support/memory-broker.ts";
import { relayMetrics } from "../../relay/metrics.ts";
import { waitFor } from "../support/stack.ts";

const step = { org: "acme", repo: "app", build: 1, step: 1 };

class RecordingFeed implements StepChannelFeed {
  readonly events: SharedEvent[] = [];
  readonly timings: { start: number; end: number }[] = [];
  busyMs = 0; // time each delivery takes, to make a flush costly
  onDeliver?: (event: SharedEvent) => void;
  deliver(event: SharedEvent): number {
    const start = performance.now();
    const until = start + this.busyMs;
    this.onDeliver?.(event);
    while (performance.now() < until);
    this.events.push(event);
    this.timings.push({ start, end: performance.now() });
    return event.kind === "lines" ? event.last - event.first + 1 : 0;
  }
  resync(): void {}
  deliverPartial(): void {}
  get lastLine(): number {
    return this.events.at(-1)?.last ?? 0;
  }
}

function hubWith(broker: MemoryBroker): Hub {
  return new Hub(broker, relayMetrics(new Registry()), pino({ level: "silent" }));
}

describe("fan-out", () => {
  it("frames an event as one HTTP chunk, counting UTF-8 bytes", () => {
    const chunk = httpChunk('id: 2\ndata: {"n":1,"lines":["é","b"]}\n\n'); // 39 characters, 40 bytes
    expect(chunk.framed.toString()).toBe('28\r\nid: 2\ndata: {"n":1,"lines":["é","b"]}\n\n\r\n');
    expect(chunk.body.toString()).toBe('id: 2\ndata: {"n":1,"lines":["é","b"]}\n\n');
  });

  it("gives every viewer the same bytes of one event per flush", async () => {
    const broker = new MemoryBroker();
    const hub = hubWith(broker);
    const feeds = [new RecordingFeed(), new RecordingFeed(), new RecordingFeed()];
    for (const f of feeds) await hub.join(step, f);
    broker.append(step, ["a"]);
    broker.append(step, ["b", "c"]);
    await waitFor(() => feeds.every((f) => f.lastLine === 3), "lines 1-3");
    expect(feeds[0].events).toHaveLength(1);
    expect(feeds.every((f) => f.events[0] === feeds[0].events[0])).toBe(true);
    const event = feeds[0].events[0];
    expect(event.kind === "lines" && [event.first, event.last]).toEqual([1, 3]);
    expect(event.bytes.toString()).toMatch(/^id: 3\ndata: \{"n":1,"lines":\["a","b","c"\],"t":(\d+|\[(\d+),\2,\2\]|\[\d+,(\d+),\3\])\}\n\n$/);
  });

  it("flushes an idle channel at once, and holds a costly channel's next flush so lines arriving meanwhile go out together", async () => {
    const broker = new MemoryBroker();
    const hub = hubWith(broker);
    const feed = new RecordingFeed();
    await hub.join(step, feed);
    broker.append(step, ["1"]);
    await waitFor(() => feed.lastLine === 1, "line 1");
    expect(feed.events).toHaveLength(1);

    // Line 2's flush costs ~12 ms, so the next flush may start no sooner than
    // min(2 x 12, MAX_BATCH_WAIT_MS = 25) ms after it began. Lines 3-6 are published while it
    // runs and in the loop turns right after it, each in a turn of its own: flushed at once,
    // they would go out as several events.
    feed.busyMs = 12;
    // line -> performance.now() as it reaches the hub: a line published a turn before a flush may
    // arrive only after it (as from a socket), and only what has arrived can be batched
    const arrivedAt = new Map<number, number>();
    broker.onDeliver = (_step, message) => void (message.kind === "lines" && arrivedAt.set(message.last, performance.now()));
    const publish = (n: number) => broker.append(step, [String(n)]);
    feed.onDeliver = (event) => {
      if (event.kind !== "lines" || event.last !== 2) return;
      feed.busyMs = 0;
      publish(3);
      const next = (n: number) =>
        setImmediate(() => {
          publish(n);
          if (n < 6) next(n + 1);
        });
      next(4);
    };
    broker.append(step, ["2"]);
    await waitFor(() => feed.lastLine === 6, "lines 2-6");

    // The rule itself, whatever the machine's load: no flush starts before the previous one's
    // start + min(2 x its cost, 25 ms) (1 ms slack: timers run on a millisecond clock).
    const [, second, third] = feed.timings;
    expect(third.start).toBeGreaterThanOrEqual(second.start + Math.min(2 * (second.end - second.start), 25) - 1);
    expect(third.start - second.start).toBeLessThan(500); // and the wait is bounded
    // Its effect: every line that reached the hub before that held flush began, each in a loop
    // turn of its own, left in it as one event (how many made it into the window depends on the
    // machine's load, so the test counts them rather than assuming four).
    const inWindow = [3, 4, 5, 6].filter((n) => arrivedAt.get(n)! < third.start);
    const batched = feed.events.slice(2).map((e) => (e.kind === "lines" ? [e.first, e.last] : []));
    expect(inWindow[0]).toBe(3);
    expect(batched[0]).toEqual([3, inWindow[inWindow.length - 1]]);
  });
});
