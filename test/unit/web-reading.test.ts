/** CI markers, groups, search and links as the viewer reads them (pure functions and classes). */
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../web/commands.ts";
import { LineFilter } from "../../web/line-filter.ts";
import { LineSearch } from "../../web/line-search.ts";
import { lineHtml, linkify } from "../../web/line-text.ts";
import { LogGroups, formatDuration } from "../../web/log-groups.ts";
import { LogStore } from "../../web/log-store.ts";
import { RowModel } from "../../web/row-model.ts";

const NO_WRAP = { cols: 0, rowPx: 1, key: "" };

describe("CI markers", () => {
  it("reads GitHub groups and annotations, GitLab sections", () => {
    expect(parseCommand("::group::Install")).toEqual({ kind: "group", title: "Install" });
    expect(parseCommand("::endgroup::")).toEqual({ kind: "endgroup" });
    expect(parseCommand("::error file=src/a.ts,line=12,title=TS2322::Type %25 mismatch")).toMatchObject({
      kind: "annotation",
      level: "error",
      file: "src/a.ts",
      line: 12,
      title: "TS2322",
      message: "Type % mismatch",
    });
    expect(parseCommand("::warning::plain")).toMatchObject({ kind: "annotation", level: "warning", message: "plain" });
    expect(parseCommand("section_start:1700000000:build[collapsed=true]\r\x1b[0K\x1b[36mBuilding\x1b[0m")).toEqual({
      kind: "group",
      name: "build",
      time: 1700000000,
      title: "Building",
      collapsed: true,
    });
    expect(parseCommand("section_end:1700000009:build\r\x1b[0K")).toEqual({ kind: "endgroup", name: "build", time: 1700000009 });
    expect(parseCommand("echo ::group:: in the middle")).toBeUndefined();
    expect(parseCommand("a :: b")).toBeUndefined();
  });
});

describe("groups and rows", () => {
  it("nests groups, closes ended ones, leaves end markers out, and rebuilds on a fold", () => {
    const s = new LogStore();
    s.append(1, ["a", "::group::G", "b", "section_start:1:inner\r\x1b[0KInner", "c", "section_end:3:inner\r", "::endgroup::", "d", "::group::Running", "e"]);
    const groups = new LogGroups();
    const filter = new LineFilter();
    const rows = new RowModel(s, groups, filter);
    rows.update(NO_WRAP, 0);
    const shown = () => Array.from({ length: rows.count }, (_, i) => rows.lineAt(i));
    expect(shown()).toEqual([1, 2, 8, 9, 10]);
    expect(groups.startingAt(4)).toMatchObject({ title: "Inner", depth: 1, end: 6 });
    expect(groups.durationMs(groups.startingAt(4)!, s, 0)).toBe(2000);
    groups.toggle(groups.startingAt(2)!);
    rows.update(NO_WRAP, 0);
    expect(shown()).toEqual([1, 2, 3, 4, 5, 8, 9, 10]); // a GitLab section stays open once ended, as GitLab shows it
    groups.toggle(groups.startingAt(9)!); // the user closes the running group: its new lines stay hidden
    s.append(11, ["f"]);
    rows.update(NO_WRAP, 0);
    expect(shown()).toEqual([1, 2, 3, 4, 5, 8, 9]);
    expect(groups.reveal(11)).toBe(true);
    rows.update(NO_WRAP, 0);
    expect(shown()).toEqual([1, 2, 3, 4, 5, 8, 9, 10, 11]);
    expect(formatDuration(75_000)).toBe("1m 15s");
  });

  it("keeps a running GitLab section marked collapsed=true closed, as GitLab does, until the user opens it", () => {
    const s = new LogStore();
    s.append(1, ["a", "section_start:1:deps[collapsed=true]\r\x1b[0KDependencies", "b", "section_start:2:tests\r\x1b[0KTests", "c"]);
    const groups = new LogGroups();
    const rows = new RowModel(s, groups, new LineFilter());
    rows.update(NO_WRAP, 0);
    const shown = () => Array.from({ length: rows.count }, (_, i) => rows.lineAt(i));
    expect(shown()).toEqual([1, 2]); // both running; the collapsed one hides its lines, the nested one with it
    groups.toggle(groups.startingAt(2)!);
    rows.update(NO_WRAP, 0);
    expect(shown()).toEqual([1, 2, 3, 4, 5]); // a section without the option is open while running
  });

  it("estimates a row's height from its text, then keeps the height the browser gave it, until the layout changes", () => {
    const s = new LogStore();
    s.append(1, ["x".repeat(250), "short", "y".repeat(100)]);
    const rows = new RowModel(s, new LogGroups(), new LineFilter());
    const wrap100 = { cols: 100, rowPx: 18, key: "w1000" };
    rows.update(wrap100, 0);
    expect([rows.top(1), rows.top(2), rows.height]).toEqual([54, 72, 90]);
    expect(rows.rowAt(53)).toBe(0);
    expect(rows.rowAt(54)).toBe(1);
    expect(rows.measured(1, 36)).toBe(true); // the browser laid "short" out on two lines
    expect(rows.measured(0, 54)).toBe(false);
    expect([rows.top(2), rows.height]).toEqual([90, 108]);
    s.append(4, ["z"]);
    rows.update(wrap100, 0); // a new line: no rebuild, the measured height kept
    expect([rows.top(3), rows.height]).toEqual([108, 126]);
    rows.update({ ...wrap100, key: "w800" }, 0); // another width: measured again from scratch
    expect(rows.top(2)).toBe(72);
    rows.update(NO_WRAP, 0);
    expect(rows.height).toBe(4);
  });
});

describe("the line being written", () => {
  it("is the next line until that line arrives", () => {
    const s = new LogStore();
    s.append(1, ["a"]);
    s.setPartial(2, "10%\r20%");
    expect(s.partial).toEqual({ n: 2, text: "10%\r20%" });
    s.setPartial(2, "10%\r20%\r30%");
    expect(s.partial?.text).toBe("10%\r20%\r30%");
    s.append(2, ["10%\r20%\r30%\r100%"]);
    expect(s.partial).toBeUndefined();
    s.setPartial(2, "late"); // a partial for a line already held is dropped
    expect(s.partial).toBeUndefined();
  });
});

describe("LineSearch", () => {
  it("counts every occurrence and steps through them, wrapping around", () => {
    const s = new LogStore();
    s.append(1, ["an error", "fine", "ERROR and error", "::endgroup::"]);
    const search = new LineSearch();
    search.set("error", s);
    expect(search.total).toBe(3);
    expect(search.step(1, 2)).toBe(3);
    expect(search.currentMatch()).toEqual({ line: 3, index: 0 });
    expect(search.step(1, 0)).toBe(3);
    expect(search.currentMatch()).toEqual({ line: 3, index: 1 });
    expect(search.step(1, 0)).toBe(1);
    expect(search.step(-1, 0)).toBe(3);
  });
});

describe("links", () => {
  it("links http(s) addresses in escaped text, never other schemes, not inside a link", () => {
    expect(linkify("see https://a.example/x?y=1&amp;z=2.")).toBe(
      'see <a href="https://a.example/x?y=1&amp;z=2" rel="noopener" target="_blank">https://a.example/x?y=1&amp;z=2</a>.',
    );
    expect(linkify("javascript:alert(1)")).toBe("javascript:alert(1)");
    expect(linkify("&quot;http://q.example&quot;")).toBe('&quot;<a href="http://q.example" rel="noopener" target="_blank">http://q.example</a>&quot;');
    expect(lineHtml("\x1b]8;;https://b.example\x1b\\https://b.example\x1b]8;;\x1b\\")).toBe(
      '<a href="https://b.example" rel="noopener" target="_blank">https://b.example</a>',
    );
  });

  it("drops OSC window titles and keeps the text of a refused OSC 8 link", () => {
    expect(lineHtml("\x1b]0;title\x07done")).toBe("done");
    expect(lineHtml("\x1b]8;;javascript:alert(1)\x1b\\click\x1b]8;;\x1b\\")).toBe("click");
  });
});
