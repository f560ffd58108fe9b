/** The three-way comparison: logrelay through nginx against nchan alone and nchan behind a proxy. */
import os from "node:os";
import { chartSvg, type Series } from "./report.ts";
import type { Row } from "./scenarios.ts";

const NAMES: Record<string, string> = {
  nginx: "logrelay through nginx",
  direct: "(logrelay direct)",
  nchan: "nchan direct",
  "nchan-proxy": "nchan behind nginx proxy",
};
const ORDER = ["nginx", "nchan-proxy", "nchan", "direct"];

const fmt = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "-" : x.toLocaleString("en-US"));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b ? "-" : `${(a / b).toFixed(2)}x`);

function loads(rows: readonly Row[]): string[] {
  return [...new Set(rows.filter((r) => r.load && r.route in NAMES).map((r) => r.load!))];
}

function find(rows: readonly Row[], load: string, route: string): Row | undefined {
  return rows.find((r) => r.load === load && r.route === route);
}

/** One table: per load, each server's delay, loss and CPU per line, and logrelay's ratios to both nchan rows. */
export function comparisonTable(rows: readonly Row[]): string {
  const head = [
    "load",
    "server",
    "p50 ms",
    "p99 ms",
    "max ms",
    "lost",
    "late",
    "delivered l/s",
    "server CPU µs/line",
    "p99 / CPU vs nchan+proxy",
    "p99 / CPU vs nchan",
  ];
  const body: string[][] = [];
  for (const load of loads(rows)) {
    const anchorP = find(rows, load, "nchan-proxy");
    const anchorD = find(rows, load, "nchan");
    for (const route of ORDER) {
      const r = find(rows, load, route);
      if (!r) continue;
      const us = r.delivered ? r.figures.serverCpuUsPerLine : undefined; // nothing delivered: no cost per line
      const vs = (a?: Row) => (route === "nginx" || route === "direct" ? `${ratio(r.p99, a?.p99)} / ${ratio(us, a?.figures.serverCpuUsPerLine)}` : "");
      body.push([load, NAMES[route], fmt(r.p50), fmt(r.p99), fmt(r.max), fmt(r.lost), fmt(r.late), fmt(r.delivered), fmt(us), vs(anchorP), vs(anchorD)]);
    }
  }
  const idle = idleMemory(rows);
  const out = [table(head, body)];
  if (idle.length) out.push("", table(["idle streams, each server fresh", "KiB RSS per stream"], idle));
  return out.join("\n");
}

function idleMemory(rows: readonly Row[]): string[][] {
  const idle = (route: string) => rows.find((r) => r.scenario === "idle" && r.route === route);
  const out: string[][] = [];
  const ours = idle("nginx");
  if (ours)
    out.push([
      `logrelay: relay + nginx (${fmt(ours.viewers)} streams)`,
      `${fmt(ours.figures.totalRssPerConnKiB)} (relay ${fmt(ours.figures.relayRssPerConnKiB)}, nginx ${fmt(ours.figures.nginxRssPerConnKiB)})`,
    ]);
  const np = idle("nchan-proxy");
  if (np)
    out.push([
      `nchan + its proxy (${fmt(np.viewers)} streams)`,
      `${fmt(np.figures.totalRssPerConnKiB)} (nchan ${fmt(np.figures.nchanRssPerConnKiB)}, proxy ${fmt(np.figures.proxyRssPerConnKiB)})`,
    ]);
  const n = idle("nchan");
  if (n) out.push([`nchan direct (${fmt(n.viewers)} streams)`, fmt(n.figures.totalRssPerConnKiB)]);
  return out;
}

export interface NchanTarget {
  target: string;
  figure: string;
  met?: boolean;
}

/** The targets against nchan, from one run. */
export function nchanTargets(rows: readonly Row[]): NchanTarget[] {
  const out: NchanTarget[] = [];
  for (const load of loads(rows)) {
    const ours = find(rows, load, "nginx");
    const p = find(rows, load, "nchan-proxy");
    const d = find(rows, load, "nchan");
    if (!ours || !p || !d) continue;
    const us = (r: Row) => r.figures.serverCpuUsPerLine;
    out.push({
      target: `${load}: p99 and CPU/line <= nchan behind nginx`,
      figure: `p99 ${ours.p99} vs ${p.p99} ms, ${us(ours)} vs ${us(p)} µs/line`,
      met: (ours.p99 ?? Infinity) <= (p.p99 ?? 0) && us(ours) <= us(p),
    });
    out.push({
      target: `${load}: p99 <= 1.25x and CPU/line <= 1.5x nchan direct`,
      figure: `p99 ${ratio(ours.p99, d.p99)}, CPU ${ratio(us(ours), us(d))}`,
      met: (ours.p99 ?? Infinity) <= 1.25 * (d.p99 ?? 0) && us(ours) <= 1.5 * us(d),
    });
  }
  const idle = rows.find((r) => r.scenario === "idle" && r.route === "nginx");
  if (idle) {
    const np = rows.find((r) => r.scenario === "idle" && r.route === "nchan-proxy");
    out.push({
      target: "idle memory per stream, relay + nginx <= 30 KiB",
      figure: `${idle.figures.totalRssPerConnKiB} KiB (relay ${idle.figures.relayRssPerConnKiB}, nginx ${idle.figures.nginxRssPerConnKiB}); nchan + proxy ${np?.figures.totalRssPerConnKiB ?? "-"}`,
      met: idle.figures.totalRssPerConnKiB <= 30,
    });
  }
  return out;
}

function table(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  return [line(head), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...body.map(line)].join("\n");
}

/** p99 and server CPU per line against deliveries per second, one line per server. */
export function comparisonChart(rows: readonly Row[], isQuick: boolean): string {
  const series = (y: (r: Row) => number | undefined): Series[] =>
    [
      { route: "nginx", color: "#1f6feb", dash: false },
      { route: "nchan-proxy", color: "#2da44e", dash: true },
      { route: "nchan", color: "#2da44e", dash: false },
    ].map(({ route, color, dash }) => ({
      name: NAMES[route],
      color,
      dash,
      points: rows
        .filter((r) => r.route === route && r.load && r.delivered && y(r))
        .map((r) => ({ x: (r.offered ?? 0) * (r.viewers ?? 1), y: y(r)!, label: route === "nginx" ? r.load : undefined })),
    }));
  return chartSvg(
    `logrelay against nchan, same feed, same run${isQuick ? " (quick run)" : ""}`,
    [
      {
        title: "p99 delay (line created -> parsed by the viewer)",
        xLabel: "lines to deliver per second (viewers x lines/s)",
        series: series((r) => r.p99),
        limits: [],
      },
      {
        title: "server CPU per delivered line",
        xLabel: "lines to deliver per second (viewers x lines/s)",
        yLabel: "µs of CPU per line (log)",
        series: series((r) => r.figures.serverCpuUsPerLine),
        limits: [],
      },
    ],
    `${new Date().toISOString().slice(0, 16)} UTC, ${os.cpus().length} cores shared by all servers and the load generator; server CPU = relay or nchan + nginx + Redis + producer; npm run bench`,
  );
}

/** Ingest and fan-out on one Redis and on the cluster, with each Redis node's CPU. */
export function clusterTable(rows: readonly Row[], roles: ReadonlyMap<string, string>): string {
  const head = ["scenario", "Redis", "lines/s", "p99 ms", "lost / late", "Redis CPU, all nodes", "Redis CPU per node", "producer cpu", "relay cpu", "result"];
  const pct = (x: number | undefined) => (x === undefined ? "-" : `${Math.round(x * 100)}%`);
  const body = rows.map((r) => {
    const nodes = Object.entries(r.figures)
      .filter(([k]) => k.startsWith("redisCpu"))
      .map(([k, v]) => ({ name: k.slice(8), role: roles.get(k.slice(8)) ?? "", v }))
      .sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name));
    const perNode = nodes.length ? nodes.map((n) => `${n.role === "master" ? "M" : n.role === "slave" ? "R" : "?"}${n.name} ${pct(n.v)}`).join(", ") : "-";
    const lines = r.scenario.startsWith("ingest") ? r.figures.linesPerSecond : r.delivered;
    const what = r.scenario.startsWith("ingest")
      ? `ingest: ${r.figures.uploads} uploads to the producer`
      : `fan-out: ${fmt(r.steps)} steps x 1 viewer via nginx, 20 000 appends/s`;
    return [
      what,
      r.redis ?? "",
      fmt(lines),
      fmt(r.p99),
      r.lost === undefined ? "-" : `${r.lost} / ${r.late}`,
      pct(r.cpu.redis),
      perNode,
      pct(r.cpu.producer),
      pct(r.cpu.relay),
      (r.ok ? "ok" : "FAIL") + (r.note ? ` ${r.note}` : ""),
    ];
  });
  return table(head, body);
}
