import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../common/env.ts";
import { loadRelayConfig } from "../../relay/config.ts";
import { loadProducerConfig } from "../../producer/config.ts";
import { PRODUCER_NODE_FLAGS, RELAY_NODE_FLAGS } from "../../scripts/local-stack.ts";

describe("relay config", () => {
  it("has the contract's defaults", () => {
    const c = loadRelayConfig({});
    expect(c.heartbeatMs).toBe(15000);
    expect(c.redis).toEqual({ url: "redis://127.0.0.1:6379" });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("reads and validates values", () => {
    const c = loadRelayConfig({ PORT: "4000", HEARTBEAT_MS: "500", CORS_ORIGINS: "https://a.example, https://b.example" });
    expect([c.port, c.heartbeatMs, c.corsOrigins]).toEqual([4000, 500, ["https://a.example", "https://b.example"]]);
  });

  it.each([
    ["PORT", "eighty", /PORT must be an integer/],
    ["PORT", "70000", /PORT must be between/],
    ["HEARTBEAT_MS", "-5", /HEARTBEAT_MS/],
    ["REDIS_URL", "localhost:6379", /REDIS_URL must use redis: or rediss:/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL must be one of/],
    ["CORS_ORIGINS", "ci.example.com", /CORS_ORIGINS must list origins/],
  ])("refuses %s=%s naming the variable", (name, value, message) => {
    expect(() => loadRelayConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadRelayConfig({ [name]: value })).toThrow(message);
  });
});

describe("producer config", () => {
  it("has the contract's defaults", () => {
    const c = loadProducerConfig({});
    expect(c.maxLineBytes).toBe(65536);
    expect(c.retention.endedTtlSeconds).toBe(86400);
    expect(c.demo).toBe(false);
  });

  it("refuses a bad boolean naming the variable", () => {
    expect(() => loadProducerConfig({ DEMO: "maybe" })).toThrow(/DEMO must be true or false/);
  });
});

/** A container's command as the Kubernetes manifests spell it: a YAML list under `command:`. */
const asYamlList = (args: string[]) => ["command:", ...args.map((a) => `  - ${a}`)].map((l) => `          ${l}`).join("\n");

describe("relay node flags", () => {
  it("are the same wherever a relay is started: local stack, Dockerfile (compose runs its CMD), the cluster compose file, Kubernetes, npm run relay", () => {
    const root = path.join(import.meta.dirname, "../..");
    const read = (file: string) => readFileSync(path.join(root, file), "utf8");
    const asJsonArgs = RELAY_NODE_FLAGS.map((f) => `"${f}"`).join(", ");
    expect(read("Dockerfile")).toContain(`CMD ["node", ${asJsonArgs}, "relay/main.ts"]`);
    // compose's relays run the image's CMD rather than spelling the flags again; the cluster's spell them
    expect(read("docker-compose.yml")).not.toMatch(/relay\/main\.ts/);
    expect(read("docker-compose.cluster.yml")).toContain(`command: ["node", ${asJsonArgs}, "relay/main.ts"]`);
    expect(read("deploy/kubernetes/relay-deployment.yaml")).toContain(asYamlList(["node", ...RELAY_NODE_FLAGS, "relay/main.ts"]));
    expect(JSON.parse(read("package.json")).scripts.relay).toBe(`node ${RELAY_NODE_FLAGS.join(" ")} relay/main.ts`);
  });
});

describe("producer node flags", () => {
  it("are the same wherever the producer is started: local stack, Dockerfile, both compose files, Kubernetes, npm run producer", () => {
    const root = path.join(import.meta.dirname, "../..");
    const read = (file: string) => readFileSync(path.join(root, file), "utf8");
    const command = `["node", ${PRODUCER_NODE_FLAGS.map((f) => `"${f}"`).join(", ")}, "producer/main.ts"]`;
    expect(read("Dockerfile")).toContain(`CMD ${command}`);
    expect(read("docker-compose.yml")).toContain(`command: ${command}`);
    expect(read("docker-compose.cluster.yml")).toContain(`command: ${command}`);
    expect(read("deploy/kubernetes/producer-deployment.yaml")).toContain(asYamlList(["node", ...PRODUCER_NODE_FLAGS, "producer/main.ts"]));
    expect(JSON.parse(read("package.json")).scripts.producer).toBe(`node ${PRODUCER_NODE_FLAGS.join(" ")} producer/main.ts`);
  });
});
