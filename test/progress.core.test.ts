/**
 * Issue #16, the pure part: who owes what (src/core/progress.ts), the progress sheet's cells, the reminders'
 * plan, log and config rows (src/core/reminders.ts) and the e-mail (src/core/reminder-mail.ts).
 */
import { describe, expect, it } from 'vitest';
import { LEDGER_HEADER_ROW, ledgerCells, type LedgerRecord } from '../src/core/forms/ledger';
import { completenessFindings, formView } from '../src/core/forms/view';
import { SHEET } from '../src/core/layout';
import { parseWorkbook } from '../src/core/parse';
import { progressOf, percentAnswered, type UnitProgress } from '../src/core/progress';
import { progressCells, textCell, UNIT_COLUMNS } from '../src/core/progress-sheet';
import { escapeHtml } from '../src/core/html';
import { reminderMail } from '../src/core/reminder-mail';
import {
  AUTO_REMIND_LABEL,
  DEADLINE_LABEL,
  planReminders,
  readReminderConfig,
  RESULT,
  rowIdsText,
  todaysStates,
} from '../src/core/reminders';
import { validateWorkbookData } from '../src/core/validation';
import type { WorkbookData } from '../src/core/workbook';
import { seedWorkbook } from './tools/seed';

let n = 0;
function record(over: Partial<LedgerRecord>): LedgerRecord {
  n++;
  return {
    key: `resp-${n}`,
    sheet: 'การตอบแบบฟอร์ม 1',
    row: n + 1,
    timestamp: `2024-06-${String(10 + n).padStart(2, '0')} 09:00:00`,
    excluded: false,
    fingerprint: `fp-${n}`,
    editUrl: '',
    rowId: '2567-02',
    round: 12,
    unit: 'LAW',
    done: 'จัดประชุม',
    dates: [],
    quantity: null,
    quantityWord: '',
    evidence: [],
    status: 'ดำเนินการแล้วเสร็จ',
    check: 'ok',
    reasons: [],
    ...over,
  };
}

function withLedger(records: LedgerRecord[], edit?: (data: WorkbookData) => void) {
  const data = seedWorkbook();
  data[SHEET.ledger] = { values: [LEDGER_HEADER_ROW, ...records.map(ledgerCells)] };
  edit?.(data);
  const workbook = parseWorkbook(data);
  const config = workbook.config!;
  const view = formView(data, workbook, config);
  return { workbook, config, view, progress: progressOf(workbook, config, view) };
}

const unit = (units: UnitProgress[], code: string) => units.find((u) => u.code === code)!;

describe('progressOf', () => {
  it('counts each unit a row expects (ทุกสำนัก/หน่วย = every unit) and agrees with the completeness warnings', () => {
    const { workbook, config, view, progress } = withLedger([]);
    const everyUnitRows = workbook.measures.filter((m) => m.units[0] === 'ทุกสำนัก/หน่วย').map((m) => m.rowId);
    expect(everyUnitRows.length).toBeGreaterThan(0);
    for (const u of progress.units) {
      expect(u.answered + u.missing.length).toBe(u.owed);
      // Every unit owes the every-unit rows.
      expect(u.owed).toBeGreaterThanOrEqual(everyUnitRows.length);
    }
    expect(progress.totals.owed).toBe(progress.units.reduce((s, u) => s + u.owed, 0));
    expect(progress.totals.missing).toBe(progress.totals.owed - progress.totals.answered);
    // The same rule as validation's warning: each warned row names exactly the units missing it here.
    const warned = completenessFindings(workbook, config, view);
    expect(warned.length).toBeGreaterThan(0);
    for (const f of warned) {
      const rowId = workbook.measures.find((m) => m.row === f.row)!.rowId;
      const missing = progress.units.filter((u) => u.missing.some((m) => m.rowId === rowId)).map((u) => u.name);
      expect(f.messageTh).toContain(`จาก ${missing.join(', ')} `);
    }
  });

  it('a usable answer moves the row from missing to answered and sets the last answer time; excluded, invalid or wrong-round ones do not', () => {
    const before = unit(withLedger([]).progress.units, 'LAW');
    expect(before.missing.map((m) => m.rowId)).toContain('2567-02');
    const ok = record({ unit: 'LAW', rowId: '2567-02', timestamp: '2024-06-20 10:00:00' });
    const older = record({ unit: 'LAW', rowId: '2567-05', round: 6, timestamp: '2024-03-01 08:00:00' });
    const ignored = [
      record({ unit: 'LAW', rowId: '2567-13', excluded: true }),
      record({ unit: 'LAW', rowId: '2567-14', check: 'invalid' }),
    ];
    const after = unit(withLedger([ok, older, ...ignored]).progress.units, 'LAW');
    expect(after.missing.map((m) => m.rowId)).toEqual(
      before.missing.map((m) => m.rowId).filter((id) => id !== '2567-02' && id !== '2567-05'),
    );
    expect(after.answered).toBe(before.answered + 2);
    expect(after.lastAnswer).toBe('2024-06-20 10:00:00');
    // A 6-month report does not count a 12-month answer.
    const six = withLedger([ok], (data) => {
      data[SHEET.config]!.values = data[SHEET.config]!.values.map((r) => (r[0] === 'รอบรายงาน' ? [r[0], 6] : r));
    });
    expect(unit(six.progress.units, 'LAW').missing.map((m) => m.rowId)).toContain('2567-02');
  });

  it('labels missing rows as the form lists them, and counts rows by status per section (a blank status takes the form answer)', () => {
    const { progress, workbook } = withLedger(
      [record({ unit: 'SNY', rowId: '2567-01', status: 'อยู่ระหว่างดำเนินการ' })],
      (data) => {
        const rows = data[SHEET.measures]!.values;
        const status = rows[0].indexOf('สถานะ');
        data[SHEET.measures]!.values = rows.map((r, i) => (i === 1 ? r.map((v, c) => (c === status ? '' : v)) : r));
      },
    );
    const label = unit(progress.units, 'LAW').missing.find((m) => m.rowId === '2567-02')!.label;
    expect(label).toMatch(/\[2567-02\]$/);
    const budget = progress.sections.find((s) => s.code === 'IIT-BUDGET')!;
    expect(budget.rows).toBe(workbook.measures.filter((m) => m.heading === 'IIT-BUDGET').length);
    expect(budget.byStatus['อยู่ระหว่างดำเนินการ']).toBe(1);
    expect(progress.byStatus['ดำเนินการแล้วเสร็จ']).toBe(progress.rows - 1);
    expect(progress.sections.reduce((s, x) => s + x.rows, 0)).toBe(progress.rows);
  });
});

describe('progressCells', () => {
  it('one line per unit under the header (the chart reads name, answered, missing), then totals and sections', () => {
    const { progress } = withLedger([]);
    const cells = progressCells(progress, {
      updatedAt: '2026-12-01 10:00',
      today: { year: 2024, month: 9, day: 20 },
      deadline: { year: 2024, month: 9, day: 30 },
      style: 'thai',
    });
    const header = cells.values[cells.chart.row - 1];
    expect(header.slice(0, UNIT_COLUMNS.length)).toEqual([...UNIT_COLUMNS]);
    expect(cells.chart.numRows).toBe(progress.units.length + 1);
    const lines = cells.values.slice(cells.chart.row, cells.chart.row + progress.units.length);
    expect(lines.map((l) => [l[0], l[1], l[2]])).toEqual(
      progress.units.map((u) => [u.name, u.answered, u.missing.length]),
    );
    const total = cells.values[cells.chart.row + progress.units.length];
    expect(total.slice(0, 5)).toEqual([
      'รวม',
      progress.totals.answered,
      progress.totals.missing,
      progress.totals.owed,
      percentAnswered(progress.totals.answered, progress.totals.owed),
    ]);
    expect(cells.values[2][0]).toBe('กำหนดส่ง ๓๐ กันยายน ๒๕๖๗ (อีก ๑๐ วัน)');
    expect(cells.values.at(-1)![0]).toBe('ภาพรวม');
    expect(cells.values.every((r) => r.length === cells.values[0].length)).toBe(true);
    expect(cells.boldRows).toContain(cells.chart.row);
  });

  it('text that a Sheet would read as a formula, a number or a date stays text', () => {
    expect(textCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(textCell('2567-02')).toBe(`'2567-02`);
    expect(textCell('สำนักกฎหมาย')).toBe('สำนักกฎหมาย');
    // Its apostrophe counts in the 50,000 characters a cell holds, as asText's does.
    expect(textCell('1'.repeat(50_000)).length).toBeLessThanOrEqual(50_000);
  });
});

describe('reminders', () => {
  const u = (code: string, email: string, missing = 1): UnitProgress => ({
    code,
    name: `หน่วย ${code}`,
    email,
    choice: `หน่วย ${code} [${code}]`,
    owed: 3,
    answered: 3 - missing,
    missing: Array.from({ length: missing }, (_, i) => ({
      rowId: `2567-0${i + 1}`,
      label: `แถว ${i + 1} [2567-0${i + 1}]`,
    })),
    lastAnswer: '',
  });

  it('plans: complete units skipped, no e-mail listed, reminded today skipped, over the quota listed', () => {
    const units = [
      u('A', 'a@x.go.th'),
      u('B', ''),
      u('C', 'c@x.go.th', 0),
      u('D', 'd@x.go.th'),
      u('E', 'e@x.go.th'),
      u('F', 'f@x.go.th'),
    ];
    const today = todaysStates(
      [
        { day: '2026-12-01', code: 'D', result: RESULT.sending },
        { day: '2026-12-01', code: 'E', result: RESULT.sending },
        { day: '2026-12-01', code: 'E', result: `${RESULT.failed}: x` },
        { day: '2026-11-30', code: 'A', result: RESULT.sent },
      ],
      '2026-12-01',
    );
    expect(today.get('D')).toBe('maybe-sent');
    expect(today.get('E')).toBe('failed');
    expect(today.has('A')).toBe(false);
    const plan = planReminders(units, today, 1);
    expect(plan.send.map((x) => x.code)).toEqual(['A']);
    expect(plan.overQuota.map((x) => x.code)).toEqual(['E', 'F']);
    expect(plan.noEmail.map((x) => x.code)).toEqual(['B']);
    expect(plan.alreadySent.map((x) => x.code)).toEqual(['D']);
    expect(plan.complete).toBe(1);
  });

  it('reads the deadline (a date cell or Thai text) and the weekly switch; says what is wrong', () => {
    const good = readReminderConfig([
      [DEADLINE_LABEL, '30 ก.ย. 2567'],
      [AUTO_REMIND_LABEL, 'ใช่'],
    ]);
    expect(good).toEqual({ deadline: { year: 2024, month: 9, day: 30 }, auto: true, problems: [] });
    const cell = readReminderConfig([[DEADLINE_LABEL, new Date(Date.UTC(2024, 8, 29, 17, 0, 0))]]);
    expect(cell.deadline).toEqual({ year: 2024, month: 9, day: 30 });
    const bad = readReminderConfig([
      [DEADLINE_LABEL, 'สิ้นเดือน'],
      [AUTO_REMIND_LABEL, 'บางที'],
    ]);
    expect(bad.deadline).toBeNull();
    expect(bad.auto).toBe(false);
    expect(bad.problems).toHaveLength(2);
    expect(bad.problems[0]).toContain('แถว 1');
    expect(readReminderConfig(undefined)).toEqual({ deadline: null, auto: false, problems: [] });
  });

  it("a deadline before the fiscal year began (last year's, in a copied workbook) is a problem on its cell", () => {
    const data = seedWorkbook();
    const config = data[SHEET.config]!.values;
    const year = config.findIndex((r) => String(r[0]).startsWith('ปีงบประมาณ'));
    config[year] = [config[year][0], '๒๕๖๘'];
    config.push([DEADLINE_LABEL, '30/9/2567']);
    const read = readReminderConfig(config);
    expect(read.deadline).toEqual({ year: 2024, month: 9, day: 30 });
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toContain(`แถว ${config.length}`);
    expect(read.problems[0]).toContain('ก่อนเริ่มปีงบประมาณ ๒๕๖๘');
    const found = validateWorkbookData(data).findings.filter((f) => f.rule === 'reminder-config');
    expect(found.map((f) => [f.row, f.column, f.severity])).toEqual([[config.length, 2, 'warning']]);
    // This year's deadline, or one after the year's end (the 12-month round), is fine.
    for (const ok of ['30/9/2568', '15/10/2568', '1/10/2567']) {
      config[config.length - 1] = [DEADLINE_LABEL, ok];
      expect(readReminderConfig(config).problems).toEqual([]);
    }
  });

  it('validation warns on the config cell of a wrong deadline or switch (the report is not blocked)', () => {
    const data = seedWorkbook();
    const config = data[SHEET.config]!.values;
    config.push([DEADLINE_LABEL, '31/2/2567'], [AUTO_REMIND_LABEL, 'ทุกวัน']);
    const result = validateWorkbookData(data);
    const found = result.findings.filter((f) => f.rule === 'reminder-config');
    expect(found.map((f) => [f.sheet, f.row, f.column, f.severity])).toEqual([
      [SHEET.config, config.length - 1, 2, 'warning'],
      [SHEET.config, config.length, 2, 'warning'],
    ]);
    expect(found[0].messageTh).toContain('31/2/2567');
    expect(result.errors).toBe(validateWorkbookData(seedWorkbook()).errors);
  });

  it('a unit owing many rows: the dialog names the first ones and counts the rest; the log keeps all', () => {
    const many = u('SNY', 'a@x.go.th', 9);
    expect(rowIdsText(many, 3)).toBe('2567-01, 2567-02, 2567-03 และอีก 6 รายการ');
    expect(rowIdsText(many, 9)).toBe(many.missing.map((m) => m.rowId).join(', '));
    expect(rowIdsText(many).split(', ')).toHaveLength(9);
  });

  it('the e-mail lists the missing rows, links the form, and escapes every Sheet value in the HTML body', () => {
    const evil = { ...u('X', 'x@x.go.th', 2), name: 'สำนัก <b>"ทดลอง"</b> & ร่วม' };
    evil.missing[0].label = '<script>alert(1)</script> [2567-01]';
    const link = 'https://docs.google.com/forms/d/e/abc/viewform?usp=pp_url&entry.1=a&entry.2=b';
    const mail = reminderMail(evil, link, {
      agencyName: 'กรม <ทดสอบ>',
      sender: 'กลุ่มงาน\nสำนัก',
      fiscalYear: 2567,
      round: 12,
      deadline: { year: 2024, month: 9, day: 30 },
      style: 'thai',
    });
    expect(mail.to).toBe('x@x.go.th');
    expect(mail.htmlBody).not.toContain('<script>');
    expect(mail.htmlBody).not.toContain('<b>"ทดลอง"</b>');
    expect(mail.htmlBody).toContain(escapeHtml('<script>alert(1)</script> [2567-01]'));
    expect(mail.htmlBody).toContain(`href="${escapeHtml(link)}"`);
    expect(mail.htmlBody).toContain('กรม &lt;ทดสอบ&gt;');
    expect(mail.body).toContain('๑. <script>alert(1)</script> [2567-01]');
    expect(mail.body).toContain(link);
    expect(mail.body).toContain('กำหนดส่ง: ๓๐ กันยายน ๒๕๖๗');
    expect(mail.subject).toContain('รอบ ๑๒ เดือน ปีงบประมาณ ๒๕๖๗');
    expect(mail.body).toContain('เลือกหน่วยงานของท่านไว้ให้แล้ว');
    expect(
      reminderMail(u('Y', 'y@x.go.th', 1), link, {
        agencyName: 'ก',
        sender: 'ก',
        fiscalYear: 2567,
        round: 6,
        deadline: null,
        style: 'arabic',
      }).body,
    ).toContain('เลือกหน่วยงานและมาตรการของท่านไว้ให้แล้ว');
  });
});
