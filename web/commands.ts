/**
 * The CI markers a log line can be: GitHub's workflow commands (`::group::`, `::endgroup::`,
 * `::error file=…,line=…::msg`) and GitLab's collapsible sections (`section_start:<time>:<name>`
 * … `section_end:<time>:<name>`). Parsed once per stored line, so the view never re-reads text.
 */
import { stripAnsi } from "./line-text.ts";

export type LineCommand =
  | { readonly kind: "group"; readonly title: string; readonly name?: string; readonly time?: number; readonly collapsed?: boolean }
  | { readonly kind: "endgroup"; readonly name?: string; readonly time?: number }
  | {
      readonly kind: "annotation";
      readonly level: "error" | "warning" | "notice";
      readonly message: string;
      readonly file?: string;
      readonly line?: number;
      readonly title?: string;
    };

// section_start:1700000000:build_app[collapsed=true]\r\e[0KBuilding the app
// eslint-disable-next-line no-control-regex -- GitLab's marker carries \r and an erase sequence
const SECTION_START = /^(?:\x1b\[0K)?section_start:(\d+):([A-Za-z0-9_.-]+)(\[[^\]]*\])?\r(?:\x1b\[0K)?(.*)$/s;
// eslint-disable-next-line no-control-regex -- as above
const SECTION_END = /^(?:\x1b\[0K)?section_end:(\d+):([A-Za-z0-9_.-]+)/;
const WORKFLOW = /^\s*::(group|endgroup|error|warning|notice)(?: ([^:]*))?::(.*)$/s;

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
  if (!line.includes("::")) return undefined;
  const m = WORKFLOW.exec(line.includes("\x1b") ? stripAnsi(line) : line);
  if (!m) return undefined;
  const [, kind, params = "", text] = m;
  if (kind === "group") return { kind: "group", title: text.trim() || "group" };
  if (kind === "endgroup") return { kind: "endgroup" };
  const props = parseProperties(params);
  const lineNo = Number(props.line);
  return {
    kind: "annotation",
    level: kind as "error" | "warning" | "notice",
    message: unescapeData(text),
    file: props.file,
    line: Number.isSafeInteger(lineNo) && lineNo > 0 ? lineNo : undefined,
    title: props.title,
  };
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

/** What an annotation line shows instead of its command: "Error: msg" (a title goes first). */
export function annotationText(c: Extract<LineCommand, { kind: "annotation" }>): string {
  const label = c.level === "error" ? "Error" : c.level === "warning" ? "Warning" : "Notice";
  return `${label}: ${c.title ? `${c.title}: ` : ""}${c.message}`;
}
