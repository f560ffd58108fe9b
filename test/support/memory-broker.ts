/**
 * A Broker held in memory, with the semantics of the Redis one (numbered lines, trimming,
 * end status, publish after store), for fast tests of the hub and the feed. Its knobs make
 * the races of the real thing happen on purpose: a read answered late, a message lost. It is
 * kept with the tests, outside relay/, so it is not shipped in the relay's image. It delivers
 * typed messages straight to the hub: no channel, no wire format.
 */
import { encodeLinesJson, liveLinesMessage, parseLiveMessage } from "../../common/live-events.ts";
import {
  NO_RUN,
  buildName,
  stepName,
  type BuildRef,
  type BuildStep,
  type LinePage,
  type Run,
  type StepMessage,
  type StepRef,
  type StepSummary,
} from "../../common/domain.ts";
import { topicKey, type Broker, type BrokerHandlers, type Topic } from "../../relay/broker.ts";

interface StoredStep {
  lines: string[]; // retained lines, the first being number `first`
  first: number;
  last: number;
  status: string;
  started: Run;
  name: string;
  updated: number;
}

export class MemoryBroker implements Broker {
  readonly #steps = new Map<string, StoredStep>();
  readonly #subscribed = new Map<string, Topic>();
  #handlers?: BrokerHandlers;
  #now = 0;
  /** called as each message reaches the hub (a turn after it was published), before the hub sees it */
  onDeliver?: (step: StepRef, message: StepMessage) => void;
  /** a read takes its snapshot at once but answers after this many ms */
  readDelayMs = 0;
  /** the next N published messages are lost */
  dropMessages = 0;
  readonly maxLines: number;

  constructor(maxLines = Number.MAX_SAFE_INTEGER) {
    this.maxLines = maxLines;
  }

  listen(handlers: BrokerHandlers): void {
    this.#handlers = handlers;
  }

  async subscribe(topic: Topic): Promise<void> {
    this.#subscribed.set(topicKey(topic), topic);
  }

  async unsubscribe(topic: Topic): Promise<void> {
    this.#subscribed.delete(topicKey(topic));
  }

  isSubscribed(step: StepRef): boolean {
    return this.#subscribed.has(stepName(step));
  }

  async read(step: StepRef, from: number, maxLines: number, maxBytes: number): Promise<LinePage> {
    const s = this.#step(step);
    const start = Math.max(from, s.first);
    const lines: string[] = [];
    let budget = maxBytes;
    for (let n = start; n <= s.last && lines.length < maxLines; n++) {
      const line = s.lines[n - s.first];
      if (lines.length > 0 && budget < Buffer.byteLength(line)) break;
      budget -= Buffer.byteLength(line);
      lines.push(line);
    }
    const page: LinePage = { first: s.first, last: s.last, status: s.status, started: s.started, lines, from: start };
    if (this.readDelayMs > 0) await new Promise((r) => setTimeout(r, this.readDelayMs));
    return page;
  }

  async recentSteps(count: number): Promise<{ name: string; activeAt: number }[]> {
    return [...this.#steps.values()]
      .sort((a, b) => b.updated - a.updated)
      .slice(0, count)
      .map((s) => ({ name: s.name, activeAt: s.updated }));
  }

  async stepSummaries(steps: readonly StepRef[]): Promise<(StepSummary | undefined)[]> {
    return steps.map((ref) => {
      const s = this.#steps.get(stepName(ref));
      return s && s.status ? { status: s.status, lines: s.last, started: null, ended: null, updated: s.updated } : undefined;
    });
  }

  async buildSteps(build: BuildRef): Promise<BuildStep[]> {
    const prefix = `${buildName(build)}/`;
    return [...this.#steps.values()]
      .filter((s) => s.name.startsWith(prefix) && s.status)
      .map((s) => ({ step: Number(s.name.slice(prefix.length)), name: null, status: s.status, lines: s.last, started: null, ended: null, updated: s.updated }))
      .sort((a, b) => a.step - b.step);
  }

  ready(): boolean {
    return true;
  }

  async close(): Promise<void> {
    this.#subscribed.clear();
  }

  /** Stores lines, then publishes them, like the append script. Returns the last line's number. */
  append(step: StepRef, lines: string[]): number {
    const s = this.#step(step);
    const first = s.last + 1;
    const now = (this.#now = Math.max(Date.now(), this.#now + 1)); // distinct per append, so a run that starts again is told apart
    s.lines.push(...lines);
    s.last += lines.length;
    if (!s.status) s.status = "running";
    if (first === 1) s.started = now;
    s.updated = now;
    const excess = s.lines.length - this.maxLines;
    if (excess > 0) {
      s.lines.splice(0, excess);
      s.first += excess;
    }
    this.#publish(step, parseLiveMessage(liveLinesMessage(first, s.last, now, encodeLinesJson(lines)))!);
    return s.last;
  }

  /** As when the step's keys expire in Redis: the next append starts again from line 1. */
  expire(step: StepRef): void {
    this.#steps.delete(stepName(step));
  }

  end(step: StepRef, status: string): void {
    const s = this.#step(step);
    s.status = status;
    s.updated = Date.now();
    this.#publish(step, { kind: "end", last: s.last, appendedAt: Date.now(), status });
  }

  /** As after a Redis reconnect: every subscription comes back, and the hub re-syncs its viewers. */
  reconnect(): void {
    this.#handlers?.resubscribed([...this.#subscribed.values()]);
  }

  #publish(step: StepRef, message: StepMessage): void {
    if (!this.#subscribed.has(stepName(step))) return;
    if (this.dropMessages > 0) {
      this.dropMessages--;
      return;
    }
    // delivered on a later turn, as a network read would be
    setImmediate(() => {
      this.onDeliver?.(step, message);
      this.#handlers?.step(step, message);
    });
  }

  #step(step: StepRef): StoredStep {
    const key = stepName(step);
    let s = this.#steps.get(key);
    if (!s) this.#steps.set(key, (s = { lines: [], first: 1, last: 0, status: "", started: NO_RUN, name: stepName(step), updated: 0 }));
    return s;
  }
}
