/** JSON answers written on a plain node:http response, as express's res.json would (the append route has no express). */
import type { IncomingMessage, ServerResponse } from "node:http";

const JSON_TYPE = "application/json; charset=utf-8";
const LINGER_MS = 2000;

/** Headers every answer of a request carries (its X-Request-Id, when express did not set it), flat. */
export type AnswerHeaders = readonly string[];

/**
 * `headers`: more header names and values, flat. The headers go to writeHead as one array, the
 * cheapest way node:http takes them (no header map when none was set before).
 */
export function sendJson(res: ServerResponse, status: number, body: object, headers: readonly string[] = []): void {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(body);
  res.writeHead(status, ["Content-Type", JSON_TYPE, "Content-Length", String(Buffer.byteLength(text)), ...headers]);
  res.end(text);
}

/**
 * Answers a refusal, possibly while the body is still arriving. The connection is not closed
 * at once: closing with unread bytes makes the kernel reset it, and the reset can overtake the
 * answer (nginx then tells the client 502 instead of our 413). Node reads and discards the rest
 * of the body instead, and a body still coming after LINGER_MS is cut off.
 */
export function refuseBody(req: IncomingMessage, res: ServerResponse, status: number, body: object, headers: AnswerHeaders = []): void {
  if (res.headersSent) return;
  sendJson(res, status, body, headers);
  if (req.complete) return;
  req.resume();
  const timer = setTimeout(() => req.socket.destroy(), LINGER_MS);
  req.once("end", () => clearTimeout(timer));
  req.socket.once("close", () => clearTimeout(timer));
}
