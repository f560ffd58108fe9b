/**
 * The page's address: `/?step=org/repo/build/step&token=jwt#L120`. The step is a query
 * parameter (one shareable URL per step, readable by nginx's `location = /`), the line is
 * the fragment, as on code hosts, so clicking a line number changes only the fragment.
 */
import { stepFromName, stepName, type StepRef } from "../common/step.ts";

export interface PageState {
  readonly step?: StepRef;
  /** a build page (`?build=org/repo/12`): opens the running or first failed step by itself */
  readonly build?: { readonly org: string; readonly repo: string; readonly build: number };
  /** line to open on, from `#L<n>` */
  readonly line?: number;
  /** viewer token for the relay when auth is on (EventSource cannot send headers) */
  readonly token?: string;
}

export function readPageState(search: string, hash: string): PageState {
  const params = new URLSearchParams(search);
  const name = params.get("step");
  const build = stepFromName(`${params.get("build") ?? ""}/1`);
  return {
    step: name ? stepFromName(name) : undefined,
    build: build && { org: build.org, repo: build.repo, build: build.build },
    line: lineOfHash(hash),
    token: params.get("token") || undefined,
  };
}

/** The page's address without its `token=` parameter, the rest as it was written. */
export function withoutToken(search: string, hash: string): string {
  const kept = search
    .replace(/^\?/, "")
    .split("&")
    .filter((part) => part !== "" && !part.startsWith("token="));
  return `?${kept.join("&")}${hash}`;
}

/** `#L120` -> 120; anything else -> undefined. */
export function lineOfHash(hash: string): number | undefined {
  const m = /^#L([1-9][0-9]{0,15})$/.exec(hash);
  return m ? Number(m[1]) : undefined;
}

/** The page URL (search + hash) for a state; `step=` keeps its slashes readable. */
export function pageHref(state: PageState): string {
  const parts: string[] = [];
  if (state.step) parts.push(`step=${stepName(state.step).split("/").map(encodeURIComponent).join("/")}`);
  else if (state.build) parts.push(`build=${[state.build.org, state.build.repo, String(state.build.build)].map(encodeURIComponent).join("/")}`);
  if (state.token) parts.push(`token=${encodeURIComponent(state.token)}`);
  return `${parts.length ? `?${parts.join("&")}` : "?"}${state.line ? `#L${state.line}` : ""}`;
}
