/**
 * The build page's API (docs/api.md): `GET /:org/:repo/builds/:build/steps`, the build's steps
 * as JSON, and `GET /:org/:repo/builds/:build/events`, the same live over one SSE connection
 * (relay/stream/build-feed.ts). With auth on, the token must grant the whole build (a pattern such
 * as "acme/*" or "acme/app/12"); one granting single steps only gets 403 here.
 */
import type { Express, Request, Response } from "express";
import { sendError } from "../../common/http.ts";
import { buildName, isBuildRef, parseBuildRef, type BuildRef } from "../../common/domain.ts";
import { BuildFeed } from "../stream/build-feed.ts";
import { admitStream, openStream, streamLogger } from "./connections.ts";
import type { RelayDeps } from "./deps.ts";
import { retry } from "../stream/retry.ts";
import { ViewerConnection } from "../stream/viewer-connection.ts";

const STEPS_PATH = "/:org/:repo/builds/:build/steps";
const BUILD_EVENTS_PATH = "/:org/:repo/builds/:build/events";

export function buildRoutes(app: Express, deps: RelayDeps): void {
  app.get(STEPS_PATH, (req, res) => listSteps(deps, req, res));
  app.head(BUILD_EVENTS_PATH, (_req, res) => sendError(res, 405, "use GET for a stream", { Allow: "GET" }));
  app.get(BUILD_EVENTS_PATH, (req, res) => streamBuild(deps, req, res));
  for (const path of [STEPS_PATH, BUILD_EVENTS_PATH]) {
    app.all(path, (_req, res) => sendError(res, 405, "this path takes GET", { Allow: "GET" }));
  }
}

/** The build of the path, or why not; answers 400/401/403 itself and returns undefined then. */
async function authorizedBuild(deps: RelayDeps, req: Request, res: Response): Promise<{ build: BuildRef; expiresAt: number } | undefined> {
  const build = parseBuildRef(req.params as Record<string, string>);
  if (!isBuildRef(build)) return void sendError(res, 400, build.error);
  if (!deps.authorize) return { build, expiresAt: Infinity };
  const grant = await deps.authorize.verify(req, req.query);
  if (!grant.ok) return void sendError(res, grant.status, grant.error, grant.headers);
  // step 0 is no step: only patterns covering every step of the build grant it
  if (!grant.grants({ ...build, step: 0 })) return void sendError(res, 403, "the token does not grant this build's logs");
  return { build, expiresAt: grant.expiresAt };
}

async function listSteps(deps: RelayDeps, req: Request, res: Response): Promise<void> {
  const ok = await authorizedBuild(deps, req, res);
  if (!ok) return;
  try {
    const steps = await deps.broker.buildSteps(ok.build);
    res.set("Cache-Control", "no-store").json({ steps });
  } catch (err) {
    req.log.warn({ err: (err as Error).message }, "build steps listing failed");
    sendError(res, 503, "log storage is unavailable; retry", { "Retry-After": "2" });
  }
}

async function streamBuild(deps: RelayDeps, req: Request, res: Response): Promise<void> {
  const { config, hub, connections } = deps;
  const ok = await authorizedBuild(deps, req, res);
  if (!ok) return;
  if (!admitStream(deps, res)) return;
  const { build } = ok;
  const log = streamLogger(req.log, { build: buildName(build) });
  const viewer = new ViewerConnection(res, config);
  const feed = new BuildFeed(build, viewer, deps.broker, log);
  openStream(connections, req, res, viewer, ok.expiresAt, () => hub.leaveBuild(build, feed));
  // join before the snapshot is read, so no change falls in between; while Redis is away the
  // stream stays open (a browser EventSource gives up on a 503) and starts once it answers
  await retry(
    async () => {
      await hub.joinBuild(build, feed);
      if (!viewer.closed) await feed.start();
    },
    {
      firstMs: 200,
      waitFirst: false,
      stopped: () => viewer.closed,
      failed: (err) => log().warn({ err: err.message }, "redis unavailable for a build stream, retrying"),
    },
  );
}
