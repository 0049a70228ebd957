/** A1 notation: "B3", "A1:C4", "A:C" (whole columns), "2:5" (whole rows), "'Sheet name'!A1:B2". */

export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1Of(box: Box): string {
  const start = `${columnLetters(box.column)}${box.row}`;
  if (box.numRows === 1 && box.numColumns === 1) return start;
  return `${start}:${columnLetters(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (unquoted) and the A1 part. */
export function splitSheetName(notation: string): { sheetName?: string; a1: string } {
  const bang = notation.lastIndexOf('!');
  if (bang === -1) return { a1: notation };
  let name = notation.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, a1: notation.slice(bang + 1) };
}

const CELL = /^([A-Za-z]*)(\d*)$/;

/**
 * Parses the A1 part against a sheet of maxRows × maxColumns (for open-ended "A:C" and "2:5").
 * Returns undefined when the text is not A1 notation.
 */
export function parseA1(a1: string, maxRows: number, maxColumns: number): Box | undefined {
  const parts = a1.replace(/\$/g, '').trim().split(':');
  if (parts.length < 1 || parts.length > 2) return undefined;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((m) => !m || (m[1] === '' && m[2] === ''))) return undefined;
  const [first, second = first] = cells as RegExpExecArray[];
  if (parts.length === 1 && (first[1] === '' || first[2] === '')) return undefined; // "A" or "3" alone
  const c1 = first[1] ? columnNumber(first[1]) : 1;
  const r1 = first[2] ? Number(first[2]) : 1;
  const c2 = second[1] ? columnNumber(second[1]) : maxColumns;
  const r2 = second[2] ? Number(second[2]) : maxRows;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

export function intersects(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
