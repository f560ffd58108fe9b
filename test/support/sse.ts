/**
 * A viewer for tests: a real EventSource (the `eventsource` package) that records every line
 * with its number, the ids, and the truncated / end events, and checks nothing arrives twice.
 */
import { EventSource } from "eventsource";

export interface LinesEvent {
  n: number;
  lines: string[];
}

export class Viewer {
  readonly es: EventSource;
  /** every line received, in order, by number */
  readonly received: { n: number; text: string; at: number }[] = [];
  readonly ids: string[] = [];
  truncated?: number;
  /** each `truncated` with `restarted`: the step started again; lines then count from firstAvailable */
  readonly restarts: { after: number; firstAvailable: number; id: string }[] = [];
  /** for each restart, where in `received` the new run's lines begin */
  readonly restartIndexes: number[] = [];
  #next?: number; // number the next line must have
  ended?: { lines: number; status: string };
  opens = 0;
  errors = 0;
  /** a line whose number did not follow the previous one */
  readonly outOfOrder: string[] = [];

  constructor(url: string, init?: { headers?: Record<string, string> }) {
    this.es = new EventSource(url, {
      fetch: (input, fetchInit) => fetch(input, { ...fetchInit, headers: { ...(fetchInit?.headers as Record<string, string>), ...init?.headers } }),
    });
    this.es.onopen = () => this.opens++;
    this.es.onerror = () => this.errors++;
    this.es.onmessage = (e) => {
      const data = JSON.parse(e.data) as LinesEvent;
      this.ids.push(e.lastEventId);
      data.lines.forEach((text, i) => {
        const n = data.n + i;
        const expected = this.#next ?? n;
        if (n !== expected) this.outOfOrder.push(`got ${n}, expected ${expected}`);
        this.received.push({ n, text, at: Date.now() });
        this.#next = n + 1;
      });
      if (String(data.n + data.lines.length - 1) !== e.lastEventId)
        this.outOfOrder.push(`id ${e.lastEventId} is not the last line ${data.n + data.lines.length - 1}`);
    };
    this.es.addEventListener("truncated", (e) => {
      const data = JSON.parse(e.data) as { firstAvailable: number; restarted?: boolean };
      this.truncated = data.firstAvailable;
      this.#next = data.firstAvailable;
      if (data.restarted) {
        this.restarts.push({ after: this.lastNumber, firstAvailable: data.firstAvailable, id: e.lastEventId });
        this.restartIndexes.push(this.received.length);
      }
    });
    this.es.addEventListener("end", (e) => {
      this.ended = JSON.parse(e.data);
      this.es.close(); // the relay closes too; a browser would see 204 on its reconnect
    });
  }

  get texts(): string[] {
    return this.received.map((l) => l.text);
  }

  get numbers(): number[] {
    return this.received.map((l) => l.n);
  }

  get lastNumber(): number {
    return this.received.length ? this.received[this.received.length - 1].n : 0;
  }

  close(): void {
    this.es.close();
  }
}

/** Reads a stream to its end, or until `timeoutMs`, and returns the raw text: for byte-exact checks. */
export async function rawStream(
  url: string,
  headers: Record<string, string> = {},
  timeoutMs = 5000,
): Promise<{ status: number; headers: Headers; text: string }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  const res = await fetch(url, { headers, signal: abort.signal });
  const decoder = new TextDecoder();
  let text = "";
  try {
    if (res.body) for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) text += decoder.decode(chunk, { stream: true });
  } catch {
    // a stream that stays open is cut at the timeout: what arrived so far is the answer
  } finally {
    clearTimeout(timer);
  }
  return { status: res.status, headers: res.headers, text };
}
