/**
 * A build worker for fault tests: appends numbered lines in batches through nginx, retrying a
 * refused batch with Logrelay-First-Line so a retry never duplicates a line.
 */
export class Publisher {
  next = 1;
  readonly refusals: { status: number; retryAfter: string | null; at: number }[] = [];
  /** when each batch was acknowledged (ms since the epoch) */
  readonly acks: number[] = [];
  #stopped = false;
  #running?: Promise<void>;
  readonly #url: string;

  constructor(baseUrl: string, stepPath: string) {
    this.#url = `${baseUrl}${stepPath}/logs`;
  }

  get last(): number {
    return this.next - 1;
  }

  /** Appends `batch` lines every `everyMs` until stop() or `total` lines are stored. */
  start(options: { batch: number; everyMs: number; total: number }): void {
    this.#running = (async () => {
      while (!this.#stopped && this.last < options.total) {
        const size = Math.min(options.batch, options.total - this.last);
        await this.appendBatch(size);
        await new Promise((r) => setTimeout(r, options.everyMs));
      }
    })();
  }

  /** Appends lines next..next+size-1, retrying until they are stored. */
  async appendBatch(size: number): Promise<void> {
    const body = Array.from({ length: size }, (_, i) => `line ${this.next + i}`).join("\n");
    for (;;) {
      try {
        const res = await fetch(this.#url, {
          method: "POST",
          headers: { "Content-Type": "text/plain", "Logrelay-First-Line": String(this.next) },
          body,
          signal: AbortSignal.timeout(5000),
        });
        const json = (await res.json()) as { last?: number };
        if (res.ok) {
          this.next = json.last! + 1;
          this.acks.push(Date.now());
          return;
        }
        this.refusals.push({ status: res.status, retryAfter: res.headers.get("retry-after"), at: Date.now() });
      } catch {
        this.refusals.push({ status: 0, retryAfter: null, at: Date.now() });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#running;
  }

  /** Waits until `total` lines are stored. */
  async done(): Promise<void> {
    await this.#running;
  }
}
