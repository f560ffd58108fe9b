import { describe, expect, it } from "vitest";
import { parseStepName } from "../../producer/step-name-route.ts";

describe("parseStepName", () => {
  it("takes a one-line name of 1 to 200 characters, counting characters, not bytes or UTF-16 units", () => {
    expect(parseStepName('{"name":"build"}')).toEqual({ name: "build" });
    expect(parseStepName(JSON.stringify({ name: "🚀".repeat(200) }))).toEqual({ name: "🚀".repeat(200) });
    expect(parseStepName(JSON.stringify({ name: "🚀".repeat(201) }))).toHaveProperty("error");
    expect(parseStepName(JSON.stringify({ name: "a", other: 1 }))).toEqual({ name: "a" });
  });

  it.each(["", "{", "[]", "null", '"x"', "{}", '{"name":1}', '{"name":""}', '{"name":"a\\tb"}', '{"name":"a\\u007fb"}'])("refuses %j", (body) => {
    expect(parseStepName(body)).toEqual({ error: expect.any(String) });
  });
});
