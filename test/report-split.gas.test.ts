/**
 * generateReport through the built bundle when the Docs API refuses a batch as too large or times out: the
 * batch is sent again as consecutive halves (then quarters ...), a call that timed out after being applied is
 * not applied again, and the Doc that results is the one a single accepted batch makes.
 */
import { existsSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { documentToHtml } from './tools/docs-simulator/html';
import type { DocsSimulator } from './tools/docs-simulator';
import { TOO_LARGE_TEXT } from './tools/fake-docs';
import { BUNDLE, reportProject } from './tools/report-project';
import type { FakeDocsOptions } from './tools/fake-docs';

/** The script's `new Date()` at a fixed moment, so two runs write the same footer and title (สร้างเมื่อ ...). */
const FIXED_NOW = Date.UTC(2026, 11, 1, 3, 0, 0);

function run(options: FakeDocsOptions = {}) {
  const p = reportProject(options);
  vm.runInContext(
    `(() => { const D = Date; Date = class extends D { constructor(...a) { if (a.length) super(...a); else super(${FIXED_NOW}); } static now() { return ${FIXED_NOW}; } }; })()`,
    p.context,
  );
  p.context.generateReport();
  const [[id, entry]] = [...p.docs.docs];
  return { ...p, id, entry, doc: entry.doc };
}

/** Everything documents.get shows, and the document as HTML: the same content, styles, table and footer. */
const same = (a: DocsSimulator, b: DocsSimulator) => {
  expect(a.get()).toEqual(b.get());
  expect(documentToHtml(a)).toBe(documentToHtml(b));
};

describe.skipIf(!existsSync(BUNDLE))('generateReport: a batch refused as too large or timed out is split', () => {
  const reference = run();
  const body = reference.entry.batches[0].length;

  it('the reference: 1 body batch and the footer, accepted as they are (2 batchUpdate calls, no documents.get)', () => {
    expect(reference.fakes.recorded.alerts).toEqual([]);
    expect(reference.docs.batchCalls).toBe(2);
    expect(reference.docs.getCalls).toBe(0);
    expect(reference.entry.batches.map((b) => b.length)).toEqual([body, 3]);
    expect(body).toBeGreaterThan(12);
    expect(reference.drive._item(reference.id)!.name).not.toMatch(/^\[/);
  });

  it('a split batch gives the same document: too large as a whole and as halves, it goes as quarters', () => {
    const max = Math.ceil(body / 3); // halves are over it, quarters within it
    const split = run({ maxRequestsPerBatch: max });
    expect(split.fakes.recorded.alerts).toEqual([]);
    const half = Math.ceil(body / 2);
    expect(split.docs.refusedSizes).toEqual([body, half, body - half]);
    const applied = split.entry.batches.map((b) => b.length);
    expect(applied).toEqual([
      Math.ceil(half / 2),
      Math.floor(half / 2),
      Math.ceil((body - half) / 2),
      Math.floor((body - half) / 2),
      3,
    ]);
    expect(applied.every((n) => n <= max)).toBe(true);
    // The requests applied, in order, are the reference's: nothing lost, nothing twice.
    expect(split.entry.batches.flat()).toEqual(reference.entry.batches.flat());
    expect(split.docs.batchCalls).toBe(3 + 5); // 3 refused, 5 applied
    expect(split.docs.getCalls).toBe(0); // a refusal applies nothing: no need to look
    same(split.doc, reference.doc);
    expect(split.drive._item(split.id)!.trashed).toBe(false);
    expect(split.fakes.recorded.dialogs.at(-1)!.html).toContain('สร้างรายงานเสร็จแล้ว');
  });

  it('a body batch that times out after being applied is not applied again: one documents.get, then the footer', () => {
    const r = run({ faults: { 1: 'timeout-after' } });
    expect(r.fakes.recorded.alerts).toEqual([]);
    expect(r.entry.batches.map((b) => b.length)).toEqual([body, 3]);
    expect(r.docs.batchCalls).toBe(2);
    expect(r.docs.getCalls).toBe(1);
    same(r.doc, reference.doc);
  });

  it('a body batch that times out before being applied is sent again as halves', () => {
    const r = run({ faults: { 1: 'timeout-before' } });
    expect(r.fakes.recorded.alerts).toEqual([]);
    const half = Math.ceil(body / 2);
    expect(r.entry.batches.map((b) => b.length)).toEqual([half, body - half, 3]);
    expect(r.docs.batchCalls).toBe(4);
    expect(r.docs.getCalls).toBe(1);
    same(r.doc, reference.doc);
  });

  it('a timeout whose revision moved but whose body did not grow: not applied, so sent again as halves on the new revision', () => {
    const r = run({ faults: { 1: 'timeout-revision-moved' } });
    expect(r.fakes.recorded.alerts).toEqual([]);
    const half = Math.ceil(body / 2);
    expect(r.entry.batches.map((b) => b.length)).toEqual([half, body - half, 3]);
    expect(r.docs.getCalls).toBe(1);
    same(r.doc, reference.doc);
  });

  it('a 500 whose batch had landed: the retry is refused for its revision, the Doc is read, and nothing is applied twice', () => {
    const r = run({ faults: { 1: 'applied-then-500' } });
    expect(r.fakes.recorded.alerts).toEqual([]);
    expect(r.entry.batches.map((b) => b.length)).toEqual([body, 3]);
    expect(r.docs.batchCalls).toBe(3); // the body, its refused retry, the footer
    expect(r.fakes.recorded.sleeps.length).toBe(1);
    expect(r.docs.getCalls).toBe(1);
    same(r.doc, reference.doc);
  });

  it('the footer call timing out after being applied is not sent again either', () => {
    const r = run({ faults: { 2: 'timeout-after' } });
    expect(r.fakes.recorded.alerts).toEqual([]);
    expect(r.docs.batchCalls).toBe(2);
    expect(r.docs.getCalls).toBe(1);
    same(r.doc, reference.doc);
  });

  it('the footer call timing out unapplied while the revision moved ("internal factors"): sent again, the footer line is in', () => {
    const r = run({ faults: { 2: 'timeout-revision-moved' } });
    expect(r.fakes.recorded.alerts).toEqual([]);
    expect(r.entry.batches.map((b) => b.length)).toEqual([body, 2, 1]); // the footer call again, as halves
    expect(r.docs.getCalls).toBe(1);
    same(r.doc, reference.doc);
  });

  it('a single request still refused cannot be split: the run fails as before, the Doc renamed as failed and trashed', () => {
    const r = run({ maxRequestsPerBatch: 0 });
    expect(r.entry.batches).toEqual([]);
    // The whole batch, then its first half, quarter ... down to the first request alone.
    expect(r.docs.refusedSizes[0]).toBe(body);
    expect(r.docs.refusedSizes.at(-1)).toBe(1);
    for (let i = 1; i < r.docs.refusedSizes.length; i++)
      expect(r.docs.refusedSizes[i]).toBe(Math.ceil(r.docs.refusedSizes[i - 1] / 2));
    const file = r.drive._item(r.id)!;
    expect(file.trashed).toBe(true);
    expect(file.name.startsWith('[ไม่สมบูรณ์')).toBe(true);
    const alert = r.fakes.recorded.alerts.at(-1)!;
    expect(alert.title).toBe('สร้างรายงานไม่สำเร็จ');
    expect(alert.prompt).toContain(TOO_LARGE_TEXT.replace(/^.*error: /, ''));
  });
});
