/**
 * [plan] The menu action "สร้างเอกสารมาตรการ (Google Doc)" (global generatePlan) run from the built bundle over the
 * fakes: the Docs advanced service over the Docs simulator, DocumentApp over the same documents, the Charts fake.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE, setConfig } from './tools/report-project';
import { DocsSimulator } from './tools/docs-simulator';
import { planProject } from './tools/plan-project';
import { createGasGlobals, loadBundle, type GasFakes } from './fakes';
import { fakeDocs } from './tools/fake-docs';

const pngSize = (b: Uint8Array) => ({
  width: Buffer.from(b).readUInt32BE(16),
  height: Buffer.from(b).readUInt32BE(20),
});

describe.skipIf(!existsSync(BUNDLE))('generatePlan (bundle + fakes + Docs simulator + DocumentApp + Charts)', () => {
  it('writes the plan Doc: scores table, the chart image where its paragraph was, the analysis, the measures table', () => {
    const { fakes, docs, drive, folderId, context } = planProject();
    context.generatePlan();
    const done = fakes.recorded.alerts.at(-1)!;
    expect(done.title).toBe('สร้างเอกสารมาตรการเสร็จแล้ว');
    expect(docs.createCalls).toBe(1);
    expect(docs.batchCalls).toBe(2); // the body, then the footer line
    const [[id, { doc }]] = [...docs.docs];

    // The chart: built by the Charts service from the 10 scores and the target, as a second series.
    const [chart] = fakes.services.Charts._built;
    expect(chart.rows).toHaveLength(10);
    expect(chart.rows[1]).toEqual(['๒. การใช้งบประมาณ', 78.42, 85]);
    expect(chart.columns.map((c) => c.label)).toEqual(['ตัวชี้วัด', 'คะแนน', 'คะแนนเป้าหมาย ๘๕']);
    expect(chart.options).toMatchObject({ range: [0, 100], dimensions: { width: 720, height: 360 } });
    // ... and put in the Doc by DocumentApp, at 540 x 270 pt (720 x 360 px), in place of the marker.
    const images = doc.images();
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ contentType: 'image/png', width: 720, height: 360 });
    expect(pngSize(images[0].bytes)).toEqual({ width: 720, height: 360 });
    const texts = doc.paragraphs().map((p) => p.text);
    expect(texts.join('\n')).not.toContain('ITACHARTIMAGEPLACEHOLDER');
    const imageAt = texts.indexOf('{IMAGE}');
    expect(doc.paragraphs()[imageAt].style.alignment).toBe('CENTER');
    expect(texts[imageAt + 1]).toMatch(/^แผนภูมิ: คะแนนรายตัวชี้วัด ITA ปี พ\.ศ\. ๒๕๖๖/);

    expect(texts[0]).toBe('มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน');
    // The analysis names the indicators below target, weakest first, and the one no issue addresses.
    const below = texts.filter((t) => /^\([๐-๙]+\) ตัวชี้วัดที่/.test(t)).map((t) => /ตัวชี้วัดที่ ([๐-๙]+)/.exec(t)![1]);
    expect(below).toEqual(['๒', '๙', '๕', '๗', '๓', '๘']);
    expect(texts[texts.findIndex((t) => t.startsWith('(๖) ตัวชี้วัดที่ ๘')) + 1]).toMatch(/^ยังไม่มีประเด็นการพัฒนา/);

    const [scores, measures] = doc.tables();
    expect(scores.rows).toBe(12);
    expect(scores.cells[2].map((c) => c.text)).toEqual(['๒', 'การใช้งบประมาณ', 'IIT', '๗๘.๔๒', 'ต่ำกว่าเป้าหมาย']);
    expect(scores.cells[11][0]).toMatchObject({ text: 'คะแนนรวม (ระดับ B)', columnSpan: 3 });
    expect(scores.pinnedHeaderRows).toBe(1);
    expect(measures.pinnedHeaderRows).toBe(1);
    expect(measures.cells[0].map((c) => c.text)).toEqual([
      'ประเด็นการพัฒนา จากการวิเคราะห์ผลการประเมิน',
      'มาตรการ/แนวทางปฏิบัติ',
      'ค่าเป้าหมาย',
      'ระยะเวลาดำเนินการ',
      'งบประมาณ (บาท)',
      'ผู้รับผิดชอบ',
    ]);
    // 18 measure rows + 5 section rows + the header; each measure row has its timeframe and budget.
    expect(measures.rows).toBe(24);
    const bodyRows = measures.cells.slice(1).filter((r) => r[0].columnSpan !== 6);
    expect(bodyRows).toHaveLength(18);
    for (const r of bodyRows) {
      expect(r[3].text).toMatch(/[ก-๙]/);
      expect(r[4].text).toMatch(/^(ไม่ใช้งบประมาณ|[๐-๙,]+)$/);
    }
    expect(bodyRows[3][4].text).toBe('๑๕,๐๐๐');

    const file = drive._item(id)!;
    expect(file.parents).toEqual([folderId]);
    expect(file.name).toMatch(/^มาตรการส่งเสริมคุณธรรม.*ปีงบประมาณ ๒๕๖๗ \(สร้างเมื่อ /);
    expect(done.prompt).toContain(`https://docs.google.com/document/d/${id}/edit`);
    expect(done.prompt).toContain('ตัวชี้วัดที่ ๘'); // the warning about the unaddressed indicator
    const history = fakes.sheet('ประวัติการสร้างรายงาน')._values();
    expect(history.at(-1)![8]).toBe('สำเร็จ');
    // What the image costs: one chart (10 rows added) and 11 DocumentApp calls, whatever the number of measures.
    expect(fakes.calls.count('DataTableBuilder.addRow')).toBe(10);
    expect(fakes.calls.count('Chart.getAs')).toBe(1);
    const documentAppCalls = [
      'DocumentApp.*',
      'Document.*',
      'Body.*',
      'RangeElement.*',
      'Text.*',
      'Paragraph.*',
      'InlineImage.*',
    ].map((n) => fakes.calls.count(n));
    expect(documentAppCalls.reduce((a, b) => a + b, 0)).toBe(11);
  });

  it("with the report's template Doc in the config: written into a copy, its page number kept under the footer line", () => {
    const { fakes, docs, context } = planProject();
    const templateId = docs.addTemplate(DocsSimulator.fromTemplate({ pageNumberFooter: true }));
    setConfig(fakes, 'แม่แบบรายงาน (Google Doc)', `https://docs.google.com/document/d/${templateId}/edit`);
    context.generatePlan();
    expect(fakes.recorded.alerts.at(-1)!.title).toBe('สร้างเอกสารมาตรการเสร็จแล้ว');
    expect(docs.createCalls).toBe(0);
    const copyId = [...docs.docs.keys()].find((id) => id !== templateId)!;
    const { doc } = docs.docs.get(copyId)!;
    expect(doc.footer().map((p) => p.text)).toEqual([
      expect.stringMatching(/^มาตรการส่งเสริม.*สร้างเมื่อ/),
      '{PAGE_NUMBER}',
    ]);
    expect(doc.images()).toHaveLength(1);
    expect(docs.docs.get(templateId)!.doc.images()).toHaveLength(0);
  });

  it('a workbook made before the plan (no scores sheet) gets a Thai reason naming the sheet, and nothing is made', () => {
    const { fakes, docs, context } = planProject({ withoutPlanData: true });
    context.generatePlan();
    const alert = fakes.recorded.alerts.at(-1)!;
    expect(alert.title).toBe('ยังสร้างเอกสารมาตรการไม่ได้');
    expect(alert.prompt).toContain('ไม่พบชีต "ผลการประเมินปีก่อน"');
    expect(docs.createCalls).toBe(0);
    expect(fakes.services.Charts._built).toHaveLength(0);
  });

  it('a score out of range and a budget that is not a number are errors with their sheet, row and column', () => {
    const { fakes, docs, context } = planProject();
    fakes.sheet('ผลการประเมินปีก่อน')._setValues(3, 4, [[120]]);
    const measures = fakes.sheet('มาตรการ');
    const budgetColumn = measures._values()[0].indexOf('งบประมาณ (บาท)') + 1;
    measures._setValues(5, budgetColumn, [['ห้าพันบาท']]);
    context.generatePlan();
    const alert = fakes.recorded.alerts.at(-1)!;
    expect(alert.prompt).toContain('ชีต "ผลการประเมินปีก่อน" แถว 3 คอลัมน์ คะแนน: คะแนนต้องเป็นตัวเลข ๐–๑๐๐');
    expect(alert.prompt).toContain('ชีต "มาตรการ" แถว 5 คอลัมน์ งบประมาณ (บาท): งบประมาณต้องเป็นตัวเลข');
    expect(docs.createCalls).toBe(0);
  });

  it('a batch refused part-way: the Doc is trashed and renamed as failed, no image is put in', () => {
    const { fakes, docs, drive, context } = planProject({
      permanentFailure: 'Invalid requests[3].insertText: boom (400)',
    });
    context.generatePlan();
    const [[id, { doc }]] = [...docs.docs];
    expect(drive._item(id)!.trashed).toBe(true);
    expect(doc.images()).toHaveLength(0);
    expect(fakes.recorded.alerts.at(-1)!.title).toBe('สร้างเอกสารมาตรการไม่สำเร็จ');
  });

  it('set-up creates the scores sheet with the 10 indicators once, and keeps scores staff typed', () => {
    const { fakes, context } = planProject({ withoutPlanData: true });
    context.setupWorkbook();
    const sheet = fakes.sheet('ผลการประเมินปีก่อน');
    const rows = sheet._values();
    expect(rows[0]).toEqual(['ตัวชี้วัดที่', 'ชื่อตัวชี้วัด', 'แบบวัด', 'คะแนน']);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      [1, 'การปฏิบัติหน้าที่', 'IIT'],
      [2, 'การใช้งบประมาณ', 'IIT'],
      [3, 'การใช้อำนาจ', 'IIT'],
      [4, 'การใช้ทรัพย์สินของราชการ', 'IIT'],
      [5, 'การแก้ไขปัญหาการทุจริต', 'IIT'],
      [6, 'คุณภาพการดำเนินงาน', 'EIT'],
      [7, 'ประสิทธิภาพการสื่อสาร', 'EIT'],
      [8, 'การปรับปรุงระบบการทำงาน', 'EIT'],
      [9, 'การเปิดเผยข้อมูล', 'OIT'],
      [10, 'การป้องกันการทุจริต', 'OIT'],
    ]);
    sheet._setValues(2, 4, [[91.5]]);
    const alerts = fakes.recorded.alerts.length;
    context.setupWorkbook();
    expect(fakes.recorded.alerts[alerts].prompt).toBe('สมุดงานครบถ้วนแล้ว ไม่มีสิ่งที่ต้องเพิ่ม');
    expect(sheet._values()[1][3]).toBe(91.5);
  });

  it('from a blank spreadsheet: set-up, the example data (its invented scores included), then the plan', () => {
    const holder: { fakes?: GasFakes } = {};
    const docs = fakeDocs(() => holder.fakes!);
    const fakes = (holder.fakes = createGasGlobals({ docs, documents: (id) => docs.docs.get(id)?.doc }));
    const context = loadBundle(BUNDLE, fakes.globals);
    context.setupWorkbook();
    context.fillExampleData();
    expect(fakes.recorded.alerts.at(-1)!.prompt).toContain('ใส่คะแนนตัวอย่าง (สมมุติ) 10 ตัวชี้วัด');
    expect(fakes.sheet('ผลการประเมินปีก่อน')._values()[2]).toEqual([2, 'การใช้งบประมาณ', 'IIT', 78.42]);
    context.generatePlan();
    expect(fakes.recorded.alerts.at(-1)!.title).toBe('สร้างเอกสารมาตรการเสร็จแล้ว');
    expect([...docs.docs.values()][0].doc.images()).toHaveLength(1);
  });
});
