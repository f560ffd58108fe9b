/**
 * Broker on ioredis, for one Redis or a Redis Cluster, with one code path for both.
 *
 * Reads go through one command client (a Redis, or a Cluster that routes each command to the
 * master of its slot). Live messages come through shard subscribers: one connection per master
 * (one Redis is one master), each SSUBSCRIBEd to the step channels of the slots its node owns,
 * however many viewers watch them. A step channel is a shard channel: SPUBLISH from the append
 * script reaches only the subscribers of the node that owns the slot.
 *
 * The subscriptions follow the slots. A subscriber connection that drops (a master dies, Redis
 * restarts) or that the server unsubscribes (a slot migrated away: Redis sends `sunsubscribe`
 * for the slot's channels) marks its channels as lost; `#heal` then refreshes the slot map,
 * SSUBSCRIBEs each lost channel on the node that owns its slot now (the promoted replica, the
 * slot's new owner, or the same node back), and only then tells the hub which channels came
 * back, so their feeds re-read the stored lines from their last delivered line: nothing
 * published meanwhile is lost, and the line numbers keep anything from being sent twice.
 *
 * The hub speaks topics (a step, a build) and typed messages: this broker alone knows each
 * topic's channel (common/contract.ts) and parses the scripts' messages on it.
 */
import type { Cluster, Redis } from "ioredis";
import type { Logger } from "pino";
import { connectRedis, connectRedisNode, isCluster, waitForRedis, type RedisTarget } from "../../common/redis.ts";
import { buildKeys, keySlot, parseBuildMessage, parseLiveMessage, parseLivePartial, stepKeys } from "../../common/contract.ts";
import { recentStepNames } from "../../common/recent-steps.ts";
import { readBuildSteps } from "../../common/build-step-index.ts";
import { readStepSummaries } from "../../common/step-summaries.ts";
import { stepStore } from "../../common/step-store.ts";
import type { Broker, BrokerHandlers, Topic } from "../broker.ts";

/** An SSUBSCRIBE sent to a node that does not own the slot never gets an answer from ioredis (it emits "moved"). */
const SUBSCRIBE_TIMEOUT_MS = 2000;
const HEAL_MAX_WAIT_MS = 1000;

/** Which node owns a channel's slot, and how to reach a node. */
interface Topology {
  masters(): string[];
  ownerOf(channel: string): string;
  /** re-reads the slot map (a cluster); a no-op for one Redis */
  refresh(): Promise<void>;
  connect(node: string, name: string): Redis;
}

function singleTopology(url: string, log: Logger): Topology {
  return {
    masters: () => ["redis"],
    ownerOf: () => "redis",
    refresh: async () => undefined,
    connect: (_node, name) => {
      const redis = connectRedis({ url }, log, name) as Redis;
      redis.options.autoResubscribe = false; // the broker re-subscribes itself, then re-syncs the feeds
      return redis;
    },
  };
}

function clusterTopology(cluster: Cluster, log: Logger): Topology {
  let masters: string[] = [];
  const remember = () => {
    const set = new Set<string>();
    for (const nodes of cluster.slots) if (nodes?.[0]) set.add(nodes[0]);
    masters = [...set].sort();
  };
  remember();
  return {
    masters: () => masters,
    ownerOf: (channel) => cluster.slots[keySlot(channel)]?.[0] ?? "",
    refresh: () =>
      new Promise<void>((resolve) =>
        cluster.refreshSlotsCache(() => {
          remember();
          resolve();
        }),
      ),
    connect: (node, name) => {
      const colon = node.lastIndexOf(":");
      return connectRedisNode(node.slice(0, colon), Number(node.slice(colon + 1)), log, name);
    },
  };
}

class Shard {
  readonly node: string;
  readonly conn: Redis;
  readonly channels = new Set<string>();
  readonly connected: Promise<void>;
  constructor(node: string, conn: Redis) {
    this.node = node;
    this.conn = conn;
    this.connected = conn.connect().catch(() => undefined);
  }
}

export class RedisBroker implements Broker {
  readonly #cmd: ReturnType<typeof connectRedis>;
  readonly #topology: Topology;
  readonly #log: Logger;
  readonly #store: ReturnType<typeof stepStore>;
  readonly #shards = new Map<string, Shard>();
  /** the shard each subscribed channel is (or is to be) subscribed on */
  readonly #where = new Map<string, Shard>();
  /** the topic of each subscribed channel */
  readonly #topics = new Map<string, Topic>();
  /** channels whose subscription was lost and is not back yet */
  readonly #lost = new Set<string>();
  #handlers?: BrokerHandlers;
  #healing = false;
  #healAgain = false;
  #wake?: () => void;
  #closed = false;

  private constructor(cmd: ReturnType<typeof connectRedis>, topology: Topology, log: Logger) {
    this.#cmd = cmd;
    this.#topology = topology;
    this.#log = log;
    this.#store = stepStore(cmd);
    for (const node of topology.masters()) this.#shard(node);
  }

  static async start(target: RedisTarget, log: Logger, startTimeoutMs = 10000): Promise<RedisBroker> {
    const cmd = connectRedis(target, log, "relay-cmd");
    await waitForRedis(cmd, startTimeoutMs);
    const topology = isCluster(cmd) ? clusterTopology(cmd, log) : singleTopology((target as { url: string }).url, log);
    const broker = new RedisBroker(cmd, topology, log);
    const deadline = Date.now() + startTimeoutMs;
    while (!broker.ready()) {
      if (Date.now() > deadline) {
        await broker.close();
        throw new Error(`redis subscriber connections not up after ${startTimeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return broker;
  }

  listen(handlers: BrokerHandlers): void {
    this.#handlers = handlers;
  }

  async subscribe(topic: Topic): Promise<void> {
    const channel = channelOf(topic);
    const owner = this.#topology.ownerOf(channel);
    if (!owner) {
      this.#heal(); // no master known for the slot (a failover under way): the slot map is re-read
      throw new Error(`no redis node serves the slot of ${channel} now`);
    }
    const shard = this.#shard(owner);
    this.#where.set(channel, shard);
    this.#topics.set(channel, topic);
    shard.channels.add(channel);
    await shard.connected;
    try {
      await this.#ssubscribe(shard, channel);
    } catch (err) {
      if (this.#where.get(channel) === shard) {
        this.#where.delete(channel);
        this.#topics.delete(channel);
        shard.channels.delete(channel);
        this.#lost.delete(channel);
      }
      this.#heal(); // the slot map may be stale (a failover, a slot moved)
      throw err;
    }
  }

  async unsubscribe(topic: Topic): Promise<void> {
    const channel = channelOf(topic);
    const shard = this.#where.get(channel);
    if (!shard) return;
    this.#where.delete(channel);
    this.#topics.delete(channel);
    this.#lost.delete(channel);
    shard.channels.delete(channel);
    if (shard.conn.status === "ready") await shard.conn.sunsubscribe(channel).catch(() => undefined);
  }

  read(step: Parameters<Broker["read"]>[0], from: number, maxLines: number, maxBytes: number) {
    return this.#store.read(step, from, maxLines, maxBytes);
  }

  recentSteps(count: number) {
    return recentStepNames(this.#cmd, count);
  }

  stepSummaries(steps: Parameters<Broker["stepSummaries"]>[0]) {
    return readStepSummaries(this.#cmd, steps);
  }

  buildSteps(build: Parameters<Broker["buildSteps"]>[0]) {
    return readBuildSteps(this.#cmd, build);
  }

  /** The command connection and the subscriber connection of every master are up, and no subscription is lost. */
  ready(): boolean {
    if (this.#cmd.status !== "ready" || this.#lost.size > 0) return false;
    const masters = this.#topology.masters();
    return masters.length > 0 && masters.every((node) => this.#shards.get(node)?.conn.status === "ready");
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#wake?.();
    for (const shard of this.#shards.values()) shard.conn.disconnect();
    this.#cmd.disconnect();
  }

  #shard(node: string): Shard {
    let shard = this.#shards.get(node);
    if (shard) return shard;
    shard = new Shard(node, this.#topology.connect(node, "relay-sub"));
    this.#shards.set(node, shard);
    const s = shard;
    let wasReady = false;
    // as bytes: a step's lines are written to viewers as they came (common/live-events.ts)
    s.conn.on("smessageBuffer", (channelBytes: Buffer, message: Buffer) => {
      const channel = channelBytes.toString();
      if (this.#where.get(channel) === s) this.#deliver(channel, message);
    });
    s.conn.on("ready", () => {
      if (wasReady) this.#lose(s, "reconnected");
      wasReady = true;
    });
    s.conn.on("close", () => {
      if (wasReady && !this.#closed) this.#lose(s, "connection lost");
    });
    // A `sunsubscribe` the server sends by itself (the slot was migrated away) reaches ioredis
    // with no command waiting for it, which it reports as this error (or a MOVED on ssubscribe).
    // The connection is reset: its subscriptions are rebuilt from scratch by #heal.
    s.conn.on("error", (err: Error) => {
      if (err.message.startsWith("Command queue state error")) this.#reset(s, "unsubscribed by the server");
    });
    s.conn.on("moved", () => this.#reset(s, "moved"));
    return shard;
  }

  // Parses a script's message on a channel into the typed message of the channel's topic.
  #deliver(channel: string, message: Buffer): void {
    const topic = this.#topics.get(channel);
    if (!topic || !this.#handlers) return;
    if (topic.kind === "build") {
      const parsed = parseBuildMessage(message.toString());
      if (parsed) this.#handlers.build(topic.build, parsed);
      return;
    }
    if (message[0] === 0x50 /* P */) {
      const partial = parseLivePartial(message.toString());
      if (partial) this.#handlers.step(topic.step, { kind: "partial", n: partial.n, textJson: partial.textJson });
      return;
    }
    const parsed = parseLiveMessage(message);
    if (parsed) this.#handlers.step(topic.step, parsed);
  }

  #reset(shard: Shard, why: string): void {
    this.#log.warn({ node: shard.node, why }, "redis subscriber reset");
    shard.conn.disconnect(true); // reconnects: "close" then "ready" mark its channels lost
    this.#lose(shard, why);
  }

  #lose(shard: Shard, why: string): void {
    if (shard.channels.size > 0) this.#log.warn({ node: shard.node, channels: shard.channels.size, why }, "shard subscriptions lost, re-subscribing");
    for (const channel of shard.channels) this.#lost.add(channel);
    this.#heal();
  }

  async #ssubscribe(shard: Shard, channel: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`SSUBSCRIBE ${channel} on ${shard.node}: no answer within ${SUBSCRIBE_TIMEOUT_MS} ms`)), SUBSCRIBE_TIMEOUT_MS);
    });
    try {
      await Promise.race([shard.conn.ssubscribe(channel), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  // One healing loop at a time; a new loss while it runs makes it go round once more.
  #heal(): void {
    if (this.#healing) {
      this.#healAgain = true;
      this.#wake?.();
      return;
    }
    this.#healing = true;
    void (async () => {
      try {
        for (let attempt = 0; !this.#closed; attempt++) {
          this.#healAgain = false;
          await this.#topology.refresh().catch(() => undefined);
          const done = await this.#place();
          if (done && !this.#healAgain) return;
          if (!this.#healAgain) {
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, Math.min(50 * 2 ** attempt, HEAL_MAX_WAIT_MS));
              this.#wake = () => (clearTimeout(timer), resolve());
            });
            this.#wake = undefined;
          }
        }
      } finally {
        this.#healing = false;
      }
    })();
  }

  // Puts every channel on the shard of its slot's owner and re-subscribes the lost ones; tells
  // the hub which came back. True when nothing is left to do.
  async #place(): Promise<boolean> {
    const masters = new Set(this.#topology.masters());
    for (const node of masters) this.#shard(node);
    for (const [channel, shard] of this.#where) {
      const owner = this.#topology.ownerOf(channel);
      if (!owner || owner === shard.node) continue;
      const to = this.#shard(owner);
      shard.channels.delete(channel);
      to.channels.add(channel);
      this.#where.set(channel, to);
      this.#lost.add(channel);
      if (shard.conn.status === "ready") void shard.conn.sunsubscribe(channel).catch(() => undefined);
    }
    // a node that is no master any more (a failed master, back as a replica) and serves nothing
    for (const [node, shard] of this.#shards) {
      if (!masters.has(node) && shard.channels.size === 0) {
        this.#shards.delete(node);
        shard.conn.disconnect();
      }
    }
    const back: Topic[] = [];
    await Promise.all(
      [...this.#lost].map(async (channel) => {
        const shard = this.#where.get(channel);
        if (!shard) return void this.#lost.delete(channel);
        if (shard.conn.status !== "ready") return;
        try {
          await this.#ssubscribe(shard, channel);
          const topic = this.#topics.get(channel);
          if (this.#where.get(channel) === shard && this.#lost.delete(channel) && topic) back.push(topic);
        } catch (err) {
          this.#log.debug({ channel, node: shard.node, err: (err as Error).message }, "re-subscribe failed");
        }
      }),
    );
    if (back.length > 0) {
      this.#log.warn({ channels: back.length, left: this.#lost.size }, "shard subscriptions back, re-syncing their viewers");
      this.#handlers?.resubscribed(back);
    }
    return this.#lost.size === 0 && [...masters].every((node) => this.#shards.get(node)?.conn.status === "ready");
  }
}

/** The shard channel a topic's messages are published on. */
function channelOf(topic: Topic): string {
  return topic.kind === "step" ? stepKeys(topic.step).channel : buildKeys(topic.build).channel;
}

export function startRedisBroker(target: RedisTarget, log: Logger, startTimeoutMs = 10000): Promise<Broker> {
  return RedisBroker.start(target, log, startTimeoutMs);
}
