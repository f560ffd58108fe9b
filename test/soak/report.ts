/** The soak's stall report: each viewer's waits between two deliveries, put down to the fault before them. */
export interface Fault {
  readonly kind: string;
  readonly at: number;
  /** when its part was running again */
  readonly until: number;
  readonly what: string;
}

/** How long after its part is back a fault still counts as the cause of a wait that begins. */
const CAUSE_WINDOW_MS = 2000;

/**
 * Per kind of fault: how many were injected and the longest wait put down to one of them: the
 * latest fault injected before the wait ended and over (its part running again) no more than
 * CAUSE_WINDOW_MS before the wait began. "none": waits no fault explains, the baseline.
 */
export function stallsByFault(faults: readonly Fault[], gaps: readonly { at: number; ms: number }[]): { kind: string; count: number; longestMs: number }[] {
  const rows = new Map<string, { kind: string; count: number; longestMs: number }>([["none", { kind: "none", count: 0, longestMs: 0 }]]);
  for (const f of faults) {
    const row = rows.get(f.kind) ?? { kind: f.kind, count: 0, longestMs: 0 };
    row.count++;
    rows.set(f.kind, row);
  }
  const byTime = [...faults].sort((a, b) => a.at - b.at);
  for (const gap of gaps) {
    const end = gap.at + gap.ms;
    let cause: Fault | undefined;
    for (const f of byTime) if (f.at <= end && f.until + CAUSE_WINDOW_MS >= gap.at) cause = f;
    const row = rows.get(cause?.kind ?? "none")!;
    row.longestMs = Math.max(row.longestMs, gap.ms);
  }
  return [...rows.values()];
}
