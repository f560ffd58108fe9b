/**
 * The CI markers a log line can be: GitHub's workflow commands (`::group::`, `::endgroup::`,
 * `::error file=…,line=…::msg`, `::debug::`, and those the runner acts on without showing, such
 * as `::add-mask::`), the same in the form the runner writes into its logs (`##[group]`,
 * `##[error]`, …), and GitLab's collapsible sections (`section_start:<time>:<name>` …
 * `section_end:<time>:<name>`). One line at a time; what earlier lines change (stop-commands,
 * matchers) is LineReader's.
 */
import { stripAnsi } from "./line-text.ts";

export type AnnotationLevel = "error" | "warning" | "notice";

export type LineCommand =
  /** a command the runner acts on and never shows; `name` and `value` for those the page acts on too */
  | { readonly kind: "hidden"; readonly name: string; readonly value: string; readonly props: Readonly<Record<string, string>> }
  | { readonly kind: "group"; readonly title: string; readonly name?: string; readonly time?: number; readonly collapsed?: boolean }
  | { readonly kind: "endgroup"; readonly name?: string; readonly time?: number }
  | {
      readonly kind: "annotation";
      readonly level: AnnotationLevel;
      readonly message: string;
      readonly file?: string;
      readonly line?: number;
      readonly title?: string;
    }
  /** shown as its text, styled: `::debug::` and the runner's `##[debug]`, `##[command]`, `##[section]` */
  | { readonly kind: "message"; readonly level: "debug" | "command" | "section"; readonly text: string };

// section_start:1700000000:build_app[collapsed=true]\r\e[0KBuilding the app
// eslint-disable-next-line no-control-regex -- GitLab's marker carries \r and an erase sequence
const SECTION_START = /^(?:\x1b\[0K)?section_start:(\d+):([A-Za-z0-9_.-]+)(\[[^\]]*\])?\r(?:\x1b\[0K)?(.*)$/s;
// eslint-disable-next-line no-control-regex -- as above
const SECTION_END = /^(?:\x1b\[0K)?section_end:(\d+):([A-Za-z0-9_.-]+)/;
// ::name key=value,key=value::value (GitHub's syntax; the runner trims the line first)
const WORKFLOW = /^\s*::([A-Za-z][\w-]*)(?: ([^:]*))?::(.*)$/s;
// the runner's own form in a log: ##[error]message
const RUNNER = /^\s*##\[(group|endgroup|error|warning|notice|debug|command|section)\](.*)$/s;
// commands GitHub's runner acts on and does not show
const SILENT = new Set(["add-mask", "stop-commands", "add-matcher", "remove-matcher", "set-output", "save-state", "set-env", "add-path", "echo"]);

export function parseCommand(line: string): LineCommand | undefined {
  if (line.startsWith("section_") || line.startsWith("\x1b[0Ksection_")) {
    const start = SECTION_START.exec(line);
    if (start) {
      const [, time, name, options, title] = start;
      return { kind: "group", name, time: Number(time), title: stripAnsi(title).trim() || name, collapsed: options?.includes("collapsed=true") };
    }
    const end = SECTION_END.exec(line);
    if (end) return { kind: "endgroup", name: end[2], time: Number(end[1]) };
    return undefined;
  }
  const text = line.includes("\x1b") ? stripAnsi(line) : line;
  if (text.includes("##[")) {
    const runner = RUNNER.exec(text);
    if (runner) return command(runner[1], {}, runner[2]);
  }
  if (!text.includes("::")) return undefined;
  const m = WORKFLOW.exec(text);
  if (!m) return undefined;
  const [, name, params = "", value] = m;
  return command(name.toLowerCase(), parseProperties(params), value);
}

function command(name: string, props: Record<string, string>, value: string): LineCommand | undefined {
  switch (name) {
    case "group":
      return { kind: "group", title: value.trim() || "group" };
    case "endgroup":
      return { kind: "endgroup" };
    case "error":
    case "warning":
    case "notice": {
      const lineNo = Number(props.line);
      return {
        kind: "annotation",
        level: name,
        message: messageText(value),
        file: props.file,
        line: Number.isSafeInteger(lineNo) && lineNo > 0 ? lineNo : undefined,
        title: props.title,
      };
    }
    case "debug":
    case "command":
    case "section":
      return { kind: "message", level: name, text: messageText(value) };
  }
  return SILENT.has(name) ? { kind: "hidden", name, value, props } : undefined;
}

/** `file=a.ts,line=3` -> {file, line}; values use GitHub's %2C / %3A escapes. */
function parseProperties(params: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const part of params.split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0)
      props[part.slice(0, eq).trim()] = unescapeData(part.slice(eq + 1))
        .replace(/%2C/gi, ",")
        .replace(/%3A/gi, ":");
  }
  return props;
}

function unescapeData(text: string): string {
  return text.includes("%") ? text.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%25/g, "%") : text;
}

/** A message's text: escapes undone, its line breaks (`%0A`, `%0D%0A`) each a `\n`. */
function messageText(value: string): string {
  const text = unescapeData(value);
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

/** What an annotation line shows instead of its command: "Error: msg" (a title goes first). */
export function annotationText(c: Extract<LineCommand, { kind: "annotation" }>): string {
  const label = c.level === "error" ? "Error" : c.level === "warning" ? "Warning" : "Notice";
  return `${label}: ${c.title ? `${c.title}: ` : ""}${c.message}`;
}
