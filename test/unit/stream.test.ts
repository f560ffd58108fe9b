import { describe, expect, it } from "vitest";
import { joinLinesJson, parseLiveMessage, stepKeys } from "../../common/contract.ts";
import { httpChunk, liveLinesMessage, type LiveLines } from "../../common/live-events.ts";
import { encodeEndEvent, encodeLinesEvent, encodeRetry, encodeTruncatedEvent } from "../../relay/sse.ts";
import { parseStepRef, stepFromName } from "../../common/domain.ts";
import { coalesce } from "../../relay/shared-event.ts";

describe("the key scheme", () => {
  it("puts every key of a step under one hash tag", () => {
    const k = stepKeys({ org: "acme", repo: "app", build: 42, step: 3 });
    for (const key of [k.lines, k.meta, k.channel]) expect(key).toContain("{acme/app/42/3}");
    expect(new Set([k.lines, k.meta, k.channel]).size).toBe(3);
  });
});

describe("step paths", () => {
  it("accepts the contract's names and positive integers", () => {
    expect(parseStepRef({ org: "a.b_c-1", repo: "r", build: "7", step: "1" })).toEqual({ org: "a.b_c-1", repo: "r", build: 7, step: 1 });
    expect(stepFromName("acme/app/42/3")).toEqual({ org: "acme", repo: "app", build: 42, step: 3 });
  });

  it("refuses anything else with a message naming the segment", () => {
    expect(parseStepRef({ org: "a b", repo: "r", build: "1", step: "1" })).toEqual({ error: expect.stringContaining("org") });
    expect(parseStepRef({ org: "a", repo: "r".repeat(101), build: "1", step: "1" })).toEqual({ error: expect.stringContaining("repo") });
    expect(parseStepRef({ org: "a", repo: "r", build: "0", step: "1" })).toEqual({ error: expect.stringContaining("build") });
    expect(parseStepRef({ org: "a", repo: "r", build: "1", step: "-1" })).toEqual({ error: expect.stringContaining("step") });
    expect(parseStepRef({ org: "a", repo: "r", build: "99999999999999999999", step: "1" })).toEqual({ error: expect.stringContaining("build") });
  });
});

describe("SSE events", () => {
  it("frames lines with the last line's number as id and JSON data", () => {
    expect(encodeLinesEvent(40, 42, '["a","b","c"]')).toBe('id: 42\ndata: {"n":40,"lines":["a","b","c"]}\n\n');
  });

  it("keeps \\r, newlines and Unicode inside the JSON, so one event stays one event", () => {
    const json = JSON.stringify(["a\rb", "multi\nline?", "日本 🚀"]);
    const frame = encodeLinesEvent(1, 3, json);
    expect(frame.split("\n\n")).toHaveLength(2);
    expect(JSON.parse(frame.slice(frame.indexOf("data: ") + 6, -2)).lines).toEqual(["a\rb", "multi\nline?", "日本 🚀"]);
  });

  it("frames retry, truncated and end as the contract spells them", () => {
    expect(encodeRetry(1000)).toBe("retry: 1000\n\n");
    expect(encodeTruncatedEvent(7)).toBe('event: truncated\ndata: {"firstAvailable":7}\n\n');
    expect(encodeEndEvent(12, "failure")).toBe('event: end\ndata: {"lines":12,"status":"failure"}\n\n');
  });
});

describe("live messages", () => {
  it("parses what the scripts publish, keeping the lines' event as the bytes to write", () => {
    const event = 'id: 6\ndata: {"n":5,"lines":["x y","z"],"t":1700000000000}\n\n';
    const message = `L 5 6 1700000000000 ${Buffer.byteLength(event).toString(16)}\r\n${event}\r\n`;
    expect(liveLinesMessage(5, 6, 1700000000000, '["x y","z"]')).toBe(message);
    const parsed = parseLiveMessage(Buffer.from(message));
    expect(parsed).toMatchObject({ kind: "lines", first: 5, last: 6, appendedAt: 1700000000000, linesJson: '["x y","z"]' });
    const lines = parsed as LiveLines;
    expect(lines.chunk.toString()).toBe(httpChunk(event).framed.toString());
    expect(lines.event.toString()).toBe(event);
    expect(parseLiveMessage("E 6 1700000000001 success")).toEqual({ kind: "end", last: 6, appendedAt: 1700000000001, status: "success" });
    expect(parseLiveMessage("garbage")).toBeUndefined();
  });

  it("joins JSON arrays without parsing them", () => {
    expect(JSON.parse(joinLinesJson(['["a"]', '["b","c"]', '[""]']))).toEqual(["a", "b", "c", ""]);
  });

  it("coalesces consecutive messages into one event and keeps an end apart", () => {
    const msgs = [liveLinesMessage(1, 1, 1, '["a"]'), liveLinesMessage(2, 3, 2, '["b","c"]'), liveLinesMessage(7, 7, 3, '["g"]'), "E 7 4 success"].map((m) =>
      parseLiveMessage(m)!,
    );
    const events = coalesce(msgs).map((e) => e.shared);
    expect(events.map((e) => [e.kind, e.last])).toEqual([
      ["lines", 3],
      ["lines", 7],
      ["end", 7],
    ]);
    // lines of different appends carry one time each; lines of one append share it
    expect(events[0].bytes.toString()).toBe('id: 3\ndata: {"n":1,"lines":["a","b","c"],"t":[1,2,2]}\n\n');
    expect(events[1].bytes.toString()).toBe('id: 7\ndata: {"n":7,"lines":["g"],"t":3}\n\n');
  });
});
