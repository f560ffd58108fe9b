/** Keyboard shortcuts for the page (listed in the `?` dialog of index.html). */
export interface ShortcutActions {
  focusSearch(): void;
  toggleWrap(): void;
  toggleTimestamps(): void;
  follow(): void;
  firstError(): void;
  help: HTMLDialogElement;
}

export function installShortcuts(actions: ShortcutActions): void {
  document.addEventListener("keydown", (e) => {
    // Ctrl+F / Cmd+F: the page's search, since the browser's cannot see rows not drawn
    if ((e.ctrlKey || e.metaKey) && e.key === "f") {
      e.preventDefault();
      return actions.focusSearch();
    }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    if (target.closest("input, textarea, select, dialog")) return; // typing, not a shortcut
    const run: Record<string, () => void> = {
      "/": actions.focusSearch,
      w: actions.toggleWrap,
      t: actions.toggleTimestamps,
      f: actions.follow,
      End: actions.follow,
      e: actions.firstError,
      "?": () => actions.help.showModal(),
    };
    const action = run[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  });
}
