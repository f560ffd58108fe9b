/** Reads typed settings from an environment; a bad value throws naming the variable. */
export class ConfigError extends Error {}

export type Env = Readonly<Record<string, string | undefined>>;

export function envReader(env: Env) {
  const raw = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === "" ? undefined : value;
  };

  return {
    string(name: string, fallback: string): string {
      return raw(name) ?? fallback;
    },

    optional(name: string): string | undefined {
      return raw(name);
    },

    int(name: string, fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER): number {
      const value = raw(name);
      if (value === undefined) return fallback;
      if (!/^-?\d+$/.test(value)) throw new ConfigError(`${name} must be an integer, got "${value}"`);
      const n = Number(value);
      if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`);
      return n;
    },

    bool(name: string, fallback: boolean): boolean {
      const value = raw(name)?.toLowerCase();
      if (value === undefined) return fallback;
      if (["1", "true", "yes", "on"].includes(value)) return true;
      if (["0", "false", "no", "off"].includes(value)) return false;
      throw new ConfigError(`${name} must be true or false, got "${value}"`);
    },

    oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
      const value = raw(name);
      if (value === undefined) return fallback;
      if (!(allowed as readonly string[]).includes(value)) throw new ConfigError(`${name} must be one of ${allowed.join(", ")}, got "${value}"`);
      return value as T;
    },

    url(name: string, fallback: string | undefined, protocols: readonly string[]): string | undefined {
      const value = raw(name) ?? fallback;
      if (value === undefined) return undefined;
      let parsed: URL;
      try {
        parsed = new URL(value);
      } catch {
        throw new ConfigError(`${name} must be a URL, got "${value}"`);
      }
      if (!protocols.includes(parsed.protocol)) throw new ConfigError(`${name} must use ${protocols.join(" or ")}, got "${parsed.protocol}"`);
      return value;
    },

    list(name: string): string[] {
      return (raw(name) ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    },
  };
}
