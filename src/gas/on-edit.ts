import { DATA_SHEETS, SHEET, SYSTEM_SHEETS } from '../core/layout';
import { validateWorkbookData } from '../core/validation';
import type { Mark } from './cell-marks';
import { loadMarks, saveMarks } from './marks-store';
import { readWorkbookData } from './read-workbook';
import { markRows } from './validate';

/**
 * Simple trigger: re-marks only the edited rows (a paste can cover many). Rules span rows
 * (numbering, duplicates), so the sheets are read and checked in memory, but only the edited
 * rows are written. It never throws at the user: a failure is logged and the menu's full
 * validation still works.
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  try {
    if (!e || !e.range) return;
    const sheet = e.range.getSheet();
    const name = sheet.getName();
    if (SYSTEM_SHEETS.includes(name) || !(DATA_SHEETS as readonly string[]).includes(name)) return;
    const first = Math.max(e.range.getRow(), 2);
    const last = Math.min(e.range.getRow() + e.range.getNumRows() - 1, sheet.getLastRow());
    if (last < first) return; // header-only edit or outside the data
    const ss = e.source;
    // Links matter row by row, so only the edited rows' rich text is read (see readSheet).
    const richRows = name === SHEET.measures ? { first, last } : 'none';
    const result = validateWorkbookData(readWorkbookData(ss, richRows));
    const previous = loadMarks(ss);
    const kept = previous.filter((m) => m.sheet !== name || m.row < first || m.row > last);
    const fresh: Mark[] = markRows(sheet, result.findings, previous, first, last);
    if (fresh.length > 0 || kept.length !== previous.length) saveMarks(ss, [...kept, ...fresh]);
  } catch (error) {
    console.error('onEdit validation failed', error);
  }
}
