/**
 * The build's steps in the side bar: name, status and duration (running ones tick each second),
 * in step order, each row updated in place so nothing moves under the pointer; a click opens
 * that step without reloading the page.
 */
import type { BuildRef, BuildStep } from "./api.ts";
import { formatDuration } from "./log-groups.ts";
import { countOf } from "./format.ts";

export class BuildView {
  readonly #section: HTMLElement;
  readonly #title: HTMLElement;
  readonly #list: HTMLElement;
  readonly #pick: (step: number) => void;
  readonly #items = new Map<number, HTMLLIElement>();
  #steps: readonly BuildStep[] = [];
  #current = 0;
  #timer?: ReturnType<typeof setInterval>;

  constructor(section: HTMLElement, pick: (step: number) => void) {
    this.#section = section;
    this.#title = section.querySelector("h2")!;
    this.#list = section.querySelector("ol")!;
    this.#pick = pick;
  }

  /** Shows another build (empty until its steps come), or none. */
  setBuild(build: BuildRef | undefined): void {
    this.#items.clear();
    this.#list.replaceChildren();
    this.#steps = [];
    this.#section.hidden = !build;
    if (build) this.#title.textContent = `Build ${build.org}/${build.repo} #${build.build}`;
    clearInterval(this.#timer);
    this.#timer = build ? setInterval(() => this.#tick(), 1000) : undefined;
  }

  select(step: number): void {
    this.#current = step;
    for (const [n, li] of this.#items) {
      const button = li.firstElementChild as HTMLElement;
      if (n === step) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
    }
  }

  show(steps: readonly BuildStep[]): void {
    this.#steps = steps;
    let before: Element | null = this.#list.firstElementChild;
    for (const s of steps) {
      let li = this.#items.get(s.step);
      if (!li) {
        li = this.#make(s.step);
        this.#items.set(s.step, li);
        this.#list.insertBefore(li, before);
      }
      before = li.nextElementSibling;
      this.#fill(li, s);
    }
  }

  /** Name of step n as listed ("" when unnamed or not listed). */
  nameOf(n: number): string {
    return this.#steps.find((s) => s.step === n)?.name ?? "";
  }

  #make(step: number): HTMLLIElement {
    const li = document.createElement("li");
    li.dataset.step = String(step);
    const button = li.appendChild(document.createElement("button"));
    button.type = "button";
    for (const cls of ["name", "pill", "dur", "count"]) button.appendChild(document.createElement("span")).className = cls;
    button.addEventListener("click", () => this.#pick(step));
    if (step === this.#current) button.setAttribute("aria-current", "true");
    return li;
  }

  #fill(li: HTMLLIElement, s: BuildStep): void {
    const [name, pill, dur, count] = li.firstElementChild!.children as unknown as HTMLElement[];
    set(name, s.name || `step ${s.step}`);
    set(pill, s.status);
    pill.dataset.status = s.status;
    set(dur, duration(s, Date.now()));
    set(count, s.lines ? countOf(s.lines, "line") : "no line yet");
  }

  #tick(): void {
    const now = Date.now();
    for (const s of this.#steps) {
      if (s.status !== "running") continue;
      const li = this.#items.get(s.step);
      if (li) set(li.querySelector(".dur")!, duration(s, now));
    }
  }
}

function set(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

function duration(s: BuildStep, now: number): string {
  if (!s.started) return "";
  return formatDuration(Math.max(0, (s.ended ?? (s.status === "running" ? now : (s.updated ?? now))) - s.started));
}

/** The step a build page opens by itself: a running one, else the first failed, else the last. */
export function stepToOpen(steps: readonly BuildStep[]): BuildStep | undefined {
  return steps.find((s) => s.status === "running") ?? steps.find((s) => s.status === "failure" || s.status === "error") ?? steps.at(-1);
}
