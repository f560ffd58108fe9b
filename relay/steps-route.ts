/**
 * `GET /api/steps?limit=50`: the most recently active steps with their status and line count,
 * for the viewer's step picker. Cheap by construction: one ZREVRANGE of the index the producer
 * keeps, one pipeline of HMGETs, no SCAN. With auth on, only steps the token grants are listed.
 */
import type { Request, Response } from "express";
import { stepFromName, type StepRef, type StepSummary } from "../common/step.ts";
import { sendError } from "../common/http.ts";
import type { AuthDenied, Authorizer } from "./auth.ts";
import type { Broker } from "./broker.ts";

export interface StepsDeps {
  readonly broker: Broker;
  readonly authorize?: Authorizer;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;
// With auth on, names are filtered before metas are read, so more are fetched than listed;
// the producer keeps the index at 500 names.
const AUTH_CANDIDATES = 500;
const LIMIT = /^[1-9][0-9]{0,3}$/;

export function stepsRoute(deps: StepsDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const raw = typeof req.query.limit === "string" ? req.query.limit : String(DEFAULT_LIMIT);
    if (!LIMIT.test(raw) || Number(raw) > MAX_LIMIT) return sendError(res, 400, `limit must be an integer from 1 to ${MAX_LIMIT}`);
    const limit = Number(raw);
    let summaries: StepSummary[];
    try {
      const names = await deps.broker.recentSteps(deps.authorize ? AUTH_CANDIDATES : limit);
      const candidates = names.flatMap(({ name, activeAt }) => {
        const ref = stepFromName(name);
        return ref ? [{ name, ref, activeAt }] : [];
      });
      const granted = deps.authorize ? await grantedOnly(deps.authorize, req, candidates, limit) : candidates;
      if (!Array.isArray(granted)) return sendError(res, granted.status, granted.error, granted.headers);
      const listed = granted.slice(0, limit);
      const metas = await deps.broker.stepMetas(listed.map((c) => c.ref));
      summaries = listed.flatMap(({ name, ref, activeAt }, i) => {
        const meta = metas[i];
        if (!meta) return []; // expired: the index outlives the step's keys
        return [{ name, ...ref, status: meta.status, lines: meta.last, started: meta.started ?? null, ended: meta.ended ?? null, updated: meta.updated ?? activeAt }];
      });
    } catch (err) {
      req.log.warn({ err: (err as Error).message }, "step listing failed");
      return sendError(res, 503, "log storage is unavailable; retry", { "Retry-After": "2" });
    }
    res.set("Cache-Control", "no-store").json({ steps: summaries });
  };
}

type Candidate = { name: string; ref: StepRef; activeAt: number };

/** The candidates the request's token grants, its token verified once; a missing or invalid token (401) or an auth outage (503) fails the whole list. */
async function grantedOnly(authorize: Authorizer, req: Request, candidates: Candidate[], limit: number): Promise<Candidate[] | AuthDenied> {
  if (candidates.length === 0) return [];
  const verified = await authorize.verify(req, req.query);
  if (!verified.ok) return verified;
  return candidates.filter((c) => verified.grants(c.ref)).slice(0, limit);
}
