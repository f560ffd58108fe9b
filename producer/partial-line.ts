/**
 * Live progress of one upload: the line its last chunk left unterminated (a progress bar
 * rewritten with \r) goes to live viewers as it grows, at most once per PARTIAL_EVERY_MS, the
 * latest state winning. Each state is sent with the line number it was captured with, so a
 * state overtaken by its own line is dropped by the relay instead of shown under another number.
 */
import type { StepRef } from "../common/domain.ts";
import type { Appender } from "./appender.ts";

export const PARTIAL_EVERY_MS = 100;

export class PartialLine {
  #sentAt = 0;
  #sentText = "";
  #pending?: { n: number; text: string };
  #timer?: NodeJS.Timeout;

  private readonly appender: Appender;
  private readonly step: StepRef;

  constructor(appender: Appender, step: StepRef) {
    this.appender = appender;
    this.step = step;
  }

  /** The unterminated line `n` reads `text` now ("" when the chunk ended on a newline). */
  update(n: number, text: string): void {
    if (text === "" || text === this.#sentText) {
      this.#pending = undefined;
      return;
    }
    this.#pending = { n, text };
    if (this.#timer) return;
    const wait = this.#sentAt + PARTIAL_EVERY_MS - Date.now();
    if (wait <= 0) this.#send();
    else this.#timer = setTimeout(() => this.#send(), wait);
  }

  /** Sends the latest state now, if one is waiting. */
  flush(): void {
    if (!this.#timer) return;
    clearTimeout(this.#timer);
    this.#send();
  }

  /** The upload ended: nothing more is sent. */
  close(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
  }

  #send(): void {
    this.#timer = undefined;
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    this.#sentAt = Date.now();
    this.#sentText = pending.text;
    // a hint for live viewers: the line itself is stored when its newline comes
    this.appender.partial(this.step, pending.n, pending.text).catch(() => undefined);
  }
}
