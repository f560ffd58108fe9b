/** JSON answers written on a plain node:http response, as express's res.json would (the append route has no express). */
import type { ServerResponse } from "node:http";

export function sendJson(res: ServerResponse, status: number, body: object, headers?: Record<string, string>): void {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(body);
  res.statusCode = status;
  if (headers) for (const name in headers) res.setHeader(name, headers[name]);
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}
