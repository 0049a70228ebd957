import type { Finding } from '../core/findings';
import { DATA_SHEETS, SHEET } from '../core/layout';
import { validateWorkbookData, type ValidationResult } from '../core/validation';
import { remarkBlock, type Mark } from './cell-marks';
import { writeFindingsSheet } from './findings-sheet';
import { loadMarks, saveMarks } from './marks-store';
import { readWorkbookData } from './read-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Menu "ตรวจสอบข้อมูล": validates everything and shows each finding on its cell. */
export function validateAndMark(): ValidationResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const result = runValidation(ss);
  const { errors, warnings } = result;
  const message =
    errors + warnings === 0
      ? 'ไม่พบปัญหา ข้อมูลพร้อมสร้างรายงาน'
      : `พบข้อผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ — ดูรายละเอียดในชีต "${SHEET.findings}" และหมายเหตุบนเซลล์ที่มีสี`;
  ss.toast(message, 'ตรวจสอบข้อมูล', 10);
  return result;
}

/** Reads, validates, marks the cells and rewrites the findings sheet; no UI. */
export function runValidation(ss: Spreadsheet): ValidationResult {
  const result = validateWorkbookData(readWorkbookData(ss));
  const previous = loadMarks(ss);
  const marks: Mark[] = [];
  for (const name of DATA_SHEETS) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    // Rows emptied below the last used row may still carry marks from an earlier run: reach them too.
    const lastMarked = previous.reduce((max, m) => (m.sheet === name ? Math.max(max, m.row) : max), 0);
    const last = Math.min(Math.max(sheet.getLastRow(), lastMarked), sheet.getMaxRows());
    marks.push(...markRows(sheet, result.findings, previous, 1, last));
  }
  saveMarks(ss, marks);
  writeFindingsSheet(ss, result.findings);
  return result;
}

/**
 * Re-marks rows [first, last] of one sheet with batched calls: two reads and at most two writes.
 * Returns the marks now on those rows.
 */
export function markRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  findings: readonly Finding[],
  previous: readonly Mark[],
  first: number,
  last: number,
): Mark[] {
  const name = sheet.getName();
  // Marks may sit on columns staff have since emptied: cover those too.
  const markedWidth = previous.reduce((max, m) => (m.sheet === name ? Math.max(max, m.column) : max), 0);
  const width = Math.min(Math.max(sheet.getLastColumn(), markedWidth), sheet.getMaxColumns());
  if (last < first || width === 0) return [];
  const range = sheet.getRange(first, 1, last - first + 1, width);
  const block = { top: first, left: 1, backgrounds: range.getBackgrounds(), notes: range.getNotes() };
  const { block: next, marks, changed } = remarkBlock(name, block, findings, previous);
  if (changed) {
    range.setBackgrounds(next.backgrounds);
    range.setNotes(next.notes);
  }
  return marks;
}
