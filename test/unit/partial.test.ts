import { describe, expect, it } from "vitest";
import { encodeLivePartial, parseLivePartial } from "../../common/contract.ts";
import { encodePartialEvent } from "../../relay/stream/sse.ts";
import { LineSplitter } from "../../producer/ingest.ts";
import { SecretMask } from "../../producer/secret-mask.ts";

describe("a partial line", () => {
  it("previews the unterminated line of a splitter, \\r and all", () => {
    const s = new LineSplitter(1024);
    expect(s.push(Buffer.from("done\n50%\r"))).toEqual(["done"]);
    expect(s.preview()).toBe("50%\r");
    s.push(Buffer.from("60%\n"));
    expect(s.preview()).toBe("");
  });

  it("never previews a secret, nor the start of one still arriving", () => {
    const s = new LineSplitter(1024);
    s.setMask(new SecretMask(["hunter22"]));
    s.push(Buffer.from("token hunt"));
    expect(s.preview()).not.toContain("hunt");
    s.push(Buffer.from("er22 and more text"));
    expect(s.preview()).toMatch(/^token \*\*\* and/);
    expect(s.preview()).not.toContain("hunter");
  });

  it("travels as a P message and reaches viewers as event: partial without an id", () => {
    const message = encodeLivePartial(7, 'a "b"\r');
    expect(parseLivePartial(message)).toEqual({ n: 7, textJson: '"a \\"b\\"\\r"' });
    expect(parseLivePartial("L 1 1 1 []")).toBeUndefined();
    expect(encodePartialEvent(7, '"x"')).toBe('event: partial\ndata: {"n":7,"line":"x"}\n\n');
  });
});
