/**
 * When a StepWriter tries again after a refusal worth retrying, and when it gives up: a backoff
 * doubling from 100 ms to 5 s, never sooner than the answer's Retry-After; no giving up before
 * end(), and after it once `retryForMs` pass without progress, counted from the later of the
 * first failure and the end() call.
 */
import { backoffMs } from "./http-call.ts";

export class RetryClock {
  readonly #retryForMs: number;
  #attempt = 0;
  #failingSince?: number;
  /** no request before this (ms since the epoch) */
  retryAt = 0;

  constructor(retryForMs: number) {
    this.#retryForMs = retryForMs;
  }

  /**
   * A refusal worth retrying: schedules the next try. Returns `first` for the first failure of
   * an outage, and `giveUpAfterMs` when it is time to give up (`endedAt`: when end() was called).
   */
  failed(retryAfterMs: number | undefined, endedAt: number | undefined, now = Date.now()): { first: boolean; giveUpAfterMs?: number } {
    const first = this.#failingSince === undefined;
    const since = (this.#failingSince ??= now);
    if (endedAt !== undefined) {
      const from = Math.max(since, endedAt);
      if (now - from >= this.#retryForMs) return { first, giveUpAfterMs: now - from };
    }
    this.retryAt = now + Math.max(retryAfterMs ?? 0, backoffMs(this.#attempt++));
    return { first };
  }

  /** A request went through; returns how long the outage lasted, if there was one. */
  succeeded(now = Date.now()): number | undefined {
    const lasted = this.#failingSince === undefined ? undefined : now - this.#failingSince;
    this.#failingSince = undefined;
    this.#attempt = 0;
    this.retryAt = 0;
    return lasted;
  }

  /** Nothing more to retry (the writer failed for good). */
  stop(): void {
    this.retryAt = 0;
  }
}
