/** The producer's HTTP surface: append lines (streamed), end a step, health and metrics. */
import { createHash, timingSafeEqual } from "node:crypto";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { isEndStatus, isStepRef, parseStepRef, stepName, END_STATUSES, type StepRef } from "../common/step.ts";
import { bearerToken, errorHandler, healthRoutes, requestLogger, sendError } from "../common/http.ts";
import type { Appender } from "./appender.ts";
import type { ProducerConfig } from "./config.ts";
import { LineSplitter } from "./ingest.ts";
import { PartialLine } from "./partial-line.ts";
import type { ProducerMetrics } from "./metrics.ts";
import { registerSecretsRoute, type BuildSecrets } from "./secrets.ts";
import { stepNameRoute } from "./step-name-route.ts";

export interface ProducerDeps {
  readonly config: ProducerConfig;
  readonly appender: Appender;
  readonly secrets: BuildSecrets;
  readonly metrics: ProducerMetrics;
  readonly registry: Registry;
  readonly log: Logger;
  ready(): boolean;
}

const STEP_PATH = "/:org/:repo/builds/:build/steps/:step/logs";
const FIRST_LINE = /^[1-9][0-9]{0,15}$/;

export function producerApp(deps: ProducerDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(requestLogger(app, deps.log));
  app.use((req, res, next) => {
    res.on("finish", () => {
      if (res.statusCode >= 400) deps.metrics.requestErrors.inc({ status: String(res.statusCode) });
    });
    next();
  });
  healthRoutes(app, { ready: deps.ready }, deps.registry);
  const auth = bearerAuth(deps.config.token);
  app.post(STEP_PATH, auth, withStep, (req, res) => appendLines(deps, req, res));
  app.post("/:org/:repo/builds/:build/secrets", auth, express.json({ limit: "512kb", type: () => true }), registerSecretsRoute(deps.secrets));
  app.post(`${STEP_PATH}/end`, auth, withStep, express.json({ limit: "4kb", type: () => true, strict: false }), (req, res) => endStep(deps, req, res));
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

async function appendLines(deps: ProducerDeps, req: Request, res: Response): Promise<void> {
  const { config, appender } = deps;
  const step = res.locals.step as StepRef;
  const type = req.headers["content-type"];
  if (type !== undefined && !/^text\/plain\s*(;|$)/i.test(type)) {
    return sendError(res, 415, `send the lines as Content-Type: text/plain (got "${type}")`);
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type ?? "")?.[1].toLowerCase();
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8" && charset !== "us-ascii") {
    return sendError(res, 415, `lines must be UTF-8: send Content-Type: text/plain; charset=utf-8 (got charset ${charset})`);
  }
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > config.maxBodyBytes) return refuseBody(res, 413, `the body is over MAX_BODY_BYTES (${config.maxBodyBytes} bytes)`);
  const firstLineHeader = req.headers["logrelay-first-line"];
  if (firstLineHeader !== undefined && (typeof firstLineHeader !== "string" || !FIRST_LINE.test(firstLineHeader))) {
    return refuseBody(res, 400, "Logrelay-First-Line must be a positive integer: the number of the body's first line");
  }
  // With Logrelay-First-Line, a retried upload skips the lines already stored (see README).
  let expected = firstLineHeader === undefined ? undefined : Number(firstLineHeader);

  const splitter = new LineSplitter(config.maxLineBytes);
  let appended = 0;
  let last: number | undefined; // the step's last stored line, once Redis has told us
  let received = 0;
  // For an error before anything was stored, so the answer's `last` is never a made-up 0.
  const lastStored = async () => (last ??= await appender.append(step, [], undefined).then((r) => r.last, () => undefined));
  const store = async (lines: string[]): Promise<string | undefined> => {
    const result = await appender.append(step, lines, expected);
    last = result.last;
    appended += result.appended;
    if (expected !== undefined) expected += lines.length;
    if (result.outcome === "ended") return "the step has ended: no more lines can be appended";
    if (result.outcome === "gap") return `Logrelay-First-Line is past the next line of the step (${result.last + 1})`;
    return undefined;
  };

  const partial = new PartialLine(appender, step); // live progress of the unterminated line
  try {
    // A manual iterator: leaving a for-await early would destroy the socket before the answer is sent.
    const body = (req as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
    for (let next = await body.next(); !next.done; next = await body.next()) {
      received += next.value.length;
      const over = Math.max(0, received - config.maxBodyBytes);
      // the part of the chunk within the limit still counts: its whole lines are stored
      const chunk = over > 0 ? next.value.subarray(0, next.value.length - over) : next.value;
      // read per chunk, not per request: a secret registered during a long upload masks its later lines
      splitter.setMask(await deps.secrets.mask(step));
      const lines = splitter.push(chunk);
      const conflict = lines.length > 0 ? await store(lines) : undefined;
      if (conflict) return refuseBody(res, 409, conflict, { appended, last });
      const preview = splitter.preview();
      if (preview !== "" && (await lastStored()) !== undefined) partial.update(last! + 1, preview);
      else partial.update(0, "");
      if (over > 0) {
        return refuseBody(res, 413, `the body is over MAX_BODY_BYTES (${config.maxBodyBytes} bytes); the whole lines before the limit were stored`, { appended, last: await lastStored() });
      }
    }
    const conflict = await store(splitter.end()); // also reports `last` for an empty body
    if (conflict) return refuseBody(res, 409, conflict, { appended, last });
  } catch (err) {
    if (req.destroyed && !res.writable) return; // the client went away mid-upload
    req.log.warn({ err: (err as Error).message, appended, last }, "append failed");
    // `last` is left out when Redis never answered: the client retries with its own Logrelay-First-Line
    return refuseBody(res, 503, "log storage is unavailable; nothing after `last` (if given) was stored, retry with Logrelay-First-Line", { appended, last }, { "Retry-After": "2" });
  } finally {
    partial.close();
  }
  res.json({ appended, last });
}

async function endStep(deps: ProducerDeps, req: Request, res: Response): Promise<void> {
  const step = res.locals.step as StepRef;
  const body: unknown = req.body;
  const status = body && typeof body === "object" && "status" in body ? body.status : "success";
  if (!isEndStatus(status)) return sendError(res, 400, `status must be one of ${END_STATUSES.join(", ")}`);
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

const LINGER_MS = 2000;

/**
 * Answers a refusal, possibly while the body is still arriving. The connection is not closed
 * at once: closing with unread bytes makes the kernel reset it, and the reset can overtake the
 * answer (nginx then tells the client 502 instead of our 413). Node reads and discards the rest
 * of the body instead, and a body still coming after LINGER_MS is cut off.
 */
function refuseBody(res: Response, status: number, error: string, extra: object = {}, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.status(status).set(headers).json({ error, ...extra });
  const req = res.req;
  if (req.complete) return;
  const timer = setTimeout(() => req.socket.destroy(), LINGER_MS);
  req.once("end", () => clearTimeout(timer));
  req.socket.once("close", () => clearTimeout(timer));
}

export function bearerAuth(token: string | undefined) {
  if (!token) return (_req: Request, _res: Response, next: NextFunction) => next();
  const want = createHash("sha256").update(token).digest();
  return (req: Request, res: Response, next: NextFunction) => {
    const given = createHash("sha256").update(bearerToken(req.headers.authorization) ?? "").digest();
    // compared in constant time, over hashes so the length leaks nothing either
    if (!timingSafeEqual(want, given)) return refuseBody(res, 401, "send Authorization: Bearer <PRODUCER_TOKEN>", {}, { "WWW-Authenticate": "Bearer" });
    next();
  };
}
