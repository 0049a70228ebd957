import { describe, expect, it } from 'vitest';
import { validateWorkbookData } from '../src/core/validation';
import type { WorkbookData } from '../src/core/workbook';
import { sampleAgency, setMeasure } from './tools/sample-agency';

const findingsOf = (data: WorkbookData) => validateWorkbookData(data).findings;
const rulesOf = (data: WorkbookData) => findingsOf(data).map((f) => f.rule);

/** Expects exactly one finding of the rule, at the given sheet row and header. */
function expectOne(data: WorkbookData, rule: string, row: number, header: string, severity = 'error') {
  const hits = findingsOf(data).filter((f) => f.rule === rule);
  expect(hits, JSON.stringify(findingsOf(data), null, 1)).toHaveLength(1);
  expect(hits[0]).toMatchObject({ row, header, severity });
  expect(hits[0].messageTh).toMatch(/[ก-๙]/);
  expect(hits[0].messageEn).not.toBe('');
  return hits[0];
}

describe('the sample agency', () => {
  it('is valid', () => {
    const result = validateWorkbookData(sampleAgency());
    expect(result.findings).toEqual([]);
    expect(result.workbook.measures).toHaveLength(4);
    expect(result.workbook.config).toMatchObject({ fiscalYear: 2568, round: 6, digitStyle: 'arabic' });
  });
});

describe('each rule catches a row that breaks it', () => {
  it('required fields, pointing at the cell', () => {
    const f = expectOne(
      setMeasure(sampleAgency(), 2, 'มาตรการ/แนวทางปฏิบัติ', ''),
      'cell-invalid',
      3,
      'มาตรการ/แนวทางปฏิบัติ',
    );
    expect(f.column).toBe(6);
    expect(f.messageTh).toContain('มาตรการ');
  });
  it('targets: at least one', () => {
    expectOne(setMeasure(sampleAgency(), 1, 'ค่าเป้าหมาย', '  \n '), 'cell-invalid', 2, 'ค่าเป้าหมาย');
  });
  it('output, outcome and result for the round', () => {
    expectOne(setMeasure(sampleAgency(), 1, 'ผลผลิต', ''), 'output-missing', 2, 'ผลผลิต');
    expectOne(setMeasure(sampleAgency(), 1, 'ผลสัมฤทธิ์', ''), 'outcome-missing', 2, 'ผลสัมฤทธิ์');
    expectOne(setMeasure(sampleAgency(), 1, 'ผลการดำเนินงาน', ''), 'result-missing', 2, 'ผลการดำเนินงาน');
    expectOne(setMeasure(sampleAgency(), 2, 'สถานะ', ''), 'output-dash-needs-status', 3, 'สถานะ');
    expectOne(setMeasure(sampleAgency(), 2, 'สถานะ', 'เสร็จแล้ว'), 'status-unknown', 3, 'สถานะ', 'warning');
  });
  it('issue numbering: gaps, splits', () => {
    expectOne(setMeasure(sampleAgency(), 4, 'ประเด็นที่', 3), 'issue-sequence', 5, 'ประเด็นที่');
    const split = sampleAgency();
    setMeasure(split, 4, 'ประเด็นที่', 1);
    setMeasure(split, 4, 'ตัวชี้วัด', 'IIT1');
    setMeasure(split, 3, 'ประเด็นที่', 2);
    setMeasure(split, 3, 'มาตรการที่', '');
    expect(rulesOf(split)).toContain('issue-split');
    expectOne(setMeasure(sampleAgency(), 1, 'ประเด็นที่', 'หนึ่ง'), 'cell-invalid', 2, 'ประเด็นที่');
  });
  it('issue numbers accept Thai digits', () => {
    const data = setMeasure(sampleAgency(), 4, 'ประเด็นที่', '๒');
    expect(findingsOf(data)).toEqual([]);
  });
  it('measure numbering: prefix, sequence, blank iff single', () => {
    expectOne(setMeasure(sampleAgency(), 3, 'มาตรการที่', '1.3'), 'measure-sequence', 4, 'มาตรการที่');
    expectOne(setMeasure(sampleAgency(), 3, 'มาตรการที่', '2.2'), 'measure-sequence', 4, 'มาตรการที่');
    expectOne(setMeasure(sampleAgency(), 4, 'มาตรการที่', '2.1'), 'measure-number-single', 5, 'มาตรการที่', 'warning');
    expectOne(setMeasure(sampleAgency(), 3, 'มาตรการที่', ''), 'measure-number-missing', 4, 'มาตรการที่');
    expectOne(setMeasure(sampleAgency(), 3, 'มาตรการที่', '1-2'), 'cell-invalid', 4, 'มาตรการที่');
  });
  it('row ids are unique', () => {
    expectOne(setMeasure(sampleAgency(), 3, 'รหัสแถว', 'R1'), 'row-id-duplicate', 4, 'รหัสแถว');
  });
  it('known headings, in the headings order', () => {
    expectOne(setMeasure(sampleAgency(), 1, 'ตัวชี้วัด', 'XYZ'), 'heading-unknown', 2, 'ตัวชี้วัด');
    const back = sampleAgency();
    back['ตัวชี้วัด']!.values.reverse();
    back['ตัวชี้วัด']!.values.unshift(back['ตัวชี้วัด']!.values.pop()!);
    expect(rulesOf(back)).toContain('heading-order');
  });
  it('known units, by code, abbreviation or name', () => {
    expect(findingsOf(setMeasure(sampleAgency(), 1, 'ผู้รับผิดชอบ', 'HR, กองยุทธศาสตร์และแผนงาน + IT'))).toEqual([]);
    const f = expectOne(setMeasure(sampleAgency(), 1, 'ผู้รับผิดชอบ', 'กจ. + กองคลัง'), 'unit-unknown', 2, 'ผู้รับผิดชอบ');
    expect(f.messageTh).toContain('กองคลัง');
  });
  it('a unit removed while rows still name it', () => {
    const data = sampleAgency();
    data['หน่วยงาน']!.values.splice(2, 1); // HR (กจ.)
    const hits = findingsOf(data).filter((f) => f.rule === 'unit-unknown');
    expect(hits.map((f) => f.row)).toEqual([2, 3, 4]);
  });
  it('target quantities against the output', () => {
    expectOne(setMeasure(sampleAgency(), 3, 'ผลผลิต', 'เผยแพร่ 1 ช่องทาง'), 'target-not-reached', 4, 'ผลผลิต', 'warning');
  });
  it('counts: "จำนวน N เรื่อง" with another number of items', () => {
    const data = setMeasure(sampleAgency(), 4, 'ผลผลิต', 'มีเกณฑ์ จำนวน 2 เรื่อง ได้แก่\n1. เกณฑ์ ก\n2. เกณฑ์ ข\n3. เกณฑ์ ค');
    expectOne(data, 'count-mismatch', 5, 'ผลผลิต', 'warning');
    expect(findingsOf(setMeasure(sampleAgency(), 4, 'ผลผลิต', 'จำนวน 2 เรื่อง\n(1) ก\n(2) ข'))).toEqual([]);
  });
  it('an evidence link wrapped onto the next line (as copied from a PDF): the error says to join the two lines', () => {
    const wrapped = findingsOf(
      setMeasure(sampleAgency(), 2, 'ลิงก์หลักฐาน', 'https://drive.google.com/file/d/1AbCdE\nfGhIj/view?usp=sharing'),
    );
    expect(wrapped.map((f) => [f.rule, f.row])).toEqual([['link-invalid', 3]]);
    expect(wrapped[0].messageTh).toContain('ต่อกับบรรทัดก่อนหน้า');
    const words = findingsOf(setMeasure(sampleAgency(), 2, 'ลิงก์หลักฐาน', 'https://example.go.th/a\nคำสั่งแต่งตั้ง'));
    expect(words[0].messageTh).not.toContain('ต่อกับบรรทัดก่อนหน้า');
  });
  it('evidence links', () => {
    expectOne(setMeasure(sampleAgency(), 2, 'ลิงก์หลักฐาน', 'www.example.go.th/x'), 'link-invalid', 3, 'ลิงก์หลักฐาน');
    expectOne(setMeasure(sampleAgency(), 2, 'ลิงก์หลักฐาน', 'https://example.go.th/a b'), 'link-invalid', 3, 'ลิงก์หลักฐาน');
    expectOne(
      setMeasure(sampleAgency(), 2, 'ลิงก์หลักฐาน', 'http://example.go.th/x'),
      'link-not-https',
      3,
      'ลิงก์หลักฐาน',
      'warning',
    );
  });
  it('activity dates inside the fiscal year and the round', () => {
    expectOne(setMeasure(sampleAgency(), 1, 'วันที่ดำเนินการ', '2024-09-30'), 'date-outside-round', 2, 'วันที่ดำเนินการ');
    // Round 6 ends on 31 March.
    expectOne(setMeasure(sampleAgency(), 1, 'วันที่ดำเนินการ', '1/4/2568'), 'date-outside-round', 2, 'วันที่ดำเนินการ');
    expect(findingsOf(setMeasure(sampleAgency(), 1, 'วันที่ดำเนินการ', '31/3/2568'))).toEqual([]);
    expectOne(setMeasure(sampleAgency(), 1, 'วันที่ดำเนินการ', '31/2/2568'), 'date-invalid', 2, 'วันที่ดำเนินการ');
    // A Date object, as getValues() returns for a date cell (midnight Bangkok).
    expect(findingsOf(setMeasure(sampleAgency(), 1, 'วันที่ดำเนินการ', new Date(Date.UTC(2024, 11, 14, 17))))).toEqual([]);
  });
  it('mixed digits, CE years, far BE years, misspellings, double spaces', () => {
    expectOne(setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 'ผ่าน ๒ ครั้ง จาก 3'), 'digits-mixed', 3, 'ผลสัมฤทธิ์', 'warning');
    expectOne(setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 'ในปี 2024'), 'year-ce', 3, 'ผลสัมฤทธิ์', 'warning');
    expectOne(setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 'ตามแผนปี 2560'), 'year-far', 3, 'ผลสัมฤทธิ์', 'warning');
    expect(findingsOf(setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 'เทียบกับปี 2567'))).toEqual([]);
    expectOne(setMeasure(sampleAgency(), 2, 'ค่าเป้าหมาย', 'คำเป้าหมาย ข้อ ก'), 'spelling', 3, 'ค่าเป้าหมาย', 'warning');
    expectOne(setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 'ไปพลา ก่อน'), 'spelling', 3, 'ผลสัมฤทธิ์', 'warning');
    expectOne(setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 'มีผล  ประเมิน'), 'double-space', 3, 'ผลสัมฤทธิ์', 'warning');
  });
  it('config: year, round, digit style', () => {
    const data = sampleAgency();
    data['ตั้งค่า']!.values[3][1] = 2025;
    data['ตั้งค่า']!.values[4][1] = 3;
    data['ตั้งค่า']!.values[5][1] = 'โรมัน';
    const hits = findingsOf(data).filter((f) => f.sheet === 'ตั้งค่า');
    expect(hits.map((f) => [f.row, f.column])).toEqual([
      [4, 2],
      [5, 2],
      [6, 2],
    ]);
  });
});

describe('bad input never crashes', () => {
  it('a missing sheet gives a finding that says how to repair', () => {
    const data = sampleAgency();
    delete data['หน่วยงาน'];
    const f = findingsOf(data).find((x) => x.rule === 'sheet-missing');
    expect(f?.messageTh).toContain('ตั้งค่าสมุดงาน');
  });
  it('a renamed header is named in the finding', () => {
    const data = sampleAgency();
    data['มาตรการ']!.values[0][6] = 'เป้าหมาย';
    const f = findingsOf(data).find((x) => x.rule === 'header-missing');
    expect(f).toMatchObject({ sheet: 'มาตรการ', header: 'ค่าเป้าหมาย', row: 1 });
  });
  it('reordered and extra columns are read by header', () => {
    const data = sampleAgency();
    data['มาตรการ']!.values = data['มาตรการ']!.values.map((row) => ['หมายเหตุของฉัน', ...[...row].reverse()]);
    const result = validateWorkbookData(data);
    expect(result.findings).toEqual([]);
    expect(result.workbook.measures[0].targets).toEqual(['จัดอบรมไม่น้อยกว่า 1 ครั้ง', 'ผู้เข้าอบรมไม่น้อยกว่า 50 คน']);
  });
  it('blank rows in the middle are skipped', () => {
    const data = sampleAgency();
    data['มาตรการ']!.values.splice(2, 0, new Array(14).fill(''));
    const result = validateWorkbookData(data);
    expect(result.findings).toEqual([]);
    expect(result.workbook.measures.map((m) => m.row)).toEqual([2, 4, 5, 6]);
  });
  it('numbers, dates and booleans where text is expected', () => {
    const data = setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 42);
    setMeasure(data, 2, 'ผลการดำเนินงาน', true);
    expect(validateWorkbookData(data).workbook.measures[1]).toMatchObject({ outcome: '42', result: 'TRUE' });
  });
  it('50,000-character cells', () => {
    const long = 'ก'.repeat(50_000);
    const result = validateWorkbookData(setMeasure(sampleAgency(), 2, 'ผลการดำเนินงาน', long));
    expect(result.errors).toBe(0);
    expect(result.workbook.measures[1].result).toHaveLength(50_000);
  });
  it('a =HYPERLINK evidence cell gives its URL', () => {
    const data = setMeasure(sampleAgency(), 2, 'ลิงก์หลักฐาน', 'หลักฐาน');
    data['มาตรการ']!.links = [[], [], [, , , , , , , , , , , , 'https://example.go.th/evidence']];
    const result = validateWorkbookData(data);
    expect(result.workbook.measures[1].evidence).toEqual(['https://example.go.th/evidence']);
    expect(result.findings.filter((f) => f.rule === 'link-invalid')).toEqual([]);
  });
});
