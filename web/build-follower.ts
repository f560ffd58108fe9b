/**
 * The build of the step in view, followed over one stream (BuildConnection) into the side bar
 * (BuildView), whatever the number of its steps. The stream opens in its turn (see
 * second-connection.ts). A build page opens its running or first failed step by itself.
 */
import type { StepRef } from "../common/domain.ts";
import type { BuildRef, BuildStep } from "./api.ts";
import { BuildConnection } from "./build-connection.ts";
import { stepToOpen, type BuildView } from "./build-view.ts";
import { NO_BUILD_AFTER_MS } from "./missing.ts";
import type { SecondConnection } from "./second-connection.ts";
import type { Session } from "./session.ts";

export interface BuildFollowerEvents {
  /** the build's steps came or changed */
  changed(build: BuildRef): void;
  /** NO_BUILD_AFTER_MS since its steps were asked for: a build with no step can be said to be none */
  waited(): void;
  /** a build page opens this step by itself */
  open(step: StepRef): void;
}

export const sameBuild = (a: BuildRef | undefined, b: BuildRef) => a !== undefined && a.org === b.org && a.repo === b.repo && a.build === b.build;

export class BuildFollower {
  readonly #view: BuildView;
  readonly #session: Session;
  readonly #turns: SecondConnection;
  readonly #events: BuildFollowerEvents;
  #connection?: BuildConnection;
  #openStep = false; // a build page: open a step once the steps come
  #askedAt = 0; // when a build's steps were first asked for (see whyNothing)

  constructor(view: BuildView, session: Session, turns: SecondConnection, events: BuildFollowerEvents) {
    this.#view = view;
    this.#session = session;
    this.#turns = turns;
    this.#events = events;
  }

  /** The build followed, if any. */
  get followed(): BuildRef | undefined {
    return this.#connection?.build;
  }

  /** Its steps, once the first list of them has come. */
  get steps(): readonly BuildStep[] | undefined {
    return this.#connection?.loaded;
  }

  get askedAt(): number {
    return this.#askedAt;
  }

  /**
   * Follows the build's steps (one stream), unless it is the one already followed. `openStep`:
   * a build page, which opens its running (or first failed) step once the steps come.
   */
  follow(build: BuildRef, openStep = false): void {
    if (openStep) this.#openStep = true;
    if (sameBuild(this.followed, build)) return;
    this.#connection?.close();
    this.#view.setBuild(build);
    const opened = new BuildConnection(build, this.#session.token, (steps) => {
      this.#view.show(steps);
      this.#events.changed(build);
      if (!this.#openStep) return;
      const step = stepToOpen(steps);
      if (!step) return;
      this.#openStep = false;
      this.#events.open({ ...build, step: step.step });
    });
    this.#connection = opened;
    void this.#turns.forBuild().then(() => {
      if (this.#connection !== opened) return;
      this.#askedAt = Date.now();
      opened.open();
      setTimeout(() => this.#events.waited(), NO_BUILD_AFTER_MS + 50);
    });
  }

  /** Stops following (the Disconnect button): the list stays, no longer live. Idempotent. */
  close(): void {
    this.#connection?.close();
    this.#connection = undefined;
  }
}
