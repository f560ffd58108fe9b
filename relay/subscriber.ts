/** One viewer's SSE response. Owns it until close() runs, exactly once. */
import type { ServerResponse } from "node:http";
import { once } from "node:events";
import type { Logger } from "pino";
import { HEARTBEAT_FRAME, encodeRetry } from "../common/stream.ts";

export interface SubscriberOptions {
  readonly maxBufferBytes: number;
  readonly heartbeatMs: number;
  readonly retryMs: number;
}

export type CloseReason = "ended" | "left" | "slow" | "shutdown" | "error";

export class Subscriber {
  #closed = false;
  #wroteSinceTick = false;
  #heartbeat?: NodeJS.Timeout;
  readonly #onClose: ((reason: CloseReason) => void)[] = [];

  private readonly res: ServerResponse;
  private readonly options: SubscriberOptions;
  readonly log: Logger;

  constructor(res: ServerResponse, options: SubscriberOptions, log: Logger) {
    this.res = res;
    this.options = options;
    this.log = log;
  }

  get closed(): boolean {
    return this.#closed;
  }

  onClose(handler: (reason: CloseReason) => void): void {
    this.#onClose.push(handler);
  }

  /** Sends the headers of the contract and the `retry:` line, then keeps the stream alive. */
  open(extraHeaders: Record<string, string> = {}): void {
    this.res.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache",
      "X-Accel-Buffering": "no",
      ...extraHeaders,
    });
    this.res.write(encodeRetry(this.options.retryMs));
    this.#heartbeat = setInterval(() => {
      if (!this.#wroteSinceTick) this.res.write(HEARTBEAT_FRAME);
      this.#wroteSinceTick = false;
    }, this.options.heartbeatMs);
  }

  /** Writes a live event; a viewer too slow to take it is dropped rather than buffered without bound. */
  send(chunk: Buffer | string): boolean {
    if (this.#closed) return false;
    if (this.res.writableLength > this.options.maxBufferBytes) {
      this.close("slow");
      return false;
    }
    this.res.write(chunk);
    this.#wroteSinceTick = true;
    return true;
  }

  /** Writes backlog, waiting for the socket to drain so a large replay never piles up in memory. */
  async sendPaced(chunk: Buffer | string): Promise<boolean> {
    if (this.#closed) return false;
    this.#wroteSinceTick = true;
    if (this.res.write(chunk)) return true;
    const drained = once(this.res, "drain").then(() => true);
    const closed = once(this.res, "close").then(() => false);
    return Promise.race([drained, closed]);
  }

  close(reason: CloseReason): void {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#heartbeat);
    if (reason === "slow") this.res.destroy();
    else this.res.end();
    for (const handler of this.#onClose) handler(reason);
  }
}
