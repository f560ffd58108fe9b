/**
 * The problem matchers the viewer applies to every log, in GitHub's format (see problems.ts):
 * the error lines of common tools, so "jump to first error" and the list above the log work on
 * ordinary output. Each is anchored at the line's start so that the lines it does not match cost
 * little. Owners are the names `::remove-matcher owner=…::` takes.
 */
/** One pattern of a matcher, as GitHub writes it. */
export interface PatternJson {
  readonly regexp: string;
  readonly file?: number;
  readonly line?: number;
  readonly column?: number;
  readonly severity?: number;
  readonly code?: number;
  readonly message?: number;
  readonly loop?: boolean;
}

/** A matcher as GitHub writes it (`::add-matcher::` takes the same JSON). */
export interface MatcherJson {
  readonly owner: string;
  readonly severity?: string;
  readonly pattern: readonly PatternJson[];
}

export const BUILT_IN_MATCHERS: readonly MatcherJson[] = [
  // tsc: `src/a.ts(12,5): error TS2322: msg`, `src/a.ts:12:5 - error TS2322: msg`, `error TS5058: msg`
  {
    owner: "tsc",
    pattern: [
      {
        regexp: "^([^\\s(:][^(:]*)[(:](\\d+)[,:](\\d+)\\)?(?::\\s+|\\s+-\\s+)(error|warning)\\s+(TS\\d+)\\s*:\\s*(.*)$",
        file: 1,
        line: 2,
        column: 3,
        severity: 4,
        code: 5,
        message: 6,
      },
    ],
  },
  { owner: "tsc-global", pattern: [{ regexp: "^(error|warning)\\s+(TS\\d+)\\s*:\\s*(.*)$", severity: 1, code: 2, message: 3 }] },
  // eslint's stylish output: the file, then `  12:5  error  msg  rule` lines
  {
    owner: "eslint-stylish",
    pattern: [
      { regexp: "^([^\\s].*)$", file: 1 },
      { regexp: "^\\s+(\\d+):(\\d+)\\s+(error|warning|info)\\s+(.*?)(?:\\s\\s+(\\S+))?$", line: 1, column: 2, severity: 3, message: 4, code: 5, loop: true },
    ],
  },
  // vitest / jest: ` FAIL  test/a.test.ts > suite > case`, ` × case 12ms`; go: `--- FAIL: TestX`, `FAIL\tpkg`
  { owner: "test-fail", pattern: [{ regexp: "^\\s*((?:--- )?FAIL:?\\s+.*)$", message: 1 }] },
  { owner: "test-cross", pattern: [{ regexp: "^\\s*[×✗✕]\\s+(.*)$", message: 1 }] },
  // thrown errors at a line's start: `AssertionError: expected 1 to be 2`, `TypeError: …`, Python's `ValueError: …`
  { owner: "exception", pattern: [{ regexp: "^\\s*((?:Uncaught )?(?:[A-Z]\\w*)?(?:Error|Exception)(?: \\[[\\w-]+\\])?: .*)$", message: 1 }] },
  // npm: `npm ERR! code E404` (npm 6-8), `npm error code E404` (9+)
  { owner: "npm", pattern: [{ regexp: "^npm (?:ERR!|error) (.*\\S.*)$", message: 1 }] },
  // pytest: `FAILED tests/test_a.py::test_x - AssertionError: …`, `ERROR tests/…`, `E   AssertionError: …`
  { owner: "pytest", pattern: [{ regexp: "^(?:FAILED|ERROR) ([^\\s:]+)(?:::\\S+)?(?: - (.*))?$", file: 1, message: 0 }] },
  { owner: "pytest-e", pattern: [{ regexp: "^E\\s+(\\w+(?:Error|Exception)\\b.*)$", message: 1 }] },
  // go: `panic: …`, compile errors `./main.go:12:5: undefined: x`
  { owner: "go", pattern: [{ regexp: "^(\\S+\\.go):(\\d+):(\\d+): (.*)$", file: 1, line: 2, column: 3, message: 4 }] },
  { owner: "panic", pattern: [{ regexp: "^(panic: .*|thread '.*' panicked at .*)$", message: 1 }] },
  // cargo / rustc, git, GitLab's runner: `error[E0308]: …`, `error: could not compile`, `fatal: …`, `ERROR: Job failed: …`
  { owner: "error-prefix", pattern: [{ regexp: "^(?:error|ERROR|fatal)(?:\\[(E\\d+)\\])?: (.*)$", code: 1, message: 2 }] },
  { owner: "cargo-test", pattern: [{ regexp: "^(test \\S+ \\.\\.\\. FAILED)$", message: 1 }] },
  // gcc / clang: `src/a.c:12:5: error: …`
  {
    owner: "gcc",
    pattern: [{ regexp: "^([^\\s:]+):(\\d+):(\\d+): (?:fatal )?(error|warning): (.*)$", file: 1, line: 2, column: 3, severity: 4, message: 5 }],
  },
  // make: `make[1]: *** [Makefile:12: build] Error 2`; Maven: `[ERROR] …`; Gradle: `FAILURE: Build failed …`
  { owner: "make", pattern: [{ regexp: "^(make(?:\\[\\d+\\])?: \\*\\*\\* .*)$", message: 1 }] },
  { owner: "maven", pattern: [{ regexp: "^\\[ERROR\\] (.*\\S.*)$", message: 1 }] },
  { owner: "gradle", pattern: [{ regexp: "^(FAILURE: .*)$", message: 1 }] },
];
