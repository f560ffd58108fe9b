/** Printing the benchmark's results: a text table, the targets of the issue, and the SVG chart. */
import type { Row } from "./scenarios.ts";

const fmt = (x: number | undefined, unit = "") => (x === undefined || Number.isNaN(x) ? "-" : `${x.toLocaleString("en-US")}${unit}`);
const pct = (x: number | undefined) => (x === undefined ? "-" : `${Math.round(x * 100)}%`);

export function deliveryTable(rows: readonly Row[]): string {
  const head = [
    "scenario",
    "route",
    "viewers",
    "steps",
    "offered l/s",
    "delivered l/s",
    "p50 ms",
    "p99 ms",
    "max ms",
    "lost",
    "late",
    "dup",
    "relay cpu",
    "nginx cpu",
    "loadgen cpu",
    "redis cpu",
    "producer cpu",
    "result",
  ];
  const body = rows.map((r) => [
    r.scenario,
    r.route,
    fmt(r.viewers),
    fmt(r.steps),
    fmt(r.offered),
    fmt(r.delivered),
    fmt(r.p50),
    fmt(r.p99),
    fmt(r.max),
    fmt(r.lost),
    fmt(r.late),
    fmt(r.dup),
    pct(r.cpu.relay),
    pct(r.cpu.nginx),
    pct(r.cpu.load),
    pct(r.cpu.redis),
    pct(r.cpu.producer),
    (r.ok ? "ok" : "FAIL") + (r.figures.held === 0 ? " (not held)" : "") + (r.reconnects ? ` ${r.reconnects} reconnects` : "") + (r.note ? ` ${r.note}` : ""),
  ]);
  return table(head, body);
}

export function otherTable(rows: readonly Row[]): string {
  const head = ["scenario", "route", "figures", "cpu", "result"];
  const body = rows.map((r) => [
    r.scenario,
    r.route,
    Object.entries(r.figures)
      .map(([k, v]) => `${k}=${fmt(v)}`)
      .join(" "),
    Object.entries(r.cpu)
      .map(([k, v]) => `${k} ${pct(v)}`)
      .join(", "),
    (r.ok ? "ok" : "FAIL") + (r.note ? ` ${r.note}` : ""),
  ]);
  return table(head, body);
}

function table(head: string[], body: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  return [line(head), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...body.map(line)].join("\n");
}

export interface Series {
  name: string;
  color: string;
  dash?: boolean;
  points: { x: number; y: number; label?: string }[];
}

/** A log-log chart of delay against load, drawn by hand (no chart library). */
export function chartSvg(
  title: string,
  panels: { title: string; xLabel: string; yLabel?: string; series: Series[]; limits: { ms: number; label: string }[] }[],
  footnote: string,
): string {
  const W = 460;
  const H = 320;
  const m = { l: 60, r: 16, t: 34, b: 46 };
  const out: string[] = [];
  const width = W * panels.length;
  const height = H + 60;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  out.push(`<text x="${width / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>`);
  panels.forEach((panel, pi) => {
    const ox = pi * W;
    const oy = 20;
    const pts = panel.series.flatMap((s) => s.points).filter((p) => p.x > 0 && p.y > 0);
    if (pts.length === 0) return;
    const xr = logRange(pts.map((p) => p.x));
    const yr = logRange(panel.yLabel ? pts.map((p) => p.y) : [...pts.map((p) => p.y), 1, 200]);
    const X = (x: number) => ox + m.l + ((Math.log10(x) - xr[0]) / (xr[1] - xr[0])) * (W - m.l - m.r);
    const Y = (y: number) => oy + H - m.b - ((Math.log10(y) - yr[0]) / (yr[1] - yr[0])) * (H - m.t - m.b);
    out.push(`<text x="${ox + W / 2}" y="${oy + 22}" text-anchor="middle" font-weight="bold">${esc(panel.title)}</text>`);
    for (let e = Math.ceil(xr[0]); e <= xr[1]; e++) {
      const x = X(10 ** e);
      out.push(`<line x1="${x}" y1="${Y(10 ** yr[0])}" x2="${x}" y2="${Y(10 ** yr[1])}" stroke="#ddd"/>`);
      out.push(`<text x="${x}" y="${oy + H - m.b + 16}" text-anchor="middle">${short(10 ** e)}</text>`);
    }
    for (let e = Math.ceil(yr[0]); e <= yr[1]; e++) {
      const y = Y(10 ** e);
      out.push(`<line x1="${X(10 ** xr[0])}" y1="${y}" x2="${X(10 ** xr[1])}" y2="${y}" stroke="#ddd"/>`);
      out.push(`<text x="${ox + m.l - 6}" y="${y + 4}" text-anchor="end">${short(10 ** e)}</text>`);
    }
    out.push(`<text x="${ox + W / 2}" y="${oy + H - 10}" text-anchor="middle">${esc(panel.xLabel)}</text>`);
    out.push(`<text transform="translate(${ox + 16},${oy + H / 2}) rotate(-90)" text-anchor="middle">${esc(panel.yLabel ?? "p99 delay, ms (log)")}</text>`);
    for (const limit of panel.limits) {
      const y = Y(limit.ms);
      out.push(`<line x1="${X(10 ** xr[0])}" y1="${y}" x2="${X(10 ** xr[1])}" y2="${y}" stroke="#c33" stroke-dasharray="2 3"/>`);
      out.push(`<text x="${X(10 ** xr[1]) - 4}" y="${y + 11}" text-anchor="end" fill="#c33" font-size="10">${esc(limit.label)}</text>`);
    }
    panel.series.forEach((s, si) => {
      const ps = s.points.filter((p) => p.x > 0 && p.y > 0).sort((a, b) => a.x - b.x);
      if (ps.length === 0) return;
      const d = ps.map((p, i) => `${i ? "L" : "M"}${X(p.x).toFixed(1)},${Y(p.y).toFixed(1)}`).join(" ");
      out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ' stroke-dasharray="6 4"' : ""}/>`);
      for (const p of ps) {
        out.push(`<circle cx="${X(p.x).toFixed(1)}" cy="${Y(p.y).toFixed(1)}" r="3.5" fill="${s.color}"/>`);
        if (p.label) out.push(`<text x="${(X(p.x) + 6).toFixed(1)}" y="${(Y(p.y) - 6).toFixed(1)}" font-size="10" fill="${s.color}">${esc(p.label)}</text>`);
      }
      const ly = oy + m.t + 14 + si * 16;
      out.push(
        `<line x1="${ox + m.l + 10}" y1="${ly - 4}" x2="${ox + m.l + 34}" y2="${ly - 4}" stroke="${s.color}" stroke-width="2"${s.dash ? ' stroke-dasharray="6 4"' : ""}/>`,
      );
      out.push(`<text x="${ox + m.l + 40}" y="${ly}">${esc(s.name)}</text>`);
    });
  });
  out.push(`<text x="10" y="${height - 12}" font-size="10" fill="#555">${esc(footnote)}</text>`);
  out.push("</svg>");
  return out.join("\n") + "\n";
}

function logRange(values: number[]): [number, number] {
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.ceil(Math.log10(Math.max(...values)));
  return [lo, hi === lo ? lo + 1 : hi];
}

function short(v: number): string {
  if (v >= 1e6) return `${v / 1e6}M`;
  if (v >= 1e3) return `${v / 1e3}k`;
  return String(Number(v.toPrecision(3)));
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
