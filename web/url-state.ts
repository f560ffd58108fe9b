/**
 * The page's address: `/?step=org/repo/build/step&token=jwt#L120` (or `#L120-L130`, a range).
 * The step is a query parameter (one shareable URL per step, readable by nginx's `location =
 * /`), the lines are the fragment, as on code hosts, so clicking a line number changes only the
 * fragment. An address that tries to name a step or build and fails says why (`invalid`)
 * instead of being taken for no address at all.
 */
import { isStepRef, parseStepRef, stepName, type StepRef } from "../common/domain.ts";

/** Lines from..to (one line: from = to). */
export interface LineRange {
  readonly from: number;
  readonly to: number;
}

export interface PageState {
  readonly step?: StepRef;
  /** a build page (`?build=org/repo/12`): opens the running or first failed step by itself */
  readonly build?: { readonly org: string; readonly repo: string; readonly build: number };
  /** lines to open on, from `#L<n>` or `#L<n>-L<m>` */
  readonly lines?: LineRange;
  /** viewer token for the relay when auth is on (EventSource cannot send headers) */
  readonly token?: string;
  /** why `?step=` or `?build=` names nothing, when it does not */
  readonly invalid?: string;
}

/** A step (or, with `parts` 3, a build) from its "org/repo/build[/step]" name, or what is wrong with it. */
function parseName(name: string, parts: 3 | 4): StepRef | { error: string } {
  const segments = name.split("/");
  const what = parts === 4 ? "org/repo/build/step" : "org/repo/build";
  if (segments.length !== parts) return { error: `it must be ${what}, ${parts} parts separated by /` };
  const [org, repo, build, step = "1"] = segments;
  return parseStepRef({ org, repo, build, step });
}

export function readPageState(search: string, hash: string): PageState {
  const params = new URLSearchParams(search);
  const token = params.get("token") || undefined;
  const lines = rangeOfHash(hash);
  const name = params.get("step");
  if (name !== null) {
    const step = parseName(name, 4);
    if (!isStepRef(step)) return { lines, token, invalid: `“${name}” is not a step address: ${step.error}` };
    return { step, lines, token };
  }
  const buildName = params.get("build");
  if (buildName !== null) {
    const build = parseName(buildName, 3);
    if (!isStepRef(build)) return { lines, token, invalid: `“${buildName}” is not a build address: ${build.error}` };
    return { build: { org: build.org, repo: build.repo, build: build.build }, lines, token };
  }
  return { lines, token };
}

/** The page's address without its `token=` parameter, the rest as it was written. */
export function withoutToken(search: string, hash: string): string {
  const kept = search
    .replace(/^\?/, "")
    .split("&")
    .filter((part) => part !== "" && !part.startsWith("token="));
  return `?${kept.join("&")}${hash}`;
}

/** `#L120` -> 120..120, `#L120-L130` (or `#L120-130`) -> 120..130; anything else -> undefined. */
export function rangeOfHash(hash: string): LineRange | undefined {
  const m = /^#L([1-9][0-9]{0,15})(?:-L?([1-9][0-9]{0,15}))?$/.exec(hash);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/** The fragment for lines: `#L7`, `#L7-L9`. */
export function rangeHash(lines: LineRange): string {
  return lines.to > lines.from ? `#L${lines.from}-L${lines.to}` : `#L${lines.from}`;
}

/** The page URL (search + hash) for a state; `step=` keeps its slashes readable. */
export function pageHref(state: PageState): string {
  const parts: string[] = [];
  if (state.step) parts.push(`step=${stepName(state.step).split("/").map(encodeURIComponent).join("/")}`);
  else if (state.build) parts.push(`build=${[state.build.org, state.build.repo, String(state.build.build)].map(encodeURIComponent).join("/")}`);
  if (state.token) parts.push(`token=${encodeURIComponent(state.token)}`);
  return `${parts.length ? `?${parts.join("&")}` : "?"}${state.lines ? rangeHash(state.lines) : ""}`;
}
