/**
 * The one helper tests use to get real servers: the local stack of scripts/local-stack.ts
 * (redis-server, producer, relays, nginx on loopback), and small clients for its API.
 */
import { startStack, type LocalStack, type StackOptions } from "../../scripts/local-stack.ts";

export type { LocalStack } from "../../scripts/local-stack.ts";
export { freePort, startRelay, startNginx, startProducer, LocalRedis, tempDir } from "../../scripts/local-stack.ts";

const open: LocalStack[] = [];

/** Starts a stack for a test file; `stopAllStacks()` in afterAll stops it. */
export async function startTestStack(options: StackOptions = {}): Promise<LocalStack> {
  const stack = await startStack({ relays: 2, ...options, relayEnv: { LOG_LEVEL: "warn", ...options.relayEnv }, producerEnv: { LOG_LEVEL: "warn", ...options.producerEnv } });
  open.push(stack);
  return stack;
}

export async function stopAllStacks(): Promise<void> {
  while (open.length) await open.pop()!.stop();
}

let stepCounter = 0;
/** A step path no other test uses. */
export function uniqueStep(org = "acme"): { org: string; repo: string; build: number; step: number; path: string } {
  const build = Date.now() % 1_000_000_000;
  const step = ++stepCounter;
  const repo = `repo${process.pid}`;
  return { org, repo, build, step, path: `/${org}/${repo}/builds/${build}/steps/${step}` };
}

export async function appendLines(baseUrl: string, stepPath: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}${stepPath}/logs`, { method: "POST", headers: { "Content-Type": "text/plain", ...headers }, body });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export async function endStep(baseUrl: string, stepPath: string, status = "success", headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}${stepPath}/logs/end`, { method: "POST", headers: { "Content-Type": "application/json", ...headers }, body: JSON.stringify({ status }) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export function lines(from: number, to: number, prefix = "line"): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix} ${from + i}`);
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Reads one metric's value (summed over its series) from a /metrics endpoint. */
export async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split("\n")) {
    if (line.startsWith(`${name} `) || line.startsWith(`${name}{`)) sum += Number(line.slice(line.lastIndexOf(" ") + 1));
  }
  return sum;
}
