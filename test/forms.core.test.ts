/**
 * The forms' pure core: labels, the answer schema, ledger records and keys, folding into the report,
 * surveys, and the validation they feed. No Apps Script here: plain getValues()-shaped arrays.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { normaliseAnswer } from '../src/core/forms/answer';
import { answerContext } from '../src/core/forms/context';
import { formContributions, formView } from '../src/core/forms/view';
import {
  LEDGER_HEADER_ROW,
  ledgerCells,
  readLedger,
  recordFromSource,
  recordsFromResponses,
  responseColumns,
  sourcesFromResponses,
  type AnswerSource,
  type LedgerRecord,
} from '../src/core/forms/ledger';
import { EDITED_AFTER_EXCLUDE, NOT_FOUND_AGAIN, mergeLedger, planUpserts } from '../src/core/forms/ledger-merge';
import { matchTab } from '../src/core/forms/match';
import { asText } from '../src/core/sheet-text';
import {
  idFromLabel,
  QUESTION,
  QUESTIONS,
  rowLabels,
  roundFromAnswer,
  unitFromAnswer,
  unitLabel,
} from '../src/core/forms/questions';
import { aggregateSurvey, likertValue, surveyParagraphs, twoDecimals } from '../src/core/forms/surveys';
import { LEDGER_HEADER, SHEET, SURVEY_HEADER } from '../src/core/layout';
import { parseWorkbook } from '../src/core/parse';
import { buildReportModel, type Paragraph } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import type { WorkbookData } from '../src/core/workbook';
import { sampleAgency, setMeasure } from './tools/sample-agency';

const RESPONSES = 'การตอบแบบฟอร์ม 1';
const HEADER = ['ประทับเวลา', 'ที่อยู่อีเมล', ...QUESTIONS.map((q) => q.title)];
/** 2025-01-10 09:00 in Bangkok. */
const T0 = Date.UTC(2025, 0, 10, 2, 0, 0);

type Answers = Partial<Record<keyof typeof QUESTION, unknown>>;

/** One raw responses row, as getValues() returns it (a Date timestamp, an e-mail we must never keep). */
function responseRow(a: Answers, minutes = 0, email = 'somchai@example.go.th'): unknown[] {
  return [new Date(T0 + minutes * 60_000), email, ...QUESTIONS.map((q) => a[q.key] ?? '')];
}

const wb = () => parseWorkbook(sampleAgency());
const labelOf = (rowId: string) => rowLabels(wb(), 'thai').find((l) => l.rowId === rowId)!.label;
const unit = (code: string) => unitLabel(wb().units.find((u) => u.value.code === code)!.value);

function answer(over: Answers = {}): Answers {
  return {
    unit: unit('HR'),
    row: labelOf('R4'),
    round: 'รอบ ๖ เดือน',
    done: 'จัดอบรมการใช้ระบบบริการออนไลน์',
    dates: '15/12/2567',
    quantity: '2',
    quantityWord: 'ครั้ง',
    evidence: 'https://example.go.th/hr-online',
    status: 'ดำเนินการแล้วเสร็จ',
    ...over,
  };
}

const sheetRef = { id: 123456, name: RESPONSES };

function recordsOf(rows: unknown[][], data: WorkbookData = sampleAgency()): LedgerRecord[] {
  return recordsFromResponses(sheetRef, [HEADER, ...rows], answerContext(data));
}

/** The workbook data with a ledger sheet written from these records, as the script writes it. */
function withLedger(data: WorkbookData, records: LedgerRecord[]): WorkbookData {
  const values = [
    LEDGER_HEADER_ROW,
    ...records.map((r) => ledgerCells(r).map((v) => (typeof v === 'string' ? v.replace(/^'(?=[=+\-@])/, '') : v))),
  ];
  return { ...data, [SHEET.ledger]: { values } };
}

const texts = (ps: Paragraph[] | undefined) => (ps ?? []).map((p) => p.runs.map((r) => r.text).join(''));

describe('dropdown labels', () => {
  it('read like the report and end with the row id, which maps back even after the text changes', () => {
    const labels = rowLabels(wb(), 'thai');
    expect(labels.map((l) => l.label)).toEqual([
      '๑.๑ ค่าเป้าหมาย ๑–๒: จัดอบรมจริยธรรม [R1]',
      '๑.๑ ค่าเป้าหมาย ๓: จัดอบรมจริยธรรม [R2]',
      '๑.๒: เผยแพร่ประมวลจริยธรรม [R3]',
      'ประเด็น ๒: พัฒนาช่องทางบริการออนไลน์ [R4]',
    ]);
    expect(idFromLabel('๑.๑ ค่าเป้าหมาย ๓: ข้อความที่ถูกแก้ไปแล้ว [R2]')).toBe('R2');
    expect(rowLabels(wb(), 'arabic')[1].label).toBe('1.1 ค่าเป้าหมาย 3: จัดอบรมจริยธรรม [R2]');
  });

  it('shortens long measure texts at a space, and keeps choices unique when ids repeat', () => {
    const data = setMeasure(sampleAgency(), 3, 'มาตรการ/แนวทางปฏิบัติ', 'เผยแพร่ '.repeat(30));
    setMeasure(data, 4, 'รหัสแถว', 'R3');
    const labels = rowLabels(parseWorkbook(data), 'thai');
    expect(labels[2].label.length).toBeLessThan(100);
    expect(labels[2].label).toMatch(/…\s\[R3\]$/);
    expect(new Set(labels.map((l) => l.label)).size).toBe(labels.length);
  });

  it('units map back by bracketed code, code, abbreviation or name; rounds from Thai or Arabic digits', () => {
    const units = wb().units.map((u) => u.value);
    expect(unitFromAnswer('ชื่อเก่าของกอง [HR]', units)?.code).toBe('HR');
    expect(unitFromAnswer('กจ.', units)?.code).toBe('HR');
    expect(unitFromAnswer('ศูนย์เทคโนโลยีสารสนเทศ', units)?.code).toBe('IT');
    expect(unitFromAnswer('กองที่ไม่มี', units)).toBeUndefined();
    expect([
      roundFromAnswer('รอบ ๑๒ เดือน'),
      roundFromAnswer('6'),
      roundFromAnswer('รอบ 9 เดือน'),
      roundFromAnswer(''),
    ]).toEqual([12, 6, null, null]);
  });
});

describe('the answer schema (zod)', () => {
  const ctx = () => answerContext(sampleAgency());

  it('normalises a good answer', () => {
    const a = normaliseAnswer(answer({ quantity: '๒', dates: '15/12/2567\n๒ ม.ค. ๒๕๖๘' }), ctx());
    expect(a).toMatchObject({
      rowId: 'R4',
      round: 6,
      unit: 'HR',
      quantity: 2,
      dates: ['2024-12-15', '2025-01-02'],
      evidence: ['https://example.go.th/hr-online'],
      check: 'ok',
      reasons: [],
    });
  });

  it('reads a date as an official letter writes it ("๑๕ ธันวาคม พ.ศ. ๒๕๖๗"), as the Sheet\'s activity dates do', () => {
    const a = normaliseAnswer(answer({ dates: '๑๕ ธันวาคม พ.ศ. ๒๕๖๗\n๒ ม.ค. พ.ศ. ๒๕๖๘' }), ctx());
    expect(a).toMatchObject({ dates: ['2024-12-15', '2025-01-02'], check: 'ok', reasons: [] });
    const sheet = validateWorkbookData(setMeasure(sampleAgency(), 1, 'วันที่ดำเนินการ', '๑๕ ธันวาคม พ.ศ. ๒๕๖๗'));
    expect(sheet.findings.filter((f) => f.header === 'วันที่ดำเนินการ')).toEqual([]);
  });

  it('keeps a malformed answer with every reason, never dropping what was typed', () => {
    const a = normaliseAnswer({ unit: 'กองที่ไม่มี', row: 'ข้อความไม่มีรหัส', round: 'รอบ ๙ เดือน', done: '   ' }, ctx());
    expect(a.check).toBe('invalid');
    expect(a.unit).toBe('กองที่ไม่มี');
    expect(a.rowId).toBe('ข้อความไม่มีรหัส');
    expect(a.reasons.join('\n')).toMatch(/ไม่พบแถว/);
    expect(a.reasons.join('\n')).toMatch(/รอบรายงาน/);
    expect(a.reasons.join('\n')).toMatch(/ไม่พบหน่วยงาน/);
    expect(a.reasons.join('\n')).toMatch(/สิ่งที่ดำเนินการ/);
  });

  it('an answer naming a deleted row is invalid and says which row', () => {
    const a = normaliseAnswer(answer({ row: '๓.๑: มาตรการที่ถูกลบ [R9]' }), ctx());
    expect(a).toMatchObject({ check: 'invalid', rowId: 'R9' });
    expect(a.reasons[0]).toContain('R9');
  });

  it('warnings keep the answer usable: unreadable or out-of-round dates, bad quantity, non-https links', () => {
    const a = normaliseAnswer(
      answer({ dates: 'ต้นเดือนหน้า\n1/5/2568', quantity: 'สองครั้ง', evidence: 'http://example.go.th/x\nดูในแฟ้ม' }),
      ctx(),
    );
    expect(a.check).toBe('warning');
    expect(a.quantity).toBeNull();
    expect(a.dates).toEqual(['ต้นเดือนหน้า', '2025-05-01']);
    expect(a.reasons).toHaveLength(5);
  });

  it('accepts the label of the current dropdown when the bracket was lost', () => {
    const label = labelOf('R3').replace(/\s*\[R3\]$/, '');
    const c = answerContext(sampleAgency());
    (c.labels as Map<string, string>).set(label, 'R3');
    expect(normaliseAnswer(answer({ row: label }), c).rowId).toBe('R3');
  });
});

describe('ledger records and keys', () => {
  it('a record keeps no e-mail or name; a tab line alone is keyed by its content, not its row', () => {
    const [r] = recordsOf([responseRow(answer())]);
    expect(r.key).toBe(`content:${r.fingerprint}`);
    expect(recordsOf([['', '', ...QUESTIONS.map(() => '')], responseRow(answer())])[0].key).toBe(r.key);
    expect(r.timestamp).toBe('2025-01-10 09:00:00');
    expect(JSON.stringify(r)).not.toContain('somchai');
    expect(LEDGER_HEADER_ROW.join()).not.toMatch(/อีเมล|ชื่อผู้ตอบ/);
  });

  it('finds its columns by question title, in any order, and not in a survey sheet', () => {
    expect(responseColumns(['ประทับเวลา', 'ความพึงพอใจ', 'ข้อเสนอแนะ'])).toBeNull();
    const shuffled = [HEADER[0], ...HEADER.slice(2).reverse()];
    const line = [new Date(T0), ...QUESTIONS.map((q) => answer()[q.key]).reverse()];
    const [r] = recordsFromResponses(sheetRef, [shuffled, line], answerContext(sampleAgency()));
    expect(r).toMatchObject({ rowId: 'R4', unit: 'HR', check: 'ok' });
  });

  it('a question made twice (two columns with its title) takes the non-blank one', () => {
    const header = [...HEADER, QUESTION.done];
    const row = [...responseRow(answer({ done: '' })), 'ทำในคอลัมน์ใหม่'];
    const [r] = recordsFromResponses(sheetRef, [header, row], answerContext(sampleAgency()));
    expect(r.done).toBe('ทำในคอลัมน์ใหม่');
  });

  it('every cell is text that cannot become a formula, and reads back the same', () => {
    const [r] = recordsOf([
      responseRow(answer({ done: '=HYPERLINK("http://evil","x")', quantityWord: '@ครั้ง', evidence: '+66 2 123 4567' })),
    ]);
    const cells = ledgerCells(r);
    for (const c of cells) if (typeof c === 'string') expect(c).not.toMatch(/^[=+\-@]/);
    expect(asText('-จัดอบรม')).toBe("'-จัดอบรม");
    const back = readLedger([LEDGER_HEADER_ROW, cells]).records[0];
    expect(back.done).toBe('=HYPERLINK("http://evil","x")');
    expect(back).toEqual({ ...r, excludeCell: undefined });
  });

  it('the same submission twice changes nothing; an edited response replaces its record; its response id replaces its content key', () => {
    const first = recordsOf([responseRow(answer())]);
    expect(planUpserts([], first)).toMatchObject({ added: 1, replaced: 0, unchanged: 0 });
    expect(planUpserts(first, recordsOf([responseRow(answer())]))).toMatchObject({
      added: 0,
      unchanged: 1,
      writes: [],
    });
    const identified = { ...first[0], key: 'resp-1', editUrl: 'https://docs.google.com/forms/d/e/x/viewform?edit2=1' };
    expect(planUpserts(first, [identified]).writes).toEqual([{ index: 0, record: identified }]);
    const edited = { ...recordsOf([responseRow(answer({ quantity: '3' }), 5)])[0], key: 'resp-1' };
    const plan = planUpserts([identified], [edited]);
    expect(plan).toMatchObject({ added: 0, replaced: 1 });
    expect(plan.writes[0]).toMatchObject({ index: 0, record: { quantity: 3, key: 'resp-1' } });
  });

  it('a merge keeps the ledger order and exclusions by identity; an excluded answer edited stays out and is flagged', () => {
    const [a, b] = recordsOf([responseRow(answer()), responseRow(answer({ unit: unit('IT') }), 1)]).map((r, i) => ({
      ...r,
      key: `resp-${i}`,
    }));
    const once = mergeLedger([], [a, b]);
    expect(once).toMatchObject({ added: 2, changed: 0, kept: 0 });
    const excluded = [a, { ...b, excluded: true, excludeCell: 'x' }];
    // the form lists them in another order: the ledger keeps its own
    const twice = mergeLedger(excluded, [b, a]);
    expect(twice).toMatchObject({ added: 0, changed: 0, unchanged: 2 });
    expect(twice.records.map((r) => [r.key, r.excluded])).toEqual([
      ['resp-0', false],
      ['resp-1', true],
    ]);
    const editedB = { ...recordsOf([responseRow(answer({ unit: unit('IT'), done: 'แก้ไขแล้ว' }), 9)])[0], key: 'resp-1' };
    const after = mergeLedger(excluded, [a, editedB]).records[1];
    expect(after).toMatchObject({ key: 'resp-1', done: 'แก้ไขแล้ว', excluded: true, excludeCell: 'x', check: 'warning' });
    expect(after.reasons).toContain(EDITED_AFTER_EXCLUDE);
    // the flag stays on the next run (same fingerprint now) until staff delete it from the reasons
    expect(mergeLedger([after], [editedB]).records[0].reasons).toContain(EDITED_AFTER_EXCLUDE);
    const cleared = { ...after, reasons: after.reasons.filter((r) => r !== EDITED_AFTER_EXCLUDE) };
    expect(mergeLedger([cleared], [editedB]).records[0].reasons).not.toContain(EDITED_AFTER_EXCLUDE);
    // an answer found nowhere any more is kept, flagged, never dropped
    const gone = mergeLedger(excluded, [a]);
    expect(gone).toMatchObject({ kept: 1 });
    expect(gone.records[1]).toMatchObject({ key: 'resp-1', excluded: true });
    expect(gone.records[1].reasons).toContain(NOT_FOUND_AGAIN);
  });

  it('a content key, or a legacy "<sheet id>:<row>" key, hands its exclusion to the response id of the same answer', () => {
    const [tabOnly] = recordsOf([responseRow(answer())]);
    const legacy = { ...tabOnly, key: '123456:2', excluded: true, excludeCell: 'x' };
    const byId = { ...tabOnly, key: 'resp-9' };
    const merge = mergeLedger([legacy, { ...tabOnly, excluded: true, excludeCell: true }], [byId]);
    expect(merge.records).toEqual([{ ...byId, excluded: true, excludeCell: 'x' }]);
    expect(merge).toMatchObject({ replaced: 1, kept: 0 });
    // an older ledger's doubled lines, one of them excluded to undo the double: the answer counts once
    const copies = mergeLedger(
      [
        { ...legacy, key: '123456:3' },
        { ...tabOnly, key: '123456:4' },
      ],
      [byId],
    );
    expect(copies.records).toEqual([byId]);
    // an edited answer still finds its legacy record by the row it showed at
    const edited = { ...recordsOf([responseRow(answer({ done: 'แก้แล้ว' }), 3)])[0], key: 'resp-9', row: 2 };
    expect(mergeLedger([legacy], [edited], (r) => `123456:${r.row}`).records).toMatchObject([
      { key: 'resp-9', excluded: true },
    ]);
  });
});

describe('a responses tab matched to its form, never by position', () => {
  const tabOf = (rows: unknown[][]) => sourcesFromResponses(RESPONSES, [HEADER, ...rows]);
  const fromForm = (a: Answers, minutes: number, id: string): AnswerSource => ({
    responseId: id,
    sheet: RESPONSES,
    row: 0,
    timestamp: new Date(T0 + minutes * 60_000 + 417), // the form keeps milliseconds
    raw: Object.fromEntries(QUESTIONS.map((q) => [q.key, String(a[q.key] ?? '')])),
    editUrl: `https://docs.google.com/forms/d/e/x/viewform?edit2=${id}`,
  });
  // Built before each test, not when the file loads (that code would belong to no test for Stryker).
  let A: Answers, B: Answers, C: Answers, form: AnswerSource[];
  beforeEach(() => {
    A = answer();
    B = answer({ unit: unit('IT'), done: 'งานของ IT' });
    C = answer({ done: 'งานที่สาม' });
    form = [fromForm(A, 0, 'ra'), fromForm(B, 1, 'rb'), fromForm(C, 1, 'rc')];
  });

  it('sorted, with a row deleted, a blank row inserted and a row copied: each response once, at the row it shows now', () => {
    const tab = tabOf([responseRow(C, 1), ['', '', ...QUESTIONS.map(() => '')], responseRow(A), responseRow(C, 1)]);
    const m = matchTab(tab, form);
    expect(m.responses.map((r) => [r.responseId, r.row])).toEqual([
      ['ra', 4],
      ['rb', 0],
      ['rc', 2],
    ]);
    expect(m).toMatchObject({ notInTab: 1, copies: 1, lonely: [] });
  });

  it('two responses in the same second are told apart by content; a cell typed over still matches by timestamp', () => {
    const tab = tabOf([responseRow(C, 1), responseRow({ ...B, done: 'พิมพ์ทับในชีต' }, 1), responseRow(A)]);
    const m = matchTab(tab, form);
    expect(m.responses.map((r) => [r.responseId, r.row, r.raw.done])).toEqual([
      ['ra', 4, A.done],
      ['rb', 3, 'งานของ IT'], // the form is the authority
      ['rc', 2, C.done],
    ]);
  });

  it('a response that kept its first timestamp while the tab shows the edit time still pairs, by its answers', () => {
    const m = matchTab(tabOf([responseRow(B, 45)]), [form[1]]);
    expect(m.responses.map((r) => [r.responseId, r.row])).toEqual([['rb', 2]]);
    expect(m).toMatchObject({ lonely: [], notInTab: 0 });
  });

  it('a row that matches no response is kept apart (lonely), a question the form lost is read from the tab', () => {
    const typed = answer({ done: 'แถวที่พิมพ์เองในชีต' });
    const tab = tabOf([responseRow(A), responseRow(typed, 30)]);
    const noQuantity = { ...form[0], raw: { ...form[0].raw, quantity: '' } };
    const m = matchTab(tab, [noQuantity]);
    expect(m.lonely.map((s) => s.row)).toEqual([3]);
    expect(m.responses[0].raw.quantity).toBe('2');
    const record = recordFromSource(m.responses[0], answerContext(sampleAgency()))!;
    expect(record).toMatchObject({ key: 'ra', row: 2, quantity: 2, editUrl: form[0].editUrl });
  });
});

describe('into the report model', () => {
  /** Sample agency with rows R4 (ทุกสำนัก/หน่วย) and R1 left for the forms to fill. */
  function formsWorkbook(rows: unknown[][]): WorkbookData {
    const data = sampleAgency();
    setMeasure(data, 4, 'ผลผลิต', '');
    setMeasure(data, 4, 'ผลการดำเนินงาน', '');
    setMeasure(data, 4, 'ค่าเป้าหมาย', 'จัดอบรมไม่น้อยกว่า 5 ครั้ง');
    return withLedger(data, recordsOf(rows, data));
  }

  it('appends each unit under its name in bold, sums quantities against the target, keeps staff text first', () => {
    const data = formsWorkbook([
      responseRow(answer({ unit: unit('IT'), done: 'เปิดระบบจองห้องประชุมออนไลน์', quantity: '1', dates: '2/1/2568' }), 0),
      responseRow(answer({ unit: unit('HR'), done: 'จัดอบรม\nมีผู้เข้าอบรม ๔๐ คน', quantity: '2', dates: '15/12/2567' }), 1),
      responseRow(
        answer({ unit: unit('HR'), done: 'จัดอบรมรุ่นที่ ๒', quantity: '๑', dates: '', status: 'อยู่ระหว่างดำเนินการ' }),
        2,
      ),
    ]);
    const parsed = validateWorkbookData(data);
    expect(parsed.errors).toBe(0);
    const model = buildReportModel(
      parsed.workbook,
      parsed.workbook.config!,
      formContributions(data, parsed.workbook, parsed.workbook.config!),
    );
    const row = model.body.find((b) => b.kind === 'measure' && b.rowId === 'R4');
    if (row?.kind !== 'measure') throw new Error('no R4');
    const result = row.cells[4].paragraphs;
    expect(texts(result)).toEqual([
      '1. กองการเจ้าหน้าที่',
      '(1) จัดอบรม',
      'มีผู้เข้าอบรม 40 คน',
      '(จำนวน 2 ครั้ง วันที่ 15 ธ.ค. 2567)',
      'https://example.go.th/hr-online',
      '(2) จัดอบรมรุ่นที่ 2',
      '(จำนวน 1 ครั้ง สถานะอยู่ระหว่างดำเนินการ)',
      'https://example.go.th/hr-online',
      '2. ศูนย์เทคโนโลยีสารสนเทศ',
      'เปิดระบบจองห้องประชุมออนไลน์',
      '(จำนวน 1 ครั้ง วันที่ 2 ม.ค. 2568)',
      'https://example.go.th/hr-online',
    ]);
    expect(result[0].runs[0].bold).toBe(true);
    expect(result[4].runs[0].link).toBe('https://example.go.th/hr-online');
    expect(texts(row.cells[2].paragraphs)).toEqual(['ดำเนินการรวม 4 ครั้ง ยังไม่บรรลุค่าเป้าหมาย (ไม่น้อยกว่า 5 ครั้ง)']);
    // Staff text of R1 is untouched (no answers for it).
    const r1 = model.body.find((b) => b.kind === 'measure' && b.rowId === 'R1');
    if (r1?.kind !== 'measure') throw new Error('no R1');
    expect(texts(r1.cells[4].paragraphs)[0]).toBe('กจ. จัดอบรมเมื่อวันที่ 15 ธ.ค. 2567');
  });

  it('staff text comes first and the form entries continue its numbered unit headings, in Thai digits', () => {
    const data = formsWorkbook([responseRow(answer({ unit: unit('IT'), done: 'เปิดระบบ' }))]);
    setMeasure(data, 4, 'ผลการดำเนินงาน', '**1. กองยุทธศาสตร์และแผนงาน**\nจัดทำแผน');
    data['ตั้งค่า']!.values[5][1] = 'ไทย';
    const parsed = validateWorkbookData(data);
    const c = formContributions(data, parsed.workbook, parsed.workbook.config!).get('R4')!;
    expect(texts(c.result)[0]).toBe('๒. ศูนย์เทคโนโลยีสารสนเทศ');
    const model = buildReportModel(
      parsed.workbook,
      parsed.workbook.config!,
      formContributions(data, parsed.workbook, parsed.workbook.config!),
    );
    const row = model.body.find((b) => b.kind === 'measure' && b.rowId === 'R4');
    if (row?.kind !== 'measure') throw new Error('no R4');
    expect(texts(row.cells[4].paragraphs).slice(0, 3)).toEqual([
      '๑. กองยุทธศาสตร์และแผนงาน',
      'จัดทำแผน',
      '๒. ศูนย์เทคโนโลยีสารสนเทศ',
    ]);
  });

  it('a single-unit row reported by its own unit gets no heading', () => {
    const data = formsWorkbook([
      responseRow(answer({ row: labelOf('R2'), unit: unit('HR'), done: 'สรุปผลประเมิน', quantity: '' })),
    ]);
    const parsed = validateWorkbookData(data);
    const c = formContributions(data, parsed.workbook, parsed.workbook.config!).get('R2')!;
    expect(texts(c.result)[0]).toBe('สรุปผลประเมิน');
    expect(c.output).toBeUndefined();
  });

  it('leaves out invalid, excluded and other-round answers; the 12-month report includes the 6-month ones', () => {
    const rows = [
      responseRow(answer({ done: 'รอบหก' }), 0),
      responseRow(answer({ done: 'รอบสิบสอง', round: 'รอบ ๑๒ เดือน', dates: '' }), 1),
      responseRow(answer({ done: 'ใช้ไม่ได้', unit: 'ไม่มี' }), 2),
      responseRow(answer({ done: 'กันออก' }), 3),
    ];
    const data = formsWorkbook(rows);
    const ledger = data[SHEET.ledger]!.values;
    ledger[4][LEDGER_HEADER_ROW.indexOf(LEDGER_HEADER.exclude)] = true;
    const round6 = validateWorkbookData(data);
    expect(
      texts(formContributions(data, round6.workbook, round6.workbook.config!).get('R4')!.result).join('|'),
    ).toMatch(/^1\. กองการเจ้าหน้าที่\|รอบหก\|/);
    const all = texts(
      formContributions(data, round6.workbook, { ...round6.workbook.config!, round: 12 }).get('R4')!.result,
    ).join('|');
    expect(all).toContain('รอบหก');
    expect(all).toContain('รอบสิบสอง');
    expect(all).not.toContain('ใช้ไม่ได้');
    expect(all).not.toContain('กันออก');
  });
});

describe('validation with the forms', () => {
  it('rows the ledger fills pass the output/result checks; flagged answers and missing units are findings', () => {
    const data = sampleAgency();
    setMeasure(data, 4, 'ผลผลิต', '');
    setMeasure(data, 4, 'ผลการดำเนินงาน', '');
    const without = validateWorkbookData(data).findings.map((f) => f.rule);
    expect(without).toEqual(expect.arrayContaining(['output-missing', 'result-missing']));
    const withForms = withLedger(
      data,
      recordsOf([responseRow(answer({ unit: unit('HR') })), responseRow(answer({ unit: 'ไม่มีหน่วยนี้' }), 1)], data),
    );
    const result = validateWorkbookData(withForms);
    const rules = result.findings.map((f) => f.rule);
    expect(rules).not.toContain('output-missing');
    expect(rules).not.toContain('result-missing');
    expect(result.errors).toBe(0);
    const flagged = result.findings.find((f) => f.rule === 'form-answer-flagged')!;
    expect(flagged).toMatchObject({ sheet: SHEET.ledger, row: 3, severity: 'warning' });
    const missing = result.findings.filter((f) => f.rule === 'unit-not-reported');
    // R1 and R2 have one unit each and a typed result: covered. R3 (กยผ. + กจ.) has a typed result naming
    // neither unit; R4 (ทุกสำนัก/หน่วย) has HR's answer only.
    expect(missing.map((f) => f.row)).toEqual([4, 5]);
    expect(missing[1]).toMatchObject({ sheet: SHEET.measures, row: 5, header: 'ผู้รับผิดชอบ' });
    expect(missing[1].messageTh).toContain('กองยุทธศาสตร์และแผนงาน');
    expect(missing[1].messageTh).toContain('ศูนย์เทคโนโลยีสารสนเทศ');
    expect(missing[1].messageTh).not.toContain('กองการเจ้าหน้าที่');
    expect(missing[1].messageTh).toContain('(๑ จาก ๓ หน่วยงาน)');
  });

  it('a ledger record naming a row deleted since is flagged and left out', () => {
    const data = sampleAgency();
    const records = recordsOf([responseRow(answer({ row: labelOf('R3') }))], data);
    const values = data['มาตรการ']!.values;
    values.splice(3, 1); // R3 deleted after the answer was recorded
    const view = formView(withLedger(data, records), parseWorkbook(data), parseWorkbook(data).config);
    expect(view.findings[0].messageTh).toContain('R3');
    expect(view.contributions.size).toBe(0);
  });

  it('a flagged answer whose responses-sheet row was deleted says so, instead of a row ๐', () => {
    const data = sampleAgency();
    const [r] = recordsOf([responseRow(answer({ row: labelOf('R3') }))], data);
    const flagged = { ...r, key: 'resp-1', row: 0, check: 'warning' as const, reasons: ['ตรวจสอบ'] };
    const view = formView(withLedger(data, [flagged]), parseWorkbook(data), parseWorkbook(data).config);
    expect(view.findings[0].messageTh).toBe(
      'คำตอบแบบฟอร์ม (ชีต "การตอบแบบฟอร์ม 1" ไม่อยู่ในชีตนั้นแล้ว) นำเข้ารายงานแล้วแต่มีคำเตือน: ตรวจสอบ',
    );
  });
});

describe('surveys', () => {
  const link = {
    row: 2,
    rowId: 'R4',
    sheet: 'การตอบแบบฟอร์ม 2',
    questions: ['ความพึงพอใจต่อระบบ', 'ความสะดวก'],
    label: '',
  };
  /** 120 respondents, 200 answers: 125 fives, 56 fours, 19 threes → 90.50 %, mean 4.53. */
  function survey120(): unknown[][] {
    const answers: number[] = [...Array(125).fill(5), ...Array(56).fill(4), ...Array(19).fill(3)];
    const rows: unknown[][] = [['ประทับเวลา', 'ที่อยู่อีเมล', 'ความพึงพอใจต่อระบบ', 'ความสะดวก', 'ข้อเสนอแนะ']];
    let i = 0;
    for (let r = 0; r < 120; r++) {
      const two = r < 80;
      rows.push([new Date(T0 + r * 60_000), `p${r}@mail.com`, answers[i++], two ? answers[i++] : '', 'ดีมาก']);
    }
    return rows;
  }

  it('aggregates respondents, mean and the share answering 4 or 5, in Thai wording', () => {
    const result = aggregateSurvey(link, survey120(), { fiscalYear: 2568, round: 6 });
    expect(result).toMatchObject({ respondents: 120, answers: 200, sum: 906, topTwo: 181 });
    const p = surveyParagraphs(result, 'thai');
    expect(texts(p.output)).toEqual(['ผู้ตอบแบบประเมิน ๑๒๐ คน']);
    expect(texts(p.outcome)).toEqual(['ร้อยละ ๙๐.๕๐ (ค่าเฉลี่ย ๔.๕๓ จาก ๕)']);
    expect(texts(surveyParagraphs(result, 'arabic').outcome)).toEqual(['ร้อยละ 90.50 (ค่าเฉลี่ย 4.53 จาก 5)']);
    expect(JSON.stringify(p)).not.toContain('@mail.com');
  });

  it('counts only the round: responses after 31 March are outside the 6-month round', () => {
    const rows = survey120();
    rows[1][0] = new Date(Date.UTC(2025, 3, 2, 3)); // 2 April 2025
    expect(aggregateSurvey(link, rows, { fiscalYear: 2568, round: 6 }).respondents).toBe(119);
    expect(aggregateSurvey(link, rows, { fiscalYear: 2568, round: 12 }).respondents).toBe(120);
  });

  it('reads Likert answers as numbers, digits or words; finds the questions itself when none are named', () => {
    expect([5, '4', '๕', '5 - มากที่สุด', 'มาก', 'น้อยที่สุด', '', 0, 6, 'ดี'].map(likertValue)).toEqual([
      5,
      4,
      5,
      5,
      4,
      1,
      null,
      null,
      null,
      null,
    ]);
    const auto = aggregateSurvey({ ...link, questions: [] }, survey120(), null);
    expect(auto.questions).toEqual(['ความพึงพอใจต่อระบบ', 'ความสะดวก']);
    expect(twoDecimals(1, 3)).toBe('0.33');
    expect(twoDecimals(905, 200)).toBe('4.53');
  });

  it('reaches the report through the mapping sheet; a survey with no answers says so and is a finding', () => {
    const data: WorkbookData = {
      ...sampleAgency(),
      [SHEET.surveys]: {
        values: [
          Object.values(SURVEY_HEADER),
          ['R4', 'การตอบแบบฟอร์ม 2', 'ความพึงพอใจต่อระบบ\nความสะดวก', 'ความพึงพอใจภาพรวม'],
          ['R1', 'แบบประเมินว่าง', 'ความพึงพอใจ', ''],
          ['R9', 'การตอบแบบฟอร์ม 2', '', ''],
          ['R2', 'ไม่มีชีตนี้', '', ''],
        ],
      },
      'การตอบแบบฟอร์ม 2': { values: survey120() },
      แบบประเมินว่าง: { values: [['ประทับเวลา', 'ความพึงพอใจ']] },
    };
    const result = validateWorkbookData(data);
    const c = formContributions(data, result.workbook, result.workbook.config!);
    expect(texts(c.get('R4')!.output)).toEqual(['ความพึงพอใจภาพรวม ผู้ตอบแบบประเมิน 120 คน']);
    expect(texts(c.get('R4')!.outcome)).toEqual(['ความพึงพอใจภาพรวม ร้อยละ 90.50 (ค่าเฉลี่ย 4.53 จาก 5)']);
    expect(texts(c.get('R1')!.output)).toEqual(['ยังไม่มีผู้ตอบแบบประเมิน']);
    expect(c.get('R1')!.outcome).toEqual([]);
    const rules = result.findings.filter((f) => f.sheet === SHEET.surveys).map((f) => f.rule);
    expect(rules).toEqual(['survey-no-answers', 'survey-row-unknown', 'survey-sheet-missing']);
  });
});
