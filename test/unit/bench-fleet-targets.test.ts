import { describe, expect, it } from "vitest";
import { fleetTargets } from "../bench/fleet-targets.ts";
import type { Row } from "../bench/scenarios.ts";

const row = (scenario: string, route: string, load: string, figures: Record<string, number>, p99?: number, viewers = 100): Row => ({
  scenario,
  route: route as Row["route"],
  load,
  viewers,
  p99,
  cpu: {},
  figures,
  ok: true,
});

describe("the fleet's targets", () => {
  it("judges each from the run's rows, against nchan behind nginx", () => {
    const rows = [
      row("fleet", "nginx", "500 appends/s", { serverCpuUsPerLine: 60, us_producer: 20, us_relay: 5 }),
      row("fleet", "nchan-proxy", "500 appends/s", { serverCpuUsPerLine: 50 }),
      row("fleet", "nginx", "2000 appends/s", { serverCpuUsPerLine: 30, us_producer: 7, us_relay: 7, serverMiB: 400 }, 100),
      row("fleet", "nchan-proxy", "2000 appends/s", { serverCpuUsPerLine: 31, serverMiB: 200 }),
      row("fleet", "nginx", "2000 appends/s, no viewer", { serverCpuUsPerLine: 1 }, undefined, 0),
      row("fleet", "nginx", "8000 appends/s", { appendsOffered: 8000, appendsAnswered: 3800, answerP99ms: 5000, linesAppended: 30000 }),
      row("fleet-ramp", "nginx", "1000 appends/s", { lastHeld: 4000 }),
      row("fleet-ramp", "nginx", "4000 appends/s", { linesAppended: 20000 }),
      row("fleet-ramp", "nchan-proxy", "1000 appends/s", { lastHeld: 6000 }),
    ];
    const met = Object.fromEntries(fleetTargets(rows).map((t) => [t.target, t.met]));
    expect(met).toEqual({
      "fleet 500 appends/s: server CPU per appended line <= nchan behind nginx": false,
      "fleet 500 appends/s: producer <= 8 µs per appended line": false,
      "fleet 500 appends/s: relay <= 6 µs per line to a lone viewer": true,
      "fleet 2000 appends/s: server CPU per appended line <= nchan behind nginx": true,
      "fleet 2000 appends/s: producer <= 8 µs per appended line": true,
      "fleet 2000 appends/s: relay <= 6 µs per line to a lone viewer": false,
      "fleet 2000 appends/s: line p99 <= 250 ms": true,
      "fleet ramp: highest sustained appends/s >= nchan behind nginx": false,
      "fleet past saturation: answered appends/s >= 90% of the sustained peak": true,
      "fleet past saturation: the excess answered quickly (answer p99 <= 1 s)": false,
      "fleet 2000 running steps: server memory <= 1.5x nchan behind nginx": false,
    });
    const collapse = fleetTargets(rows).find((t) => t.target.startsWith("fleet past saturation: answered"))!;
    expect(collapse.figure).toBe("3800 answered of 8000 offered (×2.00 the peak of 4000); lines stored 30000/s, ×1.50 the peak's 20000/s");
  });

  it("says what was not run rather than judging it", () => {
    const targets = fleetTargets([row("fleet", "nginx", "500 appends/s", { serverCpuUsPerLine: 60, us_producer: 20, us_relay: 5 })]);
    const cpu = targets.find((t) => t.target.startsWith("fleet 500 appends/s: server CPU"))!;
    expect([cpu.figure, cpu.met]).toEqual(["not run", undefined]);
    expect(targets.find((t) => t.target.startsWith("fleet ramp"))!.met).toBeUndefined();
  });
});
