/**
 * The virtualised log: a sizer as tall as every row, and only the rows in and near the
 * viewport as DOM nodes, each placed at its own offset (so adding rows at one end repaints
 * only those rows, not every row that would shift). All DOM work happens in one requestAnimationFrame callback, however
 * many lines arrived since the last frame, so 2 000 lines/s cost a few rows per frame and a
 * 100 000-line backlog costs one sizer height. Rows have one fixed height (no wrapping; long
 * lines scroll sideways), which is what makes row -> offset arithmetic exact.
 */
import type { LineFilter } from "./line-filter.ts";
import { lineHtml } from "./line-text.ts";
import type { LogStore } from "./log-store.ts";

const OVERSCAN_ROWS = 40;

export interface LogViewEvents {
  /** follow mode turned on or off (by scrolling, the button or a deep link) */
  follow(on: boolean): void;
}

export class LogView {
  readonly #scroller: HTMLElement;
  readonly #sizer: HTMLElement;
  readonly #rows: HTMLElement;
  readonly #store: LogStore;
  readonly #filter: LineFilter;
  readonly #events: LogViewEvents;
  readonly #rowPx: number;
  #following = true;
  #frame = 0;
  #generation = 0; // bumped when the store is cleared for another step
  #shown = { from: 0, to: 0, key: "" }; // the rows in the DOM, and what else they depend on
  #highlight = 0;
  #pendingJump = 0; // a line to scroll to once it has arrived (deep link)
  #ownTop = -1; // scrollTop this view last set: its scroll event is not the user's

  constructor(scroller: HTMLElement, store: LogStore, filter: LineFilter, events: LogViewEvents) {
    this.#scroller = scroller;
    this.#store = store;
    this.#filter = filter;
    this.#events = events;
    scroller.replaceChildren();
    this.#sizer = scroller.appendChild(document.createElement("div"));
    this.#sizer.className = "log-sizer";
    this.#rows = this.#sizer.appendChild(document.createElement("div"));
    this.#rows.className = "log-rows";
    this.#rowPx = this.#measureRow();
    scroller.addEventListener("scroll", () => this.#onScroll(), { passive: true });
    new ResizeObserver(() => this.invalidate()).observe(scroller); // a taller window shows more rows
    // scrolling up with the wheel is the clearest "stop following" signal, before any scroll event
    scroller.addEventListener("wheel", (e) => e.deltaY < 0 && this.setFollowing(false), { passive: true });
  }

  get following(): boolean {
    return this.#following;
  }

  /** Lines arrived, the filter changed, or the store was cleared: redraw on the next frame. */
  invalidate(): void {
    if (this.#frame === 0) this.#frame = requestAnimationFrame(() => this.#render());
  }

  setFollowing(on: boolean): void {
    if (on === this.#following) return;
    this.#following = on;
    if (on) this.#pendingJump = 0;
    this.#events.follow(on);
    this.invalidate();
  }

  /** Highlights line n and scrolls to it now, or as soon as it arrives. */
  jumpTo(n: number): void {
    this.#highlight = n;
    this.#pendingJump = n;
    this.setFollowing(false);
    this.invalidate();
  }

  /** The store was cleared for another step: nothing shown can be kept. */
  reset(): void {
    this.#generation++;
    this.#highlight = 0;
    this.#pendingJump = 0;
    this.invalidate();
  }

  #render(): void {
    this.#frame = 0;
    this.#filter.update(this.#store);
    const rows = this.#filter.rows(this.#store);
    this.#sizer.style.height = `${rows * this.#rowPx}px`;
    const view = this.#scroller.clientHeight;
    if (this.#pendingJump) this.#tryJump(view);
    else if (this.#following) this.#scrollTo(rows * this.#rowPx); // clamped to the bottom
    const top = this.#scroller.scrollTop;
    const from = Math.max(0, Math.floor(top / this.#rowPx) - OVERSCAN_ROWS);
    const to = Math.min(rows, Math.ceil((top + view) / this.#rowPx) + OVERSCAN_ROWS);
    // Rows are immutable once stored, so rows still in range are kept and only the edges change:
    // following a fast stream adds the new lines' rows and drops as many from the top.
    const key = `${this.#generation}:${this.#filter.query}:${this.#store.first}:${this.#highlight}`;
    const shown = this.#shown;
    if (key === shown.key && from === shown.from && to === shown.to) return;
    if (key !== shown.key || to <= shown.from || from >= shown.to) this.#rows.innerHTML = this.#rowsHtml(from, to);
    else {
      for (let i = shown.from; i < from; i++) this.#rows.firstElementChild!.remove();
      for (let i = to; i < shown.to; i++) this.#rows.lastElementChild!.remove();
      if (from < shown.from) this.#rows.insertAdjacentHTML("afterbegin", this.#rowsHtml(from, shown.from));
      if (to > shown.to) this.#rows.insertAdjacentHTML("beforeend", this.#rowsHtml(shown.to, to));
    }
    this.#shown = { from, to, key };
  }

  #rowsHtml(from: number, to: number): string {
    let html = "";
    for (let row = from; row < to; row++) {
      const n = this.#filter.lineAt(row, this.#store);
      const cls = n === this.#highlight ? "row hl" : "row";
      html += `<div class="${cls}" data-n="${n}" style="top:${row * this.#rowPx}px"><a class="ln" href="#L${n}">${n}</a><span class="tx">${lineHtml(this.#store.line(n) ?? "", this.#store.styleAt(n))}</span></div>`;
    }
    return html;
  }

  // Puts the deep-linked line a third of the way down the viewport, once the store holds it.
  #tryJump(view: number): void {
    const row = this.#filter.rowOf(this.#pendingJump, this.#store);
    if (row < 0) return;
    const top = row * this.#rowPx;
    const visible = top >= this.#scroller.scrollTop && top + this.#rowPx <= this.#scroller.scrollTop + view;
    if (!visible) this.#scrollTo(Math.max(0, top - view / 3)); // a clicked line number stays put
    this.#pendingJump = 0;
  }

  #scrollTo(top: number): void {
    this.#scroller.scrollTop = top;
    this.#ownTop = this.#scroller.scrollTop; // as clamped by the browser
  }

  #onScroll(): void {
    const s = this.#scroller;
    // follow mode changes only on the user's scrolls: up pauses it, back to the bottom resumes it
    if (Math.abs(s.scrollTop - this.#ownTop) >= 1) {
      this.#ownTop = -1;
      const atBottom = s.scrollTop + s.clientHeight >= s.scrollHeight - this.#rowPx;
      if (atBottom !== this.#following) this.setFollowing(atBottom);
    }
    this.invalidate();
  }

  #measureRow(): number {
    const probe = this.#rows.appendChild(document.createElement("div"));
    probe.className = "row";
    probe.textContent = "0";
    const px = probe.getBoundingClientRect().height || 18;
    probe.remove();
    return px;
  }
}
