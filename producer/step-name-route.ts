/**
 * `PUT /:org/:repo/builds/:build/steps/:step` with JSON `{"name":"..."}`: names a step, for the
 * build page. Idempotent; a step may be named before its first line, while running or after its
 * end. The body is parsed here rather than by express.json so each refusal says what is wrong.
 * The build's secret values are masked in the name as in its lines: a name goes wherever a
 * line goes (the steps list, the build's stream, the page) and into the producer's log.
 */
import express, { type Request, type Response } from "express";
import { sendError } from "../common/http.ts";
import type { StepRef } from "../common/domain.ts";
import { MAX_STEP_NAME_CHARS } from "../common/contract.ts";
import type { Appender } from "./appender.ts";
import type { BuildSecrets } from "./secret-store.ts";

const EXAMPLE = 'send JSON such as {"name":"build"}';
// C0 controls, DEL, C1 controls (U+0085 is a line break) and the line and paragraph separators: a name is one line of plain text
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The name in a request body, or why it is refused. */
export function parseStepName(body: string): { name: string } | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { error: `the body is not JSON: ${EXAMPLE}` };
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return { error: `the body must be a JSON object: ${EXAMPLE}` };
  const name = (parsed as { name?: unknown }).name;
  if (typeof name !== "string") return { error: `"name" must be a string: ${EXAMPLE}` };
  const chars = [...name].length;
  if (chars === 0 || chars > MAX_STEP_NAME_CHARS) return { error: `"name" must be 1 to ${MAX_STEP_NAME_CHARS} characters (got ${chars})` };
  if (CONTROL.test(name)) return { error: `"name" must be one line without control characters` };
  // a lone surrogate cannot be stored as UTF-8: it would come back as U+FFFD, not as sent
  if (!name.isWellFormed()) return { error: `"name" must be well-formed Unicode (no lone surrogate)` };
  return { name };
}

export function stepNameRoute(deps: { readonly appender: Appender; readonly secrets: BuildSecrets }) {
  const body = express.text({ type: () => true, limit: "16kb" });
  return [
    body,
    async (req: Request, res: Response): Promise<void> => {
      const step = res.locals.step as StepRef;
      const parsed = parseStepName(typeof req.body === "string" ? req.body : "");
      if ("error" in parsed) return sendError(res, 400, parsed.error);
      let name = parsed.name;
      try {
        name = (await deps.secrets.mask(step))?.apply(name) ?? name;
        const outcome = await deps.appender.name(step, name);
        if (outcome === "ok") req.log.info({ name }, "step named");
      } catch (err) {
        req.log.warn({ err: (err as Error).message }, "naming failed");
        return sendError(res, 503, "log storage is unavailable; retry", { "Retry-After": "2" });
      }
      res.json({ step: step.step, name });
    },
  ];
}
