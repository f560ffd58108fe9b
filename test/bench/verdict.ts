/** Which results fail `npm run bench` for lines that never arrived (kept apart to be unit-tested). */
import type { Row } from "./scenarios.ts";

export interface Undelivered {
  row: Row;
  lines: number;
}

/**
 * Rows of our relay (direct or through nginx) whose viewers still missed lines when the drain
 * period ended: those lines were never delivered, a failure like a lost one. In the fleet the
 * lines counted are the acknowledged ones (an append still unanswered after the drain is not
 * owed to viewers). The one exception is the level where a ramp (the relay's rate ramp, the
 * fleet's) stops (`held` 0): falling behind is how the ramp finds the limit. The naive relay
 * and nchan are compared, not judged.
 */
export function undelivered(rows: readonly Row[]): Undelivered[] {
  return rows
    .filter((r) => (r.route === "direct" || r.route === "nginx") && (r.late ?? 0) > 0)
    .filter((r) => !((r.scenario === "rate" || r.scenario === "fleet-ramp") && r.figures.held === 0))
    .map((row) => ({ row, lines: row.late! }));
}
