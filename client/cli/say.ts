/** What the command tells a person: one line on stderr, prefixed so it stands apart from the build's own output. */
import type { WriterLog } from "../step-writer.ts";

export function say(message: string): void {
  try {
    process.stderr.write(`logrelay: ${message}\n`);
  } catch {
    // stderr closed: nowhere left to say it
  }
}

/**
 * A WriterLog that says warnings with their fields, and what comes after one (a recovery), not
 * routine news. Errors (lines lost or not stored) are left to the report `run` says at the end,
 * which names the lines exactly.
 */
export function stderrLog(): WriterLog {
  let troubled = false;
  const line = (fields: object, message: string) => {
    const extra = Object.entries(fields)
      .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join(" ");
    say(extra ? `${message} (${extra})` : message);
  };
  return {
    info: (fields, message) => troubled && line(fields, message),
    warn: (fields, message) => ((troubled = true), line(fields, message)),
    error: () => (troubled = true),
  };
}
