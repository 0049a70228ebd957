/**
 * The summary's rules (report-summary.ts, form-status.ts) and the sign-off blocks (sign-off.ts), on plain data,
 * plus the form fallback end to end: a row with no สถานะ takes its latest form answer's status.
 */
import { describe, expect, it } from 'vitest';
import { formStatuses } from '../src/core/form-status';
import { LEDGER_HEADER_ROW, ledgerCells, type LedgerRecord } from '../src/core/forms/ledger';
import { formView } from '../src/core/forms/view';
import { SHEET } from '../src/core/layout';
import { buildReportModel } from '../src/core/report-model';
import { measureStatus, percentText, SUMMARY_HEADING } from '../src/core/report-summary';
import { closingParagraphs, signatureBlock } from '../src/core/sign-off';
import { validateWorkbookData } from '../src/core/validation';
import { seedWorkbook } from './tools/seed';

function record(over: Partial<LedgerRecord>): LedgerRecord {
  return {
    key: `k-${Math.random()}`,
    sheet: 'การตอบแบบฟอร์ม 1',
    row: 2,
    timestamp: '2024-03-01 10:00:00',
    rowId: '2567-03',
    round: 12,
    unit: 'SNY',
    done: 'จัดประชุม',
    dates: [],
    quantity: null,
    quantityWord: '',
    evidence: [],
    status: 'อยู่ระหว่างดำเนินการ',
    check: 'ok',
    reasons: [],
    excluded: false,
    fingerprint: 'f',
    editUrl: '',
    ...over,
  };
}

describe('status summary rules', () => {
  it('a measure is done only when all its rows are; not-met when all finished and one missed; ไม่ระบุ wins', () => {
    expect(measureStatus(['ดำเนินการแล้วเสร็จ', 'ดำเนินการแล้วเสร็จ'])).toBe('ดำเนินการแล้วเสร็จ');
    expect(measureStatus(['ดำเนินการแล้วเสร็จ', 'ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย'])).toBe('ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย');
    expect(measureStatus(['ดำเนินการแล้วเสร็จ', 'ยังไม่ดำเนินการ'])).toBe('อยู่ระหว่างดำเนินการ');
    expect(measureStatus(['ยังไม่ดำเนินการ', 'ยังไม่ดำเนินการ'])).toBe('ยังไม่ดำเนินการ');
    expect(measureStatus(['ดำเนินการแล้วเสร็จ', 'ไม่ระบุ'])).toBe('ไม่ระบุ');
  });

  it('ร้อยละ with two decimals in the configured digits; 0 of 0 is 0.00', () => {
    expect(percentText(1, 3, 'thai')).toBe('ร้อยละ ๓๓.๓๓');
    expect(percentText(2, 3, 'arabic')).toBe('ร้อยละ 66.67');
    expect(percentText(0, 0, 'arabic')).toBe('ร้อยละ 0.00');
  });

  it('the form status of a row is its latest usable answer that gives a known status', () => {
    const statuses = formStatuses(
      [
        record({ rowId: 'a', timestamp: '2024-03-01 10:00:00', status: 'อยู่ระหว่างดำเนินการ' }),
        record({ rowId: 'a', timestamp: '2024-05-01 10:00:00', status: 'ดำเนินการแล้วเสร็จ' }),
        record({ rowId: 'a', timestamp: '2024-06-01 10:00:00', status: '' }), // gives none: skipped
        record({ rowId: 'b', timestamp: '2024-07-01 10:00:00', status: 'ดำเนินการแล้วเสร็จ', excluded: true }),
        record({ rowId: 'b', timestamp: '2024-01-01 10:00:00', status: 'ยังไม่ดำเนินการ' }),
        record({ rowId: 'c', status: 'ดำเนินการแล้วเสร็จ', check: 'invalid' }),
        record({ rowId: 'd', status: 'ดำเนินการแล้วเสร็จ', round: 12 }),
      ],
      6, // the 6-month report uses round-6 answers only
    );
    expect([...statuses]).toEqual([]);
    const twelve = formStatuses(
      [
        record({ rowId: 'a', timestamp: '2024-03-01 10:00:00', status: 'อยู่ระหว่างดำเนินการ' }),
        record({ rowId: 'a', timestamp: '2024-05-01 10:00:00', status: 'ดำเนินการแล้วเสร็จ' }),
        record({ rowId: 'a', timestamp: '2024-06-01 10:00:00', status: '' }),
        record({ rowId: 'b', timestamp: '2024-07-01 10:00:00', status: 'ดำเนินการแล้วเสร็จ', excluded: true }),
        record({ rowId: 'b', timestamp: '2024-01-01 10:00:00', status: 'ยังไม่ดำเนินการ' }),
        record({ rowId: 'c', status: 'ดำเนินการแล้วเสร็จ', check: 'invalid' }),
      ],
      12,
    );
    expect(Object.fromEntries(twelve)).toEqual({ a: 'ดำเนินการแล้วเสร็จ', b: 'ยังไม่ดำเนินการ' });
  });

  it("a row several units answer: each unit's latest answer counts, combined as a measure's rows are", () => {
    // Was: the latest answer of any unit, so one unit done made the row done while another's latest said in progress.
    const at = (unit: string, timestamp: string, status: string) => record({ rowId: 'all', unit, timestamp, status });
    const statuses = formStatuses(
      [
        at('A', '2024-03-01 10:00:00', 'ยังไม่ดำเนินการ'),
        at('A', '2024-06-01 10:00:00', 'อยู่ระหว่างดำเนินการ'), // A's latest
        at('B', '2024-08-01 10:00:00', 'ดำเนินการแล้วเสร็จ'), // the latest of all
        record({ rowId: 'both-done', unit: 'A', status: 'ดำเนินการแล้วเสร็จ' }),
        record({ rowId: 'both-done', unit: 'B', status: 'ดำเนินการแล้วเสร็จ' }),
        record({ rowId: 'one-missed', unit: 'A', status: 'ดำเนินการแล้วเสร็จ' }),
        record({ rowId: 'one-missed', unit: 'B', status: 'ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย' }),
        record({ rowId: 'updated', unit: 'A', timestamp: '2024-01-01 10:00:00', status: 'อยู่ระหว่างดำเนินการ' }),
        record({ rowId: 'updated', unit: 'A', timestamp: '2024-09-01 10:00:00', status: 'ดำเนินการแล้วเสร็จ' }),
      ],
      12,
    );
    expect(Object.fromEntries(statuses)).toEqual({
      all: 'อยู่ระหว่างดำเนินการ',
      'both-done': 'ดำเนินการแล้วเสร็จ',
      'one-missed': 'ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย',
      updated: 'ดำเนินการแล้วเสร็จ',
    });
  });

  it('end to end: a row left without สถานะ counts with its latest form answer; the typed status wins elsewhere', () => {
    const data = seedWorkbook();
    const measures = data[SHEET.measures]!.values as unknown[][];
    const status = (measures[0] as string[]).indexOf('สถานะ');
    const at = measures.findIndex((r) => r[0] === '2567-03');
    measures[at][status] = '';
    const typed = measures.findIndex((r) => r[0] === '2567-04');
    data[SHEET.ledger] = {
      values: [
        LEDGER_HEADER_ROW,
        ledgerCells(
          record({ key: 'r1', rowId: '2567-03', timestamp: '2024-02-01 09:00:00', status: 'อยู่ระหว่างดำเนินการ' }),
        ),
        ledgerCells(
          record({
            key: 'r2',
            rowId: '2567-03',
            timestamp: '2024-08-01 09:00:00',
            status: 'ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย',
          }),
        ),
        // Row 2567-04's typed ดำเนินการแล้วเสร็จ is kept, whatever its form says.
        ledgerCells(
          record({
            key: 'r3',
            rowId: String(measures[typed][0]),
            timestamp: '2024-09-01 09:00:00',
            status: 'ยังไม่ดำเนินการ',
          }),
        ),
      ],
    };
    const result = validateWorkbookData(data);
    expect(result.errors).toBe(0);
    const config = result.workbook.config!;
    const model = buildReportModel(
      result.workbook,
      config,
      result.contributions,
      formStatuses(formView(data, result.workbook, config).records, config.round),
    );
    expect(model.summary[0].text).toBe(SUMMARY_HEADING);
    expect(model.summary[3].text).toBe(
      'รายการ: ดำเนินการแล้วเสร็จ ๑๗ (ร้อยละ ๙๔.๔๔) · อยู่ระหว่างดำเนินการ ๐ (ร้อยละ ๐.๐๐) · ยังไม่ดำเนินการ ๐ (ร้อยละ ๐.๐๐) · ' +
        'ดำเนินการแล้วแต่ไม่บรรลุค่าเป้าหมาย ๑ (ร้อยละ ๕.๕๖) · ไม่ระบุ ๐ (ร้อยละ ๐.๐๐)',
    );
    // Without the forms, the same row is ไม่ระบุ.
    const plain = buildReportModel(result.workbook, config);
    expect(plain.summary[3].text).toContain('ไม่ระบุ ๑ (ร้อยละ ๕.๕๖)');
  });
});

describe('problems, suggestions and sign-off', () => {
  const empty = {
    problems: '',
    suggestions: '',
    reporter: '',
    reporterPosition: '',
    approver: '',
    approverPosition: '',
  };

  it('"ไม่มี" for what is empty, no signature without a name (a position alone is not one)', () => {
    const texts = closingParagraphs({ ...empty, approverPosition: 'เลขาธิการ' }, 'thai').map((p) => p.text);
    expect(texts).toEqual(['ปัญหา อุปสรรค และข้อเสนอแนะ', 'ปัญหาและอุปสรรค', 'ไม่มี', 'ข้อเสนอแนะ', 'ไม่มี']);
  });

  it('a signature: the line, the name in parentheses, each line of the position, the date; digits styled', () => {
    const block = signatureBlock('ผู้อนุมัติ', ' นายสมชาย รักชาติ ', 'ผู้อำนวยการกอง 2\nรักษาราชการแทน', 'thai');
    expect(block.map((p) => p.text)).toEqual([
      'ลงชื่อ ................................................ ผู้อนุมัติ',
      '(นายสมชาย รักชาติ)',
      'ตำแหน่ง ผู้อำนวยการกอง ๒',
      'รักษาราชการแทน',
      'วันที่ ........../........../..........',
    ]);
    expect(block.every((p) => p.align === 'CENTER' && p.rightHalf)).toBe(true);
  });
});
