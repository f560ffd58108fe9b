/**
 * How the relay waits out Redis for a viewer it keeps connected: try, and after a failure wait
 * and try again, the wait doubling up to RETRY_MAX_MS, until it works or the viewer has gone.
 */

/** The longest wait between two tries. */
export const RETRY_MAX_MS = 2000;

export interface RetryPolicy {
  /** the first wait, doubled after each failure */
  readonly firstMs: number;
  /** wait before the first try too (the caller has just seen one fail) */
  readonly waitFirst: boolean;
  /** the viewer has gone: stop trying */
  stopped(): boolean;
  /** a try failed; the next comes in `retryInMs` */
  failed(err: Error, retryInMs: number): void;
}

/** The attempt's answer, or undefined once `stopped()` (checked before each wait and each try). */
export async function retry<T>(attempt: () => Promise<T>, policy: RetryPolicy): Promise<T | undefined> {
  let delay = policy.firstMs;
  if (policy.waitFirst) {
    if (policy.stopped()) return undefined;
    await sleep(delay);
    delay = Math.min(delay * 2, RETRY_MAX_MS);
  }
  while (!policy.stopped()) {
    try {
      return await attempt();
    } catch (err) {
      policy.failed(err as Error, delay);
      await sleep(delay);
      delay = Math.min(delay * 2, RETRY_MAX_MS);
    }
  }
  return undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
