/**
 * The ledger folded into a row of the report (core/forms/contributions.ts), record by record: what staff
 * read in the result and output cells. Records are built directly, so each test shows the whole input.
 */
import { describe, expect, it } from 'vitest';
import {
  ledgerContributions,
  mergeContribution,
  recordsByRow,
  rowContribution,
  roundsIn,
  targetQuantities,
  usable,
} from '../src/core/forms/contributions';
import type { LedgerRecord } from '../src/core/forms/ledger';
import { parseWorkbook, type MeasureRow } from '../src/core/parse';
import type { Paragraph } from '../src/core/report-model';
import { sampleAgency, setMeasure } from './tools/sample-agency';

let n = 0;
function rec(over: Partial<LedgerRecord> = {}): LedgerRecord {
  n++;
  return {
    key: `resp-${n}`,
    sheet: 'การตอบแบบฟอร์ม 1',
    row: n + 1,
    timestamp: `2025-01-10 09:00:${String(n % 60).padStart(2, '0')}`,
    rowId: 'R4',
    round: 6,
    unit: 'HR',
    done: `งาน ${n}`,
    dates: [],
    quantity: null,
    quantityWord: '',
    evidence: [],
    status: '',
    check: 'ok',
    reasons: [],
    excluded: false,
    fingerprint: `fp-${n}`,
    editUrl: '',
    ...over,
  };
}

const wb = () => parseWorkbook(sampleAgency());
const units = () => wb().units.map((u) => u.value);
const row = (rowId: string, over: Partial<MeasureRow> = {}): MeasureRow => ({
  ...wb().measures.find((m) => m.rowId === rowId)!,
  ...over,
});
const texts = (ps: Paragraph[] | undefined) => (ps ?? []).map((p) => p.runs.map((r) => r.text).join(''));
const result = (r: MeasureRow, records: LedgerRecord[], style: 'thai' | 'arabic' = 'arabic') =>
  texts(rowContribution(r, records, units(), style)?.result);
const output = (r: MeasureRow, records: LedgerRecord[]) =>
  texts(rowContribution(r, records, units(), 'arabic')?.output);

describe('which records count', () => {
  it('the 6-month report takes round 6; the 12-month report takes both', () => {
    expect(roundsIn(6)).toEqual([6]);
    expect(roundsIn(12)).toEqual([6, 12]);
    expect(usable(rec({ round: 6 }), 6)).toBe(true);
    expect(usable(rec({ round: 12 }), 6)).toBe(false);
    expect(usable(rec({ round: 12 }), 12)).toBe(true);
    expect(usable(rec({ round: 6 }), 12)).toBe(true);
    expect(usable(rec({ round: null }), 12)).toBe(false);
  });
  it('a warning still counts; an invalid or excluded record does not', () => {
    expect(usable(rec({ check: 'warning' }), 6)).toBe(true);
    expect(usable(rec({ check: 'invalid' }), 6)).toBe(false);
    expect(usable(rec({ excluded: true }), 6)).toBe(false);
  });
  it('records by row: only rows and units the workbook still has, in the round', () => {
    const records = [
      rec({ rowId: 'R1' }),
      rec({ rowId: 'R9' }),
      rec({ rowId: 'R1', unit: 'GONE' }),
      rec({ rowId: 'R1', round: 12 }),
      rec({ rowId: 'R2' }),
    ];
    const byRow = recordsByRow(wb(), records, 6);
    expect([...byRow.keys()]).toEqual(['R1', 'R2']);
    expect(byRow.get('R1')).toEqual([records[0]]);
    expect(recordsByRow(wb(), records, 12).get('R1')).toEqual([records[0], records[3]]);
  });
});

describe('targets', () => {
  it('reads "ไม่น้อยกว่า N <word>" in either digits, with or without spaces', () => {
    expect(
      targetQuantities(['จัดอบรมไม่น้อยกว่า 2 ครั้ง', 'เผยแพร่ไม่ น้อยกว่า ๑๒ ช่องทาง', 'ผู้เข้าอบรมไม่น้อยกว่า50คน', 'มีช่องทางบริการ']),
    ).toEqual([
      { qty: 2, word: 'ครั้ง' },
      { qty: 12, word: 'ช่องทาง' },
      { qty: 50, word: 'คน' },
    ]);
    expect(targetQuantities(['ไม่น้อยกว่า 2 วัน'])).toEqual([]);
  });
  it('reads a target written with a thousands separator, as the validation does', () => {
    expect(targetQuantities(['ผู้เข้าร่วมไม่น้อยกว่า 1,000 คน', 'ไม่น้อยกว่า ๑,๒๐๐ ครั้ง'])).toEqual([
      { qty: 1000, word: 'คน' },
      { qty: 1200, word: 'ครั้ง' },
    ]);
  });
});

describe('one record in the result cell', () => {
  it('the row’s own unit reporting a single-unit row: no heading, its work, quantity with the target’s word, dates, link', () => {
    const r = row('R2', { targets: ['ประเมินไม่น้อยกว่า 3 ครั้ง'] });
    expect(
      result(r, [
        rec({
          rowId: 'R2',
          done: 'สรุปผล\nส่งผู้บริหาร',
          quantity: 2,
          dates: ['2024-12-15'],
          evidence: ['https://ex.go.th/a'],
        }),
      ]),
    ).toEqual(['สรุปผล', 'ส่งผู้บริหาร', '(จำนวน 2 ครั้ง วันที่ 15 ธ.ค. 2567)', 'https://ex.go.th/a']);
  });
  it('another unit reporting a single-unit row is headed by its name', () => {
    expect(result(row('R2'), [rec({ rowId: 'R2', unit: 'IT', done: 'ช่วย' })])).toEqual([
      '1. ศูนย์เทคโนโลยีสารสนเทศ',
      'ช่วย',
    ]);
  });
  it('a row of every unit is headed even with one answer; the heading is bold, in the report’s digits', () => {
    const c = rowContribution(row('R4'), [rec({ done: 'ทำแล้ว' })], units(), 'thai')!;
    expect(texts(c.result)).toEqual(['๑. กองการเจ้าหน้าที่', 'ทำแล้ว']);
    expect(c.result![0].runs).toEqual([{ text: '๑. กองการเจ้าหน้าที่', bold: true }]);
    expect(c.result![1].runs[0].bold).toBeUndefined();
    expect(c.output).toBeUndefined();
  });
  it('a blank status and "ดำเนินการแล้วเสร็จ" say nothing; any other status is shown', () => {
    const r = row('R2');
    expect(result(r, [rec({ rowId: 'R2', done: 'ก', status: '' })])).toEqual(['ก']);
    expect(result(r, [rec({ rowId: 'R2', done: 'ก', status: 'ดำเนินการแล้วเสร็จ' })])).toEqual(['ก']);
    expect(result(r, [rec({ rowId: 'R2', done: 'ก', status: 'ยังไม่ดำเนินการ' })])).toEqual(['ก', '(สถานะยังไม่ดำเนินการ)']);
  });
  it('dates: one, two joined by "และ", three; a date that is not ISO stays as typed', () => {
    const r = row('R2');
    const dates = (d: string[]) => result(r, [rec({ rowId: 'R2', done: 'ก', dates: d })])[1];
    expect(dates(['2024-12-15'])).toBe('(วันที่ 15 ธ.ค. 2567)');
    expect(dates(['2024-12-15', '2025-01-02'])).toBe('(วันที่ 15 ธ.ค. 2567 และ 2 ม.ค. 2568)');
    expect(dates(['2024-12-15', '2025-01-02', '2025-02-29'])).toBe('(วันที่ 15 ธ.ค. 2567 2 ม.ค. 2568 และ 2025-02-29)');
    expect(dates(['ต้นเดือนหน้า'])).toBe('(วันที่ ต้นเดือนหน้า)');
  });
  it('quantity: its own word first, else the target’s single word, else none; zero is a quantity', () => {
    const one = row('R2', { targets: ['ไม่น้อยกว่า 1 ครั้ง'] });
    const two = row('R2', { targets: ['ไม่น้อยกว่า 1 ครั้ง', 'ไม่น้อยกว่า 10 คน'] });
    expect(result(one, [rec({ rowId: 'R2', done: 'ก', quantity: 3, quantityWord: 'รุ่น' })])[1]).toBe('(จำนวน 3 รุ่น)');
    expect(result(two, [rec({ rowId: 'R2', done: 'ก', quantity: 3 })])[1]).toBe('(จำนวน 3)');
    expect(result(one, [rec({ rowId: 'R2', done: 'ก', quantity: 0 })])[1]).toBe('(จำนวน 0 ครั้ง)');
    expect(
      result(one, [rec({ rowId: 'R2', done: 'ก', quantity: 1, dates: ['2024-12-15'], status: 'อยู่ระหว่างดำเนินการ' })])[1],
    ).toBe('(จำนวน 1 ครั้ง วันที่ 15 ธ.ค. 2567 สถานะอยู่ระหว่างดำเนินการ)');
  });
  it('a link already in the work text is not repeated; a link line is a link, other evidence is text', () => {
    const c = rowContribution(
      row('R2'),
      [
        rec({
          rowId: 'R2',
          done: 'ดู https://ex.go.th/a',
          evidence: ['https://ex.go.th/a', 'https://ex.go.th/b.', 'แฟ้ม 3'],
        }),
      ],
      units(),
      'arabic',
    )!;
    expect(texts(c.result)).toEqual(['ดู https://ex.go.th/a', 'https://ex.go.th/b.', 'แฟ้ม 3']);
    expect(c.result![1].runs).toEqual([{ text: 'https://ex.go.th/b', link: 'https://ex.go.th/b' }, { text: '.' }]);
    expect(c.result![2].runs).toEqual([{ text: 'แฟ้ม 3' }]);
  });
  it('an evidence link that is only the start of a URL in the work text is still printed (it was dropped)', () => {
    const records = [rec({ rowId: 'R2', done: 'ดู https://ex.go.th/ita/stat', evidence: ['https://ex.go.th/ita'] })];
    expect(result(row('R2'), records)).toEqual(['ดู https://ex.go.th/ita/stat', 'https://ex.go.th/ita']);
  });
  it('no usable record: no contribution', () => {
    expect(rowContribution(row('R2'), [], units(), 'arabic')).toBeUndefined();
  });
});

describe('several records', () => {
  it('grouped by unit in the units sheet’s order, numbered (1) (2) within a unit, dated work first', () => {
    const records = [
      rec({ unit: 'IT', done: 'ไอที' }),
      rec({ unit: 'HR', done: 'ไม่มีวันที่', timestamp: '2025-01-01 08:00:00' }),
      rec({ unit: 'HR', done: 'ทีหลัง', dates: ['2025-01-05'], timestamp: '2025-01-01 07:00:00' }),
      rec({ unit: 'HR', done: 'ก่อน', dates: ['ต้นเดือน', '2024-12-01'], timestamp: '2025-01-09 07:00:00' }),
      rec({ unit: 'PLAN', done: 'แผน' }),
    ];
    expect(result(row('R4'), records)).toEqual([
      '1. กองยุทธศาสตร์และแผนงาน',
      'แผน',
      '2. กองการเจ้าหน้าที่',
      '(1) ก่อน',
      '(วันที่ ต้นเดือน และ 1 ธ.ค. 2567)',
      '(2) ทีหลัง',
      '(วันที่ 5 ม.ค. 2568)',
      '(3) ไม่มีวันที่',
      '3. ศูนย์เทคโนโลยีสารสนเทศ',
      'ไอที',
    ]);
  });
  it('the same date: earlier submission first; a unit gone from the sheet goes last under its code, codes in order', () => {
    const records = [
      rec({ unit: 'ZZ', done: 'z' }),
      rec({ unit: 'HR', done: 'ช้า', dates: ['2025-01-05'], timestamp: '2025-01-02 08:00:00' }),
      rec({ unit: 'AA', done: 'a' }),
      rec({ unit: 'HR', done: 'เร็ว', dates: ['2025-01-05'], timestamp: '2025-01-01 08:00:00' }),
    ];
    expect(result(row('R4'), records)).toEqual([
      '1. กองการเจ้าหน้าที่',
      '(1) เร็ว',
      '(วันที่ 5 ม.ค. 2568)',
      '(2) ช้า',
      '(วันที่ 5 ม.ค. 2568)',
      '2. AA',
      'a',
      '3. ZZ',
      'z',
    ]);
  });
  it('numbering continues after the bold numbered headings staff typed (not after other bold lines)', () => {
    const typed = row('R4', { result: '**1. กองยุทธศาสตร์และแผนงาน**\nจัดทำแผน\n**๒. กองคลัง**\n**หมายเหตุ**' });
    expect(result(typed, [rec({ done: 'ก' })])[0]).toBe('3. กองการเจ้าหน้าที่');
    expect(result(row('R4', { result: '**หมายเหตุ**\n1. ข้อหนึ่ง\nดู **2. ข้อสอง**' }), [rec({ done: 'ก' })])[0]).toBe(
      '1. กองการเจ้าหน้าที่',
    );
  });
  it('numbering follows the number of the last heading staff typed, not how many they typed', () => {
    const next = (typed: string) => result(row('R4', { result: typed }), [rec({ done: 'ก' })])[0];
    expect(next('** 10. กองคลัง**')).toBe('11. กองการเจ้าหน้าที่');
    expect(next('**๓. กองคลัง**\nจัดทำแผน')).toBe('4. กองการเจ้าหน้าที่'); // Thai digits read as numbers
    expect(next('**1. กองคลัง**\n**5. กองแผน**\n**2. กองกลาง**')).toBe('3. กองการเจ้าหน้าที่'); // the last one
  });
  it('a multi-unit row answered by one of its units is still headed, even by the first of them', () => {
    expect(result(row('R3'), [rec({ rowId: 'R3', unit: 'HR', done: 'ก' })])).toEqual(['1. กองการเจ้าหน้าที่', 'ก']);
    expect(result(row('R3'), [rec({ rowId: 'R3', unit: 'PLAN', done: 'ก' })])).toEqual([
      '1. กองยุทธศาสตร์และแผนงาน',
      'ก',
    ]);
    expect(result(row('R4'), [rec({ unit: 'PLAN', done: 'ก' })])).toEqual(['1. กองยุทธศาสตร์และแผนงาน', 'ก']);
  });
  it('a single-unit row answered by its unit and another: both headed', () => {
    expect(
      result(row('R2'), [
        rec({ rowId: 'R2', unit: 'IT', done: 'ไอที' }),
        rec({ rowId: 'R2', unit: 'HR', done: 'เจ้าของ' }),
      ]),
    ).toEqual(['1. กองการเจ้าหน้าที่', 'เจ้าของ', '2. ศูนย์เทคโนโลยีสารสนเทศ', 'ไอที']);
  });
  it('a date typed as text sorts with the undated work, even when it holds an ISO date', () => {
    const records = [
      rec({ done: 'ราว', dates: ['ราว 2024-11-01'], timestamp: '2025-01-01 08:00:00' }),
      rec({ done: 'ประมาณ', dates: ['2024-11-02 โดยประมาณ'], timestamp: '2025-01-01 09:00:00' }),
      rec({ done: 'มีวันที่', dates: ['2024-12-01'], timestamp: '2025-01-09 08:00:00' }),
    ];
    expect(result(row('R4'), records).filter((t) => t.startsWith('('))).toEqual([
      '(1) มีวันที่',
      '(วันที่ 1 ธ.ค. 2567)',
      '(2) ราว',
      '(วันที่ ราว 2024-11-01)',
      '(3) ประมาณ',
      '(วันที่ 2024-11-02 โดยประมาณ)',
    ]);
  });
});

describe('the output cell: quantities against the target', () => {
  const target = row('R4', { targets: ['จัดอบรมไม่น้อยกว่า 5 ครั้ง', 'ผู้เข้าอบรมไม่น้อยกว่า 100 คน'] });
  it('sums per word and says whether each target is reached (equal is reached)', () => {
    const records = [
      rec({ quantity: 2, quantityWord: 'ครั้ง' }),
      rec({ unit: 'IT', quantity: 3, quantityWord: 'ครั้ง' }),
      rec({ quantity: 99, quantityWord: 'คน' }),
    ];
    expect(output(target, records)).toEqual([
      'ดำเนินการรวม 5 ครั้ง บรรลุค่าเป้าหมาย (ไม่น้อยกว่า 5 ครั้ง)',
      'ดำเนินการรวม 99 คน ยังไม่บรรลุค่าเป้าหมาย (ไม่น้อยกว่า 100 คน)',
    ]);
  });
  it('a word with no target is summed alone; a record without quantity adds nothing; fractions are rounded', () => {
    const records = [
      rec({ quantity: 0.1, quantityWord: 'ชั่วโมง' }),
      rec({ quantity: 0.2, quantityWord: 'ชั่วโมง' }),
      rec({ quantity: null }),
    ];
    expect(output(target, records)).toEqual(['ดำเนินการรวม 0.3 ชั่วโมง']);
    expect(output(row('R4', { targets: ['ไม่น้อยกว่า 1 ครั้ง', 'ไม่น้อยกว่า 1 คน'] }), [rec({ quantity: 4 })])).toEqual([
      'ดำเนินการรวม 4',
    ]);
    expect(rowContribution(target, [rec({ quantity: null })], units(), 'arabic')!.output).toBeUndefined();
  });
  it('in Thai digits when the report uses them', () => {
    const c = rowContribution(target, [rec({ quantity: 6, quantityWord: 'ครั้ง' })], units(), 'thai')!;
    expect(texts(c.output)).toEqual(['ดำเนินการรวม ๖ ครั้ง บรรลุค่าเป้าหมาย (ไม่น้อยกว่า ๕ ครั้ง)']);
  });
});

describe('merging and the whole workbook', () => {
  const p = (text: string): Paragraph => ({ runs: [{ text }] });
  it('merges in order; a missing side gives the other unchanged; absent fields stay absent', () => {
    const a = { result: [p('a')], output: [p('ao')] };
    const b = { result: [p('b')], outcome: [p('bo')] };
    expect(mergeContribution(undefined, b)).toBe(b);
    expect(mergeContribution(a, undefined)).toBe(a);
    expect(mergeContribution(undefined, undefined)).toBeUndefined();
    expect(mergeContribution(a, b)).toEqual({ result: [p('a'), p('b')], output: [p('ao')], outcome: [p('bo')] });
    expect(Object.keys(mergeContribution({ result: [p('a')] }, { result: [p('b')] })!)).toEqual(['result']);
    expect(Object.keys(mergeContribution({ output: [p('a')] }, { outcome: [p('b')] })!)).toEqual(['output', 'outcome']);
  });
  it('every row of the workbook with usable records, in the config’s round and digits', () => {
    const data = setMeasure(sampleAgency(), 2, 'ค่าเป้าหมาย', 'ไม่น้อยกว่า 2 ครั้ง');
    const parsed = parseWorkbook(data);
    const records = [
      rec({ rowId: 'R2', quantity: 2, done: 'ประเมิน' }),
      rec({ rowId: 'R1', round: 12 }),
      rec({ rowId: 'R3', excluded: true }),
    ];
    const six = ledgerContributions(parsed, { ...parsed.config!, digitStyle: 'thai' }, records);
    expect([...six.keys()]).toEqual(['R2']);
    expect(texts(six.get('R2')!.result)).toEqual(['ประเมิน', '(จำนวน ๒ ครั้ง)']);
    expect(texts(six.get('R2')!.output)).toEqual(['ดำเนินการรวม ๒ ครั้ง บรรลุค่าเป้าหมาย (ไม่น้อยกว่า ๒ ครั้ง)']);
    expect([...ledgerContributions(parsed, { ...parsed.config!, round: 12 }, records).keys()]).toEqual(['R1', 'R2']);
  });
  it('a row id repeated in the sheet gets the contribution once (its first row)', () => {
    const data = setMeasure(sampleAgency(), 3, 'รหัสแถว', 'R2');
    const parsed = parseWorkbook(data);
    const c = ledgerContributions(parsed, parsed.config!, [rec({ rowId: 'R2', unit: 'HR', done: 'ก' })]);
    expect(texts(c.get('R2')!.result)).toEqual(['ก']);
  });
});
