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
 * this run; the footer id is then read from the Doc (documentStyle.defaultFooterId). Each batch carries
 * writeControl.requiredRevisionId, so even a wrong guess can never apply a half twice: the API would refuse it.
 */
import type { docs_v1 } from 'googleapis';
import type { DocsRenderPlan } from './docs-requests';
import { footerIdFromReplies } from './docs-requests';
import { halves, type BatchFailure } from './docs-split';

type Request = docs_v1.Schema$Request;

export interface BatchReply {
  replies?: readonly docs_v1.Schema$Response[] | null;
  /** writeControl.requiredRevisionId of the reply: the revision after this batch. */
  revisionId?: string;
}

/** What one documents.get tells: the revision now, and the default footer's id. */
export interface DocState {
  revisionId?: string;
  footerId?: string;
}

export interface WriteStart {
  revisionId?: string;
  /** The template's footer, when the Doc is a copy of one (no createFooter then). */
  footerId?: string;
}

export interface WriteOutcome {
  /** batchUpdate calls that were applied. */
  batchUpdateCalls: number;
  /** Batches cut in two. */
  splits: number;
  /** documents.get calls made to learn whether a call had landed. */
  reads: number;
}

export type WriteStep = { kind: 'send'; requests: Request[]; revisionId?: string } | { kind: 'read' };
export type WriteAnswer =
  | { kind: 'sent'; reply: BatchReply }
  | { kind: 'failed'; error: unknown; failure: BatchFailure }
  | { kind: 'read'; state: DocState };

/** The decisions. Yields a call to make, receives its answer; throws the API's error when it cannot go on. */
export function* steps(plan: DocsRenderPlan, start: WriteStart): Generator<WriteStep, WriteOutcome, WriteAnswer> {
  const outcome: WriteOutcome = { batchUpdateCalls: 0, splits: 0, reads: 0 };
  let revisionId = start.revisionId;
  let footerId = start.footerId;
  const queue: Request[][] = plan.batches.map((b) => b.slice());
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
      revisionId = answer.reply.revisionId;
      footerId ??= footerIdFromReplies(answer.reply.replies);
      continue;
    }
    if (answer.kind !== 'failed' || answer.failure === 'fail') throw answer.kind === 'failed' ? answer.error : new Error('Internal: bad answer');
    if (answer.failure === 'uncertain') {
      // Without a revision to compare, whether the call landed cannot be known: stop rather than guess.
      if (!revisionId) throw answer.error;
      const read = yield { kind: 'read' };
      if (read.kind !== 'read') throw new Error('Internal: bad answer');
      outcome.reads++;
      if (read.state.revisionId && read.state.revisionId !== revisionId) {
        // Applied: its replies are lost, but the only one needed (createFooter's id) is in the Doc now.
        queue.shift();
        outcome.batchUpdateCalls++;
        revisionId = read.state.revisionId;
        if (batch.some((r) => r.createFooter)) footerId ??= read.state.footerId;
        continue;
      }
    }
    const parts = halves(batch);
    if (!parts) throw answer.error; // one request alone is refused: nothing smaller to send
    queue.splice(0, 1, ...parts);
    outcome.splits++;
  }
}

export interface WriteCalls {
  /** One batchUpdate (retrying 429 and transient 5xx itself). */
  send(requests: Request[], revisionId: string | undefined): BatchReply;
  /** One documents.get. */
  read(): DocState;
  /** How a failed send is handled (batchFailure with the caller's status and retry knowledge). */
  failure(error: unknown): BatchFailure;
}

/** Apps Script: runs the plan with synchronous calls. */
export function writeBatches(plan: DocsRenderPlan, start: WriteStart, calls: WriteCalls): WriteOutcome {
  const run = steps(plan, start);
  let next = run.next();
  while (!next.done) {
    const step = next.value;
    let answer: WriteAnswer;
    if (step.kind === 'read') answer = { kind: 'read', state: calls.read() };
    else {
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
export async function writeBatchesAsync(plan: DocsRenderPlan, start: WriteStart, calls: AsyncWriteCalls): Promise<WriteOutcome> {
  const run = steps(plan, start);
  let next = run.next();
  while (!next.done) {
    const step = next.value;
    let answer: WriteAnswer;
    if (step.kind === 'read') answer = { kind: 'read', state: await calls.read() };
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
