/** `logrelay tail`'s SSE parser, against the HTML standard's rules, in any chunking. */
import { describe, expect, it } from "vitest";
import { SseParser, type SseEvent } from "../../client/sse-parser.ts";

function parseIn(chunks: (string | Uint8Array)[]): { events: SseEvent[]; parser: SseParser } {
  const parser = new SseParser();
  const events = chunks.flatMap((c) => parser.push(c));
  return { events, parser };
}

const STREAM =
  "\uFEFFretry: 1000\n\n" +
  ': heartbeat\n\nid: 42\ndata: {"n":40,"lines":["a","b","c"]}\n\n' +
  'event: truncated\r\nid: 9\r\ndata: {"firstAvailable":10}\r\n\r\n' +
  'event: partial\rdata: {"n":43,"line":"é 🚀"}\r\r' +
  "data: one\ndata:two\ndata\n\n" +
  "id\nevent: end\ndata: {}\n\n" +
  "data: never dispatched: no blank line after it\n";

describe("SseParser", () => {
  it("reads events, ids, retry and comments, with \\n, \\r\\n or \\r line ends", () => {
    const { events, parser } = parseIn([STREAM]);
    expect(events).toEqual([
      { type: "message", data: '{"n":40,"lines":["a","b","c"]}', lastEventId: "42" },
      { type: "truncated", data: '{"firstAvailable":10}', lastEventId: "9" },
      { type: "partial", data: '{"n":43,"line":"é 🚀"}', lastEventId: "9" },
      { type: "message", data: "one\ntwo\n", lastEventId: "9" },
      { type: "end", data: "{}", lastEventId: "" }, // a bare `id` resets it
    ]);
    expect(parser.retryMs).toBe(1000);
  });

  it("gives the same events however the bytes are cut, a \\r\\n or a UTF-8 character across two chunks included", () => {
    const whole = parseIn([STREAM]).events;
    const bytes = Buffer.from(STREAM);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(parseIn([bytes.subarray(0, cut), bytes.subarray(cut)]).events).toEqual(whole);
    }
    expect(parseIn([...bytes].map((b) => Uint8Array.of(b))).events).toEqual(whole);
  });

  it("ignores an id holding NUL and a retry that is not a number", () => {
    const { events, parser } = parseIn(["id: 5\n\nid: 6\u0000x\nretry: 1s\ndata: x\n\n"]);
    expect(events).toEqual([{ type: "message", data: "x", lastEventId: "5" }]);
    expect(parser.retryMs).toBeUndefined();
  });
});
