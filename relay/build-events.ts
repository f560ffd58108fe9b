/**
 * One build page's stream (`GET /:org/:repo/builds/:build/events`): `event: steps` with every
 * step on connect, then `event: step` / `event: counts` as the producer publishes them on the
 * build's channel (common/contract.ts). The feed joins the channel before it reads the steps; a
 * change that arrives while they are read makes it read them again, so the snapshot is never
 * older than an event sent before it, and none is sent after it that it already covers.
 */
import type { Logger } from "pino";
import type { BuildRef } from "../common/domain.ts";
import { encodeBuildStepsEvent } from "./sse.ts";
import type { Broker } from "./broker.ts";
import type { BuildChannelFeed } from "./hub.ts";
import type { Subscriber } from "./subscriber.ts";

const READ_RETRY_MAX_MS = 2000;
const SNAPSHOT_ATTEMPTS = 3;

export class BuildFeed implements BuildChannelFeed {
  #syncing = true; // until the first snapshot is written
  #again = false;
  #held: Buffer[] = []; // changes that came during the last read

  readonly build: BuildRef;
  private readonly out: Subscriber;
  private readonly broker: Broker;
  private readonly log: () => Logger;

  constructor(build: BuildRef, out: Subscriber, broker: Broker, log: () => Logger) {
    this.build = build;
    this.out = out;
    this.broker = broker;
    this.log = log;
  }

  /** Writes the snapshot, then follows the channel (joined before). */
  start(): Promise<void> {
    return this.#snapshot();
  }

  deliver(event: Buffer): void {
    if (this.out.closed) return;
    if (this.#syncing) {
      this.#again = true;
      this.#held.push(event);
      return;
    }
    this.out.send(event);
  }

  /** Redis came back: changes may have been lost, so every step is sent again. */
  resync(): void {
    if (this.out.closed) return;
    if (this.#syncing) {
      this.#again = true;
      return;
    }
    this.#syncing = true;
    void this.#snapshot();
  }

  async #snapshot(): Promise<void> {
    try {
      for (let attempt = 1; ; attempt++) {
        this.#again = false;
        this.#held = [];
        const steps = await this.#read();
        if (!steps || this.out.closed) return;
        if (this.#again && attempt < SNAPSHOT_ATTEMPTS) continue;
        // after a busy read (a change each time) the held changes follow: at worst one is stale for an instant
        this.out.send(encodeBuildStepsEvent(steps));
        for (const event of this.#held) this.out.send(event);
        this.#held = [];
        return;
      }
    } finally {
      this.#syncing = false;
    }
  }

  async #read() {
    for (let delay = 100; !this.out.closed; delay = Math.min(delay * 2, READ_RETRY_MAX_MS)) {
      try {
        return await this.broker.buildSteps(this.build);
      } catch (err) {
        this.log().warn({ err: (err as Error).message, retryInMs: delay }, "reading the build's steps failed");
        await new Promise((r) => setTimeout(r, delay));
      }
    }
    return undefined;
  }
}
