/**
 * The ledger sheet's rows (core/forms/ledger.ts) at their edges (issue #19): what is read back from cells staff
 * may have touched, what is written, and which responses-sheet lines count as answers.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { answerContext } from '../src/core/forms/context';
import {
  CHECK_BACKGROUND,
  isBlankSource,
  isExcludeMark,
  LEDGER_HEADER_ROW,
  ledgerCells,
  ledgerText,
  rawFromLine,
  readLedger,
  recordFromResponse,
  recordFromSource,
  responseColumns,
  sourceFingerprint,
  sourcesFromResponses,
  timestampText,
  type AnswerSource,
  type LedgerRecord,
} from '../src/core/forms/ledger';
import { QUESTION, QUESTIONS, rowLabels, unitLabel } from '../src/core/forms/questions';
import { parseWorkbook } from '../src/core/parse';
import { sampleAgency } from './tools/sample-agency';

const HEADER = ['ประทับเวลา', 'ที่อยู่อีเมล', ...QUESTIONS.map((q) => q.title)];
const T0 = Date.UTC(2025, 0, 10, 2, 0, 0); // 2025-01-10 09:00 in Bangkok
const wb = () => parseWorkbook(sampleAgency());
const good = (): Record<string, unknown> => ({
  unit: unitLabel(wb().units.find((u) => u.value.code === 'HR')!.value),
  row: rowLabels(wb(), 'thai').find((l) => l.rowId === 'R4')!.label,
  round: 'รอบ ๖ เดือน',
  done: 'จัดอบรม',
  dates: '15/12/2567',
  quantity: '2',
  quantityWord: 'ครั้ง',
  evidence: 'https://example.go.th/a',
  status: 'ดำเนินการแล้วเสร็จ',
});
const line = (a: Record<string, unknown>, stamp: unknown = new Date(T0)) => [
  stamp,
  'x@example.go.th',
  ...QUESTIONS.map((q) => a[q.key] ?? ''),
];
const ctx = () => answerContext(sampleAgency());

function record(over: Partial<LedgerRecord> = {}): LedgerRecord {
  const source: AnswerSource = {
    responseId: 'resp-1',
    sheet: 'การตอบแบบฟอร์ม 1',
    row: 2,
    timestamp: new Date(T0),
    raw: good(),
    editUrl: 'https://docs.google.com/e',
  };
  return { ...recordFromSource(source, ctx())!, ...over };
}
const col = (name: string) => LEDGER_HEADER_ROW.indexOf(name);

describe('timestamps', () => {
  it('a Date is written in Bangkok time, zero-padded; text stays as typed; an invalid Date is blank', () => {
    expect(timestampText(new Date(Date.UTC(2024, 1, 28, 17, 5, 9)))).toBe('2024-02-29 00:05:09');
    expect(timestampText(new Date(Date.UTC(2024, 8, 30, 16, 59, 59)))).toBe('2024-09-30 23:59:59');
    expect(timestampText(runInNewContext('new Date(Date.UTC(2024, 0, 1, 1, 2, 3))'))).toBe('2024-01-01 08:02:03');
    expect(timestampText(new Date(Number.NaN))).toBe('');
    expect(timestampText('10/1/2025 9:00:00')).toBe('10/1/2025 9:00:00');
    expect(timestampText('')).toBe('');
  });
});

describe('which sheet is a responses sheet, and its lines', () => {
  it('needs a timestamp (Thai or English) and the unit and row questions', () => {
    expect(responseColumns(undefined)).toBeNull();
    expect(responseColumns(HEADER)).toMatchObject({ timestamp: 0 });
    expect(responseColumns(['x', 'Timestamp', QUESTION.unit, QUESTION.row])).toMatchObject({ timestamp: 1 });
    expect(responseColumns([QUESTION.unit, QUESTION.row])).toBeNull();
    expect(responseColumns(['ประทับเวลา', QUESTION.row])).toBeNull();
    expect(responseColumns(['ประทับเวลา', QUESTION.unit])).toBeNull();
  });
  it('a question missing from the header reads as blank', () => {
    const columns = responseColumns(['ประทับเวลา', QUESTION.unit, QUESTION.row])!;
    const raw = rawFromLine([new Date(T0), 'กจ.', 'R4'], columns);
    expect(raw).toMatchObject({ unit: 'กจ.', row: 'R4', done: '', quantity: '' });
  });
  it('every non-blank line, with its 1-based row; a line with only a timestamp still counts', () => {
    const values = [
      HEADER,
      line(good()),
      ['', '', ...QUESTIONS.map(() => '')],
      ['', '', ...QUESTIONS.map(() => '  ')],
      line({}, new Date(T0 + 1000)),
    ];
    expect(sourcesFromResponses('ชีต', values).map((s) => s.row)).toEqual([2, 5]);
    expect(
      sourcesFromResponses('ชีต', [
        ['ประทับเวลา', 'ความพึงพอใจ'],
        [new Date(T0), 5],
      ]),
    ).toEqual([]);
    const answerOnly = { responseId: '', sheet: 's', row: 2, timestamp: '', raw: { done: 'x' }, editUrl: '' };
    expect(isBlankSource(answerOnly)).toBe(false);
    expect(isBlankSource({ ...answerOnly, raw: {} })).toBe(true);
  });
  it('a line’s record is keyed by its content; the same answers at another time are another submission', () => {
    const columns = responseColumns(HEADER)!;
    const a = recordFromResponse({ id: 1, name: 'ชีต' }, 7, line(good()), columns, ctx())!;
    expect(a).toMatchObject({
      key: `content:${a.fingerprint}`,
      sheet: 'ชีต',
      row: 7,
      timestamp: '2025-01-10 09:00:00',
      editUrl: '',
      excluded: false,
      check: 'ok',
    });
    const b = recordFromResponse({ id: 1, name: 'ชีต' }, 8, line(good(), new Date(T0 + 1000)), columns, ctx())!;
    expect(b.fingerprint).not.toBe(a.fingerprint);
    const c = recordFromResponse({ id: 1, name: 'ชีต' }, 9, line({ ...good(), done: 'อื่น' }), columns, ctx())!;
    expect(c.fingerprint).not.toBe(a.fingerprint);
    expect(
      recordFromResponse({ id: 1, name: 'ชีต' }, 3, ['', '', ...QUESTIONS.map(() => '')], columns, ctx()),
    ).toBeNull();
  });
  it('a source with a response id is keyed by it, and keeps its edit link', () => {
    const r = record();
    expect(r).toMatchObject({ key: 'resp-1', editUrl: 'https://docs.google.com/e', row: 2 });
    expect(r.fingerprint).toBe(
      sourceFingerprint({ responseId: 'other', sheet: 'x', row: 9, timestamp: new Date(T0), raw: good(), editUrl: '' }),
    );
  });
});

describe('what the ledger writes', () => {
  it('blank for no row, no round, no quantity; numbers as text; lines joined; the check in Thai', () => {
    const cells = ledgerCells(
      record({
        row: 0,
        round: null,
        quantity: null,
        dates: ['2024-12-15', '2025-01-02'],
        check: 'warning',
        reasons: ['ก', 'ข'],
      }),
    );
    expect(cells[col('แถวคำตอบ')]).toBe('');
    expect(cells[col('รอบ')]).toBe('');
    expect(cells[col('จำนวน')]).toBe('');
    expect(cells[col('วันที่ดำเนินการ')]).toBe('2024-12-15\n2025-01-02');
    expect(cells[col('ผลการตรวจ')]).toBe('ใช้ได้ (มีคำเตือน)');
    expect(cells[col('เหตุผล')]).toBe('ก\nข');
    expect(ledgerCells(record({ evidence: ['https://a.th', 'https://b.th'] }))[col('ลิงก์หลักฐาน')]).toBe(
      'https://a.th\nhttps://b.th',
    );
    const other = ledgerCells(record({ row: 5, round: 12, quantity: 0, check: 'invalid' }));
    expect([other[col('แถวคำตอบ')], other[col('รอบ')], other[col('จำนวน')], other[col('ผลการตรวจ')]]).toEqual([
      '5',
      '12',
      '0',
      'ใช้ไม่ได้',
    ]);
    expect(ledgerCells(record())[col('ผลการตรวจ')]).toBe('ใช้ได้');
  });
  it('the exclude cell: what staff left (a checkbox stays a checkbox), else "ไม่ใช้" when excluded, else blank', () => {
    expect(ledgerCells(record({ excluded: true, excludeCell: true }))[col('ไม่ใช้ในรายงาน')]).toBe(true);
    expect(ledgerCells(record({ excluded: false, excludeCell: false }))[col('ไม่ใช้ในรายงาน')]).toBe(false);
    expect(ledgerCells(record({ excluded: true }))[col('ไม่ใช้ในรายงาน')]).toBe('ไม่ใช้');
    expect(ledgerCells(record())[col('ไม่ใช้ในรายงาน')]).toBe('');
  });
  it('row colours by check: white, yellow, red', () => {
    expect(CHECK_BACKGROUND).toEqual({ ok: '#ffffff', warning: '#fff2cc', invalid: '#f4cccc' });
  });
});

describe('what staff may type to exclude a record', () => {
  it('a tick, "x", "ไม่ใช้", anything else; not FALSE, 0, no, ใช้ or blank', () => {
    const marks = [true, 'x', 'ไม่ใช้', 'TRUE', 1, 'nope', 'ใช้ไม่ได้'];
    const notMarks = [false, '', '  ', 'FALSE', 'false', '0', 0, 'no', 'NO', 'ใช้', null, undefined];
    expect(marks.map(isExcludeMark)).toEqual(marks.map(() => true));
    expect(notMarks.map(isExcludeMark)).toEqual(notMarks.map(() => false));
  });
});

describe('reading the ledger back', () => {
  const cellsOf = (r: LedgerRecord) => ledgerCells(r).map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v));
  it('nothing, or only a header: no records; our header in our order is ok', () => {
    expect(readLedger(undefined)).toEqual({ records: [], rows: [], headerOk: false });
    expect(readLedger([])).toEqual({ records: [], rows: [], headerOk: false });
    expect(readLedger([LEDGER_HEADER_ROW])).toEqual({ records: [], rows: [], headerOk: true });
  });
  it('columns moved by staff are still read by header, but the header is not ours any more', () => {
    const r = record();
    const order = LEDGER_HEADER_ROW.map((_, i) => i).reverse();
    const read = readLedger([order.map((i) => LEDGER_HEADER_ROW[i]), order.map((i) => cellsOf(r)[i])]);
    expect(read.headerOk).toBe(false);
    expect(read.records[0]).toEqual({ ...r, excludeCell: undefined });
  });
  it('a missing column reads as blank (an edit link lost), the rest still read', () => {
    const at = col('ลิงก์แก้ไขคำตอบ');
    const header = LEDGER_HEADER_ROW.filter((_, i) => i !== at);
    const cells = cellsOf(record()).filter((_, i) => i !== at);
    const read = readLedger([header, cells]);
    expect(read.headerOk).toBe(false);
    expect(read.records[0]).toMatchObject({ key: 'resp-1', editUrl: '', unit: 'HR' });
  });
  it('skips lines without a key; a key seen again (a rewrite cut short) counts once, the first; rows are 1-based', () => {
    const a = cellsOf(record({ key: 'a', done: 'แรก' }));
    const again = cellsOf(record({ key: 'a', done: 'ซ้ำ' }));
    const b = cellsOf(record({ key: 'b' }));
    const read = readLedger([LEDGER_HEADER_ROW, a, LEDGER_HEADER_ROW.map(() => ''), again, b]);
    expect(read.records.map((r) => [r.key, r.done])).toEqual([
      ['a', 'แรก'],
      ['b', 'จัดอบรม'],
    ]);
    expect(read.rows).toEqual([2, 5]);
  });
  it('reads what staff or Sheets may have changed: numbers, rounds, quantities, checks, exclusions', () => {
    const base = cellsOf(record());
    const readWith = (changes: Record<string, unknown>) => {
      const cells = [...base];
      for (const [name, v] of Object.entries(changes)) cells[col(name)] = v;
      return readLedger([LEDGER_HEADER_ROW, cells]).records[0];
    };
    expect(readWith({ รอบ: 12, แถวคำตอบ: 7 })).toMatchObject({ round: 12, row: 7 });
    expect(readWith({ รอบ: '9' }).round).toBeNull();
    expect(readWith({ รอบ: '' }).round).toBeNull();
    expect(readWith({ แถวคำตอบ: 'ไม่ทราบ' }).row).toBe(0);
    expect(readWith({ จำนวน: '' }).quantity).toBeNull();
    expect(readWith({ จำนวน: 'สอง' }).quantity).toBeNull();
    expect(readWith({ จำนวน: 2.5 }).quantity).toBe(2.5);
    expect(readWith({ จำนวน: '0' }).quantity).toBe(0);
    expect(readWith({ ผลการตรวจ: 'ใช้ได้ (มีคำเตือน)' }).check).toBe('warning');
    expect(readWith({ ผลการตรวจ: 'ใช้ไม่ได้' }).check).toBe('invalid');
    expect(readWith({ ผลการตรวจ: 'ตรวจแล้ว' }).check).toBe('invalid');
    expect(readWith({ ไม่ใช้ในรายงาน: true })).toMatchObject({ excluded: true, excludeCell: true });
    expect(readWith({ ไม่ใช้ในรายงาน: false })).toMatchObject({ excluded: false, excludeCell: false });
    expect(readWith({ ไม่ใช้ในรายงาน: '' })).toMatchObject({ excluded: false, excludeCell: undefined });
    expect(readWith({ ลิงก์หลักฐาน: 'https://a.th\n\n https://b.th ' }).evidence).toEqual([
      'https://a.th',
      'https://b.th',
    ]);
  });
  it('undoes the apostrophe that keeps text from being a formula, should a sheet keep it; other apostrophes stay', () => {
    expect(ledgerText("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(ledgerText("'+66")).toBe('+66');
    expect(ledgerText("'-x")).toBe('-x');
    expect(ledgerText("'@x")).toBe('@x');
    expect(ledgerText("''x")).toBe("'x");
    expect(ledgerText("'x")).toBe("'x");
    expect(ledgerText('a=b')).toBe('a=b');
    expect(ledgerText("ก'=ข")).toBe("ก'=ข");
    expect(ledgerText(12)).toBe('12');
  });
});
