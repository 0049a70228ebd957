/**
 * Validation rules at their edges (issue #19): the rules no test fired (issue-title-differs, measure-split,
 * no-measures), the year and count boundaries of the text and target checks, and what validateWorkbookData
 * returns as a whole (counts, order).
 */
import { describe, expect, it } from 'vitest';
import { validateWorkbookData } from '../src/core/validation';
import type { WorkbookData } from '../src/core/workbook';
import { MEASURE_HEADERS, sampleAgency, setMeasure } from './tools/sample-agency';

const findingsOf = (data: WorkbookData) => validateWorkbookData(data).findings;
const rulesOf = (data: WorkbookData) => findingsOf(data).map((f) => f.rule);
/** [rule, row, header, severity] of every finding. */
const summary = (data: WorkbookData) => findingsOf(data).map((f) => [f.rule, f.row, f.header, f.severity]);
const lint = (text: string, header = 'ผลสัมฤทธิ์') => rulesOf(setMeasure(sampleAgency(), 2, header, text));

describe('numbering', () => {
  it('a row of an issue whose title differs from the row before: a warning on that row (the first title wins)', () => {
    const data = setMeasure(sampleAgency(), 3, 'ประเด็นการพัฒนา', 'ส่งเสริมความโปร่งใส (แก้ไข)');
    expect(summary(data)).toEqual([['issue-title-differs', 4, 'ประเด็นการพัฒนา', 'warning']]);
    // a title changed in the middle differs from the row before and from the row after
    expect(summary(setMeasure(sampleAgency(), 2, 'ประเด็นการพัฒนา', 'อื่น')).map((f) => f[1])).toEqual([3, 4]);
    const f = findingsOf(data)[0];
    expect(f.messageTh).toContain('รายงานจะใช้ข้อความของแถวแรก');
    expect(f.column).toBe(4);
  });
  it('a measure that comes back after another measure of its issue: measure-split where each of its runs starts', () => {
    const data = setMeasure(sampleAgency(), 2, 'มาตรการที่', '1.2');
    setMeasure(data, 2, 'มาตรการ/แนวทางปฏิบัติ', 'เผยแพร่ประมวลจริยธรรม');
    setMeasure(data, 3, 'มาตรการที่', '1.1');
    setMeasure(data, 3, 'มาตรการ/แนวทางปฏิบัติ', 'จัดอบรมจริยธรรม');
    const split = findingsOf(data).filter((f) => f.rule === 'measure-split');
    expect(split.map((f) => [f.row, f.header, f.severity])).toEqual([
      [2, 'มาตรการที่', 'error'],
      [4, 'มาตรการที่', 'error'],
    ]);
    expect(split[1].messageTh).toContain('มาตรการที่ ๑.๑ ปรากฏซ้ำ');
    // rows of one measure kept together are not split
    expect(rulesOf(sampleAgency())).not.toContain('measure-split');
  });
  it('an issue that comes back after another: an error on the row that comes back, saying to move it', () => {
    const data = setMeasure(sampleAgency(), 4, 'ประเด็นที่', 1);
    setMeasure(data, 4, 'ตัวชี้วัด', 'IIT1');
    setMeasure(data, 3, 'ประเด็นที่', 2);
    setMeasure(data, 3, 'มาตรการที่', '');
    const split = findingsOf(data).filter((f) => f.rule === 'issue-split');
    expect(split.map((f) => [f.row, f.header, f.severity])).toEqual([[5, 'ประเด็นที่', 'error']]);
    expect(split[0].messageTh).toBe('ประเด็นที่ ๑ ปรากฏซ้ำแยกจากกลุ่มเดิม — ย้ายแถวนี้ไปต่อท้ายแถวอื่นของประเด็นเดียวกัน');
    expect(split[0].messageEn).toBe('Issue 1 appears again after other issues; keep its rows together.');
  });
  it('the English messages of the numbering rules (logs)', () => {
    const title = findingsOf(setMeasure(sampleAgency(), 3, 'ประเด็นการพัฒนา', 'อื่น'))[0];
    expect(title.messageEn).toBe('Issue title differs from the previous row of the same issue; the first row wins.');
    const data = setMeasure(sampleAgency(), 2, 'มาตรการที่', '1.2');
    setMeasure(data, 2, 'มาตรการ/แนวทางปฏิบัติ', 'เผยแพร่ประมวลจริยธรรม');
    setMeasure(data, 3, 'มาตรการที่', '1.1');
    expect(findingsOf(data).find((f) => f.rule === 'measure-split')!.messageEn).toBe(
      'Measure 1.1 appears again after another measure.',
    );
  });
  it('issue numbers: the message names the expected issue in Thai digits; a later issue may follow a gap only once', () => {
    const data = setMeasure(sampleAgency(), 4, 'ประเด็นที่', 3);
    const f = findingsOf(data).find((x) => x.rule === 'issue-sequence')!;
    expect(f.messageTh).toBe('ลำดับประเด็นข้าม: คาดว่าเป็นประเด็นที่ ๒ แต่พบ ๓');
  });
  it('measure sequence: the message gives the number expected; a number after a wrong one continues from it', () => {
    const data = setMeasure(sampleAgency(), 3, 'มาตรการที่', '1.3');
    const f = findingsOf(data).find((x) => x.rule === 'measure-sequence')!;
    expect(f.messageTh).toContain('เลขมาตรการควรเป็น ๑.๒');
    // 1.1, 1.1, 1.2 (rows R1–R3) is right: the repeated 1.1 is the same measure
    expect(rulesOf(sampleAgency())).toEqual([]);
  });
  it('several measures and one unnumbered: the message names the issue', () => {
    const f = findingsOf(setMeasure(sampleAgency(), 3, 'มาตรการที่', '')).find(
      (x) => x.rule === 'measure-number-missing',
    )!;
    expect(f.messageTh).toContain('ประเด็นที่ ๑ มีหลายมาตรการ');
  });
});

describe('numbers as the report prints them', () => {
  it('an issue number "2." or a measure number "1.1." (copied from last year\'s report) is read as 2 and 1.1', () => {
    let data = setMeasure(sampleAgency(), 4, 'ประเด็นที่', '๒.');
    data = setMeasure(data, 1, 'มาตรการที่', '1.1.');
    const result = validateWorkbookData(data);
    expect(result.findings).toEqual([]);
    expect(result.workbook.measures.map((m) => [m.issueNo, m.measureNo])).toEqual([
      [1, '1.1'],
      [1, '1.1'],
      [1, '1.2'],
      [2, ''],
    ]);
  });
});

describe('no measures', () => {
  it('an empty measures sheet is one error that says to fill a row', () => {
    const data = sampleAgency();
    data['มาตรการ'] = { values: [[...MEASURE_HEADERS]] };
    const result = validateWorkbookData(data);
    expect(result.findings.map((f) => [f.rule, f.sheet, f.row, f.column, f.severity])).toEqual([
      ['no-measures', 'มาตรการ', 0, 0, 'error'],
    ]);
    expect(result.findings[0]).toEqual({
      severity: 'error',
      rule: 'no-measures',
      sheet: 'มาตรการ',
      row: 0,
      column: 0,
      header: '',
      messageTh: 'ยังไม่มีมาตรการในชีต "มาตรการ" — กรอกอย่างน้อย ๑ แถว',
      messageEn: 'The measures sheet has no rows.',
    });
    expect(result).toMatchObject({ errors: 1, warnings: 0 });
  });
  it('also when other sheets have findings', () => {
    const data = sampleAgency();
    data['มาตรการ'] = { values: [[...MEASURE_HEADERS]] };
    data['ตั้งค่า']!.values[4][1] = 3;
    expect(rulesOf(data)).toContain('no-measures');
    expect(findingsOf(data).filter((f) => f.sheet === 'ตั้งค่า')).toHaveLength(1);
  });
  it('not when the measures sheet already has its own finding (a missing sheet says how to repair instead)', () => {
    const data = sampleAgency();
    delete data['มาตรการ'];
    const rules = rulesOf(data);
    expect(rules).not.toContain('no-measures');
    expect(rules.length).toBeGreaterThan(0);
  });
});

describe('what validation returns', () => {
  it('counts errors and warnings, and lists findings by sheet, row, then column', () => {
    const data = setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 'ในปี 2024');
    setMeasure(data, 1, 'ลิงก์หลักฐาน', 'www.example.go.th/x');
    setMeasure(data, 1, 'ผลผลิต', 'มีผล  ประเมิน');
    data['ตั้งค่า']!.values[4][1] = 3;
    const result = validateWorkbookData(data);
    expect(result.findings.map((f) => [f.sheet, f.row, f.rule])).toEqual([
      ['ตั้งค่า', 5, result.findings[0].rule],
      ['มาตรการ', 2, 'double-space'],
      ['มาตรการ', 2, 'link-invalid'],
      ['มาตรการ', 3, 'year-ce'],
    ]);
    expect(result.errors).toBe(result.findings.filter((f) => f.severity === 'error').length);
    expect(result.warnings).toBe(2);
    expect(result.errors).toBe(2);
  });
});

describe('text checks', () => {
  it('CE years are 1900–2399; BE years 2400–2700 more than a year from the fiscal year (2568) are doubtful', () => {
    expect(lint('ปี 1900')).toEqual(['year-ce']);
    expect(lint('ปี 1899')).toEqual([]);
    expect(lint('ปี 2399')).toEqual(['year-ce']);
    expect(lint('ปี 2400')).toEqual(['year-far']);
    expect(lint('ปี 2700')).toEqual(['year-far']);
    expect(lint('ปี 2701')).toEqual([]);
    expect(lint('ปี 2567 และ 2569')).toEqual([]);
    expect(lint('ปี 2566')).toEqual(['year-far']);
    expect(lint('ปี 2570')).toEqual(['year-far']);
  });
  it('the messages give the year in BE, in Thai digits', () => {
    const ce = findingsOf(setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 'ปี 2024')).find((f) => f.rule === 'year-ce')!;
    expect(ce.messageTh).toBe('ปี 2024 น่าจะเป็น ค.ศ. — รายงานราชการใช้ พ.ศ. (๒๕๖๗)');
    const far = findingsOf(setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 'ปี 2560')).find((f) => f.rule === 'year-far')!;
    expect(far.messageTh).toContain('ปี พ.ศ. ๒๕๖๐ ห่างจากปีงบประมาณ ๒๕๖๘');
  });
  it('a year in Thai digits is checked; a number that is part of a date, a decimal or a longer number is not a year', () => {
    expect(lint('ปี ๒๐๒๔')).toEqual(['year-ce']);
    expect(lint('วันที่ 1/2/2024')).toEqual([]);
    expect(lint('2024/1')).toEqual([]);
    expect(lint('งบ 2024.50 บาท')).toEqual([]);
    expect(lint('ยอด 1.2024')).toEqual([]);
    expect(lint('เลข 120245')).toEqual([]);
    expect(lint('ปี 2024 และปี 2025')).toEqual(['year-ce', 'year-ce']);
  });
  it('digits inside a link are neither mixed digits nor years; a link between words is no double space', () => {
    expect(lint('ดู http://ex.go.th/2024/๑ ปี ๒๕๖๘')).toEqual([]);
    expect(lint('ที่ https://ex.go.th/a เมื่อ')).toEqual([]);
  });
  it('two spaces are one warning, a line break is not a space; several spaces count once', () => {
    expect(lint('มีผล   ประเมิน')).toEqual(['double-space']);
    expect(lint('มีผล \n ประเมิน')).toEqual([]);
    expect(lint('มีผล\t\tประเมิน').filter((r) => r === 'double-space')).toEqual(['double-space']);
  });
  it('each free-text column is checked: issue title, measure, every target, output, outcome, result', () => {
    const mixed = '๒ ครั้ง จาก 3';
    const columns = ['ประเด็นการพัฒนา', 'มาตรการ/แนวทางปฏิบัติ', 'ผลผลิต', 'ผลสัมฤทธิ์', 'ผลการดำเนินงาน'];
    for (const header of columns) {
      const data = setMeasure(sampleAgency(), 4, header, mixed);
      expect(
        findingsOf(data)
          .filter((f) => f.rule === 'digits-mixed')
          .map((f) => f.header),
      ).toEqual([header]);
    }
    const target = findingsOf(setMeasure(sampleAgency(), 4, 'ค่าเป้าหมาย', 'มีช่องทาง\nเพิ่ม ๒ ครั้ง จาก 3'));
    expect(target.filter((f) => f.rule === 'digits-mixed').map((f) => f.header)).toEqual(['ค่าเป้าหมาย']);
    // the lines of the targets are not run together: "20" and "24" on two lines are no year
    expect(rulesOf(setMeasure(sampleAgency(), 4, 'ค่าเป้าหมาย', 'ครั้งที่ 20\n24 ครั้ง'))).toEqual([]);
    // not the columns that are not prose
    expect(rulesOf(setMeasure(sampleAgency(), 4, 'สถานะ', 'ดำเนินการแล้วเสร็จ ๑ 2'))).not.toContain('digits-mixed');
  });
  it('misspellings name the right word; "ไปพลา ก่อน" with any spaces', () => {
    const f = findingsOf(setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 'ไปพลา   ก่อน')).find((x) => x.rule === 'spelling')!;
    expect(f.messageTh).toBe('พบคำที่น่าจะพิมพ์ผิด: ควรเป็น "ไปพลางก่อน"');
    expect(lint('ไปพลางก่อน')).toEqual([]);
    expect(lint('คำเป้าหมาย')).toEqual(['spelling']);
    expect(findingsOf(setMeasure(sampleAgency(), 2, 'ผลสัมฤทธิ์', 'คำเป้าหมาย'))[0].messageTh).toBe(
      'พบคำที่น่าจะพิมพ์ผิด: ควรเป็น "ค่าเป้าหมาย"',
    );
  });
});

describe('target quantities', () => {
  const target = (targets: string, output: string) =>
    findingsOf(setMeasure(setMeasure(sampleAgency(), 3, 'ค่าเป้าหมาย', targets), 3, 'ผลผลิต', output)).filter(
      (f) => f.rule === 'target-not-reached',
    );
  it('warns only when every count of the same word is below the target', () => {
    expect(target('เผยแพร่ไม่น้อยกว่า 2 ช่องทาง', 'เผยแพร่ 1 ช่องทาง')).toHaveLength(1);
    expect(target('เผยแพร่ไม่น้อยกว่า 2 ช่องทาง', 'เผยแพร่ 2 ช่องทาง')).toEqual([]);
    expect(target('เผยแพร่ไม่น้อยกว่า 2 ช่องทาง', 'เว็บไซต์ 1 ช่องทาง รวม 3 ช่องทาง')).toEqual([]);
    expect(target('เผยแพร่ไม่น้อยกว่า 2 ช่องทาง', 'จัดอบรม 1 ครั้ง')).toEqual([]);
    expect(target('จัดอบรมไม่ น้อยกว่า ๓ ครั้ง', 'จัดอบรม ๒ครั้ง')).toHaveLength(1);
    expect(target('ไม่น้อยกว่า 3 เรื่อง', 'ทำ 2 เรื่อง')).toHaveLength(1);
    expect(target('ไม่น้อยกว่า2ช่องทาง', 'เผยแพร่ 1 ช่องทาง')).toHaveLength(1);
    expect(target('ไม่น้อยกว่า 2ช่องทาง', 'เผยแพร่ 1ช่องทาง')).toHaveLength(1);
  });
  it('reads a count written with a thousands separator as one number', () => {
    expect(target('ให้บริการไม่น้อยกว่า 500 ครั้ง', 'ให้บริการ 1,200 ครั้ง')).toEqual([]);
    expect(target('ให้บริการไม่น้อยกว่า ๕๐๐ ครั้ง', 'ให้บริการ ๑,๒๐๐ ครั้ง')).toEqual([]);
    const below = target('ให้บริการไม่น้อยกว่า 1,000 ครั้ง', 'ให้บริการ 950 ครั้ง');
    expect(below).toHaveLength(1);
    expect(below[0].messageTh).toContain('ไม่น้อยกว่า ๑๐๐๐ ครั้ง แต่ผลผลิตระบุ ๙๕๐ ครั้ง');
  });
  it('every target of the row is checked; the message gives both numbers in Thai digits', () => {
    const hits = target('มีแผน\nเผยแพร่ไม่น้อยกว่า 12 ช่องทาง', 'เผยแพร่ 3 ช่องทาง และ 10 ช่องทาง');
    expect(hits.map((f) => [f.row, f.header, f.severity])).toEqual([[4, 'ผลผลิต', 'warning']]);
    expect(hits[0].messageTh).toContain('ไม่น้อยกว่า ๑๒ ช่องทาง แต่ผลผลิตระบุ ๑๐ ช่องทาง');
    expect(hits[0].messageEn).toBe('Target is at least 12 ช่องทาง but the output reports 10.');
  });
});

describe('counted lists', () => {
  const count = (output: string) =>
    findingsOf(setMeasure(sampleAgency(), 4, 'ผลผลิต', output)).filter((f) => f.rule === 'count-mismatch');
  it('compares "จำนวน N <word>" with the items listed after it, numbered 1. or (1)', () => {
    expect(count('จำนวน 2 เรื่อง\n1. ก\n2. ข\n3. ค')).toHaveLength(1);
    expect(count('จำนวน 3 เรื่อง\n1. ก\n2. ข\n3. ค')).toEqual([]);
    expect(count('จำนวน ๓ ข้อ\n(1) ก\n(2) ข')).toHaveLength(1);
    expect(count('จำนวน 2 รายการ\n(1) ก\nรายละเอียด\n(2) ข')).toEqual([]);
    expect(count('จำนวน 2 ช่องทาง\n\n  1. ก  \n2. ข')).toEqual([]);
    expect(count('จำนวน 3 เรื่อง\n  1. ก\n  2. ข')).toHaveLength(1);
    expect(count('จำนวน 3 เรื่อง\n\n1. ก\n2. ข')).toHaveLength(1);
    expect(count('จำนวน2เรื่อง\n1. ก')).toHaveLength(1);
    expect(count('จำนวน 2 เรื่อง\n1. ก\nหมายเหตุ ข้อ 3. ดูภาคผนวก\nดู (4) ด้วย\n2. ข')).toEqual([]);
    expect(count('จำนวน 2 ข้อ\n(1) ก\nดู (3) ด้วย\n(2) ข')).toEqual([]);
    const ten = (mark: (i: number) => string) => Array.from({ length: 10 }, (_, i) => `${mark(i + 1)} ข้อ`).join('\n');
    expect(count(`จำนวน 10 รายการ\n${ten((i) => `${i}.`)}`)).toEqual([]);
    expect(count(`จำนวน 10 รายการ\n${ten((i) => `(${i})`)}`)).toEqual([]);
    expect(count(`จำนวน 12 รายการ\n${ten((i) => `(${i})`)}`)).toHaveLength(1);
  });
  it('the phrase may follow other lines; no list after it, or a count of something else, is not checked', () => {
    expect(count('สรุป\nมีจำนวน 4 เรื่อง\n1. ก')).toHaveLength(1);
    expect(count('จำนวน 4 เรื่อง')).toEqual([]);
    expect(count('จำนวน 4 เรื่อง\nดังนี้\n1. ก')).toEqual([]);
    expect(count('จำนวน 4 คน\n1. ก')).toEqual([]);
  });
  it('the message gives the number stated and the number listed', () => {
    const [f] = count('จำนวน 2 เรื่อง\n1. ก\n2. ข\n3. ค');
    expect(f).toMatchObject({ row: 5, header: 'ผลผลิต', severity: 'warning' });
    expect(f.messageTh).toBe('ผลผลิตระบุจำนวน ๒ เรื่อง แต่แจกแจงไว้ ๓ รายการ — แก้ตัวเลขหรือรายการให้ตรงกัน');
  });
});
