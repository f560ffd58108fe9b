/**
 * HTTP/1.1 over a bare socket, for requests no well-behaved client would send: malformed
 * request lines, odd bytes in headers, oversized paths, bodies that lie about their length.
 */
import net from "node:net";

export interface RawResponse {
  /** 0 when no status line arrived */
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
  /** every byte received, as latin1: for several pipelined responses */
  readonly raw: string;
  /** the server closed the connection (rather than the timeout) */
  readonly closed: boolean;
  readonly timedOut: boolean;
  readonly ms: number;
}

/**
 * Sends `request` (usually with `Connection: close`) and reads until the server closes, the
 * timeout passes, or the headers of an event stream have arrived (the stream is then cut).
 */
export function rawRequest(port: number, request: string | Buffer, timeoutMs = 5000): Promise<RawResponse> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, "127.0.0.1");
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (closed: boolean, timedOut: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const all = Buffer.concat(chunks);
      resolve({ ...parse(all), raw: all.toString("latin1"), closed, timedOut, ms: Date.now() - started });
    };
    const timer = setTimeout(() => finish(false, true), timeoutMs);
    socket.on("connect", () => socket.write(request, () => undefined));
    socket.on("data", (d) => {
      chunks.push(d);
      const head = withoutInterim(Buffer.concat(chunks)).toString("latin1");
      if (/\r\n\r\n/.test(head) && /^content-type: *text\/event-stream/im.test(head.slice(0, head.indexOf("\r\n\r\n")))) finish(false, false);
    });
    socket.on("error", () => finish(true, false));
    socket.on("close", () => finish(true, false));
  });
}

/** Drops interim responses (100 Continue) before the final one. */
function withoutInterim(raw: Buffer): Buffer {
  while (/^HTTP\/1\.[01] 1\d\d /.test(raw.toString("latin1", 0, 13))) {
    const end = raw.indexOf("\r\n\r\n");
    if (end < 0) break;
    raw = raw.subarray(end + 4);
  }
  return raw;
}

function parse(all: Buffer): { status: number; headers: Record<string, string>; body: string } {
  const raw = withoutInterim(all);
  const latin = raw.toString("latin1"); // one char per byte: offsets are byte offsets
  const end = latin.indexOf("\r\n\r\n");
  const head = end >= 0 ? latin.slice(0, end) : latin;
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n").slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = end >= 0 ? raw.subarray(end + 4) : Buffer.alloc(0);
  if (headers["transfer-encoding"] === "chunked") body = dechunk(body);
  return { status, headers, body: body.toString("utf8") };
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf("\r\n", at);
    if (eol < 0) break;
    const size = parseInt(body.toString("latin1", at, eol), 16);
    if (!(size > 0)) break;
    out.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

/** A minimal request, UTF-8 encoded; `headers` are written as given, so they may be anything. */
export function buildRequest(method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Buffer {
  const all: Record<string, string> = { Host: "127.0.0.1", Connection: "close", ...headers };
  if (body !== undefined && !Object.keys(all).some((k) => /^(content-length|transfer-encoding)$/i.test(k)))
    all["Content-Length"] = String(Buffer.byteLength(body));
  const head = `${method} ${path} HTTP/1.1\r\n${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("")}\r\n`;
  return Buffer.concat([Buffer.from(head, "utf8"), body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(body)]);
}
