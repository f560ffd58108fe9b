/** How wide and how many rows a line takes, what a copy gives, and what the page says about the tab and a missing step. */
import { describe, expect, it } from "vitest";
import { copiedText } from "../../web/log-copy.ts";
import { NO_BUILD_AFTER_MS, whyNothing } from "../../web/missing.ts";
import { faviconFor, tabStatus } from "../../web/tab-status.ts";
import { textColumns, wrappedRows } from "../../web/text-width.ts";

describe("wrapping measurement", () => {
  it("counts tabs to the next multiple of 8, double-width characters as two, combining marks as none", () => {
    expect(textColumns("abc")).toBe(3);
    expect(textColumns("a\tb")).toBe(9);
    expect(textColumns("\t\t")).toBe(16);
    expect(textColumns("日本語")).toBe(6);
    expect(textColumns("✅ ok")).toBe(5);
    expect(textColumns("✓ ok")).toBe(4); // a narrow symbol
    expect(textColumns("e\u0301")).toBe(1);
    expect(textColumns("😀")).toBe(2);
    expect(textColumns("ab\ncdef")).toBe(4);
  });

  it("wraps at spaces as the browser does, inside a word only when it is longer than a row", () => {
    expect(wrappedRows("short", 10)).toBe(1);
    expect(wrappedRows("aaaa bbbb cccc", 10)).toBe(2); // "aaaa bbbb " | "cccc"
    expect(wrappedRows("aaaa bbbbbbbb", 10)).toBe(2); // the word goes to the next row whole
    expect(wrappedRows("x".repeat(25), 10)).toBe(3);
    expect(wrappedRows("ab " + "x".repeat(25), 10)).toBe(4); // "ab " | 10 | 10 | 5
    expect(wrappedRows("a\tb\tc", 10)).toBe(2); // 8 + 8 + 1 columns
    expect(wrappedRows("一二三四五六", 10)).toBe(2); // 12 columns
    expect(wrappedRows("a\nb\nc", 10)).toBe(3); // an annotation's %0A
    expect(wrappedRows("a\nb\nc", 0)).toBe(3); // not wrapping: still one row per line of the message
    expect(wrappedRows("x".repeat(25), 0)).toBe(1);
    expect(wrappedRows("spaces at the end hang      ", 22)).toBe(1);
  });
});

describe("copy text", () => {
  const rows = ["first", "", "third line", "", "fifth"];
  const text = (row: number) => rows[row];
  it("gives exactly the lines' text between the two points, blank lines included", () => {
    expect(copiedText(text, { row: 0, offset: 0 }, { row: 4, offset: 5 })).toBe("first\n\nthird line\n\nfifth");
    expect(copiedText(text, { row: 0, offset: 2 }, { row: 2, offset: 5 })).toBe("rst\n\nthird");
    expect(copiedText(text, { row: 2, offset: 6 }, { row: 2, offset: 10 })).toBe("line");
    expect(copiedText(text, { row: 4, offset: 5 }, { row: 0, offset: 0 })).toBe("first\n\nthird line\n\nfifth"); // selected upwards
    expect(copiedText(text, { row: 0, offset: 0 }, { row: 1, offset: 0 })).toBe("first\n");
  });
});

describe("what the page says", () => {
  const step = (n: number, status: string) => ({ step: n, name: "", status, lines: 1, started: 1, ended: null, updated: 1 });
  it("says a step is missing from an ended build at once, and a build with no step after a bounded wait", () => {
    expect(whyNothing("me/app/1", [step(1, "success"), step(2, "failure")], 99, 0)).toBe("No step 99 in build me/app/1: it has ended, with steps 1, 2.");
    expect(whyNothing("me/app/1", [step(1, "success"), step(2, "running")], 99, 60_000)).toBeUndefined(); // step 99 may come
    expect(whyNothing("me/app/1", [step(1, "success"), step(2, "pending")], 99, 60_000)).toBeUndefined();
    expect(whyNothing("me/app/1", [step(1, "success")], 1, 0)).toBeUndefined();
    expect(whyNothing("nope/nope/1", [], undefined, NO_BUILD_AFTER_MS - 1)).toBeUndefined();
    expect(whyNothing("nope/nope/1", [], undefined, NO_BUILD_AFTER_MS)).toBe("No such build: nothing has been logged for nope/nope/1.");
    expect(whyNothing("nope/nope/1", undefined, 3, NO_BUILD_AFTER_MS)).toBeUndefined(); // not loaded yet
  });

  it("puts the step's status in the tab: a word for the title, a coloured favicon", () => {
    expect(tabStatus({ kind: "live" }, true)).toBe("running");
    expect(tabStatus({ kind: "live" }, false)).toBe("waiting");
    expect(tabStatus({ kind: "ended", status: "failure", lines: 3 }, true)).toBe("failure");
    expect(tabStatus({ kind: "failed", reason: "403" }, false)).toBe("failed");
    expect(decodeURIComponent(faviconFor("failure"))).toContain("#cf222e");
    expect(decodeURIComponent(faviconFor("success"))).toContain("#1a7f37");
    expect(faviconFor("failure")).toMatch(/^data:image\/svg\+xml,/);
  });
});
