/** How one stored log line is shown: its last `\r` state, ANSI colours as escaped HTML, plain text for the filter. */
import { ansiHtml, escapeHtml, stripEscapes } from "./ansi.ts";

export { escapeHtml, isWebUrl } from "./ansi.ts";

export const stripAnsi = stripEscapes;

/**
 * A progress line ("10%\r20%\r100%") shows what a terminal would end on: the text after the
 * last `\r` that has visible content, so a trailing "\r" or "\r\x1b[K" does not blank it.
 */
export function lastState(line: string): string {
  if (!line.includes("\r")) return line;
  return line.slice(lastStateStart(line)).split("\r", 1)[0];
}

/** Where the part lastState shows begins in the line. */
function lastStateStart(line: string): number {
  if (!line.includes("\r")) return 0;
  const parts = line.split("\r");
  let start = line.length + 1;
  for (let i = parts.length - 1; i >= 0; i--) {
    start -= parts[i].length + 1;
    if (stripAnsi(parts[i]).trim() !== "") return start;
  }
  return line.length;
}

// eslint-disable-next-line no-control-regex -- matching escape characters is the point
const SGR = /\x1b\[([0-9;:]*)m/g;
const MAX_STYLE_SEQUENCES = 16;

/**
 * The colours and styles a terminal carries into the next line: the SGR sequences in effect
 * after `text`, given `style` (those in effect before it), as a string of sequences. A reset
 * (`\x1b[0m`, `\x1b[m`) empties it; so an unclosed `\x1b[31m` colours the lines after it
 * until one resets, as in a terminal.
 */
export function styleAfter(style: string, text: string): string {
  if (!text.includes("\x1b[")) return style;
  // the common case, a line that ends its colours with a plain reset: nothing carries over
  const reset = Math.max(text.lastIndexOf("\x1b[0m"), text.lastIndexOf("\x1b[m"));
  if (reset >= 0 && !text.includes("\x1b[", reset + 2)) return "";
  const kept = style
    .split("\x1b")
    .slice(1)
    .map((sequence) => `\x1b${sequence}`);
  for (const [, params] of text.matchAll(SGR)) {
    const list = params.split(";");
    let from = 0; // the parameters after the last reset
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      // 38/48/58;5;n and ;2;r;g;b are colours, whatever their numbers (a 0 there is black)
      if (p === "38" || p === "48" || p === "58") i += list[i + 1] === "5" ? 2 : list[i + 1] === "2" ? 4 : 0;
      else if (p === "" || Number(p) === 0) {
        kept.length = 0;
        from = i + 1;
      }
    }
    if (from < list.length) kept.push(`\x1b[${list.slice(from).join(";")}m`);
  }
  return kept.slice(-MAX_STYLE_SEQUENCES).join("");
}

/** The text a row shows: the last state, without escape sequences. */
export function shownText(line: string): string {
  return stripAnsi(lastState(line));
}

/** The text the filter box matches: what the user sees, lower-cased. */
export function searchableText(line: string): string {
  return shownText(line).toLowerCase();
}

/** A case-insensitive matcher of `query` as plain text (global: for counting every occurrence). */
export function queryPattern(query: string, global = false): RegExp {
  return new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), global ? "gi" : "i");
}

// In escaped HTML: a tag, or a web address in text (`&amp;` may be part of it; `&quot;`, `&lt;` end it).
const TAG_OR_URL = /(<[^>]*>)|https?:\/\/(?:[^\s<>"'&]|&amp;)+/g;

/** Makes the web addresses in escaped HTML links (not inside a link already). */
export function linkify(html: string): string {
  if (!html.includes("http")) return html;
  let inLink = false;
  return html.replace(TAG_OR_URL, (match: string, tag: string | undefined) => {
    if (tag) {
      if (/^<a[\s>]/i.test(tag)) inLink = true;
      else if (/^<\/a>/i.test(tag)) inLink = false;
      return tag;
    }
    if (inLink) return match;
    const url = match.replace(/[.,;:!?)\]}]+$/, ""); // a sentence's full stop is not part of the address
    return `<a href="${url}" rel="noopener" target="_blank">${url}</a>${match.slice(url.length)}`;
  });
}

/**
 * Escaped HTML for one line, which starts in `style` (styleAfter of the lines before it, kept
 * by the LogStore: rows are rendered out of order when scrolling, so nothing but that style
 * carries from one line to the next).
 */
export function lineHtml(line: string, style = ""): string {
  const start = lastStateStart(line);
  const text = lastState(line);
  // a part overwritten by \r is not shown, but its colour changes still hold
  const prefix = start > 0 ? styleAfter(style, line.slice(0, start)) : style;
  if (prefix === "" && !text.includes("\x1b")) return linkify(escapeHtml(text));
  return linkify(ansiHtml(text, prefix));
}
