/** The calls a StepWriter makes for its step (docs/api.md), each one request, its outcome classified (http-call.ts). */
import type { EndStatus } from "../common/domain.ts";
import { call, type Outcome } from "./http-call.ts";
import type { StepUrls } from "./step-url.ts";

const TEXT = "text/plain; charset=utf-8";
const JSON_TYPE = "application/json";

export class LogService {
  readonly #urls: StepUrls;
  readonly #token?: string;
  readonly #timeoutMs: number;
  readonly #signal: AbortSignal;
  /** requests made so far */
  requests = 0;

  constructor(urls: StepUrls, options: { token?: string; timeoutMs: number; signal: AbortSignal }) {
    this.#urls = urls;
    this.#token = options.token;
    this.#timeoutMs = options.timeoutMs;
    this.#signal = options.signal;
  }

  /** An empty append: its answer says where the step ends (`last`), or 409 that it has ended. */
  probe(): Promise<Outcome> {
    return this.#call(this.#urls.logs, "POST", TEXT, "");
  }

  /** Lines whose first is line `first`; with `preview`, the body's unterminated last line is shown live, not stored. */
  append(first: number, body: Uint8Array, preview: boolean): Promise<Outcome> {
    return this.#call(this.#urls.logs, "POST", TEXT, body, { "Logrelay-First-Line": String(first), ...(preview ? { "Logrelay-Partial": "1" } : {}) });
  }

  registerSecrets(values: readonly string[]): Promise<Outcome> {
    return this.#call(this.#urls.secrets, "POST", JSON_TYPE, JSON.stringify({ values }));
  }

  name(name: string): Promise<Outcome> {
    return this.#call(this.#urls.stepUrl, "PUT", JSON_TYPE, JSON.stringify({ name }));
  }

  end(status: EndStatus): Promise<Outcome> {
    return this.#call(this.#urls.end, "POST", JSON_TYPE, JSON.stringify({ status }));
  }

  #call(url: string, method: "POST" | "PUT", contentType: string, body: Uint8Array | string, headers: Record<string, string> = {}): Promise<Outcome> {
    this.requests++;
    const auth: Record<string, string> = this.#token ? { Authorization: `Bearer ${this.#token}` } : {};
    return call(url, { method, headers: { ...headers, ...auth, "Content-Type": contentType }, body, timeoutMs: this.#timeoutMs, signal: this.#signal });
  }
}
