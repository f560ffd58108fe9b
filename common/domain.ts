/**
 * The domain in its own words, with no Redis, key or wire format in it: a build's and a step's
 * address (validated against the path rules of docs/api.md) and name, a step's status, its run,
 * a page of its lines, its summary, and the messages a relay hears about a step or a build.
 * The producer, the relay (its broker seam, hub and feeds), the Redis side and the page import
 * it; it imports nothing but a type.
 */
import type { LiveMessage } from "./live-events.ts";

/** A build's address. */
export interface BuildRef {
  readonly org: string;
  readonly repo: string;
  readonly build: number;
}

/** A build step's address. */
export interface StepRef extends BuildRef {
  readonly step: number;
}

// `.` and `..` are refused: URLs (browsers, nginx) resolve them away, so no link could reach such a step
const NAME = /^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;
const POSITIVE_INT = /^[1-9][0-9]{0,15}$/;

/** Returns the build, or a message saying which path segment is wrong. */
export function parseBuildRef(params: Record<string, string | undefined>): BuildRef | { error: string } {
  const { org = "", repo = "", build = "" } = params;
  if (!NAME.test(org)) return { error: "org must match [A-Za-z0-9._-]{1,100} and not be . or .." };
  if (!NAME.test(repo)) return { error: "repo must match [A-Za-z0-9._-]{1,100} and not be . or .." };
  if (!POSITIVE_INT.test(build) || !Number.isSafeInteger(Number(build))) return { error: "build must be a positive integer, without leading zeros" };
  return { org, repo, build: Number(build) };
}

/** Returns the step, or a message saying which path segment is wrong. */
export function parseStepRef(params: Record<string, string | undefined>): StepRef | { error: string } {
  const build = parseBuildRef(params);
  if ("error" in build) return build;
  const { step = "" } = params;
  if (!POSITIVE_INT.test(step) || !Number.isSafeInteger(Number(step))) return { error: "step must be a positive integer, without leading zeros" };
  return { ...build, step: Number(step) };
}

export function isStepRef(value: StepRef | { error: string }): value is StepRef {
  return !("error" in value);
}

export function isBuildRef(value: BuildRef | { error: string }): value is BuildRef {
  return !("error" in value);
}

/** "org/repo/build": the build's name in keys and logs. */
export function buildName(ref: BuildRef): string {
  return `${ref.org}/${ref.repo}/${ref.build}`;
}

/** "org/repo/build/step": the step's name in keys, logs and the recent-steps index. */
export function stepName(ref: StepRef): string {
  return `${buildName(ref)}/${ref.step}`;
}

export function stepFromName(name: string): StepRef | undefined {
  const [org, repo, build, step, extra] = name.split("/");
  if (extra !== undefined) return undefined;
  const parsed = parseStepRef({ org, repo, build, step });
  return isStepRef(parsed) ? parsed : undefined;
}

/** A step's status as stored: running until the producer ends it. */
export const END_STATUSES = ["success", "failure", "canceled", "error"] as const;
export type EndStatus = (typeof END_STATUSES)[number];

export function isEndStatus(value: unknown): value is EndStatus {
  return typeof value === "string" && (END_STATUSES as readonly string[]).includes(value);
}

/**
 * A step's run: the time (ms) of its first append, which stored line 1; NO_RUN before any. A
 * step whose keys expired starts again from line 1 under another run, so a line number names a
 * line only together with its run.
 */
export type Run = number;
export const NO_RUN: Run = 0;

/** A page of a step's stored lines, and the step's state when it was read. */
export interface LinePage {
  /** number of the oldest retained line (last + 1 when none is stored) */
  readonly first: number;
  /** number of the last line stored; 0 when the step has no line yet */
  readonly last: number;
  /** "" (not started), "running", or an end status */
  readonly status: string;
  /** the run these lines belong to; also the time of the live message carrying line 1 */
  readonly started: Run;
  /** lines from max(from, first), consecutive */
  readonly lines: readonly string[];
  /** number of lines[0] */
  readonly from: number;
  /** when each of `lines` arrived (ms); undefined when not recorded */
  readonly times?: readonly number[];
}

/**
 * What is known of a step, as its meta holds it (the one summary behind `GET /api/steps`, a
 * build's steps and the build's events). Times are ms, null when unset.
 */
export interface StepSummary {
  /** "pending" (named, no line yet), "running", or an end status */
  readonly status: string;
  /** number of the last line */
  readonly lines: number;
  /** first activity: the first line (the run) */
  readonly started: Run | null;
  readonly ended: number | null;
  /** last activity: the last line, the end */
  readonly updated: number | null;
}

/** One step of `GET /:org/:repo/builds/:build/steps` and of the build's events. */
export interface BuildStep extends StepSummary {
  readonly step: number;
  /** the name the producer gave it, null when none */
  readonly name: string | null;
}

/** One entry of `GET /api/steps` (the viewer's step picker): `name` is the step's "org/repo/build/step". */
export interface RecentStep extends StepRef, StepSummary {
  readonly name: string;
  /** last activity, ms since the epoch */
  readonly updated: number;
}

/** A step's line count as the build's `counts` event carries it. */
export interface StepCount {
  readonly step: number;
  readonly lines: number;
  readonly updated: number;
}

/** The state so far of line `n`, not ended yet; `textJson` is its text as a JSON string, unparsed. */
export interface LivePartial {
  readonly kind: "partial";
  readonly n: number;
  readonly textJson: string;
}

/** What a relay hears about a step: lines (their event encoded once, kept as bytes), the end, or a line still being written. */
export type StepMessage = LiveMessage | LivePartial;

/** What a relay hears about a build, its JSON unparsed: `kind` names its SSE event. */
export interface BuildMessage {
  readonly kind: "step" | "counts";
  readonly json: string;
}
