/**
 * `logrelay tail`: follows a step's stream (docs/api.md) and prints its lines as they are,
 * colours and all. It reconnects by itself after a dropped stream or a refusal worth retrying,
 * resuming after the last line it printed, and returns 0 when the step ended success, else 1.
 * On a terminal it also shows the line being written (`event: partial`, a progress bar) on the
 * last row, replaced by the whole line when it comes; into a pipe only whole lines go.
 */
import { SseParser } from "../sse-parser.ts";
import { backoffMs, retryAfterMs } from "../http-call.ts";
import { say } from "./say.ts";
import type { TailOptions } from "./options.ts";

interface Lines {
  n: number;
  lines: string[];
}

/** The last row of a terminal, showing the line being written until the whole line comes. */
class PartialRow {
  readonly #out: NodeJS.WritableStream & { columns?: number };
  #shown = false;

  constructor(out: NodeJS.WritableStream) {
    this.#out = out;
  }

  show(line: string): void {
    // what a terminal would show of it: the text after its last \r, cut to one row
    const state = line.split("\r").findLast((s) => s !== "") ?? "";
    this.#out.write(`\r\x1b[2K${state.slice(0, (this.#out.columns || 80) - 1)}`);
    this.#shown = true;
  }

  clear(): void {
    if (this.#shown) this.#out.write("\r\x1b[2K");
    this.#shown = false;
  }
}

export async function tail(options: TailOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const auth: Record<string, string> = options.token ? { Authorization: `Bearer ${options.token}` } : {};
  let lastId = "";
  let printed = 0; // number of the last line printed
  let retryMs = 1000;
  const partial = (out as NodeJS.WriteStream).isTTY === true ? new PartialRow(out) : undefined;
  for (let attempt = 0; ;) {
    let res: Response;
    try {
      res = await fetch(options.step.events, { headers: { Accept: "text/event-stream", ...auth, ...(lastId ? { "Last-Event-ID": lastId } : {}) } });
    } catch (err) {
      await pause(backoffMs(attempt++, 250), `cannot reach ${options.step.events} (${networkError(err)})`, attempt);
      continue;
    }
    if (res.status === 204) return exitCode(await stepStatus(options, auth)); // resumed at the end of an ended step
    if (!res.ok || !res.body) {
      const body = await res.text().catch(() => "");
      const error = `${res.status} ${errorOf(body)}`;
      if (res.status < 500 && res.status !== 429 && res.status !== 408) {
        say(`cannot follow the step: ${error}`);
        return 1;
      }
      await pause(Math.max(retryAfterMs(res.headers.get("retry-after")) ?? 0, backoffMs(attempt++, 250)), error, attempt);
      continue;
    }
    attempt = 0;
    const parser = new SseParser();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        for (const event of parser.push(chunk)) {
          if (event.type === "partial") {
            const data = JSON.parse(event.data) as { n: number; line: string };
            if (data.n === printed + 1) partial?.show(data.line);
            continue; // no id: not a resume point
          }
          partial?.clear();
          if (event.type === "message") {
            const data = JSON.parse(event.data) as Lines;
            const fresh = data.lines.slice(Math.max(0, printed + 1 - data.n)); // never a line twice
            if (fresh.length > 0) out.write(`${fresh.join("\n")}\n`);
            printed = Math.max(printed, data.n + data.lines.length - 1);
          } else if (event.type === "truncated") {
            const data = JSON.parse(event.data) as { firstAvailable: number; restarted?: boolean };
            say(
              data.restarted
                ? `the step started again: its lines from ${data.firstAvailable} follow`
                : `lines before ${data.firstAvailable} are no longer kept`,
            );
            printed = data.firstAvailable - 1;
          } else if (event.type === "end") {
            const data = JSON.parse(event.data) as { status: string };
            return exitCode(data.status);
          }
          lastId = event.lastEventId;
        }
      }
    } catch {
      // the stream dropped (a relay died, nginx restarted): resume after the last id
    }
    partial?.clear();
    retryMs = parser.retryMs ?? retryMs;
    await new Promise((r) => setTimeout(r, retryMs));
  }
}

function exitCode(status: string | undefined): number {
  say(`the step ended ${status ?? "(status unknown)"}`);
  return status === "success" ? 0 : 1;
}

/** The step's status from its build's list (a 204 carries none). */
async function stepStatus(options: TailOptions, auth: Record<string, string>): Promise<string | undefined> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const res = await fetch(options.step.buildSteps, { headers: auth });
      if (res.ok) {
        const { steps } = (await res.json()) as { steps: { step: number; status: string }[] };
        return steps.find((s) => s.step === options.step.step.step)?.status;
      }
    } catch {
      // tried again below
    }
    await new Promise((r) => setTimeout(r, backoffMs(attempt, 250)));
  }
  return undefined;
}

let saidAt = 0;
// Waits before the next attempt; says why at the first failure and then every 30 s.
async function pause(ms: number, why: string, attempt: number): Promise<void> {
  if (attempt === 1 || Date.now() - saidAt > 30_000) {
    saidAt = Date.now();
    say(`${why}; trying again`);
  }
  await new Promise((r) => setTimeout(r, ms));
}

function errorOf(body: string): string {
  try {
    return (JSON.parse(body) as { error?: string }).error ?? body.slice(0, 200);
  } catch {
    return body.slice(0, 200);
  }
}

function networkError(err: unknown): string {
  // fetch's "fetch failed" says nothing: the cause does (or, connecting to several addresses, the first of its causes)
  const cause = (err as Error & { cause?: { code?: string; message?: string; errors?: { code?: string }[] } }).cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? (err as Error).message;
}
