import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildReportModel, type ReportModel } from '../src/core/report-model';
import { validateWorkbookData } from '../src/core/validation';
import type { WorkbookData } from '../src/core/workbook';
import { columnWidthsPt, FONT_SIZE_PT, PAGE } from '../src/render/docs-requests';
import { renderDocx } from '../src/render/docx-report';
import { generateWorkbook } from './tools/generate-workbook';
import { seedWorkbook } from './tools/seed';

function modelOf(data: WorkbookData): ReportModel {
  const result = validateWorkbookData(data);
  expect(result.errors).toBe(0);
  return buildReportModel(result.workbook, result.workbook.config!);
}

interface Unzipped {
  document: string;
  rels: string;
  styles: string;
  footer: string;
}

async function unzip(bytes: Buffer): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => {
    const file = zip.file(name);
    expect(file, name).not.toBeNull();
    return file!.async('string');
  };
  const rels = await text('word/_rels/document.xml.rels');
  const footerTarget = /Type="[^"]*\/footer" Target="([^"]+)"/.exec(rels)?.[1];
  expect(footerTarget).toBeDefined();
  return {
    document: await text('word/document.xml'),
    rels,
    styles: await text('word/styles.xml'),
    footer: await text(`word/${footerTarget}`),
  };
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The text of an XML fragment: every w:t joined. */
const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const tableRows = (document: string) => [...document.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]);
const cellsOf = (row: string) => [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1]);
const gridSpan = (cell: string) => Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? 1);
/** Texts of the runs set in bold (w:b and, for Thai, w:bCs). */
const boldTexts = (xml: string) =>
  [...xml.matchAll(/<w:r>(?:<w:rPr>([\s\S]*?)<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)]
    .filter((m) => (m[1] ?? '').includes('<w:b/><w:bCs/>'))
    .map((m) => m[2]);
const vMerge = (cell: string) => /<w:vMerge w:val="(\w+)"\/>/.exec(cell)?.[1];

/** Built inside each test: code run when the file loads belongs to no test (Stryker would run its mutants against every test). */
async function seedDocx() {
  const model = modelOf(seedWorkbook());
  const docx = await unzip(await renderDocx(model, { footerText: 'ท้ายกระดาษ' }));
  return { model, docx, rows: tableRows(docx.document) };
}

describe('the .docx of the seed report', () => {
  it("is an A4 landscape page with the Google Doc's margins", async () => {
    const { docx } = await seedDocx();
    const pgSz = /<w:pgSz ([^>]*)\/>/.exec(docx.document)?.[1] ?? '';
    expect(pgSz).toContain('w:orient="landscape"');
    expect(Number(/w:w="(\d+)"/.exec(pgSz)?.[1])).toBe(16838); // 297 mm in twips
    expect(Number(/w:h="(\d+)"/.exec(pgSz)?.[1])).toBe(11906); // 210 mm
    const pgMar = /<w:pgMar ([^>]*)\/>/.exec(docx.document)?.[1] ?? '';
    expect(Number(/w:left="(\d+)"/.exec(pgMar)?.[1])).toBe(PAGE.marginLeftPt * 20);
    expect(Number(/w:top="(\d+)"/.exec(pgMar)?.[1])).toBe(PAGE.marginTopPt * 20);
  });

  it('has one table row per model row under two header rows that repeat on every page', async () => {
    const { model, rows } = await seedDocx();
    expect(rows).toHaveLength(2 + model.body.length);
    rows.forEach((row, i) => expect(row.includes('<w:tblHeader/>'), `row ${i}`).toBe(i < 2));
    expect(textOf(rows[0])).toBe(model.headerTop.filter((t) => t !== null).join(''));
    expect(textOf(rows[1])).toBe(model.headerBottom.join(''));
  });

  it('every row covers the six grid columns, with ผลลัพธ์/ความสำเร็จ over two and section rows across six', async () => {
    const { model, rows } = await seedDocx();
    for (const row of rows) expect(cellsOf(row).reduce((sum, c) => sum + gridSpan(c), 0)).toBe(6);
    const top = cellsOf(rows[0]);
    expect(top.map(gridSpan)).toEqual([1, 1, 2, 1, 1]);
    expect(textOf(top[2])).toBe(model.headerTop[2]);
    model.body.forEach((row, i) => {
      if (row.kind !== 'section') return;
      const cells = cellsOf(rows[2 + i]);
      expect(cells).toHaveLength(1);
      expect(gridSpan(cells[0])).toBe(6);
      expect(textOf(cells[0])).toBe(row.text);
      expect(cells[0]).toMatch(/<w:b\/>/);
    });
  });

  it('an indicator section row keeps with the row after it, so its heading never ends a page alone', async () => {
    // LibreOffice set "ตัวชี้วัด การใช้อำนาจ …" as the last line of a page and its rows overleaf: a row whose
    // paragraphs all keep with the next stays on the page of the next row (Word and LibreOffice alike).
    const { model, rows } = await seedDocx();
    const kept = model.body.map((row, i) => [row.kind, rows[2 + i].includes('<w:keepNext/>')]);
    expect(kept.filter(([kind]) => kind === 'section')).toHaveLength(5);
    for (const [kind, keeps] of kept) expect(keeps, kind as string).toBe(kind === 'section');
  });

  it('merges the header cells without a second row, and each issue cell down its rows (vMerge restart/continue)', async () => {
    const { model, docx, rows } = await seedDocx();
    expect(cellsOf(rows[0]).map(vMerge)).toEqual(['restart', 'restart', undefined, 'restart', 'restart']);
    expect(cellsOf(rows[1]).map(vMerge)).toEqual([
      'continue',
      'continue',
      undefined,
      undefined,
      'continue',
      'continue',
    ]);
    model.body.forEach((row, i) => {
      if (row.kind !== 'measure') return;
      const first = cellsOf(rows[2 + i])[0];
      const issue = row.cells[0];
      if (issue.rowSpan > 1) expect(vMerge(first), `row ${i}`).toBe('restart');
      else if (issue.rowSpan === 0) {
        expect(vMerge(first), `row ${i}`).toBe('continue');
        expect(textOf(first)).toBe('');
      } else expect(vMerge(first), `row ${i}`).toBeUndefined();
    });
    const spans = model.body.flatMap((r) =>
      r.kind === 'measure' && r.cells[0].rowSpan > 1 ? [r.cells[0].rowSpan] : [],
    );
    expect(spans.length).toBeGreaterThan(0);
    const continues = [...docx.document.matchAll(/<w:vMerge w:val="continue"\/>/g)].length;
    expect(continues).toBe(4 + spans.reduce((sum, n) => sum + n - 1, 0));
  });

  it("prints every cell's text in Thai digits, with the bold runs of the model", async () => {
    const { model, docx, rows } = await seedDocx();
    model.body.forEach((row, i) => {
      if (row.kind !== 'measure') return;
      const cells = cellsOf(rows[2 + i]);
      row.cells.forEach((cell, c) => {
        const expected = cell.paragraphs.map((p) => p.runs.map((r) => xmlEscape(r.text)).join('')).join('');
        expect(textOf(cells[c]), `row ${i} column ${c}`).toBe(expected);
      });
      row.cells.forEach((cell, c) => {
        const bold = cell.paragraphs.flatMap((p) =>
          p.runs.filter((r) => r.bold && r.text !== '').map((r) => xmlEscape(r.text)),
        );
        expect(boldTexts(cells[c]), `row ${i} column ${c}`).toEqual(bold);
      });
    });
    const title = textOf(docx.document.slice(0, docx.document.indexOf('<w:tbl>')));
    // Before the table: the title lines, then the summary ("สรุปผลการดำเนินงาน").
    expect(title).toBe([...model.titleLines, ...model.summary].map((l) => xmlEscape(l.text)).join(''));
    expect(title).toContain(`พ.ศ. ๒๕๖๗`);
    // Outside links, the seed's digits are all Thai.
    const bodyText = textOf(docx.document.replace(/<w:hyperlink[\s\S]*?<\/w:hyperlink>/g, ''));
    expect(bodyText).toMatch(/[๐-๙]/);
    expect(bodyText).not.toMatch(/[0-9]/);
  });

  it('a sub-heading and its text on one line: the heading a bold run, the text not, no "**" printed', async () => {
    const data = seedWorkbook();
    const values = data['มาตรการ']!.values;
    const c = (values[0] as unknown[]).indexOf('ผลการดำเนินงาน');
    const r = values.findIndex((row) => String(row[c]).includes('**๕. สำนักงาน กสม. ภาคใต้**\n'));
    values[r][c] = String(values[r][c]).replace('**๕. สำนักงาน กสม. ภาคใต้**\n', '**๕. สำนักงาน กสม. ภาคใต้** ');
    const docx = await unzip(await renderDocx(modelOf(data)));
    expect(textOf(docx.document)).not.toContain('**');
    expect(boldTexts(docx.document)).toContain('๕. สำนักงาน กสม. ภาคใต้');
    expect(textOf(docx.document)).toContain('๕. สำนักงาน กสม. ภาคใต้ จัดทำข้อมูลในรูปแบบ infographic');
  });

  it('makes every URL a live external hyperlink', async () => {
    const { model, docx } = await seedDocx();
    const links = model.body.flatMap((r) =>
      r.kind === 'measure' ? r.cells.flatMap((c) => c.paragraphs.flatMap((p) => p.runs.filter((x) => x.link))) : [],
    );
    expect(links.length).toBeGreaterThan(0);
    const hyperlinks = [...docx.document.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)];
    expect(hyperlinks).toHaveLength(links.length);
    hyperlinks.forEach((m, i) => {
      const rel = new RegExp(
        `<Relationship Id="${m[1]}" Type="[^"]*/hyperlink" Target="([^"]+)" TargetMode="External"/>`,
      ).exec(docx.rels);
      expect(rel?.[1]).toBe(xmlEscape(links[i].link!));
      expect(textOf(m[2])).toBe(xmlEscape(links[i].text));
    });
  });

  it('puts the footer text and PAGE / NUMPAGES fields in the footer', async () => {
    const { docx } = await seedDocx();
    expect(textOf(docx.footer)).toContain('ท้ายกระดาษ · หน้า ');
    const fields = [...docx.footer.matchAll(/<w:instrText[^>]*>\s*([A-Z]+)[^<]*<\/w:instrText>/g)].map((m) => m[1]);
    expect(fields).toEqual(['PAGE', 'NUMPAGES']);
    expect(docx.document).toMatch(/<w:footerReference w:type="default" r:id="[^"]+"\/>/);
  });

  it("sets the Thai font on the complex-script slot too, and the column widths in the seed's proportions", async () => {
    const { model, docx } = await seedDocx();
    const fonts = /<w:rFonts ([^>]*)\/>/.exec(docx.styles)?.[1] ?? '';
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(fonts).toContain(`w:${slot}="${model.font}"`);
    expect(docx.styles).toMatch(/<w:szCs w:val="\d+"\/>/);
    const grid = [
      ...(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/.exec(docx.document)?.[1] ?? '').matchAll(/w:w="(\d+)"/g),
    ].map((m) => Number(m[1]));
    expect(grid).toEqual(columnWidthsPt(model.columnWeights).map((w) => Math.floor(w * 20)));
    const usable = (PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt) * 20;
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(usable);
  });
});

describe('the .docx of other workbooks', () => {
  it('a generated agency of 400 rows: every row present, every row covering six columns', async () => {
    const model = modelOf(generateWorkbook({ rows: 400, seed: 3 }));
    const docx = await unzip(await renderDocx(model));
    const rows = tableRows(docx.document);
    expect(rows).toHaveLength(2 + model.body.length);
    for (const row of rows) expect(cellsOf(row).reduce((sum, c) => sum + gridSpan(c), 0)).toBe(6);
  });

  it('a font given to the renderer replaces the configured one', async () => {
    const docx = await unzip(await renderDocx(modelOf(seedWorkbook()), { font: 'TH Sarabun New' }));
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(docx.styles)?.[0] ?? '';
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(defaults).toContain(`w:${slot}="TH Sarabun New"`);
    expect(defaults).toContain(`<w:szCs w:val="${FONT_SIZE_PT.table * 2}"/>`);
  });
});
