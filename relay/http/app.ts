/** The relay's HTTP surface: the route table (the stream, steps, session, download), health and metrics. */
import type { Express, Request, Response } from "express";
import { errorHandler, checkRequestTarget, healthRoutes, requestLogger, sendError, serviceApp } from "../../common/http.ts";
import { buildRoutes } from "./build-routes.ts";
import type { RelayDeps } from "./deps.ts";
import { downloadRoute } from "./download-route.ts";
import { sessionRoute } from "./session-route.ts";
import { stepsRoute } from "./steps-route.ts";
import { streamRoute } from "./step-stream-route.ts";

const LOG_PATH = "/:org/:repo/builds/:build/steps/:step/logs";
const EVENTS_PATH = `${LOG_PATH}/events`;

export function relayApp(deps: RelayDeps): Express {
  const app = serviceApp();
  app.set("query parser", "simple");
  app.use(requestLogger(app, deps.log));
  app.use(checkRequestTarget);
  app.use(cors(deps.config.corsOrigins));
  healthRoutes(app, { ready: () => deps.broker.ready() && !deps.draining() }, deps.registry);
  // HEAD would open a stream whose headers never leave (a HEAD response has no body to flush them)
  app.head(EVENTS_PATH, (_req, res) => sendError(res, 405, "use GET for a stream", { Allow: "GET" }));
  app.get(EVENTS_PATH, streamRoute(deps));
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
