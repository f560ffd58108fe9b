/**
 * One soak viewer of one step run: an EventSource (the `eventsource` package) that resumes by
 * Last-Event-ID on its own after a dropped stream, and, as the viewer page does, opens a new
 * one from the last line it holds after an answer an EventSource gives up on (a 502 while nginx
 * finds no relay). Every line is checked as it arrives against its expected text and number;
 * a `truncated` with `restarted` (the store lost lines no producer had been told were stored,
 * see docs/scaling.md) starts the viewer over from the line it names.
 */
import { EventSource } from "eventsource";
import { fetch as undiciFetch, type Dispatcher } from "undici";
import { lineText } from "./lines.ts";

export interface ViewerOptions {
  /** nginx's base URL */
  readonly baseUrl: string;
  /** the step's path, /org/repo/builds/B/steps/S */
  readonly path: string;
  readonly seed: number;
  /** the client address to connect from (nginx caps streams per address) */
  readonly dispatcher: Dispatcher;
  /** a gap between two deliveries of lines, for the stall report */
  onGap(startedAt: number, ms: number): void;
}

export class SoakViewer {
  /** the lines held, line n at n - 1 */
  readonly held: string[] = [];
  readonly problems: string[] = [];
  restarts = 0;
  reopens = 0;
  ended?: { lines: number; status: string };
  /** the stream answered 204: the step ended and this viewer holds its last line, but never saw `end` */
  endedBy204 = false;
  readonly done: Promise<void>;
  #finish!: () => void;
  #es?: EventSource;
  #closed = false;
  #lastAt = Date.now();
  readonly #options: ViewerOptions;

  constructor(options: ViewerOptions) {
    this.#options = options;
    this.done = new Promise((resolve) => (this.#finish = resolve));
    this.#open();
  }

  get step(): string {
    return this.#options.path;
  }

  /** Leaves and comes back from the last line held, as a reloaded page does. */
  reload(): void {
    if (this.#closed) return;
    this.#es?.close();
    setTimeout(() => this.#closed || this.#open(), 200 + Math.random() * 800);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#es?.close();
    this.#finish();
  }

  #open(): void {
    const { baseUrl, path, dispatcher } = this.#options;
    const resume = this.held.length;
    const es = new EventSource(`${baseUrl}${path}/logs/events`, {
      // the resume point of a fresh EventSource; its own reconnects send the header from the last id it saw
      fetch: (url, init) =>
        undiciFetch(url as string, {
          ...(init as object),
          dispatcher,
          headers: {
            ...(init?.headers as Record<string, string>),
            ...(resume > 0 && !(init?.headers as Record<string, string>)?.["Last-Event-ID"] ? { "Last-Event-ID": String(resume) } : {}),
          },
        }) as unknown as Promise<Response>,
    });
    this.#es = es;
    es.onmessage = (e) => this.#lines(JSON.parse(e.data) as { n: number; lines: string[] }, e.lastEventId);
    es.addEventListener("truncated", (e) => this.#truncated(JSON.parse(e.data) as { firstAvailable: number; restarted?: boolean }));
    es.addEventListener("end", (e) => {
      this.ended = JSON.parse(e.data) as { lines: number; status: string };
      this.close();
    });
    es.onerror = (e) => {
      if (this.#closed || es.readyState !== es.CLOSED) return; // reconnecting by itself
      if ((e as { code?: number }).code === 204) {
        this.endedBy204 = true;
        return this.close();
      }
      // given up on (a 5xx, no relay for a moment): a new stream from the last line held, as the page does
      this.reopens++;
      setTimeout(() => this.#closed || this.#open(), 500 + Math.random() * 1000);
    };
  }

  #lines(data: { n: number; lines: string[] }, id: string): void {
    const now = Date.now();
    this.#options.onGap(this.#lastAt, now - this.#lastAt);
    this.#lastAt = now;
    const last = data.n + data.lines.length - 1;
    if (id !== String(last)) this.problems.push(`event id ${id} is not its last line ${last}`);
    data.lines.forEach((text, i) => {
      const n = data.n + i;
      if (n <= this.held.length) return void this.problems.push(`line ${n} repeated (held up to ${this.held.length})`);
      if (n > this.held.length + 1) this.problems.push(`lines ${this.held.length + 1}..${n - 1} skipped`);
      const want = lineText(this.#options.seed, this.#options.path, n);
      if (text !== want) this.problems.push(`line ${n} reads ${JSON.stringify(text.slice(0, 60))}, not ${JSON.stringify(want.slice(0, 60))}`);
      this.held[n - 1] = text;
    });
  }

  #truncated(data: { firstAvailable: number; restarted?: boolean }): void {
    if (!data.restarted) return void this.problems.push(`truncated at ${data.firstAvailable}: no line is ever trimmed in the soak`);
    this.restarts++;
    this.held.length = 0;
    if (data.firstAvailable !== 1) this.problems.push(`restarted from line ${data.firstAvailable}, not 1`);
  }
}
