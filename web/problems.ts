/**
 * Error and warning lines in ordinary tool output, found with problem matchers in GitHub's
 * format (`{"problemMatcher":[{"owner","severity","pattern":[{"regexp","file","line",
 * "column","severity","code","message","loop"}]}]}`): the built-in ones below for common tools,
 * and those a log registers with `::add-matcher::` (removed with `::remove-matcher owner=…::`).
 * A matcher of several patterns matches consecutive lines, the last one as often as it repeats
 * when it has `loop` (eslint's stylish output: a file, then its problems); the issue is on the
 * line the last pattern matched. Lines are matched as shown: escape sequences already removed.
 */
import { BUILT_IN_MATCHERS, type MatcherJson, type PatternJson } from "./problem-matchers.ts";

export type ProblemLevel = "error" | "warning" | "notice";

export interface Problem {
  readonly level: ProblemLevel;
  readonly message: string;
  readonly owner: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly code?: string;
}

/** One pattern of a matcher in GitHub's JSON: the regexp as a string, the rest capture group numbers. */
interface Pattern extends Omit<PatternJson, "regexp"> {
  readonly regexp: RegExp;
}

interface Matcher {
  readonly owner: string;
  readonly severity: ProblemLevel;
  readonly patterns: readonly Pattern[];
}

const FIELDS = ["file", "line", "column", "severity", "code", "message"] as const;
type Fields = Partial<Record<(typeof FIELDS)[number], string>>;

function level(text: string | undefined, fallback: ProblemLevel): ProblemLevel {
  const l = text?.toLowerCase();
  return l === "error" || l === "warning" || l === "notice" ? l : l === "info" ? "notice" : fallback;
}

/**
 * The matchers of a `{"problemMatcher":[…]}` document (or one matcher, or a list of them); those
 * that are malformed or whose regexp JavaScript cannot compile are left out.
 */
export function parseMatchers(doc: unknown): Matcher[] {
  const list = (doc as { problemMatcher?: unknown })?.problemMatcher ?? doc;
  const out: Matcher[] = [];
  for (const m of Array.isArray(list) ? list : [list]) {
    const json = m as Partial<MatcherJson>;
    if (typeof json?.owner !== "string" || !Array.isArray(json.pattern) || json.pattern.length === 0) continue;
    try {
      const patterns = json.pattern.map((p: PatternJson) => {
        if (typeof p?.regexp !== "string") throw new Error("no regexp");
        return { ...p, regexp: new RegExp(p.regexp) };
      });
      out.push({ owner: json.owner, severity: level(json.severity, "error"), patterns });
    } catch {
      // a pattern this page cannot use: the matcher is skipped, the log still shows
    }
  }
  return out;
}

/** Where a matcher of several patterns is: the lines its earlier patterns matched, read again once the last one matches. */
interface Progress {
  readonly matcher: Matcher;
  matched: string[]; // the lines the patterns before the next one matched, in order
  looped: boolean; // the last pattern (a loop) has matched at least once
}

const BUILT_IN = parseMatchers(BUILT_IN_MATCHERS);

/**
 * One anchored test for every single-pattern matcher whose regexp starts with `^` (the built-in
 * ones): most lines are no problem, and one failed test costs less than twenty.
 */
function prefilter(matchers: readonly Matcher[]): RegExp | undefined {
  if (!matchers.every((m) => m.patterns.length === 1 && m.patterns[0].regexp.source.startsWith("^"))) return undefined;
  return new RegExp(`^(?:${matchers.map((m) => `(?:${m.patterns[0].regexp.source.slice(1)})`).join("|")})`);
}

/** Reads lines one after another and says which are problems. */
export class ProblemScanner {
  #singles: Matcher[] = BUILT_IN.filter((m) => m.patterns.length === 1);
  #quick = prefilter(this.#singles);
  #sequences: Progress[] = BUILT_IN.filter((m) => m.patterns.length > 1).map((matcher) => ({ matcher, matched: [], looped: false }));

  /** `::add-matcher::` with the matchers' JSON; one with an owner already registered replaces it. */
  add(matchers: readonly Matcher[]): void {
    for (const matcher of matchers) {
      this.remove(matcher.owner);
      if (matcher.patterns.length === 1) this.#singles.push(matcher);
      else this.#sequences.push({ matcher, matched: [], looped: false });
    }
    this.#quick = prefilter(this.#singles);
  }

  /** `::remove-matcher owner=…::`, a built-in one too. */
  remove(owner: string): void {
    this.#singles = this.#singles.filter((m) => m.owner !== owner);
    this.#sequences = this.#sequences.filter((p) => p.matcher.owner !== owner);
    this.#quick = prefilter(this.#singles);
  }

  /** The problem `text` (a line as shown) is, if any; every matcher moves on by this line. */
  scan(text: string): Problem | undefined {
    let found: Problem | undefined;
    for (const progress of this.#sequences) {
      const problem = step(progress, text);
      found ??= problem;
    }
    if (found || (this.#quick && !this.#quick.test(text))) return found;
    for (const matcher of this.#singles) {
      const m = matcher.patterns[0].regexp.exec(text);
      const problem = m && issue(matcher, [[matcher.patterns[0], m]]);
      if (problem) return problem;
    }
    return undefined;
  }
}

// Moves a matcher of several patterns on by a line; returns the problem when its last pattern matched.
function step(p: Progress, text: string): Problem | undefined {
  const patterns = p.matcher.patterns;
  const last = patterns.length - 1;
  if (p.matched.length > 0) {
    const pattern = patterns[Math.min(p.matched.length, last)];
    if (pattern.regexp.test(text)) {
      if (p.matched.length < last) {
        p.matched.push(text);
        return undefined;
      }
      // the last pattern: the issue, from every line of the sequence
      const found = issue(p.matcher, [
        ...p.matched.map((line, i) => [patterns[i], patterns[i].regexp.exec(line)!] as const),
        [pattern, pattern.regexp.exec(text)!],
      ]);
      if (pattern.loop) p.looped = true;
      else p.matched = [];
      return found;
    }
    // the sequence broke (or a loop ended): this line may start it again
    p.matched = [];
    p.looped = false;
  }
  if (patterns[0].regexp.test(text)) p.matched.push(text);
  return undefined;
}

// The issue from the matches of a matcher's patterns (the later ones win where two capture the same field).
function issue(matcher: Matcher, matches: readonly (readonly [Pattern, RegExpExecArray])[]): Problem | undefined {
  const fields: Fields = {};
  for (const [pattern, m] of matches) {
    for (const f of FIELDS) {
      const group = pattern[f];
      if (typeof group === "number" && m[group] !== undefined) fields[f] = m[group];
    }
  }
  if (!fields.message?.trim()) return undefined; // GitHub drops an issue without a message
  const line = Number(fields.line);
  const column = Number(fields.column);
  return {
    level: level(fields.severity, matcher.severity),
    message: fields.message.trim(),
    owner: matcher.owner,
    file: fields.file?.trim() || undefined,
    line: Number.isSafeInteger(line) && line > 0 ? line : undefined,
    column: Number.isSafeInteger(column) && column > 0 ? column : undefined,
    code: fields.code || undefined,
  };
}

/** "Error: msg (file:12:5)" as the annotations list shows a problem. */
export function problemText(p: Problem): string {
  const label = p.level === "error" ? "Error" : p.level === "warning" ? "Warning" : "Notice";
  return `${label}: ${p.code && !p.message.includes(p.code) ? `${p.code} ` : ""}${p.message}`;
}
