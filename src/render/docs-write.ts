/**
 * Sends a report's batches in order, splitting one the API refuses as too large or that times out. Shared by
 * the menu (src/gas/report.ts, synchronous Apps Script calls) and the CLI (src/cli/google.ts, promises): the
 * decisions live in one generator, `steps`, and each caller pumps it with its own calls.
 *
 * When the API accepts every batch this is exactly the plan: its batches, then the footer call (2 batchUpdate
 * calls for any report that fits in a Doc), and no documents.get.
 *
 * A call that may have landed (a timeout) is never simply re-sent: one documents.get reads the revision.
 * Unchanged means not applied (the Docs reference: "If the revision ID is unchanged between calls, then the
 * document has not changed"), so the batch is sent again as halves. Changed means applied: the reference says a
 * changed ID "usually means the document has been updated", and the in-progress Doc has no other writer than
 * this run; the footer id is then read from the Doc (documentStyle.defaultFooterId). When the batch inserts
 * text, the body's end index settles it without relying on the revision: it is where the batch leaves it, or
 * where it was before; anything else stops the run (the Doc is then discarded as for any failure). Each batch
 * carries writeControl.requiredRevisionId, so no half is ever applied twice: the API would refuse it.
 */
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import type { DocsRenderPlan } from './docs-requests';
import { footerIdFromReplies } from './docs-requests';
import { bodyGrowth, EMPTY_BODY_END, halves, type BatchFailure } from './docs-split';

type Request = docs_v1.Schema$Request;

export interface BatchReply {
  replies?: readonly docs_v1.Schema$Response[] | null;
  /** writeControl.requiredRevisionId of the reply: the revision after this batch. */
  revisionId?: string;
}

/** What one documents.get tells: the revision now, the default footer's id and text, the body's end index. */
export interface DocState {
  revisionId?: string;
  footerId?: string;
  bodyEnd?: number;
  footerText?: string;
}

/** The fields the read asks for (documents.get `fields`): a few numbers and the footers, not the report's content. */
export const READ_FIELDS = 'revisionId,documentStyle(defaultFooterId),body(content(endIndex)),footers';

/** The default footer's text from a documents.get answer: its text runs, joined. */
export function footerTextOf(footers: unknown, id: string | null | undefined): string | undefined {
  const footer = id ? (footers as Record<string, docs_v1.Schema$Footer> | null | undefined)?.[id] : undefined;
  return footer?.content
    ?.map((e) => (e.paragraph?.elements ?? []).map((r) => r.textRun?.content ?? '').join(''))
    .join('');
}

/** The body's end index from a documents.get answer: one past its last element. */
export function bodyEndOf(
  body: { content?: Array<{ endIndex?: number | null }> | null } | null | undefined,
): number | undefined {
  const content = body?.content ?? [];
  return content.length > 0 ? (content[content.length - 1].endIndex ?? undefined) : undefined;
}

export interface WriteStart {
  revisionId?: string;
  /** The template's footer, when the Doc is a copy of one (no createFooter then). */
  footerId?: string;
  /** Where the body ends before the plan's first batch (a continued report starts part-way). */
  bodyEnd?: number;
}

/** A batch (or a half of one) that is now in the Doc, and the Doc's state after it. */
export interface Applied {
  kind: 'applied';
  /** Requests it held: the first ones of what was still to send. */
  count: number;
  revisionId?: string;
  footerId?: string;
  bodyEnd: number;
}

export interface WriteOutcome {
  /** batchUpdate calls that were applied. */
  batchUpdateCalls: number;
  /** Batches cut in two. */
  splits: number;
  /** documents.get calls made to learn whether a call had landed. */
  reads: number;
}

export type WriteStep = { kind: 'send'; requests: Request[]; revisionId?: string } | { kind: 'read' } | Applied;
export type WriteAnswer =
  | { kind: 'ack' }
  | { kind: 'sent'; reply: BatchReply }
  | { kind: 'failed'; error: unknown; failure: BatchFailure }
  | { kind: 'read'; state: DocState };

/** The decisions. Yields a call to make, receives its answer; throws the API's error when it cannot go on. */
/** What the writer needs of a plan (a continued report passes one segment at a time). */
export type WritePlan = Pick<DocsRenderPlan, 'batches' | 'hasFooter' | 'footerRequests'>;

export function* steps(plan: WritePlan, start: WriteStart): Generator<WriteStep, WriteOutcome, WriteAnswer> {
  const outcome: WriteOutcome = { batchUpdateCalls: 0, splits: 0, reads: 0 };
  let revisionId = start.revisionId;
  let footerId = start.footerId;
  const queue: Request[][] = plan.batches.map((b) => b.slice());
  let bodyEnd = start.bodyEnd ?? EMPTY_BODY_END; // where the body ends before queue[0]
  let footerQueued = false;
  for (;;) {
    if (queue.length === 0) {
      if (!plan.hasFooter || footerQueued) return outcome;
      if (!footerId) throw new Error('createFooter returned no footerId');
      queue.push(plan.footerRequests(footerId));
      footerQueued = true;
    }
    const batch = queue[0];
    const answer = yield { kind: 'send', requests: batch, revisionId };
    if (answer.kind === 'sent') {
      queue.shift();
      outcome.batchUpdateCalls++;
      bodyEnd += bodyGrowth(batch);
      revisionId = answer.reply.revisionId;
      footerId ??= footerIdFromReplies(answer.reply.replies);
      yield { kind: 'applied', count: batch.length, revisionId, footerId, bodyEnd };
      continue;
    }
    if (answer.kind !== 'failed' || answer.failure === 'fail')
      throw answer.kind === 'failed' ? answer.error : new Error('Internal: bad answer');
    if (answer.failure === 'uncertain') {
      // Without a revision to compare, whether the call landed cannot be known: stop rather than guess.
      if (!revisionId) throw answer.error;
      const read = yield { kind: 'read' };
      if (read.kind !== 'read') throw new Error('Internal: bad answer');
      outcome.reads++;
      if (landed(batch, bodyEnd, revisionId, read.state, answer.error)) {
        // Applied: its replies are lost, but the only one needed (createFooter's id) is in the Doc now.
        queue.shift();
        outcome.batchUpdateCalls++;
        bodyEnd += bodyGrowth(batch);
        revisionId = read.state.revisionId;
        if (batch.some((r) => r.createFooter)) footerId ??= read.state.footerId;
        yield { kind: 'applied', count: batch.length, revisionId, footerId, bodyEnd };
        continue;
      }
      revisionId = read.state.revisionId; // not applied: the halves go against the Doc as it is now
    }
    const parts = halves(batch);
    if (!parts) throw answer.error; // one request alone is refused: nothing smaller to send
    queue.splice(0, 1, ...parts);
    outcome.splits++;
  }
}

/**
 * Whether a batch that may have landed did: by the body's length when the batch changes it (exact), by the
 * footer's text when it inserts the footer line, else by the revision. A body of neither length, or a revision
 * unknown, is a state this run cannot continue from.
 */
export function landed(
  batch: readonly Request[],
  before: number,
  revisionId: string,
  state: DocState,
  error: unknown,
): boolean {
  if (!state.revisionId) throw error;
  const moved = state.revisionId !== revisionId;
  const growth = bodyGrowth(batch);
  // The footer line: in the footer's text or not, whatever the revision did ("internal factors").
  const line = batch.find((r) => r.insertText?.location?.segmentId)?.insertText?.text;
  if (growth === 0 && line && state.footerText !== undefined) return state.footerText.includes(line);
  if (growth === 0 || state.bodyEnd === undefined) return moved;
  if (state.bodyEnd === before + growth) return true;
  if (state.bodyEnd === before) return false; // even if the revision moved for another reason ("internal factors")
  throw error;
}

export interface WriteCalls {
  /** One batchUpdate (retrying 429 and transient 5xx itself). */
  send(requests: Request[], revisionId: string | undefined): BatchReply;
  /** One documents.get. */
  read(): DocState;
  /** How a failed send is handled (batchFailure with the caller's status and retry knowledge). */
  failure(error: unknown): BatchFailure;
  /** Just before a batchUpdate: a continued report records what may land (src/gas/report-continue.ts). */
  sending?(requests: readonly Request[]): void;
  /** A batch is in the Doc: a continued report records its progress. */
  applied?(step: Applied): void;
}

/** Apps Script: runs the plan with synchronous calls. */
export function writeBatches(plan: WritePlan, start: WriteStart, calls: WriteCalls): WriteOutcome {
  const run = steps(plan, start);
  let next = run.next();
  while (!next.done) {
    const step = next.value;
    let answer: WriteAnswer;
    if (step.kind === 'read') answer = { kind: 'read', state: calls.read() };
    else if (step.kind === 'applied') {
      calls.applied?.(step);
      answer = { kind: 'ack' };
    } else {
      calls.sending?.(step.requests);
      try {
        answer = { kind: 'sent', reply: calls.send(step.requests, step.revisionId) };
      } catch (e) {
        answer = { kind: 'failed', error: e, failure: calls.failure(e) };
      }
    }
    next = run.next(answer);
  }
  return next.value;
}

export interface AsyncWriteCalls {
  send(requests: Request[], revisionId: string | undefined): Promise<BatchReply>;
  read(): Promise<DocState>;
  failure(error: unknown): BatchFailure;
}

/** Node: the same decisions with promise-returning calls. */
export async function writeBatchesAsync(
  plan: WritePlan,
  start: WriteStart,
  calls: AsyncWriteCalls,
): Promise<WriteOutcome> {
  const run = steps(plan, start);
  let next = run.next();
  while (!next.done) {
    const step = next.value;
    let answer: WriteAnswer;
    if (step.kind === 'read') answer = { kind: 'read', state: await calls.read() };
    else if (step.kind === 'applied') answer = { kind: 'ack' };
    else {
      try {
        answer = { kind: 'sent', reply: await calls.send(step.requests, step.revisionId) };
      } catch (e) {
        answer = { kind: 'failed', error: e, failure: calls.failure(e) };
      }
    }
    next = run.next(answer);
  }
  return next.value;
}
