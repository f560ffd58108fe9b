/**
 * Secret masking, as CI systems do: each registered value of a build is replaced by `***` in
 * every line of the build appended afterwards, before it is stored or relayed. Masking runs in
 * the LineSplitter on whole lines, so a value split across two chunks of an upload is whole
 * when its line completes; see ingest.ts for the lines longer than MAX_LINE_BYTES. It is of the
 * exact text only (see the README's Security section).
 */
import type { LineMask } from "./ingest.ts";

export const MASK = "***";

/**
 * Replaces every occurrence of every registered value in a line by MASK. Overlapping or
 * adjacent occurrences (of one value or of two) become one MASK, so no part of either leaks.
 */
export class SecretMask implements LineMask {
  readonly holdBack: number;
  readonly #values: readonly string[];

  constructor(values: readonly string[]) {
    this.#values = Object.freeze([...values]);
    // an unterminated line keeps this many characters unsent, so a value still arriving stays whole
    this.holdBack = Math.max(...values.map((v) => v.length)) - 1;
  }

  /** the values masked */
  get values(): readonly string[] {
    return this.#values;
  }

  apply(line: string): string {
    const spans = this.#spans(line);
    if (spans.length === 0) return line;
    let out = "";
    let copied = 0; // line[0, copied) is in `out`
    for (const [start, end] of spans) {
      out += line.slice(copied, start) + MASK;
      copied = end;
    }
    return out + line.slice(copied);
  }

  cutBefore(text: string, at: number): number {
    // masking text[0, cut) and text[cut, ...) apart is the same as masking it whole when no
    // single occurrence crosses the cut; step back over the ones that do
    // (one pass from the last start down: an occurrence starting at or after `at` never crosses it again)
    const found = this.#occurrences(text).filter(([start]) => start < at);
    found.sort((a, b) => b[0] - a[0]);
    for (const [start, end] of found) if (start < at && at < end) at = start;
    return at;
  }

  #occurrences(text: string): [number, number][] {
    const found: [number, number][] = [];
    for (const value of this.#values) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) found.push([at, at + value.length]);
    }
    return found;
  }

  /** Where values occur in `text`, overlapping and adjacent occurrences merged, in order. */
  #spans(text: string): [number, number][] {
    const found = this.#occurrences(text);
    found.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [s, e] of found) {
      const last = merged[merged.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    return merged;
  }
}
