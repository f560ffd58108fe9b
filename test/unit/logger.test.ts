import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// rootLogger writes to stdout, so it runs in a child process whose output is read back.
function logged(fields: string): string {
  const code = `import { rootLogger } from "./common/logger.ts"; rootLogger("test", "debug").info(${fields}, "msg");`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", code], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe("the root logger", () => {
  it.each([
    ['{ authorization: "Bearer tok-AAA" }'],
    ['{ token: "tok-AAA" }'],
    ['{ cookie: "logrelay_token=tok-AAA" }'],
    ['{ headers: { authorization: "Bearer tok-AAA", cookie: "c=tok-AAA" } }'],
    ['{ req: { headers: { authorization: "Bearer tok-AAA" } } }'],
    ['{ req: { query: { token: "tok-AAA" } } }'],
    ['{ values: ["tok-AAA"] }'],
    ['{ secret: "tok-AAA", secrets: ["tok-AAA"] }'],
    ['{ err: { message: "ERR", command: { name: "sadd", args: ["k", "tok-AAA"] } } }'],
  ])("redacts %s", (fields) => {
    const out = logged(fields);
    expect(out).toContain('"msg":"msg"');
    expect(out).not.toContain("tok-AAA");
    expect(out).toContain("[redacted]");
  });
});
