/**
 * The open SSE connections of this process, from admission to close: the count behind
 * MAX_CONNECTIONS, the gauge, the opening of a stream (step or build), and the drain.
 */
import type { Request, Response } from "express";
import type { Logger } from "pino";
import { sendError } from "../../common/http.ts";
import type { RelayMetrics } from "../metrics.ts";
import type { CloseReason, ViewerConnection } from "../stream/viewer-connection.ts";

export class Connections {
  readonly #open = new Set<ViewerConnection>();

  readonly #metrics: RelayMetrics;

  constructor(metrics: RelayMetrics) {
    this.#metrics = metrics;
  }

  get size(): number {
    return this.#open.size;
  }

  add(viewer: ViewerConnection): void {
    this.#open.add(viewer);
    this.#metrics.connections.set(this.#open.size);
    viewer.onClose((reason) => {
      this.#open.delete(viewer);
      this.#metrics.connections.set(this.#open.size);
      if (reason === "slow") this.#metrics.slowDropped.inc();
    });
  }

  /**
   * Closes every stream, spread over `spreadMs` so the browsers do not all reconnect to the
   * remaining relays in the same instant; each resumes by Last-Event-ID.
   */
  async drain(spreadMs: number): Promise<void> {
    const all = [...this.#open];
    const batches = Math.max(1, Math.min(20, all.length));
    const perBatch = Math.ceil(all.length / batches);
    for (let i = 0; i < all.length; i += perBatch) {
      for (const s of all.slice(i, i + perBatch)) s.close("shutdown");
      if (i + perBatch < all.length) await new Promise((r) => setTimeout(r, spreadMs / batches));
    }
  }
}

/** What admitting a new stream looks at. */
export interface Admission {
  readonly config: { readonly maxConnections: number };
  readonly connections: Connections;
  readonly metrics: RelayMetrics;
  draining(): boolean;
}

/**
 * Admits a new stream, or answers 503 + Retry-After (which nginx retries on a sibling) and
 * counts why: this relay is draining, or holds MAX_CONNECTIONS streams already.
 */
export function admitStream(deps: Admission, res: Response): boolean {
  if (deps.draining()) {
    deps.metrics.rejected.inc({ reason: "draining" });
    sendError(res, 503, "this relay is shutting down; retry", { "Retry-After": "1" });
    return false;
  }
  if (deps.connections.size >= deps.config.maxConnections) {
    deps.metrics.rejected.inc({ reason: "max_connections" });
    sendError(res, 503, "this relay has reached MAX_CONNECTIONS; retry", { "Retry-After": "2" });
    return false;
  }
  return true;
}

/**
 * Opens an admitted stream: counted among the open connections until it closes, closed when
 * the viewer goes, its headers sent, kept alive until `expiresAt` (the token's expiry).
 */
export function openStream(
  connections: Connections,
  req: Request,
  res: Response,
  viewer: ViewerConnection,
  expiresAt: number,
  onClose: (reason: CloseReason) => void,
): void {
  connections.add(viewer);
  viewer.onClose(onClose);
  res.on("close", () => viewer.close("left"));
  req.socket.setNoDelay(true);
  viewer.open(expiresAt);
}

/** A stream's logger, made when first used: an idle stream holds none (two pino children cost ~1.5 KB). */
export function streamLogger(parent: Logger, bindings: Record<string, unknown>): () => Logger {
  let log: Logger | undefined;
  return () => (log ??= parent.child(bindings));
}
