/**
 * The report model (core/report-model.ts) on the sample agency, cell by cell (issue #19): the title block,
 * what staff typed kept beside what the forms add, spans, numbering, sections, and the counts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildReportModel,
  textParagraphs,
  type BodyRow,
  type Cell,
  type ReportModel,
  type RowContribution,
} from '../src/core/report-model';
import { parseWorkbook } from '../src/core/parse';
import type { WorkbookData } from '../src/core/workbook';
import { sampleAgency, setMeasure } from './tools/sample-agency';

function modelOf(data: WorkbookData, contributions: Map<string, RowContribution> = new Map()): ReportModel {
  const wb = parseWorkbook(data);
  return buildReportModel(wb, wb.config!, contributions);
}
const measures = (m: ReportModel) =>
  m.body.filter((r): r is Extract<BodyRow, { kind: 'measure' }> => r.kind === 'measure');
const lines = (cell: Cell) => cell.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
const para = (text: string) => ({ runs: [{ text }] });
const setConfig = (data: WorkbookData, label: string, value: unknown) => {
  data['ตั้งค่า']!.values.find((r) => r[0] === label)![1] = value;
  return data;
};

describe('the title block', () => {
  it('title and year lines, period, round, agency, compiled-by lines, each with its emphasis', () => {
    const data = setConfig(sampleAgency(), 'รวบรวมข้อมูลโดย', 'กองยุทธศาสตร์และแผนงาน\n  \n กลุ่มงานติดตาม ');
    expect(modelOf(data).titleLines).toEqual([
      { text: 'รายงานผลตามมาตรการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส', emphasis: 'title' },
      { text: 'ประจำปีงบประมาณ พ.ศ. 2568', emphasis: 'title' },
      { text: '(1 ตุลาคม 2567 – 31 มีนาคม 2568)', emphasis: 'normal' },
      { text: 'รอบ 6 เดือน', emphasis: 'normal' },
      { text: 'กรมส่งเสริมการเรียนรู้ตัวอย่าง', emphasis: 'agency' },
      { text: 'รวบรวมข้อมูลโดย กองยุทธศาสตร์และแผนงาน', emphasis: 'normal' },
      { text: 'กลุ่มงานติดตาม', emphasis: 'normal' },
    ]);
  });
  it('an agency name typed on two lines gives two agency lines; no compiled-by, no line for it', () => {
    const data = setConfig(
      setConfig(sampleAgency(), 'ชื่อหน่วยงาน', 'กรมตัวอย่าง\n\n สำนักงานเลขานุการกรม '),
      'รวบรวมข้อมูลโดย',
      '',
    );
    const title = modelOf(data).titleLines;
    expect(title.slice(4)).toEqual([
      { text: 'กรมตัวอย่าง', emphasis: 'agency' },
      { text: 'สำนักงานเลขานุการกรม', emphasis: 'agency' },
    ]);
  });
  it('in Thai digits when configured', () => {
    const model = modelOf(setConfig(sampleAgency(), 'รูปแบบตัวเลข', 'ไทย'));
    expect(model.titleLines.slice(1, 4).map((l) => l.text)).toEqual([
      'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘',
      '(๑ ตุลาคม ๒๕๖๗ – ๓๑ มีนาคม ๒๕๖๘)',
      'รอบ ๖ เดือน',
    ]);
    expect(model).toMatchObject({ fiscalYear: 2568, round: 6, digitStyle: 'thai', font: 'Sarabun' });
  });
});

describe('the body', () => {
  // Built for each test, not when the file loads: a mutant is only seen by the tests that run it.
  let model: ReportModel;
  let rows: ReturnType<typeof measures>;
  beforeEach(() => {
    model = modelOf(sampleAgency());
    rows = measures(model);
  });
  it('a section row per heading, by its report text; issue cells span their rows; counts', () => {
    expect(model.body.map((r) => (r.kind === 'section' ? `§${r.text}` : r.rowId))).toEqual([
      '§ตัวชี้วัด การปฏิบัติหน้าที่ ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
      'R1',
      'R2',
      'R3',
      '§ตัวชี้วัด คุณภาพการดำเนินงาน ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
      'R4',
    ]);
    expect(rows.map((r) => r.cells.map((c) => c.rowSpan))).toEqual([
      [3, 1, 1, 1, 1, 1],
      [0, 1, 1, 1, 1, 1],
      [0, 1, 1, 1, 1, 1],
      [1, 1, 1, 1, 1, 1],
    ]);
    expect(lines(rows[0].cells[0])).toEqual(['1. ส่งเสริมการปฏิบัติงานอย่างโปร่งใส']);
    expect(rows[1].cells[0].paragraphs).toEqual([]);
    expect(model.stats).toEqual({ sections: 2, issues: 2, measures: 3, rows: 4 });
  });
  it('measure numbers when the issue has several; targets numbered across the rows of a measure with several', () => {
    expect(lines(rows[0].cells[1])).toEqual([
      '1.1 จัดอบรมจริยธรรม',
      'ค่าเป้าหมาย:',
      '1. จัดอบรมไม่น้อยกว่า 1 ครั้ง',
      '2. ผู้เข้าอบรมไม่น้อยกว่า 50 คน',
    ]);
    expect(rows[0].cells[1].paragraphs[1].runs).toEqual([{ text: 'ค่าเป้าหมาย:', bold: true }]);
    // R2 continues measure 1.1: no measure text, its target numbered 3
    expect(lines(rows[1].cells[1])).toEqual(['ค่าเป้าหมาย:', '3. ประเมินผลการอบรม']);
    expect(lines(rows[2].cells[1])).toEqual(['1.2 เผยแพร่ประมวลจริยธรรม', 'ค่าเป้าหมาย:', 'เผยแพร่ไม่น้อยกว่า 2 ช่องทาง']);
    // issue 2 has one measure: unnumbered
    expect(lines(rows[3].cells[1])).toEqual(['พัฒนาช่องทางบริการออนไลน์', 'ค่าเป้าหมาย:', 'มีช่องทางบริการออนไลน์']);
  });
  it('output, outcome, result and units as typed; an evidence link already in the result is not repeated', () => {
    expect(lines(rows[0].cells[2])).toEqual(['จัดอบรม 1 ครั้ง']);
    expect(lines(rows[0].cells[3])).toEqual(['บุคลากรเข้าใจหลักจริยธรรม']);
    expect(lines(rows[0].cells[4])).toEqual(['กจ. จัดอบรมเมื่อวันที่ 15 ธ.ค. 2567', 'https://example.go.th/ethics-2568']);
    expect(lines(rows[1].cells[2])).toEqual(['-']);
    expect(lines(rows[2].cells[5])).toEqual(['กองยุทธศาสตร์และแผนงาน + กองการเจ้าหน้าที่']);
    expect(lines(rows[3].cells[5])).toEqual(['ทุกสำนัก/หน่วย']);
  });
  it('a measure number typed in an issue of one measure (a warning) is not printed', () => {
    const data = setMeasure(sampleAgency(), 4, 'มาตรการที่', '2.1');
    expect(lines(measures(modelOf(data))[3].cells[1])[0]).toBe('พัฒนาช่องทางบริการออนไลน์');
  });
  it('an evidence link not in the row’s text is added to the result as a link of its own', () => {
    const data = setMeasure(
      sampleAgency(),
      4,
      'ลิงก์หลักฐาน',
      'https://example.go.th/online\nhttps://example.go.th/ethics-2568',
    );
    setMeasure(data, 4, 'ผลผลิต', 'ดู https://example.go.th/ethics-2568');
    const r4 = measures(modelOf(data))[3];
    expect(lines(r4.cells[4])).toEqual(['เปิดใช้ระบบเมื่อ มี.ค. 2568', 'https://example.go.th/online']);
    expect(r4.cells[4].paragraphs[1].runs).toEqual([
      { text: 'https://example.go.th/online', link: 'https://example.go.th/online' },
    ]);
  });
  it('an evidence link whose URL is only the start of a longer one in the text is still printed (it was dropped)', () => {
    // The text cites the statistics page; the evidence is the ITA section itself: two links, both printed.
    const data = setMeasure(
      sampleAgency(),
      4,
      'ลิงก์หลักฐาน',
      'https://example.go.th/ita\nhttps://example.go.th/ita/stat',
    );
    setMeasure(data, 4, 'ผลการดำเนินงาน', 'เผยแพร่สถิติที่ https://example.go.th/ita/stat');
    const r4 = measures(modelOf(data))[3];
    expect(lines(r4.cells[4])).toEqual(['เผยแพร่สถิติที่ https://example.go.th/ita/stat', 'https://example.go.th/ita']);
    expect(r4.cells[4].paragraphs[1].runs).toEqual([
      { text: 'https://example.go.th/ita', link: 'https://example.go.th/ita' },
    ]);
  });
  it('a heading code not in the headings sheet prints as typed', () => {
    const data = sampleAgency();
    data['ตัวชี้วัด']!.values.pop();
    const sections = modelOf(data).body.filter((r) => r.kind === 'section');
    expect(sections.map((s) => (s as { text: string }).text)[1]).toBe('EIT1');
  });
  it('an issue split by a heading starts again under the new heading', () => {
    const data = setMeasure(sampleAgency(), 3, 'ตัวชี้วัด', 'EIT1');
    const model = modelOf(data);
    expect(model.body.map((r) => (r.kind === 'section' ? 'S' : `${r.rowId}:${r.cells[0].rowSpan}`))).toEqual([
      'S',
      'R1:2',
      'R2:0',
      'S',
      'R3:1',
      'R4:1',
    ]);
    expect(lines(measures(model)[2].cells[1])[0]).toBe('1.2 เผยแพร่ประมวลจริยธรรม');
    expect(model.stats.sections).toBe(2);
  });
});

describe('what the forms add', () => {
  it('after what staff typed in output, outcome and result, which stays', () => {
    const c = new Map([
      ['R1', { output: [para('แบบฟอร์ม ผลผลิต')], outcome: [para('แบบฟอร์ม ผลสัมฤทธิ์')], result: [para('แบบฟอร์ม ผล')] }],
    ]);
    const r1 = measures(modelOf(sampleAgency(), c))[0];
    expect(lines(r1.cells[2])).toEqual(['จัดอบรม 1 ครั้ง', 'แบบฟอร์ม ผลผลิต']);
    expect(lines(r1.cells[3])).toEqual(['บุคลากรเข้าใจหลักจริยธรรม', 'แบบฟอร์ม ผลสัมฤทธิ์']);
    expect(lines(r1.cells[4])).toEqual([
      'กจ. จัดอบรมเมื่อวันที่ 15 ธ.ค. 2567',
      'https://example.go.th/ethics-2568',
      'แบบฟอร์ม ผล',
    ]);
  });
  it('a blank output filled by the forms has no "-"; left blank by them too, it shows "-"', () => {
    const data = setMeasure(sampleAgency(), 4, 'ผลผลิต', '');
    expect(
      lines(measures(modelOf(data, new Map([['R4', { output: [para('ดำเนินการรวม 3 ครั้ง')] }]])))[3].cells[2]),
    ).toEqual(['ดำเนินการรวม 3 ครั้ง']);
    expect(lines(measures(modelOf(data, new Map([['R4', { output: [] }]])))[3].cells[2])).toEqual(['-']);
    expect(lines(measures(modelOf(data, new Map([['R4', { result: [para('x')] }]])))[3].cells[2])).toEqual(['-']);
  });
});

describe('cell text', () => {
  it('one paragraph per non-blank line, a **line** bold, URLs as links with the digits around them converted', () => {
    expect(textParagraphs('  ก 1  \n\n**หัวข้อ 2**\nดู https://a.th/3 ข้อ 4', 'thai')).toEqual([
      { runs: [{ text: 'ก ๑' }] },
      { runs: [{ text: 'หัวข้อ ๒', bold: true }] },
      { runs: [{ text: 'ดู ' }, { text: 'https://a.th/3', link: 'https://a.th/3' }, { text: ' ข้อ ๔' }] },
    ]);
    // a wrapped part of a line is bold too (the marks are never printed); a whole wrapped line is trimmed
    expect(textParagraphs('ดู **หมายเหตุ**\n**ก** ข\n** ค **', 'arabic')).toEqual([
      { runs: [{ text: 'ดู ' }, { text: 'หมายเหตุ', bold: true }] },
      { runs: [{ text: 'ก', bold: true }, { text: ' ข' }] },
      { runs: [{ text: 'ค', bold: true }] },
    ]);
    expect(textParagraphs('**https://a.th**', 'arabic')).toEqual([
      { runs: [{ text: 'https://a.th', link: 'https://a.th', bold: true }] },
    ]);
  });

  it('a bold sub-heading followed by its text on one line, as the seed prints "๕. สำนักงาน กสม. ภาคใต้": no "**" printed', () => {
    // Was: a line not wholly wrapped printed its marks ("**๕. สำนักงาน กสม. ภาคใต้** จัดทำ…"), and a line holding two
    // wrapped parts was bold whole with the inner marks printed ("ก** และ **ข").
    expect(textParagraphs('**5. สำนักงาน กสม. ภาคใต้** จัดทำข้อมูล 2 เรื่อง', 'thai')).toEqual([
      { runs: [{ text: '๕. สำนักงาน กสม. ภาคใต้', bold: true }, { text: ' จัดทำข้อมูล ๒ เรื่อง' }] },
    ]);
    expect(textParagraphs('**ก** และ **ข**', 'thai')).toEqual([
      { runs: [{ text: 'ก', bold: true }, { text: ' และ ' }, { text: 'ข', bold: true }] },
    ]);
    expect(textParagraphs('**ดู** https://a.th/1', 'thai')).toEqual([
      { runs: [{ text: 'ดู', bold: true }, { text: ' ' }, { text: 'https://a.th/1', link: 'https://a.th/1' }] },
    ]);
    // Marks that do not pair, or wrap a space, stay as typed.
    expect(textParagraphs('ราคา 5** และ ****', 'arabic')).toEqual([{ runs: [{ text: 'ราคา 5** และ ****' }] }]);
  });
});
