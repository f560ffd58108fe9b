import { describe, expect, it } from "vitest";
import type { Row } from "../bench/scenarios.ts";
import { undelivered } from "../bench/verdict.ts";

const row = (over: Partial<Row>): Row => ({
  scenario: "fan-out",
  route: "nginx",
  viewers: 1000,
  lost: 0,
  late: 0,
  dup: 0,
  cpu: {},
  figures: {},
  ok: true,
  ...over,
});

describe("npm run bench's verdict on undelivered lines", () => {
  it("fails a run whose viewers of our relay never got some lines, even with none lost", () => {
    const late = row({ route: "direct", late: 12 });
    expect(undelivered([row({}), late])).toEqual([{ row: late, lines: 12 }]);
    expect(undelivered([row({ scenario: "ticks", late: 1 })])).toHaveLength(1);
    expect(undelivered([row({ scenario: "spread", route: "direct", late: 3000 })])).toHaveLength(1);
  });

  it("passes a run where every line arrived", () => {
    expect(undelivered([row({}), row({ route: "direct" }), row({ scenario: "rate", figures: { held: 1 } })])).toEqual([]);
  });

  it("lets the rate ramp fall behind at the level where it stops, but not at a level it held", () => {
    expect(undelivered([row({ scenario: "rate", late: 500, figures: { held: 0 } })])).toEqual([]);
    expect(undelivered([row({ scenario: "rate", late: 500, figures: { held: 1 } })])).toHaveLength(1);
  });

  it("judges the fleet's rows of our relay likewise, and lets its ramp fall behind only where it stops", () => {
    expect(undelivered([row({ scenario: "fleet", late: 40 })])).toHaveLength(1);
    expect(undelivered([row({ scenario: "fleet-upload", late: 1 }), row({ scenario: "fleet-cluster", late: 1 })])).toHaveLength(2);
    expect(undelivered([row({ scenario: "fleet-ramp", late: 500, figures: { held: 0 } })])).toEqual([]);
    expect(undelivered([row({ scenario: "fleet-ramp", late: 500, figures: { held: 1 } })])).toHaveLength(1);
    expect(undelivered([row({ scenario: "fleet", route: "nchan-proxy", late: 9 })])).toEqual([]);
  });

  it("does not judge the naive relay nor nchan", () => {
    expect(undelivered([row({ route: "naive", late: 9 }), row({ route: "nchan", late: 9 }), row({ route: "nchan-proxy", late: 9 })])).toEqual([]);
  });
});
