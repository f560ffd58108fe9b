/**
 * A cheap SSE viewer over a raw TCP socket, so the load generator costs little next to the
 * relay: HTTP/1.1 chunked decoding and SSE framing by hand on Buffers, no EventSource and
 * no JSON.parse. Every event's line numbers are checked against the previous one (lost and
 * repeated lines are counted), and the first and last line of each event must carry the
 * numbers the event claims (the benchmark's lines are "<sent at, 0.1 ms> <number> ...").
 */
import net from "node:net";
import { clockMs, type Histogram } from "./stats.ts";

const LF = 0x0a;
const EVENT_END = Buffer.from("\n\n");
const QUOTE_COMMA_QUOTE = Buffer.from('","');
// Every socket of a worker reads into this one buffer (net's `onread`): no Buffer and no
// stream 'data' event per read. Its bytes are valid only during the callback, so whatever is
// kept past it (the start of an event not complete yet) is copied.
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);

export interface ViewerTarget {
  readonly host: string;
  readonly port: number;
  readonly path: string;
  readonly localAddress?: string;
  /** line number whose arrival time is recorded (reachedAt) */
  readonly goal?: number;
  /**
   * The event ids are not line numbers (nchan's are `<time>:<tag>`): the last line number of an
   * event is read from its last line instead.
   */
  readonly idFromLines?: boolean;
}

export interface ViewerTotals {
  lines: number;
  events: number;
  lost: number;
  dup: number;
  malformed: number;
  heartbeats: number;
  bytes: number;
  /** connections the relay closed before the end, re-opened with Last-Event-ID */
  reconnects: number;
  /** lines that came after a later line (counted as lost when the later one came, then moved here) */
  reordered: number;
}

// parser states (plain numbers: type stripping has no enums)
const HEAD = 0;
const SIZE = 1;
const DATA = 2;
const DATA_END = 3;
const DONE = 4;
const RAW = 5; // a body without chunked framing, up to the close (nchan's EventSource)

export class Viewer {
  readonly target: ViewerTarget;
  /** number of the last line held */
  last = 0;
  status = 0;
  ended = false;
  error = "";
  openedAt = 0;
  headersAt = 0;
  /** line number whose arrival is timed (reachedAt) */
  goal = Infinity;
  reachedAt = 0;
  #socket?: net.Socket;
  #stopped = false;
  #state = HEAD;
  #head = "";
  #size = "";
  #remaining = 0;
  #parts: Buffer[] = []; // pieces of an event not complete yet (copies: the read buffer is reused)
  /** ranges of line numbers skipped so far ([from, to, from, to, ...]): a line filling one came out of order */
  #holes: number[] = [];
  readonly #totals: ViewerTotals;
  readonly #hist: Histogram;
  readonly #onChange: (v: Viewer) => void;

  constructor(target: ViewerTarget, totals: ViewerTotals, hist: Histogram, onChange: (v: Viewer) => void) {
    this.target = target;
    this.#totals = totals;
    this.#hist = hist;
    this.#onChange = onChange;
    this.goal = target.goal ?? Infinity;
  }

  open(): void {
    this.openedAt = clockMs();
    this.#connect();
  }

  // Like a browser's EventSource: when the relay closes the stream early (slow viewer,
  // shutdown), reconnect and resume after the last line held.
  #connect(): void {
    const resumeAfter = this.last;
    this.#state = HEAD;
    this.#head = "";
    this.#size = "";
    this.#parts = [];
    const t = this.target;
    const socket = net.connect({
      host: t.host,
      port: t.port,
      localAddress: t.localAddress,
      onread: {
        buffer: READ_BUFFER,
        callback: (n: number, buf: Uint8Array) => {
          this.#onData(Buffer.from(buf.buffer, buf.byteOffset, n));
          return true; // keep reading
        },
      },
    });
    this.#socket = socket;
    socket.setNoDelay(true);
    socket.on("connect", () => {
      const resume = resumeAfter > 0 ? `Last-Event-ID: ${resumeAfter}\r\n` : "";
      socket.write(`GET ${t.path} HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n${resume}\r\n`);
    });
    socket.on("error", (err) => {
      if (!this.error) this.error = err.message;
    });
    socket.on("close", () => {
      const early = this.status === 200 && !this.ended && !this.#stopped;
      this.#state = DONE;
      if (early) {
        this.#totals.reconnects++;
        this.error = "";
        setTimeout(() => this.#connect(), 250);
      } else if (!this.ended && !this.#stopped && !this.error) this.error = "closed";
      this.#onChange(this);
    });
  }

  close(): void {
    this.#stopped = true;
    this.#socket?.destroy();
  }

  #onData(data: Buffer): void {
    this.#totals.bytes += data.length;
    let i = 0;
    while (i < data.length) {
      switch (this.#state) {
        case HEAD: {
          const text = this.#head + data.toString("latin1", i);
          const end = text.indexOf("\r\n\r\n");
          if (end < 0) {
            this.#head = text;
            return;
          }
          const consumed = end + 4 - this.#head.length;
          this.#head = "";
          this.status = Number(text.slice(9, 12));
          this.headersAt = clockMs();
          if (this.status !== 200) {
            this.error = `HTTP ${this.status}`;
            this.#state = DONE;
            this.#socket?.destroy();
            return;
          }
          this.#state = /transfer-encoding: chunked/i.test(text.slice(0, end)) ? SIZE : RAW;
          this.#onChange(this);
          i += consumed;
          break;
        }
        case SIZE: {
          const byte = data[i++];
          if (byte !== LF) {
            this.#size += String.fromCharCode(byte);
            break;
          }
          this.#remaining = parseInt(this.#size, 16);
          this.#size = "";
          if (this.#remaining === 0) {
            this.#state = DONE;
            this.#socket?.destroy();
            return;
          }
          this.#state = DATA;
          break;
        }
        case DATA: {
          const take = Math.min(this.#remaining, data.length - i);
          this.#onPayload(data.subarray(i, i + take));
          i += take;
          this.#remaining -= take;
          if (this.#remaining === 0) this.#state = DATA_END;
          break;
        }
        case DATA_END:
          if (data[i++] === LF) this.#state = SIZE;
          break;
        case RAW:
          this.#onPayload(data.subarray(i));
          return;
        case DONE:
          return;
      }
    }
  }

  // Events are found by their blank line; a big event arriving in many pieces is joined once,
  // when its end arrives, so the cost stays linear in the bytes received.
  #onPayload(chunk: Buffer): void {
    const now = clockMs();
    let s = 0;
    if (this.#parts.length > 0) {
      const prev = this.#parts[this.#parts.length - 1];
      if (prev[prev.length - 1] === LF && chunk[0] === LF) {
        const whole = Buffer.concat(this.#parts);
        this.#onEvent(whole, 0, whole.length - 1, now);
        s = 1;
      } else {
        const e = chunk.indexOf(EVENT_END);
        if (e < 0) {
          this.#parts.push(Buffer.from(chunk));
          return;
        }
        const whole = Buffer.concat([...this.#parts, chunk.subarray(0, e + 2)]);
        this.#onEvent(whole, 0, whole.length - 2, now);
        s = e + 2;
      }
      this.#parts = [];
    }
    for (;;) {
      const e = chunk.indexOf(EVENT_END, s);
      if (e < 0) break;
      this.#onEvent(chunk, s, e, now);
      s = e + 2;
    }
    if (s < chunk.length) this.#parts.push(Buffer.from(chunk.subarray(s)));
    if (this.last >= this.goal && this.reachedAt === 0) this.reachedAt = now;
  }

  /** The number of the event's last line when it has more than one (the event ends at `e`), else undefined. */
  #lastNumber(buf: Buffer, p: number, e: number): number | undefined {
    let q = buf.lastIndexOf(QUOTE_COMMA_QUOTE, e);
    if (q <= p) return undefined;
    q += 3;
    while (buf[q] !== 0x20) q++;
    let lastN = 0;
    for (let c = buf[++q]; c !== 0x20; c = buf[++q]) lastN = lastN * 10 + c - 48;
    return lastN;
  }

  #onEvent(buf: Buffer, s: number, e: number, now: number): void {
    const totals = this.#totals;
    const first = buf[s];
    if (first === 0x3a /* : */) {
      totals.heartbeats++;
      return;
    }
    if (first === 0x72 /* retry */) return;
    if (first === 0x65 /* event: */) {
      if (buf[s + 7] === 0x65 /* end */) {
        this.ended = true;
        this.#onChange(this);
      } else if (buf[s + 7] !== 0x70 /* partial: a line still arriving, shown by browsers, not counted here */) {
        totals.malformed++; // truncated never happens here: nothing is trimmed
      }
      return;
    }
    if (first !== 0x69 /* id: */) {
      totals.malformed++;
      return;
    }
    // id: <last>\ndata: {"n":<first>,"lines":["<ts> <first> ...
    let p = s + 4;
    let id = 0;
    if (this.target.idFromLines) p = buf.indexOf(LF, p);
    else for (let c = buf[p]; c !== LF; c = buf[++p]) id = id * 10 + c - 48;
    p += 1 + 6 + 5; // "\n", "data: ", '{"n":'
    let n = 0;
    for (let c = buf[p]; c !== 0x2c; c = buf[++p]) n = n * 10 + c - 48;
    p += 11; // ',"lines":["'
    let ts = 0;
    for (let c = buf[p]; c !== 0x20; c = buf[++p]) ts = ts * 10 + c - 48;
    let ln = 0;
    for (let c = buf[++p]; c !== 0x20; c = buf[++p]) ln = ln * 10 + c - 48;
    if (this.target.idFromLines) id = this.#lastNumber(buf, p, e) ?? n;
    if (ln !== n || id < n) {
      totals.malformed++;
      return;
    }
    if (id > n) {
      let q = buf.lastIndexOf(QUOTE_COMMA_QUOTE, e);
      if (q <= p) {
        totals.malformed++;
        return;
      }
      q += 3;
      while (buf[q] !== 0x20) q++;
      let lastN = 0;
      for (let c = buf[++q]; c !== 0x20; c = buf[++q]) lastN = lastN * 10 + c - 48;
      if (lastN !== id) {
        totals.malformed++;
        return;
      }
    }
    const count = id - n + 1;
    totals.events++;
    const last = this.last;
    if (n > last + 1) {
      totals.lost += n - last - 1;
      this.#holes.push(last + 1, n - 1);
    } else if (n <= last) {
      const upto = Math.min(id, last);
      const filled = this.#holes.length > 0 ? takeFromHoles(this.#holes, n, upto) : 0;
      totals.lost -= filled;
      totals.reordered += filled;
      totals.lines += filled;
      totals.dup += upto - n + 1 - filled;
    }
    if (id > last) {
      totals.lines += id - Math.max(n - 1, last);
      this.last = id;
    }
    // the oldest line of the event stands for all of them: an upper bound of their delay
    this.#hist.add(now - ts / 10, count);
  }
}

/** How many of the numbers from..to lie in `holes` (flat [from, to] pairs); those are taken out of them. */
export function takeFromHoles(holes: number[], from: number, to: number): number {
  let taken = 0;
  const kept: number[] = [];
  for (let i = 0; i < holes.length; i += 2) {
    const [a, b] = [holes[i], holes[i + 1]];
    const lo = Math.max(a, from);
    const hi = Math.min(b, to);
    if (lo > hi) {
      kept.push(a, b);
      continue;
    }
    taken += hi - lo + 1;
    if (a < lo) kept.push(a, lo - 1);
    if (hi < b) kept.push(hi + 1, b);
  }
  holes.length = 0;
  holes.push(...kept);
  return taken;
}

/** Writes one benchmark line: "<sent at in 0.1 ms> <number> <padding>" about `size` bytes long. */
const PAD = "0123456789abcdefghijklmnopqrstuvwxyz".repeat(8);
export function benchLine(n: number, sentAt: number, size = 80): string {
  const head = `${Math.round(sentAt * 10)} ${n} `;
  return head + PAD.slice(0, Math.max(1, size - head.length));
}
