/**
 * `GET /:org/:repo/builds/:build/steps/:step/logs/events`: one viewer's stream of a step.
 * Checks the request (path, resume point, token, admission), then hands the opening to the
 * step feed (join, first page, 204, waiting out Redis) and the response to a Subscriber.
 */
import type { Request, Response } from "express";
import type { Logger } from "pino";
import { isStepRef, parseStepRef, stepName } from "../common/domain.ts";
import { sendError } from "../common/http.ts";
import type { Authorizer } from "./auth.ts";
import type { Broker } from "./broker.ts";
import type { RelayConfig } from "./config.ts";
import { admitStream, type Connections } from "./connections.ts";
import { StepFeed } from "./feed.ts";
import type { Hub } from "./hub.ts";
import type { RelayMetrics } from "./metrics.ts";
import { Subscriber } from "./subscriber.ts";

export interface StreamDeps {
  readonly config: RelayConfig;
  readonly broker: Broker;
  readonly hub: Hub;
  readonly connections: Connections;
  readonly metrics: RelayMetrics;
  readonly log: Logger;
  readonly authorize?: Authorizer;
  draining(): boolean;
}

const RESUME = /^(0|[1-9][0-9]{0,15})$/;

export function streamRoute(deps: StreamDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const { config, connections, metrics } = deps;
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
    if (!admitStream(deps, res)) return;

    // an idle stream holds no logger of its own (two pino children cost ~1.5 KB): made when first needed
    let streamLog: Logger | undefined;
    const log = () => (streamLog ??= req.log.child({ step: stepName(step) }));
    const subscriber = new Subscriber(res, config);
    const feed = new StepFeed({
      step,
      resumeAfter: resume,
      out: subscriber,
      broker: deps.broker,
      hub: deps.hub,
      limits: { lines: config.backlogPageLines, bytes: config.backlogPageBytes },
      metrics,
      log,
    });
    const outcome = await feed.open({
      left: () => res.destroyed,
      opening: () => {
        connections.add(subscriber);
        subscriber.onClose((reason) => {
          feed.leave();
          if (deps.log.isLevelEnabled("debug")) log().debug({ reason, sent: feed.sent }, "stream closed");
        });
        res.on("close", () => subscriber.close("left"));
        req.socket.setNoDelay(true);
        subscriber.open(expiresAt);
        if (deps.log.isLevelEnabled("debug")) log().debug({ resume }, "stream opened");
      },
    });
    if (outcome === "ended" && !res.destroyed) res.status(204).end(); // stops a browser EventSource from reconnecting
  };
}

function resumePoint(req: Request): number | undefined {
  const header = req.headers["last-event-id"];
  const query = req.query.lastEventId;
  const value = typeof header === "string" && header !== "" ? header : typeof query === "string" ? query : "0";
  return RESUME.test(value.trim()) ? Number(value.trim()) : undefined;
}
