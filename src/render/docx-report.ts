/**
 * ReportModel -> Word .docx (the `docx` library). Node only: never imported by src/main.ts.
 *
 * Same layout as the Google Doc built by docs-requests.ts, from the same constants: A4 landscape with the
 * same margins, the title block centred, one table whose two header rows repeat on every page, "ผลลัพธ์/
 * ความสำเร็จ" over two columns, section rows across all six, issue cells merged down their rows, the seed's
 * column widths, live links, and (what a Google Doc cannot get through the API) page numbers in the footer.
 *
 * Thai is a complex script to Word: it is drawn with the run's complex-script font, size and bold (w:cs,
 * w:szCs, w:bCs), not the Latin ones, so every run sets both.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeightRule,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  SimpleField,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { BodyRow, Cell, ReportModel, Run, TitleLine } from '../core/report-model';
import { applyDigitStyle, roundLine } from '../core/thai';
import { columnWidthsPt, COLUMNS, FONT_SIZE_PT, HEADER_BACKGROUND, PAGE } from './docs-requests';

export interface DocxRenderOptions {
  /** The footer line before the page number. Default: title, fiscal year and round, as the Google Doc's. */
  footerText?: string;
  /** Replaces the configured font (e.g. "TH Sarabun New" for computers without Sarabun). */
  font?: string;
}

/** Twentieths of a point. */
const twip = (pt: number) => Math.round(pt * 20);
/** Half points, for w:sz and w:szCs. */
const half = (pt: number) => Math.round(pt * 2);

/** A4 portrait in twips: docx swaps them for a landscape page. */
const A4_TWIPS = { width: 11906, height: 16838 } as const;
const CELL_MARGIN_PT = { vertical: 2, horizontal: 4 } as const;
const TITLE_SPACE_BELOW_PT = 10;
const FOOTER_DISTANCE_PT = 18;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** Colours as the Docs API's rgbColor (0..1) become hex for Word. */
const HEADER_FILL = [HEADER_BACKGROUND.red, HEADER_BACKGROUND.green, HEADER_BACKGROUND.blue]
  .map((v) => Math.round(v * 255).toString(16).padStart(2, '0'))
  .join('');

export async function renderDocx(model: ReportModel, options: DocxRenderOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(buildDocxDocument(model, options));
}

export function buildDocxDocument(model: ReportModel, options: DocxRenderOptions = {}): Document {
  const font = options.font || model.font || 'Sarabun';
  const fonts = { ascii: font, hAnsi: font, cs: font, eastAsia: font };
  const footerText =
    options.footerText ??
    applyDigitStyle(`${model.title} ประจำปีงบประมาณ พ.ศ. ${model.fiscalYear} ${roundLine(model.round, model.digitStyle)}`, model.digitStyle);

  return new Document({
    creator: 'ita-report',
    title: applyDigitStyle(`${model.title} ประจำปีงบประมาณ พ.ศ. ${model.fiscalYear}`, model.digitStyle),
    styles: {
      default: {
        document: {
          run: { font: fonts, size: half(FONT_SIZE_PT.table), sizeComplexScript: half(FONT_SIZE_PT.table) },
          paragraph: { spacing: { before: 0, after: 0, line: 240 } },
        },
        hyperlink: { run: { color: '1155CC', underline: {} } },
      },
      paragraphStyles: [
        {
          id: 'Footer',
          name: 'footer',
          run: { font: fonts, size: half(FONT_SIZE_PT.footer), sizeComplexScript: half(FONT_SIZE_PT.footer) },
          paragraph: { alignment: AlignmentType.CENTER },
        },
      ],
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
              header: twip(FOOTER_DISTANCE_PT),
              footer: twip(FOOTER_DISTANCE_PT),
            },
          },
        },
        footers: { default: footer(footerText, model) },
        children: [...model.titleLines.map((line, i) => titleParagraph(line, i === model.titleLines.length - 1)), reportTable(model)],
      },
    ],
  });
}

function titleParagraph(line: TitleLine, last: boolean): Paragraph {
  const size = line.emphasis === 'title' ? FONT_SIZE_PT.title : line.emphasis === 'agency' ? FONT_SIZE_PT.agency : FONT_SIZE_PT.normal;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: last ? { after: twip(TITLE_SPACE_BELOW_PT) } : undefined,
    children: [new TextRun(runOptions({ text: line.text, bold: line.emphasis !== 'normal' }, size))],
  });
}

/** "<footer text> · หน้า 3 / 17": Word and LibreOffice fill in the fields, in Thai digits when the report uses them. */
function footer(text: string, model: ReportModel): Footer {
  const digits = model.digitStyle === 'thai' ? ' \\* ThaiArabic' : '';
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        children: [
          new TextRun(runOptions({ text: `${text} · หน้า ` }, FONT_SIZE_PT.footer)),
          new SimpleField(`PAGE${digits}`, applyDigitStyle('1', model.digitStyle)),
          new TextRun(runOptions({ text: ' / ' }, FONT_SIZE_PT.footer)),
          new SimpleField(`NUMPAGES${digits}`, applyDigitStyle('1', model.digitStyle)),
        ],
      }),
    ],
  });
}

function reportTable(model: ReportModel): Table {
  const widths = columnWidthsPt(model.columnWeights).map(twip);
  return new Table({
    rows: [...headerRows(model, widths), ...model.body.map((row) => bodyRow(row, widths))],
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    margins: {
      top: twip(CELL_MARGIN_PT.vertical),
      bottom: twip(CELL_MARGIN_PT.vertical),
      left: twip(CELL_MARGIN_PT.horizontal),
      right: twip(CELL_MARGIN_PT.horizontal),
      marginUnitType: WidthType.DXA,
    },
  });
}

/**
 * The two header rows, repeated on every page (w:tblHeader). A top cell spans two columns when its right
 * neighbour is null, and two rows when nothing is written under it; docx adds the covered (vMerge) cells.
 */
function headerRows(model: ReportModel, widths: number[]): TableRow[] {
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
  return [top, bottom].map((cells) => new TableRow({ children: cells, tableHeader: true, cantSplit: true }));
}

function headerCell(text: string, width: number, columnSpan: number, rowSpan: number): TableCell {
  return new TableCell({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(runOptions({ text, bold: true }, FONT_SIZE_PT.table))] }),
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
    return new TableRow({
      cantSplit: true,
      height: { value: 0, rule: HeightRule.AUTO },
      children: [
        new TableCell({
          columnSpan: COLUMNS,
          width: { size: span(widths, 0, COLUMNS), type: WidthType.DXA },
          children: [new Paragraph({ children: [new TextRun(runOptions({ text: row.text, bold: true }, FONT_SIZE_PT.table))] })],
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
  const paragraphs = cell.paragraphs.map((p) => new Paragraph({ children: p.runs.filter((r) => r.text !== '').map(runChild) }));
  return new TableCell({
    children: paragraphs.length > 0 ? paragraphs : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
  });
}

function runChild(run: Run): ParagraphChild {
  if (!run.link) return new TextRun(runOptions(run, FONT_SIZE_PT.table));
  return new ExternalHyperlink({
    link: run.link,
    children: [new TextRun({ ...runOptions(run, FONT_SIZE_PT.table), style: 'Hyperlink' })],
  });
}

/** Latin and complex-script size and bold together: Thai takes the complex-script ones. */
function runOptions(run: { text: string; bold?: boolean }, sizePt: number): IRunOptions {
  return {
    text: run.text,
    size: half(sizePt),
    sizeComplexScript: half(sizePt),
    ...(run.bold ? { bold: true, boldComplexScript: true } : {}),
  };
}

function span(widths: number[], from: number, count: number): number {
  return widths.slice(from, from + count).reduce((a, b) => a + b, 0);
}
