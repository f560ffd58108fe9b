/**
 * What the page says about the step in view outside its log: its name (in the toolbar and the
 * tab), the stream's state (the badge, the tab's title and favicon), the line count, and why
 * nothing shows when the step or build asked for does not show up (see missing.ts).
 */
import { buildName, stepName, type StepRef } from "../common/domain.ts";
import type { BuildRef } from "./api.ts";
import { sameBuild, type BuildFollower } from "./build-follower.ts";
import type { BuildView } from "./build-view.ts";
import type { ConnectionState } from "./connection.ts";
import { countOf } from "./format.ts";
import type { LogStore } from "./log-store.ts";
import { whyNothing } from "./missing.ts";
import { hideNotice, showNotice } from "./notice.ts";
import { showState } from "./status-view.ts";
import { showTabStatus } from "./tab-status.ts";
import { pageHref } from "./url-state.ts";

export interface StatusElements {
  /** the step's name in the toolbar */
  readonly title: HTMLElement;
  /** the stream's state in words */
  readonly badge: HTMLElement;
  readonly lineCount: HTMLElement;
}

/** What the status reads of the log (StepLog): the step in view and its stream's state. */
export interface StepInView {
  readonly step: StepRef | undefined;
  readonly state: ConnectionState;
}

export class StepStatus {
  readonly #el: StatusElements;
  readonly #store: LogStore;
  readonly #log: StepInView;
  readonly #build: BuildFollower;
  readonly #names: BuildView; // the steps' names, as the build lists them
  #saying = ""; // what the notice says about a step or build that does not show up

  constructor(elements: StatusElements, store: LogStore, log: StepInView, build: BuildFollower, names: BuildView) {
    this.#el = elements;
    this.#store = store;
    this.#log = log;
    this.#build = build;
    this.#names = names;
  }

  /** The step's name: the one its build lists, else its address. */
  showStep(step: StepRef): void {
    const title = this.#el.title;
    const name = this.#names.nameOf(step.step);
    const text = name ? `${name}` : stepName(step);
    if (title.textContent !== text) title.textContent = text;
    title.title = stepName(step);
    showTabStatus(text, this.#log.state, this.#store.count > 0);
  }

  /** An address that names no step says so, instead of opening something else. */
  showInvalid(why: string): void {
    this.#el.title.textContent = "no step";
    showNotice(`Invalid address: ${why}`, [{ label: "recent steps", href: "/?auto=0" }]);
  }

  /** A build page before its steps have come. */
  showWaitingForBuild(): void {
    this.#el.title.textContent = "waiting for the build's steps";
  }

  stateChanged(): void {
    const hasLines = this.#store.count > 0;
    showState(this.#el.badge, this.#log.state, hasLines);
    showTabStatus(this.#log.step ? this.#el.title.textContent : "", this.#log.state, hasLines);
    this.explain();
  }

  /** The build's steps changed: the step's name may have come with them, or it may be missing. */
  buildChanged(build: BuildRef): void {
    const step = this.#log.step;
    if (step && sameBuild(build, step)) this.showStep(step);
    this.explain();
  }

  /** On the log's frame: the count, and the state as it reads with lines or without. */
  counted(): void {
    const count = this.#store.count;
    this.#el.lineCount.textContent = count ? countOf(count, "line") : "";
    showState(this.#el.badge, this.#log.state, count > 0);
    if (this.#log.step) showTabStatus(this.#el.title.textContent, this.#log.state, count > 0);
    if (this.#saying && count > 0) this.explain();
  }

  /** Says (or stops saying) why the step or build asked for shows nothing: see missing.ts. */
  explain(): void {
    const build = this.#build.followed;
    const step = this.#log.step;
    const state = this.#log.state;
    const waiting = !step || (this.#store.count === 0 && (state.kind === "live" || state.kind === "connecting"));
    const askedAt = this.#build.askedAt;
    const why = build && waiting && askedAt ? whyNothing(buildName(build), this.#build.steps, step?.step, Date.now() - askedAt) : undefined;
    if ((why ?? "") === this.#saying) return;
    if (this.#saying) hideNotice();
    this.#saying = why ?? "";
    if (!why || !build) return;
    const buildHref = `/${pageHref({ build })}`;
    showNotice(why, [...(step ? [{ label: "open the build", href: buildHref }] : []), { label: "recent steps", href: "/?auto=0" }]);
  }
}
