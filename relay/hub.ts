/**
 * In-process fan-out. One channel per topic (a step, a build), keyed by the topic's name, and
 * one broker subscription per channel however many viewers watch it, reference-counted;
 * subscribe and unsubscribe of a channel run one at a time. Live messages come typed from the
 * broker, are coalesced per channel until the next turn of the event loop, encoded once into
 * one event, and the same bytes are written to every viewer.
 */
import type { Logger } from "pino";
import { buildName, stepName, type BuildMessage, type BuildRef, type LivePartial, type StepMessage, type StepRef } from "../common/domain.ts";
import { joinLinesJson, type LiveLines, type LiveMessage } from "../common/live-events.ts";
import { buildMessageEvent, encodeEndEvent, encodeLinesEvent, encodePartialEvent, encodeTimes, httpChunk } from "./sse.ts";
import { topicKey, type Broker, type Topic } from "./broker.ts";
import type { RelayMetrics } from "./metrics.ts";

/**
 * A live event as every viewer of the channel receives it; `chunk` is `bytes` framed as an HTTP/1.1
 * chunk; `at` the append time of its first line (for line 1, the step's `started`: names the run).
 */
export type SharedEvent =
  { kind: "lines"; first: number; last: number; at: number; bytes: Buffer; chunk: Buffer } | { kind: "end"; last: number; status: string; bytes: Buffer };

/** What a feed may know of its channel: the newest line seen live, and the end if seen. */
export interface ChannelView {
  readonly maxSeen: number;
  readonly ended?: { readonly last: number; readonly status: string };
}

export interface Feed {
  /** a live event; returns the number of lines written to the viewer */
  deliver(event: SharedEvent): number;
  /** messages may have been lost: re-read the stored lines */
  resync(): void;
  /** a change on a build's channel (relay/build-events.ts), framed as its SSE event, the same bytes for every viewer */
  deliverBuild?(event: Buffer): void;
  /** the state so far of line `n`, not ended yet: `event` is its `event: partial`, not stored, without id */
  deliverPartial?(n: number, event: Buffer): void;
}

class Channel implements ChannelView {
  readonly feeds = new Set<Feed>();
  subscribed = false;
  op: Promise<void> = Promise.resolve();
  maxSeen = 0;
  ended?: { last: number; status: string };
  pending: LiveMessage[] = [];
  /** performance.now() before which the channel is not flushed again (adaptive batching) */
  nextFlushAt = 0;
  timer?: NodeJS.Timeout;
  /** the topic's name (topicKey) */
  readonly name: string;
  /** a step's lines are coalesced (see #flushChannel); a build's changes go out one by one as they come */
  readonly topic: Topic;
  constructor(name: string, topic: Topic) {
    this.name = name;
    this.topic = topic;
  }
}

// See #flushChannel: a hot channel spends at most half its time writing to its viewers.
const BATCH_FACTOR = 2;
const MAX_BATCH_WAIT_MS = 25;

export class Hub {
  readonly #channels = new Map<string, Channel>();
  #dirty: Channel[] = [];
  #flushScheduled = false;

  private readonly broker: Broker;
  private readonly metrics: RelayMetrics;
  private readonly log: Logger;

  constructor(broker: Broker, metrics: RelayMetrics, log: Logger) {
    this.broker = broker;
    this.metrics = metrics;
    this.log = log;
    broker.listen({
      step: (step, message) => this.#onStepMessage(step, message),
      build: (build, message) => this.#onBuildMessage(build, message),
      resubscribed: (topics) => (topics ? this.resyncTopics(topics) : this.resyncAll()),
    });
  }

  /** Adds a feed to the step's channel; resolves once the channel is subscribed in Redis. */
  join(step: StepRef, feed: Feed): Promise<ChannelView> {
    return this.#join({ kind: "step", step }, feed);
  }

  leave(step: StepRef, feed: Feed): void {
    this.#leave(stepName(step), feed);
  }

  /** Adds a feed to the build's channel (the build page's events), shared like a step's. */
  async joinBuild(build: BuildRef, feed: Feed): Promise<void> {
    await this.#join({ kind: "build", build }, feed);
  }

  leaveBuild(build: BuildRef, feed: Feed): void {
    this.#leave(buildName(build), feed);
  }

  async #join(topic: Topic, feed: Feed): Promise<ChannelView> {
    const name = topicKey(topic);
    let channel = this.#channels.get(name);
    if (!channel) this.#channels.set(name, (channel = new Channel(name, topic)));
    channel.feeds.add(feed);
    await this.#reconcile(channel);
    if (!channel.subscribed) throw new Error("subscribe failed");
    return channel;
  }

  #leave(name: string, feed: Feed): void {
    const channel = this.#channels.get(name);
    if (!channel?.feeds.delete(feed)) return;
    if (channel.feeds.size === 0) void this.#reconcile(channel);
  }

  /** After a Redis reconnect: every feed re-reads what it may have missed. */
  resyncAll(): void {
    this.metrics.redisReconnects.inc();
    this.log.warn({ channels: this.#channels.size }, "subscriber reconnected, re-syncing viewers");
    for (const channel of this.#channels.values()) for (const feed of channel.feeds) feed.resync();
  }

  /** After a shard's subscriptions came back (a failover, a slot moved): the feeds of these topics re-read. */
  resyncTopics(topics: readonly Topic[]): void {
    this.metrics.redisReconnects.inc();
    this.log.warn({ channels: topics.length }, "subscriptions back, re-syncing their viewers");
    for (const topic of topics) for (const feed of this.#channels.get(topicKey(topic))?.feeds ?? []) feed.resync();
  }

  get channelCount(): number {
    return this.#channels.size;
  }

  // Brings the Redis subscription in line with the feed count, one operation at a time per channel.
  #reconcile(channel: Channel): Promise<void> {
    channel.op = channel.op.then(async () => {
      try {
        if (channel.feeds.size > 0 && !channel.subscribed) {
          await this.broker.subscribe(channel.topic);
          channel.subscribed = true;
          this.metrics.subscriptions.inc();
        } else if (channel.feeds.size === 0 && channel.subscribed) {
          channel.subscribed = false;
          this.metrics.subscriptions.dec();
          await this.broker.unsubscribe(channel.topic);
        }
      } catch (err) {
        this.log.warn({ channel: channel.name, err: (err as Error).message }, "subscription change failed");
      }
      if (channel.feeds.size === 0 && !channel.subscribed && this.#channels.get(channel.name) === channel) {
        this.#channels.delete(channel.name);
      }
    });
    return channel.op;
  }

  #onStepMessage(step: StepRef, message: StepMessage): void {
    const channel = this.#channels.get(stepName(step));
    if (!channel) return;
    if (message.kind === "partial") return this.#onPartial(channel, message);
    channel.pending.push(message);
    if (channel.pending.length > 1 || channel.timer) return; // already scheduled
    const wait = channel.nextFlushAt - performance.now();
    if (wait >= 1) {
      channel.timer = setTimeout(() => this.#flushChannel(channel), wait);
      return;
    }
    this.#dirty.push(channel);
    if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      setImmediate(() => this.#flush());
    }
  }

  #flush(): void {
    this.#flushScheduled = false;
    const dirty = this.#dirty;
    this.#dirty = [];
    for (const channel of dirty) this.#flushChannel(channel);
  }

  // Adaptive batching: a channel whose flush took t ms is flushed again no sooner than
  // BATCH_FACTOR * t ms after the last one started (at most MAX_BATCH_WAIT_MS), so lines that
  // arrive meanwhile go out as one event and one write per viewer. Idle or small channels
  // (t well under a millisecond) are flushed at once.
  #flushChannel(channel: Channel): void {
    channel.timer = undefined;
    const pending = channel.pending;
    if (pending.length === 0) return;
    channel.pending = [];
    const start = performance.now();
    for (const event of coalesce(pending)) this.#deliver(channel, event.shared, event.appendedAt);
    const took = performance.now() - start;
    channel.nextFlushAt = start + Math.min(took * BATCH_FACTOR, MAX_BATCH_WAIT_MS);
  }

  // A partial line goes out after the lines published before it: those are flushed first.
  #onPartial(channel: Channel, partial: LivePartial): void {
    if (channel.pending.length > 0) {
      clearTimeout(channel.timer);
      this.#flushChannel(channel);
    }
    const bytes = Buffer.from(encodePartialEvent(partial.n, partial.textJson));
    for (const feed of channel.feeds) feed.deliverPartial?.(partial.n, bytes);
  }

  #onBuildMessage(build: BuildRef, message: BuildMessage): void {
    const channel = this.#channels.get(buildName(build));
    if (!channel) return;
    const bytes = Buffer.from(buildMessageEvent(message));
    for (const feed of channel.feeds) feed.deliverBuild?.(bytes);
  }

  #deliver(channel: Channel, event: SharedEvent, appendedAt: number): void {
    channel.maxSeen = Math.max(channel.maxSeen, event.last);
    if (event.kind === "end") channel.ended = { last: event.last, status: event.status };
    let lines = 0;
    for (const feed of channel.feeds) lines += feed.deliver(event);
    if (lines > 0) this.metrics.linesDelivered.inc(lines);
    if (event.kind === "lines") this.metrics.appendToWrite.observe(Math.max(0, Date.now() - appendedAt) / 1000);
  }
}

/**
 * Merges runs of consecutive line messages into one event each; an end stays its own event. A
 * run of one message is its event as published, framed already: no copy, no encoding.
 */
export function coalesce(messages: readonly LiveMessage[]): { shared: SharedEvent; appendedAt: number }[] {
  const out: { shared: SharedEvent; appendedAt: number }[] = [];
  let run: LiveLines[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    if (run.length === 1) {
      const m = run[0];
      out.push({ shared: { kind: "lines", first: m.first, last: m.last, at: m.appendedAt, bytes: m.event, chunk: m.chunk }, appendedAt: m.appendedAt });
      run = [];
      return;
    }
    const first = run[0].first;
    const last = run[run.length - 1].last;
    const json = joinLinesJson(run.map((m) => m.linesJson));
    // one time per line only when the run's messages differ (one publish per append)
    const times = run.every((m) => m.appendedAt === run[0].appendedAt)
      ? String(run[0].appendedAt)
      : encodeTimes(run.flatMap((m) => Array<number>(m.last - m.first + 1).fill(m.appendedAt)));
    const chunk = httpChunk(encodeLinesEvent(first, last, json, times));
    out.push({ shared: { kind: "lines", first, last, at: run[0].appendedAt, bytes: chunk.body, chunk: chunk.framed }, appendedAt: run[0].appendedAt });
    run = [];
  };
  for (const m of messages) {
    if (m.kind === "lines") {
      if (run.length > 0 && run[run.length - 1].last + 1 !== m.first) closeRun();
      run.push(m);
    } else {
      closeRun();
      out.push({ shared: { kind: "end", last: m.last, status: m.status, bytes: Buffer.from(encodeEndEvent(m.last, m.status)) }, appendedAt: m.appendedAt });
    }
  }
  closeRun();
  return out;
}
