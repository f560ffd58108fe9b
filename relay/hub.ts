/**
 * In-process fan-out. One channel per topic (a step, a build), keyed by the topic's name, and
 * one broker subscription per channel however many viewers watch it, reference-counted;
 * subscribe and unsubscribe of a channel run one at a time. Live messages come typed from the
 * broker, are coalesced per channel until the next turn of the event loop, encoded once into
 * one event, and the same bytes are written to every viewer.
 */
import type { Logger } from "pino";
import { buildName, stepName, type BuildMessage, type BuildRef, type LivePartial, type StepMessage, type StepRef } from "../common/domain.ts";
import type { LiveMessage } from "../common/live-events.ts";
import { buildMessageEvent, encodePartialEvent } from "./sse.ts";
import { coalesce, type SharedEvent } from "./shared-event.ts";
import { topicKey, type Broker, type Topic } from "./broker.ts";
import type { RelayMetrics } from "./metrics.ts";

/** What a feed may know of its channel: the newest line seen live, and the end if seen. */
export interface ChannelView {
  readonly maxSeen: number;
  readonly ended?: { readonly last: number; readonly status: string };
}

/** What the hub asks of every viewer's feed of a topic. */
export interface Feed {
  /** messages may have been lost: re-read what is stored */
  resync(): void;
}

/** A viewer's feed of a step's channel. */
export interface StepChannelFeed extends Feed {
  /** a live event; returns the number of lines written to the viewer */
  deliver(event: SharedEvent): number;
  /** the state so far of line `n`, not ended yet: `event` is its `event: partial`, not stored, without id */
  deliverPartial(n: number, event: Buffer): void;
}

/** A viewer's feed of a build's channel. */
export interface BuildChannelFeed extends Feed {
  /** a change on the build, framed as its SSE event, the same bytes for every viewer */
  deliver(event: Buffer): void;
}

class Channel<F extends Feed> implements ChannelView {
  readonly feeds = new Set<F>();
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
  readonly #steps = new Map<string, Channel<StepChannelFeed>>();
  readonly #builds = new Map<string, Channel<BuildChannelFeed>>();
  #dirty: Channel<StepChannelFeed>[] = [];
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
      resubscribed: (topics) => this.#resync(topics),
    });
  }

  /** Adds a feed to the step's channel; resolves once the channel is subscribed in Redis. */
  join(step: StepRef, feed: StepChannelFeed): Promise<ChannelView> {
    return this.#join(this.#steps, { kind: "step", step }, feed);
  }

  leave(step: StepRef, feed: StepChannelFeed): void {
    this.#leave(this.#steps, stepName(step), feed);
  }

  /** Adds a feed to the build's channel (the build page's events), shared like a step's. */
  async joinBuild(build: BuildRef, feed: BuildChannelFeed): Promise<void> {
    await this.#join(this.#builds, { kind: "build", build }, feed);
  }

  leaveBuild(build: BuildRef, feed: BuildChannelFeed): void {
    this.#leave(this.#builds, buildName(build), feed);
  }

  async #join<F extends Feed>(channels: Map<string, Channel<F>>, topic: Topic, feed: F): Promise<ChannelView> {
    const name = topicKey(topic);
    let channel = channels.get(name);
    if (!channel) channels.set(name, (channel = new Channel<F>(name, topic)));
    channel.feeds.add(feed);
    await this.#reconcile(channels, channel);
    if (!channel.subscribed) throw new Error("subscribe failed");
    return channel;
  }

  #leave<F extends Feed>(channels: Map<string, Channel<F>>, name: string, feed: F): void {
    const channel = channels.get(name);
    if (!channel?.feeds.delete(feed)) return;
    if (channel.feeds.size === 0) void this.#reconcile(channels, channel);
  }

  /** After subscriptions came back (a reconnect, a failover, a slot moved): the feeds of these topics re-read what they may have missed. */
  #resync(topics: readonly Topic[]): void {
    this.metrics.redisReconnects.inc();
    this.log.warn({ channels: topics.length }, "subscriptions back, re-syncing their viewers");
    for (const topic of topics) {
      const channels: Map<string, Channel<Feed>> = topic.kind === "step" ? this.#steps : this.#builds;
      for (const feed of channels.get(topicKey(topic))?.feeds ?? []) feed.resync();
    }
  }

  get channelCount(): number {
    return this.#steps.size + this.#builds.size;
  }

  // Brings the Redis subscription in line with the feed count, one operation at a time per channel.
  #reconcile<F extends Feed>(channels: Map<string, Channel<F>>, channel: Channel<F>): Promise<void> {
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
      if (channel.feeds.size === 0 && !channel.subscribed && channels.get(channel.name) === channel) {
        channels.delete(channel.name);
      }
    });
    return channel.op;
  }

  #onStepMessage(step: StepRef, message: StepMessage): void {
    const channel = this.#steps.get(stepName(step));
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
  #flushChannel(channel: Channel<StepChannelFeed>): void {
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
  #onPartial(channel: Channel<StepChannelFeed>, partial: LivePartial): void {
    if (channel.pending.length > 0) {
      clearTimeout(channel.timer);
      this.#flushChannel(channel);
    }
    const bytes = Buffer.from(encodePartialEvent(partial.n, partial.textJson));
    for (const feed of channel.feeds) feed.deliverPartial(partial.n, bytes);
  }

  #onBuildMessage(build: BuildRef, message: BuildMessage): void {
    const channel = this.#builds.get(buildName(build));
    if (!channel) return;
    const bytes = Buffer.from(buildMessageEvent(message));
    for (const feed of channel.feeds) feed.deliver(bytes);
  }

  #deliver(channel: Channel<StepChannelFeed>, event: SharedEvent, appendedAt: number): void {
    channel.maxSeen = Math.max(channel.maxSeen, event.last);
    if (event.kind === "end") channel.ended = { last: event.last, status: event.status };
    let lines = 0;
    for (const feed of channel.feeds) lines += feed.deliver(event);
    if (lines > 0) this.metrics.linesDelivered.inc(lines);
    if (event.kind === "lines") this.metrics.appendToWrite.observe(Math.max(0, Date.now() - appendedAt) / 1000);
  }
}
