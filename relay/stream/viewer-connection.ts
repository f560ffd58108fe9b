/** One viewer's SSE response. Owns it until close() runs, exactly once. */
import type { ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { drained } from "./drain.ts";
import { HEARTBEAT_FRAME, encodeRetry } from "./sse.ts";

export interface ViewerConnectionOptions {
  readonly maxBufferBytes: number;
  readonly heartbeatMs: number;
  readonly retryMs: number;
}

export type CloseReason = "ended" | "left" | "slow" | "shutdown" | "error" | "expired";

export class ViewerConnection {
  #closed = false;
  #wroteSinceTick = false;
  #heartbeats?: Heartbeats;
  #heartbeatSlot = 0;
  #expiresAt = Infinity;
  #socket: Socket | null = null; // set when pre-framed live events may go straight to the socket (see sendShared)
  readonly #onClose: ((reason: CloseReason) => void)[] = [];

  private readonly res: ServerResponse;
  private readonly options: ViewerConnectionOptions;

  constructor(res: ServerResponse, options: ViewerConnectionOptions) {
    this.res = res;
    this.options = options;
  }

  get closed(): boolean {
    return this.#closed;
  }

  onClose(handler: (reason: CloseReason) => void): void {
    this.#onClose.push(handler);
  }

  /**
   * Sends the headers of the contract and the `retry:` line, then keeps the stream alive until
   * `expiresAt` (ms since the epoch: the viewer's token expiry), checked on each heartbeat visit.
   */
  open(expiresAt = Infinity): void {
    this.#expiresAt = expiresAt;
    this.res.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache",
      "X-Accel-Buffering": "no",
    });
    this.res.write(encodeRetry(this.options.retryMs));
    // A chunked GET response: a live event already framed as an HTTP chunk (the same bytes for
    // every viewer) can skip ServerResponse's per-write framing, once nothing waits in the response itself.
    if (this.res.chunkedEncoding && this.res.req.method === "GET") this.#socket = this.res.socket;
    this.#heartbeats = Heartbeats.for(this.options.heartbeatMs);
    this.#heartbeatSlot = this.#heartbeats.add(this);
  }

  /**
   * Called by the heartbeat clock once per period: a comment if nothing was written since the
   * last call; past the token's expiry the stream ends instead. The browser reconnects with
   * Last-Event-ID: a refreshed cookie resumes the stream, an expired token gets its 401.
   */
  heartbeat(now: number): void {
    if (now >= this.#expiresAt) return this.close("expired");
    if (!this.#wroteSinceTick && !this.#closed) this.res.write(HEARTBEAT_FRAME);
    this.#wroteSinceTick = false;
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

  /**
   * Writes a live event shared by every viewer of the channel: `chunk` is the event framed as one
   * HTTP/1.1 chunk, written to the socket in one call; `bytes` the bare event, for other responses.
   */
  sendShared(bytes: Buffer, chunk: Buffer): boolean {
    if (this.#closed) return false;
    if (this.res.writableLength > this.options.maxBufferBytes) {
      this.close("slow");
      return false;
    }
    // Node holds what res.write() wrote (the headers, `retry:`, a heartbeat) in the response until
    // the next tick: the socket is written straight only when the response holds nothing, so
    // nothing is overtaken. (Checked at open() only, this never held, and every event took res.write.)
    const socket = this.#socket;
    if (socket !== null && this.res.writableLength === socket.writableLength) socket.write(chunk);
    else this.res.write(bytes);
    this.#wroteSinceTick = true;
    return true;
  }

  /** Writes backlog, waiting for the socket to drain so a large replay never piles up in memory. */
  async sendPaced(chunk: Buffer | string): Promise<boolean> {
    if (this.#closed) return false;
    this.#wroteSinceTick = true;
    if (this.res.write(chunk)) return true;
    return drained(this.res);
  }

  close(reason: CloseReason): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#heartbeats?.delete(this, this.#heartbeatSlot);
    if (reason === "slow") this.res.destroy();
    else this.res.end();
    for (const handler of this.#onClose) handler(reason);
  }
}

/**
 * One timer for every stream's heartbeat instead of one per stream: streams are dealt round
 * robin over slots and each tick (every ~20 ms) visits one slot, so each stream is visited once
 * per period and the heartbeats of many idle streams (even of streams opened in the same
 * instant, as after a relay restart) are spread evenly instead of written in one burst.
 */
class Heartbeats {
  static readonly #clocks = new Map<number, Heartbeats>();

  static for(periodMs: number): Heartbeats {
    let clock = Heartbeats.#clocks.get(periodMs);
    if (!clock) Heartbeats.#clocks.set(periodMs, (clock = new Heartbeats(periodMs)));
    return clock;
  }

  readonly #slots: Set<ViewerConnection>[];
  readonly #periodMs: number;
  #next = 0; // slot that takes the next stream
  #tick = 0; // slot visited by the next tick
  #size = 0;
  #timer?: NodeJS.Timeout;

  constructor(periodMs: number) {
    this.#periodMs = periodMs;
    this.#slots = Array.from({ length: Math.max(1, Math.min(256, Math.floor(periodMs / 20))) }, () => new Set<ViewerConnection>());
  }

  /** Returns the slot to pass to delete(). */
  add(viewer: ViewerConnection): number {
    const slot = this.#next;
    this.#slots[slot].add(viewer);
    this.#next = (slot + 1) % this.#slots.length;
    if (this.#size++ === 0) this.#timer = setInterval(() => this.#visit(), this.#periodMs / this.#slots.length);
    return slot;
  }

  delete(viewer: ViewerConnection, slot: number): void {
    if (this.#slots[slot].delete(viewer) && --this.#size === 0) clearInterval(this.#timer);
  }

  #visit(): void {
    const slot = this.#slots[this.#tick];
    this.#tick = (this.#tick + 1) % this.#slots.length;
    const now = Date.now();
    for (const viewer of slot) viewer.heartbeat(now);
  }
}
