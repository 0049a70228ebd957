/**
 * Google Forms, the Apps Script side: the progress form (syncForms), each submission (onFormSubmit),
 * the full rebuild (reconcileResponses) and what the report takes (loadContributions).
 *
 * The raw responses sheet ("การตอบแบบฟอร์ม 1") is only ever read. Its answers become records of the
 * ledger sheet (SHEET.ledger), keyed by their raw row: see src/core/forms/ledger.ts.
 */
import type { LedgerRecord } from '../core/forms/ledger';
import { planUpserts, rebuildLedger, recordFromResponse, recordsFromResponses, responseColumns } from '../core/forms/ledger';
import { formContributions, formSheetNames } from '../core/forms/view';
import type { ParsedWorkbook } from '../core/parse';
import type { Contributions } from '../core/report-model';
import type { Config } from '../core/schemas';
import { cellText, type WorkbookData } from '../core/workbook';
import { SHEET } from '../core/layout';
import {
  ensureLedgerSheet,
  headerOf,
  looksLikeProgressSheet,
  readAnswerContext,
  rewriteLedger,
  scanResponsesSheets,
  sheetValues,
  writeLedgerRows,
} from './form-ledger';
import { LEDGER_HEADER_ROW, ledgerCells, readLedger } from '../core/forms/ledger';
import { storedText } from '../core/sheet-text';
import { syncProgressFormIn } from './form-sync';
import { BUSY_TH, withDocumentLock } from './document-lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type SheetsSubmit = GoogleAppsScript.Events.SheetsOnFormSubmit;
type FormsSubmit = GoogleAppsScript.Events.FormsOnFormSubmit;

/** How long a submission waits for another one to finish. On timeout the answer waits in the raw sheet. */
export const SUBMIT_LOCK_MS = 20_000;
/** Reconcile and the report's catch-up wait longer: they are run by a person, not a trigger. */
export const RECONCILE_LOCK_MS = 30_000;
/** Document property set when a submission could not be recorded (lock timeout); cleared by a catch-up. */
export const MISSED_PROPERTY = 'ITA_FORMS_MISSED_AT';

// ---- menu: สร้าง/ปรับปรุงแบบฟอร์มรายงานผล ----------------------------------------------------

export function syncProgressForm(): void {
  syncProgressFormIn(SpreadsheetApp.getActiveSpreadsheet());
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
  const ss = sheetEvent ? sheetEvent.range.getSheet().getParent() : SpreadsheetApp.getActiveSpreadsheet();
  let target: { sheet: Sheet; header: unknown[]; row: number } | undefined;
  if (sheetEvent) {
    const sheet = sheetEvent.range.getSheet();
    const header = headerOf(sheet);
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
    target = { sheet, header, row: sheetEvent.range.getRow() };
  }
  const run = withDocumentLock(SUBMIT_LOCK_MS, () => {
    try {
      if (target) recordSubmission(ss, target.sheet, target.header, target.row);
      else syncLedger(ss, 'catch-up');
    } catch (error) {
      console.error('onFormSubmit failed; the answer stays in the responses sheet (run reconcileResponses)', error);
      throw error;
    }
  });
  if (!run.ok) {
    // Nothing is lost: the answer stays in the raw sheet; the next submission, the report or reconcile picks it up.
    console.warn(`onFormSubmit: lock not free within ${SUBMIT_LOCK_MS} ms; the answer stays in the responses sheet for later.`);
    noteMissed();
  }
}

/**
 * Records the submitted row, and any row of the same sheet the ledger lacks (a submission that lost the
 * lock earlier): reads the ledger, the row(s) and the three workbook sheets once each, writes once.
 */
function recordSubmission(ss: Spreadsheet, sheet: Sheet, header: unknown[], row: number): void {
  const columns = responseColumns(header)!;
  const ledger = ensureLedgerSheet(ss).sheet;
  const ledgerValues = ledger.getDataRange().getValues();
  const read = readLedger(ledgerValues);
  const id = sheet.getSheetId();
  const name = sheet.getName();
  const known = new Set(read.records.filter((r) => r.key.startsWith(`${id}:`)).map((r) => r.row));
  const lastRow = sheet.getLastRow();
  const missing: number[] = [];
  for (let r = 2; r <= lastRow; r++) if (r !== row && !known.has(r)) missing.push(r);

  const width = header.length;
  const lines = new Map<number, unknown[]>();
  if (missing.length === 0) {
    lines.set(row, sheet.getRange(row, 1, 1, width).getValues()[0]);
  } else {
    sheet
      .getRange(2, 1, lastRow - 1, width)
      .getValues()
      .forEach((line, i) => lines.set(i + 2, line));
  }
  const ctx = readAnswerContext(ss);
  const incoming: LedgerRecord[] = [];
  for (const r of [row, ...missing]) {
    const line = lines.get(r);
    const record = line ? recordFromResponse({ id, name }, r, line, columns, ctx) : null;
    if (record) incoming.push(record);
  }
  applyUpserts(ledger, ledgerValues, incoming);
  if (missing.length > 0) clearMissed();
}

/** Applies planUpserts to the ledger sheet: appends in one block; a replacement rewrites from it on. */
function applyUpserts(ledger: Sheet, ledgerValues: unknown[][], incoming: readonly LedgerRecord[]) {
  const read = readLedger(ledgerValues);
  const plan = planUpserts(read.records, incoming);
  if (plan.writes.length === 0) return plan;
  const appended = plan.writes.filter((w) => w.index === -1).map((w) => w.record);
  const replaced = plan.writes.filter((w) => w.index !== -1);
  const contiguous = read.headerOk && read.rows.every((r, i) => r === i + 2) && ledgerValues.length === read.rows.length + 1;
  if (!contiguous) {
    // Staff left blank or foreign rows in the ledger: rewrite it whole (still a fixed number of calls).
    const records = [...read.records];
    for (const w of replaced) records[w.index] = w.record;
    rewriteLedger(ledger, [...records, ...appended], ledgerValues.length);
    return plan;
  }
  if (replaced.length === 0) {
    writeLedgerRows(ledger, ledgerValues.length + 1, appended);
    return plan;
  }
  const records = [...read.records];
  for (const w of replaced) records[w.index] = w.record;
  const from = Math.min(...replaced.map((w) => w.index));
  writeLedgerRows(ledger, from + 2, [...records.slice(from), ...appended]);
  return plan;
}

/** Notes that an answer waits in a raw sheet (a catch-up or reconcile clears it). */
function noteMissed(): void {
  try {
    PropertiesService.getDocumentProperties().setProperty(MISSED_PROPERTY, new Date().toISOString());
  } catch (error) {
    console.warn('onFormSubmit: could not note the missed answer', error);
  }
}

function clearMissed(): void {
  try {
    PropertiesService.getDocumentProperties().deleteProperty(MISSED_PROPERTY);
  } catch (error) {
    console.warn('could not clear the missed-answer note', error);
  }
}

// ---- menu: ดึงคำตอบแบบฟอร์มทั้งหมดใหม่ ----------------------------------------------------------

export interface SyncSummary {
  responsesSheets: string[];
  responses: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  invalid: number;
  warnings: number;
  /** True when the ledger sheet was written. */
  wrote: boolean;
  /** Set when the rebuild refused to empty the ledger because no responses sheet was found. */
  refused?: string;
}

/**
 * Reads every progress responses sheet once and brings the ledger in line with it:
 * - 'rebuild' (reconcile): the ledger becomes exactly the records of the raw rows, re-checked against
 *   the workbook as it is now; records whose raw row is gone are dropped;
 * - 'catch-up': rows missing from the ledger are added and edited ones replaced; nothing is dropped.
 * Either way a constant number of calls whatever the number of responses, and nothing is written when
 * nothing changed. Call it under the document lock.
 */
export function syncLedger(ss: Spreadsheet, mode: 'rebuild' | 'catch-up'): SyncSummary {
  const { sheets, unreadable } = scanResponsesSheets(ss);
  const summary: SyncSummary = {
    responsesSheets: sheets.map((s) => s.name),
    responses: 0,
    added: 0,
    changed: 0,
    removed: 0,
    unchanged: 0,
    invalid: 0,
    warnings: 0,
    wrote: false,
  };
  // No progress form yet: a catch-up (the report's) leaves the workbook untouched.
  if (sheets.length === 0 && mode === 'catch-up') return summary;
  const ctx = readAnswerContext(ss);
  const fresh: LedgerRecord[] = [];
  for (const s of sheets) fresh.push(...recordsFromResponses({ id: s.id, name: s.name }, s.sheet.getDataRange().getValues(), ctx));
  const ledger = ensureLedgerSheet(ss).sheet;
  const values = ledger.getDataRange().getValues();
  const read = readLedger(values);
  summary.responses = fresh.length;
  summary.invalid = fresh.filter((r) => r.check === 'invalid').length;
  summary.warnings = fresh.filter((r) => r.check === 'warning').length;
  if (mode === 'catch-up') {
    const plan = applyUpserts(ledger, values, fresh);
    Object.assign(summary, { added: plan.added, changed: plan.replaced, unchanged: plan.unchanged, wrote: plan.writes.length > 0 });
    if (unreadable.length === 0) clearMissed(); // answers in a sheet with a renamed question still wait
    return summary;
  }
  if (unreadable.length > 0) {
    // Rebuilding now would drop that sheet's records: wait until its questions are named again.
    summary.refused =
      `ชีต ${unreadable.map((n) => `"${n}"`).join(', ')} มีคำตอบแบบฟอร์มรายงานผล แต่ชื่อคำถามหน่วยงานหรือมาตรการถูกเปลี่ยนในแบบฟอร์ม ` +
      `จึงยังไม่ดึงคำตอบใหม่ (ชีต "${SHEET.ledger}" ไม่ถูกเปลี่ยน) — เรียกเมนู "สร้าง/ปรับปรุงแบบฟอร์มรายงานผล" เพื่อคืนชื่อคำถาม แล้วสั่งอีกครั้ง`;
    return summary;
  }
  if (sheets.length === 0 && read.records.length > 0) {
    summary.refused = `ไม่พบชีตคำตอบของแบบฟอร์มรายงานผลในสมุดงานนี้ จึงไม่ล้างชีต "${SHEET.ledger}" (มี ${read.records.length} รายการ)`;
    return summary;
  }
  const rebuilt = rebuildLedger(read.records, fresh);
  Object.assign(summary, { added: rebuilt.added, changed: rebuilt.changed, removed: rebuilt.removed, unchanged: rebuilt.unchanged });
  const next = [LEDGER_HEADER_ROW, ...rebuilt.records.map(ledgerCells)];
  const same =
    values.length === next.length &&
    next.every((line, r) => line.length === values[r].length && line.every((v, c) => cellText(typeof v === 'string' ? storedText(v) : v) === cellText(values[r][c])));
  if (!same) {
    rewriteLedger(ledger, rebuilt.records, values.length);
    summary.wrote = true;
  }
  clearMissed();
  return summary;
}

export function reconcileAllResponses(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const run = withDocumentLock(RECONCILE_LOCK_MS, () => syncLedger(ss, 'rebuild'));
  if (!run.ok) {
    notify(ss, 'ดึงคำตอบแบบฟอร์มใหม่', BUSY_TH);
    return;
  }
  notify(ss, 'ดึงคำตอบแบบฟอร์มใหม่', summaryText(run.value));
}

function summaryText(s: SyncSummary): string {
  if (s.refused) return s.refused;
  if (s.responsesSheets.length === 0)
    return 'ยังไม่พบชีตคำตอบของแบบฟอร์มรายงานผล — เรียกเมนู "สร้าง/ปรับปรุงแบบฟอร์มรายงานผล" ก่อน';
  const lines = [
    `อ่านคำตอบ ${s.responses} รายการจากชีต ${s.responsesSheets.map((n) => `"${n}"`).join(', ')}`,
    `เพิ่มใหม่ ${s.added} · แก้ไข ${s.changed} · นำออก ${s.removed} · เหมือนเดิม ${s.unchanged}`,
  ];
  if (s.invalid > 0) lines.push(`ใช้ไม่ได้ ${s.invalid} รายการ (ระบายสีแดงในชีต "${SHEET.ledger}" พร้อมเหตุผล)`);
  if (s.warnings > 0) lines.push(`มีคำเตือน ${s.warnings} รายการ (สีเหลือง)`);
  lines.push(s.wrote ? `เขียนชีต "${SHEET.ledger}" ใหม่แล้ว` : 'ไม่มีสิ่งที่ต้องเปลี่ยน');
  return lines.join('\n');
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
 * What the forms add to the report's rows, for buildReportModel. First catches up answers a missed or
 * timed-out trigger left in the raw sheet (when the lock is free), so the report has every answer.
 */
export function loadContributions(ss: Spreadsheet, workbook: ParsedWorkbook, config: Config): Contributions {
  withDocumentLock(RECONCILE_LOCK_MS, () => {
    try {
      syncLedger(ss, 'catch-up');
    } catch (error) {
      console.warn('loadContributions: catch-up failed; the report uses the ledger as it is', error);
    }
  });
  return formContributions(readFormData(ss), workbook, config);
}
