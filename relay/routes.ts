/** The relay's HTTP surface: the SSE stream of the contract, health and metrics. */
import express, { type Express, type Request, type Response } from "express";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { isStepRef, parseStepRef, stepName } from "../common/step.ts";
import { errorHandler, healthRoutes, requestLogger, sendError } from "../common/http.ts";
import type { Authorizer } from "./auth.ts";
import type { Broker } from "./broker.ts";
import type { RelayConfig } from "./config.ts";
import type { Connections } from "./connections.ts";
import { buildRoutes } from "./build-routes.ts";
import { downloadRoute } from "./download-route.ts";
import { StepFeed, isEnded } from "./feed.ts";
import type { Hub } from "./hub.ts";
import type { RelayMetrics } from "./metrics.ts";
import { sessionRoute } from "./session-route.ts";
import { stepsRoute } from "./steps-route.ts";
import { Subscriber } from "./subscriber.ts";

export interface RelayDeps {
  readonly config: RelayConfig;
  readonly broker: Broker;
  readonly hub: Hub;
  readonly connections: Connections;
  readonly metrics: RelayMetrics;
  readonly registry: Registry;
  readonly log: Logger;
  readonly authorize?: Authorizer;
  draining(): boolean;
}

const RESUME = /^(0|[1-9][0-9]{0,15})$/;
const LOG_PATH = "/:org/:repo/builds/:build/steps/:step/logs";
const EVENTS_PATH = `${LOG_PATH}/events`;

export function relayApp(deps: RelayDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.use(requestLogger(app, deps.log));
  app.use(cors(deps.config.corsOrigins));
  healthRoutes(app, { ready: () => deps.broker.ready() && !deps.draining() }, deps.registry);
  // HEAD would open a stream whose headers never leave (a HEAD response has no body to flush them)
  app.head(EVENTS_PATH, (_req, res) => sendError(res, 405, "use GET for a stream", { Allow: "GET" }));
  app.get(EVENTS_PATH, (req, res) => streamStep(deps, req, res));
  app.get("/api/steps", stepsRoute(deps));
  app.get("/api/session", sessionRoute(deps));
  app.get(LOG_PATH, downloadRoute(deps));
  buildRoutes(app, deps);
  // a known path asked with another method (PUT, DELETE...; POSTs go to the producer): 405, not 404
  for (const path of [EVENTS_PATH, LOG_PATH]) {
    app.all(path, (_req, res) => sendError(res, 405, "this path takes GET (and POST through nginx, for the producer)", { Allow: "GET" }));
  }
  app.use((_req: Request, res: Response) => sendError(res, 404, "no such route: see the README for the API"));
  app.use(errorHandler);
  return app;
}

async function streamStep(deps: RelayDeps, req: Request, res: Response): Promise<void> {
  const { config, hub, connections, metrics } = deps;
  const step = parseStepRef(req.params as Record<string, string>);
  if (!isStepRef(step)) return sendError(res, 400, step.error);
  const resume = resumePoint(req);
  if (resume === undefined) return sendError(res, 400, "Last-Event-ID / lastEventId must be a non-negative integer line number");
  let expiresAt = Infinity;
  if (deps.authorize) {
    const auth = await deps.authorize(req, req.query, step);
    if (!auth.ok) return sendError(res, auth.status, auth.error, auth.headers);
    expiresAt = auth.expiresAt;
  }
  if (deps.draining()) {
    metrics.rejected.inc({ reason: "draining" });
    return sendError(res, 503, "this relay is shutting down; retry", { "Retry-After": "1" });
  }
  if (connections.size >= config.maxConnections) {
    metrics.rejected.inc({ reason: "max_connections" });
    return sendError(res, 503, "this relay has reached MAX_CONNECTIONS; retry", { "Retry-After": "2" });
  }

  // an idle stream holds no logger of its own (two pino children cost ~1.5 KB): made when first needed
  let streamLog: Logger | undefined;
  const log = () => (streamLog ??= req.log.child({ step: stepName(step) }));
  const subscriber = new Subscriber(res, config);
  const feed = new StepFeed(step, resume, subscriber, deps.broker, { lines: config.backlogPageLines, bytes: config.backlogPageBytes }, metrics, log);
  // join before reading, so a line appended in between arrives live (see feed.ts)
  const joinAndRead = async () => {
    try {
      const channel = await hub.join(step, feed);
      return { channel, page: await feed.firstPage() };
    } catch (err) {
      log().warn({ err: (err as Error).message }, "redis unavailable for a stream, retrying");
      return undefined;
    }
  };
  const first = await joinAndRead();
  if (res.destroyed || (first && isEnded(first.page) && resume >= first.page.last)) {
    hub.leave(step, feed);
    if (!res.destroyed) res.status(204).end(); // stops a browser EventSource from reconnecting
    return;
  }

  connections.add(subscriber);
  subscriber.onClose((reason) => {
    hub.leave(step, feed);
    if (deps.log.isLevelEnabled("debug")) log().debug({ reason, sent: feed.sent }, "stream closed");
  });
  res.on("close", () => subscriber.close("left"));
  req.socket.setNoDelay(true);
  subscriber.open(expiresAt);
  if (deps.log.isLevelEnabled("debug")) log().debug({ resume }, "stream opened");
  if (first) return feed.start(first.channel, first.page);
  // Redis is away: the stream opens anyway (a browser EventSource gives up on a 503) and
  // starts once Redis answers; an ended step then gets its end event.
  for (let delay = 200; !subscriber.closed; delay = Math.min(delay * 2, 2000)) {
    await new Promise((r) => setTimeout(r, delay));
    const ready = subscriber.closed ? undefined : await joinAndRead();
    if (ready && subscriber.closed) hub.leave(step, feed); // left while we were joining
    else if (ready) return feed.start(ready.channel, ready.page);
  }
}

function resumePoint(req: Request): number | undefined {
  const header = req.headers["last-event-id"];
  const query = req.query.lastEventId;
  const value = typeof header === "string" && header !== "" ? header : typeof query === "string" ? query : "0";
  return RESUME.test(value.trim()) ? Number(value.trim()) : undefined;
}

// CORS_ORIGINS: listed origins get their origin echoed with credentials (the auth cookie);
// "*" allows any origin but without credentials, so a random site can never ride a viewer's cookie.
function cors(origins: readonly string[]) {
  return (req: Request, res: Response, next: () => void) => {
    const origin = req.headers.origin;
    if (origins.length > 0) res.setHeader("Vary", "Origin");
    if (origin && (origins.includes(origin) || origins.includes("*"))) {
      if (origins.includes(origin)) {
        res.setHeader("Access-Control-Allow-Origin", origin);
        res.setHeader("Access-Control-Allow-Credentials", "true");
      } else res.setHeader("Access-Control-Allow-Origin", "*");
      if (req.method === "OPTIONS") {
        res.setHeader("Access-Control-Allow-Methods", "GET");
        res.setHeader("Access-Control-Allow-Headers", "Authorization, Last-Event-ID");
        res.setHeader("Access-Control-Max-Age", "600");
        return void res.status(204).end();
      }
    }
    next();
  };
}
