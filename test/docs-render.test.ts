import { describe, expect, it } from 'vitest';
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import { buildReportModel, COLUMN_WEIGHTS, type Cell, type ReportModel, type Run } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import type { WorkbookData } from '../src/core/workbook';
import {
  buildDocsRequests,
  cellParagraphIndex,
  footerIdFromReplies,
  PAGE,
  type DocsRenderOptions,
} from '../src/render/docs-requests';
import { DocsApiError, DocsSimulator, type CellView, type Json } from './tools/docs-simulator';
import { applyPlan } from './tools/docs-simulator/apply-plan';
import { documentToHtml } from './tools/docs-simulator/html';
import { generateWorkbook } from './tools/generate-workbook';
import { seedWorkbook } from './tools/seed';

type Request = docs_v1.Schema$Request;

function modelOf(data: WorkbookData): ReportModel {
  const parsed = validateWorkbookData(data);
  expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return buildReportModel(parsed.workbook, parsed.workbook.config!);
}

/** Sends a plan to a fresh simulated document as Apps Script would: body batches, then the footer. */
function render(model: ReportModel, options: DocsRenderOptions = {}) {
  const plan = buildDocsRequests(model, options);
  return { plan, doc: applyPlan(plan) };
}

const paragraphsText = (cell: Cell) => cell.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
const runsOf = (cell: Cell): Run[] => cell.paragraphs.flatMap((p) => p.runs);
const simRuns = (cell: CellView) => cell.paragraphs.flatMap((p) => p.runs);
const mag = (v: unknown) => (v as { magnitude: number }).magnitude;
const family = (style: Json) => (style.weightedFontFamily as { fontFamily?: string } | undefined)?.fontFamily;

/**
 * The seed's model, plan and simulated document, built inside each test that uses them: code run when the file
 * loads belongs to no test, and Stryker would run its mutants against the whole suite. The simulator (a test
 * tool, the slow part) is reused for a plan it has already applied.
 */
const simulated = new Map<string, ReturnType<typeof applyPlan>>();
function seed() {
  const seedModel = modelOf(seedWorkbook());
  const seedPlan = buildDocsRequests(seedModel, { footerText: 'ท้ายกระดาษ ๒๕๖๗' });
  const key = JSON.stringify(seedPlan);
  if (!simulated.has(key)) simulated.set(key, applyPlan(seedPlan));
  const seedDoc = simulated.get(key)!;
  return { seedModel, seedPlan, seedDoc, table: seedDoc.tables()[0] };
}

describe('Google Doc report for the seed fixture (through the Docs simulator)', () => {
  it('is A4 landscape with the configured margins', () => {
    const { seedDoc } = seed();
    const ds = seedDoc.documentStyle as Record<string, { magnitude: number; unit: string } & Record<string, unknown>>;
    const size = ds.pageSize as unknown as { width: { magnitude: number }; height: { magnitude: number } };
    expect(size.width.magnitude).toBeCloseTo(841.89, 1); // 297 mm
    expect(size.height.magnitude).toBeCloseTo(595.28, 1); // 210 mm
    expect(size.width.magnitude).toBeGreaterThan(size.height.magnitude);
    for (const side of ['marginLeft', 'marginRight', 'marginTop', 'marginBottom']) {
      expect(ds[side].unit).toBe('PT');
      expect(ds[side].magnitude).toBeGreaterThanOrEqual(28);
      expect(ds[side].magnitude).toBeLessThanOrEqual(72);
    }
  });

  it('sets the title block centred, in order, the title lines bold and larger', () => {
    const { seedModel, seedDoc } = seed();
    const paragraphs = seedDoc.paragraphs();
    const title = paragraphs.slice(0, seedModel.titleLines.length);
    expect(title.map((p) => p.text)).toEqual(seedModel.titleLines.map((l) => l.text));
    for (const [i, p] of title.entries()) {
      expect(p.style.alignment).toBe('CENTER');
      expect(p.runs).toHaveLength(1);
      const style = p.runs[0].style;
      expect(family(style)).toBe('Sarabun');
      const emphasis = seedModel.titleLines[i].emphasis;
      expect(Boolean(style.bold)).toBe(emphasis !== 'normal');
      expect(mag(style.fontSize)).toBeGreaterThanOrEqual(14);
    }
    expect(title[0].runs[0].style.bold).toBe(true);
    // The body is: title lines, the summary, the table, then problems, suggestions and sign-off in the
    // paragraph that must follow a table (and the paragraphs it was split into).
    const kinds = seedDoc.content().map((e) => e.kind);
    const para = (n: number) => Array.from({ length: n }, () => 'paragraph');
    expect(kinds).toEqual([
      ...para(seedModel.titleLines.length + seedModel.summary.length),
      'table',
      ...para(seedModel.closing.length),
    ]);
    expect(paragraphs[paragraphs.length - 1].text).toBe(seedModel.closing.at(-1)!.text);
  });

  it('has one 6-column table: 2 pinned header rows and one row per body row', () => {
    const { seedModel, seedPlan, seedDoc, table } = seed();
    expect(seedDoc.tables()).toHaveLength(1);
    expect(table.columns).toBe(6);
    expect(table.rows).toBe(2 + seedModel.body.length);
    expect(table.pinnedHeaderRows).toBe(2);
    expect(table.startIndex).toBe(seedPlan.stats.tableStartIndex);
    expect(seedDoc.endIndex).toBe(seedPlan.stats.bodyEndIndex);
  });

  it('puts the right text in every cell', () => {
    const { seedModel, table } = seed();
    expect(table.cells[0].map((c) => c.text)).toEqual([
      'ประเด็นการพัฒนา จากการวิเคราะห์ผลการประเมิน',
      'มาตรการ/แนวทางปฏิบัติ',
      'ผลลัพธ์/ความสำเร็จ',
      '',
      'ผลการดำเนินงาน',
      'ผู้รับผิดชอบ',
    ]);
    expect(table.cells[1].map((c) => c.text)).toEqual(['', '', 'ผลผลิต', 'ผลสัมฤทธิ์', '', '']);
    seedModel.body.forEach((row, i) => {
      const cells = table.cells[2 + i];
      if (row.kind === 'section') {
        expect(cells.map((c) => c.text)).toEqual([row.text, '', '', '', '', '']);
      } else {
        expect(
          cells.map((c) => c.text),
          `row ${row.rowId}`,
        ).toEqual(row.cells.map(paragraphsText));
      }
    });
    // Spot checks against the seed itself, independent of the model.
    const all = table.cells.flat().map((c) => c.text);
    expect(all).toContain('ตัวชี้วัด การใช้งบประมาณ ตามแบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)');
    expect(all.some((t) => t.startsWith('ค่าเป้าหมาย:\n'))).toBe(true);
    expect(all).toContain('-'); // an empty output prints as "-"
    expect(all.join('\n')).not.toMatch(/พ\.ศ\. 25/); // the configured Thai digits
  });

  it('merges the header, the section rows and the issue cells, and nothing else', () => {
    const { seedModel, table } = seed();
    const expected = [
      { row: 0, column: 0, rowSpan: 2, columnSpan: 1 },
      { row: 0, column: 1, rowSpan: 2, columnSpan: 1 },
      { row: 0, column: 2, rowSpan: 1, columnSpan: 2 },
      { row: 0, column: 4, rowSpan: 2, columnSpan: 1 },
      { row: 0, column: 5, rowSpan: 2, columnSpan: 1 },
    ];
    seedModel.body.forEach((row, i) => {
      if (row.kind === 'section') expected.push({ row: 2 + i, column: 0, rowSpan: 1, columnSpan: 6 });
      else if (row.cells[0].rowSpan > 1)
        expected.push({ row: 2 + i, column: 0, rowSpan: row.cells[0].rowSpan, columnSpan: 1 });
    });
    expect(table.merges).toEqual(expected);
    expect(expected.filter((m) => m.column === 0 && m.rowSpan > 1 && m.row >= 2).length).toBeGreaterThan(0);
    // No merge reaches from the pinned header into the body.
    expect(table.merges.every((m) => m.row >= 2 || m.row + m.rowSpan <= 2)).toBe(true);
  });

  it('sets every character of the table in the configured font and size', () => {
    const { table } = seed();
    const sizes = new Set<number>();
    for (const cell of table.cells.flat()) {
      for (const run of simRuns(cell)) {
        expect(family(run.style)).toBe('Sarabun');
        sizes.add(mag(run.style.fontSize));
      }
    }
    expect([...sizes]).toEqual([11]);
  });

  it('a sub-heading and its text on one line ("**๕. สำนักงาน กสม. ภาคใต้** จัดทำ…"): the heading bold, no "**" in the Doc', () => {
    const data = seedWorkbook();
    const values = data['มาตรการ']!.values;
    const c = (values[0] as unknown[]).indexOf('ผลการดำเนินงาน');
    const r = values.findIndex((row) => String(row[c]).includes('**๕. สำนักงาน กสม. ภาคใต้**\n'));
    values[r][c] = String(values[r][c]).replace('**๕. สำนักงาน กสม. ภาคใต้**\n', '**๕. สำนักงาน กสม. ภาคใต้** ');
    const { doc } = render(modelOf(data));
    const cells = doc.tables()[0].cells.flat();
    expect(cells.filter((cell) => cell.text.includes('**'))).toEqual([]);
    const line = cells.flatMap((cell) => cell.paragraphs).find((p) => p.text.startsWith('๕. สำนักงาน กสม. ภาคใต้ '));
    expect(line!.runs.filter((run) => run.style.bold).map((run) => run.text)).toEqual(['๕. สำนักงาน กสม. ภาคใต้']);
    expect(line!.text).toMatch(/^๕\. สำนักงาน กสม\. ภาคใต้ จัดทำข้อมูลในรูปแบบ infographic/);
  });

  it('bolds exactly the header, the section rows, "ค่าเป้าหมาย:" and the bold sub-headings', () => {
    const { seedModel, table } = seed();
    const boldText = (cell: CellView) =>
      simRuns(cell)
        .filter((r) => r.style.bold)
        .map((r) => r.text)
        .join('|');
    for (const cell of table.cells[0].concat(table.cells[1])) if (cell.text) expect(boldText(cell)).toBe(cell.text);
    seedModel.body.forEach((row, i) => {
      const cells = table.cells[2 + i];
      if (row.kind === 'section') {
        expect(boldText(cells[0])).toBe(row.text);
        return;
      }
      row.cells.forEach((cell, c) => {
        const got = simRuns(cells[c])
          .filter((r) => r.style.bold)
          .map((r) => r.text)
          .join('')
          .replace(/\n/g, '');
        const want = runsOf(cell)
          .filter((r) => r.bold)
          .map((r) => r.text)
          .join('');
        expect(got, `row ${row.rowId} col ${c}`).toBe(want);
      });
      expect(simRuns(cells[1]).some((r) => r.text === 'ค่าเป้าหมาย:' && r.style.bold)).toBe(true);
    });
  });

  it('keeps every link live, on exactly its text', () => {
    const { seedModel, table } = seed();
    const want = seedModel.body.flatMap((row) =>
      row.kind === 'measure' ? row.cells.flatMap(runsOf).filter((r) => r.link) : [],
    );
    const got = table.cells
      .flat()
      .flatMap(simRuns)
      .filter((r) => r.style.link);
    expect(want.length).toBeGreaterThan(0);
    expect(got.map((r) => [r.text, (r.style.link as { url: string }).url])).toEqual(want.map((r) => [r.text, r.link]));
    for (const r of got) expect(r.text).toMatch(/^https?:\/\//);
  });

  it('sizes the columns in proportion to the seed, within the page', () => {
    const { table } = seed();
    const widths = table.columnProperties.map((p) => {
      expect(p.widthType).toBe('FIXED_WIDTH');
      return mag(p.width);
    });
    const total = widths.reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt);
    const weightTotal = COLUMN_WEIGHTS.reduce((a, b) => a + b, 0);
    widths.forEach((w, i) => expect(w / total).toBeCloseTo(COLUMN_WEIGHTS[i] / weightTotal, 3));
  });

  it('shades and centres the header rows', () => {
    const { table } = seed();
    for (const cell of table.cells[0]) expect(cell.style.backgroundColor).toBeDefined();
    for (const cell of table.cells[0].filter((c) => c.text)) expect(cell.paragraphs[0].style.alignment).toBe('CENTER');
  });

  it('writes the footer line', () => {
    const { seedDoc } = seed();
    expect(seedDoc.footer().map((p) => p.text)).toEqual(['ท้ายกระดาษ ๒๕๖๗']);
    expect(family(seedDoc.footer()[0].runs[0].style)).toBe('Sarabun');
  });

  it('into a template whose footer exists: no createFooter, the footer line goes above its page number', () => {
    const { seedModel } = seed();
    const plan = buildDocsRequests(seedModel, { footerText: 'ท้ายกระดาษ ๒๕๖๗', footerExists: true });
    expect(plan.createsFooter).toBe(false);
    expect(plan.batches.flat().some((r) => 'createFooter' in r)).toBe(false);
    const template = DocsSimulator.fromTemplate({ pageNumberFooter: true });
    const footerId = template.get().documentStyle as { defaultFooterId: string };
    const doc = applyPlan(plan, template, footerId.defaultFooterId);
    expect(doc.footer().map((p) => p.text)).toEqual(['ท้ายกระดาษ ๒๕๖๗', '{PAGE_NUMBER}']);
    expect(doc.tables()[0].pinnedHeaderRows).toBe(2);
    // Without footerExists the same template refuses the plan: a second default footer.
    expect(() => applyPlan(buildDocsRequests(seedModel, { footerText: 'x' }), DocsSimulator.fromTemplate())).toThrow(
      /default footer already exists/,
    );
  });

  it('uses the configured font', () => {
    const { seedModel } = seed();
    const { doc } = render({ ...seedModel, font: 'Noto Sans Thai' });
    expect(family(doc.tables()[0].cells[3][1].paragraphs[0].runs[0].style)).toBe('Noto Sans Thai');
    // A Thai office font Google Docs lacks (it would render Arial) is set in its Google Fonts design.
    const sipa = render({ ...seedModel, font: 'TH Sarabun New' }).doc;
    expect(family(sipa.tables()[0].cells[3][1].paragraphs[0].runs[0].style)).toBe('Sarabun');
  });

  it('writes HTML a person can open: page size, pinned rows as thead, spans', () => {
    const { seedDoc } = seed();
    const html = documentToHtml(seedDoc, 'seed');
    expect(html).toContain('@page { size: 841.89pt 595.28pt;');
    expect(html).toContain('<thead>');
    expect(html).toContain('colspan="6"');
    expect(html).toContain('colspan="2"');
    expect(html).toMatch(/rowspan="\d+"/);
    expect(html).toContain('ค่าเป้าหมาย:');
  });
});

describe('Docs request plan', () => {
  it('needs the same number of batchUpdate calls whatever the number of rows', () => {
    const { seedPlan } = seed();
    const calls = [50, 400].map((rows) => {
      const { plan, doc } = render(modelOf(generateWorkbook({ rows })));
      expect(doc.calls.length).toBe(plan.stats.batchUpdateCalls);
      return plan.stats.batchUpdateCalls;
    });
    expect(calls).toEqual([seedPlan.stats.batchUpdateCalls, seedPlan.stats.batchUpdateCalls]);
    expect(seedPlan.stats.batchUpdateCalls).toBe(2);
  });

  it('gives the same document when cut into many small batches', () => {
    const { seedModel, seedDoc } = seed();
    const { plan, doc } = render(seedModel, { footerText: 'ท้ายกระดาษ ๒๕๖๗', limits: { maxRequestsPerBatch: 17 } });
    expect(plan.batches.length).toBeGreaterThan(5);
    expect(plan.batches.every((b) => b.length <= 17)).toBe(true);
    expect(doc.content()).toEqual(seedDoc.content());
  });

  it('is refused when an index is off by one (the simulator catches wrong indexes)', () => {
    const { seedPlan } = seed();
    const requests = structuredClone(seedPlan.requests);
    const target = requests.find((r) => r.insertText && r.insertText.location?.index !== 1)!;
    target.insertText!.location!.index! -= 1; // onto the cell's boundary
    const doc = new DocsSimulator();
    expect(() => doc.batchUpdate(requests)).toThrow(/inside the bounds of an existing paragraph/);
  });

  it('cells filled first-to-last would land in the wrong cells', () => {
    const { seedPlan, table } = seed();
    const requests = structuredClone(seedPlan.requests) as Request[];
    // Reorder the cell insertions to first-to-last, dropping their styles: the later cells' indexes are then stale.
    const inserts = requests.filter(
      (r) => r.insertText && r.insertText.location!.index! > seedPlan.stats.tableStartIndex,
    );
    const others = requests.filter(
      (r) => r.createFooter || r.updateDocumentStyle || r.insertTable || (r.insertText && !inserts.includes(r)),
    );
    const doc = new DocsSimulator();
    let failed = false;
    try {
      doc.batchUpdate([...others, ...inserts.reverse()]);
    } catch (e) {
      failed = e instanceof DocsApiError;
    }
    const t = failed ? undefined : doc.tables()[0];
    expect(failed || t!.cells[2][0].text !== table.cells[2][0].text).toBe(true);
  });

  it('places cell paragraphs as the guide says: S + 3 + r(2C + 1) + 2c', () => {
    expect(cellParagraphIndex(10, 0, 0)).toBe(13);
    expect(cellParagraphIndex(10, 1, 2, 6)).toBe(10 + 3 + 13 + 4);
  });
});

describe('Docs simulator', () => {
  const tableDoc = (rows = 2, columns = 2) => {
    const doc = new DocsSimulator();
    doc.batchUpdate([{ insertTable: { rows, columns, location: { index: 1 } } }]);
    return doc;
  };

  it('starts as the API creates a document: a section break and one empty paragraph', () => {
    const doc = new DocsSimulator();
    expect(doc.endIndex).toBe(2);
    expect(doc.paragraphs().map((p) => [p.startIndex, p.endIndex, p.text])).toEqual([[1, 2, '']]);
  });

  it('inserts a newline before a table, so the table starts at index + 1, and a 2x2 table spans S..S+12', () => {
    const doc = tableDoc();
    const [t] = doc.tables();
    expect(t.startIndex).toBe(2);
    expect(t.endIndex).toBe(2 + 12);
    expect(t.cells.map((row) => row.map((c) => c.paragraphs[0].startIndex))).toEqual([
      [2 + 3, 2 + 5],
      [2 + 8, 2 + 10],
    ]);
    expect(doc.content().map((e) => e.kind)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('shifts later indexes after an insertion', () => {
    const doc = tableDoc();
    doc.batchUpdate([{ insertText: { location: { index: 5 }, text: 'abc' } }]);
    const [t] = doc.tables();
    expect(t.cells[0][0].text).toBe('abc');
    expect(t.cells[0][1].paragraphs[0].startIndex).toBe(7 + 3);
    doc.batchUpdate([{ insertText: { location: { index: 10 }, text: 'x' } }]);
    expect(doc.tables()[0].cells[0][1].text).toBe('x');
  });

  it.each([
    [0, 'the section break'],
    [2, 'the table start'],
    [3, 'a row start'],
    [4, 'a cell start'],
    [14 - 1, 'the table end'],
  ])('refuses text inserted at index %i (%s)', (index) => {
    const doc = tableDoc();
    expect(() => doc.batchUpdate([{ insertText: { location: { index }, text: 'x' } }])).toThrow(DocsApiError);
    expect(() => doc.batchUpdate([{ insertTable: { rows: 1, columns: 1, location: { index } } }])).toThrow(
      DocsApiError,
    );
  });

  it('refuses an index past the end', () => {
    const doc = new DocsSimulator();
    expect(() => doc.batchUpdate([{ insertText: { location: { index: 2 }, text: 'x' } }])).toThrow(
      /end index of the referenced segment/,
    );
  });

  it('refuses empty style ranges, ranges past the end and ranges over no text', () => {
    const doc = tableDoc();
    const style = (startIndex: number, endIndex: number) => ({
      updateTextStyle: { range: { startIndex, endIndex }, textStyle: { bold: true }, fields: 'bold' },
    });
    expect(() => doc.batchUpdate([style(5, 5)])).toThrow(/should not be empty/);
    expect(() => doc.batchUpdate([style(5, 99)])).toThrow(/end index/);
    expect(() => doc.batchUpdate([style(2, 5)])).toThrow(/no text/);
    expect(() => doc.batchUpdate([style(0, 1)])).toThrow(DocsApiError);
    doc.batchUpdate([style(2, 6)]);
    expect(doc.tables()[0].cells[0][0].paragraphs[0].style).toEqual({});
  });

  it('refuses unknown request kinds, unknown fields and bad field masks', () => {
    const doc = new DocsSimulator();
    expect(() => doc.batchUpdate([{ insertTextBox: {} }])).toThrow(/Unknown name "insertTextBox"/);
    expect(() => doc.batchUpdate([{ insertText: { location: { index: 1 }, text: 'a', bold: true } }])).toThrow(
      /Unknown name "bold"/,
    );
    const range = { startIndex: 1, endIndex: 2 };
    expect(() =>
      doc.batchUpdate([{ updateTextStyle: { range, textStyle: { weight: 700 }, fields: 'weight' } }]),
    ).toThrow(/Unknown name/);
    expect(() => doc.batchUpdate([{ updateTextStyle: { range, textStyle: { bold: true } } }])).toThrow(
      /fields is required/,
    );
    expect(() =>
      doc.batchUpdate([{ updateTextStyle: { range, textStyle: { bold: true }, fields: 'bolder' } }]),
    ).toThrow(/field mask/);
    expect(() => doc.batchUpdate([{ insertText: { location: { index: 1 }, text: 'a' }, updateTextStyle: {} }])).toThrow(
      /exactly one/,
    );
    expect(() =>
      doc.batchUpdate([
        { updateDocumentStyle: { documentStyle: { pageSize: {}, orientation: 'LANDSCAPE' }, fields: 'pageSize' } },
      ]),
    ).toThrow(/Unknown name "orientation"/);
  });

  it('merges rectangles, refuses ranges that cut an existing merge or leave the table, and concatenates text', () => {
    const doc = tableDoc(3, 3);
    const S = 2;
    const merge = (row: number, column: number, rowSpan: number, columnSpan: number) => ({
      mergeTableCells: {
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: S }, rowIndex: row, columnIndex: column },
          rowSpan,
          columnSpan,
        },
      },
    });
    doc.batchUpdate([{ insertText: { location: { index: cellParagraphIndex(S, 0, 1, 3) }, text: 'B' } }]);
    doc.batchUpdate([{ insertText: { location: { index: cellParagraphIndex(S, 0, 0, 3) }, text: 'A' } }]);
    doc.batchUpdate([merge(0, 0, 1, 2)]);
    let [t] = doc.tables();
    expect(t.cells[0][0].text).toBe('A\nB');
    expect(t.cells[0][1].covered).toBe(true);
    expect(t.cells[0][1].text).toBe('');
    expect(() => doc.batchUpdate([merge(0, 1, 2, 1)])).toThrow(/non-rectangular/);
    expect(() => doc.batchUpdate([merge(2, 2, 2, 1)])).toThrow(/exceeds/);
    expect(() =>
      doc.batchUpdate([
        {
          mergeTableCells: {
            tableRange: { tableCellLocation: { tableStartLocation: { index: 3 } }, rowSpan: 1, columnSpan: 2 },
          },
        },
      ]),
    ).toThrow(/No table found/);
    doc.batchUpdate([merge(0, 0, 2, 2)]); // contains the earlier merge: still a rectangle
    [t] = doc.tables();
    expect(t.merges).toEqual([{ row: 0, column: 0, rowSpan: 2, columnSpan: 2 }]);
  });

  it('pins 0..rows header rows only', () => {
    const doc = tableDoc();
    expect(() =>
      doc.batchUpdate([{ pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 3 } }]),
    ).toThrow(DocsApiError);
    doc.batchUpdate([{ pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 1 } }]);
    expect(doc.tables()[0].pinnedHeaderRows).toBe(1);
  });

  it('refuses column widths under 5 pt and a second default footer', () => {
    const doc = tableDoc();
    expect(() =>
      doc.batchUpdate([
        {
          updateTableColumnProperties: {
            tableStartLocation: { index: 2 },
            columnIndices: [0],
            tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 2, unit: 'PT' } },
            fields: 'widthType,width',
          },
        },
      ]),
    ).toThrow(/5 points/);
    const reply = doc.batchUpdate([{ createFooter: { type: 'DEFAULT' } }]);
    expect(footerIdFromReplies(reply.replies as docs_v1.Schema$Response[])).toMatch(/^kix\./);
    expect(() => doc.batchUpdate([{ createFooter: { type: 'DEFAULT' } }])).toThrow(/already exists/);
  });

  it('applies a batch all or nothing', () => {
    const doc = tableDoc();
    const before = doc.content();
    expect(() =>
      doc.batchUpdate([
        { insertText: { location: { index: 5 }, text: 'kept?' } },
        { insertText: { location: { index: 2 }, text: 'x' } },
      ]),
    ).toThrow(/requests\[1\]\.insertText/);
    expect(doc.content()).toEqual(before);
  });

  it('lets inserted text take the style of the text before it', () => {
    const doc = new DocsSimulator();
    doc.batchUpdate([
      { insertText: { location: { index: 1 }, text: 'ab' } },
      { updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: { bold: true }, fields: 'bold' } },
      { insertText: { location: { index: 3 }, text: 'c' } },
    ]);
    expect(doc.paragraphs()[0].runs).toEqual([{ text: 'abc', style: { bold: true } }]);
  });
});
