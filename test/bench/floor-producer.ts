/**
 * The floor under the producer's append (run by producer-floor.ts): Node's HTTP server reading a
 * POST body and answering a fixed JSON (`FLOOR=http`), and the same running the producer's append
 * script through ioredis first (`FLOOR=redis`): no masking, no metrics, no change feed. PORT, REDIS_URL.
 */
import http from "node:http";
import { Redis } from "ioredis";
import { stepStore } from "../../common/step-store.ts";

const store = process.env.FLOOR === "redis" ? stepStore(new Redis(process.env.REDIS_URL!)) : undefined;
const retention = { maxLinesPerStep: 1_000_000, idleTtlSeconds: 3600, endedTtlSeconds: 3600 };
const PATH = /^\/([^/]+)\/([^/]+)\/builds\/(\d+)\/steps\/(\d+)\/logs$/;

http
  .createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const lines = Buffer.concat(chunks).toString().split("\n");
      if (lines[lines.length - 1] === "") lines.pop();
      let last = lines.length;
      if (store) {
        const m = PATH.exec(req.url!)!;
        last = (await store.append({ org: m[1], repo: m[2], build: Number(m[3]), step: Number(m[4]) }, lines, retention)).last;
      }
      const body = JSON.stringify({ appended: lines.length, first: last - lines.length + 1, last });
      res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
      res.end(body);
    });
  })
  .listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.("ready"));
