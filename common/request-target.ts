/**
 * One resource, one URL (docs/api.md, "Addresses"): the checks of a request's raw target that
 * both services make before routing, so no route of either, express or plain node:http, can
 * answer on a second spelling of its path. Case and exact segments are the routers' part
 * (express with "case sensitive routing" and "strict routing", see common/http.ts).
 */

export const NO_ROUTE = "no such route: see the README for the API";

export interface TargetProblem {
  readonly status: 400 | 404;
  readonly error: string;
}

/**
 * Why a raw request target (`req.url`, path and query as sent) is refused, or undefined.
 * - a `%` in the path: every valid segment is plain `[A-Za-z0-9._-]`, so an escape can only be a
 *   second spelling of a path (`/builds/%37` for build 7) or of something no route takes: 400;
 * - an empty segment or a trailing `/` (`/logs/`, `//`): no route has one: 404;
 * - a query parameter given twice (`?lastEventId=7&lastEventId=3`): which one counts would be a
 *   guess: 400.
 */
export function requestTargetProblem(url: string): TargetProblem | undefined {
  const q = url.indexOf("?");
  const path = q < 0 ? url : url.slice(0, q);
  if (path.includes("%")) return { status: 400, error: "write the path without percent-escapes: names are [A-Za-z0-9._-], numbers are digits" };
  if (path !== "/" && (path.endsWith("/") || path.includes("//"))) return { status: 404, error: NO_ROUTE };
  if (q >= 0) {
    const seen = new Set<string>();
    for (const key of new URLSearchParams(url.slice(q + 1)).keys()) {
      if (seen.has(key)) return { status: 400, error: `the query parameter "${key}" is given more than once` };
      seen.add(key);
    }
  }
  return undefined;
}
