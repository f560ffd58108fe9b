/**
 * The compose smoke test's second run, on docker-compose.cluster.yml (six Redis nodes, three
 * masters): a viewer streams a step through nginx while a producer appends, and the Redis master
 * that holds the step's slot is `docker kill`ed. The producer side retries every refused append
 * with Logrelay-First-Line, so when the replica has taken over the viewer must end with exactly
 * lines 1..N, and the raw download hold the same. Prints the failover's cost: refused appends,
 * the longest wait for an acknowledgement, the viewer's longest gap.
 */
import type { Project } from "./smoke.ts";
import { Viewer } from "../support/sse.ts";

export interface SmokeHelpers {
  readonly project: Project;
  readonly base: string;
  readonly dc: (args: string[], timeoutMs?: number) => Promise<string>;
  readonly containerOf: (service: string) => Promise<string>;
  readonly waitHealthy: (services: string[], timeoutMs: number) => Promise<void>;
  readonly health: () => Promise<Map<string, string>>;
  readonly check: (ok: boolean, what: string, detail?: string) => void;
  readonly waitFor: (cond: () => boolean, what: string, timeoutMs: number) => Promise<void>;
}

const N = 400;
const BATCH = 10;
const SERVICES = ["producer", "relay1", "relay2", "relay3", "nginx"];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The service (redis-N) of the master that serves `key`'s slot, asked of a node that is up. */
async function masterOf(h: SmokeHelpers, key: string, askService = "redis-1"): Promise<{ service: string; slot: number }> {
  const cli = async (...args: string[]) => (await h.dc(["exec", "-T", askService, "redis-cli", ...args], 15_000)).trim();
  const slot = Number(await cli("cluster", "keyslot", key));
  for (const line of (await cli("cluster", "nodes")).split("\n")) {
    const [, address, flags, , , , , , ...slots] = line.trim().split(" ");
    if (!flags.includes("master") || flags.includes("fail")) continue;
    const inRange = slots.some((r) => {
      const [from, to = from] = r.split("-").map(Number);
      return slot >= from && slot <= to;
    });
    if (inRange) return { service: address.split(",")[1], slot };
  }
  throw new Error(`no master serves slot ${slot}`);
}

export async function clusterRun(h: SmokeHelpers): Promise<void> {
  console.log(`compose smoke test on a Redis Cluster: ${h.project.file} -p ${h.project.name}`);
  await h.dc(["down", "-v", "--remove-orphans"], 120_000).catch(() => undefined);
  const tUp = Date.now();
  await h.dc(["up", "-d", "--build"], 6 * 60_000);
  await h.waitHealthy(SERVICES, 180_000);
  const init = (await h.health()).get("redis-cluster-init");
  h.check(
    init === "exited",
    "six Redis nodes form a cluster (one-shot init), producer and relays in cluster mode, all healthy",
    `${((Date.now() - tUp) / 1000).toFixed(1)} s`,
  );

  const build = Date.now() % 1_000_000_000;
  const step = `/smoke/cluster/builds/${build}/steps/1`;
  const key = `logrelay:{smoke/cluster/${build}/1}:lines`; // common/contract.ts's hash tag: the step's slot
  const lines = Array.from({ length: N }, (_, i) => `line ${i + 1} ✓\tcluster`);
  let pushed = 0;
  let refused = 0;
  let longestAckMs = 0;
  /** Appends lines pushed+1.. as a build worker would: a refusal is retried with Logrelay-First-Line. */
  const pushBatch = async () => {
    const next = Math.min(pushed + BATCH, N);
    const t = Date.now();
    for (;;) {
      const res = await fetch(`${h.base}${step}/logs`, {
        method: "POST",
        headers: { "Content-Type": "text/plain", "Logrelay-First-Line": String(pushed + 1) },
        body: lines.slice(pushed, next).join("\n") + "\n",
        signal: AbortSignal.timeout(15_000),
      }).catch((err: Error) => ({ status: 0, text: async () => err.message }));
      const body = await res.text();
      if (res.status === 200) break;
      if (res.status !== 503 && res.status !== 502 && res.status !== 504 && res.status !== 0)
        throw new Error(`append of lines ${pushed + 1}..${next} got ${res.status}: ${body}`);
      refused++;
      if (Date.now() - t > 60_000) throw new Error(`appends refused for 60 s: ${res.status} ${body}`);
      await sleep(250);
    }
    longestAckMs = Math.max(longestAckMs, Date.now() - t);
    pushed = next;
  };
  while (pushed < 50) await pushBatch();

  const viewer = new Viewer(`${h.base}${step}/logs/events`);
  try {
    await h.waitFor(() => viewer.lastNumber >= 50, "the backlog through nginx", 20_000);
    const { service: victim, slot } = await masterOf(h, key);
    let killed = false;
    const pusher = (async () => {
      while (pushed < N) {
        if (pushed >= N / 2 && !killed) {
          await sleep(20); // the second half goes out after the kill
          continue;
        }
        await pushBatch();
        await sleep(100);
      }
    })();
    await h.waitFor(() => viewer.lastNumber >= 120, "live lines", 20_000);
    longestAckMs = 0;
    const tKill = Date.now();
    await h.dc(["kill", victim], 30_000);
    killed = true;
    const tKilled = Date.now(); // the pusher waits for this: gaps before it are docker's, not the failover's
    h.check(
      viewer.lastNumber < N,
      `docker kill ${victim}, master of the step's slot ${slot}, while the viewer streams`,
      `viewer at line ${viewer.lastNumber} of ${N}`,
    );

    const atKill = viewer.received.length;
    await pusher;
    const ackAfterKill = Date.now() - tKilled;
    await h.waitFor(() => viewer.lastNumber >= N, `line ${N} after the failover`, 60_000);
    const arrivals = [
      tKilled,
      ...viewer.received
        .slice(atKill)
        .map((l) => l.at)
        .filter((at) => at >= tKilled),
    ];
    const gap = Math.max(...arrivals.slice(1).map((at, i) => at - arrivals[i]));
    h.check(
      true,
      "every append acknowledged, refusals retried with Logrelay-First-Line",
      `docker kill took ${tKilled - tKill} ms; then ${refused} refused appends, longest wait for one acknowledgement ${longestAckMs} ms, the last of ${N} lines acknowledged after ${ackAfterKill} ms (batches of ${BATCH} every 100 ms), viewer's longest gap ${gap} ms`,
    );

    const end = await fetch(`${h.base}${step}/logs/end`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"status":"success"}' });
    h.check(end.status === 200, "the step ends on the new master", `status ${end.status}`);
    await h.waitFor(() => viewer.ended !== undefined || viewer.es.readyState === viewer.es.CLOSED, "the end of the stream", 30_000);
    const exact = viewer.numbers.length === N && viewer.numbers.every((n, i) => n === i + 1) && viewer.texts.every((t, i) => t === lines[i]);
    h.check(
      exact && viewer.outOfOrder.length === 0,
      `the viewer ends with exactly lines 1..${N}, none lost, none doubled`,
      `${viewer.received.length} lines, ${viewer.outOfOrder.length} out of order, ${viewer.opens} opens`,
    );

    const raw = await (await fetch(`${h.base}${step}/logs`)).text();
    const downloaded = raw.replace(/\n$/, "").split("\n");
    h.check(downloaded.length === N && downloaded.every((l, i) => l === lines[i]), "the raw download holds the same lines", `${downloaded.length} lines`);
    const now = await masterOf(h, key, victim === "redis-1" ? "redis-2" : "redis-1");
    h.check(now.service !== victim, `a replica took over slot ${slot}`, `${victim} -> ${now.service}`);
  } finally {
    viewer.close();
  }
}
