/**
 * A step's address through nginx (`http://host:8080/acme/app/builds/7/steps/2`, possibly under a
 * path prefix) and the addresses of what the client calls for it (docs/api.md).
 */
import { isStepRef, parseStepRef, type StepRef } from "../common/domain.ts";

export interface StepUrls {
  readonly step: StepRef;
  /** the step itself: `PUT` names it */
  readonly stepUrl: string;
  /** `POST` appends lines; `GET` is the raw log */
  readonly logs: string;
  readonly end: string;
  /** SSE */
  readonly events: string;
  /** the build's secrets (`POST`) */
  readonly secrets: string;
  /** the build's steps (`GET`), for a step's status */
  readonly buildSteps: string;
}

const STEP_PATH = /^(.*)\/([^/]+)\/([^/]+)\/builds\/([^/]+)\/steps\/([^/]+)\/?$/;

/** The step's addresses, or throws a message that says what a step URL looks like. */
export function parseStepUrl(input: string): StepUrls {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new TypeError(`not a URL: "${input}" (a step's address looks like http://host:8080/acme/app/builds/7/steps/2)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`the step URL must be http or https, got ${url.protocol}`);
  if (url.search || url.hash) throw new TypeError("the step URL takes no query or fragment");
  const m = STEP_PATH.exec(url.pathname);
  if (!m) throw new TypeError(`"${input}" is not a step's address: it must end in /<org>/<repo>/builds/<build>/steps/<step>`);
  const [, prefix, org, repo, build, stepNumber] = m;
  const step = parseStepRef({ org, repo, build, step: stepNumber });
  if (!isStepRef(step)) throw new TypeError(`"${input}": ${step.error}`);
  const buildUrl = `${url.origin}${prefix}/${org}/${repo}/builds/${build}`;
  const stepUrl = `${buildUrl}/steps/${stepNumber}`;
  return {
    step,
    stepUrl,
    logs: `${stepUrl}/logs`,
    end: `${stepUrl}/logs/end`,
    events: `${stepUrl}/logs/events`,
    secrets: `${buildUrl}/secrets`,
    buildSteps: `${buildUrl}/steps`,
  };
}
