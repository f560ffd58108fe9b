/** The client's Backlog: what goes next, in order, in batches of whole lines, and the counting. */
import { afterEach, describe, expect, it } from "vitest";
import { Backlog, type Batch } from "../../client/backlog.ts";
import { tempDir } from "../../scripts/local-stack.ts";

const backlogs: Backlog[] = [];
afterEach(() => backlogs.splice(0).forEach((b) => b.discard()));
function backlog(memoryBytes = 1 << 20, maxLineBytes = 1 << 20): Backlog {
  const b = new Backlog({ memoryBytes, diskBytes: 1 << 24, dir: tempDir("backlog"), maxLineBytes });
  backlogs.push(b);
  return b;
}
const lines = (batch: Batch | undefined) => batch?.body.toString();

describe("Backlog", () => {
  it("batches whole lines up to the size asked for, one line at least", () => {
    const b = backlog();
    b.write(Buffer.from("one\ntwo\nthree\nhalf"), "out");
    expect(lines(b.next(9))).toBe("one\ntwo\n");
    expect(lines(b.next(2))).toBe("one\n"); // a line longer than the batch goes whole
    const all = b.next(1000)!;
    expect(all).toMatchObject({ takesAll: true, final: false });
    expect(lines(all)).toBe("one\ntwo\nthree\n");
    b.stored(all);
    expect(b.next(1000)).toBeUndefined(); // "half" waits for its newline
    expect(b.storedLines).toBe(3);
  });

  it("puts a name and secrets before the lines written after them, and ends with the lines that had no newline", () => {
    const b = backlog();
    b.write(Buffer.from("before\n"), "out");
    b.addOp({ kind: "secrets", values: ["hunter22"] });
    b.write(Buffer.from("after\npartial"), "out");
    b.write(Buffer.from("err half"), "err");
    const first = b.next(1000)!;
    expect(lines(first)).toBe("before\n");
    expect(first.takesAll).toBe(false); // a call waits behind it
    b.stored(first);
    expect(b.next(1000)).toBeUndefined(); // the call's turn: no line goes before it
    expect(b.opDue()).toMatchObject({ kind: "secrets", values: ["hunter22"] });
    b.opDone();
    b.end();
    const last = b.next(1000)!;
    expect(last).toMatchObject({ final: true });
    expect(lines(last)).toBe("after\npartial"); // the first final line ends the batch, as it is
    b.stored(last);
    expect(lines(b.next(1000))).toBe("err half");
    b.stored(b.next(1000)!);
    expect(b.empty).toBe(true);
    expect({ out: b.outputLines, stored: b.storedLines }).toEqual({ out: 4, stored: 4 });
  });

  it("counts output lines, not the cuts it added to a long line", () => {
    const b = backlog(1 << 20, 8);
    b.write(Buffer.from("0123456789abcdefXY\nok\n"), "out");
    const next = b.next(1000)!;
    expect(lines(next)).toBe("01234567\n89abcdef\nXY\nok\n");
    b.stored(next);
    expect({ out: b.outputLines, stored: b.storedLines }).toEqual({ out: 2, stored: 2 });
  });

  it("memory and disk full: keeps nothing more, even what would fit, so what is stored stays a prefix of the output", () => {
    const b = new Backlog({ memoryBytes: 10, diskBytes: 10, dir: tempDir("backlog"), maxLineBytes: 100 });
    backlogs.push(b);
    expect(b.write(Buffer.from("01234\n"), "out")).toBe(true); // memory
    expect(b.write(Buffer.from("56789\n"), "out")).toBe(true); // disk
    expect(b.write(Buffer.from("abcdef\n"), "out")).toBe(false); // 13 bytes on disk: refused
    expect(b.write(Buffer.from("x\n"), "out")).toBe(false); // would fit, but would leave a hole
    b.write(Buffer.from("no newline"), "out");
    b.end();
    expect(b.full).toBe(true);
    expect(b.outputLines).toBe(5);
    expect(lines(b.next(1000))).toBe("01234\n56789\n");
  });
});
