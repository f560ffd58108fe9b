import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { HttpConnection } from "../bench/fleet-http.ts";
import { AppendWriter, newCounters } from "../bench/fleet-writer.ts";
import { takeFromHoles } from "../bench/sse-client.ts";
import { clockMs } from "../bench/stats.ts";

// The fleet's load generator talks raw HTTP/1.1 to a real server here: what it reads of an
// answer and how its simulated worker retries decide what the bench reports as appended.

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

async function serve(handler: http.RequestListener): Promise<number> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return (server.address() as AddressInfo).port;
}

const post = (path: string, body: string) => `POST ${path} HTTP/1.1\r\nHost: t\r\nContent-Length: ${body.length}\r\n\r\n`;

describe("the fleet generator's HTTP connection", () => {
  it("reads answers with a length, chunked, and closed by the server, on one connection while it stays open", async () => {
    const sockets = new Set<unknown>();
    const port = await serve((req, res) => {
      sockets.add(req.socket);
      req.resume();
      req.on("end", () => {
        if (req.url === "/length") res.writeHead(200, { "Content-Length": "7" }).end('{"a":1}');
        else if (req.url === "/chunked") {
          res.writeHead(201);
          res.write("part one,");
          setTimeout(() => res.end(" part two"), 20);
        } else res.writeHead(503, { "Retry-After": "3", Connection: "close", "Content-Length": "4" }).end("busy");
      });
    });
    const conn = new HttpConnection({ host: "127.0.0.1", port });
    expect(await conn.request(post("/length", "x"), "x", 5000)).toMatchObject({ status: 200, body: '{"a":1}', error: "" });
    expect(await conn.request(post("/chunked", "yy"), "yy", 5000)).toMatchObject({ status: 201, body: "part one, part two" });
    expect(sockets.size).toBe(1);
    expect(await conn.request(post("/busy", ""), "", 5000)).toMatchObject({ status: 503, retryAfterS: 3, body: "busy" });
    // the server closed that connection: the next request opens another
    expect(await conn.request(post("/length", ""), "", 5000)).toMatchObject({ status: 200 });
    expect(sockets.size).toBe(2);
    conn.close();
  });

  it("gives up on an answer that does not come, within its timeout (to the next second)", async () => {
    const port = await serve(() => undefined);
    const conn = new HttpConnection({ host: "127.0.0.1", port });
    const started = clockMs();
    const answer = await conn.request(post("/never", ""), "", 200);
    expect(answer).toMatchObject({ status: 0, error: "timeout" });
    expect(clockMs() - started).toBeLessThan(5000);
    conn.close();
  });
});

describe("the fleet's simulated worker (AppendWriter)", () => {
  it("sends lines written while an append is unanswered in the next one, and retries a 503 with the same first line", async () => {
    const seen: { first: string | undefined; lines: string[] }[] = [];
    let refuse = 1;
    let stored = 0;
    const port = await serve((req, res) => {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (d: string) => (body += d));
      req.on("end", () => {
        const lines = body.split("\n").slice(0, -1);
        seen.push({ first: req.headers["logrelay-first-line"] as string, lines });
        if (refuse-- > 0) return void res.writeHead(503, { "Retry-After": "1" }).end(`{"appended":0,"first":${stored + 1},"last":${stored}}`);
        // slow enough that the next writes pile up behind this answer
        setTimeout(() => {
          stored = Number(req.headers["logrelay-first-line"]) + lines.length - 1;
          res.end(`{"appended":${lines.length},"first":${stored - lines.length + 1},"last":${stored}}`);
        }, 100);
      });
    });
    const counters = newCounters();
    const writer = new AppendWriter(new HttpConnection({ host: "127.0.0.1", port }), "/a/b/builds/1/steps/1", counters);
    writer.write(["l1", "l2"]);
    await new Promise((r) => setTimeout(r, 50));
    writer.write(["l3"]);
    writer.write(["l4"]);
    await writer.finish(clockMs() + 10_000);
    expect(writer.acked).toBe(4);
    expect(seen).toEqual([
      { first: "1", lines: ["l1", "l2"] }, // refused with 503
      { first: "1", lines: ["l1", "l2"] }, // the same again after Retry-After
      { first: "3", lines: ["l3", "l4"] }, // written meanwhile: one append
    ]);
    expect(counters).toMatchObject({ sent: 3, answered: 2, linesAnswered: 4, retried: 1, status503: 1, failed: 0 });
    writer.close();
  });
});

describe("the viewer's count of lines out of order", () => {
  it("takes a late line out of the holes a jump left, and leaves the rest", () => {
    const holes = [5, 9];
    expect(takeFromHoles(holes, 7, 7)).toBe(1);
    expect(holes).toEqual([5, 6, 8, 9]);
    expect(takeFromHoles(holes, 1, 5)).toBe(1); // 1-4 were never missing: repeats, not reordered
    expect(holes).toEqual([6, 6, 8, 9]);
    expect(takeFromHoles(holes, 6, 20)).toBe(3);
    expect(holes).toEqual([]);
  });
});
