/** Cluster mode's pure parts: REDIS_CLUSTER_NODES, the durability settings, hash slots, the recent-steps buckets. */
import { describe, expect, it } from "vitest";
import { loadProducerConfig } from "../../producer/config.ts";
import { loadRelayConfig } from "../../relay/config.ts";
import { ConfigError } from "../../common/env.ts";
import { RECENT_STEPS_BUCKETS, keySlot, recentStepsKeyOf, stepKeys } from "../../common/contract.ts";

describe("REDIS_CLUSTER_NODES", () => {
  it("switches both services to a cluster; REDIS_URL stays the default", () => {
    expect(loadRelayConfig({}).redis).toEqual({ url: "redis://127.0.0.1:6379" });
    expect(loadProducerConfig({ REDIS_URL: "redis://r:6380" }).redis).toEqual({ url: "redis://r:6380" });
    const nodes = { REDIS_CLUSTER_NODES: "10.0.0.1:7000, redis-1.redis:7001,[::1]:7002" };
    const expected = {
      clusterNodes: [
        { host: "10.0.0.1", port: 7000 },
        { host: "redis-1.redis", port: 7001 },
        { host: "::1", port: 7002 },
      ],
    };
    expect(loadRelayConfig(nodes).redis).toEqual(expected);
    expect(loadProducerConfig(nodes).redis).toEqual(expected);
  });

  it("refuses a seed that is not host:port, naming the variable", () => {
    for (const bad of ["10.0.0.1", "redis://a:7000", "a:0", "a:70000", "a:7000,,b"]) {
      expect(() => loadRelayConfig({ REDIS_CLUSTER_NODES: bad })).toThrow(ConfigError);
      expect(() => loadProducerConfig({ REDIS_CLUSTER_NODES: bad })).toThrow(/REDIS_CLUSTER_NODES/);
    }
  });

  it("waits for one replica per append in cluster mode by default, for none on one Redis", () => {
    expect(loadProducerConfig({}).durability).toEqual({ replicas: 0, timeoutMs: 1000 });
    expect(loadProducerConfig({ REDIS_CLUSTER_NODES: "a:7000" }).durability).toEqual({ replicas: 1, timeoutMs: 1000 });
    expect(loadProducerConfig({ REDIS_CLUSTER_NODES: "a:7000", APPEND_WAIT_REPLICAS: "0", APPEND_WAIT_MS: "250" }).durability).toEqual({
      replicas: 0,
      timeoutMs: 250,
    });
    expect(() => loadProducerConfig({ APPEND_WAIT_MS: "0" })).toThrow(/APPEND_WAIT_MS/);
  });
});

describe("hash slots", () => {
  it("match Redis's CRC16 (known values) and follow the hash tag", () => {
    expect(keySlot("123456789")).toBe(0x31c3);
    expect(keySlot("foo")).toBe(12182);
    expect(keySlot("{user1000}.following")).toBe(keySlot("user1000"));
    const k = stepKeys({ org: "acme", repo: "app", build: 42, step: 3 });
    expect(new Set([keySlot(k.lines), keySlot(k.meta), keySlot(k.channel)]).size).toBe(1);
  });

  it("spread the recent-steps index over its buckets, each on its own slot", () => {
    const keys = new Set(Array.from({ length: 2000 }, (_, i) => recentStepsKeyOf(`acme/app/${i}/1`)));
    expect(keys.size).toBe(RECENT_STEPS_BUCKETS);
    expect(new Set([...keys].map(keySlot)).size).toBe(RECENT_STEPS_BUCKETS);
    expect(recentStepsKeyOf("acme/app/1/1")).toBe(recentStepsKeyOf("acme/app/1/1"));
  });
});
