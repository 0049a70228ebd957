/**
 * The Docs request builder on a small hand-made model (issue #19): request counts and calls, the footer, the
 * blocks around the table, ranges inside a cell, merges, and the characters Docs would strip. The counts are
 * worked out by hand, not compared with the function that computes them.
 */
import { describe, expect, it } from 'vitest';
import { REPORT_TITLE, type Paragraph } from '../src/core/report-model';
import { buildDocsRequests, columnWidthsPt, footerIdFromReplies, mergeRanges } from '../src/render/docs-requests';
import { cell, cellChars, model, of, p, range } from './tools/docs-model';

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
          textStyle: {
            weightedFontFamily: { fontFamily: 'Sarabun', weight: 400 },
            fontSize: { magnitude: 9, unit: 'PT' },
          },
          fields: 'weightedFontFamily,fontSize',
        },
      },
      {
        updateParagraphStyle: {
          range: { segmentId: 'f1', startIndex: 0, endIndex: line.length },
          paragraphStyle: { alignment: 'CENTER' },
          fields: 'alignment',
        },
      },
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
    const plan = buildDocsRequests(
      model({ summary: [{ text: 'สรุป', bold: true }], closing: [{ text: 'ปัญหา' }, { text: 'ลงชื่อ', rightHalf: true }] }),
    );
    expect(plan.requests[2].insertText!.text).toBe('T1\nA\nn\nสรุป');
    expect(plan.stats.tableStartIndex).toBe(8 + 'สรุป'.length + 1);
    const tableEnd = plan.stats.tableStartIndex + 1 + 5 * 13 + 1 + cellChars;
    expect(of(plan.requests, 'insertText').find((t) => t.text === 'ปัญหา\nลงชื่อ')!.location).toEqual({ index: tableEnd });
    const closing = 'ปัญหา\nลงชื่อ';
    expect(plan.stats.bodyEndIndex).toBe(tableEnd + closing.length + 1);
    expect(plan.stats.characters).toBe('T1\nA\nn\nสรุป'.length + cellChars + closing.length);
    // the sign-off starts at the middle of the 769.89 pt usable width
    const signOff = of(plan.requests, 'updateParagraphStyle').find(
      (s) => s.range!.startIndex === tableEnd + 'ปัญหา\n'.length,
    )!;
    expect(signOff.paragraphStyle!.indentStart).toEqual({ magnitude: 384, unit: 'PT' });
    const blockStyles = of(plan.requests, 'updateTextStyle').filter(
      (s) => s.fields === 'weightedFontFamily,fontSize,bold',
    );
    expect(blockStyles.map((s) => [...range(s), s.textStyle!.bold])).toEqual([
      [tableEnd, tableEnd + 5, false],
      [tableEnd + 6, tableEnd + 12, false],
      [8, 12, true],
    ]);
  });
});

describe('bold and link ranges inside one cell', () => {
  const cellModel = (paragraphs: Paragraph[]) =>
    model({
      body: [
        { kind: 'measure', rowId: 'R1', cells: [cell(paragraphs), cell([]), cell([]), cell([]), cell([]), cell([])] },
      ],
    });
  it('a plain letter between two bold runs stays plain; an empty link run gets no (empty) link range', () => {
    const plan = buildDocsRequests(
      cellModel([
        p({ text: 'a', bold: true }, { text: 'x' }, { text: 'b', bold: true }, { text: '', link: 'https://x.th' }),
      ]),
    );
    const start = 11 + 13 * 2;
    expect(
      of(plan.requests, 'updateTextStyle')
        .filter((s) => s.fields === 'bold' && s.range!.startIndex! >= start)
        .map(range)
        .slice(0, 2),
    ).toEqual([
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
    expect(
      mergeRanges({
        ...m,
        headerBottom: ['', '', '', '', '', ''],
        headerTop: ['a', 'b', 'c', 'd', 'e', 'f'],
        body: [],
      }),
    ).toEqual([0, 1, 2, 3, 4, 5].map((column) => ({ row: 0, column, rowSpan: 2, columnSpan: 1 })));
    expect(
      mergeRanges({
        ...m,
        headerBottom: ['x', 'x', 'x', 'x', 'x', 'x'],
        headerTop: ['a', 'b', 'c', 'd', 'e', null],
        body: [],
      }),
    ).toEqual([{ row: 0, column: 4, rowSpan: 1, columnSpan: 2 }]);
  });
});

describe('characters Docs would strip', () => {
  it('refuses them (every later index would shift), naming the code point; tab and newline pass', () => {
    const withText = (text: string) => model({ body: [{ kind: 'section', text }] });
    for (const [ch, code] of [
      ['\u0000', '0000'],
      ['\u0008', '0008'],
      ['\u000c', '000C'],
      ['\u001f', '001F'],
      ['\ue000', 'E000'],
      ['\uf8ff', 'F8FF'],
    ])
      expect(() => buildDocsRequests(withText(`ก${ch}`))).toThrow(`U+${code}`);
    expect(() => buildDocsRequests(withText('ก\tข\u000bค\uf900'))).not.toThrow();
  });
});
