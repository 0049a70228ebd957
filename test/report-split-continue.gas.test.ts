/**
 * Batches refused as too large, or timing out, where the single-run tests (report-split.gas.test.ts) do not
 * reach: the second call (the footer) refused after the first was applied, and a report continued over several
 * executions whose follow-up batches are refused, split, time out, or are killed between two halves. Each time
 * the Doc is the one a single accepted run makes, or the report fails cleanly (trashed, said in the history).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsBatchMs } from '../src/core/cost-model';
import { documentToHtml } from './tools/docs-simulator/html';
import type { FakeDocsOptions } from './tools/fake-docs';
import { BUNDLE } from './tools/report-project';
import { continuedProject, expectFailedCleanly, RESULT, type ContinuedProject } from './tools/report-continue';

const REPORT_NAME = /^รายงานผลตามมาตรการ.*\(สร้างเมื่อ [๐-๙]{4}-[๐-๙]{2}-[๐-๙]{2} [๐-๙]{2}:[๐-๙]{2}\)$/;

describe.skipIf(!existsSync(BUNDLE))('batches refused or timed out: the second call, and continued reports', () => {
  const reference = continuedProject();
  reference.context.generateReport();
  const ref = reference.docs.docs.get(reference.reportDocs()[0].id)!;
  const [body, footer] = ref.batches.map((b) => b.length);
  const chunk = Math.ceil(body / 3);
  const budget = docsBatchMs(chunk);

  /** Every trigger fired; the one report Doc, complete and named, equal to the reference. */
  function expectSameReport(p: ContinuedProject): void {
    p.fireAll();
    const live = p.reportDocs().filter((d) => !d.trashed);
    expect(live.map((d) => d.name)).toEqual([expect.stringMatching(REPORT_NAME)]);
    const entry = p.docs.docs.get(live[0].id)!;
    expect(entry.batches.flat()).toEqual(ref.batches.flat());
    expect(entry.doc.get()).toEqual(ref.doc.get());
    expect(documentToHtml(entry.doc)).toBe(documentToHtml(ref.doc));
    expect(p.listed()).toEqual([]);
    expect(p.record()).toBeUndefined();
  }

  it('the footer call refused as too large after the body was applied: sent as halves, the same Doc', () => {
    const p = continuedProject({ faults: { 2: 'too-large' } });
    p.context.generateReport();
    expect(p.fakes.recorded.alerts).toEqual([]);
    const entry = p.docs.docs.get(p.reportDocs()[0].id)!;
    expect(entry.batches.map((b) => b.length)).toEqual([body, Math.ceil(footer / 2), Math.floor(footer / 2)]);
    expect(p.docs.refusedSizes).toEqual([footer]);
    expectSameReport(p);
  });

  it('continued: follow-up batches over the size limit go as halves, killed between two halves, the same Doc', () => {
    const max = Math.ceil(chunk / 2); // every chunk of the budget is refused whole, accepted as halves
    const p = continuedProject({ maxRequestsPerBatch: max }, budget);
    p.hooks.after = (n) => {
      if (n === 2) p.fakes.env.halt = { limit: 0, made: 0 }; // killed once the first half landed
    };
    p.execute(() => p.context.generateReport());
    expect(p.docs.refusedSizes).toEqual([chunk]);
    expect(p.docsLog.length).toBe(2);
    expectSameReport(p);
    expect(p.docs.refusedSizes.length).toBeGreaterThanOrEqual(3);
  });

  for (const fault of ['timeout-after', 'timeout-before'] as const) {
    it(`continued: a follow-up's batch meeting "${fault}" goes on to the same Doc`, () => {
      const p = continuedProject({ faults: { 2: fault } }, budget);
      p.context.generateReport();
      expectSameReport(p);
      expect(p.historyRows().map((r) => r[RESULT])).toEqual(['กำลังสร้างต่อ', 'สำเร็จ']);
    });
  }

  it('continued: a single request refused on its own in a follow-up fails the report cleanly', () => {
    const options: FakeDocsOptions = {};
    const p = continuedProject(options, budget);
    p.context.generateReport();
    options.maxRequestsPerBatch = 0;
    p.fireAll();
    expectFailedCleanly(p, 'Request payload size exceeds the limit');
    expect(p.pdfs()).toEqual([]);
  });
});
