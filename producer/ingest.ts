/**
 * Splits a streamed text/plain body into lines. A UTF-8 character split across chunks
 * arrives whole; `\n` and `\r\n` end a line, a lone `\r` is content (progress bars); a line
 * longer than maxLineBytes is split at a character boundary into several lines, never cut.
 */
/** Rewrites a whole line before it leaves the splitter: secret masking (producer/secrets.ts). */
export interface LineMask {
  apply(line: string): string;
  /** characters of an unterminated line kept back from a length split: the longest value's length - 1 */
  readonly holdBack: number;
}

export class LineSplitter {
  readonly #decoder = new TextDecoder("utf-8");
  readonly #maxLineBytes: number;
  #partial = "";
  #mask?: LineMask;

  constructor(maxLineBytes: number) {
    this.#maxLineBytes = maxLineBytes;
  }

  /** Masks every line that leaves from now on (undefined: none). */
  setMask(mask: LineMask | undefined): void {
    this.#mask = mask;
  }

  /** Returns the lines completed by this chunk. */
  push(chunk: Uint8Array): string[] {
    const text = this.#partial + this.#decoder.decode(chunk, { stream: true });
    const parts = text.split("\n");
    this.#partial = parts.pop()!;
    const out: string[] = [];
    for (const part of parts) this.#emit(part.endsWith("\r") ? part.slice(0, -1) : part, out);
    // an unterminated line may not grow without bound: complete pieces leave now
    if (this.#partial.length > this.#maxLineBytes / 3 && byteLength(this.#partial) > this.#maxLineBytes) {
      // Masked before the cut, and the last holdBack characters stay: a secret value that is
      // complete here is masked whole, one still arriving is entirely in what stays.
      const pieces = splitUtf8(this.#mask ? this.#mask.apply(this.#partial) : this.#partial, this.#maxLineBytes);
      let rest = pieces.pop()!;
      while (pieces.length > 0 && rest.length < (this.#mask?.holdBack ?? 0)) rest = pieces.pop()! + rest;
      this.#partial = rest;
      out.push(...pieces);
    }
    return out;
  }

  /** The body ended: returns the final partial line, if any. */
  end(): string[] {
    const rest = this.#partial + this.#decoder.decode();
    this.#partial = "";
    const out: string[] = [];
    if (rest !== "") this.#emit(rest, out);
    return out;
  }

  #emit(line: string, out: string[]): void {
    if (this.#mask) line = this.#mask.apply(line); // on the whole line, before any length split
    if (line.length * 3 <= this.#maxLineBytes || byteLength(line) <= this.#maxLineBytes) out.push(line);
    else out.push(...splitUtf8(line, this.#maxLineBytes));
  }
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
