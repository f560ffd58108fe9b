/**
 * Paints the search's matches in the rows on screen with the CSS Custom Highlight API: ranges
 * over the rows' text nodes, no change to the DOM, so rows stay cheap and a link or colour
 * span crossing a match is no problem. Browsers without it still get "k of n" and the jumps.
 */
import type { LineSearch } from "./line-search.ts";

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

export function paintMatches(rows: HTMLElement, search: LineSearch): void {
  const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (!registry || !Highlight) return;
  const q = search.query;
  if (q === "") {
    registry.delete("search");
    registry.delete("search-current");
    return;
  }
  const current = search.currentMatch();
  const all: Range[] = [];
  const now: Range[] = [];
  for (const row of rows.children) {
    const n = Number((row as HTMLElement).dataset.n);
    const text = row.querySelector(".gt") ?? row.querySelector(".tx");
    if (!text) continue;
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const whole = nodes
      .map((t) => t.data)
      .join("")
      .toLowerCase();
    let index = 0;
    for (let at = whole.indexOf(q); at >= 0; at = whole.indexOf(q, at + q.length), index++) {
      const range = rangeOf(nodes, at, at + q.length);
      if (!range) continue;
      (current && current.line === n && current.index === index ? now : all).push(range);
    }
  }
  registry.set("search", new Highlight(...all));
  registry.set("search-current", new Highlight(...now));
}

/** A Range over characters [from, to) of the text nodes taken as one string. */
function rangeOf(nodes: Text[], from: number, to: number): Range | undefined {
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (const node of nodes) {
    const end = offset + node.data.length;
    if (!started && from < end) {
      range.setStart(node, from - offset);
      started = true;
    }
    if (started && to <= end) {
      range.setEnd(node, to - offset);
      return range;
    }
    offset = end;
  }
  return undefined;
}
