/**
 * Issue #16 through the built bundle: the sheet สรุปความคืบหน้า (refreshProgress, and after each reconcile) for the
 * seed with some units answered, and its chart updated in place, never duplicated.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { SHEET } from '../src/core/layout';
import { AUTO_REMIND_LABEL, DEADLINE_LABEL } from '../src/core/reminders';
import { BUNDLE, sheetNamed, submit, submitAndFire } from './tools/forms-project';
import { progressProject, progressSheet, unitLines } from './tools/progress-project';

beforeAll(() => {
  if (!existsSync(BUNDLE)) execSync('npm run build', { stdio: 'inherit' });
});

const line = (lines: Record<string, unknown>[], code: string) => lines.find((l) => l['รหัสหน่วยงาน'] === code)!;

describe('refreshProgress', () => {
  it('one line per unit: rows owed, answered, missing with ids and labels, last answer time; totals and sections', () => {
    const p = progressProject({ deadline: '30/9/2567' });
    p.context.refreshProgress();
    const before = unitLines(progressSheet(p));
    expect(before.map((l) => l['รหัสหน่วยงาน'])).toEqual([
      'SNY',
      'SBK',
      'LAW',
      'PROMO',
      'WATCH',
      'DIGITAL',
      'AUDIT',
      'SOUTH',
      'NE',
    ]);
    const law0 = line(before, 'LAW');
    expect(law0['รายงานแล้ว']).toBe(0);
    expect(String(law0['แถวที่ยังไม่รายงาน'])).toContain('[2567-02]');
    expect(law0['ตอบแบบฟอร์มล่าสุด']).toBe('-');

    // LAW and PROMO answer 2567-02 through the form (the trigger records them).
    submitAndFire(p, { unit: 'LAW', row: '2567-02' });
    submitAndFire(p, { unit: 'PROMO', row: '2567-02' });
    p.context.refreshProgress();
    const after = unitLines(progressSheet(p));
    const law = line(after, 'LAW');
    expect(law['รายงานแล้ว']).toBe(1);
    expect(law['ยังไม่รายงาน']).toBe(Number(law0['ยังไม่รายงาน']) - 1);
    expect(law['แถวที่ต้องรายงาน']).toBe(law0['แถวที่ต้องรายงาน']);
    expect(String(law['แถวที่ยังไม่รายงาน'])).not.toContain('[2567-02]');
    expect(String(law['แถวที่ยังไม่รายงาน'])).toContain('[2567-05]');
    // Submitted 28 Jun 2024 02:01 UTC: 09:01 in Bangkok.
    expect(law['ตอบแบบฟอร์มล่าสุด']).toBe('2024-06-28 09:01:00');
    expect(line(after, 'PROMO')['ตอบแบบฟอร์มล่าสุด']).toBe('2024-06-28 09:02:00');
    expect(line(after, 'WATCH')).toEqual(line(before, 'WATCH'));
    expect(line(after, 'SBK')['อีเมลผู้ประสานงาน']).toBe('sbk@nhrc.example.go.th');
    expect(line(after, 'SNY')['อีเมลผู้ประสานงาน']).toBe('(ไม่มีอีเมล)');

    const values = progressSheet(p)._values();
    const total = values.find((r) => r[0] === 'รวม')!;
    expect(total[1]).toBe(after.reduce((s, l) => s + Number(l['รายงานแล้ว']), 0));
    expect(total[2]).toBe(after.reduce((s, l) => s + Number(l['ยังไม่รายงาน']), 0));
    expect(values[2][0]).toBe('กำหนดส่ง ๓๐ กันยายน ๒๕๖๗ (อีก ๑๐ วัน)');
    const overall = values.find((r) => r[0] === 'ภาพรวม')!;
    expect(overall[1]).toBe(18);
    expect(p.fakes.recorded.toasts.at(-1)!.message).toContain(
      `รายงานแล้ว ${total[1]} จาก ${Number(total[1]) + Number(total[2])} แถว`,
    );
  });

  it('is written in one setValues; a shorter table leaves nothing stale below', () => {
    const p = progressProject();
    p.context.refreshProgress();
    const sheet = progressSheet(p);
    const tall = sheet._values().length;
    p.fakes.calls.reset();
    // Two units deleted from the units sheet: two lines fewer.
    const units = sheetNamed(p.fakes, SHEET.units)!;
    units.deleteRows(9, 2);
    p.context.refreshProgress();
    expect(p.fakes.calls.count('Range.setValues')).toBe(1);
    expect(unitLines(sheet).map((l) => l['รหัสหน่วยงาน'])).not.toContain('NE');
    expect(sheet._values().length).toBe(tall - 2);
  });

  it('costs the same service calls whatever the number of answers (5 or 40)', () => {
    const counts = [5, 40].map((n) => {
      const p = progressProject();
      for (let i = 0; i < n; i++)
        submitAndFire(p, {
          unit: i % 2 ? 'LAW' : 'PROMO',
          row: i % 3 ? '2567-02' : '2567-05',
          done: `กิจกรรมที่ ${i + 1}`,
        });
      p.context.refreshProgress();
      submitAndFire(p, { unit: 'WATCH', row: '2567-13' }); // one change, so the sheet is written
      p.fakes.calls.reset();
      p.context.refreshProgress();
      return p.fakes.calls.snapshot();
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]['Range.setValues']).toBe(1);
  });

  it('reconcile rebuilds the sheet with the answers it recovers', () => {
    const p = progressProject();
    p.context.refreshProgress();
    submit(p, { unit: 'LAW', row: '2567-02' }); // the trigger never fired
    expect(line(unitLines(progressSheet(p)), 'LAW')['รายงานแล้ว']).toBe(0);
    p.context.reconcileResponses();
    expect(line(unitLines(progressSheet(p)), 'LAW')['รายงานแล้ว']).toBe(1);
    // Again, nothing changed: nothing is written, the chart is not touched.
    p.fakes.calls.reset();
    p.context.reconcileResponses();
    expect(p.fakes.calls.count('Range.setValues')).toBe(0);
    expect(p.fakes.calls.count('Sheet.updateChart')).toBe(0);
    expect(progressSheet(p)._charts.charts).toHaveLength(1);
  });

  it('a reconcile does not make the sheet when nobody asked for it', () => {
    const p = progressProject();
    submit(p, { unit: 'LAW', row: '2567-02' });
    p.context.reconcileResponses();
    expect(sheetNamed(p.fakes, SHEET.progress)).toBeUndefined();
  });
});

describe('the chart', () => {
  it('a stacked bar of answered/missing per unit, updated in place: never a second chart, even when its stored id is lost', () => {
    const p = progressProject();
    p.context.refreshProgress();
    const sheet = progressSheet(p);
    expect(sheet._charts.charts).toHaveLength(1);
    const first = sheet._charts.charts[0];
    expect(first.type).toBe('BAR');
    expect(first.stacked).toBe(true);
    const header = sheet._values().findIndex((r) => r[0] === 'หน่วยงาน') + 1;
    expect(first.ranges).toEqual([{ row: header, column: 1, numRows: 10, numColumns: 3 }]);

    // A unit added: the range grows, the chart stays the same one.
    const units = sheetNamed(p.fakes, SHEET.units)!;
    units.appendRow(['NORTH', 'สำนักงาน กสม. ภาคเหนือ', '', 'north@nhrc.example.go.th']);
    p.fakes.calls.reset();
    p.context.refreshProgress();
    expect(p.fakes.calls.count('Sheet.insertChart')).toBe(0);
    expect(p.fakes.calls.count('Sheet.updateChart')).toBe(1);
    expect(sheet._charts.charts).toHaveLength(1);
    expect(sheet._charts.charts[0].id).toBe(first.id);
    expect(sheet._charts.charts[0].ranges).toEqual([{ row: header, column: 1, numRows: 11, numColumns: 3 }]);

    // The document property lost: found again by its title.
    p.fakes.services.PropertiesService._stores.document.delete('ITA_PROGRESS_CHART_ID');
    p.context.refreshProgress();
    expect(sheet._charts.charts.map((c) => c.id)).toEqual([first.id]);
    // A chart staff made on the sheet is left alone.
    expect(p.fakes.calls.count('Sheet.removeChart')).toBe(0);
  });
});

describe('set-up', () => {
  it('adds the two optional config rows to a workbook made before them, off and empty, and keeps what was typed', () => {
    const p = progressProject();
    const config = sheetNamed(p.fakes, SHEET.config)!;
    expect(config._values().some((r) => r[0] === DEADLINE_LABEL)).toBe(false);
    p.context.setupWorkbook();
    const rows = config._values();
    expect(rows.find((r) => r[0] === DEADLINE_LABEL)![1]).toBe('');
    expect(rows.find((r) => r[0] === AUTO_REMIND_LABEL)![1]).toBe('ไม่');
    expect(rows.find((r) => r[0] === 'ปีงบประมาณ (พ.ศ.)')![1]).toBe(2567);
  });
});
