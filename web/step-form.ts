/** The org / repo / build / step form and its Connect / Disconnect button. */
import { isStepRef, parseStepRef, type StepRef } from "../common/domain.ts";

export interface StepFormEvents {
  connect(step: StepRef): void;
  disconnect(): void;
}

export class StepForm {
  readonly #form: HTMLFormElement;
  readonly #button: HTMLButtonElement;
  readonly #error: HTMLElement;
  #connected = false;

  constructor(form: HTMLFormElement, events: StepFormEvents) {
    this.#form = form;
    this.#button = form.querySelector("button[type=submit]")!;
    this.#error = form.querySelector(".form-error")!;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (this.#connected) return events.disconnect();
      const step = this.read();
      if (step) events.connect(step);
    });
  }

  /** The step in the fields, or undefined with the reason shown beside the form. */
  read(): StepRef | undefined {
    const value = (name: string) => (this.#form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const step = parseStepRef({ org: value("org"), repo: value("repo"), build: value("build"), step: value("step") });
    this.#error.textContent = isStepRef(step) ? "" : step.error;
    return isStepRef(step) ? step : undefined;
  }

  fill(step: StepRef): void {
    for (const [name, v] of Object.entries({ org: step.org, repo: step.repo, build: step.build, step: step.step })) {
      (this.#form.elements.namedItem(name) as HTMLInputElement).value = String(v);
    }
  }

  setConnected(connected: boolean): void {
    this.#connected = connected;
    this.#button.textContent = connected ? "Disconnect" : "Connect";
  }
}
