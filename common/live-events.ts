/**
 * The messages on a step's live channel (lines, end, a partial line) and the SSE event that
 * carries a step's lines to viewers: the one place they are spelled. A lines message holds the
 * event already framed as an HTTP/1.1 chunk, so a relay writes the bytes it received from Redis
 * straight to a lone viewer's socket: no decoding, no JSON, no copy. The producer encodes the lines' JSON
 * (ASCII-only, see asciiJson) and the script frames it (common/lua/step-append.lua); a unit test
 * holds the two spellings of the event equal.
 *
 *   L <first> <last> <ms> <hex length>\r\nid: <last>\ndata: {"n":<first>,"lines":<json>,"t":<ms>}\n\n\r\n
 *   E <last> <ms> <status>
 *   P <n> <json string>      (a partial line, see encodeLivePartial)
 */

const PAST_ASCII = /[\u007f-\uffff]/g;
const HEX = "0123456789abcdef";

/**
 * JSON text with every character from DEL up escaped as `\uXXXX` (a pair for one past U+FFFF):
 * the stream is pure ASCII, which a browser decodes and parses several times faster than UTF-8
 * text (measured in Chromium: decoding 10 MB of backlog 45 instead of 140-200 ms, JSON.parse
 * about 10 times faster). Such characters occur only inside JSON strings, so the values are
 * unchanged. A loop over matches, not replace() with a callback: 5 times faster on a backlog.
 */
export function asciiJson(json: string): string {
  PAST_ASCII.lastIndex = 0;
  let out = "";
  let from = 0;
  for (let m = PAST_ASCII.exec(json); m !== null; m = PAST_ASCII.exec(json)) {
    const c = json.charCodeAt(m.index);
    out += `${json.slice(from, m.index)}\\u${HEX[c >> 12]}${HEX[(c >> 8) & 15]}${HEX[(c >> 4) & 15]}${HEX[c & 15]}`;
    from = m.index + 1;
  }
  return from === 0 ? json : out + json.slice(from);
}

/** The lines as the JSON array an event carries (what the producer hands the append script). */
export function encodeLinesJson(lines: readonly string[]): string {
  return asciiJson(JSON.stringify(lines));
}

/**
 * One default event carrying lines first..last; `id` is the last line's number. `t` is the
 * lines' arrival time (ms), spelled by encodeTimes: one number, or one per line.
 */
export function encodeLinesEvent(first: number, last: number, json: string, t?: string): string {
  const linesJson = asciiJson(json);
  return t === undefined ? `id: ${last}\ndata: {"n":${first},"lines":${linesJson}}\n\n` : `id: ${last}\ndata: {"n":${first},"lines":${linesJson},"t":${t}}\n\n`;
}

/**
 * An event as one chunk of a chunked HTTP/1.1 body, encoded once into one buffer and written to
 * every viewer; `body` is the bare event inside it (no copy), for responses that are not chunked.
 */
export function httpChunk(event: string): { framed: Buffer; body: Buffer } {
  const length = Buffer.byteLength(event);
  const head = `${length.toString(16)}\r\n`;
  const framed = Buffer.allocUnsafe(head.length + length + 2);
  framed.write(head, 0, "latin1");
  framed.write(event, head.length, "utf8");
  framed.write("\r\n", head.length + length, "latin1");
  return { framed, body: framed.subarray(head.length, head.length + length) };
}

/** Lines first..last as published: `chunk` is their event framed as an HTTP/1.1 chunk. */
export class LiveLines {
  readonly kind = "lines";
  readonly first: number;
  readonly last: number;
  /** when they were stored (ms, Redis's clock) */
  readonly appendedAt: number;
  readonly chunk: Buffer;

  constructor(first: number, last: number, appendedAt: number, chunk: Buffer) {
    this.first = first;
    this.last = last;
    this.appendedAt = appendedAt;
    this.chunk = chunk;
  }

  /** the bare event, without the chunk's framing */
  get event(): Buffer {
    return this.chunk.subarray(this.chunk.indexOf(LF) + 1, this.chunk.length - 2);
  }

  /** the JSON array of the lines, as the event holds it */
  get linesJson(): string {
    const text = this.event.toString(); // ASCII, but for a rare retried append (see step-append.lua)
    return text.slice(text.indexOf(LINES) + LINES.length, text.lastIndexOf(TIME));
  }
}

const LF = 0x0a;
const LINES = ',"lines":';
const TIME = ',"t":';

/** A message on a step's channel, as the append and end scripts publish it. */
export type LiveMessage = LiveLines | { kind: "end"; last: number; appendedAt: number; status: string };

/** The lines of step `first..last` as the append script publishes them (a relay's tests publish their own). */
export function liveLinesMessage(first: number, last: number, appendedAt: number, linesJson: string): string {
  const event = encodeLinesEvent(first, last, linesJson, String(appendedAt));
  return `L ${first} ${last} ${appendedAt} ${Buffer.byteLength(event).toString(16)}\r\n${event}\r\n`;
}

/** Parses what the scripts publish: the lines' numbers and time are read, their event is kept as bytes. */
export function parseLiveMessage(message: Buffer | string): LiveMessage | undefined {
  const buf = typeof message === "string" ? Buffer.from(message) : message;
  if (buf.length < 4 || buf[1] !== 0x20) return undefined;
  if (buf[0] === 0x4c /* L */) {
    const a = buf.indexOf(0x20, 2);
    const b = buf.indexOf(0x20, a + 1);
    const c = buf.indexOf(0x20, b + 1);
    if (a < 0 || b < 0 || c < 0) return undefined;
    return new LiveLines(digits(buf, 2, a), digits(buf, a + 1, b), digits(buf, b + 1, c), buf.subarray(c + 1));
  }
  if (buf[0] === 0x45 /* E */) {
    const text = buf.toString();
    const a = text.indexOf(" ", 2);
    const b = text.indexOf(" ", a + 1);
    if (a < 0 || b < 0) return undefined;
    return { kind: "end", last: Number(text.slice(2, a)), appendedAt: Number(text.slice(a + 1, b)), status: text.slice(b + 1) };
  }
  return undefined;
}

/** A decimal number from ASCII digits, without making a string. */
function digits(buf: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (buf[i] - 0x30);
  return n;
}

/** Joins consecutive JSON arrays of lines into one array without parsing them. */
export function joinLinesJson(parts: readonly string[]): string {
  if (parts.length === 1) return parts[0];
  return `[${parts.map((p) => p.slice(1, -1)).join(",")}]`;
}

// --- a line still being written (live progress) --------------------------------------------
//
// "P <n> <json string>" on the step's channel: the state so far of line n, the step's next
// line, whose newline has not come yet (a progress bar rewritten with \r). Not stored; the
// producer sends at most a few a second. Viewers get it as `event: partial` (no id).

export function encodeLivePartial(n: number, text: string): string {
  return `P ${n} ${JSON.stringify(text)}`;
}

/** The partial line of a "P" message: its number and its text as a JSON string, unparsed. */
export function parseLivePartial(message: string): { n: number; textJson: string } | undefined {
  if (!message.startsWith("P ")) return undefined;
  const a = message.indexOf(" ", 2);
  if (a < 0) return undefined;
  const n = Number(message.slice(2, a));
  return Number.isSafeInteger(n) && n > 0 ? { n, textJson: message.slice(a + 1) } : undefined;
}
