/** The producer's HTTP surface: append lines (streamed), end a step, health and metrics. */
import { createHash, timingSafeEqual } from "node:crypto";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { isEndStatus, isStepRef, parseStepRef, stepName, END_STATUSES, type EndStatus, type StepRef } from "../common/step.ts";
import { bearerToken, errorHandler, checkRequestTarget, healthRoutes, requestLogger, sendError, serviceApp } from "../common/http.ts";
import type { Appender } from "./appender.ts";
import type { ProducerConfig } from "./config.ts";
import { LineSplitter } from "./ingest.ts";
import { PartialLine } from "./partial-line.ts";
import { StoredLines } from "./stored-lines.ts";
import type { ProducerMetrics } from "./metrics.ts";
import type { BuildSecrets } from "./secret-store.ts";
import { registerSecretsRoute } from "./secrets-route.ts";
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
const ENDED = "the step has ended: no more lines can be appended";
const FIRST_LINE = /^[1-9][0-9]{0,15}$/;

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
  app.post(STEP_PATH, auth, withStep, (req, res) => appendLines(deps, req, res));
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
  const partialHeader = req.headers["logrelay-partial"];
  if (partialHeader !== undefined && partialHeader !== "1") {
    return refuseBody(res, 400, "Logrelay-Partial must be 1: the body's unterminated last line is then a preview, not stored");
  }
  // Logrelay-Partial: 1 (a batching client such as client/step-writer.ts): the body's last line, if
  // it has no newline, is still being written: shown live, not stored; it comes again, whole, later.
  const previewOnly = partialHeader === "1";

  const splitter = new LineSplitter(config.maxLineBytes, { holdPartial: previewOnly });
  const stored = new StoredLines();
  let received = 0;
  const store = async (lines: string[]): Promise<string | undefined> => {
    const result = await appender.append(step, lines, expected);
    stored.add(result);
    if (expected !== undefined) expected += lines.length;
    if (result.outcome === "ended") return ENDED;
    if (result.outcome === "gap") return `Logrelay-First-Line is past the next line of the step (${result.last + 1})`;
    return undefined;
  };
  // An answer that stored nothing says where the step ends (read now, not made up), so a retry knows where to start.
  const answer = async () =>
    stored.appended > 0
      ? stored.answer()
      : stored.answer(
          await appender.lastLine(step).then(
            (t) => t.last,
            () => undefined,
          ),
        );

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
      if (conflict) return refuseBody(res, 409, conflict, stored.answer());
      const preview = splitter.preview();
      const stepLast =
        preview === ""
          ? undefined
          : (stored.stepLast ??
            (await appender.lastLine(step).then(
              (t) => t.last,
              () => undefined,
            )));
      if (stepLast !== undefined && !(previewOnly && splitter.partialTooLong())) partial.update(stepLast + 1, preview);
      else partial.update(0, "");
      if (over > 0) {
        return refuseBody(
          res,
          413,
          `the body is over MAX_BODY_BYTES (${config.maxBodyBytes} bytes); the whole lines before the limit were stored`,
          await answer(),
        );
      }
    }
    if (previewOnly) partial.flush(); // the body's last state is shown even if it came within PARTIAL_EVERY_MS of the one before
    const rest = splitter.end();
    const conflict = rest.length > 0 ? await store(rest) : undefined;
    if (conflict) return refuseBody(res, 409, conflict, stored.answer());
    if (stored.appended === 0) {
      // nothing stored (an empty body, or lines the step already held): where the step ends, and whether it has
      const { last, status } = await appender.lastLine(step);
      if (isEndStatus(status)) return refuseBody(res, 409, ENDED, stored.answer(last));
      return void res.json(stored.answer(last));
    }
  } catch (err) {
    if (req.destroyed && !res.writable) return; // the client went away mid-upload
    req.log.warn({ err: (err as Error).message, ...stored.answer() }, "append failed");
    // `last` is left out when Redis never answered: the client retries with its own Logrelay-First-Line
    return refuseBody(res, 503, "log storage is unavailable; nothing after `last` (if given) was stored, retry with Logrelay-First-Line", stored.answer(), {
      "Retry-After": "2",
    });
  } finally {
    partial.close();
  }
  res.json(stored.answer());
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

const LINGER_MS = 2000;

/**
 * Answers a refusal, possibly while the body is still arriving. The connection is not closed
 * at once: closing with unread bytes makes the kernel reset it, and the reset can overtake the
 * answer (nginx then tells the client 502 instead of our 413). Node reads and discards the rest
 * of the body instead, and a body still coming after LINGER_MS is cut off.
 */
function refuseBody(res: Response, status: number, error: string, extra: object = {}, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res
    .status(status)
    .set(headers)
    .json({ error, ...extra });
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
    const given = createHash("sha256")
      .update(bearerToken(req.headers.authorization) ?? "")
      .digest();
    // compared in constant time, over hashes so the length leaks nothing either
    if (!timingSafeEqual(want, given)) return refuseBody(res, 401, "send Authorization: Bearer <PRODUCER_TOKEN>", {}, { "WWW-Authenticate": "Bearer" });
    next();
  };
}
