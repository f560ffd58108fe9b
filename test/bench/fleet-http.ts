/**
 * A small HTTP/1.1 client for the fleet's load generator: one keep-alive socket, one request at
 * a time, the request written as one string and the answer parsed by hand (status,
 * Content-Length or chunked body, Retry-After, Connection: close). node:http's client costs
 * several times more CPU per request, and the generator must offer thousands of appends a
 * second on the same two cores as the servers it measures.
 */
import net from "node:net";

export interface HttpAnswer {
  /** 0: no answer (the connection failed, closed or timed out; `error` says which) */
  status: number;
  /** Retry-After in seconds, 0 when absent */
  retryAfterS: number;
  body: string;
  error: string;
}

/** Parses one answer out of the bytes of a connection (latin1 text: the answers are ASCII). */
class AnswerParser {
  #text = "";
  #head?: { status: number; retryAfterS: number; close: boolean; length: number; chunked: boolean; start: number };

  reset(): void {
    this.#text = "";
    this.#head = undefined;
  }

  /** The answer once complete, and whether the server will close the connection after it. */
  feed(data: string): { answer: HttpAnswer; close: boolean } | undefined {
    this.#text += data;
    if (!this.#head) {
      const end = this.#text.indexOf("\r\n\r\n");
      if (end < 0) return undefined;
      const head = this.#text.slice(0, end).toLowerCase();
      const header = (name: string) => {
        const at = head.indexOf(`\r\n${name}:`);
        if (at < 0) return "";
        const from = at + name.length + 3;
        const to = head.indexOf("\r\n", from);
        return head.slice(from, to < 0 ? undefined : to).trim();
      };
      this.#head = {
        status: Number(this.#text.slice(9, 12)),
        retryAfterS: Number(header("retry-after")) || 0,
        close: header("connection") === "close" || this.#text.startsWith("HTTP/1.0"),
        length: Number(header("content-length") || -1),
        chunked: header("transfer-encoding") === "chunked",
        start: end + 4,
      };
    }
    const h = this.#head;
    let body: string | undefined;
    if (h.chunked) body = dechunk(this.#text, h.start);
    else if (h.length >= 0) body = this.#text.length - h.start >= h.length ? this.#text.slice(h.start, h.start + h.length) : undefined;
    else body = h.status === 204 || h.status === 304 ? "" : undefined; // no length: the body ends with the connection
    if (body === undefined) return undefined;
    return { answer: { status: h.status, retryAfterS: h.retryAfterS, body, error: "" }, close: h.close };
  }

  /** What arrived before the connection closed (a body delimited by the close). */
  atClose(): HttpAnswer | undefined {
    if (!this.#head) return undefined;
    return { status: this.#head.status, retryAfterS: this.#head.retryAfterS, body: this.#text.slice(this.#head.start), error: "" };
  }
}

/** The body of a complete chunked message starting at `start`, or undefined while incomplete. */
function dechunk(text: string, start: number): string | undefined {
  let body = "";
  let at = start;
  for (;;) {
    const eol = text.indexOf("\r\n", at);
    if (eol < 0) return undefined;
    const size = parseInt(text.slice(at, eol), 16);
    if (size === 0) return text.indexOf("\r\n", eol + 2) >= 0 ? body : undefined;
    if (text.length < eol + 2 + size + 2) return undefined;
    body += text.slice(eol + 2, eol + 2 + size);
    at = eol + 2 + size + 2;
  }
}

export interface Endpoint {
  readonly host: string;
  readonly port: number;
  /** source address (a loopback address of 127.0.0.0/8): spreads connections over more port ranges */
  readonly localAddress?: string;
}

// Every connection of a process reads into this one buffer (net's `onread`): no Buffer, stream
// 'data' event or string decoder per read. Its bytes are valid only during the callback.
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

// One sweep a second fails the requests past their deadline (a timer per request cost more than the request's own work).
const waiting = new Set<HttpConnection>();
let sweeper: NodeJS.Timeout | undefined;
function watch(conn: HttpConnection): void {
  waiting.add(conn);
  sweeper ??= setInterval(() => {
    const now = performance.now();
    for (const c of waiting) c.expire(now);
  }, 1000).unref();
}

/**
 * One keep-alive connection, one request at a time; connects (again) when a request needs it.
 * Every request is bounded by its timeout (to the next second).
 */
export class HttpConnection {
  readonly endpoint: Endpoint;
  #socket?: net.Socket;
  #parser = new AnswerParser();
  #pending?: { resolve: (a: HttpAnswer) => void; deadline: number };

  constructor(endpoint: Endpoint) {
    this.endpoint = endpoint;
  }

  /** Sends `head` (request line and headers, ending with a blank line) and `body`; resolves with the answer, never rejects. */
  request(head: string, body: string, timeoutMs: number): Promise<HttpAnswer> {
    if (this.#pending) throw new Error("one request at a time");
    return new Promise((resolve) => {
      this.#pending = { resolve, deadline: performance.now() + timeoutMs };
      watch(this);
      this.#parser.reset();
      this.#connected().write(head + body, "latin1");
    });
  }

  /** Opens the connection ahead of the first request (so a run's start does not measure thousands of handshakes); false if it failed. */
  connect(timeoutMs: number): Promise<boolean> {
    const socket = this.#connected();
    if (!socket.connecting) return Promise.resolve(!socket.destroyed);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      socket.once("connect", () => (clearTimeout(timer), resolve(true)));
      socket.once("error", () => (clearTimeout(timer), resolve(false)));
    });
  }

  /** Fails the request in flight if its deadline (performance.now() time) has passed. */
  expire(now: number): void {
    if (this.#pending && this.#pending.deadline <= now) this.#fail("timeout");
  }

  /**
   * Starts a request whose body follows in chunks (`Transfer-Encoding: chunked` must be in
   * `head`): write each chunk with `writeChunk`, `endChunks` to end it. The answer may come
   * before the end (a refusal). Bounded by `timeoutMs` from now.
   */
  startUpload(head: string, timeoutMs: number): Promise<HttpAnswer> {
    return this.request(head, "", timeoutMs);
  }

  /** False when no upload is open (its answer came already). */
  writeChunk(text: string): boolean {
    if (!this.#pending || !this.#socket) return false;
    this.#socket.write(`${text.length.toString(16)}\r\n${text}\r\n`, "latin1"); // ASCII lines: one byte per character
    return true;
  }

  endChunks(): void {
    if (this.#pending) this.#socket?.write("0\r\n\r\n");
  }

  get busy(): boolean {
    return this.#pending !== undefined;
  }

  close(): void {
    this.#fail("closed");
    this.#socket?.destroy();
    this.#socket = undefined;
  }

  #connected(): net.Socket {
    if (this.#socket && !this.#socket.destroyed) return this.#socket;
    // a socket given up (closed by the server after an answer, or timed out) may still report: only the current one counts
    const socket: net.Socket = net.connect({
      host: this.endpoint.host,
      port: this.endpoint.port,
      localAddress: this.endpoint.localAddress,
      onread: {
        buffer: READ_BUFFER,
        callback: (n: number, buf: Uint8Array) => {
          if (socket !== this.#socket) return true;
          const done = this.#parser.feed(Buffer.from(buf.buffer, buf.byteOffset, n).toString("latin1"));
          if (!done) return true;
          if (done.close) this.#drop(socket);
          this.#finish(done.answer);
          return true;
        },
      },
    });
    socket.setNoDelay(true);
    socket.on("error", (err) => {
      if (socket !== this.#socket) return;
      this.#drop(socket);
      this.#fail(err.message);
    });
    socket.on("close", () => {
      if (socket !== this.#socket) return;
      this.#drop(socket);
      const partial = this.#parser.atClose();
      if (partial && this.#pending) this.#finish(partial);
      else this.#fail("connection closed");
    });
    this.#socket = socket;
    return socket;
  }

  #drop(socket: net.Socket): void {
    if (this.#socket === socket) this.#socket = undefined;
    socket.destroy();
  }

  #finish(answer: HttpAnswer): void {
    const p = this.#pending;
    if (!p) return;
    this.#pending = undefined;
    waiting.delete(this);
    p.resolve(answer);
  }

  #fail(error: string): void {
    if (!this.#pending) return;
    if (error === "timeout" && this.#socket) this.#drop(this.#socket); // the late answer must not be taken for the next request's
    this.#finish({ status: 0, retryAfterS: 0, body: "", error });
  }
}
