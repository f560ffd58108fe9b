/** The viewer's deep links: `/?step=org/repo/build/step&token=...#L120`. */
import { describe, expect, it } from "vitest";
import { downloadUrl, eventsUrl, recentStepsUrl } from "../../web/api.ts";
import { pageHref, readPageState, withoutToken } from "../../web/url-state.ts";

const step = { org: "acme", repo: "app", build: 42, step: 1 };

describe("deep links", () => {
  it("reads the step, the line and the token from the page URL", () => {
    expect(readPageState("?step=acme/app/42/1&token=abc", "#L120")).toEqual({ step, line: 120, token: "abc" });
    expect(readPageState("?step=acme%2Fapp%2F42%2F1", "")).toEqual({ step, line: undefined, token: undefined });
  });

  it("ignores a malformed step or line instead of opening something else", () => {
    expect(readPageState("?step=acme/app/x/1", "#L0")).toEqual({ step: undefined, line: undefined, token: undefined });
    expect(readPageState("?step=a/b/1/2/3", "#foo").step).toBeUndefined();
  });

  it("writes the same format back", () => {
    expect(pageHref({ step, line: 7, token: "t.k" })).toBe("?step=acme/app/42/1&token=t.k#L7");
    expect(readPageState("?step=acme/app/42/1&token=t.k", "#L7")).toEqual({ step, line: 7, token: "t.k" });
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
