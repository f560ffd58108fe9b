/** How `logrelay run` words what was not stored. */
import { describe, expect, it } from "vitest";
import { describeReport } from "../../client/report.ts";

const base = { ok: false, lastLine: 5, outputLines: 10, lost: [] };

describe("describeReport", () => {
  it("says nothing when everything was stored and the step ended", () => {
    expect(describeReport({ ...base, ok: true, status: "success" })).toEqual([]);
  });

  it("names the lines not stored, which of them may be stored after all, and lines the service lost", () => {
    expect(
      describeReport({ ...base, notStored: { first: 6, last: 10 }, unconfirmed: { first: 6, last: 8 }, error: "gave up after 300 s of retrying (502)" }),
    ).toEqual([
      "output lines 6-10 (5 of 10) were not stored: gave up after 300 s of retrying (502) (lines 6-8 went in a request that got no answer: the log service may hold them)",
    ]);
    expect(describeReport({ ...base, notStored: { first: 10, last: 10 } })).toEqual(["output line 10 (1 of 10) was not stored"]);
    expect(describeReport({ ...base, lost: [{ first: 1, last: 100 }], error: "the step was not ended" })).toEqual([
      "the step was not ended",
      "step lines 1-100 were stored, then lost by the log service (it no longer held them); the log goes on after them",
    ]);
  });
});
