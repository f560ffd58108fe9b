/**
 * What the page says when the step or build an address names does not show up: a build whose
 * every step has ended has no other step to wait for; a build with no step at all after a
 * bounded wait does not exist (or was never logged). It keeps listening either way, so a step
 * that starts after all is shown.
 */
import type { BuildStep } from "./api.ts";

/** How long a build may have no step at all before the page says there is no such build. */
export const NO_BUILD_AFTER_MS = 10_000;

const done = (s: BuildStep) => s.status !== "running" && s.status !== "pending";

/**
 * Why `step` (of the build, whose steps are `steps` once loaded) shows no line, if the page can
 * say; `waitedMs`: since the build's steps were first asked for. `step` undefined: a build page.
 */
export function whyNothing(build: string, steps: readonly BuildStep[] | undefined, step: number | undefined, waitedMs: number): string | undefined {
  if (!steps) return undefined; // not loaded yet
  if (steps.length === 0) return waitedMs >= NO_BUILD_AFTER_MS ? `No such build: nothing has been logged for ${build}.` : undefined;
  if (step === undefined || steps.some((s) => s.step === step)) return undefined;
  if (!steps.every(done)) return undefined; // a step still to come may be this one
  const listed = steps.map((s) => s.step).join(", ");
  return `No step ${step} in build ${build}: it has ended, with ${steps.length === 1 ? `step ${listed}` : `steps ${listed}`}.`;
}
