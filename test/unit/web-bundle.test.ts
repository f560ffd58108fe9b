/** The committed viewer bundle is exactly what `npm run build:web` makes from web/. */
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WEB_ASSETS, buildWeb } from "../../scripts/build-web.ts";
import { tempDir } from "../support/stack.ts";

const dir = tempDir("web-bundle");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the committed viewer bundle", () => {
  it("matches a fresh build of web/ (run `npm run build:web` and commit nginx/html/assets if not)", async () => {
    await buildWeb(dir);
    for (const file of ["viewer.js", "viewer.css"]) {
      const fresh = readFileSync(path.join(dir, file), "utf8");
      const committed = readFileSync(path.join(WEB_ASSETS, file), "utf8");
      expect(committed === fresh, `nginx/html/assets/${file} is stale: run npm run build:web`).toBe(true);
    }
  });
});
