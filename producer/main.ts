/** Producer process: wiring only. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { once } from "node:events";
import { Registry } from "prom-client";
import { rootLogger } from "../common/logger.ts";
import { failStart, onShutdown } from "../common/shutdown.ts";
import { jsonClientErrors, LISTEN_BACKLOG } from "../common/http.ts";
import { connectRedis, describeTarget, waitForRedis } from "../common/redis.ts";
import { Admission } from "./admission.ts";
import { appendRoute } from "./append-route.ts";
import { Appender } from "./appender.ts";
import { BuildEvents } from "./build-events.ts";
import { loadProducerConfig, type ProducerConfig } from "./config.ts";
import { startDemo } from "./demo.ts";
import { producerMetrics } from "./metrics.ts";
import { producerApp } from "./routes.ts";
import { BuildSecrets, secretsTtlSeconds } from "./secret-store.ts";

let config: ProducerConfig;
try {
  config = loadProducerConfig(process.env);
} catch (err) {
  failStart(rootLogger("producer", "info"), err);
}
const log = rootLogger("producer", config.logLevel);

try {
  const registry = new Registry();
  const metrics = producerMetrics(registry);
  const redis = connectRedis(config.redis, log.child({ component: "redis" }), "producer");
  await waitForRedis(redis, 10000);
  const builds = new BuildEvents(redis, config.retention, log.child({ component: "builds" }));
  const appender = new Appender(redis, config.retention, metrics, config.durability, builds);
  let draining = false;
  const secrets = new BuildSecrets(redis, secretsTtlSeconds(config.retention), config.secretsCacheMs);
  const admission = new Admission(config.maxAppendsInFlight);
  metrics.observeAdmission(admission);
  const appends = appendRoute({ config, appender, secrets, admission, metrics, log });
  const app = producerApp({ config, appender, secrets, appendRoute: appends, metrics, registry, log, ready: () => redis.status === "ready" && !draining });

  // the append route first, on plain node:http (append-route.ts); everything else is express's
  const server = http.createServer((req, res) => {
    if (!appends.handle(req, res)) app(req, res);
  });
  jsonClientErrors(server);
  server.keepAliveTimeout = 75_000;
  server.requestTimeout = 0; // uploads stream for as long as the build runs
  // a burst of new connections from nginx (thousands of workers appending at once) must not
  // overflow the accept queue: a dropped SYN is retried by the kernel after a second
  server.listen({ port: config.port, host: config.host, backlog: LISTEN_BACKLOG });
  await once(server, "listening");
  log.info(
    {
      port: config.port,
      auth: config.token ? "token" : "open",
      demo: config.demo,
      redis: describeTarget(config.redis),
      waitReplicas: config.durability.replicas,
    },
    "producer listening",
  );
  const producerUrl = `http://${loopbackFor(config.host)}:${(server.address() as AddressInfo).port}`;
  const demo = config.demo
    ? startDemo(redis, { producerUrl, token: config.token, linesPerSecond: config.demoLinesPerSecond, log: log.child({ component: "demo" }) })
    : undefined;

  onShutdown(log, config.shutdownGraceMs, async () => {
    draining = true;
    await demo?.close();
    server.close();
    await once(server, "close"); // in-flight uploads finish first
    await builds.close();
    redis.disconnect();
    log.info("producer stopped");
  });
} catch (err) {
  failStart(log, err);
}

/** An address of this host that reaches a server listening on `host`. */
function loopbackFor(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}
