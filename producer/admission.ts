/**
 * Admission control for appends: at most MAX_APPENDS_IN_FLIGHT appends wait on Redis at once.
 * A new append request past that is refused at once with 503 + Retry-After, before any of its
 * body is read, instead of queueing: past saturation the producer keeps answering the appends
 * it takes at full speed and sheds the excess cheaply, and its memory stays bounded. An upload
 * already admitted is never refused half-way: its later appends wait their turn.
 */
export class Admission {
  readonly #max: number;
  #inFlight = 0;
  #shed = 0;

  constructor(maxInFlight: number) {
    this.#max = maxInFlight;
  }

  /** Whether a new append request is taken now. */
  admit(): boolean {
    if (this.#inFlight < this.#max) return true;
    this.#shed++;
    return false;
  }

  /** An append (or a wait for a mask) goes to Redis: in flight until leave(). */
  enter(): void {
    this.#inFlight++;
  }

  leave(): void {
    this.#inFlight--;
  }

  /** Runs one wait on Redis, counted as in flight until it settles. */
  async run<T>(wait: () => Promise<T>): Promise<T> {
    this.enter();
    try {
      return await wait();
    } finally {
      this.leave();
    }
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** requests refused so far */
  get shed(): number {
    return this.#shed;
  }
}
