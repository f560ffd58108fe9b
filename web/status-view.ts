/** The status badge: what the connection is doing, in words, with a class per state for colour. */
import type { ConnectionState } from "./connection.ts";

/** `hasLines`: a live stream of a step with no line yet is waiting, not live (it may not exist yet). */
export function describeState(state: ConnectionState, hasLines = true): string {
  switch (state.kind) {
    case "idle":
      return "not connected";
    case "connecting":
      return "connecting…";
    case "live":
      return hasLines ? "live" : "waiting: no such step has started yet";
    case "reconnecting":
      return `reconnecting… (${state.reason})`;
    case "ended":
      return `ended: ${state.status}`;
    case "failed":
      return `failed: ${state.reason}`;
  }
}

export function showState(badge: HTMLElement, state: ConnectionState, hasLines = true): void {
  const text = describeState(state, hasLines);
  if (badge.textContent !== text) {
    badge.textContent = text;
    badge.title = text; // in full, when the toolbar cuts it
  }
  // called once a frame while lines stream: attributes are set only when they change
  const kind = state.kind === "live" && !hasLines ? "waiting" : state.kind;
  if (badge.dataset.state !== kind) badge.dataset.state = kind;
  if (state.kind === "ended") badge.dataset.status = state.status;
  else if (badge.dataset.status !== undefined) delete badge.dataset.status;
}
