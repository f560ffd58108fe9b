/**
 * The step's lines on the page: its stream into the store, and what is read from the store (the
 * groups, the issues listed, the filter, the search, the log view) kept in step with it, on a
 * frame at most ~30 times a second like the log itself. A long log followed at its end is read
 * tail first (see tail-first.ts): the lines before the tail come on the page's second
 * connection (see second-connection.ts) and are put in front.
 */
import type { StepRef } from "../common/domain.ts";
import { clearAnnotations, showAnnotations } from "./annotations-view.ts";
import { StepConnection, type ConnectionState } from "./connection.ts";
import { FrameThrottle } from "./frame-throttle.ts";
import type { LineFilter } from "./line-filter.ts";
import type { LineSearch } from "./line-search.ts";
import type { LogGroups } from "./log-groups.ts";
import type { LogStore } from "./log-store.ts";
import type { LogView } from "./log-view.ts";
import type { SearchBox } from "./search-box.ts";
import type { SecondConnection } from "./second-connection.ts";
import type { Session } from "./session.ts";
import { TAIL_LINES, loadHead, stepLineCount } from "./tail-first.ts";
import type { LineRange } from "./url-state.ts";

/** The lines held and what shows them. */
export interface LogParts {
  readonly store: LogStore;
  readonly groups: LogGroups;
  readonly filter: LineFilter;
  readonly search: LineSearch;
  readonly view: LogView;
  readonly searchBox: SearchBox;
  /** the panel listing the step's issues */
  readonly annotations: HTMLElement;
}

export interface StepLogEvents {
  /** the stream's state changed ("idle" once closed) */
  state(state: ConnectionState): void;
  /** the frame that follows new lines runs: what the page says about them can follow too */
  counted(): void;
  /** an issue listed was clicked: its line */
  selectLine(n: number): void;
  /** the head of a log read tail first could not be had whole: the page opens the step again, read whole */
  reload(step: StepRef): void;
}

export class StepLog {
  readonly #parts: LogParts;
  readonly #session: Session;
  readonly #turns: SecondConnection;
  readonly #events: StepLogEvents;
  readonly #frame = new FrameThrottle(() => this.#counted());
  #step?: StepRef;
  #state: ConnectionState = { kind: "idle" };
  #connection?: StepConnection;
  #load = 0; // bumped each time the lines held start over: see #isCurrent
  #tailFirst = false;
  #releaseHead = () => {}; // gives the second connection back once the head is read (or not)
  #head?: { cancel(): void };
  #tailShown?: () => void; // set while a tail-first load waits for the tail to be drawn

  constructor(parts: LogParts, session: Session, turns: SecondConnection, events: StepLogEvents) {
    this.#parts = parts;
    this.#session = session;
    this.#turns = turns;
    this.#events = events;
  }

  /** The step whose lines are held (it stays after close()). */
  get step(): StepRef | undefined {
    return this.#step;
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /**
   * Starts the log over for `step`: the stream held ends and the lines go; it opens at `lines`
   * once they come, else it follows the end. The new stream opens with open(), once the page
   * shows the step, so the stream's first state is shown under the step's own name.
   */
  startOver(step: StepRef, lines: LineRange | undefined, tailFirst: boolean): void {
    this.close();
    this.#step = step;
    this.#tailFirst = tailFirst;
    this.#releaseHead = this.#turns.newLoad(tailFirst);
    this.#parts.store.clear();
    this.#linesReplaced();
    if (lines) this.#parts.view.jumpTo(lines.from, lines.to);
    else this.#parts.view.setFollowing(true);
  }

  /** Opens the stream of the step startOver() named: from its first line, or tail first. */
  open(): void {
    const step = this.#step!;
    const { store, view } = this.#parts;
    const opened = new StepConnection(step, this.#session.token, () => store.last, {
      lines: (n, lines, t) => {
        if (store.append(n, lines, t) > 0) {
          // the count's frame first: its writes then come before the log's, which measures its rows
          // (one layout for both, not a second one after the measuring)
          this.#frame.request();
          view.linesAdded();
          if (this.#tailShown) requestAnimationFrame(() => requestAnimationFrame(() => this.#tailShown?.())); // once drawn
        }
      },
      partial: (n, line) => {
        store.setPartial(n, line);
        view.linesAdded();
      },
      truncated: (first) => store.truncatedTo(first),
      restarted: (first) => {
        // the step's lines were expired and it started again from `first`: the old run is gone
        this.#load++;
        this.#head?.cancel();
        store.clear();
        store.truncatedTo(first);
        this.#linesReplaced();
      },
      state: (state) => this.#setState(state),
    });
    this.#connection = opened;
    if (!this.#tailFirst) return opened.open();
    void this.#openTailFirst(step, opened).finally(this.#releaseHead);
  }

  /** Ends the stream held, and the head being read if any; the lines stay. */
  close(): void {
    this.#load++;
    this.#head?.cancel();
    this.#head = undefined;
    this.#connection?.close();
    this.#connection = undefined;
    this.#setState({ kind: "idle" });
  }

  // Opens the step's stream TAIL_LINES before its end when it is long, then reads the lines before
  // that on a second stream and puts them in front; a head that cannot be read whole reloads the log.
  async #openTailFirst(step: StepRef, opened: StepConnection): Promise<void> {
    const load = this.#load;
    const total = await stepLineCount(step, this.#session.token);
    if (!this.#isCurrent(load)) return;
    if (total === undefined || total < 2 * TAIL_LINES) return opened.open();
    const until = total - TAIL_LINES;
    this.#parts.store.truncatedTo(until + 1);
    let drawn!: () => void;
    const shown = new Promise<void>((r) => (this.#tailShown = drawn = r));
    opened.open();
    // The head's stream starts once the tail is on screen (measured: started as soon as the
    // tail's lines came, its parsing held their first frame back 0.2-0.7 s) and the step list's
    // request has ended (this stream and the head's: two connections).
    await Promise.all([this.#turns.listDone, Promise.race([shown, new Promise((r) => setTimeout(r, 2000))])]);
    if (this.#tailShown === drawn) this.#tailShown = undefined; // (a later load may have set its own)
    if (!this.#isCurrent(load)) return;
    const loading = loadHead(step, this.#session.token, until);
    this.#head = loading;
    const got = await loading.done;
    if (this.#head === loading) this.#head = undefined;
    if (!this.#isCurrent(load)) return;
    if (!got) return this.#events.reload(step);
    if (got.count === 0) return; // nothing before the tail is kept any more
    const { store, view } = this.#parts;
    const top = view.following ? 0 : view.topLine();
    store.prepend(got);
    this.#linesReplaced();
    if (top) view.reveal(top, false);
  }

  /**
   * Whether the lines held are still those of the load that began at `load`: once the log has
   * started over (another step, the step started again, the stream closed) a tail-first load
   * stops where it is.
   */
  #isCurrent(load: number): boolean {
    return load === this.#load;
  }

  #setState(state: ConnectionState): void {
    this.#state = state;
    if (state.kind === "ended") {
      this.#parts.groups.stepEnded(state.status); // its open groups end; a failure shows its first error
      this.#parts.view.invalidate();
      this.#frame.request();
    }
    this.#events.state(state);
  }

  /** The lines held changed wholesale (another load, another run, the head put in front): all read from them is read again. */
  #linesReplaced(): void {
    const { store, groups, filter, search, view } = this.#parts;
    groups.clear();
    if (this.#state.kind === "ended") groups.stepEnded(this.#state.status); // read again knowing it has ended
    clearAnnotations();
    filter.set(filter.query, store);
    search.set(search.query, store);
    view.reset();
    this.#frame.request();
  }

  /** On the frame after new lines: the page's words first, then the groups, issues and matches they hold. */
  #counted(): void {
    const { store, groups, searchBox, annotations } = this.#parts;
    this.#events.counted();
    groups.update(store);
    showAnnotations(annotations, store, groups, (n) => this.#events.selectLine(n));
    searchBox.linesArrived();
  }
}
