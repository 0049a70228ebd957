/**
 * One submission (the spreadsheet's onFormSubmit event names its row), keyed in the ledger by its form
 * response's id. With the event's answers (e.namedValues) the response is found by its timestamp and those
 * answers (form-identify.ts: no header read, no per-question getter); else, or when that is not certain (an
 * edited response, a number Sheets reformatted), the row is read and matched to the form's answers as
 * reconcile does. When the form cannot be read or no response matches, the answer is kept under its content
 * key (never dropped) and the next reconcile gives it its id. Of the ledger it reads the header and the key
 * and sheet columns, then the one line it replaces; a fixed number of calls whatever the number of responses.
 */
import type { NamedValues } from '../core/forms/submit-event';
import { rawFromNamedValues, timestampIndex } from '../core/forms/submit-event';
import {
  CONTENT_KEY_PREFIX,
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
import {
  ensureLedgerSheet,
  headerOf,
  moveInsertedColumns,
  readAnswerContext,
  readLedgerIndex,
  readLedgerLine,
  rewriteLedger,
  writeLedgerRows,
  type LedgerIndex,
} from './form-ledger';
import { identifyFromEvent, identifyRow } from './form-identify';
import { syncLedger } from './form-reconcile';
import { missedNoted, noteMissed } from './form-missed';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The submitted row, and what the event carried of it (all optional: an event may lack them). */
export interface Submission {
  sheet: Sheet;
  row: number;
  /** The responses sheet's header when the caller read it already. */
  header?: unknown[];
  named?: NamedValues;
  values?: readonly unknown[];
  range?: Range;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/**
 * Records the submitted row; when a submission lost the lock earlier (noted, or the sheet shows more
 * answers than the ledger has lines), a catch-up follows. Call it under the document lock.
 */
export function recordSubmission(ss: Spreadsheet, submission: Submission): void {
  const ledger = ensureLedgerSheet(ss).sheet;
  const index = readLedgerIndex(ledger);
  if (!index) return recordSubmissionReadingAll(ss, ledger, submission);
  if (index.keys.some(isLegacyKey)) {
    // A ledger written by an earlier version (keys by row): give every answer its id first.
    syncLedger(ss, 'catch-up');
    return;
  }
  const name = submission.sheet.getName();
  const source = submittedSource(submission, name, {
    content: (print) => index.keys.includes(CONTENT_KEY_PREFIX + print),
    response: (id) => index.keys.includes(id),
  });
  const appended = source ? upsertLine(ss, ledger, index, source) : false;
  // Every ledger line, not only this sheet's (that column is not read): fewer lines than the sheet shows
  // answers is certain to be a miss; a miss hidden by another sheet's lines waits for the report or reconcile.
  catchUpIfMissed(ss, submission.sheet, index.keys.length + (appended ? 1 : 0));
}

/** What the ledger holds already: an answer by its fingerprint, a response by its id. */
interface Held {
  content: (fingerprint: string) => boolean;
  response: (responseId: string) => boolean;
}

/**
 * The submission as an answer source (identified when its response is found), or null when there is nothing
 * to record: a blank row, the same answer already held by its content (a duplicate delivery, no Forms call),
 * or a sheet whose header no longer names the questions.
 */
function submittedSource(s: Submission, name: string, held: Held): AnswerSource | null {
  const fromEvent = eventSource(s, name, held);
  if (fromEvent) return fromEvent;
  const header = s.header ?? headerOf(s.sheet);
  const columns = responseColumns(header);
  if (!columns) {
    console.warn(`onFormSubmit: sheet "${name}" no longer shows the unit or row question; the answer waits there.`);
    noteMissed();
    return null;
  }
  const line = s.sheet.getRange(s.row, 1, 1, header.length).getValues()[0];
  const tab = sourceFromLine(name, s.row, line, columns);
  if (isBlankSource(tab) || held.content(sourceFingerprint(tab))) return null;
  return identifyRow(s.sheet, tab, held.response);
}

/** The response found from the event's answers and the row's timestamp (one read of e.range); else undefined. */
function eventSource(s: Submission, name: string, held: Held): AnswerSource | undefined {
  if (!s.named || !s.values || !s.range) return undefined;
  const at = timestampIndex(s.named, s.values);
  if (at === -1) return undefined;
  const line = s.range.getValues()[0];
  const stamp = line.length === s.values.length ? line[at] : undefined;
  if (!isDate(stamp) || Number.isNaN(stamp.getTime())) return undefined;
  return identifyFromEvent(s.sheet, name, s.row, stamp, rawFromNamedValues(s.named), held.response);
}

/**
 * Appends the source's line, or rewrites the one line holding its key (an edited response) or its content key
 * (the same submission kept before its response was found), carrying staff's exclusion. The same line
 * delivered twice writes nothing and reads no workbook sheet. True when a line was appended.
 */
function upsertLine(ss: Spreadsheet, ledger: Sheet, index: LedgerIndex, source: AnswerSource): boolean {
  const print = sourceFingerprint(source);
  const key = source.responseId || CONTENT_KEY_PREFIX + print;
  let at = index.keys.indexOf(key);
  if (at === -1) at = index.keys.indexOf(CONTENT_KEY_PREFIX + print);
  const previous = at === -1 ? undefined : readLedgerLine(ledger, index.header, at + 2);
  if (previous && previous.key === key && previous.fingerprint === print) return false;
  const record = recordFromSource(source, readAnswerContext(ss));
  if (!record) return false;
  if (at !== -1 && !previous) {
    applyUpserts(ledger, ledger.getDataRange().getValues(), [record]); // the line changed under us: as a whole
    return false;
  }
  if (!previous) {
    writeLedgerRows(ledger, index.lastRow + 1, [record]);
    return true;
  }
  for (const w of planUpserts([previous], [record]).writes) writeLedgerRows(ledger, at + 2, [w.record]);
  return false;
}

/** A ledger that is not a plain block (see readLedgerIndex): read whole, as readLedger reads it. */
function recordSubmissionReadingAll(ss: Spreadsheet, ledger: Sheet, submission: Submission): void {
  const ledgerValues = ledger.getDataRange().getValues();
  // A column staff inserted among the ledger's is moved right of it, not written over (the ledger may be plain then).
  if (moveInsertedColumns(ledger, ledgerValues[0] ?? [])) return recordSubmission(ss, submission);
  const read = readLedger(ledgerValues);
  if (read.records.some((r) => isLegacyKey(r.key))) {
    syncLedger(ss, 'catch-up');
    return;
  }
  const name = submission.sheet.getName();
  const source = submittedSource(submission, name, {
    content: (print) => read.records.some((r) => r.fingerprint === print),
    response: (id) => read.records.some((r) => r.key === id),
  });
  const record = source && recordFromSource(source, readAnswerContext(ss));
  const plan = record ? applyUpserts(ledger, ledgerValues, [record]) : undefined;
  catchUpIfMissed(ss, submission.sheet, read.records.filter((r) => r.sheet === name).length + (plan?.added ?? 0));
}

/** A submission that lost the lock earlier: noted, or the sheet shows more answers than the ledger holds. */
function catchUpIfMissed(ss: Spreadsheet, sheet: Sheet, held: number): void {
  const shown = sheet.getLastRow() - 1;
  if (shown > held || missedNoted()) syncLedger(ss, 'catch-up');
}

/** Applies planUpserts to the ledger sheet: appends in one block; a replacement writes its own line. */
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
  } else {
    // A replacement keeps its record's line (planUpserts): that line is written, not every line below it.
    for (const w of replaced) writeLedgerRows(ledger, w.index + 2, [w.record]);
    writeLedgerRows(ledger, ledgerValues.length + 1, appended);
  }
  return plan;
}
