/**
 * One submission (the spreadsheet's onFormSubmit event names its row): the row is matched to its
 * form response by timestamp and content among the responses submitted or edited since just before
 * it (Form.getResponses(timestamp)), so the ledger keys it by the response id. When the form cannot
 * be read or no response matches, the answer is kept under its content key (never dropped) and the
 * next reconcile gives it its id. A fixed number of calls whatever the number of earlier responses.
 */
import {
  isBlankSource,
  readLedger,
  recordFromSource,
  responseColumns,
  sourceFingerprint,
  sourceFromLine,
  type AnswerSource,
  type LedgerRecord,
} from '../core/forms/ledger';
import { isLegacyKey, planUpserts } from '../core/forms/ledger-merge';
import { matchTab } from '../core/forms/match';
import { ensureLedgerSheet, readAnswerContext, readLedgerIndex, rewriteLedger, writeLedgerRows } from './form-ledger';
import { openSheetForm, responseSources } from './form-responses';
import { syncLedger } from './form-reconcile';
import { missedNoted } from './form-missed';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How far before the row's timestamp the form's responses are read (the sheet may round to seconds). */
const LOOK_BACK_MS = 2_000;

/**
 * Records the submitted row; when a submission lost the lock earlier (noted, or the sheet shows more
 * answers than the ledger holds for it), a catch-up follows. Call it under the document lock.
 */
export function recordSubmission(ss: Spreadsheet, sheet: Sheet, header: unknown[], row: number): void {
  const columns = responseColumns(header)!;
  const ledger = ensureLedgerSheet(ss).sheet;
  // Three narrow reads (keys, sheets, fingerprints) rather than the whole ledger: a submission appends one line.
  const index = readLedgerIndex(ledger);
  if (!index) return recordSubmissionReadingAll(ss, sheet, ledger, header, row);
  if (index.keys.some(isLegacyKey)) {
    // A ledger written by an earlier version (keys by row): give every answer its id first.
    syncLedger(ss, 'catch-up');
    return;
  }
  const name = sheet.getName();
  const line = sheet.getRange(row, 1, 1, header.length).getValues()[0];
  const tab = sourceFromLine(name, row, line, columns);
  // The same answer seen again (a duplicate delivery) changes nothing, and costs no Forms call.
  const known = isBlankSource(tab) || index.fingerprints.includes(sourceFingerprint(tab));
  if (!known) {
    const record = recordFromSource(identify(sheet, tab), readAnswerContext(ss));
    if (record && (index.keys.includes(record.key) || index.fingerprints.includes(record.fingerprint))) {
      // An edited answer replaces its line: that needs the whole ledger (staff's exclusion is carried over).
      applyUpserts(ledger, ledger.getDataRange().getValues(), [record]);
    } else if (record) writeLedgerRows(ledger, index.lastRow + 1, [record]);
  }
  catchUpIfMissed(ss, sheet, index.sheets.filter((s) => s === name).length + (known ? 0 : 1));
}

/** A ledger that is not a plain block (see readLedgerIndex): read whole, as readLedger reads it. */
function recordSubmissionReadingAll(
  ss: Spreadsheet,
  sheet: Sheet,
  ledger: Sheet,
  header: unknown[],
  row: number,
): void {
  const columns = responseColumns(header)!;
  const ledgerValues = ledger.getDataRange().getValues();
  const read = readLedger(ledgerValues);
  if (read.records.some((r) => isLegacyKey(r.key))) {
    syncLedger(ss, 'catch-up');
    return;
  }
  const name = sheet.getName();
  const line = sheet.getRange(row, 1, 1, header.length).getValues()[0];
  const tab = sourceFromLine(name, row, line, columns);
  const known = isBlankSource(tab) || read.records.some((r) => r.fingerprint === sourceFingerprint(tab));
  if (!known) {
    const record = recordFromSource(identify(sheet, tab), readAnswerContext(ss));
    if (record) applyUpserts(ledger, ledgerValues, [record]);
  }
  catchUpIfMissed(ss, sheet, read.records.filter((r) => r.sheet === name).length + (known ? 0 : 1));
}

/** A submission that lost the lock earlier: noted, or the sheet shows more answers than the ledger holds. */
function catchUpIfMissed(ss: Spreadsheet, sheet: Sheet, held: number): void {
  const shown = sheet.getLastRow() - 1;
  if (shown > held || missedNoted()) syncLedger(ss, 'catch-up');
}

/** The row as its form response (id, edit link, the form's answers) when found; else as it is (content key). */
function identify(sheet: Sheet, tab: AnswerSource): AnswerSource {
  const reader = openSheetForm(sheet);
  if ('problem' in reader) {
    console.warn(`onFormSubmit: ${reader.problem}; the answer is kept by its content (run reconcileResponses later).`);
    return tab;
  }
  const stamp = tab.timestamp;
  const when = Object.prototype.toString.call(stamp) === '[object Date]' ? (stamp as Date).getTime() : NaN;
  const since = Number.isNaN(when) ? undefined : new Date(when - LOOK_BACK_MS);
  const match = matchTab([tab], responseSources(reader, tab.sheet, since));
  const found = match.responses.find((r) => r.row === tab.row);
  if (found) return found;
  console.warn(`onFormSubmit: row ${tab.row} of "${tab.sheet}" matches no form response; kept by its content.`);
  return tab;
}

/** Applies planUpserts to the ledger sheet: appends in one block; a replacement rewrites from it on. */
export function applyUpserts(ledger: Sheet, ledgerValues: unknown[][], incoming: readonly LedgerRecord[]) {
  const read = readLedger(ledgerValues);
  const plan = planUpserts(read.records, incoming);
  if (plan.writes.length === 0) return plan;
  const appended = plan.writes.filter((w) => w.index === -1).map((w) => w.record);
  const replaced = plan.writes.filter((w) => w.index !== -1);
  const records = [...read.records];
  for (const w of replaced) records[w.index] = w.record;
  const contiguous =
    read.headerOk && read.rows.every((r, i) => r === i + 2) && ledgerValues.length === read.rows.length + 1;
  if (!contiguous) {
    // Staff left blank or foreign rows in the ledger (or a stale copy): rewrite it whole (a fixed number of calls).
    rewriteLedger(ledger, [...records, ...appended], ledgerValues.length);
  } else if (replaced.length === 0) {
    writeLedgerRows(ledger, ledgerValues.length + 1, appended);
  } else {
    const from = Math.min(...replaced.map((w) => w.index));
    writeLedgerRows(ledger, from + 2, [...records.slice(from), ...appended]);
  }
  return plan;
}
