/**
 * `npm run test:compose`: the compose smoke test. Builds and starts docker-compose.yml as the
 * project `logrelay-smoke` with nginx published on a free loopback port, waits for every
 * healthcheck, checks the demo writes through the client library and the `client` image's
 * `logrelay run` ships a command's output, streams a step through nginx with a real EventSource while one relay container
 * is killed, checks the viewer ends with exactly lines 1..N, scrapes a relay's /metrics,
 * restarts Redis to check the append-only file keeps the lines, then `down -v`. Then the same
 * on docker-compose.cluster.yml (a Redis Cluster), killing the Redis master of the streaming step
 * (cluster-run.ts); SMOKE_CLUSTER=0 skips that part.
 * Prints each check; exits 1 on the first failure, and on passing TOTAL_MS.
 */
import { spawn, spawnSync } from "node:child_process";
import { ROOT, freePort } from "../../scripts/local-stack.ts";
import { Viewer, rawStream } from "../support/sse.ts";
import { clusterRun } from "./cluster-run.ts";

const TOTAL_MS = Number(process.env.SMOKE_TIMEOUT_MS ?? 12 * 60_000); // both runs, with room for a loaded machine
/** A compose file run as its own project, so the two runs never share a container. */
export interface Project {
  readonly name: string;
  readonly file: string;
}
const SINGLE: Project = { name: "logrelay-smoke", file: "docker-compose.yml" };
const CLUSTER: Project = { name: "logrelay-smoke-cluster", file: "docker-compose.cluster.yml" };
let project = SINGLE;
const SERVICES = ["redis", "producer", "relay1", "relay2", "relay3", "nginx"];
const RELAYS = ["relay1", "relay2", "relay3"];
const N = 400; // lines pushed while the viewer streams
// bounds with room for a loaded machine, still under what a dead relay cost before (3 s, 2 s)
const DEAD_RELAY_BOUND_MS = 2500;
const STALL_BOUND_MS = 1500;
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

interface Result {
  code: number | null;
  out: string;
}

/** Runs a command to its end (killed after `timeoutMs`); output is kept for error messages. */
function run(cmd: string, args: string[], options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    child.on("error", (err) => (out += String(err)));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

async function must(cmd: string, args: string[], options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<string> {
  const r = await run(cmd, args, options);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.code}:\n${r.out.split("\n").slice(-40).join("\n")}`);
  return r.out;
}

/** `docker compose` (v2) when the plugin answers, else `docker-compose` (v1.29). */
function composeCommand(): string[] {
  if (spawnSync("docker", ["compose", "version"], { stdio: "ignore" }).status === 0) return ["docker", "compose"];
  if (spawnSync("docker-compose", ["version"], { stdio: "ignore" }).status === 0) return ["docker-compose"];
  throw new Error("neither `docker compose` nor `docker-compose` is installed");
}

function check(ok: boolean, what: string, detail = ""): void {
  if (!ok) throw new Error(`FAILED: ${what}${detail ? `\n  ${detail}` : ""}`);
  console.log(`  ok  ${what}${detail ? `  (${detail})` : ""}  [${elapsed()}]`);
}

const compose = composeCommand();
// a free port, never a developer's LOGRELAY_PORT (their own stack may hold it); SMOKE_PORT to pin one
const port = Number(process.env.SMOKE_PORT ?? (await freePort()));
const env = { LOGRELAY_PORT: String(port) };
const composeArgs = (p: Project) => [...compose.slice(1), "-f", p.file, "-p", p.name];
const dc = (args: string[], timeoutMs?: number) => must(compose[0], [...composeArgs(project), ...args], { env, timeoutMs });
const containerOf = async (service: string) => (await dc(["ps", "-q", service])).trim();
const base = `http://127.0.0.1:${port}`;

async function health(): Promise<Map<string, string>> {
  const states = new Map<string, string>();
  const ids = (await dc(["ps", "-q"])).split("\n").filter(Boolean);
  if (!ids.length) return states;
  const out = await must("docker", [
    "inspect",
    "-f",
    '{{index .Config.Labels "com.docker.compose.service"}} {{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{end}}',
    ...ids,
  ]);
  for (const line of out.trim().split("\n")) {
    const [service, status, healthStatus] = line.split(" ");
    states.set(service, status === "running" ? healthStatus || "running" : status);
  }
  return states;
}

async function waitHealthy(services: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let states = new Map<string, string>();
  while (Date.now() < deadline) {
    states = await health();
    if (services.every((s) => states.get(s) === "healthy")) return;
    const bad = services.find((s) => states.get(s) === "unhealthy" || states.get(s) === "exited");
    if (bad) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`not healthy: ${[...states].map(([s, h]) => `${s}=${h}`).join(" ")}\n${await dc(["logs", "--tail=20"]).catch(String)}`);
}

/** One relay's /metrics, read inside its container: relays publish no port. */
async function relayMetrics(service: string): Promise<string> {
  const script = "fetch('http://127.0.0.1:3000/metrics').then(r=>r.text()).then(t=>process.stdout.write(t),()=>process.exit(1))";
  return must("docker", ["exec", await containerOf(service), "node", "-e", script], { timeoutMs: 30_000 }); // node starts slowly on a loaded machine
}

function metricValue(text: string, name: string): number | undefined {
  let sum: number | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith(`${name} `) || line.startsWith(`${name}{`)) sum = (sum ?? 0) + Number(line.slice(line.lastIndexOf(" ") + 1));
  }
  return sum;
}

async function post(path: string, body: string, type = "text/plain"): Promise<Response> {
  const res = await fetch(`${base}${path}`, { method: "POST", headers: { "Content-Type": type }, body, signal: AbortSignal.timeout(10_000) });
  await res.text();
  return res;
}

async function waitFor(cond: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`FAILED: timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function smoke(): Promise<void> {
  console.log(`compose smoke test: ${[compose[0], ...composeArgs(project)].join(" ")}, nginx on ${base}`);
  await dc(["down", "-v", "--remove-orphans"], 120_000).catch(() => undefined); // leftovers of an aborted run
  const tUp = Date.now();
  await dc(["up", "-d", "--build"], 6 * 60_000);
  const built = Date.now();
  await waitHealthy(SERVICES, 120_000);
  check(
    true,
    "built and started; every healthcheck healthy",
    `build+create ${((built - tUp) / 1000).toFixed(1)} s, up -d to all healthy ${((Date.now() - tUp) / 1000).toFixed(1)} s`,
  );

  const page = await fetch(`${base}/`);
  const html = await page.text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  const assetStatus = await Promise.all(assets.map(async (a) => (await fetch(`${base}${a}`)).status));
  check(
    page.status === 200 && html.length > 0 && assetStatus.every((st) => st === 200),
    "nginx serves the viewer page at / and its assets",
    assets.map((a, i) => `${a} ${assetStatus[i]}`).join(", "),
  );

  // nginx's own refusals are JSON on this image too (its error_page and map setup)
  const refusals = await Promise.all(
    ["/assets/no-such-file.js", `/${"x".repeat(20_000)}`].map(async (path) => {
      const res = await fetch(`${base}${path}`);
      const body = await res.text();
      let error: unknown;
      try {
        error = (JSON.parse(body) as { error?: unknown }).error;
      } catch {
        error = undefined; // an HTML page
      }
      return { status: res.status, json: typeof error === "string" && Boolean(res.headers.get("content-type")?.startsWith("application/json")) };
    }),
  );
  check(
    refusals[0].status === 404 && refusals[1].status === 414 && refusals.every((r) => r.json),
    "nginx answers its own refusals with JSON errors",
    refusals.map((r) => r.status).join(", "),
  );

  // the demo (DEMO=1) writes through client/ over the producer's own port: the image has what it needs
  let demoLines = 0;
  for (const until = Date.now() + 30_000; demoLines === 0 && Date.now() < until; await new Promise((r) => setTimeout(r, 500))) {
    const { steps } = (await (await fetch(`${base}/api/steps?limit=5`)).json()) as { steps: { org: string; lines: number }[] };
    demoLines = Math.max(0, ...steps.filter((st) => st.org === "demo").map((st) => st.lines));
  }
  check(demoLines > 0, "the producer's demo writes steps through the client library", `${demoLines} lines in the newest demo step`);

  // the worker's image: `logrelay run` in a container ships a command's output through nginx and exits with its code
  await must("docker", ["build", "-q", "--target", "client", "-t", "logrelay-smoke-client", "."], { timeoutMs: 5 * 60_000 });
  const clientStep = `/smoke/client/builds/${Date.now() % 1_000_000_000}/steps/1`;
  const ran = await run("docker", [
    "run",
    "--rm",
    "--network",
    "host",
    "logrelay-smoke-client",
    "run",
    "--quiet",
    "--step",
    `${base}${clientStep}`,
    "--",
    "sh",
    "-c",
    "echo one; echo two; exit 3",
  ]);
  const shipped = await (await fetch(`${base}${clientStep}/logs`)).text();
  check(
    ran.code === 3 && shipped === "one\ntwo\n",
    "the client image's logrelay run ships a command's output and exits with its code",
    `exit ${ran.code}, log ${JSON.stringify(shipped)}`,
  );

  const step = `/smoke/compose/builds/${Date.now() % 1_000_000_000}/steps/1`;
  const lines = Array.from({ length: N }, (_, i) => `line ${i + 1} ✓\tsmoke`);
  const first = await post(`${step}/logs`, lines.slice(0, 50).join("\n") + "\n");
  check(first.status === 200, "POST through nginx reaches the producer", `status ${first.status}`);

  const viewer = new Viewer(`${base}${step}/logs/events`);
  try {
    await waitFor(() => viewer.lastNumber >= 50, "the backlog through nginx", 15_000);
    check(true, "an EventSource through nginx gets the backlog", `lines 1..${viewer.lastNumber}`);

    // the relay holding the stream is the one to kill; then lines keep coming while it is down
    const counts = await Promise.all(RELAYS.map(async (r) => metricValue(await relayMetrics(r), "logrelay_sse_connections") ?? 0));
    const victim = RELAYS[counts.findIndex((c) => c > 0)] ?? "relay1";
    const victimId = await containerOf(victim);
    let pushed = 50;
    let killed = false;
    const pusher = (async () => {
      while (pushed < N) {
        if (pushed >= N / 2 && !killed) {
          await new Promise((r) => setTimeout(r, 20)); // the second half goes out after the kill, however slow docker is
          continue;
        }
        const next = Math.min(pushed + 10, N);
        const res = await post(`${step}/logs`, lines.slice(pushed, next).join("\n") + "\n");
        if (res.status !== 200) throw new Error(`push of lines ${pushed + 1}..${next} got ${res.status}`);
        pushed = next;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await waitFor(() => viewer.lastNumber >= 120, "live lines", 15_000);
    // what the kill costs the viewer: from its stream dropping (the relay died; docker kill itself
    // takes seconds on a loaded machine) to its first line over the new connection
    let droppedAt = 0;
    let reopenedAt = 0;
    viewer.es.addEventListener("error", () => (droppedAt ||= Date.now()));
    viewer.es.addEventListener("open", () => (reopenedAt ||= droppedAt && Date.now()));
    const tKill = Date.now();
    await must("docker", ["kill", victimId]);
    killed = true;
    const killMs = Date.now() - tKill;
    check(
      viewer.lastNumber < N,
      `docker kill ${victim} while the viewer streams`,
      `open streams per relay before: ${counts.join("/")}; viewer at line ${viewer.lastNumber} of ${N}`,
    );

    await waitFor(() => reopenedAt > 0 && viewer.received.some((l) => l.at >= reopenedAt), "the viewer's first line after the kill", 30_000);
    const nextLineAt = viewer.received.find((l) => l.at >= reopenedAt)!.at;
    // the retry: interval (1 s) plus at most nginx's 300 ms connect timeout on the dead relay's
    // address; with the 2 s connect timeout it was 3 s whenever least_conn picked the dead relay
    check(
      nextLineAt - droppedAt < DEAD_RELAY_BOUND_MS,
      `the viewer's next line comes within ${DEAD_RELAY_BOUND_MS} ms of its stream dropping`,
      `${nextLineAt - droppedAt} ms; ${nextLineAt - tKill} ms from the start of docker kill, which took ${killMs} ms`,
    );

    // while the relay stays dead, other requests do not stall on its address
    const latencies: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = Date.now();
      const res = await fetch(`${base}/api/steps?limit=5`, { signal: AbortSignal.timeout(10_000) });
      await res.text();
      latencies.push(Date.now() - t);
      if (res.status !== 200) throw new Error(`GET /api/steps with ${victim} dead got ${res.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const slowest = Math.max(...latencies);
    check(
      slowest < STALL_BOUND_MS,
      `with ${victim} dead, 30 requests over ~4 s each answer within ${STALL_BOUND_MS} ms`,
      `slowest ${slowest} ms, median ${latencies.sort((a, b) => a - b)[15]} ms`,
    );

    await pusher;
    await waitFor(() => viewer.lastNumber >= N, `line ${N} after the kill`, 30_000);
    const end = await post(`${step}/logs/end`, JSON.stringify({ status: "success" }), "application/json");
    check(end.status === 200, "the step ends through nginx");
    // the end event, or a 204 if the viewer was reconnecting when the step ended: both stop it
    await waitFor(() => viewer.ended !== undefined || viewer.es.readyState === viewer.es.CLOSED, "the end of the stream", 30_000);
    const exact = viewer.numbers.length === N && viewer.numbers.every((n, i) => n === i + 1) && viewer.texts.every((t, i) => t === lines[i]);
    check(
      exact && viewer.outOfOrder.length === 0,
      `the viewer ends with exactly lines 1..${N}, no gap, no repeat`,
      `${viewer.received.length} lines, ${viewer.outOfOrder.length} out of order`,
    );
    check(viewer.opens >= 2, "the viewer reconnected through nginx to a sibling relay", `${viewer.opens} opens`);
    check(
      viewer.ended === undefined || (viewer.ended.lines === N && viewer.ended.status === "success"),
      "the stream ends: end event with the line count and status, or 204",
      JSON.stringify(viewer.ended ?? "204"),
    );
    const victimState = (await health()).get(victim);
    check(victimState !== "healthy", `${victim} stays down after the kill`, String(victimState));
  } finally {
    viewer.close();
  }

  const states = await health();
  const alive = RELAYS.filter((r) => states.get(r) === "healthy");
  const texts = await Promise.all(alive.map(relayMetrics));
  const names = ["logrelay_sse_connections", "logrelay_lines_delivered_total", "logrelay_slow_clients_dropped_total", "logrelay_channel_subscriptions"];
  const missing = names.filter((m) => !texts.every((t) => metricValue(t, m) !== undefined));
  check(
    alive.length === 2 && missing.length === 0,
    `/metrics of ${alive.join(", ")} export ${names.join(", ")}`,
    missing.length ? `missing ${missing.join(", ")}` : "",
  );
  const delivered = texts.reduce((sum, t) => sum + (metricValue(t, "logrelay_lines_delivered_total") ?? 0), 0);
  check(delivered > 0, "the surviving relays count delivered lines", `logrelay_lines_delivered_total ${delivered}`);

  // persistence: the lines survive a Redis restart (append-only file on the volume)
  await dc(["restart", "redis"], 60_000);
  await waitHealthy(["redis"], 60_000);
  let replay = { status: 0, text: "" };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    replay = await rawStream(`${base}${step}/logs/events`, {}, 5000).catch(() => replay);
    if (replay.status === 200 && replay.text.includes("event: end")) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const replayed = [...replay.text.matchAll(/^data: (\{"n".*)$/gm)].flatMap((m) => (JSON.parse(m[1]) as { lines: string[] }).lines);
  check(
    replayed.length === N && replayed[N - 1] === lines[N - 1] && replay.text.includes(`"lines":${N}`),
    "after a Redis restart the step replays in full (AOF on the volume)",
    `${replayed.length} lines`,
  );
}

let failed = false;
const guard = setTimeout(() => {
  console.error(`FAILED: the smoke test passed its ${TOTAL_MS} ms budget`);
  failed = true;
  void teardown().then(() => process.exit(1));
}, TOTAL_MS);

async function teardown(p = project): Promise<void> {
  const tDown = Date.now();
  const r = await run(compose[0], [...composeArgs(p), "down", "-v", "--remove-orphans"], { env, timeoutMs: 120_000 });
  if (r.code === 0) console.log(`  ok  down -v in ${((Date.now() - tDown) / 1000).toFixed(1)} s`);
  else {
    console.error(`FAILED: down -v exited ${r.code}:\n${r.out}`);
    failed = true;
  }
}

async function attempt(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    console.error((err as Error).message);
    failed = true;
    const logs = await run(compose[0], [...composeArgs(project), "logs", "--no-color", "--tail=15"], { env, timeoutMs: 30_000 });
    console.error(`last log lines of each service:\n${logs.out}`);
  }
  await teardown();
}

// SMOKE_RUNS=cluster: only the cluster run (while working on it)
if (process.env.SMOKE_RUNS !== "cluster") await attempt(smoke);
if (!failed && process.env.SMOKE_CLUSTER !== "0") {
  project = CLUSTER;
  await attempt(() => clusterRun({ project, base, dc, containerOf, waitHealthy, health, check, waitFor }));
}
clearTimeout(guard);
console.log(failed ? `compose smoke test FAILED after ${elapsed()}` : `compose smoke test passed in ${elapsed()}`);
process.exit(failed ? 1 : 0);
