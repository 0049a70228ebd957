/** The seed's measures sheet as a pasted Word table has it: runs of equal cells merged down the repeated columns. */
import { REPEATED_MEASURE_HEADERS, type CellBox } from '../../src/core/merged-cells';
import { SHEET } from '../../src/core/layout';
import { normaliseHeader, type WorkbookData } from '../../src/core/workbook';
import { seedWorkbook } from './seed';

/** Every run of two or more equal, non-empty cells down a repeated column (row 1 the header), as merges. */
export function mergeRunsOf(values: readonly (readonly unknown[])[]): CellBox[] {
  const columns = values[0].flatMap((h, i) => (REPEATED_MEASURE_HEADERS.includes(normaliseHeader(h)) ? [i + 1] : []));
  const merges: CellBox[] = [];
  for (const column of columns) {
    const text = (r: number) => String(values[r - 1][column - 1]);
    let top = 2;
    for (let r = 3; r <= values.length + 1; r++) {
      if (r <= values.length && text(r) === text(top)) continue;
      if (r - top > 1 && text(top) !== '') merges.push({ row: top, column, numRows: r - top, numColumns: 1 });
      top = r;
    }
  }
  return merges;
}

/** The seed with its measures' runs merged: the covered cells empty, as Sheets, the API and an .xlsx give them. */
export function mergedSeed(): { data: WorkbookData; merges: CellBox[] } {
  const data = seedWorkbook();
  const values = data[SHEET.measures]!.values;
  const merges = mergeRunsOf(values);
  for (const m of merges) for (let r = m.row + 1; r < m.row + m.numRows; r++) values[r - 1][m.column - 1] = '';
  return { data, merges };
}
