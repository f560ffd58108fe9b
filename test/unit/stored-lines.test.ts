import { describe, expect, it } from "vitest";
import { StoredLines } from "../../producer/stored-lines.ts";

describe("StoredLines (the append answer)", () => {
  it("answers the first and last line of the request's own appends, not the step's", () => {
    const stored = new StoredLines();
    stored.add({ outcome: "ok", last: 12, appended: 3 }); // 10..12
    stored.add({ outcome: "ok", last: 40, appended: 5 }); // 36..40, another writer's lines between
    expect(stored.answer(99)).toEqual({ appended: 8, first: 10, last: 40 });
  });

  it("answers the empty range after the step's last line when nothing was stored", () => {
    const stored = new StoredLines();
    expect(stored.answer()).toEqual({ appended: 0 });
    stored.add({ outcome: "ok", last: 7, appended: 0 }); // every line already held
    expect(stored.answer()).toEqual({ appended: 0, first: 8, last: 7 });
    expect(stored.answer(9)).toEqual({ appended: 0, first: 10, last: 9 });
  });
});
