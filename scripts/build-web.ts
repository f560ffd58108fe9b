/**
 * Bundles the viewer page (web/) into nginx/html/assets/viewer.js and viewer.css with esbuild.
 * The bundle is committed, so nginx and compose serve it with no build step;
 * test/unit/web-bundle.test.ts rebuilds it and fails when the committed one has drifted.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const WEB_ASSETS = path.join(ROOT, "nginx/html/assets");

export async function buildWeb(outdir = WEB_ASSETS): Promise<void> {
  await build({
    entryPoints: [path.join(ROOT, "web/viewer.ts"), path.join(ROOT, "web/viewer.css")],
    outdir,
    bundle: true,
    format: "iife",
    target: ["es2022"],
    minify: process.env.NO_MINIFY !== "1", // NO_MINIFY=1: readable names in a profile
    legalComments: "eof",
    charset: "utf8",
    logLevel: "warning",
  });
}

if (import.meta.main) {
  await buildWeb();
  console.log(`built the viewer into ${path.relative(process.cwd(), WEB_ASSETS) || "."}`);
}
