/**
 * Reads a step's lines in order and says what each is: a CI command (commands.ts) and, for the
 * others, a problem a matcher found (problems.ts). It keeps what earlier lines changed:
 * `::stop-commands::TOKEN` shows every line verbatim, commands included, until `::TOKEN::`; and
 * `::add-matcher::` / `::remove-matcher owner=…::` change the matchers. `::add-matcher::` takes
 * the matcher's JSON on the line itself (the page cannot read a file on the build machine); a
 * path to one of the files GitHub's setup actions register (tsc.json, eslint-stylish.json, …) is
 * covered by the built-in matchers already.
 */
import { parseCommand, type LineCommand } from "./commands.ts";
import { parseMatchers, ProblemScanner, type Problem } from "./problems.ts";

export interface LineMeaning {
  readonly command?: LineCommand;
  readonly problem?: Problem;
}

const NOTHING: LineMeaning = {};

export class LineReader {
  #stoppedBy = ""; // the token that resumes commands, while they are stopped
  readonly #scanner = new ProblemScanner();

  /** `line` as stored; `shown`: its text as the row shows it (escape sequences removed). */
  read(line: string, shown: string): LineMeaning {
    const command = this.#command(line);
    if (command) return { command };
    const problem = this.#scanner.scan(shown);
    return problem ? { problem } : NOTHING;
  }

  #command(line: string): LineCommand | undefined {
    if (!line.includes("::") && !line.includes("section_") && !line.includes("##[")) return undefined;
    if (this.#stoppedBy) {
      if (line.trim() === `::${this.#stoppedBy}::`) {
        this.#stoppedBy = "";
        return { kind: "hidden", name: "resume-commands", value: "", props: {} };
      }
      const gitlab = line.startsWith("section_") || line.startsWith("\x1b[0Ksection_"); // not GitHub's to stop
      return gitlab ? parseCommand(line) : undefined; // shown as it is
    }
    const command = parseCommand(line);
    if (command?.kind !== "hidden") return command;
    if (command.name === "stop-commands") this.#stoppedBy = command.value.trim();
    else if (command.name === "add-matcher") this.#addMatcher(command.value.trim());
    else if (command.name === "remove-matcher" && command.props.owner) this.#scanner.remove(command.props.owner);
    return command;
  }

  #addMatcher(value: string): void {
    if (!value.startsWith("{") && !value.startsWith("[")) return; // a path on the build machine
    try {
      this.#scanner.add(parseMatchers(JSON.parse(value)));
    } catch {
      // not JSON: nothing to add; the line stays hidden, as GitHub shows it
    }
  }
}
