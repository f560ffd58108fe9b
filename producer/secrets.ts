/**
 * Secret masking, as CI systems do: a build registers secret values
 * (`POST /:org/:repo/builds/:build/secrets`, JSON `{"values":["..."]}`) and every line of the
 * build appended afterwards has each value replaced by `***` before it is stored or relayed.
 *
 * Values live in Redis (a set per build, key from common/stream.ts) with a TTL of
 * STEP_TTL_SECONDS, renewed whenever the build appends, so they last as long as its logs do.
 * They are never logged nor sent back. Masking runs in the LineSplitter on whole lines, so a
 * value split across two chunks of an upload is whole when its line completes; see ingest.ts
 * for the lines longer than MAX_LINE_BYTES.
 */
import type { Request, Response } from "express";
import type { RedisClient } from "../common/redis.ts";
import { sendError } from "../common/http.ts";
import { isStepRef, parseStepRef, type StepRef } from "../common/step.ts";
import { buildSecretsKey } from "../common/stream.ts";
import type { LineMask } from "./ingest.ts";

export type BuildRef = Pick<StepRef, "org" | "repo" | "build">;

export const MASK = "***";
/** Shorter values are refused: masking "abc" everywhere would wreck the logs. */
export const MIN_SECRET_CHARS = 4;
export const MAX_SECRET_CHARS = 4096;
export const MAX_VALUES_PER_CALL = 100;
export const MAX_VALUES_PER_BUILD = 1000;

/**
 * Replaces every occurrence of every registered value in a line by MASK. Overlapping or
 * adjacent occurrences (of one value or of two) become one MASK, so no part of either leaks.
 */
export class SecretMask implements LineMask {
  readonly holdBack: number;
  readonly #values: readonly string[];

  constructor(values: readonly string[]) {
    this.#values = [...values];
    // an unterminated line keeps this many characters unsent, so a value still arriving stays whole
    this.holdBack = Math.max(...values.map((v) => v.length)) - 1;
  }

  apply(line: string): string {
    const spans = this.#spans(line);
    if (spans.length === 0) return line;
    let out = "";
    let copied = 0; // line[0, copied) is in `out`
    for (const [start, end] of spans) {
      out += line.slice(copied, start) + MASK;
      copied = end;
    }
    return out + line.slice(copied);
  }

  cutBefore(text: string, at: number): number {
    // masking text[0, cut) and text[cut, ...) apart is the same as masking it whole when no
    // single occurrence crosses the cut; step back over the ones that do
    // (one pass from the last start down: an occurrence starting at or after `at` never crosses it again)
    const found = this.#occurrences(text).filter(([start]) => start < at);
    found.sort((a, b) => b[0] - a[0]);
    for (const [start, end] of found) if (start < at && at < end) at = start;
    return at;
  }

  #occurrences(text: string): [number, number][] {
    const found: [number, number][] = [];
    for (const value of this.#values) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) found.push([at, at + value.length]);
    }
    return found;
  }

  /** Where values occur in `text`, overlapping and adjacent occurrences merged, in order. */
  #spans(text: string): [number, number][] {
    const found = this.#occurrences(text);
    found.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [s, e] of found) {
      const last = merged[merged.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    return merged;
  }
}

/** The registered values of each build, in Redis. */
export class BuildSecrets {
  readonly #redis: RedisClient;
  readonly #ttlSeconds: number;
  // masks by their values, so a busy build does not rebuild one per chunk
  readonly #compiled = new Map<string, SecretMask>();

  constructor(redis: RedisClient, ttlSeconds: number) {
    this.#redis = redis;
    this.#ttlSeconds = ttlSeconds;
  }

  /** Adds values; returns how many the build now has, or an error when that would pass MAX_VALUES_PER_BUILD. */
  async register(build: BuildRef, values: readonly string[]): Promise<{ total: number } | { error: string }> {
    const key = buildSecretsKey(build);
    const known = await this.#redis.scard(key);
    if (known + values.length > MAX_VALUES_PER_BUILD) return { error: `a build holds at most ${MAX_VALUES_PER_BUILD} secret values` };
    const replies = await this.#redis.multi().sadd(key, ...values).expire(key, this.#ttlSeconds).scard(key).exec();
    const failed = replies?.find(([err]) => err);
    if (!replies || failed) throw failed?.[0] ?? new Error("secrets transaction aborted");
    return { total: Number(replies[2][1]) };
  }

  /** The mask for the build's lines, or undefined when it has no secret; one round trip, which also renews the TTL. */
  async mask(build: BuildRef): Promise<SecretMask | undefined> {
    const key = buildSecretsKey(build);
    const replies = await this.#redis.pipeline().smembers(key).expire(key, this.#ttlSeconds).exec();
    const [err, members] = replies?.[0] ?? [new Error("no reply")];
    if (err) throw err;
    const values = members as string[];
    if (values.length === 0) return undefined;
    const id = values.sort().join("\n");
    let mask = this.#compiled.get(id);
    if (!mask) {
      if (this.#compiled.size >= 256) this.#compiled.clear();
      mask = new SecretMask(values);
      this.#compiled.set(id, mask);
    }
    return mask;
  }
}

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
        return { error: `every secret value (every line of a multi-line one) must have at least ${MIN_SECRET_CHARS} non-blank characters: masking shorter ones would wreck the logs` };
      }
      if (line.length > MAX_SECRET_CHARS) return { error: `a secret value may have at most ${MAX_SECRET_CHARS} characters per line` };
      out.add(line);
    }
  }
  if (out.size === 0) return { error: "the secret values are empty" };
  return [...out];
}

/** POST /:org/:repo/builds/:build/secrets, after the producer's bearer auth and a JSON body parser. */
export function registerSecretsRoute(secrets: BuildSecrets) {
  return async (req: Request, res: Response): Promise<void> => {
    // the same path rules as a step's, for org, repo and build
    const parsed = parseStepRef({ ...(req.params as Record<string, string>), step: "1" });
    if (!isStepRef(parsed)) return sendError(res, 400, parsed.error);
    const build = { org: parsed.org, repo: parsed.repo, build: parsed.build };
    const values = parseSecretValues(req.body);
    if ("error" in values) return sendError(res, 400, values.error);
    let result;
    try {
      result = await secrets.register(build, values);
    } catch (err) {
      req.log.warn({ err: (err as Error).message }, "registering secrets failed");
      return sendError(res, 503, "secret storage is unavailable; retry before sending lines", { "Retry-After": "2" });
    }
    if ("error" in result) return sendError(res, 400, result.error);
    req.log.info({ build: `${build.org}/${build.repo}/${build.build}`, count: values.length }, "secrets registered");
    res.json({ registered: values.length, total: result.total });
  };
}

