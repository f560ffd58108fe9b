/** The viewer page: wiring only. Each part lives in its own module. */
import { stepName, type StepRef } from "../common/step.ts";
import { downloadUrl, tokenToCookie } from "./api.ts";
import { StepConnection, type ConnectionState } from "./connection.ts";
import { LineFilter } from "./line-filter.ts";
import { LineSearch } from "./line-search.ts";
import { LogGroups } from "./log-groups.ts";
import { LogStore } from "./log-store.ts";
import { LogView } from "./log-view.ts";
import { preferences } from "./preferences.ts";
import { SearchBox } from "./search-box.ts";
import { clearAnnotations, showAnnotations } from "./annotations-view.ts";
import { installShortcuts } from "./shortcuts.ts";
import { showState } from "./status-view.ts";
import { StepForm } from "./step-form.ts";
import { StepPicker } from "./step-picker.ts";
import { applyTheme, ThemeButton } from "./theme.ts";
import { lineOfHash, pageHref, readPageState, withoutToken } from "./url-state.ts";

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
});
let connection: StepConnection | undefined;
let current: StepRef | undefined;
let state: ConnectionState = { kind: "idle" };

const form = new StepForm($<HTMLFormElement>("step-form"), { connect: (step) => connect(step), disconnect: () => disconnect() });
const picker = new StepPicker($("steps"), $("steps-note"), () => token, (step) => {
  form.fill(step);
  connect(step);
});
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
  form.setConnected(state.kind === "connecting" || state.kind === "live" || state.kind === "reconnecting");
}

let countQueued = false;
function linesArrived(): void {
  // once per frame, like the log itself
  if (countQueued) return;
  countQueued = true;
  requestAnimationFrame(() => {
    countQueued = false;
    counter.textContent = store.count ? `${store.count.toLocaleString("en")} ${store.count === 1 ? "line" : "lines"}` : "";
    showState(badge, state, store.count > 0);
    groups.update(store);
    showAnnotations($("annotations"), store, groups, (n) => view.jumpTo(n));
    searchBox.linesArrived();
  });
}

function connect(step: StepRef, line?: number): void {
  disconnect();
  current = step;
  store.clear();
  groups.clear();
  clearAnnotations();
  filter.set(filter.query, store);
  search.set(search.query, store);
  title.textContent = stepName(step);
  download.href = downloadUrl(step, token);
  download.hidden = false;
  picker.select(step);
  history.replaceState(null, "", pageHref({ step, token, line }));
  view.reset();
  linesArrived();
  if (line) view.jumpTo(line);
  else view.setFollowing(true);
  connection = new StepConnection(step, token, () => store.last, {
    lines(n, lines, t) {
      if (store.append(n, lines, t) > 0) {
        view.invalidate();
        linesArrived();
      }
    },
    truncated: (first) => store.truncatedTo(first),
    state: setState,
  });
  connection.open();
}

function disconnect(): void {
  connection?.close();
  connection = undefined;
  setState({ kind: "idle" });
}

followButton.addEventListener("click", () => view.setFollowing(true));
// a click on a line number changes only the fragment: highlight that line, keep the stream
window.addEventListener("hashchange", () => {
  const line = lineOfHash(location.hash);
  if (line && current) view.jumpTo(line);
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
    stats: () => ({ first: store.first, last: store.last, count: store.count, gaps: store.gaps, repeated: store.repeated, following: view.following, rows: view.rowCount }),
  },
});

async function start(): Promise<void> {
  setState({ kind: "idle" });
  if (token) {
    // Once, before any request: the token becomes an HttpOnly cookie and leaves the address
    // bar, so no stream, download or list URL carries it (nor browser history, nor a proxy's
    // error log). If the relay does not take it, it stays in the URLs and the stream says why.
    token = await tokenToCookie(token);
    if (!token) history.replaceState(null, "", withoutToken(location.search, location.hash));
  }
  const listed = picker.refresh();
  if (initial.step) {
    form.fill(initial.step);
    connect(initial.step, initial.line);
  } else if (new URLSearchParams(location.search).get("auto") !== "0") {
    // A first visit shows logs moving at once: the newest running step opens by itself
    // (`?auto=0` keeps the page idle), unless the user picked something meanwhile.
    void listed.then((steps) => {
      const running = steps.find((s) => s.status === "running");
      if (running && !current) {
        form.fill(running);
        connect(running);
      }
    });
  }
}

void start();
$("help-button").addEventListener("click", () => $<HTMLDialogElement>("help").showModal());
