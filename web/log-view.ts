/**
 * The virtualised log: a sizer as tall as every row, and only the rows in and near the
 * viewport as DOM nodes, each placed at its own offset (so adding rows at one end repaints
 * only those rows, not every row that would shift). All DOM work happens in one
 * requestAnimationFrame callback, however many lines arrived since the last frame, so 2 000
 * lines/s cost a few rows per frame and a 100 000-line backlog costs one sizer height.
 * Wrapped rows are as many text lines high as their length needs in a monospace font (see
 * RowModel), which keeps row -> offset arithmetic exact without measuring rows.
 */
import { annotationText } from "./commands.ts";
import type { LineFilter } from "./line-filter.ts";
import type { LineSearch } from "./line-search.ts";
import { pad } from "./format.ts";
import { escapeHtml, lastState, lineHtml, linkify, stripAnsi } from "./line-text.ts";
import { formatDuration, type LogGroups } from "./log-groups.ts";
import type { LogStore } from "./log-store.ts";
import { RowModel } from "./row-model.ts";
import { paintMatches } from "./search-paint.ts";

const OVERSCAN_PX = 600;
export const LIVE_FRAME_MS = 30; // see linesAdded

export interface LogViewEvents {
  /** follow mode turned on or off (by scrolling, the button or a deep link) */
  follow(on: boolean): void;
}

export class LogView {
  readonly #scroller: HTMLElement;
  readonly #sizer: HTMLElement;
  readonly #rows: HTMLElement;
  readonly #partialRow: HTMLElement; // the line being written, below the last row (see LogStore.partial)
  #partialKey = "";
  readonly #store: LogStore;
  readonly #groups: LogGroups;
  readonly #search: LineSearch;
  readonly #model: RowModel;
  readonly #events: LogViewEvents;
  #rowPx = 18;
  #charPx = 7.2;
  #gutterPx = 80; // line number (and time) column plus the row's padding
  #following = true;
  #frame = 0;
  #urgent = false; // the next frame must redraw, whenever the last one was
  #drawnAt = -Infinity; // time of the last redraw (a requestAnimationFrame timestamp)
  #generation = 0; // bumped when the store is cleared for another step
  #shown = { from: 0, to: 0, key: "" }; // the rows in the DOM, and what else they depend on
  #painted = ""; // what the search highlights were last computed for
  #highlight = 0;
  #pendingJump = 0; // a line to scroll to once it has arrived (deep link)
  #pendingCenter = false;
  #ownTop = -1; // scrollTop this view last set: its scroll event is not the user's
  #wrap = true;
  #timestamps = false;

  constructor(scroller: HTMLElement, store: LogStore, groups: LogGroups, filter: LineFilter, search: LineSearch, events: LogViewEvents) {
    this.#scroller = scroller;
    this.#store = store;
    this.#groups = groups;
    this.#search = search;
    this.#model = new RowModel(store, groups, filter);
    this.#events = events;
    scroller.replaceChildren();
    this.#sizer = scroller.appendChild(document.createElement("div"));
    this.#sizer.className = "log-sizer";
    this.#rows = this.#sizer.appendChild(document.createElement("div"));
    this.#rows.className = "log-rows";
    this.#partialRow = this.#sizer.appendChild(document.createElement("div"));
    this.#partialRow.className = "partial"; // not a .row: it is no stored line yet
    this.#partialRow.hidden = true;
    this.#measure();
    scroller.addEventListener("scroll", () => this.#onScroll(), { passive: true });
    new ResizeObserver(() => {
      this.#measure();
      this.invalidate();
    }).observe(scroller); // a taller window shows more rows, a narrower one wraps more
    // scrolling up with the wheel is the clearest "stop following" signal, before any scroll event
    scroller.addEventListener("wheel", (e) => e.deltaY < 0 && this.setFollowing(false), { passive: true });
    // a running group's duration ticks, in place (a redraw would lose the user's text selection)
    setInterval(() => {
      const now = Date.now();
      for (const dur of this.#rows.querySelectorAll<HTMLElement>(".dur.running")) {
        const g = this.#groups.startingAt(Number(dur.closest<HTMLElement>(".row")?.dataset.n));
        const ms = g && this.#groups.durationMs(g, this.#store, now);
        if (ms !== undefined) dur.textContent = formatDuration(ms);
      }
    }, 1000);
    this.#rows.addEventListener("click", (e) => {
      const fold = (e.target as HTMLElement).closest("button.fold");
      const row = fold?.closest<HTMLElement>(".row");
      if (!row) return;
      const g = this.#groups.startingAt(Number(row.dataset.n));
      if (g) this.#groups.toggle(g);
      this.invalidate();
    });
  }

  get following(): boolean {
    return this.#following;
  }

  get rowCount(): number {
    return this.#model.count;
  }

  /** The filter changed, the store was cleared, the user did something: redraw on the next frame. */
  invalidate(): void {
    this.#urgent = true;
    if (this.#frame === 0) this.#frame = requestAnimationFrame((t) => this.#render(t));
  }

  /**
   * Lines arrived: redraw on a frame at least LIVE_FRAME_MS after the last redraw. A live stream
   * then redraws at most ~30 times a second however fast lines come, which halves the layout
   * and paint a fast stream costs and leaves the main thread free for scrolling and selecting.
   */
  linesAdded(): void {
    if (this.#frame === 0) this.#frame = requestAnimationFrame((t) => this.#render(t));
  }

  setFollowing(on: boolean): void {
    if (on === this.#following) return;
    this.#following = on;
    if (on) this.#pendingJump = 0;
    this.#events.follow(on);
    this.invalidate();
  }

  setWrap(on: boolean): void {
    this.#wrap = on;
    this.#scroller.classList.toggle("wrap", on);
    this.#measure();
    this.invalidate();
  }

  setTimestamps(on: boolean): void {
    this.#timestamps = on;
    this.#scroller.classList.toggle("timestamps", on);
    this.#measure();
    this.invalidate();
  }

  /** Highlights line n and scrolls to it now, or as soon as it arrives. */
  jumpTo(n: number): void {
    this.#highlight = n;
    this.reveal(n, false);
  }

  /** Scrolls to line n (opening the groups around it), in the middle of the view when `center`. */
  reveal(n: number, center = true): void {
    this.#groups.reveal(n);
    this.#pendingJump = n;
    this.#pendingCenter = center;
    this.setFollowing(false);
    this.invalidate();
  }

  /** The first line in view, where a search starts from. */
  topLine(): number {
    const row = this.#model.rowAtUnits(Math.floor(this.#scroller.scrollTop / this.#rowPx));
    return this.#model.count ? this.#model.lineAt(row) : this.#store.first;
  }

  /** The search changed (query or current match): repaint its highlights. */
  searchChanged(): void {
    this.#painted = "";
    this.invalidate();
  }

  /** The store was cleared for another step: nothing shown can be kept. */
  reset(): void {
    this.#generation++;
    this.#highlight = 0;
    this.#pendingJump = 0;
    this.invalidate();
  }

  /** Wrap width in characters, 0 when not wrapping. */
  #cols(): number {
    if (!this.#wrap) return 0;
    return Math.max(20, Math.floor((this.#scroller.clientWidth - this.#gutterPx - 2) / this.#charPx));
  }

  #render(now: number): void {
    if (!this.#urgent && now - this.#drawnAt < LIVE_FRAME_MS) {
      this.#frame = requestAnimationFrame((t) => this.#render(t));
      return;
    }
    this.#frame = 0;
    this.#urgent = false;
    this.#drawnAt = now;
    const model = this.#model;
    const cols = this.#cols();
    model.update(cols, this.#generation);
    const rowPx = this.#rowPx;
    const partialUnits = this.#showPartial(cols);
    this.#sizer.style.height = `${(model.units + partialUnits) * rowPx}px`;
    const width = this.#wrap ? "" : `${Math.ceil(this.#gutterPx + this.#store.maxWidth * this.#charPx + 24)}px`;
    if (this.#sizer.style.width !== width) this.#sizer.style.width = width;
    const view = this.#scroller.clientHeight;
    if (this.#pendingJump) this.#tryJump(view);
    else if (this.#following) this.#scrollTo((model.units + partialUnits) * rowPx); // clamped to the bottom
    const top = this.#scroller.scrollTop;
    let from = model.count ? model.rowAtUnits(Math.floor(Math.max(0, top - OVERSCAN_PX) / rowPx)) : 0;
    const to = model.count ? Math.min(model.count, model.rowAtUnits(Math.ceil((top + view + OVERSCAN_PX) / rowPx)) + 1) : 0;
    // Rows are immutable once stored, so rows still in range are kept and only the edges change:
    // following a fast stream adds the new lines' rows and drops as many from the top.
    const key = `${model.version}:${this.#highlight}:${this.#timestamps}`;
    const shown = this.#shown;
    if (this.#following && key === shown.key && from >= shown.to && model.count) {
      // following a backlog that arrives faster than frames: every row is new, and the next lines
      // will replace them again, so only the rows on screen now; the rows above come next frame
      from = Math.max(from, model.rowAtUnits(Math.floor(top / rowPx)));
      this.invalidate();
    }
    if (key !== shown.key || from !== shown.from || to !== shown.to) {
      if (key !== shown.key || to <= shown.from || from >= shown.to) this.#rows.innerHTML = this.#rowsHtml(from, to);
      else {
        for (let i = shown.from; i < from; i++) this.#rows.firstElementChild!.remove();
        for (let i = to; i < shown.to; i++) this.#rows.lastElementChild!.remove();
        if (from < shown.from) this.#rows.insertAdjacentHTML("afterbegin", this.#rowsHtml(from, shown.from));
        if (to > shown.to) this.#rows.insertAdjacentHTML("beforeend", this.#rowsHtml(shown.to, to));
      }
      this.#shown = { from, to, key };
      this.#painted = "";
    }
    const paintKey = `${this.#search.query}:${this.#search.current}`;
    if (this.#painted !== paintKey) {
      this.#painted = paintKey;
      paintMatches(this.#rows, this.#search);
    }
  }

  // Shows the line still being written after the last row; returns its height in text lines.
  #showPartial(cols: number): number {
    const p = this.#model.filtering || this.#model.tailHidden ? undefined : this.#store.partial;
    const units = !p ? 0 : Math.max(1, cols > 0 ? Math.ceil(stripAnsi(lastState(p.text)).length / cols) : 1);
    const key = p ? `${p.n}:${this.#model.units}:${units}:${p.text}` : "";
    if (key !== this.#partialKey) {
      this.#partialKey = key;
      this.#partialRow.hidden = !p;
      if (p) {
        this.#partialRow.style.cssText = `top:${this.#model.units * this.#rowPx}px;height:${units * this.#rowPx}px`;
        this.#partialRow.innerHTML = `<span class="gutter"><span class="ln">${p.n}</span>${this.#timestamps ? timeHtml(0, 0) : ""}</span><span class="tx">${lineHtml(p.text, this.#store.styleAt(p.n))}</span>`;
      }
    }
    return units;
  }

  #rowsHtml(from: number, to: number): string {
    const model = this.#model;
    const store = this.#store;
    const rowPx = this.#rowPx;
    const stepStart = this.#timestamps ? store.time(store.first) : 0;
    const now = Date.now();
    let html = "";
    for (let row = from; row < to; row++) {
      const n = model.lineAt(row);
      const top = model.unitsBefore(row) * rowPx;
      const height = (model.unitsBefore(row + 1) - model.unitsBefore(row)) * rowPx;
      const g = this.#groups.startingAt(n);
      const cls = `row${n === this.#highlight ? " hl" : ""}${g ? " grp" : ""}`;
      const gutter = `<span class="gutter"><a class="ln" href="#L${n}" tabindex="-1">${n}</a>${this.#timestamps ? timeHtml(store.time(n), stepStart) : ""}</span>`;
      let text: string;
      if (g) {
        const open = this.#groups.isOpen(g);
        const ms = this.#groups.durationMs(g, store, now);
        text = `<span class="tx" style="padding-left:${g.depth * 2}ch"><button type="button" class="fold" aria-expanded="${open}"><span class="chev" aria-hidden="true">${open ? "▾" : "▸"}</span> <span class="gt">${escapeHtml(g.title)}</span></button>${ms === undefined ? "" : ` <span class="dur${g.end ? "" : " running"}">${formatDuration(ms)}</span>`}</span>`;
      } else {
        const c = store.command(n);
        if (c?.kind === "annotation") {
          const shown = annotationText(c);
          const label = shown.indexOf(":") + 1;
          text = `<span class="tx annot annot-${c.level}"><strong>${escapeHtml(shown.slice(0, label))}</strong>${linkify(escapeHtml(shown.slice(label)))}</span>`;
        } else text = `<span class="tx">${lineHtml(store.line(n) ?? "", store.styleAt(n))}</span>`;
      }
      html += `<div class="${cls}" data-n="${n}" style="top:${top}px;height:${height}px">${gutter}${text}</div>`;
    }
    return html;
  }

  // Puts the wanted line a third of the way down the viewport (or its middle), once the store holds it.
  #tryJump(view: number): void {
    const row = this.#model.rowOf(this.#pendingJump);
    if (row < 0) {
      // held but inside a closed group (a link shared before it closed): open it, try next frame
      if (this.#pendingJump <= this.#store.last && this.#groups.reveal(this.#pendingJump)) this.invalidate();
      return;
    }
    this.#groups.reveal(this.#pendingJump); // stays open when its group ends later
    const top = this.#model.unitsBefore(row) * this.#rowPx;
    const visible = top >= this.#scroller.scrollTop && top + this.#rowPx <= this.#scroller.scrollTop + view;
    if (!visible) this.#scrollTo(Math.max(0, top - view / (this.#pendingCenter ? 2 : 3))); // a clicked line number stays put
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
      this.invalidate();
    } // else the scroll this view made itself, whose rows it has just drawn: no frame to redo
  }

  // Row height, character width and the gutter, from a probe row styled as the real ones.
  #measure(): void {
    const probe = this.#rows.appendChild(document.createElement("div"));
    probe.className = "row";
    probe.style.visibility = "hidden";
    probe.innerHTML = `<span class="gutter"><a class="ln">0</a>${this.#timestamps ? timeHtml(0, 0) : ""}</span><span class="tx">0</span><span style="position:absolute;white-space:pre">${"0".repeat(100)}</span>`;
    const tx = probe.querySelector(".tx")!.getBoundingClientRect();
    const box = probe.getBoundingClientRect();
    this.#rowPx = box.height || 18;
    this.#charPx = (probe.lastElementChild as HTMLElement).getBoundingClientRect().width / 100 || 7.2;
    this.#gutterPx = tx.left - box.left + parseFloat(getComputedStyle(probe).paddingRight || "0");
    probe.remove();
    this.#shown.key = ""; // row heights may have changed
  }
}

/** The time column: local time of arrival, and time since the step's first line. */
function timeHtml(t: number, start: number): string {
  if (!t) return `<span class="ts"></span>`;
  const d = new Date(t);
  const since = Math.max(0, t - start) / 1000;
  const rel =
    since < 3600
      ? `${Math.floor(since / 60)}:${pad(Math.floor(since % 60))}`
      : `${Math.floor(since / 3600)}:${pad(Math.floor((since % 3600) / 60))}:${pad(Math.floor(since % 60))}`;
  return `<span class="ts" title="${d.toISOString()}">${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)} <span class="rel">+${rel}</span></span>`;
}
