/**
 * A message above the log that the page must not keep silent: an address that names no step, a
 * build or step that does not exist, a session kept instead of the link's token. It says what is
 * wrong and offers the ways on (links, or buttons that act).
 */
export interface NoticeAction {
  readonly label: string;
  /** a link to follow */
  readonly href?: string;
  /** or an action on this page */
  readonly run?: () => void;
}

const box = () => document.getElementById("notice")!;

export function showNotice(text: string, actions: readonly NoticeAction[] = [], kind: "error" | "info" = "error"): void {
  const el = box();
  el.dataset.kind = kind;
  const message = document.createElement("span");
  message.className = "text";
  message.textContent = text;
  el.replaceChildren(
    message,
    ...actions.map((a) => {
      const control = a.href === undefined ? document.createElement("button") : document.createElement("a");
      control.textContent = a.label;
      if (control instanceof HTMLAnchorElement) control.href = a.href!;
      else {
        control.type = "button";
        control.addEventListener("click", () => a.run?.());
      }
      return control;
    }),
  );
  el.hidden = false;
}

export function hideNotice(): void {
  const el = box();
  el.hidden = true;
  el.replaceChildren();
}

/** The text shown now ("" when none). */
export function noticeText(): string {
  const el = box();
  return el.hidden ? "" : (el.querySelector(".text")?.textContent ?? "");
}
