/**
 * The pipeline tests of pipeline.test.ts once more, on a local Redis Cluster of 3 masters with
 * one replica each (producer and relays in cluster mode, REDIS_CLUSTER_NODES).
 */
process.env.LOGRELAY_TEST_REDIS_SHARDS = "3";
await import("./pipeline.test.ts");
