/**
 * The secret values of each build, in Redis: a set per build and a generation (keys from
 * common/contract.ts) whose TTL (secretsTtlSeconds) is renewed whenever the build appends, so
 * they last as long as any of its steps can take lines. They are never logged nor sent back.
 *
 * Each producer keeps a build's mask in memory, read from Redis at most once per lease
 * (SECRETS_CACHE_MS) while the build appends, instead of once per chunk: a lease is used only
 * while younger than SECRETS_CACHE_MS, counted from before its read was sent. A registration,
 * on any producer, is acknowledged only SECRETS_CACHE_MS after Redis holds it, so by then every
 * lease read before it has run out, and any line sent after the acknowledgement is masked
 * whichever producer takes it. (The producer that registers also drops its own copy at once.)
 */
import { randomBytes } from "node:crypto";
import type { RedisClient } from "../common/redis.ts";
import { buildName, type BuildRef } from "../common/domain.ts";
import type { Retention } from "../common/step-store.ts";
import { buildSecretsGenerationKey, buildSecretsKey } from "../common/contract.ts";
import type { LineMask } from "./ingest.ts";
import { SecretMask } from "./secret-mask.ts";
import { readLuaScript } from "../common/lua-script.ts";

export const MAX_VALUES_PER_BUILD = 1000;

/**
 * How long a build's values live after its last append: as long as any step of the build can
 * still take lines (a running step lives STEP_IDLE_TTL_SECONDS after its last line) or be
 * named (an ended one lives STEP_TTL_SECONDS), plus a minute (more than a lease: the TTL is
 * renewed when a lease is read, at most a lease before the build's last append). STEP_TTL_SECONDS
 * alone let the values expire while a step of the build could still append, whose lines were
 * then stored in clear.
 */
export function secretsTtlSeconds(retention: Retention): number {
  return Math.max(retention.idleTtlSeconds, retention.endedTtlSeconds) + 60;
}

// The scripts: what they take and return is said in each file.
const READ_LUA = readLuaScript(new URL("./lua/secrets-read.lua", import.meta.url));
const REGISTER_LUA = readLuaScript(new URL("./lua/secrets-register.lua", import.meta.url));

interface Lease {
  readonly generation: string;
  readonly mask: SecretMask | undefined;
  /** performance.now() before the read was sent */
  readonly readAt: number;
}

interface ScriptCommands {
  logrelaySecretsRead(set: string, generation: string, held: string, ttl: number): Promise<string[]>;
  logrelaySecretsRegister(set: string, generation: string, ...args: (string | number)[]): Promise<number[]>;
}

/** Leases kept before old ones are swept: a producer serves the builds that append through it. */
const MAX_LEASES = 20_000;

/** The registered values of each build, in Redis, with a lease of each build's mask in memory. */
export class BuildSecrets {
  readonly #scripts: ScriptCommands;
  readonly #ttlSeconds: number;
  readonly #leaseMs: number;
  readonly #leases = new Map<string, Lease>();
  readonly #reading = new Map<string, Promise<SecretMask | undefined>>();
  // masks by their values, so builds registering the same values share one
  readonly #compiled = new Map<string, SecretMask>();

  /** `leaseMs`: SECRETS_CACHE_MS, the same on every producer of a deployment. */
  constructor(redis: RedisClient, ttlSeconds: number, leaseMs: number) {
    this.#ttlSeconds = ttlSeconds;
    this.#leaseMs = leaseMs;
    redis.defineCommand("logrelaySecretsRead", { numberOfKeys: 2, lua: READ_LUA });
    redis.defineCommand("logrelaySecretsRegister", { numberOfKeys: 2, lua: REGISTER_LUA });
    this.#scripts = redis as unknown as ScriptCommands;
  }

  /**
   * Adds values; returns how many the build now has, or an error when that would pass
   * MAX_VALUES_PER_BUILD. Resolves a lease after Redis holds them: from then on every producer masks them.
   */
  async register(build: BuildRef, values: readonly string[]): Promise<{ total: number } | { error: string }> {
    const result = await this.store(build, values);
    if ("error" in result) return result;
    await this.settled();
    return result;
  }

  /** Adds values as register() does, without waiting for the other producers' leases (see settled()). */
  async store(build: BuildRef, values: readonly string[]): Promise<{ total: number } | { error: string }> {
    const [total] = await this.#scripts.logrelaySecretsRegister(
      buildSecretsKey(build),
      buildSecretsGenerationKey(build),
      this.#ttlSeconds,
      randomBytes(9).toString("base64url"),
      MAX_VALUES_PER_BUILD,
      ...values,
    );
    // this producer reads them again at once; a read under way now may predate them
    this.#leases.delete(buildName(build));
    this.#reading.delete(buildName(build));
    if (total < 0) return { error: `a build holds at most ${MAX_VALUES_PER_BUILD} secret values` };
    return { total };
  }

  /** Resolves once every lease read before now has run out on every producer. */
  settled(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.#leaseMs + 1));
  }

  /**
   * The mask for the build's lines (undefined: no secret): at once while this producer's lease
   * of it is young enough, else a promise of a fresh read (one read at a time per build).
   */
  current(build: BuildRef): SecretMask | undefined | Promise<SecretMask | undefined> {
    const name = buildName(build);
    const lease = this.#leases.get(name);
    if (lease && performance.now() - lease.readAt < this.#leaseMs) return lease.mask;
    return this.#reading.get(name) ?? this.#read(name, build, lease);
  }

  /** current(), always as a promise. */
  async mask(build: BuildRef): Promise<SecretMask | undefined> {
    return this.current(build);
  }

  /** A mask with `values` added to `mask`'s (GitHub's add-mask, for the rest of an upload). */
  extend(mask: LineMask | undefined, values: readonly string[]): SecretMask {
    return this.#compile([...(mask?.values ?? []), ...values]);
  }

  async #read(name: string, build: BuildRef, held: Lease | undefined): Promise<SecretMask | undefined> {
    const readAt = performance.now();
    const reading = this.#scripts
      .logrelaySecretsRead(buildSecretsKey(build), buildSecretsGenerationKey(build), held?.generation ?? "", this.#ttlSeconds)
      .then(([generation, ...values]) => {
        const mask = generation === "" ? undefined : generation === held?.generation ? held.mask : this.#compile(values);
        if (this.#reading.get(name) === reading) {
          if (this.#leases.size >= MAX_LEASES) this.#sweep();
          this.#leases.set(name, { generation, mask, readAt });
        }
        return mask;
      })
      .finally(() => {
        if (this.#reading.get(name) === reading) this.#reading.delete(name);
      });
    this.#reading.set(name, reading);
    return reading;
  }

  #compile(values: readonly string[]): SecretMask {
    const unique = [...new Set(values)].sort();
    const id = unique.join("\n");
    let mask = this.#compiled.get(id);
    if (!mask) {
      if (this.#compiled.size >= 256) this.#compiled.clear();
      mask = new SecretMask(unique);
      this.#compiled.set(id, mask);
    }
    return mask;
  }

  // Leases past their time are read again anyway: drop them; all of them if none is old.
  #sweep(): void {
    const now = performance.now();
    for (const [name, lease] of this.#leases) if (now - lease.readAt >= this.#leaseMs) this.#leases.delete(name);
    if (this.#leases.size >= MAX_LEASES) this.#leases.clear();
  }
}
