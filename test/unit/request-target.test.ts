import { describe, expect, it } from "vitest";
import { requestTargetProblem } from "../../common/request-target.ts";

describe("requestTargetProblem: one resource, one URL", () => {
  it("passes a route's own spelling, with or without a query", () => {
    for (const url of [
      "/",
      "/healthz",
      "/acme/app/builds/7/steps/1/logs",
      "/acme/app/builds/7/steps/1/logs/events?lastEventId=3",
      "/api/steps?limit=5&token=x",
    ]) {
      expect(requestTargetProblem(url), url).toBeUndefined();
    }
  });

  it("refuses a percent-escape anywhere in the path with 400 (an escape in the query is fine)", () => {
    for (const url of [
      "/acme/app/builds/%37/steps/1",
      "/%61cme/app/builds/7/steps/1/logs",
      "/acme/app/builds/7/steps/1/logs%2Fevents",
      "/%2E/app/builds/1/steps/1",
    ]) {
      expect(requestTargetProblem(url)?.status, url).toBe(400);
    }
    expect(requestTargetProblem("/acme/app/builds/7/steps/1/logs/events?token=a%2Bb")).toBeUndefined();
  });

  it("answers a trailing slash or an empty segment with 404", () => {
    for (const url of ["/acme/app/builds/7/steps/1/logs/", "/acme//app/builds/7/steps/1", "//healthz", "/metrics/", "/api/steps/?limit=1"]) {
      expect(requestTargetProblem(url)?.status, url).toBe(404);
    }
  });

  it("refuses a query parameter given twice with 400, naming it", () => {
    expect(requestTargetProblem("/a/b/builds/1/steps/1/logs/events?lastEventId=7&lastEventId=3")).toEqual({
      status: 400,
      error: 'the query parameter "lastEventId" is given more than once',
    });
    expect(requestTargetProblem("/api/steps?limit=1&limit=1")?.status).toBe(400);
    expect(requestTargetProblem("/api/steps?limit=1&token=t")).toBeUndefined();
  });
});
