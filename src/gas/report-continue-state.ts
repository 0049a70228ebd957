/**
 * What a report continued in later executions keeps between them, each thing found again by an id:
 * - the record (user properties, a few hundred bytes): the run's id, the Doc's id, the plan file's id, the
 *   pending trigger's id, where the writing stands (Progress) and what the last execution needs to finish;
 * - the plan file (Drive, in the report's folder): the segments still to write, as gzipped JSON (the JSON is several
 *   MB, far over PropertiesService's 9 KB per value); it is written once and only read after that;
 * - one time-driven trigger for `continueReport`.
 * The record is in the user's properties, as the journal is: the Doc, the plan file and the trigger are that
 * user's, and only that user's next execution can act on them.
 */
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import { REPORT_BUDGET_MS } from '../core/cost-model';
import type { ShareMode } from '../core/schemas';
import type { applyDigitStyle } from '../core/thai';
import type { Progress } from '../render/docs-continue';
import { errorMessage } from './error-message';

type Request = docs_v1.Schema$Request;
type Folder = GoogleAppsScript.Drive.Folder;

const KEY = 'ita.reportContinuation';
/** Script property that lowers the budget (tests, or an account measured slower than the model); never raises it. */
export const BUDGET_PROPERTY = 'ita.reportBudgetMs';
export const CONTINUE_HANDLER = 'continueReport';
/** Past this without progress, with no trigger pending, a continuation is taken as dead by the next report run. */
export const STALE_MS = 20 * 60 * 1000;
/** A later try after a temporary Google error waits this many times its number (report-continue-run.ts). */
export const RETRY_DELAY_MS = 10 * 60 * 1000;

/** Everything the last execution needs to finish the report, and the history needs to describe it. */
export interface FinishInfo {
  spreadsheetId: string;
  folder: string;
  oitCode: string;
  share: ShareMode;
  warnings: number;
  errors: number;
  rows: number;
  round: string;
  digitStyle: Parameters<typeof applyDigitStyle>[1];
}

export interface Continuation {
  v: 1;
  runId: string;
  docId: string;
  /** The Doc's in-progress name (its journal entry's) and the name it gets when complete. */
  draft: string;
  name: string;
  planFileId?: string;
  triggerId?: string;
  progress: Progress;
  segments: number;
  /** Executions so far, this one included. */
  executions: number;
  /** Follow-up executions in a row that ended on a temporary Google error (retried later, see continueReport). */
  retries?: number;
  startedAt: number;
  updatedAt: number;
  finish: FinishInfo;
}

/** The record in the user's properties. A damaged value reads as none (and its Doc is then a journal leftover). */
export class ContinuationStore {
  constructor(private readonly props: GoogleAppsScript.Properties.Properties) {}

  load(): Continuation | undefined {
    const text = this.props.getProperty(KEY);
    if (!text) return undefined;
    try {
      const c = JSON.parse(text) as Continuation;
      return c && c.v === 1 && typeof c.runId === 'string' && typeof c.docId === 'string' && c.progress ? c : undefined;
    } catch {
      return undefined;
    }
  }

  save(c: Continuation, now: number): void {
    c.updatedAt = now;
    this.props.setProperty(KEY, JSON.stringify(c));
  }

  clear(): void {
    this.props.deleteProperty(KEY);
  }
}

/** The execution's budget: REPORT_BUDGET_MS, or less when the script property says so. */
export function budgetMs(): number {
  try {
    const value = Number(PropertiesService.getScriptProperties().getProperty(BUDGET_PROPERTY));
    if (Number.isFinite(value) && value > 0) return Math.min(value, REPORT_BUDGET_MS);
  } catch {
    // unreadable: the default
  }
  return REPORT_BUDGET_MS;
}

/** The plan file's name: unique to the run, so a file whose id was never recorded can still be found. */
export function planFileName(runId: string): string {
  return `ita-report-plan-${runId}.json.gz`;
}

interface PlanFile {
  v: 1;
  runId: string;
  docId: string;
  segments: Request[][];
}

/**
 * Writes the plan file into the folder, gzipped (a tenth of its JSON or less); returns its id. The JSON nears 8 MB
 * for a full Doc, and createFile(name, content, mimeType) "Throws an exception if content is larger than 10MB";
 * createFile(blob) takes a Blob (up to 50 MB).
 */
export function writePlanFile(folder: Folder, c: Continuation, segments: Request[][]): string {
  const body: PlanFile = { v: 1, runId: c.runId, docId: c.docId, segments };
  const blob = Utilities.gzip(Utilities.newBlob(JSON.stringify(body)), planFileName(c.runId));
  try {
    return folder.createFile(blob).getId();
  } catch {
    // A report folder this account may only view: the plan file (found by its id) goes into My Drive instead.
    return DriveApp.createFile(blob).getId();
  }
}

/** Reads the plan file by its id, checking it is this run's. Trashed, the continuation was ended (endContinuation). */
export function readPlanFile(c: Continuation): Request[][] {
  if (!c.planFileId) throw new Error('ไม่พบแผนการเขียนรายงานที่บันทึกไว้');
  const file = DriveApp.getFileById(c.planFileId);
  if (file.isTrashed()) throw new Error('แผนการเขียนรายงานที่บันทึกไว้ถูกย้ายไปถังขยะแล้ว');
  const blob = file.getBlob();
  // Gzip by its first byte (0x1f; JSON starts with "{"): a plain plan file is one the previous script version wrote.
  const gzip = blob.getBytes()[0] === 0x1f;
  const text = (gzip ? Utilities.ungzip(blob.setContentType('application/x-gzip')) : blob).getDataAsString();
  const body = JSON.parse(text) as PlanFile;
  if (body.v !== 1 || body.runId !== c.runId || body.docId !== c.docId || !Array.isArray(body.segments)) {
    throw new Error('แผนการเขียนรายงานที่บันทึกไว้ไม่ใช่ของการสร้างครั้งนี้');
  }
  return body.segments;
}

/** Trashes the plan file (by id; by its unique name when the id was never recorded). Never throws. */
export function trashPlanFile(c: Continuation): void {
  try {
    if (c.planFileId) DriveApp.getFileById(c.planFileId).setTrashed(true);
    else {
      const found = DriveApp.getFilesByName(planFileName(c.runId));
      while (found.hasNext()) found.next().setTrashed(true);
    }
  } catch (e) {
    console.warn(`report continuation: could not trash the plan file: ${errorMessage(e)}`);
  }
}

/** A one-off trigger that runs continueReport at least `ms` from now; returns its id. */
export function scheduleContinue(ms: number): string {
  return ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(ms).create().getUniqueId();
}

/** Deletes the project's triggers with these ids (spent one-off triggers stay listed until deleted). Never throws. */
export function deleteTriggers(ids: readonly (string | undefined)[]): void {
  const wanted = ids.filter((id): id is string => Boolean(id));
  if (wanted.length === 0) return;
  try {
    for (const t of ScriptApp.getProjectTriggers()) if (wanted.includes(t.getUniqueId())) ScriptApp.deleteTrigger(t);
  } catch (e) {
    console.warn(`report continuation: could not delete a trigger: ${errorMessage(e)}`);
  }
}

/**
 * Deletes every continueReport trigger of this user but those kept (getProjectTriggers lists the current user's
 * only): spent ones stay listed, and one an execution cut short never got to delete would stay for good.
 */
export function sweepTriggers(keep: readonly (string | undefined)[]): void {
  try {
    for (const t of ScriptApp.getProjectTriggers())
      if (!keep.includes(t.getUniqueId()) && t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
  } catch (e) {
    console.warn(`report continuation: could not delete a trigger: ${errorMessage(e)}`);
  }
}

/** Whether a trigger with this id is still pending. */
export function triggerExists(id: string | undefined): boolean {
  if (!id) return false;
  try {
    return ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === id);
  } catch {
    return false;
  }
}
