/**
 * `GET /:org/:repo/builds/:build/steps/:step/logs`: the raw log, every stored line ended by
 * "\n", so an upload's bytes come back as sent. Streamed page by page from Redis with backpressure, so a 100 000-line log is never
 * held in memory. A snapshot: lines appended after the request started are not included.
 * `?timestamps=1` puts each line's arrival time (RFC 3339, UTC, ms) and a space before it.
 */
import type { Request, Response } from "express";
import { isStepRef, parseStepRef, stepName, type StepRef } from "../common/domain.ts";
import { sendError } from "../common/http.ts";
import type { Authorizer } from "./auth.ts";
import type { Broker } from "./broker.ts";
import { drained } from "./drain.ts";

export interface DownloadDeps {
  readonly broker: Broker;
  readonly authorize?: Authorizer;
  readonly config: { readonly backlogPageLines: number; readonly backlogPageBytes: number };
}

export function downloadRoute(deps: DownloadDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const step = parseStepRef(req.params as Record<string, string>);
    if (!isStepRef(step)) return sendError(res, 400, step.error);
    if (deps.authorize) {
      const auth = await deps.authorize(req, req.query, step);
      if (!auth.ok) return sendError(res, auth.status, auth.error, auth.headers);
    }
    try {
      await sendLog(deps, step, req, res);
    } catch (err) {
      req.log.warn({ step: stepName(step), err: (err as Error).message }, "raw log download failed");
      if (res.headersSent)
        res.destroy(); // a cut download must not look complete
      else sendError(res, 503, "log storage is unavailable; retry", { "Retry-After": "2" });
    }
  };
}

async function sendLog(deps: DownloadDeps, step: StepRef, req: Request, res: Response): Promise<void> {
  const { backlogPageLines: maxLines, backlogPageBytes: maxBytes } = deps.config;
  const stamps = req.query.timestamps === "1" || req.query.timestamps === "true";
  let page = await deps.broker.read(step, 1, maxLines, maxBytes);
  if (page.last === 0 && page.status === "") return sendError(res, 404, "no such step: it has no line and no status (never started, or expired)");
  const end = page.last; // the snapshot's last line: a running step is not followed
  res.status(200).set({
    "Content-Type": "text/plain; charset=utf-8",
    // a log line holding HTML must never be rendered by a browser that sniffs the type
    "X-Content-Type-Options": "nosniff",
    "Content-Disposition": `inline; filename="${stepName(step).replaceAll("/", "-")}.log"`,
    "Cache-Control": "no-store",
    "Logrelay-First-Line": String(page.from),
    "Logrelay-Last-Line": String(end),
    "Logrelay-Status": page.status || "running",
  });
  if (req.method === "HEAD") return void res.end();
  let next = page.from;
  for (;;) {
    let lines = page.lines.slice(0, Math.max(0, end - page.from + 1));
    if (stamps) lines = withTimes(lines, page.times);
    if (lines.length > 0) {
      const chunk = lines.join("\n") + "\n";
      next = page.from + lines.length;
      if (!res.write(chunk)) await drained(res);
    }
    if (res.destroyed || next > end || lines.length === 0) break;
    page = await deps.broker.read(step, next, maxLines, maxBytes);
  }
  res.end();
}

/** `?timestamps=1`: each line after its arrival time, RFC 3339 in UTC with ms, and a space. */
export function withTimes(lines: readonly string[], times: readonly number[] | undefined): string[] {
  return lines.map((line, i) => {
    const t = times?.[i];
    return `${t === undefined ? "-" : new Date(t).toISOString()} ${line}`;
  });
}
