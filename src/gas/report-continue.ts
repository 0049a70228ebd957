/**
 * A report too large for one execution: written over several, each within its time budget, continued by a
 * one-off time-driven trigger (the global `continueReport`). Decided before writing, from the cost model's
 * upper estimates (src/core/cost-model.ts) and the time this execution has already spent (Date.now()).
 *
 * Safe when cut short at any point:
 * - the record (report-continue-state.ts) is saved before the plan file, the trigger and every batch;
 * - before each batchUpdate the record says what is in flight, after it what landed. An execution that died
 *   between the two is settled by the next one from the Doc itself (docs-continue.ts `resume`), and every
 *   batch carries writeControl.requiredRevisionId, so a batch is never applied twice nor skipped;
 * - each execution first schedules its successor 7 minutes out (past the 6-minute limit, so never while it
 *   still runs), then deletes the trigger that started it: a killed execution always leaves one to resume it;
 *   one that ends on its own schedules the next a minute out and keeps that 7-minute one as a spare, so a next
 *   execution that dies before scheduling its own (a failed start) is resumed too;
 * - the Doc keeps its in-progress name (the journal's) until the last execution, which alone renames it,
 *   makes the PDF, shares it and appends the outcome to the history sheet.
 * A second report run while one continues is refused, in Thai, unless that one is dead (no trigger pending,
 * no progress for STALE_MS): then it is abandoned and its Doc trashed by the journal as any leftover.
 * The follow-up executions themselves: report-continue-run.ts.
 */
import { COST } from '../core/cost-model';
import { applyDigitStyle } from '../core/thai';
import { advance, fillFooterId, isDone, nextCount, remainingMs } from '../render/docs-continue';
import { EMPTY_BODY_END } from '../render/docs-split';
import { writeBatches, type WriteCalls } from '../render/docs-write';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import { docsCalls } from './docs-calls';
import { errorMessage } from './error-message';
import { stillContinuingTh } from './report-continue-messages';
import {
  budgetMs,
  ContinuationStore,
  scheduleContinue,
  RETRY_DELAY_MS,
  STALE_MS,
  sweepTriggers,
  trashPlanFile,
  triggerExists,
  writePlanFile,
  type Continuation,
  type FinishInfo,
} from './report-continue-state';
import type { JournalEntry } from './report-journal';

type Request = docs_v1.Schema$Request;
type Folder = GoogleAppsScript.Drive.Folder;

/** Past the 6-minute limit: the successor never starts while this execution still runs. */
export const SAFETY_DELAY_MS = 7 * 60 * 1000;
/** The next execution, once this one has ended on its own. */
export const NEXT_DELAY_MS = 60 * 1000;

/** The time this execution has left of its budget, by the clock (what it has really spent so far). */
export class ExecutionClock {
  readonly budget: number;
  constructor(
    readonly startedAt: number,
    budget = budgetMs(),
  ) {
    this.budget = budget;
  }
  leftMs(): number {
    return this.budget - (Date.now() - this.startedAt);
  }
}

/** Whether writing the segments and finishing fits in what the execution has left (upper estimates). */
export function fitsNow(segments: readonly Request[][], clock: ExecutionClock): boolean {
  return remainingMs(segments, { segment: 0, offset: 0 }) <= clock.leftMs();
}

export interface FirstExecution {
  documents: GoogleAppsScript.Docs.Collection.DocumentsCollection;
  docId: string;
  entry: JournalEntry;
  name: string;
  revisionId?: string;
  footerId?: string;
  segments: Request[][];
  folder: Folder;
  finish: FinishInfo;
  startedAt: number;
  clock: ExecutionClock;
}

/**
 * The first execution of a report that does not fit: records the plan, schedules the follow-up and writes
 * what fits. Returns the record when the report goes on later, undefined when everything was written after
 * all and the caller completes it now. On a failure the continuation is undone and the error rethrown (the
 * caller discards the Doc as for any failed write).
 */
export function startContinuation(x: FirstExecution): Continuation | undefined {
  const store = new ContinuationStore(PropertiesService.getUserProperties());
  const c: Continuation = {
    v: 1,
    runId: Utilities.getUuid(),
    docId: x.docId,
    draft: x.entry.draft,
    name: x.name,
    progress: {
      cursor: { segment: 0, offset: 0 },
      revisionId: x.revisionId,
      footerId: x.footerId,
      bodyEnd: EMPTY_BODY_END,
      inFlight: 0,
    },
    segments: x.segments.length,
    executions: 1,
    startedAt: x.startedAt,
    updatedAt: Date.now(),
    finish: x.finish,
  };
  try {
    store.save(c, Date.now());
    c.planFileId = writePlanFile(x.folder, c, x.segments);
    store.save(c, Date.now());
    c.triggerId = scheduleContinue(SAFETY_DELAY_MS);
    store.save(c, Date.now());
    const written = writeWithin(c, x.segments, docsCalls(x.documents, x.docId), x.clock, store);
    if (written && x.clock.leftMs() >= COST.reportFinish.range[1]) {
      endContinuation(c, store);
      return undefined;
    }
    swapTrigger(c, NEXT_DELAY_MS, store, c.triggerId);
    return c;
  } catch (e) {
    endContinuation(c, store);
    throw e;
  }
}

/** The share of the report's requests already in the Doc, for staff (a whole percent, below 100 until done). */
export function percentWritten(c: Continuation, segments: readonly Request[][]): number {
  let total = 0;
  let done = 0;
  segments.forEach((s, i) => {
    total += s.length;
    if (i < c.progress.cursor.segment) done += s.length;
    else if (i === c.progress.cursor.segment) done += c.progress.cursor.offset;
  });
  return total === 0 ? 100 : Math.min(99, Math.floor((100 * done) / total));
}

/**
 * Sends as much as fits, segment by segment, recording before each batchUpdate what is in flight and after it
 * what landed. True when every segment is in the Doc. An execution that has sent nothing yet always sends at
 * least one request, so a small budget still ends.
 */
export function writeWithin(
  c: Continuation,
  segments: readonly Request[][],
  base: WriteCalls,
  clock: ExecutionClock,
  store: ContinuationStore,
): boolean {
  let sent = false;
  while (!isDone(segments, c.progress.cursor)) {
    const p = c.progress;
    const n = nextCount(segments, p.cursor, clock.leftMs(), !sent);
    if (n === 0) return false;
    const requests = fillFooterId(segments[p.cursor.segment].slice(p.cursor.offset, p.cursor.offset + n), p.footerId);
    const calls: WriteCalls = {
      ...base,
      sending(batch) {
        c.progress = { ...c.progress, inFlight: batch.length };
        store.save(c, Date.now());
      },
      applied(step) {
        const cursor = advance(segments, c.progress.cursor, step.count);
        c.progress = {
          cursor,
          revisionId: step.revisionId,
          footerId: step.footerId,
          bodyEnd: step.bodyEnd,
          inFlight: 0,
        };
        store.save(c, Date.now());
      },
    };
    const chunk = { batches: [requests], hasFooter: false, footerRequests: () => [] };
    writeBatches(chunk, { revisionId: p.revisionId, footerId: p.footerId, bodyEnd: p.bodyEnd }, calls);
    sent = true;
  }
  return true;
}

/**
 * Schedules the next execution and only then deletes the other continueReport triggers, but `spare`: an
 * execution ending on its own keeps its safety trigger, so that a next one dying before it schedules its own
 * (a failed start, a Properties or Lock error) still leaves one to resume from.
 */
export function swapTrigger(c: Continuation, ms: number, store: ContinuationStore, spare?: string): void {
  c.triggerId = scheduleContinue(ms);
  store.save(c, Date.now());
  sweepTriggers([c.triggerId, spare]);
}

/**
 * The continuation is over (complete, failed or abandoned): no record, no trigger, no plan file. The plan file
 * goes first: once the record is cleared nothing finds it again, and a trashed one ends the continuation.
 */
export function endContinuation(c: Continuation, store: ContinuationStore): void {
  trashPlanFile(c);
  try {
    store.clear();
  } catch (e) {
    console.warn(`report continuation: could not clear its record: ${errorMessage(e)}`);
  }
  sweepTriggers([]);
}

/**
 * For a new report run (holding the user lock): the continuation still going on, which it must wait for, or
 * undefined. A dead one (no trigger pending, or no progress for STALE_MS past any wait for a later try) is
 * abandoned here; its Doc, still under its in-progress name, is then a leftover the journal trashes.
 */
export function continuationInTheWay(now: number, abandonDead: boolean): Continuation | undefined {
  const store = new ContinuationStore(PropertiesService.getUserProperties());
  const c = store.load();
  if (!c) return undefined;
  // Waiting for a later try (up to 30 minutes) is not staleness: the wait is added.
  if (now - c.updatedAt < STALE_MS + RETRY_DELAY_MS * (c.retries ?? 0) && triggerExists(c.triggerId)) return c;
  if (abandonDead) endContinuation(c, store);
  return undefined;
}

/** The message for a run refused because a continuation is going on. */
export function stillContinuingMessage(c: Continuation, timeZone: string): string {
  const d = (n: number) => applyDigitStyle(String(n), c.finish.digitStyle);
  const at = applyDigitStyle(
    Utilities.formatDate(new Date(c.startedAt), timeZone, 'yyyy-MM-dd HH:mm'),
    c.finish.digitStyle,
  );
  return stillContinuingTh(at, d(c.executions), d(STALE_MS / 60_000));
}
