/**
 * A follow-up execution meeting a Google outage that outlasts its own retries hands over to a later try (10,
 * 20, 30 minutes out). Killed at any point of that execution, or at the first call of the later try (a failed
 * start), the report still completes by itself once Google is back: a trigger is always left to resume it,
 * and no user has to run the menu again. Afterwards no trigger, record or plan file is left.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsBatchMs } from '../src/core/cost-model';
import { countCalls, killPoints } from './tools/kill-points';
import { BUNDLE } from './tools/report-project';
import { continuedProject, expectContinuationGone, type ContinuedProject } from './tools/report-continue';

const RECORD = { recordOnly: true };
const REPORT_NAME = /^รายงานผลตามมาตรการ.*ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน \(สร้างเมื่อ /;

const outage = (p: ContinuedProject) => {
  p.hooks.before = () => {
    throw new Error('API call to docs.documents.batchUpdate failed with error: Backend Error (503)');
  };
};

describe.skipIf(!existsSync(BUNDLE))('a follow-up meeting an outage, killed at any point, resumes by itself', () => {
  const reference = continuedProject(RECORD);
  reference.context.generateReport();
  const [refDoc] = reference.reportDocs();
  const refRequests = reference.docs.docs.get(refDoc.id)!.batches.flat();
  const budget = docsBatchMs(Math.ceil(refRequests.length / 3));

  // Unbroken: the report's first execution, then the follow-up that meets the outage, then the later try.
  const measured = continuedProject(RECORD, budget);
  measured.execute(() => measured.context.generateReport());
  const counter = countCalls(measured, 'LockService.getUserLock');
  outage(measured);
  measured.fireNext();
  const ends = [counter.state.count];
  measured.hooks.before = undefined;
  measured.fireNext();
  ends.push(counter.state.count);
  // Every write of the outage's execution, and the later try's first call.
  const points = killPoints(counter.state.names, ends).filter((k) => k <= ends[0]);

  it('the unbroken run: the later try is 10 minutes out, and the report completes', () => {
    expect(points.length).toBeGreaterThan(4);
    measured.fireAll();
    expect(measured.reportDocs().map((d) => d.name)).toEqual([expect.stringMatching(REPORT_NAME)]);
  });

  it('whatever call it dies at: the report completes without a new run, nothing left behind', () => {
    for (const k of points) {
      const at = `killed at call ${k} (the later try starts at ${ends[0]})`;
      const p = continuedProject(RECORD, budget);
      p.execute(() => p.context.generateReport());
      const kill = countCalls(p, 'LockService.getUserLock', k);
      outage(p);
      p.fireNext();
      kill.endExecution();
      p.hooks.before = undefined; // Google is back
      while (p.fireNext()) kill.endExecution();
      expect(kill.state.killed, at).toBe(true);
      const live = p.reportDocs().filter((d) => !d.trashed);
      expect(
        live.map((d) => d.name),
        at,
      ).toEqual([expect.stringMatching(REPORT_NAME)]);
      expect(p.docs.docs.get(live[0].id)!.batches.flat(), at).toEqual(refRequests);
      expectContinuationGone(p, at);
    }
  }, 300_000);
});
