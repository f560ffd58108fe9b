/** Relay process: wiring only. */
import http from "node:http";
import { once } from "node:events";
import { Registry } from "prom-client";
import { rootLogger } from "../common/logger.ts";
import { failStart, onShutdown } from "../common/shutdown.ts";
import { jsonClientErrors, LISTEN_BACKLOG } from "../common/http.ts";
import { makeAuthorizer } from "./http/auth.ts";
import { loadRelayConfig, type RelayConfig } from "./config.ts";
import { Connections } from "./http/connections.ts";
import { Hub } from "./stream/hub.ts";
import { relayMetrics } from "./metrics.ts";
import { startRedisBroker } from "./redis/redis-broker.ts";
import { relayApp } from "./http/app.ts";

let config: RelayConfig;
try {
  config = loadRelayConfig(process.env);
} catch (err) {
  failStart(rootLogger("relay", "info"), err);
}
const log = rootLogger("relay", config.logLevel, config.instanceId);

try {
  const registry = new Registry();
  const metrics = relayMetrics(registry);
  const broker = await startRedisBroker(config.redis, log.child({ component: "broker" }));
  const hub = new Hub(broker, metrics, log.child({ component: "hub" }));
  const connections = new Connections(metrics);
  let draining = false;
  const authorize = makeAuthorizer({
    secret: config.authJwtSecret,
    jwksUrl: config.authJwksUrl,
    cookie: config.authCookie,
    issuer: config.authIssuer,
    audience: config.authAudience,
  });
  const app = relayApp({ config, broker, hub, connections, metrics, registry, log, authorize, draining: () => draining });

  const server = http.createServer(app);
  jsonClientErrors(server);
  server.keepAliveTimeout = 75_000; // longer than nginx's upstream keepalive, so nginx closes first
  server.requestTimeout = 0; // streams are long-lived by design
  // thousands of viewers reconnecting at once (a sibling relay restarted) must not overflow the accept queue
  server.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG });
  await once(server, "listening");
  log.info({ port: config.port, auth: authorize ? "jwt" : "open" }, "relay listening");
  if (config.authJwtSecret && Buffer.byteLength(config.authJwtSecret) < 32) {
    log.warn("AUTH_JWT_SECRET is shorter than 32 bytes: one token is enough to guess it offline; use 32 or more random bytes");
  }

  onShutdown(log, config.shutdownGraceMs, async () => {
    // readyz turns 503 and new streams get 503, which nginx retries on a sibling; the listener
    // stays open meanwhile so nginx's pooled connections get that answer instead of a reset.
    draining = true;
    await connections.drain(config.shutdownGraceMs / 2);
    server.close();
    server.closeAllConnections();
    await broker.close();
    log.info("relay stopped");
  });
} catch (err) {
  failStart(log, err);
}
