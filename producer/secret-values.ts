/** What a build may register as secret values: checked before anything is stored. */

/** Shorter values are refused: masking "abc" everywhere would wreck the logs. */
export const MIN_SECRET_CHARS = 4;
export const MAX_SECRET_CHARS = 4096;
export const MAX_VALUES_PER_CALL = 100;

/**
 * The values of a registration body: strings of MIN_SECRET_CHARS to MAX_SECRET_CHARS. A
 * multi-line value (a key file) is registered line by line, since masking works on lines.
 */
export function parseSecretValues(body: unknown): string[] | { error: string } {
  const values = body && typeof body === "object" && "values" in body ? body.values : undefined;
  if (!Array.isArray(values) || values.length === 0 || values.length > MAX_VALUES_PER_CALL) {
    return { error: `send JSON {"values":["..."]} with 1 to ${MAX_VALUES_PER_CALL} secret values` };
  }
  const out = new Set<string>();
  for (const value of values) {
    if (typeof value !== "string") return { error: "every secret value must be a string" };
    for (const line of value.split(/\r?\n/)) {
      if (line === "") continue;
      if (line.trim().length < MIN_SECRET_CHARS) {
        return {
          error: `every secret value (every line of a multi-line one) must have at least ${MIN_SECRET_CHARS} non-blank characters: masking shorter ones would wreck the logs`,
        };
      }
      if (line.length > MAX_SECRET_CHARS) return { error: `a secret value may have at most ${MAX_SECRET_CHARS} characters per line` };
      out.add(line);
    }
  }
  if (out.size === 0) return { error: "the secret values are empty" };
  return [...out];
}
