/** What the relay's routes are given: its config, store, hub, connections, metrics, logger and auth. */
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { Authorizer } from "./auth.ts";
import type { Broker } from "../broker.ts";
import type { RelayConfig } from "../config.ts";
import type { Connections } from "./connections.ts";
import type { Hub } from "../stream/hub.ts";
import type { RelayMetrics } from "../metrics.ts";

export interface RelayDeps {
  readonly config: RelayConfig;
  readonly broker: Broker;
  readonly hub: Hub;
  readonly connections: Connections;
  readonly metrics: RelayMetrics;
  readonly registry: Registry;
  readonly log: Logger;
  readonly authorize?: Authorizer;
  draining(): boolean;
}
