/**
 * Cuts what a command writes into whole lines, per output (stdout and stderr each have their
 * own): the bytes up to an output's last newline leave at once, the rest (its line still being
 * written) waits for its newline. Bytes are never decoded: a newline byte is never inside a
 * UTF-8 character, so a character split across two writes arrives whole, and the producer
 * decodes each line exactly as it was written.
 *
 * A line still being written may not grow without bound: past `maxPendingBytes` its head
 * leaves as a line of its own (as the producer splits a streamed line), cut between two
 * characters, never inside a known secret and never just after a \r (which would turn the
 * added line end into \r\n).
 */

const NEWLINE = 0x0a;
const CR = 0x0d;

export interface CutLines {
  /** whole lines, each ended by \n, in pieces (not copied into one: the Spool copies them anyway) */
  readonly parts: readonly Buffer[];
  readonly length: number;
  /** where in the parts, joined, a newline was added by a forced cut (offsets of those \n) */
  readonly cuts: readonly number[];
}

class Output {
  parts: Buffer[] = [];
  length = 0;

  take(): Buffer {
    const all = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.length);
    this.parts = [];
    this.length = 0;
    return all;
  }
}

export class LineCutter {
  readonly #outputs = new Map<string, Output>();
  readonly #maxPendingBytes: number;
  #secrets: Buffer[] = [];
  #latest?: Output; // the output written to last: its pending line is the one to preview

  constructor(maxPendingBytes: number) {
    this.#maxPendingBytes = maxPendingBytes;
  }

  /** Values a forced cut must not split (the secrets this writer registered). */
  addSecrets(values: readonly string[]): void {
    this.#secrets = [...this.#secrets, ...values.map((v) => Buffer.from(v))];
  }

  /** Takes a chunk of output `name`; returns the lines it completed, if any (not counted: a byte scan the writer does once, when they are stored). */
  push(chunk: Uint8Array, name: string): CutLines | undefined {
    if (chunk.length === 0) return undefined;
    let output = this.#outputs.get(name);
    if (!output) this.#outputs.set(name, (output = new Output()));
    this.#latest = output;
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    const nl = buf.lastIndexOf(NEWLINE);
    if (nl < 0) {
      // copied: a slice would keep the caller's whole buffer alive
      output.parts.push(Buffer.from(buf));
      output.length += buf.length;
      return output.length > this.#maxPendingBytes ? this.#cutPending(output) : undefined;
    }
    // not copied: the caller keeps the lines (the Spool copies them) or drops them before its next write
    const parts = [...output.parts, buf.subarray(0, nl + 1)];
    const length = output.length + nl + 1;
    output.parts = nl + 1 < buf.length ? [Buffer.from(buf.subarray(nl + 1))] : [];
    output.length = buf.length - nl - 1;
    const done = length > this.#maxPendingBytes ? this.#cutLong(Buffer.concat(parts, length)) : { parts, length, cuts: [] };
    if (output.length <= this.#maxPendingBytes) return done;
    const more = this.#cutPending(output)!;
    return { parts: [...done.parts, ...more.parts], length: done.length + more.length, cuts: [...done.cuts, ...more.cuts.map((c) => c + done.length)] };
  }

  /** The line being written of the output written to last, if it has one. */
  pending(): Buffer | undefined {
    const output = this.#latest;
    if (!output || output.length === 0) return undefined;
    if (output.parts.length > 1) output.parts = [Buffer.concat(output.parts, output.length)];
    return output.parts[0];
  }

  /** The lines still being written, one per output that has one (the writer is ending). */
  takePending(): Buffer[] {
    const out: Buffer[] = [];
    for (const output of this.#outputs.values()) if (output.length > 0) out.push(output.take());
    this.#latest = undefined;
    return out;
  }

  // Cuts pieces of at most maxPendingBytes off the front of an output's pending line.
  #cutPending(output: Output): CutLines | undefined {
    const pieces = this.#pieces(output.take());
    const rest = pieces.pop()!;
    output.parts = rest.length > 0 ? [Buffer.from(rest)] : [];
    output.length = rest.length;
    return pieces.length > 0 ? joinPieces(pieces, []) : undefined;
  }

  // Whole lines, the long ones cut into pieces.
  #cutLong(whole: Buffer): CutLines {
    const parts: Buffer[] = [];
    for (let start = 0; start < whole.length;) {
      const end = whole.indexOf(NEWLINE, start) + 1;
      const line = whole.subarray(start, end);
      if (line.length - 1 <= this.#maxPendingBytes) parts.push(line);
      else {
        const pieces = this.#pieces(line.subarray(0, -1));
        const last = pieces.pop()!;
        parts.push(...pieces, Buffer.concat([last, Buffer.from("\n")]));
      }
      start = end;
    }
    const joined = joinPieces(parts, [], true);
    return { ...joined, parts: [Buffer.concat(joined.parts, joined.length)] }; // one piece: a spill is one write
  }

  // `line` cut into pieces of at most maxPendingBytes; the last one is what is left (maybe empty).
  #pieces(line: Buffer): Buffer[] {
    const pieces: Buffer[] = [];
    while (line.length > this.#maxPendingBytes) {
      const end = this.#cutPoint(line);
      pieces.push(line.subarray(0, end));
      line = line.subarray(end);
    }
    pieces.push(line);
    return pieces;
  }

  // Where to cut `line` (longer than maxPendingBytes): as late as possible, between characters,
  // not inside a secret, not just after a \r.
  #cutPoint(line: Buffer): number {
    let end = this.#maxPendingBytes;
    for (let moved = true; moved && end > 1;) {
      const before = end;
      while (end > 1 && (line[end] & 0xc0) === 0x80) end--; // a UTF-8 continuation byte
      if (line[end - 1] === CR) end--;
      for (const secret of this.#secrets) {
        // an occurrence that starts before `end` and ends after it
        const from = Math.max(0, end - secret.length + 1);
        const found = line.subarray(from, end + secret.length - 1).indexOf(secret);
        if (found >= 0) end = from + found;
      }
      moved = end !== before;
    }
    return Math.max(1, end);
  }
}

/**
 * Pieces joined into lines: each piece gets a newline unless `ownNewlines` says the pieces that
 * end with one are whole lines already; `cuts` are where newlines were added.
 */
function joinPieces(pieces: Buffer[], cuts: number[], ownNewlines = false): CutLines {
  const parts: Buffer[] = [];
  let at = 0;
  for (const piece of pieces) {
    parts.push(piece);
    at += piece.length;
    if (ownNewlines && piece[piece.length - 1] === NEWLINE) continue;
    parts.push(NEWLINE_BYTE);
    cuts.push(at);
    at += 1;
  }
  return { parts, length: at, cuts };
}

const NEWLINE_BYTE = Buffer.from("\n");

export function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) count++;
  return count;
}
