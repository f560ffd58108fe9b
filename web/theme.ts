/** Light and dark: "auto" follows prefers-color-scheme (in viewer.css); the button cycles auto, light, dark. */
import { preferences, type Theme } from "./preferences.ts";

export function applyTheme(theme: Theme): void {
  if (theme === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

const NEXT: Record<Theme, Theme> = { auto: "light", light: "dark", dark: "auto" };

export class ThemeButton {
  constructor(button: HTMLButtonElement) {
    const show = (theme: Theme) => {
      button.textContent = `theme: ${theme}`;
      button.setAttribute("aria-label", `colour theme: ${theme} (change)`);
    };
    show(preferences.theme);
    button.addEventListener("click", () => {
      const next = NEXT[preferences.theme];
      preferences.theme = next;
      applyTheme(next);
      show(next);
    });
  }
}
