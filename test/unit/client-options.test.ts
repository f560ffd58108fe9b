/** The `logrelay` command line, step addresses, and the retry timing. */
import { describe, expect, it } from "vitest";
import { parseOptions, size, UsageError } from "../../client/cli/options.ts";
import { parseStepUrl } from "../../client/step-url.ts";
import { backoffMs, retryAfterMs } from "../../client/http-call.ts";
import { RetryClock } from "../../client/retry-clock.ts";

const STEP = "http://ci.example.com:8080/acme/app/builds/7/steps/2";

describe("step addresses", () => {
  it("derive every address the client calls, under a path prefix too", () => {
    expect(parseStepUrl(STEP)).toMatchObject({
      step: { org: "acme", repo: "app", build: 7, step: 2 },
      logs: `${STEP}/logs`,
      end: `${STEP}/logs/end`,
      events: `${STEP}/logs/events`,
      secrets: "http://ci.example.com:8080/acme/app/builds/7/secrets",
      buildSteps: "http://ci.example.com:8080/acme/app/builds/7/steps",
    });
    expect(parseStepUrl("https://x.example/logs/acme/app/builds/7/steps/2/").logs).toBe("https://x.example/logs/acme/app/builds/7/steps/2/logs");
  });

  it("refuse what is not a step's address, saying why", () => {
    expect(() => parseStepUrl("localhost:8080/acme/app/builds/7/steps/2")).toThrow(/must be http or https|not a URL/);
    expect(() => parseStepUrl("http://h/acme/app/builds/7")).toThrow(/must end in/);
    expect(() => parseStepUrl("http://h/acme/app/builds/07/steps/2")).toThrow(/without leading zeros/);
    expect(() => parseStepUrl(`${STEP}?x=1`)).toThrow(/no query/);
  });
});

describe("logrelay's command line", () => {
  it("run: options before --, the command after it, the token from LOGRELAY_TOKEN", () => {
    const o = parseOptions(
      ["run", "--step", STEP, "--name", "Unit tests", "--secret-env", "A", "--secret-env", "B_2", "--buffer-memory", "512k", "--", "make", "--step", "x"],
      {
        LOGRELAY_TOKEN: "t",
      },
    );
    expect(o).toMatchObject({
      command: "run",
      name: "Unit tests",
      secretEnv: ["A", "B_2"],
      memoryBytes: 512 * 1024,
      diskBytes: 1024 ** 3,
      retryForMs: 300_000,
      quiet: false,
      argv: ["make", "--step", "x"],
      token: "t",
    });
  });

  it("says what is wrong", () => {
    const wrong = (args: string[]) => () => parseOptions(args, {});
    expect(wrong(["run", "--", "make"])).toThrow(UsageError);
    expect(wrong(["run", "--step", STEP])).toThrow(/no command to run/);
    expect(wrong(["run", "--step", STEP, "make"])).toThrow(/put the command after --/);
    expect(wrong(["run", "--step", STEP, "--secret-env", "NOT-A-NAME", "--", "make"])).toThrow(/variable's name/);
    expect(wrong(["run", "--step", STEP, "--retry-for", "5m", "--", "make"])).toThrow(/takes seconds/);
    expect(wrong(["run", "--step", STEP, "--frobnicate", "--", "make"])).toThrow(UsageError);
    expect(wrong(["tail"])).toThrow(/one step URL/);
    expect(wrong(["follow", STEP])).toThrow(/unknown command/);
    expect(parseOptions(["tail", STEP], { LOGRELAY_VIEWER_TOKEN: "jwt" })).toMatchObject({ command: "tail", token: "jwt" });
    expect(parseOptions([], {})).toEqual({ command: "help" });
  });

  it("reads sizes in binary units", () => {
    expect([size("8M", "1", "-"), size("1G", "1", "-"), size("65536", "1", "-"), size("4kib", "1", "-")]).toEqual([8 * 2 ** 20, 2 ** 30, 65536, 4096]);
    expect(() => size("lots", "1", "--buffer-disk")).toThrow(/--buffer-disk takes a size/);
  });
});

describe("retry timing", () => {
  it("reads Retry-After as seconds or a date", () => {
    expect(retryAfterMs("2")).toBe(2000);
    expect(retryAfterMs("Thu, 01 Jan 1970 00:00:10 GMT", 4000)).toBe(6000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs("soon")).toBeUndefined();
  });

  it("backs off by doubling from 100 ms to 5 s, spread by ±20%", () => {
    expect([0, 1, 2, 5, 6, 30].map((a) => backoffMs(a, 100, 5000, () => 0.5))).toEqual([100, 200, 400, 3200, 5000, 5000]);
    expect(backoffMs(3, 100, 5000, () => 0)).toBe(640);
    expect(backoffMs(3, 100, 5000, () => 1)).toBe(960);
  });
});

describe("RetryClock", () => {
  it("never gives up before end(); after it, once retryForMs pass without progress, counted from the later of the first failure and end()", () => {
    const clock = new RetryClock(10_000);
    expect(clock.failed(undefined, undefined, 0)).toEqual({ first: true });
    expect(clock.failed(2000, undefined, 60_000)).toEqual({ first: false }); // an hour down before end(): still trying
    expect(clock.retryAt).toBeGreaterThanOrEqual(62_000); // Retry-After is a floor
    expect(clock.failed(undefined, 55_000, 64_000)).toEqual({ first: false }); // end() at 55 s: 9 s since
    expect(clock.failed(undefined, 55_000, 65_000)).toEqual({ first: false, giveUpAfterMs: 10_000 });
    expect(clock.succeeded(70_000)).toBe(70_000); // the outage lasted 70 s
    expect(clock.retryAt).toBe(0);
    expect(clock.failed(undefined, 55_000, 80_000)).toEqual({ first: true }); // a new outage: its own clock
    expect(clock.failed(undefined, 55_000, 90_000)).toEqual({ first: false, giveUpAfterMs: 10_000 });
  });
});
