/** Issue #16: `ita-report status <workbook.xlsx>` (text and --json), from an .xlsx with a forms ledger. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main';
import { workbookToXlsx } from '../src/cli/write-xlsx';
import { LEDGER_HEADER_ROW, ledgerCells, type LedgerRecord } from '../src/core/forms/ledger';
import { SHEET } from '../src/core/layout';
import { DEADLINE_LABEL } from '../src/core/reminders';
import { seedWorkbook } from './tools/seed';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ita-status-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const answer: LedgerRecord = {
  key: 'resp-1',
  sheet: 'การตอบแบบฟอร์ม 1',
  row: 2,
  timestamp: '2024-06-20 10:00:00',
  excluded: false,
  fingerprint: 'fp-1',
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
};

async function workbook(): Promise<string> {
  const data = seedWorkbook();
  data[SHEET.config]!.values.push([DEADLINE_LABEL, '30/9/2567']);
  data[SHEET.units]!.values = data[SHEET.units]!.values.map((r) =>
    r[0] === 'LAW' ? [r[0], r[1], r[2], 'law@nhrc.example.go.th'] : r,
  );
  data[SHEET.ledger] = { values: [LEDGER_HEADER_ROW, ledgerCells(answer)] };
  const path = join(dir, 'status.xlsx');
  writeFileSync(path, await workbookToXlsx(data));
  return path;
}

describe('ita-report status', () => {
  it('--json: per unit owed, answered, missing rows with labels, last answer, e-mail; totals and sections', async () => {
    const { code, out } = await cli('status', await workbook(), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.deadline).toBe('2024-09-30');
    expect(json.units.map((u: { code: string }) => u.code)).toEqual([
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
    const law = json.units.find((u: { code: string }) => u.code === 'LAW');
    expect(law).toMatchObject({
      owed: 5,
      answered: 1,
      percent: 20,
      lastAnswer: '2024-06-20 10:00:00',
      email: 'law@nhrc.example.go.th',
    });
    expect(law.missing.map((m: { rowId: string }) => m.rowId)).toEqual(['2567-05', '2567-13', '2567-14', '2567-15']);
    expect(law.missing[0].label).toMatch(/\[2567-05\]$/);
    const watch = json.units.find((u: { code: string }) => u.code === 'WATCH');
    expect(watch.lastAnswer).toBeNull();
    expect(json.totals.owed).toBe(json.units.reduce((s: number, u: { owed: number }) => s + u.owed, 0));
    expect(json.totals.missing).toBe(json.totals.owed - json.totals.answered);
    expect(json.sections.reduce((s: number, x: { rows: number }) => s + x.rows, 0)).toBe(json.rows);
  });

  it('text: the same table, one line per unit with its missing rows under it', async () => {
    const { code, out } = await cli('status', await workbook());
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('สรุปความคืบหน้าการรายงานผล รอบ 12 เดือน ปีงบประมาณ 2567');
    expect(lines[1]).toMatch(/^กำหนดส่ง 30 กันยายน 2567 \(/);
    const law = lines.findIndex((l) => l.startsWith('LAW สำนักกฎหมาย'));
    expect(lines[law]).toBe('LAW สำนักกฎหมาย\t1/5\t20.00%\t4\t2024-06-20 10:00:00\tlaw@nhrc.example.go.th');
    expect(lines.slice(law + 1, law + 5).every((l) => l.startsWith('    ยังไม่รายงาน: '))).toBe(true);
    expect(lines[law + 1]).toMatch(/\[2567-05\]$/);
    expect(lines.find((l) => l.startsWith('รวม\t'))).toMatch(/ยังรายงานไม่ครบ 9 จาก 9 หน่วยงาน$/);
    expect(out).toContain('ภาพรวม: 18 แถว — ดำเนินการแล้วเสร็จ 18');
  });

  it('refuses options that belong to other commands', async () => {
    const path = await workbook();
    expect((await cli('status', path, '-o', join(dir, 'x.docx'))).code).toBe(2);
    const json = await cli('validate', path, '--json');
    expect(json.code).toBe(2);
    expect(json.err).toContain('--json ใช้ได้กับคำสั่ง status เท่านั้น');
  });
});
