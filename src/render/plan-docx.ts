/**
 * [plan] A BlockDocument (the measures plan) -> Word .docx, with the report's page, sizes, fonts and header colour
 * (docx-report.ts) and the chart as a real PNG image (ImageRun). Node only.
 */
import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { BlockCell, BlockDocument, TableBlock } from '../core/doc-blocks';
import { checkDocxPackage } from './docx-check';
import {
  A4_TWIPS,
  embeddedFontsOption,
  half,
  HEADER_FILL,
  minLineSpacing,
  runChild,
  tableFrame,
  titleParagraph,
  twip,
} from './docx-common';
import type { EmbeddedFont } from './docx-report';
import { docxBlockParagraphs } from './docx-extra-blocks';
import { FONT_SIZE_PT, PAGE } from './docs-page';
import { tableWidthsPt } from './plan-docs-table';

/** docx sizes images in pixels of 1/96 inch: a point is 4/3 of one. */
const px = (pt: number) => Math.round((pt * 4) / 3);

export interface PlanDocxOptions {
  footerText?: string;
  font?: string;
  /** The chart's PNG (src/render/plan-chart.ts), one per chart block. */
  chartPng: Uint8Array;
  /** Fonts carried inside the .docx, as the report's (src/cli/docx-fonts.ts). */
  embedFonts?: readonly EmbeddedFont[];
}

export async function renderPlanDocx(doc: BlockDocument, options: PlanDocxOptions): Promise<Buffer> {
  const bytes = await Packer.toBuffer(buildPlanDocx(doc, options));
  checkDocxPackage(bytes);
  return bytes;
}

export function buildPlanDocx(doc: BlockDocument, options: PlanDocxOptions): Document {
  const font = options.font || doc.font || 'Sarabun';
  const fonts = { ascii: font, hAnsi: font, cs: font, eastAsia: font };
  const children: (Paragraph | Table)[] = doc.titleLines.map((line, i) =>
    titleParagraph(line, i === doc.titleLines.length - 1),
  );
  for (const block of doc.blocks) {
    if (block.kind === 'paragraphs') children.push(...docxBlockParagraphs(block.paragraphs));
    else if (block.kind === 'table') children.push(blockTable(block), new Paragraph({}));
    else
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: twip(6) },
          children: [
            new ImageRun({
              type: 'png',
              data: options.chartPng,
              transformation: { width: px(block.widthPt), height: px(block.heightPt) },
              altText: { name: 'chart', title: block.chart.title, description: block.chart.title },
            }),
          ],
        }),
      );
  }
  const footerText = options.footerText ?? doc.title;
  const size = { size: half(FONT_SIZE_PT.footer), sizeComplexScript: half(FONT_SIZE_PT.footer) };
  return new Document({
    creator: 'ita-report',
    ...embeddedFontsOption(options.embedFonts),
    title: doc.title,
    styles: {
      default: {
        document: {
          run: { font: fonts, size: half(FONT_SIZE_PT.table), sizeComplexScript: half(FONT_SIZE_PT.table) },
          paragraph: { spacing: { before: 0, after: 0, ...minLineSpacing(FONT_SIZE_PT.table) } },
        },
        hyperlink: { run: { color: '1155CC', underline: {} } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4_TWIPS, orientation: PageOrientation.LANDSCAPE },
            margin: {
              top: twip(PAGE.marginTopPt),
              bottom: twip(PAGE.marginBottomPt),
              left: twip(PAGE.marginLeftPt),
              right: twip(PAGE.marginRightPt),
              header: twip(18),
              footer: twip(18),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    ...size,
                    children: [`${footerText} · หน้า `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

function blockTable(table: TableBlock): Table {
  const widths = tableWidthsPt(table).map((w) => Math.floor(w * 20));
  const span = (from: number, n: number) => widths.slice(from, from + n).reduce((a, b) => a + b, 0);
  const rows = table.rows.map((row, r) => {
    const header = r < table.headerRows;
    // A section row (one cell across the table) keeps with the next row: its heading never ends a page alone.
    const section = !header && r + 1 < table.rows.length && row[0].columnSpan === row.length;
    const cells: TableCell[] = [];
    row.forEach((cell, c) => {
      if (cell.rowSpan === 0) return; // covered: docx writes the vMerge continue cells, and a gridSpan covers the rest
      cells.push(blockCell(cell, span(c, Math.max(cell.columnSpan, 1)), section));
    });
    return new TableRow({ children: cells, tableHeader: header, cantSplit: header || section });
  });
  return new Table({
    rows,
    ...tableFrame(widths),
  });
}

function blockCell(cell: BlockCell, width: number, keepNext = false): TableCell {
  const alignment = cell.center || cell.header ? AlignmentType.CENTER : AlignmentType.LEFT;
  const paragraphs = cell.paragraphs.map(
    (p) =>
      new Paragraph({
        alignment,
        ...(keepNext ? { keepNext: true } : {}),
        children: p.runs.filter((r) => r.text !== '').map(runChild),
      }),
  );
  return new TableCell({
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    columnSpan: cell.columnSpan > 1 ? cell.columnSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    ...(cell.header
      ? {
          verticalAlign: VerticalAlignTable.CENTER,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
        }
      : {}),
  });
}
