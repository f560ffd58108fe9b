/**
 * The output of a test command (test/support/print-lines.ts), as a pure function so a test can
 * compare what was stored with what was printed, byte for byte: numbered lines, some long
 * (up to ~56 KB, under the producer's 64 KiB MAX_LINE_BYTES so it stores each as one line),
 * some coloured, some with characters of 2 to 4 UTF-8 bytes and a \r inside, and no newline
 * after the last one.
 */

const ESC = "\x1b";

export function numberedLine(i: number, tag = "out"): string {
  if (i % 1000 === 0) return `${i} ${tag} long ${"0123456789abcdef".repeat(1250 + (i % 13) * 190)}`;
  if (i % 7 === 0) return `${ESC}[3${i % 8}m${i} ${tag} coloured${ESC}[0m ${ESC}[1mbold${ESC}[0m`;
  if (i % 11 === 0) return `${i} ${tag} [##   ] 40%\r[#####] 100% é ✓ 日本 🚀`;
  return `${i} ${tag} line`;
}

/** Lines from..to joined as printed: each ends with \n but the very last one when `finalNewline` is false. */
export function numberedOutput(from: number, to: number, finalNewline = false, tag = "out"): string {
  const parts: string[] = [];
  for (let i = from; i <= to; i++) parts.push(numberedLine(i, tag));
  return parts.join("\n") + (finalNewline ? "\n" : "");
}
