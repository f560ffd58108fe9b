/**
 * The build page's API (docs/api.md): `GET /:org/:repo/builds/:build/steps`, the build's steps
 * as JSON, and `GET /:org/:repo/builds/:build/events`, the same live over one SSE connection
 * (relay/build-events.ts). With auth on, the token must grant the whole build (a pattern such
 * as "acme/*" or "acme/app/12"); one granting single steps only gets 403 here.
 */
import type { Express, Request, Response } from "express";
import type { Logger } from "pino";
import { sendError } from "../common/http.ts";
import { buildName, isBuildRef, parseBuildRef, type BuildRef } from "../common/domain.ts";
import { BuildFeed } from "./build-events.ts";
import { admitStream } from "./connections.ts";
import type { RelayDeps } from "./routes.ts";
import { Subscriber } from "./subscriber.ts";

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
  let streamLog: Logger | undefined;
  const log = () => (streamLog ??= req.log.child({ build: buildName(build) }));
  const subscriber = new Subscriber(res, config);
  const feed = new BuildFeed(build, subscriber, deps.broker, log);
  connections.add(subscriber);
  subscriber.onClose(() => hub.leaveBuild(build, feed));
  res.on("close", () => subscriber.close("left"));
  req.socket.setNoDelay(true);
  subscriber.open(ok.expiresAt);
  // join before the snapshot is read, so no change falls in between; while Redis is away the
  // stream stays open (a browser EventSource gives up on a 503) and starts once it answers
  for (let delay = 200; !subscriber.closed; delay = Math.min(delay * 2, 2000)) {
    try {
      await hub.joinBuild(build, feed);
      if (!subscriber.closed) await feed.start();
      return;
    } catch (err) {
      log().warn({ err: (err as Error).message }, "redis unavailable for a build stream, retrying");
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
