/**
 * The Docs request builder on a small hand-made model (issue #19), the page, the title block and the table:
 * every index, size and colour is worked out by hand (test/tools/docs-model.ts), not by the code under test.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { HEADER_BOTTOM, HEADER_TOP } from '../src/core/report-model';
import { buildDocsRequests, type DocsRenderPlan } from '../src/render/docs-requests';
import { at, cellChars, model, of, range } from './tools/docs-model';

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
    const paragraphStyles = of(plan.requests, 'updateParagraphStyle').filter(
      (s) => s.range!.startIndex! < 8 && s.fields !== 'lineSpacing,spaceAbove,spaceBelow',
    );
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
    const gap = buildDocsRequests(
      model({
        titleLines: [
          { text: 'T', emphasis: 'title' },
          { text: '', emphasis: 'normal' },
          { text: 'x', emphasis: 'normal' },
        ],
      }),
    );
    expect(
      of(gap.requests, 'updateTextStyle')
        .filter((s) => s.fields === 'bold,fontSize')
        .map(range),
    ).toEqual([
      [1, 2],
      [4, 5],
    ]);
    const none = buildDocsRequests(model({ titleLines: [] }));
    expect(of(none.requests, 'insertText').some((t) => t.location!.index === 1)).toBe(false);
    expect(of(none.requests, 'insertTable')[0].location).toEqual({ index: 1 });
    expect(none.stats.tableStartIndex).toBe(2);
    expect(
      of(none.requests, 'updateParagraphStyle').some((s) => s.fields === 'alignment' && s.range!.startIndex === 1),
    ).toBe(false);
  });
  it('everything to the table’s end in the report font at 11 pt, single spacing; the default font is Sarabun', () => {
    const tableEnd = 8 + 1 + 5 * 13 + 1 + cellChars;
    const font = of(plan.requests, 'updateTextStyle').filter((s) => s.fields === 'weightedFontFamily,fontSize');
    expect(font).toEqual([
      {
        range: { startIndex: 1, endIndex: tableEnd },
        textStyle: {
          weightedFontFamily: { fontFamily: 'Sarabun', weight: 400 },
          fontSize: { magnitude: 11, unit: 'PT' },
        },
        fields: 'weightedFontFamily,fontSize',
      },
    ]);
    const spacing = of(plan.requests, 'updateParagraphStyle').find(
      (s) => s.fields === 'lineSpacing,spaceAbove,spaceBelow',
    )!;
    expect(spacing).toEqual({
      range: { startIndex: 1, endIndex: tableEnd },
      paragraphStyle: {
        lineSpacing: 100,
        spaceAbove: { magnitude: 0, unit: 'PT' },
        spaceBelow: { magnitude: 0, unit: 'PT' },
      },
      fields: 'lineSpacing,spaceAbove,spaceBelow',
    });
    const other = buildDocsRequests(model({ font: '' }));
    expect(
      of(other.requests, 'updateTextStyle').find((s) => s.fields === 'weightedFontFamily,fontSize')!.textStyle!
        .weightedFontFamily!.fontFamily,
    ).toBe('Sarabun');
    const th = buildDocsRequests(model({ font: 'Noto Sans Thai' }));
    expect(
      of(th.requests, 'updateTextStyle').find((s) => s.fields === 'weightedFontFamily,fontSize')!.textStyle!
        .weightedFontFamily!.fontFamily,
    ).toBe('Noto Sans Thai');
    // "TH Sarabun New" is not in Google Docs (it would render Arial): its Google Fonts design (test/docs-font.test.ts).
    const sipa = buildDocsRequests(model({ font: 'TH Sarabun New' }));
    expect(
      of(sipa.requests, 'updateTextStyle').find((s) => s.fields === 'weightedFontFamily,fontSize')!.textStyle!
        .weightedFontFamily!.fontFamily,
    ).toBe('Sarabun');
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
      {
        range: { startIndex: at(3, 4) + 4, endIndex: at(3, 4) + 16 },
        textStyle: { link: { url: 'https://a.th' } },
        fields: 'link',
      },
    ]);
  });
  it('centres the header cells’ text and nothing else of the table', () => {
    const centred = of(plan.requests, 'updateParagraphStyle').filter(
      (s) => s.fields === 'alignment' && s.range!.startIndex! >= 8,
    );
    for (const s of centred) expect(s.paragraphStyle).toEqual({ alignment: 'CENTER' });
    expect(centred.map((s) => s.range!.startIndex)).toEqual([
      at(1, 3),
      at(1, 2),
      at(0, 5),
      at(0, 4),
      at(0, 2),
      at(0, 1),
      at(0, 0),
    ]);
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
        tableRange: {
          tableCellLocation: { tableStartLocation: { index: 8 }, rowIndex: 0, columnIndex: 0 },
          rowSpan: 2,
          columnSpan: 6,
        },
        tableCellStyle: {
          backgroundColor: { color: { rgbColor: { red: 0.91, green: 0.91, blue: 0.91 } } },
          contentAlignment: 'MIDDLE',
        },
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
    expect(widths.map((w) => w.tableColumnProperties!.width!.magnitude)).toEqual([
      115.48, 161.67, 107.78, 115.48, 184.77, 84.68,
    ]);
    expect(of(plan.requests, 'pinTableHeaderRows')).toEqual([
      { tableStartLocation: { index: 8 }, pinnedHeaderRowsCount: 2 },
    ]);
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
