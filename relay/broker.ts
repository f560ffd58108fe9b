/** The relay's view of Redis: pub/sub on one connection per shard, stored-line reads on another. */
import type { StepRef } from "../common/step.ts";
import type { BuildRef, BuildStep } from "../common/contract.ts";
import type { StepMeta, StepPage } from "../common/step-store.ts";

export interface BrokerHandlers {
  /** a message on a subscribed channel, in publish order per channel */
  message(channel: string, message: string): void;
  /**
   * subscriptions came back after a loss (a reconnect, a failover, a slot moved): messages of
   * these channels (every channel when none are named) may have been lost meanwhile
   */
  resubscribed(channels?: readonly string[]): void;
}

export interface Broker {
  listen(handlers: BrokerHandlers): void;
  subscribe(channel: string): Promise<void>;
  unsubscribe(channel: string): Promise<void>;
  read(step: StepRef, from: number, maxLines: number, maxBytes: number): Promise<StepPage>;
  /** names of up to `count` most recently active steps, newest first (the viewer's step picker) */
  recentSteps(count: number): Promise<{ name: string; activeAt: number }[]>;
  /** each step's meta, read in one round trip; undefined for a step that has expired */
  stepMetas(steps: readonly StepRef[]): Promise<(StepMeta | undefined)[]>;
  /** a build's steps by number (the build page); expired ones left out */
  buildSteps(build: BuildRef): Promise<BuildStep[]>;
  /** the command connection and every subscriber connection (one per shard) up */
  ready(): boolean;
  close(): Promise<void>;
}
