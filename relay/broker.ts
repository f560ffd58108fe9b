/** The relay's view of Redis: pub/sub on one connection, stored-line reads on another. */
import type { StepRef } from "../common/step.ts";
import type { StepPage } from "../common/stream.ts";

export interface BrokerHandlers {
  /** a message on a subscribed channel, in publish order per channel */
  message(channel: string, message: string): void;
  /** the subscriber connection came back: messages may have been lost meanwhile */
  resubscribed(): void;
}

export interface Broker {
  listen(handlers: BrokerHandlers): void;
  subscribe(channel: string): Promise<void>;
  unsubscribe(channel: string): Promise<void>;
  read(step: StepRef, from: number, maxLines: number, maxBytes: number): Promise<StepPage>;
  /** both connections up */
  ready(): boolean;
  close(): Promise<void>;
}
