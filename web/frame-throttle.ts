/** A redraw on an animation frame, at most one per LIVE_FRAME_MS however often it is asked for. */
import { LIVE_FRAME_MS } from "./log-view.ts";

export class FrameThrottle {
  readonly #draw: () => void;
  #queued = false;
  #drawnAt = -Infinity; // the last draw's requestAnimationFrame timestamp

  constructor(draw: () => void) {
    this.#draw = draw;
  }

  /** Draws on the next frame at least LIVE_FRAME_MS after the last draw (like LogView.linesAdded). */
  request(): void {
    if (this.#queued) return;
    this.#queued = true;
    const frame = (now: number) => {
      if (now - this.#drawnAt < LIVE_FRAME_MS) return void requestAnimationFrame(frame);
      this.#drawnAt = now;
      this.#queued = false;
      this.#draw();
    };
    requestAnimationFrame(frame);
  }
}
