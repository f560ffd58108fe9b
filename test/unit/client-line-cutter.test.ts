/** The client's LineCutter: output cut into whole lines, per output, bytes untouched. */
import { describe, expect, it } from "vitest";
import { LineCutter, type CutLines } from "../../client/line-cutter.ts";

const joined = (cut: CutLines | undefined) => (cut ? Buffer.concat(cut.parts).toString("utf8") : "");

describe("LineCutter", () => {
  it("lets lines go only once their newline came, and a UTF-8 character split across writes arrives whole", () => {
    const c = new LineCutter(1024);
    const text = Buffer.from("héllo 🚀\nworld ✓\r\nlast");
    let out = "";
    for (let i = 0; i < text.length; i++) out += joined(c.push(text.subarray(i, i + 1), "stdout")); // one byte at a time: every character split
    expect(out).toBe("héllo 🚀\nworld ✓\r\n"); // \r\n together: the producer sees a line end
    expect(c.pending()?.toString()).toBe("last");
    expect(c.takePending().map(String)).toEqual(["last"]);
  });

  it("keeps each output's lines apart: a half line on stdout does not take stderr's line into it", () => {
    const c = new LineCutter(1024);
    expect(c.push(Buffer.from("out: half a "), "stdout")).toBeUndefined();
    expect(joined(c.push(Buffer.from("err: whole\n"), "stderr"))).toBe("err: whole\n");
    expect(c.pending()).toBeUndefined(); // stderr was written last, and ended its line
    expect(joined(c.push(Buffer.from("line\n"), "stdout"))).toBe("out: half a line\n");
    c.push(Buffer.from("tail out"), "stdout");
    c.push(Buffer.from("tail err"), "stderr");
    expect(c.pending()?.toString()).toBe("tail err"); // the one written to last is the one shown live
    expect(c.takePending().map(String)).toEqual(["tail out", "tail err"]);
  });

  it("cuts a line still being written past the bound: between characters, never inside a secret, never just after a \\r", () => {
    const c = new LineCutter(10);
    c.addSecrets(["SECRET"]);
    const cut = c.push(Buffer.from("abcdefSECRETxyzé€"), "out");
    // 10 bytes would end inside SECRET: the cut moves before it; then 10 would split é: it moves back one byte
    expect(joined(cut)).toBe("abcdef\nSECRETxyz\n");
    expect(cut!.cuts).toEqual([6, 16]);
    expect(c.pending()?.toString()).toBe("é€");
    const cr = new LineCutter(5);
    expect(joined(cr.push(Buffer.from("abcd\rxyz"), "out"))).toBe("abcd\n"); // not just after the \r: with the added newline it would be \r\n
  });

  it("cuts a long whole line written in one go, and says where it added newlines", () => {
    const c = new LineCutter(8);
    const cut = c.push(Buffer.from("short\n0123456789abcdefXY\nend\n"), "out");
    expect(joined(cut)).toBe("short\n01234567\n89abcdef\nXY\nend\n");
    expect(cut!.cuts).toEqual([14, 23]);
  });

  it("in any chunking, gives back exactly the bytes it was given up to the last newline", () => {
    const text = Buffer.from(Array.from({ length: 3000 }, (_, i) => `${i} ${"é✓🚀x".repeat(i % 9)}${i % 5 ? "\n" : "\r\n"}`).join("") + "rest");
    for (const size of [1, 2, 3, 7, 64, 4093]) {
      const c = new LineCutter(1_000_000);
      let out = "";
      for (let at = 0; at < text.length; at += size) out += joined(c.push(text.subarray(at, at + size), "out"));
      expect(out + c.takePending().join("")).toBe(text.toString());
    }
  });
});
