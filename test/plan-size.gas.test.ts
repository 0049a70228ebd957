/**
 * [plan] generatePlan has no continuation: a plan too long for one Google Doc, or too much to write within one
 * execution by the cost model's upper estimates (the report's budget, lowered here by its script property as an
 * account measured slower would), is refused before anything is made, with a Thai reason saying what to do. Left
 * to run, Apps Script would kill it at 6 minutes with no message, every retry the same.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE } from './tools/report-project';
import { planProject } from './tools/plan-project';

type Project = ReturnType<typeof planProject>;

function expectRefused(p: Project, reason: RegExp): void {
  p.context.generatePlan();
  const alert = p.fakes.recorded.alerts.at(-1)!;
  expect(alert.title).toBe('ยังสร้างเอกสารมาตรการไม่ได้');
  expect(alert.prompt).toMatch(reason);
  expect(alert.prompt).toContain('ita-report plan');
  expect(p.docs.createCalls).toBe(0);
  expect([...p.drive._items.values()].filter((i) => i.mimeType === 'application/vnd.google-apps.document')).toEqual([]);
  expect(p.fakes.services.Charts._built).toHaveLength(0);
  expect([...p.fakes.services.PropertiesService._stores.user.keys()]).toEqual([]); // no journal entry
  const history = p.fakes.sheet('ประวัติการสร้างรายงาน')._values();
  expect(history.at(-1)![8]).not.toBe('สำเร็จ');
  expect(history.at(-1)!.join(' ')).toMatch(reason);
}

describe.skipIf(!existsSync(BUNDLE))('generatePlan too large for one Doc or one execution', () => {
  it('more than a Google Doc holds (~1.02M characters): refused, nothing made', () => {
    const p = planProject();
    const measures = p.fakes.sheet('มาตรการ');
    const [header, ...rows] = measures._values();
    // Each measure and target as typed, then 45,000 more characters (a Sheets cell holds 50,000).
    for (const h of ['มาตรการ/แนวทางปฏิบัติ', 'ค่าเป้าหมาย']) {
      const column = header.indexOf(h);
      measures._setValues(
        2,
        column + 1,
        rows.map((r) => [`${String(r[column])} ${'ก'.repeat(45_000)}`]),
      );
    }
    expectRefused(p, /เอกสารมาตรการนี้มีประมาณ [๐-๙,]+ ตัวอักษร แต่ Google Doc หนึ่งไฟล์รับได้ราว/);
  });

  it('more than one execution can write by the upper estimates: refused, nothing made', () => {
    const p = planProject();
    p.fakes.services.PropertiesService._stores.script.set('ita.reportBudgetMs', '10000');
    expectRefused(p, /ยาวเกินกว่าจะเขียนเสร็จใน ๖ นาที/);
  });

  it('within the budget: made as before', () => {
    const p = planProject();
    p.fakes.services.PropertiesService._stores.script.set('ita.reportBudgetMs', '60000');
    p.context.generatePlan();
    expect(p.fakes.recorded.alerts.at(-1)!.title).toBe('สร้างเอกสารมาตรการเสร็จแล้ว');
  });
});
