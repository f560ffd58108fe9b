/**
 * One call to the log service, its outcome classified: stored (2xx), refused for now (worth
 * retrying: no answer, 429, 5xx), or refused for good. No retrying here: the writer decides.
 */

export type Outcome =
  | { readonly kind: "ok"; readonly status: number; readonly json: Record<string, unknown> }
  /** no answer (refused, reset, timed out), 408, 429 or 5xx: worth trying again after `retryAfterMs` (when the server said) */
  | { readonly kind: "retry"; readonly status: number; readonly json: Record<string, unknown>; readonly message: string; readonly retryAfterMs?: number }
  /** any other refusal: trying again cannot help */
  | { readonly kind: "refused"; readonly status: number; readonly json: Record<string, unknown>; readonly message: string };

export interface CallOptions {
  readonly method: "POST" | "PUT" | "GET";
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array | string;
  readonly timeoutMs: number;
  /** aborts the call (the writer is closing) */
  readonly signal?: AbortSignal;
}

const RETRY_STATUSES = new Set([408, 425, 429]);

export async function call(url: string, options: CallOptions): Promise<Outcome> {
  const signals = [AbortSignal.timeout(options.timeoutMs), ...(options.signal ? [options.signal] : [])];
  let res: Response;
  let text: string;
  try {
    res = await fetch(url, { method: options.method, headers: options.headers, body: options.body as BodyInit | undefined, signal: AbortSignal.any(signals) });
    text = await res.text();
  } catch (err) {
    return { kind: "retry", status: 0, json: {}, message: describeNetworkError(err) };
  }
  const json = parseJson(text);
  if (res.ok) return { kind: "ok", status: res.status, json };
  const message = `${res.status}${typeof json.error === "string" ? `: ${json.error}` : ""}`;
  if (res.status >= 500 || RETRY_STATUSES.has(res.status)) {
    return { kind: "retry", status: res.status, json, message, retryAfterMs: retryAfterMs(res.headers.get("retry-after")) };
  }
  return { kind: "refused", status: res.status, json, message };
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** `Retry-After` in ms: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeNetworkError(err: unknown): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError") return "no answer in time";
  if (e.name === "AbortError") return "aborted";
  return e.cause?.code ?? e.cause?.message ?? e.message;
}

/** The wait before attempt `attempt + 1` (0-based): doubling from `baseMs` up to `capMs`, ±20% so a fleet does not retry in step. */
export function backoffMs(attempt: number, baseMs = 100, capMs = 5000, random = Math.random): number {
  const ms = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 20));
  return Math.round(ms * (0.8 + 0.4 * random()));
}
