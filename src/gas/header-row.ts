import { normaliseHeader } from '../core/workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A sheet's header row as the reader finds it (src/core/sheet-table.ts looks in rows 1–5, so staff may keep a
 * title above): of the first five rows, the one holding the most of `headers` (row 1 when none does), with its
 * normalised texts. Set-up completes that row; writing its headers into row 1 instead hid every data row.
 */
export function headerRow(sheet: Sheet, headers: readonly string[]): { row: number; present: string[] } {
  const top = sheet
    .getRange(1, 1, Math.min(Math.max(sheet.getLastRow(), 1), 5), Math.max(sheet.getLastColumn(), 1))
    .getValues()
    .map((line) => line.map(normaliseHeader));
  const wanted = headers.map(normaliseHeader);
  const count = (r: number) => top[r].filter((h) => wanted.includes(h)).length;
  let row = 0;
  top.forEach((_, r) => {
    if (count(r) > count(row)) row = r;
  });
  return { row: row + 1, present: top[row] };
}
