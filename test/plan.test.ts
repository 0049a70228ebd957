/**
 * [plan] The measures plan without Apps Script: its validation, its model through the Docs simulator, its .docx
 * (the XML: tables, merges, repeated header rows, the chart image and its size) and the chart PNG itself.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildPlanModel, type PlanModel } from '../src/core/plan-model';
import { parseBudget, validatePlanData } from '../src/core/plan-validation';
import { itaLevel } from '../src/core/plan-inputs';
import { buildReportModel } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import type { WorkbookData } from '../src/core/workbook';
import { sarabunFontFiles } from '../src/cli/chart-fonts';
import { chartSpec, chartText, CHART_PIXELS, CHART_SCALE, pngSize, renderChartPng } from '../src/render/plan-chart';
import { buildPlanDocsRequests, CHART_MARKER } from '../src/render/plan-docs-requests';
import { renderPlanDocx } from '../src/render/plan-docx';
import { DocsSimulator } from './tools/docs-simulator';
import { seedWorkbook } from './tools/seed';

const SCORES = 'ผลการประเมินปีก่อน';

function planOf(data: WorkbookData = seedWorkbook()): PlanModel {
  const result = validatePlanData(data);
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return buildPlanModel(result, result.workbook.config!);
}

/** The seed as a workbook made before the plan: no scores sheet, no plan columns or config rows. */
function oldWorkbook(): WorkbookData {
  const data = seedWorkbook();
  delete data[SCORES];
  const drop = (name: string, headers: string[]) => {
    const values = data[name]!.values;
    const keep = values[0].map((h, i) => (headers.includes(String(h)) ? -1 : i)).filter((i) => i >= 0);
    data[name] = { values: values.map((r) => keep.map((i) => r[i])) };
  };
  drop('ตัวชี้วัด', ['ตัวชี้วัดที่']);
  drop('มาตรการ', ['ระยะเวลาดำเนินการ', 'งบประมาณ (บาท)']);
  data['ตั้งค่า'] = {
    values: data['ตั้งค่า']!.values.filter((r) => !['ปีที่ประเมิน', 'คะแนนรวม', 'คะแนนเป้าหมาย'].includes(String(r[0]))),
  };
  return data;
}

function edit(data: WorkbookData, sheet: string, rowIndex: number, header: string, value: unknown): WorkbookData {
  const values = data[sheet]!.values;
  values[rowIndex][values[0].indexOf(header)] = value;
  return data;
}

describe('plan validation', () => {
  it('the seed (with its invented FY 2566 scores) has no errors; the indicator below target with no issue is a warning on its score', () => {
    const result = validatePlanData(seedWorkbook());
    expect(result.errors).toBe(0);
    const unaddressed = result.findings.filter((f) => f.rule === 'plan-indicator-unaddressed');
    expect(unaddressed).toMatchObject([{ severity: 'warning', sheet: SCORES, row: 9, column: 4, header: 'คะแนน' }]);
    expect(unaddressed[0].messageTh).toContain('ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน');
  });

  it('scores outside 0–100, a heading without its indicator, a budget that is not a number: errors on their cells', () => {
    const data = seedWorkbook();
    edit(data, SCORES, 1, 'คะแนน', 101);
    edit(data, SCORES, 2, 'คะแนน', 'ดี');
    edit(data, 'ตัวชี้วัด', 3, 'ตัวชี้วัดที่', '');
    edit(data, 'ตัวชี้วัด', 4, 'ตัวชี้วัดที่', 11);
    edit(data, 'มาตรการ', 4, 'งบประมาณ (บาท)', 'ห้าพัน');
    edit(data, 'มาตรการ', 5, 'งบประมาณ (บาท)', '');
    const found = validatePlanData(data)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => `${f.rule} ${f.sheet}!${f.row}:${f.column}`);
    expect(found).toEqual([
      'plan-heading-indicator-missing ตัวชี้วัด!4:4',
      'plan-heading-indicator-invalid ตัวชี้วัด!5:4',
      'plan-budget-invalid มาตรการ!5:16',
      'plan-budget-missing มาตรการ!6:16',
      'plan-score-invalid ผลการประเมินปีก่อน!2:4',
      'plan-score-invalid ผลการประเมินปีก่อน!3:4',
    ]);
  });

  it('budgets: numbers (commas, Thai digits, บาท) or ไม่ใช้งบประมาณ; levels by the ITA bands', () => {
    expect(parseBudget('50,000')).toBe(50000);
    expect(parseBudget('๑๒,๕๐๐.๕๐ บาท')).toBe(12500.5);
    expect(parseBudget('ไม่ใช้ งบประมาณ')).toBe('none');
    expect(parseBudget('ห้าพัน')).toBeUndefined();
    // The way Thai official papers write an amount: "50,000.- บาท".
    expect(['50,000.-', '50,000.- บาท', '๕๐,๐๐๐.-'].map(parseBudget)).toEqual([50000, 50000, 50000]);
    expect(['-5000', '50,000.--', '.-'].map(parseBudget)).toEqual([undefined, undefined, undefined]);
    expect([95, 94.99, 85, 75, 65, 55, 50, 49.99].map(itaLevel)).toEqual(['AA', 'A', 'A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('a workbook made before the plan: the plan says what is missing; the report is exactly as before', () => {
    const old = oldWorkbook();
    const plan = validatePlanData(old);
    const rules = plan.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.header || f.sheet}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        'sheet-missing ผลการประเมินปีก่อน',
        'header-missing ตัวชี้วัดที่',
        'header-missing งบประมาณ (บาท)',
        'plan-year-missing ปีที่ประเมิน',
      ]),
    );
    const before = validateWorkbookData(old);
    const now = validateWorkbookData(seedWorkbook());
    expect([before.errors, before.warnings]).toEqual([now.errors, now.warnings]);
    expect(buildReportModel(before.workbook, before.workbook.config!)).toEqual(
      buildReportModel(now.workbook, now.workbook.config!),
    );
  });
});

describe('the plan through the Docs simulator', () => {
  it('scores table, chart paragraph, analysis and the measures table with merges, timeframes, budgets and a pinned header', () => {
    const model = planOf();
    const plan = buildPlanDocsRequests(model, { footerText: 'มาตรการ · ทดสอบ' });
    const doc = new DocsSimulator();
    const replies = plan.batches.map((b) => doc.batchUpdate(b));
    const footerId = replies[0].replies.find((r) => r.createFooter)!.createFooter as { footerId: string };
    doc.batchUpdate(plan.footerRequests(footerId.footerId));
    expect(doc.endIndex).toBe(plan.stats.bodyEndIndex);
    expect(doc.footer()[0].text).toBe('มาตรการ · ทดสอบ');

    const paragraphs = doc.paragraphs();
    const marker = paragraphs.find((p) => p.text === CHART_MARKER)!;
    expect(marker.style.alignment).toBe('CENTER');
    expect(plan.chartMarkers).toBe(1);
    const texts = paragraphs.map((p) => p.text);
    expect(texts).toContain('หน่วยงาน ได้คะแนนรวม ๘๔.๓๖ คะแนน อยู่ในระดับ B (คะแนนเป้าหมาย ๘๕ คะแนน)');
    expect(texts).toContain('รวมงบประมาณ ๒๒๕,๐๐๐ บาท');
    // Headings bold at the title block's normal size; the analysis' indicator lines bold.
    const heading = paragraphs.find((p) => p.text.startsWith('๒. การวิเคราะห์'))!;
    expect(heading.runs[0].style).toMatchObject({ bold: true, fontSize: { magnitude: 14, unit: 'PT' } });

    const [scores, measures] = doc.tables();
    expect(scores.cells.slice(1, 11).map((r) => r[3].text)).toEqual([
      '๙๒.๓๕',
      '๗๘.๔๒',
      '๘๓.๑๐',
      '๘๘.๗๖',
      '๘๐.๐๕',
      '๙๐.๑๒',
      '๘๒.๖๔',
      '๘๔.๒๐',
      '๗๙.๐๐',
      '๘๗.๕๐',
    ]);
    expect(scores.merges).toEqual([{ row: 11, column: 0, rowSpan: 1, columnSpan: 3 }]);
    // Cells never take the bold of the heading the table follows.
    expect(scores.cells[1][1].paragraphs[0].runs[0].style.bold).toBe(false);
    expect(scores.cells[0][0].style.backgroundColor).toBeDefined();

    expect(measures.pinnedHeaderRows).toBe(1);
    // Section rows across all six columns; issue 1 spans its 4 rows, measure 1.1 its 2.
    expect(measures.merges.filter((m) => m.columnSpan === 6)).toHaveLength(5);
    expect(measures.merges).toContainEqual({ row: 2, column: 0, rowSpan: 4, columnSpan: 1 });
    expect(measures.merges).toContainEqual({ row: 2, column: 1, rowSpan: 2, columnSpan: 1 });
    expect(measures.cells[2][1].text.startsWith('๑.๑ ตั้งคณะกรรมการด้านงบประมาณ')).toBe(true);
    expect(measures.cells[2][2].text.startsWith('๑. ')).toBe(true);
    expect(measures.cells[3][2].text.startsWith('๓. ')).toBe(true); // targets numbered across the measure's rows
    const rows = measures.cells.filter((r, i) => i > 0 && r[0].columnSpan !== 6);
    expect(rows.map((r) => r[4].text)).toEqual([
      'ไม่ใช้งบประมาณ',
      'ไม่ใช้งบประมาณ',
      'ไม่ใช้งบประมาณ',
      '๑๕,๐๐๐',
      'ไม่ใช้งบประมาณ',
      'ไม่ใช้งบประมาณ',
      '๒๐,๐๐๐',
      '๖๐,๐๐๐',
      '๒๕,๐๐๐',
      '๓๐,๐๐๐',
      'ไม่ใช้งบประมาณ',
      'ไม่ใช้งบประมาณ',
      'ไม่ใช้งบประมาณ',
      'ไม่ใช้งบประมาณ',
      '๔๐,๐๐๐',
      'ไม่ใช้งบประมาณ',
      '๓๕,๐๐๐',
      'ไม่ใช้งบประมาณ',
    ]);
    expect(rows.every((r) => /^[ก-๙]/.test(r[3].text))).toBe(true);
  });
});

describe('the plan as .docx and the chart', () => {
  it('the chart PNG: 2x the picture size, drawn (not blank), and the spec has the target rule and 10 bars', async () => {
    const model = planOf();
    const png = await renderChartPng(model.chart, sarabunFontFiles());
    expect(pngSize(png)).toEqual({
      width: CHART_PIXELS.width * CHART_SCALE,
      height: CHART_PIXELS.height * CHART_SCALE,
    });
    expect(png.length).toBeGreaterThan(20_000); // text and bars; a blank 1440 x 720 PNG is a few KB
    const spec = chartSpec(model.chart) as { layer: { mark: { type: string }; data: { values: unknown[] } }[] };
    expect(spec.layer.map((l) => l.mark.type)).toEqual(['bar', 'text', 'rule', 'text']);
    expect(spec.layer[0].data.values).toHaveLength(10);
    expect(spec.layer[2].data.values).toEqual([{ target: 85, text: 'คะแนนเป้าหมาย ๘๕' }]);
    expect(chartText('การดำเนินงาน น้ำ')).toBe('การด\u0e4d\u0e32เนินงาน น\u0e49\u0e4d\u0e32');
  });

  it('the .docx: the image (its PNG in word/media, 540 x 270 pt), both tables with repeated header rows, merges, budgets', async () => {
    const model = planOf();
    const png = await renderChartPng(model.chart, sarabunFontFiles());
    const zip = await JSZip.loadAsync(await renderPlanDocx(model, { chartPng: png, footerText: 'มาตรการ' }));
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(await zip.file(media[0])!.async('uint8array')).equals(png)).toBe(true);
    const xml = await zip.file('word/document.xml')!.async('string');
    // 540 x 270 pt in EMU (12,700 a point).
    expect(xml).toMatch(/<wp:extent cx="6858000" cy="3429000"\/>/);
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
    expect(tables).toHaveLength(2);
    for (const t of tables) expect(t.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const text = (s: string) => [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const rows = (t: string) => [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]);
    expect(text(rows(tables[0])[2])).toBe('๒การใช้งบประมาณIIT๗๘.๔๒ต่ำกว่าเป้าหมาย');
    expect(rows(tables[1])).toHaveLength(24);
    expect(tables[1].match(/<w:gridSpan w:val="6"\/>/g)).toHaveLength(5);
    // One restart per cell spanning rows: the issue and measure cells the model merges (the Doc's merges too).
    const table = model.blocks.find((b) => b.kind === 'table' && b.rows[0].length === 6);
    const spanning = table!.kind === 'table' ? table!.rows.flat().filter((c) => c.rowSpan > 1).length : 0;
    expect(spanning).toBe(8);
    expect(tables[1].match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(spanning);
    // Each section row keeps with the row after it (an indicator heading never ends a page alone); no other row does.
    const keeps = rows(tables[1]).map((r) => r.includes('<w:keepNext/>'));
    const sectionRows = rows(tables[1]).map((r) => r.includes('<w:gridSpan w:val="6"/>'));
    expect(keeps).toEqual(sectionRows);
    expect(rows(tables[0]).some((r) => r.includes('<w:keepNext/>'))).toBe(false);
    expect(text(tables[1])).toContain('ก.ค. – ส.ค. ๒๕๖๗๑๕,๐๐๐');
    expect(text(xml)).toContain('ยังไม่มีประเด็นการพัฒนาที่แก้ไขตัวชี้วัดนี้');
  });
});
