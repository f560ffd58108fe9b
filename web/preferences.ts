/** The page's remembered choices (localStorage), each read once at start and written on change. */
const PREFIX = "logrelay.";

function read(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return null; // storage refused (privacy mode): defaults every time
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(PREFIX + key, value);
  } catch {
    // not remembered, still applied
  }
}

export type Theme = "auto" | "light" | "dark";

export const preferences = {
  /** long lines wrap unless turned off */
  get wrap(): boolean {
    return read("wrap") !== "off";
  },
  set wrap(on: boolean) {
    write("wrap", on ? "on" : "off");
  },
  get timestamps(): boolean {
    return read("timestamps") === "on";
  },
  set timestamps(on: boolean) {
    write("timestamps", on ? "on" : "off");
  },
  /** "auto" follows prefers-color-scheme */
  get theme(): Theme {
    const t = read("theme");
    return t === "light" || t === "dark" ? t : "auto";
  },
  set theme(theme: Theme) {
    write("theme", theme);
  },
};
