/**
 * One step as one viewer follows it: the resume point, the backlog replay and the hand-over
 * to live events. The feed joins the channel before it reads stored lines, and every line
 * carries its number, so the hand-over neither loses nor repeats a line: live events at or
 * below the resume point are skipped, and a gap in live numbers is filled from Redis.
 */
import type { Logger } from "pino";
import type { StepRef } from "../common/step.ts";
import { encodeEndEvent, encodeLinesEvent, encodeTimes, encodeTruncatedEvent, type StepPage } from "../common/stream.ts";
import type { Broker } from "./broker.ts";
import type { ChannelView, Feed, SharedEvent } from "./hub.ts";
import type { RelayMetrics } from "./metrics.ts";
import type { Subscriber } from "./subscriber.ts";

export interface PageLimits {
  readonly lines: number;
  readonly bytes: number;
}

const READ_RETRY_MAX_MS = 2000;

export function isEnded(page: StepPage): boolean {
  return page.status !== "" && page.status !== "running";
}

export class StepFeed implements Feed {
  #sent: number; // number of the last line written: the resume point
  #syncing = true; // until start(): live events before the first page is written are covered by it
  #again = false;
  #channel: ChannelView = { maxSeen: 0 };

  readonly step: StepRef;
  private readonly out: Subscriber;
  private readonly broker: Broker;
  private readonly limits: PageLimits;
  private readonly metrics: RelayMetrics;
  /** made on first use: most streams never log */
  private readonly log: () => Logger;

  constructor(step: StepRef, resumeAfter: number, out: Subscriber, broker: Broker, limits: PageLimits, metrics: RelayMetrics, log: () => Logger) {
    this.step = step;
    this.#sent = resumeAfter;
    this.out = out;
    this.broker = broker;
    this.limits = limits;
    this.metrics = metrics;
    this.log = log;
  }

  get sent(): number {
    return this.#sent;
  }

  /** The first page, read after joining the channel; used to answer 204 before streaming. */
  firstPage(): Promise<StepPage> {
    return this.broker.read(this.step, this.#sent + 1, this.limits.lines, this.limits.bytes);
  }

  /** Starts streaming from the first page, then follows the channel. */
  start(channel: ChannelView, page: StepPage): void {
    this.#channel = channel;
    void this.#catchUp(page);
  }

  deliver(event: SharedEvent): number {
    if (this.#syncing || this.out.closed) return 0; // the sync loop re-checks channel.maxSeen when it ends
    if (event.kind === "end") {
      if (event.last > this.#sent) this.resync(); // the replay sends the missing lines, then the end
      else {
        this.out.send(event.bytes);
        this.out.close("ended");
      }
      return 0;
    }
    if (event.last <= this.#sent) return 0;
    if (event.first !== this.#sent + 1) {
      this.resync(); // a gap (lost message) or an overlap with what the replay already sent
      return 0;
    }
    if (!this.out.sendShared(event.bytes, event.chunk)) return 0;
    this.#sent = event.last;
    return event.last - event.first + 1;
  }

  /** Only to a viewer whose next line it is: not one still replaying, nor one the line has reached. */
  deliverPartial(n: number, event: Buffer): void {
    if (this.#syncing || this.out.closed || n !== this.#sent + 1) return;
    this.out.send(event);
  }

  resync(): void {
    if (this.out.closed) return;
    if (this.#syncing) {
      this.#again = true;
      return;
    }
    this.#syncing = true;
    this.metrics.resyncs.inc();
    void this.#catchUp(undefined);
  }

  async #catchUp(page: StepPage | undefined): Promise<void> {
    try {
      for (let stalled = 0; ; ) {
        this.#again = false;
        const before = this.#sent;
        page ??= await this.#read();
        if (!page || this.out.closed) return;
        if (!(await this.#writePage(page))) return;
        if (this.#sent === before && ++stalled >= 3) {
          // live numbers run ahead of what Redis holds (keys deleted?): stop spinning, live events resume
          this.log().warn({ sent: this.#sent, stored: page.last, seen: this.#channel.maxSeen }, "stored lines behind live messages");
          return;
        }
        const ended = isEnded(page) ? { last: page.last, status: page.status } : this.#channel.ended;
        if (ended && this.#sent >= ended.last) {
          this.out.send(encodeEndEvent(ended.last, ended.status));
          this.out.close("ended");
          return;
        }
        // Caught up with both the store and every live message seen meanwhile: live events take over.
        if (!ended && !this.#again && this.#sent >= page.last && this.#sent >= this.#channel.maxSeen) return;
        if (this.#sent === before) await new Promise((r) => setTimeout(r, 25 * stalled)); // the append may not be readable yet
        page = undefined;
      }
    } finally {
      this.#syncing = false;
    }
  }

  async #writePage(page: StepPage): Promise<boolean> {
    if (page.from > this.#sent + 1 && page.last > this.#sent) {
      // the resume point precedes the oldest retained line
      if (!(await this.out.sendPaced(encodeTruncatedEvent(page.from)))) return false;
      this.#sent = page.from - 1;
    }
    if (page.lines.length === 0) return true;
    const last = page.from + page.lines.length - 1;
    if (!(await this.out.sendPaced(encodeLinesEvent(page.from, last, JSON.stringify(page.lines), page.times && encodeTimes(page.times))))) return false;
    this.#sent = last;
    this.metrics.linesDelivered.inc(page.lines.length);
    return true;
  }

  // Reads the next page; while Redis is away, retries with backoff and keeps the viewer connected.
  async #read(): Promise<StepPage | undefined> {
    for (let delay = 100; !this.out.closed; delay = Math.min(delay * 2, READ_RETRY_MAX_MS)) {
      try {
        return await this.broker.read(this.step, this.#sent + 1, this.limits.lines, this.limits.bytes);
      } catch (err) {
        this.log().warn({ err: (err as Error).message, retryInMs: delay }, "reading stored lines failed");
        await new Promise((r) => setTimeout(r, delay));
      }
    }
    return undefined;
  }
}
