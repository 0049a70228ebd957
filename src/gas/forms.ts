/**
 * Google Forms, the Apps Script side: the progress form (syncForms), each submission (onFormSubmit),
 * the full rebuild (reconcileResponses) and what the report takes (loadFormView).
 *
 * The raw responses sheet ("การตอบแบบฟอร์ม 1") is only ever read: it mirrors the form. Answers become
 * records of the ledger sheet (SHEET.ledger), keyed by their Form response id: see
 * src/core/forms/ledger.ts, form-submit.ts and form-reconcile.ts.
 */
import { responseColumns } from '../core/forms/ledger';
import { namedHeader, type NamedValues } from '../core/forms/submit-event';
import { formSheetNames, formView, type FormView } from '../core/forms/view';
import type { ParsedWorkbook } from '../core/parse';
import type { Config } from '../core/schemas';
import type { WorkbookData } from '../core/workbook';
import { SHEET } from '../core/layout';
import { headerOf, looksLikeProgressSheet, sheetValues } from './form-ledger';
import { noteMissed } from './form-missed';
import { summaryText, syncLedger } from './form-reconcile';
import { recordSubmission, type Submission } from './form-submit';
import { syncProgressFormIn } from './form-sync';
import { ACTION_LOCK_MS, BUSY_TH, withDocumentLock } from './document-lock';
import { errorMessage } from './error-message';

export { MISSED_PROPERTY } from './form-missed';
export { syncLedger, type SyncSummary } from './form-reconcile';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SheetsSubmit = GoogleAppsScript.Events.SheetsOnFormSubmit;
type FormsSubmit = GoogleAppsScript.Events.FormsOnFormSubmit;

/** How long a submission waits for another one to finish. On timeout the answer waits in the raw sheet. */
export const SUBMIT_LOCK_MS = 20_000;
/** Reconcile and the report's catch-up wait longer: they are run by a person, not a trigger. */
export const RECONCILE_LOCK_MS = 30_000;

// ---- menu: สร้าง/ปรับปรุงแบบฟอร์มรายงานผล ----------------------------------------------------

export function syncProgressForm(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // Under the document lock: two people choosing it at once on a new workbook would each make a form.
  const run = withDocumentLock(ACTION_LOCK_MS, () => syncProgressFormIn(ss));
  if (!run.ok) {
    const ui = SpreadsheetApp.getUi();
    ui.alert('แบบฟอร์มรายงานผล', BUSY_TH, ui.ButtonSet.OK);
  }
}

// ---- installable trigger: onFormSubmit ---------------------------------------------------------

/**
 * One submission, under the document lock, in a constant number of calls. Accepts both event shapes:
 * the spreadsheet's (range, values, namedValues) records that row; the form's (response, source), which
 * names no row, catches up every row of the responses sheets not yet in the ledger.
 * Submissions of other forms that write to this spreadsheet (surveys) are ignored.
 */
export function handleFormSubmit(e?: SheetsSubmit | FormsSubmit): void {
  const sheetEvent = e && (e as SheetsSubmit).range ? (e as SheetsSubmit) : undefined;
  // The spreadsheet event's documented fields are authMode, namedValues, range, triggerUid and values:
  // the spreadsheet is the range's parent. The form event (response, source = the form) names no sheet.
  const sheet = sheetEvent ? sheetEvent.range.getSheet() : undefined;
  const ss = sheet ? sheet.getParent() : SpreadsheetApp.getActiveSpreadsheet();
  let target: Submission | undefined;
  if (sheetEvent && sheet) {
    // namedValues' keys are the sheet's headers: no header read when the event carries them.
    const named = isNamedValues(sheetEvent.namedValues) ? sheetEvent.namedValues : undefined;
    const header = named ? namedHeader(named) : headerOf(sheet);
    if (!responseColumns(header)) {
      // Not the progress form (a survey or another form) — unless one of its key questions was renamed.
      if (looksLikeProgressSheet(header)) {
        console.warn(
          `onFormSubmit: sheet "${sheet.getName()}" holds progress answers but its unit or row question was renamed in the form; ` +
            'the answer stays in the sheet: run syncForms (สร้าง/ปรับปรุงแบบฟอร์มรายงานผล), then reconcileResponses.',
        );
        noteMissed();
      }
      return;
    }
    target = {
      sheet,
      row: sheetEvent.range.getRow(),
      header: named ? undefined : header,
      named,
      values: Array.isArray(sheetEvent.values) ? sheetEvent.values : undefined,
      range: sheetEvent.range,
    };
  }
  const run = withDocumentLock(SUBMIT_LOCK_MS, () => {
    try {
      if (target) recordSubmission(ss, target);
      else syncLedger(ss, 'catch-up');
    } catch (error) {
      console.error('onFormSubmit failed; the answer stays in the responses sheet (run reconcileResponses)', error);
      noteMissed(); // an edited response changes no count: only the note makes the next submission catch it up
      throw error;
    }
  });
  if (!run.ok) {
    // Nothing is lost: the answer stays in the raw sheet; the next submission, the report or reconcile picks it up.
    console.warn(
      `onFormSubmit: lock not free within ${SUBMIT_LOCK_MS} ms; the answer stays in the responses sheet for later.`,
    );
    noteMissed();
  }
}

/** An object of header → array of texts, as Apps Script passes e.namedValues (absent from some events). */
function isNamedValues(value: unknown): value is NamedValues {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => Array.isArray(v)) &&
    Object.keys(value).length > 0
  );
}

// ---- menu: ดึงคำตอบแบบฟอร์มทั้งหมดใหม่ ----------------------------------------------------------

/** `afterSync` runs once the ledger is saved (main.ts: the progress sheet's rebuild), before the dialog. */
export function reconcileAllResponses(afterSync?: (ss: Spreadsheet) => void): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const run = withDocumentLock(RECONCILE_LOCK_MS, () => syncLedger(ss, 'rebuild'));
  if (!run.ok) {
    notify(ss, 'ดึงคำตอบแบบฟอร์มใหม่', BUSY_TH);
    return;
  }
  if (!run.value.refused) afterSync?.(ss);
  notify(ss, 'ดึงคำตอบแบบฟอร์มใหม่', summaryText(run.value));
}

/** An alert when a person runs it; a log line from a trigger (no UI there). */
export function notify(ss: Spreadsheet, title: string, message: string): void {
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  } catch {
    try {
      ss.toast(message, title, 10);
    } catch {
      console.log(`${title}: ${message}`);
    }
  }
}

// ---- the report ----------------------------------------------------------------------------------

/** The forms' sheets as plain data: the ledger, the survey mapping and each survey tab it names. */
export function readFormData(ss: Spreadsheet): WorkbookData {
  const data: WorkbookData = {};
  const put = (name: string) => {
    const values = sheetValues(ss, name);
    if (values) data[name] = { values };
  };
  put(SHEET.ledger);
  put(SHEET.surveys);
  for (const name of formSheetNames(data)) if (!(name in data)) put(name);
  return data;
}

/**
 * The forms as the report sees them (what they add to each row, and every answer for the summary's statuses),
 * read once. First catches up answers a missed or timed-out trigger left in the raw sheet (when the lock is
 * free), so the report has every answer; `notCaughtUp` says, in Thai, when that could not be done.
 */
export function loadFormView(
  ss: Spreadsheet,
  workbook: ParsedWorkbook,
  config: Config,
): FormView & { notCaughtUp?: string } {
  let problem: string | undefined;
  const run = withDocumentLock(RECONCILE_LOCK_MS, () => {
    try {
      syncLedger(ss, 'catch-up', true);
    } catch (error) {
      console.warn('loadFormView: catch-up failed; the report uses the ledger as it is', error);
      problem = `อ่านไม่สำเร็จ (${errorMessage(error)})`;
    }
  });
  if (!run.ok) problem = 'มีการบันทึกคำตอบหรือตรวจสอบข้อมูลอยู่ (อาจเป็นของผู้ใช้อื่น)';
  const view = formView(readFormData(ss), workbook, config);
  if (!problem || !view.progressFormInUse) return view;
  return {
    ...view,
    notCaughtUp:
      `ยังไม่ได้ดึงคำตอบแบบฟอร์มที่อาจค้างอยู่ในชีตคำตอบ เพราะ${problem}: รายงานนี้ใช้ชีต "${SHEET.ledger}" ตามที่มีอยู่ ` +
      '— ถ้าเพิ่งมีหน่วยงานส่งคำตอบ ให้สร้างรายงานอีกครั้งในอีกสักครู่',
  };
}
