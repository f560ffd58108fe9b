/**
 * The build page's one stream (`GET /:org/:repo/builds/:build/events`): `steps` (every step,
 * on connect and after a re-sync), `step` (one appeared, was named or ended) and `counts`
 * (line counts, at most once a second). The browser's EventSource reconnects by itself and the
 * relay sends the whole list again; when it gives up, a new one is made with backoff.
 */
import type { BuildRef, BuildStep } from "./api.ts";
import { buildEventsUrl } from "./api.ts";

const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 15_000;

export class BuildConnection {
  readonly build: BuildRef;
  readonly #token?: string;
  readonly #changed: (steps: readonly BuildStep[], first: boolean) => void;
  readonly #steps = new Map<number, BuildStep>();
  #source?: EventSource;
  #timer?: ReturnType<typeof setTimeout>;
  #attempt = 0;
  #closed = false;
  #snapshots = 0;

  /** `changed` gets the steps by number after each event; `first` on the first snapshot. */
  constructor(build: BuildRef, token: string | undefined, changed: (steps: readonly BuildStep[], first: boolean) => void) {
    this.build = build;
    this.#token = token;
    this.#changed = changed;
  }

  /** The steps, once the first snapshot has come (undefined before). */
  get loaded(): readonly BuildStep[] | undefined {
    return this.#snapshots > 0 ? this.steps : undefined;
  }

  get steps(): readonly BuildStep[] {
    return [...this.#steps.values()].sort((a, b) => a.step - b.step);
  }

  open(): void {
    if (this.#closed) return;
    const es = new EventSource(buildEventsUrl(this.build, this.#token));
    this.#source = es;
    es.addEventListener("steps", (e) => {
      this.#attempt = 0;
      this.#steps.clear();
      for (const s of (JSON.parse(e.data) as { steps: BuildStep[] }).steps) this.#steps.set(s.step, s);
      this.#changed(this.steps, this.#snapshots++ === 0);
    });
    es.addEventListener("step", (e) => {
      const s = JSON.parse(e.data) as BuildStep;
      this.#steps.set(s.step, s);
      this.#changed(this.steps, false);
    });
    es.addEventListener("counts", (e) => {
      for (const c of (JSON.parse(e.data) as { steps: { step: number; lines: number; updated: number }[] }).steps) {
        const s = this.#steps.get(c.step);
        // a count for a step not listed yet: it appears with the next `step` event
        if (s) this.#steps.set(c.step, { ...s, lines: Math.max(s.lines, c.lines), updated: c.updated });
      }
      this.#changed(this.steps, false);
    });
    es.onerror = () => {
      if (this.#closed || es.readyState !== EventSource.CLOSED) return; // CONNECTING: the browser retries
      const delay = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** this.#attempt++);
      this.#timer = setTimeout(() => this.open(), delay);
    };
  }

  close(): void {
    this.#closed = true;
    this.#source?.close();
    clearTimeout(this.#timer);
  }
}
