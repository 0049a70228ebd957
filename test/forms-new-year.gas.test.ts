/**
 * A new fiscal year started from a copy of last year's workbook (File ▸ Make a copy, then ปีงบประมาณ changed in
 * ตั้งค่า): the copy's ผลจากแบบฟอร์ม still holds last year's answers, under row ids the coordinator may keep.
 * Those answers were sent before this fiscal year began: they are not this year's results, so no unit counts
 * as having reported with them, and the report does not print them; validation says so once, in Thai.
 */
import { describe, expect, it } from 'vitest';
import { SHEET } from '../src/core/layout';
import { submitAndFire, withForm, type FormProject } from './tools/forms-project';
import type { FakeSpreadsheet } from './fakes';

function setConfig(ss: FakeSpreadsheet, label: string, value: string): void {
  const cfg = ss._sheetNamed(SHEET.config)!;
  const row = cfg._values().findIndex((r) => String(r[0]).startsWith(label)) + 1;
  expect(row).toBeGreaterThan(0);
  cfg._setValues(row, 2, [[value]]);
}

/** Last year's workbook with one answer for 2567-02 (sent 28 June 2024 = 2567), copied and moved to FY 2568. */
function newYearCopy(): { p: FormProject; copy: FakeSpreadsheet } {
  const p = withForm();
  submitAndFire(p, { done: 'กิจกรรมของปีที่แล้ว' });
  const original = p.fakes.spreadsheet;
  const copyId = p.fakes.services.DriveApp.getFileById(original.getId()).makeCopy('ITA 2568').getId();
  const copy = p.fakes.workspace.spreadsheets.get(copyId)!;
  p.fakes.workspace.active = copy;
  setConfig(copy, 'ปีงบประมาณ', '2568');
  // This year's activity dates (last year's would be errors); the rest of the rows as they were.
  const measures = copy._sheetNamed(SHEET.measures)!;
  const c = measures._values()[0].map(String).indexOf('วันที่ดำเนินการ') + 1;
  expect(c).toBeGreaterThan(0);
  measures._values().forEach((r, i) => {
    if (i > 0 && String(r[c - 1]) !== '') measures._setValues(i + 1, c, [['๑๕/๑/๒๕๖๘']]);
  });
  p.context.syncForms();
  return { p, copy };
}

describe("a new fiscal year in a copy of last year's workbook", () => {
  it("last year's form answers do not count as this year's, and validation says so", () => {
    const { p, copy } = newYearCopy();
    p.context.validateWorkbook();
    const findings = copy
      ._sheetNamed(SHEET.findings)!
      ._values()
      .map((r) => r.map(String));
    const old = findings.filter((r) => r[1] === SHEET.ledger);
    expect(old).toHaveLength(1);
    expect(old[0][5]).toContain('ก่อนเริ่มปีงบประมาณ ๒๕๖๘');
    expect(old[0][5]).toContain('ไม่ถูกนำเข้ารายงาน');
    // Row 2567-02 (sheet row 3): nobody has reported it this year.
    const row3 = findings.filter((r) => r[1] === SHEET.measures && r[2] === '3' && r[5].includes('ยังไม่ได้รับรายงานผล'));
    expect(row3).toHaveLength(1);
    expect(row3[0][5]).toContain('(๐ จาก');
  });

  it("the report leaves last year's answer out; its own rows are printed", () => {
    const { p } = newYearCopy();
    p.context.generateReport();
    const doc = [...p.docs.docs.values()].at(-1);
    const alerts = p.fakes.recorded.alerts.filter((a) => a.title === 'ยังสร้างรายงานไม่ได้');
    expect(alerts).toEqual([]);
    const text = doc!
      .tables()[0]
      .cells.flat()
      .map((c) => c.text)
      .join('\n');
    expect(text).not.toContain('กิจกรรมของปีที่แล้ว');
  });
});
