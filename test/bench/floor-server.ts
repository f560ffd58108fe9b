/**
 * The floor under idle memory, for the benchmark: Node's HTTP server alone holding SSE
 * responses open (headers, `retry:`, a heartbeat from one shared timer), with no Redis, no
 * express, no logging, no relay. What a stream costs here, any Node relay pays; the idle
 * scenario measures it the same way as ours so the README can say how much is ours.
 *
 *   PORT=3000 HOST=127.0.0.1 node test/bench/floor-server.ts
 */
import http, { type ServerResponse } from "node:http";
import { Registry, collectDefaultMetrics } from "prom-client";
import { HEARTBEAT_FRAME, encodeRetry } from "../../relay/stream/sse.ts";

const heartbeatMs = Number(process.env.HEARTBEAT_MS ?? 15000);
const registry = new Registry();
collectDefaultMetrics({ register: registry });
const open = new Set<ServerResponse>();
setInterval(() => {
  for (const res of open) res.write(HEARTBEAT_FRAME);
}, heartbeatMs);

const server = http.createServer((req, res) => {
  if (req.url === "/readyz" || req.url === "/healthz") return void res.end("ok");
  if (req.url === "/metrics") return void registry.metrics().then((text) => res.end(text));
  res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache", "X-Accel-Buffering": "no" });
  res.write(encodeRetry(1000));
  open.add(res);
  res.on("close", () => open.delete(res));
});
server.keepAliveTimeout = 75_000;
server.requestTimeout = 0;
server.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? "127.0.0.1");
