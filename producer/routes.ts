/**
 * The producer's express surface: end a step, name it, register secrets, health and metrics, and
 * appends on any spelling of a step's path other than the canonical one (append-route.ts takes
 * that one on plain node:http, before express).
 */
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { isEndStatus, isStepRef, parseStepRef, stepName, END_STATUSES, type EndStatus, type StepRef } from "../common/domain.ts";
import { errorHandler, checkRequestTarget, healthRoutes, requestLogger, sendError, serviceApp } from "../common/http.ts";
import type { AppendRoute } from "./append-route.ts";
import type { Appender } from "./appender.ts";
import type { ProducerConfig } from "./config.ts";
import type { ProducerMetrics } from "./metrics.ts";
import { tokenCheck } from "./token.ts";
import { refuseBody } from "./http-answer.ts";
import type { BuildSecrets } from "./secret-store.ts";
import { registerSecretsRoute } from "./secrets-route.ts";
import { stepNameRoute } from "./step-name-route.ts";

export interface ProducerDeps {
  readonly config: ProducerConfig;
  readonly appender: Appender;
  readonly secrets: BuildSecrets;
  readonly appendRoute: AppendRoute;
  readonly metrics: ProducerMetrics;
  readonly registry: Registry;
  readonly log: Logger;
  ready(): boolean;
}

const STEP_PATH = "/:org/:repo/builds/:build/steps/:step/logs";

export function producerApp(deps: ProducerDeps): Express {
  const app = serviceApp();
  app.use(requestLogger(app, deps.log));
  app.use((req, res, next) => {
    res.on("finish", () => {
      if (res.statusCode >= 400) deps.metrics.requestErrors.inc({ status: String(res.statusCode) });
    });
    next();
  });
  app.use(checkRequestTarget);
  healthRoutes(app, { ready: deps.ready }, deps.registry);
  const auth = bearerAuth(deps.config.token);
  app.post(STEP_PATH, auth, withStep, (req, res) => deps.appendRoute.serve(req, res, res.locals.step as StepRef, () => req.log));
  app.post("/:org/:repo/builds/:build/secrets", auth, express.json({ limit: "512kb", type: () => true }), registerSecretsRoute(deps.secrets));
  app.post(`${STEP_PATH}/end`, auth, withStep, express.text({ limit: "4kb", type: () => true }), (req, res) => endStep(deps, req, res));
  app.put("/:org/:repo/builds/:build/steps/:step", auth, withStep, stepNameRoute(deps));
  app.use((_req: Request, res: Response) => sendError(res, 404, "no such route: see the README for the API"));
  app.use(errorHandler);
  return app;
}

export function withStep(req: Request, res: Response, next: NextFunction): void {
  const step = parseStepRef(req.params as Record<string, string>);
  if (!isStepRef(step)) return sendError(res, 400, step.error);
  res.locals.step = step;
  req.log = req.log.child({ step: stepName(step) });
  next();
}

async function endStep(deps: ProducerDeps, req: Request, res: Response): Promise<void> {
  const step = res.locals.step as StepRef;
  const status = endStatusOf(req.body as string | undefined);
  if (typeof status === "object") return sendError(res, 400, status.error);
  let result;
  try {
    result = await deps.appender.end(step, status);
  } catch (err) {
    req.log.warn({ err: (err as Error).message }, "end failed");
    return sendError(res, 503, "log storage is unavailable; retry", { "Retry-After": "2" });
  }
  if (result.outcome === "ended") return sendError(res, 409, `the step has already ended with status ${result.status}`);
  if (result.outcome === "ok") req.log.info({ status, lines: result.last }, "step ended");
  res.json({ lines: result.last, status });
}

/**
 * The status an end body asks for: no body at all means success; anything else must be a JSON
 * object with a known `status`. A string, an array, null or a misspelt key is refused rather
 * than read as "no status": a step ended by mistake cannot be reopened.
 */
export function endStatusOf(body: string | undefined): EndStatus | { error: string } {
  if (body === undefined || body === "") return "success";
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { error: 'the body must be JSON, e.g. {"status":"success"}' };
  }
  const status = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as { status?: unknown }).status : undefined;
  if (!isEndStatus(status)) return { error: `send no body (success) or a JSON object {"status":"..."} with status one of ${END_STATUSES.join(", ")}` };
  return status;
}

export function bearerAuth(token: string | undefined) {
  const authorized = tokenCheck(token);
  return (req: Request, res: Response, next: NextFunction) => {
    if (!authorized(req.headers.authorization))
      return refuseBody(req, res, 401, { error: "send Authorization: Bearer <PRODUCER_TOKEN>" }, ["WWW-Authenticate", "Bearer"]);
    next();
  };
}
