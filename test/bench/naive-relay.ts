/**
 * The design logrelay avoids, for the benchmark's comparison: one Redis subscriber
 * connection per viewer, and per viewer per message a JSON.parse, one event and one
 * write per line. Otherwise it keeps the contract's framing and resume rules (subscribe,
 * then replay stored lines, then live lines above the last one sent), and it is spared
 * express and logging, so the comparison flatters it rather than us.
 *
 *   PORT=3000 HOST=127.0.0.1 REDIS_URL=redis://127.0.0.1:6379 node test/bench/naive-relay.ts
 */
import http from "node:http";
import { Redis } from "ioredis";
import { Registry, collectDefaultMetrics } from "prom-client";
import { parseStepRef, isStepRef } from "../../common/domain.ts";
import { parseLiveMessage, stepKeys } from "../../common/contract.ts";
import { stepStore } from "../../common/step-store.ts";
import { HEARTBEAT_FRAME, encodeEndEvent, encodeLinesEvent, encodeRetry } from "../../relay/sse.ts";

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const heartbeatMs = Number(process.env.HEARTBEAT_MS ?? 15000);
const registry = new Registry();
collectDefaultMetrics({ register: registry });
const cmd = new Redis(redisUrl);
cmd.on("error", () => undefined);
const store = stepStore(cmd);
const ROUTE = /^\/([^/]+)\/([^/]+)\/builds\/([^/]+)\/steps\/([^/]+)\/logs\/events$/;

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname === "/readyz" || url.pathname === "/healthz") return void res.end("ok");
  if (url.pathname === "/metrics") return void registry.metrics().then((text) => res.end(text));
  const m = ROUTE.exec(url.pathname);
  const step = m && parseStepRef({ org: m[1], repo: m[2], build: m[3], step: m[4] });
  if (!step || !isStepRef(step)) return void res.writeHead(404).end();
  let sent = Number(req.headers["last-event-id"] ?? url.searchParams.get("lastEventId") ?? 0);
  let replaying = true;
  const sub = new Redis(redisUrl);
  sub.on("error", () => undefined); // the stream closes; the viewer reconnects
  res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache", "X-Accel-Buffering": "no" });
  res.write(encodeRetry(1000));
  const heartbeat = setInterval(() => res.write(HEARTBEAT_FRAME), heartbeatMs);
  const close = () => {
    clearInterval(heartbeat);
    sub.disconnect();
    res.end();
  };
  res.on("close", close);
  const held: string[] = [];
  const onMessage = (message: string) => {
    const live = parseLiveMessage(message);
    if (!live) return;
    if (live.kind === "end") {
      res.write(encodeEndEvent(live.last, live.status));
      return close();
    }
    const lines = JSON.parse(live.linesJson) as string[];
    for (let i = 0; i < lines.length; i++) {
      const n = live.first + i;
      if (n <= sent) continue;
      res.write(encodeLinesEvent(n, n, JSON.stringify([lines[i]])));
      sent = n;
    }
  };
  sub.on("smessage", (_channel: string, message: string) => (replaying ? held.push(message) : onMessage(message)));
  void (async () => {
    await sub.ssubscribe(stepKeys(step).channel);
    for (;;) {
      const page = await store.read(step, sent + 1, 5000, 1 << 20);
      if (page.lines.length === 0) break;
      for (let i = 0; i < page.lines.length; i++) res.write(encodeLinesEvent(page.from + i, page.from + i, JSON.stringify([page.lines[i]])));
      sent = page.from + page.lines.length - 1;
    }
    replaying = false;
    for (const message of held.splice(0)) onMessage(message);
  })().catch(close);
});
server.requestTimeout = 0;
server.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? "127.0.0.1");
process.on("SIGTERM", () => process.exit(0));
