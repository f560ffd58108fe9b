/** Deterministic, plausible CI output for the browser tests: line n always has the same text. */
const PACKAGES = ["api", "web", "worker", "shared", "cli", "auth", "billing"];

export function ciLine(n: number): string {
  const pkg = PACKAGES[n % PACKAGES.length];
  if (n % 100 === 1) return `\x1b[1;36m==> [${Math.floor(n / 100) + 1}/∞] building ${pkg}\x1b[0m`;
  if (n % 61 === 0)
    return `\x1b[1;31merror\x1b[0m packages/${pkg}/src/handler.ts(${n % 400},${n % 60}): TS2322: Type 'string' is not assignable to type 'number'.`;
  if (n % 23 === 0) return `\x1b[33mwarning\x1b[0m packages/${pkg}: peer dependency "react@^19" not satisfied (line ${n})`;
  if (n % 37 === 0) return `downloading ${pkg}.tgz  10%\rdownloading ${pkg}.tgz  64%\rdownloading ${pkg}.tgz 100% (${(n * 7) % 900} kB)`;
  if (n % 5 === 0) return ` \x1b[32m✓\x1b[0m packages/${pkg}/test/case-${n}.test.ts \x1b[2m(${n % 13} tests)\x1b[0m ${n % 900}ms`;
  return `  compiling packages/${pkg}/src/module-${n}.ts -> dist/module-${n}.js (${(n * 37) % 9000} bytes)`;
}
