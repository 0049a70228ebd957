/**
 * A report project for continued reports (src/gas/report-continue.ts): the script's Date.now() is a clock that
 * moves as the cost model says the Docs calls take (their upper estimate, src/core/cost-model.ts), `new Date()`
 * is fixed (every run writes the same title and footer), a budget can be set through the script property the
 * script reads, and time-driven triggers can be fired (the fake's `_fire`) until the report is done.
 */
import vm from 'node:vm';
import { expect } from 'vitest';
import { docsBatchMs } from '../../src/core/cost-model';
import { FakeClock, type DriveItem } from '../fakes';
import { DOCUMENT_MIME_TYPE } from '../fakes/drive';
import type { FakeDocsOptions } from './fake-docs';
import { reportProject } from './report-project';

export const FIXED_NOW = Date.UTC(2026, 11, 1, 3, 0, 0);
export const BUDGET_PROPERTY = 'ita.reportBudgetMs';
export const CONTINUATION_KEY = 'ita.reportContinuation';
export const HANDLER = 'continueReport';

export type ContinuedProject = ReturnType<typeof continuedProject>;

export function continuedProject(options: FakeDocsOptions = {}, budgetMs?: number) {
  const p = reportProject(options);
  const clock = new FakeClock(FIXED_NOW);
  (p.context as Record<string, unknown>).__testClockNow = () => clock.now;
  vm.runInContext(
    `(() => { const D = Date; const now = __testClockNow; Date = class extends D { constructor(...a) { if (a.length) super(...a); else super(${FIXED_NOW}); } static now() { return now(); } }; })()`,
    p.context,
  );
  /** Docs calls made, over all executions; each moves the clock by the model's upper estimate. */
  const docsLog: { requests: number; at: number }[] = [];
  const batchUpdate = p.docs.Documents.batchUpdate;
  const hooks: { before?: (n: number) => void; after?: (n: number) => void } = {};
  p.docs.Documents.batchUpdate = (resource: Parameters<typeof batchUpdate>[0], id: string) => {
    const n = docsLog.length + 1;
    hooks.before?.(n);
    clock.advance(docsBatchMs(resource.requests.length));
    docsLog.push({ requests: resource.requests.length, at: clock.now });
    const reply = batchUpdate(resource, id);
    hooks.after?.(n);
    return reply;
  };
  if (budgetMs !== undefined) p.fakes.services.PropertiesService._stores.script.set(BUDGET_PROPERTY, String(budgetMs));
  const scriptApp = p.fakes.services.ScriptApp;
  const fired = new Set<string>();

  /** Ends an execution as Apps Script does: no more calls fail, its locks are released. */
  const endExecution = () => {
    p.fakes.env.halt = undefined;
    p.fakes.services.LockService._endExecution();
  };

  return {
    ...p,
    clock,
    docsLog,
    hooks,
    /** continueReport triggers listed and not yet fired (a fired one-off trigger never fires again). */
    pending: () => scriptApp._clockTriggers(HANDLER).filter((t) => !fired.has(t.uniqueId)),
    /** Every trigger the project lists, fired or not. */
    listed: () => scriptApp._clockTriggers(),
    /** Runs an execution; a kill (or any error) ends it as Apps Script would. Returns the error, if any. */
    execute(run: () => void): unknown {
      try {
        run();
        return undefined;
      } catch (e) {
        return e;
      } finally {
        endExecution();
      }
    },
    /** Fires the soonest pending trigger, after its delay, without UI. False when none is pending. */
    fireNext(): boolean {
      const next = [...this.pending()].sort(
        (a, b) => Number(a.schedule?.after ?? 0) - Number(b.schedule?.after ?? 0),
      )[0];
      if (!next) return false;
      fired.add(next.uniqueId);
      clock.advance(Number(next.schedule?.after ?? 0));
      const { handler, event } = scriptApp._timeEvent(next.uniqueId, new Date(clock.now));
      this.execute(() => p.fakes.run({ ui: false }, () => p.context[handler](event)));
      return true;
    },
    /** Fires triggers until none is pending; returns how many executions that took. */
    fireAll(max = 100): number {
      let n = 0;
      while (this.fireNext()) if (++n > max) throw new Error('the continuation does not end');
      return n;
    },
    /** Google Docs in Drive other than templates. */
    reportDocs(): DriveItem[] {
      return [...p.drive._items.values()].filter(
        (i) => i.mimeType === DOCUMENT_MIME_TYPE && !i.id.startsWith('template'),
      );
    },
    record(): { docId: string; planFileId?: string; triggerId?: string; executions: number } | undefined {
      const text = p.fakes.services.PropertiesService._stores.user.get(CONTINUATION_KEY);
      return text ? JSON.parse(text) : undefined;
    },
    planFiles(): DriveItem[] {
      return [...p.drive._items.values()].filter((i) => /^ita-report-plan-.*\.json(\.gz)?$/.test(i.name));
    },
    pdfs(): DriveItem[] {
      return [...p.drive._items.values()].filter((i) => i.name.endsWith('.pdf'));
    },
    historyRows(): unknown[][] {
      return p.fakes.sheet('ประวัติการสร้างรายงาน')._values().slice(1);
    },
  };
}

/** The Doc name of a report that could not be made. */
export const FAILED = '[ไม่สมบูรณ์ — สร้างไม่สำเร็จ]';
/** The history's ผล column (0-based). */
export const RESULT = 8;

/** Nothing of a continuation is left: no trigger listed, no record, every plan file trashed. */
export function expectContinuationGone(p: ContinuedProject, at?: string): void {
  expect(p.listed(), at).toEqual([]);
  expect(p.record(), at).toBeUndefined();
  expect(
    p.planFiles().every((f) => f.trashed),
    at,
  ).toBe(true);
}

/**
 * A continued report that failed ended clean: its Doc trashed under the failed name, no trigger, record or plan file
 * left, and the history says กำลังสร้างต่อ, then ล้มเหลว with `reason` in it.
 */
export function expectFailedCleanly(p: ContinuedProject, reason: string): void {
  const [doc] = p.reportDocs();
  expect(doc.trashed).toBe(true);
  expect(doc.name.startsWith(FAILED)).toBe(true);
  expectContinuationGone(p);
  const rows = p.historyRows();
  expect(rows.map((r) => r[RESULT])).toEqual(['กำลังสร้างต่อ', 'ล้มเหลว']);
  expect(String(rows[1][9])).toContain(reason);
}
