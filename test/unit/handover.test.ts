/**
 * The backlog-to-live hand-over and gap filling, driven deterministically through the relay's
 * real HTTP app on a real server, with a MemoryBroker in place of Redis so each race can be
 * forced on purpose.
 */
import http from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { Registry } from "prom-client";
import { afterEach, describe, expect, it } from "vitest";
import { loadRelayConfig } from "../../relay/config.ts";
import { Connections } from "../../relay/http/connections.ts";
import { Hub } from "../../relay/stream/hub.ts";
import { MemoryBroker } from "../support/memory-broker.ts";
import { relayMetrics } from "../../relay/metrics.ts";
import { relayApp } from "../../relay/http/app.ts";
import { Viewer } from "../support/sse.ts";
import { waitFor } from "../support/stack.ts";

const step = { org: "acme", repo: "app", build: 1, step: 1 };
const path = "/acme/app/builds/1/steps/1/logs/events";
const open: { close(): void }[] = [];

afterEach(() => {
  for (const o of open.splice(0)) o.close();
});

async function relayWith(broker: MemoryBroker, env: Record<string, string> = {}) {
  const registry = new Registry();
  const metrics = relayMetrics(registry);
  const log = pino({ level: "silent" });
  const hub = new Hub(broker, metrics, log);
  const connections = new Connections(metrics);
  const config = loadRelayConfig({ HEARTBEAT_MS: "60000", ...env });
  const server = http.createServer(relayApp({ config, broker, hub, connections, metrics, registry, log, draining: () => false }));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  open.push({ close: () => (server.closeAllConnections(), server.close()) });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, hub, metrics: registry };
}

function watch(url: string, headers?: Record<string, string>): Viewer {
  const v = new Viewer(url, { headers });
  open.push(v);
  return v;
}

const lines = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => `line ${a + i}`);
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("hand-over from backlog to live", () => {
  it("takes lines appended while the backlog read is in flight from live or a re-read, once each", async () => {
    const broker = new MemoryBroker();
    const { url } = await relayWith(broker);
    broker.append(step, lines(1, 3));
    broker.readDelayMs = 100; // the read's snapshot holds 1-3; 4-9 are published before it answers
    const v = watch(url + path);
    await waitFor(() => broker.isSubscribed(step), "subscribed");
    broker.append(step, lines(4, 6));
    broker.append(step, lines(7, 9));
    await waitFor(() => v.lastNumber === 9, "line 9");
    broker.readDelayMs = 0;
    broker.append(step, lines(10, 10));
    await waitFor(() => v.lastNumber === 10, "line 10");
    expect(v.numbers).toEqual(upTo(10));
    expect(v.outOfOrder).toEqual([]);
  });

  it("skips live events the backlog already delivered, and a coalesced event that overlaps it", async () => {
    const broker = new MemoryBroker();
    const { url } = await relayWith(broker);
    const v = watch(url + path);
    await waitFor(() => broker.isSubscribed(step), "subscribed");
    await waitFor(() => v.opens === 1, "open");
    // stored and published in the same turn: the feed may see them both ways
    for (let i = 0; i < 50; i++) broker.append(step, lines(i * 3 + 1, i * 3 + 3));
    const late = watch(url + path, { "Last-Event-ID": "70" });
    for (let i = 50; i < 100; i++) broker.append(step, lines(i * 3 + 1, i * 3 + 3));
    await waitFor(() => v.lastNumber === 300 && late.lastNumber === 300, "line 300 on both");
    expect(v.numbers).toEqual(upTo(300));
    expect(late.numbers).toEqual(upTo(300).slice(70));
  });

  it("fills a gap left by a lost message from the stored lines", async () => {
    const broker = new MemoryBroker();
    const { url } = await relayWith(broker);
    broker.append(step, lines(1, 2));
    const v = watch(url + path);
    await waitFor(() => v.lastNumber === 2, "backlog");
    broker.dropMessages = 2;
    broker.append(step, lines(3, 4));
    broker.append(step, lines(5, 5));
    broker.append(step, lines(6, 8));
    await waitFor(() => v.lastNumber === 8, "line 8");
    expect(v.numbers).toEqual(upTo(8));
  });

  it("re-reads after a reconnect, so an end published while away still arrives", async () => {
    const broker = new MemoryBroker();
    const { url } = await relayWith(broker);
    broker.append(step, lines(1, 1));
    const v = watch(url + path);
    await waitFor(() => v.lastNumber === 1, "line 1");
    broker.dropMessages = 2; // both lost while "disconnected"
    broker.append(step, lines(2, 3));
    broker.end(step, "failure");
    broker.reconnect();
    await waitFor(() => v.ended !== undefined, "end after the reconnect");
    expect(v.numbers).toEqual(upTo(3));
    expect(v.ended).toEqual({ lines: 3, status: "failure" });
  });

  it("sends truncated, then the retained lines, when the resume point was trimmed away", async () => {
    const broker = new MemoryBroker(5);
    const { url } = await relayWith(broker);
    broker.append(step, lines(1, 12));
    const v = watch(url + path, { "Last-Event-ID": "2" });
    await waitFor(() => v.lastNumber === 12, "line 12");
    expect(v.truncated).toBe(8);
    expect(v.numbers).toEqual([8, 9, 10, 11, 12]);
  });

  it("pages a large backlog and ends it with the end event", async () => {
    const broker = new MemoryBroker();
    const { url } = await relayWith(broker, { BACKLOG_PAGE_LINES: "1000" });
    broker.append(step, lines(1, 25000));
    broker.end(step, "success");
    const v = watch(url + path);
    await waitFor(() => v.ended !== undefined, "end", 20000);
    expect(v.numbers).toEqual(upTo(25000));
    expect(v.ids.length).toBe(25); // one event per page
  });

  it("unsubscribes when the last viewer leaves, and subscribes again for the next", async () => {
    const broker = new MemoryBroker();
    const { url, hub, metrics } = await relayWith(broker);
    const open = async () => (await metrics.getSingleMetric("logrelay_sse_connections")!.get()).values[0]?.value;
    const a = watch(url + path);
    const b = watch(url + path);
    await waitFor(() => a.opens === 1 && b.opens === 1, "both open");
    expect(broker.isSubscribed(step)).toBe(true);
    a.close();
    // once the relay has seen the first viewer leave, the second still holds the subscription
    await waitFor(async () => (await open()) === 1, "the relay to see one viewer leave");
    expect(broker.isSubscribed(step)).toBe(true);
    b.close();
    await waitFor(() => !broker.isSubscribed(step) && hub.channelCount === 0, "unsubscribed after the last");
    const c = watch(url + path);
    await waitFor(() => c.opens === 1 && broker.isSubscribed(step), "subscribed again");
    broker.append(step, ["again"]);
    await waitFor(() => c.lastNumber === 1, "a line after re-subscribing");
  });
});

describe("a step that starts again from line 1 under an open stream (its keys expired)", () => {
  const fresh = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => `new ${a + i}`);

  it("says truncated with restarted and id 0, then sends the new run from line 1", async () => {
    const broker = new MemoryBroker();
    const { url } = await relayWith(broker);
    broker.append(step, lines(1, 5));
    const v = watch(url + path);
    await waitFor(() => v.lastNumber === 5, "old lines");
    broker.expire(step);
    broker.append(step, fresh(1, 5)); // as many lines as the viewer holds: numbers alone cannot tell
    broker.append(step, fresh(6, 7));
    await waitFor(() => v.texts.at(-1) === "new 7", "the new run's line 7");
    expect(v.restarts).toEqual([{ after: 5, firstAvailable: 1, id: "0" }]);
    expect(v.texts).toEqual([...lines(1, 5), ...fresh(1, 7)]);
    expect(v.outOfOrder).toEqual([]);
  });

  it("notices it from the stored lines when the new run's first message was lost", async () => {
    const broker = new MemoryBroker();
    const { url } = await relayWith(broker);
    broker.append(step, lines(1, 3));
    const v = watch(url + path);
    await waitFor(() => v.lastNumber === 3, "old lines");
    broker.expire(step);
    broker.dropMessages = 1;
    broker.append(step, fresh(1, 4));
    broker.reconnect();
    await waitFor(() => v.texts.at(-1) === "new 4", "the new run");
    expect(v.restarts).toEqual([{ after: 3, firstAvailable: 1, id: "0" }]);
    expect(v.texts).toEqual([...lines(1, 3), ...fresh(1, 4)]);
  });

  it("says it to a viewer whose resume point is past the end of a running step", async () => {
    const broker = new MemoryBroker();
    const { url } = await relayWith(broker);
    broker.append(step, fresh(1, 2));
    const v = watch(url + path, { "Last-Event-ID": "5" });
    await waitFor(() => v.lastNumber === 2, "the step's lines");
    expect(v.restarts).toEqual([{ after: 0, firstAvailable: 1, id: "0" }]);
    expect(v.texts).toEqual(fresh(1, 2));
  });

  it("ends a restarted step with the new run's end, not the old count", async () => {
    const broker = new MemoryBroker();
    const { url } = await relayWith(broker);
    broker.append(step, lines(1, 4));
    const v = watch(url + path);
    await waitFor(() => v.lastNumber === 4, "old lines");
    broker.expire(step);
    broker.append(step, fresh(1, 2));
    broker.end(step, "success");
    await waitFor(() => v.ended !== undefined, "end");
    expect(v.texts).toEqual([...lines(1, 4), ...fresh(1, 2)]);
    expect(v.ended).toEqual({ lines: 2, status: "success" });
  });
});
