/**
 * `GET /api/steps?limit=50`: the most recently active steps with their status and line count,
 * for the viewer's step picker. Cheap by construction: one ZREVRANGE of the index the producer
 * keeps, one pipeline of HMGETs, no SCAN. With auth on, only steps the token grants are listed.
 */
import type { Request, Response } from "express";
import { stepFromName, type RecentStep } from "../common/domain.ts";
import { sendError } from "../common/http.ts";
import type { Authorizer } from "./auth.ts";
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
    // the token is verified once, first: a missing or invalid one (401) or an auth outage (503)
    // fails the whole list, whether or not there is anything to list
    const grant = deps.authorize ? await deps.authorize.verify(req, req.query) : undefined;
    if (grant && !grant.ok) return sendError(res, grant.status, grant.error, grant.headers);
    let steps: RecentStep[];
    try {
      const names = await deps.broker.recentSteps(grant ? AUTH_CANDIDATES : limit);
      const candidates = names.flatMap(({ name, activeAt }) => {
        const ref = stepFromName(name);
        return ref && (!grant || grant.grants(ref)) ? [{ name, ref, activeAt }] : [];
      });
      const listed = candidates.slice(0, limit);
      const summaries = await deps.broker.stepSummaries(listed.map((c) => c.ref));
      steps = listed.flatMap(({ name, ref, activeAt }, i) => {
        const summary = summaries[i];
        if (!summary) return []; // expired: the index outlives the step's keys
        return [{ name, ...ref, ...summary, updated: summary.updated ?? activeAt }];
      });
    } catch (err) {
      req.log.warn({ err: (err as Error).message }, "step listing failed");
      return sendError(res, 503, "log storage is unavailable; retry", { "Retry-After": "2" });
    }
    res.set("Cache-Control", "no-store").json({ steps });
  };
}
