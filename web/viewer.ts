/** The viewer page: wiring only. Each part lives in its own module. */
import { stepName, type StepRef } from "../common/step.ts";
import { downloadUrl, tokenToCookie, type BuildRef } from "./api.ts";
import { BuildConnection } from "./build-connection.ts";
import { BuildView, stepToOpen } from "./build-view.ts";
import { StepConnection, type ConnectionState } from "./connection.ts";
import { LineFilter } from "./line-filter.ts";
import { LineSearch } from "./line-search.ts";
import { LogGroups } from "./log-groups.ts";
import { LogStore } from "./log-store.ts";
import { LIVE_FRAME_MS, LogView } from "./log-view.ts";
import { preferences } from "./preferences.ts";
import { SearchBox } from "./search-box.ts";
import { clearAnnotations, showAnnotations } from "./annotations-view.ts";
import { installShortcuts } from "./shortcuts.ts";
import { showState } from "./status-view.ts";
import { StepForm } from "./step-form.ts";
import { StepPicker } from "./step-picker.ts";
import { applyTheme, ThemeButton } from "./theme.ts";
import { pageHref, rangeOfHash, readPageState, withoutToken, type LineRange } from "./url-state.ts";
import { showTabStatus } from "./tab-status.ts";
import { NO_BUILD_AFTER_MS, whyNothing } from "./missing.ts";
import { countOf } from "./format.ts";
import { hideNotice, showNotice } from "./notice.ts";
import { TAIL_LINES, loadHead, stepLineCount } from "./tail-first.ts";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const initial = readPageState(location.search, location.hash);
// a token in the page's address, until it is traded for a cookie (see start)
let token = initial.token;
const store = new LogStore();
const groups = new LogGroups();
const filter = new LineFilter();
const search = new LineSearch();
const badge = $("status");
const counter = $("line-count");
const followButton = $<HTMLButtonElement>("follow");
const download = $<HTMLAnchorElement>("download");
const title = $("step-title");

const view = new LogView($("log"), store, groups, filter, search, {
  follow: (on) => (followButton.hidden = on),
  selectLines: (from, to) => goToLines({ from, to }),
});
let connection: StepConnection | undefined;
let current: StepRef | undefined;
let state: ConnectionState = { kind: "idle" };
// The build of the step in view, followed over one stream: with the step's own, two of the
// browser's six HTTP/1.1 connections per origin, whatever the number of steps.
let buildConnection: BuildConnection | undefined;
let autoOpen = false; // a build page opens its running or first failed step once the steps come
// The first step list's request (at most a second): the build's stream starts after it, so the
// page holds two connections at most (the log's, and the list's or the build's), and the log's
// stream need not wait for the list.
let listing: Promise<unknown> = Promise.resolve();
// A long log is read tail first (see tail-first.ts): the lines before the tail come on a second
// stream, and the build's stream waits for it to close, so the page still holds two at most.
let head: { cancel(): void } | undefined;
let headSettled: Promise<unknown> = Promise.resolve();
let epoch = 0; // bumped when the log starts over (another step, or the step started again)
let tailShown: (() => void) | undefined; // set while a tail-first load waits for the tail to be drawn
let buildAskedAt = 0; // when the build's steps were first asked for (see whyNothing)
let saying = ""; // what the notice says about a step or build that does not show up

const form = new StepForm($<HTMLFormElement>("step-form"), {
  connect: (step) => connect(step),
  disconnect() {
    // Disconnect stops every stream: the build's too (its list stays, no longer live)
    disconnect();
    buildConnection?.close();
    buildConnection = undefined;
  },
});
const picker = new StepPicker(
  $("steps"),
  $("steps-note"),
  () => token,
  (step) => {
    form.fill(step);
    connect(step);
  },
  () => !buildConnection,
);
const buildView = new BuildView($("build"), (n) => {
  const build = buildConnection?.build;
  if (build) connect({ ...build, step: n }, undefined, true);
});

const sameBuild = (a: BuildRef | undefined, b: BuildRef) => a !== undefined && a.org === b.org && a.repo === b.repo && a.build === b.build;

/** Follows the build's steps (one stream), unless it is the one already followed. */
function openBuild(build: BuildRef): void {
  if (sameBuild(buildConnection?.build, build)) return;
  buildConnection?.close();
  buildView.setBuild(build);
  const opened = new BuildConnection(build, token, (steps) => {
    buildView.show(steps);
    if (current && sameBuild(opened.build, current)) showTitle(current);
    explainNothing();
    if (!autoOpen) return;
    const step = stepToOpen(steps);
    if (!step) return;
    autoOpen = false;
    connect({ ...build, step: step.step });
  });
  buildConnection = opened;
  void Promise.all([listing, headSettled]).then(() => {
    if (buildConnection !== opened) return;
    buildAskedAt = Date.now();
    opened.open();
    setTimeout(explainNothing, NO_BUILD_AFTER_MS + 50); // then a build with no step is said to be none
  });
}

/** Says (or stops saying) why the step or build asked for shows nothing: see missing.ts. */
function explainNothing(): void {
  const build = buildConnection?.build;
  const waiting = !current || (store.count === 0 && (state.kind === "live" || state.kind === "connecting"));
  const why =
    build && waiting && buildAskedAt
      ? whyNothing(`${build.org}/${build.repo}/${build.build}`, buildConnection?.loaded, current?.step, Date.now() - buildAskedAt)
      : undefined;
  if ((why ?? "") === saying) return;
  if (saying) hideNotice();
  saying = why ?? "";
  if (!why || !build) return;
  const buildHref = `/${pageHref({ build })}`;
  showNotice(why, [...(current ? [{ label: "open the build", href: buildHref }] : []), { label: "recent steps", href: "/?auto=0" }]);
}

function showTitle(step: StepRef): void {
  const name = buildView.nameOf(step.step);
  const text = name ? `${name}` : stepName(step);
  if (title.textContent !== text) title.textContent = text;
  title.title = stepName(step);
  showTabStatus(text, state, store.count > 0);
}
const searchBox = new SearchBox($<HTMLFormElement>("search-form"), store, search, filter, view);
new ThemeButton($<HTMLButtonElement>("theme"));
applyTheme(preferences.theme);

function toggle(button: HTMLButtonElement, on: boolean, apply: (on: boolean) => void): void {
  button.setAttribute("aria-pressed", String(on));
  apply(on);
  button.onclick = () => {
    const next = button.getAttribute("aria-pressed") !== "true";
    button.setAttribute("aria-pressed", String(next));
    apply(next);
  };
}
toggle($<HTMLButtonElement>("wrap"), preferences.wrap, (on) => {
  preferences.wrap = on;
  view.setWrap(on);
});
toggle($<HTMLButtonElement>("timestamps"), preferences.timestamps, (on) => {
  preferences.timestamps = on;
  view.setTimestamps(on);
});

function setState(next: ConnectionState): void {
  state = next;
  showState(badge, state, store.count > 0);
  showTabStatus(current ? title.textContent : "", state, store.count > 0);
  form.setConnected(state.kind === "connecting" || state.kind === "live" || state.kind === "reconnecting");
  if (state.kind === "ended") {
    groups.stepEnded(state.status); // its open groups end; a failure shows its first error
    view.invalidate();
    linesArrived();
  }
  explainNothing();
}

/** Groups read again from the first line (another load of the step's lines), knowing if it has ended. */
function resetGroups(): void {
  groups.clear();
  if (state.kind === "ended") groups.stepEnded(state.status);
}

/** Highlights lines and puts them in the address (a shared link opens them), as a click on a line number does. */
function goToLines(lines: LineRange): void {
  if (current) history.pushState(null, "", pageHref({ step: current, token, lines }));
  view.jumpTo(lines.from, lines.to);
}

let countQueued = false;
let countedAt = -Infinity;
function linesArrived(): void {
  // like the log itself (LogView.linesAdded): on a frame, at most ~30 times a second
  if (countQueued) return;
  countQueued = true;
  const frame = (now: number) => {
    if (now - countedAt < LIVE_FRAME_MS) return void requestAnimationFrame(frame);
    countedAt = now;
    countQueued = false;
    counter.textContent = store.count ? countOf(store.count, "line") : "";
    showState(badge, state, store.count > 0);
    if (current) showTabStatus(title.textContent, state, store.count > 0);
    groups.update(store);
    showAnnotations($("annotations"), store, groups, (n) => goToLines({ from: n, to: n }));
    if (saying && store.count > 0) explainNothing();
    searchBox.linesArrived();
  };
  requestAnimationFrame(frame);
}

/**
 * Opens a step's log; `push`: a new history entry (a click in the build's list), so Back returns.
 * Following the end (no line asked for), a long log is read tail first unless `whole`.
 */
function connect(step: StepRef, lines?: LineRange, push = false, whole = false): void {
  disconnect();
  current = step;
  epoch++;
  const tailFirst = !lines && !whole;
  let settle = () => {};
  headSettled = tailFirst ? new Promise<void>((r) => (settle = r)) : Promise.resolve();
  openBuild(step);
  buildView.select(step.step);
  form.fill(step);
  store.clear();
  groups.clear();
  clearAnnotations();
  filter.set(filter.query, store);
  search.set(search.query, store);
  showTitle(step);
  explainNothing();
  download.href = downloadUrl(step, token);
  download.hidden = false;
  picker.select(step);
  if (push) history.pushState(null, "", pageHref({ step, token, lines }));
  else history.replaceState(null, "", pageHref({ step, token, lines }));
  view.reset();
  linesArrived();
  if (lines) view.jumpTo(lines.from, lines.to);
  else view.setFollowing(true);
  const opened = new StepConnection(step, token, () => store.last, {
    lines(n, lines, t) {
      if (store.append(n, lines, t) > 0) {
        // the count's frame first: its writes then come before the log's, which measures its rows
        // (one layout for both, not a second one after the measuring)
        linesArrived();
        view.linesAdded();
        if (tailShown) requestAnimationFrame(() => requestAnimationFrame(() => tailShown?.())); // once drawn
      }
    },
    partial(n, line) {
      store.setPartial(n, line);
      view.linesAdded();
    },
    truncated: (first) => store.truncatedTo(first),
    restarted(first) {
      // the step's lines were expired and it started again from `first`: the old run is gone
      epoch++;
      head?.cancel();
      store.clear();
      resetGroups();
      clearAnnotations();
      store.truncatedTo(first);
      filter.set(filter.query, store);
      search.set(search.query, store);
      view.reset();
      linesArrived();
    },
    state: setState,
  });
  connection = opened;
  if (!tailFirst) return opened.open();
  void openTailFirst(step, opened).finally(settle);
}

// Opens the step's stream TAIL_LINES before its end when it is long, then reads the lines before
// that on a second stream and puts them in front; a head that cannot be read whole reloads the log.
async function openTailFirst(step: StepRef, opened: StepConnection): Promise<void> {
  const at = epoch;
  const total = await stepLineCount(step, token);
  if (connection !== opened || at !== epoch) return;
  if (total === undefined || total < 2 * TAIL_LINES) return opened.open();
  const until = total - TAIL_LINES;
  store.truncatedTo(until + 1);
  let drawn!: () => void;
  const shown = new Promise<void>((r) => (tailShown = drawn = r));
  opened.open();
  // The head's stream starts once the tail is on screen (measured: started as soon as the
  // tail's lines came, its parsing held their first frame back 0.2-0.7 s) and the step list's
  // request has ended (this stream and the head's: two connections).
  await Promise.all([listing, Promise.race([shown, new Promise((r) => setTimeout(r, 2000))])]);
  if (tailShown === drawn) tailShown = undefined; // (a later load may have set its own)
  if (connection !== opened || at !== epoch) return;
  const loading = loadHead(step, token, until);
  head = loading;
  const got = await loading.done;
  if (head === loading) head = undefined;
  if (connection !== opened || at !== epoch) return;
  if (!got) return connect(step, undefined, false, true);
  if (got.count === 0) return; // nothing before the tail is kept any more
  const top = view.following ? 0 : view.topLine();
  store.prepend(got);
  resetGroups();
  clearAnnotations();
  filter.set(filter.query, store);
  search.set(search.query, store);
  view.reset();
  linesArrived();
  if (top) view.reveal(top, false);
}

function disconnect(): void {
  head?.cancel();
  head = undefined;
  connection?.close();
  connection = undefined;
  setState({ kind: "idle" });
}

followButton.addEventListener("click", () => view.setFollowing(true));
// a click on a line number changes only the fragment: highlight that line, keep the stream
window.addEventListener("popstate", () => {
  const back = readPageState(location.search, location.hash);
  if (back.step && (!current || stepName(back.step) !== stepName(current))) connect(back.step, back.lines);
  else if (back.lines && current) view.jumpTo(back.lines.from, back.lines.to);
});
window.addEventListener("hashchange", () => {
  const lines = rangeOfHash(location.hash);
  if (lines && current) view.jumpTo(lines.from, lines.to);
});
installShortcuts({
  focusSearch: () => searchBox.focus(),
  toggleWrap: () => $<HTMLButtonElement>("wrap").click(),
  toggleTimestamps: () => $<HTMLButtonElement>("timestamps").click(),
  follow: () => view.setFollowing(true),
  firstError: () => $<HTMLButtonElement>("first-error").click(),
  help: $<HTMLDialogElement>("help"),
});

// Read-only view of what the page holds, for the browser tests and for a person in the console.
Object.assign(window, {
  logrelayViewer: {
    line: (n: number) => store.line(n),
    stats: () => ({
      first: store.first,
      last: store.last,
      count: store.count,
      gaps: store.gaps,
      repeated: store.repeated,
      following: view.following,
      rows: view.rowCount,
    }),
  },
});

async function start(): Promise<void> {
  setState({ kind: "idle" });
  if (token) {
    // Once, before any request: the token becomes an HttpOnly cookie and leaves the address
    // bar, so no stream, download or list URL carries it (nor browser history, nor a proxy's
    // error log). If the relay does not take it, it stays in the URLs and the stream says why.
    const offered = token;
    const session = await tokenToCookie(offered);
    if (session !== "url") {
      token = undefined;
      history.replaceState(null, "", withoutToken(location.search, location.hash));
    }
    // A link must not sign this browser in as someone else: the session it holds stays unless
    // the person chooses the link's token.
    if (session === "kept") offerSessionSwitch(offered);
  }
  const listed = picker.refresh();
  listing = Promise.race([listed, new Promise((r) => setTimeout(r, 1000))]);
  if (initial.invalid) {
    // an address that names no step says so, instead of opening something else
    title.textContent = "no step";
    showNotice(`Invalid address: ${initial.invalid}`, [{ label: "recent steps", href: "/?auto=0" }]);
  } else if (initial.step) {
    connect(initial.step, initial.lines);
  } else if (initial.build) {
    autoOpen = true;
    title.textContent = "waiting for the build's steps";
    openBuild(initial.build);
  } else if (new URLSearchParams(location.search).get("auto") !== "0") {
    // A first visit shows logs moving at once: the newest running step opens by itself
    // (`?auto=0` keeps the page idle), unless the user picked something meanwhile.
    void listed.then((steps) => {
      const running = steps.find((s) => s.status === "running");
      if (running && !current) {
        // its build page: the build's running step (or first failed) opens
        autoOpen = true;
        openBuild(running);
      }
    });
  }
}

/** The page runs on the session the browser holds; the link's token is one click away. */
function offerSessionSwitch(offered: string): void {
  showNotice(
    "This link carries a different viewer token from the one this browser is signed in with; the page uses your session.",
    [
      {
        label: "Sign in with the link's token",
        run: () =>
          void tokenToCookie(offered, true).then((session) => {
            hideNotice();
            if (session === "cookie") location.reload();
          }),
      },
      { label: "Keep my session", run: hideNotice },
    ],
    "info",
  );
}

void start();
$("help-button").addEventListener("click", () => $<HTMLDialogElement>("help").showModal());
