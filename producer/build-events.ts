/**
 * Keeps each build's step index and publishes the build page's events (common/contract.ts):
 * the full state of a step when it appears, is named or ends, and its line count at most once
 * a second per build. Costs an append nothing but a Map update; the index and the channel are
 * under the build's own hash tag, written with commands of their own, never from a step's script.
 */
import type { Logger } from "pino";
import type { RedisClient } from "../common/redis.ts";
import { buildName, type BuildRef, type StepCount, type StepRef } from "../common/domain.ts";
import { buildKeys, encodeBuildCountsMessage, encodeBuildStepMessage } from "../common/contract.ts";
import { indexBuildSteps } from "../common/build-step-index.ts";
import { readBuildStep } from "../common/step-summaries.ts";
import type { Retention } from "../common/step-store.ts";

export const COUNTS_EVERY_MS = 1000;

interface PendingCounts {
  readonly build: BuildRef;
  readonly steps: Map<number, StepCount>;
  timer?: NodeJS.Timeout;
  lastSent: number;
}

export class BuildEvents {
  readonly #redis: RedisClient;
  readonly #retention: Retention;
  readonly #log: Logger;
  readonly #counts = new Map<string, PendingCounts>(); // build name -> counts not yet published
  #closed = false;

  constructor(redis: RedisClient, retention: Retention, log: Logger) {
    this.#redis = redis;
    this.#retention = retention;
    this.#log = log;
  }

  /** A step appeared, was named or ended: index it, then publish its whole state. */
  async changed(step: StepRef): Promise<void> {
    const build = { org: step.org, repo: step.repo, build: step.build };
    try {
      await indexBuildSteps(this.#redis, build, [step.step], this.#retention.idleTtlSeconds);
      const state = await readBuildStep(this.#redis, step);
      if (!state) return;
      this.#pending(build)?.steps.delete(step.step); // the state carries the count
      await this.#redis.spublish(buildKeys(build).channel, encodeBuildStepMessage(state));
    } catch (err) {
      // the step's lines or name are stored: only the build page misses the news until it reconnects
      this.#log.warn({ build: buildName(build), step: step.step, err: (err as Error).message }, "build index not updated");
    }
  }

  /** Lines were appended: the count goes out with the build's next counts message, within a second. */
  counted(step: StepRef, lines: number, updated: number): void {
    if (this.#closed) return;
    const build = { org: step.org, repo: step.repo, build: step.build };
    const name = buildName(build);
    let pending = this.#counts.get(name);
    if (!pending) this.#counts.set(name, (pending = { build, steps: new Map(), lastSent: 0 }));
    pending.steps.set(step.step, { step: step.step, lines, updated });
    if (pending.timer) return;
    const wait = Math.max(0, pending.lastSent + COUNTS_EVERY_MS - Date.now());
    pending.timer = setTimeout(() => this.#flush(name), wait);
  }

  /** Publishes what is pending now and stops the timers. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#counts.keys()].map((name) => this.#flush(name)));
  }

  async #flush(name: string): Promise<void> {
    const pending = this.#counts.get(name);
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.timer = undefined;
    if (pending.steps.size === 0) {
      this.#counts.delete(name); // a quiet build holds nothing
      return;
    }
    const counts = [...pending.steps.values()];
    pending.steps.clear();
    pending.lastSent = Date.now();
    // the next flush deletes the entry if nothing came meanwhile
    if (!this.#closed) pending.timer = setTimeout(() => this.#flush(name), COUNTS_EVERY_MS);
    await this.#publish(pending.build, encodeBuildCountsMessage(counts));
  }

  #pending(build: BuildRef): PendingCounts | undefined {
    return this.#counts.get(buildName(build));
  }

  async #publish(build: BuildRef, message: string): Promise<void> {
    try {
      await this.#redis.spublish(buildKeys(build).channel, message);
    } catch (err) {
      // a hint for open build pages: they re-read the steps on reconnect
      this.#log.warn({ build: buildName(build), err: (err as Error).message }, "build event not published");
    }
  }
}
