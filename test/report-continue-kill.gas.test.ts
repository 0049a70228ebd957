/**
 * A report written over several executions, killed at any point of its report step (the first execution from
 * the user lock on, and every follow-up), not only around its batchUpdate calls: right after each call that
 * changes something (a property, a trigger, a Drive file, the Doc, the history; reads change nothing, so this
 * reaches every state a kill can leave) and at the first call of each execution (a failed start). Then the
 * triggers fire, and, when nothing is left to resume, the user runs generateReport again. Afterwards: one
 * report with every request of the one-execution report applied once, in order; every other Doc trashed and
 * named as failed; no trigger, record or plan file left; no PDF of an unfinished Doc; no outcome line twice.
 * And a follow-up that fails, killed as it discards the Doc: nothing writes into the discarded Doc after.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsBatchMs } from '../src/core/cost-model';
import type { FakeDocsOptions } from './tools/fake-docs';
import { BUNDLE } from './tools/report-project';
import { continuedProject, expectContinuationGone, type ContinuedProject } from './tools/report-continue';
import { countCalls, killPoints } from './tools/kill-points';

const IN_PROGRESS = '[กำลังสร้าง — ยังไม่เสร็จ]';
const FAILED = '[ไม่สมบูรณ์ — สร้างไม่สำเร็จ]';
const REPORT_NAME =
  /^รายงานผลตามมาตรการ.*ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน \(สร้างเมื่อ [๐-๙]{4}-[๐-๙]{2}-[๐-๙]{2} [๐-๙]{2}:[๐-๙]{2}\)$/;
const RECORD = { recordOnly: true }; // the same report many times: record the batches, do not simulate them
const RESULT = 8; // the history's ผล column

function liveReports(p: ContinuedProject) {
  return p.reportDocs().filter((d) => !d.trashed);
}

describe.skipIf(!existsSync(BUNDLE))('a continued report killed at any point, then resumed', () => {
  const reference = continuedProject(RECORD);
  reference.context.generateReport();
  const [refDoc] = reference.reportDocs();
  const refRequests = reference.docs.docs.get(refDoc.id)!.batches.flat();
  const body = reference.docs.docs.get(refDoc.id)!.batches[0].length;
  const budget = docsBatchMs(Math.ceil(body / 3));

  // An unbroken continued run: how many calls its report step and follow-ups make.
  const measured = continuedProject(RECORD, budget);
  const counter = countCalls(measured, 'LockService.getUserLock');
  measured.execute(() => measured.context.generateReport());
  const ends = [counter.state.count];
  while (measured.fireNext()) ends.push(counter.state.count);
  const total = counter.state.count;
  const points = killPoints(counter.state.names, ends);

  it('the unbroken run: several executions, one good report', () => {
    expect(measured.docsLog.length).toBeGreaterThanOrEqual(4);
    expect(liveReports(measured).map((d) => d.name)).toEqual([expect.stringMatching(REPORT_NAME)]);
    expect(total).toBeGreaterThan(60);
    expect(ends.length).toBeGreaterThanOrEqual(4);
    expect(points.length).toBeGreaterThan(40);
  });

  it('whatever call it dies at: one complete report, nothing left behind, no PDF of an unfinished Doc', () => {
    let reruns = 0;
    for (const k of points) {
      const at = `killed at call ${k} of ${total}`;
      const p = continuedProject(RECORD, budget);
      const kill = countCalls(p, 'LockService.getUserLock', k);
      p.execute(() => p.context.generateReport());
      kill.endExecution();
      const check = () => {
        // Between executions a Doc with the report's name is complete; a PDF is only of such a Doc.
        for (const d of p.reportDocs())
          if (REPORT_NAME.test(d.name)) expect(p.docs.docs.get(d.id)!.batches.flat(), at).toEqual(refRequests);
        for (const pdf of p.pdfs()) expect(pdf.name.startsWith(IN_PROGRESS), at).toBe(false);
      };
      check();
      while (p.fireNext()) {
        kill.endExecution();
        check();
      }
      expect(kill.state.killed, at).toBe(true);
      if (!liveReports(p).some((d) => REPORT_NAME.test(d.name))) {
        // Nothing left to resume it: the user runs the menu again (a second kill-free continued report).
        reruns++;
        p.execute(() => p.context.generateReport());
        p.fireAll();
      }
      check();
      const live = liveReports(p);
      expect(live.length, at).toBeGreaterThanOrEqual(1);
      expect(live.length, at).toBeLessThanOrEqual(2); // two only if the first had its name before the kill
      for (const d of live) {
        expect(d.name, at).toMatch(REPORT_NAME);
        expect(d.parents, at).toEqual([p.folderId]);
        expect(p.docs.docs.get(d.id)!.batches.flat(), at).toEqual(refRequests);
      }
      for (const d of p.reportDocs().filter((x) => x.trashed)) expect(d.name.startsWith(FAILED), at).toBe(true);
      expectContinuationGone(p, at);
      // Each Doc's outcome is written once at most.
      const outcomes = p
        .historyRows()
        .filter((r) => r[RESULT] !== 'กำลังสร้างต่อ')
        .map((r) => String(r[6]))
        .filter(Boolean);
      expect(new Set(outcomes).size, at).toBe(outcomes.length);
    }
    expect(reruns).toBeGreaterThan(0);
  }, 300_000);

  for (const after of ['File.setTrashed', 'File.setName'] as const) {
    it(`a failing follow-up killed right after its ${after} of the Doc: nothing writes into the discarded Doc`, () => {
      const options: FakeDocsOptions = { ...RECORD };
      const p = continuedProject(options, budget);
      p.context.generateReport();
      // The next batch is refused for good (a 400), and the execution dies as it discards the Doc.
      options.permanentFailure = 'API call to docs.documents.batchUpdate failed with error: Invalid requests[0] (400)';
      const env = p.fakes.env;
      const tick = env.tick.bind(env);
      const state = { refused: false, previous: '', dead: false, killed: false };
      env.tick = (name: string) => {
        if (state.dead) throw env.exception('Exceeded maximum execution time');
        if (name === 'Docs.Documents.batchUpdate') state.refused = true;
        if (state.refused && state.previous === after && !state.killed) {
          state.dead = state.killed = true;
          throw env.exception('Exceeded maximum execution time');
        }
        state.previous = name;
        tick(name);
      };
      expect(p.fireNext()).toBe(true);
      expect(state.killed).toBe(true);
      state.dead = false;
      options.permanentFailure = undefined; // whatever refused it is gone by the next try
      p.fireAll();
      const [doc] = p.reportDocs();
      expect(doc.trashed).toBe(true);
      expect(p.pdfs()).toEqual([]);
      expect(p.historyRows().map((r) => r[RESULT])).not.toContain('สำเร็จ');
      expect(p.listed()).toEqual([]);
      expect(p.record()).toBeUndefined();
      // The next report run completes the discarding and makes a good report.
      p.execute(() => p.context.generateReport());
      p.fireAll();
      expect(doc.name.startsWith(FAILED)).toBe(true);
      expect(liveReports(p).map((d) => d.name)).toEqual([expect.stringMatching(REPORT_NAME)]);
      expect(p.historyRows().filter((r) => String(r[6]).includes(doc.id) && r[RESULT] === 'สำเร็จ')).toEqual([]);
      expect(p.planFiles().every((f) => f.trashed)).toBe(true);
    });
  }
});
