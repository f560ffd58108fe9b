/**
 * One step's SSE stream with a status a person can read. The EventSource is the `eventsource`
 * package's, over fetch: Chromium's own took ~75 ms per 1 MiB backlog event before the page saw
 * it (a 100 000-line backlog: 2.0 s to the screen against 1.2 s). It resumes by itself
 * (Last-Event-ID) after a dropped stream; when it gives up (a non-200 answer, whose body it
 * does not keep), the reason is learnt with a fetch of the same URL: 401/403/4xx is a failure
 * with the relay's reason, 204 means the step has ended, anything else is retried from the
 * last line held, with backoff.
 */
import { EventSource } from "eventsource";
import type { StepRef } from "../common/domain.ts";
import { errorReason, eventsUrl } from "./api.ts";

export type ConnectionState =
  | { readonly kind: "idle" }
  | { readonly kind: "connecting" }
  | { readonly kind: "live" }
  | { readonly kind: "reconnecting"; readonly reason: string }
  | { readonly kind: "ended"; readonly status: string; readonly lines: number }
  | { readonly kind: "failed"; readonly reason: string };

export interface ConnectionEvents {
  /** a run of consecutive lines, the first numbered n */
  lines(n: number, lines: string[], t?: number | number[]): void;
  /** lines before firstAvailable are no longer retained */
  truncated(firstAvailable: number): void;
  /** line n as written so far, while a program redraws it with `\r` (no newline yet) */
  partial(n: number, line: string): void;
  /** the step started again from line `first` (its lines had expired): what is held is another run */
  restarted(first: number): void;
  state(state: ConnectionState): void;
}

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;

export class StepConnection {
  readonly #step: StepRef;
  readonly #token?: string;
  readonly #events: ConnectionEvents;
  readonly #lastLine: () => number;
  #source?: EventSource;
  #probe?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #attempt = 0;
  #closed = false;

  /** `lastLine` says where to resume when a new EventSource has to be made. */
  constructor(step: StepRef, token: string | undefined, lastLine: () => number, events: ConnectionEvents) {
    this.#step = step;
    this.#token = token;
    this.#lastLine = lastLine;
    this.#events = events;
  }

  open(): void {
    this.#events.state({ kind: "connecting" });
    this.#connect();
  }

  /** Stops for good; idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#source?.close();
    this.#probe?.abort();
    clearTimeout(this.#timer);
  }

  #connect(): void {
    if (this.#closed) return;
    const es = new EventSource(eventsUrl(this.#step, this.#lastLine(), this.#token));
    this.#source = es;
    // The package goes on dispatching the events of a chunk it has read after close() (a loaded
    // page reads many at once): what a closed or replaced source delivers is dropped here.
    const current = () => !this.#closed && this.#source === es;
    es.onopen = () => {
      if (!current()) return;
      this.#attempt = 0;
      this.#events.state({ kind: "live" });
    };
    es.onmessage = (e) => {
      if (!current()) return;
      const data = JSON.parse(e.data) as { n: number; lines: string[]; t?: number | number[] };
      this.#events.lines(data.n, data.lines, data.t);
    };
    es.addEventListener("partial", (e) => {
      if (!current()) return;
      const data = JSON.parse(e.data) as { n: number; line: string };
      this.#events.partial(data.n, data.line);
    });
    es.addEventListener("truncated", (e) => {
      if (!current()) return;
      const data = JSON.parse(e.data) as { firstAvailable: number; restarted?: boolean };
      if (data.restarted) this.#events.restarted(data.firstAvailable);
      else this.#events.truncated(data.firstAvailable);
    });
    es.addEventListener("end", (e) => {
      if (!current()) return;
      const end = JSON.parse(e.data) as { lines: number; status: string };
      this.close(); // the relay closes the stream; no reconnect wanted
      this.#events.state({ kind: "ended", status: end.status, lines: end.lines });
    });
    es.onerror = () => {
      if (this.#closed) return;
      // CONNECTING: the browser retries by itself with Last-Event-ID; CLOSED: it gave up
      if (es.readyState === EventSource.CONNECTING) this.#events.state({ kind: "reconnecting", reason: "connection lost" });
      else void this.#learnWhy();
    };
  }

  async #learnWhy(): Promise<void> {
    this.#source?.close();
    const abort = new AbortController();
    this.#probe = abort;
    let status = 0;
    let reason = "network error";
    try {
      const res = await fetch(eventsUrl(this.#step, this.#lastLine(), this.#token), { signal: abort.signal, headers: { Accept: "text/event-stream" } });
      status = res.status;
      if (status === 200)
        abort.abort(); // a relay answers again: reconnect properly below
      else reason = await errorReason(res);
    } catch {
      // aborted or no answer at all: retried below
    }
    if (this.#closed) return;
    if (status === 204) {
      this.close();
      this.#events.state({ kind: "ended", status: "ended", lines: this.#lastLine() });
    } else if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
      this.close();
      this.#events.state({ kind: "failed", reason });
    } else {
      const delay = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** this.#attempt++);
      this.#events.state({ kind: "reconnecting", reason: status ? reason : "relay unreachable" });
      this.#timer = setTimeout(() => this.#connect(), status === 200 ? 0 : delay);
    }
  }
}
