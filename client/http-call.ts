/**
 * One call to the log service, its outcome classified: stored (2xx), refused for now (worth
 * retrying: no answer, 408, 425, 429, 5xx), or refused for good. No retrying here: the writer
 * decides. node:http with kept-alive connections rather than fetch: a batch of a megabyte goes
 * out as it is, not copied twice on the way (fetch's copies were a third of the client's
 * garbage-collection time while a command wrote at full speed).
 */
import http from "node:http";
import https from "node:https";

export type Outcome =
  | { readonly kind: "ok"; readonly status: number; readonly json: Record<string, unknown> }
  /** no answer (refused, reset, timed out), 408, 425, 429 or 5xx: worth trying again after `retryAfterMs` (when the server said) */
  | { readonly kind: "retry"; readonly status: number; readonly json: Record<string, unknown>; readonly message: string; readonly retryAfterMs?: number }
  /** any other refusal: trying again cannot help */
  | { readonly kind: "refused"; readonly status: number; readonly json: Record<string, unknown>; readonly message: string };

export interface CallOptions {
  readonly method: "POST" | "PUT";
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array | string;
  readonly timeoutMs: number;
  /** aborts the call (the writer is closing) */
  readonly signal?: AbortSignal;
}

const RETRY_STATUSES = new Set([408, 425, 429]);
// Shared by every writer of the process; each has one request at most in flight, so no cap on
// sockets (a benchmark may run a thousand writers in one process). Idle ones are closed before
// nginx's keepalive_timeout (75 s) would close them under a request.
const agents = {
  "http:": new http.Agent({ keepAlive: true, timeout: 60_000 }),
  "https:": new https.Agent({ keepAlive: true, timeout: 60_000 }),
};

export function call(url: string, options: CallOptions): Promise<Outcome> {
  const target = new URL(url);
  const body = typeof options.body === "string" ? Buffer.from(options.body) : (options.body ?? Buffer.alloc(0));
  return new Promise((resolve) => {
    const retry = (message: string) => resolve({ kind: "retry", status: 0, json: {}, message });
    const req = (target.protocol === "https:" ? https : http).request(target, {
      method: options.method,
      headers: { ...options.headers, "Content-Length": String(body.length) },
      agent: agents[target.protocol as "http:" | "https:"],
      signal: options.signal,
    });
    const timer = setTimeout(() => req.destroy(Object.assign(new Error("no answer in time"), { code: "timeout" })), options.timeoutMs);
    req.once("error", (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      retry(err.name === "AbortError" ? "aborted" : (err.code ?? err.message));
    });
    req.once("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.once("error", () => undefined); // "close" says it
      res.once("end", () => {
        clearTimeout(timer);
        resolve(classify(res.statusCode ?? 0, Buffer.concat(chunks).toString("utf8"), res.headers["retry-after"]));
      });
      res.once("close", () => {
        clearTimeout(timer);
        retry("the answer was cut off"); // no effect after "end": a promise settles once
      });
    });
    req.end(body);
  });
}

function classify(status: number, text: string, retryAfter: string | undefined): Outcome {
  const json = parseJson(text);
  if (status >= 200 && status < 300) return { kind: "ok", status, json };
  const message = `${status}${typeof json.error === "string" ? `: ${json.error}` : ""}`;
  if (status >= 500 || RETRY_STATUSES.has(status)) return { kind: "retry", status, json, message, retryAfterMs: retryAfterMs(retryAfter ?? null) };
  return { kind: "refused", status, json, message };
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

/** The wait before attempt `attempt + 1` (0-based): doubling from `baseMs` up to `capMs`, ±20% so a fleet does not retry in step. */
export function backoffMs(attempt: number, baseMs = 100, capMs = 5000, random = Math.random): number {
  const ms = Math.min(capMs, baseMs * 2 ** Math.min(attempt, 20));
  return Math.round(ms * (0.8 + 0.4 * random()));
}
