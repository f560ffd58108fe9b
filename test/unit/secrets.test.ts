import { describe, expect, it } from "vitest";
import { LineSplitter } from "../../producer/ingest.ts";
import { SecretMask } from "../../producer/secret-mask.ts";
import { parseSecretValues } from "../../producer/secret-values.ts";

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

  it("masks overlapping values whole even when a length split comes between them", () => {
    const s = new LineSplitter(16);
    s.setMask(new SecretMask(["abcdef", "defghi"]));
    const out = [...s.push(bytes(`${"x".repeat(20)}abcdef`)), ...s.push(bytes(`ghi${"y".repeat(20)}\n`))];
    expect(out.join("")).toBe(`${"x".repeat(20)}***${"y".repeat(20)}`);
  });

  it("keeps an unterminated run of a self-overlapping value bounded, leaking none of it", () => {
    const s = new LineSplitter(16);
    s.setMask(new SecretMask(["aaaa"]));
    const out: string[] = [];
    for (let i = 0; i < 100; i++) out.push(...s.push(bytes("a".repeat(10))));
    expect(out.length).toBeGreaterThan(0); // pieces left before the end: memory stays bounded
    out.push(...s.push(bytes("b\n")));
    expect(out.join("")).toMatch(/^(\*\*\*)+b$/);
  });

  it("splits a long run of occurrences in linear time", () => {
    const s = new LineSplitter(65536);
    s.setMask(new SecretMask(["aaaa", "abab"]));
    const started = performance.now();
    const out = [...s.push(bytes("a".repeat(300_000))), ...s.end()];
    // linear takes ~50 ms, quadratic minutes: a bound far from both holds on a loaded machine
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(out.join("")).toMatch(/^(\*\*\*)+$/);
  });

  it("cuts pieces at the same places however the line is chunked", () => {
    const line = `${"a".repeat(25)}SECRETVALUE${"b".repeat(30)}SECRETVALUE${"c".repeat(40)}`;
    const whole = new LineSplitter(16);
    whole.setMask(new SecretMask(["SECRETVALUE"]));
    const expected = whole.push(bytes(`${line}\n`));
    for (const size of [1, 3, 7, 16, 17, 40]) {
      const s = new LineSplitter(16);
      s.setMask(new SecretMask(["SECRETVALUE"]));
      const out: string[] = [];
      for (let i = 0; i < line.length; i += size) out.push(...s.push(bytes(line.slice(i, i + size))));
      out.push(...s.push(bytes("\n")));
      expect(out, `chunks of ${size}`).toEqual(expected);
    }
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
