/**
 * Cells merged down the rows of an issue or a measure, as a table pasted from last year's Word report has them:
 * the merge holds its value in its top cell only (getValues, the Sheets API and an .xlsx all give '' below it),
 * and validation would ask for the value on every other row. In the columns staff must repeat on every row
 * (README) a vertical merge means that value on each row it covers; the Sheet, `--spreadsheet` and the .xlsx
 * reader all fill them here, so the three read the same workbook. Other columns hold one row's own value: a
 * merge there stays in its top cell.
 */
import { MEASURE_HEADER } from './layout';
import { headerRowIndex } from './sheet-table';
import { normaliseHeader } from './workbook';

/** The measures headers whose merged cells fill every row they cover. */
export const REPEATED_MEASURE_HEADERS: readonly string[] = [
  MEASURE_HEADER.heading,
  MEASURE_HEADER.issueNo,
  MEASURE_HEADER.issueTitle,
  MEASURE_HEADER.measureNo,
  MEASURE_HEADER.measureText,
].map(normaliseHeader);

/** A rectangle of cells, 1-based, as a merged range is. */
export interface CellBox {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** The 1-based columns of `header` that are REPEATED_MEASURE_HEADERS. */
export function repeatedColumns(header: readonly unknown[]): number[] {
  return header.flatMap((h, i) => (REPEATED_MEASURE_HEADERS.includes(normaliseHeader(h)) ? [i + 1] : []));
}

/**
 * Fills, in place, the cells of `lines` that a vertical merge covers in `columns` with the merge's top cell.
 * `lines[i][j]` is sheet row `firstRow + i`, column `left + j` (rows may be missing: onEdit reads spans); a
 * merge whose top cell is not in `lines`, or lies at or above `headerRow`, is left as read. Returns the count.
 */
export function fillMergedDown(
  lines: unknown[][],
  merges: readonly CellBox[],
  columns: readonly number[],
  { firstRow = 1, left = 1, headerRow = 1 }: { firstRow?: number; left?: number; headerRow?: number } = {},
): number {
  let filled = 0;
  for (const m of merges) {
    if (m.numRows < 2 || m.row <= headerRow) continue;
    const top = lines[m.row - firstRow];
    if (!Array.isArray(top)) continue;
    for (const c of columns) {
      if (c < m.column || c >= m.column + m.numColumns || c - left < 0) continue;
      const value = top[c - left];
      for (let r = m.row + 1; r < m.row + m.numRows; r++) {
        const line = lines[r - firstRow];
        if (!Array.isArray(line) || c - left >= line.length) continue;
        line[c - left] = value;
        filled++;
      }
    }
  }
  return filled;
}

/** A whole measures sheet as read (row 1 or a row below a title the header): its merges filled in place. */
export function fillMeasureMerges(values: unknown[][], merges: readonly CellBox[]): number {
  if (merges.length === 0 || values.length === 0) return 0;
  const headerRow = headerRowIndex(values, normaliseHeader(MEASURE_HEADER.rowId)) + 1;
  return fillMergedDown(values, merges, repeatedColumns(values[headerRow - 1] ?? []), { headerRow });
}

/** "B3:C7" (or "B3", a sheet name before '!' ignored) as a box; undefined when it is not an A1 range of cells. */
export function boxOfA1(a1: string): CellBox | undefined {
  const m = /^(?:.*!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) return undefined;
  const column = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c1, r1] = [column(m[1]), Number(m[2])];
  const [c2, r2] = m[3] ? [column(m[3]), Number(m[4])] : [c1, r1];
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}
