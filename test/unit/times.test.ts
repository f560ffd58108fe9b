import { describe, expect, it } from "vitest";
import { expandTimes } from "../../common/step-store.ts";
import { encodeLinesEvent, encodeTimes } from "../../relay/stream/sse.ts";
import { withTimes } from "../../relay/http/download-route.ts";

describe("arrival times", () => {
  it("spells t as one number when the lines share it, else one per line", () => {
    expect(encodeTimes([5, 5, 5])).toBe("5");
    expect(encodeTimes([5, 5, 6])).toBe("[5,5,6]");
    expect(encodeLinesEvent(1, 2, '["a","b"]', "7")).toBe('id: 2\ndata: {"n":1,"lines":["a","b"],"t":7}\n\n');
  });

  it("expands the read script's runs into one time per line, and nothing for unknown or short runs", () => {
    expect(expandTimes("100,2,105,1", 3)).toEqual([100, 100, 105]);
    expect(expandTimes("", 3)).toBeUndefined();
    expect(expandTimes("100,2", 3)).toBeUndefined();
  });

  it("prefixes each downloaded line with its RFC 3339 UTC time with ms", () => {
    expect(withTimes(["a", "b"], [Date.UTC(2026, 10, 29, 6, 0, 1, 5), Date.UTC(2026, 10, 29, 6, 0, 2)])).toEqual([
      "2026-11-29T06:00:01.005Z a",
      "2026-11-29T06:00:02.000Z b",
    ]);
    expect(withTimes(["a"], undefined)).toEqual(["- a"]);
  });
});
