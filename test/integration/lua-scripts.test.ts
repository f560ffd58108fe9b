/**
 * The server-side scripts are .lua files read at start: each one compiles in a real Redis, none
 * carries a value spliced in from TypeScript, and the scripts Redis runs for the step store and
 * the secrets are exactly those files (their SHA1 is what Redis has cached after they ran).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stepStore } from "../../common/step-store.ts";
import { BuildSecrets } from "../../producer/secret-store.ts";
import { startTestStack, stopAllStacks, uniqueStep, type LocalStack } from "../support/stack.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCRIPT_DIRS = ["common/lua", "producer/lua"];
const scripts = SCRIPT_DIRS.flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith(".lua"))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(path.join(ROOT, dir, f), "utf8") })),
);
const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");
const retention = { maxLinesPerStep: 1000, idleTtlSeconds: 60, endedTtlSeconds: 60 };

let stack: LocalStack;
let redis: Redis;

beforeAll(async () => {
  stack = await startTestStack({ relays: 1 });
  redis = new Redis(stack.redis.url);
});
afterAll(async () => {
  redis?.disconnect();
  await stopAllStacks();
});

describe("the Lua scripts", () => {
  it("are the six files the step store and the secrets run", () => {
    expect(scripts.map((s) => s.file).sort()).toEqual([
      "common/lua/step-append.lua",
      "common/lua/step-end.lua",
      "common/lua/step-name.lua",
      "common/lua/step-read.lua",
      "producer/lua/secrets-read.lua",
      "producer/lua/secrets-register.lua",
    ]);
  });

  it("each compiles in Redis and has no value spliced in", async () => {
    for (const { file, text } of scripts) {
      expect(text, file).not.toMatch(/\$\{/);
      expect(await redis.script("LOAD", text), file).toBe(sha1(text));
    }
  });

  it("are what the modules send: after an append, read, name, end and a secret's registration, Redis holds each file's SHA1", async () => {
    await redis.script("FLUSH");
    const { org, repo, build, step } = uniqueStep();
    const ref = { org, repo, build, step };
    const store = stepStore(redis);
    expect((await store.append(ref, ["one", "two"], retention)).outcome).toBe("ok");
    expect((await store.read(ref, 1, 10, 1 << 20)).lines).toEqual(["one", "two"]);
    expect(await store.name(ref, "build", retention)).toBe("ok");
    expect((await store.end(ref, "success", retention)).outcome).toBe("ok");
    const secrets = new BuildSecrets(redis, 60, 50);
    expect(await secrets.register(ref, ["hunter2"])).toEqual({ total: 1 });
    expect((await secrets.mask(ref))?.apply("my hunter2")).not.toContain("hunter2");
    const cached = (await redis.script("EXISTS", ...scripts.map((s) => sha1(s.text)))) as number[];
    expect(Object.fromEntries(scripts.map((s, i) => [s.file, cached[i]]))).toEqual(Object.fromEntries(scripts.map((s) => [s.file, 1])));
  });
});
