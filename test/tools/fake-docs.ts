/**
 * The Docs advanced service (Docs.Documents) for tests of the built bundle: create, get and batchUpdate over
 * DocsSimulator documents, with their Drive files in the DriveApp fake. Each call is a service call of the
 * project (env.tick), so a halted run (env.halt) stops here too.
 */
import type { GasFakes } from '../fakes';
import { DocsSimulator } from './docs-simulator';
import { bodyGrowth, EMPTY_BODY_END } from '../../src/render/docs-split';

export interface FakeDocsOptions {
  /** Fail this many batchUpdate calls with a retryable 500 before succeeding. */
  transientFailures?: number;
  /** Every batchUpdate fails with this (not retryable) message. */
  permanentFailure?: string;
  /** This many documents.create calls make the Doc and then fail with a retryable 500 (the reply is lost). */
  createLandsThenFails?: number;
  /** Every documents.get fails with this message. */
  getFailure?: string;
  /**
   * Record each batch instead of simulating it (replies: a footer id for createFooter, else empty): for tests
   * that make the same report many times and check which batches reached which Doc, not the Doc's content.
   */
  recordOnly?: boolean;
  /**
   * Batches of more requests than this are refused, unapplied, with the error Google's front end gives for a
   * body over its size limit (400 INVALID_ARGUMENT "Request payload size exceeds the limit: 10485760 bytes.").
   */
  maxRequestsPerBatch?: number;
  /**
   * Faults by batchUpdate call number (1 = the first call): a timeout before or after the batch is applied,
   * or a 500 after it is applied (the reply is lost; a retry then meets the new revision); or a timeout
   * unapplied whose Doc's revision moved anyway (the Docs reference: a changed ID can be "due to internal
   * factors such as ID format changes"); or this call refused as too large (a single request excepted).
   */
  faults?: Record<
    number,
    'timeout-before' | 'timeout-after' | 'applied-then-500' | 'timeout-revision-moved' | 'too-large'
  >;
}

const BATCH_ERROR = 'API call to docs.documents.batchUpdate failed with error: ';
/** Assumed wording: Apps Script does not document its text for an advanced-service call that ran out of time. */
export const TIMEOUT_TEXT = `${BATCH_ERROR}Deadline exceeded (504)`;
export const TOO_LARGE_TEXT = `${BATCH_ERROR}Request payload size exceeds the limit: 10485760 bytes.`;

interface Entry {
  doc: DocsSimulator;
  revision: number;
  /** The batches applied, in order. */
  batches: unknown[][];
}

export type FakeDocs = ReturnType<typeof fakeDocs>;

export function fakeDocs(fakes: () => GasFakes, options: FakeDocsOptions = {}) {
  const docs = new Map<string, Entry>();
  let transient = options.transientFailures ?? 0;
  let lostCreates = options.createLandsThenFails ?? 0;
  let n = 0;
  /** A document by id; a Drive copy of a known document (content "docs:<id>") becomes its own copy on first use. */
  const lookup = (id: string) => {
    const known = docs.get(id);
    if (known) return known;
    const source = /^docs:(.+)$/.exec(fakes().services.DriveApp._item(id)?.content ?? '')?.[1];
    const original = source ? docs.get(source) : undefined;
    if (!original) return undefined;
    const entry = { doc: original.doc.copy(), revision: 1, batches: [] };
    docs.set(id, entry);
    return entry;
  };
  const service = {
    docs,
    batchCalls: 0,
    createCalls: 0,
    getCalls: 0,
    /** Sizes (in requests) of the batches refused as too large, in order. */
    refusedSizes: [] as number[],
    /** A Google Doc made by hand in Docs, in Drive: its copies (DriveApp makeCopy) open as copies of `doc`. */
    addTemplate(doc: DocsSimulator): string {
      const id = `template${++n}_0123456789abcdefghij`;
      docs.set(id, { doc, revision: 1, batches: [] });
      fakes().services.DriveApp._addFile({ id, name: 'แม่แบบรายงาน ITA', content: `docs:${id}` });
      return id;
    },
    Documents: {
      get(id: string) {
        fakes().env.tick('Docs.Documents.get');
        service.getCalls++;
        if (options.getFailure) throw new Error(options.getFailure);
        const entry = lookup(id);
        if (!entry)
          throw new Error('API call to docs.documents.get failed with error: Requested entity was not found.');
        // Recording only, the body's end is what the recorded batches add to an empty body (what a resumed
        // report compares), and the footer is the one a recorded createFooter made.
        if (options.recordOnly && entry.batches.length > 0) {
          const doc = entry.doc.get() as { documentStyle?: { defaultFooterId?: string } };
          const recorded = recordedState(entry.batches);
          const footerId = doc.documentStyle?.defaultFooterId ?? recorded.documentStyle.defaultFooterId;
          return {
            documentId: id,
            revisionId: `rev${entry.revision}`,
            ...doc,
            body: recorded.body,
            documentStyle: { ...doc.documentStyle, defaultFooterId: footerId },
          };
        }
        return { documentId: id, revisionId: `rev${entry.revision}`, ...entry.doc.get() };
      },
      create(resource: { title?: string }) {
        fakes().env.tick('Docs.Documents.create');
        service.createCalls++;
        const id = `doc${++n}_0123456789`;
        docs.set(id, { doc: new DocsSimulator(), revision: 1, batches: [] });
        fakes().services.DriveApp._addFile({ id, name: resource.title ?? 'Untitled document' });
        if (lostCreates > 0) {
          lostCreates--;
          throw new Error('API call to docs.documents.create failed with error: Internal error encountered. (500)');
        }
        return { documentId: id, title: resource.title, revisionId: `rev1` };
      },
      batchUpdate(resource: { requests: unknown[]; writeControl?: { requiredRevisionId?: string } }, id: string) {
        fakes().env.tick('Docs.Documents.batchUpdate');
        service.batchCalls++;
        if (options.permanentFailure) throw new Error(options.permanentFailure);
        const fault = options.faults?.[service.batchCalls];
        if (fault === 'timeout-before') throw new Error(TIMEOUT_TEXT);
        const tooLarge = fault === 'too-large' && resource.requests.length > 1; // this call refused for its size
        if (
          tooLarge ||
          (options.maxRequestsPerBatch !== undefined && resource.requests.length > options.maxRequestsPerBatch)
        ) {
          service.refusedSizes.push(resource.requests.length);
          throw new Error(TOO_LARGE_TEXT);
        }
        if (transient > 0) {
          transient--;
          throw new Error(
            'API call to docs.documents.batchUpdate failed with error: Internal error encountered. (500)',
          );
        }
        const entry = lookup(id);
        if (!entry)
          throw new Error('API call to docs.documents.batchUpdate failed with error: Requested entity was not found.');
        const required = resource.writeControl?.requiredRevisionId;
        if (required !== undefined && required !== `rev${entry.revision}`)
          throw new Error(
            'API call to docs.documents.batchUpdate failed with error: The required revision ID does not match the latest revision. (400)',
          );
        if (fault === 'timeout-revision-moved') {
          entry.revision++;
          throw new Error(TIMEOUT_TEXT);
        }
        const replies = options.recordOnly
          ? recordedReplies(resource.requests)
          : entry.doc.batchUpdate(resource.requests).replies;
        entry.batches.push(resource.requests);
        entry.revision++;
        if (fault === 'timeout-after') throw new Error(TIMEOUT_TEXT);
        if (fault === 'applied-then-500') throw new Error(`${BATCH_ERROR}Internal error encountered. (500)`);
        return { documentId: id, replies, writeControl: { requiredRevisionId: `rev${entry.revision}` } };
      },
    },
  };
  return service;
}

/** What documents.get shows of a Doc whose batches were only recorded: its body's end, its footer. */
function recordedState(batches: unknown[][]): {
  body: { content: { endIndex: number }[] };
  documentStyle: { defaultFooterId?: string };
} {
  const requests = batches.flat() as Parameters<typeof bodyGrowth>[0];
  const footer = requests.some((r) => r.createFooter) ? 'kix.recorded1' : undefined;
  return {
    body: { content: [{ endIndex: EMPTY_BODY_END + bodyGrowth(requests) }] },
    documentStyle: { defaultFooterId: footer },
  };
}

/** What batchUpdate answers without simulating: the footer id a createFooter request gets. */
function recordedReplies(requests: unknown[]): unknown[] {
  let n = 0;
  return requests.map((r) =>
    (r as { createFooter?: unknown }).createFooter ? { createFooter: { footerId: `kix.recorded${++n}` } } : {},
  );
}
