/**
 * Kills and restarts parts of a test stack on their own ports, as a crash and a supervisor
 * would; what it starts it stops in stopAll(). Local processes only (nginx in a container is
 * the stack's own business).
 */
import { startProducer, startRelay, type LocalNginx, type Proc } from "../../scripts/local-stack.ts";
import type { LocalStack } from "./stack.ts";

export class StackParts {
  readonly #stack: LocalStack;
  producer: Proc;
  relays: Proc[];
  readonly #started: Proc[] = [];

  constructor(stack: LocalStack) {
    this.#stack = stack;
    this.producer = stack.producer;
    this.relays = [...stack.relays];
  }

  #redisEnv(): Record<string, string> {
    return { LOG_LEVEL: "warn", ...(this.#stack.cluster ? { REDIS_CLUSTER_NODES: this.#stack.cluster.seeds } : {}) };
  }

  async restartProducer(): Promise<void> {
    await this.producer.stop("SIGKILL");
    this.producer = await startProducer({ dir: this.#stack.dir, redisUrl: this.#stack.redis.url, port: this.producer.port, env: this.#redisEnv() });
    this.#started.push(this.producer);
  }

  /** Stops nginx (the local binary), leaves it down `downMs`, starts it again on its port. */
  async restartNginx(downMs = 0): Promise<void> {
    const nginx = this.#stack.nginx as LocalNginx;
    await nginx.stop();
    await new Promise((r) => setTimeout(r, downMs));
    await nginx.start();
  }

  async killRelay(i: number): Promise<void> {
    await this.relays[i].stop("SIGKILL");
  }

  async restartRelay(i: number): Promise<void> {
    await this.relays[i].stop("SIGKILL");
    this.relays[i] = await startRelay({
      dir: this.#stack.dir,
      redisUrl: this.#stack.redis.url,
      port: this.relays[i].port,
      name: `relay${i + 1}`,
      env: this.#redisEnv(),
    });
    this.#started.push(this.relays[i]);
  }

  async stopAll(): Promise<void> {
    for (const proc of this.#started.reverse()) await proc.stop();
  }
}
