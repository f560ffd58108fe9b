/** Terminal escape sequences as the viewer shows them (web/ansi.ts): a pure function of one line and the style it starts in. */
import { describe, expect, it } from "vitest";
import { ansiHtml, stripEscapes } from "../../web/ansi.ts";
import { lineHtml, styleAfter } from "../../web/line-text.ts";

describe("ANSI state", () => {
  it("keeps each line's text whatever the line before it left open (an unclosed OSC 8 link, a cut-off sequence)", () => {
    const lines = ["one", "\x1b]8;;https://x.example/\x1b\\click here", "\x1b[31mERROR: tests failed\x1b[0m"];
    const html = lines.map((line, i) => lineHtml(line, i === 0 ? "" : styleAfter("", lines[i - 1])));
    expect(html).toEqual([
      "one",
      '<a href="https://x.example/" rel="noopener" target="_blank">click here</a>',
      '<span class="ansi-red-fg">ERROR: tests failed</span>',
    ]);
    expect(lineHtml("cut off \x1b[3")).toBe("cut off ");
    expect(lineHtml("lone \x1b")).toBe("lone ");
    expect(lineHtml("after")).toBe("after");
  });

  it("links OSC 8 text of any script, closes a link at the next one, and keeps a refused link's text", () => {
    expect(ansiHtml("\x1b]8;id=1;https://a.example/\x07✓ naïve 日本\x1b]8;;\x07 after")).toBe(
      '<a href="https://a.example/" rel="noopener" target="_blank">✓ naïve 日本</a> after',
    );
    expect(ansiHtml("\x1b]8;;javascript:alert(1)\x1b\\click\x1b]8;;\x1b\\ text")).toBe("click text");
    expect(ansiHtml("\x1b]8;;https://a.example/\x1b\\a\x1b]8;;https://b.example/\x1b\\b")).toBe(
      '<a href="https://a.example/" rel="noopener" target="_blank">a</a><a href="https://b.example/" rel="noopener" target="_blank">b</a>',
    );
    expect(ansiHtml('\x1b]8;;https://a.example/?q="x"\x1b\\\x1b[1mbold\x1b[0m')).toBe(
      '<a href="https://a.example/?q=&quot;x&quot;" rel="noopener" target="_blank"><span class="ansi-bold">bold</span></a>',
    );
  });

  it("shows 16, 256 and 24-bit colours, styles and inverse; drops every other sequence", () => {
    expect(ansiHtml("\x1b[1;3;4;9mx")).toBe('<span class="ansi-bold ansi-italic ansi-underline ansi-strike">x</span>');
    expect(ansiHtml("\x1b[91;44mx\x1b[39mx\x1b[49mx")).toBe('<span class="ansi-bright-red-fg ansi-blue-bg">x</span><span class="ansi-blue-bg">x</span>x');
    expect(ansiHtml("\x1b[38;5;9mx\x1b[38;5;196my\x1b[48;5;244mz")).toBe(
      '<span class="ansi-bright-red-fg">x</span><span style="color:rgb(255,0,0)">y</span><span style="color:rgb(255,0,0);background-color:rgb(128,128,128)">z</span>',
    );
    expect(ansiHtml("\x1b[38;2;1;2;3mx\x1b[38:2::4:5:6my\x1b[0m")).toBe('<span style="color:rgb(1,2,3)">x</span><span style="color:rgb(4,5,6)">y</span>');
    expect(ansiHtml("\x1b[7mx\x1b[31my\x1b[27mz")).toBe(
      '<span class="ansi-inverse-fg ansi-inverse-bg">x</span><span class="ansi-inverse-fg ansi-red-bg">y</span><span class="ansi-red-fg">z</span>',
    );
    expect(ansiHtml("\x1b[2K\x1b[1Gtext\x1b(B\x1b=\x1b]0;title\x07!")).toBe("text!");
    expect(stripEscapes("\x1b[2K\x1b[1Gtext\x1b(B\x1b=\x1b]0;title\x07!\x1b]8;;https://a/")).toBe("text!");
    expect(ansiHtml("<b>&", "\x1b[33m")).toBe('<span class="ansi-yellow-fg">&lt;b&gt;&amp;</span>');
  });

  it("shows the same text it strips, for search, copy and measuring", () => {
    const samples = ["\x1b[31mred\x1b]8;;https://a.example/\x1b\\link\x1b[0m\x1b]8;;\x1b\\ end", "a\x1b[\x1b[1mb", "x\x1b]2;t\x1b[31my", "\x1b]8;;u"];
    for (const s of samples) {
      const div = ansiHtml(s)
        .replace(/<[^>]*>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
      expect(div).toBe(stripEscapes(s));
    }
  });
});
