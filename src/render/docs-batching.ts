import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';

type Request = docs_v1.Schema$Request;

/**
 * What one documents.batchUpdate may carry.
 *
 * - Requests per batch: the Docs API documents no maximum (its "Batch requests" guide only says a batch counts
 *   as one request toward the quota of 60 writes per minute per user). We still cap it, generously, so that a
 *   runaway report splits rather than sending one unbounded call.
 * - Payload: Google's front end refuses bodies over 10,485,760 bytes ("Request payload size exceeds the limit:
 *   10485760 bytes", seen on other Workspace APIs; not documented for Docs). We keep 2 MiB of margin.
 */
export interface BatchLimits {
  maxRequestsPerBatch: number;
  /** UTF-8 bytes of the JSON body `{"requests":[...]}`. */
  maxBytesPerBatch: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = {
  maxRequestsPerBatch: 50_000,
  maxBytesPerBatch: 8 * 1024 * 1024,
};

/** UTF-8 length of a string, without TextEncoder (absent in Apps Script). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of the body `{"requests":[r1,r2,...]}` as sent to documents.batchUpdate. */
export function batchPayloadBytes(requests: readonly Request[]): number {
  return utf8Length(JSON.stringify({ requests }));
}

const ENVELOPE_BYTES = utf8Length('{"requests":[]}');

/**
 * Splits an ordered list of requests into consecutive batches within the limits.
 * Requests in a batch are applied in order and each later one sees the effect of the earlier ones
 * (Docs API, "Batch requests"); consecutive batches keep that order, so every index stays valid
 * wherever the list is cut. Returns the batches and the payload size of each.
 */
export function splitIntoBatches(
  requests: readonly Request[],
  limits: BatchLimits = DEFAULT_BATCH_LIMITS,
): { batches: Request[][]; bytes: number[] } {
  const batches: Request[][] = [];
  const bytes: number[] = [];
  let current: Request[] = [];
  let size = ENVELOPE_BYTES;
  for (const request of requests) {
    const own = utf8Length(JSON.stringify(request));
    const added = own + (current.length > 0 ? 1 : 0); // the comma
    if (ENVELOPE_BYTES + own > limits.maxBytesPerBatch) {
      throw new Error(`One request alone is ${own} bytes, over the batch limit of ${limits.maxBytesPerBatch} bytes.`);
    }
    if (
      current.length > 0 &&
      (size + added > limits.maxBytesPerBatch || current.length >= limits.maxRequestsPerBatch)
    ) {
      batches.push(current);
      bytes.push(size);
      current = [];
      size = ENVELOPE_BYTES;
    }
    size += current.length > 0 ? own + 1 : own;
    current.push(request);
  }
  if (current.length > 0) {
    batches.push(current);
    bytes.push(size);
  }
  return { batches, bytes };
}
