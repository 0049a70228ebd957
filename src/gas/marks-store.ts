import { SHEET } from '../core/layout';
import type { Mark } from './cell-marks';
import { ensureSheetSize } from './sheet-size';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADER = ['ชีต', 'แถว', 'คอลัมน์', 'สีพื้นเดิม'];

/** Reads the hidden marks sheet (one call), or nothing when it is missing. */
export function loadMarks(ss: Spreadsheet): Mark[] {
  const sheet = ss.getSheetByName(SHEET.marks);
  if (!sheet || sheet.getLastRow() < 2) return [];
  return sheet
    .getRange(2, 1, sheet.getLastRow() - 1, 4)
    .getValues()
    .map(([s, r, c, bg]) => ({ sheet: String(s), row: Number(r), column: Number(c), originalBackground: String(bg) }))
    .filter((m) => m.sheet !== '' && m.row > 0 && m.column > 0);
}

/** Rewrites the marks sheet with a fixed number of calls. */
export function saveMarks(ss: Spreadsheet, marks: readonly Mark[]): void {
  let sheet = ss.getSheetByName(SHEET.marks);
  if (!sheet) {
    if (marks.length === 0) return;
    sheet = ss.insertSheet(SHEET.marks);
    sheet.hideSheet();
  }
  sheet.clearContents();
  const rows = [HEADER, ...marks.map((m) => [m.sheet, m.row, m.column, m.originalBackground])];
  ensureSheetSize(sheet, rows.length, HEADER.length);
  sheet.getRange(1, 1, rows.length, HEADER.length).setValues(rows);
}
