/**
 * `POST /:org/:repo/builds/:build/secrets`, JSON `{"values":["..."]}`: registers secret values
 * that every line of the build appended afterwards has masked (secret-mask.ts), stored per
 * build (secret-store.ts) once checked (secret-values.ts).
 */
import type { Request, Response } from "express";
import { sendError } from "../common/http.ts";
import { buildName, isBuildRef, parseBuildRef } from "../common/domain.ts";
import type { BuildSecrets } from "./secret-store.ts";
import { parseSecretValues } from "./secret-values.ts";

/** POST /:org/:repo/builds/:build/secrets, after the producer's bearer auth and a JSON body parser. */
export function registerSecretsRoute(secrets: BuildSecrets) {
  return async (req: Request, res: Response): Promise<void> => {
    // the same path rules as a step's, for org, repo and build
    const build = parseBuildRef(req.params as Record<string, string>);
    if (!isBuildRef(build)) return sendError(res, 400, build.error);
    const values = parseSecretValues(req.body);
    if ("error" in values) return sendError(res, 400, values.error);
    let result;
    try {
      result = await secrets.register(build, values);
    } catch (err) {
      req.log.warn({ err: (err as Error).message }, "registering secrets failed");
      return sendError(res, 503, "secret storage is unavailable; retry before sending lines", { "Retry-After": "2" });
    }
    if ("error" in result) return sendError(res, 400, result.error);
    req.log.info({ build: buildName(build), count: values.length }, "secrets registered");
    res.json({ registered: values.length, total: result.total });
  };
}
