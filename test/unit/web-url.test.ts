/** The viewer's deep links: `/?step=org/repo/build/step&token=...#L120`. */
import { describe, expect, it } from "vitest";
import { downloadUrl, eventsUrl, recentStepsUrl } from "../../web/api.ts";
import { pageHref, readPageState, withoutToken } from "../../web/url-state.ts";

const step = { org: "acme", repo: "app", build: 42, step: 1 };

describe("deep links", () => {
  it("reads the step, the lines and the token from the page URL", () => {
    expect(readPageState("?step=acme/app/42/1&token=abc", "#L120")).toEqual({ step, lines: { from: 120, to: 120 }, token: "abc" });
    expect(readPageState("?step=acme%2Fapp%2F42%2F1", "")).toEqual({ step, lines: undefined, token: undefined });
    expect(readPageState("?step=acme/app/42/1", "#L196-L202").lines).toEqual({ from: 196, to: 202 });
    expect(readPageState("?step=acme/app/42/1", "#L202-196").lines).toEqual({ from: 196, to: 202 });
    expect(readPageState("?build=acme/app/42", "")).toEqual({ build: { org: "acme", repo: "app", build: 42 }, lines: undefined, token: undefined });
  });

  it("says why an address names no step or build instead of opening something else", () => {
    expect(readPageState("?step=me/app/abc/1", "#L0")).toEqual({
      lines: undefined,
      token: undefined,
      invalid: expect.stringContaining("build must be a positive integer"),
    });
    expect(readPageState("?step=me/app/1/0", "").invalid).toContain("step must be a positive integer");
    expect(readPageState("?step=me/../1/1", "").invalid).toContain("repo must match");
    expect(readPageState("?step=a/b/1/2/3", "#foo").invalid).toContain("4 parts");
    expect(readPageState("?build=nope/nope", "").invalid).toContain("org/repo/build");
    expect(readPageState("?step=", "").invalid).toBeDefined();
    expect(readPageState("?auto=0", "")).toEqual({ lines: undefined, token: undefined });
  });

  it("writes the same format back", () => {
    expect(pageHref({ step, lines: { from: 7, to: 7 }, token: "t.k" })).toBe("?step=acme/app/42/1&token=t.k#L7");
    expect(readPageState("?step=acme/app/42/1&token=t.k", "#L7")).toEqual({ step, lines: { from: 7, to: 7 }, token: "t.k" });
    expect(pageHref({ step, lines: { from: 196, to: 202 } })).toBe("?step=acme/app/42/1#L196-L202");
  });

  it("drops the token from the address, keeping the rest as written", () => {
    expect(withoutToken("?step=acme/app/42/1&token=t.k&auto=0", "#L7")).toBe("?step=acme/app/42/1&auto=0#L7");
    expect(withoutToken("?token=t.k", "")).toBe("?");
    expect(withoutToken("", "")).toBe("?");
  });
});

describe("relay URLs", () => {
  it("passes the token as ?token= and resumes with ?lastEventId=", () => {
    expect(eventsUrl(step, 0)).toBe("/acme/app/builds/42/steps/1/logs/events");
    expect(eventsUrl(step, 99, "jwt")).toBe("/acme/app/builds/42/steps/1/logs/events?lastEventId=99&token=jwt");
    expect(downloadUrl(step, "jwt")).toBe("/acme/app/builds/42/steps/1/logs?token=jwt");
    expect(recentStepsUrl(50)).toBe("/api/steps?limit=50");
  });
});
