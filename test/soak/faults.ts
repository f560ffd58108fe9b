/**
 * The faults the soak injects, and the supervisor that starts again what a fault stopped, as
 * systemd, Compose or Kubernetes would. Each `inject` returns once the fault is over and every
 * part it touched is running again.
 */
import { Redis } from "ioredis";
import { startProducer, startRelay, type LocalClusterNode, type LocalRedis, type LocalStack, type Proc } from "../../scripts/local-stack.ts";
import { keySlot, stepKeys } from "../../common/contract.ts";
import type { Rng } from "./rng.ts";

export const SINGLE_FAULTS = ["relay-kill", "relay-stop", "producer-kill", "nginx-reload", "redis-stop"] as const;
export const CLUSTER_FAULTS = [...SINGLE_FAULTS, "master-kill", "slot-migrate"] as const;
export type FaultKind = (typeof CLUSTER_FAULTS)[number];

export interface Parts {
  readonly stack: LocalStack;
  /** the services' environment, as the stack started them */
  readonly relayEnv: Record<string, string>;
  readonly producerEnv: Record<string, string>;
  /** the running steps (for a slot to migrate) */
  steps(): string[];
  log(message: string): void;
}

export async function inject(kind: FaultKind, parts: Parts, rng: Rng): Promise<string> {
  const { stack } = parts;
  switch (kind) {
    case "relay-kill": {
      const i = rng.int(0, stack.relays.length - 1);
      await stack.relays[i].stop("SIGKILL");
      await sleep(rng.int(200, 3000));
      stack.relays[i] = await restartRelay(stack, i, parts.relayEnv);
      return `relay${i + 1} SIGKILL, started again`;
    }
    case "relay-stop": {
      const i = rng.int(0, stack.relays.length - 1);
      const ms = rng.int(1000, 5000);
      await hang(stack.relays[i], ms);
      return `relay${i + 1} SIGSTOP for ${ms} ms`;
    }
    case "producer-kill": {
      await stack.producer.stop("SIGKILL");
      await sleep(rng.int(200, 3000));
      (stack as { producer: Proc }).producer = await startProducer({
        dir: stack.dir,
        redisUrl: stack.redis.url,
        env: parts.producerEnv,
        port: stack.producer.port,
      });
      return "producer SIGKILL, started again";
    }
    case "nginx-reload": {
      await stack.nginx.reload();
      return "nginx reload (SIGHUP; old workers close their streams within worker_shutdown_timeout)";
    }
    case "redis-stop": {
      const ms = rng.int(1000, 4000);
      if (!stack.cluster) {
        await hang((stack.redis as LocalRedis).proc, ms);
        return `redis SIGSTOP for ${ms} ms`;
      }
      // a hung master: past cluster-node-timeout its replica takes over and it comes back as a replica
      const master = rng.pick(await mastersOf(stack));
      await hang(master.proc, ms);
      await clusterHealthy(stack, 60_000);
      return `master :${master.port} SIGSTOP for ${ms} ms, now ${await roleOf(master)}`;
    }
    case "master-kill": {
      const master = rng.pick(await mastersOf(stack));
      await master.kill("SIGKILL");
      await waitFor(async () => (await mastersOf(stack)).length === 3, 30_000, "a replica promoted");
      await sleep(rng.int(200, 3000));
      await master.restart();
      await clusterHealthy(stack, 60_000);
      return `master :${master.port} SIGKILL, back as ${await roleOf(master)}`;
    }
    case "slot-migrate": {
      const step = rng.pick(parts.steps());
      if (!step) return "slot-migrate: no running step";
      return migrateSlot(stack, stepKeys(stepRef(step)).meta, rng);
    }
  }
}

/** Starts again, with the same environment, whatever is down (after the last fault). */
export async function restartAll(parts: Parts): Promise<void> {
  const { stack } = parts;
  for (let i = 0; i < stack.relays.length; i++) if (!stack.relays[i].running) stack.relays[i] = await restartRelay(stack, i, parts.relayEnv);
  if (!stack.producer.running)
    (stack as { producer: Proc }).producer = await startProducer({
      dir: stack.dir,
      redisUrl: stack.redis.url,
      env: parts.producerEnv,
      port: stack.producer.port,
    });
  if (stack.cluster) await clusterHealthy(stack, 60_000);
}

function restartRelay(stack: LocalStack, i: number, env: Record<string, string>): Promise<Proc> {
  return startRelay({ dir: stack.dir, redisUrl: stack.redis.url, env, name: `relay${i + 1}`, port: stack.relays[i].port });
}

async function hang(proc: Proc, ms: number): Promise<void> {
  proc.pause();
  await sleep(ms);
  proc.resume();
}

// Asked over ioredis, not with the stack's redis-cli helpers: those block the event loop the
// soak's viewers and workers run on.
async function ask<T>(node: LocalClusterNode, command: (r: Redis) => Promise<T>): Promise<T | undefined> {
  if (!node.running) return undefined;
  const r = new Redis(node.port, "127.0.0.1", {
    lazyConnect: true,
    connectTimeout: 1000,
    commandTimeout: 1000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  try {
    await r.connect();
    return await command(r);
  } catch {
    return undefined;
  } finally {
    r.disconnect();
  }
}

async function roleOf(node: LocalClusterNode): Promise<string> {
  const role = await ask(node, (r) => r.call("ROLE") as Promise<unknown[]>);
  return role ? String(role[0]) : "down";
}

async function mastersOf(stack: LocalStack): Promise<LocalClusterNode[]> {
  const roles = await Promise.all(stack.cluster!.nodes.map(roleOf));
  return stack.cluster!.nodes.filter((_, i) => roles[i] === "master");
}

/** Every running node says cluster_state:ok and every replica's link to its master is up. */
async function clusterHealthy(stack: LocalStack, timeoutMs: number): Promise<void> {
  await waitFor(
    async () => {
      const infos = await Promise.all(
        stack.cluster!.nodes.filter((n) => n.running).map((n) => ask(n, async (r) => `${await r.cluster("INFO")}\n${await r.info("replication")}`)),
      );
      return infos.every((i) => i !== undefined && i.includes("cluster_state:ok") && (i.includes("role:master") || i.includes("master_link_status:up")));
    },
    timeoutMs,
    "the cluster healthy again",
  );
}

/** Moves the slot of `key` to another master, as `redis-cli --cluster reshard` does, while lines flow. */
async function migrateSlot(stack: LocalStack, key: string, rng: Rng): Promise<string> {
  const from = await masterOf(stack, key);
  const to = rng.pick((await mastersOf(stack)).filter((m) => m !== from));
  const slot = keySlot(key);
  const [a, b] = [new Redis(from.port, "127.0.0.1"), new Redis(to.port, "127.0.0.1")];
  try {
    const [idA, idB] = [(await a.cluster("MYID")) as string, (await b.cluster("MYID")) as string];
    await b.cluster("SETSLOT", slot, "IMPORTING", idA);
    await a.cluster("SETSLOT", slot, "MIGRATING", idB);
    for (;;) {
      const keys = (await a.cluster("GETKEYSINSLOT", slot, 100)) as string[];
      if (keys.length === 0) break;
      await a.migrate("127.0.0.1", to.port, "", 0, 5000, "KEYS", ...keys);
    }
    await b.cluster("SETSLOT", slot, "NODE", idB);
    await a.cluster("SETSLOT", slot, "NODE", idB);
    for (const m of await mastersOf(stack)) {
      if (m === from || m === to) continue;
      const c = new Redis(m.port, "127.0.0.1");
      await c.cluster("SETSLOT", slot, "NODE", idB).finally(() => c.disconnect());
    }
    return `slot ${slot} moved :${from.port} -> :${to.port}`;
  } finally {
    a.disconnect();
    b.disconnect();
  }
}

async function masterOf(stack: LocalStack, key: string): Promise<LocalClusterNode> {
  const slot = keySlot(key);
  for (const node of await mastersOf(stack)) {
    const slots = (await ask(node, (r) => r.cluster("SLOTS"))) ?? [];
    const owner = slots.find(([lo, hi]) => lo <= slot && slot <= hi);
    if (owner) return stack.cluster!.nodes.find((n) => n.port === Number(owner[2][1]))!;
  }
  throw new Error(`soak: no master serves slot ${slot}`);
}

function stepRef(path: string) {
  const [, org, repo, , build, , step] = path.split("/");
  return { org, repo, build: Number(build), step: Number(step) };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`soak: ${what} did not happen within ${timeoutMs} ms`);
    await sleep(100);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
