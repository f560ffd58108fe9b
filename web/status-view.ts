/** The status badge: what the connection is doing, in words, with a class per state for colour. */
import type { ConnectionState } from "./connection.ts";

export function describeState(state: ConnectionState): string {
  switch (state.kind) {
    case "idle":
      return "not connected";
    case "connecting":
      return "connecting…";
    case "live":
      return "live";
    case "reconnecting":
      return `reconnecting… (${state.reason})`;
    case "ended":
      return `ended: ${state.status}`;
    case "failed":
      return `failed: ${state.reason}`;
  }
}

export function showState(badge: HTMLElement, state: ConnectionState): void {
  badge.textContent = describeState(state);
  badge.dataset.state = state.kind;
  if (state.kind === "ended") badge.dataset.status = state.status;
  else delete badge.dataset.status;
}
