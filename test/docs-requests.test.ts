/**
 * The Docs request builder on a small hand-made model (issue #19): every index, size, colour and count is
 * worked out by hand in this file, not by calling the code that computes it.
 */
import type { docs_v1 } from 'googleapis';
import { beforeEach, describe, expect, it } from 'vitest';
import { COLUMN_WEIGHTS, HEADER_BOTTOM, HEADER_TOP, REPORT_TITLE, type Cell, type Paragraph, type ReportModel } from '../src/core/report-model';
import { buildDocsRequests, columnWidthsPt, footerIdFromReplies, mergeRanges, type DocsRenderPlan } from '../src/render/docs-requests';

type Request = docs_v1.Schema$Request;

const p = (...runs: Paragraph['runs']): Paragraph => ({ runs });
const cell = (paragraphs: Paragraph[], rowSpan = 1): Cell => ({ paragraphs, rowSpan });
const plain = (text: string, rowSpan = 1) => cell([p({ text })], rowSpan);

/**
 * Title "T1" (title), "A" (agency), "n" (normal): "T1\nA\nn" at 1..7, the table at 8.
 * Body: a section "S"; R1 whose issue cell spans R2; R2 (its issue cell covered, holding text that must not show).
 */
function model(over: Partial<ReportModel> = {}): ReportModel {
  return {
    title: REPORT_TITLE,
    fiscalYear: 2568,
    round: 6,
    digitStyle: 'arabic',
    font: 'Sarabun',
    titleLines: [
      { text: 'T1', emphasis: 'title' },
      { text: 'A', emphasis: 'agency' },
      { text: 'n', emphasis: 'normal' },
    ],
    columnWeights: COLUMN_WEIGHTS,
    headerTop: HEADER_TOP,
    headerBottom: HEADER_BOTTOM,
    body: [
      { kind: 'section', text: 'S' },
      {
        kind: 'measure',
        rowId: 'R1',
        cells: [
          plain('I', 2),
          cell([p({ text: 'M' }), p({ text: 'B', bold: true }), p({ text: 'C', bold: true })]), // "M\nB\nC": bold 2..5, one range
          plain('O'),
          cell([]),
          // "x y\nhttps://a.th\nab": bold 2..3 and 17..19 (two runs of one paragraph joined), link 4..16
          cell([
            p({ text: 'x ' }, { text: 'y', bold: true }),
            p({ text: 'https://a.th', link: 'https://a.th' }),
            p({ text: 'a', bold: true }, { text: '', bold: true }, { text: 'b', bold: true }),
          ]),
          plain('U'),
        ],
      },
      { kind: 'measure', rowId: 'R2', cells: [plain('hidden', 0), plain('M2'), cell([]), cell([]), cell([]), cell([])] },
    ],
    stats: { sections: 1, issues: 1, measures: 2, rows: 2 },
    summary: [],
    closing: [],
    ...over,
  };
}

const of = <K extends keyof Request>(requests: Request[], kind: K) => requests.filter((r) => r[kind]).map((r) => r[kind]!);
const range = (r: { range?: docs_v1.Schema$Range }) => [r.range!.startIndex, r.range!.endIndex];
/** Paragraph index of cell (r, c) of this model's table (start 8, 6 columns): 8 + 3 + 13r + 2c. */
const at = (r: number, c: number) => 11 + 13 * r + 2 * c;
const headerTexts = [...(HEADER_TOP.filter((t) => t !== null) as string[]), ...HEADER_BOTTOM.filter((t) => t !== '')];
const cellChars = headerTexts.join('').length + 'S'.length + 'I'.length + 'M\nB\nC'.length + 'O'.length + 'x y\nhttps://a.th\nab'.length + 'U'.length + 'M2'.length;

describe('the page and the title block', () => {
  // Built for each test, not when the file loads: a mutant is only seen by the tests that run it.
  let plan: DocsRenderPlan;
  beforeEach(() => {
    plan = buildDocsRequests(model());
  });
  it('A4 landscape, 36 pt sides and 42 pt top and bottom', () => {
    expect(of(plan.requests, 'updateDocumentStyle')).toEqual([
      {
        documentStyle: {
          pageSize: { width: { magnitude: 841.89, unit: 'PT' }, height: { magnitude: 595.28, unit: 'PT' } },
          marginLeft: { magnitude: 36, unit: 'PT' },
          marginRight: { magnitude: 36, unit: 'PT' },
          marginTop: { magnitude: 42, unit: 'PT' },
          marginBottom: { magnitude: 42, unit: 'PT' },
        },
        fields: 'pageSize,marginLeft,marginRight,marginTop,marginBottom',
      },
    ]);
  });
  it('the title lines in one insertion at 1, centred, the last with 10 pt below', () => {
    expect(plan.requests[0]).toEqual({ createFooter: { type: 'DEFAULT' } });
    expect(plan.requests[2]).toEqual({ insertText: { location: { index: 1 }, text: 'T1\nA\nn' } });
    const paragraphStyles = of(plan.requests, 'updateParagraphStyle').filter((s) => s.range!.startIndex! < 8 && s.fields !== 'lineSpacing,spaceAbove,spaceBelow');
    expect(paragraphStyles.map((s) => [...range(s), s.fields, s.paragraphStyle])).toEqual([
      [1, 8, 'alignment', { alignment: 'CENTER' }],
      [6, 8, 'spaceBelow', { spaceBelow: { magnitude: 10, unit: 'PT' } }],
    ]);
  });
  it('title 16 pt bold, agency 15 pt bold, other lines 14 pt regular', () => {
    const styles = of(plan.requests, 'updateTextStyle').filter((s) => s.fields === 'bold,fontSize');
    expect(styles.map((s) => [...range(s), s.textStyle!.bold, s.textStyle!.fontSize])).toEqual([
      [1, 3, true, { magnitude: 16, unit: 'PT' }],
      [4, 5, true, { magnitude: 15, unit: 'PT' }],
      [6, 7, false, { magnitude: 14, unit: 'PT' }],
    ]);
  });
  it('an empty title line gets no style (an empty range is refused); no title at all, no insertion', () => {
    const gap = buildDocsRequests(model({ titleLines: [{ text: 'T', emphasis: 'title' }, { text: '', emphasis: 'normal' }, { text: 'x', emphasis: 'normal' }] }));
    expect(of(gap.requests, 'updateTextStyle').filter((s) => s.fields === 'bold,fontSize').map(range)).toEqual([
      [1, 2],
      [4, 5],
    ]);
    const none = buildDocsRequests(model({ titleLines: [] }));
    expect(of(none.requests, 'insertText').some((t) => t.location!.index === 1)).toBe(false);
    expect(of(none.requests, 'insertTable')[0].location).toEqual({ index: 1 });
    expect(none.stats.tableStartIndex).toBe(2);
    expect(of(none.requests, 'updateParagraphStyle').some((s) => s.fields === 'alignment' && s.range!.startIndex === 1)).toBe(false);
  });
  it('everything to the table’s end in the report font at 11 pt, single spacing; the default font is Sarabun', () => {
    const tableEnd = 8 + 1 + 5 * 13 + 1 + cellChars;
    const font = of(plan.requests, 'updateTextStyle').filter((s) => s.fields === 'weightedFontFamily,fontSize');
    expect(font).toEqual([
      {
        range: { startIndex: 1, endIndex: tableEnd },
        textStyle: { weightedFontFamily: { fontFamily: 'Sarabun', weight: 400 }, fontSize: { magnitude: 11, unit: 'PT' } },
        fields: 'weightedFontFamily,fontSize',
      },
    ]);
    const spacing = of(plan.requests, 'updateParagraphStyle').find((s) => s.fields === 'lineSpacing,spaceAbove,spaceBelow')!;
    expect(spacing).toEqual({
      range: { startIndex: 1, endIndex: tableEnd },
      paragraphStyle: { lineSpacing: 100, spaceAbove: { magnitude: 0, unit: 'PT' }, spaceBelow: { magnitude: 0, unit: 'PT' } },
      fields: 'lineSpacing,spaceAbove,spaceBelow',
    });
    const other = buildDocsRequests(model({ font: '' }));
    expect(of(other.requests, 'updateTextStyle').find((s) => s.fields === 'weightedFontFamily,fontSize')!.textStyle!.weightedFontFamily!.fontFamily).toBe('Sarabun');
    const th = buildDocsRequests(model({ font: 'TH Sarabun New' }));
    expect(of(th.requests, 'updateTextStyle').find((s) => s.fields === 'weightedFontFamily,fontSize')!.textStyle!.weightedFontFamily!.fontFamily).toBe('TH Sarabun New');
  });
});

describe('the table', () => {
  // Built for each test, not when the file loads: a mutant is only seen by the tests that run it.
  let plan: DocsRenderPlan;
  beforeEach(() => {
    plan = buildDocsRequests(model());
  });
  it('2 header rows + 3 body rows of 6 columns, right after the title', () => {
    expect(of(plan.requests, 'insertTable')).toEqual([{ rows: 5, columns: 6, location: { index: 7 } }]);
    expect(plan.stats).toMatchObject({ tableRows: 5, tableStartIndex: 8 });
  });
  it('fills the cells last to first, each at its own paragraph; covered and empty cells get nothing', () => {
    const inserts = of(plan.requests, 'insertText').filter((t) => t.location!.index! >= 8);
    expect(inserts.map((t) => [t.location!.index, t.text])).toEqual([
      [at(4, 1), 'M2'],
      [at(3, 5), 'U'],
      [at(3, 4), 'x y\nhttps://a.th\nab'],
      [at(3, 2), 'O'],
      [at(3, 1), 'M\nB\nC'],
      [at(3, 0), 'I'],
      [at(2, 0), 'S'],
      [at(1, 3), HEADER_BOTTOM[3]],
      [at(1, 2), HEADER_BOTTOM[2]],
      [at(0, 5), HEADER_TOP[5]],
      [at(0, 4), HEADER_TOP[4]],
      [at(0, 2), HEADER_TOP[2]],
      [at(0, 1), HEADER_TOP[1]],
      [at(0, 0), HEADER_TOP[0]],
    ]);
  });
  it('bold exactly the header cells, the section text and the bold runs (joined across a paragraph break)', () => {
    const bold = of(plan.requests, 'updateTextStyle').filter((s) => s.fields === 'bold');
    for (const s of bold) expect(s.textStyle).toEqual({ bold: true });
    const len = (t: string | null) => (t ?? '').length;
    expect(bold.map(range)).toEqual([
      [at(3, 4) + 2, at(3, 4) + 3],
      [at(3, 4) + 17, at(3, 4) + 19],
      [at(3, 1) + 2, at(3, 1) + 5],
      [at(2, 0), at(2, 0) + 1],
      [at(1, 3), at(1, 3) + len(HEADER_BOTTOM[3])],
      [at(1, 2), at(1, 2) + len(HEADER_BOTTOM[2])],
      ...[5, 4, 2, 1, 0].map((c) => [at(0, c), at(0, c) + len(HEADER_TOP[c])]),
    ]);
  });
  it('a link on exactly its text', () => {
    expect(of(plan.requests, 'updateTextStyle').filter((s) => s.fields === 'link')).toEqual([
      { range: { startIndex: at(3, 4) + 4, endIndex: at(3, 4) + 16 }, textStyle: { link: { url: 'https://a.th' } }, fields: 'link' },
    ]);
  });
  it('centres the header cells’ text and nothing else of the table', () => {
    const centred = of(plan.requests, 'updateParagraphStyle').filter((s) => s.fields === 'alignment' && s.range!.startIndex! >= 8);
    for (const s of centred) expect(s.paragraphStyle).toEqual({ alignment: 'CENTER' });
    expect(centred.map((s) => s.range!.startIndex)).toEqual([at(1, 3), at(1, 2), at(0, 5), at(0, 4), at(0, 2), at(0, 1), at(0, 0)]);
    expect(centred.map((s) => s.range!.endIndex! - s.range!.startIndex!)).toEqual([
      HEADER_BOTTOM[3].length,
      HEADER_BOTTOM[2].length,
      ...[5, 4, 2, 1, 0].map((c) => HEADER_TOP[c]!.length),
    ]);
  });
  it('header rows light grey (#e8e8e8) and vertically centred; every cell padded 2 pt / 4 pt', () => {
    const cellStyles = of(plan.requests, 'updateTableCellStyle');
    expect(cellStyles).toEqual([
      {
        tableStartLocation: { index: 8 },
        tableCellStyle: {
          paddingTop: { magnitude: 2, unit: 'PT' },
          paddingBottom: { magnitude: 2, unit: 'PT' },
          paddingLeft: { magnitude: 4, unit: 'PT' },
          paddingRight: { magnitude: 4, unit: 'PT' },
        },
        fields: 'paddingTop,paddingBottom,paddingLeft,paddingRight',
      },
      {
        tableRange: { tableCellLocation: { tableStartLocation: { index: 8 }, rowIndex: 0, columnIndex: 0 }, rowSpan: 2, columnSpan: 6 },
        tableCellStyle: { backgroundColor: { color: { rgbColor: { red: 0.91, green: 0.91, blue: 0.91 } } }, contentAlignment: 'MIDDLE' },
        fields: 'backgroundColor,contentAlignment',
      },
    ]);
  });
  it('fixed column widths from the weights; both header rows pinned', () => {
    const widths = of(plan.requests, 'updateTableColumnProperties');
    expect(widths.map((w) => w.columnIndices)).toEqual([[0], [1], [2], [3], [4], [5]]);
    for (const w of widths) {
      expect(w.tableStartLocation).toEqual({ index: 8 });
      expect(w.fields).toBe('widthType,width');
      expect(w.tableColumnProperties!.widthType).toBe('FIXED_WIDTH');
    }
    // 769.89 pt usable, weights 15+21+14+15+24+11 = 100
    expect(widths.map((w) => w.tableColumnProperties!.width!.magnitude)).toEqual([115.48, 161.67, 107.78, 115.48, 184.77, 84.68]);
    expect(of(plan.requests, 'pinTableHeaderRows')).toEqual([{ tableStartLocation: { index: 8 }, pinnedHeaderRowsCount: 2 }]);
  });
  it('merges the header, the section row and the issue cell, after the text', () => {
    const merges = of(plan.requests, 'mergeTableCells').map((m) => {
      const t = m.tableRange!;
      return [t.tableCellLocation!.rowIndex, t.tableCellLocation!.columnIndex, t.rowSpan, t.columnSpan];
    });
    expect(merges).toEqual([
      [0, 0, 2, 1],
      [0, 1, 2, 1],
      [0, 2, 1, 2],
      [0, 4, 2, 1],
      [0, 5, 2, 1],
      [2, 0, 1, 6],
      [3, 0, 2, 1],
    ]);
    const lastInsert = plan.requests.map((r) => Boolean(r.insertText)).lastIndexOf(true);
    expect(plan.requests.findIndex((r) => r.mergeTableCells)).toBeGreaterThan(lastInsert);
  });
});

describe('counts and the footer', () => {
  it('60 body requests in one call, and a second call of 3 for the footer', () => {
    // 4 (createFooter, page, title text, table) + 14 cell texts + 11 bold + 1 link + 7 centred + 2 (font, spacing)
    // + 2 (title centred, space below) + 3 title lines + 6 widths + 2 cell styles + 7 merges + 1 pin = 60
    const plan = buildDocsRequests(model());
    expect(plan.requests).toHaveLength(60);
    expect(plan.batches).toEqual([plan.requests]);
    expect(plan.stats).toMatchObject({ batchUpdateCalls: 2, requests: 63 });
    // UTF-8 bytes of {"requests":[...]}
    expect(plan.stats.bytesPerBatch).toEqual([Buffer.byteLength(JSON.stringify({ requests: plan.requests }))]);
  });
  it('characters and the body’s end: the text inserted, the table’s slots, the paragraph after it', () => {
    const plan = buildDocsRequests(model());
    expect(plan.stats.characters).toBe(6 + cellChars);
    expect(plan.stats.bodyEndIndex).toBe(8 + 1 + 5 * 13 + 1 + cellChars + 1);
  });
  it('the default footer line: title, fiscal year and round in the report’s digits, 9 pt, centred', () => {
    const plan = buildDocsRequests(model());
    const line = `${REPORT_TITLE} ประจำปีงบประมาณ พ.ศ. 2568 รอบ 6 เดือน`;
    expect(plan.footerRequests('f1')).toEqual([
      { insertText: { location: { segmentId: 'f1', index: 0 }, text: line } },
      {
        updateTextStyle: {
          range: { segmentId: 'f1', startIndex: 0, endIndex: line.length },
          textStyle: { weightedFontFamily: { fontFamily: 'Sarabun', weight: 400 }, fontSize: { magnitude: 9, unit: 'PT' } },
          fields: 'weightedFontFamily,fontSize',
        },
      },
      { updateParagraphStyle: { range: { segmentId: 'f1', startIndex: 0, endIndex: line.length }, paragraphStyle: { alignment: 'CENTER' }, fields: 'alignment' } },
    ]);
    const thai = buildDocsRequests(model({ digitStyle: 'thai', round: 12 }));
    expect(thai.footerRequests('f')[0].insertText!.text).toBe(`${REPORT_TITLE} ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๑๒ เดือน`);
  });
  it('a template’s footer: no createFooter, the line in a paragraph of its own above the page number', () => {
    const plan = buildDocsRequests(model(), { footerText: 'ท้าย', footerExists: true });
    expect(plan).toMatchObject({ hasFooter: true, createsFooter: false });
    expect(plan.requests.some((r) => r.createFooter)).toBe(false);
    expect(plan.requests).toHaveLength(59);
    const footer = plan.footerRequests('tpl');
    expect(footer[0].insertText!.text).toBe('ท้าย\n');
    expect(footer[1].updateTextStyle!.range).toEqual({ segmentId: 'tpl', startIndex: 0, endIndex: 4 });
  });
  it('no footer (null or empty): one call, no footer requests', () => {
    for (const footerText of [null, '']) {
      const plan = buildDocsRequests(model(), { footerText });
      expect(plan).toMatchObject({ hasFooter: false, createsFooter: false });
      expect(plan.requests[0].createFooter).toBeUndefined();
      expect(plan.footerRequests('x')).toEqual([]);
      expect(plan.stats).toMatchObject({ batchUpdateCalls: 1, requests: 59 });
    }
  });
  it('small batch limits cut the same requests into more calls', () => {
    const plan = buildDocsRequests(model(), { limits: { maxRequestsPerBatch: 25 } });
    expect(plan.batches.map((b) => b.length)).toEqual([25, 25, 10]);
    expect(plan.stats.batchUpdateCalls).toBe(4);
  });
  it('the footer id is read from whichever reply holds createFooter', () => {
    expect(footerIdFromReplies([{}, { createFooter: { footerId: 'kix.f' } }])).toBe('kix.f');
    expect(footerIdFromReplies([{ createFooter: {} }])).toBeUndefined();
    expect(footerIdFromReplies(undefined)).toBeUndefined();
    expect(footerIdFromReplies(null)).toBeUndefined();
  });
});

describe('blocks before and after the table', () => {
  it('the summary follows the title in the same insertion; the closing goes after the table', () => {
    const plan = buildDocsRequests(model({ summary: [{ text: 'สรุป', bold: true }], closing: [{ text: 'ปัญหา' }, { text: 'ลงชื่อ', rightHalf: true }] }));
    expect(plan.requests[2].insertText!.text).toBe('T1\nA\nn\nสรุป');
    expect(plan.stats.tableStartIndex).toBe(8 + 'สรุป'.length + 1);
    const tableEnd = plan.stats.tableStartIndex + 1 + 5 * 13 + 1 + cellChars;
    expect(of(plan.requests, 'insertText').find((t) => t.text === 'ปัญหา\nลงชื่อ')!.location).toEqual({ index: tableEnd });
    const closing = 'ปัญหา\nลงชื่อ';
    expect(plan.stats.bodyEndIndex).toBe(tableEnd + closing.length + 1);
    expect(plan.stats.characters).toBe('T1\nA\nn\nสรุป'.length + cellChars + closing.length);
    // the sign-off starts at the middle of the 769.89 pt usable width
    const signOff = of(plan.requests, 'updateParagraphStyle').find((s) => s.range!.startIndex === tableEnd + 'ปัญหา\n'.length)!;
    expect(signOff.paragraphStyle!.indentStart).toEqual({ magnitude: 384, unit: 'PT' });
    const blockStyles = of(plan.requests, 'updateTextStyle').filter((s) => s.fields === 'weightedFontFamily,fontSize,bold');
    expect(blockStyles.map((s) => [...range(s), s.textStyle!.bold])).toEqual([
      [tableEnd, tableEnd + 5, false],
      [tableEnd + 6, tableEnd + 12, false],
      [8, 12, true],
    ]);
  });
});

describe('bold and link ranges inside one cell', () => {
  const cellModel = (paragraphs: Paragraph[]) =>
    model({ body: [{ kind: 'measure', rowId: 'R1', cells: [cell(paragraphs), cell([]), cell([]), cell([]), cell([]), cell([])] }] });
  it('a plain letter between two bold runs stays plain; an empty link run gets no (empty) link range', () => {
    const plan = buildDocsRequests(cellModel([p({ text: 'a', bold: true }, { text: 'x' }, { text: 'b', bold: true }, { text: '', link: 'https://x.th' })]));
    const start = 11 + 13 * 2;
    expect(of(plan.requests, 'updateTextStyle').filter((s) => s.fields === 'bold' && s.range!.startIndex! >= start).map(range).slice(0, 2)).toEqual([
      [start, start + 1],
      [start + 2, start + 3],
    ]);
    expect(of(plan.requests, 'updateTextStyle').filter((s) => s.fields === 'link')).toEqual([]);
  });
});

describe('merges and widths on their own', () => {
  it('the usable width shared by weight, rounded down to 0.01 pt', () => {
    expect(columnWidthsPt([1, 1])).toEqual([384.94, 384.94]);
    expect(columnWidthsPt([1, 2])).toEqual([256.63, 513.26]);
  });
  it('a header with nothing below a cell spans both rows; a spanning cell of the body merges down', () => {
    const m = model();
    expect(mergeRanges({ ...m, headerBottom: ['', '', '', '', '', ''], headerTop: ['a', 'b', 'c', 'd', 'e', 'f'], body: [] })).toEqual(
      [0, 1, 2, 3, 4, 5].map((column) => ({ row: 0, column, rowSpan: 2, columnSpan: 1 })),
    );
    expect(mergeRanges({ ...m, headerBottom: ['x', 'x', 'x', 'x', 'x', 'x'], headerTop: ['a', 'b', 'c', 'd', 'e', null], body: [] })).toEqual([
      { row: 0, column: 4, rowSpan: 1, columnSpan: 2 },
    ]);
  });
});

describe('characters Docs would strip', () => {
  it('refuses them (every later index would shift), naming the code point; tab and newline pass', () => {
    const withText = (text: string) => model({ body: [{ kind: 'section', text }] });
    for (const [ch, code] of [['\u0000', '0000'], ['\u0008', '0008'], ['\u000c', '000C'], ['\u001f', '001F'], ['\ue000', 'E000'], ['\uf8ff', 'F8FF']])
      expect(() => buildDocsRequests(withText(`ก${ch}`))).toThrow(`U+${code}`);
    expect(() => buildDocsRequests(withText('ก\tข\u000bค\uf900'))).not.toThrow();
  });
});
