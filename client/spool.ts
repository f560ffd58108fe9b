/**
 * The bytes a writer has taken and the log service has not yet stored: a FIFO that holds up to
 * `memoryBytes` in memory and the rest in temporary files, up to `diskBytes`. A producer outage
 * of minutes then costs disk, not memory, and never makes the writer refuse or wait.
 *
 * Order: memory holds the oldest bytes. Once memory is full, new bytes go to files until every
 * file has been read back, so nothing overtakes. The files are segments of at most
 * `segmentBytes`: a segment read to its end is closed, so the disk held stays close to what is
 * waiting. Each file is unlinked as soon as it is opened: a killed process leaves nothing behind.
 * File access is synchronous: writes land in the page cache in microseconds, and a writer that
 * must never block its caller cannot wait for a callback either.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync, writevSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";

const BLOCK_BYTES = 64 * 1024;

export interface SpoolOptions {
  /** bytes kept in memory before spilling to disk */
  readonly memoryBytes: number;
  /** bytes on disk at most; past memory + disk, push() refuses */
  readonly diskBytes: number;
  /** where the spill files go (default: the OS's temp dir) */
  readonly dir?: string;
  /** bytes per spill file (default 64 MiB) */
  readonly segmentBytes?: number;
}

interface Block {
  buf: Buffer;
  start: number;
  end: number;
}

interface Segment {
  fd: number;
  read: number;
  written: number;
}

export class Spool {
  readonly #options: SpoolOptions;
  readonly #blocks: Block[] = [];
  #memory = 0;
  readonly #segments: Segment[] = [];
  #disk = 0; // unread bytes in the segments
  #head = 0; // absolute offset of the first byte held
  #peakMemory = 0;
  #spilled = 0; // bytes ever written to disk
  #closed = false;
  #scratch = Buffer.alloc(0); // what peek() returns, reused
  readonly #free: Buffer[] = []; // emptied blocks, reused

  readonly #segmentBytes: number;

  constructor(options: SpoolOptions) {
    this.#options = options;
    this.#segmentBytes = options.segmentBytes ?? 64 * 1024 * 1024;
  }

  /** absolute offset of the first byte held (bytes dropped so far) */
  get head(): number {
    return this.#head;
  }

  /** bytes held */
  get length(): number {
    return this.#memory + this.#disk;
  }

  /** absolute offset just past the last byte held */
  get tail(): number {
    return this.#head + this.length;
  }

  /** bytes held on disk */
  get diskBytes(): number {
    return this.#disk;
  }

  get stats(): { memoryBytes: number; diskBytes: number; peakMemoryBytes: number; spilledBytes: number; files: number } {
    return { memoryBytes: this.#memory, diskBytes: this.#disk, peakMemoryBytes: this.#peakMemory, spilledBytes: this.#spilled, files: this.#segments.length };
  }

  /** Takes `parts` (bytes, one after the other) whole, or returns false (and takes nothing) when memory and disk are full. */
  push(parts: readonly Uint8Array[]): boolean {
    if (this.#closed) return false;
    let length = 0;
    for (const part of parts) length += part.length;
    if (length === 0) return true;
    if (this.#segments.length === 0 && this.#memory + length <= this.#options.memoryBytes) {
      for (const part of parts) this.#toMemory(part);
      return true;
    }
    if (this.#disk + length > this.#options.diskBytes) return false;
    this.#toDisk(parts, length);
    return true;
  }

  /**
   * Up to `max` bytes from the front, not removed. The bytes are in a buffer the Spool reuses:
   * valid until the next peek() (a writer sends one batch at a time, so a megabyte is not
   * allocated, and collected, per batch).
   */
  peek(max: number): Buffer {
    const want = Math.min(max, this.length);
    if (this.#scratch.length < want) this.#scratch = Buffer.allocUnsafe(Math.max(want, Math.min(2 * this.#scratch.length, 4 * 1024 * 1024)));
    const out = this.#scratch.subarray(0, want);
    let filled = 0;
    for (const block of this.#blocks) {
      if (filled === want) break;
      const n = Math.min(block.end - block.start, want - filled);
      block.buf.copy(out, filled, block.start, block.start + n);
      filled += n;
    }
    for (const segment of this.#segments) {
      if (filled === want) break;
      const n = Math.min(segment.written - segment.read, want - filled);
      let done = 0;
      while (done < n) done += readSync(segment.fd, out, filled + done, n - done, segment.read + done);
      filled += n;
    }
    return out;
  }

  /** Newlines in everything held (read in pieces from disk: for a report, not for each write). */
  countNewlines(): number {
    let count = 0;
    const piece = Buffer.allocUnsafe(Math.min(this.length, 1024 * 1024));
    for (const block of this.#blocks) count += newlines(block.buf.subarray(block.start, block.end));
    for (const segment of this.#segments) {
      for (let at = segment.read; at < segment.written;) {
        const n = readSync(segment.fd, piece, 0, Math.min(piece.length, segment.written - at), at);
        count += newlines(piece.subarray(0, n));
        at += n;
      }
    }
    return count;
  }

  /** Removes `count` bytes from the front (the log service stored them). */
  drop(count: number): void {
    if (count > this.length) throw new RangeError(`cannot drop ${count} of ${this.length} bytes`);
    this.#head += count;
    while (count > 0 && this.#blocks.length > 0) {
      const block = this.#blocks[0];
      const n = Math.min(block.end - block.start, count);
      block.start += n;
      this.#memory -= n;
      count -= n;
      if (block.start === block.end) this.#recycle(this.#blocks.shift()!);
    }
    while (count > 0) {
      const segment = this.#segments[0];
      const n = Math.min(segment.written - segment.read, count);
      segment.read += n;
      this.#disk -= n;
      count -= n;
      // a segment read to its end is done with, unless it is the one still being written
      if (segment.read === segment.written && (this.#segments.length > 1 || segment.written >= this.#segmentBytes)) {
        closeSync(segment.fd);
        this.#segments.shift();
      }
    }
    if (this.#disk === 0 && this.#segments.length === 1) {
      // every spilled byte is read back: memory takes new bytes again
      closeSync(this.#segments[0].fd);
      this.#segments.length = 0;
    }
  }

  /** Drops everything held and closes the files; push() refuses from now on. Idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#head += this.length;
    this.#blocks.length = 0;
    this.#free.length = 0;
    this.#scratch = Buffer.alloc(0);
    this.#memory = 0;
    for (const segment of this.#segments) closeSync(segment.fd);
    this.#segments.length = 0;
    this.#disk = 0;
  }

  #toMemory(bytes: Uint8Array): void {
    let from = 0;
    const last = this.#blocks.at(-1);
    if (last && last.end < last.buf.length) {
      const n = Math.min(last.buf.length - last.end, bytes.length);
      last.buf.set(bytes.subarray(0, n), last.end);
      last.end += n;
      from = n;
    }
    if (from < bytes.length) {
      const rest = bytes.length - from;
      const buf = rest <= BLOCK_BYTES && this.#free.length > 0 ? this.#free.pop()! : Buffer.allocUnsafe(Math.max(BLOCK_BYTES, rest));
      buf.set(bytes.subarray(from), 0);
      this.#blocks.push({ buf, start: 0, end: rest });
    }
    this.#memory += bytes.length;
    this.#peakMemory = Math.max(this.#peakMemory, this.#memory);
  }

  // An emptied block is kept for the next bytes (up to memoryBytes' worth): fewer allocations to collect.
  #recycle(block: Block): void {
    if (block.buf.length === BLOCK_BYTES && (this.#free.length + this.#blocks.length) * BLOCK_BYTES < this.#options.memoryBytes) this.#free.push(block.buf);
  }

  // One vectored write for a push's parts (a command's chunk is usually two: the rest of a line, and whole lines).
  #toDisk(parts: readonly Uint8Array[], length: number): void {
    let segment = this.#segments.at(-1);
    if (!segment || segment.written >= this.#segmentBytes) {
      segment = { fd: openSpillFile(this.#options.dir ?? os.tmpdir()), read: 0, written: 0 };
      this.#segments.push(segment);
    }
    const done = writevSync(segment.fd, parts as Uint8Array[], segment.written);
    if (done < length) {
      // a short write (rare): the rest, byte range by byte range
      const all = Buffer.concat(parts as Uint8Array[], length);
      for (let at = done; at < length;) at += writeSync(segment.fd, all, at, length - at, segment.written + at);
    }
    segment.written += length;
    this.#disk += length;
    this.#spilled += length;
  }
}

function newlines(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

function openSpillFile(dir: string): number {
  const file = path.join(dir, `logrelay-spool-${process.pid}-${randomBytes(6).toString("hex")}`);
  const fd = openSync(file, "wx+", 0o600);
  unlinkSync(file); // open, nameless: gone with the process however it ends
  return fd;
}
