/**
 * Counts and times as the page shows them, without Intl: a page's first toLocaleString loads
 * the locale data (about 40 ms, measured), and the step list filled on load sat on the way to
 * the first line of the log.
 */

/** 1234567 -> "1,234,567" */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "1 line", "1,234 lines" */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${groupDigits(n)} ${n === 1 ? one : many}`;
}

/** 7 -> "07"; 7, 3 -> "007" */
export const pad = (v: number, width = 2): string => String(v).padStart(width, "0");

/** Local date and time to the second: "2026-11-29 09:41:07". */
export function localDateTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
