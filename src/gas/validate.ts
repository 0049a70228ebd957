import { DATA_SHEETS, SHEET } from '../core/layout';
import { validateWorkbookData, type ValidationResult } from '../core/validation';
import { ACTION_LOCK_MS, BUSY_TH, LockBusyError, withDocumentLock } from './document-lock';
import { writeFindingsSheet } from './findings-sheet';
import { missedNoted } from './form-missed';
import { syncLedger } from './form-reconcile';
import { applyPlans, entriesOutside, planRows, type SheetPlan } from './marks-apply';
import { splitKey } from './mark-keys';
import { loadMarks } from './marks-store';
import { readWorkbookData } from './read-workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Menu "ตรวจสอบข้อมูล": validates everything and shows each finding on its cell. */
export function validateAndMark(): ValidationResult | undefined {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let result: ValidationResult;
  try {
    result = runValidation(ss);
  } catch (e) {
    if (!(e instanceof LockBusyError)) throw e;
    const ui = SpreadsheetApp.getUi();
    ui.alert('ตรวจสอบข้อมูล', BUSY_TH, ui.ButtonSet.OK);
    return undefined;
  }
  const { errors, warnings } = result;
  const message =
    errors + warnings === 0
      ? 'ไม่พบปัญหา ข้อมูลพร้อมสร้างรายงาน'
      : `พบข้อผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ — ดูรายละเอียดในชีต "${SHEET.findings}" และหมายเหตุบนเซลล์ที่มีสี`;
  ss.toast(message, 'ตรวจสอบข้อมูล', 10);
  return result;
}

/**
 * Reads, validates, marks the cells and rewrites the findings sheet, under the document lock (waiting up
 * to ACTION_LOCK_MS); no UI. Throws LockBusyError, having written nothing, when the lock stays taken.
 */
export function runValidation(ss: Spreadsheet): ValidationResult {
  const run = withDocumentLock(ACTION_LOCK_MS, () => validateAndMarkAll(ss));
  if (!run.ok) throw new LockBusyError();
  return run.value;
}

function validateAndMarkAll(ss: Spreadsheet): ValidationResult {
  // An answer its trigger could not record (noted by onFormSubmit) is brought in first, so the findings and the
  // units' "not reported yet" see it; with nothing noted this costs one property read and no Forms call.
  if (missedNoted()) {
    try {
      syncLedger(ss, 'catch-up');
    } catch (error) {
      console.warn('validation: the catch-up of a noted answer failed; the ledger is validated as it is', error);
    }
  }
  const data = readWorkbookData(ss);
  const result = validateWorkbookData(data);
  const memory = loadMarks(ss);
  const plans: SheetPlan[] = [];
  const present = new Set<string>();
  for (const name of DATA_SHEETS) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    present.add(name);
    // Every row down to the sheet's end: a row emptied below the data may still carry a mark.
    const plan = planRows(sheet, name, data[name], result.findings, memory, 1, sheet.getMaxRows());
    if (plan) plans.push(plan);
  }
  // Memory of a sheet that is gone is kept (its cells may come back with a restored version).
  const kept = entriesOutside(memory, plans, (key) => present.has(splitKey(key).sheet));
  applyPlans(ss, memory, plans, kept);
  writeFindingsSheet(ss, result.findings);
  return result;
}
