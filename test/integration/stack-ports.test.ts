/**
 * `npm run stack` (scripts/stack.ts) when one of its ports is taken (issue 10, bug 5): a port
 * derived from PORT is replaced by a free one, and a port the user asked for stops the stack
 * with a message naming it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT, freePort, portFree } from "../../scripts/local-stack.ts";
import { waitFor } from "../support/stack.ts";

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup.length = 0;
});

/** Holds a port on 127.0.0.1 until the test ends. */
async function hold(port: number): Promise<void> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  cleanup.push(() => new Promise((r) => server.close(r)));
}

/** A PORT whose derived ports (REDIS PORT-1700, producer PORT+100, relays PORT+101..) are all free now. */
async function basePort(relays: number): Promise<number> {
  for (;;) {
    const port = await freePort();
    const derived = [port - 1700, port + 100, ...Array.from({ length: relays }, (_, i) => port + 101 + i)];
    if (port > 1701 && port + 101 + relays < 65536 - 200 && (await Promise.all(derived.map(portFree))).every(Boolean)) return port;
  }
}

interface Run {
  child: ChildProcess;
  out: () => string;
  exited: Promise<number | null>;
}

function runStack(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/stack.ts")], {
    env: { ...process.env, DEMO: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  cleanup.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
    rmSync(path.join(ROOT, ".stack", env.PORT), { recursive: true, force: true });
  });
  return { child, out: () => out, exited };
}

describe("npm run stack with a port taken", () => {
  it("picks free ports for the producer and a relay whose derived ports are taken, says so, and works", { timeout: 90_000 }, async () => {
    const port = await basePort(2);
    await hold(port + 100);
    await hold(port + 101);
    const run = runStack({ PORT: String(port), RELAYS: "2" });
    await waitFor(() => run.out().includes("logrelay is up") || run.child.exitCode !== null, "the stack to start", 60_000);
    expect(run.out()).toContain("logrelay is up");
    expect(run.out()).toContain(`port ${port + 100} (producer, derived from PORT) is in use`);
    expect(run.out()).toContain(`port ${port + 101} (relay1, derived from PORT) is in use`);
    expect(run.out()).not.toContain(`producer:           http://127.0.0.1:${port + 100} `);
    expect(run.out()).toContain(`http://127.0.0.1:${port + 102}`); // relay2 kept its own

    // through nginx on PORT, to the producer and the relays on the ports picked instead
    const step = `http://127.0.0.1:${port}/acme/ports/builds/1/steps/1`;
    const appended = await fetch(`${step}/logs`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "hello\n" });
    expect(await appended.json()).toMatchObject({ appended: 1 });
    expect(await (await fetch(`${step}/logs`)).text()).toBe("hello\n");

    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });

  it("refuses to start when PORT or REDIS_PORT, asked for, is taken, naming the port", { timeout: 30_000 }, async () => {
    const port = await basePort(1);
    await hold(port);
    const byPort = runStack({ PORT: String(port), RELAYS: "1" });
    expect(await byPort.exited).toBe(1);
    expect(byPort.out()).toContain(`port ${port} (nginx, PORT) is in use`);

    const other = await basePort(1);
    const redisPort = await freePort();
    await hold(redisPort);
    const byRedis = runStack({ PORT: String(other), RELAYS: "1", REDIS_PORT: String(redisPort) });
    expect(await byRedis.exited).toBe(1);
    expect(byRedis.out()).toContain(`port ${redisPort} (redis, REDIS_PORT) is in use`);
  });
});
