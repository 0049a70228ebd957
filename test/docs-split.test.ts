/** Which batchUpdate failures split, which are checked, which stop; and the halves keep order. */
import { describe, expect, it } from 'vitest';
import { batchFailure, bodyGrowth, EMPTY_BODY_END, halves } from '../src/render/docs-split';
import { buildDocsRequests } from '../src/render/docs-requests';
import { validateWorkbookData } from '../src/core/validation';
import { buildReportModel } from '../src/core/report-model';
import { seedWorkbook } from './tools/seed';

const GAS = 'API call to docs.documents.batchUpdate failed with error: ';

describe('batchFailure', () => {
  it('too large: the payload-limit text (Apps Script or HTTP 400) and 413', () => {
    expect(batchFailure(`${GAS}Request payload size exceeds the limit: 10485760 bytes.`, undefined, false)).toBe(
      'too-large',
    );
    expect(batchFailure('Request payload size exceeds the limit: 10485760 bytes.', 400, false)).toBe('too-large');
    expect(batchFailure('Request Entity Too Large', 413, false)).toBe('too-large');
  });

  it('uncertain: a timeout, or a revision refusal after an own retry (not before: someone else edited)', () => {
    expect(batchFailure(`${GAS}Deadline exceeded`, undefined, false)).toBe('uncertain');
    expect(batchFailure('Gateway Timeout', 504, false)).toBe('uncertain');
    expect(batchFailure('The operation timed out.', undefined, false)).toBe('uncertain');
    const moved = `${GAS}The required revision ID does not match the latest revision. (400)`;
    expect(batchFailure(moved, undefined, true)).toBe('uncertain');
    expect(batchFailure(moved, undefined, false)).toBe('fail');
  });

  it('fail: an invalid request, no permission, a quota error left after the retries', () => {
    expect(batchFailure(`${GAS}Invalid requests[3].insertText: boom (400)`, undefined, false)).toBe('fail');
    expect(batchFailure('The caller does not have permission', 403, true)).toBe('fail');
    expect(batchFailure('Quota exceeded for quota metric', 429, true)).toBe('fail');
  });
});

describe('halves', () => {
  it('two consecutive halves, createFooter first in the first; none for one request', () => {
    const result = validateWorkbookData(seedWorkbook());
    const plan = buildDocsRequests(buildReportModel(result.workbook, result.workbook.config!));
    const batch = plan.batches[0];
    expect(batch[0].createFooter).toBeDefined();
    const [a, b] = halves(batch)!;
    expect([...a, ...b]).toEqual(batch);
    expect(a.length - b.length).toBeGreaterThanOrEqual(0);
    expect(a.length - b.length).toBeLessThanOrEqual(1);
    expect(a[0]).toBe(batch[0]);
    expect(halves([batch[0]])).toBeUndefined();
    expect(halves([])).toBeUndefined();
  });
});

describe('bodyGrowth', () => {
  it("the body batches grow an empty body to the plan's end index; the footer call does not grow it", () => {
    const result = validateWorkbookData(seedWorkbook());
    const model = buildReportModel(result.workbook, result.workbook.config!);
    for (const plan of [
      buildDocsRequests(model),
      buildDocsRequests(model, { footerExists: true }),
      buildDocsRequests(model, { limits: { maxRequestsPerBatch: 50 } }),
    ]) {
      const grown = plan.batches.reduce((end, batch) => end + bodyGrowth(batch), EMPTY_BODY_END);
      expect(grown).toBe(plan.stats.bodyEndIndex);
      expect(bodyGrowth(plan.footerRequests('kix.f'))).toBe(0);
    }
  });
});
