/** HTTP pieces both services share: JSON errors, the per-request logger, health and metrics routes. */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import { requestTargetProblem } from "./request-target.ts";

declare module "express-serve-static-core" {
  interface Request {
    log: Logger;
  }
}

/**
 * Both services' accept queue (the kernel caps it at net.core.somaxconn). Node's default, 511,
 * overflowed when thousands of connections came at once: the kernel then drops the SYNs, and
 * the client's retry a second later (three after that, ...) held appends for seconds.
 */
export const LISTEN_BACKLOG = 8192;

/** The token of an `Authorization: Bearer <token>` header (scheme in any case), if that is what it holds. */
export function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer +(\S+)\s*$/i.exec(header ?? "")?.[1];
}

export function sendError(res: Response, status: number, error: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.status(status).set(headers).json({ error });
}

/** The request's id: nginx's X-Request-Id when it is a plain one, else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers["x-request-id"];
  return typeof header === "string" && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
}

const REQ_ID = Symbol("reqId");
const LOG = Symbol("log");
type LoggedRequest = Request & { [REQ_ID]?: string; [LOG]?: Logger };

/**
 * Gives each request an id (nginx's X-Request-Id when present), echoed in X-Request-Id, and
 * `req.log`: a child logger carrying it, made on first use, so the thousands of streams that
 * never log hold no logger (a pino child with its level methods is ~0.7 KB).
 */
export function requestLogger(app: Express, root: Logger) {
  Object.defineProperty(app.request, "log", {
    configurable: true,
    get(this: LoggedRequest) {
      return (this[LOG] ??= root.child({ reqId: this[REQ_ID] }));
    },
    set(this: LoggedRequest, log: Logger) {
      this[LOG] = log;
    },
  });
  return (req: LoggedRequest, res: Response, next: NextFunction) => {
    const reqId = requestIdOf(req);
    req[REQ_ID] = reqId;
    res.setHeader("X-Request-Id", reqId);
    next();
  };
}

/**
 * An express app for one of our services. One resource, one URL: routes match case-sensitively
 * and exactly (no trailing-slash twin). Set here because express reads them when its router is
 * made, at the first app.use.
 */
export function serviceApp(): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("case sensitive routing", true);
  app.set("strict routing", true);
  return app;
}

/** Refuses a raw target with an escape in its path, an empty segment or a repeated query parameter before any route sees it (common/request-target.ts). */
export function checkRequestTarget(req: Request, res: Response, next: NextFunction): void {
  const problem = requestTargetProblem(req.url);
  if (problem) return sendError(res, problem.status, problem.error);
  next();
}

export interface HealthChecks {
  /** Redis reachable and the process not draining */
  ready(): boolean;
}

export function healthRoutes(app: Express, checks: HealthChecks, registry: Registry): void {
  app.get("/healthz", (_req, res) => void res.json({ status: "ok" }));
  app.get("/readyz", (_req, res) => {
    if (checks.ready()) return void res.json({ status: "ready" });
    // a 503 like every other: the contract's error field and when to ask again
    res.status(503).set("Retry-After", "1").json({ status: "not ready", error: "not ready: Redis is unreachable or the process is draining" });
  });
  app.get("/metrics", async (_req, res) => {
    res.set("Content-Type", registry.contentType).send(await registry.metrics());
  });
}

/** Last resort for errors thrown by a handler: log with context, answer JSON, keep serving. */
export function errorHandler(err: Error & { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction): void {
  const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
  if (status === 500) (req.log ?? console).error({ err }, "request failed");
  const message = err.type === "entity.parse.failed" ? 'the body must be JSON, e.g. {"status":"success"}' : err.message;
  sendError(res, status, status === 500 ? "internal error" : message);
}

/**
 * Requests Node's HTTP parser refuses before express sees them (an unknown method, a control
 * byte in a header, headers too large) and CONNECT get a JSON error like every other refusal,
 * not an empty 400 or a silent close.
 */
export function jsonClientErrors(server: Server): void {
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    // as Node's own handler: never write into a response already under way (a stream on a kept-alive connection)
    const inFlight = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) return void socket.destroy();
    const [status, text, error] =
      err.code === "HPE_HEADER_OVERFLOW"
        ? [431, "Request Header Fields Too Large", "the request headers are too large"]
        : err.code === "ERR_HTTP_REQUEST_TIMEOUT"
          ? [408, "Request Timeout", "the request took too long to arrive"]
          : [400, "Bad Request", "the request is not valid HTTP/1.1"];
    socket.end(rawJsonError(status, text, error));
  });
  // without a listener Node drops a CONNECT silently
  server.on("connect", (_req, socket) => socket.end(rawJsonError(405, "Method Not Allowed", "CONNECT is not supported")));
}

function rawJsonError(status: number, text: string, error: string): string {
  const body = JSON.stringify({ error });
  return `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}
