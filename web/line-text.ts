/** How one stored log line is shown: its last `\r` state, ANSI colours as escaped HTML, plain text for the filter. */
import { AnsiUp } from "ansi_up";

// CSI sequences (colours, cursor moves, erase) and OSC sequences (titles, hyperlinks).
// eslint-disable-next-line no-control-regex -- matching escape characters is the point
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;

export function stripAnsi(text: string): string {
  return text.includes("\x1b") ? text.replace(ANSI, "") : text;
}

/**
 * A progress line ("10%\r20%\r100%") shows what a terminal would end on: the text after the
 * last `\r` that has visible content, so a trailing "\r" or "\r\x1b[K" does not blank it.
 */
export function lastState(line: string): string {
  if (!line.includes("\r")) return line;
  const parts = line.split("\r");
  for (let i = parts.length - 1; i >= 0; i--) if (stripAnsi(parts[i]).trim() !== "") return parts[i];
  return "";
}

/** The text the filter box matches: what the user sees, lower-cased. */
export function searchableText(line: string): string {
  return stripAnsi(lastState(line)).toLowerCase();
}

const ansi = new AnsiUp();
ansi.escape_html = true; // the default, stated: a log line is text, never markup
ansi.use_classes = true; // colours come from viewer.css, so the theme owns them
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/**
 * Escaped HTML for one line. Each line starts from the default style (rows are rendered
 * out of order when scrolling), so colours do not carry over from one line to the next.
 */
export function lineHtml(line: string): string {
  const text = lastState(line);
  if (!text.includes("\x1b")) return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
  const html = ansi.ansi_to_html(text);
  ansi.ansi_to_html("\x1b[0m"); // reset the converter's state for the next line
  return html;
}
