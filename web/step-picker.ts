/**
 * The list of recent and running steps, from `GET /api/steps`, refreshed every few seconds
 * while the tab is visible and no build is open (a build page has its own stream; a poll
 * beside it would take a third connection). Entries keep their place and are updated in
 * place, so the list never moves under the pointer; new steps come in at the top.
 */
import { stepName, type StepRef } from "../common/domain.ts";
import { errorReason, recentStepsUrl, type RecentStep } from "./api.ts";
import { countOf, localDateTime } from "./format.ts";

const REFRESH_MS = 3000;
const LIMIT = 50;

export class StepPicker {
  readonly #list: HTMLElement;
  readonly #note: HTMLElement;
  readonly #token: () => string | undefined;
  readonly #pick: (step: StepRef) => void;
  readonly #items = new Map<string, HTMLLIElement>();
  readonly #poll: () => boolean;
  #current = "";
  #timer?: ReturnType<typeof setTimeout>;

  /**
   * `token`: the viewer token to put in the list's URL, if the page still has to (see viewer.ts);
   * `poll`: whether to keep refreshing it now.
   */
  constructor(list: HTMLElement, note: HTMLElement, token: () => string | undefined, pick: (step: StepRef) => void, poll: () => boolean) {
    this.#list = list;
    this.#note = note;
    this.#token = token;
    this.#pick = pick;
    this.#poll = poll;
    document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && this.#poll() && this.refresh());
  }

  /** Marks the step being viewed. */
  select(step: StepRef | undefined): void {
    this.#current = step ? stepName(step) : "";
    for (const li of this.#list.children) li.classList.toggle("current", (li as HTMLElement).dataset.name === this.#current);
  }

  /** Reloads the list; resolves with the steps shown (newest first), or [] when unavailable. */
  async refresh(): Promise<RecentStep[]> {
    clearTimeout(this.#timer);
    let steps: RecentStep[] = [];
    try {
      const res = await fetch(recentStepsUrl(LIMIT, this.#token()));
      if (!res.ok) throw new Error(await errorReason(res));
      this.#note.textContent = "";
      steps = ((await res.json()) as { steps: RecentStep[] }).steps;
      this.#show(steps);
    } catch (err) {
      this.#note.textContent = `step list unavailable: ${(err as Error).message}`;
    }
    if (document.visibilityState === "visible" && this.#poll()) this.#timer = setTimeout(() => this.#poll() && void this.refresh(), REFRESH_MS);
    return steps;
  }

  #show(steps: RecentStep[]): void {
    const listed = new Set(steps.map((s) => s.name));
    for (const [name, li] of this.#items) {
      if (!listed.has(name)) {
        li.remove();
        this.#items.delete(name);
      }
    }
    const top = this.#list.firstElementChild;
    for (const s of steps) {
      let li = this.#items.get(s.name);
      if (!li) {
        li = this.#make(s);
        this.#items.set(s.name, li);
        this.#list.insertBefore(li, top); // new ones on top, in the list's order
      }
      this.#fill(li, s);
    }
    this.#note.textContent = steps.length === 0 ? "no recent steps yet" : "";
  }

  #make(s: RecentStep): HTMLLIElement {
    const li = document.createElement("li");
    li.dataset.name = s.name;
    li.classList.toggle("current", s.name === this.#current);
    const button = li.appendChild(document.createElement("button"));
    button.type = "button";
    for (const cls of ["name", "pill", "count"]) button.appendChild(document.createElement("span")).className = cls;
    button.addEventListener("click", () => this.#pick(s));
    return li;
  }

  #fill(li: HTMLLIElement, s: RecentStep): void {
    const button = li.firstElementChild as HTMLButtonElement;
    button.title = `last activity ${localDateTime(s.updated)}`;
    const [name, status, count] = button.children as unknown as HTMLElement[];
    name.textContent = s.name;
    status.dataset.status = s.status;
    if (status.textContent !== s.status) status.textContent = s.status;
    const lines = countOf(s.lines, "line");
    if (count.textContent !== lines) count.textContent = lines;
  }
}
