/** What a writer did with the output it was given: every line stored, or exactly which were not. */
import type { EndStatus } from "../common/domain.ts";

export interface LineRange {
  readonly first: number;
  readonly last: number;
}

export interface WriterReport {
  /** every line written was stored, and (after end()) the step ended with the status asked for */
  readonly ok: boolean;
  /** the status the step was ended with, when it was */
  readonly status?: EndStatus;
  /** the step's last line, as the log service last answered (0 before any answer) */
  readonly lastLine: number;
  /** lines of output written (a final line without a newline counts) */
  readonly outputLines: number;
  /** output lines not known to be stored, numbered from 1 in the output; undefined when every one is */
  readonly notStored?: LineRange;
  /** the first of those, when they went in a request that got no answer (a reset, a timeout, a 502): the service may hold them */
  readonly unconfirmed?: LineRange;
  /** step lines the service acknowledged and later no longer held (a Redis that lost its data): it answered 409 with a gap */
  readonly lost: readonly LineRange[];
  /** why the writer stopped sending, or why the step was not ended */
  readonly error?: string;
}

/** The report as sentences for a person: empty when everything was stored and the step ended. */
export function describeReport(report: WriterReport): string[] {
  const out: string[] = [];
  const range = (r: LineRange) => (r.first === r.last ? `line ${r.first}` : `lines ${r.first}-${r.last}`);
  if (report.notStored) {
    const count = report.notStored.last - report.notStored.first + 1;
    const maybe = report.unconfirmed ? ` (${range(report.unconfirmed)} went in a request that got no answer: the log service may hold them)` : "";
    const were = count === 1 ? "was" : "were";
    out.push(`output ${range(report.notStored)} (${count} of ${report.outputLines}) ${were} not stored${report.error ? `: ${report.error}` : ""}${maybe}`);
  } else if (report.error) out.push(report.error);
  for (const lost of report.lost)
    out.push(`step ${range(lost)} were stored, then lost by the log service (it no longer held them); the log goes on after them`);
  return out;
}
