/** How the viewer shows a stored line, and how it keeps lines by number. */
import { describe, expect, it } from "vitest";
import { LineFilter } from "../../web/line-filter.ts";
import { lastState, lineHtml, stripAnsi, styleAfter } from "../../web/line-text.ts";
import { LogStore } from "../../web/log-store.ts";

describe("line text", () => {
  it("shows HTML in a log line as text, never as markup", () => {
    expect(lineHtml("<script>alert('x')</script> & <b>")).toBe("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;");
    expect(lineHtml("\x1b[31m<img src=x onerror=alert(1)>\x1b[0m")).not.toContain("<img");
  });

  it("turns ANSI colours into spans; the converter keeps no state from one line to the next", () => {
    expect(lineHtml("\x1b[32mok\x1b[0m done")).toBe('<span class="ansi-green-fg">ok</span> done');
    expect(lineHtml("\x1b[31munterminated red")).toContain("ansi-red-fg");
    expect(lineHtml("next line")).toBe("next line");
  });

  it("follows the style a terminal carries from line to line: set, added to, reset", () => {
    expect(styleAfter("", "plain")).toBe("");
    expect(styleAfter("", "\x1b[31mred begins")).toBe("\x1b[31m");
    expect(styleAfter("\x1b[31m", "\x1b[1mand bold")).toBe("\x1b[31m\x1b[1m");
    expect(styleAfter("\x1b[31m\x1b[1m", "done\x1b[0m")).toBe("");
    expect(styleAfter("\x1b[31m", "\x1b[m")).toBe("");
    expect(styleAfter("\x1b[31m", "\x1b[0;33myellow")).toBe("\x1b[33m");
    expect(styleAfter("\x1b[31m", "\x1b[32mok\x1b[0m")).toBe("");
    // after the last reset: a colour still carries; an erase does not
    expect(styleAfter("\x1b[1m", "\x1b[0mplain \x1b[36mcyan")).toBe("\x1b[36m");
    expect(styleAfter("\x1b[1m", "\x1b[31mred\x1b[m then\x1b[K")).toBe("");
    // a 0 inside an extended colour is black, not a reset
    expect(styleAfter("\x1b[1m", "\x1b[38;5;0mblack")).toBe("\x1b[1m\x1b[38;5;0m");
    expect(styleAfter("", "\x1b[48;2;0;0;0mx")).toBe("\x1b[48;2;0;0;0m");
    expect(styleAfter("", "\x1b[2Kerase, not a style")).toBe("");
  });

  it("renders a line in the style it starts in, including changes hidden behind a \\r", () => {
    expect(lineHtml("still red", "\x1b[31m")).toBe('<span class="ansi-red-fg">still red</span>');
    expect(lineHtml("\x1b[0mplain again", "\x1b[31m")).toBe("plain again");
    expect(lineHtml("\x1b[33m10%\r100%")).toBe('<span class="ansi-yellow-fg">100%</span>');
    expect(lineHtml("<b>", "\x1b[31m")).toBe('<span class="ansi-red-fg">&lt;b&gt;</span>');
  });

  it("shows a progress line's last state: the text after the last \\r that has content", () => {
    expect(lastState("10%\r50%\r100%")).toBe("100%");
    expect(lastState("downloading 100%\r")).toBe("downloading 100%");
    expect(lastState("50%\r\x1b[K")).toBe("50%");
    expect(lastState("no carriage return")).toBe("no carriage return");
    expect(stripAnsi("\x1b[1;33mwarn\x1b[0m")).toBe("warn");
  });
});

describe("LogStore", () => {
  it("knows the style each line starts in, kept as changes only", () => {
    const s = new LogStore();
    s.append(1, ["\x1b[31merror: build failed", "  at step 3", "  at step 4\x1b[0m", "done"]);
    expect([1, 2, 3, 4].map((n) => s.styleAt(n))).toEqual(["", "\x1b[31m", "\x1b[31m", ""]);
    s.append(5, ["\x1b[1mbold", "after"]);
    expect([s.styleAt(5), s.styleAt(6)]).toEqual(["", "\x1b[1m"]);
    expect(lineHtml(s.line(2)!, s.styleAt(2))).toBe('<span class="ansi-red-fg">  at step 3</span>');
    s.clear();
    s.append(1, ["x"]);
    expect(s.styleAt(1)).toBe("");
  });

  it("keeps lines by number and drops a repeated run (a resume that overlaps)", () => {
    const s = new LogStore();
    expect(s.append(1, ["a", "b", "c"])).toBe(3);
    expect(s.append(2, ["b", "c", "d"])).toBe(1);
    expect([s.first, s.last, s.line(4), s.gaps]).toEqual([1, 4, "d", 0]);
  });

  it("starts at the first retained line after a truncation, and counts a gap instead of hiding it", () => {
    const s = new LogStore();
    s.truncatedTo(100);
    s.append(100, ["x"]);
    expect([s.first, s.last]).toEqual([100, 100]);
    s.append(103, ["y"]);
    expect([s.last, s.line(103), s.line(101), s.gaps]).toEqual([103, "y", "", 1]);
  });
});

describe("LineFilter", () => {
  it("matches the visible text case-insensitively and follows new lines", () => {
    const s = new LogStore();
    s.append(1, ["Compiling a", "\x1b[31mERROR\x1b[0m in b", "ok", "50%\rerror again"]);
    const f = new LineFilter();
    f.set("error", s);
    expect(f.rows(s)).toBe(2);
    expect([f.lineAt(0, s), f.lineAt(1, s)]).toEqual([2, 4]);
    s.append(5, ["another error"]);
    f.update(s);
    expect(f.rowOf(5, s)).toBe(2);
    expect(f.rowOf(3, s)).toBe(-1);
    f.set("", s);
    expect(f.rows(s)).toBe(5);
  });
});
