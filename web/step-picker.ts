/**
 * The list of recent and running steps, from `GET /api/steps`, refreshed every few seconds
 * while the tab is visible (a poll of one cheap request; no stream per listed step).
 */
import { stepName, type StepRef } from "../common/step.ts";
import { errorReason, recentStepsUrl, type StepSummary } from "./api.ts";

const REFRESH_MS = 3000;
const LIMIT = 50;

export class StepPicker {
  readonly #list: HTMLElement;
  readonly #note: HTMLElement;
  readonly #token: () => string | undefined;
  readonly #pick: (step: StepRef) => void;
  #current = "";
  #timer?: ReturnType<typeof setTimeout>;

  /** `token`: the viewer token to put in the list's URL, if the page still has to (see viewer.ts) */
  constructor(list: HTMLElement, note: HTMLElement, token: () => string | undefined, pick: (step: StepRef) => void) {
    this.#list = list;
    this.#note = note;
    this.#token = token;
    this.#pick = pick;
    document.addEventListener("visibilitychange", () => document.visibilityState === "visible" && this.refresh());
  }

  /** Marks the step being viewed. */
  select(step: StepRef | undefined): void {
    this.#current = step ? stepName(step) : "";
    for (const li of this.#list.children) li.classList.toggle("current", (li as HTMLElement).dataset.name === this.#current);
  }

  /** Reloads the list; resolves with the steps shown (newest first), or [] when unavailable. */
  async refresh(): Promise<StepSummary[]> {
    clearTimeout(this.#timer);
    let steps: StepSummary[] = [];
    try {
      const res = await fetch(recentStepsUrl(LIMIT, this.#token()));
      if (!res.ok) throw new Error(await errorReason(res));
      this.#note.textContent = "";
      steps = ((await res.json()) as { steps: StepSummary[] }).steps;
      this.#show(steps);
    } catch (err) {
      this.#note.textContent = `step list unavailable: ${(err as Error).message}`;
    }
    if (document.visibilityState === "visible") this.#timer = setTimeout(() => void this.refresh(), REFRESH_MS);
    return steps;
  }

  #show(steps: StepSummary[]): void {
    const items = steps.map((s) => {
      const li = document.createElement("li");
      li.dataset.name = s.name;
      li.classList.toggle("current", s.name === this.#current);
      const button = li.appendChild(document.createElement("button"));
      button.type = "button";
      button.title = `last activity ${new Date(s.updated).toLocaleString()}`;
      const name = button.appendChild(document.createElement("span"));
      name.className = "name";
      name.textContent = s.name;
      const status = button.appendChild(document.createElement("span"));
      status.className = "pill";
      status.dataset.status = s.status;
      status.textContent = s.status;
      const count = button.appendChild(document.createElement("span"));
      count.className = "count";
      count.textContent = `${s.lines.toLocaleString("en")} lines`;
      button.addEventListener("click", () => this.#pick(s));
      return li;
    });
    this.#list.replaceChildren(...items);
    if (steps.length === 0) this.#note.textContent = "no recent steps yet";
  }
}
