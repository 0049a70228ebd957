/**
 * A report written over several executions while other things happen between them, through the built bundle:
 * the measures plan made meanwhile (it shares the report's journal of unfinished Docs), the follow-up trigger
 * firing while another execution of the account holds the user lock, and the sheet edited before the report
 * is done (the report is the Sheet as it was when it was ordered: its plan is fixed by the first execution);
 * and, in one execution, another user's validation holding the document lock.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsBatchMs } from '../src/core/cost-model';
import { documentToHtml } from './tools/docs-simulator/html';
import { BUNDLE } from './tools/report-project';
import { BUDGET_PROPERTY, continuedProject, type ContinuedProject } from './tools/report-continue';

const REPORT_NAME =
  /^รายงานผลตามมาตรการ.*ปีงบประมาณ ๒๕๖๗ รอบ ๑๒ เดือน \(สร้างเมื่อ [๐-๙]{4}-[๐-๙]{2}-[๐-๙]{2} [๐-๙]{2}:[๐-๙]{2}\)$/;
const PLAN_NAME = /^มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ ๒๕๖๗ \(สร้างเมื่อ /;
const RESULT = 8; // the history's ผล column

/** The report's Docs (the plan's are told apart by their name), live ones only. */
const liveReports = (p: ContinuedProject) =>
  p.reportDocs().filter((d) => !d.trashed && !PLAN_NAME.test(d.name) && !/มาตรการส่งเสริม/.test(d.name));

describe.skipIf(!existsSync(BUNDLE))('a continued report and what happens between its executions', () => {
  const reference = continuedProject();
  reference.context.generateReport();
  const [refItem] = reference.reportDocs();
  const ref = reference.docs.docs.get(refItem.id)!;
  const budget = docsBatchMs(Math.ceil(ref.batches[0].length / 3));

  function expectReportDone(p: ContinuedProject): void {
    const live = liveReports(p);
    expect(live.map((d) => d.name)).toEqual([expect.stringMatching(REPORT_NAME)]);
    const entry = p.docs.docs.get(live[0].id)!;
    expect(entry.batches.flat()).toEqual(ref.batches.flat());
    expect(documentToHtml(entry.doc)).toBe(documentToHtml(ref.doc));
    expect(p.listed()).toEqual([]);
    expect(p.record()).toBeUndefined();
    expect(
      p
        .historyRows()
        .filter((r) => String(r[6]).includes(live[0].id))
        .map((r) => r[RESULT]),
    ).toEqual(['กำลังสร้างต่อ', 'สำเร็จ']);
  }

  it('the measures plan made while the report continues leaves the report Doc alone: both are made', () => {
    const p = continuedProject({}, budget);
    p.context.generateReport();
    const [unfinished] = liveReports(p);
    expect(p.pending().length).toBeGreaterThanOrEqual(1);
    // The plan (no continuation) is refused under the report's lowered test budget: made at the default one.
    const script = p.fakes.services.PropertiesService._stores.script;
    script.delete(BUDGET_PROPERTY);
    p.execute(() => p.context.generatePlan());
    script.set(BUDGET_PROPERTY, String(budget));
    expect(p.fakes.recorded.alerts.at(-1)!.title).toBe('สร้างเอกสารมาตรการเสร็จแล้ว');
    expect(p.fakes.recorded.alerts.at(-1)!.prompt).not.toContain('ค้างไว้ไม่เสร็จ');
    expect(unfinished.trashed).toBe(false);
    p.fireAll();
    expectReportDone(p);
    expect(p.reportDocs().filter((d) => !d.trashed && PLAN_NAME.test(d.name)).length).toBe(1);
  });

  it('the measures plan made during a 20-minute wait after a Google outage leaves the waiting report alone', () => {
    const p = continuedProject({}, budget);
    p.context.generateReport();
    p.hooks.before = () => {
      throw new Error('API call to docs.documents.batchUpdate failed with error: Backend Error (503)');
    };
    expect(p.fireNext()).toBe(true);
    expect(p.fireNext()).toBe(true);
    expect(p.record()).toMatchObject({ retries: 2 }); // the next try in 20 minutes
    p.hooks.before = undefined;
    p.clock.advance(21 * 60 * 1000);
    const script = p.fakes.services.PropertiesService._stores.script;
    script.delete(BUDGET_PROPERTY);
    p.execute(() => p.context.generatePlan());
    script.set(BUDGET_PROPERTY, String(budget));
    expect(p.fakes.recorded.alerts.at(-1)!.title).toBe('สร้างเอกสารมาตรการเสร็จแล้ว');
    expect(liveReports(p)).toHaveLength(1);
    p.fireAll();
    expectReportDone(p);
  });

  it('the trigger firing while another execution holds the user lock waits, then the report ends with no trigger left', () => {
    const p = continuedProject({}, budget);
    p.context.generateReport();
    const lock = p.fakes.services.LockService;
    lock._holdByOther('user');
    // The follow-up finds the lock taken twice in a row (a long measures plan, say), then free.
    expect(p.fireNext()).toBe(true);
    expect(p.fireNext()).toBe(true);
    expect(p.docsLog.length).toBe(1);
    lock._holdByOther('user', false);
    p.fireAll();
    expectReportDone(p);
  });

  it('the follow-ups running while the first alert is still open (the script waits, its locks are not kept): the history in order', () => {
    const p = continuedProject({}, budget);
    let read = false;
    p.fakes.calls.beforeCall = (name) => {
      if (name !== 'Ui.alert' || read) return;
      read = true; // Apps Script: "LockService locks don't persist across the suspension" (Ui.alert)
      p.fireAll();
    };
    p.execute(() => p.context.generateReport());
    p.fakes.calls.beforeCall = undefined;
    expect(read).toBe(true);
    expect(p.fakes.recorded.alerts.at(-1)!.title).toBe('กำลังสร้างรายงานต่อเบื้องหลัง');
    expectReportDone(p);
  });

  it('the sheet edited before the report is done: the report is the Sheet as it was ordered, not a mix', () => {
    const p = continuedProject({}, budget);
    p.context.generateReport();
    const measures = p.fakes.sheet('มาตรการ');
    const rows = measures._values();
    const result = (rows[0] as string[]).indexOf('ผลการดำเนินงาน');
    measures._setValues(2, result + 1, [['แก้ไขแล้วหลังสั่งสร้างรายงาน']]);
    measures._setValues(rows.length + 1, 1, [rows[rows.length - 1].map((v, i) => (i === 0 ? 'NEW-1' : v))]);
    p.fireAll();
    expectReportDone(p);
  });
});

describe.skipIf(!existsSync(BUNDLE))('two people at once: the document lock', () => {
  it("another user's validation holding the document lock: the report is refused in Thai, nothing made; then made", () => {
    const p = continuedProject({ recordOnly: true });
    p.fakes.services.LockService._holdByOther('document');
    p.execute(() => p.context.generateReport());
    const alert = p.fakes.recorded.alerts.at(-1)!;
    expect(alert.title).toBe('ยังสร้างรายงานไม่ได้');
    expect(alert.prompt).toContain('อาจเป็นของผู้ใช้อื่น');
    expect(p.reportDocs()).toEqual([]);
    expect(p.historyRows().map((r) => r[RESULT])).toEqual(['ล้มเหลว']);
    p.fakes.services.LockService._holdByOther('document', false);
    p.execute(() => p.context.generateReport());
    expect(p.reportDocs().map((d) => d.name)).toEqual([expect.stringMatching(REPORT_NAME)]);
    expect(p.historyRows().map((r) => r[RESULT])).toEqual(['ล้มเหลว', 'สำเร็จ']);
  });
});
