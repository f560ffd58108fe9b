/** Which lines are errors: GitHub's and the runner's commands, stop-commands, and problem matchers (built in and added). */
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../web/commands.ts";
import { LineReader } from "../../web/line-reader.ts";
import { LogGroups } from "../../web/log-groups.ts";
import { LogStore } from "../../web/log-store.ts";
import { ProblemScanner, parseMatchers } from "../../web/problems.ts";

/** The problems found in `lines`, read in order, as [line index, level, message, file?, line?]. */
function problems(lines: string[], scanner = new ProblemScanner()): unknown[] {
  return lines.flatMap((text, i) => {
    const p = scanner.scan(text);
    return p ? [[i, p.level, p.message, ...(p.file ? [p.file] : []), ...(p.line ? [p.line] : [])]] : [];
  });
}

describe("the runner's commands", () => {
  it("reads ##[group], ##[error] and the rest as the runner writes them, and ::debug::", () => {
    expect(parseCommand("##[group]Run npm ci")).toEqual({ kind: "group", title: "Run npm ci" });
    expect(parseCommand("##[endgroup]")).toEqual({ kind: "endgroup" });
    expect(parseCommand("##[error]Process completed with exit code 1.")).toMatchObject({
      kind: "annotation",
      level: "error",
      message: "Process completed with exit code 1.",
    });
    expect(parseCommand("##[warning]careful")).toMatchObject({ kind: "annotation", level: "warning" });
    expect(parseCommand("##[debug]Evaluating: success()")).toEqual({ kind: "message", level: "debug", text: "Evaluating: success()" });
    expect(parseCommand("::debug::a%0Ab")).toEqual({ kind: "message", level: "debug", text: "a\nb" });
    expect(parseCommand("##[command]/usr/bin/npm test")).toEqual({ kind: "message", level: "command", text: "/usr/bin/npm test" });
    expect(parseCommand("::error::a%0Ab%0Ac")).toMatchObject({ message: "a\nb\nc" });
    expect(parseCommand("::error::crlf%0D%0Aend")).toMatchObject({ message: "crlf\nend" });
    expect(parseCommand("::ERROR::upper case name")).toMatchObject({ kind: "annotation", level: "error" });
  });

  it("hides the commands the runner acts on: add-mask, stop-commands, matchers, outputs", () => {
    expect(parseCommand("::add-mask::***")).toMatchObject({ kind: "hidden", name: "add-mask" });
    expect(parseCommand("::set-output name=x::1")).toMatchObject({ kind: "hidden", props: { name: "x" } });
    expect(parseCommand("::remove-matcher owner=tsc::")).toMatchObject({ kind: "hidden", name: "remove-matcher", props: { owner: "tsc" } });
    expect(parseCommand("::unknown-thing::x")).toBeUndefined(); // not a command GitHub knows: shown as written
    expect(parseCommand("echo ::add-mask:: in the middle")).toBeUndefined();
  });

  it("shows every line verbatim between ::stop-commands::TOKEN and ::TOKEN::, hiding those two", () => {
    const r = new LineReader();
    const kinds = [
      "::stop-commands::pause-123",
      "::error::not an error",
      "::add-mask::shown",
      "##[group]not a group",
      "::pause-123::",
      "::error::an error",
    ].map((line) => r.read(line, line).command?.kind ?? "text");
    expect(kinds).toEqual(["hidden", "text", "text", "text", "hidden", "annotation"]);
  });
});

describe("problem matchers", () => {
  it("finds common tools' error lines out of the box", () => {
    expect(
      problems([
        "src/a.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.",
        "src/b.ts:3:1 - error TS2304: Cannot find name 'x'.",
        "npm ERR! code ELIFECYCLE",
        'npm error Missing script: "tset"',
        " FAIL  test/unit/a.test.ts > sums > adds",
        "AssertionError: expected 3 to be 4 // Object.is equality",
        "  × adds 2ms",
        "FAILED tests/test_a.py::test_x - assert 1 == 2",
        "--- FAIL: TestSum (0.00s)",
        "error[E0308]: mismatched types",
        "make: *** [Makefile:12: build] Error 2",
        "ERROR: Job failed: exit code 1",
        "./main.go:7:2: undefined: fmt.Printn",
        "panic: runtime error: index out of range",
        "a.c:3:5: warning: unused variable 'x'",
      ]),
    ).toEqual([
      [0, "error", "Type 'string' is not assignable to type 'number'.", "src/a.ts", 12],
      [1, "error", "Cannot find name 'x'.", "src/b.ts", 3],
      [2, "error", "code ELIFECYCLE"],
      [3, "error", 'Missing script: "tset"'],
      [4, "error", "FAIL  test/unit/a.test.ts > sums > adds"],
      [5, "error", "AssertionError: expected 3 to be 4 // Object.is equality"],
      [6, "error", "adds 2ms"],
      [7, "error", "FAILED tests/test_a.py::test_x - assert 1 == 2", "tests/test_a.py"],
      [8, "error", "--- FAIL: TestSum (0.00s)"],
      [9, "error", "mismatched types"],
      [10, "error", "make: *** [Makefile:12: build] Error 2"],
      [11, "error", "Job failed: exit code 1"],
      [12, "error", "undefined: fmt.Printn", "./main.go", 7],
      [13, "error", "panic: runtime error: index out of range"],
      [14, "warning", "unused variable 'x'", "a.c", 3],
    ]);
    expect(
      problems([
        "compiling packages/api/src/a.ts",
        " ✓ test/a.test.ts (3 tests) 12ms",
        "no errors found",
        "warning: LF will be replaced",
        "  error handling works",
      ]),
    ).toEqual([]);
  });

  it("reads eslint's stylish output: the file line, then each problem under it", () => {
    expect(
      problems([
        "> eslint .",
        "",
        "/app/src/a.ts",
        "  12:5  error    'x' is assigned a value but never used  no-unused-vars",
        "  14:1  warning  Unexpected console statement  no-console",
        "",
        "✖ 2 problems (1 error, 1 warning)",
      ]),
    ).toEqual([
      [3, "error", "'x' is assigned a value but never used", "/app/src/a.ts", 12],
      [4, "warning", "Unexpected console statement", "/app/src/a.ts", 14],
    ]);
  });

  it("takes matchers in GitHub's JSON format, several patterns and loops, and removes them by owner", () => {
    const scanner = new ProblemScanner();
    scanner.add(
      parseMatchers({
        problemMatcher: [
          { owner: "mine", severity: "warning", pattern: [{ regexp: "^CHECK (\\S+):(\\d+) (.*)$", file: 1, line: 2, message: 3 }] },
          {
            owner: "two-line",
            pattern: [
              { regexp: "^In (\\S+):$", file: 1 },
              { regexp: "^  line (\\d+): (.*)$", line: 1, message: 2, loop: true },
            ],
          },
          { owner: "broken", pattern: [{ regexp: "(" }] },
        ],
      }),
    );
    expect(problems(["CHECK a.py:3 too long", "In b.txt:", "  line 1: bad", "  line 2: worse", "done", "  line 3: orphan"], scanner)).toEqual([
      [0, "warning", "too long", "a.py", 3],
      [2, "error", "bad", "b.txt", 1],
      [3, "error", "worse", "b.txt", 2],
    ]);
    scanner.remove("mine");
    scanner.remove("exception"); // a built-in one too
    expect(problems(["CHECK a.py:3 too long", "TypeError: x is not a function", "npm ERR! still on"], scanner)).toEqual([[2, "error", "still on"]]);
    expect(parseMatchers({ problemMatcher: [{ owner: "bad" }, { pattern: [{ regexp: "x" }] }] })).toEqual([]);
  });

  it("applies ::add-matcher:: with the JSON on the line and ::remove-matcher::, in the log's order", () => {
    const s = new LogStore();
    const matcher = JSON.stringify({ problemMatcher: [{ owner: "lint", pattern: [{ regexp: "^LINT (.*)$", message: 1 }] }] });
    s.append(1, [
      "LINT before",
      `::add-matcher::${matcher}`,
      "LINT after",
      "::remove-matcher owner=lint::",
      "LINT removed",
      "::add-matcher::/home/runner/work/_actions/x/tsc.json",
    ]);
    expect([1, 3, 5].map((n) => s.problem(n)?.message)).toEqual([undefined, "after", undefined]);
    expect([2, 4, 6].map((n) => s.hidden(n))).toEqual([true, true, true]);
  });
});

describe("a step's issues and groups when it ends", () => {
  it("lists annotations and problems in order, ends the groups a step left open, and opens the first error's groups when it failed", () => {
    const s = new LogStore();
    s.append(
      1,
      ["::group::Build", "ok", "::endgroup::", "::group::Test", "npm ERR! test failed", "::warning::slow", "never closed"],
      [1000, 2000, 3000, 4000, 5000, 6000, 7000],
    );
    const groups = new LogGroups();
    groups.update(s);
    expect(groups.issues).toEqual([5, 6]);
    expect(groups.errors).toEqual([5]);
    const test = groups.startingAt(4)!;
    expect([test.end, groups.isOpen(test)]).toEqual([0, true]);
    groups.stepEnded("failure");
    groups.update(s);
    expect([test.end, test.endedWithStep, groups.durationMs(test, s, 99_000)]).toEqual([7, true, 3000]); // no longer ticking
    expect(groups.isOpen(test)).toBe(true); // holds the first error
    expect(groups.isOpen(groups.startingAt(1)!)).toBe(false);
  });

  it("keeps GitLab sections open unless marked collapsed, and opens the one holding a failed job's first error", () => {
    const s = new LogStore();
    s.append(1, [
      "section_start:1:prepare_executor[collapsed=true]\r\x1b[0KPreparing",
      "pulling image",
      "section_end:2:prepare_executor\r\x1b[0K",
      "section_start:3:get_sources\r\x1b[0KGetting source",
      "section_end:4:get_sources\r\x1b[0K",
      "section_start:5:step_script[collapsed=true]\r\x1b[0KExecuting step_script",
      "npm ERR! code ELIFECYCLE",
      "section_end:9:step_script\r\x1b[0K",
      "\x1b[31;1mERROR: Job failed: exit code 1\x1b[0;m",
    ]);
    const groups = new LogGroups();
    groups.update(s);
    expect([1, 4, 6].map((n) => groups.isOpen(groups.startingAt(n)!))).toEqual([false, true, false]);
    groups.stepEnded("failure");
    groups.update(s);
    expect([1, 4, 6].map((n) => groups.isOpen(groups.startingAt(n)!))).toEqual([false, true, true]);
    expect(groups.errors).toEqual([7, 9]);
  });
});
