import { describe, expect, it } from "vitest";
import { LineSplitter } from "../../producer/ingest.ts";
import { SecretMask, parseSecretValues } from "../../producer/secrets.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("SecretMask", () => {
  it("replaces every occurrence of every value", () => {
    const mask = new SecretMask(["hunter22", "s3cr3t"]);
    expect(mask.apply("login hunter22 then s3cr3t and hunter22.")).toBe("login *** then *** and ***.");
    expect(mask.apply("nothing here")).toBe("nothing here");
  });

  it("masks overlapping and adjacent occurrences as one, leaking no part of either", () => {
    const mask = new SecretMask(["abcdef", "defghi", "xyxy"]);
    expect(mask.apply("1abcdefghi2")).toBe("1***2");
    expect(mask.apply("xyxyxy")).toBe("***");
    expect(mask.apply("abcdefabcdef")).toBe("***");
  });

  it("holds back one character less than the longest value", () => {
    expect(new SecretMask(["abcd", "abcdefgh"]).holdBack).toBe(7);
  });
});

describe("parseSecretValues", () => {
  it("takes strings, splitting multi-line values into lines", () => {
    expect(parseSecretValues({ values: ["hunter22", "line one\r\nline two\n"] })).toEqual(["hunter22", "line one", "line two"]);
  });

  it.each([
    [undefined],
    [{}],
    [{ values: [] }],
    [{ values: "hunter22" }],
    [{ values: [42] }],
    [{ values: ["abc"] }],
    [{ values: ["  ab  "] }],
    [{ values: ["good-value", "xy"] }],
    [{ values: ["\n\n"] }],
    [{ values: ["x".repeat(4097)] }],
    [{ values: Array.from({ length: 101 }, (_, i) => `value-${i}`) }],
  ])("refuses %j", (body) => {
    expect(parseSecretValues(body)).toEqual({ error: expect.any(String) });
  });
});

describe("LineSplitter with a mask", () => {
  it("masks a value split across two chunks once its line is whole", () => {
    const s = new LineSplitter(65536);
    s.setMask(new SecretMask(["hunter22"]));
    expect(s.push(bytes("password: hun"))).toEqual([]);
    expect(s.push(bytes("ter22 ok\nnext"))).toEqual(["password: *** ok"]);
    expect(s.end()).toEqual(["next"]);
  });

  it("masks a whole long line before splitting it at MAX_LINE_BYTES", () => {
    const s = new LineSplitter(16);
    s.setMask(new SecretMask(["SECRETVALUE"]));
    const out = s.push(bytes(`${"a".repeat(10)}SECRETVALUE${"b".repeat(10)}\n`));
    expect(out.join("")).toBe(`${"a".repeat(10)}***${"b".repeat(10)}`);
    expect(out.join("")).not.toMatch(/SECR|ALUE/);
  });

  it("keeps a value that is still arriving out of a length split of an unterminated line", () => {
    const s = new LineSplitter(16);
    s.setMask(new SecretMask(["SECRETVALUE"]));
    const out = [...s.push(bytes(`${"a".repeat(30)}SECR`)), ...s.push(bytes(`ETVALUE${"b".repeat(30)}`)), ...s.end()];
    expect(out.join("")).toBe(`${"a".repeat(30)}***${"b".repeat(30)}`);
    for (const piece of out) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(16);
  });

  it("masks nothing before setMask and everything after it", () => {
    const s = new LineSplitter(1024);
    expect(s.push(bytes("hunter22\n"))).toEqual(["hunter22"]);
    s.setMask(new SecretMask(["hunter22"]));
    expect(s.push(bytes("hunter22\n"))).toEqual(["***"]);
    s.setMask(undefined);
    expect(s.push(bytes("hunter22\n"))).toEqual(["hunter22"]);
  });
});
