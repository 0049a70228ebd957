import { DATA_SHEETS, SHEET, SYSTEM_SHEETS } from '../core/layout';
import { validateWorkbookData } from '../core/validation';
import { validateSideSheet } from '../core/validation/side-sheets';
import { EDIT_LOCK_MS, withDocumentLock } from './document-lock';
import { applyPlans, entriesOutside, planRows } from './marks-apply';
import type { Finding } from '../core/findings';
import { cellKeysOf, keysFromTexts, UNKEYED_ROW_KEY, type SheetKeys } from './mark-keys';
import { rowsNeedNoMarks, type EditedRows } from './marks-absent';
import { loadMarksOfRows } from './marks-store';
import { validateMeasureRows } from './on-edit-rows';
import { readSideSheets } from './read-side-sheets';
import { readWorkbookData } from './read-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Simple trigger: re-marks only the edited rows (a paste can cover many). Rules span rows
 * (numbering, duplicates): for the measures sheet the other rows' key cells are read, not the whole
 * sheet (validateRows, below), and only the edited rows are written. It takes the document lock briefly; when another run holds it (a validation,
 * a form answer being recorded) it skips, since that run marks the cells itself. It never throws
 * at the user: a failure is logged and the menu's full validation still works.
 */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  try {
    if (!e || !e.range) return;
    const sheet = e.range.getSheet();
    const name = sheet.getName();
    if (SYSTEM_SHEETS.includes(name) || !(DATA_SHEETS as readonly string[]).includes(name)) return;
    // The edited range's own last row (never past the sheet's end), not the sheet's last used row: clearing
    // the last rows takes their marks off too.
    const first = Math.max(e.range.getRow(), 2);
    const last = e.range.getLastRow();
    if (last < first) return; // a header-only edit
    const range = e.range;
    const columns = () => ({ left: range.getColumn(), right: range.getLastColumn() });
    const run = withDocumentLock(EDIT_LOCK_MS, () => remarkRows(e.source, sheet, name, { first, last, columns }));
    if (!run.ok) console.log(`onEdit: another run holds the lock; rows ${first}-${last} of "${name}" are left to it`);
  } catch (error) {
    console.error('onEdit validation failed', error);
  }
}

function remarkRows(ss: Spreadsheet, sheet: Sheet, name: string, edit: EditedRows): void {
  const { first, last } = edit;
  const { findings, keys, header } = validateRows(ss, sheet, name, first, last);
  // Only the edited rows' memory: with thousands of marks, reading and re-placing all of it is most of the time.
  // And the lines of the columns holding marks without identity (a few; marks-apply.ts): never written twice, and
  // while there are any, a row may carry such a mark from before it had its identity back (marks-absent.ts).
  const rowKeys = new Set<string>([UNKEYED_ROW_KEY]);
  for (let r = first; r <= last; r++) {
    const key = keys.rowKeyOf(r);
    if (key !== undefined) rowKeys.add(key);
  }
  const memory = loadMarksOfRows(ss, name, rowKeys);
  if (rowsNeedNoMarks(name, header, findings, memory, keys, edit)) return; // nothing of ours there, nothing to add
  const plan = planRows(sheet, name, undefined, findings, memory, first, last, keys);
  if (!plan) return;
  applyPlans(
    ss,
    memory,
    [plan],
    entriesOutside(memory, [plan], () => false),
  );
}

/**
 * Measure rows: only the key columns of the other rows are read (on-edit-rows.ts), so the time grows with the
 * rows by three cells each; a tall paste or a sheet missing a key header: the whole workbook. The other sheets:
 * the small sheets only, whatever the number of measures.
 */
function validateRows(
  ss: Spreadsheet,
  sheet: Sheet,
  name: string,
  first: number,
  last: number,
): { findings: Finding[]; keys: SheetKeys; header?: readonly unknown[] } {
  if (name === SHEET.measures) {
    const result = validateMeasureRows(ss, sheet, first, last);
    // The row ids are text already (edited-rows.ts): the keys come from them, not from another walk of the rows.
    if (result) {
      const keys = keysFromTexts(name, result.header, 0, result.rowIds);
      return { findings: result.findings, keys, header: result.header };
    }
  } else {
    // Config, units, headings: their findings need the small sheets only (core/validation/side-sheets.ts).
    const data = readSideSheets(ss, name);
    return { findings: validateSideSheet(data, name), keys: cellKeysOf(name, data[name]) };
  }
  // Links matter row by row, so only the edited rows' rich text is read (see readSheet).
  const data = readWorkbookData(ss, name === SHEET.measures ? { first, last } : 'none');
  return { findings: validateWorkbookData(data).findings, keys: cellKeysOf(name, data[name]) };
}
