/**
 * `POST /:org/:repo/builds/:build/steps/:step/logs`, the producer's hot route, on plain
 * node:http beside express: a CI fleet appends small batches thousands of times a second, and
 * express's routing, request decoration and per-request logger cost more than the append.
 * Only a step's canonical path is taken here (the segment characters of common/domain.ts, no
 * query, no escape); any other spelling goes on to express, which answers it as it answers
 * every other route. The checks, their order and their answers are express's (routes.ts): shed
 * when busy (admission.ts), the token, the step, the append's headers (append-headers.ts), then
 * the body (upload.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "pino";
import { requestIdOf } from "../common/http.ts";
import { isStepRef, parseStepRef, stepName, type StepRef } from "../common/domain.ts";
import type { Admission } from "./admission.ts";
import type { Appender } from "./appender.ts";
import type { ProducerConfig } from "./config.ts";
import { readAppendHeaders } from "./append-headers.ts";
import { refuseBody, sendJson, type AnswerHeaders } from "./http-answer.ts";
import type { ProducerMetrics } from "./metrics.ts";
import type { BuildSecrets } from "./secret-store.ts";
import { Upload, type UploadDeps } from "./upload.ts";
import { tokenCheck } from "./token.ts";

export interface AppendRouteDeps {
  readonly config: ProducerConfig;
  readonly appender: Appender;
  readonly secrets: BuildSecrets;
  readonly admission: Admission;
  readonly metrics: ProducerMetrics;
  readonly log: Logger;
}

export interface AppendRoute {
  /** Serves the request if it is an append on a step's canonical path; false leaves it to express. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Reads and stores the body of an append whose route, auth and step are checked (express's route too). */
  serve(req: IncomingMessage, res: ServerResponse, step: StepRef, log: () => Logger, headers?: AnswerHeaders): void;
}

const CANONICAL = /^\/([A-Za-z0-9._-]{1,100})\/([A-Za-z0-9._-]{1,100})\/builds\/([0-9]{1,16})\/steps\/([0-9]{1,16})\/logs$/;
const BUSY = "the producer is at MAX_APPENDS_IN_FLIGHT appends; nothing was stored, retry after Retry-After";

export function appendRoute(deps: AppendRouteDeps): AppendRoute {
  const { config, metrics, admission } = deps;
  const authorized = tokenCheck(config.token);
  const counted = (status: number) => metrics.requestErrors.inc({ status: String(status) });
  const hot: UploadDeps = { ...deps, maxLineBytes: config.maxLineBytes, maxBodyBytes: config.maxBodyBytes, errors: counted };
  const viaExpress: UploadDeps = { ...hot, errors: undefined }; // express's middleware counts its own

  // The append's own headers, then its body, read and stored as it arrives (upload.ts).
  function serveWith(uploadDeps: UploadDeps, req: IncomingMessage, res: ServerResponse, step: StepRef, log: () => Logger, headers: AnswerHeaders = []): void {
    const options = readAppendHeaders(req.headers, config.maxBodyBytes);
    if ("error" in options) {
      uploadDeps.errors?.(options.status);
      if (options.linger) refuseBody(req, res, options.status, { error: options.error }, headers);
      else sendJson(res, options.status, { error: options.error }, headers);
      return;
    }
    new Upload(uploadDeps, step, req, res, options.expectedFirst, log, headers, options.previewOnly).start();
  }

  return {
    handle(req, res) {
      if (req.method !== "POST") return false;
      const m = CANONICAL.exec(req.url ?? "");
      if (!m) return false;
      const reqId = requestIdOf(req);
      const headers = ["X-Request-Id", reqId]; // with every answer, as express's requestLogger sets it
      // shed first, before anything costs: the cheapest answer a busy producer can give
      if (!admission.admit()) {
        counted(503);
        sendJson(res, 503, { error: BUSY, appended: 0 }, [...headers, "Retry-After", "1"]);
        return true;
      }
      if (!authorized(req.headers.authorization)) {
        counted(401);
        refuseBody(req, res, 401, { error: "send Authorization: Bearer <PRODUCER_TOKEN>" }, [...headers, "WWW-Authenticate", "Bearer"]);
        return true;
      }
      const step = parseStepRef({ org: m[1], repo: m[2], build: m[3], step: m[4] });
      if (!isStepRef(step)) {
        counted(400);
        sendJson(res, 400, { error: step.error }, headers);
        return true;
      }
      let log: Logger | undefined; // made on first use: most appends never log
      serveWith(hot, req, res, step, () => (log ??= deps.log.child({ reqId, step: stepName(step) })), headers);
      return true;
    },
    serve: (req, res, step, log) => serveWith(viaExpress, req, res, step, log),
  };
}
