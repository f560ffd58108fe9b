/**
 * What copying a selection of rows gives: exactly the lines' text, as the rows show it, one line
 * each, blank lines included (the browser's own copy of absolutely placed rows dropped empty
 * ones), a group's row as its title (not its fold arrow or duration), no line numbers or times.
 */

/** A place in the log: a row and a character offset in the text that row shows. */
export interface RowPoint {
  readonly row: number;
  readonly offset: number;
}

/** The text from `start` to `end` (rows in order), `textOf(row)` being what row shows. */
export function copiedText(textOf: (row: number) => string, start: RowPoint, end: RowPoint): string {
  if (start.row > end.row || (start.row === end.row && start.offset > end.offset)) return copiedText(textOf, end, start);
  if (start.row === end.row) return textOf(start.row).slice(start.offset, end.offset);
  const parts = [textOf(start.row).slice(start.offset)];
  for (let row = start.row + 1; row < end.row; row++) parts.push(textOf(row));
  parts.push(textOf(end.row).slice(0, end.offset));
  return parts.join("\n");
}
