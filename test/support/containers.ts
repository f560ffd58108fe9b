/**
 * Redis and nginx for the tests through testcontainers, behind the same `Servers` seam as the
 * local binaries (scripts/local-stack.ts). Redis publishes a fixed loopback port, so a
 * restart comes back where the relays expect it, with its data (the container is kept until
 * `remove()`). nginx runs in the host's network namespace (Linux only), so it reaches the
 * relays on 127.0.0.1 exactly as the nginx binary does and listens on loopback.
 */
import { existsSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { GenericContainer, Wait, getContainerRuntimeClient, type StartedTestContainer } from "testcontainers";
import {
  ROOT,
  freePort,
  httpOk,
  localUpstreams,
  nginxConf,
  startNginx,
  type NginxOptions,
  type NginxServer,
  type RedisOptions,
  type RedisServer,
  type Servers,
} from "../../scripts/local-stack.ts";

const REDIS_IMAGE = "redis:7-bookworm";
const NGINX_IMAGE = "nginx:1.27-bookworm";
// the owner lets a later run remove what a killed test process left behind (there is no ryuk)
const OWNER = `${os.hostname()}:${process.pid}`;
const LABEL = { "org.logrelay.test": "1", "org.logrelay.test.owner": OWNER };

// no ryuk image everywhere (a stack removes its own containers), and machines that look like a
// container to testcontainers would otherwise be dialled on the bridge's private address
process.env.TESTCONTAINERS_RYUK_DISABLED ??= "true";
process.env.TESTCONTAINERS_HOST_OVERRIDE ??= "127.0.0.1";

/** Whether a Docker engine answers (within 3 s); false at once when there is no sign of one. */
export async function dockerAnswers(): Promise<boolean> {
  if (!process.env.DOCKER_HOST && !existsSync("/var/run/docker.sock")) return false;
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000).unref());
    await Promise.race([getContainerRuntimeClient(), timeout]);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(500, () => (socket.destroy(), resolve(false)));
    socket.on("error", () => resolve(false));
    // docker-proxy accepts at once and hangs up while Redis in the container is not listening yet
    socket.on("close", () => resolve(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (d) => (socket.destroy(), resolve(d.toString().startsWith("+PONG"))));
  });
}

/** Published ports bind 127.0.0.1 only: test traffic stays on loopback. */
class LoopbackPorts extends GenericContainer {
  protected override async beforeContainerCreated(): Promise<void> {
    for (const bindings of Object.values(this.hostConfig.PortBindings ?? {}) as { HostIp?: string }[][]) for (const b of bindings) b.HostIp = "127.0.0.1";
  }
}

/** Sends `signal` to a running container and waits until it has exited (SIGKILL after `timeoutMs`), as Proc.stop does. */
async function kill(container: StartedTestContainer, signal: string, timeoutMs = 15000): Promise<void> {
  const handle = (await getContainerRuntimeClient()).container.getById(container.getId());
  if (!(await handle.inspect()).State.Running) return;
  const exited = handle.wait();
  await handle.kill({ signal }).catch(() => undefined); // it may have exited in between
  const timer = setTimeout(() => void handle.kill({ signal: "SIGKILL" }).catch(() => undefined), timeoutMs);
  await exited.finally(() => clearTimeout(timer));
}

/** Redis in a container, published on 127.0.0.1:`port` only. */
export class ContainerRedis implements RedisServer {
  readonly port: number;
  readonly container: StartedTestContainer;

  private constructor(port: number, container: StartedTestContainer) {
    this.port = port;
    this.container = container;
  }

  static async start(options: RedisOptions): Promise<ContainerRedis> {
    const port = options.port ?? (await freePort());
    const command = ["redis-server", "--appendonly", options.persistence ? "yes" : "no", "--save", ""];
    const container = await new LoopbackPorts(REDIS_IMAGE)
      .withCommand(command)
      .withExposedPorts({ container: 6379, host: port })
      .withLabels(LABEL)
      .withWaitStrategy(Wait.forLogMessage(/Ready to accept connections/))
      .withStartupTimeout(30000)
      .start()
      .catch((err: Error) => Promise.reject(new Error(`redis container did not start: ${err.message}`)));
    const redis = new ContainerRedis(port, container);
    await until(() => redisPing(port), `redis answering PING on 127.0.0.1:${port}`);
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Stops the container (SIGTERM: Redis writes its append-only file; SIGKILL: a crash); it is kept for restart(). */
  stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    return kill(this.container, signal);
  }

  /** Starts the same container again: same port, same data directory. The check is a PING
   * from the host (testcontainers' restart() looks for the log line only after StartedAt,
   * and Redis may print it before that). */
  async restart(): Promise<void> {
    const handle = (await getContainerRuntimeClient()).container.getById(this.container.getId());
    if ((await handle.inspect()).State.Running) await handle.restart({ t: 0 });
    else await handle.start();
    await until(() => redisPing(this.port), `redis answering PING again on 127.0.0.1:${this.port}`);
  }

  async remove(): Promise<void> {
    await this.container.stop({ remove: true, removeVolumes: true, timeout: 0 }).catch(() => undefined);
  }
}

/** nginx in a container on the host's network, with the repository's nginx.conf and html. */
export class ContainerNginx implements NginxServer {
  readonly name = "nginx";
  readonly port: number;
  container: StartedTestContainer;
  readonly #options: NginxOptions;
  #running = true;

  private constructor(port: number, container: StartedTestContainer, options: NginxOptions) {
    this.port = port;
    this.container = container;
    this.#options = options;
    this.#watch();
  }

  // the engine says when the container exits, for whatever reason
  #watch(): void {
    this.#running = true;
    const id = this.container.getId();
    void getContainerRuntimeClient()
      .then((client) => client.container.getById(id).wait())
      .then(
        () => id === this.container.getId() && (this.#running = false),
        () => id === this.container.getId() && (this.#running = false),
      );
  }

  get running(): boolean {
    return this.#running;
  }

  /** SIGHUP to the master (PID 1 of the container), as `nginx -s reload` sends. */
  async reload(): Promise<void> {
    const handle = (await getContainerRuntimeClient()).container.getById(this.container.getId());
    await handle.kill({ signal: "SIGHUP" });
  }

  /** A new container on the same port (the old one is stopped and removed first). */
  async restart(): Promise<void> {
    await this.stop();
    this.container = await ContainerNginx.#startContainer({ ...this.#options, port: this.port });
    this.#watch();
    await until(() => httpOk(`http://127.0.0.1:${this.port}/healthz`), `nginx answering on 127.0.0.1:${this.port}`);
  }

  static async start(options: NginxOptions): Promise<ContainerNginx> {
    const port = options.port ?? (await freePort());
    const container = await ContainerNginx.#startContainer({ ...options, port });
    const nginx = new ContainerNginx(port, container, { ...options, port });
    await until(() => httpOk(`http://127.0.0.1:${port}/healthz`), `nginx answering on 127.0.0.1:${port}`).catch(async (err: Error) => {
      await nginx.stop();
      throw err;
    });
    return nginx;
  }

  static async #startContainer(options: NginxOptions & { port: number }): Promise<StartedTestContainer> {
    const port = options.port;
    return new GenericContainer(NGINX_IMAGE)
      .withNetworkMode("host")
      .withCommand(["nginx", "-p", "/etc/nginx/", "-c", "/etc/nginx/nginx.conf", "-g", "daemon off;"])
      .withCopyContentToContainer([
        { content: nginxConf(port), target: "/etc/nginx/nginx.conf" },
        { content: localUpstreams(options.relayPorts, options.producerPort), target: "/etc/nginx/upstreams.conf" },
      ])
      .withCopyDirectoriesToContainer([{ source: path.join(ROOT, "nginx/html"), target: "/etc/nginx/html" }])
      .withLabels(LABEL)
      .withStartupTimeout(30000)
      .start()
      .catch((err: Error) => Promise.reject(new Error(`nginx container did not start: ${err.message}`)));
  }

  /** Fast shutdown (SIGTERM, as the local nginx gets; the image's own stop signal waits for every stream), then removal. */
  async stop(): Promise<void> {
    await kill(this.container, "SIGTERM").catch(() => undefined);
    await this.container.stop({ remove: true, removeVolumes: true, timeout: 0 }).catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

let reaped: Promise<void> | undefined;

/** Removes test containers whose owning process on this host is gone (killed before its cleanup ran). */
function reapOrphans(): Promise<void> {
  reaped ??= (async () => {
    const client = await getContainerRuntimeClient();
    const found = await client.container.dockerode.listContainers({ all: true, filters: { label: ["org.logrelay.test=1"] } });
    for (const info of found) {
      const [host, pid] = (info.Labels["org.logrelay.test.owner"] ?? "").split(":");
      if (host !== os.hostname() || !Number(pid) || alive(Number(pid))) continue;
      await client.container.dockerode
        .getContainer(info.Id)
        .remove({ force: true, v: true })
        .catch(() => undefined);
    }
  })().catch(() => undefined);
  return reaped;
}

/** Redis in a container; nginx in one too on Linux (host networking), else the binary. */
export function containerServers(): Servers<ContainerRedis, NginxServer> & { remove(): Promise<void> } {
  const redises: ContainerRedis[] = [];
  const nginxes: NginxServer[] = [];
  return {
    async redis(options) {
      await reapOrphans();
      const redis = await ContainerRedis.start(options);
      redises.push(redis);
      return redis;
    },
    async nginx(options) {
      const nginx = process.platform === "linux" ? await ContainerNginx.start(options) : await startNginx(options);
      nginxes.push(nginx);
      return nginx;
    },
    /** Removes every container these servers started (the stack's stop() only stops them). */
    async remove() {
      for (const n of nginxes.splice(0)) await n.stop();
      for (const r of redises.splice(0)) await r.remove();
    },
  };
}
