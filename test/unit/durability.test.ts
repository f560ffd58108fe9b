/**
 * When the store acknowledges a cluster write (common/write-policy.ts, as step-store.ts uses
 * it): a replica holds it, or the master has had no replica for ALONE_AFTER_MS; never on a node
 * that stopped being the master while the write waited (a hung master woken after its failover,
 * issue 16).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RedisClient } from "../../common/redis.ts";
import { stepStore } from "../../common/step-store.ts";
import { ALONE_AFTER_MS, NotReplicatedError } from "../../common/write-policy.ts";

const step = { org: "acme", repo: "app", build: 1, step: 1 };
const retention = { maxLinesPerStep: 1000, idleTtlSeconds: 60, endedTtlSeconds: 60 };

const SCRIPT_OK: [unknown, unknown] = [null, ["ok", 1, 1, 1_700_000_000_000]];

/** A Redis whose pipeline (the script, WAIT, ROLE) answers what `reply()` says. */
function redisAnswering(reply: () => [unknown, unknown][]): RedisClient {
  return {
    defineCommand: () => undefined,
    pipeline() {
      const p = { logrelayAppend: () => p, logrelayEnd: () => p, logrelayName: () => p, wait: () => p, role: () => p, exec: async () => reply() };
      return p;
    },
  } as unknown as RedisClient;
}

const role = {
  masterWithReplica: ["master", 100, [["127.0.0.1", "7001", "100"]]],
  masterAlone: ["master", 100, []],
  replica: ["slave", "127.0.0.1", 7000, "connected", 100],
};

afterEach(() => {
  vi.useRealTimers();
});

describe("cluster write acknowledgement", () => {
  it("acknowledges a write a replica confirmed", async () => {
    const store = stepStore(
      redisAnswering(() => [SCRIPT_OK, [null, 1], [null, role.masterWithReplica]]),
      { replicas: 1, timeoutMs: 100 },
    );
    await expect(store.append(step, ["x"], retention)).resolves.toMatchObject({ outcome: "ok", last: 1 });
  });

  it("never acknowledges on a node that answers ROLE as a replica after running the script", async () => {
    const unreplicated = vi.fn();
    const store = stepStore(
      redisAnswering(() => [SCRIPT_OK, [null, 0], [null, role.replica]]),
      { replicas: 1, timeoutMs: 100 },
      unreplicated,
    );
    await expect(store.append(step, ["x"], retention)).rejects.toBeInstanceOf(NotReplicatedError);
    expect(unreplicated).not.toHaveBeenCalled();
  });

  it("refuses on a master that has just lost its replica, and acknowledges alone once it has had none for ALONE_AFTER_MS", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const unreplicated = vi.fn();
    let answer = role.masterWithReplica;
    const store = stepStore(
      redisAnswering(() => [SCRIPT_OK, [null, answer === role.masterWithReplica ? 1 : 0], [null, answer]]),
      { replicas: 1, timeoutMs: 100 },
      unreplicated,
    );
    await expect(store.append(step, ["x"], retention)).resolves.toMatchObject({ outcome: "ok" });
    answer = role.masterAlone; // its replica left: it died, or it was promoted while this master hung
    await expect(store.append(step, ["x"], retention)).rejects.toBeInstanceOf(NotReplicatedError);
    vi.advanceTimersByTime(ALONE_AFTER_MS - 100);
    await expect(store.append(step, ["x"], retention)).rejects.toBeInstanceOf(NotReplicatedError);
    vi.advanceTimersByTime(200);
    await expect(store.append(step, ["x"], retention)).resolves.toMatchObject({ outcome: "ok" });
    expect(unreplicated).toHaveBeenCalledTimes(1);
    // a replica back: waited for again
    answer = role.masterWithReplica;
    await expect(store.append(step, ["x"], retention)).resolves.toMatchObject({ outcome: "ok" });
    answer = role.masterAlone;
    await expect(store.append(step, ["x"], retention)).rejects.toBeInstanceOf(NotReplicatedError);
  });

  it("holds an end and a name to the same policy as an append: refused when no replica confirmed them, acknowledged when one did", async () => {
    let acked = 0;
    const store = stepStore(
      redisAnswering(() => [
        [null, ["ok", 1]],
        [null, acked],
        [null, role.masterWithReplica],
      ]),
      { replicas: 1, timeoutMs: 100 },
    );
    await expect(store.end(step, "success", retention)).rejects.toBeInstanceOf(NotReplicatedError);
    await expect(store.name(step, "build", retention)).rejects.toBeInstanceOf(NotReplicatedError);
    acked = 1;
    await expect(store.end(step, "success", retention)).resolves.toMatchObject({ outcome: "ok" });
    // the name script answers a bare "ok"
    const named = stepStore(
      redisAnswering(() => [
        [null, "ok"],
        [null, 1],
        [null, role.masterWithReplica],
      ]),
      { replicas: 1, timeoutMs: 100 },
    );
    await expect(named.name(step, "build", retention)).resolves.toBe("ok");
  });
});
