/**
 * [plan] A BlockDocument table -> Docs requests (plan-docs-requests.ts places it): the cells' text first to last,
 * then the table's styles at their final indexes, merges and the pinned header rows. Pure.
 */
import type { docs_v1 } from 'googleapis/build/src/apis/docs/index.js';
import type { BlockCell, TableBlock } from '../core/doc-blocks';
import { pt, tableGeometryRequests } from './docs-common';
import { cellParagraphIndex, FONT_SIZE_PT, HEADER_BACKGROUND, PAGE } from './docs-page';
import { cellRequests, type CellContent } from './docs-table-content';

type Request = docs_v1.Schema$Request;

/** The usable width shared out by weights, rounded down to 0.01 pt. */
export function tableWidthsPt(table: Pick<TableBlock, 'columnWeights' | 'widthShare'>): number[] {
  const usable = (PAGE.widthPt - PAGE.marginLeftPt - PAGE.marginRightPt) * table.widthShare;
  const total = table.columnWeights.reduce((a, b) => a + b, 0);
  return table.columnWeights.map((w) => Math.floor(((usable * w) / total) * 100) / 100);
}

/** A cell's text (paragraphs joined by newlines) and its bold and link ranges, relative to the cell. */
function cellText(cell: BlockCell): CellContent {
  let text = '';
  const bold: [number, number][] = [];
  const links: { start: number; end: number; url: string }[] = [];
  const center = Boolean(cell.center || cell.header);
  if (cell.rowSpan === 0) return { text, bold, links, center }; // covered by a merge: stays empty
  cell.paragraphs.forEach((p, i) => {
    if (i > 0) text += '\n';
    for (const run of p.runs) {
      if (run.text === '') continue;
      const start = text.length;
      text += run.text;
      if (run.bold) bold.push([start, text.length]);
      if (run.link) links.push({ start, end: text.length, url: run.link });
    }
  });
  return { text, bold, links, center };
}

/** Cell text first to last, then the table's styles at their final indexes, merges and the pinned header rows. */
export function tableRequests(
  table: TableBlock,
  tableStart: number,
  font: string,
  added: (n: number) => void,
): Request[] {
  const columns = table.rows[0].length;
  const requests: Request[] = [];
  const styles: Request[] = [];
  let shift = 0;
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const content = cellText(cell);
      if (content.text === '') return;
      const { insert, styles: cellStyles } = cellRequests(
        cellParagraphIndex(tableStart, r, c, columns) + shift,
        content,
      );
      requests.push(insert);
      styles.push(...cellStyles);
      shift += content.text.length;
    }),
  );
  added(shift);
  const tableEnd = tableStart + 1 + table.rows.length * (2 * columns + 1) + 1 + shift;
  const range = { startIndex: tableStart, endIndex: tableEnd };
  // The cells took the style of the paragraph the table was inserted after (a bold heading, a centred caption):
  // everything is reset first, then bold, links and centring go on top.
  requests.push({
    updateTextStyle: {
      range,
      textStyle: {
        weightedFontFamily: { fontFamily: font, weight: 400 },
        fontSize: pt(FONT_SIZE_PT.table),
        bold: false,
      },
      fields: 'weightedFontFamily,fontSize,bold',
    },
  });
  requests.push({
    updateParagraphStyle: {
      range,
      paragraphStyle: {
        alignment: 'START',
        indentStart: pt(0),
        indentFirstLine: pt(0),
        lineSpacing: 100,
        spaceAbove: pt(0),
        spaceBelow: pt(0),
      },
      fields: 'alignment,indentStart,indentFirstLine,lineSpacing,spaceAbove,spaceBelow',
    },
  });
  requests.push(...styles);
  const tableStartLocation = { index: tableStart };
  requests.push(...tableGeometryRequests(tableStart, tableWidthsPt(table)));
  if (table.headerRows > 0) {
    requests.push({
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation, rowIndex: 0, columnIndex: 0 },
          rowSpan: table.headerRows,
          columnSpan: columns,
        },
        tableCellStyle: {
          backgroundColor: { color: { rgbColor: { ...HEADER_BACKGROUND } } },
          contentAlignment: 'MIDDLE',
        },
        fields: 'backgroundColor,contentAlignment',
      },
    });
  }
  // Merges after all text is in: covered cells are empty, so each head cell keeps exactly its own text.
  table.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.rowSpan > 1 || cell.columnSpan > 1)
        requests.push({
          mergeTableCells: {
            tableRange: {
              tableCellLocation: { tableStartLocation, rowIndex: r, columnIndex: c },
              rowSpan: Math.max(cell.rowSpan, 1),
              columnSpan: Math.max(cell.columnSpan, 1),
            },
          },
        });
    }),
  );
  if (table.headerRows > 0)
    requests.push({ pinTableHeaderRows: { tableStartLocation, pinnedHeaderRowsCount: table.headerRows } });
  return requests;
}
