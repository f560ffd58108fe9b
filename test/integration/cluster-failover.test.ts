/**
 * A Redis Cluster of 3 masters + 3 replicas under the stack while viewers watch through nginx
 * and a producer appends with retries and Logrelay-First-Line: a master killed, a replica
 * killed, a slot migrated; and where the step channels live (shard channels, spread over the
 * masters, one subscriber connection per shard per relay).
 */
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { keySlot, stepKeys } from "../../common/contract.ts";
import { ALONE_AFTER_MS } from "../../common/write-policy.ts";
import { Publisher } from "../support/publisher.ts";
import { Viewer } from "../support/sse.ts";
import {
  endStep,
  metric,
  shardSubscribers,
  startTestStack,
  stopAllStacks,
  uniqueStep,
  waitFor,
  type LocalClusterNode,
  type LocalStack,
} from "../support/stack.ts";

const viewers: Viewer[] = [];
const clients: Redis[] = [];
afterEach(async () => {
  for (const v of viewers.splice(0)) v.close();
  for (const c of clients.splice(0)) c.disconnect();
  await stopAllStacks();
});

function watchMany(url: string, count: number): Viewer[] {
  const created = Array.from({ length: count }, () => new Viewer(url));
  viewers.push(...created);
  return created;
}

function node(n: LocalClusterNode): Redis {
  const c = new Redis(n.port, "127.0.0.1", { maxRetriesPerRequest: 1 });
  clients.push(c);
  return c;
}

/** The port of the master's replica, once the master lists it online (right after the cluster forms it may still be syncing). */
async function replicaPortOf(master: LocalClusterNode): Promise<number> {
  let port = 0;
  await waitFor(
    async () => {
      const m = /slave\d*:ip=[^,]+,port=(\d+),state=online/.exec(await node(master).info("replication"));
      port = m ? Number(m[1]) : 0;
      return port > 0;
    },
    "the master's replica online",
    20000,
  );
  return port;
}

function lines1toN(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `line ${i + 1}`);
}

function expectExactly1toN(all: Viewer[], n: number): void {
  for (const v of all) {
    expect(v.outOfOrder).toEqual([]);
    expect(v.numbers.length).toBe(n);
    expect(v.texts).toEqual(lines1toN(n));
  }
}

/** As expectExactly1toN, counting from a viewer's last `restarted` (lines it held from before are the older run's). */
function expectExactly1toNSinceRestart(all: Viewer[], n: number): void {
  for (const v of all) {
    expect(v.outOfOrder).toEqual([]);
    const since = v.restarts.at(-1);
    if (since) expect(since.firstAvailable).toBe(1);
    const kept = v.received.slice(v.restartIndexes.at(-1) ?? 0);
    expect(kept.map((l) => l.n)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(kept.map((l) => l.text)).toEqual(lines1toN(n));
  }
}

/** The raw download's lines (`GET .../logs`). */
async function download(stack: LocalStack, path: string): Promise<string[]> {
  const res = await fetch(`${stack.url}${path}/logs`);
  expect(res.status).toBe(200);
  return (await res.text()).replace(/\n$/, "").split("\n");
}

/** The longest wait between two consecutive lines at any viewer, from `since` on. */
function longestStall(all: Viewer[], since: number): number {
  let worst = 0;
  for (const v of all) {
    const at = v.received.map((l) => l.at).filter((t) => t >= since);
    for (let i = 1; i < at.length; i++) worst = Math.max(worst, at[i] - at[i - 1]);
  }
  return worst;
}

/**
 * The failover times the README states (promotion ~3.5 s, appends acknowledged again ~6 s: the
 * promoted replica acts alone only after ALONE_AFTER_MS; a viewer's longest stall ~5 s, with
 * cluster-node-timeout 1500 on a loaded 2-core machine), bounded at two to three times that:
 * a loaded machine stays under, a relay or producer that waits for a timeout of its own (a hung
 * subscription, a 10 s topology refresh) does not.
 */
function expectFailoverTimes(t: { promotedMs: number; ackedMs: number; stallMs: number }, ackBoundMs = 15_000): void {
  expect(t.promotedMs, "replica promoted").toBeLessThan(10_000);
  expect(t.ackedMs, "appends acknowledged again").toBeLessThan(ackBoundMs);
  expect(t.stallMs, "longest viewer stall").toBeLessThan(15_000);
}

const startCluster = (env: Record<string, string> = {}) =>
  startTestStack({ relays: 2, redisShards: 3, relayEnv: { LOG_LEVEL: "warn" }, producerEnv: { APPEND_WAIT_MS: "500", ...env } });

describe("a Redis master dies while viewers watch and a producer appends", () => {
  it("SIGKILL of the step's master: the replica takes over, every viewer and the download hold exactly 1..N", async () => {
    const stack = await startCluster();
    const step = uniqueStep();
    const all = watchMany(`${stack.url}${step.path}/logs/events`, 40);
    await waitFor(() => all.every((v) => v.opens === 1), "40 viewers open", 20000);

    const total = 2500;
    const publisher = new Publisher(stack.url, step.path);
    publisher.start({ batch: 10, everyMs: 10, total });
    await waitFor(() => publisher.last >= 500, "500 lines acknowledged", 20000);
    const master = await stack.cluster!.masterOf(stepKeys(step).meta);
    const killedAt = Date.now();
    await master.kill("SIGKILL");
    await waitFor(async () => (await stack.cluster!.masterOf(stepKeys(step).meta).catch(() => master)) !== master, "a replica promoted", 30000);
    const promotedAt = Date.now();
    await publisher.done();
    await endStep(stack.url, step.path);
    await waitFor(() => all.every((v) => v.ended !== undefined), "every viewer got end", 30000);

    expectExactly1toN(all, total);
    expect(all.every((v) => v.ended!.lines === total)).toBe(true);
    expect(await download(stack, step.path)).toEqual(lines1toN(total));

    const refused = publisher.refusals.filter((r) => r.at >= killedAt);
    expect(refused.every((r) => r.status === 503 && r.retryAfter !== null)).toBe(true);
    const firstAckAfter = publisher.acks.find((t) => t > Math.max(killedAt, ...refused.map((r) => r.at))) ?? killedAt;
    const stall = longestStall(all, killedAt - 1000);
    console.info(
      `master SIGKILL: replica promoted after ${promotedAt - killedAt} ms; appends acknowledged again after ${firstAckAfter - killedAt} ms; ` +
        `${refused.length} appends refused (503); longest viewer stall ${stall} ms; ${all.length} viewers x ${total} lines checked`,
    );
    expectFailoverTimes({ promotedMs: promotedAt - killedAt, ackedMs: firstAckAfter - killedAt, stallMs: stall });
  }, 120000);

  it("SIGSTOP of the step's master (hung, not dead): the replica takes over; SIGCONT brings the old master back as a replica; exactly 1..N", async () => {
    const stack = await startCluster();
    const step = uniqueStep();
    const all = watchMany(`${stack.url}${step.path}/logs/events`, 20);
    await waitFor(() => all.every((v) => v.opens === 1), "20 viewers open", 20000);
    const total = 2500;
    const publisher = new Publisher(stack.url, step.path);
    publisher.start({ batch: 10, everyMs: 10, total });
    await waitFor(() => publisher.last >= 500, "500 lines acknowledged", 20000);
    const master = await stack.cluster!.masterOf(stepKeys(step).meta);
    const replicaPort = await replicaPortOf(master);
    const successor = stack.cluster!.nodes.find((n) => n.port === replicaPort)!;
    const stoppedAt = Date.now();
    master.proc.pause();
    try {
      // asked of the replica: a question to the hung master would hang too
      await waitFor(async () => (await successor.role()) === "master", "the replica promoted", 30000);
    } finally {
      master.proc.resume();
    }
    const promotedAt = Date.now();
    // the old master learns it lost its slots and follows the promoted replica
    await waitFor(async () => (await master.role()) === "slave", "the old master to come back as a replica", 30000);
    const rejoinedAt = Date.now();
    await publisher.done();
    await endStep(stack.url, step.path);
    await waitFor(() => all.every((v) => v.ended !== undefined), "every viewer got end", 30000);
    // Lines the hung master stored and published when it woke, before it knew it had lost its
    // slots, were never acknowledged and are not on the promoted replica: a viewer that got
    // them is told the step restarted (README, Scaling out) and then holds exactly 1..N.
    expectExactly1toNSinceRestart(all, total);
    expect(await download(stack, step.path)).toEqual(lines1toN(total));
    // the rejoined node holds the same lines as the new master
    const replica = node(master);
    await replica.readonly(); // a replica answers reads of its slots only when asked so
    await waitFor(async () => (await replica.llen(stepKeys(step).lines)) === total, "the old master, now a replica, to hold every line", 20000);
    expect(await replica.lrange(stepKeys(step).lines, 0, -1)).toEqual(lines1toN(total));
    const refused = publisher.refusals.filter((r) => r.at >= stoppedAt);
    expect(refused.every((r) => (r.status === 503 && r.retryAfter !== null) || r.status === 0)).toBe(true);
    const firstAckAfter = publisher.acks.find((t) => t > Math.max(stoppedAt, ...refused.map((r) => r.at))) ?? stoppedAt;
    const stall = longestStall(all, stoppedAt - 1000);
    console.info(
      `master SIGSTOP: replica promoted after ${promotedAt - stoppedAt} ms, old master a replica ${rejoinedAt - promotedAt} ms after SIGCONT; ` +
        `appends acknowledged again after ${firstAckAfter - stoppedAt} ms; ${refused.length} refused; longest viewer stall ${stall} ms; ` +
        `${all.filter((v) => v.restarts.length > 0).length} of ${all.length} viewers told the step restarted`,
    );
    // a hung master holds the producer's requests until it is given up on: 4-9 s measured, so 20 s
    expectFailoverTimes({ promotedMs: promotedAt - stoppedAt, ackedMs: firstAckAfter - stoppedAt, stallMs: stall }, 20_000);
  }, 120000);

  it("SIGKILL of a replica: nothing changes for viewers; appends are refused for ALONE_AFTER_MS, then acknowledged on the master alone", async () => {
    const stack = await startCluster();
    const step = uniqueStep();
    const all = watchMany(`${stack.url}${step.path}/logs/events`, 10);
    await waitFor(() => all.every((v) => v.opens === 1), "10 viewers open", 20000);
    const total = 1500;
    const publisher = new Publisher(stack.url, step.path);
    publisher.start({ batch: 10, everyMs: 10, total });
    await waitFor(() => publisher.last >= 300, "300 lines acknowledged", 20000);
    const master = await stack.cluster!.masterOf(stepKeys(step).meta);
    const replicaPort = await replicaPortOf(master);
    const replica = stack.cluster!.nodes.find((n) => n.port === replicaPort)!;
    const killedAt = Date.now();
    await replica.kill("SIGKILL");
    await publisher.done();
    await endStep(stack.url, step.path);
    await waitFor(() => all.every((v) => v.ended !== undefined), "every viewer got end", 30000);

    expectExactly1toN(all, total);
    expect(all.every((v) => v.opens === 1)).toBe(true); // no viewer even reconnected
    // refused (503, retried) only until the master has been alone for ALONE_AFTER_MS
    expect(publisher.refusals.every((r) => r.status === 503 && r.retryAfter !== null)).toBe(true);
    expect(publisher.refusals.every((r) => r.at - killedAt < ALONE_AFTER_MS + 5000)).toBe(true);
    expect(await stack.cluster!.masterOf(stepKeys(step).meta)).toBe(master);
    expect(await metric(`http://127.0.0.1:${stack.producer.port}`, "logrelay_unreplicated_writes_total")).toBeGreaterThan(0);
  }, 120000);
});

describe("an append is acknowledged only once a replica holds it", () => {
  it("503 + Retry-After while the replica does not confirm; the retry with Logrelay-First-Line stores nothing twice", async () => {
    const stack = await startCluster({ APPEND_WAIT_MS: "300" });
    const step = uniqueStep();
    const post = (body: string, first: number) =>
      fetch(`${stack.url}${step.path}/logs`, { method: "POST", headers: { "Content-Type": "text/plain", "Logrelay-First-Line": String(first) }, body });
    expect((await post("line 1\nline 2", 1)).status).toBe(200);
    const master = await stack.cluster!.masterOf(stepKeys(step).meta);
    const replicaPort = await replicaPortOf(master);
    const replica = stack.cluster!.nodes.find((n) => n.port === replicaPort)!;
    replica.proc.pause(); // connected, but it confirms nothing
    try {
      const refused = await post("line 3\nline 4", 3);
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).not.toBeNull();
    } finally {
      replica.proc.resume();
    }
    const retried = await post("line 3\nline 4", 3);
    expect(retried.status).toBe(200);
    const json = (await retried.json()) as { appended: number; last: number };
    expect(json.last).toBe(4);
    expect(json.appended).toBeLessThan(2); // line 3 was stored by the refused call (not acknowledged), and is not stored twice
    expect(await download(stack, step.path)).toEqual(lines1toN(4));
    expect(await node(master).wait(1, 2000)).toBe(1);
    const onReplica = node(replica);
    await onReplica.call("READONLY");
    expect(await onReplica.lrange(stepKeys(step).lines, 0, -1)).toEqual(lines1toN(4)); // the replica holds each line once
  }, 90000);
});

describe("a slot migrates while lines flow", () => {
  it("the relays follow the step's channel to the slot's new owner; viewers lose and repeat nothing", async () => {
    const stack = await startCluster();
    const step = uniqueStep();
    const k = stepKeys(step);
    const all = watchMany(`${stack.url}${step.path}/logs/events`, 20);
    await waitFor(() => all.every((v) => v.opens === 1), "20 viewers open", 20000);
    const total = 2000;
    const publisher = new Publisher(stack.url, step.path);
    publisher.start({ batch: 5, everyMs: 10, total });
    await waitFor(() => publisher.last >= 300, "300 lines acknowledged", 20000);

    const from = await stack.cluster!.masterOf(k.meta);
    const masters: LocalClusterNode[] = [];
    for (const n of stack.cluster!.nodes) if ((await n.role()) === "master") masters.push(n);
    const to = masters.find((n) => n !== from)!;
    const slot = keySlot(k.meta);
    const [a, b] = [node(from), node(to)];
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
    for (const m of masters) if (m !== from && m !== to) await node(m).cluster("SETSLOT", slot, "NODE", idB);
    const movedAt = Date.now();
    await waitFor(async () => (await shardSubscribers(stack, k.channel)) === 2, "both relays subscribed on the new owner", 15000);
    expect(await stack.cluster!.masterOf(k.meta)).toBe(to);

    await publisher.done();
    await endStep(stack.url, step.path);
    await waitFor(() => all.every((v) => v.ended !== undefined), "every viewer got end", 30000);
    expectExactly1toN(all, total);
    expect(await download(stack, step.path)).toEqual(lines1toN(total));
    console.info(
      `slot ${slot} migrated mid-stream: ${publisher.refusals.length} appends refused, longest viewer stall ${longestStall(all, movedAt - 2000)} ms; ${all.length} viewers x ${total} lines checked`,
    );
  }, 120000);
});

describe("step channels on a cluster", () => {
  it("are shard channels on the master of their slot, spread over the shards, with one subscriber connection per shard per relay", async () => {
    const stack = await startCluster();
    const masters: LocalClusterNode[] = [];
    for (const n of stack.cluster!.nodes) if ((await n.role()) === "master") masters.push(n);
    expect(masters.length).toBe(3);
    // steps until every master serves at least two of them
    const steps: ReturnType<typeof uniqueStep>[] = [];
    const perMaster = new Map<LocalClusterNode, number>();
    while (masters.some((m) => (perMaster.get(m) ?? 0) < 2)) {
      const step = uniqueStep();
      const owner = await stack.cluster!.masterOf(stepKeys(step).channel);
      perMaster.set(owner, (perMaster.get(owner) ?? 0) + 1);
      steps.push(step);
    }
    const all = steps.flatMap((s) => watchMany(`${stack.url}${s.path}/logs/events`, 5));
    await waitFor(() => all.every((v) => v.opens === 1), "every viewer open", 20000);
    await waitFor(
      async () => (await Promise.all(steps.map((s) => shardSubscribers(stack, stepKeys(s).channel)))).every((n) => n >= 1),
      "every channel subscribed",
      10000,
    );

    for (const m of masters) {
      const shardChannels = (await node(m).pubsub("SHARDCHANNELS", "logrelay:*")) as string[];
      const own = steps.filter((s) => shardChannels.includes(stepKeys(s).channel));
      expect(own.length).toBe(perMaster.get(m)); // each step's channel on its own master, and only there
      // every step channel this master shows is one of its own slots
      for (const channel of shardChannels) expect(await stack.cluster!.masterOf(channel)).toBe(m);
      expect(shardChannels.length).toBeGreaterThanOrEqual(2);
      expect((await node(m).pubsub("CHANNELS", "*")) as string[]).toEqual([]); // no classic channel per step
      const clients = ((await node(m).client("LIST")) as string).split("\n").filter((l) => / name=relay-sub /.test(l));
      expect(clients.length).toBe(stack.relays.length); // one subscriber per relay, however many viewers and steps
    }
    for (const n of stack.cluster!.nodes.filter((x) => !masters.includes(x))) {
      expect(((await node(n).client("LIST")) as string).split("\n").filter((l) => / name=relay-sub /.test(l))).toEqual([]);
    }
    for (const relay of stack.relays) expect((await fetch(`http://127.0.0.1:${relay.port}/readyz`)).status).toBe(200);
  }, 90000);
});
