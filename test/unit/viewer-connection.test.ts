/**
 * A viewer's response (relay/stream/viewer-connection.ts) against a real HTTP server and client: a live event
 * pre-framed as an HTTP chunk goes to the socket in one write once nothing waits in the response,
 * and never overtakes what the response still holds (its headers, `retry:`, a heartbeat).
 */
import http from "node:http";
import net from "node:net";
import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { ViewerConnection } from "../../relay/stream/viewer-connection.ts";
import { httpChunk } from "../../relay/stream/sse.ts";

const options = { maxBufferBytes: 1 << 20, heartbeatMs: 60_000, retryMs: 1000 };
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

/** A server whose one request is handed to `serve`, and a raw client reading the response bytes. */
async function exchange(serve: (sub: ViewerConnection, socket: net.Socket) => Promise<void>): Promise<string> {
  let done!: () => void;
  const served = new Promise<void>((resolve) => (done = resolve));
  const server = http.createServer((req, res) => {
    const sub = new ViewerConnection(res, options);
    void serve(sub, req.socket).then(() => {
      sub.close("ended");
      done();
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  closers.push(() => server.close());
  const client = net.connect((server.address() as net.AddressInfo).port, "127.0.0.1");
  closers.push(() => client.destroy());
  client.write("GET /x HTTP/1.1\r\nHost: t\r\n\r\n");
  let text = "";
  client.on("data", (d) => (text += d));
  await served;
  while (!text.endsWith("0\r\n\r\n")) await once(client, "data");
  return dechunk(text.slice(text.indexOf("\r\n\r\n") + 4));
}

/** The body of a chunked HTTP/1.1 response, checking every chunk's length. */
function dechunk(raw: string): string {
  let out = "";
  for (let at = 0; ;) {
    const eol = raw.indexOf("\r\n", at);
    const size = parseInt(raw.slice(at, eol), 16);
    if (size === 0) return out;
    out += raw.slice(eol + 2, eol + 2 + size);
    expect(raw.slice(eol + 2 + size, eol + 4 + size)).toBe("\r\n");
    at = eol + 4 + size;
  }
}

const text = (n: number) => `id: ${n}\ndata: {"n":${n},"lines":["line ${n}"]}\n\n`;
const event = (n: number) => httpChunk(text(n));
const nextTick = () => new Promise((r) => setImmediate(r));

describe("a viewer's response", () => {
  it("writes a shared live event to the socket in one write once the response holds nothing", async () => {
    const writes: unknown[] = [];
    const e = event(1);
    const body = await exchange(async (sub, socket) => {
      sub.open();
      await nextTick();
      const write = socket.write.bind(socket);
      socket.write = ((chunk: unknown, ...rest: never[]) => (writes.push(chunk), write(chunk as Buffer, ...rest))) as typeof socket.write;
      sub.sendShared(e.body, e.framed);
    });
    expect(writes[0]).toBe(e.framed);
    expect(body).toBe(`retry: 1000\n\n${text(1)}`);
  });

  it("keeps the order when an event follows what the response still holds", async () => {
    const body = await exchange(async (sub) => {
      sub.open(); // the headers and retry: wait in the response until the next tick
      const e = event(1);
      sub.sendShared(e.body, e.framed);
      sub.send(": \n\n");
      const f = event(2);
      sub.sendShared(f.body, f.framed);
      await nextTick();
    });
    expect(body).toBe(`retry: 1000\n\n${text(1)}: \n\n${text(2)}`);
  });
});
