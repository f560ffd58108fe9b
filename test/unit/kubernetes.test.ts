/**
 * deploy/kubernetes/ offline: every manifest validates against the Kubernetes OpenAPI schemas
 * (kubernetes-models, pinned), and agrees with the code: ports, probe paths, env names, the
 * relay's Node flags, the nginx config (the repo's nginx.conf, made a ConfigMap by nginx/kustomization.yaml).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { ConfigMap, Namespace, Service } from "kubernetes-models/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import type { IContainer } from "kubernetes-models/v1/Container";
import { loadRelayConfig } from "../../relay/config.ts";
import { loadProducerConfig } from "../../producer/config.ts";
import { PRODUCER_NODE_FLAGS, RELAY_NODE_FLAGS } from "../../scripts/local-stack.ts";
import type { Env } from "../../common/env.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIR = path.join(ROOT, "deploy/kubernetes");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

interface Manifest {
  file: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- checked by the schema below
  object: any;
}

const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  "v1/Namespace": Namespace,
  "v1/ConfigMap": ConfigMap,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
};

function manifestFiles(dir: string): string[] {
  return readdirSync(path.join(DIR, dir), { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".yaml") && e.name !== "kustomization.yaml")
    .map((e) => path.join(dir, e.name));
}

const readYaml = (file: string) => parseYaml(readFileSync(file, "utf8"));
const kustomization = readYaml(path.join(DIR, "kustomization.yaml"));
const files = [...manifestFiles("."), ...manifestFiles("examples")].map((f) => path.normalize(f));
const manifests: Manifest[] = files.map((file) => ({ file, object: readYaml(path.join(DIR, file)) }));

interface Generator {
  name: string;
  files: string[];
  behavior?: "create" | "merge";
}
/**
 * The ConfigMaps kustomize generates, validated like the files: each generator's files read from
 * its own kustomization's folder, a `merge` generator adding its files to the one it names (the
 * repo's nginx.conf comes from nginx/kustomization.yaml, listed as a resource).
 */
const kustomizations = [DIR, ...kustomization.resources.map((r: string) => path.join(DIR, r)).filter((d: string) => !d.endsWith(".yaml"))];
const generators = kustomizations.flatMap((dir) =>
  ((readYaml(path.join(dir, "kustomization.yaml")).configMapGenerator ?? []) as Generator[]).map((g) => ({ ...g, dir })),
);
const generatedData = new Map<string, Record<string, string>>();
for (const g of [...generators].sort((a, b) => Number(a.behavior === "merge") - Number(b.behavior === "merge"))) {
  const data = generatedData.get(g.name) ?? {};
  if (g.behavior === "merge" && !generatedData.has(g.name)) throw new Error(`${g.name}: merge into a ConfigMap no kustomization creates`);
  for (const f of g.files) data[path.basename(f)] = readFileSync(path.join(g.dir, f), "utf8");
  generatedData.set(g.name, data);
}
const generated = [...generatedData].map(([name, data]) => ({
  file: `kustomization configMapGenerator ${name}`,
  object: { apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace: kustomization.namespace }, data },
}));
const applied = manifests.filter((m) => kustomization.resources.includes(m.file));
const byKind = (kind: string, name: string) =>
  [...manifests, ...generated].find((m) => m.object.kind === kind && m.object.metadata.name === name && !m.file.startsWith("examples"))!.object;
const containerOf = (deployment: string): IContainer => byKind("Deployment", deployment).spec.template.spec.containers[0];

/** The names a config loader reads, recorded by running it on an environment that logs every lookup. */
function namesRead(load: (env: Env) => unknown): Set<string> {
  const seen = new Set<string>();
  load(new Proxy({}, { get: (_t, name) => (seen.add(String(name)), undefined) }));
  return seen;
}

describe("Kubernetes manifests (deploy/kubernetes)", () => {
  it("are all listed by kustomization.yaml, examples aside", () => {
    expect(applied.map((m) => m.file).sort()).toEqual(files.filter((f) => !f.startsWith("examples")).sort());
    for (const r of kustomization.resources as string[]) expect(files.includes(r) || r === "../../nginx", r).toBe(true);
  });

  it.each([...manifests, ...generated].map((m) => [m.file, m]))("%s validates against the Kubernetes OpenAPI schema", (_file, m) => {
    const model = MODELS[`${m.object.apiVersion}/${m.object.kind}`];
    expect(model, `no model for ${m.object.apiVersion} ${m.object.kind}`).toBeDefined();
    expect(() => new model(m.object as never).validate()).not.toThrow();
  });

  it("the schema check catches a drifted manifest", () => {
    const bad = structuredClone(containerOf("logrelay-relay")) as unknown as Record<string, unknown>;
    const deployment = structuredClone(byKind("Deployment", "logrelay-relay"));
    deployment.spec.template.spec.containers[0] = { ...bad, ports: [{ containerPort: "3000" }] };
    expect(() => new Deployment(deployment).validate()).toThrow();
  });

  it("put every namespaced object in the namespace nginx's upstreams name", () => {
    const upstreams = read("deploy/kubernetes/nginx/upstreams.conf");
    for (const m of applied.filter((x) => x.object.kind !== "Namespace")) expect(m.object.metadata.namespace, m.file).toBe(kustomization.namespace);
    for (const svc of applied.filter((m) => m.object.kind === "Service" && m.object.spec.clusterIP === "None")) {
      expect(upstreams).toContain(`server ${svc.object.metadata.name}.${kustomization.namespace}.svc.cluster.local:${svc.object.spec.ports[0].port} resolve`);
    }
  });

  it("select their pods: Services, PDBs and the HPA point at the Deployments' labels", () => {
    for (const m of applied.filter((x) => ["Service", "PodDisruptionBudget"].includes(x.object.kind))) {
      const selector = m.object.spec.selector.matchLabels ?? m.object.spec.selector;
      const matching = applied.filter(
        (d) => d.object.kind === "Deployment" && Object.entries(selector).every(([k, v]) => d.object.spec.template.metadata.labels[k] === v),
      );
      expect(matching.length, `${m.file} selects one Deployment`).toBe(1);
    }
    for (const m of manifests.filter((x) => x.object.kind === "HorizontalPodAutoscaler"))
      expect(byKind("Deployment", m.object.spec.scaleTargetRef.name)).toBeDefined();
    for (const d of applied.filter((x) => x.object.kind === "Deployment"))
      expect(d.object.spec.template.metadata.labels).toEqual(d.object.spec.selector.matchLabels);
  });

  it("use the ports the services listen on by default and the nginx config's listen", () => {
    expect(containerOf("logrelay-relay").ports![0].containerPort).toBe(loadRelayConfig({}).port);
    expect(containerOf("logrelay-producer").ports![0].containerPort).toBe(loadProducerConfig({}).port);
    expect(read("nginx/nginx.conf")).toContain(`listen ${containerOf("logrelay-nginx").ports![0].containerPort};`);
    for (const name of ["logrelay-relay", "logrelay-producer"]) {
      const c = containerOf(name);
      const port = c.env!.find((e) => e.name === "PORT")?.value;
      expect(port === undefined || Number(port) === c.ports![0].containerPort, `${name} PORT`).toBe(true);
      expect(byKind("Service", name).spec.ports[0].port).toBe(c.ports![0].containerPort);
    }
  });

  it("probe the routes the services serve: /readyz for readiness, /healthz for liveness", () => {
    const routes = read("common/http.ts") + read("nginx/nginx.conf");
    for (const name of ["logrelay-relay", "logrelay-producer"]) {
      const c = containerOf(name);
      expect(c.readinessProbe!.httpGet!.path).toBe("/readyz");
      expect(c.livenessProbe!.httpGet!.path).toBe("/healthz");
    }
    expect(routes).toContain('app.get("/readyz"');
    expect(routes).toContain('app.get("/healthz"');
    expect(read("nginx/nginx.conf")).toContain(`location = ${containerOf("logrelay-nginx").readinessProbe!.httpGet!.path} {`);
  });

  it("set only environment variables the configs read", () => {
    const read = { "logrelay-relay": namesRead(loadRelayConfig), "logrelay-producer": namesRead(loadProducerConfig) };
    for (const [name, names] of Object.entries(read)) {
      for (const e of containerOf(name).env!) expect(names.has(e.name), `${name} sets ${e.name}, which its config does not read`).toBe(true);
      const configMaps = containerOf(name).env!.flatMap((e) => (e.valueFrom?.configMapKeyRef ? [e.valueFrom.configMapKeyRef] : []));
      for (const ref of configMaps) expect(Object.keys(byKind("ConfigMap", ref.name!).data)).toContain(ref.key);
    }
  });

  it("let a relay drain: preStop, then SHUTDOWN_GRACE_MS, within terminationGracePeriodSeconds", () => {
    const spec = byKind("Deployment", "logrelay-relay").spec.template.spec;
    const c = containerOf("logrelay-relay");
    const preStopSeconds = Number(c.lifecycle!.preStop!.exec!.command!.at(-1));
    const graceMs = Number(c.env!.find((e) => e.name === "SHUTDOWN_GRACE_MS")?.value ?? loadRelayConfig({}).shutdownGraceMs);
    expect(preStopSeconds).toBeGreaterThan(0);
    expect(spec.terminationGracePeriodSeconds).toBeGreaterThan(preStopSeconds + graceMs / 1000);
    expect(c.resources!.requests!.cpu).toBeDefined(); // the HPA's CPU utilisation is relative to it
  });

  it("run the relay with the same Node flags as the Dockerfile, compose and npm run relay", () => {
    expect(containerOf("logrelay-relay").command).toEqual(["node", ...RELAY_NODE_FLAGS, "relay/main.ts"]);
    expect(containerOf("logrelay-producer").command).toEqual(["node", ...PRODUCER_NODE_FLAGS, "producer/main.ts"]);
  });

  it("give nginx the repo's nginx.conf unchanged, with the Kubernetes upstreams beside it", () => {
    const data = byKind("ConfigMap", "logrelay-nginx").data;
    expect(data["nginx.conf"]).toBe(read("nginx/nginx.conf"));
    expect(data["upstreams.conf"]).toBe(read("deploy/kubernetes/nginx/upstreams.conf"));
    expect(read("nginx/nginx.conf")).toContain("include upstreams.conf;");
    const mounts = containerOf("logrelay-nginx").volumeMounts!.map((v) => [v.mountPath, v.subPath]);
    expect(mounts).toEqual(
      expect.arrayContaining([
        ["/etc/nginx/nginx.conf", "nginx.conf"],
        ["/etc/nginx/upstreams.conf", "upstreams.conf"],
      ]),
    );
    expect(containerOf("logrelay-nginx").command).toEqual(JSON.parse(read("docker-compose.yml").match(/nginx:\n(?:.*\n)*?\s+command: (\[.*\])/)![1]));
  });
});
