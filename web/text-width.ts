/**
 * How wide a line's text is in the log's monospace font, in columns, and how many rows of a
 * given width the browser wraps it into (`white-space: pre-wrap`: breaks at spaces, inside a
 * word only when the word is longer than a row). A tab reaches the next multiple of 8, a
 * double-width character (CJK, most emoji) takes two, a combining mark none, and `\n` (in an
 * annotation's `%0A`) starts a new row. This is the estimate for rows not drawn yet; a drawn
 * row's height is what the browser laid out (see RowModel.measured).
 */

const TAB = 8;

// East Asian Wide and Fullwidth characters and the emoji that terminals draw two columns wide.
const WIDE = new RegExp(
  "[\\u{1100}-\\u{115f}\\u{231a}\\u{231b}\\u{2329}\\u{232a}\\u{23e9}-\\u{23ec}\\u{23f0}\\u{23f3}\\u{25fd}\\u{25fe}\\u{2614}\\u{2615}\\u{2648}-\\u{2653}\\u{267f}\\u{2693}" +
    "\\u{26a1}\\u{26aa}\\u{26ab}\\u{26bd}\\u{26be}\\u{26c4}\\u{26c5}\\u{26ce}\\u{26d4}\\u{26ea}\\u{26f2}\\u{26f3}\\u{26f5}\\u{26fa}\\u{26fd}\\u{2705}\\u{270a}\\u{270b}\\u{2728}\\u{274c}" +
    "\\u{274e}\\u{2753}-\\u{2755}\\u{2757}\\u{2795}-\\u{2797}\\u{27b0}\\u{27bf}\\u{2b1b}\\u{2b1c}\\u{2b50}\\u{2b55}\\u{2e80}-\\u{303e}\\u{3041}-\\u{33ff}\\u{3400}-\\u{4dbf}" +
    "\\u{4e00}-\\u{9fff}\\u{a000}-\\u{a4cf}\\u{a960}-\\u{a97f}\\u{ac00}-\\u{d7a3}\\u{f900}-\\u{faff}\\u{fe10}-\\u{fe19}\\u{fe30}-\\u{fe6f}\\u{ff00}-\\u{ff60}\\u{ffe0}-\\u{ffe6}" +
    "\\u{1f000}-\\u{1fbff}\\u{20000}-\\u{3fffd}]",
  "u",
);
// Marks drawn on the character before them, joiners and variation selectors: no column.
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\p{Variation_Selector}]$/u;

/** Columns of one character (a surrogate pair counts at its first half, the second is 0). */
function charColumns(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x300) return 1;
  if (c >= 0xdc00 && c <= 0xdfff) return 0; // second half of a pair
  const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i];
  if (WIDE.test(ch)) return 2;
  return ZERO.test(ch) ? 0 : 1;
}

// A tab, a newline, or a character that may be more or less than one column (tested natively: most lines have none).
const NOT_ONE_COLUMN = /[\t\n]|[^\0-\u02ff]/;

/** Width of the text's widest row when nothing wraps, in columns. */
export function textColumns(text: string): number {
  if (!NOT_ONE_COLUMN.test(text)) return text.length;
  let widest = 0;
  let col = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      widest = Math.max(widest, col);
      col = 0;
    } else if (c === 9) col += TAB - (col % TAB);
    else col += charColumns(text, i);
  }
  return Math.max(widest, col);
}

/** Rows the text takes in a log `cols` columns wide; `cols` 0: no wrapping (one per `\n`-separated part). */
export function wrappedRows(text: string, cols: number): number {
  if (cols <= 0) return text.includes("\n") ? text.split("\n").length : 1;
  if (text.length * 2 <= cols ? !text.includes("\t") && !text.includes("\n") : text.length <= cols && !NOT_ONE_COLUMN.test(text)) return 1;
  let rows = 0;
  for (const part of text.split("\n")) rows += wrapPart(part, cols);
  return rows;
}

// Greedy, as the browser does it: a word goes on the current row if it fits, else on the next;
// spaces at a row's end hang past it; a word wider than a row is broken where the row is full.
function wrapPart(text: string, cols: number): number {
  let rows = 1;
  let col = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      col++;
      i++;
      continue;
    }
    if (c === 9) {
      col += TAB - (col % TAB);
      i++;
      continue;
    }
    let width = 0;
    let j = i;
    while (j < text.length && text.charCodeAt(j) !== 32 && text.charCodeAt(j) !== 9) width += charColumns(text, j++);
    if (col + width > cols && col > 0) {
      rows++;
      col = 0;
    }
    if (width <= cols - col) col += width;
    else {
      // longer than a row: filled row by row, a double-width character never split
      for (let k = i; k < j; k++) {
        const w = charColumns(text, k);
        if (col + w > cols) {
          rows++;
          col = 0;
        }
        col += w;
      }
    }
    i = j;
  }
  return rows;
}
