/**
 * Terminal escape sequences in one log line, as escaped HTML: SGR colours and styles (16, 256
 * and 24-bit colours, bold, faint, italic, underline, strike, inverse) and OSC 8 hyperlinks;
 * every other sequence (cursor moves, erases, window titles, charsets) shows nothing. A pure
 * function of the line and the style it starts in: nothing one line does (an unclosed link, a
 * sequence cut off at its end) can reach the next one, which a stateful converter let happen.
 */

// Each alternative is one sequence: CSI (possibly cut off at the line's end), OSC (ended by BEL,
// ST, the next ESC or the line's end), an nF / Fp / Fe escape, or a lone ESC.
// eslint-disable-next-line no-control-regex -- matching escape characters is the point
export const ESCAPES = /\x1b\[[0-?]*[ -/]*(?:[@-~]|$)|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\|(?=\x1b)|$)|\x1b[ -/]*[0-~]|\x1b/g;

/** The line without its escape sequences: the text a row shows. */
export function stripEscapes(text: string): string {
  return text.includes("\x1b") ? text.replace(ESCAPES, "") : text;
}

const NAMES = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];

/** A colour: "" (default), a palette class base ("ansi-red"), or a CSS colour ("rgb(1,2,3)"). */
type Colour = string;

interface Pen {
  fg: Colour;
  bg: Colour;
  bold: boolean;
  faint: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  inverse: boolean;
}

const plainPen = (): Pen => ({ fg: "", bg: "", bold: false, faint: false, italic: false, underline: false, strike: false, inverse: false });

function paletteColour(i: number): Colour {
  if (i < 8) return `ansi-${NAMES[i]}`;
  if (i < 16) return `ansi-bright-${NAMES[i - 8]}`;
  if (i < 232) {
    const level = (v: number) => (v === 0 ? 0 : 55 + v * 40);
    const c = i - 16;
    return `rgb(${level(Math.floor(c / 36))},${level(Math.floor(c / 6) % 6)},${level(c % 6)})`;
  }
  const grey = 8 + (i - 232) * 10;
  return `rgb(${grey},${grey},${grey})`;
}

const byte = (s: string | undefined) => {
  const v = Number(s);
  return s !== undefined && s !== "" && Number.isInteger(v) && v >= 0 && v <= 255 ? v : undefined;
};

/** An extended colour's parameters (`5;n` or `2;r;g;b`, colon forms too) from `list[at]`; returns it and how many it used. */
function extendedColour(list: string[], at: number): [Colour | undefined, number] {
  const [mode, ...rest] = list[at].includes(":") ? list[at].split(":").slice(1) : list.slice(at + 1, at + 5);
  const used = list[at].includes(":") ? 0 : mode === "5" ? 2 : mode === "2" ? 4 : 0;
  if (mode === "5") {
    const i = byte(rest[0]);
    return [i === undefined ? undefined : paletteColour(i), used];
  }
  if (mode === "2") {
    // `38:2::r:g:b` has a colour-space id before the three values
    const rgb = rest.length >= 4 && list[at].includes(":") ? rest.slice(1, 4) : rest.slice(0, 3);
    const [r, g, b] = rgb.map(byte);
    return [r === undefined || g === undefined || b === undefined ? undefined : `rgb(${r},${g},${b})`, used];
  }
  return [undefined, used];
}

/** Applies one SGR sequence's parameters ("1;31", "" for a reset) to the pen. */
function applySgr(pen: Pen, params: string): void {
  const list = params.split(";");
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    const head = p.split(":")[0];
    const n = head === "" ? 0 : Number(head);
    if (n === 38 || n === 48 || n === 58) {
      const [colour, used] = extendedColour(list, i);
      i += used;
      if (colour !== undefined && n === 38) pen.fg = colour;
      else if (colour !== undefined && n === 48) pen.bg = colour;
    } else if (n === 0) Object.assign(pen, plainPen());
    else if (n === 1) pen.bold = true;
    else if (n === 2) pen.faint = true;
    else if (n === 3) pen.italic = true;
    else if (n === 4) pen.underline = p !== "4:0";
    else if (n === 7) pen.inverse = true;
    else if (n === 9) pen.strike = true;
    else if (n === 21 || n === 22) pen.bold = pen.faint = false;
    else if (n === 23) pen.italic = false;
    else if (n === 24) pen.underline = false;
    else if (n === 27) pen.inverse = false;
    else if (n === 29) pen.strike = false;
    else if (n >= 30 && n <= 37) pen.fg = `ansi-${NAMES[n - 30]}`;
    else if (n === 39) pen.fg = "";
    else if (n >= 40 && n <= 47) pen.bg = `ansi-${NAMES[n - 40]}`;
    else if (n === 49) pen.bg = "";
    else if (n >= 90 && n <= 97) pen.fg = `ansi-bright-${NAMES[n - 90]}`;
    else if (n >= 100 && n <= 107) pen.bg = `ansi-bright-${NAMES[n - 100]}`;
  }
}

/** The span attributes for text in this pen ("" when it is the default). */
function spanAttributes(pen: Pen): string {
  let fg = pen.fg;
  let bg = pen.bg;
  if (pen.inverse) [fg, bg] = [bg || "ansi-inverse", fg || "ansi-inverse"];
  const classes: string[] = [];
  const styles: string[] = [];
  if (fg.startsWith("rgb")) styles.push(`color:${fg}`);
  else if (fg) classes.push(`${fg}-fg`);
  if (bg.startsWith("rgb")) styles.push(`background-color:${bg}`);
  else if (bg) classes.push(`${bg}-bg`);
  if (pen.bold) classes.push("ansi-bold");
  if (pen.faint) classes.push("ansi-faint");
  if (pen.italic) classes.push("ansi-italic");
  if (pen.underline) classes.push("ansi-underline");
  if (pen.strike) classes.push("ansi-strike");
  return (classes.length ? ` class="${classes.join(" ")}"` : "") + (styles.length ? ` style="${styles.join(";")}"` : "");
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Only web addresses become links: never javascript:, data: or a relative path. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]/i.test(url);
}

/**
 * Escaped HTML for `text`, which starts in `style` (SGR sequences in effect before it, see
 * styleAfter). An OSC 8 link left open ends with the line; one to anything but a web address
 * keeps its text, unlinked.
 */
export function ansiHtml(text: string, style = ""): string {
  const pen = plainPen();
  if (style) for (const m of style.matchAll(/\x1b\[([0-9;:]*)m/g)) applySgr(pen, m[1]); // eslint-disable-line no-control-regex
  let html = "";
  let link = false;
  let at = 0;
  const emit = (run: string) => {
    if (run === "") return;
    const attributes = spanAttributes(pen);
    html += attributes ? `<span${attributes}>${escapeHtml(run)}</span>` : escapeHtml(run);
  };
  ESCAPES.lastIndex = 0;
  for (let m = ESCAPES.exec(text); m; m = ESCAPES.exec(text)) {
    emit(text.slice(at, m.index));
    at = m.index + m[0].length;
    const seq = m[0];
    if (seq.length > 2 && seq[1] === "[" && seq.endsWith("m")) applySgr(pen, seq.slice(2, -1));
    else if (seq.startsWith("\x1b]8;")) {
      const url = seq
        .slice(4)
        .replace(/^[^;]*;/, "")
        .replace(/(?:\x07|\x1b\\)$/, ""); // eslint-disable-line no-control-regex
      if (link) html += "</a>";
      link = isWebUrl(url);
      if (link) html += `<a href="${escapeHtml(url)}" rel="noopener" target="_blank">`;
    }
  }
  emit(text.slice(at));
  return link ? `${html}</a>` : html;
}
