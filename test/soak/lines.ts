/**
 * The text of every line the soak appends, a pure function of (seed, step, number), so any
 * copy of a line (a viewer's, the raw download) can be checked without keeping what was sent.
 * Lines vary as build output does: colours, a lone `\r` (a progress bar), tabs, characters
 * outside ASCII, empty lines; never a `\n`, nor a `\r` at the end (that would be a line end).
 */
const PIECES = ["ok", "\x1b[32m✓\x1b[0m", "\tindented", "progress 10%\rprogress 20%", "naïve café", "数据", "emoji 🚀", "", "a", "x".repeat(300)];

export function lineText(seed: number, step: string, n: number): string {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < step.length; i++) h = Math.imul(h ^ step.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ n, 0x01000193) >>> 0;
  const piece = PIECES[h % PIECES.length];
  return h % 17 === 0 ? "" : `${step} #${n} ${piece}`;
}

/** Lines from..to of a step. */
export function linesOf(seed: number, step: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(lineText(seed, step, n));
  return out;
}
