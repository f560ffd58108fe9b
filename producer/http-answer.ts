/** JSON answers written on a plain node:http response, as express's res.json would (the append route has no express). */
import type { ServerResponse } from "node:http";

const JSON_TYPE = "application/json; charset=utf-8";

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
