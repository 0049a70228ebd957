/**
 * The report's table in the .docx (docx-report.ts places it): two header rows repeated on every page, section
 * rows across all six columns, issue cells merged down their rows, the seed's column widths, live links. Node only.
 */
import {
  AlignmentType,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { BodyRow, Cell, ReportModel } from '../core/report-model';
import { CELL_PADDING_PT } from './docs-common';
import { HEADER_FILL, runChild, runOptions, tableFrame, twip, type FontSizes } from './docx-common';
import { columnWidthsPt, COLUMNS } from './docs-page';

/** Lines the longest header ("ประเด็นการพัฒนา จากการวิเคราะห์ผลการประเมิน") takes in its column, as in the seed. */
const HEADER_TEXT_LINES = 3;
/** What a header line may take at most, to size the header rows (room to spare: LibreOffice cuts, never grows them). */
const lineHeightPt = (sizePt: number) => sizePt * 1.45;

/** The table's text takes the document's default size (sizes.table); only the header rows' height needs it here. */
export function reportTable(model: ReportModel, sizes: FontSizes): Table {
  // Rounded down to whole twips, so the table never passes the right margin.
  const widths = columnWidthsPt(model.columnWeights).map((w) => Math.floor(w * 20));
  return new Table({
    rows: [...headerRows(model, widths, sizes.table), ...model.body.map((row) => bodyRow(row, widths))],
    ...tableFrame(widths),
  });
}

/**
 * The two header rows, repeated on every page (w:tblHeader). A top cell spans two columns when its right
 * neighbour is null, and two rows when nothing is written under it; docx adds the covered (vMerge) cells.
 */
function headerRows(model: ReportModel, widths: number[], sizePt: number): TableRow[] {
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  for (let c = 0; c < COLUMNS; c++) {
    const text = model.headerTop[c];
    if (text === null) continue;
    const columnSpan = c + 1 < COLUMNS && model.headerTop[c + 1] === null ? 2 : 1;
    const below = model.headerBottom.slice(c, c + columnSpan).some((t) => t !== '');
    top.push(headerCell(text, span(widths, c, columnSpan), columnSpan, below ? 1 : 2));
    if (below) for (let k = c; k < c + columnSpan; k++) bottom.push(headerCell(model.headerBottom[k], widths[k], 1, 1));
  }
  // Each row at least half the height of the longest header text: LibreOffice sizes a repeated header from its
  // rows' own heights, so a cell spanning both rows that needs more than they give is cut on pages 2, 3, ...
  const height = {
    value: twip((HEADER_TEXT_LINES * lineHeightPt(sizePt)) / 2 + CELL_PADDING_PT.vertical * 2),
    rule: HeightRule.ATLEAST,
  };
  return [top, bottom].map((cells) => new TableRow({ children: cells, tableHeader: true, cantSplit: true, height }));
}

function headerCell(text: string, width: number, columnSpan: number, rowSpan: number): TableCell {
  return new TableCell({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(runOptions({ text, bold: true }))] }),
    ],
    width: { size: width, type: WidthType.DXA },
    columnSpan: columnSpan > 1 ? columnSpan : undefined,
    rowSpan: rowSpan > 1 ? rowSpan : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
  });
}

function bodyRow(row: BodyRow, widths: number[]): TableRow {
  if (row.kind === 'section') {
    // keepNext: a row whose paragraphs all keep with the next stays on the page of the next row, so an indicator
    // heading never ends a page with its rows overleaf.
    return new TableRow({
      cantSplit: true,
      height: { value: 0, rule: HeightRule.AUTO },
      children: [
        new TableCell({
          columnSpan: COLUMNS,
          width: { size: span(widths, 0, COLUMNS), type: WidthType.DXA },
          children: [
            new Paragraph({ keepNext: true, children: [new TextRun(runOptions({ text: row.text, bold: true }))] }),
          ],
        }),
      ],
    });
  }
  const cells: TableCell[] = [];
  row.cells.forEach((cell, c) => {
    if (cell.rowSpan === 0) return; // covered by the cell above: docx writes its vMerge "continue" cell
    cells.push(bodyCell(cell, widths[c]));
  });
  return new TableRow({ children: cells });
}

function bodyCell(cell: Cell, width: number): TableCell {
  const paragraphs = cell.paragraphs.map(
    (p) => new Paragraph({ children: p.runs.filter((r) => r.text !== '').map(runChild) }),
  );
  return new TableCell({
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
  });
}

function span(widths: number[], from: number, count: number): number {
  return widths.slice(from, from + count).reduce((a, b) => a + b, 0);
}
