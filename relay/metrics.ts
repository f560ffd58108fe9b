/** The relay's Prometheus metrics, made on a registry passed in. Labels never carry user input. */
import { Counter, Gauge, Histogram, collectDefaultMetrics, type Registry } from "prom-client";

export function relayMetrics(registry: Registry) {
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  return {
    connections: new Gauge({ name: "logrelay_sse_connections", help: "Open SSE connections on this instance", registers }),
    linesDelivered: new Counter({ name: "logrelay_lines_delivered_total", help: "Lines written to viewers (one per line per viewer)", registers }),
    slowDropped: new Counter({
      name: "logrelay_slow_clients_dropped_total",
      help: "Viewers disconnected because their unsent data passed MAX_BUFFER_BYTES",
      registers,
    }),
    subscriptions: new Gauge({ name: "logrelay_channel_subscriptions", help: "Redis channels this instance is subscribed to", registers }),
    appendToWrite: new Histogram({
      name: "logrelay_append_to_write_seconds",
      help: "Delay from the append in Redis to the write of the live event to viewers",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    rejected: new Counter({
      name: "logrelay_sse_rejected_total",
      help: "SSE requests refused before streaming, by reason",
      labelNames: ["reason"] as const,
      registers,
    }),
    resyncs: new Counter({ name: "logrelay_resyncs_total", help: "Times a viewer re-read stored lines to fill a gap in live numbers", registers }),
    redisReconnects: new Counter({
      name: "logrelay_redis_resubscribes_total",
      help: "Times the subscriber connection came back and every viewer was re-synced",
      registers,
    }),
  };
}

export type RelayMetrics = ReturnType<typeof relayMetrics>;
