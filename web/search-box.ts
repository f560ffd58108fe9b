/**
 * The search box: every match highlighted, "k of n", next / previous (Enter, Shift+Enter, the
 * arrows) opening the groups a match is in; and the filter mode, which shows only the lines
 * that match. Either way a query with no match says so.
 */
import type { LineFilter } from "./line-filter.ts";
import type { LineSearch } from "./line-search.ts";
import type { LogStore } from "./log-store.ts";
import type { LogView } from "./log-view.ts";
import { countOf, groupDigits } from "./format.ts";

export class SearchBox {
  readonly #input: HTMLInputElement;
  readonly #count: HTMLElement;
  readonly #mode: HTMLButtonElement;
  readonly #empty: HTMLElement;
  readonly #store: LogStore;
  readonly #search: LineSearch;
  readonly #filter: LineFilter;
  readonly #view: LogView;

  constructor(form: HTMLFormElement, store: LogStore, search: LineSearch, filter: LineFilter, view: LogView) {
    this.#input = form.querySelector("input")!;
    this.#count = form.querySelector(".search-count")!;
    this.#mode = form.querySelector("button.filter-mode")!;
    this.#empty = document.getElementById("log-empty")!;
    this.#store = store;
    this.#search = search;
    this.#filter = filter;
    this.#view = view;
    form.addEventListener("submit", (e) => e.preventDefault());
    this.#input.addEventListener("input", () => this.#set());
    this.#input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        this.step(e.shiftKey ? -1 : 1);
      } else if (e.key === "Escape") {
        this.#input.value = "";
        this.#set();
        document.getElementById("log")!.focus();
      }
    });
    form.querySelector("button.search-next")!.addEventListener("click", () => this.step(1));
    form.querySelector("button.search-prev")!.addEventListener("click", () => this.step(-1));
    this.#mode.addEventListener("click", () => {
      this.#mode.setAttribute("aria-pressed", String(!this.filtering));
      this.#set();
    });
  }

  get filtering(): boolean {
    return this.#mode.getAttribute("aria-pressed") === "true";
  }

  focus(): void {
    this.#input.focus();
    this.#input.select();
  }

  /** Goes to the next (+1) or previous (-1) match. */
  step(direction: 1 | -1): void {
    const line = this.#search.step(direction, this.#view.topLine());
    if (line !== undefined) this.#view.reveal(line);
    this.#view.searchChanged();
    this.#show();
  }

  /** New lines may hold matches: the count follows (the search and filter scan them in the view's frame). */
  linesArrived(): void {
    this.#search.update(this.#store);
    this.#filter.update(this.#store);
    this.#show();
  }

  #set(): void {
    const q = this.#input.value;
    this.#search.set(q, this.#store);
    this.#filter.set(this.filtering ? q : "", this.#store);
    this.#view.searchChanged();
    this.#show();
  }

  #show(): void {
    const q = this.#search.query;
    const total = this.#search.total;
    const current = this.#search.current;
    const text =
      q === "" ? "" : total === 0 ? "no match" : current < 0 ? countOf(total, "match", "matches") : `${groupDigits(current + 1)} of ${groupDigits(total)}`;
    if (this.#count.textContent !== text) this.#count.textContent = text;
    const none = q !== "" && total === 0 && this.#store.count > 0;
    this.#empty.hidden = !none;
    if (none) this.#empty.textContent = `No line matches “${this.#input.value}”${this.filtering ? "" : ""}.`;
  }
}
