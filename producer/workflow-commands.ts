/**
 * GitHub Actions' `add-mask` workflow command, read as the GitHub runner reads it
 * (actions/runner, ActionCommand.TryParseV2 and TryParse, AddMaskCommandExtension):
 * - `::add-mask::VALUE`: the line, leading whitespace aside, starts with `::`, the command name
 *   (before a space and properties) is `add-mask` in any case, VALUE is everything after the
 *   second `::` with `%0D` and `%0A` read as CR and LF;
 * - `##[add-mask]VALUE`, the runner's older form, anywhere in the line, with `%3B`, `%0D`,
 *   `%0A`, `%5D` and `%25` read as `;`, CR, LF, `]` and `%`.
 * A blank VALUE registers nothing. The line itself is stored as ADD_MASK_LINE, as the runner
 * echoes it, so the value is never stored.
 */

export const ADD_MASK_LINE = "::add-mask::***";

const V2 = "::";
const LEGACY = "##[";
const NAME = "add-mask";

/** The values an add-mask line registers (its VALUE, line by line, blank lines left out), or undefined for any other line. */
export function addMaskValues(line: string): string[] | undefined {
  const data = v2Data(line) ?? legacyData(line);
  if (data === undefined) return undefined;
  return data.split(/\r?\n|\r/).filter((value) => value.trim() !== "");
}

/**
 * Whether a line not complete yet may be an add-mask command: it starts with `::` (leading
 * whitespace aside) or holds `##[`. Any part of a value follows one of these, so a preview
 * withheld for such lines never shows one.
 */
export function mayBeAddMask(partial: string): boolean {
  return partial.includes(LEGACY) || partial.trimStart().startsWith(V2);
}

function v2Data(line: string): string | undefined {
  // cheap refusal first: almost no line is a command
  const first = line.charCodeAt(0);
  const start = first === 0x3a ? 0 : first === 0x20 || (first >= 0x09 && first <= 0x0d) || first > 0x7f ? line.search(/\S/) : -1;
  if (start < 0 || !line.startsWith(V2, start)) return undefined;
  const end = line.indexOf(V2, start + V2.length);
  if (end < 0) return undefined;
  const info = line.slice(start + V2.length, end);
  const space = info.indexOf(" ");
  if ((space < 0 ? info : info.slice(0, space)).toLowerCase() !== NAME) return undefined;
  return line
    .slice(end + V2.length)
    .replaceAll("%0D", "\r")
    .replaceAll("%0A", "\n");
}

function legacyData(line: string): string | undefined {
  const at = line.indexOf(LEGACY);
  if (at < 0) return undefined;
  const close = line.indexOf("]", at);
  if (close < 0) return undefined;
  const info = line.slice(at + LEGACY.length, close);
  const space = info.indexOf(" ");
  if ((space < 0 ? info : info.slice(0, space)).toLowerCase() !== NAME) return undefined;
  return line
    .slice(close + 1)
    .replaceAll("%3B", ";")
    .replaceAll("%0D", "\r")
    .replaceAll("%0A", "\n")
    .replaceAll("%5D", "]")
    .replaceAll("%25", "%");
}
