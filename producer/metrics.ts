/** The producer's Prometheus metrics, made on a registry passed in. Labels never carry user input. */
import { Counter, Gauge, Histogram, collectDefaultMetrics, type Registry } from "prom-client";
import type { Admission } from "./admission.ts";

export function producerMetrics(registry: Registry) {
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  let admission: Admission | undefined;
  // read when scraped, not counted per append
  new Gauge({
    name: "logrelay_appends_in_flight",
    help: "Appends waiting on Redis now (MAX_APPENDS_IN_FLIGHT bounds them)",
    registers,
    collect() {
      this.set(admission?.inFlight ?? 0);
    },
  });
  new Counter({
    name: "logrelay_appends_shed_total",
    help: "Append requests refused with 503 because MAX_APPENDS_IN_FLIGHT appends were waiting on Redis",
    registers,
    collect() {
      this.reset();
      this.inc(admission?.shed ?? 0);
    },
  });
  return {
    /** the admission control whose counts the gauges above read */
    observeAdmission(a: Admission): void {
      admission = a;
    },
    linesAppended: new Counter({ name: "logrelay_lines_appended_total", help: "Lines stored and published", registers }),
    bytesAppended: new Counter({ name: "logrelay_bytes_appended_total", help: "UTF-8 bytes of the lines stored", registers }),
    requestErrors: new Counter({
      name: "logrelay_request_errors_total",
      help: "Producer requests answered with an error, by status",
      labelNames: ["status"] as const,
      registers,
    }),
    appendSeconds: new Histogram({
      name: "logrelay_append_seconds",
      help: "Time of one append script call",
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers,
    }),
    unreplicatedWrites: new Counter({
      name: "logrelay_unreplicated_writes_total",
      help: "Appends and ends acknowledged with no replica left to confirm them (cluster mode, APPEND_WAIT_REPLICAS > 0)",
      registers,
    }),
    stepsEnded: new Counter({ name: "logrelay_steps_ended_total", help: "Steps marked ended", labelNames: ["status"] as const, registers }),
  };
}

export type ProducerMetrics = ReturnType<typeof producerMetrics>;
