/**
 * The tab tells the step's status, as GitLab's does: the title starts with it and the favicon is
 * a dot of its colour (a tick for success, a cross for a failure), so a tab in the background
 * shows a build failing.
 */
import type { ConnectionState } from "./connection.ts";

const COLOURS: Record<string, string> = {
  running: "#0969da",
  waiting: "#9a6700",
  success: "#1a7f37",
  failure: "#cf222e",
  error: "#cf222e",
  failed: "#cf222e",
  canceled: "#6e7781",
};
const MARKS: Record<string, string> = {
  success: "<path d='M4.5 8.5l2.3 2.3L11.5 6' fill='none' stroke='white' stroke-width='2'/>",
  failure: "<path d='M5 5l6 6M11 5l-6 6' stroke='white' stroke-width='2'/>",
  running: "<circle cx='8' cy='8' r='2.5' fill='white'/>",
};

/** One word for the state, as the tab shows it. */
export function tabStatus(state: ConnectionState, hasLines: boolean): string {
  switch (state.kind) {
    case "idle":
      return "";
    case "connecting":
    case "reconnecting":
      return "waiting";
    case "live":
      return hasLines ? "running" : "waiting";
    case "ended":
      return state.status;
    case "failed":
      return "failed";
  }
}

/** The favicon for a status word: an SVG data URL. */
export function faviconFor(status: string): string {
  const colour = COLOURS[status] ?? COLOURS.canceled;
  const mark = MARKS[status] ?? (colour === COLOURS.failure ? MARKS.failure : "");
  const svg = `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><circle cx='8' cy='8' r='7.5' fill='${colour}'/>${mark}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export function showTabStatus(name: string, state: ConnectionState, hasLines: boolean): void {
  const status = name ? tabStatus(state, hasLines) : "";
  const title = status ? `${status} · ${name} · logrelay` : name ? `${name} · logrelay` : "logrelay";
  if (document.title !== title) document.title = title;
  const icon = document.getElementById("favicon") as HTMLLinkElement | null;
  if (!icon || icon.dataset.status === status) return;
  icon.dataset.status = status;
  icon.href = status ? faviconFor(status) : "data:,";
}
