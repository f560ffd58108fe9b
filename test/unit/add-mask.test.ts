import { describe, expect, it } from "vitest";
import { LineSplitter, type LineMask } from "../../producer/ingest.ts";
import { SecretMask } from "../../producer/secret-mask.ts";
import { ADD_MASK_LINE, addMaskValues, mayBeAddMask } from "../../producer/workflow-commands.ts";

const enc = (s: string) => Buffer.from(s, "utf8");

describe("GitHub's add-mask command, read as the runner reads it", () => {
  it("takes ::add-mask::VALUE in any case, after leading whitespace, with properties", () => {
    expect(addMaskValues("::add-mask::s3cr3t")).toEqual(["s3cr3t"]);
    expect(addMaskValues("  \t::ADD-MASK::s3cr3t")).toEqual(["s3cr3t"]);
    expect(addMaskValues("::add-mask key=v::s3cr3t")).toEqual(["s3cr3t"]);
    // the value is everything after the second "::", spaces and colons included
    expect(addMaskValues("::add-mask:: a b::c ")).toEqual([" a b::c "]);
  });

  it("reads %0A and %0D in the value as line breaks, and registers each line", () => {
    expect(addMaskValues("::add-mask::line1%0Aline2%0D%0Aline3")).toEqual(["line1", "line2", "line3"]);
    expect(addMaskValues("::add-mask::%25not-unescaped")).toEqual(["%25not-unescaped"]);
  });

  it("takes the runner's older ##[add-mask]VALUE anywhere in the line, with its escapes", () => {
    expect(addMaskValues("##[add-mask]s3cr3t")).toEqual(["s3cr3t"]);
    expect(addMaskValues("prefix ##[Add-Mask]a%3Bb%5Dc%25d")).toEqual(["a;b]c%d"]);
  });

  it("registers nothing for a blank value, but is still the command", () => {
    expect(addMaskValues("::add-mask::")).toEqual([]);
    expect(addMaskValues("::add-mask::   ")).toEqual([]);
  });

  it("is no other line", () => {
    for (const line of ["add-mask::x", ":add-mask::x", "::add-mask", "::add-masks::x", "::group::x", "x ::add-mask::y", "##[add-mask x", "##[group]x", ""]) {
      expect(addMaskValues(line), line).toBeUndefined();
    }
  });

  it("withholds the preview of a line that may still turn into one", () => {
    expect(mayBeAddMask("::add-mask::sec")).toBe(true);
    expect(mayBeAddMask("  ::")).toBe(true);
    expect(mayBeAddMask("building ##[add-m")).toBe(true);
    expect(mayBeAddMask("progress 10%")).toBe(false);
  });
});

describe("the splitter with add-mask", () => {
  const split = (chunks: string[], max = 65536) => {
    const registered: string[][] = [];
    const s = new LineSplitter(max, {
      addMask: (values: string[], mask: LineMask | undefined) => {
        registered.push(values);
        return new SecretMask([...(mask?.values ?? []), ...values]);
      },
    });
    const lines = [...chunks.flatMap((c) => s.push(enc(c))), ...s.end()];
    return { lines, registered };
  };

  it("stores the command as ::add-mask::*** and masks the lines after it, not those before", () => {
    const { lines, registered } = split(["before s3cr3t-1\n::add-mask::s3cr3t-1\nafter s3cr3t-1\n"]);
    expect(lines).toEqual(["before s3cr3t-1", ADD_MASK_LINE, "after ***"]);
    expect(registered).toEqual([["s3cr3t-1"]]);
  });

  it("keeps a command split across chunks whole, and never shows its value in a preview", () => {
    const registered: string[][] = [];
    const s = new LineSplitter(65536, { addMask: (values, mask) => (registered.push(values), new SecretMask([...(mask?.values ?? []), ...values])) });
    expect(s.push(enc("::add-mask::spl"))).toEqual([]);
    expect(s.preview()).toBe("");
    expect(s.push(enc("it-value\nuse split-value\n"))).toEqual([ADD_MASK_LINE, "use ***"]);
    expect(registered).toEqual([["split-value"]]);
  });

  it("never splits a command longer than MAX_LINE_BYTES into pieces that carry its value", () => {
    const value = "v".repeat(100);
    const { lines, registered } = split([`::add-mask::${value.slice(0, 60)}`, `${value.slice(60)}\n${value}\n`], 32);
    expect(lines).toEqual([ADD_MASK_LINE, "***"]);
    expect(registered).toEqual([[value]]);
  });
});
