/**
 * Server-Sent Events parsing as the HTML standard says (event stream interpretation): lines end
 * with \r\n, \n or \r, in any chunking; `data` lines join with \n; `id` and `retry` are kept
 * across events; comments and unknown fields are ignored. Small enough to own, so `logrelay
 * tail` can decide for itself when to reconnect (an EventSource gives up on a 502).
 */

export interface SseEvent {
  /** "message" when the event named none */
  readonly type: string;
  readonly data: string;
  /** the last event id as of this event ("" when none was ever sent) */
  readonly lastEventId: string;
}

export class SseParser {
  readonly #decoder = new TextDecoder("utf-8");
  #buffer = "";
  #afterCR = false; // the last chunk ended with \r: a \n starting the next one belongs to it
  #first = true;
  #type = "";
  #data: string[] = [];
  #lastEventId = "";
  /** the reconnection time the stream asked for (`retry:`), if it did */
  retryMs?: number;

  get lastEventId(): string {
    return this.#lastEventId;
  }

  /** Takes a chunk of the stream; returns the events it completed. */
  push(chunk: Uint8Array | string): SseEvent[] {
    let text = typeof chunk === "string" ? chunk : this.#decoder.decode(chunk, { stream: true });
    if (this.#first && text.length > 0) {
      this.#first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.#afterCR && text.startsWith("\n")) text = text.slice(1);
    this.#afterCR = false;
    this.#buffer += text;
    const events: SseEvent[] = [];
    let start = 0;
    for (;;) {
      const end = nextLineEnd(this.#buffer, start);
      if (end < 0) break;
      const line = this.#buffer.slice(start, end);
      if (this.#buffer[end] === "\r") {
        if (end + 1 === this.#buffer.length) this.#afterCR = true;
        start = this.#buffer[end + 1] === "\n" ? end + 2 : end + 1;
      } else start = end + 1;
      const event = this.#line(line);
      if (event) events.push(event);
    }
    this.#buffer = this.#buffer.slice(start);
    return events;
  }

  #line(line: string): SseEvent | undefined {
    if (line === "") return this.#dispatch();
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.#data.push(value);
    else if (field === "event") this.#type = value;
    else if (field === "id" && !value.includes("\0")) this.#lastEventId = value;
    else if (field === "retry" && /^\d+$/.test(value)) this.retryMs = Number(value);
    return undefined;
  }

  #dispatch(): SseEvent | undefined {
    const type = this.#type || "message";
    const data = this.#data;
    this.#type = "";
    this.#data = [];
    if (data.length === 0) return undefined;
    return { type, data: data.join("\n"), lastEventId: this.#lastEventId };
  }
}

function nextLineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}
