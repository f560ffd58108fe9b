/** A build step's address, validated against the path rules of docs/api.md. */
export interface StepRef {
  readonly org: string;
  readonly repo: string;
  readonly build: number;
  readonly step: number;
}

// `.` and `..` are refused: URLs (browsers, nginx) resolve them away, so no link could reach such a step
const NAME = /^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;
const POSITIVE_INT = /^[1-9][0-9]{0,15}$/;

/** Returns the step, or a message saying which path segment is wrong. */
export function parseStepRef(params: Record<string, string | undefined>): StepRef | { error: string } {
  const { org = "", repo = "", build = "", step = "" } = params;
  if (!NAME.test(org)) return { error: "org must match [A-Za-z0-9._-]{1,100} and not be . or .." };
  if (!NAME.test(repo)) return { error: "repo must match [A-Za-z0-9._-]{1,100} and not be . or .." };
  if (!POSITIVE_INT.test(build) || !Number.isSafeInteger(Number(build))) return { error: "build must be a positive integer, without leading zeros" };
  if (!POSITIVE_INT.test(step) || !Number.isSafeInteger(Number(step))) return { error: "step must be a positive integer, without leading zeros" };
  return { org, repo, build: Number(build), step: Number(step) };
}

export function isStepRef(value: StepRef | { error: string }): value is StepRef {
  return !("error" in value);
}

/** "org/repo/build/step": the step's name in keys, logs and the recent-steps index. */
export function stepName(ref: StepRef): string {
  return `${ref.org}/${ref.repo}/${ref.build}/${ref.step}`;
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

/** One entry of `GET /api/steps` (relay/steps-route.ts), as the viewer reads it. */
export interface StepSummary {
  readonly name: string;
  readonly org: string;
  readonly repo: string;
  readonly build: number;
  readonly step: number;
  /** "running" or an end status */
  readonly status: string;
  /** number of the last line */
  readonly lines: number;
  readonly started: number | null;
  readonly ended: number | null;
  /** last activity, ms since the epoch */
  readonly updated: number;
}
