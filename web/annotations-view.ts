/**
 * The step's issues listed above the log, each a button that jumps to its line: annotations
 * (`::error file=…,line=…::msg`, `::warning`, `::notice`, the runner's `##[error]`) and the
 * error and warning lines problem matchers found in the output; and "Jump to first error".
 */
import { annotationText } from "./commands.ts";
import type { LogGroups } from "./log-groups.ts";
import type { LogStore } from "./log-store.ts";
import { problemText } from "./problems.ts";

const MAX_LISTED = 50;

let listed = -1;

/** The issue on line n as listed: its text and where it points, if anywhere. */
export function issueText(store: LogStore, n: number): { level: string; text: string; where: string } | undefined {
  const c = store.command(n);
  if (c?.kind === "annotation") return { level: c.level, text: annotationText(c), where: c.file ? `${c.file}${c.line ? `:${c.line}` : ""}` : "" };
  const p = store.problem(n);
  if (!p) return undefined;
  return { level: p.level, text: problemText(p), where: p.file ? `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ""}` : ""}` : "" };
}

export function showAnnotations(panel: HTMLElement, store: LogStore, groups: LogGroups, jump: (n: number) => void): void {
  const lines = groups.issues;
  if (lines.length === listed) return;
  listed = lines.length;
  panel.hidden = lines.length === 0;
  const list = panel.querySelector("ul")!;
  const summary = panel.querySelector(".summary")!;
  const errors = groups.errors;
  const warnings = lines.length - errors.length;
  summary.textContent = [
    errors.length && `${errors.length} ${errors.length === 1 ? "error" : "errors"}`,
    warnings && `${warnings} ${warnings === 1 ? "warning or notice" : "warnings and notices"}`,
  ]
    .filter(Boolean)
    .join(", ");
  const first = document.getElementById("first-error") as HTMLButtonElement;
  first.hidden = errors.length === 0;
  first.onclick = () => errors.length && jump(errors[0]);
  list.replaceChildren(
    ...lines.slice(0, MAX_LISTED).map((n) => {
      const issue = issueText(store, n);
      const li = document.createElement("li");
      if (!issue) return li;
      li.className = `annot-${issue.level}`;
      const button = li.appendChild(document.createElement("button"));
      button.type = "button";
      button.className = "link";
      button.textContent = `${issue.text}${issue.where ? ` (${issue.where})` : ""}`;
      button.title = `go to line ${n}`;
      button.addEventListener("click", () => jump(n));
      return li;
    }),
  );
}

/** A new step: the next call lists from scratch. */
export function clearAnnotations(): void {
  listed = -1;
}
