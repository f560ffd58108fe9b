/**
 * The viewer page's entry: finds the page's elements, builds its parts and starts it. The page's
 * state and what happens on a click or a message is in ViewerPage (viewer-page.ts) and the parts
 * it owns; this file holds no state of its own.
 */
import { BuildView } from "./build-view.ts";
import { LineFilter } from "./line-filter.ts";
import { LineSearch } from "./line-search.ts";
import { LogGroups } from "./log-groups.ts";
import { LogStore } from "./log-store.ts";
import { LogView } from "./log-view.ts";
import { preferences } from "./preferences.ts";
import { SearchBox } from "./search-box.ts";
import { Session } from "./session.ts";
import { installShortcuts } from "./shortcuts.ts";
import { StepForm } from "./step-form.ts";
import { StepPicker } from "./step-picker.ts";
import { applyTheme, ThemeButton } from "./theme.ts";
import { readPageState } from "./url-state.ts";
import { ViewerPage } from "./viewer-page.ts";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const initial = readPageState(location.search, location.hash);
// a token in the page's address, until it is traded for a cookie (see Session)
const session = new Session(initial.token);
const store = new LogStore();
const groups = new LogGroups();
const filter = new LineFilter();
const search = new LineSearch();
const followButton = $<HTMLButtonElement>("follow");

// The widgets call the page back on a click; `page` is made below, before any click can come.
const view = new LogView($("log"), store, groups, filter, search, {
  follow: (on) => (followButton.hidden = on),
  selectLines: (from, to) => page.goToLines({ from, to }),
});
const searchBox = new SearchBox($<HTMLFormElement>("search-form"), store, search, filter, view);
const form = new StepForm($<HTMLFormElement>("step-form"), {
  connect: (step) => page.open(step),
  disconnect: () => page.disconnect(),
});
const picker = new StepPicker(
  $("steps"),
  $("steps-note"),
  () => session.token,
  (step) => {
    form.fill(step);
    page.open(step);
  },
  () => !page.followingBuild, // a build page has its own stream: a poll beside it would take a third connection
);
const buildView = new BuildView($("build"), (n) => page.openBuildStep(n));

const page: ViewerPage = new ViewerPage({
  session,
  log: { store, groups, filter, search, view, searchBox, annotations: $("annotations") },
  status: { title: $("step-title"), badge: $("status"), lineCount: $("line-count") },
  buildView,
  form,
  picker,
  download: $<HTMLAnchorElement>("download"),
});

new ThemeButton($<HTMLButtonElement>("theme"));
applyTheme(preferences.theme);

/** A button that turns a setting on and off, remembered across visits. */
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

followButton.addEventListener("click", () => view.setFollowing(true));
installShortcuts({
  focusSearch: () => searchBox.focus(),
  toggleWrap: () => $<HTMLButtonElement>("wrap").click(),
  toggleTimestamps: () => $<HTMLButtonElement>("timestamps").click(),
  follow: () => view.setFollowing(true),
  firstError: () => $<HTMLButtonElement>("first-error").click(),
  help: $<HTMLDialogElement>("help"),
});
$("help-button").addEventListener("click", () => $<HTMLDialogElement>("help").showModal());

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

void page.start(initial);
