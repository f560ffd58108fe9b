/**
 * The fleet's targets (issue 15), judged from one run's rows: each met, missed with its figure,
 * or not run. Ours is logrelay through nginx; the anchor is nchan behind the same kind of proxy.
 */
import type { Row } from "./scenarios.ts";

export interface FleetTarget {
  readonly target: string;
  readonly figure: string;
  /** undefined: not run */
  readonly met?: boolean;
}

const fixed = (rows: readonly Row[], rate: number, route: string) =>
  rows.find((r) => r.scenario === "fleet" && r.route === route && r.load === `${rate} appends/s` && (r.viewers ?? 0) > 0);
const rampPeak = (rows: readonly Row[], route: string) => rows.find((r) => r.scenario === "fleet-ramp" && r.route === route)?.figures.lastHeld;
const times = (a: number, b: number) => `×${(a / b).toFixed(2)}`;

export function fleetTargets(rows: readonly Row[]): FleetTarget[] {
  const out: FleetTarget[] = [];
  const notRun = (target: string) => out.push({ target, figure: "not run" });
  for (const rate of [500, 2000]) {
    const ours = fixed(rows, rate, "nginx");
    const anchor = fixed(rows, rate, "nchan-proxy");
    const cpu = `fleet ${rate} appends/s: server CPU per appended line <= nchan behind nginx`;
    if (ours && anchor) {
      const [a, b] = [ours.figures.serverCpuUsPerLine, anchor.figures.serverCpuUsPerLine];
      out.push({ target: cpu, figure: `${a} vs ${b} µs (${times(a, b)})`, met: a <= b });
    } else notRun(cpu);
    const producer = `fleet ${rate} appends/s: producer <= 8 µs per appended line`;
    const relay = `fleet ${rate} appends/s: relay <= 6 µs per line to a lone viewer`;
    if (ours) {
      out.push({ target: producer, figure: `${ours.figures.us_producer} µs`, met: ours.figures.us_producer <= 8 });
      out.push({ target: relay, figure: `${ours.figures.us_relay} µs`, met: ours.figures.us_relay <= 6 });
    } else [producer, relay].forEach(notRun);
  }
  const at2000 = fixed(rows, 2000, "nginx");
  const p99 = "fleet 2000 appends/s: line p99 <= 250 ms";
  if (at2000) out.push({ target: p99, figure: `${at2000.p99} ms`, met: (at2000.p99 ?? Infinity) <= 250 });
  else notRun(p99);

  const [peak, anchorPeak] = [rampPeak(rows, "nginx"), rampPeak(rows, "nchan-proxy")];
  const ramp = "fleet ramp: highest sustained appends/s >= nchan behind nginx";
  if (peak !== undefined && anchorPeak !== undefined) out.push({ target: ramp, figure: `${peak} vs ${anchorPeak}`, met: peak >= anchorPeak });
  else notRun(ramp);

  // past saturation: the fixed load offering the most over our peak
  const over = rows
    .filter((r) => r.scenario === "fleet" && r.route === "nginx" && (r.viewers ?? 0) > 0 && peak && r.figures.appendsOffered > peak)
    .sort((a, b) => b.figures.appendsOffered - a.figures.appendsOffered)[0];
  const collapse = "fleet past saturation: answered appends/s >= 90% of the sustained peak";
  const quick = "fleet past saturation: the excess answered quickly (answer p99 <= 1 s)";
  if (over && peak) {
    const offered = `${over.figures.appendsOffered} offered (${times(over.figures.appendsOffered, peak)} the peak of ${peak})`;
    // a refused worker's lines go in its next, bigger append: the lines stored say how much work was done
    const peakLines = rows.find((r) => r.scenario === "fleet-ramp" && r.route === "nginx" && r.load === `${peak} appends/s`)?.figures.linesAppended;
    const lines = peakLines ? `; lines stored ${over.figures.linesAppended}/s, ${times(over.figures.linesAppended, peakLines)} the peak's ${peakLines}/s` : "";
    out.push({ target: collapse, figure: `${over.figures.appendsAnswered} answered of ${offered}${lines}`, met: over.figures.appendsAnswered >= 0.9 * peak });
    out.push({ target: quick, figure: `answer p99 ${over.figures.answerP99ms} ms at ${offered}`, met: over.figures.answerP99ms <= 1000 });
  } else [collapse, quick].forEach(notRun);

  const anchor2000 = fixed(rows, 2000, "nchan-proxy");
  const memory = "fleet 2000 running steps: server memory <= 1.5x nchan behind nginx";
  if (at2000 && anchor2000) {
    const [a, b] = [at2000.figures.serverMiB, anchor2000.figures.serverMiB];
    out.push({ target: memory, figure: `${a} vs ${b} MiB (${times(a, b)})`, met: a <= 1.5 * b });
  } else notRun(memory);
  return out;
}
