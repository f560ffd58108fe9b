/**
 * The step's annotations (`::error file=…,line=…::msg`, `::warning`, `::notice`) listed above
 * the log, each a button that jumps to its line; and "Jump to first error".
 */
import { annotationText } from "./commands.ts";
import type { LogGroups } from "./log-groups.ts";
import type { LogStore } from "./log-store.ts";

const MAX_LISTED = 50;

let listed = -1;

export function showAnnotations(panel: HTMLElement, store: LogStore, groups: LogGroups, jump: (n: number) => void): void {
  const lines = groups.annotations;
  if (lines.length === listed) return;
  listed = lines.length;
  panel.hidden = lines.length === 0;
  const list = panel.querySelector("ul")!;
  const summary = panel.querySelector(".summary")!;
  const errors = lines.filter((n) => store.command(n)?.kind === "annotation" && (store.command(n) as { level: string }).level === "error");
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
      const c = store.command(n);
      const li = document.createElement("li");
      if (c?.kind !== "annotation") return li;
      li.className = `annot-${c.level}`;
      const button = li.appendChild(document.createElement("button"));
      button.type = "button";
      button.className = "link";
      const where = c.file ? `${c.file}${c.line ? `:${c.line}` : ""}` : "";
      button.textContent = `${annotationText(c)}${where ? ` (${where})` : ""}`;
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
