import { describe, expect, it } from "vitest";
import { stallsByFault } from "../soak/report.ts";
import { Rng } from "../soak/rng.ts";
import { lineText, linesOf } from "../soak/lines.ts";

describe("the soak's stall report", () => {
  const faults = [
    { kind: "relay-kill", at: 10_000, until: 12_000, what: "" },
    { kind: "redis-stop", at: 30_000, until: 33_000, what: "" },
  ];

  it("puts a wait down to the fault injected during it or just before it began", () => {
    const rows = stallsByFault(faults, [
      { at: 9_500, ms: 3_000 }, // spans the relay kill
      { at: 13_500, ms: 2_500 }, // begins within 2 s of the relay being back
      { at: 33_000, ms: 4_000 }, // begins as Redis thaws
      { at: 20_000, ms: 1_200 }, // no fault near: the baseline
    ]);
    expect(rows).toEqual([
      { kind: "none", count: 0, longestMs: 1_200 },
      { kind: "relay-kill", count: 1, longestMs: 3_000 },
      { kind: "redis-stop", count: 1, longestMs: 4_000 },
    ]);
  });

  it("does not blame a fault for a wait that began long after its part was back", () => {
    const rows = stallsByFault(faults, [{ at: 20_000, ms: 5_000 }]);
    expect(rows.find((r) => r.kind === "relay-kill")!.longestMs).toBe(0);
    expect(rows.find((r) => r.kind === "none")!.longestMs).toBe(5_000);
  });
});

describe("the soak's seeded choices", () => {
  it("repeat for a seed and differ between seeds", () => {
    const draws = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (r) => () =>
            r.int(0, 1000)
        )(new Rng(seed)),
      );
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
    expect(new Rng(1).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("give every line a text of its own that a body can carry as one line", () => {
    const lines = linesOf(3, "/soak/w1/builds/1/steps/1", 1, 2000);
    expect(lines[41]).toBe(lineText(3, "/soak/w1/builds/1/steps/1", 42));
    for (const line of lines) {
      expect(line).not.toContain("\n");
      expect(line.endsWith("\r")).toBe(false);
    }
    expect(lines.some((l) => l === "")).toBe(true); // an empty line, which a body must still end with \n
    expect(lines.some((l) => l.includes("\x1b[32m"))).toBe(true);
  });
});
