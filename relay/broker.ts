/**
 * The relay's view of its store, in the domain's words: subscriptions by topic (a step, a build),
 * typed messages, stored-line reads. No channel name, key or wire format crosses it: the Redis
 * broker (relay/redis-broker.ts) owns them.
 */
import {
  buildName,
  stepName,
  type BuildMessage,
  type BuildRef,
  type BuildStep,
  type LinePage,
  type StepMessage,
  type StepRef,
  type StepSummary,
} from "../common/domain.ts";

/** What the relay subscribes to: a step's live lines, or a build page's changes. */
export type Topic = { readonly kind: "step"; readonly step: StepRef } | { readonly kind: "build"; readonly build: BuildRef };

/** One name per topic, distinct between steps ("org/repo/build/step") and builds ("org/repo/build"). */
export function topicKey(topic: Topic): string {
  return topic.kind === "step" ? stepName(topic.step) : buildName(topic.build);
}

export interface BrokerHandlers {
  /** a message on a subscribed step, in publish order per step */
  step(step: StepRef, message: StepMessage): void;
  /** a change on a subscribed build, in publish order per build */
  build(build: BuildRef, message: BuildMessage): void;
  /**
   * subscriptions came back after a loss (a reconnect, a failover, a slot moved): messages of
   * these topics may have been lost meanwhile
   */
  resubscribed(topics: readonly Topic[]): void;
}

export interface Broker {
  listen(handlers: BrokerHandlers): void;
  subscribe(topic: Topic): Promise<void>;
  unsubscribe(topic: Topic): Promise<void>;
  read(step: StepRef, from: number, maxLines: number, maxBytes: number): Promise<LinePage>;
  /** names of up to `count` most recently active steps, newest first (the viewer's step picker) */
  recentSteps(count: number): Promise<{ name: string; activeAt: number }[]>;
  /** each step's summary, read in one round trip; undefined for a step that has expired */
  stepSummaries(steps: readonly StepRef[]): Promise<(StepSummary | undefined)[]>;
  /** a build's steps by number (the build page); expired ones left out */
  buildSteps(build: BuildRef): Promise<BuildStep[]>;
  /** the command connection and every subscriber connection (one per shard) up */
  ready(): boolean;
  close(): Promise<void>;
}
