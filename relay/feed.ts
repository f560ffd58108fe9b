/**
 * One step as one viewer follows it: the resume point, the backlog replay and the hand-over
 * to live events. The feed joins the channel before it reads stored lines, and every line
 * carries its number, so the hand-over neither loses nor repeats a line: live events at or
 * below the resume point are skipped, and a gap in live numbers is filled from Redis.
 *
 * A step whose keys expired (idle or after its end) starts again from line 1 on its next
 * append. The feed tells runs apart by the step's `started` time (line 1's append time) and
 * by a store holding fewer lines than were sent; either way the viewer gets `truncated` with
 * `restarted` and the new run from its first line (see encodeTruncatedEvent). A resume id is
 * only a line number: a viewer that was away while the step expired and started again, and
 * comes back once the new run has passed its id, cannot be told apart and resumes in it.
 */
import type { Logger } from "pino";
import { NO_RUN, type LinePage, type Run, type StepRef } from "../common/domain.ts";
import { encodeEndEvent, encodeLinesEvent, encodeTimes, encodeTruncatedEvent } from "./sse.ts";
import type { Broker } from "./broker.ts";
import type { Hub, StepChannelFeed } from "./hub.ts";
import type { SharedEvent } from "./shared-event.ts";
import type { RelayMetrics } from "./metrics.ts";
import type { Subscriber } from "./subscriber.ts";

export interface PageLimits {
  readonly lines: number;
  readonly bytes: number;
}

const READ_RETRY_MAX_MS = 2000;

export function isEnded(page: LinePage): boolean {
  return page.status !== "" && page.status !== "running";
}

export interface StepFeedOptions {
  readonly step: StepRef;
  /** number of the last line the viewer holds (Last-Event-ID); 0 for none */
  readonly resumeAfter: number;
  readonly out: Subscriber;
  readonly broker: Broker;
  readonly hub: Hub;
  /** lines and bytes read per backlog page */
  readonly limits: PageLimits;
  readonly metrics: RelayMetrics;
  /** made on first use: most streams never log */
  readonly log: () => Logger;
}

export interface OpenHooks {
  /** the viewer went away while the feed was joining */
  left(): boolean;
  /** the stream is to be served: send the response headers and register the viewer */
  opening(): void;
}

/** "ended": the resume point is at or past the end of an ended step (answer 204); "left": the viewer went away. */
export type OpenOutcome = "streaming" | "ended" | "left";

export class StepFeed implements StepChannelFeed {
  #sent: number; // number of the last line written: the resume point
  #syncing = true; // until start(): live events before the first page is written are covered by it
  #again = false;
  #run: Run = NO_RUN; // the run the sent lines belong to (LinePage.started), until a read names one
  #restarted = false; // line 1 of another run was seen live: the next read starts the viewer over
  #announce = false; // the next page written is preceded by truncated + restarted
  #liveMax = 0; // newest line seen live since joining
  #liveEnded?: { last: number; status: string };

  readonly step: StepRef;
  private readonly out: Subscriber;
  private readonly broker: Broker;
  private readonly hub: Hub;
  private readonly limits: PageLimits;
  private readonly metrics: RelayMetrics;
  private readonly log: () => Logger;

  constructor(options: StepFeedOptions) {
    this.step = options.step;
    this.#sent = options.resumeAfter;
    this.out = options.out;
    this.broker = options.broker;
    this.hub = options.hub;
    this.limits = options.limits;
    this.metrics = options.metrics;
    this.log = options.log;
  }

  get sent(): number {
    return this.#sent;
  }

  /**
   * Joins the channel, then reads the first page (join before read, so a line appended in
   * between arrives live), and decides: 204 for a resume point at or past the end of an ended
   * step, else the stream opens (hooks.opening) and follows the step. While Redis is away the
   * stream opens anyway (a browser EventSource gives up on a 503) and starts once Redis answers;
   * an ended step then gets its end event.
   */
  async open(hooks: OpenHooks): Promise<OpenOutcome> {
    const first = await this.#joinAndRead();
    if (hooks.left() || (first && isEnded(first) && this.#sent >= first.last)) {
      this.leave();
      return hooks.left() ? "left" : "ended";
    }
    hooks.opening();
    if (first) {
      this.#start(first);
      return "streaming";
    }
    for (let delay = 200; !this.out.closed; delay = Math.min(delay * 2, 2000)) {
      await new Promise((r) => setTimeout(r, delay));
      const page = this.out.closed ? undefined : await this.#joinAndRead();
      if (page && this.out.closed)
        this.leave(); // left while we were joining
      else if (page) {
        this.#start(page);
        break;
      }
    }
    return "streaming";
  }

  /** Leaves the step's channel; the hub unsubscribes after the last viewer. */
  leave(): void {
    this.hub.leave(this.step, this);
  }

  async #joinAndRead(): Promise<LinePage | undefined> {
    try {
      await this.hub.join(this.step, this);
      return await this.broker.read(this.step, this.#sent + 1, this.limits.lines, this.limits.bytes);
    } catch (err) {
      this.log().warn({ err: (err as Error).message }, "redis unavailable for a stream, retrying");
      return undefined;
    }
  }

  /** Starts streaming from the first page, then follows the channel. */
  #start(page: LinePage): void {
    void this.#catchUp(page);
  }

  deliver(event: SharedEvent): number {
    if (this.out.closed) return 0;
    if (event.kind === "lines" && event.first === 1 && this.#sent > 0 && event.at !== this.#run) {
      // Line 1 of a run other than the one the viewer holds lines of. Before the first read names
      // a run (#run NO_RUN), a line 1 seen live began after this feed joined: the resume point the
      // viewer came with cannot belong to it.
      this.#restarted = true;
      this.#liveMax = event.last;
      this.#liveEnded = undefined;
      this.resync();
      return 0;
    }
    this.#liveMax = Math.max(this.#liveMax, event.last);
    if (event.kind === "end") this.#liveEnded = { last: event.last, status: event.status };
    if (this.#syncing) return 0; // the sync loop re-checks #liveMax when it ends
    if (event.kind === "end") {
      if (event.last !== this.#sent)
        this.resync(); // lines missing (the replay sends them, then the end), or a restarted step
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

  async #catchUp(page: LinePage | undefined): Promise<void> {
    try {
      for (let stalled = 0; ;) {
        this.#again = false;
        const before = this.#sent;
        page ??= await this.#read();
        if (!page || this.out.closed) return;
        if (this.#restarted || page.last < this.#sent || (this.#sent > 0 && this.#run !== NO_RUN && page.started !== this.#run)) {
          this.#startOver(page);
          page = undefined;
          continue;
        }
        this.#run = page.started;
        if (!(await this.#writePage(page))) return;
        if (this.#sent === before && ++stalled >= 3) {
          // live numbers run ahead of what Redis holds (keys deleted?): stop spinning, live events resume
          this.log().warn({ sent: this.#sent, stored: page.last, seen: this.#liveMax }, "stored lines behind live messages");
          return;
        }
        const ended = isEnded(page) ? { last: page.last, status: page.status } : this.#liveEnded;
        if (ended && this.#sent >= ended.last) {
          this.out.send(encodeEndEvent(ended.last, ended.status));
          this.out.close("ended");
          return;
        }
        // Caught up with both the store and every live message seen meanwhile: live events take over.
        if (!ended && !this.#again && this.#sent >= page.last && this.#sent >= this.#liveMax) return;
        if (this.#sent === before) await new Promise((r) => setTimeout(r, 25 * stalled)); // the append may not be readable yet
        page = undefined;
      }
    } finally {
      this.#syncing = false;
    }
  }

  // The step holds fewer lines than were sent, or another run: the viewer starts over from line 1.
  // Every live message seen so far is covered by the next read, which is issued after it arrived.
  #startOver(page: LinePage): void {
    this.log().info({ sent: this.#sent, stored: page.last }, "step started again: the viewer starts over");
    this.#restarted = false;
    this.#announce = true;
    this.#sent = 0;
    this.#run = NO_RUN;
    this.#liveMax = 0;
    this.#liveEnded = undefined;
  }

  async #writePage(page: LinePage): Promise<boolean> {
    if (this.#announce) {
      if (!(await this.out.sendPaced(encodeTruncatedEvent(page.from, true)))) return false;
      this.#announce = false;
      this.#sent = page.from - 1;
    } else if (page.from > this.#sent + 1 && page.last > this.#sent) {
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
  async #read(): Promise<LinePage | undefined> {
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
