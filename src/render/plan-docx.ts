/**
 * [plan] A BlockDocument (the measures plan) -> Word .docx, with the report's page, sizes, fonts and header colour
 * (docx-report.ts) and the chart as a real PNG image (ImageRun). Node only.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { BlockCell, BlockDocument, TableBlock } from '../core/doc-blocks';
import type { Run, TitleLine } from '../core/report-model';
import { checkDocxPackage } from './docx-check';
import { docxBlockParagraphs } from './docx-extra-blocks';
import { FONT_SIZE_PT, HEADER_BACKGROUND, PAGE } from './docs-requests';
import { tableWidthsPt } from './plan-docs-table';

const twip = (pt: number) => Math.round(pt * 20);
const half = (pt: number) => Math.round(pt * 2);
const A4_TWIPS = { width: 11906, height: 16838 } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const HEADER_FILL = [HEADER_BACKGROUND.red, HEADER_BACKGROUND.green, HEADER_BACKGROUND.blue]
  .map((v) =>
    Math.round(v * 255)
      .toString(16)
      .padStart(2, '0'),
  )
  .join('');
const minLine = (sizePt: number) => ({ line: twip(sizePt * 1.2), lineRule: LineRuleType.AT_LEAST });
/** docx sizes images in pixels of 1/96 inch: a point is 4/3 of one. */
const px = (pt: number) => Math.round((pt * 4) / 3);

export interface PlanDocxOptions {
  footerText?: string;
  font?: string;
  /** The chart's PNG (src/render/plan-chart.ts), one per chart block. */
  chartPng: Uint8Array;
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
    title: doc.title,
    styles: {
      default: {
        document: {
          run: { font: fonts, size: half(FONT_SIZE_PT.table), sizeComplexScript: half(FONT_SIZE_PT.table) },
          paragraph: { spacing: { before: 0, after: 0, ...minLine(FONT_SIZE_PT.table) } },
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

function titleParagraph(line: TitleLine, last: boolean): Paragraph {
  const size =
    line.emphasis === 'title'
      ? FONT_SIZE_PT.title
      : line.emphasis === 'agency'
        ? FONT_SIZE_PT.agency
        : FONT_SIZE_PT.normal;
  const bold = line.emphasis !== 'normal';
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...minLine(size), ...(last ? { after: twip(10) } : {}) },
    children: [
      new TextRun({
        text: line.text,
        size: half(size),
        sizeComplexScript: half(size),
        ...(bold ? { bold: true, boldComplexScript: true } : {}),
      }),
    ],
  });
}

function blockTable(table: TableBlock): Table {
  const widths = tableWidthsPt(table).map((w) => Math.floor(w * 20));
  const span = (from: number, n: number) => widths.slice(from, from + n).reduce((a, b) => a + b, 0);
  const rows = table.rows.map((row, r) => {
    const cells: TableCell[] = [];
    row.forEach((cell, c) => {
      if (cell.rowSpan === 0) return; // covered: docx writes the vMerge continue cells, and a gridSpan covers the rest
      cells.push(blockCell(cell, span(c, Math.max(cell.columnSpan, 1))));
    });
    const header = r < table.headerRows;
    return new TableRow({ children: cells, tableHeader: header, cantSplit: header });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    margins: { top: twip(2), bottom: twip(2), left: twip(4), right: twip(4), marginUnitType: WidthType.DXA },
  });
}

function blockCell(cell: BlockCell, width: number): TableCell {
  const alignment = cell.center || cell.header ? AlignmentType.CENTER : AlignmentType.LEFT;
  const paragraphs = cell.paragraphs.map(
    (p) => new Paragraph({ alignment, children: p.runs.filter((r) => r.text !== '').map(runChild) }),
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

function runChild(run: Run): ParagraphChild {
  const options = { text: run.text, ...(run.bold ? { bold: true, boldComplexScript: true } : {}) };
  if (!run.link) return new TextRun(options);
  return new ExternalHyperlink({ link: run.link, children: [new TextRun({ ...options, style: 'Hyperlink' })] });
}
