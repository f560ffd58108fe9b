/**
 * The virtualised log: a sizer as tall as every row, and only the rows in and near the
 * viewport as DOM nodes, each placed at its own offset (so adding rows at one end repaints
 * only those rows, not every row that would shift). All DOM work happens in one
 * requestAnimationFrame callback, however many lines arrived since the last frame, so 2 000
 * lines/s cost a few rows per frame and a 100 000-line backlog costs one sizer height.
 * A row is as tall as the browser lays its text out: each row drawn is measured in the same
 * frame and the RowModel keeps that height (rows not drawn yet are estimated from their text);
 * when a height differs, the rows are moved before the frame is painted, the line at the top of
 * the view staying where it was.
 */
import { annotationText } from "./commands.ts";
import type { LineFilter } from "./line-filter.ts";
import type { LineSearch } from "./line-search.ts";
import { pad } from "./format.ts";
import { copiedText, type RowPoint } from "./log-copy.ts";
import { escapeHtml, lineHtml, linkify, shownText } from "./line-text.ts";
import { formatDuration, type LogGroups } from "./log-groups.ts";
import type { LogStore } from "./log-store.ts";
import { RowModel, type RowLayout } from "./row-model.ts";
import type { LineRange } from "./url-state.ts";
import { paintMatches } from "./search-paint.ts";

const OVERSCAN_PX = 600;
export const LIVE_FRAME_MS = 30; // see linesAdded

export interface LogViewEvents {
  /** follow mode turned on or off (by scrolling, the button or a deep link) */
  follow(on: boolean): void;
  /** the user chose lines from..to (shift-click on a line number after a click on another) */
  selectLines(from: number, to: number): void;
}

export class LogView {
  readonly #scroller: HTMLElement;
  readonly #sizer: HTMLElement;
  readonly #rows: HTMLElement;
  readonly #partialRow: HTMLElement; // the line being written, below the last row (see LogStore.partial)
  #partialKey = "";
  #partialPx = 0;
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
  #highlight?: LineRange;
  #anchorLine = 0; // the line number last clicked: where a shift-click's range starts
  #pendingJump = 0; // a line to scroll to once it has arrived (deep link)
  #jumped = -1; // the row a jump put in view in this frame: it stays put when heights are measured
  #textPx = 0; // widest row text drawn (not wrapping): the sizer is at least as wide
  #layoutKey = "";
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
      const target = e.target as HTMLElement;
      const row = target.closest<HTMLElement>(".row");
      if (!row) return;
      const n = Number(row.dataset.n);
      if (target.closest("a.ln")) {
        // a click follows the link (#L<n>); shift-click makes a range with the line clicked before
        if (!e.shiftKey || !this.#anchorLine) this.#anchorLine = n;
        else {
          e.preventDefault(); // not a new window
          this.#events.selectLines(Math.min(this.#anchorLine, n), Math.max(this.#anchorLine, n));
        }
        return;
      }
      if (!target.closest("button.fold")) return;
      const g = this.#groups.startingAt(n);
      if (g) this.#groups.toggle(g);
      this.invalidate();
    });
    scroller.addEventListener("copy", (e) => this.#copy(e));
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

  /** Highlights lines from..to and scrolls to the first now, or as soon as it arrives. */
  jumpTo(from: number, to = from): void {
    this.#highlight = { from, to };
    this.#anchorLine = from;
    this.reveal(from, false);
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
    const row = this.#model.rowAt(this.#scroller.scrollTop);
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
    this.#highlight = undefined;
    this.#anchorLine = 0;
    this.#pendingJump = 0;
    this.#textPx = 0;
    this.invalidate();
  }

  /** What row heights depend on now (see RowModel): the wrap width in columns, 0 when not wrapping. */
  #layout(): RowLayout {
    const width = this.#scroller.clientWidth;
    const cols = this.#wrap ? Math.max(20, Math.floor((width - this.#gutterPx - 2) / this.#charPx)) : 0;
    return { cols, rowPx: this.#rowPx, key: `${this.#wrap ? width : 0}:${this.#gutterPx}:${this.#charPx}` };
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
    const layout = this.#layout();
    this.#layoutKey = `${layout.key}:${layout.cols}`;
    model.update(layout, this.#generation);
    this.#jumped = -1;
    this.#place();
    const view = this.#scroller.clientHeight;
    if (this.#pendingJump) this.#tryJump(view);
    else if (this.#following) this.#scrollTo(this.#bottom()); // clamped to the bottom
    const top = this.#scroller.scrollTop;
    const rowPx = this.#rowPx;
    let from = model.count ? model.rowAt(Math.max(0, top - OVERSCAN_PX)) : 0;
    const to = model.count ? Math.min(model.count, model.rowAt(top + view + OVERSCAN_PX) + 1) : 0;
    // Rows are immutable once stored, so rows still in range are kept and only the edges change:
    // following a fast stream adds the new lines' rows and drops as many from the top.
    const hl = this.#highlight;
    const key = `${model.version}:${hl ? `${hl.from}-${hl.to}` : ""}:${this.#timestamps}`;
    const shown = this.#shown;
    if (this.#following && key === shown.key && from >= shown.to && model.count) {
      // following a backlog that arrives faster than frames: every row is new, and the next lines
      // will replace them again, so only the rows on screen now; the rows above come next frame
      from = Math.max(from, model.rowAt(top - rowPx));
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
      this.#measureRows(top);
    }
    const paintKey = `${this.#search.query}:${this.#search.current}`;
    if (this.#painted !== paintKey) {
      this.#painted = paintKey;
      paintMatches(this.#rows, this.#search);
    }
  }

  /** Bottom of the log: every row, and the line being written below them. */
  #bottom(): number {
    return this.#model.height + this.#partialPx;
  }

  // Sizes the sizer to the rows (and the line being written) and, not wrapping, to the widest text.
  #place(): void {
    this.#showPartial();
    this.#sizer.style.height = `${this.#bottom()}px`;
    const columns = Math.max(this.#store.maxWidth * this.#charPx, this.#textPx);
    const width = this.#wrap ? "" : `${Math.ceil(this.#gutterPx + columns + 24)}px`;
    if (this.#sizer.style.width !== width) this.#sizer.style.width = width;
  }

  /**
   * Reads the height the browser gave each row drawn (one layout for all of them) and, when one
   * differs from what the model had, moves the rows to their true places, keeping the line at
   * the top of the view (or the line jumped to) where it is on screen.
   */
  #measureRows(top: number): void {
    const model = this.#model;
    const anchor = this.#jumped >= 0 ? this.#jumped : model.rowAt(top);
    const anchorOffset = top - model.top(anchor);
    let changed = false;
    let row = this.#shown.from;
    for (const el of this.#rows.children as HTMLCollectionOf<HTMLElement>) {
      if (model.measured(row++, el.offsetHeight)) changed = true;
      if (!this.#wrap) this.#textPx = Math.max(this.#textPx, (el.lastElementChild as HTMLElement).offsetWidth);
    }
    if (!changed) {
      if (!this.#wrap) this.#place();
      return;
    }
    row = this.#shown.from;
    for (const el of this.#rows.children as HTMLCollectionOf<HTMLElement>) {
      const at = `${model.top(row++)}px`;
      if (el.style.top !== at) el.style.top = at;
    }
    this.#place();
    this.#scrollTo(this.#following && this.#jumped < 0 ? this.#bottom() : model.top(anchor) + anchorOffset);
    const now = this.#scroller.scrollTop;
    const view = this.#scroller.clientHeight;
    // rows that moved into view were not drawn: the next frame draws them
    if (model.rowAt(Math.max(0, now - OVERSCAN_PX)) < this.#shown.from || model.rowAt(now + view + OVERSCAN_PX) + 1 > this.#shown.to) this.invalidate();
  }

  // Shows the line still being written after the last row, as tall as the browser lays it out.
  #showPartial(): void {
    const p = this.#model.filtering || this.#model.tailHidden ? undefined : this.#store.partial;
    const key = p ? `${p.n}:${this.#model.height}:${this.#timestamps}:${this.#layoutKey}:${p.text}` : "";
    if (key === this.#partialKey) return;
    this.#partialKey = key;
    this.#partialRow.hidden = !p;
    if (!p) {
      this.#partialPx = 0;
      return;
    }
    this.#partialRow.style.top = `${this.#model.height}px`;
    this.#partialRow.innerHTML = `<span class="gutter"><span class="ln">${p.n}</span>${this.#timestamps ? timeHtml(0, 0) : ""}</span><span class="tx">${lineHtml(p.text, this.#store.styleAt(p.n))}</span>`;
    this.#partialPx = this.#partialRow.offsetHeight;
  }

  // The copy of a selection in the log: the lines' text (see log-copy.ts), not what the browser makes of the rows.
  #copy(e: ClipboardEvent): void {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !e.clipboardData) return;
    const range = selection.getRangeAt(0);
    const start = this.#pointAt(range.startContainer, range.startOffset);
    const end = this.#pointAt(range.endContainer, range.endOffset);
    if (!start || !end) return; // a selection reaching outside the log: the browser's own copy
    e.clipboardData.setData(
      "text/plain",
      copiedText((row) => this.#rowText(row), start, end),
    );
    e.preventDefault();
  }

  /** What row `row` shows as text: its line's, a group's title; the row after the last is the line being written. */
  #rowText(row: number): string {
    if (row >= this.#model.count) return this.#store.partial ? shownText(this.#store.partial.text) : "";
    const n = this.#model.lineAt(row);
    return this.#groups.startingAt(n)?.title ?? this.#store.plainText(n);
  }

  // A selection boundary as a row and an offset in that row's text; undefined when not in the log.
  #pointAt(node: Node, offset: number): RowPoint | undefined {
    if (node === this.#rows || node === this.#sizer) {
      const rows = this.#rows.children;
      if (node === this.#sizer) offset = offset === 0 ? 0 : rows.length;
      if (rows.length === 0) return undefined;
      const row = this.#shown.from + Math.min(offset, rows.length - 1);
      return { row, offset: offset >= rows.length ? this.#rowText(row).length : 0 };
    }
    const el = (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(".row, .partial");
    if (!el || !this.#sizer.contains(el)) return undefined;
    const row = el.classList.contains("partial") ? this.#model.count : this.#model.rowOf(Number(el.dataset.n));
    if (row < 0) return undefined;
    const text = el.querySelector(".gt") ?? el.querySelector(".tx");
    const length = this.#rowText(row).length;
    if (!text) return { row, offset: 0 };
    const within = document.createRange();
    within.selectNodeContents(text);
    const where = within.comparePoint(node, offset);
    if (where !== 0) return { row, offset: where < 0 ? 0 : length };
    within.setEnd(node, offset);
    return { row, offset: Math.min(length, within.toString().length) };
  }

  #rowsHtml(from: number, to: number): string {
    const model = this.#model;
    const store = this.#store;
    const stepStart = this.#timestamps ? store.time(store.first) : 0;
    const hl = this.#highlight;
    const now = Date.now();
    let html = "";
    for (let row = from; row < to; row++) {
      const n = model.lineAt(row);
      const g = this.#groups.startingAt(n);
      const cls = `row${hl && n >= hl.from && n <= hl.to ? " hl" : ""}${g ? " grp" : ""}`;
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
        } else if (c?.kind === "message") text = `<span class="tx msg-${c.level}">${linkify(escapeHtml(c.text))}</span>`;
        else text = `<span class="tx">${lineHtml(store.line(n) ?? "", store.styleAt(n))}</span>`;
      }
      const problem = store.problem(n);
      html += `<div class="${cls}${problem ? ` problem-${problem.level}` : ""}" data-n="${n}" style="top:${model.top(row)}px">${gutter}${text}</div>`;
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
    const top = this.#model.top(row);
    const visible = top >= this.#scroller.scrollTop && top + this.#rowPx <= this.#scroller.scrollTop + view;
    if (!visible) this.#scrollTo(Math.max(0, top - view / (this.#pendingCenter ? 2 : 3))); // a clicked line number stays put
    this.#pendingJump = 0;
    this.#jumped = row;
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
    const metrics = [
      box.height || 18,
      (probe.lastElementChild as HTMLElement).getBoundingClientRect().width / 100 || 7.2,
      tx.left - box.left + parseFloat(getComputedStyle(probe).paddingRight || "0"),
    ];
    probe.remove();
    if (metrics.join() === [this.#rowPx, this.#charPx, this.#gutterPx].join()) return; // (a resize: the layout key says if rows change)
    [this.#rowPx, this.#charPx, this.#gutterPx] = metrics;
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
