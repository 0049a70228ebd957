/**
 * Property: no text a person can paste breaks the report. Random Unicode (Thai with stacked marks, surrogate
 * pairs, every range Docs strips or XML forbids, U+FFFE, CR/CRLF, the legacy Thai PUA block, URLs in brackets,
 * **bold** lines) goes into every kind of text; through the model, the Docs requests and the simulator every
 * cell holds the model's cleaned text, every bold run and link covers exactly its intended text, and the .docx
 * writer produces XML that parses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReportModel, type Cell, type ReportModel } from '../src/core/report-model';
import { cleanText } from '../src/core/text-clean';
import { validateWorkbookData } from '../src/core/validation';
import type { WorkbookData } from '../src/core/workbook';
import { buildDocsRequests } from '../src/render/docs-requests';
import { checkDocxPackage } from '../src/render/docx-check';
import { renderDocx } from '../src/render/docx-report';
import { DocsApiError, DocsSimulator, type CellView } from './tools/docs-simulator';
import { applyPlan } from './tools/docs-simulator/apply-plan';
import { sampleAgency, setMeasure } from './tools/sample-agency';

/** Pieces people really paste, and every troublesome range. */
const PIECES = [
  'ก',
  'ที่',
  'น้ำ',
  'ผู้',
  'ก\u0e49\u0e49',
  'น\u0e4d\u0e49\u0e32',
  'ท\u0e4d\u0e32',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\u000b',
  '\u0000',
  '\u0008',
  '\u000c',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u2028',
  '\ufffe',
  '\uffff',
  '\ufdd0',
  '\ud800',
  '\udfff',
  '😀',
  '𝒜',
  '\u{f0000}',
  '\ue000',
  '\uf8ff',
  '\uf70a',
  '\uf70b',
  '\uf701',
  '\uf718',
  '\uf89b',
  'https://example.go.th/a',
  '(https://example.go.th/b)',
  'https://ex.go.th/x_(y).',
  '"https://ex.go.th/q?a=1"',
  'https://ex.go.th/zเมื่อ',
  '**',
  '**หัวข้อ**',
  '2567',
  '๒๕๖๗',
  '.',
  ',',
  ')',
  '(',
  '&',
  '<',
  '>',
  '"',
  "'",
  'ำ',
  'ฯ',
];

const pasted = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
/** Non-empty after cleaning: the cells under test are required ones. */
const required = pasted.map((s) => `ก${s}`);

interface Inputs {
  agency: string;
  compiledBy: string;
  heading: string;
  unitName: string;
  issue: string;
  measure: string;
  target: string;
  output: string;
  outcome: string;
  result: string;
  footer: string;
}

function workbookOf(t: Inputs): WorkbookData {
  const data = sampleAgency();
  data['ตั้งค่า']!.values[1][1] = t.agency;
  data['ตั้งค่า']!.values[2][1] = t.compiledBy;
  data['ตัวชี้วัด']!.values[1][2] = t.heading;
  data['หน่วยงาน']!.values[2][1] = t.unitName;
  for (const n of [1, 2]) {
    setMeasure(data, n, 'ประเด็นการพัฒนา', t.issue);
    setMeasure(data, n, 'มาตรการ/แนวทางปฏิบัติ', t.measure);
  }
  setMeasure(data, 1, 'ค่าเป้าหมาย', t.target);
  setMeasure(data, 1, 'ผลผลิต', t.output);
  setMeasure(data, 1, 'ผลสัมฤทธิ์', t.outcome);
  setMeasure(data, 1, 'ผลการดำเนินงาน', `**${t.result}**\n${t.result} https://example.go.th/r`);
  setMeasure(data, 1, 'ลิงก์หลักฐาน', '');
  return data;
}

/** Per UTF-16 unit: [character, bold, link] of a model cell as the Doc should show it. */
function expectedUnits(cell: Cell): string[] {
  const out: string[] = [];
  cell.paragraphs.forEach((p, i) => {
    if (i > 0) out.push('\n|0|');
    for (const r of p.runs) for (const ch of r.text.split('')) out.push(`${ch}|${r.bold ? 1 : 0}|${r.link ?? ''}`);
  });
  return out;
}

function actualUnits(cell: CellView): string[] {
  const out: string[] = [];
  cell.paragraphs.forEach((p, i) => {
    if (i > 0) out.push('\n|0|');
    for (const r of p.runs) {
      const link = (r.style.link as { url?: string } | undefined)?.url ?? '';
      for (const ch of r.text.split('')) out.push(`${ch}|${r.style.bold ? 1 : 0}|${link}`);
    }
  });
  return out;
}

/** Characters Docs strips or XML 1.0 forbids, and lone surrogates. */
const FORBIDDEN =
  /[\u0000-\u0008\u000b-\u001f\ue000-\uf8ff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function allText(model: ReportModel): string[] {
  const texts = model.titleLines.map((l) => l.text);
  for (const row of model.body) {
    if (row.kind === 'section') texts.push(row.text);
    else
      for (const cell of row.cells)
        for (const p of cell.paragraphs) for (const r of p.runs) texts.push(r.text, r.link ?? '');
  }
  return texts;
}

const inputs = fc.record({
  agency: required,
  compiledBy: pasted,
  heading: required,
  unitName: required,
  issue: required,
  measure: required,
  target: required,
  output: required,
  outcome: required,
  result: required,
  footer: pasted,
});

describe('any pasted text, through every renderer', () => {
  it('the Doc shows exactly the model: every character, bold run and link', () => {
    fc.assert(
      fc.property(inputs, (t) => {
        const result = validateWorkbookData(workbookOf(t));
        expect(result.errors).toBe(0);
        const model = buildReportModel(result.workbook, result.workbook.config!);
        for (const text of allText(model)) expect(text).not.toMatch(FORBIDDEN);
        const doc = applyPlan(buildDocsRequests(model, { footerText: cleanText(`ท้าย ${t.footer}`).text }));
        const table = doc.tables()[0];
        expect(
          doc
            .paragraphs()
            .slice(0, model.titleLines.length)
            .map((p) => p.text),
        ).toEqual(model.titleLines.map((l) => l.text));
        model.body.forEach((row, i) => {
          const cells = table.cells[2 + i];
          if (row.kind === 'section') expect(cells[0].text).toBe(row.text);
          else
            row.cells.forEach((cell, c) => {
              if (cell.rowSpan !== 0) expect(actualUnits(cells[c])).toEqual(expectedUnits(cell));
            });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('the .docx parses, part by part', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (t) => {
        const result = validateWorkbookData(workbookOf(t));
        const model = buildReportModel(result.workbook, result.workbook.config!);
        // renderDocx checks its own parts; checked again here so the test does not rely on that.
        const bytes = await renderDocx(model, { footerText: cleanText(`ท้าย ${t.footer}`).text });
        expect(() => checkDocxPackage(bytes)).not.toThrow();
      }),
      { numRuns: 25 },
    );
  });
});

describe('the Docs simulator strips what the API strips', () => {
  it('drops U+0000–U+0008, U+000C–U+001F and the BMP private use area, keeps tab, LF, VT and the rest', () => {
    const doc = new DocsSimulator();
    doc.batchUpdate([
      { insertText: { location: { index: 1 }, text: 'a\u0000\u0008\t\u000b\u000c\u001f\ue000\uf70a\uf8ffb😀\ufffe' } },
    ]);
    expect(doc.paragraphs()[0].text).toBe('a\t\u000bb😀\ufffe');
  });

  it('so a builder that counted unstripped text would style past the end and be refused', () => {
    const doc = new DocsSimulator();
    const text = 'ก\uf70aข';
    expect(() =>
      doc.batchUpdate([
        { insertText: { location: { index: 1 }, text } },
        {
          updateTextStyle: {
            range: { startIndex: 1, endIndex: 1 + text.length + 1 },
            textStyle: { bold: true },
            fields: 'bold',
          },
        },
      ]),
    ).toThrow(DocsApiError);
  });

  it('and the request builder refuses uncleaned text instead of sending shifted indexes', () => {
    const model = buildReportModel(
      validateWorkbookData(sampleAgency()).workbook,
      validateWorkbookData(sampleAgency()).workbook.config!,
    );
    const dirty: ReportModel = { ...model, body: [{ kind: 'section', text: 'หัวข้อ\uf70a' }, ...model.body.slice(1)] };
    expect(() => buildDocsRequests(dirty)).toThrow(/U\+F70A reached the Docs requests uncleaned/);
  });
});
