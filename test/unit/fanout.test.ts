/**
 * The hub's fan-out under load: one event per flush shared by every viewer, its HTTP chunk
 * framing made once, and adaptive batching (a channel whose flush is costly waits a little
 * before the next one, so lines arriving meanwhile go out together). Driven with a
 * MemoryBroker and feeds that record what they get.
 */
import { pino } from "pino";
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { Hub, httpChunk, type Feed, type SharedEvent } from "../../relay/hub.ts";
import { MemoryBroker } from "../../relay/memory-broker.ts";
import { relayMetrics } from "../../relay/metrics.ts";
import { waitFor } from "../support/stack.ts";

const step = { org: "acme", repo: "app", build: 1, step: 1 };

class RecordingFeed implements Feed {
  readonly events: SharedEvent[] = [];
  busyMs = 0; // time each delivery takes, to make a flush costly
  deliver(event: SharedEvent): number {
    const until = performance.now() + this.busyMs;
    while (performance.now() < until);
    this.events.push(event);
    return event.kind === "lines" ? event.last - event.first + 1 : 0;
  }
  resync(): void {}
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
    expect(event.kind === "lines" && [event.first, event.last, event.bytes.toString()]).toEqual([1, 3, 'id: 3\ndata: {"n":1,"lines":["a","b","c"]}\n\n']);
  });

  it("flushes an idle channel at once, and batches lines that arrive while a costly channel waits", async () => {
    const broker = new MemoryBroker();
    const hub = hubWith(broker);
    const feed = new RecordingFeed();
    await hub.join(step, feed);
    broker.append(step, ["1"]);
    await waitFor(() => feed.lastLine === 1, "line 1");
    expect(feed.events).toHaveLength(1);

    feed.busyMs = 20; // each flush now costs ~20 ms: the next waits ~40 ms after it starts
    broker.append(step, ["2"]);
    await waitFor(() => feed.lastLine === 2, "line 2");
    const at = performance.now();
    for (let n = 3; n <= 6; n++) {
      broker.append(step, [String(n)]);
      await new Promise((r) => setTimeout(r, 3));
    }
    await waitFor(() => feed.lastLine === 6, "lines 3-6");
    expect(performance.now() - at).toBeLessThan(500); // the wait is bounded (MAX_BATCH_WAIT_MS)
    const batched = feed.events.slice(2);
    expect(batched.length).toBeLessThan(4); // at least two of 3-6 went out together
    expect(batched.map((e) => (e.kind === "lines" ? [e.first, e.last] : [])).flat()[0]).toBe(3);
  });
});
