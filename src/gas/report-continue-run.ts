/**
 * The follow-up executions of a report too large for one (report-continue.ts): the global `continueReport`,
 * run by a one-off time-driven trigger, without UI. Each settles what the previous one may have left in flight,
 * writes what fits, and either schedules the next or, the last, completes the report and appends the outcome
 * to the history sheet. A failure trashes the Doc as failed and says why in the history.
 */
import { COST } from '../core/cost-model';
import { applyDigitStyle } from '../core/thai';
import { isDone, resume } from '../render/docs-continue';
import { stoppedPartWayTh } from '../render/report-messages';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import { docsCalls, isRetryable } from './docs-calls';
import { errorMessage } from './error-message';
import { completeReport } from './report-complete';
import {
  endContinuation,
  ExecutionClock,
  NEXT_DELAY_MS,
  SAFETY_DELAY_MS,
  swapTrigger,
  writeWithin,
} from './report-continue';
import { finishedAfterTh } from './report-continue-messages';
import {
  ContinuationStore,
  deleteTriggers,
  readPlanFile,
  RETRY_DELAY_MS,
  scheduleContinue,
  type Continuation,
} from './report-continue-state';
import { RunRecord } from './report-history';
import { discardFile, ReportJournal } from './report-journal';
import { spreadsheetTimeZone } from './time-zone';

type Request = docs_v1.Schema$Request;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const LOCK_WAIT_MS = 1000;
/**
 * A Google error that outlasts the in-execution retries (docs-calls.ts: about 30 s) fails the report only after
 * this many follow-up executions in a row met one; each waits longer (10, 20, 30 minutes).
 */
export const LATER_RETRIES = 3;

/** The global continueReport: one follow-up execution (a time-driven trigger; no UI). */
export function continueReportFromTrigger(e?: { triggerUid?: string }): void {
  const clock = new ExecutionClock(Date.now());
  const fired = e?.triggerUid ? String(e.triggerUid) : undefined;
  const lock = LockService.getUserLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    // Another report execution of this account runs now: look again a little later. The spent trigger stays
    // listed (the record may name it, so the continuation still looks alive); the next execution deletes it.
    scheduleContinue(NEXT_DELAY_MS);
    return;
  }
  try {
    continueOnce(clock, fired);
  } finally {
    lock.releaseLock();
  }
}

function continueOnce(clock: ExecutionClock, fired: string | undefined): void {
  const store = new ContinuationStore(PropertiesService.getUserProperties());
  const c = store.load();
  if (!c) {
    deleteTriggers([fired]); // a stray trigger: nothing to continue
    return;
  }
  c.executions++;
  swapTrigger(c, SAFETY_DELAY_MS, store); // from here a kill leaves a trigger to resume from (the fired one deleted)
  const ss = spreadsheetOf(c);
  const record = recordOf(c);
  let segments: Request[][] = [];
  try {
    if (typeof Docs === 'undefined' || !Docs?.Documents) throw new Error('ยังไม่ได้เปิดใช้บริการ Google Docs API');
    segments = readPlanFile(c);
    const calls = docsCalls(Docs.Documents, c.docId);
    const before = c.progress;
    c.progress = resume(segments, before, calls.read());
    store.save(c, Date.now());
    const startedDone = isDone(segments, c.progress.cursor);
    const written = writeWithin(c, segments, calls, clock, store);
    c.retries = 0;
    if (!written || (!startedDone && clock.leftMs() < COST.reportFinish.range[1])) {
      swapTrigger(c, NEXT_DELAY_MS, store, c.triggerId);
      return;
    }
  } catch (err) {
    const message = errorMessage(err);
    if (isRetryable(message) && (c.retries ?? 0) < LATER_RETRIES) {
      // A Docs or Drive outage: the Doc keeps its in-progress name and the next execution resumes from the Doc
      // itself (what landed is read back), so trying again later is safe.
      c.retries = (c.retries ?? 0) + 1;
      // With a spare 7 minutes after it, as at a hand-over: a later try that dies before scheduling its own.
      const wait = RETRY_DELAY_MS * c.retries;
      swapTrigger(c, wait, store, scheduleContinue(wait + SAFETY_DELAY_MS));
      console.warn(`continueReport: temporary error, try ${c.retries} of ${LATER_RETRIES} again later: ${message}`);
      return;
    }
    failContinuation(c, store, ss, record, err);
    return;
  }
  endContinuation(c, store);
  const journal = new ReportJournal(PropertiesService.getUserProperties());
  const d = (n: number) => applyDigitStyle(String(n), c.finish.digitStyle);
  completeReport(ss, { docId: c.docId, name: c.name, ...c.finish }, journal, journal.find(c.docId), record, [
    finishedAfterTh(d(c.executions)),
  ]);
  if (ss) record.write(ss, spreadsheetTimeZone(ss));
}

/** A follow-up execution failed: the Doc is trashed and renamed as failed, and the history says why. */
function failContinuation(
  c: Continuation,
  store: ContinuationStore,
  ss: Spreadsheet | undefined,
  record: RunRecord,
  err: unknown,
): void {
  // First: once the Doc is discarded nothing may resume into it (a kill right after would leave the trigger).
  endContinuation(c, store);
  let trashed = false;
  try {
    discardFile(DriveApp.getFileById(c.docId), c.name);
    trashed = true;
  } catch {
    // the journal's entry stays: the next report run trashes it
  }
  if (trashed) {
    const journal = new ReportJournal(PropertiesService.getUserProperties());
    const entry = journal.find(c.docId);
    if (entry) journal.settle(entry);
  }
  record.fail(stoppedPartWayTh(errorMessage(err), trashed, c.docId, true));
  if (ss) record.write(ss, spreadsheetTimeZone(ss));
}

function spreadsheetOf(c: Continuation): Spreadsheet | undefined {
  try {
    return SpreadsheetApp.getActiveSpreadsheet() ?? SpreadsheetApp.openById(c.finish.spreadsheetId);
  } catch {
    return undefined;
  }
}

function recordOf(c: Continuation): RunRecord {
  const record = new RunRecord(new Date(c.startedAt));
  record.round = c.finish.round;
  record.rows = c.finish.rows;
  record.errors = c.finish.errors;
  record.warnings = c.finish.warnings;
  return record;
}
