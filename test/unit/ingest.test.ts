import { describe, expect, it } from "vitest";
import { LineSplitter, splitUtf8 } from "../../producer/ingest.ts";

const enc = (s: string) => Buffer.from(s, "utf8");
function splitAll(chunks: Uint8Array[], max = 65536): string[] {
  const s = new LineSplitter(max);
  return [...chunks.flatMap((c) => s.push(c)), ...s.end()];
}

describe("LineSplitter", () => {
  it("splits on \\n and \\r\\n and keeps a lone \\r as content", () => {
    expect(splitAll([enc("a\nb\r\nc\rd\n")])).toEqual(["a", "b", "c\rd"]);
  });

  it("keeps empty lines and appends a final partial line when the body ends", () => {
    expect(splitAll([enc("a\n\n\nb")])).toEqual(["a", "", "", "b"]);
    expect(splitAll([enc("a\n")])).toEqual(["a"]);
    expect(splitAll([enc("")])).toEqual([]);
  });

  it("joins a line and a \\r\\n split across chunks", () => {
    expect(splitAll([enc("hel"), enc("lo\r"), enc("\nworld")])).toEqual(["hello", "world"]);
  });

  it("joins a UTF-8 character split across two chunks", () => {
    const bytes = enc("é🚀\n");
    const chunks = [...bytes].map((b) => Uint8Array.of(b)); // one byte per chunk
    expect(splitAll(chunks)).toEqual(["é🚀"]);
  });

  it("returns completed lines as each chunk arrives, not at the end", () => {
    const s = new LineSplitter(100);
    expect(s.push(enc("one\ntw"))).toEqual(["one"]);
    expect(s.push(enc("o\n"))).toEqual(["two"]);
    expect(s.end()).toEqual([]);
  });

  it("splits a line over the byte limit into pieces, losing nothing", () => {
    const line = "x".repeat(25);
    expect(splitAll([enc(line + "\n")], 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
  });

  it("splits an unterminated long line early so memory stays bounded", () => {
    const s = new LineSplitter(16);
    const out = s.push(enc("y".repeat(40)));
    expect(out).toEqual(["y".repeat(16), "y".repeat(16)]);
    expect(s.end()).toEqual(["y".repeat(8)]);
  });

  it("holdPartial (Logrelay-Partial): the unterminated last line is previewed, never split into stored pieces nor stored at the end", () => {
    const s = new LineSplitter(8, { holdPartial: true });
    expect(s.push(Buffer.from("one\n[#####     ] 50%\r"))).toEqual(["one"]);
    expect(s.preview()).toBe("[#####     ] 50%\r");
    expect(s.partialTooLong()).toBe(true); // too long to be a line: not shown either
    expect(s.end()).toEqual([]);
  });

  it("replaces invalid UTF-8 with U+FFFD instead of failing", () => {
    expect(splitAll([Uint8Array.of(0x61, 0xff, 0x62, 0x0a)])).toEqual(["a\uFFFDb"]);
  });
});

describe("splitUtf8", () => {
  it("never cuts inside a multi-byte character", () => {
    const pieces = splitUtf8("ééééé", 3); // 2 bytes each
    expect(pieces).toEqual(["é", "é", "é", "é", "é"]);
    expect(pieces.join("")).toBe("ééééé");
    for (const p of pieces) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(3);
  });
});
