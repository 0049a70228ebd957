/**
 * What to do when documents.batchUpdate refuses a batch, and how to cut one in two. Pure: runs in Apps Script
 * and on Node.
 *
 * Why halves are safe: "The server processes the subrequests in the same order they appear in the batch
 * request" and "All subrequests in the batch update are applied atomically" (Docs API, "Batch requests").
 * Every index in the plan is computed for the document as the requests before it leave it, so two consecutive
 * halves sent one after the other leave the document exactly as the whole batch would. No request of the plan
 * reads a reply of an earlier one in the same batch: only createFooter has a reply the caller needs (its
 * footerId, for the last call), and it is the first request of the first batch, so it stays the first request
 * of the first half; the caller reads the id from whichever call's replies hold it.
 */
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';

type Request = docs_v1.Schema$Request;

/**
 * - too-large: the API refused the batch for its size; nothing was applied. Split it.
 * - uncertain: the call may or may not have been applied (a timeout, or a retry refused because the
 *   revision moved on). Read the revision to learn which, then go on or split.
 * - fail: anything else (an invalid request, no permission ...): stop, as before.
 */
export type BatchFailure = 'too-large' | 'uncertain' | 'fail';

/**
 * Google's front end refuses a body over 10,485,760 bytes with 400 INVALID_ARGUMENT "Request payload size
 * exceeds the limit: 10485760 bytes." (the text reported for Sheets and other Workspace APIs, e.g.
 * github.com/jlolling/talendcomp_tGoogleSheet/issues/1; Google: "The API infrastructure does have a size limit
 * for a single request ... not publicly documented", googleworkspace/dotnet-samples#23). Some front ends answer
 * 413 "Request Entity Too Large" (burnash/gspread#148).
 */
const TOO_LARGE = /request payload size exceeds the limit|request entity too large|\b413\b/i;

/**
 * A call that ran out of time: gRPC's DEADLINE_EXCEEDED ("Deadline exceeded"), HTTP 504 "Gateway Timeout", or
 * a text saying it timed out. The exact wording Apps Script gives for an advanced-service timeout is not
 * documented; these cover the forms Google's APIs use. Such a call may have been applied server-side.
 */
const TIMED_OUT = /deadline.?exceeded|timed? ?out|time-out|\b504\b/i;

/** "The required revision ID ... does not match": writeControl.requiredRevisionId refused the call. */
const REVISION_MOVED = /required revision/i;

/**
 * Classifies a batchUpdate failure. `retried`: this batch was already sent once and that attempt failed in a
 * way that may hide a success (a 500 after the server had applied it); a revision refusal then means "it may
 * have landed", not "someone else edited". 429 and the transient 5xx are retried as they are before this.
 */
export function batchFailure(message: string, status: number | undefined, retried: boolean): BatchFailure {
  if (status === 413 || TOO_LARGE.test(message)) return 'too-large';
  if (status === 504 || TIMED_OUT.test(message)) return 'uncertain';
  if (retried && REVISION_MOVED.test(message)) return 'uncertain';
  return 'fail';
}

/** Two consecutive halves of a batch (the first keeps its first request); none for a single request. */
export function halves(requests: readonly Request[]): [Request[], Request[]] | undefined {
  if (requests.length < 2) return undefined;
  const middle = Math.ceil(requests.length / 2);
  return [requests.slice(0, middle), requests.slice(middle)];
}

/** A new Doc's body, and a blank template copy's: the section break [0,1) and one empty paragraph [1,2). */
export const EMPTY_BODY_END = 2;

/**
 * How much a batch lengthens the body, in the Docs index units: each insertText into the body adds its text's
 * UTF-16 length, an insertTable adds its leading newline, its start and end slots and per row a row slot plus a
 * cell slot and a newline per cell ("Work with tables": an empty 2x2 table at S ends at S + 12). The plan's
 * other requests (styles, merges, the footer) leave the body's length as it is. Lets a caller tell from the
 * Doc's end index whether a batch that timed out was applied.
 */
export function bodyGrowth(requests: readonly Request[]): number {
  let growth = 0;
  for (const r of requests) {
    if (r.insertText && !r.insertText.location?.segmentId) growth += (r.insertText.text ?? '').length;
    if (r.insertTable) growth += (r.insertTable.rows ?? 0) * (2 * (r.insertTable.columns ?? 0) + 1) + 3;
  }
  return growth;
}
