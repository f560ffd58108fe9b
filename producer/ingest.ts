import { ADD_MASK_LINE, addMaskValues, mayBeAddMask } from "./workflow-commands.ts";

/** Rewrites a whole line before it leaves the splitter: secret masking (producer/secret-mask.ts). */
export interface LineMask {
  /** the values it masks */
  readonly values: readonly string[];
  apply(line: string): string;
  /** characters of an unterminated line kept back from a length split: the longest value's length - 1 */
  readonly holdBack: number;
  /** the last position <= `at` that is not inside an occurrence of a value in `text` */
  cutBefore(text: string, at: number): number;
}

/**
 * A `::add-mask::VALUE` line (workflow-commands.ts) was read: registers its values and returns
 * the mask for the lines after it.
 */
export type AddMask = (values: string[], mask: LineMask | undefined) => LineMask | undefined;

/** An add-mask line still unterminated past this many characters registers nothing: its text is dropped up to its end. */
const MAX_ADD_MASK_CHARS = 65536;

/**
 * Splits a streamed text/plain body into lines. A UTF-8 character split across chunks
 * arrives whole; `\n` and `\r\n` end a line, a lone `\r` is content (progress bars); a line
 * longer than maxLineBytes is split at a character boundary into several lines, never cut.
 * With an AddMask hook, an add-mask line leaves as ADD_MASK_LINE, never with its value.
 */
export class LineSplitter {
  readonly #decoder = new TextDecoder("utf-8");
  readonly #maxLineBytes: number;
  readonly #addMask?: AddMask;
  readonly #holdPartial: boolean;
  #partial = "";
  #mask?: LineMask;
  #dropping = false; // inside an add-mask line too long to keep: its text is dropped up to its end

  /**
   * `holdPartial`: the unterminated line is only ever previewed, never stored (a body sent with
   * Logrelay-Partial): it is not split when it outgrows maxLineBytes and end() drops it.
   * `addMask`: GitHub's add-mask lines are read (see AddMask).
   */
  constructor(maxLineBytes: number, options: { holdPartial?: boolean; addMask?: AddMask } = {}) {
    this.#maxLineBytes = maxLineBytes;
    this.#holdPartial = options.holdPartial ?? false;
    this.#addMask = options.addMask;
  }

  /** Masks every line that leaves from now on (undefined: none). */
  setMask(mask: LineMask | undefined): void {
    this.#mask = mask;
  }

  /** Returns the lines completed by this chunk. */
  push(chunk: Uint8Array): string[] {
    let text = this.#partial + this.#decoder.decode(chunk, { stream: true });
    if (this.#dropping) {
      const eol = text.indexOf("\n");
      if (eol < 0) return [];
      this.#dropping = false;
      text = text.slice(eol + 1);
    }
    const parts = text.split("\n");
    this.#partial = parts.pop()!;
    const out: string[] = [];
    for (const part of parts) this.#emit(part.endsWith("\r") ? part.slice(0, -1) : part, out);
    // an unterminated line may not grow without bound: complete pieces leave now
    if (!this.#holdPartial && this.#partial.length > this.#maxLineBytes / 3 && byteLength(this.#partial) > this.#maxLineBytes) {
      if (!this.#addMask || addMaskValues(this.#partial) === undefined) out.push(...this.#splitPartial());
      else if (this.#partial.length > MAX_ADD_MASK_CHARS) {
        // an add-mask line is never split (its value would leave in pieces) but is not kept for ever
        out.push(ADD_MASK_LINE);
        this.#partial = "";
        this.#dropping = true;
      }
    }
    return out;
  }

  // Pieces always start every maxLineBytes from the line's start, however it was chunked.
  #splitPartial(): string[] {
    const mask = this.#mask;
    let head = this.#partial;
    let tail = "";
    if (mask) {
      // A value still arriving starts in the last holdBack characters: they stay, unmasked,
      // with the partial line, and so does any occurrence the cut would cross; what leaves is masked.
      let cut = Math.max(0, mask.cutBefore(head, head.length - mask.holdBack));
      if (cut > 0 && isLowSurrogate(head.charCodeAt(cut))) cut--;
      if (head.length - cut > mask.holdBack + 2 * this.#maxLineBytes) {
        // a run of overlapping occurrences too long to keep: mask all, keep holdBack masked characters
        const pieces = splitUtf8(mask.apply(head), this.#maxLineBytes);
        let rest = pieces.pop()!;
        while (pieces.length > 0 && rest.length < mask.holdBack) rest = pieces.pop()! + rest;
        this.#partial = rest;
        return pieces;
      }
      tail = head.slice(cut);
      head = mask.apply(head.slice(0, cut));
    }
    const pieces = splitUtf8(head, this.#maxLineBytes);
    this.#partial = pieces.pop()! + tail;
    return pieces;
  }

  /**
   * The unterminated line so far, for live progress (not stored): masked, without the last
   * holdBack characters when a mask is set, where a secret may still be arriving.
   */
  preview(): string {
    if (this.#addMask && mayBeAddMask(this.#partial)) return ""; // it may be an add-mask line: its value is not shown
    const mask = this.#mask;
    if (!mask) return this.#partial;
    let cut = Math.max(0, mask.cutBefore(this.#partial, Math.max(0, this.#partial.length - mask.holdBack)));
    if (cut > 0 && isLowSurrogate(this.#partial.charCodeAt(cut))) cut--;
    return mask.apply(this.#partial.slice(0, cut));
  }

  /** The body ended: returns the final partial line, if any (none when held: it was a preview). */
  end(): string[] {
    const rest = this.#partial + this.#decoder.decode();
    this.#partial = "";
    if (this.#dropping) return []; // the end of an add-mask line too long to keep
    const out: string[] = [];
    if (rest !== "" && !this.#holdPartial) this.#emit(rest, out);
    return out;
  }

  /** whether the unterminated line so far is longer than a stored line may be */
  partialTooLong(): boolean {
    return this.#partial.length * 3 > this.#maxLineBytes && byteLength(this.#partial) > this.#maxLineBytes;
  }

  #emit(line: string, out: string[]): void {
    if (this.#addMask) {
      const values = addMaskValues(line);
      if (values !== undefined) {
        this.#mask = this.#addMask(values, this.#mask); // before the line leaves: later lines are masked
        out.push(ADD_MASK_LINE);
        return;
      }
    }
    if (this.#mask) line = this.#mask.apply(line); // on the whole line, before any length split
    if (line.length * 3 <= this.#maxLineBytes || byteLength(line) <= this.#maxLineBytes) out.push(line);
    else out.push(...splitUtf8(line, this.#maxLineBytes));
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** Cuts `line` into pieces of at most `maxBytes` UTF-8 bytes, only between characters. */
export function splitUtf8(line: string, maxBytes: number): string[] {
  const bytes = Buffer.from(line, "utf8");
  const pieces: string[] = [];
  let start = 0;
  while (bytes.length - start > maxBytes) {
    let cut = start + maxBytes;
    while ((bytes[cut] & 0xc0) === 0x80) cut--; // never inside a multi-byte character
    pieces.push(bytes.toString("utf8", start, cut));
    start = cut;
  }
  pieces.push(bytes.toString("utf8", start));
  return pieces;
}
