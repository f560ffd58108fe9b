/**
 * The viewer page's controller: which step and build are in view, and the address that says so
 * (Back, a reload and a shared link open the same). The step's lines are StepLog's, the build's
 * steps BuildFollower's, what the page says about them StepStatus's; this opens and closes them
 * together, in the order that keeps the page to two connections (see second-connection.ts).
 */
import { stepName, type StepRef } from "../common/domain.ts";
import { downloadUrl } from "./api.ts";
import { BuildFollower } from "./build-follower.ts";
import type { ConnectionState } from "./connection.ts";
import type { BuildView } from "./build-view.ts";
import { SecondConnection } from "./second-connection.ts";
import type { Session } from "./session.ts";
import type { StepForm } from "./step-form.ts";
import { StepLog, type LogParts } from "./step-log.ts";
import type { StepPicker } from "./step-picker.ts";
import { StepStatus, type StatusElements } from "./step-status.ts";
import { pageHref, rangeOfHash, readPageState, type LineRange, type PageState } from "./url-state.ts";

export interface PageParts {
  readonly session: Session;
  readonly log: LogParts;
  readonly status: StatusElements;
  readonly buildView: BuildView;
  readonly form: StepForm;
  readonly picker: StepPicker;
  /** the link to the raw log */
  readonly download: HTMLAnchorElement;
}

export class ViewerPage {
  readonly #parts: PageParts;
  readonly #turns = new SecondConnection();
  readonly #log: StepLog;
  readonly #build: BuildFollower;
  readonly #status: StepStatus;
  readonly #onPopState = () => this.#addressChanged();
  readonly #onHashChange = () => this.#fragmentChanged();

  constructor(parts: PageParts) {
    this.#parts = parts;
    const { session, log, buildView } = parts;
    this.#log = new StepLog(log, session, this.#turns, {
      state: (state) => this.#stateChanged(state),
      counted: () => this.#status.counted(),
      selectLine: (n) => this.goToLines({ from: n, to: n }),
      reload: (step) => this.open(step, undefined, false, true),
    });
    this.#build = new BuildFollower(buildView, session, this.#turns, {
      changed: (build) => this.#status.buildChanged(build),
      waited: () => this.#status.explain(),
      open: (step) => this.open(step),
    });
    this.#status = new StepStatus(parts.status, log.store, this.#log, this.#build, buildView);
  }

  /** Whether a build is followed: the step list then stops polling, which would take a third connection. */
  get followingBuild(): boolean {
    return this.#build.followed !== undefined;
  }

  /** Opens what the page's address names, once the token (if any) is traded for a cookie. */
  async start(initial: PageState): Promise<void> {
    window.addEventListener("popstate", this.#onPopState);
    window.addEventListener("hashchange", this.#onHashChange);
    this.#stateChanged(this.#log.state); // "not connected", until something opens
    await this.#parts.session.start();
    const listed = this.#parts.picker.refresh();
    this.#turns.takeForList(listed);
    if (initial.invalid) {
      this.#status.showInvalid(initial.invalid);
    } else if (initial.step) {
      this.open(initial.step, initial.lines);
    } else if (initial.build) {
      this.#status.showWaitingForBuild();
      this.#build.follow(initial.build, true);
    } else if (new URLSearchParams(location.search).get("auto") !== "0") {
      // A first visit shows logs moving at once: the newest running step's build page opens by
      // itself, with that step (`?auto=0` keeps the page idle), unless the user picked something meanwhile.
      void listed.then((steps) => {
        const running = steps.find((s) => s.status === "running");
        if (running && !this.#log.step) this.#build.follow(running, true);
      });
    }
  }

  /**
   * Opens a step's log; `push`: a new history entry (a click in the build's list), so Back returns.
   * Following the end (no line asked for), a long log is read tail first unless `whole`.
   */
  open(step: StepRef, lines?: LineRange, push = false, whole = false): void {
    const { session, buildView, form, picker, download } = this.#parts;
    this.#log.startOver(step, lines, !lines && !whole);
    this.#build.follow(step);
    buildView.select(step.step);
    form.fill(step);
    this.#status.showStep(step);
    this.#status.explain();
    download.href = downloadUrl(step, session.token);
    download.hidden = false;
    picker.select(step);
    if (push) history.pushState(null, "", pageHref({ step, token: session.token, lines }));
    else history.replaceState(null, "", pageHref({ step, token: session.token, lines }));
    this.#log.open();
  }

  /** Step n of the build followed, from its list: a new history entry. */
  openBuildStep(n: number): void {
    const build = this.#build.followed;
    if (build) this.open({ ...build, step: n }, undefined, true);
  }

  /** Disconnect stops every stream: the build's too (its list stays, no longer live). */
  disconnect(): void {
    this.#log.close();
    this.#build.close();
  }

  /** Highlights lines and puts them in the address (a shared link opens them), as a click on a line number does. */
  goToLines(lines: LineRange): void {
    const step = this.#log.step;
    if (step) history.pushState(null, "", pageHref({ step, token: this.#parts.session.token, lines }));
    this.#parts.log.view.jumpTo(lines.from, lines.to);
  }

  /** Stops both streams and listening to the address. */
  close(): void {
    window.removeEventListener("popstate", this.#onPopState);
    window.removeEventListener("hashchange", this.#onHashChange);
    this.disconnect();
  }

  #stateChanged(state: ConnectionState): void {
    this.#status.stateChanged();
    this.#parts.form.setConnected(state.kind === "connecting" || state.kind === "live" || state.kind === "reconnecting");
  }

  /** Back or Forward: another step opens; the same one goes to the lines in the address. */
  #addressChanged(): void {
    const back = readPageState(location.search, location.hash);
    const step = this.#log.step;
    if (back.step && (!step || stepName(back.step) !== stepName(step))) this.open(back.step, back.lines);
    else if (back.lines && step) this.#parts.log.view.jumpTo(back.lines.from, back.lines.to);
  }

  /** A click on a line number changes only the fragment: that line is highlighted, the stream kept. */
  #fragmentChanged(): void {
    const lines = rangeOfHash(location.hash);
    if (lines && this.#log.step) this.#parts.log.view.jumpTo(lines.from, lines.to);
  }
}
