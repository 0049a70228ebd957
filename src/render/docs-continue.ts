/**
 * A report written over several executions: the plan as ordered segments (its body batches, then the footer
 * call), a cursor into them, how much of the next segment fits in the time left, and, after a stop, whether
 * the batch in flight landed. Pure: the Apps Script side (src/gas/report-continue.ts) measures the time and
 * makes the calls.
 *
 * Cutting a segment anywhere is safe for the reason docs-split.ts gives for halves: requests are applied in
 * order and every index of the plan is computed for the Doc as the requests before it leave it. The only reply
 * a later request needs is createFooter's id, for the footer segment: that segment is stored with a slot for
 * the id, filled when it is sent.
 */
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import { COST, docsBatchMs, requestsWithin } from '../core/cost-model';
import type { DocsRenderPlan } from './docs-requests';
import { bodyGrowth } from './docs-split';
import { landed, type DocState } from './docs-write';

type Request = docs_v1.Schema$Request;

/** Stands for the footer's id in the stored footer segment (createFooter gives the real one later). */
export const FOOTER_ID_SLOT = '__ita_footer_id__';

export interface Cursor {
  /** Index of the segment being written. */
  segment: number;
  /** Requests of that segment already in the Doc. */
  offset: number;
}

/** What a continued report knows of its Doc: where it is in the plan, and the Doc after the last batch. */
export interface Progress {
  cursor: Cursor;
  revisionId?: string;
  bodyEnd: number;
  footerId?: string;
  /** Requests sent from the cursor whose fate is not yet recorded (0: none). */
  inFlight: number;
}

/** The plan's batches, then its footer call (with the id slot), as the segments to write in order. */
export function planSegments(plan: DocsRenderPlan): Request[][] {
  const segments = plan.batches.map((b) => b.slice());
  if (plan.hasFooter) segments.push(plan.footerRequests(FOOTER_ID_SLOT));
  return segments;
}

/** The requests with the footer's id in its slot. */
export function fillFooterId(requests: readonly Request[], footerId: string | undefined): Request[] {
  const text = JSON.stringify(requests);
  if (!text.includes(FOOTER_ID_SLOT)) return requests.slice();
  if (!footerId) throw new Error('createFooter returned no footerId');
  return JSON.parse(text.split(FOOTER_ID_SLOT).join(footerId)) as Request[];
}

export function isDone(segments: readonly (readonly Request[])[], cursor: Cursor): boolean {
  return cursor.segment >= segments.length;
}

/** The upper estimate, in ms, of writing everything from the cursor on and then finishing the report. */
export function remainingMs(segments: readonly (readonly Request[])[], cursor: Cursor): number {
  let ms = COST.reportFinish.range[1];
  for (let i = cursor.segment; i < segments.length; i++)
    ms += docsBatchMs(segments[i].length - (i === cursor.segment ? cursor.offset : 0));
  return ms;
}

/**
 * How many requests of the current segment to send next with `leftMs` to go: as many as the upper estimate
 * lets fit, never past the segment's end; at least one when `mustProgress` (an execution that has written
 * nothing yet always moves on, whatever the budget).
 */
export function nextCount(
  segments: readonly (readonly Request[])[],
  cursor: Cursor,
  leftMs: number,
  mustProgress: boolean,
): number {
  const left = segments[cursor.segment].length - cursor.offset;
  const fit = Math.min(left, requestsWithin(leftMs));
  return fit > 0 ? fit : mustProgress ? Math.min(left, 1) : 0;
}

/** The cursor `count` requests further (into the next segment at a segment's end). */
export function advance(segments: readonly (readonly Request[])[], cursor: Cursor, count: number): Cursor {
  const offset = cursor.offset + count;
  return offset >= segments[cursor.segment].length
    ? { segment: cursor.segment + 1, offset: 0 }
    : { segment: cursor.segment, offset };
}

/** The requests the progress says are in flight. */
export function inFlightRequests(segments: readonly (readonly Request[])[], p: Progress): Request[] {
  return segments[p.cursor.segment].slice(p.cursor.offset, p.cursor.offset + p.inFlight);
}

/**
 * Where a continued report stands, from the Doc as documents.get shows it now. An execution may have died
 * after a batchUpdate was applied and before it was recorded: the Doc then tells, as for a timeout
 * (docs-write.ts `landed`): by the body's length when the batch changes it, else by the revision. Nothing in
 * flight, the Doc must be as recorded. Throws when the Doc is in neither state (edited by someone, or a state
 * this run cannot continue from).
 */
export function resume(segments: readonly (readonly Request[])[], p: Progress, doc: DocState): Progress {
  const stale = new Error('เอกสารไม่อยู่ในสภาพที่การเขียนครั้งก่อนทิ้งไว้ (อาจมีคนแก้ไขเอกสารที่ยังสร้างไม่เสร็จ)');
  if (!doc.revisionId) throw stale;
  if (p.inFlight > 0 && p.revisionId) {
    const batch = inFlightRequests(segments, p);
    if (landed(batch, p.bodyEnd, p.revisionId, doc, stale)) {
      const footerId = p.footerId ?? (batch.some((r) => r.createFooter) ? doc.footerId : undefined);
      return {
        cursor: advance(segments, p.cursor, batch.length),
        revisionId: doc.revisionId,
        bodyEnd: p.bodyEnd + bodyGrowth(batch),
        footerId,
        inFlight: 0,
      };
    }
    return { ...p, revisionId: doc.revisionId, inFlight: 0 };
  }
  if (p.inFlight > 0) throw stale; // no revision to compare with: whether it landed cannot be known
  if (doc.bodyEnd !== undefined && doc.bodyEnd !== p.bodyEnd) throw stale;
  return { ...p, revisionId: doc.revisionId };
}
