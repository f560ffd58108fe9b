/** The relay's one backoff (relay/stream/retry.ts): its waits, its stop, its first wait. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { RETRY_MAX_MS, retry } from "../../relay/stream/retry.ts";

afterEach(() => {
  vi.useRealTimers();
});

/** An attempt that fails `failures` times, then answers "ok"; `tries` counts the calls. */
function flaky(failures: number) {
  const state = { tries: 0 };
  const attempt = async () => {
    if (++state.tries <= failures) throw new Error(`down ${state.tries}`);
    return "ok";
  };
  return { state, attempt };
}

describe("retry", () => {
  it("tries again after each failure, the wait doubling up to RETRY_MAX_MS, until an answer", async () => {
    vi.useFakeTimers();
    const { state, attempt } = flaky(6);
    const waits: number[] = [];
    const answer = retry(attempt, { firstMs: 100, waitFirst: false, stopped: () => false, failed: (_err, ms) => waits.push(ms) });
    await vi.advanceTimersByTimeAsync(100 + 200 + 400 + 800 + 1600 + 2000 - 1);
    expect(state.tries).toBe(6); // the seventh try is due 1 ms later
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toBe("ok");
    expect(waits).toEqual([100, 200, 400, 800, 1600, RETRY_MAX_MS]);
  });

  it("gives up with undefined once stopped, without another try", async () => {
    vi.useFakeTimers();
    const { state, attempt } = flaky(Infinity);
    let stopped = false;
    const answer = retry(attempt, { firstMs: 100, waitFirst: false, stopped: () => stopped, failed: () => {} });
    await vi.advanceTimersByTimeAsync(250); // tries at 0, 100, 300: two so far
    stopped = true;
    await vi.advanceTimersByTimeAsync(RETRY_MAX_MS);
    expect(await answer).toBeUndefined();
    expect(state.tries).toBe(2);
  });

  it("with waitFirst, waits before the first try and doubles from there", async () => {
    vi.useFakeTimers();
    const { state, attempt } = flaky(1);
    const waits: number[] = [];
    const answer = retry(attempt, { firstMs: 200, waitFirst: true, stopped: () => false, failed: (_err, ms) => waits.push(ms) });
    await vi.advanceTimersByTimeAsync(199);
    expect(state.tries).toBe(0);
    await vi.advanceTimersByTimeAsync(1 + 400);
    expect(await answer).toBe("ok");
    expect(waits).toEqual([400]);
  });
});
