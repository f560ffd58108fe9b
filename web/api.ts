/** The relay URLs the page uses, relative to the page's origin, with the token when there is one. */
import type { BuildRef, StepRef } from "../common/domain.ts";

function stepPath(step: StepRef): string {
  return `/${encodeURIComponent(step.org)}/${encodeURIComponent(step.repo)}/builds/${step.build}/steps/${step.step}/logs`;
}

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const q = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`);
  return q.length ? `${path}?${q.join("&")}` : path;
}

/** The SSE stream, resuming after `lastLine` (0 = from the first line). */
export function eventsUrl(step: StepRef, lastLine: number, token?: string): string {
  return withQuery(`${stepPath(step)}/events`, { lastEventId: lastLine > 0 ? lastLine : undefined, token });
}

/** The raw log as text/plain. */
export function downloadUrl(step: StepRef, token?: string): string {
  return withQuery(stepPath(step), { token });
}

/** A build, and one of its steps as the build's stream and `/steps` list give it (times in ms). */
export type { BuildRef, BuildStep } from "../common/domain.ts";

function buildPath(build: BuildRef): string {
  return `/${encodeURIComponent(build.org)}/${encodeURIComponent(build.repo)}/builds/${build.build}`;
}

/** A build's steps as JSON (`{"steps":[...]}`), each with its line count. */
export function buildStepsUrl(build: BuildRef, token?: string): string {
  return withQuery(`${buildPath(build)}/steps`, { token });
}

/** The build page's stream: its steps, then a change per event. */
export function buildEventsUrl(build: BuildRef, token?: string): string {
  return withQuery(`${buildPath(build)}/events`, { token });
}

export function recentStepsUrl(limit: number, token?: string): string {
  return withQuery("/api/steps", { limit, token });
}

export type { RecentStep } from "../common/domain.ts";

/**
 * Trades a viewer token for the relay's HttpOnly cookie (`GET /api/session`), so it need not
 * travel in URLs. `cookie`: set (or auth is off), no token in URLs from now on; `url`: the relay
 * did not take it, it stays in the URLs (the stream then says why); `kept`: the browser is
 * signed in as another viewer, whose session the relay kept: the page asks before switching.
 * `replace`: the person chose to switch.
 */
export async function tokenToCookie(token: string, replace = false): Promise<"cookie" | "url" | "kept"> {
  try {
    const res = await fetch(`/api/session${replace ? "?replace=1" : ""}`, { headers: { Authorization: `Bearer ${token}` }, credentials: "same-origin" });
    return res.status === 204 ? "cookie" : res.status === 409 ? "kept" : "url";
  } catch {
    return "url";
  }
}

/** The `error` of a JSON error body, or the HTTP status text. */
export async function errorReason(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { error?: unknown };
    if (typeof body.error === "string") return `${res.status} ${body.error}`;
  } catch {
    // not JSON: a proxy in front of ours may answer with an HTML page
  }
  return `${res.status} ${res.statusText}`.trim();
}
