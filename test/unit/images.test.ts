/** The Docker images carry the Lua scripts the services read at start (no Docker needed to check it). */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** The lines of one build stage of the Dockerfile, from its FROM to the next. */
function stage(dockerfile: string, name: string): string {
  const stages = dockerfile.split(/^(?=FROM )/m);
  const found = stages.find((s) => new RegExp(`^FROM \\S+ AS ${name}\\s*$`, "m").test(s));
  if (!found) throw new Error(`no stage ${name}`);
  return found;
}

describe("the images", () => {
  const luaDirs = ["common/lua", "producer/lua"];

  it("have .lua files to carry", () => {
    for (const dir of luaDirs) expect(readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith(".lua")).length, dir).toBeGreaterThan(0);
  });

  it("take common/ and producer/ whole into the build context (.dockerignore)", () => {
    const rules = read(".dockerignore")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "" && !l.startsWith("#"));
    expect(rules[0]).toBe("*");
    expect(rules).toContain("!common/");
    expect(rules).toContain("!producer/");
    // nothing later shuts out .lua files again
    expect(rules.filter((r) => !r.startsWith("!") && r !== "*")).toEqual([]);
  });

  it("copy common/ (with its scripts) into every Node image and producer/ (with its scripts) into the producer's", () => {
    const dockerfile = read("Dockerfile");
    expect(stage(dockerfile, "base")).toMatch(/^COPY common \.\/common$/m);
    expect(stage(dockerfile, "client")).toMatch(/^COPY common \.\/common$/m);
    expect(stage(dockerfile, "relay")).toMatch(/^FROM base AS relay$/m);
    expect(stage(dockerfile, "producer")).toMatch(/^FROM base AS producer$/m);
    expect(stage(dockerfile, "producer")).toMatch(/^COPY producer \.\/producer$/m);
  });
});
