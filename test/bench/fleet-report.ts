/** The fleet's table: per row, appends offered and answered, delays, correctness, CPU and memory with each server process's share. */
import type { Row } from "./scenarios.ts";

const SERVER_NAMES: Record<string, string> = {
  nginx: "logrelay through nginx",
  nchan: "nchan direct",
  "nchan-proxy": "nchan behind nginx proxy",
};

const fmt = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "-" : x.toLocaleString("en-US"));

/** What each process group is called in a row: for nchan, "relay" is nchan's nginx and "nginx" its proxy. */
function groupName(route: string, group: string): string {
  if (route === "nginx") return group;
  return group === "relay" ? "nchan" : group === "nginx" ? "proxy" : group;
}

function shares(r: Row, prefix: string): string {
  return Object.entries(r.figures)
    .filter(([k]) => k.startsWith(prefix))
    .map(([k, v]) => `${groupName(r.route, k.slice(prefix.length))} ${fmt(v)}`)
    .join(", ");
}

export function fleetTable(rows: readonly Row[]): string {
  const head = [
    "load",
    "server",
    "steps",
    "viewers",
    "appends/s offered",
    "answered",
    "lines/s",
    "answer p50 / p99 ms",
    "line p50 / p99 / max ms",
    "lost / dup / reord / undeliv",
    "unanswered",
    "server CPU µs/line (each process)",
    "server MiB (each)",
    "generator CPU",
    "result",
  ];
  const body = rows.map((r) => {
    const f = r.figures;
    const result =
      (r.ok ? "ok" : "FAIL") +
      (f.held === 0 ? " (not held)" : f.held === 1 ? " (held)" : "") +
      (r.reconnects ? ` ${r.reconnects} reconnects` : "") +
      (r.note ? ` ${r.note}` : "");
    return [
      r.load ?? "",
      (SERVER_NAMES[r.route] ?? r.route) + (r.redis ? `, ${r.redis}` : ""),
      fmt(r.steps),
      fmt(r.viewers),
      fmt(f.appendsOffered),
      fmt(f.appendsAnswered),
      fmt(f.linesAppended),
      `${fmt(f.answerP50ms)} / ${fmt(f.answerP99ms)}`,
      r.viewers ? `${fmt(r.p50)} / ${fmt(r.p99)} / ${fmt(r.max)}` : "-",
      r.lost === undefined ? "-" : `${fmt(r.lost)} / ${fmt(r.dup)} / ${fmt(f.reordered)} / ${fmt(r.late)}`,
      fmt(f.unanswered),
      f.serverCpuUsPerLine === undefined ? "-" : `${fmt(f.serverCpuUsPerLine)} (${shares(r, "us_")})`,
      f.serverMiB === undefined ? "-" : `${fmt(f.serverMiB)} (${shares(r, "mib_")})`,
      f.generatorCpu === undefined
        ? "-"
        : `${Math.round(f.generatorCpu * 100)}% (${fmt(f.generatorUsPerAppend)} µs/append), viewers ${Math.round((f.viewerCpu ?? 0) * 100)}%`,
      result,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  return [line(head), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...body.map(line)].join("\n");
}
