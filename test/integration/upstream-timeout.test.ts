/**
 * nginx's 504: a relay that takes no connection at all (a frozen process whose accept queue is
 * full drops the handshake, as a dead host's address does) costs a viewer proxy_connect_timeout,
 * then the contract's JSON error with Retry-After, not nginx's HTML page. Through the
 * repository's nginx.conf, with the stack's relay replaced on its port by such a listener.
 */
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, stopAllStacks, uniqueStep, type LocalStack } from "../support/stack.ts";
import { buildRequest, rawRequest } from "../support/raw-http.ts";

let stack: LocalStack;
let frozen: ChildProcess | undefined;
const held: net.Socket[] = [];

beforeAll(async () => {
  stack = await startTestStack({ relays: 1 });
});
afterAll(async () => {
  for (const s of held) s.destroy();
  frozen?.kill("SIGKILL");
  await stopAllStacks();
});

/** A listener on `port` with an accept queue of one, which never accepts: SIGSTOPped once listening. */
async function frozenListener(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [
    "-e",
    `require("node:net").createServer().listen({ port: ${port}, host: "127.0.0.1", backlog: 1 }, () => console.log("listening"))`,
  ]);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`the listener exited ${code}`)));
  });
  child.kill("SIGSTOP");
  return child;
}

/** Connects until a handshake no longer completes within `ms`: the accept queue is then full. */
async function fillAcceptQueue(port: number, ms = 300, most = 64): Promise<number> {
  for (let n = 0; n < most; n++) {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.on("error", () => undefined);
    held.push(socket);
    const connected = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      socket.once("connect", () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!connected) return n;
  }
  throw new Error(`${most} connections completed: the accept queue never filled`);
}

describe("a relay that takes no connection", () => {
  it("gets a viewer nginx's JSON 504 with Retry-After within a second", async () => {
    const relay = stack.relays[0];
    await relay.stop();
    frozen = await frozenListener(relay.port);
    const queued = await fillAcceptQueue(relay.port);
    expect(queued).toBeGreaterThan(0);

    const s = uniqueStep();
    const started = performance.now();
    const res = await rawRequest(stack.nginx.port, buildRequest("GET", `${s.path}/logs`, { Accept: "text/event-stream" }), 10_000);
    const tookMs = performance.now() - started;
    expect(res.status, res.body.slice(0, 200)).toBe(504);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.headers["retry-after"]).toBe("1");
    expect(JSON.parse(res.body)).toEqual({ error: "no service instance answered in time; retry" });
    expect(tookMs).toBeLessThan(1000); // proxy_connect_timeout 300ms, not the default 60 s
  });
});
