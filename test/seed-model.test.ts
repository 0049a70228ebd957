import { describe, expect, it } from 'vitest';
import { buildReportModel, type BodyRow, type Cell } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import { seedWorkbook } from './tools/seed';

/** Built inside each test: code run when the file loads belongs to no test (Stryker would run its mutants against every test). */
function seed() {
  const result = validateWorkbookData(seedWorkbook());
  const model = buildReportModel(result.workbook, result.workbook.config!);
  const measureRows = model.body.filter((r): r is Extract<BodyRow, { kind: 'measure' }> => r.kind === 'measure');
  return { result, model, measureRows };
}
const text = (cell: Cell) => cell.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');

describe('the seed fixture', () => {
  it('validates with no errors (warnings allowed)', () => {
    const { result } = seed();
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors, JSON.stringify(errors, null, 1)).toEqual([]);
  });

  it('warns on the content problems a reviewer would flag: row 12 counts ๔ but lists ๕', () => {
    const { result } = seed();
    const count = result.findings.filter((f) => f.rule === 'count-mismatch');
    expect(count.map((f) => f.row)).toEqual([13]); // sheet row 13 = report row 12
  });

  it('reproduces the title block verbatim', () => {
    const { model } = seed();
    expect(model.titleLines.map((l) => l.text)).toEqual([
      'รายงานผลตามมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส',
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
      '(๑ ตุลาคม ๒๕๖๖ – ๓๐ กันยายน ๒๕๖๗)',
      'รอบ ๑๒ เดือน',
      'สำนักงานคณะกรรมการสิทธิมนุษยชนแห่งชาติ',
      'รวบรวมข้อมูลโดย กลุ่มงานพัฒนาระบบบริหารและติดตามประเมินผล',
      'สำนักนโยบายและยุทธศาสตร์',
    ]);
  });

  it('has the 5 section headings verbatim, in order', () => {
    const { model } = seed();
    expect(model.body.filter((r) => r.kind === 'section').map((r) => (r as { text: string }).text)).toEqual([
      'ตัวชี้วัด การใช้งบประมาณ ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
      'ตัวชี้วัด การแก้ไขปัญหาการทุจริต ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
      'ตัวชี้วัด การใช้อำนาจ ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
      'ตัวชี้วัด ประสิทธิภาพการสื่อสาร ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
      'การประเมินตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and Transparency Assessment: OIT)',
    ]);
  });

  it('has 11 issues, 14 measures, 18 rows', () => {
    const { model, measureRows } = seed();
    expect(model.stats).toEqual({ sections: 5, issues: 11, measures: 14, rows: 18 });
    expect(measureRows).toHaveLength(18);
  });

  it('spans each issue cell down its rows (issue ๑: 4 rows, ๔: 3, ๕: 2, ๖: 2)', () => {
    const { measureRows } = seed();
    const spans = measureRows.map((r) => r.cells[0].rowSpan);
    expect(spans).toEqual([4, 0, 0, 0, 1, 1, 3, 0, 0, 2, 0, 2, 0, 1, 1, 1, 1, 1]);
    expect(text(measureRows[0].cells[0])).toBe('๑. สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณประจำปีของหน่วยงาน');
    expect(text(measureRows[1].cells[0])).toBe('');
  });

  it('numbers measures only when the issue has several, and targets only when the measure has several', () => {
    const { measureRows } = seed();
    const first = text(measureRows[0].cells[1]);
    expect(first).toMatch(/^๑\.๑ ตั้งคณะกรรมการด้านงบประมาณ/);
    expect(first).toContain('\nค่าเป้าหมาย:\n๑. มีการจัดประชุมคณะกรรมการ');
    expect(first).toContain('\n๒. ผู้แทนของสำนัก/หน่วย');
    // The continuation row of ๑.๑ carries on numbering: ๓.
    expect(text(measureRows[1].cells[1])).toMatch(/^ค่าเป้าหมาย:\n๓\. ในการประชุมสำนัก/);
    // ๑.๒ has a single target: unnumbered.
    expect(text(measureRows[2].cells[1])).toMatch(/^๑\.๒ สรุปแผนการใช้จ่ายงบประมาณ[\s\S]*\nค่าเป้าหมาย:\nมีสรุปแผน/);
    // Issue ๒ has a single measure: unnumbered.
    expect(text(measureRows[4].cells[1])).toMatch(/^ผู้อำนวยการแต่ละสำนัก/);
    // The label is bold.
    const label = measureRows[0].cells[1].paragraphs.find((p) => p.runs[0].text === 'ค่าเป้าหมาย:');
    expect(label?.runs[0].bold).toBe(true);
  });

  it('renders units by full name', () => {
    const { measureRows } = seed();
    const units = measureRows.map((r) => text(r.cells[5]));
    expect(units[0]).toBe('สำนักนโยบายและยุทธศาสตร์');
    expect(units[1]).toBe('ทุกสำนัก/หน่วย');
    expect(units[7]).toBe('สำนักบริหารกลาง + สำนักนโยบายและยุทธศาสตร์');
    expect(units[17]).toBe('สำนักบริหารกลาง');
  });

  it('keeps the values the brief lists', () => {
    const { measureRows } = seed();
    expect(text(measureRows[0].cells[2])).toContain('รวม ๒ ครั้ง ในปีงบประมาณ พ.ศ. ๒๕๖๗');
    const r1 = text(measureRows[0].cells[4]);
    expect(r1).toContain('ที่ ๒๒๗/๒๕๖๖ ลงวันที่ ๙ พ.ย. ๒๕๖๖');
    expect(r1).toContain('ครั้งที่ ๑/๒๕๖๖ เมื่อวันที่ ๒๐ ธ.ค. ๒๕๖๖');
    expect(r1).toContain('ครั้งที่ ๑/๒๕๖๗ เมื่อวันที่ ๑๖ พ.ค. ๒๕๖๗');
    for (const i of [7, 9]) {
      expect(text(measureRows[i].cells[2])).toContain('จัดอบรม ๑ ครั้ง (ผู้เข้าอบรม ๑๖๐ คน)');
      expect(text(measureRows[i].cells[4])).toContain('๒๘ กุมภาพันธ์ ๒๕๖๗');
    }
    for (const i of [1, 4, 12]) expect(text(measureRows[i].cells[2])).toBe('-');
  });

  it('keeps links as links, with the seed URLs', () => {
    const { measureRows } = seed();
    const links = measureRows.flatMap((r) =>
      r.cells.flatMap((c) => c.paragraphs.flatMap((p) => p.runs.filter((x) => x.link).map((x) => x.link))),
    );
    expect(links).toEqual([
      'https://www.nhrc.or.th/th/ita/Statistics-on-Corruption-Complaints',
      'https://www.nhrc.or.th/ethical-standards-and-requirements',
      'https://www.nhrc.or.th/webform/Form-corruption',
      'https://www.nhrc.or.th/webform/Form-corruption',
    ]);
  });

  it('bolds the unit sub-headings of issue ๗ and keeps their order', () => {
    const { measureRows } = seed();
    const bold = measureRows[13].cells[4].paragraphs
      .filter((p) => p.runs.every((r) => r.bold))
      .map((p) => p.runs[0].text);
    expect(bold).toEqual([
      '๑. สำนักส่งเสริมฯ',
      '๒. สำนักเฝ้าระวังฯ',
      '๓. สำนักดิจิทัลสิทธิมนุษยชน',
      '๔. หน่วยตรวจสอบภายใน',
      '๕. สำนักงาน กสม. ภาคใต้',
      '๖. สำนักงาน กสม. ภาคอีสาน',
    ]);
  });

  it('has no Arabic digit outside URLs, as the seed', () => {
    const { measureRows } = seed();
    const all = measureRows.flatMap((r) =>
      r.cells.flatMap((c) => c.paragraphs.flatMap((p) => p.runs.filter((x) => !x.link).map((x) => x.text))),
    );
    expect(all.join('\n')).not.toMatch(/[0-9]/);
  });

  it('switches to Arabic digits when configured, leaving URLs alone', () => {
    const { result } = seed();
    const arabic = buildReportModel(result.workbook, { ...result.workbook.config!, digitStyle: 'arabic' });
    expect(arabic.titleLines[1].text).toBe('ประจำปีงบประมาณ พ.ศ. 2567');
    const rows = arabic.body.filter((r): r is Extract<BodyRow, { kind: 'measure' }> => r.kind === 'measure');
    expect(text(rows[0].cells[0])).toMatch(/^1\. /);
  });
});
