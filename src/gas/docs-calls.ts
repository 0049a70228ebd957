/**
 * The Docs advanced service's calls for a report, with retries: what writeBatches (src/render/docs-write.ts)
 * drives, and the retry the template copy and the final rename use.
 */
import { batchFailure } from '../render/docs-split';
import { bodyEndOf, footerTextOf, READ_FIELDS, type WriteCalls } from '../render/docs-write';
import { errorMessage } from './error-message';

type Documents = GoogleAppsScript.Docs.Collection.DocumentsCollection;
/** The request types of @types/google-apps-script are older than the API: send googleapis' docs_v1 shapes. */
type BatchRequest = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;
type BatchResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;

const MAX_ATTEMPTS = 6;
const FIRST_BACKOFF_MS = 1000;

/**
 * Errors worth retrying, as the API's usage-limits page says (429, and the transient 500 and 503).
 * Apps Script puts the status in the message only sometimes, so the usual texts are matched too.
 */
export function isRetryable(message: string): boolean {
  return (
    /\b(429|500|503)\b/.test(message) ||
    /rate limit|quota|too many requests|backend error|internal error|service (is currently )?unavailable|try again/i.test(
      message,
    )
  );
}

/** Runs fn, retrying retryable errors with exponential back-off (1 s, 2 s, 4 s ... plus jitter). */
export function withRetry<T>(fn: () => T, attempts = MAX_ATTEMPTS): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return fn();
    } catch (e) {
      if (attempt >= attempts || !isRetryable(errorMessage(e))) throw e;
      Utilities.sleep(FIRST_BACKOFF_MS * 2 ** (attempt - 1) + Math.floor(Math.random() * 500));
    }
  }
}

/**
 * The Docs calls writeBatches makes. A batchUpdate is retried on transient errors; requiredRevisionId makes a
 * retry safe: if a failed-looking call had in fact been applied, the retry is refused (400) instead of writing
 * the report twice, and writeBatches then reads the revision to learn that it landed.
 */
export function docsCalls(documents: Documents, docId: string): WriteCalls {
  let attempts = 0;
  return {
    send(requests, revisionId) {
      const resource = {
        requests,
        ...(revisionId ? { writeControl: { requiredRevisionId: revisionId } } : {}),
      } as BatchRequest;
      attempts = 0;
      const response: BatchResponse = withRetry(() => {
        attempts++;
        return documents.batchUpdate(resource, docId);
      });
      return { replies: response.replies as never, revisionId: response.writeControl?.requiredRevisionId ?? undefined };
    },
    read() {
      const doc = withRetry(() => documents.get(docId, { fields: READ_FIELDS }));
      return {
        revisionId: doc.revisionId ?? undefined,
        footerId: doc.documentStyle?.defaultFooterId ?? undefined,
        bodyEnd: bodyEndOf(doc.body),
        footerText: footerTextOf(doc.footers, doc.documentStyle?.defaultFooterId),
      };
    },
    failure: (e) => batchFailure(errorMessage(e), undefined, attempts > 1),
  };
}
