/** The client's Spool: a FIFO of bytes in memory up to a bound, then in temp files, in order. */
import { readdirSync } from "node:fs";
import os from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { Spool } from "../../client/spool.ts";
import { tempDir } from "../../scripts/local-stack.ts";

const spools: Spool[] = [];
afterEach(() => spools.splice(0).forEach((s) => s.close()));
function spool(memoryBytes: number, diskBytes: number, segmentBytes?: number) {
  const dir = tempDir("spool");
  const s = new Spool({ memoryBytes, diskBytes, dir, segmentBytes });
  spools.push(s);
  return { s, dir };
}

/** A seeded generator (mulberry32): rand(n) is 0..n-1. */
function random(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

// a deterministic stream of bytes, so any mix-up of order shows
const bytes = (from: number, n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (from + i) % 251));

describe("Spool", () => {
  it("gives the bytes back in order across memory, files and memory again, whatever the sizes pushed and taken", () => {
    const { s } = spool(1000, 1_000_000, 3000);
    let pushed = 0;
    let taken = 0;
    const rand = random(7);
    for (let round = 0; round < 400; round++) {
      for (let k = rand(4); k > 0; k--) {
        const n = rand(round < 200 ? 900 : 300); // the backlog grows, then drains
        expect(s.push([bytes(pushed, n)])).toBe(true);
        pushed += n;
      }
      expect(s.stats.memoryBytes).toBeLessThanOrEqual(1000);
      const want = rand(900);
      const got = s.peek(want);
      expect(got.equals(bytes(taken, Math.min(want, pushed - taken)))).toBe(true);
      s.drop(got.length);
      taken += got.length;
      expect(s.head).toBe(taken);
      expect(s.tail).toBe(pushed);
    }
    expect(s.stats.spilledBytes).toBeGreaterThan(0);
    expect(s.stats.peakMemoryBytes).toBeLessThanOrEqual(1000);
  });

  it("keeps memory within its bound, refuses (taking nothing) past memory + disk, and closes spill files once read", () => {
    const { s, dir } = spool(100, 250, 100);
    expect(s.push([bytes(0, 60), bytes(60, 40)])).toBe(true); // memory full
    expect(s.push([bytes(100, 150)])).toBe(true); // disk: two files of 100 bytes at most... this one write goes to one
    expect(s.push([bytes(250, 101)])).toBe(false); // 150 + 101 > 250 on disk
    expect(s.length).toBe(250);
    expect(s.stats).toMatchObject({ memoryBytes: 100, diskBytes: 150 });
    expect(s.push([bytes(250, 100)])).toBe(true);
    expect(s.stats.files).toBe(2);
    expect(readdirSync(dir)).toEqual([]); // the files have no name: nothing is left if the process dies
    s.drop(250);
    expect(s.stats.files).toBe(1); // the file read to its end is closed
    expect(s.peek(1000).equals(bytes(250, 100))).toBe(true);
    s.drop(100);
    expect(s.stats).toMatchObject({ memoryBytes: 0, diskBytes: 0, files: 0 });
    expect(s.push([bytes(350, 10)])).toBe(true);
    expect(s.stats.memoryBytes).toBe(10); // every spilled byte read back: memory again
  });

  it("close() drops everything and refuses more; temp files go with it", () => {
    const { s } = spool(10, 1000);
    s.push([bytes(0, 500)]);
    s.close();
    s.close();
    expect(s.length).toBe(0);
    expect(s.head).toBe(500);
    expect(s.push([bytes(0, 1)])).toBe(false);
    expect(readdirSync(os.tmpdir()).some((f) => f.startsWith(`logrelay-spool-${process.pid}-`))).toBe(false);
  });
});
